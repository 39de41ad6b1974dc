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

Everything this takes from Faust's inside is reached through faust_internals.py.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import faust
import structlog
from faust.types import TP

from streams.pipeline import faust_internals
from streams.pipeline.faust_internals import Fetched

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
                    faust_internals.pause(consumer, tp)

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
            faust_internals.resume(self.app, self._paused)
            self._paused.clear()

    # --- the lane's task ---
    async def run(self) -> None:
        app = self.app
        while True:
            await self._wakeup.wait()
            if not self._queue:
                self._wakeup.clear()
                continue
            if not faust_internals.flow_active(app):  # rebalancing or recovering: just waiting
                await faust_internals.wait_for_flow(app)
                continue
            batch = self._take()
            if batch.generation != faust_internals.generation(app):
                # Fetched before a rebalance: Faust re-reads it from the committed offset.
                self._release(len(batch))
                continue
            self._idle.clear()
            try:
                faust_internals.mark_inbound(app, batch.ranges, time.monotonic())
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
    if batch.generation != faust_internals.generation(app):
        return  # the partitions were reassigned meanwhile; they are being read again
    faust_internals.ack_ranges(app, batch.ranges)


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
    faust_internals.subscribe(app, topic)

    @app.task
    async def run_lane() -> None:
        await lane.run()

    return lane


class _LaneFetch:
    """The lanes' side of one Faust consumer's fetch loop: lane topics in batches, the rest as
    before (faust_internals.FetchLoop)."""

    def __init__(self, consumer: Any, lanes: dict[str, Lane]) -> None:
        self.c = consumer
        self.lanes = lanes
        self.cover: dict[TP, int] = {}  # next offset no lane batch has covered yet
        faust_internals.hook_consumer(consumer, self.take, on_seek=self.cover.clear,
                                      on_assigned=self.cover.clear, on_revoked=self.revoked)

    async def revoked(self, tps: set[TP]) -> None:
        # Hand over cleanly: finish the batches in hand, let lanes checkpoint, commit what
        # is acknowledged -- all before Faust forgets the revoked partitions' acks (it
        # does not commit them itself when stream_wait_empty is off). Whatever is not
        # committed is re-read by the new owner: at-least-once either way.
        for tp in tps:
            self.cover.pop(tp, None)
        if tps:
            await _hand_over(self.lanes)
            try:
                await asyncio.wait_for(faust_internals.commit(self.c), HANDOVER_COMMIT_S)
            except Exception as exc:  # the new owner re-reads what is not committed
                log.warning("lane.handover_commit_failed", error=repr(exc))

    def take(self, fetched: Fetched, generation: int) -> Fetched:
        """One fetch: the lane topics' records to their lanes; returns the others."""
        lanes = self.lanes
        batches: dict[Lane, Batch] = {}
        rest: Fetched = []
        for tp, recs in fetched:
            lane = lanes.get(tp.topic)
            if lane is None:
                rest.append((tp, recs))
                continue
            self._to_lane(lane, batches, generation, tp, recs)
        for lane, batch in batches.items():
            lane.put(batch, self.c)
        return rest

    def _to_lane(self, lane: Lane, batches: dict[Lane, Batch], generation: int, tp: TP,
                 recs: list[Any]) -> None:
        c = self.c
        tp = TP(tp.topic, tp.partition)
        lo = self.cover.get(tp)
        first = recs[0].offset
        if lo is None:
            committed = faust_internals.committed_offset(c, tp)
            lo = committed if committed is not None and committed <= first else first
        elif first < lo:  # already handed to the lane
            recs = [r for r in recs if r.offset >= lo]
            if not recs:
                return
        last = recs[-1].offset
        self.cover[tp] = last + 1
        faust_internals.note_read(c, tp, last)
        batch = batches.get(lane)
        if batch is None:
            batch = batches[lane] = Batch(generation)
        batch.add(tp, recs, lo)


def install(app: faust.App) -> None:
    """Attach the lane fetch loop to the app's consumer and topic tracking to its producer, as
    they are created (before the worker starts; other code may pick their classes)."""
    def lane_fetch(consumer: Any) -> None:
        _LaneFetch(consumer, _lanes.setdefault(app, {}))

    faust_internals.hook_factories(app, lane_fetch, faust_internals.track_topics)

    @app.on_before_shutdown.connect
    async def hand_over_on_stop(app: faust.App, **_: Any) -> None:
        # A clean stop hands over like a revoke: Faust has stopped fetching; finish the batches
        # in hand and let lanes checkpoint, so the consumer's final commit covers them and a
        # restarted worker replays nothing.
        await _hand_over(_lanes.get(app, {}))
        log.info("lane.stopped_cleanly")
