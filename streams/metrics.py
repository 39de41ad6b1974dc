"""Prometheus metrics (`crisiswatch_*`). Label sets are bounded: brands come from the config
(at most MAX_BRANDS), sources, kinds, reasons and receivers are small fixed sets; no label ever
carries an author, a mention id or free text. See README "Metrics"."""

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
    "(delivered, duplicate, retried, dead)", ["receiver", "type", "outcome"], registry=REGISTRY)
INCIDENTS_OPEN = Gauge(
    "crisiswatch_incidents_open", "Open incidents held by this worker",
    ["severity", "state"], registry=REGISTRY)
INCIDENT_EVENTS = Counter(
    "crisiswatch_incident_events_total", "Incident lifecycle events", ["kind", "event"],
    registry=REGISTRY)
ACTIONS = Counter(
    "crisiswatch_actions_total", "Actions applied", ["kind", "via", "result"], registry=REGISTRY)
LATENCY = Histogram(
    "crisiswatch_e2e_latency_seconds", "Time from a mention to its notification being delivered; "
    "from=created: the mention's created_at, from=ingested: when the pipeline first read it",
    ["from"], buckets=_LATENCY_BUCKETS, registry=REGISTRY)
MTTA = Histogram(
    "crisiswatch_mtta_seconds", "Time from an incident opening to its acknowledgement",
    buckets=_INCIDENT_BUCKETS, registry=REGISTRY)
MTTR = Histogram(
    "crisiswatch_mttr_seconds", "Time from an incident opening to its resolution",
    buckets=_INCIDENT_BUCKETS, registry=REGISTRY)
BATCH_SIZE = Histogram(
    "crisiswatch_batch_events", "Events per processed batch", ["agent"],
    buckets=(1, 10, 50, 100, 250, 500, 1000, 2500, 5000), registry=REGISTRY)
BATCH_SECONDS = Histogram(
    "crisiswatch_batch_seconds", "Processing time per batch", ["agent"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5), registry=REGISTRY)
CONSUMER_LAG = Gauge(
    "crisiswatch_consumer_lag", "Messages behind the end of each consumed topic (sum over the "
    "partitions this worker owns)", ["topic"], registry=REGISTRY)
LAST_EVENT = Gauge(
    "crisiswatch_last_event_timestamp_seconds", "Wall-clock time an agent last processed an event",
    ["agent"], registry=REGISTRY)
