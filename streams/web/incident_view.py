"""The compacted `incidents` topic materialised in memory on every worker, for the API, chat
endpoints and the web console.

A brand's incident state lives on the one worker owning the brand's partition, but a request
can reach any worker; so each worker reads the whole `incidents` topic (no consumer group: all
partitions, from the beginning) and stays at its end. Records on the topic:

    key = incident id        value = Incident snapshot (JSON) after every change
    key = "brand:{brand}"    value = BrandRecord: the brand's silences and recent action results

Brand records share the topic so one compacted stream holds everything the view needs; brand ids
never contain ':' and incident ids never contain ':', so the keys cannot collide.

Change hook: `IncidentStore.subscribe(listener)` calls `listener(ids)` after every batch the view
applied (`changed()`), with the ids of the incidents whose snapshot changed, was deleted or
evicted; the web console's live event stream is fed from it. `CompactedView` is the reader
itself, shared with other compacted views (streams/web/volume_view.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Protocol, TypeVar

import msgspec
import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from alerts.inbound import IncidentRef, telegram_token
from alerts.model import Incident, Silence
from alerts.sinks.pagerduty import dedup_key
from streams.config import KafkaSettings
from streams.ops.kafka_client import client_options

log = structlog.get_logger("crisiswatch.incident_view")

T = TypeVar("T")
# Called after a batch with the ids of the incidents it changed; must not block or raise.
ChangeListener = Callable[[frozenset[str]], None]
BRAND_KEY_PREFIX = "brand:"
RESULTS_PER_BRAND = 50  # action results a brand record carries (the API waits seconds, not hours)
RESULTS_KEPT = 10_000  # action results the view remembers, over all brands
RETENTION_MS = 7 * 86_400_000  # resolved incidents stay listed this long
_EVICT_EVERY_S = 60.0


class ActionOutcome(msgspec.Struct, frozen=True):
    """What the engine answered to one action, published so any worker's API can report it."""

    action_id: str
    kind: str
    status: str  # ok | noop | not_found | invalid (alerts.engine.ActionResult)
    message: str = ""
    incident_id: str | None = None
    silence_id: str | None = None
    applied_ms: int = 0  # the engine's clock: timeline entries of this action carry it


class BrandRecord(msgspec.Struct, frozen=True):
    brand: str
    at_ms: int
    silences: list[Silence] = []
    results: list[ActionOutcome] = []


def brand_key(brand: str) -> bytes:
    return (BRAND_KEY_PREFIX + brand).encode()


def _now_ms() -> int:
    return int(time.time() * 1000)


class ChangeFeed:
    """Keys changed since the last `notify()`, told to the subscribed listeners then; a
    listener that raises is logged and never stops the view that feeds it."""

    def __init__(self, name: str) -> None:
        self.touched: set[str] = set()
        self._listeners: list[ChangeListener] = []
        self._name = name

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Returns the unsubscribe function."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def notify(self) -> None:
        if not self.touched:
            return
        keys, self.touched = frozenset(self.touched), set()
        for listener in list(self._listeners):
            try:
                listener(keys)
            except Exception:
                log.exception(f"{self._name}.listener_failed")


