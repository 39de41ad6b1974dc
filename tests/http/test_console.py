"""The web console's HTTP side without a broker: the page and its files with strict security
headers, `GET /api/brands`, and the live event stream fed by the incident and volume views
(the real engine behind the API, as in test_api.py; tests/e2e/test_console.py clicks through
it in Chromium on a real worker)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from importlib import resources
from typing import Any

import msgspec
import pytest
from aiohttp.test_utils import TestClient, TestServer

from detectors.volume_series import VolumeSnapshot
from streams.web import console_routes
from streams.web.console_routes import CSP, EventHub
from streams.web.volume_view import VolumeStore
from tests.http.api_loop import TOKEN, EngineLoop, auth, build_app, signal

pytestmark = pytest.mark.http

MIN = 60_000
PAGES = ("/console", "/console/", "/console/incidents/vkusno.negative_spike.0a1b2c3d4e5f.1")


class Console:
    def __init__(self, client: TestClient, loop: EngineLoop, volumes: VolumeStore,
                 hub: EventHub) -> None:
        self.client, self.loop, self.volumes, self.hub = client, loop, volumes, hub


@pytest.fixture
async def console(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Console]:
    monkeypatch.setenv("CW_TEST_API_TOKEN", TOKEN)
    app, loop = build_app()
    volumes = VolumeStore()
    volumes.ready = True
    loop.rt.web.volume_store = volumes
    loop.rt.web.console_heartbeat_s = 0.2
    console_routes.register_routes(None, loop.rt, app.router)
    hub = loop.rt.web.console_hub
    assert hub is not None
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        yield Console(client, loop, volumes, hub)
    finally:
        hub.close_all()
        await client.close()


def snapshot(brand: str = "vkusno", **kw: Any) -> VolumeSnapshot:
    fields: dict[str, Any] = dict(
        brand=brand, interval_ms=MIN, detector_interval_ms=MIN,
        points=[(1_000 * MIN, 3, 1), (1_001 * MIN, None, None), (1_002 * MIN, 40, 31)],
        expected=2.5, expected_negative=0.4, baseline="weekly", open_ms=1_002 * MIN,
        updated_ms=7)
    fields.update(kw)
    return VolumeSnapshot(**fields)


# ------------------------------------------------------------------------------ the page

@pytest.mark.parametrize("path", PAGES)
async def test_the_page_is_served_with_strict_security_headers(console: Console,
                                                              path: str) -> None:
    resp = await console.client.get(path)
    assert resp.status == 200 and resp.content_type == "text/html"
    h = resp.headers
    assert h["Content-Security-Policy"] == CSP
    assert "default-src 'self'" in CSP and "frame-ancestors 'none'" in CSP
    assert "unsafe-inline" not in CSP and "unsafe-eval" not in CSP
    assert (h["X-Content-Type-Options"], h["Referrer-Policy"], h["X-Frame-Options"]) == (
        "nosniff", "no-referrer", "DENY")
    assert h["Cache-Control"] == "no-store"
    html = await resp.text()
    assert '<script src="/console/static/console.js" defer></script>' in html


def test_the_page_has_no_inline_script_or_style_and_loads_nothing_from_elsewhere() -> None:
    root = resources.files("streams.web.console")
    html = root.joinpath("index.html").read_text()
    js = re.sub(r"^\s*//.*$", "", root.joinpath("console.js").read_text(), flags=re.M)
    css = root.joinpath("console.css").read_text()
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)
    assert scripts == [""]  # one script, from a file
    assert not re.search(r"<style|\sstyle=|\son[a-z]+=", html)
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert not re.search(r"url\(|@import", css)
    # User-supplied text only ever goes in as text: no HTML parsing sinks, no eval.
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setAttribute(\"on", "javascript:"):
        assert sink not in js, sink
    assert "textContent" in js and "createTextNode" in js
    # The token is sent as a header to this origin only, kept per tab.
    assert "sessionStorage.setItem(TOKEN_KEY" in js and "localStorage.setItem(TOKEN_KEY" not in js
    assert re.findall(r"fetch\(\s*\"(/[^\"]*)\"", js) == ["/api/incidents?limit=1", "/api/events"]


async def test_static_files_have_types_etags_and_nothing_else_is_served(
        console: Console) -> None:
    client = console.client
    for name, kind in (("console.js", "text/javascript"), ("console.css", "text/css"),
                       ("favicon.svg", "image/svg+xml")):
        resp = await client.get(f"/console/static/{name}")
        assert resp.status == 200 and resp.content_type == kind, name
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
        etag = resp.headers["ETag"]
        again = await client.get(f"/console/static/{name}", headers={"If-None-Match": etag})
        assert again.status == 304 and await again.read() == b""
    for bad in ("nope.js", "..%2Fapi.py", "index.html", "__init__.py"):
        assert (await client.get(f"/console/static/{bad}")).status == 404, bad


# ------------------------------------------------------------------------------ /api/brands

async def test_brands_need_the_token_and_carry_their_last_hour(console: Console) -> None:
    client = console.client
    assert (await client.get("/api/brands")).status == 401
    assert (await client.get("/api/brands", headers=auth(TOKEN + "x"))).status == 401
    console.volumes.put(snapshot())
    resp = await client.get("/api/brands", headers=auth())
    assert resp.status == 200
    doc = await resp.json()
    assert doc["ready"] is True
    by_id = {b["id"]: b for b in doc["brands"]}
    assert list(by_id) == ["vkusno", "teremok"]  # the configured brands, in config order
    assert by_id["teremok"] == {"id": "teremok", "name": "Теремок", "language": "ru",
                                "series": None}
    series = by_id["vkusno"]["series"]
    assert series["points"] == [[1_000 * MIN, 3, 1], [1_001 * MIN, None, None],
                                [1_002 * MIN, 40, 31]]
    assert (series["expected"], series["baseline"], series["interval_ms"]) == (
        2.5, "weekly", MIN)


async def test_brands_and_events_are_closed_without_a_configured_token(
        console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CW_TEST_API_TOKEN")
    for path in ("/api/brands", "/api/events"):
        resp = await console.client.get(path, headers=auth())
        assert resp.status == 503, path


# ------------------------------------------------------------------------------ /api/events

class Stream:
    def __init__(self, resp: Any) -> None:
        self.resp = resp

    async def next(self, wait_s: float = 5.0) -> tuple[str, Any]:
        """(event name, decoded data); ("ping", None) for a heartbeat comment, ("end", None)
        once the server ended the stream."""
        raw = await asyncio.wait_for(self.resp.content.readuntil(b"\n\n"), wait_s)
        text = raw.decode()
        if not text:
            return "end", None
        if text.startswith(":"):
            return "ping", None
        name = re.search(r"^event: (.*)$", text, re.M)
        data = re.search(r"^data: (.*)$", text, re.M)
        assert name and data, text
        return name.group(1), msgspec.json.decode(data.group(1))

    async def until(self, event: str) -> Any:
        for _ in range(50):
            name, data = await self.next()
            if name == event:
                return data
        raise AssertionError(f"no {event} event")


async def open_stream(console: Console) -> Stream:
    resp = await console.client.get("/api/events", headers=auth())
    assert resp.status == 200, await resp.text()
    assert resp.headers["Content-Type"] == "text/event-stream; charset=utf-8"
    assert resp.headers["Cache-Control"] == "no-store"
    stream = Stream(resp)
    assert await stream.next() == ("hello", {"heartbeat_s": 0.2})
    return stream


async def test_events_need_the_token(console: Console) -> None:
    assert (await console.client.get("/api/events")).status == 401
    console.loop.store.ready = False
    assert (await console.client.get("/api/events", headers=auth())).status == 503


async def test_incident_changes_are_pushed_as_they_happen(console: Console) -> None:
    stream = await open_stream(console)
    inc = console.loop.open(signal())
    doc = await stream.until("incidents")
    (pushed,) = doc["incidents"]
    assert doc["removed"] == []
    assert (pushed["id"], pushed["state"], pushed["severity"]) == (inc.id, "triggered", "error")
    assert pushed["headline"].startswith("Negative mentions spike")
    assert pushed["mentions"][0]["text"] == "<!channel> охранник выгнал бабушку"  # raw text
    assert "timeline" not in pushed
    # An ack through the API (as the console sends it) is pushed to every open stream.
    other = await open_stream(console)
    resp = await console.client.post(f"/api/incidents/{inc.id}/ack",
                                     json={"by": "anna", "via": "console"},
                                     headers={**auth(), "Idempotency-Key": "console-1"})
    assert resp.status == 200
    for s in (stream, other):
        doc = await s.until("incidents")
        assert [(i["id"], i["state"], i["acked_by"]) for i in doc["incidents"]] == [
            (inc.id, "acknowledged", "anna")]
    assert console.loop.actions()[-1].via == "console"
    console.loop.store.apply(inc.id.encode(), None)
    console.loop.store.changed()
    assert await stream.until("incidents") == {"incidents": [], "removed": [inc.id]}


async def test_volume_changes_are_pushed_and_quiet_streams_get_heartbeats(
        console: Console) -> None:
    stream = await open_stream(console)
    assert await stream.next() == ("ping", None)  # 0.2 s of quiet
    console.volumes.put(snapshot(expected=3.0))
    doc = await stream.until("brands")
    assert [(b["brand"], b["expected"]) for b in doc["brands"]] == [("vkusno", 3.0)]


async def test_a_rotated_token_ends_the_stream(console: Console,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    quiet, busy = await open_stream(console), await open_stream(console)
    monkeypatch.setenv("CW_TEST_API_TOKEN", "a-new-token-0123456789")

    async def chatter() -> None:  # changes keep coming: no quiet heartbeat on `busy`
        for i in range(100):
            console.volumes.put(snapshot(updated_ms=i))
            await asyncio.sleep(0.02)

    task = asyncio.create_task(chatter())
    assert await quiet.until("end") is None
    assert await busy.until("end") is None
    task.cancel()
    assert len(console.hub) == 0


async def test_streams_are_bounded_and_end_on_shutdown(console: Console) -> None:
    console.hub._max = 2
    first, second = await open_stream(console), await open_stream(console)
    busy = await console.client.get("/api/events", headers=auth())
    assert busy.status == 503 and busy.headers["Retry-After"] == "5"
    console.hub.close_all()
    for s in (first, second):
        assert await s.until("end") is None
    assert (await console.client.get("/api/events", headers=auth())).status == 503


async def test_a_stream_that_falls_behind_is_told_to_reload(console: Console) -> None:
    hub = EventHub(console.loop.store, console.volumes, lambda inc: {"id": inc.id},
                   queue_frames=3)
    queue = hub.open()
    assert queue is not None
    for i in range(5):
        console.volumes.put(snapshot(updated_ms=i))
    frames = [queue.get_nowait() for _ in range(queue.qsize())]
    assert frames == [console_routes.RELOAD, *frames[1:]] and len(frames) <= 3
    # Too many incidents at once are not pushed one by one either.
    hub.close(queue)
    queue = hub.open()
    assert queue is not None
    hub._on_incidents(frozenset(f"x{i}" for i in range(console_routes.MAX_PUSH + 1)))
    assert queue.get_nowait() == console_routes.RELOAD
