"""Every command of every collection of every API version, run in-process against the version's fake.

Generated from the command tables (``didww_gen.v<date>.cli_table``), not written per collection: each
collection's ``list``, ``show``, ``create``, ``update``, ``delete`` and ``wait`` where it has them. Writes
copy what the fake holds (a listed resource's writable fields), so they run against every collection alike;
where the fake refuses such a copy (exit 3) the refusal must be the API's, on one line.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.versions import load as load_registry
from codegen.versions import package_name
from didww_gen.cli import main
from didww_gen.cli._table import Collection, load

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = load_registry(ROOT).versions
PLAIN = ("string", "integer", "boolean", "decimal")


def _commands() -> list[Any]:
    found = []
    for version in VERSIONS:
        for name, collection in load(version).collections.items():
            commands = [{"find": "show"}.get(op, op) for op in collection.operations]
            commands += ["wait"] if collection.wait else []
            found += [pytest.param(version, name, command, id=f"{version}-{name}-{command}") for command in commands]
    return found


class Cli:
    """``didww`` run in-process against one fresh fake of ``version``."""

    def __init__(self, version: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.version = version
        self.fake = importlib.import_module(f"didww_gen.{package_name(version)}.testing").FakeDidww()
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--api-key", "k", "--api-version", self.version, *args], transport=self.fake.transport())
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> Any:
        code, out, err = self("--output", "json", *args)
        assert code == 0, err
        return json.loads(out)

    def listed(self, collection: Collection) -> list[dict[str, Any]]:
        if "list" not in collection.operations:
            return []
        rows: list[dict[str, Any]] = self.json(collection.command, "list", *includes(collection))
        return rows


def includes(collection: Collection) -> list[str]:
    """``--include`` of every direct relationship the collection can include: their ids then show."""
    return [f"--include={path}" for path in collection.includes if path in collection.relationships]


def _refused_by_the_api(code: int, err: str) -> bool:
    """An exit 3 whose one line is the API's refusal."""
    return code == 3 and err.count("\n") == 1 and err.startswith("didww: the API refused the request (HTTP 4")


def _refused_before_sending(code: int, err: str) -> bool:
    """An exit 2 whose one line is the SDK's write rule (a value the listing does not show, or cannot be sent)."""
    return code == 2 and err.count("\n") == 1 and ("required" in err or "cannot be sent" in err)


