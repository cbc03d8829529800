"""The slice's read operations, against response bodies of the reference collection."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from conftest import Recorder, jsonapi
from spec_editing import VERSION

from codegen.fixtures import example
from didww_gen import Page
from didww_gen.errors import DidwwClientError
from didww_gen.v2026_04_16 import API_VERSION, DidwwClient
from didww_gen.v2026_04_16.enums import CliFormat, Codec, Feature, TransportProtocol
from didww_gen.v2026_04_16.models import (
    MODELS,
    Balance,
    Country,
    Did,
    DidGroup,
    PstnConfiguration,
    Region,
    SipConfiguration,
    StockKeepingUnit,
    VoiceInTrunk,
    VoiceInTrunkGroup,
)


def test_headers_on_every_request(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Balance")
    client.balance.find()
    headers = recorder.last.headers
    assert headers["Api-Key"] == "test-key-123"
    assert headers["Accept"] == "application/vnd.api+json"
    assert headers["X-DIDWW-API-Version"] == API_VERSION == VERSION
    assert headers["User-Agent"].startswith("didww-gen/")
    assert "Content-Type" not in headers  # no body, no content type


def test_public_keys_are_fetched_without_api_key(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Public Keys")
    keys = list(client.public_keys.list())
    assert len(keys) == 2 and all(k.key and k.key.startswith("-----BEGIN PUBLIC KEY-----") for k in keys)
    assert "Api-Key" not in recorder.last.headers
    assert recorder.last.url.path == "/v3/public_keys"


def test_balance_singleton(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Balance")
    balance = client.balance.find()
    assert recorder.last.url.path == "/v3/balance"
    assert isinstance(balance, Balance)
    assert balance.total_balance == Decimal("60.00") and balance.credit == Decimal("10.00")


def test_countries_list_with_filters_and_sort(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Countries")
    page = client.countries.list(filter={"name": ["Canada", "Malta"], "is_available": True}, sort=["-name", "iso"])
    params = recorder.last.url.params
    assert params["filter[name]"] == "Canada,Malta"
    assert params["filter[is_available]"] == "true"
    assert params["sort"] == "-name,iso"
    expected = json.loads(example("Get Countries").body)["data"]
    assert [c.iso for c in page.data] == [c["attributes"]["iso"] for c in expected]
    assert all(isinstance(c, Country) for c in page.data)


def test_region_includes_country(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Regions", "200 OK (Include country resource)")
    page = client.regions.list(include="country")
    assert recorder.last.url.params["include"] == "country"
    region = page.data[0]
    assert isinstance(region, Region) and isinstance(region.country, Country)
    assert region.country.name  # the included object, not a bare reference
    assert region.is_loaded("country")


def test_did_find_with_included_did_group(client: DidwwClient, recorder: Recorder) -> None:
    ex = example("Get DID", "200 Ok (Request with did_group include)")
    recorder.serve_example(ex.request, ex.name)
    raw = json.loads(ex.body)
    did = client.dids.find(raw["data"]["id"], include="did_group")
    assert recorder.last.url.path == f"/v3/dids/{raw['data']['id']}"
    assert isinstance(did, Did) and did.number == raw["data"]["attributes"]["number"]
    assert did.created_at == dt.datetime(2017, 6, 25, 8, 21, 41, 795000, tzinfo=dt.timezone.utc)
    assert (
        isinstance(did.did_group, DidGroup) and did.did_group.area_name == raw["included"][0]["attributes"]["area_name"]
    )
    assert did.did_group.features == [Feature.VOICE_IN]
    assert not did.is_loaded("voice_in_trunk")  # not included: unset, and reading it says how to load it
    with pytest.raises(DidwwClientError, match=r"Did\.voice_in_trunk was not included .*include="):
        print(did.voice_in_trunk)


def test_nested_include_path_resolves_and_shares_objects(client: DidwwClient, recorder: Recorder) -> None:
    """did_group.stock_keeping_units: relationships of included objects resolve too, one object per (type, id)."""
    group = json.loads(example("Get DID Groups", "200 OK (Filter by city.id, prefix - Include sku_id)").body)
    did_doc = json.loads(example("Get DID", "200 Ok (Request with did_group include)").body)
    first_group = group["data"][0]
    linkage = {"type": "did_groups", "id": first_group["id"]}
    dids = []
    for n in range(2):
        item = json.loads(json.dumps(did_doc["data"]))
        item["id"] = f"did-{n}"
        item["relationships"]["did_group"]["data"] = linkage
        dids.append(item)
    body = {"data": dids, "included": [first_group, *group["included"]], "meta": {"total_records": 2}}
    recorder.serve(jsonapi(200, body))
    page = client.dids.list(include=["did_group.stock_keeping_units"])
    assert recorder.last.url.params["include"] == "did_group.stock_keeping_units"
    a, b = page.data
    assert a.did_group is b.did_group  # one object per (type, id)
    skus = a.did_group.stock_keeping_units if a.did_group else None
    assert skus and all(isinstance(s, StockKeepingUnit) for s in skus)
    assert {s.id for s in skus} == {d["id"] for d in first_group["relationships"]["stock_keeping_units"]["data"]}
    assert page.meta.total_records == 2


def test_voice_in_trunks_polymorphic_configuration(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Voice IN Trunks")
    raw = json.loads(example("Get Voice IN Trunks").body)["data"]
    trunks = client.voice_in_trunks.list(include="pop").data
    sip, pstn = trunks[0].configuration, trunks[1].configuration
    assert isinstance(sip, SipConfiguration) and isinstance(pstn, PstnConfiguration)
    assert sip.codec_ids == [Codec.PCMU, Codec.G723] and sip.transport_protocol_id is TransportProtocol.UDP
    assert trunks[0].cli_format is CliFormat.E164
    assert pstn.dst == raw[1]["attributes"]["configuration"]["attributes"]["dst"]
    secret = raw[0]["attributes"]["configuration"]["attributes"]["auth_password"]
    assert f"auth_password={secret!r}" not in repr(trunks[0]) and "auth_password='***'" in repr(trunks[0])


def test_voice_in_trunk_group_to_many_and_meta(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Voice In Trunk Groups", "200 OK (Included Trunks)")
    group = client.voice_in_trunk_groups.list(include="voice_in_trunks").data[0]
    assert isinstance(group, VoiceInTrunkGroup)
    assert group.voice_in_trunks and all(isinstance(t, VoiceInTrunk) and t.name for t in group.voice_in_trunks)
    assert group.meta is not None and group.meta.trunks_count == len(group.voice_in_trunks)


def test_pagination_follows_links_lazily(client: DidwwClient, recorder: Recorder) -> None:
    one = json.loads(example("Get Countries").body)
    first = {
        **one,
        "data": one["data"][:1],
        "links": {"next": "https://api.didww.com/v3/countries?page%5Bnumber%5D=2&page%5Bsize%5D=1"},
    }
    second = {**one, "data": one["data"][1:2], "links": {"next": None}}
    recorder.serve(jsonapi(200, first), jsonapi(200, second))
    page = client.countries.list()
    assert len(recorder.requests) == 1 and page.has_next_page()
    items = iter(page)
    assert next(items).id == one["data"][0]["id"]
    assert len(recorder.requests) == 1  # nothing fetched before the iteration needs it
    assert next(items).id == one["data"][1]["id"]
    assert len(recorder.requests) == 2
    assert recorder.last.url.host == "sandbox-api.didww.com"  # the next link's query, on the client's own base URL
    assert recorder.last.url.params["page[number]"] == "2"
    assert list(items) == []
    assert isinstance(page, Page)


def test_page_number_and_size_are_encoded(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get DIDs")
    client.dids.list(page_number=3, page_size=50, filter={"terminated": False})
    params = recorder.last.url.params
    assert (params["page[number]"], params["page[size]"], params["filter[terminated]"]) == ("3", "50", "false")


def test_unknown_values_are_kept(client: DidwwClient, recorder: Recorder) -> None:
    doc = json.loads(example("Get Voice IN Trunk", None).body)
    doc["data"]["attributes"]["brand_new_attribute"] = {"x": 1}
    doc["data"]["attributes"]["cli_format"] = "future_format"
    doc["included"] = [{"id": "n1", "type": "future_things", "attributes": {"a": 1}}]
    recorder.serve(jsonapi(200, doc))
    trunk = client.voice_in_trunks.find(doc["data"]["id"])
    assert trunk.unknown_attributes == {"brand_new_attribute": {"x": 1}}
    assert trunk.model_extra == {"brand_new_attribute": {"x": 1}}
    assert trunk.cli_format is not None and trunk.cli_format.value == "future_format" and not trunk.cli_format.is_known


def test_unknown_included_type_is_kept(client: DidwwClient, recorder: Recorder) -> None:
    doc = json.loads(example("Get DID", "200 Ok (Request with did_group include)").body)
    doc["data"]["relationships"]["did_group"]["data"] = {"type": "future_groups", "id": "g1"}
    doc["included"] = [{"id": "g1", "type": "future_groups", "attributes": {"name": "x"}}]
    recorder.serve(jsonapi(200, doc))
    did = client.dids.find(doc["data"]["id"], include="did_group")
    assert did.number  # decoding went on
    kept = did.__dict__["did_group"]
    assert kept.type == "future_groups" and kept.attributes == {"name": "x"}


def test_models_registry_maps_every_type() -> None:
    assert MODELS["dids"] is Did and Did.TYPE == "dids"
    assert set(MODELS) >= {
        "countries",
        "regions",
        "balances",
        "did_groups",
        "stock_keeping_units",
        "dids",
        "voice_in_trunks",
        "voice_in_trunk_groups",
    }
    assert all(t == MODELS[t].TYPE for t in MODELS)


@pytest.mark.parametrize(
    "path", ["countries", "regions", "did_groups", "dids", "voice_in_trunks", "voice_in_trunk_groups", "balance"]
)
def test_every_repository_exists_on_the_client(client: DidwwClient, path: str) -> None:
    assert getattr(client, path)._path == path
