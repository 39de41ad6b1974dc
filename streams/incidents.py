"""signals + actions (key: brand) -> incident engine -> incidents (compacted, key: id) and
notifications (key: incident id). Timers drive group_wait, escalation, repeat and auto-resolve."""

from __future__ import annotations

import time
from typing import Any

import faust
import msgspec
import structlog

from alerts.engine import BrandIncidents, IncidentEngine, Outcome
from alerts.model import Action
from detectors.model import Signal
from streams import metrics
from streams.app import Runtime, batches, now_ms, raw_topic
from streams.codecs import JsonCodec, json_encoder
from streams.state import Outbox, StateTable

log = structlog.get_logger("crisiswatch.incidents")


def build_engine(rt: Runtime) -> IncidentEngine:
    cfg = rt.config
    return IncidentEngine(
        policy=cfg.incidents,
        routing=cfg.routing_for(),
        default_routing=cfg.routing,
        brand_names={b.id: b.name for b in cfg.specs},
        brand_languages={b.id: b.language for b in cfg.specs},
    )


def register(app: faust.App, rt: Runtime) -> None:
    engine = build_engine(rt)
    rt.extras["engine"] = engine
    states: StateTable[BrandIncidents] = StateTable(app, "incident-state", BrandIncidents,
                                                    rt.config.kafka.partitions)
    rt.extras["incident_states"] = states
    source = raw_topic(app, rt, rt.topics.signals, rt.topics.actions)
    decode_signal = JsonCodec(Signal).decode
    decode_action = JsonCodec(Action).decode
    signals_topic = rt.topics.signals
    known_brands = {b.id for b in rt.config.specs}

    async def publish(outbox: Outbox, out: Outcome) -> None:
        for inc in out.changed:
            await outbox.send(rt.topics.incidents, inc.id.encode(), json_encoder.encode(inc))
        for n in out.notifications:
            metrics.INCIDENT_EVENTS.labels(n.incident.kind, n.event).inc()
            log.info("notification.queued", incident=n.incident.id, brand=n.incident.brand,
                     notification_event=n.event, receivers=list(n.receivers), key=n.key)
            await outbox.send(rt.topics.notifications, n.incident.id.encode(),
                              json_encoder.encode(n))

    @app.agent(source, name="incidents")
    async def incidents(stream: Any) -> None:
        outbox = Outbox(app)
        async for events in batches(stream, rt):
            started = time.perf_counter()
            touched: dict[str, BrandIncidents] = {}
            for event in events:
                now = now_ms()
                try:
                    if event.message.topic == signals_topic:
                        item: Signal | Action = decode_signal(event.value)
                    else:
                        item = decode_action(event.value)
                except (msgspec.DecodeError, TypeError) as exc:
                    log.error("incident_input.undecodable", topic=event.message.topic,
                              error=str(exc)[:200])
                    metrics.DLQ.labels(event.message.topic, "undecodable").inc()
                    continue
                if item.brand not in known_brands:
                    log.warning("incident_input.unknown_brand", brand=item.brand)
                    continue
                state = touched.get(item.brand) or states.get(item.brand) or BrandIncidents()
                touched[item.brand] = state
                if isinstance(item, Signal):
                    out = engine.on_signal(state, item, now)
                else:
                    out = engine.on_action(state, item, now)
                    result = out.result
                    metrics.ACTIONS.labels(item.kind, item.via,
                                           result.status if result else "ok").inc()
                    log.info("action.applied", incident=item.incident_id, brand=item.brand,
                             action=item.kind, by=item.by, via=item.via,
                             result=result.status if result else None)
                await publish(outbox, out)
            for brand, state in touched.items():
                await states.put(outbox, brand, state)
            await outbox.flush()
            metrics.BATCH_SECONDS.labels("incidents").observe(time.perf_counter() - started)
            metrics.LAST_EVENT.labels("incidents").set(time.time())

    @app.timer(rt.tick_s, name="incidents-tick")
    async def tick() -> None:
        if not states.recovered():
            return
        outbox = Outbox(app)
        now = now_ms()
        for brand, state in states.items():
            out = engine.on_tick(state, now)
            if out.changed or out.notifications:
                await publish(outbox, out)
                await states.put(outbox, brand, state)
        await outbox.flush()
