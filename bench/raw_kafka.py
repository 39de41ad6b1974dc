"""Plain aiokafka clients and the read loop that both raw baselines share (the passthrough in
bench/throughput.py and the bare app in bench/bare_pipeline.py), so they read and write alike."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from bench.common import REPO

# The worker's producer batching (streams/pipeline/app.py).
PRODUCER_LINGER_MS = 5
PRODUCER_BATCH_BYTES = 512 * 1024

Positions = dict[TopicPartition, OffsetAndMetadata]
Work = Callable[[TopicPartition, list[Any], list[Any]], Awaitable[None]]


async def start_clients(bootstrap: str, reads: list[tuple[str, str, str]], parts: list[int]
                        ) -> tuple[list[AIOKafkaConsumer], AIOKafkaProducer]:
    """A producer (acks=all, idempotent, the worker's batching) and, for each (group, isolation
    level, topic) of `reads`, a consumer assigned `parts` of the topic from the beginning."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all",
                                enable_idempotence=True, linger_ms=PRODUCER_LINGER_MS,
                                max_batch_size=PRODUCER_BATCH_BYTES)
    await producer.start()
    consumers = []
    for group, isolation, topic in reads:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
            isolation_level=isolation, max_partition_fetch_bytes=16 * 1024 * 1024,
            auto_offset_reset="earliest")
        await consumer.start()
        tps = [TopicPartition(topic, p) for p in parts]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        consumers.append(consumer)
    return consumers, producer


async def consume(consumer: AIOKafkaConsumer, batch: int,
                  done: Callable[[int, Positions], bool], work: Work) -> int:
    """Hand `getmany` batches to `work(tp, records, futures)` until `done(read, positions)`.

    The futures `work` collects (its sends) are awaited before the offsets move; offsets are
    committed every second and at the end. Returns how many records were read."""
    n = 0
    positions: Positions = {}
    last_commit = time.monotonic()
    while not done(n, positions):
        records = await consumer.getmany(timeout_ms=200, max_records=batch)
        futs: list[Any] = []
        for tp, recs in records.items():
            await work(tp, recs, futs)
            positions[tp] = OffsetAndMetadata(recs[-1].offset + 1, "")
            n += len(recs)
        if futs:
            await asyncio.gather(*futs)  # effects on the broker before the offsets move
        if time.monotonic() - last_commit >= 1.0 and positions:
            await consumer.commit(positions)
            last_commit = time.monotonic()
    if positions:
        await consumer.commit(positions)
    return n


async def create_topics(bootstrap: str, names: list[str], partitions: int) -> None:
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, partitions, 1) for name in names])
    finally:
        await admin.close()


def shares(counts: list[int], workers: int) -> list[tuple[list[int], int]]:
    """Each of `workers` processes' partitions (every workers-th) and how many records they hold."""
    out = []
    for i in range(workers):
        parts = list(range(i, len(counts), workers))
        out.append((parts, sum(counts[p] for p in parts)))
    return out


async def hear_from_parent() -> str:
    """A child's next line from the parent (a blocking read, off the event loop)."""
    line: str = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    return line


class Children:
    """The processes of a raw baseline and the lines they exchange with the parent: each
    prints "ready" when its clients are up, starts on "go" and ends with a JSON line."""

    def __init__(self, procs: list[Any], name: str) -> None:
        self.procs = procs
        self.name = name

    @classmethod
    async def start(cls, name: str, argvs: list[list[str]]) -> Children:
        procs = [await asyncio.create_subprocess_exec(
            sys.executable, *argv, cwd=REPO, stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE) for argv in argvs]
        children = cls(procs, name)
        for proc in procs:
            line = await children.hear(proc)
            if line.strip() != "ready":
                raise RuntimeError(f"{name} child failed: {line!r}")
        return children

    async def say(self, line: str) -> None:
        for proc in self.procs:
            proc.stdin.write(line.encode() + b"\n")
            await proc.stdin.drain()

    async def hear(self, proc: Any) -> str:
        line: bytes = await proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name} child {proc.pid} exited ({await proc.wait()}); "
                               "its traceback is on stderr above")
        return line.decode()

    async def hear_json(self) -> list[dict[str, Any]]:
        """The next JSON line of every child, in order."""
        return [json.loads(await self.hear(proc)) for proc in self.procs]

    async def wait(self) -> None:
        for proc in self.procs:
            await asyncio.wait_for(proc.wait(), 30)
