"""Text bank `blind16`, brands half: what people say about the three brands of the simulated week.

Holds the shared vocabulary (`VOCAB`: city, when, who, lol, sigh, n, e_pos, e_neg, e_meh) and,
for «Сочный Бургер» (`SOCHNY`), «Полюшко» (`POLYUSHKO`) and «Волна» (`VOLNA`), every
`BrandTexts` role (organic posts, posts to the desk and its answers, reviews, the brand's and the
executive's posts, influencers, the everyday sense of the name) with each brand's vocabulary,
including the event keys of the vocabulary contract shared with the other half
(bank_blind16_events.py): guard_venue, found_item / found_short, ignored_issue, gaffe_topic,
fake_claim, in the value counts and grammatical forms the contract gives; plus
`INFLUENCER_OTHER` (big accounts about other things).

Written for issue 13 (the eighteenth round) by a writer who had not read the detectors. Files
read: the brief; detectors/scenarios/banks.py (with its uncommitted diff), textgen.py, week.py,
week_traffic.py, week_crises.py, week_storm.py, week_brands.py; in detectors/simulation.py only
`noisy` and its helpers; tests/unit/test_week.py; detectors/scenarios/bank_blind16.py; the import
lines of the placeholder this file replaced; the [tool.ruff] section of pyproject.toml. Also seen:
the file names in detectors/scenarios/ (a directory listing) and two signature lines of
detectors/stories.py (`text_signature`, `_similarity`) that a grep for the test's helpers printed;
nothing else of those files was opened.

Seen of other banks: only strings the disjointness test printed as shared word for word with
this file's first drafts, all of them my own wording that happened to coincide (dev: vocabulary
values such as "at the dacha", "bacon burger", "mobile data"; blind: two service names; blind2,
blind3, blind4, blind5, blind6, blind7, blind8, blind11, blind13, blind14: a few vocabulary
values and short templates). Every string it named was reworded; nothing was taken from what it
printed. A failing guard-video test also printed a fragment of the other half's text; nothing
was taken from it, and that test was deselected (`--deselect`) for some runs while it failed on
that half's texts. The texts were checked only with tests/unit/test_week.py (the allowed
command, -k blind16) and ruff; drafts were edited with small text-replacement scripts, and no
tool scored or classified them.
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

# ------------------------------------------------------------------------------ shared vocabulary
# city: a city's name in the nominative; when: a time adverbial; who: a person, nominative;
# lol / sigh: interjections; n: a small number (2-4, so «{n} дня», «{n} раза» agree);
# e_pos / e_neg / e_meh: emoji.
VOCAB = Vocab(
    ru={
        "city": ("Казань", "Самара", "Пермь", "Екатеринбург", "Новосибирск", "Тюмень",
                 "Воронеж", "Краснодар", "Ярославль", "Уфа", "Омск", "Тверь", "Иркутск",
                 "Саратов", "Калининград", "Челябинск", "Мурманск", "Владимир", "Сургут",
                 "Томск", "Киров", "Барнаул"),
        "when": ("вчера", "сегодня", "позавчера", "ночью", "утром", "намедни", "давеча",
                 "вчера ближе к десяти", "сегодня в 8:17", "в среду без двадцати семь",
                 "в субботу ближе к обеду", "вчера в 23:47", "в понедельник с утра, часов в 10"),
        "who": ("жена", "муж", "мама", "свекровь", "соседка", "коллега", "братишка",
                "подруга", "дочка", "сын-подросток", "тёща", "начальник", "бабушка", "сосед",
                "сестрёнка", "кума"),
        "lol": ("ахахах", "ору", "лол", "😂", "🤣", "ржу", "хахах", "ахахах😂", "пхпх",
                "хехе"),
        "sigh": ("эх", "мда", "эээх", "😮‍💨", "ох", "пфф", "хм", "эхх"),
        "n": ("2", "3", "4"),
        "e_pos": ("😍", "🔥", "👍", "❤️", "🙌", "😋", "💯", "🥰", "✨", "👌", "💪", "🤤",
                  "🔥🔥", "😍😍"),
        "e_neg": ("😡", "🤬", "👎", "😤", "🤢", "😠", "😒", "💢", "😩", "🤬🤬", "👎👎"),
        "e_meh": ("🤷", "😐", "🤔", "🙃", "😶", "🫠", "🤷‍♂️", "😑", "👀", "🤷‍♀️"),
    },
    en={
        "city": ("Moscow", "Kazan", "Petersburg", "Yekaterinburg", "Novosibirsk", "Sochi",
                 "Samara", "Krasnodar", "Perm", "Kaliningrad", "Vladivostok", "Tyumen"),
        "when": ("yesterday", "today", "tonight", "earlier", "recently",
                 "yesterday around 9:20", "this morning at 7:43", "on Sunday at like 2pm",
                 "last Thursday after the gym", "on Wednesday around 7ish",
                 "at 11:52 last night"),
        "who": ("my wife Zlata", "my husband Gleb", "my flatmate Yaroslava", "my mum Nonna",
                "Timur from accounts", "my brother Savva", "my girlfriend Varvara",
                "my son Platon", "my landlord Arkady", "my neighbour Efim", "my dad Valery",
                "my roommate Lev"),
        "lol": ("lol", "lmao", "😂", "haha", "💀", "lmfao", "😭😂", "hahaha"),
        "sigh": ("sigh", "ugh", "welp", "meh", "😮‍💨", "smh", "yikes", "oof"),
        "n": ("2", "3", "4", "two", "three"),
        "e_pos": ("😍", "🔥", "👍", "❤️", "🙌", "😋", "💯", "🥰", "✨", "👌", "🤤", "🔥🔥"),
        "e_neg": ("😡", "🤬", "👎", "😤", "🤢", "😠", "😒", "💢", "😩", "🙄"),
        "e_meh": ("🤷", "😐", "🤔", "🙃", "😶", "🫠", "😑", "👀", "🤷‍♀️"),
    },
)


# ------------------------------------------------------------------------------ «Сочный Бургер»
# dish: a menu item (nominative = accusative); good / meh: a remark about the food or the place;
# promo: an offer (nominative); spot: where the restaurant is ("на Ленина", "у вокзала").
# Event keys: see the vocabulary contract of blind16 (guard_venue, found_item, found_short,
# ignored_issue, gaffe_topic, fake_claim).
_SOCHNY_VOCAB = Vocab(
    ru={
        "dish": ("«Дровосек» с беконом", "двойной «Чиз-Бокс»", "ролл «Курочка-гриль»",
                 "крылышки «Огонёк»", "наггетсы «Хрум-хрум»", "луковые кольца «Золотые»",
                 "шейк «Пломбир»", "чикен-бургер «Цыпа»", "фиш-бургер «Треска»",
                 "детский набор «Юнга»", "картофель «По-деревенски»", "веджи-бургер «Огород»",
                 "грибной «Лесник»", "бургер «Гавайи» с ананасом", "сырные палочки «Тянучки»",
                 "бургер «Глазунья» с яйцом", "ролл «Креветка-кранч»", "комбо «Обеденный»"),
        "good": ("котлета толстая и правда сочная, сок течёт по пальцам",
                 "булочка мягкая и не разваливается до последнего укуса",
                 "соуса кладут не жалея, хватает и на картошку",
                 "картошка хрустит даже после двадцати минут в доставке",
                 "всё горячее, прямо с гриля, аж пар идёт",
                 "порции стали заметно больше, чем год назад",
                 "овощи свежие, салат хрустит, помидор не водянистый",
                 "собрали заказ минут за пять при полном зале",
                 "фирменный чесночный соус просто отвал башки",
                 "сыр тянется как в рекламе, честное слово",
                 "мясо чувствуется, а не одна булка с кетчупом",
                 "персонал улыбается, никто не торопит с подносом",
                 "в зале чисто, столы протирают сразу после гостей",
                 "курица в панировке хрустит и внутри сочная"),
        "meh": ("фастфуд как фастфуд, ничего нового под солнцем",
                "соли многовато, потом весь вечер пьёшь воду",
                "булка чуть суховата по краям",
                "цены подросли рублей на тридцать за полгода",
                "очередь в обед приличная, минут на десять",
                "вкусно, но через неделю такого меню надоедает",
                "соус перебивает вкус мяса, на мой вкус",
                "картошка сегодня была вялая и чуть тёплая",
                "в зале шумно, как на вокзале в пятницу",
                "салфеток у кассы вечно не хватает",
                "комбо без скидки уже не особо и выгодное",
                "порция так себе для взрослого мужика после смены",
                "на фото в меню бургер выше раза в два"),
        "promo": ("комбо за 349 по будням до 16:00", "второй чизбургер за 1 ₽ по средам",
                  "шейк в подарок к заказу от 790", "−20% на первый заказ по коду ЖАРА",
                  "счастливые часы с 15:00 до 16:30", "студенческое комбо за 279 по зачётке",
                  "кешбэк 7% баллами на карту гостя", "ведро крылышек «На компанию» за 899",
                  "бургер дня за 199 после восьми вечера"),
        "spot": ("на Ленина, 14", "у Северного вокзала", "в ТРЦ «Галактика» на объездной",
                 "на фудкорте «Меги» возле кино", "через дорогу от политеха, у общаги",
                 "на Садовой, 3", "у метро «Пролетарская»", "на въезде со стороны трассы",
                 "в аэропорту Кольцово", "на набережной, прямо под чёртовым колесом",
                 "у автовокзала «Южный»", "в новом ТРЦ «Орбита»"),
        "guard_venue": ("в ресторане на Садовой у Сенного рынка",
                        "в ресторане на проспекте Мира у входа в метро",
                        "в ресторане на Привокзальной площади у самых касс"),
        "found_item": ("кусок синей перчатки в бургере",
                       "погнутую металлическую скобу в верхней булке",
                       "маленького чёрного жука в листе салата",
                       "обрывок пластыря в наггетсах"),
        "found_short": ("перчатка", "скоба", "жук", "пластырь"),
        "ignored_issue": ("деньги за отменённый заказ на 1 870 ₽ не вернулись уже девять дней",
                          "приложение списывает оплату дважды за один заказ",
                          "баллы в приложении сгорают через день после начисления"),
        "gaffe_topic": ("тех, кто просит пересобрать бургер без лука",
                        "людей, которые приходят с детьми и сидят по три часа с одним шейком",
                        "тех, кто строчит жалобы из-за остывшей картошки"),
        "fake_claim": ("в котлеты подмешивают мясо из просроченных партий с соседнего склада",
                       "в нескольких ресторанах сети нашли кишечную палочку и это скрывают",
                       "масло во фритюре меняют раз в месяц, поэтому люди травятся"),
    },
    en={
        "dish": ("Lumberjack bacon burger", "Double Cheese Box", "Grilled Chick wrap",
                 "Ogonyok hot wing bucket", "Crunch-Crunch nugget box", "Golden onion ring box",
                 "Plombir shake", "Tsypa chicken burger", "Cod fish burger",
                 "Cabin Boy kids meal", "Hawaii pineapple burger", "Sunny-side egg burger",
                 "Shrimp Crunch wrap", "Forester mushroom burger", "Garden veggie burger"),
        "good": ("the patty is thick and actually juicy, it drips down your wrist",
                 "the bun is soft and holds together to the last bite",
                 "they don't skimp on the sauce, there's enough for the fries too",
                 "the fries stay crispy even after twenty minutes in delivery",
                 "everything comes out hot off the grill, still steaming",
                 "portions got noticeably bigger than last year",
                 "the lettuce is fresh and the tomato isn't watery",
                 "my order was ready in five minutes in a packed room",
                 "the garlic house sauce is ridiculous",
                 "the cheese pull is like in the ads, no joke",
                 "you can actually taste the beef, not just bun and ketchup",
                 "staff were friendly and nobody rushed us out"),
        "meh": ("it's fast food, nothing new under the sun",
                "too salty, I was drinking water all evening",
                "the bun was a little dry round the edges",
                "prices crept up thirty roubles in half a year",
                "the lunch queue takes a good ten minutes",
                "tasty but a week of it and you're done",
                "the sauce drowns the meat if you ask me",
                "fries were limp and lukewarm today",
                "it's loud inside, like a station on a Friday",
                "the burger on the menu photo is twice as tall"),
        "promo": ("the 349 weekday combo before 4pm", "a second cheeseburger for 1 rouble on "
                  "Wednesdays", "a free shake with orders over 790",
                  "20% off your first order with the code ZHARA",
                  "happy hours from 3 to 4:30", "the 279 student combo",
                  "the 199 burger of the day after 8pm"),
        "spot": ("on Lenina St, 14", "by the North station", "in TRTs Galaktika off the ring road",
                 "at the Mega food court by the cinema", "across from the poly, by the dorms",
                 "by Proletarskaya metro", "at Koltsovo airport",
                 "on the embankment right under the Ferris wheel", "in the new Orbita mall"),
        "guard_venue": ("at the restaurant on Sadovaya Street by the Sennaya market",
                        "at the restaurant on Prospekt Mira right by the metro entrance",
                        "at the branch on Station Square, just by the tills"),
        "found_item": ("a torn bit of blue glove in the burger",
                       "a bent metal staple in the top bun",
                       "a small black beetle in the lettuce leaf",
                       "a scrap of sticking plaster in the nuggets"),
        "found_short": ("glove", "staple", "beetle", "plaster"),
        "ignored_issue": (
            "my refund for a cancelled 1,870-rouble order still hasn't come after nine days",
            "the app charges me twice for a single order",
            "my app points expire a day after they're credited"),
        "gaffe_topic": ("people who ask for a burger without onions",
                        "people who bring their kids and sit for three hours over one shake",
                        "people who write complaints about lukewarm fries"),
        "fake_claim": (
            "the patties are mixed with meat from expired batches from a nearby warehouse",
            "several branches were found to have E. coli and it's being covered up",
            "the fryer oil is changed once a month and that's why people get sick"),
    },
)

SOCHNY = BrandTexts(
    vocab=_SOCHNY_VOCAB,
    positive=Texts(
        ru=(
            "[Взял|Взяла|Заказал|Заказала] {dish} в {b_pre} {spot} — {good} {e_pos}",
            "{b} [снова|опять|в который раз] [спасает|выручает] [после смены|в обед|после "
            "тренировки|когда дома шаром покати], {good}",
            "[Честно|Не ожидал, но|Признаю], {dish} в {b_pre} [вкуснее|сочнее|честнее], чем в "
            "[половине|большинстве] модных бургерных [у нас в городе|в центре]",
            "[Кто бы что ни говорил|Пусть хейтят|Можете кидать тапками], а я за {b_acc}. "
            "{good} [{e_pos}|]",
            "{who} [в восторге|одобряет|требует повторить] — {b} [теперь наш пятничный "
            "ритуал|официально вошёл в семейное меню|победил домашние котлеты] {e_pos}",
            "[Лучший|Самый адекватный|Самый честный] фастфуд [в районе|у нас|на "
            "выезде из города] — {b}. [Проверено|Зуб даю|Отвечаю] {e_pos}",
            "[Попробовал|Попробовала] [новый|сезонный] бургер в {b_pre}: {good}. [Беру "
            "ещё|Буду брать|Зачёт]",
            "Сегодня в {b_pre} {spot} [обслужили|собрали заказ] [за три минуты|мгновенно], "
            "[даже|и] [не перепутали ничего|соус положили, какой просил] 👍",
            "[Давно|Вечность] не был в {b_pre}, [зашёл|заглянул] {when} — {good}. "
            "[Приятно удивлён|Прям порадовали]",
            "[Кайф|Блаженство|Счастье] — это {dish} из {b_gen} и [сериал|диван|тишина] "
            "после [длинного|тяжёлого] [дня|рабочего дня] {e_pos}",
            "[Тот момент, когда|Когда] {dish} в {b_pre} [вкуснее|лучше], чем [ожидал|на "
            "картинке] {e_pos}",
            "{b}, [спасибо|респект] [девочкам|ребятам|смене] {spot} — [вежливые|шустрые|"
            "улыбчивые], [и|а] {good}",
            "[Акция|Предложение] «{promo}» в {b_pre} — [просто подарок|топ за свои "
            "деньги|лучшее, что случалось с моим бюджетом] {e_pos}",
            "Взяли [на компанию|на всех|в офис] [ведро крылышек|сет|кучу всего] в {b_pre}, "
            "[смели за десять минут|не осталось ни крошки|даже {who} одобряет] {lol}",
            "[Сколько|Куда] бы я ни [уезжал|ездил], а [лучше|вкуснее] {dish} [из|от] {b_gen} "
            "[так и не нашёл|пока не нашёл]",
            "[Доставка|Курьер] {b_gen} [приехала|приехал] [раньше срока|за 25 минут], всё "
            "[горячее|тёплое], {good} {e_pos}",
            "Ребёнок [сказал|заявил], что на день рождения [хочет|желает] только в {b_acc}. "
            "[Ну что ж|Кто я такой, чтобы спорить], {lol}",
            "[Порадовал|Приятно удивил] {b} {spot}: [туалет чистый|есть детский "
            "уголок|зарядка для телефона на столах], {good}",
            "[В|По] {b_pre} [новое меню|обновили меню] — {dish} [просто огонь|теперь мой "
            "фаворит|прямо в сердечко] {e_pos}",
            "[Ставлю|Даю] {b_dat} [твёрдую пятёрку|десять из десяти|9/10] за {dish}: {good}",
            "[Всем|{city}, ловите совет:] [советую|рекомендую] {b_acc} {spot}: {good}",
            "[Не реклама|Без рекламы], просто [люблю|обожаю] {b_acc}. {good}. [Всё|Точка] "
            "{e_pos}",
            "[В дороге|На трассе|В аэропорту] [выручил|спас] {b}: {dish}, [кофе|шейк] и "
            "[полчаса|минут двадцать] тишины {e_pos}",
            "[Сегодня|{when}] [была|был] в {b_pre} [впервые|первый раз] — {good}. [Теперь "
            "понимаю, почему все туда ходят|Теперь ясно, откуда очереди]",
            "[Девочка на кассе|Кассирша] в {b_pre} {spot} [посоветовала|подсказала] {dish}, "
            "[и угадала на сто процентов|теперь беру только это] {e_pos}",
            "Нормально [поели|пообедали] в {b_pre} [за 500|меньше чем за 600] на двоих, {good}",
            "{b}, [вы|ребята] [лучшие|красавцы|молодцы]! {dish} [огонь|бомба|пушка] {e_pos}",
            "[После зала|После пар|После ночной] {b} [заходит|идёт] [на ура|как родной], "
            "{good} {lol}",
            "[Обычно|Вообще-то] я не [ем|фанат] фастфуд, но {dish} в {b_pre} — [исключение|"
            "другое дело]. {good}",
            "[Залетела|Заскочила] в {b_acc} [на пять минут|перекусить], {good}. [Умницы|"
            "Молодцы, так держать] {e_pos}",
            "[Муж|Парень] [принёс|притащил] {dish} из {b_gen}, и [вечер|день] [спасён|"
            "удался] {e_pos}",
            "Сравнивал [три|несколько] [сети|бургерные] [у нас ({city})|в городе] — {b} [выиграл|"
            "на первом месте] [по соотношению цена/вкус|по мясу|без вариантов]",
            "[Не могу не отметить|Отмечу], что в {b_pre} {spot} [стало|теперь] [чище|"
            "быстрее|вкуснее]. {good}",
            "[Заказывали|Брали] [детский праздник|день рождения сына] в {b_pre}, "
            "[аниматор|персонал] [молодцы|на высоте], дети [счастливы|довольны] {e_pos}",
            "[Мой|Наш] [ежегодный|традиционный] [поход|визит] в {b_acc} [после "
            "экзаменов|в день зарплаты|после сессии] [состоялся|случился], {good}",
            "[Ну вот|А вот] это [я понимаю|уважаю]: {b} [сам исправил|сами переделали] "
            "заказ, [когда|хотя] я [даже|ещё] не [успел|успела] [пожаловаться|ничего сказать]",
            "[Ночью|В два ночи] {b} {spot} [работает|открыт], {dish} и всё [горячее|свежее] — "
            "[спасибо|респект] [ночной смене|вам] {e_pos}",
            "[Хочу|Хотелось бы] [похвалить|поблагодарить] {b_acc}: [{good}|{dish} ровно как "
            "на фото]",
            "[Перешёл|Переехал] из [кфс|соседней сети] в {b_acc} и [не жалею|назад не "
            "собираюсь]. {good}",
            "{dish} + {promo} в {b_pre} = [идеальный обед|лучший день|счастье студента] "
            "{e_pos}",
            "[Каждый раз|Всегда], когда [бываю|приезжаю] в город {city}, [захожу|иду] в {b_acc} "
            "[на вокзале|{spot}]. [Стабильно|Всегда] [вкусно|на уровне]",
            "[Наконец-то|Ура], {b} [открыли|открылся] [у нас|{spot}]! [Сходили|Уже "
            "сходили] {when}, {good} {e_pos}",
            "[Оценил|Оценила] [веганский|постный] [вариант|бургер] в {b_pre}: [даже мясоед|"
            "свёкор] [не заметил разницы|попросил добавки] {lol}",
        ),
        en=(
            "Grabbed a {dish} at {b} {spot} — {good} {e_pos}",
            "{b} [never misses|came through again|is still my comfort food], {good}",
            "[Honestly|Not gonna lie|Ok hear me out], the {dish} at {b} beats [half the|most] "
            "craft burger places in {city}",
            "[First time|Finally tried] {b} {when} and [wow|damn]. {good} {e_pos}",
            "{who} [is obsessed with|won't shut up about|keeps begging for] the {dish} from "
            "{b} {lol}",
            "[Best|Most underrated] fast food [in {city}|in town|on the highway] is {b}, "
            "[fight me|don't @ me|I said what I said]",
            "{b} delivery [showed up early|took 20 minutes], everything [still hot|warm], "
            "{good}",
            "Shoutout to the [night shift|staff|cashier] at {b} {spot}, [super friendly|"
            "quick and polite] and {good}",
            "{b}'s {promo} is [such a steal|honestly a gift|a lifesaver on a student "
            "budget] {e_pos}",
            "[Road trip|Layover|Long drive] saved by {b}: a {dish}, a shake and twenty "
            "quiet minutes {e_pos}",
            "Tried the new [seasonal|limited] burger at {b} — {good}. [10/10|9/10|would "
            "order again]",
            "[Compared|Ranked] [three|four] burger chains in {city}. {b} [wins|comes out on "
            "top] on [price|taste|both]",
            "[Not an ad|Unpaid opinion], I just [love|really like] {b}. {good}",
            "{b} {dish} + a couch + [a movie|my show] = [perfect Friday|peak evening] "
            "{e_pos}",
            "[Kid|My son|My daughter] wants {b} for [their|his|her] birthday party and "
            "[honestly|tbh] same {lol}",
            "Didn't expect much from {b} {spot} but {good} [{e_pos}|]",
            "Whenever I'm in {city} I [stop by|end up at] {b}. [Consistent|Reliable] every "
            "[time|single time]",
            "{b} [fixed|remade] my order before I even [complained|said anything]. That's "
            "[how you do it|service]",
            "The cashier at {b} recommended the {dish} and [she was right|he nailed it] "
            "{e_pos}",
            "[Gym|Night shift|Exam week] fuel: {b} {dish}. {good}",
            "I usually [avoid|don't do] fast food but {b}'s {dish} is [the exception|a "
            "different story]",
            "{b} opened {spot} [finally|at last]! Went {when}, {good} {e_pos}",
            "Two people, [under|less than] 600 roubles, full and happy. {b} [stays winning|"
            "knows what it's doing]",
            "[Low-key|Lowkey] think {b} has the best {dish} in [the country|Russia]. {good}",
            "[Open|Still open] at 2am, hot {dish}, friendly staff. Thank you {b} {spot} "
            "{e_pos}",
            "Veggie option at {b} [is legit|actually slaps], even {who} [didn't notice|asked "
            "for seconds]",
            "[Okay|Ok], {b} [new menu|menu update] [goes hard|is a win]. The {dish} [is my "
            "new favourite|hits different]",
            "{b} {spot} got [cleaner|faster|way better] lately, {good}",
        ),
        mixed=(
            "{b} [реально|просто] top tier, {dish} — chef's kiss {e_pos}",
            "Okay, {b} {spot} — [это|просто] best burger [ever|in town], {good}",
            "[Мой|Наш] comfort food [на|этой] неделе: {dish} из {b_gen}, no regrets {e_pos}",
            "{b} delivery [за|in] 20 minutes, всё горячее, {good}. Respect",
            "Лайфхак: {promo} в {b_pre}, [best deal|great value] [ever|в городе] {e_pos}",
            "{b} [это|—] [vibe|мой happy place], {dish} [просто|—] next level",
            "[Честно|Honestly], {b} [снова|again] [смог|nailed it]: {good} 👌",
            "[Сходили|Зашли] в {b_acc} [after work|после кино], [и это|it was] "
            "[awesome|a great call]: {good}",
            "Food review: {b}, {dish}. Verdict — [must try|10/10], {good}",
            "{b} {spot} — [love it|the best], [персонал|staff] [super|очень] friendly {e_pos}",
            "Weekend mood: {dish} из {b_gen} и [Netflix|сериал], [perfect|идеально] {e_pos}",
            "Guilty pleasure [дня|of the day] — {b}, {good}",
        ),
    ),
    neutral=Texts(
        ru=(
            "[Кто-нибудь|Кто-то] [знает|в курсе], до скольки [работает|открыт] {b} {spot}?",
            "[Сижу|Торчу] в {b_pre} {spot}, жду [мужа|друга|автобус]. [Вайфай есть|"
            "Розетки есть], уже неплохо",
            "{b} [запустил|запустили] {promo}. [Кто пробовал|Кто уже брал], как [оно|там]?",
            "[Встречаемся|Давайте встретимся] у {b_gen} {spot} в [шесть|семь|полвосьмого], "
            "[оттуда|потом] [в кино|на концерт|на каток]",
            "В {b_pre} {spot} [поменяли|переделали] [вывеску|зал|кассы]. {meh}",
            "[Интересно|Любопытно], {b} [делает|сделает] [завтраки|доставку ночью|"
            "постное меню]? [Было бы|Неплохо было бы] [удобно|кстати]",
            "[Чек|Ужин] в {b_pre} [на троих|на двоих] — [1200|1450|980]. {meh}",
            "{b} [или|vs] [шаурма у дома|пицца|домашние котлеты]? [Выбираю|Решаю] уже "
            "[полчаса|десять минут] {e_meh}",
            "[Заметил|Заметила], что в {b_pre} [теперь|стали] [давать|класть] [бумажные "
            "трубочки|деревянные вилки|соус в баночках]. {meh}",
            "[Оказывается|Узнал сегодня], {b} [открыли|открывают] [ещё одну точку|новый "
            "ресторан] в городе {city}",
            "[Мимо|Проезжал мимо] {b_gen} {spot} — [очередь|народу] [до дверей|как в "
            "мавзолей] {e_meh}",
            "В {b_pre} [сегодня|{when}] [был|взял] {dish}. {meh}, [но|а] [есть можно|"
            "сытно]",
            "[Переписка с женой|Диалог дня]: — Что на ужин? — {b}. — Опять? — [Опять|Ну а "
            "что] {lol}",
            "Вакансия в {b_pre} {spot}: [кассир|повар|курьер], [график 2/2|гибкий график]. "
            "[Если кому надо|Может, кому пригодится]",
            "[Кстати|Между прочим], в {b_pre} можно [расплатиться баллами|заказать через "
            "терминал|взять навынос без очереди]",
            "[Ребят|Народ], в {b_pre} {dish} [с перцем|с острым соусом|очень острое "
            "блюдо]? [Ребёнку|"
            "Свекрови] [можно|подойдёт]?",
            "{b} [теперь|с этой недели] [на|в] [Яндекс Еде|Деливери|Самокате]. [Удобно|"
            "Ну ок]",
            "[Сидим|Сидели] в {b_pre} {spot}, [рядом|за соседним столом] [празднуют "
            "день рождения|кто-то делает предложение|школьники после олимпиады] {lol}",
            "{b} [поднял|подняли] цены на [комбо|напитки|соусы], [рублей на|плюс] "
            "[20|30|15]. {meh}",
            "[Вопрос знатокам|Вопрос]: в {b_pre} котлета [говяжья|из говядины] или "
            "[смешанная|пополам со свининой]?",
            "[Взяли|Заказали] [обед|ужин] в {b_pre} {when}, [как обычно|по классике]: "
            "{dish} и [картошка|кола]",
            "[Обсуждаем|Спорим] в офисе, где [лучше|вкуснее] бургеры: {b} или [бургерная "
            "на углу|крафт в центре]. [Мнения разделились|Пока ничья]",
            "В {b_pre} {spot} [сделали|теперь] [детскую комнату|зону с розетками|"
            "киоски самообслуживания]",
            "[Если что|Для своих], {b} {spot} [закрыт на ремонт|переехал в соседний "
            "дом] до [понедельника|конца месяца]",
            "[Первый раз|Впервые] [в жизни|за год] [взял|попробовал] {dish} в {b_pre}. "
            "{meh}",
            "[Сколько|Почём] сейчас комбо в {b_pre}? [Давно не был|Год не заходил]",
            "[У {b_gen}|Гляньте, у {b_gen}] [новая|сменилась] [реклама|песня в рекламе|упаковка]. "
            "{e_meh}",
            "В {b_pre} [сегодня|вечером] [играл|играет] [живой музыкант|ретро на всю "
            "катушку], [необычно|забавно] {e_meh}",
            "[Пробую|Пытаюсь] [посчитать|понять] калории [в заказе|в комбо] ({dish}) из {b_gen}. "
            "[Лучше "
            "не знать|Не хочу знать] {lol}",
            "[Короче|В общем], [я|мы] в {b_pre} {spot}, [подходите|кто рядом — "
            "присоединяйтесь]",
            "[Обед|Перекус] [на бегу|между парами]: {b}. {meh}",
            "[Опрос|Голосуем]: [что брать|что лучше] в {b_pre} — {dish} или [крылышки|"
            "чизбургер]?",
            "[Говорят|Слышал], {b} [будет|собирается] [делать|открывать] [франшизу|"
            "точки на заправках]. [Посмотрим|Интересно]",
            "{b} [это|—] [сеть|сетка] из города {city} [или|а не] [московская|питерская]? [Всегда "
            "было интересно|Не знал]",
            "[Приложение|Терминал] {b_gen} [предлагает|подсовывает] {promo}. [Взять, что ли|"
            "Подумаю] {e_meh}",
            "[Мама|{who}] [спрашивает|интересуется], что [такое|это за место] {b}. "
            "[Объясняю|Рассказываю] {lol}",
            "[Стою|Застрял] в пробке [напротив|около] {b_gen} {spot}, [запах|аромат] "
            "[через окно|даже в машине] {e_meh}",
            "В {b_pre} {spot} [сменили|новый] [управляющего|менеджера], [говорят|вроде "
            "бы]. {meh}",
            "[Сегодня|{when}] [обедали|сидели] в {b_pre} [с командой|всем отделом]. [Обсуждали "
            "проект|Строили планы] под {dish}",
            "[Нашёл|Нашла] [старую|прошлогоднюю] [карту лояльности|скидочную карту] {b_gen}. "
            "[Она ещё работает|Действует ещё]?",
            "{b}: [будни|неделя] [начинаются|начались] с {promo} [в приложении|на кассе]",
            "[Ставлю|Поставил] {b_acc} в [список|план] [на выходные|на отпуск] {e_meh}",
        ),
        en=(
            "Does anyone know how late {b} {spot} is open?",
            "Sitting in {b} {spot} waiting for {who}. [At least the wifi works|There are "
            "sockets at least]",
            "{b} launched {promo}. [Anyone tried it|Is it worth it]?",
            "[Meet|Let's meet] outside {b} {spot} at [6|7|half 7], then [cinema|the gig]",
            "{b} [or|vs] [shawarma|pizza|leftovers] [tonight|for dinner]? [Can't decide|"
            "Been deciding for ten minutes] {e_meh}",
            "Dinner for [two|three] at {b}: [1200|1450|980] roubles. {meh}",
            "[Noticed|Apparently] {b} switched to [paper straws|wooden forks|sauce "
            "cups]. {meh}",
            "{b} is [opening|opened] [another|a new] branch in {city}",
            "Drove past {b} {spot}, the queue [was out the door|was huge] {e_meh}",
            "Had the {dish} at {b} {when}. {meh}",
            "{b} is [hiring|looking for] [cashiers|cooks|couriers] {spot}, [shifts|2 on 2 "
            "off]. [In case anyone needs it|Passing it on]",
            "Is the {dish} at {b} [spicy|very spicy]? Asking for {who}",
            "{b} is now on [Yandex Eats|Delivery Club|Samokat]",
            "{b} raised prices on [combos|drinks|sauces] by [20|30] roubles. {meh}",
            "Is the {b} patty all beef or a blend? [Genuine question|Anyone know]",
            "Office debate: {b} or [the craft place|the corner burger joint]. [Split "
            "vote|Still arguing]",
            "{b} {spot} [closed for renovation|moved next door] until [Monday|the end of "
            "the month]",
            "How much is a combo at {b} these days? [Haven't been in ages|It's been a year]",
            "{b} [changed|updated] [their packaging|their jingle|the logo]. {e_meh}",
            "Trying to count the calories in a {b} {dish}. [I'd rather not know|Nope] {lol}",
            "We're at {b} {spot} if anyone wants to join",
            "Poll: at {b}, the {dish} or [the wings|a cheeseburger]?",
            "Heard {b} [might|is going to] [franchise|open at petrol stations]. [We'll "
            "see|Interesting]",
            "Is {b} from {city} or [Moscow|Piter]? [Always wondered|Never knew]",
            "The {b} app keeps [pushing|offering me] {promo}. [Maybe|We'll see] {e_meh}",
            "Stuck in traffic right outside {b} {spot} and I can smell [it|the fries] "
            "{e_meh}",
            "Team lunch at {b} {when}, [planning the sprint|talking shop] over a {dish}",
            "Found an old {b} loyalty card. Does it still work?",
            "Adding {b} to the [trip|weekend] list {e_meh}",
            "Lunch [on the go|between lectures]: {b}. {meh}",
        ),
        mixed=(
            "Кто-нибудь знает, {b} {spot} open [24/7|late night]?",
            "Sitting в {b_pre}, жду {who}, [wifi|вайфай] [ok|норм]",
            "{b} [или|or] [pizza|шаурма] tonight? Help {e_meh}",
            "[Lunch|Обед] break: {b}, {dish}, [nothing special|ничего особенного]",
            "Новая [упаковка|packaging] у {b_gen} — [minimalist|в стиле минимализм] {e_meh}",
            "{b} [теперь|now] on Яндекс Еда, [fyi|к слову]",
            "[Quick|Быстрый] poll: {dish} или wings в {b_pre}?",
            "Team lunch в {b_pre} {spot}, [brainstorm|планёрка] [над|over] {dish}",
            "Price check: комбо в {b_pre} now [349|389|420], {meh}",
            "[Btw|Кстати], {b} {spot} closed [на ремонт|for renovation]",
            "Weekend plan: [кино|movie], потом {b} {e_meh}",
            "Random fact: {b} [делает|does] [breakfast|завтраки] [с 8|from 8am]",
        ),
    ),
    negative=Texts(
        ru=(
            "[Взял|Взяла] {dish} в {b_pre} {spot} — [всё холодное|еле тёплое|остывшее], "
            "[котлета|мясо] [как подошва|резиновое]. [Больше не пойду|Деньги на ветер] {e_neg}",
            "{b}, [вы серьёзно|это что вообще такое]? [Ждал|Прождал] заказ [40 минут|почти "
            "час] в пустом зале {e_neg}",
            "[Отравился|Отравилась|Траванулся] в {b_pre} {when}, [брал|взяли] {dish}. [Всю "
            "ночь|Полночи] [в обнимку с унитазом|у белого друга], [спасибо|мерси] {e_neg}",
            "[Опять|Снова|В третий раз подряд] {b} [перепутал|перепутали] заказ: "
            "[просил без лука — лук|просил острый — дали детский|вместо колы — спрайт]",
            "[Раньше|Когда-то] {b} был [нормальным|вкусным], а [сейчас|теперь] {dish} "
            "[размером с пельмень|одно название|сплошная булка]. [Жалко|Грустно] {e_neg}",
            "[Грязные столы|Липкий пол|Переполненные урны] в {b_pre} {spot} — [ужас|кошмар|"
            "позор]. [Санэпидемстанцию бы туда|Куда смотрит управляющий]",
            "Кассир в {b_pre} [нахамил|нагрубил|закатил глаза], когда я [попросил|спросила] "
            "[салфетки|чек|соус]. [Сервис|Обслуживание] уровня [«отвали»|дна] {e_neg}",
            "Курьер {b_gen} [привёз|доставил] [пакет|заказ] [через полтора часа|на час "
            "позже], [всё разлилось|шейк разлит по всему пакету]. [Бесит|Отстой] {e_neg}",
            "[Цены|Ценник] в {b_pre} [как в ресторане|уже неадекватные], а {dish} [всё "
            "мельче|меньше ладони]. {sigh}",
            "{b} [окончательно|совсем] [испортился|скатился]. [Мясо пересушено|Котлета "
            "пересолена], [булка сырая|хлеб непропечённый] {e_neg}",
            "В {b_pre} [нашла|нашёл] волос в [картошке|бургере|соусе]. [Аппетит пропал|"
            "Фу, просто фу] {e_neg}",
            "[Заказывал|Заказала] через приложение {b_gen}, [списали деньги|оплата прошла], "
            "а заказа [нет|так и нет] уже [час|полтора часа]. [Класс|Шикарно] {e_neg}",
            "[Никогда|Больше никогда] не [беру|возьму] {dish} в {b_pre}: [жир течёт по "
            "рукам|одно масло|сплошной жир]. [Желудок|Изжога] [благодарит|до сих пор]",
            "{b} {spot} [опять|снова] [закрылся раньше|закрыт] без [объявления|"
            "предупреждения], [ехал через весь город|приехали зря] {e_neg}",
            "[Попросил|Попросила] [переделать|заменить] [холодный|подгоревший] бургер — "
            "[в|у] {b_pre} [сделали вид, что не слышат|ответили «так и должно быть»] {e_neg}",
            "{b}, [где|куда делась] [котлета|начинка]? [Открыл|Открыла] {dish}, а там "
            "[один лист салата|полоска сыра и всё] {e_neg}",
            "Очередь в {b_pre} {spot} [20|25|30] минут при [двух|трёх] работающих кассах "
            "из [восьми|шести]. [Цирк|Издевательство]",
            "[Сын|Ребёнок] [съел|поел] детский набор в {b_pre} и [всю ночь|потом] "
            "[температурил|маялся с животом]. [Злая как собака|Злой как чёрт] {e_neg}",
            "[Разочарование года|Антирекомендация] — {b}. {dish} [без вкуса|как "
            "картон], [персонал|кассиры] [хамят|спят на ходу]",
            "[Как можно|Как вообще можно] [было|] так испортить {dish}? {b}, [верните|"
            "отдайте] старый рецепт {e_neg}",
            "[Акция|Реклама] «{promo}» в {b_pre} — [развод|обман]: [на кассе|в приложении] "
            "[не работает|не применяется], [а|и] [никто не может объяснить|все пожимают "
            "плечами]",
            "{b} [продаёт|впаривает] [разогретое|вчерашнее], я [уверен|уверена]. {dish} "
            "[явно заветрилось|с корочкой сверху] {e_neg}",
            "[Пришли|Пришёл] в {b_acc} {spot} [поужинать|пообедать] — [в зале|на полу] "
            "[тараканы|мусор|лужа от колы]. [Ушли|Развернулись] сразу",
            "[Кто|Какой гений] [придумал|додумался] в {b_pre} [убрать|отменить] "
            "[салфетки|бесплатный соус|кнопку отмены в приложении]? [Жесть|Бред] {e_neg}",
            "[Минус|Минус один] клиент, {b}. [Сегодняшний|Вчерашний] заказ ({dish}) "
            "[стал последней каплей|был последним] {e_neg}",
            "Третий [раз|заказ] подряд в {b_pre} [забывают|не кладут] [соус|картошку|"
            "напиток]. [Проверять пакет надо прямо на кассе|Теперь проверяю всё при них]",
            "[Жирно, солёно, дорого|Дорого, долго, невкусно] — вот и весь {b} [в "
            "2025|в наше время|сейчас] {e_neg}",
            "После {b_gen} [тяжесть|изжога] [весь день|до вечера]. [Спасибо, больше не "
            "надо|Возраст, видимо, не тот] {sigh}",
            "{b} [сломал|сломали] [приложение|программу лояльности]: баллы [пропали|"
            "обнулились], [поддержка|никто] не отвечает {e_neg}",
            "[Музыка|Колонка] в {b_pre} {spot} [орёт|долбит] так, что [своих мыслей не "
            "слышно|голова раскалывается]. [Поели|Ели] [на бегу|как в клубе] {e_neg}",
            "[Просто|Ну просто] [отвратительно|мерзко|мрак]: {dish} из {b_gen} [пах|пахнет] "
            "[тухлым|как старая тряпка] {e_neg}",
            "[Я ждал|Мы ждали] [заказ|свой номер] в {b_pre} так долго, что [успели "
            "поругаться|табло сломалось|муж ушёл в соседнюю шаурмичную] {lol}",
            "[Обещали|Написали] [доставку|привезти] за 30 минут — {b} привёз через "
            "[90|80|100]. [Еда ледяная|Всё холодное], {e_neg}",
            "[Позорище|Стыдоба], {b}: [в|на] [кассе|терминале] [не работает оплата "
            "картой|только наличные], а [на дворе|вокруг] [2025 год|XXI век]",
            "[Перестала ходить в {b_acc}, когда увидела|Перестал ходить в {b_acc}, когда увидел], "
            "как "
            "[повар роняет|кладут упавшую] котлету [на пол и обратно|обратно на гриль] {e_neg}",
            "{b} [явно|похоже] [экономит|сэкономил] на [всём|продуктах]: [сыр "
            "пластиковый|соус водянистый|овощи вялые], [а цены растут|а ценник всё выше]",
            "[Не ведитесь|Не верьте] на [картинки|рекламу] {b_gen} — [в реальности|на "
            "деле] {dish} — [жалкое зрелище|мятый комок|блин какой-то] {e_neg}",
            "[Сегодня|{when}] {b} [испортил|испортили] [мне|нам] [весь|] [обед|вечер]: "
            "[холодно|сыро|невкусно], [и|а] [менеджер|старший] [только хмыкнул|"
            "не извинился]",
            "Сотрудник {b_gen} {spot} [чихнул прямо на|кашлял над] [бургер|заказ], "
            "[перчаток нет|без маски]. [Приятного аппетита|Ну спасибо] {e_neg}",
            "[Ужасно|Отвратительно|Просто ужасно] [обслуживают|работают] в {b_pre} {spot}, "
            "[каждый раз|стабильно] [что-то|хоть что-то] [не так|забывают]",
            "[Увы|К сожалению], {b} [уже не тот|не торт]. {dish} — [пресно|пережарено], "
            "[картошка|фри] [как резина|сырая внутри]",
            "[Развели|Обманули] в {b_pre}: [в чеке|в счёте] [две лишние позиции|лишние позиции], "
            "которых [не было|я не брал]. [Следите за чеками|Проверяйте чеки] {e_neg}",
            "Приложение {b_gen} [снова|опять] [вылетает|висит] на оплате. [Третий|Пятый] "
            "раз [пытаюсь|пробую] [заказать|оплатить] {e_neg}",
            "[Бургер|Ролл] в {b_pre} [развалился|расползся] [в руках|на второй укус], "
            "[всё|соус] [на штанах|на куртке]. {sigh}",
        ),
        en=(
            "Got a {dish} at {b} {spot} and it was [stone cold|barely warm], patty like "
            "[a shoe sole|rubber] {e_neg}",
            "{b}, [seriously|are you kidding me]? Waited [40 minutes|almost an hour] in an "
            "empty restaurant {e_neg}",
            "[Got food poisoning|Sick all night] after a {dish} from {b}. [Thanks a lot|"
            "Never again] {e_neg}",
            "{b} [messed up|got wrong] my order [again|for the third time]: [asked for no "
            "onions, got onions|asked for spicy, got the kids one]",
            "{b} used to be [decent|good]. Now the {dish} is [the size of a dumpling|mostly "
            "bun|sad and flat] {e_neg}",
            "[Sticky tables|Overflowing bins|Dirty floors] at {b} {spot}. [Gross|Disgusting]. "
            "Where is the manager",
            "The cashier at {b} [rolled her eyes|was rude|snapped at me] when I asked for "
            "[napkins|a receipt|sauce] {e_neg}",
            "{b} delivery took [an hour and a half|90 minutes] and the shake [spilled "
            "everywhere|leaked all over the bag] {e_neg}",
            "{b} prices are [insane|ridiculous] now and the {dish} keeps [shrinking|getting "
            "smaller]. {sigh}",
            "Found a hair in my [fries|burger] at {b}. [Appetite gone|Just no] {e_neg}",
            "Paid in the {b} app, money's gone, order never [came|showed up]. [Great|"
            "Fantastic] {e_neg}",
            "{b} {spot} closed early [again|with no notice]. Drove across town for "
            "[nothing|a locked door] {e_neg}",
            "Opened my {dish} from {b} and [there's no patty|it's one lettuce leaf and a "
            "bun]. [Wow|Incredible] {e_neg}",
            "Queue at {b} {spot}: [25|30] minutes, [two|three] tills open out of "
            "[eight|six]. [Joke|Circus]",
            "My kid [got sick|had a fever] after the {b} kids meal. [Furious|So angry] "
            "{e_neg}",
            "{b} ad: [juicy, tall burger|mouthwatering]. Reality: [flat, sad|squashed, "
            "cold] {dish} {e_neg}",
            "The {promo} deal at {b} [doesn't work|won't apply] [at the till|in the app] "
            "and nobody can explain why",
            "Saw a cook at {b} drop a patty and [put it back|pick it up]. I'm [done|never "
            "going back] {e_neg}",
            "{b} [forgot|left out] my [sauce|fries|drink] [again|for the third time]. Check "
            "your bags people",
            "Overpriced, greasy and slow. That's {b} [in 2025|these days|now] {e_neg}",
            "{b} [wiped|reset] my loyalty points and support [won't answer|ghosted me] "
            "{e_neg}",
            "Music at {b} {spot} is so loud I [couldn't hear myself think|got a headache] "
            "{e_neg}",
            "The {dish} from {b} smelled [off|weird|like an old rag]. [Binned it|Straight "
            "in the trash] {e_neg}",
            "Charged for [two items|an extra meal] I never [ordered|got] at {b}. Check "
            "your receipts {e_neg}",
            "The {b} app crashes at checkout [every time|again]. [Third|Fifth] try {e_neg}",
            "{b} really [went downhill|fell off]. [Dry patty|Soggy bun|Raw fries], {sigh}",
            "Worker at {b} {spot} [sneezed over|coughed on] the burgers, no gloves. "
            "[Bon appetit|Lovely] {e_neg}",
            "[Ugh|Honestly], {b} ruined [lunch|my evening]: [cold|soggy|bland] food and "
            "the manager [just shrugged|didn't even apologise]",
            "Ate at {b} and had [heartburn|a stomach ache] [all day|till midnight]. "
            "[Never|Not] again",
            "{b} used to be my [go-to|comfort spot], now it's [a lottery|a coin toss] "
            "whether the {dish} is [edible|even warm] {e_neg}",
        ),
        mixed=(
            "{b} — [epic fail|total fail], {dish} — [ice cold|всё холодное] {e_neg}",
            "[Ждал|Waited] [40 min|час] в {b_pre}, [worst service ever|сервис zero] {e_neg}",
            "[Это|This is] not okay, {b}: [волос в картошке|hair in my fries] {e_neg}",
            "{b} delivery [опять|again] late, [всё|everything] cold, so [annoying|бесит]",
            "[Цены|Prices] в {b_pre} [просто|just] insane, а {dish} [всё меньше|keeps "
            "shrinking] {e_neg}",
            "{b}, [seriously|серьёзно]? Order [перепутали|mixed up] [again|опять] 🙄",
            "[Приложение|The app] {b_gen} [crashed|вылетает] на оплате, [wtf|что за] {e_neg}",
            "Never again {b}: [отравление|food poisoning] [после|after] {dish} {e_neg}",
            "[Overpriced|Переоценённый] fast food — это {b} [сейчас|now] {e_neg}",
            "{b} {spot}: [dirty tables|грязные столы], [rude staff|хамство] {e_neg}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день], а {b} {spot} [работает|открыт] в "
            "[праздники|новогодние|воскресенье]?",
            "{h} подскажите, в составе блюда {dish} есть [свинина|глютен|кунжут]? У [ребёнка|мужа] "
            "аллергия",
            "{h} а {promo} [действует|работает] [при доставке|в приложении|во всех "
            "ресторанах]?",
            "{h} [можно ли|реально ли] [заказать|забронировать] [стол|зону] на детский "
            "день рождения {spot}?",
            "{h} [когда|а когда] вернут [старый соус|сезонный бургер|сырные палочки]? "
            "[Очень ждём|Скучаем]",
            "{h} [привет|здравствуйте]! [Есть ли|А есть] у вас [вакансии|подработка] для "
            "студентов {spot}?",
            "{h} как [потратить|списать] баллы [на кассе|в ресторане], если [приложение|"
            "телефон] [сел|не открывается]?",
            "{h} [подскажите|скажите], [а|] доставка [до|в] [посёлок|СНТ|коттеджный "
            "посёлок] за городом [есть|возможна]?",
            "{h} [вопрос|уточнение]: котлеты у вас [свежие|замороженные] или [жарят при "
            "заказе|заранее]?",
            "{h} [можно|а можно] [оплатить|расплатиться] [бонусами от банка|"
            "подарочной картой] в {b_pre}?",
            "{h} [у вас|в меню] есть что-то [без мяса|постное|для вегана], [кроме|"
            "помимо] картошки?",
            "{h} [будет ли|планируется ли] {b} в городе {city}? [Очень ждём|Ждём всем городом]",
            "{h} [где|как] [посмотреть|узнать] [КБЖУ|калорийность] [позиции|блюда] {dish}? На "
            "сайте "
            "[не нашёл|не вижу]",
            "{h} [а|] франшиза {b_gen} [есть|продаётся]? [Кому писать|Куда обращаться]?",
            "{h} [добрый вечер|здравствуйте], [можно|а можно] [сделать|собрать] {dish} "
            "без [соуса|лука|сыра] через приложение?",
            "{h} [а|скажите,] подарочные сертификаты [у вас|] [есть|продаются]?",
            "{h} [подскажите пожалуйста|подскажите], {b} {spot} [с парковкой|с детской "
            "комнатой]?",
            "{h} а [почему|с чем связано, что] в приложении [пропал|не отображается] "
            "{promo}? [Акция закончилась|Она закончилась]?",
        ),
        en=(
            "{h} hi, is {b} {spot} open on [public holidays|Sunday|New Year's Day]?",
            "{h} does the {dish} contain [pork|gluten|sesame]? {who} has an allergy",
            "{h} does {promo} work [for delivery|in the app|at every branch]?",
            "{h} can I book a [table|corner] for a kid's birthday {spot}?",
            "{h} when is the [old sauce|seasonal burger|cheese sticks] coming back?",
            "{h} are you hiring students {spot}?",
            "{h} how do I use my points at the till if my phone [is dead|won't open the "
            "app]?",
            "{h} do you deliver [out of town|to the dacha villages|to the suburbs]?",
            "{h} are the patties fresh or frozen? [Just curious|Genuine question]",
            "{h} is there anything vegan on the menu [besides|apart from] fries?",
            "{h} any plans to open in {city}?",
            "{h} where can I find [the calories|nutrition info] for the {dish}?",
            "{h} do you sell gift cards?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [заказ|заказ номер] [{n}71|{n}38|{n}05] [ждём|жду] уже [час|больше часа], "
            "[в приложении|курьер] [стоит на месте|«в пути»] [с обеда|давно]. Где он?",
            "{h} в {b_pre} {spot} [положили|дали] {dish} вместо [чизбургера|ролла], [а|и] "
            "[переделать|поменять] [отказались|не стали]",
            "{h} [списали деньги дважды|оплата прошла два раза] за один заказ. [Чек|Скрин] "
            "[прикладываю|в комментах]. Верните, пожалуйста",
            "{h} [после|от] [заказа|ужина] в {b_pre} {spot} ({dish}) [всей семьёй|у нас дома у "
            "всех] "
            "[отравление|плохо с животом] {when}. [Что будете делать|Жду ответа]?",
            "{h} [почему|с какой стати] в {b_pre} {spot} [туалет|кран] [закрыт|не "
            "работает] [уже неделю|третий день]? С детьми [неудобно|никак]",
            "{h} [курьер|доставщик] [нахамил|бросил пакет на пол|не поднялся на этаж], "
            "хотя [доставка до двери|я доплатил за подъём]",
            "{h} {promo} [не применяется|не срабатывает] на кассе, [кассир|менеджер] "
            "[говорит|сказал] «[не знаю|это не к нам]». [Так работает|Это как] акция или нет?",
            "{h} в заказе ({dish}) [нашёл|нашла] [кусок|кусочек] [плёнки|бумаги от упаковки]. "
            "[Фото|Фотку] [скинул|отправила] в [директ|личку]",
            "{h} [ваше|] приложение [третий день|уже сутки] [не даёт оплатить|выкидывает "
            "при оплате]. [Переустанавливал|Чистил кэш] — [бесполезно|не помогло]",
            "{h} [заказывали|заказали] [на|к] [семь|восемь] вечера, привезли в "
            "[девять|полдесятого]. [Компенсация|Извинения] [будет|будут]?",
            "{h} {when} в {b_pre} {spot} [охранник|администратор] [грубо|на повышенных "
            "тонах] [выгнал|попросил уйти] [школьников|ребят], которые [ждали заказ|"
            "сидели тихо]",
            "{h} [баллы|бонусы] за [прошлые|последние] [заказы|три заказа] [так и не "
            "начислились|не пришли], [хотя|а] [прошло|уже] [две недели|десять дней]",
            "{h} [картошки|соуса|напитка] [в пакете|в заказе] [не было|не оказалось], "
            "[а|хотя] в чеке [всё|он] есть. [Номер заказа|Чек] [в личке|ниже]",
            "{h} [здравствуйте|добрый день]. [Шейк|Коктейль] [кислый|с привкусом], "
            "[видимо|похоже], молоко [испортилось|не первой свежести]. [Проверьте|"
            "Посмотрите], пожалуйста, {spot}",
            "{h} [уже|] [неделю|девять дней] жду возврат за [отменённый|несостоявшийся] "
            "заказ. [Поддержка|Чат] [отвечает шаблоном|молчит]",
            "{h} почему {b} {spot} [закрыт|не работает] в [рабочее время|обед], хотя на "
            "[сайте|картах] [написано|висит] «открыто»?",
            "{h} в {b_pre} {spot} [в зале|у касс] [холодно как на улице|дует из "
            "всех щелей], [сидели|ели] в куртках",
            "{h} [в терминале|на кассе] [не работает|отключена] оплата [по QR|картой], "
            "а [налички|наличных] [у меня нет|никто не носит]",
            "{h} [вы|] [прислали|привезли] [чужой|не тот] заказ, [мой|наш] "
            "[уехал|отвезли] [кому-то другому|по другому адресу], [что делать|как быть]?",
            "{h} {dish} [за|по] [390|420] [и|—] [котлета|мясо] [с ноготь|толщиной в "
            "картон]. [Это|Так и] задумано?",
            "{h} [сотрудница|девушка на выдаче] [не дала|отказалась дать] [воды|стакан "
            "воды] ребёнку. [Это|Серьёзно, это] [правила|политика] {b_gen}?",
            "{h} [подскажите|объясните], почему [у меня|нам] [списали|сняли] [доставку|"
            "сервисный сбор], [хотя|если] заказ [от 800|на 1200]?",
            "{h} [шестой|пятый] раз [пишу|обращаюсь] по поводу [возврата|промокода], "
            "[номер обращения|обращение] [{n}1987|{n}6402]",
            "{h} в {b_pre} {spot} [по залу|в зале] [бегают|бегает] [мыши|мышь|"
            "таракан]. [Видео есть|Сняли на видео]",
            "{h} [курьер отметил|в приложении отмечено], что заказ [вручён|доставлен], "
            "[но|а] [мы ничего не получали|у двери ничего нет]",
            "{h} [бургер|чикен-бургер] [был|оказался] [сырой|розовый] внутри. [Курица|"
            "Котлета] [полусырая|недожарена], это [опасно|вообще-то опасно]",
            "{h} [почему|как так], что [цена|стоимость] в [приложении|меню] и на кассе "
            "[разная|не совпадает]? [Переплатил|Доплатил] [80|60|120] рублей",
            "{h} [вчера|{when}] [забыли|не положили] [в пакет|] [детскую игрушку|"
            "подарок] из [набора|детского комбо], ребёнок [плачет|расстроен]",
            "{h} [уборщица мыла|сотрудник мыл] пол [прямо под ногами|под нашим столом], "
            "пока мы [ели|обедали]. [Можно|Нельзя] [как-то|было] [позже|подождать]?",
            "{h} [уже|] [полчаса|40 минут] [висит|не отвечает] [чат поддержки|горячая "
            "линия]. [Мне нужно|Хочу] [отменить|изменить] заказ",
            "{h} в {b_pre} {spot} [опять|снова] нет [детских стульчиков|салфеток|"
            "соусов], [каждый раз|сколько можно] [одно и то же|то же самое]",
            "{h} [вы|] [обещали|писали] «{promo}», а [по факту|на деле] [скидки нет|"
            "ценник тот же]. [Разберитесь|Объясните], пожалуйста",
            "{h} в приложении [пропала|исчезла] [история заказов|карта лояльности] "
            "[после обновления|со всеми баллами]",
            "{h} [заказ|пакет] [пришёл|привезли] [вскрытым|открытым], [картошка|наггетсы] "
            "[наполовину съедены|не в полном количестве]. [Что за|Это что за] [дела|"
            "новости]?",
            "{h} у {b_gen} {spot} [парковка перегорожена|вход перекрыт] "
            "[вашими же|] [коробками|поддонами] [второй день|с утра]",
            "{h} [хочу|прошу] [вернуть|возврат] деньги за {dish}: [есть|съесть] [было|] "
            "невозможно, [пересолено|горько от масла]",
        ),
        en=(
            "{h} order #{n}71 [has been|is still] \"on the way\" for [an hour|over an hour]. "
            "Where is it?",
            "{h} got a {dish} instead of [a cheeseburger|a wrap] {spot} and they refused to "
            "swap it",
            "{h} I was charged twice for one order. Receipt attached, please refund",
            "{h} [my whole family|{who} and I] got sick after {b} {spot} {when}. What are "
            "you going to do about it?",
            "{h} the toilet {spot} has been [locked|out of order] for [a week|three days]. "
            "[Not great with kids|We had kids with us]",
            "{h} your courier [left the bag on the floor|refused to come upstairs] even "
            "though I paid for door delivery",
            "{h} {promo} doesn't apply at the till and the manager just says \"[not my "
            "problem|I don't know]\"",
            "{h} the app [won't let me pay|crashes at checkout] [for two days now|since "
            "yesterday]. Reinstalling didn't help",
            "{h} ordered for 7pm, got it at [9|half 9]. Any compensation?",
            "{h} my points for the last [three|few] orders never showed up, it's been "
            "[two weeks|ten days]",
            "{h} [fries|sauce|my drink] missing from the bag again, but it's on the receipt",
            "{h} still waiting for a refund on a cancelled order, [9 days|a week] now. "
            "Chat just sends templates",
            "{h} why is {b} {spot} closed during opening hours? Maps says open",
            "{h} you delivered someone else's order. Where did mine go?",
            "{h} the {dish} was [raw|pink] inside. [Chicken|The patty] undercooked — "
            "that's dangerous",
            "{h} price in the app and at the till don't match, paid [80|120] roubles more",
            "{h} the courier marked my order as delivered but [nothing arrived|there's "
            "nothing at my door]",
            "{h} the bag arrived [opened|unsealed] and half the nuggets were missing",
            "{h} support chat has been [hanging|unresponsive] for [30|40] minutes, I need "
            "to cancel my order",
            "{h} your app [lost|wiped] my loyalty card and all the points after the update",
            "{h} the shake tasted [sour|off], I think the milk [had turned|was old]. "
            "Please check {spot}",
            "{h} [saw|there was] a mouse in the dining area {spot}. I have a video",
            "{h} [staff|the girl at the counter] refused to give my kid a glass of water. "
            "Is that [policy|your rule]?",
            "{h} the card terminal {spot} has been down [all week|for days], who carries "
            "cash anymore",
        ),
    ),
    comment=Texts(
        ru=(
            "[А|] в городе {city} [когда|когда уже] [откроетесь|будете]? {e_pos}",
            "[Выглядит|Смотрится] [аппетитно|вкусно], [завтра же|сегодня же] [иду|пойду] "
            "пробовать",
            "[Верните|Вернёте] [сырные палочки|старый соус|бургер с ананасом]? [Пожалуйста|"
            "Очень просим] 🙏",
            "[А|] {promo} [только|] [в приложении|на кассе тоже]?",
            "[На фото|В рекламе] [красиво|одно], [в жизни|в пакете] [поскромнее|другое] "
            "{lol}",
            "[Лучше бы|Вы бы лучше] [доставку ускорили|цены вернули|туалеты починили] {e_meh}",
            "[Уже|Вчера] [пробовал|взяла], [огонь|зачёт|годно] {e_pos}",
            "[Отметь|Тегни] [друга|подружку], с кем [пойдёшь|рванёшь] в "
            "{b_acc} {lol}",
            "[А|] размер [котлеты|бургера] [такой же|тот же], как [на картинке|в "
            "рекламе]? {lol}",
            "[Когда|А когда] [будет|вернётся] {promo}?",
            "[Сразу|Уже] [заказал|заказала]. Ждём курьера {e_pos}",
            "[Наконец-то|Ну наконец] [что-то новое|новинка] {e_pos}",
            "[Девочкам|Ребятам] {spot} [привет|спасибо] {e_pos}",
            "[Какая цена|Сколько стоит]? [{lol}|{e_meh}]",
            "[Выглядит|Звучит] [как|] [слишком хорошо|подозрительно хорошо] {lol}",
            "[А|] без [лука|соуса|сыра] [можно|будет]?",
            "[Опять|Снова] [соблазняете|дразните] [на ночь глядя|перед сном] {lol}",
            "[Мне|Нам] бы {dish} [прямо сейчас|в офис] {e_pos}",
            "[А|] вакансии [есть|ещё открыты]? {spot}",
            "[Классная|Огонь] [реклама|съёмка], [кто|а кто] [снимал|фотограф]?",
        ),
        en=(
            "When are you coming to {city}? {e_pos}",
            "[This looks|Looks] [unreal|way too good], I'm [going tomorrow|ordering tonight]",
            "Bring back the [cheese sticks|old sauce] please 🙏",
            "Wait, is {promo} app only or at the till too?",
            "Had it [yesterday|for lunch], [legit|solid|so good] {e_pos}",
            "Does it look like that in real life though {lol}",
            "Can I get it without [onions|sauce]?",
            "Posting this at 11pm should be illegal {lol}",
        ),
    ),
    reply=Texts(
        ru=(
            "[Согласен|Поддерживаю|Плюсую], {dish} у них [реально|правда] [норм|огонь]",
            "[Не знаю|Хз], у меня [в прошлый раз|{when}] [было|вышло] [наоборот|по-другому]",
            "[Ахах|{lol}], [у меня|у нас] [то же самое|так же] было {spot}",
            "[Попробуй|Возьми] [в следующий раз|лучше] {dish}, [там|это] [поудачнее|"
            "вкуснее]",
            "[Тоже|Сам] [туда хожу|там обедаю], [ничего|норм] так",
            "[Жиза|Жиза полная|Ну да, классика] {lol}",
            "[Какой|А какой] {b} [был|это]? [У нас|Тот, что] {spot}?",
            "[Пиши|Напиши] [им|в поддержку] {h}, [мне|нам] [вернули|отвечали] [быстро|в "
            "тот же день]",
            "[Так|А] [это|] [везде|во всех сетях] [так|сейчас], [не только|не] в {b_pre}",
            "[Мы вчера были|Я {when} был] [там же|в том же], [всё|всё было] [норм|"
            "ок] {e_meh}",
            "[Сочувствую|Соболезную] {e_meh}. [Я|Мы] [туда|] [больше не хожу|ходим только "
            "днём]",
            "[Кто-то|Кто] [вообще|] [ещё|] [ходит|ест] в {b_acc}? {lol}",
            "[Не|Ну не] [преувеличивай|драматизируй], [нормальный|обычный] фастфуд "
            "{e_meh}",
            "[Вот|Вот-вот], [и я|и у меня] [про то же|о том же]",
            "[Смотря|Зависит от] [какая|какой] [смена|точка], {spot} [норм|хорошая]",
            "[Ахаха|{lol}] [представил|представила] [картину|это]",
            "[Сохраню|Запомню], [спасибо|спс] за [совет|наводку]",
            "[Фото|Фотку] [покажи|скинь]!",
            "[А|] чек [сохранил|остался]? [Без него|Они без чека] [не вернут|ничего не "
            "сделают]",
            "[Я хожу|Мы ходим] [туда|в {b_acc}] [ради|только ради] [картошки|шейков] {lol}",
            "[Плюс|Плюс один] за {dish}, [реально|вообще] [лучшее|топ] [там|в меню]",
            "[У них|В {b_pre}] [по вечерам|в выходные] [всегда|вечно] [так|аврал], [надо|"
            "лучше] [днём|с утра] [ходить|идти]",
            "[Так|Вот] и [живём|ходим] {sigh}",
            "[Ну|] [бывает|случается]. [Мне|Нам] [один раз|тоже как-то] [тоже|] "
            "[перепутали|забыли соус]",
        ),
        en=(
            "[Agreed|Same], the {dish} there is [solid|actually good]",
            "Idk, mine was [the opposite|fine] {when}",
            "{lol} literally the same thing at the one {spot} last [week|month]",
            "Try the {dish} next time, [way better|it's the best thing there]",
            "Which {b} was this? The one {spot}?",
            "Message {h}, they [refunded me|answered] [fast|the same day]",
            "It's like that [everywhere|at every chain] now, not just {b}",
            "[Oof|Ugh], sorry that happened to you {e_meh}",
            "Who even still goes to {b} {lol}",
            "Depends on the shift tbh, {spot} is [fine|good]",
            "Did you keep the receipt? [They need it|Won't refund without it]",
            "[Saving this|Noted] for my next {b} run, thanks",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Нам очень жаль|Приносим извинения], что так "
            "вышло. [Напишите|Пришлите], пожалуйста, номер заказа в личные сообщения — "
            "[разберёмся|всё проверим]",
            "[Спасибо, что написали|Благодарим за обращение]. [Передали|Уже передали] "
            "информацию [управляющему|руководителю] ресторана, [вернёмся с ответом|ответим] "
            "[сегодня|в течение дня]",
            "[Здравствуйте|Привет]! [Да|Конечно], [всё верно|так и есть]: [акция "
            "действует|предложение работает] и в приложении, и на кассе 🙂",
            "[Извините за неудобства|Простите за ожидание]! [Заказ|Ваш заказ] уже [в "
            "пути|у курьера], [будет|привезут] [в течение 15 минут|совсем скоро]",
            "[Ой|Очень неприятно]. [Мы|] [вернули|оформили возврат] [деньги|средства], "
            "они [поступят|придут] в течение [3-5|нескольких] рабочих дней",
            "[Добрый вечер|Здравствуйте]! [Уточните|Подскажите], пожалуйста, адрес "
            "ресторана и время визита, [чтобы|так мы сможем] [проверить|всё выяснить]",
            "[Спасибо за вопрос|Хороший вопрос]! [Информацию о составе|Состав и "
            "калорийность] [можно найти|есть] в приложении, в карточке блюда",
            "[Нам правда жаль|Это не должно было случиться]. [Начислили|Добавили] вам "
            "[500|300] бонусных баллов [как извинение|в качестве компенсации] 🙏",
            "[Здравствуйте|Добрый день]. [Такого быть не должно|Это недопустимо]. "
            "Передали [в отдел качества|службе контроля], [с вами свяжутся|позвоним вам] "
            "в ближайшее время",
            "[Спасибо|Благодарим], что [рассказали|сообщили]! [Поговорим|Обязательно "
            "поговорим] с командой ресторана",
            "[Здравствуйте|Привет]! [Вакансии|Открытые вакансии] смотрите на нашем "
            "сайте в разделе «Работа у нас», [ждём|будем рады] 😊",
            "[Доброго дня|Здравствуйте]! [Пока|Сейчас] [не планируем|в планах нет], но "
            "мы [передадим|обязательно передадим] ваше пожелание 🙂",
            "[Проверили|Посмотрели]: [баллы|бонусы] [начислены|зачислены], "
            "[обновите|перезапустите] приложение, пожалуйста",
            "[Извините|Простите], [пожалуйста|нам очень неловко]. [Напишите нам|Ждём вас] "
            "в личку — [заменим|компенсируем] заказ",
        ),
        en=(
            "Hi! We're [so sorry|really sorry] about this. Please DM us your order number "
            "and we'll [sort it out|look into it]",
            "Thanks for letting us know. We've passed this on to the restaurant manager "
            "and will get back to you [today|shortly]",
            "Hi! [Yes|Yep], the offer works both in the app and at the till 🙂",
            "Sorry for the wait! Your order is [with the courier|on its way] and should "
            "arrive within 15 minutes",
            "We've issued a refund, it'll reach your card within 3-5 working days",
            "Could you tell us which restaurant and what time you visited, so we can "
            "check?",
            "That shouldn't have happened. We've added [500|300] bonus points to your "
            "account as an apology 🙏",
            "Hi! Allergen and calorie info is in the app, on each item's page",
        ),
    ),
    thanks=Texts(
        ru=(
            "[Спасибо|Благодарю], [вернули|всё вернули] [быстро|в тот же день] 👍",
            "[О|Ого], [оперативно|быстро]! [Спасибо|Спс] {e_pos}",
            "[Всё пришло|Деньги пришли], [вопрос закрыт|претензий нет], спасибо",
            "[Спасибо за баллы|Спасибо за компенсацию], [приятно|неожиданно приятно] 🙂",
            "[Привезли|Доставили], [горячее|всё на месте]. [Спасибо|Благодарю]",
            "[Окей|Ок], [понял|поняла], спасибо за [ответ|разъяснение]",
            "[Разобрались|Решили] [за полчаса|быстро], [респект|уважение] поддержке {e_pos}",
            "[Спасибо|Спасибо большое], [приятно|хорошо], что [реагируете|читаете]",
            "[Замену|Новый заказ] [привезли|получили], [мир|всё хорошо] {e_pos}",
        ),
        en=(
            "Thanks, [refund came through|got it sorted] 👍",
            "[Wow|Whoa], [under an hour|same day]. Thank you, burger people {e_pos}",
            "[Order|Food] [finally|just] arrived, [still warm|all there], thanks",
            "Appreciate the points, [nice gesture|thank you] 🙂",
            "[Ah ok|Okay], so the deal is app-only, thanks for explaining",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Написал|Написала] в личку [ещё вчера|{n} часа назад], [ответа нет|тишина]",
            "[Деньги|Возврат] так и не [пришли|пришёл], [прошла уже неделя|а «3-5 дней» "
            "давно прошли]",
            "[Баллы|Бонусы] [не появились|так и не видно], [приложение|всё] "
            "[перезапускал|обновлял] {e_neg}",
            "[Это|Это уже] [третий|четвёртый] [одинаковый|шаблонный] ответ, [а|] "
            "[толку|результата] [ноль|никакого]",
            "[Курьера|Заказа] [до сих пор|всё ещё] нет, [обещанные|ваши] 15 минут "
            "[давно прошли|прошли час назад]",
            "[Мне|Нам] никто не [позвонил|перезвонил], [хотя|а] [обещали|писали] «[в "
            "ближайшее время|сегодня]»",
            "[Спасибо, конечно|Ну спасибо], но [мне|] нужен [возврат|мой заказ], а не "
            "[баллы|извинения]",
            "[В личку|В директ] [отправил|отправила], [прочитано|просмотрено] и "
            "[молчание|ноль реакции] {e_neg}",
            "[И|А] что [дальше|в итоге]? [Управляющий|Ресторан] [так и не|не] "
            "[связался|объявился]",
        ),
        en=(
            "DM'd you [yesterday|{n} hours ago], no reply",
            "Still no refund and it's been [a week|way more than 5 days]",
            "Points still not there, reinstalled the app [twice|already] {e_neg}",
            "That's the [third|same] copy-paste answer. Nothing [changes|happens]",
            "Courier still not here, the 15 minutes were up an hour ago",
            "Nobody called me back like you promised",
        ),
    ),
    review_pos=Texts(
        ru=(
            "[Хожу|Бываю] [сюда|в этот ресторан] [регулярно|пару раз в месяц], {good}. "
            "[Персонал вежливый|Кассиры приветливые], [ждать|ожидание] [недолго|минут "
            "пять-семь]. [Рекомендую|Советую]",
            "Плюсы: {good}, [чисто|уютно], [быстро|без очередей]. Минусы: {meh}. "
            "[В целом|Итог] — [пять|четыре с плюсом]",
            "[Брали|Взяли] {dish} и [картошку|наггетсы], [всё|всё было] [горячее|свежее]. "
            "{good}. [Вернёмся|Придём ещё]",
            "[Заехали|Заскочили] [по дороге|с трассы] [всей семьёй|с детьми], [дети "
            "довольны|накормили быстро], {good} {e_pos}",
            "[Отличное|Хорошее] место [для|чтобы] [быстро перекусить|пообедать на бегу]. "
            "{good}. [Цены|Ценник] [адекватные|нормальные]",
            "[Праздновали|Отмечали] [день рождения|выпускной] [сына|дочки|ребёнка] — "
            "[организовали|провели] [отлично|на пять], [аниматор|ведущий] [супер|молодец]",
            "[Не ожидал|Не думала], что [в фастфуде|в сетевой бургерной] [может быть|бывает] "
            "так [вкусно|аккуратно]. {good}",
            "[Всегда|Стабильно] [свежее|вкусно], [ни разу|никогда] не [отравился|было "
            "проблем]. {dish} — [моя любовь|мой выбор] {e_pos}",
            "[Оценка|Ставлю] пять звёзд [за|—] {dish}. {good}. [Соус|Фирменный соус] "
            "[отдельная|вообще отдельная] [любовь|песня]",
            "[Заказывали|Заказываем] доставку [часто|постоянно], [привозят|приезжает] "
            "[быстро|вовремя], {good}",
            "[Чисто|Опрятно], [приятная музыка|спокойно], [вайфай|розетки] [есть|работает]. "
            "[Можно|Удобно] [поработать|посидеть с ноутом] [за шейком|за кофе]",
            "[Уважаю|Отдельное спасибо] за [вежливость|терпение] [кассирши|сотрудницы] — "
            "[помогла|подсказала] [выбрать|разобраться с акцией], {good}",
            "[Лучше|Вкуснее], чем у [конкурентов|соседей по фудкорту]. {good}. {meh}, "
            "но [это мелочи|не критично]",
            "Ночью [работает|открыто], {dish} и всё [свежее|горячее] [даже в три часа|даже "
            "ночью]. [Спасибо ночной смене|Выручили] {e_pos}",
            "{b} {spot} — [мой любимый|лучший в сети]. {good}. [Пять|5] из [пяти|5]",
            "[Была|Был] [впервые|первый раз], [понравилось|всё понравилось]: {good}. "
            "[Приду ещё|Вернусь]",
            "[Вкусно|Сытно], [недорого|по карману], [быстро|без ожидания]. [Что ещё|А что "
            "ещё] [нужно|надо] от [бургерной|фастфуда]?",
            "[Веганский|Постный] бургер [приятно удивил|неожиданно хорош], {good}",
            "[Большой|Просторный] зал, [детский уголок|игровая], [можно|удобно] "
            "[с коляской|с детьми]. {good}",
            "[Заказ|Номер] [выдали|собрали] [за три минуты|мгновенно], [ничего не "
            "перепутали|всё по списку]. {good} {e_pos}",
        ),
        en=(
            "[Regular|Frequent] here, {good}. Staff are friendly and the wait is short. "
            "Recommend",
            "Pros: {good}. Cons: {meh}. Overall [4.5|5] stars",
            "Stopped by on a road trip with the kids, {good} {e_pos}",
            "Better than I expected from a chain. {good}",
            "Open late, the {dish} was hot even at 3am. Thanks night shift {e_pos}",
            "First visit, [really liked it|loved it]: {good}. Will be back",
            "Fast, [cheap|affordable], tasty. What more do you want from a burger place?",
            "Clean, quiet, working wifi. Good spot to [work|study] over a shake",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Ждали|Прождали] заказ [40|35|50] минут, [хотя|а] в зале [было|сидело] "
            "[три человека|пусто]. {dish} и всё остальное [холодное|остывшее], [котлета сухая|"
            "мясо сухое]. [Не рекомендую|Больше не придём]",
            "[Грязно|Неопрятно]: [столы|подносы] [липкие|не протёрты], [мусор|урны] "
            "[через край|переполнены]. [Аппетит|Есть] [пропал|расхотелось] сразу",
            "[Кассир|Девушка на кассе] [хамит|грубит], [на вопросы|на просьбы] "
            "[отвечает|реагирует] [сквозь зубы|с закатыванием глаз]. [Ужасное|Отвратительное] "
            "обслуживание",
            "[Перепутали|Собрали не тот] заказ, [а|] [когда|как только] [попросили|"
            "подошли] [исправить|поменять] — [ждали ещё|ещё] [20|двадцать] минут. "
            "[Итог|В итоге]: [обед|перерыв] [сорван|испорчен]",
            "После [посещения|ужина] [плохо|тошнило] [всю ночь|до утра]. [Подозреваю|"
            "Думаю] {dish}. [Одна звезда|Единица] и [заявление|жалоба] в "
            "Роспотребнадзор",
            "[Цена выросла|Ценник подрос], [а|] [порции|бургеры] [уменьшились|"
            "стали меньше]. {dish} [за|по] [450|420] [рублей|₽] — [издевательство|"
            "грабёж]",
            "Заказывал доставку: [привезли|приехало] [через полтора часа|на час позже], "
            "[напиток|соус] [разлит|вытек], [картошка|фри] [мокрая|размокла]. [Деньги "
            "не вернули|Компенсации не дождался]",
            "[Туалет|Уборная] [закрыт|не работает], [раковины|руки помыть] [нет|негде]. "
            "[Как|Как вообще] [это|так] [можно|допускают] в заведении общепита?",
            "[Нашёл|Нашла] [волос|нитку|кусочек плёнки] в [бургере|соусе|картошке]. "
            "[Администратор|Менеджер] [предложил|сказал] «[возьмите другой|бывает]», "
            "[без|ни] извинений",
            "[Бургер|Заказ] [выглядит|выглядел] так, будто [на него сели|его уронили]. "
            "[Соус по всей коробке|Начинка вывалилась]. [Небрежно|Халтура]",
            "{meh}. [А ещё|Плюс] [очень|ужасно] [долго|медленно] и [шумно|грязно]. "
            "[Два|Двойка] [из пяти|с натяжкой]",
            "[Акция|Скидка] [из рекламы|из приложения] [не действует|не работает], "
            "[кассиры|персонал] [не в курсе|разводят руками]. [Обман|Чистый обман] "
            "покупателей",
            "[Масло горелое|Фритюр старый] — [картошка|фри] [горчит|чёрная], [и|а] "
            "[запах|вонь] [стоит|на весь зал]. {e_neg}",
            "[Вечером|В пятницу] [работала|открыта] [одна касса|только одна касса] на "
            "[весь зал|толпу людей]. [Стояли|Простояли] [полчаса|30 минут]",
            "[Котлета|Курица] [внутри|в середине] [розовая|сырая]. [Когда|Как только] "
            "[показали|сказали], [ответили|заявили] «[так и должно быть|это medium]» "
            "{e_neg}",
            "[Охранник|Секьюрити] [ходит|стоит] над душой, [смотрит|косится] как на "
            "[вора|преступника]. [Неприятно|Некомфортно] [сидеть|есть]",
            "[Приложение списало|Терминал снял] деньги, а [заказ|чек] [не пробился|не "
            "оформился]. [Неделю|Вторую неделю] [жду|выбиваю] возврат {e_neg}",
            "[Раньше|Год назад] [было|тут было] [лучше|вкусно]. [Теперь|Сейчас] "
            "[экономят на всём|всё на отвали]: [соус|сыр] [жидкий|пластиковый], "
            "[булка|хлеб] [сырая|черствая]",
            "[Игрушку|Подарок] из детского набора [не дали|зажали], [сказали|потому что] "
            "«[закончились|нету]». [Ребёнок|Сын] [в слезах|расстроился]. [Спасибо|"
            "Отличный сервис]",
            "[В зале|Внутри] [холодно|как в холодильнике], [двери|дверь] [нараспашку|"
            "не закрывается]. [Ели|Сидели] в [куртках|верхней одежде] {e_neg}",
            "[Столик|Стол] [убрали|протёрли] [грязной тряпкой|одной тряпкой со "
            "всеми], [запах|вонь] [потом|ещё долго] [держался|стоял]",
            "[Парковки|Места] [нет|никакого], [вход|подъезд] [завален|перекрыт] "
            "[коробками|мусором]. [И|А] [внутри|в зале] [не лучше|то же самое]",
            "[Курьер|Доставщик] [позвонил|написал] «[выходите|спуститесь] [сами|вниз]», "
            "[хотя|а] [оплачена|заказана] доставка до двери. [Ужас|Кошмар] {e_neg}",
            "[Напиток|Кола] [без газа|выдохшаяся], [лёд|льда] [на|] [половину|полстакана]. "
            "[Мелочь|Вроде мелочь], а [неприятно|бесит]",
            "[Два раза|Дважды] [уточнила|просила] «без [горчицы|лука]» — [естественно|"
            "конечно], [положили|всё равно положили]. [Внимательности|Внимания] ноль",
            "[Грязные|Жирные] подносы, [салфеток|соуса] [нет|не дают], [музыка|колонки] "
            "[орут|долбят]. [Больше|Сюда] [не приду|ни ногой]",
            "[Видела|Видел], как [сотрудник|повар] [чесал голову|трогал телефон] и "
            "[потом|сразу] [брал|собирал] [булки|бургеры] [без перчаток|руками] {e_neg}",
            "[Заказ|Бургер] [отдали|выдали] [через 25|через 30] минут [после|"
            "от] [оплаты|заказа], [хотя|а] [обещают|написано] «[за 5 минут|быстро]»",
        ),
        en=(
            "Waited [40|45] minutes in an almost empty restaurant. The {dish} was cold and "
            "the patty dry. Not recommended",
            "Dirty: sticky tables, overflowing bins. Lost my appetite [right away|instantly]",
            "Rude cashier, [eye-rolling|sighing] at every question. [Terrible|Awful] "
            "service",
            "Wrong order, then another 20 minutes to fix it. Lunch break ruined",
            "Was sick all night after eating here. [Suspect|Blaming] the {dish}. One star",
            "Prices up, portions down. {dish} for 450 roubles is [a joke|robbery]",
            "Delivery [90 minutes|an hour] late, drink spilled, fries soggy. No refund",
            "Toilet [locked|out of order], nowhere to wash your hands. In a restaurant!",
            "Found a [hair|bit of plastic] in my [burger|fries], the manager just said "
            "\"[it happens|take another one]\"",
            "Old fryer oil, bitter fries, smell all over the place {e_neg}",
            "Chicken pink in the middle and they said it's [fine|normal]. {e_neg}",
            "App charged me, order never went through, [a week|two weeks] chasing a refund",
            "Security guard [hovering|staring] like we're thieves. Very uncomfortable",
            "Freezing inside, door wouldn't close, we ate in our coats",
            "Asked twice for no [mustard|onions]. Guess what was in it",
            "Saw a [cook|worker] [scratch his head|use his phone] and then handle buns "
            "without gloves {e_neg}",
            "The promo from the app [doesn't work|isn't honoured] in store. Staff clueless",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. [Приносим извинения|Простите] за [неприятные "
            "впечатления|этот визит]. [Передали|Мы передали] отзыв управляющему, [с "
            "командой уже поговорили|проведём разбор]",
            "[Благодарим|Спасибо] за [обратную связь|честный отзыв]. [Очень жаль|Нам "
            "искренне жаль], что [ожидания не оправдались|всё так вышло]. [Напишите|"
            "Пожалуйста, напишите] нам на почту, [разберёмся|всё исправим]",
            "[Здравствуйте|Добрый вечер]! [Такого быть не должно|Это неприемлемо]. "
            "[Информация|Ваш отзыв] [передана|направлен] [в отдел качества|службе "
            "контроля качества]",
            "[Нам жаль|Жаль это читать]. [Будем рады|Надеемся], [если|что] вы [дадите "
            "нам ещё один шанс|заглянете снова] — [исправимся|постараемся исправиться]",
            "[Спасибо|Благодарим], что [сообщили|рассказали]. [Проверим|Обязательно "
            "проверим] [смену|ресторан] и [стандарты|соблюдение стандартов]",
            "[Простите за|Извините за] [ожидание|неудобства]. [Ждём|Будем ждать] вас "
            "[снова|ещё], а [мы|] [постараемся|сделаем всё], чтобы [впечатление|визит] "
            "[было|был] [другим|лучше]",
        ),
        en=(
            "Hello, we're sorry about your visit. We've shared your review with the "
            "manager and the team",
            "Thank you for the honest feedback. We're sorry we let you down — please "
            "email us so we can make it right",
            "That shouldn't have happened. Your review has gone to our quality team",
            "Sorry to read this. We hope you'll give us another chance",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "[Спасибо|Благодарим] за [тёплый|добрый] отзыв! [Ждём вас снова|Приходите "
            "ещё] 🧡",
            "[Как|Очень] приятно [читать|это читать]! [Передадим|Обязательно передадим] "
            "[команде|ребятам] ресторана 😊",
            "[Спасибо|Ура], что [выбираете|выбрали] нас! [До встречи|Ждём в гости] 🍔",
            "[Рады|Так рады], что вам [понравилось|всё понравилось]. [Приятного "
            "аппетита|Вкусных дней]!",
        ),
        en=(
            "[Thanks a ton|Huge thanks] for the review, the grill team will be "
            "[chuffed|thrilled] 🧡",
            "Glad the [burger|order] hit the spot! Come back [soon|for the new menu] 😊",
            "Five stars from you made our [Monday|week], thank you 🍔",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. [Мы проверили|Проверили] [записи камер|видео "
            "с камер] за указанное время: заказ [выдан|собран] [через 7 минут|за "
            "шесть минут], [все позиции|состав] [на месте|соответствует чеку]",
            "[Добрый день|Здравствуйте]. [По|Согласно] [данным кассы|нашей системе] "
            "заказа с таким [номером|временем] в этом ресторане не было. [Пришлите|"
            "Пожалуйста, пришлите] чек, [чтобы|и мы] [разобраться|разберёмся]",
            "Здравствуйте. Температура [котлет|продукции] [контролируется|проверяется] "
            "[каждый час|каждую смену], [отклонений|нарушений] за этот день [не "
            "выявлено|не зафиксировано]",
            "[Добрый вечер|Здравствуйте]. [В|На] записи [видно|видно, что], что "
            "[сотрудник|кассир] [общался|разговаривал] [вежливо|корректно]. Но мы "
            "[всё равно|в любом случае] [поговорим|побеседуем] с ним",
        ),
        en=(
            "Hello. We checked the camera footage for that time: the order was handed "
            "over in 7 minutes with every item on the receipt",
            "Hi. Our till system shows no order with that number at this restaurant. "
            "Could you send the receipt so we can check?",
        ),
    ),
    official_post=Texts(
        ru=(
            "[Новинка|Встречайте новинку] недели — бургер «Смоки» с [копчёным сыром|соусом "
            "барбекю|маринованным огурцом]! [Уже|С сегодняшнего дня] во всех ресторанах "
            "{b_gen} 🍔",
            "{promo} — [только до воскресенья|всю эту неделю]. [Успейте|Не пропустите]! "
            "🔥",
            "[Мы открылись|Открылись] в городе {city}! [Ждём вас|Приходите] {spot}, первым "
            "[ста|пятидесяти] гостям — {dish} в подарок 🎉",
            "[Пятница|Выходные] [— повод|— отличный повод] [собраться|встретиться] с "
            "друзьями. [Семейное ведро|Большой сет] [со скидкой|выгоднее на 25%] в "
            "приложении {b_gen}",
            "[Конкурс|Розыгрыш]! [Отметьте|Отметь] друга в комментариях и [выиграй|"
            "получи шанс выиграть] годовой запас [шейков|бургеров] 🥤",
            "[Знакомьтесь|Представляем]: [команда|смена] {b_gen} {spot} — [лучшая смена "
            "месяца|победители конкурса скорости] 💪",
            "[Мы|] [обновили|перезапустили] приложение: [теперь|стало] [быстрее|удобнее] "
            "[заказывать|оплачивать], а баллы [начисляются|приходят] сразу",
            "[Как|Откуда] [мы|] [выбираем|берём] говядину для котлет? [Рассказываем|"
            "Рассказали] в [новом|коротком] видео 🎥",
            "[Доброе утро|С добрым утром]! [Завтраки|Утреннее меню] [уже|теперь] "
            "[во всех|в большинстве] ресторанах {b_gen} с 8:00 ☕",
            "[Внимание|Важно]: ресторан {b_gen} {spot} [закрыт на ремонт|временно не "
            "работает] до [понедельника|15 числа]. [Ближайший|Соседний] — [через "
            "дорогу|в двух остановках]",
            "[Ваш любимый|Любимый всеми] бургер с ананасом [вернулся|снова в меню]! "
            "[Надолго ли|Надолго]? [Зависит от вас|Решать вам] 😉",
            "[Сегодня|В этот день] {b} [исполняется|исполнилось] [семь|восемь] лет! "
            "[Спасибо|Спасибо вам], что [вы с нами|выбираете нас] 🎂",
            "[Ищем|Мы ищем] [в команду|к себе] [кассиров|поваров|курьеров] в городе {city}. "
            "[Гибкий график|Оплата каждую неделю], [обучение|форма] за наш счёт",
            "[Хит|Бестселлер] [месяца|сезона] — {dish}. А какой ваш "
            "[выбор|фаворит]? [Пишите|Делитесь] в комментариях 👇",
            "[Голосуем|Выбираем вместе]: что вернуть в меню? 🍟 — [сырные "
            "палочки|луковые кольца], 🍔 — бургер с яйцом",
            "[Студенты|Школьники], [это для вас|вам]: студенческое комбо по [зачётке|"
            "студенческому] [до конца семестра|весь месяц] 🎓",
            "[Спасибо|Благодарим] [всем|каждому], кто [пришёл|был] на [открытие|"
            "праздник] {spot}! [Фото|Фотоотчёт] в [альбоме|карусели] 📸",
            "[Ночью|По ночам] [голодно|хочется]? [Рестораны|Многие рестораны] {b_gen} "
            "[работают|открыты] круглосуточно, [список|адреса] — в приложении 🌙",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Провёл|Провели] [день|смену] [на кухне|за кассой] [одного из ресторанов|в "
            "ресторане {spot}]. [Лучший|Самый честный] способ понять, как [всё устроено|"
            "работа устроена] на самом деле",
            "[Итоги|Промежуточные итоги] [квартала|года]: [открыли|запустили] "
            "[шесть|восемь] [новых точек|ресторанов], [команда выросла до двух тысяч человек|"
            "нас уже больше двух тысяч]. [Спасибо каждому|Горжусь ребятами]",
            "[Читаю|Прочитываю] все ваши отзывы [лично|сам]. [Да|Да-да], "
            "[даже|и] [самые злые|про холодную картошку]. [Без этого|Иначе] [не "
            "вырастешь|никак]",
            "[Утренняя|Воскресная] [пробежка|тренировка] — [10|12] км. [Голова проветрена|"
            "Мысли на месте], можно [работать|планировать неделю]",
            "[Сегодня|На этой неделе] [выступал|рассказывал] на [конференции|форуме] "
            "[ресторанного бизнеса|франчайзинга] про [автоматизацию кухни|скорость "
            "сервиса]. [Слайды выложу|Запись будет] позже",
            "[Много спрашивают|Часто спрашивают], [почему|зачем] мы [не делаем|не "
            "запускаем] франшизу. [Коротко|Ответ простой]: [качество|стандарты] важнее "
            "[скорости роста|количества точек]",
            "[Встретился|Поговорил] с [нашими|] поставщиками [говядины|овощей] в "
            "[Воронежской области|Подмосковье]. [Фермы|Хозяйства] [впечатляют|растут], "
            "[будем|планируем] [расширять|увеличивать] закупки",
            "[Книга|Прочитанная книга] [недели|месяца]: «[Сам себе MBA|Бизнес с нуля]». "
            "[Не всё|Не со всем] согласен, но [пару идей|кое-что] [утащил|взял] в работу",
            "[Дочка спросила|Сын спросил], [кем|чем] я работаю. [Сказал|Ответил]: "
            "[кормлю людей|делаю бургеры]. [Кажется|По-моему], это [лучший|самый честный] "
            "[ответ|питч]",
            "[Наши повара|Ребята из команды] [заняли|взяли] [второе|первое] место на "
            "[городском|всероссийском] [конкурсе|чемпионате] [поваров|бургеров]. "
            "[Горжусь|Поздравляю]! 🏆",
            "[Рынок|Общепит] [сейчас|в этом году] [непростой|тяжёлый]: [аренда и продукты дорожают|"
            "цены на всё растут], [персонала|кадров] [не хватает|мало]. [Но|И всё же] мы "
            "[держим|сохраняем] цены [на базовое меню|на комбо]",
            "[Поздравляю|Поздравляем] город {city} с [днём города|юбилеем]! [Сегодня|В "
            "честь праздника] [во всех наших ресторанах города|в наших ресторанах] — [скидки|"
            "подарки]",
            "[Отпуск|Выходной] [закончился|позади], [снова|опять] [в строю|на "
            "работе]. [Первым делом|С утра] — [планёрка|обход ресторанов]",
            "[Тестировали|Пробовали] [с командой|на дегустации] [пять|шесть] "
            "[вариантов|версий] [нового|сезонного] соуса. [Победил|Выбрали] [неожиданный|"
            "самый простой]. [Скоро|Скоро будет] в меню",
            "[Благодарю|Спасибо] [всех|коллег], кто [вышел|работал] в [праздники|"
            "новогоднюю ночь]. [Вы|Это вы] [держите|делаете] [компанию|нас]",
            "[Запускаем|Запустили] [программу|стажировку] для [студентов|выпускников "
            "колледжей] — [наставники|обучение], [карьерный рост|рост до управляющего] "
            "за год. [Подробности|Детали] [в комментариях|по ссылке]",
            "[Мой|Личный] [рабочий|] [день|вторник] [в цифрах|коротко]: [4 встречи|"
            "5 созвонов], [2 ресторана|одна дегустация], [ноль обедов|"
            "ни одного нормального обеда] {lol}",
            "[Шесть|Семь] лет назад мы [открыли|начинали] [первый|самый первый] ресторан "
            "[в подвале|на 30 метрах] в городе {city}. [Иногда|Порой] [не верится|самому не "
            "верится]",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Обзор|Честный обзор|Дегустация]: {dish} из {b_gen} — {good}. [Оценка|Моя "
            "оценка] [9 из 10|8,5/10]. [Полное видео|Видео] [на канале|в профиле] 🎥",
            "[Проехал|Объехал] все бургерные города {city} [за один день|за выходные]. "
            "[Победитель|Лучший] по [соотношению цена-качество|цене и вкусу] — "
            "{b}. [Кто бы мог подумать|Неожиданно]",
            "[Друзья|Ребята], [сегодня|в новом выпуске] [сравниваем|сравнили] {b_acc} "
            "и [два|три] [крупных|больших] фастфуда вслепую. [Результат|Итог] вас "
            "[удивит|удивил меня самого] 👀",
            "[Неожиданно|Внезапно] [для себя|] [влюбился|подсел] на {dish} в {b_pre}. "
            "{good}. [Рекомендую|Зацените] {e_pos}",
            "[Мой|Наш] [топ-5|топ] фастфуда [этого года|2025]: [на первом месте|первое "
            "место] — {b}. [Почему|Объясняю почему] — в [карусели|треде] 👇",
            "[Ночной|Полночный] [стрим|эфир] [с|под] {dish} из {b_gen}. [Подписчики|"
            "Чат] [спорят|голосуют], [доем ли я|сколько я съем] {lol}",
            "[Пока|Пока что] [лучший|самый сочный] [бургер|бургер из сетевых] [в этом "
            "сезоне|за год] — у {b_gen}. {good}",
            "[Сходил|Сходила] в {b_acc} [с подписчицей, которая выиграла|"
            "с подписчиками, которые выиграли] [конкурс|розыгрыш]. [Было|Вышло] "
            "[весело|очень тепло] {e_pos}",
        ),
        en=(
            "[Review|Taste test]: the {dish} at {b} — {good}. [9/10|8.5/10]. Full video "
            "on my channel 🎥",
            "Visited every burger joint in {city} in one weekend. [Best value|Winner]: "
            "{b}. Did not see that coming",
            "Blind taste test: {b} vs [two|three] big chains. The result [surprised me|is "
            "wild] 👀",
            "My top 5 fast food [of the year|this year] — number one is {b}. Thread 👇",
            "Midnight stream eating {b} with chat voting on [what I order next|whether I "
            "finish it] {lol}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Честно|Без обид], {b} [разочаровал|меня разочаровал]: {dish} — [сухо|как "
            "подошва], [соус|картошка] [безвкусный|вялая]. [Оценка|Моя оценка] "
            "[4 из 10|3/10]",
            "[Заказал|Заказала] {b_acc} [на стриме|в прямом эфире] — [ждали|ждём] "
            "[полтора часа|90 минут], [привезли|приехало] [холодное|ледяное]. [Чат "
            "в шоке|Чат рыдает] {lol}",
            "[Год назад|Раньше] я [хвалил|советовал] {b_acc}. [Сегодня|Теперь] "
            "[не могу|не стану]: [порции|бургеры] [меньше|усохли], [цены|ценник] "
            "[выше|больше], [вкус|качество] [хуже|просело]",
            "[Спросил|Получил] [вас|от вас] [сотни|кучу] сообщений про {b_acc}. "
            "[Проверил|Сходил]. [Вы|Увы, вы] были правы: [грязно|долго] и "
            "[невкусно|дорого] {e_neg}",
        ),
        en=(
            "[Sorry|No offence] {b}, but the {dish} was [dry|bland] and the fries "
            "[limp|soggy]. 4/10",
            "Ordered {b} live on stream, took 90 minutes and arrived cold. Chat lost it "
            "{lol}",
            "A year ago I recommended {b}. Not anymore: smaller burgers, higher prices",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Рецепт|Готовим] [на выходные|к пятнице]: сочный бургер [дома|у себя на "
            "кухне] за [30 минут|полчаса]. Секрет — [фарш с жирностью 20%|холодный "
            "фарш и горячая сковорода]",
            "[Главное|Весь секрет] [в котлете|в фарше]: [не мните|не трамбуйте] его "
            "[сильно|слишком], и будет сочный бургер, [а не|а не сухая] [шайба|котлета]",
            "[Сделала|Сделал] [мужу|детям|гостям] сочный бургер [на гриле|на даче], "
            "[съели|смели] за [минуту|пять минут] {e_pos}",
            "[Мангал|Гриль], [друзья|компания], [холодный|ледяной] [квас|лимонад] и "
            "сочный бургер [с|из] [говядины|фермерского мяса] — [вот это|вот] "
            "[лето|выходные] {e_pos}",
            "[Вопрос к|Совет от] [шефов|поваров]: [как|что] [сделать|нужно], чтобы "
            "сочный бургер [не разваливался|не тёк по рукам]? [Булку|Булочку] "
            "[подсушивать|обжаривать]?",
            "[В|У] [Тбилиси|Ереване|Стамбуле] [в маленьком|в крошечном] [кафе|дворике] "
            "[съел|попробовал] [такой|настолько] сочный бургер, что [до сих пор|неделю] "
            "[вспоминаю|снится]",
            "[Мой|Наш] [сын|ребёнок] [на|в] [кулинарном|поварском] [кружке|мастер-классе] "
            "[приготовил|собрал] сочный бургер. [Горжусь|Шеф растёт] {e_pos}",
            "[Лайфхак|Хитрость]: [кусочек|ложка] [сливочного масла|льда] [внутрь|в "
            "центр] котлеты — и сочный бургер [обеспечен|гарантирован]",
            "[Снимаем|Сняли] [фуд-фото|рекламу] для [местного|соседнего] кафе: "
            "сочный бургер [крупным планом|на тёмном фоне], [свет|дым] [и|—] [магия|"
            "красота] 📸",
            "[Что|Что ещё] [нужно|надо] для [счастья|выходного]? Сочный бургер, "
            "[картошечка|картошка из духовки] и [фильм|хорошая компания] {e_pos}",
            "[Хотите|Хочешь] сочный бургер [без|и без] [жарки|масла]? [Запекайте|"
            "Готовьте] котлету в [аэрогриле|духовке] [10 минут|12 минут] при 200°",
            "[На|В] [фуд-фестивале|гастрофесте] в городе {city} [очередь|толпа] за "
            "[сочными|] [крафтовыми|] бургерами. [Взял|Взяли] сочный бургер "
            "[с вишнёвым соусом|с трюфелем] — [стоило|не пожалел] {e_pos}",
            "[Диетолог|Нутрициолог] [разрешил|разрешила] раз в неделю [читмил|"
            "отступление]. [Мой|У меня] [выбор|план] — сочный бургер [домашний|"
            "своими руками] {lol}",
            "Сочный бургер, хрустящая [картошка|картошечка], "
            "[холодное|] [пиво|пиво после бани] — [суббота|воскресенье] [удалась|"
            "задалась] {e_pos}",
            "[В|На] [нашей|этой] [кулинарной|поварской] [школе|студии] "
            "[мастер-класс|урок]: «Сочный бургер [за 20 минут|как в американском "
            "дайнере]». [Места|Запись] [ещё есть|открыта]",
            "[Ну кто|Кто] [ещё|] [может|умеет] [устоять|не сорваться], когда "
            "[по телевизору|в рекламе] [показывают|крутят] сочный бургер? {lol}",
            "[Булочки|Булки] [бриошь|с кунжутом] [испекла|напекла] сама, [фарш|мясо] "
            "[накрутила|с рынка] — [вышел|получился] [настоящий|] сочный бургер {e_pos}",
            "[Коллега|{who}] [неделю|всю неделю] [рассказывает|вспоминает] про сочный "
            "бургер [из|с] [поездки|отпуска] в [Питер|Калининград]",
            "[Пять|Три] [ошибок|ошибки], [из-за которых|которые мешают] "
            "[получить|сделать] сочный бургер [дома|на кухне]: [перечисляем|разбираем] "
            "[в статье|в карточках]",
            "Бургер из [индейки|курицы] [тоже|вполне] [может быть|бывает] сочным: "
            "[сочный бургер|такой сочный бургер] [выйдет|получится], если [добавить|не "
            "забыть] в фарш [лук|тёртый кабачок]",
            "[Фото дня|Кадр дня]: сочный бургер [до неприличия|] "
            "[на|в] [руках|руке] у [ребёнка|малыша], [кетчуп|соус] [до ушей|на щеках] "
            "{lol}",
            "[Мечта|План] [выходных|на выходные]: [проспать|выспаться] до обеда и "
            "[съесть|приготовить] сочный бургер [с беконом|с яйцом] {e_pos}",
        ),
        en=(
            "Weekend recipe: a \"сочный бургер\" (juicy burger) the way my Russian "
            "[grandma|aunt] taught me. Cold mince, hot pan",
            "Russian lesson [of the day|today]: \"сочный бургер\" = juicy burger. You're "
            "welcome {lol}",
            "My Russian teacher made us order a \"сочный бургер\" in role-play and "
            "[half the class|everyone] got hungry",
            "[Learning|Studying] Russian via food vlogs. Today's word: сочный "
            "(juicy). Sochny burger, sochny peach {lol}",
            "Made a Sochny burger — \"juicy burger\", as my Russian flatmate [calls it|"
            "insists] — on the grill {when} {e_pos}",
            "\"Сочный бургер\" is the first phrase my kid learned at the Russian "
            "Saturday school. [Priorities|Good priorities] {lol}",
            "Recipe card from [Moscow|a Russian food blog] translated: сочный бургер, "
            "i.e. juicy burger at home",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[Третий|Второй] [день|неделю] на [диете|сушке], а [мне|ночью] "
            "[снится|мерещится] сочный бургер. [Это пытка|Тяжко] {e_neg}",
            "[Хотела|Хотел] [сделать|приготовить] сочный бургер, [а|но] [котлета|фарш] "
            "[сгорела|развалилась], [булка|хлеб] [размокла|раскисла]. [Кулинар|Повар] "
            "[года|от бога] {sigh}",
            "[Врачи|Кардиологи|Диетологи] [снова|опять] [предупреждают|напоминают]: "
            "сочный бургер [каждый день|на ночь] — [прямая дорога|путь] к [холестерину|"
            "гастриту]",
            "[Заказала|Заказал] в [кафе|баре] у дома «сочный бургер» — [принесли|"
            "получил] [сухую|сухую как подошва] [котлету|шайбу]. [Название|Меню] "
            "[врёт|обманывает] {e_neg}",
            "[Сосед|Соседи] [жарит|жарят] на балконе [мясо|котлеты], [весь подъезд|"
            "вся лестница] в дыму, а я [на диете|голодный]. Сочный бургер "
            "[теперь|отныне] мой враг номер один {e_neg}",
        ),
        en=(
            "Day three of my diet and I'm dreaming of a \"сочный бургер\" like my Moscow "
            "friends post. Torture {e_neg}",
            "Tried to make a Sochny burger (the Russian \"juicy burger\" recipe) and "
            "[burnt it|it fell apart]. {sigh}",
        ),
    ),
)


# ------------------------------------------------------------------------------ «Полюшко»
# dish_home: a home dish of buckwheat (nominative: «на ужин {dish_home}»); good / meh: a remark
# about the groats; grain: a product (nominative); shop: where it was bought ("в «Ленте»").
_POLYUSHKO_VOCAB = Vocab(
    ru={
        "dish_home": ("гречка с лисичками и жареным луком", "гречка на молоке с ложкой мёда",
                      "гречка по-купечески с фаршем и морковкой",
                      "гречка с домашней тушёнкой из банки", "гречаники с грибной подливой",
                      "гречневый суп с куриными фрикадельками и укропом",
                      "гречка с куриными бёдрами из духовки",
                      "гречка с глазуньей и зелёным луком",
                      "гречка с куриной печёнкой, тушённой в сметане",
                      "гречневые блины на кефире с яблоком",
                      "гречка со шкварками и солёным огурцом",
                      "гречка с овощами в глиняном горшочке",
                      "гречневая запеканка с творогом и изюмом"),
        "good": ("разваривается ровно, не превращается в кашу-размазню",
                 "зёрнышко к зёрнышку, как у бабушки в печке",
                 "ни мусора, ни камешков, перебирать не нужно",
                 "пахнет как у бабушки в деревне летом",
                 "совсем не горчит, даже без масла вкусно",
                 "варится минут за пятнадцать, как и написано на пачке",
                 "рассыпчатая, ровно такая, как надо",
                 "ядро крупное и ровное, без половинок",
                 "цвет красивый, тёмно-коричневый, обжарка честная",
                 "вкус ореховый, настоящий, без затхлости",
                 "пачка с зип-замком, ничего не рассыпается в шкафу"),
        "meh": ("гречка как гречка, чудес не бывает", "цена кусается, особенно без акции",
                "пачка маловата для семьи из четырёх",
                "от других марок на вкус особо не отличается",
                "пару чёрных зёрен на тарелку попалось",
                "в пакетиках варится дольше, чем написано",
                "на полке у нас её не всегда найдёшь",
                "упаковку поменяли, теперь на полке не узнаю",
                "по акции норм, без акции дороговато выходит",
                "светловатая, на любителя пропаренной"),
        "grain": ("ядрица", "продел", "зелёная гречка «Живая»", "гречневые хлопья «Утро»",
                  "гречка в варочных пакетах по 80 г", "гречневая мука тонкого помола",
                  "пропаренная гречка «Быстрая»", "гречневая лапша соба",
                  "каша-минутка в стаканчике"),
        "shop": ("в «Пятёрочке», где кассирша меня уже знает",
                 "в «Магните» на первом этаже нашего дома", "в «Ленте» за развязкой у ИКЕА",
                 "на Озоне, забрала в пункте у пекарни", "на Вайлдберриз упаковкой по шесть",
                 "во «ВкусВилле» прямо под нашим домом",
                 "в «Перекрёстке» на цокольном этаже ТЦ", "в палатке «Продукты» у конечной трамвая",
                 "в «Ашане» по пути с дачи", "в «Светофоре» по смешной цене",
                 "в сельпо у нас в СНТ", "в «Дикси» возле проходной завода"),
        "found_item": ("горсть мелких камешков в пачке", "живых жучков прямо в крупе",
                       "острый осколок зелёного стекла в гречке",
                       "мышиный помёт на дне пакета"),
        "found_short": ("камешки", "жучки", "стекло", "помёт"),
        "ignored_issue": ("заказ с сайта (коробка на 10 пачек) не доставлен уже вторую неделю",
                          "промокод из-под клапана пачки не принимается на сайте",
                          "новые пакеты рвутся по шву прямо на полке"),
        "gaffe_topic": ("тех, кто не купит ни пачки гречки без скидки",
                        "людей, которые не умеют сварить крупу без пакетиков",
                        "тех, кто считает, что гречка должна стоить как в 2010 году"),
        "fake_claim": ("в пачки подмешивают дешёвую крупу с пестицидами",
                       "целую партию гречки тихо отзывают из магазинов из-за плесени",
                       "гречку под этой маркой на самом деле везут из-за границы и "
                       "перефасовывают"),
    },
    en={
        "dish_home": ("buckwheat with chanterelles and fried onion",
                      "buckwheat cooked in milk with a spoon of honey",
                      "merchant-style buckwheat with mince and carrot",
                      "buckwheat with a jar of homemade stewed beef",
                      "buckwheat pancakes on kefir with grated apple",
                      "buckwheat soup with little meatballs",
                      "buckwheat with chicken thighs from the oven",
                      "buckwheat with fried eggs and spring onion",
                      "buckwheat with chicken livers stewed in sour cream",
                      "a buckwheat and roast veg bowl"),
        "good": ("it cooks evenly and never turns to mush",
                 "every grain stays separate like grandma's",
                 "no husks, no little stones, no picking through",
                 "it smells like my grandma's kitchen in summer",
                 "not a hint of bitterness even without butter",
                 "ready in fifteen minutes just like the pack says",
                 "big even kernels, hardly any broken bits",
                 "proper nutty taste, nothing stale about it"),
        "meh": ("buckwheat is buckwheat, no miracles here",
                "pricey unless it's on offer",
                "the pack is small for a family of four",
                "tastes about the same as the store brand",
                "a couple of black grains per plate",
                "boil-in-bags take longer than it says",
                "our shop doesn't always have it on the shelf"),
        "grain": ("kasha", "Zhivaya green buckwheat", "Utro buckwheat flakes",
                  "buckwheat in 80-gram cooking sachets", "fine-ground buckwheat flour",
                  "Bystraya quick-cook groats", "soba-style buckwheat noodles"),
        "shop": ("at the Pyaterochka where the cashier knows me",
                 "on Ozon, picked up at the point by the bakery",
                 "at the VkusVill under our building",
                 "at the little Russian shop by the tram stop",
                 "at the Lenta hypermarket past the IKEA roundabout",
                 "on Wildberries in a bundle of six",
                 "at the Polish-Russian deli next to the launderette",
                 "at the Perekrestok on the ground floor of our mall"),
        "found_item": ("a handful of tiny pebbles in the pack",
                       "live weevils crawling in the groats",
                       "a sharp shard of green glass in the buckwheat",
                       "mouse droppings at the bottom of the bag"),
        "found_short": ("pebbles", "weevils", "glass", "droppings"),
        "ignored_issue": (
            "my website order (a box of 10 packs) still hasn't arrived after two weeks",
            "the promo code under the pack flap isn't accepted on the website",
            "the new bags split along the seam right on the shelf"),
        "gaffe_topic": ("people who won't buy a single pack of buckwheat unless it's discounted",
                        "people who can't cook groats without boil-in-bags",
                        "people who think buckwheat should cost what it did in 2010"),
        "fake_claim": ("cheap pesticide-laced grain is mixed into the packs",
                       "a whole batch is being quietly pulled from shops because of mould",
                       "the buckwheat under this label is actually imported and repacked"),
    },
)

POLYUSHKO = BrandTexts(
    vocab=_POLYUSHKO_VOCAB,
    positive=Texts(
        ru=(
            "[Перепробовала кучу марок гречки, остановилась|Перепробовал штук десять "
            "марок гречки, остановился] на {b}: {good} {e_pos}",
            "[Сегодня|{when}] на ужин {dish_home}, гречка {b}. {good}. [Муж|Дети|Семья] "
            "[доели|смели] [всё|до крошки]",
            "{b} — [единственная|та самая] гречка, которую [ест|признаёт] [мой ребёнок|"
            "{who}]. [Магия|Не знаю, в чём секрет] {e_pos}",
            "[Купила|Купил] {b} {shop} [по акции|на пробу], [теперь|отныне] только "
            "[её|их]. {good}",
            "[Кто бы мог подумать|Не думала], что гречка [бывает|может быть] "
            "[такой вкусной|настолько разной]. {b}, [спасибо|вы лучшие] {e_pos}",
            "{grain} от {b} — [находка|открытие] [года|месяца]. {good}",
            "[Запас|Стратегический запас] гречки [пополнен|обновлён]: [пять|шесть] пачек "
            "{b} [в шкафу|на полке], [спокойна|спокоен] как [удав|танк] {lol}",
            "[Варю|Готовлю] {b} [уже|] [третий год|пятый год|лет пять], [ни разу|"
            "никогда] не [подвела|разочаровала]. {good}",
            "[Утро|Завтрак] [спортсмена|на сушке]: {dish_home} из {b}, [кофе|чай] и "
            "[никаких|ноль] [печенек|сладкого] {e_pos}",
            "[Мама|Бабушка|Свекровь] [сказала|заявила], что {b} — «[как раньше|как при "
            "Союзе], [настоящая|правильная]». [Высшая|Это высшая] похвала {lol}",
            "[Люблю|Обожаю] {b} за [простоту|честность]: [в составе|на пачке] [одна|только] "
            "гречка, [без|и никаких] [добавок|фокусов]. {good}",
            "[Гречаники|Гречневые котлетки] из {b} [вышли|получились] [пышные|нежные], "
            "[даже|и даже] {who} [просит рецепт|просит добавки] {e_pos}",
            "[Вот|Вот вам] [честный|простой] [совет|лайфхак]: [залейте|залей] {b} на "
            "ночь [кефиром|водой], утром [завтрак|каша] [готов|готова]. {good}",
            "[Перешла на {b}, когда в дешёвой марке нашла|Перешёл на {b}, когда в "
            "другой гречке нашёл] [шелуху|мусор]. [Разница|Небо и "
            "земля] {e_pos}",
            "{b} [порадовала|порадовало] [новой|удобной] [упаковкой|пачкой]: [зип-замок|"
            "застёжка], [не рассыпается|не надо пересыпать в банку]. [Мелочь|Мелочь], "
            "а приятно",
            "[Выросла на гречке, думала|Вырос на гречке, думал], [всё про неё знаю|"
            "ничем не удивить]. [А тут|Но] {b}: {good} {e_pos}",
            "[На даче|В походе|На рыбалке] {dish_home} из {b} на [костре|горелке] — "
            "[вкуснее|лучше] [любого ресторана|всего на свете] {e_pos}",
            "[Отдельный|Большой] [респект|плюс] {b} за [зелёную гречку|гречневые хлопья]: "
            "[в магазине|{shop}] [не найти|редкость], а [тут|у них] [есть|всегда в "
            "наличии]",
            "[Гречка|Каша] {b} + [сливочное масло|масло и соль] = [вкус детства|детство], "
            "[без шуток|честно] {e_pos}",
            "[Подруга|Коллега] [посоветовала|подсказала] {b_acc}, [теперь|и теперь] "
            "[советую|рекомендую] [вам|всем]: {good}",
            "[ПП-шницы|Худеющие|Ребята на сушке], [берите|присмотритесь к] {b}: {good}, "
            "[и|а] [КБЖУ|калории] [на пачке|на упаковке] [честные|указаны нормально]",
            "[Наконец|Наконец-то] {shop} [появилась|завезли] {b}! [Взяла|Взял] "
            "[сразу|аж] [три|четыре] пачки {e_pos}",
            "[Сварила|Сварил] {b} [в мультиварке|на плите], {good}. [Кайф|Красота], "
            "[а не|а не] [каша|крупа]",
            "[Ребёнок|Малыш|Сын] [впервые|наконец] [съел|доел] [кашу|гречку] [сам|без "
            "уговоров]. Спасибо, {b} {e_pos}",
            "[Вкусно|Просто вкусно], [сытно|недорого] и [полезно|без химии]. {b} "
            "[в|—] [моём|нашем] [меню|рационе] [каждую неделю|постоянно]",
            "{b} [реально|правда] [держит|держат] [уровень|качество]: [сколько|сколько "
            "бы] ни [покупала|брал], {good}",
            "[Лучшая|Самая] [гречка|крупа] [в|из] [магазине|супермаркета] — {b}. "
            "[Проверено|Проверено годами] {e_pos}",
            "[Спасибо|Мерси] {b} за [рецепты|идеи] [на пачке|на обороте]: "
            "[приготовила|попробовала] {dish_home}, [огонь|вышло здорово]",
            "[Гречка|Каша] {b} [варится|получается] [так|настолько] [хорошо|ровно], "
            "что я [перестала|перестал] [бояться|стесняться] [готовить|варить] для "
            "гостей {lol}",
            "[Вернулась|Вернулся] [из|после] [отпуска|командировки], а дома "
            "[только|лишь] {b} и [яйца|сосиски]. [И это|Это] [прекрасно|счастье] {e_pos}",
            "[Нашла|Нашёл] {b} [в|на] [русском магазине|полке] [в Берлине|в Ереване|"
            "в Алматы]. [Чуть не расплакалась|Прям слеза навернулась] {e_pos}",
            "[Давно|Очень давно] [хотела|хотел] [сказать|написать]: {b} — [лучшая|"
            "отличная] гречка. {good}. [Всё|Точка]",
        ),
        en=(
            "Tried [a dozen|about ten] buckwheat brands, {b} is the one: {good} {e_pos}",
            "{dish_home} for dinner tonight, made with {b}. {good}",
            "{b} is the only buckwheat {who} will eat. [Magic|No idea why] {e_pos}",
            "Picked up {b} {shop} [on a whim|on sale] and now I'm hooked. {good}",
            "The {grain} from {b} is [a game changer|the find of the year]. {good}",
            "Stocked up on {b}: [five|six] packs in the cupboard, [peace of mind|feeling "
            "prepared] {lol}",
            "[Been cooking|Been buying] {b} for [years|three years], never once "
            "[disappointed|had a bad pack]. {good}",
            "Breakfast: {dish_home} made with {b}, coffee, done {e_pos}",
            "My grandma says {b} tastes \"[like back in the day|like the real stuff]\". "
            "[Highest|Top] praise {lol}",
            "Love that {b} is just buckwheat, [no additives|nothing weird]. {good}",
            "Found {b} at [a Russian shop|the deli] in [Berlin|London|Tbilisi]. Almost "
            "[cried|teared up] {e_pos}",
            "Camping trick: {b} cooked on the [stove|campfire] with a tin of beef. "
            "[Unbeatable|Perfect]",
            "Finally got my [kid|son] to eat kasha. Thank you {b} {e_pos}",
            "Shoutout to {b} for the zip-lock pack, [small thing|tiny detail] but "
            "[so handy|I love it]",
            "Meal prep Sunday: [four|five] boxes of {dish_home}, all {b}. {good}",
            "{b} green buckwheat is [hard to find|rare] but [so worth it|so good]. {good}",
            "[Honestly|Genuinely] the best buckwheat I've had outside [my grandma's "
            "house|Russia]: {b}",
            "Cheap, filling, healthy. {b} is in my [weekly|regular] rotation {e_pos}",
            "The recipe on the back of the {b} pack [actually works|is legit]: made "
            "{dish_home}",
            "[Switched|Moved] to {b} after finding husks in a cheaper brand. Night and day "
            "{e_pos}",
            "{b} buckwheat pancakes for brunch and {who} [asked for seconds|wants the "
            "recipe]",
            "Not sponsored: {b} is just [good|really good] buckwheat. {good}",
        ),
        mixed=(
            "{b} — [best|лучшая] гречка, [no cap|без шуток] {e_pos}",
            "Healthy breakfast: {dish_home} из {b}, [easy|легко] and cheap",
            "Meal prep [на неделю|for the week]: {b} + [курица|chicken], [perfect|идеально]",
            "[Нашла|Found] {b} в [Russian store|русском магазине] abroad, [so happy|"
            "счастье] {e_pos}",
            "{b} [реально|really] [next level|топ]: {good}",
            "Comfort food [вечера|of the day]: гречка {b} с маслом, [no regrets|"
            "и всё] {e_pos}",
            "[Protein|Белок] + [carbs|углеводы] = {dish_home} из {b}, [gym mode|после "
            "зала]",
            "[Обожаю|Love] {b}, [quality|качество] [always|всегда] [on point|на высоте]",
            "Life hack: {b} [на ночь|overnight] с кефиром, [утром|in the morning] "
            "breakfast ready",
            "{b} green buckwheat — [это|just] [must have|must-have] [для|for] "
            "[ЗОЖ|healthy eating]",
        ),
    ),
    neutral=Texts(
        ru=(
            "[Почём|Сколько стоит] сейчас {b} {shop}? [У нас|Тут] [выросла|поменялась] "
            "цена, [не пойму|интересно], везде так или нет",
            "[Кто|Кто-нибудь] [пробовал|брал] [новинку|продукт] от {b} — {grain}? "
            "[Стоит|Есть смысл] "
            "[брать|переплачивать]?",
            "[Список покупок|В списке на неделю]: [молоко|хлеб], [яйца|курица], {b} "
            "[две пачки|пачка], [бананы|яблоки]",
            "{b} [или|vs] [«Мистраль»|«Увелка»|собственная марка магазина]? [Спорим|"
            "Спорили] с мужем уже [полчаса|неделю] {lol}",
            "[Увидела|Увидел] {b} {shop} в [новой|другой] упаковке. {meh}",
            "[Варю|Сварила] {b} [по инструкции|как на пачке написано]: [1 к 2|1:2], "
            "[15|20] минут. [Посмотрим|Проверим]",
            "[Вопрос|Вопросик]: гречку {b} [надо|нужно] [промывать|перебирать] или "
            "[можно|сразу] [в кастрюлю|варить]?",
            "{b} [теперь|с этого месяца] [есть|продают] {shop}. [К сведению|Кому "
            "надо]",
            "[Смотрю|Читаю] состав на пачке {b}: [гречневая крупа|ядрица], [ГОСТ|"
            "первый сорт], [срок|годна] [год|12 месяцев]. {e_meh}",
            "[На ужин|Сегодня] {dish_home}, [гречка|крупа] {b}. [Обычный|Простой] "
            "[вторник|будний вечер]",
            "{meh}, но {b} [всё равно|] [беру|покупаю] [по привычке|потому что рядом]",
            "[А|] {b} [это|—] [какой регион|откуда]? [Алтай|Башкирия|Брянская область]? "
            "[Интересно|Не знаю], [кто знает|подскажите]",
            "[Пересыпала|Пересыпал] {b} в [стеклянную банку|контейнер], [на полке|в "
            "шкафу] [стоит|красуется] [рядом с рисом|между мукой и сахаром]",
            "[Маме|Свекрови] нужна [зелёная гречка|гречневая мука]. {b} "
            "[такую|такое] [делает|выпускает]?",
            "[Чек из|Чек] {shop}: {b} [89|94|112] ₽, [рис|макароны] [78|65] ₽, "
            "[масло|яйца] [230|140] ₽. [Просто для истории|На память] {e_meh}",
            "[В детстве|Раньше] гречка была [просто|одна] гречка, а теперь {b}, "
            "[ядрица|продел], [зелёная|пропаренная]... [Выбор|Глаза разбегаются] {e_meh}",
            "[Ребята|Народ], {b} [в пакетиках|в варочных пакетах] [сколько|сколько "
            "минут] [варить|варится]?",
            "[Говорят|Слышала], {b} [будет|начнёт] [выпускать|делать] [кашу для детей|"
            "гречневые снеки]. [Посмотрим|Любопытно]",
            "[Сижу|Сидим] на [гречневой|] диете, [третий|второй] день, [гречка|крупа] "
            "{b}. [Отчитаюсь|Напишу] через неделю",
            "[В|На] [пачке|упаковке] {b} [теперь|появился] QR-код с [рецептами|"
            "историей поля]. [Отсканировала|Посмотрел] — {e_meh}",
            "[Закупились|Закупились на месяц] [на даче|в «Ленте»]: [мешок картошки|"
            "тушёнка], {b}, [чай|сахар]. [Готовы к зиме|Запасливые] {lol}",
            "{b} [на полке|в магазине] [стоит|лежит] [рядом|вперемешку] с [рисом|"
            "перловкой], [еле нашла|пришлось искать]",
            "[Кто-то|Кто] [знает|в курсе], {b} [можно|подходит] [при|для] [диабете|"
            "безглютеновой диете]?",
            "[Мой|Наш] [ужин|обед] [сегодня|{when}]: {dish_home}. [Гречка|Крупа] {b}, "
            "[грибы|курица] [с рынка|свои]",
            "[Нашла|Нашёл] [мамин|старый] рецепт {dish_home}. [Попробую|Сделаю] на "
            "{b}, [потом|позже] [расскажу|отпишусь]",
            "{b} [в|на] Озоне [дешевле|чуть дешевле], чем {shop}, [если|когда] брать "
            "[упаковкой|сразу десяток]",
            "[Ну вот|Итак], [гречка|пачка] {b} [закончилась|кончилась], [надо|пора] "
            "[купить|в магазин] {e_meh}",
            "[Сравнила|Сравнил] [вес|граммовку]: {b} — [800|900] г, [у других|у соседей "
            "по полке] — [кило|900]. {meh}",
            "[Подсказка|Совет] [от|для] [студентов|общаги]: {b} [плюс|+] [сосиски|"
            "тушёнка] = [ужин|обед] [на три дня|до стипендии] {lol}",
            "[Смотрю|Слушаю] [подкаст|интервью] [основательницы|создательницы] {b}. "
            "[Интересно|Любопытно], как [они|все] [начинали|начиналось]",
            "[Завтра|Сегодня] [впервые|первый раз] [готовлю|пробую] [новинку|продукт] "
            "{b}: {grain}. "
            "[Советы|Есть советы]?",
        ),
        en=(
            "How much is {b} {shop} these days? Price [changed|went up] here",
            "Anyone tried the {grain} from {b}? Worth it?",
            "Shopping list: [milk|bread], [eggs|chicken], {b} [x2|two packs], "
            "[bananas|apples]",
            "{b} vs [the store brand|Uvelka]? Debating with {who} {lol}",
            "Saw {b} in new packaging {shop}. {meh}",
            "Do you need to rinse {b} buckwheat or just [cook it|throw it in]?",
            "{b} is now sold {shop}, [fyi|in case anyone needs it]",
            "Dinner: {dish_home}, {b} buckwheat. Normal [Tuesday|weeknight]",
            "{meh}, but I still buy {b} [out of habit|because it's close]",
            "Where is {b} from, [Altai|Bashkiria|Bryansk]? Anyone know?",
            "Does {b} make [green buckwheat|buckwheat flour]? Asking for {who}",
            "How long do {b} boil-in-bags take?",
            "Day [two|three] of the buckwheat diet, {b} edition. Will report back",
            "{b} packs now have a QR code with recipes. {e_meh}",
            "Found my mum's recipe for {dish_home}, trying it with {b}",
            "{b} is cheaper on Ozon than {shop} if you buy a box",
            "Out of {b}, [adding it to the list|need to restock] {e_meh}",
            "Weighed it: {b} is [800|900] g, the others are a kilo. {meh}",
            "Student tip: {b} + [sausages|tinned beef] = [three dinners|dinner till "
            "payday] {lol}",
            "Cooking {b} {grain} for the first time tomorrow. Tips?",
            "Is {b} gluten free? Need it for {who}",
            "Listening to an interview with the {b} founder. [Interesting|Pretty "
            "interesting] story",
        ),
        mixed=(
            "{b} vs store brand — [какая|which one] лучше? {e_meh}",
            "Shopping list: {b}, [молоко|milk], [яйца|eggs]",
            "[Кто пробовал|Anyone tried] [новинку|the new one] от {b}: {grain}? [Worth it|Стоит]?",
            "Meal plan [на неделю|this week]: {dish_home}, {b}",
            "[Цена|Price] {b} [в|at] Пятёрочке [now|сейчас] [94|112] ₽, fyi",
            "{b} new packaging — [minimalist|в стиле эко] {e_meh}",
            "Question: {b} [надо промывать|rinse or not]?",
            "Dinner idea [на вечер|tonight]: {dish_home} ({b})",
            "Found {b} на Ozon [cheaper|дешевле], fyi",
            "[Гречка|Buckwheat] day: {b} + [курица|chicken], basic но [ok|норм]",
        ),
    ),
    negative=Texts(
        ru=(
            "[Купила|Купил] {b} {shop}, [а там|а в пачке] [сплошная шелуха|мусор и "
            "чёрные зёрна]. [Перебирала|Перебирал] [полчаса|весь вечер] {e_neg}",
            "{b}, [что с вами стало|что случилось]? [Гречка|Крупа] [горчит|горькая], "
            "[запах|пахнет] [сырости|затхлостью] {e_neg}",
            "[Чуть не сломала|Чуть не сломал] зуб о [камешек|камень] в гречке {b}. "
            "[Спасибо|Отличный сервис], [теперь|] [к стоматологу|на пломбу] {e_neg}",
            "[Пачка|Упаковка] {b} [стала|теперь] [800|850] грамм [вместо|а была] "
            "[килограмма|900], [а цена|а ценник] [та же|выросла]. [Шринкфляция|Наглость] "
            "в чистом виде",
            "[Пакетики|Варочные пакеты] {b} [рвутся|лопаются] [прямо в кастрюле|при "
            "варке], [вся|] [каша|гречка] [в воде|в кастрюле]. [Бесит|Надоело] {e_neg}",
            "[Открыла|Открыл] {b}, а там [моль|личинки|жучки]. [Выкинула|Выбросил] всю "
            "[пачку|полку]. [Больше не беру|Никогда больше] {e_neg}",
            "[Раньше|Года три назад] {b} была [отличная|лучшая], [сейчас|теперь] "
            "[разваривается в кашу|мелкая и дроблёная]. {sigh}",
            "[Цена|Ценник] на {b} [за год|за полгода] [выросла|подскочила] [на треть|"
            "почти вдвое]. [Гречка|Крупа] [золотая|из золота], что ли? {e_neg}",
            "[Зелёная|Пропаренная] гречка {b} — [деньги на ветер|полный провал]: "
            "[безвкусная|как картон], [варится|разваривается] [в клейстер|в слизь]",
            "{b} [второй|третий] [месяц|раз] [нет|пропала] {shop}. [Снимают|Сняли] с "
            "производства, [или|что ли]? {e_meh}",
            "[Промыла|Промыл] {b} — [вода мутная|вода чёрная], [как будто|словно] [пыль|"
            "земля]. [Что за обработка|Чем вы там чистите]? {e_neg}",
            "[Гречка|Каша] {b} [после|после варки] [серая|какого-то серого цвета] и "
            "[липкая|слипшаяся]. [Выглядит|Смотрится] [как|] [клейстер|обойный клей]",
            "[Шов|Пакет] {b} [разошёлся|порвался] [ещё|прямо] в [сумке|магазине], "
            "[пол-пачки|гречка] [по всему багажнику|по всему пакету]. [Экономия на "
            "упаковке|Упаковка картонная] {e_neg}",
            "[Неприятно|Обидно] [удивил|разочаровал] {b}: [в пачке|внутри] [овёс|"
            "пшеница|какие-то семена], [хотя|а] [написано|на пачке] «ядрица»",
            "[Сколько можно|Доколе] [переплачивать|платить] за [бренд|"
            "название]? {b} [ничем|вообще ничем] не [лучше|отличается от] "
            "[магазинной|дешёвой] гречки {e_neg}",
            "[Ребёнок|Сын] [отказался|не стал] [есть|доедать] {dish_home}: "
            "[горько|гречка горькая]. [Попробовала|Попробовал] — правда [горчит|"
            "горькая]. {b}, [куда|что] [вы|] [смотрите|делаете]?",
            "[Заказала|Заказал] {b} [на маркетплейсе|онлайн] — [пришла|привезли] "
            "[мятая|рваная] [пачка|упаковка], [половина|треть] [высыпалась|рассыпана] "
            "{e_neg}",
            "[Рецепт|Время варки] на пачке {b} [враньё|не работает]: «15 минут» — "
            "[а|по факту] [40|сорок] и [всё равно|до сих пор] [твёрдая|сырая]",
            "{b} [испортилась|стала хуже] после [смены|как поменяли] [упаковки|"
            "владельца]. [Верните|Отдайте] [старую|прежнюю] гречку {e_neg}",
            "[Вонь|Запах] [от|из] пачки {b} — [как|словно] [из подвала|от мокрой "
            "тряпки]. [Варить|Готовить] [не стала|не рискнул] {e_neg}",
            "[Ужасная|Отвратительная] [гречка|крупа] {b}: [недочищенная|с "
            "шелухой], [мелкая|дроблёная], [и|а] [стоит|цена] как [хорошая|элитная]",
            "[Опять|Снова] в {b} [нашла|нашёл] [чёрные зёрна|камешек|щепку]. [Это|Уже] "
            "[третья пачка|не первый раз] [подряд|за месяц] {e_neg}",
            "[Взяла|Взял] {b} [по акции|со скидкой], [а|и] [теперь|сейчас] "
            "[понимаю|ясно], [почему|зачем] [скидка|акция]: [срок|годность] "
            "[истекает|до конца недели] {e_neg}",
            "[Мама|Бабушка|{who}] [всю жизнь|сорок лет] [варит|покупает] гречку и "
            "[говорит|повторяет], что {b} — «[не гречка, а недоразумение|мусор какой-то]» "
            "{lol}",
            "[Кто|Какой гений] [придумал|решил] [делать|продавать] {b} в [бумажных|"
            "хлипких] пакетах? [Отсырело всё|Отсырела вся пачка] за [неделю|месяц] {e_neg}",
            "[Каша|Гречка] {b} [пригорает|пригорела] [даже|] [при|на] [малом огне|"
            "минимуме]. [Другие марки|Обычная гречка] [нет|так себя не ведёт]",
            "[Неделю|Две недели] [жду|ждём] {b} {shop}, [продавец|кассир] "
            "[говорит|отвечает] «[поставок нет|не привозят]». [И|Ну и] [где|куда] "
            "[делась|пропала]? {e_meh}",
            "[Отзыв|Мнение] [без|] [прикрас|фильтров]: {b} [переоценена|раздута "
            "рекламой]. {meh}, [и|а ещё] [горчит|мусор попадается] {e_neg}",
        ),
        en=(
            "Bought {b} {shop} and it's [full of husks|half black grains]. Spent "
            "[half an hour|the evening] picking through it {e_neg}",
            "{b}, what happened? It's [bitter|musty] now {e_neg}",
            "Nearly broke a tooth on a stone in {b} buckwheat. Dentist time {e_neg}",
            "{b} pack shrank to [800|850] g and the price [stayed the same|went up]. "
            "Shrinkflation at its finest",
            "{b} boil-in-bags keep [splitting|bursting] in the pot {e_neg}",
            "Opened a pack of {b} and found [moth larvae|weevils|bugs]. Binned the lot "
            "{e_neg}",
            "{b} used to be great, now it [turns to mush|is all broken bits]. {sigh}",
            "{b} price up by [a third|almost double] in a year. Is it made of gold?",
            "{b} green buckwheat was [a waste of money|awful]: [bland|gluey] and "
            "[slimy|mushy]",
            "Can't find {b} {shop} for [a month|weeks]. Discontinued? {e_meh}",
            "Rinsed {b} and the water went [black|grey]. What is that {e_neg}",
            "The {b} bag split in my shopping bag, buckwheat everywhere {e_neg}",
            "Paying extra for the {b} name and it's no better than [the store brand|the "
            "cheap stuff] {e_neg}",
            "Kid refused the {dish_home}, it was bitter. Tasted it — yep. {b}, "
            "[what's going on|seriously]?",
            "{b} from [Ozon|Wildberries] arrived [torn|crushed], half spilled {e_neg}",
            "\"15 minutes\" on the {b} pack is a lie, took [40|forty] and still hard",
            "{b} [got worse|went downhill] since the [rebrand|new packaging]. Bring back "
            "the old stuff {e_neg}",
            "The {b} pack smelled like [a damp basement|a wet rag]. Didn't even cook it "
            "{e_neg}",
            "Found [black grains|a pebble|a splinter] in {b} again, [third pack|second "
            "time] this month {e_neg}",
            "{b} on sale because it expires [this week|in five days]. Nice trick {e_neg}",
            "{b} burns on the lowest heat, no other brand does that",
            "Honest take: {b} is overhyped. {meh}, and [bitter|gritty] sometimes {e_neg}",
        ),
        mixed=(
            "{b} — [total fail|epic fail], [гречка горькая|bitter kasha] {e_neg}",
            "Shrinkflation alert: {b} теперь [800|850] г, [same price|цена та же] {e_neg}",
            "[Камешек|A stone] в {b}, [чуть зуб не сломала|almost broke a tooth] {e_neg}",
            "{b} [пакетики|boil-in-bags] [рвутся|keep splitting], so annoying",
            "[Цена|Price] {b} [просто|just] insane [сейчас|now] {e_neg}",
            "[Моль|Moths] в пачке {b}, [wtf|серьёзно]? {e_neg}",
            "{b} [раньше|used to be] top, [now|сейчас] [meh|так себе] {sigh}",
            "Never again {b}: [шелуха|husks] [everywhere|по всей кастрюле] {e_neg}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день], [где|в каких магазинах] [продают|"
            "искать] {grain}? [Город|Я из города] {city}",
            "{h} [гречка|ваша гречка] [подходит|можно] [для|при] [безглютеновой "
            "диеты|целиакии]? [На пачке|В составе] не [нашла|увидел]",
            "{h} [а|] откуда [гречка|крупа]? [Алтай|Сибирь] или [импорт|Китай]?",
            "{h} [подскажите|скажите], [как|можно ли] [заказать|купить] [оптом|мешок] "
            "для [кафе|столовой]?",
            "{h} [когда|а когда] [снова|опять] [появятся|будут] [гречневые хлопья|"
            "пакетики] {shop}?",
            "{h} [сколько|какой] срок хранения [после вскрытия|у открытой пачки]?",
            "{h} [здравствуйте|привет]! [Есть ли|А есть] у вас [детская|для детей] "
            "[каша|гречка] [без соли|без добавок]?",
            "{h} [подскажите|уточните], [QR-код|код] на пачке [для чего|куда ведёт]? "
            "[Розыгрыш|Акция]?",
            "{h} [можно|а можно] [к вам|на производство] на экскурсию [с детьми|со "
            "школьниками]?",
            "{h} [почему|отчего] [гречка|зёрна] [в новой|в этой] пачке [светлее|другого "
            "цвета]? [Новый урожай|Другой сорт]?",
            "{h} [а|] [промывать|перебирать] вашу [гречку|крупу] [нужно|надо]?",
            "{h} [будет|выйдет] ли [гречка|{grain}] в [больших|килограммовых|"
            "пятикилограммовых] [пачках|мешках]?",
            "{h} [здравствуйте|добрый вечер]. [Есть|А есть] [рецепты|книга рецептов] "
            "на сайте? [На пачке|На упаковке] [мелко|не разглядеть]",
            "{h} [продаётся|есть] ли {b} в [Казахстане|Беларуси|Армении]?",
        ),
        en=(
            "{h} hello! Which shops in {city} stock {grain}?",
            "{h} is your buckwheat certified gluten free?",
            "{h} where is the buckwheat grown? Altai or imported?",
            "{h} do you ship abroad? Can't find {b} [in Germany|in the UK|in Georgia]",
            "{h} how long does it keep once the pack is open?",
            "{h} why is the new pack lighter in colour? New harvest?",
            "{h} do I need to rinse it before cooking?",
            "{h} any plans for bigger packs, like [5 kg|a family size]?",
            "{h} do you have a baby porridge with no salt?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [в|в вашей] пачке [нашла|нашёл] [камень|камешек] [размером с горошину|"
            "с ноготь]. [Партия|Номер партии] [на фото|в личке]. [Как так|Что это]?",
            "{h} [гречка|крупа] из [последней|свежей] пачки [горчит|горькая] и "
            "[пахнет|отдаёт] [сыростью|плесенью]. [Куплено|Брала] {shop} {when}",
            "{h} [здравствуйте|добрый день]. [Варочные пакеты|Пакетики] [лопаются|"
            "рвутся] при варке, [уже|это] [третья|вторая] пачка. [Брак|Это брак]?",
            "{h} [на сайте|в интернет-магазине] [оплатила|оплатил] заказ [неделю|"
            "девять дней] назад, [статус|он] [«собирается»|«в обработке»] до сих пор",
            "{h} [в|внутри] [пачке|упаковке] [моль|личинки], [упаковка|пачка] "
            "[целая|не вскрыта]. [Значит|То есть], [это|они] [с производства|"
            "изначально]? [Ответьте|Жду ответа]",
            "{h} [вес|масса] пачки [по факту|на весах] [760|780] г, [а|хотя] "
            "[заявлено|написано] 800. [Недовес|Это недовес]",
            "{h} [почему|с какой стати] [гречка|пачка] {shop} [стоит|продаётся] "
            "[дороже|на 30 рублей дороже], чем [на сайте|в рекомендованной цене]?",
            "{h} [в|у] [пачке|упаковке] [срок годности|дата] [стёрт|не читается|"
            "заклеен]. [Это|Так] нормально?",
            "{h} [гречка|крупа] [после варки|сваренная] [чёрная|серая] и [пахнет|"
            "воняет] [дымом|гарью], [хотя|а] варила [как всегда|обычно]. {dish_home} "
            "[в мусорке|в ведре]",
            "{h} [в|во] [вашей|] гречке [попалась|нашлась] [щепка|нитка от мешка|"
            "веточка]. [Фото|Фотки] [прикладываю|ниже]",
            "{h} [курьер|служба доставки] [привёз|доставила] [мятые|порванные] пачки, "
            "[половина|часть] [высыпалась|рассыпалась]. [Возврат|Замена] [как|как "
            "оформить]?",
            "{h} [промокод|код] [с пачки|с упаковки] [не работает|не принимается] на "
            "сайте, [пишет|выдаёт] «[недействителен|не найден]»",
            "{h} [ребёнку|сыну|дочке] [стало плохо|высыпало] после [вашей|] [детской "
            "каши|гречки]. [Состав|Что в составе] [кроме гречки|точно]?",
            "{h} [в|на] {shop} [стоят|лежат] пачки {b} с [истёкшим|просроченным] "
            "сроком. [Проверьте|Разберитесь с] [поставщика|магазином]",
            "{h} [зелёная|пропаренная] гречка [вся|сплошь] [в пыли|в пыльце|в "
            "мусоре], [промывала|промывал] [пять|шесть] раз",
            "{h} [заказ|посылка] [пришёл|пришла] [не тот|не то]: в корзине "
            "[было|стояло] «{grain}», а [привезли|пришла] [обычная гречка|ядрица]",
            "{h} [здравствуйте|доброе утро]. [Написала|Написал] [вам|] на почту "
            "[неделю|пять дней] назад, [ответа|никто не ответил] [нет|так и нет]",
            "{h} [гречка|зерно] [в пачке|внутри] [дроблёная|колотая], [половина|треть] "
            "[половинки|сечка]. [Это|Так] [ядрица|первый сорт]?",
            "{h} [пачка|упаковка] [вздутая|мокрая] [изнутри|внутри], [гречка|крупа] "
            "[слиплась|комками]. [Куплено|Покупала] {shop}",
            "{h} [уже|] [третий раз|не первый раз] [нахожу|попадаются] [чёрные|"
            "необрушенные] зёрна [в каждой|почти в каждой] [ложке|тарелке]",
            "{h} [в|у] [пачки|пакета] [нет|отсутствует] [зип-замка|застёжки], "
            "[хотя|а] на [фото|сайте] [он есть|нарисован]. [Мелочь|Вроде мелочь], но",
            "{h} [на сайте|в магазине] [списали|сняли] [деньги|оплату] [дважды|два "
            "раза] за [один заказ|одну покупку]",
        ),
        en=(
            "{h} found a stone the size of a pea in your pack. Batch number on the "
            "photo",
            "{h} the latest pack tastes bitter and smells [damp|musty]. Bought {shop}",
            "{h} boil-in-bags split while cooking, [third|second] pack now. Faulty "
            "batch?",
            "{h} paid for my order [a week|9 days] ago, still says \"processing\"",
            "{h} moth larvae inside a sealed pack. So it came from the factory?",
            "{h} pack weighs [760|780] g on my scale, not 800",
            "{h} the expiry date on the pack is [rubbed off|unreadable]",
            "{h} found [a splinter|a thread from a sack] in the buckwheat. Photo below",
            "{h} the delivery came [crushed|torn], half of it spilled. How do I get a "
            "replacement?",
            "{h} the promo code from the pack says \"invalid\" on your site",
            "{h} {shop} is selling expired {b}. Please check your supplier",
            "{h} wrong item delivered: ordered {grain}, got regular buckwheat",
            "{h} emailed you [five days|a week] ago, no reply",
            "{h} half the grains in the pack are broken. Is that really top grade?",
            "{h} charged twice for one order on your site",
        ),
    ),
    comment=Texts(
        ru=(
            "[Обожаю|Люблю] вашу [гречку|зелёную гречку] {e_pos}",
            "[А|] {grain} [когда|когда снова] [будет|появится] {shop}?",
            "[Рецепт|Рецептик] [супер|огонь], [сохранила|сохранил] {e_pos}",
            "[А|] [можно|будет] [рецепт|вариант] [без мяса|для постящихся]?",
            "[Верните|Верните, пожалуйста,] [старую|прежнюю] упаковку, [не могу найти|"
            "не узнаю] [на полке|в магазине] {e_meh}",
            "[Красивое|Какое красивое] [поле|фото], [где|это где] [снимали|такое]?",
            "[А|] [почему|чего] [подорожала|цена выросла]? {e_meh}",
            "[У нас|У нас в городе] [вас|{b}] [не найти|нет в магазинах] {sigh}",
            "[Сегодня|Вчера] [как раз|только] [варила|варил] {dish_home} {e_pos}",
            "[Спасибо|Благодарю] за [честную|настоящую] гречку 🙏",
            "[Розыгрыш|Конкурс] [когда|будет ещё]? {lol}",
            "[Бабушка|Мама] [одобряет|говорит «как раньше»] {e_pos}",
            "[А|] детская каша [будет|есть в планах]?",
            "[Хочу|Хотим] на [экскурсию|поле] [к вам|летом] {e_pos}",
        ),
        en=(
            "[Your buckwheat|This buckwheat] is the only one my kids [will eat|finish] {e_pos}",
            "Any idea when {grain} is back {shop}? Shelf's been empty",
            "[Screenshotted|Saved] the recipe, making it [on Sunday|this weekend] {e_pos}",
            "Any chance of shipping to [Europe|the UK|Serbia]? {e_meh}",
            "[Gorgeous|Lovely] field, which region is that?",
            "[What happened with|Why the jump in] the price [this month|lately]? {e_meh}",
        ),
    ),
    reply=Texts(
        ru=(
            "[Согласна|Согласен], {b} [норм|хорошая], [я|мы] [тоже|давно] [беру|берём]",
            "[А|] я [наоборот|вот] [перешла|перешёл] с {b_gen} [на|обратно на] "
            "[магазинную|другую], [разницы|отличий] не [заметила|заметил]",
            "[Попробуй|Попробуйте] [замачивать|обжарить] [перед варкой|на сухой "
            "сковороде], [совсем|вообще] другой [вкус|результат]",
            "[Ахах|{lol}], [у нас|у меня] [тоже|так же] [гречка|гречневая] "
            "[диета|неделя]",
            "[Горчит|Горькая] — [значит|это] [старая|залежалась] [или|либо] [плохо|не "
            "так] [хранили|хранилась]. [Не всегда|Не обязательно] [вина|проблема] "
            "производителя",
            "[Мне|Нам] [в прошлый раз|тоже] [камешек|мусор] попался, [написала|"
            "написал] {h}, [ответили|заменили]",
            "[Где|А где] [брали|покупали]? [У нас|Тут] {shop} [нормальная|всё ок]",
            "[Жиза|Классика] {lol}",
            "[Так|А] [это|ведь] [все|все марки] [подорожали|так], не только {b}",
            "[Гречка|Она] и [в Африке|везде] гречка {e_meh}",
            "[Спасибо|Спс] за [совет|наводку], [попробую|возьму на заметку]",
            "[Фото|Фотку] [покажи|скинь], [интересно|любопытно] {e_meh}",
            "[Я|Мы] [варим|варю] [в|в соотношении] 1 к 2,5, [тогда|и] [не|не будет] "
            "[сухо|твёрдая]",
            "[Бабушка|Мама] [всегда|всю жизнь] [перебирала|перебирает] [гречку|"
            "крупу], [и ничего|и правильно] {lol}",
            "[Пакетики|Варочные пакеты] [вообще|в принципе] [зло|баловство], [бери|"
            "берите] [развесную|обычную]",
            "[Плюсую|Поддерживаю] {e_pos}",
            "[А|Мы] {dish_home} [делаем|готовим] [только|исключительно] [на|из] "
            "{b_gen}",
        ),
        en=(
            "Agreed, {b} is good, we've bought it for years",
            "I switched from {b} to the store brand and [can't tell the difference|"
            "noticed nothing]",
            "Toast it in a dry pan before cooking, totally different taste",
            "Bitter usually means it's old or [stored badly|was kept somewhere damp]",
            "Message {h}, they replaced mine",
            "It's not just {b}, every brand went up",
            "{lol} same, we're on a buckwheat week too",
            "[Ooh|Ah] thanks, [will try the dry pan trick|noted for next time]",
            "Boil-in-bags are [evil|pointless], buy the loose stuff",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Очень жаль|Нам очень жаль], что так "
            "[получилось|вышло]. [Пришлите|Напишите], пожалуйста, [фото пачки|номер "
            "партии с пачки] в личные сообщения — [разберёмся|передадим технологам]",
            "[Спасибо|Благодарим] за [вопрос|интерес]! [Список магазинов|Где купить] — "
            "на нашем сайте, [раздел|вкладка] «[Где купить|Магазины]» 🌾",
            "[Здравствуйте|Привет]! [Гречку|Крупу] [перед варкой|перед готовкой] "
            "[достаточно|можно просто] [промыть|сполоснуть], [перебирать|перебор] не "
            "[нужно|требуется] 🙂",
            "[Извините|Простите] [за задержку|за ожидание]. [Заказ|Ваш заказ] [передан|"
            "уже передан] в [доставку|службу доставки], [трек-номер|номер для "
            "отслеживания] [пришлём|отправим] [сегодня|в течение дня]",
            "[Спасибо, что сообщили|Благодарим за сигнал]. [Передали|Уже передали] "
            "[в отдел качества|технологам], [вернём|возместим] стоимость [пачки|покупки]",
            "[Добрый день|Здравствуйте]! [Срок хранения|После вскрытия] — [до года|12 "
            "месяцев] в [сухом|сухом и тёмном] месте, [лучше|желательно] в [банке|"
            "закрытой таре]",
            "[Здравствуйте|Добрый вечер]! [Да|Конечно], [гречка|наша гречка] "
            "[естественно|от природы] [без глютена|не содержит глютена], но [на "
            "производстве|в цеху] [фасуют|есть] и другие [крупы|злаки]",
            "[Проверили|Посмотрели] [заказ|ваше обращение]: [ошибка|сбой] на нашей "
            "стороне, [деньги|средства] [вернули|возвращены] 🙏",
            "[Спасибо|Благодарим] за [доверие|добрые слова]! [Передадим|Обязательно "
            "передадим] [команде|нашим агрономам] 🌾",
            "[Здравствуйте|Добрый день]. [Промокод|Код] [действует|работает] до [конца "
            "месяца|указанной даты]; [напишите|пришлите] [его|код] нам, [проверим|"
            "активируем] вручную",
        ),
        en=(
            "Hello! We're sorry about this. Please DM us a photo of the pack with the "
            "batch number and we'll pass it to our quality team",
            "Thanks for asking! The list of shops is on our website under \"Where to "
            "buy\" 🌾",
            "Hi! A quick rinse is enough, no need to pick through it 🙂",
            "Sorry for the delay — your order is with the courier, we'll send the "
            "tracking number today",
            "Thank you for letting us know. We've refunded the pack and passed this on "
            "to quality control",
            "Hi! Buckwheat is naturally gluten free, but other grains are packed at the "
            "same plant",
        ),
    ),
    thanks=Texts(
        ru=(
            "[Спасибо|Благодарю], [вернули|возместили] [быстро|оперативно] {e_pos}",
            "[Ок|Понятно], [спасибо|спс] за [ответ|разъяснение]",
            "[Трек|Номер] [пришёл|получила], [спасибо|благодарю] 🙂",
            "[Приятно|Здорово], что [отвечаете|вы на связи]. [Спасибо|Мерси]",
            "[Всё|Вопрос] [решили|закрыли], [спасибо|спасибо большое] 🌾",
            "[Замену|Новую пачку] [прислали|получили], [гречка отличная|"
            "всё хорошо] {e_pos}",
        ),
        en=(
            "[Refund|Money] for the pack [received|came back], thanks {e_pos}",
            "[Ok|Right], [that makes sense|clear now], thanks for explaining the rinsing thing",
            "[Tracking number|Track code] arrived, [parcel is moving|it's on its way] 🙂",
            "[Sorted|All fixed] on the first try, thank you 🌾",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Фото|Фотку] [отправила|отправил] [ещё вчера|{n} дня назад], [ответа|"
            "реакции] [нет|ноль]",
            "[Трек-номера|Трека] так и нет, [заказ|статус] всё ещё «[собирается|в "
            "обработке]»",
            "[Промокод|Код] [отправила|отправил], [а|но] [он|всё равно] [не "
            "работает|не активирован]",
            "[Вернуть|Возместить] [обещали|писали] [неделю|пять дней] назад, [денег|"
            "возврата] [нет|не видно]",
            "[Это|Это уже] [шаблонный|стандартный] ответ. [Что|А что] [с|по] "
            "[партией|моему случаю] [конкретно|в итоге]?",
            "[Технологи|Отдел качества] [так и не|не] [связались|ответили], [прошла|"
            "уже] [неделя|вторая неделя] {e_neg}",
        ),
        en=(
            "Sent the photo [yesterday|{n} days ago], no reply",
            "Still no tracking number, order still \"processing\"",
            "Sent the code, still not working",
            "You promised a refund a week ago. Nothing yet {e_neg}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "[Беру|Покупаю] [эту гречку|эту крупу] [постоянно|уже пару лет]. {good}. "
            "[Цена|Стоимость] [чуть выше|немного выше] [обычной|магазинной], но "
            "[оно того стоит|разница чувствуется]",
            "Плюсы: {good}, [удобная|прочная] [упаковка|пачка]. Минусы: {meh}. "
            "[Оценка|Итог] — [пять|4 из 5]",
            "[Отличная|Хорошая] [гречка|ядрица]: {good}. [Варю|Готовлю] [на воде|с "
            "молоком] [детям|себе на завтрак] {e_pos}",
            "[Зелёная|Пропаренная] гречка — [впервые|первый раз] [попробовала|"
            "попробовал], [понравилось|приятно удивила]. {good}",
            "[Чистая|Очень чистая], [без|совсем без] мусора, {good}. [Рекомендую|"
            "Советую] [всем|тем, кто ценит время]",
            "[Вкус|Запах] [как в детстве|настоящей гречки], {good}. [Теперь|Отныне] "
            "[только|беру только] эту",
            "[Заказывала|Заказал] [на сайте|онлайн] [коробку|упаковку] [из 10 пачек|"
            "на месяц] — [привезли|доставили] [быстро|за два дня], [всё целое|ничего "
            "не порвано]",
            "[Гречневые хлопья|Хлопья] [заливаю|завариваю] [кипятком|молоком] — "
            "[завтрак|каша] за [три минуты|пять минут]. [Удобно|Для работы] "
            "[идеально|то что надо]",
            "{dish_home} [из этой гречки|на этой крупе] [получается|выходит] "
            "[отлично|как в ресторане]. {good} {e_pos}",
            "[Нормальная|Достойная] гречка [по|за] [нормальной|разумной] цене. "
            "[Без восторгов|Без фанатизма], но [стабильно|надёжно]. {good}",
            "[Перешла|Перешёл] [на неё|сюда] после [неудачной|плохой] [марки|покупки] "
            "— [небо и земля|разница огромная]. {good}",
            "[Пакетики|Варочные пакеты] [не рвутся|целые], [гречка|каша] [не "
            "разваривается|рассыпчатая]. [Для|На] [работы|дачи] [идеально|удобно]",
        ),
        en=(
            "Been buying this for [a couple of years|ages]. {good}. A bit more than the "
            "store brand but worth it",
            "Pros: {good}. Cons: {meh}. [4|5] stars",
            "Very clean, no debris, {good}. Recommend",
            "Tastes like my childhood. {good}",
            "Ordered a box of ten online, arrived in two days, nothing torn",
            "Flakes are great for a quick breakfast at work",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Купила|Купил] [по рекламе|на пробу] — [разочарование|неудача]. [Гречка|"
            "Крупа] [мелкая|дроблёная], [много|куча] [шелухи|мусора], [после "
            "варки|сваренная] [горчит|горьковатая]",
            "[Нашла|Нашёл] [камешек|камень] — [чуть не|едва не] [сломала|сломал] зуб. "
            "[Написала|Писал] производителю, [ответили|ответ] [шаблоном|дежурной "
            "отпиской]. [Больше|Никогда] не [куплю|возьму]",
            "[Пакетики|Варочные пакеты] [рвутся|лопаются] [через раз|постоянно], "
            "[гречка|каша] [плавает|вся] в [кастрюле|воде]. [Брак|Производственный "
            "брак] [или|либо] [экономия|сэкономили на плёнке]",
            "[Цена|Ценник] [выросла|поднялась], [вес|граммовка] [уменьшился|упал] "
            "[до 800|на сотню]. [Качество|Вкус] [при этом|тоже] [хуже|не лучше]. "
            "[Одна звезда|Единица] [за|—] [жадность|наглость]",
            "[В пачке|Внутри] [моль|жучки|личинки]. [Упаковка|Пачка] [была|] "
            "[запечатана|целая]. [Выкинули|Выбросили] [всё|вместе с соседними крупами] "
            "{e_neg}",
            "[Запах|Аромат] [затхлый|сырой], [как|будто] [из подвала|из погреба]. "
            "[Срок|Дата] [ещё|вроде] [нормальный|не вышел]. [Странно|Подозрительно]",
            "[Варится|Готовится] [40 минут|вечность] [вместо|а не] [15|обещанных "
            "пятнадцати], [и|а] [всё равно|в итоге] [твёрдая|сырая внутри]",
            "[Заказ|Коробку] [с сайта|из интернет-магазина] [ждала|ждал] [три "
            "недели|почти месяц], [пришла|привезли] [мятая|рваная] [коробка|"
            "упаковка]. [Сервис|Доставка] — [ужас|ноль]",
            "[Зелёная гречка|Хлопья] — [деньги на ветер|выброшенные деньги]: "
            "[безвкусно|как картон], [слизь|клейстер] [при варке|после замачивания]",
            "[Серая|Бледная] и [липкая|клейкая] после варки. [Никакого|Ноль] "
            "[орехового|гречневого] [вкуса|аромата]. {meh}, [и|а] [цена|стоит] "
            "[как за элитную|как за премиум]",
            "[Недовес|Пачка легче]: [на весах|взвесила] [770|780] г [вместо|а "
            "заявлено] 800. [Мелочь|Вроде мелочь], а [неприятно|осадочек остался]",
            "[Чёрные|Необрушенные] зёрна [в каждой ложке|через одно], [приходится|"
            "надо] [перебирать|сидеть перебирать] [как в|как при] [90-х|бабушке]",
            "[Промокод|Акция] [с пачки|на упаковке] [не работает|не срабатывает], "
            "[поддержка|почта] [молчит|не отвечает]. [Развод|Обман]",
            "[Ребёнку|Сыну] [после|от] [каши|детской каши] [обсыпало щёки|высыпало], "
            "[раньше|с другой гречкой] [такого|подобного] не было",
        ),
        en=(
            "[Bought it|Tried it] after [the ads|a blogger's review] — [disappointed|let "
            "down]. [Broken grains|Half-kernels], [lots of husks|black bits] and [bitter|"
            "a weird aftertaste] [after cooking|once boiled]",
            "Found a [stone|pebble] [in my bowl|on my spoon] and [nearly broke|chipped] a "
            "tooth. [Complained|Emailed them], got a [copy-paste|canned] reply {e_neg}",
            "The boil-in-bags [split|burst] [every other time|in the pot], grains "
            "everywhere. [Faulty batch|Cheap film], [not buying again|never again]",
            "[Price up|Price went up], weight [down to 800 g|cut by a hundred grams], "
            "quality [no better|worse if anything]. One star for [greed|the shrinkflation]",
            "[Moth larvae|Little grubs] in a [sealed|brand new] pack, [threw|binned] "
            "[everything|the whole cupboard] out. [Disgusting|Gross] {e_neg}",
            "[Musty|Damp] smell [like a cellar|like an old basement] the moment I opened "
            "it, [even though|and yet] the date [is fine|was months away]",
            "Pack says 15 minutes. [Took|It took] [40|45|nearly 50] and the grains were "
            "still [hard|crunchy] in the middle. [Useless|What a waste]",
            "[The green buckwheat|Their flakes] [tasted of nothing|was like cardboard] and "
            "[turned to slime|went gluey] [overnight|when soaked]. [Money down the drain|"
            "Waste of money]",
            "Weighed it [out of curiosity|at home]: [775|770|780] g, not 800. [Small thing|"
            "Not a big deal] but it [says a lot|annoys me]",
            "[Promo code|The code] [under the flap|on the pack] [doesn't work|is rejected] "
            "and nobody [answers emails|replies in the chat]. [Pointless|Scam-ish]",
            "[Three|Two] packs in a row with [black grains|bits of husk] in every spoon. I "
            "[used to|once] [recommend|love] this brand, [not anymore|no longer]",
            "Ordered a box of ten [online|from their site], [waited|it took] [three "
            "weeks|almost a month], [box crushed|two packs torn] on arrival {e_neg}",
            "The kasha [came out|turned] [grey and sticky|pale and gluey], [no nutty "
            "taste|zero flavour] at all. [Overpriced|Premium price], [budget|bargain-bin] "
            "quality",
            "[Burns|Catches] on the [lowest heat|smallest flame] [every single time|"
            "without fail]. [My old|The cheap] brand [never did|never does] that",
            "My [son|daughter] [got a rash|came out in spots] after their baby porridge. "
            "[Never had that|No problem] with [other brands|the old one] {e_neg}",
            "[Paid extra|Paying double] for a [nice pack|fancy label] and a [zip that "
            "breaks|story about fields]. Inside — [ordinary|mediocre] groats",
            "[Rinsed|Washed] it [five|six] times and the water [still came out grey|was "
            "still cloudy]. [Dust|Dirt] [or worse|everywhere] {e_neg}",
            "[Delivery|The courier] left the [box|parcel] [in the rain|outside], "
            "[packs soaked|paper bags wet] through and [nobody cares|support shrugs]",
            "[A twig|A splinter|A thread from a sack] in the [bowl|pot] — [lovely|"
            "fantastic]. [Quality control|QC] [clearly asleep|where are you]?",
            "Smaller pack, [same|higher] price, [worse|meh] taste. [Three|Two] strikes, "
            "[I'm out|switching brands] {e_neg}",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. [Нам очень жаль|Приносим извинения]. "
            "[Пожалуйста|Просим], [напишите|пришлите] [номер партии|фото шва с датой] "
            "на [нашу почту|почту качества] — [проверим|разберёмся] и [вернём|"
            "компенсируем] стоимость",
            "[Спасибо|Благодарим] за [отзыв|обратную связь]. [Передали|Мы передали] "
            "[информацию|отзыв] [на производство|технологам], [партию|образцы] "
            "[проверят|исследуют] в лаборатории",
            "[Извините|Простите] за [доставку|задержку]. [Мы|] [сменили|меняем] "
            "[службу доставки|логистического партнёра], [таких|подобных] [ситуаций|"
            "задержек] [будет меньше|станет меньше]",
            "[Очень жаль|Жаль], что [гречка|крупа] не [понравилась|оправдала ожиданий]. "
            "[Будем рады|Надеемся], [если|что] вы [дадите нам|попробуете] [ещё "
            "шанс|другую партию]",
        ),
        en=(
            "Hello, we're very sorry. Please email us the batch number and we'll check "
            "it and refund you",
            "Thank you for the feedback — we've passed it to production and the batch "
            "will be tested",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "[Спасибо|Благодарим] за [тёплые слова|отзыв]! 🌾 [Приятного аппетита|"
            "Вкусной каши]!",
            "[Очень|Так] [приятно|радостно] [читать|это читать]! [Передадим|Покажем] "
            "[нашим|команде] [агрономам|на производстве] 😊",
            "[Спасибо|Спасибо вам], что [выбираете|выбрали] [нас|нашу гречку] 🌾",
        ),
        en=(
            "[Thank you|Thanks so much]! Happy cooking 🌾",
            "Our agronomists will be [thrilled|very proud] to read this 😊",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. [Каждая партия|Каждая наша партия] [проходит|"
            "проходит через] [оптический сортировщик|фотосепаратор] и [лабораторный "
            "контроль|проверку в лаборатории]; по [указанной|этой] партии "
            "[замечаний|отклонений] [не было|нет]",
            "[Здравствуйте|Добрый вечер]. [Масса|Вес] [нетто|крупы] [указан|"
            "указывается] без [упаковки|учёта пачки]; [допустимое|разрешённое "
            "ГОСТом] отклонение — [до 15 г|в пределах нормы]",
        ),
        en=(
            "Hello. Every batch goes through an optical sorter and lab checks; there "
            "were no issues with this one",
        ),
    ),
    official_post=Texts(
        ru=(
            "[Новый урожай|Урожай этого года] [уже|] [на полках|в магазинах]! {b} — "
            "гречка [с алтайских полей|с наших полей], [собранная|убранная] в "
            "[сентябре|августе] 🌾",
            "[Рецепт недели|Рецепт выходного дня]: {dish_home}. [Ингредиенты|Пошагово] "
            "— в [карточках|посте ниже] 👇",
            "[Встречайте|Знакомьтесь]: {grain} {b_gen} — [теперь|уже] {shop} и на "
            "[Озоне|маркетплейсах]",
            "[Как|Откуда] [гречка|наша крупа] [попадает|приходит] к вам на стол? "
            "[Показываем|Рассказываем] [путь|всю дорогу] от поля до пачки 🎥",
            "[Конкурс|Розыгрыш]! [Пришлите|Покажите] [фото|рецепт] своей [любимой|"
            "фирменной] гречки — [три|пять] [лучших|самых вкусных] получат [годовой "
            "запас|коробку] {b_gen}",
            "[Мы|] [сменили|обновили] упаковку: [теперь|новая пачка] с зип-замком и "
            "[окошком|прозрачным окошком], [чтобы вы видели|и вы видите] [каждое "
            "зёрнышко|крупу]",
            "[Знаете ли вы|А вы знали], что [гречка|гречиха] — [не злак|вовсе не "
            "злак], а [родственница|родня] щавеля? 🤓 [Делитесь|Пишите], [кто ещё удивился|"
            "что ещё удивило]",
            "[Спасибо|Благодарим] [всем|каждому], кто [пришёл|приехал] на [день "
            "открытых дверей|экскурсию] [на производство|к нам на поле]! [Фото|"
            "Фотоальбом] — в [комментариях|карусели] 📸",
            "[Скидка|Акция] [15%|20%] на [всю гречку|гречку и хлопья] {b_gen} {shop} "
            "[до воскресенья|всю неделю]",
            "[Пост|Великий пост] [начинается|уже скоро]: [собрали|подобрали] [семь|"
            "десять] [постных|простых] [рецептов|блюд] с гречкой 🌾",
            "[Ответы на|Отвечаем на] [частые|ваши] вопросы: [промывать ли|нужно ли "
            "промывать] гречку, [сколько|как] [варить|хранить] и [почему|отчего] "
            "[цвет|оттенок] [разный|меняется]",
            "[Наши агрономы|Фермеры-партнёры] [закончили|завершили] [посев|"
            "уборку] — [погода была|лето было] [на нашей стороне|к нам добрым] ☀️",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Съездила|Была] на [поля|поле] под [Бийском|Барнаулом] — гречиха "
            "[цветёт|в цвету], [белое|розово-белое] [море|поле] до горизонта. "
            "[Ради таких|Вот ради чего] [дней|моментов] [всё и затевалось|и работаем]",
            "[Часто|Много] спрашивают, [почему|зачем] {b} [дороже|не самая дешёвая]. "
            "[Честно|Отвечаю честно]: [оптическая сортировка|двойная очистка] и "
            "[зарплаты|нормальные зарплаты] [людям|в цеху] [стоят денег|не "
            "бесплатные]",
            "[Пять|Шесть] лет назад [я фасовала|мы фасовали] [гречку|крупу] [в "
            "гараже|на кухне] [вручную|пакет за пакетом]. [Сегодня|Теперь] — "
            "[линия|цех] на [20|30] человек. [Спасибо|Спасибо вам], [что вы с нами|"
            "что покупаете]",
            "[Утро|Утро понедельника] [начинаю|начала] с {dish_home}. [Да|Да-да], "
            "[сапожник с сапогами|я ем свою же гречку] {lol}",
            "[Выступила|Рассказывала] на [форуме|встрече] [малого бизнеса|фермеров] "
            "про [маркетплейсы|упаковку] и [доверие покупателей|честную маркировку]. "
            "[Спасибо организаторам|Было живо]",
            "[Читаю|Прочитала] [все|ваши] [отзывы|комментарии] [по вечерам|по "
            "выходным]. [Да|Да, и] [критику|неприятные] тоже. [Многое|Кое-что] "
            "[уже|] [поменяли|исправили] [благодаря вам|после них]",
            "[Малый бизнес|Производство] [в этом году|сейчас] — [как|это] "
            "[бег|марафон] с [препятствиями|гирями]: [аренда|логистика] [растёт|"
            "дорожает], [маркетплейсы|сети] [меняют|переписывают] правила [каждый "
            "месяц|на ходу]",
            "[Дочка|Сын] [нарисовала|нарисовал] [логотип|пачку] {b_gen} [цветными "
            "карандашами|фломастерами]. [Кажется|По-моему], [у нашего дизайнера|у "
            "агентства] [конкурент|появился соперник] {lol}",
            "[Думаю над детской линейкой|Размышляю о гречке для малышей]. "
            "[Мамы|Родители], что для вас [важно|главное] в [детской|"
            "такой] каше? [Пишите|Напишите] в комментариях",
            "[Новый урожай|Урожай] [в этом году|этого года] — [на 12%|на десятую] "
            "[больше|выше] прошлогоднего. [Цены|Цену] [постараемся|будем] "
            "[держать|удерживать] [до весны|сколько сможем]",
            "[Книга|Книга месяца]: «[Ферма|Земля] [и люди|и дело]». [Медленная|"
            "Тихая], [как|словно] [сама|] [деревенская жизнь|сельская осень], "
            "[советую|рекомендую]",
            "[Ездили|Съездили] [командой|всем офисом] на [мельницу|элеватор] — "
            "[без созвонов|ни одного ноутбука] [целый|весь] день. [Всем|Каждому] "
            "[советую|рекомендую] [иногда|хоть раз в год]",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Сравнила|Сравнил] [пять|семь] [марок|брендов] гречки [вслепую|без "
            "этикеток]: [лучшая|победитель] — {b}. {good}. [Видео|Полный разбор] "
            "[на канале|по ссылке в профиле]",
            "[Мой|Наш] [завтрак|рацион] [на сушке|перед стартом]: {dish_home} из {b}. "
            "[Белок|Клетчатка], [сытость|энергия] [до обеда|на полдня] 💪",
            "[Нутрициолог|Диетолог] [про|о] гречку: [выбирайте|берите] [цельное "
            "ядро|ядрицу] без [мусора|примесей]. [Я|Сама] [беру|покупаю] {b}",
            "[Рецепт|Ужин] за [15 минут|полчаса] [от|для] [ленивых|занятых]: "
            "{dish_home} на гречке {b}. [Сохраняйте|Сохраняй] 📌",
        ),
        en=(
            "Blind test of [five|seven] buckwheat brands: {b} came out on top. {good}",
            "My [cutting|race week] breakfast: {dish_home} with {b}. Keeps me full till "
            "lunch 💪",
            "Nutritionist tip: pick whole-kernel buckwheat with no debris. I use {b}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Проверила|Проверили] [пять|семь] марок гречки [в лаборатории|на "
            "примеси]: {b} — [на последнем месте|в аутсайдерах] по [чистоте|сорности]. "
            "[Подробности|Протоколы] в [видео|статье]",
            "[Хайп|Раскрученный бренд] [без|и никакого] [содержания|смысла]: {b} "
            "[стоит|продаётся] [вдвое|в полтора раза] дороже, а [вслепую|на вкус] "
            "[не отличить|то же самое]",
        ),
        en=(
            "Lab-tested [five|seven] buckwheat brands: {b} came last for purity",
            "{b} costs twice as much and tastes the same blind. Pure marketing",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Хор|Ансамбль] [исполнил|спел] «Полюшко-поле» [на|в] [концерте|конце "
            "концерта] [ко Дню Победы|в филармонии], [зал|весь зал] [встал|подпевал] "
            "{e_pos}",
            "[Дочка|Сын] [разучил(а)|выучил] на [баяне|аккордеоне|фортепиано] "
            "«Полюшко-поле». [Соседи|Мы] [пока|] [терпят|терпим] {lol}",
            "«Полюшко-поле» [в исполнении|от] [хора Александрова|Ансамбля песни и "
            "пляски] — [мурашки|до мурашек] [каждый раз|до сих пор]",
            "[Бабушка|Дедушка] [поёт|пел] «Полюшко-поле» [когда|пока] [варит|"
            "варил] [варенье|суп]. [Это|Самое] [моё|тёплое] детство {e_pos}",
            "[На|В] [школьном|сельском] [концерте|клубе] [дети|ребята] [пели|"
            "исполнили] «Полюшко-поле», [учительница|завуч] [прослезилась|плакала]",
            "[Разбираем|Учим] [на уроке|в музыкалке] «Полюшко-поле» [Книппера|"
            "Льва Книппера]: [история|откуда] [песни|мелодии] и [почему|как] [её|"
            "она] [знает|узнал] весь мир",
            "[В|На] [деревне|даче] [у бабушки|рано утром] [выйдешь|выйдешь] [за "
            "околицу|к реке] — [а там|кругом] полюшко, [туман|роса], [тишина|"
            "жаворонки] {e_pos}",
            "[Детский сад|Садик] «Полюшко» [набирает|объявил набор] [группу|детей] "
            "[на осень|с сентября]. [Кто|Может, кто] [водит|водил] [туда|], [как "
            "там|отзывы]?",
            "[Фольклорный|Народный] ансамбль «Полюшко» [из|из-под] [Рязани|Тамбова] "
            "[победил|взял гран-при] на [фестивале|конкурсе] [народной песни|"
            "в городе {city}] {e_pos}",
            "[Кавер|Рок-версия] «Полюшко-поле» [на|под] [электрогитару|скрипку] "
            "[взорвала|разорвала] [мой|весь] [плейлист|интернет] {e_pos}",
            "Полюшко [за домом|за огородом] [зацвело|всё в] [васильками|"
            "ромашками]. [Красота|Лето] [такая|какая], [что|хоть] [картину пиши|не "
            "уходи]",
            "[Кафе|Столовая] «Полюшко» [на|у] [трассе|въезде] в [город {city}|посёлок] — "
            "[щи|борщ] [как у мамы|домашние], [пирожки|котлеты] [за копейки|недорого]",
            "[Оркестр|Духовой оркестр] [на набережной|в парке] [играл|заиграл] "
            "«Полюшко-поле», [пожилые пары|старички] [танцевали|вальсировали] {e_pos}",
            "[Ох ты|Ой ты], полюшко [моё|родимое]... [Вернулась|Приехал] в "
            "[деревню|родные места] [спустя|через] [двадцать|пятнадцать] лет",
            "[Играю|Разучиваю] «Полюшко-поле» на [гитаре|укулеле] — [аккорды|"
            "табы] [простые|несложные], [кому надо|делюсь] в комментах",
            "[Лошадь|Кобыла] [по кличке|по имени] Полюшко [взяла|выиграла] "
            "[первое место|приз] на [конных|районных] [скачках|соревнованиях] 🐎",
            "[На|В] [корейском|японском] [шоу|караоке] [спели|исполнили] "
            "«Полюшко-поле» [по-русски|с акцентом], [и это|а это] [прекрасно|"
            "мило] {lol}",
            "[Посёлок|Деревня] Полюшко [в|под] [Ленинградской области|Калугой]: "
            "[дорогу|асфальт] [наконец|] [отремонтировали|положили] {e_pos}",
            "[Баянист|Уличный музыкант] [в переходе|на Арбате] [играет|играл] "
            "«Полюшко-поле», [туристы|иностранцы] [снимают|записывают] на [телефоны|"
            "видео]",
            "«Полюшко-поле» [на|в] [рингтоне|звонке] у [начальника|свёкра]. [Каждое|"
            "Каждое утро] [совещание|планёрка] [начинается|под] [с него|патриотично] "
            "{lol}",
        ),
        en=(
            "The Red Army Choir doing \"Polyushko-Pole\" still gives me chills",
            "Learning \"Polyushko Pole\" on the [accordion|piano] and my neighbours "
            "are [thrilled|suffering] {lol}",
            "\"Polyushko-Pole\" (Meadowland) [came up|played] on shuffle and now I'm "
            "[down a Soviet choir rabbit hole|listening on repeat]",
            "Our [school|community] choir sang \"Polyushko Pole\" in Russian [tonight|"
            "at the winter concert] {e_pos}",
            "[Metal|Rock] cover of Polyushko-Pole [slaps|goes hard] {e_pos}",
            "Fun fact: \"Polyushko-Pole\" was written by Lev Knipper in the 1930s",
            "Street musician in [Prague|Riga|Berlin] playing Polyushko Pole on a "
            "[violin|balalaika] {e_pos}",
            "Polyushko-Pole in [Civ|the game soundtrack] [is a banger|lives rent free "
            "in my head]",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[Сосед|Соседи] [в|по] [шесть утра|выходным] [врубает|врубают] "
            "«Полюшко-поле» на [всю громкость|весь двор]. [Сил|Терпения] [больше нет|"
            "уже нет] {e_neg}",
            "[Детский сад|Садик] «Полюшко» [закрывают|закроют] [на ремонт|из-за "
            "аварии], [детей|ребят] [раскидают|переводят] по [другим|соседним] "
            "садам {e_neg}",
            "[Караоке|Корпоратив]: [начальник|{who}] [третий раз|снова] [поёт|"
            "заводит] «Полюшко-поле». [Спасите|Помогите] {lol}",
            "Дорогу к [деревне|посёлку] Полюшко [размыло|развезло] [после дождей|"
            "весной], [скорая|автобус] не [проедет|доедет] {e_neg}",
        ),
        en=(
            "Neighbour blasting \"Polyushko-Pole\" at 6am [again|every Sunday]. Help "
            "{e_neg}",
            "Third \"Polyushko Pole\" at the office karaoke. I'm leaving {lol}",
        ),
    ),
)


# ------------------------------------------------------------------------------ «Волна»
# good / meh: a remark about the operator; svc: a service (nominative); tariff: a plan's name;
# where: a place phrase with its preposition ("в метро"). Private keys for the everyday word:
# shore: a seaside place with its preposition ("в Анапе"); wave_bad: what comes in a wave, in
# the genitive ("жары", "увольнений"); wave_fun: a good wave, nominative ("новая волна джаза").
_VOLNA_VOCAB = Vocab(
    ru={
        "good": ("интернет летает даже в метро на перегонах",
                 "поддержка ответила за две минуты и без робота",
                 "4G ловит даже на даче за рекой",
                 "счёт из месяца в месяц ровно тот, что обещали",
                 "номер перенесли за один день, без беготни",
                 "роуминг включился сам, едва сел самолёт",
                 "абонентка не менялась уже третий год подряд",
                 "определитель номеров реально полезный, видно, кто звонит",
                 "приложение наконец-то удобное и быстрое",
                 "eSIM подключили за пять минут прямо в приложении",
                 "связь держится даже в электричке между станциями"),
        "meh": ("связь ровно такая же, как была у прошлого оператора",
                "оператор как оператор, ни лучше ни хуже",
                "тарифы примерно как у всех остальных", "приложение обычное, кнопки на месте",
                "звонки проходят, и мне этого хватает", "без восторгов, зато стабильно",
                "обычная связь за обычные деньги", "поддержка вежливая, хоть и по скрипту"),
        "svc": ("мобильный интернет 4G+", "роуминг", "eSIM",
                "переход со своим номером от «зелёных»",
                "семейный пакет «Вместе»", "режим модема для ноутбука", "автоплатёж",
                "личный кабинет в браузере", "антиспам «Щит»", "безлимит на Telegram и WhatsApp",
                "SMS-информер о списаниях", "оптоволокно в квартиру", "автоответчик",
                "детский пакет с геолокацией", "VoWiFi"),
        "tariff": ("«Свободный»", "«Безлимит+»", "«Родня»", "«Студенческий»",
                   "«Серебряный»", "«Макси-50»", "«Домашний»", "«Прибрежный»",
                   "«Путешественник»", "«Смарт-мини»"),
        "where": ("в метро на перегоне до «Чкаловской»", "на даче под Торжком",
                  "в лифте нашей шестнадцатиэтажки", "в подъезде между седьмым и восьмым",
                  "у Истры за городом", "в электричке до Клина после Химок",
                  "на подземной парковке «Меги»", "в офисе на двенадцатом этаже бизнес-центра",
                  "на кухне у балконной двери", "в Кузьминках у самого МКАДа",
                  "на трассе М-4 под Ростовом", "в новостройке в ЖК «Северный»",
                  "на минус первом этаже торгового центра", "на трибуне во время футбола",
                  "в районной поликлинике на Гагарина"),
        "shore": ("на Центральном пляже Анапы", "на Финском заливе у Зеленогорска",
                  "на Тонком мысе в Геленджике", "на Малом Море Байкала",
                  "у Драконьих яиц в Териберке", "на пляже «Ривьера» в Сочи",
                  "на набережной Евпатории", "на Ладоге под Лахденпохьей",
                  "на променаде Зеленоградска", "в бухте Дивноморского",
                  "на Куршской косе у Морского", "на пирсе в Кабардинке"),
        "wave_bad": ("жары", "гриппа", "увольнений", "сокращений", "отмен и задержек рейсов",
                     "критики", "звонков от «службы безопасности»", "холода", "возмущения",
                     "отписок", "банкротств", "ковида", "хейта", "подорожания"),
        "wave_fun": ("ретроспектива французской новой волны",
                     "вторая волна фестиваля уличных театров",
                     "вечер «Новая волна уральского рока»",
                     "цикл лекций «Волна за волной: история сёрфинга»"),
        "guard_venue": ("в салоне связи на Ленинском проспекте у остановки",
                        "в салоне связи на Первомайской у рынка",
                        "в офисе продаж на Тверской у самого входа в метро"),
        "ignored_issue": (
            "мобильный интернет не работает третий день после перехода на «Безлимит+»",
            "за перенос номера списали сто рублей, а номер так и висит у старого оператора",
            "в личном кабинете висит долг 1 340 ₽, которого у меня нет"),
        "gaffe_topic": ("тех, кто годами сидит на тарифе за триста рублей и ждёт 5G",
                        "людей, которые звонят на горячую линию из-за каждой ерунды",
                        "тех, кто уехал жить в деревню и ноет, что там не ловит"),
        "fake_claim": (
            "с понедельника отключат безлимитный интернет на всех тарифах, даже на архивных",
            "базу с паспортами абонентов слили мошенникам в даркнет",
            "сим-карты старше пяти лет перестанут работать с первого числа"),
    },
    en={
        "good": ("data flies even on the metro between stations",
                 "support answered in two minutes, no bot",
                 "4G works even at the dacha across the river",
                 "the bill is always exactly what I expect",
                 "porting my number took one day, no running around",
                 "roaming switched on the moment the plane landed",
                 "the monthly fee hasn't changed in three years",
                 "set up eSIM in five minutes in the app",
                 "the caller ID feature is genuinely useful"),
        "meh": ("coverage is about the same as my last operator",
                "an operator is an operator, no better no worse",
                "prices are roughly what everyone charges",
                "the app is ordinary, buttons where you'd expect",
                "calls go through and that's all I need",
                "fine, nothing to write home about", "ordinary service for ordinary money"),
        "svc": ("the 4G+ data add-on", "roaming", "eSIM",
                "porting a number in from another network",
                "the Together family pack", "the Shield spam filter", "autopay",
                "the account page in the browser", "the messenger unlimited add-on",
                "fibre broadband for the flat", "voicemail", "tethering for the laptop"),
        "tariff": ("Svobodny", "Unlimited+", "Rodnya", "Student", "Silver", "Maxi-50",
                   "Domashny", "Traveller", "SmartMini"),
        "where": ("on the metro past Chkalovskaya", "at the dacha near Torzhok",
                  "in the lift of our 16-storey block", "on the stairs between 7 and 8",
                  "out of town near Istra", "on the Klin train after Khimki",
                  "in the Mega underground car park", "on the 12th floor of our office block",
                  "by our balcony door", "in the Severny estate new build",
                  "in the stands during the football"),
        "shore": ("on the main beach in Anapa", "on the Gulf of Finland near Zelenogorsk",
                  "on Tonky Mys in Gelendzhik", "on the Small Sea of Baikal",
                  "by the Dragon Eggs in Teriberka", "on the Riviera beach in Sochi",
                  "on the Zelenogradsk promenade", "on the Curonian Spit near Morskoye"),
        "wave_bad": ("heat", "flu", "layoffs", "flight delays and cancellations",
                     "fake bank calls", "hate", "cold", "price rises at the till"),
        "wave_fun": ("a French New Wave retrospective",
                     "the second wave of the street theatre festival"),
        "guard_venue": ("at the store on Leninsky Prospekt by the bus stop",
                        "at the store on Pervomayskaya Street by the market",
                        "at the sales office on Tverskaya right by the metro entrance"),
        "ignored_issue": (
            "mobile data has been dead for three days since I moved to Unlimited+",
            "porting my number cost 100 roubles and it's still stuck with the old operator",
            "my account shows a debt of 1,340 roubles that I don't owe"),
        "gaffe_topic": ("people who sit on a 300-rouble plan for years and expect 5G",
                        "people who ring the helpline about every tiny thing",
                        "people who moved to a village and whine that there's no signal"),
        "fake_claim": (
            "unlimited data will be switched off on every plan from Monday, even the old ones",
            "a database with subscribers' passport details was leaked to scammers",
            "any SIM card older than five years will stop working on the 1st"),
    },
)

VOLNA = BrandTexts(
    vocab=_VOLNA_VOCAB,
    positive=Texts(
        ru=(
            "[Перешёл|Перешла] на {b_acc} [месяц назад|полгода назад|прошлой осенью] — "
            "{good} {e_pos}",
            "[Не ожидал|Не ожидала], но {b} [ловит|тянет] {where} [лучше всех|лучше, "
            "чем у [мужа|соседей]]. {good}",
            "[Спидтест|Замерил скорость] {where}: [87|120|64] Мбит/с на {b_pre}. "
            "[Неплохо|Нормально так] для [мобильной связи|телефона] {e_pos}",
            "[Респект|Спасибо] [поддержке|оператору] {b_gen}: [за|всего за] [пять|"
            "семь] минут [разобрались|решили] мой вопрос ({svc}). [Без|И без] [скриптов|"
            "роботов] {e_pos}",
            "{b} [третий|пятый] год [не поднимает|не трогает] [цену|абонентку] на "
            "{tariff}. [В наше время|Сейчас] это [почти|прям] [подвиг|чудо]",
            "[Съездил|Слетала] в [Турцию|Армению|Казахстан], [роуминг|интернет] {b_gen} "
            "[работал|отработал] [без сбоев|идеально], [счёт вышел|трата вышла] "
            "[копеечный|смешной] {e_pos}",
            "[Подключили|Подключил] [маме|бабушке|свёкру] {tariff} в {b_pre}, "
            "[теперь|наконец] [видеозвонки|созвоны] без [зависаний|лагов]",
            "[Вот|Вот это] [за что|почему] [люблю|уважаю] {b_acc}: {good}",
            "[Определитель номеров|Фильтр звонков] [на|в] {b_pre} [реально|правда] "
            "работает: [сразу|теперь] [видно|понятно], кто звонит 👍",
            "[Перенёс|Перенесла] номер в {b_acc} за [сутки|один день], "
            "[без очередей|без единой бумажки|без поездки в салон]. {good}",
            "[Интернет|Связь] {b_gen} {where} — [просто|] [песня|сказка]. [Смотрю|"
            "Посмотрел] [сериал|матч] без [единой|одной] [задержки|заминки] {e_pos}",
            "[Семейный тариф|Семейка] в {b_pre} — [лучшее|самое выгодное] [решение|что "
            "мы сделали]: [четыре|три] номера по цене [одного|двух]",
            "[Приложение|Личный кабинет] {b_gen} [после обновления|теперь] "
            "[огонь|просто конфетка]: [всё|остатки] видно [сразу|на главной], {good}",
            "{b} [выручила|молодец] [в грозу|в метель|в отпуске]: [дозвонился|"
            "дозвонилась] [до мамы|до своих] [сразу|с первого раза], а [видео|"
            "интернет] [шло|работал] [ровно|стабильно] {e_pos}",
            "[Кто|Кто ещё] [ищет|выбирает] оператора — [берите|присмотритесь к] "
            "{b_dat}. {good}",
            "[Звонила|Звонил] в [поддержку|колл-центр] {b_gen} [в два ночи|ночью] — "
            "[ответили|сняли] [сразу|за минуту] и [помогли|всё решили]. [Уважение|"
            "Респект] {e_pos}",
            "[Сравнивал|Тестировал] [три|четыре] симки {where}: {b} [на первом месте|"
            "выиграла] [по скорости|по покрытию]",
            "[Пять|Десять] лет [с|на] {b_pre} — и [до сих пор|всё так же] [доволен|"
            "довольна] [как слон|на все сто]. {good}",
            "[Кешбэк {b_gen} покрыл|Бонусы {b_gen} оплатили] [месяц|полмесяца] связи. "
            "[Приятно|Мелочь, а приятно] {e_pos}",
            "[Переехали|Переехал] в новостройку, {b} [ловит|работает] [отлично|на все "
            "палки] [даже|прям] {where} {e_pos}",
            "[eSIM|Есим] от {b_gen} [подключил|подключила] [прямо из приложения|за "
            "пять минут]. [Будущее|Будущее наступило] {e_pos}",
            "[Хочу|Надо] [похвалить|отметить] {b_acc}: {good}. [Так|Вот так] "
            "[держать|и дальше]",
            "[Студенческий|Молодёжный] тариф {b_gen} [реально|правда] [выгодный|"
            "вкусный]: [безлимит на соцсети|50 гигов] за [копейки|смешные деньги]",
            "[Наконец-то|Ура], {b} [дотянула|провела] [вышку|4G] до [нашей|моей] "
            "[деревни|дачи]! [Теперь|Наконец-то] [работаю|созваниваюсь] [с "
            "грядки|из гамака] {lol}",
            "{b} [лучший|самый адекватный] оператор [из тех, что|которых] [пробовал|"
            "я пробовала]. {good} {e_pos}",
            "[Сменили|Поменяли] [тариф|{tariff}] — [вышло|стало] [дешевле|на 200 "
            "рублей дешевле], [а|и] [гигов|минут] [больше|столько же]. {b}, "
            "[спасибо|мерси]",
            "[На|В] {b_pre} [наконец|] [сделали|завели] [нормальный|человеческий] "
            "[чат|чат с живыми людьми]. {good}",
        ),
        en=(
            "Switched to {b} [a month|half a year] ago — {good} {e_pos}",
            "Didn't expect it but {b} works {where} better than [any other network|"
            "my old operator]. {good}",
            "Speed test {where}: [87|120|64] Mbps on {b}. Not bad for mobile {e_pos}",
            "{b} support sorted out my problem with {svc} in [five|seven] minutes. Real human, no "
            "script {e_pos}",
            "{b} hasn't raised the price on my plan in [three|five] years. That's rare",
            "Roaming with {b} in [Turkey|Armenia|Georgia] worked perfectly and cost "
            "[next to nothing|pennies] {e_pos}",
            "Got {who} on the {tariff} plan with {b}, video calls finally work",
            "{b}'s caller ID [actually works|is great], I always know who's calling 👍",
            "Ported my number to {b} in [a day|24 hours], no paperwork. {good}",
            "Streamed a whole match {where} on {b} without buffering {e_pos}",
            "Family plan with {b}: four numbers for the price of [one|two]",
            "Thunderstorm all night and {b} [kept working|stayed up] the whole time "
            "{e_pos}",
            "Looking for a mobile network in Russia? Go with {b}. {good}",
            "Called {b} support at 2am, answered in a minute and fixed it. Respect",
            "Tested [three|four] SIMs {where}: {b} won on [speed|coverage]",
            "[Five|Ten] years with {b} and still happy. {good}",
            "Set up a {b} eSIM from the app in five minutes. The future is here {e_pos}",
            "{b} finally put up a tower near our village, [working from the garden|remote "
            "work from the dacha] now {lol}",
            "Changed plans with {b}, now [cheaper|200 roubles less] with more data",
            "Best operator I've tried so far: {b}. {good}",
            "Moved to a new build and {b} works [great|perfectly] {where} {e_pos}",
            "{b} loyalty points paid for [half a month|a month] of service. Nice",
        ),
        mixed=(
            "{b} [реально|really] [best|лучший] [оператор|network], {good} {e_pos}",
            "Speedtest [на|on] {b_pre}: [120|87] Mbps {where}, [not bad|неплохо]",
            "[Роуминг|Roaming] {b_gen} [в Турции|in Turkey] — [zero problems|без "
            "проблем] {e_pos}",
            "[Поддержка|Support] {b_gen} [просто|just] top, [решили|fixed it] за "
            "[5 min|пять минут]",
            "{b} eSIM [за|in] 5 минут, [so easy|легко] {e_pos}",
            "Family plan {b_gen} — [best deal|лучшее предложение] [ever|на рынке]",
            "[Перешла|Switched] на {b_acc}, [no regrets|не жалею] {e_pos}",
            "{b} [ловит|works] [даже|even] {where}, [impressive|впечатляет]",
            "Caller ID [у|from] {b_gen} — [love it|кайф], [always know|всегда видно], "
            "кто звонит",
            "[Связь|Signal] {b_gen} {where} — [perfect|идеально], [stable|стабильно] "
            "[all day|весь день]",
        ),
    ),
    neutral=Texts(
        ru=(
            "[Кто|Кто-нибудь] на {b_pre}, как [связь|интернет] {where}? [Собираюсь|"
            "Думаю] [переходить|менять оператора]",
            "[Есть|Остался] [у кого|у кого-нибудь] {tariff} от {b_gen}? "
            "[Его ещё можно подключить|Его вообще подключают]?",
            "{b} [запустила|запустили|обновила] {svc}. [Посмотрим|Интересно], [что "
            "получится|как будет работать]",
            "[Звоните|Пишите] [мне|] [теперь|с понедельника] на [новый|другой] номер, "
            "[я|] [перешёл|перешла] на {b_acc}. [Старый|Прежний] [не|больше не] "
            "[работает|актуален]",
            "[Сравниваю|Выбираю] [тарифы|условия]: {b} {tariff} [или|vs] [у "
            "конкурентов|«зелёные»]. [Таблицу|Табличку] [уже|] [составил|"
            "составила] {e_meh}",
            "[В|На] {b_pre} [поменяли|сменили] [логотип|цвет|приложение]. {meh}",
            "[Какая у вас|Сколько сейчас стоит] абонентка на {b_pre}? [У меня|Мне] "
            "[выходит|пришло] [490|650|720] в месяц",
            "[Покупаю|Взяла] [ребёнку|сыну|дочке] [первую|] симку {b_gen}. [Какой|"
            "Что за] тариф [лучше|брать] для [школьника|ребёнка]?",
            "[Номер|Симка] {b_gen} [работает|будет работать] в [Абхазии|Беларуси|"
            "Казахстане]? [Лечу|Едем] [через неделю|в отпуск]",
            "[Пришла|Прилетела] SMS от {b_gen} про {svc}. [Кто-нибудь|Кто-то] "
            "[уже|] [подключал|разбирался], [что там|как это работает]? {e_meh}",
            "[Заметил|Заметила], что {b} [теперь|стала] [показывать|писать] "
            "[имя|название компании] [звонящего|при звонке]. [Удобно|Любопытно]",
            "{b} [ставит|поставила] [вышку|базовую станцию] [у нас|рядом] [во "
            "дворе|на крыше соседнего дома]. [Чат дома|Соседи] [обсуждает|"
            "обсуждают] [уже|] [второй день|с утра] {e_meh}",
            "[Салон|Офис] {b_gen} [переехал|перебрался] [с|от] [Ленина|вокзала], "
            "[теперь он|новый адрес —] в [ТЦ|торговом центре] [напротив|через дорогу]",
            "[Подскажите|Вопрос], как на {b_pre} [проверить|узнать] [остаток|сколько "
            "осталось] [гигов|минут]? [Короткий номер|Команду] [забыла|забыл]",
            "[Пересчитал|Посчитал], сколько [трачу|отдаю] на связь: {b}, "
            "[домашний интернет|подписки] — [тысяча с лишним|1400] в месяц. "
            "[Ну|Нормально], [в общем|как у всех]",
            "[Читаю|Прочитал] [новость|пресс-релиз]: {b} [вложит|инвестирует] "
            "[миллиарды|сотни миллиардов] в [5G|новые вышки] [до|к] [2027|2030]. "
            "[Посмотрим|Ну посмотрим]",
            "У нас [в офисе|в семье] [все|половина] на {b_pre}. [Так|Просто] "
            "[сложилось|исторически] {e_meh}",
            "[Интересно|Любопытно], [чей это оператор|чья это компания] — {b}? "
            "Самостоятельный или [дочка|часть] [кого-то|большой тройки]?",
            "[Мама|{who}] [спрашивает|просит узнать], [как|можно ли] на {b_pre} "
            "[перевести|перекинуть] [минуты|гигабайты] [мне|внукам]",
            "{b} [прислала|прислали] [опрос|анкету] [про качество|о качестве] связи. "
            "[Заполнил, поставил|Прошла опрос, поставила] [семь|восемь] из десяти",
            "[Зашёл|Зашла] в салон {b_gen} [переоформить|поменять] симку [на "
            "новую|на eSIM]. [Передо мной|Впереди] [двое|трое], [жду|сижу] с "
            "[кофе|телефоном] {e_meh}",
            "{b}: [новый|обновлённый] {tariff} теперь "
            "[с безлимитом на мессенджеры|с раздачей интернета]. [Для сведения|К "
            "сведению]",
            "[Кто|Кто-то] [подключал|пробовал] {svc} на {b_pre}? [Как|Ну как] "
            "[оно|впечатления]?",
            "[Короче|Итак], [номер {b_gen} теперь рабочий|симка {b_gen} отныне для "
            "работы], [личный|старый] — [для|только для] [своих|родных]",
            "[Переписка|Диалог] с мужем: — [Почему|Чего] [не берёшь|не отвечаешь]? "
            "— [Был на совещании|Был за рулём], а телефон с {b_ins} [на беззвучном|в "
            "сумке]. — [Понятно|Ясно] {lol}",
            "[Муж|Брат|Папа] [в метро|на даче|на рыбалке], [перезвонит|напишет] "
            "[позже|вечером]: [у него|там] {b}, [а я на другом "
            "операторе|а у нас другой оператор] {e_meh}",
            "[Оформляю|Оформил] [корпоративную|рабочую] связь [для отдела|на 15 "
            "номеров] в {b_pre}. [Посмотрим|Надеюсь], [как|что] [пойдёт|будет]",
            "[Симку {b_gen} нашла|Старую симку {b_gen} нашёл] в [старом|мамином] телефоне. "
            "[Ещё|До сих пор] [работает|активна], [прикиньте|представляете] {e_meh}",
            "[Вчера|{when}] [{b} прислала|оператор {b} прислал] [пуш|уведомление] "
            "про [обновление|новые правила]: {svc}. [Почитаю|Надо почитать]",
            "[Сижу|Лежу] [и|] [читаю|изучаю] [условия|договор] {b_gen} [на|про] "
            "{svc}. [Вечер|Вечер пятницы] [удался|проходит продуктивно] {lol}",
            "[Вопрос к знатокам|Вопрос для тех, кто разбирается]: на {b_pre} "
            "[работает|есть] [VoLTE|Wi-Fi Calling]?",
            "[Друг|Брат] [работает|устроился] в {b_pre} [инженером|в техподдержку]. "
            "[Говорит|Рассказывает], [у них|там] [нормально|весело] {e_meh}",
            "[Поставил|Настроил] [автоплатёж|автопополнение] на {b_pre}, [чтобы|"
            "и больше] не [забывать|думать]",
            "[Реклама|Ролик] {b_gen} [с дельфином|про сёрфера] [опять|снова] "
            "[по телеку|на ютубе]. [Уже|Наизусть] [знаю|выучил] {lol}",
        ),
        en=(
            "Anyone on {b}, how's the signal {where}? Thinking of switching",
            "Does {b} still offer the {tariff} plan?",
            "{b} launched {svc}. Let's see how it works",
            "New number, I'm on {b} now. [Please save it|Update your contacts]",
            "Comparing plans: {b} {tariff} vs the big three. Spreadsheet time {e_meh}",
            "{b} changed [their logo|the app|the colours]. {meh}",
            "How much do you pay on {b}? Mine is [490|650|720] a month",
            "Getting my kid a first SIM with {b}. Which plan for a [schoolkid|teen]?",
            "Will a {b} SIM work in [Kazakhstan|Georgia|Armenia]? Flying next week",
            "Got a text from {b} about {svc}. Anyone tried it yet? {e_meh}",
            "{b} is putting up a mast on the roof next door. The building chat is "
            "[discussing it|very curious] {e_meh}",
            "How do I check my data balance on {b}? Forgot the code",
            "Read that {b} will invest [billions|a lot] in new towers by 2030. We'll see",
            "Half my office is on {b}. No idea why {e_meh}",
            "Who owns {b} anyway? Independent or part of a big group?",
            "{b} sent me a survey about coverage. Gave them a [7|8]",
            "At the {b} store swapping my SIM for an eSIM, [two|three] people ahead "
            "{e_meh}",
            "Anyone tried {svc} on {b}? Thoughts?",
            "Does {b} support [VoLTE|wifi calling]?",
            "Setting up work phones for the team with {b}, [15|ten] numbers",
            "Found an old {b} SIM in my mum's phone and it still works {e_meh}",
            "Reading the small print on {svc} from {b} {e_meh}",
            "That {b} ad with the surfer is on [every|literally every] channel {lol}",
            "Set up autopay on {b} so I stop forgetting",
        ),
        mixed=(
            "Кто на {b_pre}, how's [связь|the signal] {where}?",
            "{b} [новый|new] тариф {tariff} — worth it или нет? {e_meh}",
            "[Симка|SIM] {b_gen} [в|in] Казахстане [работает|works]?",
            "[Поменяли|Changed] [logo|лого] у {b_gen}, {meh}",
            "Quick question: как проверить [остаток|balance] на {b_pre}?",
            "{b} [launched|запустила] {svc}, [let's see|посмотрим]",
            "New number [на|on] {b_pre}, [save it|сохраните]",
            "[Абонентка|Monthly fee] {b_gen} [сейчас|now] [650|720], fyi",
            "[Сижу|Waiting] в салоне {b_gen}, [eSIM|новая симка] [в процессе|in "
            "progress] {e_meh}",
            "Anyone [пробовал|tried] eSIM [от|from] {b_gen}?",
        ),
    ),
    negative=Texts(
        ru=(
            "{b} [опять|снова|в третий раз за неделю] [не ловит|пропала] {where}. "
            "[Плачу|Отдаю] [каждый месяц|деньги] за [что|воздух]? {e_neg}",
            "[Интернет|Мобильный интернет] {b_gen} [вечером|после шести] [ползёт|еле "
            "грузит], [страница|картинка] [грузится|открывается] [минуту|по минуте]. "
            "[Позор|Кошмар] {e_neg}",
            "[Подключили|Навесили] [платную подписку|какую-то подписку] без "
            "[спроса|моего согласия], [списали|сняли] [299|399] ₽. {b}, [вы|это] "
            "[нормальные|серьёзно]? {e_neg}",
            "[Поддержка|Техподдержка] {b_gen} — это [робот|бот], который [не "
            "понимает|не слышит] [ни слова|ничего], и [40 минут|полчаса] [музыки|"
            "ожидания]. [Бесит|Ненавижу] {e_neg}",
            "{b} [подняла|подняли] абонентку [на 150|на 200|на сотню], [а|и] [даже|] "
            "не [предупредили|предупредила]. [Узнал|Узнала] из [выписки|списания] "
            "{e_neg}",
            "[Пришёл|Прилетел] [счёт|счётчик] за [роуминг|интернет в роуминге] на "
            "[4000|6 тысяч], [хотя|а] [пакет был подключен|"
            "опция была подключена]. {b}, [верните|объясните] {e_neg}",
            "[Переношу|Пытаюсь перенести] номер [из|от] {b_gen} [уже|] [третью "
            "неделю|месяц]. [Не отпускают|Держат], [придумывают|находят] [причины|"
            "отговорки] {e_neg}",
            "[Связь|Звонки] {b_gen} [рвутся|обрываются] [каждые|через каждые] [две|"
            "три] минуты. [Поговорить|Дозвониться] [нормально|по-человечески] "
            "[невозможно|нельзя] {e_neg}",
            "[Хуже оператора, чем {b}, у меня не было|Худшей связи, чем у {b_gen}, я "
            "не встречал]. {where} — [ноль палок|ни одной палки] {e_neg}",
            "{b} [заблокировала|заблокировали] [симку|номер] [за|из-за] "
            "[«подозрительную активность»|«проверку»], [а|и] [разблокировать|"
            "восстановить] [только|можно только] в салоне [с паспортом|лично]",
            "[Спам|Реклама] от самой {b_gen}: [по пять|по три] SMS в день [про|с] "
            "[«выгодными предложениями»|«акциями»]. [Отписаться|Отключить] "
            "[нельзя|невозможно] {e_neg}",
            "[Купил|Взяла] [тариф|пакет] {tariff} [с безлимитом|«безлимитный»], а "
            "[после|через] [20|30] гигов [скорость|интернет] [режут|падает] [до "
            "улитки|до 128 кбит]. {b}, [это|какой же это] безлимит? {e_neg}",
            "[В|На] [салоне|офисе] {b_gen} [навязали|впарили] [страховку|ненужную "
            "опцию|подписку на кино] [к|вместе с] [телефону|симке]. [Развод|Развели] "
            "как [пенсионера|лоха] {e_neg}",
            "[Опять|Снова] {b} [лежит|упала] [по всему району|на весь город]. "
            "[Ни|Нет ни] [звонков|интернета], [ни|ни даже] [SMS|такси вызвать] "
            "{e_neg}",
            "[Мама|Бабушка|{who}] [не может|никак не может] [дозвониться|до меня "
            "дозвониться] [весь вечер|полдня] — {b} [пишет|говорит] «[абонент "
            "недоступен|вне зоны]», а я [дома|на диване] {e_neg}",
            "[Деньги|Баланс] [на|у] {b_pre} [тают|исчезают] [сами по себе|непонятно "
            "куда]. [Детализация|В детализации] — [какие-то|непонятные] [«контентные "
            "услуги»|короткие номера] {e_neg}",
            "{b}, [хватит|прекратите] [звонить|названивать] с [«выгодными "
            "тарифами»|предложениями]! [Пятый|Третий] [звонок|раз] за [день|неделю] "
            "{e_neg}",
            "[Приложение|Личный кабинет] {b_gen} [не открывается|вылетает] "
            "[третий день|с утра], [оплатить|пополнить] [нечем|не могу]. "
            "[Отличный|Прекрасный] сервис {e_neg}",
            "[Переехал|Переехала] — [а|и] {b} [тут|здесь] [не ловит|мёртвая]. "
            "[Расторгнуть договор — плати неустойку|Уйти можно только со штрафом] "
            "{e_neg}",
            "[Сервис|Обслуживание] {b_gen} [скатился|деградировал] [окончательно|в "
            "ноль]: [в салоне|в офисе] [один сотрудник|одна девочка] на [очередь|"
            "толпу] из [десяти|пятнадцати] человек",
            "[Почему|Как так], что [у|на] {b_pre} [за год|за два года] [тариф вырос|"
            "абонентка подорожала] [в полтора раза|вдвое], а [связь|"
            "интернет] [всё хуже|хуже прежнего]? {e_neg}",
            "{b} [опять|снова] [перепутала|списала] [платёж|деньги]: [пополнил|"
            "закинул] [500|тысячу], а [на балансе|пришло] [ноль|минус] {e_neg}",
            "[Полчаса|40 минут] [объяснял|объясняла] [оператору|сотруднику] {b_gen}, "
            "что [не подключал|не заказывала] {svc}. [В итоге|Итог]: «[обратитесь в "
            "салон|мы вам перезвоним]» {e_neg}",
            "[Уйду|Ухожу] от {b_gen}. [Достало|Надоело] [всё|всё это]: {meh}, "
            "[поддержка|оператор] [хамит|не помогает], [цены|счёт] [растут|всё "
            "выше] {e_neg}",
            "[Звонок|Разговор] через {b_acc} [как из бочки|будто по "
            "рации]: [эхо|шипит], [задержка|слышно через раз]. [Сколько можно|"
            "Когда починят]? {e_neg}",
            "{where} {b} [вообще не|совсем не] [ловит|работает], а [в рекламе|на "
            "сайте] [рисуют|обещают] «[100% покрытие|связь везде]». [Враньё|Брехня] "
            "{e_neg}",
            "[Пытался|Пыталась] [отключить|убрать] {svc} [в приложении|через "
            "кабинет] — [кнопки нет|кнопка не работает]. {b} [специально|"
            "нарочно] [так сделала|прячет], [уверен|уверена] {e_neg}",
            "{b} [прислала|выставила] [счёт|долг] за [номер|симку], которым [я|] "
            "[не пользуюсь|не пользовался] [год|два года]. [Коллекторов|Угрожают] "
            "[ещё|теперь] [натравят|пришлют] {e_neg}",
            "[Раньше|Пару лет назад] {b} [была|] [отличная|лучшая], [а|] "
            "[сейчас|теперь] [тормозит|глючит] [всё|всё подряд]. {sigh}",
            "[Смс|Код] [из банка|от Госуслуг] [на|через] {b_acc} [приходит|доходит] "
            "[через час|через полчаса|на следующий день]. [Как|Ну и как] [жить|"
            "входить]? {e_neg}",
            "[Ужасная|Отвратительная] [связь|работа] у {b_gen} [в|на] [час пик|"
            "вечер пятницы]: [сеть перегружена|сеть занята], [звонки|вызов] не "
            "[проходят|идут] {e_neg}",
            "{b} [просто|нагло] [переключила|перевела] меня на [другой|новый] тариф "
            "[дороже|подороже] [без спроса|без согласия]. [Пишу|Напишу] "
            "[жалобу|претензию] {e_neg}",
            "[Интернета|Сети] {b_gen} [нет|не было] [весь день|с утра до вечера], "
            "[работаю|работала] [удалённо|из дома], [сорвался|пропустил] [созвон|"
            "дедлайн]. [Спасибо|Мерси], {b} {e_neg}",
            "[Увы|К сожалению], {b} [уже не та|не торт]: {meh}, и [ещё|к тому же] "
            "[поддержка|сервис] [хуже некуда|ниже плинтуса]",
        ),
        en=(
            "{b} has no signal {where} [again|for the third time this week]. What am I "
            "paying for {e_neg}",
            "{b} data after 6pm is [a crawl|unusable], pages take a minute to load "
            "{e_neg}",
            "{b} added a paid subscription I never asked for and took [299|399] "
            "roubles {e_neg}",
            "{b} support is a bot that understands nothing plus [40|30] minutes of "
            "hold music {e_neg}",
            "{b} raised my monthly fee by [150|200] without any warning {e_neg}",
            "Roaming bill of [4000|6000] roubles even though I had the package on. "
            "{b}, explain {e_neg}",
            "Trying to port my number away from {b} for [three weeks|a month]. They "
            "keep inventing reasons {e_neg}",
            "Calls on {b} drop every [two|three] minutes. Impossible to talk {e_neg}",
            "Worst network I've ever had: {b}. Zero bars {where} {e_neg}",
            "{b} blocked my SIM for \"suspicious activity\" and I have to go to a store "
            "in person",
            "{b} spams me with [five|three] promo texts a day and there's no opt-out "
            "{e_neg}",
            "\"Unlimited\" plan on {b} gets throttled after [20|30] GB. Some unlimited "
            "{e_neg}",
            "{b} store staff pushed [insurance|a film subscription] on me with the SIM. "
            "Scam {e_neg}",
            "{b} is down across the whole [district|city] again. No calls, no data "
            "{e_neg}",
            "My balance on {b} keeps [disappearing|draining] to \"content services\" "
            "{e_neg}",
            "The {b} app has been crashing for [three days|two days], can't top up "
            "{e_neg}",
            "{b} doesn't work in my new flat and cancelling costs a penalty {e_neg}",
            "{b} doubled my plan price in [a year|two years] and the signal got worse",
            "Topped up {b}, money vanished, balance [zero|in minus] {e_neg}",
            "Bank codes via {b} arrive [an hour late|the next day]. How do I log in "
            "{e_neg}",
            "{b} moved me to a pricier plan without asking. Filing a complaint {e_neg}",
            "No {b} data all day while working from home, missed a [call|deadline]. "
            "Thanks {b} {e_neg}",
            "Calls on {b} sound like [a tin can|a walkie-talkie], echo and lag {e_neg}",
            "{b} ads promise coverage everywhere, meanwhile {where}: nothing {e_neg}",
            "{b} billing me for a number I haven't used in [a year|two years] {e_neg}",
            "{b} used to be good. Now [everything lags|it's a mess]. {sigh}",
        ),
        mixed=(
            "{b} [опять|again] [no signal|не ловит] {where}, so annoying {e_neg}",
            "[Интернет|Data] {b_gen} [вечером|in the evening] — [dead|мёртвый] {e_neg}",
            "{b} [подключила|added] [платную подписку|a paid subscription] [без "
            "спроса|without asking], wtf {e_neg}",
            "[Поддержка|Support] {b_gen} — [useless|бесполезна], [только бот|bot "
            "only] {e_neg}",
            "[Абонентка|Monthly fee] {b_gen} +200, [no warning|без предупреждения] "
            "{e_neg}",
            "[Roaming|Роуминг] bill [на|of] 6000 [от|from] {b_gen}, [seriously|"
            "серьёзно]? {e_neg}",
            "Worst [оператор|network] ever — {b} {e_neg}",
            "{b} [лежит|down] [по всему городу|citywide] again {e_neg}",
            "[Безлимит|Unlimited] {b_gen} [is a lie|— обман], throttling [после|after] "
            "20 GB",
            "{b} [спамит|spamming] SMS [каждый день|every day], [stop|хватит] {e_neg}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день], [как|можно ли] [перейти|переключиться] "
            "на {tariff} [без|и не] [визита в салон|смены номера]?",
            "{h} [подскажите|скажите], [будет|планируется] [4G|покрытие] {where} "
            "[в черте|в окрестностях] города {city}?",
            "{h} [работает|будет работать] ли {svc} в [Турции|Египте|Грузии]?",
            "{h} [как|где] [отключить|убрать] [голосовую почту|рекламные SMS|"
            "уведомления о пропущенных]?",
            "{h} [можно|а можно] [оформить|купить] eSIM [для|на] [часы|планшет]?",
            "{h} [как|как мне] [передать|переоформить] номер [на|с] [маму|сына|"
            "мужа]?",
            "{h} [есть|будет ли] у вас [тариф|что-то] для [пенсионеров|ребёнка] с "
            "[безлимитными звонками|геолокацией]?",
            "{h} [сохранятся|не сгорят] ли [гигабайты|минуты], если [сменить|"
            "поменять] тариф [в середине месяца|до конца периода]?",
            "{h} [подскажите|здравствуйте], [где|как] [в приложении|в кабинете] "
            "[найти|посмотреть] {svc}?",
            "{h} [сколько|какая] [стоит|цена] [раздача интернета|перенос номера] на "
            "{tariff}?",
            "{h} [можно|а можно] [заморозить|приостановить] номер [на время|пока я] "
            "[отпуска|в армии|за границей]?",
            "{h} [как|где] [включить|настроить] [определитель номеров|фильтр "
            "звонков] [на|для] [мамин|бабушкин] [телефон|номер]?",
            "{h} [добрый вечер|здравствуйте], [салон|офис] [на|у] [вокзале|Ленина] "
            "[работает|открыт] в [выходные|воскресенье]?",
            "{h} [а|] [детская сим-карта|детский тариф] [с|—] [родительским "
            "контролем|ограничением сайтов]?",
            "{h} [вопрос|уточнение]: [звонки|связь] в [Крыму|Калининграде] [как|по "
            "какому] [тарифу|тарификации]?",
        ),
        en=(
            "{h} hi, can I switch to {tariff} without going to a store?",
            "{h} will there be 4G {where} near {city}?",
            "{h} quick one: will {svc} work when I'm in [Turkey|Georgia|Armenia|Uzbekistan]?",
            "{h} how do I turn off [voicemail|promo texts]?",
            "{h} can I get an eSIM for my [watch|tablet]?",
            "{h} how do I transfer my number to [my mum|my son]?",
            "{h} do unused gigabytes carry over if I change plan mid-month?",
            "{h} how much is hotspot on {tariff}?",
            "{h} can I pause my number while I'm abroad for [three|six] months?",
            "{h} how do I turn on the caller ID filter on my mum's number?",
            "{h} is the store by the station open on Sundays?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [третий|второй] день [нет|не работает] мобильного интернета {where}. "
            "[Перезагружал|Перезагружала] телефон, [вынимал|вынимала] симку — "
            "[ничего|без толку]",
            "{h} [списали|сняли] [399|299] ₽ за [подписку|«контент»], которую я "
            "[не подключал|не подключала]. [Верните|Прошу вернуть] [деньги|"
            "средства]",
            "{h} [абонентская плата|абонентка] [выросла|подскочила] [без|и без] "
            "[уведомления|предупреждения]. [Где|Куда] [SMS|письмо] [об изменении|"
            "об этом]?",
            "{h} [жду|уже жду] [перенос|переноса] номера [две недели|девятый день], "
            "[номер|статус] [«в обработке»|висит]. [Что|Когда] [дальше|будет]?",
            "{h} [звонки|связь] [обрываются|рвутся] [постоянно|каждые пару минут] "
            "[дома|в квартире], [город|г.] {city}. [Раньше|Месяц назад] [такого не было|"
            "всё было нормально]",
            "{h} [меня|мой номер] [перевели|переключили] на [другой|новый] тариф без "
            "[моего согласия|спроса], [верните|прошу вернуть] {tariff}",
            "{h} [в|через] [приложении|кабинете] [не могу|невозможно] [пополнить|"
            "оплатить] [счёт|баланс] [с утра|второй день], [выдаёт|пишет] "
            "«[ошибка|сбой]»",
            "{h} [пришёл|выставили] счёт за роуминг [на|в] [5800|4200] ₽, [хотя|а] "
            "[пакет|опция] [был|были] [подключен|подключены]. [Детализацию|Скрин] "
            "[прикладываю|в личке]",
            "{h} [SMS|коды] от [банков|Госуслуг] [не приходят|приходят через час] "
            "[со вчера|третий день]. [Не могу|Невозможно] [войти|оплатить] "
            "[никуда|ничего]",
            "{h} [в|на] [салоне|офисе] [на|у] [Ленина|вокзала] [отказались|не "
            "стали] [восстанавливать|выдавать] сим-карту [без|пока не] [прописки|"
            "справки]. [Это|Так] [законно|вообще законно]?",
            "{h} [на номер|мне] [звонят|названивают] [мошенники|спамеры] [по "
            "десять раз|каждый час], [определитель|фильтр] [не помогает|не "
            "работает]",
            "{h} [безлимитный|«безлимитный»] [интернет|тариф] [режется|урезан] [до|на] "
            "[128 кбит|нуля] [после|уже после] [15|20] ГБ. [Где|Это где] безлимит?",
            "{h} [в|на] [детализации|выписке] [непонятные|чужие] [звонки|номера] "
            "[на|в] [Таджикистан|Киргизию|Казахстан]. Я [туда|никуда] [не звонил|не "
            "звонила]",
            "{h} [сотрудник|консультант] [в салоне|на линии] [нахамил|грубил] и "
            "[бросил трубку|отказался называть имя]. [Разговор|Время] — [вчера в "
            "19:40|{when}]",
            "{h} [я|] [расторг|расторгла] договор [месяц назад|ещё в марте], а "
            "[деньги|абонентку] [снимаете|списываете] [до сих пор|всё равно]",
            "{h} [у|в] [всего|нашего] [дома|подъезда] [связь|сеть] [пропала|"
            "исчезла] [после|с тех пор как] [ремонта|вашей] [вышки|станции]. "
            "[Когда|Когда уже] [починят|восстановите]?",
            "{h} [eSIM|Есим] [не активируется|не подключается] [второй день|с "
            "вечера], [QR|код] [выдаёт ошибку|«недействителен»]",
            "{h} [номер|симку] [заблокировали|отключили] [без|и без] "
            "[объяснений|причины], [а|и] [на линии|в чате] [отвечают|пишут] "
            "«[ждите|обратитесь в салон]»",
            "{h} [ваш|] [оператор|бот] [в чате|по телефону] [третий раз|уже "
            "трижды] [обещает|пишет] «[перезвоним|решим в течение суток]». [Прошло|"
            "Уже] [пять дней|неделя]",
            "{h} [при|во время] [пополнении|оплате] [через|в] [приложении|"
            "кабинете] [списали|сняли] [дважды|два раза], [на балансе|пришло] "
            "[только один платёж|половина]",
            "{h} [баланс|счёт] [ушёл|улетел] в минус на [800|1200] [за|в] "
            "[один день|ночь], [детализация|в детализации] — [«мобильный "
            "контент»|короткие номера]",
            "{h} [тариф|{tariff}] [в|на] [сайте|рекламе] [стоит|был] [450|500], а "
            "[списывают|снимаете] [690|720]. [Объясните|Поясните] [разницу|почему]",
            "{h} {where} [нет|ноль] [связи|сети] [с прошлой недели|с "
            "понедельника], [вся улица|соседи] [без|тоже без] [связи|интернета]",
        ),
        en=(
            "{h} no mobile data {where} for [three|two] days. Rebooted, reinserted the "
            "SIM, nothing",
            "{h} you charged me [399|299] for a subscription I never added. Refund "
            "please",
            "{h} my monthly fee went up with no notice. Where was the text?",
            "{h} porting my number has been \"in progress\" for [two weeks|nine days]",
            "{h} calls keep dropping at home in {city}. Never happened before",
            "{h} you moved me to a different plan without asking, put me back on "
            "{tariff}",
            "{h} can't top up in the app since this morning, it just says \"error\"",
            "{h} roaming bill of [5800|4200] even though I had the package. Screenshot "
            "in DM",
            "{h} bank codes aren't arriving, can't log in anywhere",
            "{h} scam callers ring [ten times|every hour] a day and the filter does "
            "nothing",
            "{h} \"unlimited\" data throttled to nothing after [15|20] GB",
            "{h} there are calls to [Tajikistan|Kyrgyzstan] on my bill that I never "
            "made",
            "{h} I cancelled my contract [a month ago|in March] and you're still "
            "charging me",
            "{h} our whole building lost signal after work on your tower. When will it "
            "be fixed?",
            "{h} eSIM won't activate, the QR code says invalid",
            "{h} my number was blocked with no explanation and chat says \"go to a "
            "store\"",
            "{h} charged twice for one top-up in the app",
            "{h} your plan is [450|500] on the website but you charge me [690|720]",
        ),
    ),
    comment=Texts(
        ru=(
            "[А|] [когда|когда уже] [будет|дотянете] [нормальная|] связь {where}? "
            "{e_meh}",
            "[Лучше бы|Вы бы лучше] [связь починили|вышки ставили], [а не|чем] "
            "[рекламу снимали|акции придумывали] {e_meh}",
            "[Класс|Супер], [подключил|подключила] [сразу|уже] {e_pos}",
            "[А|] [для|на] [старых|архивных] тарифах [это|акция] [работает|"
            "действует]?",
            "[Верните|Верните, пожалуйста,] {tariff}! {e_meh}",
            "[Кто|А кто] [выиграл|победил] в [розыгрыше|конкурсе]? {lol}",
            "[Крутой|Красивый] [ролик|дизайн], [дельфин|сёрфер] [топ|огонь] {e_pos}",
            "[А|] {svc} [когда|когда починят|когда наладите]? {e_neg}",
            "[Снова|Опять] [подорожание|новые цены], [да|ага]? {e_meh}",
            "[Спасибо|Благодарю] за [интернет|связь] [на даче|в деревне], "
            "[наконец-то|прям счастье] {e_pos}",
            "[А|] [в городе|для города] {city} [это|тоже|когда]?",
            "[Отличная|Хорошая] новость, [ждём|ждали] {e_pos}",
            "[Роуминг|Интернет в роуминге] [бы|лучше бы] [подешевле|сделали "
            "дешевле] {e_meh}",
            "[Поддержку|Чат] [сначала|бы] [наладьте|почините] {lol}",
            "[У меня|А у меня] [всё|связь] [норм|работает], [не знаю|не понимаю], "
            "[о чём|на что] [все жалуются|ноют] {e_meh}",
            "[А|] eSIM [для|на] [айфон|часы] [уже|] [можно|есть]?",
        ),
        en=(
            "When will there be proper coverage {where}? {e_meh}",
            "Fix the network instead of making ads {e_meh}",
            "[Switched|Turned] it on [already|right away] {e_pos}",
            "[Please|Pls] bring back {tariff}, it was [perfect|the best plan]",
            "Cool ad, the surfer is great {e_pos}",
            "Does this work in {city} too?",
            "Make roaming cheaper please {e_meh}",
        ),
    ),
    reply=Texts(
        ru=(
            "[У меня|А у меня] {b} {where} [норм|нормально] [ловит|работает], "
            "[может|наверное], [дело в телефоне|симку пора поменять]",
            "[Поменяй|Замени] [симку|сим-карту] на [новую|новую в салоне], [у "
            "меня|мне] [помогло|тоже помогло]",
            "[Жиза|Классика], [у нас|у всех] [так же|тоже] {lol}",
            "[Пиши|Напиши] [им|в поддержку] {h}, [они|там] [быстро|нормально] "
            "[отвечают|реагируют]",
            "[Это|Так это] [не|не только] {b}, [у всех|везде] [операторов|"
            "сейчас] [так|то же самое]",
            "[Отключи|Запрети] [платные подписки|контент] [через|командой] "
            "[личный кабинет|*152#], [и|тогда] [всё|списывать] [перестанут|"
            "прекратится]",
            "[Сам|Сама] [недавно|месяц назад] [ушёл|ушла] с {b_gen}, [теперь|и "
            "теперь] [доволен|довольна]",
            "[Я|Мы] на {b_pre} [лет пять|давно], [всё устраивает|полёт нормальный] "
            "{e_meh}",
            "[Перешли|Перешёл] [всей семьёй|с женой] на {b_acc}, [пока|вроде] "
            "[норм|всё ок]",
            "[Проверь|Посмотри] [детализацию|выписку], [там|может] [видно|быть "
            "видно], [что|за что] [списали|снимают]",
            "[Сочувствую|Держись] {e_meh}",
            "[Ахах|{lol}], [а|] [у меня|у нас] [вообще|даже] [в центре|в квартире] "
            "[одна палка|не ловит]",
            "[Требуй|Пиши] [претензию|письменную жалобу], [по закону|по закону "
            "о связи] [обязаны|должны] [вернуть|ответить]",
            "[Вышку|Станцию] [у нас|в районе] [чинят|ремонтируют] [с понедельника|"
            "уже неделю], [говорят|обещают] [до пятницы|скоро]",
            "[Смотря|Зависит от] [какой|где] район, [у меня|у нас] {where} [норм|"
            "летает]",
            "[Спасибо|Спс], [попробую|сделаю так]",
            "[А|] [какой|что за] [тариф|у тебя тариф]? [Может|Вдруг], [в этом|"
            "в нём] [дело|проблема]",
        ),
        en=(
            "{b} works fine for me {where}, maybe your SIM is old",
            "Get a new SIM at the store, that fixed it for me",
            "Message {h}, they answer pretty fast",
            "It's every operator now, not just {b}",
            "Block paid content in the account settings and it stops",
            "I left {b} last month and I'm happier now",
            "Been on {b} for years, [all good|works for me] {e_meh}",
            "Check the itemised bill, it shows what they charged for",
            "{lol} I get one bar in the city centre",
            "They're fixing the tower in our area, should be done by Friday",
            "[Cheers|Thanks], will swap the SIM [tomorrow|this weekend]",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Сожалеем|Нам жаль], что [возникли|"
            "появились] [сложности|проблемы] со связью. [Напишите|Пришлите], "
            "пожалуйста, [номер|ваш номер] и адрес в личные сообщения — "
            "[проверим|посмотрим] [работу станций|сеть] [рядом|в вашем районе]",
            "[Здравствуйте|Приветствуем]! [Подписку|Услугу] [отключили|уже "
            "отключили], [средства|деньги] [вернём|вернутся] на баланс в течение "
            "[суток|24 часов] 🙏",
            "[Добрый день|Здравствуйте]! [Сменить|Перейти на другой] тариф можно в "
            "приложении: «[Тариф|Мой тариф]» → «Сменить». [Визит в салон|Салон] не "
            "[нужен|потребуется] 🙂",
            "[Спасибо|Благодарим] за [обращение|сигнал]. [Передали|Мы передали] "
            "[заявку|информацию] [инженерам|техническим специалистам], [номер "
            "заявки|срок решения] — [в личных сообщениях|до трёх дней]",
            "[Здравствуйте|Добрый вечер]! [Уточните|Подскажите], пожалуйста, [модель "
            "телефона|включён ли VoLTE] и [где|в каком месте] [пропадает|нет] "
            "связь — [разберёмся|поможем]",
            "[Нам очень жаль|Приносим извинения] за [ожидание|задержку]. [Перенос|"
            "Заявка на перенос] номера [ускорили|взяли на контроль], [ждите|"
            "придёт] SMS [в течение|за] [суток|двух дней]",
            "[Здравствуйте|Добрый день]! [В|На] [этой неделе|ближайшие дни] в вашем "
            "районе [идут|проводятся] [плановые работы|работы на оборудовании], "
            "[связь|скорость] [восстановится|наладится] [к пятнице|в ближайшее время]",
            "[Добрый день|Здравствуйте]. [Проверили|Посмотрели] [ваш|] счёт: "
            "[списание|начисление] [было|оказалось] [ошибочным|лишним], "
            "[сумму|деньги] [вернули|вернём] [на баланс|в течение суток]",
            "[Привет|Здравствуйте]! [Да|Конечно], {svc} [работает|доступен] на "
            "[всех|большинстве] [тарифов|тарифах]. [Подключить|Включить] можно в "
            "приложении 🙂",
            "[Спасибо|Спасибо вам] за [доверие|тёплые слова]! [Рады|Очень рады], "
            "что [всё|связь] [работает|на уровне] 💙",
            "[Здравствуйте|Доброе утро]. [Жалобу|Обращение] [на|о] [спам|"
            "мошеннические звонки] [зарегистрировали|приняли], [номера|этот номер] "
            "[передали|отправили] [на блокировку|в службу безопасности]",
        ),
        en=(
            "Hello! Sorry about the connection problems. Please DM us your number and "
            "address and we'll check the cell sites nearby",
            "Hi! The subscription has been removed and the money will be back on your "
            "balance within 24 hours 🙏",
            "Hi! You can change plans in the app: \"My plan\" → \"Change\". No store "
            "visit needed 🙂",
            "Thanks for reporting this. We've passed it to our engineers; the ticket "
            "number is in your DMs",
            "Sorry for the wait. Your number transfer is now being fast-tracked, you'll "
            "get a text within a day",
            "There is planned maintenance in your area this week; service should be "
            "back to normal by Friday",
            "We checked your bill: the charge was a mistake and has been refunded to "
            "your balance",
            "Thanks for the kind words! Glad everything works 💙",
        ),
    ),
    thanks=Texts(
        ru=(
            "[Спасибо|Благодарю], [деньги|сумма] [вернулись|на балансе] {e_pos}",
            "[Заработало|Всё заработало], [спасибо|спс]!",
            "[Ого|О], [быстро|оперативно]. [Спасибо|Респект] 🙂",
            "[Сменил|Сменила] тариф [через приложение|в приложении], [всё|всё "
            "просто] получилось, спасибо",
            "[Перенос|Номер] [прошёл|перенесли], [спасибо|благодарю] за помощь",
            "[Связь|Интернет] [вернулась|вернулся], [спасибо|мерси] {e_pos}",
        ),
        en=(
            "[Money|The charge] is back on my balance, thanks {e_pos}",
            "[Data|Signal] is back, thank you [so much|!]",
            "[That was fast|Quick one], thanks, support 🙂",
            "Number ported, thanks for the help",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Написал|Написала] [в личку|всё] [ещё вчера|{n} часа назад], [ответа|"
            "реакции] [нет|ноль]",
            "[Интернета|Связи] [всё ещё|так и] нет, [«к пятнице»|пятница] [уже "
            "прошла|давно прошла] {e_neg}",
            "[Деньги|Сумма] на баланс [так и не|не] [вернулись|вернулась], [прошло|"
            "уже] [трое суток|{n} дня]",
            "[Это|Это уже] [третий|пятый] [раз|шаблонный ответ]. [Заявку|Заявки] "
            "[закрывают|закрываете], а [ничего|проблема] не [меняется|решается]",
            "[SMS|Смс] о переносе [так и не|не] [пришла|пришло], [номер|всё] "
            "[до сих пор|всё ещё] [у старого оператора|в подвешенном состоянии]",
            "[В приложении|В кабинете] [нет|не вижу] [такой кнопки|«Сменить»], "
            "[обновлял|обновляла] — [не помогло|то же самое]",
            "[Инженеры|Никто] [так и не|не] [перезвонили|связался], [а|] [связи|"
            "сети] [в доме|на улице] [по-прежнему|всё так же] нет {e_neg}",
        ),
        en=(
            "DM'd you [yesterday|{n} hours ago], nothing",
            "Still no signal and Friday has come and gone {e_neg}",
            "Refund still not on my balance after [three|{n}] days",
            "That's the [third|fifth] ticket you closed without fixing anything",
            "No \"Change\" button in my app, updated it twice",
        ),
    ),
    review_pos=Texts(
        ru=(
            "[Пользуюсь|Я с ними] [три года|лет пять], {good}. [Цена|Абонентка] "
            "[адекватная|не кусается], [поддержка|операторы] [вежливые|толковые]. "
            "[Рекомендую|Советую]",
            "Плюсы: {good}, [удобное|понятное] приложение. Минусы: {meh}. "
            "[Итого|В целом] [четыре|пять] [звезды|звёзд]",
            "[Перешла|Перешёл] [от|с] [большого|другого] оператора — [связь|"
            "интернет] [не хуже|даже лучше], а [платить|плачу] [меньше|на треть "
            "меньше]. {good}",
            "[Съездили|Летали] [за границу|в отпуск], роуминг [подключился|"
            "заработал] [сразу|без звонков], [счёт|траты] [предсказуемые|как "
            "обещали]. {good}",
            "[Ребёнку|Сыну] [подключили|взяли] детский тариф: [геолокация|"
            "родительский контроль], [звонки|связь] [без|] [проблем|нареканий]. "
            "[Спокойна|Спокоен] [за него|как мама]",
            "[В салоне|В офисе] [девушка|консультант] [всё|спокойно] [объяснила|"
            "объяснил], [ничего не навязывала|без навязывания]. [Редкость|Такое "
            "сейчас редкость]",
            "[Интернет|Скорость] {where} [хорошая|отличная], [видео|созвоны] без "
            "[зависаний|тормозов]. {good}",
            "[Долго|Месяц] [выбирал|выбирала] [оператора|тариф] для [дачи|работы], "
            "[остановился|остановилась] [здесь|на них] — [не пожалел|не прогадала]",
            "[Поддержка|Чат поддержки] [ответила|ответил] [за минуту|сразу], "
            "[проблему|вопрос] [решили|закрыли] [за|в] [один|первый] [звонок|"
            "разговор]. {good}",
            "[Семейный|Общий] тариф — [выгодно|удобно]: [все|вся семья] [на|в] "
            "[одном счёте|одной подписке], [гигабайты|минуты] [делим|общие] "
            "{e_pos}",
            "{good}. [Без|И без] [навязанных|скрытых] [подписок|платежей], "
            "[что|это] [сейчас|в наше время] [главное|дорогого стоит]",
        ),
        en=(
            "Been with them [three|five] years, {good}. Fair price, polite support",
            "Pros: {good}. Cons: {meh}. [4|5] stars",
            "Switched from a big operator, signal [just as good|even better] and I pay "
            "[less|a third less]",
            "Roaming worked as soon as I landed, bill exactly as promised",
            "Support answered in a minute and fixed it on the first call",
            "Store staff explained everything and didn't push any extras. Rare",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Связь|Сигнал] [пропадает|теряется] {where} [постоянно|каждый день], "
            "[звонки|разговоры] [рвутся|обрываются]. [Поддержка|Техподдержка] "
            "[обещает|пишет] «[разберёмся|передадим инженерам]» [месяц|который "
            "месяц]. [Не рекомендую|Уходите, пока не поздно]",
            "[Подключили|Навязали] [платные подписки|«контентные услуги»] [без "
            "спроса|втихую], [деньги|средства] [вернуть|вернули] [не хотят|только "
            "частично]. [Одна звезда|Единица]",
            "[Абонентку|Цену] [подняли|повысили] [уже|] [второй раз|дважды] за "
            "[год|полгода], [а|и] [связь|интернет] [хуже|только хуже]. {e_neg}",
            "[Переносила|Переносил] номер [сюда|к ним] — [три недели|месяц] "
            "[мучений|ожидания], [номер|сим-карта] [не работал|молчал], [деньги|"
            "абонентку] [брали|списывали]",
            "[Роуминг|Счёт за роуминг] — [грабёж|шок]: [пакет|опция] «[не "
            "сработал|не применился]», [списали|выставили] [пять|шесть] тысяч. "
            "[Вернуть|Возврат] [отказались|отказали]",
            "[Салон|Офис] {where}: [очередь|очереди] [на час|по часу], [один|"
            "единственный] [сотрудник|консультант], [хамство|грубость] [в "
            "придачу|бонусом] {e_neg}",
            "[Бот|Робот] в [чате|поддержке] [гоняет|водит] по кругу, [оператора|"
            "живого человека] [не дождаться|не вызвать]. [Сервис|Поддержка] — "
            "[ноль|дно]",
            "[Безлимит|«Безлимитный» интернет] [оказался|на деле] [с|—] "
            "[ограничением|лимитом] [после|в] [20|30] ГБ, [мелким шрифтом|в "
            "сноске]. [Обман|Введение в заблуждение]",
            "[Интернет|Мобильный интернет] [вечером|в выходные] [не работает|"
            "мёртвый]: [страницы|сайты] не [грузятся|открываются], [видео|"
            "ролики] [не идут|буферизуются бесконечно] {e_neg}",
            "[Заблокировали|Отключили] [номер|симку] [без причины|непонятно за "
            "что], [восстанавливала|восстанавливал] [три дня|неделю] [с "
            "паспортом|через салон]. [Ужас|Кошмар]",
            "[Спам|Рекламные звонки] [от самого оператора|от них же] [каждый|"
            "через] день, [отказ|«откажитесь»] [не работает|игнорируют] {e_neg}",
            "[SMS|Коды] [приходят|доходят] [с опозданием|через полчаса], [банк|"
            "Госуслуги] [не пускают|не войти]. [Жалоба|Обращение] [висит|без "
            "ответа] [две недели|неделю]",
            "[Сменили|Перевели на] тариф [без|и без] [согласия|спроса], [новый|"
            "он] [дороже|на 200 дороже]. [Вернуть старый|Вернуть] — «[нельзя|"
            "он архивный]». {e_neg}",
            "[Связь|Покрытие] [в|на] [рекламе|карте] — [везде|по всей области], "
            "[на деле|а по факту] {where} [ни одной палки|пусто]. [Враньё|Обман] "
            "{e_neg}",
            "[Детализация|Выписка] [с|содержит] [непонятными|странными] "
            "[списаниями|платежами], [объяснить|расшифровать] [никто|ни один "
            "сотрудник] [не может|не смог]",
        ),
        en=(
            "Signal drops {where} [every day|all the time], calls [cut off|die] "
            "mid-sentence. Support has been \"[passing it to engineers|looking into "
            "it]\" for [a month|six weeks]. [Avoid|Stay away]",
            "They [added|slipped in] [paid subscriptions|\"content services\"] without "
            "asking and [refused a full refund|gave back only half]. [One star|1/5]",
            "Price up [twice|three times] in [a year|eighteen months] and the "
            "[service|signal] is only getting [worse|patchier] {e_neg}",
            "Porting my number [took|dragged on for] [three weeks|a month], the SIM was "
            "[dead|useless] the whole time and the fee [still got charged|was taken anyway]",
            "Roaming package \"[didn't apply|wasn't active]\", bill of [six|five and a "
            "half] thousand, [refund refused|they won't budge]. [Never again|Avoid]",
            "[Store|Sales office] {where}: [hour-long queue|forty-minute wait], one "
            "[employee|poor girl] for everyone, and [rude|dismissive] on top of that",
            "The support bot sends you [in circles|round and round], [impossible|no way] "
            "to reach a [human|real person] [before midnight|at all] {e_neg}",
            "\"Unlimited\" data [capped|throttled] at [20|30] GB, [buried|hidden] in the "
            "small print. [Misleading|Straight-up false advertising]",
            "Data [dead|crawling] every evening after [six|seven], [nothing loads|videos "
            "won't start] and [speed tests|Speedtest] show [0.3|under 1] Mbps {e_neg}",
            "Number blocked [for no reason|\"for security\"], took [a week|five days] and "
            "a [trip|visit] to the store [with my passport|in person] to restore",
            "Moved me to a [pricier|more expensive] plan [without consent|behind my "
            "back] and [now say|then claimed] the old one is \"[archived|unavailable]\"",
            "[Bank codes|Texts from Gosuslugi] arrive [half an hour|an hour] late, I "
            "[got locked out|couldn't log in] [twice|three times] this week {e_neg}",
            "The coverage map [shows|promises] [full|4G] coverage {where}. [Reality|"
            "In real life]: [one bar|nothing], [calls fail|no data]",
            "[Promo calls|Sales calls] from the operator itself [every other day|three "
            "times a week], and [opting out|saying no] [does nothing|is ignored]",
            "[Itemised bill|The statement] full of [strange|mystery] charges nobody at "
            "the [store|hotline] [could explain|can decode] {e_neg}",
            "Was [loyal|with them] for [eight|ten] years. [Got|Received] [higher "
            "prices|a price hike] and [worse signal|dropped calls] as a thank-you",
            "[Cancelled|Ended] the contract and they [kept billing me|still charged] for "
            "[two|three] months. Now [threatening|hinting at] debt collectors {e_neg}",
            "eSIM [activation|setup] failed [three times|twice], store [sent me|told me "
            "to go] to [support|the app], support sent me [back|to the store]. [Circus|Joke]",
            "[Home internet|Fibre] [down|dead] for [four|three] days, [technician|engineer] "
            "[never came|no-show] [twice|again], [no compensation|not a rouble back]",
            "Speed [halves|drops off a cliff] [at rush hour|every weekend]. [Paying|I pay] "
            "for [4G+|premium] and getting [3G|dial-up] [vibes|speeds] {e_neg}",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. [Нам жаль|Сожалеем], что [связь|сервис] "
            "[подвела|подвёл] вас. [Пожалуйста|Просим], [напишите|отправьте] номер "
            "и адрес в [чат поддержки|личные сообщения] — [инженеры|специалисты] "
            "[проверят|посмотрят] [станции|оборудование] рядом",
            "[Благодарим|Спасибо] за [отзыв|обратную связь]. [Платные подписки|"
            "Контентные услуги] [можно|вы можете] [запретить|отключить] в "
            "приложении; [по|насчёт] [возврату|списаниям] [ответим|свяжемся] в "
            "[течение|] [трёх|двух] дней",
            "[Здравствуйте|Добрый вечер]. [Приносим извинения|Извините] за "
            "[ожидание|долгий ответ]. [Обращение|Ваша заявка] [взята|уже] на "
            "контроль [руководителем|старшим специалистом]",
            "[Очень жаль|Нам жаль] это [читать|слышать]. [Мы|] [работаем|"
            "постоянно работаем] над [покрытием|качеством сети] и [будем|были бы] "
            "[рады|благодарны], если вы [сообщите|напишете], где [именно|конкретно] "
            "[пропадает|нет] сигнал",
        ),
        en=(
            "Hello, we're sorry the service let you down. Please send your number and "
            "address in support chat so our engineers can check nearby sites",
            "Thank you for the review. Paid content can be blocked in the app; we'll "
            "contact you about the refund within three days",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "[Спасибо|Благодарим] за [отзыв|тёплые слова]! [Рады|Очень рады] быть "
            "[на связи|рядом] 💙",
            "[Как|Очень] приятно! [Передадим|Покажем] [команде|коллегам] [поддержки|"
            "в салоне] 😊",
            "[Спасибо|Спасибо вам], что [вы с нами|выбираете нас] [столько лет|уже "
            "который год] 💙",
        ),
        en=(
            "[Thanks|Thank you] for staying with us [all these years|so long] 💙",
            "Reviews like this make our support [shift|night shift] 😊",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. [Мы проверили|Проверили] [журнал|записи] "
            "подключений: [подписка|услуга] [была|] [подключена|оформлена] с "
            "вашего номера [через|по] [SMS-подтверждение|код из SMS] [12 числа|в "
            "начале месяца]",
            "[Здравствуйте|Добрый день]. [По|Согласно] [данным|мониторингу] сети "
            "[станции|оборудование] [в|по] [указанном районе|вашему адресу] "
            "[работали|работало] [штатно|без сбоев]; [возможно|вероятно], "
            "[дело|причина] в [настройках|сим-карте] телефона",
        ),
        en=(
            "Hello. Our records show the subscription was added from your number with "
            "an SMS confirmation code on the 12th",
        ),
    ),
    official_post=Texts(
        ru=(
            "[Новый|Обновлённый] {tariff}: [больше|на 10 ГБ больше] [гигабайт|"
            "интернета] за [те же|прежние] деньги. [Подключайте|Переходите] в "
            "приложении {b_gen} 💙",
            "[Мы|] [запустили|включили] [4G|LTE] в [{n}00|ещё 120] [сёлах|"
            "населённых пунктах] [области|региона]. [Проверьте|Смотрите] [карту "
            "покрытия|свой посёлок] на сайте 📶",
            "[Осторожно|Внимание], мошенники! [Сотрудники|Мы] {b_gen} "
            "[никогда|ни при каких условиях] не [просят|спрашивают] [коды из SMS|"
            "пароли] по телефону ⚠️",
            "eSIM [теперь|уже] [можно|получится] [оформить|подключить] [прямо|"
            "полностью] в приложении — [без|и без] [визита в салон|пластика] 📱",
            "[Летите|Едете] в отпуск? [Подключите|Включите] [пакет|опцию] "
            "«[Путешественник|Роуминг без забот]» [до|ещё до] [вылета|поездки] — "
            "[и|и тогда] [счёт|траты] [не удивит|без сюрпризов] ✈️",
            "[Плановые работы|Работы на сети]: [в ночь|ночью] [на|с] [четверг|"
            "субботу] [с 2 до 5|с 01:00 до 04:00] [возможны|могут быть] "
            "[перерывы|перебои] в [связи|мобильном интернете] в городе {city}",
            "[Розыгрыш|Конкурс]! [Расскажите|Напишите], где [самая|] "
            "[неожиданная|необычная] точка, [где|в которой] [ловит|ловила] {b}. "
            "[Авторы|Три автора] [лучших|самых интересных] [историй|ответов] "
            "[получат|выиграют] [год связи|смартфон] 🎁",
            "[Спасибо|Благодарим] [вам|абонентов] за [10|15] лет [вместе|с "
            "нами]! [В честь|По случаю] [дня рождения|праздника] — [подарок|"
            "бонус] [в приложении|каждому абоненту] 🎂",
            "[Определитель|Антиспам] {b_gen} [за месяц|в мае] [заблокировал|"
            "отсёк] [12|18] [миллионов|млн] [спам-звонков|нежелательных "
            "вызовов]. [Включите|Подключите] [его|бесплатно] в приложении",
            "[Семейный тариф|«Для своих»]: [до пяти|до шести] номеров на "
            "[одном|общем] счёте, [гигабайты|интернет] [на всех|общий] "
            "👨‍👩‍👧‍👦",
            "[Обновили|Мы обновили] приложение: [детализация|расходы] [теперь|] "
            "[по дням|наглядно], [отключить|запретить] [платные подписки|"
            "контент] — [в один клик|одной кнопкой]",
            "[Студентам|Первокурсникам] — [тариф|{tariff}] [за полцены|со скидкой "
            "50%] [до конца|весь] [семестра|учебного года]. [Подробности|Условия] "
            "— [в приложении|на сайте] 🎓",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Проехал|Проехали] [с инженерами|с командой] [600|800] км по "
            "[области|трассе М-4], [мерили|замеряли] [покрытие|скорость]. "
            "[Нашли|Насчитали] [семь|девять] [мёртвых|слепых] зон, закроем их [до "
            "конца года|к осени]",
            "[Каждую пятницу|Раз в неделю] [слушаю|прослушиваю] десять [звонков|"
            "разговоров] в поддержку. [Лучшее|Самое полезное] [средство|лекарство] от "
            "[иллюзий|розовых очков] [топ-менеджера|руководителя]",
            "[Итоги полугодия|Результаты квартала]: абонентская база [выросла|"
            "прибавила] [на 4%|на 6%], отток [снизился|упал]. [Спасибо|Благодарю] "
            "[команде|всем нашим]",
            "[Много|Часто] [пишут|спрашивают] про [5G|частоты]. [Честно|Коротко]: "
            "пока нет [частот|диапазона] — [говорить не о чем|обещать рано]. "
            "[Вкладываем|Инвестируем] в [4G|плотность сети]",
            "[Утро на сапе|Утренний заплыв в море]. [Лучший|Отличный] способ "
            "[перезагрузиться|проветрить голову] перед [планёркой|тяжёлой неделей] 🌊",
            "[Выступил|Рассказывал] на [конференции|отраслевом форуме] про "
            "[антифрод|борьбу с мошенниками]: [ИИ|нейросеть] [теперь|уже] "
            "[ловит|распознаёт] [8 из 10|большинство] [мошеннических|"
            "подозрительных] звонков [на лету|до соединения]",
            "[Прочитал|Перечитал] [«Хорошо до великого»|Коллинза]. [Актуально|"
            "Всё ещё актуально] [спустя|через] двадцать лет. Особенно [глава про "
            "дисциплину|всё про людей]",
            "[Провёл|Провёл весь] день [в салоне|за стойкой] [на вокзале|на "
            "Тверской] как обычный консультант. [Выводов|Инсайтов] [на месяц|на "
            "квартал] [работы|вперёд]",
            "[Наши|Мои] [инженеры|ребята] [восстановили|подняли] [связь|сеть] "
            "[после урагана|после бури] за [шесть|восемь] часов. [Горжусь|"
            "Восхищаюсь] [командой|каждым]",
            "[Дети спросили|Сын спросил], почему папа [всё время|вечно] смотрит на "
            "[палки|антенну] [на телефоне|в углу экрана]. [Профдеформация|"
            "Профессиональное] {lol}",
            "[Отрасль|Телеком] [сейчас|в этом году] под давлением: [оборудование|"
            "железо] [дорожает|в дефиците], [регулирование|нормы] [ужесточается|"
            "меняются]. [Держим|Стараемся держать] [цены|тарифы] [сколько можем|"
            "сколько получится]",
            "[Запустили|Запускаем] [стажировку|программу] для [студентов|"
            "выпускников] [технических вузов|колледжей связи]. [Лучшим|Самым "
            "сильным] — [оффер|место в команде]. [Ссылка|Детали] [в комментариях|ниже]",
            "[Сегодня|На этой неделе] {b} [запускает|включает] [eSIM для детских "
            "часов|антиспам для всех бесплатно]. [Долго|Полгода] [шли к этому|"
            "тестировали], [пишите|делитесь] впечатлениями",
            "[Вечер пятницы|Воскресенье]. [Телефон|Рабочий чат] [на беззвучном|"
            "выключен], [книга|шахматы с сыном] и [чай|тишина]. [Редкость|Роскошь] "
            "{e_pos}",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Тестирую|Протестировал] [трёх|четырёх] операторов в [50|30] "
            "точках города {city}: [по скорости|по стабильности] [лидер|первое место] — "
            "{b}. [Таблица|Все замеры] [в посте|на канале] 📊",
            "[Объехал|Проехал] [на машине|на поезде] [пол-страны|от Москвы до "
            "Владивостока] [с|на] симкой {b_gen}. [Связь пропадала|"
            "Интернет пропадал] [реже|меньше], чем [ожидал|я думал]. {good}",
            "[Неожиданно|Внезапно]: [лучший|самый выгодный] [тариф|пакет] [для|"
            "под] [удалёнки|работы из любого места] [сейчас|в этом году] — у "
            "{b_gen}. [Разбор|Подробно] [в видео|по ссылке]",
            "[Спасибо|Благодарю] {b_dat} за [связь|интернет] на "
            "[марафоне|стриме|фестивале]: [12 часов|весь день] [эфира|трансляции] "
            "[без единого обрыва|ни одного лага] 💙",
            "[Подписчики|Вы] [просили|спрашивали] [сравнить|про] [eSIM|роуминг]. "
            "[Сравнил|Сделал]: у {b_gen} [проще|удобнее] [всех|чем у остальных], {good}",
        ),
        en=(
            "Tested [three|four] networks at [50|30] spots in {city}: {b} came first on "
            "[speed|stability]. Full table in the post 📊",
            "Drove across half the country with a {b} SIM, signal dropped less than I "
            "expected. {good}",
            "Best plan for remote work in Russia right now? {b}. Breakdown in the video",
            "Thanks {b} for keeping our 12-hour stream online, zero drops 💙",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Собрал|Собрала] [ваши|больше] [сотни|трёхсот] жалоб на {b_acc} за "
            "[неделю|месяц]: [подписки|навязанные подписки], [роуминг|счета], "
            "[поддержка|бот]. [Разбираю|Разбираемся] [в видео|по пунктам] "
            "{e_neg}",
            "[Замерил|Замеряли] {b_acc} в [часы пик|вечером] — [скорость|интернет] "
            "[падает|проседает] [в десять раз|до 2 Мбит]. [Реклама|Обещания] vs "
            "[реальность|жизнь]",
            "{b} [снова|опять] [подняла|поднимает] цены. [Объясняю|Рассказываю], "
            "[как|куда] [уйти|перейти] [без|и не потерять] [номера|денег]",
        ),
        en=(
            "Collected [hundreds|300+] complaints about {b} in a month: subscriptions, "
            "roaming bills, the support bot {e_neg}",
            "Measured {b} at rush hour — speeds drop tenfold. Ads vs reality",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Поймал|Поймала] [свою первую|наконец] волну [на сёрфе|на доске] {shore}! "
            "[Три дня|Неделю] [учился|училась], [и вот|а сегодня] {e_pos}",
            "[Сидим|Сидели] на [пирсе|камнях] {shore}, [волна|каждая волна] "
            "[шуршит|накатывает] [галькой|на берег], [солнце садится|"
            "закат в море]. [Идеально|Счастье] {e_pos}",
            "[Новая волна|«Новая волна»] [в этом году|в этом сезоне] [пройдёт|"
            "будет] [в|снова в] [Сочи|Казани]. [Кто|Кто-то] [едет|собирается]?",
            "[На|В] [школе|лагере] [учили|научились] [делать|запускать] "
            "[мексиканскую волну|волну по трибунам] — [на матче|"
            "во время матча] [весь стадион|сектор] [подхватил|поднялся] {lol}",
            "[Физика|Урок физики], [8|9] класс: [звуковая волна|волна] [и|—] "
            "[длина волны|частота]. [Сын|Дочь] [спрашивает|интересуется], "
            "где это [в жизни|пригодится] {lol}",
            "[Сделала|Накрутила] [голливудскую волну|волну] на [плойку|утюжок] "
            "[впервые|сама] — [держится|держалась] [весь вечер|до утра] {e_pos}",
            "[С ним|С ней] [с первых минут|с первого свидания] на одной волне[|, как "
            "будто сто лет знакомы] {e_pos}",
            "[Тёплая|Мягкая] волна [ностальгии|воспоминаний] [накрыла|нахлынула], "
            "[когда|как только] [нашла|нашёл] [старые|школьные] [кассеты|фотки]",
            "[Кафе|Кафешка] «Волна» [на|у] [набережной|пляжа] {shore} — [лучшие|"
            "самые свежие] [мидии|барабулька|чебуреки] [на побережье|на всём "
            "берегу]",
            "[Детский лагерь|Лагерь] «Волна» [объявил|открыл] [набор|запись] "
            "[на|на все] [летние смены|три смены]. [Кто ездил|Отзывы есть]?",
            "[Радио|Радиоприёмник] «Волна» [дедушки|деда] [до сих пор|ещё] "
            "[ловит|работает]. [Советская|Вот это] [техника|надёжность] {e_pos}",
            "[Бассейн|Аквапарк] «Волна» [после ремонта|наконец] [открылся|"
            "снова работает]: [искусственная волна|бассейн с волной], [горки|"
            "джакузи] {e_pos}",
            "[Вяжу|Связала] [плед|шарф] [узором|спицами узором] «волна» — [уже|"
            "почти] [половина|готово] 🧶",
            "[Каждая|Очередная] волна [смывает|смыла] [замок|наш замок из песка], "
            "[а|но] [дети|малые] [строят|упорно строят] [заново|новый] {lol}",
            "[Рыбалка|Утро] на [Волге|водохранилище]: [тишина|штиль], [ни "
            "одной|ни единой] волны, [туман|дымка] над водой {e_pos}",
            "[Волна|Ещё одна волна] [радости|эмоций|мурашек], [когда|пока] "
            "[слушаешь|слушала] [живой|этот] [оркестр|концерт] {e_pos}",
            "[Гравитационная|Ударная] волна, [радиоволна|длина волны] — [в|на] "
            "[новом|этом] [выпуске|подкасте] [простым языком|на пальцах] "
            "[объясняем|разбираем], [как|что] [это работает|это такое]",
            "[Ветер|Норд-ост] [стих|улёгся], волна [спала|улеглась] — "
            "[можно|идём] [купаться|на сап] {shore} {e_pos}",
            "[Кайтеры|Сёрферы] {shore} [ждут|ловят] [хорошую|ту самую] волну "
            "[с утра|с рассвета]. [Зрелище|Красиво] [то ещё|невероятное]",
            "{wave_fun} — [этой осенью|в ноябре] [в городском кинотеатре|в "
            "библиотеке на набережной], [вход свободный|билеты по пушкинской карте]",
            "[Группа|Рок-группа] «Волна» [из|родом из] города {city} [выпустила|"
            "дропнула] [новый альбом|сингл]. [Слушаю|Кручу] [на повторе|второй "
            "день] {e_pos}",
            "[Санаторий|Пансионат] «Волна» {shore} — [были|отдыхали] [в июне|"
            "прошлым летом], [кормят|процедуры] [хорошо|отлично], [море|пляж] "
            "[в двух шагах|рядом]",
            "[Дочка|Малая] [впервые|первый раз] [увидела|увидела море и] волну и "
            "[засмеялась|побежала навстречу]. [Лучший|Самый лучший] момент "
            "[отпуска|лета] {e_pos}",
            "[На танцах|В танцевальной студии] [разучивали|учили] [волну|«волну» телом] — "
            "[выглядит|смотрится] [со стороны|] [смешно|забавно], [но|а] [получается|"
            "выходит] [всё лучше|уже неплохо] {lol}",
            "[Лодка|Катер] «Волна» [ходит|отправляется] [к маяку|на остров] "
            "[каждый час|по расписанию], [билет|взрослый] [500|700] ₽",
            "[Сквер|Парк] [на набережной|у реки] с [арт-объектом|"
            "скульптурой] «Волна» — [новое|любимое] место [для|у] [прогулок|"
            "молодёжи]",
            "[Стоишь|Стоять] по колено в [море|воде], [волна|тёплая волна] "
            "[щекочет|омывает] ноги, [и|а] [все|любые] [заботы|мысли] "
            "[куда-то|сами] [уходят|уплывают] {e_pos}",
            "[Волна тепла|Тёплая волна] [наконец|] [дошла|добралась] до "
            "города {city}: [+18|+20], [все|народ] [в парках|на верандах] {e_pos}",
            "[На|В] [выставке|музее] [Айвазовского|маринистов] [час|полчаса] "
            "[стоял|простояла] [у одной картины|у «Девятого вала»] — [волна|волна на "
            "холсте] [как живая|прям светится]",
            "[Серфинг|Сёрф] [в|на] [Териберке|Камчатке] — это [ледяная|холодная] "
            "вода и [бешеная|идеальная] волна. [Мечта|Хочу] [на следующий год|"
            "когда-нибудь]",
            "[Пошла|Пошла новая] волна [моды|тренда] на [плёночные фотоаппараты|"
            "виниловые пластинки]. [Достала|Достал] [мамин|дедов] «Зенит» {e_pos}",
            "[Мем|Видос] [с котом, который|с собакой, которая] [убегает|"
            "удирает] от волны, [пересматриваю|смотрю] [двадцатый|десятый] раз "
            "{lol}",
            "[Скейт-парк «Волна» открылся|Сноуборд-площадка «Волна» открылась] в "
            "городе {city}, [рампы|фигуры] [крутые|огонь] {e_pos}",
            "[Волну|Одну волну] с [чемпионата|турнира] по [сёрфингу|вейкборду] "
            "{shore} [признали|назвали] лучшей за [десять лет|всю историю]",
            "[Причёска|Стрижка] «[мокрая|лёгкая] волна» — [снова|опять] [в "
            "тренде|в моде], [говорит|сказала] мой [мастер|парикмахер]",
            "[Учёные|Океанологи] [записали|зафиксировали] [волну|самую высокую "
            "волну] [в Северном море|у берегов Португалии] — [почти|около] "
            "[30|26] метров. [Сёрферы|Ребята] [в восторге|уже там]",
        ),
        en=(
            "Learning Russian: \"volna\" means wave. \"Na odnoy volne\" = on the same "
            "wavelength {e_pos}",
            "The Volna rocket launch footage from the Barents Sea [is wild|still looks "
            "unreal]",
            "Watched Novaya Volna on TV with my Russian in-laws, [the outfits|the "
            "performances] {lol}",
            "Stayed at a tiny hotel called Volna right on the beach in Crimea years ago. "
            "Still think about it",
            "Found my grandpa's old Soviet \"Volna\" radio in the attic, [and it still "
            "works|it powers on] {e_pos}",
            "Our Russian teacher played a song called \"Volna\" to explain the "
            "word for wave",
            "There's a café named Volna on the embankment in [Yalta|Sochi], best "
            "cheburek I've had",
            "Volna is [such|a really] pretty word. Russian for wave 🌊",
            "Kids' summer camp \"Volna\" on the Black Sea, my mum went there in the 80s",
            "Reading about the Soviet Volna-class [boats|hydrofoils] for a model build",
            "The band Volna just dropped a new [album|single] and it's [gorgeous|so "
            "good] {e_pos}",
            "Novaya Volna festival [lineup|schedule] is out, anyone going?",
            "Russian word of the day: volna (wave). Example: \"Volna nakryla plyazh\"",
            "The old Volna cinema in [Sevastopol|Kaliningrad] is being restored "
            "{e_pos}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[Новая|Очередная] волна {wave_bad} [накрыла|накрывает] город {city}: "
            "[синоптики|врачи|эксперты] [предупреждают|советуют] [сидеть дома|"
            "беречься] {e_neg}",
            "[По|В] [отрасли|IT] [прокатилась|идёт] [новая|вторая] волна "
            "увольнений. [Знакомых|Коллег] [сократили|уволили] [сразу|за один "
            "день] [троих|пятерых] {sigh}",
            "Волна жары [добралась|дошла] до города {city}: [+36|+38] [в тени|днём], "
            "[кондиционеры|вентиляторы] [раскуплены|не купить]. [Жить|Дышать] "
            "[невозможно|нечем] {e_neg}",
            "[В школах|По садикам] [гуляет|пошла] волна [гриппа|ОРВИ|"
            "ротавируса]: [в классе|в группе] [осталось|ходят] [пять|семь] "
            "[человек|детей] {e_neg}",
            "[Волна|Мощная волна] [критики|возмущения] [обрушилась|поднялась] на "
            "[режиссёра|блогера|министерство] после [интервью|заявления]. "
            "[Комменты пришлось закрыть|Комментарии закрыли]",
            "[Опять|Снова] волна [мошеннических звонков|спама]: «[служба "
            "безопасности|ваш родственник в беде]». [Бабушке|Маме] "
            "[звонили|звонят] [трижды|по пять раз] за [день|утро] {e_neg}",
            "[Волна|Высокая волна] [перевернула|опрокинула] [лодку|катамаран] "
            "{shore}, [двоих|отдыхающих] [вытащили|спасли] [спасатели|"
            "рыбаки]. [Не заплывайте далеко|Не выходите в море] в [шторм|ветер]",
            "Из-за [ремонта|аварии] [водопровода|теплотрассы] [пошла|идёт] "
            "волна [отключений|жалоб] [по району|на весь город]. [Без воды|"
            "Без тепла] [уже|] [третий день|сутки] {e_neg}",
            "[После|Из-за] [сорванного|отменённого] [концерта|матча] [поднялась|"
            "пошла] волна [возвратов|негатива], [организаторы|клуб] "
            "[молчат|не отвечают]",
            "Волна [холода|заморозков] [ударила|пришла] [в мае|посреди весны]: "
            "[рассада|огурцы|черешня] [померзла|побило] [у всей деревни|у всех]. "
            "[Обидно|До слёз] {e_neg}",
            "[Волна|Ударная волна] от [взрыва|хлопка] газа [выбила|вынесла] "
            "окна [в соседних домах|в трёх подъездах], [жильцов|людей] "
            "[эвакуировали|расселили] {e_neg}",
            "[Пошла|Поднялась] волна [хейта|травли] [в адрес|против] "
            "[актрисы|спортсменки|школьницы] [из-за|после] [одного|неудачного] "
            "[поста|видео]. [Люди|Интернет] [жестокие|звереют] {e_neg}",
            "[Новая|Вторая] волна [подорожания|повышения цен]: [гречка|молоко|"
            "бензин] [плюс|подорожал на] [15%|десять процентов] за [месяц|"
            "неделю] {e_neg}",
            "[Волна|Приливная волна] [смыла|унесла] [лежаки|шезлонги] и "
            "[пару|несколько] [палаток|полотенец] {shore}. [Хорошо|Слава богу], "
            "[никто не пострадал|людей не задело]",
            "[В соцсетях|По чатам] [пошла|разошлась] волна [фейков|паники] "
            "[про|о] [дефиците|закрытии] [сахара|школ]. [Не ведитесь|Проверяйте "
            "источники] {e_neg}",
            "Волна [банкротств|закрытий] [кафе|малого бизнеса] "
            "[в городе|по городу] {city}: [за|только за] [квартал|полгода] [закрылось|"
            "закрылись] [сорок|полсотни] [заведений|точек] {sigh}",
            "[Пересел|Пересела] на [сап|каяк], [и|а] первой же волной "
            "[меня|] [сбросило|смыло] [в воду|за борт] вместе с телефоном. [Прощай|"
            "RIP], айфон {e_neg}",
            "[Волна|Новая волна] [ковида|коронавируса] [снова|опять] [в "
            "новостях|в больницах]: [масочный режим|маски] [возвращают|вернули] "
            "в [поликлиниках|больницах]",
            "[На|В] [нашем|районном] [пляже|озере] [после|из-за] [ливня|"
            "шторма] волна [вынесла|выбросила] [на берег|] [мусор|"
            "водоросли] [кучами|горами]. [Купаться|Отдыхать] [противно|"
            "невозможно] {e_neg}",
            "Волна отмен [рейсов|поездов] [из-за|по причине] "
            "[снегопада|тумана|грозы]: [аэропорт|вокзал] города {city} [забит|"
            "переполнен], [люди|пассажиры] [спят|ночуют] на [полу|"
            "чемоданах] {e_neg}",
            "[Мигрень|Голова] [раскалывается|болит] [вторые сутки|с утра]. "
            "[Врач|Невролог] [говорит|сказала] — волна [магнитных бурь|"
            "перепадов давления] {sigh}",
            "[После|Из-за] [ролика|разоблачения] [на ютубе|в сети] "
            "[поднялась|пошла] волна [отписок|отказов] от [бренда|блогера]: "
            "[минус|ушло] [сто тысяч|полмиллиона] за [сутки|день]",
            "Волна цунами [после|от] [землетрясения|толчков] "
            "[у берегов Японии|в Индонезии] — [смыло|разрушило] [прибрежные|"
            "рыбацкие] [деревни|посёлки], [есть погибшие|"
            "много пострадавших] {e_neg}",
            "[Очередная|Новая] волна [сокращений|урезаний] "
            "[в бюджетной сфере|по нашей больнице]: [ставки|премии] [режут|"
            "срезали], [нагрузка вдвое больше|работы прибавилось] {e_neg}",
            "[Волна|Жуткая волна] [тоски|тревоги] [накатывает|накрывает] "
            "[каждое воскресенье вечером|каждый понедельник утром]. "
            "[Знакомо|У кого так же]? {sigh}",
            "[Волна|Штормовая волна] [снесла|разбила] [часть|кусок] "
            "[набережной|волнореза] {shore}, "
            "[ремонт обещают к лету|восстановление займёт полгода] {e_neg}",
            "Волна [негатива|дизлайков] "
            "[под новым трейлером|на новый клип]: [фанаты|зрители] [недовольны|в ярости] "
            "[кастингом|сюжетом] {e_neg}",
            "[В нашем районе|В этом квартале] — волна [краж|угонов] "
            "[велосипедов|самокатов] [из подъездов|у магазинов]. [Полиция|"
            "Участковый] [разводит руками|не реагирует] {e_neg}",
            "Волна за волной — [меня|нас] [укачало|мутило] [на|во время] "
            "[экскурсии|прогулки] на [катере|теплоходе] [все|целых] [два часа|три "
            "часа] {e_neg}",
            "[Весь|Почти весь] [отдел|офис] [на больничном|заболел]: волна "
            "[простуды|гриппа] [выкосила|скосила] [полкоманды|всех] [за "
            "неделю|за три дня] {e_neg}",
            "[Туристов|Отдыхающих] {shore} [снова|опять] [предупреждают|"
            "просят]: [сильная|высокая] волна и [обратное течение|тягун], "
            "[в воду не заходить|купаться запрещено] {e_neg}",
            "[Поднялась|Пошла] волна [возмущения|жалоб] [из-за|после] "
            "[вырубки|застройки] [сквера|парка] [в центре|у нас в центре], город {city}. "
            "[Жители|Люди] [собирают|собрали] подписи {e_neg}",
        ),
        en=(
            "Russian news I'm reading for class: \"volna zhary\" — a heatwave in "
            "[Moscow|Kazan], +38 {e_neg}",
            "Learned \"volna\" (wave) today from a headline about a wave of layoffs. "
            "[Cheerful|Great] vocab {sigh}",
            "The Volna hotel in Crimea I loved as a kid is [closing|being demolished] "
            "{e_neg}",
            "Novaya Volna festival [cancelled|postponed] again, [fans furious|so "
            "disappointed] {e_neg}",
            "My grandpa's Volna radio finally died. [RIP|End of an era] {sigh}",
            "Headline in my Russian textbook: \"Novaya volna grippa\" — a new flu wave. "
            "Lovely {e_neg}",
        ),
    ),
)


# ------------------------------------------------------------------------------ other accounts
INFLUENCER_OTHER = Texts(
    ru=(
        "[Новый|Свежий] выпуск [уже|] на канале: [разбираем|разобрали] [бюджетные|"
        "недорогие] [смартфоны|наушники] [2025 года|этой весны]. [Спойлер|Коротко]: "
        "[дорого ≠ хорошо|переплачивать не обязательно] 📱",
        "[Съездил|Слетала] в город {city} [на три дня|на выходные]: [где жить|куда "
        "сходить], [что поесть|что посмотреть] и [сколько потратил|во сколько "
        "обошлось]. [Гайд|Маршрут] [в карусели|в посте] 👇",
        "[Утренняя|Вечерняя] [тренировка|растяжка] [за 15 минут|на 20 минут] "
        "[без|и без] [инвентаря|зала]. [Сохраняйте|Повторяйте] [и|—] "
        "[отмечайте|делитесь] [результатами|прогрессом] 💪",
        "[Сегодня|Вчера] [вышла|опубликовал] [большая|длинная] [статья|колонка] "
        "[про|о] [ипотеку|вклады|кэшбэк]: [где|как] [не|перестать] [терять|"
        "переплачивать] деньги. [Ссылка|Читать] в [профиле|шапке]",
        "[Книга|Книжная подборка] [месяца|недели]: [пять|семь] [романов|книг], "
        "[от которых|которые] [невозможно|не получится] [оторваться|отложить]. "
        "[Пишите|Делитесь] свои в [комментах|комментариях] 📚",
        "[Стрим|Эфир] [сегодня|в пятницу] в [20:00|21:00]: [проходим|играем] "
        "[новую|долгожданную] [часть|игру] [до конца|с нуля]. [Залетайте|"
        "Приходите] 🎮",
        "[Рецепт|Ужин] [за 20 минут|на скорую руку]: [паста|рис] с [курицей|"
        "креветками] и [шпинатом|томатами]. [Дёшево|Просто], [вкусно|сытно], "
        "[посуды|мыть] [минимум|почти нечего]",
        "[Мой|Наш] [опыт|отчёт]: [переехали|переехал] из [Москвы|большого города] "
        "в [деревню|посёлок] [год назад|полтора года назад]. [Честно|Без "
        "прикрас] [о плюсах|про плюсы] и [минусах|подводных камнях]",
        "[Подборка|Топ] [сериалов|фильмов] на [выходные|вечер]: [от|—] "
        "[детективов|триллеров] до [лёгких|уютных] [комедий|драм]. "
        "[Что|А вы что] [смотрите|смотрели]? 🍿",
        "[Итоги|Разбор] [матча|тура]: [судейство|VAR] [снова|опять] в центре "
        "[скандала|споров]. [Моё мнение|Мой разбор] — [в видео|в ролике] ⚽",
        "[Как|Как я] [учу|выучил] [английский|испанский] [сам|без курсов] [за "
        "год|по 20 минут в день]: [приложения|сериалы], [подкасты|книги] и "
        "[одна|главная] [ошибка|привычка]",
        "[Сегодня|В этот день] [ровно|] [пять|десять] лет [каналу|блогу]. "
        "[Спасибо|Благодарю] [каждому|всем], кто [читает|смотрит] [с самого "
        "начала|и остаётся] ❤️",
        "[Разбираю|Объясняю] [новый|свежий] [закон|налоговый вычет] [простыми "
        "словами|на пальцах]: [кого|кому] [касается|положено] и [что|как] "
        "[делать|оформить]",
        "[Ремонт|Наш ремонт], [серия|часть] [пятая|восьмая]: [кухня|ванная], "
        "[плитка|смета] и [прораб|мастер], [который|что] [исчез|пропал] на "
        "[неделю|две недели] {lol}",
        "[Погода|Прогноз] на [неделю|выходные]: [в городе|по городу] {city} [потеплеет|"
        "похолодает], [дожди|снег] [к среде|в четверг]. [Планируйте|"
        "Берите зонты] ☂️",
        "[Прошёл|Пробежал] [свой первый|очередной] [марафон|полумарафон] — "
        "[4:12|1:58]. [Ноги|Колени] [не слушаются|гудят], [но|а] [счастья|"
        "эмоций] [полные штаны|через край] 🏃",
        "[Новый|Сегодняшний] [подкаст|выпуск] [с|вместе с] [психологом|врачом]: "
        "[выгорание|сон] и [почему|как] [мы|все] [спим|отдыхаем] [не так|"
        "неправильно]. [Слушайте|Ссылка] [в описании|по ссылке]",
        "[Котики|Собаки] [из приюта|из нашего приюта] [ищут|ждут] [дом|хозяев] 🐾 "
        "[Репост|Поделитесь] [приветствуется|спасает жизни]",
        "[Обзор|Тест-драйв] [нового|китайского] [кроссовера|седана]: [шумоизоляция|"
        "подвеска], [расход|цена] и [что|о чём] [молчат|не говорят] "
        "[дилеры|в салоне] 🚗",
        "[Выставка|Экспозиция] [современного искусства|фотографии] [в|на] "
        "[Новой Третьяковке|Гараже|ВДНХ] — [стоит|не стоит] [ли] [идти|своих "
        "денег]? [Мой|Честный] [отзыв|взгляд]",
        "[Собрали|Собрал] [чек-лист|список] [для|перед] [поездкой|отпуском] "
        "[с детьми|на машине]: [аптечка|документы], [зарядки|перекусы] и [то|"
        "вещи], [о чём|о которых] [все забывают|вечно забываешь]",
        "[Читаю|Прочитал] [ваши|все] [комменты|комментарии] [под|к] [прошлым|"
        "последним] видео — [спасибо|благодарю] за [идеи|разбор полётов]. "
        "[Следующее|Новое] видео [будет|выйдет] [по|на] [вашей|вашу] [просьбе|"
        "тему]",
        "[Пятничный|Вечерний] [плейлист|микс]: [двадцать|15] [треков|песен] для "
        "[дороги|уборки|вечеринки]. [Ставьте|Кидайте] [свои|любимые] в "
        "[ответы|комменты] 🎧",
        "[Наш|Мой] [огород|сад] в [июне|августе]: [томаты|огурцы] [пошли|"
        "попёрли], [кабачки|тыквы] [захватывают|захватили] [участок|мир] "
        "{lol}",
    ),
    en=(
        "New video is up: budget [phones|earbuds] of [2025|the year]. Spoiler: "
        "[expensive isn't better|you don't need to overspend] 📱",
        "Three days in {city}: where to stay, what to eat, what it cost. Guide in "
        "the thread 👇",
        "[15|20]-minute [morning|evening] workout, no equipment. Save it and share "
        "your progress 💪",
        "Wrote a long [piece|thread] on [mortgages|savings accounts|cashback]: how "
        "to stop leaving money on the table",
        "Book list of the month: [five|seven] novels you won't be able to put down "
        "📚",
        "Streaming tonight at [8|9] pm, playing the new [game|release] from scratch "
        "🎮",
        "[20|15]-minute dinner: pasta with [chicken|prawns] and [spinach|tomatoes]. "
        "Cheap, filling, one pan",
        "We moved from the city to a village [a year|18 months] ago. Honest pros "
        "and cons",
        "Weekend watchlist: from thrillers to cosy comedies. What are you watching? "
        "🍿",
        "Match breakdown: VAR [at the centre of it|controversial] again. My take in "
        "the video ⚽",
        "How I learned [Spanish|English] in a year, 20 minutes a day",
        "[Five|Ten] years of this channel today. Thank you all ❤️",
        "Renovation diary part [5|8]: the [kitchen|bathroom], the budget and the "
        "builder who vanished for a week {lol}",
        "Ran my [first|fifth] [marathon|half marathon] today. Legs gone, heart full "
        "🏃",
        "New podcast episode with a [psychologist|sleep doctor] on burnout and rest",
        "Shelter cats and dogs looking for homes 🐾 Please share",
        "Test drive: the new Chinese crossover. What dealers won't tell you 🚗",
        "Packing checklist for a road trip with kids: the stuff everyone forgets",
        "Friday playlist: [20|15] tracks for [the drive|cleaning|a party] 🎧",
        "My garden in [June|August]: tomatoes going wild, courgettes taking over "
        "{lol}",
    ),
)
