"""HTTP ingest on the worker's web server: `POST /ingest` and YouScan's mention webhook.

Items get exactly the treatment of the `mentions` topic: `parse_mention` validates each, a
valid one is produced to `mentions` (key: its id), an invalid one to `mentions.dlq` in the
`streams.pipeline.enrichment.dead_mention` shape and counted in `crisiswatch_dlq_total`. The answer
is sent only after the broker acknowledged every write, so a 200 means durable; a 503 or a
dropped connection means "retry", which can repeat items: consumers treat a repeated id as
an update, never a new mention.

Auth: a bearer token from the environment variable named by `worker.api_token_env`,
compared in constant time; while it is unset the endpoint answers 503 and stays closed.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import os
import time
from collections.abc import Awaitable
from typing import Any, Final, Protocol

import faust
import msgspec
import orjson
import structlog
from aiohttp import web
from aiokafka.errors import KafkaError
from prometheus_client import Counter

from detectors.durations import parse_duration
from detectors.mention import Invalid, parse_mention
from streams.config import ConfigError
from streams.connectors.config import YouScanConfig, parse_connectors, secret
from streams.connectors.youscan import map_mention
from streams.ops import logs, metrics
from streams.pipeline.enrichment import dead_mention
from streams.pipeline.runtime import Runtime

log = structlog.get_logger("crisiswatch.ingest")

MAX_BODY_BYTES: Final = 5 * 1024 * 1024
MAX_ITEMS: Final = 10_000
MAX_INFLIGHT: Final = 20_000  # items produced but not yet acknowledged, over all requests
NDJSON_TYPES: Final = frozenset({"application/x-ndjson", "application/ndjson",
                                 "application/jsonl", "application/x-jsonlines"})

REQUESTS = Counter(
    "crisiswatch_ingest_requests_total", "HTTP ingest requests by endpoint and status code",
    ["endpoint", "code"], registry=metrics.REGISTRY)
ITEMS = Counter(
    "crisiswatch_ingest_items_total", "HTTP-ingested items by endpoint and outcome "
    "(accepted, rejected)", ["endpoint", "outcome"], registry=metrics.REGISTRY)


class Producer(Protocol):
    """What ingest needs of a producer: `send` schedules and returns an ack future."""

    async def send(self, topic: str, key: bytes | None, value: bytes) -> Awaitable[Any]: ...


class FaustProducer:
    def __init__(self, app: faust.App) -> None:
        self.app = app

    async def send(self, topic: str, key: bytes | None, value: bytes) -> Awaitable[Any]:
        fut: Awaitable[Any] = await self.app.producer.send(topic, key, value, None, None, None)
        return fut


class Busy(Exception):
    """Too many writes in flight: the client should retry later (429)."""


class Ingestor:
    """Validate, produce, dead-letter; shared by /ingest and the webhooks."""

    def __init__(self, producer: Producer, mentions_topic: str, dlq_topic: str,
                 max_future_ms: int, max_inflight: int = MAX_INFLIGHT) -> None:
        self.producer = producer
        self.mentions_topic = mentions_topic
        self.dlq_topic = dlq_topic
        self.max_future_ms = max_future_ms
        self.max_inflight = max_inflight
        self.inflight = 0

    async def ingest(self, items: list[bytes], origin: str) -> list[dict[str, Any]]:
        """Per-item results, returned once every write is acknowledged by the broker."""
        n = len(items)
        if self.inflight + n > self.max_inflight:
            raise Busy(f"{self.inflight} writes in flight")
        self.inflight += n
        try:
            now = int(time.time() * 1000)
            results: list[dict[str, Any]] = []
            futures: list[Awaitable[Any]] = []
            for i, raw in enumerate(items):
                parsed = parse_mention(raw, now, self.max_future_ms)
                if isinstance(parsed, Invalid):
                    metrics.DLQ.labels(origin, parsed.reason).inc()
                    futures.append(await self.producer.send(
                        self.dlq_topic, None, dead_mention(raw, parsed, origin, -1, i, now)))
                    results.append({"index": i, "id": _loose_id(raw), "status": "rejected",
                                    "reason": parsed.reason, "detail": parsed.detail})
                else:
                    futures.append(await self.producer.send(
                        self.mentions_topic, parsed.id.encode(), raw))
                    results.append({"index": i, "id": parsed.id, "status": "accepted",
                                    "reason": None, "detail": None})
            await asyncio.gather(*futures)
            return results
        finally:
            self.inflight -= n


def _loose_id(raw: bytes) -> str | None:
    """The id of a rejected item when one can be seen, to help the sender find it."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    value = obj.get("id") if isinstance(obj, dict) else None
    return str(value)[:512] if isinstance(value, str | int) and not isinstance(value, bool) \
        else None


def split_items(body: bytes, content_type: str) -> list[bytes]:
    """NDJSON: one item per non-empty line, bytes untouched. JSON: an object is one item, an
    array's elements are re-encoded one by one. A body that is not JSON is one (bad) item."""
    if content_type in NDJSON_TYPES:
        return [line.rstrip(b"\r") for line in body.split(b"\n") if line.strip()]
    try:
        doc = msgspec.json.decode(body)
    except (msgspec.DecodeError, RecursionError):
        return [body]
    if isinstance(doc, list):
        return [orjson.dumps(item) for item in doc]
    return [body]


