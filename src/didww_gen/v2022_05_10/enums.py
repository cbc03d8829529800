# generated from spec/2022-05-10 by codegen, do not edit
"""Enums of the DIDWW API 2022-05-10. Unknown values decode to pseudo-members (``is_known`` is False)."""

from didww_gen._enums import ApiIntEnum, ApiStrEnum

__all__ = [
    "AddressVerificationStatus",
    "AreaLevel",
    "CallbackMethod",
    "CliFormat",
    "Codec",
    "DefaultDstAction",
    "ExportStatus",
    "ExportType",
    "Feature",
    "IdentityType",
    "MediaEncryptionMode",
    "OnCliMismatchAction",
    "OrderStatus",
    "ProofTypeEntityType",
    "ReroutingDisconnectCode",
    "RxDtmfFormat",
    "SstRefreshMethod",
    "StirShakenMode",
    "TransportProtocol",
    "TxDtmfFormat",
    "VoiceOutTrunkStatus",
]


class AddressVerificationStatus(ApiStrEnum):
    """The status of an address verification task."""

    PENDING = "Pending"
    APPROVED = "Approved"
    REJECTED = "Rejected"


class AreaLevel(ApiStrEnum):
    """The area a requirement's proofs must cover."""

    WORLD_WIDE = "WorldWide"
    COUNTRY = "Country"
    AREA = "Area"
    CITY = "City"


class CallbackMethod(ApiStrEnum):
    """The HTTP method of callback (webhook) requests."""

    GET = "GET"
    POST = "POST"


class CliFormat(ApiStrEnum):
    """How the CLI (caller id) is altered before it reaches the trunk."""

    RAW = "raw"
    """Do not alter CLI (default)."""
    E164 = "e164"
    """Attempt to convert CLI to E.164 format."""
    LOCAL = "local"
    """Attempt to convert CLI to Localized format."""


class Codec(ApiIntEnum):
    """Codec ids of a SIP configuration's codec_ids."""

    TELEPHONE_EVENT = 6
    """telephone-event"""
    G723 = 7
    G729 = 8
    PCMU = 9
    PCMA = 10
    SPEEX = 12
    """speex"""
    GSM = 13
    G726_32 = 14
    """G726-32"""
    G721 = 15
    G726_24 = 16
    """G726-24"""
    G726_40 = 17
    """G726-40"""
    G726_16 = 18
    """G726-16"""
    L16 = 19


class DefaultDstAction(ApiStrEnum):
    """What a voice out trunk does with destinations by default."""

    ALLOW_ALL = "allow_all"
    """Allow all destinations (default)."""
    REJECT_ALL = "reject_all"
    """Reject all destinations."""


class ExportStatus(ApiStrEnum):
    """The status of an export."""

    PENDING = "Pending"
    PROCESSING = "Processing"
    COMPLETED = "Completed"


class ExportType(ApiStrEnum):
    """The type of CDRs an export holds."""

    CDR_IN = "cdr_in"
    """Inbound CDRs."""
    CDR_OUT = "cdr_out"
    """Outbound CDRs."""


class Feature(ApiStrEnum):
    """Features a DID group offers."""

    VOICE_IN = "voice_in"
    VOICE_OUT = "voice_out"
    T38 = "t38"
    SMS_IN = "sms_in"
    SMS_OUT = "sms_out"


class IdentityType(ApiStrEnum):
    """The type of an identity."""

    PERSONAL = "Personal"
    BUSINESS = "Business"


class MediaEncryptionMode(ApiStrEnum):
    """Media encryption mode (RFC 4568 SRTP SDES, RFC 5764 SRTP DTLS, RFC 6189 ZRTP)."""

    DISABLED = "disabled"
    """Disabled"""
    SRTP_SDES = "srtp_sdes"
    """SRTP SDES"""
    SRTP_DTLS = "srtp_dtls"
    """SRTP DTLS"""
    ZRTP = "zrtp"
    """ZRTP"""


class OnCliMismatchAction(ApiStrEnum):
    """What a voice out trunk does when the FROM header value does not match any of the allowed DIDs."""

    SEND_ORIGINAL_CLI = "send_original_cli"
    """Pass the FROM header value to the termination gateway."""
    REJECT_CALL = "reject_call"
    """Reject the call if the FROM header value does not match any of the allowed DIDs."""
    REPLACE_CLI = "replace_cli"
    """Replace a CLI that matches no allowed DID."""
    RANDOMIZE_CLI = "randomize_cli"
    """Replace a CLI that matches no allowed DID by a random allowed DID."""


class OrderStatus(ApiStrEnum):
    """The status of an order."""

    PENDING = "Pending"
    COMPLETED = "Completed"
    CANCELED = "Canceled"


class ProofTypeEntityType(ApiStrEnum):
    """The kind of entity a proof type applies to."""

    PERSONAL = "Personal"
    """A personal identity."""
    BUSINESS = "Business"
    """A business identity."""
    ADDRESS = "Address"
    """An address."""


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


class RxDtmfFormat(ApiIntEnum):
    """The method for receiving DTMF signals from the customer's equipment."""

    RFC_2833 = 1
    """RFC 2833"""
    SIP_INFO = 2
    """SIP INFO application/dtmf-relay OR application/dtmf"""
    RFC_2833_OR_SIP_INFO = 3
    """RFC 2833 OR SIP INFO"""


class SstRefreshMethod(ApiIntEnum):
    """SIP method used for session update (RFC 4028)."""

    INVITE = 1
    """Invite"""
    UPDATE = 2
    """Update"""
    UPDATE_FALLBACK_INVITE = 3
    """Update fallback Invite"""


class StirShakenMode(ApiStrEnum):
    """STIR/SHAKEN mode."""

    DISABLED = "disabled"
    """Do not send identity."""
    ORIGINAL = "original"
    """Transit Identity header as is."""
    PAI = "pai"
    """Add PAI, P-Attestation-Indicator, P-Origination-ID."""
    ORIGINAL_PAI = "original_pai"
    """Transit Identity header as is, and add PAI, P-Attestation-Indicator, P-Origination-ID."""
    VERSTAT = "verstat"
    """Add P-Stir-Verstat, P-Attestation-Indicator, P-Origination-ID."""


class TransportProtocol(ApiIntEnum):
    """The transport layer of SIP requests and responses."""

    UDP = 1
    TCP = 2
    TLS = 3


class TxDtmfFormat(ApiIntEnum):
    """The method of sending DTMF signals to the customer's equipment."""

    DISABLED = 1
    """Disable sending"""
    RFC_2833 = 2
    """RFC 2833"""
    SIP_INFO_DTMF_RELAY = 3
    """SIP INFO application/dtmf-relay"""
    SIP_INFO_DTMF = 4
    """SIP INFO application/dtmf"""


class VoiceOutTrunkStatus(ApiStrEnum):
    """Status of a voice out trunk."""

    ACTIVE = "active"
    """Active (default)."""
    BLOCKED = "blocked"
    """Blocked."""
