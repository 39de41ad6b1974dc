"""Hot topics in whole batches, past Faust's per-event machinery.

Why: Faust hands every record through `wait_first` (two tasks per message), the conductor's
lock, an Event, a channel queue, the stream iterator and its processors before an agent sees
it; measured on the mentions flood that costs more CPU than enrichment itself (docs/
benchmarks.md). For the two topics that carry every mention (`mentions`,
`mentions.enriched`) this module takes the records straight from the fetch, as the lists
aiokafka returns, and gives them to a batch handler. Everything else about Faust stays: one
consumer group, its assignment, table changelogs and recovery, flow control during
rebalances, the offset bookkeeping and commit loop, and the per-event path for every other
topic.

Offsets: a batch records, per partition, the whole offset range it covers (including
transaction markers and compacted holes between its records), and acking it adds that range
to Faust's acked offsets, exactly what Faust's own gap tracking would end up committing.
Batches fetched before a rebalance are dropped unacknowledged (Faust seeks back to the
committed offsets and they are fetched again): at-least-once, like the agents they replace.
Back-pressure: when a lane holds more than `high_water` records its partitions stop being
fetched (Faust's own buffer-full mechanism) until it is below half of that.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import faust
import structlog
from faust.transport.consumer import CONSUMER_FETCHING
from faust.types import TP
from faust.types.tuples import ack_lock
from mode.utils.futures import notify

log = structlog.get_logger("crisiswatch.fastlane")

Handler = Callable[["Batch"], Awaitable[None]]
HANDOVER_COMMIT_S = 10.0


class Batch:
    """Records of one lane from one or more fetches, in fetch order within each partition."""

    __slots__ = ("generation", "ranges", "records")

    def __init__(self, generation: int) -> None:
        self.generation = generation
        self.records: list[Any] = []  # aiokafka ConsumerRecord
        self.ranges: dict[TP, tuple[int, int]] = {}  # partition -> (first, last) offset covered

    def add(self, tp: TP, records: list[Any], lo: int) -> None:
        self.records += records
        prev = self.ranges.get(tp)
        self.ranges[tp] = (prev[0] if prev else lo, records[-1].offset)

    def merge(self, other: Batch) -> None:
        self.records += other.records
        for tp, (lo, hi) in other.ranges.items():
            prev = self.ranges.get(tp)
            self.ranges[tp] = (prev[0] if prev else lo, hi)

    def receipt(self) -> Batch:
        """What `ack` needs of this batch, without its records: a handler holding acks until a
        checkpoint keeps neither the records' memory nor work for the garbage collector."""
        receipt = Batch(self.generation)
        receipt.ranges = self.ranges
        return receipt

    def __len__(self) -> int:
        return len(self.records)


class Lane:
    """One hot topic (or several) and the task that runs its batch handler, one at a time."""

    def __init__(self, app: faust.App, name: str, topics: Iterable[str], handler: Handler,
                 *, max_batch: int, high_water: int, manual_ack: bool = False,
                 on_revoke: Callable[[], Awaitable[None]] | None = None) -> None:
        self.app = app
        self.name = name
        self.topics = frozenset(topics)
        self.handler = handler
        self.max_batch = max_batch
        self.high_water = high_water
        self.manual_ack = manual_ack
        self.on_revoke = on_revoke
        self._queue: deque[Batch] = deque()
        self._backlog = 0
        self._paused: set[TP] = set()
        self._wakeup = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()

    # --- fed by the consumer's fetch loop ---
    def put(self, batch: Batch, consumer: Any) -> None:
        self._queue.append(batch)
        self._backlog += len(batch)
        self._wakeup.set()
        if self._backlog >= self.high_water:
            for tp in batch.ranges:
                if tp not in self._paused:
                    self._paused.add(tp)
                    consumer.on_buffer_full(tp)

    def _take(self) -> Batch:
        batch = self._queue.popleft()
        while self._queue and len(batch) + len(self._queue[0]) <= self.max_batch:
            nxt = self._queue[0]
            if nxt.generation != batch.generation:
                break
            batch.merge(self._queue.popleft())
        return batch

    def _release(self, n: int) -> None:
        self._backlog -= n
        if self._paused and self._backlog <= self.high_water // 2:
            consumer = self.app.consumer
            for tp in self._paused:
                consumer.on_buffer_drop(tp)
            self._paused.clear()

    # --- the lane's task ---
    async def run(self) -> None:
        app = self.app
        while True:
            await self._wakeup.wait()
            if not self._queue:
                self._wakeup.clear()
                continue
            consumer = app.consumer
            if not consumer.flow_active:  # rebalancing or recovering: not busy, just waiting
                await consumer.can_resume_flow.wait()
                continue
            batch = self._take()
            if batch.generation != app.consumer_generation_id:
                # Fetched before a rebalance: Faust re-reads it from the committed offset.
                self._release(len(batch))
                continue
            self._idle.clear()
            try:
                inbound = app.monitor.stream_inbound_time  # Faust's livelock check reads it
                now = time.monotonic()
                for tp in batch.ranges:
                    inbound[tp] = now
                await self.handler(batch)
                if not self.manual_ack:
                    ack(app, batch)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a bug, not bad input (handlers dead-letter that)
                log.exception("lane.crashed", lane=self.name, error=repr(exc))
                await app.crash(exc)
                raise
            finally:
                self._release(len(batch))
                if not self._queue:
                    self._wakeup.clear()
                self._idle.set()

    async def quiesce(self) -> None:
        """Drop what is queued and wait for the batch in hand (partitions being revoked)."""
        dropped = sum(len(b) for b in self._queue)
        self._queue.clear()
        self._release(dropped)
        if not self._idle.is_set():
            await self._idle.wait()


