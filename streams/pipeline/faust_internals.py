"""Every piece of Faust's inside that the batch lanes (fastlane.py) use, reached only here.

The lanes replace the consumer's fetch loop and do its offset bookkeeping for whole batches,
which takes Faust's (and mode's) private attributes: a release may rename them without notice.
This module is written against faust-streaming 0.15.3 and mode-streaming 0.7.1 (pinned in
pyproject.toml). `USED` lists every attribute it touches on Faust's objects, which are always
named `app`, `consumer`, `fetcher`, `producer`, `kafka_producer` or `message` here;
tests/unit/test_faust_internals.py checks each one on the installed Faust (and that this
module touches nothing else), so an upgrade fails that test, naming the attribute, instead of
the hot path failing silently.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from typing import Any, Final, NamedTuple

import faust
from faust.transport.consumer import CONSUMER_FETCHING
from faust.types import TP
from faust.types.tuples import ack_lock
from mode.utils.futures import notify

Fetched = list[tuple[TP, list[Any]]]  # one fetch: each partition's records, in offset order
# Takes the lanes' share of a fetch (given its rebalance generation); returns the rest.
Take = Callable[[Fetched, int], Fetched]


class Use(NamedTuple):
    """How this module uses an attribute: "attr" (read or set; of `type` when given), "call"
    or "await" (called with `args` positional arguments)."""

    kind: str
    args: int = 0
    type: type | tuple[type, ...] | None = None


ATTR = Use("attr")
USED: Final[dict[str, Use]] = {
    "app.consumer": ATTR,
    "app.consumer_generation_id": Use("attr", type=int),
    "app.monitor.stream_inbound_time": Use("attr", type=MutableMapping),
    "app.topics.add": Use("call", 1),
    "app._new_consumer": Use("call", 0),
    "app._new_producer": Use("call", 0),
    # flow control and rebalances (the three handlers are wrapped on the instance)
    "consumer.flow_active": Use("attr", type=bool),
    "consumer.can_resume_flow.wait": Use("await", 0),
    "consumer.suspend_flow.wait": Use("await", 0),
    "consumer.on_buffer_full": Use("call", 1),
    "consumer.on_buffer_drop": Use("call", 1),
    "consumer.commit": Use("await", 0),
    "consumer.perform_seek": Use("await", 0),
    "consumer.on_partitions_assigned": Use("await", 2),
    "consumer.on_partitions_revoked": Use("await", 1),
    # offsets
    "consumer._committed_offset": Use("attr", type=MutableMapping),
    "consumer._read_offset": Use("attr", type=MutableMapping),
    "consumer._acked": Use("attr", type=MutableMapping),
    "consumer._acked_index": Use("attr", type=MutableMapping),
    "consumer._n_acked": Use("attr", type=int),
    "consumer._waiting_for_ack": ATTR,
    "consumer._commit_every": Use("attr", type=(int, type(None))),
    "consumer._add_gap": Use("await", 3),
    "consumer.highwater": Use("call", 1),
    "consumer.app.consumer_generation_id": Use("attr", type=int),
    "consumer.app.monitor.track_tp_end_offset": Use("call", 2),
    "consumer.app.topics.acks_enabled_for": Use("call", 1),
    # the fetch loop (Consumer._drain_messages is replaced on the instance)
    "consumer._drain_messages": Use("await", 1),
    "consumer._stopped.is_set": Use("call", 0),
    "fetcher._stopped.is_set": Use("call", 0),
    "consumer.should_stop": Use("attr", type=bool),
    "consumer.transport.app.should_stop": Use("attr", type=bool),
    "consumer.consumer_stopped_errors": Use("attr", type=tuple),
    "consumer.diag.set_flag": Use("call", 1),
    "consumer.diag.unset_flag": Use("call", 1),
    "consumer._wait_next_records": Use("await", 1),
    "consumer._buffered_partitions": Use("attr", type=set),
    "consumer.callback": Use("await", 1),
    "consumer._to_message": Use("call", 2),
    "consumer.wait_first": Use("await", 2),
    "message.offset": Use("attr", type=int),  # the ConsumerMessage _to_message builds
    "message.topic": Use("attr", type=str),
    # the producer: send(topic, key, value, partition, timestamp, headers) as state.Outbox calls it
    "producer.send": Use("await", 6),
    "producer._ensure_producer": Use("call", 0),
    "kafka_producer.client.add_topic": Use("call", 1),
}


# --------------------------------------------------------------------------- the app
def hook_factories(app: faust.App, on_consumer: Callable[[Any], None],
                   on_producer: Callable[[Any], None]) -> None:
    """Call `on_consumer` / `on_producer` on each consumer / producer the app creates (before
    the worker starts; other code may pick their classes)."""
    new_consumer = app._new_consumer
    new_producer = app._new_producer

    def consumer_factory() -> Any:
        consumer = new_consumer()
        on_consumer(consumer)
        return consumer

    def producer_factory() -> Any:
        producer = new_producer()
        on_producer(producer)
        return producer

    app._new_consumer = consumer_factory
    app._new_producer = producer_factory


def subscribe(app: faust.App, topic: Any) -> None:
    """Make `topic` part of the consumer group's subscription."""
    app.topics.add(topic)


