"""structlog set-up: key-value events, JSON for machines or a console renderer for people,
with secrets masked before anything is written."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import Any

import structlog

_secret_values: set[str] = set()


def register_secret(value: str) -> None:
    """Mask this exact value wherever it would appear in a log event."""
    if value and len(value) >= 6:
        _secret_values.add(value)


def _mask(value: str) -> str:
    for secret in _secret_values:
        if secret in value:
            value = value.replace(secret, "***")
    return value


def redact_secrets(_: Any, __: str, event: dict[str, Any]) -> dict[str, Any]:
    if not _secret_values:
        return event
    for k, v in event.items():
        if isinstance(v, str):
            event[k] = _mask(v)
    return event


def configure(level: str = "info", json: bool = False,
              extra_processors: Iterable[Any] = ()) -> None:
    lvl = getattr(logging, level.upper(), logging.INFO)
    processors: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        *extra_processors,
        redact_secrets,
    ]
    if json:
        processors += [structlog.processors.format_exc_info, structlog.processors.JSONRenderer()]
    else:
        processors += [structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())]
    structlog.configure(
        processors=processors,
        wrapper_class=structlog.make_filtering_bound_logger(lvl),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )
    logging.basicConfig(level=max(lvl, logging.WARNING), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("aiokafka", "faust", "mode", "kafka"):
        logging.getLogger(noisy).setLevel(max(lvl, logging.WARNING))
