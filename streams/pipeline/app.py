"""The Faust app, built in one place from the validated config.

Agents live in one module per stage (enrichment, detection, incidents, delivery), each with a
`register(app, runtime)`; they hold no detection or incident logic, only glue.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import faust

from detectors.durations import parse_duration
from streams.config import Config
from streams.ops.kafka_client import client_options
from streams.pipeline.topics import TopicNames

# Records per fetch (all assigned partitions together) and producer batches in bytes: one
# fetch feeds a whole lane batch, and one produce request carries hundreds of records.
MAX_POLL_RECORDS = 5000
PRODUCER_BATCH_BYTES = 512 * 1024


def now_ms() -> int:
    return int(time.time() * 1000)


@dataclass
class Runtime:
    """What the agents share: config, topic names and the pure engines they feed."""

    config: Config
    bootstrap: str
    topics: TopicNames
    batch_size: int
    batch_window_s: float
    tick_s: float
    extras: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: Config, bootstrap: str) -> Runtime:
        w = config.worker
        return cls(
            config=config,
            bootstrap=bootstrap,
            topics=TopicNames(config.kafka.topic_prefix),
            batch_size=w.batch_size,
            batch_window_s=parse_duration(w.batch_window) / 1000,
            tick_s=parse_duration(w.tick_interval) / 1000,
        )


def raw_topic(app: faust.App, rt: Runtime, *names: str) -> Any:
    """A topic of raw bytes: decoding is ours (msgspec), not Faust's per-event codec path."""
    return app.topic(*names, key_type=bytes, value_type=bytes, key_serializer="raw",
                     value_serializer="raw", partitions=rt.config.kafka.partitions)


def lane_limits(rt: Runtime) -> tuple[int, int]:
    """(records a lane merges queued fetches up to, records a lane may hold before its
    partitions stop being fetched).

    One fetch (up to MAX_POLL_RECORDS) is never split: under a backlog bigger batches are
    cheaper. The high-water mark bounds a lane's memory to a few fetches."""
    return rt.batch_size, max(4 * rt.batch_size, 2 * MAX_POLL_RECORDS)


def batches(stream: Any, rt: Runtime) -> AsyncIterator[Sequence[Any]]:
    """Events in batches; Faust acks a batch only after the loop body for it has finished."""
    it: AsyncIterator[Sequence[Any]] = stream.take_events(rt.batch_size, within=rt.batch_window_s)
    return it


def create_app(config: Config, bootstrap: str, *, extras: dict[str, Any] | None = None,
               worker_settings: dict[str, Any] | None = None) -> tuple[faust.App, Runtime]:
    rt = Runtime.from_config(config, bootstrap)
    rt.extras.update(extras or {})
    w = config.worker
    k = config.kafka
    settings: dict[str, Any] = {
        "broker": f"kafka://{bootstrap}",
        "store": "memory://",
        "topic_partitions": k.partitions,
        "topic_replication_factor": k.replication_factor,
        "topic_allow_declare": True,
        "web_enabled": True,
        "web_bind": w.web_host,
        "web_host": w.web_host,
        "web_port": w.web_port,
        "web_in_thread": False,
        "datadir": w.data_dir,
        "autodiscover": False,
        "consumer_auto_offset_reset": "earliest",
        "broker_commit_interval": 1.0,
        "broker_commit_every": 10_000,
        "producer_linger": 0.005,
        "producer_max_batch_size": PRODUCER_BATCH_BYTES,
        "producer_acks": -1,
        "stream_wait_empty": False,
        # Per-event agents only (signals, actions, notifications): the buffer of a receiver
        # whose sink is down fills to this and its partitions stop being fetched.
        "stream_buffer_maxsize": 1024,
        "table_standby_replicas": 0,
        "broker_session_timeout": parse_duration(w.session_timeout) / 1000,
        "broker_heartbeat_interval": parse_duration(w.heartbeat_interval) / 1000,
        "broker_rebalance_timeout": parse_duration(w.rebalance_timeout) / 1000,
        "broker_request_timeout": 90.0,
        "broker_max_poll_records": MAX_POLL_RECORDS,
        "consumer_max_fetch_size": 4 * 1024 * 1024,
        "producer_max_request_size": 9 * 1024 * 1024,
        "logging_config": None,
    }
    opts = client_options(k)
    if opts.get("security_protocol", "PLAINTEXT") != "PLAINTEXT":
        settings["broker_credentials"] = _faust_credentials(opts)
    settings.update(worker_settings or {})
    app = faust.App(w.app_id, **settings)
    # Connectors write mentions in transactions: never read what an aborted one left behind.
    from streams.pipeline.isolation import read_committed

    read_committed(app)
    # The hot topics are read in batches (hooked onto whichever consumer is created).
    from streams.pipeline import fastlane

    fastlane.install(app)

    from streams.pipeline import delivery, detection, enrichment, incidents
    from streams.web import server

    enrichment.register(app, rt)
    detection.register(app, rt)
    incidents.register(app, rt)
    delivery.register(app, rt)
    server.register(app, rt)
    return app, rt


def _faust_credentials(opts: dict[str, Any]) -> Any:
    proto = opts["security_protocol"]
    ssl_context = opts.get("ssl_context")
    if proto.startswith("SASL"):
        mech = opts.get("sasl_mechanism", "PLAIN")
        return faust.SASLCredentials(
            username=opts.get("sasl_plain_username", ""),
            password=opts.get("sasl_plain_password", ""),
            ssl_context=ssl_context,
            mechanism=mech,
        )
    return faust.SSLCredentials(ssl_context)
