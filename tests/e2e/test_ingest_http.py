"""POST /ingest through a real worker process and the real broker: valid items land in
`mentions` (and flow on to enrichment), invalid ones in `mentions.dlq` as the topic would
put them, and the answer comes after the broker acknowledged."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from tests.e2e.harness import Pipeline, wait_for

pytestmark = pytest.mark.e2e

TOKEN = "e2e-ingest-token-0123456789"


@pytest.fixture(scope="module")
def pipeline(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[Pipeline]:
    p = Pipeline(tmp_path_factory.mktemp("ingest"), kafka_bootstrap, receivers={},
                       routing={}, env={"CRISISWATCH_API_TOKEN": TOKEN})
    p.start_worker()
    yield p
    p.stop()


def post(port: int, body: bytes, content_type: str, token: str | None = TOKEN
         ) -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": content_type}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(f"http://127.0.0.1:{port}/ingest", data=body,
                                 headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_ingest_through_a_real_worker(pipeline: Pipeline) -> None:
    w = pipeline.workers[0]
    now = int(time.time() * 1000)
    good = [{"id": f"http-{i}", "source": "reviews", "created_at": now,
             "text": "Теремок: холодные блины, ужас", "author": {"handle": f"u{i}"}}
            for i in range(3)]
    assert post(w.web_port, json.dumps(good[0]).encode(), "application/json", None)[0] == 401
    status, doc = post(w.web_port, json.dumps([good[0], {"id": "bad", "text": "no time"}]
                                              ).encode(), "application/json")
    assert status == 200 and (doc["accepted"], doc["rejected"]) == (1, 1)
    ndjson = b"\n".join(json.dumps(m, ensure_ascii=False).encode() for m in good[1:])
    status, doc = post(w.web_port, ndjson + b"\nnot json\n", "application/x-ndjson")
    assert status == 200 and (doc["accepted"], doc["rejected"]) == (2, 1)
    # Answered after the acks: everything is already in the topics.
    mentions = {json.loads(v)["id"] for _, v in pipeline.consume("mentions")}
    assert mentions == {"http-0", "http-1", "http-2"}
    dead = [json.loads(v) for _, v in pipeline.consume("mentions.dlq")]
    assert sorted((d["reason"], d["topic"]) for d in dead) == [
        ("missing_field", "http:/ingest"), ("not_json", "http:/ingest")]
    # ... and the worker consumes them like any other mention.
    enriched = wait_for(lambda: [json.loads(v) for _, v in pipeline.consume("mentions.enriched")
                                 if b"http-" in v], 30, what="enriched mentions")
    assert {e["mention"]["id"] for e in enriched} >= {"http-0"}
    with urllib.request.urlopen(f"http://127.0.0.1:{w.web_port}/metrics") as resp:
        text = resp.read().decode()
    assert 'crisiswatch_dlq_total{reason="not_json",topic="http:/ingest"} 1.0' in text


def test_worker_ignores_aborted_connector_writes(pipeline: Pipeline) -> None:
    """What a connector killed mid-transaction leaves behind is never processed."""
    now = int(time.time() * 1000)

    async def write() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=pipeline.bootstrap,
                                    transactional_id=f"e2e-{pipeline.name}")
        await producer.start()
        try:
            for mention_id, commit in (("aborted-1", False), ("committed-1", True)):
                await producer.begin_transaction()
                await producer.send(pipeline.topic("mentions"), json.dumps(
                    {"id": mention_id, "created_at": now, "text": "Теремок: ужас"},
                    ensure_ascii=False).encode(), key=mention_id.encode())
                if commit:
                    await producer.commit_transaction()
                else:
                    await producer.abort_transaction()
        finally:
            await producer.stop()

    asyncio.run(write())
    enriched = wait_for(lambda: [json.loads(v)["mention"]["id"] for _, v in
                                 pipeline.consume("mentions.enriched") if b"committed-1" in v
                                 or b"aborted-1" in v], 30, what="the committed mention")
    time.sleep(1.0)  # give an aborted record the same chance
    enriched = [json.loads(v)["mention"]["id"] for _, v in pipeline.consume("mentions.enriched")]
    assert "committed-1" in enriched and "aborted-1" not in enriched
