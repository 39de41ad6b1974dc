from __future__ import annotations

import random
from typing import Any

import msgspec
import pytest
from factories import MIN, SEC, T0, author, brand_spec, enriched, updated

from detectors.config import Account, BrandSpec
from detectors.model import Enriched, Kind, Severity, Signal
from detectors.watchlist import (
    WatchlistDetector,
    WatchSettings,
    WatchState,
    controversial_hits,
)

pytestmark = pytest.mark.unit

SPEC = brand_spec(journalists=("reporter_anna",))
CEO = author("ceo_jane", followers=40_000, verified=True)


def run(det: WatchlistDetector, state: WatchState, events: list[Enriched]) -> list[Signal]:
    return [s for e in events for s in det.observe(state, e)]


def test_neutral_post_by_a_watched_account_is_info_once() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Proud of our team: new store opens in Kazan today", by=CEO, watched=True,
                    likes=20)
    (sig,) = det.observe(state, post)
    assert (sig.kind, sig.severity, sig.group) == (Kind.WATCHED_ACCOUNT, Severity.INFO,
                                                   "ceo_jane")
    assert sig.mentions[0].id == post.mention.id and sig.reach == 40_000
    assert (sig.source_created_at_ms, sig.source_ingested_at_ms) == (
        post.mention.created_at_ms, post.ingested_at_ms)
    # Slow growth, repeated sightings: nothing new.
    assert run(det, state, [updated(post, at=T0 + k * 10 * MIN, likes=20 + 10 * k)
                            for k in range(1, 6)]) == []


def test_careless_executive_post_escalates_as_it_spreads() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Кому не нравится наша гречка — не покупайте, нищеброды", lang="ru",
                    by=CEO, watched=True, negativity=0.3, likes=5)
    sigs = run(det, state, [post])
    # the collector re-reads the post every minute: 40/min, then 400/min, then 4000/min
    likes = 5
    for k, per_min in enumerate([40] * 5 + [400] * 5 + [4000] * 5, start=1):
        likes += per_min
        sigs += det.observe(state, updated(post, at=T0 + k * MIN + SEC, likes=likes))
    assert [s.severity for s in sigs] == [Severity.WARNING, Severity.ERROR, Severity.CRITICAL]
    assert {s.group for s in sigs} == {"ceo_jane"}
    assert int(sigs[0].details["controversial_hits"]) >= 2 and sigs[0].details["risky"] is True
    assert 300 <= float(sigs[1].details["engagement_per_min"]) <= 450
    assert float(sigs[2].details["engagement_per_min"]) >= 1000


def test_neutral_watched_post_spreading_fast_is_a_warning_at_most() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Big news tomorrow", by=CEO, watched=True, likes=0)
    sigs = run(det, state, [post] + [updated(post, at=T0 + k * MIN, likes=k * 5000)
                                     for k in range(1, 5)])
    assert [s.severity for s in sigs] == [Severity.INFO, Severity.WARNING]


def test_fast_first_sighting_uses_the_lifetime_average() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Our customers are idiots", by=CEO, watched=True, at=T0,
                    ingested_at_ms=T0 + 2 * MIN, likes=600)  # 300/min since it was posted
    (sig,) = det.observe(state, post)
    assert sig.severity == Severity.ERROR


def test_velocity_needs_a_minute_between_sightings() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("hello", by=CEO, watched=True, at=T0, ingested_at_ms=T0 + 10 * MIN)
    det.observe(state, post)
    # +90 likes 10 s later is not 540/min: the estimate waits for a minute of history
    assert det.observe(state, updated(post, at=T0 + 10 * MIN + 10 * SEC, likes=90)) == []
    assert det.observe(state, updated(post, at=T0 + 11 * MIN, likes=60)) == []  # 60/min
    (sig,) = det.observe(state, updated(post, at=T0 + 12 * MIN, likes=400))  # 340/min
    assert sig.severity == Severity.WARNING and sig.details["engagement_per_min"] == 340


@pytest.mark.parametrize(("followers", "verified", "handle", "level"), [
    (150_000, False, "blogger", Severity.WARNING),
    (2_000_000, False, "blogger", Severity.ERROR),
    (6_000_000, True, "star", Severity.CRITICAL),
    (20_000, True, "checked", Severity.WARNING),
    (300, False, "reporter_anna", Severity.WARNING),  # a listed journalist
])
def test_negative_mention_by_an_influencer(followers: int, verified: bool, handle: str,
                                           level: Severity) -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    e = enriched("Acme food made my kid sick. Never again.", negativity=0.8,
                 by=author(handle, followers=followers, verified=verified))
    (sig,) = det.observe(state, e)
    assert (sig.kind, sig.severity, sig.group, sig.reach) == (
        Kind.INFLUENCER_NEGATIVE, level, handle, followers)


