"""Actions arriving from outside: verify who sent them, then turn them into `Action`s.

Verification works on the raw request body, before any parsing: Slack signs
`v0:{timestamp}:{body}` (X-Slack-Signature / X-Slack-Request-Timestamp), PagerDuty webhooks v3 sign
the body with one signature per active secret (X-PagerDuty-Signature: v1=...,v1=...). Telegram
does not sign updates; set a `secret_token` on setWebhook and compare the
X-Telegram-Bot-Api-Secret-Token header with `verify_telegram`.

Our own buttons carry what the action needs (`IncidentRef`): Slack button values hold JSON with
the incident id, brand and occurrence; Telegram's 64-byte callback_data holds the brand, the id
(or a hash of a long id, resolved through a caller-supplied lookup) and the occurrence when it
fits. "Silence 1h" becomes an incident silence (`Action.silence` None): the engine knows the
incident's kind and group, so no button has to carry a group of any length.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

import msgspec

from alerts.engine import brand_of
from alerts.markup import SLACK_BUTTON_VALUE, TELEGRAM_CALLBACK_DATA
from alerts.model import Action, ActionKind

SILENCE_TEXT = "1h"  # what "Silence 1h" buttons ask the engine for
SLACK_VERBS = ("ack", "resolve", "silence_1h")
_TG_VERB = {"ack": "a", "resolve": "r", "silence_1h": "s"}
_TG_VERB_BACK = {v: k for k, v in _TG_VERB.items()}
_KIND: dict[str, ActionKind] = {"ack": "ack", "resolve": "resolve", "silence_1h": "silence"}


class InboundError(Exception):
    """The request is not authentic or not something we act on; `reason` is safe to log.

    `kind` is a bounded label for metrics: stale (outside the replay window), unsigned (the
    signature or timestamp is missing or malformed), bad_signature, other."""

    def __init__(self, reason: str, kind: str = "other") -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind


class IncidentRef(msgspec.Struct, frozen=True):
    """What an action button must say about its incident."""

    id: str
    brand: str
    kind: str = ""
    group: str = ""
    occurrence: int = 0  # 0: unknown, act on the current occurrence


Lookup = Callable[[str], IncidentRef | None]


class _RefWire(msgspec.Struct, frozen=True, omit_defaults=True):
    i: str
    b: str
    k: str = ""
    g: str = ""
    o: int = 0


# --- verification -----------------------------------------------------------------------------

def _hmac_hex(secret: str, data: bytes) -> str:
    return hmac.new(secret.encode(), data, hashlib.sha256).hexdigest()


def verify_slack(signing_secret: str, timestamp_header: str | None,
                 signature_header: str | None, raw_body: bytes, now_s: float,
                 window_s: float = 300) -> None:
    """Raise InboundError unless Slack signed this body within `window_s` of `now_s`."""
    if not signing_secret:
        raise InboundError("slack signing secret is not configured")
    ts = (timestamp_header or "").strip()
    if not ts.isascii() or not ts.isdigit():
        raise InboundError("missing or non-numeric X-Slack-Request-Timestamp", "unsigned")
    if abs(now_s - int(ts)) > window_s:
        raise InboundError("X-Slack-Request-Timestamp outside the allowed window (replay?)",
                           "stale")
    sig = (signature_header or "").strip()
    if not sig.startswith("v0="):
        raise InboundError("missing or malformed X-Slack-Signature", "unsigned")
    expected = "v0=" + _hmac_hex(signing_secret, b"v0:" + ts.encode() + b":" + raw_body)
    if not hmac.compare_digest(expected.encode(), sig.encode()):
        raise InboundError("X-Slack-Signature does not match", "bad_signature")


def verify_pagerduty(secrets: Sequence[str], signature_header: str | None,
                     raw_body: bytes) -> None:
    """Accept if any v1 signature in the header matches any of our secrets (rotation)."""
    keys = [s for s in secrets if s]
    if not keys:
        raise InboundError("no PagerDuty webhook secret configured")
    given = [p.strip()[3:] for p in (signature_header or "").split(",")
             if p.strip().startswith("v1=")]
    if not given:
        raise InboundError("missing or malformed X-PagerDuty-Signature", "unsigned")
    ok = False
    for key in keys:
        expected = _hmac_hex(key, raw_body).encode()
        for sig in given:
            ok |= hmac.compare_digest(expected, sig.lower().encode())
    if not ok:
        raise InboundError("X-PagerDuty-Signature does not match", "bad_signature")


def verify_telegram(secret_token: str, header: str | None) -> None:
    if not secret_token or not hmac.compare_digest(secret_token.encode(),
                                                   (header or "").encode()):
        raise InboundError("X-Telegram-Bot-Api-Secret-Token does not match", "bad_signature")


# --- button payloads ---------------------------------------------------------------------------

def slack_button_value(ref: IncidentRef, *, with_group: bool) -> str | None:
    """JSON for a button's `value`; None if it cannot fit Slack's 2000-char limit."""
    wire = _RefWire(i=ref.id, b=ref.brand, k=ref.kind if with_group else "",
                    g=ref.group if with_group else "", o=ref.occurrence)
    text = msgspec.json.encode(wire).decode()
    return text if len(text) <= SLACK_BUTTON_VALUE else None


def _decode_slack_value(value: str) -> IncidentRef:
    try:
        w = msgspec.json.decode(value, type=_RefWire)
    except msgspec.DecodeError:
        raise InboundError("button value is not ours") from None
    return IncidentRef(id=w.i, brand=w.b, kind=w.k, group=w.g, occurrence=max(0, w.o))


def telegram_token(incident_id: str) -> str:
    """Stand-in for an incident id too long for callback_data: index incidents by it."""
    digest = hashlib.sha256(incident_id.encode()).digest()
    return "#" + base64.urlsafe_b64encode(digest).decode()[:16]


def telegram_callback(verb: str, ref: IncidentRef) -> str:
    """`{a|r|s}|{brand}|{incident id}[|{occurrence}]` within Telegram's 64 bytes, hashing
    what doesn't fit (ids, brands and occurrences never contain '|')."""
    v = _TG_VERB[verb]
    occ = f"|{ref.occurrence}" if ref.occurrence > 0 else ""
    token = telegram_token(ref.id)
    for data in (f"{v}|{ref.brand}|{ref.id}{occ}", f"{v}|{ref.brand}|{ref.id}",
                 f"{v}|{ref.brand}|{token}{occ}", f"{v}|{ref.brand}|{token}", f"{v}||{token}"):
        if len(data.encode()) <= TELEGRAM_CALLBACK_DATA:
            return data
    raise AssertionError("unreachable: the short form always fits")


