"""Slack interactivity, PagerDuty webhooks and Telegram callbacks over HTTP, with requests built
and signed as the platforms do, against the real engine and incident store (no broker)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from structlog.testing import capture_logs

from alerts.inbound import IncidentRef, slack_button_value, telegram_callback
from alerts.model import Notification
from alerts.render import Links, render
from alerts.sinks.slack import buttons
from streams.ops import metrics
from tests.http.api_loop import (
    PD_SECRETS,
    SLACK_SECRET,
    TG_SECRET,
    TOKEN,
    EngineLoop,
    api_client,
    signal,
)
from tests.stubs.signing import (
    pagerduty_event,
    pagerduty_headers,
    slack_block_action,
    slack_headers,
    telegram_callback_update,
)

pytestmark = pytest.mark.http


@pytest.fixture
async def env(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[TestClient, EngineLoop]]:
    monkeypatch.setenv("CW_TEST_API_TOKEN", TOKEN)
    monkeypatch.setenv("CW_TEST_SLACK_SECRET", SLACK_SECRET)
    monkeypatch.setenv("CW_TEST_PD_SECRET", ",".join(PD_SECRETS))
    monkeypatch.setenv("CRISISWATCH_TELEGRAM_WEBHOOK_SECRET", TG_SECRET)
    async with api_client() as pair:
        yield pair


def our_buttons(loop: EngineLoop, incident_id: str) -> dict[str, dict[str, Any]]:
    """The buttons exactly as the Slack sink would post them for the incident's last page."""
    n: Notification = [x for x in loop.notifications if x.incident.id == incident_id][-1]
    return {b["action_id"]: b for b in buttons(render(n, Links()))}


async def settle(loop: EngineLoop, count: int) -> None:
    """Let the in-process agent apply what was published (it runs on the next loop turn)."""
    for _ in range(50):
        if sum(len(s.applied_actions) for s in loop.states.values()) >= count:
            return
        await asyncio.sleep(0.01)


# ------------------------------------------------------------------------------ Slack

