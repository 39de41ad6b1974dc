"""structlog set-up: key-value events, JSON lines for machines or a console renderer for people,
with secrets masked before anything is written.

Faust, mode and aiokafka log through the standard library; their records go through the same
processors (level, timestamp, masking) and renderer, so `--log-json` gives one JSON object per
line for everything the worker writes and a log shipper needs no second parser.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from typing import Any

import structlog

from alerts.secrets import MASK, redact

_secret_values: set[str] = set()
# Values under keys like these are never shown, whatever they look like.
_SECRET_KEYS = re.compile(r"token|secret|password|passwd|routing_key|authorization|signature|"
                          r"api_key|credential", re.IGNORECASE)
_THIRD_PARTY = ("aiokafka", "faust", "mode", "kafka")


def register_secret(value: str) -> None:
    """Mask this exact value wherever it would appear in a log event."""
    if value and len(value) >= 6:
        _secret_values.add(value)


def redact_secrets(_: Any, __: str, event: dict[str, Any]) -> dict[str, Any]:
    """Registered secret values, token-shaped strings (Slack, Telegram, bearer, signatures)
    and string values under secret-like keys are masked, also inside lists and dicts and in
    the message text of Faust's and aiokafka's records."""
    for k, v in event.items():
        if isinstance(v, str) and _SECRET_KEYS.search(k):
            event[k] = MASK
        elif isinstance(v, str | list | tuple | dict):
            event[k] = redact(v, _secret_values)
    return event


def brand_from_incident(_: Any, __: str, event: dict[str, Any]) -> dict[str, Any]:
    """Every event about an incident also carries its brand, so one `brand=` filter finds
    everything about a brand (incident ids start with the brand id, which has no '.')."""
    incident = event.get("incident")
    if "brand" not in event and isinstance(incident, str) and "." in incident:
        event["brand"] = incident.split(".", 1)[0]
    return event


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """Ours, so a second `configure` replaces it instead of adding a duplicate."""


def configure(level: str = "info", json: bool = False,
              extra_processors: Iterable[Any] = ()) -> None:
    lvl = getattr(logging, level.upper(), logging.INFO)
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        *extra_processors,
        brand_from_incident,
        redact_secrets,
    ]
    renderer: Any
    if json:
        tail: list[Any] = [structlog.processors.format_exc_info]
        renderer = structlog.processors.JSONRenderer()
    else:
        tail = []
        renderer = structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    structlog.configure(
        processors=[*shared, *tail, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(lvl),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )
    handler = _Handler(sys.stderr)
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, *tail, renderer],
    ))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(max(lvl, logging.WARNING))
    for noisy in _THIRD_PARTY:
        logging.getLogger(noisy).setLevel(max(lvl, logging.WARNING))
