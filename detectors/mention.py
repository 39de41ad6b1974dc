"""Validation of raw mention events (DESIGN.md "Mention event").

Bad input is data, not an exception: `parse_mention` returns `Invalid` with a short machine
`reason` (a bounded metric label) and a human `detail`, so the caller can dead-letter it and go on.
"""

from __future__ import annotations

from datetime import datetime
from operator import attrgetter
from typing import Annotated, Any, Final

import msgspec

from detectors.model import Author, Media, Mention, Metrics

MAX_EVENT_BYTES: Final = 256 * 1024
MAX_TEXT_CHARS: Final = 40_000
MAX_ID_CHARS: Final = 512
DEFAULT_MAX_FUTURE_MS: Final = 15 * 60_000
_MIN_EPOCH_MS: Final = 946_684_800_000  # 2000-01-01: anything earlier is seconds, not ms
_MAX_SOURCE_CHARS: Final = 64
_MAX_URL_CHARS: Final = 4096
_MAX_LANG_CHARS: Final = 16
_MAX_BRAND_CHARS: Final = 64
_MAX_NAME_CHARS: Final = 256  # reply_to_author, and where author and media fields are cut
_MAX_MEDIA: Final = 16  # items kept; later ones are dropped unread
_KNOWN: Final = frozenset({
    "id", "source", "url", "created_at", "text", "lang", "author", "in_reply_to",
    "reply_to_author", "quote_of", "repost_of", "metrics", "media", "brand",
})
_METRIC_FIELDS: Final = ("likes", "reposts", "replies", "views")
_MAX_COUNT: Final = 2**53  # metric counts are capped here (exact in a float)
_NUMBER: Final = (int, float)  # a tuple: `int | float` would build a union on every call
_INFINITIES: Final = (float("inf"), float("-inf"))

# Reasons are metric label values: keep this set small and stable.
REASONS: Final = frozenset({
    "oversized", "not_json", "not_object", "missing_field", "wrong_type", "bad_time",
    "future_time", "too_long",
})


class Invalid(msgspec.Struct, frozen=True):
    reason: str
    detail: str


