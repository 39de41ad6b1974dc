"""The Faust app, built in one place from the validated config.

Agents live in one module per stage (enrichment, detection, incidents, delivery), each with a
`register(app, runtime)`; they hold no detection or incident logic, only glue. Stages share
what they need through `Runtime` (runtime.py); this module composes them.
"""

from __future__ import annotations

from typing import Any

import faust

from detectors.durations import parse_duration
from streams.ops.kafka_client import client_options
from streams.pipeline import delivery, detection, enrichment, fastlane, incidents
from streams.pipeline.isolation import read_committed
from streams.pipeline.runtime import MAX_POLL_RECORDS, Runtime

# Producer batches in bytes: one produce request carries hundreds of records.
PRODUCER_BATCH_BYTES = 512 * 1024


def create_app(rt: Runtime, *, worker_settings: dict[str, Any] | None = None) -> faust.App:
    """The app with every stage registered (the worker adds its web routes after)."""
    w = rt.config.worker
    k = rt.config.kafka
    settings: dict[str, Any] = {
        "broker": f"kafka://{rt.bootstrap}",
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
    read_committed(app)
    # The hot topics are read in batches (hooked onto whichever consumer is created).
    fastlane.install(app)
    enrichment.register(app, rt)
    detection.register(app, rt)
    incidents.register(app, rt)
    delivery.register(app, rt)
    return app


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
