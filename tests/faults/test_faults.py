"""The worst hour, for real: a sink down, a worker killed mid-stream, the broker restarted,
hostile input, a sink that hangs. Real broker, real worker processes, real HTTP stubs.

Every test asserts outcomes (what was paged, how often, in which order, what the worker's
memory did), never how long something took; timeouts only bound the waiting.
"""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alerts.model import Action, Incident, Notification
from detectors.mention import Invalid, parse_mention
from detectors.model import Severity
from streams.ops import localkafka
from tests.e2e.harness import Pipeline, Worker, settle, wait_for
from tests.stubs.server import StubServer
from tests.stubs.slack import WEBHOOK_PATH, SlackStub

pytestmark = pytest.mark.e2e

BRANDS: list[dict[str, Any]] = [
    {"id": f"brand{i}", "name": f"Brand{i} Foods", "aliases": [f"Brand{i} Foods"],
     "language": "en", "watched_accounts": [{"handle": f"ceo{i}", "source": "x", "name": "CEO"}]}
    for i in range(4)
]
# Controversial wording by a watched account that people argue under (replies far beyond the
# account's usual share): one WATCHED_ACCOUNT incident, i.e. one page. The wording alone is a
# note (info): the reaction pages.
RISKY = "If you don't like it, don't buy it. Whiners and losers"


def risky_post(brand: int, n: int = 0) -> dict[str, Any]:
    return {"id": f"p-{brand}-{n}-{uuid.uuid4().hex[:6]}", "source": "x",
            "url": f"https://x.example.org/ceo{brand}/{n}",
            "created_at": int(time.time() * 1000), "text": RISKY,
            "metrics": {"likes": 60, "replies": 40},
            "author": {"id": f"ceo{brand}", "handle": f"ceo{brand}", "followers": 900}}


def chatter(n: int, brand: int = 0) -> list[dict[str, Any]]:
    now = int(time.time() * 1000)
    return [{"id": f"c-{i}-{uuid.uuid4().hex[:6]}", "source": "vk", "created_at": now,
             "text": f"Lunch at Brand{brand} Foods today, it was ok #{i}",
             "author": {"id": f"u{i}", "handle": f"u{i}", "followers": 10}}
            for i in range(n)]


def produce_fast(p: Pipeline, values: list[bytes | dict[str, Any]], base: str = "mentions",
                 partition: int | None = 0) -> None:
    """Append many records at once (the harness sends one at a time): a real backlog."""
    import asyncio

    from aiokafka import AIOKafkaProducer

    payloads = [v if isinstance(v, bytes) else json.dumps(v).encode() for v in values]

    async def run() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=p.bootstrap, acks="all", linger_ms=20,
                                    max_batch_size=1024 * 1024,
                                    max_request_size=8 * 1024 * 1024)
        await producer.start()
        try:
            futs = [await producer.send(p.topic(base), v, partition=partition)
                    for v in payloads]
            await asyncio.gather(*futs)
        finally:
            await producer.stop()

    asyncio.run(run())


def influencer_post(handle: str, brand: int = 0) -> dict[str, Any]:
    """A negative mention by an author with 200k followers, seen by 1.5M people (beyond the
    author's own audience): an INFLUENCER_NEGATIVE page (a quiet one would be a note)."""
    return {"id": f"i-{handle}", "source": "x", "created_at": int(time.time() * 1000),
            "text": f"Brand{brand} Foods is disgusting, terrible service, never again",
            "author": {"id": handle, "handle": handle, "followers": 200_000},
            "metrics": {"views": 1_500_000, "likes": 900, "reposts": 300}}


def slack_receiver(**extra: Any) -> dict[str, Any]:
    # Short timeouts and backoff so a test outage of seconds is retried within seconds.
    return {"type": "slack_webhook", "url_env": "CW_TEST_SLACK_WEBHOOK", "timeout": "1s",
            "max_backoff": "1s", "rate_per_second": 50, **extra}


@pytest.fixture
def slack() -> Iterator[tuple[SlackStub, str]]:
    stub = SlackStub()
    with StubServer(stub) as server:
        yield stub, server.url + WEBHOOK_PATH


