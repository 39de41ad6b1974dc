"""Slack Web API bot: one message per incident, kept current with chat.update, and a thread reply
per change so the channel history tells the story.

Contract (docs.slack.dev, chat.postMessage / chat.update / rate limits): POST JSON with
`Authorization: Bearer xoxb-...`; HTTP 200 with `{"ok": false, "error": ...}` for API errors;
HTTP 429 with `Retry-After` when rate limited (about one message per second per channel).
chat.update needs the channel *id* and the `ts` that chat.postMessage returned.
"""

from __future__ import annotations

from typing import Any

import httpx
import msgspec

from alerts import markup as mk
from alerts.inbound import IncidentRef, slack_button_value
from alerts.model import Notification
from alerts.render import Links, Message, render
from alerts.sinks.base import (
    Delivered,
    DeliveryMemo,
    Rejected,
    Result,
    RetryLater,
    classify_http,
    retry_after,
    transport_error,
)

DEFAULT_BASE_URL = "https://slack.com/api/"
# ok:false errors worth retrying; anything else is permanent for this request.
TRANSIENT = frozenset({"ratelimited", "rate_limited", "internal_error", "fatal_error",
                       "service_unavailable", "request_timeout", "team_added_to_org"})
# chat.update errors meaning "that message is gone": post a fresh one instead.
MESSAGE_GONE = frozenset({"message_not_found", "cant_update_message", "edit_window_closed"})
SEVERITY_EMOJI = {"info": "🔵", "warning": "🟡", "error": "🟠", "critical": "🔴"}
STATE_EMOJI = {"acknowledged": "👀", "resolved": "✅"}


def _mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}


def _headline(m: Message) -> str:
    emoji = STATE_EMOJI.get(m.state) or SEVERITY_EMOJI.get(m.severity.label, "")
    return mk.truncate_plain(mk.clean(f"{emoji} {m.headline}".strip()), mk.SLACK_HEADER_TEXT)


def fallback_text(m: Message) -> str:
    """Top-level `text`: shown in notifications and parsed as mrkdwn, so it is escaped too."""
    return mk.slack_text(m.summary, 3000)


def buttons(m: Message) -> list[dict[str, Any]]:
    """Acknowledge only while open; none once resolved."""
    if m.state == "resolved":
        return []
    # Id, brand and occurrence only: the engine knows the kind and group a silence needs, and
    # the occurrence keeps a stale button from acting on a reopened incident.
    ref = IncidentRef(id=m.incident_id, brand=m.brand, occurrence=m.occurrence)
    verbs = ["ack", "resolve", "silence_1h"] if m.state == "triggered" else ["resolve",
                                                                             "silence_1h"]
    out: list[dict[str, Any]] = []
    for verb in verbs:
        value = slack_button_value(ref, with_group=False)
        if value is None:
            continue  # an id too long to encode: better no button than a wrong one
        button: dict[str, Any] = {
            "type": "button", "action_id": verb, "value": value,
            "text": {"type": "plain_text", "emoji": True,
                     "text": mk.truncate_plain(m.strings[f"btn.{verb}"], mk.SLACK_BUTTON_TEXT)},
        }
        if verb == "ack":
            button["style"] = "primary"
        out.append(button)
    return out


def blocks(m: Message, *, interactive: bool = True) -> list[dict[str, Any]]:
    s = m.strings
    top = f"*{mk.slack_escape(m.event_text)}*\n*{mk.slack_escape(m.severity_text)}* · " \
          f"{mk.slack_escape(m.kind_text)}"
    if m.unverified_text:
        top += f"\n:warning: *{mk.slack_escape(m.unverified_text)}*"
    out: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _headline(m), "emoji": True}},
        {"type": "section", "text": _mrkdwn(mk.truncate_markup(top, mk.SLACK_SECTION_TEXT))},
    ]
    fields = [_mrkdwn(mk.truncate_markup(f"*{mk.slack_escape(f.label)}*\n"
                                         f"{mk.slack_escape(f.value)}", mk.SLACK_FIELD_TEXT))
              for f in m.fields[: mk.SLACK_SECTION_FIELDS]]
    if fields:
        out.append({"type": "section", "fields": fields})
    if m.mentions:
        out.append({"type": "section", "text": _mrkdwn(f"*{mk.slack_escape(s['mentions'])}*")})
        for ment in m.mentions:
            meta = f"*{mk.slack_escape(ment.author or '?')}* · {mk.slack_escape(ment.source)}"
            if ment.reach:
                meta += f" · {ment.reach:,}".replace(",", " ")
            if ment.url:
                meta += " · " + mk.slack_link(ment.url, "link")
            body = f"{meta}\n>{mk.slack_escape(ment.text)}"
            out.append({"type": "section",
                        "text": _mrkdwn(mk.truncate_markup(body, mk.SLACK_SECTION_TEXT))})
    links = [mk.slack_link(url, s[label]) for url, label in
             ((m.console_url, "link.console"), (m.grafana_url, "link.grafana")) if url]
    links.append(f"`{mk.slack_escape(m.incident_id)}`")
    out.append({"type": "context", "elements": [_mrkdwn(mk.truncate_markup(
        " · ".join(links), mk.SLACK_SECTION_TEXT))]})
    acts = buttons(m) if interactive else []
    limit = mk.SLACK_MAX_BLOCKS - (1 if acts else 0)
    out = out[:limit]
    if acts:
        out.append({"type": "actions", "block_id": "crisiswatch_actions", "elements": acts})
    return out


