from __future__ import annotations

import json

import pytest

from streams.connectors.bluesky import map_event
from tests.unit.connector_helpers import fixture, valid

pytestmark = pytest.mark.unit


def test_post_with_reply_and_images() -> None:
    ev = fixture("jetstream_events.json")[0]
    m = map_event(ev)
    assert m is not None
    did = "did:plc:eygmaihciaxprqvxpfvl6flk"
    assert m["id"] == f"bsky:at://{did}/app.bsky.feed.post/3l3qo2vuowo2b"
    assert m["url"] == f"https://bsky.app/profile/{did}/post/3l3qo2vuowo2b"
    assert m["in_reply_to"] == ("bsky:at://did:plc:wa7b35aakoll7hugkrjtf3xf/app.bsky.feed.post/"
                                "3l3pte3p2e325")
    assert m["reply_to_author"] == "did:plc:wa7b35aakoll7hugkrjtf3xf"
    assert m["media"][0]["type"] == "photo"
    assert m["media"][0]["url"].startswith(f"https://cdn.bsky.app/img/feed_fullsize/plain/{did}/")
    assert m["bluesky"]["tags"] == ["теремок"]
    parsed = valid(m)
    assert parsed.lang == "ru" and parsed.source == "bluesky"
    assert parsed.created_at_ms == 1725911162102


def test_quote_with_external_link() -> None:
    m = map_event(fixture("jetstream_events.json")[1],
                  {"did:plc:ufbl4k27gp6kzas5glhz7fim": "yohenrique.bsky.social"})
    assert m is not None
    assert m["quote_of"] == "bsky:at://did:plc:q6gjnaw2blty4crticxkmujt/app.bsky.feed.post/3kquoted"
    assert m["media"] == [{"type": "other", "url": "https://news.example.org/teremok-recall"}]
    assert "Teremok recalls" in m["bluesky"]["link_text"]
    assert m["author"]["handle"] == "yohenrique.bsky.social"
    valid(m)


@pytest.mark.parametrize("index", [2, 3, 4, 5])
def test_non_posts_are_not_mentions(index: int) -> None:
    assert map_event(fixture("jetstream_events.json")[index]) is None


def test_missing_created_at_falls_back_to_time_us() -> None:
    ev = fixture("jetstream_events.json")[0]
    del ev["commit"]["record"]["createdAt"]
    m = map_event(ev)
    assert m is not None and m["created_at"] == 1725911162329


async def test_likes_reposts_replies_update_tracked_posts_at_thresholds() -> None:
    from streams.connectors.base import Terms
    from streams.connectors.bluesky import BlueskyConnector
    from streams.connectors.config import BlueskyConfig
    from tests.stubs.bluesky import post_event

    emitted: list[dict[str, object]] = []

    async def emit(items: object, cursor: object, *, durable: bool = False) -> None:
        emitted.extend(items)  # type: ignore[arg-type]

    conn = BlueskyConnector("b", BlueskyConfig(), Terms(["Теремок"]))
    assert "wantedCollections=app.bsky.feed.like" in str(conn._url())
    post = post_event(1, "Теремок, верните сметану", 1_000_000)
    uri = "at://did:plc:stubauthor/app.bsky.feed.post/3lrkey000001"
    await conn._handle(json.dumps(post), emit)

    def like(i: int, collection: str = "app.bsky.feed.like") -> str:
        return json.dumps({"did": f"did:plc:fan{i}", "time_us": 2_000_000 + i * 10_000,
                           "kind": "commit",
                           "commit": {"rev": f"r{i}", "operation": "create",
                                      "collection": collection, "rkey": f"k{i}",
                                      "record": {"subject": {"uri": uri, "cid": "c"}}}})

    for i in range(4):
        await conn._handle(like(i), emit)
    await conn._handle(like(9, "app.bsky.feed.repost"), emit)
    reply = post_event(2, "ответ без бренда", 2_095_000, did="did:plc:other")
    reply["commit"]["record"]["reply"] = {"parent": {"uri": uri, "cid": "c"},
                                          "root": {"uri": uri, "cid": "c"}}
    await conn._handle(json.dumps(reply), emit)
    # the post, then updates (same id) when the total crosses 1, 2 and 5; the reply (6) not
    assert [m["id"] for m in emitted] == ["bsky:" + uri] * 4
    assert [m.get("metrics") for m in emitted] == [
        None, {"likes": 1}, {"likes": 2}, {"likes": 4, "reposts": 1}]
    for i in range(10, 14):
        await conn._handle(like(i), emit)
    assert len(emitted) == 5  # at 10
    assert emitted[-1]["metrics"] == {"likes": 8, "reposts": 1, "replies": 1}
