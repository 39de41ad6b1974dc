"""Text bank `blind15`, the brands half: the shared vocabulary (VOCAB) and, for «Сочный Бургер»
(SOCHNY), «Полюшко» (POLYUSHKO) and «Волна» (VOLNA), what people say about each brand, what
its desk answers, reviews and the answers to them, the brand's own posts, the executive's
routine posts, influencers, and the everyday sense of each name; plus INFLUENCER_OTHER (big
accounts about other things). The storm and the five crises are in bank_blind15_events.py.

Written for issue 13 (seventeenth round) by a writer who had not read the detectors. It follows
the vocabulary contract shared with the other half (the keys and the grammatical forms of
`guard_venue`, `found_item`, `found_short`, `ignored_issue`, `gaffe_topic`, `fake_claim`) and
was checked only with tests/unit/test_week.py (and ruff).

Files read: /tmp/b15/contract.md (the brief), detectors/scenarios/banks.py, textgen.py, week.py,
week_traffic.py, week_crises.py, week_storm.py, week_brands.py, detectors/simulation.py (the
`noisy` function), tests/unit/test_week.py, the import lines of bank_blind15.py and of the
placeholder this file replaces.
Also seen, by mistake: a fragment of bank_blind15.py's docstring ("(issue 13).") when printing
its import lines, and the ruff settings in pyproject.toml (line length, selected and ignored
rules), grepped to know which rules apply. No other bank file was opened.
Seen in failing test output: test_the_banks_are_disjoint printed strings of this file that other
banks also held ("at the dacha", "bacon burger", "buckwheat flakes", "chicken wrap", "mobile
data", "on the metro", two English questions to {h}, one gaffe_topic, and a few bracketed
vocabulary values such as "my [brother|cousin]", "на фудкорте в [Меге|Ауре]"): each was reworded
in new words, nothing taken from any other bank. One run also printed a string of the other
half's placeholder ("Из родительского чата:"), not used here. The near-duplicate test printed
only hashed signatures.
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]


# ------------------------------------------------------------------------------ shared vocabulary
VOCAB = Vocab(
    ru={
        "city": ("Казань", "Самара", "Екатеринбург", "Пермь", "Воронеж", "Краснодар", "Тверь",
                 "Новосибирск", "Москва", "Питер", "Уфа", "Ярославль", "Тюмень", "Челябинск",
                 "Иркутск", "Саратов", "Калуга", "Омск"),
        "when": ("вчера", "сегодня", "позавчера", "утром", "вечером", "ночью",
                 "[в субботу|в эту субботу]", "[на днях|буквально на днях]",
                 "[в обед|сегодня в обед]", "[на выходных|в прошлые выходные]",
                 "[часа два назад|пару часов назад]", "[в понедельник|в прошлый понедельник]"),
        "who": ("муж", "жена", "сын", "дочка", "коллега", "сосед", "соседка", "подруга", "мама",
                "брат", "сестра", "тёща", "однокурсник", "начальник", "бабушка", "племянник"),
        "lol": ("ахаха", "лол", "😂", "ору", "ржу", "хахах", "🤣", "ахах)))", "кек", "😆"),
        "sigh": ("эх", "эхх", "[ну что ж|ну что же]", "увы", "блин", "😮‍💨", "мда", "ох",
                 "[ну вот|ну вот опять]", "пфф"),
        "n": ("2", "3", "4", "два", "три"),
        "e_pos": ("👍", "🔥", "😍", "❤️", "🥰", "👌", "😋", "🙌", "💯", "✨", "🤤", "😊", "🔥🔥",
                  "👏", "💪", "🥳"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤮", "😠", "💩", "😒", "🙄", "😩", "😖", "🤦‍♀️",
                  "🤦‍♂️", "😑"),
        "e_meh": ("🤔", "🤷‍♀️", "🤷‍♂️", "😐", "🙃", "🫠", "😶", "👀", "🧐", "😅"),
    },
    en={
        "city": ("Kazan", "Samara", "Yekaterinburg", "Perm", "Voronezh", "Krasnodar", "Moscow",
                 "Novosibirsk", "Tver", "Ufa", "Yaroslavl", "Tyumen", "Petersburg", "Irkutsk"),
        "when": ("yesterday", "today", "tonight", "[this morning|earlier this morning]",
                 "[last night|late last night]", "[on Saturday|last Saturday]",
                 "[the other day|just the other day]", "[at lunch|over lunch today]",
                 "[a couple hours ago|like two hours ago]", "[on Monday|this Monday]"),
        "who": ("my [wife|better half]", "my [little brother|cousin Dima]", "[a coworker|my "
        "deskmate]",
                "my [mum|mom, bless her,]", "[my upstairs|our next-door] neighbour",
                "my [ten-year-old|teenage son]", "my [flatmate Sasha|roommate from uni]",
                "[my mate|a friend from work]", "my [husband|fiancé]", "my [older sister|sis]"),
        "lol": ("lol", "lmao", "haha", "😂", "🤣", "lmfao", "hahaha", "💀"),
        "sigh": ("ugh", "sigh", "meh", "welp", "[oh well|oh well…]", "😮‍💨", "smh",
                 "[great, just great|just great]"),
        "n": ("2", "3", "4", "two", "three"),
        "e_pos": ("👍", "🔥", "😍", "❤️", "🥰", "👌", "😋", "🙌", "💯", "✨", "🤤", "😊",
                  "👏", "🥳"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤮", "😠", "💩", "😒", "🙄", "😩", "🤦", "😑"),
        "e_meh": ("🤔", "🤷", "😐", "🙃", "🫠", "😶", "👀", "🧐", "😅"),
    },
)


# ------------------------------------------------------------------------------ «Сочный Бургер»
_S_VOCAB = Vocab(
    ru={
        "dish": ("[двойной|дабл] чизбургер", "бургер с [беконом|двойным беконом]",
                 "[острый|спайси] чикенбургер", "ролл с [курицей|курочкой]", "[бокс "
                 "наггетсов|наггет-бокс]",
                 "картофель [по-деревенски|дольками]", "[молочный|клубничный] коктейль",
                 "[рыбный|фиш] бургер", "[комбо-обед|бизнес-ланч] с "
                 "[колой|морсом]", "[сырный|чесночный] соус",
                 "[снэк из луковых колец|сет луковых колец]", "[грибной бургер|бургер с грибами]",
                 "[детский обед|детский набор]", "[пирожок|пирожок с вишней]", "[баскет со "
                 "стрипсами|стрипс-баскет]",
                 "[фирменный|классический] бургер"),
        "good": ("котлета [реально|прям] сочная", "всё [горячее|с пылу с жару]",
                 "соус [огонь|просто бомба]", "булка [мягкая|свежая, мягкая]",
                 "порция [нормальная|честная], наелся", "картошка [хрустит|хрустящая]",
                 "собрано [аккуратно|по-человечески], не разваливается",
                 "вкус [как в первый раз|как раньше]"),
        "meh": ("[съедобно|нормально], не более", "[как обычно|как всегда], без сюрпризов",
                "[ну такое|так себе], на троечку", "[есть можно|жить можно]",
                "[средне|середнячок], ни рыба ни мясо", "[обычный|стандартный] фастфуд"),
        "promo": ("два бургера по цене [одного|одного бургера]", "комбо за [299|349]",
                  "[бесплатный кофе|кофе в подарок] к завтраку",
                  "картошка в подарок к заказу [в приложении|через приложение]",
                  "скидка 30% по [вторникам|средам]", "[второй коктейль|второй шейк] за рубль"),
        "spot": ("на [Баумана|Ленина]", "в ТЦ у [вокзала|автовокзала]",
                 "на фудкорте [в Меге|третьего этажа в «Ауре»]", "у [метро|станции] "
                 "[Пролетарская|Садовая]",
                 "на [трассе|выезде из города] у заправки", "[возле|около] универа",
                 "в [новом|недавно открытом] торговом центре", "на [площади|Центральной площади]"),
        # event keys (see the brief's vocabulary contract)
        "guard_venue": ("в ресторане на Тверской у выхода из метро",
                        "в ресторане на Ленинском проспекте у торгового центра «Радуга»",
                        "в ресторане на Привокзальной площади у пригородных касс"),
        "found_item": ("кусок прозрачной пищевой плёнки в котлете",
                       "обломок деревянной зубочистки в булке",
                       "металлическую скобу от степлера в салате",
                       "дохлую муху под листом салата"),
        "found_short": ("плёнка", "зубочистка", "скоба", "муха"),
        "ignored_issue": ("деньги за отменённый заказ так и не вернулись на карту",
                          "промокод из рассылки не принимает ни один ресторан",
                          "курьер второй раз привозит чужой заказ, а в приложении "
                          "написано «доставлено»"),
        "gaffe_topic": ("тех, кто [у кассы|на кассе] по десять минут [выясняет|выспрашивает], "
        "есть ли в соусе сахар",
                        "людей, которые [фотографируют|снимают] каждый бургер [для|в] сторис, "
                        "прежде чем откусить",
                        "тех, кто [приходит|является] к нам с пачкой распечатанных купонов [и "
                        "считает сдачу|и пересчитывает сдачу]"),
        "fake_claim": ("в котлеты для экономии подмешивают просроченный соевый фарш",
                       "с понедельника все рестораны сети закрывает Роспотребнадзор",
                       "в булках нашли опасную плесень и их тайно отзывают"),
    },
    en={
        "dish": ("[double|dbl] cheeseburger", "bacon [burger|cheeseburger]", "[spicy|hot] chicken "
        "burger",
                 "chicken [wrap|roll]", "[nugget box|box of nuggets]", "[wedges basket|basket of "
                 "wedges]",
                 "[milkshake|strawberry shake]", "[fish|fish fillet] burger", "[combo|meal deal]",
                 "[cheese|garlic] dip", "[side of onion rings|basket of crispy onion "
                 "rings]", "[mushroom "
                 "burger|shroom burger]",
                 "[kids meal|kids box]", "[cherry|apple] hand pie", "[classic|signature] burger"),
        "good": ("the patty was [actually|genuinely] juicy", "everything came out [hot|piping hot]",
                 "the sauce [slaps|is elite]", "[soft|fresh] bun", "[decent|honest] portion, I "
                 "was [full|stuffed]",
                 "fries were [crispy|properly crispy]", "it held together [for once|for a change]"),
        "meh": ("[edible|fine], nothing more", "[same as always|the usual], no surprises",
                "[kinda mid|pretty mid]", "[ok-ish|okay I guess]", "[average|standard] fast food"),
        "promo": ("two burgers for the price of [one|a single one]", "a combo for [299|349] rubles",
                  "free coffee with [breakfast|any breakfast]", "free fries on [app orders|orders "
                  "in the app]",
                  "30% off on [Tuesdays|Wednesdays]"),
        "spot": ("on [Baumana|Lenina] street", "in the mall by the [station|bus station]",
                 "at the [food court|foodcourt] in [Mega|Aura]", "near the [metro|subway]",
                 "on the highway by the [gas|petrol] station", "[near|next to] the uni"),
        "guard_venue": ("at the restaurant on Tverskaya by the metro exit",
                        "at the restaurant on Leninsky Prospekt by the Raduga mall",
                        "at the restaurant on Station Square by the commuter ticket office"),
        "found_item": ("a piece of clear cling film in the patty",
                       "a broken wooden toothpick in the bun",
                       "a metal staple in the salad",
                       "a dead fly under the lettuce"),
        "found_short": ("cling film bit", "toothpick", "staple", "fly"),
        "ignored_issue": ("the refund for my cancelled order never came back to my card",
                          "the promo code from your newsletter is refused at every location",
                          "the courier brought someone else's order twice and the app says "
                          "delivered"),
        "gaffe_topic": ("people who [quiz|grill] the cashier for ten minutes about sugar in the "
        "sauce",
                        "people who [film|photograph] every burger for their stories before "
                        "taking a bite",
                        "people who [turn up|show up] with a stack of printed coupons and count "
                        "their change twice"),
        "fake_claim": ("they mix expired soy mince into the patties to save money",
                       "health inspectors are shutting every location down on Monday",
                       "dangerous mould was found in the buns and they're being recalled "
                       "quietly"),
    },
)

_S_POSITIVE = Texts(
    ru=(
        "[Взял|Взяла] {when} в {b_pre} {dish}, {good} {e_pos}",
        "{when} заехали в {b} {spot}, {good}. [Не ожидал|Честно не ожидал] [|{e_pos}]",
        "Кто бы что ни говорил, а {dish} в {b_pre} [мой guilty pleasure|моя слабость] {e_pos}",
        "[Муж|Брат|Сын] [притащил|принёс] {dish} из {b_gen}, [я в восторге|сижу довольная] {e_pos}",
        "[Обожаю|Люблю] {b} за то, что [в два часа ночи|поздно вечером] там [всегда открыто|"
        "можно нормально поесть]",
        "[После тренировки|После пар|После смены] {b} {spot} — [лучшее, что может быть|"
        "святое] {e_pos}",
        "Попробовали новый {dish} в {b_pre}. Вердикт: {good}, [берём ещё|повторим] {e_pos}",
        "[Удивительно|Надо же], но в {b_pre} {spot} [ни разу|ещё ни разу] не было косяков. "
        "{good}",
        "{city} на связи: {b} у нас [лучше|вкуснее], чем в [Москве|столице], {lol} [|факт]",
        "Девочка на кассе в {b_pre} {spot} [сама предложила|подсказала] акцию, сэкономили "
        "[рублей 200|двести рублей]. Спасибо ей {e_pos}",
        "Заказ из {b_gen} [приехал|доехал] за [20|25] минут, [всё тёплое|всё горячее], "
        "[курьер вежливый|курьер милый] {e_pos}",
        "[Мой|Наш] ребёнок [требует|просит] только {b}. [Сдаюсь|Что поделать], {good}",
        "Ставлю {b_dat} [пятёрку|десять из десяти] за {dish}: {good} {e_pos}",
        "Кто [ещё|тоже] [не пробовал|не брал] {dish} в {b_pre} — [срочно|бегом], {good}",
        "[Вот|Ну вот] честно: {b} — единственный фастфуд, после которого [не тяжело|не "
        "плохо]. {e_pos}",
        "Ночная смена, {b} на углу, {dish} и [кофе|чай]. [Жизнь удалась|Счастье есть] {e_pos}",
        "Пятница = {b}. [Традиция|Святое] [уже три года|с института] {e_pos}",
        "Акция {promo} в {b_pre} — [вообще топ|просто подарок], [успели|успейте] {e_pos}",
        "[Приятно|Классно], что в {b_pre} [добавили|наконец-то сделали] {dish}. {good}",
        "[Был|Была] в {b_pre} {spot}: [чисто|чистенько], [быстро|шустро], {good}",
        "{b} [реально|правда] [подтянул|прокачал] качество, {dish} [теперь|сейчас] огонь "
        "{e_pos}",
        "[Сравнивали|Сравнили] с [соседней|другой] бургерной — {b} [выиграл|победил] по всем "
        "статьям {e_pos}",
        "[Ехали|Возвращались] с дачи, заехали в {b} {spot}. {good}, [дети счастливы|все "
        "довольны]",
        "У {b_gen} [лучший|самый вкусный] {dish} в г. {city}, [не спорьте|без вариантов] {e_pos}",
        "Приложение {b_gen} [стало|наконец стало] удобным, заказ [в три тапа|за минуту]. {e_pos}",
        "[Случайно|Совершенно случайно] зашли в {b} и [не пожалели|остались довольны]: {good}",
        "Официально заявляю: {dish} из {b_gen} [лечит|спасает от] [похмелье|плохое "
        "настроение] {lol}",
        "[Спасибо|Респект] {b_dat} {spot} за [терпение|вежливость] — мы были [шумной "
        "компанией|толпой из 12 человек] {e_pos}",
        "[Мой вечерний|Мой воскресный] ритуал: {b}, {dish}, сериал {e_pos}",
        "{who} [говорит|считает], что {b} это несерьёзно. [Пока|А сам] [ест уже второй|"
        "доедает мой] {dish} {lol}",
        "[Забежала|Заскочила] в {b} {when}, [очереди не было|пусто], {dish} [через 3|через 4] "
        "минуты. {good} {e_pos}",
        "[Кешбэк|Баллы] в {b_pre} [реально|правда] копятся, [получила|взяла] {dish} "
        "бесплатно {e_pos}",
    ),
    en=(
        "Grabbed a {dish} at {b} {spot} {when}[|, ngl], {good} {e_pos}",
        "Ok {b} [kinda slaps|actually slaps]. {good}",
        "[Unpopular opinion|Hot take]: {b} does a better {dish} than [the big chains|the "
        "American ones] {e_pos}",
        "{who} brought home {b} and [I'm not mad about it|honestly, no complaints] {e_pos}",
        "[Late night|2am] {b} run. {good}, [no regrets|zero regrets] {e_pos}",
        "Tried the new {dish} at {b} — {good}. [Would order again|10/10 would order again]",
        "If you're in {city}, [go to|hit up] {b} {spot}. {good} {e_pos}",
        "{b} delivery [showed up|arrived] in [20|25] minutes and {good}. [Impressed|Color me "
        "impressed]",
        "[Shoutout|Big shoutout] to the [cashier|staff] at {b} {spot}, super [friendly|patient] "
        "{e_pos}",
        "{b} + [a long shift|finals week] = [survival|how I'm still alive] {lol}",
        "The {promo} deal at {b} is [actually worth it|a steal] {e_pos}",
        "[Consistency|Reliability] is underrated. {b} {dish} tastes the same every time and "
        "{good}",
        "My kids [only|literally only] want {b} now. {good} so [fine|whatever] {e_pos}",
        "Road trip stop at {b} {spot}: [clean|spotless] [restroom|toilets], fast [service|"
        "order], {good}",
        "[Been|I've been] going to {b} since [uni|school] and it [still hits|never misses] "
        "{e_pos}",
        "Didn't expect much from {b} but {good}. [Pleasantly surprised|Low-key impressed]",
        "The {b} app finally [works|got good], ordered a {dish} in [like a minute|seconds] "
        "{e_pos}",
        "{b} {dish} is my [comfort food|comfort meal] [fr|for real] {e_pos}",
        "[Friday|Payday] means {b}. [Tradition|House rules] {e_pos}",
        "Redeemed my points at {b} for a free {dish}, [love that|nice touch] {e_pos}",
    ),
    mixed=(
        "{b} {spot} — [это top|вообще top-tier], {dish} [прям fire|просто fire] {e_pos}",
        "[Honestly|Честно], {b} [лучший|best] fast food в г. {city}, {good}",
        "Late night craving закрыт: {b} и {dish}, [so good|so worth it] {e_pos}",
        "Заказала через app {b_gen}, delivery за [20|25] мин, {good} {e_pos}",
        "{b} [new|новый] {dish} — [must try|must-try], без шуток {e_pos}",
    ),
)

_S_NEUTRAL = Texts(
    ru=(
        "Кто-нибудь знает, {b} {spot} работает [круглосуточно|ночью]?",
        "[Подскажите|Кто в курсе], в {b_pre} есть [вегетарианские|постные] бургеры?",
        "{b} открывает [новую точку|ресторан] {spot}, [видел|заметил] вывеску {when}",
        "[Интересно|Любопытно], а {b} [свою|собственную] говядину [берёт|закупает] или "
        "[импорт|привозную]?",
        "Сидим в {b_pre} {spot}, [ждём|ждём-с] [остальных|ребят|своих] [|{e_meh}]",
        "В {b_pre} {spot} [поменяли|переделали] меню, [теперь|сейчас] [экраны|терминалы] "
        "вместо касс",
        "{when} в {b_pre} [был|проходил] день открытых дверей, [водили|показывали] детям кухню",
        "Сколько [сейчас|нынче] стоит {dish} в {b_pre}? [Давно не был|Год не заходил]",
        "[Вопрос|Вопросик] знатокам: {b} и [«Бургер Кинг»|«Вкусно — и точка»] — одна "
        "[компания|контора]? {e_meh}",
        "[Прочитал|Увидел], что {b} [выходит|собирается выйти] [в регионы|в наш регион]. Ну, "
        "посмотрим",
        "У {b_gen} [теперь|сейчас] [доставка|самовывоз] через [Яндекс Еду|Деливери]? "
        "[Или только своё приложение|Или только сами]?",
        "[Встречаемся|Собираемся] у {b_gen} {spot} в [семь|шесть], [не опаздывайте|без "
        "опозданий]",
        "{b} [сменил|поменял] [упаковку|стаканы], [теперь|сейчас] [бумажные|крафтовые] {e_meh}",
        "[Говорят|Пишут], {b} [ищет|набирает] [поваров|кассиров] {spot}, [платят|зарплата] "
        "[от 50к|от 45 тысяч]",
        "В {b_pre} [завтраки|утреннее меню] до [11|11:30] или до [12|полудня]?",
        "[Заметил|Обратил внимание]: в {b_pre} {spot} [всегда|почему-то всегда] [играет|"
        "крутят] [рок|старый рок] {e_meh}",
        "{who} [работает|теперь работает] в {b_pre} {spot}, [говорит|рассказывает], [там|у них] "
        "[нормально|норм] кормят персонал",
        "[Напоминалка|Напоминаю] себе: [в четверг|завтра] акция в {b_pre} — {promo}",
        "Есть ли в {b_pre} {spot} [детская комната|зона для детей]? [Хотим|Планируем] "
        "[день рождения|ДР] отметить",
        "[Обед|Обедаю] в {b_pre}, [пока|пока что] без [впечатлений|комментариев] {e_meh}",
        "Отчёт {b_gen} [за квартал|за год] [вышел|опубликован]: [выручка растёт|+12% выручки], "
        "[ресторанов|точек] [стало 340|уже за 300]",
        "[Кто-то|Кто-нибудь] [пробовал|брал] {dish} в {b_pre}? [Стоит|Стоит оно] того?",
        "В {b_pre} [можно оплатить|принимают оплату] [по QR|через СБП]? [Карту забыл|Без "
        "карты сегодня]",
        "{b} [спонсирует|поддерживает] [городской|наш] [полумарафон|забег] {when}, [видел|"
        "заметил] их палатку",
        "[Поделитесь|Подскажите], [какой|что] [взять|заказать] в {b_pre} [впервые|в первый "
        "раз]? {e_meh}",
        "Пишу диплом про [франшизы|фастфуд], {b} [как пример|в качестве кейса]. [Кто|Если "
        "кто] работал — [напишите|отпишитесь]",
        "У {b_gen} [обновилось|обновили] приложение, [иконка другая|значок новый] {e_meh}",
        "[Стою|Стоим] в очереди в {b} {spot}, [человек 8|человек десять] [передо мной|впереди]",
        "{city}: {b} [переезжает|переехал] {spot}, [старую точку|старый зал] "
        "[закрыли|закрывают]",
        "[Вроде|Кажется], {b} [поднял|поменял] цены на {dish}? [Или мне кажется|Или я путаю] "
        "{e_meh}",
        "Сравниваю [калорийность|КБЖУ] в {b_pre} и [у других|у конкурентов]: [почти одинаково|"
        "плюс-минус одно и то же]",
        "[Мимо|Проходил мимо] {b_gen} {spot} — [там|у них] [ремонт|перестройка], [закрыто до|"
        "откроют в] [понедельника|следующей неделе]",
        "[Кто|А кто] [знает|в курсе], [у|в] {b_pre} [есть|бывают] [безлактозные|без глютена] "
        "[булки|варианты]?",
        "[Смотрю|Посмотрел] [рекламу|ролик] {b_gen} [с|про] [котом|курьером], [забавно|ну "
        "такое] {e_meh}",
        "{b} [запускает|тестирует] [доставку|самокаты-доставку] {spot}, [пока в тесте|пока "
        "только тест]",
        "[Вчерашний|Вечерний] [спор|диспут] в чате: {b} [это|считается] [ресторан|кафе] или "
        "[столовая|забегаловка]? {lol}",
        "[Кто-нибудь|Кто-то] [в курсе|знает], {b} [уже|наконец] [ввёл|сделал] [электронные "
        "чеки|чеки на почту]? {e_meh}",
        "[Ставлю|Поставил] [эксперимент|опыт]: [неделю|семь дней] обедаю только в {b_pre}. [День "
        "первый|Первый день]: {dish} {e_meh}",
    ),
    en=(
        "Is {b} {spot} open [24/7|all night]?",
        "Does {b} have [vegetarian|veggie] options [now|these days]? {e_meh}",
        "Saw a {b} sign going up {spot} {when}[|, finally]",
        "How much is a {dish} at {b} [now|these days]? [Haven't been|Haven't gone] in ages",
        "Is {b} basically the [Russian|local] answer to [McDonald's|Burger King]? {e_meh}",
        "[Meeting|We're meeting] at the {b} {spot} at [7|seven], don't be late",
        "{b} [switched|changed] to [paper|cardboard] cups, [noticed|just noticed] {when}",
        "Anyone [tried|had] the {dish} at {b}? [Worth it|Any good]?",
        "{b} [is hiring|hiring] {spot}, [pay|salary] [starts at|is about] [45k|50k] apparently",
        "Until what time does {b} serve breakfast? [11|11:30]?",
        "Writing [a paper|my thesis] on [franchising|fast food] and using {b} as [a case|an "
        "example]. {e_meh}",
        "{b} [reported|posted] [quarterly|annual] numbers: [revenue up|sales up] [12%|about "
        "10%]",
        "[Queue|Line] at {b} {spot} is [like 8 people|ten deep] {when} {e_meh}",
        "Can you pay by QR at {b} or [card only|is it card only]?",
        "{b} {spot} [is closed|closed] for [renovation|a refit] until [Monday|next week]",
        "Does {b} deliver through [Yandex|the delivery apps] or only their own app?",
        "Did {b} [raise|bump] prices on the {dish}? [Or am I imagining it|Or is it just me] "
        "{e_meh}",
        "{b} is [sponsoring|at] the [city|local] half marathon {when}, [saw|spotted] their tent",
        "First time at {b}, what should I [get|order]? {e_meh}",
        "[Random|Weird] question: is {b} a restaurant or a [canteen|diner]? {lol}",
        "{b} [app|the app] got a [new icon|redesign] {when}, [not sure|idk] how I feel {e_meh}",
        "[Apparently|Reportedly] {b} is [opening|expanding] in {city}",
        "Experiment: lunch at {b} every day for a week. Day one: {dish} {e_meh}",
    ),
    mixed=(
        "{b} {spot} open [24/7|круглосуточно]? [Нужно|Need] поесть после смены",
        "Кто знает, у {b_gen} есть [vegan|veggie] menu [или нет|or not]? {e_meh}",
        "[Meeting point|Точка сбора] — {b} {spot}, [в семь|at 7]",
        "Пишу case study про {b}, [any|есть] insiders? {e_meh}",
        "{b} [поднял|raised] prices на {dish} [или мне кажется|or is it me]? {e_meh}",
    ),
)

_S_NEGATIVE = Texts(
    ru=(
        "{dish} в {b_pre} {spot} [холодный|ледяной], [булка|хлеб] [сухая|как подошва]. "
        "[Больше не пойду|Ноги моей там не будет] {e_neg}",
        "[Ждали|Прождали] заказ в {b_pre} [40|сорок] минут при [пустом|полупустом] зале. "
        "[Это как|Как так]?",
        "{b} [совсем|окончательно] [испортился|скатился]: котлета [тонкая|с ладошку], "
        "[соуса нет|соуса почти нет] {e_neg}",
        "[После ужина|После обеда] из {b_gen} [всю ночь|полночи] [мутило|живот крутило]. [Спасибо|"
        "Мерси], [блин|конечно] {e_neg}",
        "В {b_pre} {spot} [грязные|липкие] столы и [переполненные|полные] урны, {sigh}",
        "[Курьер|Доставщик] {b_gen} привёз [не то|чужой заказ], а [деньги до сих пор не "
        "вернули|возврат так и не сделали] {e_neg}",
        "{b} [поднял|задрал] цены [третий раз|уже который раз] за год, а порции [всё меньше|"
        "только уменьшаются]",
        "[Кассир|Девушка на кассе] в {b_pre} [нахамила|грубила] [мужу|маме|мне|подруге] [ни за "
        "что|на ровном "
        "месте]. [Сервис|Обслуживание] [уровня|на уровне] плинтуса",
        "Заказали в {b_pre} [четыре|пять] бургера, [два|один] [забыли положить|не положили]. "
        "[Проверяйте|Всегда проверяйте] пакеты {e_neg}",
        "Картошка в {b_pre} [сегодня|опять] [пересоленная|как из соли] и [вялая|мягкая]. "
        "[Ну зачем|Зачем так]",
        "{when} в {b_pre} {spot} [нашли|увидели] [таракана|тараканчика] [на стене|у "
        "подноса]. {sigh}. [Аппетит пропал|Больше не хочется]",
        "[Приложение|Апп] {b_gen} [списало|сняло] деньги [дважды|два раза], [поддержка|"
        "саппорт] [молчит|отвечает ботом] {e_neg}",
        "[Раньше|Когда-то] {b} был [нормальным|приличным]. [Сейчас|Теперь] это [кошмар|ужас] "
        "и [позор|стыд]",
        "Коктейль в {b_pre} [разбавленный|как вода], [вкуса|клубники] [ноль|не чувствуется] "
        "{e_neg}",
        "Попросил без лука — [положили|кинули] [двойной|лишний] лук. [Классика|Как всегда] "
        "{b_gen} {e_neg}",
        "[Три|Четыре] кассы в {b_pre} {spot}, работает одна. Очередь [до "
        "двери|на улицу]",
        "{b} [опять|снова] [отменил|слил] мой заказ [за 5 минут до доставки|"
        "перед самой доставкой]. [Бесит|Достали] {e_neg}",
        "[Соус|Кетчуп] в {b_pre} [забыли|не дали], [салфеток|трубочек] нет, {sigh}",
        "Ребёнок [отравился|траванулся] после [обеда|ужина] в {b_pre}. Пишем в Роспотребнадзор "
        "{e_neg}",
        "В {b_pre} {spot} [туалет|санузел] [закрыт|не работает] [месяц|третью неделю], [ну "
        "как так|серьёзно]?",
        "[Ненавижу|Терпеть не могу], когда {b} кладёт [весь|половину] [соус|майонез] [на дно|"
        "в угол] коробки {e_neg}",
        "{dish} из {b_gen} [приехал|доехал] [раздавленный|мятый] и [остывший|холодный]. "
        "[Спасибо за ужин|Приятного аппетита мне] {e_neg}",
        "[Администратор|Менеджер] в {b_pre} [отказался|не стал] [менять|переделывать] "
        "[сырой|недожаренный] бургер. [Жуть|Жесть]",
        "Акция {promo} в {b_pre} [не работает|не действует] {spot}, [кассир|сотрудник] "
        "[пожал плечами|развёл руками]",
        "Взял {dish}, а [котлета|курица] [сырая|розовая] [внутри|посередине]. {b}, [вы серьёзно|"
        "ну вы чего]? {e_neg}",
        "[Стоимость|Цена] комбо в {b_pre} [уже|теперь] как [обед в кафе|в нормальном кафе], а "
        "[вкус|качество] [хуже|всё хуже] {e_neg}",
        "[Пол|Полы] в {b_pre} {spot} [липкий|липкие], [пахнет|воняет] [старым маслом|"
        "горелым]. [Фу|Бе] {e_neg}",
        "[Последний раз|Это последний раз], когда я [заказываю|ем] в {b_pre}. [Обидно|Жаль], "
        "но [всё|достали]",
        "[Дочка|Подруга|Мама] нашла в заказе из {b_gen} [волос|кусок упаковки]. {sigh} {e_neg}",
        "Курьер {b_gen} [оставил|бросил] заказ [у подъезда|на лавке] и [ушёл|уехал], [не "
        "позвонив|без звонка]",
        "[Кофе|Капучино] в {b_pre} [горький|горелый], [как будто|будто] [с вокзала|из "
        "автомата] {e_neg}",
        "{b} — [пример того|это про то], как [экономят|экономить] на всём, [кроме рекламы|только "
        "не на рекламе] {e_neg}",
        "В {b_pre} [забыли|потеряли] [мой|наш] заказ, [полчаса|минут 25] [стояли|торчали] у "
        "[выдачи|стойки] {e_neg}",
        "[Бургер|Чизбургер] в {b_pre} [весь|насквозь] в [масле|жиру], [салфеток|пачки "
        "салфеток] не хватило {e_neg}",
        "[Кешбэк|Баллы] {b_gen} [сгорели|пропали] без [предупреждения|уведомлений], {sigh}",
        "[Сотрудники|Ребята] {b_gen} {spot} [громко|вслух] [ругаются|матерятся] на кухне, "
        "[слышно|всё слышно] в зале {e_neg}",
        "[Опять|Снова] {b}, [опять|снова] [сырые|не прожаренные] наггетсы. [Я устал|Сколько "
        "можно] {e_neg}",
        "[Слушайте|Народ], {b} [после|с] [ребрендинга|нового меню] — [полный|ужасный] "
        "[провал|отстой]",
        "В {b_pre} {spot} [ни одного|нет ни одного] [свободного|чистого] столика и [мусор|"
        "подносы] [везде|на всех]. [Кошмар|Свинарник]",
        "Заплатил [600|семьсот] рублей в {b_pre} за [это|вот это]: {dish} [размером с ладонь|"
        "как печенька] {e_neg}",
        "Дали сдачу в {b_pre} [не ту|меньше] и [спорили|начали спорить] со мной. "
        "[Неприятно|Осадочек остался]",
        "[Не рекомендую|Никому не советую] {b} {spot}. [Медленно|Долго], [грязно|неопрятно], "
        "[невкусно|без вкуса] {e_neg}",
        "[Ребёнка|Сына] [обожгли|облили] горячим [чаем|кофе] в {b_pre}, [и даже не извинились|"
        "а извиниться никто не подумал] {e_neg}",
        "[Охранник|Охрана] в {b_pre} {spot} [ходит|смотрит] [как на вора|так, будто я "
        "украду], {sigh}",
        "[Разочарован|Разочарована] {b_ins}. {dish} [невкусный|безвкусный], [а стоит|при "
        "этом] как [стейк|крыло самолёта] {e_neg}",
    ),
    en=(
        "{b} {spot} [took|needed] [40|forty] minutes for one {dish}. [Empty|Half-empty] "
        "restaurant. [How|Explain]? {e_neg}",
        "The {dish} from {b} was [cold|stone cold] and the bun was [stale|like cardboard] "
        "{e_neg}",
        "{b} has [gone downhill|really gone downhill]. [Tiny|Sad little] patty, [no|barely "
        "any] sauce",
        "Got sick after eating at {b} {when}. [Never again|Not going back] {e_neg}",
        "{b} delivery brought [the wrong order|someone else's food] and [still no|no] refund "
        "{e_neg}",
        "[Sticky|Dirty] tables and [overflowing|full] bins at {b} {spot}, {sigh}",
        "{b} raised prices [again|for the third time this year] and the portions [keep|just "
        "keep] shrinking",
        "Asked for no onions, got [extra|double] onions. [Classic|Peak] {b} {e_neg}",
        "The cashier at {b} {spot} was [straight up rude|so rude] to {who} for [no reason|"
        "nothing]",
        "Ordered [4|five] burgers from {b}, [two|one] [missing|were missing]. Check your bags "
        "{e_neg}",
        "{b} app charged me [twice|two times] and support [is ghosting me|just sends bot "
        "replies] {e_neg}",
        "[Chicken|The patty] in my {dish} was [raw|pink] inside. {b}, [seriously|come on]? "
        "{e_neg}",
        "Fries at {b} [tonight|today] were [soggy|limp] and [way too salty|salt bombs]",
        "[Saw|Spotted] a cockroach [on the wall|by the trays] at {b} {spot}. [Appetite gone|"
        "Lost my appetite] {e_neg}",
        "{b} cancelled my order [5 minutes|right] before delivery, [again|for the second time] "
        "{e_neg}",
        "The {promo} deal [doesn't work|isn't honored] at {b} {spot} and the staff just "
        "[shrugged|shrug]",
        "Restroom at {b} {spot} has been [closed|out of order] for [weeks|a month]. [Really|"
        "Cmon]?",
        "[Used to|I used to] love {b}. [Now|These days] it's [just sad|a mess] {e_neg}",
        "Courier from {b} left my food [at the entrance|on a bench] and [left|drove off] "
        "without calling",
        "Paid [600|700] rubles at {b} for a {dish} the size of [my palm|a cookie] {e_neg}",
        "{b} milkshake [tastes like|is basically] [water|sweet water] {e_neg}",
        "Waited [half an hour|25 min] at the pickup counter at {b} because they lost my order "
        "{e_neg}",
        "My kid got [burned|splashed] with hot tea at {b} and [nobody|no one] apologized "
        "{e_neg}",
        "{b} staff [swearing|yelling] in the kitchen, [you can hear|we could hear] everything "
        "{e_neg}",
        "[Not recommending|Can't recommend] {b} {spot}. [Slow|So slow], [dirty|messy], "
        "[bland|tasteless] {e_neg}",
        "[Disappointed|Really disappointed] in {b}. The {dish} was [bland|flavorless] and "
        "[overpriced|way overpriced]",
        "My {b} [points|cashback] [expired|vanished] [without warning|with no notice], {sigh}",
        "{b} burger was [drowning in|soaked in] grease, [ran out of|needed ten] napkins {e_neg}",
        "The security guy at {b} {spot} [follows|watches] [people|customers] like they're "
        "[thieves|shoplifters] {e_neg}",
    ),
    mixed=(
        "{b} {spot} — [полный|total] [fail|disaster], {dish} [холодный|cold as ice] {e_neg}",
        "[Honestly|Честно], {b} [скатился|went downhill], [порции|portions] [tiny|крошечные]",
        "Delivery от {b_gen} [опоздала|late] на [40|сорок] минут, [so annoying|бесит] {e_neg}",
        "{b} app [списал|charged] деньги twice, support [молчит|ghosting] {e_neg}",
        "Waited [40 min|сорок минут] в {b_pre}, [worst|худший] service [ever|в жизни] {e_neg}",
    ),
)

_S_QUESTION = Texts(
    ru=(
        "{h} здравствуйте, а {spot} [вы работаете|ваш ресторан открыт] "
        "[ночью|после полуночи]?",
        "{h} [подскажите|скажите], акция {promo} [ещё действует|до какого числа]?",
        "{h} [можно ли|а можно] [у вас|в ресторане] отметить детский [день рождения|праздник]? "
        "[Сколько стоит|Какие условия]?",
        "{h} [есть ли|а есть] в меню [что-то|хоть что-то] без [глютена|лактозы]?",
        "{h} [почему|а почему] в приложении [не видно|пропал] {dish}? [Убрали|Сняли с меню]?",
        "{h} [как|куда] [вернуть|оформить возврат за] заказ, [если|когда] [его отменили|"
        "курьер не приехал]?",
        "{h} [вы|а вы] [берёте|принимаете] на работу [студентов|с 16 лет]? [Какой график|"
        "График какой]?",
        "{h} [у вас|а у вас] [ресторан|точка] {spot} на ремонте? {when} [было "
        "закрыто|не работал]",
        "{h} [как|где] [привязать|добавить] [карту лояльности|бонусную карту] "
        "[к приложению|в приложении]?",
        "{h} [будет ли|вернёте ли] [сезонный|тот] {dish}, [который был|что был] [летом|"
        "осенью]?",
        "{h} [можно|реально] [заказать|оформить] [на офис|корпоративный заказ] [человек на 30|"
        "на 25 человек]?",
        "{h} а [соусы|соус] [отдельно|дополнительно] [продаёте|можно купить]? {e_meh}",
        "{h} [где|где вообще] [найти|посмотреть] [состав|КБЖУ], [интересует|нужен] {dish}? [На "
        "сайте|В приложении] не [нашла|вижу]",
        "{h} [подскажите|уточните], [промокод|код] [из рассылки|с чека] [действует|работает] "
        "на доставку?",
        "{h} [есть ли|будет ли] [у вас|в вашей сети] [франшиза|франчайзинг]? [Хотим|Думаем] "
        "открыть в г. {city}",
        "{h} [сколько ждать возврат|как долго идут деньги] на карту после отмены?",
        "{h} [почему|как так], что в г. {city} [нет|до сих пор нет] вашей доставки? {e_meh}",
        "{h} [можно|получится] [прийти|зайти] с [собакой|собачкой] [на веранду|в зал]?",
        "{h} [вы|а вы] [планируете|будете] [открываться|открыть ресторан] {spot}?",
        "{h} [добрый день|здравствуйте]! [Как|Куда] [написать|отправить] [отзыв|"
        "благодарность] [сотруднику|кассиру]?",
        "{h} [а что|что] [случилось|стряслось] с приложением {when}? [Не грузится|Белый "
        "экран]",
        "{h} а [кешбэк|баллы] [сгорают|сгорят]? [Если да|Если сгорают], то через сколько?",
    ),
    en=(
        "{h} hi, is the {spot} location open [late|after midnight]?",
        "{h} is the {promo} deal still [on|running]?",
        "{h} do you have [gluten-free|dairy-free] options?",
        "{h} why did the {dish} [disappear|vanish] from the app?",
        "{h} how do I get a refund [for a cancelled order|when the courier never came]?",
        "{h} are you hiring [students|part-time]? What [hours|shifts]?",
        "{h} can I [book|host] a kids' birthday [party|at your place]? How much?",
        "{h} where can I find [the nutrition info|calories] for the {dish}?",
        "{h} does the newsletter promo code work [on delivery|for delivery]?",
        "{h} do you [sell|offer] franchises? [Thinking of|Looking at] opening in {city}",
        "{h} how long does a refund take to [hit|reach] the card?",
        "{h} are dogs [allowed|ok] on the terrace?",
    ),
)

_S_COMPLAINT = Texts(
    ru=(
        "{h} заказ [№48211|№ 51730|номер 39904] [так и не|до сих пор не] [привезли|доставили], "
        "[деньги списаны|оплата ушла] {when}. [Где еда|Где мой обед]? {e_neg}",
        "{h} [ваш курьер|курьер] [привёз|отдал] [чужой|не мой] заказ, а [мой|наш] [увезли|"
        "отдали] [кому-то|неизвестно кому]. [Что делать|Как быть]?",
        "{h} в ресторане {spot} [опять|снова] [холодная|остывшая] [картошка|еда]. [Это уже|"
        "Уже] {n} раза [подряд|за месяц]",
        "{h} [списали|сняли] [дважды|два раза] за [один|одну] заказ, [верните|прошу вернуть] "
        "[деньги|лишнее] {e_neg}",
        "{h} [заказал|взяла] {dish}, а [мясо сырое|котлета сырая] [внутри|посередине]. [Как "
        "так|Почему]? "
        "[Фото|Фото] [приложу|скину в личку]",
        "{h} [сотрудник|кассир] {spot} [нахамил моей маме|накричал на пожилую женщину] "
        "{when}. [Разберитесь|Примите меры]",
        "{h} [приложение|апп] [не даёт|не позволяет] [оплатить|применить] [баллы|бонусы], "
        "[пишет|выдаёт] [ошибку|«ошибка 500»] {e_neg}",
        "{h} [в заказе|в пакете] [не оказалось|не нашлось] позиции {dish}, [а|но] в чеке она "
        "есть. [Вернёте|"
        "Компенсируете]?",
        "{h} [заказ|доставку] [отменили|отменили сами] [через час|спустя час ожидания], "
        "[а деньги|деньги] [не вернули|висят]. {sigh}",
        "{h} [у вас|в ресторане] {spot} [грязно|антисанитария]: [столы|подносы] [липкие|"
        "в крошках], [урны|мусор] [через край|переполнены] {e_neg}",
        "{h} [третий день|уже три дня] [не могу|никак не могу] [войти|зайти] в приложение, "
        "[код|смс] не приходит",
        "{h} [промокод|купон] {promo} не [срабатывает|принимается], [на кассе|кассир] "
        "[говорит|сказал] «не знаем»",
        "{h} [курьер|доставщик] [опоздал|задержался] на [час|полтора часа] и [ещё|при этом] "
        "[грубил|хамил] {e_neg}",
        "{h} [почему|зачем] вы [убрали|сняли] [розетки|бесплатную воду] и "
        "[Wi-Fi|вайфай]? [Неудобно|Обидно]",
        "{h} в [бургере|котлете] [был|попался] [хрящ|кусок кости], [чуть зуб|едва зуб] не "
        "[сломал|сколол] {e_neg}",
        "{h} [вы|у вас] [опять|снова] [поменяли|урезали] [рецепт|соус]? [Вкус|Вкус совсем] "
        "[другой|не тот], [верните|верните как было]",
        "{h} баллы за [последние заказы|три последних заказа] [не начислились|не "
        "пришли]. [Проверьте|Посмотрите], пожалуйста",
        "{h} туалет {spot} [закрыт|на замке] [уже|аж] [месяц|несколько недель]. "
        "[Куда|А куда] [детям|гостям] идти?",
        "{h} {when} [ждали|прождали] {dish} [40|сорок пять] минут, [зал|ресторан] [пустой|"
        "полупустой]. [Что у вас|Что] [происходит|творится]?",
        "{h} [мне|нам] [продали|выдали] [просроченный|кислый] [соус|молочный коктейль], [дочь "
        "отравилась|"
        "ребёнку плохо] {e_neg}",
        "{h} [почему|а почему] [цена|стоимость] [в приложении|на сайте] [одна|одна], [а на "
        "кассе|а в ресторане] [другая|выше]? {e_neg}",
        "{h} [курьер|доставщик] [оставил|кинул] [заказ|пакет] [у подъезда|на пороге] и "
        "[пропал|не отвечает]. [Всё|Всё уже] [остыло|холодное]",
        "{h} [верните|отдайте] [нормальный|старый] размер [котлет|порций], [это|сейчас] "
        "[издевательство|насмешка] за такие деньги",
        "{h} [в ресторане|в зале] {spot} [тараканы|бегают тараканы]. [Видео|Видео есть]. "
        "[Это нормально|Вы в курсе]? {e_neg}",
        "{h} [который раз|уже не первый раз] [звоню|звонила] на горячую линию, [никто|ни разу "
        "никто] не [берёт|взял] "
        "трубку. [Как с вами|Как вообще с вами] связаться?",
        "{h} [заказ пришёл перевёрнутым|доставка пришла перевёрнутой], [всё|соус] в "
        "[пакете|коробке]. [Фото|Фотки] [ниже|прилагаю]",
        "{h} охранник {spot} не пустил [меня|нас] [в туалет|погреться] "
        "[без покупки|пока не купим]. [Серьёзно|Это нормально]?",
        "{h} [я|мы] [заказывали|просили] [без соуса|без майонеза] — [всё|бургер] [в соусе|"
        "залит майонезом]. [Аллергия|У ребёнка аллергия], [если что|вообще-то] {e_neg}",
        "{h} [оплатил|оплатила] заказ, [приложение|апп] [зависло|вылетело], [заказа нет|"
        "заказ не создан], а деньги [сняли|списали]",
        "{h} [кассир|сотрудник] [отказался|не стал] [пробивать|оформлять] [акцию|скидку] "
        "{promo}, [хотя|а ведь] [она|акция] [на плакате|висит на стене]",
        "{h} [в стакане|в коктейле] [плавал|был] [кусок|обрывок] [пластика|упаковки]. [Как|"
        "Откуда] это [там|у вас]?",
        "{h} [вы закрываетесь|ресторан закрывается] {spot} [раньше|на час раньше], "
        "чем [написано|указано] [на дверях|в картах]",
    ),
    en=(
        "{h} order [#48211|#51730] never arrived and I was charged {when}. Where is my food? "
        "{e_neg}",
        "{h} your courier [delivered|handed me] someone else's order. Where is mine?",
        "{h} charged [twice|two times] for one order, please refund the [difference|extra]",
        "{h} the {dish} was [raw|pink] inside, [photo attached|I have photos] {e_neg}",
        "{h} [the|your] cashier {spot} [yelled at|was rude to] [my mom|an older lady] {when}. "
        "Please [look into it|do something]",
        "{h} app won't let me [use|redeem] my points, [error|it errors] every time",
        "{h} the {dish} was missing from my bag but it's [on the receipt|on the bill]",
        "{h} order cancelled after [an hour|60 minutes] of waiting and [no refund|the money is "
        "still gone] {e_neg}",
        "{h} the {spot} location is [filthy|gross]: sticky tables, bins [overflowing|full] "
        "{e_neg}",
        "{h} can't log in for [3 days|three days], the [code|SMS] never comes",
        "{h} the promo code isn't accepted, cashier [says|said] they [don't know|have no idea]",
        "{h} courier was [an hour|90 minutes] late and [rude|rude about it] {e_neg}",
        "{h} found [a bit of bone|gristle] in my burger and [nearly|almost] [broke|chipped] a "
        "tooth {e_neg}",
        "{h} did you change the sauce recipe? It tastes [nothing like before|completely "
        "different]",
        "{h} cashback from my last [three|few] orders [never showed up|wasn't credited]",
        "{h} restroom {spot} has been locked for [weeks|a month]. Where are people supposed to "
        "go?",
        "{h} waited [40|45] minutes for a {dish} {when} in an [empty|almost empty] restaurant",
        "{h} the app price and the [counter|in-store] price [don't match|are different] {e_neg}",
        "{h} asked for no sauce, [my kid has|I have] an allergy, and it came [drowned|"
        "swimming] in sauce {e_neg}",
        "{h} paid, the app crashed, no order, but the money's [gone|been taken]",
        "{h} there's a [cockroach|roach] [problem|situation] {spot}. I have video {e_neg}",
        "{h} called the hotline {n} times, nobody [picks up|answered]",
        "{h} [the|your] {spot} place closes an hour earlier than [it says online|listed on "
        "maps]",
        "{h} my order [arrived|showed up] upside down, sauce all over the bag {e_neg}",
    ),
)

_S_COMMENT = Texts(
    ru=(
        "[А|А вот] {dish} [когда|когда уже] вернёте? {e_meh}",
        "[Класс|Круто], [завтра|в выходные] [зайдём|забежим] {e_pos}",
        "[Лучше бы|Вы бы лучше] [курьеров|доставку] [наладили|починили], {sigh}",
        "[Город {city}|{city}] — [эта акция|акция] [будет|работает]?",
        "[Ммм|Мммм], {dish} [хочу|хочууу] {e_pos}",
        "[А цены|Цены] [опять|снова] [поднимете|поднимаете]? {e_meh}",
        "[Так и не|Ещё не] [вернули|вернули мне] деньги за [заказ|отмену], [а вы тут|а тут] "
        "[акции|посты] [постите|пишете] {e_neg}",
        "[Вчера были|Были {when}], {good} {e_pos}",
        "[Сделайте|Верните] [острый|тот острый] соус [насовсем|в постоянное меню], [пожалуйста|"
        "плиз]!",
        "[Кто|Кто-нибудь] [пойдёт|идёт] [со мной|вместе] {spot}? {lol}",
        "[Опять|Снова] [фотки|картинки] [красивые|с красивыми бургерами], а [в жизни|в "
        "реальности] [не так|всё иначе] {e_meh}",
        "[Отметил|Отметила] [мужа|подругу], [пусть|может] [сводит|угостит] {e_pos}",
        "[Дайте|Сделайте] [веганский|постный] [бургер|вариант] уже наконец {e_meh}",
        "[Когда|А когда] откроете [ресторан|точку] у нас [в г. {city}|в городе]?",
        "[Ну такое|Так себе] [нововведение|идея], [честно|если честно] {e_meh}",
        "[Ого|Ого, ничего себе], [надо|обязательно надо] [попробовать|взять] {e_pos}",
        "[Лайк|Лайк за] [котика|кота] в [рекламе|ролике] {e_pos}",
        "[А на доставку|На доставку] акция [распространяется|действует]?",
        "[Вчера|На днях] [брал|брала] по этой акции — [всё честно|реально работает], {good}",
        "[А|А вот] [калорийность|КБЖУ] [новинки|нового бургера] [где|где посмотреть]? {e_meh}",
        "[Курьеров|Доставщиков] [своих|ваших] [проверьте|научите] [сначала|для начала], {sigh}",
        "[Пошли|Пойдём] [в обед|после пар]? [Отметил|Отмечаю] [тебя|вас], [не отвертишься|без "
        "отмазок] {lol}",
        "[Фото|Картинка] [огонь|аппетитная], а [в реальности|на деле] [котлета|всё] [в два "
        "раза|вдвое] [тоньше|меньше] {e_meh}",
        "[До скольки|До какого числа] [действует|продлится]? [Не успеваю|Не успею] [на этой "
        "неделе|до выходных]",
    ),
    en=(
        "When is the {dish} coming back [though|tho]? {e_meh}",
        "[Nice|Cool], [going|heading there] [tomorrow|this weekend] {e_pos}",
        "Maybe fix [delivery|the couriers] first, {sigh}",
        "Does this deal work in {city} [too|as well]?",
        "[Still|I'm still] waiting on my refund but ok, post [promos|deals] {e_neg}",
        "Please make the spicy sauce permanent[!|, begging you]",
        "Looks [nothing like|way better than] what I [get|got] {e_meh}",
        "[Open|Please open] one in {city} already {e_pos}",
        "Where can I see the calories for the new burger? {e_meh}",
        "Photo looks great, the real thing is half the size {e_meh}",
    ),
)

_S_REPLY = Texts(
    ru=(
        "[Согласен|Согласна], {good} {e_pos}",
        "[У меня|У нас] [ровно наоборот|всё наоборот], [было|всё было] [норм|нормально]",
        "[Плюсую|Плюс], [сама|сам] [такое|это] [видела|видел] {when}",
        "[Зачем|А зачем] [туда|вообще туда] [ходить|ходишь], если [есть|рядом] [шаурма|"
        "столовка]? {lol}",
        "[Напиши|Напишите] [им|в поддержку] в [личку|лс], [мне|нам] [помогли|вернули]",
        "[Так|Ну так] везде [сейчас|теперь], {sigh}",
        "[Это|Вот это] на какой точке?",
        "[Ахах|Хах], [жиза|знакомо] {lol}",
        "[Я|Я вот] [там|туда] [не хожу|перестала ходить] [уже год|давно]",
        "[Ого|Серьёзно]? [Я|А я] [думал|думала] {b} [лучше|приличнее]",
        "[{city}, та же|У нас в городе та же] [история|беда] {e_meh}",
        "[Ну|Ну вот], [значит|выходит], [не мне одному|не одна я]",
        "[Фото|Фотку] [покажи|скинь]! {e_meh}",
        "[Мне|Нам] в {b_pre} {spot} [всегда|обычно] [норм|хорошо] [делают|готовят]",
        "[Не знаю|Хз], [я|мы] [вчера|на днях] [брали|заказывали] — {good}",
        "[Держи|Лови] [лайк|плюсик] за [честность|правду] {e_pos}",
        "{b} — раз на раз не приходится[|, да]",
        "[Сочувствую|Обидно], [правда|конечно] {e_meh}",
        "[Ну|Так] [это|это же] фастфуд, [чего вы ждали|а что ты хотел]? {lol}",
        "[Точно|Вот точно], {dish} [там|у них] [лучший|самый топ]",
        "[Тоже|Тоже вот] [собирался|хотел] [туда|в {b}] {when}, [теперь|уже] [подумаю|не знаю]",
        "[Проверь|Посмотри] [приложение|в приложении], [там|вроде] [есть|бывают] [купоны|"
        "скидки]",
    ),
    en=(
        "[Same|Same here], {good} {e_pos}",
        "Opposite for me, [mine was fine|no issues]",
        "[Happened|This happened] to me {when} too",
        "DM [them|their support], they [sorted it|refunded me]",
        "[Which|What] location?",
        "[lol|haha] [relatable|so relatable] {lol}",
        "It's fast food, what did you [expect|think would happen] {lol}",
        "[Post a pic|Pics or it didn't happen]! {e_meh}",
        "{b} is [hit or miss|a coin flip] honestly",
        "[Sorry|Sucks], that's [rough|annoying] {e_meh}",
        "The {dish} [there|at {b}] is [the best|elite] though",
        "[Yeah|Yep], {b} {spot} is [usually|always] [good|solid]",
    ),
    mixed=(
        "[Same|Тоже], у меня [so same|так же] {lol}",
        "Напиши им в DM, мне [refund|возврат] [сделали|дали]",
        "{b} — [hit or miss|лотерея], [как повезёт|depends]",
    ),
)

_S_ANSWER = Texts(
    ru=(
        "Здравствуйте! [Очень жаль|Нам очень жаль], что так [вышло|получилось]. Напишите, "
        "пожалуйста, номер заказа в личные сообщения — [разберёмся|во всём разберёмся] и "
        "[вернём деньги|компенсируем].",
        "[Добрый день|Здравствуйте]! Спасибо, что [сообщили|написали]. [Передали|Уже "
        "передали] информацию управляющему ресторана, [он свяжется с вами|с вами свяжутся] "
        "[сегодня|в течение дня].",
        "Приносим извинения за [ожидание|долгое ожидание]. [Подскажите|Уточните], пожалуйста, "
        "адрес ресторана и время визита?",
        "[Здравствуйте|Добрый вечер]! [Такого быть не должно|Это недопустимо]. [Пожалуйста|"
        "Будьте добры], пришлите фото и чек в ЛС, [проверим|мы проверим] [партию|смену].",
        "Спасибо за [обратную связь|отзыв]! [Рады|Очень рады], что вам [понравилось|было "
        "вкусно] 😊",
        "[Здравствуйте|Привет]! Акция [действует|работает] до конца месяца во всех ресторанах "
        "[и в приложении|и на доставке].",
        "[Добрый день|Здравствуйте]! Возврат [обычно|как правило] приходит на карту в течение "
        "3–5 рабочих дней. Если [не придёт|деньги не придут], напишите нам снова.",
        "[Извините|Простите], пожалуйста, за [доставленные неудобства|неприятную ситуацию]. "
        "Баллы на [ваш счёт|бонусный счёт] уже [начислили|вернули].",
        "[Здравствуйте|Добрый день]! [Ресторан|Этот ресторан] работает с 8:00 до 23:00, по "
        "пятницам и субботам — [до 2:00|до двух ночи].",
        "Спасибо, что [заметили|обратили внимание]! [Передали|Отправили] [на кухню|шеф-повару], "
        "[рецепт|технологию] [проверим|перепроверим].",
        "[Нам|Нам правда] [очень|искренне] жаль. [Пожалуйста|Будьте добры], [напишите|"
        "оставьте] телефон в личных сообщениях — [перезвоним|позвоним] в течение часа.",
        "[Здравствуйте|Добрый день]! [Ошибку|Сбой] в приложении [уже исправили|устранили], "
        "[попробуйте|попробуйте, пожалуйста] [обновить|перезапустить] его.",
        "[Здравствуйте|Добрый день]! [Да|Конечно], [можно|можно провести]: [напишите|оставьте "
        "заявку] на [почту|сайт] в разделе «Праздники», [менеджер|координатор] [свяжется|"
        "ответит].",
        "Мы [проверили|посмотрели] заказ: [позицию|бургер] действительно [не доложили|"
        "забыли]. [Деньги|Стоимость] [вернули|вернём] на карту, [извините|простите нас].",
        "[Спасибо, что написали|Благодарим за сигнал]. [Проверка|Внеплановая проверка] "
        "санитарного состояния [уже назначена|пройдёт] [завтра|на этой неделе].",
        "[Добрый вечер|Здравствуйте]! Информацию о составе и КБЖУ [можно найти|смотрите] в "
        "карточке блюда в приложении, [раздел|вкладка] «Подробнее».",
        "[Здравствуйте|Добрый день]! [Промокоды действуют|Этот промокод действует] только "
        "[на доставку|в приложении], [на кассе|в ресторане] применить нельзя, "
        "[простите|извините] за путаницу.",
        "[Извините|Простите] за [грубость|поведение] сотрудника. [Это не наш "
        "стандарт|Так не должно быть], с ним [уже поговорили|проведут беседу].",
        "Спасибо за терпение! [Курьер|Заказ] уже в пути, [будет|приедет] [через 10 минут|"
        "минут через 10].",
        "[Рады|Приятно] [слышать|читать]! [Передадим|Обязательно передадим] [ребятам|команде "
        "ресторана] — им будет приятно 🙌",
        "[Здравствуйте|Добрый день]! [Пока|К сожалению, пока] в вашем городе [доставки|нашей "
        "доставки] нет, [но|однако] [мы работаем|планы есть] над этим.",
        "[Здравствуйте|Добрый день]! [Ответили|Написали] вам в личные сообщения, "
        "[посмотрите|проверьте], пожалуйста.",
        "[Понимаем|Очень понимаем] ваше [недовольство|возмущение]. [Заявку|Обращение] "
        "[зарегистрировали|приняли] под номером [4471|5182|3096], [ответ будет|вернёмся с "
        "ответом] в течение суток.",
        "[Спасибо|Благодарим] за [идею|предложение]! [Передали|Отправили] "
        "[команде меню|в отдел продукта] 🙂",
        "[Здравствуйте|Добрый день]! С питомцами [можно|можно только] на [летней "
        "веранде|веранде], в зал, к сожалению, нельзя.",
        "Добрый день! Спасибо за тёплые слова, [передадим|обязательно передадим] смене 🙌 ^Анна",
        "Здравствуйте! Видим ваш заказ: он задержался из-за [загрузки кухни|пробок на дорогах]. "
        "Курьер [будет у вас|приедет] в течение 15 минут. Извините!",
        "Здравствуйте! [Баллы|Бонусы] начисляются в течение 24 часов после заказа. Если [не "
        "появятся|их не будет] завтра, напишите — начислим вручную.",
        "[Ой|Ох], [как неловко|неприятно] вышло 😔 Напишите, пожалуйста, в ЛС адрес ресторана — "
        "[разберёмся со сменой|передадим управляющему].",
        "Добрый день! Соус [вернётся|возвращается] в меню [в следующем месяце|уже скоро] — "
        "следите за новостями 😉",
        "Здравствуйте! Уточните, пожалуйста, [где|через что] оформляли заказ — в нашем приложении "
        "или через [сервис доставки|агрегатор]? От этого зависит, как [оформить|сделать] возврат.",
        "Добрый вечер! Заявку [на компенсацию|на возврат] [приняли|оформили], её номер — "
        "[SB-20417|SB-31882|SB-27730]. Ответ придёт на почту в течение [трёх|двух] дней.",
        "Здравствуйте! По правилам [акции|программы] скидка не суммируется с [другими "
        "предложениями|промокодами] — [возможно|скорее всего], дело в этом. Если нет, напишите, "
        "проверим.",
        "Спасибо, что дали нам шанс [всё исправить|исправиться]! Будем рады видеть вас снова 🍟",
        "Здравствуйте! Санузел в этом ресторане [на ремонте|ремонтируют] до [конца месяца|15-го], "
        "[приносим извинения|простите за неудобства]. Ближайший открытый — в торговом центре "
        "рядом.",
        "Здравствуйте! Передали вашу просьбу [о веганском бургере|про постное меню] команде меню "
        "— такие запросы [приходят|поступают] часто 🌱",
        "Приносим извинения. Это [наша ошибка|ошибка ресторана]: [деньги|сумму] уже вернули, а на "
        "ваш аккаунт добавили [промокод|бонус] [на следующий заказ|в качестве извинения].",
        "[Здравствуйте|Добрый день]! [Да|Конечно], [соусы|любой соус] можно [докупить|взять] "
        "отдельно — на кассе или в приложении в разделе «Добавки».",
        "Здравствуйте! Мы [не нашли|пока не видим] заказ по этому номеру телефона 🤔 Подскажите, "
        "пожалуйста, [последние 4 цифры карты|номер из чека] в ЛС?",
    ),
    en=(
        "Hi! We're [so sorry|really sorry] about this. Please DM us your order number and "
        "we'll [make it right|sort it out].",
        "Thanks for letting us know. We've passed this to the restaurant manager, [they'll|"
        "someone will] reach out today.",
        "Sorry for the wait! Could you tell us which location and [roughly what time|when] "
        "you visited?",
        "That's [not okay|not how it should be]. Please send a photo and the receipt via DM "
        "and we'll check [the batch|it].",
        "Thanks so much! [Glad|Happy] you enjoyed it 😊",
        "Refunds [usually take|take] 3–5 business days to reach your card. If it doesn't, "
        "[message us|write to us] again.",
        "Apologies for the trouble. We've [credited|restored] the points to your account.",
        "The app issue [has been fixed|is fixed now], please [update|restart] the app.",
        "We've checked your order and the item was indeed missing. [Refund issued|The refund "
        "is on its way], sorry!",
        "We're sorry about the staff member's behaviour. [That's not our standard|It won't "
        "be ignored].",
        "Your courier is on the way, about 10 minutes out. Thanks for your patience!",
        "We've [replied|written back] in DMs, please take a look.",
        "Promo codes work [only|just] in the app for delivery, not at the counter. Sorry for "
        "the confusion!",
        "[Great idea|Love the idea], passing it to the menu team 🙂",
        "Hi! Points are credited within 24 hours of the order. If they're not there tomorrow, "
        "message us and we'll add them manually.",
        "Oh no, that's [not great|really not okay] 😔 Please DM us the restaurant address and "
        "we'll [speak to the shift|pass it to the manager].",
        "Could you tell us whether you ordered in our app or through a delivery service? The "
        "refund process depends on it.",
        "Your claim is logged as [SB-20417|SB-31882], you'll get an answer by email within "
        "[two|three] days.",
        "Thanks for giving us another chance! Hope to see you soon 🍟",
        "We've refunded the order and added a [promo code|small bonus] to your account as an "
        "apology.",
    ),
)

_S_THANKS = Texts(
    ru=(
        "[Спасибо|Спасибо большое], [деньги|возврат] [пришли|пришёл] {e_pos}",
        "[Оперативно|Быстро], [спасибо|благодарю]!",
        "[Ок|Окей], [жду|буду ждать], спасибо",
        "[Спасибо|Спс], [баллы|бонусы] [вижу|уже вижу] {e_pos}",
        "[Вот это|Вот это я понимаю] поддержка, [спасибо|респект] {e_pos}",
        "[Благодарю|Спасибо] за [ответ|быстрый ответ], [вопрос решён|всё решилось]",
        "[Ну|О], [другое дело|совсем другое дело] {e_pos}",
        "[Спасибо|Спасибо вам], приятно, что [ответили|не игнорите]",
        "[Получил|Получила] [компенсацию|промокод], [спасибо|мерси] {e_pos}",
        "[Всё пришло|Всё вернули], [вопрос снят|претензий нет]",
        "[Всё|Всё уже] [пришло|вернулось], [спасибо|благодарю], [приятно удивили|не ожидал такой "
        "скорости]",
        "[Промокод|Компенсацию] [получил|получила], [претензий|вопросов] [больше нет|нет] {e_pos}",
        "[Спасибо|Спс], [управляющий|менеджер] [перезвонил|позвонил] [и всё объяснил|и извинился] "
        "{e_pos}",
    ),
    en=(
        "Thanks, the refund [came through|landed] {e_pos}",
        "That was fast, thank you[!|, sorted]",
        "[Ok|Okay], [will wait|waiting], thanks",
        "[Got|See] the points now, thanks {e_pos}",
        "Appreciate the quick reply, [all sorted|sorted]",
        "Thanks for actually answering [for once|this time] {e_pos}",
        "[Got|Received] the promo code, all good now {e_pos}",
        "The manager called and apologised, thanks {e_pos}",
    ),
)

_S_STILL_BROKEN = Texts(
    ru=(
        "[Написал|Написала] в личку [ещё вчера|вчера], [ответа|тишина] нет {e_neg}",
        "[Деньги так и не пришли|Возврат до сих пор не пришёл], [прошла уже|уже прошла] неделя",
        "[Это|Опять] [шаблонный|дежурный] ответ, [а|но] [проблема|ничего] [не решена|не "
        "изменилось]",
        "[Управляющий|Никто] [так и не|не] [позвонил|связался], {sigh}",
        "[Обновил|Переустановил] приложение — [та же ошибка|всё то же самое] {e_neg}",
        "[Вы|Вы же] [обещали|говорили] [в течение дня|за сутки], [прошло|а прошло] {n} дня",
        "[Спасибо|Спасибо, конечно], но [мне|нам] [нужны деньги|нужен возврат], а не "
        "[извинения|промокод] {e_neg}",
        "[И|И что] [дальше|теперь]? [Номер заявки|Заявку] [дали|дали, и всё], [толку|"
        "результата] [ноль|никакого]",
        "[Баллы|Бонусы] [так и не|всё ещё не] [начислились|появились], [проверьте|посмотрите] "
        "[ещё раз|снова]",
        "[Опять|Снова] {when} то же [самое|самое было], [ничего|ничегошеньки] не [поменялось|"
        "изменилось]",
        "[Промокод|Купон] [не работает|не применяется] [тоже|опять], [что|ну и что] "
        "[дальше|теперь]? {e_neg}",
        "[Три дня|Трое суток] прошли, [ответа|письма] на почте нет. {sigh}",
    ),
    en=(
        "DMed you [yesterday|a day ago], [no answer|nothing] {e_neg}",
        "Refund still [hasn't arrived|not here], it's been a week",
        "That's a [template|copy-paste] reply, [the problem is still there|nothing is fixed]",
        "Nobody [called|reached out], {sigh}",
        "Reinstalled the app, same [error|error code] {e_neg}",
        "I don't want a promo code, I want my money back {e_neg}",
    ),
)

_S_REVIEW_POS = Texts(
    ru=(
        "[Хорошее место|Нормальное место] для [быстрого|быстрого и недорогого] обеда. {dish} — "
        "{good}. [Персонал вежливый|Ребята на кассе приветливые].",
        "Ходим в {b} {spot} [всей семьёй|с детьми] [по выходным|раз в неделю]. [Чисто|"
        "Опрятно], [быстро|без задержек], {good}. [Рекомендую|Советую].",
        "Заказывала доставку {when}: [привезли|доставили] [быстрее|раньше] обещанного, "
        "[всё тёплое|всё горячее], [ничего не забыли|всё на месте]. [5 звёзд|Пятёрка].",
        "[Лучший|Самый удачный] {b} в [городе|г. {city}]. {good}, [в зале|в зале всегда] [чисто|"
        "прибрано], [туалет|санузел] [работает|в порядке].",
        "[Приятно удивили|Удивили приятно]: [попросили|попросил] [без лука|без огурцов] — "
        "[сделали|так и сделали]. {dish} {good}.",
        "Цены [адекватные|нормальные], {promo} [реально|правда] [выгодно|выручает]. "
        "[Не ресторан|Не высокая кухня], но [для фастфуда отлично|своих денег стоит].",
        "[Было|Зашли] [поздно вечером|почти ночью], [нас|нас всё равно] [обслужили|накормили] "
        "[быстро|шустро] и [с улыбкой|вежливо]. {e_pos}",
        "[Детский праздник|День рождения сына] [провели|отмечали] в {b_pre} {spot} — "
        "[аниматор|ведущая] [молодец|супер], дети [в восторге|счастливы].",
        "{dish} [прямо|реально] [как на картинке|как в рекламе]. [Редкость|Большая редкость] "
        "для [фастфуда|сетевого фастфуда]. {e_pos}",
        "[Удобное|Хорошее] приложение, [накопила|копятся] баллы, [иногда|раз в пару недель] "
        "[беру|получаю] {dish} бесплатно. [Довольна|Всё устраивает].",
        "Администратор [сама заметила|заметила], что [мы|я] [ждём|долго ждём], "
        "и [дала|вынесла] [коктейль|десерт] [в подарок|бесплатно]. [Приятно|Мелочь, а приятно].",
        "[Ездим|Езжу] по трассе [часто|каждую неделю], {b} {spot} — [обязательная|постоянная] "
        "остановка. [Чистые туалеты|Чисто], [горячий кофе|кофе нормальный].",
        "[Четыре|4] звезды: {good}, [но|правда] [картошку|фри] [пересолили|чуть пересолили]. "
        "[В целом|В остальном] [хорошо|всё отлично].",
        "[Всё|Всё как всегда] [стабильно|на уровне]. {dish} [не подводит|не разочаровывает] "
        "уже [много лет|лет пять].",
        "Спасибо [кассиру|девушке] [Алине|Насте|Диане] {spot} — [помогла|подсказала] "
        "[выбрать|с выбором] и [посчитала|оформила] [выгоднее|по акции].",
    ),
    en=(
        "Good spot for a quick lunch. {dish}: {good}. [Friendly|Polite] staff.",
        "Delivery came [early|faster than promised], everything hot, nothing missing. "
        "5 stars.",
        "Best {b} in {city}. {good}, [clean|tidy] dining room.",
        "Asked for no pickles and they [actually|really] listened. {dish} was great.",
        "[Fair|Reasonable] prices, the {promo} deal is a [good one|steal]. Not fine dining "
        "but [great|solid] for fast food.",
        "Came in [super late|near closing] and they still served us with a smile {e_pos}",
        "[Four|4] stars: {good}, fries a bit salty. Otherwise [great|good].",
        "Regular highway stop for us. Clean restrooms, [hot coffee|decent coffee], {good}.",
    ),
)

_S_REVIEW_NEG = Texts(
    ru=(
        "[Ждали|Прождали] заказ [40|45] минут при [пустом|полупустом] зале. {dish} [холодный|"
        "едва тёплый], [булка|хлеб] [чёрствая|сухая]. [Не рекомендую|Не советую].",
        "[Грязно|Грязь]: столы [липкие|не протёрты], [на полу|под столами] [картошка|мусор], "
        "[в туалете|в санузле] [нет бумаги|ни мыла, ни бумаги]. [Одна звезда|1 звезда] — "
        "[и то много|и то авансом].",
        "Кассир [хамил|грубил], [на вопрос|на простой вопрос] [закатил глаза|фыркнул]. "
        "{dish} [собран|сделан] [небрежно|кое-как], [всё|начинка] [вываливается|разваливается].",
        "[Доставка опоздала|Заказ опоздал] на [час|полтора часа]. [Курьер|Доставщик] "
        "[не извинился|даже не извинился], [всё остыло|еда холодная]. [Больше не "
        "закажу|Последний раз].",
        "[Отравилась|Отравилась, похоже,] после [их бургера|заказа]. [Два дня|Сутки] "
        "[лежала|провела] "
        "[дома|с температурой]. [Жалобу|Заявление] [написала|отправила] [в Роспотребнадзор|"
        "куда следует].",
        "Цены [растут|выросли], [а|при этом] [котлета|порция] [стала|уже] [в два "
        "раза|заметно] [тоньше|меньше]. [Не стоит|Не стоят] [своих денег|этих денег].",
        "[Забыли|Не положили] [половину|часть] заказа, [вернуть деньги|сделать возврат] "
        "[отказались|не смогли], [отправили|послали] [в приложение|писать в поддержку]. "
        "{sigh}.",
        "[Картошка|Фри] [вялая|мягкая] и [пересоленная|солёная], [соус|кетчуп] [забыли|не "
        "дали], [коктейль|напиток] [тёплый|как вода]. {e_neg}",
        "Попросили [переделать|заменить] [сырой|недожаренный] бургер — [менеджер|"
        "администратор] [сказал|заявил], что [так и должно быть|это норма]. [Кошмар|Жуть].",
        "[В зале|В ресторане] [холодно|дубак], [кондиционер|сквозняк] [на полную|дует], "
        "[сесть|сидеть] [негде|невозможно]. [Поели|Ели] [в машине|стоя].",
        "[Охранник|Охрана] [ходит|ходил] [по пятам|за нами], [будто|словно] мы [что-то|"
        "что-нибудь] [украдём|утащим]. [Неприятно|Очень неприятно].",
        "[В бургере|В котлете] [попался|был] [хрящ|кусок кости], [чуть|едва] [зуб|зуб не] "
        "[сломал|сломала]. [Никто|Никто даже] не [извинился|отреагировал].",
        "[Приложение|Апп] [списало|сняло] [деньги|оплату], [а|но] заказ [не создался|не "
        "появился]. [Возврат|Деньги] [ждём|жду] [вторую неделю|десять дней].",
        "[Работает|Открыта] [одна касса|одна касса из четырёх], [терминалы|экраны] [не "
        "работают|выключены], [очередь|толпа] [до дверей|на улицу].",
        "[Раньше|Лет пять назад] было [вкусно|нормально], [сейчас|теперь] [еда безвкусная|"
        "всё без вкуса], [как|будто] [картон|пластик]. [Жаль|Обидно].",
        "[Мусор|Подносы] [не убирают|никто не убирает], [птицы|голуби] [ходят|гуляют] по "
        "[веранде|столам]. [Антисанитария|Грязища].",
        "[Курьер|Доставщик] [позвонил|набрал] и [велел|сказал] [самой|самому] [спуститься|"
        "выйти] [к машине|на улицу], [хотя|а ведь] [доставка|оплачена] [до двери|до квартиры].",
        "[Акцию|Скидку] {promo} [не пробили|не применили], [сказали|заявили], что [она|"
        "акция] [закончилась|не действует], [хотя|а] [плакат|баннер] [висит|на стене].",
        "[Мой|Наш] [заказ|номер] [пропустили|перепутали], [отдали|выдали] [другим|кому-то "
        "другому], [ждали|пришлось ждать] [ещё|заново] [20 минут|полчаса].",
        "[Коктейль|Шейк] с комками, [на вкус|вкус] [как|словно] [порошок|химия]. "
        "[Вылила|Выкинул].",
        "[Сотрудники|Персонал] [сидят|залипают] [в телефонах|в телефоне], [на гостей|на "
        "людей] [ноль внимания|не смотрят]. [Ушли|Развернулись и ушли].",
        "[Туалет|Санузел] [закрыт|«на ремонте»] [уже месяц|который месяц], [на просьбу|"
        "просьба] [открыть|пустить] — [отказ|нет].",
        "[Заказывали|Взяли] [детский обед|детский набор], [игрушки|игрушку] [не дали|не "
        "положили], [сок|сок дали] [просроченный|кислый]. [Безобразие|Позор].",
        "[За|За эти] [700|750] рублей [ожидал|ждал] [большего|другого]. {dish} [маленький|"
        "крошечный], [картошки|фри] [на дне|горстка]. [Минус|Две звезды].",
        "[Сдачу|Сдачи] [недодали|дали меньше], [а когда|когда] мы [сказали|указали] — "
        "[начали|стали] [спорить|доказывать], что мы [ошибаемся|ошиблись].",
        "Воняет [старым|горелым] маслом [на весь|по всему] [зал|ресторан], [одежда|"
        "куртка] [потом|весь день] [пахла|пахнет] [фритюром|жареным].",
        "[Отменили|Сами отменили] заказ [через час|спустя час], [не объяснив|без объяснений], "
        "[деньги висят|оплата висит] [до сих пор|неделю].",
        "[Бургер|Чизбургер] [весь|насквозь] [в масле|в жиру], [на вкус|по вкусу] [как|будто] "
        "[вчерашний|разогретый]. {e_neg}",
        "[Не пустили|Не разрешили] [зарядить|подзарядить] телефон, [розетки|все розетки] "
        "[заклеены|закрыты]. [Мелочь|Вроде мелочь], [а|но] [неприятно|раздражает].",
    ),
    en=(
        "Waited [40|45] minutes in an [empty|almost empty] restaurant. {dish} was [cold|"
        "lukewarm], bun stale. [Not recommended|Avoid].",
        "Dirty. Sticky tables, [fries|trash] on the floor, no [paper|soap] in the restroom. "
        "One star is [generous|too much].",
        "[Rude|Very rude] cashier, [rolled her eyes|eye-roll] at a simple question. Burger "
        "[fell apart|was a mess].",
        "Delivery [an hour|90 minutes] late, [cold|stone cold] food, courier didn't even "
        "apologize. [Never again|Done with them].",
        "Got food poisoning after the {dish}. [Two days|A day] in bed. [Reported|Filed a "
        "complaint].",
        "Prices up, patty [half the size|noticeably thinner]. [Not worth it|Not worth the "
        "money] anymore.",
        "Half the order missing and they [refused|wouldn't] refund, sent me to the app. {sigh}.",
        "Asked them to redo a [raw|pink] burger, the manager said that's [normal|how it is]. "
        "[Unreal|Wow].",
        "Security guard [followed|tailed] us around like we were going to steal something. "
        "[Unpleasant|Awful] experience.",
        "App took my money but no order was created. [Still|Been] waiting for the refund "
        "[two weeks|ten days].",
        "One register open out of four, kiosks off, line out the door. {e_neg}",
        "[Used to|It used to] be good. Now everything tastes like cardboard. [Sad|Shame].",
        "[Gave|They gave] me [the wrong change|less change] and then argued about it. "
        "[Unacceptable|Not ok].",
        "Whole place smells of old [frying oil|oil], my jacket stank all day. {e_neg}",
        "[Kids meal|Kids box] came with no toy and [sour|off] juice. [Disgraceful|Awful].",
    ),
)

_S_REVIEW_ANSWER = Texts(
    ru=(
        "[Здравствуйте|Добрый день]! [Приносим извинения|Извините нас] за [ваш опыт|такой "
        "визит]. [Информацию|Отзыв] [передали|направили] управляющему ресторана для "
        "[разбора|проверки].",
        "Благодарим за [отзыв|честный отзыв]. [Нам жаль|Очень жаль], что [визит|обед] "
        "[оставил|оставил у вас] [такие|неприятные] впечатления. [Напишите|Пожалуйста, "
        "напишите] нам на [почту|сайт], [разберёмся|постараемся всё исправить].",
        "[Здравствуйте|Добрый день]. [Ситуация недопустимая|Случай недопустимый]. [С "
        "сотрудником|С персоналом смены] [проведена беседа|провели беседу], [спасибо|"
        "благодарим] за [сигнал|обратную связь].",
        "[Здравствуйте|Добрый вечер]! [Жаль|Очень жаль], что [мы|наш ресторан] [вас "
        "разочаровали|не оправдали ожиданий]. [Будем рады|Надеемся] [видеть вас снова|на "
        "ещё один шанс].",
        "[Спасибо|Благодарим], что [не прошли мимо|рассказали]. [Проверка|Внеплановая "
        "проверка] [ресторана|зала] [уже проведена|назначена], [замечания|нарушения] "
        "[устраняются|исправим].",
        "[Здравствуйте|Добрый день]. [Пожалуйста|Просим], [свяжитесь с нами|напишите в "
        "поддержку] [через приложение|в чат приложения] и [укажите|приложите] номер заказа "
        "— [вернём|компенсируем] [стоимость|деньги].",
        "[Извините|Просим прощения] за [долгое ожидание|задержку]. [В тот день|В тот вечер] "
        "[не хватало|было мало] сотрудников, [сейчас|теперь] [смены усилены|график "
        "пересмотрен].",
        "[Здравствуйте|Добрый день]! [Ваш отзыв|Отзыв] [очень важен|важен] для нас. "
        "[Передали|Отправили] [его|информацию] [в отдел качества|отделу качества].",
        "[Здравствуйте|Добрый день]! [Приносим извинения|Извините] за [задержку с ответом|поздний "
        "ответ]. Ситуацию [разобрали|разобрали со сменой]; если [захотите|будет удобно], напишите "
        "нам — [предложим компенсацию|компенсируем заказ].",
        "Добрый день. [Спасибо|Благодарим], что [нашли время|не поленились] написать. "
        "[Качество|Качество котлет] [контролируем|проверяем] каждую смену, [этот случай|ваш "
        "случай] [разберём отдельно|передан технологу].",
        "[Уважаемый гость|Уважаемая гостья], [нам очень жаль|приносим извинения]. [Мы|Мы уже] "
        "[связались|пытались связаться] с вами [по почте|по указанному телефону], [ждём|будем "
        "ждать] ответа.",
        "Здравствуйте. Такое отношение к гостям [недопустимо|не соответствует нашим стандартам]. "
        "[Сотрудник|Охранник] [отстранён|больше не работает] в этом ресторане.",
    ),
    en=(
        "Hello! We apologize for your experience. Your feedback has been passed to the "
        "restaurant manager.",
        "Thank you for your review. We're sorry your visit [went this way|was disappointing]. "
        "Please [contact us|write to us] via the app so we can make it right.",
        "This is not acceptable, and the team has been [spoken to|briefed]. Thank you for "
        "[telling us|flagging it].",
        "Sorry for the long wait. We were short-staffed that day; shifts have since been "
        "[reinforced|adjusted].",
        "Sorry for the late reply. We've gone over this with the shift; please message us and "
        "we'll [compensate the order|make it up to you].",
        "Thank you for taking the time to write. This case has been passed to our quality team.",
    ),
)

_S_REVIEW_THANKS = Texts(
    ru=(
        "Спасибо за [тёплый|добрый] отзыв! [Ждём вас снова|Будем рады видеть снова] 😊",
        "[Благодарим|Спасибо]! [Передали|Передадим] [ваши слова|похвалу] [команде|ребятам] "
        "[ресторана|смены] 🙌",
        "[Как приятно|Очень приятно] [читать|такое читать]! [Приходите ещё|Заглядывайте ещё] "
        "💛",
        "Спасибо, что [выбираете|выбрали] нас! [Приятного аппетита|Хорошего дня] 🍔",
        "[Ура|Класс], [рады|очень рады], что [понравилось|всё понравилось]! [До встречи|До "
        "новых встреч] 😉",
        "[Ого|Вау], [спасибо|спасибо огромное]! [Алине|Насте|Диане] [передали|передадим] [ваши "
        "слова|благодарность] — [она|она прям] [сияет|очень рада] 😊",
        "[Спасибо|Благодарим] за [отзыв|пять звёзд]! [Увидимся|До встречи] [на трассе|в следующий "
        "раз] 🚗",
    ),
    en=(
        "Thank you for the kind words! See you again soon 😊",
        "Thanks! We've passed your praise on to the team 🙌",
        "So glad you enjoyed it, come back anytime 🍔",
    ),
)

_S_REVIEW_DISPUTE = Texts(
    ru=(
        "[Здравствуйте|Добрый день]. Мы [проверили|посмотрели] записи камер за [указанный "
        "день|этот день]: заказ был [выдан|отдан] через 9 минут после оплаты. [Возможно|"
        "Может быть], вы [перепутали|путаете] ресторан?",
        "[Здравствуйте|Добрый день]. По [нашим данным|данным системы] заказ с таким "
        "[номером|временем] в этом ресторане [не оформлялся|не проходил]. [Пришлите|"
        "Отправьте], пожалуйста, чек.",
        "[Добрый день|Здравствуйте]. Вся продукция [проходит|прошла] контроль температуры, "
        "[журнал|отметки] [за тот день|за смену] в порядке. [Готовы|Будем рады] [обсудить|"
        "разобрать] [детали|подробности] [лично|в личных сообщениях].",
    ),
    en=(
        "Hello. We've reviewed the camera footage: your order was handed over 9 minutes after "
        "payment. Could it have been a different location?",
        "We can't find an order at that time at this restaurant. Could you send the receipt?",
    ),
)

_S_OFFICIAL = Texts(
    ru=(
        "[Новинка|Встречайте новинку]! {dish} [уже в меню|уже во всех ресторанах] {b_gen}. "
        "[Пробуйте|Пробуйте первыми] и [делитесь впечатлениями|пишите, как вам] 🍔",
        "[Только до воскресенья|Всю неделю]: {promo}. [Заказывайте|Ждём вас] в ресторанах и в "
        "приложении!",
        "[Мы открылись|Открылись]! Новый {b} {spot} [ждёт гостей|уже работает] с 8 утра "
        "[до полуночи|до 23:00] 🎉",
        "[Опрос|Вопрос дня]: [какой|а какой] соус [вы берёте|выбираете] к картошке? "
        "[Пишите|Голосуйте] в комментариях 👇",
        "[Пятница|Пятничное] настроение: {promo} [только сегодня|сегодня весь день] 🔥",
        "[Ищем|Мы ищем] [людей|ребят] в команду! [Повара|Кассиры|Курьеры] {spot}, [гибкий|"
        "удобный] график, [обучение|стажировка] за наш счёт. [Подробности|Анкета] по ссылке.",
        "[Спасибо|Благодарим], что вы с нами! [Сегодня|На этой неделе] {b_dat} "
        "[исполняется|исполнилось] [9|девять] лет 🥳",
        "[Рассказываем|Показываем], как [готовится|собирается] {dish}: [от булки|от котлеты] до "
        "[коробки|подноса] за [90|сто] секунд ⏱",
        "[В приложении|В нашем приложении] [появился|обновился] раздел [«Любимое»|«Избранное»]: "
        "[сохраняйте|собирайте] [любимые|свои] заказы [в один тап|одним нажатием].",
        "[Ресторан|Наш ресторан] {spot} [временно закрыт|закрывается на ремонт] до "
        "[понедельника|следующей недели]. [Ближайший|Ближайшие] — [в пяти минутах|рядом].",
        "[Конкурс|Розыгрыш]! [Отметьте друга|Отметьте друга в комментариях] и [выиграйте|"
        "получите] [годовой запас|месяц] [бургеров|бесплатных обедов] 🍟",
        "Мы [поменяли|сменили] упаковку на [бумажную|перерабатываемую]. [Минус 12 тонн|Это "
        "минус десятки тонн] пластика в год 🌱",
        "[Завтраки|Утреннее меню] [теперь|с этой недели] до 11:30 [в будни|по будням] и до "
        "12:00 в выходные ☕",
        "[Доставка|Наша доставка] [теперь|с сегодняшнего дня] [работает|доступна] в г. {city}! "
        "[Первый заказ|На первый заказ] — [скидка 20%|картошка в подарок].",
        "[Ответы|Отвечаем] на [частые вопросы|ваши вопросы]: [говядина российская|"
        "мясо из Воронежа и Брянска], [булки|хлеб] [печём|выпекаем] [сами|на своём заводе].",
        "[Напоминаем|Напоминание]: [баллы|бонусы] [сгорают|действуют] через 90 дней. "
        "[Проверьте|Загляните в] [баланс|приложение] 😉",
        "[Внимание|Важно]: [в приложении|в нашем приложении] [обновилась|новая] программа "
        "[лояльности|баллов] — [теперь|отныне] [баллы|бонусы] [начисляются|капают] [и|даже] за "
        "заказы [в ресторане|на кассе] 🎯",
        "Мы [слышим|читаем] [ваши|все ваши] [отзывы|комментарии] про "
        "[размер|толщину] котлет. [С понедельника|С 1-го числа] [вес|граммовка] "
        "[вернётся|возвращается] к [прежнему|120 граммам].",
    ),
)

_S_EXEC = Texts(
    ru=(
        "[Провёл|Провели] [день|смену] на кухне [ресторана|точки] {spot}. [Лучший|Самый "
        "честный] способ понять, [что|где] [болит|не так] у команды.",
        "[Читаю|Дочитал] «[Думай медленно… решай быстро|От хорошего к великому]». [Советую|"
        "Рекомендую] всем, кто [управляет|руководит] людьми.",
        "[За квартал|За год] открыли [14|двенадцать] ресторанов. [Спасибо|Благодарю] "
        "[команде|всем ребятам] — это [ваша|наша общая] работа.",
        "[Утренняя|Воскресная] пробежка, [10 км|десятка], [минус пять|минус восемь] за окном. "
        "[Хорошо|Голова свежая] 🏃",
        "[Часто спрашивают|Меня часто спрашивают], [почему|зачем] мы [не уходим|не идём] в "
        "[премиум|дорогой сегмент]. [Потому что|Ответ простой]: [еда|вкусная еда] [должна "
        "быть|должна оставаться] доступной.",
        "[Выступал|Выступил] {when} на [отраслевой|ресторанной] конференции [про|о] "
        "[франчайзинге|найме]. [Слайды|Запись] [выложу|будет] [позже|на неделе].",
        "[Поздравляю|Поздравляем] Ольгу, управляющую рестораном {spot}, "
        "[с пятилетием|с пятью годами] в компании! Начинала [с кассы|кассиром].",
        "[Был|Побывал] на [заводе|производстве] [булок|котлет] в [Воронеже|Подмосковье]. "
        "[Чисто|Порядок], [как в операционной|как в лаборатории]. [Горжусь|Приятно].",
        "[Один|Главный] [урок|вывод] [этого года|за год]: [слушать|читать] [гостей|"
        "отзывы] [важнее|полезнее], чем [любые|все] [отчёты|исследования].",
        "[Отпуск закончился|Неделя отпуска подошла к концу]. [Снова|Опять] в [строю|"
        "деле], {n} [часа|совещания] [подряд|с утра] {lol}",
        "[Мы запускаем|Компания запустила] [программу|стипендию] для [студентов|ребят] "
        "[колледжей|техникумов], [будущих|которые учатся на] [поваров|технологов]. "
        "[Горжусь|Рад].",
        "[Вопрос|Вопрос к] [подписчикам|друзьям]: [какую книгу|какой подкаст] [про бизнес|о "
        "менеджменте] [посоветуете|стоит послушать] на [выходные|дорогу]?",
        "[Сегодня|Вчера] [обедал|ужинал] [в обычном|как гость в] ресторане {spot}, без "
        "[предупреждения|звонков]. [Есть|Нашёл] [что улучшать|пару вещей, над которыми "
        "поработаем].",
        "[Интервью|Большое интервью] [деловому изданию|РБК] о рынке "
        "[фастфуда|быстрого питания] — [ссылка|читайте] в [комментариях|комментарии].",
        "[Спасибо|Благодарю] [родителям|семье] за [терпение|поддержку]. Без [них|вас] "
        "[ничего|ничего этого] [бы не было|не случилось бы].",
        "[Субботняя|Воскресная] [рыбалка|поездка] [с сыном|с отцом] на [Волгу|Оку]. "
        "[Телефон|Ноутбук] [выключен|дома] 🎣",
        "[Интересная|Любопытная] цифра: [треть|30%] [заказов|наших заказов] [теперь|уже] "
        "[через приложение|в приложении]. [Три года назад|Пару лет назад] было [5%|меньше "
        "десяти].",
        "[Сегодня|Сегодня утром] [подписали|подписал] [договор|соглашение] [с фермерами|с "
        "хозяйством] [из Брянской области|из Черноземья] на поставку [говядины|картофеля].",
        "[Сегодня|Вчера] [закрыли|закрыли сделку]: [ещё|плюс] [шесть|пять] ресторанов по франшизе "
        "в [Поволжье|Сибири]. Новым партнёрам — [добро пожаловать|рад, что вы с нами].",
        "[Лучший|Самый полезный] [отзыв|комментарий] [за неделю|этой недели] — от [гостя|гостьи] "
        "из [Перми|Тюмени]: [разобрали|обсудили] на [планёрке|совещании], [будем|начнём] "
        "[менять|исправлять].",
        "[Коллеги|Друзья] [из отрасли|рестораторы], [кто|кто-нибудь] [внедрял|пробовал] [киоски "
        "самообслуживания|электронные очереди] в [регионах|малых городах]? [Поделитесь|Делитесь] "
        "опытом.",
        "[Семейный|Воскресный] [ужин|обед] [дома|у родителей]. [Бургеров|Никакого фастфуда] — "
        "[мама|жена] [запретила|против] {lol}",
    ),
)

_S_INFL_POS = Texts(
    ru=(
        "[Обзор|Честный обзор] {b_gen}: [заказали|взяли] всё меню, [оценили|попробовали] "
        "каждую позицию. [Спойлер|Итог]: {dish} — {good} {e_pos}",
        "[Слепой тест|Слепая дегустация] бургеров [пяти|трёх] сетей. [Победил|Первое место "
        "занял] {b}. [Сами в шоке|Не ожидали] {lol}",
        "[Рубрика|Рубрика «Фастфуд за 500»]: {b} {spot}. Порции честные, "
        "[всё горячее|быстро], [твёрдая четвёрка|8 из 10] {e_pos}",
        "[Сходил|Заехал] в {b} [после эфира|после съёмок], {dish} — {good}. [Кто со мной|"
        "Кто ещё фанат]? {e_pos}",
        "[Мой топ|Личный топ] фастфуда в г. {city}: на первом месте {b}, [без вариантов|"
        "уверенно]. [Подробности|Весь список] в [видео|ролике].",
        "[Сравнили|Сравнил] [цены|чеки] в [четырёх|трёх] сетях: {b} [дешевле|выгоднее] "
        "[всех|остальных] при [той же|сопоставимой] [порции|сытости] 📊",
        "[Едем|Едем в тур] по [трассе|М-7], [стоп|пит-стоп] в {b_pre} {spot}: {dish} — {good}. "
        "[Команда довольна|Весь автобус доволен] {e_pos}",
        "[Ночной|Голодный] [стрим|эфир] — [заказали|закинули] {b} [на всех|на всю студию], "
        "[чат завидует|зрители в слюнях] {lol}",
    ),
    en=(
        "[Honest review|Full review] of {b}: we ordered the whole menu. [Verdict|TL;DR]: the "
        "{dish} — {good} {e_pos}",
        "Blind-tasted burgers from [five|three] chains, {b} [won|came out on top]. "
        "[Shocked|Didn't see that coming] {lol}",
        "Fast food under $6 [series|episode]: {b} in {city}. [Solid|Honest] portions, hot "
        "food, 8/10",
        "[My|The] {city} fast food ranking is up, {b} is number one [by a mile|easily] {e_pos}",
    ),
)

_S_INFL_NEG = Texts(
    ru=(
        "[Проверил|Проверили] {b} {spot} [с термометром|с весами]: [котлета|бургер] [весит|"
        "тянет] [на 30%|на треть] меньше, чем [в меню|заявлено]. [Видео выйдет завтра|Ролик "
        "уже на канале] {e_neg}",
        "[Заказал|Заказали] {b} [три раза|в три разных точки] — [каждый раз|все три раза] "
        "[что-то|что-то да] [забыли|не так]. [Сервис|Так работает сервис] {sigh}",
        "[Подписчики|Зрители] [шлют|присылают] [жалобы|фото] на {b} [пачками|сотнями]. "
        "[Собрал|Собрала] [подборку|самое интересное] {e_neg}",
        "[Честно|Откровенно]: {b} [за последний год|за год] [сдал|просел] [заметно|сильно]. "
        "{dish} [уже не тот|совсем не тот] {e_neg}",
        "[Тайный покупатель|Контрольная закупка]: {b} [в трёх|в пяти] точках [г. {city}|города]. "
        "[Чистота|Туалеты] — [двойка|провал], [время|скорость] — [тройка|так себе] {e_neg}",
    ),
    en=(
        "Weighed the {b} patties: [30%|a third] lighter than the menu says. Video [tomorrow|"
        "drops tomorrow] {e_neg}",
        "Ordered {b} from three locations, every single one [got something wrong|messed up]. "
        "{sigh}",
        "{b} has [really slipped|fallen off] this year. The {dish} is not what it used to be "
        "{e_neg}",
    ),
)

_S_DECOY = Texts(
    ru=(
        "[Рецепт|Мой рецепт] на выходные: сочный бургер [дома|на сковороде] за [20|полчаса] "
        "минут. [Секрет|Весь секрет] — [фарш|мясо] [20% жирности|с жирком] {e_pos}",
        "[Пожарили|Жарили] на даче [котлеты|говядину], [вышел|получился] "
        "такой сочный бургер, что [соседи|соседка] [пришли|пришла] на запах {lol}",
        "[Как|Как же] [сделать|приготовить] сочный бургер, [если|когда] [фарш|мясо] "
        "[постное|нежирное]? [Подскажите|Помогите], [кулинары|знатоки] {e_meh}",
        "[В|В этой] [крафтовой|маленькой] бургерной [на углу|у нас на районе] [реально|"
        "правда] сочный бургер, [мясо|котлета] [на углях|с грилем] {e_pos}",
        "[Фуд-фотограф|Фотограф] [снимает|снимал] сочный бургер [шесть часов|весь день]: "
        "[кисточка|глицерин], [спрей|пинцет] и [ни грамма|никакой] [еды|съедобности] {lol}",
        "[Сын|Дочь] [нарисовал|нарисовала] сочный бургер [на уроке ИЗО|для рисунка], "
        "[учительница|училка] [поставила|дала] пять {e_pos}",
        "[Лайфхак|Совет]: сочный бургер [получится|выйдет], если "
        "[не давить|не прижимать] котлету [лопаткой|на гриле] [|{e_pos}]",
        "[Смотрю|Посмотрел] [кулинарное шоу|«Адскую кухню»], [шеф|повар] [учит|объясняет], "
        "[как|почему] сочный бургер [не собрать|не получится] без [правильной|нужной] "
        "булки {e_meh}",
        "Хочу сочный бургер [и спать|и в кровать] — [вот|весь] мой [план|план на "
        "вечер] {lol}",
        "[В меню|В меню кафе] [на фестивале|на фуд-корте] [написано|значилось] «сочный "
        "бургер», а [дали|принесли] [сухой|пересушенный] [блин|кусок]. [Ну такое|Бывает] "
        "{e_meh}",
        "[Урок|Мастер-класс] для [детей|школьников]: [собираем|готовим] сочный бургер [из "
        "овощей|с индейкой] [сами|своими руками] {e_pos}",
        "[Муж|Брат] [купил|приволок] [гриль|мангал] и [теперь|уже неделю] [каждый вечер|"
        "по вечерам] [делает|жарит] сочный бургер. [Помогите|Спасите] {lol}",
        "[Стикер|Эмодзи] «сочный бургер» в [телеге|телеграме] [моё всё|мой любимый] {e_pos}",
        "[Нейросеть|ИИ] [нарисовала|сгенерировала] сочный бургер [с шестью|с пятью] "
        "[булками|слоями сыра] {lol}",
        "[Секрет|Весь секрет], [как|чтобы] сочный бургер [не развалился|не расползся]: "
        "[подсушить|поджарить] булку [на сухой сковороде|на гриле] [изнутри|с одной стороны]",
        "[В|На] [фуд-фестивале|гастрофесте] [в парке|на набережной] [взяли|попробовали] сочный "
        "бургер [с олениной|из мраморной говядины] — [дорого|недёшево], но {e_pos}",
        "[Нарисовала|Сделала] [скетч|иллюстрацию] «Сочный бургер» для [заказчика|меню кофейни], "
        "[покажу|выложу] [процесс|таймлапс] [в сторис|завтра] 🎨",
        "[В игре|В симуляторе кафе] [наконец|только что] [открыл|разблокировал] рецепт «сочный "
        "бургер», [сын|дочь] [в восторге|визжит] {lol}",
        "[Фарш из индейки|Куриный фарш] — [и|но] сочный бургер [всё равно|всё-таки] "
        "[получился|вышел], [если|когда] [добавить|положить] [лёд|кубик льда] внутрь {e_pos}",
        "[Подруга|Сестра] [на ПП|на диете] [смотрит|глядит], как я [ем|уплетаю] сочный бургер, [и "
        "плачет|с завистью] {lol}",
    ),
    en=(
        "Russian class today: «сочный бургер» means juicy burger. [Most useful phrase|Best "
        "phrase] so far {lol}",
        "My Russian flatmate calls every good burger a «sochny burger» now I do too {lol}",
        "Trying to say «сочный бургер» [right|properly], my tongue [gave up|quit] {lol}",
        "Russian word of the day: sochny (juicy), as in «sochny burger» {e_pos}",
        "My [Russian|Kazakh] coworker's lunch order is always «сочный бургер» and now the whole "
        "office says it {lol}",
        "The menu at this little Russian diner literally says «Sochny Burger (juicy)» {e_pos}",
    ),
)

_S_DECOY_NEG = Texts(
    ru=(
        "[Заказала|Взяла] в [столовке|кафе] «сочный бургер» — [сухой|пересушенный] [как "
        "подошва|в хлам]. [Название не соответствует|Названию не верь] {e_neg}",
        "[Пересушил|Передержал] [котлеты|мясо] на гриле, сочный бургер [не вышел|не "
        "получился], [вышла|получилась] [угольная|горелая] [шайба|подошва] {sigh}",
        "[Врачи|Диетологи] [снова|опять]: сочный бургер [раз в неделю|каждый день] — [прямой "
        "путь|дорога] к [холестерину|проблемам с сердцем] {e_meh}",
    ),
    en=(
        "Ordered a «sochny burger» at a cafe in Sochi, it was dry as a [brick|boot] {e_neg}",
    ),
)

SOCHNY = BrandTexts(
    vocab=_S_VOCAB, positive=_S_POSITIVE, neutral=_S_NEUTRAL, negative=_S_NEGATIVE,
    question=_S_QUESTION, complaint=_S_COMPLAINT, comment=_S_COMMENT, reply=_S_REPLY,
    answer=_S_ANSWER, thanks=_S_THANKS, still_broken=_S_STILL_BROKEN,
    review_pos=_S_REVIEW_POS, review_neg=_S_REVIEW_NEG, review_answer=_S_REVIEW_ANSWER,
    review_thanks=_S_REVIEW_THANKS, review_dispute=_S_REVIEW_DISPUTE,
    official_post=_S_OFFICIAL, exec_post=_S_EXEC, influencer_pos=_S_INFL_POS,
    influencer_neg=_S_INFL_NEG, decoy=_S_DECOY, decoy_neg=_S_DECOY_NEG,
)


# ------------------------------------------------------------------------------ «Полюшко»
_P_VOCAB = Vocab(
    ru={
        "dish_home": ("гречку с [грибами|шампиньонами]", "гречку [по-купечески|по-деревенски]",
                      "гречневую кашу с [молоком|топлёным молоком]", "гречку с [тушёнкой из банки|"
                      "армейской тушёнкой]", "гречневые [блины|оладьи]", "гречотто",
                      "гречку с [луком и яйцом|жареным луком]", "гречневый [суп|супчик]",
                      "[котлеты|тефтели] с гречкой", "гречку с [печёнкой|куриной печенью]"),
        "good": ("рассыпчатая, [крупинка к крупинке|не слипается]",
                 "[сварилась|варится] [ровно|как написано] за 20 минут",
                 "[пахнет|запах] [как у бабушки|как в деревне у бабушки]",
                 "[чистая|чистенькая], без [мусора|шелухи] и [чёрных зёрен|камешков]",
                 "[вкус|вкус прям] [ореховый|с ореховой ноткой]",
                 "[зёрна|крупа] [ровные|одна к одной], [не разваривается|не в кашу]"),
        "meh": ("[гречка как гречка|обычная гречка]", "[ничего особенного|без восторгов]",
                "[дороговато|недёшево] для крупы", "[не хуже|не лучше] [других|магазинной]",
                "[нормально|сойдёт], [но|правда] [без вау|не вау]"),
        "grain": ("продел", "[гречневые хлопья|хлопья из гречки]",
                  "[варочные пакетики|гречневые пакетики для варки]",
                  "[гречишный чай|гречневый чай]", "[гречневые хлебцы|хлебцы из гречки]",
                  "[зелёный гречневый солод|гречневый солод]"),
        "shop": ("[в Пятёрочке|в «Пятёрочке»]", "[в Ленте|в «Ленте»]", "[на Озоне|на Ozon]",
                 "[в Магните|в «Магните»]", "[на Вайлдберриз|на WB]",
                 "[в Перекрёстке|в «Перекрёстке»]", "[в Ашане|в «Ашане»]",
                 "[в магазине у дома|в магазинчике у дома]",
                 "[на маркетплейсе|на маркетплейсах]", "[в Дикси|в дискаунтере]"),
        # event keys (see the brief's vocabulary contract)
        "found_item": ("мелкие серые камешки в гречке", "личинки пищевой моли в пачке",
                       "осколок стекла в крупе", "живого чёрного жучка в упаковке"),
        "found_short": ("камешки", "личинки", "стекло", "жучок"),
        "ignored_issue": ("интернет-магазин третью неделю присылает пачки с истёкшим сроком",
                          "обещанный подарок за собранные штрихкоды так и не пришёл",
                          "у новых пакетов не держится зип-застёжка и крупа сыплется по "
                          "всему шкафу"),
        "gaffe_topic": ("тех, кто [караулит|выслеживает] гречку по акции и скупает по десять пачек",
                        "людей, которые [варят|запаривают] гречку в пакетиках и называют это "
                        "готовкой",
                        "тех, кто до сих пор [шлёт|присылает] нам жалобы бумажными письмами [от "
                        "руки|с марками]"),
        "fake_claim": ("в гречку добавляют пестицид, давно запрещённый в Европе",
                       "компанию купили китайцы и теперь фасуют крупу из Китая",
                       "партию гречки отзывают после массового отравления в Воронеже"),
    },
    en={
        "dish_home": ("buckwheat with [mushrooms|fried "
        "mushrooms]", "[merchant-style|country-style] buckwheat",
                      "buckwheat porridge with [milk|warm milk]", "buckwheat with [canned stewed "
                      "beef|army-style tushonka]",
                      "buckwheat [pancakes|blini]", "[buckwheat risotto|grechotto]",
                      "buckwheat with [fried onions|onions] and egg", "buckwheat [soup|and "
                      "chicken soup]"),
        "good": ("fluffy, every grain [separate|on its own]", "cooked in [exactly|precisely] 20 "
        "minutes",
                 "smells like my [grandma's|babushka's] kitchen", "clean, no husks or "
                 "[black|burnt] "
                 "grains", "[nutty|slightly nutty] flavour"),
        "meh": ("[just buckwheat|buckwheat is buckwheat]", "[nothing special|nothing to write "
        "home about]",
                "[pricey|a bit pricey] for groats", "[no better|not better] than the store "
                "brand"),
        "grain": ("[whole|kernel] buckwheat", "[green|raw green|unroasted pale] "
        "buckwheat", "buckwheat [flakes|flake cereal]",
                  "boil-in-bag [buckwheat|groats]", "buckwheat [flour|flour for "
                  "blini]", "[Altai|Altai-grown] buckwheat"),
        "shop": ("at [Pyaterochka|the Pyaterochka]", "at [Lenta|the big Lenta by the ring "
        "road]", "[on Ozon|via Ozon]", "at [Magnit|the Magnit]", "[on Wildberries|via WB]",
                 "at [Perekrestok|the Perekrestok]", "at [the corner shop|my corner store]"),
        "found_item": ("small grey pebbles in the buckwheat", "pantry moth larvae in the pack",
                       "a shard of glass in the groats", "a live black beetle in the packet"),
        "found_short": ("pebbles", "larvae", "glass", "beetle"),
        "ignored_issue": ("your online store keeps sending packs past their expiry date",
                          "the gift promised for collected barcodes never arrived",
                          "the zip seal on the new packs doesn't hold and the groats spill all "
                          "over the cupboard"),
        "gaffe_topic": ("people who [stalk|hunt] buckwheat discounts and buy ten packs at a time",
                        "people who [boil|steam] buckwheat in bags and call it cooking",
                        "people who still [mail|send] us complaints as handwritten [letters|paper "
                        "letters]"),
        "fake_claim": ("the buckwheat is treated with a pesticide banned in Europe years ago",
                       "the company was bought by a Chinese firm and now packs imported grain",
                       "a batch is being recalled after a mass poisoning in Voronezh"),
    },
)

_P_POSITIVE = Texts(
    ru=(
        "[Сварила|Сделала] {when} {dish_home} из {b_gen} — {good} {e_pos}",
        "[Перепробовала|Перебрала] [все|кучу] марки гречки, [осталась|остановилась] на "
        "{b_pre}. {good}",
        "{b} — [единственная|та самая] гречка, которую [ест|признаёт] {who} {e_pos}",
        "[Взяла|Купила] {grain} {b} {shop} [по акции|со скидкой], [не пожалела|ни капли не "
        "пожалела]: {good}",
        "[Обожаю|Люблю] {b} за то, что [в пачке|в пакете] нет [чёрных|горелых] "
        "[зёрен|крупинок] {e_pos}",
        "[Утро|Утро начинается] с [тарелки|миски] {b_gen} [с маслом|со сливочным маслом]. "
        "[Энергии|Сил] до обеда {e_pos}",
        "[Мама|Бабушка] [всю жизнь|всегда] [перебирала|перебирает] гречку. С {b_ins} "
        "[не нужно|не приходится] — {good} {e_pos}",
        "[Спортсменам|Кто на сушке] [советую|рекомендую] {grain} от {b_gen}: [белка много|БЖУ "
        "хорошие], {good}",
        "{b} [сделали|выпустили] {grain} — [наконец-то|ура], [не надо|не придётся] [искать|"
        "заказывать] [по всему городу|на рынке] {e_pos}",
        "[Ребёнок|Малой] [в садике|в саду] [гречку не ест|гречку игнорит], а {dish_home} из "
        "{b_gen} [умял|съел] [две тарелки|до крошки] {e_pos}",
        "[Моя|Наша] [походная|дачная] [классика|классика]: {b}, [тушёнка|котелок] и [костёр|"
        "закат] {e_pos}",
        "[Приятно|Радует], что {b} [с Алтая|алтайская] и [упаковка|пачка] [честная|без "
        "воздуха], {good}",
        "{b} — {grain} [в пост|в пост прям] [выручалочка|спасение]. {good} {e_pos}",
        "[Гречка|Крупа] {b} [стабильно|всегда] [хорошая|одинаково хорошая] [уже года три|"
        "который год]. [Спасибо|Спасибо им] {e_pos}",
        "[Рецепт|Мой рецепт] дня: {dish_home}. [Главное|Секрет] — гречка {b}, {good}",
        "[Переехала|Переехали] в г. {city}, [первым делом|сразу] [нашла|проверила], есть ли {b} "
        "{shop}. [Есть|Нашла]! {e_pos}",
        "[Сравнила|Сравнили] {b} и [магазинную|ноунейм] гречку [рядом|в двух кастрюлях] — "
        "[разница огромная|разница видна сразу] {e_pos}",
        "[Подарила|Отправила] [маме|свекрови] [коробку|набор] {b_gen}, [она|свекровь] "
        "[в восторге|звонила хвалить] {lol}",
        "[Новая|Новенькая] упаковка {b_gen} [с зип-замком|с застёжкой] — [удобно|гениально], "
        "[не рассыпается|ничего не сыплется] {e_pos}",
        "[Кто|Кто-то] [ругает|ругал] {b}? А мне [норм|заходит]: {good}",
        "[Гречневые блины|Оладьи] из муки {b_gen} [получились|вышли] [кружевные|тонкие] "
        "[с первого раза|сразу] {e_pos}",
        "{b} {shop} [по 89|за 95 рублей] — [и вкусно|и недорого], {good}",
        "Вот что значит [нормальная|правильная] крупа: {b}, {good}, и всё {e_pos}",
        "{who} [говорит|уверяет], что [каша|гречка] [как у бабушки|как в детстве] — [гречка|"
        "крупа] {b} [конечно|само собой] {e_pos}",
    ),
    en=(
        "Made {dish_home} with {b} {when}[|, and wow], {good} {e_pos}",
        "Tried every buckwheat brand [here|in the shop], {b} [wins|is the one]. {good}",
        "{b} {grain} is [my go-to|a staple] now. {good} {e_pos}",
        "Found {b} {shop}, [finally|at last] real Russian buckwheat [abroad|here] {e_pos}",
        "[My|Our] kid [hates|refuses] buckwheat but ate {dish_home} made with {b}. [Miracle|"
        "A miracle] {lol}",
        "{b} buckwheat: {good}. [Grandma-approved|Babushka-approved] {e_pos}",
        "[Meal prep|Sunday meal prep] with {b} {grain}, {good}",
        "No need to sort the grains with {b}[|, ever], {good}",
        "[Camping|Hiking] classic: {b}, [a can of|some] stew and a fire {e_pos}",
        "[Swapped|Switched] rice for {b} buckwheat [this month|for my diet], [no regrets|"
        "loving it] {e_pos}",
        "{b} [blini|pancakes] came out [lacy|thin and lacy] on the first try {e_pos}",
        "The new {b} zip pack is [genius|so handy], nothing spills {e_pos}",
        "{who} [says|swears] {dish_home} tastes like childhood. It's {b}, [of course|obviously]",
        "Ordered {b} {shop}, [arrived fast|came in two days], {good} {e_pos}",
        "[Honestly|Genuinely] the best buckwheat I've had outside Russia. {b} {e_pos}",
    ),
    mixed=(
        "{b} {grain} — [must have|must-have] в [кладовке|шкафу], {good} {e_pos}",
        "[Meal prep|Мил преп] на неделю: {b} и курица, [super easy|очень easy] {e_pos}",
        "[Best|Лучшая] buckwheat — {b}, [без вариантов|no doubt] {e_pos}",
        "Заказала {b} [on Ozon|на Ozon], delivery за два дня, [perfect|супер] {e_pos}",
    ),
)

_P_NEUTRAL = Texts(
    ru=(
        "[Подскажите|Кто знает], чем у {b_gen} ядрица [отличается|отличается по вкусу] от продела? "
        "{e_meh}",
        "[Где|А где] в г. {city} [купить|найти] {grain} {b}? {shop} [нет|не видела]",
        "{b} [теперь|уже] [продаётся|есть] {shop}, [заметила|увидела] {when}",
        "[Сколько|Сколько по времени] [варить|готовить] {grain} {b_gen}? [На пачке|На "
        "упаковке] [стёрлось|не разглядеть]",
        "{b} [поменял|сменил] [упаковку|дизайн пачки], [теперь|сейчас] [зелёная|с полем "
        "и колосьями] {e_meh}",
        "[Видела|Увидела] {b} [на выставке|на ярмарке] [«Продэкспо»|в Крокусе], [стенд|у них "
        "стенд] [большой|с дегустацией]",
        "[Цена|Стоимость] {b_gen} {shop} [сейчас|сегодня] [109|119] рублей за [900 г|кило]. "
        "[Для справки|К сведению]",
        "{b} — [это|вроде] [алтайская|российская] [компания|марка]? [Или|Или просто] "
        "[фасовщик|перекупщик]? {e_meh}",
        "[Кто-нибудь|Кто-то] [пробовал|брал] {grain} от {b_gen}? [Как оно|Как вам]?",
        "[Готовлю|Сегодня готовлю] {dish_home}, гречка {b}, [посмотрим|увидим], [что выйдет|"
        "как пойдёт] {e_meh}",
        "{b} [выпустил|запускает] [новинку|новую линейку] — {grain}. [Ждём|Посмотрим] на "
        "[полках|прилавках] {e_meh}",
        "[Читала|Прочитала] [интервью|статью] [основательницы|про основательницу] {b_gen}: "
        "[начинали|начинала] с [одного|маленького] цеха в [Бийске|Барнауле]",
        "В {b_pre} [гречка|крупа] [пропаренная|обжаренная] или [зелёная|нет]? [На пачке|"
        "Вроде] [не пишут|не указано] {e_meh}",
        "{b} или [«Увелка»|«Мистраль»]? [Спор|Спорим] с [мужем|мамой|подругой] [третий день|уже "
        "час] {lol}",
        "[Список покупок|Купить]: [хлеб|молоко], [яйца|сыр], гречка {b}, [лук|морковь]",
        "[Опрос|Вопрос] [для|среди] [мам|родителей]: [прикорм|первый прикорм] "
        "гречкой — [берёте|берёте ли] {b} или [детскую|специальную]?",
        "[Говорят|Пишут], {b} [открывает|строит] [новый|второй] [завод|элеватор] на "
        "[Алтае|Алтае, под Бийском]",
        "[Интересно|Любопытно], [почему|отчего] {b} [не делает|не продаёт] [рис|овсянку], "
        "[только|одну только] гречку? {e_meh}",
        "[Смотрю|Посмотрела] [видео|ролик], как {b} [фасует|упаковывает] крупу, [залипла|"
        "залипательно] {e_meh}",
        "{b} [есть|продаётся] в [Казахстане|Беларуси]? [Переезжаем|Скоро переезжаем], "
        "[хочу|надо] знать",
        "[Вес|Масса] пачки {b_gen} [800|850] [или|или всё-таки] [900|кило]? [Уже|Совсем] "
        "[запуталась|не понимаю] {e_meh}",
        "[Срок годности|Срок] у {b_gen} [год|12 месяцев] или [полтора|18 месяцев]? "
        "[Делаю|Собираю] запасы {lol}",
        "[Гречка|Пачка] {b} [стоит|лежит] [в шкафу|на полке] [с весны|с лета], [ещё можно|"
        "ещё норм]? {e_meh}",
        "[В|На] [школьной|садиковой] кухне [видела|заметила] [мешки|коробки] {b_gen}. "
        "[Интересно|Значит, тоже закупают]",
        "{b} [в этом году|в этот раз] [подорожал|вырос в цене]? [Или это|Или] {shop} "
        "накрутили {e_meh}",
    ),
    en=(
        "What's the difference between {b} kernels and [prodel|broken buckwheat]? {e_meh}",
        "Where can I buy {b} {grain} in {city}? Not [finding|seeing] it {shop}",
        "Spotted {b} {shop} {when}, didn't know they sold it there",
        "How long do you cook {b} {grain}? The pack is [smudged|worn]",
        "{b} changed its packaging, it's [green now|got a wheat field on it] {e_meh}",
        "Is {b} an [Altai|actual Altai] company or just a packer? {e_meh}",
        "Anyone tried {b} {grain}? [Thoughts|Any good]?",
        "{b} launched a new [line|product]: {grain} {e_meh}",
        "Read an interview with the {b} founder, started with one small [mill|plant] in "
        "[Biysk|Barnaul]",
        "{b} price {shop} is [109|119] rubles for [900 g|a kilo] [today|now], FYI",
        "Is {b} roasted or green buckwheat? The pack doesn't [say|specify] {e_meh}",
        "Shopping list: [eggs|milk], [bread|cheese], {b} buckwheat, [onions|carrots]",
        "Does {b} ship to [Kazakhstan|Georgia|Serbia]? {e_meh}",
        "How long does {b} keep [once opened|after opening]? Stocking up {lol}",
        "[Apparently|Reportedly] {b} is building a [second|new] plant in Altai",
        "Why does {b} only do buckwheat, [no|not] rice or oats? {e_meh}",
        "Did {b} [go up|get more expensive] or is it just {shop}? {e_meh}",
        "[Watching|Watched] a video of how {b} packs [groats|buckwheat], [weirdly|oddly] "
        "satisfying",
        "{b} or [Uvelka|Mistral]? [Arguing|Debating] with {who} about it {lol}",
    ),
    mixed=(
        "Где [купить|найти] {b} в г. {city}? [Need it|Очень need] для [meal prep|мил препа]",
        "{b} [new|новая] упаковка — [green|зелёная], [interesting|интересно] {e_meh}",
        "Кто [пробовал|tried] {b} {grain}? [Any good|Норм]?",
        "{b} или [Uvelka|«Увелка»] — which one [лучше|is better]? {e_meh}",
    ),
)

_P_NEGATIVE = Texts(
    ru=(
        "[Открыла|Вскрыла] пачку {b_gen}, а там [жучки|мошки]. [Выкинула|Выбросила] [всё|"
        "весь пакет] {e_neg}",
        "{b} [уже не то|испортилось]: [мусора|шелухи] [полно|стало больше], [зёрна|крупа] "
        "[битые|колотые] {e_neg}",
        "[Гречка|Крупа] {b} [варилась|варится] [40|сорок] минут и [всё равно|так и осталась] "
        "[жёсткая|твёрдая]. [Что с ней|Что вы с ней сделали]?",
        "[Пачка|Упаковка] {b_gen} [подорожала|стала дороже] [на 30 рублей|в полтора раза], "
        "[а|при этом] [вес уменьшили|граммов стало меньше]. [Классика|Шринкфляция] {e_neg}",
        "В {b_pre} [попался|попался здоровый] [камешек|камень], [чуть|едва] [зуб не сломал|не "
        "осталась без зуба] {e_neg}",
        "[Гречка|Каша] {b} [горчит|с горечью], [выбросила|пришлось выбросить] [всю кастрюлю|"
        "кастрюлю] {e_neg}",
        "[Купила|Взяла] {b} {shop}, [дома|дома смотрю] — [срок|срок годности] [истёк|вышел] "
        "[месяц назад|две недели назад]. {sigh}",
        "[Раньше|Года два назад] {b} [была|была реально] [лучшая|топ]. [Сейчас|А сейчас] "
        "[как|обычная] [дешёвая|самая дешёвая] [фасовка|развесная] {e_neg}",
        "[Пакеты|Пачки] {b_gen} [рвутся|расходятся] [по шву|по боку], [крупа|гречка] [по всей "
        "сумке|"
        "на всю кухню] {e_neg}",
        "Запах [у|от] {b_gen} [затхлый|сырой], [как из подвала|как будто из сарая]. "
        "[Не ешьте|Не советую] {e_neg}",
        "[Зачем|Для чего] {b} [перешёл|перешли] на [пропаренную|другую] [гречку|крупу]? "
        "[Вкус пропал|Вкуса никакого]. {sigh}",
        "{b} в пакетиках [разваривается|разварилась] в [кашу|клейстер], [пакетики лопаются|"
        "пакет лопнул] {e_neg}",
        "[Перебирала|Перебрала] {b} [полчаса|минут двадцать]: [чёрные|горелые] [зёрна|"
        "крупинки], [шелуха|мусор], [палочки|соломинки]. [За такие деньги|За 120 рублей]?!",
        "[Ребёнок|Сын] [отказался|не стал] есть {b}, [сказал|говорит] «[горькая|невкусная]». "
        "[Попробовала|Сама попробовала] — [прав|он прав] {e_neg}",
        "[Зелёная|Новая] гречка {b_gen} [прорастить не получилось|проростков ноль], "
        "[значит|выходит] [обработанная|пропаренная]. [Обман|Враньё] {e_neg}",
        "[Моль|Пищевая моль] [завелась|появилась] в шкафу [после|сразу после] пачки {b_gen}. "
        "[Спасибо|Благодарю] [огромное|за подарок] {e_neg}",
        "[Задрали|Подняли] цены {b}: [был|было] [89|95], [стало|теперь] [139|145]. [До "
        "свидания|Прощай], ухожу на [развесную|рынок]",
        "{b} [раньше|когда-то] [делали|фасовали] на Алтае, [а теперь|теперь] [непонятно|"
        "неизвестно] где. [На пачке|В составе] — [тишина|ни слова] {e_meh}",
        "[Маркетинг у {b_gen} красивый|Реклама у {b_gen} шикарная], а [в пачке|внутри] — [мусор|"
        "обычная крупа с мусором] {e_neg}",
        "[Гречневая мука|Мука] {b} [комковатая|с комками] и [горчит|горькая], [блины|оладьи] "
        "[не вышли|в мусорку] {e_neg}",
        "[Заказала|Оформила] {b} {shop}, [пришли|приехали] [мятые|рваные] [пачки|пакеты] и "
        "[гречка|крупа] [россыпью|по коробке]. {sigh}",
        "[Недовес|Вес]: [на пачке|написано] [900 г|900 грамм], [на весах|весы показали] "
        "[840|855]. {b}, [как так|это как понимать]? {e_neg}",
        "[Опять|Снова] [жучки|жучок] в {b_pre}. [Второй раз|Уже второй раз] [за месяц|"
        "подряд]. [Всё|Хватит], [больше не беру|завязываю] {e_neg}",
        "[Никогда|Ни разу] [такого|подобного] не [было|видела]: гречка {b} [сварилась|разварилась] "
        "в [серую|синеватую] [жижу|массу]. [Что это|Это что вообще]? {e_neg}",
        "[Гречка|Пачка] {b} стоит [как мясо|как кило курицы], а вкус "
        "[как|будто] у [самой дешёвой|дешёвой]. {sigh}",
        "[Хвалёная|Разрекламированная] гречка {b} оказалась [обычной|средней] крупой, "
        "[ещё и|плюс] [с мусором|с шелухой] {e_meh}",
        "[Поддержка|Горячая линия] {b_gen} [не отвечает|молчит] [неделю|пятый день], "
        "[письма|письмо] [без ответа|игнорят] {e_neg}",
        "[Попалась|Нашлась] [в {b_pre}|в пачке {b_gen}] [соломинка|ниточка] от [мешка|"
        "мешковины]. [Мелочь|Ну мелочь], [а|но] [противно|неприятно] {e_neg}",
        "[Хлопья|Гречневые хлопья] {b} [размокают|разваливаются] [за секунду|сразу] в "
        "[кашу|пюре], [текстуры никакой|хруста ноль] {e_meh}",
        "[Свекровь|Бабушка] [посмотрела|глянула] на {b} и [сказала|говорит]: «[Это|Такое] "
        "[не гречка|не крупа], [а|это] [мусор|отходы]». [Обидно|Стыдно] {lol}",
        "[Разочарована {b_ins}. Брала|Разочарован {b_ins}. Брал] [годами|три года], "
        "[качество упало|крупа стала хуже] [в разы|сильно] {e_neg}",
        "[Гречка|Каша] из {b_gen} [почему-то|как-то] [пахнет|отдаёт] [пластиком|"
        "упаковкой]. [Это нормально|Только у меня так]? {e_neg}",
        "{b} [испортили|сломали] [упаковку|пачку]: [застёжка|зип] не [держит|закрывается], "
        "[крупа|гречка] [сыплется|высыпается] {e_neg}",
        "На [пачке|упаковке] {b_gen} [«высший сорт»|«первый сорт»], [а|но] [внутри|"
        "по факту] [битая|колотая] [крупа|ядрица] [пополам|с проделом] {e_neg}",
        "[Дорого|Очень дорого] и [невкусно|безвкусно]. {b}, [я ухожу|мы уходим] к "
        "[конкурентам|другой марке] {e_neg}",
        "[Купила|Взяла] [по ошибке|случайно] {grain} {b}, [вместо|а не] [ядрицы|обычной]. "
        "[Вернуть|Сдать] {shop} [не дали|отказались] {sigh}",
        "[Весь|Весь этот] [эко|фермерский] [вайб|стиль] {b_gen} — [маркетинг|пыль в глаза], "
        "[крупа|гречка] [как везде|самая обычная] {e_meh}",
        "В [пачке|пакете] {b_gen} [паутина|что-то вроде паутины]. [Фу|Бррр], "
        "[ну как так|как такое возможно] {e_neg}",
    ),
    en=(
        "Opened a pack of {b} and there were [bugs|little beetles] inside. [Binned|Threw out] "
        "the lot {e_neg}",
        "{b} has [gone downhill|really slipped]: more husks, [broken|crushed] grains {e_neg}",
        "{b} cooked for [40|forty] minutes and [was still|stayed] hard. What happened?",
        "{b} went up [30 rubles|50%] and the pack got [smaller|lighter]. [Shrinkflation|"
        "Classic] {e_neg}",
        "Nearly broke a tooth on a [pebble|stone] in {b} {e_neg}",
        "{b} tasted [bitter|off], threw out the whole pot {e_neg}",
        "Bought {b} {shop} and it was [past its date|expired] [by a month|two weeks]. {sigh}",
        "{b} packs [split|tear] at the seam, buckwheat [all over|everywhere in] my bag {e_neg}",
        "{b} smells [musty|damp], like a basement. [Don't buy|Avoid] {e_neg}",
        "{b} boil-in-bags [burst|split] and it turned into [mush|paste] {e_neg}",
        "Spent [half an hour|20 minutes] picking black grains and husks out of {b}. At that "
        "price?!",
        "Pantry moths showed up right after a pack of {b}. [Thanks a lot|Great] {e_neg}",
        "{b} was 89, now [139|145]. [Bye|Goodbye], back to [loose|bulk] buckwheat",
        "The {b} [marketing|branding] is pretty, the groats are [full of|loaded with] debris "
        "{e_neg}",
        "Label says [900 g|900 grams], my scale says [840|855]. {b}, [explain|care to "
        "explain]? {e_neg}",
        "Bugs in {b} again, second time this month. [Done|I'm done] {e_neg}",
        "{b} support hasn't answered in a [week|whole week] {e_neg}",
        "{b} green buckwheat [won't sprout|doesn't sprout], so it's processed. [Misleading|"
        "Lies] {e_neg}",
        "[Disappointed|Really disappointed] in {b}. Bought it for years, quality [fell off a "
        "cliff|dropped a lot] {e_neg}",
        "The new {b} zip [doesn't close|won't hold], groats [everywhere|all over the shelf] "
        "{e_neg}",
        "{b} flour was lumpy and bitter, the blini went in the bin {e_neg}",
        "Why does {b} porridge [taste|smell] like plastic? [Just me|Is it just me]? {e_neg}",
        "Ordered {b} {shop}, packs arrived [torn|crushed] and [loose|spilled] in the box. "
        "{sigh}",
        "Found [a cobweb|something like a cobweb] inside a {b} pack. [Ew|Gross] {e_neg}",
    ),
    mixed=(
        "{b} [quality|качество] [упало|dropped], [жучки|bugs] в пачке {e_neg}",
        "[Honestly|Честно], {b} [overpriced|переоценён], [крупа|groats] с мусором {e_neg}",
        "{b} [подорожал|went up] опять, [no thanks|нет спасибо] {e_neg}",
        "Открыла {b}, [smells|пахнет] [musty|затхло], [ugh|фу] {e_neg}",
    ),
)

_P_QUESTION = Texts(
    ru=(
        "{h} [здравствуйте|добрый день], [где|в каких магазинах] в г. {city} [купить|найти] "
        "{grain}?",
        "{h} [подскажите|скажите], ваша гречка [пропаренная|обжаренная] или [нет|зелёная]?",
        "{h} [какой|сколько] срок [хранения|годности] [после вскрытия|у открытой пачки]?",
        "{h} [есть ли|а есть] у вас [сертификат|маркировка] [«без ГМО»|органик]?",
        "{h} [можно ли|подходит ли] {grain} для [прикорма|детей до года]?",
        "{h} [почему|а почему] {grain} [больше нет|не найти] {shop}?",
        "{h} [вы|а вы] [продаёте|отгружаете] [оптом|мешками] для [кафе|столовой]?",
        "{h} где выращивают вашу гречку? [Алтай|Только Алтай] или "
        "[ещё|другие] регионы?",
        "{h} [будет|вернётся] ли [старая|прежняя] упаковка [с окошком|прозрачная]?",
        "{h} [как|где] [принять участие|участвовать] в [акции|розыгрыше] [со штрихкодами|"
        "с крышечками]?",
        "{h} [есть|а есть] [ли] у вас [доставка|интернет-магазин] в г. {city}?",
        "{h} [сколько|сколько граммов] белка на 100 г [у вас|в продукте] «{grain}»? [На пачке|На "
        "сайте] "
        "[разные|другие] цифры {e_meh}",
        "{h} [можно|реально] [к вам|на производство] на экскурсию? [Школьный|Мы] "
        "[класс|кружок] [из г. {city}|из нашего города]",
        "{h} [гречневую муку|муку] [вы|у вас] [мелете|делаете] [сами|на своей мельнице]?",
        "{h} [почему|а почему] [у вас|на сайте] [нет|не указан] [состав|КБЖУ] [хлопьев|"
        "новинки]?",
    ),
    en=(
        "{h} hello, any [stores|shops] in {city} that [stock|carry] {grain}?",
        "{h} quick one: is your buckwheat [roasted|toasted] or green?",
        "{h} how long does an opened [pack|bag] keep?",
        "{h} is {grain} [ok|suitable] for babies?",
        "{h} do you ship to [Germany|the EU|Israel]?",
        "{h} where do you grow it? [Only Altai|Just Altai] or elsewhere too?",
        "{h} do you sell in bulk for [cafes|restaurants]?",
        "{h} do you mill the flour [yourselves|in-house]?",
        "{h} why can't I find {grain} {shop} [anymore|lately]?",
        "{h} how do I [take part in|enter] the barcode [giveaway|promo]?",
    ),
)

_P_COMPLAINT = Texts(
    ru=(
        "{h} [в пачке|в упаковке] [жучки|живые жучки], [номер партии на фото|"
        "партию сфотографировала]. [Что делать|Как вернуть деньги]? {e_neg}",
        "{h} [купила|взяла] {grain} {shop}, [срок годности|срок] [истёк|закончился] [ещё|аж] "
        "[в марте|месяц назад]. [Кто|Кто вообще] [это|у вас] [проверяет|контролирует]?",
        "{h} [гречка|крупа] [горькая|горчит] [вторую пачку|вторую пачку подряд]. [Партия|"
        "Дата] [на фото|на снимке ниже]",
        "{h} [вес|масса] [не соответствует|не совпадает]: [на пачке|написано] 900 г, "
        "[взвесила|на весах] [847|861]. [Объясните|Прокомментируйте]",
        "{h} [нашла|попался] [камень|камешек] [размером|величиной] с [горошину|ноготь], "
        "[чуть|едва] без зуба не [осталась|остался] {e_neg}",
        "{h} [зип-застёжка|застёжка] на новых пачках [не держит|не "
        "закрывается], [всё рассыпалось|крупа рассыпается] по шкафу",
        "{h} [заказ|посылку] [из вашего интернет-магазина|с вашего сайта] [жду|ждём] [третью|"
        "вторую] неделю, [трек|трек-номер] [не обновляется|стоит на месте]",
        "{h} [после|сразу после] [вашей|вашей пачки] [гречки|крупы] [завелась|появилась] "
        "[моль|пищевая моль]. [Кто|Кто мне] [оплатит|возместит] [выброшенные|испорченные] "
        "[продукты|крупы]? {e_neg}",
        "{h} [пакетики|варочные пакетики] [лопаются|рвутся] [при варке|в кипятке], [гречка|"
        "всё] [в воде|плавает]. [Это|Вот это] [брак|качество]?",
        "{h} [пачки|упаковки] [пришли|приехали] [мятые|рваные], [половина|часть] "
        "[крупы|гречки] [в коробке|россыпью]. [Заказ|Номер заказа] [54320|61187]",
        "{h} [запах|пахнет] [затхлый|плесенью] [сразу|сразу как] [открыла|вскрыла]. [Дата|"
        "Партия] на фото, [жду|жду ответа] {e_neg}",
        "{h} [вы|почему вы] [снова|опять] [подняли|подняли] цену, [а|и при этом] [вес|пачку] "
        "[уменьшили|сделали меньше]? [Некрасиво|Нечестно]",
        "{h} [обещанный|ваш] [подарок|приз] за [штрихкоды|акцию] [так и не пришёл|"
        "до сих пор не пришёл], [а|хотя] [прошло|уже прошло] два месяца",
        "{h} [в составе|на пачке] [написано|указано] «[Алтай|алтайская]», [а|но] [на "
        "коробке|на маркировке] [другой|иной] [регион|адрес]. [Это как|Как так]?",
        "{h} [мука|гречневая мука] с комками и [горчит|горькая], [блины|тесто] "
        "[в мусорку|на выброс] {e_neg}",
        "{h} [пишу|писала] на [почту|горячую линию] [неделю назад|пять дней назад], [ответа|"
        "ни ответа] нет. [Вы|Вы вообще] [работаете|отвечаете]?",
        "{h} [гречка|крупа] [не разваривается|не варится] [даже|и] за [40|50] минут, "
        "[жёсткая|как камень] {e_neg}",
        "{h} [в пачке|внутри] [куски|кусочки] [пластика|плёнки]. [Как|Как это] [туда|в "
        "пачку] [попало|попадает]?",
        "{h} [хлопья|гречневые хлопья] [прогорклые|с прогорклым привкусом], [срок|срок "
        "годности] [нормальный|ещё не вышел]. [Верните|Прошу вернуть] деньги",
        "{h} [ребёнок|сын] [покрылся|весь покрылся] [сыпью|пятнами] после [каши|вашей каши], "
        "брали {grain}. [Что|Что там] в составе [кроме гречки|на самом деле]? {e_neg}",
        "{h} {shop} [продают|выставили] {grain} [со скидкой|по акции] [с "
        "истекающим|с заканчивающимся] сроком, [а|и] [вскрытые|рваные] пачки. [Проследите|"
        "Разберитесь]",
        "{h} [купила|взяла] [зелёную|вашу зелёную] гречку, [она|а она] [не прорастает|не "
        "проросла]. [Это|Значит, это] [не|вовсе не] [сырая|живая] [гречка|крупа]?",
        "{h} [примите|оформите] [возврат|замену]: [жучки|паутина] [в двух|в трёх] пачках "
        "из одной [партии|поставки] {e_neg}",
        "{h} [зачем|почему] [сменили|поменяли] [поставщика|рецептуру]? [Вкус совсем другой|"
        "Каша стала другая], [хуже|пресная]",
    ),
    en=(
        "{h} there are [bugs|live bugs] in the pack, batch number in the photo. How do I get "
        "a refund? {e_neg}",
        "{h} bought {grain} {shop} and it's [past its date|expired] since [March|last month]",
        "{h} second pack in a row tastes bitter. [What's going on|What happened]?",
        "{h} label says 900 g, my scale says [847|861]. Please explain",
        "{h} found a stone the size of a pea, nearly lost a tooth {e_neg}",
        "{h} the zip on the new packs doesn't close, groats all over the cupboard",
        "{h} waiting [three weeks|two weeks] for my online order, tracking [hasn't moved|is "
        "stuck]",
        "{h} pantry moths appeared right after your pack. Who pays for the spoiled food? "
        "{e_neg}",
        "{h} boil-in-bags [burst|split] while cooking, everything floating in the water",
        "{h} packs arrived crushed and half the buckwheat loose in the box",
        "{h} smells [musty|of mould] the moment I opened it, photo of the batch attached "
        "{e_neg}",
        "{h} you raised the price again and made the pack smaller? [Not cool|Shameful]",
        "{h} the barcode giveaway prize never arrived, it's been two months",
        "{h} emailed your hotline [a week ago|five days ago], no answer. Anyone there?",
        "{h} the groats won't soften even after [40|50] minutes {e_neg}",
        "{h} bits of plastic inside the pack. How does that get in there?",
        "{h} the flakes taste rancid and they're not [expired|past date]. Refund please",
        "{h} green buckwheat doesn't sprout, so it isn't raw? {e_neg}",
        "{h} did you change suppliers? The [taste|porridge] is totally different, worse",
        "{h} [cobwebs|bugs] in [two|three] packs from the same batch, [refund|replacement] "
        "please {e_neg}",
    ),
)

_P_COMMENT = Texts(
    ru=(
        "[А|А вот] {grain} [когда|когда уже] [в г. {city}|до нас] [привезёте|завезёте]? {e_meh}",
        "[Красиво|Как красиво]! [Прямо|Аж] [захотелось|захотелось сварить] {dish_home} {e_pos}",
        "[Лучше бы|Вы бы лучше] [вес|граммовку] [вернули|вернули прежний], {sigh}",
        "[Беру|Берём] [только|исключительно] вас [уже|лет] [пять|несколько] лет {e_pos}",
        "[Рецептик|Рецепт] [сохранила|забрала], [спасибо|спс] {e_pos}",
        "[А|А у вас] [жучки|жучки в пачках] [кто-то|кто-нибудь] [проверяет|контролирует]? "
        "{e_neg}",
        "[Сделайте|Выпустите] [гречку|крупу] [в больших пачках|в мешках по 5 кг], "
        "[пожалуйста|плиз]!",
        "[Ммм|Ох], с [грибами|шкварками] [самое то|вообще] {e_pos}",
        "[Где|А где] [купить|найти] [в г. {city}|у нас в городе]? {e_meh}",
        "[А цены|Цены] [поднимать|задирать] когда [прекратите|"
        "перестанете]? {e_meh}",
        "[Спасибо|Спасибо вам], что в пачках нет [мусора|шелухи] {e_pos}",
        "[Старая|Прежняя] упаковка [была|была куда] [лучше|удобнее] {e_meh}",
        "[Мама|Бабушка] [передаёт|просит передать] [спасибо|привет] {e_pos}",
        "[Розыгрыш|Конкурс] [честный|хоть честный]? [Кто-нибудь|Кто-то] [выигрывал|"
        "выиграл]? {e_meh}",
        "[Сварила|Приготовила] по [вашему|этому] рецепту {when} — {good} {e_pos}",
        "[А|А у вас] [есть|будет] [рецепт|идея] [для мультиварки|на мультиварку]? {e_meh}",
        "[Ваша|Твоя] гречка [лучшая|самая вкусная], [без|безо всяких] [шуток|преувеличений] "
        "{e_pos}",
        "[Где|А где] [номер партии|дата] на [новой|этой] упаковке? [Ищу|Не могу найти] {e_meh}",
    ),
    en=(
        "When are you [shipping|coming] to {city}? {e_meh}",
        "Looks [amazing|so good], now I want {dish_home} {e_pos}",
        "Bring back the old pack size [please|pls], {sigh}",
        "Been buying you for [years|five years] {e_pos}",
        "Saved the recipe[, thanks|, thank you]! {e_pos}",
        "Please do bigger [packs|5 kg bags]!",
    ),
)

_P_REPLY = Texts(
    ru=(
        "[Согласна|Согласен], {good} {e_pos}",
        "[У меня|А у меня] [тоже|такая же] [история|беда] была {when}, [с жучками|с мусором]",
        "[Всегда|Я всегда] [замораживаю|прокаливаю] [крупу|гречку] [после покупки|сразу], "
        "[и|и никаких] [проблем|жучков]",
        "[Гречка как гречка|Да вся гречка одинаковая], [чего|что вы] [спорите|"
        "спорите-то]? {lol}",
        "[Проверь|Посмотри] [дату|номер партии], [может|вдруг] [одна|одна такая] партия "
        "[неудачная|кривая]",
        "[Напиши|Напишите] [им|производителю] на [почту|сайт], [мне|нам] [заменили|"
        "прислали новую]",
        "[А|А я] {b} [не беру|не покупаю], [беру|предпочитаю] [развесную|на рынке]",
        "[Ого|Ничего себе], [не знала|не знал]. [Теперь присмотрюсь|Буду внимательнее]",
        "[Мы|Мы вот] [берём|покупаем] {shop}, [пока|вроде] [всё норм|без сюрпризов]",
        "[Дай|Скинь] рецепт! {e_pos}",
        "[Ха|Хах], [у нас|у меня] {who} [точно так же|так же] [говорит|считает] {lol}",
        "[Попробуй|Советую] {grain}, [мне|нам] [больше|гораздо больше] [нравится|заходит]",
        "{sigh}, [сейчас|нынче] [всё|всё так] [дорожает|дорожает и мельчает]",
        "[Фото|Фотку] [покажи|давай]! {e_meh}",
        "Зелёную [не нужно|не надо] [варить|так долго варить], её "
        "[замачивают|заливают на ночь]",
    ),
    en=(
        "[Agreed|Same], {good} {e_pos}",
        "Freeze the groats after buying, no bugs [ever|since]",
        "[Check|Look at] the batch number, could be one bad batch",
        "Email them, they replaced [mine|my pack] [no questions asked|quickly]",
        "Buckwheat is buckwheat, why [the debate|are we arguing] {lol}",
        "[Share the recipe|Recipe please]! {e_pos}",
        "Try {grain}, I like it [more|better]",
        "Everything's getting pricier and smaller, {sigh}",
    ),
    mixed=(
        "[Same|Тоже], у меня [same story|та же история] {lol}",
        "[Freeze|Заморозь] крупу, [no bugs|жучков не будет]",
    ),
)

_P_ANSWER = Texts(
    ru=(
        "[Здравствуйте|Добрый день]! [Очень жаль|Нам очень жаль], что так [вышло|"
        "получилось]. [Пришлите|Пожалуйста, пришлите] фото пачки с номером партии и датой в "
        "личные сообщения — [разберёмся|проверим] и [заменим|вернём деньги].",
        "[Добрый день|Здравствуйте]! Наша гречка — ядрица [первого|высшего] сорта, "
        "[обжаренная|обжаренная, не пропаренная]. Зелёная [продаётся|идёт] в отдельной "
        "[упаковке|линейке].",
        "Спасибо, что [написали|сообщили]! [Передали|Уже передали] [информацию|ваше обращение] "
        "в отдел качества, [ответим|вернёмся с ответом] в течение двух рабочих дней.",
        "[Здравствуйте|Добрый день]! [Срок хранения|Срок годности] — 18 месяцев в "
        "закрытой упаковке. После вскрытия [лучше пересыпать|советуем пересыпать] в "
        "[банку|стеклянную банку] с крышкой.",
        "[Спасибо|Благодарим] за тёплые слова! [Очень приятно|Нам очень приятно] 🌾",
        "[Здравствуйте|Добрый день]! [Список магазинов|Где купить] в вашем городе — на сайте "
        "в разделе «Где купить». [Если|Если вдруг] [не найдёте|чего-то нет], [напишите|"
        "пишите], подскажем.",
        "[Приносим извинения|Извините нас] за [задержку|долгую доставку]. [Посылку|Заказ] "
        "[отправили|передали в доставку] [сегодня|сегодня утром], трек-номер [придёт|"
        "пришлём] в СМС.",
        "[Здравствуйте|Добрый день]! Мы [очень|крайне] [серьёзно|внимательно] относимся к "
        "таким [сигналам|сообщениям]. [Пожалуйста|Будьте добры], сохраните пачку — "
        "[курьер|наш сотрудник] заберёт её на [экспертизу|проверку].",
        "[Здравствуйте|Добрый день]! [Застёжку|Зип-замок] [доработали|уже доработали]: "
        "новые пачки [с этого месяца|с весны] [идут|выпускаются] с [усиленной|новой] "
        "застёжкой. [Извините|Простите] за [неудобство|неудобства].",
        "[Добрый день|Здравствуйте]! [Да|Конечно], для [прикорма|первого прикорма] "
        "[подходит|можно], [но|только] [лучше|советуем] [перемолоть|смолоть] в "
        "[муку|кофемолке] и [посоветоваться|уточнить] с педиатром.",
        "[Здравствуйте|Добрый день]! [Проверили|Посмотрели] [вес|партию]: [допуск|"
        "допустимое отклонение] по ГОСТ [±3%|3%], [но|однако] [в вашем случае|у вас] "
        "[больше|превышено]. [Вернём|Компенсируем] [стоимость|деньги], [напишите|"
        "пришлите] реквизиты в ЛС.",
        "[Спасибо|Благодарим], что [выбираете|выбрали] нас! [Рецепт|Рецепты] [ищите|"
        "есть] на [сайте|нашем сайте] в разделе «Готовим дома» 🍲",
        "[Здравствуйте|Добрый день]! Подарки [за акцию|по акции] [отправляем|рассылаем] "
        "[партиями|по графику] [раз в месяц|ежемесячно] — [ваш|ваш подарок] "
        "[уже|будет] [в ближайшей|в следующей] отправке. [Проверили|Мы проверили].",
        "[Понимаем|Понимаем вас], [неприятно|это очень неприятно]. [Оформили|Уже оформили] "
        "[замену|компенсацию]: [пришлём|отправим] [две|новые] пачки на ваш адрес.",
        "[Здравствуйте|Добрый день]! [Ответили|Написали] вам [на почту|в личные "
        "сообщения], [посмотрите|проверьте], пожалуйста 🙏",
        "[Добрый день|Здравствуйте]! Оптовые поставки ведёт [отдел продаж|наш "
        "отдел продаж], [контакты|почта] — [на сайте|в шапке профиля].",
        "[Здравствуйте|Добрый день]! [Выращиваем|Гречку выращивают] [на Алтае|в Алтайском "
        "крае], [фасуем|фасовка] [там же|в Бийске]. [Адрес|Адрес производства] указан "
        "[на каждой пачке|на обороте пачки].",
        "Здравствуйте! Спасибо, что [написали|сообщили] 🙏 Номер партии — [на торце|сбоку] пачки, "
        "рядом с датой. Пришлите, пожалуйста, фото.",
        "Добрый день! Варочные пакетики выдерживают кипение до 20 минут — [возможно|вероятно], "
        "вода кипела [слишком сильно|без крышки]. Но мы [вышлем замену|заменим], напишите адрес в "
        "ЛС.",
        "Здравствуйте! Лёгкая горчинка бывает у свежего урожая, [но|однако] сильная горечь — "
        "повод проверить партию. Пришлите номер, [разберёмся|посмотрим].",
        "Добрый день! Наш магазин доставляет заказы [по всей России|в 70 городов], в страны СНГ — "
        "пока только через маркетплейсы.",
        "[Рады|Как приятно], что [понравилось|пришлось по вкусу]! А какой рецепт "
        "[готовили|пробовали]? 😊",
        "Здравствуйте, [Ольга|Ирина|Наталья]! Ваш приз [отправили|ушёл] [сегодня|вчера], трек "
        "пришлём в СМС. Простите, что так долго.",
        "Добрый день! Понимаем ваше беспокойство. Запрещённых веществ в нашей гречке нет: "
        "протоколы [независимых|лабораторных] испытаний [опубликованы|лежат] на сайте.",
        "Здравствуйте! Простите за [такой опыт|ваши хлопоты]. Возврат [оформили|оформлен] на "
        "карту, [обычно|как правило] это 3–5 дней.",
        "Здравствуйте! Цену на полке [устанавливает|ставит] магазин, мы, к сожалению, на неё не "
        "влияем. Наша отпускная цена не менялась [с весны|с начала года].",
        "Добрый день! Спасибо за идею с [большой|пятикилограммовой] упаковкой — "
        "[передали|отправили] коллегам из разработки 🌾",
        "Здравствуйте! [Очень|Правда очень] жаль, что [пачка|упаковка] пришла повреждённой. "
        "[Новую|Замену] [отправим|пришлём] [за наш счёт|бесплатно], напишите, пожалуйста, номер "
        "заказа.",
    ),
    en=(
        "Hi! We're so sorry. Please DM a photo of the pack with the batch number and date, "
        "and we'll [replace it|refund you].",
        "Our buckwheat is roasted whole kernel, not parboiled. Green buckwheat is a separate "
        "line.",
        "Thanks for letting us know! Your message has gone to our quality team, we'll reply "
        "within two business days.",
        "Shelf life is 18 months unopened. Once opened, [store it|we suggest storing it] in a "
        "glass jar with a lid.",
        "Thank you for the kind words[!|, truly]! 🌾",
        "Sorry for the delay! Your parcel [ships|was shipped] today, tracking will come by "
        "SMS.",
        "We take this very seriously. Please keep the pack, a courier will collect it for "
        "testing.",
        "We've sent you a DM, please take a look 🙏",
        "The zip has been [redesigned|improved], new packs have a stronger seal. Sorry for the "
        "hassle!",
        "We've arranged a replacement: two new packs are on their way to you.",
        "Hi! The batch number is printed on the side of the pack next to the date. Could you send "
        "us a photo?",
        "Slight bitterness can happen with a fresh harvest, but strong bitterness means we should "
        "check the batch. Please send us the number.",
        "Your prize shipped [today|yesterday], tracking will come by email. Sorry it took so long!",
        "Shelf prices are set by the store, unfortunately we can't change them. Our own price "
        "hasn't changed [since spring|this year].",
        "Great idea about a bigger pack, we've passed it to the product team 🌾",
    ),
)

_P_THANKS = Texts(
    ru=(
        "[Спасибо|Спасибо большое], [ждём|жду] [замену|посылку] {e_pos}",
        "[Оперативно|Быстро ответили], [спасибо|благодарю]!",
        "[Пришли|Получила] [новые|две новые] пачки, [всё отлично|всё чисто]. Спасибо {e_pos}",
        "[Ок|Поняла], [пересыплю|буду пересыпать] в банку, спасибо",
        "[Вот|Вот это] [отношение|подход], [спасибо|уважаю] {e_pos}",
        "[Благодарю|Спасибо] за [ответ|разъяснение], [всё понятно|стало понятнее]",
        "[Посылка|Замена] [пришла|приехала], [всё чисто|без жучков], спасибо {e_pos}",
        "[Спасибо|Благодарю] за [протоколы|ссылку на протоколы], [успокоили|стало спокойнее]",
        "[Трек|Трек-номер] [пришёл|получила], [ждём|жду] подарок {e_pos}",
    ),
    en=(
        "Thanks, waiting for the replacement [pack|parcel] {e_pos}",
        "That was quick, thank you [so much|guys]!",
        "Got the new packs, all [good|clean]. Thanks {e_pos}",
        "Makes sense, thanks for [explaining|the explanation]",
    ),
)

_P_STILL_BROKEN = Texts(
    ru=(
        "[Фото|Фотографии] [отправила|отправил] [ещё в понедельник|на прошлой неделе], "
        "[ответа|тишина] нет {e_neg}",
        "[Курьер|Никто] [так и не|не] [приехал|пришёл] за пачкой, {sigh}",
        "[Это|Опять] [отписка|шаблон], [а|но] [жучки|проблема] [никуда не делись|остались]",
        "[Замену|Посылку] [обещали|обещали неделю назад], [а её|её] [нет|всё нет]",
        "[Два рабочих дня|Два дня] [прошли|давно прошли], [отдел качества молчит|"
        "ответа нет] {e_neg}",
        "[Новая|И новая] пачка [тоже|опять] [с мусором|горчит]. [Замена не помогла|"
        "Толку от замены ноль]",
        "[Адрес|Адрес для замены] [отправила|скинула] [неделю назад|ещё в среду], "
        "[посылки|замены] [нет|до сих пор нет]",
        "Ссылка на протоколы [не открывается|не работает], [а ответа так и нет|"
        "и на вопрос никто не ответил] {e_neg}",
    ),
    en=(
        "Sent the photos [on Monday|last week], no reply {e_neg}",
        "Nobody [came|showed up] for the pack, {sigh}",
        "That's a template answer, the bugs are still there",
        "The replacement pack is [bad|bitter] too {e_neg}",
    ),
)

_P_REVIEW_POS = Texts(
    ru=(
        "[Беру|Покупаю] {b} [третий год|уже несколько лет]. {good}. [Ни разу|Ещё ни разу] "
        "[не попадался мусор|не было брака].",
        "[Отличная|Хорошая] гречка: {good}. [Цена|Стоимость] [выше средней|чуть выше], но "
        "[оно того стоит|качество оправдывает].",
        "[Варю|Готовлю] {dish_home} [каждую неделю|по выходным], [только|исключительно] на "
        "{b_pre}. [Семья довольна|Дети довольны].",
        "[Попробовала|Взяла на пробу] {grain}, [приятно удивилась|не ожидала]: {good}. "
        "[Упаковка|Пачка] [удобная|с "
        "застёжкой], [не рассыпается|ничего не сыплется].",
        "[Заказывала|Заказываю] {shop}, [приходит|доходит] [целым|в целости], [сроки свежие|срок "
        "годности большой]. [Рекомендую|Советую].",
        "Вкус как [в детстве|у бабушки в деревне], {good}. [Пять звёзд|5 из 5].",
        "[Перестала перебирать|Больше не перебираю] гречку — [незачем|нет нужды]. {good}.",
        "[Для|Для детского] [прикорма|питания] [мололи|перемалывали] [их ядрицу|их гречку] — "
        "[малыш|"
        "ребёнок] [ест|ел] с [удовольствием|аппетитом]. Спасибо.",
        "[Четыре|4] звезды: {good}, [но|правда] [цена|стоимость] [кусается|подросла].",
        "[Хорошая|Честная] [алтайская|российская] [крупа|гречка], [без|никаких] "
        "[сюрпризов|камней]. [Буду брать|Берём] [ещё|и дальше].",
    ),
    en=(
        "Been buying {b} for [years|three years]. {good}. Never found debris.",
        "Great buckwheat: {good}. Pricier than average but [worth it|worth every ruble].",
        "Ordered {shop}, arrived intact with a long shelf life. [Recommend|Recommended].",
        "Tastes like childhood, {good}. [Five stars|5/5].",
        "Four stars: {good}, but the price keeps [creeping up|going up].",
    ),
)

_P_REVIEW_NEG = Texts(
    ru=(
        "[Вскрыла|Открыла] [пачку|упаковку] — [жучки|мелкие жучки]. [Партия|Дата] [свежая|"
        "свежая, кстати]. [Больше|Никогда больше] не [куплю|возьму].",
        "[Много|Полно] [мусора|шелухи] и [чёрных|горелых] [зёрен|крупинок], [перебирать|"
        "перебирала] [полчаса|двадцать минут]. [За такую цену|При такой цене] [стыдно|"
        "позор].",
        "[Гречка|Крупа] [горькая|горчит], [как будто|словно] [старая|лежалая]. [Выбросила всю "
        "пачку|"
        "Целая пачка ушла в мусор].",
        "[Вес|Недовес]: [взвесила|на весах] [850|845] г [вместо|при заявленных] 900. "
        "[Мелочь|Вроде мелочь], а [неприятно|обман].",
        "[Варится|Варила] [вдвое|в два раза] дольше, чем [написано|указано], и [всё равно осталась|"
        "осталась] [жёсткой|сыроватой]. [Не рекомендую|Не советую].",
        "Пакет [разошёлся|порвался] по шву [прямо в магазине|ещё в машине], "
        "[полкило гречки на полу|половина крупы рассыпалась].",
        "Пахнет [затхлостью|сыростью]. [После|Даже после] [промывки|промывания] "
        "[запах|привкус] [остался|никуда не делся].",
        "[Камешек|Камень] [в каше|в тарелке], [сломала|сколола] [пломбу|зуб]. [Стоматолог|"
        "Лечение] [дороже|обошлось дороже] [всей|годового запаса] гречки.",
        "Цена выросла [почти вдвое|на треть] [за год|за полгода], [качество|вкус] "
        "[то же|хуже]. [Перешла|Ухожу] на [другую|другую марку].",
        "[Моль|Пищевая моль] [в шкафу|по всей кухне] [после|сразу после] [этой|их] гречки. "
        "[Выкинула|Выбросила] [все крупы|полшкафа].",
        "[Пакетики|Варочные пакетики] [рвутся|лопаются], [каша|гречка] [в воде|плавает по "
        "кастрюле]. [Брак|Качество] {e_neg}",
        "[Новая|Новая упаковка] с [застёжкой|зипом] — [застёжка|замок] [не работает|не "
        "закрывается] [с первого дня|сразу]. [Красота|Красиво] — [не главное|не значит "
        "удобно].",
        "[Заказ|Посылку] [ждала|ждали] [три недели|двадцать дней], [пришли|приехали] "
        "[мятые|рваные] пачки. [Поддержка|Никто] [не отвечает|молчит].",
        "[Обещали|Написано] «[алтайская|с Алтая]», [на деле|а на маркировке] [другой|совсем "
        "другой] [регион|производитель]. [Доверия|Веры] [нет|больше нет].",
        "[Мука|Гречневая мука] [прогорклая|горькая], [блины|оладьи] [невозможно|нельзя] "
        "[есть|было есть]. [Срок|При этом срок] [не истёк|нормальный].",
    ),
    en=(
        "Opened the [pack|bag] and found [bugs|tiny beetles|weevils] inside. [Fresh batch too|"
        "Not even expired]. [Never again|Not buying this brand again].",
        "[Lots of|Tons of] husks and [black|burnt] grains, [spent|wasted] [half an hour|twenty "
        "minutes] sorting. At this price? [Shameful|Embarrassing].",
        "[Bitter|Weirdly bitter], like [old stock|it sat in a warehouse for years]. Whole pack "
        "[in the bin|binned].",
        "[850|845|838] g instead of 900. [Small thing|Might seem minor], but it's "
        "[cheating|still cheating].",
        "Takes [twice as long|forever] compared to [the pack|the instructions] and [still|"
        "stays] hard. [Not recommended|Would not recommend].",
        "Pack split at the seam [in the store|on the way home], half a kilo on the [floor|car "
        "seat]. {sigh}.",
        "[Smells|Reeks] musty even after [rinsing|two rinses]. [Ended up|I ended up] throwing "
        "it out.",
        "A stone in my porridge [chipped|cracked] a filling. The dentist cost more than a "
        "year of buckwheat.",
        "Price up [a third|30%] in a year, quality the same or worse. [Switching brands|Going "
        "back to the store brand].",
        "The new zip never [closed|sealed] properly. Pretty pack, [useless|pointless] seal.",
        "[Moths|Pantry moths] everywhere [a week|two weeks] after I bought this. [Had to|I "
        "had to] throw out [every grain|half my pantry] {e_neg}",
        "Boil-in-bags [tore|burst] [in the pot|while cooking] and it became [paste|mush]. "
        "[Poor quality|Cheap bags].",
        "[Ordered|Bought] online, waited [three weeks|20 days], [boxes|packs] arrived [torn|"
        "crushed]. Support [silent|never replied].",
        "Label says Altai, [fine print|the small print] says [another region|somewhere else "
        "entirely]. [Lost my trust|Don't trust them now].",
        "The flour was [rancid|off] [before the date|well before expiry], blini [inedible|"
        "went in the trash].",
        "[Found|There was] a [piece of twine|bit of sacking] in the groats. [Gross|Yuck], "
        "and [nobody answered|no reply] my email.",
        "Cooked [two pots|a whole pot] for guests, it came out [grey|greyish] and [gluey|"
        "sticky]. [Embarrassing|Awful] dinner.",
        "[Used to|I used to] love this brand, [now|lately] every [pack|other pack] has "
        "[debris|stones|husks]. {e_neg}",
        "Green buckwheat [that won't sprout|that never sprouts] is not raw, [whatever|no "
        "matter what] the pack says.",
        "[Overpriced|Way overpriced] for [ordinary|average] groats with [husks|bits of shell] "
        "in them. {e_neg}",
        "[Flakes|The flakes] turn to [mush|paste] in [seconds|a second] and taste of "
        "[cardboard|nothing].",
        "My [kid|son] [refused|wouldn't eat] it, said it was bitter. [He was right|Tried it, "
        "he's right].",
    ),
)

_P_REVIEW_ANSWER = Texts(
    ru=(
        "[Здравствуйте|Добрый день]! [Нам очень жаль|Очень жаль]. [Пожалуйста|Просим], "
        "[напишите|сообщите] номер партии на [почту|адрес] качества с сайта — [заменим|"
        "компенсируем].",
        "[Благодарим|Спасибо] за [отзыв|обратную связь]. [Информацию|Отзыв] [передали|"
        "направили] в отдел контроля качества, [партию|эту партию] [проверим|перепроверим].",
        "[Здравствуйте|Добрый день]. [Приносим извинения|Извините] за [испорченное|такое] "
        "впечатление. [Будем|Будем очень] [благодарны|рады], если вы [свяжетесь с нами|"
        "напишете нам] — [во всём|обязательно] разберёмся.",
        "[Здравствуйте|Добрый день]! [Спасибо|Благодарим], что [рассказали|сообщили]. "
        "[С поставщиком|С упаковочной линией] [уже работаем|разбираемся], [чтобы|так что] "
        "[это|такое] не [повторится|повторялось].",
        "[Добрый день|Здравствуйте]! [Простите|Извините], что [отвечаем только сейчас|не ответили "
        "сразу]. [Замену|Компенсацию] [готовы отправить|отправим] — напишите, пожалуйста, "
        "[адрес|контакты] на почту.",
        "Спасибо за [подробный|честный] отзыв. Партию, [о которой|про которую] вы пишете, "
        "[сняли|уже сняли] с отгрузки [на проверку|для проверки].",
    ),
    en=(
        "Hello! We're very sorry. Please email the batch number to our quality team and we'll "
        "replace or refund it.",
        "Thank you for the feedback. It has been passed to quality control and the batch will "
        "be checked.",
        "Sorry for the slow reply. We're happy to send a replacement, just email us your address.",
    ),
)

_P_REVIEW_THANKS = Texts(
    ru=(
        "Спасибо за [добрый|тёплый] отзыв! [Приятного аппетита|Вкусной каши] 🌾",
        "[Очень|Как] приятно! [Передадим|Передали] [нашим|всем нашим] [технологам|"
        "сотрудникам на производстве] 💚",
        "[Благодарим|Спасибо], что [выбираете|остаётесь с] нас [столько лет|уже столько "
        "лет]! 🙏",
        "[Спасибо|Благодарим]! [Такие отзывы|Такие слова] [очень|правда] [греют|поддерживают] "
        "нашу небольшую команду 🌾",
        "[Как здорово|Очень рады], что [малышу|ребёнку] [понравилось|зашло]! [Здоровья|Приятного "
        "аппетита] 💚",
    ),
    en=(
        "Thank you for the kind review! [Enjoy|Happy cooking] 🌾",
        "So nice to read, we'll pass it on to the team 💚",
    ),
)

_P_REVIEW_DISPUTE = Texts(
    ru=(
        "[Здравствуйте|Добрый день]. Каждая партия проходит [лабораторный|входной] контроль, "
        "[протокол|результаты] по [указанной|этой] партии [в порядке|без замечаний]. "
        "[Возможно|Не исключено], [жучки|насекомые] [попали|завелись] [при хранении|дома]. "
        "[Советуем|Рекомендуем] [хранить|держать] крупу в [закрытой|стеклянной] банке.",
        "[Добрый день|Здравствуйте]. [По|Судя по] [фото|снимку], [это|на фото] [не наша|"
        "не наша упаковка] — [у нас|у нашей пачки] [другой|иной] [шрифт|дизайн]. "
        "[Уточните|Подскажите], [где|в каком магазине] [покупали|куплена]?",
    ),
    en=(
        "Hello. Every batch is lab-tested and this one passed. Insects often get in during "
        "storage at home; we recommend a closed glass jar.",
    ),
)

_P_OFFICIAL = Texts(
    ru=(
        "[Новинка|Встречайте]: {grain} {b} — [уже|скоро] [на полках|в магазинах] 🌾",
        "[Рецепт недели|Рецепт выходного дня]: {dish_home}. [Пошагово|Подробно] — [в "
        "карточках|в карусели] 👉",
        "[Сбор урожая|Уборка] на [наших|алтайских] полях [в разгаре|идёт полным ходом]. "
        "[Погода|Пока погода] [радует|не подводит] ☀️",
        "[Розыгрыш|Конкурс]! [Соберите|Соберите пять] штрихкодов {b_gen} и [получите|"
        "выиграйте] [фирменную|льняную] [сумку|кастрюлю] 🎁",
        "[Почему|Отчего] гречка [иногда горчит|бывает горькой]? [Разбираемся|Рассказывает] "
        "[наш технолог|технолог Ольга] 👇",
        "{b} [теперь|с этой недели] [продаётся|есть] {shop}! [Ищите|Ищите нас] на [полке|"
        "полках] с [крупами|бакалеей].",
        "Мы [обновили|поменяли] [упаковку|пачку]: [зип-замок|застёжка], "
        "[меньше пластика|перерабатываемый материал] 🌱",
        "[День|Как проходит день] на [фасовке|производстве] в Бийске: [от элеватора|от "
        "зерна] до [пачки|полки] 📦",
        "[Вопрос|Опрос] для [вас|подписчиков]: [с чем вы едите|как вы любите есть] "
        "гречку? [С молоком|С грибами] или [просто|с маслом]? 👇",
        "[Напоминаем|Важно]: [храните|держите] крупу в [сухом|прохладном] месте, [после "
        "вскрытия|открыв пачку] — в [банке|стеклянной банке] с крышкой.",
        "[Спасибо|Благодарим] [вам|всем] за [отзывы|ваши отзывы]! Все читаем [сами|"
        "лично] и [передаём|отправляем] на производство 💚",
        "[Скидка|Скидки] {shop} [до воскресенья|всю неделю]: {b} [по 89|за 95] рублей. "
        "[Успейте|Запасайтесь] 🌾",
        "[Отвечаем на частый|Разбираем популярный] вопрос: [почему|зачем] [мы|] "
        "[обжариваем|прокаливаем] "
        "[гречку|ядрицу]? Чтобы [она|крупа] [дольше|лучше] хранилась и "
        "была [рассыпчатой|ароматнее] 👇",
        "[Итоги|Победители] [розыгрыша|конкурса] [штрихкодов|со штрихкодами] — [в карточках|в "
        "посте ниже]. [Поздравляем|Поздравляем всех] 🎉",
    ),
)

_P_EXEC = Texts(
    ru=(
        "Вернулась с [полей|Алтая]. Урожай [в этом году|в этот раз] "
        "[хороший|крупный], [но|правда] [дожди|погода] [задержали|затянули] [уборку|сбор].",
        "[Десять лет|Восемь лет] назад [мы начинали|я начинала] с [одного|старого] цеха "
        "и [трёх|двух] сотрудников. [Сегодня|Сейчас] нас [140|сто двадцать]. [Спасибо|"
        "Спасибо каждому].",
        "[Читаю|Дочитала] [книгу|«Ферма»] о [семейном|малом] бизнесе. [Много|Очень "
        "много] [узнала|узнаю] [себя|про себя] {lol}",
        "[Утро|Воскресное утро], [каша|гречка] с [молоком|маслом], [кофе|чай], [тишина|"
        "никаких звонков]. [Лучшее|Идеальное] начало [дня|недели].",
        "[Выступала|Выступлю] на [конференции|форуме] [фермеров|производителей] в "
        "[Барнауле|Новосибирске] — про [упаковку|маркетплейсы]. [Волнуюсь|Готовлюсь].",
        "Меня часто спрашивают, [почему|зачем] мы [не делаем|так и не стали делать] "
        "[рис|другие крупы]. [Потому что|Ответ простой:] [лучше|хочется] "
        "делать одно, [но|зато] [хорошо|как надо].",
        "[Поздравляю|Поздравляем] нашего [технолога|главного технолога] [Ольгу|Веру] с "
        "[юбилеем|днём рождения]! Без неё не было бы [половины наших рецептур|"
        "доброй половины новинок] 💐",
        "[Новость|Хорошая новость]: [подписали|подписала] [договор|контракт] с [сетью|"
        "крупной сетью] — [с весны|скоро] {b} [будет|появится] [в регионах|ещё в 20 "
        "городах].",
        "[Пекла|Напекла] [гречневые блины|блины из гречневой муки] [с дочкой|с внучкой]. "
        "Первый блин [комом|, как водится, комом] {lol}",
        "Главное в [малом|небольшом] бизнесе — [не|никогда не] [бояться|"
        "стесняться] [звонить|позвонить] [клиентам|покупателям] [самой|лично].",
        "[Сегодня|На днях] [была|побывала] [в школе|в сельской школе] [под Бийском|в "
        "родном селе], [рассказывала|рассказала] [детям|ребятам], [как|откуда] [растёт|"
        "берётся] гречка 🌾",
        "[Отпуск|Три дня отпуска] [на Телецком озере|в Горном Алтае]. [Связи|Сети] [почти|"
        "совсем] нет, и это [прекрасно|к лучшему].",
        "Уборка [этого года|в этом году] [закончилась|завершена]: [зерно|гречка] "
        "[крупное|хорошее], [влажность|сушка] [в норме|без проблем]. [Выдыхаем|Можно выдохнуть].",
        "[Спасибо|Благодарю] [всем|каждому], кто [пишет|присылает] [нам|мне] [отзывы|рецепты]. "
        "[Читаю|Читаю всё] [сама|лично], [иногда|бывает] [до ночи|по ночам] {lol}",
        "[Сегодня|На этой неделе] [приняли|взяли] [на работу|в команду] [пятерых|троих] "
        "[выпускников|ребят] [аграрного|местного] колледжа. [Село|Район] [живёт|оживает], "
        "[когда|если] есть работа.",
    ),
)

_P_INFL_POS = Texts(
    ru=(
        "[Сравнила|Сравнили] [семь|пять] марок гречки [вслепую|в слепом тесте]. [Победила|"
        "Первое место у] {b}: {good} {e_pos}",
        "[Мой|Наш] [рецепт|фирменный рецепт]: {dish_home} — [только|исключительно] с {b_ins}. "
        "[Ссылка|Рецепт] [в описании|в профиле] {e_pos}",
        "[Нутрициолог|Как нутрициолог] [советую|рекомендую] {grain} {b_gen}: [чистый "
        "состав|состав чистый], {good}",
        "[Закупка|Закупаюсь] на [месяц|зиму]: [в корзине|в тележке] [опять|снова] {b} {e_pos}",
        "[Бюджетное|Экономное] меню на неделю: [основа|база] — {b} и [курица|овощи]. "
        "[Вышло|Получилось] [1800|две тысячи] на [двоих|семью] {e_pos}",
    ),
    en=(
        "Blind-tested [seven|five] buckwheat brands, {b} won: {good} {e_pos}",
        "My {dish_home} recipe only works with {b}. Link in bio {e_pos}",
        "As a nutritionist I [like|recommend] {b} {grain}: clean label, {good}",
    ),
)

_P_INFL_NEG = Texts(
    ru=(
        "[Отнесли|Отдали] {b} в [лабораторию|независимую лабораторию]: [остатки|следы] "
        "[пестицидов|фосфатов] [в норме|в пределах], [а вот|но] [мусора|примесей] [вдвое|"
        "больше] [нормы|допустимого] {e_neg}",
        "[Подписчики|Вы] [завалили|засыпали] [жалобами|фото] на {b}: [жучки|моль], "
        "[недовес|горечь]. [Собрала|Собрал] [всё|подборку] в [ролике|посте] {e_neg}",
        "{b} [подорожал|дорожает] [быстрее|сильнее] [инфляции|рынка] [в два раза|вдвое], а "
        "{meh} {e_meh}",
    ),
    en=(
        "Sent {b} to a lab: pesticides within limits, but [twice|double] the allowed debris "
        "{e_neg}",
        "My followers keep sending me {b} complaints: bugs, short weight, bitterness {e_neg}",
    ),
)

_P_DECOY = Texts(
    ru=(
        "[Хор|Хор ветеранов] [спел|исполнил] «Полюшко-поле» [на|в] [9 мая|День Победы], "
        "[весь|весь зал] [плакал|встал] {e_pos}",
        "[Включила|Поставила] «Полюшко-поле» в [исполнении|версии] [Ансамбля Александрова|"
        "хора Александрова] — [мурашки|до мурашек] {e_pos}",
        "[Учим|Разучиваем] с [детьми|классом] «Полюшко-поле» [к концерту|на утренник], "
        "[припев|слова] [уже|почти] [знают|выучили] {e_pos}",
        "[Бабушка|Дед] [всегда|часто] [пел|пела] «Полюшко-поле» [за столом|на праздники]. "
        "[Вспомнила|Вспомнил] {when} [и|аж] [расплакалась|прослезился]",
        "[Гитарный|Фингерстайл] [кавер|разбор] на «Полюшко-поле» — [ссылка|видео] [в "
        "профиле|ниже] 🎸",
        "[Ах|Эх], полюшко [ты моё|моё], [ромашки|васильки] [да|и] [ковыль|рожь] — "
        "[выехали|выбрались] за город {e_pos}",
        "[Конный клуб|Конюшня] «Полюшко» [за городом|в пригороде] [набирает|открыл набор] "
        "детей [на|в] [группы|секцию] верховой езды",
        "[Детский сад|Садик] «Полюшко» [победил в|занял первое место в] [городском|районном] "
        "[конкурсе|смотре] [поделок|рисунков] {e_pos}",
        "[Ансамбль|Фольклорный ансамбль] «Полюшко» [приглашает|зовёт] на [концерт|вечер] "
        "[народной|казачьей] песни [в субботу|в воскресенье]",
        "[Оркестр|Духовой оркестр] [сыграл|играл] «Полюшко-поле» [в парке|на набережной], "
        "народ [подпевал|подпевал хором] {e_pos}",
        "[Кафе|Столовая] «Полюшко» [у трассы|на выезде из города] — [домашние|"
        "настоящие] [щи|пельмени] и [компот|морс] {e_pos}",
        "[Полюшко|Маленькое полюшко] за [домом|дачей] [засеяли|засадили] [клевером|"
        "горчицей], [пчёлы|шмели] [довольны|счастливы] {e_pos}",
        "[Переложение|Аранжировка] «Полюшко-поле» для [баяна|фортепиано] — [ноты|партитура] "
        "[выложу|скину] [в комментариях|позже]",
        "[На|В] [караоке|корпоративе] [начальник|главбух|сисадмин] [затянул|завёл] "
        "«Полюшко-поле», [весь|целый] "
        "[офис|отдел] [подхватил|подпевал] {lol}",
        "[Деревня|Село] Полюшко в [Тверской|Калужской] области — [пять|"
        "восемь] домов, [тишина|речка] и [грибы|земляника] {e_pos}",
        "[Сказка|Книжка] «[Полюшко|Про полюшко]» [для малышей|детям на ночь] — [читаем|"
        "перечитываем] [каждый вечер|уже неделю] {e_pos}",
    ),
    en=(
        "«Polyushko-pole» by the Red Army Choir still gives me chills {e_pos}",
        "Learning «Polyushko Pole» on [guitar|piano], that melody is [haunting|gorgeous]",
        "TIL «Polyushko-polye» is the song Western audiences call «Meadowland» {e_meh}",
        "The brass band played «Polyushko Pole» in the park {when}, [beautiful|lovely] {e_pos}",
        "Our choir is rehearsing «Polyushko Pole» for the [spring|winter] concert {e_pos}",
    ),
)

_P_DECOY_NEG = Texts(
    ru=(
        "[Ужас|Кошмар], [школьный|детский] хор [так|настолько] [фальшиво|мимо нот] [спел|"
        "исполнил] «Полюшко-поле», [что|аж] [уши|уши] [свернулись|завяли] {lol}",
        "[Детский сад|Садик] «Полюшко» [закрывают|хотят закрыть] [на ремонт|из-за аварии], "
        "[родители|мамы] [в панике|возмущены] {e_neg}",
        "Сосед [в три часа ночи|опять ночью] врубил "
        "«Полюшко-поле» на [всю катушку|полную громкость]. [Спать|Уснуть] [невозможно|"
        "нельзя] {e_neg}",
        "[Исполнили|Спели] «Полюшко-поле» [в стиле|в ремиксе] [техно|хардбасс], [у меня|у деда] "
        "[слов нет|истерика] {e_meh}",
        "Полюшко за [деревней|околицей] [продали|отдали] [под коттеджи|под склады], "
        "[плакать хочется|жалко до слёз] {e_neg}",
    ),
    en=(
        "Neighbour blasting «Polyushko Pole» at 3am [again|for the third night], I can't "
        "sleep {e_neg}",
    ),
)

POLYUSHKO = BrandTexts(
    vocab=_P_VOCAB, positive=_P_POSITIVE, neutral=_P_NEUTRAL, negative=_P_NEGATIVE,
    question=_P_QUESTION, complaint=_P_COMPLAINT, comment=_P_COMMENT, reply=_P_REPLY,
    answer=_P_ANSWER, thanks=_P_THANKS, still_broken=_P_STILL_BROKEN,
    review_pos=_P_REVIEW_POS, review_neg=_P_REVIEW_NEG, review_answer=_P_REVIEW_ANSWER,
    review_thanks=_P_REVIEW_THANKS, review_dispute=_P_REVIEW_DISPUTE,
    official_post=_P_OFFICIAL, exec_post=_P_EXEC, influencer_pos=_P_INFL_POS,
    influencer_neg=_P_INFL_NEG, decoy=_P_DECOY, decoy_neg=_P_DECOY_NEG,
)


# ------------------------------------------------------------------------------ «Волна»
_V_VOCAB = Vocab(
    ru={
        "good": ("4G [летает|просто летает]", "[связь|сигнал] [стабильная|ровный], [ни одного|"
                 "без] [обрыва|обрывов]", "[скорость|интернет] [норм|нормальный] [даже|и] "
                 "[в час пик|вечером]", "[поддержка|оператор] [ответила|ответил] за [минуту|"
                 "пару минут]", "[тариф|абонентка] [честная|без сюрпризов]",
                 "[ничего|ни копейки] [лишнего|не списывают]"),
        "meh": ("[связь как связь|обычная связь]", "[работает|ловит] и [ладно|ладно уж]",
                "[ни плохо|не плохо], ни [хорошо|отлично]", "[терпимо|сойдёт], [не более|"
                "без восторга]", "[как у всех|как у остальных], [в общем|короче]"),
        "svc": ("[мобильный интернет|мобильный инет]", "роуминг", "eSIM", "[перенос "
        "номера|перенос номера с "
                "сохранением]", "[домашний интернет|домашний вайфай]", "автоплатёж",
                "[семейная группа|семейный пакет]", "[раздача|раздача интернета]",
                "[звонки по Wi-Fi|вайфай-звонки]", "[личный кабинет|приложение]"),
        "tariff": ("[тариф «Прибой»|«Прибой»]", "[тариф «Бриз»|«Бриз»]", "[тариф «Штиль»|«Штиль»]",
                   "[тариф «Прилив»|«Прилив»]", "[тариф «Цунами»|безлимитный «Цунами»]",
                   "[тариф «Гольфстрим»|«Гольфстрим»]"),
        "where": ("[в метро|в метро на перегоне]", "[на даче|на даче под городом]", "[в лифте|в "
        "нашем лифте]",
                  "[в электричке|в пригородной электричке]", "[в Подмосковье|в области]",
                  "[на трассе|на М-4]", "[в офисе|у нас в офисе]", "[дома|у себя дома]",
                  "[в подвале|в паркинге]", "[в деревне|в деревне у мамы]",
                  "[в торговом центре|в ТЦ]", "[на вокзале|на Ленинградском вокзале]"),
        # the everyday sense of «волна» (decoys)
        "sea": ("[на Чёрном море|на Черноморском побережье]", "[в Анапе|под Анапой]", "[на "
        "Бали|на Бали в Чангу]",
                "[в Сочи|в Адлере]", "[на Азове|на Азовском "
                "море]", "[в Геленджике|в Кабардинке]", "[на Камчатке|на Халактырском пляже]",
                "[в Териберке|на Баренцевом море]", "[на Ладоге|на Ладожском озере]", "[в "
                "Дагомысе|в Лоо]"),
        # event keys (see the brief's vocabulary contract)
        "guard_venue": ("в салоне связи на Садовой у центрального рынка",
                        "в салоне связи на проспекте Мира у остановки «Рижская»",
                        "в фирменном салоне на Красной улице у здания почтамта"),
        "ignored_issue": ("мобильный интернет не работает с понедельника, а абонентку "
                          "списали полностью",
                          "каждый день с баланса списывают деньги за подписку, которую я не "
                          "подключал",
                          "номер не переносится к вам уже двенадцатый день, а старый "
                          "оператор его отключил"),
        "gaffe_topic": ("тех, кто [десять лет|годами] сидит на архивном тарифе [за 200 рублей|за "
        "двести рублей] и ещё чем-то недоволен",
                        "людей, которые [звонят|названивают] в поддержку из-за каждого "
                        "потерянного мегабайта",
                        "тех, кто [купил|построил] дом в поле за сто километров и "
                        "[ноет|жалуется], что там не ловит"),
        "fake_claim": ("с первого числа оператор начнёт читать переписки всех абонентов",
                       "базу номеров абонентов продали мошенникам целиком",
                       "все сим-карты старше пяти лет отключат без предупреждения"),
    },
    en={
        "good": ("4G is [flying|blazing]", "[rock-solid|stable] signal, no drops",
                 "speeds [hold up|are fine] even at peak hours", "support answered in [a "
                 "minute|two minutes]", "[honest|no-surprise] pricing",
                 "no [hidden|sneaky] charges"),
        "meh": ("it's [just|basically] a phone network", "[works|it works], I guess",
                "[neither|not] great nor terrible", "[fine|tolerable], nothing more"),
        "svc": ("[mobile data|cellular data]", "roaming", "eSIM", "[number porting|porting my "
        "number]",
                "[home internet|home broadband]",
                "autopay", "[family plan|family bundle]", "hotspot", "[Wi-Fi calling|wifi calling]",
                "[the app|the account app]"),
        "tariff": ("the «Priboy» [plan|tariff]", "the «Briz» [plan|tariff]", "[the «Shtil» "
        "plan|«Shtil»]",
                   "[the «Priliv» plan|«Priliv»]", "[the «Tsunami» unlimited|«Tsunami»]"),
        "where": ("[on the metro|on the metro between stations]", "[at the dacha|at our dacha]",
                  "[in the elevator|in our building's elevator]", "[on the train|on the commuter "
                  "train]",
                  "[in the suburbs|outside the city]", "[on the highway|on the M4]",
                  "[at the office|at work]", "[at home|in my flat]", "[in the parking garage|"
                  "underground parking]", "[in the village|in my mum's village]"),
        "sea": ("[on the Black Sea|on the Black Sea coast]", "[in Anapa|near Anapa]", "[in "
        "Bali|in Canggu]",
                "[in Sochi|in Adler]", "[on the Azov|at "
                "the Sea of Azov]", "[in Gelendzhik|in Kabardinka]", "[in Kamchatka|on Kamchatka]",
                "[in Teriberka|up in Teriberka]", "[in Portugal|at Nazaré]", "[in Hawaii|on Oahu]"),
        "guard_venue": ("at the phone shop on Sadovaya by the central market",
                        "at the phone shop on Prospekt Mira by the Rizhskaya stop",
                        "at the flagship store on Krasnaya Street by the post office"),
        "ignored_issue": ("my mobile data has been dead since Monday and I was charged the "
                          "full monthly fee",
                          "money is taken from my balance every day for a subscription I "
                          "never signed up for",
                          "my number has been stuck in porting for twelve days and the old "
                          "carrier already cut it off"),
        "gaffe_topic": ("people who [have sat|have been sitting] on a 200-ruble legacy plan for "
        "ten years and still complain",
                        "people who [ring|call] support over every lost megabyte",
                        "people who [bought|built] a house in a field a hundred km out and whine "
                        "there's no signal"),
        "fake_claim": ("from the first of the month the operator will read every "
                       "subscriber's messages",
                       "the entire subscriber database was sold to scammers",
                       "every SIM card older than five years will be cut off without "
                       "warning"),
    },
)

_V_POSITIVE = Texts(
    ru=(
        "[Перешла|Перешёл] на {b_acc} [месяц назад|полгода назад] — {good} {e_pos}",
        "[Удивительно|Надо же], но {b} [ловит|ловит даже] {where}. {good} {e_pos}",
        "[Спасибо|Респект] {b_dat}: {good}. [Не ожидал|Не ожидала] {e_pos}",
        "{tariff} от {b_gen} — [лучшее|самое выгодное], что я [находил|нашла] за [эти "
        "деньги|свои деньги] {e_pos}",
        "[Съездил|Съездила] в [Турцию|Армению], {svc} [у|от] {b_gen} [работал|отработал] "
        "[без проблем|идеально] {e_pos}",
        "Поддержка {b_gen} [решила|закрыла] [вопрос|проблему] за [пять|три] "
        "минут. [Живой человек|Не бот], [представляете|прикиньте]? {e_pos}",
        "{b} [единственный|один-единственный] оператор, [который|что] [ловит|тянет] {where}. "
        "[Люблю|Обожаю] {e_pos}",
        "[Подключил|Настроила] {svc} в {b_pre} за [две минуты|пару минут], [всё сам|"
        "без похода в салон] {e_pos}",
        "На {b_pre} [уже|вот уже] [пять|семь] лет, [ни разу|никогда] не "
        "подводила. {good}",
        "{b} [подарила|дали] [гигабайты|10 ГБ] на день рождения. [Мелочь|Пустяк], а "
        "[приятно|приятно же] {e_pos}",
        "[Замерил|Померил] скорость {b_gen} {where}: [80|95] Мбит. [Кто там|А кто] "
        "[говорил|ругал], что [плохо|не ловит]? {e_pos}",
        "[Мама|Бабушка] [наконец|сама] [разобралась|освоила] приложение {b_gen}. [Это|Вот это] "
        "[говорит|о чём-то говорит] {lol}",
        "Абонентка {b_gen} [не|ни разу не] [менялась|поднималась] [два года|год]. "
        "[Уважаю|Редкость] {e_pos}",
        "[Все|Все вокруг] [жалуются|ругаются] на [связь|операторов], а у меня {b} — и {good}",
        "{svc} {b_gen} — [реально|правда] [удобная штука|работает как надо], [я доволен|мы в "
        "восторге] "
        "{e_pos}",
        "[Переносила|Перенесла] номер в {b_acc} — [заняло|всё заняло] [день|сутки], [без|"
        "никаких] [танцев с бубном|нервов] {e_pos}",
        "[Звоню|Звонил] [маме|сестре|бабушке] [с дачи|из деревни] через {b_acc} — [слышно|слышно "
        "отлично], "
        "[как|будто] [рядом|в соседней комнате] {e_pos}",
        "[Стадион|Концерт], [40 тысяч|толпа] людей, а у меня {b} [грузит|грузила] "
        "[сторис|видео]. [Магия|Чудеса] {e_pos}",
        "Бонусы от {b_gen} [реально|честно] [копятся|капают], [оплатил|закрыл] "
        "[месяц|абонентку] баллами {e_pos}",
        "[Оператор|Сотрудник] {b_gen} в салоне [помог|помогла] [восстановить|перевыпустить] "
        "[симку|сим-карту] за [10 минут|пять минут] {e_pos}",
        "[Кто|Кто ещё] [выбирает|ищет] оператора — [берите|советую] {b_acc}, {good}",
        "[Давно|Очень давно] не [писал|писала] [хорошего|добрых слов] про операторов. "
        "{b} — [исключение|приятное исключение] {e_pos}",
        "С {b_gen} [без проблем|спокойно] раздаю [интернет|вайфай] на [ноутбук|"
        "планшет], {good}",
        "{tariff} [плюс|+] семейная группа в {b_pre} — [экономим|сэкономили] [тыщу|"
        "тысячу] в месяц {e_pos}",
        "Застряла [в лифте|в электричке] [на час|на полчаса], {b} [ловила|тянула] "
        "[отлично|без проблем], досмотрела [сериал|матч] {lol}",
        "[Папа|Дед] [всю жизнь|сорок лет] [ругал|ругал всех] операторов, а {b_acc} [хвалит|вдруг "
        "хвалит]. [Исторический момент|Это рекорд] {lol}",
        "[Удалёнка|Работаю удалённо] [с дачи|из деревни] [через|на] {b_pre} — [созвоны|зум] [без "
        "лагов|без обрывов] [второй месяц|всё лето] {e_pos}",
        "[Мошенник|Спамер] [позвонил|набрал], а у {b_gen} [сразу|заранее] высветилось «[вероятно "
        "спам|мошенник]». [Вот|Вот это] [полезно|дело] {e_pos}",
    ),
    en=(
        "Switched to {b} [a month|six months] ago and {good} {e_pos}",
        "{b} actually works {where}[|, shocking]. {good} {e_pos}",
        "{tariff} from {b} is the best deal I've found [for the price|so far] {e_pos}",
        "{b} roaming worked [flawlessly|perfectly] in [Turkey|Armenia|Georgia] {e_pos}",
        "{b} support fixed my issue in [five|three] minutes. A real human! {e_pos}",
        "Set up {svc} with {b} in [two|a couple of] minutes, no store visit {e_pos}",
        "[Five|Seven] years with {b}, never let me down. {good}",
        "Ran a speed test on {b} {where}: [80|95] Mbps {e_pos}",
        "My [mum|grandma] figured out the {b} app on her own. That says a lot {lol}",
        "{b} hasn't raised my plan price in [two years|a year]. Respect {e_pos}",
        "Ported my number to {b} in a day, [zero|no] drama {e_pos}",
        "[Stadium|Concert] with [40k|thousands of] people and {b} still loaded my stories "
        "{e_pos}",
        "Paid my whole month with {b} bonus points[| lol] {e_pos}",
        "Looking for a carrier? [Get|Try] {b}, {good}",
        "{b} hotspot kept my laptop online all [day|trip], {good} {e_pos}",
        "Everyone complains about their carrier, meanwhile {b}: {good} {e_pos}",
        "Family plan on {b} saves us [a thousand|~1000] rubles a month {e_pos}",
        "The {b} store guy reissued my SIM in [ten|five] minutes {e_pos}",
        "Stuck in an elevator for an hour and {b} still streamed the match fine {lol}",
        "My dad has hated every carrier for forty years and now he [praises|likes] {b}. Historic "
        "{lol}",
        "{b} flagged a scam call as «likely spam» before I picked up. Useful {e_pos}",
    ),
    mixed=(
        "{b} [реально|really] [топ|top], {good} {e_pos}",
        "Роуминг от {b_gen} в [Georgia|Грузии] — [works perfectly|работал идеально] {e_pos}",
        "[Support|Саппорт] {b_gen} [ответил|replied] за минуту, [impressive|круто] {e_pos}",
        "{b} speed test {where}: [95|80] Mbps, [не ожидал|didn't expect] {e_pos}",
        "Перенесла номер в {b_acc}, [zero drama|без drama] {e_pos}",
    ),
)

_V_NEUTRAL = Texts(
    ru=(
        "[Подскажите|Кто знает], у {b_gen} есть {svc}? [Или|Или только] в [Москве|крупных "
        "городах]?",
        "[Думаю|Подумываю] [перейти|уйти] на {b_acc}. [Кто|Кто-нибудь] [пользуется|сидит], "
        "как [связь|сеть] {where}? {e_meh}",
        "{b} [запустил|запускает] {tariff}, [абонентка|цена] [450|550] [в месяц|₽]. [Разбираюсь|"
        "Изучаю] условия",
        "[Сижу|Сидим] на {b_pre} [третий|пятый] год, {meh} {e_meh}",
        "[Где|А где] в {b_pre} [посмотреть|найти] [остаток|остаток гигабайтов]? [В "
        "приложении|В кабинете] не [вижу|нашёл] {e_meh}",
        "{b} [купил|покупает] [регионального|небольшого] оператора [на Урале|в Сибири], "
        "[пишут|сообщают] [в новостях|РБК]",
        "[Кто-нибудь|Кто-то] [знает|в курсе], [как|где] в {b_pre} [отключить|выключить] "
        "[рекламные СМС|СМС-рассылки]?",
        "[Салон|Офис] {b_gen} переехал [на соседнюю улицу|в новый ТЦ], [если что|"
        "кому надо]",
        "{b} [или|vs] [другие|большая тройка]? [Выбираю|Выбираем] оператора для [мамы|"
        "ребёнка] {e_meh}",
        "{b} [обновил|обновила] приложение, [кнопка пополнения теперь внизу|"
        "раздел «Баланс» переехал] {e_meh}",
        "[Сколько|Сколько сейчас] [стоит|стоит у] {b_gen} {svc}? [На сайте|На сайте у них] "
        "[путано|запутанно] {e_meh}",
        "[Читаю|Прочитал] [отчёт|новость]: у {b_gen} [29|31] млн абонентов, "
        "выручка [растёт|+8%]",
        "{b} [тестирует|запускает] 5G в г. {city}, [вышки|станции] [уже ставят|монтируют] "
        "{e_meh}",
        "[У|А у] {b_gen} [есть|бывает] [тариф|предложение] [для|специально для] [пенсионеров|"
        "студентов]?",
        "[Короче|Итак], [сравнила|сравнил] {tariff} и [тарифы|предложения] [других|соседей]: "
        "[разница|разница в цене] [копеечная|рублей сто] {e_meh}",
        "[Видел|Увидел] [рекламу|билборд] {b_gen} [с дельфином|с серфером] на [трассе|"
        "остановке]. [Красиво|Ну ок] {e_meh}",
        "Как в {b_pre} [подключить|включить] {svc}? [Инструкцию не нашёл|"
        "Инструкция какая-то старая]",
        "{b} [будет|станет] [спонсором|генеральным партнёром] [фестиваля|марафона] в г. {city}, "
        "[говорят|пишут]",
        "[Номер|Мой номер] [на|в] {b_pre} [с|ещё с] [2009|2012] года. [Кто|Кто-то] "
        "[дольше|больше]? {lol}",
        "[Есть|А есть] в {b_pre} [eSIM|ешка] для [часов|Apple Watch]? {e_meh}",
        "{b} [меняет|сменил] [логотип|фирменный цвет] на [бирюзовый|синий]. {e_meh}",
        "[Вопрос|Вопросик] к [абонентам|пользователям] {b_gen}: {svc} в "
        "[Беларуси|Казахстане] [платный|включён]?",
        "[На|В] {b_pre} [сейчас|сейчас какая-то] акция для [новых|переходящих] "
        "абонентов? [Друг|Коллега] [говорит|уверяет]",
        "{b} [открыл|открывает] [набор|вакансии] в [поддержку|колл-центр] в г. {city}, "
        "[удалёнка|гибрид] {e_meh}",
        "[Пополнил|Пополнила] {b_acc} через [банк|СБП], [деньги пришли|платёж прошёл] "
        "[сразу|мгновенно]",
        "[Смотрю|Посмотрел] [презентацию|конференцию] {b_gen}: [обещают|планируют] [покрытие|"
        "вышки] [вдоль трасс|на трассах] [к лету|к концу года]",
        "[Вчера|Сегодня] [оформила|взяла] [симку|сим-карту] {b_gen} [для планшета|"
        "в роутер] на даче. [Посмотрим|Будем смотреть] {e_meh}",
        "[Друзья|Коллеги], [кто|кто из вас] на {b_pre}, [скиньте|дайте] [реферальный код|"
        "промокод] {e_meh}",
        "Про {b_acc} в [телеге|Телеграме] [опять|снова] [спорят|обсуждают], "
        "[что|какой] [лучше|выбрать] {e_meh}",
        "{b} [выпустила|выпустил] [свой|собственный] [роутер|смартфон]? [Это|Это вообще] "
        "[зачем|для кого]? {e_meh}",
        "[На|В] [вокзале|аэропорту] [раздавали|раздают] [бесплатные|] [симки|сим-карты] "
        "{b_gen}, [взял|взяла] [одну|парочку] [на всякий|про запас]",
        "{b} [обещает|пообещал] [бесплатный|] [Wi-Fi|вайфай] [в|во всех] [электричках|"
        "поездах] [к осени|до весны]",
        "[Переезжаю|Переезжаем] в [новостройку|новый район], [кто|кто-нибудь] [знает|в курсе], "
        "как там {b} [ловит|по связи]? {e_meh}",
        "[Оформил|Оформила] {b_acc} [ребёнку|сыну] на [детские часы|часы с симкой], "
        "[посмотрим|будем смотреть], как [пойдёт|будет работать]",
        "{b} [прислала|прислал] [опрос|анкету] [про качество связи|об удовлетворённости] — "
        "[заполнил|заполнила], [поставил|поставила] [семь|восемь] из десяти {e_meh}",
        "[Кстати|Между прочим], у {b_gen} [сегодня|с сегодняшнего дня] [новые|другие] "
        "[номера|короткие номера] [поддержки|горячей линии], [сохраните|запишите]",
        "[Сравнил|Сравнила] [чеки|расходы] на связь за год: [Волна|{b}] — [7800|8200], [у жены|у "
        "мужа] [другой оператор|другой] — [9100|9600] {e_meh}",
        "[В|На] [вокзале|аэропорту] [стоит|поставили] [автомат|терминал] {b_gen} [с симками|для "
        "выдачи SIM], [прикольно|интересно] {e_meh}",
        "[Есть|А есть] [кто-то|кто], кто [работает|работал] в {b_pre}? [Как|Как там] [по "
        "отношению|с отношением] к [сотрудникам|людям]?",
        "{b} [переименовал|переименовала] [тарифы|линейку тарифов] в [морские|«морские»] "
        "названия, [теперь|и теперь] [я|мы] на {tariff} {lol}",
    ),
    en=(
        "Does {b} have {svc}? Or only in [big cities|Moscow]?",
        "Thinking of switching to {b}. How's the signal {where}? {e_meh}",
        "{b} launched {tariff}, [450|550] rubles a month. Reading the fine print",
        "Been on {b} for [three|five] years, {meh} {e_meh}",
        "Where do you check remaining data in the {b} app? {e_meh}",
        "{b} is buying a regional carrier in [the Urals|Siberia], per the news",
        "How do I turn off promo texts from {b} [for good|permanently]?",
        "{b} or the big three? Picking a carrier for my [mum|kid] {e_meh}",
        "{b} [redesigned|updated] its app, the top-up button moved {e_meh}",
        "{b} reports [29|31] million subscribers, revenue [up 8%|growing]",
        "{b} is [testing|trialling] 5G in {city} {e_meh}",
        "Does {b} have a plan for [students|pensioners]?",
        "Saw a {b} billboard with a [dolphin|surfer] on the highway {e_meh}",
        "How do I enable {svc} on {b}? The guide looks outdated",
        "Had the same {b} number since [2009|2012]. Anyone longer? {lol}",
        "Does {b} support eSIM for [watches|an Apple Watch]? {e_meh}",
        "{b} is hiring support staff in {city}, remote [ok|allowed] {e_meh}",
        "{b} is rebranding to [teal|blue] apparently {e_meh}",
        "Anyone on {b} [have|got] a referral code? {e_meh}",
        "Got a {b} SIM for the router at the dacha, we'll see {e_meh}",
        "Is {b} roaming in [Kazakhstan|Belarus] included or extra?",
        "{b} [promises|says] free Wi-Fi on commuter trains by [autumn|spring]",
        "{b} made its own router? Who is that for? {e_meh}",
        "Moving to a new build, anyone know how {b} coverage is there? {e_meh}",
        "Got my kid a {b} SIM for [his smartwatch|the watch], we'll see how it goes",
        "{b} sent me a satisfaction survey, gave them a [seven|7] out of ten {e_meh}",
        "Anyone here [work|worked] at {b}? How do they treat staff?",
    ),
    mixed=(
        "Кто на {b_pre}, how's the [coverage|покрытие] {where}? {e_meh}",
        "{b} запустил {tariff}, [price|цена] [450|550], [thinking about it|думаю] {e_meh}",
        "Есть у {b_gen} eSIM [for watch|для часов]? {e_meh}",
        "[Switching|Перехожу] на {b_acc}, [any tips|есть советы]? {e_meh}",
        "{b} или big three — [which one|что выбрать]? {e_meh}",
    ),
)

_V_NEGATIVE = Texts(
    ru=(
        "{b} [опять|снова] [не ловит|без сети] {where}. [Плачу|Я плачу] за [что|воздух]? "
        "{e_neg}",
        "[Мобильный интернет|Интернет] {b_gen} [еле|еле-еле] [грузит|ползёт], [страница|"
        "картинка] [минуту|полминуты] [открывается|грузится] {e_neg}",
        "{b} [списала|сняла] [деньги|299 ₽] за [подписку|какую-то подписку], которую я "
        "[не подключал|в глаза не видела]. [Верните|Воры] {e_neg}",
        "[Поддержка|Саппорт] {b_gen} [снова|опять] [бот|робот], [до человека|до живого "
        "оператора] [не добраться|не дозвониться] [сорок минут|полчаса] {e_neg}",
        "{b} [подняла|подняли] [абонентку|тариф] [без предупреждения|молча], [третий раз|"
        "второй раз] за год. [Спасибо|Мерси] {e_neg}",
        "[Звонок|Звонки] [обрываются|срываются] [каждые|через каждые] [две|три] минуты. "
        "{b}, [вы|ну вы] [серьёзно|издеваетесь]?",
        "Роуминг {b_gen} [не заработал|не включился], [сидел|сидела] [без связи|"
        "без интернета] [всю поездку|три дня] {e_neg}",
        "[Перенос|Переход] номера в {b_acc} [тянется|длится] [вторую неделю|десять дней], "
        "[номер|старый номер] [уже отключён|не работает] {e_neg}",
        "[Скорость|Скорость у] {b_gen} {where} — [0,5|0,3] Мбит. [Как|Как так], [это же|"
        "вроде] 4G? {e_neg}",
        "{b} [шлёт|присылает] [спам|рекламу] [по 5|по десять] раз в день, [отписаться|"
        "отключить] [невозможно|нельзя] {e_neg}",
        "[Пришёл|Пришел] [счёт|чек] от {b_gen} на [1800|2300] вместо [600|650]. [За что|"
        "Откуда]? {e_neg}",
        "[Приложение|Личный кабинет] {b_gen} [висит|вылетает] [при входе|на главной] "
        "[с утра|третий день]. [Отлично|Прекрасно] {sigh}",
        "[Ушёл|Ухожу] с {b_gen}. [Три года|Пять лет] [терпел|терпела], [хватит|всё] {e_neg}",
        "[Уже|Опять] [сутки|весь день] [нет связи|пропала сеть] {where}. {b} "
        "[молчит|никак не комментирует] {e_neg}",
        "{b} [ловит|работает] [только|лишь] [у окна|на балконе]. [Жить|Жить так] "
        "[невозможно|тяжело] {e_neg}",
        "[Кто|Кто вообще] [придумал|разрабатывал] тарифы {b_gen}? [Чёрт ногу сломит|Без "
        "поллитра не разберёшься] {e_neg}",
        "[Симку|Сим-карту] {b_gen} [заблокировали|отключили] [без причины|ни с того ни с "
        "сего], [в салоне|в офисе] [разводят руками|не знают почему] {e_neg}",
        "[Оплатил|Оплатила] {tariff}, [а|но] [гигабайты так и не пришли|"
        "пакет не начислили]. {sigh}",
        "{b} [опять|снова] подключила [платные|какие-то] [услуги|развлекалки] "
        "[без спроса|сама]. [Это|Это уже] [развод|воровство] {e_neg}",
        "{svc} {b_gen} [не работает|отвалился] [с|ещё с] {when}. [Жалобу|Заявку] [приняли|"
        "приняли и] [забыли|тишина] {e_neg}",
        "[Звоню|Дозваниваюсь] [маме|мужу|брату] — [абонент|«абонент] [недоступен|вне сети»], хотя "
        "[рядом|стоим рядом]. {b}, [что|что за] [цирк|бардак]? {lol}",
        "[Мошенники|Спамеры] [звонят|названивают] [на|мне на] номер {b_gen} [по 10|по "
        "пятнадцать] раз [в день|за день]. [Защита|Антиспам] [не работает|не спасает] {e_neg}",
        "[Ненавижу|Бесит], [когда|что] {b} [режет|обрезает] скорость [после|уже после] "
        "[10|15] ГБ на [«безлимите»|безлимитном тарифе] {e_neg}",
        "{b} [отвечает|ответила] [шаблоном|копипастой] «[мы|наши специалисты] [работаем|"
        "проверяют]». [Неделю|Пятый день] [работают|проверяют] {e_neg}",
        "В [салоне|офисе] {b_gen} [очередь на час|стояли полтора часа], а из "
        "[пяти|четырёх] окон работает одно {e_neg}",
        "[Разочарован|Разочарована] {b_ins}. [Раньше|Года два назад] [было|связь была] "
        "[норм|нормально], [теперь|сейчас] {where} [вообще|совсем] [мертво|глухо] {e_neg}",
        "{b} [берёт|снимает] деньги за {svc}, хотя я [этим не пользуюсь|ни разу "
        "этим не пользовался]. [Верните|Отключите] {e_neg}",
        "[Говорят|Сказали] в {b_pre}: «проблема на вашей стороне"
        "[|, перезагрузите телефон]». [Я|Я уже] [перезагрузил|перезагружала] [раз 20|"
        "десять раз] {e_neg}",
        "[Сегодня|Опять] [весь|полдня] [район|микрорайон] без {b_gen}. [Никаких|Ни одного] "
        "[уведомлений|объяснений]. [Позор|Стыдоба] {e_neg}",
        "{b} прислала [смс|сообщение] о [повышении|«изменении»] [цены|тарифа] "
        "[за день|за сутки] [до|до списания]. [Удобно|Очень удобно] {sigh}",
        "[Мама|Бабушка] [случайно|сама] [подключила|нажала] [что-то|что-то там] в "
        "приложении {b_gen}, [списали|сняли] [700|восемьсот]. [Верните пенсию|"
        "Как так вообще] {e_neg}",
        "[В метро|На эскалаторе] {b} [пропадает|теряется] [напрочь|совсем], [сообщения|"
        "мессенджеры] [не уходят|висят] {e_neg}",
        "[Двойное списание абонентки|Дважды списали абонентскую плату] {b_gen}. [Деньги|"
        "Вернуть] [обещали|обещают] [за 30 дней|в течение месяца]. [Серьёзно|Ну-ну]? {e_neg}",
        "{b} — [это|самый] [худший|отвратительный] оператор из [всех|тех], что у меня "
        "[были|были за жизнь] {e_neg}",
        "[Уехал|Уехали] [на дачу|за город] на выходные — [связи|интернета] [ноль|никакой]. "
        "[Спасибо|Благодарствую], {b} {e_neg}",
        "[Пишу|Пишу это] [через вайфай соседа|с чужого вайфая], [потому что|т.к.] {b} [лежит|"
        "лёг] [с утра|весь день] {e_neg}",
        "[Оператор|Сотрудник] {b_gen} [на горячей линии|по телефону] [бросил|положил] "
        "трубку [на середине|посреди] [разговора|фразы]. [Хамство|Класс] {e_neg}",
        "[Перевыпуск|Замена] [симки|сим-карты] в {b_pre} — [300|500] рублей. [За кусок|За "
        "кусочек] пластика. [Ага|Угу] {e_neg}",
        "{b} [не может|не в состоянии] [наладить|починить] [связь|вышку] у нас [уже|вот уже] "
        "[полгода|год]. [Жалобы|Заявки] [пишем|пишем толпой] — [толку|результата] [ноль|нет] "
        "{e_neg}",
        "Семейную группу в {b_pre} [расформировали|«обновили»] [без спроса|"
        "сами], [теперь|и теперь] [платим|плачу] [вдвое|в два раза] больше {e_neg}",
        "[Кто|Кто ещё] [сидит на|на] {b_pre} — у вас [тоже|так же] [связь|интернет] [умер|"
        "пропал] {when}? {e_neg}",
        "[Опять|Снова] [пропала|исчезла] {b} [в подъезде|в лифте], [выхожу|приходится выходить] "
        "[на улицу|во двор] [позвонить|чтобы позвонить]. [Двадцать первый век|2026 год] {e_neg}",
        "{b} [пишет|присылает] «[скорость снижена|лимит исчерпан]», хотя я "
        "[пол-месяца|полмесяца] [почти не пользовался|сидел дома на вайфае] {e_neg}",
        "[Маме|Бабушке] [позвонили|звонили] [якобы|как будто] [из|от] {b_gen} и [выманили|чуть не "
        "выманили] код. [Где|А где] ваша защита? {e_neg}",
        "[Уже|Вот уже] [полгода|год] [обещают|«обещаем»] [вышку|станцию] [в нашем|у нас в] "
        "[посёлке|СНТ], а {b} [как не ловил|так и не ловит] {e_neg}",
        "[Позвонил|Дозвонился] в {b_acc}, [оператор|девушка] [минут 15|четверть часа] "
        "[предлагала|впаривала] [новый тариф|допуслуги], а мою проблему [так и не "
        "решила|даже не выслушала] {e_neg}",
    ),
    en=(
        "{b} has no signal {where} again. What am I paying for? {e_neg}",
        "{b} data is crawling, a page takes [a minute|30 seconds] to load {e_neg}",
        "{b} charged me for a subscription I never [signed up for|added]. Give it back {e_neg}",
        "{b} support is a bot again, can't reach a human for [40|30] minutes {e_neg}",
        "{b} raised my plan price [without notice|silently], [second|third] time this year "
        "{e_neg}",
        "Calls keep dropping every [two|three] minutes. {b}, seriously?",
        "{b} roaming didn't work, [no data|offline] the whole trip {e_neg}",
        "Porting my number to {b} is taking [two weeks|ten days] and the old one is dead "
        "{e_neg}",
        "{b} speed {where}: [0.5|0.3] Mbps. On 4G. {e_neg}",
        "{b} spams me [5|ten] times a day and there's no opt-out {e_neg}",
        "My {b} bill came to [1800|2300] instead of [600|650]. [Why|For what]? {e_neg}",
        "The {b} app has been crashing [all day|for three days]. {sigh}",
        "Leaving {b}. [Three|Five] years of this is enough {e_neg}",
        "No {b} signal {where} for [a day|24 hours] and not a word from them {e_neg}",
        "{b} only works by the window. [Can't live like this|This is no way to live] {e_neg}",
        "{b} blocked my SIM for no reason and the store [shrugs|has no idea why] {e_neg}",
        "Paid for {tariff} and {b} never added the data. {sigh}",
        "{b} signed me up for paid extras again without asking. That's theft {e_neg}",
        "{b} throttles my [«unlimited»|unlimited] plan after [10|15] GB {e_neg}",
        "Waited [an hour|90 minutes] at the {b} store, one [counter|desk] open out of five "
        "{e_neg}",
        "{b} keeps charging me for {svc} I don't use {e_neg}",
        "{b} support: «restart your phone». I've restarted it [20|ten] times {e_neg}",
        "Whole neighbourhood without {b} [today|since morning], zero updates {e_neg}",
        "{b} double-charged my monthly fee and says refunds take 30 days {e_neg}",
        "Worst carrier I've ever had[, {b}|: {b}, hands down] {e_neg}",
        "Typing this on [someone's|borrowed] Wi-Fi because {b} is down {e_neg}",
        "{b} hotline agent hung up on me mid-sentence {e_neg}",
        "Spam calls [10|15] times a day on my {b} number, the spam filter does nothing "
        "{e_neg}",
        "{b} [merged|changed] our family plan without asking, now we pay double {e_neg}",
        "[Anyone else|Anybody] on {b} lose signal {when}? {e_neg}",
        "{b} drops in my stairwell, I have to go outside to make a call. In 2026 {e_neg}",
        "Scammers called my [mum|grandma] pretending to be {b} and almost got the code. Where is "
        "the protection? {e_neg}",
        "The {b} rep spent 15 minutes pushing a new plan and never fixed my actual problem {e_neg}",
    ),
    mixed=(
        "{b} опять [no signal|без сети] {where}, [seriously|серьёзно]? {e_neg}",
        "[Support|Поддержка] {b_gen} — [just a bot|один бот], [до человека|to a human] не "
        "[дозвониться|get through] {e_neg}",
        "{b} [raised|подняла] [price|цену] [опять|again], [so annoying|бесит] {e_neg}",
        "Интернет {b_gen} [lagging|лагает] [hard|жёстко], [ugh|ну капец] {e_neg}",
        "[Roaming|Роуминг] от {b_gen} [didn't work|не работал], [worst|ужас] {e_neg}",
    ),
)

_V_QUESTION = Texts(
    ru=(
        "{h} [здравствуйте|добрый день], [как|где] подключить {svc}?",
        "{h} [подскажите|скажите], {tariff} [можно|получится] [подключить|перейти] [на "
        "старый номер|без смены номера]?",
        "{h} [есть ли|а есть] у вас [связь|сеть] {where}? [Собираюсь|Еду] [туда|на "
        "неделю]",
        "{h} [сколько|во сколько] [стоит|обойдётся] роуминг в [Турции|Армении|Узбекистане]?",
        "{h} [как|куда] [перенести|перевести] [остаток|неиспользованные] [гигабайты|ГБ] на "
        "следующий месяц?",
        "{h} [можно ли|а можно] [оформить|сделать] eSIM [онлайн|без салона]?",
        "{h} [почему|а почему] [в приложении|в кабинете] [не отображается|пропал] [баланс|"
        "остаток пакета]?",
        "{h} [как|как мне] [добавить|подключить] [маму|ребёнка] в [семейную группу|семейный "
        "пакет]?",
        "{h} [будет ли|когда будет] 5G в г. {city}?",
        "{h} какие документы нужны, чтобы переоформить номер на [другого человека|"
        "родственника]?",
        "{h} до скольки [работает|открыт] [салон|ваш салон] [на вокзале|"
        "возле центральной площади]?",
        "{h} [а|а у вас] [есть|бывает] [тариф|пакет] [только|чисто] [под роутер|"
        "для модема]?",
        "{h} [как|где] [отключить|выключить] [платные|все платные] подписки [разом|одной "
        "кнопкой]?",
        "{h} [мне пришла|я получил] СМС [о смене|об изменении] тарифа. Что "
        "[меняется|конкретно меняется]?",
        "{h} [работает|будет работать] ли {svc} в [Казахстане|Беларуси]?",
        "{h} [реально|можно] [ли] [сохранить|оставить] номер при [переезде|переезде в другой "
        "город]?",
        "{h} [подскажите|скажите], [почему|из-за чего] [не приходят|не доходят] [СМС|коды] "
        "[от банка|от Госуслуг]?",
        "{h} какая [у вас|сейчас] [скорость|максимальная скорость] на {tariff}?",
    ),
    en=(
        "{h} hi, [how do I|where do I] [enable|switch on] {svc}?",
        "{h} if I move to {tariff}, do I [keep|get to keep] my number?",
        "{h} do you have coverage {where}? Heading there [next week|for a week]",
        "{h} how much is roaming in [Turkey|Armenia|Georgia]?",
        "{h} is it possible to get an eSIM online, [no store visit|without going to a store]?",
        "{h} why isn't my balance showing in the app [today|since the update]?",
        "{h} how do I add my [kid|mum] to the family plan?",
        "{h} any date for 5G in {city}?",
        "{h} does {svc} work in [Kazakhstan|Belarus]?",
        "{h} how do I cancel all paid subscriptions [at once|in one go]?",
        "{h} [got|received] a text about a plan change. What exactly is changing?",
        "{h} why am I not getting [bank|verification] codes by SMS?",
    ),
)

_V_COMPLAINT = Texts(
    ru=(
        "{h} [третий день|уже сутки] [нет|не работает] мобильный интернет {where}, "
        "[абонентку|деньги] [списали|сняли] [полностью|как обычно]. [Когда|Когда уже] "
        "[почините|будет]? {e_neg}",
        "{h} [с меня|с баланса] [списывают|снимают] [по 15|по 20] рублей [в день|ежедневно] "
        "за [подписку, которую|«контент», который] я [не подключал|не заказывала]. "
        "[Верните|Отключите и верните] {e_neg}",
        "{h} [номер|мой номер] [переносится|переходит] к вам [уже|вот уже] [девять|"
        "одиннадцать] дней. [Старый|Прежний] оператор [уже|давно] [отключил|отключил его]. "
        "[Я|Я вообще] без связи",
        "{h} [звонки|все звонки] [обрываются|срываются] [через минуту|на второй минуте], "
        "[перезагружал|перезагружала] [телефон|всё], [менял|меняла] [симку|слот]",
        "{h} [в роуминге|за границей] [не работает|не включился] интернет, [хотя|при этом] "
        "[пакет оплачен|опция подключена]. [Я|Я сейчас] в [Стамбуле|Ереване] {e_neg}",
        "{h} [подняли|поменяли] [цену|абонентку] [без предупреждения|молча]: [было|была] "
        "[450|500], [стало|теперь] [650|700]. [Где|Где было] уведомление?",
        "{h} [приложение|личный кабинет] [не пускает|не открывается], [пишет|выдаёт] "
        "«[технические работы|ошибка сервера]» [с утра|вторые сутки] {e_neg}",
        "{h} [скорость|интернет] {where} [меньше|ниже] [1 Мбит|мегабита]. [На|При] [тарифе|"
        "тарифе] [«до 100 Мбит»|«до 100»]. [Это|Это что], [шутка|юмор такой]?",
        "{h} [мне|маме] [подключили|включили] [платную|какую-то] [услугу|опцию] [без "
        "согласия|без спроса], [списали|сняли] [300|450] рублей. [Жду|Требую] [возврат|"
        "возврата]",
        "{h} [в салоне|в вашем салоне] [на вокзале|у рынка] [отказались|не стали] "
        "[восстанавливать|менять] [симку|сим-карту] [без|якобы без] [прописки|регистрации]",
        "{h} [до|до живого] [оператора|человека] [не дозвониться|не пробиться] [час|сорок "
        "минут], [бот|робот] [гоняет|водит] по [кругу|меню] {e_neg}",
        "{h} [СМС|коды] от [банка|Госуслуг] [не приходят|не доходят] [третий день|со вчера], "
        "[не могу|никак не могу] [войти|зайти] [никуда|в банк]",
        "{h} [пришёл|выставили] [счёт|счёт за месяц] [на|почти] [2400|3100] рублей, "
        "[обычно|всегда] [650|700]. [Разберитесь|Объясните], что [это|за списания]",
        "{h} в [нашем|всём] [доме|подъезде] [нет связи|пропала сеть] [с|начиная с] "
        "{when}. [Заявку|Заявку номер] [приняли|оформили] и [всё|тишина]",
        "{h} [мошенники|спамеры] [звонят|названивают] [по 12|по двадцать] раз [в день|"
        "ежедневно], [ваш|обещанный] [антиспам|определитель] [не работает|не помогает]",
        "{h} [пакет не начислили|гигабайты не пришли] после [оплаты|продления] {tariff}. "
        "[Чек|Чек об оплате] [есть|прикладываю]",
        "{h} [заблокировали|отключили] [номер|сим-карту] [без|безо всякой] причины, [в "
        "салоне|по телефону] [не объясняют|говорят «ждите»] {e_neg}",
        "{h} [раздачу|раздачу интернета] [режете|заблокировали], [хотя|а] [на|по] тарифе "
        "[она|раздача] [включена|есть]. [Как это|Это как] [понимать|называется]?",
        "{h} [семейную группу|семейный пакет] [распустили|«обновили»] [без спроса|сами], "
        "[теперь|и теперь] [платим|плачу] [за троих|вдвое]",
        "{h} [возврат|деньги] за [двойное|ошибочное] списание [обещали|обещали вернуть] "
        "[через|за] [три дня|неделю], [прошло|уже прошло] [три недели|месяц] {e_neg}",
        "{h} [eSIM|ешка] [не активируется|не устанавливается], [QR|QR-код] [выдаёт|даёт] "
        "[ошибку|«недействителен»]. [Что делать|Помогите]",
        "{h} [оператор|сотрудник] [на линии|на горячей линии] [нахамил|бросил трубку] [и|после "
        "того как] [не стал|отказался] [оформлять|принимать] [жалобу|заявку] {e_neg}",
        "{h} [автоплатёж|автопополнение] [сработал|прошёл] [дважды|два раза] за [день|сутки], "
        "[верните|прошу вернуть] [лишнее|второе списание]",
        "{h} [на даче|в деревне] [под Можайском|под Тулой] [была|раньше была] связь, [с|"
        "после] [весны|ремонта вышки] — [ноль|ничего]. [Когда|Когда вернёте]?",
        "{h} [звоню|пытаюсь дозвониться] [жене|отцу|сыну] — [пишет|говорит] «[абонент|номер] "
        "[недоступен|не обслуживается]», [хотя|а] [он|телефон] [в сети|включён] {e_neg}",
        "{h} [в метро|в подземке] [на|на всей] [фиолетовой|кольцевой] [ветке|линии] [связь|"
        "интернет] [исчезает|пропадает] [напрочь|полностью] [вторую неделю|который день]",
        "{h} [Wi-Fi-звонки|звонки по вайфаю] [перестали работать|не работают] [после|с] "
        "[обновления|апдейта], [дома|в квартире] [нет|без них нет] [связи|связи вообще]",
        "{h} [выдали|продали] [сим-карту|симку], [которая|а она] [не активируется|мёртвая] "
        "[уже|вот уже] [сутки|два дня]. [Деньги взяли|Оплата ушла] {e_neg}",
    ),
    en=(
        "{h} mobile data has been down {where} for [three days|a day] and you still charged "
        "the full fee {e_neg}",
        "{h} you're taking [15|20] rubles a day for a subscription I never added. Refund "
        "please {e_neg}",
        "{h} my number has been porting for [nine|eleven] days and the old carrier already "
        "cut it",
        "{h} calls drop after [a minute|one minute], restarted the phone, swapped the SIM slot",
        "{h} roaming data won't work even though the pack is paid. I'm in [Istanbul|Yerevan] "
        "{e_neg}",
        "{h} price went from [450|500] to [650|700] without any notice",
        "{h} the app says «server error» [since morning|for two days] {e_neg}",
        "{h} speed {where} is under 1 Mbps on an «up to 100 Mbps» plan",
        "{h} a paid add-on was activated without my consent, [300|450] rubles gone",
        "{h} can't reach a human for [an hour|40 minutes], the bot loops {e_neg}",
        "{h} bank and government codes haven't arrived by SMS for [three days|two days]",
        "{h} my bill is [2400|3100] instead of the usual [650|700]. Explain please",
        "{h} our whole building lost signal {when}. Ticket opened and then nothing",
        "{h} spam calls [12|20] times a day, your spam filter does nothing",
        "{h} paid for {tariff}, data never [credited|showed up]. Receipt attached",
        "{h} my SIM was blocked for no reason and the store just says wait {e_neg}",
        "{h} you're blocking [hotspot|tethering] even though my plan includes it",
        "{h} promised a refund for a double charge in a week, it's been a month {e_neg}",
        "{h} eSIM QR code says «invalid», can't activate [it|the line]",
        "{h} autopay ran twice in one day, [refund|please refund] the second charge",
        "{h} the new SIM [won't activate|is dead] for [a day|two days] now {e_neg}",
        "{h} Wi-Fi calling stopped working after the update, no signal at home without it",
    ),
)

_V_COMMENT = Texts(
    ru=(
        "[Лучше бы|Вы бы лучше] [связь|вышки] {where} [наладили|починили], {sigh}",
        "А для [старых|давних] абонентов [что-нибудь|хоть что-то] [будет|есть]? {e_meh}",
        "[Класс|Круто], [подключил|подключила] [уже|сразу] {e_pos}",
        "[Опять|Снова] [повышение|подорожание] [завуалировали|красиво назвали] {e_neg}",
        "[Когда|А когда] 5G в г. {city}?",
        "[Интернет|Связь] {where} [почините|наладьте] [сначала|для начала] {e_meh}",
        "[Ого|Вау], [это|вот это] [выгодно|интересно] {e_pos}",
        "[А|А в] роуминге [это|акция] [работает|действует]?",
        "[Дельфин|Дельфинчик] в [рекламе|ролике] [милый|топ] {e_pos}",
        "[Верните|Отдайте] [старый|прежний] тариф, [пожалуйста|умоляю] {e_meh}",
        "[Как|Как же] [надоели|достали] [эти|ваши] [смс|рассылки] {e_neg}",
        "[Спасибо|Спасибо, удобно], [давно|давно этого] [ждала|ждал] {e_pos}",
        "[А где|Где] [можно|реально] [посмотреть|глянуть] [карту|карту покрытия]?",
        "[Подключил|Подключила] {tariff} {when}, [пока|пока что] {meh}",
        "[А|А вот] {where} [когда|когда уже] [появится|будет] [нормальная|хоть какая-то] связь? "
        "{e_meh}",
        "[Подключила|Подключил] [маме|родителям], [разобрались|разобрались сами] {e_pos}",
        "[Лайк|Лайк за] [дельфина|котика], [а|но] [связь|скорость] [где|верните] {lol}",
        "[Опять|Снова] [смс|СМС] [с рекламой|про акции] в [семь утра|шесть утра], [спасибо|мерси] "
        "{e_neg}",
        "А для [тех|нас], кто [на старом|на архивном] тарифе, [это|такое] "
        "[доступно|действует]?",
    ),
    en=(
        "Maybe fix the coverage {where} [first|before the ads], {sigh}",
        "Anything for [long-time|loyal] customers? {e_meh}",
        "[Nice|Cool], [signed up|already on it] {e_pos}",
        "5G in {city} [when|ever]?",
        "Does this [work|apply] in roaming?",
        "Bring back the old plan [please|pls] {e_meh}",
        "[Too many|Way too many] promo texts from you guys {e_neg}",
    ),
)

_V_REPLY = Texts(
    ru=(
        "[Тоже|Та же] [беда|история] {where}, {sigh}",
        "[У меня|А у меня] всё [норм|нормально], {good}",
        "[Позвони|Звони] [на|в] [0611|короткий номер] и [требуй|проси] [перерасчёт|"
        "перерасчёта], [мне|нам] [сделали|вернули]",
        "[Это|Это у всех] [сейчас|сегодня] [так|авария], [пишут|в новостях писали]",
        "[Отключи|Проверь] [подписки|платные подписки] [в кабинете|в приложении], [там|"
        "у меня] [было|висело] [три|две]",
        "[Перезагрузи|Переткни] [симку|телефон], [у меня|мне] [помогло|помогает] {e_meh}",
        "[Переходи|Уходи] [к другим|на другого оператора], [не мучайся|чего терпишь] {lol}",
        "[Ахах|Хаха], [узнаю|жиза] {lol}",
        "[Какой|А какой] [у тебя|у вас] тариф?",
        "Все операторы [одинаковые|одним миром мазаны], [не только|не одна] {b} {e_meh}",
        "[Скорость|Спидтест] [покажи|скинь], [интересно|любопытно]",
        "Мы с {b_ins} [уже|вот уже] [десять|восемь] лет, [претензий нет|нормально]",
        "[Это|Это точно] [ваш|твой] [район|дом], [у нас|в центре] [всё|норм] [ловит|"
        "работает]",
        "[Жалобу|Заявку] [в|через] [Роскомнадзор|РКН] [пиши|подай], [быстрее|сразу] "
        "[шевелятся|реагируют]",
        "[Ну|Ну так] [акция|предложение] же [для новых|только для новых], {sigh}",
        "[Мне|Мне вот] [вчера|тоже] [пришло|прилетело] [это смс|такое же смс] {e_meh}",
        "[Держи|Держитесь], [сочувствую|понимаю] {e_meh}",
    ),
    en=(
        "Same [problem|thing] {where}, {sigh}",
        "Works fine for me [here|tbh], {good}",
        "Call support and demand a recalculation, they did it for me",
        "There's an outage [today|right now], it was in the news",
        "Check paid subscriptions in the app, I had [three|two]",
        "[Restart|Reseat] the SIM, [worked|helped] for me {e_meh}",
        "[Just|Simply] switch carriers {lol}",
        "What plan are you on [btw|though]?",
        "All carriers are the same, [not just|it's not only] {b} {e_meh}",
        "Post a speed test[ screenshot|, curious]",
        "[Hang in there|Sorry, that sucks] {e_meh}",
    ),
    mixed=(
        "[Same|Тоже] [problem|проблема] {where}, {sigh}",
        "Перезагрузи [SIM|симку], [helped me|мне помогло] {e_meh}",
        "[Switch|Переходи] к другому оператору, [seriously|серьёзно] {lol}",
    ),
)

_V_ANSWER = Texts(
    ru=(
        "[Здравствуйте|Добрый день]! [Очень жаль|Нам очень жаль], что так [вышло|"
        "получилось]. [Пожалуйста|Подскажите, пожалуйста], номер телефона и адрес, где "
        "[пропадает|нет] связь, — в личные сообщения. Проверим [базовые станции|работу "
        "станций] рядом.",
        "[Добрый день|Здравствуйте]! [Сейчас|В вашем районе] [идут|проводятся] плановые "
        "работы на [станции|оборудовании], [связь|всё] [восстановится|заработает] "
        "[к 18:00|до конца дня]. [Извините|Приносим извинения] за неудобства.",
        "[Здравствуйте|Добрый день]! [Подписку|Платную подписку] [отключили|уже отключили], "
        "[списанные|удержанные] [деньги|средства] [вернём|вернутся] на баланс [в течение "
        "суток|сегодня].",
        "[Здравствуйте|Добрый день]! [Перенос номера|Перенос] [завис|задержался] на "
        "[стороне|стороне прежнего] оператора. [Связались|Уже связались] с ними, "
        "[ожидаем|ждём] [подтверждения|ответа] [сегодня|до завтра].",
        "Приносим извинения за [ожидание|долгое ожидание] на линии. [Ответили|Уже ответили] "
        "вам в личных сообщениях 🙏",
        "[Здравствуйте|Добрый день]! [Чтобы|Для того чтобы] [подключить|включить] "
        "[услугу|опцию], [откройте|зайдите в] приложение → «Услуги» → «Подключить». Если "
        "[не получится|не выйдет], [напишите|пишите] нам.",
        "[Спасибо|Благодарим] за [тёплые слова|отзыв]! [Рады|Очень рады], что [всё|связь] "
        "[работает|радует] 💙",
        "[Здравствуйте|Добрый день]! [Стоимость|Цена] роуминга [зависит|меняется] от "
        "страны, [актуальные|все] [тарифы|цены] — на сайте в разделе «Путешествия».",
        "[Здравствуйте|Добрый день]! [Изменение|Изменения] [условий|тарифа] [мы|] "
        "[анонсировали|отправляли] в СМС за 10 дней. [Понимаем|Понимаем ваше] "
        "[недовольство|раздражение], [подберём|можем подобрать] [более выгодный|подходящий] "
        "вариант.",
        "[Здравствуйте|Добрый день]! [Ошибку|Сбой] в приложении [уже|сейчас] [исправляем|"
        "устраняем]. [Пока|Пока что] [баланс можно посмотреть|данные можно проверить] "
        "командой *100#.",
        "[Здравствуйте|Добрый день]! [Перерасчёт|Возврат] [оформили|сделали], [деньги вернутся|"
        "сумма поступит] в течение [3|5] рабочих дней. [Извините|Простите] за "
        "[ошибку|путаницу].",
        "[Здравствуйте|Добрый день]! [Для проверки|Чтобы проверить,] нужен ваш "
        "номер и [примерное время|время], когда [обрывались|срывались] звонки. [Напишите|"
        "Пришлите] в ЛС, пожалуйста.",
        "[Здравствуйте|Добрый день]! eSIM можно [оформить|выпустить] [онлайн|в "
        "приложении] с [подтверждением|подтверждением личности] через Госуслуги — это "
        "[пять|несколько] минут.",
        "[Здравствуйте|Добрый день]! [Антиспам|Определитель спама] [включается|подключается] "
        "бесплатно в приложении → «Защита». [Номера|Этот номер] [мы|] [также|тоже] "
        "[передали|отправили] [на блокировку|в чёрный список].",
        "[Понимаем|Очень понимаем], как это [неприятно|раздражает]. [Заявку|Ваше "
        "обращение] [передали|эскалировали] [инженерам|техническим специалистам], [номер|"
        "номер заявки] — [784512|690233|551087].",
        "[Здравствуйте|Добрый день]! 5G в вашем городе [планируем|запустим] [в следующем|"
        "в этом] году, следите за [новостями|анонсами] 🙂",
        "[Здравствуйте|Добрый день]! [Проверили|Посмотрели]: [на номере|у вас] [подключена|"
        "была подключена] [опция|услуга] от [партнёра|контент-провайдера]. [Отключили|"
        "Уже отключили] и [запретили|поставили запрет на] [платные|такие] подписки.",
        "[Здравствуйте|Добрый день]! [Сотрудник|Специалист] [салона|офиса] [был неправ|"
        "ошибся], [извините|просим прощения]. [Восстановить|Заменить] [сим-карту|SIM] "
        "можно по паспорту, [регистрация|прописка] не [нужна|требуется].",
        "[Добрый вечер|Здравствуйте]! [Спасибо, что|Благодарим, что] [сообщили|написали], "
        "[авария уже устраняется|сбой уже локализован], [связь|сеть] "
        "[восстанавливается|возвращается] [по районам|постепенно].",
        "[Здравствуйте|Добрый день]! [Раздача|Раздача интернета] на вашем тарифе [включена|"
        "доступна] [без ограничений|полностью]. [Проверим|Посмотрим], [почему|что] "
        "[не работает|блокируется], — [напишите|пришлите] номер в ЛС.",
        "Здравствуйте! Видим сбой на [базовой станции|станции] рядом с вами — [инженеры|бригада] "
        "уже [выехали|в пути]. Ориентировочно [к 16:00|через 3 часа] всё заработает. ^Дмитрий",
        "Добрый вечер! [Проверили|Посмотрели] номер: настройки в порядке. Пожалуйста, [включите и "
        "выключите|переключите] режим полёта и выберите сеть вручную в настройках.",
        "Здравствуйте! Отправили вам СМС с [новыми настройками|настройками интернета]. Сохраните "
        "их и перезагрузите телефон 📱",
        "Здравствуйте! Замена SIM бесплатна, если карта [повреждена|сломалась]. Ближайшие салоны "
        "— в приложении, раздел «Офисы».",
        "Благодарим за [терпение|ожидание]! Деньги [уже|только что] вернули на баланс, проверьте, "
        "пожалуйста 💙",
        "Здравствуйте! На вашем тарифе [раздача|режим модема] [ограничена|доступна в пределах] 10 "
        "ГБ в месяц. Можем подобрать тариф [без ограничений|с безлимитной раздачей].",
        "Здравствуйте! Простите за такой опыт в [салоне|офисе]. Жалобу [передали|направили] "
        "руководителю, с [сотрудником|консультантом] [проведут беседу|поговорят].",
        "Добрый день! Номер [уже|снова] разблокирован. Ограничение сработало автоматически после "
        "[смены устройства|подозрительного входа], приносим извинения.",
        "Здравствуйте! Чтобы [проверить|посмотреть] списания, пришлите, пожалуйста, номер и "
        "[дату|примерную дату] платежа в ЛС.",
        "Добрый день! [Рады|Очень рады], что [вопрос решён|всё получилось]! Если [что-то|ещё "
        "что-то] понадобится — мы на связи 🙂",
        "Здравствуйте! [Ответ|Ответ инженеров] [пока|ещё] не пришёл, мы [напомнили|повторно "
        "написали] им [сегодня|утром]. [Как только|Когда] будет результат — сразу напишем вам.",
    ),
    en=(
        "Hi! We're sorry about this. Please DM us your number and the address where the "
        "signal drops, and we'll check the nearby [cell sites|base stations].",
        "There's scheduled maintenance in your area; service should be back [by 6 pm|by the "
        "end of the day]. Sorry for the trouble.",
        "The subscription has been cancelled and the money will be back on your balance "
        "within 24 hours.",
        "The port is held up on your previous carrier's side. We've contacted them and expect "
        "confirmation [today|by tomorrow].",
        "Sorry for the long wait on the line. We've replied in DMs 🙏",
        "Thanks for the kind words! Glad it's working well for you 💙",
        "Roaming prices depend on the country, see the «Travel» section on our website.",
        "The refund has been processed and will reach you in [3|5] business days. Sorry for "
        "the mix-up!",
        "You can get an eSIM in the app with ID verification, it takes a few minutes.",
        "We understand how frustrating this is. Your ticket has been escalated to our "
        "engineers, number [784512|690233].",
        "We're [fixing|working on] the app error now; meanwhile you can check your balance "
        "with *100#.",
        "The store employee was wrong, sorry. You only need your passport to replace a SIM.",
        "We can see a fault at your cell site and engineers are on their way. Service should be "
        "back [by 4 pm|in about three hours].",
        "We've sent you an SMS with new data settings. Save them and restart your phone 📱",
        "The refund has just been credited to your balance, please check 💙",
        "Your number has been unblocked. The block was triggered automatically after a device "
        "change, sorry about that.",
        "Glad it's sorted! If you need anything else, we're here 🙂",
    ),
)

_V_THANKS = Texts(
    ru=(
        "[Спасибо|Спасибо большое], [связь вернулась|интернет появился] {e_pos}",
        "[Деньги пришли|Возврат сделали], [спасибо|благодарю]!",
        "[Ок|Понял], [жду|буду ждать] [вечера|до вечера], спасибо",
        "[Подписку|Подписку наконец] [отключили|убрали], [спасибо|спс] {e_pos}",
        "[Вот|Вот это] [быстро|оперативно], [спасибо|респект] {e_pos}",
        "[Благодарю|Спасибо], [номер наконец перенесли|перенос наконец-то прошёл]",
        "[Заработало|Всё заработало] после [перезагрузки|настроек], спасибо {e_pos}",
        "Номер [наконец|] [разблокировали|разблокирован], спасибо {e_pos}",
        "[Спасибо|Благодарю], [режим полёта помог|перезагрузка помогла] 🙏",
        "[Настройки пришли|СМС с настройками пришло], [интернет заработал|всё работает], "
        "спасибо",
    ),
    en=(
        "Thanks, signal is back [now|at last] {e_pos}",
        "Refund received, thank you[!| very much]",
        "Ok, will wait till [evening|tonight], thanks",
        "Subscription finally gone, [thanks|ty] {e_pos}",
        "That was quick, [appreciate it|much appreciated] {e_pos}",
        "Number unblocked, thanks {e_pos}",
        "Airplane mode trick worked, thank you 🙏",
    ),
)

_V_STILL_BROKEN = Texts(
    ru=(
        "[Вечер|18:00] [давно|уже] прошёл, [связи|сети] [как не было|так и нет] "
        "{e_neg}",
        "[Деньги так и не вернулись|Возврат до сих пор не пришёл] на баланс",
        "[Это|Опять] [шаблон|отписка]. [Номер|Перенос] [всё ещё|по-прежнему] [висит|в "
        "процессе]",
        "[Написал|Написала] в личку [час назад|ещё утром], [ответа нет|никто не ответил]",
        "[Заявка|Номер заявки] [есть|есть, да], [толку|результата] [ноль|никакого], {sigh}",
        "Подписку [отключили|вроде отключили], [а|но] [сегодня|опять] [списали|"
        "сняли] [снова|ещё раз] {e_neg}",
        "[Перезагружал и сбрасывал настройки|Перезагружала, всё сбрасывала] — [без "
        "толку|никакого эффекта]",
        "[Три часа прошли|16:00 уже прошло], [связи|интернета] [нет|по-прежнему нет], "
        "[инженеры|бригада] [где|доехали вообще]? {e_neg}",
        "[Режим полёта не помог|Перезагрузка не помогла], ручной выбор сети тоже "
        "ничего не [дал|изменил]",
    ),
    en=(
        "It's past [6|evening] and still no signal {e_neg}",
        "Refund still hasn't shown up on my balance [btw|though]",
        "That's a template reply, the port is still stuck",
        "DMed you [an hour ago|this morning], no reply",
        "Subscription «cancelled» but they charged me again today {e_neg}",
    ),
)

_V_REVIEW_POS = Texts(
    ru=(
        "[Пользуюсь|На связи с] {b_ins} [пять лет|несколько лет]. {good}. [Тарифы|Цены] "
        "[понятные|прозрачные], [навязывания|лишних услуг] нет.",
        "Перешли [от другого оператора|с большой тройки] — [и|и ни разу] не "
        "пожалели. {good}.",
        "[Хорошая|Отличная] [связь|сеть] [в городе|по городу] и {where}. [Поддержка|Чат] "
        "[отвечает|реагирует] [быстро|за минуты].",
        "В роуминге всё [сработало|заработало] [без проблем|с первого раза], [пакет|"
        "пакет ГБ] [недорогой|по-божески]. [Рекомендую|Советую].",
        "[Салон на вокзале|Офис у рынка]: [девушка помогла|консультант помог] "
        "[перенести|настроить] [всё|номер] за [15 минут|четверть часа]. [Спасибо|Пять звёзд].",
        "{tariff} — [лучшее|оптимальное] соотношение цены и [гигабайт|"
        "объёма]. {good}.",
        "[Четыре|4] звезды: {good}, [но|правда] {where} [иногда|порой] [проседает|теряется].",
        "[Приложение|Кабинет] [удобное|понятное], [всё|всё видно] — [остатки|остаток], "
        "[списания|расходы]. [Никаких|Без] [сюрпризов|сюрпризов в счёте].",
        "Семейный пакет [очень|реально] [выгодный|удобный], на "
        "[семью|четверых] [выходит|получается] [дешевле|экономнее] [на треть|чем раньше].",
        "[Быстро|Очень быстро] перенесли номер, [ни одного похода|"
        "не пришлось ни разу ходить] в [салон|офис]. {e_pos}",
    ),
    en=(
        "[Five|Several] years with {b}. {good}. Clear pricing, nothing pushed on you.",
        "Switched from a big-three carrier and never looked back. {good}[.|!]",
        "Roaming worked first try, data packs are cheap. [Recommend|Recommended].",
        "The store [rep|staff] moved my number in 15 minutes. Five stars.",
        "Four stars: {good}, but coverage {where} [dips|is patchy] sometimes.",
        "Family plan is a great deal, [a third|way] cheaper than before.",
    ),
)

_V_REVIEW_NEG = Texts(
    ru=(
        "[Связь|Сеть] {where} [отсутствует|пропадает] [постоянно|каждый день]. [Жалобы|"
        "Заявки] [принимают|регистрируют], [толку|а толку] [никакого|ноль]. [Одна звезда|1 "
        "звезда].",
        "[Подключают|Подключили] [платные|левые] подписки [без спроса|без согласия], "
        "[деньги|списания] [возвращают|вернули] [со скандалом|с боем]. [Не рекомендую|"
        "Обходите стороной].",
        "[Тариф|Цену] [поднимают|повышают] [каждые|раз в] [полгода|несколько месяцев], "
        "[уведомление|смс] [приходит|пришло] [за день|задним числом]. [Ухожу|Уходим].",
        "[Поддержка|Горячая линия] — [бот|робот], [до|к] [человека|живому сотруднику] "
        "[не пробиться|не прорваться]. [Час|Полтора часа] [на линии|в ожидании] {e_neg}",
        "[Интернет|Мобильный интернет] [«безлимитный»|«безлимит»], [а|но] [после|уже после] "
        "[15|20] ГБ [скорость|всё] [как|будто] [в 2005|диал-ап]. [Обман|Развод].",
        "[Перенос|Перенос номера] [длился|занял] [две недели|14 дней], [всё это время|"
        "две недели] [без|я без] [связи|номера]. [Компенсацию|Извинения] [никто|и не] "
        "[не предложил|предложили].",
        "[В|За] [салоне|офисе] [нахамили|нагрубили], [восстановить|заменить] [сим-карту|"
        "симку] [отказались|не захотели], [отправили|послали] [в другой|в центральный] "
        "[офис|салон].",
        "[Роуминг|В роуминге] [не работал|не включился] [ни дня|всю неделю], [а|но] [пакет|"
        "деньги] [списали|сняли]. [Возврат|Вернуть] [отказали|отказываются].",
        "[Счёт|Счёт за месяц] [втрое|в три раза] [больше|выше] [обычного|привычного], "
        "[объяснить|внятно объяснить] [не могут|никто не может]. {e_neg}",
        "[Звонки|Разговоры] [обрываются|срываются], [собеседник|меня] [не слышит|не слышно], "
        "[в|у] [центре города|центре]! [Как так|Позор].",
        "[Спам|Реклама] [в смс|смсками] [каждый день|ежедневно], [отключить|отписаться] "
        "[нельзя|невозможно], [в поддержке|поддержка] [говорят|отвечают] «[это|это "
        "партнёры]». {e_neg}",
        "[Двойное списание|Списали дважды], [возврат|вернуть] [обещали|обещают] [месяц|"
        "30 дней]. [Месяц|Тридцать дней] [прошёл|прошло] — [денег|возврата] нет.",
        "[Приложение|Личный кабинет] [постоянно|вечно] [лежит|падает], [пополнить|"
        "посмотреть] [ничего|баланс] [нельзя|невозможно]. [Ужасно|Кошмар].",
        "[Купили|Взяли] {tariff} [ради|из-за] [раздачи|раздачи интернета], [а|но] [её|"
        "раздачу] [режут|блокируют]. [Написано|Обещали] одно, [по факту|на деле] [другое|"
        "иное].",
        "[Номер|Сим-карту] [заблокировали|отключили] [внезапно|без предупреждения], "
        "[причину|почему] [не называют|не говорят]. [Три дня|Сутки] без связи.",
    ),
    en=(
        "No signal {where}, [constantly|every single day]. Tickets get logged, [nothing "
        "happens|nobody follows up]. One star.",
        "They [add|switch on] paid subscriptions without consent and refunds take [a fight|"
        "weeks of arguing]. [Avoid|Stay away].",
        "Price goes up every [six months|few months], [the notice|the SMS] arrives [after the "
        "fact|the day before]. [Leaving|We're leaving].",
        "Support is a bot, you [can't|never] reach a human. [An hour|90 minutes] on hold "
        "{e_neg}",
        "«Unlimited» data [slows to a crawl|crawls] after [15|20] GB. [It's a scam|Pure "
        "bait and switch].",
        "Porting took [two weeks|14 days] [without a working number|with no phone at all]. "
        "[No compensation offered|Not even an apology].",
        "[Rude|Dismissive] store staff, refused to replace my SIM, sent me to [another "
        "branch|the central store].",
        "Roaming never [worked|connected] and they still charged for the [pack|bundle]. "
        "Refund [refused|denied].",
        "Bill [three times|triple] [higher than usual|my normal amount], nobody can explain "
        "it {e_neg}",
        "[Daily|Endless] spam texts, no way to opt out, support says «it's our partners» "
        "{e_neg}",
        "[Double charge|Charged twice], promised refund in 30 days. 30 days passed, [no "
        "money|nothing].",
        "SIM blocked [out of nowhere|overnight], no reason given. [Three days|A day] without "
        "service.",
        "The app is [down|crashing] [half the time|constantly], can't even top up. "
        "[Terrible|Awful].",
        "Calls drop [in the city centre|downtown], people can't hear me. [In 2026|In a big "
        "city]. [Shameful|Pathetic].",
        "Bought {tariff} for the hotspot and they [throttle|block] it. [Advertised|Promised] "
        "one thing, [delivered|got] another.",
        "[Queue|Line] at the store [took|lasted] [an hour|ninety minutes], one window open "
        "out of [five|four]. {e_neg}",
        "Family plan [changed|«updated»] without asking, [now we pay|our bill is] [double|"
        "twice as much]. {e_neg}",
        "Coverage at [my dacha|the dacha] [disappeared|vanished] after [spring|they "
        "«upgraded» the tower]. [Complaints|Tickets] ignored.",
        "Got charged for {svc} I [never used|never asked for]. Took [three calls|four calls] "
        "to [remove|cancel] it.",
        "[Worst|Most frustrating] support I've dealt with, they hung up [twice|on me twice] "
        "{e_neg}",
    ),
)

_V_REVIEW_ANSWER = Texts(
    ru=(
        "[Здравствуйте|Добрый день]! [Приносим извинения|Извините нас] за [неудобства|"
        "доставленные неудобства]. [Пожалуйста|Просим], [напишите|обратитесь] нам в чат "
        "приложения — [проверим|разберём] вашу ситуацию [индивидуально|лично].",
        "Благодарим за [отзыв|обратную связь]. [Информацию|Ваш отзыв] [передали|направили] "
        "[техническим специалистам|в технический отдел] [региона|вашего региона] для "
        "[проверки|анализа] [покрытия|качества сети].",
        "[Здравствуйте|Добрый день]. [Нам жаль|Жаль], что [у вас|вы] [сложилось|получили] "
        "[такое|неприятное] впечатление. [Свяжитесь|Пожалуйста, свяжитесь] с нами по "
        "номеру 0611 — [поможем|постараемся помочь].",
        "[Здравствуйте|Добрый день]! [Спасибо|Благодарим], что [рассказали|поделились]. "
        "[Мы|Мы уже] [пересматриваем|улучшаем] [работу|процессы] [салонов|поддержки], "
        "[ваш|такой] [опыт|отзыв] [очень|действительно] [важен|помогает].",
        "[Здравствуйте|Добрый день]! [Простите|Извините] за [поздний ответ|ожидание]. [Если|Если "
        "вопрос] ещё [актуален|не решён], [напишите|пишите] нам в чат — [поможем|разберёмся] [в "
        "приоритетном порядке|без очереди].",
        "Спасибо за [отзыв|обратную связь]. [Покрытие|Сеть] в [этом районе|указанном месте] "
        "[будем расширять|усилим] [в этом году|до конца года], [работы|монтаж] уже "
        "[запланированы|в плане].",
        "Добрый день. [Подписки|Платные подписки] [партнёров|контент-провайдеров] можно "
        "[запретить|отключить] [разом|одной кнопкой] в приложении → «Услуги» → «Запрет контента». "
        "[Списанное|Списанные деньги] [вернём|вернули].",
    ),
    en=(
        "Hello! We apologize for the inconvenience. Please message us in the app chat and "
        "we'll look into your case.",
        "Thank you for the feedback. It has been passed to our regional engineers to review "
        "coverage.",
        "Sorry for the late reply. If this is still an issue, message us in the chat and we'll "
        "prioritise it.",
    ),
)

_V_REVIEW_THANKS = Texts(
    ru=(
        "Спасибо за [отзыв|добрые слова]! [Рады|Очень рады] быть на связи 💙",
        "[Благодарим|Спасибо]! [Передадим|Передали] [коллегам|сотрудникам] [в салоне|"
        "салона] 🙌",
        "[Приятно|Очень приятно] [читать|такое читать]! [Всегда|Мы всегда] [на связи|"
        "рядом] 📶",
        "[Спасибо|Благодарим], что [вы с нами|остаётесь с нами] [столько лет|уже пять лет]! 💙",
        "[Спасибо|Благодарим] за [высокую оценку|пять звёзд]! [Хороших|Лёгких] "
        "[поездок|путешествий] [и стабильной связи|со связью] ✈️",
    ),
    en=(
        "Thanks for the kind words! Happy to keep you connected 💙",
        "Thank you! We'll pass it on to the store team 🙌",
    ),
)

_V_REVIEW_DISPUTE = Texts(
    ru=(
        "[Здравствуйте|Добрый день]. [По|Согласно] [данным|данным мониторинга] сети, [в "
        "указанном|в этом] районе [сбоев|аварий] [не зафиксировано|не было]. [Возможно|"
        "Вероятно], [дело|причина] в [настройках|самом] [телефона|устройстве] — [поможем|"
        "готовы помочь] [проверить|разобраться] в чате.",
        "[Добрый день|Здравствуйте]. [Подписка|Услуга] [была подключена|подключалась] "
        "[с вашего номера|с вашего устройства] [через|по] [SMS|СМС-подтверждению] "
        "[такого-то числа|в указанный день]. [Детализацию|Выписку] [можем|готовы] "
        "[прислать|отправить] [по запросу|в личные сообщения].",
    ),
    en=(
        "Hello. Our network monitoring shows no outages in that area at that time. It may be "
        "a device setting; we're happy to check it with you in chat.",
    ),
)

_V_OFFICIAL = Texts(
    ru=(
        "[Новый|Встречайте новый] {tariff}: безлимитные [мессенджеры|соцсети] и "
        "[50 ГБ|40 ГБ] за [550|590] ₽ в месяц 📶",
        "[Мы|Наши инженеры] [запустили|включили] [новые|ещё 120] базовые станции "
        "[в области|по Подмосковью]. [Проверьте|Проверяйте] связь на даче! 🏡",
        "[Едете|Летите] в отпуск? [Подключите|Не забудьте подключить] пакет роуминга "
        "[заранее|до вылета] — [дешевле|выгоднее] на [40%|треть] ✈️",
        "В [нашем|] приложении появилась функция [«Семья»|«Семейная группа»]: "
        "[делитесь|раздавайте] гигабайтами с [близкими|родными] [в два касания|бесплатно] "
        "👨‍👩‍👧",
        "[Осторожно|Внимание], мошенники! Мы [никогда|ни при каких условиях] не "
        "[просим|спрашиваем] коды из СМС. [Берегите свои|Бережём ваши] деньги 🔒",
        "[Плановые работы|Техработы]: в ночь на [среду|четверг] [с 2:00 до 5:00|"
        "с двух до пяти] [возможны|могут быть] [перебои|кратковременные перебои] [в г. {city}|"
        "по городу].",
        "5G [теперь|уже] [в г.|работает в г.] {city}! [Проверьте|Посмотрите], поддерживает ли "
        "ваш [смартфон|телефон] новую сеть 🚀",
        "[Ответы|Отвечаем] на [частые вопросы|ваши вопросы]: [как|как быстро] [перенести|"
        "перевести] номер [к нам|в нашу сеть] [за сутки|за один день] 👇",
        "[Розыгрыш|Конкурс]! [Расскажите|Напишите] в [комментариях|комментах], [где|в каком "
        "самом неожиданном месте] у вас [ловит|поймалась] связь, и [выиграйте|получите] "
        "[смартфон|год связи] 🎁",
        "Защита от спама [теперь|с сегодняшнего дня] бесплатная "
        "для всех [абонентов|клиентов]. [Включить|Включается] в приложении → «Защита».",
        "[Благодарим всех|Спасибо всем], кто [с нами|выбирает нас]: [нас уже|нас теперь] "
        "[30 миллионов|больше 30 миллионов] 💙",
        "[Салон|Новый салон] [открылся|открыт] в г. {city} [в центре|на центральной улице], "
        "[ждём|приходите] [с 9 до 21|каждый день] 📍",
        "[Обновление|Новая версия] приложения: [теперь|отныне] [можно|вы можете] "
        "[запретить|отключить] [все|любые] платные подписки [одной кнопкой|в один клик] в разделе "
        "«Услуги» ✅",
        "[Напоминаем|Напоминание]: [все|любые] [изменения|изменения условий] тарифов [мы|] "
        "[присылаем|отправляем] в СМС [минимум|не позднее чем] за 10 дней. [Следите|Проверяйте] "
        "за [сообщениями|уведомлениями] 📩",
    ),
)

_V_EXEC = Texts(
    ru=(
        "[Провёл|Провели] [день|утро] [с|вместе с] [инженерами|монтажниками] на [вышке|"
        "базовой станции] [в области|за городом]. [Уважение|Огромное уважение] [людям|ребятам], "
        "[которые|что] [держат|строят] сеть [в любую погоду|зимой и летом].",
        "[Итоги|Цифры] [квартала|полугодия]: [+1,2 млн|плюс миллион] абонентов, [трафик|"
        "мобильный трафик] вырос [на 35%|на треть]. [Спасибо|Спасибо команде].",
        "[Читаю|Перечитываю] [Канемана|«Чёрного лебедя»]. [Каждый раз|С каждым разом] "
        "[нахожу|вижу] что-то новое про [управление рисками|"
        "неопределённость].",
        "[Утренний|Воскресный] [заплыв 2 км на открытой воде|заезд 40 км по шоссе]. "
        "[Голова|Мысли] [на место|в порядке] 🏊",
        "Меня часто спрашивают, [почему|зачем] мы [вкладываемся|"
        "инвестируем] в [деревни|сёла] и [трассы|дороги]. [Потому что|Ответ простой]: "
        "[связь нужна|интернет нужен] не только [городам|миллионникам].",
        "[Выступил|Выступаю] [на|сегодня на] [ЦИПР|отраслевой конференции] "
        "[про отечественное оборудование|об импортозамещении в сетях]. [Запись|Слайды] — [позже|в "
        "комментариях].",
        "[Поздравляю|Поздравляем] нашу Наталью из [поддержки|колл-центра] "
        "в [Самаре|Ижевске] — лучшего оператора [года|по итогам года]! "
        "[Вот|Вот кто] [реально|на самом деле] [держит|строит] [бренд|компанию].",
        "[Один|Главный] [урок|вывод] [этого|прошедшего] года: [скорость|быстрота] "
        "[ответа|реакции] [клиенту|абоненту] [важнее|ценнее], чем [идеальный|красивый] "
        "[ответ|текст].",
        "[Неделя|Три дня] [в регионах|по филиалам]: [Пермь|Томск], [Омск|Тюмень], "
        "[Уфа|Оренбург]. [Много|Очень много] [встреч|разговоров], [мало|почти нет] сна {lol}",
        "Вопрос к [подписчикам|вам]: [какой функции вам не хватает|"
        "какой сервис вы ждёте] в [приложении|нашем приложении]? [Читаю|Читаю все] [ответы|"
        "комментарии] [сам|лично].",
        "[Подписали|Сегодня подписали] [соглашение|меморандум] с [правительством|"
        "администрацией] [области|края] о [связи|покрытии] [вдоль трасс|на трассах]. "
        "[К лету|До конца года] — [300|200] км [новой зоны покрытия|трасс без дыр в покрытии].",
        "Дочь спросила, [чем я занимаюсь|что я делаю] на работе. "
        "[Ответил|Сказал]: «[Чтобы|Делаю так, чтобы] [мультики|видео] [не зависали|"
        "грузились]». [Одобрено|Принято] {lol}",
        "[Семь лет|Восемь лет] в [компании|телекоме]. [Помню|Я помню], как мы "
        "[запускали|включали] [первую LTE-станцию|первые 4G-станции] [и|и все] "
        "[не спали|не спали ночь].",
        "[Отпуск|Выходные] на [Алтае|Байкале]. [Связь|Наша сеть] [ловит|была] [даже|и] там, "
        "[проверил|проверено] [лично|сам]. Хотя [телефон|почту] старался "
        "не трогать 🏔",
        "[Спасибо|Благодарю] [инженерам|бригадам], которые [всю ночь|до утра] "
        "[восстанавливали|поднимали] [сеть|станции] после [урагана|ледяного дождя] в "
        "[Приморье|Карелии]. [Вы герои|Герои].",
        "[Прочитал|Читаю] [все комментарии|сотни ответов] под [прошлым|вчерашним] постом. "
        "[Главная|Самая частая] [просьба|тема] — [связь на дачах|покрытие за городом]. "
        "[Услышали|Принято], [план|программа] [будет|выйдет] [весной|к весне].",
        "[Выходные|Суббота] [с детьми|с семьёй] [на катке|в лесу]. [Телефон|Рабочий телефон] [в "
        "кармане|выключен], почти не [проверял|смотрел] {lol}",
    ),
)

_V_INFL_POS = Texts(
    ru=(
        "[Тест|Тестируем] [операторов|четырёх операторов] [по|на] [трассе|М-4] [от Москвы|"
        "до Сочи]: [дольше всех|лучше всех] [держал|держит] связь {b} 📶",
        "[Обзор|Сравнение] [тарифов|безлимитов] [за|на] [этот месяц|весну]: {tariff} от "
        "{b_gen} — [самый|наиболее] [выгодный|честный]. [Подробно|Таблица] в [видео|посте].",
        "[Месяц|Месяц живу] на {b_pre} вместо [старого|прежнего] оператора. "
        "[Итог|Вердикт]: {good} {e_pos}",
        "[Роуминг|Связь в путешествиях]: [проверил|сравнил] в [пяти|семи] странах. "
        "{b} [приятно|неожиданно] [удивил|удивила] {e_pos}",
        "[Работал|Работаю] [удалённо|на удалёнке] [месяц|две недели] [из деревни|в деревне] — "
        "через {b_acc} [созвоны|видеосвязь] [без|почти без] [лагов|обрывов] {e_pos}",
    ),
    en=(
        "Tested four carriers along the M4 highway: {b} held signal the longest 📶",
        "Plan comparison this month: {tariff} from {b} is the best value. Full table in the "
        "video",
        "A month on {b} instead of my old carrier. Verdict: {good} {e_pos}",
    ),
)

_V_INFL_NEG = Texts(
    ru=(
        "[Провёл|Провела] [эксперимент|тест]: [неделя|неделю] на {b_pre} {where}. [Итог|"
        "Результат] — [скорость|средняя скорость] [ниже|меньше] [мегабита|1 Мбит]. "
        "[Видео|Ролик] [выйдет|выложу] [завтра|на канале] {e_neg}",
        "[Подписчики|Вы] [присылают|шлёте] [скриншоты|скрины] [списаний|счетов] {b_gen} "
        "[за|на] [подписки|услуги], которые [никто не подключал|вы не подключали]. "
        "[Разбираюсь|Собираю] {e_neg}",
        "{b} [снова|опять] [поднимает|подняла] [цены|тарифы]. [Посчитал|Посчитала]: "
        "[за два года|за год] [плюс|+] [40%|треть]. [Мнение|Мнение моё]: [это|так] "
        "[перебор|слишком] {e_neg}",
        "[Пришло|Пришло письмо] от [подписчицы|подписчика]: {b} [списывает|снимает] [по 20|по 30] "
        "рублей [в день|ежедневно] за [«гороскопы»|«контент»]. [Проверьте|Проверяйте] [свои|ваши] "
        "счета {e_neg}",
    ),
    en=(
        "A week on {b} {where}: average speed under 1 Mbps. Video tomorrow {e_neg}",
        "My followers keep sending screenshots of {b} charges for subscriptions they never "
        "added {e_neg}",
    ),
)

_V_DECOY = Texts(
    ru=(
        "[Вчера|Сегодня] {sea} [была|шла] [такая|отличная] волна, [катались|стояли на доске] "
        "[до заката|три часа] 🏄",
        "[Поймал|Поймала] [свою|первую] волну [на серфе|на доске] {sea}! [Полсекунды|Пару "
        "секунд], но [какие|это было] {e_pos}",
        "[Мы|Мы с мужем|Мы с подругой] [на одной волне|прям на одной волне], [понимаем|понимаем "
        "друг "
        "друга] без слов {e_pos}",
        "[На|На матче] [трибуны|стадион] [запустили|сделали] волну, [40 тысяч|весь стадион] "
        "[людей|человек] [встали|поднялись] [разом|одновременно] {e_pos}",
        "[Зелёная волна|«Зелёная волна»] [на проспекте|по Ленинскому] [работает|"
        "сработала]: [проехал весь проспект|пролетел 10 светофоров] [без остановок|на зелёный] "
        "{e_pos}",
        "[Смотрим|Пересматриваем] [французскую|чешскую] «новую волну» [кино|в кино], "
        "[сегодня|на очереди] [Годар|Трюффо] {e_meh}",
        "[Отборочный|Финальный] тур конкурса «Новая волна» [смотрим|смотрели] [всей семьёй|"
        "с мамой] {e_pos}",
        "[Парикмахер|Мастер] [сделал|сделала] [голливудскую|крупную] волну на [каре|длинных "
        "волосах], [держится|держалась] [весь день|два дня] {e_pos}",
        "Накрыла [волна|такая волна] [ностальгии|ностальгии по детству], когда "
        "[нашёл|нашла] [кассеты|старые фотки] {e_meh}",
        "[Учёные|Физики] [снова|опять] [зарегистрировали|поймали] гравитационную волну "
        "[от|при] [слиянии|столкновении] [чёрных дыр|нейтронных звёзд]. [Красота|Вселенная "
        "шепчет] ✨",
        "[ДЗ|Домашка] по физике: [найти|посчитать] длину волны, [если|когда] частота "
        "[440|500] Гц. [Кто|Кто-нибудь] [решил|помогите]? {e_meh}",
        "Санаторий «Волна» {sea} — [море|пляж] в [двух шагах|пяти минутах], [кормят|еда] "
        "[на убой|вкусно] {e_pos}",
        "Кафе «Волна» на набережной открыло [сезон|веранду], [мидии|"
        "рыба] [свежие|отличные] {e_pos}",
        "[Бассейн|Аквапарк] «Волна» [работает|открыт] [после ремонта|снова], [взяли|купили] "
        "[абонемент|семейный абонемент] {e_pos}",
        "[Танцую|Разучиваю] [волну|волну руками] [из|для] [тиктока|брейка] [уже неделю|"
        "третий вечер], [получается|выходит] {lol}",
        "[Волна|Новая волна] [интереса|популярности] к [виниловым|старым] пластинкам "
        "[дошла|докатилась] до [г. {city}|нашего города], [магазин|лавка] [открылся|открылась] "
        "{e_meh}",
        "[Первая|Утренняя] волна [гостей|гостей на свадьбе] [уже|только] [приехала|"
        "подъехала], [держимся|готовимся] {lol}",
        "Яхта «Волна» [выиграла|взяла] [регату|гонку] [на Ладоге|"
        "на Плещеевом озере] {e_pos}",
        "[Йога|Урок йоги]: дыхательная волна, [вдох|вдох-выдох] "
        "[по позвоночнику|по всему телу]. [Кайф|Расслабилась] {e_pos}",
        "[Радиолюбители|Радиокружок]: [поймали|приняли] [короткую|дальнюю] волну [из|от] "
        "[Японии|Австралии] на [самодельную|собранную] антенну {e_pos}",
        "[Слушаю|Играет] [«Волну»|песню «Волна»] [на повторе|весь день], [залипла|"
        "прилипла] {e_pos}",
        "[Турбаза|База отдыха] «Волна» на [Волге|Оке]: [домики|палатки], [рыбалка|баня], "
        "[тишина|покой]. [Советую|Рекомендую] {e_pos}",
        "[Осенняя|Весенняя] волна [скидок|распродаж] [на маркетплейсах|в магазинах], "
        "наконец [купила|взяла] [куртку|кроссы] {e_pos}",
        "[Учительница|Учитель] [сказала|говорит], что [новая волна|волна] [олимпиадников|"
        "ребят] [в этом году|этого года] [сильная|очень сильная] {e_pos}",
        "[Малыш|Сын] [впервые|в первый раз] увидел [море|волну] {sea} — визжал "
        "[от восторга|от счастья] {e_pos}",
        "[Волна|Волна тепла] [дошла|пришла] [и|даже] до [нас|нашего города]: [+18|плюс "
        "восемнадцать] "
        "[в марте|посреди апреля], [гуляем|мы гуляем] {e_pos}",
        "[Кинотеатр|ДК] «Волна» [показывает|покажет] [старые|советские] [фильмы|комедии] "
        "[по субботам|бесплатно] {e_pos}",
        "[Ансамбль|Хор] «Волна» [из Дома культуры|при ДК] [собрал|собирает] [полный зал|"
        "аншлаг] {e_pos}",
        "[Вторая|Новая] волна [набора|записи] [на курсы|в школу программирования] "
        "[открыта|началась], [успел|успела] [записаться|подать заявку] {e_pos}",
        "Шторма нет, [но|а] [волна|зыбь] {sea} [приличная|метра полтора], "
        "[сёрферы|серферы] [счастливы|в восторге] 🌊",
        "[Пьём|Сидим] [чай|кофе] [на пирсе|у причала], [слушаем|смотрим], как волна "
        "[бьётся|плещется] [о камни|о сваи]. [Медитация|Терапия] {e_pos}",
        "[Волна|Такая волна] [эмоций|чувств] [после концерта|на выпускном], [до сих пор|"
        "третий день] [отойти|прийти в себя] не могу {e_pos}",
        "Журнал «Волна» [нашего|районного] [яхт-клуба|порта] вышел "
        "[новым номером|к сезону] {e_meh}",
        "На [утренней|вечерней] [тренировке|зарядке] [тренер|инструктор] [учит|показывает] "
        "«волну» [корпусом|всем телом] — [спина|поясница] [в шоке|скажет спасибо] {lol}",
        "[Новая волна|Волна] [фанатов|поклонников] [этого|корейского] [сериала|шоу] "
        "[дошла|докатилась] и до [моей мамы|нашего офиса] {lol}",
        "[Выпускной|Последний звонок]: [весь зал|все родители] [пустили|запустили] волну "
        "[фонариками|телефонами], [мурашки|до мурашек] {e_pos}",
        "[Радио|Приёмник] на [кухне|даче] [ловит|поймал] [одну|только одну] волну — "
        "[«Маяк»|ретро-FM], [и нам|нам и] [хватает|достаточно] {e_meh}",
        "[Красиво|Шикарно] легла волна на [волосы|локоны] после "
        "[бигуди на ночь|плойки] {e_pos}",
        "[Рыбалка|Клёв] [утром|на рассвете]: [лёгкая|мелкая] волна, [туман|штиль] [над водой|у "
        "берега], [три|пара] [окуня|леща] {e_pos}",
        "[Новая волна|Свежая волна] [стажёров|новичков] [пришла|вышла] [в отдел|к нам], "
        "[учим|знакомимся], [ребята|все] [толковые|бодрые] {e_pos}",
    ),
    en=(
        "«Volna» means wave in Russian, [learned|learnt] it today on Duolingo {e_pos}",
        "Watching the Novaya Volna [song contest|festival] with my Russian in-laws {lol}",
        "The Volna rocket [launched|used to launch] small satellites from a submarine. "
        "[Wild|Fascinating] {e_meh}",
        "Had [borscht|pelmeni] at the Volna cafe on Brighton Beach, [tasted like home|so "
        "good] {e_pos}",
        "Our sailing club's boat is called Volna, [won|took] the regatta {when} {e_pos}",
        "The Volna surf camp {sea} is [fully booked|sold out] for summer {e_meh}",
        "Found an old Soviet radio labelled «Volna» at a flea market {e_pos}",
        "Volna [the song|by that band] has been stuck in my head all day {e_pos}",
        "Visited the «Volna» sanatorium in Sochi where my grandparents met in 1978 {e_pos}",
        "Our local Russian choir is called Volna and they just won a regional prize {e_pos}",
    ),
)

_V_DECOY_NEG = Texts(
    ru=(
        "[Волна|Новая волна] жары: [+37|плюс тридцать восемь] в г. {city}, [кондиционеры|"
        "вентиляторы] [раскупили|кончились] [за день|везде] {e_neg}",
        "[Третья|Очередная] волна гриппа [накрыла г.|добралась до г.] {city}: [в классе|у сына в "
        "классе] [болеет|слегли] [половина|12 человек] {e_neg}",
        "[В|По] [айтишке|IT] [новая|очередная] волна увольнений, [у нас|в нашей команде] "
        "[сократили|убрали] [треть|пятерых] {e_neg}",
        "[Волна|Целая волна] [хейта|критики] [обрушилась на|накрыла] [режиссёра|"
        "блогера] после [нового фильма|интервью] {e_meh}",
        "[Какая-то|Новая] волна [звонков|мошеннических звонков] [от|якобы от] «[службы "
        "безопасности банка|Госуслуг]», [маме|бабушке] [звонили|звонят] [трижды|по пять раз] "
        "{e_neg}",
        "[Волна|Новая волна] [подорожания|роста цен]: [сыр подорожал|масло подорожало] на "
        "[20%|пятую часть] [за месяц|с января] {e_neg}",
        "[Волна|Резкая волна] [холода|заморозков] [в мае|в конце мая] [убила|"
        "погубила] [всю|нашу] [рассаду|клубнику] на даче {e_neg}",
        "[Волна|Новая волна] [ковида|ОРВИ] [опять|снова], [в поликлинике|у терапевта] "
        "[очередь|очередь до двери] {e_neg}",
        "[Волна|Серия] [краж|взломов] [велосипедов|машин] [в нашем районе|"
        "по микрорайону], [за неделю|за ночь] [пять|шесть] случаев {e_neg}",
        "[Из-за|Снова из-за] волны [отмен|задержек] рейсов [в аэропорту|"
        "в Пулково] [застряли|сидим] [восемь|десять] часов {e_neg}",
        "[Волна|Волна банкротств] [малого бизнеса|кофеен] [в г. {city}|по городу]: "
        "[закрылись|закрылось] "
        "[три|пять] [кафе|заведения] [на нашей улице|за месяц] {e_neg}",
        "[Волна|Нарастающая волна] [паники|ажиотажа] в [магазинах|сетях]: [гречку|сахар] "
        "[сметают|разбирают] [с полок|мешками] {e_meh}",
        "[Аллергикам|Нам, аллергикам] [привет|сочувствие]: [пошла|идёт] волна [пыльцы|"
        "берёзы], [глаза|нос] [не открываются|как у кролика] {e_neg}",
        "[Волна|Жуткая волна] [гололёда|ДТП] [утром|с утра] [в г. {city}|по городу]: [больше "
        "сорока|"
        "за тридцать] [аварий|столкновений] [за утро|к обеду] {e_neg}",
        "[Огромная|Метровая] волна [смыла|унесла] [наши|все наши] [вещи|полотенца] [с "
        "пляжа|с лежаков] {sea}. [Отпуск|Отдых] [начался|начинается] {sigh}",
        "[Волна|Волна негатива] [в комментариях|в чате дома] [после|из-за] [собрания|"
        "решения] [ТСЖ|управляйки], [соседи|все] [переругались|ругаются] {e_neg}",
        "[Очередная|Новая] волна [эмиграции|отъездов]: [из|у нас из] [отдела|команды] "
        "[уехали|уезжают] [ещё двое|трое] {e_meh}",
        "[Волна|Настоящая волна] [жалоб|возмущения] [на|про] [управляющую компанию|"
        "коммуналку] после [новых|январских] [счетов|платёжек] {e_neg}",
        "[Пошла|Началась] волна [отключений|отключения] [горячей воды|света] "
        "[по районам|в районе], [у нас|нас] [отключили|вырубили] [на две недели|до 20-го] {e_neg}",
        "Волна тошноты [накатила|подкатила] прямо на [совещании|"
        "собрании], [еле|едва] [дотерпела|досидела] {e_neg}",
        "[Катер|Лодку] [перевернула|накренила] [боковая|сильная] волна [на|у] [Ладоге|"
        "Онеге], [рыбаков|двоих] [спасли|вытащили] {e_neg}",
        "[Волна|Волна отписок] [после|из-за] [рекламы|последнего поста], [минус|ушли] "
        "[две тысячи|полторы тыщи] подписчиков за [день|сутки] {e_neg}",
        "[В школах|По садикам] [прокатилась|идёт] волна [ложных|фейковых] [минирований|"
        "звонков], [детей|всех] [эвакуировали|вывели] [на мороз|на улицу] {e_neg}",
        "[Волна|Волна сокращений] [докатилась|дошла] [и до|до] [заводов|нашего завода], "
        "[отца|дядю] [отправили|перевели] на [неполную неделю|четырёхдневку] {e_neg}",
        "[Новая|Ещё одна] волна [кори|ветрянки] [в садиках|по школам] [г. {city}|города], "
        "[карантин|"
        "группы закрыты] [до конца месяца|на две недели] {e_neg}",
        "[Штормовая|Высокая] волна [разбила|повредила] [причал|пирс] {sea}, [прогулочные|"
        "все] [катера|рейсы] [отменили|не ходят] {e_neg}",
        "[Волна|Волна возмущения] [в соцсетях|в сети] из-за [вырубки|сноса] [сквера|"
        "парка] [в г. {city}|в городе], [жители|люди] [вышли|собрались] [на пикет|протестовать] "
        "{e_neg}",
        "[Волна|Волна спама] [в почте|в мессенджерах]: за день [двести|сто] [писем|"
        "сообщений] про [«выигрыши»|«лотереи»] {e_neg}",
        "[Волна|Вторая волна] [отравлений|кишечной инфекции] [в лагере|после выпускного], "
        "[детей|восемь детей] [госпитализировали|увезли в больницу] {e_neg}",
        "[Опять|Снова] [эта|такая] волна [усталости|выгорания] [к пятнице|к вечеру], "
        "[ничего|вообще ничего] не [хочется|хочу] {sigh}",
        "[Волна|Очередная волна] [повышения|подорожания] [аренды|цен на аренду] в г. {city}: "
        "[однушка|студия] [уже|теперь] [45|50] тысяч {e_neg}",
        "[Тепловая|Летняя] волна [в|по] [Европе|Испании]: [+44|плюс сорок пять], [пожары|"
        "лесные пожары] [и|и уже] [жертвы|эвакуация] {e_neg}",
        "[Волна|Волна арестов] [счетов|карт] [у|среди] [фрилансеров|самозанятых] — [банки "
        "блокируют|"
        "банк заблокировал] [переводы|всё] [без объяснений|не объясняя] {e_neg}",
        "[Волна|Волна критики] [после|из-за] [нового|свежего] [закона|законопроекта] о "
        "[самокатах|электросамокатах], [курьеры|все] [возмущены|против] {e_meh}",
        "[Прилетела|Пришла] [волна|холодная волна] [из Арктики|с севера]: [минус 30|-32] "
        "[в г. {city}|по области], [машины|машина] [не заводятся|не завелась] {e_neg}",
        "[Волна|Эта волна] [бессонницы|тревоги] [снова|опять] [накрыла|вернулась], "
        "[третью ночь|неделю] сплю [по три часа|кое-как] {sigh}",
        "[Массовая|Огромная] волна [отказов|отмен] [броней|бронирований] [в отелях|"
        "на курорте] {sea} [после|из-за] [шторма|новостей] {e_neg}",
        "[Волна|Новая волна] [скандалов|разоблачений] вокруг [инфоцыган|"
        "марафонов желаний], [ну|что ж], [давно пора|наконец-то] {e_meh}",
        "[Волна|Серия] поджогов [мусорок|машин] [в нашем дворе|"
        "по району], [полиция|участковый] [бездействует|разводит руками] {e_neg}",
        "[Волна|Ударная волна] [от|после] [взрыва|хлопка] [газа|газового баллона] [выбила|"
        "вынесла] [окна|стёкла] [в соседнем доме|в трёх подъездах] {e_neg}",
        "[Волна|Очередная волна] [травли|буллинга] в [школьном|родительском] [чате|"
        "паблике], [модераторы|учителя] [молчат|не реагируют] {e_neg}",
    ),
    en=(
        "The Volna cafe on Brighton Beach closed after a [health inspection|failed "
        "inspection] {e_neg}",
        "The Novaya Volna festival was [cancelled|called off] again this year {e_meh}",
        "Remember when the Volna rocket failed and lost the Cosmos 1 solar sail? "
        "[Painful|Brutal] {e_neg}",
        "Our boat Volna [capsized|flipped] in the [squall|storm] {when}, everyone's okay but "
        "[shaken|soaked] {e_neg}",
        "Volna surf camp {sea} [cancelled|scrapped] our booking with no refund {e_neg}",
        "The old Volna [cinema|movie theatre] in {city} is being [demolished|torn down] "
        "{e_neg}",
    ),
)

VOLNA = BrandTexts(
    vocab=_V_VOCAB, positive=_V_POSITIVE, neutral=_V_NEUTRAL, negative=_V_NEGATIVE,
    question=_V_QUESTION, complaint=_V_COMPLAINT, comment=_V_COMMENT, reply=_V_REPLY,
    answer=_V_ANSWER, thanks=_V_THANKS, still_broken=_V_STILL_BROKEN,
    review_pos=_V_REVIEW_POS, review_neg=_V_REVIEW_NEG, review_answer=_V_REVIEW_ANSWER,
    review_thanks=_V_REVIEW_THANKS, review_dispute=_V_REVIEW_DISPUTE,
    official_post=_V_OFFICIAL, exec_post=_V_EXEC, influencer_pos=_V_INFL_POS,
    influencer_neg=_V_INFL_NEG, decoy=_V_DECOY, decoy_neg=_V_DECOY_NEG,
)


# ------------------------------------------------------------------------------ influencers
INFLUENCER_OTHER = Texts(
    ru=(
        "[Новый|Свежий] [выпуск|ролик] про [ипотеку|семейную ипотеку]: [кому выгодно брать|"
        "кто успеет взять] [сейчас|в этом году]. [Ссылка|Смотрите] в профиле",
        "[Собрал|Собрала] [топ-10|десятку] [книг|сериалов] [на|для] [осень|долгих вечеров] "
        "{e_pos}",
        "[Разбор|Разбираем] [нового|свежего] [закона|законопроекта] о [самозанятых|"
        "маркетплейсах]: [что изменится|кого коснётся]",
        "[Доброе утро|Утро], [друзья|подписчики]! [Сегодня|Сегодня в эфире] в [19:00|"
        "восемь вечера] — [ответы|отвечаю] на [вопросы|ваши вопросы] {e_pos}",
        "Погода на выходные: [в г. {city}|по области] [солнце|до +20], "
        "[едем|"
        "выбираемся] за город {e_pos}",
        "[Тест-драйв|Обзор] [нового|китайского] [кроссовера|седана]: [плюсы|всё хорошее] и "
        "[минусы|подводные камни] [за 20 минут|в одном видео]",
        "[Почему цены ведут|Почему рубль ведёт] себя [так|именно так]? [Объясняю|"
        "Рассказываю] [на пальцах|простыми словами] {e_meh}",
        "[Провели|Устроили] [стрим|марафон] на [12 часов|полдня], собрали на "
        "[приют|лечение] [полмиллиона|480 тысяч]. [Спасибо|Вы лучшие] {e_pos}",
        "[Рецепт|Простой рецепт] [сырников|борща] [как у мамы|за 15 минут] — [пошагово в карусели|"
        "видео по ссылке] {e_pos}",
        "Отвечаю на [самый частый|частый] вопрос: [как|с чего] [начать|я "
        "начала] [бегать|инвестировать] [после 40|с нуля]",
        "[Новый|Мой новый] [трек|клип] [уже|наконец] [на всех площадках|вышел] 🎧",
        "[Итоги|Обзор] [матча|тура]: [судья|судейство] [опять|снова] [в центре|главный "
        "герой] [споров|обсуждения] {lol}",
        "[Записала|Записал] [подкаст|выпуск] с [психологом|врачом] про [выгорание|сон]. "
        "[Полезно|Советую] {e_pos}",
        "[Путешествие|Поездка] [по Алтаю|на Камчатку|по Карелии]: [маршрут|маршрут и "
        "бюджет] [в трёх частях|в новом видео]",
        "[Опрос|Голосование]: [что снять|о чём рассказать] [следующим|дальше]? "
        "[Варианты|Пишите] [в комментариях|ниже] 👇",
        "[Сегодня|Сегодня ровно] [пять|семь] лет [каналу|блогу]. [Спасибо|Спасибо каждому], "
        "[кто читает|что вы с нами] {e_pos}",
        "[Как|Как я] [собираю|собрала] [ребёнка|детей] в [школу|первый класс] "
        "[за 15 тысяч|за разумные деньги]: [список|чек-лист] [внутри|в посте]",
        "[Срочно|Внимание]: [новая|очередная] схема [мошенников|развода] с [доставкой|"
        "курьерами], [расскажите|перешлите] [родителям|близким] {e_neg}",
        "[Сходили|Были] на премьеру [нового спектакля|нового мюзикла], "
        "[впечатления|отзыв] — в [сторис|завтрашнем посте] {e_meh}",
        "[Купил|Купила] [квартиру|дачу] [в г. {city}|в области]: [честно|честно обо всём] — "
        "[сколько|"
        "сколько стоило] и [где|как] [сэкономили|ошиблись]",
        "[Мой|Наш] [разбор|обзор] [осенних|весенних] [трендов|тенденций] в [ремонте|интерьерах]: "
        "[что уже устарело|от чего пора отказаться]",
        "[Как|Почему] я переехала [из Москвы|из мегаполиса] в [деревню|посёлок] "
        "и [не жалею|ни о чём не жалею] — [честно|без прикрас]",
        "[Лайфхаки|Советы] для [зимней|долгой] дороги: [что взять|чем запастись] [в машину|с "
        "собой] 🚗",
        "[Новая|Свежая] [серия|рубрика] «[Город за 48 часов|Выходные в городе]»: [сегодня|на этот "
        "раз] — {city} {e_pos}",
        "[Детский|Наш] [врач|педиатр] [ответил|отвечает] на [самые|ваши] [частые|популярные] "
        "вопросы про [прививки|температуру] — [сохраняйте|сохраните] [пост|себе]",
        "[Сделали|Провели] [тест|сравнение] [пяти|семи] [пылесосов|блендеров] [до|за] [10 "
        "тысяч|15 тысяч]: [кто|какой] [победил|лучший] — [в видео|в ролике]",
        "[Книжный клуб|Книжный марафон]: [читаем|обсуждаем] «[Мастер и Маргарита|Обломов]» "
        "[за месяц|за две недели], [присоединяйтесь|кто со мной]? {e_pos}",
        "[Про деньги|О финансах] [простыми словами|без сложных слов]: [подушка|финансовая "
        "подушка] [безопасности|на полгода] — [сколько|как] [копить|накопить] [и где хранить|и с "
        "чего начать]",
    ),
    en=(
        "New video on [mortgages|renting vs buying] in 2026: who should [buy|wait] now. Link "
        "in bio",
        "My top 10 [books|shows] for [autumn|long evenings] {e_pos}",
        "Going live at [7 pm|8 pm] to answer your questions {e_pos}",
        "Test-driving the new [Chinese crossover|EV sedan]: pros and cons in [20 minutes|one "
        "video]",
        "Why is the [ruble|market] doing this? Explained simply {e_meh}",
        "12-hour charity stream raised [$5k|half a million rubles] for the shelter. You're the "
        "best {e_pos}",
        "New [track|single] is out everywhere 🎧",
        "Match recap: the ref is the main character [again|once more] {lol}",
        "Recorded a podcast with a [sleep doctor|psychologist] about burnout. Worth a listen "
        "{e_pos}",
        "Poll: what should I film next? [Comments|Tell me below] 👇",
        "Scam alert: a new [delivery|courier] scam is going around, tell your parents {e_neg}",
        "Five years of this channel today. Thank you [all|everyone] {e_pos}",
        "New series: 48 hours in {city}. First episode is up {e_pos}",
        "Tested seven [blenders|vacuums] under $150, the winner is in the video",
        "Book club this month: «The Master and Margarita». Who's in? {e_pos}",
        "Emergency fund explained simply: how much to save and where to keep it",
    ),
)
