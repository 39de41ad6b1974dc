"""aiokafka plumbing shared by the worker, the CLI commands and the tests."""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
from pathlib import Path
from typing import Any

import structlog
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from streams.config import Config, ConfigError, KafkaSettings
from streams.ops import logs
from streams.pipeline.topics import TopicNames

log = structlog.get_logger("crisiswatch.kafka")
INGEST_KEY = b"crisiswatch-ingest"


def resolve_bootstrap(settings: KafkaSettings, config_path: str = "") -> str:
    """"local" means the broker started by `crisiswatch kafka start` in this directory."""
    if settings.bootstrap != "local":
        return settings.bootstrap
    from streams.ops import localkafka

    info = localkafka.status(localkafka.DEFAULT_DIR)
    if info is None:
        where = f"{config_path}: kafka.bootstrap is 'local', but " if config_path else ""
        raise ConfigError(f"{where}no local broker is running in {localkafka.DEFAULT_DIR}; "
                          "start one with `crisiswatch kafka start`")
    return info.bootstrap


def client_options(settings: KafkaSettings) -> dict[str, Any]:
    """Security options for aiokafka clients (SASL/TLS for external clusters)."""
    opts: dict[str, Any] = {"security_protocol": settings.security_protocol}
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        ctx = ssl.create_default_context(cafile=settings.ssl_cafile or None)
        opts["ssl_context"] = ctx
    if settings.security_protocol.startswith("SASL"):
        opts["sasl_mechanism"] = settings.sasl_mechanism or "PLAIN"
        opts["sasl_plain_username"] = _required_env(settings.sasl_username_env,
                                                    "kafka.sasl_username_env")
        password = _required_env(settings.sasl_password_env, "kafka.sasl_password_env")
        logs.register_secret(password)
        opts["sasl_plain_password"] = password
    return opts


def _required_env(name: str, key: str) -> str:
    """A SASL login silently left empty fails later as an opaque auth error: refuse early."""
    if not name:
        raise ConfigError(f"{key}: SASL needs the name of an environment variable here")
    value = os.environ.get(name, "")
    if not value:
        raise ConfigError(f"{key}: environment variable {name} is not set")
    return value


async def ensure_topics(bootstrap: str, settings: KafkaSettings) -> list[str]:
    """Create the pipeline's topics if missing; returns the names created."""
    names = TopicNames(settings.topic_prefix)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **client_options(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = []
        for spec in names.specs():
            if spec.name in existing:
                continue
            cfg = {"retention.ms": str(spec.retention_ms)}
            if spec.compacted:
                cfg = {"cleanup.policy": "compact"}
            wanted.append(NewTopic(spec.name, settings.partitions, settings.replication_factor,
                                   topic_configs=cfg))
        if wanted:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(wanted)
        return [t.name for t in wanted]
    finally:
        await admin.close()


def make_producer(bootstrap: str, settings: KafkaSettings, **kw: Any) -> AIOKafkaProducer:
    opts = {"acks": "all", "linger_ms": 5, "enable_idempotence": True, **kw}
    return AIOKafkaProducer(bootstrap_servers=bootstrap, **client_options(settings), **opts)


async def produce_lines(config: Config, path: Path | None, lines: list[bytes] | None = None,
                        topic: str | None = None) -> int:
    """Append raw JSON lines to the mentions topic (the `ingest` command); returns the count."""
    bootstrap = resolve_bootstrap(config.kafka, config.path)
    target = topic or TopicNames(config.kafka.topic_prefix).mentions
    producer = make_producer(bootstrap, config.kafka, max_request_size=1_048_576 * 2)
    try:
        await producer.start()
    except KafkaConnectionError as exc:
        raise ConfigError(f"{config.path}: cannot reach Kafka at {bootstrap}: {exc}") from None
    count = 0
    try:
        pending = []
        source = lines if lines is not None else _read_lines(path)
        for raw in source:
            if not raw.strip():
                continue
            # One key, so one partition: a file keeps its order (history must arrive in time
            # order for the baselines).
            pending.append(await producer.send(target, raw.rstrip(b"\r\n"), key=INGEST_KEY))
            count += 1
            if len(pending) >= 5000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return count


def _read_lines(path: Path | None) -> list[bytes]:
    if path is None:
        return []
    with path.open("rb") as fh:
        return fh.read().splitlines()
