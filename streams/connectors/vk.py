"""VK Streaming API: VK filters by our rules server-side and pushes matches over a WebSocket.

What we rely on (dev.vk.com "Streaming API", as also implemented by SevereCloud/vksdk):
`GET https://api.vk.com/method/streaming.getServerUrl?access_token=SERVICE_TOKEN&v=5.199`
-> `{"response": {"endpoint": "streaming.vk.com", "key": "..."}}` (method errors come as
`{"error": {"error_code", "error_msg"}}`: 5 = authorisation failed, 6/9/29 = rate limits).
Rules: `GET|POST|DELETE https://{endpoint}/rules?key={key}`; POST body `{"rule": {"value",
"tag"}}`, DELETE body `{"tag"}`; answers `{"code": 200, "rules": [...]}` or `{"code": 400,
"error": {"message", "error_code"}}` with 2001 = a rule with this tag exists, 2002 = no
such tag, 2003 = invalid rule, 2006 = too many rules (limit 300 rules, 4096 bytes each).
Words without quotes match all word forms case-insensitively. Stream: `wss://{endpoint}/
stream?key={key}`, each message `{"code": 100, "event": {...}}` or `{"code": 300,
"service_message": {"message", "service_code"}}`. An event has `event_type` (post, comment,
share, topic_post), `event_id` (`post_owner_id`, `post_id`, `comment_id`, `shared_post_id`,
`topic_owner_id`, `topic_id`, `topic_post_id`), `event_url`, `text`, `action` (new, update,
delete, restore), `action_time`, `creation_time` (unix seconds), `tags`, `author` (`id`,
`author_url`, `platform`).

The stream has no replay: after a reconnect VK sends only new events, so the cursor holds
only the last action time (for the lag metric) and rules are re-synced every session.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import orjson
import structlog

from detectors.durations import parse_duration
from streams.connectors.base import (
    Backoff,
    Cursor,
    Emit,
    Mention,
    SourceError,
    Terms,
    admit,
    as_dict,
    clip,
    count,
    html_to_text,
    retry_after_from,
    supervise,
)
from streams.connectors.config import VkConfig

log = structlog.get_logger("crisiswatch.connectors.vk")

TAG_EXISTS, TAG_MISSING, TOO_MANY_RULES = 2001, 2002, 2006
_RATE_LIMIT_CODES = {6, 9, 29}


def event_id(ev: dict[str, Any]) -> tuple[str, str | None] | None:
    """(mention id, in_reply_to) for a streaming event, None if the ids are missing."""
    ids = ev.get("event_id")
    if not isinstance(ids, dict):
        return None
    kind = ev.get("event_type")
    owner, post = ids.get("post_owner_id"), ids.get("post_id")
    if kind == "topic_post":
        t_owner, topic, tpost = (ids.get(k) for k in ("topic_owner_id", "topic_id",
                                                      "topic_post_id"))
        if None in (t_owner, topic, tpost):
            return None
        return f"vk:topic{t_owner}_{topic}_{tpost}", f"vk:topic{t_owner}_{topic}"
    if owner is None or post is None:
        return None
    if kind == "comment" and ids.get("comment_id") is not None:
        return f"vk:wall{owner}_{post}_c{ids['comment_id']}", f"vk:wall{owner}_{post}"
    return f"vk:wall{owner}_{post}", None


def map_event(ev: dict[str, Any]) -> Mention | None:
    """A Streaming API event -> a mention dict; None for deletions and incomplete events."""
    if ev.get("action") == "delete":
        return None
    ids = event_id(ev)
    created = ev.get("creation_time") or ev.get("action_time")
    if ids is None or not isinstance(created, int):
        return None
    text = html_to_text(str(ev.get("text") or "").replace("<br>", "\n"))
    shared = str(ev.get("shared_post_text") or "")
    author = as_dict(ev.get("author"))
    author_url = str(author.get("author_url") or "")
    out: dict[str, Any] = {
        "id": ids[0],
        "source": "vk",
        "url": str(ev.get("event_url") or ""),
        "created_at": created * 1000,
        "text": clip(f"{text}\n\n{html_to_text(shared)}".strip() if shared else text),
        "author": {"id": str(author.get("id") or ""),
                   "handle": author_url.rstrip("/").rsplit("/", 1)[-1] if author_url else ""},
        "vk": {"event_type": ev.get("event_type"), "action": ev.get("action"),
               "tags": ev.get("tags") or [], "platform": author.get("platform")},
    }
    if ids[1]:
        out["in_reply_to"] = ids[1]
    shared_id = as_dict(ev.get("event_id")).get("shared_post_id")
    if ev.get("event_type") == "share" and shared_id is not None:
        owner = author.get("shared_post_author_id")
        out["vk"]["shared_post_id"] = shared_id
        if owner is not None:
            out["repost_of"] = f"vk:wall{owner}_{shared_id}"
    media = [{"type": "photo" if a.get("type") == "photo" else
              "video" if a.get("type") == "video" else "other"}
             for a in ev.get("attachments") or [] if isinstance(a, dict)]
    if media:
        out["media"] = media
    return out


def desired_rules(terms: tuple[str, ...], prefix: str) -> dict[str, str]:
    """tag -> value: one rule per alias (words in one rule must all occur)."""
    rules: dict[str, str] = {}
    for i, term in enumerate(terms[:300]):
        value = term.replace('"', "").strip()
        if value:
            rules[f"{prefix}-{i}"] = value[:4096]
    return rules


class VkConnector:
    def __init__(self, name: str, cfg: VkConfig, terms: tuple[str, ...], token: str) -> None:
        self.name = name
        self.cfg = cfg
        self.rules = desired_rules(terms, cfg.rule_prefix)
        self.terms = Terms(terms)
        self.token = token
        self.last_action = 0

    async def run(self, emit: Emit, cursor: Cursor | None) -> None:
        self.last_action = int((cursor or {}).get("last_action_time") or 0)
        backoff = Backoff(parse_duration(self.cfg.backoff_initial) / 1000,
                          parse_duration(self.cfg.backoff_max) / 1000)
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
            await supervise(self.name, lambda: self._session(http, emit), backoff)

    async def server(self, http: aiohttp.ClientSession) -> tuple[str, str]:
        url = f"{self.cfg.api_url.rstrip('/')}/method/streaming.getServerUrl"
        async with http.post(url, data={"access_token": self.token,
                                        "v": self.cfg.api_version}) as resp:
            if resp.status >= 400:
                raise SourceError(f"streaming.getServerUrl: HTTP {resp.status}",
                                  retry_after=retry_after_from(resp.headers))
            doc = await resp.json(loads=orjson.loads, content_type=None)
        err = doc.get("error") if isinstance(doc, dict) else None
        if isinstance(err, dict):
            code = err.get("error_code")
            raise SourceError(f"streaming.getServerUrl: VK error {code}: {err.get('error_msg')}",
                              kind="rate_limited" if code in _RATE_LIMIT_CODES else "auth"
                              if code in (5, 15, 28) else "http", fatal=code in (5, 15, 28))
        resp_doc = doc.get("response") or {}
        return str(resp_doc["endpoint"]), str(resp_doc["key"])

    async def _rules_call(self, http: aiohttp.ClientSession, method: str, endpoint: str,
                          key: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        scheme = "https" if self.cfg.secure else "http"
        async with http.request(method, f"{scheme}://{endpoint}/rules", params={"key": key},
                                json=body) as resp:
            if resp.status == 429:
                raise SourceError("rules: HTTP 429", kind="rate_limited",
                                  retry_after=retry_after_from(resp.headers))
            doc = await resp.json(loads=orjson.loads, content_type=None)
        return doc if isinstance(doc, dict) else {}

    async def sync_rules(self, http: aiohttp.ClientSession, endpoint: str, key: str) -> None:
        """Make the stream's rules with our prefix equal to the brand terms."""
        doc = await self._rules_call(http, "GET", endpoint, key)
        if doc.get("code") != 200:
            raise SourceError(f"rules: {doc.get('error')}")
        current = {str(r.get("tag")): str(r.get("value")) for r in doc.get("rules") or []
                   if isinstance(r, dict)}
        ours = {t: v for t, v in current.items() if t.startswith(f"{self.cfg.rule_prefix}-")}
        for tag, value in ours.items():
            if self.rules.get(tag) != value:
                res = await self._rules_call(http, "DELETE", endpoint, key, {"tag": tag})
                if res.get("code") != 200 and _code(res) != TAG_MISSING:
                    raise SourceError(f"deleting rule {tag}: {res.get('error')}")
        for tag, value in self.rules.items():
            if ours.get(tag) == value:
                continue
            res = await self._rules_call(http, "POST", endpoint, key,
                                         {"rule": {"value": value, "tag": tag}})
            if res.get("code") == 200 or _code(res) == TAG_EXISTS:
                continue  # added, or added meanwhile by another instance of us
            if _code(res) == TOO_MANY_RULES:
                log.error("vk.too_many_rules", connector=self.name, tag=tag)
                break
            log.error("vk.rule_rejected", connector=self.name, tag=tag, value=value,
                      error=res.get("error"))

    async def _session(self, http: aiohttp.ClientSession, emit: Emit) -> None:
        endpoint, key = await self.server(http)
        await self.sync_rules(http, endpoint, key)
        scheme = "wss" if self.cfg.secure else "ws"
        try:
            ws = await http.ws_connect(f"{scheme}://{endpoint}/stream", params={"key": key},
                                       heartbeat=30.0, timeout=aiohttp.ClientWSTimeout(
                                           ws_close=10.0))
        except aiohttp.WSServerHandshakeError as exc:
            raise SourceError(f"stream handshake: HTTP {exc.status}",
                              kind="rate_limited" if exc.status == 429 else "http") from None
        async with ws:
            log.info("vk.streaming", connector=self.name, rules=len(self.rules))
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.TEXT:
                    await self._message(msg.data, emit)
                elif msg.type == aiohttp.WSMsgType.ERROR:
                    raise SourceError(f"stream error: {ws.exception()}", kind="network")
        raise SourceError(f"VK closed the stream (code {ws.close_code})", kind="network")

    async def _message(self, data: str, emit: Emit) -> None:
        try:
            doc = orjson.loads(data)
        except orjson.JSONDecodeError:
            count(self.name, "skipped")
            return
        code = doc.get("code") if isinstance(doc, dict) else None
        if code == 300:
            log.info("vk.service_message", connector=self.name,
                     message=doc.get("service_message"))
            return
        if code != 100 or not isinstance(doc.get("event"), dict):
            count(self.name, "skipped")
            return
        ev = doc["event"]
        mention = admit(self.name, map_event(ev), brand=self.cfg.brand, terms=None)
        if mention is None:
            return
        self.last_action = max(self.last_action, int(ev.get("action_time") or 0))
        await emit([mention], {"last_action_time": self.last_action})


def _code(doc: dict[str, Any]) -> Any:
    err = doc.get("error")
    return err.get("error_code") if isinstance(err, dict) else None
