"""An executive's careless post: a fashion retailer's CEO calls price-sensitive customers
"нищеброды" on X.

The CEO posts routinely (a store opening: a watched-account note, not a page), then the gaffe:
its likes and replies climb by thousands a minute, quotes and replies pile up in Russian and
English, the brand distances itself after ninety minutes and the CEO apologises after two and a
half hours.
"""

from __future__ import annotations

from detectors.scenarios.chatter import Lines, Voice, chatter
from detectors.simulation import HOUR, MIN, Names, Post, Scenario, Sim, daily_rate, deployment

TZ = "Europe/Moscow"
NAMES = Names(ru=("Модный Квартал", "«Модный Квартал»", "Модный квартал", "#модныйквартал"),
              en=("Modny Kvartal", "Modny Kvartal", "#ModnyKvartal"))

VOICE = Voice(
    brand="kvartal",
    names=NAMES,
    official="modnykvartal",
    positive=Lines((
        "Купила джинсы в {b}, сидят идеально 😍",
        "Новая коллекция {b} в этом сезоне удалась, беру пуховик",
        "В {b} отличные консультанты, помогли подобрать костюм на свадьбу",
    ), (
        "{b} has the best winter coats this season",
        "Got a great jacket at {b}, love it",
    )),
    neutral=Lines((
        "В {b} распродажа до -50%, кто идёт в выходные?",
        "Кто знает, до скольки работает {b} в Меге?",
        "{b} открыл магазин у нас в ТЦ, зайду посмотреть",
        "Возврат в {b} занимает 14 дней, если что",
    ), (
        "{b} opens a new store in Kazan next week",
        "Does {b} ship to Minsk?",
    )),
    negative=Lines((
        "{b} опять поднял цены, футболка за 3000 это перебор",
        "Шов на куртке из {b} разошёлся через месяц 😕",
    ), (
        "{b} quality is not what it used to be",
    )),
    en_share=0.2,
)

ROUTINE = ("Открыли сотый магазин «Модный Квартал» в Казани. Спасибо команде, вы лучшие! "
           "Дальше — Екатеринбург")
GAFFE = ("Кому не нравятся наши цены — идите на рынок. Нищеброды не наша аудитория, и это "
         "нормально 🤷‍♂️")
CEO_APOLOGY = ("Меня неправильно поняли. Приношу извинения всем, кого задели мои слова. Мы ценим "
               "каждого покупателя «Модного Квартала».")
BRAND_STATEMENT = ("Позиция руководителя не отражает ценности компании. Приносим извинения нашим "
                   "покупателям. Модный Квартал")
REACTIONS = Lines((
    "Глава «Модного Квартала» назвал покупателей нищебродами. Отвратительно. Больше ни рубля "
    "вам 👋",
    "CEO {b} оскорбляет собственных клиентов. Позор и хамство",
    "Аркадий, а нищеброды — это мы, которые двадцать лет у вас одевались? {b}, стыдно",
    "Сохранила скрин, пока не удалил 📸 {b} во всей красе. Мерзко",
    "Ну всё, {b} для меня закончился. Презрение к людям не прощается 😡",
    "Бойкот {b}! Пусть торгуют для своей «аудитории»",
    "Лучший маркетинг года 👏 директор {b} хамит покупателям",
    "Я вообще-то за скидками туда хожу, значит я тоже нищеброд? {b}, спасибо, понятно",
), (
    "The CEO of {b} just called his own customers 'paupers'. Disgusting",
    "{b} boss: if you don't like our prices, go to the market. Noted. Boycott",
    "Deleting the {b} app. Contempt for customers is a choice 👎",
    "Arrogant and rude. {b}'s CEO should apologise",
))

CONFIG = deployment([{
    "id": "kvartal",
    "name": "Модный Квартал",
    "language": "ru",
    "aliases": ["Модный Квартал", "Modny Kvartal", "Modnyi Kvartal", "#модныйквартал"],
    "official_accounts": [{"handle": "modnykvartal"}],
    "watched_accounts": [{"handle": "arkady_belov", "source": "x",
                          "name": "Аркадий Белов, CEO"}],
    "business_hours": {"tz": TZ},
}])


def build(sim: Sim) -> None:
    chatter(sim, VOICE, lambda t: daily_rate(t, TZ, 0.8), sim.start, sim.end)
    ceo = sim.person("ru", followers=48_000, verified=True, handle="arkady_belov",
                     name="Аркадий Белов")
    routine = sim.post(sim.at(0.5), ceo, ROUTINE, source="x", lang="ru", likes=40, views=3_000)
    sim.grow(routine, routine.created_ms, routine.created_ms + 2 * HOUR, 20 * MIN,
             {"likes": 900, "reposts": 60, "replies": 80, "views": 41_000})
    t0 = sim.at(2.0)
    gaffe = sim.post(t0, ceo, GAFFE, source="x", lang="ru", likes=12, views=900)
    sim.update(gaffe, t0 + 3 * MIN, likes=90, replies=40, views=6_000)
    sim.grow(gaffe, t0 + 3 * MIN, t0 + 4 * HOUR, 5 * MIN,
             {"likes": 95_000, "reposts": 18_000, "replies": 31_000, "views": 4_200_000},
             midpoint=0.2)
    for t in sim.rising(t0 + 5 * MIN, t0 + 40 * MIN, 60, 1.5) + sim.fading(
            t0 + 40 * MIN, t0 + 4 * HOUR, 700, 1.5):
        _react(sim, gaffe, t)
    desk = sim.person("ru", followers=210_000, verified=True, handle="modnykvartal",
                      name="Модный Квартал")
    sim.post(t0 + 90 * MIN, desk, BRAND_STATEMENT, source="x", lang="ru", likes=3_000)
    sim.post(t0 + 150 * MIN, ceo, CEO_APOLOGY, source="x", lang="ru", likes=2_000,
             views=90_000)


def _react(sim: Sim, gaffe: Post, t: int) -> None:
    lang = "en" if sim.chance(0.25) else "ru"
    text = sim.say(REACTIONS.en if lang == "en" else REACTIONS.ru, NAMES, lang)
    quote = sim.chance(0.6)
    sim.post(t, sim.person(lang), text, source="x", lang=lang,
             quote=gaffe if quote else None, reply_to=None if quote else gaffe,
             likes=sim.rng.randrange(0, 500), views=sim.rng.randrange(100, 30_000))


SCENARIO = Scenario(
    name="executive-gaffe",
    summary="a watched CEO insults price-sensitive customers; the post spreads fast",
    duration_ms=6 * HOUR,
    config=CONFIG,
    build=build,
    expect="watched_account reaching critical (risky wording, thousands of engagements a "
           "minute); the routine post before it is info; the reactions form a viral story",
)
