# generated from spec/2026-04-16 by codegen, do not edit
"""``ReroutingDisconnectCode``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiIntEnum

__all__ = ["ReroutingDisconnectCode"]


class ReroutingDisconnectCode(ApiIntEnum):
    """SIP disconnect codes on which a call is rerouted to the next trunk (ids, with the SIP code in the description)."""

    BAD_REQUEST = 56
    """400 Bad Request"""
    UNAUTHORIZED = 57
    """401 Unauthorized"""
    PAYMENT_REQUIRED = 58
    """402 Payment Required"""
    FORBIDDEN = 59
    """403 Forbidden"""
    NOT_FOUND = 60
    """404 Not Found"""
    REQUEST_TIMEOUT = 64
    """408 Request Timeout"""
    CONFLICT = 65
    """409 Conflict"""
    GONE = 66
    """410 Gone"""
    CONDITIONAL_REQUEST_FAILED = 67
    """412 Conditional Request Failed"""
    REQUEST_ENTITY_TOO_LARGE = 68
    """413 Request Entity Too Large"""
    REQUEST_URI_TOO_LONG = 69
    """414 Request-URI Too Long"""
    UNSUPPORTED_MEDIA_TYPE = 70
    """415 Unsupported Media Type"""
    UNSUPPORTED_URI_SCHEME = 71
    """416 Unsupported URI Scheme"""
    UNKNOWN_RESOURCE_PRIORITY = 72
    """417 Unknown Resource-Priority"""
    BAD_EXTENSION = 73
    """420 Bad Extension"""
    EXTENSION_REQUIRED = 74
    """421 Extension Required"""
    SESSION_INTERVAL_TOO_SMALL = 75
    """422 Session Interval Too Small"""
    INTERVAL_TOO_BRIEF = 76
    """423 Interval Too Brief"""
    BAD_LOCATION_INFORMATION = 77
    """424 Bad Location Information"""
    USE_IDENTITY_HEADER = 78
    """428 Use Identity Header"""
    PROVIDE_REFERRER_IDENTITY = 79
    """429 Provide Referrer Identity"""
    ANONYMITY_DISALLOWED = 80
    """433 Anonymity Disallowed"""
    BAD_IDENTITY_INFO = 81
    """436 Bad Identity-Info"""
    UNSUPPORTED_CERTIFICATE = 82
    """437 Unsupported Certificate"""
    INVALID_IDENTITY_HEADER = 83
    """438 Invalid Identity Header"""
    TEMPORARILY_UNAVAILABLE = 84
    """480 Temporarily Unavailable"""
    LOOP_DETECTED = 86
    """482 Loop Detected"""
    TOO_MANY_HOPS = 87
    """483 Too Many Hops"""
    ADDRESS_INCOMPLETE = 88
    """484 Address Incomplete"""
    AMBIGUOUS = 89
    """485 Ambiguous"""
    BUSY_HERE = 90
    """486 Busy Here"""
    REQUEST_TERMINATED = 91
    """487 Request Terminated"""
    NOT_ACCEPTABLE_HERE = 92
    """488 Not Acceptable Here"""
    SECURITY_AGREEMENT_REQUIRED = 96
    """494 Security Agreement Required"""
    SERVER_INTERNAL_ERROR = 97
    """500 Server Internal Error"""
    NOT_IMPLEMENTED = 98
    """501 Not Implemented"""
    BAD_GATEWAY = 99
    """502 Bad Gateway"""
    SERVICE_UNAVAILABLE = 100
    """503 Service Unavailable"""
    SERVER_TIME_OUT = 101
    """504 Server Time-out"""
    VERSION_NOT_SUPPORTED = 102
    """505 Version Not Supported"""
    MESSAGE_TOO_LARGE = 103
    """513 Message Too Large"""
    PRECONDITION_FAILURE = 104
    """580 Precondition Failure"""
    BUSY_EVERYWHERE = 105
    """600 Busy Everywhere"""
    DECLINE = 106
    """603 Decline"""
    DOES_NOT_EXIST_ANYWHERE = 107
    """604 Does Not Exist Anywhere"""
    NOT_ACCEPTABLE = 108
    """606 Not Acceptable"""
    RINGING_TIMEOUT = 1505
    """Ringing timeout (internal)"""
