"""News/review feeds over HTTP with ETag and Last-Modified: `If-None-Match` or
`If-Modified-Since` matching the current version answers 304; a path can serve a malformed
document."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from aiohttp import web

from tests.stubs.server import BaseStub


@dataclass
class FeedStub(BaseStub):
    feeds: dict[str, bytes] = field(default_factory=dict)  # path -> current document
    modified: str = "Mon, 30 Sep 2024 10:00:00 GMT"
    not_modified: int = 0

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/{path:.+}", self.wrap(self._feed))]

    async def _feed(self, request: web.Request) -> web.Response:
        body = self.feeds.get(request.match_info["path"])
        if body is None:
            return web.Response(status=404)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag or (
                "If-None-Match" not in request.headers
                and request.headers.get("If-Modified-Since") == self.modified):
            self.not_modified += 1
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, headers={"ETag": etag, "Last-Modified": self.modified,
                                                "Content-Type": "application/rss+xml"})


def rss(items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 document, newest item first, from (guid, title) pairs."""
    body = "".join(
        f"<item><title>{t}</title><link>https://news.example/{g}</link><guid isPermaLink=\"false\">"
        f"{g}</guid><pubDate>Mon, 30 Sep 2024 10:15:00 +0300</pubDate>"
        f"<description>{t}</description></item>" for g, t in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>News</title>{body}</channel></rss>").encode()
