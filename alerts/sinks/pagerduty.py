"""PagerDuty Events API v2: trigger / acknowledge / resolve, deduplicated by our incident id.

Contract (developer.pagerduty.com, "Send an Alert Event" and "Events API v2 Overview"): POST JSON
to /v2/enqueue; `routing_key` (32-char integration key), `event_action`, `dedup_key` (<= 255
chars); for triggers `payload` with `summary` (<= 1024), `source`, `severity` (critical | error |
warning | info), optional `timestamp`, `component`, `group`, `class`, `custom_details`; `links`,
`client`, `client_url`. 202 accepted; 400 invalid (do not retry); 429 and 5xx: retry later.
Repeated triggers with the same dedup_key append to the open alert instead of paging anew.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import httpx
import msgspec

from alerts import markup as mk
from alerts.model import Notification
from alerts.render import Links, Message, render
from alerts.sinks.base import (
    Delivered,
    DeliveryMemo,
    Rejected,
    Result,
    classify_http,
    transport_error,
)

DEFAULT_URL = "https://events.pagerduty.com/v2/enqueue"
ACTIONS = {"trigger": "trigger", "update": "trigger", "repeat": "trigger", "escalate": "trigger",
           "acknowledge": "acknowledge", "resolve": "resolve"}


def rfc3339(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")


def dedup_key(incident_id: str) -> str:
    """The incident id itself (so webhooks map back), hashed only if PagerDuty can't take it."""
    if len(incident_id) <= mk.PAGERDUTY_DEDUP_KEY:
        return incident_id
    return "sha256:" + hashlib.sha256(incident_id.encode()).hexdigest()


def _details(m: Message, n: Notification) -> dict[str, Any]:
    d: dict[str, Any] = {
        "brand": m.brand, "brand_name": m.brand_name, "kind": m.kind, "group": m.group,
        "event": m.event_text, "state": m.state, "unverified": m.unverified,
        "incident_id": m.incident_id, "notification_key": n.key,
    }
    d.update({f.label: f.value for f in m.fields})
    if m.mentions:
        d["top_mentions"] = [f"{x.author} ({x.source}, reach {x.reach}): {x.text} {x.url}".strip()
                             for x in m.mentions]
    return d


def event_body(routing_key: str, n: Notification, m: Message) -> dict[str, Any]:
    action = ACTIONS[n.event]
    body: dict[str, Any] = {"routing_key": routing_key, "event_action": action,
                            "dedup_key": dedup_key(m.incident_id)}
    if action == "trigger":
        body["payload"] = {
            "summary": mk.truncate_plain(mk.clean(m.summary), mk.PAGERDUTY_SUMMARY),
            "source": "crisiswatch",
            "severity": m.severity.label,
            "timestamp": rfc3339(n.incident.last_signal_ms or n.at_ms),
            "component": m.brand,
            "group": m.kind,
            "class": m.kind_text,
            "custom_details": _details(m, n),
        }
        body["links"] = [{"href": url, "text": m.strings[label]} for url, label in
                         ((m.console_url, "link.console"), (m.grafana_url, "link.grafana")) if url]
        body["client"] = "crisiswatch"
        if m.console_url:
            body["client_url"] = m.console_url
    return body


class PagerDutySink:
    def __init__(self, name: str, routing_key: str, client: httpx.AsyncClient, links: Links, *,
                 url: str = DEFAULT_URL, timeout_s: float = 10.0) -> None:
        self.name = name
        self._key = routing_key
        self._client = client
        self._links = links
        self._url = url
        self._timeout = timeout_s

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result:
        body = event_body(self._key, n, render(n, self._links))
        what = f"pagerduty {body['event_action']}"
        try:
            resp = await self._client.post(
                self._url, content=msgspec.json.encode(body), timeout=self._timeout,
                headers={"Content-Type": "application/json"})
        except httpx.HTTPError as exc:
            return transport_error(exc, what, (self._key,))
        if 200 <= resp.status_code < 300:
            return Delivered(memo=DeliveryMemo(last_seq=memo.last_seq,
                                               message_ref=body["dedup_key"]),
                             detail=f"{what} {body['dedup_key']}")
        failed = classify_http(resp.status_code, resp.headers, what)
        if isinstance(failed, Rejected):
            errors = ""
            try:
                doc = msgspec.json.decode(resp.content)
                if isinstance(doc, dict):
                    errors = "; ".join(str(e) for e in doc.get("errors", []))[:500]
            except msgspec.DecodeError:
                pass
            return Rejected(f"{failed.reason} {errors}".strip())
        return failed

    async def aclose(self) -> None:
        return None
