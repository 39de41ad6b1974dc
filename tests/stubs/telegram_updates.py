"""Telegram Bot API `getUpdates` for channel posts: `offset` confirms (and forgets) earlier
updates, long polling returns early in the stub, 429 carries `parameters.retry_after`,
401 for a wrong token."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes import telegram_bot_token
from tests.stubs.server import RECORDED, BaseStub, FaultKind
from tests.stubs.telegram import too_many_requests


@dataclass
class BotUpdatesStub(BaseStub):
    token: str = telegram_bot_token("updates-stub-token-0123456789ab")
    pending: list[dict[str, Any]] = field(default_factory=list)  # not yet confirmed
    offsets: list[int | None] = field(default_factory=list)
    max_wait_s: float = 0.1

    def fault_response(self, kind: FaultKind, retry_after: float) -> web.Response:
        if kind == "429":
            return too_many_requests(retry_after)
        return super().fault_response(kind, retry_after)

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/bot{token}/getUpdates", self.wrap(self._updates))]

    async def _updates(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401,
                                      "description": "Unauthorized"}, status=401)
        args = request[RECORDED].json or {}
        allowed = args.get("allowed_updates")
        if allowed is not None and "channel_post" not in allowed:
            self.invalid(request, f"allowed_updates={allowed}")
        offset = args.get("offset")
        self.offsets.append(offset)
        if offset is not None:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]
        if not self.pending:
            await asyncio.sleep(min(float(args.get("timeout", 0)), self.max_wait_s))
        return web.json_response({"ok": True, "result": self.pending[: int(args.get("limit",
                                                                                   100))]})


def channel_post(update_id: int, message_id: int, text: str) -> dict[str, Any]:
    chat = {"id": -1001234567890, "title": "News", "username": "news_channel", "type": "channel"}
    return {"update_id": update_id, "channel_post": {
        "message_id": message_id, "sender_chat": chat, "chat": chat, "date": 1727690400,
        "text": text}}
