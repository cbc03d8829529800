"""Merge a source's facts into the spec's YAML trees, keeping everything that is the spec's own.

Facts (types, nullability, access, write-only, create requirements, enum members, operations, pagination,
filter and sort names, meta) are brought in line with the source. The spec's own choices are kept: class
and nested-object names, descriptions, comments and key order, write ``rules:``, ``exclusive_with``,
``secret:``, ``default:``, relationship targets and include paths (sources that do not state them). An item
the source does not list is removed unless it has an ``origin:`` (``postman``, ``official-sdks``: a fact the
spec knows from elsewhere, which no import removes; an include through such a relationship and the spec's
``sort_aliases`` are kept too). A new item gets
:data:`PLACEHOLDER` as its description, listed in :attr:`Merge.placeholders` for a human to write.

An incomplete source (``ApiFacts.complete`` False: a Postman collection's examples) only adds and widens:
nothing is removed or narrowed because it does not show it (attributes, relationships, operations, filters,
sorts, includes, access, ``write_only``, ``required``, paths), and a kind inferred from a few values does not
replace a more precise one the spec states. Enum members it lists explicitly are still authoritative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from codegen.naming import camel
from codegen.sources.facts import (
    ApiFacts,
    FieldFacts,
    NestedFacts,
    RelationshipFacts,
    ResourceFacts,
    TypeFacts,
    access_of,
)
from didww_gen._kinds import kind_named

PLACEHOLDER = "TODO: describe (new in the imported document)"
OPERATIONS = ("list", "find", "create", "update", "delete")


@dataclass
class Trees:
    """The YAML trees of one spec folder (round-trip nodes) by file name relative to the folder."""

    api: CommentedMap
    enums: CommentedMap
    nested: CommentedMap
    resources: dict[str, CommentedMap]  # "resources/<type>.yaml" -> tree


@dataclass
class Merge:
    """What one merge did that a human should look at."""

    placeholders: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def flow(mapping: dict[str, Any]) -> CommentedMap:
    node = CommentedMap(mapping)
    node.fa.set_flow_style()
    return node


def flow_list(items: list[Any]) -> CommentedSeq:
    node = CommentedSeq(items)
    node.fa.set_flow_style()
    return node


RESOURCE_KEYS = (
    "type",
    "class",
    "path",
    "description",
    "operations",
    "singleton",
    "paginated",
    "attributes",
    "relationships",
    "meta",
    "document_meta",
    "includes",
    "filters",
    "rules",
    "sorts",
)


def put(node: CommentedMap, key: str, value: Any, order: tuple[str, ...] = ()) -> None:
    """Set ``key``; a new key goes where ``order`` puts it, else before ``description`` (written last)."""
    if key in node:
        if node[key] != value:
            node[key] = value
        return
    keys = list(node)
    if key in order:
        later = set(order[order.index(key) + 1 :])
        position = next((i for i, k in enumerate(keys) if k in later), len(keys))
    else:
        position = keys.index("description") if "description" in keys else len(keys)
    node.insert(position, key, value)


def place(tree: CommentedMap, key: str, value: Any) -> None:
    """Set a top-level key of a resource file, a new one at its usual place."""
    put(tree, key, value, RESOURCE_KEYS)


def names_field(tree: CommentedMap, name: str) -> bool:
    """Whether a filter or sort name is ``id``, an attribute, or a path through a relationship."""
    head = name.split(".")[0]
    attrs, rels = tree.get("attributes") or {}, tree.get("relationships") or {}
    if name == "id" or name in attrs or name in (tree.get("meta") or {}):
        return True
    return head in rels and (head == name or "." in name)


def flag(node: CommentedMap, key: str, value: bool) -> None:
    """A boolean key that defaults to false: written when true, dropped when false."""
    if value:
        put(node, key, True)
    else:
        node.pop(key, None)


def member_name(value: str | int) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", str(value)).strip("_").upper() or "EMPTY"
    return name if name[0].isalpha() else f"V_{name}"


class Merger:
    """One merge of ``facts`` into ``trees`` (which it changes in place)."""

    def __init__(self, trees: Trees, facts: ApiFacts) -> None:
        self.trees = trees
        self.facts = facts
        self.report = Merge()
        self.enum_values: dict[str, dict[str | int, None]] = {}
        self.classes = {str(t.get("type")): str(t.get("class")) for t in trees.resources.values()}
        self.retyped: set[int] = set()  # id() of the attribute nodes whose type this merge changed

    def note(self, where: str) -> None:
        self.report.placeholders.append(where)

    # -- types -------------------------------------------------------------------------------
    def type_node(self, current: Any, facts: TypeFacts, owner: str, name: str) -> Any:
        """The spec type for ``facts``: ``current`` when it already agrees, else one built from the facts."""
        if isinstance(current, dict) and "enum" in current and facts.kind in ("string", "integer"):
            self.enum_values.setdefault(str(current["enum"]), {}).update(dict.fromkeys(facts.enum))
            return current
        if isinstance(current, dict) and "list" in current and facts.kind == "list" and facts.item:
            item = self.type_node(current["list"], facts.item, owner, name)
            return current if item is current["list"] else flow({"list": item})
        if isinstance(current, dict) and "list" in current and facts.kind == "list" and not self.facts.complete:
            return current  # only empty lists seen
        if isinstance(current, dict) and "nested" in current and facts.kind in ("nested", "object"):
            self.widen_union(str(current["nested"]), facts.variants)
            return current
        if isinstance(current, str) and self.agrees(current, facts):
            return current
        return self.new_type(facts, owner, name)

    def agrees(self, scalar: str, facts: TypeFacts) -> bool:
        if facts.enum:
            return False
        # a kind takes the facts of the kinds that carry it (a decimal string, or an integer price)
        declared = kind_named(scalar)
        if scalar == facts.kind or (declared is not None and facts.kind in declared.carried_by):
            return True
        # an incomplete source's kind that the spec's more precise one already covers
        refines = declared.refines if declared is not None else ()
        return not self.facts.complete and ("*" in refines or facts.kind in refines)

    def widen_union(self, name: str, variants: tuple[str, ...]) -> None:
        """Add to the union ``name`` an object for each wire type the facts show and it lacks."""
        objects = self.trees.nested.get("objects") or CommentedMap()
        union = (self.trees.nested.get("unions") or {}).get(name)
        if union is None:
            return  # one object shown with another wire type: a human decides
        wires = {str(objects[m].get("type", "")) for m in union.get("members", []) if m in objects}
        missing = [v for v in variants if v and v not in wires and v in self.facts.nested]
        by_wire: dict[str, list[str]] = {}
        for obj_name, obj in objects.items():
            by_wire.setdefault(str(obj.get("type", "")), []).append(str(obj_name))
        for wire in missing:
            union["members"].append(self.object_for(wire, by_wire))
            self.note(f"nested.yaml unions.{name} (member added for {wire})")

    def new_type(self, facts: TypeFacts, owner: str, name: str) -> Any:
        if facts.enum:
            enum = self.enum_for(facts, f"{owner}{camel(name)}")
            return flow({"enum": enum})
        if facts.kind == "list":
            return flow({"list": self.new_type(facts.item or TypeFacts("object"), owner, name)})
        if facts.kind == "nested":
            return flow({"nested": self.nested_for(facts.variants, f"{owner}{camel(name)}")})
        return facts.kind if kind_named(facts.kind) is not None else "object"

    def enum_for(self, facts: TypeFacts, name: str) -> str:
        wanted = set(facts.enum)
        for existing, spec in self.trees.enums.items():
            if {m["value"] for m in spec.get("members", [])} == wanted:
                self.enum_values.setdefault(str(existing), {}).update(dict.fromkeys(facts.enum))
                return str(existing)
        members = CommentedSeq([flow({"name": member_name(v), "value": v}) for v in facts.enum])
        kind = "integer" if all(isinstance(v, int) for v in facts.enum) else "string"
        self.trees.enums[name] = CommentedMap({"type": kind, "description": PLACEHOLDER, "members": members})
        self.note(f"enums.yaml {name}")
        self.enum_values.setdefault(name, {}).update(dict.fromkeys(facts.enum))
        return name

    def nested_for(self, variants: tuple[str, ...], name: str) -> str:
        objects = self.trees.nested.setdefault("objects", CommentedMap())
        by_wire: dict[str, list[str]] = {}
        for obj_name, obj in objects.items():
            by_wire.setdefault(str(obj.get("type", "")), []).append(str(obj_name))
        names = [self.object_for(v, by_wire) for v in variants]
        if len(names) == 1:
            return names[0]
        unions = self.trees.nested.setdefault("unions", CommentedMap())
        for union_name, union in unions.items():
            wires = {str(objects[m].get("type", "")) for m in union.get("members", []) if m in objects}
            if wires == set(variants):
                return str(union_name)
        unions[name] = CommentedMap({"description": PLACEHOLDER, "members": flow_list(names)})
        self.note(f"nested.yaml unions.{name}")
        return name

    def object_for(self, wire: str, by_wire: dict[str, list[str]]) -> str:
        if by_wire.get(wire):
            return by_wire[wire][0]
        facts = self.facts.nested[wire]
        name = facts.title or camel(wire)
        objects = self.trees.nested["objects"]
        node = CommentedMap({"type": wire} if wire else {})
        node["description"] = PLACEHOLDER
        node["attributes"] = CommentedMap()
        objects[name] = node
        by_wire.setdefault(wire, []).append(name)
        self.note(f"nested.yaml objects.{name}")
        self.nested_object(name, node, facts, {name})
        return name

    # -- attributes ----------------------------------------------------------------------------
    def attribute(
        self, node: CommentedMap, facts: FieldFacts, owner: str, read_only: bool = False, new: bool = False
    ) -> None:
        before = node.get("type")
        put(node, "type", self.type_node(before, facts.type, owner, facts.name))
        if before is not None and node["type"] != before:
            self.retyped.add(id(node))
        if facts.nullable:  # never removed: a null the examples show must still decode
            put(node, "nullable", True)
        if read_only:
            return
        access = self.access(node, facts.create, facts.update)
        if access == "read-only":
            node.pop("access", None)
        else:
            put(node, "access", access)
        if self.facts.complete or new:  # an incomplete source's unseen answer is no evidence
            flag(node, "write_only", not facts.returned and access != "read-only")
        if facts.required is not None:
            flag(node, "required", facts.required)
        for key, bound in (("minimum", facts.type.minimum), ("maximum", facts.type.maximum)):
            if bound is not None:
                put(node, key, bound)

    def access(self, node: CommentedMap, create: bool, update: bool) -> str:
        """The access the facts show; an incomplete source only widens the spec's."""
        if not self.facts.complete:
            old = str(node.get("access", "read-only"))
            create = create or old in ("create-only", "create-update")
            update = update or old in ("update-only", "create-update")
        return access_of(create, update)

    def attributes(
        self, parent: CommentedMap, key: str, facts: dict[str, FieldFacts], owner: str, where: str, read_only: bool
    ) -> None:
        current = parent.get(key)
        if not facts and not current:
            return
        if current is None:
            current = CommentedMap()
            put(parent, key, current, RESOURCE_KEYS)
        for name in [n for n in current if n not in facts and self.facts.complete]:
            if current[name].get("origin"):
                self.report.kept.append(f"{where}.{key}.{name}")
            else:
                del current[name]
        for name, attr in facts.items():
            new = name not in current
            if new:
                current[name] = CommentedMap({"type": "string", "description": PLACEHOLDER})
                self.note(f"{where}.{key}.{name}")
            self.attribute(current[name], attr, owner, read_only, new)
        if not current:
            del parent[key]

    # -- nested objects ------------------------------------------------------------------------
    def nested_object(self, name: str, node: CommentedMap, facts: NestedFacts, siblings: set[str]) -> None:
        """Attributes of one spec object of a wire type; ``siblings`` are all the spec objects of that type."""
        objects = self.trees.nested["objects"]
        attrs = node.get("attributes")
        if attrs is None:
            attrs = node["attributes"] = CommentedMap()
        elsewhere = {a for s in siblings - {name} for a in objects[s].get("attributes") or {}}
        for attr in [a for a in attrs if a not in facts.attributes and self.facts.complete]:
            if attrs[attr].get("origin"):
                self.report.kept.append(f"nested.yaml objects.{name}.{attr}")
            else:
                del attrs[attr]
        for attr, attr_facts in facts.attributes.items():
            new = attr not in attrs
            if new:
                if attr in elsewhere or name != self.home(siblings, facts):
                    continue
                attrs[attr] = CommentedMap({"type": "string", "description": PLACEHOLDER})
                self.note(f"nested.yaml objects.{name}.attributes.{attr}")
            # an object the spec refuses to send (not_sendable) keeps its attributes read-only
            self.attribute(attrs[attr], attr_facts, name, bool(node.get("not_sendable")), new)
        if len(siblings) == 1 and not node.get("not_sendable"):
            old = str(node.get("direction", "both"))
            request = facts.request or (not self.facts.complete and old in ("request", "both"))
            response = facts.response or (not self.facts.complete and old in ("response", "both"))
            direction = "both" if request and response else "request" if request else "response"
            if direction == "both":
                node.pop("direction", None)
            else:
                put(node, "direction", direction)

    def home(self, siblings: set[str], facts: NestedFacts) -> str:
        """Where a new attribute of a wire type goes: the object named like the source's, or the first."""
        objects = self.trees.nested["objects"]
        if facts.title in siblings:
            return facts.title
        both = [s for s in objects if s in siblings and objects[s].get("direction", "both") == "both"]
        return str(both[0] if both else next(s for s in objects if s in siblings))

    def nested(self) -> None:
        objects = self.trees.nested.get("objects") or {}
        by_wire: dict[str, set[str]] = {}
        for name, obj in objects.items():
            if obj.get("type"):
                by_wire.setdefault(str(obj["type"]), set()).add(str(name))
        for wire, names in by_wire.items():
            facts = self.facts.nested.get(wire)
            if facts is not None:
                for name in [n for n in objects if n in names]:
                    self.nested_object(name, objects[name], facts, names)

    # -- resources -----------------------------------------------------------------------------
    def relationship(self, node: CommentedMap, facts: RelationshipFacts, new: bool = False) -> None:
        if facts.to_many is not None:
            put(node, "cardinality", "to-many" if facts.to_many else "to-one")
        if facts.targets and not isinstance(node.get("target"), list) and (self.facts.complete or new):
            put(node, "target", facts.targets[0] if len(facts.targets) == 1 else flow_list(list(facts.targets)))
        access = self.access(node, facts.create, facts.update)
        if access == "read-only":
            node.pop("access", None)
        else:
            put(node, "access", access)
        if self.facts.complete or new:
            flag(node, "write_only", not facts.returned and access != "read-only")
        if self.facts.complete or facts.required:
            flag(node, "required", facts.required)

    def target_for(self, name: str) -> str:
        """A related type the source does not name, guessed from the relationship's name."""
        words = name.split("_")
        for start in range(len(words)):
            stem = "_".join(words[start:])
            for guess in (stem, f"{stem}s", f"{stem}es", f"{stem[:-1]}ies" if stem.endswith("y") else stem):
                if guess in self.classes or guess in self.facts.resources:
                    return guess
        return f"{name}s"

    def relationships(self, tree: CommentedMap, facts: ResourceFacts, where: str) -> None:
        current = tree.get("relationships")
        if current is None and not facts.relationships:
            return
        if current is None:
            current = CommentedMap()
            place(tree, "relationships", current)
        for name in [n for n in current if n not in facts.relationships and self.facts.complete]:
            if current[name].get("origin"):
                self.report.kept.append(f"{where}.relationships.{name}")
            else:
                del current[name]
        for name, rel in facts.relationships.items():
            new = name not in current
            if new:
                current[name] = CommentedMap(
                    {"cardinality": "to-one", "target": self.target_for(name), "description": PLACEHOLDER}
                )
                self.note(f"{where}.relationships.{name} (target guessed: {current[name]['target']})")
            self.relationship(current[name], rel, new)
        if not current:
            del tree["relationships"]

    def query(self, tree: CommentedMap, facts: ResourceFacts, where: str) -> None:
        if facts.filters is not None:
            filters = tree.get("filters") or CommentedMap()
            for name in [n for n in filters if n not in facts.filters and self.facts.complete]:
                del filters[name]
            attributes = tree.get("attributes") or {}
            for name in facts.filters:
                if name not in filters:
                    filters[name] = self.new_filter(tree, name)
                elif name in attributes and id(attributes[name]) in self.retyped:  # the filter of a retyped field
                    filters[name]["type"] = self.new_filter(tree, name)["type"]
                flag(filters[name], "virtual", not names_field(tree, name))
            if filters:
                place(tree, "filters", filters)
            else:
                tree.pop("filters", None)
        if facts.sorts is not None:
            old = [str(s) for s in tree.get("sorts") or ()]
            aliases = tree.get("sort_aliases") or {}
            named = [s for s in facts.sorts if names_field(tree, s) and s not in aliases]
            self.report.dropped += [
                f"{where} sort {s!r} (names no field)" for s in facts.sorts if s not in named and s not in aliases
            ]
            kept = old if not self.facts.complete else [s for s in old if s in named]
            wanted = kept + [s for s in named if s not in old]
            if wanted != old:
                self.sequence(tree, "sorts", wanted)
        if facts.includes is not None:
            old = [str(i) for i in tree.get("includes") or ()]
            rels = tree.get("relationships") or {}
            known = [i for i in old if (rels.get(i.split(".")[0]) or {}).get("origin")]  # a fact from elsewhere
            wanted = [i for i in old if i.split(".")[0] in facts.includes or not self.facts.complete or i in known]
            named = [i for i in facts.includes if i.split(".")[0] in rels]
            self.report.dropped += [
                f"{where} include {i!r} (names no relationship)" for i in facts.includes if i not in named
            ]
            wanted += [i for i in named if i not in wanted]
            if wanted != old:
                self.sequence(tree, "includes", wanted)

    @staticmethod
    def sequence(tree: CommentedMap, key: str, items: list[str]) -> None:
        """Replace a list of names, keeping its flow or block style (a new one is flow when short)."""
        if not items:
            tree.pop(key, None)
            return
        old = tree.get(key)
        short = len(items) < 8 if old is None else old.fa.flow_style()
        place(tree, key, flow_list(items) if short else CommentedSeq(items))
        tree[key] = flow_list(items) if short else CommentedSeq(items)

    @staticmethod
    def new_filter(tree: CommentedMap, name: str) -> CommentedMap:
        attr = (tree.get("attributes") or {}).get(name)
        kind: Any = attr["type"] if attr is not None and not isinstance(attr["type"], dict) else "string"
        if attr is not None and isinstance(attr["type"], dict) and "enum" in attr["type"]:
            kind = flow({"enum": attr["type"]["enum"]})
        declared = kind_named(kind) if isinstance(kind, str) else None
        return flow(
            {"type": kind} if declared is not None and not declared.filter_array else {"type": kind, "array": True}
        )

    def resource(self, tree: CommentedMap, facts: ResourceFacts, where: str) -> None:
        shown = set(facts.operations) | (set() if self.facts.complete else {str(o) for o in tree["operations"]})
        place(tree, "operations", flow_list([op for op in OPERATIONS if op in shown]))
        if facts.path and facts.path != facts.type:
            place(tree, "path", facts.path)
        elif facts.path or self.facts.complete:
            tree.pop("path", None)
        if facts.singleton:
            place(tree, "singleton", True)
        elif self.facts.complete:
            tree.pop("singleton", None)
        if facts.paginated is None:
            pass  # the source is silent
        elif "list" in facts.operations and not facts.paginated:
            place(tree, "paginated", False)
        else:
            tree.pop("paginated", None)
        owner = str(tree.get("class"))
        self.attributes(tree, "attributes", facts.attributes, owner, where, read_only=False)
        self.relationships(tree, facts, where)
        self.attributes(tree, "meta", facts.meta, f"{owner}Meta", where, read_only=True)
        self.attributes(tree, "document_meta", facts.document_meta, f"{owner}DocumentMeta", where, read_only=True)
        self.query(tree, facts, where)

    def new_resource(self, facts: ResourceFacts) -> CommentedMap:
        tree = CommentedMap({"type": facts.type, "class": facts.title, "description": PLACEHOLDER})
        tree["operations"] = flow_list([])
        self.classes[facts.type] = facts.title
        self.note(f"resources/{facts.type}.yaml")
        return tree

    # -- enums ---------------------------------------------------------------------------------
    def enums(self) -> None:
        for name, values in self.enum_values.items():
            spec = self.trees.enums.get(name)
            if spec is None or not values:
                continue
            members = spec["members"]
            for index in reversed(range(len(members))):
                member = members[index]
                if member["value"] not in values and not member.get("origin"):
                    del members[index]
                elif member["value"] not in values:
                    self.report.kept.append(f"enums.yaml {name}.{member['name']}")
            known = {m["value"] for m in members}
            for value in values:
                if value not in known:
                    members.append(flow({"name": member_name(value), "value": value, "description": PLACEHOLDER}))
                    self.note(f"enums.yaml {name}.{member_name(value)}")

    def run(self) -> Merge:
        """Merge every fact; returns the notes (placeholders to write, items kept from Postman)."""
        by_type = {str(t.get("type")): (rel, t) for rel, t in self.trees.resources.items()}
        for rtype in sorted(self.facts.resources):
            if rtype not in by_type:
                rel = f"resources/{rtype}.yaml"
                by_type[rtype] = (rel, self.new_resource(self.facts.resources[rtype]))
                self.trees.resources[rel] = by_type[rtype][1]
        for rtype, (rel, tree) in sorted(by_type.items()):
            facts = self.facts.resources.get(rtype)
            if facts is not None:
                self.resource(tree, facts, rel)
        self.nested()
        self.enums()
        return self.report


def merge(trees: Trees, facts: ApiFacts) -> Merge:
    """Bring ``trees`` in line with ``facts`` (in place)."""
    return Merger(trees, facts).run()
