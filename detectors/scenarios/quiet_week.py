"""A week of normal chatter: four brands, Russian and English, daily and weekly seasonality.

A bank, an airline, a bakery chain and a grocery retailer, in three time zones: praise,
questions, news, grumbling (about 15 % negative), small reply threads, complaints that the
support desks answer within their business hours, a bank CEO's routine posts and bloggers with
big audiences posting neutral or positive reviews. What a PR desk sees every week, and should
never be paged for. Thresholds are set as a deployment would for brands this size (5- and
15-minute windows, lower min_count), so the volume tests are armed, not out of reach.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from detectors.config import BusinessHours
from detectors.scenarios.chatter import Lines, Voice, chatter
from detectors.simulation import DAY, HOUR, MIN, Names, Post, Scenario, Sim, daily_rate, deployment

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]

BANK = Voice(
    brand="orbita",
    names=Names(ru=("Орбита Банк", "Орбита банк", "«Орбита Банк»", "#орбитабанк"),
                en=("Orbita Bank", "Orbita Bank", "Orbita")),
    official="orbitabank",
    hours=BusinessHours(tz="Europe/Moscow", start="09:00", end="21:00",
                        days=("mon", "tue", "wed", "thu", "fri", "sat")),
    positive=Lines((
        "Открыла вклад в {b}, приложение удобное, всё за пять минут 👍",
        "{b} вернул кэшбэк за кафе, приятно",
        "Поддержка {b} ответила за две минуты и всё решила. Редкость",
        "Перевела деньги маме через {b} по номеру телефона, мгновенно",
    ), (
        "{b} app is genuinely good, paid my bills in a minute",
        "Props to {b} support, sorted my card in five minutes",
    )),
    neutral=Lines((
        "{b} поднял ставки по вкладам до 16%, кто-нибудь уже открыл?",
        "Кто брал ипотеку в {b}? Какие там условия для семей?",
        "У {b} новое приложение, интерфейс поменяли",
        "В {b} теперь можно снимать наличные без карты по QR",
        "Отделение {b} на Ленина закрыли на ремонт до понедельника",
    ), (
        "Does {b} work with Apple Pay yet?",
        "Thinking about opening a savings account with {b}, any reviews?",
    )),
    negative=Lines((
        "Приложение {b} опять тормозит по утрам 🙄",
        "В отделении {b} очередь на час, одно окно работает",
        "{b} снизил кэшбэк, грустно",
    ), (
        "{b} app keeps logging me out, annoying",
    )),
    complaints=Lines((
        "{h} не приходят смс с кодами, не могу войти в приложение",
        "{h} списали комиссию за обслуживание, хотя обещали бесплатно. Верните, пожалуйста",
    ), (
        "{h} my card was blocked for no reason and I can't log in. Please help",
    )),
    answers=Lines((
        "Здравствуйте! Извините за неудобства. Напишите нам в личные сообщения, проверим.",
        "Добрый день! Приносим извинения. Комиссию проверим и вернём, если это ошибка.",
    ), (
        "Hi, sorry about that! Please DM us and we'll look into it right away.",
    )),
    en_share=0.12,
)

AIRLINE = Voice(
    brand="skylark",
    names=Names(ru=("Скайларк", "SkyLark", "Скайларк Эйрлайнс"),
                en=("SkyLark", "SkyLark Airlines", "Skylark")),
    official="skylark_air",
    hours=BusinessHours(tz="Europe/London", start="08:00", end="20:00",
                        days=("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    positive=Lines((
        "Летали {b} в Тбилиси, всё вовремя, экипаж приятный ✈️",
        "Купила билеты {b} на распродаже, в два раза дешевле поезда",
    ), (
        "Smooth {b} flight to Lisbon this morning, landed early ✈️",
        "{b} cabin crew were lovely with my toddler, thank you",
        "Cheapest fare to Riga was {b}, no regrets",
    )),
    neutral=Lines((
        "{b} запускает рейсы в Калининград с марта",
        "Кто летал {b} с ручной кладью? Какие размеры проверяют?",
    ), (
        "{b} adds a second daily flight to Dublin from April",
        "What's the {b} cabin bag size? Planning a weekend trip",
        "Booked {b} for the Easter break",
        "Does {b} offer seat selection at check-in?",
    )),
    negative=Lines((
        "Рейс {b} задержали на два часа, сидим в аэропорту 😒",
    ), (
        "{b} delayed again, two hours at the gate",
        "Paid extra for a seat on {b} and got moved anyway 🙄",
    )),
    complaints=Lines((
        "{h} потеряли мой багаж, рейс из Тбилиси, никто не отвечает",
    ), (
        "{h} my bag didn't arrive from Lisbon, reference {n}. Any update?",
        "{h} flight cancelled and still waiting for my refund",
    )),
    answers=Lines((
        "Здравствуйте! Приносим извинения. Напишите номер бронирования в личные сообщения.",
    ), (
        "Sorry to hear this! Please DM us your booking reference and we'll look into it.",
        "We're sorry for the trouble. Your case has been passed to our baggage team.",
    )),
    sources=("x", "bluesky", "x", "instagram", "mastodon", "forum"),
    en_share=0.7,
)

BAKERY = Voice(
    brand="bulkin",
    names=Names(ru=("Булкин Двор", "«Булкин Двор»", "Булкин двор", "Bulkin Dvor"),
                en=("Bulkin Dvor", "Bulkin Dvor")),
    official="bulkindvor",
    hours=BusinessHours(tz="Asia/Yekaterinburg", start="08:00", end="20:00",
                        days=("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    positive=Lines((
        "Круассаны в {b} сегодня прямо из печи, божественно 🥐",
        "Утро началось с кофе и синнабона из {b} ❤️",
        "{b} на Малышева — лучший бородинский в городе",
        "Взяли в {b} торт на день рождения, все в восторге",
    ), (
        "{b} croissants are the best thing in Yekaterinburg",
    )),
    neutral=Lines((
        "{b} открыл пекарню рядом с метро, кто уже был?",
        "Во сколько в {b} свежий хлеб по утрам?",
        "В {b} появилась постная выпечка",
        "Скидка 30% в {b} после 20:00, если что",
    ), (
        "Is {b} open on public holidays?",
    )),
    negative=Lines((
        "Булочка в {b} сегодня была вчерашняя 😕",
        "Цены в {b} растут каждый месяц",
    ), (
        "{b} coffee was lukewarm today",
    )),
    complaints=Lines((
        "{h} в торте из вашей пекарни на Малышева был волос. Неприятно",
    ),),
    answers=Lines((
        "Здравствуйте! Нам очень жаль. Напишите в личные сообщения, вернём деньги и разберёмся.",
    ),),
    sources=("vk", "instagram", "telegram", "reviews", "vk"),
    en_share=0.05,
    mix=(0.45, 0.43, 0.12),
)

GROCERY = Voice(
    brand="nordmart",
    names=Names(ru=("Нордмарт", "Nordmart", "нордмарт"),
                en=("Nordmart", "Nordmart")),
    official="nordmart_care",
    hours=BusinessHours(tz="Europe/Moscow", start="09:00", end="21:00",
                        days=("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
    positive=Lines((
        "В {b} отличная акция на фрукты, набрала целый пакет 🍎",
        "Доставка {b} привезла за 40 минут, всё свежее",
        "Люблю {b} за выпечку собственного производства",
    ), (
        "{b} delivery was quick today, everything fresh",
    )),
    neutral=Lines((
        "{b} теперь работает круглосуточно на Профсоюзной",
        "Кто знает, в {b} принимают карты других банков для скидки?",
        "{b} открыл магазин у нас во дворе",
        "В {b} поменяли программу лояльности, баллы сгорают через год",
        "Список покупок на неделю, всё в {b}",
    ), (
        "{b} opened a new store near the station",
        "Does {b} deliver to Mytishchi?",
    )),
    negative=Lines((
        "В {b} опять одна касса на весь магазин 😤",
        "Ценник в {b} не совпадает с ценой на кассе, уже третий раз",
    ), (
        "{b} self-checkout broken again",
    )),
    complaints=Lines((
        "{h} в доставке привезли просроченный творог, верните деньги",
        "{h} курьер не привез половину заказа, поддержка молчит",
    ), (
        "{h} my delivery is two hours late and the app says delivered",
    )),
    answers=Lines((
        "Здравствуйте! Приносим извинения. Вернём деньги за товар, напишите номер заказа в лс.",
        "Добрый день! Извините, пожалуйста. Уже разбираемся с доставкой, свяжемся с вами.",
    ), (
        "Sorry about that! Please DM us your order number and we'll refund it.",
    )),
    en_share=0.15,
)

CEO_POSTS = (
    "Итоги квартала: Орбита Банк обслуживает уже 3 миллиона клиентов. Спасибо за доверие!",
    "Сегодня выступаю на финансовом конгрессе, расскажу, как Орбита Банк строит мобильный "
    "банк без очередей",
)
BLOGGERS = Lines((
    "Сравнил вклады пяти банков: у {b} ставка выше среднего, приложение удобное. Подробный "
    "разбор на канале",
), (
    "Reviewed three budget airlines this month: {b} was the most comfortable and always on "
    "time. Full video on my channel",
))


def _spec(voice: Voice, language: str, **extra: Any) -> dict[str, Any]:
    h = voice.hours
    return {
        "id": voice.brand,
        "name": voice.names.ru[0] if language == "ru" else voice.names.en[0],
        "language": language,
        "aliases": sorted({n.strip("«»") for n in voice.names.ru + voice.names.en}, key=str.lower),
        "official_accounts": [{"handle": voice.official}],
        "business_hours": {"tz": h.tz, "days": list(h.days), "start": h.start, "end": h.end},
        **extra,
    }


CONFIG = deployment([
    _spec(BANK, "ru", volume={"window": "5m", "min_count": 10},
          watched_accounts=[{"handle": "viktor_orbita", "name": "Виктор Орлов, CEO"}]),
    _spec(AIRLINE, "en", volume={"min_count": 8}),
    _spec(BAKERY, "ru", volume={"window": "15m", "min_count": 10, "share_window": "15m"}),
    _spec(GROCERY, "ru", volume={"window": "5m"}),
])

# (voice, peak mentions per minute, weekend factor)
TRAFFIC: tuple[tuple[Voice, float, float], ...] = (
    (BANK, 1.6, 0.6), (AIRLINE, 0.9, 1.0), (BAKERY, 0.7, 1.3), (GROCERY, 1.8, 1.2))


def build(sim: Sim) -> None:
    for voice, peak, weekend in TRAFFIC:
        desk = sim.person("ru", followers=30_000, verified=True, handle=voice.official,
                          name=voice.names.ru[0])
        posts = chatter(sim, voice, _rate(voice.hours.tz, peak, weekend), sim.start, sim.end,
                        complaint_share=0.3, answer=desk, answer_within=(5, 120))
        _threads(sim, voice, posts)
    ceo = sim.person("ru", followers=22_000, verified=True, handle="viktor_orbita",
                     name="Виктор Орлов")
    for day, text in ((1, CEO_POSTS[0]), (3, CEO_POSTS[1])):
        post = sim.post(sim.at(day * 24 + 11), ceo, text, source="x", lang="ru", views=40)
        sim.grow(post, post.created_ms, post.created_ms + 6 * HOUR, 30 * MIN,
                 {"likes": 700, "reposts": 40, "replies": 60, "views": 30_000})
    for day, (voice, lines, lang) in ((2, (BANK, BLOGGERS.ru, "ru")),
                                      (4, (AIRLINE, BLOGGERS.en, "en"))):
        blogger = sim.person(lang, followers=340_000, verified=True)
        post = sim.post(sim.at(day * 24 + 15), blogger, sim.say(lines, voice.names, lang),
                        source="youtube", lang=lang, views=20_000)
        sim.grow(post, post.created_ms, post.created_ms + 12 * HOUR, HOUR,
                 {"likes": 8_000, "replies": 600, "views": 310_000})


def _rate(tz: str, peak: float, weekend: float) -> Callable[[int], float]:
    return lambda t: daily_rate(t, tz, peak, weekend=weekend)


def _threads(sim: Sim, voice: Voice, posts: list[Post]) -> None:
    """Small reply threads: some posts get a few answers naming the brand again."""
    for post in posts:
        if not sim.chance(0.04):
            continue
        for k in range(sim.rng.randint(1, 4)):
            lang = "en" if post.body.get("lang") == "en" else "ru"
            lines = voice.neutral.en if lang == "en" and voice.neutral.en else voice.neutral.ru
            sim.post(post.created_ms + (k + 1) * sim.rng.randrange(MIN, 20 * MIN),
                     sim.person(lang), sim.say(lines, voice.names, lang), source=post.source,
                     lang=lang, reply_to=post)


SCENARIO = Scenario(
    name="quiet-week",
    summary="a week of ordinary chatter about four brands, RU and EN, with daily seasonality",
    duration_ms=7 * DAY,
    config=CONFIG,
    build=build,
    expect="nothing paged: watched-account notes (info) only",
)
