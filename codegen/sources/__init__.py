"""Sources of spec facts: each module reads one kind of published document into :mod:`codegen.sources.facts`.

:func:`read_source` is the one place that tells the kinds apart, by content: an OpenAPI document has a
top-level ``openapi`` (or ``swagger``) key; a Postman collection an ``info.schema`` naming getpostman.com.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.sources.facts import ApiFacts

KINDS = ("OpenAPI 3 document (top-level 'openapi' key)", "Postman collection v2.1 (info.schema naming getpostman)")


class SourceError(Exception):
    """A document no source reads, or one its source cannot read; the message says what and what to do."""


def kind_of(document: Any) -> str | None:
    """``openapi``, ``postman``, or None for a parsed document of neither kind."""
    from codegen.sources import postman

    if isinstance(document, dict) and ("openapi" in document or "swagger" in document):
        return "openapi"  # a Swagger 2 document goes to the OpenAPI reader, which says what it needs
    return "postman" if postman.is_collection(document) else None


def read_source(path: Path) -> ApiFacts:
    """The facts of the published document at ``path``, whichever kind it is."""
    from codegen.sources import openapi, postman

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path}: cannot read it as a JSON document ({exc})") from None
    kind = kind_of(document)
    if kind is None:
        raise SourceError(f"{path}: not a spec source this importer knows; expected one of: {'; '.join(KINDS)}")
    try:
        return openapi.read(path) if kind == "openapi" else postman.from_collection(document)
    except (openapi.OpenApiError, postman.PostmanError) as exc:
        raise SourceError(str(exc)) from None
