"""Publishes each brand's last hour of mention volume to the compacted `volume` topic, from the
worker that owns the brand's partition (its detector state lives there), for the console's
sparklines on every worker (streams/web/volume_view.py).

No hook in the detect lane: a timer reads the detector states of this worker's brands
(`rt.detector_states`, the detect agent's `StateTable`) every `PUBLISH_EVERY_S` and
follows each brand's `VolumeState` with a small ring of interval counts
(`detectors.volume_series`: the open interval's counts as they grow, the closed intervals'
exact counts from the state's share window). A snapshot is produced when the series changed:
at once when an interval closed, otherwise at most every `MIN_GAP_S` per brand, and never more
than about `BUDGET_PER_S` snapshots a second per worker however many brands it owns. The ring
is memory only: a worker taking a brand over (or restarting) continues from the brand's last
snapshot on the topic.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Iterable

import faust
import structlog
from aiohttp import web
from aiokafka.errors import KafkaError

from detectors.config import BrandSpec
from detectors.durations import parse_duration
from detectors.pipeline import BrandState
from detectors.volume import VolumeDetector
from detectors.volume_series import VolumeSeries, VolumeSnapshot, follow, seed, snapshot
from streams.pipeline.codecs import json_encoder
from streams.pipeline.runtime import Runtime, now_ms
from streams.pipeline.state import Outbox
from streams.web.volume_view import VolumeStore, volume_store

log = structlog.get_logger("crisiswatch.volume_publisher")

PUBLISH_EVERY_S = 2.0
MIN_GAP_S = 5.0  # between snapshots of a brand whose open interval only grew
BUDGET_PER_S = 200.0  # snapshots per second per worker, whatever the number of brands
SEND_TIMEOUT_S = 10.0


class VolumePublisher:
    """Which snapshots to publish now; plain data in and out, Kafka-free (tests drive it)."""

    def __init__(self, specs: Iterable[BrandSpec], store: VolumeStore) -> None:
        self._specs = {s.id: s for s in specs}
        self._detectors: dict[str, tuple[VolumeDetector, int]] = {}
        self.store = store
        self.series: dict[str, VolumeSeries] = {}
        self._sent_at: dict[str, float] = {}
        self._owed: set[str] = set()  # changed since its last published snapshot

    def _detector(self, brand: str) -> tuple[VolumeDetector, int] | None:
        found = self._detectors.get(brand)
        if found is None:
            spec = self._specs.get(brand)
            if spec is None:
                return None
            found = self._detectors[brand] = (VolumeDetector(spec),
                                              parse_duration(spec.volume.window))
        return found

    def collect(self, states: Iterable[tuple[str, BrandState]], wall_ms: int,
                now_s: float) -> list[VolumeSnapshot]:
        """Follow every brand's state; the snapshots due now."""
        owned = list(states)
        gap = max(MIN_GAP_S, len(owned) / BUDGET_PER_S)
        out: list[VolumeSnapshot] = []
        seen: set[str] = set()
        for brand, state in owned:
            found = self._detector(brand)
            if found is None:  # removed from the config since
                continue
            detector, interval = found
            seen.add(brand)
            series = self.series.get(brand)
            if series is None or series.interval_ms != interval:
                last = self.store.get(brand)
                series = self.series[brand] = (seed(last, interval) if last is not None
                                               else VolumeSeries(brand=brand, interval_ms=interval))
            open_before = series.open_start
            if follow(series, state.volume, detector.expected(state.volume)):
                self._owed.add(brand)
            if brand in self._owed and (
                    series.open_start != open_before
                    or now_s - self._sent_at.get(brand, -math.inf) >= gap):
                out.append(snapshot(series, wall_ms))
        for gone in self.series.keys() - seen:  # no longer ours (rebalanced away)
            del self.series[gone]
            self._sent_at.pop(gone, None)
            self._owed.discard(gone)
        return out

    def sent(self, brands: Iterable[str], now_s: float) -> None:
        """Those snapshots are on the broker."""
        for brand in brands:
            self._owed.discard(brand)
            self._sent_at[brand] = now_s


def register(app: faust.App, rt: Runtime) -> None:
    """The publishing timer (every worker; each publishes the brands it owns)."""
    if rt.volume_publisher is not None:
        return
    states = rt.detector_states
    if states is None:
        log.warning("volume_publisher.no_detector_states")
        return
    store = volume_store(app, rt)
    publisher = rt.volume_publisher = VolumePublisher(rt.config.specs, store)
    topic = rt.topics.volume

    @app.timer(PUBLISH_EVERY_S, name="volume-publish")
    async def publish() -> None:
        # Seed from the topic before publishing, or a restart would blank the last hour.
        if not store.ready or not states.recovered():
            return
        snaps = publisher.collect(states.items(), now_ms(), time.monotonic())
        if not snaps:
            return
        outbox = Outbox(app)
        try:
            for snap in snaps:
                await outbox.send(topic, snap.brand.encode(), json_encoder.encode(snap))
            await asyncio.wait_for(outbox.flush(), SEND_TIMEOUT_S)
        except (KafkaError, TimeoutError) as exc:  # owed snapshots go out on the next tick
            log.warning("volume_publisher.failed", brands=len(snaps),
                        error=f"{type(exc).__name__}: {exc}")
            return
        publisher.sent((s.brand for s in snaps), time.monotonic())


def register_routes(app: faust.App, rt: Runtime, router: web.UrlDispatcher) -> None:
    """The `rt.web.routes` entry: no routes, just the timer."""
    register(app, rt)
