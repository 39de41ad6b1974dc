"""Changelogged state and an outbox whose writes are awaited before a batch is acknowledged.

Faust's `table[key] = value` queues the changelog record in a buffer whose flush may return
before the record is handed to Kafka. Here the store is updated and the changelog record sent
through the same producer as every other effect, so one `await outbox.flush()` guarantees that
outputs AND state are on the broker before the offsets that caused them are committed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterator
from typing import Any, Generic, TypeVar

import faust
import msgspec

from streams.codecs import KEY_CODEC, register_state_codec

S = TypeVar("S")

# A busy brand's story and complaint state can pass Kafka's default 1 MB record limit.
MAX_STATE_BYTES = 8 * 1024 * 1024


class Outbox:
    """Collects delivery futures of everything a batch produces."""

    def __init__(self, app: faust.App) -> None:
        self._app = app
        self._pending: list[Awaitable[Any]] = []

    async def send(self, topic: str, key: bytes | None, value: bytes | None) -> None:
        fut = await self._app.producer.send(topic, key, value, None, None, None)
        self._pending.append(fut)

    async def flush(self) -> None:
        """Wait until every record sent since the last flush is acknowledged by the broker."""
        pending, self._pending = self._pending, []
        if pending:
            await asyncio.gather(*pending)

    def __len__(self) -> int:
        return len(self._pending)


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

    def get(self, key: str) -> S | None:
        value: S | None = self.table.data.get(key)
        return value

    def items(self) -> Iterator[tuple[str, S]]:
        return iter(list(self.table.data.items()))

    def __len__(self) -> int:
        return len(self.table.data)

    async def put(self, outbox: Outbox, key: str, value: S) -> None:
        self.table.data[key] = value
        await outbox.send(self.table.changelog_topic_name, key.encode(),
                          self._encoder.encode(value))

    def recovered(self) -> bool:
        """False while Faust is rebalancing or replaying changelogs: timers must wait."""
        app = self.table.app
        return bool(not app.rebalancing and app.tables.recovery.completed.is_set())
