"""Offline replay (streams/commands/replay.py): CSV counts and mention streams in stream time."""

from __future__ import annotations

import math
import random

import msgspec
import pytest
from factories import HOUR, MIN, T0, brand_spec

from alerts.engine import IncidentEngine
from alerts.policy import IncidentPolicy, Routing
from detectors.config import BrandSpec, BusinessHours
from detectors.model import Kind, Severity
from streams.commands.replay import (
    InputError,
    Replay,
    counts_spec,
    interval_of,
    read_counts,
    replay_counts,
)

pytestmark = pytest.mark.unit


def csv_series(rows: list[tuple[str, int]]) -> list[str]:
    return ["timestamp,value", *(f"{t},{v}" for t, v in rows)]


def five_minute_series(days: int, spike_at: int | None, seed: int = 4) -> list[tuple[str, int]]:
    """Counts per 5 minutes with a daily rhythm (quiet nights, busy afternoons) and a
    tenfold spike in the interval `spike_at` (index)."""
    rng = random.Random(seed)
    out = []
    for i in range(days * 288):
        hour = (i % 288) / 12
        lam = 2 + 18 * math.exp(-(((hour - 14) / 4) ** 2))
        n = sum(rng.random() < lam / 50 for _ in range(50))
        if i == spike_at:
            n = int(lam * 10) + 20
        minute = i * 5
        out.append((f"2026-03-{2 + minute // 1440:02d} {minute % 1440 // 60:02d}:"
                    f"{minute % 60:02d}:00", n))
    return out


# ------------------------------------------------------------------------------ counts
def test_a_spike_in_five_minute_counts_fires_on_its_row() -> None:
    series = five_minute_series(3, spike_at=2 * 288 + 150)  # day 3, 12:30
    rows = read_counts(csv_series(series), "x.csv")
    assert interval_of(rows) == 5 * MIN
    spec = counts_spec(brand_spec(), interval_of(rows))
    assert spec.volume.window == "5m"
    found = replay_counts(rows, spec)
    assert [(row.timestamp, s.kind) for row, s in found] == [("2026-03-04 12:30:00",
                                                             Kind.VOLUME_SPIKE)]
    row, signal = found[0]
    assert row.line == 2 * 288 + 150 + 2  # the header is line 1
    assert signal.severity >= Severity.WARNING and signal.observed == row.value


def test_no_spike_no_signal() -> None:
    rows = read_counts(csv_series(five_minute_series(3, spike_at=None)), "x.csv")
    assert replay_counts(rows, counts_spec(brand_spec(), interval_of(rows))) == []


def test_naive_timestamps_are_read_in_the_given_zone() -> None:
    rows = read_counts(csv_series([("2026-03-02 09:00:00", 1), ("2026-03-02 09:05:00", 2),
                                   ("2026-03-02T09:10:00+00:00", 3)]), "x.csv",
                       tz="Europe/Moscow")
    assert rows[1].at_ms - rows[0].at_ms == 5 * MIN
    assert rows[2].at_ms - rows[0].at_ms == 3 * HOUR + 10 * MIN  # an offset wins


