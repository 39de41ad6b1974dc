"""Hand-built mentions for unit tests: every field defaulted, ids unique, times explicit.

    e = enriched("bolt in the buckwheat", at=T0 + 5 * MIN, negativity=0.8, complaint=True)
    later = updated(e, likes=500, at=T0 + 20 * MIN)   # same id, bigger metrics
"""

from __future__ import annotations

import itertools
from typing import Any

import msgspec

from detectors.config import Account, BrandSpec, BusinessHours
from detectors.model import Author, Enriched, Media, Mention, Metrics

SEC = 1_000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR
T0 = 1_767_607_200_000  # Mon 2026-01-05 10:00:00 UTC (13:00 in Moscow)

_ids = itertools.count(1)


def next_id(prefix: str = "m") -> str:
    return f"{prefix}{next(_ids)}"


def author(handle: str = "user", *, followers: int = 100, verified: bool = False,
           created_at_ms: int | None = None, id: str | None = None, name: str = "") -> Author:
    return Author(id=id or f"id-{handle}", handle=handle, name=name or handle,
                  followers=followers, verified=verified, created_at_ms=created_at_ms)


def mention(text: str = "", *, id: str | None = None, source: str = "x", at: int = T0,
            url: str | None = None, lang: str | None = None, by: Author | None = None,
            handle: str = "", followers: int = 100, verified: bool = False,
            likes: int = 0, reposts: int = 0, replies: int = 0, views: int = 0,
            in_reply_to: str | None = None, reply_to_author: str | None = None,
            quote_of: str | None = None, repost_of: str | None = None,
            media: tuple[Media, ...] = (), brand: str | None = None,
            extra: dict[str, Any] | None = None) -> Mention:
    mid = id or next_id()
    a = by or author(handle or f"user_{mid}", followers=followers, verified=verified)
    return Mention(
        id=mid, source=source, created_at_ms=at, text=text,
        url=url if url is not None else f"https://{source}.example/{a.handle}/status/{mid}",
        lang=lang, author=a, in_reply_to=in_reply_to, reply_to_author=reply_to_author,
        quote_of=quote_of, repost_of=repost_of,
        metrics=Metrics(likes=likes, reposts=reposts, replies=replies, views=views),
        media=media, brand=brand, extra=extra or {},
    )


def enriched(text: str = "", *, brand: str = "acme", lang: str = "en", negativity: float = 0.0,
             sentiment: str | None = None, complaint: bool = False, official: bool = False,
             watched: bool = False, ingested_at_ms: int | None = None,
             brands: tuple[str, ...] | None = None, **mention_kw: Any) -> Enriched:
    """An Enriched record; sentiment defaults from negativity (>= 0.5: negative)."""
    m = mention(text, **mention_kw)
    return Enriched(
        mention=m, brand=brand, lang=lang,
        sentiment=sentiment or ("negative" if negativity >= 0.5 else "neutral"),
        negativity=negativity, complaint=complaint, brands=brands or (brand,),
        ingested_at_ms=m.created_at_ms + SEC if ingested_at_ms is None else ingested_at_ms,
        official=official, watched=watched,
    )


def updated(e: Enriched, *, at: int, likes: int | None = None, reposts: int | None = None,
            replies: int | None = None, views: int | None = None) -> Enriched:
    """The same mention seen again at `at` (ingest time) with new metrics."""
    old = e.mention.metrics
    met = Metrics(likes=old.likes if likes is None else likes,
                  reposts=old.reposts if reposts is None else reposts,
                  replies=old.replies if replies is None else replies,
                  views=old.views if views is None else views)
    m = msgspec.structs.replace(e.mention, metrics=met)
    return msgspec.structs.replace(e, mention=m, ingested_at_ms=at)


def brand_spec(id: str = "acme", *, name: str = "Acme", aliases: tuple[str, ...] = ("acme", "акме"),
               official: tuple[str, ...] = ("acme_support",),
               watched: tuple[str, ...] = ("ceo_jane",),
               journalists: tuple[str, ...] = (),
               hours: BusinessHours | None = None) -> BrandSpec:
    return BrandSpec(
        id=id, name=name, aliases=aliases,
        official_accounts=tuple(Account(handle=h) for h in official),
        watched_accounts=tuple(Account(handle=h) for h in watched),
        journalists=tuple(Account(handle=h) for h in journalists),
        business_hours=hours or BusinessHours(),
    )
