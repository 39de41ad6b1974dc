"""A bolt in the buckwheat: a customer posts a photo, the brand argues in public, the thread
escalates.

A mother finds a bolt in a pack of buckwheat and tags the brand on VK with a photo. Twenty-five
minutes later the official account answers that it is impossible (metal detectors) and hints
she did it herself; she answers, others pile into the thread, quotes of the screenshot spread
on X and Telegram in Russian and English; two hours in the brand doubles down ("photoshop,
competitors") and only apologises after six hours.
"""

from __future__ import annotations

from detectors.scenarios.chatter import Lines, Voice, chatter
from detectors.simulation import HOUR, MIN, Names, Post, Scenario, Sim, daily_rate, deployment

TZ = "Europe/Moscow"
NAMES = Names(ru=("Золотое Зерно", "«Золотое Зерно»", "Золотое зерно", "Zolotoe Zerno"),
              en=("Golden Grain", "Golden Grain", "Zolotoe Zerno"))

VOICE = Voice(
    brand="zerno",
    names=NAMES,
    official="zolotoezerno",
    positive=Lines((
        "Гречка {b} рассыпчатая, варю только её 👍",
        "Взяла овсянку {b} по акции, очень вкусная",
        "{b} выпустили булгур в пакетиках, удобно брать на работу",
        "Из всех круп {b} самая нормальная по цене и качеству",
    ), (
        "{b} buckwheat is my go-to, cooks in 15 minutes and tastes great",
        "Tried the new {b} bulgur, really good with roast veg",
    )),
    neutral=Lines((
        "В магазине у дома скидка 30% на крупы {b}",
        "Кто пробовал новый рис {b}? Стоит брать?",
        "{b} или гречка на развес, есть разница?",
        "Рецепт гречки по-купечески, крупа {b}, фарш, лук, морковь",
        "Увидела {b} в новой упаковке, теперь пачка с окошком",
    ), (
        "Is {b} sold outside Russia? Asking for my mum",
        "{b} changed their packaging again",
    )),
    negative=Lines((
        "Гречка {b} в этот раз какая-то горькая 😕",
        "Пачки {b} стали на 100 грамм меньше, а цена та же 🙄",
    ), (
        "{b} oat flakes got pricier again, and the pack is smaller",
    )),
    en_share=0.15,
)

COMPLAINT = ("@zolotoezerno нашла в вашей гречке болт 🔩 Высыпала пачку в кастрюлю, а он там "
             "лежит. Хорошо, что заметила до того, как дала ребёнку. Фото прилагаю. Как так?")
ARGUE_1 = ("Здравствуйте. На нашем производстве стоят металлодетекторы, попадание болта в "
           "упаковку невозможно. Скорее всего, посторонний предмет попал в крупу уже после "
           "вскрытия пачки.")
ANSWER_1 = ("То есть я сама болт в гречку подкинула? Серьёзно? Пачка была запечатана, чек "
            "сохранила")
ARGUE_2 = ("Мы не верим в подлинность фото: похоже на фотошоп. Подобные вбросы выгодны нашим "
           "конкурентам. Все партии проходят контроль.")
APOLOGY = ("Наталья, приносим извинения. Наши ответы в этой ветке были недопустимы. Мы заберём "
           "пачку на экспертизу, вернём деньги и проверим линию фасовки. Напишите нам в личные "
           "сообщения.")
