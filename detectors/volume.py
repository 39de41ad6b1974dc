"""Per-brand volume detector: all mentions and negative mentions against a seasonal baseline.

Baseline. Each brand learns, per counting interval (`VolumeThresholds.window`), the mean count
for every hour of the week (168 slots, local time of `business_hours.tz`) and, as a fallback
while the first week is learnt, for every hour of the day (24 slots). The expectation is the
hour's mean (raised, never lowered, towards the neighbouring hour near a transition, so the
end of a rising hour is not judged by the hour's average) times a recent level: an EWMA with
half-life `baseline` of what was seen over what the hour means predicted, clamped to
[1/4, 4], so a brand that grows this week is not judged by last week alone.
Everything learnt is first winsorised to expected +/- (3 sigma + 1), so one spike moves the
baseline little and an outage does not lower it; over-dispersion is learnt as the negative
binomial 1/k (Var = mu + mu^2/k) from the same residuals. Winsorised samples still ratchet an
EWMA up (each sits ~3 sigma high), so while a series' spike is cooling down (its incident is
open) its level learns 8x slower, its hour slots at most the expectation and its dispersion
nothing: an 8x crisis keeps signalling for its whole length instead of being learnt within
40 minutes, does not raise tomorrow's threshold or next week's same hour, while a lasting
change of level is still learnt within a day. Hours not yet seen whole on an earlier day
learn normally: there an alarm may be our own ignorance. The state has a fixed size
(float32/uint16 arrays in bytearrays): ~2.9 KB of msgpack, whatever the volume.

Count test. Fire when count >= min_count, count >= factor x expected and
P(X >= count | expected) < p_value: Poisson, or negative binomial when 1/k adds more than 5 %
variance. Error needs 2x (min_count, factor) and p_value^2, critical 4x and p_value^4.
Heavy tails: real counts have bursts no negative binomial fitted to the bulk predicts (a bot,
a digest, a celebrity's retweet). Per kind the detector tracks the -log10 p its intervals beat
about once in three days (stochastic approximation: one step up per interval that beats it,
small steps down otherwise; an interval continuing a spike episode does not count). If the
count model held that would be -log10 of that share of intervals (~3.7 with 1-minute
windows); a brand whose routine bursts are more surprising than that gets its bar raised in
proportion (log p_value x tail_factor x tracked / nominal, with a 25 % dead band for the
estimate's own noise): the model's p-values are corrected by how wrong they proved.

Sustained test (volume only). A rise too slow for any interval to look like a spike: when an
interval closes, the level (EWMA of the counts, half-life 2 h) is compared with its usual peak
(a tracked 99.8 % quantile: what the busiest hours of about a fortnight reach) and with its
seasonal expectation. peak_factor x usual peak and 1 sigma above the expectation (square-root
transform, negative binomial variance) start an episode as info: a busy day is worth a note,
not a page; the count test escalates it if it becomes a spike. Armed after a day of history.

Episodes. A kind's first signal starts an episode (`group` = "episode <start, UTC>",
details.episode = "start"); later signals are updates of it ("update", same group, severity
never lower than before), emitted as before (an escalation at once, the same level again after
`cooldown`). An episode goes on while an interval passes the warning floors of its count test
(or, for volume, its level stays within 80 % of its usual peak and above the expectation) and
ends `episode_gap` after the last such interval. A lasting change of level is one episode:
the level and the usual peak learn it, the test stops firing, the episode ends.

Early firing. The open interval is tested on every mention, against the expectation for the
elapsed part of the interval but never for less than a quarter of it (a handful of mentions
in the first seconds is a clump, not a spike), and with alpha spending: a look after a
fraction f of the interval must reach p_value x f, so the many looks of an interval together
page about as rarely as one. A per-kind "recheck" count keeps the usual mention to a few
integer comparisons: a tail probability is computed only once the cheap floors pass, and after
a failed test the next waits for ~6 % more mentions, which bounds the work.

Negative share (NEGATIVE_SHARE). Judged once per interval, when it closes, over `share_window`
(the interval and the closed ones before it): at least share_min_count negative mentions, a
share at least share_delta above the usual one and a
binomial tail below p_value, while the total is normal (not factor x expected, no volume or
negative spike within the cooldown). Per mention it would page on every reply thread. The
usual share is the hour's, shrunk towards the brand's (a count-weighted day-long EWMA) by how
few mentions the hour's estimate rests on.

Cold start. The first 3 intervals are only observed. Until `warmup` of history the expectation
is the median of the intervals so far, min_count and factor are doubled and the counts are
assumed heavily over-dispersed (1/k = 0.25).

Time. Mentions are placed by event time, capped at their ingest time (a source clock ahead of
ours cannot move the interval forward). Intervals close when a later mention arrives or on
`tick`; missed intervals count as zeros. A mention up to one interval older than the open
one is counted in the open one (stragglers at interval edges are normal); older ones are
dropped and counted in `late_dropped`. Time never goes backwards.
"""

from __future__ import annotations

import math
import struct
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from itertools import pairwise
from typing import Final, NamedTuple
from zoneinfo import ZoneInfo

import msgspec

from detectors.config import BrandSpec
from detectors.durations import format_duration, parse_duration
from detectors.model import Enriched, Kind, Mention, MentionRef, Severity, Signal

__all__ = [
    "VolumeDetector",
    "VolumeState",
    "infer_interval_ms",
    "log_binomial_sf",
    "log_negbin_sf",
    "log_poisson_sf",
    "story_key",
]

_HOUR_MS: Final = 3_600_000
_QUARTER_MS: Final = 900_000  # every real time zone changes offset on a quarter hour
_WEEK_SLOTS: Final = 168
_DAY_SLOTS: Final = 24
_THURSDAY_HOURS: Final = 72  # 1970-01-01 was a Thursday; slot 0 is Monday 00:00 local
_F32: Final = struct.Struct("<f")
_U16: Final = struct.Struct("<H")

_WEEK_WEIGHT: Final = 0.3  # share of an hour-of-week slot learnt from its latest week
_DAY_WEIGHT: Final = 0.3  # share of an hour-of-day slot learnt from its latest day
_DISPERSION_HALF_LIFE_MS: Final = 6 * _HOUR_MS
_SHARE_HALF_LIFE_MS: Final = 24 * _HOUR_MS
_DISPERSION_PRIOR: Final = 0.1  # until learnt, assume mildly bursty traffic
_DISPERSION_MIN_EXPECTED: Final = 1.0  # below this residuals say nothing about 1/k
_NEGBIN_MIN_EXTRA_VARIANCE: Final = 0.05
_CLIP_SIGMAS: Final = 3.0
_ALARM_LEVEL_SLOWDOWN: Final = 8.0  # while a spike cools down, the level learns this much slower
_LEVEL_MIN, _LEVEL_MAX = 0.25, 4.0
_OBSERVE_ONLY_INTERVALS: Final = 3
_COLD_MULTIPLIER: Final = 2
_COLD_DISPERSION: Final = 0.25
_COLD_KEEP: Final = 120  # counts kept for the cold-start median (dropped after warm-up)
_EARLY_MIN_FRACTION: Final = 0.25
_MIN_SPEND: Final = 0.01  # the smallest share of p_value an early look may use
_MIN_EXPECTED: Final = 1e-6
_SHARE_MIN, _SHARE_MAX = 0.02, 0.98
_SHARE_PRIOR_MENTIONS: Final = 50.0  # weight of the brand's share against an hour's own
_LEVEL_MULTIPLIER: Final = (0, 1, 2, 4)  # by Severity: warning 1x, error 2x, critical 4x
_NEVER: Final = 1 << 62
_TOP: Final = 5
_TEXT_CHARS: Final = 200
_STORY_SLOTS: Final = 8
_CAUSE_MIN_SHARE: Final = 0.2
_CAUSE_MIN_COUNT: Final = 3
_POSITIVE_LED_SHARE: Final = 1 / 3  # a volume spike this positive (and 3x more positive than
_POSITIVE_LED_RATIO: Final = 3  # negative) is a campaign or a launch: signalled as info

