from __future__ import annotations

from typing import Any

import pytest

from alerts.model import Silence
from alerts.silences import (
    MAX_SILENCES,
    active,
    first_match,
    is_active,
    matches,
    normalise_handle,
    prune_expired,
    validation_error,
)
from detectors.model import MentionRef, Severity, Signal

pytestmark = pytest.mark.unit

NOW = 1_700_000_000_000
HOUR = 3_600_000


def mention(author: str = "bob", text: str = "the soup was cold", mid: str = "m1") -> MentionRef:
    return MentionRef(id=mid, source="x", url="", text=text, author=author, lang="en")


def signal(**overrides: Any) -> Signal:
    fields: dict[str, Any] = {
        "brand": "acme",
        "kind": "viral_story",
        "severity": Severity.ERROR,
        "at_ms": NOW,
        "title": "Guard throws out an elderly woman",
        "group": "story-1",
        "mentions": (mention(),),
    }
    fields.update(overrides)
    return Signal(**fields)


def silence(**overrides: Any) -> Silence:
    fields: dict[str, Any] = {"id": "s1", "starts_ms": NOW - HOUR, "ends_ms": NOW + HOUR}
    fields.update(overrides)
    return Silence(**fields)


# ---------------------------------------------------------------- time range


def test_time_range_is_half_open() -> None:
    s = silence(starts_ms=NOW, ends_ms=NOW + 10)
    assert not is_active(s, NOW - 1)
    assert is_active(s, NOW)
    assert is_active(s, NOW + 9)
    assert not is_active(s, NOW + 10)
    assert not matches(s, signal(), NOW + 10)
    assert not matches(s, signal(), NOW - 1)


def test_future_silence_does_not_match_yet() -> None:
    assert not matches(silence(starts_ms=NOW + 1, ends_ms=NOW + HOUR), signal(), NOW)


def test_silence_without_matchers_is_a_maintenance_window() -> None:
    assert matches(silence(), signal(), NOW)
    assert matches(silence(), signal(brand="other", kind="volume_spike", group=""), NOW)


# ---------------------------------------------------------------- each field


@pytest.mark.parametrize(
    ("field", "hit", "miss"),
    [
        ("brand", "acme", "globex"),
        ("kind", "viral_story", "volume_spike"),
        ("group", "story-1", "story-2"),
    ],
)
def test_exact_fields(field: str, hit: str, miss: str) -> None:
    assert matches(silence(**{field: hit}), signal(), NOW)
    assert not matches(silence(**{field: miss}), signal(), NOW)


def test_group_empty_string_is_a_value_not_a_wildcard() -> None:
    assert not matches(silence(group=""), signal(group="story-1"), NOW)
    assert matches(silence(group=""), signal(group=""), NOW)


@pytest.mark.parametrize("handle", ["bob", "@bob", "BOB", " @Bob "])
def test_author_matches_any_mention_ignoring_at_and_case(handle: str) -> None:
    sig = signal(mentions=(mention(author="alice", mid="a"), mention(author="@Bob", mid="b")))
    assert matches(silence(author=handle), sig, NOW)


def test_author_does_not_match_other_authors_or_signals_without_mentions() -> None:
    assert not matches(silence(author="eve"), signal(), NOW)
    assert not matches(silence(author="bob"), signal(mentions=()), NOW)


def test_text_matches_title_case_insensitively() -> None:
    assert matches(silence(text="ELDERLY"), signal(), NOW)


def test_text_matches_mention_text() -> None:
    assert matches(silence(text="Cold"), signal(), NOW)
    assert not matches(silence(text="cockroach"), signal(), NOW)


def test_text_matches_cyrillic_case_insensitively() -> None:
    sig = signal(title="Болт в гречке", mentions=())
    assert matches(silence(text="БОЛТ"), sig, NOW)


def test_fields_are_anded() -> None:
    both = silence(kind="viral_story", author="bob")
    assert matches(both, signal(), NOW)
    assert not matches(both, signal(kind="volume_spike"), NOW)
    assert not matches(both, signal(mentions=(mention(author="eve"),)), NOW)


# ---------------------------------------------------------------- collections


def test_active_keeps_only_current_silences() -> None:
    current = silence(id="now")
    past = silence(id="past", starts_ms=NOW - 2 * HOUR, ends_ms=NOW - HOUR)
    future = silence(id="future", starts_ms=NOW + HOUR, ends_ms=NOW + 2 * HOUR)
    assert active([past, current, future], NOW) == [current]


def test_first_match_respects_list_order() -> None:
    a, b = silence(id="a", kind="viral_story"), silence(id="b")
    assert first_match([a, b], signal(), NOW) == a
    assert first_match([b, a], signal(), NOW) == b
    assert first_match([a], signal(kind="volume_spike"), NOW) is None


def test_prune_expired_in_place_and_reports_dropped() -> None:
    past = silence(id="past", ends_ms=NOW)
    current = silence(id="now")
    future = silence(id="future", starts_ms=NOW + HOUR, ends_ms=NOW + 2 * HOUR)
    stored = [past, current, future]
    same_list = stored
    assert prune_expired(stored, NOW) == [past]
    assert same_list == [current, future]
    assert prune_expired(stored, NOW) == []


def test_normalise_handle() -> None:
    assert normalise_handle(" @ElonMusk ") == "elonmusk"


# ---------------------------------------------------------------- validation


def test_valid_silence_has_no_error() -> None:
    assert validation_error(silence(brand="acme"), "acme", NOW) is None
    assert validation_error(silence(), "acme", NOW) is None
    assert MAX_SILENCES >= 10


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"id": ""}, "id"),
        ({"brand": "globex"}, "brand"),
        ({"starts_ms": NOW, "ends_ms": NOW}, "end after"),
        ({"starts_ms": NOW - 2 * HOUR, "ends_ms": NOW - HOUR}, "already ended"),
        ({"text": "  "}, "text"),
        ({"author": "@"}, "author"),
    ],
)
def test_invalid_silences_say_why(overrides: dict[str, Any], message: str) -> None:
    error = validation_error(silence(**overrides), "acme", NOW)
    assert error is not None
    assert message in error
