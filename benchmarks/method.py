"""What each side of ``make bench`` does: the "What each side does" section of ``results.md``."""

SIDES = """\
Both SDKs run the same public calls over in-process transports that answer with the same bytes,
each in its own interpreter (`worker.py`): didww_gen in the project venv (`.venv`), the official SDK and
msgspec in the bench venv (`benchmarks/.venv`, `didww==3.2.0` and `msgspec==0.22.0` pinned in
`benchmarks/requirements.txt`; neither is ever a dependency of didww_gen).

- **Shapes** (1), synthesized from the reference's examples with unique ids (`payloads.py`): (a) and (c)
  `Get DIDs` with `include=order`, each DID with its own order and the order's DID item; (b) available
  DIDs with `include=did_group,did_group.stock_keeping_units`, one DID group per ten DIDs, two SKUs each;
  (d) `Get Voice IN Trunks`, SIP trunks with their whole SIP configuration; (e) `Get DID`, one DID.
- **didww_gen**: `DidwwClient(http_client=httpx.Client(transport=httpx.MockTransport(...)))`, then
  `client.dids.list(include=["order"]).data` (a, c), `client.available_dids.list(include=["did_group",
  "did_group.stock_keeping_units"]).data` (b), `client.voice_in_trunks.list().data` (d),
  `client.dids.find(id)` (e, and 2 with `client.dids.update(did)`). The body is validated by pydantic-core
  (the fast path: a document validator per type and include set, built on first use), a body above 512 KiB a
  slice of about 256 KiB of resources at a time; then relationships are linked and the models marked loaded
  (copy-on-write change tracking), in one Python pass.
- **didww 3.2.0**: `DidwwClient(...)` with an in-process `requests` adapter mounted on its session
  (`client._session.mount`: the client copies any session it is given into a new one), then the same
  calls (`client.dids().list(QueryParams().include("order")).data`, ...): `response.json()`, then
  jsonapi-requests' `JsonApiResponse.from_data` and `Model.from_response_content`, which wrap the dicts
  and resolve relationships from `included`; attributes, order items and trunk configurations are read
  from the dicts on access.
- **Reads** (the same code for both SDKs, `common.py`; every side must produce the same checksum, or the run
  fails): (a, c) each DID's `number`, `created_at`, `order.amount` and every `order.items[*].qty` and
  `.nrc`; (b) `number`, `did_group.prefix` and every `did_group.stock_keeping_units[*].monthly_price`;
  (d) `name`, `created_at`, `priority`, `weight`, `configuration.host` and `configuration.codec_ids`;
  (e) `number`, `created_at`, `capacity_limit`.
- **Floors** (1): `json.loads` of the same bytes; **msgspec** (`side_msgspec.py`): one typed
  `msgspec.json.Decoder` per document of Structs declaring every attribute the documents carry (dates,
  datetimes, decimals; order items and trunk configurations as tagged unions; enum values as `str`),
  then the included resources linked to the relationships that name them, then the same reads through
  the Structs' `attributes` (no HTTP: the bytes are decoded directly). (2) raw httpx: the two requests
  didww_gen sends (recorded once: same URL, headers and body bytes) sent by a bare `httpx.Client` over the
  same in-process server, each answer read with `response.json()`. (3) `import httpx, pydantic`.
- **One-shot script** (4, `one_shot.py`): a fresh process imports the SDK, builds a client over the
  in-process transport and `find`s one DID (e); the script's time runs from before the import to after
  the reads (interpreter start excluded: the same for both); the memory is the resident set (`VmRSS`)
  after the first `find` minus before it, which for a 4 KB document is what the first call loads and builds.
- **Memory** (5): each figure from a fresh process (median of several); the baseline is the peak RSS
  (`VmHWM`) after the imports, the client and reading the response bytes from disk, the peak is after
  the call and the reads. The target compares the increments (peak minus baseline) of the first call
  in the process: what the call costs, including what it loads on first use (for didww_gen, pydantic's
  model machinery, the model classes and their validators). The second figure runs the same call in a
  process that first made the same call on a tiny body (1 DID; 10 available DIDs): what the data costs.
- **Export** (6): `client.download_export(url, path, decompress=...)` of a generated gzip export
  streamed by an in-process transport, in a fresh process; the baseline only imports and builds the client.
- **Retained pages** (7): in a worker of its own, shape (a) is decoded while the 20 pages decoded before
  it stay alive (a window of the last 20: the oldest is dropped as a new one arrives), as an application
  that keeps pages does; the clean heap runs the same call in another worker that keeps nothing. Each
  sample is the mean of several decodes, so that the garbage collector's full collections are in it.
"""
