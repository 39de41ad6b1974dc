"""A brand's mention volume over the last hour, for sparklines: counts per minute (or per
detector interval when that is longer) with the expected level next to them.

Derived from the volume detector's own state, so nothing has to be added to the detect hot
path: a `VolumeSeries` is a small ring of closed-interval counts that `follow` updates from a
`VolumeState` whenever it is called (the publisher calls it every couple of seconds):

- the open interval's counts are `state.total` / `state.negative`, read as they grow;
- when the detector moves to a new interval, the intervals it closed are in
  `state.recent_totals` / `recent_negatives` (the closed intervals of the negative-share
  window, newest last, the last one ending where the open one starts): those are exact and
  overwrite what was sampled;
- an interval that closed between two calls and is older than the share window (a replayed
  backlog, or `share_window` equal to `window`) keeps its last sampled count, or stays a gap
  (`None`) when it was never seen: the series never invents counts;
- a state that went back in time (a worker recovering an older checkpoint replays the events
  after it) drops the intervals from its open one on, which are then counted again.

Time is the detector's event time (`open_start`), so a replayed backlog draws the hour it
covers, not the minute it took. Intervals shorter than a minute that divide it are summed into
minutes; longer ones are their own points (a 15-minute window gives 4 points an hour).

Pure and deterministic: state in, series out; `snapshot` is what goes on the `volume` topic.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

import msgspec

from detectors.volume import VolumeState

__all__ = [
    "POINTS",
    "VolumeSeries",
    "VolumeSnapshot",
    "bucket_ms_for",
    "follow",
    "seed",
    "snapshot",
]

MINUTE_MS: Final = 60_000
HOUR_MS: Final = 3_600_000
POINTS: Final = 60  # at most, one per bucket


def bucket_ms_for(interval_ms: int) -> int:
    """A minute when the detector interval divides one, else the interval itself."""
    if interval_ms <= MINUTE_MS and MINUTE_MS % interval_ms == 0:
        return MINUTE_MS
    return interval_ms


def points_for(bucket_ms: int) -> int:
    return max(1, min(POINTS, HOUR_MS // bucket_ms))


class VolumeSeries(msgspec.Struct):
    """One brand's recent intervals (starts ascending, within the last hour of buckets)."""

    brand: str
    interval_ms: int
    starts: list[int] = msgspec.field(default_factory=list)
    totals: list[int] = msgspec.field(default_factory=list)
    negatives: list[int] = msgspec.field(default_factory=list)
    open_start: int = -1
    expected_total: float = 0.0  # per detector interval, for the open one
    expected_negative: float = 0.0
    baseline: str = ""


class VolumeSnapshot(msgspec.Struct, frozen=True):
    """The record on the `volume` topic (key: brand), JSON.

    `points`: [bucket start ms, mentions, negative mentions] oldest first, up to 60, the last
    one the bucket still open (partial); counts are `null` where unknown. `expected` /
    `expected_negative`: the detector's expectation for one bucket now (0 while it is still
    learning: `baseline` says which baseline it uses)."""

    brand: str
    interval_ms: int  # bucket length of `points`
    detector_interval_ms: int
    points: list[tuple[int, int | None, int | None]]
    expected: float
    expected_negative: float
    baseline: str
    open_ms: int  # start of the detector's open interval (event time)
    updated_ms: int  # wall clock of the publisher


def _upsert(series: VolumeSeries, start: int, total: int, negative: int) -> bool:
    starts = series.starts
    # The common case, a new interval at the end, without a search.
    i = len(starts) if starts and starts[-1] < start else bisect_left(starts, start)
    if i < len(starts) and starts[i] == start:
        if series.totals[i] == total and series.negatives[i] == negative:
            return False
        series.totals[i] = total
        series.negatives[i] = negative
        return True
    starts.insert(i, start)
    series.totals.insert(i, total)
    series.negatives.insert(i, negative)
    return True


def _cut_from(series: VolumeSeries, start: int) -> bool:
    i = bisect_left(series.starts, start)
    if i == len(series.starts):
        return False
    del series.starts[i:], series.totals[i:], series.negatives[i:]
    return True


