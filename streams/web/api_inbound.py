"""Slack interactivity, PagerDuty webhooks v3 and Telegram callbacks on the worker.

Each request is verified on its raw body before anything is parsed (alerts/inbound.py), turned
into Actions, made durable on `actions` (key: brand) and answered at once: Slack wants a reply
within 3 s and the message itself is updated by the normal notification path (chat.update).
A request that is unsigned, forged or older than 5 minutes gets 401 and changes nothing; the
log line names the endpoint and the reason, never a header or a secret. An endpoint whose
secret is not set answers 503.

Loop safety with PagerDuty: an ack made in PagerDuty comes back as an action; the engine acks
and tells every receiver already paged, PagerDuty included, which gets one `acknowledge` event
for a dedup_key that is already acknowledged there -- a no-op for PagerDuty, and right when
several PagerDuty services were paged. PagerDuty's own echo of that event carries an
integration agent, which `parse_pagerduty_webhook` drops, and a repeated ack is a no-op in the
engine: nothing loops.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Collection

import msgspec
import structlog
from aiohttp import web
from aiokafka.errors import KafkaError

from alerts.inbound import (
    InboundError,
    parse_pagerduty_webhook,
    parse_slack_interaction,
    parse_telegram_callback,
    verify_pagerduty,
    verify_slack,
    verify_telegram,
)
from alerts.model import Action
from streams.ops import logs, metrics
from streams.pipeline.runtime import Runtime
from streams.web.actions import ActionBus
from streams.web.incident_view import IncidentStore
from streams.web.ingest_http import read_body

log = structlog.get_logger("crisiswatch.inbound")

MAX_BODY = 256 * 1024
SLACK_PUBLISH_S = 2.5  # Slack gives up after 3 s
PUBLISH_S = 5.0
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _reply(status: int, detail: str) -> web.Response:
    return web.json_response({"error": detail} if status >= 400 else {"ok": True},
                             status=status)


async def _body(request: web.Request) -> bytes | web.Response:
    try:
        return await read_body(request, MAX_BODY)
    except web.HTTPRequestEntityTooLarge:
        return _reply(413, f"body over {MAX_BODY} bytes")


def _secret(env: str) -> str:
    """The secret from the environment, masked in every later log line."""
    value = os.environ.get(env, "").strip()
    for part in value.split(","):
        logs.register_secret(part.strip())
    return value


def _rejected(endpoint: str, request: web.Request, exc: InboundError) -> web.Response:
    log.warning("inbound.rejected", endpoint=endpoint, reason=exc.reason, remote=request.remote)
    metrics.INBOUND_REJECTED.labels(endpoint, exc.kind).inc()
    return _reply(401, "signature check failed")


async def _publish(bus: ActionBus, actions: list[Action], brands: Collection[str],
                   endpoint: str, timeout_s: float) -> web.Response | None:
    """None when every action is durable; else the error response."""
    try:
        for action in actions:
            if action.brand not in brands:
                log.warning("inbound.unknown_brand", endpoint=endpoint, brand=action.brand[:64])
                continue
            await bus.publish(action, timeout_s)
            log.info("inbound.action", endpoint=endpoint, action=action.kind, by=action.by,
                     incident=action.incident_id, id=action.id)
    except (KafkaError, TimeoutError) as exc:
        log.error("inbound.kafka_failed", endpoint=endpoint, error=type(exc).__name__)
        return _reply(503, "could not store the action; try again")
    return None


def slack_handler(bus: ActionBus, secret_env: str, brands: Collection[str]) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        secret = _secret(secret_env)
        if not secret:
            return _reply(503, f"Slack interactivity disabled: set {secret_env}")
        body = await _body(request)
        if isinstance(body, web.Response):
            return body
        try:
            verify_slack(secret, request.headers.get("X-Slack-Request-Timestamp"),
                         request.headers.get("X-Slack-Signature"), body, time.time())
        except InboundError as exc:
            return _rejected("slack", request, exc)
        try:
            action = parse_slack_interaction(body, int(time.time() * 1000))
        except InboundError as exc:
            log.info("inbound.ignored", endpoint="slack", reason=exc.reason)
            return _reply(400, exc.reason)
        failed = await _publish(bus, [action], brands, "slack", SLACK_PUBLISH_S)
        return failed or web.Response(status=200)

    return handler


def pagerduty_handler(bus: ActionBus, store: IncidentStore, secret_env: str,
                      brands: Collection[str]) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        secrets = [s.strip() for s in _secret(secret_env).split(",") if s.strip()]
        if not secrets:
            return _reply(503, f"PagerDuty webhook disabled: set {secret_env}")
        body = await _body(request)
        if isinstance(body, web.Response):
            return body
        try:
            verify_pagerduty(secrets, request.headers.get("X-PagerDuty-Signature"), body)
        except InboundError as exc:
            return _rejected("pagerduty", request, exc)
        try:
            actions = parse_pagerduty_webhook(body, int(time.time() * 1000), store.lookup)
        except InboundError as exc:
            log.info("inbound.ignored", endpoint="pagerduty", reason=exc.reason)
            return _reply(400, exc.reason)
        failed = await _publish(bus, actions, brands, "pagerduty", PUBLISH_S)
        return failed or _reply(200, "")

    return handler


def telegram_handler(bus: ActionBus, store: IncidentStore, secret_env: str,
                     brands: Collection[str]) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        secret = _secret(secret_env)
        if not secret:
            return _reply(503, f"Telegram webhook disabled: set {secret_env}")
        try:
            verify_telegram(secret, request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        except InboundError as exc:
            return _rejected("telegram", request, exc)
        body = await _body(request)
        if isinstance(body, web.Response):
            return body
        try:
            update = msgspec.json.decode(body)
        except msgspec.DecodeError:
            return _reply(400, "body is not JSON")
        if not isinstance(update, dict) or "callback_query" not in update:
            return web.json_response({})  # messages and the like: not for us
        try:
            action = parse_telegram_callback(update, int(time.time() * 1000), store.lookup)
        except InboundError as exc:
            log.info("inbound.ignored", endpoint="telegram", reason=exc.reason)
            return web.json_response({})  # 200: Telegram would otherwise redeliver it
        failed = await _publish(bus, [action], brands, "telegram", PUBLISH_S)
        if failed is not None:
            return failed
        # Answering in the webhook reply stops the button's spinner without another API call.
        return web.json_response({"method": "answerCallbackQuery",
                                  "callback_query_id": update["callback_query"].get("id", "")})

    return handler


def register(router: web.UrlDispatcher, rt: Runtime, bus: ActionBus,
             store: IncidentStore) -> None:
    w = rt.config.worker
    brands = frozenset(b.id for b in rt.config.specs)
    router.add_post("/slack/interactivity", slack_handler(bus, w.slack_signing_secret_env, brands))
    router.add_post("/pagerduty/webhook",
                    pagerduty_handler(bus, store, w.pagerduty_webhook_secret_env, brands))
    router.add_post("/telegram/webhook",
                    telegram_handler(bus, store, w.telegram_webhook_secret_env, brands))