class SlackSink:
    """Posts with a bot token; `memo` remembers channel id + ts so later events edit in place."""

    def __init__(self, name: str, token: str, channel: str, client: httpx.AsyncClient,
                 links: Links, *, base_url: str = DEFAULT_BASE_URL,
                 timeout_s: float = 10.0) -> None:
        self.name = name
        self._token = token
        self._channel = channel
        self._client = client
        self._links = links
        self._base = base_url if base_url.endswith("/") else base_url + "/"
        self._timeout = timeout_s

    async def _call(self, method: str, body: dict[str, Any]) -> dict[str, Any] | Result:
        """The response document when ok, else the attempt's failed result."""
        what = f"slack {method}"
        try:
            resp = await self._client.post(
                self._base + method, content=msgspec.json.encode(body), timeout=self._timeout,
                headers={"Authorization": f"Bearer {self._token}",
                         "Content-Type": "application/json; charset=utf-8"})
        except httpx.HTTPError as exc:
            return transport_error(exc, what)
        if resp.status_code != 200:
            return classify_http(resp.status_code, resp.headers, what)
        try:
            doc = msgspec.json.decode(resp.content)
        except msgspec.DecodeError:
            return RetryLater(f"{what}: response is not JSON")
        if not isinstance(doc, dict):
            return RetryLater(f"{what}: unexpected response")
        if doc.get("ok") is True:
            return doc
        error = str(doc.get("error", "unknown_error"))
        if error in TRANSIENT:
            return RetryLater(f"{what}: {error}", retry_after(resp.headers))
        return Rejected(f"{what}: {error}")

    async def _post(self, m: Message) -> Result:
        body = {"channel": self._channel, "text": fallback_text(m), "blocks": blocks(m),
                "unfurl_links": False, "unfurl_media": False}
        doc = await self._call("chat.postMessage", body)
        if not isinstance(doc, dict):
            return doc
        ts, channel = str(doc.get("ts", "")), str(doc.get("channel", ""))
        if not ts or not channel:
            return Rejected("slack chat.postMessage: response without ts/channel")
        return Delivered(memo=DeliveryMemo(message_ref=ts, channel=channel),
                         detail=f"posted {channel}/{ts}")

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result:
        m = render(n, self._links)
        if not memo.message_ref:
            return await self._post(m)
        body = {"channel": memo.channel, "ts": memo.message_ref, "text": fallback_text(m),
                "blocks": blocks(m)}
        doc = await self._call("chat.update", body)
        new_memo = memo
        if isinstance(doc, Rejected) and doc.reason.rsplit(": ", 1)[-1] in MESSAGE_GONE:
            posted = await self._post(m)  # the original was deleted: start a fresh message
            if not isinstance(posted, Delivered):
                return posted
            new_memo = msgspec.structs.replace(posted.memo, last_seq=memo.last_seq)
        elif not isinstance(doc, dict):
            return doc
        reply = {"channel": new_memo.channel, "thread_ts": new_memo.message_ref,
                 "text": mk.slack_text(f"{m.event_text} · {m.severity_text}",
                                       mk.SLACK_SECTION_TEXT),
                 "reply_broadcast": n.event == "escalate", "unfurl_links": False}
        done = await self._call("chat.postMessage", reply)
        if isinstance(done, RetryLater) and new_memo is not memo:
            return RetryLater(done.reason, done.retry_after_s, new_memo)
        if not isinstance(done, dict):
            return done
        return Delivered(memo=DeliveryMemo(last_seq=memo.last_seq,
                                           message_ref=new_memo.message_ref,
                                           channel=new_memo.channel),
                         detail=f"updated {new_memo.channel}/{new_memo.message_ref}")

    async def aclose(self) -> None:
        return None