PILE_IN = Lines((
    "Вместо извинений {b} обвиняет покупателя. Красиво 👏",
    "Металлодетекторы у них, ага. А болт сам прилетел",
    "Больше не куплю {b}. Даже не за болт, а за такой ответ",
    "Поддержка {b} в своём репертуаре: виноват всегда клиент",
    "Скрин ответа уже во всех чатах, ребята, вы серьёзно?",
    "Может, просто извиниться и заменить пачку? Это так сложно?",
    "Я тоже находил в {b} камешки, писал им, тишина",
    "Ответ {b} — учебник, как не надо делать. Позор",
    "Наташа, держитесь. Пишите в Роспотребнадзор, не оставляйте так",
    "Обвинить мать ребёнка во лжи — сильный ход, {b} 🤦",
), (
    "{b} telling a customer she planted the bolt herself. Bold PR strategy",
    "A bolt in the buckwheat and the brand's answer is 'impossible, your fault'. Wow",
    "Just apologise and send her a new pack, {b}. How hard is that?",
    "Never buying {b} again after reading that reply thread",
))
QUOTES = Lines((
    "Как не надо отвечать клиентам: {b} и болт в гречке 🔩 Сначала «невозможно», потом "
    "«фотошоп и конкуренты»",
    "{b} нашла болт у себя в гречке, а виноватой сделали покупательницу. Скрин ветки ниже",
    "История с болтом в гречке {b} — это уже не про болт, а про отношение к людям",
    "Болт в гречке {b}: бренд спорит с мамой в комментариях вместо того, чтобы извиниться",
), (
    "How not to do customer care: {b} vs a mum who found a bolt in their buckwheat 🔩",
    "{b} accused a customer of faking a bolt in their buckwheat. The replies are brutal",
))

CONFIG = deployment([{
    "id": "zerno",
    "name": "Золотое Зерно",
    "language": "ru",
    "aliases": ["Золотое Зерно", "Zolotoe Zerno", "Golden Grain", "#золотоезерно"],
    "official_accounts": [{"handle": "zolotoezerno"}],
    "business_hours": {"tz": TZ, "start": "09:00", "end": "20:00"},
}])

PHOTO = {"type": "photo", "url": "https://sun9-71.userapi.example/bolt.jpg",
         "hash": "phash:c41e0f9b2a7d3380"}
SCREENSHOT = {"type": "photo", "url": "", "hash": "phash:77ab10e4c95f2d16"}


def build(sim: Sim) -> None:
    chatter(sim, VOICE, lambda t: daily_rate(t, TZ, 0.6), sim.start, sim.end)
    desk = sim.person("ru", followers=31_000, verified=True, handle="zolotoezerno",
                      name="Золотое Зерно")
    natasha = sim.person("ru", followers=860, handle="natasha_krv", name="Наталья К.")
    t0 = sim.at(1.0)
    complaint = sim.post(t0, natasha, COMPLAINT, source="vk", media=[PHOTO], likes=4,
                         views=120)
    sim.grow(complaint, t0, t0 + 7 * HOUR, 15 * MIN,
             {"likes": 14_000, "reposts": 3_100, "replies": 2_400, "views": 610_000})
    argue = sim.post(t0 + 25 * MIN, desk, ARGUE_1, source="vk", reply_to=complaint)
    sim.post(t0 + 34 * MIN, natasha, ANSWER_1, source="vk", reply_to=argue)
    for t in sim.rising(t0 + 35 * MIN, t0 + 6 * HOUR, 160, 1.5):
        _pile_in(sim, complaint if sim.chance(0.6) else argue, t)
    sim.post(t0 + 2 * HOUR, desk, ARGUE_2, source="vk", reply_to=complaint)
    for t in sim.rising(t0 + 80 * MIN, t0 + 7 * HOUR, 260, 1.3):
        lang = "en" if sim.chance(0.25) else "ru"
        sim.post(t, sim.person(lang), sim.say(QUOTES.en if lang == "en" else QUOTES.ru,
                                              NAMES, lang),
                 source=sim.pick(("x", "telegram", "x", "vk")), lang=lang, media=[SCREENSHOT],
                 likes=sim.rng.randrange(0, 300), views=sim.rng.randrange(100, 15_000))
    sim.post(t0 + 6 * HOUR, desk, APOLOGY, source="vk", reply_to=complaint)


def _pile_in(sim: Sim, parent: Post, t: int) -> None:
    lang = "en" if sim.chance(0.2) else "ru"
    text = sim.say(PILE_IN.en if lang == "en" else PILE_IN.ru, NAMES, lang)
    sim.post(t, sim.person(lang), text, source="vk", reply_to=parent,
             likes=sim.rng.randrange(0, 200))


SCENARIO = Scenario(
    name="bolt-buckwheat",
    summary="a bolt in the buckwheat: the brand argues with the customer in public",
    duration_ms=8 * HOUR,
    config=CONFIG,
    build=build,
    expect="complaint_escalation reaching critical (the brand argues twice, others pile in); "
           "the thread also spreads as a viral story",
)
