"""Python names derived from wire names."""

from __future__ import annotations

import keyword
import re

RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "json",
        "schema",
        "validate",
        "fields",
        "meta",
        "id",
        "type",
        "ref",
        "is_loaded",
        "unknown_attributes",
        "TYPE",
        "WIRE_TYPE",
    }
)


def snake(name: str) -> str:
    """``VoiceInTrunkGroup`` -> ``voice_in_trunk_group``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def camel(name: str) -> str:
    """``voice_in_trunks`` -> ``VoiceInTrunks``."""
    return "".join(part.capitalize() for part in name.split("_"))


def field_name(name: str) -> str:
    """The Python name of a wire name: ``from`` -> ``from_``, ``voice_out_trunk.id`` -> ``voice_out_trunk_id``."""
    name = name.replace(".", "_")
    return f"{name}_" if keyword.iskeyword(name) or name in RESERVED or name.startswith("model_") else name
