"""A big positive spike: a cosmetics brand launches a product line with a giveaway.

A day of ordinary chatter, then at noon on the second day the brand posts "repost to win one of
100 sets": thousands of giveaway reposts and "участвую!" posts within hours (about ten times
the usual volume), beauty bloggers with big audiences post enthusiastic reviews, and a few
people grumble about giveaway spam. The PR team planned all of it and should not be paged.
"""

from __future__ import annotations

from detectors.scenarios.chatter import Lines, Voice, chatter
from detectors.simulation import HOUR, MIN, Names, Post, Scenario, Sim, daily_rate, deployment

TZ = "Europe/Moscow"
NAMES = Names(ru=("Luna Cosmetics", "Луна Косметикс", "Luna Cosmetics", "#ЛунаДарит"),
              en=("Luna Cosmetics", "Luna Cosmetics", "#LunaGiveaway"))

VOICE = Voice(
    brand="luna",
    names=NAMES,
    official="luna_cosmetics",
    positive=Lines((
        "Тестирую новую сыворотку {b} уже неделю — кожа сияет ✨",
        "Помада {b} оттенок 07 — моя любимая на каждый день 💄",
        "Крем {b} спас мою кожу этой зимой, рекомендую",
    ), (
        "{b} lipstick in shade 07 is my everyday favourite",
        "The {b} night cream is worth every rouble",
    )),
    neutral=Lines((
        "Крем {b} закончился, надо заказать ещё",
        "{b} открыли магазин в Атриуме",
        "Кто пробовал тональник {b}? Для сухой кожи подойдёт?",
        "У {b} скидки 20% на сайте до воскресенья",
    ), (
        "Does {b} ship to Almaty?",
        "{b} has a new store in the Atrium mall",
    )),
    negative=Lines((
        "Тушь {b} осыпается к обеду 😕",
        "Заказ {b} шёл две недели, долговато",
    ), (
        "{b} mascara smudges by lunch, disappointed",
    )),
    en_share=0.2,
    mix=(0.35, 0.55, 0.10),
)

LAUNCH = ("🌙 Luna Cosmetics дарит 100 наборов новой линии Night Glow! Сделай репост, подпишись и "
          "отметь подругу. Итоги в пятницу #ЛунаДарит")
ENTRIES = Lines((
    "Участвую! 🙏✨ #ЛунаДарит",
    "Хочу выиграть набор {b} 😍",
    "Участвую, очень хочу попробовать сыворотку {b} 💜",
    "Репост! Вдруг повезёт 🍀 #ЛунаДарит",
    "Отметила подругу, участвуем вместе! {b} ❤️",
    "Обожаю {b}, участвую 😍 #ЛунаДарит",
), (
    "Entering the {b} giveaway, fingers crossed 🤞",
    "Love {b}, entering the giveaway! 💜 #LunaGiveaway",
))
REVIEWS = Lines((
    "Новая линия {b} Night Glow — это любовь с первого нанесения ✨ Честный обзор в сторис, "
    "а ещё у них розыгрыш #ЛунаДарит",
    "Две недели тестировала Night Glow от {b}: кожа сияет, текстура лёгкая. Рекомендую 💜",
), (
    "{b} Night Glow serum is honestly amazing, my skin has never looked better ✨",
))
GRUMBLES = Lines((
    "Опять розыгрыши {b} по всей ленте, отписываюсь от всех 🙄",
    "Лучше бы {b} цены снизили, а не розыгрыши устраивали",
), (
    "{b} giveaway spam is everywhere 🙄",
))

CONFIG = deployment([{
    "id": "luna",
    "name": "Luna Cosmetics",
    "language": "ru",
    "aliases": ["Luna Cosmetics", "Луна Косметикс", "#ЛунаДарит", "#LunaGiveaway"],
    "official_accounts": [{"handle": "luna_cosmetics"}],
    "business_hours": {"tz": TZ},
}])


def build(sim: Sim) -> None:
    chatter(sim, VOICE, lambda t: daily_rate(t, TZ, 1.2), sim.start, sim.end)
    desk = sim.person("ru", followers=380_000, verified=True, handle="luna_cosmetics",
                      name="Luna Cosmetics")
    t0 = _local_noon(sim, day=1)
    launch = sim.post(t0, desk, LAUNCH, source="vk", media=[{
        "type": "photo", "url": "https://sun9-12.userapi.example/luna-night-glow.jpg"}],
        likes=50, views=2_000)
    sim.grow(launch, t0, t0 + 8 * HOUR, 15 * MIN,
             {"likes": 46_000, "reposts": 12_800, "replies": 9_000, "views": 1_900_000})
    # Followers see the post at once: entries flood in within minutes, then hold for hours.
    times = (sim.rising(t0 + MIN, t0 + 15 * MIN, 400, 1.2)
             + [t0 + 15 * MIN + i * 3 * HOUR // 5400 for i in range(5400)]
             + sim.fading(t0 + 195 * MIN, t0 + 10 * HOUR, 2500))
    for t in times:
        _entry(sim, launch, t)
    for k, followers in enumerate((420_000, 180_000, 95_000)):
        lang = "en" if k == 2 else "ru"
        post = sim.post(t0 + (40 + 70 * k) * MIN, sim.person(lang, followers=followers,
                                                              verified=followers > 100_000),
                        sim.say(REVIEWS.en if lang == "en" else REVIEWS.ru, NAMES, lang),
                        source=sim.pick(("instagram", "youtube")), lang=lang, views=5_000)
        sim.grow(post, post.created_ms, post.created_ms + 6 * HOUR, 30 * MIN,
                 {"likes": followers // 10, "replies": followers // 200, "views": followers * 2})
    for t in sim.fading(t0 + 30 * MIN, t0 + 10 * HOUR, 40):
        lang = "en" if sim.chance(0.3) else "ru"
        sim.post(t, sim.person(lang), sim.say(GRUMBLES.en if lang == "en" else GRUMBLES.ru,
                                              NAMES, lang),
                 source=sim.pick(("x", "vk", "telegram")), lang=lang)


def _entry(sim: Sim, launch: Post, t: int) -> None:
    """A giveaway entry: a VK repost with a note, or a post of its own with the hashtag."""
    lang = "en" if sim.chance(0.12) else "ru"
    note = sim.say(ENTRIES.en if lang == "en" else ENTRIES.ru, NAMES, lang, typos=0.08)
    if sim.chance(0.6):
        sim.post(t, sim.person(lang), f"{note}\n\n{launch.body['text']}", source="vk",
                 repost=launch, likes=sim.rng.randrange(0, 6))
    else:
        sim.post(t, sim.person(lang), note, source=sim.pick(("instagram", "vk", "telegram")),
                 lang=lang, likes=sim.rng.randrange(0, 10))


def _local_noon(sim: Sim, day: int) -> int:
    """Noon in Moscow (UTC+3 all year) on the `day`-th day after the start."""
    t = sim.start + day * 24 * HOUR
    return t - (t + 3 * HOUR) % (24 * HOUR) + 12 * HOUR


SCENARIO = Scenario(
    name="marketing-campaign",
    summary="a product launch with a giveaway: a big positive spike, ~10x the usual volume",
    duration_ms=48 * HOUR,
    config=CONFIG,
    build=build,
    expect="nothing paged: the volume spike is positive-led and signalled as info",
    history_ms=24 * HOUR,
)
