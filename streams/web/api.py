"""The worker's action API and chat/paging endpoints (`register_routes`, wired through
`rt.web.routes`).

REST, behind a bearer token from the variable named by `worker.api_token_env` (compared in
constant time; unset = every /api route answers 503, never open):

    GET    /api/incidents            ?state=open|triggered|acknowledged|resolved|all
                                     &brand=&severity=(minimum)&limit=
    GET    /api/incidents/{id}       with its timeline
    POST   /api/incidents/{id}/ack | /resolve | /note   {"by", "text"}
    GET    /api/silences             ?brand=
    POST   /api/silences             {"brand" ("*" = all), "kind", "group", "author", "text",
                                      "starts", "ends" | "duration", "comment", "by"}
                                     or {"incident_id", "duration"}
    DELETE /api/silences/{id}        ?brand=

Every action is produced to `actions` (key: brand) and durable before we wait; its id comes
from the `Idempotency-Key` header (else random), so a retried request is a duplicate the engine
ignores. The answer waits up to `WAIT_S` for the engine's verdict: 200 (ok / noop), 404, 422,
or 202 with the action id when it has not been applied yet. Reads come from the worker's
`IncidentStore`, a view of the whole `incidents` topic (503 until it has caught up).
"""

from __future__ import annotations

import asyncio
import hmac
import os
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import faust
import msgspec
import structlog
from aiohttp import web
from aiokafka.errors import KafkaError

from alerts.model import Action, ActionKind
from alerts.render import Links
from detectors.model import Severity
from streams.ops import logs
from streams.pipeline.runtime import Runtime, now_ms
from streams.web import api_inbound
from streams.web.actions import ActionBus, faust_publisher
from streams.web.api_json import (
    MAX_BY,
    MAX_TEXT,
    STATES,
    BadRequest,
    Brands,
    duration_field,
    incident_json,
    outcome_json,
    select,
    silences_from,
    silences_json,
    text_field,
)
from streams.web.incident_view import ActionOutcome, IncidentStore, IncidentView
from streams.web.ingest_http import read_body

log = structlog.get_logger("crisiswatch.api")

MAX_BODY = 64 * 1024
WAIT_S = 5.0  # how long an API call waits for the engine's answer before a 202
PUBLISH_S = 5.0
VIAS = frozenset({"api", "cli", "console"})
_IDEMPOTENCY = re.compile(r"[A-Za-z0-9._:-]{1,128}")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Api:
    """What the handlers share; tests build one around a fake publisher."""

    bus: ActionBus
    store: IncidentStore
    brands: Brands
    links: Links
    token_env: str
    wait_s: float = WAIT_S


def error(status: int, code: str, detail: str, **headers: str) -> web.Response:
    return web.json_response({"error": code, "detail": detail}, status=status,
                             headers=headers or None)


def _bearer_ok(header: str, token: str) -> bool:
    scheme, _, value = header.partition(" ")
    given = value.strip().encode()
    return scheme.lower() == "bearer" and hmac.compare_digest(given, token.encode())


def guarded(api: Api, handler: Handler) -> Handler:
    """Bearer auth, then the view must be ready; bad input becomes a 400."""

    async def wrapped(request: web.Request) -> web.StreamResponse:
        token = os.environ.get(api.token_env, "").strip()
        if not token:
            return error(503, "disabled", f"API disabled: set {api.token_env}")
        logs.register_secret(token)
        if not _bearer_ok(request.headers.get("Authorization", ""), token):
            log.warning("api.unauthorized", path=request.path, remote=request.remote)
            return error(401, "unauthorized", "missing or wrong bearer token",
                         **{"WWW-Authenticate": 'Bearer realm="crisiswatch"'})
        if not api.store.ready:
            return error(503, "loading", "incidents are still loading; retry in a moment",
                         **{"Retry-After": "1"})
        try:
            return await handler(request)
        except BadRequest as exc:
            return error(exc.status, "too_large" if exc.status == 413 else "bad_request",
                         str(exc))
        except (KafkaError, TimeoutError) as exc:
            log.error("api.kafka_failed", path=request.path, error=type(exc).__name__)
            return error(503, "kafka_unavailable", "the action could not be stored; retry "
                         "with the same Idempotency-Key", **{"Retry-After": "2"})

    return wrapped


async def json_body(request: web.Request) -> dict[str, Any]:
    try:
        raw = await read_body(request, MAX_BODY)
    except web.HTTPRequestEntityTooLarge:
        too_large = BadRequest(f"the body exceeds {MAX_BODY} bytes")
        too_large.status = 413
        raise too_large from None
    if not raw.strip():
        return {}
    try:
        doc = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        raise BadRequest("the body is not JSON") from None
    if not isinstance(doc, dict):
        raise BadRequest("the body must be a JSON object")
    return doc


