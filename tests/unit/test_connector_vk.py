from __future__ import annotations

import pytest

from streams.connectors.vk import desired_rules, map_event
from tests.unit.connector_helpers import fixture, valid

pytestmark = pytest.mark.unit


def test_post_event() -> None:
    m = map_event(fixture("vk_events.json")[0]["event"])
    assert m is not None
    assert m["id"] == "vk:wall-12345_6789"
    assert m["text"] == "Во Вкусно и точка опять холодная картошка\nПозор!"
    parsed = valid(m)
    assert parsed.created_at_ms == 1727689990000
    assert parsed.author.handle == "club12345" and parsed.author.id == "-12345"
    assert parsed.media[0].type == "photo"
    assert parsed.url == "https://vk.com/wall-12345_6789"


def test_comment_replies_to_its_post() -> None:
    m = map_event(fixture("vk_events.json")[1]["event"])
    assert m is not None
    assert m["id"] == "vk:wall777_10_c55" and m["in_reply_to"] == "vk:wall777_10"
    valid(m)


def test_deletion_is_not_a_mention() -> None:
    assert map_event(fixture("vk_events.json")[2]["event"]) is None


def test_one_rule_per_alias() -> None:
    rules = desired_rules(("Вкусно и точка", 'say "x"', "Teremok"), "cw")
    assert rules == {"cw-0": "Вкусно и точка", "cw-1": "say x", "cw-2": "Teremok"}
