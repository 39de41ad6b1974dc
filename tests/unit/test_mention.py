"""Validation of raw mention events: every bad input is a reason, never an exception."""

from __future__ import annotations

import contextlib
import functools
import json
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bench.workload import MentionFactory, brand_names
from detectors.mention import (
    _MIN_EPOCH_MS,
    DEFAULT_MAX_FUTURE_MS,
    MAX_EVENT_BYTES,
    REASONS,
    Invalid,
    _parse_slow,
    _parse_usual,
    parse_mention,
)
from detectors.model import Mention

pytestmark = pytest.mark.unit

NOW = 1_764_000_000_000  # 2025-11-24


def good(**over: object) -> bytes:
    event: dict[str, object] = {
        "id": "x-1", "source": "x", "url": "https://x.example/1", "created_at": NOW - 1000,
        "text": "Вкусно и точка опять 😡", "author": {"handle": "@anna", "followers": 120},
        "metrics": {"likes": 3, "views": 100}, "shares_extra": {"a": 1},
    }
    event.update(over)
    return json.dumps(event, ensure_ascii=False).encode()


def test_valid_event_keeps_unknown_fields_in_extra() -> None:
    m = parse_mention(good(), NOW)
    assert isinstance(m, Mention)
    assert m.author.handle == "anna"
    assert m.metrics.views == 100 and m.metrics.reposts == 0
    assert m.extra == {"shares_extra": {"a": 1}}


def test_rfc3339_and_epoch_ms_agree() -> None:
    a = parse_mention(good(created_at="2025-11-24T16:00:00Z"), NOW)
    b = parse_mention(good(created_at=1_764_000_000_000), NOW)
    assert isinstance(a, Mention) and isinstance(b, Mention)
    assert a.created_at_ms == b.created_at_ms == 1_764_000_000_000


def test_numeric_id_is_kept_as_text() -> None:
    m = parse_mention(good(id=12345), NOW)
    assert isinstance(m, Mention) and m.id == "12345"


@pytest.mark.parametrize(("raw", "reason"), [
    (b"not json", "not_json"),
    (b"\xff\xfe\x00garbage", "not_json"),
    (b"[1, 2]", "not_object"),
    (json.dumps({"text": "hi", "created_at": NOW}).encode(), "missing_field"),
    (good(text=None), "missing_field"),
    (good(created_at=None), "missing_field"),
    (good(text=42), "wrong_type"),
    (good(created_at=True), "wrong_type"),
    (good(created_at="yesterday"), "bad_time"),
    (good(created_at="2025-11-24T16:00:00"), "bad_time"),
    (good(created_at=1_764_000_000), "bad_time"),
    (good(created_at=NOW + 3_600_000), "future_time"),
    (good(author=[1]), "wrong_type"),
    (good(metrics={"likes": -1}), "wrong_type"),
    (good(metrics={"likes": "many"}), "wrong_type"),
    (good(id="x" * 600), "too_long"),
    (b'{"a": {"b": {"c": 1}}}', "missing_field"),
])
def test_invalid_inputs_have_reasons(raw: bytes, reason: str) -> None:
    result = parse_mention(raw, NOW)
    assert isinstance(result, Invalid), result
    assert result.reason == reason
    assert result.reason in REASONS
    assert result.detail


def test_oversized_event() -> None:
    result = parse_mention(good(text="a" * (MAX_EVENT_BYTES + 10)), NOW)
    assert isinstance(result, Invalid) and result.reason == "oversized"


def test_deeply_nested_json_is_rejected_not_raised() -> None:
    nested = b"[" * 5000 + b"]" * 5000
    raw = b'{"id": "1", "text": "t", "created_at": 1764000000000, "x": ' + nested + b"}"
    result = parse_mention(raw, NOW)
    assert isinstance(result, (Invalid, Mention))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    assert isinstance(parse_mention(raw, NOW), (Invalid, Mention))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
    lambda children: (st.lists(children, max_size=4)
                      | st.dictionaries(st.text(max_size=8), children, max_size=4)),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "text", "created_at", "author", "metrics", "media",
                                        "source", "lang", "in_reply_to", "brand", "url"]),
                       json_values, max_size=11))
def test_arbitrary_objects_never_raise(obj: dict[str, object]) -> None:
    try:
        raw = json.dumps(obj).encode()
    except ValueError:
        return
    result = parse_mention(raw, NOW)
    assert isinstance(result, (Invalid, Mention))
    if isinstance(result, Invalid):
        assert result.reason in REASONS


