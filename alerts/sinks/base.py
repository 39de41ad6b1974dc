"""The one small interface every destination implements, and the results of one attempt.

A sink makes exactly one delivery attempt per `send()`; retries, backoff and rate limits live in
`alerts.delivery`, so sinks stay simple and each can be tested against its stub in isolation.
"""

from __future__ import annotations

from typing import Protocol

import httpx
import msgspec

from alerts.model import Notification


class DeliveryMemo(msgspec.Struct):
    """Per (incident, receiver) delivery state, persisted by the caller between deliveries."""

    last_seq: int = 0  # highest Notification seq delivered; seq <= last_seq is a duplicate
    message_ref: str = ""  # slack ts / telegram message_id of the first message
    channel: str = ""  # slack channel id returned by chat.postMessage


class Delivered(msgspec.Struct, frozen=True):
    memo: DeliveryMemo
    duplicate: bool = False  # skipped: already delivered (replay after a restart)
    detail: str = ""


class RetryLater(msgspec.Struct, frozen=True):
    reason: str
    retry_after_s: float | None = None  # what the server asked for (Retry-After), if anything
    memo: DeliveryMemo | None = None  # progress made before failing (e.g. a fresh message ts)


class Rejected(msgspec.Struct, frozen=True):
    """Permanent: retrying the same request cannot succeed (bad auth, unknown channel, ...)."""

    reason: str


Result = Delivered | RetryLater | Rejected


class Sink(Protocol):
    name: str

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result: ...

    async def aclose(self) -> None: ...


def seq_of(n: Notification) -> int:
    """The notification's sequence number: the `key` suffix (`{incident id}:{seq}`), else
    `incident.seq`."""
    _, _, tail = n.key.rpartition(":")
    return int(tail) if tail.isdigit() else n.incident.seq


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from a Retry-After header (delta-seconds form; HTTP-date is rare for these APIs)."""
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    return max(0.0, value)


def classify_http(status: int, headers: httpx.Headers, what: str) -> RetryLater | Rejected:
    """The shared mapping for a non-success HTTP status."""
    if status == 429:
        return RetryLater(f"{what}: HTTP 429 rate limited", retry_after(headers))
    if status >= 500 or status in (408, 425):
        return RetryLater(f"{what}: HTTP {status}", retry_after(headers))
    return Rejected(f"{what}: HTTP {status}")


def transport_error(exc: httpx.HTTPError, what: str, secrets: tuple[str, ...] = ()) -> RetryLater:
    """Timeouts and connection failures are worth another try. The message never carries
    `secrets` (a webhook URL, a token inside the URL path)."""
    text = str(exc)
    for s in secrets:
        if s:
            text = text.replace(s, "***")
    return RetryLater(f"{what}: {type(exc).__name__}: {text}".rstrip(": "))