def generation(app: faust.App) -> int:
    """Changes with every rebalance."""
    return int(app.consumer_generation_id)


def mark_inbound(app: faust.App, tps: Iterable[TP], now: float) -> None:
    """Records of these partitions reached a handler at `now` (Faust's livelock check)."""
    inbound = app.monitor.stream_inbound_time
    for tp in tps:
        inbound[tp] = now


# --------------------------------------------------------------------------- flow control
def flow_active(app: faust.App) -> bool:
    """False while rebalancing or recovering."""
    consumer = app.consumer
    return bool(consumer.flow_active)


async def wait_for_flow(app: faust.App) -> None:
    consumer = app.consumer
    await consumer.can_resume_flow.wait()


def pause(consumer: Any, tp: TP) -> None:
    """Stop fetching `tp` (Faust's buffer-full mechanism) until `resume`."""
    consumer.on_buffer_full(tp)


def resume(app: faust.App, tps: Iterable[TP]) -> None:
    consumer = app.consumer
    for tp in tps:
        consumer.on_buffer_drop(tp)


async def commit(consumer: Any) -> None:
    await consumer.commit()


# --------------------------------------------------------------------------- offsets
def committed_offset(consumer: Any, tp: TP) -> int | None:
    offset: int | None = consumer._committed_offset[tp]
    return offset


def note_read(consumer: Any, tp: TP, offset: int) -> None:
    """The partition is read up to `offset`, as Faust's fetch loop notes it per message."""
    consumer._read_offset[tp] = offset
    consumer.app.monitor.track_tp_end_offset(tp, consumer.highwater(tp))


def ack_ranges(app: faust.App, ranges: Mapping[TP, tuple[int, int]]) -> None:
    """Add whole offset ranges (first, last) to the acknowledged offsets, as Consumer.ack does
    one message at a time; Faust commits them on its interval."""
    consumer = app.consumer
    with ack_lock:
        n = 0
        for tp, (lo, hi) in ranges.items():
            committed = consumer._committed_offset[tp]
            if committed is not None and lo < committed:
                lo = committed
            if lo > hi:
                continue
            index = consumer._acked_index[tp]
            offsets: Iterable[int] = range(lo, hi + 1)
            if index and not index.isdisjoint(offsets):
                offsets = [o for o in offsets if o not in index]
            index.update(offsets)
            consumer._acked[tp].extend(offsets)
            n += len(offsets)  # type: ignore[arg-type]
        consumer._n_acked += n
        notify(consumer._waiting_for_ack)


# --------------------------------------------------------------------------- the consumer
def hook_consumer(consumer: Any, take: Take, *, on_seek: Callable[[], None],
                  on_assigned: Callable[[], None],
                  on_revoked: Callable[[set[TP]], Awaitable[None]]) -> None:
    """Replace the consumer's fetch loop by `FetchLoop` (each fetch offered to `take` first),
    and run the hooks before its own seek, assignment and revocation handlers.

    On the instance, not a subclass: it survives whatever consumer class other code installs
    (the read_committed one, a test's wrapper)."""
    perform_seek = consumer.perform_seek
    assigned = consumer.on_partitions_assigned
    revoked = consumer.on_partitions_revoked

    async def seek() -> None:
        on_seek()
        await perform_seek()

    async def on_partitions_assigned(tps: set[TP], generation_id: int = 0) -> None:
        on_assigned()
        await assigned(tps, generation_id)

    async def on_partitions_revoked(tps: set[TP]) -> None:
        await on_revoked(tps)
        await revoked(tps)

    consumer.perform_seek = seek
    consumer.on_partitions_assigned = on_partitions_assigned
    consumer.on_partitions_revoked = on_partitions_revoked
    consumer._drain_messages = FetchLoop(consumer, take).drain


