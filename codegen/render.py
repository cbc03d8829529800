"""Render the intermediate model through the Jinja templates into package files, formatted by the pinned ruff."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from codegen import cli_table
from codegen.naming import field_name, snake
from didww_gen._kinds import KINDS, ScalarKind

if TYPE_CHECKING:
    from codegen.ir import Api, Attribute, Relationship, Resource, TypeRef, WriteRule

TEMPLATES = Path(__file__).parent / "templates"
GENERATED_MARK = "# generated from "


def header(source: str) -> str:
    return f"# generated from {source} by codegen, do not edit"


def doc(text: str, indent: int = 4) -> str:
    """Docstring body: escaped, continuation lines indented, ending on its own line if multi-line."""
    body = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in body.splitlines()]
    if body.endswith('"'):
        lines[-1] += " "
    if len(lines) == 1:
        return lines[0]
    pad = " " * indent
    return "\n".join([lines[0], *[(pad + line) if line else "" for line in lines[1:]], pad])


def first_sentence(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line.split(". ")[0].rstrip(".") + "."


_ACCESS_NOTES = {
    "read-only": "Read-only: set by the server.",
    "create-only": "Sent on create only; it cannot be changed later.",
    "update-only": "Sent on update only.",
    "create-update": "",
}


def field_doc(attr: Attribute) -> str:
    notes = [_ACCESS_NOTES[attr.access]]
    if attr.write_only:
        notes.append("Write-only: never returned by the server.")
    if attr.required:
        notes.append("Required: a write without it is refused before sending.")
    if attr.nullable:
        notes.append("Nullable.")
    if not attr.always_answered and not attr.write_only:
        notes.append("Not in every answer: None when absent (``is_loaded()`` tells absent from null).")
    if attr.default:
        notes.append(f"Default: ``{json.dumps(attr.default[0])}``.")
    return "\n\n".join(p for p in (attr.description, " ".join(n for n in notes if n)) if p)


def relationship_doc(rel: Relationship) -> str:
    kind = "To-many" if rel.to_many else "To-one"
    targets = " or ".join(rel.target_classes)
    notes = [f"{kind} relationship to {targets}.", _ACCESS_NOTES[rel.access]]
    if rel.write_only:
        notes.append("Write-only: never returned by the server.")
    if rel.required:
        notes.append("Required on create: a create without it is refused before sending.")
    if rel.exclusive_with:
        notes.append(f"Assigning it clears {', '.join(rel.exclusive_with)} on the wire.")
    return "\n\n".join(p for p in (rel.description, " ".join(n for n in notes if n)) if p)


def one_line(text: str) -> str:
    """A description on one line, safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def access_short(item: Attribute | Relationship) -> str:
    marks = {"read-only": "ro", "create-only": "c", "update-only": "u", "create-update": "c u"}[item.access]
    return " ".join([marks, *(["wo"] if item.write_only else []), *(["req"] if item.required else [])])


def checker_type(annotation: str) -> str:
    """A field's annotation as type checkers print it (each kind's type as it shows it), for the API reference."""
    return _KIND_TYPES.sub(lambda found: _SHOWN[found.group(0)], annotation) if _SHOWN else annotation


_SHOWN = {kind.annotation: kind.shown for kind in KINDS if kind.annotation != kind.shown}
_KIND_TYPES = re.compile("|".join(rf"(?<![\w.]){re.escape(a)}(?![\w.])" for a in sorted(_SHOWN, key=len, reverse=True)))


def documented_kinds() -> list[ScalarKind]:
    """The kinds whose type the API reference explains (the most specific first, each shown type once)."""
    shown: dict[str, ScalarKind] = {}
    for kind in reversed(KINDS):
        if kind.python_doc:
            shown.setdefault(kind.shown, kind)
    return list(shown.values())


def kind_imports() -> list[str]:
    """Every kind's import lines (a generated module imports them all; the formatter drops the unused)."""
    return list(dict.fromkeys(line for kind in KINDS for line in kind.imports))


