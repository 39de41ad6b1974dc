"""Metrics that no agent's hot path should pay for: gauges computed at scrape time from the
state tables (open incidents, expected volume, top stories, readiness) and consumer lag from
Kafka offsets on a timer.

State gauges cover only the brands whose partitions this worker owns, so summing a metric over
all workers counts each brand once, also right after a rebalance (a worker may still hold a
revoked brand's state in memory until its next recovery). Brand ownership follows Kafka's
default partitioner, which is how every brand-keyed topic and changelog here is partitioned.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, get_args

import faust
import structlog
from faust.exceptions import ConsumerNotStarted
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from alerts.engine import BrandIncidents, is_open
from alerts.model import NotificationEvent
from detectors.config import BrandSpec
from detectors.durations import parse_duration
from detectors.mention import REASONS
from detectors.model import Kind
from detectors.pipeline import BrandState
from detectors.volume import VolumeDetector
from streams.ops import metrics
from streams.pipeline.delivery import used_receivers
from streams.pipeline.runtime import Runtime
from streams.pipeline.state import key_partition as brand_partition

log = structlog.get_logger("crisiswatch.observability")

LAG_INTERVAL_S: Final = 5.0  # at most; 5 ticks when ticks are shorter (tests)
TOP_STORIES: Final = 5  # open viral stories per brand, labelled with their first post
TITLE_CHARS: Final = 80
SEVERITIES: Final = ("info", "warning", "error", "critical")
OPEN_STATES: Final = ("triggered", "acknowledged")
STORY_LABELS: Final = ["brand", "incident", "state", "unverified", "origin", "url"]


# --------------------------------------------------------------------------- ownership
class Ownership:
    """Which brands' partitions of a brand-keyed topic this worker's consumer holds now."""

    def __init__(self, app: faust.App, topic: str, default_partitions: int) -> None:
        self._app = app
        self._topic = topic
        self._default = default_partitions
        self._cache: dict[tuple[str, int], int] = {}

    def owned(self) -> tuple[set[int], int]:
        try:
            consumer = self._app.consumer
            assigned = {tp.partition for tp in consumer.assignment() if tp.topic == self._topic}
            count = consumer.topic_partitions(self._topic) or self._default
        except Exception:  # consumer not started yet: owns nothing
            return set(), self._default
        return assigned, int(count)

    def filter(self, items: Iterable[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
        partitions, count = self.owned()
        if not partitions:
            return
        cache = self._cache
        for brand, value in items:
            p = cache.get((brand, count))
            if p is None:
                p = cache[(brand, count)] = brand_partition(brand, count)
            if p in partitions:
                yield brand, value


# --------------------------------------------------------------------------- readiness
def kafka_connected(app: faust.App) -> bool | None:
    """Whether the worker's consumer has a live broker connection and knows its group
    coordinator; None when aiokafka's internals cannot be read (readiness then ignores it).

    Reads aiokafka attributes (faust-streaming 0.15.3 / aiokafka 0.14): no network round trip,
    so /readyz stays cheap and answers even while the broker is gone."""
    try:
        consumer = app.consumer._thread._consumer
        if consumer is None:
            return False
        coordinator = consumer._coordinator
        conns = list(consumer._client._conns.values())
    except AttributeError:
        return None
    if coordinator is not None and getattr(coordinator, "coordinator_id", 0) is None:
        return False
    return any(conn.connected() for conn in conns)


def readiness(app: faust.App) -> tuple[bool, str]:
    """(ready, status) for /readyz and `crisiswatch_worker_ready`."""
    try:
        if app.rebalancing or not app.tables.recovery.completed.is_set():
            return False, "recovering"
    except AttributeError:
        return False, "starting"
    if kafka_connected(app) is False:
        return False, "kafka_unreachable"
    return True, "ready"


# --------------------------------------------------------------------------- scrape-time gauges
@dataclass
class VolumeView:
    """A brand's volume detector and limits, to turn its state into per-second rates."""

    detector: VolumeDetector
    window_s: float
    min_count: int
    factor: float

    @classmethod
    def of(cls, spec: BrandSpec) -> VolumeView:
        return cls(VolumeDetector(spec), parse_duration(spec.volume.window) / 1000,
                   spec.volume.min_count, spec.volume.factor)


