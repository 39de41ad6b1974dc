"""Generic webhook in Prometheus Alertmanager's webhook JSON (version "4"), so receivers written
for Alertmanager (chat bridges, ticketing, SMS gateways) work unchanged.

Contract (prometheus.io, "Configuration: webhook_config"): POST JSON `{version, groupKey,
truncatedAlerts, status, receiver, groupLabels, commonLabels, commonAnnotations, externalURL,
alerts: [{status, labels, annotations, startsAt, endsAt, generatorURL, fingerprint}]}`; an unset
`endsAt` is "0001-01-01T00:00:00Z". One incident = one group with one alert.
"""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import urlsplit

import httpx
import msgspec

from alerts.model import Notification
from alerts.render import Links, Message, render
from alerts.sinks.base import (
    Delivered,
    DeliveryMemo,
    Result,
    classify_http,
    transport_error,
)
from alerts.sinks.pagerduty import rfc3339

ZERO_TIME = "0001-01-01T00:00:00Z"


def _external_url(console_url: str) -> str:
    parts = urlsplit(console_url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def alertmanager_body(receiver: str, n: Notification, m: Message, links: Links) -> dict[str, Any]:
    inc = n.incident
    status = "resolved" if inc.state == "resolved" else "firing"
    group_labels = {"brand": inc.brand, "kind": inc.kind, "group": inc.group}
    labels = {"alertname": inc.kind, **group_labels, "severity": inc.severity.label,
              "incident_id": inc.id}
    annotations = {"summary": m.summary, "title": inc.title, "description": m.event_text,
                   "event": n.event, "state": inc.state, "brand_name": m.brand_name,
                   "unverified": str(inc.unverified).lower(), "notification_key": n.key}
    annotations.update({f"why_{i}": f"{f.label}: {f.value}" for i, f in enumerate(m.fields)})
    if m.console_url:
        annotations["console_url"] = m.console_url
    if m.grafana_url:
        annotations["dashboard_url"] = m.grafana_url
    ends = rfc3339(inc.resolved_ms) if status == "resolved" and inc.resolved_ms else ZERO_TIME
    group_key = "{}:{" + ", ".join(f'{k}="{v}"' for k, v in group_labels.items()) + "}"
    return {
        "version": "4",
        "groupKey": group_key,
        "truncatedAlerts": 0,
        "status": status,
        "receiver": receiver,
        "groupLabels": group_labels,
        "commonLabels": labels,
        "commonAnnotations": annotations,
        "externalURL": links.console_url or _external_url(m.console_url),
        "alerts": [{
            "status": status,
            "labels": labels,
            "annotations": annotations,
            "startsAt": rfc3339(inc.opened_ms),
            "endsAt": ends,
            "generatorURL": m.console_url,
            "fingerprint": hashlib.sha256(inc.id.encode()).hexdigest()[:16],
        }],
    }


class WebhookSink:
    def __init__(self, name: str, url: str, client: httpx.AsyncClient, links: Links, *,
                 token: str = "", timeout_s: float = 10.0) -> None:
        self.name = name
        self._url = url
        self._token = token
        self._client = client
        self._links = links
        self._timeout = timeout_s

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result:
        body = alertmanager_body(self.name, n, render(n, self._links), self._links)
        headers = {"Content-Type": "application/json", "Idempotency-Key": n.key}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            resp = await self._client.post(self._url, content=msgspec.json.encode(body),
                                           timeout=self._timeout, headers=headers)
        except httpx.HTTPError as exc:
            return transport_error(exc, "webhook", (self._url, self._token))
        if 200 <= resp.status_code < 300:
            return Delivered(memo=memo, detail=f"HTTP {resp.status_code}")
        return classify_http(resp.status_code, resp.headers, "webhook")

    async def aclose(self) -> None:
        return None
