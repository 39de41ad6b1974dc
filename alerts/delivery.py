"""Retries, backoff and rate limiting around one sink: the "retry stage" of Alertmanager's notify
pipeline.

Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter")
spreads retries of many workers hitting one recovering API; a server's Retry-After is a floor we
never undercut. Every clock and sleep is injectable so tests run instantly and deterministically.

Giving up: a transient failure is retried until both `max_attempts` are used and `patience_s`
(15 min) has passed, and never past `max_total_s` (30 min). Counting attempts alone is not
enough: eight attempts with jittered backoff from 1 s span about a minute, so a sink down for
ten minutes would dead-letter pages that could still have been delivered. The caller handles
one notification at a time per receiver, so later ones wait their turn and arrive in order.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable

import msgspec

from alerts.model import Notification
from alerts.policy import Receiver
from alerts.sinks.base import Delivered, DeliveryMemo, Rejected, Sink, seq_of
from detectors.durations import parse_duration

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


class RetryPolicy(msgspec.Struct, frozen=True):
    max_attempts: int = 8
    base_s: float = 1.0
    max_backoff_s: float = 300.0
    max_total_s: float = 1800.0  # a page this late is news for the DLQ, not for a phone
    patience_s: float = 900.0  # keep retrying at least this long, whatever max_attempts says

    @classmethod
    def from_receiver(cls, r: Receiver, *, base_s: float = 1.0, max_total_s: float = 1800.0,
                      patience_s: float = 900.0) -> RetryPolicy:
        return cls(max_attempts=r.max_attempts, base_s=base_s,
                   max_backoff_s=parse_duration(r.max_backoff) / 1000, max_total_s=max_total_s,
                   patience_s=min(patience_s, max_total_s))

    def exhausted(self, attempts: int, elapsed_s: float) -> bool:
        return attempts >= self.max_attempts and elapsed_s >= self.patience_s

    def backoff(self, failures: int, rng: random.Random,
                retry_after_s: float | None = None) -> float:
        """Delay after the `failures`-th failed attempt: uniform in [0, min(cap, base*2^(n-1))],
        but never shorter than Retry-After (which may exceed the cap: the server knows best)."""
        ceiling = min(self.max_backoff_s, self.base_s * 2.0 ** max(0, failures - 1))
        delay = rng.uniform(0.0, ceiling)
        if retry_after_s is not None:
            delay = max(delay, retry_after_s)
        return delay


class _Bucket:
    __slots__ = ("blocked_until", "stamp", "tokens")

    def __init__(self, tokens: float, stamp: float) -> None:
        self.tokens = tokens
        self.stamp = stamp
        self.blocked_until = 0.0


class RateLimiter:
    """Token bucket per destination key (e.g. receiver name = one Slack channel).

    `reserve()` takes a token now and says how long to wait for it; tokens may go negative, which
    queues concurrent callers fairly instead of letting them all wake at once."""

    def __init__(self, rate_per_s: float, burst: float = 1.0,
                 clock: Clock = time.monotonic) -> None:
        if rate_per_s <= 0 or burst < 1:
            raise ValueError("rate_per_s must be > 0 and burst >= 1")
        self.rate = rate_per_s
        self.burst = burst
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def _bucket(self, key: str, now: float) -> _Bucket:
        b = self._buckets.get(key)
        if b is None:
            b = self._buckets[key] = _Bucket(self.burst, now)
        b.tokens = min(self.burst, b.tokens + (now - b.stamp) * self.rate)
        b.stamp = now
        return b

    def reserve(self, key: str) -> float:
        now = self._clock()
        b = self._bucket(key, now)
        b.tokens -= 1.0
        wait = 0.0 if b.tokens >= 0 else -b.tokens / self.rate
        return max(wait, b.blocked_until - now)

    def penalize(self, key: str, seconds: float) -> None:
        """The server said "slow down" (429 + Retry-After): nobody sends there before then."""
        now = self._clock()
        b = self._bucket(key, now)
        b.blocked_until = max(b.blocked_until, now + seconds)

    async def acquire(self, key: str, sleep: Sleep = asyncio.sleep) -> float:
        wait = self.reserve(key)
        if wait > 0:
            await sleep(wait)
        return wait


class DeadLetter(msgspec.Struct, frozen=True):
    """Given up: written to `notifications.dlq` by the caller, replayable after a fix."""

    notification: Notification
    receiver: str
    reason: str
    attempts: int
    first_attempt_ms: int
    last_attempt_ms: int
    memo: DeliveryMemo | None = None  # progress made before giving up (e.g. a posted message)


def _wall_ms() -> int:
    return int(time.time() * 1000)


OnRetry = Callable[[int, str, float], None]  # attempts so far, reason, delay before the next


def _no_retry_hook(_attempts: int, _reason: str, _delay: float) -> None:
    return None


async def deliver(sink: Sink, n: Notification, memo: DeliveryMemo, policy: RetryPolicy,
                  limiter: RateLimiter | None = None, *, sleep: Sleep = asyncio.sleep,
                  clock: Clock = time.monotonic, wall_ms: Callable[[], int] = _wall_ms,
                  rng: random.Random | None = None,
                  on_retry: OnRetry = _no_retry_hook) -> Delivered | DeadLetter:
    """Deliver `n` to `sink` once, retrying transient failures; never raises for sink failures.

    Idempotent per (incident, receiver): a notification whose seq is not above
    `memo.last_seq` was delivered before (a replay) and is skipped. `on_retry` hears of every
    failed attempt that will be retried (for a metric and a log line)."""
    original = memo
    seq = seq_of(n)
    if 0 < seq <= memo.last_seq:
        return Delivered(memo=memo, duplicate=True)
    rng = rng or random.Random()
    start = clock()
    first_ms = wall_ms()
    attempts = 0
    while True:
        if limiter is not None:
            await limiter.acquire(sink.name, sleep)
        attempts += 1
        try:
            result = await sink.send(n, memo)
        except Exception as exc:  # a sink bug must not kill the worker: DLQ it, replay later
            result = Rejected(f"{type(exc).__name__} in sink: {exc}")
        if isinstance(result, Delivered):
            new = msgspec.structs.replace(result.memo, last_seq=max(result.memo.last_seq, seq))
            return Delivered(memo=new, detail=result.detail)
        progress = memo if memo is not original else None
        if isinstance(result, Rejected):
            return DeadLetter(n, sink.name, result.reason, attempts, first_ms, wall_ms(),
                              progress)
        if result.memo is not None:
            memo = result.memo  # keep partial progress: don't post a second fresh message
            progress = memo
        elapsed = clock() - start
        if policy.exhausted(attempts, elapsed):
            return DeadLetter(n, sink.name, f"gave up after {attempts} attempts in "
                              f"{elapsed:.0f}s: {result.reason}", attempts, first_ms, wall_ms(),
                              progress)
        delay = policy.backoff(attempts, rng, result.retry_after_s)
        if elapsed + delay > policy.max_total_s:
            return DeadLetter(n, sink.name, f"retry budget of {policy.max_total_s:g}s exhausted "
                              f"after {attempts} attempts: {result.reason}",
                              attempts, first_ms, wall_ms(), progress)
        if limiter is not None and result.retry_after_s:
            limiter.penalize(sink.name, result.retry_after_s)
        on_retry(attempts, result.reason, delay)
        await sleep(delay)

