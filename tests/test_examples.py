"""The examples run: ``make demo`` (quickstart over the reference examples) prints real output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_runs_quickstart_against_reference_examples() -> None:
    done = subprocess.run([sys.executable, "examples/demo_reference.py"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Balance: 50.00 (credit 10.00, total 60.00)" in out
    assert "Created SIP trunk 'Office'" in out
    assert '"voice_in_trunk_group": {\n        "data": null' in out  # the exclusive relationship, cleared on the wire


def test_import_does_not_build_models() -> None:
    code = "import sys, didww_gen; from didww_gen import DidwwClient; print('pydantic.main' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "False", done.stderr


def test_benchmark_suite_smoke_run(tmp_path: Path) -> None:
    """Every workload of `make bench` still runs on both SDKs (tiny sizes; the figures come from `make bench`).

    The official SDK's side runs in the bench venv (benchmarks/.venv), which `make test` creates.
    """
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--smoke", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    results = (tmp_path / "results.md").read_text()
    for workload in ("1. decode", "2. decode", "3. `find`", "4. cold", "5. peak RSS", "6. download"):
        assert f"| {workload}" in results, workload
    assert "didww 3.2.0: " in results and "smoke run" in results
    assert (tmp_path / "results.png").read_bytes().startswith(b"\x89PNG")
    limited = [line for line in done.stdout.splitlines() if "rate_limit=20" in line]
    assert len(limited) == 2 and all(", 0 answered 429" in line for line in limited)


def test_regulation_example_against_reference_examples(tmp_path: Path) -> None:
    """identity -> address -> upload -> proof -> verification, answered by the reference examples."""
    import json

    import httpx
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from regulation import run

    from codegen.reference import reference_handler
    from didww_gen import DidwwClient

    document = tmp_path / "passport.pdf"
    document.write_bytes(b"%PDF-1.7 scan")
    sent: list[httpx.Request] = []
    reference = reference_handler(sent)
    pems = [
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
        for _ in range(2)
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/public_keys"):  # the reference's keys are elided ("..."): serve real ones
            sent.append(request)
            keys = [{"id": str(i), "type": "public_keys", "attributes": {"key": pem}} for i, pem in enumerate(pems)]
            return httpx.Response(200, json={"data": keys})
        answer: httpx.Response = reference(request)
        return answer

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with DidwwClient(api_key="demo-key", http_client=http) as client:
        verification = run(client, document, "country-1", "proof-type-1", "did-1")
    assert verification.id
    assert [(r.method, r.url.path.removeprefix("/v3/")) for r in sent] == [
        ("POST", "identities"),
        ("POST", "addresses"),
        ("GET", "public_keys"),
        ("POST", "encrypted_files"),
        ("POST", "proofs"),
        ("POST", "address_verifications"),
    ]
    identity = json.loads(sent[0].content)["data"]
    assert identity["attributes"]["identity_type"] == "personal"
    assert identity["relationships"] == {"country": {"data": {"type": "countries", "id": "country-1"}}}
    assert "Api-Key" not in sent[2].headers
    proof = json.loads(sent[4].content)["data"]["relationships"]
    assert proof["files"]["data"] == [{"type": "encrypted_files", "id": "377dc5cf-55b3-45b8-9fed-156600a7f151"}]
    assert proof["entity"]["data"]["type"] == "identities"
    assert proof["proof_type"]["data"] == {"type": "proof_types", "id": "proof-type-1"}
