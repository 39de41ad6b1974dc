from __future__ import annotations

import itertools
import math
import random
from typing import Any

import msgspec
import pytest
from factories import DAY, MIN, SEC, T0, author, brand_spec, enriched, updated
from hypothesis import given
from hypothesis import strategies as st

from detectors.config import Account, BrandSpec
from detectors.model import Enriched, Kind, Severity, Signal
from detectors.watchlist import (
    WatchlistDetector,
    WatchSettings,
    WatchState,
    controversial_hits,
    weighted_median,
)

pytestmark = pytest.mark.unit

SPEC = brand_spec(journalists=("reporter_anna",))
CEO = author("ceo_jane", followers=40_000, verified=True)
# Risky wording: a note alone, so a post with it pages exactly when it spreads fast (error), and
# the tests of what "fast" means for an account read it from the severity.
RISKY = "Кому не нравится — не покупайте, нищеброды"


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
    """Risky wording alone is a note; the reaction pages, and the wording raises it."""
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Кому не нравится наша гречка — не покупайте, нищеброды", lang="ru",
                    by=CEO, watched=True, negativity=0.3, likes=5)
    sigs = run(det, state, [post])
    # the collector re-reads the post every minute: 40/min, then 600/min, then 4000/min (no
    # history: fast at 12x the prior's 40/min, the spread of a typical account; very fast at 20x)
    likes = 5
    for k, per_min in enumerate([40] * 5 + [600] * 5 + [4000] * 5, start=1):
        likes += per_min
        sigs += det.observe(state, updated(post, at=T0 + k * MIN + SEC, likes=likes))
    assert [s.severity for s in sigs] == [Severity.INFO, Severity.ERROR, Severity.CRITICAL]
    assert {s.group for s in sigs} == {"ceo_jane"}
    assert int(sigs[0].details["controversial_hits"]) >= 2 and sigs[0].details["risky"] is True
    assert 500 <= float(sigs[1].details["engagement_per_min"]) <= 700
    assert float(sigs[2].details["engagement_per_min"]) >= 1000


def test_a_routine_post_spreading_fast_is_a_note_until_people_argue_with_it() -> None:
    """Reach alone is no reaction: the simulated week's quiet weeks carry an executive's
    routine post 7-36x its usual now and then, and nobody needs waking for it."""
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Big news tomorrow", by=CEO, watched=True, likes=0)
    sigs = run(det, state, [post] + [updated(post, at=T0 + k * MIN, likes=k * 5000)
                                     for k in range(1, 5)])
    assert [s.severity for s in sigs] == [Severity.INFO]
    state = det.new_state()  # the same post, on an account with no history, argued with
    argued = enriched("Big news tomorrow!", by=CEO, watched=True, likes=0, at=T0 + DAY)
    sigs = run(det, state, [argued] + [
        updated(argued, at=T0 + DAY + k * MIN, likes=k * 5000, replies=k * 2500)
        for k in range(1, 5)])
    assert sigs[-1].severity >= Severity.ERROR and sigs[-1].details["fast"] is True


def test_fast_first_sighting_uses_the_lifetime_average() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Our customers are idiots", by=CEO, watched=True, at=T0,
                    ingested_at_ms=T0 + 2 * MIN, likes=1200)  # 600/min since it was posted
    (sig,) = det.observe(state, post)
    assert sig.severity == Severity.ERROR


def test_velocity_needs_a_minute_between_sightings() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched(RISKY, by=CEO, watched=True, at=T0, ingested_at_ms=T0 + 10 * MIN)
    det.observe(state, post)
    # +90 likes 10 s later is not 540/min: the estimate waits for a minute of history
    assert det.observe(state, updated(post, at=T0 + 10 * MIN + 10 * SEC, likes=90)) == []
    assert det.observe(state, updated(post, at=T0 + 11 * MIN, likes=60)) == []  # 60/min
    (sig,) = det.observe(state, updated(post, at=T0 + 12 * MIN, likes=600))  # 540/min
    assert sig.severity == Severity.ERROR and sig.details["engagement_per_min"] == 540


