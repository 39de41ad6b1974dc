"""What every connector shares: the `Connector` protocol, errors that carry the source's own
back-off hint, exponential back-off with jitter, the brand-term filter, metrics and a
supervision loop that reconnects forever.

A connector maps source payloads to DESIGN.md mention dicts (pure functions, one module per
source) and hands them to `emit` together with its new resume position (cursor). The runner
writes both in one Kafka transaction, so a restart resumes exactly after what was written.
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any, Protocol

import aiohttp
import structlog
from prometheus_client import Counter, Gauge

from streams.ops.metrics import REGISTRY

log = structlog.get_logger("crisiswatch.connectors")

Mention = dict[str, Any]
Cursor = dict[str, Any]


class Emit(Protocol):
    """Hand mentions and the cursor after them to the runner.

    `durable=True` returns only once both are committed in Kafka: needed where the source
    forgets what we acknowledged (Telegram's getUpdates offset)."""

    def __call__(self, items: Sequence[Mention], cursor: Cursor, *,
                 durable: bool = False) -> Awaitable[None]: ...


class Connector(Protocol):
    name: str

    async def run(self, emit: Emit, cursor: Cursor | None) -> None:
        """Run until cancelled (or, for one-shot sources, until done)."""


class SourceError(Exception):
    """A failed call to the source. `retry_after` is the source's own hint in seconds;
    `fatal` means retrying cannot help (bad token, bad config)."""

    def __init__(self, message: str, *, kind: str = "http", retry_after: float | None = None,
                 fatal: bool = False) -> None:
        super().__init__(message)
        self.kind = kind
        self.retry_after = retry_after
        self.fatal = fatal


class Backoff:
    """Exponential back-off with full jitter, never shorter than the source asked for."""

    def __init__(self, initial_s: float = 1.0, max_s: float = 300.0, factor: float = 2.0,
                 rng: random.Random | None = None) -> None:
        self.initial_s = initial_s
        self.max_s = max_s
        self.factor = factor
        self.attempt = 0
        self._rng = rng or random.Random()

    def next(self, retry_after: float | None = None) -> float:
        cap = min(self.max_s, self.initial_s * self.factor ** self.attempt)
        self.attempt += 1
        delay = self._rng.uniform(cap / 2, cap)
        if retry_after is not None:
            delay = max(delay, min(retry_after, 3600.0))
        return delay

    def reset(self) -> None:
        self.attempt = 0


def retry_after_from(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait from `Retry-After` (seconds or HTTP date) or `X-RateLimit-Reset`
    (ISO 8601 as Mastodon sends it, or epoch seconds)."""
    now = time.time() if now is None else now
    value = headers.get("Retry-After") or headers.get("retry-after")
    if value:
        value = value.strip()
        if re.fullmatch(r"\d+(\.\d+)?", value):
            return float(value)
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - now)
        except (TypeError, ValueError):
            pass
    reset = headers.get("X-RateLimit-Reset") or headers.get("x-ratelimit-reset")
    if reset:
        reset = reset.strip()
        if re.fullmatch(r"\d+(\.\d+)?", reset):
            at = float(reset)
            return max(0.0, at - now) if at > 1e9 else at
        try:
            parsed = datetime.fromisoformat(reset.replace("Z", "+00:00"))
        except ValueError:
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return max(0.0, parsed.timestamp() - now)
    return None


class Terms:
    """The cheap local filter for sources that cannot filter server-side: case-insensitive
    substring of any brand alias or keyword."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = tuple(dict.fromkeys(t.casefold() for t in terms if t.strip()))

    def match(self, *texts: str | None) -> bool:
        if not self.terms:
            return True
        hay = "\n".join(t for t in texts if t).casefold()
        return any(t in hay for t in self.terms)


class _Text(HTMLParser):
    _BREAKS = frozenset({"br", "p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BREAKS and self.parts:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment (Mastodon content, RSS descriptions)."""
    if "<" not in html and "&" not in html:
        return html.strip()
    p = _Text()
    p.feed(html)
    p.close()
    text = "".join(p.parts)
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n", text).strip()


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def clip(text: str, limit: int = 40_000) -> str:
    """Keep mentions under detectors/mention.py's MAX_TEXT_CHARS."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- metrics: `connector` is a configured name (bounded by the config) ---
EVENTS = Counter(
    "crisiswatch_connector_events_total", "Source items seen by a connector, by outcome "
    "(emitted, filtered: no brand term, skipped: not a mention, duplicate)",
    ["connector", "outcome"], registry=REGISTRY)
ERRORS = Counter(
    "crisiswatch_connector_errors_total", "Connector errors by kind (network, http, "
    "rate_limited, parse, auth, kafka)", ["connector", "kind"], registry=REGISTRY)
RECONNECTS = Counter(
    "crisiswatch_connector_reconnects_total", "Sessions (re)started with the source",
    ["connector"], registry=REGISTRY)
COMMITS = Counter(
    "crisiswatch_connector_commits_total", "Kafka transactions committed (mentions + cursor)",
    ["connector"], registry=REGISTRY)
BACKOFF = Gauge(
    "crisiswatch_connector_backoff_seconds", "Current back-off delay (0 when connected)",
    ["connector"], registry=REGISTRY)
UP = Gauge(
    "crisiswatch_connector_up", "1 while the connector's session with its source is healthy",
    ["connector"], registry=REGISTRY)
LAST_EVENT = Gauge(
    "crisiswatch_connector_last_event_timestamp_seconds", "Wall clock of the last emitted "
    "mention", ["connector"], registry=REGISTRY)
LAG = Gauge(
    "crisiswatch_connector_lag_seconds", "Wall clock minus created_at of the last emitted "
    "mention", ["connector"], registry=REGISTRY)


def count(connector: str, outcome: str, n: int = 1) -> None:
    if n:
        EVENTS.labels(connector, outcome).inc(n)


def admit(connector: str, mention: Mention | None, *, brand: str | None, terms: Terms | None,
          also: str | None = None) -> Mention | None:
    """The gate every connector puts a mapped item through: counted as skipped (not a
    mention), filtered (`terms` given and no brand term in its text or `also`) or emitted; an
    emitted one gets the configured `brand` unless its source already named one."""
    if mention is None:
        count(connector, "skipped")
        return None
    if terms is not None and not terms.match(mention["text"], also):
        count(connector, "filtered")
        return None
    if brand and "brand" not in mention:
        mention["brand"] = brand
    count(connector, "emitted")
    return mention


async def supervise(name: str, session: Callable[[], Awaitable[None]], backoff: Backoff, *,
                    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                    healthy_after_s: float = 30.0) -> None:
    """Run `session` forever: a clean end reconnects at once, an error after a back-off.

    A session that lasted `healthy_after_s` resets the back-off, so one drop after hours
    of streaming reconnects quickly while a flapping source backs off."""
    while True:
        RECONNECTS.labels(name).inc()
        started = time.monotonic()
        try:
            UP.labels(name).set(1)
            await session()
            UP.labels(name).set(0)
            backoff.reset()
            delay = backoff.next() if time.monotonic() - started < 1.0 else 0.0
        except SourceError as exc:
            UP.labels(name).set(0)
            ERRORS.labels(name, exc.kind).inc()
            if exc.fatal:
                log.error("connector.fatal", connector=name, error=str(exc))
                raise
            if time.monotonic() - started >= healthy_after_s:
                backoff.reset()
            delay = backoff.next(exc.retry_after)
            log.warning("connector.retry", connector=name, kind=exc.kind, error=str(exc),
                        retry_in_s=round(delay, 2), source_hint_s=exc.retry_after)
        except (OSError, TimeoutError, asyncio.IncompleteReadError, aiohttp.ClientError) as exc:
            UP.labels(name).set(0)
            ERRORS.labels(name, "network").inc()
            if time.monotonic() - started >= healthy_after_s:
                backoff.reset()
            delay = backoff.next()
            log.warning("connector.retry", connector=name, kind="network",
                        error=f"{type(exc).__name__}: {exc}", retry_in_s=round(delay, 2))
        BACKOFF.labels(name).set(delay)
        if delay:
            await sleep(delay)
        BACKOFF.labels(name).set(0)


def note_emitted(connector: str, items: Sequence[Mention]) -> None:
    if not items:
        return
    now = time.time()
    LAST_EVENT.labels(connector).set(now)
    created = items[-1].get("created_at")
    if isinstance(created, int):
        LAG.labels(connector).set(max(0.0, now - created / 1000))