def make_pipeline(tmp: Path, bootstrap: str, url: str, **kw: Any) -> Pipeline:
    return Pipeline(
        tmp, bootstrap,
        receivers={"slack": slack_receiver(),
                   "ledger": {"type": "file", "path": str(tmp / "alerts.jsonl"),
                              "rate_per_second": 50}},
        routing={"receivers": ["slack", "ledger"], "min_severity": "warning"},
        env={"CW_TEST_SLACK_WEBHOOK": url}, brands=BRANDS, **kw)


def pages(stub: SlackStub) -> list[tuple[str, str]]:
    """(brand, event) of every Slack post that succeeded, in arrival order."""
    out = []
    for p in list(stub.webhook_posts):
        text = str(p.get("text", ""))
        brand = next((b["id"] for b in BRANDS if f"{b['name']}:" in text), "?")
        if "New incident" in text:
            event = "trigger"
        elif "Acknowledged" in text:
            event = "acknowledge"
        elif "Resolved" in text:
            event = "resolve"
        else:
            event = text[-40:]
        out.append((brand, event))
    return out


def ledger(p: Pipeline) -> list[dict[str, Any]]:
    path = p.tmp / "alerts.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def incident_id(p: Pipeline, brand: str) -> str | None:
    for rec in ledger(p):
        inc = rec["notification"]["incident"]
        if inc["brand"] == brand and rec["event"] == "trigger":
            return str(inc["id"])
    return None


def act(p: Pipeline, kind: str, brand: str, incident: str) -> None:
    action = Action(id=uuid.uuid4().hex, kind=kind, brand=brand,  # type: ignore[arg-type]
                    at_ms=int(time.time() * 1000), by="anna", via="api", incident_id=incident)
    p.produce([msgspec.json.encode(action)], base="actions", key=brand.encode())


def incident_states(p: Pipeline) -> dict[str, str]:
    """Latest state of every incident on the compacted `incidents` topic."""
    states: dict[str, str] = {}
    for key, value in p.consume("incidents"):
        if key is None or key.startswith(b"brand:"):
            continue
        doc = json.loads(value)
        if isinstance(doc, dict) and "state" in doc:
            states[key.decode()] = doc["state"]
    return states


# ----------------------------------------------------------------------- sink outage


def test_sink_outage_loses_and_duplicates_no_page_and_keeps_order(
        tmp_path: Path, kafka_bootstrap: str, slack: tuple[SlackStub, str]) -> None:
    stub, url = slack
    p = make_pipeline(tmp_path, kafka_bootstrap, url)
    try:
        p.start_worker()
        # 10 s of HTTP 500s, then 6 s of requests that hang past the client's timeout.
        stub.fail_for(10, "500")
        stub.fail_for(16, "hang", hang_s=3)
        p.produce([risky_post(i) for i in range(4)])
        ids = wait_for(lambda: [incident_id(p, b["id"]) for b in BRANDS]
                       if all(incident_id(p, b["id"]) for b in BRANDS) else None,
                       60, what="the 4 incidents on the ledger receiver")
        for b, inc in zip(BRANDS, ids, strict=True):
            act(p, "ack", b["id"], inc)
        wait_for(lambda: sum(r["event"] == "acknowledge" for r in ledger(p)) == 4, 60,
                 what="the acknowledgements")
        for b, inc in zip(BRANDS, ids, strict=True):
            act(p, "resolve", b["id"], inc)
        assert any(r.outcome.startswith("fault") for r in stub.all_requests), \
            "the outage never met a request"
        wait_for(lambda: len(stub.webhook_posts) >= 12, 120, what="12 Slack posts after the outage")
        settle(stub.webhook_posts)
        got = pages(stub)
        assert len(got) == 12, got  # none lost, none twice
        assert len(set(got)) == 12, got
        for b in BRANDS:
            assert [e for brand, e in got if brand == b["id"]] == [
                "trigger", "acknowledge", "resolve"], got
        assert stub.errors == []
        assert p.workers[-1].proc.poll() is None
    finally:
        p.stop()


# -------------------------------------------------------------------- worker SIGKILL


