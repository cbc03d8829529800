"""The ``didww`` command line: exit codes, one-line errors, value parsing, secrets, the extra commands, start-up.

In-process against the latest version's fake (``main(argv, transport=...)``), plus subprocess runs of the
installed script: against the loopback fake, for ``--help`` and for shell completion.
"""

from __future__ import annotations

import csv
import gzip
import importlib
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from didww_gen.cli import main
from didww_gen.v2026_04_16.testing import FakeDidww
from didww_gen.webhooks import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
VERSION = "2026-04-16"
SEEDED_PASSWORD = "password"  # the reference seed's SIP auth_password of its first voice-in trunk
DID = "1e0c45b1-1fea-4552-b41b-ffa9f5eb44c5"
TRUNK = "081ad751-d790-4e70-9c92-7c18f6b50a6d"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def fake() -> FakeDidww:
    return FakeDidww()


@pytest.fixture
def run(fake: FakeDidww, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    for name in ("DIDWW_API_KEY", "DIDWW_BASE_URL", "DIDWW_ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)

    def cli(*args: str, transport: Any = None, key: str | None = "k") -> tuple[int, str, str]:
        capsys.readouterr()
        given = ["--api-key", key] if key is not None else []
        code = main([*given, "--api-version", VERSION, *args], transport=transport or fake.transport())
        out, err = capsys.readouterr()
        return code, out, err

    return cli


def answering(reply: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(reply)


# -- exit codes and one-line errors ------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["dids", "list", "--nope"], "No such option '--nope'"),
        (["dids", "list", "--filter", "colour=red"], "dids has no filter 'colour'; filters: number, description"),
        (["dids", "list", "--filter", "number"], "--filter takes KEY=VALUE"),
        (["dids", "list", "--filter", "did_group.features=fax"], "'fax' is not one of voice_in, voice_out"),
        (["dids", "list", "--filter", "terminated=maybe"], "takes true or false"),
        (["dids", "list", "--include", "trunk"], "dids cannot include 'trunk'; includes: order, voice_in_trunk"),
        (["dids", "list", "--sort", "colour"], "dids cannot sort by 'colour'"),
        (["dids", "delete", DID], "No such command 'delete'"),
        (["telegrams", "list"], "no command 'telegrams'"),
        (["dids", "update", DID, "--set", "number=1"], "dids number is read-only; update sets:"),
        (["dids", "update", DID, "--set", "capacity_limit=ten"], "capacity_limit takes an integer, got 'ten'"),
        (["dids", "update", DID, "--set", "terminated=null"], "terminated cannot be null"),
        (["voice-in-trunks", "create", "--set", "cli_format=fancy"], "'fancy' is not one of raw, e164, local"),
        (["voice-in-trunks", "create", "--set", "name=x"], "VoiceInTrunk.configuration is required when creating"),
        (["exports", "create", "--set", "export_type=cdr_in"], "Export.filters is required when creating"),
        (["--output", "xml", "dids", "list"], "'xml' is not one of 'table', 'json', 'jsonl', 'csv'"),
        (["identities", "update", "x", "--set", "birth_date=1990-13-01"], "takes a date such as 2026-03-01"),
        (["proofs", "create", "--set", "entity=nobody"], "entity takes TYPE:ID, TYPE one of addresses, identities"),
        (["voice-out-trunks", "update", "x", "--set", "threshold_amount=lots"], "takes a decimal number"),
        (["voice-in-trunks", "update", "x", "--set", "configuration={"], "takes a JSON value here"),
    ],
)
def test_usage_errors_exit_2_on_one_line_before_anything_is_sent(run: Run, args: list[str], says: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    code, out, err = run(*args, transport=answering(refuse))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("didww: ") and says in err, err


def test_a_group_without_a_command_shows_its_help_and_exits_2(run: Run) -> None:
    code, out, err = run("dids")
    assert (code, out) == (2, "") and "Commands:" in err and "update  Update one of dids." in err


def test_a_missing_api_key_says_how_to_set_one(run: Run) -> None:
    code, _, err = run("balance", "show", key=None)
    assert code == 2
    assert "no API key: pass --api-key KEY or export DIDWW_API_KEY" in err and err.count("\n") == 1


def test_the_api_key_comes_from_the_environment(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIDWW_API_KEY", "from-env")
    seen: list[str] = []
    fake = FakeDidww()

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Api-Key"])
        return fake.transport().handle_request(request)

    assert run("balance", "show", key=None, transport=answering(record))[0] == 0
    assert seen == ["from-env"]


def test_an_api_refusal_exits_3_with_its_details_and_pointers(run: Run) -> None:
    code, out, err = run("dids", "update", DID, "--set", "voice_in_trunk=no-such-trunk")
    assert (code, out) == (3, "")
    assert err == (
        "didww: the API refused the request (HTTP 422): voice_in_trunk - is invalid "
        "(at /data/relationships/voice_in_trunk)\n"
    )
    code, _, err = run("dids", "show", "no-such-did")
    assert code == 3 and "HTTP 404" in err


@pytest.mark.parametrize(
    ("reply", "says"),
    [
        (
            lambda r: httpx.Response(503, json={"errors": [{"detail": "maintenance"}]}),
            "api failed (http 503): maintenance",
        ),
        (lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused", request=r)), "connect"),
        (lambda r: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=r)), "readtimeout"),
    ],
)
def test_server_errors_connection_failures_and_timeouts_exit_4(
    run: Run, reply: Callable[[httpx.Request], httpx.Response], says: str
) -> None:
    code, out, err = run("--max-retries", "0", "balance", "show", transport=answering(reply))
    assert (code, out) == (4, "")
    assert err.count("\n") == 1 and err.startswith("didww: ") and says in err.lower(), err


def test_an_interrupt_exits_130(run: Run) -> None:
    def interrupt(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    code, out, err = run("balance", "show", transport=answering(interrupt))
    assert (code, out, err.strip()) == (130, "", "didww: interrupted")


def test_debug_adds_the_traceback(run: Run) -> None:
    code, _, err = run("--debug", "dids", "show", "no-such-did")
    assert code == 3 and "Traceback (most recent call last)" in err and "NotFoundError" in err
    assert err.splitlines()[-1].startswith("didww: the API refused")


# -- values ------------------------------------------------------------------------------------


def test_set_parses_by_type_and_relationships_by_id(run: Run) -> None:
    code, out, err = run(
        "--output", "json", "dids", "update", DID,
        "--set", "capacity_limit=7", "--set", "description=null", "--set", f"voice_in_trunk={TRUNK}",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["capacity_limit"] == 7 and json.loads(out)["description"] is None
    code, out, err = run("--output", "json", "dids", "show", DID, "--include", "voice_in_trunk")
    assert json.loads(out)["voice_in_trunk"] == TRUNK


def test_json_from_stdin_and_set_wins(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    document = {"name": "From stdin", "priority": 3, "configuration": {"type": "sip_configurations", "host": "a.b"}}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(document)))
    code, out, err = run("-o", "json", "voice-in-trunks", "create", "--json", "-", "--set", "priority=4")
    assert code == 0, err
    created = json.loads(out)
    assert (created["name"], created["priority"], created["configuration"]["host"]) == ("From stdin", 4, "a.b")
    assert run("-o", "json", "voice-in-trunks", "show", created["id"])[1] == out


def test_an_enum_filter_and_sort_are_sent_as_given(run: Run) -> None:
    sent: list[httpx.URL] = []
    fake = FakeDidww()

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return fake.transport().handle_request(request)

    args = ["dids", "list", "--filter", "did_group.features=voice_in,t38", "--sort", "-number", "--page-size", "5"]
    assert run(*args, transport=answering(record))[0] == 0
    assert sent[0].params["filter[did_group.features]"] == "voice_in,t38"
    assert (sent[0].params["sort"], sent[0].params["page[size]"]) == ("-number", "5")


# -- output and secrets ------------------------------------------------------------------------


def _revealed(out: str) -> bool:
    """Whether the seeded SIP password shows as a value (not only in field names such as auth_password)."""
    return out.count(SEEDED_PASSWORD) > out.count(f"_{SEEDED_PASSWORD}")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_secrets_are_masked_in_every_format_unless_revealed(run: Run, fmt: str) -> None:
    code, out, err = run("--output", fmt, "voice-in-trunks", "list")
    assert code == 0 and not _revealed(out), err
    if fmt != "table":  # the table's columns leave the configuration out
        assert "***" in out
        code, out, _ = run("--output", fmt, "--reveal-secrets", "voice-in-trunks", "show", TRUNK)
        assert code == 0 and _revealed(out)


def test_a_masked_secret_is_never_sent_back(run: Run, tmp_path: Path) -> None:
    code, out, _ = run("-o", "json", "voice-in-trunks", "show", TRUNK)
    shown = json.loads(out)
    document = tmp_path / "trunk.json"
    document.write_text(json.dumps({"configuration": shown["configuration"]}), encoding="utf-8")
    code, _, err = run("voice-in-trunks", "update", TRUNK, "--json", str(document))
    assert code == 2 and "configuration holds '***', the mask of a secret" in err


def test_the_formats_parse_back_to_the_same_objects(run: Run) -> None:
    as_json = json.loads(run("-o", "json", "dids", "list", "--include", "did_group")[1])
    lines = run("-o", "jsonl", "dids", "list", "--include", "did_group")[1].splitlines()
    assert [json.loads(line) for line in lines] == as_json
    rows = list(csv.DictReader(io.StringIO(run("-o", "csv", "dids", "list", "--include", "did_group")[1])))
    assert [r["id"] for r in rows] == [d["id"] for d in as_json]
    assert [r["did_group"] for r in rows] == [d.get("did_group") or "" for d in as_json]
    assert [r["terminated"] for r in rows] == [str(d["terminated"]).lower() for d in as_json]
    table = run("-o", "table", "dids", "list")[1]
    assert all(d["id"] in table for d in as_json)


def test_show_prints_one_object_and_list_an_array(run: Run) -> None:
    balance = json.loads(run("balance", "show")[1])  # not a terminal: json
    assert balance["type"] == "balances" and set(balance) >= {"balance", "credit", "total_balance"}
    assert isinstance(json.loads(run("countries", "list")[1]), list)


# -- exports, webhooks, versions ---------------------------------------------------------------


def test_create_wait_and_download_an_export(run: Run, tmp_path: Path) -> None:
    filters = '{"from": "2026-01-01 00:00:00", "to": "2026-01-31 23:59:59"}'
    code, out, err = run(
        "-o", "json", "exports", "create", "--set", "export_type=cdr_in", "--set", f"filters={filters}"
    )
    assert code == 0, err
    export = json.loads(out)
    code, out, err = run("-o", "json", "exports", "wait", export["id"], "--timeout", "5")
    assert code == 0 and json.loads(out)["status"] == "completed", err
    assert run("exports", "download", export["id"], str(tmp_path / "cdr.csv.gz"))[0] == 0
    assert (tmp_path / "cdr.csv.gz").read_bytes()[:2] == b"\x1f\x8b"
    code, _, err = run("exports", "download", export["id"], str(tmp_path / "cdr.csv"), "--decompress")
    assert code == 0 and f"bytes to {tmp_path / 'cdr.csv'}" in err
    assert (tmp_path / "cdr.csv").read_bytes() == gzip.decompress((tmp_path / "cdr.csv.gz").read_bytes())


def test_webhooks_verify_exits_0_when_valid_and_1_when_not(run: Run, tmp_path: Path) -> None:
    url, payload = "https://example.com/callbacks?x=1", {"status": "completed", "id": "42"}
    signature = RequestValidator("the-key").sign(url, payload)
    (tmp_path / "form.txt").write_text("status=completed&id=42", encoding="utf-8")
    (tmp_path / "payload.json").write_text(json.dumps(payload), encoding="utf-8")
    for source in ("form.txt", "payload.json"):
        args = ["webhooks", "verify", "--secret", "the-key", "--url", url, "--signature"]
        assert run(*args, signature, str(tmp_path / source))[:2] == (0, "valid\n")
        assert run(*args, "0" * 40, str(tmp_path / source))[::2] == (1, "invalid signature\n")


def test_another_api_version_has_its_own_command_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--api-version", "2022-05-10", "--help"]) == 0
    older = capsys.readouterr().out
    assert main(["--help"]) == 0
    latest = capsys.readouterr().out
    assert "\n  requirements " in older and "\n  requirements " not in latest
    assert "did-history" in latest and "did-history" not in older
    older_fake = importlib.import_module("didww_gen.v2022_05_10.testing").FakeDidww()
    args = ["--api-key", "k", "--api-version", "2022-05-10", "-o", "json", "requirements", "list"]
    assert main(args, transport=older_fake.transport()) == 0
    assert {r["type"] for r in json.loads(capsys.readouterr().out)} == {"requirements"}


# -- the installed script, start-up, completion ------------------------------------------------


def _script() -> str:
    found = shutil.which("didww", path=str(Path(sys.executable).parent)) or shutil.which("didww")
    if found is None:
        pytest.skip("the didww script is not installed (pip install -e '.[cli]')")
    return found


def test_the_installed_script_against_the_loopback_fake() -> None:
    script = _script()
    done = subprocess.run(
        [script, "fake", "--port", "0", "--", script, "dids", "list", "--output", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if not k.startswith("DIDWW_")},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("fake DIDWW API listening on http://127.0.0.1:")
    dids = json.loads(done.stdout)  # the command's output alone: the banner went to stderr
    assert dids and {d["type"] for d in dids} == {"dids"} and DID in {d["id"] for d in dids}


def test_help_and_completion_import_no_generated_package_nor_httpx() -> None:
    code = (
        "import sys\n"
        "from didww_gen.cli import main\n"
        "assert main(['--help']) == 0 and main(['voice-in-trunks', 'create', '--help']) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith('didww_gen.v') or m == 'httpx' or m == 'pydantic']\n"
        "print(loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("didww voice-in", {"voice-in-trunks", "voice-in-trunk-groups"}),
        ("didww dids list --filter did_group.f", {"did_group.features="}),
        ("didww dids list --filter did_group.features=", {"did_group.features=voice_in", "did_group.features=t38"}),
        ("didww dids list --include voice_in_trunk.", {"voice_in_trunk.pop", "voice_in_trunk.voice_in_trunk_group"}),
        ("didww exports list --sort cr", {"created_at"}),
        ("didww voice-in-trunks create --set cli_format=", {"cli_format=raw", "cli_format=e164", "cli_format=local"}),
    ],
)
def test_shell_completion_offers_keys_and_values(words: str, offered: set[str]) -> None:
    script = _script()
    parts = words.split(" ")
    env = {**os.environ, "_DIDWW_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(len(parts) - 1)}
    done = subprocess.run([script], capture_output=True, text=True, timeout=60, env=env)
    values = {line.split(",", 1)[1] for line in done.stdout.splitlines() if "," in line}
    assert offered <= values, done.stdout + done.stderr


def test_python_dash_m_didww_gen_is_the_same_command() -> None:
    done = subprocess.run([sys.executable, "-m", "didww_gen", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("didww (didww-gen ")


def _readme_commands() -> list[list[str]]:
    """The ``didww`` lines of the README's "Command line" examples."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [shlex.split(line)[1:] for line in block.splitlines() if line.startswith("didww ")]


def test_the_readme_examples_run_against_the_fake(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    commands = _readme_commands()
    assert len(commands) == 5
    for args in commands:
        code, out, err = run(*args)
        assert code == 0, (args, err)
        assert out


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_download_on_a_terminal_draws_a_progress_bar_and_elsewhere_none() -> None:
    from didww_gen.cli._progress import progress_bar

    with progress_bar(io.StringIO(), "exports 1") as progress:
        assert progress is None
    screen = Terminal()
    with progress_bar(screen, "exports 1") as progress:
        assert progress is not None
        progress(512 * 1024, 1024 * 1024)
    assert "exports 1" in screen.getvalue() and "/1.0 MB" in screen.getvalue()


def test_to_many_relationships_by_ids_and_a_json_api_document(run: Run, tmp_path: Path) -> None:
    trunks = [t["id"] for t in json.loads(run("-o", "json", "voice-in-trunks", "list")[1])][:2]
    code, out, err = run("-o", "json", "voice-in-trunk-groups", "create", "--set", "name=Pair",
                         "--set", f"voice_in_trunks={','.join(trunks)}")  # fmt: skip
    assert code == 0, err
    group = json.loads(out)
    assert group["voice_in_trunks"] == trunks
    document = {"data": {"type": "voice_in_trunk_groups", "id": group["id"], "attributes": {"capacity_limit": 9}}}
    (tmp_path / "doc.json").write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run(
        "-o", "json", "voice-in-trunk-groups", "update", group["id"], "--json", str(tmp_path / "doc.json")
    )
    assert code == 0 and json.loads(out)["capacity_limit"] == 9, err
    code, _, err = run("voice-in-trunk-groups", "update", "another-id", "--json", str(tmp_path / "doc.json"))
    assert code == 2 and "differs from the ID argument" in err
