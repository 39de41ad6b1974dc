"""Stories by content: paraphrases in RU and EN, with typos and transliteration, cluster into
one story; a brand's everyday complaints do not; voices page a paraphrase burst early; stories
of one event merge."""

from __future__ import annotations

import random

import msgspec
import pytest
from factories import DAY, HOUR, MIN, SEC, T0, author, brand_spec, enriched

from detectors.model import Enriched, Kind, Severity, Signal
from detectors.stories import (
    Story,
    StoryDetector,
    StorySettings,
    StoryState,
    post_key,
    story_of_post,
)
from detectors.story_terms import CONCEPT_KEYS, concept_key, content_keys, tells_harm, term_key
from detectors.text import normalise

pytestmark = pytest.mark.unit

SPEC = brand_spec(name="Сытый Гусь", aliases=("Сытый Гусь", "Sytyi Gus", "Fat Goose"))
WARM = T0 - 2 * DAY  # background starts here

# Everyday grumbling of a restaurant chain: what its vocabulary learns as ordinary. A post
# is an opening, a complaint and sometimes an afterthought, so copies of one text are rare.
OPENINGS = ("Сытый Гусь, ну как так.", "Опять Сытый Гусь.", "В Сытом Гусе на {street}:",
            "Сытый Гусь разочаровал.", "Была в Сытом Гусе.", "")
COMPLAINTS = (
    "подняли цены, бизнес-ланч уже {n} рублей", "ждал доставку {n} минут, всё холодное",
    "курьер опоздал на {n} минут, суп остыл", "очередь на кассе, работает одна касса",
    "официант забыл про заказ, ждали {n} минут", "приложение не принимает оплату картой",
    "порции стали меньше, а цены выше", "бонусы сгорели, поддержка не отвечает",
    "столы грязные, никто не убирает", "картошка пересоленная и холодная",
    "привезли не тот заказ, вместо курицы рыба", "кофе горелый, пить невозможно",
    "промокод не работает, на кассе разводят руками", "в зале душно и шумно",
)
AFTERTHOUGHTS = ("Больше не приду.", "Обидно.", "Раньше было лучше.", "", "", "")
EN_GRUMBLES = (
    "Fat Goose delivery took {n} minutes, food was cold",
    "Fat Goose raised prices again, lunch is {n} rubles now",
    "The Fat Goose app keeps crashing at checkout",
    "Waited {n} minutes for a table at Fat Goose on {street}",
    "Fat Goose forgot the sauce again and support never answers",
)
STREETS = ("Тверской", "Ленина", "Мира", "Садовой", "Арбате")

# One story told by different people: a guard threw an old woman out into the cold.
GUARD = (
    "Охранник в Сытом Гусе на Садовой вытолкал на улицу пожилую женщину, она зашла погреться",
    "A guard at Fat Goose shoved an old lady out into the cold. Boycott!",
    "ohrannik v Sytyi Gus vygnal babushku na moroz, pozor",
    "Сытый Гусь, ваша охрана выгнала пенсионерку на мороз за стакан воды",
    "Fat Goose security threw an elderly woman out, she only asked for some water",
    "Бойкот Сытому Гусю! Ахранник выставил бабушку на улицу в мороз",
    "Видео: охранник Сытого Гуся выталкивает пожилую женщину за дверь",
    "Boycott Fat Goose. Their bouncer kicked a grandma out into the snow",
    "Пенсионерку выгнали из Сытого Гуся на мороз, охранника уволить",
    "Fat Goose guard pushed a pensioner out the door, disgusting",
)


def grumble(rng: random.Random, at: int, i: int) -> Enriched:
    if rng.random() < 0.25:
        template = rng.choice(EN_GRUMBLES)
    else:
        template = " ".join(p for p in (rng.choice(OPENINGS), rng.choice(COMPLAINTS),
                                        rng.choice(AFTERTHOUGHTS)) if p)
    text = template.format(n=rng.choice((20, 30, 40, 50, 90)), street=rng.choice(STREETS))
    return enriched(text, at=at, negativity=rng.uniform(0.45, 0.9),
                    by=author(f"g{i}", followers=rng.randint(10, 3000)),
                    lang="en" if text.isascii() else "ru")


def background(seed: int, start: int, end: int, per_hour: float = 12.0) -> list[Enriched]:
    """The brand's negative posts: ~12 an hour (a brand with ~2,000 mentions a day)."""
    rng = random.Random(seed)
    out = []
    t, i = start, 0
    while True:
        t += int(rng.expovariate(per_hour / HOUR)) + 1
        if t >= end:
            return out
        i += 1
        out.append(grumble(rng, t, i))