def test_sigkill_mid_stream_keeps_acknowledgements_and_pages_once(
        tmp_path: Path, kafka_bootstrap: str, slack: tuple[SlackStub, str]) -> None:
    stub, url = slack
    p = make_pipeline(tmp_path, kafka_bootstrap, url)
    try:
        worker = p.start_worker()
        p.produce([risky_post(0)])
        inc = wait_for(lambda: incident_id(p, "brand0"), 30, what="brand0's incident")
        act(p, "ack", "brand0", inc)
        wait_for(lambda: ("brand0", "acknowledge") in pages(stub), 30, what="the ack page")
        # Mid-stream: a backlog of chatter, a new incident for brand1 behind it, then SIGKILL
        # while the worker is still working through them.
        produce_fast(p, [*chatter(5000), risky_post(1), *chatter(1000, brand=1)])
        worker.kill()
        restarted = p.start_worker()
        wait_for(lambda: ("brand1", "trigger") in pages(stub), 60,
                 what="brand1's page after the restart")
        # brand0 again, same account: the incident is acknowledged, so no new trigger page.
        p.produce([risky_post(0, n=1)])
        wait_for(lambda: sum(r["notification"]["incident"]["brand"] == "brand1"
                             for r in ledger(p)) >= 1, 30, what="the ledger")
        settle(stub.webhook_posts, 5)
        got = pages(stub)
        assert got.count(("brand0", "trigger")) == 1, got
        assert got.count(("brand0", "acknowledge")) == 1, got
        assert got.count(("brand1", "trigger")) == 1, got
        assert len(got) == len(set(got)), got
        keys = [r["key"] for r in ledger(p)]
        assert len(keys) == len(set(keys)), f"a notification was delivered twice: {keys}"
        assert incident_states(p)[inc] == "acknowledged"
        assert restarted.ready()
    finally:
        p.stop()


# -------------------------------------------------------------------- a second worker


def test_a_worker_joining_takes_brands_over_and_the_first_forgets_them(
        tmp_path: Path, kafka_bootstrap: str, slack: tuple[SlackStub, str]) -> None:
    """Brands move to a joining worker with their incidents; the first worker must stop
    ticking them. If it kept its now stale copies it would go on repeat-paging incidents the
    new owner has seen acknowledged (and overwrite the new owner's state)."""
    _, url = slack
    p = make_pipeline(tmp_path, kafka_bootstrap, url,
                      incidents={"repeat_interval": "5s", "auto_resolve": "0s"})
    try:
        first = p.start_worker()
        p.produce([risky_post(i) for i in range(4)])  # brand0 on partition 1, the rest on 0
        ids = wait_for(lambda: [incident_id(p, b["id"]) for b in BRANDS]
                       if all(incident_id(p, b["id"]) for b in BRANDS) else None,
                       60, what="the 4 incidents")
        second = p.start_worker()
        wait_for(lambda: first.ready() and second.ready(), 60, what="both workers ready")
        time.sleep(3)  # the group has settled: each worker holds one partition
        for b, inc in zip(BRANDS, ids, strict=True):
            act(p, "ack", b["id"], inc)
        wait_for(lambda: sum(r["event"] == "acknowledge" for r in ledger(p)) == 4, 60,
                 what="the acknowledgements")
        time.sleep(12)  # more than two repeat intervals
        records = ledger(p)
        for inc in ids:
            events = [r["event"] for r in records if r["notification"]["incident"]["id"] == inc]
            acked = events.index("acknowledge")
            assert "repeat" not in events[acked:], (inc, events)
        keys = [r["key"] for r in records]
        assert len(keys) == len(set(keys)), f"a notification was delivered twice: {keys}"
        assert set(incident_states(p).values()) == {"acknowledged"}
        assert first.ready() and second.ready()
    finally:
        p.stop()


# -------------------------------------------------------------------- broker restart


@pytest.fixture
def own_broker() -> Iterator[tuple[Path, localkafka.BrokerInfo]]:
    """A broker of this test's own: restarting the shared one would break the other tests."""
    directory = Path(tempfile.mkdtemp(prefix="cw-fault-kafka-"))
    info = localkafka.start(directory, port=0, heap="512m", timeout_s=120)
    try:
        yield directory, info
    finally:
        localkafka.stop(directory)
        shutil.rmtree(directory, ignore_errors=True)


