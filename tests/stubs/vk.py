"""VK `streaming.getServerUrl`, the Streaming API's `/rules` (GET/POST/DELETE with its error
codes: 2001 tag exists, 2002 no such tag) and `/stream` over a WebSocket (`code` 100 events,
300 service messages), with the key checked on every call; a connection can be dropped."""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.stubs.server import RECORDED, BaseStub


@dataclass
class VkStub(BaseStub):
    token: str = "vk-service-token-0123456789"
    rules: dict[str, str] = field(default_factory=dict)  # tag -> value
    hide_on_get: set[str] = field(default_factory=set)  # listed rules a racing peer added
    stream_batches: deque[list[dict[str, Any]]] = field(default_factory=deque)
    keys: list[str] = field(default_factory=list)
    rule_errors: list[int] = field(default_factory=list)

    def routes(self) -> list[web.RouteDef]:
        return [web.route("*", "/method/streaming.getServerUrl", self.wrap(self._server)),
                web.route("*", "/rules", self.wrap(self._rules)),
                web.get("/stream", self.wrap(self._stream))]

    async def _server(self, request: web.Request) -> web.Response:
        form = await request.post() if request.method == "POST" else request.query
        if form.get("access_token") != self.token:
            return web.json_response({"error": {"error_code": 5, "error_msg":
                                                "User authorization failed: invalid token"}})
        if not form.get("v"):
            self.invalid(request, "no API version v")
        self.keys.append(f"key{len(self.keys) + 1}")
        return web.json_response({"response": {"endpoint": request.host, "key": self.keys[-1]}})

    def _err(self, code: int, message: str) -> web.Response:
        self.rule_errors.append(code)
        return web.json_response({"code": 400, "error": {"message": message, "error_code": code}})

    async def _rules(self, request: web.Request) -> web.Response:
        if request.query.get("key") not in self.keys:
            return self._err(1004, "Invalid key")
        body = request[RECORDED].json
        if request.method == "GET":
            rules = [{"tag": t, "value": v} for t, v in self.rules.items()
                     if t not in self.hide_on_get]
            return web.json_response({"code": 200, "rules": rules or None})
        if request.method == "POST":
            rule = (body or {}).get("rule") or {}
            if not rule.get("tag") or not rule.get("value"):
                return self._err(2003, "Invalid rule")
            if rule["tag"] in self.rules:
                return self._err(2001, "Tag already exist")
            self.rules[rule["tag"]] = rule["value"]
            return web.json_response({"code": 200})
        if request.method == "DELETE":
            tag = (body or {}).get("tag")
            if tag not in self.rules:
                return self._err(2002, "Tag does not exist")
            del self.rules[tag]
            return web.json_response({"code": 200})
        return self._err(1001, "Unsupported HTTP method")

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        if request.query.get("key") != (self.keys[-1] if self.keys else None):
            return web.json_response({"code": 400, "error": {"message": "Invalid key",
                                                             "error_code": 1004}}, status=400)
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        batch = self.stream_batches.popleft() if self.stream_batches else []
        for msg in batch:
            await ws.send_str(json.dumps(msg))
        if self.stream_batches:
            await ws.close()
            return ws
        async for _ in ws:
            pass
        return ws


def vk_post(i: int, text: str) -> dict[str, Any]:
    return {"code": 100, "event": {
        "event_type": "post", "event_id": {"post_owner_id": 100, "post_id": i},
        "event_url": f"https://vk.com/wall100_{i}", "text": text, "action": "new",
        "action_time": 1727690000 + i, "creation_time": 1727690000 + i, "tags": ["cw-0"],
        "author": {"id": 100, "author_url": "https://vk.com/id100", "platform": 4}}}
