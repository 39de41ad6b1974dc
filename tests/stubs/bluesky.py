"""Jetstream `/subscribe` over a WebSocket: replays from `cursor` (unix microseconds, as the
Jetstream README documents), requires `wantedCollections`, and can drop the socket after N
messages to exercise reconnect-and-resume."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.stubs.server import BaseStub


@dataclass
class JetstreamStub(BaseStub):
    events: list[dict[str, Any]] = field(default_factory=list)  # in time_us order
    drop_after: list[int] = field(default_factory=list)  # per connection: messages, then drop
    cursors: list[int | None] = field(default_factory=list)  # cursor of each connection
    pace_s: float = 0.0  # pause between messages (a live firehose, not a dump)

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/subscribe", self.wrap(self._subscribe))]

    async def _subscribe(self, request: web.Request) -> web.StreamResponse:
        wanted = request.query.getall("wantedCollections", [])
        if "app.bsky.feed.post" not in wanted:
            self.invalid(request, f"wantedCollections={wanted}")
        raw = request.query.get("cursor")
        if raw is not None and not raw.isdigit():
            self.invalid(request, f"cursor {raw!r} is not unix microseconds")
        cursor = int(raw) if raw else None
        self.cursors.append(cursor)
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        limit = self.drop_after.pop(0) if self.drop_after else None
        sent = 0
        # No cursor: live tail, i.e. from "now"; the tests treat the start of the list as now.
        for ev in self.events:
            if cursor is not None and ev["time_us"] < cursor:
                continue
            if limit is not None and sent >= limit:
                await ws.close()  # dropped mid-stream
                return ws
            await ws.send_str(json.dumps(ev))
            sent += 1
            if self.pace_s:
                await asyncio.sleep(self.pace_s)
        async for _ in ws:  # stay open until the client goes
            pass
        return ws


def post_event(i: int, text: str, time_us: int, did: str = "did:plc:stubauthor") -> dict[str, Any]:
    """A Jetstream commit event in the documented shape."""
    return {"did": did, "time_us": time_us, "kind": "commit",
            "commit": {"rev": f"rev{i}", "operation": "create",
                       "collection": "app.bsky.feed.post", "rkey": f"3lrkey{i:06d}",
                       "cid": f"bafycid{i}",
                       "record": {"$type": "app.bsky.feed.post", "text": text,
                                  "createdAt": "2024-09-09T19:46:02.102Z", "langs": ["ru"]}}}