@pytest.mark.parametrize(("followers", "verified", "handle", "metrics", "level"), [
    (150_000, False, "blogger", {}, Severity.INFO),  # worth a look, not a page
    (6_000_000, True, "star", {}, Severity.INFO),  # followers alone are not spread
    (2_000_000, False, "blogger", {"views": 1_200_000}, Severity.INFO),  # its usual audience
    (2_000_000, False, "blogger", {"views": 2_500_000}, Severity.WARNING),  # beyond it
    (300_000, False, "blogger", {"views": 1_000_000}, Severity.WARNING),
    (6_000_000, True, "star", {"views": 6_000_000}, Severity.WARNING),
    (6_000_000, True, "star", {"views": 25_000_000}, Severity.ERROR),
    (300_000, False, "blogger", {"views": 5_000_000}, Severity.ERROR),
    (20_000, True, "checked", {"likes": 600}, Severity.WARNING),  # 600/min for a 20k author
    (150_000, False, "blogger", {"likes": 600}, Severity.INFO),  # usual for 150k followers
    (150_000, False, "blogger", {"likes": 900, "reposts": 1_000}, Severity.WARNING),
    (150_000, False, "blogger", {"likes": 3_000, "reposts": 1_000}, Severity.ERROR),
    (300, False, "reporter_anna", {}, Severity.INFO),  # a listed journalist
])
def test_negative_mention_by_an_influencer(followers: int, verified: bool, handle: str,
                                           metrics: dict[str, int], level: Severity) -> None:
    """Severity comes from spread, not from the author's size: engagements a minute against
    what an author of that size usually gets (prior_rate x followers), or views."""
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    e = enriched("Acme food made my kid sick. Never again.", negativity=0.8,
                 by=author(handle, followers=followers, verified=verified), **metrics)
    (sig,) = det.observe(state, e)
    assert (sig.kind, sig.severity, sig.group, sig.details["followers"]) == (
        Kind.INFLUENCER_NEGATIVE, level, handle, followers)
    assert sig.details["spreading"] is (level > Severity.INFO)


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
    assert [s.severity for s in sigs] == [Severity.INFO, Severity.WARNING]
    assert sigs[1].reach == 1_500_000 and "spreading" in sigs[1].title


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
        assert len(state.accounts) <= 32 and all(len(h) <= s.history_posts
                                                 for h in state.accounts.values())
    # seen (100 x ~50 B) plus the histories of at most 32 watched accounts x 16 posts x ~30 B
    assert len(msgspec.msgpack.encode(state)) < 30_000


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
    ({"fast_factor": 1.0}, "fast_factor must be > 1"),
    ({"fast_factor": 30.0}, "<= very_fast_factor"),
    ({"prior_rate": 0.0}, "prior_rate must be > 0"),
    ({"history_posts": 0}, "history_posts must be >= 1"),
    ({"history_half_life": "0s"}, "history_half_life must be a positive duration"),
])
def test_settings_validation(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        WatchSettings(**kwargs)


def test_settings_reject_unknown_fields() -> None:
    with pytest.raises(msgspec.ValidationError, match="unknown field"):
        msgspec.convert({"influencers": 5}, WatchSettings)


# ----------------------------------------------------------------------------- own baseline
def sightings(text: str, who: Any, at: int, total: float, rng: random.Random,
              negativity: float = 0.1, tau_min: float = 60.0,
              hours: float = 3.0) -> list[Enriched]:
    """A post whose engagement grows to `total` (time constant `tau_min`), read by the
    collector first 0.5-5 minutes after it was posted, then every 10-20 minutes."""
    post = enriched(text, by=who, watched=True, at=at, lang="ru", negativity=negativity,
                    ingested_at_ms=at + rng.randrange(30 * SEC, 5 * MIN))
    seen_at = post.ingested_at_ms
    out = []
    while seen_at < at + hours * 60 * MIN:
        age_min = (seen_at - at) / MIN
        likes = int(total * (1 - math.exp(-age_min / tau_min)))
        out.append(updated(post, at=seen_at, likes=likes))
        seen_at += rng.randrange(10 * MIN, 20 * MIN)
    return out


def week_of_routine_posts(det: WatchlistDetector, state: WatchState, who: Any, usual: float,
                          rng: random.Random, days: int = 14) -> list[Signal]:
    out: list[Signal] = []
    for day in range(days):
        for k in range(rng.randrange(1, 3)):
            at = T0 + day * 24 * 60 * MIN + (9 + 5 * k) * 60 * MIN
            total = usual * rng.lognormvariate(0, 0.5)
            out += run(det, state, sightings("Открыли новый магазин, спасибо команде!", who,
                                             at, total, rng))
    return out


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_routine_posts_with_the_accounts_usual_engagement_stay_info(seed: int) -> None:
    """A big executive's routine posts get hundreds of engagements a minute: 'fast' by any
    fixed threshold (the issue's ~14 false pages a week), usual for them. 20,000 engagements
    a post (7 % of 300,000 followers, most in the first hour)."""
    rng = random.Random(seed)
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    boss = author("ceo_jane", followers=300_000, verified=True)
    sigs = week_of_routine_posts(det, state, boss, usual=20_000, rng=rng)
    assert sigs and {s.severity for s in sigs} == {Severity.INFO}
    assert max(float(s.details["engagement_per_min"]) for s in sigs) > 100  # old threshold
    assert sigs[-1].details["history_posts"] == WatchSettings().history_posts


@pytest.mark.parametrize("seed", [6, 7])
def test_a_post_well_above_the_accounts_own_usual_pages(seed: int) -> None:
    rng = random.Random(seed)
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    boss = author("ceo_jane", followers=300_000, verified=True)
    week_of_routine_posts(det, state, boss, usual=20_000, rng=rng)
    later = T0 + 15 * 24 * 60 * MIN
    viral = run(det, state, sightings("Big news tomorrow, stay tuned", boss, later,
                                      20_000 * 12, rng))
    assert {s.severity for s in viral} == {Severity.INFO}  # fast, but nobody argues: a note
    risky = run(det, state, sightings(RISKY, boss, later + 2 * 60 * MIN, 20_000 * 12, rng))
    assert max(s.severity for s in risky) >= Severity.ERROR  # the same reach, risky words
    assert float(risky[-1].details["engagement_per_min"]) >= 5 * float(
        risky[-1].details["usual_engagement_per_min"])
    gaffe = run(det, state, sightings("Кому не нравится — не покупайте, нищеброды", boss,
                                      later + 24 * 60 * MIN, 20_000 * 40, rng, negativity=0.6))
    assert gaffe[0].severity >= Severity.WARNING  # risky: a page at the first sighting
    assert gaffe[-1].severity == Severity.CRITICAL


def test_a_small_account_is_judged_against_its_own_small_usual() -> None:
    rng = random.Random(9)
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    spokesman = author("ceo_jane", followers=2_000)
    assert {s.severity for s in week_of_routine_posts(det, state, spokesman, usual=150,
                                                      rng=rng)} == {Severity.INFO}
    burst = run(det, state, sightings(RISKY, spokesman, T0 + 15 * 24 * 60 * MIN, 15_000, rng))
    # ~250/min for an account that usually gets a couple a minute: well above its own usual,
    # and above the 100/min floor.
    assert burst[-1].severity == Severity.ERROR


def test_an_account_busier_than_the_prior_is_learnt_after_its_first_post() -> None:
    """The prior (0.1 % of followers a minute) is a guess: an account 20x busier than it may
    page once, on its first post; the second is already judged by what it learnt."""
    rng = random.Random(10)
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    busy = author("ceo_jane", followers=20_000)
    # a peak of ~400/min (total / time constant) where the prior expects 20/min
    first = run(det, state, sightings(RISKY, busy, T0, 20 * 20 * 20, rng, tau_min=20))
    second = run(det, state, sightings(RISKY + "!", busy, T0 + 24 * 60 * MIN,
                                       20 * 20 * 20, rng, tau_min=20))
    assert max(s.severity for s in first) == Severity.ERROR  # fast for the prior
    assert {s.severity for s in second} == {Severity.INFO}  # risky words alone: a note


def test_one_viral_post_in_the_history_does_not_raise_the_usual() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    boss = author("ceo_jane", followers=100_000)
    rng = random.Random(12)
    for day, total in enumerate((6_000, 5_000, 400_000, 7_000, 6_500)):
        run(det, state, sightings("пост", boss, T0 + day * 24 * 60 * MIN, total, rng))
    history = next(iter(state.accounts.values()))
    usual, spread, posts, _ = det.usual_peak(history, 0, T0 + 6 * 24 * 60 * MIN,
                                             boss.followers)
    assert posts == 5 and 60 <= usual <= 200  # the routine posts' ~100/min, not the outlier
    assert spread < WatchSettings().prior_spread  # nor widen the spread: the median deviation


def test_weighted_median() -> None:
    assert weighted_median([(1.0, 1.0)]) == 1.0
    assert weighted_median([(1.0, 1.0), (3.0, 1.0)]) == 2.0  # two equal weights: midway
    assert weighted_median([(1.0, 1.0), (3.0, 1.0), (500.0, 1.0)]) == 3.0  # the middle one
    assert weighted_median([(5.0, 0.2), (1.0, 1.0), (3.0, 1.0)]) == pytest.approx(2.2)
    assert weighted_median([(9.0, 0.1), (1.0, 3.0), (2.0, 0.1)]) == pytest.approx(1.0645, 1e-3)
    assert weighted_median([(2.0, 1.0), (7.0, 0.0)]) == 2.0  # no weight: not there


@given(st.lists(st.tuples(st.floats(-50, 50), st.floats(0.01, 10)), min_size=1, max_size=20))
def test_weighted_median_lies_within_the_values(samples: list[tuple[float, float]]) -> None:
    values = [v for v, _ in samples]
    assert min(values) - 1e-9 <= weighted_median(samples) <= max(values) + 1e-9


def test_a_paged_post_still_spreading_is_re_sent_as_an_update_until_it_calms_down() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Не нравится — не покупайте", lang="ru", by=CEO, watched=True,
                    negativity=0.7, likes=0)
    sigs = det.observe(state, post)
    likes = 0
    for k in range(1, 13):  # an hour of sightings every 5 min at 600/min, then it stops
        likes += 3_000 if k <= 8 else 0
        sigs += det.observe(state, updated(post, at=T0 + k * 5 * MIN, likes=likes))
    assert [(s.severity, s.status) for s in sigs] == [
        (Severity.INFO, "firing"), (Severity.ERROR, "firing"),  # risky (a note), then fast
        # every 10 min while the last 10 min grew fast; the 45-min one still sees 35-40
        (Severity.ERROR, "update"), (Severity.ERROR, "update"), (Severity.ERROR, "update"),
        (Severity.ERROR, "update")]
    sent = [s.source_ingested_at_ms for s in sigs[1:]]
    assert all(b - a >= 10 * MIN for a, b in itertools.pairwise(sent))


