"""Validation of raw mention events: every bad input is a reason, never an exception."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.mention import MAX_EVENT_BYTES, REASONS, Invalid, parse_mention
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
