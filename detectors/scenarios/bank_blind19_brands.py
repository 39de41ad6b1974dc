"""Text bank `blind19`, brands half: what people say about «Сочный Бургер», «Полюшко» and «Волна».

Holds the shared vocabulary (`VOCAB`), the three brands' texts (`SOCHNY`, `POLYUSHKO`, `VOLNA`:
every role of `BrandTexts` with its private and crisis vocabulary) and `INFLUENCER_OTHER` (big
accounts about other things). The storm and the five crises are the other half
(bank_blind19_events.py), written at the same time by another writer; both halves follow the
vocabulary contract of the brief they share: the keys, and for the crisis keys (`guard_venue`,
`found_item`/`found_short`, `ignored_issue`, `gaffe_topic`, `fake_claim`) the grammatical forms.
Forms of the shared keys as written here: ru `city` is the bare locative for «в {city}»
(«Казани»), en `city` a plain name; `when` an adverbial time phrase; `who` a nominative noun
phrase (Russian ones of either gender); `n` digits from 5 to 40; `lol`, `sigh` and the three
emoji keys stand alone. «Волна»'s private keys for the everyday sense: `shore` (a place by the
water, locative), `wave_of` and `wave_bad` (what a «волна» is «of», genitive).

Written for issue 13 (the twenty-first round) by a writer who had not read the detectors. Files
read: the brief; detectors/scenarios/banks.py, textgen.py, week.py, week_traffic.py,
week_crises.py, week_storm.py and week_brands.py; in detectors/simulation.py only `noisy` and
its helpers; tests/unit/test_week.py; detectors/scenarios/bank_blind19.py; and the import lines
of the placeholder this file replaced. Directory listings showed file names only.

Seen of other banks, and what was done about it: the disjointness test printed strings of this
file that other banks (dev, blind, blind2, blind3, blind5, blind6, blind7, blind9, blind11,
blind13, blind14, blind16, blind17, blind18) also have word for word, mostly vocabulary values:
each was reworded. Once, for «Волна», the test printed the whole set of texts generated from
blind5 next to this bank's; part of it was on screen, nothing was taken from it, only the two
shared lines were extracted and the template behind them (and a Russian one resembling a blind5
line seen there) reworded. A failing guard-video check printed three texts of the events half;
nothing taken. No other bank file was opened. Checked only with tests/unit/test_week.py (and
ruff).
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]


VOCAB = Vocab(
    ru={
        "city": (
            "Москве",
            "Казани",
            "Перми",
            "Самаре",
            "Твери",
            "Воронеже",
            "Екатеринбурге",
            "Новосибирске",
            "Краснодаре",
            "Ярославле",
            "Тюмени",
            "Уфе",
            "Иркутске",
            "Калининграде",
            "Саратове",
            "Питере",
            "Челябинске",
            "Владимире",
            "Томске",
            "Рязани",
        ),
        "when": (
            "вчера после ночной смены на складе",
            "сегодня в обед, пока шеф на планёрке",
            "в субботу без двадцати двенадцать",
            "позавчера",
            "утром перед парой по матанализу",
            "в прошлое воскресенье после бассейна",
            "минут сорок назад, пока ждал автобус",
            "в пятницу после караоке с отделом",
            "часа в четыре, между двумя созвонами",
            "в третьем часу ночи после сериала",
            "в понедельник ровно в 7:15",
            "намедни",
            "вчера по пути с хоккея сына",
            "только-только",
        ),
        "who": (
            "муж",
            "жена",
            "сестрёнка",
            "братишка",
            "Светка из бухгалтерии",
            "дядя Коля с пятого этажа",
            "подруга",
            "сын",
            "дочка",
            "мама",
            "начальница",
            "одногруппник",
            "свекровь",
            "кум",
            "соседка Алина по общаге",
        ),
        "lol": (
            "ахахах",
            "аххаха",
            "😂",
            "🤣",
            "лол",
            "хихи",
            "хдд",
            "ржака",
            "😅",
        ),
        "sigh": (
            "эх",
            "эээх",
            "мдаа",
            "чтож",
            "😮‍💨",
            "эхх",
            "охохо",
            "вот такие пироги",
        ),
        "n": (
            "5",
            "6",
            "7",
            "8",
            "10",
            "12",
            "15",
            "20",
            "25",
            "40",
        ),
        "e_pos": (
            "😍",
            "🔥",
            "👍",
            "❤️",
            "🥰",
            "😋",
            "🙌",
            "💯",
            "✨",
            "🤤",
        ),
        "e_neg": (
            "😡",
            "🤬",
            "😤",
            "👎",
            "🙄",
            "😠",
            "💩",
            "🤮",
            "😒",
        ),
        "e_meh": (
            "🤷",
            "😐",
            "🤔",
            "🙃",
            "😶",
            "🫠",
            "🤷‍♀️",
            "👀",
        ),
    },
    en={
        "city": (
            "Moscow",
            "Kazan",
            "Perm",
            "Samara",
            "Tver",
            "Voronezh",
            "Yekaterinburg",
            "Novosibirsk",
            "Krasnodar",
            "Yaroslavl",
            "Tyumen",
            "Ufa",
            "Irkutsk",
            "Kaliningrad",
            "Saratov",
            "Petersburg",
            "Chelyabinsk",
            "Vladimir",
            "Tomsk",
            "Ryazan",
        ),
        "when": (
            "after my night shift at the warehouse",
            "on my lunch break while the boss was in a meeting",
            "at twenty to midnight on Saturday",
            "two days ago around dinner time",
            "before my 8am stats lecture",
            "last Sunday after the pool",
            "like forty minutes ago at the bus stop",
            "on Friday after karaoke with the team",
            "around four, between two Zoom calls",
            "at 3am after a Netflix binge",
            "on Monday at 7:15 sharp",
            "on Tuesday, I think",
            "on the way back from my son's hockey practice",
            "just now, like two minutes ago",
        ),
        "who": (
            "my hubby Dimon",
            "my wife Lenochka",
            "my sister Katyusha",
            "big bro Misha",
            "Kostya from my team",
            "uncle Kolya from downstairs",
            "my bestie Nastya",
            "my 9-year-old son",
            "my 12yo",
            "mom",
            "my team lead Oleg",
            "Vika from my uni group",
            "my mother-in-law Zinaida Petrovna",
            "my flatmate Tolya",
            "the neighbours' boy Vanya",
        ),
        "lol": (
            "lmao",
            "lmfao",
            "😂",
            "🤣",
            "lol",
            "haha",
            "dead 💀💀",
            "😅",
        ),
        "sigh": (
            "ugh",
            "sigh",
            "welp",
            "welp, ok",
            "😮‍💨",
            "meh",
            "sooo yeah",
            "classic",
        ),
        "n": (
            "5",
            "6",
            "7",
            "8",
            "10",
            "12",
            "15",
            "20",
            "25",
            "40",
        ),
        "e_pos": (
            "😍",
            "🔥",
            "👍",
            "❤️",
            "🥰",
            "😋",
            "🙌",
            "💯",
            "✨",
            "🤤",
        ),
        "e_neg": (
            "😡",
            "🤬",
            "😤",
            "👎",
            "🙄",
            "😠",
            "💩",
            "🤮",
            "😒",
        ),
        "e_meh": (
            "🤷",
            "😐",
            "🤔",
            "🙃",
            "😶",
            "🫠",
            "🤷‍♀️",
            "👀",
        ),
    },
)


SOCHNY = BrandTexts(
    vocab=Vocab(
        ru={
            "dish": (
                "дабл-чиз с маринованным халапеньо",
                "бургер «Деревенский» с беконом",
                "наггетсы",
                "картофель по-деревенски с укропом и чесноком",
                "крылышки «Жар-птица»",
                "ролл «Цезарь» с курицей",
                "фишбургер",
                "клубничный шейк с маршмеллоу",
                "луковые колечки в пивном кляре",
                "бургер «Лесной» с опятами",
                "детский бокс с машинкой",
                "комбо «Студент» с морсом",
                "веджи-бургер со свёклой",
                "моцарелла-палочки «Липучки»",
            ),
            "good": (
                "котлета реально сочная, сок течёт до локтя",
                "булочка тёплая, с кунжутом, мягкая",
                "соус прямо стекает по пальцам",
                "картошка хрустит, как первый снег",
                "заказ выдали, пока я мыл руки",
                "всё горячущее, аж пар идёт",
                "порцию доедал уже по дороге домой",
                "сыр тянется на полметра",
                "кассир Дима улыбнулся и пожелал хорошего дня",
                "в зале чисто и пахнет кофе, а не фритюром",
            ),
            "meh": (
                "картошку пересолили самую малость",
                "соуса на донышке",
                "булка суховата по краям",
                "котлета тонковата для 390 рублей",
                "свой номер на табло ждал минут пятнадцать",
                "кола из автомата без газа",
                "музыка в зале громче, чем в клубе",
                "столик у окна липкий",
                "в пакете соус растёкся по картошке",
            ),
            "promo": (
                "сет «Обед» за 279 до 16:00",
                "второй бургер за 1 ₽ по средам",
                "картошка в подарок к заказу от 550",
                "минус 30% по вторникам в приложении",
                "промокод СОЧНО15",
                "10% баллами на карту гостя",
                "детский бокс за полцены по выходным",
            ),
            "spot": (
                "на фудкорте «Авиапарка», третий этаж",
                "у выхода №2 на Соколе",
                "на Курском, у табло пригородных",
                "в новом ТЦ «Орбита» у кольцевой",
                "на Лиговском возле «Галереи»",
                "в Шереметьево, терминал B",
                "у политеха, напротив общаги №6",
                "на заправке на 97-м км М-11",
            ),
            "guard_venue": (
                "в ресторане на Бауманской у стойки с трубочками и салфетками",
                "в ресторане на Московском проспекте у терминалов самообслуживания",
                "в ресторане на Привокзальной площади у автомата с игрушками",
            ),
            "found_item": (
                "обрывок синей латексной перчатки прямо в котлете",
                "скобу от степлера в верхней булке",
                "чей-то телесный пластырь среди картошки фри",
                "половинку деревянной шпажки под сыром",
            ),
            "found_short": (
                "перчатка",
                "скоба",
                "пластырь",
                "шпажка",
            ),
            "ignored_issue": (
                "412 рублей за отменённую доставку так и не вернулись на карту",
                "промокод ЛЕТО24 из рассылки не принимают ни на кассе, ни в приложении",
                "приложение с прошлой среды списывает оплату дважды за один заказ",
            ),
            "gaffe_topic": (
                "тех, кто на кассе по пять минут выбирает соус",
                "людей, которые сидят в зале с калькулятором калорий",
                "тех, кто приходит с детьми и сидит по два часа с одним коктейлем",
            ),
            "fake_claim": (
                "в котлеты подмешивают мясо, списанное в магазинах",
                "у сотрудников сети нашли дизентерию и рестораны закроют на месяц",
                "масло во фритюре меняют раз в месяц, а остатки продают на мыло",
            ),
        },
        en={
            "dish": (
                "double cheese with pickled jalapeño",
                "'Village' bacon burger",
                "nuggets",
                "garlic dill wedges",
                "'Firebird' hot wings",
                "chicken 'Caesar' roll",
                "fishburger",
                "strawberry marshmallow shake",
                "onion rings in beer batter",
                "'Forest' mushroom burger",
                "kids box with a toy car",
                "'Student' combo with mors",
                "beetroot veggie burger",
                "'Sticky' mozzarella sticks",
            ),
            "good": (
                "the patty is so juicy it runs down to your elbow",
                "the sesame bun was warm and soft",
                "the sauce literally drips down your fingers",
                "the fries crunch like fresh snow",
                "the order was ready before I'd washed my hands",
                "everything was steaming hot",
                "the portion was so big I finished it on the walk home",
                "the cheese stretched half a metre",
                "the cashier Dima smiled and wished me a good day",
                "the dining room is clean and smells of coffee, not oil",
            ),
            "meh": (
                "they oversalted the fries just a touch",
                "sauce barely covered the bottom",
                "the bun was a bit dry at the edges",
                "the patty is thin for 390 roubles",
                "waited about fifteen minutes for my number on the screen",
                "the fountain coke was flat",
                "the music inside is louder than a club",
                "the window table was sticky",
                "the sauce leaked all over the fries in the bag",
            ),
            "promo": (
                "the 279 lunch set before 4pm",
                "a second burger for 1 rouble on Wednesdays",
                "free fries with orders over 550",
                "Tuesday 30% off in the app",
                "the SOCHNO15 code",
                "10% back on the guest card",
                "half-price kids boxes on weekends",
            ),
            "spot": (
                "in the Aviapark food court, third floor",
                "by exit 2 at Sokol",
                "at Kursky, by the commuter train board",
                "in the new Orbita mall off the ring road",
                "on Ligovsky by the Galeria mall",
                "at Sheremetyevo, terminal B",
                "by the polytech, opposite dorm 6",
                "at the km 97 gas station on the M-11",
            ),
            "guard_venue": (
                "at the restaurant on Baumanskaya Street, by the straws-and-napkins stand",
                "at the restaurant on Moskovsky Prospekt, by the self-order kiosks",
                "at the restaurant on Station Square, by the claw machine",
            ),
            "found_item": (
                "a shred of blue latex glove right in the patty",
                "a stapler staple in the top bun",
                "someone's beige band-aid among the fries",
                "half a wooden skewer under the cheese",
            ),
            "found_short": (
                "glove",
                "staple",
                "band-aid",
                "skewer",
            ),
            "ignored_issue": (
                "the 412 roubles for my cancelled delivery still haven't come back to my card",
                "the LETO24 code from your newsletter is refused at the till and in the app",
                "since last Wednesday the app charges me twice for one order",
            ),
            "gaffe_topic": (
                "people who spend five minutes at the till choosing a sauce",
                "people who sit in the dining room with a calorie calculator",
                "people who bring kids and sit for two hours over one milkshake",
            ),
            "fake_claim": (
                "the patties contain meat that supermarkets wrote off",
                "staff at the chain have dysentery and the restaurants will shut for a month",
                "the fryer oil is changed once a month and the leftovers are sold for soap",
            ),
        },
    ),
    positive=Texts(
        ru=(
            "[Зашла|Заскочил|Забежали] в {b_acc} {spot} {when}, [взяла|взял|взяли] {dish} — "
            "{good} {e_pos}",
            "{b} [сегодня|в этот раз|прямо] [порадовал|приятно удивил|не подвёл]: {good}[, и "
            "ещё {good}|]",
            "[Короче|Итак|Ну что], {dish} [в {b_pre}|из {b_gen}] [теперь мой фаворит|лучшее, "
            "что я ел за неделю|просто топ] {e_pos}",
            "[Вот это сюрприз|Приятно удивлена|Кто бы мог подумать]: {b} [реально|и правда] "
            "[вкуснее|сытнее|душевнее] [соседней шаурмы|того, что у нас в столовой|многих "
            "ресторанов за 1500] {lol}",
            "[Принесли|Притащили|Заказали] [домой|на работу|в общагу] {dish} из {b_gen}, [пахло "
            "на весь подъезд|съели за минуту|поделились на всех] {e_pos}",
            "[Лайфхак|Совет|Пишу для своих]: [в {b_pre}|у {b_gen}] [сейчас|до конца месяца|по "
            "будням] {promo}, [берите|пользуйтесь|не тупите, как я неделю назад] 👌",
            "[Каждую пятницу|После каждой тренировки|Как только зарплата] [иду|мы идём|тащу "
            "друзей] в {b_acc} {spot}, [это уже традиция|и ни разу не пожалел|рекомендую] "
            "{e_pos}",
            "{dish} [в {b_pre}|от {b_gen}] — [любовь|моя слабость|то, ради чего стоит жить] "
            "{e_pos}{e_pos}",
            "[Отдельное спасибо|Респект|Лучи добра] [девочке на кассе|ребятам на кухне|курьеру] "
            "{b_gen} {spot}: {good}",
            "[Ехали {when} по трассе|Ждали поезд|Гуляли по центру], [заехали|заглянули] в "
            "{b_acc} {spot}. {good}, [жить можно|настроение вернулось|рекомендую] {e_pos}",
            "[Честный отзыв|Без рекламы|Мне не платят, просто делюсь]: {b} [за свои деньги|в "
            "своей категории|среди сетевых] [лучший|очень достойный|вне конкуренции]. {good}",
            "[Попробовали|Наконец взяли|Рискнули заказать] в {b_pre} новинку, {dish}, — "
            "[огонь|зачёт|десять из десяти], [{good}|повторим]",
            "[Вот за что люблю|Обожаю|Уважаю] {b_acc}: {good}, [и всё это|причём] [без "
            "очередей|за нормальные деньги|в три часа ночи] {e_pos}",
            "{b} {spot} [работает круглосуточно|открыт до утра|не закрывается на ночь], [и это "
            "спасение после смены|студенты оценят|я тут каждую ночь после клуба] {lol}",
            "[Доставка|Курьер|Заказ через приложение] {b_gen} [приехала|приехал|пришёл] "
            "[раньше, чем обещали|минут за двадцать|горячим], {good} {e_pos}",
            "[Девочки|Народ|Пацаны], [в {b_pre}|у {b_gen}] [вернули|снова завезли|наконец "
            "добавили] {dish}! [Бегите|Я уже взяла два|Неделю ждал] {e_pos}",
            "[Мой сын|Ребёнок|Племянник] [обожает|требует каждые выходные|выпрашивает] {dish} "
            "из {b_gen}, [и я его понимаю|теперь и я подсела|приходится соглашаться] {lol}",
            "[Пятница!|Отпуск начался|Сессия закрыта], [отмечаю|балую себя|награждаю себя] "
            "[комбо из|бургером из] {b_gen} {e_pos}",
            "[Очень|Реально|Неожиданно] [вежливый персонал|быстро обслужили|чистенько] в "
            "{b_pre} {spot}, {good}. [Пять звёзд|Зайду ещё|Однозначно рекомендую]",
            "{b} [сделал мне вечер|спас мне обед|поднял настроение]: {good}[ и {good}|] {e_pos}",
            "[Шёл просто перекусить|Зашёл наугад|Заглянули случайно], а в {b_pre} {good}. "
            "[Приятная находка|Теперь буду ходить|Отлично]",
            "[Поставил бы звёзды|Если бы мог, поставил бы лайк] {b_dat} [за {dish}|за "
            "скорость|за кассы самообслуживания]: {good}",
            "[Сходили с мужем|Забежали с подругой|Были с коллегами] {when} в {b_acc}, [оба "
            "довольны|наелись на весь вечер|ушли с пустыми подносами и полными животами] {e_pos}",
            "[Единственный|Первый] фастфуд, где {good} — [это {b}|и это {b}]. [Держите "
            "планку|Не испортитесь, пожалуйста|Так держать] 🙏",
            "[Уже {n} раз|Раз {n} за месяц] [брал|заказывала] {dish} в {b_pre} и [ни разу не "
            "разочаровался|каждый раз как в первый|стабильно вкусно] {e_pos}",
            "[Свидание|Встреча с однокурсниками|День рождения дочки] в {b_pre} {spot} — [зашло "
            "всем|было уютно|дети в восторге], {good}",
            "[Новинка|Сезонка|Лимитка] в {b_pre}, {dish}, — [не реклама|без шуток|серьёзно], "
            "[лучший за всю историю сети|вкуснее, чем ожидала|беру второй]",
            "[Ставлю|Моя оценка] {b_dat}: [твёрдая пятёрка|9 из 10|пять с плюсом]. {good}, [и "
            "это главное|остальное неважно|рекомендую]",
            "[За {promo}|С {promo}] [в {b_pre}|у {b_gen}] [наелись вдвоём|накормила всю "
            "семью|обед обошёлся копейки] — [выгодно|кайф|советую] {e_pos}",
            "[Что бы кто ни говорил|Моё мнение|Скажу честно]: {b} [лучше всех "
            "конкурентов|вкусный|моя любовь] {e_pos}",
            "Приложение {b_gen} [стало удобнее|наконец-то не глючит|показывает, где курьер], "
            "[заказ собрали быстро|баллы пришли сразу|всё чётко] 👍",
            "[В {b_pre} {spot}|В точке {b_gen} {spot}] [поменяли|обновили] [зал|меню|интерьер] "
            "— [стало круто|стильно и уютно|глаз радуется] ✨",
            "{when} [попала|попал] в {b_acc} [в час пик|перед закрытием|в самый обед], а [всё "
            "равно отдали за пять минут|всё горячее|никакой суеты]. Уважение",
            "[Бабушка|Дед|Мама] [впервые|в 70 лет впервые] [попробовала|попробовал] "
            "[бургер|фастфуд] — [в {b_pre}|из {b_gen}]. [Вердикт: вкусно|Сказала «можно "
            "повторить»|Одобрено] {lol}",
        ),
        en=(
            "[Grabbed|Picked up|Got] the {dish} at {b} {spot} {when} and honestly {good} {e_pos}",
            "{b} [came through|did not disappoint|was a nice surprise] today — {good}[, and "
            "{good}|]",
            "[Ok|Alright|Confession]: the {dish} at {b} [is my new favourite|is elite|might be "
            "the best thing I ate all week] {e_pos}",
            "[Pleasantly surprised by|Really impressed by|Big fan of] {b} lately. {good} {lol}",
            "[PSA|Tip|Heads up]: {b} has {promo} [right now|until the end of the month|on "
            "weekdays], [go go go|you're welcome|don't sleep on it] 👌",
            "[Every Friday|After every gym session|Payday ritual]: {b} {spot}. [Never once "
            "regretted it|Tradition at this point|Zero regrets] {e_pos}",
            "[Shoutout|Big thanks|Respect] to [the cashier|the kitchen crew|the delivery guy] "
            "at {b} {spot} — {good}",
            "[Road trip|Long drive home|Evening walk] and {b} {spot} [hit the spot|was "
            "perfect|made my day]. {good}",
            "[Honest review|Not sponsored|Nobody's paying me for this]: {b} is [the best chain "
            "burger in town|seriously underrated|solid for the money]. {good}",
            "[Tried|Finally ordered|Took a chance on] the new {dish} at {b} — "
            "[fire|10/10|absolutely worth it] {e_pos}",
            "{b} delivery [showed up early|took twenty minutes|arrived still hot] and {good}. "
            "[Impressed|Nice|Love it] {e_pos}",
            "[They brought back|Finally back|Guess what's back]: the {dish} at {b}! "
            "[Run|Already had two|Been waiting for weeks] {e_pos}",
            "My [kid|nephew|little brother] [is obsessed with|begs for|won't shut up about] the "
            "{dish} from {b} and [honestly same|I get it now|fair enough] {lol}",
            "[Friday!|Holiday mode|Exams are done], treating myself to {b}. {good} {e_pos}",
            "[Popped in for a quick bite|Walked in on a whim], and at {b} {good}. [Great "
            "find|Coming back|Nice]",
            "Went to {b} with {who} {when}, [we both loved it|left stuffed|zero complaints]. "
            "{good} {e_pos}",
            "[Been|Gone] to {b} like {n} times [this month|since it opened] and [it's "
            "consistently good|never had a bad meal|still not bored of it] {e_pos}",
            "[My rating|Final verdict] for {b}: [9/10|solid five stars|A+]. {good}[, and that's "
            "what matters|, highly recommend|]",
            "[Used|Grabbed] {promo} at {b} and [fed the whole family|we ate for two for "
            "nothing|lunch cost pennies] — [great deal|love it|recommend] {e_pos}",
            "[Honestly|My two cents|For real], {b} [slaps|is genuinely good|beats the big "
            "chains] {e_pos}",
            "The {b} app [finally works|got so much smoother|now shows where the courier is] — "
            "[order was quick|points landed instantly|no complaints] 👍",
            "[My grandma|My dad|My mom] [tried|had] [her|his] first ever burger at {b} "
            "[today|{when}]. [Verdict: delicious|Wants to go back|Approved] {lol}",
            "{b} {spot} [renovated the dining area|has a new look|redid the whole place] and "
            "[it looks great|it's actually cozy now|I'm into it] ✨",
            "[Late night|3am] {b} run with [the boys|my flatmate|the whole crew] — [exactly "
            "what we needed|hit the spot|perfect] {e_pos}",
            "[Not gonna lie|Ngl|Lowkey], {b} [has the best|makes a better] {dish} [in "
            "{city}|than places twice the price] {e_pos}",
            "[Birthday dinner|First date|Team lunch] at {b} {spot} [went great|was fun|was "
            "surprisingly nice] — {good}",
            "[Ordered|Got] {b} for the [office|study group|movie night], [everyone was "
            "happy|not a crumb left|they want it again next week] 🙌",
        ),
        mixed=(
            "{b} {spot} — [literally the best|мой comfort food|просто vibe], {good} {e_pos}",
            "Новый {dish} в {b_pre} [is a whole mood|это must try|прям next level] {e_pos}",
            "[Honestly|Ngl|Lowkey] {b} [сегодня на высоте|лучше всех в районе|заслуживает "
            "10/10]: {good}",
            "[Weekend plans|План на вечер]: {b}, {dish} и сериал. [Perfect|Идеально|Best combo] "
            "{e_pos}",
            "[Delivery|Курьер] {b_gen} [приехал super fast|был faster than light|приехал минут "
            "за 15], {good} 🔥",
            "[Shoutout|Респект] ребятам из {b_gen} {spot}, [service на пятёрку|такой vibe "
            "приятный|всё чётко и fast] 🙌",
            "{b} + {promo} = [best deal ever|идеальный lunch|win-win] {e_pos}",
            "[Guilty pleasure|Моя слабость]: {dish} из {b_gen} [в 2 ночи|после gym|после "
            "дедлайна] {lol}",
        ),
    ),
    neutral=Texts(
        ru=(
            "[Кто знает|Подскажите|Не в курсе], до скольки [работает|открыт] {b} {spot}? [Хотим "
            "заехать {when}|Надо после работы успеть|Интересует именно зал]",
            "[Встречаемся|Давайте встретимся|Сбор] у {b_gen} {spot} [в семь|в 18:30|через "
            "полчаса], [захватите зонт|пишите, если что|я буду в красной куртке]",
            "[Сижу|Сидим|Торчу] в {b_pre} {spot}, [жду мужа|жду поезд|пережидаю дождь], "
            "[вай-фай тут есть|зарядка для телефона есть|народу много] [🍔|🍟|👀|📍|🤔]",
            "[Заметил, что|Оказывается,] {b} [поменял упаковку|сменил логотип на стаканах|убрал "
            "трубочки из пластика]. [Кто-нибудь ещё обратил внимание?|Интересно, зачем|Ну ок]",
            "[А в {b_pre}|А у {b_gen}] [есть|бывает] [постное меню|что-то без глютена|халяль]? "
            "[Спрашиваю для подруги|Для друга спрашиваю|Надо для коллеги]",
            "{b} [открывается|откроется|собирается открыться] [у нас в {city}|в нашем "
            "районе|рядом с моим домом] — [говорят, в следующем месяце|уже повесили "
            "вывеску|видел объявление о наборе персонала]",
            "[Вопрос к знатокам|Спор на работе]: {dish} в {b_pre} [сколько стоит сейчас|с "
            "какого года в меню|острый или нет]? [Ставки сделаны|Рассудите|Кто прав?]",
            "[Взял|Беру] {dish} в {b_pre}, [посмотрим|попробую впервые|отпишусь потом]. [Пока "
            "жду заказ|Номер заказа 47|Очередь человек пять] [🍔|🍟|👀|📍|🤔]",
            "[В {b_pre}|У {b_gen}] {spot} [сейчас|сегодня] [обновили зал|работает окно выдачи "
            "для машин|принимают оплату по QR]. [Имейте в виду|Просто инфа|Если кто собирался]",
            "[Интересно|Любопытно], [сколько|а сколько] [в день продаёт|за смену готовит|котлет "
            "в день жарит] {b}? [Тысячи, наверное|Где-то видел цифры|Кто работал там — скажите]",
            "{when} [видел|видела] [фуру|машину|курьеров] {b_gen} [у нас во дворе|на "
            "парковке|около бизнес-центра]. [К чему бы это|Видимо, новая точка|Просто "
            "наблюдение]",
            "[Кто-нибудь работал|Кто сейчас работает] в {b_pre}? [Как там с графиком|Сколько "
            "платят в {city}|Норм ли для студента]? [Хочу подработку|Рассматриваю "
            "вакансию|Подаю резюме]",
            "[Тут|Вот] {b} [запустил|выпустил|анонсировал] {promo}[, пишу для тех, кому "
            "интересно|, условия в приложении|]. [🍔|🍟|👀|📍|🤔]",
            "[Сравнил|Посчитал|Сравнила] цены: {dish} в {b_pre} [стоит примерно как у "
            "конкурентов|на 20 рублей дороже, чем в прошлом году|чуть дешевле, чем на вокзале]. "
            "[Для справки|Просто факт|Делитесь, у кого как]",
            "[Обедаю|Перекус|Ужин] в {b_pre}, [рядом|напротив] [сидит|сидят] [футбольная "
            "команда|школьники|компания туристов] {lol}",
            "[Ребят|Народ], {b} {spot} [принимает|берёт] [СБП|карты «Мир»|оплату телефоном]? "
            "[Хочу уточнить заранее|Собираюсь заехать|Спасибо, если ответите]",
            "[Поспорили с друзьями|Спорим с коллегой|У нас в чате спор]: [где больше порция|кто "
            "вкуснее|что дешевле] — {b} или [соседняя бургерная|шаурма у метро|домашние "
            "котлеты]? {lol}",
            "[Из интересного|Забавно]: в {b_pre} {spot} [на стене висит карта города|играет "
            "советская эстрада|стоит автомат с игрушками]. [🍔|🍟|👀|📍|🤔]",
            "{b} [в {city}|у нас] [теперь|с этой недели] [работает|открыт] [до 2 "
            "ночи|круглосуточно|с 7 утра]. [Для тех, кто ночью голодный|Инфа для "
            "полуночников|Кому надо]",
            "[Кстати|К слову], [в приложении {b_gen}|на сайте {b_gen}] [можно|теперь можно] "
            "[заранее заказать к определённому времени|выбрать точку самовывоза|посмотреть "
            "калорийность]. [Не знал раньше|Может, кому пригодится|Узнал случайно]",
            "[Какой|Что за] [соус|напиток|десерт] [вы берёте|посоветуете] к бургерам в {b_pre}? "
            "[Хочу разнообразия|Всегда беру одно и то же|Надоел кетчуп]",
            "[Стою|Стоим] в очереди в {b_acc} {spot}, [впереди|передо мной] человек {n}. [Ну "
            "посмотрим|Время пошло|Засекаю] [🍔|🍟|👀|📍|🤔]",
            "[Поймал себя на мысли|Подумал тут], что [в {b_pre} не был уже год|с {b_ins} у меня "
            "связаны студенческие годы|первый бургер в жизни съел в {b_pre}]. [🍔|🍟|👀|📍|🤔]",
            "{who} [работает|подрабатывает] в {b_pre} {spot} [на кухне|на кассе|курьером], "
            "[говорит, смены по 12 часов|рассказывает много интересного|в выходные там завал]",
            "[Новость дня|Вдруг кому важно]: {b} [меняет поставщика картошки|переходит на "
            "бумажные пакеты|тестирует новую котлету] [в {city}|в нескольких городах]. "
            "[Посмотрим|Ждём|Ну ок]",
            "[Решили|Думаем] [отметить день рождения ребёнка|провести корпоратив|собраться "
            "классом] в {b_pre}. [Кто так делал?|Там есть комната для праздников?|Нужна бронь?]",
            "[На карте|В навигаторе] {b} {spot} [отмечен|показан], а [по факту переехал|вход с "
            "другой стороны|открыт только с улицы]. [Ищите справа от входа|Если что, там "
            "указатель|Удачи]",
            "[Выкладываю|Публикую] [чек|фото подноса|состав заказа] из {b_gen}: {dish}, {dish} "
            "и напиток — [на {n}00 рублей|итог смотрите сами|решайте сами, много это или мало] "
            "[🍔|🍟|👀|📍|🤔]",
            "[Вопрос|Вопросик]: {b} [делает|сделает] доставку [в {city}|в область|за МКАД]? [На "
            "сайте не увидел|Уточняю заранее|Подскажите]",
            "[Сын|Дочка] [спрашивает|интересуется], почему {b} называется именно так. [Ответил "
            "как смог|Пришлось гуглить|Загуглили вместе] {lol}",
            "[Завтра|В субботу] [будем|окажемся] [в {city}|на юге] проездом, [по пути будет "
            "{b}?|там есть {b}?|надеюсь, в аэропорту есть {b}]",
            "{b} [проводит|запускает|объявил] [конкурс рисунков|благотворительную акцию|набор "
            "стажёров] [для школьников|в {city}|среди гостей]. [Кому интересно|Подробности у "
            "них в группе|Вот, делюсь]",
            "[Ролик|Видос] о том, как [на кухне {b_gen} собирают бургер|в {b_pre} жарят "
            "котлеты|устроена кухня {b_gen}], [мне в ленту прилетел|залип на 10 минут|кто "
            "видел?] [🍔|🍟|👀|📍|🤔]",
            "[Помню|Вспомнилось], как [в {b_pre} раньше давали игрушки|{b} только открылся и "
            "были очереди|в {b_pre} был автомат с мороженым]. [Кто помнит?|Было "
            "время|Ностальгия] [🍔|🍟|👀|📍|🤔]",
            "[Пересаживаюсь|Сижу на пересадке] {spot}, [зашёл|заглянул] в {b_acc} [за "
            "кофе|зарядить телефон|переждать час]. [🍔|🍟|👀|📍|🤔]",
        ),
        en=(
            "[Anyone know|Quick question,] how late {b} {spot} is open? [Thinking of going "
            "{when}|Need to swing by after work|Asking for the dining room specifically]",
            "[Meet|Let's meet] outside {b} {spot} [at 7|at 6:30|in half an hour], [I'll be the "
            "one in the red jacket|don't be late|text me if you get lost]",
            "[Sitting|Stuck] at {b} {spot} [waiting for {who}|waiting for my train|killing "
            "time], [there's wifi|there's a phone charger|place is packed] [🍔|🍟|👀|📍|🤔]",
            "[Noticed|Apparently] {b} [changed its packaging|switched to paper straws|has a new "
            "logo on the cups]. [Anyone else?|Wonder why|Okay then]",
            "Does {b} [have|do] [anything gluten free|a vegetarian menu|halal options]? [Asking "
            "for a friend|Going with a coworker who needs it|Couldn't find it online]",
            "{b} is [opening|about to open|supposedly opening] [in {city}|in my "
            "neighbourhood|right by my building] — [the sign is already up|saw a hiring "
            "poster|next month apparently]",
            "[Ordering|Trying] the {dish} at {b} [for the first time|now], [will report "
            "back|we'll see|fingers crossed]. [🍔|🍟|👀|📍|🤔]",
            "{b} {spot} is [getting a new look|drive-through only tonight|taking QR payments "
            "now]. [FYI|Just so you know|If anyone was heading there]",
            "[How many|Roughly how many] burgers does {b} sell [a day|per shift|per year]? "
            "[Thousands I guess|Anyone who worked there?|Random thought]",
            "[Anyone work at|Has anyone worked at] {b}? [How are the shifts|What's the pay like "
            "in {city}|Is it okay for a student]? [Looking for a side job|Thinking of applying]",
            "[Price check|For the record]: the {dish} at {b} is [about the same as the "
            "competition|20 roubles more than last year|a bit cheaper than at the station]. "
            "[Just saying|Data point|Compare yourself]",
            "[Having lunch|Grabbing dinner] at {b}, [next to|across from] [a whole football "
            "team|a school trip|a bunch of tourists] {lol}",
            "Does {b} {spot} take [Mir cards|phone payments|SBP]? [Want to check first|Planning "
            "a visit|Need to know]",
            "[Fun fact|Random observation]: {b} {spot} has [a huge city map on the wall|Soviet "
            "pop playing|a claw machine by the door]. [🍔|🍟|👀|📍|🤔]",
            "{b} [in {city}|near me] is now open [until 2am|24/7|from 7am]. [For the night "
            "owls|In case anyone needs it|Good to know]",
            "[Did you know|TIL] you can [schedule an order in advance|pick a pickup "
            "location|see calories] in the {b} app? [Could be useful|Found out by accident|News "
            "to me]",
            "[What sauce|Which drink] do you get with the {dish} at {b}? [Need variety|Always "
            "get the same thing|Tired of ketchup]",
            "[In line|Queueing] at {b} {spot}, [about {n} people ahead of me|{n} people in "
            "front]. [Let's see|Timer's on|We'll see how long] [🍔|🍟|👀|📍|🤔]",
            "{who} [works|does shifts] at {b} {spot} [in the kitchen|at the till|as a courier] "
            "and [says weekends are chaos|has stories|says shifts are long]",
            "[News|Apparently] {b} is [testing a new patty|switching to paper bags|changing "
            "fries supplier] [in {city}|in a few cities]. [We'll see|Interesting|Okay]",
            "[Planning|Thinking about] [a kid's birthday|an office party|a class reunion] at "
            "{b}. [Anyone done it?|Do they have a party room?|Need to book?]",
            "[Maps says|Google shows] {b} {spot} is there but [the entrance is round the "
            "back|it moved next door|you have to go in from the street]. [FYI|Just a tip|Look "
            "right]",
            "Does {b} deliver [to {city}|out of town|to the suburbs]? [Can't find it on the "
            "site|App isn't clear|Anyone know?]",
            "[Remember when|Throwback to when] {b} [had toys in kids meals|first opened and had "
            "massive lines|had the ice cream machine]? [🍔|🍟|👀|📍|🤔]",
            "[Layover|Transfer] {spot}, [popped into|sitting in] {b} [for a coffee|to charge my "
            "phone|to kill an hour]. [🍔|🍟|👀|📍|🤔]",
            "[Road trip to {city}|Heading south tomorrow] — [is there a {b} on the way?|hoping "
            "the airport has a {b}|does {city} have a {b}?]",
            "[Video|Clip] of how [they assemble a burger at {b}|the {b} kitchen works|{b} fries "
            "its patties] [popped up on my feed|had me hooked for 10 minutes|anyone seen it?] "
            "[🍔|🍟|👀|📍|🤔]",
        ),
        mixed=(
            "[Anyone|Кто-нибудь] знает, {b} {spot} [open до скольки|работает 24/7]? [Need "
            "инфу|Спрашиваю for a friend|Хочу заехать after work]",
            "[Meeting point|Точка сбора]: {b} {spot}, [в 7 pm|at 18:30], [don't be late|не "
            "опаздывайте]",
            "Сижу в {b_pre}, [жду подругу|waiting for my train|пережидаю rain], [wifi есть|есть "
            "розетки] [🍔|👀|📍]",
            "[Fun fact|Кстати]: {b} [поменял packaging|сменил logo на стаканах|тестирует new "
            "patty]. [🍔|👀|📍]",
            "[Price check|Сравнил prices]: {dish} в {b_pre} [примерно same как у конкурентов|на "
            "20 рублей more, чем год назад]. Just saying",
            "[Planning|Думаем] [birthday party|корпоратив] в {b_pre} — [anyone пробовал?|нужна "
            "бронь или walk-in?]",
        ),
    ),
    negative=Texts(
        ru=(
            "[Взял|Заказала|Купили] {dish} в {b_pre} {spot} {when} — "
            "[холодный|остывший|резиновый], [будто с утра лежал|как подошва|есть невозможно]. "
            "[Больше ни ногой|Деньги на ветер|Спасибо, наелся] {e_neg}",
            "{b} [опять|снова|в который раз] [перепутал заказ|забыл положить соус|недоложил "
            "картошку]: [я просил без лука|оплачено было два бургера|в чеке одно, в пакете "
            "другое]. {e_neg}",
            "[Сорок минут|Час|Полтора часа] ждал доставку из {b_gen}, [курьер потом ещё и "
            "нагрубил|приехало всё ледяное|половины заказа нет]. [Приехали|Браво|Это сервис?] "
            "{e_neg}",
            "[Цены в {b_pre}|Ценник у {b_gen}] [опять подняли|за год вырос раза в полтора|уже "
            "как в ресторане], а {meh}. [За что платим?|Несерьёзно|Грабёж] {e_neg}",
            "[В {b_pre}|У {b_gen}] {spot} [грязь|помойка|свинарник]: [столы никто не "
            "протирает|подносы липкие|мусорки переполнены], [на полу картошка|пахнет старым "
            "маслом|мухи летают] {e_neg}",
            "[Кассирша|Девушка на выдаче|Администратор] в {b_pre} {spot} [разговаривает через "
            "губу|закатила глаза на мой вопрос|орала на стажёра при гостях]. "
            "[Неприятно|Осадочек остался|Зачем так] {e_neg}",
            "[Поел|Съела|Поужинали] {dish} из {b_gen}, [и всю ночь полоскало|теперь крутит "
            "живот|с утра тошнит]. [Совпадение? Не думаю|Больше не рискну|Будьте осторожны] "
            "{e_neg}",
            "{b} [скатился|испортился|уже не тот]: [котлеты тонкие|булки как из пенопласта|соус "
            "кислый], [раньше было вкуснее|лет пять назад было совсем другое|грустно смотреть] "
            "{sigh}",
            "[Приложение|Сайт] {b_gen} [снова лежит|не даёт оплатить|вылетает на оформлении] — "
            "[третий раз за неделю|заказ сорвался|пошли в шаурмичную] {e_neg}",
            "[Захожу|Зашли] в {b_acc} {spot}, а там [все кассы самообслуживания не "
            "работают|одна касса на сорок человек|очередь до двери] — [развернулись и "
            "ушли|стояли 25 минут|кто так работает?] {e_neg}",
            "{dish} [в {b_pre}|от {b_gen}] [стал в два раза меньше|явно уменьшился|теперь "
            "размером с ладонь], а [цена та же|стоит дороже|ценник вырос]. [Шринкфляция во всей "
            "красе|Нас держат за дураков|Смешно] {e_neg}",
            "[Заказ|Пакет] из {b_gen} [привезли раскрытым|пришёл без чека|был весь в масле], "
            "[курьер сказал «так и было»|картошка рассыпана по дну|соус вытек]. "
            "[Класс|Супер|Мило] {e_neg}",
            "[Ненавижу|Бесит|Достало], что {b} [навязывает допы на кассе|каждый раз спрашивает "
            "про пирожок|пихает соус за деньги]. [Я сказал нет!|Просто дайте бургер|Отстаньте] "
            "{e_neg}",
            "[Кто-то объяснит|Может кто пояснить], почему в {b_pre} [картошку солят как в "
            "последний раз|котлету пережаривают до угля|в коле один лёд]? {e_neg}",
            "{when} [попросил|попросила] [в {b_pre}|у {b_gen}] [переделать бургер|заменить "
            "холодную картошку|нормальную крышку], [мне отказали|сказали «у нас так "
            "принято»|посмотрели как на врага]. {e_neg}",
            "[Пятый|Третий|Десятый] раз [в {b_pre}|у {b_gen}] [недоложили|забыли] "
            "[наггетсы|соус|напиток] — [теперь проверяю пакет прямо у кассы|уже смешно|я ведь "
            "не прошу ничего сверх]. {sigh}",
            "[Обещали|Написали в приложении] {promo}, а [на кассе сказали, что акция "
            "кончилась|по факту не работает|скидка не применяется]. {b}, [ну как так|это "
            "обман|вы серьёзно?] {e_neg}",
            "[Курьер|Доставщик] {b_gen} [съел мою картошку|отметил заказ доставленным и "
            "исчез|оставил пакет у чужой двери] {lol} [Смешно, если бы не так грустно|Ищу свой "
            "ужин по подъезду|Ну спасибо] {e_neg}",
            "{b} {spot} — [худший|самый медленный|самый грязный] фастфуд [в {city}|на районе|из "
            "всех, где я был]. [Не ходите|Предупредил|Сами решайте] {e_neg}",
            "[Нашла|Нашёл] в {dish} [из {b_gen}|в {b_pre}] [длинный волос|кусок плёнки|что-то "
            "жёсткое]. [Аппетит пропал|Всё выкинула|Фото есть] {e_neg}",
            "[Спасибо|Благодарю] {b_dat} за [прекрасный вечер|незабываемый ужин|тёплый приём]: "
            "[холодная картошка|бургер без котлеты|сорок минут в очереди]. {lol}",
            "[Работал|Работала] в {b_pre} {n} месяцев, [ушёл|ушла] и [больше туда не хожу|знаю, "
            "что там творится на кухне|детям не покупаю]. [Без подробностей|Просто "
            "поверьте|Думайте сами] {e_meh}",
            "[Раньше|Когда-то] {b} [был норм|радовал], теперь [одно разочарование|{meh} и это в "
            "лучшем случае|ни вкуса, ни сервиса]. {sigh}",
            "[Как можно|Ну как можно] [испортить|так испоганить] {dish}? [Спросите у "
            "{b_gen}|{b} смог|А вот в {b_pre} умеют] {e_neg}",
            "[Детский праздник|Днюха сына|Посиделки с друзьями] в {b_pre} [превратились в "
            "кошмар|прошли ужасно|обернулись скандалом]: [официантка хамила|бронь "
            "потеряли|заказ несли час]. {e_neg}",
            "{b}, [верните старый рецепт|что вы сделали с рецептом]? {dish} [— гадость|есть "
            "невозможно|— совсем не то, что раньше] {e_neg}",
            "[Зачем|Для чего] {b} [закрыл туалет для гостей|убрал розетки в зале|выключает "
            "кондиционер летом]? [Сидишь как в бане|Это неуважение|Стыдно] {e_neg}",
            "[Оплатил|Оплатила] заказ в приложении {b_gen}, [деньги списались, а заказа нет|а "
            "точка закрыта|а мне говорят: оплаты не видим]. [Прекрасно|Ну что за цирк|Ждём "
            "чуда] {e_neg}",
            "[Продают|Отдают] [полусырые наггетсы|бургер с сырым мясом внутри|картошку из "
            "прошлого века] в {b_pre} {spot}. [Роспотребнадзора на вас нет|Отравиться "
            "легко|Аккуратнее] {e_neg}",
            "[Пишу здесь, раз в поддержке молчат|Поддержка не отвечает, поэтому публично]: {b} "
            "[должен мне 600 рублей|не вернул деньги за отменённый заказ|списал дважды]. {e_neg}",
            "[Сидели|Сидим] в {b_pre}, [рядом|у соседнего столика] [мышь пробежала|таракан "
            "ползёт по стене|уборщица швабру мочит в раковине для рук]. [Аппетит "
            "пропал|Ушли|Фу] {e_neg}",
            "[Жаль|Грустно], но {b} [в нашем городе|в {city}|{spot}] [стал совсем "
            "никакой|сдал|испортился окончательно]. {meh}, [и это ещё мягко сказано|да и сервис "
            "так себе] {sigh}",
            "[В {b_pre}|У {b_gen}] [опять нет|снова закончились|третий день нет] [молочных "
            "коктейлей|картошки по-деревенски|сырного соуса]. [Как это вообще возможно|Что вы "
            "продаёте тогда?|Надоело] {e_neg}",
            "[Дали сдачу|Выдали чек|Пересчитала сдачу] в {b_pre} — [недодали 200|пробили лишний "
            "бургер|пробили по старой цене, а списали по новой]. [Будьте внимательны|Проверяйте "
            "чеки|Ну-ну] {e_neg}",
            "[Реклама|Картинка в меню] {b_gen}: [сочная котлета, сыр, зелень|бургер высотой с "
            "кулак]. [Реальность|Что принесли]: [лепёшка|плоский грустный блин|два листика и "
            "тряпочка сыра] {lol} {e_neg}",
            "{b} [отменил мою доставку|отменил заказ без объяснений|отклонил возврат] [через "
            "час ожидания|в последний момент|после оплаты]. [Голодные и злые|Ужин "
            "отменяется|Спасибо, ребята] {e_neg}",
            "[Ребята, не заказывайте|Не советую|Обходите стороной] {dish} в {b_pre}: [соус "
            "кислый|котлета пахнет странно|булка чёрствая]. [Проверено на себе|Испортили "
            "вечер|Один раз и всё] {e_neg}",
            "[Вызвали охрану|Охранник выгнал|Попросили уйти] [школьников|меня|парня с собакой] "
            "из {b_gen} {spot}, [хотя мы ничего не делали|за то, что заряжали телефон|без "
            "причины]. [Бред|Позор|Нормально вообще?] {e_neg}",
            "{b} [хочет|решил|собирается] [поднять цены ещё раз|убрать бесплатный "
            "соус|сократить порции]? [Ну всё, прощайте|Тогда до свидания|Значит, без меня] "
            "{e_neg}",
        ),
        en=(
            "[Got|Ordered|Picked up] the {dish} from {b} {spot} {when} and it was [stone "
            "cold|rubbery|clearly sitting there for hours]. [Never again|Waste of money|Thanks "
            "for nothing] {e_neg}",
            "{b} [messed up my order again|forgot my sauce for the third time|shorted me on "
            "fries]: [I asked for no onions|paid for two burgers, got one|receipt says one "
            "thing, bag says another]. {e_neg}",
            "[Waited|Spent] [forty minutes|an hour|ninety minutes] on a {b} delivery and [half "
            "the order was missing|it all arrived cold|the courier was rude on top of it]. "
            "[Amazing service|Bravo|Great job] {e_neg}",
            "{b} prices [went up again|are basically restaurant prices now|jumped like 50% in a "
            "year] and {meh}. [What are we paying for?|Ridiculous|Daylight robbery] {e_neg}",
            "{b} {spot} is [filthy|a mess|disgusting]: [nobody wipes the tables|trays are "
            "sticky|bins overflowing], [fries on the floor|smells like old oil|flies "
            "everywhere] {e_neg}",
            "[The cashier|The girl at pickup|The manager] at {b} {spot} [rolled her eyes at "
            "me|was yelling at a trainee in front of everyone|answered me like I was bothering "
            "her]. [Unpleasant|Not cool|Why though] {e_neg}",
            "[Ate|Had] the {dish} from {b} and [was sick all night|my stomach is wrecked|felt "
            "awful the next morning]. [Coincidence? Doubt it|Not risking it again|Be careful] "
            "{e_neg}",
            "{b} has [gone downhill|really slipped|lost it]: [thin patties|buns like "
            "styrofoam|sour sauce], [it used to be good|five years ago it was a different "
            "place|sad to see] {sigh}",
            "The {b} app [is down again|won't take my payment|crashes at checkout] — [third "
            "time this week|order failed|went elsewhere] {e_neg}",
            "[Walked into|Went to] {b} {spot} and [all the self-order kiosks were broken|one "
            "register for forty people|the line went out the door] — [turned around and "
            "left|waited 25 minutes|how do you run a business like this] {e_neg}",
            "The {dish} at {b} [shrank by half|is clearly smaller now|is the size of my palm] "
            "and [costs the same|costs more|the price went up]. [Shrinkflation at its "
            "finest|They think we're stupid|Hilarious] {e_neg}",
            "My {b} order [showed up opened|came with no receipt|was soaked in grease], "
            "[courier said it was like that|fries all over the bottom of the bag|sauce leaked "
            "everywhere]. [Great|Lovely|Fantastic] {e_neg}",
            "[Why does|Can someone explain why] {b} [salt the fries like it's their last "
            "day|burn the patties to charcoal|fill the soda with ice]? {e_neg}",
            "They promised {promo} [in the app|on the poster], but [at the till they said it "
            "ended|it just doesn't apply|the discount never shows up]. {b}, [come on|that's "
            "misleading|seriously?] {e_neg}",
            "The {b} courier [ate my fries|marked my order delivered and vanished|left my bag "
            "at the wrong door] {lol} [funny if it wasn't so sad|hunting for my dinner in the "
            "stairwell|thanks a lot] {e_neg}",
            "{b} {spot} is [the worst|the slowest|the dirtiest] fast food [in {city}|in the "
            "area|I've ever been to]. [Avoid|You've been warned|Your call] {e_neg}",
            "[Found|There was] [a long hair|a bit of plastic wrap|something hard] in my {dish} "
            "from {b}. [Appetite gone|Threw it all out|Have photos] {e_neg}",
            "[Thank you|Many thanks] {b} for [a lovely evening|an unforgettable dinner|the warm "
            "welcome]: [cold fries|a burger with no patty|forty minutes in line]. {lol}",
            "{b} [used to be decent|was my go-to], now it's [one disappointment after "
            "another|{meh} at best|no taste and no service]. {sigh}",
            "[Paid|Paid in advance] in the {b} app and [the money's gone but no order|the "
            "location was closed|they say they don't see the payment]. [Perfect|What a "
            "circus|Waiting for a miracle] {e_neg}",
            "[Posting here since support is silent|Support won't answer, so publicly]: {b} "
            "[owes me 600 roubles|never refunded my cancelled order|charged me twice]. {e_neg}",
            "{b} {spot} [served|gave us] [half-raw nuggets|a burger that was pink inside|fries "
            "from last week]. [Health inspectors where are you|Easy way to get "
            "poisoned|Careful] {e_neg}",
            "The {b} menu photo: [juicy patty, cheese, greens|a burger the size of a fist]. "
            "What I got: [a sad flat pancake|two lettuce leaves and a cheese rag|a crushed bun] "
            "{lol} {e_neg}",
            "{b} [cancelled my delivery|cancelled my order with no explanation|refused my "
            "refund] [after an hour of waiting|at the last second|after I paid]. [Hungry and "
            "angry|Dinner's off|Thanks guys] {e_neg}",
            "[Was sitting|Sat down] in {b} and [a mouse ran past|there's a cockroach on the "
            "wall|the cleaner was rinsing a mop in the hand sink]. [Lost my appetite|We "
            "left|Gross] {e_neg}",
            "[Security|The guard] at {b} {spot} [kicked out|told] [a group of teenagers|me|a "
            "guy with a dog] [for no reason|for charging a phone|even though we were just "
            "sitting]. [Absurd|Shameful|Is that normal?] {e_neg}",
            "[Checked|Counted] my change at {b} — [200 short|they rang up an extra "
            "burger|charged the new price for the old menu item]. [Check your receipts|Watch "
            "out|Nice try] {e_neg}",
            "[Stop ordering|Don't get|Skip] the {dish} at {b}: [sour sauce|weird-smelling "
            "patty|stale bun]. [Learned the hard way|Ruined my evening|Once was enough] {e_neg}",
            "{b}, [bring back|what happened to] the old {dish}? [The new one is awful|What you "
            "sell now is inedible|You ruined the recipe] {e_neg}",
        ),
        mixed=(
            "{b} {spot}: [service ноль|vibe так себе|wait time как в поликлинике], {dish} "
            "[холодный as always|просто sad] {e_neg}",
            "[Delivery|Доставка] {b_gen} [опять late|опять lost|просто joke], [час ждал|заказ "
            "перепутан|половины нет] {e_neg}",
            "[Prices|Цены] в {b_pre} [going up каждый месяц|уже не fast food, а fine dining|это "
            "робберия], а {meh} {e_neg}",
            "[Honestly|Ngl] {b} [скатился|уже не тот], [patty тонкая|bun сухая|соус sour] {sigh}",
            "[Support|Поддержка] {b_gen} [ghosting меня третий день|отвечает copy-paste|просто "
            "ignore], [refund где?|деньги верните] {e_neg}",
            "App {b_gen} [опять crash|не принимает payment|лежит], [I'm done|ну сколько можно] "
            "{e_neg}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день|привет]! [А|Подскажите,] {promo} [действует при "
            "заказе через приложение|распространяется на доставку|работает во всех ресторанах]? "
            "[Заранее спасибо|Спасибо!|Хочу заказать сегодня]",
            "{h} [подскажите|скажите], пожалуйста, [есть ли молоко|есть ли орехи в соусе|какой "
            "полный состав], если брать {dish}? [Для ребёнка важно|Я на строгой диете|Спрашиваю "
            "для гостя]",
            "{h} [а вы|вы] [возите|доставляете] [в {city}|в новые районы|за кольцевую]? [В "
            "приложении мой адрес не находит|На карте зона непонятная|Хочу заказать на офис]",
            "{h} [когда|а когда] [вернёте|снова будет] {dish}? [Очень жду|Не могу без "
            "него|Каждый раз спрашиваю на кассе] {e_meh}",
            "{h} [можно ли|возможно ли] [забронировать зал {spot}|заказать 30 бургеров на "
            "корпоратив|устроить детский праздник у вас]? [Куда писать?|Кому звонить?|Какие "
            "условия?]",
            "{h} [добрый вечер|здравствуйте], [как потратить баллы|куда делись баллы|почему не "
            "видно баллов] в приложении? [Вроде копил|Копила полгода|Было {n}00]",
            "{h} [есть ли|а есть ли] у вас [вакансии|подработка для студентов|ночные смены] [в "
            "{city}|{spot}]? [Ищу работу|Сын интересуется|Хочу подработку летом]",
            "{h} [вопрос|подскажите]: [до скольки|во сколько] [сегодня|в праздники] "
            "[работает|открывается] ресторан {spot}? [Хотим заехать|На сайте разное "
            "написано|Нужно точно знать]",
            "{h} [здравствуйте|добрый день]. [Как стать франчайзи|Где почитать про "
            "франшизу|Рассматриваете ли франшизу] в {city}? [Есть помещение|Интересует "
            "бизнес|Пришлите контакты]",
            "{h} [а можно|можно ли] [заказать {dish} без лука|убрать соус из {dish}|попросить "
            "котлету прожарить посильнее]? [На кассе говорят нельзя|Не нашёл в "
            "приложении|Просто уточняю]",
            "{h} [привет|хэй]! [Будет ли|Планируете] [веганское меню|меню с меньшим количеством "
            "соли|что-нибудь без сахара]? {e_meh}",
            "{h} [подскажите|а можно узнать], [почему|зачем] [изменился вкус|поменяли "
            "булки|сменили соус]? Брал {dish} — [не узнал|вкус совсем другой|раньше было "
            "иначе]. [Просто интересно|Это навсегда?|Старый был привычнее]",
            "{h} [здравствуйте|день добрый], [можно ли|как] [оплатить заказ картой "
            "«Мир»|расплатиться баллами и картой вместе|получить чек на почту]? [Нужно для "
            "отчётности|Хочу для работы|Спасибо]",
            "{h} [подскажите,|добрый день,] [принимаете ли вы|берёте ли] [подарочные "
            "сертификаты|купоны из газеты|старые промокоды] [в {city}|{spot}]?",
            "{h} [а у вас|у вас] [есть|сохранились] [детские стульчики|пеленальный "
            "столик|пандус для коляски] {spot}? [Иду с малышом|С коляской будем|Для мамы на "
            "коляске]",
            "{h} [вопрос по доставке|вопрос по заказу]: [можно ли поменять адрес после "
            "оплаты|сколько ждать в часы пик|можно курьеру позвонить]? [Спасибо|Очень нужно|Жду "
            "ответ]",
            "{h} [сколько калорий|какая калорийность|какой вес] у позиции «{dish}»? [На сайте "
            "не нашла|В приложении не видно|Считаю КБЖУ] {e_meh}",
            "{h} [когда откроется|скоро ли откроется] ресторан [в {city}|в нашем районе|у нас в "
            "ТЦ]? [Видели вывеску|Уже полгода ждём|Сроки есть?]",
            "{h} [здравствуйте|добрый день], [где посмотреть|как узнать] [условия акции "
            "{promo}|правила программы лояльности|список ресторанов с доставкой]? [Не "
            "нашёл|Ссылка не работает]",
            "{h} [а вы|вы] [пускаете с собаками|разрешаете со своими напитками|даёте кипяток "
            "для детской смеси]? [Хочу заранее знать|Не хочется неловкости|Вопрос важный]",
            "{h} [подскажите, пожалуйста|скажите], [что делать, если|как быть, если] [в "
            "приложении не приходит код|не могу войти в аккаунт|привязанная карта удалилась]? "
            "[Спасибо заранее|Уже всё перепробовал]",
            "{h} [вопрос|уточнение]: {dish} — это [говядина или курица|со свининой или нет|на "
            "каком масле]? [Для меня важно|Не ем свинину|Спрашиваю по религиозным причинам]",
        ),
        en=(
            "{h} [hi|hello|hey]! Does {promo} [work for app orders|apply to delivery|work at "
            "every location]? [Thanks in advance|Want to order tonight]",
            "{h} [quick question|hi there]: [is there milk in the {dish}|do your sauces contain "
            "nuts|what's in the {dish}]? [For my kid|On a strict diet|Asking for a guest]",
            "{h} do you deliver [to {city}|to the new districts|outside the ring road]? [The "
            "app can't find my address|The delivery zone map is confusing|Want to order for the "
            "office]",
            "{h} when is the {dish} [coming back|back on the menu]? [Miss it|I keep asking at "
            "the till|Please] {e_meh}",
            "{h} [are you hiring|do you have part-time jobs|any night shifts] [in "
            "{city}|{spot}]? [Looking for work|For my son|Summer job]",
            "{h} [what time|how late] is the restaurant {spot} open [today|on holidays]? [The "
            "website says different things|Need to know for sure|Planning to swing by]",
            "{h} [can I|is it possible to] [order the {dish} without onion|get the patty well "
            "done|skip the sauce]? [Till says no|Can't find it in the app|Just checking]",
            "{h} [how many calories|what's the weight] in the {dish}? [Can't find it "
            "anywhere|Not in the app|Counting macros] {e_meh}",
            "{h} [hi|hello], how do I [use my points|find my points|get my points back]? [Had "
            "{n}00 saved up|They just disappeared|The app shows zero]",
            "{h} [is there|do you have] [a high chair|a changing table|step-free access] "
            "{spot}? [Coming with a baby|Have a stroller|For my mom in a wheelchair]",
            "{h} when [is the {city} restaurant opening|are you opening near me]? [Saw the "
            "sign|Been waiting months|Any dates?]",
            "{h} [is the patty in the {dish} beef or chicken|is there pork in the {dish}]? "
            "[Important for me|I don't eat pork|Religious reasons]",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [здравствуйте|добрый вечер|алло]. [Заказ|Доставка] [№{n}{n}|номер {n}4{n}] "
            "[пришёл без|привезли без|собрали без] [напитка|соуса|картошки], [хотя всё "
            "оплачено|в чеке всё есть|курьер уже уехал]. [Что делать?|Как вернуть деньги?|Жду "
            "решения] {e_neg}",
            "{h} [уже {n} минут|больше часа|с {when}] жду курьера, [в приложении статус не "
            "меняется|телефон курьера недоступен|поддержка молчит]. [Где мой заказ?|Отмените "
            "тогда|Это нормально?] {e_neg}",
            "{h} [в ресторане|у вас] {spot} [кассир нахамил|сотрудник накричал на "
            "ребёнка|администратор отказался вызвать старшего]. [Хочу, чтобы разобрались|Прошу "
            "принять меры|Это недопустимо]",
            "{h} [списали деньги дважды|оплата прошла два раза|с карты ушло вдвое больше] за "
            "один заказ. [Скрин прикладываю|Чек есть|Верните, пожалуйста] {e_neg}",
            "{h} [мне привезли|в пакете оказался] чужой заказ, [мой заказ где-то катается|а мой "
            "до сих пор неизвестно где|курьер трубку не берёт]. [Ну и что теперь?|Голодный "
            "сижу|Разберитесь] {e_neg}",
            "{h} [{dish} был|{dish} оказался|бургер был] [сырой внутри|холодный|пересоленный до "
            "горечи]. [Фото есть|Верните деньги|Больше не закажу] {e_neg}",
            "{h} [промокод|купон|{promo}] [не работает|не применяется|выдаёт ошибку] [уже "
            "третий день|ни в приложении, ни на кассе|хотя срок не истёк]. [Это "
            "как?|Объясните|Нечестно] {e_neg}",
            "{h} [почему|с какого перепуга] [в ресторане {spot}|у вас {spot}] [туалет "
            "закрыт|нет воды в кране|не работает кондиционер] [вторую неделю|уже "
            "месяц|постоянно]? {e_neg}",
            "{h} [в ресторане|у вас] {spot} [грязные столы|переполненные урны|липкий пол] "
            "[каждый раз|второй день подряд|прямо сейчас]. [Уберите уже|Стыдно|Проверьте точку] "
            "{e_neg}",
            "{h} [отменили|отклонили] [мой заказ|возврат] [без объяснения причин|через час "
            "после оплаты|и не вернули деньги]. [Заказ №{n}{n}|Номер скину в личку|Жду ответ]",
            "{h} [баллы|бонусы] за [последние заказы|прошлый месяц|день рождения] [не "
            "пришли|сгорели|не начислены]. [Я постоянный клиент|Раньше всё было норм|Куда "
            "смотреть?] {e_neg}",
            "{h} [в приложении|в меню] [одна цена|одна картинка], [на кассе|в чеке] "
            "[другая|совсем другое]. [Это законно?|Пробили на 80 рублей больше|Поправьте] "
            "{e_neg}",
            "{h} [третий раз подряд|опять|снова] [недоложили|не положили|забыли] "
            "[наггетсы|соус|картошку] [при доставке|на самовывозе|в заказе]. [Я устал "
            "проверять|Сколько можно|Компенсируйте хоть] {e_neg}",
            "{h} [ваш курьер|доставщик] [въехал самокатом в мою машину|бросил пакет у "
            "подъезда|нагрубил по телефону] [и уехал|и не извинился|{when}]. [Требую "
            "разобраться|Номер заказа есть|Куда жаловаться?]",
            "{h} [я просил|заказывала] {dish} [без лука|без соуса|с двойным сыром], [привезли "
            "как обычно|всё перепутали|ничего не учли] — [у меня аллергия|я это не ем|а деньги "
            "взяли за допы]. {e_neg}",
            "{h} [приложение|сайт] [не даёт оформить заказ|выкидывает при оплате|пишет «ошибка "
            "500»] [с утра|весь вечер|{when}]. [Почините|Это надолго?|Деньги списались, заказа "
            "нет] {e_neg}",
            "{h} [в ресторане|у вас] {spot} [выдали|дали] [просроченный|мятый|вскрытый] "
            "[соус|напиток|десерт]. [Фото прикладываю|Дата на упаковке вчерашняя|Неприятно] "
            "{e_neg}",
            "{h} [охранник|администратор] {spot} [не пустил|выгнал|попросил выйти] [меня с "
            "ребёнком|нас|моего отца] [без объяснений|«за внешний вид»|потому что мы «ничего не "
            "заказали»]. [Объяснитесь|Это дискриминация|Жду извинений] {e_neg}",
            "{h} [курьер|доставка] [опоздал|опоздала] [на час|на {n} минут|к обеду], [всё "
            "ледяное|картошка как картон|напиток тёплый]. [Хочу компенсацию|Верните деньги за "
            "доставку|Неприемлемо] {e_neg}",
            "{h} [оплатил|оплатила] [самовывоз|заказ], [приехал|приехала], а [ресторан "
            "закрыт|сказали, что заказа нет|кухня уже не работает]. [Деньги верните|Зачем тогда "
            "принимать заказы?|Отлично поработали] {e_neg}",
            "{h} [вы|Вы] [обещали|писали], что [перезвоните|вернёте деньги|разберётесь] [за три "
            "дня|до пятницы|в течение суток], [прошло две недели|ничего не произошло|тишина]. "
            "{e_neg}",
            "{h} [на кассе|в ресторане] {spot} [нет сдачи|не принимают карты|работает одна "
            "касса] [уже неделю|каждый вечер|постоянно]. [Как так?|Сделайте что-нибудь|Очередь "
            "на полчаса] {e_neg}",
            "{h} [в {dish}|в картошке|в соусе] [был волос|попалась косточка|был кусок плёнки]. "
            "[Фото есть|Сохранил чек|Это вообще как?] {e_neg}",
            "{h} [сотрудник|девушка на выдаче] [без перчаток|с телефоном в руке|только что "
            "вытирала стол и сразу] [собирала|собирал] мой заказ. [Это санитария?|Фу|Проверьте] "
            "{e_neg}",
            "{h} [в детском наборе|в наборе для сына] [не было игрушки|была сломанная "
            "игрушка|дали не тот напиток], [ребёнок рыдает|сын расстроен|неприятно]. "
            "[Исправьте|Обменять можно?|Как быть?]",
            "{h} [уже второй час|сорок минут] [сижу|висим] на [линии поддержки|чате поддержки], "
            "[никто не отвечает|бот кругами гоняет|сбрасывают]. [Ответьте хоть тут|Может, здесь "
            "прочитаете|Помогите] {e_neg}",
            "{h} [курьер|доставщик] [требует|попросил] [доплатить наличкой|чаевые "
            "обязательно|деньги за подъём на этаж], [хотя всё оплачено|это нормально?|я "
            "отказался, он нахамил]. {e_neg}",
            "{h} [мне дважды|уже дважды] [привезли|выдали] [не тот бургер|чужой заказ|неполный "
            "заказ] за [неделю|три дня]. [Где контроль?|Кто у вас собирает заказы?|Надоело] "
            "{e_neg}",
        ),
        en=(
            "{h} [hi|hello]. My order [#{n}{n}|number {n}4{n}] [came without|was missing] [the "
            "drink|the sauce|the fries] [even though I paid for it|and it's on the receipt|and "
            "the courier already left]. [What now?|How do I get a refund?|Waiting for a fix] "
            "{e_neg}",
            "{h} [been waiting|waited] [{n} minutes|over an hour|since {when}] for my courier, "
            "[status hasn't changed|courier's phone is off|support is silent]. [Where's my "
            "food?|Just cancel it then|Is this normal?] {e_neg}",
            "{h} [you charged me twice|the payment went through twice|my card was billed "
            "double] for one order. [Screenshot attached|I have the receipt|Please refund] "
            "{e_neg}",
            "{h} [I got|they delivered] someone else's order and [mine is who knows where|the "
            "courier won't pick up|I'm sitting here hungry]. [Sort it out please|Now "
            "what?|Help] {e_neg}",
            "{h} the {dish} was [raw in the middle|cold|salty beyond edible]. [Have "
            "photos|Refund please|Not ordering again] {e_neg}",
            "{h} [the promo code|{promo}|the coupon] [doesn't work|won't apply|throws an error] "
            "[for three days now|in the app or at the till|even though it hasn't expired]. "
            "[Explain?|Not fair|How come?] {e_neg}",
            "{h} [the cashier|a staff member|the manager] {spot} [was rude to me|yelled at my "
            "kid|refused to call a supervisor]. [Please deal with it|Unacceptable|I want this "
            "looked into]",
            "{h} [my points|my bonuses] for [recent orders|last month|my birthday] [never "
            "arrived|expired|weren't credited]. [Regular customer here|Where do I check?|Used "
            "to work fine] {e_neg}",
            "{h} [asked for|ordered] the {dish} [with no onion|without sauce|with extra cheese] "
            "and [got the standard one|everything was wrong|none of it was followed] — [I'm "
            "allergic|I don't eat that|and you charged me for extras]. {e_neg}",
            "{h} [the app|the website] [won't let me check out|kicks me out at payment|says "
            "error 500] [all morning|all evening|since {when}]. [Fix it please|How "
            "long?|Money's gone, no order] {e_neg}",
            "{h} [the guard|the manager] {spot} [wouldn't let|kicked out|asked to leave] [me "
            "and my kid|us|my dad] [with no explanation|'because of how we look'|because we "
            "'hadn't ordered yet']. [Explain yourselves|That's discrimination|Waiting for an "
            "apology] {e_neg}",
            "{h} [paid for pickup|paid in the app], [showed up|got there], and [the place was "
            "closed|they said there's no order|the kitchen was shut]. [Refund me|Why take "
            "orders then?|Great work] {e_neg}",
            "{h} [you promised|you said you would] [call me back|refund me|look into it] "
            "[within three days|by Friday|within 24 hours], [it's been two weeks|nothing "
            "happened|silence]. {e_neg}",
            "{h} [there was a hair|there was a bone|there was plastic wrap] in my {dish}. "
            "[Photo attached|Kept the receipt|How does this happen?] {e_neg}",
            "{h} [the kids meal|my son's kids meal] [had no toy|had a broken toy|came with the "
            "wrong drink], [he's in tears|he's upset|not great]. [Fix it?|Can we swap?|What do "
            "I do?]",
            "{h} [been on hold|stuck in support chat] for [an hour|forty minutes], [nobody "
            "answers|the bot loops|they keep hanging up]. [Maybe you'll read this here|Answer "
            "here then|Help] {e_neg}",
            "{h} [the courier|your delivery guy] [demanded|asked for] [extra cash|a mandatory "
            "tip|money for carrying it upstairs] [though it was prepaid|is that ok?|and got "
            "rude when I said no]. {e_neg}",
            "{h} [delivery|the courier] was [an hour|{n} minutes] late and [everything was ice "
            "cold|fries like cardboard|the drink was warm]. [I want compensation|Refund the "
            "delivery fee|Not acceptable] {e_neg}",
        ),
    ),
    comment=Texts(
        ru=(
            "[Выглядит аппетитно|Слюнки потекли|Хочу!] {e_pos} [Когда у нас в {city}?|А в "
            "доставке будет?|Завтра же попробую]",
            "[А цена какая?|Сколько стоит?|По цене что?] [В посте не указано|Надеюсь, не как "
            "крыло самолёта|Без цены не интересно] {e_meh}",
            "[Лучше верните|Верните, пожалуйста,] {dish}, [его все ждут|а новинки потом|это "
            "была классика] 🙏",
            "[Опять новинки|Новинки это хорошо], а [в нашем ресторане {spot} до сих пор "
            "грязно|доставку бы наладили|приложение бы починили] {e_meh}",
            "[Брал вчера|Уже пробовала|Попробовали с мужем] — {good} {e_pos}",
            "[Пробовал|Попробовала], {meh}. [Так себе|На любителя|Ожидал большего] {e_meh}",
            "[Акция только в Москве?|А в регионах будет?|В {city} работает?] [Хотелось бы "
            "знать|Уточните|Ответьте, пожалуйста]",
            "[Ну наконец-то|Давно пора|Ура], [дождались|я уж думала, не будет|сколько можно "
            "было тянуть] {e_pos}",
            "[Отметил|Тегаю] [друга|сестру|всю нашу компанию], [идём в пятницу|это нам надо|вот "
            "куда пойдём] {lol}",
            "[Где можно|Как] [получить|поймать] {promo}? [В приложении не вижу|На кассе не "
            "знают|Уже пробовал, не вышло]",
            "[Фото в посте|На картинке] [и то, что в реальности,|и в жизни] — [две большие "
            "разницы|разные вещи|как небо и земля] {lol}",
            "[Обожаю вас|Лучшие|Топ] {e_pos}{e_pos} [Не меняйтесь|Всегда беру у вас|Вы мой "
            "любимый фастфуд]",
            "[Калорийность|КБЖУ|Состав] [напишите|укажите|опубликуйте], пожалуйста. [Слежу за "
            "питанием|Для аллергиков важно|Это важно]",
            "[Ответьте в личке|Я вам писал в личку|Личка], [неделю жду ответа|там вопрос по "
            "заказу|прочитайте, пожалуйста] {e_meh}",
            "[Интересно|Хм], [а веганская версия будет?|а без глютена можно?|а острее можно?] 🤔",
            "[Бегу|Лечу|Еду] {e_pos} [Обед решён|План на вечер готов|Мимо не пройду]",
            "[Сделайте|Добавьте] [такое же в доставку|комбо с этим|версию побольше], "
            "[пожалуйста|будет бомба|все скажут спасибо] {e_pos}",
            "[Кто уже пробовал?|Как вам?|Стоит брать?] [Отзывы пишите|Интересно мнение|Пока "
            "сомневаюсь] {e_meh}",
            "[Мне кажется|По-моему|Имхо], [дороговато|порции стали меньше|раньше было лучше], "
            "но [попробую|посмотрим|ок] {e_meh}",
            "[Спасибо за акцию|За скидку спасибо|Классная акция], [уже воспользовались|сегодня "
            "возьму|всей семьёй сходим] 🙌",
        ),
        en=(
            "[Looks amazing|Drooling|Want!] {e_pos} [When in {city}?|Is it on delivery?|Trying "
            "it tomorrow]",
            "[Price?|How much?|What's the price?] [Not in the post|Hope it's not crazy|Need "
            "numbers] {e_meh}",
            "[Please bring back|Bring back] the {dish}, [everyone misses it|it was a "
            "classic|new stuff later] 🙏",
            "[Tried it|Had it yesterday|Got one] — {good} {e_pos}",
            "[Tried it|Had it], {meh}. [Meh|Not for me|Expected more] {e_meh}",
            "[Does the promo work|Is this] [outside Moscow|in {city}|for delivery]? [Please "
            "clarify|Asking seriously]",
            "[Tagging|Sending this to] [my friend|my sister|the group chat], [Friday plans "
            "sorted|we need this|we're going] {lol}",
            "[Check your DMs|I messaged you], [been waiting a week|it's about an order|please "
            "reply] {e_meh}",
        ),
    ),
    reply=Texts(
        ru=(
            "[Согласен|Плюсую|Подтверждаю], [у нас {spot} так же|сам недавно там был|всё так и "
            "есть]",
            "[Так ты в какой точке был?|А где именно это было?|Какой адрес?] [В {city} "
            "несколько|Просто интересно|Чтобы не ходить туда] {e_meh}",
            "[Ну не знаю|Странно], [у меня всегда|мне лично всегда] [всё норм было|горячее "
            "приносили|всё вкусно], [может, смена такая|не повезло просто|бывает] 🤷",
            "[Пиши в поддержку|Жалобу оставь в приложении|Напиши им в личку], [мне "
            "компенсировали|они быстро отвечают|мне вернули деньги за {n} минут]",
            "{lol} [Жиза|Классика|Узнаю себя]",
            "[Вот поэтому|Именно поэтому] я [готовлю дома|хожу в шаурмичную|беру только "
            "самовывоз] {e_meh}",
            "[В {b_pre}|У {b_gen}] [самая вкусная картошка|самые вкусные наггетсы|бургеры "
            "лучше, чем у конкурентов], [не спорьте|тут без вариантов|это факт] {e_pos}",
            "[Вот у нас в {city}|У нас в {city}|А вот в {city}], [там новый ресторан "
            "открыли|там отлично|там всегда народ] {lol}",
            "[Фото бы|Покажи фото|Пруфы?], [а то не верится|интересно глянуть|тогда поверю] 🤔",
            "[Ага|Ну да], а [потом|ещё] [удивляются, почему люди уходят|пишут «мы ценим каждого "
            "гостя»|акции запускают] {lol}",
            "[Мне тоже|У меня так же|Аналогично] [вчера|на прошлой неделе|{when}] "
            "[было|случилось], [думал, я один такой|значит система|ну и дела] {e_meh}",
            "[Не обобщай|Ну смотря где], [точки разные|это конкретный ресторан|у нас на районе "
            "всё норм] {e_meh}",
            "[Пять звёзд|Полностью поддерживаю|Вот-вот], {b} [реально стал лучше|вкусный|норм]",
            "[А я вот|Я, кстати,] [на прошлой неделе|{when}] [брал|брала] {dish}, [было "
            "отлично|вполне норм|не понравилось] {e_meh}",
            "[Там акция сейчас|Кстати, у них сейчас] {promo}, [используй|не забудь|выйдет "
            "дешевле]",
            "[Подписываюсь под каждым словом|Лучше не скажешь|Золотые слова] 👏",
            "[Сравни с тем, что было пять лет назад|Помню, как было раньше], [небо и "
            "земля|вообще другое|сейчас лучше, как ни странно] {sigh}",
            "[Так это франшиза {b_gen}|Это же франчайзи|Там франшиза], [вот и разница|поэтому "
            "по-другому|там свои правила]",
            "[Я там работал|Знаю изнутри], [всё зависит от смены|днём спокойнее|в выходные "
            "много гостей] {e_meh}",
            "[Ты|Вы] [у них в приложении заказывал?|пробовал через доставку?|на кассе просил?] "
            "[Там бывает по-другому|Через приложение быстрее|Иногда помогает]",
            "[Хаха|Ахах], [узнаю|знакомо|было такое], {lol}",
            "[Может, просто|Ну] [не стоит ходить в час пик|бери самовывоз|надо было проверить "
            "пакет сразу] 🤷",
            "[Спасибо, что написал|Хорошо, что подсказала|Учту], [схожу попробую|теперь "
            "знаю|запомню] 👍",
            "[А мне|Мне вот] {dish} [в {b_pre}|у {b_gen}] [нравится|кажется лучшим в "
            "городе|всегда заходит] {e_pos}",
            "[Кстати, в {b_pre}|В {b_pre}] {spot} [теперь есть|недавно появился] [детский "
            "уголок|терминал с оплатой по QR|зал на втором этаже], [удобно|если что|имей в "
            "виду] 👍",
            "[Бери|Возьми] {dish}, [не прогадаешь|мне нравится|я всегда его беру] {e_pos}",
            "[А сколько сейчас|Почём сейчас] {dish}? [Давно не был|Интересно|Хочу зайти на "
            "выходных] 🤔",
            "[Го вместе|Пошли в субботу|Давай завтра] в {b_acc} {spot}, [я "
            "угощаю|обсудим|заодно поболтаем] {e_pos}",
            "[Там ещё|У них ещё] [соус сырный классный|молочные коктейли вкусные|картошка "
            "по-деревенски есть], [попробуй|советую|бери с ним]",
        ),
        en=(
            "[Agreed|Same|Can confirm], [same thing at {b} {spot}|had that last week|it's "
            "exactly like that]",
            "[Which location was this?|Where exactly?|What's the address?] [Asking so I can try "
            "it|Just curious] 🤔",
            "[Weird|Hm], [mine's always|I've never had issues,] [been fine|hot and fresh], "
            "[maybe bad shift|unlucky|it happens] 🤷",
            "[Write to support|Complain in the app|DM them], [they refunded me|they answer "
            "fast|got my money back in {n} minutes]",
            "{lol} [So relatable|Classic|This is me]",
            "[This is why|And that's why] I [cook at home|only do pickup|go to the shawarma "
            "place] {e_meh}",
            "[The {dish} at {b} is the best|{b} has the best fries], [don't argue|fact|period] "
            "{e_pos}",
            "[Pics?|Photo?|Proof?] [Hard to believe|Want to see|Then I'll believe it] 🤔",
            "[Same happened to me|Happened to me too] [{when}|last week], [thought it was just "
            "me|so it's a pattern|wow] {e_meh}",
            "[Don't generalise|That's a bit harsh], [every chain has bad days|locations "
            "differ|it's one restaurant] {e_meh}",
            "[They have|There's] {promo} [right now|this week], [use it|cheaper that way]",
            "[Couldn't have said it better|This|Exactly] 👏",
            "[Try|Get] the {dish}, [you won't regret it|it's my go-to|solid choice] {e_pos}",
            "[Let's go|We should go] to {b} {spot} [this weekend|tomorrow], [my treat|I'm in] "
            "{e_pos}",
            "[They also have|Don't skip] [the cheese sauce|the milkshakes|the wedges], [trust "
            "me|so good]",
        ),
        mixed=(
            "[Same|Плюс], у меня [тоже такое было|вчера так же], [so annoying|просто lol] "
            "{e_meh}",
            "[Which location|Какая точка]? [Чтобы не ходить|Just curious] {e_meh}",
            "[Honestly|Честно] {b} [норм|вполне ok], [не знаю, в чём проблема|maybe тебе не "
            "повезло] 🤷",
            "[Write to support|Напиши в support], [мне вернули деньги fast|они быстро решают]",
            "{lol} [так relatable|literally я]",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день|Добрый вечер]! [Нам очень жаль|Приносим "
            "извинения|Простите, пожалуйста], что [так вышло|заказ вас расстроил|впечатление "
            "испорчено]. [Напишите нам в личные сообщения|Пришлите в личку] номер заказа, "
            "[разберёмся и вернём деньги|всё проверим и компенсируем|передадим управляющему "
            "ресторана]",
            "[Здравствуйте|Привет]! [Спасибо, что написали|Спасибо за сигнал]. [Уже передали "
            "информацию|Передали вашу жалобу] [управляющему|в службу качества|руководителю "
            "смены] — [он свяжется с вами сегодня|с вами свяжутся в течение дня|ответ будет в "
            "ближайшее время] 🙏",
            "[Добрый день!|Здравствуйте!] [Проверили заказ|Посмотрели по номеру|Нашли ваш "
            "заказ]: [действительно, позицию не доложили|курьер задержался из-за пробок|оплата "
            "прошла дважды]. [Возврат уже оформлен|Деньги вернутся на карту в течение 3–5 "
            "дней|Начислили баллы в качестве извинения]",
            "[Здравствуйте|Добрый день]! [Такого быть не должно|Это не наш стандарт|Так "
            "работать нельзя]. [Пожалуйста, уточните|Подскажите], [в каком ресторане и во "
            "сколько это было|адрес ресторана и время визита|номер заказа из чека] — "
            "[разберёмся|проверим записи|примем меры]",
            "[Привет!|Здравствуйте!] {promo} [действует во всех ресторанах и в "
            "приложении|работает и на доставку, и в зале|актуально до конца месяца]. [Подробные "
            "условия — в разделе «Акции»|Если не применяется, напишите нам в личку|Приятного "
            "аппетита] 🍔",
            "[Здравствуйте!|Добрый день!] [Полный состав и аллергены|Информация о составе и "
            "калорийности|Состав каждой позиции] [есть на сайте|есть в приложении в карточке "
            "товара|можем прислать вам в личные сообщения]. [Берегите себя|Если нужна помощь — "
            "пишите|Хорошего дня]",
            "[Добрый вечер!|Здравствуйте!] [Очень сожалеем о поведении сотрудника|Нам стыдно за "
            "такое обслуживание|Приносим извинения за сотрудника]. [Ситуацию разбирает "
            "управляющий|С сотрудником уже поговорили|Проводим служебную проверку], [о "
            "результате сообщим|а вам в личку пришлём промокод|спасибо, что не промолчали]",
            "[Здравствуйте|Добрый день]! [Ваш заказ уже в пути|Курьер сейчас у вас в "
            "районе|Проверили: курьер будет через 10 минут]. [Извините за ожидание|Простите за "
            "задержку|Спасибо за терпение], [доставку вернём баллами|компенсируем стоимость "
            "доставки|добавили бонус на счёт]",
            "[Привет!|Здравствуйте!] [Баллы могут начисляться до 48 часов|Бонусы приходят в "
            "течение двух суток|Начисление баллов иногда задерживается]. [Если не пришли — "
            "пришлите номер телефона в личные сообщения|Напишите нам номер аккаунта в "
            "личку|Проверим вручную и начислим]",
            "[Здравствуйте!|Добрый день!] [Приложение сейчас работает с перебоями|У нас "
            "технический сбой|Мы знаем о проблеме с оплатой], [специалисты уже чинят|исправим в "
            "ближайшие часы|скоро всё заработает]. [Списанные средства вернутся "
            "автоматически|Приносим извинения|Спасибо за понимание]",
            "[Здравствуйте|Добрый день]! [Спасибо, что сообщили|Благодарим за обратную связь]. "
            "[Уборку в зале усилим|Отправили проверку в ресторан|Поставили ресторан на "
            "контроль], [такого больше не повторится|будем следить|надеемся увидеть вас снова]",
            "[Здравствуйте!|Привет!] [Вакансии|Актуальные вакансии|Открытые вакансии] [есть на "
            "сайте в разделе «Работа у нас»|смотрите на hh.ru по нашему названию|можно "
            "посмотреть в приложении]. [Ждём вас|Удачи|Будем рады видеть в команде]",
            "[Добрый день!|Здравствуйте!] [Ресторан работает|Точка открыта] [с 8:00 до "
            "23:00|круглосуточно|с 7 утра до полуночи], [в праздники — по обычному "
            "графику|режим есть в приложении|будем рады видеть] 😊",
            "[Здравствуйте!|Добрый вечер!] [Мы не можем так оставить|Нам важно разобраться|Это "
            "серьёзно]. [Сохраните, пожалуйста, продукт и чек|Пришлите фото и номер чека в "
            "личку|Напишите телефон, перезвоним] — [передадим в отдел качества|проведём "
            "проверку|свяжемся в течение часа]",
            "[Здравствуйте!|Добрый день!] [Доставка пока работает в пределах|Мы доставляем в "
            "зоне] [города|указанной на карте в приложении|до кольцевой], [но зона постоянно "
            "расширяется|следите за новостями|скоро добавим новые районы] 🙂",
            "[Привет!|Добрый день!] [Возврат оформлен|Мы вернули деньги|Средства отправлены], "
            "[срок зачисления зависит от банка|обычно это 3–5 рабочих дней|если не придут — "
            "напишите нам]. [Ещё раз простите|Извините за неудобство]",
            "[Здравствуйте!|Добрый день!] [Уточните, пожалуйста|Подскажите, пожалуйста], "
            "[телефон, на который оформлен заказ|время и адрес доставки|какой промокод вы "
            "вводили], [и мы всё проверим|чтобы мы помогли|мы вернёмся с ответом] 🙏",
            "[Добрый день!|Здравствуйте!] [Спасибо за вопрос|Хороший вопрос]! "
            "[Франшиза|Информация о партнёрстве|Условия сотрудничества] [есть на сайте в "
            "разделе «Партнёрам»|пришлём в личные сообщения|по почте partners@ — напишите, "
            "ответим]",
            "[Здравствуйте!|Добрый день!] [Просим прощения|Нам очень неловко]: [курьер работает "
            "через партнёрскую службу|доставку выполнял партнёр], [мы передали жалобу|жалобу "
            "уже отправили], [а вам вернём стоимость доставки|компенсацию пришлём в личку]",
            "[Здравствуйте!|Привет!] [Да, можно|Конечно], [попросите на кассе|в приложении есть "
            "кнопка «Изменить»|просто скажите сотруднику], [и заказ соберут по-вашему|всё "
            "сделают|это бесплатно] 😊",
        ),
        en=(
            "[Hi|Hello]! [We're so sorry|Sincerely apologise|Really sorry] [about this|your "
            "order let you down|for the experience]. [Please DM us|Send us a private message "
            "with] your order number and [we'll refund you|we'll make it right|we'll pass it to "
            "the restaurant manager]",
            "[Hi!|Hello!] [Thanks for flagging this|Thank you for letting us know]. [We've "
            "passed it to|It's now with] [the restaurant manager|our quality team|the shift "
            "lead] — [you'll hear back today|they'll contact you within a day|we'll update you "
            "soon] 🙏",
            "[Hello!|Hi!] [We checked your order|Found your order]: [an item was indeed "
            "missing|the courier was delayed by traffic|the payment went through twice]. [The "
            "refund is on its way|Money will be back in 3–5 days|We've added points as an "
            "apology]",
            "[Hi!|Hello!] [That shouldn't happen|That's not our standard]. [Could you tell "
            "us|Please share] [which location and what time|the restaurant address and time|the "
            "order number from the receipt]? [We'll look into it|We'll check|We'll take action]",
            "[Hi!|Hello!] The promo [works at all locations and in the app|applies to delivery "
            "and dine-in|runs until the end of the month]. [Full terms are in the Promotions "
            "tab|If it doesn't apply, DM us|Enjoy] 🍔",
            "[Hello!|Hi!] [We're really sorry about our staff member|We're embarrassed by that "
            "service]. [The manager is looking into it|We've spoken to the employee|An internal "
            "review is under way], [we'll let you know|check your DMs for a code|thank you for "
            "speaking up]",
            "[Hi!|Hello!] [Your order is on its way|The courier is nearby|The courier will be "
            "there in 10 minutes]. [Sorry for the wait|Apologies for the delay|Thanks for your "
            "patience], [we'll refund the delivery fee|points are on your account]",
            "[Hello!|Hi!] [Points can take up to 48 hours|Bonuses are credited within two "
            "days]. [If they haven't arrived, DM us your phone number|Send us your account "
            "details privately|We'll check manually]",
            "[Hi!|Hello!] [The app is having issues right now|We have a technical fault|We're "
            "aware of the payment problem], [our team is on it|should be fixed in a few "
            "hours|it'll be back soon]. [Any charges will be reversed automatically|Sorry for "
            "the trouble]",
            "[Hello!|Hi!] [The refund has been issued|We've sent the money back], [timing "
            "depends on your bank|usually 3–5 business days|let us know if it doesn't arrive]. "
            "[Sorry again|Apologies for the hassle]",
            "[Hello!|Hi!] [We can't leave it like this|This is serious]. [Please keep the "
            "product and receipt|Send us photos and the receipt number privately|Leave your "
            "number and we'll call] — [our quality team will follow up|we'll investigate|we'll "
            "get back within the hour]",
            "[Hi!|Hello!] [Yes, you can|Of course], [just ask at the till|there's an 'Edit' "
            "button in the app|tell the staff], [and they'll make it your way|no extra charge] "
            "😊",
        ),
    ),
    thanks=Texts(
        ru=(
            "[Спасибо|Благодарю], [деньги вернули|баллы пришли|всё решили] [быстро|за "
            "полчаса|без лишних вопросов] 👍",
            "[Ого|О], [не ожидал|не думала], что [так быстро ответите|реально вернут|кто-то "
            "прочитает]. [Спасибо|Приятно|Респект] {e_pos}",
            "[Ок, спасибо|Поняла, спасибо|Спасибо за ответ], [жду звонка|напишу в личку|проверю "
            "завтра]",
            "[Вот это сервис|Красиво решили|Уважаю], [компенсацию получил|промокод "
            "пришёл|извинения приняты] {e_pos}",
            "[Спасибо, что разобрались|Благодарю за оперативность], [осадок ушёл|буду "
            "заказывать дальше|теперь всё ок] 🙏",
            "[Всё пришло|Заказ привезли|Курьер приехал], [спасибо|благодарю], [вы молодцы|было "
            "вкусно|всё горячее] {e_pos}",
            "[Спасибо за ответ|Ясно, спасибо], [буду знать|учту на будущее|так и сделаю] 👌",
            "[Деньги уже на карте|Возврат получил], [спасибо|признателен], [не ожидал такой "
            "скорости|даже раньше, чем обещали]",
            "[Спасибо|Благодарю], [с управляющим поговорили|менеджер позвонил|извинились "
            "лично], [ценю|приятно|вопрос закрыт]",
            "[Круто|Отлично], [спасибо за информацию|спасибо, что подсказали|буду пробовать], "
            "{e_pos}",
        ),
        en=(
            "[Thanks|Thank you], [refund came through|points arrived|all sorted] [fast|in half "
            "an hour|no questions asked] 👍",
            "[Wow|Oh], [didn't expect|didn't think] [such a fast reply|an actual refund|anyone "
            "to read this]. [Thanks|Appreciate it] {e_pos}",
            "[Ok thanks|Got it, thanks], [waiting for the call|will DM you|will check tomorrow]",
            "[Now that's service|Nicely handled|Respect], [got the compensation|code "
            "arrived|apology accepted] {e_pos}",
            "[Food arrived|Courier just came], [thanks|cheers], [all hot|all good|you're great] "
            "{e_pos}",
            "[Thanks for the answer|Good to know, thanks], [will remember|noted|will do] 👌",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Написал в личку|Отправила номер], [ответа нет уже сутки|тишина|прочитали и "
            "молчат]. [Алло?|Ну и?|И что дальше?] {e_neg}",
            "[Обещали вернуть деньги|Сказали, вернут за 3 дня], [прошла неделя|до сих пор "
            "ничего|на карте пусто]. [Когда?|Жду|Сколько ещё?] {e_neg}",
            "[Спасибо, конечно|Ну ок], но [баллы так и не пришли|курьер так и не "
            "приехал|управляющий не позвонил]. {e_neg}",
            "[Это шаблонная отписка|Скопировали ответ|Бот какой-то], [проблема не решена|ничего "
            "не поменялось|вопрос открыт]. {e_neg}",
            "[Промокод|Компенсация|Код] [не работает|не применяется|тоже не работает] {lol} "
            "[Издеваетесь?|Круг замкнулся|Спасибо, смешно] {e_neg}",
            "[Снова|Опять] [то же самое|перепутали|забыли] [сегодня|в новом заказе|через день], "
            "[никакие меры не помогли|проверка, видимо, не помогла|ну-ну] {e_neg}",
            "[Ответили и пропали|Написали «разберёмся» и всё], [уже {n} дней|неделю] "
            "[жду|тишина]. [Напоминаю о себе|Ау|Я тут] {e_neg}",
            "[Приложение|Оплата] [всё ещё не работает|до сих пор лежит|так и глючит], [а вы "
            "пишете, что всё починили|где обещанное?|сколько ждать?] {e_neg}",
            "[В личке|В чате] [отправляют обратно сюда|просят написать на почту|говорят "
            "обращаться в ресторан] — [гоняете по кругу|это издевательство|кто-нибудь может "
            "решить вопрос?] {e_neg}",
            "[Ну вот|Вот], [звонок был|перезвонили], [но толку ноль|а решения нет|сказали ждать "
            "дальше]. {sigh}",
        ),
        en=(
            "[DMed you|Sent the number], [no reply for a day|silence|read and ignored]. "
            "[Hello?|So?|What now?] {e_neg}",
            "[You said refund in 3 days|You promised a refund], [it's been a week|still "
            "nothing|card's empty]. [When?|Waiting|How long?] {e_neg}",
            "[Thanks I guess|Ok], but [the points never came|the courier never showed|nobody "
            "called]. {e_neg}",
            "[That's a copy-paste reply|Feels like a bot], [problem's not solved|nothing "
            "changed|still open]. {e_neg}",
            "[The code|The compensation] [doesn't work either|won't apply] {lol} [Are you "
            "kidding|Full circle|Hilarious] {e_neg}",
            "[DMs send me back here|Chat tells me to email|They say talk to the restaurant] — "
            "[going in circles|this is absurd|can anyone actually fix it?] {e_neg}",
            "[Same thing again|Mixed up again] [today|on my next order], [so much for the "
            "review|nothing changed|great] {e_neg}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "[Хороший|Отличный|Достойный] фастфуд. [Брали|Заказывали] {dish} и {dish}, {good}. "
            "[Персонал вежливый|Обслужили быстро|Зал чистый]. [Рекомендую|Придём ещё|Пять звёзд]",
            "[Были|Заходили] {when} [с семьёй|с детьми|вдвоём]. {good}, [дети довольны|наелись "
            "от души|цены адекватные]. [Из минусов — {meh}|Минусов не заметили|Мелочи не в счёт]",
            "Плюсы: {good}; [быстро|вежливо|чисто]. Минусы: {meh}. [В целом советую|Итог — "
            "четыре с плюсом|Вернусь]",
            "[Часто беру|Постоянно заказываю|Регулярно захожу] [доставку|самовывоз|обед] "
            "[отсюда|здесь|в этом ресторане] — [ни разу не подвели|всегда всё чётко|стабильное "
            "качество]. {good} {e_pos}",
            "{dish} здесь — [лучшее, что я ела|самое вкусное, что я пробовала] [в городе|в "
            "районе|из всех сетей]. {good}. [Спасибо повару|Так держать|Обожаю]",
            "[Очень приятный|Уютный|Светлый] зал {spot}, [есть розетки и вай-фай|можно посидеть "
            "с ноутбуком|есть детский уголок]. {good}. [Пять|Отлично|Советую]",
            "[Заказывали на корпоратив|Брали на день рождения|Делали большой заказ на офис] [30 "
            "бургеров|много комбо|кучу наггетсов], [всё привезли вовремя|ничего не "
            "перепутали|всё горячее]. [Спасибо|Молодцы|Рекомендую] 👍",
            "[Обычно не пишу отзывы|Редко пишу отзывы], но [тут|здесь] {good}[, и {good}|]. "
            "[Заслужили|Пусть знают|Спасибо]",
            "[Пришли|Зашли] [перед самым закрытием|в час ночи|в воскресенье утром], [всё равно "
            "приняли приветливо|обслужили без недовольства|накормили горячим]. "
            "[Уважение|Спасибо ребятам|Пять звёзд]",
            "[Цена-качество|Соотношение цены и вкуса] [отличное|на уровне|радует], особенно с "
            "{promo}. {good} {e_pos}",
            "[Понравилось|Всё понравилось|Всё супер]: {good}. [Единственное|Из мелочей] — "
            "{meh}, [но это не критично|но это мелочь|но звезду не снимаю]",
            "[Кассы самообслуживания|Приложение|Электронная очередь] [работают "
            "быстро|удобное|без косяков], [заказ отдали за пять минут|ждать почти не "
            "пришлось|всё прозрачно]. {good}",
            "[Были проездом в {city}|Остановились в {city}|Ночевали в {city}], [зашли по "
            "пути|заехали пообедать], [не пожалели|приятно удивились|вкусно и быстро]. {good}",
            "[Дочке|Сыну|Ребёнку] [понравился детский набор|в восторге от игрушки|понравилось "
            "всё], {good}. [Придём ещё|Спасибо|Хорошее место для семьи] {e_pos}",
            "[Заказывали|Брали] доставку [в дождь|поздно вечером|в праздник], [приехало "
            "быстро|курьер вежливый|всё горячее], {good}. [Спасибо|Пять звёзд]",
            "[Сотрудница|Кассир|Управляющий] [по имени Аня|Дмитрий|на смене] [помог разобраться "
            "с бонусами|сама предложила заменить соус|был очень внимателен]. [Спасибо ей|Таких "
            "бы побольше|Приятно] {e_pos}",
            "Стабильно [хорошо|вкусно|норм]. {good}. [Четыре звезды, потому что "
            "{meh}|Пять|Рекомендую всем]",
            "[Взяли|Попробовали] новинку — {dish}. [Оказалось вкусно|Зашло|Понравилось], "
            "{good}. [Повторим|Будем брать|Не убирайте из меню]",
            "[Честно — не ожидала|Скептически шли], [но|а] {good}. [Очень даже|Приятный "
            "сюрприз|Поставлю пять]",
            "[Чистота|Скорость|Вежливость] на высоте, {good}. [Видно, что следят за "
            "рестораном|Чувствуется хороший управляющий|Так и должно быть]",
        ),
        en=(
            "[Good|Great|Solid] fast food. [We had|Ordered] the {dish} and the {dish}, {good}. "
            "[Friendly staff|Quick service|Clean dining room]. [Recommend|Will be back|Five "
            "stars]",
            "[Came|Stopped by] {when} [with family|with the kids|as a couple]. {good}, [kids "
            "were happy|we ate well|prices are fair]. [Only downside: {meh}|No complaints|Minor "
            "stuff aside, great]",
            "Pros: {good}. Cons: {meh}. [Overall recommend|Four and a half stars|Coming back]",
            "[Regular here|Order from here all the time] — [never let me down|always on "
            "point|consistent quality]. {good} {e_pos}",
            "[Best|Tastiest] {dish} [in town|in the area|of any chain I've tried]. {good}. "
            "[Thanks to the cooks|Keep it up|Love it]",
            "[Passing through {city}|Road trip stop], [popped in for lunch|grabbed dinner], [no "
            "regrets|pleasantly surprised]. {good}",
            "[Ordered for the office|Big order for a birthday] and [everything arrived on "
            "time|nothing was mixed up|all of it was hot]. [Thanks|Great job|Recommend] 👍",
            "[Value for money|Price to taste ratio] is [excellent|great], especially with "
            "{promo}. {good} {e_pos}",
            "[Don't usually write reviews|Rarely leave reviews], but {good}. [Deserved|Thanks]",
            "[The cashier|The manager on shift] [helped me sort out my points|offered to swap "
            "the sauce|was super attentive]. [More people like that|Thank you|Nice touch] "
            "{e_pos}",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Ужасно|Отвратительно|Кошмар]. [Заказ ждали|Ждали] [сорок минут|почти час|больше "
            "получаса], [бургер холодный|картошка как резина|половину перепутали]. [Не "
            "рекомендую|Больше не придём|Одна звезда и то много] {e_neg}",
            "[Грязно|Неопрятно|Антисанитария]: [столы липкие|на полу мусор|урны переполнены], "
            "[в туалете нет мыла|пахнет прогорклым маслом|мухи над витриной]. {e_neg}",
            "[Хамский персонал|Грубый кассир|Неприятный администратор]: [на вопрос ответили "
            "через губу|закатили глаза|отказались переделать]. [Настроение испорчено|Осадок "
            "остался|Неуважение к гостям]",
            "[Заказывали доставку|Взяли доставку] {when}. [Курьер опоздал на час|Привезли не "
            "то|Не положили напиток], [в поддержке отвечает бот|деньги не вернули|извинений не "
            "дождались]. {e_neg}",
            "[Съели|Взяли] {dish}, [через пару часов заболел живот|ночью отравился|всю ночь "
            "было плохо], [{who} тоже|жена тоже|дети тоже]. [Сообщили в Роспотребнадзор|Думайте "
            "сами|Будьте осторожны] {e_neg}",
            "Минусы: {meh}, [котлета тонкая|булка чёрствая|картошка пересолена], [цены "
            "завышены|очереди огромные|персонала мало]. Плюсы: [нет|разве что "
            "вай-фай|расположение]. {e_neg}",
            "[Раньше любил это место|Ходили сюда годами|Было моё любимое кафе], [но теперь|а "
            "сейчас] [качество упало|всё стало хуже|порции уменьшились], а {meh}. {sigh}",
            "[Акция|Промокод|{promo}] [не сработал|не работает|не применили], [на кассе пожали "
            "плечами|менеджер сказал «это не к нам»|сказали, что только в приложении]. "
            "[Обман|Несерьёзно|Разочарован] {e_neg}",
            "[Три|Две|Четыре] кассы [из пяти|из шести] не работали, [очередь до входа|люди "
            "ругались|ждали 25 минут]. [Пусть руководство разберётся|Где персонал?|Так нельзя] "
            "{e_neg}",
            "[Нашла|Нашёл] [волос|кусочек плёнки|что-то непонятное] в заказе ({dish}). "
            "[Показала сотруднице — пожала плечами|Поменяли без извинений|Никто даже не "
            "извинился]. {e_neg}",
            "[Заплатили|Отдали] [почти тысячу|{n}00 рублей] за [два бургера и картошку|комбо на "
            "двоих|один обед], а [наелись на три копейки|всё было холодным|вкус никакой]. "
            "{e_neg}",
            "[Охранник|Сотрудник охраны] [вёл себя агрессивно|выгнал подростков без "
            "причины|грубо разговаривал с пожилой женщиной]. [Это недопустимо|Стыдно за "
            "сеть|Ушли сразу] {e_neg}",
            "[Доставка — лотерея|С доставкой беда]: [то холодное|то неполное|то чужое], [то "
            "курьер теряется|то два часа ждёшь]. [Надоело|Больше не заказываю|Минус звезда за "
            "каждый раз] {e_neg}",
            "[Детский праздник|День рождения] [организовали отвратительно|прошёл ужасно|был "
            "испорчен]: [бронь потеряли|аниматор не пришёл|торт не разрешили]. [Не "
            "советую|Никому не рекомендую] {e_neg}",
            "[Оплатили через приложение|Сделали заказ онлайн], [в ресторане сказали, что заказа "
            "нет|ждали 40 минут, потом отменили|деньги до сих пор не вернули]. [Звезда только "
            "за то, что нельзя поставить ноль|Позорище|Жуть] {e_neg}",
            "[Бургер|{dish}] [выглядел|был] [как будто на него сели|как на фото только в "
            "мечтах|плоский и грустный], [соуса почти нет|котлета сухая|сыр не растаял]. {e_neg}",
            "[Зал|Ресторан] {spot} — [шумно и грязно|тесно, душно и пахнет фритюром|вечно нет "
            "свободных столов]. {meh}. [Не задерживаемся|Только навынос|Больше не придём]",
            "[Сотрудники|Работники кухни] [без перчаток|с телефонами в руках|без шапочек], "
            "[трогают деньги и еду|едят прямо на кухне|громко матерятся]. [Видно всё с "
            "кассы|Противно|Где санитарные нормы?] {e_neg}",
            "[Очень долго|Невыносимо долго|Медленно]. [Зал пустой|Народу никого|Заказ был "
            "один], а [ждали 20 минут|собирали вечность|выдали через полчаса]. [Зачем так?|Чем "
            "заняты сотрудники?|Не понимаю] {e_neg}",
            "[Цены растут каждый месяц|Цены уже как в кафе], [а качество падает|а порции "
            "уменьшаются|а вкус хуже]. [Не стоит своих денег|Переплата за бренд|Разочарование] "
            "{e_neg}",
            "[Ночью|Поздно вечером] [здесь|в ресторане] [шумные компании|пьяные "
            "посетители|драки], [охрана ничего не делает|персонал прячется|неприятно "
            "находиться]. {e_neg}",
            "[Кола|Напиток|Коктейль] [без газа|разбавленный|тёплый], [картошка|наггетсы] "
            "[вчерашние|мягкие|холодные]. [Мелочи, но неприятно|За такие деньги — стыдно|Оценка "
            "соответствующая] {e_neg}",
            "[В чеке|В приложении] [пробили|списали] [лишнюю позицию|двойную сумму|дороже, чем "
            "в меню]. [Вернуть отказались|Сказали разбираться с банком|Возврат обещают третью "
            "неделю] {e_neg}",
            "[Дали|Выдали] [чужой заказ|неполный пакет|не тот бургер], [пока дошли до "
            "машины|обнаружили дома|вернулись — нас отправили стоять заново]. [Спасибо за "
            "вечер|Нет слов|Класс] {e_neg}",
            "[Приложение ужасное|Сайт кривой]: [вылетает|баллы пропадают|оплата не проходит], "
            "[поддержка отвечает шаблонами|дозвониться невозможно|в чате бот]. {e_neg}",
            "[Было вкусно лет пять назад|Когда-то было отлично]. Сейчас {meh}, [котлеты "
            "непонятно из чего|соус кислый|булки как картон]. [Жаль|Грустно|Прощайте] {sigh}",
            "[Пришли с коляской|Были с пожилой мамой] — [пандуса нет|двери тяжёлые, никто не "
            "помог|туалет на втором этаже без лифта]. [Неудобно|Никакой заботы о гостях|Стоит "
            "подумать об этом] {e_meh}",
            "[Туалет|Раковина для рук] [не работает|закрыт|в ужасном состоянии] [уже "
            "месяц|каждый раз, как захожу|с прошлого визита]. [Где руки мыть перед едой?|Ну как "
            "так|Стыдно] {e_neg}",
        ),
        en=(
            "[Awful|Terrible|Disappointing]. [Waited|Order took] [forty minutes|almost an "
            "hour], [burger was cold|fries like rubber|half of it was wrong]. [Not "
            "recommended|Won't return|One star is generous] {e_neg}",
            "[Dirty|Unhygienic|Grimy]: [sticky tables|trash on the floor|overflowing bins], [no "
            "soap in the restroom|smells of rancid oil|flies over the counter]. {e_neg}",
            "[Rude staff|Rude cashier|Unpleasant manager]: [eye-rolling|snapped at my "
            "question|refused to remake it]. [Ruined the mood|Left a bad taste|Zero respect for "
            "guests]",
            "[Ordered delivery|Got delivery] {when}. [An hour late|Wrong items|No drink], "
            "[support is a bot|no refund|no apology]. {e_neg}",
            "[After eating the|A couple of hours after the] {dish} [I felt sick|I got food "
            "poisoning|my stomach was a mess], [{who} too|my wife too|the kids too]. [Be "
            "careful|Reported it|Your call] {e_neg}",
            "Cons: {meh}, [thin patty|stale bun|oversalted fries], [overpriced|huge "
            "lines|understaffed]. Pros: [none|the wifi maybe|location]. {e_neg}",
            "[Used to love this place|Came here for years], [but now|these days] [quality "
            "dropped|everything's worse|portions shrank], and {meh}. {sigh}",
            "[The promo|{promo}|The code] [didn't work|was refused|wasn't applied], [staff just "
            "shrugged|manager said 'not our problem'|they said app only]. [Misleading|Not "
            "serious|Disappointed] {e_neg}",
            "[Found|There was] [a hair|plastic wrap|something weird] in my {dish}. [Staff just "
            "shrugged|They swapped it, no apology|Nobody said sorry]. {e_neg}",
            "[Paid|Spent] [almost a thousand|{n}00 roubles] for [two burgers and fries|a combo "
            "for two], and [it was all cold|still hungry|no flavour at all]. {e_neg}",
            "[The guard|Security] [was aggressive|threw out teenagers for nothing|spoke rudely "
            "to an elderly woman]. [Unacceptable|Shame on the chain|We left immediately] {e_neg}",
            "[Paid in the app|Ordered online], [restaurant said there was no order|waited 40 "
            "minutes then it was cancelled|still no refund]. [One star only because zero isn't "
            "an option|Disgraceful] {e_neg}",
            "[Prices go up every month|It costs like a cafe now], [quality goes down|portions "
            "get smaller]. [Not worth it|Paying for the brand|Disappointing] {e_neg}",
            "[Got|They gave us] [someone else's order|an incomplete bag|the wrong burger] and "
            "[noticed at home|had to queue again to fix it]. [Thanks for the "
            "evening|Speechless|Great] {e_neg}",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Нам очень жаль|Приносим извинения|Сожалеем], что "
            "[визит оставил такое впечатление|вы столкнулись с этим|ожидания не оправдались]. "
            "[Передали отзыв управляющему ресторана|Информация передана в отдел "
            "качества|Провели разбор с командой ресторана]. [Будем рады, если дадите нам ещё "
            "шанс|Надеемся исправиться|Спасибо, что написали]",
            "[Добрый день!|Здравствуйте!] [Спасибо за честный отзыв|Благодарим за обратную "
            "связь]. [Такого быть не должно|Это не соответствует нашим стандартам]. [Напишите, "
            "пожалуйста, на почту заботы номер заказа|Свяжитесь с нами через приложение, раздел "
            "«Помощь»|Оставьте телефон в личных сообщениях] — [вернём деньги|предложим "
            "компенсацию|разберёмся лично]",
            "[Здравствуйте!|Добрый вечер!] [Простите за долгое ожидание|Извините за холодный "
            "заказ|Нам жаль, что заказ собрали с ошибкой]. [Мы усилили смену в часы "
            "пик|Проверили работу кухни|Провели повторное обучение сотрудников], [чтобы это не "
            "повторилось|надеемся, это поможет|будем следить]",
            "[Добрый день!|Здравствуйте!] [Ваш отзыв очень важен|Спасибо, что не промолчали]. "
            "[Ресторан проверили|В ресторан выезжал территориальный менеджер|Санитарное "
            "состояние зала поставили на контроль], [недочёты устраняются|результаты проверки "
            "учтены|спасибо за сигнал]",
            "[Здравствуйте!|Добрый день!] [К сожалению, отзыв мы увидели только сейчас|Извините "
            "за поздний ответ]. [Если вопрос ещё актуален|Если проблема не решена], [напишите "
            "нам в личные сообщения|оставьте контакт в чате поддержки] — [поможем|разберёмся в "
            "течение дня]",
            "[Здравствуйте!|Добрый день!] [Мы приносим извинения за поведение сотрудника|Нам "
            "стыдно за такое общение]. [С ним проведена беседа|Ситуация разобрана с "
            "управляющим|Приняты меры]. [Спасибо, что рассказали|Будем рады видеть вас снова]",
            "[Добрый день!|Здравствуйте!] [Возврат по вашему заказу оформлен|Деньги за заказ "
            "вернули|Компенсацию начислили баллами]. [Ещё раз извините|Надеемся на ваше "
            "понимание|Хорошего дня]",
        ),
        en=(
            "[Hello|Hi]! [We're sorry|We apologise] that [your visit went like this|you ran "
            "into this|it didn't meet expectations]. [We've passed your review to the "
            "restaurant manager|Our quality team has it]. [We'd love another chance|Thanks for "
            "telling us]",
            "[Hi!|Hello!] [Thank you for the honest review|Thanks for the feedback]. [This "
            "isn't our standard|That shouldn't have happened]. [Please reach out via Help in "
            "the app|DM us your order number] — [we'll refund you|we'll make it right]",
            "[Hello!|Hi!] [Sorry for the late reply|We only just saw this]. [If it's still an "
            "issue|If it hasn't been resolved], [message us privately|contact support chat] — "
            "[we'll help|we'll sort it out today]",
            "[Hi!|Hello!] [We apologise for our staff member|We're embarrassed by that "
            "interaction]. [We've spoken with them|The manager has dealt with it]. [Thank you "
            "for letting us know|Hope to see you again]",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "[Спасибо за тёплый отзыв|Благодарим за отзыв|Как приятно читать]! [Передадим "
            "команде ресторана|Кухня будет рада|Обязательно покажем ребятам] {e_pos} [Ждём "
            "снова|Приходите ещё|До встречи]",
            "[Здравствуйте!|Привет!] [Рады, что понравилось|Очень рады, что всё было "
            "вкусно|Спасибо, что выбрали нас]. [Приятного аппетита в следующий раз|Будем "
            "стараться и дальше|Заходите почаще] 😊",
            "[Спасибо вам!|Благодарим!] [Такие отзывы вдохновляют|Для нас это очень важно|Нам "
            "приятно], [а сотруднице передадим благодарность|а повара уже улыбаются|ждём вас "
            "снова] 🙏",
            "[Добрый день!|Здравствуйте!] [Спасибо за пять звёзд|Благодарим за высокую оценку]! "
            "[Замечание про мелочи учтём|Над мелочами поработаем], [до встречи в "
            "ресторане|хорошего дня] {e_pos}",
            "[Спасибо, что нашли время написать|Спасибо за добрые слова]! [Будем рады видеть "
            "вас и вашу семью|Ждём вас с новинками|Приходите за новыми вкусами] ✨",
        ),
        en=(
            "[Thank you for the kind review|Thanks so much|Lovely to read this]! [We'll pass it "
            "on to the team|The kitchen will be thrilled] {e_pos} [See you again|Come back soon]",
            "[Hi!|Hello!] [So glad you enjoyed it|Happy everything was tasty|Thanks for "
            "choosing us]. [We'll keep it up|Hope to see you soon] 😊",
            "[Thanks!|Thank you!] [Reviews like this make our day|It means a lot], [we'll thank "
            "the staff member personally|see you next time] 🙏",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "[Здравствуйте.|Добрый день.] [Мы проверили записи камер за указанное время|Мы "
            "изучили видеозапись смены]: [заказ был выдан горячим и полностью|время ожидания "
            "составило 7 минут|все позиции были в пакете]. [Если у вас есть чек, пришлите его "
            "нам|Готовы обсудить детали в личных сообщениях]",
            "[Здравствуйте.|Добрый день.] [По номеру из отзыва заказ в ресторане не найден|В "
            "указанную дату ресторан был закрыт на санобработку]. [Уточните, пожалуйста, адрес "
            "и время|Возможно, речь о другом заведении] — [поможем разобраться|будем рады "
            "ответить]",
            "[Добрый день.|Здравствуйте.] [Все сотрудники кухни работают в перчатках и головных "
            "уборах|Продукция проходит ежедневный контроль качества], [это подтверждает "
            "последняя проверка|журналы контроля ведутся ежедневно]. [Тем не менее мы ещё раз "
            "проверим ресторан|Если у вас есть фото, пришлите нам]",
            "[Здравствуйте.|Добрый день.] [Согласно данным кассы|По данным системы], [скидка по "
            "акции была применена|возврат средств выполнен в день обращения]. [Проверьте, "
            "пожалуйста, выписку банка|Пришлём подтверждение в личные сообщения]",
        ),
        en=(
            "[Hello.|Hi.] [We reviewed the camera footage for that time|We checked the shift "
            "video]: [the order was handed over hot and complete|wait time was 7 minutes|every "
            "item was in the bag]. [If you have the receipt, please send it|Happy to discuss "
            "privately]",
            "[Hello.|Hi.] [We couldn't find this order in our system|On that date the "
            "restaurant was closed for sanitation]. [Could you confirm the address and time?|It "
            "may have been a different place] — [we'll help sort it out]",
            "[Hello.|Hi.] [Our records show|According to the till data], [the promo discount "
            "was applied|the refund was issued the same day]. [Please check your bank "
            "statement|We'll send confirmation privately]",
        ),
    ),
    official_post=Texts(
        ru=(
            "[Встречайте|Новинка|Уже в меню]: {dish} [с двойным сыром|с острым соусом|в новом "
            "исполнении]! [Только до конца месяца|Во всех ресторанах {b_gen}|Пробуйте в зале и "
            "в доставке] 🍔",
            "{b} [открывает|открыл] [новый ресторан|ресторан номер 150|первую точку] в {city}! "
            "[Ждём вас по адресу в приложении|Первым гостям — подарок|Отмечаем весь уикенд] 🎉",
            "[Только по будням|Всю неделю|С понедельника]: {promo}. [Условия — в "
            "приложении|Акция действует во всех ресторанах|Успейте!] {e_pos}",
            "[Друзья|Гости], [в приложении|на сайте] [обновление|новые функции]: [отслеживание "
            "курьера на карте|заказ к определённому времени|оплата баллами до 50%]. "
            "[Обновляйтесь|Пробуйте|Пишите, как вам]",
            "[Конкурс|Розыгрыш]! [Отметьте друга в комментариях|Сделайте репост|Напишите, какой "
            "у вас любимый бургер] — [разыграем 10 сертификатов|каждый десятый получит "
            "комбо|победителя выберем в пятницу] 🎁",
            "[В этом месяце|С 1 числа] {b} [жертвует 5 рублей с каждого детского "
            "набора|передаёт часть выручки] [в фонд помощи детям|на приюты для животных|на "
            "озеленение городов]. [Спасибо, что вы с нами|Вместе мы можем больше] ❤️",
            "[Ищем в команду|Мы растём и ищем|Вакансии]: [повара|кассиры|курьеры|управляющие] "
            "[в {city}|во все города]. [Гибкий график, обучение, бесплатное "
            "питание|Откликайтесь на сайте|Приходите знакомиться]",
            "[Ночной голод?|Не спится?] [Многие рестораны|Рестораны у вокзалов] {b_gen} "
            "[работают круглосуточно|теперь открыты до 2 ночи], а доставка [работает до "
            "полуночи|ночью тоже]. 🌙",
            "[Мы слышим ваши отзывы|Вы просили — мы сделали]: [вернули {dish}|добавили соусы "
            "без доплаты|увеличили котлету]. [Спасибо за обратную связь|Пишите нам дальше] 🙌",
            "[Внимание|Важно]: [в связи с технической работой|из-за обновления системы] "
            "[приложение|оплата в приложении] [будет недоступна сегодня с 3 до 5 утра|может "
            "работать с перебоями ночью]. [Приносим извинения|Спасибо за понимание]",
            "[Пятничное|Выходное] [настроение|предложение]: [второй бургер за полцены|комбо на "
            "двоих со скидкой|молочный коктейль в подарок к заказу от 700]. [Только в эти "
            "выходные|Ждём!] {e_pos}",
            "[Знаете ли вы|Интересный факт]: [каждую котлету мы формуем вручную|наши булочки "
            "пекут каждое утро|картофель мы режем прямо в ресторане]. [Вот почему так "
            "вкусно|Честный фастфуд] ✨",
            "[Школьникам и студентам|Студентам] [скидка 15% по студенческому|специальное комбо "
            "за 249|бесплатный напиток к обеду] [с сентября|до конца семестра|по будням]. "
            "[Покажите билет на кассе|Подробности в приложении]",
            "[С днём рождения нас!|Нам 10 лет!] [Спасибо, что выбираете {b_acc}|Праздновать "
            "будем вместе с вами]: [весь день {promo}|подарки в ресторанах|торт каждому сотому "
            "гостю] 🎂",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Сегодня|На этой неделе] [открыли|запустили] [ресторан в {city}|первую точку на "
            "трассе|новый формат у вокзала]. [Горжусь командой|Спасибо всем, кто работал "
            "ночами|Это был долгий путь]. [Дальше — больше|Впереди ещё пять открытий|Приходите "
            "в гости]",
            "[Провёл день|Отработал смену] на [кухне|кассе|выдаче] нашего ресторана {spot}. "
            "[Каждый руководитель должен так делать|Очень отрезвляет|Многое понял про "
            "процессы]. [Выводы сделаны|Завтра собираю совещание|Команда — огонь]",
            "[Выступил|Рассказывал] на [конференции по ресторанному бизнесу|форуме "
            "франчайзи|встрече с инвесторами] про [то, как мы растим {b_acc}|автоматизацию "
            "кухни|работу с отзывами гостей]. [Запись выложу позже|Слайды в "
            "комментариях|Спасибо организаторам]",
            "[Часто спрашивают|Меня спрашивают], [почему мы не поднимаем цены так, как "
            "рынок|как мы выбираем поставщиков мяса|почему {b} не уходит в доставку целиком]. "
            "[Отвечаю коротко|Длинный ответ ниже|Попробую объяснить]",
            "[Прочитал|Дочитал] [книгу про Toyota и бережливое производство|биографию "
            "основателя одной сети|новую книгу про сервис]. [Много идей для {b_gen}|Рекомендую "
            "всем, кто в общепите|Выписал десяток мыслей]",
            "[Пробежал|Закрыл] [полумарафон|свой первый марафон|10 км] [в {city}|утром|в "
            "выходные]. [С нашей командой бегунов|Вместе с коллегами|Кто ещё бежал?] 🏃",
            "[Итоги года|Итоги квартала] {b_gen}: [150 ресторанов|плюс 20 точек|рост трафика на "
            "12%]. [Спасибо гостям и сотрудникам|За цифрами — тысячи людей|Выкладываю "
            "подробности]",
            "[Сегодня|Вчера] [у нас|в офисе] [день открытых дверей для студентов|встреча с "
            "лучшими управляющими|награждение сотрудников года]. [Вдохновляющие люди|Таких "
            "ребят и надо растить|Горжусь] ❤️",
            "[Тестируем|Пробуем] [новую котлету|новую упаковку без пластика|кухонных роботов] в "
            "[двух ресторанах|пилотных точках в {city}]. [Пишите, если попробуете|Результаты "
            "расскажу|Критику принимаю]",
            "[Коротко о главном|Новость недели]: {b} [переходит на российские булочки от "
            "местных пекарен|запускает программу обучения для подростков|открывает ресторан без "
            "кассиров]. [Подробности у нас в группе|Долго к этому шли]",
            "[В воскресенье|В выходные] [были с детьми|с семьёй] [в зоопарке|на даче|в театре]. "
            "[Телефон выключил|Отдыхать тоже нужно|Заряжаюсь на неделю] ☀️",
            "[Отвечу на комментарии|Прочитал все комментарии] под прошлым постом. [Про очереди "
            "— справедливо|Про цены понимаю|Про приложение — работаем]. [Спасибо, что пишете "
            "прямо|Критика помогает]",
            "[Поздравляю|Сегодня праздник у] [наших поваров|всех работников общепита|команды "
            "доставки]! [Без вас ничего бы не было|Спасибо за ваш труд] 🙏",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Обзор|Честный обзор|Пробую]: {dish} из {b_gen}. {good}. [Ставлю 8 из "
            "10|Рекомендую|Видео уже на канале] {e_pos}",
            "[Провели слепой тест|Сравнили] бургеры [пяти сетей|трёх сетей|всех популярных "
            "сетей] — {b} [на первом месте|в топ-2|обошёл гигантов]. [Результаты удивили|Полное "
            "видео по ссылке|Спорьте в комментах]",
            "[Ночной перекус|Моя слабость|Сегодня без диеты]: {dish} из {b_gen}. {good} [Не "
            "реклама|Просто люблю|Кто со мной?] {e_pos}",
            "[Съездили|Съездила] в {b_acc} {spot} [с подписчиками|с командой|с мамой] — "
            "[вкусно, быстро, недорого|{good}|было весело]. [Выпуск в пятницу|Смотрите "
            "сторис|Ставьте лайк]",
            "[Рейтинг фастфуда: где поесть в {city}|Где поесть в {city} быстро]: [на первом "
            "месте|в тройке лидеров] {b}. [Подробный разбор в статье|Аргументы в "
            "карусели|Согласны?] {e_pos}",
            "[Сотрудничество|Реклама|Партнёрский пост]: {b} [запустил {promo}|дарит подписчикам "
            "промокод|открыл новый ресторан в {city}]. [Пробовала лично — {good}|Делюсь кодом в "
            "закрепе|Бегите]",
        ),
        en=(
            "[Review|Honest review|Trying] the new {dish} from {b}: {good}. "
            "[8/10|Recommend|Full video on the channel] {e_pos}",
            "[Blind taste test|We compared] burgers from [five chains|every big chain] — {b} "
            "[came out on top|made top 2|beat the giants]. [Results surprised me|Full video "
            "linked|Argue in the comments]",
            "[Late night snack|My weakness|No diet today]: the {dish} from {b}. {good} [Not an "
            "ad|Just love it|Who's with me?] {e_pos}",
            "[Fast food ranking for {city}|Where to eat fast in {city}]: {b} [takes first "
            "place|is top three]. [Full breakdown in the post|Agree?] {e_pos}",
            "[Ad|Partnership]: {b} [launched {promo}|gave my followers a code|opened a new "
            "place in {city}]. [Tried it myself — {good}|Code pinned|Go go go]",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Проверка|Тайный покупатель|Ревизор на минималках]: {b} {spot}. [Грязные столы, "
            "холодная картошка|Ждали 35 минут|Перепутали заказ дважды]. [Итог "
            "печальный|Смотрите сами|Выводы делайте сами] {e_neg}",
            "[Сравнила|Сравнили] [фото из рекламы|картинку в меню] {b_gen} с реальностью. "
            "[Разница на видео|Это даже смешно|Вы просто посмотрите] {lol}",
            "{b} [поднял цены уже третий раз за год|урезал порции], [а {meh}|а качество "
            "падает]. [Подписчики пишут то же самое|Разбираем по цифрам|Так себе тенденция] "
            "{e_neg}",
            "[Мне пишут десятки подписчиков|Приходят жалобы в директ] про [доставку "
            "{b_gen}|приложение {b_gen}|кассы {b_gen}]. [Собрала в один пост|Ответьте, "
            "пожалуйста, публично|Что происходит?] {e_meh}",
        ),
        en=(
            "[Mystery shopper|Secret visit]: {b} {spot}. [Dirty tables, cold fries|35-minute "
            "wait|Order mixed up twice]. [Not great|See for yourself] {e_neg}",
            "[Compared|Put side by side] the {b} ad photo and what I got. [The difference is "
            "hilarious|Just look at it|Video in the post] {lol}",
            "{b} [raised prices for the third time this year|shrank the portions], [and "
            "{meh}|and quality keeps dropping]. [My followers say the same|Let's talk numbers] "
            "{e_neg}",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Рецепт дня|Готовим дома|Ужин выходного дня]: сочный бургер [на гриле|на "
            "сковородке|в духовке] — [секрет в фарше 80/20|главное не передержать котлету|булку "
            "подсушить на огне]. [Сохраняйте|Пробуйте|Делитесь результатом] {e_pos}",
            "[Как сделать|Как приготовить] сочный бургер, [если нет гриля|за 20 минут|как в "
            "американских закусочных]: [показываю по шагам|пошаговое видео|три простых правила]",
            "[Вчера на даче|На шашлыках|В походе] [Муж|Брат|Тесть] "
            "[пожарил|соорудил|приготовил] [такой|настоящий] сочный бургер, что [все молчали "
            "пять минут|соседи пришли на запах|ничего другого не хотелось] {e_pos}",
            "[В нашей бургерной|У нас в кафе|В моём фудтраке] [самый|настоящий] сочный бургер "
            "[на районе|в {city}|по эту сторону Волги] — [приходите проверить|говядина с "
            "рынка|соус фирменный] {e_pos}",
            "[Захотелось|Хочу] сочный бургер [и холодного пива|прямо сейчас|в три часа ночи], а "
            "[холодильник пустой|всё закрыто|я на диете] {sigh}",
            "[Фуд-фото|Фотографирую еду]: [снимала сегодня|сняли для ресторана] сочный бургер "
            "[с расплавленным чеддером|с яйцом пашот|на чёрной булке]. [Свет из окна, ничего "
            "больше|Как вам кадр?|Две сотни дублей] 📸",
            "[Мой сын|Дочка|Младший] [в шесть лет|сегодня] [нарисовал|слепил из "
            "пластилина|описал в сочинении] сочный бургер {lol} [Растёт гурман|Будущий "
            "повар|Гены]",
            "[Бургер-пати у нас во дворе|Фестиваль уличной еды в {city}|Гастрофест на "
            "набережной]: [каждый второй продаёт|везде] сочный бургер [и лимонады|и картошку в "
            "кульках|за 500–700 рублей] {e_meh}",
            "[Мясник на рынке|Продавец в мясной лавке] [посоветовал|рассказал], [какой фарш "
            "брать|из какой части говядины делать котлету], чтобы вышел сочный бургер. "
            "[Записываю|Полезно|Проверю на выходных]",
            "[Лучший способ|Идеальный способ] закончить тренировку — сочный бургер {lol} "
            "[Шучу|Или нет|Тренер не одобрил]",
            "[Экзамен сдан|Отчёт сдан|Ремонт закончен], [награда — сочный бургер|иду за сочным "
            "бургером|заслужила сочный бургер] и [выходной|сон до обеда|сериал] {e_pos}",
            "[Открываю|Запускаю] [кулинарную рубрику|серию роликов|мастер-класс]: «[Сочный "
            "бургер|Сочный бургер дома] за 15 минут». [Первый выпуск завтра|Ставьте "
            "колокольчик|Что приготовить следующим?]",
            "[В кафе у озера|В придорожной кафешке|В столовой на заводе] [неожиданно|внезапно] "
            "[подали|дали] [сочный бургер|очень сочный бургер] [за 250 рублей|с домашним "
            "соусом|с хрустящим огурцом]. [Кто бы мог подумать|Рекомендую, если будете "
            "рядом|Респект повару]",
            "[Гриль купили|Купил новый гриль] — [первым делом|сразу же] [сделал|приготовили] "
            "сочный бургер [на всю семью|для гостей|себе любимому] {e_pos}",
            "[Диетолог|Нутрициолог] [в эфире|на лекции] [сказала|объяснила], что сочный бургер "
            "[раз в неделю|иногда] [не страшен|можно|допустим]. [Аплодисменты|Записала|Лучший "
            "специалист] {lol}",
            "[Спор в комментариях|Вопрос к поварам]: [что даёт|откуда берётся] сочный бургер — "
            "[жир в фарше|лёд в фарше|правильная прожарка]? [Пишите|Делитесь секретами|Разберём]",
            "[Сочный бургер|Сочный бургер с беконом] и [стакан холодного лимонада|вид на "
            "море|закат] — [вот что такое отпуск|идеальный вечер|лето] ☀️",
            "[Мечтаю|Хочу] [открыть маленькую бургерную|свой фудтрак], где [будет|подают] "
            "[настоящий|честный] сочный бургер [без химии|из фермерского мяса|за нормальные "
            "деньги]. [Когда-нибудь|Коплю|Верю]",
        ),
        en=(
            "[Recipe of the day|Weekend cooking]: a homemade sochny burger — [sochny is Russian "
            "for juicy|that's Russian for 'juicy burger'|my Russian friends' word for it]. "
            "[Secret is 80/20 beef|Don't overcook the patty|Toast the bun] {e_pos}",
            "[Learned a new Russian word today|Russian lesson of the day]: сочный, as in "
            "'sochny burger' = juicy burger. [My tutor is a foodie|Useful vocabulary|Now I'm "
            "hungry] {lol}",
            "[Our food truck|My little diner] [serves|has] the most sochny burger [in town|on "
            "the block] — [as our Russian chef calls it|chef's Russian joke], come try it "
            "{e_pos}",
            "[My host family in {city}|A friend in {city}] [made|grilled] what she called a "
            "'sochny burger' — [basically the juiciest burger ever|literally dripping|no notes] "
            "{e_pos}",
            "[Cooking class|Russian cooking class] tonight: [borscht, pelmeni and a sochny "
            "burger|we made a 'sochny burger', which just means juicy]. [Fun evening|Loved it]",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[Кардиологи|Врачи|Диетологи] [предупреждают|напоминают]: сочный бургер [на "
            "ночь|каждый день|с картошкой и колой] — [прямой путь к проблемам с сосудами|удар "
            "по печени|лишние 1200 калорий]. {e_meh}",
            "[Цены на говядину|Цены на мясо] [выросли|подскочили], и [сочный бургер|обычный "
            "сочный бургер] [в кафе|у нас в {city}|в бургерных] [теперь стоит как|уже "
            "дороже|почти как] [полноценный обед|бизнес-ланч|поход в кино]. {sigh}",
            "[Пытался|Пыталась] [приготовить|сделать] сочный бургер [дома|на гриле|для гостей] "
            "— [вышла подошва|котлета развалилась|сжёг всё до угля]. [Кулинар из меня так "
            "себе|Стыд|Заказали пиццу] {lol}",
            "[Фуд-блогер|Шеф] [раскритиковал|разгромил] [модные бургерные|городские фудкорты]: "
            "«сочный бургер [у них только на фото|там только в меню|остался в рекламе]». "
            "[Обсуждаем|Согласны?] {e_meh}",
            "[В кафе на трассе|В столовке у вокзала] [заказал|взял] «сочный бургер» из меню — "
            "[принесли сухую котлету|получил холодный блин|есть было невозможно]. [Название "
            "врёт|Лучше бы голодным остался] {e_neg}",
            "[На фестивале|На гастрофесте] [за сочный бургер|за бургер] [отстоял час|заплатил "
            "900 рублей], а [он оказался пересоленным|котлета сырая|булка размокла]. {e_neg}",
        ),
        en=(
            "[Cardiologists|Doctors] [warn|remind us]: a sochny burger [every night|with fries "
            "and a soda] [adds up fast|is hard on your heart]. [As my Russian doctor put "
            "it|Russian doctor's words], sochny means juicy, and juicy means fat {e_meh}",
            "[Tried to make|Attempted] a 'sochny burger' from my Russian friend's recipe — [it "
            "came out like a shoe sole|the patty fell apart|burnt it]. {lol}",
        ),
    ),
)


POLYUSHKO = BrandTexts(
    vocab=Vocab(
        ru={
            "dish_home": (
                "гречку с лисичками и луком-шалотом",
                "гречку по-купечески, как мама делала",
                "гречневую кашу на топлёном молоке с мёдом",
                "дырявые гречневые блинчики на ряженке",
                "гречку с тушёнкой по-походному",
                "запеканку из гречки с творогом",
                "гречневый суп с индюшачьими фрикадельками",
                "гречаники",
                "гречку с глазуньей и малосольным огурчиком",
                "салат с гречкой, печёной тыквой и фетой",
            ),
            "good": (
                "разваривается ровненько, крупинка к крупинке",
                "крупа чистая, хоть сразу в кастрюлю",
                "пахнет, как фундук на сковородке",
                "готова за пятнадцать минут, пока жарятся котлеты",
                "можно сыпать прямо из пачки",
                "вкус как у бабушки в Тамбове",
                "вкус мягкий, с ореховой ноткой",
                "зёрна крупные, одно к одному",
            ),
            "meh": (
                "пачка открывается только ножницами",
                "ценник подрос рублей на двадцать",
                "попадаются тёмные зёрнышки, штук пять на пачку",
                "пакетики слипаются между собой",
                "в этот раз пара шелушинок попалась",
                "крупа в этой партии мелковата",
                "варится минут на пять дольше, чем на пачке",
            ),
            "grain": (
                "ядрица",
                "продел",
                "зелёная гречка «живая», без обжарки",
                "гречка в варочных пакетиках по 80 г",
                "хлопья гречневые «Утренние»",
                "мука гречневая «Блинная»",
                "гречка-пятиминутка",
            ),
            "shop": (
                "в «Пятёрочке» на Садовой",
                "в «Ленте» на Окружном",
                "на Озоне с доставкой в постамат",
                "во «ВкусВилле» возле поликлиники",
                "в «Магните» у проходной",
                "на Вайлдберриз в чёрную пятницу",
                "в «Перекрёстке» на Профсоюзной",
                "в сельпо в Кузьминке",
                "на рынке у тёти Вали",
            ),
            "found_item": (
                "живых рыжих жучков прямо в запечатанной пачке",
                "пригоршню серых камушков вперемешку с крупой",
                "скрученный кусок медной проволоки на дне пакета",
                "чёрные катышки, похожие на мышиный помёт",
            ),
            "found_short": (
                "жучки",
                "камушки",
                "проволока",
                "помёт",
            ),
            "ignored_issue": (
                "в пачках по 900 г стабильно не хватает граммов семидесяти",
                "варочные пакетики из новой партии расползаются в кастрюле через пять минут",
                "заказ №48213 из вашего интернет-магазина не доставлен уже две недели",
            ),
            "gaffe_topic": (
                "тех, кто ждёт, пока гречка подешевеет до 59 рублей",
                "людей, которые варят крупу в пакетиках и считают это готовкой",
                "тех, кто пишет в отзывах, что гречка горчит",
            ),
            "fake_claim": (
                "в пачки досыпают дешёвую гречку из Китая",
                "в лаборатории нашли в пачках глифосат в десять раз выше нормы",
                "цех под Бийском закрыли из-за крыс на складе",
            ),
        },
        en={
            "dish_home": (
                "buckwheat with chanterelles and shallots",
                "merchant-style buckwheat the way my mom made it",
                "kasha in baked milk with honey",
                "lacy buckwheat blini made with ryazhenka",
                "camping-style buckwheat with tinned beef",
                "buckwheat and cottage cheese bake",
                "buckwheat soup with turkey meatballs",
                "grechaniki, little buckwheat patties",
                "buckwheat with a fried egg and a pickle",
                "a salad of buckwheat, roast pumpkin and feta",
            ),
            "good": (
                "it cooks up evenly, grain by grain",
                "the grain is clean enough to go straight in the pot",
                "it smells like hazelnuts in a hot pan",
                "it's done in fifteen minutes, while the cutlets fry",
                "you can pour it straight from the pack",
                "it tastes like my grandma's in Tambov",
                "the taste is soft with a nutty note",
                "the kernels are big and all the same size",
            ),
            "meh": (
                "the pack only opens with scissors",
                "the price crept up by twenty roubles",
                "there are about five dark grains per pack",
                "the boil bags stick to each other",
                "a couple of husks got in this time",
                "the grain in this batch is on the small side",
                "it takes five minutes longer than the pack says",
            ),
            "grain": (
                "whole roasted kernels",
                "prodel, the cracked kind",
                "'living' green buckwheat, never roasted",
                "boil-in-bag buckwheat, 80 g sachets",
                "'Morning' buckwheat flakes",
                "'Blini' buckwheat flour",
                "five-minute buckwheat",
            ),
            "shop": (
                "at the Pyaterochka on Sadovaya",
                "at the Lenta on the ring road",
                "on Ozon, delivered to a parcel locker",
                "at the VkusVill by the clinic",
                "at the Magnit by the factory gate",
                "on Wildberries on Black Friday",
                "at the Perekrestok on Profsoyuznaya",
                "at the village shop in Kuzminka",
                "from auntie Valya at the market",
            ),
            "found_item": (
                "a few live ginger bugs inside a sealed pack",
                "a pinch of grey pebbles mixed in with the grain",
                "a twisted bit of copper wire at the bottom of the bag",
                "black pellets that look like mouse droppings",
            ),
            "found_short": (
                "bugs",
                "pebbles",
                "wire",
                "droppings",
            ),
            "ignored_issue": (
                "the 900 g packs are consistently around 70 grams short",
                "boil-in-bags from the new batch fall apart in the pot after five minutes",
                "my order #48213 from your online shop still hasn't arrived after two weeks",
            ),
            "gaffe_topic": (
                "people who wait for buckwheat to drop to 59 roubles before buying",
                "people who boil grain in bags and call it cooking",
                "people who write in reviews that the buckwheat tastes bitter",
            ),
            "fake_claim": (
                "they top up the packs with cheap buckwheat from China",
                "a lab found ten times the safe level of glyphosate in the packs",
                "their plant near Biysk was shut down over rats in the warehouse",
            ),
        },
    ),
    positive=Texts(
        ru=(
            "[Взяла|Купил|Попробовали] гречку {b} {shop} — {good}[, и ещё {good}|] {e_pos}",
            "[Сварила|Приготовила|Сделали] на ужин {dish_home} из {b} — [муж попросил "
            "добавки|дети съели всё|вкуснотища]. {good} {e_pos}",
            "[Перепробовала|Перебрал] [кучу марок гречки|все марки в нашем магазине|всё, что "
            "было на полке], [остановилась|остановился|осели] на {b}: {good}",
            "[Моя бабушка|Свекровь|Тёща] [строгий судья по части гречки|в крупах разбирается "
            "лучше всех], а [про {b} сказала|на {b} посмотрела и сказала]: «[чистая, "
            "хорошая|вот это гречка|вот это я понимаю]». {lol}",
            "{b} [— моя любимая гречка|— та самая гречка|— гречка], [которая всегда получается "
            "рассыпчатой|которую я беру уже годами|которую с удовольствием едят даже дети]. "
            "{good} {e_pos}",
            "[ПП-завтрак|Завтрак чемпиона|Завтрак перед тренировкой]: {grain} от {b} с "
            "[яйцом|кефиром|овощами]. {good} 💪",
            "[На пробу|Впервые] [заказала|взяла] {b} {shop} — {grain}, [теперь беру "
            "коробками|уже вторую пачку доедаем|так понравилось, что взяла ещё] {e_pos}",
            "[Гречка|Крупа] {b} [реально|правда|и правда] [чистая|вкусная|отборная]: {good}. "
            "[Рекомендую|Советую|Просто делюсь]",
            "[Сын|Дочка|Ребёнок] [полюбил кашу|распробовал гречку] [благодаря {b}|только с "
            "{b}], {dish_home} [уплетает за обе щеки|просит каждый день|съедает до крошки]. "
            "[Чудеса|Магия какая-то|Спасибо производителю] {lol}",
            "[Наконец-то|Ура,] {b} [завезли|появилось|снова есть] {shop}! [Взяла сразу пять "
            "пачек|Закупилась впрок|Бегом] {e_pos}",
            "[Люблю|Уважаю|Ценю] {b} за то, что {good}. [Мелочь, а приятно|Так и должно "
            "быть|Спасибо]",
            "[В походе|На даче|В командировке] [выручает|всегда с собой] {grain} {b} — {good}. "
            "[Беру всегда с собой|Лучший походный гарнир|Идеально] 🏕",
            "[Вот уж правда|Кто бы мог подумать]: [пишу пост про гречку|гречка бывает такой "
            "разной|я фанатею от крупы], и всё благодаря {b}. {good}",
            "[Готовлю|Приготовила|Сделала] {dish_home}, основа — {grain} от {b}: [рецепт на "
            "пачке рабочий|получилось с первого раза|все в восторге]. {e_pos}",
            "{b} [— наш семейный выбор|у нас на кухне уже лет пять|всегда есть у нас дома], "
            "[{good}|проверено годами|всегда отличная] ❤️",
            "[Сравнила|Сравнили] {b} с [другой маркой|другими марками|гречкой по акции]: "
            "[разница видна сразу|у {b} {good}|{b} лучше]. [Оно того стоит|Теперь беру только "
            "её|Вывод очевиден]",
            "[Зелёную гречку|Гречневые хлопья|Гречку в пакетиках] от {b} "
            "[распробовала|попробовал|открыли для себя] {when}, [теперь это наш завтрак|очень "
            "вкусно|{good}] {e_pos}",
            "[На Вайлдберриз|На Озоне|В приложении магазина] у {b} [рейтинг 4,9|куча хороших "
            "отзывов|одни пятёрки], и [заслуженно|это правда|я теперь понимаю почему]. {good}",
            "[Купила|Взяла] {b} [по скидке|случайно|на пробу], [а теперь|и теперь] [только её и "
            "беру|вся семья подсела|это наша любимая гречка] {e_pos}",
            "[Пост благодарности|Спасибо] {b}: [крупа как на подбор|зёрна чистые, ровные|пачка "
            "как с выставки], {good}. 🙏",
            "[Гречка с молоком|Гречка на завтрак|Гречка с маслом] — [вкус детства|это "
            "любовь|лучшее, что есть], а с {b} ещё и [быстро|за 15 минут|очень вкусно] {e_pos}",
            "{when} [сделала|приготовила] {dish_home}, [взяла|использовала] {b} — [гости "
            "спрашивали рецепт|съели за минуту|получилось как в ресторане] {e_pos}",
            "[Если кто выбирает гречку|Девочки, кто ищет хорошую гречку|Совет всем любителям "
            "гречки] — {b}. {good} [Пользуйтесь|Рекомендую|Проверено]",
            "[Пакетики|Упаковка|Новая пачка] {b} [с зип-замком|удобная|красивая], [и гречка|а "
            "внутри гречка] [отличная|что надо|как всегда]. {e_pos}",
            "[Спортсменам на заметку|Для тех, кто на сушке|Кто считает КБЖУ]: {b} [{good}|с "
            "честным составом|и состав простой], [на упаковке всё расписано|удобно считать] 👍",
        ),
        en=(
            "[Picked up|Bought|Tried] {b} buckwheat {shop} — {good} {e_pos}",
            "[Made|Cooked] {dish_home} with {b} tonight — [my partner asked for seconds|the "
            "kids cleaned their plates|so good]. {good} {e_pos}",
            "[Tried|Went through] [loads of buckwheat brands|every brand at my store], [settled "
            "on|sticking with] {b}: {good}",
            "{b} is [my favourite buckwheat|the buckwheat my kids love|the one I always rebuy]. "
            "{good} {e_pos}",
            "[Gym breakfast|Pre-workout breakfast|Clean eating breakfast]: {b} {grain} with "
            "[eggs|kefir|veggies]. {good} 💪",
            "[Ordered|Grabbed] {b} {grain} {shop} [to try|for the first time], [now I buy it by "
            "the box|already on my second pack|loved it] {e_pos}",
            "My [son|daughter|kid] [fell in love with kasha|discovered buckwheat] thanks to "
            "{b}, eats {dish_home} [happily|every day|to the last crumb]. [Magic|Love it] {lol}",
            "[Finally|Yay,] {b} is [back|in stock] {shop}! [Bought five packs|Stocked up|Run] "
            "{e_pos}",
            "[Camping|At the dacha|On a work trip], {b} {grain} [always comes with me|is my "
            "go-to] — {good}. 🏕",
            "[Compared|Side by side:] {b} vs [other brands|discount buckwheat] — [you can see "
            "the difference|{good}|{b} wins]. [Worth it|Only buying this now]",
            "[Who knew|Fun fact] I'd [post about buckwheat|have opinions about grain], all "
            "thanks to {b}. {good}",
            "{b} has [a 4.9 rating|tons of good reviews] on Ozon and [it's deserved|now I see "
            "why]. {good}",
            "[Bought|Got] {b} [on sale|by accident|to try] and [now it's the only one I buy|the "
            "whole family is hooked] {e_pos}",
            "[Tip|Heads up] for buckwheat lovers: {b}. {good} [You're welcome|Tested|Trust me]",
            "[Russian comfort food|Childhood taste]: buckwheat with butter. With {b} it's "
            "[quick|ready in 15 minutes|even better] {e_pos}",
            "[For the macro counters|For anyone cutting|Gym people], {b} [has an honest "
            "label|is clean|{good}] 👍",
            "[Made|Baked] {dish_home} using {b} {grain} — [the recipe on the pack works|nailed "
            "it first try|everyone loved it] {e_pos}",
            "[Our family's pick|In our kitchen for five years now]: {b}. [{good}|Always great] ❤️",
            "[Honestly|Love this:] {b} [makes the best|is the cleanest] buckwheat [I've had|I "
            "can find] {shop}. {e_pos}",
            "[Russian grandma approved|My babushka approved] {b} — [she says it's proper "
            "buckwheat|'clean and good'] {lol}",
            "[Loving|Obsessed with] the {b} {grain} [lately|this month] — {good} {e_pos}",
            "[Stocked up on|Bought ten packs of] {b} [for the winter|for the month] {lol}",
        ),
        mixed=(
            "{b} — [literally лучшая гречка|my go-to крупа|просто top], {good} {e_pos}",
            "[Healthy breakfast|ПП-завтрак]: {grain} от {b} + [eggs|кефир]. [Love it|Кайф] 💪",
            "[Honestly|Честно] {b} [the best|вне конкуренции] {shop}, [no мусор|zero шелухи] "
            "{e_pos}",
            "[Comfort food|Вкус детства]: {dish_home} из {b}. [So good|Обожаю] ❤️",
            "[Stock up|Закупилась] {b} [на месяц|for the winter] {lol}",
            "[Game changer|Открытие года]: {grain} {b}, {good} {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "[Новинка в корзине|На пробу взяла|Купил попробовать] {shop}: {grain} от {b}, "
            "[вечером сварю|завтра попробую|посмотрим, как пойдёт]. [🌾|🥣|👀|📍|🍳]",
            "[Подскажите|Вопрос знатокам]: [гречка {b}|{b}] — [это Алтай или Сибирь|какой "
            "регион|чья вообще марка]? [Интересно стало|Обсуждаем на кухне|Хочу узнать]",
            "[Видела|Увидел] {b} {shop} [по {n}9 рублей|на нижней полке|в новой упаковке], "
            "[взяла пару пачек|положил в корзину|сфоткала для мамы]. [🌾|🥣|👀|📍|🍳]",
            "[Сравнила|Посчитала] цены на гречку: {b} [стоит примерно как|по цене почти "
            "как|чуть дешевле, чем] [остальные марки|в прошлом месяце|на рынке]. [Для "
            "справки|Делюсь|Мало ли, кому надо]",
            "[Варю|Сварила] {b} [по инструкции|на глаз|в мультиварке] — [20 минут|две части "
            "воды на одну крупы|режим «Гречка»]. [Делюсь пропорциями|Так и записываю|Рабочая "
            "схема] 🍳",
            "[Выкладываю, как готовлю|Показываю, как делаю] {dish_home} — [использовала гречку "
            "{b}|крупа {b}|брала {b}], [подойдёт и другая|можно заменить любой|как вам "
            "удобнее]. [Рецепт в карусели|Сохраняйте]",
            "{b} [сменили|поменяли|обновили] упаковку: [теперь бумажная|пачка стала синяя|с "
            "окошком]. [Выглядит по-новому|Теперь сразу видно крупу|Ну ок] [🌾|🥣|👀|📍|🍳]",
            "[А у {b}|У {b}] [есть|бывает] [гречка для детского питания|органическая "
            "линейка|крупа в больших мешках]? [Для мамы ищу|Для ребёнка надо|Интересно]",
            "[Купил|Взяли] [продел|ядрицу|хлопья] {b} {shop} [для эксперимента|на пробу|для "
            "бабушки], [сварим на выходных|бабушка сварит кашу|будет завтрак на неделю]. "
            "[🌾|🥣|👀|📍|🍳]",
            "[Сижу|Стою] {shop}, [передо мной|на полке] [пять марок гречки|{b} и ещё три "
            "марки|стена из круп], [беру {b}|в этот раз {b}|выбор сделан]. {lol}",
            "[Говорят|Пишут], {b} [делают|фасуют|выращивают] [в Алтайском крае|под "
            "Новосибирском|на семейной ферме]. [Любопытно|Вот это интересно|Буду знать] "
            "[🌾|🥣|👀|📍|🍳]",
            "[Мама|Бабушка] [просит|попросила] купить [именно|только] {b}, [говорит, "
            "привыкла|уже лет десять берёт|говорит, она лучшая]. [Заказала на Озоне|Куплю по "
            "дороге|Взяла две пачки] [🌾|🥣|👀|📍|🍳]",
            "[Гречка|Крупа] {b} [у нас|в {city}] [появилась|продаётся] [в сетевых магазинах|в "
            "паре магазинов|с этого месяца]. [Для тех, кто искал|Инфа|Если кому надо]",
            "[В составе|На упаковке] {b} [указано|написано] [«ядрица, первый сорт»|«урожай "
            "этого года»|«Алтайский край»]. [Интересно|Хорошо|Для справки] [🌾|🥣|👀|📍|🍳]",
            "[Заметка себе|Список покупок]: [молоко, хлеб, гречка {b}|{b}, яйца, сметана|кофе, "
            "{b} и корм коту]. [🌾|🥣|👀|📍|🍳]",
            "[Запасаюсь|Закупился] гречкой [{b}|{b} и тушёнкой] — [на зиму|по привычке|на дачу] "
            "{lol}",
            "[Любопытно|Интересная деталь]: на пачке {b} [нарисован колосок|указан номер "
            "поля|есть карта Алтая]. [🌾|🥣|👀|📍|🍳]",
            "[Отнесла|Отвёз] [бабушке|маме|в деревню] [пару пачек {b}|коробку {b}|гостинцы и "
            "{b}], [на месяц хватит|будет варить кашу|она просила]. [🌾|🥣|👀|📍|🍳]",
            "[Ютубер|Блогер] [варил|готовил] {dish_home} с {b}, [видела в "
            "рекомендациях|промелькнуло в ленте|теперь хочу повторить]. [🌾|🥣|👀|📍|🍳]",
            "[Новый|Ещё один] [вкус|продукт] у {b}: [гречневые хлопья с яблоком|гречка с "
            "грибами в пакетиках|мука для блинов]. [Надо взять на пробу|Выглядит "
            "интересно|Посмотрим] [🌾|🥣|👀|📍|🍳]",
            "[Ребята|Народ], {b} [продаётся|есть] в [Казахстане|Беларуси|Армении]? "
            "[Переезжаю|Едем в гости|Тётя спрашивает] [🌾|🥣|👀|📍|🍳]",
            "[В рецепте|По рецепту] [нужна|взяла] гречка — у меня [была|оказалась] {b}, "
            "[готовлю {dish_home}|делаю на ужин {dish_home}]. [🌾|🥣|👀|📍|🍳]",
            "[У нас|В {city}] {b} [стоит {n}9 за пачку|продаётся {shop}|есть почти везде]. [Для "
            "сравнения|Делюсь|Инфа для своих]",
            "[Вижу|Встречаю] {b} [в каждом втором магазине|теперь и {shop}|в рекламе в метро]. "
            "[Растут|Популярная марка|Ну понятно] [🌾|🥣|👀|📍|🍳]",
            "[Пора|Надо] купить ещё пачку {b}, [в список покупок|закажу вечером|зайду после "
            "работы]. [🌾|🥣|👀|📍|🍳]",
            "[Для справки|На заметку]: {b} [варить|лучше варить] [на медленном огне|под "
            "крышкой|с щепоткой соли] минут [15|20]. [Проверено|Из опыта|Делюсь]",
            "[Муж|Сын|Папа] [сам сварил|приготовил] {dish_home} из {b} [по рецепту с пачки|по "
            "видео|по маминому рецепту]. [Ждём ужин|Делюсь фото|Пахнет на всю кухню] "
            "[🌾|🥣|👀|📍|🍳]",
            "[На пачке {b}|У {b} на упаковке] [есть QR-код с рецептами|указано время "
            "варки|нарисована карта полей]. [Отсканировала|Прикольно|Любопытно] [🌾|🥣|👀|📍|🍳]",
            "[На обед|На ужин|С собой на работу] сегодня {grain} {b} [с котлетой|с грибами|с "
            "овощами]. [Обычный вторник|Классика|Просто и сытно] 🍳",
            "[В школьной столовой|В садике|На работе в столовой] [теперь|с сентября] [гречка "
            "{b}|варят {b}|на гарнир {b}], [дети рассказали|увидела пачки на кухне|повар "
            "сказал]. [🌾|🥣|👀|📍|🍳]",
        ),
        en=(
            "[Picked up|Grabbing|Bought] the {b} {grain} {shop} to try, [cooking it "
            "tonight|will taste it tomorrow|we'll see]. [🌾|🥣|👀|📍|🍳]",
            "[Quick question|Curious]: where is {b} buckwheat [from|grown|packed]? "
            "[Altai?|Siberia?|Anyone know?]",
            "[Saw|Spotted] {b} {shop} [for {n}9 roubles|on the bottom shelf|in new packaging], "
            "[got two packs|added to the basket|sent a pic to my mom]. [🌾|🥣|👀|📍|🍳]",
            "[Cooking|Cooked] {b} [by the instructions|by eye|in the multicooker] — [20 "
            "minutes|2:1 water|the 'buckwheat' setting]. [Sharing the ratio|Noting it down] 🍳",
            "{b} [changed|updated] its packaging: [paper bag now|blue pack|with a little "
            "window]. [Looks different|You can see the grain now|Ok then] [🌾|🥣|👀|📍|🍳]",
            "Does {b} [make|have] [baby-food buckwheat|an organic line|bulk bags]? [Asking for "
            "my mom|For my kid|Curious]",
            "[Standing|Stuck] {shop} looking at [five buckwheat brands|{b} and three others], "
            "[going with {b}|{b} it is]. {lol}",
            "My [mom|grandma] [only wants|always asks for] {b}, [says it's the best|has for "
            "years]. [Ordered on Ozon|Will grab some|Got two packs] [🌾|🥣|👀|📍|🍳]",
            "[Shopping list|Note to self]: [milk, bread, {b} buckwheat|{b}, eggs, sour "
            "cream|coffee, {b}, cat food]. [🌾|🥣|👀|📍|🍳]",
            "[Stocking up on|Bought a pile of] {b} [for the winter|out of habit|for the dacha] "
            "{lol}",
            "[Posted|Sharing] my recipe for {dish_home} — [used {b}|{b} buckwheat], [any brand "
            "works too|swap freely]. [Recipe in the post|Save it]",
            "[New|Another] product from {b}: [buckwheat flakes with apple|mushroom boil "
            "bags|pancake flour]. [Will try it|Looks interesting] [🌾|🥣|👀|📍|🍳]",
            "Is {b} [sold|available] in [Kazakhstan|Belarus|Armenia]? [Moving there|Asking for "
            "my aunt] [🌾|🥣|👀|📍|🍳]",
            "{b} is [{n}9 a pack|sold {shop}|everywhere] [in {city}|where I live]. [For "
            "comparison|FYI] [🌾|🥣|👀|📍|🍳]",
            "[Time to buy|Need to grab] another pack of {b}, [adding to the list|ordering "
            "tonight]. [🌾|🥣|👀|📍|🍳]",
            "[FYI|For the record], {b} says [simmer|cook covered] for [15|20] minutes with [a "
            "pinch of salt|the lid on]. [Works|From experience]",
            "[The label|The pack] on {b} says ['first grade kernels'|'this year's "
            "harvest'|'Altai region']. [Interesting|Ok] [🌾|🥣|👀|📍|🍳]",
            "[Took|Brought] [my grandma|my mom] [a couple of packs of {b}|a box of {b}], [she "
            "asked for it|enough for the month]. [🌾|🥣|👀|📍|🍳]",
            "[Seeing|Noticing] {b} [everywhere lately|in every other store|in metro ads]. "
            "[They're growing|Popular brand] [🌾|🥣|👀|📍|🍳]",
            "[Lunch today|Dinner tonight]: {b} {grain} with [a cutlet|mushrooms|veggies]. "
            "[Simple|Classic] 🍳",
            "[My husband|My son|Dad] [cooked|made] {dish_home} with {b} [from the recipe on the "
            "pack|from a video]. [Dinner's coming|Smells great] [🌾|🥣|👀|📍|🍳]",
        ),
        mixed=(
            "{grain} от {b} — [anyone пробовал?|кто-нибудь пробовал?] [Worth it?|Как варить?]",
            "{b} [new packaging|сменил дизайн пачки], [noticed?|заметили?] [🌾|🥣|👀|🤔|📍]",
            "[Shopping list|Список]: [молоко, bread, {b}|{b}, eggs, сметана] [🌾|🥣|👀|🤔|📍]",
            "[Price check|Цены]: {b} {shop} [по {n}9|дороже на 10%], just saying",
            "Стою {shop}, [which buckwheat|какую гречку] брать — {b} или [другую|no-name]? {lol}",
            "[Recipe|Рецепт] {dish_home} — [used|брала] {b}, [any brand ok|подойдёт любая]",
        ),
    ),
    negative=Texts(
        ru=(
            "[Купила|Взял|Взяли] {b} {shop}, [открыла|открыл|открываем] — [а там моль|внутри "
            "жучки|крупа в паутине]. [Всё в мусорку|Фу|Пачку выкинули вместе с соседними] "
            "{e_neg}",
            "{b} [испортилась|испортилось|сдала]: [горчит|воняет сыростью|разваривается в "
            "клейстер], [раньше такого не было|последние три пачки одинаково|лет пять брала без "
            "вопросов]. {e_neg}",
            "[Пачка|Упаковка] {b} [теперь 800 грамм|стала 900 г вместо килограмма|похудела на "
            "сотню грамм], а [цена|ценник] [та же|выросла|поднялась на 20%]. [Шринкфляция|Нас "
            "держат за дураков|Класс] {e_neg}",
            "[Перебирала|Перебирал] {b} [полчаса|целый вечер|перед варкой]: "
            "[камешки|шелуха|чёрные зёрна] [через каждые два зёрнышка|горстью|в каждой ложке]. "
            "[Это «отборная»?|И это премиум?|Зачем тогда переплачивать?] {e_neg}",
            "[Пакетики для варки|Варочные пакеты] {b} [лопнули|расползлись|порвались] прямо в "
            "кастрюле, [вся гречка в воде|пришлось процеживать|ужин испорчен]. {e_neg}",
            "[Раньше|Когда-то] {b} [была лучшей гречкой|радовала|стоила своих денег], [сейчас|а "
            "теперь] {meh}, [и вкус уже не тот|и горчит|и мусора полно]. {sigh}",
            "[Вторую неделю|Месяц уже] {b} [нет ни в одном магазине|не могу найти "
            "{shop}|пропала с полок]. [Что случилось?|Производство закрылось?|Куда делись?] "
            "{e_neg}",
            "[Цена на|Ценник на] {b} [{shop}|у нас] [за месяц вырос на треть|уже под двести "
            "рублей|как на чёрную икру] {lol} [Гречка — новая роскошь|Грабёж|Прощай, {b}] "
            "{e_neg}",
            "[Сварила|Сварил] {b} [по инструкции|как всегда] — [получилась каша-размазня|зёрна "
            "твёрдые даже через 40 минут|запах как из подвала]. [Что с партией?|Брак?|Больше не "
            "беру] {e_neg}",
            "[Ребёнку|Сыну|Дочке] [после|от] каши из {b} [высыпало|стало плохо|заболел живот]. "
            "[Совпадение или нет — не знаю|Больше не рискую|Будьте осторожны] {e_neg}",
            "[Заказала|Заказал] {b} [на Озоне|на Вайлдберриз|в интернет-магазине], [пришла "
            "рваная пачка|половина рассыпана по коробке|срок годности истекает через неделю]. "
            "{e_neg}",
            "{b} [реклама|маркетинг] [на каждом шагу|в каждом утюге], а [в пачке мусор|крупа "
            "обычная|качество хромает]. [Лучше бы в производство вложились|Деньги не "
            "туда|Смешно] {e_neg}",
            "[На пачке|На упаковке] {b} [написано «высший сорт»|нарисован Алтай|указан урожай "
            "этого года], а [внутри битая крупа|по вкусу прошлогодняя|зёрна серые]. "
            "[Враньё|Обман покупателя|Ну-ну] {e_neg}",
            "[Не покупайте|Не берите|Осторожно:] {b} [из последних партий|с датой этого "
            "месяца|{shop}] — [{meh}|горькая|с насекомыми]. [Проверено лично|Предупреждаю|Минус "
            "ужин] {e_neg}",
            "[Жаловалась|Написала] в {b} [на горечь|на жучков|на недовес] — [ответили "
            "шаблоном|тишина|предложили купон на 50 рублей]. {lol} [Сервис|Спасибо|Ну-ну] "
            "{e_neg}",
            "[Обидно|Жаль|Грустно]: {b} [была любимой гречкой|годами стояла у нас в шкафу|мама "
            "всегда брала], а теперь [горчит|с мусором|не варится нормально]. {sigh}",
            "[Открыла|Распечатала] [новую пачку|пакет] {b} — [запах затхлый|запах как у старого "
            "мешка|пахнет плесенью]. [Вернула в магазин|Выбросила|Больше ни ногой] {e_neg}",
            "[Три пачки|Две пачки подряд] {b} [с жучками|с камнями|с горечью]. [Это уже не "
            "случайность|Система|Где ваш контроль качества?] {e_neg}",
            "{b} [подняли цены|снова подорожали], а [в пачке|внутри] [больше шелухи|мусор как "
            "был|всё то же самое]. [Не стоит своих денег|Переплата за красивую пачку|Ухожу на "
            "другую марку] {e_neg}",
            "[Гречка|Крупа] {b} [колет зубы|хрустит на зубах|с песком]. [Перебирать тоже "
            "надо?|Серьёзно?|Как это вообще пропустили?] {e_neg}",
            "[В пакетиках|В варочных пакетах] {b} [гречки меньше, чем заявлено|одна "
            "вода|половина пустая]. [Проверила на весах|Взвесил|Обман] {e_neg}",
            "[Хотела|Хотел] [приготовить|сделать] {dish_home} [гостям|на праздник], "
            "[открыла|открыл] {b} — [а там камни|мука вместо крупы|слиплось всё комом]. "
            "[Позор|Спасибо за вечер|Ну что за] {e_neg}",
            "[Писала|Пишу] [второй раз|уже в третий раз] про {b}: [горечь никуда не "
            "делась|мусор как был|недовес всё тот же]. [Вы вообще читаете?|Ответа нет|Молчат] "
            "{e_neg}",
            "[Подешевле|Дешёвая] гречка [без названия|из «Магнита»|на развес] [оказалась "
            "лучше|вкуснее|чище], чем {b}. [Вот и вся премиальность|Смешно|Вывод сделан] {e_neg}",
            "{b}, [верните|куда делась] [старую гречку|нормальную крупу|прежнее качество]? "
            "[Раньше вы были лучшими|Это уже не то|Не узнаю вас] {e_neg}",
        ),
        en=(
            "[Bought|Opened] a pack of {b} {shop} and [found moths|there were bugs inside|it "
            "was full of webs]. [Straight in the bin|Gross|Threw out the whole shelf] {e_neg}",
            "{b} [has gone downhill|got worse|isn't what it was]: [bitter|smells damp|turns to "
            "glue when cooked], [never used to be like this|last three packs were the same]. "
            "{e_neg}",
            "The {b} pack is [now 800 g|900 g instead of a kilo|a hundred grams lighter] and "
            "the price [is the same|went up|jumped 20%]. [Shrinkflation|They think we're "
            "stupid|Great] {e_neg}",
            "[Spent|Wasted] [half an hour|a whole evening] sorting {b}: [stones|husks|black "
            "grains] [everywhere|by the handful|in every spoonful]. [This is 'premium'?|Why pay "
            "extra then?] {e_neg}",
            "The {b} boil bags [burst|fell apart|split] right in the pot, [buckwheat "
            "everywhere|had to strain it|dinner ruined]. {e_neg}",
            "[For weeks|A month now], {b} [is gone from every store|isn't on the shelf "
            "{shop}|has vanished]. [What happened?|Did production stop?|Where did you go?] "
            "{e_neg}",
            "{b} [prices|price tag] [went up by a third in a month|is near 200 roubles now|is "
            "like caviar now] {lol} [Buckwheat is the new luxury|Robbery] {e_neg}",
            "[Cooked|Made] {b} [by the instructions|as always] — [it turned into mush|still "
            "hard after 40 minutes|smelled like a basement]. [Bad batch?|Not buying again] "
            "{e_neg}",
            "[Ordered|Got] {b} [on Ozon|on Wildberries|online] and [the pack came torn|half of "
            "it spilled in the box|it expires next week]. {e_neg}",
            "The {b} label says ['premium grade'|'this year's harvest'|'Altai'] but [it's "
            "broken grain|tastes old|it's grey]. [Lies|Misleading|Sure] {e_neg}",
            "[Don't buy|Avoid|Careful with] {b} [from recent batches|{shop}] — "
            "[{meh}|bitter|bugs]. [Learned the hard way|Warning you|Ruined dinner] {e_neg}",
            "[Complained|Wrote] to {b} [about bitterness|about bugs|about short weight] — "
            "[template reply|silence|they offered a 50-rouble coupon] {lol} {e_neg}",
            "[Two|Three] packs [in a row|running] of {b} [with bugs|with stones|bitter]. [Not "
            "an accident anymore|Where's your quality control?] {e_neg}",
            "The {b} [crunches on your teeth|has sand in it|is gritty]. [Do I need to sort it "
            "too?|Seriously?] {e_neg}",
            "[No-name|Cheap] buckwheat [from Magnit|by weight] [turned out better|tastes "
            "cleaner] than {b}. [So much for premium|Lesson learned] {e_neg}",
            "[Sad|Shame]: {b} [was our favourite|was in our cupboard for years|was my mom's "
            "pick], now it's [bitter|full of debris|won't cook right]. {sigh}",
            "[Opened|New pack of] {b} [smells musty|smells mouldy|smells like an old sack]. "
            "[Returning it|Binned it|Never again] {e_neg}",
            "[Weighed|Checked] the {b} boil bags — [less buckwheat than stated|half "
            "empty|mostly air]. [Scam|Cheating] {e_neg}",
            "{b}, [bring back|what happened to] [the old quality|your real buckwheat]? [You "
            "used to be the best|Don't recognise you] {e_neg}",
            "{b} [ads everywhere|marketing everywhere], but [the pack is full of debris|it's "
            "ordinary grain|quality is slipping]. [Spend it on production|Funny] {e_neg}",
        ),
        mixed=(
            "{b} [стала|is now] [горькая|bitter], [quality упала|не то что раньше] {e_neg}",
            "[Shrinkflation|Шринкфляция] от {b}: [900 г вместо kilo|пачка меньше, price больше] "
            "{e_neg}",
            "[Моль|Bugs] в пачке {b}, [seriously|ну серьёзно] {e_neg}",
            "{b} [пропала|gone] {shop}, [where|куда делась]? {e_neg}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день]! {grain} — [где купить|где найти|в каких магазинах "
            "искать] [в {city}|у нас в области|поблизости]? [Обошла три магазина|Везде только "
            "ядрица|На сайте нет списка]",
            "{h} [подскажите|скажите], пожалуйста, [какой урожай|какого года урожай|откуда "
            "крупа] в пачках [с синей полосой|этого месяца|последней партии]? [Важно для "
            "меня|Просто интересно|Хочу знать]",
            "{h} [нужно ли|надо ли] [промывать|замачивать|перебирать] [вашу гречку|продел] "
            "перед варкой? [На пачке не написано|Бабушка спорит|Спор в семье]",
            "{h} [есть ли|а есть ли] у вас [гречка без глютена|сертификат «органик»|крупа для "
            "детского питания]? [Ребёнку с целиакией|Для аллергика|Подбираем прикорм]",
            "{h} [как хранить|сколько хранится|где лучше хранить] [открытую пачку|начатый "
            "пакет|крупу]? [Боюсь моли|Купила много|В прошлый раз завелись жучки]",
            "{h} [добрый день|здравствуйте]. [Можно ли|Как] [купить у вас оптом|заказать мешок "
            "на 25 кг|стать поставщиком для нашего магазина]? [Кому писать?|Есть ли "
            "условия?|Контакты пришлите]",
            "{h} [а куда пропала|почему не видно в продаже|куда делась] [ваша|эта] позиция: "
            "{grain}? [Больше не выпускаете?|Вернётся?|Очень любила] {e_meh}",
            "{h} [вы|Вы] [сами выращиваете|закупаете|обжариваете] гречку или [фасуете "
            "чужую|берёте у фермеров|это импорт]? [Хочу понимать|Вопрос без подвоха|Любопытно]",
            "{h} [подскажите|скажите], [сколько калорий|какая калорийность|сколько белка]: "
            "{grain}, на 100 г? [На пачке стёрлось|Считаю КБЖУ|Для тренера нужно]",
            "{h} [будут ли|планируете ли] [большие пачки|упаковку по 3 кг|крупы кроме гречки]? "
            "[Семья большая|Берём много|Было бы удобно] {e_pos}",
            "{h} [здравствуйте|добрый вечер], [в чём разница|чем отличается] [ядрица от "
            "продела|зелёная гречка от обычной|гречка в пакетиках от рассыпной]? [Запуталась|Не "
            "понимаю|Объясните]",
            "{h} [где|как] [посмотреть|проверить] [дату фасовки|номер партии|срок годности] на "
            "пачке? [Не могу найти|Мелко очень|Пачка новая, не понимаю]",
            "{h} [привет|добрый день]! [Есть ли|Выпускаете ли] [гречневую муку|хлопья без "
            "сахара|лапшу из гречки]? [Ищу для блинов|Хочу попробовать|Для диеты] 🤔",
            "{h} [подскажите|вопрос], [можно ли|реально ли] [сдать пачку с браком в "
            "магазин|вернуть деньги за вскрытую пачку|обменять]? [Крупа горькая|Нашла "
            "мусор|Просто уточняю]",
            "{h} [здравствуйте|доброе утро], [почему|отчего] [гречка стала темнее|вкус "
            "изменился|цвет другой] в [последних пачках|новой упаковке]? [Это "
            "нормально?|Сменили поставщика?|Просто заметила]",
        ),
        en=(
            "{h} [hi|hello]! Where can I buy {b} {grain} [in {city}|near me]? [Tried three "
            "stores|Only see kernels everywhere]",
            "{h} do I need to [rinse|soak|sort] your buckwheat before cooking? [Not on the "
            "pack|Family argument|Grandma says yes]",
            "{h} is your buckwheat [gluten free|certified organic|ok for baby food]? [Kid has "
            "celiac|For an allergy|Weaning my baby]",
            "{h} [how long does|how should I store] [an open pack|the {grain}] [keep|last]? "
            "[Scared of moths|Bought a lot]",
            "{h} [why|how come] [the {grain} disappeared|I can't find the {grain} anymore]? "
            "[Discontinued?|Coming back?|Loved it] {e_meh}",
            "{h} [do you grow|do you roast|do you source] the buckwheat yourselves or [buy it "
            "in|import it]? [Just curious|Honest question]",
            "{h} [how many calories|how much protein] in the {grain}? [Label's worn "
            "off|Counting macros]",
            "{h} what's the difference between [kernels and cracked|green and regular|boil bags "
            "and loose]? [Confused|Please explain]",
            "{h} [any plans for|will you make] [bigger packs|3 kg bags|other grains]? [Big "
            "family|Would be handy] {e_pos}",
            "{h} why [is the buckwheat darker|does it taste different] in [recent packs|the new "
            "packaging]? [Is that normal?|New supplier?]",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [здравствуйте|добрый день]. [Купила|Купил] {shop} пачку {b} ({grain}), [внутри "
            "жучки|в пачке моль|крупа в паутине]. [Срок годности ещё полгода|Пачка была "
            "целая|Фото прикладываю]. [Что делать?|Как вернуть деньги?|Жду ответ] {e_neg}",
            "{h} [в пачке|в упаковке] [на 900 г|с ядрицей] [оказалось 830|было 850|не хватает "
            "граммов 60] — [взвесила на кухонных весах|перевесила дважды|весы точные]. [Это "
            "как?|Объясните|Недовес систематический] {e_neg}",
            "{h} [ваша гречка|крупа] [горчит|пахнет сыростью|отдаёт химией] [уже третью пачку "
            "подряд|в последней партии|с прошлого месяца]. [Партия на фото|Номер партии могу "
            "прислать|Разберитесь] {e_neg}",
            "{h} [пакетики для варки|варочные пакеты] [рвутся|лопаются|расползаются] [в "
            "кастрюле|через пять минут|при варке], [вся крупа в воде|ужин испорчен|это уже не "
            "первый раз]. {e_neg}",
            "{h} [заказала|заказал] [у вас на сайте|в вашем интернет-магазине] [три "
            "пачки|коробку|набор] [неделю назад|{when}], [до сих пор не отправлен|трек не "
            "обновляется|пришла пустая коробка]. [Где заказ?|Верните деньги|Ответьте] {e_neg}",
            "{h} [в крупе|в пачке] [нашла|попались] [камешки|стекло|кусок пластика], [чуть зуб "
            "не сломала|ребёнок мог проглотить|это опасно]. [Как такое пропускают?|Жду "
            "реакции|Фото есть] {e_neg}",
            "{h} [писала|писал] вам [в личку|на почту|через форму на сайте] [неделю назад|три "
            "дня назад|{when}], [ответа нет|никто не отвечает|получила автоответ и всё]. "
            "[Алло|Ау|Вы вообще работаете?] {e_neg}",
            "{h} [цена|ценник] {shop} [выросла на 40%|стала как у деликатеса|подскочила за "
            "неделю] — {grain}, [это вы или магазин?|объясните|так нельзя] {e_neg}",
            "{h} [купила|взяли] пачку {b} ({grain}), [а срок годности|а дата фасовки] [истёк "
            "месяц назад|прошлогодняя|затёрта]. [Магазин кивает на вас|Кто "
            "отвечает?|Разберитесь] {e_neg}",
            "{h} [гречка|крупа] [не разваривается даже за 40 минут|разваривается в "
            "клейстер|остаётся сырой внутри], [как было раньше — не стало|что-то с "
            "партией|инструкции следую]. {e_neg}",
            "{h} [после вашей каши|от вашей крупы] [у ребёнка|у сына|у дочки] [сыпь|болит "
            "живот|аллергия], [раньше такого не было|ели её годами|других продуктов новых не "
            "было]. [Что с составом?|Ответьте, пожалуйста|Тревожно] {e_neg}",
            "{h} [на пачке написано|на упаковке указано] «[без ГМО|урожай этого года|высший "
            "сорт]», а [внутри битая крупа|зерно серое|много шелухи]. [Обман|Это реклама или "
            "правда?|Как так?] {e_neg}",
            "{h} [промокод|скидка|купон] [с вашего сайта|из рассылки|на первый заказ] [не "
            "работает|не применяется|выдаёт ошибку]. [Пробовала трижды|Срок не истёк|Поправьте] "
            "{e_neg}",
            "{h} [в последних пачках|в новой упаковке] [много мусора|полно шелухи|чёрные зёрна "
            "через одно], [раньше было чисто|перебирать приходится по полчаса|это не ваш "
            "уровень]. {e_neg}",
            "{h} [коробка|посылка] [от вас|с вашего склада] [пришла мятая|пришла мокрая|пришла "
            "с порванными пачками], [половина крупы на дне коробки|всё рассыпалось|пакеты в "
            "муке]. {e_neg}",
            "{h} [зачем|почему] [уменьшили пачку|убрали зип-замок|поменяли крупу] и [не "
            "предупредили|подняли цену|сделали хуже]? [Покупатели не дураки|Заметно "
            "сразу|Разочарована] {e_neg}",
        ),
        en=(
            "{h} [hi|hello]. Bought {grain} {shop} and [there were bugs inside|moths in the "
            "pack|webs in the grain]. [Expires in six months|Pack was sealed|Photo attached]. "
            "[What now?|Refund?] {e_neg}",
            "{h} your [900 g|kernels] pack [weighed 830|was 60 g short] — [weighed it "
            "twice|scales are accurate]. [Explain?|This keeps happening] {e_neg}",
            "{h} your buckwheat [tastes bitter|smells damp|tastes of chemicals] [for the third "
            "pack in a row|in the latest batch]. [Batch number on request|Please look into it] "
            "{e_neg}",
            "{h} the boil bags [tear|burst|fall apart] [in the pot|after five minutes], [grain "
            "everywhere|dinner ruined|not the first time]. {e_neg}",
            "{h} [ordered from your site|ordered in your online shop] [a week ago|{when}], "
            "[still not shipped|tracking stuck|got an empty box]. [Where is it?|Refund please] "
            "{e_neg}",
            "{h} [found|there were] [stones|glass|plastic] in the pack, [nearly broke a "
            "tooth|my kid could've swallowed it|that's dangerous]. [How does this pass "
            "QC?|Photo attached] {e_neg}",
            "{h} [messaged you|emailed you] [a week ago|three days ago], [no reply|just an "
            "auto-reply]. [Hello?|Anyone there?] {e_neg}",
            "{h} [my kid|my son|my daughter] got [a rash|a stomach ache] after your kasha, "
            "[never happened before|we've eaten it for years]. [What's in it?|Please reply] "
            "{e_neg}",
            "{h} the pack says '[non-GMO|this year's harvest|top grade]' but [it's broken "
            "grain|full of husks|grey]. [Misleading|How?] {e_neg}",
            "{h} [the parcel|your box] [arrived crushed|came wet|had torn packs], [grain all "
            "over the box|everything spilled]. {e_neg}",
            "{h} [why|how come] you [shrank the pack|removed the zip lock|changed the grain] "
            "and [raised the price|said nothing]? [We notice|Disappointed] {e_neg}",
        ),
    ),
    comment=Texts(
        ru=(
            "[Выглядит вкусно|Аппетитно|Слюнки] {e_pos} [Рецепт сохранила|Завтра "
            "приготовлю|Спасибо за идею]",
            "[А где купить в {city}?|В {city} продаётся?|Где вас найти в {city}?] [Не нашла ни "
            "в одном магазине|Очень хочу попробовать|Подскажите]",
            "[Лучшая гречка|Ваша гречка лучшая|Только вас и беру] {e_pos} [Спасибо|Не "
            "меняйтесь|Так держать]",
            "[Цены бы снизили|А цены когда снизите?|Дороговато стало], [а так всё "
            "нравится|гречка хорошая|а так норм] {e_meh}",
            "[Последняя пачка была с мусором|У меня последняя горчила|В прошлый раз попались "
            "камешки], [надеюсь, это случайность|поправьте|передайте технологам] {e_meh}",
            "[Готовила по вашему рецепту|Сделала по рецепту с пачки] — [{good}|всем "
            "понравилось|получилось] 🙌",
            "[А будет|Сделайте] [большая пачка|упаковка по 2 кг|гречневая мука], "
            "[пожалуйста|все ждут|очень надо] 🙏",
            "[Мама только вашу берёт|Бабушка одобряет|У нас это семейное] {lol}",
            "[Интересно|Хм], [а с молоком можно так же?|а в мультиварке?|а если без масла?] 🤔",
            "[Ответьте в личке|Писала вам в директ], [неделю жду|там вопрос по заказу] {e_meh}",
            "[Ух ты|Вау], [не знала, что из гречки так можно|какая идея|попробую] {e_pos}",
            "[Поддерживаю|Плюс], [только вас и покупаю|проверенная марка|вкусно] {e_pos}",
            "[Добавьте|Пишите] [калорийность|время варки|граммовку] в [рецепты|посты], [удобнее "
            "будет|пожалуйста]",
            "[Зелёную гречку|Хлопья] [тоже пробовали?|хвалят, надо купить|пробовала, "
            "понравилось] {e_meh}",
        ),
        en=(
            "[Looks delicious|Yum] {e_pos} [Saving this|Making it tomorrow]",
            "[Where can I buy it in {city}?|Available in {city}?] [Can't find it anywhere|Want "
            "to try]",
            "[Best buckwheat|Only one I buy] {e_pos}",
            "[Prices though|Could you lower prices?], [otherwise love it|grain is great] {e_meh}",
            "[My last pack had debris|Last one was bitter], [hope it's a one-off|pass it to "
            "quality please] {e_meh}",
            "[Made your recipe|Tried the recipe on the pack] — [{good}|everyone loved it] 🙌",
        ),
    ),
    reply=Texts(
        ru=(
            "[Согласна|Плюсую|Подтверждаю], [у меня тоже|последняя пачка такая же|то же самое "
            "было]",
            "[А ты какую брала?|Из какой партии?|Где покупали?] [У меня всё норм|Интересно "
            "сравнить|Может, магазин хранит плохо] 🤔",
            "[Странно|Хм], [я {b} сто лет беру|у меня всегда норм|никогда не было проблем], "
            "[может, партия такая|не повезло|магазин виноват] 🤷",
            "[Промой|Промывай|Обжарь] [перед варкой|на сухой сковороде], [вкус будет "
            "другой|горечь уйдёт|так бабушка делала]",
            "[Пиши им|Напиши производителю|Жалобу оставь], [мне ответили|мне заменили|они вроде "
            "отвечают]",
            "{lol} [Жиза|Узнаю|У нас тоже вся семья на гречке]",
            "[Гречка {b}|{b}] [лучшая|норм|не хуже других], [не знаю, о чём вы|у всех бывают "
            "партии|не драматизируйте] {e_meh}",
            "[Моль|Жучки] [в крупе|в шкафу] — [это чаще дома заводится|проверь остальные "
            "пачки|не всегда производитель виноват] {e_meh}",
            "[Я на развес беру|Я беру на рынке|Перешла на другую марку] — [и не парюсь|дешевле "
            "и так же|пока нравится] {e_meh}",
            "[Спасибо, что предупредила|Учту|Буду проверять], [{b} больше не беру|посмотрю "
            "партию|пока подожду] 👍",
            "[А мне|Мне вот] {b} [нравится|кажется лучшей|всегда заходит], [сорри|каждому своё] "
            "{e_pos}",
            "[Попробуй|Советую] их же линейку — {grain}, [вкус другой|мне больше нравится]",
            "[У моей мамы|У соседки] [то же самое|та же история|была такая же пачка], [отнесли "
            "обратно в магазин|вернули деньги] {e_meh}",
            "[Гречка подорожала везде|Всё дорожает], [не только {b}|это не к ним "
            "претензия|инфляция] {sigh}",
            "[Покажи фото|Фото пачки скинь|Пруфы?] {e_meh}",
            "[Ахах|Ха], [бабушка бы сказала|мама говорит]: «[перебирать надо всегда|в наше "
            "время гречку по талонам давали|ешь, что дают]» {lol}",
        ),
        en=(
            "[Agreed|Same|Can confirm], [my last pack too|same thing here]",
            "[Which batch?|Where did you buy it?] [Mine's fine|Maybe the store stores it badly] "
            "🤔",
            "[Weird|Hm], [I've bought {b} forever|never had a problem], [bad batch "
            "maybe|unlucky] 🤷",
            "[Rinse it|Toast it dry] [before cooking|in a pan], [bitterness goes away|that's "
            "what grandma did]",
            "[Message them|Write to them], [they replaced mine|they do answer]",
            "{lol} [Relatable|Same in our house]",
            "[Moths|Bugs] [often start at home|check your other packs] — [not always the "
            "brand's fault] {e_meh}",
            "[Buckwheat went up everywhere|Everything's pricier], [not just {b}|inflation] "
            "{sigh}",
        ),
        mixed=(
            "[Same|Плюс], у меня [тоже такое было|последняя такая же], [so annoying|бесит] "
            "{e_meh}",
            "[Rinse it|Промой] [перед варкой|first], [горечь уйдёт|trust me]",
            "{b} [норм|totally ok], [maybe партия такая|просто не повезло] 🤷",
            "{lol} [relatable|жиза]",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Нам очень жаль|Простите, пожалуйста|Приносим "
            "извинения], [что так получилось|что пачка вас расстроила|за неприятный опыт]. "
            "[Пришлите, пожалуйста, фото пачки с номером партии в личные сообщения|Напишите нам "
            "в личку дату фасовки и номер партии] — [заменим продукт|вернём деньги|передадим в "
            "лабораторию]",
            "[Добрый день!|Здравствуйте!] [Спасибо, что сообщили|Благодарим за сигнал]. [Номер "
            "партии|Эту информацию] мы [передали технологам|отправили на проверку в "
            "лабораторию|взяли на контроль], [ответим в течение трёх дней|о результатах "
            "напишем|свяжемся с вами]",
            "[Здравствуйте!|Привет!] [Крупу|Гречку] [достаточно|лучше] [промыть в холодной "
            "воде|обжарить на сухой сковороде пару минут], [перебирать не нужно|варить 15–20 "
            "минут под крышкой|соотношение 1:2]. [Приятного аппетита|Хорошего дня] 🌾",
            "[Здравствуйте!|Добрый день!] [Список магазинов|Где купить — смотрите|Актуальные "
            "точки продаж] [есть на сайте в разделе «Где купить»|есть на нашей странице на "
            "Озоне и Вайлдберриз|пришлём в личные сообщения по вашему городу]. [Спасибо за "
            "интерес|Будем рады]",
            "[Добрый день!|Здравствуйте!] [Хранить|Открытую пачку лучше хранить] [в сухом "
            "прохладном месте|в стеклянной банке с крышкой|подальше от других круп], [так "
            "насекомые не заведутся|срок — до 12 месяцев|лучше не в пакете]. [Спасибо за "
            "вопрос|Хорошего дня] 🙂",
            "[Здравствуйте!|Добрый день!] [Недовес недопустим|Вес должен соответствовать "
            "указанному]. [Пришлите, пожалуйста, фото на весах и чек|Напишите нам номер партии "
            "и магазин] — [разберёмся с фасовочной линией|проверим партию|компенсируем]",
            "[Здравствуйте!|Добрый день!] [Ваш заказ|Посылка] [задержалась на складе|передана в "
            "доставку|уже в пути], [трек-номер отправили в личные сообщения|приносим извинения "
            "за ожидание|ожидайте в течение 2–3 дней]",
            "[Добрый день!|Здравствуйте!] [Состав и калорийность|КБЖУ] [указаны на обороте "
            "пачки|есть на сайте в карточке товара]: [на 100 г — около 310 ккал и 12 г "
            "белка|12,6 г белка на 100 г]. [Хорошего дня|Обращайтесь] 🙌",
            "[Здравствуйте!|Добрый день!] [Цвет и вкус крупы|Оттенок зерна] [могут немного "
            "отличаться|меняются] [от урожая к урожаю|в зависимости от степени обжарки], [это "
            "нормально|на качество не влияет]. [Если есть сомнения — пришлите фото|Спасибо за "
            "внимательность]",
            "[Здравствуйте!|Добрый день!] [Нам очень важно разобраться|Спасибо, что не "
            "промолчали]. [Пожалуйста, сохраните пачку|Не выбрасывайте упаковку] и [напишите "
            "нам в личные сообщения|оставьте телефон в личке] — [заберём на экспертизу|свяжемся "
            "сегодня|вернём деньги]",
            "[Добрый день!|Здравствуйте!] [Оптом|По вопросам сотрудничества] [мы работаем через "
            "дистрибьюторов|пишите на почту отдела продаж], [контакты пришлём в личные "
            "сообщения|ответим в течение дня]",
            "[Здравствуйте!|Добрый день!] [Промокод|Скидка] [действует только на первый "
            "заказ|работает при сумме от 1000 рублей|применяется в корзине]. [Если всё равно не "
            "работает — напишите нам|Проверим вручную|Поможем оформить]",
            "[Добрый день!|Здравствуйте!] [Зелёную гречку|Эту позицию] [временно не "
            "выпускаем|ненадолго сняли с производства|вернём в продажу осенью]. [Следите за "
            "новостями|Спасибо, что ждёте|Нам тоже её не хватает] 🌾",
            "[Здравствуйте!|Добрый день!] [Цены|Отпускные цены] [устанавливают магазины|зависят "
            "от сети], [наши отпускные цены не менялись с весны|мы передадим вопрос отделу "
            "продаж]. [Спасибо за понимание|Благодарим за вопрос]",
        ),
        en=(
            "[Hi|Hello]! [We're very sorry|Apologies] [about this|for the bad experience]. "
            "[Please DM us a photo of the pack with the batch number|Send us the packing date "
            "and batch number privately] — [we'll replace it|we'll refund you|we'll send it to "
            "our lab]",
            "[Hello!|Hi!] [Thanks for letting us know|Thank you for flagging this]. [We've "
            "passed the batch to our technologists|It's with our lab now], [we'll reply within "
            "three days|we'll update you]",
            "[Hi!|Hello!] [Just rinse it in cold water|Toast it dry for a couple of minutes], "
            "[no sorting needed|simmer 15–20 minutes covered|1:2 with water]. [Enjoy|Have a "
            "nice day] 🌾",
            "[Hello!|Hi!] [Store it|Keep an open pack] [somewhere cool and dry|in a glass jar "
            "with a lid], [that keeps bugs away|it lasts up to 12 months]. [Thanks for asking] "
            "🙂",
            "[Hi!|Hello!] [Your order|The parcel] [was delayed at our warehouse|is on its way "
            "now], [tracking number is in your DMs|sorry for the wait]",
            "[Hello!|Hi!] [Nutrition info|Calories and protein] [is on the back of the pack|is "
            "on our website]: [about 310 kcal and 12 g protein per 100 g]. [Have a great day] 🙌",
            "[Hi!|Hello!] [Colour and taste|Grain shade] [can vary slightly|changes] [between "
            "harvests|with the roast level], [that's normal|it doesn't affect quality]. [If in "
            "doubt, send us a photo]",
            "[Hello!|Hi!] [We really want to get to the bottom of this|Thanks for speaking up]. "
            "[Please keep the pack|Don't throw the packaging away] and [DM us|leave your number "
            "privately] — [we'll collect it for testing|we'll refund you]",
        ),
    ),
    thanks=Texts(
        ru=(
            "[Спасибо|Благодарю], [заменили быстро|деньги вернули|всё объяснили] {e_pos}",
            "[Ого|О], [не ожидала, что ответите|так быстро|приятно]. [Спасибо|Буду дальше "
            "брать] 🙏",
            "[Поняла, спасибо|Ясно, спасибо|Спасибо за ответ], [буду промывать|так и "
            "сделаю|попробую обжарить]",
            "[Посылку получила|Заказ пришёл], [спасибо|всё целое], [вкусно как всегда|ждём "
            "следующую] {e_pos}",
            "[Спасибо за рецепт|Спасибо за совет], [получилось|сделала|вкусно] 👌",
            "[Приятно, что производитель отвечает|Редко кто отвечает], [спасибо|уважение] "
            "{e_pos}",
        ),
        en=(
            "[Thanks|Thank you], [replaced quickly|refund received|all clear now] {e_pos}",
            "[Oh wow|Oh], [didn't expect a reply|so fast]. [Thanks|Will keep buying] 🙏",
            "[Got it, thanks|Thanks for the answer], [will rinse it|will try toasting it] 👌",
            "[Parcel arrived|Order came], [thanks|all intact] {e_pos}",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Отправила фото|Написала в личку], [ответа нет уже неделю|тишина|прочитали и "
            "молчат]. [Ау|Ну и?|Что дальше?] {e_neg}",
            "[Промывала|Обжаривала], [горечь никуда не делась|не помогло|всё равно горчит]. "
            "[Дело не во мне|Партия плохая|Ну как так] {e_neg}",
            "[Вы|Вы же] [обещали заменить|сказали вернуть деньги|сказали, что свяжетесь], "
            "[прошло две недели|ничего не пришло|так никто и не связался]. {e_neg}",
            "[Шаблонный ответ|Ответ скопирован|Отписка], [вопрос не решён|по сути ничего|где "
            "конкретика?] {e_neg}",
            "[Трек|Трек-номер] [не работает|не отслеживается|не тот], [посылки нет|где "
            "заказ?|жду до сих пор] {e_neg}",
            "[Новая пачка|Заменённая пачка] [тоже с мусором|тоже горькая|такая же] {lol} "
            "[Замечательно|Спасибо|Круг замкнулся] {e_neg}",
            "[В магазине отправляют к вам|Магазин кивает на вас], [а вы — в магазин|а вы "
            "молчите], [так кто отвечает?|сколько можно] {e_neg}",
        ),
        en=(
            "[Sent the photo|DMed you], [no reply in a week|silence]. [Hello?|So?] {e_neg}",
            "[Rinsed it|Toasted it], [still bitter|didn't help]. [It's not me|Bad batch] {e_neg}",
            "[You promised|You said] [a replacement|a refund|you'd call], [two weeks "
            "ago|nothing came]. {e_neg}",
            "[The replacement pack|New pack] is [also bitter|full of debris too] {lol} {e_neg}",
            "[Tracking doesn't work|Wrong tracking number], [where's my order?|still waiting] "
            "{e_neg}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "[Отличная гречка|Хорошая крупа|Гречка что надо]. {good}. [Беру "
            "постоянно|Советую|Пять звёзд]",
            "[Покупаю уже|Беру] [года три|давно|не первый год]: {good}, [стабильное качество|ни "
            "разу не подвела|всегда одинаковая]. {e_pos}",
            "Плюсы: {good}; [удобная упаковка|честный вес|понятная инструкция]. Минусы: {meh}. "
            "[В целом — пять|Четыре с плюсом|Рекомендую]",
            "[Брала на пробу|Купила впервые], [теперь только её|очень понравилось|вкусно]. "
            "{good} {e_pos}",
            "[Варила|Готовила] {dish_home} — {good}. [Вся семья довольна|Дети съели|Муж хвалил]",
            "[Заказывала на маркетплейсе|Брала на Озоне], [пришла быстро|упаковано хорошо|пачки "
            "целые]. {good}",
            "[Крупа ровная|Зерно крупное], {good}. [Не горчит|Пахнет приятно|Варится быстро]. "
            "[Спасибо производителю|Так держать]",
            "[Отличный продукт|Хорошая покупка] — {grain}, [{good}|для завтрака идеально|для "
            "ребёнка подходит]. [Четыре звезды, потому что {meh}|Пять звёзд|Советую]",
            "[Лучше, чем|Вкуснее, чем] [другие марки|гречка по акции|то, что я брала раньше]. "
            "{good}. [Переплата оправдана|Стоит своих денег]",
            "[Бабушка|Мама] [одобрила|сказала «хорошая гречка»|даже не стала перебирать] {lol} "
            "{good}",
            "[Для ПП|Для спортсменов|На сушке] — [то что нужно|отличный вариант]. {good}, [КБЖУ "
            "на пачке|состав честный] 💪",
            "[Очень вкусная|Ароматная] [гречка|крупа], [пахнет орехом|как в детстве], {good}. ❤️",
        ),
        en=(
            "[Great buckwheat|Good grain|Solid buckwheat]. {good}. [Buy it "
            "regularly|Recommend|Five stars]",
            "[Been buying it|Buying] [for three years|for a long time]: {good}, [consistent "
            "quality|never disappointed]. {e_pos}",
            "Pros: {good}; [handy pack|honest weight]. Cons: {meh}. [Overall five|Four and a "
            "half|Recommend]",
            "[Tried it|Bought it first time], [now it's the only one|loved it]. {good} {e_pos}",
            "[Made|Cooked] {dish_home} — {good}. [Whole family happy|Kids ate it all]",
            "[Better than|Tastier than] [other brands|sale buckwheat]. {good}. [Worth the price]",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Ужасная гречка|Разочарование|Плохая крупа]. [В пачке|Внутри] "
            "[жучки|моль|камешки], [пачка была целая|срок годности в норме|куплена вчера]. [Не "
            "советую|Больше не куплю|Минус] {e_neg}",
            "[Горчит|Горькая|Пахнет сыростью], [промывала, обжаривала — не помогло|никакие "
            "хитрости не спасли|есть невозможно]. {e_neg}",
            "[Недовес|Вес не соответствует]: [на пачке 900 г, по факту 840|не хватает граммов "
            "50|проверила на весах — меньше]. [Обман покупателей|Неприятно|Стыдно] {e_neg}",
            "[Много мусора|Сорная|Грязная]: [шелуха|чёрные зёрна|камни], [перебирать "
            "полчаса|как будто не чистили вообще|за такие деньги — позор]. {e_neg}",
            "[Пакетики для варки|Варочные пакеты] [рвутся|расползаются|лопаются], [крупа в "
            "кастрюле|ужин испорчен|второй раз подряд]. {e_neg}",
            "[Цена выросла|Подорожала], [пачка уменьшилась|а качество хуже|а вкус пропал]. [Не "
            "стоит своих денег|Переплата за бренд|Ухожу на другую] {e_neg}",
            "[Раньше была лучшей|Когда-то была отличной], [сейчас|а теперь] {meh}, "
            "[горчит|мусор|разваривается]. {sigh}",
            "[Заказала онлайн|Заказывала с доставкой], [пришла рваная пачка|крупа "
            "рассыпана|срок почти истёк]. [Поддержка молчит|Возврат не оформляют|Не советую] "
            "{e_neg}",
            "[Разваривается в кашу|Не разваривается вообще|Варится час], [зерно битое|крупа "
            "мелкая|как пыль]. [Не то, что на картинке|Не «ядрица» ни разу|Разочарована] {e_neg}",
            "[После|От] [этой каши|этой гречки] [у ребёнка сыпь|болел живот|было плохо]. "
            "[Больше не покупаем|Будьте внимательны|Не знаю, что там в составе] {e_neg}",
            "[Красивая пачка|Упаковка яркая], [а внутри обычная дешёвая гречка|а крупа как у "
            "самых дешёвых|а содержимое разочаровало]. [Маркетинг|Платите за картинку] {e_neg}",
            "[Запах|Аромат] [затхлый|как из подвала|химический], [вкус|послевкусие] "
            "[горький|странный]. [Выбросила|Вернула в магазин|Никому не советую] {e_neg}",
        ),
        en=(
            "[Awful buckwheat|Disappointing|Bad grain]. [Bugs|Moths|Stones] in the pack, "
            "[sealed|within date|bought yesterday]. [Don't recommend|Won't buy again] {e_neg}",
            "[Bitter|Smells damp|Tastes off], [rinsing and toasting didn't help|inedible]. "
            "{e_neg}",
            "[Short weight|Weight is wrong]: [900 g on the pack, 840 in reality|50 g short]. "
            "[Cheating customers|Not ok] {e_neg}",
            "[Lots of debris|Dirty grain]: [husks|black grains|stones], [had to sort for half "
            "an hour|for this price it's a joke]. {e_neg}",
            "[Price went up|More expensive now], [pack got smaller|quality dropped]. [Not worth "
            "it|Switching brands] {e_neg}",
            "[Used to be the best|Was great once], [now|these days] {meh}. {sigh}",
            "[Nice packaging|Pretty pack], [but inside it's cheap buckwheat|contents "
            "disappointing]. [Marketing|You pay for the picture] {e_neg}",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Нам очень жаль|Приносим извинения], [что продукт вас "
            "разочаровал|что так получилось|за этот опыт]. [Пожалуйста, напишите нам в личные "
            "сообщения номер партии и дату фасовки|Свяжитесь с нами через форму на сайте] — "
            "[заменим продукт|вернём деньги|проведём проверку партии]",
            "[Добрый день!|Здравствуйте!] [Спасибо за отзыв|Благодарим за обратную связь]. "
            "[Информацию передали технологу|Партию отправили на лабораторный контроль|Проверяем "
            "фасовочную линию]. [Будем благодарны, если свяжетесь с нами|Надеемся вернуть ваше "
            "доверие]",
            "[Здравствуйте!|Добрый день!] [Извините за поздний ответ|Простите, что ответили не "
            "сразу]. [Если вопрос актуален|Если проблема не решена], [напишите нам на почту "
            "заботы|оставьте контакт в личных сообщениях] — [поможем|разберёмся]",
            "[Здравствуйте!|Добрый день!] [Горечь может появиться|Вкус может меняться] [при "
            "неправильном хранении|если крупа хранилась во влажном месте], [но мы обязательно "
            "проверим партию|и всё же мы проверим вашу партию]. [Напишите нам|Свяжитесь с нами]",
            "[Добрый день!|Здравствуйте!] [Сожалеем о повреждённой упаковке|Нам жаль, что "
            "посылка пришла в таком виде]. [Претензию в службу доставки уже передали|Отправим "
            "вам замену бесплатно|Вернём деньги]",
        ),
        en=(
            "[Hello|Hi]! [We're sorry|Apologies] [the product disappointed you|about this]. "
            "[Please DM us the batch number and packing date|Contact us via the form on our "
            "site] — [we'll replace it|we'll refund you|we'll check the batch]",
            "[Hi!|Hello!] [Thanks for the review|Thank you for the feedback]. [We've passed it "
            "to our technologist|The batch is going to the lab]. [Please get in touch|We hope "
            "to win back your trust]",
            "[Hello!|Hi!] [Sorry for the damaged packaging|Sorry the parcel arrived like that]. "
            "[We'll send a free replacement|We'll refund you]",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "[Спасибо за отзыв|Благодарим|Как приятно]! [Рады, что гречка понравилась|Приятного "
            "аппетита|Передадим нашим фермерам] 🌾",
            "[Здравствуйте!|Добрый день!] [Спасибо, что выбираете нас|Рады быть на вашей "
            "кухне]. [Загляните в наши рецепты|Попробуйте ещё зелёную гречку|Ждём новых "
            "отзывов] {e_pos}",
            "[Спасибо вам!|Благодарим!] [Такие слова очень важны для маленькой команды|Для нас "
            "это лучшая награда|Очень приятно], [бабушке большой привет|семье — приятного "
            "аппетита] 🙏",
            "[Спасибо за пять звёзд|Благодарим за оценку]! [Про упаковку — услышали|Замечание "
            "учтём], [будем делать лучше|работаем над этим] ✨",
        ),
        en=(
            "[Thanks for the review|Thank you|Lovely to hear]! [Glad you enjoyed it|Enjoy your "
            "meals|We'll tell our farmers] 🌾",
            "[Thank you!|Thanks!] [Means a lot to a small team|Best reward for us] 🙏",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "[Здравствуйте.|Добрый день.] [По номеру партии из отзыва|По фото упаковки] [мы "
            "проверили фасовку|мы подняли документы]: [вес в партии соответствует "
            "заявленному|лабораторный контроль нарушений не выявил]. [Возможно, пачка "
            "повредилась при транспортировке|Пришлите, пожалуйста, фото на весах]",
            "[Добрый день.|Здравствуйте.] [Насекомые|Моль] [в закрытой пачке с непросроченным "
            "сроком не заводятся|появляются, как правило, при хранении дома рядом с другими "
            "крупами]. [Тем не менее мы проверим партию|Готовы обсудить в личных сообщениях]",
            "[Здравствуйте.|Добрый день.] [На фото|На снимке из отзыва] [упаковка другого "
            "производителя|пачка старого образца, снятая с производства год назад]. [Уточните, "
            "пожалуйста, где вы её купили|Будем рады разобраться]",
        ),
        en=(
            "[Hello.|Hi.] [We checked the batch from your review|We pulled the records]: [the "
            "weight matches the label|lab tests found no issues]. [The pack may have been "
            "damaged in transit|Please send a photo on the scales]",
            "[Hello.|Hi.] [Moths|Bugs] [don't appear in sealed in-date packs|usually come from "
            "storage at home]. [We'll still check the batch|Happy to talk privately]",
        ),
    ),
    official_post=Texts(
        ru=(
            "[Идея для ужина: приготовьте|Что приготовить сегодня? Например,|На этой неделе "
            "готовим] {dish_home}. [Рецепт в карточках|Понадобится пачка гречки и 30 "
            "минут|Сохраняйте, чтобы не потерять] 🌾",
            "[Новый урожай|Гречка нового урожая] [уже в магазинах|приехала с Алтая|скоро на "
            "полках]! [Ищите пачки с жёлтой полосой|Пробуйте и делитесь|Спасибо нашим фермерам] "
            "{e_pos}",
            "[Встречайте|Новинка|Уже в продаже]: {grain} {b}. [Ищите в «Ленте» и на Озоне|Пока "
            "в Москве и Питере, скоро — везде|Расскажите, как вам] ✨",
            "[Как варить гречку|Правильная гречка], [чтобы была рассыпчатой|чтобы не "
            "разварилась]: [1 часть крупы, 2 части воды|15 минут под крышкой|не мешать]. "
            "[Сохраните памятку|Делитесь своими секретами]",
            "[Розыгрыш|Конкурс]! [Поделитесь рецептом с нашей гречкой в комментариях|Отметьте "
            "друга] — [разыграем 10 наборов|подарим годовой запас гречки|выберем победителя в "
            "пятницу] 🎁",
            "[Побывали|Съездили] [на поля в Алтайском крае|на элеватор|к фермерам], "
            "[показываем, как растёт гречка|гречка цветёт — это очень красиво|скоро уборка]. "
            "[Фото в карусели|Видео по ссылке] 🌾",
            "[Скидка 20%|Акция]: {grain} [в «Перекрёстке»|на Вайлдберриз|в нашем магазине] [до "
            "воскресенья|всю неделю]. [Успейте|Запасайтесь] {e_pos}",
            "[Отвечаем на вопросы|Вы спрашивали]: [нужно ли промывать гречку?|почему гречка "
            "бывает разного цвета?|как хранить крупу?] [Ответ в посте|Рассказывает наш технолог]",
            "[Мы обновили упаковку|Новая пачка]: [теперь с зип-замком|бумага вместо "
            "пластика|крупнее шрифт для времени варки]. [Вы просили — мы сделали|Спасибо за "
            "обратную связь] 🙌",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Сегодня|На этой неделе] [была|провела день] [на полях под Бийском|на элеваторе|у "
            "наших фермеров]. [Гречка цветёт|Урожай обещает быть хорошим|Погода пока помогает]. "
            "[Фото — в следующем посте|Обожаю эту часть работы] 🌾",
            "[Десять лет назад|Когда-то] мы [фасовали первые пачки {b} вручную|начинали {b} в "
            "гараже|возили гречку на своей «Газели»]. [Сегодня нас знают в 40 "
            "регионах|Вспоминаю с улыбкой|Путь был непростой]",
            "[Меня часто спрашивают|Вопрос из комментариев]: [почему гречка {b} дороже|почему "
            "не делаем другие крупы|откуда берём сырьё]. [Отвечаю честно|Длинный ответ "
            "ниже|Расскажу, как есть]",
            "[Читаю|Перечитываю] [книгу о семейном бизнесе|про японские компании с вековой "
            "историей|про фермерские кооперативы]. [Много мыслей про {b}|Вдохновляет|Делюсь "
            "цитатой]",
            "[Выступала|Рассказывала] на [форуме малого бизнеса|фермерской конференции|встрече "
            "с предпринимателями] в {city} [про то, как мы строим {b}|про работу с "
            "маркетплейсами|про честную упаковку]. [Спасибо за вопросы|Запись скоро]",
            "[В нашей команде|У нас в {b}] [пополнение|новый технолог|теперь своя лаборатория]. "
            "[Рада|Горжусь|Это важный шаг] 🙌",
            "[Варю|Сварила] [себе|детям] [гречку на завтрак|{dish_home} на ужин], [как и десять "
            "лет назад|лучшее доказательство, что продукт нравится мне самой|сама ем то, что "
            "продаём] ❤️",
            "[Итоги сезона|Итоги года] {b}: [новый урожай|плюс 12 магазинов|запустили зелёную "
            "гречку]. [Спасибо всем, кто с нами|Без вас этого не было бы]",
            "[Отдыхаю|Выходные] [с семьёй|на даче|без телефона]. [Вернусь в понедельник|Всем "
            "хороших выходных|Берегите себя] ☀️",
            "[Прочитала|Прочла] все [ваши отзывы|комментарии] за [неделю|месяц]. [Про горечь в "
            "одной партии — разбираемся|Про цену — понимаю вас|Про упаковку — услышали]. "
            "[Спасибо, что пишете|Честный диалог важен]",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Готовлю|Сегодня в эфире готовим] {dish_home} [из гречки {b}|с {b}] — {good}. "
            "[Рецепт в описании|Ставьте лайк|Повторяйте] {e_pos}",
            "[Сравнила|Слепой тест] [пять марок гречки|гречку из пяти магазинов]: {b} [на "
            "первом месте|в лидерах|лучшая по чистоте]. [Видео по ссылке|Результаты в "
            "карусели|Согласны?]",
            "[ПП-рацион на неделю|Мой рацион на сушке]: [везде гречка {b}|{grain} от {b} — "
            "база]. {good} 💪",
            "[Реклама|Партнёрский пост]: {b} [дарит подписчикам промокод|запустили новинку — "
            "{grain}|выпустили новый урожай]. [Попробовала — {good}|Код в закрепе|Всем советую]",
        ),
        en=(
            "[Cooking|Today on the channel:] {dish_home} with {b} — {good}. [Recipe below|Like "
            "if you'd try it] {e_pos}",
            "[Blind test|Compared] [five buckwheat brands|buckwheat from five stores]: {b} "
            "[came first|was cleanest]. [Video linked|Agree?]",
            "[Ad|Partnership]: {b} [launched {grain}|gave my followers a code]. [Tried it — "
            "{good}|Code pinned]",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Проверила|Проверили] [пять пачек|гречку] {b} на [весах|чистоту|вкус]: [недовес в "
            "трёх из пяти|мусор в каждой|горчит]. [Результаты на видео|Судите сами|Неприятно] "
            "{e_neg}",
            "[Подписчики|Мне в директ] [присылают|шлют] [фото жучков в {b}|жалобы на горечь "
            "{b}|недовес {b}]. [Собрала всё в пост|Что происходит?|Ждём ответа бренда] {e_meh}",
        ),
        en=(
            "[Weighed|Tested] [five packs|the buckwheat] of {b}: [three were short|debris in "
            "each|bitter]. [Video in the post|Judge yourself] {e_neg}",
            "[Followers keep sending me|My DMs are full of] [photos of bugs in {b}|complaints "
            "about {b}]. [Compiled them|What's going on?] {e_meh}",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Сегодня|Вчера] [хор|детский хор|ансамбль] [пел|исполнил|спел] «Полюшко-поле» [на "
            "концерте ко Дню Победы|в доме культуры|на школьной линейке] — [до мурашек|зал "
            "встал|зрители подпевали] {e_pos}",
            "[Учу|Разучиваю|Играю] «Полюшко-поле» на [баяне|гитаре|пианино] [третью неделю|с "
            "внуком|для конкурса]. [Уже почти получается|Внук подпевает|Соседи подпевают] {lol}",
            "[Выхожу|Вышла] [рано утром|на рассвете|после дождя] за околицу, [а там "
            "полюшко|полюшко] [в росе|всё в ромашках|золотое], [красота|дух захватывает|ради "
            "этого стоит жить в деревне] ✨",
            "[Детский сад|Садик] «Полюшко» [в {city}|у нас на районе] [набирает группу|открыл "
            "новый корпус|празднует юбилей]. [Кто водит туда детей?|Как вам воспитатели?|Отзывы "
            "нужны]",
            "[Бабушка|Дед] [всегда|по вечерам] [напевала|пел] «Полюшко-поле», [когда чистила "
            "картошку|когда топил печку|за работой]. [Вспомнилось|Тёплые воспоминания|Теперь "
            "пою внукам] ❤️",
            "«Полюшко-поле» [в исполнении хора Александрова|в джазовой обработке|на "
            "электрогитаре] — [это мощь|мурашки|шедевр]. [Слушаю на повторе|Вся семья в "
            "восторге|Рекомендую] {e_pos}",
            "[Турбаза|База отдыха|Гостевой дом] «Полюшко» [у нас в {city}|на берегу реки|в "
            "сосновом бору]: [баня, тишина, лес|отдохнули шикарно|рекомендую семьям]. {e_pos}",
            "[Стихи|Пишу стихи] про [родное полюшко|полюшко за рекой|полюшко моего детства]: "
            "«[Полюшко широкое, небо голубое…|Полюшко-поле, ветер да рожь…]». [Не судите "
            "строго|Первый опыт|Как вам?]",
            "[Фотосессия|Свадебная фотосессия|Семейная съёмка] [в полюшке|на полюшке] [за "
            "городом|на закате|среди колосков] — [кадры волшебные|свет шикарный|невеста сияет] "
            "📸 #полюшко",
            "[На выпускном|На утреннике|На празднике урожая] [внучка|дети] "
            "[танцевали|выступали] под «Полюшко-поле». [Гордимся|Умнички|Видео в комментариях] ❤️",
            "[Фигуристка|Спортсменка] [откатала|показала] [произвольную|программу] под "
            "«Полюшко-поле» — [судьи аплодировали|зал стоял|красота]. {e_pos}",
            "[Кафе|Столовая|Пекарня] «Полюшко» [у трассы|в нашем посёлке|у вокзала] [— лучшие "
            "пирожки|кормит как дома|открылась после ремонта]. [Заезжайте|Рекомендую|Проверено "
            "дальнобойщиками]",
            "[Мой дед|Прадед] [пахал это полюшко|косил это полюшко|засевал это полюшко] [ещё в "
            "молодости|в колхозе|всю жизнь]. [Приехала посмотреть|Сделала фото на "
            "память|Семейная история] ❤️",
            "[Ансамбль народной песни|Фольклорный коллектив] «Полюшко» [едет на фестиваль|дал "
            "концерт|ищет новых участников] [в {city}|в областном центре]. "
            "[Приходите|Поддержим|Голоса чудесные] 🎶",
            "[Колыбельная|Песня на ночь] у нас — «Полюшко-поле», [ребёнок засыпает за "
            "минуту|любимая у всей семьи|так мама пела мне]. {e_pos}",
        ),
        en=(
            "[Listening to|Can't stop playing] 'Polyushko Polye' by the Red Army Choir [on "
            "repeat|tonight|again] — [chills every time|what a song|timeless] {e_pos}",
            "[Learning|Practising] Polyushko-Pole on [the accordion|guitar|piano] [for a "
            "recital|with my grandpa|for fun]. [Fingers hurt|Almost there] {lol}",
            "[The figure skater|Her free skate] to 'Polyushko Pole' was [stunning|unreal|a "
            "standing ovation moment] {e_pos}",
            "[My Russian teacher|Our choir] [taught us|is rehearsing] 'Polyushko Polye' — "
            "[lovely melody|so haunting|the lyrics are about a field] 🎶",
            "[Jazz|Metal|Lo-fi] cover of Polyushko Polye [just dropped|is surprisingly "
            "good|lives in my head now] {e_pos}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[Полюшко|Наше полюшко] за [деревней|рекой] [застроят коттеджами|продали под "
            "склад|зарастает борщевиком]. [Жалко до слёз|Никто не спросил жителей|Обидно] "
            "{e_neg}",
            "[Детский сад|Садик] «Полюшко» [закрывают на капремонт на год|остался без "
            "заведующей|опять без горячей воды]. [Куда детей девать?|Родители в шоке|Ну как "
            "так] {e_neg}",
            "[На концерте|На утреннике] «Полюшко-поле» [спели так фальшиво|исполнили под "
            "фонограмму|сократили до куплета], что [стыдно было|уши вяли|зал смеялся]. {e_meh}",
            "[Ливень|Град] [побил|затопил] [полюшко|всё полюшко] у [деревни|фермы] — [урожая не "
            "будет|пшеница полегла|фермеры в отчаянии]. {e_neg}",
            "[Турбаза|База отдыха] «Полюшко» — [грязь, сырость, хамство|тараканы в "
            "домиках|деньги взяли, бронь потеряли]. [Не советую|Худший отдых|Обходите] {e_neg}",
        ),
        en=(
            "[The developer|A warehouse company] [bought|is paving over] the old polyushko — "
            "[that's 'little field' in Russian|our village field] — [heartbreaking|nobody asked "
            "us] {e_neg}",
            "[Awful|Lazy] [cover|rendition] of Polyushko Polye [at the school concert|on a "
            "talent show] — [out of tune|lip-synced]. {e_meh}",
        ),
    ),
)


VOLNA = BrandTexts(
    vocab=Vocab(
        ru={
            "good": (
                "связь ловит даже в лифте между этажами",
                "интернет просто летает, за двести мегабит",
                "поддержка ответила за две минуты, живой человек",
                "роуминг включился сам ещё в самолёте",
                "в счёте всё понятно до копейки",
                "в метро на перегонах всё грузится",
                "на даче под Рузой стабильный 4G",
                "видео в электричке идёт без рывков",
            ),
            "meh": (
                "вечером часов с девяти скорость проседает",
                "приложение думает секунды по три",
                "в подвале у нас не ловит",
                "по цене рублей на сто дороже остальных",
                "СМС с кодами иногда идут минуту-две",
                "на трассе под Тулой бывают провалы",
            ),
            "svc": (
                "мобильный интернет на 40 ГБ",
                "роуминг",
                "eSIM",
                "приложение",
                "пакет «Семья на четверых»",
                "домашний интернет по оптике на 500 Мбит",
                "автоответчик",
                "режим модема для рабочего ноутбука",
            ),
            "tariff": (
                "«Бриз»",
                "«Прилив-35»",
                "«Штиль»",
                "«Течение+»",
                "«Лагуна-Безлимит»",
                "«Маяк»",
            ),
            "where": (
                "в метро между Курской и Таганской",
                "на даче в СНТ «Ромашка» под Конаково",
                "в лифте в нашей девятиэтажке",
                "в опенспейсе на Павелецкой",
                "на М-4 в районе Ельца",
                "в Мытищах",
                "дома на 14-м, у окна",
                "в ТЦ «Европа» на минус первом",
                "в электричке 18:42 на Клин",
                "в гаражном кооперативе у отца",
            ),
            "shore": (
                "на Джемете",
                "в Зеленогорске на заливе",
                "в Геленджике у Толстого мыса",
                "на Байкале у причала в Листвянке",
                "на Азове в Ейске",
                "в Светлогорске",
                "на Ладоге у Коневца",
                "на Халактырском пляже",
                "в Дивноморском",
            ),
            "wave_of": (
                "ностальгии",
                "мемов",
                "флешмобов",
                "интереса к старому винилу",
                "переездов в частные дома",
                "восторга",
            ),
            "wave_bad": (
                "увольнений",
                "гриппа",
                "жары",
                "критики",
                "звонков от лжебанкиров",
                "отмен рейсов из Внуково",
                "хейта",
                "подорожания",
            ),
            "guard_venue": (
                "в салоне связи на Тверской у витрины с чехлами",
                "в офисе продаж на Садовой у кулера с водой",
                "в фирменном салоне на проспекте Мира у стенда с умными колонками",
            ),
            "ignored_issue": (
                "с баланса каждый день списывают по 49 рублей за подписку «Кинозал», которую я "
                "не подключал",
                "мой номер не переносится от прежнего оператора уже вторую неделю, статус «в "
                "обработке»",
                "в нашем доме на Лесной, 14 нет мобильного интернета с прошлого четверга",
            ),
            "gaffe_topic": (
                "тех, кто до сих пор звонит голосом, а не пишет в мессенджер",
                "людей, которые ждут 5G на шести сотках",
                "тех, кто двадцать лет сидит на тарифе за 300 рублей",
            ),
            "fake_claim": (
                "с понедельника абонплата у всех вырастет вдвое без предупреждения",
                "в пятницу отключат все номера, не привязанные заново к Госуслугам",
                "базу абонентов с паспортами продают в даркнете за 300 долларов",
            ),
        },
        en={
            "good": (
                "signal works even in the lift between floors",
                "the internet flies, over 200 megabits",
                "support answered in two minutes, a real human",
                "roaming kicked in on its own while I was still on the plane",
                "the bill makes sense down to the kopeck",
                "everything loads in the metro between stations",
                "solid 4G at the dacha near Ruza",
                "video on the commuter train plays without a hitch",
            ),
            "meh": (
                "speed sags after about 9pm",
                "the app takes three seconds to think",
                "no signal in our basement",
                "it's about a hundred roubles pricier than the rest",
                "code texts sometimes take a minute or two",
                "there are dead zones on the highway near Tula",
            ),
            "svc": (
                "a 40 GB data pack",
                "roaming",
                "eSIM",
                "the self-service app",
                "the 'Family of four' bundle",
                "500 Mbps fibre at home",
                "voicemail",
                "tethering for my work laptop",
            ),
            "tariff": (
                "Breeze",
                "Tide-35",
                "Calm",
                "Current+",
                "Lagoon-Unlimited",
                "Lighthouse",
            ),
            "where": (
                "in the metro between Kurskaya and Taganskaya",
                "at our dacha in the Romashka allotments",
                "in the lift of our nine-storey block",
                "in the open space at Paveletskaya",
                "on the M-4 near Yelets",
                "in Mytishchi",
                "at home on the 14th floor, by the window",
                "on the basement level of the Evropa mall",
                "on the 18:42 train to Klin",
                "at my dad's garage co-op",
            ),
            "shore": (
                "at Dzhemete",
                "in Zelenogorsk on the Gulf",
                "in Gelendzhik by Tolstoy Cape",
                "on Baikal by the Listvyanka pier",
                "on the Azov in Yeysk",
                "in Svetlogorsk",
                "on Ladoga near Konevets",
                "on Khalaktyrsky beach",
                "in Divnomorskoye",
            ),
            "wave_of": (
                "nostalgia",
                "memes",
                "dance flash mobs",
                "old-vinyl collecting",
                "moves to country houses",
                "excitement",
            ),
            "wave_bad": (
                "layoffs",
                "flu",
                "heat",
                "criticism",
                "calls from fake bank 'security'",
                "cancellations at Vnukovo",
                "hate",
                "grocery price hikes",
            ),
            "guard_venue": (
                "at the phone store on Tverskaya Street, by the phone case display",
                "at the sales office on Sadovaya Street, by the water cooler",
                "at the flagship store on Prospekt Mira, by the smart speaker stand",
            ),
            "ignored_issue": (
                "I'm charged 49 roubles a day for a 'Kinozal' subscription I never signed up for",
                "my number port from my old operator has been 'processing' for two weeks",
                "our building at 14 Lesnaya has had no mobile internet since last Thursday",
            ),
            "gaffe_topic": (
                "people who still make voice calls instead of texting",
                "people who expect 5G on a six-sotka garden plot",
                "people who have sat on a 300-rouble plan for twenty years",
            ),
            "fake_claim": (
                "from Monday everyone's monthly fee doubles with no warning",
                "on Friday they'll cut off every number not re-linked to Gosuslugi",
                "the subscriber database with passports is being sold on the darknet for 300 "
                "dollars",
            ),
        },
    ),
    positive=Texts(
        ru=(
            "[Перешёл|Перешла|Переехали всей семьёй] на {b_acc} [полгода назад|прошлой "
            "весной|{when}] — [лучшее решение года|очень довольны|и всё отлично]. {good} {e_pos}",
            "[Вот честно|Скажу прямо]: [хвалю оператора впервые в жизни|редко хвалю сотовую "
            "связь], но {b} [молодцы|красавцы|реально радует]: {good}",
            "[Был|Была|Ездили] [в Турции|в Армении|в Казахстане], роуминг {b_gen} [заработал "
            "сразу|вышел дешёвым|стоил копейки] — {good} {e_pos}",
            "{b} [на даче|в деревне у бабушки|в лесу на рыбалке] [ловит отлично|тянет четыре "
            "палки|держит 4G], [даже видео грузится|можно работать прямо в гамаке|звонки "
            "чистые]. [Вот и весь отзыв|Уважение|Респект инженерам] {e_pos}",
            "[Позвонила|Написал|Обратился] в поддержку {b_gen} [насчёт роуминга|с вопросом про "
            "тариф|по поводу eSIM] — {good}, [вежливо объяснили|помогли сразу|оператор живой и "
            "приятный]. {e_pos}",
            "[Тариф|Мой тариф] {tariff} у {b_gen} — [лучшее соотношение цены и гигов|то, что "
            "надо студенту|идеально для семьи]. {good} 👍",
            "[Наконец-то|Ура,] {b} [провела|дотянула|включила] 5G [у нас в {city}|в нашем "
            "районе|на моей улице], [скорость бешеная|тест показал 400 мегабит|видео в 4К "
            "летает] {e_pos}",
            "[Сколько лет|Лет восемь уже] [сижу|нахожусь] на {b_pre}, [цены честные|связь "
            "стабильная|в поддержке живые люди]. {good}",
            "[Приложение|Личный кабинет] {b_gen} [— самое удобное из всех, что "
            "видела|наконец-то понятное|после обновления просто конфетка]: [всё видно|остатки "
            "гигов на главном|настройки в два касания] {e_pos}",
            "[Перенёс номер|Переносила номер] в {b_acc} [за один день|за сутки|онлайн], [eSIM "
            "оформили за пять минут|всё через приложение|быстро и удобно]. {e_pos}",
            "{b}, [спасибо|лучи добра] за то, что {good}. [Так держать|Вы лучшие|Люблю] 🙏",
            "[Интернет|Связь] {b_gen} {where} — {good}. [Проверял специально|Мерил "
            "скорость|Отдельный плюс] {e_pos}",
            "[Подключила|Подключил] {svc} у {b_gen} — [всё заработало за минуту|настроили прямо "
            "в салоне|проще простого]. {good}",
            "[Бабушке|Маме|Папе] [подключили|поставили] {b_acc} [с тарифом {tariff}|на простом "
            "тарифе|с кнопочным телефоном], [довольна|доволен|теперь слышим друг друга отлично] "
            "{e_pos}",
            "[Сравнил|Сравнила] [трёх операторов|всех операторов на районе] по скорости "
            "{where}: {b} [первая|вне конкуренции|быстрее всех]. [Скрины в комментах|Цифры "
            "говорят сами|Кто бы сомневался]",
            "[В салоне {b_gen}|В офисе {b_gen}] [девушка|парень-консультант] [помогла|помог] "
            "[перенести контакты|восстановить симку за пять минут|разобраться с тарифом] — "
            "[вежливо и быстро|всё честно|приятно иметь дело] {e_pos}",
            "[Кешбэк|Бонусы|Подарочные гигабайты] от {b_gen} [реально приходят|пришли за день "
            "рождения|копятся и тратятся]. [Мелочь, а приятно|Приятный сюрприз|Люблю такое] "
            "{e_pos}",
            "[Ехал|Ехали] [на поезде|на машине] [к родне|в отпуск], {b} [ловила всю "
            "дорогу|держала связь|тянула даже в полях]. {good}",
            "{b} [закрыла|блокирует] [спам-звонки|звонки мошенников|рекламные СМС] — [за месяц "
            "тишина и покой|телефон теперь звонит только по делу|тёща в восторге] {lol}",
            "[Честно|Без рекламы|От души]: {b} [лучший оператор в {city}|самый адекватный "
            "оператор|мой любимый оператор]. {good}",
            "[Семейный пакет|Общие гигабайты] у {b_gen} [— удобная штука|экономит кучу денег|— "
            "находка]: [у детей всегда есть интернет|делимся на всех|всё в одном приложении] "
            "{e_pos}",
            "[Забыл|Забыла] пополнить баланс, а {b} [дала доверительный платёж|дала уйти в "
            "небольшой минус|оставила связь до зарплаты]. [Спасибо|Выручили|Уважаю] 🙌",
            "[Живём теперь|Обосновались] [в новостройке|за городом|в {city}], а {b} и тут — "
            "{good} {e_pos}",
            "[Пять лет|Третий год] с {b_ins} — [полёт нормальный|всё устраивает|и дальше с "
            "ними]. {good}",
            "[Отдыхаю|Работаю удалённо] {where}, {b} [держит отлично|даёт стабильный "
            "интернет|тянет видеозвонки]. [Красота|Кайф|Спасибо] ☀️",
            "[Поставил|Поставила] {b_acc} [в роутер на даче|в планшет ребёнку|в часы], "
            "[работает идеально|все довольны|настроили за минуту]. {e_pos}",
        ),
        en=(
            "[Switched|Moved the whole family] to {b} [six months ago|last spring|{when}] — "
            "[best decision this year|love it|all good]. {good} {e_pos}",
            "[Honestly|Okay so] I [rarely praise a phone company|am tweeting something nice "
            "about a carrier], but {b} [is great|deserves it]: {good}",
            "[Was in|Travelled to] [Turkey|Armenia|Kazakhstan] and {b} roaming [worked "
            "instantly|was cheap|cost next to nothing] — {good} {e_pos}",
            "{b} [works great|has full bars] [at the dacha|in my grandma's village|out "
            "fishing], [even video loads|I can work from the hammock]. [Respect|That's the "
            "review] {e_pos}",
            "[Called|Messaged] {b} support [about roaming|about my plan|about eSIM] — {good}, "
            "[super polite|helped right away|a real person]. {e_pos}",
            "{b}'s {tariff} plan is [the best value per GB|perfect for students|ideal for a "
            "family]. {good} 👍",
            "{b} [finally rolled out|just switched on] 5G [in {city}|in my area], [speeds are "
            "insane|400 Mbps on the test|4K streams smoothly] {e_pos}",
            "The {b} app [is the best carrier app I've used|finally makes sense|got so much "
            "better]: [everything's visible|settings in two taps] {e_pos}",
            "[Ported my number|Moved my number] to {b} [in a day|in 24 hours|online], [eSIM "
            "done in five minutes|all through the app] {e_pos}",
            "{b} data {where} — {good}. [Tested it on purpose|Ran a speed test] {e_pos}",
            "[Got|Set up] {svc} with {b} — [worked in a minute|sorted in the store|dead easy]. "
            "{good}",
            "[Compared|Tested] [three carriers|every carrier] {where}: {b} [wins|is fastest|is "
            "way ahead]. [Screenshots below|Numbers speak]",
            "{b} [blocks|filters] [spam calls|scam calls] — [peace and quiet all month|my phone "
            "only rings for real people now] {lol}",
            "[Honestly|Love this]: {b} is [the best carrier in {city}|the most reasonable "
            "carrier|my favourite carrier]. {good}",
            "[Forgot to top up|Balance ran low] and {b} [gave me a grace payment|kept me "
            "connected till payday]. [Lifesaver|Thanks] 🙌",
            "[Road trip|Train ride] to {city} and {b} [had signal the whole way|stayed "
            "connected]. {good}",
            "[Five years|Third year] with {b} — [smooth sailing|happy customer]. {good}",
            "[Set my mom up|Got my grandpa] on {b} [with the {tariff} plan|on a simple plan] "
            "and [she can finally hear us clearly|he's thrilled] {e_pos}",
            "[Store staff|The guy] at {b} [helped me move my contacts|restored my SIM in five "
            "minutes|explained the plans] — [friendly and quick|honest] {e_pos}",
            "{b} [birthday bonus|cashback|free gigs] [actually arrived|showed up on time]. "
            "[Small thing but nice|Love that] {e_pos}",
            "[Family plan|Shared data] on {b} [is great|saves so much money]: [kids always have "
            "data|all in one app] {e_pos}",
            "[Working remotely|On holiday] {where} and {b} [handles video calls perfectly|gives "
            "me solid data]. [Love it|Thanks] ☀️",
        ),
        mixed=(
            "{b} [literally best оператор|просто top], {good} {e_pos}",
            "[Switched|Перешёл] на {b_acc}, [no regrets|вообще не жалею], [5G летает|speed "
            "огонь] 🔥",
            "[Roaming|Роуминг] {b_gen} [worked сразу|просто worked], {good}",
            "[Support|Поддержка] {b_gen} [answered за 2 минуты|super helpful], "
            "[respect|уважение] 🙌",
            "{b} {where} [ловит perfectly|full signal], [love it|кайф] {e_pos}",
            "[App|Приложение] {b_gen} [after update просто fire|стало clean и удобное] {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "[Кто на {b_pre}|У кого {b}] — [как связь|как интернет|как роуминг] {where}? [Думаю "
            "перейти|Переезжаем|Собираюсь брать симку]",
            "[Подскажите|Вопрос]: у {b_gen} [есть|бывают] [тарифы без абонплаты|eSIM для "
            "часов|тарифы для планшета]? [Ищу для мамы|Для ребёнка|Для себя]",
            "{b} [обновила|поменяла|переписала] [приложение|линейку тарифов|оферту], [теперь "
            "{tariff} стоит иначе|кто разобрался, что изменилось?|читаю условия]. "
            "[📱|📶|👀|🤔|📍]",
            "[Сравнил|Посчитал] [тарифы|цены] трёх операторов: {b} [в середине|чуть дороже|чуть "
            "дешевле] [за те же гигабайты|при похожем пакете]. [Для справки|Таблица в "
            "комментах|Делюсь]",
            "[Видел|Видела] [вышку|новую вышку|антенну] {b_gen} [у нас на крыше|на въезде в "
            "посёлок|возле школы]. [Скоро будет лучше ловить?|Интересно|Вот и строят] "
            "[📱|📶|👀|🤔|📍]",
            "[Сижу|Стою] в [салоне|офисе] {b_gen} [в очереди|жду консультанта|меняю симку], "
            "[талончик 84|скоро моя очередь|почти подошла]. [📱|📶|👀|🤔|📍]",
            "[Интересно|Любопытно], [а {b}|{b} вообще] [работает|ловит|есть] [в Крыму|на "
            "Камчатке|в Арктике]? [Собираюсь туда|Коллега едет|Обсуждаем на работе]",
            "[Пишут|Говорят], что {b} [запускает|тестирует|объявила] [собственный "
            "банк|спутниковую связь|умные часы с симкой]. [Посмотрим|Интересно|Кто слышал "
            "подробности?] [📱|📶|👀|🤔|📍]",
            "[Хочу перетащить|Перевожу] свой номер [в {b_acc}|из {b_gen}] — [сколько дней это "
            "займёт?|какие документы брать?|обязательно ли в салон?] [Делаю впервые|Кто "
            "проходил — расскажите]",
            "[Мой номер|Рабочий номер|Номер мамы] [на {b_pre}|у {b_gen}] [уже лет десять|со "
            "студенчества|с 2012 года]. [Просто факт|Вспомнилось|Старожил] [📱|📶|👀|🤔|📍]",
            "{b} [прислала|прислал] СМС [о новых условиях|про бонусы|про смену тарифа] — [кто "
            "читал, что там?|длинное, потом прочитаю|почитаю вечером]. [📱|📶|👀|🤔|📍]",
            "[Какой тариф|Что выбрать] у {b_gen} [для бабушки|для школьника|для планшета в "
            "машине]? [{tariff} или что-то попроще?|Чтобы без лишнего|Советуйте]",
            "[В {city}|У нас] {b} [открыла|открыл] [новый салон|офис|точку продаж] [возле "
            "рынка|в ТЦ|на центральной улице]. [Для тех, кто искал|Инфа|Если кому надо]",
            "[Ролик|Видео] о том, как {b} [ставит вышки в тайге|тянет связь в метро|настраивает "
            "сеть перед матчем], [прилетел в рекомендации|залип|интересно сделано]. "
            "[📱|📶|👀|🤔|📍]",
            "[Звонил|Звонила] в {b_acc} [уточнить про роуминг|узнать про eSIM|спросить про "
            "тариф], [ответили, жду подтверждения|сказали перезвонят|всё объяснили]. "
            "[📱|📶|👀|🤔|📍]",
            "[Кто-нибудь знает|Кто в курсе], {b} [блокирует|фильтрует] [рекламные звонки "
            "автоматически|звонки с незнакомых номеров]? [Или надо подключать?|Платно?|Где "
            "включается?]",
            "[Ребёнку|Сыну|Дочке] [купили|оформили] детскую симку {b_gen}, [поставили "
            "контроль|с родительским кабинетом|на тарифе {tariff}]. [Посмотрим, как оно|Пока "
            "норм|Первый опыт] [📱|📶|👀|🤔|📍]",
            "[Список дел|План на сегодня]: [продлить паспорт, заехать в салон {b_gen}, купить "
            "хлеб|оплатить {b_acc}, сдать отчёт|сменить тариф у {b_gen}]. [📱|📶|👀|🤔|📍]",
            "[Поменял|Сменила] тариф у {b_gen} на {tariff}, [посмотрим через месяц|отпишусь, "
            "как оно|интересно, как будет]. [📱|📶|👀|🤔|📍]",
            "[А у {b_gen}|А в {b_pre}] [бывают|есть] [скидки для студентов|тарифы для "
            "пенсионеров|корпоративные номера]? [Ищу выгодное|Для фирмы|Интересует]",
            "[Буду|Окажусь] в {city} на неделе, [у {b_gen} там нормальная связь?|надо ли что-то "
            "подключать?|роуминг внутри страны есть?] [📱|📶|👀|🤔|📍]",
            "[Заметил|Обратил внимание], что [значок сети|название сети] у {b_gen} "
            "[поменялся|теперь другой|пишет «5G»] [{where}|в центре]. [Это что-то "
            "значит?|Новое?|Ок] 🤔",
            "[Годовщина|День рождения] у {b_gen} — [им 20 лет|юбилей], [прислали|пришло] "
            "[поздравление|СМС с подарком]. [📱|📶|👀|🤔|📍]",
            "[Читаю|Прочитал] [новость|пресс-релиз], что {b} [вложит миллиарды в сеть|купила "
            "частоты|меняет гендиректора в регионе]. [Ну ок|Интересно, что изменится|Посмотрим] "
            "[📱|📶|👀|🤔|📍]",
            "[Вопрос|Уточнение]: у {b_gen} {svc} [включён по умолчанию|платный|работает за "
            "границей]? [Не нашёл в приложении|Спрашиваю заранее|Кто знает]",
        ),
        en=(
            "[Anyone on|Who uses] {b}? [How's coverage|How's the data|How's roaming] {where}? "
            "[Thinking of switching|We're moving|Might get a SIM]",
            "Does {b} have [no-fee plans|an eSIM for watches|tablet plans]? [For my mom|For my "
            "kid|For me]",
            "{b} [updated|changed] [its app|the plans|the terms], [the {tariff} price "
            "changed|anyone figured out what's new?|reading it now]. [📱|📶|👀|🤔|📍]",
            "[Compared|Crunched] plans from three carriers: {b} is [in the middle|a bit "
            "pricier|slightly cheaper] [for the same data|for a similar package]. [For "
            "reference|Table in replies]",
            "[Saw|Spotted] a new {b} [tower|antenna] [on our roof|at the village entrance|by "
            "the school]. [Better signal soon?|Interesting] [📱|📶|👀|🤔|📍]",
            "[Sitting|Waiting] in a {b} store [in the queue|for a consultant|swapping my SIM], "
            "[ticket 84|almost my turn]. [📱|📶|👀|🤔|📍]",
            "Does {b} [work|have coverage] [in Crimea|in Kamchatka|in the Arctic]? [Going "
            "there|Colleague's going|Office chat]",
            "[Apparently|Rumour is] {b} is [launching a bank|testing satellite service|selling "
            "smartwatches with SIMs]. [We'll see|Anyone know more?] [📱|📶|👀|🤔|📍]",
            "[Moving|Planning to move] my number [over to {b}|away from {b}] — [roughly how "
            "many days?|which documents do they want?|is a store visit required?]",
            "{b} [texted me|sent an SMS] about [new terms|bonuses|a plan change] — [anyone read "
            "it?|long, will read later|reading it tonight]. [📱|📶|👀|🤔|📍]",
            "Which {b} plan [for a grandparent|for a schoolkid|for a car tablet]? [{tariff} or "
            "something simpler?|Suggestions welcome]",
            "{b} [opened|has] a new store [near the market|in the mall|on the main street] [in "
            "{city}|near me]. [FYI|If anyone needs it]",
            "[Video|Clip] of {b} [putting up towers in the taiga|wiring the metro|tuning the "
            "network before a match] [popped up on my feed|was oddly interesting]. "
            "[📱|📶|👀|🤔|📍]",
            "[Called|Rang] {b} [about roaming|about eSIM|about my plan], [they'll call "
            "back|waiting for confirmation|they explained everything]. [📱|📶|👀|🤔|📍]",
            "Does {b} [label ad calls automatically|label unknown numbers]? [Or do I enable "
            "it?|Is it paid?]",
            "[Changed|Switched] my {b} plan to {tariff}, [will see in a month|curious how it "
            "goes]. [📱|📶|👀|🤔|📍]",
            "[Heading|Flying] to {city} — [is {b} coverage ok there?|anything to enable?] "
            "[📱|📶|👀|🤔|📍]",
            "[Reading|Read] that {b} [will invest billions in the network|bought new "
            "frequencies|has a new regional boss]. [Ok|We'll see] [📱|📶|👀|🤔|📍]",
            "Is {svc} on {b} [on by default|paid|working abroad]? [Can't find it in the "
            "app|Asking ahead]",
            "[My number|My work number] has been on {b} [for ten years|since uni|since 2012]. "
            "[Just a fact|Old-timer] [📱|📶|👀|🤔|📍]",
            "[To-do|Today's list]: [renew passport, stop by the {b} store, buy bread|pay {b}, "
            "send report]. [📱|📶|👀|🤔|📍]",
            "Got my [son|daughter] a {b} kids SIM [with parental controls|on the {tariff} "
            "plan]. [We'll see|First time] [📱|📶|👀|🤔|📍]",
            "[Noticed|Huh,] the network name on {b} [changed|now says 5G] [{where}|downtown]. "
            "[Means anything?|New?] 🤔",
        ),
        mixed=(
            "[Anyone|Кто-нибудь] на {b_pre}? [Как coverage|Как интернет] {where}? [Thinking "
            "перейти|Хочу switch]",
            "{b} [updated тарифы|поменяла plans], [кто разобрался?|what's new?] [📱|📶|👀|🤔|📍]",
            "[Price check|Сравнил]: {b} [чуть дороже|slightly cheaper] за [same гигабайты|те же "
            "GB]. Just saying",
            "[Porting|Переношу] номер в {b_acc} — [how long?|сколько ждать?] [📱|📶|👀|🤔|📍]",
            "[To-do|План]: [оплатить {b_acc}, buy bread|заехать в салон {b_gen}, gym] "
            "[📱|📶|👀|🤔|📍]",
            "{b} [5G теперь|now has 5G] [у нас в {city}|in my area]? [Noticed сегодня|Кто "
            "видел?] 🤔",
        ),
    ),
    negative=Texts(
        ru=(
            "{b} [опять|снова|в который раз] [не ловит|пропала|легла] {where}, [а мне срочно "
            "надо позвонить|а у меня созвон через пять минут|а такси не вызвать]. [Спасибо, "
            "очень вовремя|Прекрасно|Как всегда] {e_neg}",
            "[Сняли|Списали|Утащили] с баланса [{n}9 рублей|непонятные {n}0 рублей|деньги] за "
            "[подписку, которую я не подключал|«гороскоп дня»|какой-то контент]. {b}, [это "
            "воровство|верните|серьёзно?] {e_neg}",
            "[Интернет|Мобильный интернет] {b_gen} {where} — [одна палка|едва дышит|как в "
            "2005-м], [страницы не грузятся|мессенджер думает по минуте|видео даже не "
            "пытайтесь]. {e_neg}",
            "[Тариф|Абонплату] у {b_gen} [опять подняли|подняли третий раз за год|переписали в "
            "одностороннем порядке] — [«в связи с улучшением качества»|без предупреждения|на "
            "150 рублей], [а связь та же|а ловит хуже|улучшения не видно]. {e_neg}",
            "[Дозвониться|Дописаться] до поддержки {b_gen} — [квест|нереально|испытание для "
            "нервов]: [бот гоняет по кругу|40 минут музыки|«ваш звонок очень важен» уже час]. "
            "{e_neg}",
            "[Переношу номер|Ушёл|Ухожу] из {b_gen}, [надоело|достало|хватит]: [{meh}, и это "
            "ещё мягко сказано|связь никакая, цены растут|поддержка не отвечает]. [Кто куда "
            "ушёл?|Посоветуйте оператора|Прощай] {e_neg}",
            "[Приехал|Приехала] [в {city}|на дачу|к родителям] — {b} [не ловит "
            "вообще|показывает «только SOS»|ловит только на крыше]. {lol} [Оператор "
            "федерального уровня|Надёжная связь, ага|Класс] {e_neg}",
            "[В роуминге|За границей] {b} [выставила счёт на 8 тысяч|списала всё за день|не "
            "работала вовсе], [хотя я подключал пакет|хотя обещали «как дома»|а поддержка "
            "разводит руками]. {e_neg}",
            "{b}, [почему|с какой стати] [мне звонят|мне каждый день звонят|мне пишут] [спамеры "
            "с ваших номеров|«службы безопасности банков»|рекламщики]? [Фильтр не работает|Где "
            "ваша защита|Надоело] {e_neg}",
            "[Салон|Офис] {b_gen} [{where}|в центре] — [консультант впаривал страховку|сорок "
            "минут ждал|девушка не могла восстановить симку]. [Ушёл ни с чем|Кошмар|Сервис на "
            "нуле] {e_neg}",
            "[Приложение|Личный кабинет] {b_gen} [после обновления|снова] [не "
            "открывается|выкидывает|показывает чужой баланс]. [Ну класс|Тестировщиков "
            "уволили?|Сколько можно] {e_neg}",
            "[Раньше|Лет пять назад] {b} [была лучшей|радовала|была норм], [а сейчас|теперь] "
            "[только списания и обещания|связь как в деревне|каждый месяц новые сюрпризы]. "
            "{sigh}",
            "{b} [отключила|заблокировала] [мне номер|симку] [без предупреждения|«для проверки "
            "личности»|из-за долга в 3 рубля], [а там все банки привязаны|сижу без связи|на "
            "работе не могут дозвониться]. {e_neg}",
            "[В метро|В электричке|На трассе] у {b_gen} [связь пропадает|интернет "
            "отваливается|звонки обрываются] [каждые две минуты|на каждом перегоне|постоянно]. "
            "[Работать невозможно|Бесит|Сколько можно терпеть] {e_neg}",
            "[Звонки|Разговоры] через {b_acc} [обрываются|идут с эхом|булькают], [собеседник "
            "слышит через слово|приходится перезванивать по три раза|позор перед клиентами]. "
            "{e_neg}",
            "{b} [навязала|подключила сама] {svc} [за деньги|платно|без спроса] — [узнал из "
            "выписки|заметил через три месяца|отключить невозможно]. {e_neg}",
            "[Обещали|Реклама обещала] [безлимит|5G везде|скорость до гигабита], а {b} [режет "
            "скорость после 10 ГБ|ловит только 3G|тянет 2 мегабита]. [Обман|Маркетинг|Смешно] "
            "{e_neg}",
            "[Месяц|Две недели|Третий день] [жду|ждём|не могу дождаться], когда {b} [перенесёт "
            "мой номер|вернёт деньги за ошибочное списание|починит вышку у нас]. [Ни ответа, ни "
            "привета|Обещают «завтра»|Тишина] {e_neg}",
            "[Кто-нибудь объяснит|Может, кто знает], почему [на {b_pre}|у {b_gen}] [СМС с "
            "кодами приходят через полчаса|звонки идут в голосовую почту|пишет «нет сети» в "
            "центре города]? {e_neg}",
            "[В нашем доме|В посёлке|У нас на районе] {b} [не ловит с прошлой недели|пропала "
            "после грозы|работает только у окна], [заявку приняли и забыли|сказали «работы "
            "ведутся»|ответа нет]. {e_neg}",
            "[Счёт за|Списание за] [месяц|роуминг|интернет] у {b_gen} [вдвое больше "
            "обычного|какой-то космический|непонятный], [в детализации ерунда|объяснить не "
            "могут|платить отказываюсь]. {e_neg}",
            "{b}, [вы бы|может,] [лучше связь починили|вышки поставили|поддержку наняли], [чем "
            "рекламу на каждом углу крутить|чем футбол спонсировать|чем тарифы "
            "переименовывать]. {e_neg}",
            "[Бабушке|Маме] [подключили|навязали] в салоне {b_gen} [тариф дороже|платные "
            "подписки|страховку телефона], [она даже не поняла|воспользовались доверием|стыдно "
            "должно быть]. {e_neg}",
            "[Снова|Опять] [авария|сбой|«технические работы»] у {b_gen} — [полгорода без "
            "связи|не работает ни звонок, ни интернет|карты не оплачиваются]. [Третий раз за "
            "месяц|Ну как так|Прекрасно] {e_neg}",
            "[Обменяла|Поменял] телефон — {b} [не может перенести eSIM|требует прийти в салон с "
            "паспортом|заблокировала старую симку, новая не работает]. [Два дня без "
            "связи|Квест|Кошмар] {e_neg}",
            "[Ставлю|Оценка] {b_dat}: [единица|минус пять|ноль из десяти]. {meh}, [связь "
            "пропадает|поддержка молчит|деньги списывают]. {e_neg}",
            "[Шёл на {b_acc}|Перешёл на {b_acc}] ради [5G|дешёвого тарифа|семейного пакета], "
            "[получил|а по факту] [постоянные обрывы|ценник выше, чем был|списания за воздух]. "
            "[Ошибка|Жалею|Возвращаюсь обратно] {e_neg}",
            "[Автоплатёж|Автопополнение] {b_gen} [списал дважды|сработал три раза подряд|снял "
            "больше, чем нужно], [вернуть обещают за 30 дней|поддержка говорит «ждите»|ну что "
            "за бардак]. {e_neg}",
            "[Сижу|Сидим] [на работе|дома|в кафе] без интернета, {b} [молчит|не объясняет|пишет "
            "«скоро восстановим»] [второй час|с утра|с обеда]. {e_neg}",
            "[Вы серьёзно|Ну вы даёте], {b}? [«Улучшенный» тариф|Новая линейка|Перевод на новый "
            "тариф] [на 30% дороже|без старого безлимита|с меньшим пакетом]. [Спасибо за "
            "заботу|Улучшили так улучшили] {e_neg}",
        ),
        en=(
            "{b} [is down again|has no signal again|dropped out] {where} [right when I needed "
            "to call|five minutes before my call|and I can't get a taxi]. [Perfect "
            "timing|Great|As always] {e_neg}",
            "{b} [charged me|took] [{n}9 roubles|money] for [a subscription I never signed up "
            "for|'daily horoscope'|some content service]. [That's theft|Refund it|Seriously?] "
            "{e_neg}",
            "{b} data {where} is [one bar|barely alive|like it's 2005]: [pages won't "
            "load|messages take a minute|forget video]. {e_neg}",
            "{b} [raised my plan price again|hiked prices for the third time this year|changed "
            "the terms on its own] — [no notice|150 roubles more], [and coverage is the "
            "same|and it's worse]. {e_neg}",
            "[Reaching|Getting hold of] {b} support is [a quest|impossible|a test of nerves]: "
            "[the bot loops|40 minutes of hold music|'your call is important' for an hour]. "
            "{e_neg}",
            "[Porting out|Leaving] {b}, [done|I'm done]: [{meh}, to put it mildly|coverage is "
            "bad and prices keep rising|support never answers]. [Which carrier did you switch "
            "to?|Suggestions?] {e_neg}",
            "[Got to|Arrived in] [{city}|the dacha] and {b} [has no signal at all|shows SOS "
            "only|works only on the roof]. {lol} [National carrier btw|Reliable, sure] {e_neg}",
            "[Abroad|In roaming], {b} [billed me 8,000|ate my balance in a day|didn't work at "
            "all] [even though I had a package|despite 'like at home' promises]. {e_neg}",
            "{b}, why [do I get spam calls every day|do 'bank security' scammers keep calling "
            "me]? [Your filter doesn't work|Where's the protection?] {e_neg}",
            "The {b} app [won't open after the update|keeps kicking me out|shows someone else's "
            "balance]. [Great|Did you fire QA?|How long] {e_neg}",
            "{b} [blocked my number|suspended my SIM] [with no warning|'for ID "
            "verification'|over a 3-rouble debt], [all my banks are linked to it|I'm without a "
            "phone]. {e_neg}",
            "Calls on {b} [keep dropping|echo|sound underwater] — [people hear every other "
            "word|I call back three times|embarrassing with clients]. {e_neg}",
            "{b} [sneaked|added] {svc} [as a paid extra|without asking] — [found out from my "
            "statement|noticed after three months|can't turn it off]. {e_neg}",
            "[Promised|Ads said] [unlimited|5G everywhere|gigabit speeds], but {b} [throttles "
            "after 10 GB|only gets 3G|crawls at 2 Mbps]. [False advertising|Lol ok] {e_neg}",
            "[A month|Two weeks] waiting for {b} to [port my number|refund a wrong charge|fix "
            "the tower near us]. [Nothing|They keep saying tomorrow] {e_neg}",
            "[Our building|The whole village] has had no {b} signal [since last week|since the "
            "storm], [ticket opened and forgotten|'work in progress'|no answer]. {e_neg}",
            "{b}, [maybe fix the network|maybe build towers] [instead of ads on every "
            "corner|instead of sponsoring football]. {e_neg}",
            "[Another|Yet another] {b} [outage|'maintenance'] — [half the city offline|no "
            "calls, no data|card payments failing]. [Third this month|Great] {e_neg}",
            "[New phone|Changed phones] and {b} [can't move my eSIM|wants me in a store with my "
            "passport|killed the old SIM, new one doesn't work]. [Two days offline|Nightmare] "
            "{e_neg}",
            "{b} autopay [charged me twice|ran three times|took too much] and [refund takes 30 "
            "days|support says 'wait']. {e_neg}",
            "[Moved to|Switched to] {b} for [5G|the cheap plan|the family plan] and [got "
            "constant drops|got a higher bill|got charged for nothing]. [Mistake|Regret it] "
            "{e_neg}",
            "The store staff at {b} [sold my mom a pricier plan|added paid subscriptions for my "
            "grandma|pushed insurance on her] — [she had no idea|shameful] {e_neg}",
            "[Texts with codes|Verification texts] on {b} [arrive half an hour late|never "
            "come]. [Can't log into anything|Useless] {e_neg}",
            "{b}, [really?|seriously?] The ['upgraded' plan|new lineup] is [30% more|without "
            "the old unlimited|a smaller package]. [Thanks for caring|Some upgrade] {e_neg}",
            "[Rating|My score] for {b}: [1/10|zero|minus five]. {meh}, [drops|silent "
            "support|random charges]. {e_neg}",
        ),
        mixed=(
            "{b} [опять no signal|снова лежит] {where}, [so annoying|бесит] {e_neg}",
            "[Support|Поддержка] {b_gen} [ghosting меня|бот по кругу], [seriously|ну серьёзно] "
            "{e_neg}",
            "[Roaming|Роуминг] {b_gen} [съел весь баланс|bill на 8k], [scam|обман] {e_neg}",
            "{b} [подняли price|price hike again], а [coverage|связь] [та же|same] {e_neg}",
            "[App|Приложение] {b_gen} [crash после update|не открывается], [really?|ну класс] "
            "{e_neg}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день]! [Как подключить|Где включить|Можно ли оформить] "
            "{svc} [на тариф {tariff}|в приложении|без похода в салон]? [Не "
            "нашёл|Запутался|Спасибо заранее]",
            "{h} [подскажите|скажите], [работает ли|будет ли работать] [роуминг|мобильный "
            "интернет|eSIM] в [Грузии|Турции|Узбекистане]? [Улетаю {when}|Еду в "
            "командировку|Хочу заранее понять]",
            "{h} [какой тариф|что посоветуете] [для пожилого человека|для ребёнка 10 лет|для "
            "планшета]? [Нужно только звонки|Без лишних подписок|Чтобы подешевле]",
            "{h} [можно ли|как] [перенести номер к вам|оформить eSIM онлайн|восстановить "
            "сим-карту] [без паспорта на руках|если я в другом городе|за один день]? {e_meh}",
            "{h} [почему|а почему] [у меня|в приложении] [начисляются бонусные "
            "гигабайты|отображается остаток|считается абонплата]? [Хочу "
            "разобраться|Интересно|Объясните, пожалуйста]",
            "{h} [когда будет|планируется ли] 5G [в {city}|у нас в районе|в Подмосковье]? "
            "[Очень ждём|Соседний оператор уже запустил|Есть сроки?]",
            "{h} [добрый вечер|здравствуйте], [как отключить|где отключить|как проверить] "
            "[платные подписки|контент-услуги|все лишние опции]? [Хочу навести порядок|Для мамы "
            "надо|Спасибо]",
            "{h} [есть ли|а есть ли] у вас [семейный тариф|корпоративные тарифы|тариф только с "
            "интернетом]? [Нас четверо|Для ИП|Для роутера на даче]",
            "{h} [подскажите|вопрос]: [можно ли|будет ли] [раздавать интернет с "
            "телефона|пользоваться безлимитом в роуминге|подключить часы] на {tariff}? [Не "
            "нашёл в условиях|Написано мелко|Уточняю]",
            "{h} [как|где] [получить детализацию|заказать справку о платежах|посмотреть историю "
            "списаний] [за полгода|за прошлый год|для налоговой]? [Нужно срочно|Спасибо|В "
            "приложении не нашла]",
            "{h} [здравствуйте|добрый день], [сохраняется ли|сгорает ли] [остаток "
            "гигабайт|пакет минут] [при смене тарифа|в конце месяца|если перейти на {tariff}]?",
            "{h} [вопрос|подскажите], [где ближайший салон|до скольки работает салон|принимает "
            "ли салон] [в {city}|на Тверской|в ТЦ у вокзала]? [Нужно поменять симку|Хочу "
            "перенести номер]",
            "{h} [а можно|можно ли] [оставить номер|сохранить номер], если [уезжаю на год|не "
            "пользуюсь полгода|переезжаю в другой регион]? [Не хочу терять|Номер важный|Как "
            "быть?]",
            "{h} [добрый день|здравствуйте]. [Защита от спама|Определитель номера|Блокировка "
            "мошенников] [у вас платная|включена по умолчанию|где настраивается]? [Хочу "
            "включить|Надо маме поставить]",
            "{h} [как сменить|можно ли поменять] [тариф|владельца номера|номер] [онлайн|без "
            "салона|в приложении]? [Спасибо|Заранее благодарю] 🙏",
        ),
        en=(
            "{h} [hi|hello]! How do I [turn on|set up] {svc} [on the {tariff} plan|in the "
            "app|without visiting a store]? [Can't find it|Confused|Thanks]",
            "{h} will [roaming|mobile data|my eSIM] work in [Georgia|Turkey|Uzbekistan]? "
            "[Flying out {when}|Business trip|Want to know in advance]",
            "{h} which plan [for an elderly person|for a 10-year-old|for a tablet]? [Just "
            "calls|No extras|Cheapest option]",
            "{h} can I [port my number to you|get an eSIM online|restore my SIM] [without my "
            "passport|from another city|in one day]? {e_meh}",
            "{h} why [are bonus gigs credited|does the app show my balance|is the monthly fee "
            "calculated]? [Want to understand|Explain please]",
            "{h} when is 5G [coming to {city}|coming to my area]? [Other carriers already have "
            "it|Any dates?]",
            "{h} how do I [turn off|check] [paid subscriptions|content services|all extras]? "
            "[Tidying up my account|For my mom]",
            "{h} do you have [a family plan|business plans|a data-only plan]? [Four of us|For "
            "my router at the dacha]",
            "{h} [can I|is it ok to] [use hotspot|use unlimited data abroad|connect a "
            "smartwatch] on {tariff}? [Not in the terms|Tiny print]",
            "{h} do [leftover gigs|unused minutes] [roll over|expire] [when I change plans|at "
            "month end]?",
            "{h} is [spam protection|caller ID|scam blocking] [paid|on by default|somewhere in "
            "settings]? [Want to turn it on|Need it for my mom]",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [здравствуйте|добрый день]. [С баланса списали|Сняли|Со счёта ушло] [{n}9 "
            "рублей|деньги|почти 300 рублей] за [подписку «Гороскоп»|контент, который я не "
            "подключал|непонятную «услугу партнёра»]. [Верните|Отключите|Требую вернуть] {e_neg}",
            "{h} [третий день|со вчерашнего вечера|неделю] [нет связи|не работает интернет|не "
            "проходят звонки] [в {city}|дома|{where}], [заявку оставлял|в приложении «всё "
            "хорошо»|соседи тоже без связи]. [Когда почините?|Сколько ждать?|Ответьте] {e_neg}",
            "{h} [переношу номер|перенос номера] [к вам|от вас] [уже {n} дней|вторую неделю|с "
            "прошлого месяца], [статус «в обработке»|в салоне разводят руками|номер не работает "
            "нигде]. {e_neg}",
            "{h} [подняли|повысили] [абонплату|цену тарифа {tariff}] [без предупреждения|на 150 "
            "рублей|в одностороннем порядке]. [СМС не приходило|Я не соглашался|Верните старые "
            "условия] {e_neg}",
            "{h} [в роуминге|за границей] [списали|сняли] [8 тысяч|весь баланс|кучу денег] [за "
            "два дня|за сутки|за одну ночь], [хотя подключал пакет|хотя в приложении писало "
            "«бесплатно»|а интернет даже не работал]. {e_neg}",
            "{h} [в салоне|в офисе] [на Тверской|в ТЦ|у метро] [консультант нахамил|навязали "
            "страховку|отказались восстановить симку без прописки]. [Это "
            "нормально?|Разберитесь|Жалоба] {e_neg}",
            "{h} [звонки обрываются|связь пропадает|интернет отваливается] [каждые пять "
            "минут|постоянно|всю неделю] {where}. [Телефон новый|У коллег та же "
            "проблема|Перезагрузка не помогает] {e_neg}",
            "{h} [приложение|личный кабинет] [не пускает|не открывается|требует код, а код не "
            "приходит] [с утра|третий день|после обновления]. [Как оплатить?|Помогите|Что за "
            "бред] {e_neg}",
            "{h} [мне звонят|каждый день звонят|пишут] [мошенники|«службы "
            "безопасности»|спамеры] [с номеров вашей сети|по пять раз в день], [фильтр "
            "включён|жалобы отправляю|толку ноль]. {e_neg}",
            "{h} [заблокировали|отключили] номер [без объяснений|«до подтверждения "
            "личности»|из-за долга в 2 рубля], [а у меня там банк|я без связи|на работе ждут "
            "звонка]. [Разблокируйте|Срочно|Что это?] {e_neg}",
            "{h} [обещали|вы обещали] [перезвонить|вернуть деньги|починить вышку] [за 24 "
            "часа|до пятницы|в течение трёх дней], [прошло две недели|ничего|тишина]. "
            "[Напоминаю|Ау|Где?] {e_neg}",
            "{h} [бабушке|маме|отцу] в салоне [подключили|оформили] [тариф дороже|платные "
            "подписки|вторую симку], [она не просила|без её согласия|пользуясь тем, что она не "
            "разбирается]. [Верните как было|Стыдно|Требую отменить] {e_neg}",
            "{h} [eSIM|электронная симка] [не активируется|слетела после обновления|не "
            "переносится на новый телефон], [два дня без связи|в салоне отправили к "
            "вам|поддержка молчит]. {e_neg}",
            "{h} [автоплатёж|автопополнение] [списал|снял] [дважды|три раза|лишние 500 рублей] "
            "[за месяц|вчера|{when}]. [Верните|Отключите|Разберитесь] {e_neg}",
            "{h} [скорость|мобильный интернет] [режете|режут] [после 5 ГБ|посреди месяца|хотя у "
            "меня безлимит {tariff}]. [Где безлимит?|Обман|Объясните] {e_neg}",
            "{h} [СМС с кодами|Коды из банка] [не приходят|приходят через час|теряются] [уже "
            "неделю|с понедельника], [не могу войти в банк|не могу оплатить|не могу получить "
            "посылку]. {e_neg}",
            "{h} [в детализации|в выписке] [звонки, которых я не делал|какие-то платные "
            "номера|СМС на короткие номера]. [Это что?|Верните деньги|Кто-то взломал?] {e_neg}",
            "{h} [поддержка|оператор на линии] [бросил трубку|перекидывал {n} раз|отвечает "
            "шаблонами], [вопрос не решён|уже час на линии|помогите хоть тут]. {e_neg}",
            "{h} [в нашем доме|в посёлке|в ЖК] [после грозы|с ремонта вышки|уже месяц] [нет "
            "связи|не работает 4G|ловит только у окна]. [Заявка №{n}{n}{n}|Нас тут 200 "
            "квартир|Когда?] {e_neg}",
            "{h} [домашний интернет|роутер] [от вас|с вашей симкой] [отключается каждый "
            "вечер|не работает с субботы|скорость 1 мегабит]. [Работаю из дома|Дети на уроках "
            "онлайн|Сколько можно] {e_neg}",
        ),
        en=(
            "{h} [hi|hello]. You [charged me|took] [{n}9 roubles|money|almost 300 roubles] for "
            "[a 'horoscope' subscription|content I never ordered|a 'partner service']. [Refund "
            "it|Cancel it] {e_neg}",
            "{h} [no signal|no data|calls not connecting] [for three days|since last night|for "
            "a week] [in {city}|at home|{where}], [ticket filed|app says all good|neighbours "
            "too]. [When will it be fixed?|How long?] {e_neg}",
            "{h} my number port [to you|from you] has been stuck [{n} days|two weeks], [status "
            "'processing'|store shrugs|number works nowhere]. {e_neg}",
            "{h} you [raised my plan price|hiked the {tariff} fee] [without notice|by 150 "
            "roubles]. [No SMS|I didn't agree|Restore my old terms] {e_neg}",
            "{h} [abroad|in roaming] you [charged me 8,000|ate my balance] [in two "
            "days|overnight] [even though I had a package|though the app said free]. {e_neg}",
            "{h} [calls drop|signal dies|data cuts out] [every five minutes|constantly] "
            "{where}. [New phone|Colleagues have it too|Restarting doesn't help] {e_neg}",
            "{h} the app [won't let me in|won't open|wants a code that never arrives] [since "
            "this morning|for three days]. [How do I pay?|Help] {e_neg}",
            "{h} you [blocked my number|suspended my SIM] [with no explanation|'pending ID "
            "check'|over a 2-rouble debt] [and my bank is on it|and I'm without a phone]. "
            "[Unblock it|Urgent] {e_neg}",
            "{h} you [promised|said you'd] [call back|refund me|fix the tower] [within 24 "
            "hours|by Friday], [it's been two weeks|nothing]. [Reminder|Hello?] {e_neg}",
            "{h} [my eSIM|the eSIM] [won't activate|vanished after an update|won't move to my "
            "new phone], [two days offline|store sent me to you]. {e_neg}",
            "{h} autopay [charged me twice|took an extra 500] [this month|yesterday]. "
            "[Refund|Turn it off] {e_neg}",
            "{h} you [throttle|cut] my data [after 5 GB|mid-month] [though I'm on unlimited "
            "{tariff}|for no reason]. [Where's unlimited?|Explain] {e_neg}",
            "{h} [verification codes|bank texts] [don't arrive|come an hour late] [all "
            "week|since Monday], [can't log into my bank|can't pay for anything]. {e_neg}",
            "{h} [my statement shows|the call log has] [calls I never made|premium "
            "numbers|texts to short codes]. [What is this?|Refund please] {e_neg}",
        ),
    ),
    comment=Texts(
        ru=(
            "[А вышку у нас когда?|А в {city} когда 5G?|А у нас на даче будет?] {e_meh} [Очень "
            "ждём|Было бы здорово|Следим за новостями]",
            "[Классно|Круто|Наконец-то] {e_pos} [Давно ждал|Подключу сегодня|Это удобно]",
            "[А цена?|Сколько стоит?|Для старых абонентов будет?] [В посте не нашёл|Опять "
            "только для новых?|Уточните]",
            "[Старым абонентам|Нам, кто с вами десять лет,] [что-нибудь будет?|когда "
            "скидки?|хоть бы спасибо сказали] {e_meh}",
            "[Я с вами|С вами] [уже 8 лет|со студенчества|давно] — [всем доволен|всё "
            "нравится|пока не жалуюсь] 👍",
            "[Ответьте в личке|Писал вам в личку], [неделю жду|там вопрос по списанию|номер "
            "заявки там] {e_meh}",
            "[А в роуминге|А за границей] это [работает?|тоже бесплатно?|как?] 🤔",
            "[А старым абонентам тоже?|Это и для нас, кто давно с вами?|А скидка для "
            "пенсионеров есть?] 🤔",
            "[Подключил|Подключила], [{good}|работает|пока всё нормально] {e_pos}",
            "[Спасибо за 5G|За 5G спасибо], [у нас в {city} реально быстрее стало|скорость "
            "выросла] 🔥",
            "[Интересно|Хм], [а eSIM поддерживается?|а на планшете будет?|а раздавать можно?]",
            "[Верните|Где] [старый тариф|безлимит|нормальную поддержку]? [Был лучше|Не надо "
            "улучшений|Просим] 🙏",
            "[Отличная новость|Хорошая новость], [но {meh}|но связь бы стабильнее|а так — "
            "молодцы] {e_meh}",
            "[Реклама красивая|Картинка хорошая], [а {where} как не ловило, так и не ловит|а по "
            "факту всё то же] {lol}",
        ),
        en=(
            "[When in {city}?|Coming to the suburbs?] {e_meh} [Can't wait|Would be great]",
            "[Nice|Cool|Finally] {e_pos} [Been waiting|Turning it on today]",
            "[Price?|How much?|For existing customers too?] [Not in the post|New customers only "
            "again?]",
            "[Been with you|With you] [8 years|since uni] — [happy so far|no complaints] 👍",
            "[Check your DMs|I messaged you], [waiting a week|about a charge] {e_meh}",
            "[Does it work|Is it free] [in roaming|abroad]? 🤔",
            "[For existing customers too?|Any senior discount?] 🤔",
        ),
    ),
    reply=Texts(
        ru=(
            "[Плюсую|Подтверждаю|У меня так же], [у нас {where} то же самое|вчера вечером тоже "
            "было|сосед тоже говорил]",
            "[А ты где?|Какой район?|В каком городе?] [У меня в центре норм|Интересно "
            "сравнить|Может, вышку чинят] 🤔",
            "[Странно|Хм], [у меня {b} всегда норм|у меня стабильно|у меня всё ловит], [может, "
            "телефон|может, симку поменять|перезагрузи] 🤷",
            "[Напиши им в чат|Пиши в поддержку в приложении|Позвони на короткий номер], [мне "
            "вернули списание|мне помогли за 10 минут|там быстро отвечают]",
            "{lol} [Жиза|Классика|Узнаю]",
            "[Отключи подписки|Поставь запрет на контент|Включи запрет платных СМС] в [личном "
            "кабинете|приложении], [мне помогло|больше не списывают|у всех так надо]",
            "[Переходи на {b_acc}|Я на {b_pre} — вообще без проблем|У {b_gen} с этим лучше], "
            "[проверено|у меня норм|год уже]",
            "[У всех операторов так|Это везде сейчас|Не только {b}], [цены все подняли|так у "
            "всех|это общая история] {e_meh}",
            "[Ну не знаю|Сомневаюсь], [я с {b_ins} пять лет|у меня стабильно|меня устраивает] "
            "{e_meh}",
            "[Мне тоже|Мне вчера|И мне] [пришло|приходило|звонили] [такое же СМС|с похожего "
            "номера|насчёт того же], [думал, я один|значит массово|ну и дела] {e_meh}",
            "[Напиши в чат в приложении|Позвони на горячую линию|Зайди в салон] — [мне "
            "помогло|реально работает|там быстро]",
            "[Спасибо, что написал|Хорошо, что предупредила|Учту], [проверю свой баланс|отключу "
            "у себя|пойду гляну детализацию] 👍",
            "[А я ушёл от них|Я уже перенёс номер|Сбежал от {b_gen} в прошлом году] — [и не "
            "жалею|ничуть не пожалел|полёт нормальный] {e_meh}",
            "[В метро|На трассе|За городом] [у всех так|любой оператор так|это нормально], [не "
            "только у {b_gen}|это физика|так везде] 🤷",
            "[Покажи скрин|Скрин детализации?|Пруфы?] [Интересно глянуть|Тогда поверю] 🤔",
            "[Звучит как|Похоже на] [сбой|аварию|глюк приложения], [у меня утром тоже "
            "было|вроде уже починили|подожди час]",
            "[Хаха|Ахах], [тёща тоже|бабушка тоже|мама так же] [на {b_pre}|сидит на "
            "{b_pre}|звонит мне по видео каждый вечер] {lol}",
            "[Тариф {tariff}|{tariff}] [норм|выгодный|устарел], [я на нём|сам сижу|переходи на "
            "новый] {e_meh}",
            "[Я на {b_pre}|Мы всей семьёй на {b_pre}] [уже три года|давно], [всё "
            "стабильно|связь отличная|довольны] {e_pos}",
            "[Поставь|Скачай] приложение {b_gen}, [там всё видно|там удобно|там и тариф "
            "поменяешь] 👍",
            "[У них сейчас|Кстати, у {b_gen} сейчас] [акция на семейный пакет|бонусные "
            "гигабайты новым|тариф {tariff} со скидкой], [глянь|может, пригодится|выгодно]",
            "[В {city}|У нас] {b} [ловит отлично|на 5G уже|быстрая], [так что норм|можно "
            "брать|советую] {e_pos}",
            "[Я в салоне {b_gen} симку менял|Мне в салоне {b_gen} помогли], [быстро|минут "
            "десять|всё ок] 👌",
            "[А какой у тебя тариф?|Ты на каком тарифе?] [Я на {tariff}|У меня {tariff}], "
            "[гигов хватает|меня устраивает|норм по цене] 🤔",
            "[Кстати|К слову], у {b_gen} [есть eSIM|можно подключить часы|есть семейный пакет], "
            "[удобно|если что|имей в виду] 📱",
            "[Поздравляю с переездом|С новосельем]! [Как связь на новом месте?|{b} там "
            "ловит?|Интернет провели?] 🏠",
            "[Ахах|Хах], [у меня такой же тариф|мы с тобой на одной симке прям|тоже на {b_pre}] "
            "{lol}",
            "[Можно через Госуслуги|В приложении есть кнопка|В салоне сделают за 10 минут], [я "
            "так делал|проверено|удобно] 👌",
        ),
        en=(
            "[Same|Can confirm|Me too], [same thing {where}|no signal all evening "
            "yesterday|neighbour complains too]",
            "[Where are you?|Which area?] [Mine's fine downtown|Maybe they're fixing a tower] 🤔",
            "[Weird|Hm], [{b} is always fine for me|never had issues], [maybe your phone|try a "
            "new SIM|restart it] 🤷",
            "[Use the in-app chat|Message support], [they refunded me|they helped in 10 minutes]",
            "{lol} [Relatable|Classic]",
            "[Block paid content|Turn off subscriptions] in [the app|your account], [worked for "
            "me|no more charges]",
            "[All carriers are like this now|It's everywhere|Not just {b}], [prices went up "
            "everywhere|same for everyone] {e_meh}",
            "[Happened to me too|Got the same text] [yesterday|last week], [so it's "
            "widespread|thought it was just me] {e_meh}",
            "[Left them|Already ported out] [last year|last month] and [no regrets|life is "
            "good] {e_meh}",
            "[Sounds like|Looks like] [an outage|an app glitch], [had it this morning|seems "
            "fixed now]",
            "[Screenshot?|Proof?] 🤔",
            "[I'm on {b}|Whole family's on {b}] [for three years|for ages], [works great|solid "
            "signal|happy] {e_pos}",
            "[Get|Download] the {b} app, [everything's in there|easy to change plans] 👍",
            "[They have|{b} has] [a family plan deal|bonus gigs for new users|{tariff} on "
            "discount] [right now|this month], [check it out|worth a look]",
            "[Which plan are you on?|What plan do you have?] [I'm on {tariff}|Mine's {tariff}], "
            "[enough data for me|fair price] 🤔",
            "[Btw|FYI], {b} [has eSIM|supports smartwatches|has a family plan], [handy|just so "
            "you know] 📱",
            "[Congrats on the move|New place!] [How's the signal there?|Does {b} work there?] 🏠",
        ),
        mixed=(
            "[Same|Плюсую], [у меня {where} тоже|no signal вчера весь вечер] {e_meh}",
            "[Write to support|Напиши в support], [мне вернули money|помогли быстро]",
            "{b} [норм|totally fine] у меня, [maybe телефон|перезагрузи] 🤷",
            "{lol} [relatable|жиза]",
            "[All операторы так|Это everywhere], [не только {b}|not just them] {sigh}",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Нам жаль, что так вышло|Приносим извинения за "
            "неудобства|Понимаем ваше недовольство]. [Напишите, пожалуйста, в личные сообщения "
            "номер телефона|Пришлите номер абонента в личку] — [проверим списания и вернём "
            "деньги|посмотрим, что со связью по вашему адресу|разберёмся в течение часа]",
            "[Добрый день!|Здравствуйте!] [Проверили|Посмотрели] [по вашему адресу|в вашем "
            "районе]: [на базовой станции ведутся плановые работы|зафиксирована авария на "
            "линии|идёт модернизация оборудования]. [Завершим до конца дня|Восстановим в "
            "течение суток|Инженеры уже на месте]. [Приносим извинения|Спасибо за терпение]",
            "[Здравствуйте!|Добрый день!] [Платную подписку отключили|Услугу партнёра "
            "отключили], [деньги вернём на баланс в течение 24 часов|средства вернутся на счёт "
            "сегодня]. [Также рекомендуем включить запрет на платный контент в "
            "приложении|Поставили запрет на контент-услуги, чтобы это не повторилось]",
            "[Привет!|Здравствуйте!] [Роуминг|Интернет за границей] [работает "
            "автоматически|включается в приложении в разделе «Поездки»|подключается одной "
            "кнопкой]. [Перед поездкой проверьте, что опция активна|Стоимость по странам есть "
            "на сайте|Хорошей поездки] ✈️",
            "[Здравствуйте!|Добрый день!] [Перенос номера|Заявка на перенос] [обычно занимает "
            "до 8 рабочих дней|сейчас на стороне другого оператора|в работе]. [Уточним статус и "
            "напишем вам в личные сообщения|Ускорим, насколько возможно|Номер будет работать "
            "всё это время]",
            "[Добрый день!|Здравствуйте!] [Очень сожалеем о работе сотрудника салона|Нам стыдно "
            "за такое обслуживание]. [Передали жалобу руководителю офиса|Проведём "
            "проверку|Ситуацию уже разбирают], [а навязанную услугу отключим и вернём "
            "деньги|результат сообщим вам лично]",
            "[Здравствуйте!|Добрый день!] [Для отключения|Чтобы отключить] [лишних "
            "опций|платных подписок] [откройте приложение → «Услуги»|наберите короткую команду, "
            "пришлём её в личку|мы можем сделать это сами — напишите номер в личные сообщения]. "
            "[Всегда рады помочь|Хорошего дня] 🙂",
            "[Привет!|Здравствуйте!] [В приложении сейчас наблюдается сбой|У нас технические "
            "неполадки с входом|Проблема с кодами известна], [специалисты уже "
            "исправляют|починим в ближайшие часы|скоро всё заработает]. [Оплатить можно через "
            "банк|Спасибо за понимание]",
            "[Здравствуйте!|Добрый день!] [Номер заблокирован|Блокировка включена] [по "
            "требованию закона о проверке данных|для защиты от мошенников|автоматически из-за "
            "долга]. [Подтвердить данные можно на Госуслугах|Напишите в личку — поможем снять "
            "блокировку быстрее|После пополнения номер заработает в течение часа]",
            "[Добрый день!|Здравствуйте!] [Защиту от спама|Антиспам] [можно включить "
            "бесплатно|включаем по вашему запросу] в [приложении, раздел «Безопасность»|личном "
            "кабинете]. [Подключили вам — проверьте|Напишите номер, подключим сами] 🛡",
            "[Здравствуйте!|Добрый день!] [Скорость|Ограничение скорости] на [тарифе|вашем "
            "тарифе] [снижается только при превышении пакета для раздачи|не должна "
            "ограничиваться]. [Проверим ваш номер|Пришлите, пожалуйста, скриншот теста скорости "
            "в личку|Разберёмся]",
            "[Здравствуйте!|Добрый день!] [Повышение стоимости|Изменение цены тарифа] [связано "
            "с обновлением условий|было объявлено за 30 дней в СМС]. [Можем подобрать тариф "
            "выгоднее — напишите в личные сообщения|Предложим вам альтернативный тариф без "
            "абонплаты сверху]",
            "[Привет!|Здравствуйте!] [5G|Сеть пятого поколения] [в вашем городе|в этом районе] "
            "[запланирована на следующий год|появится после получения частот|пока в тестовом "
            "режиме]. [Следите за новостями|Будем держать в курсе] 📶",
            "[Здравствуйте!|Добрый день!] [Двойное списание по автоплатежу|Повторное списание] "
            "[видим|подтвердили]. [Возврат оформлен|Деньги вернутся на карту за 3–5 "
            "дней|Вернули средства на баланс]. [Приносим извинения|Простите за неудобство]",
            "[Здравствуйте!|Добрый день!] [Спасибо, что написали|Благодарим за обращение]. "
            "[Заявка на проверку связи создана|Передали инженерам|Оформили заявку], [номер "
            "заявки отправили в личные сообщения|срок — до трёх рабочих дней|ответим по "
            "результату]",
            "[Добрый день!|Здравствуйте!] [eSIM|Электронную сим-карту] [можно перевыпустить в "
            "приложении|переносим на новый телефон через QR-код]. [Отправили инструкцию в "
            "личку|Если не получится — подключим вас к специалисту|Напишите нам, поможем "
            "пошагово]",
        ),
        en=(
            "[Hi|Hello]! [Sorry about this|Apologies for the trouble]. [Please DM us your phone "
            "number|Send us your number privately] — [we'll check the charges and refund "
            "you|we'll check coverage at your address|we'll sort it within the hour]",
            "[Hello!|Hi!] [We checked your area|We looked at your address]: [there's scheduled "
            "maintenance on the base station|there's a line fault|equipment is being upgraded]. "
            "[It'll be fixed today|Service will be back within 24 hours]. [Sorry|Thanks for "
            "your patience]",
            "[Hi!|Hello!] [The paid subscription is off|We disabled the partner service], [the "
            "money will be back on your balance within 24 hours]. [We've also blocked paid "
            "content so it won't happen again]",
            "[Hi!|Hello!] [Roaming|Data abroad] [works automatically|can be turned on in the "
            "app under 'Trips']. [Prices by country are on our site|Have a great trip] ✈️",
            "[Hello!|Hi!] [Number porting|Your port request] [takes up to 8 business days|is "
            "currently with the other operator]. [We'll check and DM you|Your number keeps "
            "working meanwhile]",
            "[Hi!|Hello!] [We're sorry about the store staff|That's not how we should treat "
            "customers]. [The complaint is with the store manager|We'll investigate], [and "
            "we'll remove the extra service and refund you]",
            "[Hello!|Hi!] [The app is having login issues|We know about the code problem], [our "
            "team is fixing it|should be back in a few hours]. [Thanks for understanding]",
            "[Hi!|Hello!] [Spam protection|Anti-spam] [is free|can be turned on] in [the app "
            "under 'Security'|your account]. [We've enabled it for you|DM us your number and "
            "we'll do it] 🛡",
            "[Hello!|Hi!] [We see the double autopay charge|Confirmed the duplicate charge]. "
            "[Refund issued|Money back in 3–5 days]. [Sorry for the trouble]",
            "[Hi!|Hello!] [We can reissue your eSIM in the app|eSIM moves to a new phone via QR "
            "code]. [Instructions are in your DMs|We'll walk you through it]",
        ),
    ),
    thanks=Texts(
        ru=(
            "[Спасибо|Благодарю], [деньги вернули|связь появилась|подписку отключили] "
            "[быстро|за полчаса|сразу] 👍",
            "[Ого|О], [не ожидал, что тут ответят|быстро|вот это скорость]. [Спасибо|Приятно] "
            "{e_pos}",
            "[Поняла, спасибо|Ясно, спасибо|Спасибо за ответ], [подожду|жду тогда|включу в "
            "приложении]",
            "[Заработало|Всё работает|Связь есть], [спасибо|благодарю], [вы лучшие|инженеры "
            "молодцы|с меня отзыв] {e_pos}",
            "[Спасибо, что разобрались|Благодарю за помощь], [номер разблокировали|eSIM "
            "перенесли|всё ок] 🙏",
            "[Спасибо за совет|Благодарю за подсказку], [включил запрет|поставил "
            "антиспам|сделаю] 👌",
        ),
        en=(
            "[Thanks|Thank you], [refund came|signal's back|subscription's gone] [fast|right "
            "away] 👍",
            "[Oh wow|Huh], [didn't expect a reply here|that was quick]. [Thanks|Appreciate it] "
            "{e_pos}",
            "[Working now|All good], [thanks|cheers], [you guys rock|engineers did it] {e_pos}",
            "[Thanks for the tip|Got it, thanks], [turned on the block|enabled anti-spam] 👌",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Написал в личку|Отправила номер], [ответа нет|тишина|прочитали и молчат] [уже "
            "сутки|второй день]. [Алло|Ну и?|Что дальше?] {e_neg}",
            "[Деньги|Списание] [так и не вернули|до сих пор не вернулось|не вернули, а обещали "
            "за 24 часа]. {e_neg}",
            "[Связи|Интернета] [как не было, так и нет|всё ещё нет|нет до сих пор], [а вы "
            "пишете «работы завершены»|инженеров никто не видел|срок прошёл]. {e_neg}",
            "[Это шаблон|Копипаста|Бот ответил], [по сути ничего не решено|вопрос "
            "открыт|конкретики ноль]. {e_neg}",
            "[Подписку отключили|Отключили одну], [а сегодня новая списалась|а на следующий "
            "день подключили другую|а деньги не вернули] {lol} {e_neg}",
            "[В личке|В чате] [отправляют в салон|просят позвонить|говорят писать сюда], [в "
            "салоне — к вам|а там бот] — [круг замкнулся|издевательство|сколько можно] {e_neg}",
            "[Разблокировали|Вроде разблокировали], [но номер всё равно не работает|а СМС не "
            "приходят|а звонки не проходят]. {e_neg}",
        ),
        en=(
            "[DMed you|Sent my number], [no reply|silence] [for a day|two days]. [Hello?|So?] "
            "{e_neg}",
            "[The refund|The money] [never came back|still isn't back] though you said 24 "
            "hours. {e_neg}",
            "[Still no signal|Data still dead], [yet you say 'work completed'|nobody saw any "
            "engineers]. {e_neg}",
            "[Copy-paste reply|A bot answered], [nothing's solved|still open]. {e_neg}",
            "[DMs send me to a store|Chat says call], [store sends me to you] — [full "
            "circle|ridiculous] {e_neg}",
            "[Unblocked|Supposedly unblocked], [but the number still doesn't work|texts still "
            "don't arrive]. {e_neg}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "[Хороший оператор|Нормальный оператор|Отличная связь]. {good}. [Пользуюсь|С ними] "
            "[три года|давно|с 2019-го], [всё отлично|доволен|остаюсь с ними]",
            "[Перешла|Перешёл] [от другого оператора|со старого тарифа] — {good}, [цены "
            "адекватные|поддержка живая|приложение понятное]. [Рекомендую|Пять звёзд] {e_pos}",
            "Плюсы: {good}; [честные тарифы|удобное приложение|быстрая поддержка]. Минусы: "
            "{meh}. [В целом доволен|Четыре с плюсом|Рекомендую]",
            "[Салон|Офис] [на Садовой|в ТЦ|у вокзала]: [консультант всё объяснил|перенесли "
            "номер за 15 минут|вежливо и по делу]. {good} 👍",
            "[Роуминг|Связь за границей] [работала отлично|порадовала|оказалась недорогой] [в "
            "Турции|в Грузии|в Казахстане]. {good}",
            "[Тариф {tariff}|Семейный тариф] — [выгодный|оптимальный|то, что надо], {good}. "
            "[Советую|Пять|Спасибо]",
            "[Поддержка|Чат поддержки] [ответил быстро|решил проблему за 10 минут|вернул "
            "ошибочное списание]. [Так и надо|Приятно удивлена|Спасибо] {e_pos}",
            "[Связь|Интернет] [стабильная|хорошая|быстрая] [даже {where}|и в центре, и за "
            "городом|везде, где бываю]. [Четыре звезды, потому что {meh}|Пять|Доволен]",
            "[Пользуюсь|Сижу на этом операторе] [больше 10 лет|с первой мобилы|с детства], [всё "
            "устраивает|и дальше с ними|стабильно]. {good}",
            "[Приложение|Личный кабинет] [удобное|понятное|быстрое]: [подписки видно|отключить "
            "всё можно сразу|расходы как на ладони]. {good} {e_pos}",
        ),
        en=(
            "[Good carrier|Solid network|Great coverage]. {good}. [Been with them|Using it] "
            "[three years|for ages], [no complaints|happy|staying]",
            "[Switched|Moved over] [from another carrier|from an old plan] — {good}, [fair "
            "prices|real humans in support|clear app]. [Recommend|Five stars] {e_pos}",
            "Pros: {good}; [honest plans|good app|fast support]. Cons: {meh}. [Overall "
            "happy|Four and a half]",
            "[Roaming|Data abroad] [worked great|was cheap] [in Turkey|in Georgia]. {good}",
            "[Support|Chat support] [answered fast|fixed it in 10 minutes|refunded a wrong "
            "charge]. [Rare for a carrier|Pleasantly surprised] {e_pos}",
            "[Coverage|Data] is [stable|fast] [even {where}|everywhere I go]. [Four stars "
            "because {meh}|Five]",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Ужасный оператор|Худшая связь|Кошмар]. [Связь пропадает|Интернет не "
            "работает|Звонки обрываются] {where}, [поддержка не отвечает|заявки закрывают без "
            "решения|инженеров не дождаться]. {e_neg}",
            "[Постоянные|Непонятные|Регулярные] списания [за подписки|за «услуги партнёров»|за "
            "контент], [которые я не подключал|отключаю — подключают снова|вернуть "
            "отказываются]. [Обман|Развод|Не советую] {e_neg}",
            "[Цены растут|Тариф дорожает] [каждые полгода|без предупреждения|в одностороннем "
            "порядке], а [качество падает|связь та же|покрытие не меняется]. [Ухожу|Не стоит "
            "своих денег] {e_neg}",
            "[Салон|Офис продаж] [на Тверской|в ТЦ|у метро]: [навязали страховку|нахамили|час "
            "ждал в очереди], [консультант ничего не знает|симку восстановить не "
            "смогли|отправили в другой офис]. {e_neg}",
            "[Роуминг|Поездка] [обошёлся|обошлась] в [8 тысяч|целое состояние|больше, чем "
            "билеты], [хотя подключал пакет|хотя обещали «как дома»|а интернет не работал]. "
            "{e_neg}",
            "[Перенос номера|Переход к ним] [занял месяц|превратился в ад|до сих пор не "
            "завершён], [номер не работал неделю|куча визитов в салон|никто ничего не знает]. "
            "{e_neg}",
            "[Поддержка|Горячая линия] — [бот по кругу|час на удержании|операторы бросают "
            "трубку]. {meh}, [а решать ничего не хотят|а ответы шаблонные]. {e_neg}",
            "[Раньше был хороший оператор|Лет пять назад всё было отлично], [сейчас|а теперь] "
            "[только ухудшается|сплошные сбои|одни списания]. {sigh}",
            "[Заблокировали номер|Отключили симку] [без объяснений|«для проверки»|из-за "
            "копеечного долга], [восстанавливал неделю|без связи остался в командировке|банк не "
            "работал]. {e_neg}",
            "[Спам|Мошенники|Реклама] [звонят каждый день|пишут постоянно], [антиспам не "
            "работает|жалобы игнорируют|оператору всё равно]. {e_neg}",
            "[5G|«Безлимит»|Высокая скорость] [только в рекламе|на бумаге], [по факту "
            "3G|скорость режут|ловит через раз]. [Обман покупателей|Маркетинг|Разочарован] "
            "{e_neg}",
            "[Приложение|Личный кабинет] [глючит|вылетает|не показывает остатки], [коды не "
            "приходят|войти невозможно|платёж не проходит]. {e_neg}",
        ),
        en=(
            "[Terrible carrier|Worst coverage|Nightmare]. [Signal drops|Data doesn't work|Calls "
            "cut out] {where}, [support never answers|tickets get closed unresolved]. {e_neg}",
            "[Constant|Random] charges [for subscriptions|for 'partner services'] [I never "
            "ordered|that come back after I cancel]. [Scam|Avoid] {e_neg}",
            "[Prices rise|Plan gets pricier] [every six months|without notice], [quality "
            "drops|coverage stays the same]. [Leaving|Not worth it] {e_neg}",
            "[Roaming|A trip abroad] cost me [8,000|a fortune] [despite the package|though they "
            "promised 'like home']. {e_neg}",
            "[Porting my number|Switching over] [took a month|was hell], [number dead for a "
            "week|endless store visits]. {e_neg}",
            "[Support|The hotline] is [a bot loop|an hour on hold|people hanging up]. {meh}, "
            "[and nobody fixes anything]. {e_neg}",
            "[Used to be good|Five years ago it was great], [now|these days] [it only gets "
            "worse|outage after outage]. {sigh}",
            "['5G'|'Unlimited'] [only in the ads|on paper], [in reality 3G|throttled]. "
            "[Misleading|Disappointed] {e_neg}",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Нам очень жаль|Приносим извинения], [что у вас "
            "сложилось такое впечатление|что вы столкнулись с этим]. [Напишите, пожалуйста, "
            "номер телефона в чат поддержки в приложении|Свяжитесь с нами через личные "
            "сообщения] — [проверим качество связи по адресу|вернём ошибочные "
            "списания|разберёмся]",
            "[Добрый день!|Здравствуйте!] [Спасибо за отзыв|Благодарим за обратную связь]. "
            "[Информацию передали техническим специалистам|Жалобу на сотрудника салона передали "
            "руководству|Списания проверяем]. [Вернёмся с ответом|Свяжемся с вами]",
            "[Здравствуйте!|Добрый день!] [Простите за поздний ответ|Извините, что ответили не "
            "сразу]. [Если вопрос ещё актуален|Если проблема сохраняется], [напишите нам в "
            "чат|позвоните на короткий номер поддержки] — [поможем|решим]",
            "[Здравствуйте!|Добрый день!] [Сожалеем о расходах в поездке|Нам жаль, что роуминг "
            "оказался дороже ожидаемого]. [Проверим начисления и, если была ошибка, вернём "
            "деньги|Подберём выгодную опцию для будущих поездок]",
        ),
        en=(
            "[Hello|Hi]! [We're sorry|Apologies] [you had this experience|about this]. [Please "
            "send your number via the in-app chat|DM us] — [we'll check coverage at your "
            "address|we'll refund wrong charges]",
            "[Hi!|Hello!] [Thanks for the review|Thank you for the feedback]. [We've passed it "
            "to our engineers|The store complaint is with management]. [We'll get back to you]",
            "[Hello!|Hi!] [Sorry for the late reply|Apologies for the delay]. [If it's still an "
            "issue|If the problem persists], [message us in the app chat] — [we'll help]",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "[Спасибо за отзыв|Благодарим|Спасибо за тёплые слова]! [Рады, что связь вас "
            "радует|Передадим команде|Инженерам будет приятно] 📶",
            "[Здравствуйте!|Добрый день!] [Спасибо, что вы с нами|Рады быть вашим оператором]. "
            "[Будем развивать сеть дальше|Пусть всё и дальше ловит|Обращайтесь, если что] "
            "{e_pos}",
            "[Спасибо!|Благодарим!] [Сотруднику салона передадим благодарность|Поддержка очень "
            "рада такому отзыву], [хорошего дня|ждём вас снова] 🙏",
        ),
        en=(
            "[Thanks for the review|Thank you|Kind words]! [Glad the network works for "
            "you|We'll pass it to the team] 📶",
            "[Thank you!|Thanks!] [We'll thank the store staff|Support is thrilled to read "
            "this] 🙏",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "[Здравствуйте.|Добрый день.] [По данным мониторинга сети|Мы проверили журнал "
            "базовой станции]: [в указанное время сбоев по вашему адресу не было|связь работала "
            "в штатном режиме]. [Возможно, дело в настройках телефона — поможем "
            "проверить|Напишите нам, проверим ваш номер]",
            "[Здравствуйте.|Добрый день.] [Подписка была подключена|Услуга была активирована] "
            "[по коду из СМС, отправленному с вашего номера|через приложение под вашей учётной "
            "записью]. [Тем не менее мы вернём средства в качестве исключения|Рекомендуем "
            "включить запрет на контент]",
            "[Добрый день.|Здравствуйте.] [Об изменении стоимости|О новых условиях] [мы "
            "сообщали в СМС за 30 дней|было объявлено заранее на сайте и в приложении]. [Готовы "
            "подобрать вам другой тариф|Напишите нам — подберём вариант]",
        ),
        en=(
            "[Hello.|Hi.] [Our network monitoring shows|We checked the base station log]: [no "
            "outages at your address at that time|the network was working normally]. [It may be "
            "your phone settings — we can help check]",
            "[Hello.|Hi.] [The subscription was activated|The service was turned on] [by an SMS "
            "code from your number|in the app under your account]. [We'll still refund it as an "
            "exception]",
        ),
    ),
    official_post=Texts(
        ru=(
            "[Хорошие новости|Ура|Новость дня] — у нас в {city}: [запустили 5G|построили 40 "
            "новых вышек|расширили покрытие в пригородах]. [Проверьте скорость и поделитесь "
            "результатом|Спасибо, что ждали|Дальше — больше] 📶",
            "[Новый тариф|Встречайте тариф] {tariff}: [безлимит на мессенджеры и 30 ГБ|звонки "
            "без ограничений и раздача интернета|всё для семьи в одном пакете]. [Перейти можно "
            "в приложении|Подробности — на сайте|Для новых и действующих абонентов]",
            "[Внимание|Важно]: [мошенники звонят от имени оператора|участились звонки «службы "
            "безопасности»|появились фишинговые СМС]. [Мы никогда не просим коды из СМС|Не "
            "сообщайте никому пароли|Включите бесплатный антиспам в приложении] 🛡",
            "[Плановые работы|Технические работы]: [сегодня с 2:00 до 5:00|в ночь на субботу] "
            "[возможны перерывы связи|может не работать приложение] в [{city}|нескольких "
            "районах]. [Приносим извинения за неудобства|Спасибо за понимание]",
            "[Едете в отпуск?|Собираетесь за границу?] [Подключите опцию «Поездки»|Проверьте "
            "роуминг заранее] — [интернет в 60 странах по одной цене|скидка 30% на первую "
            "поездку]. ✈️",
            "[Обновили приложение|Новая версия приложения]: [все подписки на одном "
            "экране|детализация за год в два клика|eSIM за пять минут]. [Обновляйтесь|Пишите "
            "отзывы] 🙌",
            "[Конкурс|Розыгрыш]! [Расскажите, где наша сеть выручила вас|Покажите фото с самым "
            "красивым видом, где ловит связь] — [разыграем 10 смартфонов|подарим год связи] 🎁",
            "[Старым абонентам|Тем, кто с нами больше 5 лет,] — [подарок: 20 ГБ|скидка на "
            "тариф|бесплатный месяц]. [Проверьте приложение|Спасибо, что вы с нами] ❤️",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Был сегодня|Съездил] [на запуск вышек в {city}|в наш центр мониторинга сети|на "
            "стройку нового дата-центра]. [Ребята делают невероятное|Горжусь командой|Цифры — в "
            "следующем посте]",
            "[Часто спрашивают|Вопрос из комментариев]: [когда 5G будет везде|почему тарифы "
            "дорожают|что мы делаем со спамом]. [Отвечаю подробно|Длинный пост ниже|Без "
            "маркетинга]",
            "[Прочитал|Дочитал] [книгу про историю телекома|биографию основателя Nokia|новую "
            "книгу про ИИ в сетях]. [Рекомендую|Много мыслей|Делюсь цитатой]",
            "[Выступил|Был спикером] на [форуме ЦИПР|конференции по связи|встрече с "
            "инвесторами] — [рассказал про наши планы на 5G|про инвестиции в сеть|про борьбу с "
            "мошенниками]. [Запись по ссылке|Спасибо организаторам]",
            "[Итоги квартала|Итоги года] {b_gen}: [плюс 2 млн абонентов|3000 новых базовых "
            "станций|рост скорости на 40%]. [Спасибо команде и абонентам|Работаем дальше]",
            "[Выходные|Воскресенье] [провёл под парусом|на теннисном корте|с детьми на даче]. "
            "[Связь, кстати, ловила отлично|Телефон выключил на весь день|Перезагрузка] ☀️",
            "[Сегодня|На этой неделе] [встречался с инженерами|провёл день в колл-центре|слушал "
            "звонки в поддержку]. [Многое понял|Есть что улучшать|Выводы сделаны]",
            "[Сегодня|Вчера] [мы заблокировали|наша система остановила] [миллион мошеннических "
            "звонков|очередную волну спама|десятки тысяч фишинговых СМС]. [Работаем дальше|Это "
            "только начало|Берегите себя]",
            "[Поздравляю|С праздником] [всех связистов|нашу команду|инженеров, которые работают "
            "в любую погоду] — [без вас ничего бы не работало|спасибо за ваш труд] 📡",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Тестирую|Сравнил|Проверил] [скорость интернета|покрытие|связь] [трёх "
            "операторов|всех операторов] [в {city}|{where}] — {b} [на первом месте|обошла "
            "всех|лучшая]. [Видео на канале|Результаты в карточках|Спорим в комментах]",
            "[Реклама|Партнёрский пост]: {b} [запустила тариф {tariff}|дарит подписчикам 20 "
            "ГБ|открыла 5G в {city}]. [Попробовал — {good}|Промокод в закрепе|Советую]",
            "[Путешествую|Снимаю влог] [по Алтаю|по Кавказу|по Карелии], [{b} ловит даже в "
            "горах|связь {b_gen} не подвела ни разу|прямые эфиры без лагов]. {e_pos}",
        ),
        en=(
            "[Tested|Compared] [data speeds|coverage] of [three carriers|every carrier] [in "
            "{city}|{where}] — {b} [came first|beat everyone]. [Video on the channel|Results in "
            "the post]",
            "[Ad|Partnership]: {b} [launched the {tariff} plan|gives my followers 20 "
            "GB|switched on 5G in {city}]. [Tried it — {good}|Code pinned]",
            "[Travelling|Vlogging] [across Altai|through the Caucasus], {b} [had signal even in "
            "the mountains|never let me down]. {e_pos}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Подписчики жалуются|Пишут в директ|Собрал жалобы] на {b_acc}: [списания за "
            "подписки|обрывы связи|навязанные услуги в салонах]. [Выпуск уже на "
            "канале|Разбираемся|Ответьте, пожалуйста, публично] {e_neg}",
            "[Провёл эксперимент|Проверил]: [обещанные 100 Мбит у {b_gen}|«безлимит» "
            "{b_gen}|роуминг {b_gen}] — [по факту 4 Мбит|режут после 10 ГБ|счёт в пять раз "
            "выше]. [Видео по ссылке|Смотрите сами] {e_neg}",
        ),
        en=(
            "[Followers complain|My DMs are full of complaints] about {b}: [subscription "
            "charges|dropped calls|upsold services]. [Episode is up|Please answer publicly] "
            "{e_neg}",
            "[Experiment|I tested] [the promised 100 Mbps on {b}|{b}'s 'unlimited'] — [got 4 "
            "Mbps|throttled after 10 GB]. [Video linked] {e_neg}",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Первый раз|Наконец-то|С третьей попытки] встал на доску и поймал волну {shore} — "
            "[ощущение непередаваемое|инструктор аплодировал|теперь я сёрфер] {e_pos}",
            "[Весь стадион|Трибуны|Фанаты на секторе] [пустили|запустили|подхватили] волну [на "
            "70-й минуте|в перерыве|после второго гола] — [мурашки|красота|даже игроки "
            "засмотрелись] 🏟",
            "[Сидим|Лежим] {shore}, [волна тёплая|волна ласковая|волна еле-еле], [дети плещутся "
            "весь день|солнце|кайф]. [Вот он, отпуск|Не хочу домой|Завидуйте] ☀️",
            "[С мужем|С подругой|С коллегой] мы [на одной волне|просто на одной волне|всегда на "
            "одной волне] — [понимаем друг друга без слов|даже шутим одинаково|редкость] {e_pos}",
            "[Накрыла|Накатила] волна {wave_of}: [пересматриваю старые фото|слушаю кассеты из "
            "детства|достала школьные тетради] ❤️",
            "[Слушаю|Переслушиваю|Открыл для себя] советскую новую волну [восьмидесятых|и "
            "слушаю по кругу|на виниле] — [«Кино», «Аквариум», «Зоопарк»|какой звук|вот это "
            "эпоха] 🎶",
            "[Парикмахер|Мастер|Стилист] [сделала|накрутила] мне [голливудскую волну|лёгкую "
            "волну|мягкую волну] [на свадьбу подруги|к выпускному|просто так] — [держится весь "
            "вечер|все спрашивают, где делала|я в восторге] {e_pos}",
            "[Включил|Поймал] [радио|приёмник на даче] [на волне 101,2|на старой волне|на "
            "короткой волне], а там [джаз|старые песни|футбольный репортаж]. [Как в "
            "детстве|Атмосферно|Кайф] 📻",
            "[Кафе|Ресторан|Столовая] «Волна» [на набережной|у пирса|в нашем посёлке] — [рыба "
            "свежайшая|вид на закат|лучшие чебуреки]. [Рекомендую|Всегда заходим|Заезжайте] "
            "{e_pos}",
            "[На уроке физики|На лекции|В книжке у сына] [объясняли|разбирали|нарисовали], что "
            "такое [звуковая волна|длина волны|световая волна], [наконец "
            "поняла|интересно|ребёнок в восторге]. {e_meh}",
            "[Открыли|Сделали|Запустили] бассейн с искусственной волной [в аквапарке|у нас в "
            "{city}|в новом ТЦ] — [дети хохочут|народ с утра|взрослые тоже катаются] {lol}",
            "[Последняя|Каждая] волна [облизывает|догоняет|гладит] [ноги|замки из песка|следы "
            "на песке] — [смотрю и не могу насмотреться|медитация|лучший звук на свете] ✨",
            "[Смотрели|Посмотрели] [сегодня|вечером] [выступление|концерт|трансляцию] с "
            "фестиваля «Новая волна» — [кто понравился?|голоса шикарные|ностальгия по нулевым] "
            "{e_meh}",
            "[Научился|Научилась] делать «волну» [руками|всем телом] [на тренировке по "
            "танцам|на хип-хопе|на зумбе] — [тренер похвалил|уже почти получается|дети в "
            "восторге] {lol}",
            "[Висит|Повесили] репродукцию «Большой волны в Канагаве» [у нас в гостиной|в "
            "офисе|над кроватью] — [смотрю на неё каждое утро|гости залипают|японцы знали толк] "
            "🌊",
            "[Моторка|Катер|Лодка] [подпрыгивает|скачет] на каждой волне, [дети в "
            "восторге|брызги во все стороны|как на аттракционе] {lol}",
            "[Вышел|Вышла] [на пенсию|в декрет|на удалёнку] и [поймал волну|словно на волне]: "
            "[занимаюсь садом|учу испанский|пеку хлеб] {e_pos}",
            "[Санаторий|Пансионат|Детский лагерь] «Волна» [у нас в {city}|на берегу|у моря] — "
            "[ездили в детстве|возили детей|отдыхали с бабушкой], [лучшие воспоминания|до сих "
            "пор вспоминаем|рекомендую] {e_pos}",
            "[Написала|Пишу] [стих|песню|пост] про то, как [волна шепчет|волна бежит|волна "
            "целует берег] — [делюсь|первая проба|что скажете?] 🎶",
            "[Бизнес|Кофейня|Маленький магазин] [на волне успеха|на волне спроса|на волне "
            "популярности]: [открываем вторую точку|берём ещё сотрудников|не успеваем печь] "
            "{e_pos}",
            "[В соцсетях|В тиктоке|В ленте] [новая|очередная] волна {wave_of} — [все "
            "выкладывают фото из детства|каждый второй танцует одно и то же|смешно и мило] {lol}",
            "[Яхта|Лодка|Парусник] «Волна» [вышла в первый рейс|снова на воде|ждёт пассажиров] "
            "[после ремонта|в этом сезоне|у городского причала]. [Прокатимся?|Красавица|Фото в "
            "карусели] ⛵",
            "[Кинотеатр|Клуб|Дом культуры] «Волна» [в {city}|у нас на районе] [показывает "
            "старые фильмы|открылся после ремонта|проводит вечер танцев]. [Пойдём?|Билеты "
            "недорогие|Ностальгия] {e_meh}",
            "[Волна прибоя|Шум волны|Звук волны] — [лучший белый шум для сна|засыпаю только под "
            "него|поставила на будильник]. [Кто ещё так?|Рекомендую|Попробуйте] 😴",
            "[Рыбаки|Дед|Батя] [говорят|говорит]: [когда волна с юга — жди леща|утром волна "
            "стихнет, пойдём за окунем|на лёгкой волне окунь берёт лучше]. [Народная "
            "мудрость|Проверим|Так и вышло] 🎣",
            "[Поплыли|Заплыли] [далеко|за буйки], [волна подхватила|волна качает|волна несёт] "
            "[как на качелях|мягко-мягко|обратно к берегу]. [Так хорошо|Кайф|Не хочу выходить] "
            "{e_pos}",
            "[Сын|Дочка|Племянник] [нарисовал|нарисовала|слепил] [море|волну|кораблик на волне] "
            "[в садике|на уроке|мелками на асфальте] — [повесили на "
            "холодильник|талант|гордимся] ❤️",
            "[Серф-лагерь|Школа сёрфинга|Инструктор по сапу] {shore}: [учим ловить волну с "
            "нуля|первая волна — бесплатно|группы для детей]. [Пишите|Записывайтесь|Места есть] "
            "🏄",
            "[Волна|Первая волна] [заявок|регистраций|предзаказов] [пришла за час|удивила даже "
            "нас|превзошла ожидания] — [спасибо всем|мы в шоке|открываем вторую] {e_pos}",
            "[Утро|Рассвет] {shore}: [тихая волна|лёгкая волна|ни одной волны, зеркало] и "
            "[чайки|туман|первые рыбаки]. [Красота|Фото без фильтров|Вот ради чего вставать в "
            "пять] 📸",
            "[Поставили|Включили] [пластинку|старый альбом|подкаст] про [итальянскую новую "
            "волну|французскую новую волну в кино|новую волну в музыке], [залипли до "
            "ночи|сколько открытий|рекомендую] 🎬",
            "[Мексиканская волна|Волна на трибунах|Волна болельщиков] [на концерте|на матче|на "
            "выпускном] [обошла весь зал|прокатилась трижды|вышла идеальной] — [мурашки|так "
            "круто|видео в комментах] 🙌",
            "[Учёные|Физики|Астрономы] [зафиксировали|поймали|измерили] [гравитационную "
            "волну|новую волну от сверхновой|радиоволну от далёкой галактики]. [Космос|Наука — "
            "огонь|Читаю с открытым ртом] ✨",
            "[Лежу|Сижу] на [пирсе|молу|камнях], [волна шуршит галькой|волна рассыпается "
            "брызгами|волна качает лодки] — [и никаких мыслей|медитация|вот бы так всегда] "
            "{e_pos}",
            "[Записалась|Пошла] на [йогу|растяжку|плавание], там [упражнение «волна»|делаем "
            "«волну» спиной|тренер учит дышать «волной»] — [спина благодарит|сложно, но "
            "классно|прикольно] {e_meh}",
            "[Поймал|Поймала] волну [вдохновения|энергии|продуктивности] — [за вечер дописала "
            "главу|перекрасил всю кухню|разобрал шкаф]. [Держите меня семеро|Так бы "
            "всегда|Горжусь] {e_pos}",
            "[Наш хор|Оркестр|Ансамбль] «Волна» [едет на конкурс|выступает в субботу|набирает "
            "детей] [в {city}|в доме культуры]. [Приходите|Поддержим|Билеты у входа] 🎶",
            "[Вода|Море|Озеро] [сегодня|с утра] [спокойное, волна|гладкое, ни одна волна] [едва "
            "шевелится|не мешает|не поднимается], [идём на сапах|можно плавать|дети в воде]. ☀️",
        ),
        en=(
            "[Caught my first wave|Finally caught a wave] {shore} [today|this morning] — "
            "[nothing like it|instructor cheered|I'm a surfer now] {e_pos}",
            "[Learning|Studying] Russian: volna means wave, so 'Volna' [is basically 'Wave'|on "
            "the beach café sign makes sense now|was my word of the day] {lol}",
            "[Watched|Streamed] the Novaya Volna festival [tonight|on TV] — volna is 'wave' and "
            "[the performances were wild|nostalgia overload|who was your favourite?] 🎶",
            "The Volna [rocket|launch vehicle] [lifted off|was used] [from a submarine|for a "
            "test flight] — [wild bit of space history|reading about it now] ✨",
            "[Stayed at|Booked] a tiny guesthouse called Volna {shore} — [sea view, fresh "
            "fish|lovely hosts|would go again] {e_pos}",
            "[Russian soviet post-punk|Soviet new wave] — novaya volna — [has been my "
            "soundtrack all week|is so underrated|on vinyl sounds incredible] 🎶",
            "[Cafe|Beach bar] Volna [on the embankment|by the pier] [has the best fish|makes "
            "great coffee|has a killer sunset view]. [Highly recommend|Go there] {e_pos}",
            "My Russian teacher says we're 'na odnoy volne' — [on the same wave|on the same "
            "wavelength] — [love that idiom|so true|cute phrase] {e_pos}",
            "[Our yacht|The boat] is called Volna, [fitting name|Russian for wave], [first sail "
            "of the season today|back in the water] ⛵",
            "[Kids|My daughter] [learned|drew] what volna means in Russian class — [wave|a sea "
            "wave] — [and drew the whole sea|so proud] ❤️",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[Новая|Очередная|Вторая за год] волна {wave_bad} [накрыла|захлестнула] "
            "[регионы|страну|и нас в {city}] — [люди в шоке|никто не знает, что дальше|новости "
            "одна хуже другой]. {sigh}",
            "[В нашей компании|У нас на заводе|В IT] [пошла|началась|прокатилась] волна "
            "[сокращений|увольнений|урезания зарплат]: [уволили {n} человек за неделю|весь "
            "отдел под угрозой|каждый день кто-то прощается]. {e_neg}",
            "[Волна жары|Аномальная волна жары|Жаркая волна] [накрыла|не отпускает] "
            "[центральную Россию|юг|нас в {city}] — [плюс 38 в тени|кондиционеры "
            "раскупили|спать невозможно]. {e_neg}",
            "[Волна гриппа|Новая волна ОРВИ|Волна простуды] [в {city}|в школах|в садиках] — [в "
            "классе половина болеет|карантин в садике|больничные у всех]. [Берегите себя|Мойте "
            "руки|Ужас] {e_meh}",
            "[Машина|Автобус|Грузовик] пролетел по луже, и волна [грязной воды|холодной воды|из "
            "лужи] [окатила меня с головы до ног|залила весь тротуар|накрыла остановку]. "
            "[Спасибо, водитель|Настроение испорчено|Иду переодеваться] {e_neg}",
            "[На|Против] [режиссёра|певицу|блогера] [обрушилась|поднялась|пошла] волна "
            "[критики|хейта|возмущения] [после интервью|из-за нового клипа|за одну фразу]. "
            "[Заслуженно?|Перебор|Интернет беспощаден] {e_meh}",
            "[Волна|Новая волна] [мошеннических звонков|фейковых СМС|звонков «из банка»]: [маме "
            "звонили трижды за день|представляются полицией|просят коды]. [Предупредите "
            "родителей|Будьте осторожны|Не ведитесь] {e_neg}",
            "[Из-за тумана|Из-за снегопада|Из-за забастовки] волна [отмен рейсов|задержек "
            "поездов|отмен электричек] — [аэропорт забит|застряли на сутки|люди спят на полу]. "
            "{e_neg}",
            "[Волна подорожания|Новая волна роста цен|Волна ценников] [дошла до|накрыла] "
            "[продуктов|бензина|лекарств] — [в магазин как на экскурсию|зарплата не "
            "успевает|скоро и хлеб не купить]. {sigh}",
            "[Прыгали|Купались] у берега, [волна сбила с ног|волна ударила о камни|волна "
            "утащила тапок] — [колено всё в ссадинах|очки утонули|чуть не захлебнулся]. [Будьте "
            "осторожны|Море шутить не любит|Урок на будущее] {e_neg}",
            "[Началась|Идёт] волна [отписок|отмен|возвратов] [после скандала|после "
            "рекламы|после новости] — [бренд теряет клиентов|блогер теряет подписчиков|магазин "
            "в панике]. {e_meh}",
            "[В посёлке|В нашем районе|В городе] волна [краж велосипедов|краж из "
            "машин|квартирных краж] — [за неделю пять случаев|полиция разводит руками|ставьте "
            "камеры]. {e_neg}",
            "[Медики|Врачи] [предупреждают|говорят]: [к зиме|в феврале|в марте] ожидается "
            "[новая волна|очередная волна|мощная волна] [гриппа|ковида|кори] — "
            "[прививайтесь|больницы готовятся|начинается сезон]. {e_meh}",
            "[Ударная волна|Взрывная волна] от [взрыва газа|хлопка на заводе|обрушения] [выбила "
            "стёкла|повредила крыши|напугала жителей] [в соседних домах|на три квартала|в "
            "посёлке]. [Пострадавших нет|Ужас|Работают спасатели] {e_neg}",
            "[Волна|Целая волна] [жалоб|возмущения|негодования] [жителей|родителей|пассажиров] "
            "[из-за отмены автобуса|на новые правила парковки|из-за закрытия поликлиники] — "
            "[власти молчат|петиция собрала тысячи подписей|дошло до прокуратуры]. {e_neg}",
            "[Катер|Теплоход|Скоростной катер] [прошёл близко|пролетел мимо], и волна "
            "[перевернула нашу байдарку|залила лодку|смыла вещи с мостков]. [Ни извинений, ни "
            "остановки|Телефон утонул|Хорошо, что в жилетах были] {e_neg}",
            "[Волна паники|Волна слухов|Волна истерики] [в чатах|в родительском чате|в "
            "соцсетях] [из-за одного фейка|из-за странного объявления|после новости про "
            "дефицит] — [гречку опять скупают|все бегут снимать наличку|проверяйте информацию]. "
            "{e_meh}",
            "[Волна холода|Волна заморозков|Холодная волна] [пришла в мае|ударила по "
            "садам|пришла и к нам в {city}] — [рассада погибла|яблони без цвета|урожая не "
            "будет]. {sigh}",
            "[Критики|Зрители|Фанаты] [встретили|приняли] [новый сезон|продолжение "
            "фильма|альбом] волной [разочарования|негатива|мемов], [рейтинг рухнул|отзывы "
            "ужасные|создатели оправдываются]. {e_meh}",
            "[Сильная волна|Волна от шторма|Волна] [размыла пляж|разрушила пирс|смыла лежаки] "
            "[в посёлке|у санатория|на городском пляже] [ещё весной|прошлой осенью], [так и не "
            "восстановили|до сих пор руины|администрация молчит]. {e_neg}",
            "[Волна хейта|Волна травли|Волна оскорблений] [в комментариях|в личке|в соцсетях] "
            "[после её поста|из-за фото|за мнение] — [закрыла аккаунт|удалил страницу|ушла из "
            "сети]. [Люди жестокие|Грустно|Остановитесь] {e_neg}",
            "[После урагана|После ливня|После паводка] [пришла вторая волна|поднялась "
            "волна|пошла волна] — [подтопило подвалы|снесло мост|затопило огороды]. [Держитесь, "
            "соседи|Помощь нужна|Спасатели работают] {e_neg}",
            "[Волна эмиграции|Волна переездов|Волна отъездов] [врачей|учителей|айтишников] [из "
            "региона|из малых городов|у нас в {city}] — [некому лечить|школы без "
            "учителей|пустеют дворы]. {sigh}",
            "[Волна выгорания|Волна депрессии|Волна тревожности] [у коллег|у студентов|у "
            "подростков] — [психологи не успевают|каждый второй на больничном|нужны выходные "
            "всем]. {e_meh}",
            "[Волна пожаров|Лесная волна огня|Огненная волна] [прошла по|накрыла] [лесам "
            "Сибири|Забайкалью|пригороду] — [дым до города|нечем дышать|горят дачи]. {e_neg}",
            "[Волна банкротств|Волна закрытий] [кафе|малого бизнеса|магазинов] [в центре|у нас "
            "на улице|в {city}] — [половина витрин пустые|аренду не тянут|грустно смотреть]. "
            "{sigh}",
            "[Волна ДТП|Волна аварий] [на трассе|на гололёде|на выезде из города] [после "
            "снегопада|за выходные|в первый же мороз] — [пробка на 10 км|эвакуаторы не "
            "успевают|будьте аккуратны]. {e_neg}",
            "[Ледяная волна|Волна с моря|Холодная волна] [окатила набережную|залила "
            "машины|перехлестнула через парапет] — [прохожие промокли|одна машина "
            "заглохла|видео уже в сети]. {e_meh}",
            "[Волна цензуры|Волна блокировок|Волна удалений] [прокатилась по|задела] "
            "[паблики|каналы|видеохостинги] — [любимые авторы пропали|половины подписок нет|что "
            "дальше?] {e_neg}",
            "[Опять|Снова] волна [спама|рекламных звонков|рассылок] [на почте|в мессенджерах|на "
            "телефоне] — [по двадцать штук в день|не успеваю удалять|отписаться невозможно]. "
            "{e_neg}",
        ),
        en=(
            "[Another|A new] wave of {wave_bad} [hit|swept through] [{city}|the region] — in "
            "Russian news it's 'volna' everywhere, [and none of it good|everyone's exhausted]. "
            "{sigh}",
            "A truck [sped through a puddle|flew past] and the volna — [that's 'wave', my "
            "Russian flatmate yelled|as my Russian friend called it] — [soaked me head to "
            "toe|flooded the bus stop]. {e_neg}",
            "[The heat|Volna zhary, the heat wave,] is [brutal|unbearable] in [{city}|Moscow] — "
            "[38 degrees|no air conditioners left]. 'Volna' [is the word on every Russian "
            "headline|all over the news] {e_neg}",
            "[A wave|Volna] of [layoffs|cuts] at [my company|our plant] — [Russian colleagues "
            "call it 'volna sokrashcheniy'|{n} people gone this week]. {e_neg}",
        ),
    ),
)


INFLUENCER_OTHER = Texts(
    ru=(
        "[Друзья|Ребята|Всем привет], [завтра в 19:00|в четверг вечером|в это воскресенье] "
        "стрим: [разбираем ваши вопросы про ипотеку|отвечаю на вопросы про переезд|играем в "
        "новую стратегию до победного] {e_pos}",
        "[Новое видео уже на канале|Выложили новый выпуск|Свежий ролик вышел]: [проехали 2000 "
        "км на старой «Ниве»|неделя на Байкале без интернета|как мы ремонтировали хрущёвку за "
        "400 тысяч]. [Ставьте лайк, если зашло|Пишите в комментах, что снять дальше|Досмотрите "
        "до конца, там сюрприз]",
        "[Честно|Если честно|Скажу прямо], [осенняя подборка книг|список сериалов на зиму|мой "
        "топ подкастов] [получился огромным|вышел спорным|собрал кучу споров]. [Что бы вы "
        "добавили?|Кого я забыла?|Ваши варианты в комментарии 👇]",
        "[Сегодня|Вот и] [мне стукнуло 30|каналу исполнилось пять лет|нас стало миллион]. "
        "[Спасибо, что вы со мной|Без вас ничего бы не было|Не верится до сих пор] ❤️",
        "[Провела неделю|Прожил месяц|Пожили десять дней] [в Дагестане|на Алтае|в Калининграде] "
        "— [завтра пост с маршрутом и ценами|в карусели лучшие кадры|рассказываю в сторис, что "
        "понравилось, а что нет]",
        "[Разыгрываю|Дарим|Отдаю] [три электросамоката|пять подписок на кинотеатр|новый "
        "смартфон] среди подписчиков. [Условия в закрепе|Итоги в пятницу|Всё честно, через "
        "рандомайзер] 🎁",
        "[Опрос|Вопрос дня]: [вы за удалёнку или за офис?|бумажные книги или электронные?|кофе "
        "или чай по утрам?] [Голосуем|Отвечайте честно|Жду мнения] 👇",
        "[Меня часто спрашивают|Много вопросов в личке|Отвечаю сразу всем], [на какую камеру я "
        "снимаю|как я учу китайский|где я беру идеи для роликов]. [Держите подробный "
        "разбор|Записала длинное видео|Собрал всё в одну статью]",
        "[Погода|Пробки|Курс] [сегодня|с утра] [сошли с ума|творят что-то странное|бьют "
        "рекорды] {lol} [Как вы там?|Держимся, друзья|Берегите себя]",
        "[Сняли выпуск|Записали подкаст|Сделали интервью] с [нейробиологом|шеф-поваром из "
        "Питера|бывшим пилотом] — [полтора часа чистого кайфа|много неожиданного|обязательно "
        "послушайте] {e_pos}",
        "[Запускаю|Стартует|Открываем набор на] [марафон по бегу|курс по фотографии для "
        "новичков|челлендж «30 дней без сахара»]. [Кто со мной?|Подробности по ссылке в "
        "профиле|Мест немного]",
        "[Не могу молчать|Меня бесит|Ну серьёзно]: [почему в каждом новом ЖК нет нормальных "
        "парковок?|куда делись нормальные сериалы?|почему билеты на поезд дороже самолёта?] "
        "{e_meh}",
        "[Улетаю|Уезжаю|Уходим] в [отпуск|горы|экспедицию] на две недели, [контента будет "
        "меньше|посты по расписанию|буду выкладывать сторис, когда поймаю связь]. [Не "
        "скучайте|Обнимаю|До встречи]",
        "[Вышел трейлер|Слили кадры|Показали первые минуты] [нового сезона|продолжения "
        "фильма|игры года] — [ну что, ждём?|я в восторге|выглядит слабовато, если честно] "
        "{e_meh}",
        "[Прочитала|Дочитал] [«Мастера и Маргариту» в третий раз|новый роман Пелевина|биографию "
        "Маска], [делюсь мыслями в длинном посте|впечатления неоднозначные|теперь хочу обсудить]",
        "[Итоги месяца|Отчёт за неделю|Что было в сентябре]: [пробежала 120 км|выучил 300 "
        "слов|сняли 8 роликов], [а у вас как?|горжусь собой|могло быть лучше] {e_pos}",
        "[Начинаем|Стартуем|Поехали]! [Прямой эфир через 10 минут|Трансляция матча у меня на "
        "канале|Смотрим вместе дебаты] — [залетайте|подключайтесь|кидаю ссылку в комментарии]",
        "[Коллаб|Совместный выпуск|Дуэт] с [моей любимой блогеркой|известным "
        "музыкантом|командой из Минска] [уже завтра|в субботу|на следующей неделе]. [Угадаете с "
        "кем?|Интрига!|Спойлерить не буду]",
    ),
    en=(
        "[New video is up|Fresh episode just dropped|Uploaded a new vlog]: [we drove 2,000 km "
        "in an old Lada|a week on Lake Baikal with no signal|renovating a tiny Soviet flat on a "
        "budget]. [Let me know what you think|Link in bio|Full cut on the channel]",
        "[Going live|Streaming] [tomorrow at 7pm Moscow time|this Thursday|in an hour] — [Q&A "
        "about moving abroad|playing the new strategy game until we win|answering your "
        "questions about freelancing] {e_pos}",
        "[Honest opinion|Hot take|Unpopular opinion]: [remote work is overrated|audiobooks "
        "count as reading|nobody needs a new phone every year]. [Fight me|Change my "
        "mind|Replies are open] {lol}",
        "[Giveaway time|We're giving away|Giving back to you all]: [three e-scooters|five "
        "streaming subscriptions|a brand new camera]. [Rules pinned|Winners on Friday|Good luck "
        "everyone] 🎁",
        "[Just hit|We finally reached|Can't believe we're at] [1M subscribers|five years of "
        "this channel|100k on the podcast]. [Thank you all|Love you guys|This is wild] ❤️",
        "[Spent a week|Lived a month|Spent ten days] [in Dagestan|in the Altai mountains|in "
        "Kaliningrad] — [itinerary and costs tomorrow|best shots in the carousel|full breakdown "
        "in my stories]",
        "[Quick poll|Question of the day]: [office or work from home?|paper books or "
        "Kindle?|coffee or tea first thing?] [Vote below|Be honest|Curious what you say] 👇",
        "[Recorded|Just finished] [a podcast with a neuroscientist|a long chat with a chef from "
        "Petersburg|an interview with a former airline pilot] — [90 minutes of pure "
        "gold|learned so much|out Monday] {e_pos}",
        "[Taking a break|Off on holiday|Heading to the mountains] for two weeks, [posts are "
        "scheduled|less content for a bit|I'll post stories when I get signal]. [See you "
        "soon|Be good|Miss you already]",
        "[The trailer is out|First footage leaked|They showed the opening minutes] — [new "
        "season looks insane|honestly looks a bit weak|are we excited?] {e_meh}",
        "[Month in review|Weekly recap|September wrap-up]: [ran 120 km|learned 300 new "
        "words|filmed 8 videos] — [how about you?|proud of this one|could've been better] "
        "{e_pos}",
        "[Collab incoming|Joint episode|Surprise duet] with [my favourite creator|a band you "
        "all know|a team from Minsk] [tomorrow|this Saturday|next week]. [Any guesses?|No "
        "spoilers|Stay tuned]",
    ),
)
