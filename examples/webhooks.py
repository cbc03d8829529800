"""Checking DIDWW callbacks (webhooks): the X-DIDWW-Signature header.

DIDWW signs each callback (order, export, address verification... events) with the lower-case hex
HMAC-SHA1, keyed with your API key, of the callback URL (normalized to scheme://host:port/path?query)
followed by every parameter's name and value, names sorted. This script signs a sample order callback
the way DIDWW does, then checks it, a tampered copy and an unsigned one with ``RequestValidator``.
It makes no API call.

Run:                      DIDWW_WEBHOOK_SECRET=... python examples/webhooks.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/webhooks.py
(The secret is ``DIDWW_WEBHOOK_SECRET``, else ``DIDWW_API_KEY``, else a demo value.)
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Mapping

from didww_gen.webhooks import SIGNATURE_HEADER, RequestValidator

CALLBACK_URL = "https://example.com/didww/callbacks?source=orders"


def didww_signature(secret: str, url: str, payload: Mapping[str, str]) -> str:
    """What DIDWW puts in X-DIDWW-Signature (the URL given here already has its port: see normalize_url)."""
    message = url + "".join(key + payload[key] for key in sorted(payload))
    return hmac.new(secret.encode(), message.encode(), hashlib.sha1).hexdigest()


def handle_callback(validator: RequestValidator, url: str, form: Mapping[str, str], headers: Mapping[str, str]) -> int:
    """A web framework's handler would do this: 403 unless the signature matches, else process and 200."""
    if not validator.validate(url, form, headers.get(SIGNATURE_HEADER)):
        return 403
    print(f"    processing {form['type']} {form['id']}: status {form['status']}")
    return 200


def main() -> None:
    secret = os.environ.get("DIDWW_WEBHOOK_SECRET") or os.environ.get("DIDWW_API_KEY") or "demo-webhook-secret"
    validator = RequestValidator(secret)
    payload = {
        "id": "9df99644-f1a5-4a3c-99a4-559d758eb96b",
        "type": "orders",
        "status": "completed",
    }  # an order callback's parameters: id, type, status
    normalized = "https://example.com:443/didww/callbacks?source=orders"  # https without a port -> :443
    signature = didww_signature(secret, normalized, payload)
    assert signature == validator.sign(CALLBACK_URL, payload)
    print(f"Signature of the sample order callback: {signature}")

    cases: list[tuple[str, str, dict[str, str], dict[str, str]]] = [
        ("genuine callback", CALLBACK_URL, payload, {SIGNATURE_HEADER: signature}),
        ("same, URL with its port", normalized, payload, {SIGNATURE_HEADER: signature.upper()}),
        ("tampered status", CALLBACK_URL, {**payload, "status": "canceled"}, {SIGNATURE_HEADER: signature}),
        ("another URL", "https://example.com/didww/callbacks", payload, {SIGNATURE_HEADER: signature}),
        ("no signature header", CALLBACK_URL, payload, {}),
    ]
    for name, url, form, headers in cases:
        print(f"  {name}: HTTP {handle_callback(validator, url, form, headers)}")


if __name__ == "__main__":
    main()