def warm_detector(settings: StorySettings | None = None, seed: int = 1
                  ) -> tuple[StoryDetector, StoryState]:
    det = StoryDetector(SPEC, settings or StorySettings())
    state = det.new_state()
    for e in background(seed, WARM, T0):
        det.observe(state, e)
        det.tick(state, e.mention.created_at_ms)
    return det, state


def story_ids(state: StoryState, events: list[Enriched]) -> list[str]:
    out = []
    for e in events:
        st = story_of_post(state, post_key(e.mention))
        out.append(st.id if st is not None else "")
    return out


def burst_times(start: int) -> list[int]:
    """25 posting times in 30 minutes, thickening as the story takes off."""
    rng = random.Random(5)
    return sorted(start + int(30 * MIN * rng.random() ** (1 / 1.3)) for _ in range(25))


def paraphrase_burst(times: list[int]) -> list[Enriched]:
    """The guard story told by one new author at each time, in turn in each GUARD wording."""
    return [enriched(GUARD[i % len(GUARD)], at=t, negativity=0.7,
                     by=author(f"b{i}", followers=200),
                     lang="en" if GUARD[i % len(GUARD)].isascii() else "ru")
            for i, t in enumerate(times)]


def tell(texts: tuple[str, ...], start: int, every: int, prefix: str = "p") -> list[Enriched]:
    return [enriched(text, at=start + i * every, negativity=0.7,
                     by=author(f"{prefix}{i}", followers=300),
                     lang="en" if text.isascii() else "ru")
            for i, text in enumerate(texts)]


# ------------------------------------------------------------------------------ content keys
@pytest.mark.parametrize(("words", "concept"), [
    (("охранник", "охрана", "охранника", "ohrannik", "okhrannik", "ахранник", "guard",
      "security", "bouncer"), "guard"),
    (("пожилую", "пенсионерку", "пенсеонерку", "бабушку", "babushku", "elderly", "grandma",
      "pensioner"), "elderly"),
    (("выгнал", "вытолкал", "vygnal", "выставил", "shoved", "kicked", "threw", "pushed"),
     "force_out"),
    (("бойкот", "boikot", "boycott"), "boycott"),
    (("отравились", "отравление", "poisoned", "otravilis"), "poison"),
])
def test_words_of_one_concept_meet_across_languages_typos_and_transliteration(
        words: tuple[str, ...], concept: str) -> None:
    assert {term_key(w) for w in words} == {concept_key(concept)}


def test_function_words_and_evaluation_are_no_key() -> None:
    assert content_keys("это просто ужас и позор, никогда больше! the worst, shame on you") == []


def test_numbers_meet_their_words_and_proper_names_their_transliteration() -> None:
    assert term_key("пятеро") == term_key("5") == term_key("five")
    assert term_key("садовой") == term_key("садовая") == term_key("sadovaya")
    assert term_key("hamburger") != term_key("хам")  # short Russian stems stay Cyrillic


def test_concepts_do_not_include_numbers() -> None:
    assert term_key("12") not in CONCEPT_KEYS and concept_key("guard") in CONCEPT_KEYS


def test_the_brand_name_is_no_content() -> None:
    det = StoryDetector(SPEC, StorySettings())
    keys = content_keys("Fat Goose Sytyi Gus", det.own)
    assert keys == []


# ------------------------------------------------------------------------------ clustering
def test_paraphrases_in_two_languages_join_one_story() -> None:
    det, state = warm_detector()
    posts = tell(GUARD, T0, 90 * SEC)
    for e in posts:
        det.observe(state, e)
    ids = story_ids(state, posts)
    assert ids[0] and ids.count(ids[0]) >= len(posts) - 1, ids
    story = story_of_post(state, post_key(posts[0].mention))
    assert story is not None and story.by_content >= len(posts) - 2
    assert {"ru", "en"} <= set(story.langs)


def test_everyday_complaints_do_not_glue_into_a_story() -> None:
    """A day of grumbling on the same few topics (prices, delivery, queues) with the brand's
    name and complaint words in every post: content joins stay rare and stories small."""
    det, state = warm_detector(seed=2)
    day = background(3, T0, T0 + DAY)
    signals: list[Signal] = []
    for e in day:
        signals += det.observe(state, e)
        signals += det.tick(state, e.mention.created_at_ms)
    assert signals == []
    stories = list(state.stories.values())
    assert sum(st.by_content for st in stories) < len(day) // 5
    # Copies of one sentence cluster by near-identical text (as before content) and count as
    # authors, not voices; a topic gathers a few voices over the day, not a crowd.
    assert max(st.voices for st in stories) < len(day) // 20


