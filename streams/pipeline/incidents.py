"""signals + actions (key: brand) -> incident engine -> incidents (compacted, key: id) and
notifications (key: incident id). Timers drive group_wait, escalation, repeat and auto-resolve.

Besides incident snapshots, the `incidents` topic carries one record per brand (key
"brand:{brand}", see streams/web/incident_view.py): its silences and the answers to its latest
actions, so the API on any worker can show silences and tell a person what their action did.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Any

import faust
import msgspec
import structlog

from alerts.engine import BrandIncidents, IncidentEngine, Outcome, mtta_ms, mttr_ms
from alerts.model import Action, Incident
from detectors.model import Signal
from streams.config import incident_engine
from streams.ops import metrics
from streams.pipeline.codecs import JsonCodec, json_encoder
from streams.pipeline.runtime import Runtime, batches, now_ms, raw_topic
from streams.pipeline.state import Outbox, StateTable
from streams.web.incident_view import RESULTS_PER_BRAND, ActionOutcome, BrandRecord, brand_key

log = structlog.get_logger("crisiswatch.incidents")


class Answers:
    """The engine's answers to each brand's latest actions, kept in memory only (the API waits
    seconds for an answer), published with the brand's silences as its brand record."""

    def __init__(self) -> None:
        self._by_brand: dict[str, deque[ActionOutcome]] = {}

    def remember(self, action: Action, out: Outcome, now: int) -> None:
        result = out.result
        if result is None:
            return
        kept = self._by_brand.setdefault(action.brand, deque(maxlen=RESULTS_PER_BRAND))
        kept.append(ActionOutcome(action_id=action.id, kind=action.kind, status=result.status,
                                  message=result.message, incident_id=result.incident_id,
                                  silence_id=result.silence_id, applied_ms=now))

    def record(self, brand: str, state: BrandIncidents, now: int) -> bytes:
        return json_encoder.encode(BrandRecord(
            brand=brand, at_ms=now, silences=list(state.silences),
            results=list(self._by_brand.get(brand, ()))))


def build_engine(rt: Runtime) -> IncidentEngine:
    return incident_engine(rt.config)


def register(app: faust.App, rt: Runtime) -> None:
    engine = build_engine(rt)
    states: StateTable[BrandIncidents] = StateTable(app, "incident-state", BrandIncidents,
                                                    rt.config.kafka.partitions)
    rt.incident_states = states
    source = raw_topic(app, rt, rt.topics.signals, rt.topics.actions)
    decode_signal = JsonCodec(Signal).decode
    decode_action = JsonCodec(Action).decode
    signals_topic = rt.topics.signals
    known_brands = {b.id for b in rt.config.specs}

    answers = Answers()

    async def publish(outbox: Outbox, out: Outcome) -> None:
        for inc in out.changed:
            await outbox.send(rt.topics.incidents, inc.id.encode(), json_encoder.encode(inc))
        for n in out.notifications:
            metrics.INCIDENT_EVENTS.labels(n.incident.kind, n.event).inc()
            _observe_response_times(n.event, n.incident)
            log.info("notification.queued", incident=n.incident.id, brand=n.incident.brand,
                     notification_event=n.event, receivers=list(n.receivers), key=n.key)
            await outbox.send(rt.topics.notifications, n.incident.id.encode(),
                              json_encoder.encode(n))

    async def publish_brand(outbox: Outbox, brand: str, state: BrandIncidents) -> None:
        await outbox.send(rt.topics.incidents, brand_key(brand),
                          answers.record(brand, state, now_ms()))

    @app.agent(source, name="incidents")
    async def incidents(stream: Any) -> None:
        outbox = Outbox(app)
        async for events in batches(stream, rt):
            started = time.perf_counter()
            touched: dict[str, BrandIncidents] = {}
            brand_news: set[str] = set()  # brands whose silences or action answers changed
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
                    base = "signals" if event.message.topic == signals_topic else "actions"
                    metrics.DLQ.labels(base, "undecodable").inc()
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
                    answers.remember(item, out, now)
                    brand_news.add(item.brand)
                    result = out.result
                    metrics.ACTIONS.labels(item.kind, item.via,
                                           result.status if result else "ok").inc()
                    log.info("action.applied", incident=item.incident_id, brand=item.brand,
                             action=item.kind, by=item.by, via=item.via,
                             result=result.status if result else None)
                if out.silences_changed:
                    brand_news.add(item.brand)
                await publish(outbox, out)
            for brand, state in touched.items():
                await states.put(outbox, brand, state)
                if brand in brand_news:
                    await publish_brand(outbox, brand, state)
            await outbox.flush()
            metrics.BATCH_SIZE.labels("incidents").observe(len(events))
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
            if out.changed or out.notifications or out.silences_changed:
                await publish(outbox, out)
                await states.put(outbox, brand, state)
            if out.silences_changed:  # expired ones pruned
                await publish_brand(outbox, brand, state)
        await outbox.flush()


def _observe_response_times(event: str, incident: Incident) -> None:
    """MTTA / MTTR as the engine reports the transition (a replay may count one twice)."""
    if event == "acknowledge" and (tta := mtta_ms(incident)) is not None:
        metrics.MTTA.observe(tta / 1000)
    elif event == "resolve" and (ttr := mttr_ms(incident)) is not None:
        metrics.MTTR.observe(ttr / 1000)