@dataclass
class WorkerView:
    """What the collector reads: built from a live worker by `bind`, from plain data in tests."""

    incidents: Callable[[], Iterable[tuple[str, BrandIncidents]]]
    detectors: Callable[[], Iterable[tuple[str, BrandState]]]
    specs: Mapping[str, BrandSpec]
    ready: Callable[[], tuple[bool, str]]
    volumes: dict[str, VolumeView] = field(default_factory=dict)

    def volume(self, brand: str) -> VolumeView | None:
        view = self.volumes.get(brand)
        if view is None:
            spec = self.specs.get(brand)
            if spec is None:
                return None
            view = self.volumes[brand] = VolumeView.of(spec)
        return view


class StateCollector:
    """Gauges computed from the state tables when Prometheus scrapes, never on the hot path."""

    def __init__(self) -> None:
        self.view: WorkerView | None = None

    def describe(self) -> list[Metric]:
        return list(self._families().values())

    def collect(self) -> Iterator[Metric]:
        families = self._families()
        view = self.view
        if view is not None:
            try:
                self._fill(view, families)
            except Exception as exc:  # a scrape must never take the worker down
                log.warning("metrics.collect_failed", error=f"{type(exc).__name__}: {exc}")
        yield from families.values()

    @staticmethod
    def _families() -> dict[str, GaugeMetricFamily | CounterMetricFamily]:
        return {
            "ready": GaugeMetricFamily(
                "crisiswatch_worker_ready", "1 when /readyz answers 200: state recovered, no "
                "rebalance in progress and the consumer connected to Kafka"),
            "open": GaugeMetricFamily(
                "crisiswatch_incidents_open", "Open incidents of the brands this worker owns",
                labels=["severity", "state"]),
            "brand_open": GaugeMetricFamily(
                "crisiswatch_brand_incidents_open", "Open incidents per brand and kind (only "
                "brands with an open incident have series)", labels=["brand", "kind"]),
            "story_reach": GaugeMetricFamily(
                "crisiswatch_story_reach", f"Reach of the {TOP_STORIES} biggest open viral-story "
                f"incidents per brand; origin: the story's first post ({TITLE_CHARS} chars)",
                labels=STORY_LABELS),
            "story_projected": GaugeMetricFamily(
                "crisiswatch_story_projected_reach", "Projected reach of the same stories",
                labels=STORY_LABELS),
            "expected": GaugeMetricFamily(
                "crisiswatch_volume_expected_per_second", "Mentions per second the volume "
                "detector's seasonal baseline expects now (series=total or negative)",
                labels=["brand", "series"]),
            "threshold": GaugeMetricFamily(
                "crisiswatch_volume_threshold_per_second", "Mentions per second above which a "
                "volume spike can fire (max of min_count and factor x expected, per window; the "
                "tail test must also pass)", labels=["brand"]),
            "usual_share": GaugeMetricFamily(
                "crisiswatch_negative_share_usual", "Negative share the negative-share test "
                "compares the current window with", labels=["brand"]),
            "late": CounterMetricFamily(
                "crisiswatch_volume_late_mentions", "Mentions that arrived after the volume "
                "detector's window had moved on: folded into the open window (outcome=folded, "
                "up to one window late) or not counted by it (outcome=dropped; the other "
                "detectors still see them). Only brands with late mentions have series",
                labels=["brand", "outcome"]),
        }

    @staticmethod
    def _fill(view: WorkerView, f: dict[str, GaugeMetricFamily | CounterMetricFamily]) -> None:
        ok, _ = view.ready()
        f["ready"].add_metric([], 1.0 if ok else 0.0)
        counts = dict.fromkeys(((s, st) for s in SEVERITIES for st in OPEN_STATES), 0)
        for brand, state in view.incidents():
            by_kind: dict[str, int] = defaultdict(int)
            stories = []
            for inc in state.incidents.values():
                if not is_open(inc):
                    continue
                counts[(inc.severity.label, inc.state)] += 1
                by_kind[inc.kind] += 1
                if inc.kind == Kind.VIRAL_STORY:
                    stories.append(inc)
            for kind, n in sorted(by_kind.items()):
                f["brand_open"].add_metric([brand, kind], n)
            stories.sort(key=lambda i: -(i.last_signal.reach if i.last_signal else 0))
            for inc in stories[:TOP_STORIES]:
                sig = inc.last_signal
                origin = sig.mentions[0] if sig and sig.mentions else None
                labels = [brand, inc.id, inc.state, "true" if inc.unverified else "false",
                          _one_line(origin.text if origin else inc.title)[:TITLE_CHARS],
                          origin.url if origin else ""]
                f["story_reach"].add_metric(labels, sig.reach if sig else 0)
                projected = sig.projected_reach if sig and sig.projected_reach else 0
                f["story_projected"].add_metric(labels, projected)
        for (severity, st), n in counts.items():
            f["open"].add_metric([severity, st], n)
        for brand, bstate in view.detectors():
            vol = view.volume(brand)
            if vol is None:
                continue
            total, negative = vol.detector.expected(bstate.volume)
            f["expected"].add_metric([brand, "total"], total / vol.window_s)
            f["expected"].add_metric([brand, "negative"], negative / vol.window_s)
            f["threshold"].add_metric([brand], max(vol.min_count, vol.factor * total)
                                      / vol.window_s)
            f["usual_share"].add_metric(
                [brand], vol.detector.usual_negative_share(bstate.volume))
            if bstate.volume.late_folded or bstate.volume.late_dropped:
                f["late"].add_metric([brand, "folded"], bstate.volume.late_folded)
                f["late"].add_metric([brand, "dropped"], bstate.volume.late_dropped)


