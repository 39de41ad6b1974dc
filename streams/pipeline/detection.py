"""mentions.enriched (key: brand) -> all detectors -> signals (key: brand).

One batch lane (streams/pipeline/fastlane.py: every mention passes here, so not Faust's per-event
path) runs every detector, so each record is decoded once. Signals leave after every batch
(latency); per-brand state is checkpointed to its changelog at most every
CHECKPOINT_INTERVAL_S, and the events behind it are acknowledged only after the checkpoint is
on the broker: a crash replays them onto the last checkpoint (at-least-once; a replay may
count a few mentions twice, it never loses one). Writing every touched brand's state on every
batch would cost far more than the detection itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable

import faust
import msgspec
import structlog

from detectors.clock import StreamClock
from detectors.model import Enriched, Signal
from detectors.pipeline import BrandState, DetectionPipeline
from streams.ops import metrics
from streams.pipeline import fastlane
from streams.pipeline.codecs import JsonCodec, json_encoder
from streams.pipeline.runtime import Runtime, lane_limits, now_ms, raw_topic
from streams.pipeline.state import Outbox, StateTable

log = structlog.get_logger("crisiswatch.detect")

# A checkpoint rewrites every touched brand's whole state (in a flood: all of them, ~20-30 MB
# for 1,000 brands), which costs the worker and, more, the broker. Every 3 s instead of every
# second took a 2-worker flood from ~13.6k to ~15-17k mentions/s, every 6 s instead of 3 s
# another ~10 % (docs/benchmarks.md); what it costs is replay after a crash: up to 5 s of input
# is re-read onto the last checkpoint (not double counted: its offsets were not acknowledged).
CHECKPOINT_INTERVAL_S = 5.0
CHECKPOINT_MAX_PENDING = 100_000
# ...and never more than this share of the time (10,000 brands: a checkpoint may take seconds).
CHECKPOINT_MAX_SHARE = 0.1


class Checkpointer:
    """Dirty brand states and the not-yet-acknowledged batches they include."""

    def __init__(self, app: faust.App, states: StateTable[BrandState]) -> None:
        self.app = app
        self.states = states
        self.dirty: dict[str, BrandState] = {}
        self.pending: list[fastlane.Batch] = []
        self.pending_events = 0
        self.last = time.monotonic()
        self.interval = CHECKPOINT_INTERVAL_S
        self._lock = asyncio.Lock()

    def hold(self, batch: fastlane.Batch) -> None:
        self.pending.append(batch.receipt())
        self.pending_events += len(batch)

    def due(self) -> bool:
        return bool(self.pending) and (
            time.monotonic() - self.last >= self.interval
            or self.pending_events >= CHECKPOINT_MAX_PENDING)

    async def checkpoint(self) -> None:
        async with self._lock:
            dirty, self.dirty = self.dirty, {}
            pending, self.pending = self.pending, []
            self.pending_events = 0
            self.last = time.monotonic()
            if not dirty and not pending:
                return
            started = time.monotonic()
            outbox = Outbox(self.app)
            for brand, state in dirty.items():
                await self.states.put(outbox, brand, state)
            await outbox.flush()
            for batch in pending:
                fastlane.ack(self.app, batch)
            took = time.monotonic() - started
            self.interval = max(CHECKPOINT_INTERVAL_S, took / CHECKPOINT_MAX_SHARE)


def register(app: faust.App, rt: Runtime) -> None:
    pipeline = DetectionPipeline(rt.config.specs, rt.config.detection_settings())
    states: StateTable[BrandState] = StateTable(app, "detector-state", BrandState,
                                                rt.config.kafka.partitions)
    rt.detector_states = states
    cp = Checkpointer(app, states)
    clock = StreamClock(now_ms(), quiet_ms=max(5_000, int(rt.tick_s * 3000)))
    source = raw_topic(app, rt, rt.topics.enriched)
    decode = JsonCodec(Enriched).decode
    signals_topic = rt.topics.signals
    batch_size = metrics.BATCH_SIZE.labels("detect")
    batch_seconds = metrics.BATCH_SECONDS.labels("detect")
    last_event = metrics.LAST_EVENT.labels("detect")
    undecodable = metrics.DLQ.labels("mentions.enriched", "undecodable")

    async def emit(signals: Iterable[Signal]) -> None:
        outbox = Outbox(app)
        now = now_ms()
        for s in signals:
            s = msgspec.structs.replace(s, emitted_at_ms=now)
            metrics.SIGNALS.labels(s.brand, s.kind, s.severity.label).inc()
            log.info("signal", brand=s.brand, kind=s.kind, severity=s.severity.label,
                     group=s.group, observed=s.observed, expected=s.expected)
            await outbox.send(signals_topic, s.brand.encode(), json_encoder.encode(s))
        await outbox.flush()

    async def detect_batch(batch: fastlane.Batch) -> None:
        started = time.perf_counter()
        out: list[Signal] = []
        dirty = cp.dirty
        table = states.table.data
        remember = states.remember
        observe = pipeline.observe
        saw = clock.saw
        wall = now_ms()
        clock.input_seen(wall)
        for rec in batch.records:
            try:
                e = decode(rec.value)
            except (msgspec.DecodeError, TypeError) as exc:
                # Our own topic: a bad record is a bug upstream, never a reason to stop.
                log.error("enriched.undecodable", error=str(exc)[:200])
                undecodable.inc()
                continue
            brand = e.brand
            state = dirty.get(brand)
            if state is None:
                state = table.get(brand) or pipeline.new_state(brand)
                if state is None:  # brand removed from the config since
                    continue
                dirty[brand] = state
                remember(brand, state)
            saw(brand, e.mention.created_at_ms, wall)
            out += observe(state, e)
        for brand_, verdict, n in pipeline.drain_verdicts():
            metrics.AMBIGUOUS_MENTIONS.labels(brand_, verdict).inc(n)
        cp.hold(batch)
        await emit(out)
        if cp.due():
            await cp.checkpoint()
        batch_size.observe(len(batch))
        batch_seconds.observe(time.perf_counter() - started)
        last_event.set(time.time())

    max_batch, high_water = lane_limits(rt)
    # Revoked partitions: finish the batch in hand, then checkpoint what we hold (and so
    # acknowledge it) before another worker recovers these brands.
    fastlane.add_lane(app, source, "detect", detect_batch, max_batch=max_batch,
                      high_water=high_water, manual_ack=True, on_revoke=cp.checkpoint)

    @app.timer(rt.tick_s, name="detect-tick")
    async def tick() -> None:
        if not states.recovered():
            return
        wall = now_ms()
        out: list[Signal] = []
        for brand, state in states.items():
            at = clock.now_for(brand, wall)
            if at is None:
                continue
            signals = pipeline.tick(state, brand, at)
            if signals:
                out.extend(signals)
                cp.dirty[brand] = state
        await emit(out)
        if cp.pending and time.monotonic() - cp.last >= cp.interval:
            await cp.checkpoint()  # the stream went quiet: do not hold its acks back