# Parity of the fast path (`_parse_usual`) with the reference (`_parse_slow`): `parse_mention`
# must give the same answer, of the same types, as `_parse_slow` for the benchmark's realistic
# mentions, for one odd value (wrong type, null, number where a string goes, string at and past
# each limit, time at each edge, the key missing or given twice) at any place of a usual event,
# and for random events and workload mentions with random perturbations of that kind, unknown
# and duplicate keys, escaped keys and broken bytes.

WORKLOAD_NOW = 1_796_155_200_000  # bench/stages.py's clock
FUTURE = DEFAULT_MAX_FUTURE_MS
MEDIA = {"type": "photo", "url": "https://p.example.org/1", "hash": "a1"}
USUAL_EVENT: dict[str, Any] = {  # every field the fast path knows, of the usual type
    "id": "x-1", "source": "X", "created_at": NOW - 1000, "text": "Вкусно и точка 😡",
    "url": "https://x.example.org/anna/1", "lang": "ru",
    "author": {"id": "u1", "handle": "@anna", "name": "Анна", "followers": 120,
               "verified": True, "created_at": NOW - 10**10},
    "in_reply_to": "x-0", "reply_to_author": "bob", "quote_of": "x-00", "repost_of": "x-000",
    "metrics": {"likes": 3, "reposts": 1, "replies": 2, "views": 100},
    "media": [MEDIA, {"type": "video", "url": "https://v.example.org/1"}], "brand": "b00001",
}
EDGE_STRINGS = [
    "", " ", "\t\n", "\u2003", "\x1c", "\x00", "@", "@@anna", "Mixed Case", "ВК", "İ", "ß",
    *(c * n for c in ("x", "я", "😡") for n in (16, 17, 64, 65, 256, 257, 512, 513, 4096, 4097)),
    "a" * 40_000, "a" * 40_001, "я" * 40_001,
]
TIMES = [
    _MIN_EPOCH_MS - 1, _MIN_EPOCH_MS, NOW, NOW + FUTURE, NOW + FUTURE + 1, WORKLOAD_NOW,
    WORKLOAD_NOW + FUTURE, WORKLOAD_NOW + FUTURE + 1, 10**30, float(NOW), NOW - 0.5, 1_764_000_000,
    "2025-11-24T16:00:00Z", "2025-11-24T16:00:00", " 2025-11-24T16:00:00+03:00 ", "yesterday",
]
ODD_VALUES = [
    None, True, False, 0, -1, 1, 2**53, 2**53 + 1, 2**63, 2**64, 10**30, -(10**30), 1.0, 2.5,
    -0.0, 1e300, [], ["x"], {}, {"id": "x"}, {"unknown": 1}, MEDIA, [MEDIA] * 16,
    [MEDIA] * 16 + [{"type": "video"}], [MEDIA] * 16 + [5], [MEDIA, "https://p.example.org/2"],
    *EDGE_STRINGS, *TIMES,
]


def assert_same_as_slow(raw: bytes, now_ms: int, max_future_ms: int = FUTURE) -> Mention | Invalid:
    fast = parse_mention(raw, now_ms, max_future_ms)
    slow = _parse_slow(raw, now_ms, max_future_ms)
    assert type(fast) is type(slow)
    assert fast == slow, (raw, fast, slow)
    if isinstance(slow, Mention):
        assert isinstance(fast, Mention) and fast.extra == slow.extra
        # == says 1 == True == 1.0; the encoding tells them apart, nested values included
        assert msgspec.json.encode(fast) == msgspec.json.encode(slow), raw
    return fast


def path_taken(raw: bytes, now_ms: int, max_future_ms: int = FUTURE) -> str:
    return "slow" if _parse_usual(raw, now_ms, max_future_ms) is None else "fast"


@functools.cache
def workload() -> tuple[bytes, ...]:
    names = brand_names(100)
    return tuple(MentionFactory(names).stream(3000, WORKLOAD_NOW - 3_600_000, 3_600_000))


class Pairs(list[tuple[str, object]]):
    """A JSON object written key by key, so that a key can come twice."""