# --- parsing -----------------------------------------------------------------------------------

def _action(kind: ActionKind, ref: IncidentRef, *, action_id: str, at_ms: int, by: str,
            via: str) -> Action:
    """Silence buttons become incident silences: the engine fills in kind and group."""
    return Action(id=action_id, kind=kind, brand=ref.brand, at_ms=at_ms, by=by, via=via,
                  incident_id=ref.id, text=SILENCE_TEXT if kind == "silence" else "",
                  occurrence=ref.occurrence or None)


def _obj(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InboundError(f"{what} is missing or not an object")
    return value


def parse_slack_interaction(form_body: bytes, now_ms: int) -> Action:
    """A `block_actions` request (form field `payload`, JSON) from one of our buttons."""
    try:
        form = parse_qs(form_body.decode("utf-8"), strict_parsing=False)
        payload = _obj(msgspec.json.decode(form["payload"][0]), "payload")
    except (KeyError, IndexError, UnicodeDecodeError, msgspec.DecodeError):
        raise InboundError("body has no JSON `payload` form field") from None
    if payload.get("type") != "block_actions":
        raise InboundError(f"unsupported interaction type {payload.get('type')!r}")
    actions = payload.get("actions")
    if not isinstance(actions, list) or not actions:
        raise InboundError("block_actions without actions")
    act = _obj(actions[0], "actions[0]")
    verb = act.get("action_id")
    if verb not in SLACK_VERBS:
        raise InboundError(f"unknown action_id {verb!r}")
    ref = _decode_slack_value(str(act.get("value", "")))
    if not ref.id or not ref.brand:
        raise InboundError("button value without incident")
    user = _obj(payload.get("user"), "user")
    uid = str(user.get("id", ""))
    by = str(user.get("username") or user.get("name") or uid)
    action_ts = str(act.get("action_ts", ""))
    if not uid or not action_ts:
        raise InboundError("block_actions without user id or action_ts")
    return _action(_KIND[verb], ref, action_id=f"slack:{action_ts}:{uid}:{verb}", at_ms=now_ms,
                   by=by, via="slack")


def _iso_ms(text: object) -> int | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return None


_PD_EVENTS: dict[str, ActionKind] = {"incident.acknowledged": "ack",
                                     "incident.resolved": "resolve"}
# Changes made through an integration (our own Events API ack/resolve echoing back, or a
# service's auto-resolve) are not human decisions; crisiswatch owns those transitions.
_PD_MACHINE_AGENTS = frozenset({"service_reference", "integration_reference",
                                "inbound_integration_reference"})


def parse_pagerduty_webhook(body: bytes, now_ms: int = 0,
                            lookup: Lookup | None = None) -> list[Action]:
    """Webhooks v3: acknowledged/resolved incidents created by our Events API triggers.

    Relies on PagerDuty's `event.data.incident_key` being the `dedup_key` we sent (our incident
    id) -- true for incidents opened by an Events API v2 trigger. PagerDuty does not echo our
    payload, so the brand comes from `lookup` or else from the id (`alerts.engine.brand_of`)."""
    try:
        doc = _obj(msgspec.json.decode(body), "body")
    except msgspec.DecodeError:
        raise InboundError("body is not JSON") from None
    event = _obj(doc.get("event"), "event")
    kind = _PD_EVENTS.get(str(event.get("event_type", "")))
    if kind is None:
        return []
    data = _obj(event.get("data"), "event.data")
    if data.get("type", "incident") != "incident":
        return []
    incident_key = data.get("incident_key")
    if not isinstance(incident_key, str) or not incident_key:
        return []  # not one of ours (created by hand or another integration)
    raw_agent = event.get("agent")
    agent: dict[str, Any] = raw_agent if isinstance(raw_agent, dict) else {}
    if agent.get("type") in _PD_MACHINE_AGENTS:
        return []
    ref = ((lookup(incident_key) if lookup else None)
           or IncidentRef(id=incident_key, brand=brand_of(incident_key)))
    at = _iso_ms(event.get("occurred_at")) or now_ms
    by = str(agent.get("summary") or agent.get("id") or "pagerduty")
    return [_action(kind, ref, action_id=f"pagerduty:{event.get('id', '')}", at_ms=at, by=by,
                    via="pagerduty")]


def parse_telegram_callback(update: dict[str, Any], now_ms: int = 0,
                            lookup: Lookup | None = None) -> Action:
    """A callback_query from one of our inline keyboards; a hashed long id needs `lookup`."""
    cq = _obj(update.get("callback_query"), "callback_query")
    data = cq.get("data")
    if not isinstance(data, str):
        raise InboundError("callback_query without data")
    parts = data.split("|")
    if len(parts) == 4 and parts[3].isascii() and parts[3].isdigit():
        occurrence = int(parts[3])
        parts = parts[:3]
    else:
        occurrence = 0
    if len(parts) != 3 or parts[0] not in _TG_VERB_BACK or not parts[2]:
        raise InboundError("callback data is not ours")
    verb = _TG_VERB_BACK[parts[0]]
    brand, token = parts[1], parts[2]
    ref: IncidentRef | None = None
    if lookup is not None:
        ref = lookup(token)
    if ref is None:
        if token.startswith("#"):
            raise InboundError(f"cannot resolve incident {token!r} without a lookup")
        ref = IncidentRef(id=token, brand=brand or brand_of(token))
    if occurrence:
        ref = msgspec.structs.replace(ref, occurrence=occurrence)
    user = _obj(cq.get("from"), "from")
    name = " ".join(str(user.get(k, "")) for k in ("first_name", "last_name")).strip()
    by = f"@{user['username']}" if user.get("username") else (name or str(user.get("id", "")))
    return _action(_KIND[verb], ref, action_id=f"telegram:{cq.get('id', '')}", at_ms=now_ms,
                   by=by, via="telegram")
