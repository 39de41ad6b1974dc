"""A guard throws an elderly woman out of a restaurant; a guest films it; the video goes viral.

A day of ordinary chatter (the baseline). Two hours into the live part a small VK account posts
the video; reposts, quotes and replies follow in Russian and English on VK, X and Telegram
(re-uploads carry the same video hash, quotes link the post), Telegram channels and a news site
pick it up, and the post's metric updates climb into millions of views within hours. The brand
apologises four and a half hours in.
"""

from __future__ import annotations

from detectors.scenarios.chatter import Lines, Voice, chatter
from detectors.simulation import HOUR, MIN, Names, Post, Scenario, Sim, daily_rate, deployment

TZ = "Europe/Moscow"
NAMES = Names(ru=("Сытый Гусь", "«Сытый Гусь»", "Сытый Гусь", "#сытыйгусь", "Sytyi Gus"),
              en=("Fat Goose", "Fat Goose", "Sytyi Gus", "#FatGoose"))
# Russian case forms used inside sentences ("в «Сытом Гусе»").
IN = ("в «Сытом Гусе»", "в Сытом Гусе", "в «Сытом гусе»")

VOICE = Voice(
    brand="sytygus",
    names=NAMES,
    official="sytygus_official",
    positive=Lines((
        "Обедали в {b}, утка с яблоками просто огонь 🔥",
        "{b} на Садовой — лучшие пельмени в районе, рекомендую",
        "Зашли погреться в {b}: чай с облепихой и блины, то что нужно ❤️",
        "Отмечали у мамы день рождения, {b} не подвёл, персонал внимательный",
        "Новое сезонное меню у {b} удалось, особенно щи 👍",
    ), (
        "{b} near the Arbat does the best pelmeni I've had in Moscow",
        "Had lunch at {b} today. Solid borscht, friendly staff, fair prices 👍",
        "{b} blini with sour cream are the highlight of my week",
    )),
    neutral=Lines((
        "Кто знает, {b} на Тверской работает после 23?",
        "Бизнес-ланч в {b} с 12 до 16, если кому надо",
        "{b} открывает ещё два ресторана в Казани, пишут в новостях",
        "Забронировала столик, {b}, суббота, 19:00. Посмотрим",
        "Есть у {b} доставка или только самовывоз?",
        "Рецепт на выходные: гусь с яблоками, сытый гусь — довольные гости",
    ), (
        "Is {b} open on Sunday mornings? Planning brunch",
        "{b} is opening a place near our office, will report back",
        "Booked a table at {b} for Friday",
    )),
    negative=Lines((
        "Ждали горячее 50 минут, официант забыл про заказ. {b}, ну как так 😒",
        "Цены в {b} подняли, а порции стали меньше. Грустно",
        "Суп в {b} сегодня был едва тёплый, не то что раньше",
    ), (
        "Waited 40 min for soup at {b}. Not coming back on a Friday night",
        "{b} raised prices again and the portions keep shrinking 🙄",
    )),
    en_share=0.25,
)

ORIGIN = ("Сегодня {in_} на Садовой охранник вытолкал на улицу пожилую женщину. Она зашла "
          "погреться и попросила стакан воды. Мы всё сняли на видео. Это позор 😡 #сытыйгусь")

