"""The worker's HTTP surface (aiohttp under Faust, bound to the configured host and port):
health, readiness and Prometheus metrics here; the action API, Slack/PagerDuty endpoints and
the console register their routes through `routes`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import faust
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from streams.ops import metrics, observability
from streams.pipeline.runtime import Runtime

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def aiohttp_app(app: faust.App) -> web.Application:
    application: web.Application = app.web.web_app
    return application


def register(app: faust.App, rt: Runtime) -> None:
    router = aiohttp_app(app).router

    async def healthz(_: web.Request) -> web.Response:
        """The process and its event loop answer: restart it when this fails."""
        return web.json_response({"status": "ok"})

    async def readyz(_: web.Request) -> web.Response:
        """503 while recovering state, rebalancing or cut off from Kafka: route no traffic
        (POST /ingest, the API) here, but do not restart it."""
        ok, status = observability.readiness(app)
        return web.json_response({"status": status}, status=200 if ok else 503)

    async def prometheus(_: web.Request) -> web.Response:
        body = generate_latest(metrics.REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    router.add_get("/healthz", healthz)
    router.add_get("/readyz", readyz)
    router.add_get("/metrics", prometheus)
    observability.register(app, rt)
    for register_routes in rt.web.routes:
        register_routes(app, rt, router)
