"""Running one command: the client of the chosen API version (loaded only now), the repository call, the output.

The generated package is resolved by name (``importlib``), like the rest of the runtime does through a
client's ``ApiVersion``: nothing here imports a generated module by name.
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass
from typing import Any

from didww_gen.cli._errors import UsageProblem
from didww_gen.cli._output import Writer, flat
from didww_gen.cli._table import Collection, Table


@dataclass
class Settings:
    """The global options (each also read from the environment the SDK reads)."""

    api_key: str | None = None
    environment: str | None = None
    base_url: str | None = None
    api_version: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    output: str | None = None
    debug: bool = False
    reveal_secrets: bool = False
    transport: Any = None  # an httpx transport (tests: the fake's, in-process)


def open_client(settings: Settings, table: Table) -> Any:
    """The version's ``DidwwClient``; a missing key says how to set one."""
    if not (settings.api_key or "").strip():
        raise UsageProblem(
            "no API key: pass --api-key KEY or export DIDWW_API_KEY (the key from the DIDWW API settings page; "
            "any key works with the fake: didww fake -- didww ...)"
        )
    if settings.debug:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s: %(message)s")
    package = importlib.import_module(table.package)
    options: dict[str, Any] = {"base_url": settings.base_url or None, "timeout": settings.timeout}
    if settings.max_retries is not None:
        options["max_retries"] = settings.max_retries
    if settings.environment:
        options["environment"] = package.Environment[settings.environment.upper()]
    if settings.transport is not None:
        import httpx

        options["http_client"] = httpx.Client(transport=settings.transport)
    return package.DidwwClient(settings.api_key, **options)


def model_class(table: Table, type_name: str) -> Any:
    return importlib.import_module(f"{table.package}.models").MODELS[type_name]


def build_model(table: Table, collection: Collection, values: dict[str, Any], id: str | None) -> Any:
    """The model to write: the values set (relationships as references), and the id of an update."""
    fields = collection.fields
    kwargs: dict[str, Any] = {} if id is None else {"id": id}
    for name, value in values.items():
        spec = fields[name]
        if spec.is_relationship:
            value = _reference(table, value)
        kwargs[spec.python] = value
    return model_class(table, collection.type)(**kwargs)


def _reference(table: Table, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [_reference(table, v) for v in value]
    type_name, id = value
    return model_class(table, type_name).ref(id)


@dataclass
class Command:
    """One collection command about to run."""

    settings: Settings
    table: Table
    collection: Collection
    fmt: str

    def _repository(self, client: Any) -> Any:
        return getattr(client, self.collection.path)

    def _show(self, model: Any) -> None:
        writer = Writer(self.fmt, self.collection, single=True)
        writer.rows([flat(model, self.collection, self.settings.reveal_secrets)])
        writer.close()

    def listing(self, query: dict[str, Any], every_page: bool) -> None:
        writer = Writer(self.fmt, self.collection)
        with open_client(self.settings, self.table) as client:
            page = self._repository(client).list(**query)
            while True:
                writer.rows(flat(m, self.collection, self.settings.reveal_secrets) for m in page.data)
                if not (every_page and page.has_next_page()):
                    break
                page = page.next_page()
        writer.close()

    def show(self, id: str | None, include: list[str]) -> None:
        with open_client(self.settings, self.table) as client:
            repository = self._repository(client)
            args = () if self.collection.singleton else (id,)
            model = repository.find(*args, include=include) if include else repository.find(*args)
            self._show(model)

    def write(self, operation: str, id: str | None, values: dict[str, Any]) -> None:
        if not values:
            allowed = ", ".join(self.collection.writable(operation)) or "nothing"
            raise UsageProblem(f"{operation} needs --set KEY=VALUE or --json FILE; {operation} sets: {allowed}")
        model = build_model(self.table, self.collection, values, id)
        with open_client(self.settings, self.table) as client:
            self._show(getattr(self._repository(client), operation)(model))

    def delete(self, id: str) -> None:
        with open_client(self.settings, self.table) as client:
            self._repository(client).delete(id)
        print(f"deleted {self.collection.command} {id}", file=sys.stderr)

    def wait(self, id: str, timeout: float) -> None:
        with open_client(self.settings, self.table) as client:
            self._show(self._repository(client).wait(id, timeout=timeout))

    def download(self, id: str, destination: str, decompress: bool) -> None:
        from didww_gen.cli._progress import progress_bar

        with open_client(self.settings, self.table) as client:
            export = self._repository(client).find(id)
            target: Any = sys.stdout.buffer if destination == "-" else destination
            with progress_bar(sys.stderr, f"{self.collection.command} {id}") as progress:
                written = client.download_export(export, target, decompress=decompress, progress=progress)
        if destination != "-":
            print(f"wrote {written} bytes to {destination}", file=sys.stderr)
