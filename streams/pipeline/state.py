"""Changelogged state and an outbox whose writes are awaited before a batch is acknowledged.

Faust's `table[key] = value` queues the changelog record in a buffer whose flush may return
before the record is handed to Kafka. Here the store is updated and the changelog record sent
through the same producer as every other effect, so one `await outbox.flush()` guarantees that
outputs AND state are on the broker before the offsets that caused them are committed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any, Generic, TypeVar

import faust
import msgspec
from aiokafka.partitioner import murmur2

from streams.pipeline.codecs import KEY_CODEC, register_state_codec

S = TypeVar("S")

# A busy brand's story and complaint state can pass Kafka's default 1 MB record limit.
MAX_STATE_BYTES = 8 * 1024 * 1024


_GATHER_MAX = 64


def key_partition(key: str, partitions: int) -> int:
    """The partition Kafka's default (murmur2) partitioner gives a record keyed `key`."""
    return int((murmur2(key.encode()) & 0x7FFFFFFF) % partitions)


class Outbox:
    """Collects delivery futures of everything a batch produces."""

    def __init__(self, app: faust.App) -> None:
        self._app = app
        self._pending: list[Any] = []  # asyncio futures of the producer

    async def send(self, topic: str, key: bytes | None, value: bytes | None) -> None:
        fut = await self._app.producer.send(topic, key, value, None, None, None)
        self._pending.append(fut)

    async def flush(self) -> None:
        """Wait until every record sent since the last flush is acknowledged by the broker.

        Raises the first delivery error. A large outbox (a lane's batch) waits for the
        producer's flush and then reads each future's outcome: gathering thousands of futures
        costs more CPU than producing them; a small one gathers, so it never waits for other
        agents' records."""
        pending, self._pending = self._pending, []
        if len(pending) > _GATHER_MAX:
            await self._app.producer.flush()
            late = []
            for fut in pending:
                if not fut.done():  # pragma: no cover - flush waits for every batch
                    late.append(fut)
                elif fut.exception() is not None:
                    raise fut.exception()
            pending = late
        if pending:
            await asyncio.gather(*pending)

    def __len__(self) -> int:
        return len(self._pending)


class BatchOutbox:
    """An Outbox for a lane's many records: they go into one aiokafka batch per partition,
    sent with `send_batch`, so a batch costs one future instead of one per record (measured
    here: ~1 µs of CPU per record instead of ~12 µs through `send`). Partitions are chosen as
    the default partitioner would (murmur2 of the key), so keyed topics stay co-partitioned."""

    def __init__(self, app: faust.App) -> None:
        self._producer: Any = app.producer._ensure_producer()  # the aiokafka producer
        self._builders: dict[tuple[str, int], Any] = {}
        self._pending: list[Any] = []  # futures of batches sent

    def add(self, topic: str, key: bytes | None, value: bytes | None) -> bool:
        """The common case without a coroutine: the key's partition is known and its batch has
        room. False when `send` must be awaited instead (nothing was added)."""
        partition = _partition_cache.get((topic, key))
        return partition is not None and self._append(topic, partition, key, value)

    async def send(self, topic: str, key: bytes | None, value: bytes | None) -> None:
        partition = await _partition(self._producer, topic, key)
        if not self._append(topic, partition, key, value):  # full
            await self._submit(topic, partition, self._builders.pop((topic, partition)))
            # An empty batch takes any one record, however large (it is sent on its own).
            if not self._append(topic, partition, key, value):
                raise RuntimeError(f"a record for {topic} does not fit an empty batch")

    def _append(self, topic: str, partition: int, key: bytes | None,
                value: bytes | None) -> bool:
        builder = self._builders.get((topic, partition))
        if builder is None:
            builder = self._builders[(topic, partition)] = self._producer.create_batch()
        return builder.append(key=key, value=value, timestamp=None) is not None

    async def _submit(self, topic: str, partition: int, builder: Any) -> None:
        self._pending.append(await self._producer.send_batch(builder, topic,
                                                             partition=partition))

    async def flush(self) -> None:
        """Send what is collected and wait until the broker acknowledged all of it."""
        builders, self._builders = self._builders, {}
        for (topic, partition), builder in builders.items():
            if builder.record_count():
                await self._submit(topic, partition, builder)
        pending, self._pending = self._pending, []
        if pending:
            await asyncio.gather(*pending)


_partition_cache: dict[tuple[str, bytes | None], int] = {}


async def _partition(producer: Any, topic: str, key: bytes | None) -> int:
    """The partition `producer.send` would pick for `key`. Keys are mostly brands (a small
    cache); dead letters keep their input's key, so the cache is dropped whole when large."""
    cached = _partition_cache.get((topic, key))
    if cached is not None:
        return cached
    client = producer.client
    client.add_topic(topic)  # tracked for metadata refreshes (see fastlane._track_topics)
    await client._wait_on_metadata(topic)
    partition: int = producer._partition(topic, None, None, None, key, None)
    if key is not None:  # no key: the partitioner spreads records, do not pin them
        if len(_partition_cache) > 100_000:
            _partition_cache.clear()
        _partition_cache[(topic, key)] = partition
    return partition


class StateTable(Generic[S]):
    """Per-key state (key = the source topic's message key, so partitions line up), kept in
    memory and written to a Faust-managed changelog that Faust replays on recovery."""

    def __init__(self, app: faust.App, name: str, type_: type[S], partitions: int) -> None:
        codec = register_state_codec(f"cw-state-{name}", type_)
        # Faust derives a table's codecs from its types (JSON); give it a changelog topic of our
        # own so recovery decodes keys as text and values as msgpack of `type_`.
        changelog = app.topic(
            f"{app.conf.id}-{name}-changelog", key_type=str, value_type=None,
            key_serializer=KEY_CODEC, value_serializer=codec, partitions=partitions,
            compacting=True, deleting=False, acks=False, internal=True,
            config={"max.message.bytes": str(MAX_STATE_BYTES)})
        self.table = app.Table(name, default=None, partitions=partitions, use_partitioner=True,
                               changelog_topic=changelog)
        self._encoder = msgspec.msgpack.Encoder()
        self._partitions = partitions

    def get(self, key: str) -> S | None:
        value: S | None = self.table.data.get(key)
        return value

    def items(self) -> Iterator[tuple[str, S]]:
        return iter(list(self.table.data.items()))

    def __len__(self) -> int:
        return len(self.table.data)

    def remember(self, key: str, value: S) -> None:
        """Hold `value` in memory; its changelog write is the caller's (a later `put`).

        Faust's memory store forgets, when a partition moves to another worker, only the keys
        it knows the partition of, and it learns that only from changelog recovery. Without
        this a key first written here would stay after its partition is revoked, and this
        worker would go on ticking (and paging for) a brand another worker now owns."""
        store = self.table.data
        store[key] = value
        store._key_partition[key] = key_partition(key, self._partitions)

    async def put(self, outbox: Outbox, key: str, value: S) -> None:
        self.remember(key, value)
        await outbox.send(self.table.changelog_topic_name, key.encode(),
                          self._encoder.encode(value))

    async def delete(self, outbox: Outbox, key: str) -> None:
        """Forget `key` here and, with a tombstone, in the changelog (recovery drops it)."""
        store = self.table.data
        store.pop(key, None)
        store._key_partition.pop(key, None)
        await outbox.send(self.table.changelog_topic_name, key.encode(), None)

    def recovered(self) -> bool:
        """False while Faust is rebalancing or replaying changelogs: timers must wait."""
        app = self.table.app
        return bool(not app.rebalancing and app.tables.recovery.completed.is_set())
