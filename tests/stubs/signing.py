"""Requests as Slack, PagerDuty and Telegram send them to us: bodies built the way each platform
builds them, signed the way each documents (independently of alerts/inbound.py, so a mistake
there cannot hide in a shared helper)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode


def slack_block_action(button: dict[str, Any], *, user_id: str = "U0ANNA",
                       username: str = "anna", action_ts: str | None = None,
                       message_ts: str = "1700000000.000200", channel: str = "C0CRISIS"
                       ) -> bytes:
    """The form body Slack POSTs to the interactivity URL when `button` (as we posted it in
    the message's blocks) is clicked: `payload=<url-encoded JSON>`."""
    payload = {
        "type": "block_actions",
        "user": {"id": user_id, "username": username, "name": username, "team_id": "T000"},
        "api_app_id": "A000", "token": "deprecated-verification-token",
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel,
                      "is_ephemeral": False},
        "trigger_id": "1337.42.abcdef", "team": {"id": "T000", "domain": "stub"},
        "channel": {"id": channel, "name": "crisis"},
        "response_url": "https://hooks.slack.com/actions/T000/1/abc",
        "actions": [{"type": "button", "action_id": button["action_id"],
                     "block_id": "crisiswatch_actions", "value": button["value"],
                     "text": button.get("text", {"type": "plain_text", "text": "x"}),
                     "action_ts": action_ts or f"{time.time():.6f}"}],
    }
    return urlencode({"payload": json.dumps(payload, ensure_ascii=False)}).encode()


def slack_headers(body: bytes, secret: str, ts: int | None = None) -> dict[str, str]:
    """X-Slack-Request-Timestamp and X-Slack-Signature: v0= HMAC-SHA256 of v0:{ts}:{body}."""
    stamp = str(int(time.time()) if ts is None else ts)
    base = b"v0:" + stamp.encode() + b":" + body
    sig = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": sig,
            "Content-Type": "application/x-www-form-urlencoded"}


def pagerduty_event(event_type: str, incident_key: str, *, event_id: str = "01EVT",
                    agent_type: str = "user_reference", agent: str = "Pat Oncall") -> bytes:
    """A webhook v3 body for an incident opened by an Events API v2 trigger."""
    return json.dumps({"event": {
        "id": event_id, "event_type": event_type, "resource_type": "incident",
        "occurred_at": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
        "agent": {"id": "PUSER01", "summary": agent, "type": agent_type},
        "client": {"name": "PagerDuty"},
        "data": {"id": "PINC001", "type": "incident", "status": event_type.split(".")[-1],
                 "incident_key": incident_key, "title": "crisis", "number": 7}}}).encode()


def pagerduty_headers(body: bytes, *secrets: str) -> dict[str, str]:
    """X-PagerDuty-Signature: one v1= HMAC-SHA256 of the raw body per active secret."""
    sigs = ",".join("v1=" + hmac.new(s.encode(), body, hashlib.sha256).hexdigest()
                    for s in secrets)
    return {"X-PagerDuty-Signature": sigs, "Content-Type": "application/json"}


def telegram_callback_update(data: str, *, query_id: str = "4382bfdwdsb323b2d9",
                             username: str = "anna_pr") -> dict[str, Any]:
    return {"update_id": 10001, "callback_query": {
        "id": query_id, "chat_instance": "-1", "data": data,
        "from": {"id": 42, "is_bot": False, "first_name": "Anna", "username": username},
        "message": {"message_id": 101, "date": int(time.time()),
                    "chat": {"id": -1001234567890, "type": "supergroup"}}}}
