"""The web console served by the worker, and the two API routes only it needs.

    GET /console, /console/incidents/{id}   the page (the second opens with that incident
                                            selected: the link in Slack, PagerDuty, Telegram)
    GET /console/static/{file}              its script, style sheet and icon
    GET /api/brands                         configured brands with their last hour of volume
    GET /api/events                         live changes, Server-Sent Events (see below)

The page is static: one HTML file, one script, one style sheet from `streams/web/console/`, no
build step, nothing from elsewhere; a strict Content-Security-Policy (no inline script or
style, no framing). Everything it shows comes from the bearer-token API (the CLI's token; the
page asks for it once per browser tab and keeps it in sessionStorage) and it acts through the
same routes as the CLI (`POST /api/incidents/{id}/ack` ... with an `Idempotency-Key`).

Live updates. EventSource cannot send an `Authorization` header, and a token in the URL would
end up in logs and history; so the page reads `GET /api/events` with fetch() (header and all)
as a stream of Server-Sent Events:

    event: hello       {"heartbeat_s": 15}                  once, then the page (re)loads lists
    event: incidents   {"incidents": [summary...], "removed": [id...]}   after each change
    event: brands      {"brands": [volume snapshot...]}                 after each change
    event: reload      {}                                    too much at once: fetch again
    : ping                                                   every 15 s of quiet

Incident changes come from the incident view's change hook (`IncidentStore.subscribe`), volume
changes from the volume view's; each change is rendered once and fanned out to every open
stream through a bounded queue (a stream that falls behind gets `reload` instead of a backlog).
The token is checked again on every heartbeat (a rotated token ends old streams), streams end
after `MAX_STREAM_S` and on shutdown; the page reconnects with backoff and refetches.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

import faust
import msgspec
import structlog
from aiohttp import web

from alerts.model import Incident
from streams.pipeline.codecs import json_encoder
from streams.pipeline.runtime import Runtime, now_ms
from streams.web import api
from streams.web.api_json import incident_json
from streams.web.incident_view import IncidentStore
from streams.web.volume_view import VolumeStore, volume_store

log = structlog.get_logger("crisiswatch.console")

HEARTBEAT_S: Final = 15.0
MAX_STREAM_S: Final = 3600.0  # then the page reconnects (and is authorised again)
MAX_STREAMS: Final = 64  # open event streams per worker
QUEUE_FRAMES: Final = 256  # frames a slow stream may fall behind before it gets `reload`
MAX_PUSH: Final = 200  # more incidents changed at once than this: `reload`

CSP: Final = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
              "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
              "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS: Final = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}
ASSET_TYPES: Final = {
    "console.js": "text/javascript; charset=utf-8",
    "console.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}


@dataclass(frozen=True)
class Asset:
    body: bytes
    content_type: str
    etag: str


def load_assets() -> tuple[Asset, dict[str, Asset]]:
    """The page and its files, read once from the package."""
    root = resources.files("streams.web.console")

    def asset(name: str, content_type: str) -> Asset:
        body = root.joinpath(name).read_bytes()
        return Asset(body, content_type, '"' + hashlib.sha256(body).hexdigest()[:20] + '"')

    page = asset("index.html", "text/html; charset=utf-8")
    return page, {name: asset(name, kind) for name, kind in ASSET_TYPES.items()}


def serve(asset: Asset, request: web.Request, cache: str) -> web.Response:
    headers = {**SECURITY_HEADERS, "Cache-Control": cache, "ETag": asset.etag}
    if request.headers.get("If-None-Match") == asset.etag:
        return web.Response(status=304, headers=headers)
    return web.Response(body=asset.body, headers={**headers, "Content-Type": asset.content_type})


def sse(event: str, data: Any) -> bytes:
    """One Server-Sent Event; compact JSON has no raw newline, so one `data:` line."""
    return b"event: " + event.encode() + b"\ndata: " + json_encoder.encode(data) + b"\n\n"


RELOAD: Final = sse("reload", {})
PING: Final = b": ping\n\n"
Frame = bytes | None  # None ends the stream


class EventHub:
    """Fans incident and volume changes out to the open event streams."""

    def __init__(self, store: IncidentStore, volumes: VolumeStore,
                 render: Callable[[Incident], dict[str, Any]], *,
                 max_streams: int = MAX_STREAMS, queue_frames: int = QUEUE_FRAMES) -> None:
        self._store = store
        self._volumes = volumes
        self._render = render
        self._max = max_streams
        self._queue_frames = queue_frames
        self._streams: set[asyncio.Queue[Frame]] = set()
        self.closing = False
        store.subscribe(self._on_incidents)
        volumes.subscribe(self._on_volume)

    def __len__(self) -> int:
        return len(self._streams)

    def open(self) -> asyncio.Queue[Frame] | None:
        """A new stream's queue, or None when closing or full."""
        if self.closing or len(self._streams) >= self._max:
            return None
        queue: asyncio.Queue[Frame] = asyncio.Queue(self._queue_frames)
        self._streams.add(queue)
        return queue

    def close(self, queue: asyncio.Queue[Frame]) -> None:
        self._streams.discard(queue)

    def close_all(self) -> None:
        """Shutdown: every stream ends now."""
        self.closing = True
        for queue in list(self._streams):
            _replace(queue, None)

    def _on_incidents(self, ids: frozenset[str]) -> None:
        if not self._streams:
            return
        if len(ids) > MAX_PUSH:
            self._broadcast(RELOAD)
            return
        changed, removed = [], []
        for incident_id in sorted(ids):
            inc = self._store.get(incident_id)
            if inc is None:
                removed.append(incident_id)
            else:
                changed.append(self._render(inc))
        self._broadcast(sse("incidents", {"incidents": changed, "removed": removed}))

    def _on_volume(self, brands: frozenset[str]) -> None:
        if not self._streams:
            return
        snaps = [s for s in (self._volumes.get(b) for b in sorted(brands)) if s is not None]
        if snaps:
            self._broadcast(sse("brands", {"brands": msgspec.to_builtins(snaps)}))

    def _broadcast(self, frame: bytes) -> None:
        for queue in list(self._streams):
            try:
                queue.put_nowait(frame)
            except asyncio.QueueFull:  # too far behind: start over rather than queue more
                _replace(queue, RELOAD)


