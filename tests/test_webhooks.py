"""Callback signatures: known answers computed here with hmac/hashlib over hand-written normalized URLs."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from didww_gen.errors import DidwwClientError
from didww_gen.webhooks import SIGNATURE_HEADER, RequestValidator, normalize_url

SECRET = "SomeApiKey-0123456789abcdef"
PAYLOAD = {"status": "completed", "id": "1dd7a68b-e235-402b-8912-fe73ee14243a", "type": "orders"}
# keys sorted: id, status, type
PAYLOAD_PART = "id1dd7a68b-e235-402b-8912-fe73ee14243astatuscompletedtypeorders"


def reference_signature(normalized_url: str, payload_part: str = PAYLOAD_PART, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), (normalized_url + payload_part).encode(), hashlib.sha1).hexdigest()


def test_header_name() -> None:
    assert SIGNATURE_HEADER == "X-DIDWW-Signature"


@pytest.mark.parametrize(
    ("url", "normalized"),
    [
        ("https://example.com/callbacks", "https://example.com:443/callbacks"),
        ("http://example.com/callbacks", "http://example.com:80/callbacks"),
        ("https://example.com:8443/callbacks", "https://example.com:8443/callbacks"),
        ("http://example.com:443/cb", "http://example.com:443/cb"),
        ("https://user:pa%40ss@example.com/cb", "https://user:pa%40ss@example.com:443/cb"),
        ("http://[::1]/cb", "http://[::1]:80/cb"),
        ("https://[2a01:ad00::7]:8080/cb", "https://[2a01:ad00::7]:8080/cb"),
        ("https://example.com/cb?token=a%20b&x=1#frag", "https://example.com:443/cb?token=a%20b&x=1#frag"),
        ("http://example.com/cb#only-fragment", "http://example.com:80/cb#only-fragment"),
        ("HTTPS://Example.com/CB", "https://Example.com:443/CB"),
    ],
)
def test_known_answers(url: str, normalized: str) -> None:
    validator = RequestValidator(SECRET)
    expected = reference_signature(normalized)
    assert validator.validate(url, PAYLOAD, expected)
    assert validator.sign(url, PAYLOAD) == expected
    assert normalize_url(url) == normalized


def test_fixed_known_answer() -> None:
    # Computed once with `openssl dgst -sha1 -hmac secret`: HMAC-SHA1(key=b"secret", msg=b"http://h:80/pa1b2").
    assert reference_signature("http://h:80/p", "a1b2", "secret") == "9cfc9413e39cc3c5bf3b948a2c285f438e9b43fe"
    assert RequestValidator("secret").validate(
        "http://h/p", {"b": "2", "a": "1"}, "9cfc9413e39cc3c5bf3b948a2c285f438e9b43fe"
    )


def test_keys_are_sorted_and_values_follow_their_keys() -> None:
    payload = {"type": "address_verifications", "reject_reason": "", "id": "9", "status": "rejected"}
    part = "id9reject_reasonstatusrejectedtypeaddress_verifications"
    signature = reference_signature("https://cb.example:443/didww", part)
    assert RequestValidator(SECRET).validate("https://cb.example/didww", payload, signature)


def test_empty_payload_signs_the_url_alone() -> None:
    signature = reference_signature("https://cb.example:443/didww", "")
    assert RequestValidator(SECRET).validate("https://cb.example/didww", {}, signature)


def test_unicode_is_utf8() -> None:
    signature = reference_signature("https://cb.example:443/d", "commentno ça va")
    assert RequestValidator(SECRET).validate("https://cb.example/d", {"comment": "no ça va"}, signature)


def test_header_case_and_whitespace_are_tolerated() -> None:
    signature = reference_signature("https://example.com:443/callbacks")
    assert RequestValidator(SECRET).validate("https://example.com/callbacks", PAYLOAD, f" {signature.upper()}\n")


def test_wrong_signatures() -> None:
    validator = RequestValidator(SECRET)
    right = reference_signature("https://example.com:443/callbacks")
    url = "https://example.com/callbacks"
    assert not validator.validate(url, PAYLOAD, right[:-1] + ("0" if right[-1] != "0" else "1"))
    assert not validator.validate(url, PAYLOAD, right[:20])
    assert not validator.validate(url, {**PAYLOAD, "status": "canceled"}, right)
    assert not validator.validate("https://example.com/other", PAYLOAD, right)
    assert not validator.validate(url, PAYLOAD, reference_signature("https://example.com:443/callbacks", secret="x"))
    assert not validator.validate(url, PAYLOAD, "ünïcode")
    assert not RequestValidator("other").validate(url, PAYLOAD, right)


@pytest.mark.parametrize("signature", ["", None])
def test_missing_signature_is_false(signature: str | None) -> None:
    assert RequestValidator(SECRET).validate("https://example.com/callbacks", PAYLOAD, signature) is False


def test_secret_never_shown() -> None:
    validator = RequestValidator(SECRET)
    assert SECRET not in repr(validator) and SECRET not in str(validator)
    assert repr(validator) == "RequestValidator(secret=<hidden>)"
    for bad_url in ["not a url", "https://", "http://[::1/cb", "http://[::1]x/cb", "http://h:port/cb"]:
        with pytest.raises(DidwwClientError) as info:
            validator.validate(bad_url, PAYLOAD, "abc")
        assert SECRET not in str(info.value) and "callback URL" in str(info.value)
    with pytest.raises(DidwwClientError) as info:
        validator.validate("https://h/cb", {"n": 1}, "abc")  # type: ignore[dict-item]
    assert SECRET not in str(info.value) and "must be str" in str(info.value)


def test_secret_must_be_a_non_empty_string() -> None:
    with pytest.raises(DidwwClientError, match="non-empty str"):
        RequestValidator("")
    with pytest.raises(DidwwClientError, match="non-empty str"):
        RequestValidator(b"bytes")  # type: ignore[arg-type]