def test_worker_reconnects_after_a_broker_restart_and_pages_for_new_input(
        tmp_path: Path, own_broker: tuple[Path, localkafka.BrokerInfo],
        slack: tuple[SlackStub, str]) -> None:
    stub, url = slack
    directory, info = own_broker
    p = make_pipeline(tmp_path, info.bootstrap, url)
    try:
        worker = p.start_worker()
        p.produce([risky_post(0)])
        wait_for(lambda: ("brand0", "trigger") in pages(stub), 30, what="a page before")
        assert localkafka.stop(directory)
        time.sleep(2)  # the worker sees the broker gone
        localkafka.start(directory, port=info.port, heap="512m", timeout_s=120)

        def page_after_restart() -> bool:
            # Input may be refused until the worker's group is back: keep offering new posts.
            if ("brand1", "trigger") in pages(stub):
                return True
            p.produce([risky_post(1, n=int(time.time()))])
            return False

        wait_for(page_after_restart, 120, 3.0, "a page for input written after the restart")
        settle(stub.webhook_posts)
        got = pages(stub)
        assert got.count(("brand0", "trigger")) == 1, got
        assert got.count(("brand1", "trigger")) == 1, got
        assert worker.proc.poll() is None, worker.log()
    finally:
        p.stop()


# ----------------------------------------------------------------- hostile payloads

_WEIRD = "\u200b\u200c\u200d\u2060\ufeff\u202e\u202d\u2066\u2067\u2069\u0600\u05d0\U0001f600"
_text = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list(_WEIRD)),
                max_size=200)
_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | _text,
                     lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(_text, inner, max_size=4), max_leaves=20)


def _nested(depth: int) -> bytes:
    return b'{"id": "deep", "text": ' + b"[" * depth + b"]" * depth + b', "created_at": 1}'


@st.composite
def hostile(draw: st.DrawFn) -> bytes:
    now = int(time.time() * 1000)
    kind = draw(st.sampled_from(["mention", "wrong_types", "binary", "huge", "nested",
                                 "json", "future"]))
    if kind == "binary":
        return draw(st.binary(min_size=1, max_size=300))
    if kind == "huge":
        return json.dumps({"id": "huge", "created_at": now,
                           "text": "a" * draw(st.integers(256 * 1024, 300 * 1024))}).encode()
    if kind == "nested":
        return _nested(draw(st.integers(50, 5000)))
    if kind == "json":
        return json.dumps(draw(_json), ensure_ascii=draw(st.booleans())).encode()
    doc: dict[str, Any] = {
        "id": draw(_text | st.integers(0, 2**63)), "source": draw(st.sampled_from(["x", "vk"])),
        "created_at": now, "text": draw(_text) + " Brand0 Foods",
        "author": {"handle": draw(_text), "followers": draw(st.integers(0, 10**9))},
    }
    if kind == "future":
        doc["created_at"] = draw(st.integers(now + 16 * 60_000, 2**53))
    if kind == "wrong_types":
        key = draw(st.sampled_from(["id", "text", "created_at", "author", "metrics", "media"]))
        doc[key] = draw(_json)
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode()


@pytest.fixture(scope="module")
def hostile_pipeline(kafka_bootstrap: str) -> Iterator[tuple[Pipeline, SlackStub]]:
    tmp = Path(tempfile.mkdtemp(prefix="cw-fault-hostile-"))
    stub = SlackStub()
    with StubServer(stub) as server:
        p = make_pipeline(tmp, kafka_bootstrap, server.url + WEBHOOK_PATH)
        p.start_worker()
        try:
            yield p, stub
        finally:
            p.stop()
            shutil.rmtree(tmp, ignore_errors=True)


def _metric(p: Pipeline, name: str) -> float:
    total = 0.0
    for line in p.metrics().splitlines():
        if line.startswith(name) and not line.startswith("#"):
            total += float(line.rsplit(" ", 1)[1])
    return total


# Brands the hostile payloads (all about Brand0) leave alone, one per example.
_QUIET_BRANDS = itertools.cycle(range(1, len(BRANDS)))


