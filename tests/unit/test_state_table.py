"""streams/pipeline/state.py without a broker: a key first written on this worker is forgotten when
its partition moves away, like a key Faust learnt from changelog recovery."""

from __future__ import annotations

import asyncio

import faust
import pytest
from aiokafka.partitioner import DefaultPartitioner
from faust.types import TP

from streams.pipeline.state import StateTable, key_partition

pytestmark = pytest.mark.unit


def test_key_partition_is_kafkas_default_partitioner() -> None:
    partitioner = DefaultPartitioner()
    for key in ("vkusno", "teremok", "acme", "a-very-long-brand_id-42", "вкусно"):
        for n in (1, 2, 4, 12):
            assert key_partition(key, n) == partitioner(key.encode(), list(range(n)), [])


def test_keys_written_live_are_dropped_when_their_partition_is_revoked() -> None:
    app = faust.App("cw-state-test", broker="kafka://127.0.0.1:9", store="memory://")
    states: StateTable[dict[str, int]] = StateTable(app, "things", dict, 4)
    keys = [f"brand{i}" for i in range(40)]
    for k in keys:
        states.remember(k, {"n": 1})
    changelog = states.table.changelog_topic_name
    kept_partitions = {1, 3}
    active = {TP(changelog, p) for p in kept_partitions}

    asyncio.run(states.table.data.on_recovery_completed(active, set()))

    kept = sorted(k for k, _ in states.items())
    assert kept == sorted(k for k in keys if key_partition(k, 4) in kept_partitions)
    assert 0 < len(kept) < len(keys)


class RecordingOutbox:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes | None]] = []

    async def send(self, topic: str, key: bytes | None, value: bytes | None) -> None:
        self.sent.append((topic, key, value))


def test_delete_forgets_the_key_and_writes_a_tombstone() -> None:
    app = faust.App("cw-state-test-del", broker="kafka://127.0.0.1:9", store="memory://")
    states: StateTable[dict[str, int]] = StateTable(app, "things", dict, 4)
    states.remember("a", {"n": 1})
    states.remember("b", {"n": 2})
    outbox = RecordingOutbox()
    asyncio.run(states.delete(outbox, "a"))  # type: ignore[arg-type]
    assert [k for k, _ in states.items()] == ["b"]
    assert "a" not in states.table.data._key_partition
    assert outbox.sent == [(states.table.changelog_topic_name, b"a", None)]