REPOST_NOTES = (
    "Какой ужас.", "Не ходите туда больше!", "Бабушку на мороз?! Нелюди.",
    "Репост, пусть все увидят.", "Позорище.", "Это же чья-то мама 😢", "Слов нет 🤬",
    "Распространите, пожалуйста.",
)
QUOTES = Lines((
    "Охранник {b} выставил на мороз пенсионерку, которая просто хотела погреться. Видео уже "
    "везде. Позор 🤬",
    "Больше ни ногой в {b}. Видели, как там обращаются с пожилыми людьми? Отвратительно",
    "Бойкот {b}! Охранник толкнул бабушку, а администратор стоял и смотрел",
    "Я раньше любила {b}, но после этого видео всё. Стыдно за вас",
    "{b}, вы там совсем с ума сошли? Выгнать пожилую женщину на улицу в минус пятнадцать",
    "Посмотрите это видео и решите сами, хотите ли вы платить {b} свои деньги 😡",
    "Администрация {b} до сих пор молчит. Охранника уволить, извиниться публично!",
    "Моя бабушка тоже так заходит погреться. Страшно представить. {b}, позор",
    "Видео из {b} довело до слёз. Как можно так с человеком?",
    "Ну и сервис у {b}: пенсионерку вытолкали на улицу, зато пельмени по 900 рублей",
    "Отвратительное отношение к людям. {b}, надеюсь, вам это аукнется",
), (
    "A guard at {b} in Moscow shoved an elderly woman out into the freezing cold. All she "
    "asked for was a glass of water. Disgusting 🤬",
    "Watch this. This is how {b} treats a grandmother who came in to warm up. Never eating "
    "there again",
    "{b} needs to fire that guard and apologise publicly. Shameful",
    "Boycott {b}. Throwing an old lady out into the snow is not 'security', it's cruelty",
    "The {b} video is in every chat I'm in. Horrible way to treat people",
    "Cannot believe {b} thinks silence is an answer to this video 😡",
))
REPLIES = (
    "Какой кошмар, бабушку жалко 😢", "Где это? Какой адрес?", "Надеюсь, охранника уволят",
    "Ужас. Отписываюсь от {b}", "Напишите в {b}, пусть ответят публично", "Жесть 😡",
    "Тоже видела это видео у себя в ленте, {b} молчит",
)
CHANNEL = ("⚡️ В Москве охранник ресторана «Сытый Гусь» выгнал пенсионерку на мороз. Видео "
           "возмутило соцсети, сеть пока не комментирует")
NEWS = ("Сеть ресторанов «Сытый Гусь» проведёт проверку после видео с пожилой посетительницей "
        "на Садовой")
STATEMENT = ("Приносим извинения гостье и всем, кого задело это видео. Охранник отстранён от "
             "работы, мы связались с семьёй и проводим проверку. Сытый Гусь")
AFTER = Lines((
    "{b} извинились, но осадок остался",
    "Хорошо, что {b} хотя бы извинились. Посмотрим, что будет дальше",
    "Извинения {b} через пять часов после видео — это долго",
), (
    "{b} finally apologised. Took them long enough",
))

