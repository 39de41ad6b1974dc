"""Retry, backoff, jitter, Retry-After, rate limiting and idempotency, on a fake clock."""

from __future__ import annotations

import asyncio
import random

import pytest

from alerts.delivery import DeadLetter, RateLimiter, RetryPolicy, deliver
from alerts.model import Notification
from alerts.policy import Receiver
from alerts.sinks.base import (
    Delivered,
    DeliveryMemo,
    Rejected,
    Result,
    RetryLater,
    seq_of,
)
from tests.stubs.factory import T0, notification

pytestmark = pytest.mark.unit


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.t

    async def sleep(self, s: float) -> None:
        self.sleeps.append(s)
        await asyncio.sleep(0)  # let other tasks run, as a real sleep would
        self.t += s

    def wall_ms(self) -> int:
        return T0 + int(self.t * 1000)


class ScriptedSink:
    """Answers from a script, then Delivered; records the clock at each attempt."""

    def __init__(self, clock: FakeClock, script: list[Result | Exception]) -> None:
        self.name = "slack"
        self.clock = clock
        self.script = script
        self.calls: list[float] = []

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result:
        self.calls.append(self.clock.t)
        if self.script:
            r = self.script.pop(0)
            if isinstance(r, Exception):
                raise r
            return r
        return Delivered(memo=DeliveryMemo(last_seq=memo.last_seq, message_ref="171.1",
                                           channel="C1"))

    async def aclose(self) -> None:
        return None


def run(sink: ScriptedSink, clock: FakeClock, policy: RetryPolicy,
        memo: DeliveryMemo | None = None, limiter: RateLimiter | None = None,
        n: Notification | None = None, seed: int = 1) -> Delivered | DeadLetter:
    return asyncio.run(deliver(sink, n or notification(seq=3), memo or DeliveryMemo(), policy,
                               limiter, sleep=clock.sleep, clock=clock,
                               wall_ms=clock.wall_ms, rng=random.Random(seed)))


def test_success_first_time_sets_last_seq_and_keeps_sink_memo() -> None:
    clock = FakeClock()
    out = run(ScriptedSink(clock, []), clock, RetryPolicy())
    assert isinstance(out, Delivered) and not out.duplicate
    assert out.memo == DeliveryMemo(last_seq=3, message_ref="171.1", channel="C1")
    assert clock.sleeps == []


@pytest.mark.parametrize("last", [3, 4, 10])
def test_duplicate_is_skipped_without_calling_the_sink(last: int) -> None:
    clock = FakeClock()
    sink = ScriptedSink(clock, [])
    memo = DeliveryMemo(last_seq=last, message_ref="x", channel="C")
    out = run(sink, clock, RetryPolicy(), memo=memo)
    assert isinstance(out, Delivered) and out.duplicate and out.memo == memo
    assert sink.calls == []


def test_seq_comes_from_the_key() -> None:
    n = notification(seq=7)
    assert seq_of(n) == 7


def test_retries_then_succeeds_with_full_jitter_backoff() -> None:
    clock = FakeClock()
    sink = ScriptedSink(clock, [RetryLater("500"), RetryLater("500"), RetryLater("500")])
    policy = RetryPolicy(max_attempts=5, base_s=1.0, max_backoff_s=300)
    out = run(sink, clock, policy, seed=7)
    assert isinstance(out, Delivered)
    assert len(sink.calls) == 4
    rng = random.Random(7)
    expected = [rng.uniform(0, 1), rng.uniform(0, 2), rng.uniform(0, 4)]
    assert clock.sleeps == pytest.approx(expected)


def test_backoff_is_capped_and_jittered() -> None:
    policy = RetryPolicy(base_s=1.0, max_backoff_s=10.0)
    rng = random.Random(3)
    delays = [policy.backoff(20, rng) for _ in range(500)]
    assert max(delays) <= 10.0 and min(delays) >= 0.0
    assert len({round(d, 3) for d in delays}) > 400  # really random, not a fixed schedule
    assert sum(delays) / len(delays) == pytest.approx(5.0, rel=0.1)


def test_retry_after_is_a_floor_and_may_exceed_the_cap() -> None:
    policy = RetryPolicy(base_s=1.0, max_backoff_s=10.0)
    rng = random.Random(1)
    assert all(policy.backoff(1, rng, retry_after_s=3.0) >= 3.0 for _ in range(100))
    assert policy.backoff(1, rng, retry_after_s=60.0) == 60.0


