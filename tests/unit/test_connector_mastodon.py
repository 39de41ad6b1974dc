from __future__ import annotations

import pytest

from streams.connectors.mastodon import map_status
from tests.unit.connector_helpers import fixture, valid

pytestmark = pytest.mark.unit


def test_status_maps_counts_reply_and_media() -> None:
    m = map_status(fixture("mastodon_status.json"), "mastodon.social")
    assert m is not None
    assert m["id"] == "mastodon:mastodon.social:113225312364563890"
    assert m["in_reply_to"] == "mastodon:mastodon.social:113225300000000001"
    assert m["text"] == ('Found a bolt in my #Teremok buckwheat & they told me to "chew '
                         'carefully".\nNever again.')
    parsed = valid(m)
    assert (parsed.metrics.likes, parsed.metrics.reposts, parsed.metrics.replies) == (31, 12, 4)
    assert parsed.author.handle == "annie" and parsed.author.followers == 842
    assert parsed.media[0].type == "photo"
    assert parsed.lang == "en"
    assert parsed.extra["mastodon"]["tags"] == ["teremok"]


def test_boosts_are_skipped_and_spoilers_kept() -> None:
    status = fixture("mastodon_status.json")
    assert map_status({**status, "reblog": dict(status)}, "m.example") is None
    m = map_status({**status, "spoiler_text": "food, CW"}, "m.example")
    assert m is not None and m["text"].startswith("food, CW\n")


def test_later_event_same_id_updates_metrics() -> None:
    status = fixture("mastodon_status.json")
    first = map_status(status, "m.example")
    later = map_status({**status, "favourites_count": 500}, "m.example")
    assert first and later and first["id"] == later["id"]
    assert later["metrics"]["likes"] == 500
