"""Bluesky via Jetstream: the public JSON firehose over a WebSocket.

What we rely on (Jetstream README, bluesky-social/jetstream): `GET /subscribe` with
`wantedCollections=app.bsky.feed.post` and an optional `cursor` (unix microseconds; absent
means live tail). Every message is one JSON event `{did, time_us, kind, ...}`; kind is
`commit` (with `commit: {rev, operation: create|update|delete, collection, rkey, record,
cid}`), `identity` (`identity.handle`) or `account`. Events of one connection arrive in
`time_us` order; the README advises reconnecting with the last `time_us` minus a few seconds
and processing idempotently. Post records follow the `app.bsky.feed.post` lexicon: `text`,
`createdAt`, `langs`, `reply.{root,parent}.uri`, `embed` of `$type` app.bsky.embed.external
(`external.uri/title/description`), .images (`images[].image.ref.$link`, `alt`), .video
(`video.ref.$link`), .record (a quote: `record.uri`) or .recordWithMedia (`record.record.uri`
+ `media`). Blobs are served by the CDN at cdn.bsky.app/img/feed_fullsize/plain/{did}/{cid}.

Posts carry no like/repost counts: those are separate `app.bsky.feed.like` / `.repost`
records whose `subject.uri` names the post. With `engagement: true` we also subscribe to
them, count them (and replies) for the brand posts we emitted recently, and re-emit such a
post with its new counts when they cross 1, 2, 5, 10, 20, 50... (same id: an update, which is
how engagement velocity reaches the detectors). Counts start at our first sight of the post.
Jetstream filters by collection and DID only: brand terms are matched locally.
"""

from __future__ import annotations

import collections
from typing import Any

import aiohttp
import orjson
import structlog
from yarl import URL

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
from streams.connectors.config import BlueskyConfig

log = structlog.get_logger("crisiswatch.connectors.bluesky")

POST = "app.bsky.feed.post"
LIKE = "app.bsky.feed.like"
REPOST = "app.bsky.feed.repost"
_CDN = "https://cdn.bsky.app/img/feed_fullsize/plain"


def _post_key(did: str, rkey: str) -> str:
    return f"at://{did}/{POST}/{rkey}"


def _did_of(uri: str) -> str:
    return uri[5:].split("/", 1)[0] if uri.startswith("at://") else ""


def _blob(did: str, blob: Any) -> str:
    if isinstance(blob, dict):
        ref = blob.get("ref")
        cid = ref.get("$link") if isinstance(ref, dict) else blob.get("cid")
        if isinstance(cid, str) and cid:
            return f"{_CDN}/{did}/{cid}@jpeg"
    return ""


def _embed(did: str, embed: Any, out: dict[str, Any]) -> None:
    if not isinstance(embed, dict):
        return
    kind = str(embed.get("$type", ""))
    media: list[dict[str, str]] = out.setdefault("media", [])
    if kind == "app.bsky.embed.external":
        ext = embed.get("external") or {}
        if isinstance(ext, dict) and ext.get("uri"):
            media.append({"type": "other", "url": str(ext["uri"])})
            out["extra_text"] = " ".join(str(ext.get(k) or "") for k in ("title", "description"))
    elif kind == "app.bsky.embed.images":
        for img in embed.get("images") or []:
            if isinstance(img, dict):
                media.append({"type": "photo", "url": _blob(did, img.get("image"))})
    elif kind == "app.bsky.embed.video":
        video = embed.get("video")
        cid = video.get("ref", {}).get("$link", "") if isinstance(video, dict) else ""
        media.append({"type": "video", "url": f"https://video.bsky.app/watch/{did}/{cid}"
                      "/playlist.m3u8" if cid else ""})
    elif kind == "app.bsky.embed.record":
        rec = embed.get("record")
        if isinstance(rec, dict) and isinstance(rec.get("uri"), str):
            out["quote_of"] = "bsky:" + rec["uri"]
    elif kind == "app.bsky.embed.recordWithMedia":
        rec = embed.get("record")
        inner = rec.get("record") if isinstance(rec, dict) else None
        if isinstance(inner, dict) and isinstance(inner.get("uri"), str):
            out["quote_of"] = "bsky:" + inner["uri"]
        _embed(did, embed.get("media"), out)


