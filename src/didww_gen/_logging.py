"""The ``didww_gen`` logger: one DEBUG line per request attempt; ``DIDWW_LOG=debug`` switches it on."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("didww_gen")


def configure_from_environment() -> None:
    """``DIDWW_LOG=debug`` (or ``info``, ``warning``) sets the level and adds a stderr handler once."""
    level = os.environ.get("DIDWW_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        return
    logger.setLevel(level)
    if not any(getattr(h, "_didww_gen", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._didww_gen = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


configure_from_environment()
