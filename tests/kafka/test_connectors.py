"""Each connector against a stub speaking its source's documented protocol, into the real
broker: drops, reconnects, rate limits and restarts lose nothing and repeat nothing."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from streams.connectors.base import ERRORS
from streams.ops.localkafka import free_port
from streams.ops.metrics import REGISTRY
from tests.kafka.connector_harness import BRANDS, Running, make_config, mention_ids
from tests.stubs.bluesky import JetstreamStub, post_event
from tests.stubs.mastodon import MastodonStub, status
from tests.stubs.rss import FeedStub, rss
from tests.stubs.server import StubServer
from tests.stubs.telegram_updates import BotUpdatesStub, channel_post
from tests.stubs.vk import VkStub, vk_post
from tests.topics import read_topic

pytestmark = pytest.mark.kafka

FAST = {"backoff_initial": "50ms", "backoff_max": "2s"}


def once_each(ids: list[str]) -> bool:
    return all(n == 1 for n in Counter(ids).values())


@pytest.fixture
def serve() -> Iterator[list[StubServer]]:
    servers: list[StubServer] = []
    yield servers
    for s in servers:
        s.stop()


def start(servers: list[StubServer], stub: object) -> StubServer:
    server = StubServer(stub).start()  # type: ignore[arg-type]
    servers.append(server)
    return server


async def test_jetstream_drop_resume_and_restart(kafka_bootstrap: str,
                                                serve: list[StubServer]) -> None:
    t0 = 1_727_690_000_000_000
    texts = ["Теремок, где сметана?", "погода", "Вкусно и точка: холодно", "котики",
             "Teremok again", "Теремок снова", "ничего", "Vkusno i tochka ok"]
    stub = JetstreamStub(events=[post_event(i, t, t0 + i * 1_000_000)
                                 for i, t in enumerate(texts)], drop_after=[4])
    server = start(serve, stub)
    config = make_config(kafka_bootstrap, {"bsky": {
        "type": "bluesky", "url": f"ws://{server.url[7:]}/subscribe", "rewind": "2s", **FAST}})
    wanted = [f"bsky:at://did:plc:stubauthor/app.bsky.feed.post/3lrkey{i:06d}"
              for i in (0, 2, 4, 5, 7)]
    run = Running(config, "bsky")
    ids = await run.until(lambda ids: len(ids) >= 5)
    assert ids == wanted  # the drop after 4 messages lost and repeated nothing
    assert stub.cursors[:2] == [None, t0 + 3 * 1_000_000 - 2_000_000]  # rewound reconnect
    await run.stop()
    stub.events += [post_event(8, "Теремок после рестарта", t0 + 8_000_000)]
    run = Running(config, "bsky")
    ids = await run.until(lambda ids: len(ids) >= 6)
    await run.stop()
    assert ids == [*wanted, "bsky:at://did:plc:stubauthor/app.bsky.feed.post/3lrkey000008"]
    assert stub.cursors[-1] == t0 + 7_000_000 - 2_000_000  # resumed from Kafka's cursor
    assert not stub.errors


async def test_mastodon_backfill_dedup_and_rate_limit(kafka_bootstrap: str,
                                                      serve: list[StubServer]) -> None:
    statuses = [status(i, "погода" if i == 4 else f"Теремок #{i}") for i in range(1, 9)]
    stub = MastodonStub(timeline=statuses, page_size=2)
    stub.stream_batches.extend([statuses[:3], statuses[4:]])  # 4 arrives only via backfill
    server = start(serve, stub)
    config = make_config(kafka_bootstrap, {"masto": {
        "type": "mastodon", "instance": server.url, "token_env": "CW_TEST_MASTODON", **FAST}})
    stub.fail_next(1, "429", retry_after=1.0)
    import os
    os.environ["CW_TEST_MASTODON"] = stub.token
    run = Running(config, "masto")
    expected = [f"mastodon:127.0.0.1:{s['id']}" for i, s in enumerate(statuses, 1) if i != 4]
    ids = await run.until(lambda ids: len(ids) >= 7)
    await run.stop()
    assert ids == expected
    since = [q for q in stub.rest_queries if "since_id" in q]
    assert since and all(q["since_id"] == statuses[2]["id"] for q in since)
    assert any("max_id" in q for q in since)  # walked back over more than one page
    limited = [r for r in stub.all_requests if r.outcome == "fault 429"]
    after = [r for r in stub.all_requests if r.at > limited[0].at]
    assert after[0].at - limited[0].at >= 0.9  # honoured X-RateLimit-Reset
    assert not stub.errors


async def test_mastodon_refresh_re_emits_moving_counts(kafka_bootstrap: str,
                                                       serve: list[StubServer],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    first = status(1, "Теремок: болт в гречке")
    stub = MastodonStub(timeline=[first])
    stub.stream_batches.append([first])
    server = start(serve, stub)
    monkeypatch.setenv("CW_TEST_MASTODON2", stub.token)
    config = make_config(kafka_bootstrap, {"masto": {
        "type": "mastodon", "instance": server.url, "token_env": "CW_TEST_MASTODON2",
        "refresh_interval": "200ms", **FAST}})
    run = Running(config, "masto")
    await run.until(lambda ids: len(ids) >= 1)
    first.update(favourites_count=40, reblogs_count=9)  # the post takes off
    await run.until(lambda ids: len(ids) >= 2, what="the refreshed counts")
    await asyncio.sleep(0.6)  # unchanged counts: nothing more
    await run.stop()
    rows = [json.loads(v) for _, v in await read_topic(kafka_bootstrap,
                                                      config.kafka.topic_prefix + "mentions")]
    assert [r["id"] for r in rows] == [f"mastodon:127.0.0.1:{first['id']}"] * 2
    assert [r["metrics"]["likes"] for r in rows] == [0, 40]
    assert rows[1]["metrics"]["reposts"] == 9


async def test_rss_conditional_get_dedup_restart_and_malformed(
        kafka_bootstrap: str, serve: list[StubServer]) -> None:
    stub = FeedStub(feeds={"a.xml": rss([("g2", "погода"), ("g1", "Теремок закрылся")]),
                           "bad.xml": b"<rss><channel><item>broken"})
    server = start(serve, stub)
    config = make_config(kafka_bootstrap, {"news": {
        "type": "rss", "interval": "100ms", **FAST,
        "feeds": [{"url": f"{server.url}/a.xml"}, {"url": f"{server.url}/bad.xml"}]}})
    parse_errors = REGISTRY.get_sample_value(
        "crisiswatch_connector_errors_total", {"connector": "news", "kind": "parse"}) or 0
    run = Running(config, "news")
    assert await run.until(lambda ids: len(ids) >= 1) == ["rss:g1"]
    deadline = time.monotonic() + 5
    while stub.not_modified < 2 and time.monotonic() < deadline:
        await run.until(lambda ids: True)
    assert stub.not_modified >= 2  # unchanged feed: 304s, nothing re-emitted
    stub.feeds["a.xml"] = rss([("g3", "Teremok: ответ"), ("g2", "погода"),
                               ("g1", "Теремок закрылся")])
    await run.until(lambda ids: len(ids) >= 2)
    await run.stop()
    stub.feeds["a.xml"] = rss([("g4", "Вкусно и точка"), ("g3", "Teremok: ответ"),
                               ("g2", "погода"), ("g1", "Теремок закрылся")])
    run = Running(config, "news")
    ids = await run.until(lambda ids: len(ids) >= 3)
    await run.stop()
    assert ids == ["rss:g1", "rss:g3", "rss:g4"]
    assert (ERRORS.labels("news", "parse")._value.get()) > parse_errors  # malformed counted


async def test_vk_rules_sync_and_stream_reconnect(kafka_bootstrap: str,
                                                  serve: list[StubServer],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    stub = VkStub(rules={"cw-0": "Вкусно и точка", "cw-1": "Vkusno i tochka", "cw-7": "old",
                         "other-1": "not ours"}, hide_on_get={"cw-1"})
    stub.stream_batches.extend([
        [vk_post(1, "Вкусно и точка раз"), vk_post(2, "Вкусно и точка два")],
        [{"code": 300, "service_message": {"message": "restart", "service_code": 3001}},
         vk_post(3, "Vkusno i tochka три"),
         {"code": 100, "event": {**vk_post(2, "")["event"], "action": "delete"}}]])
    server = start(serve, stub)
    monkeypatch.setenv("CW_TEST_VK", stub.token)
    config = make_config(kafka_bootstrap, {"vk": {
        "type": "vk", "api_url": server.url, "secure": False, "token_env": "CW_TEST_VK",
        "brand": "vkusno", **FAST}})
    run = Running(config, "vk")
    ids = await run.until(lambda ids: len(ids) >= 3)
    await run.stop()
    assert ids == ["vk:wall100_1", "vk:wall100_2", "vk:wall100_3"]
    assert stub.rules == {"cw-0": "Вкусно и точка", "cw-1": "Vkusno i tochka",
                          "other-1": "not ours"}
    assert 2001 in stub.rule_errors  # "tag already exists" tolerated
    assert len(stub.keys) >= 2  # a fresh getServerUrl per session
    assert not stub.errors


async def test_telegram_offsets_retry_after_and_restart(kafka_bootstrap: str,
                                                        serve: list[StubServer],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    stub = BotUpdatesStub(pending=[channel_post(100 + i, i, f"Теремок пост {i}")
                                   for i in range(1, 6)])
    stub.fail_next(1, "429", retry_after=1.0)
    server = start(serve, stub)
    monkeypatch.setenv("CW_TEST_TG", stub.token)
    config = make_config(kafka_bootstrap, {"tg": {
        "type": "telegram", "api_url": server.url, "token_env": "CW_TEST_TG",
        "poll_timeout": "1s", **FAST}})
    run = Running(config, "tg")
    await run.until(lambda ids: len(ids) >= 5)
    await run.stop()
    stub.pending.append(channel_post(106, 6, "Теремок после рестарта"))
    run = Running(config, "tg")
    ids = await run.until(lambda ids: len(ids) >= 6)
    await run.stop()
    assert ids == [f"telegram:-1001234567890:{i}" for i in range(1, 7)]
    sent = [o for o in stub.offsets if o is not None]
    assert sent == sorted(sent) and sent[0] == 106
    limited = [r for r in stub.all_requests if r.outcome == "fault 429"]
    assert stub.all_requests[1].at - limited[0].at >= 0.9  # waited retry_after


async def test_telegram_export_reads_only_news(kafka_bootstrap: str, tmp_path: Path) -> None:
    export = json.loads((Path(__file__).parents[1] / "fixtures/connectors/telegram_export.json")
                        .read_text("utf-8"))
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), "utf-8")
    config = make_config(kafka_bootstrap, {"tg-export": {  # keywords catch inflected forms
        "type": "telegram_export", "path": str(path), "keywords": ["Терем", "Вкусно"]}})
    run = Running(config, "tg-export")
    await run.task
    first = await mention_ids(config)
    assert first == ["telegram:-1001234567890:1523", "telegram:-1001234567890:1524"]
    export["messages"].append({**export["messages"][1], "id": 1525, "text": "Теремок новое"})
    path.write_text(json.dumps(export), "utf-8")
    await Running(config, "tg-export").task
    assert await mention_ids(config) == [*first, "telegram:-1001234567890:1525"]


def _connect_process(config_path: Path, name: str, *extra: str) -> subprocess.Popen[bytes]:
    code = ("import sys, streams.cli as c; c.COMMANDS = (*c.COMMANDS, 'connect') "
            "if 'connect' not in c.COMMANDS else c.COMMANDS; sys.exit(c.main(sys.argv[1:]))")
    return subprocess.Popen([sys.executable, "-c", code, "connect", name, "-c",
                             str(config_path), *extra], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)


def _write_config(path: Path, bootstrap: str, prefix: str, connectors: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump({
        "kafka": {"bootstrap": bootstrap, "partitions": 1, "topic_prefix": prefix},
        "worker": {"app_id": f"cw-{prefix.rstrip('.')}"}, "brands": BRANDS,
        "connectors": connectors}, allow_unicode=True), "utf-8")
    return path


def test_connector_killed_mid_batch_loses_and_repeats_nothing(
        kafka_bootstrap: str, serve: list[StubServer], tmp_path: Path) -> None:
    """SIGKILL while transactions are in flight: the restart fences the dead producer's open
    transaction, resumes from the last committed cursor, and a read_committed reader sees
    every mention exactly once."""
    n = 3000
    t0 = 1_727_690_000_000_000
    stub = JetstreamStub(events=[post_event(i, f"Теремок #{i}", t0 + i * 1000)
                                 for i in range(n)], pace_s=0.001)
    server = start(serve, stub)
    prefix = f"kill{time.time_ns() % 10**9}."
    cfg = _write_config(tmp_path / "cw.yaml", kafka_bootstrap, prefix, {"bsky": {
        "type": "bluesky", "url": f"ws://{server.url[7:]}/subscribe", "rewind": "0s"}})
    config = make_config(kafka_bootstrap, {}, prefix)
    proc = _connect_process(cfg, "bsky")
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(asyncio.run(mention_ids(config))) < 300:
            time.sleep(0.1)
    finally:
        proc.kill()
        proc.wait(10)
    killed_at = len(asyncio.run(mention_ids(config)))
    assert 0 < killed_at < n
    proc = _connect_process(cfg, "bsky")
    try:
        deadline = time.monotonic() + 30
        ids: list[str] = []
        while time.monotonic() < deadline and len(ids) < n:
            ids = asyncio.run(mention_ids(config))
            time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=20)
    assert len(ids) == n and once_each(ids)
    assert ids == [f"bsky:at://did:plc:stubauthor/app.bsky.feed.post/3lrkey{i:06d}"
                   for i in range(n)]
    assert stub.cursors[1] is not None and stub.cursors[1] > t0  # resumed, not restarted


def test_connect_command_runs_until_sigterm(kafka_bootstrap: str, serve: list[StubServer],
                                            tmp_path: Path) -> None:
    """`crisiswatch connect --all` as a process: runs every enabled polling connector (not
    the webhook one), serves metrics, stops cleanly on SIGTERM."""
    stub = FeedStub(feeds={"a.xml": rss([("g1", "Теремок закрылся")])})
    server = start(serve, stub)
    prefix = f"cli{time.time_ns() % 10**9}."
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "c", "type": "public_channel", "id": 42, "messages": [
        {"id": 7, "type": "message", "date_unixtime": "1727690400", "text": "Теремок"}]}))
    cfg = _write_config(tmp_path / "cw.yaml", kafka_bootstrap, prefix, {
        "news": {"type": "rss", "interval": "100ms", "feeds": [{"url": f"{server.url}/a.xml"}]},
        "dump": {"type": "telegram_export", "path": str(export)},
        "old": {"type": "rss", "enabled": False, "feeds": [{"url": "http://127.0.0.1:9/x"}]},
        "ys": {"type": "youscan", "secret_env": "UNSET_FOR_THIS_TEST"}})
    port = free_port()
    proc = _connect_process(cfg, "--all", "--metrics-port", str(port))
    config = make_config(kafka_bootstrap, {}, prefix)
    try:
        deadline = time.monotonic() + 20
        ids: list[str] = []
        while time.monotonic() < deadline and len(ids) < 2:
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            ids = asyncio.run(mention_ids(config))
            time.sleep(0.2)
        assert sorted(ids) == ["rss:g1", "telegram:-10042:7"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics") as resp:
            text = resp.read().decode()
        assert 'crisiswatch_connector_events_total{connector="news",outcome="emitted"} 1.0' \
            in text
    finally:
        proc.send_signal(signal.SIGTERM)
        out = proc.communicate(timeout=20)[0].decode()
    assert proc.returncode == 0, out
    assert "connector.stop" in out
