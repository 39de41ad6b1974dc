"""Volume detector on deterministic synthetic traffic (seeded Poisson, daily seasonality)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.config import BrandSpec, BusinessHours, VolumeThresholds
from detectors.model import Author, Enriched, Kind, Media, Mention, MentionRef, Severity, Signal
from detectors.volume import (
    VolumeDetector,
    VolumeState,
    _keep_top,
    infer_interval_ms,
    log_binomial_sf,
    log_negbin_sf,
    log_poisson_sf,
    story_key,
)

pytestmark = pytest.mark.unit

MIN = 60_000
HOUR = 60 * MIN
DAY = 24 * HOUR
MONDAY = 1_717_372_800_000  # 2024-06-03 00:00 UTC, a Monday
NEGATIVE_SHARE = 0.15


def spec(tz: str = "UTC", **volume: object) -> BrandSpec:
    return BrandSpec(id="acme", name="Acme", aliases=("acme",),
                     business_hours=BusinessHours(tz=tz),
                     volume=msgspec.convert(volume, VolumeThresholds))


def daily_rate(hour_of_day: float) -> float:
    """Mentions per minute: ~0.3 at night, ~25 at lunch, a smaller evening bump."""
    return (0.3 + 25.0 * math.exp(-(((hour_of_day - 13.0) / 3.5) ** 2))
            + 8.0 * math.exp(-(((hour_of_day - 19.0) / 2.0) ** 2)))


def utc_hour(t: int) -> float:
    return (t % DAY) / HOUR


def seasonal(t: int) -> float:
    return daily_rate(utc_hour(t))


def poisson(rng: random.Random, lam: float) -> int:
    """Exact inversion: fine for the rates used here (< 700)."""
    u, k = rng.random(), 0
    p = cdf = math.exp(-lam)
    while u > cdf and p > 0.0:
        k += 1
        p *= lam / k
        cdf += p
    return k


def feed_counts(det: VolumeDetector, state: VolumeState, start: int, minutes: int,
                rng: random.Random, rate: Callable[[int], float] = seasonal,
                share: Callable[[int], float] = lambda t: NEGATIVE_SHARE) -> list[Signal]:
    """Pre-aggregated 1-minute buckets (the fast way to give a detector a history). Totals
    take one draw of `rng` per minute, so twins fed different rates stay in step."""
    out: list[Signal] = []
    negatives = random.Random(rng.getrandbits(32))
    for i in range(minutes):
        t = start + i * MIN
        total = poisson(rng, rate(t))
        q = share(t)
        negative = sum(negatives.random() < q for _ in range(total))
        out += det.observe_count(state, t, total, negative)
    return out


def mention(i: int, t: int, *, negative: bool = False, followers: int = 10, lang: str = "en",
            repost_of: str | None = None, negativity: float | None = None,
            ingested_at_ms: int = 0, appended_at_ms: int = 0) -> Enriched:
    return Enriched(
        mention=Mention(id=f"m{i}", source="x", created_at_ms=t, text=f"text {i}",
                        url=f"https://x.example/{i}", repost_of=repost_of,
                        author=Author(handle=f"user{i}", followers=followers)),
        brand="acme", lang=lang, sentiment="negative" if negative else "neutral",
        negativity=(0.9 if negative else 0.1) if negativity is None else negativity,
        complaint=False, ingested_at_ms=ingested_at_ms, appended_at_ms=appended_at_ms)


def burst(det: VolumeDetector, state: VolumeState, start: int, n: int, every_ms: int,
          negative: bool = False) -> Iterator[tuple[int, list[Signal]]]:
    """Yields (events so far, signals) for n mentions `every_ms` apart from `start`."""
    for i in range(1, n + 1):
        yield i, det.observe(state, mention(i, start + i * every_ms, negative=negative))


def first_signal(det: VolumeDetector, state: VolumeState, start: int, n: int, every_ms: int,
                 kind: str = Kind.VOLUME_SPIKE) -> tuple[int, Signal] | None:
    for i, signals in burst(det, state, start, n, every_ms):
        for s in signals:
            if s.kind == kind:
                return i, s
    return None


def roundtrip(state: VolumeState) -> VolumeState:
    return msgspec.msgpack.decode(msgspec.msgpack.encode(state), type=VolumeState)


@pytest.fixture(scope="module")
def learnt_week() -> bytes:
    """A week of seasonal traffic (serialised: every test gets its own copy)."""
    det = VolumeDetector(spec())
    state = det.new_state()
    feed_counts(det, state, MONDAY, 7 * 24 * 60, random.Random(1))
    return msgspec.msgpack.encode(state)


def learnt(learnt_week: bytes) -> tuple[VolumeDetector, VolumeState, int]:
    """Detector, learnt state and the first minute after its history (Monday 00:00)."""
    state = msgspec.msgpack.decode(learnt_week, type=VolumeState)
    return VolumeDetector(spec()), state, MONDAY + 7 * DAY


def advance_quietly(det: VolumeDetector, state: VolumeState, start: int, minutes: int,
                    seed: int = 2) -> int:
    signals = feed_counts(det, state, start, minutes, random.Random(seed))
    assert signals == []
    return start + minutes * MIN


# ---- seasonality ---------------------------------------------------------------------------


def test_quiet_week_live_has_no_signal_and_each_hour_has_its_own_baseline(
        learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    rng = random.Random(3)
    signals: list[Signal] = []
    expected_by_hour: dict[int, float] = {}
    n = 0
    for minute in range(7 * 24 * 60):
        start = t0 + minute * MIN
        count = poisson(rng, seasonal(start))
        for offset in sorted(rng.randrange(MIN) for _ in range(count)):
            n += 1
            negative = rng.random() < NEGATIVE_SHARE
            signals += det.observe(state, mention(n, start + offset, negative=negative,
                                                  followers=rng.randrange(1000)))
        if count and minute < 24 * 60 and minute % 60 == 30:
            expected_by_hour[minute // 60] = det.expected(state)[0]
    assert n > 50_000
    assert signals == []
    # Night and lunch are judged against their own hour, not a daily mean (~6/min).
    assert expected_by_hour[3] < 1.0
    assert 18.0 < expected_by_hour[13] < 32.0


def test_the_same_count_is_a_spike_at_night_and_normal_at_lunch(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    night = advance_quietly(det, state, t0, 3 * 60)
    hit = first_signal(det, state, night, 30, 2000)  # 30 mentions in a minute at 03:00
    assert hit is not None
    assert hit[1].details["baseline_kind"] == "weekly/poisson"

    det, state, t0 = learnt(learnt_week)
    lunch = advance_quietly(det, state, t0, 13 * 60)
    assert first_signal(det, state, lunch, 30, 2000) is None  # the same 30 at 13:00


def test_burst_fires_within_seconds(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    lunch = advance_quietly(det, state, t0, 13 * 60 + 20)
    # 5 mentions a second on top of ~25 a minute: 12x the usual rate.
    hit = first_signal(det, state, lunch, 300, 200)
    assert hit is not None
    events, signal = hit
    assert events <= 30  # i.e. within 6 seconds of the burst starting
    assert signal.at_ms == lunch
    assert int(signal.details["elapsed_ms"]) <= 6_000
    assert signal.observed is not None and signal.expected is not None
    assert signal.observed >= 3.0 * signal.expected


def test_first_seconds_of_an_interval_cannot_fire_on_noise(learnt_week: bytes) -> None:
    _, state, t0 = learnt(learnt_week)
    det = VolumeDetector(spec(min_count=5))  # a low floor, so only the scaling protects
    lunch = advance_quietly(det, state, t0, 13 * 60)
    # 12 mentions in the first 2 s of a ~25/min hour: a naive "expected x 2/60" (0.8) test
    # would page; against a quarter of the minute (6.2) it is a clump, not a spike.
    assert [s for _, s in burst(det, state, lunch, 12, 150) if s] == []
    assert [s for _, s in burst(det, state, lunch + 2000, 10, 5000) if s] == []
    # a real burst still fires within seconds
    hit = first_signal(det, state, lunch + MIN, 100, 100)
    assert hit is not None and hit[0] <= 30


def test_expectation_is_raised_never_lowered_towards_the_next_hour(learnt_week: bytes) -> None:
    """On the morning ramp: the end of 11:00 leans towards noon; its start keeps its mean
    (interpolating down towards 10:00 would invite false alarms)."""
    det, state, t0 = learnt(learnt_week)

    def level(state: VolumeState) -> float:
        return min(max(state.level_total / state.level_total_predicted, 0.25), 4.0)

    t = advance_quietly(det, state, t0, 11 * 60 + 10)
    det.tick(state, t)
    early_mean, early = state.predicted_total * level(state), det.expected(state)[0]
    det.tick(state, t + 40 * MIN)
    late_mean, late = state.predicted_total * level(state), det.expected(state)[0]
    assert early == pytest.approx(early_mean)
    assert late > 1.1 * late_mean


def test_early_looks_spend_the_p_value(learnt_week: bytes) -> None:
    """A look after a fraction f of the interval must reach p_value x f."""
    _, state, t0 = learnt(learnt_week)
    det = VolumeDetector(spec(min_count=5, factor=1.5, p_value=1e-3))  # the tail test decides
    lunch = advance_quietly(det, state, t0, 13 * 60)
    for start in (lunch + 3_000, lunch + MIN + 30_000):
        hit = first_signal(det, state, start, 200, 100)
        assert hit is not None
        p, elapsed = float(hit[1].details["p_value"]), int(hit[1].details["elapsed_ms"])
        assert p < 1e-3 * elapsed / MIN


# ---- floors, cold start, cooldown, severity ------------------------------------------------


def test_low_volume_floor(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    night = advance_quietly(det, state, t0, 3 * 60)
    assert det.expected(state)[0] < 1.0
    hit = first_signal(det, state, night, 100, 500)
    assert hit is not None
    assert hit[0] == 20  # 19 mentions (~100x the night rate) are not enough to page

    det2 = VolumeDetector(spec(min_count=5))
    state2 = roundtrip(state)
    state2.open_start, state2.min_severity = night + MIN, [1, 1, 1]
    state2.last_signal_at = [-1, -1, -1]
    hit2 = first_signal(det2, state2, night + 2 * MIN, 100, 500)
    assert hit2 is not None and hit2[0] == 5


def test_cold_start_observes_then_uses_a_conservative_prior() -> None:
    det = VolumeDetector(spec())
    state = det.new_state()
    t = MONDAY
    # The first three intervals are only observed, whatever happens in them.
    for minute in range(3):
        assert [s for _, s in burst(det, state, t + minute * MIN, 100, 500) if s] == []
    rng = random.Random(4)
    signals = feed_counts(det, state, t + 3 * MIN, 10, rng, rate=lambda _: 5.0)
    assert signals == []
    burst_at = t + 13 * MIN
    assert state.baseline_kind == "cold"
    hit = first_signal(det, state, burst_at, 200, 100)
    assert hit is not None
    events, signal = hit
    assert events == 40  # min_count doubled while cold (20 warm)
    assert signal.details["baseline_kind"] == "cold/negbin"
    assert state.cold_totals  # bounded list, only while cold


def test_cold_start_ends_after_warmup() -> None:
    det = VolumeDetector(spec(warmup="30m"))
    state = det.new_state()
    feed_counts(det, state, MONDAY, 31, random.Random(5), rate=lambda _: 5.0)
    assert state.baseline_kind != "cold"
    assert state.cold_totals == [] and state.cold_negatives == []
    hit = first_signal(det, state, MONDAY + 31 * MIN, 200, 100)
    assert hit is not None and hit[0] == 20


def test_cooldown_and_severity_escalation_across_intervals(learnt_week: bytes) -> None:
    """One episode: the first signal starts it, the escalation and the reminder after the
    cooldown are updates of it (same group), and its severity never goes back down (the
    reminder at minute 12 fires at warning level but says error: the episode's worst)."""
    det, state, t0 = learnt(learnt_week)
    night = advance_quietly(det, state, t0, 3 * 60)
    groups: set[str] = set()

    def kinds_in(minute: int, n: int) -> list[tuple[str, Severity, object]]:
        every = (MIN - 1000) // n
        signals = [s for _, out in burst(det, state, night + minute * MIN, n, every)
                   for s in out]
        groups.update(s.group for s in signals)
        return [(s.kind, s.severity, s.details["episode"]) for s in signals]

    assert kinds_in(0, 25) == [(Kind.VOLUME_SPIKE, Severity.WARNING, "start")]
    assert kinds_in(1, 25) == []  # same severity within the cooldown
    assert kinds_in(2, 45) == [(Kind.VOLUME_SPIKE, Severity.ERROR, "update")]  # severity up
    assert kinds_in(5, 45) == []  # cooldown restarts at the escalation
    assert kinds_in(12, 25) == [(Kind.VOLUME_SPIKE, Severity.ERROR, "update")]  # 10 min on
    assert groups == {"episode 2024-06-10T03:00:00Z"}
    # An hour (episode_gap) after the last sign of it the episode is over: a new one starts.
    det.tick(state, night + 13 * MIN + HOUR + MIN)
    assert kinds_in(80, 25) == [(Kind.VOLUME_SPIKE, Severity.WARNING, "start")]
    assert groups == {"episode 2024-06-10T03:00:00Z", "episode 2024-06-10T04:20:00Z"}


def test_severity_escalates_within_an_interval(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    night = advance_quietly(det, state, t0, 3 * 60)
    fired = [(i, s.severity) for i, signals in burst(det, state, night, 120, 300)
             for s in signals if s.kind == Kind.VOLUME_SPIKE]
    assert fired == [(20, Severity.WARNING), (40, Severity.ERROR), (80, Severity.CRITICAL)]


def test_a_whole_interval_goes_straight_to_its_severity(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    night = advance_quietly(det, state, t0, 3 * 60)
    assert [(s.kind, s.severity) for s in det.observe_count(state, night, 100, 10)] == [
        (Kind.VOLUME_SPIKE, Severity.CRITICAL)]


# ---- negative series -----------------------------------------------------------------------


def test_negative_spike_while_total_is_normal(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    lunch = advance_quietly(det, state, t0, 13 * 60)
    expected_total, expected_negative = det.expected(state)
    assert expected_total > 18 and expected_negative < 6
    # A normal-sized lunch minute (26 mentions), but 24 of them negative.
    signals = [s for i, out in burst(det, state, lunch, 26, 2000,
                                     negative=True) for s in out]
    kinds = [s.kind for s in signals]
    assert Kind.VOLUME_SPIKE not in kinds
    negative = next(s for s in signals if s.kind == Kind.NEGATIVE_SPIKE)
    assert negative.observed == 20
    assert negative.negative_share == 1.0


def test_negative_share_shift(learnt_week: bytes) -> None:
    def lunch_minutes(share: float) -> list[Signal]:
        det, state, t0 = learnt(learnt_week)
        lunch = advance_quietly(det, state, t0, 13 * 60)
        rng = random.Random(6)
        return [s for minute in range(8) for i in range(24)  # the usual volume (~25/min)
                for s in det.observe(state, mention(i, lunch + minute * MIN + i * 2400,
                                                    negative=rng.random() < share))]

    signals = lunch_minutes(0.5)  # half of it negative; usually 15 %
    # judged when an interval closes; within the cooldown only an escalation could follow
    assert [(s.kind, s.severity) for s in signals] == [(Kind.NEGATIVE_SHARE, Severity.WARNING)]
    first = signals[0]
    lunch = MONDAY + 7 * DAY + 13 * HOUR
    assert lunch + 2 * MIN <= first.at_ms <= lunch + 4 * MIN  # judged over a 5-minute window
    assert first.negative_share is not None and first.negative_share >= 0.35
    assert first.details["baseline_kind"] == "weekly/binomial"
    assert 0.12 < float(first.details["usual_share"]) < 0.18
    assert first.expected is not None and first.observed is not None
    assert first.observed > 2 * first.expected
    assert lunch_minutes(0.15) == []  # the same minutes with the usual share


def test_negative_share_waits_while_volume_is_not_normal(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    lunch = advance_quietly(det, state, t0, 13 * 60)
    signals = det.observe_count(state, lunch, 100, 15)  # a spike with the usual share
    rng = random.Random(14)
    for minute in range(1, 14):  # then the usual volume, half negative (not a neg. spike)
        signals += det.observe_count(state, lunch + minute * MIN, 24,
                                     sum(rng.random() < 0.55 for _ in range(24)))
    assert [(s.kind, (s.at_ms - lunch) // MIN) for s in signals] == [
        (Kind.VOLUME_SPIKE, 0), (Kind.NEGATIVE_SHARE, 10)]  # once the spike has cooled down


def test_usual_share_is_the_hours_own_shrunk_by_its_evidence() -> None:
    def learnt_brand(rate: Callable[[int], float], share: Callable[[int], float],
                     hour: int) -> tuple[VolumeDetector, VolumeState]:
        det = VolumeDetector(spec())
        state = det.new_state()
        feed_counts(det, state, MONDAY, 7 * 24 * 60 + hour * 60 + 30, random.Random(15),
                    rate=rate, share=share)
        return det, state

    # Angry nights: 6/min at half negative, days 30/min at 10 %. The night is judged by the
    # night (a brand-wide share would be ~0.14 and page every night).
    def night(t: int) -> bool:
        return not 8 <= utc_hour(t) < 22

    det, state = learnt_brand(lambda t: 6.0 if night(t) else 30.0,
                              lambda t: 0.5 if night(t) else 0.1, hour=3)
    assert 0.4 < det.usual_negative_share(state) < 0.55
    # A quiet hour (0.5/min) that never had a negative: ~30 mentions say little, so it leans
    # on the brand's 15 % (the hour alone would make every negative look like a shift).
    det, state = learnt_brand(lambda t: 0.5 if 20 <= utc_hour(t) < 21 else 20.0,
                              lambda t: 0.0 if 20 <= utc_hour(t) < 21 else 0.15, hour=20)
    assert 0.07 < det.usual_negative_share(state) < 0.13


def test_negative_share_needs_a_floor_of_negative_mentions(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    night = advance_quietly(det, state, t0, 5 * 60)
    # 5 mentions, all negative: a share of 100 % but too few to mean anything.
    assert [s for _, s in burst(det, state, night, 5, 10_000, negative=True) if s] == []


# ---- time ----------------------------------------------------------------------------------


def test_late_and_out_of_order_events(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    now = advance_quietly(det, state, t0, 3 * 60)
    det.observe(state, mention(1, now + 10_000))
    assert state.open_start == now and state.total == 1
    det.observe(state, mention(2, now - 30_000))  # previous minute: counted in the open one
    assert (state.total, state.late_folded, state.late_dropped) == (2, 1, 0)
    assert det.observe(state, mention(3, now - 10 * MIN)) == []  # too old: dropped, counted
    assert (state.total, state.late_dropped) == (2, 1)
    assert det.observe_count(state, now - 5 * MIN, 50, 5) == []
    assert state.late_dropped == 51
    # A source clock ahead of ours cannot move the interval forward.
    det.observe(state, mention(4, now + 30 * MIN, ingested_at_ms=now + 20_000))
    assert state.open_start == now and state.total == 3
    # tick never goes backwards, and closes intervals by time
    det.tick(state, now - HOUR)
    assert state.open_start == now
    det.tick(state, now + 5 * MIN + 1)
    assert state.open_start == now + 5 * MIN and state.total == 0


def test_tick_learns_silence_as_zeros(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    lunch = advance_quietly(det, state, t0, 12 * 60)
    before = det.expected(state)[0]
    det.tick(state, lunch + 2 * HOUR)  # a two-hour outage at lunch
    after = det.expected(state)[0]
    assert after < 0.5 * before


def test_dst_day_uses_local_hours() -> None:
    berlin = ZoneInfo("Europe/Berlin")

    def rate(t: int) -> float:  # busy 08:00-20:00 Berlin time, quiet otherwise
        local = datetime.fromtimestamp(t / 1000, UTC).astimezone(berlin)
        return 30.0 if 8 <= local.hour < 20 else 0.5

    start = 1_710_716_400_000  # 2024-03-18 00:00 CET (Monday); clocks go forward on the 31st
    dst_day = 1_711_839_600_000  # 2024-03-31 00:00 CET
    minutes = (dst_day + 2 * DAY - start) // MIN

    def after_week(tz: str) -> list[Signal]:
        det = VolumeDetector(spec(tz=tz))
        state = det.new_state()
        signals = feed_counts(det, state, start, minutes, random.Random(8), rate=rate)
        return [s for s in signals if s.at_ms >= start + 7 * DAY]

    assert after_week("Europe/Berlin") == []
    utc = after_week("UTC")  # proves the data would fool a detector that ignores the zone
    assert utc and all(s.at_ms >= dst_day for s in utc)

    det = VolumeDetector(spec(tz="Europe/Berlin"))
    state = det.new_state()
    det.observe(state, mention(1, 1_711_845_000_000))  # 00:30Z = Sunday 01:30 CET
    assert state.slot == 6 * 24 + 1
    det.observe(state, mention(2, 1_711_848_600_000))  # 01:30Z = Sunday 03:30 CEST
    assert state.slot == 6 * 24 + 3


# ---- robustness of the baseline ------------------------------------------------------------


def test_a_crisis_is_not_learnt_as_normal(learnt_week: bytes) -> None:
    """An 8x crisis 11:00-14:00 on Monday, against a calm twin fed the same totals."""
    def after(crisis: bool, minutes: int) -> tuple[VolumeDetector, VolumeState, list[Signal]]:
        det, state, t0 = learnt(learnt_week)

        def rate(t: int) -> float:
            return seasonal(t) * (8 if crisis and 11 * HOUR <= t - t0 < 14 * HOUR else 1)

        signals = feed_counts(det, state, t0, minutes, random.Random(9), rate=rate)
        return det, state, signals

    monday = MONDAY + 7 * DAY
    det, calm, _ = after(False, (DAY + 12 * HOUR) // MIN)
    _, hit, signals = after(True, (DAY + 12 * HOUR) // MIN)
    # It keeps signalling (every cooldown) until it ends, instead of becoming the new normal.
    spikes = [s.at_ms for s in signals if s.kind == Kind.VOLUME_SPIKE]
    assert spikes[0] == monday + 11 * HOUR and spikes[-1] >= monday + 13 * HOUR + 30 * MIN
    # The next day at noon a burst needs about as many mentions as without it.
    noon = monday + DAY + 12 * HOUR
    after_crisis, after_calm = (first_signal(det, state, noon, 400, 100) for state in (hit, calm))
    assert after_crisis is not None and after_calm is not None
    assert after_crisis[0] <= after_calm[0] * 1.1
    assert hit.dispersion_total < 2 * calm.dispersion_total
    # A week later, at the start of the same hour, its slot has not learnt the crisis.
    det, calm, _ = after(False, (7 * DAY + 11 * HOUR) // MIN)
    _, hit, _ = after(True, (7 * DAY + 11 * HOUR) // MIN)
    assert det.expected(hit)[0] < 1.1 * det.expected(calm)[0]


def test_hour_of_day_profile_covers_the_first_week() -> None:
    """Busy 08:00-20:00 with a sharp step: day 1 has never seen it, day 2 has."""
    det = VolumeDetector(spec())
    state = det.new_state()
    signals = feed_counts(det, state, MONDAY, 2 * 24 * 60, random.Random(13),
                          rate=lambda t: 30.0 if 8 <= utc_hour(t) < 20 else 0.5)
    assert any(s.at_ms < MONDAY + DAY for s in signals)
    assert [s for s in signals if s.at_ms >= MONDAY + DAY] == []
    det.tick(state, MONDAY + 2 * DAY)
    assert state.baseline_kind == "daily"  # Wednesday 00:00: no weekly slot yet


def test_overdispersed_history_raises_the_bar() -> None:
    """A lunch minute at ~3.2x the usual count: out of reach for Poisson traffic, within
    reach for bursty traffic (gamma-mixed Poisson, 1/k = 0.3) once that has been learnt."""
    def lunch_with_80(dispersion: float) -> tuple[VolumeState, list[Signal]]:
        det = VolumeDetector(spec())
        state = det.new_state()
        rng = random.Random(10)

        def rate(t: int) -> float:
            mix = rng.gammavariate(1 / dispersion, dispersion) if dispersion else 1.0
            return seasonal(t) * mix

        feed_counts(det, state, MONDAY, 7 * 24 * 60 + 13 * 60, rng, rate=rate)
        lunch = MONDAY + 7 * DAY + 13 * HOUR
        return state, [s for i in range(80)
                       for s in det.observe(state, mention(i, lunch + i * 740))]

    bursty, signals = lunch_with_80(0.3)
    assert 0.2 < bursty.dispersion_total < 0.4
    assert signals == []
    steady, signals = lunch_with_80(0.0)
    assert steady.dispersion_total < 0.1
    assert [s.kind for s in signals] == [Kind.VOLUME_SPIKE]


# ---- episodes, heavy tails, sustained rises ------------------------------------------------


def starts(signals: list[Signal]) -> list[Signal]:
    return [s for s in signals if s.details["episode"] == "start"]


def test_a_lasting_shift_is_one_episode_then_learnt(learnt_week: bytes) -> None:
    """From Monday noon the brand is twice (three times) as talked about, for good: one
    episode, then the baseline has learnt the new level and nothing re-alerts it."""
    for factor in (2.0, 3.0):
        det, state, t0 = learnt(learnt_week)
        shift = t0 + 12 * HOUR
        signals = feed_counts(det, state, t0, 4 * 24 * 60, random.Random(2),
                              rate=lambda t, f=factor, at=shift: seasonal(t) * (
                                  f if t >= at else 1.0))
        (first,) = starts(signals)
        assert shift <= first.at_ms < shift + 2 * HOUR
        assert first.kind == Kind.VOLUME_SPIKE and first.severity == Severity.INFO
        assert first.details["baseline_kind"] == "weekly/peak"
        assert all(s.at_ms < shift + 12 * HOUR for s in signals)


def test_routine_spikes_raise_the_bar_for_that_brand_only() -> None:
    """A brand whose every third hour brings a burst of 8x (a bot, a daily digest) learns
    that such bursts are its routine: they stop paging within days, while a 30x burst still
    does. The same history judged by p_value alone (tail_factor 0) pages every one."""
    rng = random.Random(21)
    bursts = {MONDAY + h * HOUR + rng.randrange(60) * MIN for h in range(0, 7 * 24, 3)}

    def rate(t: int) -> float:
        return seasonal(t) * 8 + 20 if t in bursts else seasonal(t)

    def week(tail_factor: float) -> tuple[VolumeDetector, VolumeState, list[Signal]]:
        det = VolumeDetector(spec(tail_factor=tail_factor))
        state = det.new_state()
        return det, state, feed_counts(det, state, MONDAY, 7 * 24 * 60, random.Random(1),
                                       rate=rate)

    _, _, plain = week(0.0)
    assert len(starts(plain)) >= 50  # of 56 bursts
    det, state, calibrated = week(1.0)
    late = [s for s in starts(calibrated) if s.at_ms >= MONDAY + 3 * DAY]
    assert len(late) <= 5
    assert state.tail[0] > 10 * 3.7  # -log10 p beaten about once in 3 days; 3.7 if Poisson
    lunch = advance_quietly(det, state, MONDAY + 7 * DAY, 13 * 60)
    expected = seasonal(lunch)
    routine = roundtrip(state)
    assert det.observe_count(routine, lunch, int(8 * expected + 20), 3) == []
    (big,) = det.observe_count(state, lunch, int(30 * expected + 20), 3)
    assert Severity.WARNING <= big.severity < Severity.CRITICAL  # critical for a calm brand
    assert float(big.details["tail_bar_log10_p"]) < -30


def test_a_poisson_brand_keeps_its_p_value() -> None:
    det = VolumeDetector(spec())
    state = det.new_state()
    feed_counts(det, state, MONDAY, 7 * 24 * 60, random.Random(1))
    nominal = -math.log10(0.3 / (24 * 60))  # beaten 0.3 times a day by 1-minute intervals
    assert nominal <= state.tail[0] < 1.5 * nominal


def test_a_slow_rise_is_a_sustained_episode_that_ends_when_it_falls_back(
        learnt_week: bytes) -> None:
    """Monday from 09:00 the brand runs 1.8x its usual level for six hours: no single minute
    is a spike, but the two-hour level passes the busiest hours of its week at lunch. That is
    one info episode (nobody is paged for a busy day), which ends an hour after it is over."""
    det, state, t0 = learnt(learnt_week)

    def rate(t: int) -> float:
        return seasonal(t) * (1.8 if 9 * HOUR <= t - t0 < 15 * HOUR else 1.0)

    signals = feed_counts(det, state, t0, 24 * 60, random.Random(4), rate=rate)
    (s,) = signals
    assert (s.kind, s.severity, s.details["episode"]) == (Kind.VOLUME_SPIKE, Severity.INFO,
                                                          "start")
    assert t0 + 10 * HOUR <= s.at_ms <= t0 + 14 * HOUR
    assert s.details["scale"] == "2h" and float(s.details["of_usual_peak"]) >= 1.0
    assert float(s.details["z"]) >= 1.0 and s.observed is not None and s.expected is not None
    assert s.observed > s.expected
    assert "sustained mention volume" in s.title and "/h" in s.title
    assert state.episode_at == [-1, -1, -1]  # over by midnight


def test_the_sustained_test_waits_for_a_day_of_history() -> None:
    det = VolumeDetector(spec())
    state = det.new_state()
    rising = feed_counts(det, state, MONDAY, 20 * 60, random.Random(5),
                         rate=lambda t: 5.0 + (t - MONDAY) / HOUR)  # 5/min rising to 25/min
    assert [s for s in rising if s.details.get("baseline_kind", "").endswith("/peak")] == []
    assert state.history_ms < DAY


def test_negative_spikes_have_episodes_of_their_own(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    lunch = advance_quietly(det, state, t0, 13 * 60)
    signals = [s for minute in range(3) for _, out in
               burst(det, state, lunch + minute * MIN, 26, 2000, negative=True) for s in out]
    negatives = [s for s in signals if s.kind == Kind.NEGATIVE_SPIKE]
    assert [s.details["episode"] for s in negatives][:1] == ["start"]
    assert {s.group for s in negatives} == {"episode 2024-06-10T13:00:00Z"}
    assert all(s.details["episode"] == "update" for s in negatives[1:])


# ---- backtest ------------------------------------------------------------------------------


def test_backtest_on_five_minute_buckets() -> None:
    bucket = 5 * MIN
    rng = random.Random(11)
    rows: list[tuple[int, int, int]] = []
    spike_from, spike_to = MONDAY + 8 * DAY + 15 * HOUR, MONDAY + 8 * DAY + 15 * HOUR + 30 * MIN
    for i in range(9 * DAY // bucket):
        t = MONDAY + i * bucket
        lam = 5 * daily_rate(utc_hour(t))
        if spike_from <= t < spike_to:
            lam *= 4
        total = poisson(rng, lam)
        rows.append((t, total, sum(rng.random() < NEGATIVE_SHARE for _ in range(total))))
    interval = infer_interval_ms([t for t, _, _ in rows])
    assert interval == bucket
    det = VolumeDetector(spec(window=f"{interval // MIN}m", cooldown="15m"))
    state = det.new_state()
    signals = [s for t, total, negative in rows
               for s in det.observe_count(state, t, total, negative)]
    late = [s for s in signals if s.at_ms >= MONDAY + DAY]
    assert late and all(spike_from <= s.at_ms < spike_to for s in late)
    assert {s.kind for s in late} >= {Kind.VOLUME_SPIKE}
    first = min(late, key=lambda s: s.at_ms)
    assert first.at_ms == spike_from
    assert first.details["interval"] == "5m"
    assert first.mentions == () and first.caused_by is None


def test_infer_interval_ms() -> None:
    ts = [0, 300_000, 600_000, 600_000, 1_200_000, 1_500_000, 1_800_000]
    assert infer_interval_ms(list(reversed(ts))) == 300_000  # gaps, duplicates, order
    assert infer_interval_ms([0, 60_000, 180_000]) == 60_000  # tie: the smaller gap
    with pytest.raises(ValueError, match="two distinct"):
        infer_interval_ms([5, 5])


# ---- the signal itself ---------------------------------------------------------------------


def test_signal_content(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    night = advance_quietly(det, state, t0, 3 * 60)
    langs = ["en", "ru", "mixed"]
    signals: list[Signal] = []
    for i in range(1, 21):
        signals += det.observe(state, mention(
            i, night + 5_000 + i * 100, negative=i % 2 == 0, followers=i * 100,
            lang=langs[i % 3], repost_of="post-1" if i % 4 else None,
            negativity=(i % 5) / 5, ingested_at_ms=night + 9_000 + i,
            appended_at_ms=night + 8_000 + i))
    (s,) = signals
    # The group names the episode (its start), so its later signals update one incident.
    assert (s.brand, s.kind, s.severity, s.at_ms, s.group) == (
        "acme", Kind.VOLUME_SPIKE, Severity.WARNING, night, "episode 2024-06-10T03:00:00Z")
    assert (s.details["episode"], s.details["episode_start_ms"]) == ("start", night)
    assert s.observed == 20.0 and s.expected is not None and 0 < s.expected < 1
    assert s.reach == sum(i * 100 for i in range(1, 21))
    assert s.languages == {"en": 6, "ru": 7, "mixed": 7}
    assert s.negative_share == 0.5
    assert [m.reach for m in s.mentions] == [2000, 1900, 1800, 1700, 1600]
    assert s.caused_by == "post-1"
    # Latency is measured from the mention that tipped the count over, not the loudest one.
    assert (s.source_created_at_ms, s.source_appended_at_ms, s.source_ingested_at_ms) == (
        night + 5_000 + 20 * 100, night + 8_020, night + 9_020)
    assert set(s.details) >= {"p_value", "interval", "baseline_kind", "elapsed_ms", "ratio"}
    assert 0 <= float(s.details["p_value"]) < 1e-4
    assert s.details["interval"] == "1m"
    assert "Acme" in s.title and "20" in s.title


def test_negative_kinds_show_the_most_negative_first(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    night = advance_quietly(det, state, t0, 3 * 60)
    signals = [s for i in range(1, 41) for s in det.observe(state, mention(
        i, night + i * 100, negative=True, followers=i, negativity=(i % 7) / 7))]
    negative = next(s for s in signals if s.kind == Kind.NEGATIVE_SPIKE)
    assert [m.negativity for m in negative.mentions] == sorted(
        (m.negativity for m in negative.mentions), reverse=True)
    assert all(m.reach >= 16 for m in negative.mentions)  # chosen by reach among negatives


def test_russian_titles(learnt_week: bytes) -> None:
    det = VolumeDetector(msgspec.structs.replace(spec(), language="ru"))
    state = msgspec.msgpack.decode(learnt_week, type=VolumeState)
    hit = first_signal(det, state, MONDAY + 7 * DAY + 1000, 30, 100)
    assert hit is not None and "всплеск упоминаний" in hit[1].title


def test_story_key() -> None:
    m = mention(1, 0).mention
    assert story_key(m) is None
    assert story_key(msgspec.structs.replace(m, quote_of="q1")) == "q1"
    assert story_key(msgspec.structs.replace(m, media=(Media(type="video", hash="h1"),))) == "h1"
    det = VolumeDetector(spec(), story_of=lambda m: "custom")
    state = det.new_state()
    det.observe(state, mention(1, MONDAY))
    assert state.stories == {"custom": 1}


def test_many_distinct_stories_stay_bounded() -> None:
    det = VolumeDetector(spec())
    state = det.new_state()
    for i in range(1000):
        det.observe(state, mention(i, MONDAY + i, repost_of=f"p{i % 100}" if i % 2 else "hot"))
    assert len(state.stories) <= 8
    assert max(state.stories, key=state.stories.__getitem__) == "hot"


# ---- state ---------------------------------------------------------------------------------


_step = st.tuples(
    st.sampled_from(["observe", "observe", "observe", "count", "tick"]),
    st.integers(-3 * HOUR, 3 * HOUR),  # time offset: late, out of order, far ahead
    st.integers(0, 400),  # count / followers
    st.booleans(),  # negative
    st.integers(-2 * HOUR, 2 * HOUR),  # ingest time offset (0 = unknown)
)


@settings(max_examples=200, deadline=None)
@given(steps=st.lists(_step, max_size=60), window=st.sampled_from(["10s", "1m", "5m"]),
       tz=st.sampled_from(["UTC", "Europe/Berlin", "Asia/Kolkata", "America/St_Johns"]))
def test_any_sequence_never_crashes_or_goes_back_in_time(
        steps: list[tuple[str, int, int, bool, int]], window: str, tz: str) -> None:
    det = VolumeDetector(spec(tz=tz, window=window, warmup="1m"))
    state = det.new_state()
    base = 1_711_846_800_000  # 2024-03-31 01:00Z: a DST change in Berlin
    clock = base
    for i, (op, offset, n, negative, ingest) in enumerate(steps):
        clock = max(clock, base + offset)
        before = state.open_start
        if op == "observe":
            ingested = 0 if ingest == 0 else base + offset + ingest
            signals = det.observe(state, mention(i, base + offset, negative=negative,
                                                 followers=n, ingested_at_ms=max(ingested, 0)))
        elif op == "count":
            signals = det.observe_count(state, base + offset, n, n // 3 if negative else None)
        else:
            signals = det.tick(state, clock)
        assert state.open_start >= before
        assert state.open_start % det.interval_ms == 0 or state.open_start == -1
        assert 0 <= state.slot < 168
        for s in signals:
            assert s.kind in Kind.VOLUME_KINDS and s.at_ms <= state.open_start
            assert s.severity >= Severity.WARNING
        assert len(state.top_reach) <= 5 and len(state.stories) <= 8
    assert roundtrip(state) == state


def test_state_msgpack_roundtrip_continues_identically(learnt_week: bytes) -> None:
    det, state, t0 = learnt(learnt_week)
    night = advance_quietly(det, state, t0, 3 * 60)
    for i in range(10):
        det.observe(state, mention(i, night + i * 1000, repost_of="p"))
    copy = roundtrip(state)
    assert copy == state
    a = [s for _, out in burst(det, state, night + 20_000, 100, 300) for s in out]
    b = [s for _, out in burst(VolumeDetector(spec()), copy, night + 20_000, 100, 300)
         for s in out]
    assert a == b and len(a) == 3


def scaled(factor: float) -> Callable[[int], float]:
    return lambda t: factor * seasonal(t)


def test_state_size_is_bounded_and_independent_of_volume() -> None:
    sizes = {}
    for scale in (0.01, 1.0, 20.0):
        det = VolumeDetector(spec())
        state = det.new_state()
        feed_counts(det, state, MONDAY, 7 * 24 * 60, random.Random(12), rate=scaled(scale))
        for i in range(200):  # an open interval with its top mentions
            det.observe(state, mention(i, MONDAY + 7 * DAY + i, followers=i,
                                       negative=i % 3 == 0, repost_of=f"p{i % 20}"))
        sizes[scale] = len(msgspec.msgpack.encode(state))
    assert max(sizes.values()) < 5_000
    assert max(sizes.values()) - min(sizes.values()) < 300


def test_state_from_an_older_empty_record_decodes_with_defaults() -> None:
    state = msgspec.msgpack.decode(msgspec.msgpack.encode({}), type=VolumeState)
    assert len(state.week_total) == 168 * 4 and state.open_start == -1


# ---- configuration -------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "value", "message"), [
    ("window", "7m", "divide an hour"),
    ("window", "2h", "divide an hour"),
    ("window", "500ms", "from 1s"),
    ("baseline", "30s", "at least the window"),
    ("cooldown", "soon", "invalid duration"),
    ("min_count", 0, "min_count must be >= 1"),
    ("factor", 1.0, "factor must be > 1"),
    ("p_value", 0.0, "p_value must be in"),
    ("share_delta", 1.5, "share_delta must be in"),
    ("share_min_count", 0, "share_min_count must be >= 1"),
    ("episode_gap", "30s", "episode_gap '30s' must be at least the window"),
    ("tail_factor", -1.0, "tail_factor must be in"),
    ("peak_factor", 101.0, "peak_factor must be in"),
])
def test_thresholds_are_validated(field: str, value: object, message: str) -> None:
    with pytest.raises(msgspec.ValidationError, match=message):
        msgspec.convert({field: value}, VolumeThresholds)


def test_unknown_threshold_field_is_rejected() -> None:
    with pytest.raises(msgspec.ValidationError, match="unknown field"):
        msgspec.convert({"windwo": "1m"}, VolumeThresholds)


# ---- tail probabilities against direct sums -------------------------------------------------


def _direct_sf(pmf: Callable[[int], float], k: int, upto: int) -> float:
    return sum(pmf(x) for x in range(k, upto))


@settings(max_examples=150, deadline=None)
@given(k=st.integers(0, 150), mu=st.floats(0.05, 80.0))
def test_poisson_tail(k: int, mu: float) -> None:
    def pmf(x: int) -> float:
        return math.exp(x * math.log(mu) - mu - math.lgamma(x + 1))

    exact = _direct_sf(pmf, k, 2000)
    got = math.exp(log_poisson_sf(k, mu))
    assert got == pytest.approx(exact, rel=1e-7, abs=1e-300)


@settings(max_examples=150, deadline=None)
@given(k=st.integers(0, 120), mu=st.floats(0.1, 50.0), inv_k=st.floats(0.01, 2.0))
def test_negative_binomial_tail(k: int, mu: float, inv_k: float) -> None:
    r = 1.0 / inv_k
    p = r / (r + mu)

    def pmf(x: int) -> float:
        return math.exp(math.lgamma(x + r) - math.lgamma(r) - math.lgamma(x + 1)
                        + r * math.log(p) + x * math.log1p(-p))

    exact = 1.0 - sum(pmf(x) for x in range(k)) if k < mu else _direct_sf(pmf, k, 20_000)
    got = math.exp(log_negbin_sf(k, mu, inv_k))
    assert got == pytest.approx(exact, rel=1e-6, abs=1e-12)
    # over-dispersion only ever makes the upper tail heavier
    if k > mu + 3 * math.sqrt(mu):
        assert log_negbin_sf(k, mu, inv_k) >= log_poisson_sf(k, mu)


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 200), data=st.data(), q=st.floats(0.01, 0.99))
def test_binomial_tail(n: int, data: st.DataObject, q: float) -> None:
    k = data.draw(st.integers(0, n + 1))

    def pmf(x: int) -> float:
        return math.exp(math.lgamma(n + 1) - math.lgamma(x + 1) - math.lgamma(n - x + 1)
                        + x * math.log(q) + (n - x) * math.log1p(-q))

    exact = _direct_sf(pmf, k, n + 1)
    got = math.exp(log_binomial_sf(k, n, q))
    assert got == pytest.approx(exact, rel=1e-7, abs=1e-300)


def test_extreme_tails_stay_finite_in_log_space() -> None:
    assert log_poisson_sf(5000, 10.0) < -10_000
    assert math.isfinite(log_negbin_sf(100_000, 50.0, 0.3))
    assert log_binomial_sf(900, 1000, 0.1) < -1000
    assert log_poisson_sf(3, 0.0) == -math.inf and log_poisson_sf(0, 5.0) == 0.0


@given(st.lists(st.integers(0, 5), max_size=40))
def test_top_lists_keep_the_order_a_stable_sort_would(reaches: list[int]) -> None:
    top: list[MentionRef] = []
    floor = -1
    kept: list[MentionRef] = []
    for i, r in enumerate(reaches):
        ref = MentionRef(str(i), "x", "", "", "", "en", reach=r)
        if r > floor:
            floor = _keep_top(top, ref)
            kept = sorted([*kept, ref], key=lambda m: m.reach, reverse=True)[:5]
        assert top == kept
