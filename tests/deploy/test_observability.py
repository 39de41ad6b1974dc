"""Scrape-time gauges, consumer lag and readiness, fed with plain data and fake Faust/aiokafka
objects (no broker): what streams/ops/observability.py reports for what state."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pytest
from faust.exceptions import ConsumerNotStarted
from faust.types import TP
from prometheus_client import CollectorRegistry
from prometheus_client.core import Metric

from alerts.engine import BrandIncidents
from alerts.model import Incident
from detectors.model import MentionRef, Severity, Signal
from detectors.pipeline import BrandState, DetectionPipeline
from streams.ops import metrics, observability
from streams.ops.observability import (
    LagTracker,
    Ownership,
    StateCollector,
    WorkerView,
    kafka_connected,
    readiness,
)
from streams.pipeline.state import key_partition as brand_partition
from tests.unit.factories import T0, brand_spec

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- helpers
def incident(brand: str, kind: str, n: int, *, state: str = "triggered",
             severity: Severity = Severity.WARNING, reach: int = 0, origin: str = "",
             unverified: bool = False) -> Incident:
    refs = (MentionRef(id=f"m{n}", source="x", url=f"https://x.example/{n}", text=origin,
                       author="a", lang="ru"),) if origin else ()
    sig = Signal(brand=brand, kind=kind, severity=severity, at_ms=T0, title=f"{kind} {n}",
                 reach=reach, projected_reach=reach * 10, mentions=refs)
    return Incident(id=f"{brand}.{kind}.abc.{n}", brand=brand, kind=kind, group=str(n),
                    title=f"{kind} {n}", severity=severity, state=state,  # type: ignore[arg-type]
                    opened_ms=T0, last_signal_ms=T0, last_signal=sig, unverified=unverified,
                    resolved_ms=T0 + 1 if state == "resolved" else None)


def brand_incidents(*incs: Incident) -> BrandIncidents:
    return BrandIncidents(incidents={f"{i.kind}\x1f{i.group}": i for i in incs})


def scrape(collector: StateCollector) -> dict[str, Metric]:
    registry = CollectorRegistry()
    registry.register(collector)
    return {m.name: m for m in registry.collect()}


def collector_for(v: WorkerView) -> StateCollector:
    collector = StateCollector()
    collector.view = v
    return collector


def samples(family: Metric) -> dict[tuple[tuple[str, str], ...], float]:
    return {tuple(sorted(s.labels.items())): s.value for s in family.samples}


def view(incidents: Iterable[tuple[str, BrandIncidents]] = (),
         detectors: Iterable[tuple[str, BrandState]] = (), ready: bool = True,
         specs: Iterable[Any] = ()) -> WorkerView:
    inc, det = list(incidents), list(detectors)
    return WorkerView(incidents=lambda: inc, detectors=lambda: det,
                      specs={s.id: s for s in specs}, ready=lambda: (ready, "x"))


# --------------------------------------------------------------------------- ownership
@dataclass
class FakeConsumer:
    tps: set[TP]
    partitions: int | None = 4
    started: bool = True
    ends: dict[TP, int] = field(default_factory=dict)
    earliest: dict[TP, int] = field(default_factory=dict)
    _committed_offset: dict[TP, int | None] = field(default_factory=dict)

    def assignment(self) -> set[TP]:
        if not self.started:
            raise ConsumerNotStarted("not yet")
        return self.tps

    def topic_partitions(self, topic: str) -> int | None:
        return self.partitions

    async def highwaters(self, *tps: TP) -> dict[TP, int]:
        return {tp: self.ends[tp] for tp in tps if tp in self.ends}

    async def earliest_offsets(self, *tps: TP) -> dict[TP, int]:
        return {tp: self.earliest.get(tp, 0) for tp in tps}


@dataclass
class FakeApp:
    consumer: Any


def test_ownership_keeps_only_brands_on_assigned_partitions() -> None:
    brands = [f"brand{i}" for i in range(40)]
    app = FakeApp(FakeConsumer({TP("p.signals", 1), TP("p.signals", 3), TP("p.other", 0)}))
    owner = Ownership(app, "p.signals", 4)  # type: ignore[arg-type]
    kept = [b for b, _ in owner.filter((b, None) for b in brands)]
    assert kept == [b for b in brands if brand_partition(b, 4) in (1, 3)]
    assert 0 < len(kept) < len(brands)


def test_ownership_before_the_consumer_starts_owns_nothing() -> None:
    app = FakeApp(FakeConsumer({TP("p.signals", 0)}, started=False))
    assert list(Ownership(app, "p.signals", 4).filter([("b", 1)])) == []  # type: ignore[arg-type]


# --------------------------------------------------------------------------- state gauges
def test_open_incidents_by_severity_state_brand_and_kind() -> None:
    a = brand_incidents(
        incident("a", "volume_spike", 1, severity=Severity.ERROR),
        incident("a", "viral_story", 2, state="acknowledged", reach=5),
        incident("a", "viral_story", 3, state="resolved"))
    b = brand_incidents(incident("b", "complaint_sla", 1))
    c = brand_incidents(incident("c", "volume_spike", 1, state="resolved"))
    got = scrape(collector_for(view(incidents=[("a", a), ("b", b), ("c", c)])))
    opened = samples(got["crisiswatch_incidents_open"])
    assert len(opened) == 8  # every severity x state, zeros included
    assert opened[(("severity", "error"), ("state", "triggered"))] == 1
    assert opened[(("severity", "warning"), ("state", "acknowledged"))] == 1
    assert opened[(("severity", "warning"), ("state", "triggered"))] == 1
    assert sum(opened.values()) == 3
    assert samples(got["crisiswatch_brand_incidents_open"]) == {
        (("brand", "a"), ("kind", "viral_story")): 1,
        (("brand", "a"), ("kind", "volume_spike")): 1,
        (("brand", "b"), ("kind", "complaint_sla")): 1,
    }  # brand c has nothing open: no series


def test_top_stories_are_bounded_per_brand_and_labelled_by_origin() -> None:
    stories = [incident("a", "viral_story", n, reach=n * 1000,
                        origin=f"Охранник   выгнал\nженщину #{n} " + "x" * 200,
                        unverified=n == 7) for n in range(1, 9)]
    got = scrape(collector_for(view(incidents=[("a", brand_incidents(*stories))])))
    reach = got["crisiswatch_story_reach"].samples
    assert len(reach) == observability.TOP_STORIES
    assert sorted(s.value for s in reach) == [4000, 5000, 6000, 7000, 8000]
    top = max(reach, key=lambda s: s.value)
    assert top.labels["incident"] == "a.viral_story.abc.8"
    assert top.labels["origin"].startswith("Охранник выгнал женщину #8 ")
    assert len(top.labels["origin"]) == observability.TITLE_CHARS
    assert top.labels["url"] == "https://x.example/8"
    assert {s.labels["unverified"] for s in reach} == {"true", "false"}
    projected = {s.labels["incident"]: s.value for s in got["crisiswatch_story_projected_reach"]
                 .samples}
    assert projected["a.viral_story.abc.8"] == 80_000


def test_expected_volume_threshold_and_usual_share_per_second() -> None:
    spec = brand_spec("acme")
    state = DetectionPipeline([spec]).new_state("acme")
    assert state is not None
    state.volume.expected_total, state.volume.expected_negative = 6.0, 1.2
    got = scrape(collector_for(view(detectors=[("acme", state)], specs=[spec])))
    window_s = 60.0  # the default volume window
    assert samples(got["crisiswatch_volume_expected_per_second"]) == {
        (("brand", "acme"), ("series", "total")): 6.0 / window_s,
        (("brand", "acme"), ("series", "negative")): 1.2 / window_s,
    }
    threshold = max(spec.volume.min_count, spec.volume.factor * 6.0)
    assert samples(got["crisiswatch_volume_threshold_per_second"]) == {
        (("brand", "acme"),): threshold / window_s}
    [share] = got["crisiswatch_negative_share_usual"].samples
    assert 0.0 <= share.value <= 1.0


def test_late_mentions_per_brand_only_where_there_are_any() -> None:
    specs = [brand_spec("acme"), brand_spec("calm", aliases=("calm",))]
    pipeline = DetectionPipeline(specs)
    late, calm = pipeline.new_state("acme"), pipeline.new_state("calm")
    assert late is not None and calm is not None
    late.volume.late_folded, late.volume.late_dropped = 3, 2
    got = scrape(collector_for(view(detectors=[("acme", late), ("calm", calm)], specs=specs)))
    family = got["crisiswatch_volume_late_mentions"]
    assert family.type == "counter"
    assert samples(family) == {(("brand", "acme"), ("outcome", "folded")): 3,
                               (("brand", "acme"), ("outcome", "dropped")): 2}


def test_brands_missing_from_the_config_are_skipped() -> None:
    spec = brand_spec("acme")
    state = DetectionPipeline([spec]).new_state("acme")
    assert state is not None
    got = scrape(collector_for(view(detectors=[("gone", state)], specs=[spec])))
    assert got["crisiswatch_volume_expected_per_second"].samples == []


def test_readiness_gauge_and_a_failing_view_never_break_the_scrape() -> None:
    assert scrape(collector_for(view(ready=False)))["crisiswatch_worker_ready"] \
        .samples[0].value == 0

    def broken() -> list[tuple[str, BrandIncidents]]:
        raise RuntimeError("table gone")

    v = view()
    v.incidents = broken
    got = scrape(collector_for(v))
    assert got["crisiswatch_worker_ready"].samples[0].value == 1
    assert "crisiswatch_incidents_open" in got  # described, even without samples


def test_unbound_collector_exports_descriptions_only() -> None:
    got = scrape(StateCollector())
    assert all(not m.samples for m in got.values())
    assert "crisiswatch_story_reach" in got


# --------------------------------------------------------------------------- consumer lag
def lag_value(topic: str) -> float:
    return metrics.CONSUMER_LAG.labels(topic)._value.get()  # type: ignore[no-any-return]


def counter_value(counter: Any, topic: str) -> float:
    return counter.labels(topic)._value.get()  # type: ignore[no-any-return]


def test_lag_is_end_minus_committed_and_progress_is_counted() -> None:
    t = "unit-lag."
    m0, m1, s0 = TP(t + "mentions", 0), TP(t + "mentions", 1), TP(t + "signals", 0)
    consumer = FakeConsumer({m0, m1, s0, TP(t + "detector-state-changelog", 0)},
                            ends={m0: 100, m1: 50, s0: 7},
                            _committed_offset={m0: 90, m1: None, s0: 7},
                            earliest={m1: 20})
    topics = {t + "mentions": "ut-mentions", t + "signals": "ut-signals",
              t + "actions": "ut-actions"}
    tracker = LagTracker(lambda: consumer, topics)
    committed0 = counter_value(metrics.CONSUMER_COMMITTED, "ut-mentions")
    appended0 = counter_value(metrics.CONSUMER_APPENDED, "ut-mentions")
    asyncio.run(tracker.update())
    # m1 never committed: counted from its earliest offset.
    assert lag_value("ut-mentions") == (100 - 90) + (50 - 20)
    assert lag_value("ut-signals") == 0
    assert lag_value("ut-actions") == 0  # not assigned here
    assert metrics.ASSIGNED_PARTITIONS.labels("ut-mentions")._value.get() == 2

    consumer.ends.update({m0: 130, m1: 50})
    consumer._committed_offset.update({m0: 125, m1: 45})
    asyncio.run(tracker.update())
    assert lag_value("ut-mentions") == 5 + 5
    assert counter_value(metrics.CONSUMER_COMMITTED, "ut-mentions") - committed0 == 35 + 25
    assert counter_value(metrics.CONSUMER_APPENDED, "ut-mentions") - appended0 == 30

    consumer.tps = {s0}  # m0 and m1 moved to another worker
    consumer.ends[m0] = 500
    asyncio.run(tracker.update())
    assert lag_value("ut-mentions") == 0
    assert counter_value(metrics.CONSUMER_APPENDED, "ut-mentions") - appended0 == 30
    assert metrics.ASSIGNED_PARTITIONS.labels("ut-mentions")._value.get() == 0


def test_lag_before_the_consumer_starts_is_left_alone() -> None:
    consumer = FakeConsumer(set(), started=False)
    asyncio.run(LagTracker(lambda: consumer, {"x": "ut-unstarted"}).update())


# --------------------------------------------------------------------------- readiness
@dataclass
class Conn:
    up: bool

    def connected(self) -> bool:
        return self.up


def kafka_app(conns: list[Conn], coordinator_id: int | None = 1, consumer: bool = True
              ) -> Any:
    client = type("Client", (), {"_conns": {i: c for i, c in enumerate(conns)}})()
    coordinator = type("Coordinator", (), {"coordinator_id": coordinator_id})()
    aio = type("AIOConsumer", (), {"_client": client, "_coordinator": coordinator})()
    thread = type("Thread", (), {"_consumer": aio if consumer else None})()
    return FakeApp(type("Consumer", (), {"_thread": thread})())


def test_kafka_connected_reads_the_consumers_connections() -> None:
    assert kafka_connected(kafka_app([Conn(False), Conn(True)])) is True
    assert kafka_connected(kafka_app([Conn(False)])) is False
    assert kafka_connected(kafka_app([])) is False
    assert kafka_connected(kafka_app([Conn(True)], coordinator_id=None)) is False
    assert kafka_connected(kafka_app([Conn(True)], consumer=False)) is False
    assert kafka_connected(FakeApp(object())) is None  # internals changed: unknown


def ready_app(*, rebalancing: bool = False, recovered: bool = True,
              conns: list[Conn] | None = None) -> Any:
    app = kafka_app([Conn(True)] if conns is None else conns)
    completed = asyncio.Event()
    if recovered:
        completed.set()
    app.rebalancing = rebalancing
    app.tables = type("Tables", (), {"recovery": type("R", (), {"completed": completed})()})()
    return app


def test_readiness_reports_why_not() -> None:
    assert readiness(ready_app()) == (True, "ready")
    assert readiness(ready_app(rebalancing=True)) == (False, "recovering")
    assert readiness(ready_app(recovered=False)) == (False, "recovering")
    assert readiness(ready_app(conns=[Conn(False)])) == (False, "kafka_unreachable")
