"""Start-up of a worker process: validate everything that can be wrong before joining the
group (broker reachable, topics present, secrets set), then hand the loop to Faust."""

from __future__ import annotations

import asyncio

import faust
import httpx
import structlog
from aiokafka.errors import KafkaConnectionError, KafkaError

from alerts.secrets import SecretError, SecretResolver
from streams.config import Config, ConfigError
from streams.ops import gc_tuning, logs
from streams.ops.kafka_client import ensure_topics, resolve_bootstrap
from streams.pipeline import volume_publisher
from streams.pipeline.app import create_app
from streams.pipeline.delivery import build_sinks
from streams.pipeline.runtime import Runtime
from streams.web import api, console_routes, ingest_http, server

log = structlog.get_logger("crisiswatch.worker")


def prepare(config: Config) -> tuple[faust.App, Runtime]:
    bootstrap = resolve_bootstrap(config.kafka, config.path)
    try:
        created = asyncio.run(ensure_topics(bootstrap, config.kafka))
    except (KafkaConnectionError, KafkaError, OSError) as exc:
        raise ConfigError(f"{config.where('kafka.bootstrap')}: cannot reach Kafka at "
                          f"{bootstrap}: {exc}") from None
    if created:
        log.info("topics.created", topics=created)
    client = httpx.AsyncClient(timeout=httpx.Timeout(10.0), follow_redirects=False)
    rt = Runtime.from_config(config, bootstrap)
    secrets = SecretResolver()
    try:
        rt.sinks = build_sinks(rt, client, secrets)
    except SecretError as exc:
        key = f"receivers.{exc.receiver}.{exc.key}" if exc.receiver else "receivers"
        raise ConfigError(f"{config.where(key)}: {exc}") from None
    for value in secrets.known:
        logs.register_secret(value)
    rt.http = client
    rt.web.routes = [ingest_http.register_routes, api.register_routes,
                     console_routes.register_routes, volume_publisher.register_routes]
    app = create_app(rt)
    server.register(app, rt)  # health, readiness and metrics, then `rt.web.routes`
    return app, rt


def run(config: Config, loglevel: str = "info") -> int:
    app, rt = prepare(config)
    gc_tuning.tune()
    log.info("worker.starting", app_id=config.worker.app_id, bootstrap=rt.bootstrap,
             brands=len(config.brands), web=f"http://{config.worker.web_host}:"
                                           f"{config.worker.web_port}")
    worker = faust.Worker(app, loglevel=_faust_level(loglevel), quiet=True,
                          redirect_stdouts=False, override_logging=False)
    worker.spinner = None  # its terminal escapes would mix into the alerts on the console
    worker.execute_from_commandline()
    return 0


def _faust_level(level: str) -> str:
    levels = {"debug": "debug", "info": "warn", "warning": "warn", "error": "error"}
    return levels.get(level, "warn")