def ack(app: faust.App, batch: Batch) -> None:
    """Mark a processed batch's offsets as acknowledged (Faust commits them on its interval)."""
    if batch.generation != app.consumer_generation_id:
        return  # the partitions were reassigned meanwhile; they are being read again
    consumer = app.consumer
    with ack_lock:
        n = 0
        for tp, (lo, hi) in batch.ranges.items():
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


_lanes: weakref.WeakKeyDictionary[Any, dict[str, Lane]] = weakref.WeakKeyDictionary()


async def _hand_over(lanes: dict[str, Lane]) -> None:
    """Finish each lane's batch in hand, drop what is queued, run its `on_revoke` (a
    checkpoint that acknowledges what it holds): before partitions move or the worker stops."""
    for lane in dict.fromkeys(lanes.values()):  # a lane may serve several topics
        await lane.quiesce()
        if lane.on_revoke is not None:
            await lane.on_revoke()


def add_lane(app: faust.App, topic: Any, name: str, handler: Handler, *, max_batch: int,
             high_water: int, manual_ack: bool = False,
             on_revoke: Callable[[], Awaitable[None]] | None = None) -> Lane:
    """Route `topic`'s records to `handler` in batches; the topic stays subscribed through
    Faust (so it is part of the group's assignment), only its delivery path changes.

    `on_revoke` runs when partitions are taken away, after the batch in hand is finished and
    before the offsets are committed (e.g. a checkpoint that acknowledges held batches)."""
    lane = Lane(app, name, topic.topics, handler, max_batch=max_batch, high_water=high_water,
                manual_ack=manual_ack, on_revoke=on_revoke)
    lanes = _lanes.setdefault(app, {})
    for t in lane.topics:
        lanes[t] = lane
    app.topics.add(topic)

    @app.task
    async def run_lane() -> None:
        await lane.run()

    return lane


