"""Run a connector into the real broker and read back what a read_committed consumer sees."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Callable
from typing import Any

import orjson
import yaml

from streams.config import Config, parse_config
from streams.connectors import build
from streams.connectors.config import parse_connectors
from streams.connectors.runner import run_connector
from tests.topics import read_topic

BRANDS = [
    {"id": "vkusno", "name": "Вкусно — и точка", "aliases": ["Вкусно и точка", "Vkusno i tochka"]},
    {"id": "teremok", "name": "Теремок", "aliases": ["Теремок", "Teremok"], "language": "ru"},
]


def make_config(bootstrap: str, connectors: dict[str, Any], prefix: str | None = None) -> Config:
    prefix = prefix or f"c{uuid.uuid4().hex[:8]}."
    doc = {"kafka": {"bootstrap": bootstrap, "partitions": 1, "topic_prefix": prefix},
           "worker": {"app_id": f"cw-conn-{prefix.rstrip('.')}"},
           "brands": BRANDS, "connectors": connectors}
    return parse_config(yaml.safe_dump(doc, allow_unicode=True), "test.yaml")


async def mention_ids(config: Config) -> list[str]:
    rows = await read_topic(config.kafka.bootstrap, config.kafka.topic_prefix + "mentions")
    return [orjson.loads(v)["id"] for _, v in rows]


class Running:
    """A connector in a task; `stop()` cancels it the way SIGTERM does (pending is flushed)."""

    def __init__(self, config: Config, name: str) -> None:
        self.config = config
        connector = build(name, parse_connectors(config)[name], config)
        self.task = asyncio.create_task(run_connector(connector, config,
                                                      config.kafka.bootstrap, linger_s=0.05))

    async def until(self, predicate: Callable[[list[str]], bool], within_s: float = 15.0,
                    what: str = "mentions") -> list[str]:
        deadline = time.monotonic() + within_s
        ids: list[str] = []
        while time.monotonic() < deadline:
            if self.task.done():
                self.task.result()  # raise what killed it
            ids = await mention_ids(self.config)
            if predicate(ids):
                return ids
            await asyncio.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; have {ids}")

    async def stop(self) -> None:
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task