# Sustained test: the level (EWMA of the counts, half-life 2 h) against its usual peak, the
# level's tracked 99.8 % quantile (what the busiest hours of a fortnight reach).
_PEAK_HALF_LIFE_MS: Final = 2 * _HOUR_MS
_PEAK_QUANTILE: Final = 0.998
_PEAK_STEP_PER_HOUR: Final = 0.24  # log-step of the quantile tracker, per hour of intervals
_PEAK_LEARNING_SPEEDUP: Final = 10.0  # while the first day is learnt
_PEAK_ARMED_MS: Final = 24 * _HOUR_MS  # history before the sustained test is trusted
_PEAK_STILL: Final = 0.8  # an episode goes on while the level is this near its usual peak
_PSEUDO_PER_HOUR: Final = 6.0  # keeps near-silent brands' ratios finite
_SUSTAINED_Z: Final = 1.0  # and above the seasonal expectation by this many sigmas
# Tail calibration: the -log10 p that a brand's intervals beat about once in three days
# (-log10 of that share of intervals if the count model holds: ~3 for 5-minute intervals);
# when its routine spikes are more surprising, the bar rises in proportion.
_TAIL_PER_DAY: Final = 0.3
_TAIL_STEP: Final = 0.1  # log-step up for each interval that beats it
_TAIL_SLACK: Final = 0.25
_DAY_MS: Final = 24 * _HOUR_MS
_LN10: Final = math.log(10.0)

# Per-kind slots in the state's small lists.
_VOLUME, _NEGATIVE, _SHARE = 0, 1, 2
_KINDS: Final = (Kind.VOLUME_SPIKE, Kind.NEGATIVE_SPIKE, Kind.NEGATIVE_SHARE)

# Baseline kinds for the open interval (also reported in Signal.details["baseline_kind"]).
_LEARNING, _COLD, _RECENT, _DAILY, _WEEKLY = "learning", "cold", "recent", "daily", "weekly"


def _zeros_f32(n: int) -> Callable[[], bytearray]:
    return lambda: bytearray(4 * n)


def _zeros_u16(n: int) -> Callable[[], bytearray]:
    return lambda: bytearray(2 * n)


def _per_kind(value: int) -> Callable[[], list[int]]:
    return lambda: [value, value, value]


def _floats(*values: float) -> Callable[[], list[float]]:
    return lambda: list(values)


class VolumeState(msgspec.Struct, gc=False):
    """One brand's volume history and open interval (msgpack in the detector changelog).

    Arrays are little-endian float32 (means) and uint16 (samples seen) in bytearrays: ~2 KB
    for a week of seasonality instead of a list of Python floats per brand."""

    # Learnt history.
    week_total: bytearray = msgspec.field(default_factory=_zeros_f32(_WEEK_SLOTS))
    week_negative: bytearray = msgspec.field(default_factory=_zeros_f32(_WEEK_SLOTS))
    week_seen: bytearray = msgspec.field(default_factory=_zeros_u16(_WEEK_SLOTS))
    day_total: bytearray = msgspec.field(default_factory=_zeros_f32(_DAY_SLOTS))
    day_negative: bytearray = msgspec.field(default_factory=_zeros_f32(_DAY_SLOTS))
    day_seen: bytearray = msgspec.field(default_factory=_zeros_u16(_DAY_SLOTS))
    level_total: float = 0.0  # EWMA of winsorised totals
    level_total_predicted: float = 0.0  # EWMA of what the profile predicted for them
    level_negative: float = 0.0
    level_negative_predicted: float = 0.0
    level_weight: float = 0.0  # EWMA of 1: corrects the level's start-up bias
    # Count-weighted (so quiet hours cannot dominate) day-long EWMAs: the usual negative share.
    share_negative: float = 0.0
    share_total: float = 0.0
    dispersion_total: float = _DISPERSION_PRIOR  # negative binomial 1/k
    dispersion_negative: float = _DISPERSION_PRIOR
    intervals_seen: int = 0  # completed intervals, capped at the warm-up length
    cold_totals: list[int] = msgspec.field(default_factory=list)
    cold_negatives: list[int] = msgspec.field(default_factory=list)
    # The open interval.
    open_start: int = -1  # epoch ms; -1 before the first event
    slot: int = 0  # hour of week of open_start, local time
    baseline_kind: str = _LEARNING
    expected_total: float = 0.0  # per whole interval
    expected_negative: float = 0.0
    predicted_total: float = -1.0  # the profile's prediction (-1: no profile for this hour)
    predicted_negative: float = -1.0
    total: int = 0
    negative: int = 0
    positive: int = 0
    negative_known: bool = True  # False when a pre-aggregated interval had no negative count
    share_tested: bool = True  # the share test has seen the open interval's counts
    reach: int = 0
    languages: dict[str, int] = msgspec.field(default_factory=dict)
    top_reach: list[MentionRef] = msgspec.field(default_factory=list)
    top_reach_floor: int = -1  # reach a mention must beat to enter top_reach (-1: not full)
    top_negative: list[MentionRef] = msgspec.field(default_factory=list)
    top_negative_floor: int = -1
    stories: dict[str, int] = msgspec.field(default_factory=dict)  # space-saving heavy hitters
    # Closed intervals inside the share window, oldest first.
    recent_totals: list[int] = msgspec.field(default_factory=list)
    recent_negatives: list[int] = msgspec.field(default_factory=list)
    # Per kind (volume, negative, share).
    recheck_at: list[int] = msgspec.field(default_factory=_per_kind(_NEVER))
    min_severity: list[int] = msgspec.field(default_factory=_per_kind(int(Severity.WARNING)))
    last_signal_at: list[int] = msgspec.field(default_factory=_per_kind(-1))
    last_severity: list[int] = msgspec.field(default_factory=_per_kind(0))
    # Sustained test: EWMAs of the counts and of their expectation per interval, the usual
    # peak of the former, and the time seen (until the test is armed).
    level: float = 0.0
    level_expected: float = 0.0
    usual_peak: float = 0.0
    history_ms: int = 0
    sustained_tested: bool = True  # the sustained test has seen the open interval's counts
    # Per count kind (volume, negative): the -log10 p beaten about once in three days (0:
    # none yet, read as the count model's own).
    tail: list[float] = msgspec.field(default_factory=_floats(0.0, 0.0))
    # Episodes, per kind: start (-1: none), the last interval that showed it, its severity.
    episode_at: list[int] = msgspec.field(default_factory=_per_kind(-1))
    episode_seen: list[int] = msgspec.field(default_factory=_per_kind(-1))
    episode_severity: list[int] = msgspec.field(default_factory=_per_kind(0))
    # Counters for metrics.
    late_folded: int = 0
    late_dropped: int = 0