def test_an_influencers_post_stays_open_while_it_spreads_and_a_late_rise_is_no_new_page() -> None:
    """blind12 1304: one post paged at warning, went quiet, and paged again nine hours later
    when its views passed five times its author's followers: the same post, a new page."""
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Acme hides the truth about the bolt", negativity=0.9,
                    by=author("blogger", followers=200_000), views=250_000)
    sigs = det.observe(state, post)
    likes = 0
    for k in range(1, 7):  # half an hour of sightings every 5 min at 2,000 likes/min
        likes += 10_000
        sigs += det.observe(state, updated(post, at=T0 + k * 5 * MIN, likes=likes,
                                           views=250_000 + k * 50_000))
    for k in range(7, 13):  # then it calms down
        sigs += det.observe(state, updated(post, at=T0 + k * 5 * MIN, likes=likes,
                                           views=560_000))
    sigs += det.observe(state, updated(post, at=T0 + 9 * 60 * MIN, likes=likes + 100,
                                       views=5_100_000))
    assert [(s.severity, s.status) for s in sigs] == [
        (Severity.INFO, "firing"), (Severity.WARNING, "firing"),
        # every 10 min while the latest 10 min grew fast: its incident stays open
        (Severity.WARNING, "update"), (Severity.WARNING, "update"), (Severity.WARNING, "update"),
        (Severity.ERROR, "update")]  # the views' mark, hours after: news, no new page