def relationship_annotation(rel: Relationship) -> str:
    targets = " \\| ".join(rel.target_classes)
    return f"list[{targets}]" if rel.to_many else f"{targets} \\| None"


OPERATIONS = ("list", "find", "create", "update", "delete")


def repository_exports(resource: Resource) -> list[str]:
    """The names a repository module exports (mirrors repository.py.j2): its classes and query types."""
    prefix = resource.repository_class.removesuffix("Repository")
    names = [resource.repository_class, "Async" + resource.repository_class]
    names += [prefix + "Include"] if resource.includes else []
    names += [prefix + "Filter", prefix + "Sort"] if "list" in resource.operations else []
    return names


def operations(resource: Resource) -> str:
    return ", ".join(op for op in OPERATIONS if op in resource.operations)


def signatures(resource: Resource) -> list[str]:
    """The repository's methods as one-line signatures (mirrors repository.py.j2)."""
    cls = resource.class_name
    include = ["*", "include"] if resource.includes else []
    paging = ["page_number", "page_size"] if resource.paginated else []
    options = ["extra_headers", "timeout"]
    params = {
        "list": ["*", *include[1:], "filter", "sort", *paging, "extra_params", *options],
        "find": [*([] if resource.singleton else [f"id: str | {cls}"]), *(include or ["*"]), *options],
        "create": [f"model: {cls}", *(include or ["*"]), *options],
        "update": [f"model: {cls}", *(include or ["*"]), *options],
        "delete": [f"id: str | {cls}", "*", *options],
    }
    returns = {"list": f"Page[{resource.page_type}]", "delete": "None"}
    return [
        f"{op}({', '.join(params[op])}) -> {returns.get(op, cls)}" for op in OPERATIONS if op in resource.operations
    ]


def rule_code(rule: WriteRule) -> str:
    """The runtime's ``didww_gen._rules`` object for a write rule, as Python source."""
    test = "NOT_BLANK" if rule.test == "not_blank" else repr(rule.test)
    if rule.kind == "cascade":
        return f"Cascade({rule.fields[0]!r}, {test}, {rule.sends!r})"
    if rule.kind == "refuse":
        return f"Refuse({rule.fields[0]!r}, {test}, {rule.refuses!r}, {rule.because!r})"
    if rule.kind == "range":
        return f"Range({rule.fields[0]!r}, {rule.minimum!r}, {rule.maximum!r})"
    kind = "OneOf" if rule.kind == "one_of" else "AtLeastOne"
    elsewhere = f", elsewhere={rule.elsewhere!r}" if rule.elsewhere else ""
    return f"{kind}({rule.fields!r}, {rule.because!r}{elsewhere})"


def rule_classes(rules: tuple[WriteRule, ...]) -> list[str]:
    """The names a module imports from ``didww_gen._rules`` for these rules."""
    names = {
        "cascade": "Cascade",
        "refuse": "Refuse",
        "one_of": "OneOf",
        "at_least_one": "AtLeastOne",
        "range": "Range",
    }
    found = {names[r.kind] for r in rules} | {"NOT_BLANK" for r in rules if r.test == "not_blank"}
    return sorted(found | ({"Rule"} if rules else set()))


def fake_value(api: Api, ref: TypeRef) -> str:
    """The testing fake's ``Value`` for a type, as Python source."""
    if ref.kind == "list":
        assert ref.item is not None
        return f"Value('list', item={fake_value(api, ref.item)})"
    if ref.kind == "enum":
        enum = next(e for e in api.enums if e.name == ref.name)
        return f"Value('enum', enum={tuple(m.value for m in enum.members)!r})"
    if ref.kind == "nested":
        union = next((u for u in api.unions if u.name == ref.name), None)
        names = tuple(m.name for m in union.members) if union else (ref.name,)
        return f"Value('nested', nested={names!r})"
    return f"Value({ref.kind!r})"


