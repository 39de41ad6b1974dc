"""Slack incoming webhook: the simplest Slack setup, one new message per notification.

Contract (docs.slack.dev, "Sending messages using incoming webhooks"): POST JSON `{text, blocks}`
to the secret URL; 200 with body `ok`; errors as plain-text codes with 4xx (`invalid_payload`,
`no_text`, `channel_not_found`, `channel_is_archived`, `action_prohibited`, ...), 429 with
Retry-After. Webhook messages cannot be updated, so there are no buttons.
"""

from __future__ import annotations

import httpx
import msgspec

from alerts.model import Notification
from alerts.render import Links, render
from alerts.sinks.base import (
    Delivered,
    DeliveryMemo,
    Rejected,
    Result,
    RetryLater,
    classify_http,
    transport_error,
)
from alerts.sinks.slack import blocks, fallback_text


class SlackWebhookSink:
    def __init__(self, name: str, url: str, client: httpx.AsyncClient, links: Links, *,
                 timeout_s: float = 10.0) -> None:
        self.name = name
        self._url = url
        self._client = client
        self._links = links
        self._timeout = timeout_s

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result:
        m = render(n, self._links)
        body = {"text": fallback_text(m), "blocks": blocks(m, interactive=False),
                "unfurl_links": False}
        what = "slack webhook"  # never the URL: it is the secret
        try:
            resp = await self._client.post(
                self._url, content=msgspec.json.encode(body), timeout=self._timeout,
                headers={"Content-Type": "application/json; charset=utf-8"})
        except httpx.HTTPError as exc:
            return transport_error(exc, what, (self._url,))
        code = resp.text.strip()[:80]
        if resp.status_code == 200:
            return Delivered(memo=memo, detail=code)
        failed = classify_http(resp.status_code, resp.headers, what)
        detail = f"{failed.reason} {code}".strip()
        if isinstance(failed, RetryLater):
            return RetryLater(detail, failed.retry_after_s)
        return Rejected(detail)

    async def aclose(self) -> None:
        return None