async def read_body(request: web.Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body, refusing more than `limit` bytes (413) without reading it all."""
    if request.content_length is not None and request.content_length > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=request.content_length)
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await request.content.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=size)
        chunks.append(chunk)


def _error(status: int, error: str, detail: str, **headers: str) -> web.Response:
    return web.json_response({"error": error, "detail": detail}, status=status, headers=headers)


def _bearer_ok(header: str, token: str) -> bool:
    scheme, _, value = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(),
                                                              token.encode())


async def _answer(ingestor: Ingestor, items: list[bytes], origin: str,
                  endpoint: str) -> web.Response:
    if not items:
        return _error(400, "empty", "no items in the request body")
    if len(items) > MAX_ITEMS:
        return _error(413, "too_many_items", f"{len(items)} items; the limit is {MAX_ITEMS}")
    try:
        results = await ingestor.ingest(items, origin)
    except Busy as exc:
        return _error(429, "busy", f"back-pressure: {exc}; retry later", **{"Retry-After": "1"})
    except (KafkaError, TimeoutError) as exc:
        log.error("ingest.kafka_failed", endpoint=endpoint, error=f"{type(exc).__name__}: {exc}")
        return _error(503, "kafka_unavailable", "the broker did not acknowledge the writes; "
                      "retry (repeated ids are updates, not duplicates)",
                      **{"Retry-After": "5"})
    accepted = sum(1 for r in results if r["status"] == "accepted")
    ITEMS.labels(endpoint, "accepted").inc(accepted)
    ITEMS.labels(endpoint, "rejected").inc(len(results) - accepted)
    status = 400 if len(items) == 1 and results[0]["reason"] == "not_json" else 200
    return web.json_response({"accepted": accepted, "rejected": len(results) - accepted,
                              "results": results}, status=status)


def make_ingest_handler(ingestor: Ingestor, token_env: str) -> Any:
    async def ingest(request: web.Request) -> web.Response:
        resp = await _ingest(request)
        REQUESTS.labels("/ingest", str(resp.status)).inc()
        return resp

    async def _ingest(request: web.Request) -> web.Response:
        token = os.environ.get(token_env, "").strip()
        if not token:
            return _error(503, "disabled", f"ingest disabled: set {token_env}")
        logs.register_secret(token)
        if not _bearer_ok(request.headers.get("Authorization", ""), token):
            return _error(401, "unauthorized", "missing or wrong bearer token",
                          **{"WWW-Authenticate": 'Bearer realm="crisiswatch"'})
        try:
            body = await read_body(request)
        except web.HTTPRequestEntityTooLarge:
            return _error(413, "too_large", f"the body exceeds {MAX_BODY_BYTES} bytes")
        return await _answer(ingestor, split_items(body, request.content_type), "http:/ingest",
                             "/ingest")

    return ingest


def _basic_ok(header: str, user: str, password: str) -> bool:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        got_user, _, got_pass = base64.b64decode(value.strip(), validate=True).decode(
            "utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return False
    ok_user = hmac.compare_digest(got_user.encode(), user.encode())
    return hmac.compare_digest(got_pass.encode(), password.encode()) and ok_user


def make_youscan_handler(ingestor: Ingestor, connectors: dict[str, YouScanConfig]) -> Any:
    async def youscan(request: web.Request) -> web.Response:
        resp = await _youscan(request)
        REQUESTS.labels("/webhooks/youscan", str(resp.status)).inc()
        return resp

    async def _youscan(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        cfg = connectors.get(name)
        if cfg is None or not cfg.enabled:
            return _error(404, "unknown_connector", f"no youscan connector named {name!r}")
        try:
            shared = secret(name, cfg, "secret")
        except ConfigError:
            return _error(503, "disabled", f"youscan webhook {name!r} disabled: set "
                          f"{cfg.secret_env or 'secret_env'}")
        logs.register_secret(shared)
        path_secret = request.match_info.get("secret", "")
        authorised = hmac.compare_digest(path_secret.encode(), shared.encode()) if path_secret \
            else _basic_ok(request.headers.get("Authorization", ""), cfg.username, shared)
        if not authorised:
            return _error(401, "unauthorized", "wrong or missing credentials",
                          **{"WWW-Authenticate": 'Basic realm="crisiswatch"'})
        try:
            body = await read_body(request)
            doc = msgspec.json.decode(body)
        except web.HTTPRequestEntityTooLarge:
            return _error(413, "too_large", f"the body exceeds {MAX_BODY_BYTES} bytes")
        except (msgspec.DecodeError, RecursionError):
            return await _answer(ingestor, [body], "http:/webhooks/youscan",
                                 "/webhooks/youscan")
        payloads = doc if isinstance(doc, list) else [doc]
        items = [orjson.dumps(map_mention(p, cfg.topics)) if isinstance(p, dict)
                 else orjson.dumps(p) for p in payloads]
        return await _answer(ingestor, items, "http:/webhooks/youscan", "/webhooks/youscan")

    return youscan


def register_routes(app: faust.App, rt: Runtime, router: web.UrlDispatcher) -> None:
    """POST /ingest and POST /webhooks/youscan/{name}[/{secret}] on the worker's web app."""
    if "ingest" in rt.web.registered:
        return  # wired twice (e.g. worker.py and a test wrapper): the routes exist already
    rt.web.registered.add("ingest")
    ingestor = rt.web.ingestor
    if ingestor is None:
        ingestor = Ingestor(FaustProducer(app), rt.topics.mentions, rt.topics.mentions_dlq,
                            parse_duration(rt.config.worker.max_future))
        rt.web.ingestor = ingestor
    router.add_post("/ingest", make_ingest_handler(ingestor, rt.config.worker.api_token_env))
    youscan = {n: c for n, c in parse_connectors(rt.config).items()
               if isinstance(c, YouScanConfig)}
    handler = make_youscan_handler(ingestor, youscan)
    router.add_post("/webhooks/youscan/{name}", handler)
    router.add_post("/webhooks/youscan/{name}/{secret}", handler)