def fake_attr(api: Api, attr: Attribute) -> str:
    """The testing fake's ``Attr`` for an attribute, as Python source (defaults left out)."""
    options = {
        "access": (attr.access, "read-only"),
        "nullable": (attr.nullable, False),
        "required": (attr.required, False),
        "write_only": (attr.write_only, False),
        "default": (attr.default, ()),
        "example": (attr.example, ()),
        "always_answered": (attr.always_answered, True),
        "minimum": (attr.minimum, None),
        "maximum": (attr.maximum, None),
    }
    shown = "".join(f", {key}={value!r}" for key, (value, unset) in options.items() if value != unset)
    return f"Attr({fake_value(api, attr.type)}{shown})"


def fake_rel(rel: Relationship) -> str:
    """The testing fake's ``Rel`` for a relationship, as Python source."""
    options = {
        "to_many": (rel.to_many, False),
        "access": (rel.access, "read-only"),
        "required": (rel.required, False),
        "exclusive_with": (rel.exclusive_with, ()),
    }
    shown = "".join(f", {key}={value!r}" for key, (value, unset) in options.items() if value != unset)
    return f"Rel({rel.targets!r}{shown})"


def fake_rules(rules: tuple[WriteRule, ...]) -> str:
    """The constraints a server enforces (refusals, one-of, at-least-one); cascades are client conveniences."""
    found = [
        f"Rule({r.kind!r}, {r.fields!r}, {r.test!r}, {r.refuses!r}, {r.because!r})"
        for r in rules
        if r.kind not in ("cascade", "range")  # the fake checks ranges on its Attr
    ]
    return f"({', '.join(found)},)" if found else "()"


def environment() -> jinja2.Environment:
    """The Jinja environment of every template (the package's, the docs', the migration guide's)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        pyrepr=repr,
        pytuple=lambda v: repr(tuple(v)),
        access=lambda v: v.replace("-", "_").upper(),
        field_name=field_name,
        doc=doc,
        first_sentence=first_sentence,
        field_doc=field_doc,
        relationship_doc=relationship_doc,
        module_of=snake,
        one_line=one_line,
        access_short=access_short,
        relationship_annotation=relationship_annotation,
        operations=operations,
        signatures=signatures,
        repository_exports=repository_exports,
        checker_type=checker_type,
        rule_code=rule_code,
        rule_classes=rule_classes,
    )
    env.globals["kind_imports"] = kind_imports()
    env.globals["documented_kinds"] = documented_kinds()
    env.globals["_m"] = env.get_template("_macros.j2").module
    return env


def model_exports(api: Api) -> list[tuple[str, str]]:
    """The names ``models`` exports (besides ``MODELS``) and the module defining each, sorted."""
    exports = [(r.class_name, r.module) for r in api.resources]
    exports += [(r.class_name + "Meta", r.module) for r in api.resources if r.meta]
    exports += [(r.class_name + "DocumentMeta", r.module) for r in api.resources if r.document_meta]
    exports += [(o.name, "nested") for o in api.objects] + [(u.name, "nested") for u in api.unions]
    return sorted([*exports, ("UnknownNestedObject", "nested")])


def render(api: Api, package: str) -> dict[str, str]:
    """Every generated file of a version's package (``didww_gen.v2026_04_16``), by path relative to it."""
    env = environment()
    common: dict[str, Any] = {"api": api, "header": header(api.source), "package": package}
    files: dict[str, str] = {}

    def emit(path: str, template: str, **extra: Any) -> None:
        files[path] = env.get_template(template).render(**common, **extra)

    enum_names = sorted({n for o in api.objects for a in o.attributes for n in a.type.names("enum")})
    emit("__init__.py", "version_init.py.j2")
    emit("api_info.py", "api_info.py.j2")
    emit("enums/__init__.py", "enums_init.py.j2")
    for enum in api.enums:  # one module per enum: a model or a collection imports only the enums it uses
        emit(f"enums/{snake(enum.name)}.py", "enum.py.j2", e=enum)
    emit("client.py", "client.py.j2")
    emit("cli_table.py", "cli_table.py.j2", **cli_table.table(api))
    emit("models/__init__.py", "models_init.py.j2", exports=model_exports(api))
    nested_rules = tuple(rule for o in api.objects for rule in o.rules)
    emit("models/nested.py", "nested.py.j2", enum_names=enum_names, nested_rules=nested_rules)
    emit("resources/__init__.py", "resources_init.py.j2")
    env.globals.update(
        fake_attr=partial(fake_attr, api), fake_value=partial(fake_value, api), fake_rel=fake_rel, fake_rules=fake_rules
    )
    emit("testing/__init__.py", "testing_init.py.j2")
    emit("testing/_schema.py", "testing_schema.py.j2")
    for resource in api.resources:
        emit(f"models/{resource.module}.py", "resource_model.py.j2", r=resource)
        if resource.has_repository:
            emit(f"resources/{resource.path}.py", "repository.py.j2", r=resource)
    return files


