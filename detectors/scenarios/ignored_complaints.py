"""Complaints nobody answers: an internet provider's support account over five days.

Ordinary chatter and complaints the support desk answers within its business hours
(Mon-Fri 09:00-18:00 Moscow), plus nine complaints, tweets and reviews, that are never
answered: the complainants come back a day later ("still waiting"), neighbours add "+1". A
complaint written on Friday evening or at the weekend only starts its clock on Monday at 09:00.
"""

from __future__ import annotations

from detectors.config import BusinessHours
from detectors.scenarios.chatter import Lines, Voice, chatter
from detectors.simulation import DAY, HOUR, MIN, Names, Scenario, Sim, daily_rate, deployment

TZ = "Europe/Moscow"
HOURS = {"tz": TZ, "days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00",
         "end": "18:00"}
NAMES = Names(ru=("ЛайтНет", "LightNet", "Лайт Нет", "лайтнет"),
              en=("LightNet", "LightNet", "Lightnet"))

VOICE = Voice(
    brand="lightnet",
    names=NAMES,
    official="lightnet_help",
    positive=Lines((
        "Подключили {b} на даче, 100 мегабит, пока всё стабильно 👍",
        "Мастер {b} пришёл вовремя, за полчаса всё настроил. Приятно",
        "После перехода на {b} наконец-то нормальный пинг в играх",
    ), (
        "{b} router works fine, speed is what they promised",
        "Switched to {b} last month, no complaints so far",
    )),
    neutral=Lines((
        "{b} поднимает тариф на 50 рублей с сентября",
        "Кто с {b} в Химках, как у вас скорость вечером?",
        "Думаю подключить {b} или оставить мобильный интернет, что посоветуете?",
        "У {b} теперь есть тариф с ТВ, 120 каналов",
        "Пришла смс от {b} про плановые работы ночью",
    ), (
        "Anyone on {b} in Khimki? How is the evening speed?",
        "{b} is adding a TV bundle, apparently",
    )),
    negative=Lines((
        "{b} опять лежит весь вечер, третий раз за неделю 😤",
        "Скорость у {b} вечером такая, что видео не грузится",
    ), (
        "{b} down again tonight, third time this week",
    )),
    complaints=Lines((
        "{h} третий день не работает интернет, заявка {n}, никто не перезванивает",
        "{h} списали абонентскую плату дважды за месяц, верните деньги",
        "{h} роутер от вас сломался через неделю, в поддержку не дозвониться",
        "{h} мастер не приехал, прождал весь день дома. Спасибо, очень удобно 😡",
    ), (
        "{h} I've been waiting {n} hours for a technician. Internet still doesn't work",
        "{h} you charged me twice this month. Please refund the second payment",
    )),
    answers=Lines((
        "Здравствуйте! Приносим извинения за неудобства. Напишите, пожалуйста, номер договора в "
        "личные сообщения, разберёмся.",
        "Добрый день! Извините за ожидание. Передали заявку инженерам, свяжемся с вами сегодня.",
        "Здравствуйте! Проверим списание и вернём деньги, если это ошибка. Напишите нам в лс.",
    ), (
        "Sorry about this! Please DM us your account number and we'll look into it today.",
        "Hi, we're sorry for the wait. We've passed your ticket to the engineers.",
    )),
    hours=BusinessHours(tz=TZ),
    sources=("vk", "x", "telegram", "forum", "vk"),
    en_share=0.15,
    mix=(0.25, 0.5, 0.25),
)

IGNORED = Lines((
    "{h} третий день не работает интернет, заявка {n}, никто не перезванивает",
    "{h} мастер не приехал, прождал весь день дома. Спасибо, очень удобно 😡",
    "{h} отключили интернет за неуплату, хотя я всё оплатил. Верните доступ, чек есть",
    "{h} роутер от вас сломался через неделю, в поддержку не дозвониться",
    "{b}, у вас интернет не работает каждый вечер с 20 до 23. {h} когда почините?",
), (
    "{h} I've been waiting five days for a technician. Internet still doesn't work",
    "{h} you charged me twice this month and nobody answers the phone. Refund please",
))
REVIEW = ("{b} — худший провайдер. Скорость в 10 раз ниже заявленной, поддержка не отвечает "
          "неделями, деньги списывают исправно. Не рекомендую.")
FOLLOW_UP = Lines((
    "Прошли сутки, ответа нет. {h} вы вообще читаете?",
    "Всё ещё жду ответа. Интернета как не было, так и нет",
    "{h} ау? Второй день тишина",
), (
    "Still no answer. {h} are you even reading this?",
))
ME_TOO = ("+1, у меня то же самое, {b} в Химках не работает с утра",
          "У соседей та же история с {b}, заявки висят неделями",
          "Тоже жду мастера {b} третий день")

# Hours after the start: the complaints nobody answers (one at night, one on a weekend when
# the scenario starts on a Monday).
UNANSWERED_AT = (3.5, 11.0, 20.0, 27.5, 38.0, 50.0, 61.0, 75.0, 88.0)

CONFIG = deployment([{
    "id": "lightnet",
    "name": "ЛайтНет",
    "language": "ru",
    "aliases": ["ЛайтНет", "LightNet", "Лайт Нет", "#лайтнет"],
    "official_accounts": [{"handle": "lightnet_help"}],
    "business_hours": HOURS,
    "complaints": {"sla": "4h"},
}])


def build(sim: Sim) -> None:
    desk = sim.person("ru", followers=12_000, verified=True, handle="lightnet_help",
                      name="ЛайтНет поддержка")
    chatter(sim, VOICE, lambda t: daily_rate(t, TZ, 0.25, weekend=0.8), sim.start, sim.end,
            complaint_share=0.25, answer=desk, answer_within=(10, 150))
    h = "@lightnet_help"
    for i, hours in enumerate(UNANSWERED_AT):
        t = sim.at(hours) + sim.rng.randrange(30 * MIN)
        lang = "en" if i % 4 == 3 else "ru"
        who = sim.person(lang)
        if i % 3 == 2:
            post = sim.post(t, who, sim.say((REVIEW,), NAMES, "ru"), source="reviews")
        else:
            post = sim.post(t, who, sim.say(IGNORED.en if lang == "en" else IGNORED.ru, NAMES,
                                            lang, h=h),
                            source=sim.pick(("x", "vk")), lang=lang, likes=sim.rng.randrange(9))
        for _ in range(sim.rng.randrange(0, 4)):
            sim.post(t + sim.rng.randrange(10 * MIN, 6 * HOUR), sim.person("ru"),
                     sim.say(ME_TOO, NAMES), source=post.source, reply_to=post)
        again = t + DAY + sim.rng.randrange(-3 * HOUR, 3 * HOUR)
        sim.post(again, who, sim.say(FOLLOW_UP.en if lang == "en" else FOLLOW_UP.ru, NAMES,
                                     lang, h=h),
                 source=post.source, lang=lang, reply_to=post)


SCENARIO = Scenario(
    name="ignored-complaints",
    summary="complaints to an internet provider's support account, never answered",
    duration_ms=5 * DAY,
    config=CONFIG,
    build=build,
    expect="complaint_sla per unanswered complaint: warning after 4 business hours, error "
           "after 18, critical after 45; answered complaints and weekend hours do not count",
)
