"""Connectors into Kafka: mentions and the connector's cursor written in ONE transaction.

The cursor lives in the compacted topic `{prefix}connectors.state`, keyed by connector name.
A transactional producer per connector (`transactional.id` = `{app_id}.connector.{name}`)
makes the pair atomic: after a crash either both the mentions and the cursor after them are
in Kafka, or neither is, so a restart neither loses nor repeats a mention (for consumers that
read with `isolation.level=read_committed`). A second copy of the same connector fences the
first instead of doubling its output.

Batching: `emit` buffers; a transaction is committed per `max_batch` items or `linger_s`,
and a cursor-only commit (a quiet source still advances) at most every `state_every_s`.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence
from typing import Any

import orjson
import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from streams.config import Config, KafkaSettings
from streams.connectors.base import COMMITS, ERRORS, Connector, Cursor, Mention, note_emitted
from streams.ops.kafka_client import client_options, ensure_topics, make_producer
from streams.pipeline.topics import TopicNames

log = structlog.get_logger("crisiswatch.connectors")

STATE_TOPIC = "connectors.state"


def state_topic(prefix: str) -> str:
    return prefix + STATE_TOPIC


async def ensure_connector_topics(bootstrap: str, settings: KafkaSettings) -> None:
    """The pipeline's topics plus the compacted cursor topic (one partition: it is tiny)."""
    await ensure_topics(bootstrap, settings)
    name = state_topic(settings.topic_prefix)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **client_options(settings))
    await admin.start()
    try:
        if name not in set(await admin.list_topics()):
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics([NewTopic(
                    name, 1, settings.replication_factor,
                    topic_configs={"cleanup.policy": "compact", "min.compaction.lag.ms": "0"})])
    finally:
        await admin.close()


async def load_cursor(bootstrap: str, settings: KafkaSettings, name: str,
                      timeout_s: float = 15.0) -> Cursor | None:
    """The last committed cursor of `name` (read_committed: aborted writes never count)."""
    topic = state_topic(settings.topic_prefix)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                isolation_level="read_committed", group_id=None,
                                **client_options(settings))
    await consumer.start()
    try:
        deadline = time.monotonic() + timeout_s
        while topic not in await consumer.topics():  # a just-created topic: wait for metadata
            if time.monotonic() > deadline:
                raise TimeoutError(f"topic {topic} did not appear")
            await asyncio.sleep(0.1)
        tp = TopicPartition(topic, 0)
        consumer.assign([tp])
        await consumer.seek_to_beginning(tp)
        end = (await consumer.end_offsets([tp]))[tp]
        found: Cursor | None = None
        key = name.encode()
        while await consumer.position(tp) < end:
            if time.monotonic() > deadline:
                raise TimeoutError(f"reading {topic} took over {timeout_s:.0f}s")
            batch = await consumer.getmany(tp, timeout_ms=500)
            for record in batch.get(tp, []):
                if record.key == key:
                    found = None if record.value is None else orjson.loads(record.value)["cursor"]
        return found
    finally:
        await consumer.stop()


class TransactionalEmitter:
    """The `Emit` a connector gets: buffers, then commits mentions + cursor atomically."""

    def __init__(self, name: str, producer: AIOKafkaProducer, mentions_topic: str,
                 cursor_topic: str, *, max_batch: int = 500, linger_s: float = 0.2,
                 state_every_s: float = 1.0) -> None:
        self.name = name
        self.producer = producer
        self.mentions_topic = mentions_topic
        self.cursor_topic = cursor_topic
        self.max_batch = max_batch
        self.linger_s = linger_s
        self.state_every_s = state_every_s
        self.produced = 0
        self._items: list[tuple[bytes, bytes]] = []
        self._cursor: Cursor | None = None
        self._dirty = False
        self._since = 0.0
        self._last_commit = time.monotonic()
        self._lock = asyncio.Lock()

    async def __call__(self, items: Sequence[Mention], cursor: Cursor, *,
                       durable: bool = False) -> None:
        async with self._lock:
            if not self._items and items:
                self._since = time.monotonic()
            for item in items:
                self._items.append((str(item["id"]).encode(), orjson.dumps(item)))
            note_emitted(self.name, items)
            self._cursor = cursor
            self._dirty = True
            if durable or len(self._items) >= self.max_batch or self._due():
                await self._commit()

    def _due(self) -> bool:
        now = time.monotonic()
        if self._items:
            return now - self._since >= self.linger_s
        return self._dirty and now - self._last_commit >= self.state_every_s

    async def flush(self) -> None:
        async with self._lock:
            await self._commit()

    async def tick(self) -> None:
        """Called periodically so a quiet source's buffer does not wait for the next item."""
        async with self._lock:
            if self._due():
                await self._commit()

    async def _commit(self) -> None:
        if not self._dirty and not self._items:
            return
        state = orjson.dumps({"connector": self.name, "cursor": self._cursor,
                              "at_ms": int(time.time() * 1000)})
        items = self._items
        try:
            await self.producer.begin_transaction()
            for key, value in items:
                await self.producer.send(self.mentions_topic, value, key=key)
            await self.producer.send(self.cursor_topic, state, key=self.name.encode())
            await self.producer.commit_transaction()
        except BaseException:
            ERRORS.labels(self.name, "kafka").inc()
            with contextlib.suppress(Exception):
                await self.producer.abort_transaction()
            raise
        COMMITS.labels(self.name).inc()
        self.produced += len(items)
        self._items = []
        self._dirty = False
        self._last_commit = time.monotonic()


async def run_connector(connector: Connector, config: Config, bootstrap: str, *,
                        app_id: str | None = None, max_batch: int = 500,
                        linger_s: float = 0.2) -> int:
    """Run one connector against Kafka until it ends or is cancelled; returns mentions
    produced. Pending mentions are committed (with their cursor) on the way out."""
    settings = config.kafka
    names = TopicNames(settings.topic_prefix)
    await ensure_connector_topics(bootstrap, settings)
    tid = f"{app_id or config.worker.app_id}.connector.{connector.name}"
    producer = make_producer(bootstrap, settings, transactional_id=tid,
                             max_request_size=2 * 1024 * 1024)
    # Starting the producer first fences an older instance and aborts its open transaction,
    # so the cursor read next is the last one that really committed.
    await producer.start()
    emitter = TransactionalEmitter(connector.name, producer, names.mentions,
                                   state_topic(settings.topic_prefix), max_batch=max_batch,
                                   linger_s=linger_s)
    tasks: list[asyncio.Task[Any]] = []
    try:
        cursor = await load_cursor(bootstrap, settings, connector.name)
        log.info("connector.start", connector=connector.name, resumed=cursor is not None)

        async def tick() -> None:
            while True:
                await asyncio.sleep(linger_s / 2)
                await emitter.tick()

        tasks = [asyncio.create_task(connector.run(emitter, cursor), name=connector.name),
                 asyncio.create_task(tick(), name=f"{connector.name}-ticker")]
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            task.result()  # a failed commit in the ticker stops the connector too
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        try:
            await asyncio.shield(emitter.flush())
        finally:
            await producer.stop()
        log.info("connector.stop", connector=connector.name, produced=emitter.produced)
    return emitter.produced
