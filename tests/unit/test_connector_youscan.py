from __future__ import annotations

import pytest

from streams.connectors.youscan import map_mention
from tests.unit.connector_helpers import fixture, valid

pytestmark = pytest.mark.unit


def test_documented_example() -> None:
    m = map_mention(fixture("youscan_mention.json"), {"1": "vkusno"})
    assert m["id"] == "youscan:241032672"
    assert "<b>" not in m["text"]
    assert m["text"].startswith("Saas Advisor Named YouScan")
    parsed = valid(m)
    assert parsed.source == "blog" and parsed.lang == "en" and parsed.brand == "vkusno"
    assert (parsed.metrics.likes, parsed.metrics.replies) == (12, 3)
    assert parsed.media[0].type == "photo"
    assert parsed.extra["youscan"]["sentiment"] == "positive"


def test_social_source_from_domain_and_missing_id() -> None:
    payload = {**fixture("youscan_mention.json"), "sourceName": "vk.com",
               "resourceType": "social"}
    assert map_mention(payload)["source"] == "vk"
    del payload["mentionId"]
    assert map_mention(payload)["id"] is None  # dead-lettered by the ingest path