def follow(series: VolumeSeries, state: VolumeState,
           expected: tuple[float, float] | None = None) -> bool:
    """Bring `series` up to date with the detector's `state`; True when anything a snapshot
    shows changed. `expected`: `VolumeDetector.expected(state)` (default: read from the
    state, which is what that returns)."""
    start = state.open_start
    if start < 0:
        return False
    exp_total, exp_negative = expected if expected is not None else (
        state.expected_total, state.expected_negative)
    if (start == series.open_start and series.starts and series.starts[-1] == start
            and series.totals[-1] == state.total and series.negatives[-1] == state.negative
            and series.expected_total == exp_total and series.expected_negative == exp_negative
            and series.baseline == state.baseline_kind):
        return False  # nothing new: the usual answer, in a few comparisons
    changed = False
    if start < series.open_start:
        changed |= _cut_from(series, start)
    step = series.interval_ms
    if start != series.open_start and state.negative_known:
        recent = state.recent_totals
        negatives = state.recent_negatives
        n = min(len(recent), len(negatives))
        for k in range(1, n + 1):
            changed |= _upsert(series, start - k * step, recent[-k], negatives[-k])
    changed |= _upsert(series, start, state.total, state.negative)
    changed |= _trim(series, start)
    if (exp_total, exp_negative, state.baseline_kind) != (
            series.expected_total, series.expected_negative, series.baseline):
        series.expected_total, series.expected_negative = exp_total, exp_negative
        series.baseline = state.baseline_kind
        changed = True
    if start != series.open_start:
        series.open_start = start
        changed = True
    return changed


def _first_start(series: VolumeSeries, open_start: int) -> int:
    bucket = bucket_ms_for(series.interval_ms)
    open_bucket = open_start - open_start % bucket
    return open_bucket - (points_for(bucket) - 1) * bucket


def _trim(series: VolumeSeries, open_start: int) -> bool:
    first = _first_start(series, open_start)
    i = bisect_left(series.starts, first)
    if i == 0:
        return False
    del series.starts[:i], series.totals[:i], series.negatives[:i]
    return True


def snapshot(series: VolumeSeries, updated_ms: int) -> VolumeSnapshot:
    """The series as published: known buckets from the oldest one within the hour to the
    open one, gaps as None."""
    bucket = bucket_ms_for(series.interval_ms)
    scale = bucket / series.interval_ms
    points: list[tuple[int, int | None, int | None]] = []
    if series.open_start >= 0 and series.starts:
        open_bucket = series.open_start - series.open_start % bucket
        first = _first_start(series, series.open_start)
        sums: dict[int, list[int]] = {}
        for s, total, negative in zip(series.starts, series.totals, series.negatives,
                                      strict=True):
            b = s - s % bucket
            if first <= b <= open_bucket:
                acc = sums.setdefault(b, [0, 0])
                acc[0] += total
                acc[1] += negative
        if sums:
            t = min(sums)
            while t <= open_bucket:
                known = sums.get(t)
                points.append((t, known[0], known[1]) if known else (t, None, None))
                t += bucket
    return VolumeSnapshot(
        brand=series.brand, interval_ms=bucket, detector_interval_ms=series.interval_ms,
        points=points, expected=round(series.expected_total * scale, 3),
        expected_negative=round(series.expected_negative * scale, 3),
        baseline=series.baseline, open_ms=series.open_start, updated_ms=updated_ms)


def seed(snap: VolumeSnapshot, interval_ms: int) -> VolumeSeries:
    """A series restarted from its last published snapshot (a worker taking the brand over,
    or restarting), so the sparkline keeps its hour. Points are per detector interval only
    when the bucket is the interval; otherwise the counts cannot be split and it starts
    afresh."""
    series = VolumeSeries(brand=snap.brand, interval_ms=interval_ms)
    if snap.interval_ms != interval_ms or snap.detector_interval_ms != interval_ms:
        return series
    for t, total, negative in snap.points:
        if total is not None and negative is not None:
            series.starts.append(t)
            series.totals.append(total)
            series.negatives.append(negative)
    series.open_start = snap.open_ms
    series.expected_total = snap.expected
    series.expected_negative = snap.expected_negative
    series.baseline = snap.baseline
    return series
