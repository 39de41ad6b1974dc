"""Telegram Bot API sendMessage / editMessageText at /bot{token}/{method}, checking the token,
HTML parse mode the way Telegram does (supported tags only, balanced, known entities), text
length after entity parsing (<= 4096 UTF-16 units), and callback_data of 1-64 bytes."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

from tests.fakes import telegram_bot_token
from tests.stubs.server import RECORDED, BaseStub, FaultKind


def too_many_requests(retry_after: float) -> web.Response:
    """The Bot API's 429: the wait in whole seconds, in the body as well as the text."""
    n = max(1, round(retry_after))
    return web.json_response({"ok": False, "error_code": 429,
                              "description": f"Too Many Requests: retry after {n}",
                              "parameters": {"retry_after": n}}, status=429)

TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
        "code", "pre", "blockquote", "tg-emoji"}
_ENTITY = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            self.problems.append(f"unsupported start tag \"{tag}\"")
        if tag == "a" and not dict(attrs).get("href"):
            self.problems.append("<a> without href")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unexpected end tag \"{tag}\"")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> tuple[str, list[str]]:
    """(visible text, problems) as Telegram's HTML parse mode would see them."""
    problems = []
    if _ENTITY.search(text):
        problems.append("unsupported entity: bare '&'")
    if re.search(r"<(?![a-zA-Z/])", text):
        problems.append("unescaped '<'")
    p = _Html()
    p.feed(text)
    p.close()
    problems += p.problems
    if p.stack:
        problems.append(f"unclosed tags {p.stack}")
    return "".join(p.text), problems


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class TgMessage:
    chat_id: str
    message_id: int
    text: str  # as sent (HTML)
    markup: Any
    reply_to: int | None = None
    silent: bool = False
    edits: int = 0


@dataclass
class TelegramStub(BaseStub):
    token: str = telegram_bot_token("test-token-for-the-stub-0123456789ab")
    chats: set[str] = field(default_factory=lambda: {"-1001234567890"})
    messages: dict[tuple[str, int], TgMessage] = field(default_factory=dict)
    sent: list[TgMessage] = field(default_factory=list)  # every sendMessage, in order
    _next_id: int = 100

    def fault_response(self, kind: FaultKind, retry_after: float) -> web.Response:
        if kind == "429":
            return too_many_requests(retry_after)
        return web.json_response({"ok": False, "error_code": 500,
                                  "description": "Internal Server Error"}, status=500)

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/bot{token}/{method}", self.wrap(self._api))]

    def _err(self, request: web.Request, code: int, desc: str,
             contract: bool = False) -> web.Response:
        if contract:
            self.invalid(request, desc)
        else:
            request[RECORDED].outcome = f"rejected: {desc}"
        return web.json_response({"ok": False, "error_code": code, "description": desc},
                                 status=code)

    def _check(self, request: web.Request, args: dict[str, Any]) -> web.Response | None:
        text = args.get("text")
        if not isinstance(text, str) or not text.strip():
            return self._err(request, 400, "Bad Request: message text is empty", True)
        if args.get("parse_mode") == "HTML":
            visible, problems = parse_html(text)
            if problems:
                return self._err(request, 400, "Bad Request: can't parse entities: "
                                 + "; ".join(problems), True)
        else:
            visible = text
        if utf16_len(visible) > 4096:
            return self._err(request, 400, "Bad Request: message is too long", True)
        markup = args.get("reply_markup")
        if markup is not None:
            rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
            if not isinstance(rows, list):
                return self._err(request, 400, "Bad Request: field \"inline_keyboard\" must "
                                 "be an Array", True)
            for row in rows:
                for b in row:
                    data = b.get("callback_data")
                    if data is not None and not 1 <= len(str(data).encode()) <= 64:
                        return self._err(request, 400, "Bad Request: BUTTON_DATA_INVALID", True)
                    if not b.get("text"):
                        return self._err(request, 400, "Bad Request: text buttons are "
                                         "unallowed in the inline keyboard", True)
        return None

    def _message(self, m: TgMessage) -> dict[str, Any]:
        return {"message_id": m.message_id, "date": int(time.time()),
                "chat": {"id": int(m.chat_id), "type": "supergroup"}, "text": m.text}

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._err(request, 401, "Unauthorized")
        args = request[RECORDED].json
        if not isinstance(args, dict):
            return self._err(request, 400, "Bad Request: invalid JSON", True)
        method = request.match_info["method"]
        chat = str(args.get("chat_id", ""))
        if method not in ("sendMessage", "editMessageText"):
            return self._err(request, 404, "Not Found")
        if chat not in self.chats:
            return self._err(request, 400, "Bad Request: chat not found")
        bad = self._check(request, args)
        if bad is not None:
            return bad
        if method == "sendMessage":
            reply = args.get("reply_parameters") or {}
            reply_to = reply.get("message_id") if isinstance(reply, dict) else None
            if reply_to is not None and (chat, int(reply_to)) not in self.messages \
                    and not reply.get("allow_sending_without_reply"):
                return self._err(request, 400, "Bad Request: message to be replied not found")
            self._next_id += 1
            m = TgMessage(chat, self._next_id, args["text"], args.get("reply_markup"),
                          reply_to, bool(args.get("disable_notification")))
            self.messages[(chat, m.message_id)] = m
            self.sent.append(m)
            return web.json_response({"ok": True, "result": self._message(m)})
        mid = args.get("message_id")
        old = self.messages.get((chat, int(mid))) if isinstance(mid, int) else None
        if old is None:
            return self._err(request, 400, "Bad Request: message to edit not found")
        markup = args.get("reply_markup")
        if old.text == args["text"] and old.markup == markup:
            return self._err(request, 400, "Bad Request: message is not modified: specified "
                             "new message content and reply markup are exactly the same as a "
                             "current content and reply markup of the message")
        old.text, old.markup, old.edits = args["text"], markup, old.edits + 1
        return web.json_response({"ok": True, "result": self._message(old)})
