"""The command tree of one API version, built from its table: one group per collection (``dids``,
``voice-in-trunks``, ...) with exactly the collection's operations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click
from click.shell_completion import CompletionItem

from didww_gen._kinds import kind_named
from didww_gen.cli._output import FORMATS
from didww_gen.cli._parsing import check_includes, check_sorts, parse_filters, parse_values, read_document
from didww_gen.cli._table import Collection, Table

Run = Callable[[click.Context], Any]
VERBS = {"find": "show"}


def _complete(values: Callable[[Collection, Table, str], list[str]]) -> Callable[..., list[CompletionItem]]:
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        from didww_gen.cli._app import context_table

        collection: Collection = ctx.command.collection  # type: ignore[attr-defined]
        return [
            CompletionItem(v) for v in values(collection, context_table(ctx), incomplete) if v.startswith(incomplete)
        ]

    return complete


def _pairs(keys: dict[str, str], table: Table, incomplete: str) -> list[str]:
    """``KEY=`` for each key, then ``KEY=VALUE`` for the values of an enum or boolean key."""
    key, equals, _ = incomplete.partition("=")
    if not equals:
        return [f"{k}=" for k in keys]
    kind = keys.get(key, "")
    declared = kind_named(kind.rpartition(":")[2])
    values = table.enum_values(kind) or (declared.cli_choices if declared is not None else ())
    return [f"{key}={v}" for v in values]


def _filter_keys(collection: Collection, table: Table, incomplete: str) -> list[str]:
    return _pairs({k: kind for k, (kind, _) in collection.filters.items()}, table, incomplete)


def _set_keys(operation: str) -> Callable[[Collection, Table, str], list[str]]:
    def keys(collection: Collection, table: Table, incomplete: str) -> list[str]:
        return _pairs({k: f.kind for k, f in collection.writable(operation).items()}, table, incomplete)

    return keys


def _includes(collection: Collection, table: Table, incomplete: str) -> list[str]:
    return list(collection.includes)


def _sorts(collection: Collection, table: Table, incomplete: str) -> list[str]:
    return [*collection.sorts, *(f"-{s}" for s in collection.sorts)]


class CollectionCommand(click.Command):
    """A command that knows its collection (for completion)."""

    def __init__(self, collection: Collection, *args: Any, **kwargs: Any) -> None:
        kwargs["params"] = [*kwargs.get("params", ()), *_output_options()]
        super().__init__(*args, **kwargs)
        self.collection = collection


def _output_options() -> list[click.Parameter]:
    """``--output`` and ``--reveal-secrets`` after the command too (``didww dids list --output json``)."""
    return [
        click.Option(
            ["--output", "-o"], type=click.Choice(FORMATS), help="table, json, jsonl or csv (as didww --output)"
        ),
        click.Option(["--reveal-secrets"], is_flag=True, help="show secret values in clear"),
    ]


def _id_argument(collection: Collection) -> list[click.Parameter]:
    return [] if collection.singleton else [click.Argument(["id"], metavar="ID")]


def _repeatable(
    flags: list[str], metavar: str, help: str, values: Callable[[Collection, Table, str], list[str]]
) -> click.Option:
    """An option given any number of times, completed from ``values``."""
    return click.Option(flags, multiple=True, metavar=metavar, help=help, shell_complete=_complete(values))


def _include_option(collection: Collection) -> list[click.Parameter]:
    if not collection.includes:
        return []
    help = "a related resource to load (repeatable): " + ", ".join(collection.includes)
    return [_repeatable(["--include"], "PATH", help, _includes)]


def _list(collection: Collection, run: Run) -> click.Command:
    params: list[click.Parameter] = []
    if collection.filters:
        help = "filter (repeatable; comma-separated values for an array filter): " + ", ".join(collection.filters)
        params.append(_repeatable(["--filter"], "KEY=VALUE", help, _filter_keys))
    params += _include_option(collection)
    if collection.sorts:
        help = "sort by (repeatable; -FIELD descending): " + ", ".join(collection.sorts)
        params.append(_repeatable(["--sort"], "FIELD", help, _sorts))
    if collection.paginated:
        params += [
            click.Option(["--page-size"], type=click.IntRange(1), help="items per page"),
            click.Option(["--page"], type=click.IntRange(1), help="the page number (default 1)"),
            click.Option(["--all", "every_page"], is_flag=True, help="every page, fetched as they are written"),
        ]
    return CollectionCommand(
        collection, "list", params=params, callback=_runner(run), help=f"List {collection.command}."
    )


def _show(collection: Collection, run: Run) -> click.Command:
    params = [*_id_argument(collection), *_include_option(collection)]
    what = f"the {collection.command}" if collection.singleton else f"one of {collection.command} by id"
    return CollectionCommand(collection, "show", params=params, callback=_runner(run), help=f"Show {what}.")


def _write(collection: Collection, operation: str, run: Run) -> click.Command:
    writable = collection.writable(operation)
    params = [*(_id_argument(collection) if operation == "update" else [])]
    help = "a field (repeatable; null, enum values, relationships by id): " + (", ".join(writable) or "none")
    params += [
        _repeatable(["--set", "sets"], "KEY=VALUE", help, _set_keys(operation)),
        click.Option(["--json", "document"], metavar="FILE|-", help="the fields as one JSON object (- : stdin)"),
    ]
    verb = "Create one of" if operation == "create" else "Update one of"
    return CollectionCommand(
        collection, operation, params=params, callback=_runner(run), help=f"{verb} {collection.command}."
    )


def _runner(run: Run) -> Callable[..., Any]:
    def callback(**_: Any) -> Any:
        return run(click.get_current_context())

    return callback


def _delete(collection: Collection, run: Run) -> click.Command:
    return CollectionCommand(
        collection,
        "delete",
        params=_id_argument(collection),
        callback=_runner(run),
        help=f"Delete one of {collection.command}.",
    )


def _wait(collection: Collection, run: Run) -> click.Command:
    assert collection.wait is not None
    attribute, final = collection.wait
    params = [
        *_id_argument(collection),
        click.Option(
            ["--timeout", "wait_timeout"],
            type=click.FloatRange(min=0, min_open=True),
            default=600.0,
            show_default=True,
            help="seconds",
        ),
    ]
    return CollectionCommand(
        collection,
        "wait",
        params=params,
        callback=_runner(run),
        help=f"Wait until {attribute} is {' or '.join(final)}.",
    )


def _download(collection: Collection, run: Run) -> click.Command:
    params = [
        click.Argument(["id"], metavar="ID"),
        click.Argument(["file"], metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True)),
        click.Option(["--decompress"], is_flag=True, help="gunzip while downloading (a .csv instead of .csv.gz)"),
    ]
    return CollectionCommand(
        collection,
        "download",
        params=params,
        callback=_runner(run),
        help="Download a completed export to FILE (- : stdout).",
    )


def collection_group(collection: Collection) -> click.Group:
    """The group of one collection, its commands those of the collection's operations."""
    from didww_gen.cli._app import run_collection

    group = click.Group(collection.command, help=f"{collection.summary}.", short_help=collection.summary)
    if collection.singleton and "find" in collection.operations:  # `didww balance` is `didww balance show`
        group = _singleton_group(collection, _show(collection, run_collection))
    builders = {
        "list": _list,
        "find": _show,
        "create": lambda c, r: _write(c, "create", r),
        "update": lambda c, r: _write(c, "update", r),
        "delete": _delete,
    }
    for operation in collection.operations:
        group.add_command(builders[operation](collection, run_collection))
    if collection.wait is not None:
        group.add_command(_wait(collection, run_collection))
    if collection.path == "exports" and "find" in collection.operations:
        group.add_command(_download(collection, run_collection))
    return group


