"""``didww``: the root group, its global options, the extra commands and ``main`` (exit codes).

The collections' groups are built on demand from the chosen version's table (``--api-version``, else the
version ``didww_gen`` re-exports), so ``didww --help`` and completion import no generated package.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from typing import Any

import click

from didww_gen._api import available_versions
from didww_gen.cli import _errors
from didww_gen.cli._output import FORMATS, default_format
from didww_gen.cli._run import Command, Settings
from didww_gen.cli._table import Table, load

EXTRA = ("fake", "webhooks")


def context_table(ctx: click.Context) -> Table:
    """The table of the version the command line names (the root's ``--api-version``)."""
    root = ctx.find_root()
    return load(root.params.get("api_version"))


def _settings(ctx: click.Context) -> Settings:
    settings = ctx.find_root().obj
    return settings if isinstance(settings, Settings) else Settings()


def run_collection(ctx: click.Context) -> None:
    """Run a collection command: options checked against the table, then the repository call."""
    from didww_gen.cli._commands import arguments

    table = context_table(ctx)
    settings = _settings(ctx)
    settings.output = ctx.params.get("output") or settings.output
    settings.reveal_secrets = bool(settings.reveal_secrets or ctx.params.get("reveal_secrets"))
    collection = ctx.command.collection  # type: ignore[attr-defined]
    command = Command(settings, table, collection, settings.output or default_format(sys.stdout))
    name = ctx.command.name or ""
    method = getattr(command, {"list": "listing", "create": "write", "update": "write"}.get(name, name))
    method(**arguments(ctx, table))


class Root(click.Group):
    """The root group: the collections of the chosen version, then ``fake`` and ``webhooks``."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*sorted(context_table(ctx).collections), *EXTRA]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name == "fake":
            return fake
        if name == "webhooks":
            return webhooks
        collection = context_table(ctx).collections.get(name)
        if collection is None:
            return None
        from didww_gen.cli._commands import collection_group

        return collection_group(collection)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if not ctx.resilient_parsing and self.get_command(ctx, name) is None and not name.startswith("-"):
            known = ", ".join(self.list_commands(ctx))
            raise click.UsageError(f"no command {name!r} (API {context_table(ctx).version}); commands: {known}", ctx)
        return super().resolve_command(ctx, args)


def _store(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    settings = ctx.ensure_object(Settings)
    if param.name is not None:
        setattr(settings, param.name, value)
    return value


def _version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from didww_gen._version import __version__

        click.echo(f"didww (didww-gen {__version__}); API versions: {', '.join(available_versions())}")
        ctx.exit()


@click.group(cls=Root, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.option(
    "--api-key",
    envvar="DIDWW_API_KEY",
    metavar="KEY",
    callback=_store,
    expose_value=False,
    help="the API key [env DIDWW_API_KEY]",
)
@click.option(
    "--environment",
    envvar="DIDWW_ENVIRONMENT",
    type=click.Choice(["sandbox", "production"], case_sensitive=False),
    callback=_store,
    expose_value=False,
    help="where the API is served [env DIDWW_ENVIRONMENT; default sandbox]",
)
@click.option(
    "--base-url",
    envvar="DIDWW_BASE_URL",
    metavar="URL",
    callback=_store,
    expose_value=False,
    help="the API root URL, wins over --environment [env DIDWW_BASE_URL]",
)
@click.option(
    "--api-version",
    type=click.Choice(available_versions()),
    callback=_store,
    is_eager=True,  # before an eager --help, which lists this version's collections
    help="the API version (default: the latest)",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    callback=_store,
    expose_value=False,
    help="seconds per request",
)
@click.option(
    "--max-retries",
    type=click.IntRange(0),
    callback=_store,
    expose_value=False,
    help="retries of 429, 5xx and connection failures (default 2)",
)
@click.option(
    "--output",
    "-o",
    type=click.Choice(FORMATS),
    callback=_store,
    expose_value=False,
    help="default: table on a terminal, json otherwise",
)
@click.option(
    "--debug", is_flag=True, callback=_store, expose_value=False, help="log the requests; a traceback on errors"
)
@click.option("--reveal-secrets", is_flag=True, callback=_store, expose_value=False, help="show secret values in clear")
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_version, help="show the version and exit"
)
def root(api_version: str | None) -> None:
    """The DIDWW API v3 on the command line: one command group per collection.

    \b
    didww dids list --filter number=1609 --include voice_in_trunk
    didww voice-in-trunks update ID --set capacity_limit=20
    didww balance
    """


@root.group()
def webhooks() -> None:
    """DIDWW callbacks (webhooks)."""


@webhooks.command()
@click.option(
    "--secret", envvar="DIDWW_API_KEY", required=True, help="your API key, which signs callbacks [env DIDWW_API_KEY]"
)
@click.option("--url", required=True, help="the full URL the callback was sent to")
@click.option("--signature", required=True, help="the X-DIDWW-Signature header")
@click.argument("payload", required=False, metavar="[PAYLOAD_FILE|-]")
def verify(secret: str, url: str, signature: str, payload: str | None) -> None:
    """Check a callback's signature: exit 0 when valid, 1 when not.

    PAYLOAD_FILE holds the callback's parameters as a JSON object or form-encoded (a=1&b=2); - reads stdin;
    none: a callback without parameters.
    """
    from didww_gen.cli._webhooks import verify_signature

    valid = verify_signature(secret, url, signature, payload)
    click.echo("valid" if valid else "invalid signature", err=not valid)
    if not valid:
        raise click.exceptions.Exit(_errors.INVALID)


@root.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.pass_context
def fake(ctx: click.Context) -> None:
    """Serve the fake DIDWW API on loopback (python -m didww_gen.testing): [--port N] [options] [-- COMMAND ...]."""
    from didww_gen.testing.__main__ import main as fake_main

    raise click.exceptions.Exit(fake_main(list(ctx.args)))


def run(argv: Sequence[str] | None = None, *, transport: Any = None) -> int:
    """``didww`` with ``argv``; every error becomes one line and an exit code (see ``didww_gen.cli.main``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["fake"]:  # everything after it is the fake's, `--` included
        from didww_gen.testing.__main__ import main as fake_main

        return fake_main(args[1:])
    settings = Settings(transport=transport)
    try:
        result = root.main(args=args, prog_name="didww", standalone_mode=False, obj=settings)
        if isinstance(result, int):  # an Exit raised inside (webhooks verify: 1), returned by click
            return result
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.exceptions.Abort:
        print("didww: interrupted", file=sys.stderr)
        return _errors.INTERRUPTED
    except click.ClickException as exc:
        return _refused(exc)
    except BaseException as exc:
        return _failed(exc, settings.debug)
    return _errors.OK


def _refused(exc: click.ClickException) -> int:
    """A command line click refused (a usage error, a bad parameter): one line on stderr, and its exit code."""
    if type(exc).__name__ == "NoArgsIsHelpError":  # `didww`, `didww dids`: the help, as click shows it
        print(exc.format_message(), file=sys.stderr)
        return _errors.USAGE
    command = f" (see: {exc.ctx.command_path} --help)" if isinstance(exc, click.UsageError) and exc.ctx else ""
    print(f"didww: {_errors.one_line(exc.format_message())}{command}", file=sys.stderr)
    return _errors.USAGE if isinstance(exc, click.UsageError) else exc.exit_code


def _failed(exc: BaseException, debug: bool) -> int:
    if isinstance(exc, SystemExit):
        raise exc
    try:
        code, message = _errors.classify(exc)
    except BaseException:
        if debug:
            raise
        print(
            f"didww: internal error ({type(exc).__name__}); run again with --debug for the traceback", file=sys.stderr
        )
        return 1
    if debug:
        traceback.print_exception(exc)
    print(f"didww: {message}", file=sys.stderr)
    return code
