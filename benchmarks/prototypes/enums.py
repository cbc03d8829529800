"""The API enums the prototype's shapes carry, as plain ``enum`` classes (no pydantic).

Written by hand from ``spec/2026-04-16`` for the prototype; adopted, a template would generate them. As in
didww_gen, a value this version does not know decodes to a pseudo-member keeping the raw value, and only the
JSON type of the enum is a value (an integer enum takes no ``true`` nor ``"1"``).
"""

from __future__ import annotations

import enum
import re
from typing import Any


def _pseudo_name(value: Any) -> str:
    return "UNKNOWN_" + (re.sub(r"\W+", "_", str(value)).strip("_").upper() or "VALUE")


class OpenIntEnum(enum.IntEnum):
    """An integer enum that keeps values it does not know as pseudo-members."""

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        if type(value) is not int:
            return None
        member = int.__new__(cls, value)
        member._name_, member._value_ = _pseudo_name(value), value
        return cls._value2member_map_.setdefault(value, member)


class OpenStrEnum(str, enum.Enum):
    """A string enum that keeps values it does not know as pseudo-members."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        if type(value) is not str:
            return None
        member = str.__new__(cls, value)
        member._name_, member._value_ = _pseudo_name(value), value
        return cls._value2member_map_.setdefault(value, member)


class OrderStatus(OpenStrEnum):
    PENDING = "pending"
    COMPLETED = "completed"
    CANCELED = "canceled"


class CallbackMethod(OpenStrEnum):
    GET = "get"
    POST = "post"


class Feature(OpenStrEnum):
    VOICE_IN = "voice_in"
    VOICE_OUT = "voice_out"
    T38 = "t38"
    SMS_IN = "sms_in"
    P2P = "p2p"
    A2P = "a2p"
    EMERGENCY = "emergency"
    CNAM_OUT = "cnam_out"


class CliFormat(OpenStrEnum):
    RAW = "raw"
    E164 = "e164"
    LOCAL = "local"


class Codec(OpenIntEnum):
    TELEPHONE_EVENT = 6
    G723 = 7
    G729 = 8
    PCMU = 9
    PCMA = 10
    SPEEX = 12
    GSM = 13
    G726_32 = 14
    G721 = 15
    G726_24 = 16
    G726_40 = 17
    G726_16 = 18
    L16 = 19


class RxDtmfFormat(OpenIntEnum):
    RFC_2833 = 1
    SIP_INFO = 2
    RFC_2833_OR_SIP_INFO = 3


class TxDtmfFormat(OpenIntEnum):
    DISABLED = 1
    RFC_2833 = 2
    SIP_INFO_DTMF_RELAY = 3
    SIP_INFO_DTMF = 4


class SstRefreshMethod(OpenIntEnum):
    INVITE = 1
    UPDATE = 2
    UPDATE_FALLBACK_INVITE = 3


class ReroutingDisconnectCode(OpenIntEnum):
    BAD_REQUEST = 56
    UNAUTHORIZED = 57
    PAYMENT_REQUIRED = 58
    FORBIDDEN = 59
    NOT_FOUND = 60
    REQUEST_TIMEOUT = 64
    CONFLICT = 65
    GONE = 66
    CONDITIONAL_REQUEST_FAILED = 67
    REQUEST_ENTITY_TOO_LARGE = 68
    REQUEST_URI_TOO_LONG = 69
    UNSUPPORTED_MEDIA_TYPE = 70
    UNSUPPORTED_URI_SCHEME = 71
    UNKNOWN_RESOURCE_PRIORITY = 72
    BAD_EXTENSION = 73
    EXTENSION_REQUIRED = 74
    SESSION_INTERVAL_TOO_SMALL = 75
    INTERVAL_TOO_BRIEF = 76
    BAD_LOCATION_INFORMATION = 77
    USE_IDENTITY_HEADER = 78
    PROVIDE_REFERRER_IDENTITY = 79
    ANONYMITY_DISALLOWED = 80
    BAD_IDENTITY_INFO = 81
    UNSUPPORTED_CERTIFICATE = 82
    INVALID_IDENTITY_HEADER = 83
    TEMPORARILY_UNAVAILABLE = 84
    LOOP_DETECTED = 86
    TOO_MANY_HOPS = 87
    ADDRESS_INCOMPLETE = 88
    AMBIGUOUS = 89
    BUSY_HERE = 90
    REQUEST_TERMINATED = 91
    NOT_ACCEPTABLE_HERE = 92
    SECURITY_AGREEMENT_REQUIRED = 96
    SERVER_INTERNAL_ERROR = 97
    NOT_IMPLEMENTED = 98
    BAD_GATEWAY = 99
    SERVICE_UNAVAILABLE = 100
    SERVER_TIME_OUT = 101
    VERSION_NOT_SUPPORTED = 102
    MESSAGE_TOO_LARGE = 103
    PRECONDITION_FAILURE = 104
    BUSY_EVERYWHERE = 105
    DECLINE = 106
    DOES_NOT_EXIST_ANYWHERE = 107
    NOT_ACCEPTABLE = 108
    RINGING_TIMEOUT = 1505


class TransportProtocol(OpenIntEnum):
    UDP = 1
    TCP = 2
    TLS = 3


class MediaEncryptionMode(OpenStrEnum):
    DISABLED = "disabled"
    SRTP_SDES = "srtp_sdes"
    SRTP_DTLS = "srtp_dtls"
    ZRTP = "zrtp"


class StirShakenMode(OpenStrEnum):
    DISABLED = "disabled"
    ORIGINAL = "original"
    PAI = "pai"
    ORIGINAL_PAI = "original_pai"
    VERSTAT = "verstat"


class NetworkProtocolPriority(OpenStrEnum):
    FORCE_IPV4 = "force_ipv4"
    FORCE_IPV6 = "force_ipv6"
    ANY = "any"
    PREFER_IPV4 = "prefer_ipv4"
    PREFER_IPV6 = "prefer_ipv6"


class DiversionRelayPolicy(OpenStrEnum):
    NONE = "none"
    AS_IS = "as_is"
    SIP = "sip"
    TEL = "tel"


class DiversionInjectMode(OpenStrEnum):
    NONE = "none"
    DID_NUMBER = "did_number"