class _Hit(NamedTuple):
    severity: Severity
    expected: float  # scaled to the elapsed part of the interval
    log_p: float
    bar: float = 0.0  # log p a warning had to beat (before alpha spending)


def story_key(mention: Mention) -> str | None:
    """What many mentions of one story share: the post they repost, quote or answer, else
    the media they carry."""
    key = mention.repost_of or mention.quote_of or mention.in_reply_to
    if key:
        return key
    if mention.media:
        media = mention.media[0]
        return media.hash or media.url or None
    return None


class VolumeDetector:
    """Stateless apart from the brand's settings and a time-zone offset cache: all history is
    in the `VolumeState` passed in, so one detector serves any number of states."""

    def __init__(self, spec: BrandSpec, *,
                 story_of: Callable[[Mention], str | None] = story_key) -> None:
        v = spec.volume
        self._brand = spec.id
        self._name = spec.name
        self._russian = spec.language == "ru"
        self._interval = parse_duration(v.window)
        self._per_hour = _HOUR_MS // self._interval
        self._slot_learnt = max(1, self._per_hour // 4)
        self._week_intervals = _WEEK_SLOTS * self._per_hour
        self._warmup = max(_OBSERVE_ONLY_INTERVALS, -(-parse_duration(v.warmup) // self._interval))
        self._cooldown = parse_duration(v.cooldown)
        self._min_count = v.min_count
        self._factor = v.factor
        self._log_p = math.log(v.p_value)
        self._share_delta = v.share_delta
        self._share_min_count = v.share_min_count
        self._share_past = max(0, -(-parse_duration(v.share_window) // self._interval) - 1)
        self._week_alpha: float = 1.0 - (1.0 - _WEEK_WEIGHT) ** (1.0 / self._per_hour)
        self._day_alpha: float = 1.0 - (1.0 - _DAY_WEIGHT) ** (1.0 / self._per_hour)
        self._level_alpha: float = 1.0 - 0.5 ** (self._interval / parse_duration(v.baseline))
        self._dispersion_alpha: float = 1.0 - 0.5 ** (self._interval / _DISPERSION_HALF_LIFE_MS)
        self._share_alpha: float = 1.0 - 0.5 ** (self._interval / _SHARE_HALF_LIFE_MS)
        self._episode_gap = parse_duration(v.episode_gap)
        self._tail_factor = v.tail_factor
        self._peak_factor = v.peak_factor
        hours = self._interval / _HOUR_MS
        self._peak_step = _PEAK_STEP_PER_HOUR * hours
        self._pseudo = _PSEUDO_PER_HOUR * hours
        # Multipliers of (usual peak + pseudo) up / down, when armed [0] and while learning [1].
        self._peak_moves = tuple(
            (math.exp(step * _PEAK_QUANTILE), math.exp(-step * (1.0 - _PEAK_QUANTILE)))
            for step in (self._peak_step, self._peak_step * _PEAK_LEARNING_SPEEDUP))
        share = _TAIL_PER_DAY * self._interval / _DAY_MS  # of intervals beating the tail
        self._tail_nominal = -math.log10(share)
        self._tail_up = math.exp(_TAIL_STEP * (1.0 - share))
        self._tail_down = math.exp(-_TAIL_STEP * share)
        self._peak_alpha: float = 1.0 - 0.5 ** (self._interval / _PEAK_HALF_LIFE_MS)
        self._peak_neff = (2.0 - self._peak_alpha) / self._peak_alpha  # intervals it averages
        self._story_key = story_of
        tz = spec.business_hours.tz
        self._tz: ZoneInfo | None = None if tz in ("UTC", "Etc/UTC") else ZoneInfo(tz)
        self._tz_quarter = -1
        self._tz_offset_ms = 0

    @property
    def interval_ms(self) -> int:
        return self._interval

    def new_state(self) -> VolumeState:
        return VolumeState()

    # ---- hot path -----------------------------------------------------------------------

    def observe(self, state: VolumeState, m: Enriched) -> list[Signal]:
        """Count one live mention and test the open interval so far."""
        mention = m.mention
        t = mention.created_at_ms
        ingested = m.ingested_at_ms
        if 0 < ingested < t:
            t = ingested
        start = state.open_start
        out: list[Signal] = []
        if t >= start + self._interval:
            self._advance(state, t, out)
        elif t < start:
            if t < start - self._interval:
                state.late_dropped += 1
                return out
            state.late_folded += 1
        state.total += 1
        followers = mention.author.followers
        state.reach += followers
        languages = state.languages
        languages[m.lang] = languages.get(m.lang, 0) + 1
        negative = m.sentiment == "negative"
        ref: MentionRef | None = None  # built once even when it enters both top lists (frozen)
        if followers > state.top_reach_floor:
            ref = self._ref(m, followers)
            state.top_reach_floor = _keep_top(state.top_reach, ref)
        if negative:
            state.negative += 1
            if followers > state.top_negative_floor:
                if ref is None:
                    ref = self._ref(m, followers)
                state.top_negative_floor = _keep_top(state.top_negative, ref)
        elif m.sentiment == "positive":
            state.positive += 1
        key = self._story_key(mention)
        if key is not None:
            _count_story(state.stories, key)

        state.share_tested = state.sustained_tested = False
        recheck = state.recheck_at
        if state.total >= recheck[_VOLUME]:
            self._test_volume(state, t, out, m)
        if negative and state.negative >= recheck[_NEGATIVE]:
            self._test_negative(state, t, out, m)
        return out

    def observe_count(self, state: VolumeState, at_ms: int, total: int,
                      negative: int | None = None) -> list[Signal]:
        """Add a pre-aggregated interval (CSV backtests) and test it as a whole. The spec's
        window must be the buckets' size (see `infer_interval_ms`)."""
        if total < 0 or (negative is not None and not 0 <= negative <= total):
            raise ValueError(f"counts must satisfy 0 <= negative <= total, got {negative}/{total}")
        start = state.open_start
        out: list[Signal] = []
        if at_ms >= start + self._interval:
            self._advance(state, at_ms, out)
        elif at_ms < start:
            state.late_dropped += total
            return out
        state.total += total
        if negative is None:
            state.negative_known = False
        else:
            state.negative += negative
        end = state.open_start + self._interval
        if state.total >= state.recheck_at[_VOLUME]:
            self._test_volume(state, end, out, None)
        # The bucket is complete: the tests of closed intervals need not wait for its end.
        self._test_sustained(state, out)
        if state.negative_known:
            if state.negative >= state.recheck_at[_NEGATIVE]:
                self._test_negative(state, end, out, None)
            self._test_share(state, out)
        return out

    def tick(self, state: VolumeState, now_ms: int) -> list[Signal]:
        """Close the intervals that ended by `now_ms`: quiet time is learnt as zeros and the
        negative share of a closed interval is judged (it may emit NEGATIVE_SHARE)."""
        out: list[Signal] = []
        if state.open_start >= 0 and now_ms >= state.open_start + self._interval:
            self._advance(state, now_ms, out)
        return out

    def expected(self, state: VolumeState) -> tuple[float, float]:
        """Expected (total, negative) counts for the whole open interval: for dashboards."""
        return state.expected_total, state.expected_negative

    def usual_negative_share(self, state: VolumeState) -> float:
        """The share the negative-share test compares with now: for dashboards."""
        return self._usual_share(state)

    # ---- tests --------------------------------------------------------------------------

    def _fraction(self, state: VolumeState, t: int) -> float:
        f = (t - state.open_start) / self._interval
        return _EARLY_MIN_FRACTION if f < _EARLY_MIN_FRACTION else min(f, 1.0)

    def _floor(self, severity: int, expected: float, cold: bool) -> int:
        mult = _LEVEL_MULTIPLIER[severity] * (_COLD_MULTIPLIER if cold else 1)
        return max(self._min_count * mult, math.ceil(self._factor * mult * expected - 1e-9))

    def _test_count(self, state: VolumeState, kind: int, count: int, expected_full: float,
                    dispersion: float, t: int) -> _Hit | None:
        level = state.min_severity[kind]
        if level > Severity.CRITICAL:
            state.recheck_at[kind] = _NEVER
            return None
        cold = state.baseline_kind == _COLD
        expected = max(expected_full * self._fraction(state, t), _MIN_EXPECTED)
        floor = self._floor(level, expected, cold)
        if count < floor:
            state.recheck_at[kind] = floor
            return None
        log_p = _log_tail(count, expected, _COLD_DISPERSION if cold else dispersion)
        # Alpha spending: a look after a fraction f of the interval may use p_value x f, so
        # all the looks of an interval together keep about the false-alarm rate of one.
        spent = math.log(max(min((t - state.open_start) / self._interval, 1.0), _MIN_SPEND))
        bar = self._bar(state, kind)
        if log_p >= bar * _LEVEL_MULTIPLIER[level] + spent:
            state.recheck_at[kind] = count + 1 + (count >> 4)
            return None
        while (level < Severity.CRITICAL and count >= self._floor(level + 1, expected, cold)
               and log_p < bar * _LEVEL_MULTIPLIER[level + 1] + spent):
            level += 1
        return _Hit(Severity(level), expected, log_p, bar)

    def _bar(self, state: VolumeState, kind: int) -> float:
        """log p_value, raised for a brand whose routine spikes are more surprising than its
        count model says (heavy tails: a burst of bots, a daily digest) in proportion."""
        if kind == _SHARE or self._tail_factor <= 0.0 or state.baseline_kind == _COLD:
            return self._log_p
        # The estimate of a calm brand's tail wanders up to ~25 % around the model's value:
        # within that the model is taken at its word.
        excess = self._tail_factor * state.tail[kind] / self._tail_nominal - _TAIL_SLACK
        return self._log_p * excess if excess > 1.0 else self._log_p

    def _test_volume(self, state: VolumeState, t: int, out: list[Signal],
                     trigger: Enriched | None) -> None:
        hit = self._test_count(state, _VOLUME, state.total, state.expected_total,
                               state.dispersion_total, t)
        if hit is not None:
            out.append(self._signal(state, _VOLUME, hit, state.total, t, trigger))

    def _test_negative(self, state: VolumeState, t: int, out: list[Signal],
                       trigger: Enriched | None) -> None:
        hit = self._test_count(state, _NEGATIVE, state.negative, state.expected_negative,
                               state.dispersion_negative, t)
        if hit is not None:
            out.append(self._signal(state, _NEGATIVE, hit, state.negative, t, trigger))

    def _usual_share(self, state: VolumeState) -> float:
        """The hour's own share (nights may be angrier than days), shrunk towards the brand's
        count-weighted share by how few mentions the hour's estimate rests on: a quiet hour
        that happened to see no negatives must not make every negative look like a shift."""
        if state.predicted_total >= 0.0:
            hour_total, hour_negative = state.predicted_total, state.predicted_negative
        else:
            hour_total, hour_negative = state.expected_total, state.expected_negative
        mentions = max(hour_total, 0.0) * self._per_hour
        if state.share_total > 0.0:
            brand = state.share_negative / state.share_total
            share = ((hour_negative * self._per_hour + brand * _SHARE_PRIOR_MENTIONS)
                     / (mentions + _SHARE_PRIOR_MENTIONS))
        elif hour_total > 0.0:
            share = hour_negative / hour_total
        else:
            share = _SHARE_MIN
        return min(max(share, _SHARE_MIN), _SHARE_MAX)

    def _test_share(self, state: VolumeState, out: list[Signal]) -> None:
        """Negative share up over the share window (closed intervals only: judging it on every
        negative mention would multiply the looks and the false alarms for nothing) while the
        total is normal: no volume or negative spike now or within the cooldown."""
        state.share_tested = True
        level = state.min_severity[_SHARE]
        if (level > Severity.CRITICAL or state.baseline_kind == _LEARNING
                or self._cooling_down(state, _VOLUME) or self._cooling_down(state, _NEGATIVE)):
            return
        cold_mult = _COLD_MULTIPLIER if state.baseline_kind == _COLD else 1
        negative = state.negative + sum(state.recent_negatives)
        total = state.total + sum(state.recent_totals)
        usual = self._usual_share(state)
        mult = _LEVEL_MULTIPLIER[level]
        if (negative < self._share_min_count * mult * cold_mult
                or negative < (usual + self._share_delta * mult) * total
                or state.total >= self._factor * cold_mult * state.expected_total):
            return
        log_p = log_binomial_sf(negative, total, usual)
        if log_p >= self._log_p * mult:
            return
        share = negative / total
        while level < Severity.CRITICAL:
            mult = _LEVEL_MULTIPLIER[level + 1]
            if (negative < self._share_min_count * mult * cold_mult
                    or share < usual + self._share_delta * mult or log_p >= self._log_p * mult):
                break
            level += 1
        hit = _Hit(Severity(level), usual * total, log_p)
        span = (len(state.recent_totals) + 1) * self._interval
        out.append(self._signal(state, _SHARE, hit, negative, state.open_start + span, None,
                                of_total=total, span_ms=span))

    def _test_sustained(self, state: VolumeState, out: list[Signal]) -> None:
        """A 2-hour level at the top of the brand's own range and above the seasonal
        expectation: a rise too slow for any one interval to look like a spike.
        Judged when an interval closes; it starts an episode (as info: nobody is paged for a
        busy afternoon) or shows that the open one goes on."""
        state.sustained_tested = True
        if (self._peak_factor <= 0.0 or state.history_ms < _PEAK_ARMED_MS
                or state.baseline_kind in (_LEARNING, _COLD)):
            return
        alpha = self._peak_alpha
        level = state.level + alpha * (state.total - state.level)
        of_peak = (level + self._pseudo) / (state.usual_peak + self._pseudo)
        if of_peak < _PEAK_STILL and of_peak < self._peak_factor:
            return  # most intervals: far from the brand's busiest hours
        usual = state.level_expected + alpha * (state.expected_total - state.level_expected)
        z = _sqrt_z(level, usual, self._peak_neff, state.dispersion_total)
        if of_peak >= _PEAK_STILL and z >= 0.0:
            state.episode_seen[_VOLUME] = state.open_start
        if (of_peak >= self._peak_factor and z >= _SUSTAINED_Z
                and state.episode_at[_VOLUME] < 0):
            out.append(self._sustained_signal(state, level, usual, of_peak, z))

    def _cooling_down(self, state: VolumeState, kind: int) -> bool:
        last = state.last_signal_at[kind]
        return last >= 0 and state.open_start < last + self._cooldown

    # ---- signals ------------------------------------------------------------------------

    def _signal(self, state: VolumeState, kind: int, hit: _Hit, observed: int, t: int,
                trigger: Enriched | None, *, of_total: int = 0, span_ms: int = 0) -> Signal:
        """`of_total`/`span_ms`: the share window's total and length (NEGATIVE_SHARE only)."""
        state.last_signal_at[kind] = state.open_start
        state.last_severity[kind] = hit.severity
        state.min_severity[kind] = hit.severity + 1
        state.recheck_at[kind] = observed + 1
        elapsed = span_ms or min(max(t - state.open_start, 1000), self._interval)
        if kind == _SHARE:
            share: float | None = observed / of_total
        elif state.negative_known and state.total > 0:
            share = state.negative / state.total
        else:
            share = None
        if kind == _VOLUME:
            refs = tuple(state.top_reach)
        else:
            refs = tuple(sorted(state.top_negative, key=_most_negative_first))
        usual = self._usual_share(state)
        details: dict[str, str | int | float | bool] = {
            "p_value": math.exp(hit.log_p),
            "log10_p_value": round(hit.log_p / math.log(10.0), 2),
            "interval": format_duration(self._interval),
            "interval_ms": self._interval,
            "elapsed_ms": elapsed,
            "ratio": round(observed / hit.expected, 2),
            "baseline_kind": self._baseline_label(state, kind),
        }
        if kind == _SHARE:
            details["usual_share"] = round(usual, 4)
        elif hit.bar < self._log_p:
            details["tail_bar_log10_p"] = round(hit.bar / _LN10, 2)
        severity = hit.severity
        title = self._title(kind, observed, hit.expected, elapsed, of_total, usual)
        return self._emit(state, kind, severity, title, details, observed, hit.expected,
                          share, refs, trigger)

    def _emit(self, state: VolumeState, kind: int, severity: Severity, title: str,
              details: dict[str, str | int | float | bool], observed: float, expected: float,
              share: float | None, refs: tuple[MentionRef, ...],
              trigger: Enriched | None) -> Signal:
        """The signal as its episode sees it: the first one starts it, later ones are updates
        of its incident (same group) whose severity never goes down."""
        if kind == _VOLUME and state.total:
            details["positive_share"] = round(state.positive / state.total, 3)
            if (state.positive >= _POSITIVE_LED_SHARE * state.total
                    and state.positive >= _POSITIVE_LED_RATIO * state.negative):
                severity = Severity.INFO  # nobody is paged for good news; backlash has own kinds
                details["positive_led"] = True
                title += " — в основном позитив" if self._russian else " — mostly positive"
        start = state.episode_at[kind]
        state.episode_seen[kind] = state.open_start
        if start < 0:
            state.episode_at[kind] = start = state.open_start
            state.episode_severity[kind] = severity
            details["episode"] = "start"
        else:
            severity = Severity(max(severity, state.episode_severity[kind]))
            state.episode_severity[kind] = severity
            details["episode"] = "update"
        details["episode_start_ms"] = start
        return Signal(
            brand=self._brand,
            kind=_KINDS[kind],
            severity=severity,
            at_ms=state.open_start,
            title=title,
            group=_episode_group(start),
            observed=float(observed),
            expected=round(expected, 3),
            reach=state.reach,
            languages=dict(state.languages),
            negative_share=share,
            mentions=refs,
            details=details,
            caused_by=_main_story(state.stories, state.total),
            source_created_at_ms=trigger.mention.created_at_ms if trigger is not None else 0,
            source_appended_at_ms=trigger.appended_at_ms if trigger is not None else 0,
            source_ingested_at_ms=trigger.ingested_at_ms if trigger is not None else 0,
        )

    def _sustained_signal(self, state: VolumeState, level: float, usual: float,
                          of_peak: float, z: float) -> Signal:
        per_hour = _HOUR_MS / self._interval
        rate, expected = level * per_hour, max(usual * per_hour, _MIN_EXPECTED)
        half_life = format_duration(_PEAK_HALF_LIFE_MS)
        log_p = math.log(max(0.5 * math.erfc(z / math.sqrt(2.0)), _TINY))
        details: dict[str, str | int | float | bool] = {
            "p_value": math.exp(log_p),
            "log10_p_value": round(log_p / _LN10, 2),
            "interval": format_duration(self._interval),
            "interval_ms": self._interval,
            "elapsed_ms": _PEAK_HALF_LIFE_MS,
            "ratio": round(rate / expected, 2),
            "baseline_kind": f"{state.baseline_kind}/peak",
            "scale": half_life,
            "of_usual_peak": round(of_peak, 2),
            "z": round(z, 2),
        }
        ratio = rate / expected
        if self._russian:
            title = (f"{self._name}: устойчивый рост упоминаний — ~{rate:.0f} в час за последние "
                     f"{half_life} при ожидаемых ~{expected:.0f} (×{ratio:.1f}), на уровне "
                     "обычного пика")
        else:
            title = (f"{self._name}: sustained mention volume — ~{rate:.0f}/h over the last "
                     f"{half_life} vs ~{expected:.0f}/h expected ({ratio:.1f}x), at its usual "
                     "peak")
        share = (state.negative / state.total if state.negative_known and state.total
                 else None)
        return self._emit(state, _VOLUME, Severity.INFO, title, details, round(rate, 1),
                          expected, share, tuple(state.top_reach), None)

    def _baseline_label(self, state: VolumeState, kind: int) -> str:
        if kind == _SHARE:
            return f"{state.baseline_kind}/binomial"
        if state.baseline_kind == _COLD:
            return f"{_COLD}/negbin"
        dispersion = state.dispersion_total if kind == _VOLUME else state.dispersion_negative
        expected = state.expected_total if kind == _VOLUME else state.expected_negative
        heavy = max(dispersion, 0.0) * expected > _NEGBIN_MIN_EXTRA_VARIANCE
        return f"{state.baseline_kind}/{'negbin' if heavy else 'poisson'}"

    def _title(self, kind: int, observed: int, expected: float, elapsed_ms: int,
               of_total: int, usual: float) -> str:
        span = format_duration(elapsed_ms)
        ratio = observed / expected
        if kind == _SHARE:
            share = observed / of_total
            if self._russian:
                return (f"{self._name}: доля негатива {share:.0%} при обычной {usual:.0%} "
                        f"({observed} из {of_total} упоминаний за {span})")
            return (f"{self._name}: negative share {share:.0%} vs usual {usual:.0%} "
                    f"({observed} of {of_total} mentions in {span})")
        if self._russian:
            what = "всплеск упоминаний" if kind == _VOLUME else "всплеск негативных упоминаний"
            return (f"{self._name}: {what} — {observed} за {span} при ожидаемых "
                    f"{expected:.1f} (×{ratio:.1f})")
        what = "mention volume spike" if kind == _VOLUME else "negative mentions spike"
        return (f"{self._name}: {what} — {observed} in {span} vs {expected:.1f} expected "
                f"({ratio:.1f}x)")

    @staticmethod
    def _ref(m: Enriched, followers: int) -> MentionRef:
        mention = m.mention
        author = mention.author
        return MentionRef(
            id=mention.id, source=mention.source, url=mention.url,
            text=mention.text[:_TEXT_CHARS], author=author.handle or author.name or author.id,
            lang=m.lang, reach=followers, negativity=m.negativity,
            created_at_ms=mention.created_at_ms,
        )

    # ---- intervals and learning ---------------------------------------------------------

    def _advance(self, state: VolumeState, t: int, out: list[Signal]) -> None:
        """Close the open interval, learn the missed ones as zeros, open the one holding t."""
        target = t - t % self._interval
        if state.open_start >= 0:
            if not state.share_tested and state.negative_known:
                self._test_share(state, out)
            if not state.sustained_tested:
                self._test_sustained(state, out)
            self._follow(state, state.total, state.negative, state.negative_known)
            self._learn(state, state.total, state.negative, state.negative_known)
            if state.negative_known:
                self._remember(state, state.total, state.negative)
            else:  # an unknown negative count must not dilute the share window
                self._remember(state, 0, 0)
            start = state.open_start + self._interval
            # Beyond a week of silence older zeros change nothing that a week does not.
            start = max(start, target - self._week_intervals * self._interval)
            while start < target:
                self._set_baseline(state, start)
                self._follow(state, 0, 0, True)
                self._learn(state, 0, 0, True)
                self._remember(state, 0, 0)
                start += self._interval
            for kind in (_VOLUME, _NEGATIVE, _SHARE):
                if (state.episode_at[kind] >= 0 and target - state.episode_seen[kind]
                        - self._interval >= self._episode_gap):
                    state.episode_at[kind] = -1  # the episode is over
        self._set_baseline(state, target)
        self._reset_interval(state)

    def _follow(self, state: VolumeState, total: int, negative: int,
                negative_known: bool) -> None:
        """Per closed interval: whether it still shows an open spike episode, the tail of the
        brand's surprises, and the levels and usual peaks of the sustained test."""
        if state.baseline_kind not in (_LEARNING, _COLD):
            expected = state.expected_total
            if (state.episode_at[_VOLUME] >= 0
                    and total >= self._floor(Severity.WARNING, expected, False)):
                state.episode_seen[_VOLUME] = state.open_start
            # Below expected + 1 nothing can beat a tail at its floor: skip the common case.
            if ((total > expected + 1.0 or state.tail[_VOLUME] > self._tail_nominal)
                    and self._routine(state, _VOLUME)):
                self._track_tail(state, _VOLUME, total, expected, state.dispersion_total)
            if negative_known:
                expected = state.expected_negative
                if (state.episode_at[_NEGATIVE] >= 0
                        and negative >= self._floor(Severity.WARNING, expected, False)):
                    state.episode_seen[_NEGATIVE] = state.open_start
                if ((negative > expected + 1.0 or state.tail[_NEGATIVE] > self._tail_nominal)
                        and self._routine(state, _NEGATIVE)):
                    self._track_tail(state, _NEGATIVE, negative, expected,
                                     state.dispersion_negative)
        learning = state.history_ms < _PEAK_ARMED_MS
        up, down = self._peak_moves[learning]
        pseudo = self._pseudo
        alpha = self._peak_alpha
        level = state.level = state.level + alpha * (total - state.level)
        state.level_expected += alpha * (state.expected_total - state.level_expected)
        peak = state.usual_peak
        state.usual_peak = (peak + pseudo) * (up if level > peak else down) - pseudo
        if learning:
            state.history_ms += self._interval

    def _routine(self, state: VolumeState, kind: int) -> bool:
        """An interval may teach the tail unless it continues a spike episode (one that began
        earlier and whose count test fired within the cooldown): a spike counts once, a
        three-hour crisis does not make every later spike look routine."""
        start = state.episode_at[kind]
        return (start < 0 or start == state.open_start
                or state.last_signal_at[kind] < state.open_start - self._cooldown)

    def _track_tail(self, state: VolumeState, kind: int, count: int, expected: float,
                    dispersion: float) -> None:
        """Stochastic approximation of the -log10 p beaten about once in three days: up a
        step for each interval that beats it, down a little for each that does not, so it
        settles where the up and down steps balance; never below the count model's own
        value. Only counts beyond two sigmas need a tail probability (a few per cent)."""
        surprise = 0.0
        spread = math.sqrt(expected + max(dispersion, 0.0) * expected * expected)
        if count > expected + 2.0 * spread + 1.0:
            surprise = -_log_tail(count, max(expected, _MIN_EXPECTED), dispersion) / _LN10
        q = state.tail[kind]
        if q < self._tail_nominal:
            q = self._tail_nominal
        q *= self._tail_up if surprise > q else self._tail_down
        state.tail[kind] = q if q > self._tail_nominal else self._tail_nominal

    def _remember(self, state: VolumeState, total: int, negative: int) -> None:
        """Keep the closed intervals that are still inside the share window."""
        if not self._share_past:
            return
        state.recent_totals.append(total)
        state.recent_negatives.append(negative)
        if len(state.recent_totals) > self._share_past:
            del state.recent_totals[0], state.recent_negatives[0]

    def _slot_of(self, start_ms: int) -> int:
        offset = 0
        if self._tz is not None:
            quarter = start_ms // _QUARTER_MS
            if quarter != self._tz_quarter:
                # fromtimestamp(.., tz) converts the instant; tz.utcoffset(dt) would read dt
                # as local wall time and be an hour off around DST changes.
                local = datetime.fromtimestamp(quarter * (_QUARTER_MS // 1000), self._tz)
                delta = local.utcoffset()
                self._tz_offset_ms = 0 if delta is None else int(delta.total_seconds() * 1000)
                self._tz_quarter = quarter
            offset = self._tz_offset_ms
        return ((start_ms + offset) // _HOUR_MS + _THURSDAY_HOURS) % _WEEK_SLOTS

    def _set_baseline(self, state: VolumeState, start: int) -> None:
        """Expected counts for the interval starting at `start` (done once per interval)."""
        slot = self._slot_of(start)
        state.open_start = start
        state.slot = slot
        state.predicted_total = state.predicted_negative = -1.0
        if state.intervals_seen < _OBSERVE_ONLY_INTERVALS:
            state.baseline_kind = _LEARNING
            state.expected_total = state.expected_negative = 0.0
            return
        if state.intervals_seen < self._warmup:
            state.baseline_kind = _COLD
            state.expected_total = _median(state.cold_totals)
            state.expected_negative = _median(state.cold_negatives)
            return
        hour = slot % _DAY_SLOTS
        # Where in its hour the interval's middle lies (see _profile).
        position = ((start + self._tz_offset_ms) % _HOUR_MS + self._interval / 2) / _HOUR_MS
        # A slot is a baseline once learnt on an earlier week (day): the intervals of this
        # very hour do not count, or in its first occurrence the mean of the hour's first
        # few intervals (one, with 15-minute windows) would make any clump a spike.
        learnt = self._slot_learnt + ((start + self._tz_offset_ms) % _HOUR_MS) // self._interval
        if _U16.unpack_from(state.week_seen, 2 * slot)[0] >= learnt:
            state.baseline_kind = _WEEKLY
            totals, negatives, seen, index, slots = (state.week_total, state.week_negative,
                                                     state.week_seen, slot, _WEEK_SLOTS)
        elif _U16.unpack_from(state.day_seen, 2 * hour)[0] >= learnt:
            state.baseline_kind = _DAILY
            totals, negatives, seen, index, slots = (state.day_total, state.day_negative,
                                                     state.day_seen, hour, _DAY_SLOTS)
        else:
            state.baseline_kind = _RECENT
            weight = state.level_weight or 1.0
            state.expected_total = state.level_total / weight
            state.expected_negative = state.level_negative / weight
            return
        # The level compares what was seen with the hour means (what the slots learn); the
        # expectation may be raised towards the neighbouring hour (see _profile).
        state.predicted_total = _F32.unpack_from(totals, 4 * index)[0]
        state.predicted_negative = _F32.unpack_from(negatives, 4 * index)[0]
        other, weight = self._neighbour(seen, index, slots, position)
        state.expected_total = _level(state.level_total, state.level_total_predicted) * \
            _towards(state.predicted_total, totals, other, weight)
        state.expected_negative = _level(state.level_negative, state.level_negative_predicted) * \
            _towards(state.predicted_negative, negatives, other, weight)

    def _neighbour(self, seen: bytearray, index: int, slots: int,
                   position: float) -> tuple[int, float]:
        """The learnt hour next to `position` in hour `index` and its interpolation weight
        (-1, 0.0 when there is none)."""
        weight = abs(position - 0.5)
        other = (index + (1 if position > 0.5 else -1)) % slots
        if weight > 0.0 and _U16.unpack_from(seen, 2 * other)[0] >= self._slot_learnt:
            return other, weight
        return -1, 0.0

    def _reset_interval(self, state: VolumeState) -> None:
        state.total = state.negative = state.positive = state.reach = 0
        state.negative_known = state.share_tested = state.sustained_tested = True
        state.languages = {}
        state.top_reach = []
        state.top_negative = []
        state.top_reach_floor = state.top_negative_floor = -1
        state.stories = {}
        observe_only = state.baseline_kind == _LEARNING
        for kind in (_VOLUME, _NEGATIVE, _SHARE):
            last = state.last_signal_at[kind]
            in_cooldown = last >= 0 and state.open_start < last + self._cooldown
            state.min_severity[kind] = (state.last_severity[kind] + 1 if in_cooldown
                                        else int(Severity.WARNING))
            state.recheck_at[kind] = _NEVER if observe_only else 0

    def _learn(self, state: VolumeState, total: int, negative: int, negative_known: bool) -> None:
        """Fold a closed interval into the history, winsorised against its expectation."""
        cold = state.baseline_kind == _COLD
        learning = state.baseline_kind == _LEARNING
        slot, hour = state.slot, state.slot % _DAY_SLOTS
        week_seen = _U16.unpack_from(state.week_seen, 2 * slot)[0]
        day_seen = _U16.unpack_from(state.day_seen, 2 * hour)[0]
        # Until the hour was seen whole on an earlier day/week, an alarm is as likely our own
        # ignorance as a crisis: learn it as usual.
        profiled = ((state.baseline_kind == _WEEKLY and week_seen >= self._per_hour)
                    or (state.baseline_kind == _DAILY and day_seen >= self._per_hour))
        total_alarm = profiled and self._cooling_down(state, _VOLUME)
        negative_alarm = profiled and self._cooling_down(state, _NEGATIVE)
        a = self._level_alpha / _ALARM_LEVEL_SLOWDOWN if total_alarm else self._level_alpha

        total_x = total if learning else _winsorise(
            total, state.expected_total, _COLD_DISPERSION if cold else state.dispersion_total)
        # Under an open incident an interval teaches its hour at most what was expected.
        total_slot_x = min(total_x, state.expected_total) if total_alarm else total_x
        _update_slot(state.week_total, slot, total_slot_x, week_seen, self._per_hour,
                     self._week_alpha)
        _update_slot(state.day_total, hour, total_slot_x, day_seen, self._per_hour,
                     self._day_alpha)
        predicted = state.predicted_total if state.predicted_total >= 0.0 else total_x
        state.level_total += a * (total_x - state.level_total)
        state.level_total_predicted += a * (predicted - state.level_total_predicted)
        if not learning and not cold and not total_alarm:
            state.dispersion_total = self._dispersion_step(state.dispersion_total, total_x,
                                                           state.expected_total)
        if negative_known:
            negative_x = negative if learning else _winsorise(
                negative, state.expected_negative,
                _COLD_DISPERSION if cold else state.dispersion_negative)
            negative_slot_x = (min(negative_x, state.expected_negative) if negative_alarm
                               else negative_x)
            _update_slot(state.week_negative, slot, negative_slot_x, week_seen, self._per_hour,
                         self._week_alpha)
            _update_slot(state.day_negative, hour, negative_slot_x, day_seen, self._per_hour,
                         self._day_alpha)
            predicted = state.predicted_negative if state.predicted_negative >= 0.0 else negative_x
            an = self._level_alpha / _ALARM_LEVEL_SLOWDOWN if negative_alarm else self._level_alpha
            state.level_negative += an * (negative_x - state.level_negative)
            state.level_negative_predicted += an * (predicted - state.level_negative_predicted)
            if not learning and not cold and not negative_alarm:
                state.dispersion_negative = self._dispersion_step(
                    state.dispersion_negative, negative_x, state.expected_negative)
            b = self._share_alpha
            state.share_negative += b * (negative_x - state.share_negative)
            state.share_total += b * (total_x - state.share_total)
        state.level_weight += self._level_alpha * (1.0 - state.level_weight)
        _U16.pack_into(state.week_seen, 2 * slot, min(week_seen + 1, 0xFFFF))
        _U16.pack_into(state.day_seen, 2 * hour, min(day_seen + 1, 0xFFFF))

        if state.intervals_seen < self._warmup:
            state.intervals_seen += 1
            if state.intervals_seen < self._warmup:
                _keep_last(state.cold_totals, total)
                _keep_last(state.cold_negatives, negative if negative_known else 0)
            else:
                state.cold_totals = []
                state.cold_negatives = []

    def _dispersion_step(self, current: float, x: float, expected: float) -> float:
        """Method of moments for 1/k: E[(x - mu)^2 - x] = mu^2 / k. x is already winsorised
        at 3 sigma of the current estimate, so one sample can at most multiply it by ~9:
        bursty brands are learnt within hours while a single spike moves it little."""
        if expected < _DISPERSION_MIN_EXPECTED:
            return current
        residual = x - expected
        sample = (residual * residual - x) / (expected * expected)
        return current + self._dispersion_alpha * (sample - current)


# ---- small helpers --------------------------------------------------------------------------


def _log_tail(count: int, expected: float, dispersion: float) -> float:
    """log P(X >= count): negative binomial when 1/k adds more than 5 % variance."""
    inv_k = max(dispersion, 0.0)
    if inv_k * expected > _NEGBIN_MIN_EXTRA_VARIANCE:
        return log_negbin_sf(count, expected, inv_k)
    return log_poisson_sf(count, expected)


def _sqrt_z(level: float, expected: float, neff: float, dispersion: float) -> float:
    """How far an EWMA of counts is above its expectation, in sigmas: the square-root
    (Anscombe) transform of the pseudo-count over `neff` intervals, whose variance is
    (1 + 1/k x mean per interval) / 4 for negative binomial counts."""
    spread = 1.0 + max(dispersion, 0.0) * expected
    return 2.0 * (math.sqrt(level * neff + 0.375) - math.sqrt(expected * neff + 0.125)) / \
        math.sqrt(spread)


def _episode_group(start_ms: int) -> str:
    """The incident group of an episode: when it started (UTC), readable and stable."""
    return "episode " + datetime.fromtimestamp(start_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _level(seen: float, predicted: float) -> float:
    if predicted <= 0.0:
        return 1.0
    return min(max(seen / predicted, _LEVEL_MIN), _LEVEL_MAX)


def _towards(own: float, values: bytearray, other: int, weight: float) -> float:
    """An hour mean raised (never lowered) towards the linear interpolation between hour
    centres: the end of a rising hour is judged by more than the hour's average, while a
    step at the hour, where interpolation would undershoot, keeps the hour's own mean."""
    if other < 0:
        return own
    interpolated = own + weight * (_F32.unpack_from(values, 4 * other)[0] - own)
    return interpolated if interpolated > own else own


def _winsorise(x: int, expected: float, dispersion: float) -> float:
    sigma = math.sqrt(expected + max(dispersion, 0.0) * expected * expected)
    margin = _CLIP_SIGMAS * sigma + 1.0
    return min(max(float(x), expected - margin), expected + margin)


def _update_slot(buf: bytearray, index: int, x: float, seen: int, exact_samples: int,
                 alpha: float) -> None:
    """Exact mean for the first hour of samples, then an EWMA that forgets old weeks/days."""
    offset = 4 * index
    old: float = _F32.unpack_from(buf, offset)[0]
    weight = 1.0 / (seen + 1) if seen < exact_samples else alpha
    _F32.pack_into(buf, offset, old + weight * (x - old))


def _median(values: list[int]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    n = len(ordered)
    return (ordered[(n - 1) // 2] + ordered[n // 2]) / 2.0


def _keep_last(values: list[int], x: int) -> None:
    values.append(x)
    if len(values) > _COLD_KEEP:
        del values[0]


def _keep_top(top: list[MentionRef], ref: MentionRef) -> int:
    """Insert into a reach-ordered top list (after those of equal reach, as a stable sort
    would); returns the reach the next one must beat."""
    reach = ref.reach
    i = len(top)
    while i and top[i - 1].reach < reach:
        i -= 1
    top.insert(i, ref)
    if len(top) > _TOP:
        del top[_TOP:]
    return top[-1].reach if len(top) == _TOP else -1


def _most_negative_first(ref: MentionRef) -> tuple[float, int]:
    return -ref.negativity, -ref.reach


def _count_story(stories: dict[str, int], key: str) -> None:
    """Space-saving top-k: bounded memory however many distinct stories an interval has."""
    count = stories.get(key)
    if count is not None:
        stories[key] = count + 1
    elif len(stories) < _STORY_SLOTS:
        stories[key] = 1
    else:
        victim = min(stories, key=stories.__getitem__)
        stories[key] = stories.pop(victim) + 1


def _main_story(stories: dict[str, int], total: int) -> str | None:
    if not stories:
        return None
    key = max(stories, key=stories.__getitem__)
    count = stories[key]
    if count >= _CAUSE_MIN_COUNT and count >= _CAUSE_MIN_SHARE * total:
        return key
    return None


def infer_interval_ms(timestamps_ms: Sequence[int]) -> int:
    """The bucket size of a pre-aggregated series: the most common positive gap between
    distinct timestamps (the smallest one on a tie), so a few missing buckets do not matter."""
    distinct = sorted(set(timestamps_ms))
    gaps = Counter(b - a for a, b in pairwise(distinct))
    if not gaps:
        raise ValueError("need at least two distinct timestamps to infer the interval")
    best = max(gaps.values())
    return min(gap for gap, n in gaps.items() if n == best)


# ---- tail probabilities (no scipy: regularised incomplete gamma and beta, in log space) ----

_EPS: Final = 1e-15
_TINY: Final = 1e-300
_MAX_ITERATIONS: Final = 100_000


def log_poisson_sf(k: int, mu: float) -> float:
    """log P(X >= k), X ~ Poisson(mu)."""
    if k <= 0:
        return 0.0
    if mu <= 0.0:
        return -math.inf
    return _log_gamma_p(float(k), mu)


def log_negbin_sf(k: int, mu: float, inv_k: float) -> float:
    """log P(X >= k), X negative binomial with mean mu and variance mu + inv_k * mu^2."""
    if k <= 0:
        return 0.0
    if mu <= 0.0:
        return -math.inf
    if inv_k <= 0.0:
        return log_poisson_sf(k, mu)
    size = 1.0 / inv_k
    # P(X >= k) = I_x(k, size) with x = mu / (size + mu), the per-trial "failure" probability.
    return _log_beta_i(float(k), size, mu / (size + mu))


def log_binomial_sf(k: int, n: int, q: float) -> float:
    """log P(X >= k), X ~ Binomial(n, q)."""
    if k <= 0:
        return 0.0
    if k > n or q <= 0.0:
        return -math.inf
    if q >= 1.0:
        return 0.0
    return _log_beta_i(float(k), float(n - k + 1), q)


def _log_gamma_p(a: float, x: float) -> float:
    """log of the regularised lower incomplete gamma P(a, x) (Numerical Recipes 6.2)."""
    log_front = a * math.log(x) - x - math.lgamma(a)
    if x < a + 1.0:
        term = total = 1.0 / a
        ap = a
        for _ in range(_MAX_ITERATIONS):
            ap += 1.0
            term *= x / ap
            total += term
            if term < total * _EPS:
                break
        return log_front + math.log(total)
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    for i in range(1, _MAX_ITERATIONS):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        if abs(d) < _TINY:
            d = _TINY
        c = b + an / c
        if abs(c) < _TINY:
            c = _TINY
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            break
    upper = math.exp(log_front) * h
    return math.log1p(-upper) if upper < 1.0 else math.log(_TINY)


def _log_beta_i(a: float, b: float, x: float) -> float:
    """log of the regularised incomplete beta I_x(a, b) (Numerical Recipes 6.4)."""
    if x <= 0.0:
        return -math.inf
    if x >= 1.0:
        return 0.0
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                 + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return log_front + math.log(_beta_cf(a, b, x)) - math.log(a)
    rest = math.exp(log_front) * _beta_cf(b, a, 1.0 - x) / b
    return math.log1p(-rest) if rest < 1.0 else math.log(_TINY)


def _beta_cf(a: float, b: float, x: float) -> float:
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    if abs(d) < _TINY:
        d = _TINY
    d = 1.0 / d
    h = d
    for m in range(1, _MAX_ITERATIONS):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        if abs(d) < _TINY:
            d = _TINY
        c = 1.0 + aa / c
        if abs(c) < _TINY:
            c = _TINY
        d = 1.0 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        if abs(d) < _TINY:
            d = _TINY
        c = 1.0 + aa / c
        if abs(c) < _TINY:
            c = _TINY
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            break
    return h