class _LaneFetch:
    """The fetch loop of one Faust consumer, split: lane topics in batches, the rest as before.

    Attached to the consumer instance (not a subclass), so it survives whatever consumer class
    other code installs (the read_committed one, a test's wrapper)."""

    def __init__(self, consumer: Any, lanes: dict[str, Lane]) -> None:
        self.c = consumer
        self.lanes = lanes
        self.cover: dict[TP, int] = {}  # next offset no lane batch has covered yet
        perform_seek = consumer.perform_seek
        assigned = consumer.on_partitions_assigned
        revoked = consumer.on_partitions_revoked

        async def seek() -> None:
            self.cover.clear()
            await perform_seek()

        async def on_assigned(tps: set[TP], generation_id: int = 0) -> None:
            self.cover.clear()
            await assigned(tps, generation_id)

        async def on_revoked(tps: set[TP]) -> None:
            # Hand over cleanly: finish the batches in hand, let lanes checkpoint, commit what
            # is acknowledged -- all before Faust forgets the revoked partitions' acks (it
            # does not commit them itself when stream_wait_empty is off). Whatever is not
            # committed is re-read by the new owner: at-least-once either way.
            for tp in tps:
                self.cover.pop(tp, None)
            if tps:
                await _hand_over(self.lanes)
                try:
                    await asyncio.wait_for(consumer.commit(), HANDOVER_COMMIT_S)
                except Exception as exc:  # the new owner re-reads what is not committed
                    log.warning("lane.handover_commit_failed", error=repr(exc))
            await revoked(tps)

        consumer.perform_seek = seek
        consumer.on_partitions_assigned = on_assigned
        consumer.on_partitions_revoked = on_revoked
        consumer._drain_messages = self.drain

    async def drain(self, fetcher: Any) -> None:  # pragma: no cover - real broker
        """Consumer._drain_messages: the Fetcher service's loop."""
        c = self.c
        lanes = self.lanes
        consumer_should_stop = c._stopped.is_set
        fetcher_should_stop = fetcher._stopped.is_set
        try:
            while not (consumer_should_stop() or fetcher_should_stop()):
                c.diag.set_flag(CONSUMER_FETCHING)
                records, active = await c._wait_next_records(1.0)
                await asyncio.sleep(0)
                if records is None or c.should_stop:
                    continue
                if not c.flow_active:
                    with contextlib.suppress(Exception):
                        await c.perform_seek()
                    continue
                generation = c.app.consumer_generation_id
                buffered = c._buffered_partitions
                batches: dict[Lane, Batch] = {}
                rest: list[tuple[TP, list[Any]]] = []
                for tp, recs in records.items():
                    if not recs or not (active is None or tp in active or tp in buffered):
                        continue
                    lane = lanes.get(tp.topic)
                    if lane is None:
                        rest.append((tp, recs))
                        continue
                    self._to_lane(lane, batches, generation, tp, recs)
                for lane, batch in batches.items():
                    lane.put(batch, c)
                if rest:
                    await self._one_by_one(rest, generation)
                c.diag.unset_flag(CONSUMER_FETCHING)
        except c.consumer_stopped_errors:
            if c.transport.app.should_stop:
                return
            raise
        except asyncio.CancelledError:
            if c.transport.app.should_stop:
                return
            raise
        finally:
            c.diag.unset_flag(CONSUMER_FETCHING)

    def _to_lane(self, lane: Lane, batches: dict[Lane, Batch], generation: int, tp: TP,
                 recs: list[Any]) -> None:
        c = self.c
        tp = TP(tp.topic, tp.partition)
        lo = self.cover.get(tp)
        first = recs[0].offset
        if lo is None:
            committed = c._committed_offset[tp]
            lo = committed if committed is not None and committed <= first else first
        elif first < lo:  # already handed to the lane
            recs = [r for r in recs if r.offset >= lo]
            if not recs:
                return
        last = recs[-1].offset
        self.cover[tp] = last + 1
        c._read_offset[tp] = last
        c.app.monitor.track_tp_end_offset(tp, c.highwater(tp))
        batch = batches.get(lane)
        if batch is None:
            batch = batches[lane] = Batch(generation)
        batch.add(tp, recs, lo)

    async def _one_by_one(self, rest: list[tuple[TP, list[Any]]], generation: int) -> None:
        """Faust's own per-message path (Consumer._drain_messages) for the other topics."""
        c = self.c
        callback = c.callback
        read_offset = c._read_offset
        acks_enabled_for = c.app.topics.acks_enabled_for
        commit_every = c._commit_every
        to_message = c._to_message
        for tp, recs in rest:
            c.app.monitor.track_tp_end_offset(tp, c.highwater(tp))
            for record in recs:
                if not c.flow_active or c.app.consumer_generation_id != generation:
                    return
                message = to_message(tp, record)
                offset = message.offset
                r_offset = read_offset[tp]
                if r_offset is None or offset >= r_offset:
                    gap = offset - (r_offset or 0)
                    if gap > 1 and r_offset and acks_enabled_for(message.topic):
                        await c._add_gap(tp, r_offset + 1, offset)
                    if commit_every is not None and c._n_acked >= commit_every:
                        c._n_acked = 0
                        await c.commit()
                    await c.wait_first(callback(message), c.suspend_flow.wait())
                    read_offset[tp] = offset


def _track_topics(producer: Any) -> None:
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
            producer._ensure_producer().client.add_topic(topic)
            tracked.add(topic)
        return await send(topic, *args, **kwargs)

    producer.send = tracking_send


def install(app: faust.App) -> None:
    """Attach the lane fetch loop to the app's consumer and topic tracking to its producer, as
    they are created (before the worker starts; other code may pick their classes)."""
    new_consumer = app._new_consumer
    new_producer = app._new_producer

    def consumer() -> Any:
        c = new_consumer()
        _LaneFetch(c, _lanes.setdefault(app, {}))
        return c

    def producer() -> Any:
        p = new_producer()
        _track_topics(p)
        return p

    app._new_consumer = consumer
    app._new_producer = producer

    @app.on_before_shutdown.connect
    async def hand_over_on_stop(app: faust.App, **_: Any) -> None:
        # A clean stop hands over like a revoke: Faust has stopped fetching; finish the batches
        # in hand and let lanes checkpoint, so the consumer's final commit covers them and a
        # restarted worker replays nothing.
        await _hand_over(_lanes.get(app, {}))
        log.info("lane.stopped_cleanly")
