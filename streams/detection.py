"""mentions.enriched (key: brand) -> all detectors -> signals (key: brand).

One agent runs every detector so each record is decoded once. Signals leave after every
batch (latency); per-brand state is checkpointed to its changelog at most every
`checkpoint_interval`, and the events behind it are acknowledged only after the checkpoint is
on the broker: a crash replays them onto the last checkpoint (at-least-once; a replay may
count a few mentions twice, it never loses one). Writing every touched brand's state on every
batch would cost far more than the detection itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from typing import Any

import faust
import msgspec
import structlog

from detectors.clock import StreamClock
from detectors.model import Enriched, Signal
from detectors.pipeline import BrandState, DetectionPipeline
from streams import metrics
from streams.app import Runtime, now_ms, raw_topic
from streams.codecs import JsonCodec, json_encoder
from streams.state import Outbox, StateTable

log = structlog.get_logger("crisiswatch.detect")

CHECKPOINT_INTERVAL_S = 1.0
CHECKPOINT_MAX_PENDING = 50_000


class Checkpointer:
    """Dirty brand states and the not-yet-acknowledged events they include."""

    def __init__(self, app: faust.App, states: StateTable[BrandState]) -> None:
        self.app = app
        self.states = states
        self.stream: Any = None
        self.dirty: dict[str, BrandState] = {}
        self.pending: list[Any] = []
        self.last = time.monotonic()
        self._lock = asyncio.Lock()

    def due(self) -> bool:
        return bool(self.pending) and (
            time.monotonic() - self.last >= CHECKPOINT_INTERVAL_S
            or len(self.pending) >= CHECKPOINT_MAX_PENDING)

    async def checkpoint(self) -> None:
        async with self._lock:
            dirty, self.dirty = self.dirty, {}
            pending, self.pending = self.pending, []
            self.last = time.monotonic()
            if not dirty and not pending:
                return
            outbox = Outbox(self.app)
            for brand, state in dirty.items():
                await self.states.put(outbox, brand, state)
            await outbox.flush()
            for event in pending:
                await self.stream.ack(event)


def register(app: faust.App, rt: Runtime) -> None:
    pipeline = DetectionPipeline(rt.config.specs, rt.config.detection_settings())
    rt.extras["pipeline"] = pipeline
    states: StateTable[BrandState] = StateTable(app, "detector-state", BrandState,
                                                rt.config.kafka.partitions)
    rt.extras["detector_states"] = states
    cp = Checkpointer(app, states)
    clock = StreamClock(now_ms(), quiet_ms=max(5_000, int(rt.tick_s * 3000)))
    source = raw_topic(app, rt, rt.topics.enriched)
    decode = JsonCodec(Enriched).decode
    signals_topic = rt.topics.signals

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

    @app.agent(source, name="detect")
    async def detect(stream: Any) -> None:
        cp.stream = stream
        async for events in stream.noack_take(rt.batch_size, within=rt.batch_window_s):
            started = time.perf_counter()
            out: list[Signal] = []
            dirty = cp.dirty
            wall = now_ms()
            clock.input_seen(wall)
            for event in events:
                try:
                    e = decode(event.value)
                except (msgspec.DecodeError, TypeError) as exc:
                    # Our own topic: a bad record is a bug upstream, never a reason to stop.
                    log.error("enriched.undecodable", error=str(exc)[:200])
                    metrics.DLQ.labels("mentions.enriched", "undecodable").inc()
                    continue
                state = dirty.get(e.brand)
                if state is None:
                    state = states.get(e.brand) or pipeline.new_state(e.brand)
                    if state is None:  # brand removed from the config since
                        continue
                    dirty[e.brand] = state
                    states.table.data[e.brand] = state
                clock.saw(e.brand, e.mention.created_at_ms, wall)
                out.extend(pipeline.observe(state, e))
            cp.pending.extend(events)
            await emit(out)
            if cp.due():
                await cp.checkpoint()
            metrics.BATCH_SIZE.labels("detect").observe(len(events))
            metrics.BATCH_SECONDS.labels("detect").observe(time.perf_counter() - started)
            metrics.LAST_EVENT.labels("detect").set(time.time())

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
        if cp.pending and time.monotonic() - cp.last >= CHECKPOINT_INTERVAL_S:
            await cp.checkpoint()  # the stream went quiet: do not hold its acks back

    @app.on_partitions_revoked.connect
    async def on_revoked(app: faust.App, revoked: Any, **_: Any) -> None:
        # Hand over what we hold before another worker recovers these brands.
        if cp.stream is not None:
            await cp.checkpoint()