CONFIG = deployment([{
    "id": "sytygus",
    "name": "Сытый Гусь",
    "language": "ru",
    "aliases": ["Сытый Гусь", "Sytyi Gus", "Sytyy Gus", "Fat Goose", "#сытыйгусь",
                "#fatgoose"],
    "exclude": ["гусь с яблоками", "goose with apples"],
    "official_accounts": [{"handle": "sytygus_official"}],
    "business_hours": {"tz": TZ, "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                       "start": "10:00", "end": "22:00"},
}])

VIDEO = {"type": "video", "url": "https://vk.com/video-2178_456239017",
         "hash": "phash:9f3a6c1e77d20b45"}


def build(sim: Sim) -> None:
    chatter(sim, VOICE, lambda t: daily_rate(t, TZ, 1.6), sim.start, sim.end)
    t0 = sim.at(26.0)
    origin = sim.post(t0, sim.person("ru", followers=412, handle="marina_zhuk"),
                      ORIGIN.format(in_=sim.pick(IN)), source="vk", media=[VIDEO], likes=3,
                      views=40)
    sim.grow(origin, t0, t0 + 7 * HOUR, 10 * MIN,
             {"likes": 182_000, "reposts": 41_000, "replies": 9_400, "views": 7_400_000},
             midpoint=0.25, steepness=7.0)
    # Posts of the story: a trickle, a take-off, two hours at ~30 a minute, a long tail.
    times = (sim.rising(t0, t0 + 20 * MIN, 8) + sim.rising(t0 + 20 * MIN, t0 + 90 * MIN, 400, 2.0)
             + [t0 + 90 * MIN + i * 2 * HOUR // 3600 for i in range(3600)]
             + sim.fading(t0 + 210 * MIN, t0 + 8 * HOUR, 1200))
    for t in times:
        _spread(sim, origin, t)
    _carriers(sim, origin, t0)
    desk = sim.person("ru", followers=23_000, verified=True, handle="sytygus_official",
                      name="Сытый Гусь")
    sim.post(t0 + 270 * MIN, desk, STATEMENT, source="vk", likes=900, views=60_000)
    for t in sim.fading(t0 + 280 * MIN, t0 + 8 * HOUR, 60):
        lang = "en" if sim.chance(0.2) else "ru"
        sim.post(t, sim.person(lang), sim.say(AFTER.en if lang == "en" else AFTER.ru, NAMES,
                                              lang), source=sim.pick(("vk", "x")), lang=lang)


def _spread(sim: Sim, origin: Post, t: int) -> None:
    """One more post of the story: a repost, a quote with the video, or a reply."""
    r = sim.rng.random()
    if r < 0.4:  # VK repost: the note plus the reposted text
        note = sim.pick(REPOST_NOTES)
        sim.post(t, sim.person("ru"), f"{note}\n\n{origin.body['text']}", source="vk",
                 repost=origin, likes=sim.rng.randrange(0, 30))
        return
    if r < 0.85:
        lang = "en" if sim.chance(0.3) else "ru"
        text = sim.say(QUOTES.en if lang == "en" else QUOTES.ru, NAMES, lang)
        source = sim.pick(("x", "x", "telegram", "vk", "bluesky") if lang == "en"
                          else ("x", "telegram", "vk", "vk"))
        if source == "x" and sim.chance(0.5):
            text = f"{text} {origin.url}"
            media: list[dict[str, str]] = []
        else:
            media = [{**VIDEO, "url": ""}]
        sim.post(t, sim.person(lang), text, source=source, lang=lang, media=media,
                 likes=sim.rng.randrange(0, 400), views=sim.rng.randrange(50, 20_000))
        return
    sim.post(t, sim.person("ru"), sim.say(REPLIES, NAMES), source="vk", reply_to=origin,
             likes=sim.rng.randrange(0, 50))


def _carriers(sim: Sim, origin: Post, t0: int) -> None:
    """Big accounts that carry the story to millions: two channels, a blogger, a news site."""
    media = [{**VIDEO, "url": ""}]
    for delay, handle, followers in ((55, "moscow_now", 240_000), (100, "gorod_online", 410_000)):
        p = sim.post(t0 + delay * MIN, sim.person("ru", followers=followers, handle=handle,
                                                  name=handle.replace("_", " ").title()),
                     CHANNEL, source="telegram", media=media, views=5_000)
        sim.grow(p, p.created_ms, p.created_ms + 3 * HOUR, 15 * MIN,
                 {"views": followers * 2, "reposts": followers // 200})
    blog = sim.post(t0 + 130 * MIN, sim.person("en", followers=130_000, verified=True,
                                               handle="alexwalsh_moscow", name="Alex Walsh"),
                    f"{QUOTES.en[0].format(b='Fat Goose')} {origin.url}", source="x",
                    lang="en", likes=200, views=4_000)
    sim.grow(blog, blog.created_ms, blog.created_ms + 3 * HOUR, 15 * MIN,
             {"likes": 21_000, "reposts": 6_500, "views": 900_000})
    sim.post(t0 + 150 * MIN, sim.person("ru", followers=1_200_000, verified=True,
                                        handle="gazeta_metro", name="Газета Метро"),
             f"{NEWS} {origin.url}", source="news", views=30_000)


SCENARIO = Scenario(
    name="restaurant-guard",
    summary="a guard throws an elderly woman out; the video goes viral in RU and EN",
    duration_ms=34 * HOUR,
    config=CONFIG,
    build=build,
    expect="viral_story reaching critical; the volume and negative spikes it causes are "
           "inhibited by it",
    history_ms=24 * HOUR,
)
