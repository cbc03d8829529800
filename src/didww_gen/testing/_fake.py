"""``FakeDidww``: one in-memory DIDWW API answering requests as the real one does, in one API version.

``handle()`` takes a request (method, URL, headers, body) and returns (status, headers, body); the httpx
transports and the loopback server in ``_server`` are thin adapters around it. State lives in a
``Store`` guarded by a lock, so the threaded server and concurrent async tests are safe.

The version served is a ``FakeSchema`` value (a version package's ``testing._schema.SCHEMA``): given to
the constructor, or set as ``SCHEMA`` by a version's subclass, whose ``CLIENT`` / ``ASYNC_CLIENT`` are
the clients ``client()`` / ``async_client()`` build.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Generic, cast
from urllib.parse import parse_qsl, urlsplit

import httpx
from typing_extensions import TypeVar  # PEP 696 defaults: a bare FakeDidww is FakeDidww[Any, Any]

from didww_gen.errors import DidwwClientError
from didww_gen.testing import _balance, _domain, _listing, _requests
from didww_gen.testing._answers import answer_of, stored_value, updated_value
from didww_gen.testing._checks import Write, check_write, read_data
from didww_gen.testing._delays import Delays
from didww_gen.testing._documents import resource_object
from didww_gen.testing._inverse import relink_all
from didww_gen.testing._keys import FakeKeys
from didww_gen.testing._problems import UNAUTHORIZED, Problem, bad_request, error, no_route, not_found
from didww_gen.testing._ratelimit import FairWindow, retry_after
from didww_gen.testing._requests import LOGGED_BODY as LOGGED_BODY  # the request log's cut (tests)
from didww_gen.testing._spec import Collection, FakeSchema
from didww_gen.testing._store import Record, Store
from didww_gen.testing._uploads import receive_upload
from didww_gen.testing._world import World

if TYPE_CHECKING:
    from didww_gen.testing._server import FakeServer

Answer = tuple[int, dict[str, str], bytes]
JSON_API = "application/vnd.api+json"
FAKE_BASE_URL = "https://didww.fake/v3"  # the base URL of the clients ``client()`` builds
_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NO_AUTH = {("GET", "public_keys")}
REQUEST_LOG = 10_000  # how many requests ``FakeDidww.requests`` keeps
ClientT = TypeVar("ClientT", default=Any)  # the version's DidwwClient
AsyncClientT = TypeVar("AsyncClientT", default=Any)  # the version's AsyncDidwwClient


class FakeDidww(Generic[ClientT, AsyncClientT]):
    """A stateful fake of the DIDWW API v3 in one API version, driven by the same spec as the SDK.

    A version's subclass (``FakeDidww[ItsClient, ItsAsyncClient]``) sets ``SCHEMA``, ``CLIENT`` and
    ``ASYNC_CLIENT``; ``schema=`` serves another ``FakeSchema`` (a request naming another version in
    ``X-DIDWW-API-Version`` is answered with a 400).

    ``api_key``: the only key accepted (default: any non-empty key). ``seed``: ``"reference"`` (the
    resources of the API reference's examples) or ``"empty"``. ``rate_limit``: requests per second per
    key, above which it answers 429. ``fail_rate``: the share of requests answered with an injected 500
    before anything is done. ``random_seed`` makes generated ids, numbers and failures repeatable.
    ``complete_after``: orders, exports and verifications stay pending for this many reads, then settle
    as ``outcome`` says (``"completed"`` or ``"failed"``), so waiting code can be tested. ``world``
    adds countries, DID groups with SKUs, available DIDs and proof types of a test's own.
    """

    SCHEMA: ClassVar[FakeSchema | None] = None
    """The API version a version's subclass serves (None: ``_default_schema()``)."""
    CLIENT: ClassVar[type[Any] | None] = None
    """The version's ``DidwwClient`` class, which ``client()`` builds (None: the default one)."""
    ASYNC_CLIENT: ClassVar[type[Any] | None] = None
    """The version's ``AsyncDidwwClient`` class, which ``async_client()`` builds (None: the default one)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        seed: str = "reference",
        rate_limit: float | None = None,
        fail_rate: float = 0.0,
        random_seed: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        complete_after: int | None = None,
        outcome: str = "completed",
        schema: FakeSchema | None = None,
    ) -> None:
        if not 0.0 <= fail_rate <= 1.0:
            raise DidwwClientError(
                f"fail_rate is the share of requests answered with a 500: between 0 and 1, got {fail_rate}"
            )
        if rate_limit is not None and rate_limit <= 0:
            raise DidwwClientError(
                f"rate_limit is requests per second per key: a positive number or None, got {rate_limit}"
            )
        self.schema = _schema_of(schema, type(self).SCHEMA)
        self.delays = Delays(complete_after, outcome)
        self.store = Store.seeded(self.schema, seed)
        self.world = World(self)
        self.rng = random.Random(random_seed)
        self.keys = FakeKeys(self.rng)
        self.export_files: dict[str, bytes] = {}
        self.uploaded_files: dict[str, bytes] = {}  # encrypted file id -> the decrypted content
        self.requests: deque[httpx.Request] = deque(maxlen=REQUEST_LOG)  # the latest requests received
        self.base_url = "https://sandbox-api.didww.com/v3"
        self._api_key = api_key
        self._rate_limit = rate_limit
        self._fail_rate = fail_rate
        self._clock = clock
        self._windows: dict[str, FairWindow] = {}
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        counts = sum(len(self.store.all(t)) for t in self.schema.collections)
        key = "fixed" if self._api_key else "any"
        return f"<{type(self).__name__} API {self.schema.version}, {counts} resources, api key {key}>"

    # -- ways in ----------------------------------------------------------------------------
    def transport(self) -> httpx.MockTransport:
        """An httpx transport answering from this fake: ``httpx.Client(transport=fake.transport())``."""
        return httpx.MockTransport(self._answer_httpx)

    def async_transport(self) -> httpx.MockTransport:
        """The same for ``httpx.AsyncClient`` (``AsyncDidwwClient(http_client=...)``)."""
        return httpx.MockTransport(self._answer_httpx)

    def client(self, api_key: str = "test-key", **options: Any) -> ClientT:
        """The version's ``DidwwClient`` wired to this fake in-process (options as the client takes them)."""
        made = type(self).CLIENT or _default_clients()[0]
        http = httpx.Client(transport=self.transport())
        return cast(ClientT, made(api_key=api_key, base_url=FAKE_BASE_URL, http_client=http, **options))

    def async_client(self, api_key: str = "test-key", **options: Any) -> AsyncClientT:
        """The version's ``AsyncDidwwClient`` wired to this fake in-process."""
        made = type(self).ASYNC_CLIENT or _default_clients()[1]
        http = httpx.AsyncClient(transport=self.async_transport())
        return cast(AsyncClientT, made(api_key=api_key, base_url=FAKE_BASE_URL, http_client=http, **options))

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
        """Start a loopback HTTP server on this fake (port 0: a free one); stop it with ``close()`` or ``with``."""
        from didww_gen.testing._server import FakeServer

        return FakeServer(self, host, port).start()

    def _answer_httpx(self, request: httpx.Request) -> httpx.Response:
        status, headers, body = self.handle(request.method, str(request.url), request.headers, request.content)
        return httpx.Response(status, headers=headers, content=body)

    # -- requests ---------------------------------------------------------------------------
    def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes) -> Answer:
        """Answer one request: (status, headers, body)."""
        lowered = {k.lower(): v for k, v in headers.items()}
        parts = urlsplit(url)
        prefix, _, path = parts.path.partition("/v3/")
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        with self._lock:
            self._log(method, url, lowered, body)
            self.base_url = f"{parts.scheme}://{parts.netloc}{prefix}/v3"
            try:
                _requests.check_headers(lowered)
                self._admit(method, path, lowered)
                self._check_version(lowered.get("x-didww-api-version", ""))
                return self._route(method, path.strip("/"), query, lowered, body)
            except Problem as problem:
                return problem.status, {"Content-Type": JSON_API, **problem.headers}, _dump(problem.document)
            except Exception as exc:  # a fake's bug is a 500 answer, never a dropped connection
                crash = [error(500, "Internal Server Error", f"The fake failed: {type(exc).__name__}.")]
                return 500, {"Content-Type": JSON_API}, _dump({"errors": crash})

    def _log(self, method: str, url: str, headers: dict[str, str], body: bytes) -> None:
        """Keep the request in ``requests`` (see ``_requests.logged``)."""
        logged = _requests.logged(method, url, headers, body)
        if logged is not None:
            self.requests.append(logged)

    def _admit(self, method: str, path: str, headers: dict[str, str]) -> None:
        """Injected failures, the rate limit and the API key, in the order a gateway checks them."""
        if self._fail_rate and self.rng.random() < self._fail_rate:
            raise Problem(500, [error(500, "Internal Server Error", "Injected failure (--fail-rate).")])
        key = headers.get("api-key", "")
        if self._rate_limit is not None:
            window = self._windows.setdefault(key, FairWindow(self._rate_limit, random.Random(key)))
            wait = window.admit(self._clock())
            if wait is not None:
                headers = {"Retry-After": retry_after(wait)}
                raise Problem(429, [{"status": "429", "detail": "Too Many Requests"}], headers)
        public = (method, path.strip("/")) in _NO_AUTH
        if not public and (not key or (self._api_key is not None and key != self._api_key)):
            raise UNAUTHORIZED

    def _check_version(self, asked: str) -> None:
        """A request naming another version (a date) is refused; without the header (or with a value that
        is not a date) it is served in this fake's version, as the API serves a key's configured one."""
        served = self.schema.version
        if asked != served and _VERSION.fullmatch(asked):
            raise bad_request(
                "Unsupported API version",
                f"This API serves version {served}, not {asked}: send X-DIDWW-API-Version: {served}, "
                f"or serve {asked} with that version's fake.",
            )

    def _route(self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: bytes) -> Answer:
        segments = path.split("/")
        if method == "GET" and len(segments) == 2 and segments[0] == "exports" and segments[1].endswith(".csv.gz"):
            return self._download(segments[1].removesuffix(".csv.gz"))
        uploading = method == "POST" and path == "encrypted_files" and self.schema.has("encrypted_files")
        if uploading and "multipart/" in headers.get("content-type", ""):
            record = receive_upload(self, headers["content-type"], body)
            return 201, {"Content-Type": "application/json"}, _dump(self._document(record, []))
        collection = self.schema.by_path.get(segments[0])
        id = segments[1] if len(segments) == 2 else None
        operation = _requests.operation(method, id is not None, collection)
        if collection is None or len(segments) > 2 or operation not in collection.operations:
            raise no_route(method, path)
        includes = _listing.include_paths(collection, query.get("include"))
        if collection.type == "public_keys":
            self._own_public_keys()
        if operation == "list":
            return self._list(collection, query, includes)
        if operation == "delete":
            assert id is not None
            self._delete(collection, id)
            return 204, {}, b""
        if operation == "find":
            record = self._find(collection, id)
            self.delays.on_read([record])
            return 200, {"Content-Type": JSON_API}, _dump(self._document(record, includes))
        record = self._write(collection, operation, id, body)
        status = 201 if operation == "create" else 200
        return status, {"Content-Type": JSON_API}, _dump(self._document(record, includes))

    # -- operations -------------------------------------------------------------------------
    def _find(self, collection: Collection, id: str | None) -> Record:
        found: Record | None
        if collection.singleton:
            found = _balance.current(self.store, self.rng)
        else:
            found = self.store.get(collection.type, id or "")
        if found is None:
            raise not_found(id or collection.path)
        return found

    def _list(self, collection: Collection, query: dict[str, str], includes: list[str]) -> Answer:
        records = self.store.all(collection.type)
        if collection.type == "available_dids":
            records = [r for r in records if r["id"] not in self.store.reserved]
        records = _listing.apply_filters(self.store, records, _listing.filter_params(collection, query))
        records = _listing.apply_sort(collection, records, query.get("sort"))
        page = _listing.paginate(collection, records, query, f"{self.base_url}/{collection.path}")
        self.delays.on_read(page.records)
        included = _listing.resolve_includes(self.store, page.records, includes)
        schema, base = self.schema, self.base_url
        document: dict[str, Any] = {"data": [resource_object(schema, r, base, included.shown(r)) for r in page.records]}
        if includes:
            document["included"] = [resource_object(schema, r, base, included.shown(r)) for r in included.records]
        document["meta"] = {
            **page.meta,
            **_domain.document_meta(self, collection.type, records),
            "api_version": schema.version,
        }
        if page.links:
            document["links"] = page.links
        return 200, {"Content-Type": JSON_API}, _dump(document)

    def _write(self, collection: Collection, operation: str, id: str | None, body: bytes) -> Record:
        current = self._find(collection, id) if operation == "update" else None
        data = read_data(body, collection, id)
        write = check_write(self.store, collection, data, operation, current)
        with self.store.transaction():
            record = self._new_record(collection, write) if current is None else self._changed(current, write)
            hooks = _domain.ON_CREATE if operation == "create" else _domain.ON_UPDATE
            for hook in hooks.get(collection.type, []):
                hook(self, record, write)
            _domain.check_unique_name(self, record)
            relink_all(self.store, current, record)
            self.store.put(record)
        return record

    def _delete(self, collection: Collection, id: str) -> None:
        record = self._find(collection, id)
        if collection.type in _domain.ON_DELETE:
            _domain.ON_DELETE[collection.type](self, record)
        relink_all(self.store, record, None)
        self.store.remove(collection.type, id)

    # -- records ----------------------------------------------------------------------------
    def _new_record(self, collection: Collection, write: Write) -> Record:
        attributes = {}
        for name, attr in collection.attributes.items():
            if name in write.attributes:
                attributes[name] = stored_value(self.schema.nested, write.attributes[name], attr.value)
            elif name == "created_at" and not attr.default:
                attributes[name] = _domain.timestamp(self.now())
            else:  # what the API answers (its default, the reference's value), else null as a placeholder
                attributes[name] = (answer_of(attr) or (None,))[0]
        record: Record = {"id": _domain.new_id(self.rng), "type": collection.type, "attributes": attributes}
        record["relationships"] = {
            name: {"data": write.relationships.get(name, [] if rel.to_many else None)}
            for name, rel in collection.relationships.items()
        }
        return record

    def _changed(self, current: Record, write: Write) -> Record:
        record = copy.deepcopy(current)
        collection = self.schema.collections[record["type"]]
        for name, value in write.attributes.items():
            record["attributes"][name] = updated_value(
                self.schema.nested, record["attributes"].get(name), value, collection.attributes[name].value
            )
        for name, data in write.relationships.items():
            self.store.link(record, name, data)
            if data:
                for other in collection.relationships[name].exclusive_with:
                    self.store.link(record, other, None)
        return record

    def _document(self, record: Record, includes: list[str]) -> dict[str, Any]:
        included = _listing.resolve_includes(self.store, [record], includes)
        schema, base = self.schema, self.base_url
        document: dict[str, Any] = {"data": resource_object(schema, record, base, included.shown(record))}
        if includes:
            document["included"] = [resource_object(schema, r, base, included.shown(r)) for r in included.records]
        document["meta"] = {"api_version": schema.version}
        return document

    # -- domain helpers (used by _domain and _dids) -----------------------------------------
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def balance(self) -> Record:
        return _balance.current(self.store, self.rng)

    def set_balance(self, amount: str | Decimal) -> None:
        """Set the account balance (the credit stays), e.g. before ordering on ``seed="empty"``."""
        with self._lock:
            _balance.set_amount(self.store, self.rng, amount)

    def charge(self, total: Decimal) -> None:
        _balance.charge(self.store, self.rng, total)

    def _own_public_keys(self) -> None:
        """Replace the seeded example keys with this fake's real key pair (once)."""
        if any(r["attributes"].get("key") == self.keys.pems[0] for r in self.store.all("public_keys")):
            return
        for record in self.store.all("public_keys"):
            self.store.remove("public_keys", record["id"])
        for pem in self.keys.pems:
            self.store.put({"id": _domain.new_id(self.rng), "type": "public_keys", "attributes": {"key": pem}})

    def _download(self, id: str) -> Answer:
        data = self.export_files.get(id)
        if data is None:
            raise not_found(id)
        return 200, {"Content-Type": "application/gzip"}, data


# -- the defaults: the one place naming a generated version ------------------------------------
def _default_schema() -> FakeSchema:
    """The version served when neither ``schema=`` nor a subclass's ``SCHEMA`` names one."""
    from didww_gen.testing import FakeDidww as Latest  # the generated re-export of the latest version's fake

    assert Latest.SCHEMA is not None
    return Latest.SCHEMA


def _default_clients() -> tuple[type[Any], type[Any]]:
    """The clients built when a subclass sets no ``CLIENT`` / ``ASYNC_CLIENT``."""
    from didww_gen import AsyncDidwwClient, DidwwClient

    return DidwwClient, AsyncDidwwClient


def _schema_of(given: object, declared: FakeSchema | None) -> FakeSchema:
    schema = given if given is not None else declared if declared is not None else _default_schema()
    if not isinstance(schema, FakeSchema):
        raise DidwwClientError(
            f"schema takes a FakeSchema (a version package's testing._schema.SCHEMA), got {type(schema).__name__}"
        )
    return schema


def _dump(document: dict[str, Any]) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode()
