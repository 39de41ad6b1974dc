"""Mastodon: the streaming API (server-sent events) plus a REST backfill after every reconnect.

What we rely on (docs.joinmastodon.org, methods/streaming and methods/timelines, api/rate-limits):
`GET /api/v1/streaming/public`, `/public/local` and `/hashtag?tag=NAME` answer
`text/event-stream`; events are `event: update` / `event: status.update` with a Status JSON
as `data`, `event: delete` with an id; lines starting with `:` are heartbeats. Recent servers
want a bearer token for streaming. `GET /api/v1/timelines/public` (`?local=true`) and
`/api/v1/timelines/tag/NAME` return Statuses newest first, `limit` <= 40, and accept
`since_id` / `max_id`: we walk back from the newest page with `max_id` until a page
overlaps `since_id`, so a gap longer than one page is still filled. Statuses carry `id`,
`uri`, `url`, `created_at`, `content` (HTML), `language`, `in_reply_to_id`,
`account{id, acct, username, display_name, followers_count, created_at}`, `reblog`,
`media_attachments[]{type: image|gifv|video|audio, url}`, `favourites_count`,
`reblogs_count`, `replies_count`, `edited_at`. Rate limits: HTTP 429 with `X-RateLimit-Reset`
(an ISO 8601 time). Status ids are per-instance and sortable as integers.

Counts in a streamed status are those at posting time (zero), so the newest `refresh_max`
emitted statuses are re-read with `GET /api/v1/statuses/:id` every `refresh_interval` and
re-emitted when their counts moved (same id: an update, which is how velocity is seen).
"""

from __future__ import annotations

import asyncio
import collections
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import aiohttp
import orjson
import structlog
from yarl import URL

