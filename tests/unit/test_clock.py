"""Timers follow stream time, not the wall clock, while a backlog is replayed."""

from __future__ import annotations

import pytest

from detectors.clock import StreamClock

pytestmark = pytest.mark.unit

WALL = 1_800_000_000_000


def test_replayed_history_holds_the_clock_at_event_time() -> None:
    clock = StreamClock(WALL - 60_000)
    clock.saw("b", WALL - 3_600_000, WALL)  # an hour-old mention processed now
    assert clock.now_for("b", WALL + 200) == WALL - 3_600_000 + 200


def test_live_brand_follows_the_wall_clock() -> None:
    clock = StreamClock(WALL - 60_000)
    clock.saw("b", WALL - 300, WALL)
    assert clock.now_for("b", WALL + 60_000) == WALL - 300 + 60_000


def test_event_time_never_ahead_of_wall_clock_and_never_backwards() -> None:
    clock = StreamClock(WALL - 60_000)
    clock.saw("b", WALL + 50_000, WALL)  # a source clock ahead of ours
    assert clock.now_for("b", WALL) == WALL
    clock.saw("b", WALL - 100_000, WALL + 10)  # a late straggler does not rewind
    assert clock.now_for("b", WALL + 10) == WALL + 10


def test_unseen_brand_waits_for_the_input_to_go_quiet() -> None:
    clock = StreamClock(WALL, quiet_ms=5_000)
    clock.input_seen(WALL)
    assert clock.now_for("quiet", WALL + 1_000) is None
    assert clock.now_for("quiet", WALL + 5_000) == WALL + 5_000


def test_after_start_up_nothing_ticks_until_the_backlog_had_its_chance() -> None:
    clock = StreamClock(WALL, quiet_ms=5_000)
    assert clock.now_for("b", WALL + 1_000) is None
    assert clock.now_for("b", WALL + 5_000) == WALL + 5_000