def _one_line(text: str) -> str:
    return " ".join(text.split())


COLLECTOR = StateCollector()
metrics.REGISTRY.register(COLLECTOR)


# --------------------------------------------------------------------------- consumer lag
class LagTracker:
    """Per consumed topic: end offset minus committed offset over the partitions this worker
    owns, and counters of how far both moved (what `PipelineStalled` compares).

    The committed offsets are Faust's own record of its last commits (`_committed_offset`,
    faust-streaming 0.15.3): the consumer's fetch position runs ahead by the stream buffer, so
    only the committed offset says what has been processed."""

    def __init__(self, consumer: Callable[[], Any], topics: Mapping[str, str],
                 timeout_s: float = 2 * LAG_INTERVAL_S) -> None:
        self._consumer = consumer
        self._topics = dict(topics)  # full name -> label
        self._timeout = timeout_s
        self._committed: dict[Any, int] = {}
        self._ends: dict[Any, int] = {}

    async def update(self) -> None:
        consumer = self._consumer()
        try:
            assignment = consumer.assignment()
        except ConsumerNotStarted:
            return
        tps = [tp for tp in assignment if tp.topic in self._topics]
        ends: Mapping[Any, int] = {}
        if tps:
            ends = await asyncio.wait_for(consumer.highwaters(*tps), self._timeout)
        known = getattr(consumer, "_committed_offset", {})
        committed = {tp: known.get(tp) for tp in tps}
        missing = [tp for tp, c in committed.items() if c is None]
        if missing:  # nothing committed yet: the group starts from the earliest offset
            earliest = await asyncio.wait_for(consumer.earliest_offsets(*missing), self._timeout)
            committed.update({tp: earliest.get(tp) for tp in missing})
        lag: dict[str, int] = dict.fromkeys(self._topics.values(), 0)
        assigned: dict[str, int] = dict.fromkeys(self._topics.values(), 0)
        new_committed: dict[Any, int] = {}
        new_ends: dict[Any, int] = {}
        for tp in tps:
            label = self._topics[tp.topic]
            assigned[label] += 1
            end, pos = ends.get(tp), committed.get(tp)
            if end is None or pos is None:
                continue
            lag[label] += max(0, end - pos)
            new_committed[tp], new_ends[tp] = pos, end
            before = self._committed.get(tp)
            if before is not None and pos > before:
                metrics.CONSUMER_COMMITTED.labels(label).inc(pos - before)
            before_end = self._ends.get(tp)
            if before_end is not None and end > before_end:
                metrics.CONSUMER_APPENDED.labels(label).inc(end - before_end)
        self._committed, self._ends = new_committed, new_ends
        for label in self._topics.values():
            metrics.CONSUMER_LAG.labels(label).set(lag[label])
            metrics.ASSIGNED_PARTITIONS.labels(label).set(assigned[label])


