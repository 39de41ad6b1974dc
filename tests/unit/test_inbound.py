"""Inbound verification and parsing, cross-checked against slack-sdk where it has an opinion."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slack_sdk.signature import SignatureVerifier

from alerts.inbound import (
    InboundError,
    IncidentRef,
    parse_pagerduty_webhook,
    parse_slack_interaction,
    parse_telegram_callback,
    slack_button_value,
    telegram_callback,
    telegram_token,
    verify_pagerduty,
    verify_slack,
    verify_telegram,
)

pytestmark = pytest.mark.unit
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
NOW = 1_764_000_000
REF = IncidentRef(id="acme.viral_story.1a2b3c4d.1", brand="acme", kind="viral_story",
                  group="story-1")


def slack_sign(body: bytes, ts: int, secret: str = SECRET) -> str:
    base = b"v0:" + str(ts).encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class _Clock:
    def __init__(self, now: float) -> None:
        self._now = now

    def now(self) -> float:
        return self._now


def sdk_valid(body: bytes, ts: str | None, sig: str | None, now: float) -> bool:
    verifier = SignatureVerifier(SECRET, clock=_Clock(now))  # type: ignore[arg-type]
    return verifier.is_valid(body, ts, sig)


def ours_valid(body: bytes, ts: str | None, sig: str | None, now: float) -> bool:
    try:
        verify_slack(SECRET, ts, sig, body, now)
    except InboundError:
        return False
    return True


# --- Slack signatures ---

def test_verify_slack_accepts_a_good_signature() -> None:
    body = b"payload=%7B%7D"
    verify_slack(SECRET, str(NOW), slack_sign(body, NOW), body, NOW + 10)


@pytest.mark.parametrize(("ts", "sig_ts", "now", "reason"), [
    ("x123", NOW, NOW, "non-numeric"),
    ("", NOW, NOW, "non-numeric"),
    (str(NOW - 301), NOW - 301, NOW, "window"),
    (str(NOW + 301), NOW + 301, NOW, "window"),
    (str(NOW), NOW + 1, NOW, "does not match"),
])
def test_verify_slack_rejects(ts: str, sig_ts: int, now: int, reason: str) -> None:
    body = b"payload=%7B%7D"
    with pytest.raises(InboundError, match=reason):
        verify_slack(SECRET, ts, slack_sign(body, sig_ts), body, now)


def test_verify_slack_rejects_wrong_secret_and_tampered_body() -> None:
    body = b"payload=a"
    with pytest.raises(InboundError):
        verify_slack(SECRET, str(NOW), slack_sign(body, NOW, "other"), body, NOW)
    with pytest.raises(InboundError):
        verify_slack(SECRET, str(NOW), slack_sign(body, NOW), body + b"x", NOW)
    with pytest.raises(InboundError, match="malformed"):
        verify_slack(SECRET, str(NOW), None, body, NOW)


@pytest.mark.parametrize(("ts_delta", "now_delta", "tamper"), [
    (0, 0, False), (0, 299, False), (0, 301, True), (0, -301, False), (0, 0, True),
])
def test_verify_slack_agrees_with_slack_sdk(ts_delta: int, now_delta: int,
                                            tamper: bool) -> None:
    body = b'payload=%7B%22type%22%3A%22block_actions%22%7D'
    ts = NOW + ts_delta
    sig = slack_sign(body, ts)
    if tamper:
        sig = sig[:-1] + ("0" if sig[-1] != "0" else "1")
    now = NOW + now_delta
    # slack-sdk only rejects *old* timestamps; we also reject ones from the future.
    if now_delta >= 0:
        assert ours_valid(body, str(ts), sig, now) == sdk_valid(body, str(ts), sig, now)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300).map(str.encode), st.integers(min_value=-400, max_value=400),
       st.booleans())
def test_verify_slack_agrees_with_slack_sdk_property(body: bytes, age: int, good: bool) -> None:
    ts = NOW - age
    sig = slack_sign(body, ts) if good else "v0=" + "0" * 64
    if age >= -300:  # the SDK accepts any future timestamp; we don't beyond the window
        assert ours_valid(body, str(ts), sig, NOW) == sdk_valid(body, str(ts), sig, NOW)
    else:
        assert not ours_valid(body, str(ts), sig, NOW)


# --- PagerDuty signatures ---

def pd_sign(body: bytes, secret: str) -> str:
    return "v1=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_verify_pagerduty_with_rotation() -> None:
    body = b'{"event": {}}'
    header = f"{pd_sign(body, 'old-secret')},{pd_sign(body, 'new-secret')}"
    verify_pagerduty(["new-secret"], header, body)
    verify_pagerduty(["old-secret"], header, body)
    verify_pagerduty(["other", "new-secret"], pd_sign(body, "new-secret"), body)
    with pytest.raises(InboundError, match="does not match"):
        verify_pagerduty(["third"], header, body)
    with pytest.raises(InboundError, match="does not match"):
        verify_pagerduty(["new-secret"], header, body + b" ")
    with pytest.raises(InboundError, match="malformed"):
        verify_pagerduty(["new-secret"], "v2=abc", body)
    with pytest.raises(InboundError, match="no PagerDuty"):
        verify_pagerduty([], header, body)


def test_verify_telegram_secret_token() -> None:
    verify_telegram("s3cret", "s3cret")
    with pytest.raises(InboundError):
        verify_telegram("s3cret", "nope")
    with pytest.raises(InboundError):
        verify_telegram("", "")


# --- Slack interactions ---

def slack_form(action_id: str, value: str, *, kind: str = "block_actions") -> bytes:
    payload = {
        "type": kind, "user": {"id": "U0ANNA", "username": "anna", "name": "anna",
                               "team_id": "T000"},
        "api_app_id": "A000", "container": {"type": "message", "message_ts": "1700000000.000200",
                                            "channel_id": "C0CRISIS"},
        "trigger_id": "1.2.3", "channel": {"id": "C0CRISIS", "name": "crisis"},
        "actions": [{"type": "button", "action_id": action_id, "block_id": "crisiswatch_actions",
                     "value": value, "action_ts": "1700000123.456789",
                     "text": {"type": "plain_text", "text": "Acknowledge"}}],
    }
    return urlencode({"payload": json.dumps(payload)}).encode()


def test_parse_slack_ack() -> None:
    value = slack_button_value(REF, with_group=False)
    assert value is not None
    a = parse_slack_interaction(slack_form("ack", value), now_ms=NOW * 1000)
    assert a.kind == "ack" and a.brand == "acme" and a.incident_id == REF.id
    assert a.by == "anna" and a.via == "slack" and a.at_ms == NOW * 1000
    assert a.id == "slack:1700000123.456789:U0ANNA:ack"
    assert a.silence is None


def test_parse_slack_silence_1h_is_an_incident_silence() -> None:
    value = slack_button_value(REF, with_group=False)
    assert value is not None
    a = parse_slack_interaction(slack_form("silence_1h", value), now_ms=5_000)
    assert (a.kind, a.incident_id, a.brand, a.text, a.by) == (
        "silence", REF.id, "acme", "1h", "anna")
    assert a.silence is None  # the engine knows the incident's kind and group


def test_slack_buttons_carry_the_occurrence() -> None:
    value = slack_button_value(IncidentRef(REF.id, "acme", occurrence=2), with_group=False)
    assert value is not None
    assert parse_slack_interaction(slack_form("ack", value), now_ms=0).occurrence == 2
    old = slack_button_value(REF, with_group=False)  # buttons posted before occurrences
    assert old is not None
    assert parse_slack_interaction(slack_form("ack", old), now_ms=0).occurrence is None


def test_slack_button_value_limit() -> None:
    assert slack_button_value(IncidentRef("i", "b", "k", "g" * 3000), with_group=True) is None
    assert slack_button_value(IncidentRef("i", "b", "k", "g" * 3000), with_group=False)


@pytest.mark.parametrize(("body", "reason"), [
    (b"nothing=here", "payload"),
    (urlencode({"payload": "not json"}).encode(), "payload"),
    (slack_form("ack", "{}", kind="view_submission"), "unsupported"),
    (slack_form("delete_everything", "{}"), "unknown action_id"),
    (slack_form("ack", "not-json"), "not ours"),
    (slack_form("silence_1h", '{"i":"","b":"acme"}'), "without incident"),
])
def test_parse_slack_rejects(body: bytes, reason: str) -> None:
    with pytest.raises(InboundError, match=reason):
        parse_slack_interaction(body, now_ms=0)


# --- PagerDuty webhooks ---

def pd_event(event_type: str, *, key: str | None = REF.id,
             agent_type: str = "user_reference") -> bytes:
    data: dict[str, object] = {"id": "PGR0VU2", "type": "incident", "status": "acknowledged",
                               "title": "[CRITICAL] Acme: story"}
    if key is not None:
        data["incident_key"] = key
    return json.dumps({"event": {
        "id": "01BRB6ZP4M6T8ZG4X6BP63ZB9O", "event_type": event_type, "resource_type": "incident",
        "occurred_at": "2025-11-24T16:00:00.000Z",
        "agent": {"id": "PLH1HKV", "summary": "Tenex Engineer", "type": agent_type},
        "data": data}}).encode()


def test_parse_pagerduty_ack_and_resolve() -> None:
    (a,) = parse_pagerduty_webhook(pd_event("incident.acknowledged"))
    assert a.kind == "ack" and a.incident_id == REF.id and a.brand == "acme"
    assert a.by == "Tenex Engineer" and a.via == "pagerduty"
    assert a.id == "pagerduty:01BRB6ZP4M6T8ZG4X6BP63ZB9O"
    assert a.at_ms == 1_764_000_000_000
    (r,) = parse_pagerduty_webhook(pd_event("incident.resolved"))
    assert r.kind == "resolve"


def test_parse_pagerduty_ignores_what_we_dont_act_on() -> None:
    assert parse_pagerduty_webhook(pd_event("incident.triggered")) == []
    assert parse_pagerduty_webhook(pd_event("incident.priority_updated")) == []
    assert parse_pagerduty_webhook(pd_event("incident.acknowledged", key=None)) == []
    assert parse_pagerduty_webhook(
        pd_event("incident.resolved", agent_type="service_reference")) == []


def test_parse_pagerduty_lookup_wins() -> None:
    ref = IncidentRef(id=REF.id, brand="looked-up")
    (a,) = parse_pagerduty_webhook(pd_event("incident.acknowledged"), lookup=lambda _: ref)
    assert a.brand == "looked-up"


def test_parse_pagerduty_rejects_garbage() -> None:
    with pytest.raises(InboundError):
        parse_pagerduty_webhook(b"not json")
    with pytest.raises(InboundError):
        parse_pagerduty_webhook(b'{"nope": 1}')


# --- Telegram callbacks ---

def tg_update(data: str) -> dict[str, object]:
    return {"update_id": 1, "callback_query": {
        "id": "4382bfdwdsb323b2d9", "chat_instance": "-1", "data": data,
        "from": {"id": 42, "is_bot": False, "first_name": "Anna", "username": "anna_pr"},
        "message": {"message_id": 101, "chat": {"id": -1001234567890, "type": "supergroup"}}}}


def test_telegram_callback_roundtrip() -> None:
    data = telegram_callback("ack", REF)
    assert data == f"a|acme|{REF.id}" and len(data.encode()) <= 64
    a = parse_telegram_callback(tg_update(data), now_ms=7)
    assert (a.kind, a.brand, a.incident_id, a.by, a.via, a.at_ms) == \
        ("ack", "acme", REF.id, "@anna_pr", "telegram", 7)
    assert a.id == "telegram:4382bfdwdsb323b2d9"
    r = parse_telegram_callback(tg_update(telegram_callback("resolve", REF)))
    assert r.kind == "resolve"


def test_telegram_long_ids_are_hashed_and_need_a_lookup() -> None:
    long_ref = IncidentRef(id="acme.viral_story." + "x" * 80 + ".1", brand="acme",
                           kind="viral_story", group="g")
    data = telegram_callback("ack", long_ref)
    assert len(data.encode()) <= 64 and data == f"a|acme|{telegram_token(long_ref.id)}"
    with pytest.raises(InboundError, match="lookup"):
        parse_telegram_callback(tg_update(data))
    index = {telegram_token(long_ref.id): long_ref}
    a = parse_telegram_callback(tg_update(data), lookup=index.get)
    assert a.incident_id == long_ref.id
    very_long = IncidentRef(id="i", brand="b" * 60)
    assert len(telegram_callback("silence_1h", very_long).encode()) <= 64


def test_telegram_silence_is_an_incident_silence_without_lookup() -> None:
    a = parse_telegram_callback(tg_update(telegram_callback("silence_1h", REF)), now_ms=1000)
    assert (a.kind, a.incident_id, a.text, a.silence) == ("silence", REF.id, "1h", None)


def test_telegram_callback_carries_the_occurrence_when_it_fits() -> None:
    ref = IncidentRef(REF.id, "acme", occurrence=3)
    data = telegram_callback("ack", ref)
    assert data == f"a|acme|{REF.id}|3"
    assert parse_telegram_callback(tg_update(data)).occurrence == 3
    long_ref = IncidentRef("acme.viral_story." + "x" * 80 + ".1", "acme", occurrence=3)
    hashed = telegram_callback("ack", long_ref)
    assert hashed.endswith("|3") and len(hashed.encode()) <= 64
    a = parse_telegram_callback(tg_update(hashed), lookup={telegram_token(long_ref.id):
                                                           long_ref}.get)
    assert (a.incident_id, a.occurrence) == (long_ref.id, 3)


@pytest.mark.parametrize("data", ["", "x|acme|id", "a|acme|", "a-acme-id", "a|acme|id|x",
                                  "a|acme|id|1|2"])
def test_telegram_rejects_foreign_data(data: str) -> None:
    with pytest.raises(InboundError):
        parse_telegram_callback(tg_update(data))


def test_telegram_user_without_username() -> None:
    upd = tg_update(telegram_callback("ack", REF))
    cq = upd["callback_query"]
    assert isinstance(cq, dict)
    cq["from"] = {"id": 42, "first_name": "Анна", "last_name": "К."}
    assert parse_telegram_callback(upd).by == "Анна К."


@pytest.mark.parametrize(("check", "kind"), [
    (lambda: verify_pagerduty(["s3cret"], None, b"{}"), "unsigned"),
    (lambda: verify_pagerduty(["s3cret"], "v1=00", b"{}"), "bad_signature"),
    (lambda: verify_pagerduty([], "v1=00", b"{}"), "other"),
    (lambda: verify_telegram("s3cret", "wrong"), "bad_signature"),
    (lambda: verify_slack("s3cret", "1", "v0=00", b"", 10_000.0), "stale"),
    (lambda: verify_slack("s3cret", "x", "v0=00", b"", 10_000.0), "unsigned"),
])
def test_failed_checks_carry_a_bounded_kind_for_metrics(check: Callable[[], None],
                                                        kind: str) -> None:
    with pytest.raises(InboundError) as err:
        check()
    assert err.value.kind == kind
