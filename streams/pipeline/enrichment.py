"""mentions -> enrich -> mentions.enriched (key: brand), bad input -> mentions.dlq.

Every mention passes here, so this stage runs as a batch lane (streams/pipeline/fastlane.py), not a
per-event Faust agent: one fetch is validated, enriched and produced as a batch, the batch's
records are awaited on the broker, then its offsets are acknowledged. Per-mention work is the
decode, `Enricher.enrich` and one encode; metrics are counted per batch.
"""

from __future__ import annotations

import base64
import time
from collections import Counter
from typing import Any

import faust
import msgspec
import structlog

from detectors.durations import parse_duration
from detectors.enrich import Enricher
from detectors.mention import Invalid, parse_mention
from streams.ops import metrics
from streams.pipeline import fastlane
from streams.pipeline.codecs import json_encoder
from streams.pipeline.runtime import Runtime, lane_limits, now_ms, raw_topic
from streams.pipeline.state import BatchOutbox

log = structlog.get_logger("crisiswatch.enrich")
SENTIMENTS = ("negative", "neutral", "positive")


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
    source = raw_topic(app, rt, rt.topics.mentions)
    enriched_topic = rt.topics.enriched
    dlq_topic = rt.topics.mentions_dlq
    max_future = parse_duration(rt.config.worker.max_future)
    encode = json_encoder.encode
    brand_keys = {s.id: s.id.encode() for s in rt.config.specs}
    received = metrics.MENTIONS_RECEIVED
    batch_size = metrics.BATCH_SIZE.labels("enrich")
    batch_seconds = metrics.BATCH_SECONDS.labels("enrich")
    last_event = metrics.LAST_EVENT.labels("enrich")
    matched_children: dict[tuple[str, str, str], Any] = {}
    unmatched_children: dict[str, Any] = {}

    async def enrich_batch(batch: fastlane.Batch) -> None:
        started = time.perf_counter()
        outbox = BatchOutbox(app)
        add, send = outbox.add, outbox.send
        now = now_ms()
        matched: Counter[tuple[str, str, str]] = Counter()
        unmatched: Counter[str] = Counter()
        for rec in batch.records:
            raw = rec.value if isinstance(rec.value, bytes) else b""
            result = parse_mention(raw, now, max_future)
            if isinstance(result, Invalid):
                metrics.DLQ.labels("mentions", result.reason).inc()
                log.warning("mention.invalid", reason=result.reason, detail=result.detail,
                            partition=rec.partition, offset=rec.offset)
                await send(dlq_topic, rec.key, dead_mention(
                    raw, result, rec.topic, rec.partition, rec.offset, now))
                continue
            out = enricher.enrich(result, now, rec.timestamp if rec.timestamp > 0 else 0)
            if not out:
                unmatched[result.source] += 1
                continue
            for e in out:
                if e.in_thread:
                    metrics.THREAD_REPLIES.labels(e.brand).inc()
                else:
                    matched[(e.brand, result.source, e.sentiment)] += 1
                key = brand_keys.get(e.brand) or e.brand.encode()
                value = encode(e)
                if not add(enriched_topic, key, value):
                    await send(enriched_topic, key, value)
        # Effects are on the broker before the lane acknowledges (and Faust commits) the batch.
        await outbox.flush()
        received.inc(len(batch))
        for (brand, src, sentiment), n in matched.items():
            child = matched_children.get((brand, src, sentiment))
            if child is None:
                # Start the other sentiments of this brand and source at 0 too: Prometheus
                # computes no rate for a series until it has seen it twice, so a series born
                # with its first count already in it would hide the first negative burst.
                for other in SENTIMENTS:
                    matched_children.setdefault((brand, src, other), metrics.MENTIONS.labels(
                        brand, metrics.source_label(src), other))
                child = matched_children[(brand, src, sentiment)]
            child.inc(n)
        for src, n in unmatched.items():
            child = unmatched_children.get(src)
            if child is None:
                child = unmatched_children[src] = metrics.MENTIONS_UNMATCHED.labels(
                    metrics.source_label(src))
            child.inc(n)
        if len(matched_children) > 100_000:  # sources are free text: keep the cache bounded
            matched_children.clear()
        batch_size.observe(len(batch))
        batch_seconds.observe(time.perf_counter() - started)
        last_event.set(time.time())

    max_batch, high_water = lane_limits(rt)
    fastlane.add_lane(app, source, "enrich", enrich_batch, max_batch=max_batch,
                      high_water=high_water)