def _replace(queue: asyncio.Queue[Frame], frame: Frame) -> None:
    while not queue.empty():
        queue.get_nowait()
    queue.put_nowait(frame)


def _token_ok(request: web.Request, token_env: str) -> bool:
    token = os.environ.get(token_env, "").strip()
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return bool(token) and scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode(), token.encode())


class ConsoleRoutes:
    def __init__(self, rt: Runtime, hub: EventHub, volumes: VolumeStore, token_env: str,
                 heartbeat_s: float = HEARTBEAT_S, max_stream_s: float = MAX_STREAM_S) -> None:
        self.rt = rt
        self.hub = hub
        self.volumes = volumes
        self.token_env = token_env
        self.heartbeat_s = heartbeat_s
        self.max_stream_s = max_stream_s
        self.page, self.assets = load_assets()

    async def page_view(self, request: web.Request) -> web.Response:
        return serve(self.page, request, "no-store")

    async def asset_view(self, request: web.Request) -> web.Response:
        asset = self.assets.get(request.match_info["name"])
        if asset is None:
            raise web.HTTPNotFound(headers=SECURITY_HEADERS)
        return serve(asset, request, "no-cache")

    async def brands(self, request: web.Request) -> web.Response:
        doc = {"ready": self.volumes.ready, "brands": [
            {"id": s.id, "name": s.name, "language": s.language,
             "series": self.volumes.get(s.id)} for s in self.rt.config.specs]}
        return web.Response(body=json_encoder.encode(doc), content_type="application/json",
                            headers={"Cache-Control": "no-store"})

    async def events(self, request: web.Request) -> web.StreamResponse:
        queue = self.hub.open()
        if queue is None:
            return api.error(503, "busy", "too many open event streams; retry later",
                             **{"Retry-After": "5"})
        resp = web.StreamResponse(headers={
            "Content-Type": "text/event-stream; charset=utf-8",
            "Cache-Control": "no-store", "X-Accel-Buffering": "no",
            "X-Content-Type-Options": "nosniff"})
        try:
            await resp.prepare(request)
            await resp.write(sse("hello", {"heartbeat_s": self.heartbeat_s}))
            loop = asyncio.get_running_loop()
            ends = loop.time() + self.max_stream_s
            check_at = loop.time() + self.heartbeat_s
            while loop.time() < ends:
                try:
                    frame = await asyncio.wait_for(queue.get(), self.heartbeat_s)
                except TimeoutError:
                    frame = PING
                if frame is None:
                    break
                if loop.time() >= check_at:  # busy or quiet, once per heartbeat
                    if not _token_ok(request, self.token_env):
                        break  # rotated or unset: the page reconnects and is refused
                    check_at = loop.time() + self.heartbeat_s
                await resp.write(frame)
        except ConnectionError:  # the page went away
            pass
        finally:
            self.hub.close(queue)
        return resp


def register_routes(app: faust.App, rt: Runtime, router: web.UrlDispatcher) -> None:
    """The console's routes; registers the API first (idempotent), whose store and token the
    console shares. Tests put stores in `rt.web` and pass `app=None`."""
    if "console" in rt.web.registered:
        return
    rt.web.registered.add("console")
    api.register_routes(app, rt, router)
    store, bus = api.shared(app, rt)
    volumes = volume_store(app, rt)
    core = api.build_api(rt, bus, store)

    def render(inc: Incident) -> dict[str, Any]:
        return incident_json(inc, core.brands, core.links, now_ms(), timeline=False)

    hub = rt.web.console_hub = EventHub(store, volumes, render)
    heartbeat_s = rt.web.console_heartbeat_s
    routes = ConsoleRoutes(rt, hub, volumes, core.token_env,
                           heartbeat_s=HEARTBEAT_S if heartbeat_s is None else heartbeat_s)
    if app is not None:
        async def on_shutdown(_: web.Application) -> None:
            hub.close_all()

        app.web.web_app.on_shutdown.append(on_shutdown)

    router.add_get("/console", routes.page_view)
    router.add_get("/console/", routes.page_view)
    router.add_get("/console/incidents/{id}", routes.page_view)
    router.add_get("/console/static/{name}", routes.asset_view)
    router.add_get("/api/brands", api.guarded(core, routes.brands))
    router.add_get("/api/events", api.guarded(core, routes.events))
