"""mentions -> enrich -> mentions.enriched (key: brand), bad input -> mentions.dlq."""

from __future__ import annotations

import base64
import time
from typing import Any

import faust
import msgspec
import structlog

from detectors.durations import parse_duration
from detectors.enrich import Enricher
from detectors.mention import Invalid, parse_mention
from streams import metrics
from streams.app import Runtime, batches, now_ms, raw_topic
from streams.codecs import json_encoder

log = structlog.get_logger("crisiswatch.enrich")


class DeadMention(msgspec.Struct, frozen=True):
    """What `mentions.dlq` holds: the reason, where it came from, and the input untouched."""

    reason: str
    detail: str
    topic: str
    partition: int
    offset: int
    dead_at_ms: int
    raw: str | None = None  # the input when it is valid UTF-8
    raw_base64: str | None = None  # otherwise, base64 of the bytes


def dead_mention(raw: bytes, invalid: Invalid, topic: str, partition: int, offset: int,
                 at_ms: int) -> bytes:
    try:
        text: str | None = raw.decode("utf-8")
        b64 = None
    except UnicodeDecodeError:
        text, b64 = None, base64.b64encode(raw).decode()
    return json_encoder.encode(DeadMention(invalid.reason, invalid.detail, topic, partition,
                                           offset, at_ms, text, b64))


def register(app: faust.App, rt: Runtime) -> None:
    enricher = Enricher(rt.config.specs)
    rt.extras["enricher"] = enricher
    source = raw_topic(app, rt, rt.topics.mentions)
    enriched_topic = rt.topics.enriched
    dlq_topic = rt.topics.mentions_dlq
    max_future = parse_duration(rt.config.worker.max_future)
    encode = json_encoder.encode

    @app.agent(source, name="enrich")
    async def enrich(stream: Any) -> None:
        producer = app.producer
        async for events in batches(stream, rt):
            started = time.perf_counter()
            now = now_ms()
            for event in events:
                raw = event.value if isinstance(event.value, bytes) else b""
                metrics.MENTIONS_RECEIVED.inc()
                result = parse_mention(raw, now, max_future)
                if isinstance(result, Invalid):
                    msg = event.message
                    metrics.DLQ.labels("mentions", result.reason).inc()
                    log.warning("mention.invalid", reason=result.reason, detail=result.detail,
                                partition=msg.partition, offset=msg.offset)
                    await producer.send(dlq_topic, msg.key, dead_mention(
                        raw, result, msg.topic, msg.partition, msg.offset, now), None, None, None)
                    continue
                out = enricher.enrich(result, now)
                if not out:
                    metrics.MENTIONS_UNMATCHED.labels(metrics.source_label(result.source)).inc()
                    continue
                for e in out:
                    metrics.MENTIONS.labels(e.brand, metrics.source_label(result.source),
                                            e.sentiment).inc()
                    await producer.send(enriched_topic, e.brand.encode(), encode(e), None, None,
                                        None)
            # Effects are on the broker before Faust acks (and later commits) this batch.
            await producer.flush()
            metrics.BATCH_SIZE.labels("enrich").observe(len(events))
            metrics.BATCH_SECONDS.labels("enrich").observe(time.perf_counter() - started)
            metrics.LAST_EVENT.labels("enrich").set(time.time())
