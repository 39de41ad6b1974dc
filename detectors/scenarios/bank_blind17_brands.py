"""Text bank `blind17`, brands half: the shared vocabulary (VOCAB), what people say about the
three brands of the simulated week (SOCHNY, POLYUSHKO, VOLNA: posts, threads, posts to the
official accounts and the desks' answers, reviews and the brands' answers, the brands' own posts,
the executives' routine posts, influencers, the everyday sense of each name) and big accounts
about other things (INFLUENCER_OTHER). The storm and the five crises are the other half
(bank_blind17_events.py, written by another writer at the same time).

Written for issue 13 (nineteenth round) by a writer who had not read the detectors. It follows
the vocabulary contract shared with the other half (shared keys city, when, who, lol, sigh, n,
e_pos, e_neg, e_meh; per-brand event keys guard_venue, found_item, found_short, ignored_issue,
gaffe_topic, fake_claim in the agreed grammatical forms) and was checked only with
tests/unit/test_week.py (the -k blind17 selection) and ruff.

Files read: the brief (/tmp/b17/contract.md); detectors/scenarios/banks.py, textgen.py,
week.py, week_traffic.py, week_crises.py, week_storm.py, week_brands.py; from
detectors/simulation.py only `noisy` and its helpers (found with grep); tests/unit/test_week.py;
the import lines of detectors/scenarios/bank_blind17.py; the placeholder this file replaces
(11 lines: a docstring and the re-export of blind16's brands half); the [tool.ruff] section of
pyproject.toml (for the line length and the rules). Also seen, not opened: the names and line
counts of the other banks' brands files (from `wc -l`) and `git status` of the worktree.

Seen through the allowed test command (run with -vv/-vvv so that its assertion messages were
not cut short): the strings the disjointness test named as shared with dev, holdout, blind,
blind2..blind16 (all of them this file's own vocabulary values or templates, each reworded);
once, the failing check on generated texts printed blind10's generated «Сочный Бургер» sample
in full (a screen of it was seen before the output was filtered down to the shared line, one
complaint of this file, reworded); once, one copy-prefix template of the other half named by a
failure against blind13 (the other writer's, left alone). Nothing from any of it was taken
into this file. Small scripts of my own only re-wrapped long lines, re-laid the vocabulary
tuples, applied rewordings and pulled the shared strings out of the test's output; no text
was scored or classified.

Grammatical forms of the shared slots (both halves use them): `city` is a town or district name
that people do not decline (Сочи, Кемерово, Мурино...), so "в {city}", "из {city}" and "{city}:"
all read right; `when` an adverbial of time; `who` a person in the nominative; `n` a small
number that agrees with "раза", "дня", "часа" (2, 3, 4); `lol`, `sigh` interjections; `e_pos`,
`e_neg`, `e_meh` single emoji.
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

# ------------------------------------------------------------------------------ shared vocabulary
VOCAB = Vocab(
    ru={
        "city": ("Сочи", "Тольятти", "Кемерово", "Иваново", "Мурино", "Кудрово", "Одинцово",
                 "Пушкино", "Марьино", "Бутово", "Митино", "Строгино", "Ясенево", "Улан-Удэ",
                 "Кстово", "Медведково"),
        "when": ("вчера", "сегодня", "позавчера", "утречком", "вечерком", "сегодня около полудня",
                 "вчера уже за полночь", "в субботу с утра пораньше", "часика два назад",
                 "позавчера после работы", "в эту пятницу перед сменой", "буквально полчаса назад",
                 "на днях по пути домой", "в прошлый вторник вечером"),
        "who": ("муж", "жена", "сосед", "соседка", "свекровь", "тёща", "брат", "сестра", "коллега",
                "начальник", "подруга", "сын", "дочка", "однокурсник", "мама", "папа", "бабушка",
                "деверь", "кума"),
        "lol": ("ахаха", "ахахах", "😂", "🤣", "лол", "ору", "))))", "хах", "😆", "ржу"),
        "sigh": ("эх", "пфф", "м-да", "увы", "ох", "😮‍💨", "🙄", "эхх", "мдааа", "ну-ну"),
        "n": ("2", "3", "4"),
        "e_pos": ("😍", "🔥", "👍", "😋", "❤️", "🙌", "👌", "🤤", "💪", "✨", "🥰", "😊"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤢", "😩", "💩", "😠", "😒", "🤦‍♀️", "🤦", "😖"),
        "e_meh": ("🤷", "😐", "🤔", "😶", "🫠", "😑", "🤷‍♂️", "🙃", "🧐"),
    },
    en={
        "city": ("Moscow", "Piter", "Kazan", "Novosibirsk", "Yekaterinburg", "Sochi", "Samara",
                 "Kaliningrad", "Krasnodar", "Tula", "Perm", "Tver", "Vladivostok"),
        "when": ("yesterday", "today", "tonight", "earlier", "recently",
                 "twenty minutes before my night shift", "on my lunch break today",
                 "around eleven last night", "at 7am before coffee", "on Saturday around lunch",
                 "a couple days back", "after the gym yesterday"),
        "who": ("hubby", "roomie", "Mom", "Dad", "grandma", "bestie", "my older sister Lena",
                "my flatmate Arseny", "my neighbor downstairs", "Kostya from the warehouse",
                "my gym buddy Sasha", "my mother-in-law Galya"),
        "lol": ("lol", "lmao", "😂", "haha", "💀", "🤣", "lmfao", "ha"),
        "sigh": ("ugh", "sigh", "smh", "welp", "😮‍💨", "🙄", "great", "meh"),
        "n": ("2", "3", "4", "5", "6"),
        "e_pos": ("😍", "🔥", "👍", "😋", "❤️", "🙌", "👌", "🤤", "💯", "✨", "🥳"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤢", "😩", "💀", "😠", "😒", "🤦"),
        "e_meh": ("🤷", "😐", "🤔", "😶", "🫠", "😑", "🙃"),
    },
)

# ------------------------------------------------------------------------------ «Сочный Бургер»
_S_VOCAB = Vocab(
    ru={
        "dish": ("чизбургер «Дабл»", "бургер «Бекон-смэш»", "чикенбургер «Чили»",
                 "фиш-бургер «Балтика»", "бургер «Гриль-хаус»", "ролл «Цезарь»",
                 "бургер «Тройной удар»", "бургер «Грибной»", "чизбургер «Халапеньо»",
                 "детский бургер «Малыш»", "шейк «Крем-брюле»", "бургер «Фермерский»"),
        "good": ("котлета реально сочная, сок течёт", "картошка хрустит, как надо",
                 "их копчёный соус — просто огонь", "булка мягкая и не разваливается",
                 "всё прям горячее, с пылу с жару", "заказ отдали минуты через четыре",
                 "сыр тянется за каждым укусом", "мясо чувствуется, а не соя",
                 "огурчики и салат свежие, хрустят", "порция такая, что наелся до вечера",
                 "на кассе улыбаются и не торопят", "столики чистые, пол без крошек"),
        "meh": ("их сладковатый соус на любителя", "булка сегодня суховата",
                "порции стали заметно поменьше", "картошку сегодня чуть пересолили",
                "ждать у стойки пришлось минут пятнадцать", "сыр на вкус какой-то пластиковый",
                "котлета тоньше, чем на картинке", "в зале шумно от школьников",
                "кофе у них так себе"),
        "promo": ("комбо «Обед» за 349", "второй «Дабл» за рубль",
                  "кофе в подарок к утреннему сэндвичу", "минус 20% на первый заказ в приложении",
                  "двойные баллы по средам до 16:00", "картошка в подарок к любому бургеру",
                  "комбо по студенческому за 299", "ночное комбо после 23:00"),
        "spot": ("в «Меге» на Тёплом Стане", "на фудкорте «Авиапарка»", "на Курском вокзале",
                 "у метро Тульская", "в Пулково у выхода D7", "на заправке под Солнечногорском",
                 "возле Бауманки", "на Ленинском у площади Гагарина", "у Парка Горького",
                 "в новом ТЦ на окраине", "напротив Ярославского, у часов",
                 "у автостанции в Химках"),
        "guard_venue": ("в ресторане на Профсоюзной у метро", "в точке на Садовой у рынка",
                        "в ресторане на Московском проспекте у вокзала"),
        "found_item": ("обломок зубочистки в котлете", "обрывок синей перчатки в бургере",
                       "металлическую скобу в картошке фри", "жёсткую щетинку в булке"),
        "found_short": ("зубочистка", "перчатка", "скоба", "щетинка"),
        "ignored_issue": ("бонусы из приложения не списываются при оплате уже пятый день",
                          "возврат за отменённый заказ третью неделю не доходит до карты",
                          "приложение снимает деньги по два раза за один заказ"),
        "gaffe_topic": ("тех, кто просит пересобрать заказ", "людей, которые считают калории",
                        "тех, кто сидит в зале с ноутбуком за одним кофе"),
        "fake_claim": ("сеть закупает мясо с истёкшим сроком и перебивает даты на упаковках",
                       "в булки добавляют краситель, запрещённый в Европе",
                       "в ресторанах сети нашли крыс и Роспотребнадзор закрывает все точки"),
    },
    en={
        "dish": ("Juicy Double", "Bacon Smash", "Chili Chicken burger", "Baltika fish burger",
                 "Grill House burger", "Caesar wrap", "Triple Threat burger", "Mushroom Melt",
                 "Jalapeño Double", "Creme Brulee shake", "Farmhouse burger"),
        "good": ("the patty is actually juicy, juice down my wrist",
                 "the fries stay crispy till the last one", "that smoky house sauce slaps",
                 "the bun holds together to the last bite", "everything came out piping hot",
                 "it was ready in like five minutes", "the cheese actually melts into the patty",
                 "you can taste real beef, not filler", "the pickles and lettuce taste fresh",
                 "the portion kept me full till dinner", "the staff were smiling and chill",
                 "the dining area was spotless for once"),
        "meh": ("their sweet sauce is hit or miss", "the bun was a bit dry this time",
                "portions shrank a bit", "the fries were a touch too salty",
                "I waited at the counter about fifteen minutes",
                "the cheese tastes a bit like plastic", "the patty is thinner than on the poster",
                "the hall gets loud with schoolkids", "their coffee is whatever"),
        "promo": ("349-ruble combo", "second Juicy Double for one ruble",
                  "free coffee with a breakfast sandwich", "20% off your first app order",
                  "double points on Wednesdays before 4pm", "free fries with any burger this week",
                  "299-ruble student combo", "after-11pm combo deal"),
        "spot": ("at Mega Teply Stan", "in the Aviapark food court", "at Kursky station",
                 "by Tulskaya metro", "at Pulkovo by the gates",
                 "at a gas station near Solnechnogorsk", "near Bauman University",
                 "on Leninsky Prospekt", "by Gorky Park", "in the new mall on the outskirts",
                 "across from Yaroslavsky station"),
        "guard_venue": ("at the branch on Profsoyuznaya by the metro",
                        "at the place on Sadovaya by the market",
                        "at the restaurant on Moskovsky Avenue by the station"),
        "found_item": ("a broken toothpick in the patty", "a scrap of blue glove in the burger",
                       "a bent metal staple under the fries", "a stiff bristle in the bun"),
        "found_short": ("toothpick", "glove", "staple", "bristle"),
        "ignored_issue": ("my app bonuses haven't applied at checkout for five days",
                          "my cancelled-order refund still hasn't hit my card after three weeks",
                          "the app keeps billing me twice for one order"),
        "gaffe_topic": ("people who ask to remake their order",
                        "people who count every calorie on the menu",
                        "people who camp in the hall with a laptop and one coffee"),
        "fake_claim": ("the chain buys expired meat and relabels the dates",
                       "their buns contain a dye banned in Europe",
                       "rats were found in their kitchens and every branch is being shut"),
    },
)

_S_POSITIVE = Texts(
    ru=(
        "[Взял|Заказал|Схватил] в {b_pre} {dish}, {good} {e_pos}",
        "Ну что сказать, {b} [опять|снова|в очередной раз] не подвёл: {good}",
        "После [тренировки|смены|пар] [заскочил|забежала|завернул] в {b} {spot} — {good} {e_pos}",
        "Дети [в восторге|в полном восторге|счастливы] от {b_gen}, особенно {dish} [{e_pos}|]",
        "Кто бы что ни говорил, а {dish} в {b_pre} [лучший в городе|вне конкуренции|топ]",
        "Акция «{promo}» в {b_pre} — [просто подарок|вот это я понимаю|лучшее за неделю] {lol}",
        ("[Третий раз за неделю|Второй день подряд|Опять] ем в {b_pre}, {good}. "
         "[Не осуждайте|Остановите меня|Я слаб] {lol}"),
        ("Очень [приятно удивил|порадовал] персонал {b_gen} {spot}: [сами предложили подогреть"
         "|донесли заказ до столика|улыбались, хотя очередь была огромная] {e_pos}"),
        ("[Наконец-то|Ура,] {b} открылся [у нас|рядом с офисом|в нашем районе], "
         "[{good}|теперь обеды решены|теперь я спасён] {e_pos}"),
        "Ночью в {b_pre} {spot} [тихо|никого|пусто], {good}, [кайф|красота|идиллия] {e_pos}",
        ("{b}, спасибо за {dish} — [спасли мой вечер|спасли мне обед|это было ровно то, что "
         "нужно после такого дня]"),
        ("Мой [рейтинг|личный топ] бургерных: 1. {b} 2. [всё остальное|пусто] "
         "3. [тоже пусто|мамины котлеты] {lol}"),
        "Не ожидал, но {dish} в {b_pre} [реально|правда|действительно] вкусный, {good}",
        ("Доставка {b_gen} [приехала|примчалась] за [18|20|25] минут, {good}. "
         "[Курьеру респект|Курьер вежливый|Пять звёзд] {e_pos}"),
        ("[В приложении|Через терминал] {b_gen} заказывать [одно удовольствие|очень удобно]: "
         "[пара кликов|три тапа], и [номер уже на табло|заказ готов]"),
        ("[Мама|Бабушка] [впервые|в свои 65] попробовала {b} и [теперь просит ещё|сказала «а "
         "вкусно "
         "же»|требует повторить] {lol}"),
        ("Кофе в {b_pre} [неожиданно|внезапно] нормальный, [для фастфуда|за такие деньги] вообще "
         "огонь"),
        "Свидание в {b_pre}? [Да|А почему нет]. {good}, [мы довольны|рекомендую] {e_pos}",
        ("[{when}|В субботу] [праздновали|отмечали] день рождения [сына|дочки|племянника] в "
         "{b_pre} — [аниматор классный|дети наелись и набегались], [спасибо|всё понравилось]"),
        ("Если бы мне давали по рублю за каждый визит в {b}, я бы [уже окупил все эти визиты|"
         "купил себе машину] {lol}"),
        ("Вот за что люблю {b_acc}: [в любом городе одинаково вкусно|можно прийти в два ночи и "
         "нормально поесть|не надо ждать по полчаса]"),
        "Новый {dish} в {b_pre} — [моё почтение|десять из десяти|рекомендую всем], {good}",
        "С акцией «{promo}» обед в {b_pre} выходит дешевле, чем [в столовой|дома] {lol}",
        ("Была {spot}, [голодная как не знаю кто|умирала с голоду], зашла в {b} — "
         "[спасли|реанимировали|вернули к жизни] {e_pos}"),
        "Работаю рядом с {b_ins}, и [это опасно|это проблема для моей талии] {lol} {good}",
        ("Сын заявил, что вкуснее {b_gen} только [мамины котлеты|бабушкины пирожки]. "
         "Приятно и обидно одновременно {lol}"),
        ("Спасибо девушке на кассе {b_gen} {spot}, [которая вернула мне забытый телефон|которая "
         "разменяла пятитысячную без вздохов|которая посоветовала взять {dish}] {e_pos}"),
        ("Кто ещё [обожает|берёт каждый раз] {dish} из {b_gen}? [Я каждый день|Делюсь любовью] "
         "{e_pos}"),
        "{b} {spot} — [чисто|чистота], [быстро|шустро], {good}. [Что ещё надо|Больше и не нужно]",
        ("Честно думал, что {b} — очередной [распиаренный|пафосный] фастфуд, а там {good}. "
         "[Беру слова назад|Был неправ]"),
        ("Раньше брала только [наггетсы|картошку], а [сегодня|{when}] рискнула и взяла {dish}. "
         "[Теперь это любовь|Не пожалела] {e_pos}"),
        "Пятничная традиция: [я, коллеги и|мы с мужем и|я и] {b}. [Неизменно|Стабильно] вкусно",
        "Бургеры {b_gen} в дорогу [— лучшее изобретение|спасают в любой поездке], {good}",
        ("Большое спасибо {b_dat} за [безлактозный шейк|вегетарианский бургер|детское меню без "
         "газировки], наконец-то есть что взять [всей семье|и мне]"),
        ("Кассирша {b_gen} пожелала мне хорошего дня [так искренне|с такой улыбкой], что я "
         "[правда улыбнулся|заулыбалась] {e_pos}"),
        ("Первый раз заказала доставку {b_gen} — [всё горячее, ничего не перепутали|соусы и "
         "салфетки положили, даже с запасом], [приятно|уважение]"),
        ("Когда [грустно|всё бесит], я иду в {b}. {good}. Помогает [лучше психолога|безотказно] "
         "{lol}"),
        "Короче, {dish} из {b_gen} — это [база|вещь|тема], кто не пробовал — [зря|бегом]",
        ("[Обновлённый|Новый] зал {b_gen} {spot} [красивый|уютный], [розетки у каждого стола|есть "
         "где сесть с ноутбуком], [однозначно плюс|мне нравится]"),
        ("Муж [ворчал|бурчал], что фастфуд — зло, но {dish} в {b_pre} [съел за минуту|доел и мой] "
         "{lol}"),
        ("Люблю {b_acc} за стабильность: [что в Казани, что в Москве|что в городе, что на трассе] "
         "{dish} на вкус [одинаковый|как всегда]"),
        "После ночной смены только {b}: [работает круглосуточно|открыт до утра], {good} {e_pos}",
        ("Были проездом в {city}, [зашли|заехали] в {b} — {good}, [приятно удивлены|как дома] "
         "{e_pos}"),
        ("{b} [взял|взяли] на себя мой [обед|ужин] и [справился|справились] на пять: "
         "{good} {e_pos}"),
        "Если кто-то ищет, где [нормально|быстро и сытно] поесть {spot} — {b}, {good}",
        "Даже [свекровь|тёща], которая фастфуд не признаёт, [попросила добавки|одобрила] {b} {lol}",
        "[Отличный|Классный] обед в {b_pre}: {dish}, {good}, и [всё за 400|уложились в 500] ₽",
    ),
    en=(
        "[Grabbed|Snagged] a {dish} at {b} {spot}, {good} {e_pos}",
        "Ok {b} [never misses|is actually elite|slaps], {good}",
        "Underrated: {b} does the best {dish} [in town|in Moscow|I've had in Russia]",
        "Living in {city} and {b} [is my go-to|has become my comfort food], {good}",
        ("The {promo} at {b} is [a steal|honestly too good], [ran there after work|no complaints] "
         "{lol}"),
        ("Took my [kids|parents|visiting friends] to {b}, [everyone cleaned their plates|zero "
         "complaints], {good}"),
        "{b} delivery showed up in [18|22|25] minutes and {good}. [Impressed|Nice] {e_pos}",
        ("Shoutout to the [cashier|crew] at {b} {spot} who [remade my order without a fuss|gave my "
         "kid extra stickers|stayed cheerful with a huge line]"),
        ("Expat tip: if you [miss|crave] a proper burger in Russia, {b} [is the move|won't let you "
         "down]"),
        "[Third time this week|Again] at {b}. [Don't judge me|No regrets] {lol} {good}",
        ("Ordering at the {b} kiosk is [so smooth|painless], [a few taps|done in a minute] and "
         "{good}"),
        "Didn't expect much from {b} but {good}. [Converted|I'm a fan now] {e_pos}",
        "{b} at 2am after a [long shift|night out] is [pure joy|a lifesaver] {e_pos}",
        ("My [Russian|local] coworkers took me to {b} and [I get it now|they were right], "
         "{good}"),
        "The new {dish} at {b} is [legit|fire|a 10/10], {good}",
        ("Whoever built the {b} app deserves a raise, [my pickup was ready when I walked in|the "
         "points actually work]"),
        ("Road trip stop at {b} {spot}: [clean restroom|fast service], {good}. [Would stop "
         "again|Solid]"),
        "{b} coffee is [weirdly|surprisingly] decent for fast food {e_pos}",
        "Date night at {b}? [Yes|Don't knock it]. {good} {e_pos}",
        ("[Hot take|Unpopular opinion]: the {dish} at {b} beats [the big chains|anything at the "
         "mall]"),
        ("Thank you {b} for [the veggie burger|a kids menu without soda|lactose-free shakes], "
         "finally [something for the whole family|an option for me]"),
        "The {b} next to my office is [dangerous|a problem] for my diet {lol} {good}",
        ("Birthday party at {b} for my [son|daughter] went [great|perfectly], the host was "
         "[awesome|so patient] {e_pos}"),
        "Honestly {b} [has no business|shouldn't be allowed] being this good for the price {e_pos}",
        "{good} and the staff were [lovely|super friendly]. {b} {spot} [gets it|is the one]",
        ("Nothing fancy but {b} is [consistent|reliable]: same {dish}, same taste, "
         "[every city|every time]"),
        "Tried the {dish} at {b} on a [friend's|coworker's] rec, {good}. [Owe them one|Great call]",
        "[Finally|At last] a {b} opened [near me|in my neighborhood]! {good} {e_pos}",
        "{b} just [saved|rescued] my [afternoon|lunch break], {good}",
        ("{b} {spot} redid their dining room, [outlets at every table|it's cozy now], "
         "[love it|big plus]"),
        ("Lost my [wallet|phone] at {b} and [they kept it for me|the manager called me]. Good "
         "people {e_pos}"),
        "Passing through {city}, stopped at {b}: {good}. [Felt like home|Exactly what I needed]",
        "Rating my lunch: {b} {dish}, {good}, [9/10|solid 8], would [eat again|repeat]",
        "Even my [mother-in-law|grandma] who hates fast food [liked|approved of] {b} {lol}",
    ),
    mixed=(
        "{b} — [это просто vibe|реально top tier], {good} {e_pos}",
        "[Лучший|Самый] comfort food — {dish} из {b_gen}, [no cap|honestly]",
        "Сегодня cheat day, [поэтому|так что] {b} и {dish} {e_pos}",
        "Delivery из {b_gen} [за 20 минут|супер fast], {good}",
        "{b} {spot} — [must visit|must have], {good}",
        "Новый {dish} в {b_pre} — [easy 10/10|absolutely worth it] {e_pos}",
        "Late night snack из {b_gen}, {good}, [mood|вайб] {e_pos}",
        "{b} с акцией «{promo}» — [best deal|лучший deal] недели {lol}",
        "Мой guilty pleasure — {dish} в {b_pre}, [{good}|и мне не стыдно]",
    ),
)

_S_NEUTRAL = Texts(
    ru=(
        "Кто знает, {b} {spot} [до скольки работает|работает круглосуточно|открыт в праздники]?",
        ("[Завтра|В субботу|С понедельника] открывается новый {b} [на Ленинском|у нас на районе|"
         "в новом ТЦ], [посмотрим|посмотрим, что там|схожу гляну]"),
        ("В {b_pre} [поменяли|обновили] меню: [вернули луковые кольца|добавили острый соус|убрали "
         "рыбный бургер|появился завтрак]"),
        "Сижу в {b_pre} {spot}, жду [подругу|коллегу|маму|курьера с документами]",
        "{b} или [шаурма|столовка|доширак] — [вот в чём вопрос|сложный выбор] {lol}",
        "[Сколько|Почём] сейчас {dish} в {b_pre}? [Давно не был|Год не заходил|Сто лет не ела]",
        "Говорят, {b} [собирается открыться|откроется] в {city} [к лету|осенью|до конца года]",
        ("У {b_gen} [теперь|оказывается] есть {promo}, [кто-нибудь уже пробовал?|во всех "
         "ресторанах "
         "работает?]"),
        "Обед: {dish} из {b_gen}, [чай|кофе] и [отчёт|таблица в экселе|созвон] {e_meh}",
        ("Заметила, что в {b_pre} {spot} [поставили новые терминалы|сделали отдельную зону для "
         "курьеров|убрали детскую площадку]"),
        "{b} [сменил|меняет] логотип? [Видел новую вывеску|На кассе новые пакеты]",
        ("Пишу курсовую про франшизы фастфуда, {b} [как пример|в списке]. [Кто знает, сколько у "
         "них "
         "точек?|Если есть цифры — буду рад]"),
        "Встречаемся у {b_gen} {spot} в [шесть|семь|полдевятого], [не опаздывайте|ок?]",
        ("В {b_pre} [новая коллаборация|какая-то коллаба] с [мультфильмом|блогером|футбольным "
         "клубом], игрушки [к детскому меню|в комбо]"),
        "{dish} в {b_pre}: {meh}, но [в целом нормально|есть можно] {e_meh}",
        ("[Кто работал|Кто работает] в {b_pre}? [Как там с графиком|Нормально ли платят], "
         "[думаю устроиться|ищу подработку]"),
        "{b} [запустил|запускает] доставку в {city}. [Ну, посмотрим|Посмотрим, как будет]",
        "Смотрю, в {b_pre} [опять|снова] {promo}. [Каждый месяц что-то новое|Маркетологи не спят]",
        ("[Стою|Сижу] в очереди в {b} {spot}, [передо мной человек десять|очередь до входа], "
         "[засекаю время|посмотрим, как быстро]"),
        ("Сравнил {dish} в {b_pre} и у соседей по фудкорту: [по весу примерно одинаково|у {b_gen} "
         "дороже на 30 рублей|разница только в соусе]"),
        ("В {b_pre} есть [веганское|постное|безглютеновое] что-нибудь? [Спрашиваю для подруги|Для "
         "сестры]"),
        "Муж принёс {dish} из {b_gen}. {meh}. [Обычный|Ну такой] фастфуд",
        "{b} [переезжает|переехал] [на первый этаж ТЦ|в соседнее здание|напротив метро]",
        "Кто-нибудь пользуется приложением {b_gen}? Баллы [вообще копятся|имеют смысл]?",
        ("[В ленте|На остановке] [висит|увидел] реклама {b_gen} [с новым бургером|про {promo}] "
         "{e_meh}"),
        ("В {b_pre} {spot} [{when}|сегодня] было [много народу|тихо|полно школьников], "
         "[видимо, обед|видимо, каникулы]"),
        ("Если что, {b} {spot} [закрыт на ремонт|работает только на вынос] до [понедельника|конца "
         "месяца]"),
        ("{b}: {dish}, [картошка|наггетсы] и [кола|морс] — [вышло|получилось] [540|610|480] ₽. "
         "[Для информации|Просто фиксирую]"),
        ("Подскажите, в {b_pre} можно [расплатиться наличкой|заказать торт на праздник|оплатить "
         "по QR]?"),
        "Отчёт дня: [10 тысяч шагов|пробежка], [потом|а потом] {b}. Баланс {lol}",
        ("Вижу вакансию {b_gen}: [кассир|повар|менеджер зала], [график 2/2|от 60 тысяч]. "
         "[Кому надо|Может, кому интересно]"),
        ("Интересно, почему в {b_pre} [нет кетчупа в пакетиках|соусы платные|картошка только "
         "одного "
         "размера]"),
        "Сегодня [в обед|вечером] {b}, завтра [салатики|гречка] {lol}",
        "Ребёнок просит в {b}, потому что [там игрушка|ему обещали] {sigh}",
        "{b} или [роллы|пицца] на вечер? Голосуем [в комментах|лайками]",
        "В {b_pre} у [вокзала|ТЦ] [новый управляющий|поменяли весь персонал], [посмотрим|ну ок]",
        ("Пишут, что {b} [поднимает цены|повысит цены] [с понедельника|с первого числа] в среднем "
         "на "
         "[5|7]%"),
        ("Фудкорт, выбор между {b_ins} и [суши|блинами]. [Выбрал {b_acc}|Выбрала суши, сорян] "
         "{lol}"),
        "[А вы знали|Оказывается], что {b} начинался с одной точки [в Казани|в Самаре]?",
        "Работаю сегодня из {b_gen}: вайфай [есть|норм], розетка [есть|нашлась]",
        ("Промокод {b_gen} [на первый заказ|из рассылки] — у кого есть? [Поделитесь|Буду "
         "благодарна]"),
        "[Муж|Брат|Сосед] притащил из {b_gen} [полный пакет|гору еды], [ужин решён|будем ужинать]",
        "{b} [спонсирует|проводит] [детский забег|городской фестиваль] в {city}, видел афишу",
        ("Наблюдение: в {b_pre} {spot} по [будням|выходным] больше всего [школьников|студентов|"
         "семей с детьми]"),
        "Лайфхак: в {b_pre} [соус можно попросить отдельно|картошку без соли делают по просьбе]",
        "Трасса, ночь, из открытого только {b} {spot}. [Ну ладно|Значит, туда]",
        ("Кто был в новом {b_pre} [у парка|на площади]? [Там правда есть терраса?|Большой зал?] "
         "{e_meh}"),
        ("Купил {dish} в {b_pre} [{when}|сегодня], [сфоткал для сравнения с рекламой|сравнил с "
         "картинкой] {e_meh}"),
        ("Открыли {b} [в нашем ТЦ|у нас в {city}] — [посмотрим, надолго ли|интересно, приживётся "
         "ли]"),
    ),
    en=(
        "Anyone know if {b} {spot} is [open 24/7|open past midnight]?",
        "{b} is opening a new place in {city} [next month|this summer], [we'll see|curious]",
        "Lunch: {dish} from {b}, [iced tea|black coffee] and [a spreadsheet|emails] {e_meh}",
        "How much is a {dish} at {b} these days? [Haven't been in a while|Been ages]",
        "Sitting in {b} {spot} waiting for [a friend|my sister|a coworker|{who}]",
        "{b} or [shawarma|the canteen] for lunch? [Decisions|Tough one] {lol}",
        ("{b} updated their menu: [onion rings are back|new spicy sauce|the fish burger is gone|"
         "breakfast until 11]"),
        ("Does {b} have [anything vegan|gluten-free options|a kids menu]? Asking for [a friend|my "
         "cousin]"),
        "The {dish} at {b}: {meh}, but [fine overall|it's fast food after all] {e_meh}",
        "Heard {b} is [raising prices|redoing their app] [next week|soon], anyone know more?",
        "Writing a [paper|case study] on fast food franchising, {b} is one of my examples",
        "Meeting at the {b} {spot} at [6|7|half past eight], don't be late",
        "Anyone use the {b} app? Do the points [actually add up|matter]?",
        ("FYI {b} {spot} is [closed for renovation|takeaway only] until [Monday|the end of the "
         "month]"),
        ("Receipt from {b}: {dish}, fries and a [coke|shake], [540|610|480] rubles. [Just "
         "noting|For reference]"),
        "Saw a {b} [hiring sign|job ad]: [cashier|cook|shift lead], [2/2 schedule|flexible shifts]",
        ("Is {b} basically a Russian [Five Guys|Shake Shack] or more of a budget chain? Genuinely "
         "asking"),
        "Funny: {b} {spot} gets mostly [students|families|truck drivers] on [weekdays|weekends]",
        "[My kid|My nephew] only wants {b} because of the [toy|sticker] {sigh}",
        ("{b} has a [collab|tie-in] with [a cartoon|a football club] now, [toys in the kids "
         "meal|special cups]"),
        "Noticed {b} {spot} [added self-order kiosks|moved the pickup counter|has a terrace now]",
        "Food court dilemma: {b} or [sushi|crepes]. [Went with {b}|Sushi won] {lol}",
        "Did {b} change their logo? The [bags|cups] look different",
        "Working from {b} today: wifi [ok|decent], outlet [found|secured]",
        "{b} is sponsoring a [kids' fun run|street festival] in {city}, saw the poster",
        "Anyone have a {b} promo code? [The first-order one|From the newsletter]",
        "{who} brought home a [bag|whole bag] from {b}, so that's dinner [I guess|sorted]",
        "Highway, midnight, the only thing open is {b} {spot}. [Fine|So that's where we're going]",
        "Is the new {b} [by the park|on the square] any good? Is there [seating|a terrace]?",
        "Apparently {b} started as one spot in [Kazan|Samara]. [TIL|Didn't know that]",
        "Comparing the {dish} at {b} with the ad photo [for science|out of curiosity] {e_meh}",
        "Tip: at {b} you can [ask for sauce on the side|get unsalted fries if you ask]",
        "{b} or [pizza|rolls] for tonight? Vote below",
    ),
    mixed=(
        "Кто-нибудь знает, {b} {spot} [open 24/7|работает all night]?",
        "Lunch break: {dish} из {b_gen} и [дедлайн|созвон] {e_meh}",
        "{b} запустил [delivery|доставку] в {city}, [let's see|посмотрим]",
        "В {b_pre} новый [limited edition|лимитированный] бургер, [anyone tried?|кто пробовал?]",
        "Working from {b_gen} сегодня, wifi [норм|ok]",
        "{b} или [sushi|роллы] — [tough choice|сложный выбор] {lol}",
        "Промокод {b_gen} на first order — [у кого есть?|поделитесь плиз]",
        "Новый {b} в нашем ТЦ, [we'll see|посмотрим], {e_meh}",
    ),
)

_S_NEGATIVE = Texts(
    ru=(
        ("Заказал в {b_pre} {dish}, [ждал|прождал] [25|35|40] минут, [принесли холодный|а он "
         "еле тёплый]. [Это нормально вообще?|Спасибо, что хоть принесли] {e_neg}"),
        ("{b} {spot}: [столы липкие|на столах крошки с утра], [урна переполнена|мусор на полу], "
         "[туалет закрыт|в туалет очередь]. [Вот так и обедаем|Аппетит пропал]"),
        ("В {b_pre} [опять|снова] [забыли|перепутали] [соус|картошку|напиток] в заказе, это уже "
         "{n} раза за месяц {e_neg}"),
        ("Цены в {b_pre} [растут|ползут вверх], а котлета [всё тоньше|с каждым месяцем меньше]. "
         "[Шринкфляция во всей красе|Замечаю же не только я?]"),
        ("Курьер {b_gen} привёз заказ через [полтора часа|час двадцать], [картошка как резина|"
         "бургер развалился], [в поддержке отвечает бот|компенсация — промокод на 100 рублей]"),
        ("Приложение {b_gen} [списало деньги дважды|повисло на оплате], [заказ не создался|"
         "заказа нет], [деньги обещают вернуть за 10 дней|жду возврата] {sigh}"),
        ("Больше не пойду в {b} {spot}: [кассир нахамила|на мой вопрос закатили глаза], [а я "
         "всего лишь попросил без лука|хотя я просто спросила про сдачу]"),
        ("{dish} в {b_pre} [сегодня|{when}] — [булка сухая|котлета пересушена], [соус сверху "
         "кучкой|салат вялый], и это [за 400 рублей|за такие деньги] {e_neg}"),
        ("Терминал в {b_pre} {spot} [не принимает карту|завис на оплате], кассир [отправила "
         "обратно к терминалу|куда-то ушла], [стоим|очередь растёт] {e_neg}"),
        "Почему в {b_pre} картошку [солят так, будто мстят|теперь подают в масле]? {e_neg}",
        ("Раньше в {b_pre} было [нормально|вкусно], а сейчас {meh}, [и персонал какой-то "
         "потерянный|и сидеть негде]. [Жаль|Грустно]"),
        ("Взяли детское меню в {b_pre}, игрушки [не было|не положили], [сказали «закончились»|"
         "сын расстроился]. [Мелочь, а неприятно|Ну спасибо] {sigh}"),
        ("{b} {spot}: мой номер [полчаса|минут двадцать] висел на табло как «готовится», в итоге "
         "[выдали чужой заказ|про него просто забыли]"),
        ("Не знаю, {b} виноват или нет, но [всю ночь|полночи] [мутило|было плохо], а ел я только "
         "{dish} [{when}|в обед] {e_neg}"),
        ("В {b_pre} [в семь вечера|в обед] [закончились|нет] [наггетсы|шейки|луковые кольца]. "
         "[Как так?|Склад пустой?] {e_meh}"),
        ("Просила без [лука|огурцов|майонеза] — положили [двойную порцию|ещё больше]. {b}, "
         "[вы серьёзно?|ну спасибо] {e_neg}"),
        ("{b} поднял цену на {dish} [на 40 рублей|до 420], а размер [тот же|меньше]. Ясно, "
         "[больше не беру|ухожу к конкурентам]"),
        ("Сидели в {b_pre} {spot}, [рядом компания орала матом|музыка орёт так, что не слышно друг "
         "друга], персонал [ноль внимания|даже не подошёл]"),
        ("Доставка {b_gen}: [бургер без котлеты|вместо колы — спрайт|соус пролился на всё]. "
         "[Фото прилагаю|Без комментариев] {e_neg}"),
        ("Бонусы в приложении {b_gen} [сгорели|обнулились] [без предупреждения|за неделю], а я "
         "[копила на бесплатный обед|полгода собирал] {sigh}"),
        ("Кассир в {b_pre} [не выдала чек|не дала сдачу с тысячи], пришлось [15|20] минут ждать "
         "менеджера. [Обед закончился|Опоздал на работу]"),
        ("Кофе в {b_pre} [сегодня|с утра] [как вода из-под крана|горький до невозможности], не "
         "допил"),
        ("В {b_pre} {spot} всё было хорошо до [ремонта|смены управляющего]. Теперь {meh}, "
         "[ждёшь вечно|грязновато]"),
        ("{b}, зачем вы [убрали|сняли с меню] [фиш-бургер|сырные палочки|завтраки]? Это было "
         "[единственное, за чем я ходил|лучшее, что у вас было]"),
        "Сочный, говорите? Котлета в {b_pre} [сухая, как подошва|как картон] {lol}",
        ("[Третий раз|Уже неделю] пишу в поддержку {b_gen} про [недовоз|пропавший заказ], "
         "[ответ шаблонный|бот гоняет по кругу] {e_neg}"),
        ("{b} {spot} закрылся [в десять|раньше], хотя на сайте [до 23|написано «круглосуточно»]. "
         "[Приехали зря|Поцеловали дверь] {sigh}"),
        ("Заметили, что в {b_pre} [порции картошки|стаканы] стали [меньше|ниже], а цена "
         "[та же|выросла]?"),
        ("В картошке из {b_gen} [попалась|нашлась] какая-то [чёрная хрустяшка|пережаренная "
         "корка], [аппетит пропал|дальше есть не стала]"),
        ("Выбрала в {b_pre} «{promo}», а на кассе [сказали, что акция уже не действует|пробили "
         "по полной цене]. [Плакат висит, акции нет|Классика] {e_neg}"),
        "{b}, вы вообще моете [подносы|столики|стойку с соусами]? Всё липкое {e_neg}",
        ("[Пятница вечер|Воскресенье, обед], {b} {spot}: [одна касса на всю очередь|один повар "
         "на всё], [ждём|стоим] уже [полчаса|сорок минут]"),
        ("Курьер {b_gen} [оставил пакет у подъезда|не поднялся на этаж] и [отметил «вручено»|"
         "уехал], [искала по всему двору|соседи нашли] {e_neg}"),
        ("Ну и где мой заказ, {b}? [В приложении «в пути» уже час|Курьер стоит на месте 40 "
         "минут], [трубку не берёт|чат молчит]"),
        ("Картошка из {b_gen} [сегодня|{when}] — [вялая и холодная|будто вчерашняя]. "
         "[Выкинул|Не доела] {e_neg}"),
        ("Дочь [после обеда в {b_pre}|после их детского меню] [с температурой|с больным животом], "
         "[ел только там|больше нигде не ели]. [Сижу думаю|Совпадение?]"),
        ("{b} {spot} [без кондиционера|в духоте], в зале [жара|как в бане], [поел стоя у входа|"
         "ушла есть на улицу]"),
        ("Поменяли соус в {b_pre}? [Теперь сладкий и непонятный|Вкус совсем другой], [верните "
         "старый|зачем] {e_meh}"),
        ("Охранник в {b_pre} {spot} [делает замечания школьникам|гоняет всех от розеток], "
         "[неприятно сидеть|ощущение, что мешаешь]"),
        ("[Час ночи|Ночь], {b} {spot}, [касса закрыта|работает только окно], [ждал 25 минут|"
         "в итоге ушёл голодный] {sigh}"),
        ("Вес бургера в {b_pre} [заявлен 250 г|по меню 250], [взвесил дома|дома на весах] — "
         "[190|205]. [Ну такое|Вопросы есть] {e_meh}"),
        ("{b}, [на фото|в рекламе] бургер [высокий и сочный|с горой начинки], а в жизни [лепёшка|"
         "плоский] {lol}"),
        ("В {b_pre} [мне продали|выдали] [просроченный соус|соус с истёкшим сроком], [дата на "
         "крышке|проверила дату]. [Приятного аппетита|Спасибо]"),
        ("Два года [хожу|ходила] в {b}, но [в последние месяцы|этой весной] что-то сломалось: "
         "{meh}, [сервис хуже|всё дольше]"),
        ("Зачем в {b_pre} [запихивать лёд до краёв|наливать пол стакана льда]? Платишь за "
         "колу, пьёшь воду {e_neg}"),
        ("Заказ в {b_pre} на [4|5] человек, [забыли два бургера|не положили половину напитков], "
         "[заметили дома|вернуться уже не могли] {e_neg}"),
        ("Очередь к выдаче {b_gen} {spot} — [человек 15|толпа], никто [ничего не объясняет|не "
         "называет номера], [стою как дурак|все нервничают]"),
        ("Попробовал новый {dish} в {b_pre}: {meh}, [и это за 450|и ещё и дорого]. "
         "[Не повторю|Один раз можно, больше нет]"),
        ("Раздатчица в {b_pre} [кричит номера так, что уши закладывает|бросила поднос на стойку], "
         "[ладно, спасибо|ну хорошо]"),
        ("{b} снова [прислал|шлёт] пуш «{promo}», а в ресторане [такой акции нет|про неё не "
         "знают]. [Надоело|Сколько можно]"),
        ("На вокзальном {b} цены [на 30%|почти в полтора раза] выше, чем в городе. [Хорошо "
         "устроились|Ну да, вокзал же] {e_meh}"),
        ("В {b_pre} за соседним столом [ползала муха|сидел голубь], [персонал посмеялся|никто не "
         "отреагировал] {e_neg}"),
        ("Двадцать минут [ждала|ждал], чтобы мне [сказали, что картошки нет|поменяли заказ на "
         "другой]. {b} {spot}, [вы чего|что происходит]?"),
        ("После ремонта в {b_pre} {spot} [убрали детскую комнату|стало тесно], [с детьми теперь "
         "не пойти|развернуться негде] {sigh}"),
        ("Бургер из {b_gen} [развалился в руках|пропитал всю бумагу жиром] [через "
         "минуту|сразу], [ела вилкой|пришлось есть ложкой] {lol}"),
        ("Отменила заказ в {b_pre} через [две минуты|минуту], а деньги [до сих пор не вернули|"
         "висят уже {n} дня]"),
        ("Кому нужен {b} с их [новым|обновлённым] приложением, где [нельзя убрать соус|не видно "
         "состава]? [Верните старое|Бесит]"),
        ("Зашла в {b} {spot} [помыть руки|в туалет], а он [по коду с чека|только для гостей]. "
         "[Купила воду ради кода|Ну спасибо] {e_meh}"),
        ("Вчера [в {b_pre}|в {b_pre} {spot}] [два часа|полтора часа] не работала касса, [оплата "
         "только наличными|терминалы лежали]. [Кто носит наличку в 2026?|Ушёл] {e_neg}"),
        ("Если кто-то думает идти в {b} {spot}, [лучше не надо|подумайте дважды]: {meh}, "
         "[а персонал болтает между собой|а пока ждёшь, заказ остывает]"),
    ),
    en=(
        ("Ordered a {dish} at {b}, waited [25|35|40] minutes and it came out [cold|lukewarm]. "
         "[Is this normal?|Cool cool cool] {e_neg}"),
        ("{b} {spot}: [sticky tables|crumbs everywhere], [overflowing trash|trash on the floor], "
         "[bathroom locked|line for the bathroom]. [Lovely lunch|Lost my appetite]"),
        "{b} forgot my [sauce|fries|drink] [again|once more], that's {n} times this month {e_neg}",
        ("{b} prices keep going up while the patty keeps getting [thinner|smaller]. Shrinkflation "
         "much?"),
        ("{b} delivery took [an hour and a half|80 minutes], [fries like rubber|burger fell "
         "apart], "
         "and [support is a bot|they offered a 100-ruble coupon]"),
        ("The {b} app [charged me twice|froze at checkout], [no order was created|the order "
         "vanished], [refund in 10 business days|still waiting] {sigh}"),
        ("Not going back to {b} {spot}: the cashier [rolled her eyes at me|snapped at me] for "
         "[asking for no onions|asking about change]"),
        ("The {dish} at {b} {when}: [dry bun|overcooked patty], [a blob of sauce|sad lettuce], "
         "and that's [400 rubles|not cheap] {e_neg}"),
        "Why does {b} salt their fries like [they're mad at me|it's a punishment]? {e_neg}",
        ("{b} used to be [decent|good], now {meh} and [the staff seem lost|there's nowhere to "
         "sit]. [Shame|Sad]"),
        ("Got the kids meal at {b}, [no toy inside|they skipped the toy], [\"ran out\" apparently|"
         "my son was crushed] {sigh}"),
        ("My number sat on the {b} board as \"preparing\" for [30|20] minutes, then [they handed "
         "me someone else's order|they just forgot it]"),
        ("Not saying it was {b} but I was [sick all night|up half the night] and the only thing "
         "I ate was their {dish} {e_neg}"),
        "{b} out of [nuggets|shakes|onion rings] at [7pm|lunchtime]? [How|Seriously]? {e_meh}",
        ("Asked for no [onions|pickles|mayo], got [double|extra]. {b}, [really?|thanks I guess] "
         "{e_neg}"),
        ("{b} bumped the {dish} price [by 40 rubles|to 420] and it's [the same size|smaller]. "
         "[Done|I'm out]"),
        ("{b} delivery: [burger with no patty|Sprite instead of Coke|sauce all over everything]. "
         "[Pic attached|No words] {e_neg}"),
        ("My {b} app points [expired|got wiped] [without warning|in a week] and I was [saving for "
         "a "
         "free meal|six months in] {sigh}"),
        "{b} coffee {when} tasted like [tap water|burnt rubber], [poured it out|didn't finish it]",
        ("Why did {b} [drop|pull] the [fish burger|cheese sticks|breakfast menu]? It was the "
         "[only reason I went|best thing they had]"),
        ("[Third time|A week now] I'm messaging {b} support about a [missing item|lost order], "
         "[canned replies|the bot loops me] {e_neg}"),
        ("{b} {spot} closed at [10|9:30] even though the site says [11pm|24/7]. "
         "[Drove there for nothing|Great] {sigh}"),
        ("Chose the {promo} at {b} and the register [said it's expired|charged full price]. "
         "[Poster still up though|Classic] {e_neg}"),
        "Does {b} ever wipe the [trays|tables|sauce station]? Everything's sticky {e_neg}",
        ("{b} courier [left the bag downstairs|didn't come up] and marked it delivered, "
         "[found it by the bins|a neighbor found it] {e_neg}"),
        ("Where's my order, {b}? App says [on the way|en route] for an hour, [courier isn't "
         "moving|chat is dead]"),
        ("My [daughter|son] got a stomach bug after [lunch at {b}|a {dish}] and [that's all we "
         "ate out|we ate nowhere else]. Coincidence?"),
        ("{b} {spot} has [no AC|broken AC], [like a sauna inside|ate standing outside], "
         "[not coming in summer|unbearable]"),
        ("Did {b} change the sauce? [Sweet and weird now|Tastes totally different], bring the old "
         "one back"),
        ("The {dish} at {b} is listed at 250g, weighed it at home: [190|205]. [Hmm|Interesting] "
         "{e_meh}"),
        ("{b} ad: [tall juicy burger|stacked with toppings]. Reality: [a pancake|flat and sad] "
         "{lol}"),
        ("{b} gave me a sauce [past its date|that expired last week], [checked the lid|it's on the "
         "lid]. [Yum|Thanks]"),
        ("Why does {b} fill the cup [to the brim with ice|half with ice]? Paying for soda, "
         "drinking water"),
        ("{b} order for [4|5] people, [two burgers missing|half the drinks missing], "
         "[noticed at home|too late to go back] {e_neg}"),
        ("Tried the new {dish} at {b}: {meh}, [and it's 450|and overpriced]. [Won't repeat|Once "
         "was "
         "enough]"),
        ("{b} keeps pushing \"{promo}\" notifications but the restaurant [doesn't honor it|never "
         "heard of it]. [Tired of this|Stop]"),
        ("Station {b} charges [30% more|almost 1.5x] than in town. [Nice racket|Sure, it's a "
         "station]"),
        ("Waited 20 minutes at {b} just to hear [they're out of fries|they swapped my order]. "
         "[What's going on|Come on]"),
        ("Cancelled a {b} order after [a minute|two minutes] and the money's been stuck for "
         "{n} days"),
        ("{b} {spot} bathroom is [code-only|for customers only], [had to buy water for the "
         "code|thanks a lot] {e_meh}"),
        ("Card terminals at {b} were down for [two hours|ages], [cash only|cash or nothing]. "
         "Who carries cash [in 2026|anymore]? {e_neg}"),
        ("The {b} burger [fell apart in my hands|soaked the wrapper in grease] [in seconds|"
         "immediately], [ate it with a fork|gave up] {lol}"),
        ("{b} {spot}: [one register open|one cook for everything], [Friday evening|Sunday lunch], "
         "[40 minute wait|still standing here]"),
        ("The guard at {b} {spot} [kicks students off the outlets|keeps hovering], [feels like "
         "I'm in the way|not relaxing at all]"),
        ("If you're thinking of {b} {spot}, [maybe don't|think twice]: {meh}, [and the staff "
         "just chat|your food cools while you wait]"),
        ("[Fly|Pigeon] [buzzing around|walking around] the {b} dining room and [nobody cares|staff "
         "just laughed] {e_neg}"),
        ("2 years of {b} and [lately|this spring] something broke: {meh}, [service is worse|"
         "everything takes longer]"),
        ("New {b} app: [can't remove sauce|can't see ingredients] anymore. [Bring back the old "
         "one|Why]"),
        ("Midnight at {b} {spot}: [register closed|only the window open], [waited 25 min|left "
         "hungry] {sigh}"),
    ),
    mixed=(
        "{b} опять [забыл|перепутал] мой order, [seriously|ну серьёзно] {e_neg}",
        "Delivery из {b_gen} [через полтора часа|1.5 hours], всё холодное, [fail|эпик фейл]",
        "{b} {spot} — service [ужасный|просто zero], [ждал 40 минут|40 min wait]",
        "App {b_gen} [списал дважды|double charge], refund [ждать 10 дней|10 days] {sigh}",
        "Price up, portion down — [классика|classic] {b}",
        "Cashier в {b_pre} [закатила глаза|roll eyes] на просьбу без лука. [Nope|Больше нет]",
        "Fries в {b_pre} [как резина|soggy], [не ок|not ok] {e_neg}",
        "Customer service {b_gen} — [бот по кругу|loop forever], [help|ну help же]",
    ),
)

_S_QUESTION = Texts(
    ru=(
        "{h} [подскажите|скажите], до скольки работает ресторан {spot}?",
        "{h} [добрый день|здравствуйте], есть ли у вас доставка в {city}?",
        "{h} а акция «{promo}» [действует и в выходные|во всех ресторанах]?",
        "{h} [можно|а можно] заказать праздник для ребёнка [на 10 человек|в субботу]? Куда писать?",
        ("{h} {dish}: есть ли в составе [свинина|глютен|кунжут]? [У ребёнка аллергия|Важно для "
         "меня]"),
        "{h} почему [в приложении|на сайте] не [отображаются|видны] баллы? Что-то сломалось?",
        "{h} [у вас есть|планируете] [вегетарианские|постные] позиции? [Очень ждём|Было бы круто]",
        "{h} [подскажите|скажите], как [привязать карту|поменять номер] в приложении?",
        "{h} [будет ли|вернётся ли] [фиш-бургер|сырный соус] в меню? [Скучаю|Очень ждём]",
        "{h} [здравствуйте|привет], [вы берёте на работу студентов|у вас есть вакансии] {spot}?",
        "{h} {dish} — сколько там [грамм|калорий]? На сайте [не нашёл|нет информации]",
        ("{h} как [оплатить|расплатиться] [бонусами|баллами] при доставке? Не [нахожу "
         "кнопку|получается]"),
        "{h} а в {city} [будете открываться|откроетесь]? Очень ждём {e_pos}",
        "{h} [можно ли|а можно] прийти с собакой на террасу {spot}?",
        "{h} [подскажите|скажите], ресторан {spot} [работает|открыт] [в праздники|1 января]?",
        "{h} промокод из рассылки [работает на доставку|суммируется с {promo}]?",
        "{h} почему в приложении [нельзя выбрать|пропал] ресторан {spot}? Он закрылся?",
        ("{h} [оставил|забыла] [зарядку|шарф|зонт] в ресторане {spot} {when}, [можно забрать?|не "
         "находили?]"),
        "{h} есть ли у вас [детские стульчики|пеленальный столик] {spot}?",
        "{h} [как получить|где взять] чек за заказ [для бухгалтерии|на юрлицо]?",
        "{h} а [курьер|доставка] [может|сможет] подняться на [9|12] этаж без лифта? {lol}",
        "{h} [добрый вечер|здравствуйте], заказ можно [забрать|получить] в окне автокафе?",
        "{h} {dish}: [острый соус|халапеньо] можно убрать при заказе через приложение?",
        "{h} [когда|будет ли] [новый сезонный бургер|лимитированное меню] [в этом месяце|к лету]?",
        "{h} [скажите|подскажите], почему [цена в приложении|цена на сайте] и на кассе разная?",
        "{h} можно ли [заказать|сделать] доставку [к определённому времени|на утро]?",
        "{h} у вас правда [мясо фермерское|говядина из Брянска|котлеты не замороженные]? {e_meh}",
        "{h} [подскажите|скажите], куда [писать|обращаться] по сотрудничеству [с блогерами|для "
        "мероприятий]?",
        "{h} а шейки [делаете|можно] на растительном молоке?",
    ),
    en=(
        "{h} what time does the {spot} location close [tonight|on weekends]?",
        "{h} do you deliver to {city} [yet|at all]?",
        "{h} is the {promo} valid on [weekends|holidays] too?",
        "{h} does the {dish} contain [pork|gluten|sesame]? [Allergy in the family|Need to know]",
        "{h} any [vegetarian|vegan] options coming? Would love that",
        "{h} how do I [link my card|change my phone number] in the app?",
        "{h} will the [fish burger|cheese sauce] come back? Please say yes",
        "{h} are you hiring {spot}? [Student here|Looking for part-time]",
        "{h} calorie info for the {dish}? Couldn't find it [on the site|in the app]",
        "{h} can I use app points on [delivery|pickup] orders?",
        "{h} are [dogs|small dogs] allowed on the terrace {spot}?",
        ("{h} I [left|forgot] my [charger|scarf|umbrella] at the {spot} place {when}, did anyone "
         "find it?"),
        "{h} is the {spot} location open on [holidays|January 1st]?",
        "{h} why is the app price different from the [register|kiosk] price?",
        "{h} can I schedule a delivery for [a specific time|tomorrow morning]?",
        "{h} any plans to open in {city}? We'd come [every week|all the time]",
    ),
    mixed=(
        "{h} акция «{promo}» работает на delivery [тоже?|или только в зале?]",
        "{h} есть ли vegan options в меню? [Хотя бы одна|Для жены]",
        "{h} как вернуть refund за отменённый заказ? [Деньги висят|Прошла неделя]",
    ),
)

_S_COMPLAINT = Texts(
    ru=(
        ("{h} заказ [№4817|№5302|№6129|№7045] [привезли|доставили] через [час двадцать|полтора "
         "часа], [всё холодное|картошка как резина]. [Что будете делать?|Жду ответа] {e_neg}"),
        ("{h} [в ресторане|в точке] {spot} [забыли|не положили] [соус|картошку|напиток] уже "
         "{n} раза подряд. [Сколько можно?|Проверяйте заказы, пожалуйста]"),
        ("{h} приложение списало оплату [дважды|два раза], а заказ [не создался|так и не "
         "появился]. Верните деньги, [пожалуйста|скрин прилагаю]"),
        ("{h} кассир {spot} [нахамила|повысила голос], когда я [попросил без лука|спросила про "
         "акцию]. [Разберитесь, пожалуйста|Так с гостями не разговаривают]"),
        ("{h} [сегодня|{when}] взяла {dish}: [булка сухая|котлета пересушена], [соус вытек|салат "
         "вялый], фото в [личке|комментах]. [Не ожидала|Обидно за деньги]"),
        ("{h} почему [акция|«{promo}»] [не пробивается|не действует] на кассе, если плакат висит "
         "{spot}? [Объясните|Это обман?]"),
        ("{h} курьер оставил заказ [у подъезда|внизу] и отметил «вручено». Мне [не звонил|никто "
         "не позвонил] {e_neg}"),
        ("{h} мои [баллы|бонусы] [сгорели|обнулились] без предупреждения, [копила|копил] [полгода|"
         "с зимы]. Верните, пожалуйста"),
        ("{h} третий день жду возврат за отменённый заказ [№5571|№6238|№4410], [в чате молчат|"
         "бот не помогает]"),
        ("{h} {spot} [в туалете нет мыла|в зале грязно|урны переполнены] [с утра|весь день]. "
         "[Кто-то вообще следит?|Стыдно]"),
        ("{h} [ребёнку|сыну] в детском меню [не положили игрушку|дали сломанную игрушку], "
         "[расстроился до слёз|сказали, что закончились]. [Как так?|Неприятно]"),
        ("{h} [заказала|заказал] {dish}, а [привезли|положили] [другой|совсем не то]. "
         "[Я не ем свинину|У меня аллергия на кунжут], [это важно!|будьте внимательнее]"),
        ("{h} [очередь|ожидание] {spot} [40 минут|больше получаса], работает [одна касса|один "
         "человек]. [Наймите людей|Так нельзя]"),
        ("{h} в бургере [попался|был] [хрящ|кусок кости], [чуть зуб не сломал|неприятно "
         "жевать]. Фото [прилагаю|в личке]"),
        ("{h} [приложение|сайт] [вылетает|не грузится] на оплате [второй день|с утра], заказать "
         "не могу {e_neg}"),
        ("{h} ресторан {spot} закрыт, хотя [по карте|в приложении] до 23. [Приехали зря|Ехала "
         "через весь город]"),
        ("{h} почему [вес бургера|порция картошки] меньше, чем [в меню|на сайте]? [Взвешивал|"
         "Сравнила с фото] {e_meh}"),
        ("{h} [менеджер|администратор] {spot} отказался [менять холодный бургер|пересобрать "
         "заказ], сказал «[так и должно быть|ничего не знаю]»"),
        ("{h} в доставке [пролился шейк|протёк соус] на [всё|весь пакет]. [Упаковка никакая|"
         "Заклейте стаканы!]"),
        ("{h} [вчера|{when}] [отравилась|стало плохо], а ела только ваш {dish}. [Кто отвечает за "
         "качество?|Жду ответа]"),
        ("{h} [охранник|сотрудник] {spot} [выгнал нас|попросил уйти], потому что мы [сидели с "
         "ноутбуком|ждали друга]. Серьёзно?"),
        ("{h} [промокод|код из рассылки] [выдаёт «код недействителен»|не применяется в корзине], "
         "хотя [он до 30-го числа|срок ещё не вышел]"),
        ("{h} [доставка|курьер] [опоздал|опоздала] на [50 минут|час], а в приложении "
         "[«доставлено»|«в пути» всё это время]. Где [еда|заказ]?"),
        ("{h} [у вас|в ресторане] {spot} [не работает|сломан] [кондиционер|терминал] уже "
         "[неделю|{n} дня], [жарко|никто не чинит]"),
        ("{h} [заказывал|брал] [комбо|набор на компанию], [не хватало двух бургеров|напитков не "
         "было вообще]. Номер заказа в [личке|комментарии]"),
        ("{h} [сотрудница|кассир] {spot} [не выдала сдачу|дала сдачу меньше] и [сделала вид, что "
         "не слышит|ушла]. [Неприятно|Разберитесь]"),
        ("{h} [зачем|почему] вы [убрали|сняли] [сырные палочки|фиш-бургер] из меню? Верните "
         "[пожалуйста|это лучшее, что у вас было]"),
        ("{h} [в новом приложении|после обновления] [не видно состава|нельзя убрать соус], "
         "[неудобно|верните как было] {e_meh}"),
        ("{h} [заказ|заказ на вынос] {spot} ждал 35 минут, [хотя был один в очереди|зал пустой]. "
         "[Что происходит?|Почему так долго?]"),
        ("{h} [картошка|наггетсы] [сегодня|{when}] [пахли старым маслом|были сырые внутри], "
         "[есть невозможно|выкинул]"),
        ("{h} я [постоянный клиент|хожу к вам три года], но [в последнее время|этот месяц] {meh}. "
         "[Что случилось?|Верните качество]"),
        ("{h} в зале {spot} [бегают дети|шумная компания] [без присмотра|с матами], персонал "
         "[ничего не делает|смотрит в телефон]"),
        ("{h} [оплатил|оплатила] заказ [через СБП|картой], деньги ушли, а [на кассе говорят «не "
         "пришло»|чек не выдали] {e_neg}"),
        ("{h} на кассе мне [пробили|продали] [лишний соус|два кофе вместо одного], заметил "
         "только дома. [Верните разницу|Как быть?]"),
        ("{h} [почему в|в] {spot} [лёд в напитке до краёв|пол стакана льда]? [Это экономия?|"
         "Платишь за колу, пьёшь воду]"),
        ("{h} [звонил|звонила] на горячую линию [{n} раза|весь день], [никто не берёт|музыка и "
         "сброс]. Как до вас достучаться?"),
        ("{h} курьер [нагрубил|хамил по телефону], [когда я попросила подняться|из-за того, что "
         "домофон не работает]. Номер заказа [в личке|прилагаю]"),
        ("{h} {dish} [пришёл без котлеты|был без начинки] {lol} [Серьёзно?|Это шутка?] Фото "
         "[в комментах|прикрепил]"),
        ("{h} [пишу уже второй раз|вторую неделю пишу]: [баллы не начислены|кешбэк не пришёл] "
         "за [5|3] заказов"),
        ("{h} в ресторане {spot} [нет детского стульчика|сломан пеленальный столик], [с малышом "
         "неудобно|поменяйте, пожалуйста]"),
        ("{h} [цена|стоимость] в приложении одна, на кассе [другая|выше на 60 рублей]. "
         "[Где правда?|Так и должно быть?]"),
        ("{h} {spot} [опять не работает|снова отключили] оплата картой, только наличные. "
         "[Предупреждайте хотя бы|Кто сейчас носит наличку?]"),
        ("{h} [заказ|ужин] [на день рождения|для детей] [привезли|доставили] с опозданием [на "
         "час|в полтора часа], праздник [сорван|испорчен] {e_neg}"),
        ("{h} [на фото|в рекламе] {dish} с [горой начинки|двумя котлетами], а у меня [одна "
         "тонкая|плоский]. [Где остальное?|Объясните] {e_meh}"),
        ("{h} [сотрудник|повар] {spot} [без перчаток|без шапочки] собирал бургеры, "
         "[сфотографировала|"
         "видно через стойку]. Это нормально?"),
        ("{h} [вы вернули|прислали] промокод на 100 рублей за испорченный заказ на [1200|900]? "
         "[Смешно|Серьёзно?]"),
        ("{h} ресторан {spot}: [музыка орёт|телевизор на полную], поесть спокойно нельзя. "
         "[Сделайте потише|Просили — не убавили]"),
        ("{h} терминал самообслуживания {spot} [съел деньги|списал оплату], а [чек не выдал|"
         "заказ не ушёл на кухню]"),
        ("{h} [хочу|прошу] удалить аккаунт и данные из приложения, [в настройках нет кнопки|"
         "пишу третий раз]"),
        ("{h} [упаковка|пакет] порвалась, [соус|шейк] залил [сиденье в такси|мне куртку]. "
         "[Кто компенсирует?|Спасибо, чё]"),
        ("{h} [сегодня|{when}] мне [отказали|не дали] воды [запить таблетку|для ребёнка], сказали "
         "«только за деньги». [Правда?|Это ваша политика?]"),
        ("{h} курьер [отменил заказ|ушёл со смены], а деньги [списаны|не вернулись]. Номер "
         "[4920|5186|6311] {e_neg}"),
        ("{h} [кофе|капучино] {spot} [холодный|как вода], [переделать отказались|бариста сказал "
         "«так и есть»]"),
        ("{h} почему [доставку|сборку] отменили [через час ожидания|без объяснений]? [Хоть бы "
         "предупредили|Мы голодные]"),
        ("{h} [в чате поддержки|в приложении] [три дня|неделю] висит моя заявка без ответа. "
         "Номер [обращения|заявки] [88213|90417|77502]"),
    ),
    en=(
        ("{h} order [#4817|#5302|#6129] showed up after [80 minutes|an hour and a half], "
         "[everything cold|fries like rubber]. [What now?|Waiting for an answer] {e_neg}"),
        ("{h} the {spot} location forgot my [sauce|fries|drink] {n} times in a row. "
         "[Please check orders|How hard is it?]"),
        ("{h} the app charged me [twice|two times] and [no order was created|the order never "
         "showed up]. Refund please, [screenshot attached|see DM]"),
        ("{h} the cashier {spot} [snapped at me|raised her voice] for [asking for no onions|asking "
         "about the promo]. [Please look into it|Not ok]"),
        ("{h} {when} the {dish} had a [dry bun|burnt patty] and [sad lettuce|sauce everywhere], "
         "pics in DM. [Disappointed|Not worth the money]"),
        ("{h} why doesn't the {promo} apply at checkout when the poster is right there {spot}? "
         "[Explain please|Is this a bait?]"),
        ("{h} courier left my order [downstairs|at the entrance] and marked it delivered. "
         "[Nobody called|No call, nothing] {e_neg}"),
        ("{h} my [points|bonuses] [expired|were wiped] without notice, [been saving since winter|"
         "six months of orders]. Please restore"),
        ("{h} day [3|4] waiting for a refund on a cancelled order, [chat is silent|the bot "
         "can't help]"),
        ("{h} {spot}: [no soap in the bathroom|dirty tables|overflowing bins] [since morning|all "
         "day]. [Anyone checking?|Embarrassing]"),
        ("{h} ordered a {dish} and got [something else|the wrong one]. [I don't eat pork|I'm "
         "allergic to sesame], [this matters!|please be careful]"),
        ("{h} [40 minute|half-hour] wait {spot} with [one register|one person working]. "
         "[Hire people|This isn't ok]"),
        ("{h} there was [a bit of bone|gristle] in my [burger|{dish}], [almost cracked a tooth|"
         "not pleasant]. Photo in DM"),
        ("{h} the [app|site] [crashes|won't load] at checkout [since yesterday|all morning], can't "
         "order {e_neg}"),
        ("{h} the {spot} location was closed even though [maps|your app] says open till 11. "
         "[Wasted trip|Drove across town]"),
        ("{h} the manager {spot} refused to [replace a cold burger|fix my order], said "
         "[\"that's how it is\"|\"not my problem\"]"),
        ("{h} the [shake|sauce] [spilled|leaked] over [everything|the whole bag]. [Seal the cups|"
         "Packaging needs work]"),
        ("{h} got sick after your {dish} {when}. [Who's responsible for quality?|Waiting for a "
         "reply]"),
        ("{h} a [guard|staff member] {spot} [asked us to leave|kicked us out] for [sitting with a "
         "laptop|waiting for a friend]. Seriously?"),
        ("{h} the promo code says [\"invalid\"|\"expired\"] but it's good [till the end of the "
         "month|for another week]"),
        ("{h} delivery was [50 minutes|an hour] late and the app said [\"delivered\"|\"on the "
         "way\"] the whole time. Where's [my food|my order]?"),
        ("{h} the [AC|card terminal] {spot} has been broken for [a week|{n} days], [it's "
         "boiling|nobody fixes it]"),
        ("{h} ordered a [combo|party box], [two burgers missing|no drinks at all]. Order number "
         "in DM"),
        ("{h} the cashier {spot} [shorted my change|didn't give change] and [pretended not to "
         "hear|walked off]"),
        ("{h} why did you drop the [cheese sticks|fish burger]? Bring it back, [please|it was "
         "the best thing you had]"),
        ("{h} the new app [hides ingredients|won't let me remove sauce], [please fix|bring the "
         "old one back] {e_meh}"),
        ("{h} [fries|nuggets] {when} [smelled like old oil|were raw inside], [inedible|threw them "
         "out]"),
        ("{h} [loyal customer|been coming for 3 years] but [lately|this month] {meh}. "
         "[What happened?|Bring back the quality]"),
        ("{h} paid [by card|with SBP], money left my account, and the register says [it didn't "
         "go through|no receipt]. {e_neg}"),
        ("{h} called your hotline {n} times, [nobody picks up|music then hang up]. How do I reach "
         "you?"),
        ("{h} the courier was [rude on the phone|yelling at me] because [the intercom is broken|I "
         "asked him to come up]. Order # in DM"),
        ("{h} my {dish} came [without the patty|with no filling] {lol} [Really?|Is this a joke?] "
         "Pic attached"),
        ("{h} the price in the app and at the register [don't match|differ by 60 rubles]. "
         "[Which is right?|Is that normal?]"),
        ("{h} card payments {spot} are [down again|off again], cash only. [Warn people|Who carries "
         "cash?]"),
        ("{h} [kids' party order|birthday order] came [an hour|90 minutes] late, [party "
         "ruined|the kids were starving] {e_neg}"),
        ("{h} a [cook|worker] {spot} was assembling burgers [without gloves|with bare hands], "
         "[got a photo|you can see it from the counter]. Normal?"),
        ("{h} a 100-ruble coupon for a ruined [1200|900] ruble order? [Funny|Seriously?]"),
        ("{h} self-order kiosk {spot} [took my money|charged me] and [no receipt|the order never "
         "reached the kitchen]"),
        ("{h} I want my account and data deleted, [there's no button|asking for the third time]"),
        ("{h} bag tore and the [sauce|shake] went [all over the taxi seat|on my jacket]. "
         "[Who pays for that?|Thanks a lot]"),
        ("{h} the courier [cancelled|quit mid-shift] and the money [is gone|wasn't refunded]. "
         "Order [4920|5186|6311] {e_neg}"),
        ("{h} my support ticket [88213|90417|77502] has been open [3 days|a week] with no answer"),
        ("{h} was refused water [to take a pill|for my kid] {spot}, \"only if you pay\". "
         "[Is that policy?|Really?]"),
        ("{h} why was my delivery cancelled [after an hour|with no explanation]? [A heads-up "
         "would be nice|We're starving]"),
        ("{h} loud music {spot} [at full blast|nonstop], can't eat in peace. [Asked them to turn "
         "it down, nothing|Please fix]"),
    ),
    mixed=(
        "{h} order [№4817|№6129] пришёл через 1.5 часа, всё cold. [Fix it|Разберитесь]",
        "{h} app [списал|charged] дважды, refund где?",
        "{h} кассир {spot} [была rude|нагрубила], [not ok|так нельзя]",
        "{h} delivery опять late на час, [seriously|ну серьёзно]",
        "{h} промокод [invalid|не работает], хотя срок ещё не вышел",
    ),
)

_S_COMMENT = Texts(
    ru=(
        "А в {city} когда? [Ждём уже год|Сколько можно ждать] {e_meh}",
        "Верните [сырные палочки|фиш-бургер], [пожалуйста|умоляю] 🙏",
        "[Выглядит аппетитно|Выглядит вкусно], [завтра попробую|надо брать] {e_pos}",
        "А акция [будет работать|работает] в доставке?",
        ("[Красиво на картинке|На фото красота], а в жизни [котлета в два раза тоньше|всё как "
         "всегда] {lol}"),
        "[Лучше бы|Вместо этого лучше] [курьеров наняли|цены вернули старые] {e_meh}",
        "Ого, [вот это новость|неожиданно]! [Бежим|Идём в субботу] {e_pos}",
        "[Отметьте|Зову] [подругу|мужа], нам срочно надо это попробовать {lol}",
        "[Мой заказ|Мой возврат] так и не [пришёл|вернули], а вы тут [акции постите|посты пишете]",
        "А состав где? [Интересует аллергенное|Глютен есть?]",
        "[Взяла вчера|Пробовал вчера] — [реально вкусно|норм, но дорого] {e_pos}",
        "[Цены|Цена] бы ещё [вернули|снизили], [было бы идеально|и вообще супер]",
        "[Когда откроете|Откройте] ресторан [у метро|в нашем районе], [пожалуйста|очень надо]",
        "Это [лимитка|временно] или [навсегда|в основное меню]?",
        "[Приложение|Сайт] [опять не работает|висит], какая уж тут акция {sigh}",
        "[Промокод|Код] не [работает|принимается], [проверьте|что не так?]",
        "[Класс|Круто], а [острую версию|без лука] можно?",
        "[Моему сыну|Дочке] игрушку [не дали|не положили], хотя [акция|комбо]... {e_meh}",
        "Спасибо за [праздник|конкурс], [выиграли|получили приз] {e_pos}",
        ("[Опять|Снова] реклама, а у [меня|нас] {spot} [третий день терминал не работает|нет "
         "соусов]"),
        "[Пробовали|Были] — {meh}, [ждём улучшений|но в целом ок] {e_meh}",
        "А шейк [на растительном|без сахара] [будет?|планируете?]",
        "[Ура|Наконец-то]! Теперь [есть повод|повод есть] выбраться [из дома|из офиса] {e_pos}",
        "[Обожаю ваш|Люблю ваш] [чизбургер|картофель], [держите планку|не меняйте рецепт] ❤️",
        "Сколько будет стоить в {city}? [Там у вас дороже|Цены одинаковые?]",
    ),
    en=(
        "When are you coming to {city}? [We've been waiting|Please] {e_meh}",
        "Looks [great|delicious], trying it [tomorrow|this weekend] {e_pos}",
        "Does the deal work for [delivery|the app] too?",
        "Bring back the [cheese sticks|fish burger] please 🙏",
        "Still waiting on my refund but sure, [post deals|post promos] {sigh}",
        "Is this [limited|permanent]?",
        "Tried it [yesterday|last night], [actually good|decent but pricey] {e_pos}",
        "[Ingredients list?|Allergen info?] Asking for my [kid|wife]",
    ),
)

_S_REPLY = Texts(
    ru=(
        "[Согласен|Согласна], у нас {spot} [то же самое|такая же история]",
        "[Плюсую|+1], {dish} у них [правда топ|лучший]",
        "Странно, [у меня|у нас] всегда [норм|всё нормально] было {e_meh}",
        "[Ты просто не пробовал|Не пробовала] [острый|новый] {dish}, вот это [вещь|тема]",
        "[Напиши им|Пиши] в поддержку, мне [вернули|компенсировали] [за день|быстро]",
        "Ахах, [классика|узнаю], {b} [такой|он такой] {lol}",
        "А я [вот только что|вчера] оттуда, [всё было ок|всё было нормально]",
        "[Это|Это ещё] [цветочки|фигня], [у нас|в нашем {b_pre}] [вообще|ещё хуже]",
        "[Ну не знаю|Хз], по мне так [дорого|так себе] за такой размер {e_meh}",
        "Там [по средам|в будни] [скидка|двойные баллы], [бери тогда|имей в виду]",
        "[Фото|Фотку] [выложи|скинь], [интересно|хочу посмотреть]",
        "[Там|В {b_pre}] [сменился|новый] управляющий, [может, поэтому|отсюда и перемены]",
        "[Я туда|Мы туда] [больше не хожу|только на вынос] после [одного случая|того раза]",
        "[Зато|Но зато] картошка там [лучшая|огонь], [спорить не буду|факт]",
        "[О, я тоже|Тоже] [заметила|заметил], [порции реально меньше|цены поднялись]",
        "{b} [как лотерея|лотерея]: [то идеально|то ужас], [зависит от смены|как повезёт]",
        "[Держи|Лови] промокод [BURGER15|SOCH10], [может, ещё работает|у меня сработал]",
        "[Как по мне|По мне], [шаурма у вокзала|столовка] [вкуснее|честнее] {lol}",
        "[Ты где|Вы где] [брали|были]? [Адрес скинь|Какой {b}?]",
        "[Я|Мы] там [день рождения|праздник] [отмечали|делали], [всё чётко|без нареканий]",
        "Это [у всех|не только у тебя], [они чинят|приложение сегодня лежит] {e_meh}",
        "[В жизни не ел|Никогда не пробовал] {dish}, [стоит?|ну как?]",
        "[Поддерживаю|Согласна], сервис [просел|стал хуже] [с весны|в последнее время]",
        "[Ну ты даёшь|Ты серьёзно], [фастфуд каждый день|третий раз за неделю] {lol}",
        "[Скинь|Покажи] чек, [интересно|хочу сравнить] [сколько вышло|по ценам]",
    ),
    en=(
        "[Same|Same here] at our {spot} place",
        "[Agreed|+1], the {dish} is the best thing they have",
        "Weird, mine has [always|literally always] been fine {e_meh}",
        "Message support, they refunded me [in a day|fast]",
        "[Classic|Lol classic] {b} {lol}",
        "Was there [yesterday|just now], [all good|no issues]",
        "[Pics?|Photo?] Curious",
        "There's a new manager, [maybe that's why|explains it]",
        "Fries are still the best though, [fight me|fact]",
        "It's down for everyone, [not just you|they're fixing it] {e_meh}",
        "Never tried the {dish}, [worth it?|is it good?]",
        "Lottery: [perfect one day|awful the next], depends on the shift",
        "Use code [BURGER15|SOCH10], [might still work|worked for me]",
        "[Which location?|Which one was it?] {e_meh}",
    ),
    mixed=(
        "[Same|Тоже], у нас {spot} так же",
        "+1, {dish} у них [топ|best]",
        "[Classic|Классика] {b} {lol}",
    ),
)

_S_ANSWER = Texts(
    ru=(
        ("Здравствуйте! [Очень жаль|Нам очень жаль], что так вышло. Напишите, пожалуйста, номер "
         "заказа в личные сообщения — [разберёмся|всё проверим] 🙏"),
        ("Добрый день! Спасибо, что [сообщили|написали]. Передали информацию [управляющему "
         "ресторана|в отдел качества], [вернёмся с ответом|ответим в течение дня]"),
        ("Здравствуйте! [Приносим извинения за ожидание|Извините за неудобства]. [Оформили "
         "возврат|Запустили проверку], [деньги вернутся в течение 3–5 рабочих дней|детали пришлём "
         "в личку]"),
        ("Привет! [Спасибо за вопрос|Рады помочь] 😊 [Всю информацию|Актуальное меню и часы "
         "работы] можно посмотреть в приложении в разделе «Рестораны»"),
        ("Здравствуйте! Нам важно разобраться. Пришлите, пожалуйста, [фото чека|фото и время "
         "заказа] в личные сообщения"),
        ("Добрый вечер! [Понимаем ваше разочарование|Понимаем, как это неприятно]. "
         "[Начислили компенсацию баллами|Отправили промокод на следующий заказ] в приложение"),
        ("Здравствуйте! Спасибо за [обратную связь|отзыв], [передали команде ресторана|обсудим "
         "с руководителем смены]. [Хорошего дня!|Будем рады видеть вас снова]"),
        ("Добрый день! [Уточните, пожалуйста|Подскажите, пожалуйста], в каком ресторане это "
         "произошло и примерное время — [проверим|посмотрим записи]"),
        ("Здравствуйте! [Да|Конечно], [акция действует во всех ресторанах|предложение действует "
         "и в доставке] до конца месяца 😊"),
        ("Здравствуйте! [Ответили вам в личных сообщениях|Написали вам в личку], "
         "[посмотрите, пожалуйста|ждём ответа] 🙏"),
        ("Добрый день! [Сожалеем|Нам жаль], что визит оставил такое впечатление. [Ваш отзыв "
         "уже у управляющего|Проведём беседу с сотрудниками]"),
        ("Здравствуйте! [Проблема с приложением уже решена|Сбой в приложении устранён], "
         "попробуйте, пожалуйста, [обновить его|перезайти]. [Если не выйдет — напишите нам|"
         "Мы на связи]"),
        ("Привет! Информацию о составе и аллергенах можно найти [на сайте в карточке блюда|в "
         "приложении у каждой позиции] 👍"),
        ("Здравствуйте! Извините за [задержку|долгий ответ]. [Передали жалобу в службу "
         "доставки|Курьерская служба уже разбирается], [вернёмся с результатом|ответим сегодня]"),
        ("Добрый день! [Благодарим|Спасибо] за [терпение|ожидание]. [Возврат одобрен|Деньги "
         "отправлены], срок зачисления зависит от банка"),
        ("Здравствуйте! [Открытие в вашем городе планируется|Новые рестораны появятся] [в этом "
         "году|в ближайшие месяцы], следите за новостями 😊"),
        ("Здравствуйте! Мы [проверили|посмотрели] заказ: [действительно, позиция не была "
         "собрана|в сборке была ошибка]. [Вернули стоимость|Компенсировали баллами]"),
        ("Добрый день! [Нам очень жаль|Это неприемлемо]. [Ресторан проверит|Управляющий проверит] "
         "[стандарты чистоты|работу смены] сегодня же"),
        ("Здравствуйте! Напишите, пожалуйста, [номер телефона из приложения|почту аккаунта] в "
         "личные сообщения — [восстановим баллы|посмотрим историю начислений]"),
        ("Здравствуйте! [Забытые вещи хранятся в ресторане 30 дней|Найденные вещи хранятся у "
         "администратора], [подойдите с документом|позвоните в ресторан]"),
        ("Добрый день! [По вакансиям|По поводу работы] можно оставить анкету на сайте в "
         "разделе «Карьера» 🙌"),
        ("Здравствуйте! Спасибо, что [написали нам|рассказали]. [Такого быть не должно|Это не "
         "соответствует нашим стандартам], [разбираемся|уже выясняем детали]"),
        ("Здравствуйте! [Мы на связи|Мы рядом] [с 9 до 21|каждый день с 9:00 до 21:00]. Опишите, "
         "пожалуйста, ситуацию подробнее в личных сообщениях"),
    ),
    en=(
        ("Hi! [We're so sorry|Sorry] about this. Please DM us your order number and we'll "
         "[look into it|sort it out] 🙏"),
        ("Hello! Thanks for letting us know, we've passed this to [the restaurant manager|our "
         "quality team] and will get back to you [today|shortly]"),
        ("Hi! [Apologies for the wait|Sorry for the trouble]. [Your refund is on its way|We've "
         "started a refund], it takes 3–5 business days"),
        ("Hi there! You can find [the menu and opening hours|allergen info] in the app under "
         "\"Restaurants\" 😊"),
        "Hello! Could you DM us [a photo of the receipt|the time and location]? We'll check",
        ("Hi! We understand how frustrating that is. [We've added bonus points|We've sent a "
         "promo code] to your app account"),
        ("Hello! [We've replied in DM|Check your DMs], [please take a look|we're waiting for "
         "your reply] 🙏"),
        ("Hi! The app issue has been fixed, please [update|restart] it. [Still stuck? Message "
         "us|We're here if it persists]"),
        ("Hello! Sorry for the [delay|slow reply]. The delivery team is [on it|looking into it] "
         "and we'll update you [today|soon]"),
        ("Hi! [That shouldn't happen|That's not our standard]. We're [checking with the "
         "shift|looking into it] right now"),
        "Hi! Found items are kept at the restaurant for 30 days, just bring an ID 👍",
        ("Hello! [Yes|Sure], the deal is valid [in all restaurants|for delivery too] until the end "
         "of the month"),
    ),
)

_S_THANKS = Texts(
    ru=(
        "Спасибо, [деньги вернулись|возврат пришёл]! [Оперативно|Быстро] {e_pos}",
        "[Благодарю|Спасибо], [баллы начислили|промокод получил], [приятно|мелочь, а приятно]",
        "Ого, [ответили быстро|быстро отреагировали], [спасибо|уважение] 🙏",
        "[Спасибо|Спасибо большое], [всё решилось|вопрос закрыт] {e_pos}",
        "[Супер|Отлично], [нашлась моя зарядка|шарф нашёлся], спасибо ребятам {spot}!",
        "[Ок|Хорошо], спасибо за [ответ|разъяснение], [буду ждать|понятно]",
        "[Вот это сервис|Вот это я понимаю]! [Спасибо|Благодарю], [приду ещё|остаёмся с вами]",
        "Спасибо, [управляющий перезвонил|мне позвонили и извинились], [инцидент исчерпан|всё ок]",
        "[Пришло|Получила], спасибо. [Не ожидала так быстро|Быстрее, чем думала] {e_pos}",
        "[Благодарю за помощь|Спасибо за помощь], [всё работает|приложение ожило] 👍",
        "[Спасибо|Благодарю], [это было важно|для меня это важно], [удачи вам|хорошего дня]",
    ),
    en=(
        "Thanks, [refund came through|got the money back]! {e_pos}",
        "[Appreciate it|Thank you], points are back {e_pos}",
        "Wow, [fast reply|quick fix], thanks 🙏",
        "[All sorted|Issue solved], thanks [team|guys]",
        "Found my [charger|scarf], thank you!",
        "Manager called and apologized, [we're good|all fine now] 👍",
    ),
)

_S_STILL_BROKEN = Texts(
    ru=(
        "[Написала|Написал] в личку ещё [вчера|утром], [ответа нет|тишина] {e_neg}",
        "[Так и не вернули|До сих пор не вернули] деньги, [прошло 5 дней|неделя прошла]",
        "Промокод на 100 рублей? [Серьёзно?|Это шутка?] Заказ был на [1200|900] {e_neg}",
        "[Обновил|Переустановила] приложение — [всё так же|ничего не изменилось] {sigh}",
        "[Опять|Снова] шаблонный ответ. [Живой человек есть?|Позовите человека]",
        "[Вы уже|Вы] так [отвечали|писали] [в прошлый раз|неделю назад], [ничего не поменялось|"
         "результат тот же]",
        "[Номер заказа|Номер] [давно|уже] [отправил|скинула], [дальше что?|и что дальше?]",
        "[В личке|В чате] [тоже|опять] бот, [круг замкнулся|по кругу] {lol}",
        "[Баллы|Бонусы] так и не [появились|вернулись], [скрины есть|всё отправила]",
        "«Разберёмся» — это [когда|через сколько]? [Неделю жду|Третий день жду] {e_meh}",
        "[Ресторан|Управляющий] [так и не перезвонил|не связался], [как обещали|а обещали]",
    ),
    en=(
        "DM'd you [yesterday|this morning], no reply {e_neg}",
        "Still no refund, [it's been 5 days|a week now]",
        "A 100-ruble coupon? For a [1200|900] order? {e_neg}",
        "Reinstalled the app, [same thing|nothing changed] {sigh}",
        "Another canned reply. [Is there a human?|Can I talk to a person?]",
        "\"We'll look into it\" [when exactly?|how long?] Day [3|4] now",
    ),
)

_S_REVIEW_POS = Texts(
    ru=(
        ("Ходим в {b} {spot} [всей семьёй|с детьми] [по выходным|раз в неделю]. {good}, "
         "[персонал приветливый|кассиры вежливые], [ставлю пять|рекомендую]"),
        ("[Хороший|Отличный] фастфуд. Брали {dish} и [картошку|наггетсы], {good}. [Цены "
         "адекватные|По цене нормально]. [Придём ещё|Вернёмся]"),
        ("Заказываю доставку {b_gen} [уже год|регулярно], [ни разу не опоздали|всегда горячее]. "
         "{good}. [Спасибо курьерам|Пять звёзд]"),
        ("Не фанат фастфуда, но {b} [приятно удивил|порадовал]: {good}, {good}. "
         "[Минус звезда за парковку|Пять из пяти]"),
        ("[Чисто|Чистый зал], [быстро|быстрое обслуживание], {good}. Для [обеда|перекуса] "
         "{spot} — [лучший вариант|самое то]"),
        ("Праздновали [день рождения сына|детский праздник] в {b_pre}. Аниматор [молодец|"
         "отличный], дети [довольны|счастливы], {good}. Спасибо!"),
        ("Ресторан {spot} [работает ночью|открыт круглосуточно], это [спасение|выручает]. "
         "{good}, [не пересушено|всё свежее]"),
        ("[Пробовала|Попробовала] новый {dish} — {good}. [Теперь беру только его|Рекомендую]. "
         "Персонал [вежливый|внимательный]"),
        ("Оценка 5. [Быстро, вкусно, недорого|Вкусно и быстро]. Иногда {meh}, но в целом "
         "[всё на уровне|доволен]"),
        ("[Удобное приложение|Удобный заказ через терминал], [баллы копятся|есть скидки], {good}. "
         "[Хожу часто|Частый гость]"),
        ("Заехали по дороге {spot}. [Туалет чистый|Есть где помыть руки], {good}. "
         "[Для трассы — отлично|Для дороги идеально]"),
        ("Спасибо сотрудникам {spot}: [я забыла кошелёк|ребёнок пролил колу], [всё решили "
         "быстро|сами всё убрали и налили новую]. {good}"),
        ("Лучший {dish} из всех сетей, что [пробовал|я пробовала]. {good}. [Порции "
         "нормальные|Наедаюсь]"),
        ("[Уютно|Приятный зал], есть [розетки|вайфай], {good}. [Сижу тут с ноутбуком|Удобно "
         "подождать поезд]"),
        ("{b} — [стабильно|всегда] хорошо. {good}. Ставлю [5|пять] и [советую|рекомендую "
         "друзьям]"),
        ("Вкусный завтрак {spot}: [кофе нормальный|омлет с булочкой], [цена приятная|быстро "
         "дают]. [Зайду ещё|Понравилось]"),
        ("[Отдельное спасибо|Спасибо] за [детское меню|стульчики для малышей|пеленальный "
         "столик]. С ребёнком [удобно|комфортно], {good}"),
        ("Заказали на [офис|компанию] [12|15] бургеров — [всё привезли вовремя|ничего не "
         "перепутали], {good}. [Будем заказывать ещё|Коллеги довольны]"),
        ("[Хорошее место|Нормальное место] {spot}. {good}, {meh}, но [за эти деньги|для "
         "фастфуда] — [отлично|четыре с плюсом]"),
        ("[Второй год|Третий год] хожу в {b}, {good}. [Качество держат|Не испортились], "
         "[спасибо|так держать]"),
        ("Очень [понравились|зашли] [луковые кольца|сырные палочки] и {dish}. {good}. "
         "[Пять баллов|Вернусь]"),
        "Быстро отдали заказ, {good}, [кассир улыбчивая|всё чётко]. Рекомендую {spot}",
        ("[Акция|Предложение] «{promo}» — [выгодно|реально выгодно]. {good}, [наелись вдвоём|"
         "хватило на двоих]"),
        ("Была в {b_pre} [в {city}|проездом в {city}] — [всё как в родном городе|тот же вкус], "
         "{good}. [Стандарт держат|Молодцы]"),
    ),
    en=(
        ("We go to {b} {spot} [with the kids|as a family] [on weekends|every week]. {good}, "
         "[friendly staff|polite cashiers]. [5 stars|Recommend]"),
        ("[Good|Solid] fast food. Had the {dish} and fries, {good}. [Fair prices|Reasonable]. "
         "[Will be back|Coming back]"),
        "Ordered {b} delivery [for a year|regularly], [never late|always hot]. {good}. 5 stars",
        "Clean, fast, and {good}. For [lunch|a quick bite] {spot} it's [the best option|perfect]",
        ("Had my [son's|daughter's] birthday at {b}. The host was [great|amazing], kids "
         "[happy|loved it], {good}. Thank you!"),
        "Open [all night|24/7] {spot}, [a lifesaver|always there]. {good}",
        "Tried the new {dish}: {good}. [It's my new favorite|Recommend]. Staff [polite|attentive]",
        "5 stars. [Quick, tasty, cheap|Tasty and fast]. Sometimes {meh}, but [overall great|happy]",
        ("Road trip stop {spot}. [Clean restroom|Spotless], {good}. [Perfect for the road|Great "
         "stop]"),
        "Best {dish} of any chain I've tried. {good}. [Good portions|Filling]",
        "Stopped by {b} in {city}, [same as at home|same taste], {good}. Consistent",
        "The {promo} is [a great deal|really worth it], {good}",
    ),
)

_S_REVIEW_NEG = Texts(
    ru=(
        ("[Ужасное|Отвратительное] обслуживание {spot}. Ждали [40 минут|почти час], [заказ "
         "перепутали|принесли холодное], [извинений не было|менеджер развёл руками]. 1 звезда"),
        ("Заказывала доставку: [привезли через 1,5 часа|опоздали на час], [бургер развалился|"
         "картошка ледяная], [соуса нет|напиток пролит]. [Больше не закажу|Не рекомендую]"),
        ("Раньше ходил часто, теперь [нет|не хочется]. {meh}, [цены выросли|порции уменьшились], "
         "[в зале грязно|столы никто не протирает]. [Жаль|Испортились]"),
        ("[Нахамили|Нагрубили] на кассе {spot}. Я [попросил заменить соус|спросила про акцию], "
         "а в ответ [«читайте меню»|закатили глаза]. [Двойка|Одна звезда] за сервис"),
        ("[Отравились|Отравился], а ели только {dish}. [Всю ночь|Два дня] [плохо|мучались]. "
         "[Написала в поддержку — тишина|Жалобу отправил]. [Будьте осторожны|Не ешьте там]"),
        ("Приложение [списало деньги дважды|повисло на оплате], возврат [ждала неделю|до сих пор "
         "не пришёл]. Поддержка [отвечает шаблонами|бот]. [Ужас|Кошмар]"),
        ("{spot}: [грязные столы|липкий пол|переполненные урны], в туалете [нет бумаги|не "
         "работает сушилка]. {meh}. [Не приду|Двойка]"),
        ("Котлета [пересушена|холодная внутри], булка [чёрствая|подгоревшая], [соус кучкой|"
         "салат вялый]. За [400|450] рублей — [стыдно|грабёж]. 1 звезда"),
        ("Акция «{promo}» [не работает|не пробивается], [на кассе сказали «закончилась»|плакат "
         "висит, а скидки нет]. [Обманывают|Введение в заблуждение]"),
        ("Курьер [оставил заказ внизу|не поднялся] и [отметил «вручено»|уехал]. [Искали по "
         "двору|Нашли у мусорки]. [Компенсацию не дали|Поддержка молчит]"),
        ("Детское меню без игрушки, [сказали «закончились»|дали сломанную]. Ребёнок [в слезах|"
         "расстроился]. {meh}. [Снимаю звёзды|Двойка]"),
        ("[Ждал|Ждала] заказ на вынос [35|40] минут при пустом зале. [Сотрудники болтали|На "
         "кухне смеялись], [никто не торопился|никому нет дела]"),
        ("Меня [выгнал охранник|попросили уйти], потому что я [сидел с ноутбуком|ждала подругу] "
         "[час|40 минут]. [При этом кофе купил|Хотя я гость]. [Отвратительно|Неприятно]"),
        ("Вес не соответствует меню: {dish} [заявлен 250 г, по факту 190|легче на треть]. "
         "[Проверила на весах|Взвешивал дома]. [Обман|Вопросы к сети]"),
        ("Терминал [съел деньги|списал оплату], заказ [не пробился|на кухню не ушёл], менеджер "
         "[сказал ждать возврата|развёл руками]. [Час потерян|Больше не приду]"),
        ("В напитке [пол стакана льда|лёд до краёв], в картошке [соль комками|масло капает]. "
         "{meh}. [Разочарована|Разочарован]"),
        ("Ночью {spot} [работает только окно|касса закрыта], ждал [25|30] минут, [выдали не "
         "то|забыли половину]. [Ночная смена — ужас|Не советую ночью]"),
        ("Раньше это был [хороший|мой любимый] фастфуд. Сейчас {meh}, [персонал новый и "
         "потерянный|всё дольше], [качество упало|не то]"),
        ("[Повар|Сотрудник] собирал бургеры [без перчаток|голыми руками], [это видно с кассы|"
         "я сфотографировала]. [Антисанитария|Аппетит пропал]. 1"),
        ("Заказ на [день рождения|праздник] привезли [с опозданием на час|на полтора часа "
         "позже], половина [холодная|перепутана]. [Праздник испорчен|Спасибо, удружили]"),
        ("Соус [просроченный|с истёкшим сроком] — дата на крышке [прошлой недели|прошлого "
         "месяца]. [Показала кассиру — пожала плечами|Менеджер сказал «бывает»]"),
        ("[Шумно|Очень шумно], [музыка орёт|телевизор на полную], [поговорить невозможно|есть "
         "неприятно]. {meh}. [Тройка с минусом|Два]"),
        ("Наличку не берут, а [терминалы не работают|карта не проходит]. [Стоял с подносом|"
         "Пришлось уйти]. [Абсурд|Ну и сервис]"),
        ("Бонусы [сгорели|пропали] без предупреждения, [поддержка сказала «так в правилах»|"
         "ответ — ссылка на правила]. [Копите где-нибудь ещё|Не ведитесь на баллы]"),
        ("[Не пробовал хуже|Худший] {dish} в жизни: {meh}, [котлета как подошва|булка сырая "
         "внутри]. [Выкинул половину|Не доела]"),
        ("Цены на вокзале [выше на треть|в полтора раза выше], чем в городе, а [порции те же|"
         "качество хуже]. {meh}. [Не советую|Двойка]"),
        ("Кондиционер [не работает|сломан], в зале [жара|духота], [мухи|грязно]. [Ели на "
         "улице|Забрали с собой]. Двойка"),
        ("Три раза за месяц [перепутали заказ|забыли позиции]. [Каждый раз|Всякий раз] "
         "[извинения и промокод|«ой, простите»]. [Надоело|Хватит]"),
        ("Поддержка не отвечает [неделю|5 дней], горячая линия [не берёт трубку|сбрасывает]. "
         "[Как с вами связаться?|Вас вообще нет?]"),
        ("Зал {spot} [тесный|маленький], после ремонта [детскую комнату убрали|стало хуже], "
         "[с коляской не пройти|сесть негде]. {meh}"),
        ("[Заказала|Взяла] {dish} без [лука|соуса] — [положили двойной|всё в соусе]. "
         "[Пересобрать отказались|Сказали «так в рецепте»]. [Единица|Плохо]"),
        ("[Холодный|Остывший] кофе, [картошка вчерашняя|наггетсы сырые внутри], [девушка на "
         "кассе в телефоне|персонал занят собой]. [Ни за что не вернусь|Не рекомендую]"),
        ("Обещали [15 минут|20 минут] доставки, а везли [70|80]. [Бесплатную доставку|"
         "Компенсацию] не [дали|предложили]. {meh}"),
        ("Туалет [только по коду с чека|для гостей], [купила воду ради кода|пришлось что-то "
         "покупать]. [Мелочно|Некрасиво] для такой сети"),
        ("[Перестала|Перестал] ходить после того, как [нашла чёрную корку в картошке|в "
         "наггетсах попался хрящ]. [Фото есть|Ответа от сети нет]. 1"),
        ("Приложение после обновления [не показывает состав|не даёт убрать ингредиенты], "
         "[а у меня аллергия|а я не ем лук]. [Верните как было|Неудобно]. 2"),
        ("Сотрудники [ругаются при гостях|обсуждают гостей вслух], [неприятно стоять у "
         "кассы|слышно на весь зал]. {meh}. [Минус|Одна звезда]"),
        ("Долго, [холодно|невкусно], дорого. {b} [стал хуже|испортился] [за последний год|"
         "после подорожания]. [Ищу замену|Больше не хожу]"),
    ),
    en=(
        ("[Terrible|Awful] service {spot}. Waited [40 minutes|almost an hour], [order was "
         "wrong|food came cold], [no apology|manager shrugged]. 1 star"),
        ("Delivery took [90 minutes|an hour late], [burger fell apart|fries were ice cold], "
         "[no sauce|drink spilled]. [Won't order again|Not recommended]"),
        ("Used to come often, not anymore. {meh}, [prices up|portions down], [tables never "
         "wiped|dirty floors]. [Shame|Gone downhill]"),
        ("Cashier {spot} was [rude|dismissive] when I [asked to swap the sauce|asked about the "
         "promo]. [1 star for service|Not ok]"),
        ("Got sick after the {dish}. [All night|Two days] [in bed|miserable]. [Support "
         "ignored me|Complaint filed]. [Careful|Avoid]"),
        ("App [charged me twice|froze at payment], refund [took a week|still pending]. Support "
         "[sends templates|is a bot]. [Terrible|Awful]"),
        ("{spot}: [dirty tables|sticky floor|full bins], bathroom [out of paper|dryer broken]. "
         "{meh}. [Not coming back|2 stars]"),
        ("Patty [overcooked|cold in the middle], bun [stale|burnt], [sauce in a blob|sad "
         "lettuce]. [400|450] rubles for that? 1 star"),
        ("The \"{promo}\" [doesn't work|won't ring up], [\"it's over\" they said|poster's "
         "still up]. [Misleading|Bait and switch]"),
        ("Courier left the order [downstairs|outside] and marked it delivered. [Found it by "
         "the trash|Neighbors found it]. [No compensation|Support silent]"),
        ("Kids meal with [no toy|a broken toy], my kid [cried|was upset]. {meh}. [Minus stars|"
         "2 stars]"),
        ("Waited [35|40] minutes for takeout in an empty restaurant while [staff chatted|the "
         "kitchen joked around]"),
        ("A guard [asked me to leave|kicked me out] for [working on a laptop|waiting for a "
         "friend], [even though I bought coffee|I'm a customer]. [Gross|Unpleasant]"),
        ("Weighed my {dish}: [190g vs 250g on the menu|a third lighter than listed]. "
         "[Cheating|Questions for the chain]"),
        ("Kiosk [ate my money|charged me], order [never went through|never reached the "
         "kitchen], manager [said wait for a refund|shrugged]. [Lost an hour|Never again]"),
        ("Cup [half full of ice|ice to the brim], fries [salt clumps|dripping oil]. {meh}. "
         "Disappointed"),
        ("[Cook|Staff] assembling burgers [without gloves|bare-handed], [visible from the "
         "counter|I took a photo]. [Unsanitary|Lost my appetite]. 1"),
        ("Birthday order came [an hour|90 minutes] late, half of it [cold|wrong]. [Party "
         "ruined|Thanks for nothing]"),
        ("Expired sauce, the lid says [last week|last month]. [Cashier shrugged|Manager said "
         "\"happens\"]"),
        ("No cash accepted and the [terminals were down|card wouldn't go through]. [Stood there "
         "with a tray|Had to leave]. [Absurd|Great service]"),
        ("Points [expired|vanished] with no warning, support said [\"rules are rules\"|read the "
         "terms]. [Don't bother collecting|Not worth it]"),
        ("Worst {dish} ever: {meh}, [patty like a shoe sole|bun raw inside]. [Tossed half|"
         "Didn't finish]"),
        ("Station prices [a third higher|1.5x] than in town, [same portions|worse quality]. "
         "{meh}. 2 stars"),
        ("[No AC|Broken AC], [stuffy|flies everywhere], [ate outside|took it to go]. 2"),
        ("Wrong order {n} times this month. [Every time|Each time] [an apology and a coupon|"
         "\"oops sorry\"]. [Done|Enough]"),
        ("Support hasn't answered in [a week|5 days], hotline [doesn't pick up|hangs up]. "
         "[How do I reach you?|Do you exist?]"),
        ("Asked for no [onions|sauce], got [double|everything drenched]. [Refused to remake|"
         "\"That's the recipe\"]. 1"),
        ("Cold coffee, [yesterday's fries|nuggets raw inside], [cashier on her phone|staff "
         "busy with themselves]. [Never again|Not recommended]"),
        ("Promised [15|20] minute delivery, took [70|80]. No [free delivery|compensation] "
         "offered. {meh}"),
        ("Staff [argue in front of guests|discuss customers out loud], [awkward at the "
         "counter|the whole hall hears]. {meh}. 1 star"),
        ("Slow, [cold|bland], pricey. {b} [got worse|went downhill] [this year|after the "
         "price hike]. [Looking elsewhere|Done with it]"),
        ("Bathroom is code-only, [had to buy water for the code|had to buy something]. "
         "[Petty|Cheap move] for a chain this size"),
    ),
)

_S_REVIEW_ANSWER = Texts(
    ru=(
        ("Здравствуйте! Приносим извинения за [ваш опыт|доставленные неудобства]. Информация "
         "передана управляющему ресторана. Будем рады видеть вас снова"),
        ("Добрый день! [Спасибо за отзыв|Благодарим за обратную связь]. [Нам очень жаль|Нам "
         "жаль], что визит не оправдал ожиданий. Напишите нам в чат приложения, [разберёмся|"
         "поможем]"),
        ("Здравствуйте! [Сожалеем|Очень сожалеем] о случившемся. [Проверка уже проведена|"
         "Провели беседу с сотрудниками смены]. Надеемся на ваш повторный визит"),
        ("Здравствуйте! Ваш отзыв [очень важен для нас|поможет нам стать лучше]. [Просим "
         "прощения за задержку ответа|Извините, что отвечаем не сразу]. Свяжитесь с нами по "
         "горячей линии"),
        ("Добрый день! Нам жаль, что так получилось. [Компенсацию|Промокод] можно получить, "
         "написав номер заказа в чат поддержки"),
        ("Здравствуйте! [Благодарим, что сообщили|Спасибо, что рассказали]. [Передали в отдел "
         "качества|Ситуация взята на контроль]. Хорошего дня"),
        ("Здравствуйте! Приносим извинения. [Стандарты сервиса|Стандарты качества] едины для "
         "всех ресторанов, и [этот случай|такой опыт] — исключение. [Разбираемся|Уже выясняем]"),
        ("Добрый вечер! Спасибо за [подробный|честный] отзыв. [Управляющий свяжется с вами|"
         "Мы свяжемся с вами] по контактам из профиля"),
        ("Здравствуйте! Извините, пожалуйста. [Такого не должно было произойти|Это не то "
         "впечатление, которое мы хотим оставить]. Ждём вас снова"),
        ("Добрый день! Спасибо, что [нашли время|не промолчали]. [Ситуацию разбираем|Проводим "
         "проверку] и [примем меры|сделаем выводы]"),
    ),
    en=(
        ("Hello! We apologize for your experience. Your feedback has been passed to the "
         "restaurant manager. We hope to see you again"),
        ("Hi! Thank you for the review. [We're sorry|We regret] the visit fell short. Please "
         "message us in the app chat and we'll help"),
        ("Hello! Sorry for the late reply. [We've spoken with the shift team|We've run a "
         "check]. Hope you'll give us another chance"),
        "Hi! Please send your order number to support chat for [compensation|a promo code]",
        ("Hello! [That's not the experience we want for our guests|This shouldn't have "
         "happened]. We're looking into it"),
    ),
)

_S_REVIEW_THANKS = Texts(
    ru=(
        "Спасибо за [тёплый|добрый] отзыв! [Ждём вас снова|Приходите ещё] 😊",
        "[Благодарим|Спасибо]! Передадим [ваши слова|похвалу] команде ресторана 🙌",
        "Очень приятно! [Рады, что понравилось|Рады, что вам вкусно]. До новых встреч",
        "Спасибо, что выбираете нас! [Хорошего дня|Отличного настроения] ✨",
        "[Ваши слова|Такие отзывы] — [лучшая мотивация|лучшая награда] для команды. Спасибо!",
        "Спасибо за оценку! [Будем держать планку|Постараемся не подвести] 💪",
        "[Ура|Как здорово]! Передали [управляющему|ребятам на смене], им будет приятно",
        "Спасибо, что отметили [сотрудников|нашу команду]! [Ждём снова|До встречи] 😊",
    ),
    en=(
        "Thank you for the kind review! [See you again|Come by again soon] 😊",
        "Thanks! We'll pass your words on to the [team|crew on shift] 🙌",
        "So glad you enjoyed it! [Come back soon|Your next combo is waiting]",
        "Thank you for choosing us! [Have a great day|Enjoy your week] ✨",
    ),
)

_S_REVIEW_DISPUTE = Texts(
    ru=(
        ("Здравствуйте! Мы проверили заказ по времени и записи камер: [все позиции были "
         "собраны|заказ выдан полностью]. [Готовы обсудить в чате поддержки|Если есть чек — "
         "напишите нам]"),
        ("Добрый день! По данным системы, [заказ был доставлен за 32 минуты|курьер передал "
         "заказ лично]. Пришлите, пожалуйста, [детали|номер заказа] — [проверим ещё раз|"
         "сверим данные]"),
        ("Здравствуйте! В указанное время ресторан [работал в обычном режиме|был открыт], "
         "[жалоб от гостей не поступало|проверка нарушений не выявила]. Напишите нам, чтобы "
         "разобраться"),
        ("Здравствуйте! [Вес блюд указан до приготовления|Вес в меню указан для сырой котлеты], "
         "[после жарки он меньше|это нормально]. [Готовы ответить на вопросы|Подробности в "
         "приложении]"),
        ("Добрый день! [Сотрудники охраны действовали по правилам ТЦ|Правила зала одинаковы "
         "для всех гостей]. [Сожалеем, если это было неприятно|Готовы обсудить ситуацию]"),
    ),
    en=(
        ("Hello! We checked the order against the camera footage: [all items were packed|the "
         "order was complete]. Please message support if you have a receipt"),
        ("Hi! Our system shows the order [was delivered in 32 minutes|was handed over in "
         "person]. Send us the order number and we'll check again"),
    ),
)

_S_OFFICIAL_POST = Texts(
    ru=(
        ("Новинка недели — {dish}! [Уже во всех ресторанах|Уже в меню] {b_gen} и в доставке. "
         "Пробуйте и делитесь впечатлениями 🍔"),
        ("Акция «{promo}» [стартует в понедельник|уже работает]! Подробности — в приложении "
         "{b_gen} "
         "🔥"),
        ("[Открываемся|Мы открылись] в {city}! Первые 100 гостей получат [{dish} в подарок|"
         "картошку бесплатно]. Ждём вас 🎉"),
        ("Доброе утро! Завтраки в {b_pre} — [до 11:00|с 7 до 11], [кофе и сэндвич от 149 ₽|"
         "омлет и кофе за 199 ₽] ☕"),
        ("Конкурс! Отметьте [друга|двух друзей] в комментариях и выиграйте [год бесплатных "
         "бургеров|сертификат на 5000 ₽]. Итоги — в пятницу 🏆"),
        ("Мы обновили приложение {b_gen}: [новая корзина|заказ к столику], [быстрее оплата|"
         "история заказов]. Обновляйтесь 📲"),
        ("Внимание: [в ночь на среду|в понедельник с 2 до 5 утра] приложение будет недоступно "
         "из-за технических работ. Спасибо за понимание"),
        ("{b} [теперь и|уже] на [вокзале|в аэропорту] {city}! Заходите перекусить перед "
         "поездкой ✈️"),
        ("Вернули [луковые кольца|сырный соус]! [Вы просили — мы сделали|Вы так ждали] 🙌"),
        ("Команда {b_gen} [поздравляет всех пап|поздравляет студентов|поздравляет учителей]! "
         "[Сегодня|Всю неделю] {promo} ❤️"),
        ("Ищем [поваров|кассиров|курьеров] в команду {b_gen}! [Гибкий график|Обучение с нуля], "
         "[бесплатное питание|выплаты каждую неделю]. Анкета — по ссылке в профиле"),
        ("Как мы готовим {dish}: [котлета жарится на гриле прямо при вас|булку пекут утром], "
         "[ничего не лежит заранее|всё собирается под заказ]. Смотрите в видео 🎥"),
        ("[Лимитированный|Сезонный] бургер [с брусникой|с копчёным сыром] — только [до конца "
         "месяца|две недели]. Успейте попробовать!"),
        ("Двойные баллы [по средам|в эти выходные] за любой заказ в приложении {b_gen} ⭐"),
        ("Спасибо, что вы с нами! Сегодня {b} [исполняется 8 лет|празднует день рождения] — "
         "в каждом ресторане [подарки|сюрпризы] 🎂"),
        ("Рестораны {b_gen} [в центре|на севере города] временно работают только на вынос из-за "
         "ремонта. Скоро вернёмся обновлёнными!"),
        ("Праздник для ребёнка в {b_pre}: аниматор, [мастер-класс по сборке бургера|подарки], "
         "торт. Запись — в приложении 🎈"),
        ("Наши курьеры [теперь|с сегодняшнего дня] доставляют [до 2 ночи|круглосуточно] в "
         "{city}. Заказывайте в приложении 🛵"),
        ("Опрос: какой соус вернуть в меню? [Сырный|Барбекю|Чесночный] — голосуйте в "
         "комментариях 👇"),
        ("{b} [поддерживает|помогает] [приют для животных|детский дом] в {city}: [10 ₽ с "
         "каждого комбо|часть выручки недели] идёт на помощь 🐾"),
        ("Новое в меню: [вегетарианский бургер с котлетой из нута|ролл с лососем], [уже в "
         "ресторанах|по всей сети]. Расскажите, как вам! 🌱"),
        ("[Напоминаем|Важно]: оплатить баллами можно до [50%|30%] заказа. Баллы действуют "
         "[6 месяцев|полгода] с момента начисления"),
    ),
)

_S_EXEC_POST = Texts(
    ru=(
        ("Сегодня весь день провёл в ресторанах [в {city}|на севере города]: [стоял на кассе|"
         "собирал бургеры на кухне], [учусь у ребят|лучший способ понять, что у нас "
         "происходит]"),
        ("[Утро понедельника|Понедельник]. [Планёрка с управляющими|Разбор недели с "
         "командой], [кофе|много кофе] и [цифры|таблицы]. Хорошей всем недели"),
        ("Пробежал [полумарафон|21 км] [в {city}|на выходных]. [Время так себе|Не рекорд], "
         "но [доволен|добежал]. Кто ещё бегает?"),
        ("Съездил к поставщику говядины [в Брянскую область|под Воронеж]: [фермы|производство], "
         "[контроль качества|лаборатория]. [Много вопросов задал|Остался доволен]"),
        ("Часто спрашивают, как начинался {b}. [Одна точка, 12 квадратных метров|Маленький "
         "киоск у вокзала] и [я на гриле|двое друзей]. [Было страшно|Много ошибок]"),
        ("[Читаю|Дочитал] «[Хорошо быть тихоней|Дело не в тебе|Бизнес с нуля]». [Советую|"
         "Рекомендую], особенно [тем, кто руководит людьми|молодым управляющим]"),
        ("[Сегодня открыли|Открыли] [47-й|52-й|новый] ресторан. [Спасибо команде|Команда "
         "стройки — огонь], [успели за 6 недель|в срок] 🙌"),
        ("Дочка [пошла в первый класс|выиграла олимпиаду|научилась кататься на велосипеде]. "
         "[Горжусь|Папа счастлив] ❤️"),
        ("[Выступал|Выступлю] на [конференции по ресторанному бизнесу|форуме франчайзи] с "
         "докладом [про сервис|о найме|про автоматизацию]. [Слайды выложу|Спасибо организаторам]"),
        ("Лучший отзыв недели: «[кассир улыбнулась, и день стал лучше|курьер помог донести "
         "сумки]». Вот ради этого мы [работаем|всё это делаем]"),
        ("[Отвечаю на вопрос|Меня спросили], почему у нас [нет доставки в области|нет "
         "кетчупа в пакетиках]. [Коротко|Честный ответ]: [логистика|экология и стоимость]"),
        ("[Провёл|Провели] день открытых дверей для студентов: [показали кухню|рассказали про "
         "карьеру]. [Трое уже прислали резюме|Пришло 40 человек] 👍"),
        ("[Выходные|Воскресенье] без телефона. [Дача|Рыбалка|Лес] и [семья|тишина]. "
         "[Рекомендую|Всем советую]"),
        ("Цифра дня: [92%|87%] заказов в наших ресторанах выдаются быстрее [5|7] минут. "
         "[Есть куда расти|Работаем дальше]"),
        ("Тестировали [новый соус|новую булку] [всей командой|с шефом]. [Пять вариантов, "
         "ни один не прошёл|Кажется, нашли]. Скоро расскажу"),
        ("[Поздравляю|Поздравляем] [Анну из ресторана на площади|Диму из {city}] — [лучший "
         "управляющий года|10 лет в компании]! 🎉"),
        ("Мысль [дня|на вечер]: [сервис — это не улыбка, а процесс|скорость важнее "
         "рекламы|хорошая команда решает 80% проблем]"),
        ("Ездили [командой|с управляющими] на [сплав|турбазу] на выходные. [Отличные люди|"
         "Классно провели время], [спасибо всем|повторим]"),
        ("[Интервью|Подкаст] [вышло|вышел] — говорили о [франшизе|росте цен на продукты|"
         "поиске людей]. Ссылка [в комментариях|ниже]"),
        ("[Съел|Попробовал] [сегодня|на обед] [наш новый|будущий] {dish}. [Субъективно: "
         "лучший за год|Пока секрет, но это будет хит]"),
        ("[Зашёл|Заехал] в наш ресторан {spot} [инкогнито|без предупреждения]: [всё чисто, "
         "отдали за 4 минуты|есть что поправить]. [Спасибо смене|Разберём на планёрке]"),
        ("Благодарю [поставщиков|партнёров] за [год|сложный год]. [Цены росли, мы "
         "держались|Вместе справились]"),
        ("Сын спрашивает, почему папа [всё время ест бургеры|пахнет картошкой] {lol}"),
    ),
)

_S_INFLUENCER_POS = Texts(
    ru=(
        ("[Провёл|Устроил] слепой тест [пяти|шести] сетевых бургерных. [Победил|Первое место "
         "занял] {b}: {good}. Полное видео [на канале|по ссылке]"),
        ("Обзор нового {dish} из {b_gen}: {good}, {meh}. [Итог — 8 из 10|Моя оценка 8,5]. "
         "[Смотрите выпуск|Видео уже вышло]"),
        ("Сегодня ели [весь день|сутки] только {b} — [челлендж|эксперимент] удался. {good} "
         "{lol}"),
        ("Путешествую по России, и {b} [стал моей палочкой-выручалочкой|выручает в каждом "
         "городе]: {good}"),
        ("Если вы в {city} и [голодны|хотите быстро поесть], {b} {spot} — [мой выбор|"
         "проверено]. {good} {e_pos}"),
        ("Сравнил цены и вес в фастфуде. [По соотношению цена/качество|По граммам на рубль] "
         "[{b} в лидерах|{b} на первом месте]. Таблица [в посте|в статье]"),
        ("[Неожиданно|Честно], но {dish} в {b_pre} — один из лучших в стране. {good}"),
        ("Заказали {b} на [весь стрим|съёмочную группу], [все довольны|все наелись]. {good}"),
    ),
    en=(
        ("Blind-tested [five|six] Russian burger chains. [Winner|Top spot]: {b}. {good}. "
         "Full video [on my channel|linked]"),
        "Reviewing the new {dish} from {b}: {good}, {meh}. [8/10|8.5/10]",
        "Traveling across Russia and {b} keeps [saving me|being the safe bet]: {good}",
        ("If you're in {city} and hungry, {b} {spot} is [my pick|tried and true]. {good} "
         "{e_pos}"),
        "Ate only {b} for [a day|24 hours] for a video. {good} {lol}",
    ),
)

_S_INFLUENCER_NEG = Texts(
    ru=(
        ("Взвесил {dish} из {b_gen} [в пяти ресторанах|в трёх городах]: [до 60 г меньше "
         "заявленного|разброс в треть]. Видео [на канале|уже вышло]"),
        ("[Проверили|Проверил] чистоту [пяти|трёх] ресторанов {b_gen}. [Два из пяти|Один] — "
         "[грязно|провал]. Подробности в выпуске"),
        ("{b} [снова поднял цены|поднял цены в третий раз за год], а {meh}. [Разбираю|"
         "Считаю] в новом видео"),
        ("[Заказывал|Заказала] доставку {b_gen} [три дня подряд|пять раз]: [каждый раз "
         "опоздание|дважды ошибка в заказе]. [Итоги в ролике|Видео ниже]"),
    ),
    en=(
        ("Weighed the {dish} from {b} at [five|three] locations: [up to 60g under|a third "
         "lighter than listed]. Video up"),
        "{b} raised prices [again|for the third time this year] and {meh}. Breaking it down",
        ("Ordered {b} delivery [3 days straight|5 times]: [late every time|two wrong "
         "orders]. Results in the video"),
    ),
)

_S_DECOY = Texts(
    ru=(
        ("[Приготовил|Сделал] дома сочный бургер: [фарш 20% жирности|говядина с салом], "
         "[булка бриошь|своя булка], [лук карамелизированный|маринованный лук] {e_pos}"),
        ("Рецепт [выходного дня|на субботу]: сочный бургер на гриле — [котлету не мять|"
         "котлету не давить лопаткой], [соль в конце|солить только сверху]"),
        ("Секрет, как получить сочный бургер дома: [кубик льда в центр котлеты|сливочное "
         "масло в фарш|не переворачивать больше одного раза] 👨‍🍳"),
        ("Муж на даче [пожарил|сделал] сочный бургер на углях, [теперь только так|это любовь] "
         "{e_pos}"),
        ("[Ребёнок|Сын] [нарисовал|слепил из пластилина] сочный бургер [на конкурс|для "
         "школы], [заняли второе место|учительница в восторге] {lol}"),
        ("[В нашей кофейне|В столовой у работы] появился сочный бургер [с говядиной|с "
         "котлетой из индейки], [пробовали?|надо брать]"),
        ("Сочный бургер за [15|20] минут: [рецепт для ленивых|быстрый ужин] в [карусели|"
         "видео] 👇"),
        ("[Фуд-фотограф|Фотограф] объясняет, как снять сочный бургер: [свет сбоку|глицерин "
         "на салат|зубочистки внутри] 📸"),
        ("На фестивале уличной еды [в {city}|у набережной] взяла сочный бургер с [уткой|крабом] — "
         "{e_pos}"),
        ("[Скетч|Рисунок] дня: сочный бургер акварелью. [Учусь рисовать еду|Как вам?] "
         "{e_pos}"),
        ("Тренер разрешил один читмил, и это будет сочный бургер [с двойным сыром|и картошка]. "
         "[Неделю ждал|Заслужил] {lol}"),
        ("В меню [грузинского кафе|нашей шашлычной] написано «сочный бургер», а приносят "
         "[хачапури|что-то с бараниной] — [оригинально|бывает] {lol}"),
        ("[Пятничная|Субботняя] готовка: сочный бургер с [грибами и сыром|беконом и "
         "яйцом], [все довольны|дети в восторге]"),
        ("Вегетарианский сочный бургер? [Да|Легко]: [котлета из нута|свекла и фасоль], "
         "[рецепт ниже|пишу рецепт в комментариях] 🌱"),
        ("Как сделать, чтобы сочный бургер не развалился: [подсушите булку|соус только "
         "снизу|лист салата как барьер]"),
        ("Учимся [в колледже|на курсах повара] готовить сочный бургер: [котлету формуем "
         "руками|жарим на чугуне]. [Получилось!|Оценка 5]"),
        ("[Моя бабушка|Мама] в [70|75] лет впервые приготовила сочный бургер по моему "
         "рецепту. [Лучше, чем в ресторане|Вкуснее, чем у меня] {lol}"),
        ("[Нейросеть|ИИ] нарисовала «сочный бургер в стиле Ван Гога», и [я хочу это на "
         "стену|это прекрасно] {lol}"),
        ("[Кукольная кухня|Миниатюра] из полимерной глины: сочный бургер размером с "
         "[ноготь|монету] 🤏"),
        ("Челлендж: сочный бургер [без мяса|без булки|за 100 рублей]. [Принимаю вызов|Кто со "
         "мной?]"),
        ("[Доклад|Курсовая] по маркетингу: почему на рекламе сочный бургер выглядит [идеально|"
         "не как в жизни] — [лак, клей и картон|фуд-стилисты]"),
        ("[Котлета рубленая, не фарш|Рубленое мясо вместо фарша] — и сочный бургер гарантирован. "
         "[Проверено|Совет от шефа]"),
        ("Наш повар в [кафе у дома|пекарне] делает сочный бургер по пятницам, [очередь с "
         "утра|разбирают за час]"),
        ("[Сняли|Снимаем] рекламу для [пекарни|кафе]: сочный бургер [в замедленной съёмке|"
         "на чёрном фоне]. [Кадры огонь|Кадр дня]"),
        ("Сочный бургер на завтрак после бессонной ночи — [лучший|единственный] способ "
         "выжить {lol}"),
        ("[Аэрогриль|Гриль-сковорода] — и сочный бургер [без масла|за 12 минут]. "
         "[Рекомендую|Советую попробовать]"),
        ("Бармен [в нашем баре|на районе] подаёт сочный бургер к [пиву|сидру], [вкусно|"
         "хорошо зашло]"),
        ("Детям на праздник сделали [мини-бургеры|слайдеры], а взрослым — сочный бургер "
         "[на гриле|с беконом]. [Все сыты|Праздник удался]"),
        ("[Мой|Наш] пёс [стащил со стола|сцапал] сочный бургер, пока я [наливал чай|"
         "отвернулась]. [Доволен|Счастлив] {lol}"),
        ("Ставлю лайк [каждому|любому] посту, где есть сочный бургер. [Слабость|Ничего не "
         "могу с собой поделать] {e_pos}"),
    ),
    en=(
        ("My Russian tutor taught me «сочный бургер» today, it means juicy burger, and "
         "[now I'm hungry|I will use it constantly] {lol}"),
        ("Menu at a tiny café in {city} just says «сочный бургер», [and it delivered|honest "
         "advertising] {e_pos}"),
        ("Learning Russian food words: котлета, булочка, «сочный бургер». [Priorities|"
         "Essentials] {lol}"),
        "Made a сочный бургер (juicy burger, as my wife says) on the grill tonight {e_pos}",
        ("Street food fest in {city}: every stall had a \"сочный бургер\" sign, "
         "[picked the duck one|went with crab] {e_pos}"),
    ),
)

_S_DECOY_NEG = Texts(
    ru=(
        ("[Заказал|Взял] в [кафе у вокзала|баре на районе] «сочный бургер» — [сухой, как "
         "подошва|котлета из картона]. [Название обязывает|Ну-ну] {e_neg}"),
        ("Диетологи: сочный бургер на ночь — [+800 калорий|минус сон]. [Ладно, понял|"
         "Спасибо, не надо] {sigh}"),
        ("Пыталась приготовить сочный бургер дома, [а вышла котлета-уголь|а всё развалилось], "
         "[дым на всю квартиру|дети смеются] {lol}"),
        ("В [столовой|ларьке у остановки] за 390 рублей «сочный бургер»: [булка сырая|мясо "
         "серое]. [Верните деньги|Не берите] {e_neg}"),
        ("[Кардиолог|Врач] сказал забыть про сочный бургер [на полгода|до лета]. [Эх|"
         "Грустно] {sigh}"),
    ),
    en=(
        ("Ordered a «сочный бургер» at a station café and it was [dry as a shoe|cardboard]. "
         "[So much for juicy|Lies] {e_neg}"),
        "Tried to make a сочный бургер at home, [set off the smoke alarm|burned it to coal] {lol}",
    ),
)

SOCHNY = BrandTexts(
    vocab=_S_VOCAB,
    positive=_S_POSITIVE,
    neutral=_S_NEUTRAL,
    negative=_S_NEGATIVE,
    question=_S_QUESTION,
    complaint=_S_COMPLAINT,
    comment=_S_COMMENT,
    reply=_S_REPLY,
    answer=_S_ANSWER,
    thanks=_S_THANKS,
    still_broken=_S_STILL_BROKEN,
    review_pos=_S_REVIEW_POS,
    review_neg=_S_REVIEW_NEG,
    review_answer=_S_REVIEW_ANSWER,
    review_thanks=_S_REVIEW_THANKS,
    review_dispute=_S_REVIEW_DISPUTE,
    official_post=_S_OFFICIAL_POST,
    exec_post=_S_EXEC_POST,
    influencer_pos=_S_INFLUENCER_POS,
    influencer_neg=_S_INFLUENCER_NEG,
    decoy=_S_DECOY,
    decoy_neg=_S_DECOY_NEG,
)

# ------------------------------------------------------------------------------ «Полюшко»
_P_VOCAB = Vocab(
    ru={
        "dish_home": ("гречку с белыми грибами из морозилки",
                      "гречку по-купечески со свиной шейкой", "гречку с тушёнкой как в походе",
                      "гречневую кашу на топлёном молоке", "гречку с куриной печёнкой",
                      "гречаники с подливой", "гречку с запечёнными овощами",
                      "гречку с курицей в глиняном горшке", "гречневые оладушки на простокваше",
                      "кашу с маслом и жареным яйцом"),
        "good": ("варится минут за пятнадцать, не больше", "рассыпчатая, ни комочка не слиплось",
                 "ни одного камушка за пачку", "чистая, перебирать вообще не надо",
                 "пахнет жареным орехом", "вкус как у бабули летом в детстве",
                 "каждое зёрнышко само по себе", "не разваривается в кашу даже в мультиварке",
                 "никакой горечи нет", "зерно ровное, крупное"),
        "meh": ("пачка незаметно стала меньше", "иногда попадается шелуха, приходится промывать",
                "последняя пачка чуть горчит", "цена за пачку кусается",
                "пакетики для варки рвутся", "зёрна в этот раз мелковаты",
                "варится дольше, чем написано на пачке", "упаковка неудобная, не закрывается"),
        "grain": ("продел", "хлопья из гречки", "гречневый чай", "продел «Быстрый»",
                  "набор круп «Алтай»", "гречневые макароны"),
        "shop": ("в Пятёрочке на углу", "в «Магните» возле трамвайного кольца",
                 "на Озоне со скидкой по Premium", "в гипермаркете «Лента» за кольцевой развязкой",
                 "во ВкусВилле у работы", "в Перекрёстке возле дома",
                 "на Вайлдберриз с доставкой в пункт", "в Ашане на Дмитровке",
                 "в сельмаге у станции", "в Светофоре за рынком", "в Самокате ночью",
                 "в Ярче у общаги"),
        "found_item": ("мелкий камешек размером с горошину в крупе",
                       "живую моль в запечатанной пачке", "кусок бечёвки в гречке",
                       "дохлого жучка в пакетике для варки"),
        "found_short": ("камешек", "моль", "бечёвка", "жучок"),
        "ignored_issue": ("в новых пачках гречка горчит и пахнет сыростью",
                          "вес пачки на восемьдесят граммов меньше заявленного",
                          "код с акционной пачки не принимается на сайте уже неделю"),
        "gaffe_topic": ("тех, кто покупает крупу только по акции",
                        "людей, которые варят гречку в пакетиках",
                        "тех, кто жалуется на цену за килограмм"),
        "fake_claim": ("гречку для них везут из Китая и перефасовывают под видом алтайской",
                       "в крупу добавляют пестициды, запрещённые с прошлого года",
                       "все пачки мартовской партии отзывают из-за плесени"),
    },
    en={
        "dish_home": ("buckwheat with forest mushrooms and smetana",
                      "buckwheat kupecheski with pork neck", "campfire buckwheat with stewed beef",
                      "buckwheat porridge with baked milk",
                      "buckwheat with fried chicken livers and onion",
                      "buckwheat fritters with gravy", "buckwheat with roasted veggies",
                      "buckwheat with chicken in a clay pot", "buckwheat pancakes on kefir"),
        "good": ("it cooks in about fifteen minutes", "it stays fluffy, grains don't clump",
                 "not a single pebble in the whole pack", "it's clean, no sorting needed",
                 "it smells like toasted nuts", "it tastes like my grandma's village kasha",
                 "every grain stays whole, no mush", "no bitter aftertaste at all",
                 "the grains are big and even"),
        "meh": ("the pack quietly got smaller", "sometimes there's husk, so I rinse it",
                "this batch is a little bitter", "the price per pack stings",
                "the boil bags tear open", "the grains are on the small side",
                "it takes longer than the label says", "the pack won't reseal"),
        "grain": ("cracked buckwheat", "flaked buckwheat", "buckwheat tea", "quick-cook groats",
                  "Altai grain set", "buckwheat pasta"),
        "shop": ("at the corner Pyaterochka", "at Magnit by the bus stop",
                 "on Ozon with a subscription", "at the Lenta out of town",
                 "at the VkusVill by work", "at the Perekrestok near home",
                 "on Wildberries to a pickup point", "at Auchan on Dmitrovka",
                 "at the village shop near our dacha", "via Samokat late at night"),
        "found_item": ("a pebble the size of a pea in the groats", "a live moth in a sealed pack",
                       "a piece of string in the buckwheat", "a dead beetle in a boil bag"),
        "found_short": ("pebble", "moth", "string", "beetle"),
        "ignored_issue": ("the new packs taste bitter and smell damp",
                          "the packs weigh eighty grams less than the label says",
                          "the promo code from the pack has been rejected on the site for a week"),
        "gaffe_topic": ("people who only buy groats on sale", "people who cook buckwheat in bags",
                        "people who complain about the price per kilo"),
        "fake_claim": ("their buckwheat is shipped from China and repacked as Altai grain",
                       "they add pesticides to the groats that were banned last year",
                       "every pack from the March batch is being recalled for mould"),
    },
)

_P_POSITIVE = Texts(
    ru=(
        "Взяла {b} {shop} [на пробу|], и [правда|в самом деле] {good} {e_pos}",
        ("Перепробовала кучу гречки, [остановилась|осталась] на {b}: {good}, {good}. "
         "[Больше не ищу|Вопрос закрыт]"),
        "Сварила {dish_home} из {b}, [муж попросил добавки|дети съели всё] {e_pos}",
        ("{grain} от {b} — [лучшее, что я покупала из круп|прям находка]. {good}"),
        "Гречка {b}: {good}. [Мелочь, а приятно|Вот что значит нормальная крупа] {e_pos}",
        ("Наконец-то гречка, которую не надо перебирать. {b}, [спасибо|респект], "
         "[бабушка одобрила|мама в шоке] {lol}"),
        ("[Утро|Завтрак] начинается с {b}: [каша на молоке|гречка с маслом], {good} ☕"),
        ("Кто ещё [любит|уважает] {b}? У нас [дома всегда пара пачек|это база на полке]. "
         "{good}"),
        ("Перешли на {b} [год назад|этой зимой] и [не жалеем|ни разу не пожалели]: {good}"),
        ("Брала {b} [по акции|на пробу] {shop}, теперь [беру всегда|только её]. {good} {e_pos}"),
        ("[ПП-шники|Спортсмены], советую {b}: {good}, [и белка нормально|и по цене ок] 💪"),
        ("Открыла пачку {b} — [запах как в детстве в деревне|пахнет орехами], {good}"),
        ("Гречка в пакетиках от {b} [спасает|выручает] [на работе|в общаге|в командировках]: "
         "{good} {e_pos}"),
        ("[Зелёную|Пророщенную] гречку от {b} [пробовали?|советую]: {good}, [в салат "
         "огонь|на завтрак самое то]"),
        "Свекровь [придирчивая|строгая] до круп, но {b} [одобрила|похвалила] {lol} {good}",
        ("Испекла гречневые блины на муке {b} — [получились с первого раза|тонкие, не "
         "рвутся] {e_pos}"),
        ("[Спасибо|Благодарю] {b} за [нормальную|честную] гречку: {good}, [без сюрпризов|"
         "без мусора]"),
        "Ребёнок, который [не ест каши|ненавидит кашу], съел {dish_home} из {b}. Чудо {lol}",
        ("[Упаковка|Пачка] у {b} [с зиплоком|закрывается], [это прям удобно|мелочь, а "
         "удобно], {good}"),
        ("Выбирала гречку в поход — {b} [не подвела|лучшая]: {good}, [на костре за 15 "
         "минут|на горелке без проблем] 🏕️"),
        ("Алтайская гречка от {b} — [реально другая|чувствуется разница]. {good} {e_pos}"),
        ("[Рекомендую|Советую] {b} всем, кто [на правильном питании|худеет|просто любит "
         "гречку]. {good}"),
        ("[Мама|Бабушка] прислала мне {b} [посылкой|с проводником], потому что [здесь такой "
         "нет|в {city} не найти] ❤️"),
        ("Пост-обзор круп: [1 место|победитель] — {b}. {good}, {good}. [Остальные мимо|"
         "Остальным далеко]"),
        ("Сделала {dish_home} на [всю семью|праздник], {b} [не разварилась|держит форму], "
         "[гости спрашивали, какая гречка|всё съели] {e_pos}"),
        "Лучшая гречка {shop} — {b}, [без вариантов|это факт]. {good}",
        ("[Не ожидала|Не думала], что гречка бывает настолько вкусной. {b}, "
         "[вы волшебники|спасибо]"),
        ("{b} [теперь|уже] и {shop}! [Наконец-то|Ура], [не надо ехать через весь город|"
         "больше не ищу] {e_pos}"),
        "[Каша|Гречка] {b} на завтрак — и [до обеда сыта|энергия на полдня]. {good}",
        ("[Купил|Попробовал] продел от {b} для [детского|быстрого] пюре — {good}, "
         "[малыш доволен|супер]"),
        ("[Залила|Запарила] {b} кипятком на ночь в термосе — утром {good}. [Лайфхак|"
         "Советую]"),
        ("Приятно, что {b} — [семейное производство|российская марка с Алтая], а "
         "[качество|крупа] — {good}"),
    ),
    en=(
        "Picked up {b} {shop} [on a whim|to try]: {good} {e_pos}",
        "Tried a bunch of buckwheat brands and {b} is [the one|the keeper]: {good}",
        ("Made {dish_home} with {b} tonight, [my husband wanted seconds|the kids finished it] "
         "{e_pos}"),
        "The {grain} from {b} is [a find|legit the best]. {good}",
        "Finally buckwheat I don't have to sort. {b}, [thank you|respect] {lol}",
        "Breakfast with {b}: [porridge with milk|buckwheat with butter], {good} ☕",
        "Switched to {b} [a year ago|last winter], [no regrets|never looked back]: {good}",
        "Grabbed {b} on sale {shop}, now I buy it [every time|exclusively]. {good}",
        "Gym people, try {b}: {good}, [decent protein|good value] 💪",
        "Opened a pack of {b} and [it smells like my childhood|it smells nutty]. {good}",
        "The boil-in-bag {b} [saves me|is a lifesaver] at [work|the dorm]: {good} {e_pos}",
        "Green buckwheat from {b}: {good}, [great in salads|perfect breakfast]",
        "Even my picky [mother-in-law|grandma] approved of {b} {lol}",
        "Buckwheat pancakes with {b} flour [came out perfect|worked first try] {e_pos}",
        ("Kid who hates porridge ate {dish_home} made with {b}. [A miracle|Witnessed a miracle] "
         "{lol}"),
        "Camping tip: {b} cooks fast on a [stove|burner] and {good} 🏕️",
        ("Moved abroad and my mom [mails me|sends me] {b} because [I can't find it here|nothing "
         "compares] ❤️"),
        "Buckwheat ranking: [#1|winner] is {b}. {good}",
        "Living in {city}, and {b} is [always in my pantry|my staple]. {good}",
        "Didn't know buckwheat could taste this good. {b}, [you're wizards|thanks]",
        "Overnight {b} in a thermos, in the morning {good}. [Hack|Try it]",
        "Love that {b} is a [family business|small Altai brand] and {good}",
        ("Cooked {b} for a [dinner party|big family lunch], it [held its shape|didn't go mushy] "
         "{e_pos}"),
        "{b} is finally {shop}! [No more hunting for it|Yay] {e_pos}",
        "Best buckwheat {shop}? {b}, [no contest|easily]. {good}",
        "Meal prep [Sunday|day]: {dish_home} with {b}, {good} 💪",
    ),
    mixed=(
        "{b} — [my go-to|мой must have] гречка, {good} {e_pos}",
        "Meal prep на [неделю|пять дней]: {dish_home} из {b}, {good}",
        "Healthy breakfast с {b}, [no cap|честно] вкусно",
        "{b} {shop} — [best choice|лучший выбор], {good}",
        "Мой comfort food — [готовить|есть] {dish_home} из {b} ❤️",
        "Гречка {b} — [top quality|реально quality], {good}",
    ),
)

_P_NEUTRAL = Texts(
    ru=(
        "Кто-нибудь брал {grain} от {b}? [Как вам?|Стоит пробовать?]",
        "Видела {b} {shop}, [цена 119|по 129|за 139] за пачку. [Для справки|Если кому надо]",
        "{b} или [обычная гречка|гречка без бренда]? [Есть разница?|Кто сравнивал?]",
        ("Сколько варить {b} в пакетиках? На пачке [15 минут|20 минут], [у меня дольше|"
         "а у вас?]"),
        "На ужин {dish_home}. Гречка {b}, [ничего особенного|обычная], {e_meh}",
        ("{b} [появилась|появилось] {shop}. [Раньше не видела|Новинка?] "
         "[Возьму попробовать|Посмотрим]"),
        ("Пишут, что {b} [расширяет производство|строит новый цех] на Алтае. "
         "[Интересно|Ну ок]"),
        ("{b}: {meh}, но {good}. [В целом нормально|Брать можно] {e_meh}"),
        ("[Вопрос знатокам|Вопрос]: {b} [моют перед фасовкой|обжаривают]? [На пачке не "
         "нашла|Не написано]"),
        ("[Закупилась|Закупился] на месяц: [три пачки|пять пачек] {b}, [рис|макароны] и "
         "[овсянка|чечевица]. [Готовы к зиме|Запасы] {lol}"),
        "Муж перепутал и купил {grain} {b} вместо ядрицы. [Ну, попробуем|Будем экспериментировать]",
        "{b} [подорожала|подорожало] {shop} на [10|15] рублей. [Всё дорожает|Ну такое] {e_meh}",
        ("Сравнила {b} и [гречку из Ашана|собственную марку магазина]: [по вкусу одинаково|"
         "{b} крупнее|разница в цене 40 рублей]"),
        ("На вечер [готовлю|варю] {dish_home}: гречка {b}, [лук|морковь], "
         "[сливки|соевый соус]"),
        "Кто знает, {b} [где производят|с какого года на рынке]? Для [курсовой|статьи]",
        "[Взяла|Беру] {b} [для мамы|маме], она [просила именно её|другую не ест]",
        "{b} в [новой упаковке|обновлённой пачке]? [Видела вчера|Заметила {shop}]",
        "Гречка {b} или [булгур|киноа] на гарнир? [Голосуем|Не могу решить] {e_meh}",
        ("У {b} [вышла|появилась] гречневая [лапша|соба]. [Кто пробовал?|Интересно, как "
         "по вкусу]"),
        ("[Разбираю|Перебираю] шкаф с крупами: {b} [с прошлой осени|с весны] [ещё живая|"
         "целая]. [Норм|Срок ок]"),
        ("{b} на [выставке|ярмарке] в {city}, [раздают пробники|дегустация каши]. [Зайду|"
         "Сходим?]"),
        ("По составу {b} [просто гречка|одна крупа и всё], [как и должно быть|без "
         "добавок]. [Ок|Принято]"),
        ("[Брат|Сосед] работает [на складе|в логистике] {b}, говорит, [заказов много|всё "
         "отгружают]"),
        ("Пачка {b} [900 г|800 г], [хватает на неделю|на 5–6 ужинов]. [Считаю расходы|"
         "Для бюджета]"),
        "Заказала {b} {shop}, [привезут завтра|доставка в четверг]",
        ("В {b} [кто-то находил|встречаются] чёрные зёрна? [Это нормально?|Что это?] "
         "{e_meh}"),
        "Сегодня [гречневый день|день гречки]: на обед {dish_home}, крупа {b}",
        ("Положила {b} в [посылку|продуктовый набор] [бабушке|волонтёрам], [пусть будет|"
         "вдруг пригодится]"),
        ("Реклама {b} [в метро|на остановке] — [поле, комбайн, закат|бабушка с кашей]. "
         "[Мило|Ну ок] {e_meh}"),
        ("{b} [спонсирует|поддерживает] [сельскую школу|фестиваль] на Алтае, [видела "
         "пост|пишут в новостях]"),
        ("[Есть ли|А есть ли] у {b} [безглютеновая маркировка|сертификат органик]? Спрашиваю для "
         "себя"),
        "В {city} {b} [продают|найти можно] только {shop}. [Ладно|Ну хоть так]",
        ("Купила {grain} {b} [для эксперимента|попробовать], [вечером сварю|завтра "
         "расскажу]"),
    ),
    en=(
        "Anyone tried the {grain} from {b}? [Worth it?|Thoughts?]",
        "Saw {b} {shop}, [119|129|139] rubles a pack. [FYI|For reference]",
        "{b} or [no-name buckwheat|store brand]? [Any difference?|Anyone compared?]",
        ("How long do you cook {b} boil bags? The pack says [15|20] minutes, [mine takes "
         "longer|yours?]"),
        "Dinner: {dish_home}. {b} buckwheat, [nothing special|regular], {e_meh}",
        "{b} showed up {shop}. [New?|Haven't seen it before]",
        "Reading that {b} is [expanding|building a new plant] in Altai. [Interesting|Ok]",
        "{b}: {meh}, but {good}. [Fine overall|It's alright] {e_meh}",
        "Do they wash {b} before packing? [Not on the label|Couldn't find it]",
        "Monthly stock-up: [three|five] packs of {b}, rice and oats {lol}",
        "{b} went up [10|15] rubles {shop}. [Everything does|Oh well] {e_meh}",
        "Compared {b} with a store brand: [same taste|{b} grains are bigger|40 rubles difference]",
        "Who makes {b} and since when? For [a paper|an article]",
        "New {b} packaging? [Saw it|Just spotted it] {shop}",
        "{b} or [bulgur|quinoa] for a side? {e_meh}",
        "{b} launched buckwheat [noodles|soba]. Has anyone tried them?",
        "A {b} pack is 900g, lasts us [a week|5-6 dinners]. [Budgeting|Just tracking]",
        "Ordered {b} {shop}, arriving [tomorrow|Thursday]",
        "Black grains in {b} — [normal?|what are they?] {e_meh}",
        "Buckwheat day: {dish_home} for [lunch|dinner], {b} groats",
        "In {city} you can only find {b} {shop}. [Fine|At least there]",
        "Does {b} have [gluten-free labeling|organic certification]? Asking for myself",
        "Expat question: is {b} the [Russian Quaker|standard brand] for buckwheat? Seems popular",
        "Bought {b} {grain} [to experiment|to try], will report back",
    ),
    mixed=(
        "Кто пробовал {grain} от {b}? [Worth it?|Стоит?]",
        "{b} {shop} по [129|139], [just FYI|для инфы]",
        "Meal prep: гречка {b} и [курица|овощи], [nothing special|ничего особенного]",
        "{b} или [quinoa|булгур] — [tough choice|сложно] {e_meh}",
        "Новая упаковка у {b}, [looks nice|выглядит норм]",
    ),
)

_P_NEGATIVE = Texts(
    ru=(
        ("Купила {b} {shop}, [а там|в пачке] [камешки|шелуха|чёрные зёрна]. [Перебирала "
         "полчаса|Пришлось перебирать]. [Раньше такого не было|Что случилось?] {e_neg}"),
        ("{b} [подорожала|стоит уже 159], а пачка [900 → 800 г|стала на 100 г легче]. "
         "[Хитро|Шринкфляция] {e_neg}"),
        ("[Последняя|Новая] пачка {b} [горчит|отдаёт затхлым]. {meh}. [Выкинула|Не "
         "доела] {e_neg}"),
        ("Пакетики для варки {b} [рвутся|лопаются] [через пять минут|в кастрюле], вся "
         "гречка [в воде|по кастрюле]. [Зачем тогда пакетики|Спасибо] {sigh}"),
        ("{b} [испортилась|испортилось] за последний год: {meh}, [варится дольше|разваривается "
         "в кашу]. [Перехожу на другую|Ищу замену]"),
        ("Открыла {b} — [запах сырости|пахнет подвалом]. [Срок нормальный|Дата свежая], "
         "а [крупа такая|пахнет так]. {e_neg}"),
        ("Ну и {b}: [в пачке мука и пыль|полпачки сечки], [это же не ядрица|где целые "
         "зёрна?]"),
        ("{b} в [новой упаковке|мягкой пачке] [рвётся в сумке|не закрывается], "
         "[гречка по всей сумке|рассыпала на кухне] {e_neg}"),
        ("Заказала {b} {shop}, [привезли с порванной пачкой|пачка была вскрыта]. "
         "[Возврат не оформить|Продавец кивает на производителя]"),
        ("Сварила {b} как написано — [сырая|твёрдая] [через 20 минут|спустя полчаса]. "
         "[Что не так?|Время варки на пачке неправда] {e_meh}"),
        ("Раньше брала только {b}, но [последние пачки|с весны] {meh}. [Жаль|Грустно], "
         "[была любимая|уходим]"),
        "Цена {b} {shop} [159|169], а рядом [обычная|другая] за 89. [За что?|Бренд?] {e_meh}",
        ("Акция «код с пачки» у {b} [не работает|не принимает коды], [сайт пишет "
         "ошибку|пишет «код недействителен»]. [Зачем тогда|Ну и акция] {e_neg}"),
        ("В {b} [нашла|попалось] [несколько камешков|мелкие камушки], [чуть зуб не "
         "сломала|хрустнуло на зубах]. [Аккуратнее|Осторожнее] {e_neg}"),
        ("Сварила {grain} от {b} — [клейстер|размазня|комки]. [Больше не куплю|Мимо] "
         "{e_neg}"),
        ("Муж [сказал|считает], что {b} — [переплата за пачку|маркетинг], и [похоже, прав|"
         "я начинаю соглашаться] {sigh}"),
        ("{b} [пропала|исчезла] {shop}, [уже месяц нет|полки пустые]. [Куда делась?|Сняли с "
         "продажи?] {e_meh}"),
        ("[Дома|В шкафу] в пачке {b} [завелась моль|появились жучки]. [Вся крупа в "
         "мусор|Выкинула всё], [ладно бы одна пачка|а ведь закрыта была]"),
        ("Пишу в {b} [третий раз|неделю] про [горькую партию|порванные пакетики], "
         "[ответа нет|тишина]. [Так и запишем|Понятно] {e_neg}"),
        ("[Зелёная|Пророщенная] гречка {b}: [горькая|со странным запахом], [цена как за "
         "золото|за 300 рублей]. [Не стоит|Зря взяла]"),
        ("Дата на пачке {b} [стёрта|переклеена], [стикер поверх|новая наклейка]. "
         "[Подозрительно|Что под ней?] {e_meh}"),
        ("{b} — [гречка для инстаграма|красивая пачка], а внутри {meh}. [Разочарована|"
         "Не впечатлила]"),
        ("Гречка {b} {shop} [вся в шелухе|с мусором], [пересыпала в сито|мою по три "
         "раза]. [За такие деньги|И это премиум?]"),
        ("Взвесила пачку {b}: [820|840|860] вместо 900. [Мелочь|Вроде мелочь], но "
         "[неприятно|обидно] {e_neg}"),
        ("[После|От] {b} [у ребёнка сыпь|живот болел у всех], [больше ничего нового не "
         "ели|совпадение?]. [Напишу производителю|Странно]"),
        ("Гречневая мука {b} [комками|с жучками], блины [не получились|не вышли]. "
         "[Выкинула|В мусор] {e_neg}"),
        ("{b} [рекламируют|хвалят] блогеры, а по факту {meh}. [Очередной пиар|Не ведитесь]"),
        ("[Почему|Зачем] {b} [убрала|убрали] [зиплок|удобную пачку]? Теперь [крупа "
         "сыреет|пересыпаю в банку] {e_meh}"),
        ("Варю {b} {n} раза в неделю [два года|давно], и [последние пачки|этот месяц] — "
         "[другой вкус|как подменили]"),
        ("[Половина|Треть] пачки {b} — [битые зёрна|продел], а написано «ядрица». "
         "[Обман|Несоответствие]"),
        ("Подарила [маме|свекрови] {b}, она [сказала «раньше лучше была»|вернула со словами "
         "«горчит»] {sigh}"),
        ("{b}: [пакетики слиплись|пакеты склеены между собой], [не разорвать|рвутся при "
         "разделении]. [Контроль качества где?|Ну как так]"),
        ("Вот и {b} [пошла по пути|скатилась туда же]: [дешевле упаковка|меньше вес], "
         "[выше цена|та же цена]. [Классика|Ожидаемо]"),
        ("[Сайт|Интернет-магазин] {b} [не работает|не принимает оплату] [третий день|с "
         "выходных], [заказать не могу|хотела взять коробку]"),
        ("В пачке {b} [что-то чёрное|комок непонятного], [фото сделала|сфоткала]. "
         "[Что это вообще?|Ну и ну] {e_neg}"),
        ("Гречка {b} [из новой партии|с апрельской датой] [пахнет дымом|как будто "
         "горелая]. [Кто-то ещё заметил?|Это только у меня?]"),
        ("Пыталась вернуть {b} {shop} — [сказали «продукты не возвращаются»|без чека не "
         "берут]. [Буду писать производителю|Ладно, выкину]"),
        "{b} [стала мельче|стала какой-то мелкой], [как дроблёнка|будто сечка]. {meh}",
        ("[Жаль|Обидно], но {b} [больше не та|уже не та]: {meh}, [и цена выросла|а цена "
         "выше]"),
        ("[Моль|Жучки] [вылетели|поползли] из [новой|нераспечатанной] пачки {b}. [Шок|"
         "Фу] {e_neg}"),
    ),
    en=(
        ("Bought {b} {shop} and found [pebbles|husk|black grains]. [Had to sort it|Spent half "
         "an hour sorting]. [Never used to happen|What changed?] {e_neg}"),
        "{b} went up in price and the pack [shrank to 800g|lost 100g]. [Sneaky|Shrinkflation]",
        "The [latest|new] pack of {b} [tastes bitter|smells musty]. {meh}. [Tossed it|Nope]",
        ("{b} boil bags [tear|burst] [after five minutes|in the pot], buckwheat everywhere. "
         "[Why even bags|Great] {sigh}"),
        ("{b} went downhill this year: {meh}, [cooks longer|turns to mush]. [Switching|Looking "
         "elsewhere]"),
        ("Opened {b} and it [smells damp|smells like a basement]. [Date is fine|Fresh date], so "
         "why? {e_neg}"),
        ("{b} pack full of [dust and broken bits|cracked grains], [that's not whole groats|where "
         "are whole kernels?]"),
        ("New {b} packaging [tears in my bag|won't close], [buckwheat all over|spilled everywhere] "
         "{e_neg}"),
        ("Ordered {b} {shop}, [pack arrived torn|it was opened]. [Can't return it|Seller blames "
         "the brand]"),
        "Cooked {b} as instructed, still [hard|raw] [after 20 minutes|at half an hour] {e_meh}",
        ("{b} is [159|169] {shop} while [the store brand|others] is 89. [For what?|The logo?] "
         "{e_meh}"),
        ("The {b} \"code on the pack\" promo [doesn't work|rejects codes], [site errors out|"
         "says invalid code]. {e_neg}"),
        "Bit into a pebble in {b}, [nearly cracked a tooth|crunch]. [Careful|Watch out] {e_neg}",
        "{b} {grain} [turned to glue|went mushy]. [Won't buy again|Pass]",
        "{b} vanished {shop}, [shelves empty for a month|gone for weeks]. Discontinued? {e_meh}",
        ("[Moths|Bugs] showed up in a {b} pack in my pantry. [Tossed everything|All of it in "
         "the trash]. {e_neg}"),
        ("Messaged {b} [three times|for a week] about [a bitter batch|torn bags], [no "
         "answer|silence] {e_neg}"),
        ("{b} green buckwheat: [bitter|weird smell] and [300 rubles|pricey]. [Not worth it|Regret "
         "it]"),
        ("The date on my {b} pack is [rubbed off|covered with a sticker]. [Suspicious|What's under "
         "it?]"),
        ("Weighed a {b} pack: [820|840|860]g instead of 900. [Small thing|Petty], but "
         "[still|annoying]"),
        "{b} flour [had lumps|had bugs], pancakes [failed|didn't work]. {e_neg}",
        "{b} is all over [blogs|influencer posts], but really {meh}. [Hype|Don't fall for it]",
        "Why did {b} drop the [zip lock|resealable pack]? Now it goes damp {e_meh}",
        "[Half|A third] of the {b} pack is [broken grains|cracked bits] while the label says whole",
        "Gave {b} to my mom and she said [\"it used to be better\"|\"bitter\"] {sigh}",
        "The {b} online shop [won't take payment|is down] [for days|since the weekend]",
        "Something black in my {b} pack, [took a pic|got a photo]. [What is this|Ew] {e_neg}",
        "New {b} batch [smells smoky|tastes burnt]. [Anyone else?|Just me?]",
        ("Tried to return {b} {shop}, [\"no food returns\"|no receipt, no return]. Writing to the "
         "brand"),
        "{b} [isn't what it was|lost it]: {meh}, [and pricier|and the price went up]",
        "Bugs [crawled out of|in] a sealed {b} pack. [Gross|Done] {e_neg}",
        ("Cooking {b} {n} times a week for years and [the latest packs|this month] taste "
         "[off|different]"),
        "{b} boil bags [stuck together|glued to each other], [tore apart|ripped]. [QC?|Come on]",
        ("My kid [got a rash|had a stomach ache] after {b}, [nothing else new|same day]. "
         "[Coincidence?|Writing to them]"),
    ),
    mixed=(
        "{b} [подорожала|price up], а пачка [меньше|smaller]. [Classic|Классика] {e_neg}",
        "Гречка {b} [горькая|bitter], [not ok|не ок]",
        "Пакетики {b} [рвутся|tear] каждый раз, [fail|эпик фейл]",
        "{b} [quality down|качество упало] за год {sigh}",
        "Customer support {b} [молчит|silent] неделю {e_neg}",
    ),
)

_P_QUESTION = Texts(
    ru=(
        "{h} [здравствуйте|добрый день], где купить {grain} в {city}? [Не нахожу|Нигде нет]",
        "{h} [подскажите|скажите], гречку перед фасовкой моют?",
        "{h} а [зелёная гречка|продел] [вернётся|будет] в продаже? [Пропала|Давно не видела]",
        "{h} [есть ли|у вас есть] [безглютеновая сертификация|маркировка без глютена]?",
        "{h} [сколько|как долго] хранится открытая пачка? [На пачке не нашла|Не указано]",
        "{h} [где|откуда] ваша гречка? [Правда Алтай?|Какой регион?]",
        "{h} [можно|а можно] купить [коробкой|оптом] для [кафе|столовой]?",
        "{h} [будут ли|планируете] [гречневые хлопья|лапшу соба] [в Магните|в сетях]?",
        "{h} [почему|как так] на пачке [900 г|800 г], а [раньше|в прошлом месяце] [было "
        "больше|другой вес]?",
        "{h} коды с пачек [ещё принимаются|где вводить]? [Акция идёт?|Сайт не находит]",
        "{h} [подскажите|скажите] состав [гречневой муки|хлопьев] — [только гречка?|есть "
        "добавки?]",
        "{h} [варить|как варить] в пакетиках [в мультиварке|в СВЧ-печке] можно?",
        "{h} [черные зёрна|тёмные зёрнышки] в пачке — [это нормально?|что это?]",
        "{h} вы [отправляете|доставляете] [за границу|в Казахстан]? [Родные просят|Очень надо]",
        "{h} есть ли [вакансии|стажировка] [для технолога|на производстве]?",
        "{h} [подскажите|скажите], где [срок годности|дата] на новой упаковке? [Не вижу|Не нашла]",
        "{h} [как стать|хочу стать] вашим [поставщиком|дистрибьютором] в {city}?",
        "{h} у вас [пакетики|упаковка] [перерабатываемые|из какого пластика]?",
        "{h} можно [прийти на экскурсию|посмотреть производство] [с детьми|школьным классом]?",
        "{h} [будет ли|планируете] [пачка побольше|упаковка 2 кг]? Семья большая {lol}",
    ),
    en=(
        "{h} where can I buy {grain} in {city}? [Can't find it|No luck so far]",
        "{h} is the buckwheat [washed|rinsed] before packing?",
        "{h} will [green buckwheat|the cracked groats] be back in stores?",
        "{h} do you have gluten-free [certification|labeling]?",
        "{h} how long does an opened pack keep [in a jar|in the pantry]?",
        "{h} is it really from Altai? [Which region exactly?|Which district?]",
        "{h} do you ship abroad? [Family in Kazakhstan|Friends in Germany] want some",
        "{h} are the [black|dark] grains in the pack normal?",
        "{h} can the boil bags go in a [microwave|multicooker]?",
        "{h} any plans for a bigger pack, like [2|3] kg?",
    ),
)

_P_COMPLAINT = Texts(
    ru=(
        ("{h} в пачке [камешки|мусор|шелуха], [перебирала полчаса|пришлось перебирать], "
         "фото [прилагаю|в комментарии]. [Раньше такого не было|Что с контролем?] {e_neg}"),
        ("{h} [новая партия|последняя пачка] [горчит|пахнет сыростью], дата [свежая|в "
         "норме]. [Как так?|Объясните]"),
        ("{h} пакетики [рвутся|лопаются] при варке, [уже {n} раза|каждый раз], вся гречка "
         "в кастрюле. [Исправьте|Верните старые пакеты]"),
        ("{h} [взвесила|взвесил] пачку: [820|840|850] г вместо 900. [Это как?|Объясните, "
         "пожалуйста]"),
        ("{h} код с пачки [не принимается|пишет «недействителен»] на сайте, [пробовала {n} "
         "раза|с разных устройств]. [Помогите|Что делать?]"),
        ("{h} [купила|заказала] {b} {shop}, [пачка вскрыта|упаковка порвана], [магазин "
         "отправил к вам|возврат не берут]"),
        ("{h} [в закрытой|в нераспечатанной] пачке [моль|жучки]. [Вся крупа в шкафу под "
         "выброс|Пришлось выкинуть всё]. [Что будете делать?|Жду ответа] {e_neg}"),
        ("{h} [пишу третий раз|неделю пишу] в [личку|директ], [никто не отвечает|тишина]. "
         "[Вы работаете вообще?|Ау]"),
        ("{h} [сварила|варила] по инструкции, [гречка твёрдая через 25 минут|до конца не "
         "проварилась]. [Партия такая?|Что случилось?]"),
        ("{h} [на пачке|в пачке] [ядрица|написано «ядрица»], а внутри [половина сечки|"
         "битые зёрна]. [Несоответствие|Так не должно быть]"),
        ("{h} [дата|срок] на пачке [затёрта|под наклейкой], [не разобрать|видно две "
         "даты]. [Это нормально?|Поясните]"),
        ("{h} [интернет-магазин|сайт] [не принимает оплату|выдаёт ошибку] [третий "
         "день|с выходных], [хочу заказать коробку|не могу купить]"),
        ("{h} [после каши|после ужина] [у ребёнка сыпь|у всех болел живот], [ели только "
         "вашу гречку|больше ничего нового]. [Прошу проверить партию|Номер партии в личке]"),
        ("{h} гречневая мука [с комками|с жучками], [срок нормальный|до конца года]. "
         "[Что за хранение?|Фото есть] {e_neg}"),
        ("{h} [зелёная гречка|пророщенная] [горькая|с запахом], [за 300 рублей|цена как за "
         "деликатес]. [Разочарована|Объясните]"),
        ("{h} [доставка|заказ с сайта] [не пришёл|идёт вторую неделю], [трек не "
         "обновляется|курьерка кивает на вас]"),
        ("{h} [зачем|почему] убрали [зиплок|застёжку] с пачки? [Крупа сыреет|Неудобно], "
         "[верните|пожалуйста]"),
        ("{h} [в пакетиках|в пакетах] [слиплись|склеились] между собой, [не разделить|"
         "рвутся]. Номер партии [на фото|в комментах]"),
        ("{h} [купила|взяла] {b} {shop} по [169|159], а на сайте [129|119]. [Откуда "
         "разница?|Почему так?]"),
        ("{h} в [новой|последней] пачке [что-то чёрное|комок], [фото прилагаю|сфотографировала]. "
         "[Что это?|Жду ответа]"),
        ("{h} [партия|пачка] [с датой 03.2026|апрельская] [пахнет дымом|горелая на вкус]. "
         "[У кого ещё так?|Проверьте]"),
        ("{h} [отправила|написала] на почту [неделю назад|5 дней назад], [ни ответа|"
         "тишина]. [Нормально|Так и работаете?]"),
        ("{h} продел [разварился в клейстер|превратился в кашу] за 10 минут. [Это "
         "нормально?|Так и должно быть?]"),
        ("{h} [шелухи|мусора] в пачке [столько|так много], что [промываю по 3 раза|"
         "неприятно готовить]. [Раньше было чище|Что произошло?]"),
        ("{h} [заказ|коробка] с сайта [пришла|приехала] [мятая|разбитая], [две пачки "
         "порваны|крупа рассыпана]. [Верните деньги|Замените, пожалуйста]"),
        ("{h} [гречка|крупа] {b} [исчезла|пропала] {shop} [месяц назад|давно]. [Вы ушли "
         "оттуда?|Когда вернётесь?]"),
        ("{h} [у меня|мне] [аллергия|целиакия], [на пачке нет|не указано] про следы "
         "глютена. [Это опасно|Укажите, пожалуйста]"),
        ("{h} мама [купила|взяла] {b}, а там [другой вкус|горечь], [она расстроилась|"
         "выкинула]. [Что с качеством?|Вы сменили поставщика?]"),
        ("{h} [камень|камешек] в гречке [сломал пломбу|повредил зуб], [чек есть|фото "
         "есть]. Прошу [связаться|ответить] {e_neg}"),
        ("{h} [пришла|прислала] жалобу через форму на сайте — [форма не отправляется|пишет "
         "ошибку]. [Как с вами связаться?|Куда писать?]"),
        ("{h} [хлопья|гречневые хлопья] [с запахом|прогорклые], [открыла сегодня|только "
         "открыла]. {e_neg}"),
        ("{h} [выиграла|получила] приз по акции, [его нет уже месяц|не пришёл]. [Где?|"
         "Напоминаю]"),
        ("{h} [варю|готовлю] {b} [годами|давно], но [последние пачки|эта партия] "
         "[совсем другие|как подменили]. [Ответьте|Объясните]"),
        ("{h} в [пачке|упаковке] [дырка|прокол], [крупа просыпалась в пакете|рассыпалась]. "
         "[Упаковку бы поменять|Брак]"),
    ),
    en=(
        ("{h} [pebbles|husk|debris] in the pack, [spent half an hour sorting|had to sort], "
         "photo attached. [Never used to happen|What about QC?] {e_neg}"),
        ("{h} the new batch [tastes bitter|smells damp], date is [fresh|fine]. [How?|Explain "
         "please]"),
        ("{h} boil bags [tear|burst] [every time|{n} times now], buckwheat all over the pot. "
         "[Please fix|Bring back the old bags]"),
        "{h} weighed a pack: [820|840|850]g instead of 900. [How?|Please explain]",
        ("{h} the code from the pack [is rejected|says invalid] on the site, [tried {n} times|any "
         "device]"),
        "{h} bought {b} {shop}, the pack was [opened|torn], [the store sent me to you|no return]",
        ("{h} [moths|bugs] in a sealed pack. [Had to throw out the pantry|All in the trash]. "
         "{e_neg}"),
        "{h} [third message|a week of messages] in DM, [no reply|silence]. [Anyone there?|Hello?]",
        ("{h} cooked as instructed, [still hard after 25 min|never softened]. [Bad batch?|What "
         "changed?]"),
        "{h} label says whole groats, inside [half cracked|broken bits]. [Mislabeled|Not ok]",
        ("{h} the date is [rubbed off|under a sticker], [can't read it|two dates]. "
         "[Normal?|Explain]"),
        "{h} your online shop [won't take payment|errors out] [for 3 days|since the weekend]",
        ("{h} my kid [got a rash|had a stomach ache] after your buckwheat, [nothing else new|"
         "same meal]. [Please check the batch|Batch number in DM]"),
        "{h} the flour has [lumps|bugs], [date is fine|good till December]. {e_neg}",
        ("{h} green buckwheat [tastes bitter|smells off] at [300 rubles|deli prices]. "
         "[Disappointed|Why?]"),
        ("{h} my order from your site [never came|is two weeks late], [tracking frozen|courier "
         "blames you]"),
        "{h} why remove the zip lock? [It gets damp|Inconvenient], bring it back",
        "{h} bought {b} {shop} for [169|159] but it's [129|119] on your site. [Why?|How come?]",
        "{h} something black in the pack, photo attached. [What is it?|Waiting for a reply]",
        "{h} the [March|April] batch [smells smoky|tastes burnt]. [Anyone else?|Please check]",
        "{h} emailed [a week ago|5 days ago], [no reply|nothing]. [Really?|Is that how it works?]",
        ("{h} a pebble in the buckwheat [broke a filling|chipped my tooth], [have receipt|have "
         "photos]"),
        ("{h} the contact form on your site [won't submit|throws an error]. [How do I reach "
         "you?|Where to write?]"),
        ("{h} [flakes|buckwheat flakes] [smell rancid|taste off], [opened today|just opened]. "
         "{e_neg}"),
        ("{h} been buying {b} for years, the latest packs are [different|off]. [Explain|What "
         "happened?]"),
        ("{h} [hole|puncture] in the pack, [groats spilled in the bag|everything spilled]. "
         "[Defect|Fix packaging]"),
    ),
    mixed=(
        "{h} в пачке [камешки|debris], [not ok|не ок], фото прилагаю",
        "{h} пакетики опять [tear|рвутся], [fix it|исправьте]",
        "{h} [weight|вес] пачки 840 вместо 900, [explain|объясните]",
    ),
)

_P_COMMENT = Texts(
    ru=(
        "А {shop} [будет|появится]? [Не могу найти|Ищу давно] {e_meh}",
        "[Красивое|Какое красивое] поле! [Хочу туда|Где это?] {e_pos}",
        "[Люблю|Обожаю] вашу гречку, [не меняйте ничего|только не портите] ❤️",
        "А вес пачки [почему|зачем] [уменьшили|поменяли]?",
        "[Верните|Когда вернёте] зелёную гречку? 🙏",
        "[Рецепт|Спасибо за рецепт], [приготовлю завтра|сохранила] {e_pos}",
        "[Последняя партия|Новая пачка] горчит, [вы в курсе?|проверьте] {e_meh}",
        "[Мы|Семья] [только вашу|только {b}] [берём|едим] уже [лет пять|давно] 🥰",
        "[Акция с кодами|Коды с пачек] [не работает|не принимаются], [поправьте|что с сайтом?]",
        "[Вот бы|Было бы круто] [в пачке побольше|коробку на 2 кг]",
        "[Пакетики|Пакеты] [рвутся|лопаются], [а так нормально|в остальном ок]",
        "Марине [привет|спасибо] из {city}! [Так держать|Вы молодцы] 💪",
        "[Экскурсию|Экскурсии] на [производство|поле] [будете проводить?|можно?]",
        "[Цена|Цены] [кусаются|выросли], но [качество стоит того|беру всё равно]",
        "[В {city}|У нас] [нигде|почти нигде] нет, [заказываю на Озоне|только онлайн] {sigh}",
    ),
    en=(
        "[Beautiful|Gorgeous] field! Where is this? {e_pos}",
        "Love your buckwheat, don't change a [thing|single thing] ❤️",
        "Why did the pack weight change [again|this year]?",
        "Bring back [green buckwheat|the green one] please 🙏",
        "Saved the recipe, making it [tomorrow|this weekend] {e_pos}",
    ),
)

_P_REPLY = Texts(
    ru=(
        "[Согласна|Согласен], у {b} [правда|реально] {good}",
        "[Странно|Хм], у меня [всё нормально|пачки чистые] {e_meh}",
        "[Промывать|Промойте] [надо|перед варкой], [тогда не горчит|горечь уходит]",
        "[Попробуй|Попробуйте] варить [в пропорции 1:2|под крышкой без помешивания]",
        "[Тоже заметила|Заметил], пачка [стала меньше|легче] {sigh}",
        "Я беру [только {shop}|на Озоне коробкой], [дешевле выходит|там дешевле]",
        "[Пиши|Напиши] им в [телеграм|личку], [отвечают быстро|мне ответили]",
        "[Чёрные зёрна|Тёмные зёрна] — [это нормально|просто недожаренные], [не бойся|не страшно]",
        "[А ты пробовала|Пробовали] {dish_home}? [С {b} — топ|Огонь]",
        "[Партия, наверное, такая|Видимо, партия], у меня [из другой|старая] — [норм|всё ок]",
        ("[По мне|Как по мне], [гречка как гречка|все одинаковые], [переплата за бренд|маркетинг] "
         "{e_meh}"),
        "[Моль|Жучки] — [это у тебя дома|это из шкафа], [проверь другие крупы|не в пачке дело]",
        "[Ахах|Хах], у нас свекровь [тоже только {b} признаёт|тоже фанатка] {lol}",
        "[Пакетики|Пакеты] [не рвутся|целые], если [не кипятить сильно|варить на среднем огне]",
        "[Скинь|Покажи] [фото|ссылку], [интересно|хочу глянуть]",
    ),
    en=(
        "[Agreed|Same], {b} really is {good}",
        "Weird, mine's [fine|always clean] {e_meh}",
        "Rinse it first, [the bitterness goes|it helps]",
        "Noticed that too, [the pack got smaller|lighter pack] {sigh}",
        "Black grains are [normal|just less roasted], [don't worry|it's fine]",
        "Probably a bad batch, mine's [fine|totally fine]",
        "DM them, they answered me [fast|within a day]",
        "Moths are usually from the pantry, [check other grains|not the pack]",
    ),
    mixed=(
        "[Same|Тоже], пачка [smaller|меньше] стала",
        "Промывать надо, [trust me|поверь]",
        "Мне ок, [maybe партия|наверное, batch такой]",
    ),
)

_P_ANSWER = Texts(
    ru=(
        ("Здравствуйте! [Спасибо, что написали|Благодарим за сообщение]. Пришлите, "
         "пожалуйста, фото пачки с номером партии в личные сообщения — [проверим|передадим "
         "технологу] 🙏"),
        ("Добрый день! [Очень жаль|Нам очень жаль], что так вышло. [Отправим вам новую "
         "пачку|Компенсируем покупку] — напишите адрес в личку"),
        ("Здравствуйте! [Крупу не моют перед фасовкой|Гречку не промывают на производстве], "
         "её [очищают и калибруют|проверяют на сепараторе]. [Перед варкой лучше "
         "промыть|Советуем промыть перед варкой] 😊"),
        ("Добрый день! [Тёмные зёрна|Чёрные зёрнышки] — это [особенность урожая|зёрна с "
         "другим уровнем обжарки], они [безопасны|не влияют на вкус]"),
        ("Здравствуйте! [Спасибо за вопрос|Хороший вопрос]. [Нашу продукцию можно найти|"
         "Где купить] — на сайте в разделе «Где купить», там карта магазинов"),
        ("Здравствуйте! Передали информацию [в отдел качества|технологу производства]. "
         "[Вернёмся с ответом в течение двух дней|Ответим, как только проверим партию]"),
        ("Добрый день! Приносим извинения за [задержку|долгий ответ]. [Ответили вам на "
         "почту|Написали в личные сообщения], [посмотрите, пожалуйста|ждём вас там]"),
        ("Здравствуйте! [Сайт уже работает|Ошибку на сайте исправили], попробуйте, "
         "пожалуйста, ещё раз. Если не получится — [напишите нам|мы на связи]"),
        ("Здравствуйте! Вес указан [для продукта без упаковки|нетто], допустимое отклонение "
         "[по ГОСТу|по техническим условиям] небольшое. Пришлите фото — [разберёмся|"
         "проверим]"),
        ("Добрый день! [Благодарим за доверие|Спасибо, что выбираете нашу крупу] 🌾 [Очень "
         "приятно это читать|Передадим команде]"),
        ("Здравствуйте! Код с пачки нужно вводить [без пробелов|латиницей], [если не "
         "получится — пришлите фото кода|пришлите фото, проверим вручную]"),
        ("Здравствуйте! [Нам жаль|Сожалеем], что упаковка подвела. [Уже тестируем новые "
         "пакеты|Передали поставщику плёнки], [спасибо за сигнал|это важно]"),
        ("Добрый день! По поводу [опта|сотрудничества] напишите, пожалуйста, на почту "
         "[отдела продаж|для партнёров], контакты — на сайте"),
        ("Здравствуйте! [Это очень серьёзно|Такие сигналы мы проверяем в первую очередь]. "
         "Пришлите номер партии и [фото|дату покупки] в личные сообщения"),
    ),
    en=(
        ("Hello! Thanks for reaching out. Please DM us a photo of the pack with the batch "
         "number and we'll check 🙏"),
        "Hi! We're so sorry. We'll send you a new pack, just DM [your address|us where to ship it]",
        ("Hello! The groats aren't washed at the plant, they're cleaned and sorted. We "
         "recommend rinsing before cooking 😊"),
        ("Hi! Dark grains are a natural feature of the harvest and [totally safe|perfectly safe to "
         "eat]"),
        "Hello! You'll find a store map on our site under \"Where to buy\" [😊|🌾]",
        ("Hi! We've passed this to our quality team and will get back to you within two "
         "days"),
        ("Hello! The site issue is fixed, please try again. [Still stuck? Message us|Write to us "
         "if it persists]"),
    ),
)

_P_THANKS = Texts(
    ru=(
        "Спасибо, [пачку прислали|посылка пришла]! [Приятно|Неожиданно приятно] {e_pos}",
        "[Благодарю|Спасибо] за [ответ|разъяснение], [теперь понятно|буду промывать]",
        "[Код приняли|Код прошёл], спасибо! 🙏",
        "Спасибо, [быстро ответили|оперативно]! [Остаюсь с вами|Беру дальше] {e_pos}",
        "[Ок|Понятно], спасибо, [не знала|буду знать] про тёмные зёрна",
        "[Ответили|Связались], [спасибо|благодарю], [вопрос решён|всё ок] 👍",
    ),
    en=(
        "Thanks, [the pack arrived|got the replacement]! {e_pos}",
        "Thanks for explaining, [will rinse from now on|makes sense]",
        "Code went through [this time|on the second try], thank you 🙏",
        "[Quick reply|Fast], thanks! {e_pos}",
    ),
)

_P_STILL_BROKEN = Texts(
    ru=(
        "[Написала|Отправила] в личку [вчера|ещё утром], [ответа нет|тишина] {e_neg}",
        "Промываю — [всё равно горчит|горечь не уходит], дело не в этом {e_meh}",
        "[Фото|Номер партии] [давно отправила|уже скинула], [что дальше?|и?]",
        "[Код|Код с пачки] [всё равно|так и] не [принимается|проходит] {sigh}",
        "[Пачку|Новую пачку] обещали [неделю назад|две недели назад], [не пришла|ничего нет]",
        "[Отклонение|Допустимое отклонение] — 60 грамм? [Серьёзно?|Ну-ну]",
        "[Сайт|Оплата] [опять не работает|всё так же с ошибкой] {e_neg}",
    ),
    en=(
        "DM'd you [yesterday|this morning], no reply {e_neg}",
        "I do rinse it, [still bitter|that's not it] {e_meh}",
        "Sent the batch number [days ago|already], now what?",
        "Code still doesn't work [on the site|after all that] {sigh}",
        "Promised a pack [a week ago|two weeks ago], nothing came",
    ),
)

_P_REVIEW_POS = Texts(
    ru=(
        ("Беру {b} [уже третий год|давно] — {good}, {good}. [Рекомендую|Пять звёзд], "
         "[другую гречку не покупаю|лучшая из магазинных]"),
        ("Отличная крупа: {good}. [Пачка удобная|Зиплок — огромный плюс]. [Цена выше "
         "средней|Дороговато], но [оно того стоит|качество соответствует]"),
        ("[Вкусная|Очень вкусная] гречка, {good}. [Дети едят с удовольствием|Муж "
         "одобрил]. [Минус звезда за цену|Пять из пяти]"),
        ("Гречка в пакетиках — [удобно на работе|выручает в командировках], {good}. "
         "[Пакеты не рвутся|Всё целое]. [Советую|Довольна]"),
        ("[Зелёная гречка|Продел] от {b} — {good}. [Использую для детской каши|Для ПП "
         "идеально]. [Рекомендую|Пять]"),
        ("[Чистая крупа|Чистая гречка], {good}. [Перебирать не нужно|Промыла один раз и "
         "всё]. [Покупаю регулярно|Теперь только эту]"),
        ("Готовлю {dish_home} [каждую неделю|часто], [только с {b}|только на этой крупе]: "
         "{good}. [Спасибо производителю|Молодцы]"),
        ("Заказала {shop} [коробку|шесть пачек] — [доставили целыми|всё аккуратно], "
         "{good}. [Хорошая гречка|Довольна покупкой]"),
        ("Гречневая мука {b}: [блины получаются тонкие|оладьи пышные], [без комков|мелкий "
         "помол]. [Пять звёзд|Рекомендую]"),
        ("Вкус [как в детстве|как у бабушки в деревне], {good}. [Ставлю пять|Пять без "
         "раздумий]"),
        ("[Хорошая|Отличная] алтайская гречка, {good}. {meh}, но [в целом отлично|это "
         "мелочь]. 4"),
        ("[Перепробовала|Пробовала] много марок — {b} [лучшая|на первом месте]: {good}"),
    ),
    en=(
        "Been buying {b} for years: {good}. [5 stars|Recommend]",
        "Great groats: {good}. [Pricier|A bit expensive], but [worth it|quality matches]",
        "Boil bags are handy [at work|on trips], {good}. [Don't tear|All intact]. Recommend",
        "Tastes like childhood, {good}. [5|Five stars]",
        "Ordered a box {shop}, [arrived intact|well packed], {good}",
    ),
)

_P_REVIEW_NEG = Texts(
    ru=(
        ("[Разочарована|Очень разочарована]. [Последняя партия|Новые пачки] [горчат|с "
         "запахом сырости], хотя срок [нормальный|свежий]. [Раньше была лучшей|Жаль]. 2"),
        ("В пачке [камешки|мусор и шелуха|чёрные зёрна], [перебирала полчаса|пришлось "
         "перебирать]. За [такую цену|159 рублей] [не ожидала|так не должно быть]. 1"),
        ("Пакетики [рвутся|лопаются] при варке — [каждый второй|каждый раз]. "
         "[Гречка по кастрюле|Вся каша в воде]. [Не рекомендую|Неудобно]. 2"),
        ("Вес [не соответствует|не тот]: [взвесила — 830 г|по факту 840] вместо 900. "
         "{meh}. [Одна звезда за обман|Обидно]. 1"),
        ("Заказала {shop}, пачка [пришла вскрытой|порвана], [крупа рассыпалась|половина в "
         "пакете]. [Продавец отправил к производителю|Производитель молчит]. 1"),
        ("[Моль|Жучки] в [закрытой|нераспечатанной] пачке. [Пришлось выбросить все "
         "крупы|Выкинула весь шкаф]. [Больше никогда|Не покупайте]"),
        ("[Варится|Варилась] [40 минут|вдвое дольше], [всё равно твёрдая|так и не "
         "разварилась]. {meh}. [Не понимаю восторгов|Мимо]. 2"),
        ("[Раньше брала постоянно|Была постоянным покупателем], но [за год|с весны] "
         "{meh}, [и цена выросла|а цена только растёт]. [Ухожу|Ищу другую]. 2"),
        ("Написано «ядрица», а [внутри треть сечки|много битых зёрен]. [Не соответствует "
         "описанию|Обман]. 1"),
        ("[Зелёная|Пророщенная] гречка [горькая|с неприятным запахом], [стоит как "
         "деликатес|300 рублей за 400 г]. [Деньги на ветер|Не советую]. 1"),
        ("Поддержка [не отвечает|молчит] [неделю|с прошлого месяца], [писала в "
         "телеграм и на почту|и в личку, и на сайт]. [Отношение к покупателям так "
         "себе|Печально]. 2"),
        ("[Упаковка|Пачка] [не закрывается|без застёжки], [крупа сыреет|пересыпаю в "
         "банку]. {meh}. [Три|Тройка]"),
        ("[Дата|Срок годности] [переклеена|под наклейкой], [под ней другая|видно старую]. "
         "[Подозрительно|Не доверяю]. 1"),
        ("Гречневая мука [с комками|затхлая], [блины горчат|оладьи не получились]. "
         "[Выбросила|Деньги на ветер]. 1"),
        ("[Ребёнок|Сын] [поел каши|поел гречки] — [сыпь|живот болел весь вечер]. "
         "[Больше не рискую|Не возьму]. 1"),
        ("Хлопья [прогорклые|с запахом], [открыла — сразу выкинула|есть невозможно]. "
         "[Срок до декабря|Дата нормальная]. 1"),
        ("[Дорого|Переплата] за бренд: [обычная гречка за 89 не хуже|в магазинной марке "
         "то же самое]. {meh}. 3"),
        ("[Жёсткая|Грубая] [шелуха|кожура] в [каждой ложке|каждой тарелке], [промывала "
         "трижды|не помогает]. [Не то|Разочарование]. 2"),
        ("[Заказ на сайте|Доставка] [шёл три недели|так и не пришёл], [трек стоит|"
         "ответа нет]. [Ужасно|Не заказывайте на сайте]. 1"),
        ("Камешек [сломал зуб мужу|повредил пломбу]. [Фото и чек есть|Чек сохранила], "
         "[ответа от компании нет|компания молчит]. 1"),
    ),
    en=(
        "Disappointed. The latest batch [tastes bitter|smells damp] though the date is fine. 2",
        ("[Pebbles|Husk|Black grains] in the pack, [had to sort|spent ages sorting]. At this "
         "price? 1"),
        "Boil bags [tear|burst] [every other time|every time], buckwheat everywhere. 2",
        "Weight is off: [830g|840g] instead of 900. {meh}. 1",
        "Pack arrived [opened|torn] from {shop}, [seller blames the brand|brand is silent]. 1",
        "[Moths|Bugs] in a sealed pack. [Threw out my whole pantry|Never again]",
        "Takes [40 minutes|twice as long], [still hard|never softens]. {meh}. 2",
        "Label says whole groats, [a third is cracked|lots of broken bits]. Misleading. 1",
        "Support [ignores messages|hasn't replied in a week]. [Sad|Not great]. 2",
        "[Pricey|Overpriced] for a logo: store brand at 89 is [just as good|the same]. 3",
        "[Rancid|Stale] flakes, [straight to the bin|inedible]. 1",
        ("A pebble [cracked my husband's tooth|broke a filling], [receipt kept|no reply from "
         "them]. 1"),
    ),
)

_P_REVIEW_ANSWER = Texts(
    ru=(
        ("Здравствуйте! Нам очень жаль. Пожалуйста, напишите нам в телеграм или на почту с "
         "номером партии — [разберёмся и компенсируем|проверим и вернём деньги]"),
        ("Добрый день! Спасибо за отзыв. [Передали информацию технологу|Партия направлена на "
         "проверку]. [Приносим извинения|Извините за неудобства]"),
        ("Здравствуйте! [Сожалеем|Очень сожалеем]. [Мы отвечаем на каждое обращение|Мы "
         "стараемся ответить каждому], но иногда с задержкой — [напишите ещё раз|ждём вас "
         "на почте]"),
        ("Здравствуйте! [Благодарим за обратную связь|Спасибо, что написали]. Пришлите, "
         "пожалуйста, фото пачки — [отправим замену|заменим продукт]"),
        ("Добрый день! Извините, что [так получилось|пачка вас подвела]. [Меняем "
         "упаковку|Работаем с поставщиком упаковки], [спасибо за терпение|это важно для "
         "нас]"),
    ),
    en=(
        "Hello! We're very sorry. Please message us with the batch number and we'll make it right",
        "Hi! Thank you for the review. The batch has been sent for a check. Apologies",
    ),
)

_P_REVIEW_THANKS = Texts(
    ru=(
        "Спасибо за тёплые слова! [Передадим нашим агрономам|Передадим команде на Алтае] 🌾",
        "[Благодарим|Спасибо]! Очень приятно, что [вам нравится|гречка пришлась по вкусу] 😊",
        "Спасибо за отзыв! [Приятного аппетита|Вкусных каш] ❤️",
        "[Ура|Как приятно]! [Такие отзывы греют|Спасибо, что выбираете нас] ✨",
    ),
    en=(
        "Thank you for the kind words! We'll pass them on to our team in Altai 🌾",
        "Thanks! So glad you like [it|our buckwheat] 😊",
    ),
)

_P_REVIEW_DISPUTE = Texts(
    ru=(
        ("Здравствуйте! Вес пачки указан нетто, [каждая партия проходит взвешивание|"
         "контрольное взвешивание проводится на линии]. Пришлите фото весов и пачки — "
         "проверим"),
        ("Добрый день! Моль в закрытой пачке [маловероятна|практически исключена]: крупа "
         "проходит термообработку. [Советуем проверить другие продукты в шкафу|Готовы "
         "обсудить в личке]"),
    ),
    en=(
        ("Hello! Pack weight is net and every batch is checked on the line. Send a photo of "
         "the scale and the pack and we'll look into it"),
    ),
)

_P_OFFICIAL_POST = Texts(
    ru=(
        ("Урожай [этого года|нового сезона] уже на полках! Гречка {b} — [с алтайских полей|"
         "прямо с Алтая] 🌾"),
        "Рецепт недели — как приготовить {dish_home}. [Пошагово|Все шаги] в карточках 👇",
        ("Коды с пачек {b} [обменивайте|вводите] на сайте до конца месяца — [призы каждую "
         "неделю|главный приз — поездка на Алтай] 🎁"),
        ("Теперь {b} можно купить {shop}! [Ищите на полке с крупами|Уже на полках] 🛒"),
        ("Как выбрать гречку: [цвет|размер зерна|запах] и [дата фасовки|отсутствие "
         "мусора]. Рассказываем в карточках"),
        ("Новинка: {grain} от {b}. [Для быстрого завтрака|Для тех, кто бережёт время] ⏱️"),
        ("Наше поле [в июле|в цвету] — [белое море|розовые цветы] до горизонта 🐝 Гречка — "
         "медонос, [пчёлы довольны|рядом пасека]"),
        ("[Внимание|Важно]: сайт будет недоступен [в ночь на четверг|в воскресенье с 1 до 4] "
         "из-за технических работ"),
        ("Вы спрашивали — отвечаем: [гречку не моют на производстве, её очищают на "
         "сепараторах|тёмные зёрна — это нормально]. Подробнее в посте"),
        ("Конкурс рецептов! Пришлите [фото блюда|рецепт] с {b} и выиграйте [годовой запас "
         "гречки|набор круп] 🏆"),
        ("Обновили упаковку {b}: [вернули зиплок|плотнее плёнка], [меньше пластика|"
         "удобнее хранить]. Спасибо за ваши отзывы!"),
        ("{b} на [ярмарке|фестивале] в {city} — [дегустация каши|раздаём пробники] "
         "[в субботу|все выходные]. Приходите!"),
    ),
)

_P_EXEC_POST = Texts(
    ru=(
        ("[Еду|Едем] на поля. [Сев в самом разгаре|Гречка взошла], [погода "
         "пока|прогноз] [радует|нервирует]. Фото вечером 🌾"),
        ("Десять лет назад я [продала квартиру|взяла кредит], чтобы купить первую "
         "[сушилку|линию фасовки]. [Иногда страшно вспоминать|Не жалею ни дня]"),
        ("[Сегодня|Утром] [приехал|пришёл] новый [сепаратор|оптический сортировщик]. "
         "[Теперь камешков не будет вообще|Ещё чище крупа]. [Ждали полгода|Долго ждали]"),
        ("Маленькая [компания|команда] — это когда [я сама отвечаю на письма|директор "
         "сидит на упаковке в аврал] {lol}"),
        ("[Читаю|Прочитала] про [почвы|севооборот] — [гречка после пшеницы|опыт "
         "соседей] [интересная тема|даёт урожай лучше]. Пробуем [в этом году|на одном "
         "поле]"),
        ("[Дочка|Сын] [спросил|спросила], почему мама всё время [говорит про "
         "гречку|на полях]. [Хороший вопрос|Объяснила как смогла] {lol}"),
        ("Благодарю [пасечников|соседей-пчеловодов] за мёд с нашего поля. [Гречишный — "
         "лучший|Тёмный и горький, как надо] 🍯"),
        ("[Провели|Провела] [день открытых дверей|экскурсию] для [школьников|студентов "
         "аграрного]. [Сорок человек|Много вопросов], [устала, но счастлива|здорово]"),
        ("[Подкаст|Интервью] [вышел|вышло] — про [семейный бизнес|жизнь фермера|почему "
         "гречка дорожает]. Ссылка [в комментариях|ниже]"),
        ("[Дождь|Ливень] [третий день|всю неделю], [уборку переносим|комбайны стоят]. "
         "[Держим кулаки|Ждём солнце] 🌧️"),
        ("[Вопрос|Спрашивают], почему мы [не делаем дешёвую гречку|не продаёмся "
         "федеральной сети]. [Честный ответ — в посте|Отвечаю коротко]"),
        ("[Утро|Рассвет] на поле. [Ради этого|Вот ради таких минут] и [работаем|всё это "
         "затевалось] ☀️"),
        ("[Записала|Сделала] видео, как [варить гречку в термосе|мы фасуем крупу]. "
         "[Смотрите|Вдруг пригодится]"),
        ("[Съездила|Была] на [выставку|форум фермеров] в {city}. [Много идей|Новые "
         "контакты], [устала|голова кругом]"),
    ),
)

_P_INFLUENCER_POS = Texts(
    ru=(
        ("Сравнила [пять|шесть] марок гречки [вслепую|на камеру]. [Победила|Лучшая] — "
         "{b}: {good}. [Полный тест|Видео] [на канале|по ссылке]"),
        ("Мой рецепт, как готовить {dish_home} на {b}, [набрал|собрал] [миллион|полмиллиона] "
         "просмотров. {good} — [секрет в крупе|вот весь секрет]"),
        ("[Ездила|Съездила] на Алтай к {b}: [поля|производство], [фасовка|люди]. "
         "[Очень честная компания|Снимаю шляпу]. Выпуск [уже вышел|скоро]"),
    ),
    en=(
        "Blind-tested [five|six] buckwheat brands. Winner: {b}. {good}. Full video on my channel",
        "Visited {b} in Altai: fields, packing line, people. [Honest small company|Respect]",
    ),
)

_P_INFLUENCER_NEG = Texts(
    ru=(
        ("Взвесила [десять|восемь] пачек гречки [разных марок|из магазина]. {b} — [минус "
         "60 г|недовес в каждой]. Видео [на канале|уже вышло]"),
        ("[Дорогая|Премиальная] гречка {b} vs [обычная за 89|магазинная]: [разницы "
         "нет|вкус одинаковый]. [Смотрите тест|Разбор в ролике]"),
    ),
    en=(
        "Weighed [ten|eight] packs of buckwheat. {b} was [60g short|under in every pack]. Video up",
    ),
)

_P_DECOY = Texts(
    ru=(
        ("[Хор|Школьный хор] [спел|исполнил] «Полюшко-поле» [на концерте|к 9 мая], "
         "[мурашки|до слёз] {e_pos}"),
        ("Сын [разучил|выучил] «Полюшко-поле» на [баяне|аккордеоне|домре], [играет целыми "
         "днями|соседи в восторге] {lol}"),
        ("[В караоке|На корпоративе] [кто-то|начальник] [затянул|запел] «Полюшко-поле», и "
         "[все подхватили|зал встал] {lol}"),
        ("«Полюшко-поле» в исполнении [Ансамбля Александрова|хора Красной армии] — "
         "[слушаю весь вечер|вечная классика] {e_pos}"),
        ("Дедушка [всегда|каждое лето] пел «Полюшко-поле», [когда|пока] "
         "[косили|шли с покоса]. [Скучаю|Вспомнилось] ❤️"),
        ("[Джазовая|Электронная] версия «Полюшко-поле» — [неожиданно круто|это что-то] "
         "🎷"),
        ("[На выпускном|На утреннике] дети танцевали под «Полюшко-поле», [в "
         "костюмах|с платочками] {e_pos}"),
        ("[Мелодия|Рингтон] «Полюшко-поле» на телефоне [у коллеги|у соседа] — [каждый раз "
         "вздрагиваю|узнаю за километр] {lol}"),
        ("[Иностранцы|Туристы] на [Арбате|Невском] [поют|подпевают] «Полюшко-поле» "
         "[уличным музыкантам|под гармонь] — [мило|трогательно] {e_pos}"),
        ("[В школе|На музыке] [задали|учим] «Полюшко-поле» [к концерту|на двоих], "
         "[ребёнок страдает|поём всей семьёй] {lol}"),
        ("Ох ты, полюшко моё — [выехала за город|приехала на дачу], [а там простор|"
         "колосья до горизонта] 🌾"),
        ("[Фото дня|Кадр дня]: полюшко за деревней [в тумане|на рассвете], [ни души|только "
         "птицы]"),
        ("[Вышиваю|Рисую] картину «Полюшко» — [ромашки и васильки|поле с берёзой]. "
         "[Почти готово|Третий месяц] {e_pos}"),
        ("[Слушаю|Переслушиваю] «Полюшко-поле» [в обработке|в исполнении] "
         "[оркестра|симфонического оркестра] — [мощь|сила] 🎻"),
        ("[Рок-версия|Металл-кавер] «Полюшко-поле» — [это шедевр|не ожидал, но "
         "круто] 🤘"),
        ("Мама [напевает|поёт] «Полюшко-поле», когда [печёт пироги|гладит бельё]. "
         "[Уютно|С детства так] ❤️"),
        ("[В деревне|На даче] [наше|моё] полюшко [заросло|распахали], [ностальгия|"
         "не узнать] {sigh}"),
        ("«Полюшко-поле» [на варгане|на укулеле|на терменвоксе] — [я видел всё|интернет "
         "прекрасен] {lol}"),
        ("[Детский сад|Садик] [готовит|разучивает] «Полюшко-поле» к [празднику|утреннику], "
         "[дома репетируем|поём перед сном]"),
        ("[Студенческий|Народный] ансамбль [из {city}|нашего ДК] [взял гран-при|победил] с "
         "«Полюшко-поле» {e_pos}"),
    ),
    en=(
        ("Red Army Choir doing Polyushko Polye [gives me chills|never gets old] "
         "{e_pos}"),
        ("Street musician in {city} played Polyushko-pole on the [accordion|balalaika] and "
         "[a crowd sang along|I stopped for 20 minutes]"),
        ("My [kid's|daughter's] orchestra is learning Polyushko Polye, [the violins are "
         "rough|we hear it all day] {lol}"),
        ("Metal cover of Polyushko Polye [is a masterpiece|slaps harder than it should] "
         "🤘"),
        ("[Jazz|Lo-fi] version of Polyushko-pole [on repeat|is my study music now] "
         "{e_pos}"),
    ),
)

_P_DECOY_NEG = Texts(
    ru=(
        ("[Соседи|Сосед сверху] [в час ночи|всю ночь] [орут|горланят] «Полюшко-поле» под "
         "[гитару|баян]. [Спасибо|Спать невозможно] {e_neg}"),
        ("[Полюшко|Наше полюшко] за домом [застроили|отдали под склады], [жалко|было "
         "красиво] {sigh}"),
        ("На [конкурсе|смотре] «Полюшко-поле» [спели|исполнили] так, что [уши "
         "свернулись|лучше бы не пели] {lol}"),
    ),
    en=(
        ("Neighbor blasting Polyushko Polye [at 1am|all night], [send help|can't sleep] "
         "{e_neg}"),
    ),
)

POLYUSHKO = BrandTexts(
    vocab=_P_VOCAB,
    positive=_P_POSITIVE,
    neutral=_P_NEUTRAL,
    negative=_P_NEGATIVE,
    question=_P_QUESTION,
    complaint=_P_COMPLAINT,
    comment=_P_COMMENT,
    reply=_P_REPLY,
    answer=_P_ANSWER,
    thanks=_P_THANKS,
    still_broken=_P_STILL_BROKEN,
    review_pos=_P_REVIEW_POS,
    review_neg=_P_REVIEW_NEG,
    review_answer=_P_REVIEW_ANSWER,
    review_thanks=_P_REVIEW_THANKS,
    review_dispute=_P_REVIEW_DISPUTE,
    official_post=_P_OFFICIAL_POST,
    exec_post=_P_EXEC_POST,
    influencer_pos=_P_INFLUENCER_POS,
    influencer_neg=_P_INFLUENCER_NEG,
    decoy=_P_DECOY,
    decoy_neg=_P_DECOY_NEG,
)

# ------------------------------------------------------------------------------ «Волна»
_V_VOCAB = Vocab(
    ru={
        "good": ("4G ловит даже в лифте между этажами",
                 "интернет летает, даже когда весь дом смотрит сериалы",
                 "в чате поддержки ответили за пять минут", "связь не рвётся даже в дороге",
                 "абонентка честная, без сюрпризов", "eSIM завели минут за пять прямо в приложении",
                 "в роуминге счёт без сюрпризов", "голос в трубке чистый, как будто рядом сидишь",
                 "видео в маршрутке грузится без кружочка", "гигабайты не кончаются к концу месяца",
                 "никаких лишних подписок в счёте"),
        "meh": ("в подвале и на парковке связи нет", "скорость часов в девять вечера проседает",
                "их приложение тормозит", "иногда звонки срываются на полуслове",
                "абонентка за год подросла", "в электричке между станциями пропадает сеть",
                "спам-звонки всё равно проходят", "чат поддержки отвечает с задержкой"),
        "svc": ("интернет", "4G", "LTE", "роуминг", "eSIM", "автоплатёж", "VoLTE", "5G"),
        "tariff": ("«Фарватер»", "«Лоцман»", "«Регата»", "«Акватория»", "«Безлимит+»", "«Причал»",
                   "«Кильватер»", "«Компас»"),
        "where": ("в метро между «Курской» и «Таганской»", "на даче под Рузой",
                  "в лифте нашей высотки", "в подъезде на седьмом", "в «Меге» возле ИКЕИ",
                  "на трассе М4 за Ростовом", "в последней электричке на Клин",
                  "в офисе на Павелецкой", "у себя на кухне", "на минус втором этаже парковки",
                  "в деревне у мамы под Тверью", "на стадионе, когда битком", "в «Сапсане»",
                  "в бане на даче"),
        "shore": ("в Анапе на Пионерском", "в Геленджике у маяка", "на Бали в Чангу",
                  "в Сочи на Ривьере", "на Фиоленте под Севастополем", "на Байкале в Листвянке",
                  "в Зеленоградске на променаде", "в Туапсе у морвокзала",
                  "на Ладоге под Приозерском", "в Териберке на Баренцевом", "на Кипре в Айя-Напе"),
        "guard_venue": ("в салоне связи на Ленина у рынка",
                        "в офисе продаж на Гагарина у автовокзала",
                        "в салоне на Кирова у торгового центра"),
        "ignored_issue": ("мобильный интернет в нашем доме не работает с понедельника",
                          "каждый день с баланса списывают за подписку, которую я не подключал",
                          "перенос номера висит вторую неделю без движения"),
        "gaffe_topic": ("тех, кто до сих пор сидит на старых тарифах",
                        "людей, которые жалуются на связь на даче",
                        "тех, кто названивает на горячую линию из-за каждого пустяка"),
        "fake_claim": ("оператор продаёт переписки абонентов рекламщикам",
                       "с первого числа всем без предупреждения отключают безлимит",
                       "паспортные данные всех абонентов слили в открытый доступ"),
    },
    en={
        "good": ("4G works even in the elevator between floors", "the data flies even at night",
                 "support chat answered in five minutes", "the signal never drops on the highway",
                 "the monthly fee is fair", "the eSIM took five minutes in the app",
                 "no roaming surprises on the bill", "calls are crystal clear, no echo",
                 "videos load instantly on the go", "the gigs last all month",
                 "no sneaky subscriptions"),
        "meh": ("there's no signal in the basement or parking", "speed dips around 9pm",
                "their app is laggy", "calls drop mid-sentence now and then",
                "the monthly fee crept up this year", "the signal dies on the commuter train",
                "spam calls still get through", "support chat is slow to reply"),
        "svc": ("data", "4G", "LTE", "roaming", "eSIM", "autopay", "VoLTE", "hotspot", "5G"),
        "tariff": ("Farvater", "Lotsman", "Regata", "Akvatoria", "Unlimited+", "Prichal", "Kompas"),
        "where": ("in the metro on the ring line", "at the dacha past Tuchkovo",
                  "in our high-rise elevator", "in the stairwell on the 7th floor",
                  "at Mega right next to IKEA", "on the M4 past Rostov", "on the train to Klin",
                  "at my office by Paveletskaya", "in my own kitchen",
                  "in the underground parking at work", "at mom's village near Tver",
                  "at the stadium during a match", "on the Sapsan"),
        "shore": ("in Anapa on Pionersky", "in Gelendzhik by the lighthouse", "in Canggu on Bali",
                  "on the Sochi Riviera", "at Fiolent near Sevastopol", "at Listvyanka on Baikal",
                  "in Zelenogradsk, the town of cats", "in Tuapse by the sea terminal",
                  "in Teriberka on the Barents Sea", "in Ayia Napa on Cyprus"),
        "guard_venue": ("at the store on Lenina Street by the market",
                        "at the sales office on Gagarina by the bus station",
                        "at the shop on Kirova by the mall"),
        "ignored_issue": ("mobile data in our building has been down since Monday",
                          "I'm charged every day for a subscription I never signed up for",
                          "my number transfer has been stuck for two weeks"),
        "gaffe_topic": ("people who still use old plans",
                        "people who complain about signal at their dacha",
                        "people who ring the hotline about every tiny glitch"),
        "fake_claim": ("the operator sells subscribers' messages to advertisers",
                       "unlimited data is being cut for everyone from the first of the month",
                       "every subscriber's passport data has leaked online"),
    },
)

_V_POSITIVE = Texts(
    ru=(
        "Перешёл на {b_acc} [месяц назад|этой весной] — {good} {e_pos}",
        ("[Удивительно|Не ожидала], но {b} ловит {where}, [где у остальных|где у мужа на "
         "другом операторе] [ноль|пусто]"),
        "{b} — {good}, [плачу меньше, чем раньше|и без навязанных подписок] 👍",
        ("Поддержка {b_gen} [реально|правда] помогла: [за 10 минут|за пару сообщений] "
         "[разобрались|всё починили]. [Редкость|Уважение] {e_pos}"),
        ("Подключила eSIM {b_gen} [прямо в приложении|за пять минут], [без похода в салон|без "
         "очередей] ✨"),
        ("[Съездил|Слетал] [в Турцию|в Казахстан] с {b_ins}, роуминг [подключился сам|"
         "работал без проблем], {good}"),
        "Тариф {tariff} у {b_gen} [огонь|топ|норм тема], {good}",
        ("Скорость {b_gen} {where} — [80 мегабит|под сотню], [я в шоке|не верю глазам] {e_pos}"),
        ("С {b_ins} [уже пятый год|лет семь], [ни разу не пожалел|не ухожу]: {good}"),
        "Кто думает, [куда перейти|какого оператора взять], — {b}. {good}",
        ("[Наконец-то|Ура,] {b} [поставили вышку|построил вышку] у нас [на даче|в "
         "посёлке], теперь {good} {e_pos}"),
        ("{b} [вернули|вернула] деньги за [ошибочное списание|лишнюю подписку] [за день|сразу]. "
         "[Приятно|Спасибо]"),
        ("Семейный тариф {b_gen} — [спасение|находка]: [четыре номера|вся семья] за [одну "
         "цену|смешные деньги], {good}"),
        ("[Раздаю|Раздавал] интернет с {b_gen} на [ноутбук|весь офис] — {good}, [работаю|"
         "созвоны без лагов]"),
        ("[Ехал|Ехала] по трассе [600 км|до моря], {b} [ни разу не пропал|ловил везде]. "
         "[Зачёт|Респект] {e_pos}"),
        "Приложение {b_gen} [удобное|понятное]: [видно все списания|тариф меняется в два тапа] 👌",
        ("Мама [в 70 лет|на пенсии] [сама|без меня] разобралась с приложением {b_gen}. "
         "[Это показатель|Вот это интерфейс] {lol}"),
        ("[Смотрю|Смотрел] [сериал|футбол] в [электричке|поезде] через {b_acc} — {good}"),
        ("Спасибо {b_dat} за [бесплатный месяц|подарок на день рождения|гигабайты в "
         "подарок], [мелочь, а приятно|приятно удивили] {e_pos}"),
        ("[Сравнил|Замерил] трёх операторов {where}: {b} [быстрее всех|на первом месте]. "
         "[Скрины в комментах|Вот цифры]"),
        ("У {b_gen} [наконец-то|теперь] [нормальный|живой] чат поддержки, [ответили "
         "человеческим языком|без бота] 🙌"),
        ("[Перенесла|Перенёс] номер в {b_acc} [за два дня|за сутки], [номер тот же|всё "
         "сохранилось], {good}"),
        "Не реклама: {b} [правда|реально] хорошо ловит {where}. {good}",
        ("[Вот за что|За что] уважаю {b_acc} — [не навязывают подписки|нет скрытых "
         "платежей|можно всё отключить самому] {e_pos}"),
        ("[Студентам|Школьникам] советую {b_acc}: [тариф дешёвый|тариф {tariff} за копейки], "
         "{good}"),
        ("[Третий|Второй] год на тарифе {tariff}, [цену не поднимали|абонентка та же], "
         "{good}. {b}, [так держать|спасибо]"),
        ("[Сын|Дочка] [потерял|потеряла] телефон, {b} [заблокировал|заблокировали] симку за "
         "минуту и [новую дали в салоне|восстановили номер]. [Оперативно|Спасибо]"),
        ("В поездке по [Алтаю|Карелии] {b} [единственный ловил|один ловил], [у "
         "остальных ноль|другие молчали] {e_pos}"),
        ("[Новый|Обновлённый] салон {b_gen} [у метро|в ТЦ] — [быстро|без очереди], "
         "[консультант толковый|девушка всё объяснила] 👍"),
        ("Кто [ругает|хейтит] {b_acc}, у меня {good}, {good}. [Не знаю, в чём|Видимо, "
         "повезло] {e_meh}"),
        ("[Перешла|Перешёл] с [большого оператора|другого оператора] на {b_acc} — "
         "[плачу в два раза меньше|экономлю 400 в месяц], {good}"),
        ("[Работаю удалённо|Фриланс] {where}, [интернет только от {b_gen}|сижу на "
         "{b_pre}], {good} 💪"),
        "{b} [ловит|тянет] {where}, а это [уже победа|показатель] {lol}",
        ("[Отдельное|Большое] спасибо [оператору Анне|сотруднику Максиму] из {b_gen} — "
         "[спокойно всё объяснила|помог разобраться с тарифом] ❤️"),
        "Пусть {b} [и не самый громкий бренд|без рекламы на каждом углу], но {good}",
        ("В {city} {b} [ловит отлично|тянет как надо], {good}. [Рекомендую|Советую "
         "землякам]"),
        "Мой [рейтинг|топ] операторов: 1) {b} 2) [все остальные|пропуск] {lol}",
    ),
    en=(
        "Switched to {b} [a month ago|this spring] and {good} {e_pos}",
        "{b} gets signal {where} where [my partner's carrier|other carriers] get nothing",
        "{b} support [actually helped|sorted it] in [10 minutes|two messages]. Rare {e_pos}",
        "Set up a {b} eSIM [in the app|in five minutes], no store visit ✨",
        "Traveled to [Turkey|Kazakhstan] with {b}, roaming [just worked|was painless], {good}",
        "The {tariff} plan on {b} is [great|solid], {good}",
        "{b} speed {where}: [80|almost 100] Mbps. [Shocked|Didn't expect that] {e_pos}",
        "With {b} for [5|7] years, [zero regrets|not leaving]: {good}",
        "{b} finally put a tower near our [dacha|village], now {good} {e_pos}",
        "{b} refunded [a wrong charge|an unwanted subscription] [in a day|right away]. Nice",
        "{b} family plan: [four numbers|the whole family] for [one price|cheap], {good}",
        "Hotspotting from {b} to my laptop [all day|for a full workday], {good}",
        "Drove [600 km|to the coast] and {b} [never dropped|had signal the whole way] {e_pos}",
        "The {b} app is [clean|easy]: [see every charge|change plans in two taps] 👌",
        "Thanks {b} for the [birthday gigs|free month], [nice touch|pleasant surprise] {e_pos}",
        "Speed-tested three carriers {where}: {b} [won|came out on top]",
        "Ported my number to {b} in [two days|a day], {good}",
        "Not an ad: {b} really does work {where}. [{good}|Surprised myself]",
        "Respect to {b} for [no forced subscriptions|no hidden fees] {e_pos}",
        "Expat in {city}: got a {b} SIM [at the airport|in a mall kiosk], {good}",
        "On a trip through [Altai|Karelia] {b} was the only one with signal {e_pos}",
        "Left a big carrier for {b}, paying [half|400 rubles less], {good}",
        "Remote work {where} on {b} data, {good} [💪|👌]",
        "{b} works {where}, which is [already a win|saying something] {lol}",
        "Big thanks to the {b} support [agent|rep] who [walked me through it|fixed my plan] ❤️",
        "Student tip: the {tariff} plan from {b} is [cheap|dirt cheap] and {good}",
        ("Lost my phone, {b} blocked the SIM in a minute and [reissued it|restored my number]. "
         "Solid"),
    ),
    mixed=(
        "{b} — [best operator|лучший оператор], {good} {e_pos}",
        "eSIM {b_gen} за 5 минут, [no stores|без салонов], [love it|кайф]",
        "Roaming с {b_ins} [just works|просто работает]",
        "Тариф {tariff} — [best deal|лучший deal], {good}",
        "Speedtest {b_gen} {where} — [90 Mbps|под сотню], [wow|вау] {e_pos}",
        "Support {b_gen} [реально helpful|помог быстро], респект",
    ),
)

_V_NEUTRAL = Texts(
    ru=(
        "Кто [сидит|на связи] на {b_pre}, как у вас {where}? [Думаю перейти|Выбираю оператора]",
        ("{b} [поменял|меняет] тариф {tariff} [с первого числа|со следующего месяца], [пришло "
         "СМС|пишут]"),
        "Какой тариф у {b_gen} [лучше для|подойдёт для] [ребёнка|пенсионера|планшета]?",
        "{b} или [большая тройка|кто-то из крупных]? [Сравниваю|Думаю] {e_meh}",
        "Пришло СМС от {b_gen} про тариф {tariff}. [Надо разобраться|Почитаю вечером]",
        "[Сколько|Почём] сейчас тариф {tariff} у {b_gen}? [Давно не смотрел|Не помню]",
        ("Говорят, {b} [запускает|тестирует] 5G в {city}. [Интересно|Посмотрим], "
         "[когда у нас|а телефоны потянут?]"),
        ("Переношу номер в {b_acc}, [сказали — до 8 дней|жду СМС]. [Посмотрим|Отпишусь]"),
        "В {b_pre} [обновили|поменяли] приложение. [Непривычно|Ищу, где баланс] {e_meh}",
        "{svc} у {b_gen} {where}: {meh}, [но в целом ок|в остальном норм]",
        ("[Салон|Офис] {b_gen} [у метро|в ТЦ] [переехал|закрылся на ремонт], [теперь "
         "ближайший|ищите] [на Ленина|в соседнем ТЦ]"),
        ("Замер скорости {b_gen} {where}: [35|48|52] вниз, [12|18] вверх. [Для "
         "статистики|Просто для инфы]"),
        ("{b} [прислал|прислала] опрос о качестве связи. [Ответил честно|Поставил "
         "семёрку] {lol}"),
        ("[Кто-нибудь|Кто] [пользовался|пользуется] eSIM от {b_gen}? [Сложно "
         "подключить?|Как по ощущениям?]"),
        ("[Родителям|Маме] [взял|взяла] симку {b_gen} [для кнопочного|для дачи], [посмотрим, "
         "как там ловит|проверим]"),
        ("{b} [поднимает|поднимет] абонентку на [50|70] рублей [с июня|с первого числа]. [Ясно|Ну "
         "ок]"),
        ("У {b_gen} [новая|какая-то] реклама [с серфером|с маяком] [на билбордах|в "
         "метро]. {e_meh}"),
        "Кто знает, {b} [работает|ловит] в [Абхазии|Казахстане|Беларуси] без доплат?",
        ("[Пополнил|Закинул] {b_acc} на [500|300], [вроде хватит до конца месяца|на "
         "месяц]"),
        ("Номер {b_gen} [сохранил|оставил] [с 2012 года|лет десять], [привык|менять "
         "лень]"),
        ("Сижу в очереди в салоне {b_gen}, [передо мной трое|один человек]. [Меняю "
         "симку|Восстанавливаю номер]"),
        ("[В {b_pre}|У {b_gen}] можно [отключить|убрать] [рекламные СМС|рассылки]? "
         "[Где кнопка?|Не нахожу]"),
        "Читаю условия тарифа {tariff} у {b_gen}. [Мелкий шрифт|Сноски], как всегда {e_meh}",
        ("Пишут, что {b} [купил|покупает] [частоты|региональную компанию]. [Для рынка "
         "интересно|Посмотрим, что изменится]"),
        ("[Коллега|Сосед] [перешёл|ушёл] с {b_gen} на [другого оператора|большую "
         "тройку]. [Говорит, разницы нет|Пока доволен]"),
        ("[Вызов|Звонок] с {b_gen} в [Армению|Турцию] [сколько|почём] за минуту? "
         "[Подскажите|Кто знает]"),
        ("[Вижу|Заметил], что {b} [сделал|запустил] [детский тариф|тариф для "
         "часов]. [Кому надо|Может, кому пригодится]"),
        ("{b} в {city}: [ловит|работает] {where}? [Еду в командировку|Переезжаю] "
         "{e_meh}"),
        ("Сделал [скрин|скриншот] списаний {b_gen} за месяц: [абонентка|тариф] и "
         "[всё|ничего лишнего]. [Для отчёта|Для себя]"),
        ("[Эфир|Созвон] [с|про] {b_ins} [завтра|в пятницу]: [обсуждаем|говорим про] "
         "[цифровизацию|5G] в регионах"),
        ("[Отчёт|Квартальный отчёт] {b_gen}: [выручка выросла|абонентская база +4%]. "
         "[Ну ок|Пишут в новостях]"),
        ("[Ребёнку|Сыну] [купил|поставил] симку {b_gen} [в часы|в планшет], [посмотрим|"
         "пока работает]"),
        ("У {b_gen} [вышка|станция] [стоит|поставили] [прямо у дома|во дворе]. "
         "[Интересно, это вредно?|Соседи волнуются] {e_meh}"),
        "Кто-нибудь [менял|переходил] с тарифа {tariff} на [другой|новый]? [Есть смысл?|Выгодно?]",
        ("[Сегодня|{when}] [пришла|была] [рассылка|СМС] от {b_gen}: [профилактика "
         "ночью|работы на сети]. [Ок|Учту]"),
        ("[Настраиваю|Настраивал] {svc} на {b_pre}, [читаю инструкцию|гуглю], "
         "[разберусь|вроде получилось]"),
        ("{b} [проводит|устраивает] [хакатон|конкурс] для [студентов|разработчиков] в "
         "{city}. [Интересно|Кому надо — ссылка у них]"),
    ),
    en=(
        "Anyone on {b}? How's the signal {where}? [Thinking of switching|Comparing carriers]",
        "{b} is changing the {tariff} plan from next month, [got a text|they say]",
        "Which {b} plan is best for [a kid|a tablet|my parents]?",
        "{b} or one of the big three? [Comparing|Deciding] {e_meh}",
        ("How much is the {tariff} plan on {b} these days? [Site is confusing|Asking before "
         "switching]"),
        "Heard {b} is [launching|testing] 5G in {city}. [We'll see|Interesting]",
        "Porting my number to {b}, [up to 8 days they said|waiting for the text]",
        "{b} updated their app, [can't find the balance|takes getting used to] {e_meh}",
        "{b} {svc} {where}: {meh}, [but fine overall|otherwise ok]",
        "Speed test on {b} {where}: [35|48|52] down, [12|18] up. [For the record|FYI]",
        "Anyone using a {b} eSIM? [Hard to set up?|How is it?]",
        "{b} raising the monthly fee by [50|70] rubles [from June|next month]. [Ok|Noted]",
        "Does {b} work in [Abkhazia|Kazakhstan|Belarus] without extra charges?",
        "Topped up {b} with [500|300] rubles, should last the month",
        "Had my {b} number [since 2012|for a decade], too lazy to switch",
        "Waiting in line at a {b} store, [three ahead of me|one ahead]",
        "Can you turn off [promo texts|marketing] on {b}? Can't find the toggle",
        ("Reading the fine print on the {tariff} plan from {b}. [As usual|Asterisks everywhere] "
         "{e_meh}"),
        ("News says {b} is [buying frequencies|acquiring a regional carrier]. [We'll "
         "see|Interesting for the market]"),
        "Cost per minute from {b} to [Armenia|Turkey]? Anyone know?",
        "{b} launched a [kids' plan|smartwatch plan]. [FYI|Might be useful for someone]",
        "Moving to {city}, does {b} work [well|ok] {where}? {e_meh}",
        "{b} quarterly report: [revenue up|subscriber base +4%]. [Ok|Saw it in the news]",
        "Got a text from {b} about [overnight maintenance|network works] {when}. [Noted|Ok]",
        "Tourist tip request: is {b} a good SIM for a month in Russia? Coming to {city}",
        "Setting up {svc} on {b}, [reading the guide|googling], [should work|seems ok]",
    ),
    mixed=(
        "Кто на {b_pre}, как signal {where}? [Norm?|Живой?]",
        "{b} меняет тариф {tariff}, [read the fine print|читайте сноски] {e_meh}",
        "eSIM от {b_gen} — [anyone tried?|кто пробовал?]",
        "Speedtest {b_gen} {where}: [40 down|так себе], [for the record|для инфы]",
        "{b} или big three? [Thinking|Думаю]",
    ),
)

_V_NEGATIVE = Texts(
    ru=(
        ("{b} [опять|снова] не ловит {where}. [Одна палка|Ноль делений], [сообщения не "
         "уходят|звонок не пройти] {e_neg}"),
        ("Мобильный интернет {b_gen} [вечером|после шести] [еле живой|ползает]: [страница "
         "грузится минуту|видео не грузится вообще]. [За что плачу?|Спасибо]"),
        ("С баланса {b_gen} [списали|сняли] [199|249|99] ₽ за [подписку|«сервис»], "
         "которую я [не подключал|в глаза не видела]. [Классика|Опять] {e_neg}"),
        ("{b} [поднял|подняли] абонентку [без предупреждения|на 100 рублей], СМС "
         "[пришло задним числом|пришло мелким шрифтом]. [Ухожу|Думаю уходить]"),
        ("Чат поддержки {b_gen}: [бот|робот] [по кругу|в пятый раз] [предлагает "
         "перезагрузить телефон|шлёт ссылку на FAQ]. [Живые люди где?|Позовите человека] "
         "{e_neg}"),
        ("Перенос номера в {b_acc} [висит|застрял] [вторую неделю|уже 10 дней], [ни номера, "
         "ни связи|старый отключили, новый не работает] {sigh}"),
        ("{where} с {b_ins} [как в каменном веке|как в 2005]: [E вместо 4G|EDGE], [даже "
         "мессенджер не грузит|карты не открываются]"),
        ("Звонки через {b_acc} [срываются|обрываются] [каждые две минуты|посреди "
         "разговора], [перезваниваю по пять раз|собеседник не слышит] {e_neg}"),
        ("[Уехал|Улетела] в [Турцию|Армению], роуминг {b_gen} [не заработал|молчит], "
         "[хотя подключал заранее|в приложении всё включено]. [Без связи неделю|Весело] "
         "{e_neg}"),
        ("Приложение {b_gen} [не открывается|вылетает] [со вчера|после обновления], "
         "[баланс не посмотреть|пополнить нельзя]. {sigh}"),
        ("[Поменял|Перевели] на [новый|другой] тариф [без спроса|сами], теперь [дороже на "
         "150|меньше гигабайт]. {b}, [это как?|серьёзно?]"),
        ("[Третий день|Со вторника] {b} [тормозит|не работает] {where}, [у всех "
         "соседей|во всём доме] так же. [Авария?|Хоть бы написали]"),
        ("[Спам-звонки|Звонки с незнакомых] [каждый день|по пять раз в день], "
         "«[защита от спама|антиспам]» {b_gen} [не помогает|не работает]. {e_neg}"),
        ("[Салон|Офис] {b_gen} [у метро|в ТЦ]: [очередь час|один сотрудник на всех], "
         "[симку поменять не смогли|сказали приходить завтра]"),
        ("{b} [навязал|подключил] [подписку на музыку|«гудок»] [без моего "
         "согласия|сам], [отключить в приложении нельзя|кнопки нет]. [Бесит|Надоело]"),
        ("[Заплатил|Оплатила] [за безлимит|за тариф {tariff}], а скорость [режут|урезают] после "
         "[10|20] ГБ. [Это безлимит?|Где честность?] {e_neg}"),
        ("[Ночью|В час ночи] {b} [прислал|прислала] [рекламную СМС|пуш про тариф]. "
         "[Совесть есть?|Спасибо, разбудили]"),
        ("{b} [как лотерея|лотерея]: [то летает, то ноль|утром норм, вечером ничего]. "
         "[Надоело|Устал] {e_meh}"),
        ("[Восстановление|Замена] симки {b_gen} [через паспорт и три подписи|заняло два "
         "часа], [ещё и заплатил|ещё и 300 рублей]. [Прекрасно|Сервис]"),
        ("{b}, [ну почему|зачем] на даче [ноль|нет связи], если [на карте покрытия|в "
         "рекламе] [всё зелёное|покрытие есть]? {e_neg}"),
        ("Позвонил в поддержку {b_gen}: [40 минут музыки|полчаса ожидания], потом "
         "[сбросили|«оператор занят»]. {sigh}"),
        ("[Гигабайты|Пакет интернета] {b_gen} [закончились|кончились] за [неделю|10 "
         "дней], [хотя я ничего не качал|странно как-то]. [Куда делись?|Проверяйте "
         "счётчик]"),
        ("У {b_gen} [снова|опять] сбой: [ни звонков, ни интернета|SOS вместо сети] "
         "[с утра|уже {n} часа]. [Работа стоит|Как жить?] {e_neg}"),
        ("{b} [списал|сняла] деньги [дважды|два раза] за месяц, [возврат|вернуть] — "
         "[через заявление|«в течение 30 дней»]. [Отлично|Ну конечно]"),
        ("[Вызовы|Звонки] через {b_acc} [с эхом|с задержкой], [собеседник слышит "
         "себя|говорим по очереди]. {meh}"),
        ("{b} [сломал|поломал] eSIM при [смене телефона|переносе], [теперь без "
         "номера|сижу без связи] [второй день|с утра] {e_neg}"),
        ("[Пенсионерам|Маме] {b} [подключил|подключили] [платный гороскоп|подписку на "
         "погоду], [списывают каждый день|она даже не знает]. [Стыдно|Позор]"),
        ("Мобильный интернет {b_gen} {where} — [ноль|никакой], [скорость как у "
         "модема|5 кбит/с]. [Поддержка: «перезагрузите»|Ответ: «зона плохого приёма»]"),
        ("{b} [заблокировал|заблокировали] номер [за «подозрительную активность»|без "
         "объяснений], [разблокировать — только в салоне|еду в салон] {sigh}"),
        ("Реклама {b_gen}: «[связь везде|сеть без границ]». [Реальность|Факт]: {where} "
         "[ни одной палки|пусто] {lol}"),
        ("[Месяц|Две недели] жду, когда {b} [починит|исправит] {svc}. [Обещали «в течение "
         "суток»|Заявка «в работе»]. [Ну-ну|Ага] {e_meh}"),
        ("Ушёл [бы|уже] с {b_gen}, но [номер на всех сервисах|перенос номера — "
         "квест]. [Держат, как в заложниках|Заложник номера] {sigh}"),
        ("[Пришёл|Выставили] счёт на [1800|2400] за [роуминг|звонки], хотя я [был в "
         "Абхазии|звонил только в мессенджере]. {b}, [объясните|что это?]"),
        ("Домашний интернет {b_gen} [падает|отваливается] [каждый вечер|в 9 вечера], "
         "[мастер не приехал|мастер «в пути» с обеда]. {e_neg}"),
        ("[Сменили|Поменяли] [салон на чат-бота|живых операторов на бота], и {b} стал "
         "[невыносим|бесполезен] в решении [любых|простых] вопросов"),
        ("{b} {where}: [видео на минуту грузится|мессенджер «соединение»], [а рядом "
         "у жены всё летает|у друга на другом операторе норм]"),
        ("[Два|Три] раза в месяц {b} [отключает|вырубает] связь [для «профилактики»|"
         "«на работы»] [днём|в рабочее время]. [Кто так делает?|Серьёзно?]"),
        ("[Подключил|Поставил] автоплатёж {b_gen}, а он [списал дважды|сработал три "
         "раза]. [Верните|Где деньги?] {e_neg}"),
        ("[Перешёл|Перешла] на {b_acc} [по акции|за скидкой], а через [два|три] месяца "
         "[цена выросла вдвое|акция «закончилась»]. {meh}"),
        ("[Ребёнок|Сын] без связи [в школе|в лагере], {b} [не ловит|пропадает] {where}. "
         "[Нервничаю|Переживаю] весь день {sigh}"),
        ("Поддержка {b_gen} [просит|требует] [скан паспорта|фото с паспортом], чтобы "
         "[отключить подписку|поменять тариф]. [Вы серьёзно?|Это перебор]"),
        ("Отвалилась связь {b_gen} [в самый нужный момент|посреди собеседования], "
         "[собеседование сорвалось|созвон пропал]. {e_neg}"),
        ("{b} [отправляет|шлёт] [пуши|СМС] про [кредит|страховку|«выгодное предложение»] "
         "[каждый день|по три раза]. [Отпишите меня|Сколько можно]"),
        ("Новая [вышка|станция] {b_gen}, а [стало только хуже|связи стало меньше]. "
         "{meh}. [Парадокс|Как так?]"),
        ("Стоимость тарифа {tariff} [выросла|поднялась] [в третий раз|уже второй раз] за год, "
         "[а связь та же|а услуги те же]. [Ищу замену|Пора уходить]"),
        ("{b} и {svc} [сегодня|{when}] — [не работает|полный ноль], [в приложении "
         "«всё хорошо»|статус «работает»]. {lol}"),
        ("Сообщения {b_gen} [приходят с опозданием|доходят через час], [коды из банка "
         "не успеваю ввести|код устаревает]. [Нормально так|Беда] {e_neg}"),
        ("В [деревне|посёлке] у [мамы|бабушки] {b} [не ловит вообще|ловит только на "
         "крыльце], [звоню с чердака|ищу место у окна] {sigh}"),
        ("{b}, [вы там|у вас там] [всё хорошо?|всё нормально?] {where} [второй день "
         "ничего|опять пусто]. {e_meh}"),
        ("[Сотрудник|Консультант] в салоне {b_gen} [впарил|пытался впарить] [страховку "
         "телефона|платную услугу] [мимоходом|при замене симки]. [Отказался|Не на того "
         "напал]"),
        ("[Месяц|Полгода] на {b_pre}, и [каждый месяц|постоянно] какие-то "
         "[сюрпризы в счёте|новые списания]. [Надоело разбираться|Устала]"),
        ("Опять «сеть недоступна» {where}. {b}, [а ведь обещали|вы же обещали] "
         "[новые вышки|покрытие]"),
        ("[Поставил|Поставила] [новый|другой] телефон, и {b} [не ловит 4G|показывает "
         "только 3G]. [В поддержке «это телефон»|Поддержка не знает]"),
        ("Роуминг {b_gen} [сожрал|съел] [2000|3000] за [два дня|выходные] — [пакеты "
         "не подключились|«пакет не распространяется»]. [Спасибо|Отдохнул] {e_neg}"),
        ("{b} [забыл|не предупредил] о [повышении цен|смене условий], [узнал из "
         "счёта|увидела в выписке]. [Так не делается|Некрасиво]"),
        ("[Из-за|По вине] {b_gen} [пропустил|не дозвонился до] [врача|курьера|"
         "работодателя] — звонок [не проходит|сбрасывается]. {sigh}"),
        ("Смешно: {b} [предложил|предлагает] мне «[лучший тариф|персональный "
         "тариф]», который [дороже моего|хуже по всем параметрам] {lol}"),
        ("Кто-нибудь [дозвонился|дописался] до {b_gen} [сегодня|{when}]? [Висим в "
         "очереди|Бот не пускает к человеку] {e_meh}"),
        ("{b} {where} [как будто нет|как будто выключен]: [ни звонка|ни сообщения], "
         "[телефон греется|батарея тает]"),
    ),
    en=(
        ("{b} has no signal {where} [again|once more]. [One bar|Zero bars], [texts won't "
         "send|can't call] {e_neg}"),
        ("{b} mobile data in the evening is [barely alive|crawling]: [a page takes a "
         "minute|videos won't load]. [What am I paying for?|Great]"),
        ("{b} charged me [199|249|99] rubles for a subscription I [never added|never saw]. "
         "[Classic|Again] {e_neg}"),
        ("{b} raised the monthly fee [without warning|by 100 rubles], the text came [after the "
         "fact|in fine print]"),
        ("{b} support chat: the bot [keeps telling me to restart my phone|sends the FAQ "
         "again]. [Where are the humans?|Get me a person] {e_neg}"),
        ("Porting my number to {b} [stuck for two weeks|10 days now], [old SIM dead, new one not "
         "working|no service at all] {sigh}"),
        ("{b} {where} is [like 2005|stone age]: [EDGE|E instead of 4G], [maps won't load|messages "
         "won't send]"),
        ("{b} calls drop [every two minutes|mid-sentence], [calling back five times|they can't "
         "hear me] {e_neg}"),
        ("Flew to [Turkey|Armenia], {b} roaming [never kicked in|was dead] even though "
         "[I set it up in advance|it's on in the app] {e_neg}"),
        ("{b} app [won't open|keeps crashing] [since yesterday|after the update], [can't check "
         "balance|can't top up] {sigh}"),
        ("{b} moved me to a new plan [without asking|on their own], now [150 more|fewer gigs]. "
         "Seriously?"),
        ("{b} [down|crawling] {where} [for 3 days|since Tuesday], [all neighbors too|the whole "
         "building]. [Outage?|A heads-up would be nice]"),
        ("Spam calls [every day|5 times a day], {b} \"spam protection\" [does nothing|doesn't "
         "work] {e_neg}"),
        ("{b} store: [hour-long line|one employee for everyone], [couldn't swap my SIM|told to "
         "come back tomorrow]"),
        ("{b} [added|slipped in] a [music subscription|ringback tone] without asking, [no way to "
         "cancel in the app|no button]"),
        ("Paid for [unlimited|the {tariff} plan] and {b} throttles after [10|20] GB. [That's "
         "unlimited?|Honest?] {e_neg}"),
        "{b} sent a [promo text|plan push] at [1am|midnight]. [Thanks for waking me|Seriously?]",
        "{b} is a lottery: [fast then nothing|fine in the morning, dead at night] {e_meh}",
        ("{b} [why|how] is there no signal at my dacha when the coverage map is [all green|full]? "
         "{e_neg}"),
        ("Called {b} support: [40 minutes of hold music|half an hour], then [dropped|\"all agents "
         "busy\"] {sigh}"),
        ("My {b} data [ran out|was gone] in [a week|10 days] and I [barely used it|didn't download "
         "anything]"),
        ("{b} outage [again|once more]: [no calls, no data|SOS only] [since morning|for {n} hours] "
         "{e_neg}"),
        ("{b} charged me twice this month, refund [\"within 30 days\"|needs a written request]. "
         "Great"),
        ("{b} broke my eSIM while [switching phones|transferring], [no number|no service] [for 2 "
         "days|since morning] {e_neg}"),
        ("{b} signed my [mom|grandma] up for a [paid horoscope|weather subscription], charged "
         "daily. Shameful"),
        "{b} ad: \"[coverage everywhere|no limits]\". Reality {where}: [no bars|nothing] {lol}",
        "Would leave {b} but [my number is on everything|porting is a nightmare]. Hostage {sigh}",
        ("{b} bill of [1800|2400] for roaming when I [only used wifi calls|was in Abkhazia]. "
         "Explain?"),
        ("{b} home internet [drops|dies] [every evening|at 9pm], technician [never came|\"on the "
         "way\" since noon] {e_neg}"),
        "{b} cuts service [twice a month|regularly] for \"maintenance\" [midday|during work hours]",
        "{b} autopay [charged twice|fired three times]. Refund please {e_neg}",
        ("Joined {b} on a promo, after [two|three] months [the price doubled|\"promo ended\"]. "
         "{meh}"),
        ("{b} support wants a [passport scan|selfie with my passport] to [cancel a "
         "subscription|change my plan]. Really?"),
        "{b} dropped [mid-interview|in the middle of a work call]. {e_neg}",
        "{b} pushes [loan|insurance] offers [daily|three times a day]. Unsubscribe me",
        ("The {tariff} plan from {b} went up for the [third|second] time this year, [same "
         "service|nothing "
         "new]"),
        "{b} texts arrive [late|an hour late], my bank codes expire before I get them {e_neg}",
        "{b} at my [mom's|grandma's] village: signal only [on the porch|in the attic] {sigh}",
        ("{b} store rep tried to [upsell phone insurance|sneak in a paid add-on] during a SIM "
         "swap. Nope"),
        ("{b} roaming ate [2000|3000] rubles in [two days|a weekend], the package [never "
         "applied|\"doesn't cover\" it] {e_neg}"),
        "{b} never mentioned the price change, [found out from the bill|saw it in my statement]",
        ("{b} just offered me a \"[best|personal] plan\" that's [pricier than mine|worse in every "
         "way] {lol}"),
        "New phone and {b} [won't do 4G|shows 3G only]. Support says [it's the phone|no idea]",
        "{b} {where} is [dead|like it's switched off]: [no calls|no texts], battery draining",
        ("Missed a call from [the doctor|a recruiter|the courier] because {b} [dropped it|never "
         "connected]. {sigh}"),
    ),
    mixed=(
        "{b} опять no signal {where}, [seriously|ну серьёзно] {e_neg}",
        "Support {b_gen} — [бот по кругу|endless loop], [help|помогите]",
        "{b} списали за subscription, которую я не [подключал|активировала]",
        "Roaming {b_gen} [не работает|dead], [fail|эпик фейл]",
        "Price up, [скорость|speed] down — это {b}",
        "Мобильный internet {b_gen} вечером [просто zero|ноль]",
        "{b} app [crash|вылетает] каждый раз {sigh}",
    ),
)

_V_QUESTION = Texts(
    ru=(
        "{h} [подскажите|скажите], как [перейти на|подключить] тариф {tariff}?",
        "{h} [есть ли|будет ли] покрытие {where} [в Тверской области|под Калугой|на Селигере]?",
        "{h} как [подключить|настроить] eSIM на [айфон|андроид|часы]?",
        "{h} [работает ли|будет ли работать] роуминг в [Турции|Грузии|ОАЭ] [без доплат|в пакете]?",
        ("{h} [почему|откуда] [списание|списали] [99|149] ₽ [вчера|{when}]? [Не понимаю, за "
         "что|Что это?]"),
        "{h} [как отключить|где отключить] [рекламные СМС|все подписки] [одним разом|сразу]?",
        "{h} [можно|а можно] [перенести|оставить] номер при переезде в {city}?",
        "{h} [когда|будет ли] 5G в {city}? [Телефон поддерживает|Жду]",
        "{h} [сколько стоит|почём] [замена сим-карты|восстановление симки] в салоне?",
        "{h} на тарифе {tariff} [раздача интернета|раздача] [платная|ограничена]?",
        "{h} [как узнать|где посмотреть] остаток [гигабайт|минут] [без приложения|по USSD]?",
        "{h} [подскажите|скажите], [есть ли|у вас есть] тариф [для часов|для планшета|для модема]?",
        "{h} [можно|как] [оформить|переоформить] номер на [ребёнка|маму]?",
        ("{h} [планируется ли|будет ли] [вышка|покрытие] в [СНТ «Ромашка»|посёлке Лесном]? "
         "[Дачники ждут|Очень надо]"),
        "{h} [где|в каком салоне] можно [купить|получить] eSIM [в {city}|рядом с метро]?",
        "{h} [работает ли|есть ли] [вайфай-звонки|VoLTE] [на вашей сети|у вас]?",
        "{h} [сохранятся ли|останутся ли] гигабайты [при смене тарифа|если сменю тариф]?",
        "{h} [как сделать|можно ли сделать] детализацию [за три месяца|за полгода]?",
        ("{h} [почему|зачем] [пришло|прислали] СМС про [смену условий|новый тариф]? [Что "
         "меняется?|Для меня что-то изменится?]"),
        "{h} [есть ли|будет ли] [скидка|спецпредложение] [для пенсионеров|для студентов]?",
        ("{h} [если|а если] [уеду|улечу] на [полгода|три месяца], номер [не "
         "заблокируют?|сохранится?]"),
        "{h} как [поставить|включить] [запрет|блокировку] [платных подписок|контента]?",
        "{h} в салоне на [Ленина|Гагарина] [есть|работает] [выдача eSIM|оформление договоров]?",
        ("{h} [подскажите|скажите] номер [горячей линии|поддержки] [для звонка из-за границы|из "
         "роуминга]"),
        "{h} [можно|как] [подключить|вернуть] архивный тариф {tariff}?",
    ),
    en=(
        "{h} how do I switch to the {tariff} plan [in the app|without visiting a store]?",
        "{h} is there coverage {where} near [Tver|Kaluga]?",
        "{h} how do I set up an eSIM on [an iPhone|Android|a smartwatch]?",
        "{h} does roaming work in [Turkey|Georgia|the UAE] at no extra cost?",
        "{h} what's this [99|149] ruble charge from {when}?",
        "{h} how do I turn off [promo texts|all subscriptions] at once?",
        "{h} when is 5G coming to {city}? [Phone's ready|Asking for the whole block]",
        "{h} how much is a SIM replacement [in store|at the kiosk]?",
        "{h} is hotspot included on the {tariff} plan [or extra?|for free?]",
        "{h} do you have a plan for [a smartwatch|a tablet|a modem]?",
        "{h} will my unused gigs carry over if I [change plans|switch to another plan]?",
        "{h} where can I get an eSIM in {city}? [Near the center ideally|Any store?]",
        "{h} is there a discount for [students|retirees]?",
        "{h} will my number stay active if I'm abroad for [6|3] months?",
        "{h} tourist here, which plan is best for [a month|two weeks]?",
        "{h} does your network support [VoLTE|wifi calling]?",
    ),
    mixed=(
        "{h} как подключить eSIM на iPhone? [В инструкции не то|Не получается]",
        "{h} roaming в Турции [работает?|included?]",
        "{h} есть ли plan для [smartwatch|часов]?",
    ),
)

_V_COMPLAINT = Texts(
    ru=(
        ("{h} [третий день|с понедельника] нет [связи|интернета] {where}, [у соседей так "
         "же|весь дом без сети]. [Когда почините?|Сколько ждать?] {e_neg}"),
        ("{h} [списали|сняли] [199|249|149] ₽ за подписку, которую я [не подключал|не "
         "заказывала]. [Верните|Требую вернуть] и [отключите|уберите] {e_neg}"),
        ("{h} перенос номера [висит|не двигается] [10 дней|вторую неделю], [старая "
         "симка уже не работает|я без номера]. [Что происходит?|Помогите]"),
        ("{h} [поменяли|перевели] мне тариф [без моего согласия|сами], теперь [дороже на "
         "150|меньше гигабайт]. [Верните старый|Прошу вернуть тариф {tariff}]"),
        ("{h} роуминг [в Турции|в Армении|в Грузии] [не работает|не подключается], "
         "[хотя включён в приложении|хотя всё настроено]. [Я без связи|Срочно] {e_neg}"),
        ("{h} [приложение|личный кабинет] [не открывается|выдаёт ошибку] [с утра|второй "
         "день], [не могу пополнить|баланс не видно]"),
        ("{h} [интернет|4G] {where} [вечером|после 18:00] [не грузит ничего|скорость "
         "0,1 Мбит]. [Скрины спидтеста прилагаю|Замеры в комментах]"),
        ("{h} [звонки|вызовы] [срываются|обрываются] [через минуту|каждые пару минут] "
         "[уже неделю|{n} дня]. [Телефон новый|Симку меняла]. Что делать?"),
        ("{h} [выставили|пришёл] счёт за роуминг на [1800|2600|3100] ₽, хотя [пакет был "
         "подключён|я сидела на вайфае]. [Разберитесь|Объясните]"),
        ("{h} [бот|робот] в чате [пятый раз|по кругу] [предлагает перезагрузить "
         "телефон|шлёт статью], [соедините с оператором|позовите человека]"),
        ("{h} [звоню на горячую линию|висю на линии] [40 минут|полчаса], [никто не "
         "отвечает|сбрасывает]. [Как до вас достучаться?|Это нормально?]"),
        ("{h} [автоплатёж|автопополнение] [сработал дважды|списал три раза] за месяц. "
         "[Верните лишнее|Прошу вернуть деньги] {e_neg}"),
        ("{h} [спам-звонки|звонки мошенников] [по пять в день|каждый час], антиспам "
         "[не работает|пропускает всё]. [Сделайте что-нибудь|Это ваша сеть]"),
        ("{h} в салоне на [Ленина|Кирова] [отказались|не смогли] [поменять симку|"
         "восстановить номер], [сказали «система не работает»|отправили в другой салон]"),
        ("{h} [маме|пенсионерке] [подключили|навязали] [платную подписку|гороскоп за 15 "
         "₽ в день], [она не соглашалась|она не умеет такое подключать]. [Верните все "
         "деньги|Стыдно]"),
        ("{h} [поставил|подключил] безлимит, а после [15|20] ГБ скорость [режут до "
         "нуля|падает до 128 кбит]. [Это обман|Где безлимит?] {e_neg}"),
        ("{h} eSIM [слетела|перестала работать] после [обновления|перезагрузки], [в "
         "салоне сказали ждать|номера нет] [второй день|с утра]"),
        ("{h} СМС [приходят с опозданием|не приходят вовсе] [неделю|{n} дня], [коды из "
         "банка не получить|не могу войти в банк]"),
        ("{h} абонентку подняли [на 100 рублей|до 650] [без предупреждения|задним "
         "числом]. [Где уведомление?|Я ничего не получал]"),
        ("{h} заявка [№418772|№502931|№377104] [висит|«в работе»] [две недели|уже "
         "месяц], [никто не звонит|ответа нет]"),
        ("{h} домашний интернет [падает|отваливается] каждый вечер, мастер [не пришёл|"
         "не приехал] [дважды|в назначенное время]. [Сколько можно?|Жду компенсацию]"),
        ("{h} [номер|сим-карту] [заблокировали|отключили] [без объяснений|«за "
         "подозрительную активность»], [я на работе без связи|банк не видит номер] "
         "{e_neg}"),
        ("{h} [в деревне|на даче] {where} [вообще нет сети|ни одной палки], а на карте "
         "покрытия [всё зелёное|4G]. [Обновите карту|Поставьте вышку]"),
        ("{h} [мне звонят|звонят] [коллекторы|по чужому долгу], номер [раньше был "
         "чужим|достался от кого-то]. [Разберитесь|Уберите меня из их базы]"),
        ("{h} [консультант|сотрудник] в салоне [нагрубил|хамил], [когда я попросил "
         "отключить подписку|когда я отказался от страховки]. [Примите меры|Разберитесь]"),
        ("{h} [гигабайты|пакет] [кончились|закончились] за [неделю|5 дней], хотя [я "
         "ничего не качала|телефон почти не использую]. [Проверьте счётчик|Что-то не так]"),
        ("{h} [перевела|перевёл] деньги [на баланс|с карты], а на счёт [не "
         "поступили|не пришли] [уже сутки|со вчера]. [Чек есть|Квитанция в личке]"),
        ("{h} [пропала связь|нет сети] [во всём районе|в {city}] [с утра|со вчера], "
         "[ни звонка, ни интернета|только SOS]. [Что случилось?|Когда вернёте?]"),
        ("{h} [скорость|интернет] на тарифе {tariff} [хуже|медленнее], чем [было|на старом "
         "тарифе]. [Зачем переводили?|Верните как было]"),
        ("{h} [оплатил|оплатила] [тариф|месяц] вперёд, а [связь отключили за "
         "долг|номер в минусе]. [Откуда долг?|Объясните]"),
        ("{h} [прошу|требую] [отключить|удалить] [все рассылки|рекламу], [третий раз "
         "пишу|уже писала]. [Ничего не меняется|Всё приходит]"),
        ("{h} [при переносе номера|после смены тарифа] [пропали|сгорели] [накопленные "
         "гигабайты|бонусы]. [Верните|Так нечестно]"),
        ("{h} [курьер|доставка] [сим-карты|eSIM] [не приехал|сорвался] [второй раз|уже "
         "дважды], [весь день ждал|отпрашивалась с работы]"),
        ("{h} {svc} [не работает|сломан] [после обновления|с прошлой недели], [в "
         "приложении всё «активно»|статус «подключено»]. [Почините|Что делать?]"),
        ("{h} [почему|зачем] [нужен паспорт|требуете паспорт], чтобы [отключить "
         "подписку|сменить тариф]? [Это перебор|Бред]"),
        ("{h} [в поезде|на трассе] {where} [связь пропадает|интернет исчезает] на "
         "[два часа|весь путь]. [Когда будет покрытие?|Обещали же]"),
        ("{h} [ребёнку|сыну] на [детский|школьный] номер [приходят|пришли] [платные "
         "СМС|подписки], [хотя стоит запрет|хотя всё заблокировано]. {e_neg}"),
        ("{h} [мне|нам] [обещали|сказали] перезвонить [в течение дня|до вечера] — "
         "[прошло три дня|тишина]. [Номер обращения|Заявка] [в личке|выше]"),
        ("{h} [сломалась|не работает] раздача интернета на тарифе {tariff}, [пишет «услуга "
         "недоступна»|ноутбук не видит сеть]. [Раньше работало|Вчера было нормально]"),
        ("{h} [звонки в|вызовы на] [Армению|Казахстан] [тарифицируют|списали] по "
         "[120 ₽|99 ₽] за минуту, [а на сайте другая цена|хотя писали 15]"),
        ("{h} [симку|номер] [оформили|переоформили] на [другого человека|чужой паспорт] "
         "[в салоне|по ошибке], [теперь не могу ничего сделать|доступ потерян]"),
        ("{h} [СМС-уведомления|пуши] [про «выгодный кредит»|про страховку] [ночью|в 2 "
         "часа ночи]. [Совесть есть?|Прекратите]"),
        ("{h} [уже|почти] [месяц|три недели] [не могу|не получается] [расторгнуть "
         "договор|закрыть номер]: [в салон отправляют в чат|чат отправляет в салон]"),
        ("{h} [скорость|интернет] [у вас|на вашей сети] [упала|стала в разы меньше] после "
         "[установки новой вышки|«модернизации»] {where}. {meh}"),
        ("{h} [в личном кабинете|в приложении] [висит долг|минус 340], хотя [всё "
         "оплачено|платёж прошёл]. [Скрин прилагаю|Проверьте]"),
        ("{h} [вы|ваш робот] [звоните|звонит] мне [с предложениями|с «опросом»] [каждый "
         "день|по два раза в день]. [Уберите из обзвона|Не звоните больше]"),
        ("{h} [после обмена|после замены] симки [пропали контакты|сбросились "
         "подписки], [никто не предупредил|а могли бы сказать]"),
        ("{h} {svc} {where} [не работает|пропадает] [уже неделю|с выходных], "
         "[соседи подтверждают|у всех так же]. {meh}"),
        ("{h} [я инвалид|я пенсионер], в салон [не дойти|сложно], а [без визита|по "
         "телефону] [ничего не делают|помочь отказываются]. [Как быть?|Помогите]"),
        ("{h} [верните|почему не вернули] [деньги за|оплату за] [неиспользованный "
         "месяц|расторгнутый договор]? [Прошло 30 дней|Уже месяц жду]"),
        ("{h} [пишу уже третий раз|это уже третье обращение]: [подписку так и не "
         "отключили|деньги так и списывают]. [Сколько можно?|Реакции ноль] {e_neg}"),
        ("{h} [в салоне|в офисе] [навязали|продали] [страховку|платный антивирус] "
         "вместе с [симкой|телефоном], [дома увидел в договоре|не объяснили]. "
         "[Расторгните|Верните деньги]"),
    ),
    en=(
        ("{h} no [signal|data] {where} for [3 days|since Monday], [neighbors too|the whole "
         "building]. [When will it be fixed?|How long?] {e_neg}"),
        ("{h} you charged me [199|249|149] rubles for a subscription I [never added|didn't order]. "
         "Refund and cancel"),
        "{h} number port [stuck for 10 days|frozen for two weeks], [old SIM dead|no number]. Help",
        ("{h} you switched my plan [without consent|on your own], now [150 more|fewer gigs]. "
         "Switch it back"),
        ("{h} roaming in [Turkey|Armenia|Georgia] [doesn't work|won't connect] though it's on in "
         "the app {e_neg}"),
        ("{h} [the app|my account page] [won't open|errors out] [all morning|for 2 days], can't "
         "top up"),
        ("{h} data {where} [after 6pm|in the evening] is [dead|0.1 Mbps]. Speedtest screenshots "
         "attached"),
        ("{h} calls drop [after a minute|every few minutes] [for a week|{n} days]. [New "
         "phone|Swapped SIM]. Now what?"),
        ("{h} a roaming bill of [1800|2600|3100] rubles when [I had a package|I was on wifi]. "
         "Explain"),
        ("{h} the bot [keeps suggesting a restart|sends the same article]. [Connect me to a "
         "human|Real person please]"),
        "{h} [40 minutes|half an hour] on hold, [nobody answers|hangs up]. How do I reach you?",
        "{h} autopay [charged twice|ran three times] this month. Refund the extra {e_neg}",
        ("{h} [scam calls|spam calls] [five a day|every hour], spam protection [does nothing|lets "
         "everything through]"),
        ("{h} the store on [Lenina|Kirova] [refused|couldn't] [swap my SIM|restore my number], "
         "[\"system down\"|sent me elsewhere]"),
        ("{h} my [mom|grandma] got [a paid subscription|a daily horoscope charge] she never agreed "
         "to. Refund it all"),
        ("{h} \"unlimited\" throttled to [zero|128 kbps] after [15|20] GB. [That's fraud|Where's "
         "unlimited?] {e_neg}"),
        ("{h} eSIM [died|stopped working] after an [update|restart], [no number|store says wait] "
         "[for 2 days|since morning]"),
        "{h} texts [arrive late|don't arrive] [for a week|{n} days], can't get my bank codes",
        ("{h} monthly fee up [100 rubles|to 650] [without notice|retroactively]. Where was the "
         "notice?"),
        ("{h} ticket [#418772|#502931|#377104] \"in progress\" for [two weeks|a month], nobody "
         "calls"),
        ("{h} home internet drops every evening, technician [no-showed twice|never came]. "
         "Compensation?"),
        ("{h} my number was [blocked|cut off] [with no explanation|for \"suspicious activity\"]. "
         "[I'm at work without service|My bank can't reach me] {e_neg}"),
        ("{h} zero signal at my dacha {where} but the coverage map shows [green|4G]. [Update the "
         "map|Build a tower]"),
        ("{h} a store rep was [rude|hostile] when I [asked to cancel a subscription|declined "
         "insurance]. Please act"),
        ("{h} my data [ran out|vanished] in [a week|5 days] and I [barely use it|downloaded "
         "nothing]. Check the counter"),
        ("{h} topped up [from my card|via bank], money [never arrived|missing for a day]. Receipt "
         "in DM"),
        "{h} [outage|no network] in [my area|{city}] [since morning|since yesterday], SOS only",
        ("{h} paid the month [upfront|in advance] and you [cut me off for debt|show a negative "
         "balance]. What debt?"),
        "{h} third time asking to [stop marketing texts|remove ads]. Still coming",
        ("{h} my [saved gigs|bonuses] [vanished|were wiped] after [porting|a plan change]. Give "
         "them back"),
        ("{h} [SIM|eSIM] courier [no-showed|cancelled] [twice|again], [waited all day|took time "
         "off work]"),
        ("{h} {svc} [broken|not working] [since the update|since last week], app says \"active\". "
         "Fix it"),
        "{h} why do I need a passport to [cancel a subscription|change my plan]? Absurd",
        ("{h} my kid's number gets [paid texts|subscriptions] even with [a block|everything "
         "blocked] {e_neg}"),
        ("{h} promised a callback [within a day|by evening], [three days ago|silence]. Ticket # "
         "above"),
        ("{h} calls to [Armenia|Kazakhstan] billed at [120|99] rubles a minute, the site says "
         "[15|otherwise]"),
        ("{h} been trying to [close my number|cancel the contract] for [a month|3 weeks]: store "
         "sends me to chat, chat to the store"),
        "{h} [loan|insurance] texts at [2am|night]. Stop it",
        ("{h} account shows [a debt|minus 340] even though [it's paid|the payment went through]. "
         "Screenshot attached"),
        "{h} after a SIM swap my [contacts|settings] were wiped, nobody warned me",
        ("{h} store [added|sold me] [insurance|a paid antivirus] with my [SIM|phone], [found it in "
         "the contract|nobody said]. Cancel it"),
        ("{h} third request now, [the subscription is still on|still being charged]. Zero reaction "
         "{e_neg}"),
    ),
    mixed=(
        "{h} третий день no signal {where}, [fix it|почините] {e_neg}",
        "{h} списали за subscription, которую я не подключал, [refund please|верните]",
        "{h} roaming в Турции [не работает|not working], [help|помогите]",
        "{h} перенос номера stuck уже [10|12] дней",
        "{h} support bot по кругу, [human please|позовите человека]",
    ),
)

_V_COMMENT = Texts(
    ru=(
        "А {where} когда [починят|будет связь]? {e_meh}",
        "[Лучше бы|Вместо постов лучше бы] [вышку поставили|связь починили] {where}",
        "[Круто|Класс], а для [старых абонентов|нас, давних клиентов] что-нибудь будет?",
        "Тариф {tariff} [дорожает|подорожал], а вы тут [акции|конкурсы] постите {sigh}",
        ("[Пользуюсь тарифом|Сижу на тарифе] {tariff} [три года|давно], [всё устраивает|норм] "
         "{e_pos}"),
        "[Подписку|Списание] мне так и не [отключили|вернули], [ау|напоминаю]",
        "[А 5G|5G] в {city} [когда?|будет?] [Ждём|Телефон готов] {lol}",
        "[Спасибо за|Отличный] [подарок|бонус], [гигабайты пришли|всё получил] 🙌",
        "[Отметьте|Скиньте] [ссылку|условия], [где почитать|не нашёл]",
        "[Поддержка|Чат] [второй день|с утра] не отвечает, [а тут посты|зато реклама] {e_neg}",
        "[Хороший оператор|Нормальный оператор], [с 2015 года с вами|давно с вами] 👍",
        ("[Скорость|Интернет] {where} [упала|стала хуже] [после обновления|в последний месяц] "
         "{e_meh}"),
        "[Победителя|Итоги] [покажете?|когда?] {lol}",
        "[Верните|Вернули бы] тариф {tariff}, [был лучший|отличный был] 🙏",
        "[А eSIM|eSIM] для [часов|Apple Watch] [будет?|когда?]",
    ),
    en=(
        "When will [we|anyone] {where} get signal? {e_meh}",
        "Better build a tower {where} than post [promos|giveaways]",
        "Any perks for folks who've been with you since forever?",
        "Been on the {tariff} plan for years, [happy|no complaints] {e_pos}",
        "Still waiting for my refund, [hello?|just saying]",
        "5G in {city} when? [Asking for a friend|Still waiting] {lol}",
    ),
)

_V_REPLY = Texts(
    ru=(
        "[Та же фигня|Такая же история] {where}, [с утра|уже неделю]",
        "[Странно|Хм], у меня {b} {where} [норм ловит|всё ок] {e_meh}",
        "[Поставь|Включи] запрет на [подписки|контент] в приложении, [мне помогло|спасает]",
        "[Попробуй|Попробуйте] [сменить|переключить] сеть на [3G|LTE] [вручную|в настройках]",
        "[Пиши|Напиши] [в личку|в чат], [мне вернули|мне отключили] за [день|пару часов]",
        "[Классика|Узнаю {b_acc}] {lol}",
        "Авария [у них|на сети] [сегодня|с утра], [на сайте висит|пишут в каналах]",
        ("У меня [другой оператор|большая тройка] — [то же самое|не лучше], [не обольщайся|везде "
         "так]"),
        "[Перешёл бы|Переходи] на тариф {tariff}, [там дешевле|там раздача бесплатная]",
        "[Я ушёл|Мы ушли] от {b_gen} [год назад|прошлой весной], [не жалею|и норм]",
        "[Подтверждаю|+1], [в нашем районе|у нас] {meh}",
        "[Сделай|Сделайте] спидтест и [скинь им|отправьте в поддержку], [быстрее "
        "реагируют|так работает]",
        "[Вышку|Станцию] [у нас|в районе] [обновляют|меняют], [после неё лучше будет|потерпи]",
        "[Блин|Ну вот], [а я|я как раз] [собирался переходить|думала перейти] {sigh}",
        "[Ахах|Хах], {b} [и {where}|{where}] — [несовместимы|вечная боль] {lol}",
        "[Перезагрузи|Перезапусти] телефон, [иногда помогает|мне помогло] {e_meh}",
        "[Салон|Офис] [на Ленина|у метро] [нормальный|толковый], [иди туда|там помогут]",
        "Это [из-за|после] [обновления|нового тарифа], у [всех|многих] так",
        "[Скинь|Покажи] [скрин|детализацию], [интересно|может, подписка]",
        ("[У мамы|У бабушки] [та же беда|так же] — [гороскопы|подписки], [еле отключили|неделю "
         "отключали]"),
    ),
    en=(
        "[Same|Same here] {where}, [since morning|all week]",
        "Weird, {b} works [fine|perfectly] for me {where} {e_meh}",
        "Turn on the subscription block in the app, [it helped me|it works]",
        "Try switching to [3G|LTE] manually in settings",
        "DM them, they [refunded me|turned it off] in [a day|hours]",
        "[Classic|Lol classic] {b} {lol}",
        "There's an outage today, [it's on their site|channels are posting about it]",
        "My carrier is [no better|the same], [it's everywhere|don't get your hopes up]",
        "Left {b} [a year ago|last spring], no regrets",
        "+1, [in our area|our district too] {meh}",
        "Restart your phone, [sometimes helps|worked for me]",
        "Probably the [update|new plan], lots of people have this",
    ),
    mixed=(
        "[Same|Та же фигня] {where} {e_meh}",
        "Restart телефона [помогает иногда|sometimes helps]",
        "[Classic|Классика] {b} {lol}",
    ),
)

_V_ANSWER = Texts(
    ru=(
        ("Здравствуйте! [Нам жаль|Сожалеем], что возникли сложности со связью. Напишите, "
         "пожалуйста, в личные сообщения номер телефона и адрес — [проверим сеть|передадим "
         "инженерам] 🙏"),
        ("Добрый день! В вашем районе [ведутся плановые работы|произошёл сбой на "
         "оборудовании], [специалисты уже работают|инженеры устраняют неисправность]. "
         "[Приносим извинения|Извините за неудобства]"),
        ("Здравствуйте! Проверили номер: подписка [отключена|удалена], деньги [вернём "
         "на баланс|вернутся] в течение [суток|3 дней]. [Также включили запрет|Поставили "
         "запрет] на платный контент"),
        ("Здравствуйте! [Заявка на перенос|Перенос номера] [на контроле|в работе], "
         "[ускорили процесс|передали коллегам]. [Ожидайте СМС|Номер заработает] "
         "[в ближайшие сутки|в течение дня]"),
        ("Добрый день! Подскажите, пожалуйста, [модель телефона|в каком месте] и [время|"
         "когда] пропадает связь? Это поможет [найти причину|инженерам]"),
        ("Здравствуйте! [Чтобы разобраться|Для проверки], напишите номер в личные "
         "сообщения, [в открытом доступе его не публикуйте|не оставляйте его в "
         "комментариях] 🙏"),
        ("Здравствуйте! Роуминг [включается автоматически|подключается сам] при регистрации "
         "в сети. [Попробуйте перезагрузить телефон|Выберите сеть вручную] — если не "
         "поможет, напишите нам"),
        ("Добрый день! [Сбой в приложении устранён|Ошибку в приложении исправили], "
         "[обновите, пожалуйста, версию|перезайдите в приложение]. [Спасибо за "
         "терпение|Извините за неудобства]"),
        ("Здравствуйте! Мы [пересчитали|проверили] начисления: [лишнее списание "
         "вернули|деньги вернутся на баланс]. [Детализация в приложении|Подробности в "
         "личке]"),
        ("Здравствуйте! [Информацию|Ваше обращение] передали в [технический "
         "отдел|группу качества сети]. [Вернёмся с ответом|Ответим] [в течение 24 часов|"
         "сегодня]"),
        ("Добрый день! [Строительство базовой станции|Расширение покрытия] в этом районе "
         "[запланировано|в планах] на [этот год|следующий квартал]. [Следите за "
         "новостями|Спасибо за ожидание]"),
        ("Здравствуйте! [Перевести на другой тариф|Сменить тариф] можно в приложении в "
         "разделе «Тарифы» — [это бесплатно|без доплат] 😊"),
        ("Здравствуйте! Извините за [долгое ожидание на линии|задержку]. Ответили вам "
         "в личных сообщениях, [посмотрите, пожалуйста|ждём там]"),
        ("Добрый день! [Проверили|Посмотрели] — [номер не заблокирован|ограничений "
         "нет], попробуйте [перезагрузить телефон|переставить сим-карту]. [Мы на связи|"
         "Если не поможет — пишите]"),
        ("Здравствуйте! [Мастер|Специалист] [перезвонит|свяжется с вами] [сегодня до 20:00|"
         "в течение дня]. [Приносим извинения за перенос|Извините за задержку визита]"),
        ("Здравствуйте! [Антиспам|Защита от спама] включена на вашем номере, "
         "[рекомендуем также|советуем] [блокировать номера в приложении|отмечать "
         "звонки как спам]"),
        ("Добрый день! [Спасибо, что написали|Благодарим за сигнал]. Такие списания "
         "[недопустимы|мы проверяем в первую очередь], [разбираемся|уже выясняем]"),
        ("Здравствуйте! [Детализацию можно заказать|Детализация доступна] в приложении "
         "за [любой период|последние полгода], [это бесплатно|без оплаты]"),
        ("Здравствуйте! [Отключили|Убрали] рекламные рассылки для вашего номера. "
         "[Изменения вступят в силу в течение суток|Рассылки прекратятся в течение "
         "дня]"),
        ("Добрый день! [Компенсацию за перерыв связи|Перерасчёт] [начислили|добавили] "
         "[на баланс|в приложении]. [Ещё раз извините|Приносим извинения]"),
        ("Здравствуйте! Мы на связи [круглосуточно|24/7] в чате приложения. Опишите, "
         "пожалуйста, [ситуацию подробнее|что произошло], [поможем|разберёмся]"),
    ),
    en=(
        ("Hello! We're sorry about the connection issues. Please DM us your number and "
         "address and we'll [check the network|pass it to our engineers] 🙏"),
        ("Hi! There's [planned maintenance|an equipment fault] in your area, engineers "
         "are on it. [Apologies|Sorry for the trouble]"),
        ("Hello! We've [cancelled|removed] the subscription and the money will be back on "
         "your balance within [a day|3 days]"),
        ("Hi! Your number transfer is [being expedited|with our team], expect a text "
         "[within a day|soon]"),
        ("Hello! Which [phone model|location] and what time does the signal drop? That helps our "
         "engineers"),
        ("Hi! Roaming turns on automatically when you register abroad. Try [a restart|"
         "choosing the network manually], and message us if that doesn't help"),
        "Hello! The app issue is fixed, please [update|log in again]. Thanks for your patience",
        "Hi! We've [rechecked|reviewed] the charges and refunded the extra amount to your balance",
        "Hello! Sorry for the wait, we've replied in DM [🙏|, please check]",
        "Hi! Spam protection is on for your number, you can also block numbers in the app",
        "Hello! A technician will call you [today by 8pm|within the day]. Sorry for the delay",
        ("Hi! Compensation for the outage has been added to your balance. [Apologies again|Sorry "
         "for the trouble]"),
    ),
)

_V_THANKS = Texts(
    ru=(
        "Спасибо, [связь появилась|всё заработало]! {e_pos}",
        "[Деньги вернули|Вернули списание], спасибо [за оперативность|что быстро] 🙏",
        "[Номер заработал|Перенос прошёл], [наконец-то|ура], спасибо",
        "[Благодарю|Спасибо], [подписку отключили|рассылки прекратились] 👍",
        "Спасибо, [мастер пришёл|интернет починили], [работает|всё летает] {e_pos}",
        "[Ок|Понял], спасибо за [разъяснение|ответ], [буду ждать|подожду]",
        "[Роуминг заработал|Сеть нашлась] после перезагрузки, [спасибо|благодарю]!",
        "[Приятно|Здорово], что [ответили быстро|разобрались за час], спасибо",
        ("[Перерасчёт пришёл|Компенсацию вижу], [спасибо|благодарю], [мелочь, а приятно|вопрос "
         "закрыт]"),
    ),
    en=(
        "Thanks, [signal's back|it works now]! {e_pos}",
        "Got the refund, thanks for the [quick fix|fast help] 🙏",
        "Number finally works, thank you [so much|guys]",
        "Subscription gone, [thanks|appreciate it] 👍",
        "Roaming kicked in after a restart, [thanks!|phew, thanks]",
    ),
)

_V_STILL_BROKEN = Texts(
    ru=(
        "[Перезагружал|Перезагружала] [пять раз|раз десять], [ничего|связи нет] {e_neg}",
        "[Написал|Написала] в личку [вчера|утром], [тишина|ответа нет]",
        "[Деньги|Списание] так и не [вернули|вернулось], [прошло три дня|неделя уже]",
        "«[Плановые работы|Работы на сети]» [уже неделю|пятый день]? [Серьёзно?|Ну-ну]",
        "[Подписку|Рассылку] [отключили|убрали], а [списания идут|СМС приходят] {sigh}",
        "[Мастер|Специалист] так и не [позвонил|приехал], [как и в прошлый раз|опять]",
        ("[Вы уже|Вы] [писали|обещали] [«в течение суток»|«сегодня»] [три дня назад|позавчера] "
         "{e_meh}"),
        "[Номер|Перенос] всё ещё [не работает|висит], [СМС так и нет|статус тот же]",
        ("[Роуминг|Сеть] [так и не|всё ещё не] [появился|появилась], [в отпуске без связи|сижу на "
         "вайфае отеля]"),
        "[Это уже|Уже] [третий|четвёртый] [одинаковый|шаблонный] ответ {e_neg}",
    ),
    en=(
        "Restarted [5|10] times, still nothing {e_neg}",
        "DM'd you [yesterday|this morning], silence",
        "Still no refund, [3 days|a week] now",
        "\"Maintenance\" for [a week|five days]? Really?",
        "Subscription [off|\"cancelled\"] but the charges keep coming {sigh}",
        "Technician never called, [again|same as last time]",
    ),
)

_V_REVIEW_POS = Texts(
    ru=(
        ("С {b_ins} [четвёртый год|уже лет пять]. {good}, {good}. [Тарифы "
         "понятные|Без подвохов]. [Пять звёзд|Рекомендую]"),
        ("[Перешла|Перешёл] [с крупного оператора|от другого оператора] — [экономлю|плачу "
         "меньше] [400|300] ₽ в месяц, {good}. [Довольна|Доволен]"),
        ("[Хорошая|Отличная] связь {where}, {good}. {meh}, но [за эти деньги|в целом] — "
         "[лучше не найти|отлично]. 5"),
        ("eSIM подключили [за пять минут|прямо в приложении], [без салона|без очередей]. "
         "{good}. [Удобно|Пять из пяти]"),
        ("Поддержка [живая|отвечают люди, а не бот], [решили вопрос|вернули деньги] [за "
         "10 минут|быстро]. {good}. [Спасибо|Рекомендую]"),
        ("Тариф {tariff} — [оптимальный|выгодный]: [хватает гигабайт|минут с запасом], {good}. "
         "[Пять|Доволен]"),
        ("[Ездил|Ездили] [по трассе|на машине] [до Краснодара|на юг] — {b} [ловил всю "
         "дорогу|не пропадал]. {good}. [Пять звёзд|Отлично]"),
        ("Семейный тариф — [огонь|находка]: [четыре номера|родители и дети] [в одном "
         "счёте|за одну цену]. {good}. [Рекомендую|5]"),
        ("[Хороший|Надёжный] оператор. {good}. [Приложение удобное|Всё видно в "
         "приложении]. [Ставлю пять|Пять]"),
        ("[Роуминг|Связь за границей] [в Турции|в Армении] [работал отлично|без "
         "проблем], {good}. [Спасибо|Пятёрка]"),
        ("[В салоне|В офисе] {b_gen} [всё объяснили|быстро оформили], {good}. "
         "[Консультант молодец|Приятно]. 5"),
        ("[Год|Два года] без единой проблемы: {good}. [Пять|Рекомендую всем]"),
    ),
    en=(
        "With {b} for [4|5] years. {good}. [Clear plans|No gotchas]. 5 stars",
        "Left a big carrier, saving [400|300] rubles a month, {good}",
        "Solid signal {where}, {good}. {meh}, but overall [great|happy]. 5",
        "eSIM in five minutes, no store visit. {good}. [5|Five stars]",
        "Support is [human|real people], fixed my issue [in 10 minutes|fast]. {good}",
        "Roaming in [Turkey|Armenia] worked perfectly, {good}. 5",
    ),
)

_V_REVIEW_NEG = Texts(
    ru=(
        ("[Ужасная|Отвратительная] связь {where}: [одна палка|ноль], [звонки "
         "срываются|интернета нет]. [Поддержка отвечает шаблонами|Бот гоняет по кругу]. 1"),
        ("Списали [199|249|149] ₽ за [подписку|«сервис»], которую я [не "
         "подключал|не заказывала]. [Возвращали две недели|Вернули только половину]. "
         "[Мошенники|Не рекомендую]. 1"),
        ("Перенос номера [занял три недели|висел 12 дней], [всё это время без "
         "связи|старый номер отключили сразу]. [Кошмар|Больше никогда]. 1"),
        ("[Подняли|Подняли без предупреждения] абонентку [на 150|почти вдвое], "
         "[уведомление пришло задним числом|СМС мелким шрифтом]. {meh}. 2"),
        ("Интернет [вечером|после шести] [не работает|никакой], [видео не "
         "грузится|страницы по минуте]. [За такие деньги|Так себе]. 2"),
        ("[Роуминг|Связь в поездке] [не заработал|не подключился], [хотя всё было "
         "включено|хотя в салоне проверяли]. [Неделю без связи|Отпуск без "
         "телефона]. 1"),
        ("[Поддержка|Горячая линия] — [40 минут ожидания|час музыки], потом "
         "[сброс|«оператор занят»]. [Ни разу не дозвонился|Невозможно решить "
         "вопрос]. 1"),
        ("[Салон|Офис] {b_gen}: [очередь|один сотрудник], [симку не "
         "поменяли|отправили в другой салон], [потерял полдня|зря съездил]. 2"),
        ("[Маме|Бабушке] [навязали|подключили] [платные подписки|гороскоп и "
         "погоду], [списывали полгода|она не знала]. [Позор|Стыдно]. 1"),
        ("«Безлимит» [режут после 20 ГБ|с ограничениями], [скорость как у "
         "модема|128 кбит]. [Обман|Введение в заблуждение]. 1"),
        ("[Приложение|Личный кабинет] [постоянно вылетает|не работает], [баланс не "
         "посмотреть|пополнить нельзя]. {meh}. 2"),
        ("[Домашний интернет|Интернет в квартире] [падает каждый вечер|отваливается], "
         "мастер [не приехал дважды|переносит визит]. [Ужасно|Не советую]. 1"),
        ("[Спам-звонки|Звонки мошенников] [каждый день|по несколько раз], "
         "«[антиспам|защита]» [не работает|бесполезна]. {meh}. 2"),
        ("[Заблокировали|Отключили] номер [без объяснений|«за подозрительную "
         "активность»], [разблокировать — только лично|в салон с паспортом]. 1"),
        ("[Счёт за роуминг|Роуминг] — [3000|2500] за [два дня|выходные], "
         "[пакет не применился|«не распространяется»]. [Грабёж|Разводилово]. 1"),
        ("[На даче|В посёлке] {b} [не ловит вообще|ловит только на крыше], хотя "
         "[на карте покрытие есть|в салоне обещали]. [Минус|Двойка]. 2"),
        ("[Мой тариф|Тариф {tariff}] [подорожал в третий раз|дорожает каждые полгода], а "
         "[связь хуже|качество то же]. [Ухожу|Ищу другого оператора]. 2"),
        ("[Сотрудник|Консультант] [навязал|впарил] [страховку|антивирус] при "
         "[покупке симки|замене симки], [увидел дома|дома прочитал договор]. 1"),
        ("[СМС|Коды] [не приходят|приходят через час], [не могу войти в "
         "банк|госуслуги не открыть]. [Поддержка: «ждите»|Ответа нет]. 1"),
        ("Три обращения — [ноль результата|ничего не сделано], [каждый раз "
         "новая заявка|каждый раз заново объяснять]. {meh}. 1"),
        ("[Расторгнуть договор|Закрыть номер] [невозможно|квест]: [салон — в "
         "чат, чат — в салон|месяц хожу по кругу]. [Ужасно|Кошмар]. 1"),
        ("Связь [в метро|{where}] [пропадает|исчезает] [между станциями|каждые 5 "
         "минут], [у коллег на других операторах норм|у других всё работает]. 2"),
        ("[Навязчивые|Постоянные] [звонки с предложениями|рекламные СМС] от "
         "{b_gen}, [отписаться невозможно|отписки не работают]. {meh}. 2"),
        ("[После обновления|После смены тарифа] [пропали гигабайты|сгорели "
         "бонусы], [поддержка: «так в условиях»|вернуть отказались]. 1"),
    ),
    en=(
        ("[Terrible|Awful] signal {where}: [one bar|nothing], [calls drop|no data]. Support [sends "
         "templates|is a bot]. 1"),
        ("Charged [199|249] rubles for a subscription I never added. [Took 2 weeks to refund|Only "
         "half refunded]. 1"),
        "Number port took [3 weeks|12 days], no service the whole time. [Nightmare|Never again]. 1",
        "Monthly fee up [150|almost double] [without notice|in fine print]. {meh}. 2",
        "Evening data [doesn't work|is useless], [videos won't load|pages take a minute]. 2",
        ("Roaming [never worked|didn't connect] though [everything was on|the store checked]. A "
         "week offline. 1"),
        "Hotline: [40 minutes on hold|an hour of music], then [dropped|\"agents busy\"]. 1",
        ("They signed my [mom|grandma] up for paid [subscriptions|horoscopes] for [months|half a "
         "year]. Shameful. 1"),
        "\"Unlimited\" throttled after 20 GB to [modem speeds|128 kbps]. Misleading. 1",
        "Home internet drops every evening, technician [no-showed twice|keeps rescheduling]. 1",
        ("Number blocked [with no explanation|for \"suspicious activity\"], unblock [in person "
         "only|with a passport]. 1"),
        ("Roaming bill [3000|2500] for [two days|a weekend], [package didn't apply|\"not "
         "covered\"]. 1"),
        ("Plan price up [for the third time|every six months], [signal is worse|same quality]. "
         "Leaving. 2"),
        ("Store rep [slipped in|sold me] [insurance|antivirus] with my SIM, [found it at home|read "
         "the contract later]. 1"),
        "Texts [don't arrive|arrive an hour late], can't log into my bank. 1",
        ("Cancelling the contract is impossible: store sends to chat, chat sends to store. [1|One "
         "star]"),
    ),
)

_V_REVIEW_ANSWER = Texts(
    ru=(
        ("Здравствуйте! Приносим извинения за [неудобства|сложности со связью]. Напишите, "
         "пожалуйста, в чат приложения — [проверим сеть по вашему адресу|специалисты "
         "разберутся]"),
        ("Добрый день! Спасибо за отзыв. [Мы проверили ваш номер|Информация передана в "
         "технический отдел]. [Приносим извинения за ожидание|Извините за "
         "задержку ответа]"),
        ("Здравствуйте! Нам жаль, что [у вас сложился такой опыт|так получилось]. "
         "[Свяжитесь с нами в чате|Напишите в поддержку], мы [вернём списание|поможем]"),
        ("Здравствуйте! [Сожалеем|Очень сожалеем]. [Ваше обращение зарегистрировано|"
         "Заявка создана], специалист свяжется с вами [в течение суток|в ближайшее "
         "время]"),
        ("Добрый день! Благодарим за обратную связь. [Качество сети в вашем районе на "
         "контроле|Работы по улучшению покрытия уже идут]"),
    ),
    en=(
        ("Hello! We apologize for the trouble. Please message us in the app chat and we'll check "
         "the network"),
        "Hi! Thank you for the review. Your case has been passed to our technical team",
    ),
)

_V_REVIEW_THANKS = Texts(
    ru=(
        "Спасибо за отзыв! [Рады, что вы с нами|Ценим, что выбираете нас] 💙",
        "[Благодарим|Спасибо]! [Будем и дальше|Постараемся и дальше] [радовать|не подводить] ✨",
        "Спасибо за тёплые слова! Передадим [команде|коллегам из поддержки] 😊",
        "[Ура|Как приятно]! Спасибо, что [остаётесь с нами|нашли время написать] 🙌",
    ),
    en=(
        "Really appreciate the review, glad you're [on our network|with us] 💙",
        "Thank you! We'll pass it on to the [network team|support crew] 😊",
    ),
)

_V_REVIEW_DISPUTE = Texts(
    ru=(
        ("Здравствуйте! По данным системы, подписка была подключена [с вашего "
         "номера|через СМС-подтверждение]. [Мы отключили её и готовы обсудить возврат|"
         "Напишите нам, разберёмся вместе]"),
        ("Добрый день! Уведомление об изменении условий было направлено [за 30 "
         "дней|заранее] [по СМС|в приложении]. [Готовы помочь подобрать тариф|Поможем "
         "подобрать выгодный вариант]"),
    ),
    en=(
        ("Hello! Our records show the change notice was sent [30 days in advance|ahead of "
         "time] by text. We're happy to help you pick a plan"),
    ),
)

_V_OFFICIAL_POST = Texts(
    ru=(
        ("Новый тариф {tariff}: [безлимит на мессенджеры|30 ГБ и 500 минут], [раздача "
         "бесплатно|без доплат за раздачу]. Подключайте в приложении {b_gen} 📲"),
        ("{b} [запустила|запустил] 5G [в тестовом режиме|в центре] {city}! Проверьте "
         "скорость и поделитесь скриншотами ⚡"),
        ("[Плановые работы|Профилактика]: [в ночь на среду|в воскресенье с 2:00 до 5:00] "
         "возможны перерывы связи в {city}. Спасибо за понимание"),
        ("[Построили|Включили] [12|20|35] новых базовых станций [за месяц|в области]. "
         "Теперь {b} ловит [на трассе М4|в СНТ|в новых районах] 📡"),
        ("eSIM от {b_gen} — [за пять минут|без визита в салон]. Инструкция в карточках 👇"),
        ("Дарим [5 ГБ|неделю безлимита] всем, кто [обновит приложение|подключит "
         "автоплатёж] до конца месяца 🎁"),
        ("Как защититься от мошенников: [не называйте коды из СМС|включите антиспам в "
         "приложении]. {b} [никогда не звонит|никогда не просит] [с просьбой назвать "
         "код|ваши пароли]"),
        ("[Новый салон|Обновлённый салон] {b_gen} открылся [на Ленина|в ТЦ «Радуга»] в "
         "{city}. Заходите — [подарки первым гостям|бесплатная замена симок] 🎉"),
        ("Конкурс! Расскажите, где {b} [выручил вас|ловил лучше всех], и выиграйте "
         "[смартфон|год связи бесплатно]. Итоги в пятницу 🏆"),
        ("Роуминг стал [проще|дешевле]: пакеты для [Турции|Армении|ОАЭ] от [299|399] ₽ "
         "[в день|на неделю]. Подключение в приложении ✈️"),
        ("[Важно|Внимание]: [с 1 числа|со следующего месяца] меняются условия архивных "
         "тарифов. Подробности — в приложении и на сайте"),
        ("{b} и [городской марафон|фестиваль в {city}]: [бесплатный вайфай|зарядные "
         "станции] на [всей трассе|площадке] 🏃"),
        ("Поддержка {b_gen} [теперь|с сегодняшнего дня] отвечает в [Телеграме|чате "
         "приложения] [круглосуточно|24/7] 💬"),
        ("Семейный тариф: [до 5 номеров|все номера семьи] в одном счёте и [общие "
         "гигабайты|скидка 30%]. Подробнее по ссылке"),
        ("Ответ на частый вопрос: [подписки можно отключить|запрет на платный контент "
         "ставится] в приложении за [два|три] тапа. Показываем 👇"),
    ),
)

_V_EXEC_POST = Texts(
    ru=(
        ("[Был|Побывал] [на стройке|на запуске] базовой станции [в {city}|под "
         "Тверью]. [Минус 20, ветер|Грязь по колено], [ребята герои|инженеры — "
         "лучшие люди] 📡"),
        ("[Итоги квартала|Цифры месяца]: [+180 новых станций|+6% абонентов|скорость "
         "выросла на 15%]. [Спасибо команде|Идём дальше]"),
        ("[Читаю|Прочитал] «[Принципы|Чёрный лебедь|Хорошо, плохо, злой]». [Рекомендую "
         "руководителям|Советую всем, кто строит компании]"),
        ("[Утро|Раннее утро]. [Пробежка|Бассейн], [кофе|эспрессо] и [планёрка в "
         "8:30|разбор аварий за ночь]. [Понеслась|Поехали]"),
        ("Отвечаю на вопрос про 5G: [частоты|оборудование] [уже есть|тестируем], "
         "[массово — в следующем году|в городах-миллионниках — раньше]. Подробно в "
         "посте"),
        ("[Выступил|Выступаю] на [ЦИПРе|отраслевом форуме] — говорили про "
         "[импортозамещение оборудования|связь в регионах|ИИ в поддержке]. [Запись по "
         "ссылке|Слайды позже]"),
        ("[Провёл|Провели] день в поддержке: [сам отвечал на звонки|слушал линию "
         "вместе с операторами]. [Многое понял|Выводы сделаны], [будем менять "
         "скрипты|меняем процессы]"),
        ("[Сын|Дочь] [поступил|поступила] в [Бауманку|МФТИ]! [Горжусь|Счастливый "
         "отец] 🎓"),
        ("Мысль [дня|на вечер]: [связь должна быть незаметной|лучший сервис — тот, "
         "которого не замечаешь|скорость решений важнее идеальности]"),
        ("[Поздравляю|Поздравляем] [инженеров|команду сети] с [профессиональным "
         "праздником|Днём радио]! Без вас [ничего бы не работало|нас бы не было] 📻"),
        ("[Выходные|Воскресенье] на [рыбалке|лыжах|даче]. [Кстати, связь "
         "ловит|Проверил покрытие лично] {lol}"),
        ("[Интервью|Большое интервью] [вышло|вышел] в [РБК|Коммерсанте|подкасте] — "
         "про [тарифы|рынок связи|цены на оборудование]. Ссылка в комментах"),
        ("[Запустили|Открыли] [стажировку|школу] для [инженеров|студентов] в "
         "{city}. [Заявок в три раза больше мест|Ждём сильных ребят] 👍"),
        ("Снова [спрашивают|спросили], почему [растут цены на связь|дорожают тарифы]. "
         "[Честно и с цифрами|Объясняю на пальцах] — в посте ниже"),
        ("[Тестирую|Протестировал] [новое приложение|бету приложения] — [пока "
         "сыро|уже хорошо], [релиз через месяц|дорабатываем]"),
        ("[Спасибо|Благодарю] всем, кто пишет [в личку|в комментарии] про связь "
         "{where}. [Читаю всё|Передаю инженерам], [не всё сразу, но|постепенно] "
         "[исправим|доберёмся]"),
        ("[Слетал|Съездил] в {city}: [новый дата-центр|региональный офис], "
         "[команда огонь|планы большие]. Фото в карусели"),
        ("[Сегодня|Вчера] [20 лет|15 лет], как я [пришёл в связь|начал монтажником]. "
         "[Время летит|Не жалею ни дня]"),
    ),
)

_V_INFLUENCER_POS = Texts(
    ru=(
        ("[Замерил|Замерила] скорость [четырёх|пяти] операторов [в {city}|по всей "
         "Москве]. {b} — [первое место|в лидерах]: {good}. Таблица [в посте|в видео]"),
        ("[Путешествую|Еду] по [Алтаю|Карелии|трассе М4] с {b_ins}: {good}. "
         "[Подробный обзор|Весь маршрут] на канале"),
        ("Обзор eSIM: [подключил|подключила] {b_acc} за [четыре|пять] минут — "
         "{good}. [Видео уже вышло|Смотрите ролик]"),
        ("[Тестирую|Протестировал] 5G {b_gen} [в центре|в {city}]: [700 Мбит|почти "
         "гигабит]. [Это будущее|Впечатляет] ⚡"),
    ),
    en=(
        ("Speed-tested [four|five] carriers in {city}. {b} came out on top: {good}. Table in the "
         "video"),
        "Road trip through [Altai|Karelia] on {b}: {good}. Full review on my channel",
        "Tried {b} 5G in {city}: [700 Mbps|almost a gigabit]. Impressive ⚡",
    ),
)

_V_INFLUENCER_NEG = Texts(
    ru=(
        ("Разбираю счета подписчиков: у {b_gen} [треть|каждый пятый] с [подписками, "
         "которые не подключали|лишними списаниями]. [Выпуск|Видео] [вышел|уже на "
         "канале]"),
        ("[Замерил|Проверил] «безлимит» {b_gen}: после [20|15] ГБ — [128 кбит|скорость "
         "модема]. [Честно о тарифах|Смотрите тест]"),
        ("[Позвонил|Дозвонился] в поддержку [трёх|четырёх] операторов на время. "
         "{b} — [последнее место, 47 минут|дольше всех]. Ролик [по ссылке|на канале]"),
    ),
    en=(
        "Checked {b} \"unlimited\": after [20|15] GB it's [128 kbps|modem speed]. Honest test",
        "Timed support lines of [three|four] carriers. {b} was [last, 47 minutes|the slowest]",
    ),
)

_V_DECOY = Texts(
    ru=(
        ("Поймал волну {shore} — [первый раз встал на доску|простоял целых "
         "пять секунд]! Волна была [метра полтора|небольшая], но [я счастлив|счастье] "
         "🏄"),
        ("Сегодня {shore} волна [как по заказу|идеальная|стеклянная], [все "
         "серферы в воде|полный лайнап] {e_pos}"),
        ("На стадионе [запустили|пошла] волна [по всем трибунам|три круга подряд], "
         "[мурашки|было круто] {e_pos}"),
        ("Парикмахер сделала [мне|дочке] голливудскую волну [на выпускной|на свадьбу "
         "подруги] — волна [держится весь вечер|не развалилась до утра] ✨"),
        ("Поймали зелёную волну [по Садовому|через весь проспект] — ни одного "
         "красного, [вот это волна|зелёная волна работает] {lol}"),
        ("Мы с [ним|ней] [на одной волне|прям на одной волне], [понимаем друг друга с "
         "полуслова|не надо ничего объяснять] ❤️ Такая волна редко бывает"),
        ("[Смотрю|Пересматриваю] старые выпуски конкурса «Новая волна» [на ютубе|по "
         "записям], [ностальгия|какие были голоса]"),
        ("[Волна ностальгии|Накрыла волна ностальгии]: [нашёл|нашла] кассету [90-х|с "
         "дискотекой] на антресолях {e_pos}"),
        ("[Ребёнок|Малой] [в аквапарке|на выходных в аквапарке] [не вылезает|визжит от восторга] "
         "из бассейна, где волна [каждые 10 минут|по расписанию] {lol}"),
        ("[На танцах|В зумбе] есть движение «волна» [телом|руками] — у меня "
         "[получается как судорога|пока не очень] {lol}"),
        ("[Физика|Урок физики]: волна — это перенос энергии, а не [вещества|самой воды]. "
         "[Сын объяснил мне|Запомнил с десятого класса] 🧐"),
        ("[Рассвет|Закат] {shore}, волна [тихая|ленивая] и [шуршит|шипит] по гальке. "
         "[Всё, что нужно|Лучшая терапия] {e_pos}"),
        ("У мамы на кухне [радио|старый приёмник], волна [с ретро-песнями|«Маяка»] — "
         "[мама счастлива|уютно] 📻"),
        ("[Поднялась|Пошла] [новая|вторая] волна [интереса к винилу|моды на "
         "плёночные фотоаппараты|любви к настолкам], [и я на ней|и я тоже] {lol}"),
        ("[Фото дня|Кадр дня]: волна [разбивается о пирс|накрывает маяк] {shore}. "
         "[Снято на телефон|Без фильтров] 📸"),
        ("[Серф-школа|Инструктор] {shore}: «[ждите свою волну|не гонитесь за каждой "
         "волной]». [Хороший совет и для жизни|Философия] {e_pos}"),
        ("[Котлован|Бассейн] для [вейкборда|сёрфа] в {city} — [искусственная|своя] "
         "волна [каждую минуту|по кнопке]. [Надо попробовать|Записались] 🏄"),
        ("[Причёска|Укладка] «волна» [снова в моде|вернулась], [как у бабушки на "
         "фото|как в 30-х] {e_pos}"),
        ("[Читаю|Дочитал] про Хокусая — «Большая волна в Канагаве» [висит у меня над "
         "столом|моя любимая гравюра] 🌊"),
        ("На концерте [весь зал|весь стадион] [поднял фонарики|включил фонарики], и "
         "пошла волна [света|огоньков] — [до слёз|красота] ✨"),
        ("[Каяк|Сап] {shore}: волна [от катера|от теплохода] [чуть не перевернула|"
         "окатила с головой] {lol}"),
        ("В [кружок робототехники|секцию плавания] такая волна [желающих|заявок], "
         "что [мест нет до осени|записались чудом] {e_pos}"),
        ("[Вторая|Третья] волна [цветения|сирени] [в парке|во дворе] — [пахнет на весь "
         "квартал|красота] 🌸"),
        ("Волна [пошла|прошла] по [залу|трибунам], когда [забили на 90-й|объявили "
         "победителя]. [Кто был — поймёт|Незабываемо] {e_pos}"),
        ("[Лингвистика|Этимология]: «волна» [родственна слову|связана со словом] «вал» — "
         "[узнал сегодня|интересно же] 🧐"),
        ("[Электричка|Поезд] вдоль моря, за окном волна [бьёт в волнорез|белыми "
         "барашками] — [лучший вид|залип на час]"),
        ("Сын нарисовал море: волна, [кит|кораблик] и солнце — [повесили на "
         "холодильник|шедевр] ❤️"),
        ("[Шторма нет|Штиль], волна [по колено|едва заметная] {shore} — [идеально для "
         "детей|малыш в восторге] {e_pos}"),
        ("[Соседский|Наш] [пёс|лабрадор] {shore} лает на море, а волна [всё равно "
         "приходит|его не слушается] {lol}"),
        ("[Новая волна|Волна новых] [корейских сериалов|японских аниме] на "
         "[выходные|вечер] — [запасаюсь чаем|список готов] {e_pos}"),
        ("[Вязание|Узор] «волна» [для пледа|на шарфе] — [схема в карусели|делюсь "
         "схемой] 🧶"),
        ("[Химия|Физика] [в школе|у сына]: [звуковая|световая] волна, [опыт с "
         "камертоном|опыт с лазером] — [дети в восторге|было интересно]"),
        ("В {city} [открылся|открыли] [ресторан|бар] «Волна» [у набережной|на "
         "крыше] — [виды классные|кухня хорошая] {e_pos}"),
        ("Санаторий «Волна» [в Анапе|под Евпаторией] — [ездили с детства|каждый год "
         "там], [ничего не меняется|уютно] ❤️"),
        ("[Моя|Наша] [лодка|яхта] называется «Волна» — [дедушка назвал|в честь "
         "бабушкиной песни]. [Спускаем на воду в мае|Сезон открыт] ⛵"),
        ("[Группа|Ансамбль] «Волна» [из {city}|из нашего ДК] [выиграла|взяла] "
         "[конкурс|фестиваль] — [поздравляем|молодцы] {e_pos}"),
        ("[Нашла|Нашёл] на барахолке [советский|старый] приёмник «Волна» — "
         "[работает!|ловит даже «Маяк»] 📻"),
        ("Волна [первых|ранних] [грибов|лисичек] [в лесу|под {city}] — [ведро за "
         "час|полная корзина] 🍄"),
    ),
    en=(
        ("Caught my first wave {shore} today! In Russian it's «волна», and my "
         "instructor yelled it every time {lol}"),
        "Hotel Volna {shore} [has the best breakfast|is old-school but cozy] {e_pos}",
        "Found a Soviet Volna radio at a flea market and [it works|it still picks up stations] 📻",
        ("Word of the day in Russian: волна (volna), a wave. [Useful at the beach|Learned it "
         "surfing]"),
        "Our sailboat is called Volna, [grandpa named it|named after a song] ⛵",
        "Dinner at Volna, a little place by the water in {city}, [great views|great fish] {e_pos}",
        "The Volna sanatorium {shore} hasn't changed since the [80s|Soviet times] and I love it ❤️",
        "Reading about the Volna rocket, [launched from a submarine|wild Cold War tech] 🧐",
    ),
)

_V_DECOY_NEG = Texts(
    ru=(
        ("По [региону|городу] [прокатилась|идёт] волна увольнений: [закрывают "
         "цех|сокращают треть штата] [на заводе|в порту]. [Тревожно|Люди в шоке] {e_neg}"),
        ("Волна жары [накроет|накрыла] {city}: [+38|+36] [днём|в тени], [ночью "
         "не спать|кондиционеры раскупили] {e_neg}"),
        ("Новая волна гриппа: [в школах карантин|полкласса дома], [в поликлинике "
         "очередь до улицы|врачей не хватает] {sigh}"),
        ("На [режиссёра|певца|блогера] [обрушилась|поднялась] волна критики после "
         "[интервью|нового клипа|неудачной шутки] — [комментарии закрыты|извинился] "
         "{e_meh}"),
        ("Волна подорожания: [яйца|огурцы|бензин] [выросли|подскочили] на [20|30]% за "
         "[месяц|неделю]. [Зарплата стоит|Держимся] {sigh}"),
        ("[Пошла|Идёт] волна [мошеннических|фейковых] звонков [«из банка»|«из "
         "поликлиники»] — [предупредите родителей|будьте осторожны] {e_neg}"),
        ("Волна холода [придёт|идёт] [в выходные|с понедельника]: [-30|-25] "
         "[ночью|в области], [трубы, держитесь|машины не заведутся] 🥶"),
        ("[Прокатилась|Идёт] волна закрытий [кафе|маленьких магазинов] [на "
         "Садовой|в центре], [аренда задушила|не выдержали цен] {sigh}"),
        ("Волна хейта [в комментариях|в соцсетях] [у школьницы|у молодой "
         "художницы] после [выступления|выставки]. [Люди, вы чего|Стыдно за "
         "взрослых] {e_neg}"),
        ("[Снова|Опять] волна отмен рейсов [из-за тумана|из-за погоды] — "
         "[аэропорт забит|люди ночуют на креслах] {e_neg}"),
        ("Волна [ДТП|аварий] на [гололёде|трассе]: [за утро двенадцать|за сутки "
         "сорок], [пробки на всех выездах|держите дистанцию] {e_neg}"),
        ("В [соцсетях|чатах] волна [паники|слухов] про [дефицит сахара|отключение "
         "воды] — [магазины пустые|очереди на кассах] {e_meh}"),
        ("[Пришла|Докатилась] волна [ковида|ОРВИ] [в офис|на работу] — [половина "
         "отдела на больничном|работаю за троих] 🤒"),
        ("[Прошла|Началась] волна [отписок|жалоб] после [подорожания "
         "подписки|нового закона], [компания|сервис] [молчит|делает вид, что всё ок]"),
        ("[После ливня|От ветра] волна [смыла|разбила] [пирс|лодки у берега] {shore} — "
         "[жалко|пирс строили полгода] {sigh}"),
        ("Волна [краж|угонов] [велосипедов|самокатов] [в районе|у нас во дворе] — "
         "[мой тоже увели|замок не помог] {e_neg}"),
        ("[Аллергики|Все аллергики], держитесь: волна [пыльцы|цветения берёзы] "
         "[пошла|на пике], [чихаю весь день|глаза слезятся] 🤧"),
        ("[Очередная|Новая] волна [сокращений|увольнений] в [айти|банках], [коллеги "
         "рассылают резюме|в чатах паника] {sigh}"),
        ("Волна [возмущения|негодования] [в чате дома|у жильцов] после [новых "
         "тарифов ЖКХ|ремонта подъезда за наш счёт] — [собрание в субботу|пишем "
         "жалобу]"),
        ("[Холодная|Ледяная] волна [накрыла|окатила] [на пляже|с пирса] — [телефон "
         "утонул|вся одежда мокрая] {shore} {e_neg}"),
        ("[Экономисты|Аналитики] [ждут|прогнозируют] волну [банкротств|неплатежей] "
         "[к осени|в следующем году]. [Весело|Ну отлично] {e_meh}"),
        ("Волна [комаров|мошки] [после дождей|в этом году] {shore} — [спрей не "
         "спасает|ужас какой-то] {e_neg}"),
        ("[Неделя|Месяц] [отключений|аварий] [света|воды] — волна [жалоб|обращений] "
         "[в управляющую|в администрацию], [ответа нет|обещают разобраться]"),
        ("[Поднялась|Прошла] волна [протестов|недовольства] [у родителей|у "
         "жителей] из-за [закрытия школы|вырубки парка] {e_meh}"),
        ("Волна [отказов|возвратов] [по вкладам|в магазинах] — [новости "
         "пугают|что происходит] {e_meh}"),
    ),
    en=(
        "Hotel Volna {shore} was [a letdown|rough]: [mold in the bathroom|noisy all night] {e_neg}",
        ("The old Volna cinema in {city} is [closing for good|being torn down], [sad day|end of an "
         "era] {sigh}"),
        ("Volna café by the pier [got shut down|lost its license] after [an inspection|complaints] "
         "{e_meh}"),
    ),
)

VOLNA = BrandTexts(
    vocab=_V_VOCAB,
    positive=_V_POSITIVE,
    neutral=_V_NEUTRAL,
    negative=_V_NEGATIVE,
    question=_V_QUESTION,
    complaint=_V_COMPLAINT,
    comment=_V_COMMENT,
    reply=_V_REPLY,
    answer=_V_ANSWER,
    thanks=_V_THANKS,
    still_broken=_V_STILL_BROKEN,
    review_pos=_V_REVIEW_POS,
    review_neg=_V_REVIEW_NEG,
    review_answer=_V_REVIEW_ANSWER,
    review_thanks=_V_REVIEW_THANKS,
    review_dispute=_V_REVIEW_DISPUTE,
    official_post=_V_OFFICIAL_POST,
    exec_post=_V_EXEC_POST,
    influencer_pos=_V_INFLUENCER_POS,
    influencer_neg=_V_INFLUENCER_NEG,
    decoy=_V_DECOY,
    decoy_neg=_V_DECOY_NEG,
)

# ------------------------------------------------------------------------------ big accounts
INFLUENCER_OTHER = Texts(
    ru=(
        ("Новый выпуск: [разбираю|тестирую] [пять|шесть] [беспроводных наушников|"
         "роботов-пылесосов|смарт-часов] до [10|15] тысяч. [Победитель удивил|Итоги в "
         "конце] {e_pos}"),
        ("[Собрал|Собрала] [маршрут|гайд] по [Калининграду|Казани|Выборгу] на "
         "[выходные|три дня]: [где поесть|что посмотреть], [бюджет|цены]. Сохраняйте 📌"),
        ("[Завтра|В четверг] [стрим|эфир] в [восемь|девять] вечера: [отвечаю на "
         "вопросы|разбираем ваши резюме|играем в новую стратегию]. [Приходите|Жду всех]"),
        ("[Курс доллара|Ключевая ставка|Рынок недвижимости]: [что будет осенью|мой "
         "прогноз на квартал]. [Длинный пост|Разбор] [по ссылке|в карточках]"),
        ("[Ремонт на кухне|Дача] — [неделя третья|финал]. [Плитка легла|Стены "
         "готовы], [осталась мебель|осталось самое сложное]. Фото [в карусели|ниже]"),
        ("[Пробежал|Пробежала] [свой первый марафон|полумарафон под дождём]. "
         "[4:12|1:58], [ноги не мои|счастье]. Спасибо, что [болели|поддерживали] ❤️"),
        ("Рецепт [дня|выходного дня]: [шакшука|сырники без муки|плов в казане] — "
         "[20 минут|час] и [минимум посуды|всё в одной сковороде] 🍳"),
        ("[Прочитал|Прочитала] за месяц [четыре|шесть] книг. [Лучшая|Главное "
         "открытие] — «[Тонкое искусство пофигизма|Мастер и Маргарита|Щегол]». Отзывы "
         "[в посте|ниже]"),
        ("[Честный обзор|Обзор] [нового айфона|складного смартфона|электросамоката] "
         "после [месяца|двух недель] использования. [Спойлер: не всё так гладко|"
         "Есть нюансы]"),
        ("[Съездили|Слетали] в [Дагестан|Мурманск|Алтай] — [виды нереальные|такого я "
         "не ожидал]. [Влог выйдет в пятницу|Фото в карусели] 🏔️"),
        ("[Подборка|Топ] [сериалов|фильмов] на [осень|выходные]: [детективы|драмы], "
         "[что смотреть|что пропустить]. {e_pos}"),
        ("[Мой|Наш] кот [опять|снова] [уронил ёлку|залез в коробку от пылесоса] — "
         "[видео ниже|держите] {lol}"),
        ("[Как я закрыл|Закрыла] [ипотеку|кредит] за [три года|четыре года]: [без "
         "магии|таблица расходов], [только цифры|честно]"),
        ("[Тренировка|Зарядка] на [10|15] минут [для спины|для тех, кто сидит за "
         "компьютером]. [Делаем вместе|Сохраняйте] 💪"),
        ("[Записал|Записала] [подкаст|интервью] с [психологом|врачом|пилотом] — "
         "[про выгорание|про сон|про страх полётов]. Ссылка в описании"),
        ("[Дайджест|Новости] [технологий|науки] за неделю: [ИИ|космос|батареи], "
         "[самое интересное|пять главных новостей] в одном посте 🧐"),
        ("[Переезд|Переехали] в [новую квартиру|другой город]: [коробки "
         "везде|неделя хаоса]. [Кто переезжал — поймёт|Держусь] {lol}"),
        ("Розыгрыш! [Разыгрываем|Дарим] [книгу|наушники|сертификат] среди "
         "[подписчиков|тех, кто репостнет]. Итоги в [воскресенье|понедельник] 🎁"),
        ("[Ответ подписчику|Вопрос из директа]: [как начать инвестировать|как выбрать "
         "школу|как не бросить спорт]. [Мой опыт|Пишу как есть]"),
        ("[Сходил|Сходила] на [премьеру|выставку] [в Третьяковку|в Эрмитаж|в "
         "Большой]. [Впечатления|Мысли] — в посте"),
        ("Мой [утренний|вечерний] [уход|распорядок] [за 5 минут|без лишнего]: "
         "[крем|чай|прогулка]. {e_pos}"),
        ("[Сравнил|Сравнила] цены [в трёх супермаркетах|на продукты за год] — "
         "[таблица в посте|выводы неожиданные]"),
        ("[Посадил|Посадила] [томаты|клубнику] [на балконе|на подоконнике], "
         "[отчёт через месяц|посмотрим, что вырастет] 🌱"),
        ("[Лайфхак|Совет]: [как сложить футболку за две секунды|как почистить "
         "гранат без брызг|как отмыть духовку содой] {lol}"),
        ("[Сегодня|Завтра] [день рождения канала|пять лет блогу] — [спасибо, что вы "
         "со мной|вы лучшие] ❤️"),
        ("[Разбор|Обзор] [матча|тура]: [судья ошибся|тактика не сработала], "
         "[моё мнение|спорим в комментах] ⚽"),
        ("[Выгорание|Усталость] — [не лень|не слабость]. [Пишу|Рассказываю] о том, "
         "[как выбирался|как восстанавливалась] [в прошлом году|за полгода]"),
        ("[Купил|Купила] [старый «Москвич»|дачу за 300 тысяч] — [что из этого "
         "выйдет|первая серия проекта]. {lol}"),
        ("[Эксперимент|Челлендж]: [неделя без соцсетей|месяц без сахара|30 дней "
         "ранних подъёмов]. [Итоги|Что изменилось] — в видео"),
        ("[Фотоэтюд|Фото дня]: [осенний|весенний] [парк|город] в [тумане|дожде]. "
         "[Снято на плёнку|Без обработки] 📸"),
    ),
    en=(
        ("New video: testing [five|six] [wireless earbuds|robot vacuums|smartwatches] under $150. "
         "The winner surprised me"),
        ("Weekend guide to [Kazan|Kaliningrad|Vyborg]: [where to eat|what to see], budget included "
         "📌"),
        ("Livestream [tomorrow|Thursday] at [8|9]pm, [Q&A|resume reviews|new strategy game]. Come "
         "hang out"),
        ("[Ran|Finished] my first [marathon|half marathon in the rain]. [4:12|1:58], legs are gone "
         "❤️"),
        ("Recipe of the day: [shakshuka|flourless syrniki|one-pan pasta] in [20 minutes|under an "
         "hour] 🍳"),
        ("[Honest review|Review] of the [new iPhone|foldable phone|e-scooter] after [a month|two "
         "weeks]. Some catches"),
        ("Back from [Dagestan|Murmansk|Altai], [the views are unreal|didn't expect this]. Vlog on "
         "Friday 🏔️"),
        "My cat [knocked over the tree again|moved into the vacuum box], video below {lol}",
        "How I paid off my [mortgage|loan] in [three|four] years: [no magic|just a spreadsheet]",
        "10-minute [back routine|desk workout], do it with me 💪",
        "Weekly [tech|science] digest: [AI|space|batteries], five things worth your time 🧐",
        ("Giveaway! [A book|Headphones|A gift card] for [followers|anyone who reposts]. Winner on "
         "Sunday 🎁"),
        ("Went to the [premiere|exhibition] at the [Hermitage|Tretyakov|Bolshoi]. Thoughts in the "
         "thread"),
        ("Compared grocery prices across [three stores|a whole year], [results in the "
         "post|surprising takeaways]"),
        "Match breakdown: [the ref blew it|the tactics failed], fight me in the replies ⚽",
        "Burnout isn't laziness. [How I got out of it|What helped me] last year",
        ("Experiment: [a week without social media|a month without sugar|30 days of 5am]. Results "
         "in the video"),
        "Photo of the day: [a foggy|a rainy] [park|city] on film 📸",
    ),
    mixed=(
        "Новый vlog из [Казани|Дагестана] уже на канале, [enjoy|смотрите] {e_pos}",
        "Weekly digest технологий: [AI|батареи|космос], [must read|читайте]",
        "Giveaway! Дарим [наушники|книгу], [details|подробности] в посте 🎁",
        "Morning routine за 5 минут, [no fluff|без воды] {e_pos}",
    ),
)
