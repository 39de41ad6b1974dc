"""Mastodon REST timelines (newest first, `since_id`/`max_id`/`limit`) and the SSE streaming
API (`event: update` + Status JSON, `:` heartbeats), with bearer auth and 429s carrying
`X-RateLimit-Reset` as an ISO 8601 time, as the Mastodon docs describe."""

from __future__ import annotations

import asyncio
import json
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

from tests.stubs.server import BaseStub, FaultKind


@dataclass
class MastodonStub(BaseStub):
    token: str = "mastodon-stub-token-0123456789"
    timeline: list[dict[str, Any]] = field(default_factory=list)  # oldest first
    stream_batches: deque[list[dict[str, Any]]] = field(default_factory=deque)
    page_size: int = 40  # the server's own cap on `limit`
    rest_queries: list[dict[str, str]] = field(default_factory=list)

    def fault_response(self, kind: FaultKind, retry_after: float) -> web.Response:
        if kind == "429":
            reset = datetime.now(UTC) + timedelta(seconds=retry_after)
            return web.json_response({"error": "Too many requests"}, status=429, headers={
                "X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": reset.isoformat().replace("+00:00", "Z")})
        return super().fault_response(kind, retry_after)

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/api/v1/timelines/public", self.wrap(self._rest)),
                web.get("/api/v1/statuses/{id}", self.wrap(self._status)),
                web.get("/api/v1/streaming/public", self.wrap(self._stream))]

    def _authorised(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {self.token}"

    async def _rest(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return web.json_response({"error": "The access token is invalid"}, status=401)
        q = dict(request.query)
        self.rest_queries.append(q)
        limit = int(q.get("limit", "20"))
        if limit > 40:
            self.invalid(request, "limit over 40")
        rows = [s for s in reversed(self.timeline)
                if ("since_id" not in q or int(s["id"]) > int(q["since_id"]))
                and ("max_id" not in q or int(s["id"]) < int(q["max_id"]))]
        return web.json_response(rows[: min(limit, self.page_size)])

    async def _status(self, request: web.Request) -> web.Response:
        for s in self.timeline:
            if s["id"] == request.match_info["id"]:
                return web.json_response(s)
        return web.json_response({"error": "Record not found"}, status=404)

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        if not self._authorised(request):
            return web.json_response({"error": "Error: Missing access token"}, status=401)
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        await resp.write(b":)\n")
        batch = self.stream_batches.popleft() if self.stream_batches else []
        for status in batch:
            await resp.write(b"event: update\ndata: " + json.dumps(status).encode() + b"\n\n")
        if self.stream_batches:  # more planned: drop this connection
            return resp
        while True:
            await asyncio.sleep(0.2)
            await resp.write(b":thump\n")


def status(i: int, text: str) -> dict[str, Any]:
    return {"id": str(113000000000000000 + i), "created_at": "2024-09-30T10:15:42.000Z",
            "uri": f"https://m.example/users/u/statuses/{i}", "url": f"https://m.example/@u/{i}",
            "content": f"<p>{text}</p>", "language": "ru", "reblog": None,
            "in_reply_to_id": None, "visibility": "public", "media_attachments": [],
            "account": {"id": "1", "acct": "u", "username": "u", "display_name": "U",
                        "followers_count": 10},
            "favourites_count": 0, "reblogs_count": 0, "replies_count": 0}