from detectors.durations import parse_duration
from streams.connectors.base import (
    ERRORS,
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
from streams.connectors.config import MastodonConfig

log = structlog.get_logger("crisiswatch.connectors.mastodon")

_MEDIA = {"image": "photo", "gifv": "video", "video": "video"}


def _int(v: Any) -> int:
    return v if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else 0


def map_status(status: dict[str, Any], host: str) -> Mention | None:
    """A Mastodon Status -> a mention dict (None for boosts: the original is the mention)."""
    if status.get("reblog") is not None:
        return None
    sid, created = status.get("id"), status.get("created_at")
    if not isinstance(sid, str | int) or not isinstance(created, str):
        return None
    account = as_dict(status.get("account"))
    content = html_to_text(str(status.get("content") or ""))
    spoiler = str(status.get("spoiler_text") or "").strip()
    out: dict[str, Any] = {
        "id": f"mastodon:{host}:{sid}",
        "source": "mastodon",
        "url": str(status.get("url") or status.get("uri") or ""),
        "created_at": created,
        "text": clip(f"{spoiler}\n{content}" if spoiler else content),
        "author": {
            "id": str(account.get("id") or ""),
            "handle": str(account.get("acct") or account.get("username") or ""),
            "name": str(account.get("display_name") or ""),
            "followers": _int(account.get("followers_count")),
            "verified": False,
        },
        "metrics": {"likes": _int(status.get("favourites_count")),
                    "reposts": _int(status.get("reblogs_count")),
                    "replies": _int(status.get("replies_count"))},
    }
    if isinstance(account.get("created_at"), str):
        out["author"]["created_at"] = account["created_at"]
    if isinstance(status.get("language"), str):
        out["lang"] = status["language"][:16]
    if status.get("in_reply_to_id") is not None:
        out["in_reply_to"] = f"mastodon:{host}:{status['in_reply_to_id']}"
    media = [{"type": _MEDIA.get(str(m.get("type")), "other"), "url": str(m.get("url") or "")}
             for m in status.get("media_attachments") or [] if isinstance(m, dict)]
    if media:
        out["media"] = media
    out["mastodon"] = {"uri": status.get("uri"), "edited_at": status.get("edited_at"),
                       "tags": [t.get("name") for t in status.get("tags") or []
                                if isinstance(t, dict)],
                       "visibility": status.get("visibility")}
    return out


def _newer(a: str, b: str) -> bool:
    """Status ids sort as integers (snowflakes); fall back to string order."""
    try:
        return int(a) > int(b)
    except ValueError:
        return (len(a), a) > (len(b), b)


class MastodonConnector:
    def __init__(self, name: str, cfg: MastodonConfig, terms: Terms, token: str | None) -> None:
        self.name = name
        self.cfg = cfg
        self.terms = terms
        self.token = token
        self.base = URL(cfg.instance.rstrip("/"))
        self.host = self.base.host or cfg.instance
        self.last: dict[str, str] = {}  # timeline -> newest status id emitted
        self.recent: collections.OrderedDict[str, tuple[int, int, int]] = \
            collections.OrderedDict()  # emitted status id -> counts, for refreshes

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def _stream_url(self, timeline: str) -> URL:
        if timeline == "public":
            return self.base / "api/v1/streaming/public"
        if timeline == "local":
            return self.base / "api/v1/streaming/public/local"
        return (self.base / "api/v1/streaming/hashtag").with_query(tag=timeline.split(":", 1)[1])

    def _rest_url(self, timeline: str) -> URL:
        if timeline.startswith("hashtag:"):
            return URL(f"{self.base}/api/v1/timelines/tag/{quote(timeline[8:], safe='')}")
        url = self.base / "api/v1/timelines/public"
        return url.with_query(local="true") if timeline == "local" else url

    async def run(self, emit: Emit, cursor: Cursor | None) -> None:
        self.last = {k: str(v) for k, v in ((cursor or {}).get("last") or {}).items()}
        backoff = Backoff(parse_duration(self.cfg.backoff_initial) / 1000,
                          parse_duration(self.cfg.backoff_max) / 1000)
        async with aiohttp.ClientSession(headers=self._headers()) as http:
            await supervise(self.name, lambda: self._session(http, emit), backoff)

    async def _session(self, http: aiohttp.ClientSession, emit: Emit) -> None:
        try:
            async with asyncio.TaskGroup() as tg:
                for timeline in self.cfg.timelines:
                    tg.create_task(self._timeline(http, emit, timeline))
                if self.cfg.refresh_interval and self.cfg.refresh_max:
                    tg.create_task(self._refresh(http, emit))
        except BaseExceptionGroup as group:  # one timeline failed: reconnect them all
            raise group.exceptions[0] from None

    async def _timeline(self, http: aiohttp.ClientSession, emit: Emit, timeline: str) -> None:
        """Subscribe first, then backfill, then read what the stream buffered meanwhile:
        no gap between the two; overlap is dropped by status id."""
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=15, sock_read=90)
        async with http.get(self._stream_url(timeline), timeout=timeout,
                            headers={"Accept": "text/event-stream"}) as resp:
            await _check(resp, "streaming")
            await self._backfill(http, emit, timeline)
            log.info("mastodon.streaming", connector=self.name, timeline=timeline)
            await self._read(resp, emit, timeline)
        raise SourceError("the streaming connection ended", kind="network")

    async def _refresh(self, http: aiohttp.ClientSession, emit: Emit) -> None:
        """Re-read recent brand statuses; stop a round early on a rate limit, never the
        streams (their session is worth more than fresh counts)."""
        interval = parse_duration(self.cfg.refresh_interval) / 1000
        while True:
            await asyncio.sleep(interval)
            for sid in list(self.recent)[-self.cfg.refresh_max:]:
                url = self.base / "api/v1/statuses" / sid
                async with http.get(url, timeout=aiohttp.ClientTimeout(total=30)) as resp:
                    if resp.status == 404:
                        self.recent.pop(sid, None)  # deleted
                        continue
                    if resp.status >= 400:
                        ERRORS.labels(self.name, "rate_limited" if resp.status == 429
                                      else "http").inc()
                        break
                    status = await resp.json(loads=orjson.loads)
                mention = map_status(status, self.host) if isinstance(status, dict) else None
                if mention is None or self._counts(mention) == self.recent.get(sid):
                    continue
                self.recent[sid] = self._counts(mention)
                if self.cfg.brand:
                    mention["brand"] = self.cfg.brand
                count(self.name, "engagement")
                await emit([mention], {"last": dict(self.last)})

    @staticmethod
    def _counts(mention: Mention) -> tuple[int, int, int]:
        m = mention.get("metrics") or {}
        return int(m.get("likes", 0)), int(m.get("reposts", 0)), int(m.get("replies", 0))

    def _remember(self, sid: str, mention: Mention) -> None:
        self.recent[sid] = self._counts(mention)
        self.recent.move_to_end(sid)
        while len(self.recent) > max(self.cfg.refresh_max, 1):
            self.recent.popitem(last=False)

    async def _get(self, http: aiohttp.ClientSession, url: URL) -> Any:
        async with http.get(url, timeout=aiohttp.ClientTimeout(total=30)) as resp:
            await _check(resp, "timeline")
            return await resp.json(loads=orjson.loads)

    async def _backfill(self, http: aiohttp.ClientSession, emit: Emit, timeline: str) -> None:
        since = self.last.get(timeline)
        if since is None:
            return  # first run: start from now, do not import history
        pages: list[dict[str, Any]] = []
        max_id: str | None = None
        while len(pages) < self.cfg.backfill_max:
            query = {"since_id": since, "limit": "40"}
            if max_id:
                query["max_id"] = max_id
            page = await self._get(http, self._rest_url(timeline).update_query(query))
            page = [s for s in page if isinstance(s, dict) and _newer(str(s.get("id")), since)]
            if not page:
                break
            pages.extend(page)
            max_id = str(page[-1]["id"])  # servers may cap `limit`: walk back until empty
        pages.sort(key=lambda s: int(s["id"]) if str(s["id"]).isdigit() else 0)
        if pages:
            log.info("mastodon.backfill", connector=self.name, timeline=timeline,
                     statuses=len(pages))
        await self._accept(pages, emit, timeline)

    async def _read(self, resp: aiohttp.ClientResponse, emit: Emit, timeline: str) -> None:
        event, data = "", list[str]()
        async for raw in _lines(resp.content):
            line = raw.decode("utf-8", "replace").rstrip("\r")
            if not line:
                if event in ("update", "status.update") and data:
                    await self._event(event, "\n".join(data), emit, timeline)
                event, data = "", []
            elif line.startswith(":"):
                continue
            elif line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip())

    async def _event(self, event: str, data: str, emit: Emit, timeline: str) -> None:
        try:
            status = orjson.loads(data)
        except orjson.JSONDecodeError:
            count(self.name, "skipped")
            return
        if not isinstance(status, dict):
            return
        last = self.last.get(timeline)
        if event == "update" and last is not None and not _newer(str(status.get("id")), last):
            count(self.name, "duplicate")  # already had it from the backfill
            return
        await self._accept([status], emit, timeline)

    async def _accept(self, statuses: list[dict[str, Any]], emit: Emit, timeline: str) -> None:
        items: list[Mention] = []
        for status in statuses:
            sid = str(status.get("id"))
            filtered = self.cfg.filter and not timeline.startswith("hashtag:")
            mention = admit(self.name, map_status(status, self.host), brand=self.cfg.brand,
                            terms=self.terms if filtered else None)
            if mention is not None:
                items.append(mention)
                self._remember(sid, mention)
            if timeline not in self.last or _newer(sid, self.last[timeline]):
                self.last[timeline] = sid
        if statuses:
            await emit(items, {"last": dict(self.last)})


async def _lines(content: aiohttp.StreamReader, max_line: int = 4 * 1024 * 1024
                 ) -> AsyncIterator[bytes]:
    """Lines of an event stream without aiohttp's 64 KiB readline limit (a status with a
    long text and many attachments can exceed it)."""
    buffer = b""
    async for chunk in content.iter_any():
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            yield line
        if len(buffer) > max_line:
            raise SourceError(f"an event-stream line exceeds {max_line} bytes", kind="parse")
    if buffer:
        yield buffer


async def _check(resp: aiohttp.ClientResponse, what: str) -> None:
    if resp.status < 400:
        return
    body = (await resp.text())[:200]
    if resp.status in (401, 403):
        raise SourceError(f"Mastodon {what}: HTTP {resp.status} {body} (token?)", kind="auth",
                          fatal=True)
    raise SourceError(f"Mastodon {what}: HTTP {resp.status} {body}",
                      kind="rate_limited" if resp.status == 429 else "http",
                      retry_after=retry_after_from(resp.headers))
