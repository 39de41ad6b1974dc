"""notifications (key: incident id) -> one agent per receiver -> Slack / PagerDuty / ... ;
what still fails after the last retry -> notifications.dlq.

One agent per receiver keeps receivers independent: a Slack outage delays Slack only, while
each receiver still gets its messages in order (the agent handles one notification at a time,
retrying it for up to 30 minutes -- see alerts/delivery.py -- before the next). What a receiver
has already been sent is remembered per incident in a changelogged table, so a replay after a
crash never re-pages. Independence holds while the stuck receiver's backlog fits Faust's stream
buffer (`stream_buffer_maxsize`, streams/pipeline/app.py); past that Faust stops fetching the
topic's partition for every agent until it drains (later pages wait, none is lost).
"""

from __future__ import annotations

import time
from typing import Any

import faust
import httpx
import msgspec
import structlog

from alerts.delivery import DeadLetter, OnRetry, RateLimiter, RetryPolicy, deliver
from alerts.model import Notification
from alerts.policy import Receiver
from alerts.render import Links
from alerts.secrets import SecretResolver
from alerts.sinks import build_sink
from alerts.sinks.base import Delivered, DeliveryMemo, Sink
from detectors.model import Kind
from streams.ops import metrics
from streams.pipeline.codecs import JsonCodec, json_encoder
from streams.pipeline.runtime import Runtime, now_ms, raw_topic
from streams.pipeline.state import Outbox, StateTable

log = structlog.get_logger("crisiswatch.deliver")


# A resolved incident's delivery memos are kept this long after its last delivery: past the
# notifications topic's retention (7 days) nothing can be replayed that they would deduplicate,
# and a reopen happens within the reopen window (an hour) or is a new incident.
BOOK_KEEP_MS = 8 * 86_400_000
PRUNE_EVERY_S = 3600.0


class DeliveryBook(msgspec.Struct):
    """Per incident: what each receiver has been sent (seq, Slack ts, Telegram message id)."""

    memos: dict[str, DeliveryMemo] = {}
    updated_ms: int = 0  # wall clock of the last delivery
    resolved: bool = False  # a resolve was delivered and no trigger (a reopen) since


def expired(entry: DeliveryBook, now: int) -> bool:
    """Whether a book entry may be forgotten: resolved, and quiet for BOOK_KEEP_MS."""
    return entry.resolved and now - entry.updated_ms >= BOOK_KEEP_MS


def _noted(entry: DeliveryBook, receiver: str, memo: DeliveryMemo, event: str) -> DeliveryBook:
    entry.memos[receiver] = memo
    entry.updated_ms = now_ms()
    # Receivers deliver at their own pace: one's late update must not undo another's resolve.
    if event == "resolve":
        entry.resolved = True
    elif event == "trigger":
        entry.resolved = False
    return entry


def used_receivers(rt: Runtime) -> dict[str, Receiver]:
    cfg = rt.config
    names = set(cfg.routing.receivers)
    for step in cfg.routing.escalation:
        names.update(step.receivers)
    for b in cfg.brands:
        if b.routing is not None:
            names.update(b.routing.receivers)
            for step in b.routing.escalation:
                names.update(step.receivers)
    return {n: cfg.receivers[n] for n in sorted(names)}


def build_sinks(rt: Runtime, client: httpx.AsyncClient, secrets: SecretResolver
                ) -> dict[str, Sink]:
    """Raises SecretError at start-up when a receiver's secret is missing."""
    links = Links(console_url=rt.config.console_url, grafana_url=rt.config.links.grafana_url)
    return {name: build_sink(name, r, secrets, client, links)
            for name, r in used_receivers(rt).items()}