def _singleton_group(collection: Collection, show: click.Command) -> click.Group:
    """The group of a singleton, which shows it when no command follows."""

    def callback(output: str | None, reveal_secrets: bool) -> None:
        ctx = click.get_current_context()
        if ctx.invoked_subcommand is None:
            args = [*(["--output", output] if output else []), *(["--reveal-secrets"] if reveal_secrets else [])]
            with show.make_context("show", args, parent=ctx) as shown:
                show.invoke(shown)

    help = f"{collection.summary}: shown without a command."
    return click.Group(
        collection.command,
        params=_output_options(),
        callback=callback,
        invoke_without_command=True,
        help=help,
        short_help=collection.summary,
    )


def arguments(ctx: click.Context, table: Table) -> dict[str, Any]:
    """The command's options, checked against the table: the repository call's arguments."""
    command: CollectionCommand = ctx.command  # type: ignore[assignment]
    collection, params = command.collection, ctx.params
    name = command.name or ""
    if name == "list":
        query: dict[str, Any] = {}
        if params.get("filter"):
            query["filter"] = parse_filters(table, collection, params["filter"])
        if params.get("include"):
            query["include"] = check_includes(collection, params["include"])
        if params.get("sort"):
            query["sort"] = check_sorts(collection, params["sort"])
        for key, option in (("page_size", "page_size"), ("page_number", "page")):
            if params.get(option) is not None:
                query[key] = params[option]
        return {"query": query, "every_page": bool(params.get("every_page"))}
    if name == "show":
        return {"id": params.get("id"), "include": check_includes(collection, params.get("include") or ())}
    if name in ("create", "update"):
        document = read_document(params.get("document"), collection, params.get("id"))
        values = parse_values(table, collection, name, params.get("sets") or (), document)
        return {"operation": name, "id": params.get("id"), "values": values}
    if name == "wait":
        return {"id": params["id"], "timeout": params["wait_timeout"]}
    if name == "download":
        return {"id": params["id"], "destination": params["file"], "decompress": params["decompress"]}
    return {"id": params["id"]}