@pytest.mark.parametrize(("lines", "message"), [
    (["time,count", "2026-03-02 09:00:00,1"], "x.csv:1: the header must be `timestamp,value`"),
    ([], "x.csv:1: empty file"),
    (["timestamp,value", "2026-03-02 09:00:00,1", "yesterday,2"],
     "x.csv:3: unparsable timestamp 'yesterday'"),
    (["timestamp,value", "2026-03-02 09:00:00,1", "2026-03-02 09:05:00,many"],
     "x.csv:3: value 'many' is not a number"),
    (["timestamp,value", "2026-03-02 09:00:00,-4"], "x.csv:2: value '-4' must be a whole"),
    (["timestamp,value", "2026-03-02 09:00:00,1.5"], "x.csv:2: value '1.5' must be a whole"),
    (["timestamp,value", "2026-03-02 09:00:00,1,2"], "x.csv:2: expected 2 columns"),
    (["timestamp,value", "2026-03-02 09:05:00,1", "2026-03-02 09:00:00,1"],
     "x.csv:3: timestamp 2026-03-02 09:00:00 is earlier"),
    (["timestamp,value", "2026-03-02 09:00:00,1"], "at least two different timestamps"),
])
def test_bad_csv_names_the_line(lines: list[str], message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        read_counts(lines, "x.csv")


def test_the_window_follows_the_data_and_longer_settings_follow_it() -> None:
    spec = brand_spec()
    quarter = counts_spec(spec, 15 * MIN)
    assert (quarter.volume.window, quarter.volume.share_window) == ("15m", "15m")
    assert quarter.volume.baseline == spec.volume.baseline == "1h"
    with pytest.raises(InputError, match=r"7m apart.*divide an hour"):
        counts_spec(spec, 7 * MIN, "x.csv")
    with pytest.raises(InputError, match="1d apart"):
        counts_spec(spec, 24 * HOUR, "x.csv")


# ------------------------------------------------------------------------------ mentions
MOSCOW_HOURS = BusinessHours(tz="Europe/Moscow")


def raw(**fields: object) -> bytes:
    base = {"id": "c1", "source": "x", "created_at": T0, "text": "acme",
            "author": {"handle": "buyer", "followers": 50}}
    return msgspec.json.encode({**base, **fields})


def engine() -> IncidentEngine:
    return IncidentEngine(IncidentPolicy(), {}, Routing(), {"acme": "Acme"}, {"acme": "en"})


def test_timers_run_in_stream_time_after_the_input_ends() -> None:
    """An unanswered complaint at Monday 13:00 Moscow breaches the 4h SLA at 17:00: the tick
    after the last event finds it, and the engine pages it (its author wrote again under it:
    a plain late complaint is info)."""
    spec = brand_spec(hours=MOSCOW_HOURS)
    replay = Replay([spec], engine=engine())
    complaint = raw(text="@acme_support acme списали деньги дважды, пишу уже третий раз",
                    reply_to_author="acme_support")
    assert replay.feed(complaint, T0 + 2_000) is None
    again = raw(id="c2", created_at=T0 + HOUR, in_reply_to="c1", reply_to_author="buyer",
                text="@acme_support ау, вы где?")
    assert replay.feed(again, T0 + HOUR + 2_000) is None
    replay.advance(T0 + 3 * HOUR)
    assert replay.signals == []
    replay.advance(T0 + 4 * HOUR + 20 * MIN)
    (sla,) = replay.signals
    assert (sla.kind, sla.at_ms) == (Kind.COMPLAINT_SLA, T0 + 4 * HOUR)
    assert T0 + 4 * HOUR <= sla.emitted_at_ms <= T0 + 4 * HOUR + MIN  # an idle tick a minute
    assert [n.event for n in replay.notifications] == ["trigger"]
    assert next(iter(replay.incidents.values())).kind == Kind.COMPLAINT_SLA


def test_ticks_follow_boundaries_and_thin_out_over_gaps() -> None:
    replay = Replay([brand_spec()])
    ticks: list[int] = []
    replay._tick = ticks.append  # type: ignore[method-assign]
    replay.advance(T0 + 400)
    replay.advance(T0 + 900)  # same second: no tick
    replay.advance(T0 + 1_200)
    replay.advance(T0 + 10 * MIN + 5_300)
    assert ticks[0] == T0 + 1_000
    assert ticks[1:] == [T0 + k * MIN for k in range(1, 11)] + [T0 + 10 * MIN + 5_000]
    replay.advance(T0)  # stream time never goes back
    assert len(ticks) == 12


def test_invalid_and_unmatched_input_is_counted_not_fatal() -> None:
    replay = Replay([brand_spec()])
    assert replay.feed(b"{not json", T0) is not None
    assert replay.feed(raw(text="nothing to see"), T0 + 1) is None
    future = replay.feed(raw(id="f", created_at=T0 + HOUR), T0 + 2)
    assert future is not None and future.reason == "future_time"
    assert (replay.events, replay.invalid, replay.unmatched, replay.mentions) == (3, 2, 1, 0)


def test_recorded_files_run_on_the_latest_created_at() -> None:
    """A metric update carries its post's time: it must not move stream time back."""
    replay = Replay([brand_spec()])
    wall = T0 + 30 * 24 * HOUR
    replay.feed_recorded(raw(id="a", created_at=T0), wall)
    replay.feed_recorded(raw(id="b", created_at=T0 + 10 * MIN), wall)
    replay.feed_recorded(raw(id="a", created_at=T0, metrics={"likes": 500}), wall)
    assert replay.clock_ms == T0 + 10 * MIN
    assert replay.mentions == 3


def test_every_incident_is_kept_after_the_engine_forgets_it() -> None:
    spec = BrandSpec(id="acme", name="Acme", aliases=("acme",))
    replay = Replay([spec], engine=engine())
    for i in range(200):  # a burst after a quiet warm-up hour
        t = T0 + (2 * HOUR if i >= 60 else i * MIN) + (i % 60) * 300
        replay.feed(raw(id=f"m{i}", created_at=t, text="acme ужас, позор"), t)
    replay.advance(T0 + 10 * HOUR)  # long after auto-resolve and the reopen window
    assert replay.incidents and all(i.state == "resolved" for i in replay.incidents.values())
    assert {n.event for n in replay.notifications} >= {"trigger", "resolve"}
