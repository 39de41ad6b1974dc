"""streams.pipeline.state.BatchOutbox on the real broker: records land on the partition the default
partitioner gives their key (so brand-keyed topics stay co-partitioned), in order, and
`flush` returns only once the broker has them all."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.pipeline.state import BatchOutbox, key_partition

pytestmark = pytest.mark.kafka


@dataclass
class FaustProducer:
    producer: AIOKafkaProducer

    def _ensure_producer(self) -> AIOKafkaProducer:
        return self.producer


@dataclass
class App:
    producer: FaustProducer


async def test_records_go_where_the_default_partitioner_puts_them_in_order(
        kafka_bootstrap: str) -> None:
    topic = f"outbox-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 4, 1)])
    finally:
        await admin.close()
    # A small batch size, so batches fill up and are sent before the flush too.
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all",
                                max_batch_size=16 * 1024)
    await producer.start()
    sent: list[tuple[bytes, bytes]] = []
    added = 0
    try:
        outbox = BatchOutbox(App(FaustProducer(producer)))  # type: ignore[arg-type]
        for i in range(3000):
            key = f"brand{i % 37}".encode()
            # Now and then one record larger than a whole batch.
            value = f"{i}:".encode() + b"x" * (40_000 if i % 500 == 7 else 100)
            sent.append((key, value))
            # As the enrich lane does: the coroutine-free path first, `send` when it declines
            # (a key not seen yet, a full batch).
            if outbox.add(topic, key, value):
                added += 1
            else:
                await outbox.send(topic, key, value)
        await outbox.flush()
    finally:
        await producer.stop()

    consumer = AIOKafkaConsumer(bootstrap_servers=kafka_bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(4)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        assert sum(ends.values()) == len(sent)  # all on the broker when flush returned
        got: dict[int, list[Any]] = {p: [] for p in range(4)}
        while sum(len(v) for v in got.values()) < len(sent):
            for tp, records in (await consumer.getmany(timeout_ms=500)).items():
                got[tp.partition].extend((r.key, r.value) for r in records)
    finally:
        await consumer.stop()
    assert 0 < added < len(sent)
    for p in range(4):
        assert all(key_partition(k.decode(), 4) == p for k, _ in got[p])
        assert got[p] == [kv for kv in sent if key_partition(kv[0].decode(), 4) == p]
