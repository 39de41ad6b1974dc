"""The last hour of a brand's volume, derived from the volume detector's own state: exact where
the state says so, gaps (never invented counts) where it cannot, bounded to the hour."""

from __future__ import annotations

import copy
import random

import msgspec
import pytest

from detectors.config import BrandSpec, VolumeThresholds
from detectors.volume import VolumeDetector, VolumeState
from detectors.volume_series import (
    VolumeSeries,
    VolumeSnapshot,
    bucket_ms_for,
    follow,
    seed,
    snapshot,
)
from tests.unit.factories import MIN, SEC, T0, brand_spec, enriched

pytestmark = pytest.mark.unit


def spec(**volume: object) -> BrandSpec:
    return msgspec.structs.replace(brand_spec(), volume=msgspec.convert(volume,
                                                                        VolumeThresholds))


class Traffic:
    """A real detector fed minute by minute; `truth` holds what was fed per bucket."""

    def __init__(self, s: BrandSpec | None = None, seed_: int = 7) -> None:
        self.detector = VolumeDetector(s or spec())
        self.state = self.detector.new_state()
        self.rng = random.Random(seed_)
        self.truth: dict[int, list[int]] = {}

    def mention(self, at: int, negative: bool, bucket: int = MIN) -> None:
        self.detector.observe(self.state, enriched("acme", at=at,
                                                   negativity=0.9 if negative else 0.0))
        counts = self.truth.setdefault(at - at % bucket, [0, 0])
        counts[0] += 1
        counts[1] += negative

    def minute(self, start: int, n: int, negatives: int = 0, bucket: int = MIN) -> None:
        for i in range(n):
            self.mention(start + (i * 50 * SEC) // max(n, 1) + SEC, i < negatives, bucket)


def points(series: VolumeSeries) -> dict[int, tuple[int | None, int | None]]:
    return {t: (total, negative) for t, total, negative in snapshot(series, 0).points}


def test_sampled_often_every_minute_is_exact() -> None:
    traffic = Traffic()
    series = VolumeSeries(brand="acme", interval_ms=MIN)
    for m in range(20):
        n = traffic.rng.randint(0, 9)
        traffic.minute(T0 + m * MIN, n, negatives=n // 3)
        follow(series, traffic.state)
    got = points(series)
    assert list(got) == [T0 + m * MIN for m in range(20)]
    for t, (total, negative) in got.items():
        assert [total, negative] == traffic.truth.get(t, [0, 0]), t


def test_sparse_samples_leave_gaps_and_never_invent_counts() -> None:
    traffic = Traffic()
    series = VolumeSeries(brand="acme", interval_ms=MIN)
    for m in range(11):
        traffic.minute(T0 + m * MIN, 5, negatives=1)
    follow(series, traffic.state)  # a sample in minute 10: minutes 6..9 exact (share window)
    for m in range(11, 21):
        traffic.minute(T0 + m * MIN, 3)
    follow(series, traffic.state)  # next sample in minute 20: 16..19 exact, 11..15 unknown
    got = points(series)
    assert list(got) == [T0 + m * MIN for m in range(6, 21)]
    assert [got[T0 + m * MIN] for m in range(6, 11)] == [(5, 1)] * 5
    assert [got[T0 + m * MIN] for m in range(11, 16)] == [(None, None)] * 5
    assert [got[T0 + m * MIN] for m in range(16, 21)] == [(3, 0)] * 5


def test_a_late_sample_keeps_what_it_saw_of_an_interval_outside_the_share_window() -> None:
    traffic = Traffic(spec(share_window="1m"))  # no closed intervals in the state at all
    series = VolumeSeries(brand="acme", interval_ms=MIN)
    traffic.mention(T0 + SEC, False)
    follow(series, traffic.state)
    traffic.mention(T0 + 2 * SEC, True)  # not sampled before the interval closes
    traffic.mention(T0 + MIN + SEC, False)
    follow(series, traffic.state)
    assert points(series) == {T0: (1, 0), T0 + MIN: (1, 0)}


def test_the_window_is_the_last_hour() -> None:
    traffic = Traffic()
    series = VolumeSeries(brand="acme", interval_ms=MIN)
    for m in range(90):
        traffic.minute(T0 + m * MIN, 2)
        follow(series, traffic.state)
    snap = snapshot(series, 0)
    assert len(snap.points) == 60 and len(series.starts) == 60
    assert snap.points[0][0] == T0 + 30 * MIN and snap.points[-1][0] == T0 + 89 * MIN
    assert snap.open_ms == T0 + 89 * MIN


def test_sub_minute_intervals_are_summed_into_minutes() -> None:
    traffic = Traffic(spec(window="10s", share_window="1m", baseline="1h"))
    series = VolumeSeries(brand="acme", interval_ms=10 * SEC)
    for s in range(0, 180, 3):  # a mention every 3 s for 3 minutes, every 4th negative
        traffic.mention(T0 + s * SEC, s % 12 == 0)
        follow(series, traffic.state)
    snap = snapshot(series, 0)
    assert (snap.interval_ms, snap.detector_interval_ms) == (MIN, 10 * SEC)
    assert [p[1:] for p in snap.points] == [(20, 5), (20, 5), (20, 5)]
    assert bucket_ms_for(45 * SEC) == 45 * SEC and bucket_ms_for(15 * MIN) == 15 * MIN


def test_longer_intervals_are_their_own_points() -> None:
    traffic = Traffic(spec(window="15m", share_window="15m", baseline="1h", cooldown="15m"))
    series = VolumeSeries(brand="acme", interval_ms=15 * MIN)
    for q in range(8):
        traffic.mention(T0 + q * 15 * MIN + SEC, False)
        follow(series, traffic.state)
    snap = snapshot(series, 0)
    assert snap.interval_ms == 15 * MIN
    assert [p[0] for p in snap.points] == [T0 + q * 15 * MIN for q in range(4, 8)]


def test_a_state_from_an_older_checkpoint_is_counted_again_not_twice() -> None:
    traffic = Traffic()
    series = VolumeSeries(brand="acme", interval_ms=MIN)
    for m in range(6):
        traffic.minute(T0 + m * MIN, 4)
        follow(series, traffic.state)
    checkpoint = copy.deepcopy(traffic.state)
    for m in range(6, 9):
        traffic.minute(T0 + m * MIN, 4)
        follow(series, traffic.state)
    # Another worker recovers the brand from the checkpoint (open minute 5) and replays.
    assert follow(series, checkpoint)
    assert max(points(series)) == T0 + 5 * MIN
    traffic.state = checkpoint
    for m in range(6, 9):
        traffic.minute(T0 + m * MIN, 4)
        follow(series, traffic.state)
    assert set(points(series).values()) == {(4, 0)}


def test_no_change_reports_false_and_expected_changes_report_true() -> None:
    traffic = Traffic()
    series = VolumeSeries(brand="acme", interval_ms=MIN)
    assert not follow(series, VolumeState())  # before the first mention
    traffic.minute(T0, 3)
    assert follow(series, traffic.state)
    assert not follow(series, traffic.state)
    assert follow(series, traffic.state, expected=(2.0, 0.5))
    snap = snapshot(series, 123)
    assert (snap.expected, snap.expected_negative, snap.baseline) == (2.0, 0.5, "learning")
    assert snap.updated_ms == 123


def test_expected_is_per_bucket() -> None:
    series = VolumeSeries(brand="acme", interval_ms=10 * SEC)
    state = VolumeState(open_start=T0, total=2, expected_total=1.5, expected_negative=0.25,
                        baseline_kind="weekly")
    follow(series, state)
    snap = snapshot(series, 0)
    assert (snap.expected, snap.expected_negative) == (9.0, 1.5)


def test_a_snapshot_survives_the_topic_and_seeds_the_next_owner() -> None:
    traffic = Traffic()
    series = VolumeSeries(brand="acme", interval_ms=MIN)
    for m in range(12):
        traffic.minute(T0 + m * MIN, m)
        follow(series, traffic.state)
    wire = msgspec.json.encode(snapshot(series, 5))
    snap = msgspec.json.decode(wire, type=VolumeSnapshot)
    doc = msgspec.json.decode(wire)
    assert doc["points"][2] == [T0 + 3 * MIN, 3, 0] and doc["brand"] == "acme"  # from minute 1
    again = seed(snap, MIN)
    assert not follow(again, traffic.state)  # nothing new: continues where it was
    assert points(again) == points(series)
    traffic.minute(T0 + 12 * MIN, 12)
    assert follow(again, traffic.state) and points(again)[T0 + 12 * MIN] == (12, 0)
    # A changed window cannot reuse the old buckets: it starts afresh.
    assert seed(snap, 10 * SEC).starts == []
