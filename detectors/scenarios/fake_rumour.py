"""A fake spreading fast: "antibiotics in the milk, children poisoned, forward to every mum".

A three-day-old Telegram account with a dozen followers posts the chain letter; forwards and
copy-pasted variants (typos, "девочки, срочно", an English translation) spread through new and
small accounts on Telegram, VK and X at up to ~25 authors a minute. No verified or big account
carries it. After two and a half hours the brand calls it a fake and a lab result follows; the
story fades.
"""

from __future__ import annotations

from detectors.scenarios.chatter import Lines, Voice, chatter
from detectors.simulation import (
    HOUR,
    MIN,
    Names,
    Post,
    Scenario,
    Sim,
    daily_rate,
    deployment,
    noisy,
)

TZ = "Europe/Moscow"
NAMES = Names(ru=("Молочный Край", "«Молочный Край»", "Молочный край", "Molochny Krai"),
              en=("Molochny Krai", "Molochny Krai"))

VOICE = Voice(
    brand="krai",
    names=NAMES,
    official="molkrai",
    positive=Lines((
        "Кефир {b} лучший, беру каждый день",
        "Творожки {b} ребёнок обожает 😊",
        "Молоко {b} вкусное, как в детстве у бабушки",
    ), (
        "{b} kefir is the only one my kids drink",
    )),
    neutral=Lines((
        "{b} стоит на 10 рублей дороже, чем в прошлом месяце",
        "Видела в магазине новый йогурт {b} с черникой",
        "Где купить ряженку {b} в Туле?",
        "{b} теперь продаётся и в Казани",
    ), (
        "Is {b} milk sold in Riga?",
    )),
    negative=Lines((
        "Сметана {b} в этот раз кислая, срок ещё не вышел 😕",
    ), (
        "{b} yoghurt got smaller again",
    )),
    en_share=0.1,
)

ORIGIN = ("СРОЧНО!!! В молоке «Молочный Край» нашли антибиотики, в Подмосковье 12 детей "
          "отравились, лежат в больнице. Не покупайте и перешлите всем знакомым мамам!!!")
# Copy-paste mutates the letter: a greeting in front, a blessing after, a number changed.
PREFIXES = ("Девочки, срочно! ", "Переслали из родительского чата: ", "Мамочки, внимание! ",
            "Это не шутка!!! ", "", "", "")
SUFFIXES = (" Берегите детей 🙏", " Сама видела в новостях", " 😱😱😱", "", "")
PARAPHRASE = ("Говорят, в молоке {b} антибиотики, дети отравились. Не покупайте!!!",
              "В {b} опять что-то нашли в молоке, детей в больницу увезли. Не берите пока")
ENGLISH = ("URGENT: antibiotics found in {b} milk, 12 kids poisoned near Moscow, do not buy, "
           "share with every parent you know!!!")
WORRIED = (
    "Это правда про {b}? У меня ребёнок пьёт только их молоко 😱",
    "Ужас, я вчера брала {b} 😨 кто-нибудь знает подробности?",
    "Кто-нибудь проверял информацию про {b}? Пахнет фейком",
)
STATEMENT = ("Информация об антибиотиках в молоке «Молочный Край» — фейк. Каждая партия проходит "
             "лабораторный контроль, протоколы проверок опубликованы на нашем сайте.")
LAB = ("Лаборатория подтвердила качество молока «Молочный Край»: антибиотиков нет, слухи в "
       "родительских чатах оказались выдумкой")
AFTER = Lines((
    "Ну вот, опять вброс про {b} гулял по чатам. Проверяйте информацию, люди",
    "Спасибо {b} за быстрый ответ, а то я уже испугалась",
    "Так и знала, что про {b} фейк. Молоко нормальное",
), (
    "The {b} milk story was fake. Check before you forward, people",
))

CONFIG = deployment([{
    "id": "krai",
    "name": "Молочный Край",
    "language": "ru",
    "aliases": ["Молочный Край", "Molochny Krai", "Molochnyi Krai", "#молочныйкрай"],
    "official_accounts": [{"handle": "molkrai"}],
    "business_hours": {"tz": TZ},
}])


def build(sim: Sim) -> None:
    chatter(sim, VOICE, lambda t: daily_rate(t, TZ, 0.7), sim.start, sim.end)
    t0 = sim.at(2.0)
    origin = sim.post(t0, sim.person("ru", followers=14, age_days=3, handle="mama_anya_2023"),
                      ORIGIN, source="telegram", views=30)
    times = (sim.rising(t0 + 2 * MIN, t0 + 30 * MIN, 12) + sim.rising(
        t0 + 30 * MIN, t0 + 90 * MIN, 300, 2.0) + sim.rising(t0 + 90 * MIN, t0 + 150 * MIN,
                                                            1500, 1.2)
             + sim.fading(t0 + 150 * MIN, t0 + 6 * HOUR, 600, 2.0))
    for t in times:
        _spread(sim, origin, t)
    desk = sim.person("ru", followers=64_000, verified=True, handle="molkrai",
                      name="Молочный Край")
    sim.post(t0 + 150 * MIN, desk, STATEMENT, source="vk", likes=1_200, views=80_000)
    sim.post(t0 + 185 * MIN, sim.person("ru", followers=900_000, verified=True,
                                        handle="pravda_lab", name="Правда ли?"),
             LAB, source="news", views=120_000)
    for t in sim.fading(t0 + 155 * MIN, t0 + 7 * HOUR, 80):
        lang = "en" if sim.chance(0.15) else "ru"
        sim.post(t, sim.person(lang), sim.say(AFTER.en if lang == "en" else AFTER.ru, NAMES,
                                              lang), source=sim.pick(("vk", "telegram", "x")),
                 lang=lang)


def _spread(sim: Sim, origin: Post, t: int) -> None:
    """A forward, a copy-pasted variant or a worried question, by a new or small account."""
    who = sim.person("ru", followers=int(sim.rng.paretovariate(1.3) * 8),
                     age_days=sim.rng.uniform(1, 25) if sim.chance(0.7) else None)
    r = sim.rng.random()
    if r < 0.35:
        sim.post(t, who, origin.body["text"], source="telegram", repost=origin,
                 views=sim.rng.randrange(5, 400))
    elif r < 0.85:
        text = ORIGIN.replace("12 детей", f"{sim.pick((12, 12, 14, 15, 20))} детей")
        text = sim.pick(PREFIXES) + noisy(sim.rng, text, 0.35) + sim.pick(SUFFIXES)
        sim.post(t, who, text, source=sim.pick(("telegram", "vk", "vk", "x")), lang="ru",
                 views=sim.rng.randrange(5, 600))
    elif r < 0.92:
        lang = "en" if sim.chance(0.4) else "ru"
        text = sim.say((ENGLISH,) if lang == "en" else PARAPHRASE, NAMES, lang)
        sim.post(t, who, text, source=sim.pick(("vk", "x")), lang=lang)
    else:
        sim.post(t, who, sim.say(WORRIED, NAMES), source=sim.pick(("vk", "x", "telegram")),
                 lang="ru")


SCENARIO = Scenario(
    name="fake-rumour",
    summary="a chain-letter fake about poisoned milk spreads through new, tiny accounts",
    duration_ms=10 * HOUR,
    config=CONFIG,
    build=build,
    expect="viral_story (error) flagged unverified all along: no credible account carries "
           "it; the volume spike it causes is inhibited",
)
