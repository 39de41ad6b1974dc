"""The in-memory view of the `incidents` topic: what each record does, retention, lookups by
the tokens buttons and PagerDuty carry, and waiting for a change."""

from __future__ import annotations

import asyncio

import msgspec
import pytest
from aiokafka.errors import KafkaTimeoutError

from alerts.inbound import telegram_token
from alerts.model import Silence
from alerts.sinks.pagerduty import dedup_key
from streams.config import KafkaSettings
from streams.pipeline.codecs import json_encoder
from streams.web.incident_view import (
    ActionOutcome,
    BrandRecord,
    IncidentStore,
    IncidentView,
    brand_key,
)
from tests.stubs.factory import T0, incident

pytestmark = pytest.mark.unit
DAY = 86_400_000


def store_at(now: int = T0) -> IncidentStore:
    return IncidentStore(retention_ms=7 * DAY, clock=lambda: now)


def put(store: IncidentStore, **kw: object) -> None:
    inc = incident(**kw)
    store.apply(inc.id.encode(), json_encoder.encode(inc))


def brand_record(*results: ActionOutcome, silences: tuple[Silence, ...] = ()) -> bytes:
    return json_encoder.encode(BrandRecord(brand="acme", at_ms=T0, silences=list(silences),
                                           results=list(results)))


def test_snapshots_replace_and_tombstones_remove() -> None:
    store = store_at()
    put(store, state="triggered")
    put(store, state="acknowledged", acked_by="anna")
    (inc,) = store.incidents.values()
    assert (inc.state, inc.acked_by) == ("acknowledged", "anna")
    store.apply(inc.id.encode(), None)
    assert store.incidents == {}


def test_garbage_records_are_skipped() -> None:
    store = store_at()
    store.apply(b"acme.x.1", b"{not json")
    store.apply(b"acme.x.2", b'{"id": 5}')
    store.apply(brand_key("acme"), b"[]")
    store.apply(None, b"{}")
    assert store.incidents == {} and store.silences == {}


def test_brand_record_sets_silences_and_keeps_the_first_answer_per_action() -> None:
    store = store_at()
    s = Silence(id="sil-1", starts_ms=T0 - 1, ends_ms=T0 + DAY, brand="acme", kind="x")
    first = ActionOutcome(action_id="a1", kind="ack", status="ok", message="acknowledged")
    store.apply(brand_key("acme"), brand_record(first, silences=(s,)))
    duplicate = msgspec.structs.replace(first, status="noop", message="duplicate action")
    store.apply(brand_key("acme"), brand_record(first, duplicate))
    assert store.result("a1") == first
    assert store.silences["acme"] == []  # the later record's silences win
    store.apply(brand_key("acme"), brand_record(silences=(s,)))
    assert store.active_silences() == [s] and store.active_silences(["other"]) == []


def test_expired_silences_are_not_active() -> None:
    store = store_at(T0 + DAY)
    s = Silence(id="sil-1", starts_ms=T0, ends_ms=T0 + DAY, brand="acme")
    store.apply(brand_key("acme"), brand_record(silences=(s,)))
    assert store.active_silences() == []


def test_resolved_incidents_are_kept_for_the_retention_only() -> None:
    now = T0 + 8 * DAY
    store = store_at(now)
    put(store, id="acme.a.1.1", state="resolved", resolved_ms=now - 8 * DAY)
    put(store, id="acme.a.2.1", state="resolved", resolved_ms=now - DAY)
    put(store, id="acme.a.3.1", state="triggered", opened_ms=now - 30 * DAY)
    assert store.evict() == 1
    assert sorted(store.incidents) == ["acme.a.2.1", "acme.a.3.1"]
    assert store.lookup(telegram_token("acme.a.1.1")) is None