class IncidentStore:
    """Latest snapshots, silences and action results, plus waiting for a change; fed by
    `IncidentView` from Kafka, or directly by tests."""

    def __init__(self, retention_ms: int = RETENTION_MS,
                 clock: Callable[[], int] = _now_ms) -> None:
        self.incidents: dict[str, Incident] = {}
        self.silences: dict[str, list[Silence]] = {}
        self.ready = False  # caught up with the topic's end once
        self._results: OrderedDict[str, ActionOutcome] = OrderedDict()
        self._aliases: dict[str, str] = {}  # telegram token / hashed PD dedup key -> id
        self._retention = retention_ms
        self._clock = clock
        self._event = asyncio.Event()
        self._changes = ChangeFeed("incident_view")  # incident ids changed, and listeners
        self.evicted: list[str] = []  # evicted ids the topic still holds (see IncidentView)
        self._incident = msgspec.json.Decoder(Incident)
        self._brand = msgspec.json.Decoder(BrandRecord)

    # ---------------------------------------------------------------- feeding

    def apply(self, key: bytes | None, value: bytes | None) -> None:
        """One record of the topic; undecodable ones are logged and skipped."""
        if key is None:
            return
        text = key.decode("utf-8", "replace")
        try:
            if text.startswith(BRAND_KEY_PREFIX):
                self._apply_brand(text[len(BRAND_KEY_PREFIX):], value)
            elif value is None:
                if self.incidents.pop(text, None) is not None:
                    self._changes.touched.add(text)
            else:
                self._apply_incident(self._incident.decode(value))
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            log.warning("incident_view.undecodable", key=text[:120], error=str(exc)[:200])

    def _apply_incident(self, inc: Incident) -> None:
        if inc.id not in self.incidents:
            self._aliases[telegram_token(inc.id)] = inc.id
            alias = dedup_key(inc.id)
            if alias != inc.id:
                self._aliases[alias] = inc.id
        self.incidents[inc.id] = inc
        self._changes.touched.add(inc.id)

    def _apply_brand(self, brand: str, value: bytes | None) -> None:
        if value is None:
            self.silences.pop(brand, None)
            return
        record = self._brand.decode(value)
        # A silence stored without a brand still only ever applies to the brand holding it.
        self.silences[brand] = [x if x.brand else msgspec.structs.replace(x, brand=brand)
                                for x in record.silences]
        for outcome in record.results:
            if outcome.action_id not in self._results:  # the first answer is the real one
                self._results[outcome.action_id] = outcome
        while len(self._results) > RESULTS_KEPT:
            self._results.popitem(last=False)

    def changed(self) -> None:
        """Wake everyone waiting for a change and tell the listeners which incidents changed
        (call after a batch of `apply`)."""
        event, self._event = self._event, asyncio.Event()
        event.set()
        self._changes.notify()

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Call `listener(ids)` after every batch that changed incidents; returns the
        unsubscribe function."""
        return self._changes.subscribe(listener)

    def evict(self) -> int:
        """Forget incidents resolved longer ago than the retention; returns how many."""
        horizon = self._clock() - self._retention
        old = [i for i, inc in self.incidents.items()
               if inc.resolved_ms is not None and inc.resolved_ms < horizon]
        for incident_id in old:
            del self.incidents[incident_id]
        self.evicted += old
        if old:
            gone = set(old)
            self._aliases = {k: v for k, v in self._aliases.items() if v not in gone}
            self._changes.touched |= gone
            self._changes.notify()
        return len(old)

    # ---------------------------------------------------------------- reading

    def get(self, incident_id: str) -> Incident | None:
        return self.incidents.get(incident_id)

    def result(self, action_id: str) -> ActionOutcome | None:
        return self._results.get(action_id)

    def lookup(self, key: str) -> IncidentRef | None:
        """An incident by id, Telegram callback token or hashed PagerDuty dedup key."""
        inc = self.incidents.get(key) or self.incidents.get(self._aliases.get(key, ""))
        if inc is None:
            return None
        return IncidentRef(id=inc.id, brand=inc.brand, kind=inc.kind, group=inc.group,
                           occurrence=inc.occurrence)

    def active_silences(self, brands: Iterable[str] | None = None) -> list[Silence]:
        now = self._clock()
        wanted = self.silences.keys() if brands is None else brands
        return [s for b in wanted for s in self.silences.get(b, ()) if s.ends_ms > now]

    async def wait_for(self, probe: Callable[[], T | None], timeout_s: float) -> T | None:
        """`probe()` once it is not None, re-checked after every change, or None on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while True:
            value = probe()
            remaining = deadline - loop.time()
            if value is not None or remaining <= 0:
                return value
            event = self._event
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)


