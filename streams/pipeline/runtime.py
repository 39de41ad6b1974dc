"""What the stages and the web routes share, and the helpers every stage uses.

Stages import this module, never app.py (which composes them). Whatever one part of the
worker hands to another is a typed field of `Runtime`, with who puts it there next to it.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import faust
import httpx
from aiohttp import web

from alerts.engine import BrandIncidents
from alerts.sinks.base import Sink
from detectors.durations import parse_duration
from detectors.pipeline import BrandState
from streams.config import Config
from streams.pipeline.state import StateTable
from streams.pipeline.topics import TopicNames

if TYPE_CHECKING:  # they import this module: annotations only
    from streams.pipeline.volume_publisher import VolumePublisher
    from streams.web.actions import ActionBus
    from streams.web.console_routes import EventHub
    from streams.web.incident_view import IncidentStore
    from streams.web.ingest_http import Ingestor
    from streams.web.volume_view import VolumeStore

# Records per fetch (all assigned partitions together): one fetch feeds a whole lane batch.
MAX_POLL_RECORDS = 5000

# Adds one group of routes (and the tasks behind them) to the worker's web app.
RouteRegistrar = Callable[[faust.App, "Runtime", web.UrlDispatcher], None]


def now_ms() -> int:
    return int(time.time() * 1000)


@dataclass
class WebParts:
    """What the web routes share. The first registrar that needs a part makes it; tests put
    their own in before registering, to run without Kafka."""

    routes: list[RouteRegistrar] = field(default_factory=list)  # worker.prepare: served groups
    registered: set[str] = field(default_factory=set)  # groups on the router already
    incident_store: IncidentStore | None = None  # api.shared, with its reader of `incidents`
    action_bus: ActionBus | None = None  # api.shared
    volume_store: VolumeStore | None = None  # volume_view.volume_store, with its reader
    console_hub: EventHub | None = None  # console_routes.register_routes
    ingestor: Ingestor | None = None  # ingest_http.register_routes
    api_wait_s: float | None = None  # None: api.WAIT_S
    console_heartbeat_s: float | None = None  # None: console_routes.HEARTBEAT_S


@dataclass
class Runtime:
    """What the stages share: config, topic names, batching and tick settings, and what one
    part of the worker hands to another."""

    config: Config
    bootstrap: str
    topics: TopicNames
    batch_size: int
    batch_window_s: float
    tick_s: float
    # Given by worker.prepare before the stages register:
    sinks: dict[str, Sink] = field(default_factory=dict)  # delivery: one per used receiver
    http: httpx.AsyncClient | None = None  # the client the sinks share
    # Put here by the stages as they register (read by observability and the volume publisher):
    detector_states: StateTable[BrandState] | None = None  # detection.register
    incident_states: StateTable[BrandIncidents] | None = None  # incidents.register
    volume_publisher: VolumePublisher | None = None  # volume_publisher.register
    web: WebParts = field(default_factory=WebParts)

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