def test_evicted_incidents_are_deleted_from_the_topic_and_a_failure_is_not_fatal() -> None:
    now = T0 + 8 * DAY
    store = store_at(now)
    put(store, id="acme.a.1.1", state="resolved", resolved_ms=now - 8 * DAY)
    put(store, id="acme.a.2.1", state="resolved", resolved_ms=now - DAY)
    sent: list[tuple[str, bytes]] = []

    async def tombstone(topic: str, key: bytes) -> None:
        sent.append((topic, key))

    view = IncidentView(store, "127.0.0.1:9", "p.incidents", KafkaSettings(),
                        tombstone=tombstone)
    store.evict()
    asyncio.run(view.after_evict())
    assert sent == [("p.incidents", b"acme.a.1.1")]
    asyncio.run(view.after_evict())  # each eviction is deleted once per worker
    assert len(sent) == 1

    async def broker_down(topic: str, key: bytes) -> None:
        raise KafkaTimeoutError()

    put(store, id="acme.a.3.1", state="resolved", resolved_ms=now - 9 * DAY)
    store.evict()
    asyncio.run(IncidentView(store, "127.0.0.1:9", "p.incidents", KafkaSettings(),
                             tombstone=broker_down).after_evict())
    assert "acme.a.3.1" not in store.incidents  # the next worker to start deletes it


def test_lookup_by_id_telegram_token_and_hashed_dedup_key() -> None:
    store = store_at()
    long_id = "acme.viral_story." + "x" * 300 + ".1"
    put(store, id=long_id, occurrence=2)
    for key in (long_id, telegram_token(long_id), dedup_key(long_id)):
        ref = store.lookup(key)
        assert ref is not None and (ref.id, ref.brand, ref.kind, ref.occurrence) == (
            long_id, "acme", "viral_story", 2)
    assert dedup_key(long_id) != long_id
    assert store.lookup("acme.nope.1") is None


async def test_wait_for_wakes_on_change_and_times_out() -> None:
    store = store_at()

    async def later() -> None:
        await asyncio.sleep(0.01)
        store.apply(brand_key("acme"), brand_record(
            ActionOutcome(action_id="a9", kind="resolve", status="ok")))
        store.changed()

    task = asyncio.create_task(later())
    got = await store.wait_for(lambda: store.result("a9"), 5.0)
    await task
    assert got is not None and got.status == "ok"
    assert await store.wait_for(lambda: store.result("never"), 0.05) is None


def test_a_silence_without_brand_is_listed_under_the_brand_holding_it() -> None:
    store = store_at()
    s = Silence(id="sil-any", starts_ms=T0, ends_ms=T0 + DAY)  # maintenance window
    store.apply(brand_key("acme"), brand_record(silences=(s,)))
    (held,) = store.active_silences()
    assert (held.id, held.brand) == ("sil-any", "acme")


def test_listeners_hear_which_incidents_changed_once_per_batch() -> None:
    store = store_at(T0 + 8 * DAY)
    heard: list[frozenset[str]] = []
    unsubscribe = store.subscribe(heard.append)
    put(store, id="acme.a.1.1", state="triggered")
    put(store, id="acme.a.2.1", state="triggered")
    store.apply(brand_key("acme"), brand_record())  # brand records are not incidents
    assert heard == []  # nothing until the batch is done
    store.changed()
    store.changed()  # nothing new: nobody is called
    assert heard == [frozenset({"acme.a.1.1", "acme.a.2.1"})]
    store.apply(b"acme.a.2.1", None)
    store.apply(b"acme.a.9.1", None)  # a tombstone of an unknown incident changes nothing
    store.changed()
    assert heard[-1] == frozenset({"acme.a.2.1"})
    put(store, id="acme.a.3.1", state="resolved", resolved_ms=T0)
    store.changed()
    assert store.evict() == 1  # eviction is a change too (the console drops the row)
    assert heard[-2:] == [frozenset({"acme.a.3.1"})] * 2
    unsubscribe()
    unsubscribe()  # twice is harmless
    put(store, id="acme.a.4.1")
    store.changed()
    assert len(heard) == 4


def test_a_failing_listener_does_not_stop_the_others_or_the_waiters() -> None:
    store = store_at()
    heard: list[frozenset[str]] = []

    def broken(_: frozenset[str]) -> None:
        raise RuntimeError("boom")

    store.subscribe(broken)
    store.subscribe(heard.append)
    put(store, id="acme.a.1.1")
    store.changed()
    assert heard == [frozenset({"acme.a.1.1"})]
