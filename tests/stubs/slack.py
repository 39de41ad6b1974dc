"""Slack Web API (chat.postMessage, chat.update, auth.test) and incoming webhooks, checking what
real Slack checks: Bearer auth, required fields, channel ids for updates, Block Kit limits
(50 blocks, header 150, section text 3000, fields 10 x 2000, buttons 75/255/2000, unique
action_ids), and recording any raw mention (`<!channel>`, `<@U..>`) a message would ping."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web

from tests.fakes import SLACK_TOKEN
from tests.stubs.server import RECORDED, BaseStub, FaultKind

WEBHOOK_PATH = "/services/T000/B000/XXXX"
_PING = re.compile(r"<(![a-z^]+[^>]*|@[UW][A-Z0-9]+[^>]*|#C[A-Z0-9]+[^>]*)>")
_LINK = re.compile(r"<(https?://[^>|]+)(\|[^>]*)?>")
BLOCK_TYPES = {"section", "header", "context", "actions", "divider", "image", "rich_text",
               "markdown", "input", "file", "video"}


@dataclass
class SlackMessage:
    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]]
    thread_ts: str | None = None
    edits: int = 0


def _text_obj(obj: Any, where: str, limit: int, problems: list[str],
              plain_only: bool = False) -> str:
    if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
        problems.append(f"{where}: not a text object")
        return ""
    if plain_only and obj["type"] != "plain_text":
        problems.append(f"{where}: must be plain_text")
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        problems.append(f"{where}: empty text")
        return ""
    if len(text) > limit:
        problems.append(f"{where}: text longer than {limit} ({len(text)})")
    return text if obj["type"] == "mrkdwn" else ""


def check_blocks(blocks: Any) -> tuple[list[str], list[str]]:
    """(problems, mrkdwn texts) for a blocks array."""
    problems: list[str] = []
    texts: list[str] = []
    if not isinstance(blocks, list):
        return ["blocks is not an array"], texts
    if len(blocks) > 50:
        problems.append(f"{len(blocks)} blocks > 50")
    action_ids: set[str] = set()
    block_ids: set[str] = set()
    for i, b in enumerate(blocks):
        where = f"blocks[{i}]"
        if not isinstance(b, dict) or b.get("type") not in BLOCK_TYPES:
            problems.append(f"{where}: unknown block type")
            continue
        bid = b.get("block_id")
        if bid is not None:
            if not isinstance(bid, str) or len(bid) > 255 or bid in block_ids:
                problems.append(f"{where}: bad or duplicate block_id")
            block_ids.add(str(bid))
        t = b["type"]
        if t == "header":
            _text_obj(b.get("text"), f"{where}.text", 150, problems, plain_only=True)
        elif t == "section":
            if "text" not in b and "fields" not in b:
                problems.append(f"{where}: section needs text or fields")
            if "text" in b:
                texts.append(_text_obj(b["text"], f"{where}.text", 3000, problems))
            if "fields" in b:
                fields = b["fields"]
                if not isinstance(fields, list) or not 1 <= len(fields) <= 10:
                    problems.append(f"{where}.fields: 1..10 items")
                else:
                    texts += [_text_obj(f, f"{where}.fields[{j}]", 2000, problems)
                              for j, f in enumerate(fields)]
        elif t == "context":
            els = b.get("elements")
            if not isinstance(els, list) or not 1 <= len(els) <= 10:
                problems.append(f"{where}.elements: 1..10 items")
            else:
                for j, e in enumerate(els):
                    if isinstance(e, dict) and e.get("type") == "image":
                        continue
                    texts.append(_text_obj(e, f"{where}.elements[{j}]", 3000, problems))
        elif t == "actions":
            els = b.get("elements")
            if not isinstance(els, list) or not 1 <= len(els) <= 25:
                problems.append(f"{where}.elements: 1..25 items")
                continue
            for j, e in enumerate(els):
                w = f"{where}.elements[{j}]"
                if not isinstance(e, dict) or e.get("type") != "button":
                    continue
                _text_obj(e.get("text"), f"{w}.text", 75, problems, plain_only=True)
                aid = e.get("action_id")
                if aid is not None:
                    if not isinstance(aid, str) or not aid or len(aid) > 255:
                        problems.append(f"{w}.action_id: 1..255 chars")
                    elif aid in action_ids:
                        problems.append(f"{w}.action_id: duplicate {aid}")
                    action_ids.add(str(aid))
                value = e.get("value")
                if value is not None and (not isinstance(value, str) or len(value) > 2000):
                    problems.append(f"{w}.value: string of at most 2000 chars")
                if e.get("style") not in (None, "primary", "danger"):
                    problems.append(f"{w}.style: primary or danger")
    return problems, [t for t in texts if t]


@dataclass
class SlackStub(BaseStub):
    token: str = SLACK_TOKEN
    channels: dict[str, str] = field(default_factory=lambda: {"#crisis": "C0CRISIS",
                                                              "C0CRISIS": "C0CRISIS"})
    messages: dict[tuple[str, str], SlackMessage] = field(default_factory=dict)
    replies: list[SlackMessage] = field(default_factory=list)
    webhook_posts: list[dict[str, Any]] = field(default_factory=list)
    pings: list[str] = field(default_factory=list)  # raw mentions that would have pinged
    _ts: int = 1_700_000_000_000_100
    _mu: threading.Lock = field(default_factory=threading.Lock)
    _api_errors: list[tuple[str, Callable[[str, dict[str, Any]], bool]]] = field(
        default_factory=list)

    def error_next(self, error: str, n: int = 1,
                   when: Callable[[str, dict[str, Any]], bool] | None = None) -> None:
        """Answer the next `n` matching API calls with HTTP 200 `{"ok": false, "error"}`."""
        with self._mu:
            self._api_errors += [(error, when or (lambda _m, _a: True))] * n

    def _api_error(self, method: str, args: dict[str, Any]) -> str | None:
        with self._mu:
            for i, (error, when) in enumerate(self._api_errors):
                if when(method, args):
                    del self._api_errors[i]
                    return error
        return None

    def fault_response(self, kind: FaultKind, retry_after: float) -> web.Response:
        if kind == "429":
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                     headers={"Retry-After": f"{retry_after:g}"})
        return web.Response(status=500, text="<html>internal server error</html>",
                            content_type="text/html")

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/api/{method}", self.wrap(self._api)),
                web.post(WEBHOOK_PATH, self.wrap(self._webhook))]

    def _scan(self, texts: list[str]) -> None:
        for t in texts:
            self.pings += [m.group(0) for m in _PING.finditer(t)]

    def _next_ts(self) -> str:
        with self._mu:
            self._ts += 100
            return f"{self._ts // 1_000_000}.{self._ts % 1_000_000:06d}"

    def _fail(self, request: web.Request, error: str, *, contract: bool = False,
              **extra: Any) -> web.Response:
        if contract:
            self.invalid(request, f"{error} {extra or ''}".strip())
        else:
            request[RECORDED].outcome = f"rejected: {error}"
        return web.json_response({"ok": False, "error": error, **extra})

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        rec = request[RECORDED]
        ctype = request.headers.get("Content-Type", "")
        args: dict[str, Any]
        if ctype.startswith("application/json"):
            if not isinstance(rec.json, dict):
                return self._fail(request, "invalid_json", contract=True)
            args = rec.json
        elif ctype.startswith("application/x-www-form-urlencoded"):
            args = {k: v[0] for k, v in parse_qs(rec.text).items()}
        else:
            return self._fail(request, "invalid_form_data", contract=True)
        auth = request.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else str(args.get("token", ""))
        if not token:
            return self._fail(request, "not_authed")
        if token != self.token:
            return self._fail(request, "invalid_auth")
        injected = self._api_error(method, args)
        if injected is not None:
            return self._fail(request, injected)
        if method == "auth.test":
            return web.json_response({"ok": True, "url": "https://stub.slack.com/",
                                      "team": "Stub", "user": "crisiswatch", "team_id": "T000",
                                      "user_id": "U0BOT", "bot_id": "B0BOT"})
        if method == "chat.postMessage":
            return self._post(request, args)
        if method == "chat.update":
            return self._update(request, args)
        return self._fail(request, "unknown_method")

    def _content(self, request: web.Request, args: dict[str, Any]) -> web.Response | None:
        text, blocks = args.get("text"), args.get("blocks")
        if isinstance(blocks, str):  # form-encoded clients send blocks as a JSON string
            blocks = json.loads(blocks)
            args["blocks"] = blocks
        if not text and not blocks:
            return self._fail(request, "no_text", contract=True)
        if text is not None and not isinstance(text, str):
            return self._fail(request, "invalid_arguments", contract=True)
        if isinstance(text, str) and len(text) > 40000:
            return self._fail(request, "msg_too_long", contract=True)
        texts = [text] if isinstance(text, str) else []
        if blocks is not None:
            problems, block_texts = check_blocks(blocks)
            if problems:
                return self._fail(request, "invalid_blocks", contract=True,
                                  errors=problems[:20])
            texts += block_texts
        if not text:
            self.errors.append(f"{request.path}: blocks without a `text` fallback")
        self._scan(texts)
        return None

    def _post(self, request: web.Request, args: dict[str, Any]) -> web.Response:
        channel = self.channels.get(str(args.get("channel", "")))
        if channel is None:
            return self._fail(request, "channel_not_found")
        bad = self._content(request, args)
        if bad is not None:
            return bad
        thread_ts = args.get("thread_ts")
        if thread_ts is not None and (channel, str(thread_ts)) not in self.messages:
            return self._fail(request, "thread_not_found", contract=True)
        ts = self._next_ts()
        msg = SlackMessage(channel, ts, str(args.get("text", "")), list(args.get("blocks") or []),
                           str(thread_ts) if thread_ts else None)
        with self._mu:
            if thread_ts:
                self.replies.append(msg)
            else:
                self.messages[(channel, ts)] = msg
        return web.json_response({"ok": True, "channel": channel, "ts": ts, "message": {
            "type": "message", "subtype": "bot_message", "text": msg.text, "user": "U0BOT",
            "bot_id": "B0BOT", "ts": ts, "blocks": msg.blocks,
            **({"thread_ts": thread_ts} if thread_ts else {})}})

    def _update(self, request: web.Request, args: dict[str, Any]) -> web.Response:
        channel, ts = str(args.get("channel", "")), str(args.get("ts", ""))
        if not ts:
            return self._fail(request, "invalid_arguments", contract=True)
        if channel not in self.channels.values():  # updates need the id, not a #name
            return self._fail(request, "channel_not_found")
        msg = self.messages.get((channel, ts))
        if msg is None:
            return self._fail(request, "message_not_found")
        bad = self._content(request, args)
        if bad is not None:
            return bad
        with self._mu:
            msg.text = str(args.get("text", msg.text))
            if "blocks" in args:
                msg.blocks = list(args["blocks"] or [])
            msg.edits += 1
        return web.json_response({"ok": True, "channel": channel, "ts": ts, "text": msg.text,
                                  "message": {"type": "message", "text": msg.text,
                                              "blocks": msg.blocks}})

    async def _webhook(self, request: web.Request) -> web.Response:
        rec = request[RECORDED]
        if not isinstance(rec.json, dict):
            self.invalid(request, "invalid_payload")
            return web.Response(status=400, text="invalid_payload")
        text, blocks = rec.json.get("text"), rec.json.get("blocks")
        if not text and not blocks:
            self.invalid(request, "no_text")
            return web.Response(status=400, text="no_text")
        texts = [text] if isinstance(text, str) else []
        if blocks is not None:
            problems, block_texts = check_blocks(blocks)
            if problems:
                self.invalid(request, f"invalid_blocks {problems[:5]}")
                return web.Response(status=400, text="invalid_blocks")
            texts += block_texts
        self._scan(texts)
        self.webhook_posts.append(rec.json)
        return web.Response(status=200, text="ok")


def links_in(text: str) -> list[str]:
    return [m.group(1) for m in _LINK.finditer(text)]