def request_key(request: web.Request) -> str:
    """The client's Idempotency-Key, or a fresh one (then a retry is a new action)."""
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return uuid.uuid4().hex
    if not _IDEMPOTENCY.fullmatch(key):
        raise BadRequest("Idempotency-Key: 1-128 of A-Z a-z 0-9 . _ : -")
    return key


def _who(body: dict[str, Any]) -> tuple[str, str]:
    by = text_field(body, "by", MAX_BY) or "api"
    via = body.get("via", "api")
    return by, via if via in VIAS else "api"


_STATUS = {"ok": 200, "noop": 200, "not_found": 404, "invalid": 422}


class Routes:
    def __init__(self, api: Api) -> None:
        self.api = api

    async def list_incidents(self, request: web.Request) -> web.Response:
        q = request.query
        state = q.get("state", "all")
        if state not in STATES:
            raise BadRequest(f"state: one of {', '.join(STATES)}")
        try:
            severity = Severity.parse(q["severity"]) if q.get("severity") else None
            limit = int(q.get("limit", "100"))
        except ValueError as exc:
            raise BadRequest(str(exc)) from None
        if not 1 <= limit <= 1000:
            raise BadRequest("limit: 1..1000")
        page, total = select(self.api.store.incidents.values(), state=state,
                             brand=q.get("brand") or None, min_severity=severity, limit=limit)
        now = now_ms()
        return web.json_response({
            "incidents": [incident_json(i, self.api.brands, self.api.links, now, timeline=False)
                          for i in page], "count": len(page), "total": total})

    async def show_incident(self, request: web.Request) -> web.Response:
        inc = self.api.store.get(request.match_info["id"])
        if inc is None:
            return error(404, "not_found", "no such incident")
        return web.json_response({"incident": incident_json(
            inc, self.api.brands, self.api.links, now_ms(), timeline=True)})

    def incident_action(self, kind: ActionKind) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            incident_id = request.match_info["id"]
            body = await json_body(request)
            inc = self.api.store.get(incident_id)
            if inc is None:
                return error(404, "not_found", "no such incident")
            text = text_field(body, "text", MAX_TEXT, required=kind == "note") or ""
            occurrence = body.get("occurrence")
            if occurrence is not None and (not isinstance(occurrence, int) or occurrence < 1):
                raise BadRequest("`occurrence` must be a positive integer")
            by, via = _who(body)
            action = Action(id=f"{via}:{kind}:{incident_id}:{request_key(request)}", kind=kind,
                            brand=inc.brand, at_ms=now_ms(), by=by, via=via,
                            incident_id=incident_id, text=text, occurrence=occurrence)
            return await self.submit(action)

        return handler

    async def submit(self, action: Action) -> web.Response:
        api = self.api
        await api.bus.publish(action, PUBLISH_S)
        outcome = await api.bus.answer(action.id, api.wait_s)
        log.info("api.action", action=action.kind, incident=action.incident_id, by=action.by,
                 via=action.via, status=outcome.status if outcome else "pending")
        incident = await api.bus.settled(outcome) if outcome else api.store.get(
            action.incident_id or "")
        doc = {"action": outcome_json(outcome, action.id, action.kind),
               "incident": incident_json(incident, api.brands, api.links, now_ms(),
                                         timeline=True) if incident else None}
        return web.json_response(doc, status=_STATUS[outcome.status] if outcome else 202)

    async def list_silences(self, request: web.Request) -> web.Response:
        brand = request.query.get("brand") or None
        found = self.api.store.active_silences([brand] if brand else None)
        return web.json_response({"silences": silences_json(found)})

    async def create_silence(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        key = request_key(request)
        by, via = _who(body)
        incident_id = text_field(body, "incident_id", 300)
        if incident_id is not None:
            return await self._silence_incident(incident_id, body, key, by, via)
        silence_id = "sil-" + uuid.uuid5(uuid.NAMESPACE_URL, key).hex[:10]
        made = silences_from(body, self.api.brands, silence_id, now_ms(), by)
        actions = [Action(id=f"{via}:silence:{s.brand}:{silence_id}", kind="silence",
                          brand=s.brand or "", at_ms=now_ms(), by=by, via=via, silence=s)
                   for s in made]
        doc, status = await self.submit_all(actions)
        doc["silence"] = silences_json(made)[0]
        return web.json_response(doc, status=status)

    async def _silence_incident(self, incident_id: str, body: dict[str, Any], key: str, by: str,
                                via: str) -> web.StreamResponse:
        if any(body.get(k) for k in ("brand", "kind", "group", "author", "text", "ends")):
            raise BadRequest("`incident_id` silences that incident's brand, kind and group; "
                             "give only `duration` with it")
        inc = self.api.store.get(incident_id)
        if inc is None:
            return error(404, "not_found", "no such incident")
        duration_field(body)  # validated here, applied by the engine
        action = Action(id=f"{via}:silence:{incident_id}:{key}", kind="silence",
                        brand=inc.brand, at_ms=now_ms(), by=by, via=via,
                        incident_id=incident_id, text=text_field(body, "duration", 32) or "1h")
        return await self.submit(action)

    async def delete_silence(self, request: web.Request) -> web.StreamResponse:
        silence_id = request.match_info["id"]
        wanted = request.query.get("brand")
        brands = sorted({s.brand for s in self.api.store.active_silences(
            [wanted] if wanted else None) if s.id == silence_id and s.brand})
        if not brands:
            return error(404, "not_found", f"no active silence {silence_id}")
        key = request_key(request)
        body = await json_body(request)
        by, via = _who(body)
        actions = [Action(id=f"{via}:unsilence:{b}:{silence_id}:{key}", kind="unsilence",
                          brand=b, at_ms=now_ms(), by=by, via=via, silence_id=silence_id)
                   for b in brands]
        doc, status = await self.submit_all(actions)
        return web.json_response(doc, status=status)

    async def submit_all(self, actions: list[Action]) -> tuple[dict[str, Any], int]:
        """One action per brand, all durable first, then answers within one shared wait."""
        for action in actions:
            await self.api.bus.publish(action, PUBLISH_S)
        answers: list[ActionOutcome | None] = list(await asyncio.gather(
            *(self.api.bus.answer(a.id, self.api.wait_s) for a in actions)))
        results = [{"brand": a.brand, **outcome_json(o, a.id, a.kind)}
                   for a, o in zip(actions, answers, strict=True)]
        log.info("api.actions", action=actions[0].kind if actions else "", brands=len(actions),
                 statuses=sorted({r["status"] for r in results}))
        done = [o for o in answers if o is not None]
        if len(done) < len(answers):
            return {"results": results}, 202
        codes = {_STATUS[o.status] for o in done}
        return {"results": results}, 200 if 200 in codes or not codes else min(codes)


def build_api(rt: Runtime, bus: ActionBus, store: IncidentStore) -> Api:
    cfg = rt.config
    return Api(bus=bus, store=store,
               brands=Brands({b.id: b.name for b in cfg.specs},
                             {b.id: b.language for b in cfg.specs}),
               links=Links(console_url=cfg.console_url, grafana_url=cfg.links.grafana_url),
               token_env=cfg.worker.api_token_env)


def shared(app: faust.App, rt: Runtime) -> tuple[IncidentStore, ActionBus]:
    """The worker's `IncidentStore` (its view of `incidents` starts with the worker) and
    `ActionBus`, made once. Tests put their own in `rt.web` to run without Kafka."""
    store = rt.web.incident_store
    if store is None:
        store = rt.web.incident_store = IncidentStore()
        publish = faust_publisher(app)

        async def tombstone(topic: str, key: bytes) -> None:
            await publish(topic, key, None)

        view = IncidentView(store, rt.bootstrap, rt.topics.incidents, rt.config.kafka,
                            tombstone=tombstone)
        app.task(view.run)
    bus = rt.web.action_bus
    if bus is None:
        bus = rt.web.action_bus = ActionBus(faust_publisher(app), rt.topics.actions, store)
    return store, bus


def register_routes(app: faust.App, rt: Runtime, router: web.UrlDispatcher) -> None:
    """Routes on the worker's web app, over `shared`'s store and bus."""
    if "api" in rt.web.registered:
        return
    rt.web.registered.add("api")
    store, bus = shared(app, rt)
    api = build_api(rt, bus, store)
    api.wait_s = WAIT_S if rt.web.api_wait_s is None else rt.web.api_wait_s
    routes = Routes(api)

    def add(method: str, path: str, handler: Handler) -> None:
        router.add_route(method, path, guarded(api, handler))

    add("GET", "/api/incidents", routes.list_incidents)
    add("GET", "/api/incidents/{id}", routes.show_incident)
    verbs: tuple[ActionKind, ...] = ("ack", "resolve", "note")
    for verb in verbs:
        add("POST", f"/api/incidents/{{id}}/{verb}", routes.incident_action(verb))
    add("GET", "/api/silences", routes.list_silences)
    add("POST", "/api/silences", routes.create_silence)
    add("DELETE", "/api/silences/{id}", routes.delete_silence)
    api_inbound.register(router, rt, api.bus, api.store)
