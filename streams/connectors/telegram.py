"""Telegram public channels: the Bot API's getUpdates, or a Telegram Desktop JSON export.

What we rely on (core.telegram.org/bots/api): `POST /bot{token}/getUpdates` with `offset`,
`timeout` (long polling) and `allowed_updates=["channel_post","edited_channel_post"]`
answers `{"ok": true, "result": [Update]}`; calling it with `offset` = last `update_id` + 1
confirms (and makes Telegram forget) everything before, so the new offset is committed
durably, together with the mentions, before the next call. Errors are `{"ok": false,
"error_code", "description", "parameters": {"retry_after"}}`: 429 carries `retry_after`
seconds, 409 means a webhook is set or another poller runs, 401 a bad token. A channel post
is a Message: `message_id`, `chat{id, type: "channel", title, username}`, `date` (unix),
`edit_date`, `text` or `caption`, `author_signature`, `reply_to_message`, `photo[]
{file_unique_id}`, `video`, `forward_origin`. The bot must be an administrator of each
channel to receive its posts. Bot API messages carry no view counts.

Export (Telegram Desktop, "Export chat history", JSON): `{name, type, id, messages: [{id,
type: "message"|"service", date, date_unixtime, edited_unixtime, from, from_id, text (a
string, or a list of strings and {type, text} entities), reply_to_message_id, photo,
media_type, reactions[{count, emoji}]}]}`. Channel ids there lack the Bot API's -100 prefix;
we add it so a post has the same mention id whichever way it arrived.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
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
    supervise,
)
from streams.connectors.config import TelegramConfig, TelegramExportConfig

log = structlog.get_logger("crisiswatch.connectors.telegram")


def _url(chat: dict[str, Any], message_id: int) -> str:
    username = chat.get("username")
    if username:
        return f"https://t.me/{username}/{message_id}"
    cid = str(chat.get("id", ""))
    return f"https://t.me/c/{cid[4:]}/{message_id}" if cid.startswith("-100") else ""


def map_message(msg: dict[str, Any], edited: bool = False) -> Mention | None:
    """A Bot API channel post -> a mention dict (edits keep the id: metrics/text update)."""
    chat = msg.get("chat")
    mid = msg.get("message_id")
    if not isinstance(chat, dict) or not isinstance(mid, int) or not isinstance(
            msg.get("date"), int):
        return None
    text = msg.get("text") if isinstance(msg.get("text"), str) else msg.get("caption")
    if not isinstance(text, str):
        text = ""
    out: dict[str, Any] = {
        "id": f"telegram:{chat.get('id')}:{mid}",
        "source": "telegram",
        "url": _url(chat, mid),
        "created_at": msg["date"] * 1000,
        "text": clip(text),
        "author": {"id": str(chat.get("id")), "handle": str(chat.get("username") or ""),
                   "name": str(chat.get("title") or "")},
        "telegram": {"edited": edited, "edit_date": msg.get("edit_date"),
                     "signature": msg.get("author_signature"),
                     "forwarded": msg.get("forward_origin") is not None},
    }
    reply = msg.get("reply_to_message")
    if isinstance(reply, dict) and isinstance(reply.get("message_id"), int):
        out["in_reply_to"] = f"telegram:{chat.get('id')}:{reply['message_id']}"
    media = []
    if isinstance(msg.get("photo"), list) and msg["photo"]:
        media.append({"type": "photo", "hash": str(msg["photo"][-1].get("file_unique_id", ""))})
    for key in ("video", "animation", "video_note"):
        if isinstance(msg.get(key), dict):
            media.append({"type": "video", "hash": str(msg[key].get("file_unique_id", ""))})
    if media:
        out["media"] = media
    return out


def map_update(update: dict[str, Any]) -> Mention | None:
    for key, edited in (("channel_post", False), ("edited_channel_post", True)):
        msg = update.get(key)
        if isinstance(msg, dict):
            chat = msg.get("chat")
            if isinstance(chat, dict) and chat.get("type") == "channel":
                return map_message(msg, edited)
    return None


def export_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(v if isinstance(v, str) else str(v.get("text", ""))
                       for v in value if isinstance(v, str | dict))
    return ""


def export_chat_id(export: dict[str, Any]) -> str:
    cid = str(export.get("id", ""))
    kind = str(export.get("type", ""))
    if cid.isdigit() and ("channel" in kind or "supergroup" in kind):
        return f"-100{cid}"
    return cid


def map_export_message(msg: dict[str, Any], chat_id: str, username: str = "") -> Mention | None:
    """A message of a Telegram Desktop JSON export -> a mention dict."""
    if msg.get("type") != "message" or not isinstance(msg.get("id"), int):
        return None
    unix = msg.get("date_unixtime")
    if not (isinstance(unix, str) and unix.isdigit()):
        return None
    mid = msg["id"]
    chat = {"id": chat_id, "username": username}
    out: dict[str, Any] = {
        "id": f"telegram:{chat_id}:{mid}",
        "source": "telegram",
        "url": _url(chat, mid),
        "created_at": int(unix) * 1000,
        "text": clip(export_text(msg.get("text"))),
        "author": {"id": str(msg.get("from_id") or chat_id), "handle": username,
                   "name": str(msg.get("from") or "")},
        "metrics": {"likes": sum(r.get("count", 0) for r in msg.get("reactions") or []
                                 if isinstance(r, dict) and isinstance(r.get("count"), int))},
        "telegram": {"edited_unixtime": msg.get("edited_unixtime"),
                     "forwarded_from": msg.get("forwarded_from")},
    }
    if isinstance(msg.get("reply_to_message_id"), int):
        out["in_reply_to"] = f"telegram:{chat_id}:{msg['reply_to_message_id']}"
    media_type = str(msg.get("media_type") or "")
    if msg.get("photo"):
        out["media"] = [{"type": "photo"}]
    elif media_type in ("video_file", "animation", "video_message"):
        out["media"] = [{"type": "video"}]
    return out


class TelegramBotConnector:
    def __init__(self, name: str, cfg: TelegramConfig, terms: Terms, token: str) -> None:
        self.name = name
        self.cfg = cfg
        self.terms = terms
        self.token = token
        self.offset = 0
        self.channels = {c.lstrip("@").casefold() for c in cfg.channels}

    def _wanted(self, update: dict[str, Any]) -> bool:
        if not self.channels:
            return True
        msg = update.get("channel_post") or update.get("edited_channel_post") or {}
        chat = msg.get("chat") or {}
        return str(chat.get("username") or "").casefold() in self.channels \
            or str(chat.get("id")) in self.channels

    async def run(self, emit: Emit, cursor: Cursor | None) -> None:
        self.offset = int((cursor or {}).get("offset") or 0)
        backoff = Backoff(parse_duration(self.cfg.backoff_initial) / 1000,
                          parse_duration(self.cfg.backoff_max) / 1000)
        async with aiohttp.ClientSession() as http:
            await supervise(self.name, lambda: self._session(http, emit), backoff)

    async def _session(self, http: aiohttp.ClientSession, emit: Emit) -> None:
        url = f"{self.cfg.api_url.rstrip('/')}/bot{self.token}/getUpdates"
        poll_s = parse_duration(self.cfg.poll_timeout) / 1000
        while True:
            body: dict[str, Any] = {"timeout": int(poll_s), "allowed_updates":
                                    ["channel_post", "edited_channel_post"]}
            if self.offset:
                body["offset"] = self.offset
            async with http.post(url, json=body,
                                 timeout=aiohttp.ClientTimeout(total=poll_s + 15)) as resp:
                doc = await resp.json(loads=orjson.loads, content_type=None)
            if not isinstance(doc, dict) or not doc.get("ok"):
                raise _error(doc if isinstance(doc, dict) else {}, resp.status)
            updates = [u for u in doc.get("result") or [] if isinstance(u, dict)]
            if not updates:
                continue
            items: list[Mention] = []
            terms = self.terms if self.cfg.filter else None
            for update in updates:
                mention = admit(self.name, map_update(update) if self._wanted(update) else None,
                                brand=self.cfg.brand, terms=terms)
                if mention is not None:
                    items.append(mention)
            self.offset = max(int(u.get("update_id", 0)) for u in updates) + 1
            # Durable: the next getUpdates call confirms these to Telegram for good.
            await emit(items, {"offset": self.offset}, durable=True)


def _error(doc: dict[str, Any], status: int) -> SourceError:
    code = doc.get("error_code", status)
    desc = str(doc.get("description", f"HTTP {status}"))
    params = as_dict(doc.get("parameters"))
    retry = params.get("retry_after")
    if code == 401:
        return SourceError(f"getUpdates: {desc} (bot token?)", kind="auth", fatal=True)
    return SourceError(f"getUpdates: {code} {desc}",
                       kind="rate_limited" if code == 429 else "http",
                       retry_after=float(retry) if isinstance(retry, int | float) else None)


class TelegramExportConnector:
    """Reads result.json once (or whenever it changes, with `watch`); the cursor holds the
    highest message id and the newest edit time emitted, so a re-read emits only news."""

    def __init__(self, name: str, cfg: TelegramExportConfig, terms: Terms) -> None:
        self.name = name
        self.cfg = cfg
        self.terms = terms

    async def run(self, emit: Emit, cursor: Cursor | None) -> None:
        state = dict(cursor or {"last_id": 0, "last_edit": 0})
        mtime = 0.0
        while True:
            path = Path(self.cfg.path)
            current = await asyncio.to_thread(os.path.getmtime, path)
            if current != mtime:
                mtime = current
                await self._read(path, state, emit)
            if not self.cfg.watch:
                return
            await asyncio.sleep(parse_duration(self.cfg.watch) / 1000)

    async def _read(self, path: Path, state: dict[str, Any], emit: Emit) -> None:
        export = orjson.loads(await asyncio.to_thread(path.read_bytes))
        chat_id = export_chat_id(export)
        last_id, last_edit = int(state.get("last_id", 0)), int(state.get("last_edit", 0))
        batch: list[Mention] = []
        for msg in export.get("messages") or []:
            if not isinstance(msg, dict) or not isinstance(msg.get("id"), int):
                continue
            edit = int(msg.get("edited_unixtime") or 0) if str(
                msg.get("edited_unixtime") or "0").isdigit() else 0
            if msg["id"] <= state["last_id"] and edit <= state["last_edit"]:
                count(self.name, "duplicate")
                continue
            last_id, last_edit = max(last_id, msg["id"]), max(last_edit, edit)
            mention = admit(self.name, map_export_message(msg, chat_id), brand=self.cfg.brand,
                            terms=self.terms if self.cfg.filter else None)
            if mention is not None:
                batch.append(mention)
            if len(batch) >= 500:
                await emit(batch, {"last_id": last_id, "last_edit": last_edit})
                batch = []
        state.update(last_id=last_id, last_edit=last_edit)
        await emit(batch, dict(state), durable=True)
        log.info("telegram_export.read", connector=self.name, path=str(path), last_id=last_id)