def test_a_content_cluster_needs_several_authors_before_it_signals() -> None:
    s = StorySettings(engagement_per_min=(1.0, 1_000.0, 10_000.0))
    det, state = warm_detector(s)
    a, b = tell(GUARD[:2], T0, MIN)
    assert det.observe(state, msgspec.structs.replace(
        a, mention=msgspec.structs.replace(a.mention, metrics=msgspec.structs.replace(
            a.mention.metrics, likes=500)))) == []
    assert det.observe(state, b) == []  # two authors, joined by content: not yet a story
    story = story_of_post(state, post_key(b.mention))
    assert story is not None and story.mentions == 2 and story.by_content == 1


def test_a_paraphrase_burst_signals_within_fifteen_minutes() -> None:
    """~25 authors in 30 minutes, RU and EN, each in their own words, no link between them:
    a warning within 15 minutes, one story, flagged unverified (small accounts)."""
    det, state = warm_detector()
    times = burst_times(T0)
    quiet = background(7, T0, T0 + 40 * MIN)
    burst = paraphrase_burst(times)
    signals: list[Signal] = []
    for e in sorted(burst + quiet, key=lambda e: e.mention.created_at_ms):
        signals += det.observe(state, e)
    first = [s for s in signals if s.kind == Kind.VIRAL_STORY]
    assert first and first[0].severity == Severity.WARNING
    assert first[0].at_ms - times[0] <= 15 * MIN
    assert {s.group for s in first} == {f"x:{burst[0].mention.id}"}
    assert first[0].unverified
    assert int(first[0].details["voices"]) >= 5


def test_a_recurring_complaint_is_not_news_however_many_voices() -> None:
    """The same grumble all day forms one long story; a chance run of it is no signal."""
    s = StorySettings()
    det, state = warm_detector(s)
    signals: list[Signal] = []
    text = "Курьер Сытый Гусь опять опоздал на час, еда холодная, поддержка молчит"
    t = T0
    for i in range(60):  # every ~12 minutes for 12 hours...
        t += 12 * MIN
        signals += det.observe(state, enriched(text.replace("час", f"{i % 3 + 1} часа"), at=t,
                                               negativity=0.8, by=author(f"c{i}")))
    for i in range(8):  # ...then eight in eight minutes
        t += MIN
        signals += det.observe(state, enriched(f"{text} {i}", at=t, negativity=0.8,
                                               by=author(f"d{i}")))
    assert [s for s in signals if s.kind == Kind.VIRAL_STORY] == []


def test_copies_of_one_text_are_authors_not_voices() -> None:
    det, state = warm_detector()
    text = "СРОЧНО! В Сытом Гусе нашли крыс на кухне, санэпидстанция закрывает рестораны"
    copies = [enriched(text + "!" * (i % 3), at=T0 + i * MIN, negativity=0.9,
                       by=author(f"k{i}")) for i in range(8)]
    for e in copies:
        det.observe(state, e)
    story = story_of_post(state, post_key(copies[-1].mention))
    assert story is not None and story.authors == 8 and story.voices == 1


# ------------------------------------------------------------------------------ merging
def test_a_post_that_ties_two_stories_merges_them_keeping_the_signalled_id() -> None:
    det, state = warm_detector()
    video = enriched("Сытый Гусь, посмотрите это видео", at=T0, negativity=0.6,
                     by=author("v0"))
    det.observe(state, video)
    quotes = [enriched("позор", at=T0 + i * 20 * SEC, negativity=0.8, quote_of=video.mention.id,
                       by=author(f"q{i}"), likes=0) for i in range(1, 40)]
    signals: list[Signal] = []
    for e in quotes:
        signals += det.observe(state, e)
    assert signals and signals[0].group == f"x:{video.mention.id}"
    told = tell(GUARD[3:6], T0 + 15 * MIN, MIN, prefix="t")
    for e in told:
        det.observe(state, e)
    apart = story_of_post(state, post_key(told[0].mention))
    assert apart is not None and apart.mentions == len(told)  # a story of their own
    bridge = enriched("Ваш охранник выгнал пенсионерку на мороз, видео везде", at=T0 + 20 * MIN,
                      negativity=0.8, quote_of=video.mention.id, by=author("bridge"))
    det.observe(state, bridge)
    merged = story_of_post(state, post_key(told[0].mention))
    assert merged is not None and merged.id == f"x:{video.mention.id}"
    assert merged.mentions == 1 + len(quotes) + len(told) + 1
    assert story_of_post(state, post_key(video.mention)) is merged


