"""What the volume publisher sends when, from real detector states (no Kafka), and the view of
the `volume` topic every worker keeps."""

from __future__ import annotations

import msgspec
import pytest

from detectors.pipeline import BrandState, DetectionPipeline
from detectors.volume_series import VolumeSnapshot
from streams.pipeline import volume_publisher
from streams.pipeline.volume_publisher import VolumePublisher
from streams.web.volume_view import VolumeStore
from tests.unit.factories import MIN, SEC, T0, brand_spec, enriched

pytestmark = pytest.mark.unit


class World:
    def __init__(self, *brands: str) -> None:
        specs = [brand_spec(b, name=b.title(), aliases=(b,)) for b in brands or ("acme",)]
        self.pipeline = DetectionPipeline(specs)
        self.states: dict[str, BrandState] = {}
        for s in specs:
            state = self.pipeline.new_state(s.id)
            assert state is not None
            self.states[s.id] = state
        self.store = VolumeStore()
        self.store.ready = True
        self.publisher = VolumePublisher(specs, self.store)
        self.now_s = 1000.0

    def mention(self, brand: str, at: int, negative: bool = False) -> None:
        self.pipeline.observe(self.states[brand], enriched(
            brand, brand=brand, at=at, negativity=0.9 if negative else 0.0))

    def collect(self, after_s: float = 0.0, owned: list[str] | None = None) -> list[str]:
        self.now_s += after_s
        brands = owned if owned is not None else list(self.states)
        snaps = self.publisher.collect([(b, self.states[b]) for b in brands], 42, self.now_s)
        return [s.brand for s in snaps]

    def publish(self, after_s: float = 0.0) -> list[VolumeSnapshot]:
        """collect, then 'send' to the store as the topic would, then acknowledge."""
        self.now_s += after_s
        snaps = self.publisher.collect(list(self.states.items()), 42, self.now_s)
        for snap in snaps:
            self.store.apply(snap.brand.encode(), msgspec.json.encode(snap))
        self.store.changed()
        self.publisher.sent((s.brand for s in snaps), self.now_s)
        return snaps


def test_publishes_changes_throttled_but_closed_intervals_at_once() -> None:
    w = World("acme")
    assert w.collect() == []  # no mention yet: nothing to draw
    w.mention("acme", T0 + SEC)
    assert [s.brand for s in w.publish()] == ["acme"]
    w.mention("acme", T0 + 2 * SEC)
    assert w.publish(after_s=1) == []  # the open minute grew: waits for the gap
    (snap,) = w.publish(after_s=volume_publisher.MIN_GAP_S)
    assert snap.points == [(T0, 2, 0)]
    assert w.publish(after_s=60) == []  # nothing changed
    w.mention("acme", T0 + 3 * SEC)
    w.mention("acme", T0 + MIN + SEC, negative=True)  # the minute closed: at once
    (snap,) = w.publish(after_s=0.1)
    assert snap.points == [(T0, 3, 0), (T0 + MIN, 1, 1)]
    assert w.store.get("acme") == snap


def test_a_failed_send_is_retried_on_the_next_tick() -> None:
    w = World("acme")
    w.mention("acme", T0 + SEC)
    assert w.collect() == ["acme"]  # not acknowledged (the broker was down)
    assert w.collect(after_s=volume_publisher.PUBLISH_EVERY_S) == ["acme"]
    w.publisher.sent(["acme"], w.now_s)
    assert w.collect(after_s=volume_publisher.PUBLISH_EVERY_S) == []


def test_only_owned_brands_and_a_takeover_continues_the_published_hour() -> None:
    w = World("acme", "beta")
    for m in range(5):
        w.mention("acme", T0 + m * MIN + SEC)
        w.mention("beta", T0 + m * MIN + SEC)
    assert sorted(s.brand for s in w.publish()) == ["acme", "beta"]
    assert w.collect(owned=["acme"]) == []  # beta moved to another worker: forgotten here
    assert "beta" not in w.publisher.series
    # A new owner (fresh publisher, same topic) with a state recovered from a checkpoint.
    other = VolumePublisher(w.publisher._specs.values(), w.store)
    snaps = other.collect([("beta", w.states["beta"])], 43, 0.0)
    assert snaps == []  # seeded from the topic: nothing new to say
    w.mention("beta", T0 + 5 * MIN + SEC)
    (snap,) = other.collect([("beta", w.states["beta"])], 44, 0.0)
    assert [p[1] for p in snap.points] == [1, 1, 1, 1, 1, 1]


def test_unknown_brands_are_skipped_and_many_brands_are_paced() -> None:
    w = World("acme")
    w.mention("acme", T0 + SEC)
    stray = w.states["acme"]
    assert [s.brand for s in w.publisher.collect([("gone", stray)], 1, 0.0)] == []
    brands = [f"b{i}" for i in range(2000)]
    many = World(*brands)
    for b in brands:
        many.mention(b, T0 + SEC)
    assert len(many.publish()) == 2000
    for b in brands:
        many.mention(b, T0 + 2 * SEC)
    # 2000 brands at BUDGET_PER_S: an open minute's growth waits 10 s, not MIN_GAP_S.
    assert many.publish(after_s=volume_publisher.MIN_GAP_S) == []
    assert len(many.publish(after_s=2000 / volume_publisher.BUDGET_PER_S)) == 2000


def test_volume_store_keeps_the_latest_and_tells_listeners() -> None:
    store = VolumeStore()
    heard: list[frozenset[str]] = []
    unsubscribe = store.subscribe(heard.append)
    snap = VolumeSnapshot(brand="acme", interval_ms=MIN, detector_interval_ms=MIN,
                          points=[(T0, 3, 1), (T0 + MIN, None, None)], expected=2.0,
                          expected_negative=0.5, baseline="weekly", open_ms=T0 + MIN,
                          updated_ms=1)
    store.put(snap)
    assert store.get("acme") == snap and heard == [frozenset({"acme"})]
    store.apply(b"beta", b"{not json")
    store.apply(b"beta", b'{"brand": "beta"}')
    store.apply(None, b"{}")
    store.changed()
    assert len(heard) == 1 and store.get("beta") is None
    store.apply(b"acme", None)
    store.changed()
    assert store.get("acme") is None and heard[-1] == frozenset({"acme"})
    unsubscribe()
    store.put(snap)
    assert len(heard) == 2 and store.evict() == 0