@pytest.mark.parametrize("e", [
    enriched("Acme is awful", negativity=0.8, by=author("someone", followers=20_000)),
    enriched("Acme is great", negativity=0.05, by=author("blogger", followers=900_000)),
    enriched("Acme is awful", negativity=0.8, official=True,
             by=author("acme", followers=900_000)),
    enriched("Acme is awful", negativity=0.8, source="vk",
             by=author("reporter_bob", followers=10)),
])
def test_no_influencer_signal(e: Enriched) -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    assert det.observe(det.new_state(), e) == []


def test_journalist_listed_for_one_source_only() -> None:
    spec = BrandSpec(id="acme", name="Acme", aliases=("acme",),
                     journalists=(Account(handle="@Anna", source="telegram"),))
    det = WatchlistDetector(spec, WatchSettings())
    state = det.new_state()
    by = author("anna", followers=50)
    assert det.observe(state, enriched("Acme lies", negativity=0.9, by=by, source="x")) == []
    (sig,) = det.observe(state, enriched("Acme lies", negativity=0.9, by=by,
                                         source="telegram"))
    assert sig.details["influential_by"] == "journalist"


def test_influencer_severity_rises_with_views_and_is_deduplicated() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    e = enriched("Acme hides the truth about the bolt", negativity=0.9,
                 by=author("blogger", followers=200_000), views=1000)
    sigs = run(det, state, [e, e, updated(e, at=T0 + MIN, views=50_000),
                            updated(e, at=T0 + 2 * MIN, views=1_500_000),
                            updated(e, at=T0 + 3 * MIN, views=1_600_000)])
    assert [s.severity for s in sigs] == [Severity.WARNING, Severity.ERROR]
    assert sigs[1].reach == 1_500_000


def test_normal_chatter_produces_nothing() -> None:
    rng = random.Random(2)
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    events = [enriched("acme order late again", at=T0 + i * SEC, negativity=rng.random(),
                       by=author(f"u{i}", followers=rng.randint(0, 50_000)))
              for i in range(5000)]
    assert run(det, state, events) == [] and not state.seen


def test_state_roundtrips_through_msgpack() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Our customers are idiots", by=CEO, watched=True, likes=10)
    det.observe(state, post)
    det.observe(state, enriched("Acme lies", negativity=0.9, by=author("b", followers=10**6)))
    copy = msgspec.msgpack.decode(msgspec.msgpack.encode(state), type=WatchState)
    assert copy == state and len(copy.seen) == 2
    nxt = updated(post, at=T0 + 5 * MIN, likes=5000)
    assert det.observe(copy, nxt) == det.observe(state, nxt) != []


def test_state_stays_bounded_under_a_long_random_stream() -> None:
    rng = random.Random(8)
    s = WatchSettings(max_seen=100)
    det = WatchlistDetector(SPEC, s)
    state = det.new_state()
    recent: list[Enriched] = []
    for i in range(20_000):
        if recent and rng.random() < 0.3:
            e = updated(rng.choice(recent), at=T0 + i * SEC, likes=rng.randint(0, 10**5))
        else:
            e = enriched("Acme " * rng.randint(1, 20), at=T0 + i * SEC, negativity=rng.random(),
                         watched=rng.random() < 0.1,
                         by=author(f"u{rng.randint(0, 300)}", followers=rng.randint(0, 10**6)))
            recent = [*recent, e][-500:]
        det.observe(state, e)
        assert len(state.seen) <= s.max_seen
    assert len(msgspec.msgpack.encode(state)) < 10_000


def test_controversial_wording() -> None:
    assert controversial_hits("Не нравится — не покупайте") == 2
    assert controversial_hits("If you don't like it, stay home, whiners") == 2
    assert controversial_hits("Мы открыли новый магазин") == 0
    assert controversial_hits("Blocked: the glossy look") == 0  # "loss" inside a word is no hit


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"influencer_followers": 0}, "influencer_followers must be >= 1"),
    ({"verified_followers": 200_000}, "must not exceed influencer_followers"),
    ({"fast_engagement_per_min": 500.0, "very_fast_engagement_per_min": 100.0}, "<= very_fast"),
    ({"reach_levels": (5_000_000, 1_000_000)}, "ascending"),
    ({"min_negativity": -0.1}, "within 0..1"),
])
def test_settings_validation(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        WatchSettings(**kwargs)


def test_settings_reject_unknown_fields() -> None:
    with pytest.raises(msgspec.ValidationError, match="unknown field"):
        msgspec.convert({"influencers": 5}, WatchSettings)
