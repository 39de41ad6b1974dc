"""The walking skeleton end to end: real broker, real worker process, real HTTP to a stub that
checks Slack's incoming-webhook contract."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import Pipeline, burst, history, mention, settle, wait_for
from tests.stubs.server import StubServer
from tests.stubs.slack import SlackStub

pytestmark = pytest.mark.e2e

HOOK_PATH = "/services/T000/B000/XXXX"


@pytest.fixture
def slack() -> Iterator[tuple[SlackStub, str]]:
    stub = SlackStub()
    with StubServer(stub) as server:
        yield stub, server.url + HOOK_PATH


@pytest.fixture
def pipeline(tmp_path: Path, kafka_bootstrap: str, slack: tuple[SlackStub, str]
             ) -> Iterator[Pipeline]:
    _, url = slack
    p = Pipeline(
        tmp_path, kafka_bootstrap,
        receivers={"slack": {"type": "slack_webhook", "url_env": "CW_TEST_SLACK_WEBHOOK"},
                   "alerts-file": {"type": "file", "path": str(tmp_path / "alerts.jsonl")}},
        routing={"receivers": ["slack", "alerts-file"], "min_severity": "warning"},
        env={"CW_TEST_SLACK_WEBHOOK": url},
    )
    yield p
    p.stop()


def brand_posts(stub: SlackStub) -> list[str]:
    return [json.dumps(p, ensure_ascii=False) for p in stub.webhook_posts
            if "Вкусно — и точка" in json.dumps(p, ensure_ascii=False)]


def test_burst_of_negative_mentions_pages_slack_webhook(
        pipeline: Pipeline, slack: tuple[SlackStub, str]) -> None:
    stub, _ = slack
    pipeline.start_worker()
    pipeline.produce(history())
    started = time.monotonic()
    pipeline.produce(burst(40))
    posts = wait_for(lambda: brand_posts(stub), 30, what="a Slack webhook post for the brand")
    assert time.monotonic() - started < 30
    text = posts[0]
    assert "выгнал" in text or "threw" in text or "Бойкот" in text, text
    assert stub.errors == []  # every request met the webhook contract
    # Nothing about the other, quiet brand.
    assert not any("Теремок" in json.dumps(p, ensure_ascii=False) for p in stub.webhook_posts)


def test_malformed_events_go_to_dlq_and_the_next_good_event_still_alerts(
        pipeline: Pipeline, slack: tuple[SlackStub, str]) -> None:
    stub, _ = slack
    pipeline.start_worker()
    bad = [b"{not json", json.dumps({"id": "x", "text": 5, "created_at": 1}).encode(),
           json.dumps({"text": "no id", "created_at": int(time.time() * 1000)}).encode(),
           json.dumps(mention(1, "from the future", created_ms=int(time.time() * 1000)
                              + 86_400_000)).encode(),
           b"\xff\xfe binary"]
    pipeline.produce(bad)
    pipeline.produce(history())
    pipeline.produce(burst(40))
    wait_for(lambda: brand_posts(stub), 30, what="a page after the bad events")
    dead = wait_for(lambda: pipeline.consume("mentions.dlq") if len(
        pipeline.consume("mentions.dlq")) >= len(bad) else None, 15, what="DLQ records")
    reasons = sorted(json.loads(v)["reason"] for _, v in dead)
    assert reasons == sorted(["not_json", "wrong_type", "missing_field", "future_time",
                              "not_json"])
    record = json.loads(dead[0][1])
    assert record["detail"] and record["topic"].endswith("mentions")
    assert "offset" in record and (record["raw"] is not None or record["raw_base64"])
    metrics = pipeline.metrics()
    assert 'crisiswatch_dlq_total{reason="not_json",topic="mentions"} 2.0' in metrics


@pytest.mark.parametrize("how", ["stop", "kill"])
def test_restarted_worker_does_not_send_the_same_alert_again(
        pipeline: Pipeline, slack: tuple[SlackStub, str], how: str) -> None:
    stub, _ = slack
    worker = pipeline.start_worker()
    pipeline.produce(history())
    pipeline.produce(burst(40))
    wait_for(lambda: brand_posts(stub), 30, what="the first page")
    if how == "kill":
        worker.kill()  # at once: the page's offsets are likely not committed yet
    else:
        # Let every page in flight arrive (updates wait for group_interval, Slack's rate limit
        # spaces them a second apart): what a clean stop must not resend is what was sent.
        settle(stub.webhook_posts)
        assert worker.stop() == 0
    before = len(stub.webhook_posts)
    restarted = pipeline.start_worker()
    time.sleep(10)  # recovery, replay of uncommitted input, several timer ticks
    assert restarted.ready()
    bodies = [json.dumps(p, sort_keys=True) for p in stub.webhook_posts]
    assert len(bodies) == len(set(bodies)), "a Slack message was sent twice"
    keys = [json.loads(line)["key"] for line in
            (pipeline.tmp / "alerts.jsonl").read_text().splitlines()]
    assert len(keys) == len(set(keys)), f"a notification was delivered twice: {keys}"
    if how == "stop":
        assert len(stub.webhook_posts) == before, stub.webhook_posts[before:]