def dump(value: object, ascii_only: bool = False, escape_keys: bool = False) -> str:
    if isinstance(value, dict):
        value = Pairs(value.items())
    if isinstance(value, Pairs):
        def key(k: str) -> str:
            # edit() may set an int key (a list's index where an odd value put a dict)
            if escape_keys and isinstance(k, str) and k.isascii():  # "\u0069\u0064" is "id"
                return '"' + "".join(f"\\u{ord(c):04x}" for c in k) + '"'
            return json.dumps(k, ensure_ascii=ascii_only)
        return "{" + ",".join(f"{key(k)}:{dump(v, ascii_only, escape_keys)}"
                              for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dump(v, ascii_only, escape_keys) for v in value) + "]"
    return json.dumps(value, ensure_ascii=ascii_only)


def edit(value: Any, where: tuple[str | int, ...], how: str, new: object = None) -> Any:
    """A copy of `value` whose field at `where` is set to `new`, dropped, or given twice."""
    head, rest = where[0], where[1:]
    if isinstance(value, list) and isinstance(head, int):
        if not rest:  # an item of a list: replaced, dropped, or another one before or after it
            before, item, after = value[:head], value[head], value[head + 1:]
            return {"set": [*before, new, *after], "drop": [*before, *after],
                    "first": [*before, new, item, *after], "last": [*before, item, new, *after],
                    }[how]
        return [edit(v, rest, how, new) if i == head else v for i, v in enumerate(value)]
    if rest:
        return {k: edit(v, rest, how, new) if k == head else v for k, v in value.items()}
    if how == "set":
        return {**value, head: new}
    if how == "drop":
        return {k: v for k, v in value.items() if k != head}
    # the later key wins
    return Pairs([(head, new), *value.items()] if how == "first" else [*value.items(), (head, new)])


def test_workload_mentions_take_the_fast_path_and_agree() -> None:
    for raw in workload():
        assert isinstance(assert_same_as_slow(raw, WORKLOAD_NOW), Mention)
        assert path_taken(raw, WORKLOAD_NOW) == "fast", raw


def test_usual_event_takes_the_fast_path() -> None:
    raw = dump(USUAL_EVENT).encode()
    assert isinstance(assert_same_as_slow(raw, NOW), Mention)
    assert path_taken(raw, NOW) == "fast"


PLACES: list[tuple[str | int, ...]] = [
    *((k,) for k in USUAL_EVENT), *(("author", k) for k in USUAL_EVENT["author"]),
    *(("metrics", k) for k in USUAL_EVENT["metrics"]), ("media", 0),
    *(("media", 0, k) for k in MEDIA), ("unknown",), ("author", "unknown"),
    ("metrics", "unknown"), ("media", 0, "unknown"),
]


@pytest.mark.parametrize("where", PLACES, ids=lambda where: ".".join(map(str, where)))
def test_one_odd_value_anywhere_gives_the_same_answer(where: tuple[str | int, ...]) -> None:
    assert_same_as_slow(dump(edit(USUAL_EVENT, where, "drop")).encode(), NOW)
    for value in ODD_VALUES:
        for how in ("set", "first", "last"):
            assert_same_as_slow(dump(edit(USUAL_EVENT, where, how, value)).encode(), NOW)


@pytest.mark.parametrize("pad", [-1, 0, 1])
def test_size_limit_is_the_same(pad: int) -> None:
    raw = dump(USUAL_EVENT).encode()
    raw += b" " * (MAX_EVENT_BYTES - len(raw) + pad)
    result = assert_same_as_slow(raw, NOW)
    assert isinstance(result, Mention if pad <= 0 else Invalid)


@st.composite
def mostly(draw: st.DrawFn, usual: st.SearchStrategy[Any], *odd: st.SearchStrategy[Any]) -> Any:
    """The usual value nine times in ten, else an odd one."""
    return draw(st.one_of(*odd) if draw(st.integers(0, 9)) == 9 else usual)


odd_strings = st.sampled_from(EDGE_STRINGS) | st.text(max_size=20)
numbers = st.integers() | st.floats() | st.sampled_from([v for v in ODD_VALUES
                                                         if type(v) in (int, float)])
small_json = st.none() | st.booleans() | st.integers() | st.text(max_size=4)
wrong = (st.none() | st.booleans() | numbers | st.lists(small_json, max_size=2)
         | st.dictionaries(st.sampled_from(["id", "x", "type"]), small_json, max_size=2))
