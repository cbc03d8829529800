# generated from spec/spec.schema.json by datamodel-code-generator, do not edit

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StringConstraints
from typing_extensions import TypeAliasType


class WireName(RootModel[str]):
    root: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$")]
    """
    An attribute's wire name: snake_case, or dotted like voice_out_trunk.id (its Python name uses '_').
    """


class Identifier(RootModel[str]):
    root: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*$")]
    """
    A snake_case wire name (attribute, relationship, filter, JSON:API type).
    """


class ClassName(RootModel[str]):
    root: Annotated[str, Field(pattern="^[A-Z][A-Za-z0-9]*$")]
    """
    A CamelCase Python class name.
    """


class Description(RootModel[str]):
    root: str
    """
    Prose from the reference documentation; becomes the docstring or field description.
    """


EnvironmentsAdditionalProperty = TypeAliasType(
    "EnvironmentsAdditionalProperty", Annotated[str, Field(pattern="^https?://")]
)


class ApiFile(BaseModel):
    """
    api.yaml: the version and where it is served.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    version: Annotated[str, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    title: str
    description: Description | None = None
    environments: dict[str, EnvironmentsAdditionalProperty]
    """
    Environment name (UPPER_CASE) to base URL.
    """
    default_environment: str | None = None


class ScalarType(Enum):
    """
    string; integer; boolean; decimal (a decimal string on the wire, Decimal in Python); date (yyyy-mm-dd); datetime (ISO 8601, timezone-aware); timestamp (a date and time the API writes as YYYY-MM-DD HH:MM:SS in UTC, a timezone-aware datetime in Python); object (free-form JSON object).
    """

    string = "string"
    integer = "integer"
    boolean = "boolean"
    decimal = "decimal"
    date = "date"
    datetime = "datetime"
    timestamp = "timestamp"
    object = "object"


class EnumType(BaseModel):
    """
    A reference to an enum of enums.yaml.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    enum: ClassName


