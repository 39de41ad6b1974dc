from __future__ import annotations

import pytest

from streams.connectors.config import Feed
from streams.connectors.rss import FeedError, entry_key, map_entry, parse_feed
from tests.unit.connector_helpers import fixture, valid

pytestmark = pytest.mark.unit


def test_rss2_items() -> None:
    entries = parse_feed(fixture("rss2.xml"))
    assert [e["id"] for e in entries] == ["news-example-48213",
                                          "https://news.example.org/2024/09/30/weather"]
    m = map_entry(entries[0], Feed(url="https://news.example.org/rss"), 0)
    assert m["id"] == "rss:news-example-48213"
    assert m["text"].startswith("Teremok recalls sour cream after complaints\nThe pancake chain "
                                "Teremok said on Monday")
    assert m["media"] == [{"type": "photo", "url": "https://news.example.org/img/48213.jpg"}]
    parsed = valid(m)
    assert parsed.created_at_ms == 1727680500000 and parsed.source == "news"
    assert parsed.author.name == "Ivan Petrov"


def test_atom_entry_for_reviews_with_brand() -> None:
    [entry] = parse_feed(fixture("atom.xml"))
    assert entry["link"] == "https://reviews.example.org/r/991"
    m = map_entry(entry, Feed(url="https://reviews.example.org/atom", source="reviews",
                              brand="vkusno"), 0)
    parsed = valid(m)
    assert parsed.source == "reviews" and parsed.brand == "vkusno"
    assert parsed.text.startswith("Вкусно и точка на Тверской: 1 звезда")
    assert parsed.created_at_ms == 1727710202000


def test_undated_entry_gets_fetch_time_and_stable_key() -> None:
    entry = {"title": "t", "date": "", "summary": "s"}
    assert entry_key(entry) == entry_key(dict(entry))
    m = map_entry(entry, Feed(url="https://x.example/rss"), 1727700000000)
    assert m["created_at"] == 1727700000000


@pytest.mark.parametrize("body", [
    b"<rss><channel><item><title>unclosed",
    b"<html><body>not a feed</body></html>",
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss>&b;</rss>',
])
def test_malformed_or_hostile_xml_is_an_error(body: bytes) -> None:
    with pytest.raises(FeedError):
        parse_feed(body)