class ViewStore(Protocol):
    """What `CompactedView` feeds: records in, `changed()` after each batch."""

    ready: bool

    def apply(self, key: bytes | None, value: bytes | None) -> None: ...

    def changed(self) -> None: ...

    def evict(self) -> int: ...


class CompactedView:
    """Keeps a store at the end of a compacted topic, all partitions, no consumer group;
    `run()` is a worker task."""

    def __init__(self, store: ViewStore, bootstrap: str, topic: str,
                 settings: KafkaSettings, name: str = "incident_view") -> None:
        self.store = store
        self._bootstrap = bootstrap
        self._topic = topic
        self._settings = settings
        self._name = name

    async def run(self) -> None:
        """Forever; a broker failure restarts the read from the beginning after a pause (each
        key's records replay in order, so the view converges on the latest snapshots again)."""
        while True:
            try:
                await self._follow()
            except (KafkaError, OSError) as exc:
                log.warning(f"{self._name}.restarting", error=f"{type(exc).__name__}: {exc}")
                await asyncio.sleep(2.0)

    async def _follow(self) -> None:
        consumer = AIOKafkaConsumer(bootstrap_servers=self._bootstrap, group_id=None,
                                    enable_auto_commit=False, auto_offset_reset="earliest",
                                    **client_options(self._settings))
        await consumer.start()
        try:
            # Without a group, aiokafka assigns a subscription every partition of the topic;
            # nothing is committed, so every start reads from the beginning.
            consumer.subscribe([self._topic])
            ends: dict[TopicPartition, int] | None = None
            last_evict = time.monotonic()
            applied = 0
            while True:
                batch = await consumer.getmany(timeout_ms=500, max_records=5000)
                for records in batch.values():
                    applied += len(records)
                    for r in records:
                        self.store.apply(r.key, r.value)
                woke = bool(batch)
                if not self.store.ready:
                    assigned = consumer.assignment()
                    if ends is None and assigned:
                        ends = await consumer.end_offsets(list(assigned))
                    if ends is not None and await _caught_up(consumer, ends):
                        self.store.ready = woke = True
                        log.info(f"{self._name}.ready", records=applied)
                if woke:
                    self.store.changed()
                if time.monotonic() - last_evict > _EVICT_EVERY_S:
                    self.store.evict()
                    await self.after_evict()
                    last_evict = time.monotonic()
        finally:
            with contextlib.suppress(Exception):
                await consumer.stop()

    async def after_evict(self) -> None:
        """Hook for views that clean up the topic behind what they evicted."""


Tombstone = Callable[[str, bytes], Awaitable[None]]  # (topic, key): a record with no value


class IncidentView(CompactedView):
    """Keeps an `IncidentStore` at the end of the `incidents` topic; `run()` is a worker task.

    With `tombstone`, incidents the store evicts (resolved longer ago than its retention) are
    deleted from the compacted topic too, so it holds recent history only instead of every
    incident ever opened. Every worker does it for what it evicts: a repeated tombstone is
    harmless, ids are never reused, and one that fails is sent again by the next worker to
    start (it reads the old snapshot and evicts it again)."""

    def __init__(self, store: IncidentStore, bootstrap: str, topic: str,
                 settings: KafkaSettings, tombstone: Tombstone | None = None) -> None:
        super().__init__(store, bootstrap, topic, settings, "incident_view")
        self._incidents = store
        self._tombstone = tombstone

    async def after_evict(self) -> None:
        ids, self._incidents.evicted = self._incidents.evicted, []
        if self._tombstone is None or not ids:
            return
        try:
            for incident_id in ids:
                await self._tombstone(self._topic, incident_id.encode())
        except (KafkaError, OSError, TimeoutError) as exc:
            log.warning("incident_view.tombstone_failed", error=f"{type(exc).__name__}: {exc}")
            return
        log.info("incident_view.deleted_old_incidents", count=len(ids))


async def _caught_up(consumer: Any, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return False
    return True
