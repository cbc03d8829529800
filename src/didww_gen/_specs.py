"""What the spec says of a field, as generated models declare it: who may write it (``Access``), and the
metadata of each attribute (``AttributeSpec``) and relationship (``RelationshipSpec``)."""

from __future__ import annotations

import enum

from didww_gen._codecs import Kind
from didww_gen._record import record


class Access(enum.Enum):
    """Who may write a value, and when."""

    READ_ONLY = "read-only"
    CREATE_ONLY = "create-only"
    UPDATE_ONLY = "update-only"
    CREATE_UPDATE = "create-update"

    @property
    def creatable(self) -> bool:
        return self in (Access.CREATE_ONLY, Access.CREATE_UPDATE)

    @property
    def updatable(self) -> bool:
        return self in (Access.UPDATE_ONLY, Access.CREATE_UPDATE)


@record(frozen=True, slots=True)
class AttributeSpec:
    """What the spec says of one attribute."""

    wire: str
    kind: Kind
    access: Access = Access.READ_ONLY
    nullable: bool = False
    write_only: bool = False
    secret: bool = False
    mutable: bool = False
    required: bool = False
    always_answered: bool = True  # False: the evidence does not show it in every answer (read as None when absent)


@record(frozen=True, slots=True)
class RelationshipSpec:
    """What the spec says of one relationship."""

    targets: tuple[str, ...]
    access: Access = Access.READ_ONLY
    to_many: bool = False
    write_only: bool = False
    exclusive_with: tuple[str, ...] = ()
    required: bool = False