def test_retry_after_is_honoured_in_delivery() -> None:
    clock = FakeClock()
    sink = ScriptedSink(clock, [RetryLater("429", 30.0), RetryLater("429", 2.0)])
    out = run(sink, clock, RetryPolicy(max_attempts=5, max_backoff_s=5.0))
    assert isinstance(out, Delivered)
    assert sink.calls[1] - sink.calls[0] >= 30.0
    assert sink.calls[2] - sink.calls[1] >= 2.0


def test_permanent_rejection_dead_letters_at_once() -> None:
    clock = FakeClock()
    sink = ScriptedSink(clock, [RetryLater("500"),
                                Rejected("slack chat.postMessage: invalid_auth")])
    out = run(sink, clock, RetryPolicy())
    assert isinstance(out, DeadLetter)
    assert out.reason == "slack chat.postMessage: invalid_auth"
    assert out.attempts == 2 and out.receiver == "slack"
    assert out.first_attempt_ms == T0 and out.last_attempt_ms >= out.first_attempt_ms
    assert out.notification.key.endswith(":3")


def test_gives_up_after_max_attempts() -> None:
    clock = FakeClock()
    sink = ScriptedSink(clock, [RetryLater("timeout")] * 10)
    out = run(sink, clock, RetryPolicy(max_attempts=4, patience_s=0))
    assert isinstance(out, DeadLetter) and out.attempts == 4 and len(sink.calls) == 4
    assert "gave up after 4 attempts" in out.reason and out.reason.endswith(": timeout")
    assert len(clock.sleeps) == 3


def test_max_attempts_alone_does_not_give_up_before_the_patience() -> None:
    clock = FakeClock()
    sink = ScriptedSink(clock, [RetryLater("timeout")] * 1000)
    out = run(sink, clock, RetryPolicy(max_attempts=4, max_backoff_s=60, patience_s=900))
    assert isinstance(out, DeadLetter) and out.attempts > 4
    assert clock.t >= 900 and sink.calls[-1] >= 900 > sink.calls[-2]


def test_gives_up_when_the_total_budget_would_be_exceeded() -> None:
    clock = FakeClock()
    sink = ScriptedSink(clock, [RetryLater("429", 100.0)] * 10)
    out = run(sink, clock, RetryPolicy(max_attempts=10, max_total_s=250.0))
    assert isinstance(out, DeadLetter)
    assert out.attempts == 3 and "budget" in out.reason
    assert clock.t <= 250.0


def test_a_sink_bug_is_dead_lettered_not_raised() -> None:
    clock = FakeClock()
    out = run(ScriptedSink(clock, [ValueError("boom")]), clock, RetryPolicy())
    assert isinstance(out, DeadLetter) and "ValueError in sink: boom" in out.reason


def test_policy_from_receiver() -> None:
    r = Receiver(type="console", max_attempts=3, max_backoff="2m")
    p = RetryPolicy.from_receiver(r)
    assert (p.max_attempts, p.max_backoff_s) == (3, 120.0)


# --- rate limiter ---

def test_rate_limiter_spaces_requests_per_key() -> None:
    clock = FakeClock()
    lim = RateLimiter(1.0, clock=clock)
    assert [lim.reserve("a") for _ in range(4)] == [0.0, 1.0, 2.0, 3.0]
    assert lim.reserve("b") == 0.0  # other channel: own bucket
    clock.t = 10.0
    assert lim.reserve("a") == 0.0  # refilled (capped at burst)
    assert lim.reserve("a") == pytest.approx(1.0)


def test_rate_limiter_burst() -> None:
    clock = FakeClock()
    lim = RateLimiter(2.0, burst=3, clock=clock)
    assert [lim.reserve("k") for _ in range(5)] == [0.0, 0.0, 0.0, 0.5, 1.0]


def test_rate_limiter_penalty_after_429() -> None:
    clock = FakeClock()
    lim = RateLimiter(10.0, clock=clock)
    lim.penalize("k", 30.0)
    assert lim.reserve("k") == 30.0
    clock.t = 31.0
    assert lim.reserve("k") == 0.0


def test_rate_limiter_rejects_bad_settings() -> None:
    with pytest.raises(ValueError):
        RateLimiter(0)


def test_delivery_waits_for_the_rate_limiter() -> None:
    clock = FakeClock()
    lim = RateLimiter(0.5, clock=clock)  # one per 2 s
    sink = ScriptedSink(clock, [])

    async def three() -> None:
        for seq in (1, 2, 3):
            out = await deliver(sink, notification(seq=seq), DeliveryMemo(), RetryPolicy(),
                                lim, sleep=clock.sleep, clock=clock, wall_ms=clock.wall_ms)
            assert isinstance(out, Delivered)

    asyncio.run(three())
    assert sink.calls == [0.0, 2.0, 4.0]