def map_event(event: dict[str, Any], handles: dict[str, str] | None = None) -> Mention | None:
    """A Jetstream event -> a mention dict; None for anything but a post create/update."""
    if event.get("kind") != "commit":
        return None
    commit = event.get("commit")
    if not isinstance(commit, dict) or commit.get("collection") != POST:
        return None
    if commit.get("operation") not in ("create", "update"):
        return None
    record = commit.get("record")
    did, rkey = event.get("did"), commit.get("rkey")
    if not isinstance(record, dict) or not isinstance(did, str) or not isinstance(rkey, str):
        return None
    text = record.get("text")
    if not isinstance(text, str):
        return None
    created = record.get("createdAt")
    time_us = event.get("time_us")
    out: dict[str, Any] = {
        "id": "bsky:" + _post_key(did, rkey),
        "source": "bluesky",
        "url": f"https://bsky.app/profile/{did}/post/{rkey}",
        "created_at": created if isinstance(created, str) and created
        else int(time_us) // 1000 if isinstance(time_us, int) else None,
        "text": clip(text),
        "author": {"id": did, "handle": (handles or {}).get(did, did)},
    }
    langs = record.get("langs")
    if isinstance(langs, list) and langs and isinstance(langs[0], str):
        out["lang"] = langs[0][:16]
    reply = record.get("reply")
    parent = reply.get("parent") if isinstance(reply, dict) else None
    if isinstance(parent, dict) and isinstance(parent.get("uri"), str):
        out["in_reply_to"] = "bsky:" + parent["uri"]
        parent_did = _did_of(parent["uri"])
        out["reply_to_author"] = (handles or {}).get(parent_did, parent_did)
    _embed(did, record.get("embed"), out)
    if not out.get("media"):
        out.pop("media", None)
    extra_text = out.pop("extra_text", "")
    tags = [f.get("tag") for f in _features(record) if f.get("$type", "").endswith("#tag")]
    links = [f.get("uri") for f in _features(record) if f.get("$type", "").endswith("#link")]
    out["bluesky"] = {"cid": commit.get("cid"), "operation": commit["operation"],
                      "time_us": time_us, "tags": tags, "links": links,
                      "link_text": extra_text.strip() or None}
    return out


def _features(record: dict[str, Any]) -> list[dict[str, Any]]:
    facets = record.get("facets")
    if not isinstance(facets, list):
        return []
    return [f for facet in facets if isinstance(facet, dict)
            for f in facet.get("features") or [] if isinstance(f, dict)]


def _thresholds() -> list[int]:
    out, base = [], 1
    while base <= 10**9:
        out += [base, 2 * base, 5 * base]
        base *= 10
    return out


_STEPS = _thresholds()


class Engagement:
    """Like/repost/reply counts of recently emitted posts, re-emitted at growing thresholds
    so a viral post produces a handful of updates, not one per like."""

    def __init__(self, capacity: int = 5000) -> None:
        self.capacity = capacity
        self.posts: collections.OrderedDict[str, Mention] = collections.OrderedDict()

    def track(self, mention: Mention) -> None:
        key = str(mention["id"])[5:]  # "bsky:" + at:// uri
        self.posts[key] = mention
        self.posts.move_to_end(key)
        while len(self.posts) > self.capacity:
            self.posts.popitem(last=False)

    def observe(self, event: dict[str, Any], reply_parent: str | None = None) -> Mention | None:
        """The updated mention when a like, repost or reply pushes a tracked post over its next
        threshold; None otherwise."""
        if reply_parent is not None:
            subject, field = reply_parent, "replies"
        else:
            commit = as_dict(event.get("commit"))
            if commit.get("operation") != "create":
                return None
            field = {LIKE: "likes", REPOST: "reposts"}.get(str(commit.get("collection")), "")
            subject = str(as_dict(as_dict(commit.get("record")).get("subject")).get("uri", ""))
        mention = self.posts.get(subject) if field else None
        if mention is None:
            return None
        metrics = dict(mention.get("metrics") or {})
        before = sum(metrics.values())
        metrics[field] = metrics.get(field, 0) + 1
        mention = {**mention, "metrics": metrics}
        self.posts[subject] = mention
        after = before + 1
        return mention if any(before < t <= after for t in _STEPS) else None


