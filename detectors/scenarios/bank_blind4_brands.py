"""Text bank `blind4`, the brands half: what people say about «Сочный Бургер», «Полюшко» and
«Волна», how their desks answer, reviews, the executives, influencers, and the brands' names in
their everyday sense (the storm and the five crises are in bank_blind4_events.py).

Written without reading the detectors, in its own phrasings: no template or vocabulary line
is shared with the other banks.

Vocabulary contract (what every key holds, so the events half can write around it; all Russian
values start lower case and end without punctuation unless they are emoji; the examples below
are this bank's own values):

Shared (VOCAB, ru and en):
- city: a city WITH its preposition, answering "where": «в Чебоксарах», «в Костроме»;
  en "in Tomsk".
- when: a time adverbial: «в пятницу после ночной смены», «в перерыве между созвонами»;
  en "during my lunch hour".
- who: a close person as a nominative subject, possessive included where natural, genders
  mixed (use it with present tense or no verb): «сестрёнка», «сосед по этажу», «моя
  начальница»; en "my housemate", "a guy on my team".
- lol: a laugh standing alone: «хахахах», «ору в голос»; en "lmaooo", "rofl".
- sigh: a resigned interjection standing alone: «эхх», «ну что поделать»; en "c'est la vie", "eh".
- n: a number in digits, 5 to 60, only numbers that take the genitive plural in Russian
  («{n} минут», «{n} дней», «{n}-й раз»; en «{n}th» is right too).
- e_pos, e_neg, e_meh: one to three emoji, positive / angry-sad / shrugging; never empty
  (write `[{e_neg}|]` where the emoji is optional).

Per brand (ru and en both). The crisis keys (fake_claim, gaffe_topic, ignored_issue, found_item
with found_short, guard_venue) are drawn once per crisis and stay the same in all its posts;
the other keys are drawn anew in every post. Mixed RU/EN templates use the ru values.
The crises' default brands: guard -> sochny, argue -> polyushko, ignored -> volna,
gaffe -> volna, fake -> sochny (the unit test fills every crisis template with sochny's slots,
so crisis templates use only keys sochny has: all of the crisis keys and the shared ones).
- good: a short full clause praising the product or service, no brand name:
  «сыр реально тянется», «крупа чистая, без мусора»; en "the fries actually had crunch".
- meh: a short full clause about something wrong, no brand name: «булка сухая как картон»,
  «звонки сбрасываются на полуслове»; en "they forgot the cheese". Many values.
- fake_claim (all three brands): the made-up scare, one complete clause in the present/future
  tense, no brand name, lower case, no final full stop; reads after «пишут, что ...» and after
  «{b}: ...»: «во фритюре масло не меняют по месяцу и доливают отработку»; en "they top up
  the fryer with month-old oil and never change it" (after "apparently").
- gaffe_topic (all three): whom/what the executive's careless post is about, a noun phrase
  after «про ...» (accusative) and en after "about ...": «студентов, которые заряжают
  телефоны в зале и ничего не заказывают»; en "students who charge their phones and order
  nothing". A post can be written «Скажу честно про {gaffe_topic}: ...».
- ignored_issue (all three): the one problem of the ignored complaints, a complete clause in
  the present tense, no brand name, no time span, no subject needed before it; reads after
  «{h} уже третий день ...» and alone: «не возвращают деньги за отменённый заказ»; en "the
  refund for my cancelled order still isn't back" (after "{h} day 3 and still: ...").
- found_item (sochny, polyushko): what the customer found, accusative = nominative, WITH where
  it was found, after «нашла ...»: «обломок зубочистки прямо в булке», «гвоздик прямо в пачке
  гречки»; en with its article: "a broken toothpick inside the bun".
- found_short (sochny, polyushko): the same object in one or two words, nominative =
  accusative, parallel to found_item (same index, same number of values): «обломок
  зубочистки», «гвоздик»; en without article: "toothpick", "nail" (write "the {found_short}").
- guard_venue (sochny, volna): the venue of the guard video, a "where" phrase WITH its
  preposition, no brand name («в {b_pre} {guard_venue}», «охранник {b_gen} {guard_venue}»):
  «на Кировском проспекте у цирка», «в ТЦ «Галактика» на фудкорте»; en "on Kirovsky
  Prospekt", "in the Galaktika mall".
- sochny dish: a menu item, nominative = accusative: «двойной смэш с беконом», «картофельные
  дольки»; en "loaded fries".
- sochny promo: an offer as a nominative noun phrase: «второй шейк за рубль».
- sochny spot: a restaurant's location, "where" with preposition: «у автовокзала»,
  «на фудкорте «Рио»»; en "by the train station".
- polyushko grain: a product as a nominative label: «ядрица в пакетиках», «пшено»; en
  "split red lentils".
- polyushko shop: where it was bought, with preposition: «в Монетке у остановки», «на
  Маркете с доставкой»; en "at the big Auchan".
- polyushko dish_home: what people cook from it, accusative after «сварила ...»: «пшённую
  кашу с тыквой», «гречку с говяжьей тушёнкой»; en "pumpkin millet porridge like my gran's".
- volna svc: a service, nominative = accusative: «режим модема», «автоплатёж»; en "the
  hotspot".
- volna tariff: a tariff name in quotes, not declined (the quotes are part of the value):
  ««Штиль»», ««Гольфстрим 20»»; en "Shtil".
- volna where: a place where reception matters, with preposition: «в электричке на
  перегоне до Сергиева Посада», «на балконе»; en "in the lift of my block".
- volna dn_head, dn_tail: the everyday negative «волна» (decoy_neg): dn_head agrees with the
  nominative «волна» («мощная», «свежая»), dn_tail is the genitive after it («сокращений»,
  «аномальной жары»): «{dn_head} волна {dn_tail}»; en around "wave" ("one more",
  "of job cuts").
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

T = Texts

# ------------------------------------------------------------------------------ shared vocabulary
_N = tuple(str(i) for i in (*range(5, 21), *range(25, 31), *range(35, 41), *range(45, 51),
                            *range(55, 61)))

VOCAB = Vocab(
    ru={
        "city": ("в Чебоксарах", "в Костроме", "в Йошкар-Оле", "в Стерлитамаке",
                 "в Сыктывкаре", "в Великом Новгороде", "в Набережных Челнах",
                 "в Электростали", "в Обнинске", "у нас в Кирове", "в Тамбове", "в Брянске",
                 "в Абакане", "в Сургуте", "в Петрозаводске", "в Зеленограде"),
        "when": ("в пятницу после ночной смены", "в перерыве между созвонами",
                 "в эту субботу часов в восемь",
                 "прям перед обедом", "в прошлый четверг", "с утреца", "намедни",
                 "вчера около шести", "утром по дороге на работу", "днём между парами",
                 "в воскресенье под вечер", "сегодня на бегу"),
        "who": ("сестрёнка", "сосед по этажу", "моя начальница", "коллега по смене", "тёща",
                "кум", "мой сын", "однокурсница", "напарник", "мой благоверный",
                "соседка по общаге", "младшая"),
        "lol": ("хахахах", "ору в голос", "пхпхпх", "ржу", "ахпхах", "кек", "хd", "аххаха"),
        "sigh": ("эхх", "ну что поделать", "вот так вот", "что ж", "охх", "нуу", "пфф",
                 "ну и фиг с ним"),
        "n": _N,
        "e_pos": ("😍", "🔥🔥", "👍", "😋", "❤️", "🤤", "🙌", "💯", "😊👌", "🥰", "✨",
                  "👏👏", "😎🔥"),
        "e_neg": ("😡", "🤬", "😤", "😠😠", "💩", "🤮", "😭", "👎", "😣", "🙄😡", "😒",
                  "🤢", "😩😩"),
        "e_meh": ("🤷", "🤷‍♀️", "😐", "🤔", "😶", "🫠", "🙃", "😑", "¯\\_(ツ)_/¯"),
    },
    en={
        "city": ("in Tomsk", "in Kostroma", "in Cheboksary", "in Surgut", "in Petrozavodsk",
                 "in Tambov", "back home in Oryol", "in Obninsk", "out in Zelenograd",
                 "in Syktyvkar"),
        "when": ("during my lunch hour", "last Thursday", "at 8am before work",
                 "late on Friday", "on Saturday night", "after the gym", "around 7pm",
                 "right before my shift"),
        "who": ("my housemate", "a guy on my team", "my dad", "the boss", "my fiancée",
                "our neighbour", "my eldest", "my little sis"),
        "lol": ("lmaooo", "rofl", "lolol", "haha", "hahaha", "im crying", "😂"),
        "sigh": ("c'est la vie", "eh", "sigh", "whatever", "ah well", "meh"),
        "n": _N,
        "e_pos": ("😍", "🔥", "👍👍", "😋", "❤️", "🙌", "💯", "😊", "🥳", "✨", "🤩"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤮", "😭", "😒", "🙄", "😩", "💀", "😠"),
        "e_meh": ("🤷", "😐", "🤔", "🫠", "🙃", "😑"),
    },
)

# ------------------------------------------------------------------------------ Сочный Бургер
_SOCHNY_VOCAB = Vocab(
    ru={
        "dish": ("чизбургер с халапеньо", "двойной смэш с беконом", "смэш-бургер",
                 "куриные крылышки баффало", "шейк с солёной карамелью и попкорном",
                 "ролл с курицей терияки",
                 "луковые кольца в кляре", "бургер с грибами и швейцарским сыром",
                 "комбо на двоих с двумя шейками",
                 "сырные палочки с клюквенным джемом", "детское комбо с игрушкой",
                 "чикен-бургер", "картофельные дольки",
                 "острый ролл с халапеньо", "фри с сырным соусом"),
        "spot": ("на Гагарина возле вокзала", "в ТЦ «Мега» на втором", "на фудкорте «Рио»",
                 "у метро Пролетарская", "на заправке у трассы", "на Советской напротив банка",
                 "у автовокзала", "в Пулково у гейтов", "на набережной у колеса обозрения",
                 "возле политеха",
                 "в «Ривьере» на третьем этаже", "на Московском проспекте"),
        "good": ("булка мягкая, как надо", "соус не жалеют", "фри хрустит",
                 "принесли минут за пять", "сыр реально тянется",
                 "мясо прожарено идеально", "порция огромная",
                 "на кассе вежливые и шустрые ребята", "в зале чисто",
                 "шейк густой, соломинка стоит", "котлета толстенная и прям горячая",
                 "салат внутри свежий и хрустит", "картошка золотистая и не жирная",
                 "заказ отдали быстрее, чем обещали", "бекон хрустит, как чипсы",
                 "соус острый, но в меру", "всё горячее, с пылу с жару",
                 "цены ниже, чем у больших сетей"),
        "meh": ("булка сухая как картон", "фри пересолили", "заказ собирали полчаса",
                "в пакет забыли положить соус", "котлета сырая посередине", "столы липкие",
                "кассир нахамил", "перепутали заказ и положили лук", "кола совсем без газа",
                "бургер развалился ещё на подносе", "приложение списало деньги два раза",
                "курьер ехал час с лишним", "сыр положить забыли",
                "в туалете не было ни бумаги, ни мыла", "терминал не работал, только наличка",
                "салат вялый и мокрый", "соуса на самом донышке", "шейк растаял в воду",
                "лук в бургере сырой и злой", "шейк отдаёт порошком", "чек пробили не тот",
                "в зале холодина", "музыка орёт так, что друг друга не слышно",
                "на кассе одна девочка на всю очередь"),
        "promo": ("второй шейк за рубль", "комбо за 299 по будням",
                  "бесплатная фри к любому заказу", "скидка 30% в приложении",
                  "счастливые часы с трёх до пяти", "бургер дня за полцены",
                  "двойные баллы по средам в приложении"),
        "guard_venue": ("на Кировском проспекте у цирка", "в ТЦ «Галактика» на фудкорте",
                        "у Центрального рынка", "на привокзальной площади"),
        "found_item": ("обломок зубочистки прямо в булке", "кусок плёнки под сыром",
                       "чёрный волос в соусе", "кусочек стекла в котлете",
                       "пластиковый колпачок в картошке фри"),
        "found_short": ("обломок зубочистки", "кусок плёнки", "волос", "кусочек стекла",
                        "колпачок"),
        "ignored_issue": ("не возвращают деньги за отменённый заказ",
                          "в приложении не приходит код для входа",
                          "курьеры не довозят напитки из заказа",
                          "не срабатывает промокод на день рождения"),
        "gaffe_topic": ("студентов, которые заряжают телефоны в зале и ничего не заказывают",
                        "школьников, которые берут одну картошку на пятерых и сидят до закрытия",
                        "мамочек с колясками, которые занимают ползала в час пик"),
        "fake_claim": ("во фритюре масло не меняют по месяцу и доливают отработку",
                       "на кухне травят тараканов прямо во время работы",
                       "в соус подмешивают технический жир, чтобы дольше стоял"),
    },
    en={
        "dish": ("double smash", "onion rings with ranch", "mozzarella sticks",
                 "chicken tortilla roll",
                 "salted caramel shake", "loaded fries", "buffalo wings",
                 "mushroom swiss burger", "kids box with the toy", "jalapeño cheeseburger"),
        "spot": ("by the train station", "at Pulkovo arrivals", "near my uni", "in the Mega mall",
                 "on the river embankment", "at the highway gas station", "by the bus terminal"),
        "good": ("the patty was juicy", "the fries actually had crunch", "staff were quick",
                 "the sauce is actually good", "the place was spotless",
                 "the shake was properly thick", "the bun was soft and fresh",
                 "everything came out hot",
                 "the bacon was actually crispy", "portions are huge",
                 "the staff smiled, imagine that"),
        "meh": ("the bun was stale", "they forgot the cheese", "the order took forever",
                "fries were soggy", "the table was sticky", "they got my order wrong again",
                "the cashier was rude", "the app charged me twice",
                "the patty was raw in the middle", "the cola was flat",
                "there was no sauce in the bag",
                "the shake tasted like powder", "the music was deafening",
                "one cashier was serving a huge queue", "the onions were raw and sharp"),
        "promo": ("free fries with any order", "30% off in the app",
                  "a 299 combo on weekdays", "a second shake for 1 ruble"),
        "guard_venue": ("on Kirovsky Prospekt", "in the Galaktika mall",
                        "by the central market"),
        "found_item": ("a broken toothpick inside the bun",
                       "a strip of cling film under the cheese",
                       "a long black hair in the sauce", "a sliver of glass in the patty",
                       "a plastic cap in the fries"),
        "found_short": ("toothpick", "cling film", "hair", "glass sliver", "plastic cap"),
        "ignored_issue": ("the refund for my cancelled order still isn't back",
                          "the app won't send me a login code",
                          "couriers keep leaving out the drinks"),
        "gaffe_topic": ("students who charge their phones and order nothing",
                        "school kids who split one order of fries five ways and stay till closing"),
        "fake_claim": ("they top up the fryer with month-old oil and never change it",
                       "they spray roach poison in the kitchen during opening hours",
                       "the sauce has industrial grease in it so it keeps longer"),
    },
)

SOCHNY = BrandTexts(
    vocab=_SOCHNY_VOCAB,
    positive=T(
        ru=(
            "[Зашла|Забежала|Заскочила] {when} в {b_acc} {spot}, взяла {dish}. [Честно, |]{good} "
            "{e_pos}",
            "{b} [снова|опять] [радует|не подвёл|в форме]: {good}[, и ещё {good}|] [{e_pos}|]",
            "Кто [бы|] [что|там что] ни говорил, а {dish} в {b_pre} — [лучшее в городе|топ за "
            "свои деньги|мой guilty pleasure]. {good}",
            "[Ну всё, я|Всё, я|Кажется, я] подсела на {dish} из {b_gen} {e_pos} {who} [уже "
            "смеётся|крутит пальцем у виска|тоже подсаживается]",
            "{city} открыли {b_acc} {spot}, [сходили|сгоняли] {when}[ всей семьёй|]. {good}, "
            "[вернёмся|придём ещё|пять из пяти] {e_pos}",
            "Неожиданно [годно|достойно|вкусно] в {b_pre}: {good}. [Не ожидала|Не ожидал|Вот прям "
            "зачёт]",
            "Если [вдруг|] [будете|окажетесь] {spot} — [берите|рекомендую] {dish}[ в {b_pre}|]. "
            "{good} {e_pos}",
            "Взял {dish} и {dish} по акции «{promo}»[, вышло копейки|, по цене одного обеда|]. "
            "{b}, [люблю|уважаю|вы лучшие] {e_pos}",
            "После [тренировки|смены|пар] только {b} [и спасает|и выручает]. {good}[, {good}|]",
            "[Даже|Вот даже] {who} [признаёт|говорит], что {dish} в {b_pre} [норм|огонь|получше "
            "домашнего]. {e_pos}",
        ),
        en=(
            "Grabbed the {dish} at {b} {spot} {when}. Honestly? {good} {e_pos}",
            "{b} [never misses|is on a roll lately|came through again]: {good}[ and {good}|]",
            "ok {b} {dish} might be the best thing i ate this week. {good} {e_pos}",
            "Took {who} to {b} {when}, {good}. [We'll be back|10/10|No notes] {e_pos}",
            "{b} with {promo}? [say less|yes please|instant order]. {good}",
            "[Low key|Lowkey|Not gonna lie,] {b} {spot} [slaps|hits different] at night. {good} "
            "{e_pos}",
            "Underrated: the {dish} from {b}. {good}, [cheap too|big portion|fast service]",
        ),
        mixed=(
            "{b} сегодня [реально|прям] on point: {good} {e_pos}",
            "Взяла {dish} в {b_pre}, и это [a whole vibe|my comfort food now|chef's kiss] {e_pos}",
            "Okay, {b} {spot} [ну прям|вообще] [приятно удивил|зачёт], {good}",
            "[Best|Лучший] late night snack {city} — {dish} из {b_gen}, {good}",
        ),
    ),
    neutral=T(
        ru=(
            "Кто-нибудь знает, {b} {spot} [до скольки|во сколько закрывается|работает] [сегодня|в "
            "выходные]?",
            "[Зашёл|Зашли] в {b_acc} {when}, взял {dish}. [Обычный|Стандартный] [фастфуд|бургер], "
            "[ничего особенного|как везде]",
            "У {b_gen} [теперь|новая акция:] {promo}, [кто пробовал?|стоит идти?|норм вообще?]",
            "В {b_pre} {spot} [сделали ремонт|поставили терминалы|переставили столы][, теперь |. "
            "][светлее|тише|по-другому]",
            "[Смотрю|Листаю] меню {b_gen}: {dish} теперь дороже рублей на {n}. [Ну "
            "такое|Инфляция|{sigh}]",
            "Сидим в {b_pre}: {who} берёт {dish}, я {dish}. [Ждём|Едим], [болтаем|смотрим сериал]",
            "[Интересно|Любопытно], {b} — это франшиза или [своя сеть|одна компания]?",
            "В {b_pre} {spot} [очередь|народу] человек {n} {when}. [Обед, понятно|Студенты, "
            "видимо|Ну, выходные]",
            "[Есть|Работает] ли [доставка|самовывоз] {b_gen} {city}? В приложении [что-то|] не "
            "вижу",
            "[Чек|Заказ] в {b_pre}: {dish}, {dish}, вода. [Итого|Вышло] рублей {n}0 {e_meh}",
            "[Кстати|Между прочим], в {b_pre} теперь [можно|дают] [заказать|взять] {dish} без "
            "[булки|лука|соуса]",
        ),
        en=(
            "Does anyone know if {b} {spot} is open late {when}?",
            "Had the {dish} at {b} {when}. [It's fine|Standard fast food|Nothing special], [does "
            "the job|filling enough]",
            "{b} is doing {promo} now, [anyone tried it?|worth it?|thoughts?]",
            "Is {b} a franchise or [one company|a single chain]? [Curious|Just wondering]",
            "{b} {spot} [got renovated|has kiosks now|moved the counter], [looks different|took "
            "me a sec to find the queue]",
            "[Ordered|Got] the {dish} and the {dish} from {b}, ~{n}0 rubles. [Normal prices I "
            "guess|ok] {e_meh}",
            "{who} keeps saying {b} is better than the big chains. [Jury's still out|Not sure yet]",
            "Queue at {b} {spot} was about {n} people {when}. [Lunch rush I guess|Students "
            "everywhere]",
            "Does {b} deliver {city} or only pickup?",
        ),
        mixed=(
            "{b} {spot} — [opening hours|часы работы] [кто знает|anyone]?",
            "Взял {dish} в {b_pre}, [kinda average|so-so], [обычный|стандартный] fast food",
            "{b} new promo: {promo}, [кто уже|has anyone] [пробовал|tried]?",
        ),
    ),
    negative=T(
        ru=(
            "[Больше|Ноги моей больше] не [пойду|зайду] в {b_acc} {spot}: {meh}, [а ещё|плюс] "
            "{meh} {e_neg}",
            "{b}, [ну как так|вы серьёзно|что у вас происходит]? {meh}. [Деньги на ветер|Обидно "
            "за {n}0 рублей|Неприятно]",
            "Заказал {when} {dish} в {b_pre}. Итог: {meh}[ и {meh}|]. {sigh}",
            "[Раньше|Год назад] {b} был [норм|нормальным|вполне], а сейчас {meh}[, {meh}|] {e_neg}",
            "Ждала {dish} {n} минут, [в итоге|а в итоге] {meh}. [Спасибо|Спасибочки], {b} {e_neg}",
            "[Самое|Худшее] [разочарование недели|что я ела за месяц] — {dish} из {b_gen}. {meh}",
            "{who} [второй день мается животом|до сих пор лежит с отравлением] после {b_gen}[ "
            "{spot}|], [совпадение?|ну приехали] {e_neg}",
            "В {b_pre} {spot} [опять|снова] {meh}. Сколько можно[?|, а?]",
            "[Не|Никому не] [советую|рекомендую] {b_acc} {city}: {meh}[, а персоналу всё равно|. "
            "Менеджер только плечами пожал|]",
            "{b} [сдал|испортился|скатился]. {dish}? {meh}. [Вывод ясен|Минус один клиент], {sigh}",
            "[Поймал себя на мысли|Понял], что [каждый|каждый второй] раз в {b_pre} {meh}. Хватит "
            "[с меня|]",
        ),
        en=(
            "[Never again|Done with] {b} {spot}: {meh}, [and|plus] {meh} {e_neg}",
            "{b} what happened? {meh}. [Waste of money|Not okay|Seriously]",
            "Ordered the {dish} from {b} {when}. Result: {meh}[ and {meh}|] {e_neg}",
            "Used to like {b} but lately {meh}[, {meh}|]. {sigh}",
            "Waited {n} minutes at {b} for this? {meh} {e_neg}",
            "{who} got sick after {b} {spot}. [Just saying|Coincidence? idk] {e_neg}",
            "[Avoid|Skip] {b} {city}. {meh}, [staff didn't care|nobody apologised|manager "
            "shrugged]",
            "Every time i give {b} another chance, {meh}. [I'm out|Lesson learned] {e_neg}",
        ),
        mixed=(
            "{b} [опять|снова] [disappointed me|fail]: {meh} {e_neg}",
            "Ну [seriously|really], {b}? {meh}, [деньги на ветер|never again]",
            "{dish} из {b_gen} [was a mess|это жесть]: {meh}",
        ),
    ),
    question=T(
        ru=(
            "{h} [здравствуйте|добрый день], {promo} — это [во всех ресторанах|и {spot} тоже]?",
            "{h} [подскажите|скажите], {dish} — [есть ли там|что в составе,] "
            "[глютен|свинина|орехи]?",
            "{h} [до скольки|во сколько] работает [ресторан|точка] {spot} [в праздники|в "
            "выходные|сегодня]?",
            "{h} [а можно|можно ли] [заказать|забронировать] [столик|зал] на день рождения {city}?",
            "{h} где [в приложении|на сайте] [посмотреть|найти] [баллы|историю заказов|промокоды]?",
            "{h} вы [открываетесь|планируете открыться] {city}? [Очень ждём|Ждём всем офисом]",
            "{h} [а|] {dish} в меню [вернут|вернёте]? [Пропало куда-то|Нигде не вижу]",
        ),
        en=(
            "{h} hi, is {promo} valid {spot}?",
            "{h} does the {dish} have [gluten|pork|nuts] in it?",
            "{h} what time does the place {spot} close [today|on Sunday]?",
            "{h} any plans to open {city}?",
            "{h} will you ever bring back the {dish}?",
        ),
    ),
    complaint=T(
        ru=(
            "{h} [заказ|заказ в приложении] №{n}{n} [так и не привезли|потерялся|ехал {n} минут и "
            "приехал холодным]. [Что делать?|Верните деньги|Ответьте уже]",
            "{h} {when} в ресторане {spot} {meh}. [Разберитесь, пожалуйста|Так быть не должно|Это "
            "норма у вас?]",
            "{h} [вы|] [списали|сняли] деньги [дважды|два раза] за один заказ. [Верните|Жду "
            "возврат], [пожалуйста|срочно]",
            "{h} [заказала|взяла] {dish}: {meh}. [Фото приложила|Чек сохранила|Фото в комментах]",
            "{h} [почему|с какого перепугу] {promo} [не работает|не применяется] на кассе? "
            "[Кассир разводит руками|Сказали «не знаем»]",
            "{h} [курьер|доставщик] [нагрубил|бросил пакет у двери и ушёл|перепутал адрес]. "
            "{e_neg}",
            "{h} третий [раз|заказ] подряд {meh}. [Может, уже сделаете что-то?|Вы вообще "
            "контролируете кухни?]",
            "{h} [сидим|стоим] {spot}, [зал закрыт|касса закрыта] в рабочее время. [Как так?|Где "
            "люди?]",
            "{h} [в зале|{spot}] [воняет|пахнет] [горелым|хлоркой] так, что есть невозможно. "
            "[Сделайте что-нибудь|Кто за это отвечает?]",
        ),
        en=(
            "{h} my order #{n}{n} [never arrived|took {n} minutes and came cold]. [Refund "
            "please|What now?]",
            "{h} {meh} at the place {spot} {when}. [Not acceptable|Please sort it out]",
            "{h} you charged me twice for one order. [Please refund|Need this fixed]",
            "{h} the {dish} was a disaster: {meh} {e_neg}",
            "{h} why doesn't {promo} work at the counter? [Staff had no idea|Nobody could explain]",
            "{h} [your courier|the delivery guy] [was rude|left the bag on the floor|went to the "
            "wrong address]",
            "{h} third time in a row: {meh}. [Do you even check?|Come on]",
            "{h} the place {spot} is closed during opening hours?? [We're standing outside|Nobody "
            "here]",
            "{h} [the hall|your restaurant] {spot} [stinks of bleach|smells burnt], couldn't even "
            "eat there",
        ),
    ),
    comment=T(
        ru=(
            "[А|] {dish} [когда вернёте|вернёте в меню]? [Скучаю|Жду]",
            "[Огонь|Класс|Наконец-то] {e_pos} [завтра же|сегодня же] [иду|бегу]",
            "[А|] {city} [когда|будет]? [Ждём|Сколько можно ждать]",
            "[Лучше бы|Вы бы лучше] [булки свежие завозили|за чистотой следили|курьеров "
            "нормальных наняли] {e_neg}",
            "{who} [уже|первым делом] кидает мне этот пост {lol}",
            "Это [действует|будет работать] {spot}?",
            "[Хм|Хмм], а [цены|порции] [какие|те же]? {e_meh}",
            "[Взяла|Попробовала] {when}, {good} {e_pos}",
        ),
        en=(
            "[Finally|Yes!] {e_pos} going [tomorrow|tonight]",
            "Does this work {spot}?",
            "Bring back the {dish} [please|pls]",
            "Tried it {when}: {good}",
        ),
    ),
    reply=T(
        ru=(
            "[Согласна|Согласен|Плюсую], {good}",
            "У меня [ровно наоборот|по-другому]: {meh}",
            "[Это|Такое] {spot}? [Там|У них] [всегда|вечно] [так|беда с этим]",
            "[Ха|Хах], {who} [тоже|постоянно] туда ходит[, говорит, {good}|, говорит, {meh}|]",
            "[Попробуй|Возьми] в следующий раз {dish}, [он норм|там всё ок|не пожалеешь]",
            "А [я|мы] [бросили|перестали] туда ходить [ещё год назад|после ремонта]. {sigh}",
            "{lol} [узнаю {b_acc}|до боли знакомо]",
            "Пиши {h}, [они отвечают|мне вернули деньги|мне хоть ответили]",
            "[Ну|Да ну], [зажрались|придираешься]. [За такие деньги|Это фастфуд], [чего ты "
            "ждал|нормально]",
            "[Ого|Оу], {b} {city} [тоже есть?|уже открыли?]",
        ),
        en=(
            "[Same here|Fully agree], {good}[ for me too|]",
            "Opposite for me: {meh}",
            "Try the {dish} next time, [it's decent|you won't regret it]",
            "{lol} the one {spot}? [always like that|figures]",
            "Tag {h}, they [refunded me|answered me at least]",
            "It's fast food, [what did you expect|lower your standards] {lol}",
        ),
    ),
    answer=T(
        ru=(
            "[Здравствуйте|Добрый день]! [Очень жаль|Нам очень неприятно], что так "
            "[вышло|получилось]. [Напишите|Отправьте], пожалуйста, номер заказа в личные "
            "сообщения — [разберёмся|всё проверим] [сегодня же|в течение дня]",
            "Спасибо, что [написали|сообщили]! Передали [информацию|ваш отзыв] управляющему "
            "ресторана, [он свяжется с вами|с вами свяжутся] [в ближайшее время|сегодня]",
            "[Добрый день|Здравствуйте]! [Приносим извинения|Извините нас] за "
            "[ожидание|неудобства]. Деньги вернутся на карту в течение [трёх|пяти] рабочих дней",
            "Здравствуйте! [Акция|Предложение] [действует|работает] во всех ресторанах сети, "
            "кроме [аэропортов и вокзалов|точек на заправках]. Хорошего [дня|вечера]!",
            "[Благодарим|Спасибо] за [вопрос|обращение]! [Полный состав и аллергены|Вся "
            "информация о составе] есть в приложении в карточке [блюда|товара]",
            "[Ой|Нам очень жаль]. [Мы уже|Уже] [разбираемся с рестораном|передали это в отдел "
            "качества]. [Напишите|Оставьте], пожалуйста, телефон в личку, чтобы мы [вернули "
            "деньги|начислили компенсацию баллами]",
            "Здравствуйте! Время работы [каждого ресторана|ресторанов] [можно посмотреть|указано] "
            "в приложении и на карте на сайте. Приятного аппетита!",
            "[Спасибо, что|Хорошо, что] [рассказали|дали знать]. Такого быть не должно — "
            "[проведём проверку|поговорим с командой смены] и вернёмся с ответом",
        ),
        en=(
            "Hi! We're really sorry about this. Please DM us your order number and we'll sort it "
            "out today",
            "Thanks for letting us know! We've passed this on to the restaurant manager, they'll "
            "be in touch",
            "Hello! Sorry for the trouble. The refund will reach your card within [3-5|5] "
            "business days",
            "Hi! The offer works in all our restaurants except airports and stations. Enjoy!",
            "Thank you for your question! Full ingredients and allergens are listed in the app",
        ),
    ),
    thanks=T(
        ru=(
            "[Спасибо|Спасибки], [вернули|всё вернули|пришло]! [Приятно|Оперативно] {e_pos}",
            "О, [ответили|связались] [быстро|за час], [ценю|уважаю]. [Вопрос закрыт|Всё решили]",
            "[Благодарю|Спасибо большое], [баллы начислили|компенсацию получила]. [Мир|Не держу "
            "зла] {e_pos}",
            "[Ну вот|Вот], можете же, когда хотите. Спасибо",
            "[Ок|Окей], [поняла|понял], спасибо за [ответ|инфу]!",
        ),
        en=(
            "Got the refund, thanks! {e_pos}",
            "Appreciate the quick reply, all sorted",
            "Ok thank you, [that helps|good to know]!",
        ),
    ),
    still_broken=T(
        ru=(
            "[Написала|Написал] в личку {when}, [до сих пор тишина|никто не ответил]. {e_neg}",
            "[Деньги так и не пришли|Денег так и нет], хотя [обещали|писали] «три дня». Прошло "
            "уже {n}",
            "[Управляющий|Менеджер] [так и не позвонил|не перезвонил]. [Отписка какая-то|Спасибо "
            "за ничего]",
            "Какой [смысл в ваших|толк от ваших] «разберёмся», если [опять|снова] {meh}?",
            "[Уже второй|Уже {n}-й] раз пишу. [Отвечаете шаблоном|Копипаста], а проблема "
            "[висит|та же]",
        ),
        en=(
            "DM'd you {when}, still no reply {e_neg}",
            "Still no refund. It's been {n} days",
            "Same copy-paste answer and [nothing's fixed|still broken]",
        ),
    ),
    review_pos=T(
        ru=(
            "[Хорошее место|Отличное место|Приятное место] {spot}. {good}, {good}. "
            "[Рекомендую|Советую|Пять звёзд]",
            "[Ходим|Заходим] сюда [всей семьёй|с детьми|с коллегами] [по пятницам|пару раз в "
            "месяц]. {dish} тут [всегда|стабильно] на уровне, {good}",
            "Брала {dish} и {dish}. {good}. [Цены адекватные|Чек на двоих около тысячи]. "
            "[Вернусь|Приду ещё]",
            "[Быстро, чисто, вкусно|Чисто и быстро]. {good}. [Минус звезда за "
            "парковку|Единственное — очередь в обед|Шумновато, но это мелочь]",
            "Лучший фастфуд {city}[, серьёзно|, без шуток]. {good} {e_pos}",
            "Заказывали доставку [в офис|домой] на {n} человек, привезли [вовремя|раньше срока], "
            "{good}",
            "Заглянула [после кино|по пути домой|с ребёнком]. {good}[, {good}|]. [Твёрдая "
            "пятёрка|Всё понравилось]",
        ),
        en=(
            "[Great spot|Nice place] {spot}. {good}, {good}. [Recommend|5 stars]",
            "Ordered the {dish} and the {dish}. {good}. [Fair prices|Good value]",
            "Best fast food {city}, {good} {e_pos}",
            "Quick, clean and tasty. {good}. Only downside: [parking|queues at lunch]",
        ),
    ),
    review_neg=T(
        ru=(
            "[Ужасное обслуживание|Отвратительный сервис|Разочарование] {spot}. {meh}, {meh}. [Не "
            "советую|Больше не приду]",
            "Заказывала {dish}: {meh}. [На просьбу переделать|На замечание] [закатили "
            "глаза|ответили «у нас так»]. [Единица|Одна звезда и то много]",
            "[Была|Были] {when}. {meh}[, ещё и {meh}|]. [Персонал|Менеджер] [ноль внимания|сидит "
            "в телефоне]",
            "Доставка [шла|ехала] {n} минут, {meh}. [Деньги вернуть отказались|Поддержка молчит]",
            "[Раньше ставила пять|Когда-то любила это место], теперь {meh}. [Жаль|Обидно]",
            "[Грязно|Неуютно], {meh}, [в углу|на полу] [мусор|разлитая кола]. [Санитарная "
            "проверка плачет|Куда смотрит руководство]",
            "{dish} [за такие деньги|за {n}0 рублей] — [издевательство|смешно]. {meh}",
            "[Ребёнку|Детям] [взяли|заказали] детский набор, {meh}. [Игрушки не было|Сок "
            "просроченный]. [Не берите|Минус]",
        ),
        en=(
            "[Awful|Terrible] service {spot}. {meh}, {meh}. [Won't come back|Avoid]",
            "Ordered the {dish}: {meh}. Staff [didn't care|rolled their eyes]. 1 star",
            "Delivery took {n} minutes and {meh}. [No refund|Support ignored me]",
            "Used to love this place, now {meh} {e_neg}",
            "Dirty [tables|floor], {meh}. [Management?|Who runs this place]",
            "The {dish} for that price? {meh}. [Rip-off|Not worth it]",
            "Came {when} with {who}: {meh}, and the staff just shrugged",
        ),
    ),
    review_answer=T(
        ru=(
            "[Здравствуйте|Добрый день]! [Спасибо за отзыв|Благодарим за обратную связь]. Нам "
            "[очень|] жаль, что визит [испортил впечатление|оставил неприятный осадок]. "
            "[Передали|Отправили] ваш отзыв управляющему, [проведём беседу с командой|примем "
            "меры]",
            "[Здравствуйте|Добрый день]! Приносим извинения за [долгое ожидание|ошибку в "
            "заказе|неудобства]. Напишите нам [на почту поддержки|в чат в приложении], "
            "пожалуйста, — [вернём деньги|начислим компенсацию]",
            "Спасибо, что [нашли время написать|поделились]. [Мы уже|Уже] [разбираемся|проверяем "
            "ситуацию] с рестораном и [надеемся|будем рады] увидеть вас снова",
            "[Здравствуйте|Добрый день]. Такого не должно было [случиться|произойти], "
            "[простите|извините] нас. Информация передана в отдел качества",
            "Очень неприятно читать [такое|ваш отзыв]. [Свяжитесь с нами|Напишите нам], "
            "пожалуйста, по телефону горячей линии — [всё решим|во всём разберёмся]",
        ),
        en=(
            "Hello! Thank you for the feedback. We're sorry your visit went this way and have "
            "passed it on to the manager",
            "Hi, we apologise for the [wait|mistake]. Please contact support in the app and we'll "
            "make it right",
        ),
    ),
    review_thanks=T(
        ru=(
            "[Спасибо|Благодарим] за [тёплый|добрый] отзыв! [Ждём вас снова|Приходите ещё] {e_pos}",
            "[Как приятно|Приятно] читать! Передадим [команде|ребятам на смене] ваши слова",
            "Спасибо [большое|], что выбираете нас! [Хорошего дня|Приятного аппетита]",
        ),
        en=(
            "Thank you for the kind words! See you again {e_pos}",
            "So glad you enjoyed it, we'll pass it on to the team!",
        ),
    ),
    review_dispute=T(
        ru=(
            "Здравствуйте. Мы проверили [записи камер|данные по заказу] за этот день: заказ выдан "
            "[полностью|вовремя], [претензий на месте не поступало|время ожидания — {n} минут]. "
            "[Если у вас есть чек|Если есть фото], пришлите, пожалуйста, [в поддержку|нам]",
            "Добрый день. По [нашим данным|системе] заказ с таким [номером|временем] в этом "
            "ресторане не [оформлялся|пробивался]. Уточните, пожалуйста, [адрес|дату] визита",
            "Здравствуйте. [Состав|Граммовка] блюда [соответствует|полностью соответствует] "
            "техкарте, [котлета|мясо] [прожаривается до 75 градусов|проходит контроль "
            "температуры]. [Возможно, произошло недоразумение|Готовы обсудить детали в личке]",
        ),
    ),
    official_post=T(
        ru=(
            "Новость [дня|недели|]: {promo}! [Только в приложении|Во всех ресторанах] до [конца "
            "месяца|воскресенья] {e_pos}",
            "[Встречайте|Знакомьтесь]: {dish} [в обновлённом рецепте|теперь в меню|снова в меню]. "
            "[Пробуйте и пишите|Ждём ваших отзывов] в комментариях!",
            "[Мы открылись|Открылись] {spot} {city}! [Первым гостям|В день открытия] — {promo}",
            "[Пятница|Выходные] — [повод|отличный повод] взять {dish} {e_pos} [А у нас как "
            "раз|Кстати, сейчас идёт акция:] {promo}",
            "[Наши|Все наши] повара [прошли|проходят] [новое обучение|аттестацию] — теперь {dish} "
            "[готовим|собираем] [ещё быстрее|по новому стандарту]",
            "[Розыгрыш|Конкурс]! [Сделайте репост|Отметьте друга] и [выиграйте|получите шанс "
            "выиграть] {dish} на месяц. Итоги в [понедельник|пятницу]",
            "[Режим работы|График] в праздники: рестораны {city} [работают|открыты] до "
            "[полуночи|двух ночи]. [Ждём|Приходите]!",
            "Вы [просили|спрашивали] — мы сделали: [вегетарианская котлета|безглютеновая "
            "булка|кето-меню] теперь [в каждом ресторане|в меню]. Пишите, как вам",
        ),
    ),
    exec_post=T(
        ru=(
            "[Утром|Сегодня] [объехал|обошёл] [пять|{n}] наших ресторанов {city}. [Впечатления "
            "хорошие|Есть что подтянуть], [особенно|в первую очередь] [скорость на кассе|чистота "
            "залов]",
            "Делюсь [цифрами|итогами] [месяца|квартала]: [выручка выросла|трафик вырос] на {n}%, "
            "[открыли|запустили] [три|две] новые точки. [Спасибо команде|Команда — огонь]",
            "[Много думаю|Думаю в последнее время] о том, [как удержать цены|как растить людей "
            "изнутри]. [Поделитесь|Напишите], [что для вас важнее|как у вас это устроено]",
            "[Провели|Был на] стратсессии с [управляющими|франчайзи]. [Главный вывод|Вывод]: "
            "[гость не ждёт больше семи минут|сервис важнее акций]. Будем [менять "
            "процессы|работать]",
            "Выступил на [форуме ресторанного бизнеса|отраслевой конференции] {city}. [Тема|Тема "
            "доклада] — [франшиза в регионах|автоматизация кухни]",
            "Попробовал [с шефом|на кухне-лаборатории] новинку: {dish}. [Честно|Скажу так] — [в "
            "меню пойдёт|есть над чем работать]",
            "[Ищем|Нанимаем] [директора по качеству|региональных управляющих]. [Если вы из "
            "ресторанки|Если знаете сильных людей] — пишите",
            "[Суббота|Воскресенье], [отстоял смену на кассе|поработал на сборке]. [Лучший способ "
            "понять гостя|Очень рекомендую всем руководителям]",
            "[Коротко|Кратко] о планах: [к лету|до конца года] [хотим|планируем] {n} [новых "
            "ресторанов|точек] и [своё производство булок|новое приложение]",
            "[Читаю|Дочитал] книгу [про Toyota way|про культуру сервиса]. [Много мыслей|Много "
            "аналогий] с [нашей кухней|фастфудом]",
        ),
    ),
    influencer_pos=T(
        ru=(
            "[Проверил|Протестировал] {b_acc} [честно|за свои деньги]: {dish}, {dish}. {good}, "
            "{good}. [Вердикт|Итог]: [8 из 10|твёрдая четвёрка] {e_pos}",
            "[Ребята|Друзья], [новый выпуск|новое видео] — [обошёл|сравнил] все бургерные {city}. "
            "[Победил|Лучший] {b} [{spot}|], {good}",
            "[Не реклама|Не реклама, честно]: {b} {spot} — [моё место силы|моя любовь]. {good}",
            "[Рубрика|Пятничная рубрика] «ем фастфуд»: {b}, {dish}. {good}[, {good}|]",
            "[Сторис|Стрим] из {b_gen}: [взяли|заказали] всё меню на всю команду. [Честный "
            "обзор|Разбор] [уже на канале|вечером]",
        ),
        en=(
            "Honest review of {b}: {dish} and {dish}. {good}, {good}. [8/10|Solid 4 stars] {e_pos}",
            "Ranked every burger place {city}, {b} [came out on top|took first]. {good}",
            "Not sponsored: {b} {spot} is my go-to. {good}",
            "Tried the whole {b} menu for the channel. [Video's up|Full review tonight]",
        ),
    ),
    influencer_neg=T(
        ru=(
            "[Проверил|Протестировал] {b_acc} [честно|за свои деньги]: {meh}, {meh}. [3 из 10|Не "
            "советую]. [Грустно|Жаль]",
            "[Выпуск|Обзор] про {b_acc}: [показываю|посмотрите], что [нам принесли|нам выдали] "
            "под видом «{dish}». Спойлер: {meh}",
            "[Подписчики|Вы] просили {b_acc} — [сходил|сходили]. {meh}. [Больше не "
            "пойду|Разочарован]",
            "[Ну что|Итак], {b} {spot}: {meh}[, {meh}|]. [Ответа от сети ждём|Жду комментарий "
            "сети]",
        ),
        en=(
            "Reviewed {b}: {meh}, {meh}. [3/10|Not recommended]",
            "You asked for {b}, so here it is: {meh}. [Disappointed|Yikes]",
            "{b} {spot}, [what happened?|rough day?] {meh}",
        ),
    ),
    decoy=T(
        ru=(
            "[Сделала|Пожарила] [дома|на даче] сочный бургер: [говядина|фарш] 20% жира, "
            "[бриошь|булка из пекарни], [сыр чеддер|маринованный огурец] {e_pos}",
            "Секрет, как сделать сочный бургер [с первого раза|который не разваливается]: [не мни "
            "фарш|охлаждённая котлета] и [раскалённая|чугунная] сковорода",
            "[Рецепт|Мой рецепт] на [выходные|вечер]: сочный бургер с [карамелизированным "
            "луком|грибами и беконом]. [Сохраняйте|Пишите, если приготовите]",
            "Сочный бургер на [гриле|мангале] — [лучшее|главное] [начало лета|событие шашлыков] "
            "{e_pos} {who} [одобряет|жарит второй]",
            "[Муж|{who}] [делает|собирает] [такой|] сочный бургер, что [руки в соусе по "
            "локоть|салфеток не напасёшься] {lol}",
            "[Вопрос|Вопрос к знатокам]: какой [фарш|отруб] брать на сочный бургер? [Мраморная "
            "говядина|Лопатка] или [шея|грудинка]?",
            "[Фото дня|Кадр дня]: сочный бургер [у нас на ужин|на завтрак в выходной]. [Да, на "
            "завтрак|И не стыдно] {e_pos}",
            "[Попросила|Попросил] нейросеть нарисовать «сочный бургер» — [вышло "
            "что-то|получилось] [странное|с тремя булками] {lol}",
            "[Урок кулинарии|Мастер-класс] для [детей|подростков] {city}: [учимся "
            "готовить|готовим] сочный бургер [без фастфуда|дома]",
            "[Сегодня|Этой ночью] [снился|приснился] сочный бургер. [Это знак|Это диета так "
            "работает] {e_meh}",
        ),
        en=(
            "Made a сочный бургер (juicy burger) at home: [chuck|ground beef] 20% fat, "
            "[brioche|toasted bun] {e_pos}",
            "[Russian word of the day|Learned a new phrase]: «сочный бургер» = juicy burger. "
            "[Very useful|Priorities] {lol}",
            "Grilled a сочный бургер at the dacha, as my Russian in-laws call it. {e_pos}",
            "Tip for a сочный бургер (juicy burger): don't press the patty, ever",
        ),
    ),
    decoy_neg=T(
        ru=(
            "[Хотела|Пыталась] сделать сочный бургер, а [получилась подошва|вышел уголёк]. [Фарш "
            "пересушила|Передержала на огне] {e_neg}",
            "Сочный бургер [в столовой|на корпоративе] [оказался|был] [сухой как подошва|холодным "
            "и мокрым]. [Кто это готовил|Позор повару]",
            "[Купила|Взяла] в [супермаркете|кулинарии] «сочный бургер» в [упаковке|плёнке]. "
            "[Внутри картон|Сочного там ничего]. {e_neg}",
            "[Ненавижу|Бесит], когда [в меню|на вывеске] пишут «сочный бургер», а [приносят|дают] "
            "[сухарь|резиновую котлету]",
            "Сочный бургер [на ночь|в час ночи] был [ошибкой|плохой идеей]. [Изжога|Живот] [до "
            "утра|всю ночь] {e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ Полюшко
_POLYUSHKO_VOCAB = Vocab(
    ru={
        "grain": ("зелёная гречка для проращивания", "пшено", "чечевица оранжевая для супов",
                  "перловка", "овсяные хлопья долгой варки",
                  "рис для плова", "ядрица в пакетиках", "манка", "ячка",
                  "продел для быстрой каши", "кускус", "рис круглозёрный для каши"),
        "shop": ("в Монетке у остановки", "на Озоне с доставкой в пункт", "в ВкусВилле",
                 "в Ленте по дороге с работы",
                 "в Перекрёстке возле работы", "в Ашане на окраине", "в магазинчике у дома",
                 "на Маркете с доставкой", "в Светофоре на промзоне", "в Магните у метро",
                 "в сельпо на даче"),
        "dish_home": ("пшённую кашу с тыквой", "гречку по-купечески с фаршем", "овсянку на молоке",
                      "рассыпчатую гречку к котлетам", "рассольник с перловкой",
                      "гречку с говяжьей тушёнкой", "чечевичный суп", "молочную рисовую кашу",
                      "гречку с печенью", "плов"),
        "good": ("крупа чистая, без мусора", "разваривается ровно за пятнадцать минут",
                 "каша выходит рассыпчатой", "пахнет нормально, а не пылью",
                 "пакетики не рвутся", "вкус как в детстве у бабули",
                 "цена нормальная для такого качества", "крупинка к крупинке, не слипается",
                 "упаковка с застёжкой, удобно", "не горчит совсем",
                 "варится быстро и без пены", "за полгода в пачке ни одного жучка",
                 "пакет плотный и не рассыпается"),
        "meh": ("в пачке камешки попадаются", "крупа горчит", "пакетики полопались при варке",
                "жучки завелись через неделю", "разварилась в размазню",
                "недовес граммов пятьдесят", "пахнет затхлым", "много чёрных зёрен и шелухи",
                "срок годности на исходе", "пачка была вскрыта", "цена выросла, а пачка меньше",
                "вода после варки серая",
                "пакетик для варки пахнет пластиком", "после варки остаётся горький привкус",
                "зёрна мелкие и битые", "каша слипается комом"),
        "found_item": ("гвоздик прямо в пачке гречки", "мышиный помёт в пакете пшена",
                       "стеклянный осколок среди ядрицы", "обрывок пластиковой бирки в рисе"),
        "found_short": ("гвоздик", "мышиный помёт", "стеклянный осколок", "обрывок бирки"),
        "ignored_issue": ("на горячей линии никто не берёт трубку",
                          "не меняют пачку с жучками, которую я купила",
                          "не отвечают про вздутые пачки из одной партии"),
        "gaffe_topic": ("покупателей, которые ноют про цену гречки",
                        "блогеров, которые выпрашивают продукцию бесплатно"),
        "fake_claim": ("в пачки специально досыпают песок для веса",
                       "гречку обрабатывают пестицидами, которые запрещены в Европе"),
    },
    en={
        "grain": ("green sprouting buckwheat", "split red lentils", "millet",
                  "jumbo rolled oats", "pearl barley (perlovka)",
                  "couscous", "buckwheat in cooking sachets"),
        "shop": ("at the big Auchan", "on Wildberries with pickup", "at the corner shop",
                 "at Lenta near my place",
                 "via Yandex Market", "at the Magnit by the metro"),
        "dish_home": ("pumpkin millet porridge like my gran's", "red lentil soup with cumin",
                      "buckwheat with stew meat",
                      "overnight oats", "barley soup"),
        "good": ("no husks or stones", "it cooks evenly", "tastes nutty and fresh",
                 "the cooking bags never split", "fair price for the quality", "it stays fluffy",
                 "it cooks in fifteen minutes flat", "there's no bitter taste at all",
                 "the grains stay whole"),
        "meh": ("there were tiny stones in it", "it has a bitter aftertaste", "half the bags burst",
                "the pack was underweight", "it smells musty", "it's full of husks",
                "bugs showed up after a week", "it turned to mush", "the pack was open",
                "the grains were all broken", "it clumped into one big lump",
                "the pack shrank but the price didn't"),
        "found_item": ("a small nail right in the buckwheat pack", "mouse droppings in the millet",
                       "a sharp bit of glass among the grains",
                       "a scrap of plastic tag in the rice"),
        "found_short": ("nail", "mouse droppings", "bit of glass", "tag scrap"),
        "ignored_issue": ("nobody picks up the hotline",
                          "nobody answers about the swollen packs from one batch"),
        "gaffe_topic": ("customers who moan about buckwheat prices",
                        "bloggers begging for free packs"),
        "fake_claim": ("they add sand to the packs to bump up the weight",
                       "the buckwheat is sprayed with pesticides banned in Europe"),
    },
)

POLYUSHKO = BrandTexts(
    vocab=_POLYUSHKO_VOCAB,
    positive=T(
        ru=(
            "[Взяла|Купила] {shop} пачку {b} — {grain}[, по акции|]. Сварила {dish_home}. {good} "
            "{e_pos}",
            "[Давно|Уже год] беру только {b_acc}: {good}[, и ещё {good}|]",
            "[Из всех|Среди всех] круп [в магазине|{shop}] {b} [самая нормальная|мой фаворит]. "
            "{good}",
            "{who} [вообще-то|обычно] кашу не ест, а {dish_home} с {b} уплетает за обе щёки "
            "{e_pos}",
            "Кто ищет [нормальную|хорошую] [крупу|гречку] — {b}, {good}. [Не реклама|Советую]",
            "Приятно удивлена: {grain} от {b} — {good}. [Возьму ещё|Закупилась на месяц]",
            "[Вечер|Ужин]: [сварила|приготовила] {dish_home} из {b_gen}, [тишина|сериал]. {good} "
            "{e_pos}",
        ),
        en=(
            "Bought {b} {grain} {shop} and made {dish_home}. {good} {e_pos}",
            "{b} is the only buckwheat i buy now: {good}",
            "{who} doesn't even like porridge but ate the {dish_home} made with {b} {grain}. "
            "{good}",
            "Recommending {b} {grain}: {good} {e_pos}",
            "Stocked up on {b} {shop}. {good}, {good}",
        ),
        mixed=(
            "{b} {grain} — [прям|реально] [a game changer|my new staple], {good}",
            "Сварила {dish_home} из {b}, [so good|honestly great] {e_pos}",
            "[Healthy breakfast|Полезный завтрак]: {grain} {b}, {good}",
        ),
    ),
    neutral=T(
        ru=(
            "[Вижу|Увидела] {b} {shop}, [кто брал|как вам]? [Стоит пробовать?|Норм?]",
            "[Купила|Взяла] {b}, {grain}, [посмотрим|пока не варила]. Пачка [рублей за {n}0|по "
            "акции]",
            "У {b} [новинка|теперь есть]: {grain}[, интересно|, любопытно]. {e_meh}",
            "{grain} {b} — сколько [варить|минут варить]? [На пачке стёрто|На упаковке мелко]",
            "[Это|А это] {b} — [российская|наша] [компания|марка] или [импорт|фасовщик]?",
            "[В шкафу|На полке] {grain} {b} и [ещё|] {grain} [другой марки|из Ашана]. "
            "[Сравню|Посмотрим, какая лучше]",
            "У нас {who} закупается по акции: дома {n} пачек {b}. [Ну|Зато] каша на месяц "
            "обеспечена",
            "Изучила пачку {b}, {grain}: в составе [только крупа|одна крупа и всё], годен до "
            "[весны|конца года]. [Ничего особенного|Как у всех]",
            "[Подскажите|Подскажите, кто знает], {b} продаётся {city} [где-нибудь|в оффлайне]?",
        ),
        en=(
            "Saw {b} {grain} {shop}, anyone tried it?",
            "Picked up {b} {grain}, haven't cooked it yet. [We'll see|Cheap enough]",
            "How long do you cook {b} {grain}? [Label's smudged|Tiny print]",
            "Is {b} a Russian brand or just a packer?",
            "{b} {grain} vs store brand, [any difference?|worth the extra?]",
            "Does anyone sell {b} {city}?",
            "{who} bought {n} packs of {b} on sale. {dish_home} for a month i guess",
            "{b} released {grain} now, [interesting|huh] {e_meh}",
            "[Random|Serious] question: is {b} {grain} [any different from|better than] the "
            "[cheap|no-name] stuff {shop}?",
            "[Bought|Grabbed] {b} {grain} {shop} [for the first time|because it was on sale]. "
            "Will report back[ on the {dish_home}|]",
        ),
        mixed=(
            "{b} {grain} [кто пробовал|anyone tried]? [Worth it?|Стоит?]",
            "Купила {b} {shop}, [haven't tried yet|ещё не варила] {e_meh}",
        ),
    ),
    negative=T(
        ru=(
            "[Взяла|Купила] {shop} {b}, {grain}. [Итог|Дома выяснилось]: {meh}. [Больше не "
            "возьму|Выкинула] {e_neg}",
            "{b}, [что случилось|вы серьёзно]? {meh}[, ещё и {meh}|]",
            "[Раньше|Года два назад] {b} был [норм|хорошим], а [теперь|сейчас] {meh} {e_neg}",
            "Сварила {dish_home}, крупа {b} — {meh}. [Ужин насмарку|Пришлось выбросить]",
            "[Не берите|Не советую] {b} {shop}: {meh}, {meh}",
            "{who} [варит|готовит] {dish_home} из {b_gen}, [и что?|итог:] {meh}. {sigh}",
            "[Очередное|Ещё одно] разочарование — {grain} {b}. {meh}. [Деньги на ветер|Минус {n}0 "
            "рублей]",
        ),
        en=(
            "Bought {b} {grain} {shop} and {meh} {e_neg}",
            "{b} what happened? {meh}[, {meh}|]",
            "Made {dish_home} with {b} and {meh}. [Dinner ruined|Binned it]",
            "Don't buy {b} {shop}: {meh}",
            "{b} used to be decent, now {meh} {e_neg}",
            "Opened a new pack of {b}, {meh}. {sigh}",
            "Another fail from {b} {grain}: {meh}",
        ),
        mixed=(
            "{b} [ну такое|so disappointing]: {meh} {e_neg}",
            "{grain} {b}, and [honestly|wow] {meh}",
        ),
    ),
    question=T(
        ru=(
            "{h} [здравствуйте|добрый день], {grain} где [купить|найти] {city}? [Нигде не вижу|В "
            "магазинах нет]",
            "{h} {grain}: [какой|подскажите,] срок хранения после вскрытия?",
            "{h} [есть|будет] ли {grain} в [больших|пятикилограммовых] [мешках|упаковках]?",
            "{h} [а|] гречка у вас [алтайская|откуда] [или китайская|, из какого региона]?",
            "{h} [можно ли|подойдёт ли] {grain} для [детского питания|прикорма]?",
        ),
        en=(
            "{h} where can i buy {grain} {city}?",
            "{h} how long does {grain} keep once opened?",
            "{h} where is your buckwheat grown?",
        ),
    ),
    complaint=T(
        ru=(
            "{h} {grain}, [брала|покупала] {shop}, а там {meh}. [Фото прилагаю|Партия на фото]. "
            "[Что делать?|Замените?]",
            "{h} {meh}, [хотя срок годности нормальный|хотя пачка свежая]. [Как так?|Объясните]",
            "{h} [третья|уже четвёртая] пачка подряд — {meh}. [Контроль качества вообще "
            "есть?|Куда смотрите?]",
            "{h} {meh}[, а я ребёнку кашу варила|, хорошо что заметила]. {e_neg}",
            "{h} [на сайте|в вашем магазине на Озоне] [заказ не пришёл|посылка потерялась], жду "
            "уже {n} дней",
            "{h} {grain} [за полгода|с весны] дороже на {n}%, а пачка [стала меньше|похудела]. "
            "[Это как понимать?|Совесть есть?]",
            "{h} [сварила|приготовила] {dish_home}, а [вкус|запах] [химический|плесени]. {meh}",
            "{h} [написала на почту|писала на сайте] {when}, [ответа нет|тишина]. {meh}",
        ),
        en=(
            "{h} [got|picked up] your {grain} {shop} {when} and {meh}. [Photo attached|Batch "
            "number's in the pic|See pics]",
            "{h} [hi,|hello,|] {meh}[, and it's well within the date|, best-before is next year]. "
            "[Explain?|How?|Care to explain?]",
            "{h} that's the {n}th pack [in a row|this year] where {meh}. [Any quality control at "
            "all?|Who checks this stuff?]",
            "{h} was [cooking|making] {dish_home} for [my kid|the kids|{who}] and {meh}. [Not "
            "ok|Really not ok] {e_neg}",
            "{h} [ordered|bought] from your [Ozon|marketplace] store {n} days ago, [parcel never "
            "showed|still says in transit]. [Where is it?|Help?]",
            "{h} [price went up|you raised the price] [again|by {n}%] and the pack [got "
            "smaller|shrank]. [Seriously?|Nice trick] {e_meh}",
            "{h} [emailed|wrote to] you {when} about [a bad pack|the {grain}], [no reply yet|zero "
            "answer]. [Hello?|Anyone there?]",
            "{h} [so|] {meh}. [Replacement or refund?|I want my money back] [{e_neg}|]",
            "{h} [the whole box|every pack] from [that|one] [batch|delivery] {shop}: {meh}. "
            "[Recall it?|Is this a known issue?]",
            "{h} [honest question|genuine question]: why does your {grain} [now|suddenly] [look "
            "grey|smell like a basement]?",
        ),
    ),
    comment=T(
        ru=(
            "[А|] {grain} [когда вернёте|когда будет снова]? [Нигде нет|Не могу найти] {shop}",
            "[Класс|Ура|Наконец-то] {e_pos} [надо попробовать|беру]",
            "Лучше бы [цены вернули|пачки побольше делали]. {e_meh}",
            "[Варила|Пробовала] {when}, {good}",
            "А {city} [где купить|продаётся]?",
        ),
        en=(
            "Yay {e_pos} [need to try|buying this]",
            "Where can i get it {city}?",
        ),
    ),
    reply=T(
        ru=(
            "[Согласна|Плюсую], {good}",
            "[А у меня|У меня вот] {meh}. [Видимо, партия такая|Лотерея]",
            "Возьми у них другое — {grain} [вообще без претензий|норм]",
            "{who} тоже [берёт|покупает] только их. [Говорит|Считает], {good}",
            "Пиши {h}, [мне заменили|они нормально отвечают]",
            "[Я давно беру|Мы давно берём] другую марку. {sigh}",
        ),
        en=(
            "Agreed, {good}",
            "Mine was the opposite: {meh}",
            "Tag {h}, they [replaced mine|answered me quickly]",
        ),
    ),
    answer=T(
        ru=(
            "[Здравствуйте|Добрый день]! [Очень жаль|Нам очень жаль], что так [вышло|получилось]. "
            "[Пришлите|Напишите], пожалуйста, фото упаковки с номером партии в личные сообщения — "
            "[заменим|разберёмся]",
            "Спасибо за [вопрос|обращение]! Эта крупа [есть|продаётся] в [крупных "
            "сетях|магазинах] и на маркетплейсах. [Ссылки|Список магазинов] [отправили|отправим] "
            "вам в личку",
            "[Здравствуйте|Добрый день]! Срок хранения после вскрытия — [до шести "
            "месяцев|полгода] в сухом [прохладном|] месте, в закрытой банке",
            "Спасибо, что [сообщили|написали]. [Передали|Отправили] информацию [в отдел "
            "качества|технологам], [вернёмся с ответом|с вами свяжутся] в течение [двух|трёх] "
            "дней",
            "[Здравствуйте|Добрый день]! Наша гречка [выращена|с полей] [на Алтае|в Алтайском "
            "крае и Курской области]. Подробности — на сайте в разделе «О производстве»",
        ),
        en=(
            "Hello! We're sorry about this. Please DM us a photo of the pack with the batch "
            "number and we'll replace it",
            "Thanks for asking! You can find it in major chains and on marketplaces, we'll DM you "
            "the links",
            "Hi! Once opened it keeps up to 6 months in a dry, closed jar",
        ),
    ),
    thanks=T(
        ru=(
            "[Спасибо|Спасибки], [заменили|прислали новую пачку]! [Приятно|Оперативно] {e_pos}",
            "[Ок|Окей], [спасибо за ответ|поняла, спасибо]!",
            "[Благодарю|Спасибо], [быстро ответили|всё объяснили]. [Берём дальше|Остаюсь с вами]",
        ),
        en=(
            "Thanks, got the replacement! {e_pos}",
            "Ok, thank you for explaining",
        ),
    ),
    still_broken=T(
        ru=(
            "[Отправила|Скинула] фото {when}, [тишина|никто не ответил] {e_neg}",
            "[Обещали|Писали] «[три дня|в течение недели]», прошло {n}. [Ну-ну|Отписка]",
            "[И опять|Снова] шаблонный ответ, а [проблема|пачка с жучками] [та же|лежит]",
            "[Написала|Писала] на почту, как вы [просили|сказали], — [ответа нет|ни слова]",
        ),
        en=(
            "Photo sent {when} like you asked, zero response {e_neg}",
            "Another template reply, [problem's the same|still no replacement]",
        ),
    ),
    review_pos=T(
        ru=(
            "[Хорошая|Отличная] крупа. {good}, {good}. [Рекомендую|Беру постоянно]",
            "[Брала|Беру] {shop}[, {grain}|]. {good}. [Цена|Стоимость] [нормальная|адекватная]. "
            "Пять звёзд",
            "[Варю|Готовлю] {dish_home} [каждую неделю|через день] — только из этой "
            "[крупы|марки]. {good}",
            "[Хороший|Приятный] продукт. {good}[, {good}|]. [Из минусов — нет застёжки|Минусов не "
            "нашла]",
            "Брали {b} [на пробу|впервые], [семье нравится|{who} хвалит]. {good} {e_pos}",
        ),
        en=(
            "Good {grain}. {good}, {good}. Recommend",
            "Bought it {shop}. {good}. [5 stars|Happy with it]",
            "Use it for {dish_home} every week, {good}",
        ),
    ),
    review_neg=T(
        ru=(
            "[Плохое качество|Разочарование]. {meh}, {meh}. [Не куплю|Больше не возьму]",
            "Покупала {shop}, {grain}: {meh}. [Пришлось выбросить|В мусорку]",
            "[Раньше была нормальная|Когда-то брала постоянно], теперь {meh}. [Жаль|Грустно]",
            "[Для ребёнка|Для каши малышу] [купила|взяла] — {meh}. [Минус звезда за|Единица за] "
            "[такое качество|такой контроль]",
            "[Цену подняли|Цену задрали], а {meh}. [Несерьёзно|Смешно]",
        ),
        en=(
            "Poor quality. {meh}, {meh}. Won't buy again",
            "Bought {grain} {shop}: {meh}. Threw it away",
            "Used to be good, now {meh}",
            "Price went up and still {meh} {e_neg}",
            "Cooked {dish_home} for the family, {meh}. Never again",
        ),
    ),
    review_answer=T(
        ru=(
            "[Здравствуйте|Добрый день]! Спасибо за отзыв. Нам очень жаль. [Пришлите|Напишите], "
            "пожалуйста, номер партии на нашу почту — [заменим продукт|проверим партию]",
            "[Здравствуйте|Добрый день]! Простите за [неприятный опыт|разочарование]. Информация "
            "[передана|отправлена] технологам, [разберёмся|проверим каждую пачку партии]",
            "Благодарим за обратную связь. [Такого|Подобного] быть не должно — свяжитесь с нами "
            "через форму на сайте, [вернём деньги|заменим товар]",
        ),
        en=(
            "Hello! Thanks for your review, we're sorry. Please email us the batch number and "
            "we'll replace it",
            "Hi, we apologise. This has been passed to our quality team",
        ),
    ),
    review_thanks=T(
        ru=(
            "Спасибо за [тёплые слова|отзыв]! [Приятного аппетита|Вкусных каш] {e_pos}",
            "[Как приятно|Очень приятно]! Передадим [нашим технологам|команде]",
        ),
        en=(
            "Thank you so much! Enjoy {e_pos}",
            "Glad you like it, we'll tell the team!",
        ),
    ),
    review_dispute=T(ru=()),
    official_post=T(
        ru=(
            "[Новинка|Новое]: {grain} [в удобной упаковке|в пакетиках для варки]! [Уже|Скоро] "
            "{shop} {e_pos}",
            "[Рецепт недели|Рецепт выходного дня]: как сварить {dish_home}. [Сохраняйте|Делитесь "
            "фото в комментариях]",
            "[Сбор урожая|Уборка] [в разгаре|завершена]: поля [в Алтайском крае|на Алтае] "
            "[дали|подарили] [хорошую|отличную] гречку в этом году {e_pos}",
            "[Розыгрыш|Конкурс]! [Отметьте друга|Сделайте репост] и [выиграйте|получите шанс "
            "выиграть] годовой запас [крупы|каш]",
            "[Спасибо|Благодарим], что [выбираете|покупаете] нас! [Вместе|С вами] нам уже "
            "[шесть|семь] лет",
        ),
    ),
    exec_post=T(
        ru=(
            "[Вернулась|Вернулась вчера] с полей [на Алтае|под Барнаулом]. [Урожай в этом "
            "году|Гречка в этом году] [хороший|отличная], [спасибо|поклон] [агрономам|нашим "
            "фермерам]",
            "[Много думаю|Думаю] о том, как [удержать цену|не поднимать цены] при "
            "[росте|подорожании] [упаковки|логистики]. [Решение ищем|Пока держимся]",
            "[Провели|Прошла] [дегустацию|слепую дегустацию] с [покупателями|мамами из чата]: {n} "
            "человек из [шестидесяти|семидесяти] выбрали нашу крупу",
            "[Выступаю|Выступила] на [форуме|конференции] [фермеров|малого бизнеса] {city}. Тема "
            "— [семейная марка в сетях|как продавать крупу дорого]",
            "[Ищем|Нанимаем] [технолога|менеджера по маркетплейсам]. [Пишите|Если знаете хорошего "
            "человека — пишите]",
            "[Коротко о делах|Итоги года]: {n} [новых магазинов|сетей], [своя фасовка|новая "
            "линия]. [Спасибо команде|Команда — огонь]",
        ),
    ),
    influencer_pos=T(
        ru=(
            "[Пробую|Тестирую] {b}, {grain}, [для видео|для блога]: {good}, {good}. [Моя "
            "оценка|Итог] — [пять|пятёрка] {e_pos}",
            "[Сегодня готовлю|Варим] {dish_home} на крупе {b}. {good}. [Ссылка в профиле|Рецепт в "
            "закрепе]",
            "[Не реклама|Честно]: {b} [моя любимая крупа|единственная гречка, которую беру]. "
            "{good}",
        ),
        en=(
            "Trying {b} {grain} for the channel: {good}, {good}. 5/5 {e_pos}",
            "Making {dish_home} with {b}. {good}. Recipe in bio",
        ),
    ),
    influencer_neg=T(
        ru=(
            "[Тестирую|Проверила] {b} [в лаборатории|на качество]: {meh}, {meh}. [Не советую|Жаль]",
            "[Обзор|Сравнение] гречки: {b} [на последнем месте|проиграл]. {meh}",
        ),
        en=(
            "Tested {b}: {meh}, {meh}. Not recommended",
            "Buckwheat comparison: {b} came last. {meh}",
        ),
    ),
    decoy=T(
        ru=(
            "[Бабушка всегда пела «Полюшко-поле», когда полола грядки|Дед напевал «Полюшко-поле», "
            "когда косил траву]. {e_pos}",
            "[Хор|Детский хор] {city} [исполнил|спел] «Полюшко-поле» на [концерте|Дне города]. "
            "[Мурашки|До слёз]",
            "[Учим|Разучиваем] «Полюшко-поле» на [баяне|гитаре] — [аккорды|табы] "
            "[простые|несложные]",
            "«Полюшко-поле» в исполнении [Ансамбля Александрова|хора Красной армии] — [вечная "
            "классика|никогда не надоест]",
            "[Включила|Поставила] «Полюшко-поле» [в машине|на кухне], {who} [подпевает|тянет "
            "второй голос] {lol}",
            "[Знаете|А вы знали], что «Полюшко-поле» [написал|сочинил] Лев Книппер [в 1933|ещё в "
            "тридцатых]?",
            "[Вышла|Вышли] за [деревню|околицу]: полюшко [золотое|в ромашках], [тишина|небо "
            "огромное] {e_pos}",
            "[Рок-версия|Кавер] «Полюшко-поле» [от|у] [местной группы|уличных музыкантов] — "
            "[огонь|неожиданно круто]",
            "[В садике|На утреннике] [дети|малыши] [пели|танцевали под] «Полюшко-поле». "
            "[Умиление|Мама плачет]",
            "[Стихи|Стишок] про [родное|] полюшко [к празднику|для детей]: «[Ой ты|Ах ты], "
            "полюшко моё...»",
        ),
        en=(
            "The Red Army Choir doing Polyushko-Polye still gives me chills {e_pos}",
            "Learning Polyushko-Polye on [the accordion|guitar], the chords are easy",
            "[Metal|Jazz] cover of Polyushko-Polye?? [Yes please|Amazing]",
            "Polyushko-Polye [has been stuck in my head all day|stuck in my head since breakfast] "
            "{lol}",
        ),
    ),
    decoy_neg=T(
        ru=(
            "[Сосед|Кто-то за стенкой] [в пятый раз|с утра] [орёт|горланит] «Полюшко-поле» под "
            "караоке. [Спасите|Дайте поспать] {e_neg}",
            "[Испортили|Убили] «Полюшко-поле» [на концерте|по телевизору]: [фальшь|мимо нот] [на "
            "каждой строчке|весь куплет]",
            "[Опять|Снова] [в школе|на линейке] «Полюшко-поле», [сколько можно|третий год "
            "подряд]. {sigh}",
        ),
    ),
)

# ------------------------------------------------------------------------------ Волна
_VOLNA_VOCAB = Vocab(
    ru={
        "svc": ("безлимитный мобильный интернет", "режим модема", "автоплатёж",
                "кабинет абонента в браузере",
                "перенос номера от другого оператора", "звонки по вайфаю", "антиспам",
                "определитель номера",
                "кешбэк за оплату", "приложение", "домашний интернет по оптике"),
        "where": ("в электричке на перегоне до Сергиева Посада", "на подземной парковке у ТЦ",
                  "в лифте девятиэтажки",
                  "в подвале нашего бизнес-центра", "на трассе М4 за Воронежем",
                  "в бабушкиной деревне под Вязьмой",
                  "на седьмом этаже новостройки", "в переходе на Тверской",
                  "на трибуне во время матча", "на балконе", "в СНТ под Рузой",
                  "в подземном торговом центре"),
        "good": ("интернет летает даже вечером", "смс от банков приходят мгновенно",
                 "в поддержке живой человек ответил за две минуты", "роуминг включился сам",
                 "гигабайты переносятся на следующий месяц", "связь не пропадает в лифте",
                 "абонентка не растёт второй год", "номер перенесли за сутки",
                 "сеть есть даже на перегонах в метро", "цена тарифа годами та же",
                 "о каждом списании приходит честное смс", "видео в дороге грузится сразу"),
        "meh": ("звонки сбрасываются на полуслове", "4G висит, а ничего не грузится",
                "списали за подписку, которую не подключал",
                "коды из банка приходят минут через двадцать",
                "в час пик скорость как у модема", "в лифте сразу нет сети",
                "абонентскую плату подняли молча", "поддержка отвечает роботом по кругу",
                "номер заблокировали без причины", "сеть пропадает каждый вечер",
                "спам звонит по десять раз на дню", "гигабайты сгорают раньше срока",
                "видео не грузится дальше первой минуты",
                "между станциями метро связь пропадает", "приложение вылетает на входе",
                "роуминг съел все деньги за два дня"),
        "tariff": ("«Штиль»", "«Прилив»", "«Гольфстрим 20»", "«Девятый вал»", "«Отлив»",
                   "«Цунами Безлимит»", "«Пассат»"),
        "dn_head": ("мощная", "новая", "вторая", "сильнейшая", "внезапная", "свежая",
                    "следующая", "неслабая", "целая", "первая", "настоящая", "огромная"),
        "dn_tail": ("сокращений", "гриппа", "отмен рейсов в аэропортах", "аномальной жары", "хейта",
                    "критики", "закрытий кафе и баров", "возмущения", "мошеннических звонков",
                    "ОРВИ",
                    "подорожания", "увольнений в айти", "штрафов"),
        "guard_venue": ("на Комсомольской площади", "в ТЦ «Радуга» на первом этаже",
                        "у выхода из метро Чкаловская"),
        "ignored_issue": ("не работает мобильный интернет во всём нашем районе",
                          "списывают деньги за роуминг, в котором я не была",
                          "не переносят номер от старого оператора"),
        "gaffe_topic": ("абонентов, которые звонят в поддержку из-за каждой мелочи",
                        "пенсионеров, которые не могут разобраться в приложении"),
        "fake_claim": ("с первого числа отключат всех, кто не сдал биометрию",
                       "через приложение сливают переписки и геолокацию абонентов",
                       "номера без продления паспортных данных заберут и продадут"),
    },
    en={
        "svc": ("LTE data", "the hotspot", "autopay", "the number transfer service",
                "VoWiFi calling",
                "the self-care app", "the spam call blocker", "home internet"),
        "where": ("on the 7:40 suburban train", "in the lift of my block", "on the M4 highway",
                  "in my gran's village near Tver", "at the Spartak stadium",
                  "in our office's basement canteen",
                  "in the metro", "at the dacha near Ruza"),
        "good": ("data is fast even at rush hour",
                 "a real human in support picked up in two minutes",
                 "unused gigs roll over", "no dropped calls for weeks",
                 "roaming just worked", "my number moved over in under a day",
                 "the app actually works", "video doesn't buffer on the train"),
        "meh": ("calls cut off halfway through a sentence", "the 4G icon is on but nothing loads",
                "they charged me for a subscription i never added",
                "verification texts arrive half an hour late", "speed dies at rush hour",
                "they raised the monthly fee without warning",
                "support is just a chatbot going in circles",
                "the signal vanishes every evening", "spam calls ten times a day",
                "my gigs expired early", "the app crashes on login",
                "roaming ate my balance in two days"),
        "tariff": ("Shtil", "Priliv", "Golfstrim 20", "Devyaty Val"),
        "dn_head": ("one more", "a huge", "a fresh", "the second", "a sudden"),
        "dn_tail": ("of the flu", "of job cuts", "of hate", "of grocery price hikes",
                    "of scam calls",
                    "of sweltering heat"),
        "guard_venue": ("on Komsomolskaya Square", "in the Raduga mall"),
        "ignored_issue": ("mobile data is dead in my whole area",
                          "they keep charging me for roaming i never used"),
        "gaffe_topic": ("subscribers who call support over every little thing",
                        "pensioners who can't figure out the app"),
        "fake_claim": ("everyone without biometrics gets cut off on the 1st",
                       "the app leaks your chats and location"),
    },
)

VOLNA = BrandTexts(
    vocab=_VOLNA_VOCAB,
    positive=T(
        ru=(
            "[Перешла|Перешёл] на {b_acc} [месяц назад|полгода назад|весной] — {good}[, и "
            "{good}|] {e_pos}",
            "{b} [даже|] {where} [ловит|тянет] [отлично|без проблем]. {good}",
            "[Тариф|Мой тариф] {tariff} у {b_gen} [реально|правда] [выгодный|лучший за эти "
            "деньги]. {good}",
            "[Пять лет|Десять лет] с {b_ins}[, и ни разу не пожалел|, и всё норм]. {good} {e_pos}",
            "[Кто|Если кто] ищет оператора {city} — {b}, {good}",
            "{who} теперь тоже на {b_pre} по моему совету, [не нарадуется|довольны все]. {good}",
            "[Приятно|Неожиданно приятно]: от {b_gen} [подарок|бонус] — {n} гигов [просто так|на "
            "день рождения] {e_pos}",
            "[Наконец-то|Ура], {svc} у {b_gen} работает как надо. {good}",
        ),
        en=(
            "Switched to {b} [last month|in spring], {good} {e_pos}",
            "{b} works even {where}. {good}",
            "{b} {tariff} plan is [actually good value|the best deal i've found]. {good}",
            "{who} moved to {b} on my advice and loves it. {good}",
            "Credit where due, {b}: {good} {e_pos}",
            "Been with {b} [for ages|since uni], {good}",
            "[Tbh|Honestly] {b} has been solid {where} lately, {good} {e_pos}",
        ),
        mixed=(
            "{b} [реально|прям] [top operator|the best], {good} {e_pos}",
            "Перешла на {b_acc}, and [honestly|tbh] {good}",
            "{svc} у {b_gen} [works perfectly|просто works], {good}",
        ),
    ),
    neutral=T(
        ru=(
            "[Кто сидит на|Кто-нибудь на] {b_pre}[ {city}|], как [связь|интернет] {where}?",
            "У {b_gen} [обновление|новый интерфейс]: {svc} [теперь в другом разделе|теперь в "
            "«Услугах»|теперь в отдельной вкладке]. {e_meh}",
            "[Думаю|Подумываю] [перейти|уйти] на {b_acc}, [тариф|есть тариф] {tariff}. [Кто "
            "сидит|Стоит?]",
            "[Пришла|Пришло] смс от {b_gen} про {svc}. [Это платно|Это подписка] или входит в "
            "тариф? [Кто в курсе|Кто разбирался]",
            "[Сравниваю|Сравнила] тарифы: {b} {tariff} и [ещё два|пара других]. "
            "[Разница|Плюс-минус] рублей {n} в месяц",
            "{who} сидит на {b_pre}, говорит, [норм|как у всех]. [Посмотрим|Ну ок]",
            "[Офис|Салон] {b_gen} {city} [переехал|закрыли на ремонт], [теперь|ближайший] [на "
            "другой стороне|в ТЦ]",
            "[Подскажите|Кто знает], {svc} у {b_gen} — платно или [входит в тариф|бесплатно]?",
            "[Смотрю|Читаю] условия {b_gen}: {tariff}, {n} гигов, [безлимит на мессенджеры|минуты "
            "внутри сети]. [Ничего особенного|Стандарт]",
            "[Поменяла|Сменила] тариф у {b_gen} на {tariff}[, посмотрим|, пока без изменений]",
        ),
        en=(
            "Anyone on {b} {city}? How's the signal {where}?",
            "{b} [redesigned|updated] the app, {svc} is [somewhere else now|in a new tab] {e_meh}",
            "Thinking of switching to {b}, {tariff} plan. Thoughts?",
            "Got a text from {b} about {svc}, not sure if it's paid",
            "{b} {tariff} vs the others: ~{n}0 rubles difference",
            "{who} is on {b}, says it's [fine|average]",
            "Is {svc} free on {b} or extra?",
            "Moved to the {tariff} plan on {b}, [we'll see|no change yet]",
            "[PSA|FYI]: {b} [changed|updated] the {tariff} plan, now {n} GB [and unlimited "
            "messengers|for the same price]",
            "[Does {b} have|Anyone know if {b} has] [decent|any] coverage {where}? [Going there "
            "{when}|Moving there soon]",
        ),
        mixed=(
            "{b} {tariff} — [кто на нём|anyone on it]? [Worth it?|Норм?]",
            "Пришло смс от {b_gen} про {svc}, [no idea what it means|непонятно] {e_meh}",
            "Кто с {b_ins} {city}, how's [the signal|связь]?",
        ),
    ),
    negative=T(
        ru=(
            "{b}, [ну сколько можно|вы издеваетесь]? {meh}[, {meh}|] {e_neg}",
            "[Опять|Снова] {where} [ни одной палки|нет сети], {b} [молодцы|как всегда]. {sigh}",
            "[Ухожу|Всё, ухожу] от {b_gen}: {meh}, а [поддержка|оператор] [разводит "
            "руками|отвечает шаблоном]",
            "[Плачу|Отдаю] за {tariff} [рублей {n}0|кучу денег], а {meh} {e_neg}",
            "Самый [бесполезный|ненадёжный] оператор — {b}. {meh}",
            "{who} [третий день|всю неделю] [ругается на|проклинает] {b_acc}: {meh}",
            "Сломали {svc}? У {b_gen} [с утра|{when}] ничего не работает, {meh}. [Класс|Спасибо]",
            "[Раньше|Год назад] с {b_ins} [было норм|проблем не было], а [теперь|сейчас] {meh} "
            "{e_neg}",
            "[Весь|Целый] [вечер|день] без связи {city}. {b}, {meh}",
            "[Ненавижу {b_acc}[ всей душой|]|Бесит {b}]. {meh}, {meh}",
            "[Перехожу к другому оператору|Переношу номер куда угодно], с {b_ins} всё. {meh}",
        ),
        en=(
            "{b} seriously? {meh}[, {meh}|] {e_neg}",
            "No signal {where} again. Thanks {b} {sigh}",
            "Leaving {b}: {meh}, and support just reads a script",
            "Paying for {tariff} and {meh} {e_neg}",
            "{svc} on {b} broke {when}, [and on top of that|plus] {meh}",
            "{b} used to be fine, now {meh}",
            "Whole evening without signal {city}. {b}, {meh}",
            "Porting my number away from {b}. {meh} {e_neg}",
            "{who} keeps cursing {b}: {meh}",
        ),
        mixed=(
            "{b} [опять|снова] [down|лежит]: {meh} {e_neg}",
            "Ну seriously, {b}? {meh}",
            "[Worst operator|Худший оператор] — {b}, {meh}",
        ),
    ),
    question=T(
        ru=(
            "{h} [здравствуйте|добрый день], как [подключить|отключить] {svc}?",
            "{h} [а|] {tariff} [можно|можно ли] [подключить|перейти] [без смены номера|с "
            "сохранением гигов]?",
            "{h} [почему|] не [приходят|доходят] смс [с кодами|от банка]? [Это у всех?|Сбой?]",
            "{h} [будет ли|планируется ли] [покрытие|4G] {where}?",
            "{h} [работает ли|как работает] {svc} в [роуминге|поездке за границу]?",
            "{h} где [в приложении|в кабинете] [посмотреть|найти] [детализацию|расходы]?",
            "{h} [можно ли|реально ли] [перенести номер в другой регион|сохранить номер при "
            "переезде]?",
        ),
        en=(
            "{h} hi, how do i [turn on|turn off] {svc}?",
            "{h} can i switch to {tariff} without losing my gigs?",
            "{h} will there be coverage {where}?",
            "{h} where do i see the usage details in the app?",
        ),
    ),
    complaint=T(
        ru=(
            "{h} {meh}. [Сделайте что-нибудь|Когда почините?|Это уже не смешно]",
            "{h} [нет связи|нет сети|не ловит] {where} [с утра|{when}|который день]. [Что "
            "случилось?|Авария?]",
            "{h} [списали|сняли] {n}0 рублей за {svc}, хотя я [ничего такого|это] не подключала. "
            "[Верните|Жду возврат]",
            "{h} [тариф|мой тариф] {tariff}, а {meh}. [За что плачу?|Где обещанное?]",
            "{h} [третий|уже {n}-й] раз [пишу|обращаюсь]: {meh}. [Ответьте по-человечески|Хватит "
            "шаблонов]",
            "{h} {svc} [не работает|глючит] [после обновления|{when}]. {e_neg}",
            "{h} [в салоне|в офисе] {city} [нахамили|отказались помочь] [с заменой симки|с "
            "переносом номера]",
            "{h} [почему|с какой стати] [подняли|выросла] абонентка на {tariff} без "
            "[предупреждения|смс]?",
            "{h} [номер|симку] [заблокировали|отключили] [ни с того ни с сего|без объяснений]. [Я "
            "без связи|Как работать?]",
            "{h} [обещали|сказали] [перезвонить|решить] за сутки, прошло {n} дней. {meh}",
        ),
        en=(
            "{h} {meh}[ again|]. [When will it be fixed?|This is getting ridiculous|Any ETA?]",
            "{h} [zero bars|no signal at all] {where} [since this morning|all day|{when}]. "
            "[Outage?|Is something down?]",
            "{h} [you charged me|got billed] {n}0 rubles for {svc} i never [asked for|turned on]. "
            "[Refund please|Give it back]",
            "{h} [been on {tariff} for years|had {tariff} since spring] and [lately|this month] "
            "{meh}. What am i paying for?",
            "{h} [this is my|writing for the] {n}th time: {meh}. [A real answer please|Not the "
            "script again]",
            "{h} {svc} [broke|stopped working] after [the update|yesterday's update] [{e_neg}|and "
            "{meh}]",
            "{h} why did the {tariff} fee [go up|jump] [without any notice|with zero warning]? "
            "[Not cool|Explain]",
            "{h} [my number got blocked|you blocked my SIM] [for no reason|out of nowhere] "
            "{when}. [I'm without a phone|Can't even call my bank]",
            "{h} you promised a [callback|fix] in 24h, it's been {n} days[ and {meh}|]",
            "{h} [tried the shop|went to your store] {city}, [staff couldn't help|they sent me "
            "back to the app]. {meh}",
        ),
    ),
    comment=T(
        ru=(
            "[Лучше бы|Вы бы лучше] связь [{where}|в метро] наладили {e_neg}",
            "[Класс|Круто|Ура] {e_pos} [подключаю|перехожу]",
            "А {svc} когда [почините|нормально заработает]?",
            "[Это|А это] для всех тарифов или только {tariff}?",
            "{who} кидает мне этот пост {lol} [пойду подключать|ну посмотрим]",
            "[Хмм|Хм], а [цена|абонентка] [какая|не вырастет]? {e_meh}",
        ),
        en=(
            "How about you fix coverage {where} first {e_neg}",
            "Is this for all plans or just {tariff}?",
        ),
    ),
    reply=T(
        ru=(
            "[Та же беда|У меня то же самое]: {meh}",
            "[А у меня|У меня] [всё норм|ловит отлично], {good}",
            "Пиши {h}, [мне помогли|они отвечают за пару минут]",
            "[Это|Такое] {where} [у всех|у всех операторов], [не только у них|я проверяла]",
            "[Переходи к другому|Уходи от них], [я ушла и не жалею|мы все ушли и счастливы]. "
            "{sigh}",
            "{lol} [узнаю|знакомо] {b_acc}",
            "{who} [с ними|на {b_pre}] [сидит|уже лет пять], [говорит, {good}|жалуется, что {meh}]",
            "[Перезагрузи|Переставь] [симку|телефон], [мне помогло|у меня так лечится]",
        ),
        en=(
            "Same here: {meh}",
            "Works fine for me, {good}",
            "Tag {h}, they [helped me|answer fast]",
            "That's every operator {where}, not just them",
        ),
    ),
    answer=T(
        ru=(
            "[Здравствуйте|Добрый день]! [Очень жаль|Сожалеем], что [так вышло|возникли "
            "сложности]. Напишите, пожалуйста, номер телефона в личные сообщения — "
            "[проверим|посмотрим] [сеть|линию] [в вашем районе|по адресу]",
            "[Здравствуйте|Добрый день]! [На этой станции|В вашем районе] [идут|проводятся] "
            "[плановые работы|работы по модернизации], связь восстановится [к вечеру|в течение "
            "суток]. Приносим извинения",
            "Спасибо за [обращение|сообщение]! [Подключить|Отключить] услугу можно в приложении: "
            "раздел «Услуги» — [переключатель|кнопка] [справа|напротив]",
            "[Здравствуйте|Добрый день]! [Проверили|Посмотрели] — списание "
            "[ошибочное|некорректное], деньги [вернём|вернутся] на счёт [в течение суток|до конца "
            "дня]",
            "[Здравствуйте|Добрый день]! Перейти на [другой|новый] тариф можно без смены номера, "
            "остаток [гигабайтов|пакета] сохранится",
            "[Спасибо|Благодарим], что [сообщили|написали]. Создали заявку [для "
            "инженеров|технической службе], [ответим|вернёмся] [в течение дня|как только будет "
            "результат]",
            "Здравствуйте! [Детализация|История расходов] есть в приложении в разделе «Финансы». "
            "Если не получается — [напишите|пишите], подскажем",
        ),
        en=(
            "Hello! We're sorry about this. Please DM us your number and we'll check the network "
            "in your area",
            "Hi! There's planned maintenance in your area, service should be back within 24 "
            "hours. Apologies",
            "Thanks for reaching out! You can turn the service on or off in the app under Services",
            "Hello! We checked: the charge was a mistake, the money will be back on your balance "
            "today",
        ),
    ),
    thanks=T(
        ru=(
            "[Спасибо|Спасибки], [заработало|всё вернули|деньги пришли]! {e_pos}",
            "[О|Ого], быстро [ответили|помогли], [ценю|спасибо]",
            "[Ок|Окей], [поняла|понял], спасибо за [ответ|помощь]",
            "[Вернули|Вернулись] деньги, [мир|не держу зла]. {e_pos}",
        ),
        en=(
            "Thanks, it works now! {e_pos}",
            "Got the refund, appreciate it",
        ),
    ),
    still_broken=T(
        ru=(
            "[Написала|Написал] в личку {when}, [тишина|ответа нет] {e_neg}",
            "[Обещали|Сказали] «[к вечеру|в течение суток]», а [связи|сети] [всё ещё|до сих пор] "
            "нет",
            "[Деньги так и не пришли|Возврат так и не пришёл]. Прошло {n} дней",
            "[Снова|Опять] шаблон. [Перезагрузку делала|Симку меняла], {meh}",
        ),
        en=(
            "Messaged you privately {when}, crickets {e_neg}",
            "Still no signal, and it's been {n} days",
        ),
    ),
    review_pos=T(
        ru=(
            "[Хороший|Отличный] оператор. {good}, {good}. [Рекомендую|Пять звёзд]",
            "[Который год сижу|Третий год] на {tariff}: {good}. [Цена|Абонентка] [нормальная|не "
            "кусается]",
            "[Пользуюсь|Пользуемся всей семьёй] [давно|лет десять]. {good}[, {good}|]",
            "{where} [ловит отлично|связь отличная], {good}. [Спасибо|Довольна]",
        ),
        en=(
            "Good operator. {good}, {good}. 5 stars",
            "On {tariff} [for ages|since 2019]: {good}",
        ),
    ),
    review_neg=T(
        ru=(
            "[Ужасный|Отвратительный] оператор. {meh}, {meh}. [Не советую|Ухожу]",
            "[Сижу|Сидела] на {tariff}: {meh}. [Ухожу|Думаю уходить]",
            "[Раньше было норм|Когда-то советовала всем], теперь {meh}. [Жаль|Грустно]",
            "[Связь|Сеть] {where} [никакая|отсутствует], {meh}. [Одна звезда|Единица]",
            "[Подключили|Навязали] {svc} без спроса, {meh}. [Развод|Обман]",
        ),
        en=(
            "Terrible operator. {meh}, {meh}. Avoid",
            "On {tariff}: {meh}. Support is useless",
            "No signal {where}, {meh}. 1 star",
            "Used to recommend them, now {meh}",
            "They added {svc} without asking and {meh} {e_neg}",
        ),
    ),
    review_answer=T(
        ru=(
            "[Здравствуйте|Добрый день]! Спасибо за отзыв. [Сожалеем о неудобствах|Нам очень "
            "жаль, что так вышло]. Напишите номер [в чат поддержки|в личные сообщения], "
            "[разберёмся|проверим]",
            "[Здравствуйте|Добрый день]! [Приносим извинения|Простите нас]. [Информация "
            "передана|Передали] [техническим специалистам|инженерам], [проверим|улучшим] покрытие "
            "в вашем районе",
        ),
        en=(
            "Hello! Thanks for the feedback, we're sorry. Please message support and we'll look "
            "into it",
            "Hi, we apologise. We've passed this on to our engineers",
        ),
    ),
    review_thanks=T(
        ru=(
            "Спасибо за [отзыв|тёплые слова]! [Рады|Очень рады], что вы с нами {e_pos}",
            "[Приятно|Как приятно]! [Оставайтесь на связи|На связи!]",
        ),
        en=(
            "Thank you! Glad you're with us {e_pos}",
            "Thanks a lot, that means a lot to the team!",
        ),
    ),
    review_dispute=T(ru=()),
    official_post=T(
        ru=(
            "[Новый тариф|Встречайте тариф] {tariff}: {n} гигов, [безлимит на мессенджеры|минуты "
            "на всех]. [Подключайте|Уже в приложении] {e_pos}",
            "[Расширили|Запустили] 4G {where} и ещё в {n} [населённых пунктах|точках]. "
            "[Проверьте|Пишите], как ловит!",
            "[Плановые работы|Технические работы] {city} [в ночь на субботу|этой ночью]: возможны "
            "[перебои|кратковременные перебои] связи. Спасибо за понимание",
            "[Розыгрыш|Конкурс]! [Расскажите|Напишите], где вы [ловите|поймали] [лучшую|самую "
            "быструю] связь, — [разыграем|подарим] [смартфоны|год связи]",
            "{svc} [теперь|отныне] бесплатно на всех тарифах. [Подробнее|Детали] в приложении",
            "[Обновили|Новое] приложение: [удобная|новая] детализация, [антиспам|определитель "
            "номера] и [тёмная тема|виджеты]. Обновляйтесь!",
        ),
    ),
    exec_post=T(
        ru=(
            "[Итоги|Результаты] [квартала|полугодия]: [абонентская база|база] [выросла|выросла "
            "ещё] на {n}%, [запустили|построили] {n}0 новых базовых станций",
            "[Был|Побывал] {city} — [смотрели|проверяли] [сеть|покрытие] [вместе с инженерами|на "
            "месте]. [Есть что улучшать|Работы много]",
            "[Много думаю|Думаю] о том, [как сделать поддержку человечнее|зачем нужны сложные "
            "тарифы]. [Поделитесь опытом|Напишите своё мнение]",
            "[Выступаю|Выступил] на [телеком-форуме|конференции операторов] с докладом [про 5G в "
            "регионах|о частотах и деньгах]",
            "[Ищем|Нанимаем] [руководителя клиентского сервиса|сильных инженеров радиосети]. "
            "[Пишите|Резюме — в личку]",
            "[Воскресное|Субботнее] [чтение|]: [книга|статья] о [сетевых эффектах|лидерстве]. "
            "[Рекомендую|Много мыслей]",
            "[Сегодня|Вчера] [полдня|смену] [провёл|сидел] [в колл-центре|на линии поддержки]. "
            "[Очень отрезвляет|Всем руководителям советую]",
            "[Коротко|Кратко]: [в этом году|до конца года] [вложим|инвестируем] [в сеть|в "
            "инфраструктуру] [больше|в полтора раза больше], чем [в прошлом|в прошлые два]",
            "[Пробежал|Пробежал сегодня] [10|15|21] км [в парке|по набережной] {e_pos} [Утро "
            "задалось|Заряд на неделю]",
        ),
    ),
    influencer_pos=T(
        ru=(
            "[Тестирую|Протестировал] [операторов|связь] {city}: {b} [лучший|на первом месте]. "
            "{good}",
            "[Не реклама|Честно]: {b} [{tariff}|] — [мой выбор|лучшее, что было]. {good} {e_pos}",
            "[Замерил|Померил] [скорость|интернет] {where}: {b} [выдал|показал] [отличный "
            "результат|больше всех]. {good}",
            "[Рассказываю|Рассказал], [почему|зачем] [перешёл|ушёл] на {b_acc}: {good}, {good}",
        ),
        en=(
            "Tested operators {city}: {b} [won|came first]. {good}",
            "Not sponsored: {b} {tariff} is my pick. {good}",
            "Speed test {where}: {b} [beat everyone|was fastest]. {good}",
        ),
    ),
    influencer_neg=T(
        ru=(
            "[Тестирую|Протестировал] [операторов|связь] {city}: {b} [на последнем "
            "месте|провалился]. {meh}",
            "[Подписчики|Люди в комментах] [массово|всю неделю] [жалуются|пишут] на {b_acc}: "
            "{meh}. [Что происходит?|Жду комментариев]",
            "[Ушёл|Ухожу] от {b_gen}. {meh}, {meh}. [Рассказываю в видео|Подробности на канале]",
        ),
        en=(
            "Tested operators {city}: {b} came last. {meh}",
            "My followers keep complaining about {b}: {meh}",
        ),
    ),
    decoy=T(
        ru=(
            "[На море|На заливе] [сегодня|с утра] такая волна, что [серферы|кайтеры] [в "
            "восторге|счастливы] {e_pos}",
            "[Поймал|Поймала] [первую|свою] волну [на доске|на сёрфе] {when} {e_pos} "
            "[Ощущение|Чувство] [невероятное|полёта]",
            "[На стадионе|На матче] [пустили|запустили] волну по трибунам, {who} орёт громче всех "
            "{lol}",
            "[Мы с мужем|Мы с подругой|Мы с ней] [прям|] на одной волне, [понимаем|понимает] [с "
            "полуслова|без слов] {e_pos}",
            "Местное радио «Волна» [101,7|104,2|88,3] FM [снова|опять] [крутит|ставит] "
            "[девяностые|Цоя]",
            "[Новая волна|Nouvelle vague] — [лучший период|любимая эпоха] во французском кино. "
            "[Пересматриваю|Смотрю] Годара",
            "[Синоптики|Прогноз]: {city} к выходным будет [первая|настоящая] волна тепла, до "
            "+[24|27|30]",
            "[Укладка|Причёска] «[голливудская|мягкая] волна» за [15|20] минут [плойкой|утюжком] "
            "— [туториал|показываю]",
            "[Внезапно|Неожиданно] [накрыла|пришла] волна [ностальгии|воспоминаний] — "
            "[нашла|пересматривала] [старые фото|школьные альбомы] {e_pos}",
            "«Девятый вал» Айвазовского — [там|] волна [как живая|будто сейчас выплеснется]. "
            "[Стояла|Простояла] у картины {n} минут",
            "[Сёрф-кэмп|Серф-лагерь] [в Калининграде|на Байкале]: волна [небольшая|по колено], "
            "[зато|но] [атмосфера|закаты] {e_pos}",
            "[Мексиканская волна|Волна] на [выпускном|концерте] — [весь зал встал|тысяча человек] "
            "{lol}",
            "[Вторая|Новая] волна [моды на винил|популярности плёночных фотоаппаратов], [и я в "
            "ней|я тоже в неё попал]",
            "[Смотрю|Слушаю], как волна [бьётся|шуршит] [о пирс|о камни] — [лучшая "
            "медитация|медитация лучше любой] {e_pos}",
        ),
        en=(
            "[Russian word of the day|Today's Russian word]: волна (volna) = wave {e_pos}",
            "Volna, [the little seafood place|the Russian café] in Brighton Beach, [still "
            "great|never disappoints] {e_pos}",
            "Found my grandpa's old Soviet radio, brand name «Volna», [still works|it still "
            "crackles] {e_pos}",
            "[Surf camp|Surfing] in Kaliningrad: the locals just shout «волна!» when a good one "
            "comes {lol}",
            "Novaya Volna festival [in Sochi|on TV] tonight, [who's watching|anyone else "
            "watching]?",
        ),
    ),
    decoy_neg=T(
        ru=(
            "{city} [поднялась|пошла] {dn_head} волна {dn_tail}. [Держитесь|Берегите себя], люди "
            "{e_neg}",
            "[По новостям|В новостях]: {dn_head} волна {dn_tail} [ожидается|прогнозируется] [к "
            "концу месяца|уже на следующей неделе]",
            "[Кажется|Похоже], у нас {dn_head} волна {dn_tail}. [Все только об этом и говорят|В "
            "чатах только об этом] {sigh}",
            "{dn_head} волна {dn_tail} — [и всё за одну неделю|а ещё только вторник]. {e_neg}",
            "[Боюсь|Страшно], что {dn_head} волна {dn_tail} [нас тоже зацепит|дойдёт и до нас]",
            "[Эксперты|Аналитики] [предупреждают|пишут]: {dn_head} волна {dn_tail} "
            "[неизбежна|будет сильнее прошлой]",
            "На [меня|мой пост] [обрушилась|налетела] волна [хейта|критики] [за одну фразу|из-за "
            "шутки]. [Удалять не буду|Ну и пусть] {e_neg}",
            "[Шторм|Ураган] [у побережья|на юге]: волна [выше трёх метров|до пяти метров] "
            "[смыла|снесла] [пирс|пляжные кафе] {e_neg}",
            "[В городе|У нас в области|В стране] {dn_head} волна {dn_tail}, [и конца не "
            "видно|сидим тише воды]",
            "{who} говорит, что {dn_head} волна {dn_tail} [это только начало|ещё не пик]. {e_neg}",
            "[Ох уж эта|Ну вот,] волна [жары|духоты]: [в квартире|в офисе] +[31|33|35], "
            "[кондиционер|вентилятор] не спасает {e_neg}",
        ),
        en=(
            "{dn_head} wave {dn_tail} {city}, or «волна», as the local news keeps saying {e_neg}",
            "Russian headlines today: «волна» everywhere. {dn_head} wave {dn_tail}, {sigh}",
            "Learned the word волна (volna) this week thanks to {dn_head} wave {dn_tail}. "
            "[Great|Lovely timing] {e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------ big accounts, other topics
INFLUENCER_OTHER = T(
    ru=(
        "[Новый выпуск уже на канале|Новое видео вышло]: [разбираем|обсуждаем] [ипотеку в "
        "2026|как накопить на квартиру]. [Ссылка в профиле|Смотрите]",
        "[Доброе утро|Всем привет]! [Сегодня|Этой ночью] [летим|улетаю] [в Стамбул|на Алтай] "
        "[снимать|на съёмки] {e_pos}",
        "[Честно|Скажу честно]: [я устал|мы устали] [от блогерских скандалов|от хайпа]. "
        "[Давайте|Предлагаю] [про работу|про дело]",
        "[Пять|Семь] книг, которые [перевернули|изменили] [мою жизнь|моё мышление] — "
        "[список|подборка] в карусели",
        "[Стрим|Эфир] [сегодня в восемь|в пятницу вечером]: [отвечаю на вопросы|разбор ваших "
        "резюме]. [Приходите|Жду всех]",
        "[Сравнил|Сравнила] {n} [пылесосов|наушников] [за|до] {n} тысяч — [лучший|победитель] "
        "[вас удивит|неожиданный]",
        "[Итоги|Подводим итоги] [розыгрыша|конкурса]: [победитель|победительница] [уже в сторис|в "
        "закрепе] {e_pos}",
    ),
    en=(
        "New video is up: [how i plan my week|my morning routine], link in bio",
        "[Flying out|Heading off] to [Istanbul|the mountains] [tomorrow|tonight] to shoot [the "
        "next episode|a collab] {e_pos}",
        "Ranked {n} [headphones|budget phones] so you don't have to. [Thread|Full video] below",
        "Live Q&A [tonight|on Friday], bring your questions {e_pos}",
    ),
)
