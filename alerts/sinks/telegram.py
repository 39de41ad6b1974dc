"""Telegram Bot API: one HTML message per incident with an inline keyboard, edited in place on
every change, plus a short reply so the chat gets notified of what changed.

Contract (core.telegram.org/bots/api): POST JSON to {base}/bot{token}/{method}; responses
`{"ok": true, "result": ...}` or `{"ok": false, "error_code", "description",
"parameters": {"retry_after"}}`; text <= 4096 characters after entity parsing; callback_data
1-64 bytes. Editing with identical content answers 400 "message is not modified": that is success.
"""

from __future__ import annotations

from typing import Any

import httpx
import msgspec

from alerts import markup as mk
from alerts.inbound import IncidentRef, telegram_callback
from alerts.model import Notification
from alerts.render import Links, Message, render
from alerts.sinks.base import (
    Delivered,
    DeliveryMemo,
    Rejected,
    Result,
    RetryLater,
    retry_after,
    transport_error,
)

DEFAULT_BASE_URL = "https://api.telegram.org"
SEVERITY_EMOJI = {"info": "🔵", "warning": "🟡", "error": "🟠", "critical": "🔴"}
STATE_EMOJI = {"acknowledged": "👀", "resolved": "✅"}


def html(m: Message) -> str:
    """The whole message in Telegram HTML, fitted to 4096 without breaking tags or entities."""
    e = mk.telegram_escape
    emoji = STATE_EMOJI.get(m.state) or SEVERITY_EMOJI.get(m.severity.label, "")
    lines = [f"{emoji} <b>{e(m.headline)}</b>",
             f"<b>{e(m.event_text)}</b>",
             f"<b>{e(m.severity_text)}</b> · {e(m.kind_text)}"]
    if m.unverified_text:
        lines.append(f"⚠️ <b>{e(m.unverified_text)}</b>")
    lines.append("")
    lines += [f"<b>{e(f.label)}:</b> {e(f.value)}" for f in m.fields]
    if m.mentions:
        lines += ["", f"<b>{e(m.strings['mentions'])}</b>"]
        for x in m.mentions:
            head = f"<b>{e(x.author or '?')}</b> · {e(x.source)}"
            if x.reach:
                head += f" · {x.reach:,}".replace(",", " ")
            if x.url:
                head += " · " + mk.telegram_link(x.url, "link")
            lines += [head, f"<i>{e(x.text)}</i>"]
    links = [mk.telegram_link(url, m.strings[label]) for url, label in
             ((m.console_url, "link.console"), (m.grafana_url, "link.grafana")) if url]
    lines += ["", " · ".join([*links, f"<code>{e(m.incident_id)}</code>"])]
    return mk.truncate_markup("\n".join(lines), mk.TELEGRAM_TEXT, html=True)


def keyboard(m: Message) -> dict[str, Any]:
    if m.state == "resolved":
        return {"inline_keyboard": []}
    ref = IncidentRef(id=m.incident_id, brand=m.brand, occurrence=m.occurrence)
    verbs = ["ack", "resolve", "silence_1h"] if m.state == "triggered" else ["resolve",
                                                                             "silence_1h"]
    return {"inline_keyboard": [[{"text": m.strings[f"btn.{v}"],
                                  "callback_data": telegram_callback(v, ref)} for v in verbs]]}


class TelegramSink:
    def __init__(self, name: str, token: str, chat_id: str, client: httpx.AsyncClient,
                 links: Links, *, base_url: str = DEFAULT_BASE_URL,
                 timeout_s: float = 10.0) -> None:
        self.name = name
        self._token = token
        self._chat = chat_id
        self._client = client
        self._links = links
        self._base = base_url.rstrip("/")
        self._timeout = timeout_s

    async def _call(self, method: str, body: dict[str, Any]) -> Any | Result:
        """`result` when ok; "not_modified" for an identical edit; else the failed result."""
        what = f"telegram {method}"
        try:
            resp = await self._client.post(
                f"{self._base}/bot{self._token}/{method}", content=msgspec.json.encode(body),
                timeout=self._timeout, headers={"Content-Type": "application/json"})
        except httpx.HTTPError as exc:
            return transport_error(exc, what, (self._token,))
        try:
            doc = msgspec.json.decode(resp.content)
        except msgspec.DecodeError:
            doc = None
        if not isinstance(doc, dict):
            if resp.status_code >= 500 or resp.status_code == 429:
                return RetryLater(f"{what}: HTTP {resp.status_code}", retry_after(resp.headers))
            return Rejected(f"{what}: HTTP {resp.status_code}, response is not JSON")
        if doc.get("ok") is True:
            return doc.get("result")
        code = int(doc.get("error_code") or resp.status_code)
        desc = str(doc.get("description", ""))[:200]
        if "message is not modified" in desc:
            return "not_modified"
        params = doc.get("parameters") if isinstance(doc.get("parameters"), dict) else {}
        if code == 429 or resp.status_code == 429:
            ra = params.get("retry_after") if isinstance(params, dict) else None
            wait = float(ra) if isinstance(ra, int | float) else retry_after(resp.headers)
            return RetryLater(f"{what}: 429 {desc}", wait)
        if code >= 500:
            return RetryLater(f"{what}: {code} {desc}")
        return Rejected(f"{what}: {code} {desc}")

    async def _send_new(self, m: Message) -> Result:
        res = await self._call("sendMessage", {
            "chat_id": self._chat, "text": html(m), "parse_mode": "HTML",
            "link_preview_options": {"is_disabled": True}, "reply_markup": keyboard(m)})
        if isinstance(res, Delivered | RetryLater | Rejected):
            return res
        message_id = res.get("message_id") if isinstance(res, dict) else None
        if message_id is None:
            return Rejected("telegram sendMessage: response without message_id")
        return Delivered(memo=DeliveryMemo(message_ref=str(message_id)),
                         detail=f"sent {message_id}")

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result:
        m = render(n, self._links)
        if not memo.message_ref:
            return await self._send_new(m)
        ref = memo.message_ref
        edited = await self._call("editMessageText", {
            "chat_id": self._chat, "message_id": int(ref), "text": html(m), "parse_mode": "HTML",
            "link_preview_options": {"is_disabled": True}, "reply_markup": keyboard(m)})
        if isinstance(edited, Rejected) and "message to edit not found" in edited.reason:
            fresh = await self._send_new(m)
            if not isinstance(fresh, Delivered):
                return fresh
            ref = fresh.memo.message_ref
        elif isinstance(edited, RetryLater | Rejected | Delivered):
            return edited
        quiet = n.event in ("acknowledge", "resolve")
        reply = await self._call("sendMessage", {
            "chat_id": self._chat, "parse_mode": "HTML", "disable_notification": quiet,
            "text": mk.truncate_markup(f"<b>{mk.telegram_escape(m.event_text)}</b> · "
                                       f"{mk.telegram_escape(m.severity_text)}",
                                       mk.TELEGRAM_TEXT, html=True),
            "reply_parameters": {"message_id": int(ref), "allow_sending_without_reply": True}})
        if isinstance(reply, RetryLater) and ref != memo.message_ref:
            return RetryLater(reply.reason, reply.retry_after_s,
                              DeliveryMemo(last_seq=memo.last_seq, message_ref=ref))
        if isinstance(reply, RetryLater | Rejected | Delivered):
            return reply
        return Delivered(memo=DeliveryMemo(last_seq=memo.last_seq, message_ref=ref),
                         detail=f"edited {ref}")

    async def aclose(self) -> None:
        return None
