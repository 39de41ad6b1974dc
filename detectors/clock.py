"""Stream time for timers: how far a brand's event time has really got.

Timers (closing volume intervals, SLA deadlines) must not run on the wall clock while the
pipeline is replaying a backlog: a tick at "now" would close an hour of intervals as empty and
turn the backlog still in flight into late data, or call a complaint ignored whose answer is
queued behind it. So a brand's timer clock is the event time of its latest mention, advanced
by the wall time that passed since that mention was processed; a brand with no mention since
start-up waits until the input has gone quiet (the backlog is drained).
"""

from __future__ import annotations


class StreamClock:
    __slots__ = ("_last_input_ms", "_quiet_ms", "_seen")

    def __init__(self, started_ms: int, quiet_ms: int = 5_000) -> None:
        self._seen: dict[str, tuple[int, int]] = {}  # brand -> (event ms, wall ms when seen)
        self._last_input_ms = started_ms  # a restart may have a backlog waiting: wait for it
        self._quiet_ms = quiet_ms

    def saw(self, brand: str, event_ms: int, wall_ms: int) -> None:
        prev = self._seen.get(brand)
        if prev is None or event_ms >= prev[0]:
            self._seen[brand] = (min(event_ms, wall_ms), wall_ms)
        self._last_input_ms = wall_ms

    def input_seen(self, wall_ms: int) -> None:
        self._last_input_ms = wall_ms

    def now_for(self, brand: str, wall_ms: int) -> int | None:
        """The time to tick `brand` at, or None to skip it for now."""
        seen = self._seen.get(brand)
        if seen is None:
            return wall_ms if wall_ms - self._last_input_ms >= self._quiet_ms else None
        event_ms, at_ms = seen
        return min(wall_ms, event_ms + max(0, wall_ms - at_ms))