def test_state_from_before_the_baselines_still_loads() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched("Our customers are idiots", by=CEO, watched=True, likes=10)
    det.observe(state, post)
    raw = msgspec.to_builtins(state)
    del raw["accounts"]
    for seen in raw["seen"].values():
        del seen[5:]  # rate, rate_engagement, rate_ms, refreshed_ms: added since
    old = msgspec.msgpack.decode(msgspec.msgpack.encode(raw), type=WatchState)
    (sig,) = det.observe(old, updated(post, at=T0 + 5 * MIN, likes=12_000))
    assert sig.severity == Severity.CRITICAL and old.accounts


# ------------------------------------------------------- risky wording needs evidence (issue 13)
@pytest.mark.parametrize(("text", "lang", "negativity"), [
    # the sentiment model, trained on customers' mentions, reads some routine posts as negative
    ("Воскресенье: пеку пироги, всем хорошего дня.", "ru", 0.83),
    ("Рассказываю, почему хлеб дорожает: мука и логистика", "ru", 0.7),
    ("Tough quarter for the industry: costs are up, we are coping", "en", 0.6),
])
def test_a_routine_post_only_the_model_reads_as_negative_is_a_note(text: str, lang: str,
                                                                    negativity: float) -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    (sig,) = det.observe(det.new_state(), enriched(text, lang=lang, by=CEO, watched=True,
                                                   negativity=negativity, likes=3))
    assert sig.severity == Severity.INFO and sig.details["risky"] is False
    assert float(sig.details["lexicon_negativity"]) < 0.5


