"""The rule for "always answered", from evidence, per returned attribute: what the importer writes beside each.

Every reference document of a spec version is a witness (the OpenAPI document and the Postman collection of
that version, when there): its response schemas' ``required`` lists, and its 2xx response examples. For each
attribute a response carries (a resource's, or a member of a nested object the API returns), the importer
records what each witness shows, by source, and the rule's verdict::

    evidence: {openapi: required, postman: in 12 of 12 examples}
    answered: always

The rule: ``always`` where a response schema lists the attribute as required; ``sometimes`` where a schema
lists required members without it; otherwise ``always`` only where every response example of every witness
that shows its object shows the attribute (and at least one does); else ``sometimes``. A ``sometimes`` value
is typed ``X | None`` and reads as None when an answer leaves it out. An ``always`` value that is not
nullable, has no documented default and need not be sent on create also gets an ``example:`` (the value the
examples show most often), which the testing fake answers when a create does not send one.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap

from codegen.merge import Trees, flow, flow_list, put
from codegen.sources.facts import ApiFacts

SOURCES = ("openapi", "postman")
Key = tuple[str, str]  # (owner: a resource type or a nested object's name, attribute wire name)
_DEPTH = 8


@dataclass
class Tally:
    """What one witness shows: objects seen per owner, attributes shown, required lists, first values."""

    objects: Counter[str] = field(default_factory=Counter)
    shown: Counter[Key] = field(default_factory=Counter)
    required: dict[Key, bool] = field(default_factory=dict)
    values: dict[Key, Counter[str]] = field(default_factory=dict)  # JSON of each non-null value shown, counted

    def evidence(self, key: Key) -> str:
        parts = []
        if key in self.required:
            parts.append("required" if self.required[key] else "not required")
        if self.objects[key[0]]:
            parts.append(f"in {self.shown[key]} of {self.objects[key[0]]} examples")
        return "; ".join(parts)


class _Walker:
    """Walks a witness's answers and schemas along the spec's own types."""

    def __init__(self, trees: Trees) -> None:
        self.by_type = {str(t.get("type")): t for t in trees.resources.values()}
        self.objects: dict[str, Any] = dict(trees.nested.get("objects") or {})
        self.unions: dict[str, Any] = dict(trees.nested.get("unions") or {})
        self.tally = Tally()

    # -- the spec's types ----------------------------------------------------------------------
    def candidates(self, node: Any) -> list[str]:
        """The answered nested objects an attribute's type may hold (a list's items, a union's members)."""
        kind = node.get("type") if isinstance(node, dict) else None
        while isinstance(kind, dict) and "list" in kind:
            kind = kind["list"]
        if not isinstance(kind, dict) or "nested" not in kind:
            return []
        name = str(kind["nested"])
        names = [str(m) for m in self.unions[name].get("members", [])] if name in self.unions else [name]
        return [n for n in names if n in self.objects and self.objects[n].get("direction") != "request"]

    def pick(self, names: list[str], wire: str | None) -> str | None:
        return next((n for n in names if (self.objects[n].get("type") or None) == wire), None)

    # -- answers -------------------------------------------------------------------------------
    def answer(self, document: Any) -> None:
        if not isinstance(document, dict):
            return
        data = document.get("data")
        for resource in [*(data if isinstance(data, list) else [data]), *(document.get("included") or [])]:
            if isinstance(resource, dict) and str(resource.get("type")) in self.by_type:
                tree = self.by_type[str(resource["type"])]
                values = resource.get("attributes")
                self.shown_object(str(resource["type"]), tree.get("attributes") or {}, values, 0)

    def shown_object(self, owner: str, attributes: Any, values: Any, depth: int) -> None:
        if not isinstance(values, dict) or depth > _DEPTH:
            return
        self.tally.objects[owner] += 1
        for name, node in attributes.items():
            found, value = _lookup(values, str(name))
            if not found:
                continue
            key = (owner, str(name))
            self.tally.shown[key] += 1
            if value is not None:
                self.tally.values.setdefault(key, Counter())[json.dumps(value, sort_keys=True)] += 1
            names = self.candidates(node)
            for item in (value if isinstance(value, list) else [value]) if names else ():
                if isinstance(item, dict):
                    self.shown_nested(names, item, depth)

    def shown_nested(self, names: list[str], value: dict[str, Any], depth: int) -> None:
        typed = isinstance(value.get("attributes"), dict) and isinstance(value.get("type"), str)
        chosen = self.pick(names, str(value["type"]) if typed else None)
        if chosen is not None:
            members = value["attributes"] if typed else value
            self.shown_object(chosen, self.objects[chosen].get("attributes") or {}, members, depth + 1)

    # -- schemas -------------------------------------------------------------------------------
    def schema(self, rtype: str, schema: Any) -> None:
        tree = self.by_type.get(rtype)
        if tree is not None:
            self.schema_object(rtype, tree.get("attributes") or {}, schema, 0)

    def schema_object(self, owner: str, attributes: Any, schema: Any, depth: int) -> None:
        if not isinstance(schema, dict) or depth > _DEPTH:
            return
        if isinstance(schema.get("required"), list):
            listed = {str(n) for n in schema["required"]}
            for name in attributes:
                key = (owner, str(name))
                self.tally.required[key] = self.tally.required.get(key, False) or str(name) in listed
        properties = schema.get("properties") or {}
        for name, node in attributes.items():
            names = self.candidates(node)
            for variant in _variants(properties.get(str(name))) if names else ():
                inner = (variant.get("properties") or {}).get("attributes")
                wire = ((variant.get("properties") or {}).get("type") or {}).get("enum") or [None]
                chosen = self.pick(names, str(wire[0]) if isinstance(inner, dict) and wire[0] else None)
                if chosen is not None:
                    target = inner if isinstance(inner, dict) and wire[0] else variant
                    self.schema_object(chosen, self.objects[chosen].get("attributes") or {}, target, depth + 1)


