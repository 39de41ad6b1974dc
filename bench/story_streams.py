"""Streams for judging the story detector: a brand's ordinary negative chatter, a paraphrase
burst (one story told in many people's own words, RU and EN, typos, transliteration, few links),
and a chain-letter fake. The texts live in `StoryTexts`/`BackgroundTexts` sets: the DEV set
below was used while writing the content rules; bench/story_holdout.py holds a set written
after the rules were fixed, never used to change them.

Texts are templates: "[a|b|c]" picks one alternative, "{b}" is a form of the brand name,
"{in}" the brand after a preposition ("в «Вкусноделе»", "at Vkusnodel"), "{n}" a number.
Streams are built with detectors/simulation.Sim (people, posts, metric updates, seasonality),
so they are deterministic for a seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from detectors.simulation import HOUR, MIN, Names, Post, Sim, daily_rate, noisy

__all__ = ["DEV", "BackgroundTexts", "BrandTexts", "StoryTexts", "TextSet", "background",
           "burst", "chain_letter", "fill"]

_ALT = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True)
class BrandTexts:
    id: str
    config: dict[str, Any]
    names: Names
    ru_in: tuple[str, ...]  # "в «Вкусноделе»"
    en_in: tuple[str, ...]  # "at Vkusnodel"
    tz: str = "Europe/Moscow"


@dataclass(frozen=True)
class BackgroundTexts:
    negative_ru: tuple[str, ...]
    negative_en: tuple[str, ...]
    other_ru: tuple[str, ...]  # neutral and positive
    other_en: tuple[str, ...]
    replies_ru: tuple[str, ...]  # other people answering a complaint
    answers_ru: tuple[str, ...]  # the brand's desk
    answers_en: tuple[str, ...]


@dataclass(frozen=True)
class StoryTexts:
    name: str
    origin: str  # the first post (RU)
    ru: tuple[str, ...]  # retellings
    en: tuple[str, ...]
    translit: tuple[str, ...]  # Russian in Latin letters
    replies: tuple[str, ...]  # short replies to the first post
    fake: bool = False  # a chain letter: copies with edits, new tiny accounts


@dataclass(frozen=True)
class TextSet:
    brand: BrandTexts
    background: BackgroundTexts
    stories: tuple[StoryTexts, ...]


def fill(rng: random.Random, template: str, brand: BrandTexts, lang: str) -> str:
    text = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return text.format(b=brand.names.pick(rng, lang),
                       **{"in": rng.choice(brand.en_in if lang == "en" else brand.ru_in)},
                       n=str(rng.choice((15, 20, 30, 40, 45, 50, 70, 90, 120))))


def _say(sim: Sim, pool: Sequence[str], brand: BrandTexts, lang: str, typos: float) -> str:
    return noisy(sim.rng, fill(sim.rng, sim.pick(pool), brand, lang), typos)


# ------------------------------------------------------------------------------ streams
def background(sim: Sim, texts: TextSet, start: int, end: int, per_day: float = 2000.0,
               negative: float = 0.15, en_share: float = 0.25) -> list[Post]:
    """A brand's ordinary stream: `per_day` mentions with daily seasonality, `negative` of
    them complaints on everyday topics; some get replies (people, the desk), some grow."""
    brand, bg = texts.brand, texts.background
    peak = per_day / 1440 / 0.42  # daily_rate's shape averages ~0.42 of its peak
    posts: list[Post] = []
    for t in sim.arrivals(lambda t: daily_rate(t, brand.tz, peak), start, end):
        lang = "en" if sim.chance(en_share) else "ru"
        neg = sim.chance(negative)
        pool = (bg.negative_en if lang == "en" else bg.negative_ru) if neg else (
            bg.other_en if lang == "en" else bg.other_ru)
        who = sim.person(lang)
        source = sim.pick(("x", "vk", "telegram", "vk", "x", "reviews", "instagram"))
        p = sim.post(t, who, _say(sim, pool, brand, lang, 0.15), source=source, lang=lang,
                     likes=sim.rng.randrange(0, 15), views=sim.rng.randrange(20, 1500))
        posts.append(p)
        if neg and sim.chance(0.25):  # someone chimes in, the desk answers
            for _ in range(sim.rng.choice((1, 1, 2, 3))):
                sim.post(t + sim.rng.randrange(2 * MIN, 90 * MIN), sim.person("ru"),
                         _say(sim, bg.replies_ru, brand, "ru", 0.15), source=source,
                         reply_to=p, lang="ru")
            if sim.chance(0.6):
                desk = sim.person(lang, followers=30_000, verified=True,
                                  handle=brand.config["official_accounts"][0]["handle"])
                sim.post(t + sim.rng.randrange(10 * MIN, 120 * MIN), desk,
                         _say(sim, bg.answers_en if lang == "en" else bg.answers_ru, brand,
                              lang, 0.0), source=source, reply_to=p, lang=lang)
        if sim.chance(0.05):
            sim.grow(p, t, t + 6 * HOUR, 30 * MIN, {"likes": sim.rng.randrange(20, 400),
                                                     "views": sim.rng.randrange(2000, 30_000)})
    return posts


def burst(sim: Sim, texts: TextSet, story: StoryTexts, t0: int, first: int = 25,
          later: int = 60) -> list[Post]:
    """One story in people's own words: the first post, then `first` more within 30 minutes
    (RU 60 %, EN 25 %, transliterated 15 %; a few replies to the first post, a couple of
    links to it), then `later` more over two hours. The first post grows from ~900 to ~7,000
    views in its first half hour."""
    brand = texts.brand
    origin = sim.post(t0, sim.person("ru", followers=sim.rng.randrange(300, 2500)),
                      fill(sim.rng, story.origin, brand, "ru"), source="vk", views=900,
                      likes=12)
    sim.grow(origin, t0, t0 + 3 * HOUR, 5 * MIN, {"likes": 2_400, "reposts": 300,
                                                   "replies": 150, "views": 60_000},
             midpoint=0.35, steepness=5.0)
    posts = [origin]
    times = sim.rising(t0 + MIN, t0 + 30 * MIN, first, 1.3) + sim.fading(
        t0 + 30 * MIN, t0 + 150 * MIN, later, 1.5)
    for t in times:
        posts.append(_retell(sim, texts, story, origin, t))
    return posts


def _retell(sim: Sim, texts: TextSet, story: StoryTexts, origin: Post, t: int) -> Post:
    brand = texts.brand
    r = sim.rng.random()
    if r < 0.12:
        return sim.post(t, sim.person("ru"), _say(sim, story.replies, brand, "ru", 0.15),
                        source="vk", reply_to=origin, lang="ru")
    if r < 0.72:
        lang, pool, script = "ru", story.ru, "ru"
    elif r < 0.87:
        lang, pool, script = "en", story.en, "en"
    else:
        lang, pool, script = "ru", story.translit, "ru"
    text = _say(sim, pool, brand, "en" if script == "en" else lang, 0.3)
    if sim.chance(0.06):
        text = f"{text} {origin.url}"
    source = sim.pick(("x", "vk", "telegram", "x", "threads"))
    return sim.post(t, sim.person(lang), text, source=source, lang=lang,
                    likes=sim.rng.randrange(0, 60), views=sim.rng.randrange(30, 3000))


def chain_letter(sim: Sim, texts: TextSet, story: StoryTexts, t0: int) -> list[Post]:
    """A fake: a days-old account with a dozen followers posts it; copies (with edits, a
    greeting in front), retellings and an English version spread through new, tiny accounts,
    slowly for 20 minutes, then faster."""
    brand = texts.brand

    def tiny(lang: str = "ru") -> Any:
        return sim.person(lang, followers=int(sim.rng.paretovariate(1.3) * 6),
                          age_days=sim.rng.uniform(1, 25) if sim.chance(0.7) else None)

    letter = fill(sim.rng, story.origin, brand, "ru")
    origin = sim.post(t0, sim.person("ru", followers=12, age_days=3), letter,
                      source="telegram", views=25)
    posts = [origin]
    times = sim.rising(t0 + 2 * MIN, t0 + 25 * MIN, 8, 1.5) + sim.rising(
        t0 + 25 * MIN, t0 + 60 * MIN, 40, 1.5) + sim.fading(t0 + 60 * MIN, t0 + 180 * MIN, 150)
    for t in times:
        r = sim.rng.random()
        if r < 0.3:
            p = sim.post(t, tiny(), letter, source="telegram", repost=origin,
                         views=sim.rng.randrange(5, 300))
        elif r < 0.65:
            greeting = sim.pick(("Девочки, срочно! ", "Переслали из чата: ", "Внимание!!! ",
                                 "", "", "Мамы, читайте. "))
            p = sim.post(t, tiny(), greeting + noisy(sim.rng, letter, 0.5),
                         source=sim.pick(("telegram", "vk", "x")), lang="ru")
        elif r < 0.85:
            p = sim.post(t, tiny(), _say(sim, story.ru, brand, "ru", 0.3),
                         source=sim.pick(("vk", "x", "telegram")), lang="ru")
        elif r < 0.93:
            p = sim.post(t, tiny("en"), _say(sim, story.en, brand, "en", 0.2),
                         source=sim.pick(("x", "telegram")), lang="en")
        else:
            p = sim.post(t, tiny(), _say(sim, story.replies, brand, "ru", 0.2),
                         source=sim.pick(("vk", "x")), lang="ru")
        posts.append(p)
    return posts


# ------------------------------------------------------------------------------ DEV texts
_DEV_BRAND = BrandTexts(
    id="vkusnodel",
    config={
        "id": "vkusnodel", "name": "Вкуснодел", "language": "ru",
        "aliases": ["Вкуснодел", "Vkusnodel", "#вкуснодел"],
        "official_accounts": [{"handle": "vkusnodel_official"}],
        "business_hours": {"tz": "Europe/Moscow", "start": "09:00", "end": "21:00",
                           "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]},
    },
    names=Names(ru=("Вкуснодел", "Вкуснодел", "«Вкуснодел»", "#вкуснодел", "вкуснодел"),
                en=("Vkusnodel", "Vkusnodel", "#vkusnodel")),
    ru_in=("во «Вкусноделе»", "во Вкусноделе", "в Вкусноделе"),
    en_in=("at Vkusnodel", "at Vkusnodel", "in Vkusnodel"),
)

_DEV_BACKGROUND = BackgroundTexts(
    negative_ru=(
        "{b} [опять|снова|в очередной раз] [подняли|задрали] цены, [бургер|комбо|шаурма] уже по "
        "{n}0 рублей 😤",
        "Порции {in} [стали меньше|уменьшились|какие-то детские], а цена та же",
        "Заказал доставку {in}, [ждал|ждали] {n} минут, "
        "[всё остыло|картошка холодная|бургер холодный]",
        "Курьер {b} [опоздал|задержался] на {n} минут и [ещё нахамил|даже не извинился]",
        "[Привезли|Принесли] не тот заказ, [вместо курицы говядина|забыли соус|нет напитка]. "
        "{b}, ну как так",
        "Приложение {b} [опять|снова] [вылетает|зависает] при оплате 🙄",
        "[Не могу|Невозможно] [оплатить картой|войти в приложение|применить промокод] {in} "
        "[уже второй день|с утра]",
        "{in} на [Ленина|Тверской|Мира|вокзале] очередь [на полчаса|минут на {n}], касса одна",
        "Кассир {in} [нахамила|грубила|закатила глаза], [настроение испорчено|неприятно]",
        "Столы {in} [грязные|липкие], никто не убирает",
        "Картошка {in} [пересоленная|сырая внутри|какая-то старая], [не доел|выкинул]",
        "Бонусы {b} [сгорели|не начислились|пропали], поддержка [молчит|отвечает шаблонами]",
        "{b}, почему [закрыли|закрыт] ресторан на [Садовой|Пушкина|Гагарина]? Ходил туда каждый "
        "день",
        "Кофе {in} [стал хуже|какой-то горелый|невкусный], раньше было лучше",
        "Акция {b} [не работает|не сработала], на кассе говорят [не знаем|нет такой]",
        "Ждал заказ {in} {n} минут в зале, [ужас|кошмар|это уже перебор]",
        "В туалете {in} [нет бумаги|грязно|сломан замок], стыдно за вас",
        "Курица в бургере {b} [резиновая|пересушенная|холодная] 😒",
    ),
    negative_en=(
        "{b} [raised|hiked] prices again, a combo is now {n}0 rubles 😤",
        "Ordered delivery from {b}, waited {n} minutes, [fries were cold|everything was cold]",
        "{b} app [keeps crashing|freezes] at checkout, [so annoying|again]",
        "Wrong order [again|twice this week] {in}, [no sauce|missing drink|wrong burger]",
        "Queue {in} [on Tverskaya|at the station] was {n} minutes, one cashier",
        "The cashier {in} was [rude|so rude], [not coming back|ruined my lunch]",
        "{b} portions are [getting smaller|tiny now] and the price is the same",
        "My {b} bonus points [vanished|expired], support [ignores me|sends templates]",
        "Tables {in} were [filthy|sticky], nobody cleans",
        "Coffee {in} [tastes burnt|got worse], disappointed",
    ),
    other_ru=(
        "Обедали {in}, [бургер|шаурма|комбо] [норм|отличный|вкусный] 👍",
        "{b} открыл новый ресторан [у метро|на Ленина|в ТЦ], зайду",
        "Кто знает, {b} [работает ночью|есть доставка в Химки]?",
        "Новый [соус|десерт|кофе] {in} [зачёт|вкусный|попробуйте]",
        "Спасибо {b}, курьер [приехал быстро|был вежливый] ❤️",
        "Взяла детям комбо {in}, все довольны",
        "{b} запустил [акцию|кешбэк|новое меню], кто пробовал?",
    ),
    other_en=(
        "Lunch {in} today, [solid burger|great fries|good coffee] 👍",
        "Does {b} deliver to [Khimki|the airport]?",
        "{b} opened a new place [near the metro|downtown]",
        "Thanks {b}, the courier was [fast|polite]",
    ),
    replies_ru=(
        "У меня [так же|то же самое] было на прошлой неделе",
        "[Согласна|Согласен], стало хуже",
        "Напишите им в поддержку, [может|вдруг] вернут",
        "[Жесть|Ну такое]. Я туда больше не хожу",
        "А мне нормально привезли [вчера|сегодня]",
    ),
    answers_ru=(
        "Здравствуйте! Извините за неудобства. Напишите номер заказа в личные сообщения, "
        "разберёмся.",
        "Добрый день! Нам очень жаль. Передали информацию управляющему, свяжемся с вами.",
    ),
    answers_en=("Hi, sorry about that! Please DM us your order number and we'll sort it out.",),
)

_DEV_GUARD = StoryTexts(
    name="guard",
    origin=("Сегодня {in} на Садовой охранник вытолкал на улицу пожилую женщину. Она зашла "
            "погреться и попросила стакан воды. Всё сняли на видео. Это позор"),
    ru=(
        "[Охранник|Охрана|Секьюрити] {in} [вытолкал|выгнал|вышвырнул] "
        "[бабушку|пожилую женщину|пенсионерку] на [мороз|улицу]. [Позор|Бойкот|Стыдно]!",
        "{b}, вы серьёзно? Ваш охранник [выставил|выгнал] [старушку|бабушку] на улицу, она "
        "просто [хотела погреться|попросила воды]",
        "Видео из {b}: [охранник|охрана] [толкает|выталкивает] пожилую женщину за дверь. "
        "[Больше ни ногой|Бойкот {b}]",
        "[Бойкот|Позор] {b}! Пенсионерку [выгнали|вытолкали] на мороз за стакан воды",
        "Как можно [выгнать|вытолкать] [бабушку|пожилую женщину] на улицу в такой мороз? {b}, "
        "охранника уволить",
        "Посмотрела видео про охранника {in} и [бабушку|пенсионерку]. [Слов нет|Ужас|Мерзко]",
        "{b} молчит, а видео с [бабушкой|пожилой женщиной] и охранником уже везде",
        "Моя [бабушка|мама] тоже заходит погреться. [Страшно представить|Не могу смотреть]. {b}, "
        "позор",
    ),
    en=(
        "[A guard|Security|The bouncer] {in} [pushed|shoved|threw] an "
        "[elderly woman|old lady|old woman] out into the [cold|snow|street]. "
        "[Boycott {b}|Disgusting|Shameful]",
        "{b} security [kicked out|threw out] a [grandma|pensioner] who only "
        "[asked for water|wanted to warm up]. [Never again|Boycott]",
        "Watched the {b} video: the guard [drags|pushes] an [elderly|old] lady out the door. {b} "
        "should fire him",
        "Boycott {b}. Throwing a [grandmother|senior] out into the freezing cold is not security",
    ),
    translit=(
        "[ohrannik|okhrannik] v {b} [vygnal|vytolkal] [babushku|pensionerku] na [moroz|ulitsu], "
        "pozor",
        "boikot {b}, [ohrana|okhrana] [vygnala|vystavila] [babushku|pozhiluyu zhenshchinu]",
    ),
    replies=(
        "Какой ужас, [бабушку жалко|надеюсь, охранника уволят]",
        "Где это? Какой адрес?",
        "[Отписываюсь|Больше не хожу] в {b}",
        "Жесть 😡 Распространите",
    ),
)

_DEV_KIDS = StoryTexts(
    name="kids-party",
    origin=("Отмечали день рождения сына {in} на Мира, после детского меню у пятерых детей "
            "температура и рвота, двоих увезли на скорой. Администратор сказал, что это не их "
            "проблема"),
    ru=(
        "После праздника {in} [дети отравились|у детей отравление], "
        "[двое в больнице|скорую вызывали]. [Проверьте кухню|Куда смотрит Роспотребнадзор]",
        "{b}, вы [отравили|чуть не угробили] детей на дне рождения! [Рвота|Температура] у пятерых",
        "Детское меню {in} = [больница|скорая]. [Пятеро детей|Пять малышей] отравились на "
        "празднике",
        "Читаю про [отравление|отравившихся] детей {in} и [в шоке|не верю]. Администратор ещё и "
        "[нахамил родителям|сказал, что не их проблема]",
        "[Не водите|Не ведите] детей в {b}, после [дня рождения|праздника] отравились пятеро",
    ),
    en=(
        "[Five kids|Five children] got [food poisoning|sick] after a birthday party {in}, two "
        "[in hospital|taken by ambulance]",
        "{b} poisoned kids at a birthday party and the manager "
        "[said it's not their problem|blamed the parents]",
        "Do not take your children to {b}. [Vomiting|Fever] after the kids menu, ambulance called",
    ),
    translit=(
        "deti otravilis v {b} na dne rozhdeniya, [dvoe v bolnitse|skoraya priezzhala]",
    ),
    replies=(
        "Как дети сейчас?", "Пишите в Роспотребнадзор срочно", "Ужас, мы там тоже были в субботу",
    ),
)

_DEV_FAKE = StoryTexts(
    name="fake-meat",
    origin=("СРОЧНО!!! Во «Вкуснодел» привезли [просроченное|тухлое] мясо из Китая, на складе "
            "нашли [крыс|червей], 30 человек отравились. Не ешьте там и перешлите всем!!!"),
    ru=(
        "Говорят, {in} [тухлое|просроченное] мясо и крысы на складе, "
        "[люди отравились|30 отравившихся]. [Не ходите|Перешлите]",
        "В {b} опять [нашли что-то|проверка нашла крыс] на складе, мясо [просроченное|гнилое]. "
        "Не ешьте пока",
    ),
    en=(
        "URGENT: {b} is serving [expired|rotten] meat, rats found in the warehouse, 30 people "
        "[poisoned|sick]. Share!",
    ),
    translit=("{b} myaso prosrochennoe, krysy na sklade, ne eshte",),
    replies=(
        "Это правда про {b}? Мы вчера там ели 😱",
        "Кто-нибудь проверял? Похоже на фейк",
        "Ужас, у меня дети там обедали",
    ),
    fake=True,
)

DEV = TextSet(brand=_DEV_BRAND, background=_DEV_BACKGROUND,
              stories=(_DEV_GUARD, _DEV_KIDS, _DEV_FAKE))
