from __future__ import annotations

import math
import random
from typing import Any

import msgspec
import pytest
from factories import DAY, MIN, SEC, T0, author, brand_spec, enriched, updated

from detectors.model import Enriched, Kind, Media, Severity, Signal
from detectors.stories import (
    StoryDetector,
    StorySettings,
    StoryState,
    _similarity,
    normalise_url,
    text_signature,
)

pytestmark = pytest.mark.unit

SPEC = brand_spec()
TAKEOFF = T0 + 10 * MIN
VIDEO_POST = ("Охранник ресторана Акме выгнал пожилую женщину на мороз, позор! "
              "Видео снимали прохожие")
QUOTES_RU = ("Какой ужас, Акме, как вам не стыдно", "Больше ни ногой в Акме", "Позор Акме!!!")
QUOTES_EN = ("Shame on Acme, kicking out an old lady", "Boycott Acme", "Disgusting, Acme")


def guard_video(seed: int = 7, *, negativity: float = 0.85, news_at: int | None = T0 + 50 * MIN,
                hours: int = 4) -> tuple[Enriched, list[Enriched]]:
    """The restaurant-guard video: a small account's post, quiet for ten minutes, then
    reposted and quoted in RU and EN from 1/min at TAKEOFF, doubling every 7 minutes (capped at
    150/min), while the post's views climb a logistic curve to 8M. A news site links the post at
    `news_at`. Returns the origin and the time-ordered events."""
    rng = random.Random(seed)
    origin = enriched(VIDEO_POST, at=T0, lang="ru", negativity=negativity,
                      by=author("passerby", followers=600, created_at_ms=T0 - 900 * DAY),
                      media=(Media("video", url="https://video.example/v/123", hash="vid-123"),))
    timed: list[tuple[int, Enriched]] = [(T0, origin)]
    for k in range(1, hours * 60):  # the collector re-reads the post every minute
        v = int(8_000_000 / (1 + math.exp(-(k - 100) / 12)))
        at = T0 + k * MIN + 30 * SEC
        timed.append((at, updated(origin, at=at, likes=v // 30, reposts=v // 200,
                                  replies=v // 500, views=v)))
    t, n = T0, 0
    while t < T0 + hours * 60 * MIN:
        k = (t - T0) // MIN
        rate = 0.2 if k < 10 else min(2 ** ((k - 10) / 7), 150.0)
        t += int(MIN / rate * rng.expovariate(1.0)) + 1
        n += 1
        a = author(f"u{n}", followers=min(int(rng.paretovariate(1.2) * 150), 50_000),
                   created_at_ms=t - rng.randint(300, 4000) * DAY)
        r = rng.random()
        if r < 0.6:
            e = enriched("", at=t, lang="ru", by=a, repost_of=origin.mention.id)
        elif r < 0.9:
            ru = rng.random() < 0.6
            e = enriched(rng.choice(QUOTES_RU if ru else QUOTES_EN), at=t,
                         lang="ru" if ru else "en", negativity=negativity, by=a,
                         quote_of=origin.mention.id)
        else:
            e = enriched("позор", at=t, lang="ru", negativity=negativity, by=a,
                         in_reply_to=origin.mention.id)
        timed.append((t, e))
    if news_at is not None:
        timed.append((news_at, enriched(
            f"Security guard at Acme restaurant throws out elderly woman {origin.mention.url}"
            "?utm_source=twitter&utm_medium=social", at=news_at, source="news",
            negativity=0.7, by=author("citynews", followers=2_000_000, verified=True))))
    timed.sort(key=lambda x: x[0])
    return origin, [e for _, e in timed]


def replay(det: StoryDetector, state: StoryState, events: list[Enriched]) -> list[Signal]:
    out: list[Signal] = []
    for e in events:
        out.extend(det.observe(state, e))
    return out


def test_guard_video_signals_within_minutes_and_reaches_critical() -> None:
    origin, events = guard_video()
    det = StoryDetector(SPEC, StorySettings())
    sigs = replay(det, det.new_state(), events)

    assert [s.kind for s in sigs] == [Kind.VIRAL_STORY] * 3
    assert [s.severity for s in sigs] == [Severity.WARNING, Severity.ERROR, Severity.CRITICAL]
    assert {s.group for s in sigs} == {f"x:{origin.mention.id}"}
    first, _, critical = sigs
    assert first.at_ms - TAKEOFF < 15 * MIN
    assert int(first.details["views"]) < 20_000  # early: the post is still small
    assert critical.at_ms - T0 < 90 * MIN
    assert int(critical.details["views"]) < 1_000_000  # critical before it is huge (8M later)
    assert critical.projected_reach is not None and critical.projected_reach >= 5_000_000
    assert all(s.projected_reach is not None and s.projected_reach >= s.reach for s in sigs)
    assert set(critical.languages) == {"ru", "en"}
    assert critical.mentions[0].id == origin.mention.id  # origin first, then biggest authors
    assert critical.mentions[1].author == "citynews"
    assert all(len(r.text) <= 280 for s in sigs for r in s.mentions)
    # A small account started it: unverified until a news site carried it (at 50 min).
    assert [s.unverified for s in sigs] == [True, True, False]
    assert critical.details["credible_carrier"] is True


def test_big_positive_story_does_not_signal() -> None:
    _, events = guard_video(negativity=0.05)
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    assert replay(det, state, events) == []
    (story,) = state.stories.values()
    assert story.engagement > 100_000  # it was big, just not negative


def test_normal_chatter_does_not_signal() -> None:
    """Three unrelated negative mentions a minute for six hours, each with a few likes."""
    rng = random.Random(3)
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    events = []
    for i in range(6 * 60 * 3):
        words = " ".join(rng.choice(("acme", "delivery", "late", "again", "cold", "food",
                                      "courier", "rude", "never", "order", "app", "crashed",
                                      "refund", "waiting", "hours", "support"))
                         for _ in range(rng.randint(4, 14)))
        e = enriched(words, at=T0 + i * 20 * SEC, negativity=rng.uniform(0.5, 1.0),
                     likes=rng.randint(0, 5))
        events.append(e)
        if rng.random() < 0.3:
            events.append(updated(e, at=T0 + i * 20 * SEC + 5 * MIN, likes=rng.randint(5, 20)))
    assert replay(det, state, events) == []
    assert len(state.stories) > 50


def fake_story(seed: int = 11) -> list[Enriched]:
    """A fake from a two-day-old account, copy-pasted with small edits by young accounts."""
    rng = random.Random(seed)
    base = "СРОЧНО: в Акме нашли крыс на кухне, санэпидстанция закрывает все рестораны сети"
    variants = (base, base + "!!!", "Репост! " + base, base.replace("СРОЧНО: ", ""),
                base + " Не ходите туда", base.replace("все рестораны", "рестораны"))
    events = []
    for i in range(300):
        t = T0 + int(i * 6 * SEC * (1 - i / 600))  # accelerating: ~10/min, then ~20/min
        a = author(f"bot{i}", followers=rng.randint(0, 80),
                   created_at_ms=t - rng.randint(1, 20) * DAY)
        events.append(enriched(variants[0] if i == 0 else rng.choice(variants), at=t,
                               lang="ru", negativity=0.9, by=a, likes=rng.randint(0, 30)))
    return events


def test_fake_spreading_fast_is_flagged_unverified_not_suppressed() -> None:
    events = fake_story()
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    sigs = replay(det, state, events)
    assert sigs, "a fast fake still needs an answer"
    assert all(s.unverified for s in sigs)
    assert len({s.group for s in sigs}) == 1  # near-duplicate texts form one story
    assert sigs[0].group == f"x:{events[0].mention.id}"
    assert sigs[-1].details["new_accounts"] == sigs[-1].details["authors"]
    assert sigs[0].at_ms - T0 < 10 * MIN


def test_metric_updates_count_only_the_delta() -> None:
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    e = enriched("Acme lost my parcel twice, this is the worst courier service ever",
                 negativity=0.9, likes=100, views=1000)
    det.observe(state, e)
    det.observe(state, updated(e, at=T0 + 2 * MIN, likes=150, views=3000))
    det.observe(state, updated(e, at=T0 + 3 * MIN, likes=150, views=3000))  # redelivery
    det.observe(state, updated(e, at=T0 + 4 * MIN, likes=120))  # counts may shrink: ignore
    (story,) = state.stories.values()
    assert (story.mentions, story.authors, story.engagement, story.views) == (1, 1, 150, 3000)


def test_reach_counts_each_author_once() -> None:
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    root = enriched("Acme", by=author("a", followers=1000))
    det.observe(state, root)
    for i in range(3):
        det.observe(state, enriched("", at=T0 + i * SEC, by=author("b", followers=500),
                                    repost_of=root.mention.id))
    (story,) = state.stories.values()
    assert (story.mentions, story.authors, story.reach) == (4, 2, 1500)


def test_children_arriving_before_their_parent_join_one_story() -> None:
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    parent = enriched("Acme guard video", id="p1", at=T0, by=author("orig", followers=10))
    det.observe(state, enriched("", id="c1", at=T0 + MIN, repost_of="p1"))
    det.observe(state, enriched("wow", id="c2", at=T0 + MIN, quote_of="p1"))
    det.observe(state, enriched("reply to the quote", id="c3", at=T0 + 2 * MIN,
                                in_reply_to="c2"))
    det.observe(state, parent)
    (story,) = state.stories.values()
    assert story.id == "x:p1" and story.mentions == 4
    assert story.first_ms == T0 and story.refs[0].id == "p1"  # the origin, once it arrived


@pytest.mark.parametrize(("a", "b"), [
    ("https://www.example.com/news/acme/?utm_source=tw&utm_medium=x&id=5#top",
     "http://example.com/news/acme?id=5"),
    ("https://m.example.com/a/?fbclid=IwAR123", "example.com/a"),
    ("HTTPS://Example.com/Path/", "https://example.com/Path"),
])
def test_url_normalisation(a: str, b: str) -> None:
    assert normalise_url(a) == normalise_url(b)


def test_url_normalisation_keeps_meaningful_parts() -> None:
    assert normalise_url("https://example.com/a?id=5") != normalise_url("https://example.com/a?id=6")
    assert normalise_url("https://example.com/a") != normalise_url("https://example.com/b")


def test_shared_link_and_media_join_across_languages() -> None:
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    video = (Media("video", url="https://cdn.example/v.mp4", hash="abc"),)
    det.observe(state, enriched("Охранник Акме выгнал бабушку", lang="ru", media=video))
    det.observe(state, enriched("Acme guard throws out grandma", lang="en", at=T0 + MIN,
                                media=video))
    det.observe(state, enriched("Статья https://www.news.example/acme-guard/?utm_source=vk",
                                lang="ru", at=T0 + MIN))
    det.observe(state, enriched("Read this https://news.example/acme-guard", lang="en",
                                at=T0 + 2 * MIN))
    assert sorted(s.mentions for s in state.stories.values()) == [2, 2]
    assert all(set(s.langs) == {"ru", "en"} for s in state.stories.values())


def test_near_duplicate_text_joins_but_different_text_does_not() -> None:
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    text = "В гречке Акме нашли болт, компания отказывается признавать проблему и хамит"
    det.observe(state, enriched(text, negativity=0.9))
    det.observe(state, enriched(text.replace("болт", "болт!!") + " #акме", at=T0 + MIN,
                                negativity=0.8))
    det.observe(state, enriched("Акме открыла новый магазин в центре города, очереди огромные",
                                at=T0 + MIN, negativity=0.8))
    assert sorted(s.mentions for s in state.stories.values()) == [1, 2]


def test_positive_copy_paste_is_not_compared() -> None:
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    text = "Розыгрыш от Акме! Сделай репост этой записи и выиграй годовой запас гречки"
    for i in range(5):
        det.observe(state, enriched(text, at=T0 + i * SEC, negativity=0.05))
    assert [s.mentions for s in state.stories.values()] == [1] * 5
    assert not any(s.sig for s in state.stories.values())


def test_text_signature_ignores_case_urls_and_short_texts() -> None:
    assert text_signature("Acme is great", 6) == []
    a = text_signature("The Acme courier threw my parcel over the fence", 6)
    assert a == text_signature("the ACME courier threw my parcel over the fence https://x.co/1", 6)


def test_severity_only_rises_and_each_level_is_signalled_once() -> None:
    _, events = guard_video(seed=5)
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    sigs = replay(det, state, events)
    # Replaying the same events again adds no signal: every level was already reported.
    assert replay(det, state, events) == []
    levels = [s.severity for s in sigs]
    assert levels == sorted(set(levels))


def test_state_roundtrips_through_msgpack_and_continues_identically() -> None:
    _, events = guard_video(seed=9)
    half = len(events) // 2
    det = StoryDetector(SPEC, StorySettings())
    a = det.new_state()
    replay(det, a, events[:half])
    blob = msgspec.msgpack.encode(a)
    b = msgspec.msgpack.decode(blob, type=StoryState)
    assert b == a and b.stories and b.posts and b.keys
    assert replay(det, a, events[half:]) == replay(det, b, events[half:])
    assert a == b


def random_stream(seed: int, n: int) -> list[Enriched]:
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(300)]
    out: list[Enriched] = []
    for i in range(n):
        t = T0 + i * 200
        r = rng.random()
        kw: dict[str, Any] = {}
        if out and r < 0.3:
            kw[rng.choice(("repost_of", "quote_of", "in_reply_to"))] = rng.choice(out).mention.id
        elif r < 0.4:
            kw["media"] = (Media("photo", hash=f"h{rng.randint(0, 5000)}"),)
        text = " ".join(rng.choices(words, k=rng.randint(0, 25)))
        if r > 0.9:
            text += f" https://site{rng.randint(0, 9000)}.example/p/{rng.randint(0, 99)}"
        e = enriched(text, at=t, negativity=rng.random(), likes=rng.randint(0, 50),
                     by=author(f"a{rng.randint(0, 20_000)}", followers=rng.randint(0, 10**6),
                               created_at_ms=t - rng.randint(0, 400) * DAY), **kw)
        out.append(e)
        if rng.random() < 0.2:
            out.append(updated(rng.choice(out), at=t, likes=rng.randint(0, 10_000)))
    return out


def test_state_stays_bounded_under_a_long_random_stream() -> None:
    s = StorySettings(max_stories=64, max_posts=256, max_keys=256, max_authors_per_story=16)
    det = StoryDetector(SPEC, s)
    state = det.new_state()
    sizes = []
    for i, e in enumerate(random_stream(1, 30_000)):
        det.observe(state, e)
        if i % 1000 == 0:
            det.tick(state, e.mention.created_at_ms)
            assert len(state.stories) <= s.max_stories
            assert len(state.posts) <= s.max_posts
            assert len(state.keys) <= s.max_keys
            assert all(len(st.author_set) <= 16 and len(st.refs) <= 3 and len(st.langs) <= 8
                       for st in state.stories.values())
            sizes.append(len(msgspec.msgpack.encode(state)))
    assert max(sizes) < 200_000
    assert max(sizes[-10:]) < 2 * max(sizes[:10])  # no creeping growth


def test_tick_forgets_idle_stories_and_their_keys() -> None:
    det = StoryDetector(SPEC, StorySettings(idle="1h"))
    state = det.new_state()
    det.observe(state, enriched("Acme https://example.com/x", at=T0))
    det.observe(state, enriched("Acme again https://example.com/y", at=T0 + 50 * MIN))
    det.tick(state, T0 + 70 * MIN)
    assert [s.first_ms for s in state.stories.values()] == [T0 + 50 * MIN]
    assert set(state.keys.values()) <= set(state.stories)
    assert all(p.story in state.stories for p in state.posts.values())


def test_detector_is_deterministic() -> None:
    _, events = guard_video(seed=13)
    runs = []
    for _ in range(2):
        det = StoryDetector(SPEC, StorySettings())
        st = det.new_state()
        runs.append((replay(det, st, events), msgspec.msgpack.encode(st)))
    assert runs[0] == runs[1]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"window": "5 minutes"}, "invalid duration"),
    ({"horizon": "0"}, "horizon must be a positive duration"),
    ({"engagement_per_min": (100.0, 50.0, 1000.0)}, "ascending"),
    ({"min_negativity": 1.5}, "within 0..1"),
    ({"max_stories": 2}, "max_stories must be >= 8"),
    ({"outgrow": 0.0}, "outgrow must be > 0"),
    ({"new_accounts_share": 1.5}, "new_accounts_share within"),
])
def test_settings_validation(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        StorySettings(**kwargs)


def test_settings_reject_unknown_fields() -> None:
    with pytest.raises(msgspec.ValidationError, match="unknown field"):
        msgspec.convert({"windw": "5m"}, StorySettings)


def test_similarity_shortcut_for_small_unions_matches_the_bottom_k_estimate() -> None:
    rng = random.Random(4)
    for _ in range(2000):
        pool = rng.sample(range(1 << 32), 40)
        a = sorted(rng.sample(pool, rng.randint(1, 16)))
        b = sorted(rng.sample(pool, rng.randint(1, 16)))
        both = set(a) & set(b)
        k = min(16, len(set(a) | set(b)))
        cut = sorted(set(a) | set(b))[k - 1]
        expected = sum(1 for x in both if x <= cut) / k
        got = _similarity(set(a), b, 0.0)
        assert got == expected


def _ticked(det: StoryDetector, state: StoryState, events: list[Enriched],
            until: int) -> list[Signal]:
    """Replay with the story sweep running every minute of stream time."""
    out: list[Signal] = []
    t = events[0].mention.created_at_ms
    for e in events:
        while t + MIN <= e.mention.created_at_ms:
            t += MIN
            out += det.tick(state, t)
        out += det.observe(state, e)
    while t + MIN <= until:
        t += MIN
        out += det.tick(state, t)
    return out


def test_the_sweep_keeps_a_spreading_story_open_with_updates_only() -> None:
    """While the guard video spreads the sweep re-sends its level as an `update` (it keeps the
    open incident alive but can never open or reopen one); the first signal of each level is
    the only `firing` one."""
    _, events = guard_video(hours=2)
    det = StoryDetector(SPEC, StorySettings())
    sigs = _ticked(det, det.new_state(), events, T0 + 2 * 60 * MIN)
    firing = [s for s in sigs if s.status == "firing"]
    assert [s.severity for s in firing] == [Severity.WARNING, Severity.ERROR, Severity.CRITICAL]
    updates = [s for s in sigs if s.status == "update"]
    assert len(updates) >= 5  # every 10 minutes while it spreads
    assert all(s.at_ms > firing[0].at_ms for s in updates)


def test_an_old_story_with_one_more_reply_stays_quiet() -> None:
    """A story signalled yesterday whose rates have died down gets a late reply and a trickle
    of views: the sweep re-sends nothing (it used to re-send its level on any activity, a new
    page every time the previous incident had auto-resolved)."""
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    origin = enriched("Acme sold me spoiled milk and refused a refund, avoid them",
                      at=T0, negativity=0.9, by=author("origin", followers=300))
    events = [origin]
    for i in range(12):
        events.append(enriched("", at=T0 + i * 10 * SEC, negativity=0.9,
                               by=author(f"r{i}", followers=200), repost_of=origin.mention.id))
    events.append(updated(origin, at=T0 + 3 * MIN, likes=900, views=40_000))
    sigs = _ticked(det, state, events, T0 + 60 * MIN)
    assert [s.status for s in sigs if s.status == "firing"] == ["firing"]  # it did signal
    late = T0 + 5 * 60 * MIN
    trickle = [enriched("acme, this is still a disgrace", at=late, negativity=0.8,
                        by=author("late", followers=150), in_reply_to=origin.mention.id),
               updated(origin, at=late + MIN, likes=905, views=40_300)]
    assert _ticked(det, state, trickle, late + 60 * MIN) == []


def test_a_rise_of_a_story_that_no_longer_spreads_is_an_update() -> None:
    """A seen story's views creep past the next level hours later (830 a minute: half the
    reach velocity of a warning): news for its incident if that is still open (`update`),
    not a page of its own."""
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    origin = enriched("Acme sold me spoiled milk and refused a refund, avoid them",
                      at=T0 - 10 * 60 * MIN, negativity=0.9, by=author("origin", followers=300),
                      views=800_000)
    events = [origin, *(enriched("", at=T0 + i * 10 * SEC, negativity=0.9,
                                 by=author(f"r{i}", followers=200),
                                 repost_of=origin.mention.id) for i in range(12))]
    first = replay(det, state, events)
    assert [(s.severity, s.status) for s in first] == [(Severity.WARNING, "firing")]
    late = T0 + 5 * 60 * MIN
    det.observe(state, enriched("unrelated", at=late))  # the brand's clock moves on
    (rise,) = det.observe(state, updated(origin, at=late, views=1_050_000))
    assert (rise.severity, rise.status) == (Severity.ERROR, "update")


# --------------------------------------------------------------------------- round 4
def test_the_brands_own_replies_are_no_spread_of_a_story_about_it() -> None:
    """A complaint, one more customer under it and the desk answering with a well-followed
    account whose reply draws likes: the desk's reply adds no author, reach or engagement."""
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    root = enriched("Acme charged me twice for one order and nobody answers", at=T0,
                    negativity=0.8, by=author("ann", followers=120))
    events = [root,
              enriched("same here, charged twice", at=T0 + 2 * MIN, negativity=0.7,
                       by=author("bob", followers=80), in_reply_to=root.mention.id)]
    desk = enriched("We are sorry, please send us your order number", at=T0 + 3 * MIN,
                    negativity=0.3, official=True, by=author("acme_support", followers=60_000),
                    in_reply_to=root.mention.id, likes=900)
    events += [desk, updated(desk, at=T0 + 5 * MIN, likes=4_000, views=90_000)]
    assert replay(det, state, events) == []
    (story,) = state.stories.values()
    assert (story.mentions, story.authors, story.reach, story.engagement) == (2, 2, 200, 0)


def _outgrowing(followers: int, *, ambiguous: bool = False) -> list[Enriched]:
    """A negative post whose views the collector re-reads every 4 minutes: 900, 1,500,
    2,400, 3,500 (a video taking off), and nobody else yet."""
    post = enriched("Acme security dragged a pensioner out into the cold, filmed it", at=T0,
                    negativity=0.8, by=author("filmer", followers=followers), views=150)
    if ambiguous:
        post = msgspec.structs.replace(post, ambiguous=True)
    return [post] + [updated(post, at=T0 + k * 4 * MIN, views=v, likes=v // 18)
                     for k, v in enumerate((900, 1_500, 2_400, 3_500), start=1)]


def test_a_post_outgrowing_its_authors_audience_signals_alone() -> None:
    det = StoryDetector(SPEC, StorySettings())
    sigs = replay(det, det.new_state(), _outgrowing(600))
    assert [s.severity for s in sigs] == [Severity.WARNING]
    assert sigs[0].at_ms <= T0 + 8 * MIN
    assert float(sigs[0].details["outgrow"]) >= 6.0
    assert sigs[0].details["posts"] == 1


def test_views_within_the_authors_audience_or_an_everyday_word_do_not_outgrow() -> None:
    det = StoryDetector(SPEC, StorySettings())
    assert replay(det, det.new_state(), _outgrowing(20_000)) == []  # its usual audience
    assert replay(det, det.new_state(), _outgrowing(600, ambiguous=True)) == []


def test_a_big_accounts_engagement_is_not_a_story_spreading() -> None:
    """An influencer's negative review and an ordinary complaint about the same problem: the
    review's likes are its audience's usual, no story taking off."""
    det = StoryDetector(SPEC, StorySettings())
    review = enriched("Acme lost my order again, support useless, honest review", at=T0,
                      negativity=0.7, by=author("bigblog", followers=300_000), likes=200)
    events = [review,
              enriched("Acme lost my order too", at=T0 + MIN, negativity=0.8,
                       by=author("cat", followers=90), quote_of=review.mention.id)]
    events += [updated(review, at=T0 + k * MIN, likes=200 + 700 * k, views=20_000 * k)
               for k in range(2, 8)]
    assert replay(det, det.new_state(), events) == []


def _forwarded(new: bool) -> list[Enriched]:
    """A mildly worded scare (negativity 0.3) forwarded by six tiny accounts in 12 minutes,
    days old or of unknown age."""
    def who(name: str) -> Any:
        return author(name, followers=15, created_at_ms=T0 - 5 * DAY if new else None)
    origin = enriched("Friend at a lab says Acme sauces failed a safety test, tell everyone",
                      at=T0, negativity=0.3, by=who("origin"))
    return [origin] + [enriched(origin.mention.text, at=T0 + k * 2 * MIN, negativity=0.3,
                                by=who(f"fwd{k}"), repost_of=origin.mention.id)
                       for k in range(1, 7)]


def test_a_mild_scare_forwarded_by_new_accounts_signals_unverified() -> None:
    det = StoryDetector(SPEC, StorySettings())
    sigs = replay(det, det.new_state(), _forwarded(new=True))
    assert [s.severity for s in sigs] == [Severity.WARNING]
    assert sigs[0].unverified
    assert int(sigs[0].details["new_accounts"]) >= 5
    # The same forwards by accounts of unknown age: a mild text, not negative enough.
    assert replay(det, det.new_state(), _forwarded(new=False)) == []