async def test_slack_ack_button_acks_and_answers_at_once(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    body = slack_block_action(our_buttons(loop, inc.id)["ack"], action_ts="1700000123.000001")
    resp = await client.post("/slack/interactivity", data=body,
                             headers=slack_headers(body, SLACK_SECRET))
    assert resp.status == 200 and await resp.read() == b""
    ((topic, key, action),) = loop.published
    assert (topic, key, action.kind, action.via, action.by) == (
        "actions", b"vkusno", "ack", "slack", "anna")
    assert action.occurrence == 1
    await settle(loop, 1)
    assert loop.store.incidents[inc.id].state == "acknowledged"
    assert [n.event for n in loop.notifications] == ["trigger", "acknowledge"]

    # Slack redelivers / the person double-clicks: same action_ts, a fresh signature.
    again = await client.post("/slack/interactivity", data=body,
                              headers=slack_headers(body, SLACK_SECRET))
    assert again.status == 200
    await settle(loop, 2)
    assert [n.event for n in loop.notifications] == ["trigger", "acknowledge"]


async def test_slack_silence_button_silences_the_incidents_group(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open(signal(kind="viral_story", group="g" * 3000))  # longer than any button
    body = slack_block_action(our_buttons(loop, inc.id)["silence_1h"])
    resp = await client.post("/slack/interactivity", data=body,
                             headers=slack_headers(body, SLACK_SECRET))
    assert resp.status == 200
    await settle(loop, 1)
    (silence,) = loop.states["vkusno"].silences
    assert (silence.kind, silence.group, silence.created_by) == ("viral_story", "g" * 3000,
                                                                 "anna")
    assert silence.ends_ms - silence.starts_ms == 3_600_000


@pytest.mark.parametrize("forgery", ["wrong_secret", "tampered", "old", "future", "unsigned",
                                     "no_timestamp", "malformed"])
async def test_slack_forged_or_replayed_requests_are_401_and_change_nothing(
        env: tuple[TestClient, EngineLoop], forgery: str) -> None:
    client, loop = env
    inc = loop.open()
    body = slack_block_action(our_buttons(loop, inc.id)["ack"])
    headers = slack_headers(body, SLACK_SECRET)
    if forgery == "wrong_secret":
        headers = slack_headers(body, SLACK_SECRET + "x")
    elif forgery == "tampered":
        body = body.replace(b"anna", b"mallory")
    elif forgery == "old":
        headers = slack_headers(body, SLACK_SECRET, ts=int(time.time()) - 301)
    elif forgery == "future":
        headers = slack_headers(body, SLACK_SECRET, ts=int(time.time()) + 400)
    elif forgery == "unsigned":
        del headers["X-Slack-Signature"]
    elif forgery == "no_timestamp":
        del headers["X-Slack-Request-Timestamp"]
    else:
        headers["X-Slack-Signature"] = "v1=" + headers["X-Slack-Signature"][3:]
    expected_label = {"wrong_secret": "bad_signature", "tampered": "bad_signature",
                      "old": "stale", "future": "stale"}.get(forgery, "unsigned")
    counted = metrics.INBOUND_REJECTED.labels("slack", expected_label)
    before = counted._value.get()
    with capture_logs() as logs:
        resp = await client.post("/slack/interactivity", data=body, headers=headers)
    assert resp.status == 401
    assert loop.published == []
    (line,) = [e for e in logs if e["event"] == "inbound.rejected"]
    assert line["endpoint"] == "slack" and line["reason"]
    assert counted._value.get() == before + 1
    dumped = json.dumps(logs, default=str)
    assert SLACK_SECRET not in dumped
    signature = headers.get("X-Slack-Signature", "")
    assert not signature or signature[3:] not in dumped


async def test_slack_not_configured_is_503_and_oversize_is_413(
        env: tuple[TestClient, EngineLoop], monkeypatch: pytest.MonkeyPatch) -> None:
    client, loop = env
    big = b"payload=" + b"x" * 300_000
    assert (await client.post("/slack/interactivity", data=big,
                              headers=slack_headers(big, SLACK_SECRET))).status == 413
    monkeypatch.delenv("CW_TEST_SLACK_SECRET")
    body = b"payload=%7B%7D"
    resp = await client.post("/slack/interactivity", data=body,
                             headers=slack_headers(body, SLACK_SECRET))
    assert resp.status == 503 and "CW_TEST_SLACK_SECRET" in (await resp.json())["error"]
    assert loop.published == []


async def test_slack_signed_but_not_our_button_is_400(env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    body = slack_block_action({"action_id": "delete_everything", "value": "{}"})
    resp = await client.post("/slack/interactivity", data=body,
                             headers=slack_headers(body, SLACK_SECRET))
    assert resp.status == 400 and loop.published == []


async def test_slack_button_for_an_unconfigured_brand_is_dropped(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    value = slack_button_value(IncidentRef("globex.x.0.1", "globex"), with_group=False)
    body = slack_block_action({"action_id": "ack", "value": value})
    resp = await client.post("/slack/interactivity", data=body,
                             headers=slack_headers(body, SLACK_SECRET))
    assert resp.status == 200 and loop.published == []


# ------------------------------------------------------------------------------ PagerDuty

async def test_pagerduty_ack_and_resolve_with_a_rotated_secret(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    for event, secret in (("incident.acknowledged", PD_SECRETS[1]),
                          ("incident.resolved", PD_SECRETS[0])):
        body = pagerduty_event(event, inc.id, event_id=f"evt-{event}")
        resp = await client.post("/pagerduty/webhook", data=body,
                                 headers=pagerduty_headers(body, "retired-secret", secret))
        assert resp.status == 200
    await settle(loop, 2)
    assert [(a.kind, a.via, a.by) for a in loop.actions()] == [
        ("ack", "pagerduty", "Pat Oncall"), ("resolve", "pagerduty", "Pat Oncall")]
    assert [n.event for n in loop.notifications] == ["trigger", "acknowledge", "resolve"]


async def test_pagerduty_echo_of_our_own_events_and_other_events_publish_nothing(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    for body in (pagerduty_event("incident.acknowledged", inc.id,
                                 agent_type="inbound_integration_reference"),
                 pagerduty_event("incident.triggered", inc.id),
                 pagerduty_event("pagey.ping", inc.id)):
        resp = await client.post("/pagerduty/webhook", data=body,
                                 headers=pagerduty_headers(body, PD_SECRETS[0]))
        assert resp.status == 200
    assert loop.published == []


@pytest.mark.parametrize("headers", [{}, {"X-PagerDuty-Signature": "v1=" + "0" * 64},
                                     {"X-PagerDuty-Signature": "garbage"}])
async def test_pagerduty_unsigned_or_forged_is_401(env: tuple[TestClient, EngineLoop],
                                                   headers: dict[str, str]) -> None:
    client, loop = env
    inc = loop.open()
    body = pagerduty_event("incident.acknowledged", inc.id)
    resp = await client.post("/pagerduty/webhook", data=body, headers=headers)
    assert resp.status == 401 and loop.published == []


# ------------------------------------------------------------------------------ Telegram

async def test_telegram_callback_acks_and_answers_the_callback(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    long_id_incident = loop.open(signal(kind="viral_story", group="s" * 40))
    data = telegram_callback("ack", IncidentRef(long_id_incident.id, "vkusno", occurrence=1))
    update = telegram_callback_update(data)
    resp = await client.post("/telegram/webhook", json=update,
                             headers={"X-Telegram-Bot-Api-Secret-Token": TG_SECRET})
    assert resp.status == 200
    assert await resp.json() == {"method": "answerCallbackQuery",
                                 "callback_query_id": "4382bfdwdsb323b2d9"}
    ((_, key, action),) = loop.published
    assert (key, action.kind, action.by, action.incident_id) == (
        b"vkusno", "ack", "@anna_pr", long_id_incident.id)


async def test_telegram_wrong_secret_is_401_and_other_updates_are_ignored(
        env: tuple[TestClient, EngineLoop]) -> None:
    client, loop = env
    inc = loop.open()
    update = telegram_callback_update(telegram_callback("ack", IncidentRef(inc.id, "vkusno")))
    for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": TG_SECRET + "x"}):
        assert (await client.post("/telegram/webhook", json=update,
                                  headers=headers)).status == 401
    message = {"update_id": 1, "message": {"message_id": 1, "text": "hi"}}
    resp = await client.post("/telegram/webhook", json=message,
                             headers={"X-Telegram-Bot-Api-Secret-Token": TG_SECRET})
    assert resp.status == 200 and await resp.json() == {}
    assert loop.published == []
