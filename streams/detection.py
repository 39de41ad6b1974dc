"""mentions.enriched (key: brand) -> all detectors -> signals (key: brand).

One agent runs every detector so each record is decoded once; per-brand state lives in one
changelogged table and is written once per brand per batch.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import faust
import msgspec
import structlog
from detectors.pipeline import BrandState, DetectionPipeline

from detectors.model import Enriched, Signal
from streams import metrics
from streams.app import Runtime, batches, now_ms, raw_topic
from streams.codecs import JsonCodec, json_encoder
from streams.state import Outbox, StateTable

log = structlog.get_logger("crisiswatch.detect")


def register(app: faust.App, rt: Runtime) -> None:
    pipeline = DetectionPipeline(rt.config.specs)
    rt.extras["pipeline"] = pipeline
    states: StateTable[BrandState] = StateTable(app, "detector-state", BrandState,
                                                rt.config.kafka.partitions)
    source = raw_topic(app, rt, rt.topics.enriched)
    decode = JsonCodec(Enriched).decode
    signals_topic = rt.topics.signals

    async def emit(outbox: Outbox, signals: Iterable[Signal]) -> None:
        now = now_ms()
        for s in signals:
            s = msgspec.structs.replace(s, emitted_at_ms=now)
            metrics.SIGNALS.labels(s.brand, s.kind, s.severity.label).inc()
            log.info("signal", brand=s.brand, kind=s.kind, severity=s.severity.label,
                     group=s.group, observed=s.observed, expected=s.expected)
            await outbox.send(signals_topic, s.brand.encode(), json_encoder.encode(s))

    @app.agent(source, name="detect")
    async def detect(stream: Any) -> None:
        outbox = Outbox(app)
        async for events in batches(stream, rt):
            started = time.perf_counter()
            touched: dict[str, BrandState] = {}
            out: list[Signal] = []
            for event in events:
                try:
                    e = decode(event.value)
                except (msgspec.DecodeError, TypeError) as exc:
                    # Our own topic: a bad record is a bug upstream, never a reason to stop.
                    log.error("enriched.undecodable", error=str(exc)[:200])
                    metrics.DLQ.labels("mentions.enriched", "undecodable").inc()
                    continue
                state = touched.get(e.brand)
                if state is None:
                    state = states.get(e.brand) or pipeline.new_state(e.brand)
                    if state is None:  # brand removed from the config since
                        continue
                    touched[e.brand] = state
                out.extend(pipeline.observe(state, e))
            for brand, state in touched.items():
                await states.put(outbox, brand, state)
            await emit(outbox, out)
            await outbox.flush()
            metrics.BATCH_SIZE.labels("detect").observe(len(events))
            metrics.BATCH_SECONDS.labels("detect").observe(time.perf_counter() - started)
            metrics.LAST_EVENT.labels("detect").set(time.time())

    @app.timer(rt.tick_s, name="detect-tick")
    async def tick() -> None:
        if not states.recovered():
            return
        outbox = Outbox(app)
        now = now_ms()
        for brand, state in states.items():
            signals, changed = pipeline.tick(state, brand, now)
            if changed:
                await states.put(outbox, brand, state)
            await emit(outbox, signals)
        await outbox.flush()