def _exports(api: Api) -> dict[str, list[str]]:
    """The public names of a version package's modules, by module (mirrors their templates' ``__all__``)."""
    return {
        "models": sorted(["MODELS", *(name for name, _ in model_exports(api))]),
        "resources": sorted(name for r in api.repositories for name in repository_exports(r)),
        "enums": sorted(e.name for e in api.enums),
        "client": ["AsyncDidwwClient", "DidwwClient"],
        "api_info": ["API", "API_VERSION", "DEFAULT_ENVIRONMENT", "Environment"],
    }


_LATEST_DOCS = {
    "models": "Models of the DIDWW API: ``MODELS`` maps every JSON:API type to its class.",
    "resources": "Repositories of the DIDWW API, one per collection.",
    "enums": "Enums of the DIDWW API. Unknown values decode to pseudo-members (``is_known`` is False).",
    "client": "``DidwwClient`` and ``AsyncDidwwClient``: one attribute per collection of the DIDWW API.",
    "api_info": "The DIDWW API version ``didww_gen`` speaks by default, and where the API is served.",
}


def render_latest(api: Api, package: str, registry: str) -> dict[str, str]:
    """``didww_gen``'s own modules re-exporting the latest version's, by path relative to ``src/didww_gen``."""
    env = environment()
    common: dict[str, Any] = {"header": header(registry), "version": api.version}
    files = {}
    for module, names in _exports(api).items():
        path = f"{module}/__init__.py" if module in ("models", "resources") else f"{module}.py"
        target = f"{package}.{module}"
        files[path] = env.get_template("latest.py.j2").render(
            **common, doc=_LATEST_DOCS[module], target=target, names=names
        )
    files["testing/__init__.py"] = env.get_template("latest_testing.py.j2").render(
        **common, target=f"{package}.testing"
    )
    files["cli/_latest.py"] = env.get_template("cli_latest.py.j2").render(**common)
    return files


def render_docs(api: Api, latest: bool) -> dict[str, str]:
    """The generated API reference, by path relative to the repository root (``docs/api.md``: the latest)."""
    path = "docs/api.md" if latest else f"docs/api-{api.version}.md"
    return {path: environment().get_template("api.md.j2").render(api=api)}


def format_sources(files: dict[str, str], config: Path) -> dict[str, str]:
    """Run the pinned ruff (import fixes, then the formatter) over the files; same keys, formatted text."""
    with tempfile.TemporaryDirectory(prefix="didww-codegen-") as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        for step in (["check", "--fix-only", "--select", "I,F401"], ["format"]):
            _ruff([*step, "--config", str(config), "--no-cache", str(root)], root)
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in files}


def _ruff(arguments: list[str], root: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "ruff", *arguments], capture_output=True, text=True, cwd=root)
    if done.returncode != 0:
        output = (done.stdout + done.stderr).replace(str(root) + "/", "")
        raise RuntimeError(f"ruff {arguments[0]} failed on the rendered code (a template bug):\n{output}")


def stale_files(out_dir: Path, keep: set[str]) -> list[Path]:
    """Generated files under ``out_dir`` that this run no longer produces."""
    stale = []
    for path in sorted(out_dir.rglob("*.py")):
        rel = path.relative_to(out_dir).as_posix()
        if rel in keep:
            continue
        with path.open(encoding="utf-8") as handle:
            if handle.readline().startswith(GENERATED_MARK):
                stale.append(path)
    return stale