@pytest.mark.parametrize(("version", "name", "command"), _commands())
def test_every_command_of_every_collection(
    version: str, name: str, command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cli = Cli(version, capsys)
    collection = load(version).collections[name]
    rows = cli.listed(collection)
    assert all(row["type"] == collection.type and row["id"] for row in rows)
    first = rows[0] if rows else None
    if command == "list":
        _check_list(cli, collection, rows)
    elif command == "show":
        _check_show(cli, collection, first)
    elif command in ("create", "update"):
        _check_write(cli, collection, command, first, tmp_path)
    elif command == "delete":
        _check_delete(cli, collection, first)
    else:
        _check_wait(cli, collection, first)


def _check_list(cli: Cli, collection: Collection, rows: list[dict[str, Any]]) -> None:
    """json, jsonl and csv list the same resources; a page size holds."""
    code, out, err = cli("--output", "jsonl", collection.command, "list", *includes(collection))
    assert code == 0, err
    assert [json.loads(line) for line in out.splitlines()] == rows
    code, out, err = cli("--output", "csv", collection.command, "list", *includes(collection))
    assert code == 0, err
    table = list(csv.DictReader(io.StringIO(out)))
    assert [(r["id"], r["type"]) for r in table] == [(r["id"], r["type"]) for r in rows]
    if collection.paginated and len(rows) > 1:
        assert [r["id"] for r in cli.json(collection.command, "list", "--page-size", "1")] == [rows[0]["id"]]
        assert len(cli.json(collection.command, "list", "--page-size", "1", "--page", "2")) == 1
        assert [r["id"] for r in cli.json(collection.command, "list", "--page-size", "1", "--all")] == [
            r["id"] for r in rows
        ]


def _check_show(cli: Cli, collection: Collection, first: dict[str, Any] | None) -> None:
    if collection.singleton:
        shown = cli.json(collection.command, "show")
        assert shown["type"] == collection.type
        return
    if first is None:  # nothing seeded: the API's 404, on one line
        code, _, err = cli(collection.command, "show", "no-such-id")
        assert _refused_by_the_api(code, err), err
        return
    assert cli.json(collection.command, "show", first["id"], *includes(collection)) == first


def _copy(collection: Collection, operation: str, row: dict[str, Any] | None) -> dict[str, Any]:
    """The writable values of a listed resource (masked secrets left out)."""
    writable = collection.writable(operation)
    return {k: v for k, v in (row or {}).items() if k in writable and "***" not in json.dumps(v) and v is not None}


def _check_write(
    cli: Cli, collection: Collection, operation: str, first: dict[str, Any] | None, tmp_path: Path
) -> None:
    target = [] if operation == "create" else [first["id"] if first else "no-such-id"]
    code, _, err = cli(collection.command, operation, *target)
    assert code == 2 and "needs --set KEY=VALUE or --json FILE" in err  # nothing to send: nothing sent
    values = _copy(collection, operation, first)
    document = tmp_path / "values.json"
    document.write_text(json.dumps(values), encoding="utf-8")
    plain = next((k for k, v in values.items() if collection.fields[k].kind in PLAIN and isinstance(v, str)), None)
    sets = ["--set", f"{plain}={values[plain]}"] if plain else []
    code, out, err = cli("--output", "json", collection.command, operation, *target, "--json", str(document), *sets)
    if not values:  # nothing to copy: the command says what it sets
        assert code == 2 and f"{operation} sets:" in err, err
        return
    assert code == 0 or _refused_by_the_api(code, err) or _refused_before_sending(code, err), err
    if code == 0:
        written = json.loads(out)
        assert written["type"] == collection.type
        differ = {k: (v, written.get(k)) for k, v in values.items() if written.get(k, v) != v}
        assert not {k for k in differ if not collection.fields[k].is_relationship}, differ


def _check_delete(cli: Cli, collection: Collection, first: dict[str, Any] | None) -> None:
    code, _, err = cli(collection.command, "delete", first["id"] if first else "no-such-id")
    assert code == 0 or _refused_by_the_api(code, err), err
    if code == 0 and first is not None and "find" in collection.operations:
        code, _, err = cli(collection.command, "show", first["id"])
        assert code == 3 and "HTTP 404" in err


def _check_wait(cli: Cli, collection: Collection, first: dict[str, Any] | None) -> None:
    assert collection.wait is not None and first is not None
    attribute, final = collection.wait
    code, out, err = cli("--output", "json", collection.command, "wait", first["id"], "--timeout", "0.5")
    if code == 0:
        assert json.loads(out)[attribute] in final
    else:  # still pending in the fake's seed: a timeout, exit 4, on one line naming the status
        assert code == 4 and err.count("\n") == 1 and "still" in err, err


@pytest.mark.parametrize("version", VERSIONS)
def test_the_command_groups_are_the_clients_repositories_with_their_methods(version: str) -> None:
    client_class = importlib.import_module(f"didww_gen.{package_name(version)}").DidwwClient
    client = client_class(api_key="k")
    table = load(version)
    repositories = {name for name in dir(client) if type(getattr(client, name, None)).__name__.endswith("Repository")}
    assert {c.path for c in table.collections.values()} == repositories
    for name, collection in table.collections.items():
        assert name == collection.path.replace("_", "-")
        repository = getattr(client, collection.path)
        methods = {op for op in ("list", "find", "create", "update", "delete") if hasattr(repository, op)}
        assert set(collection.operations) == methods, name
        assert (collection.wait is not None) == hasattr(repository, "wait"), name
    client.close()