class NestedType(BaseModel):
    """
    A reference to a nested object or a union of nested objects of nested.yaml.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    nested: ClassName


class Access(Enum):
    """
    Who writes the value: read-only (server only), create-only (sent on create, never on update), update-only (sent on update only), create-update (sent on both).
    """

    read_only = "read-only"
    create_only = "create-only"
    update_only = "update-only"
    create_update = "create-update"


class Answered(Enum):
    """
    Whether every answer carries it, by the rule of its evidence (written by the importer): always where a response schema lists it required, else where every response example shows it; sometimes otherwise (typed X | None, None when absent).
    """

    always = "always"
    sometimes = "sometimes"


class Origin(Enum):
    """
    Where the spec knows this from when the OpenAPI document leaves it out (postman: the collection's definitions and examples; official-sdks: declared alike by the official DIDWW SDKs and seen in their recorded fixtures); the importer keeps it instead of removing it.
    """

    postman = "postman"
    official_sdks = "official-sdks"


class Origin1(Enum):
    """
    Where the spec knows the alias from (official-sdks: declared alike by the official DIDWW SDKs); the importer keeps it.
    """

    postman = "postman"
    official_sdks = "official-sdks"


class SortAlias(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    of: str
    """
    The documented sort the alias orders by.
    """
    origin: Origin1 | None = None
    """
    Where the spec knows the alias from (official-sdks: declared alike by the official DIDWW SDKs); the importer keeps it.
    """
    description: Description | None = None


class Evidence(BaseModel):
    """
    What each reference document shows of a returned value, by source (written by the importer): 'required' (its response schema lists it), 'not required' (a schema lists others, not it), 'in N of M examples' (the response examples showing its object).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    openapi: str | None = None
    postman: str | None = None


class Cardinality(Enum):
    to_one = "to-one"
    to_many = "to-many"


class Target(RootModel[list[Identifier]]):
    root: Annotated[list[Identifier], Field(min_length=2)]
    """
    The JSON:API type of the related resource, or a list of types for a polymorphic relationship.
    """


class Origin2(Enum):
    """
    Where the spec knows this from when the OpenAPI document leaves it out (postman: the collection's definitions and examples; official-sdks: declared alike by the official DIDWW SDKs and seen in their recorded fixtures); the importer keeps it instead of removing it.
    """

    postman = "postman"
    official_sdks = "official-sdks"


class Relationship(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    cardinality: Cardinality
    target: Identifier | Target
    """
    The JSON:API type of the related resource, or a list of types for a polymorphic relationship.
    """
    access: Access | None = Access.read_only
    write_only: bool | None = False
    """
    Sent by the client but never returned by the server (e.g. a proof's files).
    """
    required: bool | None = False
    """
    Must be sent when creating (for a nested object: whenever it is sent); the client refuses a write without it.
    """
    exclusive_with: list[Identifier] | None = None
    """
    Relationships of the same resource that assigning this one clears on the wire.
    """
    origin: Origin2 | None = None
    """
    Where the spec knows this from when the OpenAPI document leaves it out (postman: the collection's definitions and examples; official-sdks: declared alike by the official DIDWW SDKs and seen in their recorded fixtures); the importer keeps it instead of removing it.
    """
    description: Description | None = None


class RuleTest(RootModel[bool | Literal["not_blank"]]):
    root: bool | Literal["not_blank"]
    """
    What a field's value is tested for: true, false, or not_blank (neither null nor empty).
    """


class CascadeRule(BaseModel):
    """
    When the write changes `when` to a value passing `is`, also send `sends` (applied in order, at send time).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    when: Identifier
    is_: Annotated[RuleTest, Field(alias="is")]
    sends: dict[
        Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")],
        bool | int | str | None,
    ]
    description: Description | None = None


class RefuseRule(BaseModel):
    """
    While `when` passes `is` (as sent, or as loaded), sending any of `refuses` with a value is refused.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    when: Identifier
    is_: Annotated[RuleTest, Field(alias="is")]
    refuses: Annotated[list[Identifier], Field(min_length=1)]
    because: Description


class OneOfRule(BaseModel):
    """
    At most one of these fields may be sent with a value; a create must send exactly one.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    one_of: Annotated[list[Identifier], Field(min_length=2)]
    because: Description


class AtLeastOneRule(BaseModel):
    """
    A create must send at least one of these fields with a value.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    at_least_one: Annotated[list[Identifier], Field(min_length=2)]
    because: Description


class Rule(RootModel[CascadeRule | RefuseRule | OneOfRule | AtLeastOneRule]):
    root: CascadeRule | RefuseRule | OneOfRule | AtLeastOneRule


class Operation(Enum):
    list = "list"
    find = "find"
    create = "create"
    update = "update"
    delete = "delete"


class Wait(BaseModel):
    """
    The resource completes asynchronously: its repository gets wait(), which polls find() until the status attribute holds one of the final values.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    attribute: str
    """
    The status attribute: an enum attribute of this resource.
    """
    final: Annotated[list[str], Field(min_length=1)]
    """
    The values (as sent on the wire) after which the status no longer changes.
    """


class Cli(BaseModel):
    """
    How the didww command line shows this resource.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    columns: Annotated[list[str] | None, Field(min_length=1)] = None
    """
    The fields (attribute or relationship names) a table shows after the id, in order (default: the first few plain attributes).
    """


class Include(RootModel[str]):
    root: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$")]


class Sort(RootModel[str]):
    root: Annotated[str, Field(pattern="^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$")]


class EnumMember(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[str, Field(pattern="^[A-Z][A-Z0-9_]*$")]
    value: str | int
    origin: Origin2 | None = None
    """
    Where the spec knows this from when the OpenAPI document leaves it out (postman: the collection's definitions and examples; official-sdks: declared alike by the official DIDWW SDKs and seen in their recorded fixtures); the importer keeps it instead of removing it.
    """
    description: Description | None = None


class Type(Enum):
    string = "string"
    integer = "integer"


class EnumModel(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Type
    description: Description | None = None
    members: Annotated[list[EnumMember], Field(min_length=1)]


class EnumsFile(RootModel[dict[Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Za-z0-9]*$")], EnumModel]]):
    root: dict[Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Za-z0-9]*$")], EnumModel]
    """
    enums.yaml: enum class name to definition.
    """


class Direction(Enum):
    """
    request: only ever sent (never chosen when decoding); response: only ever received; both.
    """

    both = "both"
    request = "request"
    response = "response"


class NestedUnion(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    description: Description | None = None
    members: Annotated[list[ClassName], Field(min_length=1)]


class Renamed(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    resources: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")], Identifier] | None = None
    attributes: (
        dict[
            Annotated[
                str,
                StringConstraints(pattern=r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"),
            ],
            WireName,
        ]
        | None
    ) = None
    meta: (
        dict[
            Annotated[
                str,
                StringConstraints(pattern=r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"),
            ],
            WireName,
        ]
        | None
    ) = None
    document_meta: (
        dict[
            Annotated[
                str,
                StringConstraints(pattern=r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"),
            ],
            WireName,
        ]
        | None
    ) = None
    relationships: (
        dict[
            Annotated[
                str,
                StringConstraints(pattern=r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"),
            ],
            WireName,
        ]
        | None
    ) = None
    filters: (
        dict[
            Annotated[
                str,
                StringConstraints(pattern=r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"),
            ],
            WireName,
        ]
        | None
    ) = None


class KeptItem(RootModel[str]):
    root: Annotated[str, Field(min_length=1)]


class NotImportedItem(RootModel[str]):
    root: Annotated[str, Field(min_length=1)]


class ImportDecisionsFile(BaseModel):
    """
    import-decisions.yaml (optional, beside api.yaml): the importer's notices a human has decided, each not reported again by `python -m codegen import` (which writes them with --record). kept: items the spec keeps although the document leaves them out (origin: postman), as the importer names them; not_imported: document names the spec does not take, as the importer prints them.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    kept: list[KeptItem] | None = None
    not_imported: list[NotImportedItem] | None = None


NotesAdditionalProperty = TypeAliasType("NotesAdditionalProperty", Annotated[str, Field(min_length=1)])


class ChangesFile(BaseModel):
    """
    changes.yaml (optional, beside api.yaml): the human decisions of the migration guide from the previous version ('from') to this one. Renames cannot be inferred from a diff, so they are declared here: a declared rename turns a removal and an addition into one rename. Keys name things as the previous version does ('<type>.<wire name>', the type being the old resource type); values are the new names. Until declared, a removal and an addition the diff pairs (same type and access) shows as probably renamed; not_renamed rejects such a guess. notes: prose shown under a resource in the generated guide, keyed by resource type (the new one, or the old one for a removed resource).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    from_: Annotated[str, Field(alias="from", pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    renamed: Renamed | None = None
    not_renamed: Renamed | None = None
    """
    Guesses of the diff rejected by a human: each pair (same keys as renamed) is a removal and an addition, not a rename; the guide stops calling it probably renamed.
    """
    notes: (
        dict[
            Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")],
            NotesAdditionalProperty,
        ]
        | None
    ) = None


class SpecBundle(BaseModel):
    """
    The didww-gen description of one DIDWW API version. A version folder holds api.yaml (ApiFile), enums.yaml (EnumsFile), nested.yaml (NestedFile) and resources/*.yaml (one ResourceFile each); the loader assembles them into this bundle. Point an editor at '#/$defs/<File>' to validate one file.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    api: ApiFile
    enums: EnumsFile
    nested: NestedFile
    resources: list[ResourceFile]


class ListType(BaseModel):
    """
    A JSON array of the given item type.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    list: TypeRef


class Attribute(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: TypeRef
    nullable: bool | None = False
    """
    The server may send null, and the client may send null to clear it.
    """
    access: Access | None = Access.read_only
    write_only: bool | None = False
    """
    Sent by the client but never returned by the server (e.g. allow_back_ordering).
    """
    secret: bool | None = False
    """
    A credential: never shown in repr, logs or error messages.
    """
    required: bool | None = False
    """
    Must be sent when creating (for a nested object: whenever it is sent); the client refuses a write without it.
    """
    default: Any | None = None
    """
    The value the server sets when a create does not send it, as the reference documents it: shown in the docs, filled in by the testing fake.
    """
    minimum: int | None = None
    """
    The smallest value the API accepts (a documented range; the client and the fake refuse less).
    """
    maximum: int | None = None
    """
    The largest value the API accepts (a documented range; the client and the fake refuse more).
    """
    answered: Answered | None = None
    """
    Whether every answer carries it, by the rule of its evidence (written by the importer): always where a response schema lists it required, else where every response example shows it; sometimes otherwise (typed X | None, None when absent).
    """
    evidence: Evidence | None = None
    example: Any | None = None
    """
    A value a reference document shows for it (written by the importer where an always-answered, non-nullable value has no default): what the testing fake answers when a create does not send it.
    """
    origin: Origin | None = None
    """
    Where the spec knows this from when the OpenAPI document leaves it out (postman: the collection's definitions and examples; official-sdks: declared alike by the official DIDWW SDKs and seen in their recorded fixtures); the importer keeps it instead of removing it.
    """
    description: Description | None = None


class Filter(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: TypeRef
    array: bool | None = False
    """
    A comma-separated list of values is accepted.
    """
    virtual: bool | None = False
    """
    A server-side filter that names no attribute or relationship of the type (e.g. has_unassigned_channels); the loader checks every other filter name against the fields.
    """
    description: Description | None = None


class ResourceFile(BaseModel):
    """
    resources/<type>.yaml: one JSON:API resource type.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Identifier
    class_: Annotated[ClassName, Field(alias="class")]
    path: Identifier | None = None
    """
    The collection path under /v3 (defaults to type).
    """
    description: Description | None = None
    operations: list[Operation]
    """
    What the API offers at the collection path; empty for include-only resources.
    """
    singleton: bool | None = False
    """
    One object at the collection path: find() takes no id.
    """
    paginated: bool | None = True
    """
    list() honours page[number] / page[size].
    """
    attributes: Attributes | None = None
    relationships: (
        dict[
            Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")],
            Relationship,
        ]
        | None
    ) = None
    meta: Attributes | None = None
    """
    Resource-level meta (read-only).
    """
    document_meta: Attributes | None = None
    """
    Document-level meta of this collection's answers, besides total_records and api_version (read-only; typed on list pages).
    """
    wait: Wait | None = None
    """
    The resource completes asynchronously: its repository gets wait(), which polls find() until the status attribute holds one of the final values.
    """
    cli: Cli | None = None
    """
    How the didww command line shows this resource.
    """
    includes: list[Include] | None = None
    """
    Documented include paths (dot-separated), accepted on every operation that returns this resource.
    """
    filters: (
        dict[
            Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")],
            Filter,
        ]
        | None
    ) = None
    rules: list[Rule] | None = None
    """
    Write rules checked (and cascades applied) on the values about to be sent, at send time.
    """
    sorts: list[Sort] | None = None
    """
    Documented sort fields (ascending names; descending '-name' is generated).
    """
    sort_aliases: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")], SortAlias] | None = None
    """
    Sort names the API also accepts for a documented sort (an old name kept after a rename), by alias.
    """


class NestedObject(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Identifier | None = None
    """
    The discriminator sent as {"type": ..., "attributes": {...}}; absent for a plain JSON object.
    """
    description: Description | None = None
    direction: Direction | None = Direction.both
    """
    request: only ever sent (never chosen when decoding); response: only ever received; both.
    """
    rules: list[Rule] | None = None
    """
    Write rules checked (and cascades applied) on the values about to be sent, at send time.
    """
    not_sendable: Description | None = None
    """
    Why the client refuses to send this object (for direction: response objects; a default reason is used otherwise).
    """
    attributes: Attributes | None = None


class NestedFile(BaseModel):
    """
    nested.yaml: nested objects and the polymorphic unions of them.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    objects: (
        dict[
            Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Za-z0-9]*$")],
            NestedObject,
        ]
        | None
    ) = None
    unions: (
        dict[
            Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Za-z0-9]*$")],
            NestedUnion,
        ]
        | None
    ) = None


class TypeRef(RootModel[ScalarType | EnumType | ListType | NestedType]):
    root: ScalarType | EnumType | ListType | NestedType
    """
    The type of an attribute, meta value or filter.
    """


class Attributes(
    RootModel[dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")], Attribute]]
):
    root: dict[
        Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")],
        Attribute,
    ]


SpecBundle.model_rebuild()
ListType.model_rebuild()
Attribute.model_rebuild()
Filter.model_rebuild()
ResourceFile.model_rebuild()
NestedObject.model_rebuild()
