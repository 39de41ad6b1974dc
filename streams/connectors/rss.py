"""RSS 2.0 / RSS 1.0 (RDF) / Atom news and review feeds, polled politely.

What we rely on: RSS 2.0 (`channel/item` with `title`, `link`, `guid`, `pubDate` in RFC 822,
`description`, `author` or `dc:creator`, `enclosure@url/@type`, `media:content`), RSS 1.0
(`rdf:RDF/item` with `dc:date`), Atom RFC 4287 (`feed/entry` with `id`, `title`,
`link[@rel=alternate]@href`, `published`/`updated` in RFC 3339, `summary`/`content`,
`author/name`). HTTP conditional GET (RFC 9110): we send `If-None-Match` with the last
`ETag` and `If-Modified-Since` with the last `Last-Modified`; `304 Not Modified` means no
change. XML is parsed with defusedxml (no entity expansion bombs, no external entities).

Dedup: an entry's key is its guid/id (else link, else title+date); the last `seen_max` keys
per feed are remembered in the cursor, which is committed with the mentions, so neither a
re-poll nor a restart repeats an entry. A malformed feed is logged and counted, never fatal;
the other feeds go on.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from xml.etree.ElementTree import Element  # only the type; parsing goes through defusedxml

import aiohttp
import defusedxml.ElementTree as SafeET  # type: ignore[import-untyped]
import structlog

from detectors.durations import parse_duration
from streams.connectors.base import (
    ERRORS,
    UP,
    Backoff,
    Cursor,
    Emit,
    Mention,
    SourceError,
    Terms,
    admit,
    clip,
    count,
    html_to_text,
    retry_after_from,
)
from streams.connectors.config import Feed, RssConfig

log = structlog.get_logger("crisiswatch.connectors.rss")

_ATOM = "{http://www.w3.org/2005/Atom}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_MEDIA = "{http://search.yahoo.com/mrss/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"


class FeedError(Exception):
    """The document is not a feed we can read."""


def _text(el: Element | None) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _first(el: Element, *tags: str) -> Element | None:
    for tag in tags:
        found = el.find(tag)
        if found is not None:
            return found
    return None


def parse_feed(body: bytes) -> list[dict[str, Any]]:
    """Entries of an RSS/Atom document as plain dicts (raises FeedError)."""
    try:
        root = SafeET.fromstring(body)
    except (SafeET.ParseError, ValueError) as exc:
        raise FeedError(f"not well-formed XML: {exc}") from None
    except Exception as exc:  # defusedxml's EntitiesForbidden, DTDForbidden, ...
        raise FeedError(f"refused XML: {type(exc).__name__}") from None
    if root.tag == f"{_ATOM}feed":
        return [_atom_entry(e) for e in root.iter(f"{_ATOM}entry")]
    if root.tag == "rss":
        return [_rss_item(i, "") for i in root.iter("item")]
    if root.tag.endswith("RDF"):
        return [_rss_item(i, _RSS1) for i in root.iter(f"{_RSS1}item")]
    raise FeedError(f"unknown feed root element {root.tag!r}")


def _rss_item(item: Element, ns: str) -> dict[str, Any]:
    media = []
    for enc in [*item.findall("enclosure"), *item.findall(f"{_MEDIA}content")]:
        url, kind = enc.get("url") or "", enc.get("type") or enc.get("medium") or ""
        if url:
            media.append({"type": "video" if "video" in kind else
                          "photo" if "image" in kind else "other", "url": url})
    guid = _first(item, "guid")
    return {
        "id": _text(guid) or (item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
                              or ""),
        "title": _text(_first(item, f"{ns}title")),
        "link": _text(_first(item, f"{ns}link")),
        "date": _text(_first(item, "pubDate", f"{_DC}date")),
        "summary": _text(_first(item, f"{_CONTENT}encoded", f"{ns}description")),
        "author": _text(_first(item, f"{_DC}creator", "author")),
        "categories": [_text(c) for c in item.findall("category")],
        "media": media,
    }


def _atom_entry(entry: Element) -> dict[str, Any]:
    link = ""
    for el in entry.findall(f"{_ATOM}link"):
        if el.get("rel", "alternate") == "alternate" and el.get("href"):
            link = el.get("href") or ""
            break
    return {
        "id": _text(entry.find(f"{_ATOM}id")),
        "title": _text(entry.find(f"{_ATOM}title")),
        "link": link,
        "date": _text(_first(entry, f"{_ATOM}published", f"{_ATOM}updated")),
        "summary": _text(_first(entry, f"{_ATOM}content", f"{_ATOM}summary")),
        "author": _text(entry.find(f"{_ATOM}author/{_ATOM}name")),
        "categories": [c.get("term") or "" for c in entry.findall(f"{_ATOM}category")],
        "media": [],
    }


def entry_key(entry: dict[str, Any]) -> str:
    key = entry.get("id") or entry.get("link")
    if key:
        return str(key)[:400]
    digest = hashlib.sha256(f"{entry.get('title')}\x1f{entry.get('date')}".encode())
    return "sha256:" + digest.hexdigest()[:32]


def _date(value: str) -> str | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)  # RFC 822 (RSS)
    except (TypeError, ValueError):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))  # RFC 3339 (Atom)
        except ValueError:
            return None
    return parsed.isoformat() if parsed.tzinfo is not None else None


def map_entry(entry: dict[str, Any], feed: Feed, fetched_ms: int) -> Mention:
    """A parsed feed entry -> a mention dict. No date: the time we first saw it."""
    title = html_to_text(str(entry.get("title") or ""))
    summary = html_to_text(str(entry.get("summary") or ""))
    out: dict[str, Any] = {
        "id": f"rss:{entry_key(entry)}",
        "source": feed.source,
        "url": str(entry.get("link") or ""),
        "created_at": _date(str(entry.get("date") or "")) or fetched_ms,
        "text": clip(f"{title}\n{summary}".strip()),
        "feed": {"url": feed.url, "title": title, "categories": entry.get("categories") or []},
    }
    if entry.get("author"):
        out["author"] = {"name": str(entry["author"])[:256], "handle": str(entry["author"])[:256]}
    if entry.get("media"):
        out["media"] = entry["media"]
    if feed.brand:
        out["brand"] = feed.brand
    return out


class RssConnector:
    def __init__(self, name: str, cfg: RssConfig, terms: Terms) -> None:
        self.name = name
        self.cfg = cfg
        self.terms = terms
        self.state: dict[str, dict[str, Any]] = {}
        self.not_before: dict[str, float] = {}  # feed url -> monotonic time it may be polled
        self.backoffs = {f.url: Backoff(parse_duration(cfg.backoff_initial) / 1000,
                                        parse_duration(cfg.backoff_max) / 1000)
                         for f in cfg.feeds}

    def cursor(self) -> Cursor:
        return {"feeds": {u: {**s, "seen": list(s.get("seen", []))}
                          for u, s in self.state.items()}}

    async def run(self, emit: Emit, cursor: Cursor | None) -> None:
        self.state = {u: dict(s) for u, s in ((cursor or {}).get("feeds") or {}).items()}
        interval = parse_duration(self.cfg.interval) / 1000
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            while True:
                started = time.monotonic()
                await self.poll_once(http, emit)
                await asyncio.sleep(max(0.0, interval - (time.monotonic() - started)))

    async def poll_once(self, http: aiohttp.ClientSession, emit: Emit) -> None:
        for feed in self.cfg.feeds:
            if time.monotonic() < self.not_before.get(feed.url, 0.0):
                continue
            try:
                await self._poll(http, feed, emit)
                self.backoffs[feed.url].reset()
                UP.labels(self.name).set(1)
            except (SourceError, FeedError, aiohttp.ClientError, TimeoutError) as exc:
                kind = exc.kind if isinstance(exc, SourceError) else \
                    "parse" if isinstance(exc, FeedError) else "network"
                ERRORS.labels(self.name, kind).inc()
                hint = exc.retry_after if isinstance(exc, SourceError) else None
                delay = self.backoffs[feed.url].next(hint)
                self.not_before[feed.url] = time.monotonic() + delay
                log.warning("rss.feed_failed", connector=self.name, feed=feed.url, kind=kind,
                            error=str(exc)[:300], retry_in_s=round(delay, 1))

    async def _poll(self, http: aiohttp.ClientSession, feed: Feed, emit: Emit) -> None:
        st = self.state.setdefault(feed.url, {"etag": None, "last_modified": None, "seen": []})
        headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
                             " */*;q=0.5", "User-Agent": "crisiswatch/0.1 (+feed poller)"}
        if st.get("etag"):
            headers["If-None-Match"] = st["etag"]
        if st.get("last_modified"):
            headers["If-Modified-Since"] = st["last_modified"]
        async with http.get(feed.url, headers=headers) as resp:
            if resp.status == 304:
                count(self.name, "not_modified")
                return
            if resp.status >= 400:
                raise SourceError(f"HTTP {resp.status}", kind="rate_limited"
                                  if resp.status in (429, 503) else "http",
                                  retry_after=retry_after_from(resp.headers))
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.content.iter_chunked(64 * 1024):
                size += len(chunk)
                if size > self.cfg.max_bytes:
                    raise FeedError(f"feed is over {self.cfg.max_bytes} bytes")
                chunks.append(chunk)
            body = b"".join(chunks)
            etag, modified = resp.headers.get("ETag"), resp.headers.get("Last-Modified")
        entries = parse_feed(body)
        seen: list[str] = list(st.get("seen") or [])
        known = set(seen)
        now_ms = int(time.time() * 1000)
        use_filter = self.cfg.filter if feed.filter is None else feed.filter
        items: list[Mention] = []
        for entry in reversed(entries):  # feeds list newest first: emit oldest first
            key = entry_key(entry)
            if key in known:
                count(self.name, "duplicate")
                continue
            known.add(key)
            seen.append(key)
            mention = admit(self.name, map_entry(entry, feed, now_ms), brand=self.cfg.brand,
                            terms=self.terms if use_filter and not feed.brand else None)
            if mention is not None:
                items.append(mention)
        # Never forget an entry still in the feed, or the next poll would repeat it.
        keep = max(self.cfg.seen_max, 2 * len(entries))
        st.update(etag=etag, last_modified=modified, seen=seen[-keep:])
        await emit(items, self.cursor())