def test_a_reaction_wave_during_a_signalled_story_folds_into_it() -> None:
    """While a story is paged, people ask about it in words that share nothing with it; their
    posts cluster among themselves. That wave does not open a second story."""
    det, state = warm_detector()
    rng = random.Random(2)
    signals: list[Signal] = []
    for i, t in enumerate(sorted(T0 + rng.randrange(20 * MIN) for _ in range(20))):
        text = GUARD[i % len(GUARD)]
        signals += det.observe(state, enriched(text, at=t, negativity=0.7, by=author(f"s{i}"),
                                               lang="en" if text.isascii() else "ru"))
    group = signals[0].group
    wave = ("Это правда про Сытый Гусь? Мы туда вчера ходили, кто знает подробности?",
            "Правда что в Сытом Гусе такое? Мы туда вчера ходили, кто-нибудь знает подробности")
    for i in range(14):
        signals += det.observe(state, enriched(wave[i % 2] + " ?" * (i % 4), at=T0 + 25 * MIN
                                               + i * 40 * SEC, negativity=0.6,
                                               by=author(f"w{i}")))
    assert {s.group for s in signals if s.kind == Kind.VIRAL_STORY} == {group}


def test_an_unrelated_story_during_a_signalled_one_stays_apart() -> None:
    det, state = warm_detector()
    signals: list[Signal] = []
    for i, text in enumerate(GUARD * 2):
        signals += det.observe(state, enriched(text, at=T0 + i * 40 * SEC, negativity=0.7,
                                               by=author(f"s{i}"),
                                               lang="en" if text.isascii() else "ru"))
    other = ("Курьер Сытого Гуся сбил собаку на самокате и уехал, собака в клинике",
             "Курьер Сытый Гусь на самокате сбил собаку и скрылся, хозяйка в слезах",
             "Fat Goose courier hit a dog with his scooter and rode away",
             "Курьер Сытого Гуся сбил собаку, видео с камеры у подъезда")
    for i in range(16):
        signals += det.observe(state, enriched(other[i % 4] + " !" * (i % 3), at=T0 + 15 * MIN
                                               + i * 50 * SEC, negativity=0.7,
                                               by=author(f"o{i}"),
                                               lang="en" if other[i % 4].isascii() else "ru"))
    assert len({s.group for s in signals if s.kind == Kind.VIRAL_STORY}) == 2


# ------------------------------------------------------------------------------ state
def test_state_with_content_roundtrips_and_stays_bounded() -> None:
    s = StorySettings(max_vocabulary=64, max_terms=64, max_stories=32)
    det, state = warm_detector(s)
    for e in tell(GUARD, T0, MIN):
        det.observe(state, e)
    assert len(state.vocab) <= 64 and len(state.terms) <= 64
    blob = msgspec.msgpack.encode(state)
    again = msgspec.msgpack.decode(blob, type=StoryState)
    assert again == state and again.vocab and again.terms
    later = tell(GUARD[::-1], T0 + 20 * MIN, MIN, prefix="r")
    assert [det.observe(state, e) for e in later] == [det.observe(again, e) for e in later]
    assert again == state


def test_a_story_checkpointed_before_content_stories_still_decodes() -> None:
    det, state = warm_detector()
    for e in tell(GUARD[:3], T0, MIN):
        det.observe(state, e)
    story = next(iter(state.stories.values()))
    fields = msgspec.msgpack.decode(msgspec.msgpack.encode(story))
    old = msgspec.msgpack.encode(fields[:24])  # the 24 fields up to `refs`, as before
    again = msgspec.msgpack.decode(old, type=Story)
    assert (again.id, again.mentions, again.voices, again.terms) == (story.id, story.mentions,
                                                                      0, {})


def test_a_story_checkpointed_before_it_kept_its_words_prior_counts_still_decodes() -> None:
    det, state = warm_detector()
    for e in tell(GUARD[:3], T0, MIN):
        det.observe(state, e)
    story = next(iter(state.stories.values()))
    assert story.prior  # counted for the new story's words
    story.vague = 2
    fields = msgspec.msgpack.decode(msgspec.msgpack.encode(story))
    old = msgspec.msgpack.encode(fields[:-2])  # every field up to `outgrow_x`, as before
    again = msgspec.msgpack.decode(old, type=Story)
    assert (again.terms, again.outgrow_x, again.prior) == (story.terms, story.outgrow_x, {})
    # and one checkpointed before it counted vague posts (fifteenth round)
    again = msgspec.msgpack.decode(msgspec.msgpack.encode(fields[:-1]), type=Story)
    assert (again.prior, again.vague) == (story.prior, 0)


