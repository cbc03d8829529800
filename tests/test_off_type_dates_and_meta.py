"""Off-type values (issue 26): a date or datetime field takes ISO 8601 text only, and document ``meta`` of another
JSON type than documented follows the rule of attributes: the page is kept, the raw value too, reading raises.

pydantic's lax parsing read ``"expires_at": "10"`` as 1970-01-01T00:00:10Z; now any JSON value that is not an ISO
8601 string (a number, a numeric string, a boolean) is kept raw in ``invalid_attributes``, as ``0`` already was.
Holds for every API version in ``spec/versions.yaml``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.versions import load as load_registry
from codegen.versions import package_name
from didww_gen._decoding import decode_document
from didww_gen._model import Kind, Resource
from didww_gen.errors import DidwwClientError

VERSIONS = load_registry(Path(__file__).resolve().parents[1]).versions
NOT_ISO = ["10", "1700000000", "1.5", "", "20260416", "yesterday", 10, 0, True]


def first_field(version: str, kind: Kind) -> tuple[type[Resource], str, str]:
    """(model, field, wire) of the first resource field of this kind in the version, by type name."""
    models = importlib.import_module(f"didww_gen.{package_name(version)}.models").MODELS
    return next(
        (model, name, spec.wire)
        for _, model in sorted(models.items())
        for name, spec in model.__attributes__.items()
        if spec.kind is kind
    )


def decoded(model: type[Resource], attributes: dict[str, Any], meta: dict[str, Any] | None = None) -> Any:
    body: dict[str, Any] = {"data": [{"type": model.TYPE, "id": "r1", "attributes": attributes}]}
    if meta is not None:
        body["meta"] = meta
    return decode_document(json.dumps(body).encode(), model, many=True)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("kind", [Kind.DATETIME, Kind.DATE])
@pytest.mark.parametrize("value", NOT_ISO)
def test_a_date_field_keeps_a_value_that_is_not_iso_8601_raw(version: str, kind: Kind, value: Any) -> None:
    model, name, wire = first_field(version, kind)
    resource = decoded(model, {wire: value}).data[0]
    assert resource.invalid_attributes == {wire: value}
    with pytest.raises(DidwwClientError, match=f"{model.__name__}.{name}: the server sent"):
        getattr(resource, name)


@pytest.mark.parametrize("version", VERSIONS)
def test_iso_8601_text_still_reads_as_dates(version: str) -> None:
    model, name, wire = first_field(version, Kind.DATETIME)
    for text in ("2026-04-16T12:34:56.789Z", "2026-04-16 12:34:56", "2026-04-16T12:34:56+02:00"):
        value = getattr(decoded(model, {wire: text}).data[0], name)
        assert isinstance(value, dt.datetime) and value.year == 2026 and value.tzinfo is not None
    model, name, wire = first_field(version, Kind.DATE)
    assert getattr(decoded(model, {wire: "2026-04-16"}).data[0], name) == dt.date(2026, 4, 16)


@pytest.mark.parametrize("value", ["10", "many", 1.5, True, [1], {"n": 1}])
def test_document_meta_of_another_type_is_kept_raw_and_raises_on_read(value: Any) -> None:
    from didww_gen.v2026_04_16.models import Did

    doc = decoded(Did, {}, meta={"total_records": value, "api_version": "2026-04-16"})
    assert [d.id for d in doc.data] == ["r1"]
    assert doc.meta.model_extra == {"total_records": value}
    assert doc.meta.api_version == "2026-04-16"
    with pytest.raises(DidwwClientError, match=r"meta\.total_records: the server sent .* where this member takes int"):
        _ = doc.meta.total_records


def test_a_page_with_unreadable_meta_still_has_a_repr() -> None:
    from didww_gen.v2026_04_16 import DidwwClient
    from didww_gen.v2026_04_16.testing import FakeDidww

    with FakeDidww().client() as client:
        page = client.dids.list()
    object.__setattr__(page.meta, "__pydantic_extra__", {"total_records": "many"})
    page.meta.__dict__.pop("total_records")
    assert "total_records=None" in repr(page) and isinstance(client, DidwwClient)
