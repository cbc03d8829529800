"""``didww webhooks verify``: a callback's parameters read from a file or stdin, checked by the SDK's
``RequestValidator``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import parse_qsl

from didww_gen.cli._errors import UsageProblem
from didww_gen.webhooks import RequestValidator


def read_payload(source: str | None) -> dict[str, str]:
    """The parameters: a JSON object (values as text) or form-encoded; ``-`` reads stdin, None is none."""
    if source is None:
        return {}
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageProblem(f"cannot read the payload {source}: {exc}") from None
    text = text.strip()
    if text.startswith("{"):
        try:
            found = json.loads(text)
        except ValueError as exc:
            raise UsageProblem(f"the payload {source} is not JSON ({exc})") from None
        if not all(isinstance(v, str) for v in found.values()):
            raise UsageProblem("the payload's values must be strings, as the callback carried them")
        return dict(found)
    return dict(parse_qsl(text, keep_blank_values=True))


def verify_signature(secret: str, url: str, signature: str, source: str | None) -> bool:
    return RequestValidator(secret).validate(url, read_payload(source), signature)