class _Reject(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


_decoder = msgspec.json.Decoder()


def parse_mention(
    raw: bytes, now_ms: int, max_future_ms: int = DEFAULT_MAX_FUTURE_MS
) -> Mention | Invalid:
    """Decode and validate one event; never raises on bad input.

    Tries the typed decode of the usual shape first (`_parse_usual`); whatever it does not
    take, `_parse_slow` judges, so every answer is the one `_parse_slow` would give.
    """
    mention = _parse_usual(raw, now_ms, max_future_ms)
    return _parse_slow(raw, now_ms, max_future_ms) if mention is None else mention


# The fast path. Checking decoded dicts field by field in Python is most of the cost of the
# slow way; msgspec decodes straight into typed structs instead, checking types and limits as
# it goes. These structs take only a subset of what `_build` accepts: values that `_build`
# keeps as they are, or changes the few plain ways `_Usual.mention` does. Anything else (a
# numeric id, an author given as a string, a null or float count, a name `_build` would cut,
# an unknown field in any object, a duplicate key with an odd value...) fails the decode and
# takes the slow way, so every `Invalid` still comes from `_build`. The limits are named
# constants that both paths use. Times given as text go through `_parse_time`, as in `_build`.
# Unknown top-level fields go to `extra`; a struct cannot collect them, so the fields our own
# connectors add (streams/connectors) are listed in `_CONNECTOR_FIELDS`: any other takes the
# slow way.
_Id = Annotated[str, msgspec.Meta(max_length=MAX_ID_CHARS)]
_Text = Annotated[str, msgspec.Meta(max_length=MAX_TEXT_CHARS)]
_Source = Annotated[str, msgspec.Meta(max_length=_MAX_SOURCE_CHARS)]
_Url = Annotated[str, msgspec.Meta(max_length=_MAX_URL_CHARS)]
_Lang = Annotated[str, msgspec.Meta(max_length=_MAX_LANG_CHARS)]
_Brand = Annotated[str, msgspec.Meta(max_length=_MAX_BRAND_CHARS)]
_Name = Annotated[str, msgspec.Meta(max_length=_MAX_NAME_CHARS)]
_EpochMs = Annotated[int, msgspec.Meta(ge=_MIN_EPOCH_MS)]  # strict: no float, no bool
_Count = Annotated[int, msgspec.Meta(ge=0, le=_MAX_COUNT)]
_Followers = Annotated[int, msgspec.Meta(ge=0)]


class _UsualAuthor(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    id: _Name = ""
    handle: _Name = ""
    name: _Name = ""
    followers: _Followers = 0
    verified: bool = False
    created_at: _EpochMs | str | None = None


class _UsualMetrics(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    likes: _Count = 0
    reposts: _Count = 0
    replies: _Count = 0
    views: _Count = 0


class _UsualMedia(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    type: _Name = ""
    url: _Name = ""
    hash: _Name = ""


class _Usual(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """A mention of the usual shape: only known fields, each of the usual type and size."""

    id: _Id
    created_at: _EpochMs | str
    text: _Text
    source: _Source | None = None
    url: _Url | None = None
    lang: _Lang | None = None
    author: _UsualAuthor | None = None
    in_reply_to: _Id | None = None
    reply_to_author: _Name | None = None
    quote_of: _Id | None = None
    repost_of: _Id | None = None
    metrics: _UsualMetrics | None = None
    media: list[_UsualMedia] | None = None
    brand: _Brand | None = None
    # What the connectors add (UNSET when absent; a JSON null is None and goes to `extra` too).
    bluesky: Any = msgspec.UNSET
    extra_text: Any = msgspec.UNSET
    feed: Any = msgspec.UNSET
    mastodon: Any = msgspec.UNSET
    telegram: Any = msgspec.UNSET
    vk: Any = msgspec.UNSET
    youscan: Any = msgspec.UNSET

    def mention(self, created_ms: int, author_created_ms: int | None,
                extra: dict[str, Any]) -> Mention:
        a, m = self.author, self.metrics
        return Mention(
            id=self.id,
            source=(self.source or "unknown").lower(),
            created_at_ms=created_ms,
            text=self.text,
            url=self.url or "",
            lang=self.lang,
            author=Author() if a is None else Author(
                a.id, a.handle.lstrip("@"), a.name, a.followers, a.verified, author_created_ms),
            in_reply_to=self.in_reply_to,
            reply_to_author=self.reply_to_author,
            quote_of=self.quote_of,
            repost_of=self.repost_of,
            metrics=Metrics() if m is None else Metrics(m.likes, m.reposts, m.replies, m.views),
            media=() if self.media is None else tuple(
                Media(x.type or "other", x.url, x.hash) for x in self.media[:_MAX_MEDIA]),
            brand=self.brand,
            extra=extra,
        )


_CONNECTOR_FIELDS: Final = ("bluesky", "extra_text", "feed", "mastodon", "telegram", "vk",
                            "youscan")
_connector_values = attrgetter(*_CONNECTOR_FIELDS)
_usual_decoder = msgspec.json.Decoder(_Usual)


def _parse_usual(raw: bytes, now_ms: int, max_future_ms: int) -> Mention | None:
    """The mention `_parse_slow` would return, or None to leave the event to it."""
    if len(raw) > MAX_EVENT_BYTES:
        return None
    try:
        usual = _usual_decoder.decode(raw)
    except (msgspec.DecodeError, RecursionError, ValueError):  # ValidationError included
        return None
    author = usual.author
    try:  # an int is checked already; a text goes the way `_build` takes it
        created = _parse_time(usual.created_at)
        author_created = None if author is None or author.created_at is None \
            else _parse_time(author.created_at)
    except _Reject:
        return None
    # The two checks a struct cannot express: time in the future, blank id.
    if created > now_ms + max_future_ms or not usual.id.strip():
        return None
    added = _connector_values(usual)
    unset = added.count(msgspec.UNSET)
    if unset == len(added):
        extra: dict[str, Any] = {}
    elif unset == len(added) - 1:
        extra = {name: value for name, value in zip(_CONNECTOR_FIELDS, added, strict=True)
                 if value is not msgspec.UNSET}
    else:  # `_build` keeps the input's order of keys, which a struct has lost
        return None
    return usual.mention(created, author_created, extra)


def _parse_slow(raw: bytes, now_ms: int, max_future_ms: int) -> Mention | Invalid:
    """Decode to plain objects and check field by field: the reference for every input."""
    if len(raw) > MAX_EVENT_BYTES:
        return Invalid("oversized", f"event is {len(raw)} bytes; the limit is {MAX_EVENT_BYTES}")
    try:
        obj = _decoder.decode(raw)
    except (msgspec.DecodeError, RecursionError, UnicodeDecodeError, ValueError) as exc:
        return Invalid("not_json", f"not valid UTF-8 JSON: {str(exc)[:200]}")
    if not isinstance(obj, dict):
        return Invalid("not_object", f"expected a JSON object, got {type(obj).__name__}")
    try:
        return _build(obj, now_ms, max_future_ms)
    except _Reject as rej:
        return Invalid(rej.reason, rej.detail)
    except RecursionError:
        return Invalid("wrong_type", "structure nested too deeply")


def _build(obj: dict[str, Any], now_ms: int, max_future_ms: int) -> Mention:
    mention_id = _required_str(obj, "id", MAX_ID_CHARS)
    text = _required_str(obj, "text", MAX_TEXT_CHARS, allow_empty=True)
    if "created_at" not in obj or obj["created_at"] is None:
        raise _Reject("missing_field", "created_at is required")
    created = _parse_time(obj["created_at"])
    if created > now_ms + max_future_ms:
        raise _Reject(
            "future_time",
            f"created_at is {(created - now_ms) // 1000}s in the future "
            f"(allowed skew {max_future_ms // 1000}s)",
        )
    source = _optional_str(obj, "source", _MAX_SOURCE_CHARS) or "unknown"
    # Most events carry only known fields: a set comparison is cheaper than the comprehension.
    extra = {} if obj.keys() <= _KNOWN else {k: v for k, v in obj.items() if k not in _KNOWN}
    return Mention(
        id=mention_id,
        source=source.lower(),
        created_at_ms=created,
        text=text,
        url=_optional_str(obj, "url", _MAX_URL_CHARS) or "",
        lang=_optional_str(obj, "lang", _MAX_LANG_CHARS),
        author=_author(obj.get("author")),
        in_reply_to=_optional_id(obj, "in_reply_to"),
        reply_to_author=_optional_str(obj, "reply_to_author", _MAX_NAME_CHARS),
        quote_of=_optional_id(obj, "quote_of"),
        repost_of=_optional_id(obj, "repost_of"),
        metrics=_metrics(obj.get("metrics")),
        media=_media(obj.get("media")),
        brand=_optional_str(obj, "brand", _MAX_BRAND_CHARS),
        extra=extra,
    )


def _required_str(obj: dict[str, Any], key: str, limit: int, allow_empty: bool = False) -> str:
    value = obj.get(key)
    if value is None:
        raise _Reject("missing_field", f"{key} is required")
    if isinstance(value, int) and not isinstance(value, bool) and key == "id":
        value = str(value)  # numeric ids are common (VK, Telegram): keep them, as text
    if not isinstance(value, str):
        raise _Reject("wrong_type", f"{key} must be a string, got {_json_type(value)}")
    if not allow_empty and not value.strip():
        raise _Reject("missing_field", f"{key} must not be empty")
    if len(value) > limit:
        raise _Reject("too_long", f"{key} is {len(value)} characters; the limit is {limit}")
    return value


def _optional_str(obj: dict[str, Any], key: str, limit: int) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Reject("wrong_type", f"{key} must be a string, got {_json_type(value)}")
    if len(value) > limit:
        raise _Reject("too_long", f"{key} is {len(value)} characters; the limit is {limit}")
    return value


def _optional_id(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:  # most mentions are no reply, quote or repost
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _optional_str(obj, key, MAX_ID_CHARS)


def _parse_time(value: Any) -> int:
    if type(value) is int and value >= _MIN_EPOCH_MS:  # the usual epoch ms: nothing to check
        return value
    if isinstance(value, bool):
        raise _Reject("wrong_type", "created_at must be an RFC 3339 string or epoch milliseconds")
    if isinstance(value, _NUMBER):
        if value != value or value in _INFINITIES:
            raise _Reject("bad_time", "created_at is not a finite number")
        ms = int(value)
        if ms < _MIN_EPOCH_MS:
            raise _Reject(
                "bad_time",
                f"created_at {value} is before 2000 as epoch milliseconds "
                "(seconds given? multiply by 1000)",
            )
        return ms
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise _Reject("bad_time", f"created_at {value[:64]!r} is not RFC 3339") from None
        if parsed.tzinfo is None:
            raise _Reject("bad_time", f"created_at {value[:64]!r} has no time zone offset")
        ms = int(parsed.timestamp() * 1000)
        if ms < _MIN_EPOCH_MS:
            raise _Reject("bad_time", f"created_at {value[:64]!r} is before 2000")
        return ms
    raise _Reject(
        "wrong_type",
        f"created_at must be an RFC 3339 string or epoch milliseconds, got {_json_type(value)}",
    )


def _author(value: Any) -> Author:
    if value is None:
        return Author()
    if isinstance(value, str):
        return Author(handle=value[:_MAX_NAME_CHARS])
    if not isinstance(value, dict):
        raise _Reject("wrong_type", f"author must be an object, got {_json_type(value)}")
    followers = value.get("followers", 0)
    if followers is None:
        followers = 0
    if isinstance(followers, bool) or not isinstance(followers, _NUMBER) or followers < 0:
        raise _Reject("wrong_type", "author.followers must be a non-negative number")
    verified = value.get("verified", False)
    if not isinstance(verified, bool) and verified is not None:
        raise _Reject("wrong_type", "author.verified must be true or false")
    created = value.get("created_at")
    return Author(
        id=_scalar_text(value.get("id"), "author.id"),
        handle=_scalar_text(value.get("handle"), "author.handle").lstrip("@"),
        name=_scalar_text(value.get("name"), "author.name"),
        followers=int(followers),
        verified=bool(verified),
        created_at_ms=None if created is None else _parse_time(created),
    )


def _scalar_text(value: Any, key: str) -> str:
    if type(value) is str:  # the usual case first
        return value[:_MAX_NAME_CHARS]
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise _Reject("wrong_type", f"{key} must be a string, got {_json_type(value)}")
    return value[:_MAX_NAME_CHARS]


def _metrics(value: Any) -> Metrics:
    if value is None:
        return Metrics()
    if not isinstance(value, dict):
        raise _Reject("wrong_type", f"metrics must be an object, got {_json_type(value)}")
    return Metrics(*[_count(value, key) for key in _METRIC_FIELDS])


def _count(metrics: dict[str, Any], key: str) -> int:
    v = metrics.get(key, 0)
    if type(v) is int and 0 <= v <= _MAX_COUNT:  # the usual case: nothing to convert
        return v
    if v is None:
        v = 0
    if isinstance(v, bool) or not isinstance(v, _NUMBER) or v < 0 or v != v:
        raise _Reject("wrong_type", f"metrics.{key} must be a non-negative number")
    return int(min(v, _MAX_COUNT))


def _media(value: Any) -> tuple[Media, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    out: list[Media] = []
    for item in items[:_MAX_MEDIA]:
        if isinstance(item, str):
            out.append(Media(type="other", url=item[:_MAX_URL_CHARS]))
        elif isinstance(item, dict):
            out.append(Media(
                type=_scalar_text(item.get("type"), "media.type") or "other",
                url=_scalar_text(item.get("url"), "media.url"),
                hash=_scalar_text(item.get("hash"), "media.hash"),
            ))
        else:
            raise _Reject("wrong_type", f"media items must be objects, got {_json_type(item)}")
    return tuple(out)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, _NUMBER):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__