class FetchLoop:
    """Consumer._drain_messages (the Fetcher service's loop), with each fetch offered to
    `take`; what it leaves goes through Faust's own per-message path."""

    def __init__(self, consumer: Any, take: Take) -> None:
        self.consumer = consumer
        self.take = take

    async def drain(self, fetcher: Any) -> None:  # pragma: no cover - real broker
        consumer = self.consumer
        take = self.take
        consumer_should_stop = consumer._stopped.is_set
        fetcher_should_stop = fetcher._stopped.is_set
        try:
            while not (consumer_should_stop() or fetcher_should_stop()):
                consumer.diag.set_flag(CONSUMER_FETCHING)
                records, active = await consumer._wait_next_records(1.0)
                await asyncio.sleep(0)
                if records is None or consumer.should_stop:
                    continue
                if not consumer.flow_active:
                    with contextlib.suppress(Exception):
                        await consumer.perform_seek()
                    continue
                generation = consumer.app.consumer_generation_id
                buffered = consumer._buffered_partitions
                rest = take([(tp, recs) for tp, recs in records.items()
                             if recs and (active is None or tp in active or tp in buffered)],
                            generation)
                if rest:
                    await self._one_by_one(rest, generation)
                consumer.diag.unset_flag(CONSUMER_FETCHING)
        except consumer.consumer_stopped_errors:
            if consumer.transport.app.should_stop:
                return
            raise
        except asyncio.CancelledError:
            if consumer.transport.app.should_stop:
                return
            raise
        finally:
            consumer.diag.unset_flag(CONSUMER_FETCHING)

    async def _one_by_one(self, rest: Fetched, generation: int) -> None:
        """Faust's own per-message path (Consumer._drain_messages) for the other topics."""
        consumer = self.consumer
        callback = consumer.callback
        read_offset = consumer._read_offset
        acks_enabled_for = consumer.app.topics.acks_enabled_for
        commit_every = consumer._commit_every
        to_message = consumer._to_message
        for tp, recs in rest:
            consumer.app.monitor.track_tp_end_offset(tp, consumer.highwater(tp))
            for record in recs:
                if not consumer.flow_active or consumer.app.consumer_generation_id != generation:
                    return
                message = to_message(tp, record)
                offset = message.offset
                r_offset = read_offset[tp]
                if r_offset is None or offset >= r_offset:
                    gap = offset - (r_offset or 0)
                    if gap > 1 and r_offset and acks_enabled_for(message.topic):
                        await consumer._add_gap(tp, r_offset + 1, offset)
                    if commit_every is not None and consumer._n_acked >= commit_every:
                        consumer._n_acked = 0
                        await consumer.commit()
                    await consumer.wait_first(callback(message), consumer.suspend_flow.wait())
                    read_offset[tp] = offset


# --------------------------------------------------------------------------- the producer
def track_topics(producer: Any) -> None:
    """Make every topic the producer writes to tracked by aiokafka's metadata client.

    aiokafka (0.14) asks for metadata of *all* topics only while it tracks none; once any
    topic is added (the first write to one created after start, e.g. a changelog), its
    refreshes cover the tracked topics only and drop the others from its cluster view. A
    topic it learnt from an all-topics refresh and never had to wait for is not tracked: its
    next batches then have no leader, wait for a metadata update that never includes it, and
    every flush and offset commit behind them stalls (seen under the mentions flood with a
    second worker joining: commits hung for minutes). Tracking each topic on first use closes
    that hole."""
    send = producer.send
    tracked: set[str] = set()

    async def tracking_send(topic: str, *args: Any, **kwargs: Any) -> Any:
        if topic not in tracked:
            kafka_producer = producer._ensure_producer()
            kafka_producer.client.add_topic(topic)
            tracked.add(topic)
        return await send(topic, *args, **kwargs)

    producer.send = tracking_send
