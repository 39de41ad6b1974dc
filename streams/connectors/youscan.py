"""YouScan mention webhooks -> mentions, for teams that already pay for a listening service.

What we rely on (YouScan API docs, "Webhook" tag, WebhookMention schema; help.youscan.io
article 3371690): YouScan POSTs one JSON object per new mention to the URL configured in a
topic's Settings -> Integrations; null fields are omitted; any 2xx within 4 minutes
acknowledges, anything else is a failed delivery. There is no signature: the only auth it
supports is HTTP Basic credentials embedded in the callback URL (https://user:pass@host/...),
so we accept those, or the shared secret as the last path segment. Fields: `topicId`,
`topicName`, `mentionId` (int64), `sourceName` (a domain), `author`/`channel` {`url`,
`name`, `nickname`, `profileId`, `subscribers`}, `title`, `text` (search hits wrapped in
`<b>`), `url`, `published` / `addedAt` (ISO 8601), `sentiment`, `imageUrl`, `language`
(ISO 639-3), `postType` (post, repost, extendedRepost, comment), `resourceType` (social,
blog, forum, messenger, news, reviews, other), `spam`, `rating`, `tags`, `postId`,
`parentPostId`, `discussionId`, `likes`, `reposts`, `comments`, `views`, `engagement`,
`potentialReach`, `country`, `contentTypes`.
"""

from __future__ import annotations

from typing import Any

from streams.connectors.base import Mention, as_dict, clip, html_to_text

_DOMAINS = {
    "vk.com": "vk", "t.me": "telegram", "telegram.org": "telegram", "facebook.com": "facebook",
    "instagram.com": "instagram", "youtube.com": "youtube", "tiktok.com": "tiktok",
    "twitter.com": "x", "x.com": "x", "bsky.app": "bluesky", "ok.ru": "forum",
}
_RESOURCE = {"news": "news", "reviews": "reviews", "forum": "forum", "blog": "blog",
             "messenger": "telegram"}
_LANG3 = {"rus": "ru", "eng": "en", "ukr": "uk", "bel": "be", "kaz": "kk", "deu": "de",
          "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it", "pol": "pl",
          "tur": "tr", "uzb": "uz", "por": "pt"}


def _source(payload: dict[str, Any]) -> str:
    domain = str(payload.get("sourceName") or "").lower().removeprefix("www.")
    if domain in _DOMAINS:
        return _DOMAINS[domain]
    return _RESOURCE.get(str(payload.get("resourceType") or ""), "web")


def _n(v: Any) -> int:
    return v if isinstance(v, int) and not isinstance(v, bool) and v >= 0 else 0


def map_mention(payload: dict[str, Any], topics: dict[str, str] | None = None) -> Mention:
    """A WebhookMention -> a mention dict. Not validated here: the ingest path validates it
    like any other input and dead-letters what is wrong."""
    author = as_dict(payload.get("author"))
    title = html_to_text(str(payload.get("title") or ""))
    body = html_to_text(str(payload.get("text") or ""))
    text = body if not title or body.startswith(title) else f"{title}\n{body}"
    mention_id = payload.get("mentionId")
    out: dict[str, Any] = {
        "id": f"youscan:{mention_id}" if mention_id is not None else None,
        "source": _source(payload),
        "url": str(payload.get("url") or ""),
        "created_at": payload.get("published") or payload.get("addedAt"),
        "text": clip(text),
        "author": {"id": str(author.get("profileId") or ""),
                   "handle": str(author.get("nickname") or author.get("name") or ""),
                   "name": str(author.get("name") or ""),
                   "followers": _n(author.get("subscribers"))},
        "metrics": {"likes": _n(payload.get("likes")), "reposts": _n(payload.get("reposts")),
                    "replies": _n(payload.get("comments")), "views": _n(payload.get("views"))},
        "youscan": {k: payload.get(k) for k in (
            "topicId", "topicName", "sentiment", "postType", "resourceType", "sourceName",
            "spam", "rating", "tags", "postId", "parentPostId", "discussionId",
            "potentialReach", "country", "addedAt") if payload.get(k) is not None},
    }
    lang = str(payload.get("language") or "")
    if lang:
        out["lang"] = _LANG3.get(lang, lang[:2] if len(lang) == 2 else lang)[:16]
    if payload.get("imageUrl"):
        out["media"] = [{"type": "photo", "url": str(payload["imageUrl"])}]
    elif "video" in (payload.get("contentTypes") or []):
        out["media"] = [{"type": "video", "url": str(payload.get("url") or "")}]
    brand = (topics or {}).get(str(payload.get("topicId")))
    if brand:
        out["brand"] = brand
    return out