# --------------------------------------------------------------------------- wiring
def _topic_labels(rt: Runtime) -> dict[str, str]:
    t = rt.topics
    return {name: name[len(t.prefix):] for name in (t.mentions, t.enriched, t.signals, t.actions,
                                                   t.notifications)}


def bind(app: faust.App, rt: Runtime) -> WorkerView:
    """Point the scrape-time collector at this worker's state tables."""
    incident_states = rt.incident_states
    detector_states = rt.detector_states
    partitions = rt.config.kafka.partitions
    incident_owner = Ownership(app, rt.topics.signals, partitions)
    detector_owner = Ownership(app, rt.topics.enriched, partitions)

    def incidents() -> Iterable[tuple[str, BrandIncidents]]:
        return () if incident_states is None else incident_owner.filter(incident_states.items())

    def detectors() -> Iterable[tuple[str, BrandState]]:
        return () if detector_states is None else detector_owner.filter(detector_states.items())

    view = WorkerView(incidents=incidents, detectors=detectors,
                      specs={s.id: s for s in rt.config.specs}, ready=lambda: readiness(app))
    COLLECTOR.view = view
    return view


def precreate(rt: Runtime) -> None:
    """Create the small, known label sets at 0 before anything happens: Prometheus cannot see
    the first increment of a series that is born with it, so without this a worker's first
    dead letter or failed page would be missing from every rate() and increase()."""
    for label in _topic_labels(rt).values():
        metrics.CONSUMER_LAG.labels(label)
        metrics.CONSUMER_COMMITTED.labels(label)
        metrics.CONSUMER_APPENDED.labels(label)
        metrics.ASSIGNED_PARTITIONS.labels(label)
    for reason in REASONS:
        metrics.DLQ.labels("mentions", reason)
    metrics.DLQ.labels("notifications", "delivery_failed")
    for name, receiver in used_receivers(rt).items():
        for outcome in ("delivered", "duplicate", "retried", "dead"):
            metrics.NOTIFICATIONS.labels(name, receiver.type, outcome)
    for kind in sorted(Kind.ALL):
        for event in get_args(NotificationEvent):
            metrics.INCIDENT_EVENTS.labels(kind, event)


def register(app: faust.App, rt: Runtime) -> None:
    """Called by streams.web.server.register, after the agents have put their tables in `rt`."""
    bind(app, rt)
    precreate(rt)
    tracker = LagTracker(lambda: app.consumer, _topic_labels(rt))

    @app.timer(min(LAG_INTERVAL_S, max(1.0, 5 * rt.tick_s)), name="observe-lag")
    async def consumer_lag() -> None:
        try:
            await tracker.update()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the broker may be away: keep the last values, try again
            log.warning("metrics.lag_failed", error=f"{type(exc).__name__}: {exc}"[:300])
