"""Offline replays through the live agents' own steps, in stream time, without Kafka.

Mentions: `parse_mention` -> `Enricher.enrich` -> `DetectionPipeline.observe`, with
`DetectionPipeline.tick` whenever stream time crosses a tick boundary (the detect agent's
timer), and optionally `IncidentEngine.on_signal` / `on_tick` (the incidents agent) with
stream time as its clock. Counts: a CSV of per-interval mention counts of one brand ->
`VolumeDetector.observe_count`. A replay composes detectors/ and alerts/, so it lives above
both, beside the `backtest` command (and the tests and benchmarks) that run it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

import msgspec

from alerts.engine import BrandIncidents, IncidentEngine, Outcome
from alerts.model import Incident, Notification
from detectors.config import BrandSpec, VolumeThresholds
from detectors.durations import format_duration, parse_duration
from detectors.enrich import Enricher
from detectors.mention import DEFAULT_MAX_FUTURE_MS, Invalid, parse_mention
from detectors.model import Mention, Signal
from detectors.pipeline import BrandState, DetectionPipeline, DetectionSettings
from detectors.volume import VolumeDetector, infer_interval_ms

__all__ = ["CountRow", "InputError", "Replay", "counts_spec", "interval_of", "read_counts",
           "replay_counts"]

TICK_MS = 1_000  # the worker's default tick_interval
IDLE_TICK_MS = 60_000  # through a long silence, timers run once a minute of stream time


class Replay:
    """One deployment's detectors (and incident engine) fed in stream time.

    Ticks: when an event arrives past the next tick boundary, the boundary it crossed is
    ticked, and a long gap before it once per `idle_tick_ms`: a week of quiet minutes costs
    thousands of ticks, not the 600,000 a one-second timer would run."""

    def __init__(self, specs: Sequence[BrandSpec],
                 settings: Mapping[str, DetectionSettings] | None = None, *,
                 engine: IncidentEngine | None = None, tick_ms: int = TICK_MS,
                 idle_tick_ms: int = IDLE_TICK_MS,
                 max_future_ms: int = DEFAULT_MAX_FUTURE_MS,
                 on_signal: Callable[[Signal], None] | None = None,
                 on_notification: Callable[[Notification], None] | None = None) -> None:
        if tick_ms <= 0 or idle_tick_ms < tick_ms:
            raise ValueError("need 0 < tick_ms <= idle_tick_ms")
        self.enricher = Enricher(specs)
        self.pipeline = DetectionPipeline(specs, settings)
        self.engine = engine
        self.tick_ms = tick_ms
        self.idle_tick_ms = idle_tick_ms
        self.max_future_ms = max_future_ms
        self.on_signal = on_signal
        self.on_notification = on_notification
        self.states: dict[str, BrandState] = {}
        self.incident_states: dict[str, BrandIncidents] = {}
        self.signals: list[Signal] = []  # emitted_at_ms: the stream time they were emitted at
        self.notifications: list[Notification] = []
        self.incidents: dict[str, Incident] = {}  # every incident ever opened, latest snapshot
        self.events = self.mentions = self.invalid = self.unmatched = self.thread_replies = 0
        self.clock_ms = -1  # stream time
        self._next_tick: int | None = None

    # ---------------------------------------------------------------- input
    def feed(self, raw: bytes, at_ms: int) -> Invalid | None:
        """An event delivered at `at_ms` (the enrich agent's `now`); Invalid if rejected."""
        self.advance(at_ms)
        result = self._parse(raw, at_ms)
        if isinstance(result, Invalid):
            return result
        self._observe(result, at_ms)
        return None

    def feed_recorded(self, raw: bytes, wall_ms: int) -> Invalid | None:
        """An event from a recorded file: stream time is the latest `created_at` so far
        (metric updates carry their post's time), validity is judged against the wall clock."""
        result = self._parse(raw, wall_ms)
        if isinstance(result, Invalid):
            return result
        at = max(self.clock_ms, result.created_at_ms)
        self.advance(at)
        self._observe(result, at)
        return None

    def _parse(self, raw: bytes, now_ms: int) -> Mention | Invalid:
        self.events += 1
        result = parse_mention(raw, now_ms, self.max_future_ms)
        if isinstance(result, Invalid):
            self.invalid += 1
        return result

    def _observe(self, mention: Mention, at_ms: int) -> None:
        out = self.enricher.enrich(mention, at_ms)
        if not out:
            self.unmatched += 1
            return
        if out[0].in_thread:
            self.thread_replies += 1
        else:
            self.mentions += 1
        for e in out:
            state = self.states.get(e.brand)
            if state is None:
                state = self.pipeline.new_state(e.brand)
                if state is None:
                    continue
                self.states[e.brand] = state
            self._emit(self.pipeline.observe(state, e), at_ms)

    # ---------------------------------------------------------------- time
    def advance(self, now_ms: int) -> None:
        """Run the timers due up to `now_ms` (stream time never goes back); after the last
        event, to let deadlines and auto-resolve happen."""
        if now_ms <= self.clock_ms:
            return
        self.clock_ms = now_ms
        boundary = now_ms - now_ms % self.tick_ms
        if self._next_tick is None:
            self._next_tick = boundary + self.tick_ms
            return
        if boundary < self._next_tick:
            return
        idle = self.idle_tick_ms
        for t in range(-(-self._next_tick // idle) * idle, boundary, idle):
            self._tick(t)
        self._tick(boundary)
        self._next_tick = boundary + self.tick_ms

    def _tick(self, t: int) -> None:
        for brand, state in self.states.items():
            self._emit(self.pipeline.tick(state, brand, t), t)
        if self.engine is not None:
            for incidents in self.incident_states.values():
                self._record(self.engine.on_tick(incidents, t))

    # ---------------------------------------------------------------- output
    def _emit(self, signals: list[Signal], now_ms: int) -> None:
        for s in signals:
            s = msgspec.structs.replace(s, emitted_at_ms=now_ms)
            self.signals.append(s)
            if self.on_signal is not None:
                self.on_signal(s)
            if self.engine is not None:
                incidents = self.incident_states.get(s.brand)
                if incidents is None:
                    incidents = self.incident_states[s.brand] = BrandIncidents()
                self._record(self.engine.on_signal(incidents, s, now_ms))

    def _record(self, out: Outcome) -> None:
        for incident in out.changed:
            self.incidents[incident.id] = incident
        for n in out.notifications:
            self.notifications.append(n)
            if self.on_notification is not None:
                self.on_notification(n)


# ------------------------------------------------------------------------------ counts
class InputError(ValueError):
    """Bad input, with its file:line in the message."""


class CountRow(NamedTuple):
    line: int
    timestamp: str  # as written in the file
    at_ms: int
    value: int


_FORMAT = "YYYY-MM-DD HH:MM:SS"


def read_counts(lines: Iterable[str], name: str, tz: str = "UTC") -> list[CountRow]:
    """Parse a `timestamp,value` CSV (times in `tz` unless they carry an offset)."""
    zone = ZoneInfo(tz)
    rows: list[CountRow] = []
    header_seen = False
    for number, raw in enumerate(lines, 1):
        line = raw.strip().lstrip("\ufeff")
        if not line:
            continue
        cells = [c.strip().strip('"') for c in line.split(",")]
        if not header_seen:
            if [c.lower() for c in cells] != ["timestamp", "value"]:
                raise InputError(f"{name}:{number}: the header must be `timestamp,value`, "
                                 f"got {line[:80]!r}")
            header_seen = True
            continue
        if len(cells) != 2:
            raise InputError(f"{name}:{number}: expected 2 columns (timestamp,value), "
                             f"got {len(cells)}")
        at = _parse_time(cells[0], zone, f"{name}:{number}")
        value = _parse_count(cells[1], f"{name}:{number}")
        if rows and at < rows[-1].at_ms:
            raise InputError(f"{name}:{number}: timestamp {cells[0]} is earlier than the row "
                             f"before it ({rows[-1].timestamp}); sort the file by time")
        rows.append(CountRow(number, cells[0], at, value))
    if not header_seen:
        raise InputError(f"{name}:1: empty file; expected the header `timestamp,value`")
    if len({r.at_ms for r in rows}) < 2:
        raise InputError(f"{name}: need rows with at least two different timestamps to infer "
                         "the interval")
    return rows


def _parse_time(text: str, zone: ZoneInfo, where: str) -> int:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"{where}: unparsable timestamp {text[:40]!r}; use {_FORMAT}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return int(parsed.timestamp() * 1000)


def _parse_count(text: str, where: str) -> int:
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"{where}: value {text[:40]!r} is not a number") from None
    if not math.isfinite(value) or value < 0 or value != int(value):
        raise InputError(f"{where}: value {text[:40]!r} must be a whole number >= 0")
    return int(value)


def counts_spec(spec: BrandSpec, interval_ms: int, name: str = "") -> BrandSpec:
    """`spec` with `volume.window` set to the data's interval (and the durations that must be at
    least one window raised to it)."""
    v = spec.volume
    window = format_duration(interval_ms)
    longer = {k: window for k in ("baseline", "share_window")
              if parse_duration(getattr(v, k)) < interval_ms}
    try:
        volume = VolumeThresholds(**{**msgspec.structs.asdict(v), "window": window, **longer})
    except ValueError as exc:
        where = f"{name}: " if name else ""
        raise InputError(f"{where}the rows are {window} apart: {exc}") from None
    return msgspec.structs.replace(spec, volume=volume)


def replay_counts(rows: Sequence[CountRow], spec: BrandSpec) -> list[tuple[CountRow, Signal]]:
    """Every signal of the volume detector over the series, with the row it fired on.
    The spec's window must match the rows (see `counts_spec`)."""
    detector = VolumeDetector(spec)
    state = detector.new_state()
    out: list[tuple[CountRow, Signal]] = []
    for row in rows:
        out.extend((row, s) for s in detector.observe_count(state, row.at_ms, row.value))
    return out


def interval_of(rows: Sequence[CountRow]) -> int:
    return infer_interval_ms([r.at_ms for r in rows])
