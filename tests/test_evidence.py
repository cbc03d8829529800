"""The importer's evidence of "always answered" (codegen.evidence), on a spec of its own: what each witness shows
per attribute, the verdict, and the example the fake answers."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap

from codegen.evidence import record
from codegen.merge import Trees
from codegen.sources.facts import ApiFacts


def _trees() -> Trees:
    widgets = CommentedMap(
        {
            "type": "widgets",
            "attributes": CommentedMap(
                {
                    "name": CommentedMap({"type": "string", "description": "."}),
                    "size": CommentedMap({"type": {"nested": "Size"}, "description": "."}),
                    "secret": CommentedMap({"type": "string", "write_only": True, "access": "create-only"}),
                }
            ),
        }
    )
    size = CommentedMap(
        {
            "attributes": CommentedMap(
                {
                    "w": CommentedMap({"type": "integer", "description": "."}),
                    "h": CommentedMap({"type": "integer", "description": "."}),
                }
            )
        }
    )
    nested = CommentedMap({"objects": CommentedMap({"Size": size}), "unions": CommentedMap()})
    return Trees(CommentedMap(), CommentedMap(), nested, {"resources/widgets.yaml": widgets})


def _witness(source: str, answers: tuple[Any, ...] = (), schemas: dict[str, Any] | None = None) -> ApiFacts:
    return ApiFacts("2031-01-01", "", {}, {}, {}, source=source, answers=answers, answer_schemas=schemas or {})


def _widget(attributes: dict[str, Any]) -> dict[str, Any]:
    return {"data": {"type": "widgets", "id": "1", "attributes": attributes}}


def test_required_lists_decide_and_examples_decide_where_there_is_none() -> None:
    trees = _trees()
    openapi = _witness("openapi", schemas={"widgets": {"required": ["name"], "properties": {"size": {}}}})
    answers = (_widget({"name": "a", "size": {"w": 2, "h": 1}}), _widget({"name": "b", "size": {"w": 2}}))
    record(trees, [openapi, _witness("postman", answers)])
    widget = trees.resources["resources/widgets.yaml"]["attributes"]
    size = trees.nested["objects"]["Size"]["attributes"]
    assert widget["name"]["evidence"] == {"openapi": "required", "postman": "in 2 of 2 examples"}
    assert widget["name"]["answered"] == "always" and widget["name"]["example"] == "a"
    assert widget["size"]["evidence"]["openapi"] == "not required" and widget["size"]["answered"] == "sometimes"
    assert size["w"]["answered"] == "always" and size["w"]["example"] == 2
    assert size["h"]["evidence"] == {"postman": "in 1 of 2 examples"} and size["h"]["answered"] == "sometimes"
    assert "example" not in size["h"] and "answered" not in widget["secret"]  # write-only: never answered


def test_a_source_not_among_the_witnesses_keeps_its_evidence() -> None:
    trees = _trees()
    record(trees, [_witness("openapi", schemas={"widgets": {"required": ["name", "size"]}})])
    record(trees, [_witness("postman", (_widget({"name": "a"}),))])
    name = trees.resources["resources/widgets.yaml"]["attributes"]["name"]
    assert name["evidence"] == {"openapi": "required", "postman": "in 1 of 1 examples"}
    assert list(name)[-1] == "description"  # written before the description, as the spec's other keys