times = st.sampled_from(TIMES)
ids = st.builds("{}-{}".format, st.sampled_from(["x", "vk", "telegram"]), st.integers(0, 10**6))
handles = st.builds("{}{}{}".format, st.sampled_from(["", "@", "@@"]),
                    st.sampled_from(["user", "Anna_", "кот"]), st.integers(0, 10**6))


def field(usual: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return mostly(usual, odd_strings, wrong)


def obj(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """An object of some of the fields, sometimes with an unknown key."""
    return st.fixed_dictionaries({}, optional={**fields, "extra": small_json}).map(
        lambda d: {("unknown" if k == "extra" else k): v for k, v in d.items()})


author_fields: dict[str, st.SearchStrategy[Any]] = {
    "id": field(handles),
    "handle": field(handles),
    "name": field(st.text(max_size=10)),
    "followers": mostly(st.integers(0, 10**7), wrong, odd_strings),
    "verified": mostly(st.booleans(), wrong),
    "created_at": mostly(st.none() | st.integers(_MIN_EPOCH_MS, NOW), times, wrong),
}
metric_fields = {k: mostly(st.integers(0, 10**6), wrong, odd_strings)
                 for k in ("likes", "reposts", "replies", "views")}
media_fields = {k: field(st.sampled_from(["video", "photo", "", "https://v.example.org/1"]))
                for k in ("type", "url", "hash")}
media_item = mostly(obj(media_fields), odd_strings, wrong)
mention_fields: dict[str, st.SearchStrategy[Any]] = {
    "id": mostly(ids, odd_strings, wrong),
    "source": field(st.sampled_from(["x", "vk", "telegram", "X", "Telegram", "VK"])),
    "created_at": mostly(st.integers(NOW - 10**9, NOW), times, wrong),
    "text": mostly(st.text(max_size=30), odd_strings, wrong),
    "url": field(st.just("https://x.example.org/user1/1")),
    "lang": field(st.sampled_from(["ru", "en"])),
    "author": mostly(obj(author_fields), odd_strings, wrong),
    "in_reply_to": mostly(ids, odd_strings, wrong),
    "reply_to_author": field(handles),
    "quote_of": mostly(ids, odd_strings, wrong),
    "repost_of": mostly(ids, odd_strings, wrong),
    "metrics": mostly(obj(metric_fields), wrong),
    "media": (st.lists(media_item, max_size=20) | media_item),
    "brand": field(st.sampled_from(["b00001", "Karomi Bank"])),
}
extra_keys = st.sampled_from(["shares", "Id", "id ", "author.id", "", "\u0438d"])
REQUIRED_AND_COMMON = ("id", "source", "created_at", "text", "url", "author", "metrics")
generated = st.fixed_dictionaries(
    {k: mention_fields[k] for k in REQUIRED_AND_COMMON},
    optional={k: v for k, v in mention_fields.items() if k not in REQUIRED_AND_COMMON})


@st.composite
def events(draw: st.DrawFn, base: st.SearchStrategy[dict[str, Any]]) -> bytes:
    obj = draw(base)
    for _ in range(draw(st.integers(0, 2))):  # an odd value in any place
        where = draw(st.sampled_from(PLACES))
        how, value = draw(st.sampled_from(["set", "drop"])), draw(st.sampled_from(ODD_VALUES))
        with contextlib.suppress(AttributeError, IndexError, TypeError):  # no such place here
            obj = edit(obj, where, how, value)
    pairs = Pairs(obj.items())
    for _ in range(draw(st.integers(0, 3))):  # perturb: set, drop, add or repeat a key
        op = draw(st.sampled_from(["set", "drop", "extra", "repeat"]))
        keys = [k for k, _ in pairs]
        if op == "set":
            key = draw(st.sampled_from(sorted(mention_fields)))
            pairs = Pairs((k, v) for k, v in pairs if k != key)
            pairs.append((key, draw(mention_fields[key])))
        elif op == "drop" and keys:
            key = draw(st.sampled_from(keys))
            pairs = Pairs((k, v) for k, v in pairs if k != key)
        elif op == "extra":
            pairs.insert(draw(st.integers(0, len(pairs))), (draw(extra_keys), draw(wrong)))
        elif op == "repeat" and keys:
            key = draw(st.sampled_from(keys))
            value = draw(st.just(dict(pairs)[key]) | mention_fields.get(key, wrong))
            pairs.insert(draw(st.integers(0, len(pairs))), (key, value))
    raw = dump(pairs, draw(st.booleans()), escape_keys=draw(st.integers(0, 9)) == 9).encode()
    damage = draw(st.integers(0, 29))  # broken bytes, now and then
    if damage == 29:
        at = draw(st.integers(1, len(raw) - 1))
        bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b'"', b",", b"\x00"]))
        raw = raw[:at] + bad + raw[at:]
    elif damage == 28:
        raw = raw[:draw(st.integers(1, len(raw) - 1))]
    elif damage == 27:
        raw = b" \n\t" + raw + b"\r\n"
    return raw


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(events(generated), st.sampled_from([FUTURE, 0, 3_600_000]))
def test_fast_path_agrees_on_generated_events(raw: bytes, max_future_ms: int) -> None:
    result = assert_same_as_slow(raw, NOW, max_future_ms)
    event(f"{type(result).__name__}, {path_taken(raw, NOW, max_future_ms)} path")


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(events(st.just(USUAL_EVENT) | st.sampled_from(range(len(workload()))).map(
    lambda i: msgspec.json.decode(workload()[i]))))
