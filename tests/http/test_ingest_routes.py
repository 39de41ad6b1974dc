"""POST /ingest and the YouScan webhook on a bare aiohttp app with a fake producer: auth,
limits, per-item results, DLQ records and back-pressure (the real worker: tests/e2e)."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import AsyncIterator, Awaitable
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from streams.config import parse_config
from streams.pipeline.runtime import Runtime
from streams.web.ingest_http import MAX_BODY_BYTES, Ingestor, register_routes
from tests.unit.connector_helpers import fixture

pytestmark = pytest.mark.http

CONFIG = """
worker: {api_token_env: CW_TEST_INGEST_TOKEN}
brands: [{id: teremok, name: Теремок, aliases: [Теремок]}]
connectors:
  youscan-main: {type: youscan, secret_env: CW_TEST_YOUSCAN, topics: {"1": teremok}}
"""
TOKEN = "ingest-token-0123456789"


class FakeProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes]] = []
        self.gate: asyncio.Event | None = None  # set: acks wait for it

    async def send(self, topic: str, key: bytes | None, value: bytes) -> Awaitable[Any]:
        self.sent.append((topic, key, value))
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if self.gate is None:
            fut.set_result(None)
        else:
            gate = self.gate
            asyncio.get_running_loop().create_task(gate.wait()).add_done_callback(
                lambda _: fut.set_result(None))
        return fut


@pytest.fixture
async def env(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[TestClient, FakeProducer]]:
    monkeypatch.setenv("CW_TEST_INGEST_TOKEN", TOKEN)
    monkeypatch.setenv("CW_TEST_YOUSCAN", "youscan-secret-42")
    rt = Runtime.from_config(parse_config(CONFIG), "127.0.0.1:9")
    producer = FakeProducer()
    rt.web.ingestor = Ingestor(producer, rt.topics.mentions, rt.topics.mentions_dlq,
                                     900_000, max_inflight=50)
    app = web.Application()
    register_routes(None, rt, app.router)  # type: ignore[arg-type]
    client = TestClient(TestServer(app))
    await client.start_server()
    yield client, producer
    await client.close()


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def mention(i: int, **kw: Any) -> dict[str, Any]:
    return {"id": f"m{i}", "text": "Теремок", "created_at": int(time.time() * 1000), **kw}


async def test_token_required_and_never_open(env: tuple[TestClient, FakeProducer],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    client, producer = env
    assert (await client.post("/ingest", json=mention(1))).status == 401
    assert (await client.post("/ingest", json=mention(1), headers=auth("wrong"))).status == 401
    monkeypatch.delenv("CW_TEST_INGEST_TOKEN")
    resp = await client.post("/ingest", json=mention(1), headers=auth())
    assert resp.status == 503
    assert (await resp.json())["detail"] == "ingest disabled: set CW_TEST_INGEST_TOKEN"
    assert producer.sent == []


async def test_array_with_per_item_results_and_dlq(env: tuple[TestClient, FakeProducer]) -> None:
    client, producer = env
    items = [mention(1), {"id": "m2", "text": "x"}, "not an object", mention(3, created_at="x")]
    resp = await client.post("/ingest", json=items, headers=auth())
    assert resp.status == 200
    doc = await resp.json()
    assert (doc["accepted"], doc["rejected"]) == (1, 3)
    assert [(r["index"], r["id"], r["status"], r["reason"]) for r in doc["results"]] == [
        (0, "m1", "accepted", None), (1, "m2", "rejected", "missing_field"),
        (2, None, "rejected", "not_object"), (3, "m3", "rejected", "bad_time")]
    topics = [t for t, _, _ in producer.sent]
    assert topics == ["mentions", "mentions.dlq", "mentions.dlq", "mentions.dlq"]
    assert producer.sent[0][1] == b"m1"
    dead = json.loads(producer.sent[1][2])
    assert dead["topic"] == "http:/ingest" and dead["reason"] == "missing_field"
    assert json.loads(dead["raw"]) == items[1]
    assert set(dead) == {"reason", "detail", "topic", "partition", "offset", "dead_at_ms",
                         "raw", "raw_base64"}


async def test_ndjson_keeps_bytes_and_flags_bad_lines(env: tuple[TestClient, FakeProducer]) -> None:
    client, producer = env
    line = json.dumps(mention(1), ensure_ascii=False).encode()
    body = line + b"\n\n{broken\n" + json.dumps(mention(2)).encode() + b"\r\n"
    resp = await client.post("/ingest", data=body,
                             headers={**auth(), "Content-Type": "application/x-ndjson"})
    doc = await resp.json()
    assert (doc["accepted"], doc["rejected"]) == (2, 1)
    assert doc["results"][1]["reason"] == "not_json"
    assert producer.sent[0][2] == line  # produced exactly as sent


async def test_size_limits(env: tuple[TestClient, FakeProducer]) -> None:
    client, _ = env
    big = b"[" + b" " * (MAX_BODY_BYTES + 1) + b"]"
    assert (await client.post("/ingest", data=big, headers=auth())).status == 413
    resp = await client.post("/ingest", json=mention(1, text="x" * 300_000), headers=auth())
    assert (await resp.json())["results"][0]["reason"] == "oversized"
    resp = await client.post("/ingest", data=b"{nope", headers=auth())
    assert resp.status == 400


async def test_back_pressure_answers_429(env: tuple[TestClient, FakeProducer]) -> None:
    client, producer = env
    producer.gate = asyncio.Event()
    first = asyncio.create_task(client.post("/ingest", json=[mention(i) for i in range(40)],
                                            headers=auth()))
    await asyncio.sleep(0.2)
    resp = await client.post("/ingest", json=[mention(i) for i in range(20)], headers=auth())
    assert resp.status == 429 and resp.headers["Retry-After"] == "1"
    assert not first.done()  # not answered before the broker acknowledged
    producer.gate.set()
    assert (await first).status == 200


async def test_youscan_webhook_auth_and_mapping(env: tuple[TestClient, FakeProducer]) -> None:
    client, producer = env
    payload = fixture("youscan_mention.json")
    assert (await client.post("/webhooks/youscan/youscan-main", json=payload)).status == 401
    basic = base64.b64encode(b"youscan:youscan-secret-42").decode()
    resp = await client.post("/webhooks/youscan/youscan-main", json=payload,
                             headers={"Authorization": f"Basic {basic}"})
    assert resp.status == 200 and (await resp.json())["accepted"] == 1
    resp = await client.post("/webhooks/youscan/youscan-main/youscan-secret-42", json=payload)
    assert resp.status == 200
    assert (await client.post("/webhooks/youscan/youscan-main/nope", json=payload)).status == 401
    assert (await client.post("/webhooks/youscan/other/x", json=payload)).status == 404
    topic, key, value = producer.sent[0]
    assert (topic, key) == ("mentions", b"youscan:241032672")
    assert json.loads(value)["brand"] == "teremok"


async def test_unacknowledged_writes_answer_503(env: tuple[TestClient, FakeProducer],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from aiokafka.errors import KafkaTimeoutError

    client, producer = env

    async def failing(topic: str, key: bytes | None, value: bytes) -> Awaitable[Any]:
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        fut.set_exception(KafkaTimeoutError())
        return fut

    monkeypatch.setattr(producer, "send", failing)
    resp = await client.post("/ingest", json=mention(1), headers=auth())
    assert resp.status == 503 and resp.headers["Retry-After"] == "5"
    monkeypatch.delenv("CW_TEST_YOUSCAN")
    resp = await client.post("/webhooks/youscan/youscan-main/x", json={})
    assert resp.status == 503
    assert "CW_TEST_YOUSCAN" in (await resp.json())["detail"]
