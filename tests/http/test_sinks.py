"""Every sink against its stub over real loopback HTTP: the contract, the retries, the escaping."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from alerts.delivery import DeadLetter, RetryPolicy, deliver
from alerts.inbound import IncidentRef, parse_slack_interaction, parse_telegram_callback
from alerts.model import Notification
from alerts.policy import Receiver
from alerts.render import Links
from alerts.secrets import MASK, SecretError, SecretResolver, redact
from alerts.sinks import build_sink
from alerts.sinks.base import Delivered, DeliveryMemo, Rejected, RetryLater, Sink
from alerts.sinks.console import ConsoleSink
from alerts.sinks.file import FileSink
from alerts.sinks.pagerduty import PagerDutySink
from alerts.sinks.slack import SlackSink
from alerts.sinks.slack_webhook import SlackWebhookSink
from alerts.sinks.telegram import TelegramSink
from alerts.sinks.webhook import WebhookSink
from tests.fakes import HEX_KEY, SLACK_TOKEN, TELEGRAM_BOT_TOKEN, slack_token, slack_webhook_url
from tests.stubs import (
    WEBHOOK_PATH,
    PagerDutyStub,
    SlackStub,
    StubServer,
    TelegramStub,
    WebhookStub,
)
from tests.stubs.factory import evolve, mention, notification
from tests.stubs.telegram import parse_html

pytestmark = pytest.mark.http
LINKS = Links("https://cw.example", "https://grafana.example/d/brand")
FAST = RetryPolicy(max_attempts=5, base_s=0.01, max_backoff_s=0.05, max_total_s=30)
PD_KEY = "R0UTINGKEY0123456789abcdef012345"
EVIL = "<!channel> <!here|here> <@U0BOSS> <https://evil.example|click me> & <#C0GENERAL>"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as c:
        yield c


@pytest.fixture
def slack() -> Iterator[tuple[SlackStub, StubServer]]:
    stub = SlackStub()
    with StubServer(stub) as server:
        yield stub, server


@pytest.fixture
def pd() -> Iterator[tuple[PagerDutyStub, StubServer]]:
    stub = PagerDutyStub()
    with StubServer(stub) as server:
        yield stub, server


@pytest.fixture
def tg() -> Iterator[tuple[TelegramStub, StubServer]]:
    stub = TelegramStub()
    with StubServer(stub) as server:
        yield stub, server


def slack_sink(server: StubServer, client: httpx.AsyncClient, *, token: str = SLACK_TOKEN,
               channel: str = "#crisis", timeout_s: float = 5.0) -> SlackSink:
    return SlackSink("slack", token, channel, client, LINKS, base_url=server.url + "/api/",
                     timeout_s=timeout_s)


async def run_all(sink: Sink, ns: list[Notification],
                  memo: DeliveryMemo | None = None) -> DeliveryMemo:
    memo = memo or DeliveryMemo()
    for n in ns:
        out = await deliver(sink, n, memo, FAST)
        assert isinstance(out, Delivered), out
        memo = out.memo
    return memo


def lifecycle() -> list[Notification]:
    n1 = notification("trigger", 1)
    return [n1,
            evolve(n1, "acknowledge", 2, state="acknowledged", acked_by="anna"),
            evolve(n1, "resolve", 3, state="resolved", resolved_by="anna")]


def button_ids(blocks: list[dict[str, Any]]) -> list[str]:
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


# --- Slack Web API ---

async def test_slack_post_then_update_same_ts_with_thread_replies(
        slack: tuple[SlackStub, StubServer], client: httpx.AsyncClient) -> None:
    stub, server = slack
    sink = slack_sink(server, client)
    n1, n2, n3 = lifecycle()

    memo = await run_all(sink, [n1])
    assert memo.channel == "C0CRISIS" and memo.message_ref and memo.last_seq == 1
    (msg,) = stub.messages.values()
    assert msg.ts == memo.message_ref
    assert button_ids(msg.blocks) == ["ack", "resolve", "silence_1h"]
    assert [b["type"] for b in msg.blocks][:2] == ["header", "section"]
    first = stub.requests[0]
    assert first.path == "/api/chat.postMessage"
    assert first.headers["Authorization"] == f"Bearer {SLACK_TOKEN}"
    assert first.json["channel"] == "#crisis" and first.json["text"]

    out = await deliver(sink, n2, memo, FAST)
    assert isinstance(out, Delivered) and out.memo.message_ref == memo.message_ref
    assert button_ids(msg.blocks) == ["resolve", "silence_1h"]  # no Acknowledge once acked
    out = await deliver(sink, n3, out.memo, FAST)
    assert isinstance(out, Delivered) and out.memo.last_seq == 3
    assert button_ids(msg.blocks) == []  # no buttons once resolved

    assert len(stub.messages) == 1 and msg.edits == 2
    assert [r.thread_ts for r in stub.replies] == [msg.ts, msg.ts]
    assert "Acknowledged by anna" in stub.replies[0].text
    assert "Resolved by anna" in stub.replies[1].text
    updates = [r for r in stub.requests if r.path == "/api/chat.update"]
    assert [(u.json["channel"], u.json["ts"]) for u in updates] == [("C0CRISIS", msg.ts)] * 2
    assert stub.errors == [] and stub.pings == []

    replay = await deliver(sink, n2, out.memo, FAST)  # a replay after a crash: no new request
    assert isinstance(replay, Delivered) and replay.duplicate
    assert len(stub.all_requests) == 5


async def test_slack_buttons_round_trip_into_actions(
        slack: tuple[SlackStub, StubServer], client: httpx.AsyncClient) -> None:
    from urllib.parse import urlencode

    stub, server = slack
    await run_all(slack_sink(server, client), [notification(occurrence=3)])
    (msg,) = stub.messages.values()
    (actions,) = [b for b in msg.blocks if b["type"] == "actions"]
    kinds = []
    for button in actions["elements"]:
        payload = {"type": "block_actions", "user": {"id": "U1", "username": "anna"},
                   "actions": [{"action_id": button["action_id"], "value": button["value"],
                                "action_ts": "1.2"}]}
        a = parse_slack_interaction(urlencode({"payload": json.dumps(payload)}).encode(), 0)
        assert a.incident_id == "acme.viral_story.1a2b3c4d.1" and a.brand == "acme"
        assert a.occurrence == 3  # a stale button cannot act on a later occurrence
        kinds.append(a.kind)
    assert kinds == ["ack", "resolve", "silence"]
    # The silence is the incident's: the engine fills in kind and group; 1h asked for.
    assert a.silence is None and a.text == "1h"


async def test_slack_429_retry_after_is_honoured(
        slack: tuple[SlackStub, StubServer], client: httpx.AsyncClient) -> None:
    stub, server = slack
    stub.fail_next(1, "429", retry_after=0.5)
    out = await deliver(slack_sink(server, client), notification(), DeliveryMemo(), FAST)
    assert isinstance(out, Delivered)
    first, second = stub.all_requests
    assert first.outcome == "fault 429" and second.outcome == "ok"
    assert second.at - first.at >= 0.5


async def test_slack_500_then_success(slack: tuple[SlackStub, StubServer],
                                      client: httpx.AsyncClient) -> None:
    stub, server = slack
    stub.fail_next(2, "500")
    out = await deliver(slack_sink(server, client), notification(), DeliveryMemo(), FAST)
    assert isinstance(out, Delivered)
    assert [r.outcome for r in stub.all_requests] == ["fault 500", "fault 500", "ok"]
    assert len(stub.messages) == 1


async def test_slack_hang_times_out_and_retries(slack: tuple[SlackStub, StubServer],
                                                client: httpx.AsyncClient) -> None:
    stub, server = slack
    stub.fail_next(1, "hang", hang_s=10)
    sink = slack_sink(server, client, timeout_s=0.3)
    attempt = await sink.send(notification(), DeliveryMemo())
    assert isinstance(attempt, RetryLater) and "Timeout" in attempt.reason
    out = await deliver(sink, notification(), DeliveryMemo(), FAST)
    assert isinstance(out, Delivered)
    assert len(stub.messages) == 1


@pytest.mark.parametrize(("kw", "error"), [
    ({"token": slack_token("wrong")}, "invalid_auth"),
    ({"channel": "#nowhere"}, "channel_not_found"),
])
async def test_slack_permanent_errors_dead_letter(
        slack: tuple[SlackStub, StubServer], client: httpx.AsyncClient,
        kw: dict[str, Any], error: str) -> None:
    stub, server = slack
    out = await deliver(slack_sink(server, client, **kw), notification(), DeliveryMemo(), FAST)
    assert isinstance(out, DeadLetter)
    assert out.attempts == 1 and out.reason.endswith(error) and out.receiver == "slack"
    assert len(stub.all_requests) == 1


async def test_slack_update_of_a_deleted_message_posts_a_new_one(
        slack: tuple[SlackStub, StubServer], client: httpx.AsyncClient) -> None:
    stub, server = slack
    sink = slack_sink(server, client)
    n1, n2, _ = lifecycle()
    memo = await run_all(sink, [n1])
    stub.messages.clear()
    out = await deliver(sink, n2, memo, FAST)
    assert isinstance(out, Delivered) and out.memo.message_ref != memo.message_ref
    (msg,) = stub.messages.values()
    assert msg.ts == out.memo.message_ref and stub.replies[0].thread_ts == msg.ts


@pytest.mark.parametrize(("error", "delivered"), [
    ("internal_error", True), ("ratelimited", True), ("fatal_error", True),
    ("msg_too_long", False), ("invalid_blocks", False), ("not_in_channel", False),
])
async def test_slack_ok_false_errors_are_classified(
        slack: tuple[SlackStub, StubServer], client: httpx.AsyncClient, error: str,
        delivered: bool) -> None:
    stub, server = slack
    stub.error_next(error)
    out = await deliver(slack_sink(server, client), notification(), DeliveryMemo(), FAST)
    assert isinstance(out, Delivered) == delivered
    if not delivered:
        assert isinstance(out, DeadLetter) and out.attempts == 1 and out.reason.endswith(error)


async def test_slack_fresh_message_survives_a_failed_thread_reply(
        slack: tuple[SlackStub, StubServer], client: httpx.AsyncClient) -> None:
    stub, server = slack
    sink = slack_sink(server, client)
    n1, n2, _ = lifecycle()
    memo = await run_all(sink, [n1])
    stub.messages.clear()  # someone deleted the message
    stub.error_next("internal_error", when=lambda method, args: "thread_ts" in args)
    out = await deliver(sink, n2, memo, FAST)
    assert isinstance(out, Delivered)
    assert len(stub.messages) == 1  # the retry reused the fresh message, posted no second one
    (msg,) = stub.messages.values()
    assert out.memo.message_ref == msg.ts and msg.edits == 1


async def test_slack_stub_speaks_the_real_contract_to_slack_sdk(
        slack: tuple[SlackStub, StubServer]) -> None:
    stub, server = slack
    sdk = AsyncWebClient(token=SLACK_TOKEN, base_url=server.url + "/api/")
    auth = await sdk.auth_test()
    assert auth["ok"] and auth["user_id"] == "U0BOT"
    posted = await sdk.chat_postMessage(channel="#crisis", text="hello", blocks=[
        {"type": "section", "text": {"type": "mrkdwn", "text": "*hello*"}}])
    assert posted["ok"] and posted["channel"] == "C0CRISIS" and posted["message"]["text"] == "hello"
    updated = await sdk.chat_update(channel=posted["channel"], ts=posted["ts"], text="bye")
    assert updated["ok"] and updated["ts"] == posted["ts"]
    replied = await sdk.chat_postMessage(channel="C0CRISIS", thread_ts=posted["ts"], text="r")
    assert replied["message"]["thread_ts"] == posted["ts"]
    from slack_sdk.errors import SlackApiError

    with pytest.raises(SlackApiError) as err:
        await sdk.chat_update(channel="C0CRISIS", ts="1.000001", text="x")
    assert err.value.response["error"] == "message_not_found"
    assert stub.errors == []


# --- Slack incoming webhook ---

async def test_slack_webhook_posts_and_retries(slack: tuple[SlackStub, StubServer],
                                               client: httpx.AsyncClient) -> None:
    stub, server = slack
    sink = SlackWebhookSink("hook", server.url + WEBHOOK_PATH, client, LINKS, timeout_s=5)
    stub.fail_next(1, "429", retry_after=0.2)
    memo = await run_all(sink, lifecycle())
    assert memo.last_seq == 3 and memo.message_ref == ""
    assert len(stub.webhook_posts) == 3  # a new message each time: webhooks can't edit
    assert all(button_ids(p["blocks"]) == [] for p in stub.webhook_posts)
    assert stub.errors == [] and stub.pings == []


async def test_slack_webhook_4xx_is_permanent_and_never_leaks_the_url(
        slack: tuple[SlackStub, StubServer], client: httpx.AsyncClient) -> None:
    _, server = slack
    url = server.url + "/services/T000/B000/WRONG"
    out = await deliver(SlackWebhookSink("hook", url, client, LINKS), notification(),
                        DeliveryMemo(), FAST)
    assert isinstance(out, DeadLetter) and out.attempts == 1 and "404" in out.reason
    dead = SlackWebhookSink("hook", "http://127.0.0.1:9/services/T0/B0/SECRET", client, LINKS,
                            timeout_s=0.5)
    result = await dead.send(notification(), DeliveryMemo())
    assert isinstance(result, RetryLater) and "SECRET" not in result.reason


# --- PagerDuty ---

def pd_sink(server: StubServer, client: httpx.AsyncClient, key: str = PD_KEY) -> PagerDutySink:
    return PagerDutySink("pd", key, client, LINKS, url=server.url + "/v2/enqueue", timeout_s=5)


async def test_pagerduty_trigger_ack_resolve_by_dedup_key(
        pd: tuple[PagerDutyStub, StubServer], client: httpx.AsyncClient) -> None:
    stub, server = pd
    n1, n2, n3 = lifecycle()
    repeat = evolve(n1, "repeat", 2)
    sink = pd_sink(server, client)
    memo = await run_all(sink, [n1])
    out = await deliver(sink, repeat, memo, FAST)
    assert isinstance(out, Delivered)
    memo = out.memo
    for n in (evolve(n2, "acknowledge", 3, state="acknowledged", acked_by="anna"),
              evolve(n3, "resolve", 4, state="resolved")):
        out = await deliver(sink, n, memo, FAST)
        assert isinstance(out, Delivered)
        memo = out.memo
    iid = n1.incident.id
    assert stub.log == [("trigger", iid), ("trigger", iid), ("acknowledge", iid),
                        ("resolve", iid)]
    assert stub.alerts == {iid: "resolved"}
    trig = stub.requests[0].json
    p = trig["payload"]
    assert p["severity"] == "critical" and p["source"] == "crisiswatch"
    assert p["component"] == "acme" and p["group"] == "viral_story"
    assert p["timestamp"].endswith("+00:00") and len(p["summary"]) <= 1024
    assert p["custom_details"]["incident_id"] == iid
    assert trig["links"][0]["href"] == f"https://cw.example/incidents/{iid}"
    assert trig["client"] == "crisiswatch" and trig["client_url"]
    assert stub.errors == []


async def test_pagerduty_long_summary_is_cut(pd: tuple[PagerDutyStub, StubServer],
                                             client: httpx.AsyncClient) -> None:
    stub, server = pd
    await run_all(pd_sink(server, client), [notification(title="🔥" * 2000)])
    assert len(stub.requests[0].json["payload"]["summary"]) <= 1024 and stub.errors == []


async def test_pagerduty_400_dead_letters_and_429_500_retry(
        pd: tuple[PagerDutyStub, StubServer], client: httpx.AsyncClient) -> None:
    stub, server = pd
    out = await deliver(pd_sink(server, client, key="short"), notification(), DeliveryMemo(),
                        FAST)
    assert isinstance(out, DeadLetter) and out.attempts == 1
    assert "400" in out.reason and "routing_key" in out.reason
    stub.fail_next(1, "429")
    stub.fail_next(1, "500")
    out2 = await deliver(pd_sink(server, client), notification(), DeliveryMemo(), FAST)
    assert isinstance(out2, Delivered)
    assert [r.outcome for r in stub.all_requests[1:]] == ["fault 429", "fault 500", "ok"]


async def test_pagerduty_hang_then_timeout_then_success(
        pd: tuple[PagerDutyStub, StubServer], client: httpx.AsyncClient) -> None:
    stub, server = pd
    stub.fail_for(0.5, "hang", hang_s=5)
    sink = PagerDutySink("pd", PD_KEY, client, LINKS, url=server.url + "/v2/enqueue",
                         timeout_s=0.3)
    out = await deliver(sink, notification(), DeliveryMemo(),
                        RetryPolicy(max_attempts=10, base_s=0.05, max_backoff_s=0.1))
    assert isinstance(out, Delivered) and stub.alerts


# --- Telegram ---

def tg_sink(server: StubServer, client: httpx.AsyncClient, stub: TelegramStub) -> TelegramSink:
    return TelegramSink("tg", stub.token, "-1001234567890", client, LINKS,
                        base_url=server.url, timeout_s=5)


async def test_telegram_send_then_edit(tg: tuple[TelegramStub, StubServer],
                                       client: httpx.AsyncClient) -> None:
    stub, server = tg
    sink = tg_sink(server, client, stub)
    n1, n2, n3 = lifecycle()
    memo = await run_all(sink, [n1])
    first = stub.messages[("-1001234567890", int(memo.message_ref))]
    datas = [b["callback_data"] for b in first.markup["inline_keyboard"][0]]
    assert [d[0] for d in datas] == ["a", "r", "s"]
    action = parse_telegram_callback({"callback_query": {"id": "1", "data": datas[0],
                                                         "from": {"id": 1}}})
    assert action.incident_id == n1.incident.id and action.kind == "ack"

    memo = await run_all(sink, [n2, n3], memo)
    assert first.edits == 2 and first.markup == {"inline_keyboard": []}
    replies = [m for m in stub.sent if m.reply_to == first.message_id]
    assert len(replies) == 2 and all(r.silent for r in replies)
    assert "Resolved by anna" in parse_html(first.text)[0] or "Resolved" in replies[1].text
    assert stub.errors == []


async def test_telegram_identical_edit_is_success(tg: tuple[TelegramStub, StubServer],
                                                  client: httpx.AsyncClient) -> None:
    stub, server = tg
    sink = tg_sink(server, client, stub)
    n1, n2, _ = lifecycle()
    memo = await run_all(sink, [n1, n2])
    again = await sink.send(n2, memo)  # same content: Telegram says "not modified"
    assert isinstance(again, Delivered)
    assert any("not modified" in r.outcome for r in stub.all_requests)


async def test_telegram_429_uses_parameters_retry_after(
        tg: tuple[TelegramStub, StubServer], client: httpx.AsyncClient) -> None:
    stub, server = tg
    stub.fail_next(1, "429", retry_after=1)
    sink = tg_sink(server, client, stub)
    attempt = await sink.send(notification(), DeliveryMemo())
    assert isinstance(attempt, RetryLater) and attempt.retry_after_s == 1.0
    stub.fail_next(1, "500")
    out = await deliver(sink, notification(), DeliveryMemo(), FAST)
    assert isinstance(out, Delivered)


async def test_telegram_bad_token_is_permanent_and_hidden(
        tg: tuple[TelegramStub, StubServer], client: httpx.AsyncClient) -> None:
    _, server = tg
    secret = "999:wrong-token-abcdefghijklmnopqrstuvwxyz"
    sink = TelegramSink("tg", secret, "-1001234567890", client, LINKS, base_url=server.url)
    out = await deliver(sink, notification(), DeliveryMemo(), FAST)
    assert isinstance(out, DeadLetter) and "401" in out.reason and secret not in out.reason


async def test_telegram_huge_content_fits_4096(tg: tuple[TelegramStub, StubServer],
                                               client: httpx.AsyncClient) -> None:
    stub, server = tg
    n = notification(title="Скандал & <b>" * 400,
                     mentions=tuple(mention(i, text="🔥<x>&" * 200) for i in range(8)))
    memo = await run_all(tg_sink(server, client, stub), [n])
    assert memo.message_ref and stub.errors == []


# --- generic webhook (Alertmanager shape) ---

async def test_webhook_alertmanager_shape_with_bearer(client: httpx.AsyncClient) -> None:
    stub = WebhookStub(token="hook-token")
    with StubServer(stub) as server:
        sink = WebhookSink("ops", server.url + "/hook", client, LINKS, token="hook-token")
        stub.fail_next(1, "500")
        n1, _, n3 = lifecycle()
        await run_all(sink, [n1, evolve(n3, "resolve", 2, state="resolved", resolved_ms=n1.at_ms
                                        + 60_000)])
        firing, resolved = (r.json for r in stub.requests)
        assert stub.errors == []
        assert firing["version"] == "4" and firing["status"] == "firing"
        assert firing["receiver"] == "ops" and firing["truncatedAlerts"] == 0
        assert firing["groupLabels"] == {"brand": "acme", "kind": "viral_story",
                                         "group": "story-1"}
        assert firing["alerts"][0]["endsAt"] == "0001-01-01T00:00:00Z"
        assert firing["alerts"][0]["fingerprint"] == resolved["alerts"][0]["fingerprint"]
        assert resolved["status"] == "resolved" and resolved["alerts"][0]["endsAt"] != \
            "0001-01-01T00:00:00Z"
        assert stub.requests[0].headers["Idempotency-Key"] == n1.key
        bad = WebhookSink("ops", server.url + "/hook", client, LINKS, token="nope")
        out = await deliver(bad, n1, DeliveryMemo(), FAST)
        assert isinstance(out, DeadLetter) and "401" in out.reason


# --- escaping across every chat payload ---

async def test_mentions_never_ping_anyone_anywhere(
        slack: tuple[SlackStub, StubServer], tg: tuple[TelegramStub, StubServer],
        client: httpx.AsyncClient) -> None:
    sstub, sserver = slack
    tstub, tserver = tg
    n = notification(mentions=(mention(1, text=f"look {EVIL}", author="<!everyone>",
                                       url="https://x.example/1?a=<b>"),))
    n2 = evolve(n, "escalate", 2, escalation_level=1)
    await run_all(slack_sink(sserver, client), [n, n2])
    await run_all(SlackWebhookSink("hook", sserver.url + WEBHOOK_PATH, client, LINKS), [n])
    await run_all(tg_sink(tserver, client, tstub), [n, n2])
    for rec in [*sstub.all_requests, *tstub.all_requests]:
        for bad in ("<!channel>", "<!here", "<!everyone>", "<@U0BOSS>", "<https://evil",
                    "<#C0GENERAL>"):
            assert bad not in rec.text, (rec.path, bad)
    assert sstub.pings == [] and sstub.errors == [] and tstub.errors == []
    visible, problems = parse_html(tstub.sent[0].text)
    assert problems == [] and "<!channel>" in visible  # shown literally, harmlessly
    assert any("&lt;!channel&gt;" in json.dumps(b) for m in sstub.messages.values()
               for b in m.blocks)


async def test_slack_huge_content_stays_within_block_kit_limits(
        slack: tuple[SlackStub, StubServer], client: httpx.AsyncClient) -> None:
    stub, server = slack
    n = notification(title="&<>" * 1000, group="g" * 3000,
                     mentions=tuple(mention(i, text="&" * 5000, author="<" * 500)
                                    for i in range(20)))
    await run_all(slack_sink(server, client), [n])
    assert stub.errors == [] and stub.pings == []
    (msg,) = stub.messages.values()
    # Buttons carry the id only, so a huge group no longer costs the silence button.
    assert button_ids(msg.blocks) == ["ack", "resolve", "silence_1h"]
    assert all(len(e["value"]) < 200 for b in msg.blocks if b["type"] == "actions"
               for e in b["elements"])


# --- console and file ---

async def test_console_sink_plain_when_not_a_tty() -> None:
    out = io.StringIO()
    sink = ConsoleSink("console", LINKS, stream=out)
    n = notification(mentions=(mention(1, text="evil \x1b[2J clear"),))
    result = await sink.send(n, DeliveryMemo())
    assert isinstance(result, Delivered)
    text = out.getvalue()
    assert "\x1b" not in text and "[CRITICAL] Acme Foods: Guard throws out elderly woman" in text
    coloured = io.StringIO()
    await ConsoleSink("console", LINKS, stream=coloured, colour=True).send(n, DeliveryMemo())
    assert "\x1b[" in coloured.getvalue() and "\x1b[2J" not in coloured.getvalue()


async def test_file_sink_appends_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "pages.jsonl"
    sink = FileSink("file", str(path), LINKS)
    await run_all(sink, lifecycle())
    lines = path.read_bytes().splitlines()
    assert [json.loads(x)["event"] for x in lines] == ["trigger", "acknowledge", "resolve"]
    doc = msgspec.json.decode(lines[0])
    assert doc["notification"]["incident"]["id"] == "acme.viral_story.1a2b3c4d.1"


async def test_file_sink_skips_a_key_the_file_already_holds(tmp_path: Path) -> None:
    """A replay after a crash between the write and the delivery book: a new sink (a restarted
    worker) reads the keys in the file and does not append the notification again."""
    path = tmp_path / "pages.jsonl"
    first, second = lifecycle()[:2]
    await FileSink("file", str(path), LINKS).send(first, DeliveryMemo())
    with path.open("ab") as f:
        f.write(b'{"key": "torn')  # a crash mid-write
    restarted = FileSink("file", str(path), LINKS)
    again = await restarted.send(first, DeliveryMemo())
    assert isinstance(again, Delivered) and again.duplicate
    fresh = await restarted.send(second, DeliveryMemo())
    assert isinstance(fresh, Delivered) and not fresh.duplicate
    lines = path.read_bytes().splitlines()
    assert lines[1] == b'{"key": "torn'  # the next line starts on a line of its own
    assert [json.loads(x)["key"] for x in (lines[0], lines[2])] == [first.key, second.key]


# --- build_sink and secrets ---

async def test_build_sink_resolves_secrets_and_targets_overrides(
        slack: tuple[SlackStub, StubServer], pd: tuple[PagerDutyStub, StubServer],
        client: httpx.AsyncClient, tmp_path: Path) -> None:
    keyfile = tmp_path / "pd.key"
    keyfile.write_text(PD_KEY + "\n")
    secrets = SecretResolver(env={"SLACK_TOKEN": SLACK_TOKEN})
    s = build_sink("slack", Receiver(type="slack", channel="#crisis", token_env="SLACK_TOKEN",
                                     url=slack[1].url + "/api/", timeout="2s"),
                   secrets, client, LINKS)
    p = build_sink("pd", Receiver(type="pagerduty", routing_key_file=str(keyfile),
                                  url=pd[1].url + "/v2/enqueue"), secrets, client, LINKS)
    await run_all(s, [notification()])
    await run_all(p, [notification()])
    assert len(slack[0].messages) == 1 and pd[0].requests[0].json["routing_key"] == PD_KEY
    assert secrets.known == {SLACK_TOKEN, PD_KEY}
    c = build_sink("console", Receiver(type="console"), secrets, client, LINKS)
    assert c.name == "console"


def test_missing_secret_names_receiver_key_and_variable_never_a_value() -> None:
    secrets = SecretResolver(env={"OTHER": slack_token("123456789")})
    with pytest.raises(SecretError) as err:
        secrets.get("team-slack", "token", env="SLACK_TOKEN")
    msg = str(err.value)
    assert "team-slack" in msg and "token" in msg and "SLACK_TOKEN" in msg
    with pytest.raises(SecretError, match="/nonexistent/key"):
        secrets.get("pd", "routing_key", file="/nonexistent/key")


def test_redact_masks_known_values_and_token_shapes() -> None:
    secrets = SecretResolver(env={"PD": HEX_KEY})
    secrets.get("pd", "routing_key", env="PD")
    event = {"event": "sent", "url": slack_webhook_url("T00/B00/XXXXSECRET"),
             "error": f"auth failed for {slack_token('1111-2222-abcdef')} and {HEX_KEY}",
             "api": f"https://api.telegram.org/bot{TELEGRAM_BOT_TOKEN}/send",
             "token": "anything", "nested": [{"headers": {"Authorization": "Bearer abc.def.ghi"}}],
             "n": 3}
    out = secrets.processor()(None, "info", dict(event))
    text = json.dumps(out)
    for leaked in ("XXXXSECRET", slack_token("1111"), HEX_KEY,
                   "AAbbccdd", "abc.def.ghi"):
        assert leaked not in text
    assert out["token"] == MASK and out["n"] == 3 and out["event"] == "sent"
    assert "hooks.slack.com/services/" in out["url"]
    assert redact("nothing secret here") == "nothing secret here"


def test_stub_server_usable_from_sync_code() -> None:
    stub = PagerDutyStub()
    with StubServer(stub) as server:
        r = httpx.post(server.url + "/v2/enqueue", json={"routing_key": PD_KEY,
                                                         "event_action": "resolve",
                                                         "dedup_key": "x"})
        assert r.status_code == 202 and r.json()["dedup_key"] == "x"
        r = httpx.post(server.url + "/v2/enqueue", json={"routing_key": "x"})
        assert r.status_code == 400 and r.json()["errors"]
    assert len(stub.errors) == 1


def test_rejected_is_exported() -> None:
    assert Rejected("x").reason == "x"
    assert IncidentRef("a", "b").kind == ""