@settings(max_examples=3, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large, HealthCheck.too_slow])
@given(payloads=st.lists(hostile(), min_size=40, max_size=60))
def test_hostile_payloads_are_dead_lettered_or_processed_and_the_worker_goes_on(
        hostile_pipeline: tuple[Pipeline, SlackStub], payloads: list[bytes]) -> None:
    p, stub = hostile_pipeline
    worker = p.workers[-1]
    received = _metric(p, "crisiswatch_mentions_received_total")
    dead = len(p.consume("mentions.dlq"))
    now = int(time.time() * 1000)
    # One surely valid and one surely invalid event ride along, so both paths are exercised
    # whatever Hypothesis draws.
    payloads = [*payloads, json.dumps(chatter(1)[0]).encode(), b"\xff\xfe not json"]
    rejected = sum(isinstance(parse_mention(v, now), Invalid) for v in payloads)
    assert 0 < rejected < len(payloads)
    p.produce(payloads)
    wait_for(lambda: _metric(p, "crisiswatch_mentions_received_total") >= received + len(
        payloads), 60, what="every payload read")
    wait_for(lambda: len(p.consume("mentions.dlq")) >= dead + rejected, 30,
             what="the rejected payloads in the DLQ")
    assert len(p.consume("mentions.dlq")) == dead + rejected  # the others were processed
    assert worker.proc.poll() is None, worker.log()
    status = worker_get(worker, "/healthz")
    assert status == 200
    # A good event afterwards still pages: a new influencer of a brand with no open incident
    # (influencers are grouped per brand, so another one on the same brand would only update
    # the open incident, without a page).
    handle = f"critic{uuid.uuid4().hex[:8]}"
    p.produce([influencer_post(handle, brand=next(_QUIET_BRANDS))])
    wait_for(lambda: any(handle in str(post.get("text", "")) + json.dumps(post.get("blocks"))
                         for post in list(stub.webhook_posts)), 30,
             what="a page for a good event after the hostile ones ")


def worker_get(worker: Worker, path: str) -> int:
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{worker.web_port}{path}", timeout=5) as r:
        return int(r.status)


# ------------------------------------------------------------------------ slow sink


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def big_notification(i: int) -> bytes:
    """A valid notification for the slack receiver, ~45 KB (long Cyrillic mention texts)."""
    from detectors.model import MentionRef

    now = int(time.time() * 1000)
    refs = tuple(MentionRef(id=f"m{i}-{k}", source="x", url="https://x.example.org/1",
                            text=("отвратительно " * 200)[:2800], author="someone", lang="ru")
                 for k in range(8))
    inc = Incident(id=f"brand0.viral_story.{i:012x}.1", brand="brand0", kind="viral_story",
                   group=f"g{i}", title=f"Story {i}", severity=Severity.WARNING,
                   state="triggered", opened_ms=now, last_signal_ms=now, mentions=refs, seq=1)
    n = Notification(key=f"{inc.id}:1", event="trigger", incident=inc, receivers=("slack",),
                     at_ms=now, brand_name="Brand0 Foods")
    return msgspec.json.encode(n)


def test_a_hanging_sink_applies_back_pressure_with_bounded_memory(
        tmp_path: Path, kafka_bootstrap: str, slack: tuple[SlackStub, str]) -> None:
    stub, url = slack
    p = make_pipeline(tmp_path, kafka_bootstrap, url)
    p.receivers = {"slack": slack_receiver(max_attempts=1000)}
    p.routing = {"receivers": ["slack"], "min_severity": "warning"}
    try:
        worker = p.start_worker()
        stub.fail_for(600, "hang", hang_s=30)  # every request hangs past the 1 s timeout
        time.sleep(2)
        baseline = rss_kb(worker.proc.pid)
        # ~270 MB of notifications queue up behind the first one, which never gets through.
        payload_bytes = 0
        for start in range(0, 6_000, 1000):
            values: list[bytes | dict[str, Any]] = [big_notification(start + i)
                                                    for i in range(1000)]
            produce_fast(p, values, base="notifications", partition=None)
            payload_bytes += sum(len(v) for v in values if isinstance(v, bytes))
        peak = baseline
        for _ in range(20):  # sample while the pile-up sits on the broker
            time.sleep(0.5)
            peak = max(peak, rss_kb(worker.proc.pid))
        growth_mb = (peak - baseline) / 1024
        assert payload_bytes > 200 * 1024 * 1024
        assert worker_get(worker, "/healthz") == 200
        assert worker.proc.poll() is None
        # Bounded by stream_buffer_maxsize events plus one fetch per partition, far below
        # what holding the backlog would take.
        assert growth_mb < 120, f"RSS grew {growth_mb:.0f} MB while notifications piled up"
        assert len(stub.webhook_posts) == 0
        assert len(stub.all_requests) >= 1
    finally:
        stub.clear_faults()
        p.stop()