@pytest.mark.parametrize(("text", "lang", "negativity"), [
    ("Ужасный сервис у подрядчика, отвратительно, больше никогда", "ru", 0.9),  # both agree
    ("Our partner failed us badly, terrible and disgusting work", "en", 0.9),
    ("Читаю нытьё про наши цены, совковое мышление", "ru", 0.1),  # contempt, whatever the score
])
def test_risky_wording_is_a_note_until_people_react_then_it_raises_the_page(
        text: str, lang: str, negativity: float) -> None:
    """Wording is read, never trusted alone (a routine post about a price rise reads as
    negative to both scorers): the reaction pages, risky wording raises it a level."""
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    post = enriched(text, lang=lang, by=CEO, watched=True, negativity=negativity, likes=3)
    (sig,) = det.observe(state, post)
    assert sig.severity == Severity.INFO and sig.details["risky"] is True
    # three minutes on: 60 likes, 45 replies (people argue under it)
    (sig,) = det.observe(state, updated(post, at=T0 + 3 * MIN, likes=60, replies=45))
    assert sig.severity == Severity.ERROR and sig.details["argued"] is True


def test_the_model_and_the_lexicon_must_both_read_it_as_negative() -> None:
    """The lexicon reads «невозможное» as negative (0.5), the model reads the routine post as
    not (0.36). The mention's negativity is the higher of the two (the lexicon's verdicts are
    kept), so it cannot stand for the model: the watchlist asks the model itself."""
    det = WatchlistDetector(SPEC, WatchSettings())
    text = "Побывал на объекте. Люди делают невозможное"
    (sig,) = det.observe(det.new_state(), enriched(text, lang="ru", by=CEO, watched=True,
                                                   negativity=0.5, likes=3))
    assert sig.severity == Severity.INFO and sig.details["risky"] is False
    assert float(sig.details["lexicon_negativity"]) >= 0.5


# ------------------------------------------------- fast against the account's own spread (issue 13)
def peak_post(det: WatchlistDetector, state: WatchState, who: Any, at: int, per_min: float,
              text: str = "Итоги недели: открыли два ресторана") -> list[Signal]:
    """A post read once, a minute after it was posted, with `per_min` engagements."""
    return det.observe(state, enriched(text, lang="ru", by=who, watched=True, at=at,
                                       ingested_at_ms=at + MIN, likes=int(per_min)))


def test_a_thin_history_of_similar_posts_does_not_page_ordinary_variation() -> None:
    """Three posts at ~15/min and one at 104/min (7x): ordinary for a popular executive whose
    posts range over tenfold; the old fixed 5x paged it. 20x still pages."""
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    boss = author("ceo_jane", followers=58_000, verified=True)
    for day, rate in enumerate((12, 16, 15)):
        peak_post(det, state, boss, T0 + day * DAY, rate)
    (sig,) = peak_post(det, state, boss, T0 + 3 * DAY, 104, RISKY)
    assert sig.severity == Severity.INFO and sig.details["history_posts"] == 3
    assert float(sig.details["usual_spread"]) > 0.8  # not the three posts' narrow spread
    (sig,) = peak_post(det, state, boss, T0 + 4 * DAY, 20 * 15, RISKY)
    assert sig.severity == Severity.ERROR and sig.details["fast"] is True