def register(app: faust.App, rt: Runtime) -> None:
    receivers = used_receivers(rt)
    sinks = rt.sinks
    book: StateTable[DeliveryBook] = StateTable(app, "deliveries", DeliveryBook,
                                                rt.config.kafka.partitions)
    source = raw_topic(app, rt, rt.topics.notifications)
    for name, receiver in receivers.items():
        _register_receiver(app, rt, name, receiver, sinks[name], book, source)

    @app.timer(PRUNE_EVERY_S, name="deliveries-prune")
    async def prune() -> None:
        if not book.recovered():
            return
        now = now_ms()
        old = [key for key, entry in book.items() if expired(entry, now)]
        if not old:
            return
        outbox = Outbox(app)
        for key in old:
            await book.delete(outbox, key)
        await outbox.flush()
        log.info("deliveries.pruned", incidents=len(old))


def _register_receiver(app: faust.App, rt: Runtime, name: str, receiver: Receiver, sink: Sink,
                       book: StateTable[DeliveryBook], source: Any) -> None:
    decode = JsonCodec(Notification).decode
    policy = RetryPolicy.from_receiver(receiver)
    limiter = RateLimiter(receiver.rate_per_second)

    @app.agent(source, name=f"deliver-{name}")
    async def deliver_to_receiver(stream: Any) -> None:
        outbox = Outbox(app)
        async for event in stream.events():
            try:
                n = decode(event.value)
            except (msgspec.DecodeError, TypeError) as exc:
                log.error("notification.undecodable", receiver=name, error=str(exc)[:200])
                metrics.DLQ.labels("notifications", "undecodable").inc()
                continue
            if name not in n.receivers:
                continue
            incident_id = n.incident.id
            entry = book.get(incident_id) or DeliveryBook()
            memo = entry.memos.get(name, DeliveryMemo())
            outcome = await deliver(sink, n, memo, policy, limiter,
                                    on_retry=_retry_reporter(name, receiver.type, n))
            if isinstance(outcome, Delivered):
                if outcome.duplicate:
                    metrics.NOTIFICATIONS.labels(name, receiver.type, "duplicate").inc()
                    continue
                metrics.NOTIFICATIONS.labels(name, receiver.type, "delivered").inc()
                _observe_latency(n)
                entry = book.get(incident_id) or DeliveryBook()  # re-read: other agents write
                await book.put(outbox, incident_id, _noted(entry, name, outcome.memo, n.event))
                log.info("notification.delivered", receiver=name, incident=incident_id,
                         notification_event=n.event, key=n.key)
            else:
                metrics.NOTIFICATIONS.labels(name, receiver.type, "dead").inc()
                metrics.DLQ.labels("notifications", "delivery_failed").inc()
                log.error("notification.dead", receiver=name, incident=incident_id, key=n.key,
                          reason=outcome.reason, attempts=outcome.attempts)
                await outbox.send(rt.topics.notifications_dlq, incident_id.encode(),
                                  json_encoder.encode(outcome))
                if outcome.memo is not None:  # e.g. a message was posted: edit it next time
                    entry = book.get(incident_id) or DeliveryBook()
                    await book.put(outbox, incident_id,
                                   _noted(entry, name, outcome.memo, n.event))
            await outbox.flush()


def _retry_reporter(name: str, type_: str, n: Notification) -> OnRetry:
    def report(attempts: int, reason: str, delay: float) -> None:
        metrics.NOTIFICATIONS.labels(name, type_, "retried").inc()
        log.warning("notification.retry", receiver=name, incident=n.incident.id, key=n.key,
                    attempt=attempts, reason=reason[:300], retry_in_s=round(delay, 1))

    return report


def _observe_latency(n: Notification) -> None:
    if n.event != "trigger" or n.incident.last_signal is None:
        return
    sig = n.incident.last_signal
    if sig.kind == Kind.COMPLAINT_SLA:
        return  # fires hours after its mention by design: not pipeline latency
    now = time.time()
    created = sig.source_created_at_ms or max((m.created_at_ms for m in sig.mentions), default=0)
    for label, at_ms in (("created", created), ("appended", sig.source_appended_at_ms),
                         ("ingested", sig.source_ingested_at_ms)):
        if at_ms:
            metrics.LATENCY.labels(label).observe(max(0.0, now - at_ms / 1000))


__all__ = ["DeadLetter", "DeliveryBook", "build_sinks", "now_ms", "register"]
