"""The REST API over HTTP against the real engine and incident store (no broker): auth, the
incident JSON, actions with idempotency and honest answers, silences (tests/e2e does it all
again on a real worker)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from detectors.model import Severity
from tests.http.api_loop import TOKEN, EngineLoop, api_client, auth, signal

pytestmark = pytest.mark.http


@pytest.fixture
async def env(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[TestClient, EngineLoop]]:
    monkeypatch.setenv("CW_TEST_API_TOKEN", TOKEN)
    async with api_client() as pair:
        yield pair


async def call(client: TestClient, method: str, path: str, *, status: int = 200,
               headers: dict[str, str] | None = None, **kw: Any) -> Any:
    resp = await client.request(method, path, headers={**auth(), **(headers or {})}, **kw)
    body = await resp.json()
    assert resp.status == status, body
    return body


# ------------------------------------------------------------------------------ auth

@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/api/incidents"), ("GET", "/api/incidents/x"), ("POST", "/api/incidents/x/ack"),
    ("POST", "/api/incidents/x/resolve"), ("POST", "/api/incidents/x/note"),
    ("GET", "/api/silences"), ("POST", "/api/silences"), ("DELETE", "/api/silences/x")])
async def test_every_route_needs_the_token_and_is_never_open(
        env: tuple[TestClient, EngineLoop], monkeypatch: pytest.MonkeyPatch, method: str,
        path: str) -> None:
    client, loop = env
    assert (await client.request(method, path)).status == 401
    wrong = await client.request(method, path, headers=auth(TOKEN + "x"))
    assert wrong.status == 401 and wrong.headers["WWW-Authenticate"].startswith("Bearer")
    assert (await client.request(method, path, headers={"Authorization": TOKEN})).status == 401
    monkeypatch.delenv("CW_TEST_API_TOKEN")
    off = await client.request(method, path, headers=auth())
    assert off.status == 503
    assert (await off.json())["detail"] == "API disabled: set CW_TEST_API_TOKEN"
    assert loop.published == []


async def test_loading_view_answers_503(env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    loop.store.ready = False
    resp = await client.get("/api/incidents", headers=auth())
    assert resp.status == 503 and resp.headers["Retry-After"] == "1"


# ------------------------------------------------------------------------------ reading

async def test_list_filters_sorts_and_describes_incidents(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    warn = loop.open(signal(severity=Severity.WARNING, kind="volume_spike"))
    crit = loop.open(signal(brand="teremok", severity=Severity.CRITICAL, unverified=True))
    done = loop.open(signal(kind="viral_story", group="story-1", details={
        "posts": 11, "authors": 9, "engagement_per_min": 0.0, "authors_per_min": 3.0}))
    loop.apply(loop.action("resolve", done.id))

    doc = await call(client, "GET", "/api/incidents")
    assert [i["id"] for i in doc["incidents"]] == [crit.id, warn.id, done.id]  # open first
    assert (doc["count"], doc["total"]) == (3, 3)
    first = doc["incidents"][0]
    assert first["brand_name"] == "Теремок" and first["language"] == "ru"
    assert first["headline"].startswith("Всплеск негатива: 24 за 31 с")
    assert first["severity"] == "critical" and first["severity_text"] == "КРИТИЧНО"
    assert first["unverified"] is True and first["unverified_text"]
    assert first["actions"] == ["ack", "resolve", "note", "silence"]
    assert first["links"]["console"].startswith("https://cw.example/console/incidents/")
    assert first["links"]["grafana"] == "https://g.example/d/b?var-brand=teremok"
    assert first["links"]["self"] == f"/api/incidents/{crit.id}"
    assert first["mentions"][0]["text"] == "<!channel> охранник выгнал бабушку"  # JSON, raw
    assert first["mentions"][0]["url"] == "https://x.example/1"
    assert {f["label"] for f in first["why"]} >= {"Факт / норма", "Доля негатива", "Охват"}
    assert first["opened_at"].endswith("Z") and "timeline" not in first
    story = doc["incidents"][2]
    assert story["headline"] == "Negative story spreading: 11 posts by 9 authors"
    assert story["state"] == "resolved" and story["resolved_by"] == "alice"

    async def ids(query: str) -> list[str]:
        return [i["id"] for i in (await call(client, "GET", "/api/incidents?" + query))[
            "incidents"]]

    assert await ids("state=open") == [crit.id, warn.id]
    assert await ids("state=resolved") == [done.id]
    assert await ids("brand=vkusno") == [warn.id, done.id]
    assert await ids("severity=error") == [crit.id, done.id]
    assert await ids("limit=1") == [crit.id]
    for bad in ("state=closed", "limit=0", "limit=x", "severity=huge"):
        await call(client, "GET", "/api/incidents?" + bad, status=400)


async def test_show_has_the_timeline_and_unknown_is_404(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    doc = await call(client, "GET", f"/api/incidents/{inc.id}")
    kinds = [e["kind"] for e in doc["incident"]["timeline"]]
    assert kinds[:2] == ["state", "signal"] and "notification" in kinds
    await call(client, "GET", "/api/incidents/vkusno.nope.0.1", status=404)


# ------------------------------------------------------------------------------ actions

async def test_ack_is_published_by_brand_and_answered_with_the_new_snapshot(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open(signal(brand="teremok"))
    doc = await call(client, "POST", f"/api/incidents/{inc.id}/ack",
                     json={"by": "anna", "via": "cli"}, headers={"Idempotency-Key": "k-1"})
    assert doc["action"]["status"] == "ok" and doc["action"]["message"] == "acknowledged"
    assert doc["incident"]["state"] == "acknowledged" and doc["incident"]["acked_by"] == "anna"
    assert doc["incident"]["timeline"][-1]["text"].startswith("acknowledge sent to")
    ((topic, key, action),) = loop.published
    assert (topic, key) == ("actions", b"teremok")
    assert (action.kind, action.via, action.by, action.incident_id) == (
        "ack", "cli", "anna", inc.id)
    assert action.id == f"cli:ack:{inc.id}:k-1"
    assert [n.event for n in loop.notifications] == ["trigger", "acknowledge"]


async def test_a_retried_request_changes_nothing_and_gets_the_same_answer(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    first = await call(client, "POST", f"/api/incidents/{inc.id}/resolve",
                       headers={"Idempotency-Key": "retry-me"}, json={"by": "boris"})
    again = await call(client, "POST", f"/api/incidents/{inc.id}/resolve",
                       headers={"Idempotency-Key": "retry-me"}, json={"by": "boris"})
    assert first["action"] == again["action"] and again["action"]["status"] == "ok"
    assert [n.event for n in loop.notifications].count("resolve") == 1
    timeline = again["incident"]["timeline"]
    assert sum(1 for e in timeline if e["kind"] == "action") == 1
    other = await call(client, "POST", f"/api/incidents/{inc.id}/resolve", json={})
    assert other["action"]["status"] == "noop"  # a new request: told it is resolved already


async def test_ack_after_resolve_does_not_reopen(env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    await call(client, "POST", f"/api/incidents/{inc.id}/resolve", json={"by": "boris"})
    doc = await call(client, "POST", f"/api/incidents/{inc.id}/ack", json={"by": "anna"})
    assert doc["action"]["status"] == "noop" and doc["action"]["message"] == "already resolved"
    assert doc["incident"]["state"] == "resolved" and doc["incident"]["acked_by"] == ""
    assert [n.event for n in loop.notifications] == ["trigger", "resolve"]


async def test_stale_occurrence_is_a_noop(env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    doc = await call(client, "POST", f"/api/incidents/{inc.id}/ack", json={"occurrence": 2})
    assert doc["action"]["status"] == "noop" and "occurrence" in doc["action"]["message"]
    await call(client, "POST", f"/api/incidents/{inc.id}/ack", json={"occurrence": 0},
               status=400)


async def test_note_needs_text_and_lands_in_the_timeline(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    await call(client, "POST", f"/api/incidents/{inc.id}/note", json={}, status=400)
    await call(client, "POST", f"/api/incidents/{inc.id}/note", json={"text": "   "}, status=400)
    await call(client, "POST", f"/api/incidents/{inc.id}/note", json={"text": "x" * 2001},
               status=400)
    doc = await call(client, "POST", f"/api/incidents/{inc.id}/note",
                     json={"text": "called the CEO", "by": "carol"})
    last = doc["incident"]["timeline"][-1]
    assert (last["kind"], last["text"], last["by"]) == ("note", "called the CEO", "carol")
    assert len(loop.published) == 1


async def test_unknown_incident_and_bad_input_publish_nothing(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    await call(client, "POST", "/api/incidents/vkusno.x.0.1/ack", status=404)
    await call(client, "POST", f"/api/incidents/{inc.id}/ack", data=b"[1]", status=400)
    await call(client, "POST", f"/api/incidents/{inc.id}/ack", data=b"{nope", status=400)
    await call(client, "POST", f"/api/incidents/{inc.id}/ack",
               headers={"Idempotency-Key": "has space"}, status=400)
    await call(client, "POST", f"/api/incidents/{inc.id}/note",
               data=b'{"text": "' + b"a" * 70_000 + b'"}', status=413)
    assert loop.published == []


async def test_not_applied_in_time_is_202_with_the_action_id(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CW_TEST_API_TOKEN", TOKEN)
    async with api_client(wait_s=0.2) as (client, loop):
        inc = loop.open()
        loop.paused = True
        doc = await call(client, "POST", f"/api/incidents/{inc.id}/ack", status=202,
                         headers={"Idempotency-Key": "slow"})
        assert doc["action"]["status"] == "pending"
        assert doc["action"]["id"] == f"api:ack:{inc.id}:slow"
        assert doc["incident"]["state"] == "triggered"


async def test_broker_down_is_503_and_says_retry(env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    loop.broken = True
    doc = await call(client, "POST", f"/api/incidents/{inc.id}/ack", status=503)
    assert "Idempotency-Key" in doc["detail"]


# ------------------------------------------------------------------------------ silences

async def test_silence_one_brand_mutes_its_pages_and_can_be_removed(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    doc = await call(client, "POST", "/api/silences", headers={"Idempotency-Key": "s-1"},
                     json={"brand": "vkusno", "kind": "volume_spike", "duration": "2h",
                           "comment": "TV segment tonight", "by": "anna"})
    sid = doc["silence"]["id"]
    assert sid.startswith("sil-") and doc["silence"]["brands"] == ["vkusno"]
    assert [(r["brand"], r["status"]) for r in doc["results"]] == [("vkusno", "ok")]
    assert loop.open(signal(kind="volume_spike")).silenced_by == sid
    assert [n.event for n in loop.notifications] == []  # silenced: nobody paged
    listed = (await call(client, "GET", "/api/silences"))["silences"]
    assert [(s["id"], s["kind"], s["comment"], s["created_by"]) for s in listed] == [
        (sid, "volume_spike", "TV segment tonight", "anna")]
    assert listed[0]["ends_ms"] - listed[0]["starts_ms"] == 2 * 3_600_000
    again = await call(client, "POST", "/api/silences", headers={"Idempotency-Key": "s-1"},
                       json={"brand": "vkusno", "kind": "volume_spike", "duration": "2h"})
    assert again["silence"]["id"] == sid  # same key, same silence
    assert len(loop.states["vkusno"].silences) == 1

    gone = await call(client, "DELETE", f"/api/silences/{sid}")
    assert [(r["brand"], r["status"]) for r in gone["results"]] == [("vkusno", "ok")]
    assert (await call(client, "GET", "/api/silences"))["silences"] == []
    assert [n.event for n in loop.notifications] == ["trigger"]  # released at once
    await call(client, "DELETE", f"/api/silences/{sid}", status=404)


async def test_all_brands_silence_is_one_action_per_brand_listed_once(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    doc = await call(client, "POST", "/api/silences",
                     json={"brand": "*", "author": "@troll", "duration": "30m"})
    assert sorted(r["brand"] for r in doc["results"]) == ["teremok", "vkusno"]
    assert sorted(a.brand for a in loop.actions()) == ["teremok", "vkusno"]
    (listed,) = (await call(client, "GET", "/api/silences"))["silences"]
    assert listed["brands"] == ["teremok", "vkusno"] and listed["author"] == "@troll"
    only = (await call(client, "GET", "/api/silences?brand=teremok"))["silences"]
    assert only[0]["brands"] == ["teremok"]
    gone = await call(client, "DELETE", f"/api/silences/{listed['id']}")
    assert len(gone["results"]) == 2


async def test_silence_an_incident_by_id(env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open(signal(kind="viral_story", group="story-42"))
    doc = await call(client, "POST", "/api/silences",
                     json={"incident_id": inc.id, "duration": "3h", "by": "anna"})
    assert doc["action"]["status"] == "ok" and doc["action"]["silence_id"].startswith("sil-")
    assert doc["incident"]["silenced_by"] == doc["action"]["silence_id"]
    (s,) = (await call(client, "GET", "/api/silences"))["silences"]
    assert (s["brands"], s["kind"], s["group"]) == (["vkusno"], "viral_story", "story-42")
    await call(client, "POST", "/api/silences", json={"incident_id": inc.id, "kind": "x"},
               status=400)
    await call(client, "POST", "/api/silences", json={"incident_id": "vkusno.x.0.9"},
               status=404)


@pytest.mark.parametrize("body", [
    {"brand": "nope", "duration": "1h"},
    {"kind": "volume_spke", "duration": "1h"},
    {"brand": "vkusno"},
    {"brand": "vkusno", "duration": "1h", "ends": 4_102_444_800_000},
    {"brand": "vkusno", "duration": "eternity"},
    {"brand": "vkusno", "duration": "100d"},
    {"brand": "vkusno", "ends": "2001-01-01T00:00:00Z"},
    {"brand": "vkusno", "ends": "tomorrow"},
    {"brand": "vkusno", "duration": "1h", "text": "  "},
    {"brand": "vkusno", "duration": "1h", "group": 5},
])
async def test_bad_silences_are_rejected_before_anything_is_published(
        env: tuple[TestClient, EngineLoop], body: dict[str, Any]) -> None:
    client, loop = env
    doc = await call(client, "POST", "/api/silences", json=body, status=400)
    assert doc["detail"]
    assert loop.published == []