def _lookup(values: dict[str, Any], wire: str) -> tuple[bool, Any]:
    """A wire name's value (a dotted one, ``voice_out_trunk.id``, through nested keys)."""
    if wire in values:  # the examples also show "voice_out_trunk.id" as one key
        return True, values[wire]
    node: Any = values
    for part in wire.split("."):
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _variants(schema: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(schema, dict):
        return
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        for alternative in alternatives:
            yield from _variants(alternative)
    elif schema.get("type") == "array":
        yield from _variants(schema.get("items"))
    else:
        yield schema


def tally(trees: Trees, witness: ApiFacts) -> Tally:
    """What one witness shows of the answers, along the spec's types."""
    walker = _Walker(trees)
    for rtype, schema in sorted(witness.answer_schemas.items()):
        walker.schema(rtype, schema)
    for document in witness.answers:
        walker.answer(document)
    return walker.tally


def verdict(evidence: dict[str, str]) -> str:
    """``always`` or ``sometimes``: the rule over every source's evidence (see the module docstring)."""
    texts = [str(v) for v in evidence.values()]
    if any(t == "required" or t.startswith("required;") for t in texts):
        return "always"
    if any(t.startswith("not required") for t in texts):
        return "sometimes"
    counts = [part.split()[1:4:2] for t in texts for part in t.split("; ") if part.startswith("in ")]
    return "always" if counts and all(shown == of and of != "0" for shown, of in counts) else "sometimes"


def record(trees: Trees, witnesses: Sequence[ApiFacts]) -> None:
    """Write ``evidence``, ``answered`` (and ``example`` where the fake needs one) on every returned attribute;
    a source that is not among ``witnesses`` keeps the evidence it recorded before."""
    tallies = {w.source: tally(trees, w) for w in witnesses if w.source in SOURCES}
    for tree in trees.resources.values():
        for name, node in (tree.get("attributes") or {}).items():
            _record_one(node, (str(tree.get("type")), str(name)), tallies)
    for object_name, spec in (trees.nested.get("objects") or {}).items():
        if spec.get("direction") == "request":
            continue
        for name, node in (spec.get("attributes") or {}).items():
            _record_one(node, (str(object_name), str(name)), tallies)


def _record_one(node: CommentedMap, key: Key, tallies: dict[str, Tally]) -> None:
    if node.get("write_only"):
        for stale in ("evidence", "answered"):
            node.pop(stale, None)
        return
    old = dict(node.get("evidence") or {})
    for source, found in tallies.items():
        text = found.evidence(key)
        if text:
            old[source] = text
        else:
            old.pop(source, None)
    evidence = {s: old[s] for s in SOURCES if s in old}
    if evidence:
        if dict(node.get("evidence") or {}) != evidence:
            put(node, "evidence", flow(evidence))
    else:
        node.pop("evidence", None)
    answered = verdict(evidence)
    put(node, "answered", answered)
    # a value the fake answers for a create that does not send it: not needed where a create must send it
    needs = answered == "always" and not any(node.get(k) for k in ("nullable", "required")) and "default" not in node
    shown = _most_shown(key, tallies)
    if needs and "example" not in node and shown is not None:
        put(node, "example", _flowed(shown))


def _most_shown(key: Key, tallies: dict[str, Tally]) -> Any:
    """The value the examples show most often (the first shown among equals), or None."""
    counted: Counter[str] = Counter()
    for found in tallies.values():
        counted.update(found.values.get(key, Counter()))
    return json.loads(counted.most_common(1)[0][0]) if counted else None


def _flowed(value: Any) -> Any:
    if isinstance(value, dict):
        return flow({k: _flowed(v) for k, v in value.items()})
    return flow_list([_flowed(v) for v in value]) if isinstance(value, list) else value