def test_concurrent_deliveries_queue_on_the_bucket() -> None:
    clock = FakeClock()
    lim = RateLimiter(5.0, clock=clock)
    sink = ScriptedSink(clock, [])

    async def one(seq: int) -> None:
        out = await deliver(sink, notification(seq=seq), DeliveryMemo(), RetryPolicy(), lim,
                            sleep=clock.sleep, clock=clock, wall_ms=clock.wall_ms)
        assert isinstance(out, Delivered)

    async def main() -> None:
        await asyncio.gather(*(one(s) for s in range(1, 4)))

    asyncio.run(main())
    # All three reserved at t=0: the second waits one interval, the third two; none skips ahead.
    assert clock.sleeps == pytest.approx([0.2, 0.4])
    assert len(sink.calls) == 3


class DownFor:
    """A sink that fails (500, or 429 with Retry-After) until `until_s` on the fake clock."""

    def __init__(self, clock: FakeClock, until_s: float, rate_limited: bool = False) -> None:
        self.name = "pr-slack"
        self.clock = clock
        self.until = until_s
        self.rate_limited = rate_limited
        self.delivered: list[str] = []
        self.attempts = 0

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result:
        self.attempts += 1
        if self.clock.t < self.until:
            return RetryLater("429", 30.0) if self.rate_limited else RetryLater("HTTP 500")
        self.delivered.append(n.key)
        return Delivered(memo=DeliveryMemo(last_seq=memo.last_seq, message_ref="171.1",
                                           channel="C1"))

    async def aclose(self) -> None:
        return None


@pytest.mark.parametrize("rate_limited", [False, True])
def test_a_sink_down_for_ten_minutes_loses_nothing_and_catches_up_in_order(
        rate_limited: bool) -> None:
    """With the defaults every receiver gets (8 attempts, 5 min max backoff), whatever the
    jitter: the receiver's agent delivers one notification at a time, in order."""
    receiver = Receiver(type="slack", channel="#pr", token_env="SLACK_TOKEN")
    policy = RetryPolicy.from_receiver(receiver)
    lifecycle = [notification("trigger", 1), notification("acknowledge", 2, state="acknowledged"),
                 notification("resolve", 3, state="resolved")]
    for seed in range(200):
        clock = FakeClock()
        sink = DownFor(clock, 600.0, rate_limited)
        memo = DeliveryMemo()
        rng = random.Random(seed)
        for n in lifecycle:
            out = asyncio.run(deliver(sink, n, memo, policy, RateLimiter(1.0, clock=clock),
                                      sleep=clock.sleep, clock=clock, wall_ms=clock.wall_ms,
                                      rng=rng))
            assert isinstance(out, Delivered), (seed, out)
            memo = out.memo
        assert sink.delivered == [n.key for n in lifecycle], seed
        assert memo.last_seq == 3


def test_retries_are_reported_for_metrics_and_logs() -> None:
    clock = FakeClock()
    seen: list[tuple[int, str, float]] = []
    sink = ScriptedSink(clock, [RetryLater("500"), RetryLater("429", 4.0)])
    out = asyncio.run(deliver(sink, notification(seq=1), DeliveryMemo(), RetryPolicy(), None,
                              sleep=clock.sleep, clock=clock, wall_ms=clock.wall_ms,
                              rng=random.Random(1),
                              on_retry=lambda a, r, d: seen.append((a, r, d))))
    assert isinstance(out, Delivered)
    assert [(a, r) for a, r, _ in seen] == [(1, "500"), (2, "429")]
    assert seen[1][2] >= 4.0 and [d for *_, d in seen] == clock.sleeps


def test_dead_letter_keeps_partial_progress() -> None:
    """A fresh Slack message was posted before the thread reply failed for good: the memo
    travels with the dead letter so the next update edits it instead of posting again."""
    clock = FakeClock()
    posted = DeliveryMemo(last_seq=0, message_ref="171.9", channel="C1")
    sink = ScriptedSink(clock, [RetryLater("thread reply 500", memo=posted),
                                Rejected("slack chat.postMessage: is_archived")])
    out = run(sink, clock, RetryPolicy())
    assert isinstance(out, DeadLetter) and out.memo == posted
    nothing = run(ScriptedSink(clock, [Rejected("invalid_auth")]), clock, RetryPolicy())
    assert isinstance(nothing, DeadLetter) and nothing.memo is None