@pytest.mark.parametrize(("spread", "level"), [(0.05, Severity.ERROR), (1.2, Severity.INFO)])
def test_how_far_above_the_usual_is_unusual_depends_on_the_account(spread: float,
                                                                    level: Severity) -> None:
    """Sixteen posts around 40/min: an account whose posts all draw alike pages at 6x its usual
    (never below fast_factor's 5x); one whose posts range widely does not."""
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    boss = author("ceo_jane", followers=40_000, verified=True)
    for k in range(16):
        z = (k - 7.5) / 4.6  # evenly spread, standard deviation ~1
        peak_post(det, state, boss, T0 + k * DAY, 40 * math.exp(spread * z))
    (sig,) = peak_post(det, state, boss, T0 + 16 * DAY, 6 * 40, RISKY)
    assert sig.severity == level
    assert 30 <= float(sig.details["usual_engagement_per_min"]) <= 55


def test_spread_settings_validation() -> None:
    with pytest.raises(ValueError, match="fast_deviations"):
        WatchSettings(fast_deviations=-1.0)
    with pytest.raises(ValueError, match="prior_spread"):
        WatchSettings(prior_spread=0.0)


# ------------------------------------------- the reaction: replies against the account's own share
def replied_post(det: WatchlistDetector, state: WatchState, who: Any, at: int, likes: int,
                 replies: int, text: str = "Итоги недели: запустили новый тариф") -> list[Signal]:
    """A post read at once (nothing yet), then three minutes later with `likes` and `replies`."""
    post = enriched(text, lang="ru", by=who, watched=True, at=at, likes=0)
    return run(det, state, [post, updated(post, at=at + 3 * MIN, likes=likes,
                                          replies=replies)])


def test_a_post_people_argue_under_pages_whatever_its_words() -> None:
    """Routine posts draw ~6 replies per 100 likes; a post drawing 40 per 100 within minutes is
    being argued with: a page, with no risky word in it and no faster than usual."""
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    boss = author("ceo_jane", followers=300_000, verified=True)
    rng = random.Random(3)
    routine = []
    for day in range(10):
        likes = int(300 * rng.lognormvariate(0, 0.5))
        routine += replied_post(det, state, boss, T0 + day * DAY, likes, likes * 6 // 100)
    assert {s.severity for s in routine} == {Severity.INFO}
    note, sig = replied_post(det, state, boss, T0 + 10 * DAY, 250, 100,
                             text="Скажу прямо, что думаю о наших абонентах")
    assert (note.severity, sig.severity) == (Severity.INFO, Severity.WARNING)
    assert sig.details["argued"] is True and sig.details["risky"] is False
    assert sig.details["fast"] is False
    assert 0.04 <= float(sig.details["usual_reply_share"]) <= 0.08
    assert "replies" in sig.title


def test_a_few_replies_are_not_a_reaction() -> None:
    """Ten replies to twelve likes on a small account's post: a conversation, not a storm."""
    det = WatchlistDetector(SPEC, WatchSettings())
    spokesman = author("ceo_jane", followers=2_000)
    assert replied_post(det, det.new_state(), spokesman, T0, 12, 10)[-1].severity \
        == Severity.INFO


def test_state_without_reply_shares_still_loads() -> None:
    det = WatchlistDetector(SPEC, WatchSettings())
    state = det.new_state()
    boss = author("ceo_jane", followers=300_000, verified=True)
    for day in range(3):
        replied_post(det, state, boss, T0 + day * DAY, 300, 18)
    raw = msgspec.to_builtins(state)
    for history in raw["accounts"].values():
        for peak in history:
            del peak[3:]  # log_share: added since
    old = msgspec.msgpack.decode(msgspec.msgpack.encode(raw), type=WatchState)
    sigs = replied_post(det, old, boss, T0 + 3 * DAY, 250, 100)
    assert [s.severity for s in sigs] == [Severity.INFO, Severity.WARNING]  # the prior share


def test_reply_settings_validation() -> None:
    with pytest.raises(ValueError, match="prior_reply_share"):
        WatchSettings(prior_reply_share=0.0)
    with pytest.raises(ValueError, match="reply_factor"):
        WatchSettings(reply_factor=1.0)
