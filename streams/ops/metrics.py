"""Prometheus metrics (`crisiswatch_*`), all in one registry served at the worker's /metrics.

Label sets are bounded (docs/metrics.md lists every metric with its cardinality): brands come
from the config (at most `config.MAX_BRANDS`), sources fold into a fixed set, kinds, reasons,
receivers and agents are small fixed sets; no label ever carries an author or a mention id.
Metrics computed from worker state at scrape time (open incidents, expected volume, top
stories, readiness) live in streams/ops/observability.py.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

_LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0)
_INCIDENT_BUCKETS = (30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0, 4 * 3600.0, 12 * 3600.0,
                     86400.0)
KNOWN_SOURCES = frozenset({
    "x", "twitter", "vk", "telegram", "facebook", "instagram", "youtube", "tiktok", "reviews",
    "news", "forum", "mastodon", "bluesky", "rss", "web", "blog", "unknown",
})


def source_label(source: str) -> str:
    """Unknown source names fold into "other" so a typo cannot mint a new time series."""
    return source if source in KNOWN_SOURCES else "other"


MENTIONS = Counter(
    "crisiswatch_mentions_total", "Mentions matched to a brand, after enrichment",
    ["brand", "source", "sentiment"], registry=REGISTRY)
AMBIGUOUS_MENTIONS = Counter(
    "crisiswatch_ambiguous_mentions_total", "Mentions naming a brand only by an everyday-word "
    "alias, by the context verdict (confident: fed to the detectors; low: kept, counted, not "
    "detected on)", ["brand", "verdict"], registry=REGISTRY)
THREAD_REPLIES = Counter(
    "crisiswatch_thread_replies_total", "Replies naming no brand that answer a post of its desk "
    "threads: fed to the complaint detector only, not counted as mentions", ["brand"],
    registry=REGISTRY)
MENTIONS_UNMATCHED = Counter(
    "crisiswatch_mentions_unmatched_total", "Valid mentions that matched no configured brand",
    ["source"], registry=REGISTRY)
MENTIONS_RECEIVED = Counter(
    "crisiswatch_mentions_received_total", "Raw events read from the mentions topic",
    registry=REGISTRY)
DLQ = Counter(
    "crisiswatch_dlq_total", "Events dead-lettered, by topic and reason",
    ["topic", "reason"], registry=REGISTRY)
SIGNALS = Counter(
    "crisiswatch_signals_total", "Detector signals emitted", ["brand", "kind", "severity"],
    registry=REGISTRY)
NOTIFICATIONS = Counter(
    "crisiswatch_notifications_total", "Notification deliveries by receiver and outcome "
    "(delivered; duplicate: skipped as already sent; retried: an attempt failed and will be "
    "retried; dead: given up and dead-lettered)",
    ["receiver", "type", "outcome"], registry=REGISTRY)
INCIDENT_EVENTS = Counter(
    "crisiswatch_incident_events_total", "Incident notifications queued, by incident kind and "
    "event (trigger, update, repeat, escalate, acknowledge, resolve)", ["kind", "event"],
    registry=REGISTRY)
ACTIONS = Counter(
    "crisiswatch_actions_total", "Actions applied", ["kind", "via", "result"], registry=REGISTRY)
INBOUND_REJECTED = Counter(
    "crisiswatch_inbound_rejected_total", "Slack, PagerDuty and Telegram requests refused by the "
    "signature or secret check (reason: stale, bad_signature, unsigned, other)",
    ["endpoint", "reason"], registry=REGISTRY)
LATENCY = Histogram(
    "crisiswatch_e2e_latency_seconds", "Time from a mention to its notification being delivered; "
    "from=created: the triggering mention's created_at, from=appended: its Kafka timestamp in "
    "mentions, from=ingested: when the pipeline first read it",
    ["from"], buckets=_LATENCY_BUCKETS, registry=REGISTRY)
MTTA = Histogram(
    "crisiswatch_mtta_seconds", "Time from an incident opening (or reopening) to its "
    "acknowledgement, for incidents that paged someone", buckets=_INCIDENT_BUCKETS,
    registry=REGISTRY)
MTTR = Histogram(
    "crisiswatch_mttr_seconds", "Time from an incident opening (or reopening) to its "
    "resolution, by a person or by auto-resolve, for incidents that paged someone",
    buckets=_INCIDENT_BUCKETS, registry=REGISTRY)
BATCH_SIZE = Histogram(
    "crisiswatch_batch_events", "Events per processed batch", ["agent"],
    buckets=(1, 10, 50, 100, 250, 500, 1000, 2500, 5000), registry=REGISTRY)
BATCH_SECONDS = Histogram(
    "crisiswatch_batch_seconds", "Processing time per batch", ["agent"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5), registry=REGISTRY)
CONSUMER_LAG = Gauge(
    "crisiswatch_consumer_lag", "Records behind the end of each consumed topic: end offset minus "
    "committed offset, summed over the partitions this worker owns", ["topic"],
    registry=REGISTRY)
CONSUMER_COMMITTED = Counter(
    "crisiswatch_consumer_committed_offsets", "How far this worker's commits moved each topic's "
    "committed offsets (records processed, plus transaction markers)", ["topic"],
    registry=REGISTRY)
CONSUMER_APPENDED = Counter(
    "crisiswatch_consumer_appended_offsets", "How far the end offsets of the partitions this "
    "worker owns moved (records appended to its input)", ["topic"], registry=REGISTRY)
ASSIGNED_PARTITIONS = Gauge(
    "crisiswatch_assigned_partitions", "Partitions of each consumed topic assigned to this worker",
    ["topic"], registry=REGISTRY)
GC_PAUSE = Histogram(
    "crisiswatch_gc_pause_seconds", "Time the worker spent in each cyclic garbage collection, "
    "by generation (2 = full)", ["generation"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0), registry=REGISTRY)
LAST_EVENT = Gauge(
    "crisiswatch_last_event_timestamp_seconds", "Wall-clock time an agent last processed an event",
    ["agent"], registry=REGISTRY)