class BlueskyConnector:
    """One WebSocket to Jetstream; the cursor is the last emitted `time_us` plus the ids seen
    at that exact microsecond, so a rewound reconnect skips what was already written."""

    def __init__(self, name: str, cfg: BlueskyConfig, terms: Terms) -> None:
        self.name = name
        self.cfg = cfg
        self.terms = terms
        self.time_us = 0
        self.ids_at: list[str] = []
        self.handles: collections.OrderedDict[str, str] = collections.OrderedDict()
        self.rewind_us = parse_duration(cfg.rewind) * 1000
        self.engagement = Engagement() if cfg.engagement else None

    def _url(self) -> URL:
        wanted = [POST, LIKE, REPOST] if self.engagement else [POST]
        url = URL(self.cfg.url).update_query([("wantedCollections", c) for c in wanted])
        if self.time_us:
            url = url.update_query(cursor=str(max(0, self.time_us - self.rewind_us)))
        return url

    def cursor(self) -> Cursor:
        return {"time_us": self.time_us, "ids_at": list(self.ids_at)}

    async def run(self, emit: Emit, cursor: Cursor | None) -> None:
        if cursor:
            self.time_us = int(cursor.get("time_us") or 0)
            self.ids_at = [str(i) for i in cursor.get("ids_at") or []]
        backoff = Backoff(parse_duration(self.cfg.backoff_initial) / 1000,
                          parse_duration(self.cfg.backoff_max) / 1000)
        async with aiohttp.ClientSession() as http:
            await supervise(self.name, lambda: self._session(http, emit), backoff)

    async def _session(self, http: aiohttp.ClientSession, emit: Emit) -> None:
        try:
            ws = await http.ws_connect(self._url(), heartbeat=30.0, max_msg_size=4 * 1024 * 1024)
        except aiohttp.WSServerHandshakeError as exc:
            retry = exc.headers.get("Retry-After") if exc.headers else None
            raise SourceError(f"Jetstream handshake failed: HTTP {exc.status}",
                              kind="rate_limited" if exc.status == 429 else "http",
                              retry_after=float(retry) if retry and retry.isdigit()
                              else None) from None
        async with ws:
            log.info("bluesky.connected", connector=self.name, cursor=self.time_us or None)
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.TEXT:
                    await self._handle(msg.data, emit)
                elif msg.type == aiohttp.WSMsgType.ERROR:
                    raise SourceError(f"Jetstream socket error: {ws.exception()}",
                                      kind="network")
        raise SourceError(f"Jetstream closed the socket (code {ws.close_code})", kind="network")

    async def _handle(self, data: str, emit: Emit) -> None:
        try:
            event = orjson.loads(data)
        except orjson.JSONDecodeError:
            count(self.name, "skipped")
            return
        if not isinstance(event, dict) or not isinstance(event.get("time_us"), int):
            count(self.name, "skipped")
            return
        t = event["time_us"]
        if event.get("kind") == "identity":
            ident = event.get("identity") or {}
            if isinstance(ident, dict) and ident.get("handle"):
                self.handles[str(event.get("did"))] = str(ident["handle"])
                while len(self.handles) > 50_000:
                    self.handles.popitem(last=False)
        key = _event_key(event)
        if t < self.time_us or (t == self.time_us and key in self.ids_at):
            count(self.name, "duplicate")
            return
        if t > self.time_us:
            self.time_us, self.ids_at = t, []
        self.ids_at.append(key)
        mention = map_event(event, self.handles)
        items: list[Mention] = []
        if self.engagement is not None:
            parent = mention.get("in_reply_to") if mention else None
            update = self.engagement.observe(event, parent[5:] if parent else None)
            if update is not None:
                items.append(update)
                count(self.name, "engagement")
        link_text = (mention.get("bluesky") or {}).get("link_text") if mention else None
        admitted = admit(self.name, mention, brand=self.cfg.brand,
                         terms=self.terms if self.cfg.filter else None, also=link_text)
        if admitted is not None:
            items.append(admitted)
            if self.engagement is not None:
                self.engagement.track(admitted)
        await emit(items, self.cursor())


def _event_key(event: dict[str, Any]) -> str:
    commit = event.get("commit")
    if isinstance(commit, dict):
        return f"{event.get('did')}/{commit.get('collection')}/{commit.get('rkey')}" \
               f"@{commit.get('rev')}"
    return f"{event.get('did')}/{event.get('kind')}"