def test_the_vocabulary_halves_every_half_life() -> None:
    det, state = warm_detector(StorySettings(vocabulary_half_life="1d"))
    docs = state.vocab_docs
    det.tick(state, T0 + 2 * DAY)
    assert state.vocab_docs == docs // 2


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"content_similarity": 0.0}, "content_similarity"),
    ({"content_max_share": 1.0}, "content_max_share"),
    ({"voices_per_min": (1.0, 0.5, 2.0)}, "ascending"),
    ({"content_window": "soon"}, "invalid duration"),
    ({"min_voices": 0}, "min_voices must be >= 1"),
    ({"voices_majority": 0.0}, "voices_majority"),
    ({"negative_window": "0s"}, "negative_window"),
    ({"max_vocabulary": 4}, "max_vocabulary must be >= 8"),
])
def test_content_settings_are_validated(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        StorySettings(**kwargs)  # type: ignore[arg-type]


def test_a_paraphrase_burst_on_a_busy_brand_signals_within_ten_minutes() -> None:
    """The same burst on a brand with 90 negative posts an hour: voices must be as loud as
    half of the brand's other negative posts, and a story younger than `voices_window` is
    judged by its average since it began, not by a decayed average that started from nothing
    while the brand's had long settled (that took 24 minutes here)."""
    det, state = warm_detector()
    start = T0 + 40 * MIN  # the brand's negative rate has settled at 1.5 a minute
    times = burst_times(start)
    busy = background(8, T0, start + 40 * MIN, per_hour=90)
    burst = paraphrase_burst(times)
    signals: list[Signal] = []
    for e in sorted(burst + busy, key=lambda e: e.mention.created_at_ms):
        signals += det.observe(state, e)
    first = [s for s in signals if s.kind == Kind.VIRAL_STORY]
    assert first and first[0].group == f"x:{burst[0].mention.id}"
    assert first[0].at_ms - times[0] <= 10 * MIN, (first[0].at_ms - times[0]) / MIN


# ------------------------------------------------------------------------------ round 4
SHORT_CHANGE = (
    "В Сытом Гусе кассир недодал сдачу, двести рублей",
    "Сытый Гусь, кассир опять недодал сдачу двести рублей!",
    "Недодали сдачу в Сытом Гусе, рублей двести, кассир отвернулся",
    "Кассир Сытого Гуся недодал мне двести рублей сдачи",
    "Опять недодали сдачу, Сытый Гусь, двести рублей, кассир хамит",
    "Сытый Гусь: сдачу недодали, двести рублей, кассир не признаётся",
)


def _short_changed(history: bool) -> list[Signal]:
    """Six customers in 15 minutes with one problem; with `history`, customers wrote about
    the same problem five times the day before (every 4 hours, the last 10 hours ago: those
    stories are forgotten, the brand's vocabulary is not)."""
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    before = background(1, WARM, T0)
    if history:
        before += tell(SHORT_CHANGE[:5], T0 - 26 * HOUR, 4 * HOUR, prefix="h")
    for e in sorted(before, key=lambda e: e.mention.created_at_ms):
        det.observe(state, e)
        det.tick(state, e.mention.created_at_ms)
    signals: list[Signal] = []
    for e in tell(SHORT_CHANGE, T0, 3 * MIN):
        signals += det.observe(state, e)
    return [s for s in signals if s.kind == Kind.VIRAL_STORY]


def test_a_trickle_about_a_problem_customers_wrote_about_before_is_no_story() -> None:
    assert _short_changed(history=False)  # new to the brand: news
    assert _short_changed(history=True) == []  # the brand's customers said it before


def _campaign(text: str, start: int, prefix: str) -> list[Enriched]:
    """A text and five forwards of it in ten minutes, all by days-old tiny accounts."""
    def who(i: int) -> object:
        return author(f"{prefix}{i}", followers=12, created_at_ms=start - 3 * DAY)
    origin = enriched(text, at=start, negativity=0.6, by=who(0), lang="ru")
    return [origin] + [enriched(text, at=start + i * 2 * MIN, negativity=0.6, by=who(i),
                                lang="ru", repost_of=origin.mention.id) for i in range(1, 6)]


def test_two_stories_carried_by_new_accounts_at_once_are_one_campaign() -> None:
    det, state = warm_detector()
    first = _campaign("В соусе нашли кишечную палочку, лаборатория подтвердила, срочно",
                      T0, "a")
    second = _campaign("Их курьер сбил ребёнка на самокате во дворе у школы",
                       T0 + 12 * MIN, "b")
    signals = [s for e in first + second for s in det.observe(state, e)]
    assert [s.severity for s in signals if s.kind == Kind.VIRAL_STORY] == [Severity.WARNING]
    assert story_of_post(state, post_key(second[-1].mention)) is \
        story_of_post(state, post_key(first[0].mention))


# ------------------------------------------------------------------------------ round 5
def _burst_signals(settings: StorySettings, burst: list[Enriched],
                   extra: list[Enriched]) -> list[Signal]:
    det, state = warm_detector(settings)
    quiet = background(7, T0, T0 + 40 * MIN)
    signals: list[Signal] = []
    for e in sorted([*burst, *quiet, *extra], key=lambda e: e.mention.created_at_ms):
        signals += det.observe(state, e)
    return [s for s in signals if s.kind == Kind.VIRAL_STORY]


def test_a_story_most_authors_tell_negatively_is_negative_whatever_its_mean() -> None:
    """Retellings of an event read as barely negative (0.3) by the scorer, and a few
    replies under the first one as neutral: the mean stays under `min_negativity`, but most
    of its authors (25 of 29) tell a bad story, so it signals; asking for all of them
    (`voices_majority` 1.0), the four neutral replies keep it quiet."""
    times = burst_times(T0)
    burst = [msgspec.structs.replace(e, negativity=0.3, sentiment="neutral")
             for e in paraphrase_burst(times)]
    replies = [enriched("Видео уже у всех в ленте", at=times[2 * i] + MIN,
                        negativity=0.05, by=author(f"r{i}", followers=100),
                        in_reply_to=burst[0].mention.id) for i in range(4)]
    first = _burst_signals(StorySettings(), burst, replies)
    assert first and first[0].at_ms - times[0] <= 15 * MIN
    assert _burst_signals(StorySettings(voices_majority=1.0), burst, replies) == []


def test_an_events_own_spill_over_does_not_drown_its_story() -> None:
    """While a story takes off, people also post about the event in words no story groups
    (here 150 other negative posts in its 30 minutes, enough to make the difference plain).
    Compared with the brand's negative posts over the last 15 minutes, the story was
    compared with its own spill-over and never signalled; over the last hour
    (`negative_window`), it signals in time."""
    times = burst_times(T0)
    rng = random.Random(11)
    spill = [grumble(rng, T0 + int(30 * MIN * rng.random()), 500 + i) for i in range(150)]
    first = _burst_signals(StorySettings(), paraphrase_burst(times), spill)
    assert first and first[0].at_ms - times[0] <= 15 * MIN
    late = _burst_signals(StorySettings(negative_window="15m"), paraphrase_burst(times), spill)
    assert not late or late[0].at_ms - times[0] > 15 * MIN


# ------------------------------------------------------------------------------ round 9
GUARD_BEFORE = (
    "Сытый Гусь на Садовой: охранник хамит пожилым, на мороз выйти покурить не дают",
    "Охрана в Сытом Гусе на Садовой грубит бабушкам у входа, видео есть",
    "Fat Goose guard on Sadovaya was rude to an elderly man, threw his coat out",
    "На Садовой в Сытом Гусе охранник выгнал пенсионера, который ждал внука на улице",
)


@pytest.mark.parametrize("per_hour", [12.0, 60.0])
def test_a_few_earlier_uses_of_its_words_make_a_story_familiar_on_a_quiet_brand_only(
        per_hour: float) -> None:
    """Customers named the guard, the pensioners and the street four times the day before.
    On a brand with 12 negative posts an hour that is a habit, and the story is a trickle
    of a known grumble; on one with 60 an hour, four uses are no habit (the round-9 bar: 0.5 %
    of the posts counted) and the burst is news, as with no history."""
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    before = background(3, WARM, T0, per_hour=per_hour)
    before += tell(GUARD_BEFORE, T0 - 20 * HOUR, 3 * HOUR, prefix="h")
    for e in sorted(before, key=lambda e: e.mention.created_at_ms):
        det.observe(state, e)
        det.tick(state, e.mention.created_at_ms)
    signals: list[Signal] = []
    for e in tell(GUARD[:6], T0, 2 * MIN, prefix="n"):
        signals += det.observe(state, e)
    paged = [s for s in signals if s.kind == Kind.VIRAL_STORY]
    assert bool(paged) is (per_hour > 12), paged


# ------------------------------------------------------------------------------ round 13
BUN, PATTY, TOILET = ("булка рассыпается в руках", "котлета сухая как подошва",
                      "в туалете нет бумаги")
# Three everyday complaints, linked pair by pair by posts that name two of them: one story by
# content, in which no complaint is in half the posts once the ninth arrives.
CHAIN = (
    f"Сытый Гусь: {BUN}", f"Опять Сытый Гусь, {BUN}. Обидно.", f"В Сытом Гусе то {BUN}, то {PATTY}",
    f"Сытый Гусь разочаровал: {PATTY}", f"{PATTY}, Сытый Гусь, ну как так",
    f"Сытый Гусь: {PATTY}, а {TOILET}", f"Была в Сытом Гусе, {TOILET}",
    f"Сытый Гусь, {TOILET}. Больше не приду.", f"В Сытом Гусе {TOILET}, {BUN}",
)


def _slow_then_quick(texts: tuple[str, ...]) -> list[Enriched]:
    """Eight posts 6 minutes apart, then one a minute later: the voices' rate reaches warning
    only with the ninth."""
    times = [T0 + i * 6 * MIN for i in range(8)] + [T0 + 43 * MIN]
    return [enriched(text, at=at, negativity=0.7, by=author(f"c{i}", followers=300), lang="ru")
            for i, (text, at) in enumerate(zip(texts, times, strict=True))]


def test_a_chain_of_everyday_complaints_sharing_no_core_is_no_news() -> None:
    """blind10 1104: a slow run of different complaints, joined pair by pair by content, paged
    as one story by its voices. Nine paraphrases of one event at the same pace do page."""
    det, state = warm_detector()
    chain = _slow_then_quick(CHAIN)
    signals = [s for e in chain for s in det.observe(state, e) if s.kind == Kind.VIRAL_STORY]
    assert len(set(story_ids(state, chain))) == 1  # one story by content...
    assert signals == []  # ...whose voices tell no event
    det, state = warm_detector()
    event = _slow_then_quick(GUARD[:9])
    assert [s for e in event for s in det.observe(state, e) if s.kind == Kind.VIRAL_STORY]


# ------------------------------------------------------------------------------ round 14
# A brand whose customers name grandmothers, the door and videos every day (other grumbles).
SIDE_WORDS = (
    "Сытый Гусь: бабушка с внуком ждали заказ у двери сорок минут, сняла видео",
    "В Сытом Гусе дверь опять не закрывается, бабушка чуть не упала, видео есть",
    "Видео: в Сытом Гусе у двери лужа, бабушке пришлось обходить",
    "Fat Goose door is broken again, my grandma almost fell, got it on video",
)
GUARD_IN_SIDE_WORDS = (
    "Охранник Сытого Гуся вытолкал бабушку за дверь, видео уже везде",
    "Видео: охранник в Сытом Гусе выставил бабушку за дверь",
    "Бабушку за дверь выставил охранник Сытого Гуся, смотрите видео",
    "Fat Goose guard pushed a grandma out the door, the video is everywhere",
    "Охранник Сытого Гуся и бабушка у двери: видео жуткое",
    "Охранник выгнал бабушку за дверь из Сытого Гуся, есть видео",
)


@pytest.mark.parametrize("guard_before", [False, True])
def test_a_story_whose_core_word_is_new_is_news_in_the_brands_everyday_words(
        guard_before: bool) -> None:
    """blind11 1204-1207: the guard story was told with the grandmother, the door and the
    video, words the brand's customers used every day, so most of its usual keys were
    familiar and its voices no news; the guard, in every post, was new. Had customers also
    named a guard every day, it would be a trickle of known words."""
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    before = background(3, WARM, T0)
    side = SIDE_WORDS + (("Охранник в Сытом Гусе опять курит у двери, видео",)
                         if guard_before else ())
    before += tell(side * 2, T0 - 24 * HOUR, 150 * MIN, prefix="h")
    for e in sorted(before, key=lambda e: e.mention.created_at_ms):
        det.observe(state, e)
        det.tick(state, e.mention.created_at_ms)
    signals: list[Signal] = []
    for e in tell(GUARD_IN_SIDE_WORDS, T0, 2 * MIN, prefix="n"):
        signals += det.observe(state, e)
    paged = [s for s in signals if s.kind == Kind.VIRAL_STORY]
    assert bool(paged) is not guard_before, paged


# ------------------------------------------------------------------------------ round 15
def test_a_story_told_only_by_the_everyday_word_opens_no_page_until_one_post_names_it() -> None:
    """blind12 1302, 1304, 1309: a storm's posts ("из номера вид такой, волна за волной")
    named the operator only by the everyday word, lowercase or starting a sentence, and the
    context model read "номер" as the operator's. Such a story pages nothing; the first post
    that names the brand clearly lets it signal, as a real event about the brand soon has."""
    det, state = warm_detector()
    times = burst_times(T0)
    burst = paraphrase_burst(times)
    clear_at = 15
    signals: list[Signal] = []
    for i, e in enumerate(burst):
        got = det.observe(state, e, vague=i != clear_at)
        assert i >= clear_at or not got, (i, got)
        signals += got
    story = story_of_post(state, post_key(burst[0].mention))
    assert story is not None and story.vague == len(burst) - 1
    first = [s for s in signals if s.kind == Kind.VIRAL_STORY]
    assert first and first[0].at_ms == times[clear_at]


# ------------------------------------------------------------------------------ round 18
MORE_GUARD = (
    "Охранник Сытого Гуся толкнул бабушку в дверь, на видео всё видно",
    "Смотрела видео: охранник Сытого Гуся гонит бабушку за дверь, стыд",
    "Fat Goose security shoved a grandma through the door, saw the video",
    "В Сытом Гусе охранник выпихнул бабушку за дверь, видео в сети",
    "Видео, где охранник Сытого Гуся выставляет бабушку за дверь, смотреть больно",
    "Бабушку вытолкал за дверь охранник Сытого Гуся, на видео она плачет",
)


def test_a_burst_of_a_familiar_story_is_news_once_eight_tell_it() -> None:
    """blind15 1610: the brand's customers name a guard, grandmothers and videos every day, so
    the guard story was familiar however many told it, and paged after 131 minutes. Six in a
    row are still a trickle of known words (the round-14 test above); twelve in 24 minutes,
    far above the share those words have in the brand's negative posts, are news from the
    eighth."""
    det = StoryDetector(SPEC, StorySettings())
    state = det.new_state()
    before = background(3, WARM, T0)
    side = (*SIDE_WORDS, "Охранник в Сытом Гусе опять курит у двери, видео")
    before += tell(side * 2, T0 - 24 * HOUR, 150 * MIN, prefix="h")
    for e in sorted(before, key=lambda e: e.mention.created_at_ms):
        det.observe(state, e)
        det.tick(state, e.mention.created_at_ms)
    burst = tell(GUARD_IN_SIDE_WORDS + MORE_GUARD, T0, 2 * MIN, prefix="n")
    paged_at = [i for i, e in enumerate(burst)
                if any(s.kind == Kind.VIRAL_STORY for s in det.observe(state, e))]
    assert len(set(story_ids(state, burst))) == 1
    assert paged_at and paged_at[0] >= 7, paged_at


# ------------------------------------------------------------------------------ round 21
@pytest.mark.parametrize(("text", "harm"), [
    ("Сегодня охранник силой вывел пенсионерку на холод", True),
    ("A guard pushes an elderly lady through the door", True),
    ("Пожилую женщину выставили на улицу, а персонал смотрит", True),
    ("Допустим, бабушка что-то нарушила. Но толкать-то зачем?", True),
    ("Кассир накричал на ребёнка и оскорбил его маму", True),
    ("Sochny Burger guard pushing an old woman out onto the street", True),
    ("Охранник, старая женщина, толчок в спину, падение", True),
    ("The guard pushed a man out, he was drunk", False),
    ("Охранник вывел пьяного мужика, и правильно", False),  # force, no one vulnerable
    ("Взяли бабушке бургер, ей понравилось", False),  # someone vulnerable, no force
    ("толковый охранник у входа, помог бабушке с коляской", False),
])
def test_a_telling_of_harm_needs_force_and_someone_vulnerable(text: str, harm: bool) -> None:
    assert tells_harm(normalise(text).tokens) is harm


def test_a_burst_of_retellings_without_an_evaluative_word_is_a_story() -> None:
    """blind18 1902: a guard leading a pensioner out into the cold, told by ~25 people in
    plain words; the scorer read most of them as neutral (0.0-0.2), so they were no voices,
    carried no content keys, and the story paged after 62 minutes. Those telling of force
    against someone vulnerable read for stories at `min_negativity`: the burst below pages
    within 15 minutes (scored 0.1, it never paged before)."""
    det, state = warm_detector()
    times = burst_times(T0)
    quiet = background(7, T0, T0 + 40 * MIN)
    burst = [msgspec.structs.replace(e, negativity=0.1, sentiment="neutral",
                                     harm=tells_harm(normalise(e.mention.text).tokens))
             for e in paraphrase_burst(times)]
    assert sum(e.harm for e in burst) >= 15
    signals: list[Signal] = []
    for e in sorted(burst + quiet, key=lambda e: e.mention.created_at_ms):
        signals += det.observe(state, e)
    first = [s for s in signals if s.kind == Kind.VIRAL_STORY]
    assert first and first[0].at_ms - times[0] <= 15 * MIN