def test_fast_path_agrees_on_perturbed_usual_and_workload_mentions(raw: bytes) -> None:
    # Any clock is a fair test; the one each base was written for keeps most events valid.
    now = NOW if b'"x-000"' in raw else WORKLOAD_NOW
    result = assert_same_as_slow(raw, now)
    event(f"{type(result).__name__}, {path_taken(raw, now)} path")


def connector_events() -> list[tuple[str, dict[str, Any]]]:
    """Every mention the connectors map from their fixtures, as they would write it."""
    from streams.connectors import bluesky, mastodon, rss, telegram, vk, youscan
    from streams.connectors.config import Feed
    from tests.unit.connector_helpers import fixture

    mapped: list[tuple[str, Any]] = [
        *(("bluesky", bluesky.map_event(e)) for e in fixture("jetstream_events.json")),
        ("mastodon", mastodon.map_status(fixture("mastodon_status.json"), "mastodon.social")),
        *(("rss", rss.map_entry(e, Feed(url="https://news.example.org/rss"), NOW))
          for name in ("rss2.xml", "atom.xml") for e in rss.parse_feed(fixture(name))),
        *(("telegram", telegram.map_update(u))
          for u in fixture("telegram_updates.json")["result"]),
        *(("telegram", telegram.map_export_message(m, "-100", "news"))
          for m in fixture("telegram_export.json")["messages"]),
        *(("vk", vk.map_event(e["event"])) for e in fixture("vk_events.json") if "event" in e),
        ("youscan", youscan.map_mention(fixture("youscan_mention.json"), {"1": "vkusno"})),
    ]
    return [(name, m) for name, m in mapped if m is not None]


def test_connector_mentions_take_the_fast_path_and_agree() -> None:
    """The fields the connectors add (`_CONNECTOR_FIELDS`) keep their events on the fast path:
    a connector that adds another top-level field fails here until the list names it."""
    import orjson

    events = connector_events()
    assert {name for name, _ in events} == {
        "bluesky", "mastodon", "rss", "telegram", "vk", "youscan"}
    for name, mapped in events:
        raw = orjson.dumps(mapped)
        assert isinstance(assert_same_as_slow(raw, NOW + 10**12), Mention), (name, raw)
        two_extras = len(mapped.keys() - {*USUAL_EVENT, "created_at"}) > 1
        assert path_taken(raw, NOW + 10**12) == ("slow" if two_extras else "fast"), (name, raw)


@pytest.mark.parametrize("field", ["vk", "extra_text", "youscan"])
def test_connector_fields_anywhere_give_the_same_answer(field: str) -> None:
    for value in ODD_VALUES:
        for how in ("set", "first", "last"):
            assert_same_as_slow(dump(edit(USUAL_EVENT, (field,), how, value)).encode(), NOW)
    both = {**USUAL_EVENT, "vk": {"a": 1}, field: None}
    assert_same_as_slow(dump(both).encode(), NOW)


def test_connector_fields_are_the_usual_shapes_only_unknown_fields() -> None:
    from detectors.mention import _CONNECTOR_FIELDS, _KNOWN, _Usual

    assert set(_Usual.__struct_fields__) - _KNOWN == set(_CONNECTOR_FIELDS)
    assert _KNOWN.isdisjoint(_CONNECTOR_FIELDS)
