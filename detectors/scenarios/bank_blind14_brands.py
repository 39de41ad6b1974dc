"""Text bank `blind14`, brands half: what people say about «Сочный Бургер», «Полюшко» and
«Волна» on an ordinary day (posts, threads, questions and complaints to the official accounts and
the desks' answers, reviews and the brands' answers to them, the brands' and the executives' own
posts, influencers, big accounts about other things, and the brand names in their everyday sense:
a juicy burger, the song «Полюшко-поле» and the little field, a wave), plus the shared `VOCAB`
and each brand's vocabulary, including the event keys of the vocabulary contract shared with the
other half (bank_blind14_events.py, written by another writer).

Written for issue 13 (the sixteenth round) by a writer who had not read the detectors, in the
writer's own words. Checked only with tests/unit/test_week.py (`-k blind14`) and ruff.

Read: the brief (/tmp/b14/contract.md); detectors/scenarios/banks.py, textgen.py, week.py,
week_traffic.py, week_crises.py, week_storm.py, week_brands.py; in detectors/simulation.py only
`noisy` and its two helpers; tests/unit/test_week.py; detectors/scenarios/bank_blind14.py; the
placeholder this file replaced (it re-exported blind13's brands half; only its imports).
Also seen, honestly: `git status` and the file names in detectors/ and detectors/scenarios/; the
ruff settings lines of pyproject.toml; at the start, the import line of the events half's
placeholder (it then re-exported blind13's events). Failing runs of the disjointness test printed
strings this file shared word for word with other banks (vocabulary values such as "my
[boss|manager]", "glass shard", "a metal staple in the fries", and a few whole lines): each was
reworded. They also printed the first few generated texts of dev, blind9 and blind12 (e.g. a post
about husks in buckwheat flakes, one about self-order kiosks at a petrol station): nothing was
taken from them; to find which of this file's own templates produced a shared text, the test was
rerun with a marker put temporarily in front of groups of this file's templates. Small scripts
using only textgen and week_traffic (no detector) expanded these templates to proofread them,
counted their variants and laid the file out; nothing scored or classified the texts.

Notes for the other half: `city` values are towns whose names do not decline (Сочи, Тольятти,
Кемерово...), so "в {city}", "из {city}" and "{city}," all read right; `when` is an adverbial
phrase, `who` a subject in the nominative (of either gender), `n` a number from 5 to 40.
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

# -------------------------------------------------------------------------------- shared vocabulary
VOCAB = Vocab(
    ru={
        "city": (
            "Сочи", "Тольятти", "Кемерово", "Иваново", "Пушкино", "Одинцово", "Мурино", "Кудрово",
            "Домодедово", "Ступино", "Туапсе", "Улан-Удэ", "Орехово-Зуево", "Бологое", "Кстово",
            "Лобня",
        ),
        "when": (
            "вчера", "сегодня", "позавчера", "утром", "днём", "ночью", "недавно", "вечером",
            "давеча", "[вот только что|только-только|прям щас|вот буквально]",
            "[в обед|в обеденный перерыв|в перерыв между парами|в обед, на бегу]",
            "[на выходных|в эти выходные|в прошлые выходные|на майских]",
            "в [субботу|воскресенье] [утром|после обеда|с утра пораньше|]",
            "в [понедельник|пятницу|четверг] [вечерком|с утра|]",
            "минут [двадцать|сорок|пятнадцать] тому", "часа [два|три|полтора] назад",
            "с утреца [пораньше|по холодку|до работы]", "вчера ближе к [полуночи|ночи|часу ночи]",
            "на [этой|прошлой|позапрошлой] неделе",
        ),
        "who": (
            "муж", "жена", "сестра", "брат", "коллега", "сосед", "соседка", "сын", "дочка", "мама",
            "батя", "подруга", "кум", "тёща", "свекровь", "начальник", "однокурсник", "племянник",
            "напарник по [смене|цеху|вахте]", "друг [со двора|из детства|по даче]",
        ),
        "lol": (
            "ахах", "лол", "ахахах", "))", ")))", "😂", "🤣", "ору", "кек", "хех", "пхпх", "ржу",
            "😆",
        ),
        "sigh": (
            "эх", "эхх", "блин", "ох", "мда", "ё-моё", "вот[ же| ведь| ведь как]", "капец",
            "[ну такое|ну так себе|ну такое, если честно]", "увы", "пфф", "жесть", "охохо",
        ),
        "n": (
            "5", "6", "7", "8", "9", "10", "11", "12", "15", "17", "20", "25", "30", "40",
        ),
        "e_pos": (
            "😍", "👍", "🔥", "❤️", "😋", "🙌", "👌", "🥰", "💯", "😊", "🤤", "✨", "💪", "🥳", "👏",
            "🤩", "😎", "🔥🔥", "👍👍", "❤️❤️",
        ),
        "e_neg": (
            "😡", "🤬", "👎", "😤", "😠", "🙄", "😒", "😞", "😣", "💩", "😖", "👎👎", "😩", "🤦",
            "🤦‍♂️", "🤦‍♀️", "😫",
        ),
        "e_meh": (
            "🤷", "😐", "🤔", "🙃", "😶", "🤷‍♀️", "🤷‍♂️", "😕", "🫠", "👀", "🧐",
        ),
    },
    en={
        "city": (
            "Kazan", "Perm", "Samara", "Tyumen", "Voronezh", "Ufa", "Tomsk", "Irkutsk", "Tver",
            "Yaroslavl", "Krasnodar", "Novosibirsk", "Yekaterinburg", "Sochi", "Kaliningrad",
            "Vladivostok", "Omsk", "Chelyabinsk", "Moscow", "Petersburg", "Barnaul", "Murmansk",
        ),
        "when": (
            "yesterday", "today", "tonight", "earlier", "recently", "lately",
            "[over|during|sometime over] the [weekend|long weekend]",
            "on [Saturday|Sunday] [morning|afternoon|after brunch|, early|]",
            "on [Monday|Friday|Thursday] [night|after work|]",
            "[around|just after|right before] lunch[ time|]",
            "just [now|a minute ago|this second|moments ago]",
            "a couple of hours [back|ago|earlier, roughly]",
            "late last [night|evening|night, like 1am|night after the game]",
            "first thing [this morning|today|after coffee|before work]",
        ),
        "who": (
            "my [flatmate|roommate|housemate Sasha]",
            "my [coworker|desk neighbour|colleague from sales]",
            "my [kid|youngest|eldest|nine-year-old]", "my [boss|team lead|line manager, Oleg]",
            "my [neighbour|neighbour downstairs|next-door neighbour]",
            "my [mum|mom|mother|mum, bless her]", "my [husband|wife|other half|better half]",
            "my [girlfriend|boyfriend|fiancée|date]",
            "my [dad|old man|father-in-law, of all people]", "my [sister|brother|twin|little sis]",
            "my [teenager|fifteen-year-old]", "my [landlady|landlord|flat owner]",
            "a [guy|girl] from [work|the gym|my building]",
            "my [uni|college|school|old school] friend",
        ),
        "lol": (
            "lol", "lmao", "haha", "😂", "🤣", "lmaooo", "hahaha", "💀", "😆",
        ),
        "sigh": (
            "ugh", "sigh", "[oh well|oh well then|ah well, whatever]", "meh", "smh", "welp",
            "great", "ffs", "yikes", "oof",
        ),
        "n": (
            "5", "6", "7", "8", "9", "10", "11", "12", "15", "17", "20", "25", "30", "40",
        ),
        "e_pos": (
            "😍", "👍", "🔥", "❤️", "😋", "🙌", "👌", "🥰", "💯", "😊", "🤤", "✨", "💪", "🥳", "👏",
            "🤩", "😎",
        ),
        "e_neg": (
            "😡", "🤬", "👎", "😤", "😠", "🙄", "😒", "😞", "😣", "💩", "😖", "😩", "🤦", "😫",
        ),
        "e_meh": (
            "🤷", "😐", "🤔", "🙃", "😶", "😕", "🫠", "👀", "🧐",
        ),
    },
)

# ---------------------------------------------------------------------------------- «Сочный Бургер»
_SOCHNY_VOCAB = Vocab(
    ru={
        "dish": (
            "чизбургер", "наггетсы", "чикенбургер", "фишбургер", "шейк", "ролл",
            "чизбургер с [двумя|тремя|четырьмя] котлетами",
            "бургер с халапеньо [и сальсой|и чеддером|и маринованным луком]",
            "фри по-деревенски [с дольками|с чесноком|с копчёным кетчупом]",
            "кольца лука в [пивном|хрустящем] кляре", "ролл с курицей [терияки|гриль|баффало]",
            "шейк с [солёной карамелью|клубникой и бананом|фисташкой]",
            "бургер с грибами и [сыром|трюфельным соусом]",
            "детский набор [с сюрпризом|с игрушкой|с наклейками]",
            "пирожок с [вишней|яблоком] и корицей",
        ),
        "good": (
            "котлета реально сочная, сок [по пальцам течёт|капает на поднос]",
            "булка мягкая и не [разваливается|рассыпается] в руках",
            "соуса [положили от души|не пожалели|налили с горкой]",
            "собрали заказ минуты за [четыре|три], хотя народу была куча",
            "фри горячая и хрустит, [как надо|как положено]",
            "кассир сама предложила поменять соус на [острый|сырный]",
            "сыр тянется, [как в рекламе|как на картинке|хоть фоткай для меню]",
            "всё свежее, [салат хрустит|помидор не водянистый|огурчик бочковой]",
            "порция такая, что еле [доел|доела]",
            "в зале чисто и пахнет едой, а не [хлоркой|тряпкой]",
        ),
        "meh": (
            "фри [чуть|слегка|самую малость] пересолена",
            "ждали минут [пятнадцать|двенадцать|четырнадцать, я засекал]",
            "столики после обеда [липкие|в крошках|никто не протирает]",
            "соус закончился, дали [какой-то другой|кетчуп|горчицу вместо сырного]",
            "в зале [шумновато|шумно от школьников|гулко и шумно]",
            "булка подсохла [по краям|сверху|с одного бока]",
            "кола [разбавленная по вкусу|почти без газа|тёплая из автомата]",
            "салфеток пришлось [просить отдельно|ждать|выпрашивать у соседнего столика]",
        ),
        "promo": (
            "комбо дня за [349|329|359 с морсом]",
            "второй шейк за [полцены|полставки|рубль по вторникам]",
            "бургер недели [по спеццене|со скидкой|за 199 вместо 289]",
            "кешбэк баллами в [приложении|мобильном приложении|приложении, десять процентов]",
            "бесплатная фри к заказу от [700|650]",
            "студенческое комбо [по будням|в будни до пяти|по студенческому]",
            "утреннее меню [до 11|до одиннадцати|с сырниками до 11]",
            "семейное ведро на [четверых|пятерых|большую компанию]",
        ),
        "spot": (
            "на [Ленина|Ленинском|Ленина, у кинотеатра]",
            "у [вокзала|автовокзала|пригородных касс]",
            "в торговом центре на [окраине|выезде из города]",
            "на фудкорте [второго|третьего|цокольного] этажа",
            "возле [станции метро|метро «Парк»|метро, третий выход]",
            "рядом с [универом|политехом|медакадемией]",
            "в [аэропорту|терминале аэропорта|аэропорту, на втором этаже]",
            "на трассе у [заправки|развязки|поворота на аэропорт]",
            "на [набережной|речном вокзале|набережной у колеса обозрения]",
            "у [рынка|Центрального рынка|блошиного рынка]", "в новом ТРЦ за [кольцевой|объездной]",
            "на [Советской|Театральной|Вокзальной] площади",
        ),
        "guard_venue": (
            "в ресторане на Садовой улице у самой Сенной площади",
            "в ресторане на проспекте Мира у северного выхода из метро",
            "в ресторане на Большой Покровской у старого фонтана с голубями",
        ),
        "found_item": (
            "обрывок синей одноразовой перчатки прямо под котлетой",
            "скрепку от степлера в коробке с картошкой фри",
            "дохлого таракана между наггетсами в коробке",
            "розовую сырую котлету в чизбургере с двумя котлетами",
        ),
        "found_short": (
            "перчатка", "скрепка", "таракан", "розовая котлета",
        ),
        "ignored_issue": (
            "приложение с понедельника списывает деньги за каждый заказ по два раза",
            "курьер отметил мой заказ доставленным в 19:40, а еду я так и не получила",
            "промокод из пятничной рассылки на кассе выдаёт ошибку уже неделю",
        ),
        "gaffe_topic": (
            "тех, кто жалуется, что бургер меньше, чем на картинке",
            "людей, которые приходят в бургерную и заказывают салат с водой",
            "тех, кто считает калории в картошке фри",
        ),
        "fake_claim": (
            "санэпидемстанция нашла кишечную палочку во всех ресторанах сети и их закроют до конца "
            "месяца",
            "котлеты крутят из просроченного мяса, а запах перебивают дымным соусом",
            "в фирменный соус добавляют вещество, от которого тянет есть ещё и ещё",
        ),
    },
    en={
        "dish": (
            "cheeseburger", "[box|bucket] of nuggets", "portion of [large|curly] fries",
            "milkshake", "wrap", "chickenburger", "[double|triple|monster]-patty cheeseburger",
            "jalapeño burger with [salsa|cheddar|pickled onion]",
            "basket of wedge fries[ with dip|]", "basket of [onion rings|crispy onion rings]",
            "[teriyaki|grilled|buffalo] chicken wrap",
            "[salted caramel|strawberry banana|pistachio] shake",
            "mushroom and [swiss|truffle|blue cheese] burger",
            "kids' [surprise|toy|happy-face] meal",
        ),
        "good": (
            "the patty was properly [juicy|juicy for once]",
            "the bun was soft and [held together|didn't fall apart]",
            "they were generous with the [sauce|toppings]",
            "the order was ready in [four|three] minutes despite the crowd",
            "the fries came out hot and [crunchy|crispy]",
            "the cheese actually stretched like in the [ads|commercials]",
            "everything tasted [fresh|fresh, even the lettuce|like it was made to order]",
            "the portion was bigger than [expected|I thought]",
        ),
        "meh": (
            "the fries were a bit too [salty|oily]", "we waited around [fifteen|twelve] minutes",
            "the tables were [sticky|covered in crumbs] after lunch",
            "they'd run out of my [usual|favourite] sauce",
            "it was [noisy|loud with school kids|echoey and loud] inside",
            "the bun was a little dry at the [edges|top]",
        ),
        "promo": (
            "the [349|329|359] combo of the day", "the half-price second [shake|drink|pie]",
            "the burger of the week [deal|discount]",
            "the app [cashback|points cashback|double-points week]",
            "free fries on orders over [700|650]", "the weekday student [combo|deal|box]",
            "the breakfast menu before [11|eleven]",
        ),
        "spot": (
            "near the [station|bus station|coach station]",
            "at the [second|third]-floor food court",
            "by the [metro exit|Park metro exit|metro, exit 3]",
            "next to the [university|tech uni|medical academy]",
            "at the [airport|airport terminal|airport, departures level]",
            "by the gas station on the [highway|ring road]",
            "on the [embankment|river front|riverside promenade]",
            "by the [market|central market|flea market]",
            "in the new mall out past the [ring road|bypass]",
        ),
        "guard_venue": (
            "at the restaurant on Sadovaya Street right by Sennaya Square",
            "at the restaurant on Prospekt Mira by the north metro exit",
            "at the restaurant on Bolshaya Pokrovskaya by the old pigeon fountain",
        ),
        "found_item": (
            "a scrap of blue disposable glove right under the patty",
            "a stapler staple in the box of fries",
            "a dead cockroach between the nuggets in the box",
            "a pink, raw patty in the two-patty cheeseburger",
        ),
        "found_short": (
            "glove", "staple", "cockroach", "pink patty",
        ),
        "ignored_issue": (
            "since Monday the app has been charging me twice for every single order",
            "the courier marked my order delivered at 7:40 pm and I never got the food",
            "the promo code from your Friday newsletter has failed at the till for a week",
        ),
        "gaffe_topic": (
            "people who complain the burger is smaller than in the picture",
            "people who come to a burger joint and order a salad and tap water",
            "people who count the calories in their fries",
        ),
        "fake_claim": (
            "health inspectors found E. coli in every branch of the chain and all of them will "
            "shut until the end of the month",
            "the patties are ground from expired meat with the smell hidden under smoky sauce",
            "the signature sauce has an additive that makes you crave more and more",
        ),
    },
)

SOCHNY = BrandTexts(
    vocab=_SOCHNY_VOCAB,
    positive=Texts(
        ru=(
            "[Взял|Взяла|Заказал] {dish} в {b_pre} {spot}, и это [было ровно то, что надо|спасло "
            "мне вечер] после смены {e_pos}",
            "{b} {spot}: {good}. [Зачёт|Респект|Уважаю] {e_pos}",
            "Кто бы что ни говорил, а {dish} у {b_gen} [лучший в городе|вне конкуренции|прям "
            "вкусный] {e_pos}",
            "Отвела детей в {b_acc} после садика, [все довольны|{good}], [дочка съела|сын умял] "
            "всё до крошки {e_pos}",
            "[Ночью|В два часа ночи|После тренировки] меня спасают только {b} и {dish}[, честное "
            "слово|, без преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это "
            "радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк] {e_pos}",
            "Пробовали бургер недели в {b_pre}? [Я влюбилась|Зашёл идеально|Беру уже третий раз за "
            "неделю] {e_pos}",
            "{promo} в {b_pre} — [лучшее, что со мной случилось на этой неделе|топ за свои "
            "деньги|моё всё] {lol}",
            "Спасибо девушке на кассе в {b_pre} {spot}: [перепутала заказ и сама догнала меня у "
            "двери с правильным|улыбнулась после моего адского дня|положила лишние салфетки и "
            "пожелала хорошего вечера] {e_pos}",
            "Вот честно, {b} [сильно подтянулся|стал лучше] за последний год: {good}",
            "Мой [идеальный|любимый|ленивый] [вечер пятницы|выходной]: сериал, плед и доставка из "
            "{b_gen} {e_pos}",
            "[Обожаю|Люблю] {b_acc} за то, что {good}",
            "Из всех фастфудов [в {city}|у нас в городе] {b} единственный, где {good}",
            "{who} [таскает|приносит] мне из {b_gen} {dish} [каждую пятницу|после смены], и жизнь "
            "сразу налаживается {e_pos}",
            "Кто ещё не пробовал соус с копчёной паприкой в {b_pre}, [бегом пробовать|срочно "
            "исправляйтесь] {e_pos}",
            "Хожу в {b_acc} [лет пять уже|со студенчества|с самого открытия], и качество [не "
            "скачет|всё такое же]. Для сети редкость",
            "[Доставка из {b_gen} приехала|Курьер из {b_gen} приехал] [минут за двадцать|раньше "
            "обещанного], [всё горячее|фри даже не размякла] {e_pos}",
            "{b}, {dish}, лавочка в парке и солнце. [Больше ничего не надо|Идеальный обед|Вот оно, "
            "счастье] {e_pos}",
            "Нравится, что в {b_pre} можно [попросить без лука|собрать бургер под себя|поменять "
            "соус бесплатно], и никто не закатывает глаза",
            "Сравнил {dish} в трёх сетях — {b} [уверенно первый|выигрывает по соусу|побеждает и по "
            "цене, и по вкусу]. Подробности в комментах",
            "Взяла {dish} в {b_pre} на пробу, думала будет как везде, а {good} {e_pos}",
            "Приложение {b_gen} — [единственное, где баллы реально копятся|удобное, заказ в два "
            "тапа], [забираю без очереди|уважение] {e_pos}",
            "Отмечали [днюху|закрытие сессии|первую зарплату] в {b_pre} {spot}, [ребята вынесли "
            "нам бесплатный десерт|посидели шикарно|персонал даже спел] {e_pos}",
            "В {b_pre} {spot} [чистые столы|чисто], [туалет работает|есть детский уголок], "
            "вежливо. Для фастфуда это пять звёзд",
            "Мне кажется, [бургеры|котлеты] в {b_pre} стали [крупнее|вкуснее]. Или я просто "
            "голодный {lol}",
            "Когда в {city} открыли {b_acc}, я [ходил туда каждый день|подсел на их шейки], и до "
            "сих пор [не надоело|тянет]",
            "[Голодный|Злой и голодный] зашёл в {b_acc}, вышел [добрым|сытым и довольным]. Магия "
            "{e_pos}",
            "Лайфхак: в {b_pre} по будням до 11 [завтраки|сырники] почти даром, и они [правда "
            "вкусные|неожиданно норм]",
            "Веганский бургер в {b_pre} — [наконец-то|кто бы мог подумать], кто-то подумал и о нас "
            "{e_pos}",
            "{promo}, {dish}, холодная кола — и [пятница удалась|день спасён|можно жить] {e_pos}",
            "Редко пишу [отзывы|посты про еду], но {b} {spot} заслужил: {good}",
            "Заехали в {b_acc} [на трассе|{spot}] по пути на дачу, [{good}|всё быстро и горячо], "
            "[теперь это традиция|дети уже сами просят]",
            "Поймал себя на том, что в отпуске мне снился {dish} из {b_gen} {lol}",
            "[Сегодня|Только что] в {b_pre} мне собрали бургер без булки по просьбе, [без лишних "
            "вопросов|ещё и улыбнулись]. Приятно",
            "Ставлю {b_dat} [твёрдую пятёрку|десять из десяти] за [{dish}|скорость|соусы][, "
            "честное слово|, без преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это "
            "радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк] {e_pos}",
            "{who} [фанатеет|сидит] на {dish} из {b_gen}, и я [понимаю почему|теперь тоже] {e_pos}",
            "Пересела на обеды из {b_gen}, пока в офисе ремонт кухни, и [ни о чём не жалею|вообще "
            "кайф]",
        ),
        en=(
            "Grabbed the {dish} at {b} {spot} {when} and honestly {good}[, honestly|, no joke|, "
            "not even kidding|, genuinely|, ten out of ten|, chef's kiss|, hats off|, love to see "
            "it] {e_pos}",
            "{b} is my guilty pleasure. The {dish} [hits different at 1am|never misses|is stupidly "
            "good] {e_pos}",
            "Not gonna lie, {b} [has stepped up|got better] lately: {good}",
            "Shoutout to the cashier at {b} {spot} who [ran after me with the drink I forgot|fixed "
            "my order without any fuss|threw in extra sauce] {e_pos}",
            "If you're ever in {city}, [get|try] the {dish} at {b}. Trust me {e_pos}",
            "{promo} at {b} is [such a steal|the best deal in town|carrying my budget this month] "
            "{lol}",
            "Kids begged for {b} after school and [everyone was happy|zero complaints], {good} "
            "{e_pos}",
            "Tried the burger of the week at {b}: [surprisingly good|would order again|new "
            "favourite] {e_pos}",
            "[My|The] delivery from {b} [showed up in 20 minutes|arrived early] and the food was "
            "still hot {e_pos}",
            "Hot take: {b} [beats the big chains|has the best fries in town|is underrated]: {good}",
            "Been going to {b} [since uni|for years now] and it's [still consistent|never let me "
            "down]",
            "The {b} app [actually works|is weirdly smooth], ordered ahead and skipped the whole "
            "line {e_pos}",
            "Long day, the {dish} from {b}, couch. [Perfect evening|Bliss|That's self care] "
            "{e_pos}",
            "Love that {b} lets you [swap sauces for free|build your own burger|skip the onions] "
            "without any attitude",
            "Veggie burger at {b} is [legit|actually good], finally some love for us non meat "
            "eaters {e_pos}",
            "{b} {spot}: [spotless tables|clean floors], [friendly staff|polite crew], hot food. "
            "That's all I ask {e_pos}",
            "{who} [dragged me to|introduced me to] {b} and [I get the hype now|I'm hooked] "
            "{e_pos}",
            "Road trip rule: always stop at {b} {spot}. [Never fails|Always worth it] {e_pos}",
            "Breakfast at {b} before 11 is [criminally cheap|a hidden gem], the [pancakes|hash "
            "browns] are great",
            "Compared the {dish} at three places and {b} [wins|comes out on top] on [taste|price "
            "and taste]",
            "Rating {b} {spot}: [9/10|a solid 8|five stars], {good}",
            "Missed the {dish} from {b} so much while I was away[, honestly|, no joke|, not even "
            "kidding|, genuinely|, ten out of ten|, chef's kiss|, hats off|, love to see it] {lol}",
            "Ordered for the whole office from {b} and [everything arrived right|nobody "
            "complained], {good} {e_pos}",
            "First time at {b} in {city} and [I'm impressed|wow], {good}",
            "Okay {b}, the new [sauce|bun|shake] is a win {e_pos}",
        ),
        mixed=(
            "{b} — мой comfort food, {dish} просто [next level|top tier] {e_pos}",
            "Взял {promo} в {b_pre}, value for money [реально|просто] топ",
            "Lowkey [обожаю|люблю] {b_acc}, {good}",
            "Сегодня cheat meal: {dish} из {b_gen} и никаких regrets {e_pos}",
            "{b} {spot} — best fast food в {city}, no cap",
            "Заказала delivery из {b_gen}, всё fresh и горячее, respect {e_pos}",
            "Честно, {b} это vibe: быстро, вкусно, [cheap|affordable] {e_pos}",
            "Mood [дня|вечера]: {dish} из {b_gen} и sunny weather {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто-нибудь знает, {b} {spot} [работает круглосуточно|уже открылся после "
            "ремонта|открыт в праздники]? [Как-то так.|Мысли вслух.|Такие дела.|Просто "
            "интересно.|Вдруг кому пригодится.]",
            "[Зашли|Заскочили] в {b_acc} [после кино|перед поездом|по дороге домой], взяли {dish} "
            "и [колу|морс|кофе] {e_meh}",
            "В {b_pre} {spot} [поставили терминалы самообслуживания|поменяли табло с меню|сделали "
            "отдельный вход для курьеров][, если что|, кстати|, к слову|, просто к сведению|, для "
            "справки|, на заметку|, как-то так|, ну да ладно]",
            "У {b_gen} [новое меню|сезонная акция|новый бургер], пишут, что {promo}. Кто пробовал? "
            "{e_meh}",
            "[Сижу|Жду друга] в {b_pre} {spot}, [розетки тут есть|вайфай ловит нормально], если "
            "что",
            "Интересно, сколько у {b_gen} точек в {city} [сейчас|на сегодня] {e_meh}",
            "{b} или [шаурма|пицца|столовка] на обед? Голосуем[, если что|, кстати|, к слову|, "
            "просто к сведению|, для справки|, на заметку|, как-то так|, ну да ладно] {e_meh}",
            "[Говорят|Слышала], {b} [откроет|открывает] точку [у нас на районе|в новом ТЦ] [к "
            "лету|до Нового года]",
            "Чек из {b_gen}: {dish}, фри и кола, [вышло|получилось] где-то на {n}00 рублей {e_meh}",
            "[А в|В] {b_pre} ещё [действует|есть] {promo} или уже [закончили|убрали]?",
            "Поймала себя на том, что знаю наизусть всё меню {b_gen}[, если что|, кстати|, к "
            "слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да ладно] "
            "{lol} {e_meh}",
            "{who} [подрабатывает|работает] в {b_pre} [на кухне|на кассе|курьером], говорит, "
            "[график удобный|смены по двенадцать часов]",
            "Если что, {b} {spot} [сегодня работает до полуночи|пока только навынос|принимает "
            "оплату по QR] {e_meh}",
            "Встречаемся у {b_gen} {spot} в [семь|полвосьмого|восемь]? [Как-то так.|Мысли "
            "вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.]",
            "Листаю отзывы про {b_acc} в {city}, мнения [делятся пополам|очень разные] {e_meh}",
            "В {b_pre} теперь можно [заказать к столику по QR|взять соус отдельно|расплатиться "
            "баллами][, если что|, кстати|, к слову|, просто к сведению|, для справки|, на "
            "заметку|, как-то так|, ну да ладно] {e_meh}",
            "Вопрос знатокам: в {b_pre} котлеты [жарят на месте|привозят замороженными] или как?",
            "Кто считал калории: {dish} из {b_gen} — это сколько? Пытаюсь [считать|не сорваться] "
            "{lol} {e_meh}",
            "{when} был в {b_pre} {spot}. [Обычный обед, ничего особенного|Взял как всегда "
            "{dish}|Народу было немного]",
            "Увидел вакансию в {b_pre}: [повар|кассир|управляющий сменой], [график 2/2|обучение на "
            "месте] {e_meh}",
            "У кого есть промокод {b_gen}? [Поделитесь плиз|Буду благодарен][, если что|, кстати|, "
            "к слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да ладно]",
            "[Фото|Видео] из {b_gen} {spot}: [новая вывеска|зал почти доделали|повесили гирлянды] "
            "{e_meh}",
            "{b} [запустил|добавил] [доставку|самовывоз] в {city}, [пока только в центре|сразу по "
            "всему городу]",
            "В офисе спор, где картошка лучше: в {b_pre} или у конкурентов. Ваше мнение? {e_meh}",
            "Ребёнок просит день рождения в {b_pre}. Кто-нибудь [заказывал|устраивал] там детский "
            "праздник?",
            "Кстати, в {b_pre} {spot} [теперь работают до двух ночи|открыли летнюю "
            "веранду|поменяли управляющего] {e_meh}",
            "{b} — это ещё фастфуд или уже [кафе|стритфуд]? Философский вопрос {lol}",
            "Кто-то слышал, что {b} переходит на [новое приложение|карты лояльности вместо "
            "баллов]? {e_meh}",
            "Раз в месяц можно и в {b_acc}, правда же? [Как-то так.|Мысли вслух.|Такие "
            "дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "Прочитала, что {b} закупает говядину у [местных ферм|хозяйств в области]. Интересно, "
            "правда ли",
            "У {b_gen} {spot} [сегодня раздают купоны на входе|дегустация нового соуса|ярмарка "
            "вакансий][, если что|, кстати|, к слову|, просто к сведению|, для справки|, на "
            "заметку|, как-то так|, ну да ладно] {e_meh}",
            "{ceo} [дал интервью|выступил в подкасте] про планы {b_gen} [на регионы|на этот год]",
            "Стою в очереди в {b_pre} {spot}, передо мной человек {n}[, если что|, кстати|, к "
            "слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да ладно] "
            "{e_meh}",
            "Сравнила цены: {dish} в {b_pre} и у [соседей|двух других сетей] — [разница рублей "
            "тридцать|почти одинаково]",
            "Взяла в {b_pre} {dish} без соуса, посмотрим, [как оно|что получится] {e_meh}",
            "Есть у {b_gen} [безлактозные шейки|детские порции|что-то без глютена]? На сайте не "
            "нашёл",
            "В {b_pre} {spot} играло радио с песнями из двухтысячных[, если что|, кстати|, к "
            "слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да ладно] "
            "{lol} {e_meh}",
            "Забрал заказ из {b_gen} [по дороге с работы|перед футболом], ем в машине",
            "А {b} [будет участвовать|участвует] в фестивале уличной еды в {city}? {e_meh}",
            "Сколько сейчас стоит {promo} в {b_pre}? Цены в приложении и на табло [разные|не "
            "совпадают]",
            "Фудкорт, суббота, {b}, {n} минут в очереди — обычный семейный выход[, если что|, "
            "кстати|, к слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да "
            "ладно] {e_meh}",
            "Подруга спрашивает, где в {b_pre} {spot} [парковка|вход с коляской] {e_meh}",
        ),
        en=(
            "Anyone know if {b} {spot} [is open 24/7|reopened after the renovation|does late night "
            "delivery]?",
            "Stopped by {b} [after the movie|before my train|on the way home], got the {dish} "
            "{e_meh}",
            "{b} [has a new menu|is running a promo|launched a seasonal burger] in {city}, "
            "{promo}. Tried it?",
            "Working from {b} {spot} for an hour, [wifi is decent|there are sockets] if anyone "
            "needs {e_meh}",
            "{b} or [pizza|shawarma|the canteen] for lunch? Vote[, fyi|, just saying|, btw|, for "
            "the record|, if anyone cares|, just noting|, heads up] {e_meh}",
            "How many {b} locations are there in {city} these days[, fyi|, just saying|, btw|, for "
            "the record|, if anyone cares|, just noting|, heads up]",
            "PSA: {b} {spot} [is takeaway only this week|closes at midnight today|now takes QR "
            "payments] {e_meh}",
            "Does {b} [make its patties in house|have vegan options|do kids' birthday parties]? "
            "[Just wondering.|Curious.|That's all.|Random thought.|Thoughts welcome.]",
            "Receipt from {b}: {dish}, fries and a coke, about {n}00 rubles[, fyi|, just saying|, "
            "btw|, for the record|, if anyone cares|, just noting|, heads up] {e_meh}",
            "{who} works [the grill|the counter|delivery] at {b}, says [the schedule is "
            "flexible|shifts run twelve hours]",
            "Calories in the {dish} from {b}? Trying to [track|behave] {lol} {e_meh}",
            "Saw a job ad for {b}: [cook|cashier|shift manager], [2/2 schedule|training on site]",
            "{b} just [added|launched] [pickup|delivery] in {city}, [central areas only for "
            "now|citywide][, fyi|, just saying|, btw|, for the record|, if anyone cares|, just "
            "noting|, heads up] {e_meh}",
            "Meeting at {b} {spot} at [seven|half six]? [Just wondering.|Curious.|That's "
            "all.|Random thought.|Thoughts welcome.]",
            "Reading {b} reviews from {city}, [opinions are split|it's a mixed bag] {e_meh}",
            "Office debate: are the fries better at {b} or [the big chain|the place next door]? "
            "{e_meh}",
            "Anyone got a {b} promo code [for delivery|that still works]? [Sharing is caring|Will "
            "trade a metro token] {lol}",
            "Their CEO talked about {b} [expanding to more regions|plans for this year] in [a "
            "podcast|an interview] {e_meh}",
            "Ordered the {dish} from {b} with no sauce, we'll see [what shows up|how it goes]",
            "In line at {b} {spot}, about {n} people ahead of me[, fyi|, just saying|, btw|, for "
            "the record|, if anyone cares|, just noting|, heads up] {e_meh}",
            "Is {b} still fast food or [street food|a cafe] at this point? Asking for a friend "
            "{lol}",
            "Apparently {b} buys beef from [local farms|farms in the region] now. Can anyone "
            "confirm? {e_meh}",
            "Once a [month|fortnight] at {b} is fine, right? {e_meh}",
            "{b} {spot} [got a new sign|opened a summer terrace|swapped the menu boards] {when}",
            "Picked up {b} [on the way home|before the match], eating in the car {e_meh}",
            "Is {b} doing the street food festival in {city} this year? [Just "
            "wondering.|Curious.|That's all.|Random thought.|Thoughts welcome.]",
            "Menu board and app prices at {b} [don't match|are different] for {promo}, which one "
            "is right? {e_meh}",
            "{b} {spot} was playing a [2000s|Europop] playlist {when} {lol}",
        ),
        mixed=(
            "Сижу в {b_pre} {spot}, работаю remote, wifi [норм|терпимый]",
            "{b} запустил new menu, кто уже [тестил|пробовал]?",
            "Взяла {dish} в {b_pre} to go, в [офисе|переговорке] доем",
            "У {b_gen} опять limited edition бургер, {promo}, кто [пробовал|брал]?",
            "Meeting у {b_gen} {spot} в [семь|восемь], don't be late",
            "Кто знает, {b} делает delivery в {city} или только pickup?",
            "Random question: в {b_pre} есть vegan [опции|бургер]?",
        ),
    ),
    negative=Texts(
        ru=(
            "Заказ в {b_pre} {spot} ждали [сорок минут|почти час], [в итоге перепутали|принесли "
            "всё холодное] {e_neg}",
            "В {b_pre} {spot} опять [липкие столы|нет салфеток|закрыт туалет]. [Сколько можно|Ну "
            "камон]",
            "Взял {dish} в {b_pre}, [всё еле тёплое|котлета как подошва|булка внутри сырая] "
            "{e_neg}",
            "Заказал доставку из {b_gen}: [привезли без соуса и без напитка|курьер потерялся и "
            "приехал через полтора часа|пакет был порван снизу]",
            "Раньше {b} был [норм|вполне], а сейчас [порции меньше, цены выше|котлеты тоньше "
            "бумаги] {e_neg}",
            "Траванулся после {b_gen}, [полночи не спал|второй день лежу пластом]. Больше ни ногой "
            "[{e_neg}|{e_meh}]",
            "{b} списал баллы за заказ, который [так и не привезли|сами же отменили], а поддержка "
            "отвечает шаблоном",
            "Кассир в {b_pre} {spot} [нахамила|закатила глаза], когда я попросила [поменять "
            "соус|без лука] {e_neg}",
            "Ценник в {b_pre} уже ресторанный, а [качество|сервис] как в столовке девяностых",
            "{sigh}, [третий раз подряд|опять] в {b_pre} забыли положить фри в пакет "
            "[{e_neg}|{e_meh}]",
            "В {b_pre} {spot} по стойке пробежал таракан. Я развернулся и ушёл[, вот так вот|, ну "
            "и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за месяц|, без "
            "комментариев|, красота|, ну супер|, ну спасибо]",
            "Приложение {b_gen} [вылетает на оплате|не видит мою карту|сбрасывает корзину] [с "
            "утра|второй день][, вот так вот|, ну и сервис|, спасибо большое|, класс|, и это не "
            "первый раз|, второй раз за месяц|, без комментариев|, красота|, ну супер|, ну "
            "спасибо] {e_neg}",
            "Купил {promo} в {b_pre}, а на кассе [сказали, что акция тут не действует|пробили по "
            "полной цене]",
            "Почему в {b_pre} {spot} [к десяти вечера нет половины меню|кола без газа уже "
            "неделю|льда в стакане больше, чем напитка]? [{e_neg}|{e_meh}]",
            "Сын после праздника в {b_pre} весь вечер [с температурой|маялся животом]. Совпадение? "
            "Не думаю",
            "Картошка в {b_pre} сегодня [плавала в масле|на вкус вчерашняя|пересолена так, что "
            "есть невозможно][, вот так вот|, ну и сервис|, спасибо большое|, класс|, и это не "
            "первый раз|, второй раз за месяц|, без комментариев|, красота|, ну супер|, ну "
            "спасибо]",
            "В {b_pre} [сменили поставщика|поменяли рецепт], и {dish} теперь [совсем другое на "
            "вкус|на вкус как картон] {e_neg}",
            "Ощущение, что в {b_pre} {spot} всем пофиг: [заказы путают|на кухне орут друг на "
            "друга|полы не мыли с утра] [{e_neg}|{e_meh}]",
            "Двадцать минут простоял у окна выдачи {b_gen}, [заказ так и не отдали|в итоге уехал "
            "без еды]",
            "Курьер {b_gen} [оставил заказ у чужой двери|позвонил и сказал, что не найдёт дом|явно "
            "поел моей картошки по дороге][, вот так вот|, ну и сервис|, спасибо большое|, класс|, "
            "и это не первый раз|, второй раз за месяц|, без комментариев|, красота|, ну супер|, "
            "ну спасибо]",
            "Шейк в {b_pre} [растаял, пока несла до стола|одна вода|на вкус как сироп от кашля]. "
            "[Ну и сервис.|Не первый раз уже.|Вот так и живём.|Второй раз за месяц.|Без "
            "комментариев.|Занавес.|Ну супер.|Приехали.] {sigh} [{e_neg}|{e_meh}]",
            "Половина столиков в {b_pre} {spot} [сломана|занята школьниками без заказа], ели стоя",
            "Обещали [доставку за 30 минут|горячую еду], а {b} привёз [через час|холодный комок в "
            "бумаге][, вот так вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, "
            "второй раз за месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "В {b_pre} на кассе [одна девочка на всю толпу|терминал не работает, только наличка], "
            "очередь до дверей [{e_neg}|{e_meh}]",
            "Не понимаю хайпа вокруг {b_gen}. {dish} [как везде|ничего особенного], только дороже "
            "{e_meh}",
            "Сотрудник {b_gen} {spot} [протёр стол той же тряпкой, что и пол|чихнул прямо над "
            "подносами]. Приятного аппетита",
            "Отдал {n}00 рублей в {b_pre} и [ушёл голодным|наелся только колой] {e_neg}",
            "Деньги за испорченный заказ {b_gen} вернули через [две недели|десять дней], [и то "
            "после жалобы|после трёх звонков]",
            "После ремонта в {b_pre} {spot} [стало тесно|убрали детский уголок|пропали розетки]. "
            "Зачем? [{e_neg}|{e_meh}]",
            "Минус {b_dat} за трубочки, которые [размокают через минуту|ломаются пополам][, вот "
            "так вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "Ночная смена в {b_pre} — это [лотерея|рулетка]: [то холодное, то сырое|то всё есть, "
            "то ничего нет]",
            "{b} [опять|снова] поднял цены на [комбо|детские наборы], а [порция та же|игрушку "
            "убрали] [{e_neg}|{e_meh}]",
            "Дочка ждала игрушку из детского набора {b_gen}, а [их нет уже месяц|дали коробку "
            "пустую]",
            "В {b_pre} {spot} музыка орёт так, что [номер заказа не слышно|голова раскалывается]",
            "Кажется, в {b_pre} разучились [жарить фри|собирать бургеры]: [всё разваливается|соус "
            "размазан по всей коробке] [{e_neg}|{e_meh}]",
            "Заказ через приложение {b_gen} [вышел дороже, чем на кассе|приехал без половины "
            "позиций]. Отличная схема",
            "{sigh}. {b}, {dish}, двадцать пять минут ожидания, дома [разогревал|всё остыло]",
            "Снова {b}: оплатил картой, а чек [не пробили|пришёл на чужую почту] [{e_neg}|{e_meh}]",
            "Заказали домой из {b_gen} {dish}, а там [вместо говядины курица|нет сыра вообще]. "
            "Проверяйте заказ",
            "Доставка {b_gen} теперь стоит [299|349] даже на соседнюю улицу. Мило",
            "Три месяца копила баллы в {b_pre}, а они [сгорели|обнулились после обновления] "
            "{e_neg}",
            "В {b_pre} {spot} в одиннадцать вечера уже моют полы вокруг посетителей и гасят свет "
            "[{e_neg}|{e_meh}]",
        ),
        en=(
            "Waited [40 minutes|almost an hour] for my order at {b} {spot}, [and they still got it "
            "wrong|and it came out cold] {e_neg}",
            "{b} {spot}: [sticky tables again|no napkins again|bathroom still out of order]. Come "
            "on",
            "Got the {dish} from {b} and [it was barely warm|the bun was soggy|the patty was dry "
            "as cardboard] {e_neg}",
            "Delivery from {b}: [no sauce, no drink|driver got lost, took 90 minutes|bag torn open "
            "at the bottom][, great service|, again|, not the first time|, second time this "
            "month|, thanks a lot|, wonderful|, classic]",
            "{b} used to be decent, now [portions shrink and prices grow|the patties are paper "
            "thin] {e_neg}",
            "Food poisoning after {b} [last night|on Sunday]. Never again [{e_neg}|{e_meh}]",
            "The {b} app [crashes at checkout|won't take my card|keeps emptying my cart]. [Great "
            "service.|Not the first time.|Second time this month.|No comment.|Just "
            "wow.|Wonderful.|Incredible.] {sigh}",
            "Cashier at {b} {spot} [rolled her eyes|got snippy] when I asked for [no onions|a "
            "different sauce]",
            "Prices at {b} are restaurant level now, [quality|service] is still school cafeteria "
            "[{e_neg}|{e_meh}]",
            "Third time in a row {b} forgot the fries in my bag {sigh}",
            "Saw a cockroach run across the counter at {b} {spot}. Walked right out",
            "Paid for {promo} at {b} and the register [said the deal isn't valid here|charged full "
            "price] [{e_neg}|{e_meh}]",
            "The shake at {b} was [basically sugar water|melted before I sat down] {e_neg}",
            "Don't get the hype about {b}. The {dish} is [the same as anywhere|average at best], "
            "just pricier",
            "Drive-thru at {b}: 20 minutes at the window, [then they cancelled my order|nobody "
            "even came]",
            "{b} raised combo prices [again|for the second time this year], portions [stayed the "
            "same|got smaller] [{e_neg}|{e_meh}]",
            "Refund for a messed up {b} order took [two weeks|three calls and an email]",
            "Music at {b} {spot} is so loud [you can't hear your order number|I left with a "
            "headache]",
            "Ordered through the {b} app and [it cost more than at the counter|half the items were "
            "missing]. Great system [{e_neg}|{e_meh}]",
            "Late night at {b} is a lottery: [cold or raw|everything or nothing]",
            "My kid's meal at {b} [came without the toy|has had no toy for a month]. He cried "
            "{e_neg}",
            "Not sure what happened to {b} but the {dish} [tastes different|is just sad] now "
            "{e_neg}",
            "Staff at {b} {spot} [wiped the table with the floor rag|sneezed right over the "
            "trays]. Nope",
            "Spent {n}00 rubles at {b} and [I'm still hungry|the fries were stale] "
            "[{e_neg}|{e_meh}]",
            "{b} courier [left my order at the wrong flat|said he couldn't find my building][, "
            "great service|, again|, not the first time|, second time this month|, thanks a lot|, "
            "wonderful|, classic]",
            "{who} got sick after {b} [yesterday|this weekend], so that's us done with it",
            "Saved up points at {b} for three months and they [expired|vanished after the app "
            "update] {e_neg}",
        ),
        mixed=(
            "{b} опять fail: ждали [40|45] минут, food холодная {e_neg}",
            "Customer service у {b_gen} — это pain, одни [шаблоны|копипасты]",
            "Price up, quality down — {b} в своём стиле {e_neg}",
            "Ну такое, {dish} в {b_pre} today просто [meh|so-so]",
            "Приложение {b_gen} крашится на checkout, third time за [неделю|два дня]",
            "Delivery из {b_gen} приехала через час, всё cold и размокшее {e_neg}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, {b} {spot} [работает сегодня|открыт в праздники]?",
            "{h} подскажите, есть ли [глютен|молоко|свинина] в составе, если брать {dish}?",
            "{h} а {promo} действует в доставке или только в зале?[ Спасибо!| Заранее спасибо.|]",
            "{h} можно ли у вас [оплатить заказ баллами целиком|заказать торт на день "
            "рождения|попросить всё без соли]?",
            "{h} как [сменить номер телефона|удалить аккаунт] в приложении?",
            "{h} будет ли {b} в {city}? [Очень ждём|Очень не хватает]",
            "{h} добрый день! [Есть ли у вас|Планируете ли] [веганское меню|безлактозное "
            "мороженое]?",
            "{h} нужны ли вам сейчас [курьеры|повара] {spot}?",
            "{h} до скольки [работает|принимает заказы] доставка {spot}?",
            "{h} я оставил [кепку|зарядку|зонт] в зале {spot} {when}. Можно забрать?",
            "{h} куда писать по поводу [сотрудничества|аренды помещения]?",
            "{h} почему в приложении не видно {promo}? Может, я что-то не так делаю[ Спасибо!| "
            "Заранее спасибо.|]",
            "{h} привет! можно заказать {dish} [без соуса|с двойным сыром] через приложение?",
            "{h} сколько стоит детский праздник [на десять детей|с аниматором] у вас {spot}?",
            "{h} баллы [сгорают|обнуляются]? если да, то через сколько?",
            "{h} {dish} вернётся в меню? [Скучаю|Очень ждём]",
            "{h} [есть|имеется] парковка {spot}?",
            "{h} подскажите, у курьеров есть терминал или только оплата онлайн?[ Спасибо!| Заранее "
            "спасибо.|]",
            "{h} здравствуйте, как получить чек для бухгалтерии за заказ из приложения?[ Спасибо!| "
            "Заранее спасибо.|]",
            "{h} можно прийти с [собакой|корги] на веранду {spot}?",
            "{h} а подарочные сертификаты [у вас есть|бывают]? Хочу подарить [племяннику|коллеге]",
            "{h} в какое время лучше приходить {spot}, чтобы без очереди?[ Спасибо!| Заранее "
            "спасибо.|]",
        ),
        en=(
            "{h} hi, is {b} {spot} open [on public holidays|24/7]?",
            "{h} does the {dish} contain [gluten|dairy|pork]?",
            "{h} is {promo} valid for delivery or only in store?[ Thanks!| Thanks in advance.|]",
            "{h} how do I [change my phone number|delete my account] in the app?",
            "{h} any plans to open in {city}? [We're starving here|Please]",
            "{h} do you have [vegan|lactose-free] options?",
            "{h} I left my [cap|charger|umbrella] at your place {spot} {when}, can I pick it up?",
            "{h} do [loyalty|reward] points expire?",
            "{h} is there [parking|a car park] {spot}?",
            "{h} are you hiring [couriers|cooks] at the moment?",
            "{h} hey, can I get a receipt for an app order for work expenses?[ Thanks!| Thanks in "
            "advance.|]",
            "{h} can I bring my dog to the terrace {spot}?[ Thanks!| Thanks in advance.|]",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} заказ [№{n}{n}|из приложения] ждём уже [час|минут пятьдесят], [курьер стоит на "
            "месте|статус не меняется]",
            "{h} в вашем ресторане {spot} [нахамили|отказались заменить холодный бургер]. Это "
            "нормально?",
            "{h} привезли чужой заказ, [а мой, видимо, у кого-то другого|а в нём креветки, у меня "
            "аллергия] [{e_neg}|{e_meh}]",
            "{h} деньги за один заказ списали [дважды|два раза подряд], верните, пожалуйста",
            "{h} баллы за [три последних заказа|прошлую неделю] так и не пришли",
            "{h} промокод [из рассылки|с чека] не применяется, пишет [ошибку|«недействителен»] "
            "[{e_neg}|{e_meh}]",
            "{h} в доставке не было [напитка|соуса|фри], а в чеке всё есть",
            "{h} в заказе [сырая котлета|всё ледяное|пересолено всё], фото прикладываю, [что "
            "делать|куда отправить]?",
            "{h} курьер [нагрубил|кинул пакет у двери и ушёл|требовал наличку][, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный] {e_neg}",
            "{h} почему {spot} в [8 утра|10 вечера] закрыто, если на карте написано, что работает? "
            "[{e_neg}|{e_meh}]",
            "{h} приложение [не даёт оплатить|вылетает|не находит адрес] [второй день|с самого "
            "утра][, разберитесь, пожалуйста|, жду ответа|, помогите решить|, очень прошу "
            "ответить|, ответьте хоть что-то|, вопрос срочный]",
            "{h} заказ отменили без объяснений, деньги [не вернули|висят на карте][, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный]",
            "{h} на кассе {spot} {dish} пробили два раза, чек сохранил, [как вернуть|что делать]? "
            "[{e_neg}|{e_meh}]",
            "{h} в зале {spot} [грязь|нет салфеток|туалет закрыт] третий раз за неделю",
            "{h} ребёнку дали [не тот детский набор|набор без игрушки], а заплатили мы полную цену",
            "{h} почему доставка стоит [299|349], если в приложении было написано «бесплатно»? "
            "[{e_neg}|{e_meh}]",
            "{h} неделю жду ответа на почте насчёт возврата, [тишина|ни слова]",
            "{h} добрый вечер, в заказе [вместо колы спрайт|не хватает одного бургера], можно "
            "как-то решить?",
            "{h} заказ висит как доставленный, но [курьера не было|никто не звонил] {e_neg}",
            "{h} сотрудница {spot} отказалась принимать купон из вашего же приложения "
            "[{e_neg}|{e_meh}]",
            "{h} зачем убрали {dish} из меню? [Верните|Это было лучшее, что у вас было][, "
            "разберитесь, пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, "
            "ответьте хоть что-то|, вопрос срочный]",
            "{h} [всю ночь плохо|болит живот] после вашей доставки, брал {dish}, и это уже второй "
            "раз",
            "{h} курьер опоздал на [час|сорок минут], еда [остыла|развалилась], [компенсация "
            "будет|как так]? [{e_neg}|{e_meh}]",
            "{h} в окне выдачи {spot} [стоим минут двадцать пять|никто не подходит], [что "
            "происходит|алло]",
            "{h} здравствуйте, баллы [списали|сгорели], а скидку на кассе {spot} не дали",
            "{h} опять [треснувшая крышка|протекающий стакан], весь пакет в коле [{e_neg}|{e_meh}]",
            "{h} почему [{promo} не работает|акция не действует] в {city}? [Разберитесь, "
            "пожалуйста.|Жду ответа.|Уже не смешно.|Сколько можно?|Помогите решить.|Очень прошу "
            "ответить.|Ответьте хоть что-нибудь.|Вопрос срочный.]",
            "{h} просила без лука, а [лук в каждом бургере|всё с луком], у меня непереносимость",
            "{h} горячая линия [сбрасывает звонок|не отвечает], пишу сюда[, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный] [{e_neg}|{e_meh}]",
            "{h} [третий день|неделю] не могу зайти в ваше приложение: жму «получить код», а смс "
            "[так и нет|не приходит ни на какой номер]",
            "{h} в заказе из {b_gen} {spot} нашёл чек от чужого заказа вместо своего бургера {lol}",
            "{h} спасибо за холодную картошку и мятую коробку, очень приятно[, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный] {e_neg}",
        ),
        en=(
            "{h} my order has been [stuck on 'preparing'|sitting there] for [an hour|50 minutes], "
            "what's going on?",
            "{h} you charged me twice for one order [at 13:40|last night], [please refund|refund "
            "the second one please]",
            "{h} delivery came without [the drink|the sauce|the fries] but they're on the receipt "
            "[{e_neg}|{e_meh}]",
            "{h} the courier [was rude|left the bag at the gate|demanded cash][, please sort it "
            "out|, waiting for a reply|, this is getting old|, please help|, urgent|, answer "
            "please] {e_neg}",
            "{h} your app [won't let me pay|keeps crashing|can't find my address] since [this "
            "morning|yesterday][, please sort it out|, waiting for a reply|, this is getting old|, "
            "please help|, urgent|, answer please]",
            "{h} order cancelled with no explanation, money [still not back|still held on my card]",
            "{h} the promo code from your email [doesn't work|says invalid] [{e_neg}|{e_meh}]",
            "{h} your place {spot} is closed but the map says open. [What's up|Annoying]",
            "{h} asked for no onions, [got onions anyway|every burger had them], I'm intolerant",
            "{h} order says delivered but [nobody came|no knock, no call][, please sort it out|, "
            "waiting for a reply|, this is getting old|, please help|, urgent|, answer please] "
            "[{e_neg}|{e_meh}]",
            "{h} points from [my last three orders|last week] never showed up[, please sort it "
            "out|, waiting for a reply|, this is getting old|, please help|, urgent|, answer "
            "please]",
            "{h} drive-thru {spot}: [25 minutes|half an hour] waiting, nobody at the window",
            "{h} kid's meal came [without the toy|wrong], paid full price anyway [{e_neg}|{e_meh}]",
            "{h} been waiting [a week|eight days] for an email reply about my refund, [ticket "
            "number in DMs|nothing yet]",
            "{h} felt sick after the {dish} [last night|again], second time this month",
            "{h} your hotline [hangs up on me|never picks up], so I'm writing here "
            "[{e_neg}|{e_meh}]",
        ),
    ),
    comment=Texts(
        ru=(
            "А в {city} когда [такое будет|акция дойдёт]?",
            "Верните [старый соус|{dish} по старой цене]!",
            "{promo} — это надолго или только на [неделю|месяц]?",
            "[Беру|Взял уже], [огонь|вкусно] {e_pos}",
            "Опять акция только в приложении, а [кто без смартфона|бабушкам как]?",
            "А на доставку это [распространяется|тоже действует]?",
            "Фото в рекламе и в жизни [две большие разницы|не совпадают] {lol}",
            "Выглядит [вкусно|аппетитно], завтра [зайду|попробую]",
            "Сделайте уже [нормальный|человеческий] вегетарианский бургер",
            "Ждём открытия {spot}[!|, наконец-то]",
            "[Ого|Класс], а [соус|булка] какой?",
            "Ответьте [в личке|в директе], пожалуйста, третий день жду",
            "А можно такое же, но без [лука|кинзы]?",
            "Лучше бы [доставку ускорили|цены вернули]",
            "Меня тут уже отметили, идём в [пятницу|субботу] {e_pos}",
            "Сколько [калорий|граммов] в новинке?",
            "{e_pos}{e_pos}{e_pos}[ хочу|]",
            "Это на всех [точках|ресторанах] или только в {city}?",
            "Старая упаковка была [симпатичнее|посимпатичнее], имхо",
            "[Хочу|Надо] попробовать, выглядит [бомбически|как надо]",
            "[Когда вернётся|Вернёте] {promo}?",
            "А вы ответите на мою жалобу под [прошлым|позапрошлым] постом?",
        ),
        en=(
            "Is this [in|available in] {city} too?",
            "Bring back the old {dish} price[!|, please]",
            "Looks [delicious|great], trying it tomorrow {e_pos}",
            "Does this [work|count] for delivery [too|]?",
            "Ads vs reality [though|as usual] {lol}",
            "Please answer my DM, been [three|four] days",
            "[Vegan|Plant-based] version when?",
            "[App only|Only in the app] again? {e_meh}",
        ),
    ),
    reply=Texts(
        ru=(
            "[Согласен|Плюсую|+1], у нас {spot} [то же самое|так же]",
            "А мне [наоборот|как раз] нравится, {good}",
            "Возьми в следующий раз {dish}, [вкуснее будет|не пожалеешь]",
            "Так там всегда было, [не удивительно|ничего нового]",
            "{lol} [жиза|классика]",
            "Это в каком [городе|городе было]?",
            "Напиши им в поддержку, [мне деньги вернули|мне быстро ответили]",
            "Ну {b} всё-таки не ресторан, чего ты [ждал|ждала] {e_meh}",
            "Я туда не хожу [после одного случая|с прошлого года]",
            "А я как раз [собирался|собиралась] туда вечером, [хм|спасибо, что предупредили]",
            "В {b_pre} {spot} вроде [нормально|получше] с этим",
            "[Фото|Пруфы] будут?",
            "{promo} ещё действует, [вчера брал|проверено]",
            "[Не знаю|Хз], у нас всё нормально",
            "Надо днём ходить, вечером там [завал|другая смена]",
            "Зависит от точки, [честно|как повезёт]",
            "За такие деньги [норм|а что ты хотел] {e_meh}",
            "Вот-вот, я тоже [заметила|это заметила]",
            "Я только доставку беру, в зале [тесно|шумно]",
            "{who} там работает, говорит, [людей не хватает|кухню недавно поменяли]",
            "Не обобщай по [одному разу|одному случаю]",
            "В {b_pre} {spot} такой же [бургер|соус], кстати?",
            "Спасибо, [учту|теперь знаю]",
            "{sigh}, [да уж|ну да]",
            "Ставь лайк, если тоже скучаешь по [старому меню|старым соусам] {b_gen}",
            "Я думала, это только у нас [так|в городе так] {lol}",
            "Кстати, у {b_gen} сегодня [двойные баллы|бесплатная доставка от 500], если что",
            "Из-за таких историй я в {b_acc} и [перестал|бросил] ходить",
            "А по-моему, {b} [ещё норм|лучше конкурентов] на фоне цен",
        ),
        en=(
            "Same at our {spot} one[ tbh|]",
            "Honestly I [like|love] it, {good}",
            "Try the {dish} next time, way [better|tastier]",
            "Which city is this[ in|]?",
            "Message support, [they refunded me|they were quick]",
            "It's fast food, what did you [expect|think it'd be] {lol}",
            "Depends on the [location|branch] tbh",
            "Pics or it didn't happen[ {lol}|]",
            "[Noticed|Clocked] that too",
            "I only ever get delivery from {b}, the place is tiny[ imo|]",
            "Don't judge it by [one|a single] visit",
            "{lol} [so me|this is so me]",
            "Had the exact same thing at {b} last [month|spring]",
            "The {b} near [me|my work] is fine though",
        ),
        mixed=(
            "Same, у нас [тоже так|то же самое] {lol}",
            "Ну это [classic|такой classic] {b}",
            "Жиза, literally [вчера|на днях] так же было",
            "Support им напиши, [помогает|работает]",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! [Очень жаль|Нам жаль], что так вышло. Напишите, пожалуйста, номер "
            "заказа в личные сообщения — [разберёмся|всё проверим] и вернёмся с ответом.",
            "Добрый день! Спасибо, что написали. Передали информацию управляющему ресторана, с "
            "вами свяжутся в течение дня.[ Хорошего дня!|]",
            "Здравствуйте! Уточните, пожалуйста, адрес ресторана и время визита в личных "
            "сообщениях, чтобы мы могли всё проверить.[ Хорошего дня!|]",
            "Приносим извинения за неудобства. Возврат оформлен, деньги [вернутся на карту в "
            "течение 3–5 рабочих дней|поступят в течение нескольких дней].",
            "Здравствуйте! [Да, это возможно|Акция действует во всех ресторанах и в доставке|Эта "
            "опция есть в приложении в разделе «Профиль»].",
            "Спасибо за обратную связь! Передали её команде, [такого быть не должно|обязательно "
            "разберёмся].",
            "Добрый вечер! Начислили вам бонусные баллы в качестве извинения. Надеемся на "
            "понимание.[ Хорошего дня!|]",
            "Здравствуйте! Ресторан работает [с 8:00 до 23:00|круглосуточно], доставка — до 23:30.",
            "Привет! Проверили заказ: [баллы начислятся в течение 72 часов|списание было одно, "
            "второе — временная блокировка банка, она снимется сама].",
            "Здравствуйте! Состав есть на сайте в карточке каждого блюда, а если останутся вопросы "
            "— пишите, подскажем.[ Хорошего дня!|]",
            "Очень неприятная ситуация, простите нас. Напишите в директ номер телефона — менеджер "
            "перезвонит сегодня.[ Хорошего дня!|]",
            "Спасибо, что дали знать! Сейчас уточним у ресторана и ответим в течение часа.[ "
            "Хорошего дня!|]",
            "Здравствуйте! Забытые вещи хранятся в ресторане 30 дней, обратитесь к администратору "
            "смены.[ Хорошего дня!|]",
            "Добрый день! По вопросам сотрудничества пишите на почту, указанную на сайте в разделе "
            "«Контакты».[ Хорошего дня!|]",
            "Здравствуйте! Ваш отзыв уже у отдела качества. Спасибо, что помогаете нам стать "
            "лучше.[ Хорошего дня!|]",
            "Привет! Пока новинка есть не во всех городах, но мы расширяемся — следите за "
            "новостями 🙌[ Хорошего дня!|]",
            "Здравствуйте, нам жаль. Служба доставки получила вашу жалобу, с курьером проведут "
            "беседу.[ Хорошего дня!|]",
            "Добрый день! Обновите, пожалуйста, приложение до последней версии — там исправили эту "
            "ошибку. Если не поможет, напишите нам в личные сообщения.[ Хорошего дня!|]",
        ),
        en=(
            "Hi! Sorry about that. Please DM us your order number and we'll look into it.[ Have a "
            "nice day!|]",
            "Hello! Thanks for letting us know. We've passed this to the restaurant manager, who "
            "will contact you today.[ Have a nice day!|]",
            "We apologise for the trouble. A refund has been issued and should reach your card "
            "within 3–5 business days.[ Have a nice day!|]",
            "Hi! Could you DM us the location and time of your visit so we can check?[ Have a nice "
            "day!|]",
            "Thanks for the feedback! We've shared it with the team, this shouldn't happen.[ Have "
            "a nice day!|]",
            "Hi there! Please update the app to the latest version; if it still happens, send us a "
            "DM.[ Have a nice day!|]",
            "Hello! Lost items are kept at the restaurant for 30 days, just ask the shift "
            "manager.[ Have a nice day!|]",
            "Hi! Yes, that's possible: you'll find the option in the app under Profile.[ Have a "
            "nice day!|]",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, [деньги вернули|баллы пришли|всё решили]!",
            "[Оперативно|Очень оперативно], спасибо {e_pos}",
            "Ок, [написал|черкнул] в личку",
            "Спасибо за ответ, [жду|буду ждать]",
            "Вот это сервис, не [ожидала|ожидал]",
            "Спасибо, менеджер [уже позвонил|перезвонил], всё уладили",
            "Ну хоть так, [спасибо|и на том спасибо]",
            "Благодарю, вопрос [снят|закрыт]",
            "Супер, компенсацию [получил|зачислили] {e_pos}",
        ),
        en=(
            "Thanks, [refund came through|all sorted]!",
            "Quick reply, [appreciated|appreciate it] {e_pos}",
            "Ok, DMed you [the order number|]",
            "Thanks, the manager [called me back|rang me]",
            "Cool, [issue solved|that fixed it]",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Написал в личку [ещё вчера|час назад], тишина",
            "Обновил приложение, [ничего не изменилось|всё так же вылетает]",
            "Деньги так и не пришли, [прошла неделя|уже десять дней]",
            "Это шаблонный ответ, вопрос [не решён|так и висит]",
            "Менеджер так и не [позвонил|перезвонил]",
            "Вы [третий|четвёртый] раз обещаете разобраться {e_neg}",
            "А толку? Баллов как не было, так и [нет|не появилось]",
            "Номер заказа [отправила|скинула], ответа ноль",
        ),
        en=(
            "DMed you [yesterday|last night], still nothing",
            "Updated the app, same [crash|crash at checkout]",
            "Refund still not here after a [week|week and a half]",
            "That's a copy-paste reply, nothing [fixed|solved]",
            "Nobody [called back|ever called] {e_neg}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Хожу сюда [часто|почти каждую неделю]: {good}. [Персонал приветливый|Обслуживают "
            "быстро], ставлю пять.",
            "Отличное место для быстрого перекуса. Брали {dish} и фри, [всё свежее|всё горячее]. "
            "Цены адекватные. {e_pos}",
            "Были с детьми в выходной. [Есть детский уголок|Детям дали раскраски], {good}. "
            "Вернёмся!",
            "Лучшее, что тут есть, — {dish}, честно. [Соус — отдельная любовь|Котлета правда "
            "сочная]. Единственный минус: {meh}. {e_pos}",
            "Заказываем отсюда [в офис|домой] [регулярно|раз в неделю], привозят быстро, ни разу "
            "ничего не перепутали.",
            "Чисто, быстро, вкусно. Что ещё [нужно|надо] от фастфуда? {e_pos}",
            "Приятно удивили: {good}. Взял {promo}, наелся [до вечера|на полдня]. {e_pos}",
            "Неплохо: {meh}, но в целом {good}. [Четвёрка|Твёрдая четвёрка].",
            "Персонал молодцы: [в час пик работают без суеты|девушка на кассе помогла разобраться "
            "с приложением]. Бургеры вкусные, как всегда. {e_pos}",
            "Зашли {when}, ждали минут пять. Бургер горячий, булка мягкая, фри хрустит. "
            "Рекомендую.[ {e_pos}|]",
            "По сравнению с другими сетями здесь [вкуснее соусы|крупнее котлеты|честнее порции]. "
            "Пять. {e_pos}",
            "Отмечали тут маленький праздник, [помогли сдвинуть столы|принесли свечку в десерт]. "
            "Спасибо ребятам!",
            "Всё хорошо, {dish} как обычно. [Удобно, что можно заказать с телефона|Зал просторный, "
            "места хватает]. {e_pos}",
            "Ночью единственное открытое место в округе, и кормят нормально. Спасибо ночной смене "
            "{e_pos}",
            "Вегетарианский бургер вполне, [не хуже мясного|сытный]. Рада, что он появился.",
            "Выручает по пути на работу: завтрак за пару минут, кофе [нормальный|неожиданно "
            "хороший]. {e_pos}",
            "Нравится, что на кассе всегда спрашивают про соус и не пихают допродажи: {good}.[ "
            "{e_pos}|]",
        ),
        en=(
            "My go-to for a quick bite: {good}. Friendly staff, five stars.[ {e_pos}|]",
            "Clean, fast, tasty. That's all you want from fast food {e_pos}",
            "Best {dish} in the [area|neighbourhood]. Only downside: {meh}. {e_pos}",
            "We order delivery from here every week, always on time, never a mix-up.[ {e_pos}|]",
            "Came with the [kids|whole family], {good}. Will be back! {e_pos}",
            "Decent: {meh}, but overall {good}. [Four stars|4/5].",
            "Only place open at night around here and the food is fine. Thanks, night shift "
            "{e_pos}",
            "Breakfast on the way to work, ready in two minutes, coffee surprisingly decent. "
            "{e_pos}",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Ждали заказ [35|40|45] минут при полупустом зале. Бургер [холодный|развалился], фри "
            "вялая. Не рекомендую.",
            "Грязные столы, переполненные урны, [на полу лужа колы|салфеток нет]. Ушли, не доев.",
            "Персонал грубит. Попросила заменить соус — [закатили глаза|сказали «не положено»]. "
            "Больше не придём.",
            "Отравление после заказа, брали {dish}. [Температура под 39|Всю ночь рвало], вызывали "
            "врача. Единица, и то много.",
            "Оплатил через приложение, пришёл — [заказа нет|говорят, не поступал]. Деньги вернули "
            "через неделю.",
            "Цены растут каждый месяц, а порции [уменьшаются|всё меньше]. {dish} скоро будет "
            "размером с [пельмень|печенье].",
            "Доставка [опоздала на час|приехала через полтора часа], всё остыло, курьер даже не "
            "извинился.",
            "Туалет [один на весь зал|с поломанным замком], [мыла нет|воды нет]. Для сетевого "
            "ресторана это стыдно.",
            "Пережаренная котлета, пересоленная картошка, [тёплая кола|кола без газа]. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.] {sigh}",
            "Праздновали день рождения ребёнка: [забыли про заказанный торт|аниматор не пришёл], "
            "администратор развёл руками.",
            "Кассир [жевала жвачку и болтала по телефону|даже не поздоровалась], заказ перепутали "
            "дважды. [Не советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Были {when}. Громкая музыка, [шатаются стулья|липкие столы], еда средняя. Два из "
            "пяти.",
            "Бонусная программа — развод: баллы [сгорают через месяц|списываются, а скидки нет]. "
            "[Не советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Нашли [волос|кусок бумаги] в бургере, на кассе [предложили заменить без "
            "извинений|сказали «бывает»]. [Не советую.|Жаль потраченных денег.|Осадок "
            "остался.|Делайте выводы.|Минус звезда.|Обидно.]",
            "Раньше любила это место, но [сменили рецепт соуса|булки теперь как из магазина], и "
            "всё уже не то.",
            "Окно выдачи для машин: [полчаса в очереди из трёх машин|забыли половину заказа]. "
            "Проверяйте пакеты!",
            "Заказала без лука из-за аллергии — [лук был|пришлось выковыривать]. Будьте "
            "внимательнее.",
            "Вечером половины меню нет, [фри закончилась|шейков нет], а на сайте всё доступно.",
            "Детский набор без игрушки, хотя в рекламе [игрушка|сюрприз]. Ребёнок расстроился. "
            "Двойка.",
            "Охранник у входа [смотрит на всех как на воров|грубо разговаривает с подростками]. "
            "Атмосфера так себе.",
            "Обсчитали на кассе: {dish} пробили два раза. Заметила только дома. [Не советую.|Жаль "
            "потраченных денег.|Осадок остался.|Делайте выводы.|Минус звезда.|Обидно.]",
            "Курьер [велел спуститься к подъезду|не поднялся на этаж], хотя этаж и квартира "
            "указаны.",
            "Холодно, [кондиционер дует прямо на столы|дверь не закрывается], сидели в куртках. "
            "[Не советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "В зале [таракан на стене|муха в витрине с пирожками]. Сказала администратору — ноль "
            "реакции.",
            "Котлета розовая внутри. Вернули, [переделывали двадцать минут|деньги не вернули]. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Цена завышена, вкус [как у полуфабрикатов из морозилки|никакой]. Не понимаю, за что "
            "платить.",
            "Оставила жалобу на сайте — [ответа нет две недели|пришла отписка]. Сервис на нуле.",
            "Кофе холодный, [пирожок чёрствый|сырник резиновый], утро испорчено. [Не советую.|Жаль "
            "потраченных денег.|Осадок остался.|Делайте выводы.|Минус звезда.|Обидно.]",
            "Фото в меню и реальность — [небо и земля|ничего общего]. Взяли {dish}, а принесли "
            "[что-то плоское|грустное недоразумение].",
            "Работают до 23, но в 22:30 [уже не принимают заказы|моют полы у посетителей под "
            "ногами].",
            "Стол не протёрт, на подносе крошки от предыдущего гостя, {meh}. Не вернусь. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
        ),
        en=(
            "Waited [40|45] minutes with the place half empty. Burger cold, fries limp. Not "
            "recommended.",
            "Dirty tables, overflowing bins, [cola on the floor|no napkins]. Left without "
            "finishing.",
            "Rude staff. Asked to swap the sauce and [got an eye roll|was told 'not allowed'].",
            "Food poisoning after the {dish}. Up all night. One star is generous. [Not "
            "recommended.|Waste of money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Paid in the app, showed up, [no order|they said it never came through]. Refund took a "
            "week.",
            "Prices up every month, portions shrinking. The {dish} is tiny now. [Not "
            "recommended.|Waste of money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Delivery an hour late, everything cold, not a word of apology from the courier.",
            "One toilet for the whole place and [the lock is broken|no soap]. Embarrassing for a "
            "chain.",
            "Overcooked patty, oversalted fries, flat [cola|lemonade]. [Not recommended.|Waste of "
            "money.|Disappointing.|Draw your own conclusions.|Minus a star.] {sigh}",
            "Kid's birthday here: [they forgot the cake we ordered|the entertainer never showed]. "
            "Manager just shrugged.",
            "Charged twice for the {dish} at the register. Only noticed at home. [Not "
            "recommended.|Waste of money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Asked for no onions because of an allergy, [onions everywhere|had to pick them out].",
            "The loyalty program is a joke, points [expire in a month|vanish without any "
            "discount].",
            "Menu photos vs reality: [night and day|nothing alike]. [Not recommended.|Waste of "
            "money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Half the menu unavailable in the evening even though the site shows everything.",
            "Ordered at the kiosk, waited [25|30] minutes, got someone else's bag. Staff shrugged. "
            "[Two stars|One star].",
            "Fries [soggy|stone cold], burger [squashed flat|falling apart], drink [half "
            "ice|flat]. Not worth the money.",
            "App showed 'ready' but the order wasn't there for another [15|20] minutes. Chaos at "
            "the counter.",
            "Birthday party package was [half of what they promised|missing the cake and "
            "balloons]. Kids were upset.",
            "Card was charged but the order [never went through|disappeared from the app]. Refund "
            "took [ten days|two weeks].",
            "Found [a hair|a bit of plastic wrap] in my wrap. Manager offered a coupon, no "
            "apology.",
            "Bathroom [out of order|without soap] for the third visit in a row. Says a lot.",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Благодарим за отзыв и приносим извинения за [неприятные "
            "впечатления|доставленные неудобства]. Информация передана управляющему ресторана. "
            "Будем рады видеть вас снова.",
            "Добрый день. Нам очень жаль, что визит вас расстроил. Пожалуйста, напишите на почту "
            "поддержки номер заказа — мы во всём разберёмся.[ С уважением, команда заботы о "
            "клиентах.|]",
            "Спасибо, что поделились. Ситуацию разобрали с командой ресторана, [провели "
            "дополнительное обучение персонала|усилили контроль качества].",
            "Здравствуйте! Приносим извинения. Мы начислили бонусные баллы на ваш аккаунт в "
            "приложении и надеемся, что следующий визит будет лучше.[ С уважением, команда заботы "
            "о клиентах.|]",
            "Добрый день! Ваш отзыв очень важен для нас. Мы уже связались с рестораном и выясняем "
            "детали.[ С уважением, команда заботы о клиентах.|]",
            "Нам жаль, что так получилось. Свяжитесь с нами через форму на сайте, чтобы мы могли "
            "компенсировать заказ.[ С уважением, команда заботы о клиентах.|]",
        ),
        en=(
            "Hello, thank you for your feedback and sorry for the experience. We've passed this on "
            "to the restaurant manager and hope to see you again.[ Kind regards, customer care.|]",
            "We're sorry your visit disappointed you. Please email our support with your order "
            "number and we'll sort it out.[ Kind regards, customer care.|]",
            "Thanks for sharing. We've gone over this with the restaurant team and tightened "
            "quality checks.[ Kind regards, customer care.|]",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за тёплый отзыв! Передадим команде ресторана, им будет очень приятно 😊[ С "
            "уважением, команда заботы о клиентах.|]",
            "Благодарим за [высокую оценку|пятёрку]! Ждём вас снова [за новинками|в гости].",
            "Ура, рады, что понравилось! Приходите ещё, скоро [будут новинки|сезонное меню].",
            "Спасибо за добрые слова о нашей [команде|смене]! Передадим ребятам на кухне.",
        ),
        en=(
            "Thanks for the kind review! We'll pass it on to the team 😊[ Kind regards, customer "
            "care.|]",
            "Thank you for the five stars, see you again soon![ Kind regards, customer care.|]",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. Мы проверили записи камер за указанное время: заказ был выдан через 7 "
            "минут после оплаты. Если у вас сохранился чек, пришлите его, пожалуйста, — разберёмся "
            "подробнее.[ С уважением, отдел качества.|]",
            "Добрый день. По данным кассы, в указанную дату заказа с таким составом не было. "
            "Уточните, пожалуйста, время визита и адрес ресторана.[ С уважением, отдел качества.|]",
            "Здравствуйте. Температура прожарки у нас контролируется автоматически, и каждая "
            "партия проходит проверку. Будем благодарны за фото и номер заказа.[ С уважением, "
            "отдел качества.|]",
        ),
        en=(
            "Hello. We checked the camera footage for that time: the order was handed over 7 "
            "minutes after payment. If you still have the receipt, please send it and we'll look "
            "further.[ Regards, quality team.|]",
        ),
    ),
    official_post=Texts(
        ru=(
            "Новинка недели в {b_pre}: бургер с [копчёной грудинкой|грушей и голубым сыром|двойным "
            "халапеньо]. Только до воскресенья! 🍔",
            "{promo} — во всех ресторанах и в приложении. Успейте до конца месяца 🔥[ Подробности "
            "— по ссылке в профиле.|]",
            "Мы открылись {spot} в {city}! Первые три дня — [шейк в подарок к каждому "
            "заказу|скидка 20% на всё меню].",
            "Друзья, [сегодня|в эту субботу] с 12:00 до 15:00 в наших ресторанах дегустация нового "
            "соуса. Приходите пробовать!",
            "Обновили приложение: теперь можно [заказать к столику|выбрать время "
            "самовывоза|оплатить баллами до 100% заказа].",
            "Спасибо всем, кто голосовал за бургер сезона! Победитель вернётся в меню с "
            "понедельника 🙌[ Подробности — по ссылке в профиле.|]",
            "Команда {b_gen} ищет поваров и кассиров {spot}. Гибкий график, питание, обучение с "
            "нуля.[ Подробности — по ссылке в профиле.|]",
            "Напоминаем: {dish} по-прежнему за [149|199] по будням до 11:00 ☀️",
            "Ресторан {spot} временно работает только навынос — обновляем зал. Скоро будет ещё "
            "уютнее![ Подробности — по ссылке в профиле.|]",
            "Конкурс! Расскажите в комментариях, с кем бы вы разделили {dish}, — трое получат "
            "сертификаты.[ Подробности — по ссылке в профиле.|]",
            "Сегодня День курьера. Спасибо ребятам, которые везут вам горячее в любую погоду 🚴[ "
            "Подробности — по ссылке в профиле.|]",
            "С первого числа в меню {b_gen} появятся детские порции без добавленного сахара. "
            "Рассказываем, что внутри.[ Подробности — по ссылке в профиле.|]",
            "Во всех ресторанах {city} перешли на бумажные трубочки и упаковку из переработанного "
            "картона ♻️[ Подробности — по ссылке в профиле.|]",
            "Теперь {spot} мы работаем до 3 ночи по пятницам и субботам 🌙[ Подробности — по "
            "ссылке в профиле.|]",
            "Встречайте осеннее меню: тыквенный шейк, бургер с грибами и пирожок с яблоком 🍂[ "
            "Подробности — по ссылке в профиле.|]",
            "{b} в {city} отмечает день рождения: весь день каждый десятый заказ — бесплатно 🎉[ "
            "Подробности — по ссылке в профиле.|]",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Провёл день на кухне нашего ресторана {spot} в {city}. Лучший способ понять, как "
            "устроена смена, — отстоять её самому.",
            "Дочитал [«Путь Toyota»|книгу про бережливое производство], много мыслей про скорость "
            "выдачи. Конспект в комментариях.",
            "Сегодня открыли [сотый|девяносто пятый] ресторан. Когда начинали, у нас была одна "
            "точка на [фудкорте|рынке] и трое в команде.",
            "Утренняя пробежка десять километров, потом планёрка. [Лучший старт недели|Понедельник "
            "как надо].",
            "Выступал на [форуме ритейла|конференции по франчайзингу] в {city}. Главный вопрос из "
            "зала: где брать людей. Мой ответ простой — растить своих.",
            "Закупщики нашли нового поставщика говядины в [Брянской|Воронежской] области. Съездил "
            "на ферму лично, фото ниже.",
            "Спасибо всем, кто пишет нам отзывы. Каждую неделю читаю выборку, и плохие тоже.",
            "Запустили программу обучения для управляющих. [Первые двадцать человек|Первый поток] "
            "уже на стажировке.",
            "Субботний формат: отвечаю на вопросы начинающих предпринимателей. Пишите в "
            "комментариях.",
            "Вернулся из поездки по регионам: [Пермь, Уфа, Казань|Тюмень, Омск, Томск]. Везде одна "
            "и та же боль — аренда.",
            "Дочь спросила, почему я каждый день ем бургеры. Честно ответил: это работа 😄",
            "Сегодня пробовали пять вариантов булочки для нового бургера. Выбрали "
            "[вторую|четвёртую], подробности скоро.",
            "На выходных с командой помогали приюту для животных. Рекомендую такой тимбилдинг "
            "всем.",
            "Поздравляю нашего управляющего из {city} с пятью годами в компании! Начинал кассиром.",
            "Думаю, как ускорить доставку и при этом не устраивать гонки для курьеров. Идеи "
            "приветствуются.",
            "Хорошая встреча с франчайзи. В планах на следующий год несколько новых городов, "
            "расскажу позже.",
            "Неделя без сахара, день третий. Шейки обхожу стороной 😅",
            "Слушал в дороге подкаст про семейный бизнес, очень советую. Ссылка в комментариях.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Сделал слепой тест бургеров из пяти сетей, {b} [занял первое место|в тройке лидеров]. "
            "Видео уже на канале 🔥",
            "Обзор нового меню {b_gen}: {dish} — [твёрдая восьмёрка|однозначно беру ещё]. Полный "
            "разбор по ссылке",
            "Снимали влог в {city}, заехали в {b_acc} {spot}. [Команда там огонь|Вкусно и быстро], "
            "советую",
            "Мой топ фастфуда этого года: {b} на [втором|первом] месте за соусы и цену",
            "Ребята из {b_gen} прислали новинки на пробу. Честно: {good}. Не реклама, просто "
            "понравилось[. Ссылка в профиле|]",
            "Поехали с подписчиками есть {dish} в {b_acc}: нас было сорок человек, а кухня "
            "справилась за пятнадцать минут 💪[ Ссылка в профиле.|]",
            "Считаю, что {b} недооценён: [цены ниже|соусы лучше], чем у больших сетей. Спорьте в "
            "комментах",
            "Завтрак за 200 рублей в {b_pre} разобрали по КБЖУ — [вышло неплохо|даже фитнес-тренер "
            "одобрил]",
        ),
        en=(
            "Blind-tested burgers from five chains and {b} [came out on top|made the top three]. "
            "Video is up 🔥",
            "Reviewed the new {b} menu: the {dish} is [a solid 8/10|a must try]. Full breakdown at "
            "the link",
            "Vlogging in {city}, stopped at {b} {spot}. [Great crew|Fast and tasty], recommend",
            "My fast food ranking of the year has {b} at [#1|#2] for sauces and price",
            "{b} is underrated: [cheaper|better sauces] than the big names. Fight me in the "
            "comments",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Заказал доставку из {b_gen} прямо на стриме, [ждали час двадцать|привезли холодное]. "
            "Чат всё видел {e_neg}",
            "Честный обзор {b_gen}: {dish} — [порция меньше|вкус уже не тот], цена выросла. "
            "Разочарован",
            "Подписчики шлют фото из {b_gen} {spot}: [грязные столы|пустые витрины]. Руководство, "
            "вы это видите?",
            "Мой рейтинг фастфуда: {b} [скатился|упал] на последнее место. Подробно объясняю в "
            "видео",
            "Попробовал хвалёный бургер недели в {b_pre}. Итог: [сухо и пресно|соус перебивает "
            "всё]. Не стоит своих денег",
        ),
        en=(
            "Ordered {b} delivery live on stream, [80 minutes wait|arrived cold]. Chat saw "
            "everything {e_neg}",
            "Honest {b} review: the {dish} [got smaller|isn't what it used to be], price went up. "
            "Disappointed",
            "Followers keep sending me photos from {b} {spot}: [dirty tables|empty shelves]. "
            "Management, you seeing this?",
        ),
    ),
    decoy=Texts(
        ru=(
            "Рецепт [на выходные|для гриля]: сочный бургер дома за двадцать минут, главное не "
            "пересушить котлету {e_pos}",
            "Как приготовить сочный бургер: [фарш пожирнее|соль только перед жаркой], булку "
            "подсушить на сковороде",
            "{who} на даче [жарит|готовит] сочный бургер на углях, [ресторанам и не снилось|я в "
            "восторге] {e_pos}",
            "В нашей кофейне теперь есть сочный бургер с [говядиной|индейкой], заходите!",
            "Урок технологии у сына: класс сам собрал сочный бургер, [учительница в шоке|все "
            "довольны] {lol}",
            "Секрет, чтобы получился сочный бургер: [кусочек сливочного масла внутрь котлеты|не "
            "давить лопаткой на гриле]. Проверено",
            "Фудфотограф на связи: снять сочный бургер так, чтобы сок капал, — [отдельное "
            "искусство|час работы и пять булок]",
            "Стейкхаус у нас на районе делает сочный бургер из мраморной говядины, [дорого, но оно "
            "того стоит|попробуйте]",
            "Видео: как на фестивале уличной еды в {city} готовят сочный бургер на открытом огне",
            "Готовлю на ужин сочный бургер с индейкой и [авокадо|печёным перцем], правильное "
            "питание тоже может быть вкусным",
            "Ищу, где в {city} подают сочный бургер [без сетевой суеты|на домашней булке]. "
            "Советуйте {e_meh}",
            "До сих пор вспоминаю сочный бургер из [крошечной закусочной в Батуми|придорожного "
            "кафе где-то под Калугой], ничего вкуснее с тех пор не ела",
            "{who} уверяет, что умеет готовить сочный бургер. Кухня [в муке|в дыму], ждём "
            "результат {lol}",
            "Чек-лист для вечеринки у гриля: угли, маринад, сочный бургер, салат, хорошая компания",
            "Мастер-класс от шефа: сочный бургер [и три соуса к нему|с карамелизированным луком]. "
            "Запись бесплатная",
            "В пекарне у дома стали продавать сочный бургер на бриоши, [интересно|надо "
            "попробовать]",
            "Что на ужин? Сочный бургер [из индейки|из нута] и запечённая картошка",
            "Курсовая по маркетингу, пример слогана: «сочный бургер — счастье в ладонях» {lol}",
            "Фермерский рынок по субботам: кто-то продаёт мёд, а кто-то жарит сочный бургер прямо "
            "у входа",
            "Пост для тех, кто на диете: да, сочный бургер можно, если [раз в неделю|без сладкой "
            "газировки]",
            "Проверили пять рецептов из интернета, сочный бургер получился только по "
            "[третьему|последнему] {e_pos}",
        ),
        en=(
            "Weekend recipe: a juicy burger, or as my Russian grandma says, a sochny burger "
            "{e_pos}",
            "Learned a new Russian phrase today: 'sochny burger' just means a juicy burger {lol}",
            "My Russian coworker calls every decent burger a sochny burger",
            "The food truck menu literally said 'sochny burger' in transliteration, loved it",
            "Russian lesson #12: sochny = juicy. So a sochny burger is the dream {e_pos}",
            "Made what my wife's family calls a sochny burger on the grill, the in-laws approved",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Пыталась сделать сочный бургер, получилась [подошва|угольная котлета]. {sigh}",
            "В кафе на набережной в меню «сочный бургер» за 800 рублей, а принесли [сухарь|котлету "
            "толщиной с монету]",
            "Обещали сочный бургер, по факту [сухой и пресный|одна булка]. В этот стритфуд больше "
            "ни ногой",
            "Реклама: сочный бургер. Реальность: грустная котлета в мокрой булке {lol}",
            "Полдня мариновал фарш, чтобы вышел сочный бургер, а [мангал развалился|пошёл ливень] "
            "{e_neg}",
            "Сочный бургер за 900 рублей в аэропорту — [ну-ну|грабёж средь бела дня]",
        ),
        en=(
            "Tried to make a sochny burger like my Russian friend showed me. Burnt it {sigh}",
            "The cafe menu promised a 'sochny burger'. It was dry as sand",
        ),
    ),
)

# ---------------------------------------------------------------------------------------- «Полюшко»
_POLYUSHKO_VOCAB = Vocab(
    ru={
        "dish_home": (
            "гречку с [белыми|лесными] грибами и сметаной",
            "гречку по-купечески с [фаршем|курицей|свининой и морковкой]",
            "гречневую кашу на [топлёном|козьем] молоке",
            "гречаники с [подливкой|грибным соусом|томатной заливкой]",
            "гречку с жареной [печёнкой|куриной печенью|печёнкой и луком]",
            "гречку с тушёнкой [по-походному|как в армии|прямо из котелка]",
            "гречневые оладьи [к завтраку|с мёдом|на кефире]",
            "гречку с яйцом и [зелёным луком|укропом]", "гречку в горшочке с [говядиной|бараниной]",
            "гречневый суп с [фрикадельками|копчёностями|белыми грибами]",
            "кашу с тыквой и [маслом|изюмом]", "тёплый салат из гречки с [фетой|печёной свёклой]",
        ),
        "good": (
            "крупинка к [крупинке|крупиночке|крупинке, как в столовой у бабушки]",
            "варится минут [двадцать|пятнадцать] и не разваливается",
            "ни одного камешка, перебирать [не нужно|не приходится]",
            "пахнет, как у бабушки в [деревне|печке]", "зёрна целые, без [чёрных|сора|пыли на дне]",
            "каша выходит рассыпчатая даже у [меня|мужа]",
            "ядрица [крупная и ровная|ровная, как на подбор|одна к одной, крупная]",
            "вкус орехом отдаёт, [прямо чувствуется|очень приятно|как жареный фундук]",
        ),
        "meh": (
            "пачка подорожала рублей на [тридцать|двадцать]",
            "в пачке теперь 800 граммов, а не [кило|килограмм]",
            "изредка попадаются чёрные [зёрнышки|крупинки|ядрышки с шелухой]",
            "упаковка [рвётся по шву|расходится по шву|трескается на сгибе]",
            "пакетики для варки [иногда лопаются|бывает, что рвутся|расклеиваются по шву]",
            "в магазинах у нас её днём с огнём [не найдёшь|не сыщешь]",
        ),
        "grain": (
            "ядрица", "продел", "зелёная гречка [сырая|непрожаренная|для проращивания]",
            "гречка в пакетиках [для варки|по 80 г|по пять штук в коробке]",
            "гречневые [хлопья|хлопья для каши|хлопья быстрой варки]",
            "гречневая мука [тонкого помола|цельная|для блинов]",
            "ядрица в [крафтовой пачке|бумажной пачке|пачке с полем на картинке]",
        ),
        "shop": (
            "в [«Пятёрочке»|«Пятёрке»|«Пятёрочке» у остановки]",
            "в «Магните» [у дома|через дорогу|]", "на [Озоне|OZON|озоне с доставкой в пункт]",
            "на [Вайлдберриз|ВБ|вайлдах]", "в «Ленте» [на выезде|у объездной|]",
            "во ВкусВилле [за углом|у работы|]", "в [сельпо|сельпо у трассы|сельпо за клубом]",
            "в [магазинчике|ларьке|продуктовом] у дома",
            "на [рынке|колхозном рынке|субботнем рынке]", "в «Перекрёстке» [у метро|в подвале ТЦ|]",
            "в Ашане [на окраине|у кольцевой|]", "в фермерской [лавке|лавочке|лавке на углу]",
        ),
        "found_item": (
            "живого рыжего жучка в только что открытой пачке ядрицы",
            "горсть мелких серых камешков на дне пачки",
            "острый осколок бутылочного стекла в пакете с крупой",
            "белых личинок моли в ещё запаянной упаковке",
        ),
        "found_short": (
            "жучок", "камешки", "стекло", "личинки",
        ),
        "ignored_issue": (
            "заказ с сайта оплачен девять дней назад, а статус до сих пор «собирается»",
            "на горячую линию невозможно дозвониться: после третьего гудка звонок сбрасывается",
            "промокод с обратной стороны пачки не активируется на сайте вторую неделю",
        ),
        "gaffe_topic": (
            "тех, кто берёт гречку только по жёлтым ценникам",
            "людей, которые не могут сварить кашу без пакетиков для варки",
            "тех, кто пишет длинные отзывы про шелуху в крупе",
        ),
        "fake_claim": (
            "гречку завозят из-за границы с пестицидами и просто пересыпают в свои пачки",
            "всю весеннюю партию отзывают из-за плесени, а магазины её продолжают продавать",
            "для веса в каждую пачку подсыпают мелкий речной гравий",
        ),
    },
    en={
        "dish_home": (
            "buckwheat with [mushrooms|forest mushrooms] and sour cream",
            "merchant-style buckwheat with [mince|chicken|pork and carrots]",
            "buckwheat porridge with [baked|goat] milk",
            "buckwheat [pancakes|fritters|blini] with honey",
            "buckwheat with fried [liver|chicken livers|onions and liver]",
            "buckwheat and stewed beef, [camping|army] style",
            "buckwheat with egg and [spring onion|dill]",
            "a warm buckwheat salad with [feta|roast beetroot]",
        ),
        "good": (
            "every grain stays [separate|separate, no clumps|loose and fluffy]",
            "it cooks in [twenty|fifteen] minutes and doesn't go mushy",
            "not a single pebble, no sorting [needed|required]",
            "it smells like my [granny's|grandma's] kitchen",
            "the grains are whole and [even|clean]", "it has that [nutty|roasted] taste",
        ),
        "meh": (
            "the pack went up by about [30|20] rubles",
            "the pack is 800 g now instead of a [kilo|kilogram]",
            "there's the odd black [grain|speck]", "the bag [tears|splits] along the seam",
            "it's hard to find in shops around [here|my area]",
        ),
        "grain": (
            "groats", "[green|raw green|unroasted green] buckwheat",
            "boil-in-bag [buckwheat|groats|kasha packets]",
            "buckwheat [flakes|porridge flakes|quick flakes]",
            "buckwheat [flour|wholegrain flour|pancake flour]",
            "kasha [mix|starter pack|sampler box]",
        ),
        "shop": (
            "at [Pyaterochka|the Pyaterochka|the Pyaterochka by my stop]",
            "at Magnit [near me|across the road|]", "on [Ozon|OZON|Ozon with next-day pickup]",
            "on [Wildberries|WB|WB with free pickup]", "at Lenta [out of town|by the bypass|]",
            "at the corner [shop|store|kiosk thing]",
            "at the farmers' [market|stall|Saturday market]",
            "at Auchan [on the outskirts|by the ring road|]",
        ),
        "found_item": (
            "a live reddish beetle in a freshly opened pack of groats",
            "a handful of grey pebbles at the bottom of the pack",
            "a sharp shard of bottle glass in the bag of groats",
            "white moth larvae in a still-sealed pack",
        ),
        "found_short": (
            "beetle", "pebbles", "shard", "larvae",
        ),
        "ignored_issue": (
            "my order from your website was paid nine days ago and still says 'being packed'",
            "your hotline is impossible to reach, it hangs up after the third ring",
            "the promo code on the back of the pack has not worked on your site for two weeks",
        ),
        "gaffe_topic": (
            "people who only buy buckwheat with a yellow discount tag",
            "people who can't cook porridge without boil-in-bags",
            "people who write long reviews about husks in the grain",
        ),
        "fake_claim": (
            "the buckwheat is imported with pesticides and simply poured into their own packs",
            "the whole spring batch is being recalled for mould but shops keep selling it",
            "they add fine river gravel to every pack to make it heavier",
        ),
    },
)

POLYUSHKO = BrandTexts(
    vocab=_POLYUSHKO_VOCAB,
    positive=Texts(
        ru=(
            "Сварила {dish_home} из {b}, [{good}|муж попросил добавки] {e_pos}",
            "Гречка {b} — [единственная|первая], которую [мама одобрила|свекровь похвалила]. Это о "
            "многом говорит {lol}",
            "Перешли на {b} [полгода назад|с осени], {good}, обратно не хочу",
            "Кто ищет [нормальную|честную] гречку — берите {b}: {good} {e_pos}",
            "[Нашла|Урвала] {b} {shop} по акции, взяла [пять пачек|сразу на месяц] {e_pos}",
            "Ребёнок, который не ест кашу, съел [тарелку|две тарелки] гречки {b}. Чудо {lol}",
            "[Люблю|Уважаю] {b} за то, что {good}[, честное слово|, без преувеличения|, вот "
            "правда|, сама в шоке|, как ни странно|, и это радует|, снимаю шляпу|, прям моё|, не "
            "ожидала даже|, лайк]",
            "Сегодня варю на ужин {dish_home}, гречка {b}, [объедение|все довольны] {e_pos}",
            "У {b} есть {grain}, и это [находка|любовь с первой ложки][, честное слово|, без "
            "преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это радует|, снимаю "
            "шляпу|, прям моё|, не ожидала даже|, лайк] {e_pos}",
            "После {b} другую гречку есть [не могу|не хочется], {good}",
            "{who} [возит|привозит] {b} [с рынка|из {city}] пачками, теперь и я [ищу у "
            "нас|подсела], честное слово",
            "Крафтовая пачка {b} на полке смотрится [как в кино|очень уютно], а внутри {good} "
            "{e_pos}",
            "Для похода взяли {b} в пакетиках, [сварилась на костре за пятнадцать минут|вкуснее "
            "любой тушёнки] {e_pos}",
            "Пост благодарности: {b}, спасибо, что {good}. [Редкость сейчас|Сейчас это редкость]",
            "Сушка к лету идёт отлично, гречка {b} и курица [спасают|рулят] {e_pos}",
            "{grain} от {b} — [открытие года|моя находка]: [блины вышли пышные|каша нежная]. "
            "Рекомендую",
            "{b} — гречка моего детства, [вкус тот самый|как у бабушки]: {good}",
            "Купили {b} [в первый раз|на пробу], [не разочаровались|теперь только её], {good}",
            "Гречку {b} варю [без замачивания|в мультиварке], и всё равно {good} {e_pos}",
            "Обожаю, что у {b} на пачке [рецепт|честный состав|поле, где росла гречка]. Мелочь, а "
            "приятно",
            "Заказала {b} {shop}, [привезли на следующий день|пачки целые], {good}",
            "Гречневый суп на {b} — [лучшее, что можно съесть в холод|идеальный обед][, честное "
            "слово|, без преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это "
            "радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк] {e_pos}",
            "Лайфхак от меня: гречку {b} [обжарить минуту на сухой сковородке|залить кипятком на "
            "ночь], будет ещё вкуснее",
            "Готовлю {dish_home} на всю неделю, крупа только {b}. [Проверено годами|Не подводит]",
            "Говорю же, {b} — это [тот случай, когда дороже, но лучше|качество без сюрпризов] "
            "{e_pos}",
            "Диетолог сказала есть больше гречки, и {b} [сделал этот совет приятным|тут очень "
            "кстати] {lol}",
            "Пробую разную гречку уже год, {b} [в топе|на первом месте]: {good}",
            "Люблю маленькие бренды вроде {b}: [видно, что делают с душой|есть лицо у компании] "
            "{e_pos}",
            "Спасибо {b} за [зелёную гречку|гречневые хлопья] в продаже, наконец не надо "
            "заказывать из {city}",
            "Каша {b} с молоком на завтрак, и [день задался|я человек] {e_pos}",
        ),
        en=(
            "Made {dish_home} with {b} and [honestly|wow], {good} {e_pos}",
            "{b} is the only buckwheat my [mum|mother-in-law] approves of. That says a lot {lol}",
            "Switched to {b} [six months ago|in the autumn], {good}, not going back",
            "If you want [decent|proper] buckwheat, get {b}: {good} {e_pos}",
            "Found {b} {shop} on sale and grabbed [five packs|a month's supply] {e_pos}",
            "My kid who refuses porridge ate [a whole bowl|two bowls] of {b} buckwheat. Miracle "
            "{lol}",
            "[Love|Loving] {b} because {good}[, honestly|, no joke|, not even kidding|, "
            "genuinely|, ten out of ten|, chef's kiss|, hats off|, love to see it]",
            "Dinner tonight: {dish_home}, {b} buckwheat, [delicious|everyone's happy] {e_pos}",
            "{b} {grain} is [a find|love at first spoonful][, honestly|, no joke|, not even "
            "kidding|, genuinely|, ten out of ten|, chef's kiss|, hats off|, love to see it] "
            "{e_pos}",
            "After {b} I can't eat other [buckwheat|brands], {good}",
            "The kraft pack of {b} looks [so cosy|lovely] on the shelf and {good}",
            "Took {b} boil-in-bags camping, [cooked on the fire in 15 minutes|better than any "
            "canned stew] {e_pos}",
            "{b} tastes like my childhood, [just like granny's|that exact flavour]: {good}",
            "Bought {b} [for the first time|to try it], [not disappointed|now it's the only one], "
            "{good}",
            "Cook {b} in the [multicooker|pot without soaking] and still {good} {e_pos}",
            "Ordered {b} {shop}, [arrived next day|packs intact], {good}",
            "Small brands like {b} are the best: [you can tell they care|there's a real face "
            "behind it] {e_pos}",
            "Cutting season and {b} buckwheat with chicken is [saving me|my whole diet] {e_pos}",
            "Porridge with milk from {b} for breakfast and [the day is off to a great start|I'm "
            "human again] {e_pos}",
            "Been trying different buckwheat for a year, {b} is [top|number one]: {good}",
            "Tip: toast {b} groats dry in the pan for a minute first, it gets even better",
            "Love that {b} prints [a recipe|the actual field it grew in] on the pack. Small thing, "
            "big difference",
        ),
        mixed=(
            "{b} — это my comfort food [зимой|после работы], {good} {e_pos}",
            "Meal prep на [неделю|пять дней]: варю {dish_home}, гречка {b}, easy",
            "Lowkey лучшая гречка — {b}, [{good}|no cap]",
            "Healthy завтрак: каша {b} с [ягодами|бананом], so good {e_pos}",
            "Сегодня cooking day, делаю {dish_home} на крупе {b}[, chef's kiss|] {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "Где у нас в {city} продаётся {b}? [Обыскала пол-города|Что-то не вижу нигде]",
            "Сколько сейчас стоит пачка {b} {shop}? Хочу [сравнить|взять про запас] {e_meh}",
            "{b} — это [алтайская|сибирская] гречка или откуда она вообще?",
            "Купила {b} [на пробу|впервые], сегодня [буду варить|сварю] {dish_home} {e_meh}",
            "Как вам {grain} от {b}? [Стоит брать или баловство?|Кто уже пробовал, как оно?]",
            "У {b} [новая упаковка|поменялся дизайн пачки], не сразу нашла на полке {e_meh}",
            "{b} или обычная магазинная — есть разница? [Спорим с мужем|Вопрос к знатокам] {e_meh}",
            "Сколько по факту варить гречку {b}? На пачке [двадцать|двадцать пять] минут, а у меня "
            "[дольше|быстрее]",
            "Видела {b} {shop}, [рядом с крупами|на нижней полке], если кто искал {e_meh}",
            "Подписалась на канал основательницы {b}, [интересно про поля пишет|там про урожай][, "
            "если что|, кстати|, к слову|, просто к сведению|, для справки|, на заметку|, как-то "
            "так|, ну да ладно]",
            "{b} в пакетиках или россыпью — что удобнее [для офиса|для детей]? {e_meh}",
            "Состав на пачке {b}: [ядрица, и всё|гречневая крупа, первый сорт]. Так и должно быть? "
            "{e_meh}",
            "Гречка {b} [есть|появилась] {shop}, цена [около 130|примерно 150] за пачку",
            "Вопрос: у {b} гречка пропаренная или [нет|обычная]? [Как-то так.|Мысли вслух.|Такие "
            "дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "{when} варила {dish_home}, крупа была {b}. [Обычный ужин|Ничего особенного, просто "
            "сытно]",
            "Кто-нибудь заказывал {b} прямо с сайта? Как доставка в {city}? [Как-то так.|Мысли "
            "вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "Список на неделю: [кефир|ряженка], бородинский, {b}, [бананы|яблоки] и корм коту",
            "Читала интервью основательницы {b}, {ceo}: [семейная ферма|гречку выращивают сами] "
            "{e_meh}",
            "{b} участвует в ярмарке выходного дня в {city}, [вроде в субботу|кто пойдёт?]",
            "Зелёная гречка {b} — это её [проращивают|едят сырой] или варят как обычную? {e_meh}",
            "В школьной столовой теперь гречка {b}, [так сын сказал|сын сфоткал пачку на раздаче]",
            "Сравнила {b} и [крупу из «Пятёрочки»|гречку по акции]: [по виду похожи|зёрна крупнее "
            "у {b}] {e_meh}",
            "Есть у {b} [гречневая мука|хлопья для детей]? Не вижу на сайте",
            "Пачка {b} {n} дней стоит на столе нераспечатанная, всё некогда[, если что|, кстати|, "
            "к слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да ладно] "
            "{lol} {e_meh}",
            "{b} без глютена по сертификату или просто по природе? Для [ребёнка|подруги] с "
            "целиакией важно",
            "На маркетплейсе у {b} [рейтинг 4,8|больше тысячи отзывов], беру на пробу {e_meh}",
            "Кто знает, {b} продаётся в [Беларуси|Казахстане]? Родственники просят[, если что|, "
            "кстати|, к слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да "
            "ладно]",
            "Коллега угостил гречкой {b} с грибами, спросила, где брал[, если что|, кстати|, к "
            "слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да ладно] "
            "{e_meh}",
            "Для мультиварки лучше {b} [в пачке|в пакетиках]? Режим «крупа» или «каша»? {e_meh}",
            "{b} меняет упаковку на бумажную, [читала в их канале|видела новость][, если что|, "
            "кстати|, к слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да "
            "ладно]",
            "Вопрос к тем, кто варит {b}: промываете перед варкой или нет? [Как-то так.|Мысли "
            "вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "Обсуждали в чате мам, какую гречку брать. [Половина за {b}|Кто-то советовал {b}]",
            "Сфоткала поле на пачке {b} — а это реально [Алтай|то самое поле]? {e_meh}",
            "Гречку {b} можно [заморозить готовую|хранить в банке]? Сколько лежит? [Как-то "
            "так.|Мысли вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.]",
            "Видела в Телеграме опрос от {b} про новый вкус каши, [проголосовала|интересно, что "
            "выберут] {e_meh}",
        ),
        en=(
            "Where can I buy {b} in {city}? [Checked half the city|Can't find it anywhere]",
            "How much is a pack of {b} {shop} these days? Want to [compare|stock up] {e_meh}",
            "Where does {b} buckwheat actually grow? [Altai|Siberia|Kursk]? The pack is vague",
            "Bought {b} [to try|for the first time], making {dish_home} [tonight|tomorrow] {e_meh}",
            "Anyone tried {b} {grain}? [Worth the price?|Any good for kids?] Thinking of ordering",
            "{b} changed its packaging, took me a minute to find it on the shelf {e_meh}",
            "{b} or regular store buckwheat, is there a difference? [Settling an argument|Asking "
            "the experts] {e_meh}",
            "How long do you actually cook {b}? Pack says [20|25] minutes but [mine needs "
            "longer|that seems long]",
            "Saw {b} {shop} [by the grains|on the bottom shelf], if anyone was looking {e_meh}",
            "Quick one: is {b} steamed buckwheat or [regular|raw] kernels?",
            "Anyone ordered {b} straight from their website? How's shipping to {city}? [Just "
            "wondering.|Curious.|That's all.|Random thought.|Thoughts welcome.] {e_meh}",
            "Shopping list for the week: [kefir|oat milk], rye bread, {b}, [bananas|apples], cat "
            "food",
            "Read an interview with the founder of {b}: [family farm|they grow it themselves] "
            "{e_meh}",
            "Is {b} certified gluten free or just naturally? [My kid|My friend] has coeliac",
            "Green buckwheat from {b}: do you [sprout it|eat it raw] or cook it like normal? "
            "{e_meh}",
            "{b} has [4.8 stars|over a thousand reviews] on the marketplace, [giving it a "
            "try|ordered two packs]",
            "Does {b} ship to [Kazakhstan|Belarus]? Relatives keep asking {e_meh}",
            "Team rinse or team no-rinse: do you wash {b} before cooking? [Just "
            "wondering.|Curious.|That's all.|Random thought.|Thoughts welcome.] {e_meh}",
            "Pack of {b} sitting unopened on my counter for {n} days, no time {lol} {e_meh}",
            "Is that [Altai|their own field] in the photo on the {b} pack or a stock image {lol}",
            "{b} is switching to paper packaging, [saw it on their channel|read the news] {e_meh}",
            "Compared {b} with [discount store buckwheat|the cheapest pack]: [look similar|{b} "
            "grains are bigger][, fyi|, just saying|, btw|, for the record|, if anyone cares|, "
            "just noting|, heads up]",
            "Cooked {dish_home} {when}, used {b}. [Regular dinner|Nothing special, just filling] "
            "{e_meh}",
        ),
        mixed=(
            "Кто знает, {b} есть на delivery в {city}? [Самокат|Лавка], что угодно",
            "Купила {b} на пробу, review потом [напишу|запилю]",
            "{b} vs обычная гречка — есть difference вообще? [Spoiler: посмотрим|Тестим]",
            "Meal plan на неделю, гречка {b} как base, [курица|тофу] как protein",
            "Random question: {b} gluten free или нет? Для [подруги|сестры]",
        ),
    ),
    negative=Texts(
        ru=(
            "Открыла пачку {b}, а там [сор и шелуха|половина колотых зёрен|какие-то чёрные "
            "крошки]. {sigh}",
            "{b} опять подорожала, [150 за пачку уже|за месяц плюс тридцать рублей]. Ну такое "
            "{e_neg}",
            "Раньше в пачке {b} был килограмм, теперь [800 граммов|900], а цена та же. Классика",
            "Гречка {b} [разварилась в кашу-размазню|подгорела за пять минут|горчит], хотя варила "
            "как всегда[, вот так вот|, ну и сервис|, спасибо большое|, класс|, и это не первый "
            "раз|, второй раз за месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "Пакетики {b} лопнули [прямо в кастрюле|оба], вся гречка по воде плавает {e_neg}",
            "Купила {b} {shop}, дома смотрю — [срок годности через неделю|пачка вскрыта сбоку]",
            "В {b} [попался камешек|попалась шелуха], чуть зуб не сломала. Перебирайте, люди",
            "Что случилось с {b}? [Вкус стал другой|Зёрна мелкие пошли|Пахнет пылью][, вот так "
            "вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо] {e_meh}",
            "Третий месяц не могу найти {b} {shop}. [Вы вообще ещё производитесь?|Куда пропали?]",
            "Упаковка {b} рвётся, [стоит взять в руки|по шву], полкухни в гречке {e_neg}",
            "За такую цену {b} могла бы быть [идеальной|хотя бы без мусора]. {sigh}",
            "Заказала {b} на сайте, [неделю ждала|привезли мятые пачки], больше не буду",
            "Хвалили-хвалили {b}, а [гречка как гречка|ничего особенного], только дороже[, вот так "
            "вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "{b} в пакетиках [не проваривается|остаётся твёрдой] за указанное время, приходится "
            "варить вдвое дольше",
            "В пачке {b} [жучки|моль]. Пачка стояла закрытой, [в шкафу всё чисто|другие крупы "
            "нормальные] {e_neg}",
            "Промокод с пачки {b} [не работает|выдаёт ошибку], [зачем тогда его печатать?|обидно, "
            "второй раз за месяц]",
            "Зелёная гречка {b} [горькая|на вкус как трава] и стоит как крыло самолёта",
            "Муж принёс {b} вместо обычной и [переплатил в два раза|сказал, что разницы нет] {lol}",
            "Эко-упаковка {b} красивая, но [крупа отсыревает|пачку не закрыть нормально][, вот так "
            "вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "{b} стала [мельче|темнее] в последних партиях, кто-нибудь ещё заметил?",
            "Ну и где {b} {shop}? Полка пустая [вторую неделю|с начала месяца]",
            "Гречневые хлопья {b} [превращаются в клейстер|слипаются комом], ребёнок не ест[, вот "
            "так вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "Отписалась от канала {b}, [одна реклама|пишут только про акции][, вот так вот|, ну и "
            "сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за месяц|, без "
            "комментариев|, красота|, ну супер|, ну спасибо]",
            "{b} пишет «без ГМО и химии», а на пачке [мелким шрифтом другой адрес завода|страна не "
            "указана]. Хм",
            "Сварила {dish_home} на {b}, а [гречка хрустит на зубах|в тарелке шелуха]. Ужин "
            "насмарку",
            "Полгода брала {b}, а последняя пачка [с запахом сырости|вся в мучной пыли]. {sigh}",
            "Написала {b} в поддержку про [мусор в пачке|мятую упаковку], ответа нет [четвёртый "
            "день|неделю]",
            "{b} по цене фермерской, а по качеству [обычная ядрица|хуже «Красной цены»]",
            "Курьер привёз {b} [с порванными пакетами|без одной пачки], возвращать неохота, но "
            "неприятно",
            "В {b} нашла [зерно пшеницы|овсинку|кусочек соломы]. Мелочь, но за такие деньги",
        ),
        en=(
            "Opened a pack of {b} and found [husks and debris|half broken grains|little black "
            "bits]. {sigh}",
            "{b} went up again, [150 a pack now|plus 30 rubles in a month] {e_neg}",
            "{b} packs used to be a kilo, now [800 g|900 g] for the same price. Classic",
            "{b} buckwheat [turned to mush|burned in five minutes|tastes bitter] though I cooked "
            "it like always",
            "{b} boil-in-bags burst [right in the pot|both of them], buckwheat everywhere {e_neg}",
            "Bought {b} {shop}, at home I see [it expires next week|the pack is torn on the side]",
            "Bit on a pebble in {b}, nearly cracked a tooth. Sort your grain, people",
            "What happened to {b}? [Tastes different|Grains are smaller|Smells dusty] now[, great "
            "service|, again|, not the first time|, second time this month|, thanks a lot|, "
            "wonderful|, classic] {e_meh}",
            "Haven't found {b} {shop} in three months. [Do you still exist?|Where did you go?]",
            "{b} packaging tears [the moment you pick it up|along the seam], buckwheat all over "
            "the kitchen",
            "Everyone praised {b} but it's [just buckwheat|nothing special], only pricier",
            "Found [weevils|moths] in a sealed pack of {b}, the rest of my cupboard is clean "
            "{e_neg}",
            "Promo code on the {b} pack [doesn't work|gives an error], why print it then",
            "{b} green buckwheat is [bitter|grassy] and costs a fortune",
            "Ordered {b} from their site, [waited a week|packs arrived crushed]. Not again",
            "The eco packaging on {b} looks nice but [the grain gets damp|it won't reseal]",
            "Anyone else notice {b} got [smaller grains|darker] in recent batches?",
            "Messaged {b} support about [debris in the pack|a crushed box], no reply for [four "
            "days|a week]",
            "{b} costs like farm produce but tastes like [regular groats|the cheapest stuff]",
            "{b} flakes [turn into paste|clump into a ball], my kid won't eat them",
        ),
        mixed=(
            "{b} опять price up, а качество [same|так себе] {e_neg}",
            "Ну такое, {b} в пакетиках — total fail, всё лопнуло",
            "Shrinkflation в деле: пачка {b} теперь [800|850] г {e_meh}",
            "Customer support у {b} просто ghosting, [неделю|девять дней] жду",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, где купить вашу гречку в {city}? [Обошла три магазина|На карте "
            "ничего]",
            "{h} подскажите, {grain} можно давать ребёнку [с года|до трёх лет]?",
            "{h} гречка у вас [пропаренная|обжаренная] или нет?",
            "{h} будет ли снова в продаже {grain}? [Ждём с весны|Очень нужна]",
            "{h} вы [отправляете заказы в {city}|доставляете в пункты выдачи]?",
            "{h} какой срок хранения у открытой пачки [в шкафу|в банке]?",
            "{h} на пачке поле — это где? [Красиво очень|Хочется съездить]",
            "{h} есть ли у вас [оптовые цены|упаковка по 5 кг]?",
            "{h} добрый день, как использовать промокод с [пачки|обратной стороны пачки]?",
            "{h} почему пропала [гречневая мука|зелёная гречка] {shop}?",
            "{h} можно ли к вам на ферму на экскурсию [летом|с детьми]?",
            "{h} а вы работаете с [кафе|школами] напрямую?",
            "{h} подскажите, {grain} в мультиварке [сколько варится|на каком режиме]?",
            "{h} гречка [без глютена|подходит при целиакии]?",
            "{h} здравствуйте! где посмотреть [сертификаты|протоколы испытаний] на продукцию?",
        ),
        en=(
            "{h} hi, where can I buy your buckwheat in {city}?[ Thanks!| Thanks in advance.|]",
            "{h} is your buckwheat [steamed|roasted] or raw?",
            "{h} will {grain} be back in stock [soon|this month]?",
            "{h} do you [ship|deliver] to {city}?",
            "{h} how long does an opened pack keep [in a jar|in the cupboard]?",
            "{h} is [it|your buckwheat] gluten free?",
            "{h} do you sell [5 kg bags|wholesale]?",
            "{h} how long should I cook {grain} in a multicooker?[ Thanks!| Thanks in advance.|]",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} в пачке [мусор и шелуха|камешек|жучки], фото прикладываю. [Что с качеством?|Как "
            "так?] [Разберитесь, пожалуйста.|Жду ответа.]",
            "{h} заказ с сайта [не пришёл|не отправлен] уже [неделю|восемь дней], трек не "
            "обновляется",
            "{h} пакетики для варки лопаются [каждый раз|через один], это брак?",
            "{h} промокод с упаковки [не принимается|выдаёт ошибку] на сайте[, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный]",
            "{h} купила {shop} пачку со сроком [до послезавтра|истёкшим], следите за поставками",
            "{h} почему пачка теперь 800 граммов, а цена выросла на [тридцать|сорок] рублей? Это "
            "как?",
            "{h} гречка [горчит|пахнет сыростью], партия от [прошлого месяца|начала года][, "
            "разберитесь, пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, "
            "ответьте хоть что-то|, вопрос срочный]",
            "{h} привезли [мятые пачки|вскрытую упаковку], курьер сказал писать вам[, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный]",
            "{h} звоню на горячую линию [с обеда|с десяти утра], [никто не берёт трубку|сразу "
            "сбрасывают] {e_neg}",
            "{h} на сайте списали деньги, а заказ [отменился сам|пропал из личного кабинета]",
            "{h} третий раз пишу в личку про [порванную пачку|потерянную посылку], [никакого "
            "ответа|прочитано и тишина]",
            "{h} в новой партии зёрна [мелкие и колотые|тёмные], раньше было лучше",
            "{h} у вас на пачке одна масса, а на весах [на 40 граммов меньше|850 вместо 900]",
            "{h} гречневые хлопья [слипаются комом|превращаются в клейстер], ребёнок отказывается "
            "есть[, разберитесь, пожалуйста|, жду ответа|, помогите решить|, очень прошу "
            "ответить|, ответьте хоть что-то|, вопрос срочный]",
            "{h} {shop} ваша гречка пропала [с полок|совсем], куда делась?",
            "{h} оплатила подписку на доставку, а [коробка не пришла|пришла чужая][, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный]",
            "{h} упаковка [не закрывается|зип-замок сломан], крупа отсыревает[, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный]",
            "{h} в отзывах на маркетплейсе жалуются на жучков, а вы молчите[, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный] {e_neg}",
            "{h} сварила по инструкции, а [гречка твёрдая|вода не уходит] — инструкция неверная?",
            "{h} ну и где обещанная скидка подписчикам канала? [На сайте её нет|Промокод не "
            "находит]",
            "{h} добрый день, в пачке [нашла зерно овса|попалась солома], это нормально для вашей "
            "технологии?",
            "{h} вернуть деньги за испорченный заказ [как?|нигде не написано как], [подскажите, "
            "пожалуйста|жду ответа]",
            "{h} открыла новую пачку {when}, а там запах [сырого подвала|мышей|плесени], номер "
            "партии на фото",
            "{h} курьер оставил коробку [под дождём у подъезда|у соседей, которые её не видели], "
            "крупа [размокла|пропала]",
            "{h} взяла две пачки {shop}, в обеих [надорван внутренний пакет|шелуха по всей "
            "пачке|серая пыль на дне]. Это партия такая?",
            "{h} «варится двадцать минут» — это шутка? У меня [сорок минут|час] и всё ещё "
            "[хрустит|твёрдая в серединке] {e_meh}",
            "{h} [дочка|сын] наткнулся в каше на что-то [твёрдое|острое], давайте поговорим о "
            "вашей сортировке",
            "{h} подписку на коробку списали [первого|пятого] числа, а посылка так и не "
            "отправлена, трек «создан»",
            "{h} заказывала [зелёную гречку|хлопья], прислали [обычную ядрицу|муку]. Как поменять?",
            "{h} писала в отдел качества [в понедельник|третьего числа] с фото и номером партии, "
            "до сих пор жду {e_neg}",
            "{h} на сайте и {shop} цена отличается на [40|60] рублей за одну и ту же пачку, какая "
            "правильная?",
            "{h} из запечатанной пачки {when} выползли [три|четыре] жучка. Срок годности в "
            "порядке. Объясните",
            "{h} после последнего заказа с карты [дважды|второй раз] списали за доставку",
            "{h} вообще кто-то читает личку? [Два раза отправляла фото|Неделю прошло], тишина",
            "{h} в подарочном наборе [вместо трёх пачек одна|все пачки мятые], открывали при "
            "курьере, акт есть",
            "{h} гречка из новой бумажной пачки [пахнет клеем|отдаёт картоном], раньше такого не "
            "было",
            "{h} на маркетплейсе продавец с вашим логотипом шлёт [просрочку|пачки без маркировки], "
            "это вообще вы?",
        ),
        en=(
            "{h} found [debris and husks|a pebble|weevils] in the pack, photo attached. What's "
            "going on?",
            "{h} my order from your site [hasn't arrived|hasn't shipped] in [a week|eight days], "
            "tracking frozen",
            "{h} the boil-in-bags burst [every time|every other time], is this a defect?",
            "{h} the promo code from the pack [is rejected|throws an error] on your site",
            "{h} so the pack is 800 g now and [40|30] rubles dearer? [Explain please|Seriously?]",
            "{h} the buckwheat [tastes bitter|smells damp], batch from [last month|January][, "
            "please sort it out|, waiting for a reply|, this is getting old|, please help|, "
            "urgent|, answer please]",
            "{h} packs arrived [crushed|opened], courier told me to write to you",
            "{h} tried your hotline [four|five|six] times [today|since lunch], nobody "
            "[answers|picks up] {e_neg}",
            "{h} this is my third DM about the [torn pack|missing parcel], [no reply at all|seen "
            "and ignored]",
            "{h} pack says 900 g, my kitchen scale says [850|860|855], [checked twice|tare "
            "included]",
            "{h} charged on your site but the order [cancelled itself|vanished from my account]",
            "{h} how do I get a refund for a spoiled order? [Your FAQ|The website] says nothing "
            "about it",
            "{h} opened a new pack {when} and it smells [musty|like a damp basement|of mice], "
            "batch number in the photo",
            "{h} your courier left my box [in the rain|at the wrong entrance|with the concierge "
            "who says it never came] and now the groats are [wet|gone]",
            "{h} bought two packs {shop} and both had [a torn inner bag|husks all over|grey dust "
            "at the bottom], is this a bad batch?",
            "{h} the 'cooks in 20 minutes' claim is a joke, mine was still [crunchy|hard in the "
            "middle] after [35|40] {e_meh}",
            "{h} my [kid|daughter] found something [hard|sharp] in her porridge {when}, we need to "
            "talk about your sorting line",
            "{h} subscription box was charged on the [1st|5th] and nothing has shipped, tracking "
            "still says 'label created'",
            "{h} the zip lock on the new paper packs [snapped on first use|doesn't close], grain "
            "all over my cupboard",
            "{h} ordered [green buckwheat|flakes] and got [regular groats|flour] instead, how do I "
            "swap it?",
            "{h} emailed your quality team on [Monday|the 3rd] with photos and batch code, still "
            "waiting {e_neg}",
            "{h} the price on your site and {shop} differ by [40|60] rubles for the same pack, "
            "which one is real?",
            "{h} [three|four] weevils crawled out of a pack I opened {when}. Sealed, in date. "
            "Explain",
            "{h} your promo for channel subscribers [expired before I could use it|never applied "
            "at checkout], not cool",
            "{h} after the last order my card was charged [twice|a second time] for delivery",
            "{h} is anyone actually reading DMs? [Sent you photos twice|It's been a week] and "
            "nothing",
        ),
    ),
    comment=Texts(
        ru=(
            "А где [купить|найти] в {city}?",
            "Верните [килограммовые пачки|старую цену]!",
            "Рецепт [огонь|в закладки], спасибо {e_pos}",
            "Красивое поле, прям [хочется туда|душа радуется] {e_pos}",
            "А {grain} когда [снова будет|вернётся]?",
            "Ответьте на мою [жалобу|претензию] в личке, пожалуйста",
            "Мы только вашу гречку и [берём|покупаем] {e_pos}",
            "Можно рецепт без [грибов|мяса]?",
            "Розыгрыш — это [прекрасно|здорово], участвую!",
            "А почему на маркетплейсе дешевле, чем у вас на сайте?[ ))|]",
            "{e_pos}{e_pos}[ класс|]",
            "Марина, вы [молодец|умница], так держать!",
            "Хотелось бы упаковку побольше, на [семью|нашу ораву] не хватает",
            "Жучки в последней пачке, что с этим [делать|теперь делать]?",
        ),
        en=(
            "Where can I [buy|find] it in {city}?",
            "Saving this recipe, [thank you|thanks] {e_pos}",
            "[Beautiful|Gorgeous] field, [wow|I want to go there] {e_pos}",
            "Bring back the kilo packs [please|already]",
            "Please reply to my DM, [it's been days|still waiting]",
        ),
    ),
    reply=Texts(
        ru=(
            "Тоже [заметила|заметил], раньше лучше была",
            "А я вот [довольна|довольна, честно], {good}",
            "Перебирать всё равно надо любую гречку, это же природный продукт[ имхо|]",
            "Попробуй [промыть|обжарить] перед варкой, вкус другой",
            "Ищи {shop}, там [точно есть|вчера видела]",
            "Сейчас всё [подорожало|дорожает], не только {b}",
            "Пиши им в личку, мне [ответили за день|заменили пачку]",
            "{lol} у нас [то же самое|ровно так же]",
            "У меня теперь {grain}, [вкуснее|удобнее]",
            "Так это не брак, это [шелуха|так бывает]",
            "Жучки — это значит без химии, [шучу|шутка] {lol}",
            "Храни в банке, а не в пачке, и всё будет нормально[ имхо|]",
            "Зависит от партии, [мне кажется|по-моему]",
            "Разницы с обычной [не чувствую|не вижу] {e_meh}",
            "Спасибо, [попробую|надо попробовать]",
            "{who} тоже только её [берёт|покупает]",
            "У {b} самая нормальная гречка из того, что есть в {city}[ имхо|]",
            "Я {b} беру {shop}, там всегда [свежая|свежий завоз]",
        ),
        en=(
            "Noticed that too, used to be [better|cleaner]",
            "I'm [happy|pretty happy] with it, {good}",
            "Try rinsing it first, makes a [difference|real difference]",
            "Look {shop}, they had it [yesterday|this morning]",
            "Everything's gone up, not just {b}[ tbh|]",
            "DM them, they [replied in a day|replaced my pack]",
            "Store it in a [jar|glass jar], not the bag",
            "I buy {b} {shop}, always [fresh|in stock]",
        ),
        mixed=(
            "Same, у меня тоже так [было|было в марте] {lol}",
            "Honestly {b} норм, не понимаю [hate|этот hate]",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Спасибо, что написали. Пришлите, пожалуйста, фото упаковки с датой и "
            "номером партии в личные сообщения — проверим и заменим продукт.[ Хорошего дня!|]",
            "Добрый день! Нам очень жаль. Передали информацию технологу, он свяжется с вами в "
            "ближайшее время.[ Хорошего дня!|]",
            "Здравствуйте! Наша продукция есть в [«Ленте», «Перекрёстке» и на "
            "маркетплейсах|сетевых магазинах и на маркетплейсах], полный список — на сайте в "
            "разделе «Где купить».",
            "Приносим извинения за задержку. Проверили заказ: он [передан в доставку|будет "
            "отправлен завтра], трек-номер пришлём в личные сообщения.",
            "Здравствуйте! [Да, гречка не содержит глютена|Крупа у нас не пропаренная, это "
            "классическая ядрица], подробнее — на сайте.",
            "Спасибо за обратную связь! Передали её в отдел качества, такие случаи разбираем по "
            "каждой партии.[ Хорошего дня!|]",
            "Добрый день! Промокод действует при заказе от 500 рублей, вводить его нужно в "
            "корзине. Если не получится — напишите нам, поможем.[ Хорошего дня!|]",
            "Здравствуйте! Открытую пачку лучше пересыпать в стеклянную банку и хранить в сухом "
            "месте до 6 месяцев.[ Хорошего дня!|]",
            "Очень жаль, что так вышло. Оформим возврат: напишите, пожалуйста, номер заказа в "
            "личные сообщения.[ Хорошего дня!|]",
            "Здравствуйте! Мы приняли ваше обращение и ответим в течение рабочего дня. Спасибо за "
            "терпение 🙏[ Хорошего дня!|]",
            "Добрый день! Экскурсии на ферму проводим летом по выходным, запись откроется в мае — "
            "следите за новостями в канале.[ Хорошего дня!|]",
            "Здравствуйте! Варить в мультиварке лучше на режиме «крупа», соотношение 1:2, около 25 "
            "минут.[ Хорошего дня!|]",
        ),
        en=(
            "Hello! Thanks for writing. Please DM us a photo of the pack with the date and batch "
            "number; we'll check and replace it.[ Have a nice day!|]",
            "Hi! We're sorry to hear that. We've passed it to our quality team and will get back "
            "to you soon.[ Have a nice day!|]",
            "Hello! Our products are in major supermarkets and on marketplaces; the full list is "
            "on our website.[ Have a nice day!|]",
            "Sorry for the delay. Your order [ships tomorrow|has been handed to the courier], "
            "we'll DM you the tracking number.",
            "Hi! Please DM us your order number and we'll arrange a refund.[ Have a nice day!|]",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, [пачку заменили|деньги вернули], приятно {e_pos}",
            "Быстро ответили, [спасибо|спасибо вам]",
            "Ок, отправила фото в [личку|личные сообщения]",
            "Спасибо за [подробный|развёрнутый] ответ!",
            "Нашла {shop}, спасибо за [подсказку|наводку]",
            "Благодарю, технолог [позвонил|перезвонил], всё объяснил",
        ),
        en=(
            "Thanks, [replaced|refunded], much appreciated {e_pos}",
            "Quick reply, thank you[!|, sorted]",
            "Ok, sent the photo in [DM|your DMs]",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Фото отправила [вчера|три дня назад], ответа нет",
            "Трек так и не [пришёл|прислали]",
            "Промокод всё равно не работает, [проверяла|делала всё] по вашей инструкции",
            "Технолог так и не [позвонил|связался]",
            "Обещали замену, а [пачки нет|тишина] уже неделю {e_neg}",
            "Спасибо, конечно, но это ответ [из шаблона|под копирку]",
        ),
        en=(
            "Sent the photo [yesterday|three days ago], no reply",
            "Still no tracking [number|number, btw]",
            "The code still doesn't work, followed your steps [exactly|twice]",
            "Promised a replacement, nothing for a [week|whole week] {e_neg}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Отличная гречка: {good}. Беру постоянно, [ни разу не разочаровала|качество "
            "стабильное].",
            "Покупаю {shop} уже [год|второй год]. Варится быстро, {good}. Пять звёзд.",
            "Наконец-то гречка, которую не нужно перебирать. Дети едят с удовольствием.[ {e_pos}|]",
            "Хорошая крупа, ровная, чистая. Минус: {meh}. Но всё равно четыре с плюсом.[ {e_pos}|]",
            "Варю {dish_home} только из этой гречки: {good}. [Рекомендую|Советую всем].",
            "Упаковка плотная, [не рвётся|с удобной застёжкой], крупа сухая и чистая. Всё отлично.",
            "Взяла на пробу: {grain}. Понравилось, [без горечи|вкус мягкий].",
            "Вкус как в детстве, ароматная. Цена выше средней, но оно того стоит.[ {e_pos}|]",
            "Заказываю на маркетплейсе, приходит [быстро|за пару дней], пачки целые: {good}.",
            "Неплохо: {meh}, зато {good}. [Четвёрка|Четыре из пяти].",
            "Гречка для всей семьи: и детям в кашу, и мужу с мясом: {good}.[ {e_pos}|]",
            "Приятно, что маленький производитель, а качество на уровне. Буду брать ещё {e_pos}",
            "В пакетиках очень удобно на работу, ни разу не лопнули. Спасибо![ {e_pos}|]",
        ),
        en=(
            "Great buckwheat: {good}. Buy it all the time[, highly recommend|].",
            "Been buying it {shop} for a year. Cooks fast, {good}. Five stars.[ {e_pos}|]",
            "Finally buckwheat you don't have to sort. Kids love it.[ {e_pos}|]",
            "Good grain, clean and even. Downside: {meh}. Still four plus.[ {e_pos}|]",
            "Tastes like childhood. Pricier than average but worth it {e_pos}",
        ),
    ),
    review_neg=Texts(
        ru=(
            "В пачке [мусор, шелуха|камешки] — перебирала полчаса. За такую цену непозволительно.",
            "Последняя партия [горчит|пахнет сыростью], раньше такого не было. Разочарована. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Пакетики лопаются при варке, вся крупа в воде. Две звезды. [Не советую.|Жаль "
            "потраченных денег.|Осадок остался.|Делайте выводы.|Минус звезда.|Обидно.]",
            "Цена выросла, вес уменьшился: {meh}. [Перестану брать|Ищу замену].",
            "Нашла [жучков|личинок] в закрытой пачке. В шкафу всё чисто, значит, пришли с "
            "производства.",
            "Крупа [мелкая, колотая|тёмная, с чёрными зёрнами], разваривается в кашу. Не "
            "рекомендую. [Не советую.|Жаль потраченных денег.|Осадок остался.|Делайте "
            "выводы.|Минус звезда.|Обидно.]",
            "Заказ с сайта шёл две недели, [пачки мятые|одна вскрыта]. Поддержка молчит.",
            "Обычная ядрица в красивой упаковке, переплата за [бренд|картинку с полем]. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Упаковка [рвётся по шву|не закрывается], крупа рассыпается по шкафу. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Хлопья превращаются в клейстер, ребёнок есть не стал. Деньги на ветер. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Заявлено без горечи, а каша горькая. Может, партия такая, но осадок остался. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Промокод с пачки не работает, поддержка не отвечает. Зачем обещать? [Не советую.|Жаль "
            "потраченных денег.|Осадок остался.|Делайте выводы.|Минус звезда.|Обидно.]",
            "Купила {shop} с истекающим сроком, дома заметила [плесень|запах]. Единица.",
            "Вкус [пресный|никакой], ничем не лучше самой дешёвой крупы из сетевого магазина.",
            "Взвесила пачку — [850|860] граммов вместо 900. Мелочь, а неприятно.",
            "Варила по инструкции — [твёрдая|вода не впиталась]. Время на пачке явно неправильное.",
            "Зелёная гречка [горькая|с травянистым привкусом], пересушена. Не понравилось. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Раньше была отличной, последние полгода [много сора|крупа мелкая]. Жаль. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Брала [две пачки по акции, и в обеих|три пачки по акции, и во всех] [шелуха и чёрные "
            "зёрна|мелкий сор на дне]. Для крупы за такие деньги странно.",
            "После варки [вода мутная и серая|на поверхности пена с мусором], хотя промывала "
            "[дважды|три раза]. Больше не беру.",
            "Пачку открыла {when} — внутри [запах старого склада|сырость и комки]. Срок годности "
            "при этом до [весны|конца года].",
            "Раньше брала только эту марку, но [последняя партия|две последние пачки] "
            "[горчили|пахли пылью]. Перешла на другую.",
            "Доставка с сайта: [коробку помяли|одна пачка лопнула], крупа рассыпалась по всей "
            "коробке. Поддержке писала — [тишина|ответили через неделю].",
            "В описании «отборная ядрица», а по факту [треть колотых зёрен|много мелочи и пыли]. "
            "[Три звезды из жалости|Двойка].",
            "Зип-застёжка на новой бумажной пачке [сломалась сразу|не держит], крупу пересыпаю в "
            "банку. Зачем тогда платить за упаковку?",
            "Гречка варилась [сорок минут|почти час] и всё равно [хрустела|осталась твёрдой]. На "
            "пачке написано двадцать.",
            "Купила {shop}, а пачка [надорвана снизу|вздутая и мятая]. Магазин кивает на "
            "производителя, производитель молчит.",
            "Вкус [плоский|картонный], никакого орехового аромата, о котором пишут в рекламе. "
            "Обычная крупа за двойную цену.",
            "Ребёнок нашёл в тарелке [твёрдый камешек|кусочек стебля]. Хорошо, что не проглотил. "
            "[Одна звезда|Не рекомендую для детей].",
            "Пакетики для варки [расклеились|разошлись по шву] у меня [два раза из трёх|каждый "
            "раз], каша с водой вперемешку.",
            "Хлопья для каши [слишком крупные|горчат], варить их «три минуты» бесполезно — "
            "[выходит сырое|получается клейстер].",
            "Заказала набор для подарка, а в коробке [одна пачка вместо трёх|мятые пачки и "
            "крошки]. Стыдно было дарить.",
            "Цена за год выросла [на треть|почти в полтора раза], а качество [то же|упало]. Пора "
            "искать другую гречку.",
            "Отзыв честный: [моль завелась|жучки пошли] именно из этой пачки, остальное в шкафу "
            "было чистым. Выбросила всё.",
            "Продавец на маркетплейсе [прислал просрочку|отправил пачки с чужой наклейкой], а "
            "бренд делает вид, что ни при чём.",
            "Написано «Алтай», а на обороте [мелко другой регион фасовки|адрес склада в "
            "Подмосковье]. Неприятно.",
            "[Тёмная, почти коричневая|Пережаренная] крупа, каша [горькая|с привкусом гари]. "
            "Может, партия такая, но брать не буду.",
            "Промокод из [канала|с пачки] на сайте не сработал, скидку так и не дали, заказ "
            "отменила.",
            "Внутри пачки [пыль|мучная взвесь] слоем, промывать пришлось [пять раз|до прозрачной "
            "воды]. Двойка.",
            "Курьер [бросил коробку у подъезда|не позвонил и уехал], а поддержка предлагает "
            "«подождать ещё». Ждём [вторую неделю|десятый день].",
        ),
        en=(
            "Pack full of [debris and husks|little stones], spent half an hour sorting. Not at "
            "this price.",
            "Latest batch [tastes bitter|smells damp], never had that before. Disappointed.",
            "Boil-in-bags burst while cooking, grain everywhere. [Two stars|2/5]. [Not "
            "recommended.|Waste of money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Price up, weight down: {meh}. [Done with it|Switching brands].",
            "Found [weevils|larvae] in a sealed pack. My cupboard is clean, so it came from the "
            "factory.",
            "Regular groats in a pretty pack, you pay for the brand. [Not recommended.|Waste of "
            "money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Website order took two weeks, [crushed packs|one opened]. Support silent.",
            "Cooked per the instructions and it was [still hard|swimming in water].",
            "Used to be great, last six months [lots of debris|tiny grains]. Shame.",
            "Opened a pack {when} and it [smelled musty|had clumps], best-before is [next "
            "spring|the end of the year]. Odd.",
            "Grains were [half broken|mostly dust and small bits] despite the 'premium' label. Two "
            "stars.",
            "Took [40 minutes|almost an hour] to cook and was still [crunchy|hard]. Pack says 20.",
            "Bought it {shop}, the bag was [torn at the bottom|puffed up and crushed]. Shop blames "
            "the brand, brand says nothing.",
            "Zip lock on the new paper pack [broke on day one|won't hold], so I pay for packaging "
            "I can't use.",
            "Price up [a third|nearly 50%] in a year, quality [the same|worse]. Looking elsewhere.",
            "My [son|daughter] bit on [a little stone|a hard stalk] in the porridge. Not great for "
            "a kids' product.",
            "Gift box arrived with [one pack instead of three|crushed packs and crumbs]. "
            "Embarrassing.",
            "Says Altai on the front, [a different packing region|a warehouse address near Moscow] "
            "on the back. Hmm.",
            "[Dark, almost brown|Over-roasted] grain, porridge tasted [bitter|burnt]. Maybe a bad "
            "batch, still not buying again.",
            "Promo code from the [channel|pack] didn't apply on the site, so I cancelled the "
            "order.",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Спасибо за отзыв и простите за неприятные впечатления. Напишите, "
            "пожалуйста, номер партии с упаковки на нашу почту — заменим продукт.[ С уважением, "
            "команда заботы о клиентах.|]",
            "Добрый день. Нам жаль, что крупа вас расстроила. Передали информацию в отдел "
            "качества, партию проверим.[ С уважением, команда заботы о клиентах.|]",
            "Здравствуйте! Приносим извинения. Свяжитесь с нами через сайт, мы вернём деньги или "
            "отправим новую пачку.[ С уважением, команда заботы о клиентах.|]",
            "Спасибо, что рассказали. Мы внимательно читаем каждый отзыв и уже разбираемся с "
            "поставкой.[ С уважением, команда заботы о клиентах.|]",
        ),
        en=(
            "Hello! Thank you for the review and sorry for the experience. Please email us the "
            "batch number from the pack and we'll replace it.[ Kind regards, customer care.|]",
            "We're sorry the grain disappointed you. We've passed this to our quality team to "
            "check the batch.[ Kind regards, customer care.|]",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за тёплые слова! Передадим нашим полям и людям 🌾[ С уважением, команда "
            "заботы о клиентах.|]",
            "Благодарим за отзыв! Очень приятно, что вам нравится наша гречка.[ С уважением, "
            "команда заботы о клиентах.|]",
            "Спасибо! Будем и дальше [стараться|радовать] 💛",
        ),
        en=(
            "Thank you for the [lovely|warm] review! 🌾",
            "Thanks so much, we're glad you like [it|our buckwheat]!",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. Каждая партия у нас проходит оптическую сортировку и лабораторный "
            "контроль, протоколы есть на сайте. Пришлите, пожалуйста, номер партии, чтобы мы могли "
            "сверить.[ С уважением, отдел качества.|]",
            "Добрый день. Масса нетто указывается без учёта влажности упаковки, допустимое "
            "отклонение — до 3%. Если разница больше, напишите нам — разберёмся.[ С уважением, "
            "отдел качества.|]",
        ),
        en=(
            "Hello. Every batch goes through optical sorting and lab checks; the reports are on "
            "our website. Please send the batch number so we can verify.[ Regards, quality team.|]",
        ),
    ),
    official_post=Texts(
        ru=(
            "Рецепт недели: как приготовить {dish_home}. Пошагово — в карточках, крупа, как "
            "всегда, наша 🌾[ Подробности — по ссылке в профиле.|]",
            "Урожай этого года собран! Рассказываем, как прошла страда на наших полях в [Алтайском "
            "крае|Курской области].",
            "Теперь нас можно найти {shop}. Спасибо, что [спрашивали|ждали]!",
            "Розыгрыш: три набора {b} с нашей новой кашницей. Условия — в закреплённом посте.[ "
            "Подробности — по ссылке в профиле.|]",
            "Мы переходим на бумажную упаковку без пластика. Первые пачки уже в магазинах ♻️[ "
            "Подробности — по ссылке в профиле.|]",
            "Как варить гречку, чтобы она была рассыпчатой: пять простых правил от нашего "
            "технолога.[ Подробности — по ссылке в профиле.|]",
            "Новинка: {grain}. Пробуйте и рассказывайте в комментариях, [как вам|что приготовили]!",
            "На этой неделе — скидка 15% на сайте по промокоду ПОЛЕ. Доставка по всей России.[ "
            "Подробности — по ссылке в профиле.|]",
            "Фото с поля: гречиха цветёт, пчёлы работают, мы радуемся 🐝[ Подробности — по ссылке "
            "в профиле.|]",
            "Отвечаем на частые вопросы: откуда гречка, почему она не пропаренная и сколько "
            "хранится.[ Подробности — по ссылке в профиле.|]",
            "{b} на ярмарке в {city} в эти выходные! Приходите пробовать кашу из полевой кухни.[ "
            "Подробности — по ссылке в профиле.|]",
            "Спасибо за 20 тысяч подписчиков! В честь этого — конкурс рецептов с призами.[ "
            "Подробности — по ссылке в профиле.|]",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Утро на поле. Гречиха в этом году [зацвела рано|поднялась дружно], посмотрим, что "
            "скажет погода 🌾",
            "Пишу из машины между двумя фермами. Дороги, пыль, но настроение отличное.",
            "Сегодня разговаривали с агрономом до ночи: [дожди|засуха] путают все планы. "
            "Фермерство — это про терпение.",
            "Три года назад мы фасовали гречку вручную на кухне. Сегодня запустили новую линию "
            "сортировки. Не верится.",
            "Ездила на выставку продуктов в {city}. Много интересных маленьких брендов, делюсь "
            "своим списком.",
            "Дети на каникулах со мной на ферме. Старший впервые сел за руль трактора 😄",
            "Вопрос, который мне задают чаще всего: почему гречка не дешевеет. Честный длинный "
            "ответ — в карточках.",
            "Наши пчеловоды говорят, что мёд в этом году будет гречишный и тёмный. Ждём!",
            "Прочитала книгу о семейных фермах во Франции. Много параллелей с нашей жизнью.",
            "Сегодня весь день на складе: переезжаем в новое помещение. Коробки, коробки, коробки.",
            "Благодарна команде: нас всего двадцать два человека, а справляемся с заказами со всей "
            "страны.",
            "Воскресенье. Никакой работы, только пирог и прогулка вдоль поля.",
            "Встречалась с закупщиками сети. Долгий разговор про цены, подробности позже.",
            "Первый снег на полях. Сезон закрыт, начинаем планировать следующий.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Сравнила пять марок гречки вслепую, {b} [победила|в тройке лучших]. Видео на канале "
            "🌾",
            "Мой секрет быстрых ужинов — готовить {dish_home} на гречке {b}. Рецепт в сторис[, "
            "ссылка в профиле|]",
            "Съездили на ферму {b}, {ceo} сама водила нас по полям. Очень живое место, сняли целый "
            "выпуск[. Ссылка в профиле|]",
            "Как нутрициолог советую {b}: [чистый состав|без пропарки], {good}",
            "Готовим с детьми {dish_home}, крупа {b}. Тот случай, когда полезно и вкусно {e_pos}[ "
            "Ссылка в профиле.|]",
        ),
        en=(
            "Blind-tested five buckwheat brands, {b} [won|made the top three]. Video's up 🌾",
            "My quick dinner hack: {dish_home} with {b}. Recipe in stories[. Link in bio|]",
            "As a nutritionist I recommend {b}: [clean ingredients|not steamed], {good}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Подписчики присылают фото пачек {b} [с жучками|с мусором]. Ребята, что у вас с "
            "партиями?",
            "Честно про {b}: [переплата за упаковку|вкус как у обычной]. Больше брать не буду",
            "Взвесила пачку {b} на камеру: [850 граммов|неполный вес]. Выводы делайте сами",
        ),
        en=(
            "Followers keep sending photos of {b} packs [with weevils|full of debris]. What's up "
            "with your batches?",
            "Honest take on {b}: [you pay for the pack|tastes like any other]. Not buying again",
        ),
    ),
    decoy=Texts(
        ru=(
            "Дочка [в садике|в хоре] разучивает «Полюшко-поле», [поёт с утра до вечера|уже весь "
            "дом знает слова] {e_pos}",
            "На концерте ансамбля [Александрова|народной песни] «Полюшко-поле» зал пел стоя "
            "{e_pos}",
            "Бабушка всегда говорила «полюшко моё» про луг за домом. Сегодня съездила туда, [всё "
            "заросло|всё такое же]",
            "Выйду утром в полюшко за баней, [туман лежит|роса по колено], а петухи уже орут "
            "{e_pos}",
            "Дед подарил баян, разбираю «Полюшко-поле», [дошёл до второго куплета|пальцы уже "
            "болят] {lol}",
            "Фото дня из отпуска у родителей: полюшко за деревней, [рожь колосится|подсолнухи до "
            "горизонта] {e_pos}",
            "В караоке на корпоративе [наш айтишник|главбух] внезапно затянул «Полюшко-поле», [бар "
            "аплодировал|все подхватили хором] {lol}",
            "Полюшко-поле в исполнении [детского оркестра|духового оркестра] на 9 мая — до мурашек",
            "Юниорка из {city} каталась под «Полюшко-поле», [судьи оценили|музыка идеально легла "
            "на дорожку шагов] {e_pos}",
            "Гуляем с собакой, полюшко за домом всё в цветах, а она [гоняет бабочек|ищет мышей]",
            "«Полюшко-поле» на гитаре для тех, кто учится с нуля — [три аккорда и бой "
            "шестёрка|разбор по тактам], сохраняйте",
            "Стихи про полюшко нашла в бабушкиной тетради, [переписала себе|плачу] {e_pos}",
            "Полюшко моё, [васильки да ромашки|гречиха цветёт] — дача в июле {e_pos}",
            "На выпускном хор пел «Полюшко-поле» вместе с родителями, [трогательно|все "
            "прослезились]",
            "Учим с сыном песню «Полюшко-поле» к празднику, [слова запомнил|мелодию напевает]",
            "Ездили на фестиваль народной музыки, открывали его «Полюшко-поле» на гуслях",
            "Полюшко за околицей скосили, пахнет сеном на всю деревню {e_pos}",
        ),
        en=(
            "The Red Army Choir doing Polyushko-Polye live is something else {e_pos}",
            "Learning Polyushko Polye on the accordion, [second verse done|fingers hurt] {lol}",
            "Figure skater used Polyushko-Polye for her free skate, [goosebumps|perfect fit]",
            "Our [community|church] choir is rehearsing Polyushko-Polye for the [winter|spring] "
            "concert, [send tea|altos are struggling]",
            "TIL Polyushko is a pet form of 'field' in Russian, [the song makes more sense "
            "now|explains the lyrics]",
            "Marching band arrangement of Polyushko-Polye at the parade, loved it {e_pos}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Наше полюшко за домом [продали под коттеджи|застроят складами]. {sigh}",
            "Соседи в караоке до трёх ночи орали «Полюшко-поле». Не могу уже {e_neg}",
            "Засуха выжгла полюшко за деревней, [всё жёлтое|трава в труху]",
        ),
        en=(
            "Neighbours blasted Polyushko-Polye on karaoke until 3am {sigh}",
        ),
    ),
)

# ------------------------------------------------------------------------------------------ «Волна»
_VOLNA_VOCAB = Vocab(
    ru={
        "good": (
            "связь ловит даже в [лифте|подвале]",
            "интернет летает даже [вечером|в час пик|во время матча]",
            "поддержка ответила минуты за [две|три]",
            "роуминг включился сам, [без танцев|без звонков в поддержку|прямо у трапа]",
            "абонентка меньше, чем у [остальных|конкурентов]",
            "гигабайты не сгорают, а [копятся|переносятся]",
            "в метро видео не [тормозит|подвисает]",
            "за [год|два года] ни одной навязанной подписки",
        ),
        "meh": (
            "вечером скорость [проседает|падает|режется раза в три]",
            "в метро между станциями [пропадает сеть|отваливается интернет]",
            "приложение иногда [подвисает|тупит|выкидывает на главный экран]",
            "раз в неделю приходит рекламная [смс|смска]",
            "на даче ловит только у [забора|колодца]",
            "в лифте связь [теряется|рвётся|пропадает между этажами]",
        ),
        "svc": (
            "мобильный [интернет|интернет на телефоне|интернет в смартфоне]", "роуминг", "eSIM",
            "приложение", "перенос номера [с сохранением|от другого оператора|со старой симки]",
            "домашний [интернет|интернет с роутером|оптоволоконный интернет]",
            "режим [модема|точки доступа|раздачи на ноут]", "автоплатёж",
            "интернет на [планшете|ноутбуке через симку|детских часах]",
        ),
        "tariff": (
            "«Прибой»", "«Бриз»", "«Штиль»", "«Прилив»", "«Бриз [Плюс|Макс|Семейный]»", "«Лагуна»",
            "«Фарватер»", "«Маяк»",
        ),
        "where": (
            "в метро на [кольцевой|зелёной ветке|перегоне между конечными]",
            "на даче под [Тверью|Рузой|Вышним Волочком]",
            "в лифте нашей [девятиэтажки|панельки|шестнадцатиэтажки]",
            "в [подъезде|подъезде на первом этаже|подъезде у почтовых ящиков]",
            "в электричке [до Клина|на Сергиев Посад]",
            "на трассе за [городом|кольцевой|постом ДПС]",
            "в торговом центре [на минус первом|у гипермаркета|возле кинотеатра]",
            "на парковке у [дома|торгового центра|поликлиники]",
            "в офисе на [двенадцатом|пятнадцатом] этаже", "в деревне у [бабушки|тёщи|тётки]",
            "в поезде до [Казани|Нижнего|Адлера]",
            "у нас в [новостройке|ЖК на окраине|башне на двадцать пять этажей]",
        ),
        "shore": (
            "на диком пляже под [Анапой|Туапсе]", "в Териберке[ за полярным кругом|]",
            "на Финском заливе у [Комарово|Репино]", "на Байкале[ у Листвянки|]",
            "в Зеленоградске[ на променаде|]", "на Ладоге[ у Приозерска|]",
            "в Геленджике на [косе|пирсе|Толстом мысу]",
        ),
        "guard_venue": (
            "в салоне связи на Тверской у выхода из метро к театру",
            "в офисе продаж на Ленинском проспекте у торгового центра с часами",
            "в салоне на Красном проспекте у остановки трамвая",
        ),
        "ignored_issue": (
            "мобильный интернет у нас в ЖК не работает с прошлого вторника",
            "второй месяц списывают 199 рублей за подписку, которую я не подключал",
            "мой номер переносят от другого оператора уже третью неделю",
        ),
        "gaffe_topic": (
            "тех, кто сидит на тарифе за триста рублей и ещё чего-то требует",
            "людей, которые звонят в поддержку из-за каждой пропавшей палочки",
            "тех, кто до сих пор не разобрался с нашим приложением",
        ),
        "fake_claim": (
            "с первого числа всем абонентам со стажем без предупреждения отключат безлимит",
            "базу с паспортными данными абонентов слили и продают в даркнете по пять тысяч",
            "оператор продаёт записи наших разговоров рекламным агентствам",
        ),
    },
    en={
        "good": (
            "the signal holds even in the [lift|basement]",
            "data flies even [in the evening|at rush hour|during the match]",
            "support answered within [two|three] minutes",
            "roaming switched on by itself, [no fuss|no calls to support]",
            "it's cheaper than the [others|competition]",
            "unused gigs [roll over|carry over|stack up month to month]",
            "video doesn't [buffer|freeze] in the metro",
        ),
        "meh": (
            "speed [drops|dips] in the evening", "it cuts out between metro [stations|stops]",
            "the app [lags|freezes|logs me out] sometimes",
            "there's a promo text every [week|few days]",
            "at the dacha it only works by the [fence|well]",
        ),
        "svc": (
            "mobile [data|internet|data on my phone]", "roaming",
            "the [eSIM|e-SIM|eSIM on my watch]", "the [app|mobile app|self-service app]",
            "number [porting|transfer|port-in]", "home [internet|broadband|fibre]", "hotspot",
            "autopay",
        ),
        "tariff": (
            "Priboy", "Briz", "Shtil", "Priliv", "Laguna", "Mayak",
        ),
        "where": (
            "in the metro [on the ring line|on the green line|between the last two stops]",
            "at the dacha [near Tver|out past Ruza|by the reservoir]",
            "in the lift of our [block|nine-storey block]",
            "on the commuter train [to Klin|out of town]",
            "out [of town|past the ring road|by the lakes]",
            "at the mall [basement level|by the hypermarket|in the cinema wing]",
            "at the office on the [12th|15th] floor", "at my [gran's|in-laws'|aunt's] village",
            "in our new [building|housing estate|tower block]",
        ),
        "shore": (
            "near [Anapa|Tuapse|Dzhubga]", "in Teriberka[ up north|]",
            "on the Gulf of Finland [near Repino|by Komarovo]",
            "on [Baikal|Lake Baikal|Baikal by Listvyanka]", "in Zelenogradsk[ by the promenade|]",
        ),
        "guard_venue": (
            "at the store on Tverskaya by the metro exit to the theatre",
            "at the sales office on Leninsky Prospekt by the mall with the clock",
            "at the shop on Krasny Prospekt by the tram stop",
        ),
        "ignored_issue": (
            "mobile data in our housing estate hasn't worked since last Tuesday",
            "for two months you've charged me 199 for a subscription I never added",
            "my number has been stuck porting from another carrier for three weeks now",
        ),
        "gaffe_topic": (
            "people who pay three hundred a month and still demand things",
            "people who call support every time they lose a bar of signal",
            "people who still haven't figured out our app",
        ),
        "fake_claim": (
            "everyone who's been a customer for years will lose unlimited data from the first "
            "without notice",
            "the customer database with passport details leaked and is selling on the dark web for "
            "five thousand",
            "the operator sells recordings of our calls to ad agencies",
        ),
    },
)

VOLNA = BrandTexts(
    vocab=_VOLNA_VOCAB,
    positive=Texts(
        ru=(
            "{b} [ловит|работает] {where}, [где у остальных пусто|хотя у мужа другой оператор "
            "молчит] {e_pos}",
            "Перешла на {b_acc} [полгода назад|весной], {good}, не жалею",
            "Тариф {tariff} у {b_gen} — [лучшее соотношение цены и гигов|ровно то, что мне надо] "
            "{e_pos}",
            "Поддержка {b_gen} [решила вопрос за пять минут|вернула деньги за ошибочное списание], "
            "[я в шоке|уважение][, честное слово|, без преувеличения|, вот правда|, сама в шоке|, "
            "как ни странно|, и это радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк]",
            "В роуминге с {b_ins} [вообще без проблем|всё включилось сразу][, честное слово|, без "
            "преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это радует|, снимаю "
            "шляпу|, прям моё|, не ожидала даже|, лайк] {e_pos}",
            "Смотрел матч {where} через {b_acc}, [ни разу не зависло|картинка чёткая] {e_pos}",
            "Приложение {b_gen} [сделали удобным|реально удобное], всё видно сразу[, честное "
            "слово|, без преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это "
            "радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк]",
            "Кто сомневается насчёт {b_gen}: {good}. [Год|Два года] без претензий",
            "Перенёс номер в {b_acc} за [один день|сутки], [всё гладко|даже не заметил][, честное "
            "слово|, без преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это "
            "радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк]",
            "Подключил eSIM от {b_gen} [минуты за три|прямо в приложении][, честное слово|, без "
            "преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это радует|, снимаю "
            "шляпу|, прям моё|, не ожидала даже|, лайк] {e_pos}",
            "Единственный оператор, который [работает|нормально ловит] {where}, — {b}. Проверено",
            "В {b_pre} дали [подарочные гигабайты|скидку] за [пять лет со мной|день рождения], "
            "мелочь, а приятно {e_pos}",
            "Спасибо {b_dat} за то, что {good}[!|, реально]",
            "Теперь и {who} на {b_pre}, [звонки не рвутся|у всей семьи один тариф] {e_pos}",
            "Скорость {b_gen} {where} — [сто мегабит|почти как дома], [кайф|не ожидал][, честное "
            "слово|, без преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это "
            "радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк]",
            "Два года на {tariff} от {b_gen}, цена [не менялась|всё та же], уважаю",
            "Интернет {b_gen} вытянул [видеосозвон из электрички|стрим из леса][, честное слово|, "
            "без преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это радует|, снимаю "
            "шляпу|, прям моё|, не ожидала даже|, лайк] {e_pos}",
            "Девушка в салоне {b_gen} [помогла перенести контакты|всё объяснила бабушке], спасибо "
            "ей {e_pos}",
            "С {b_ins} забыла, что такое [перерасход|закончились гигабайты]: {good}",
            "Вот за что люблю {b_acc}: [минуты переносятся|нет скрытых платежей], и {good}",
            "Звонила в {b_acc} {when}, [оператор ответил сразу|робот быстро перевёл на человека], "
            "всё решили",
            "{b} запустила 5G в {city}, [проверил — летает|скорость огонь][, честное слово|, без "
            "преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это радует|, снимаю "
            "шляпу|, прям моё|, не ожидала даже|, лайк] {e_pos}",
            "Семейный тариф у {b_gen} — [спасение|очень выгодно], на четверых выходит [меньше "
            "тысячи|как один тариф у других]",
            "В отпуске в [Турции|Армении] {b} работала [лучше местной симки|без сюрпризов][, "
            "честное слово|, без преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это "
            "радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк]",
            "Честно, {b} [приятно удивила|порадовала]: {good}[, честное слово|, без "
            "преувеличения|, вот правда|, сама в шоке|, как ни странно|, и это радует|, снимаю "
            "шляпу|, прям моё|, не ожидала даже|, лайк]",
            "Мама освоила приложение {b_gen} сама, значит, [сделали по-человечески|оно правда "
            "простое][, честное слово|, без преувеличения|, вот правда|, сама в шоке|, как ни "
            "странно|, и это радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк] {lol}",
            "{b} — первый оператор, с которым я [не ругаюсь|не воюю] {lol}",
            "Поставили вышку {b_gen} у нас в [посёлке|СНТ], наконец-то нормальная связь {e_pos}",
            "Гигабайты у {b_gen} не сгорают — [мелочь, а радует|накопила уже 80] {e_pos}",
            "Сравнил трёх операторов {where}, {b} [уверенно первая|выиграла по скорости] {e_pos}",
            "Подключила ребёнку {b_acc}: [родительский контроль работает|баланс вижу в своём "
            "приложении], удобно[, честное слово|, без преувеличения|, вот правда|, сама в шоке|, "
            "как ни странно|, и это радует|, снимаю шляпу|, прям моё|, не ожидала даже|, лайк]",
            "Сижу на {b_pre} [лет семь|с института] и [не вижу причин уходить|всем советую] "
            "{e_pos}",
        ),
        en=(
            "{b} [works|has signal] {where} where [everyone else is dead|my partner's carrier "
            "shows nothing] {e_pos}",
            "Switched to {b} [six months ago|in spring], {good}, no regrets",
            "The {tariff} plan from {b} is [the best value around|exactly what I need] {e_pos}",
            "{b} support [fixed my issue in five minutes|refunded a wrong charge], "
            "[shocked|respect][, honestly|, no joke|, not even kidding|, genuinely|, ten out of "
            "ten|, chef's kiss|, hats off|, love to see it]",
            "Roaming with {b} was [totally painless|on the moment I landed][, honestly|, no joke|, "
            "not even kidding|, genuinely|, ten out of ten|, chef's kiss|, hats off|, love to see "
            "it] {e_pos}",
            "Watched the match {where} on {b} data, [zero buffering|crystal clear] {e_pos}",
            "Anyone on the fence about {b}: {good}. [A year|Two years] with no complaints",
            "Ported my number to {b} in [a day|24 hours], [smooth|barely noticed]",
            "Set up the {b} eSIM [in three minutes|right in the app] {e_pos}",
            "The only carrier that [works|actually works] {where} is {b}. Tested",
            "[Thanks|Thank you] {b}, {good}[, honestly|, no joke|, not even kidding|, genuinely|, "
            "ten out of ten|, chef's kiss|, hats off|, love to see it]",
            "{b} speed {where}: [100 Mbps|almost like home wifi], [love it|didn't expect that]",
            "Two years on {tariff} with {b} and the price [hasn't changed|is the same], respect",
            "{b} data held up for a [video call on the train|livestream from the woods] {e_pos}",
            "The girl at the {b} store [moved all my contacts over|explained everything to my "
            "gran], so kind {e_pos}",
            "{b} just launched 5G in {city}, [tested it, it flies|speeds are wild] {e_pos}",
            "Honestly {b} [surprised me|delivered]: {good}[, honestly|, no joke|, not even "
            "kidding|, genuinely|, ten out of ten|, chef's kiss|, hats off|, love to see it]",
            "{b} is the first carrier I've never [fought with|had to yell at] {lol}",
            "Compared three carriers {where}, {b} [won easily|was fastest] {e_pos}",
            "{who} finally switched to {b} and [calls don't drop anymore|the whole family's on one "
            "plan] {e_pos}",
            "Family plan on {b} is [a lifesaver|such good value] for four people",
            "On holiday in [Turkey|Armenia] {b} worked [better than a local SIM|with no surprises]",
            "Been with {b} [seven years|since uni] and [see no reason to leave|recommend it to "
            "everyone] {e_pos}",
        ),
        mixed=(
            "{b} реально best [оператор|operator] {where}, {good} {e_pos}",
            "[Перешёл|Переехал] на {b_acc}, speed просто wow",
            "Support у {b_gen} ответил за [две|три] минуты, respect {e_pos}",
            "Настроила eSIM от {b_gen} — easy setup, всё в app[, пять минут|]",
            "Roaming с {b_ins} no problem, всё работало [в Стамбуле|в Ереване] {e_pos}",
            "{b} тариф {tariff} — good deal, [рекомендую|советую]",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто на {b_pre}, как у вас [связь|интернет] {where}? {e_meh}",
            "Думаю перейти на {b_acc}. [Стоит?|Кто там сидит, отпишитесь, как связь в {city}] "
            "{e_meh}",
            "Сколько сейчас стоит {tariff} у {b_gen}? [Цены скачут|На сайте путаница] {e_meh}",
            "{b} [поменяла|обновила] [линейку тарифов|приложение], надо разбираться[, если что|, "
            "кстати|, к слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да "
            "ладно] {e_meh}",
            "У {b_gen} можно [подключить eSIM на часы|сделать вторую симку на планшет]? [Как-то "
            "так.|Мысли вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "Пришла смс от {b_gen} про [новые условия|изменение тарифа] с первого числа. Кто "
            "читал, что там? {e_meh}",
            "{b} или кто-то из большой тройки? Выбираю для [ребёнка|мамы] {e_meh}",
            "Как у {b_gen} с роумингом в [Казахстане|Грузии|Турции]? [Как-то так.|Мысли "
            "вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "В салоне {b_gen} в {city} [очередь человек {n}|сегодня пусто], если кому надо {e_meh}",
            "Перенос номера в {b_acc} сколько по времени [занимает|идёт]? {e_meh}",
            "Подключила {svc} у {b_gen}, посмотрим, как [будет|пойдёт][, если что|, кстати|, к "
            "слову|, просто к сведению|, для справки|, на заметку|, как-то так|, ну да ладно] "
            "{e_meh}",
            "{ceo} в интервью рассказал, что {b} [будет ставить вышки вдоль трасс|запускает 5G в "
            "регионах] {e_meh}",
            "Вопрос: {b} считает режим модема отдельно или нет? [Раздаю на ноут|Нужно для работы] "
            "{e_meh}",
            "Реклама {b_gen} с [дельфином|серфером] опять по всему городу {lol} {e_meh}",
            "{b} и тариф {tariff}: кто-нибудь [сидит|сидел]? Стоит переходить? {e_meh}",
            "Видела вакансию в {b_pre}: [инженер связи|специалист поддержки], [удалёнка|офис в "
            "{city}][, если что|, кстати|, к слову|, просто к сведению|, для справки|, на "
            "заметку|, как-то так|, ну да ладно] {e_meh}",
            "Сколько у {b_gen} абонентов? Где-то читала про [десять|двенадцать] миллионов {e_meh}",
            "Замерила скорость {b_gen} {where}: [40|60|25] мегабит. Это норм или нет? {e_meh}",
            "{b} прислала пуш про [кешбэк за пополнение|подарочные минуты], кто-нибудь пробовал? "
            "{e_meh}",
            "Есть ли у {b_gen} тариф без интернета для [бабушки|кнопочного телефона]? {e_meh}",
            "Мой номер {b_gen} уже [восемь|десять] лет, привыкла[, если что|, кстати|, к слову|, "
            "просто к сведению|, для справки|, на заметку|, как-то так|, ну да ладно] {e_meh}",
            "{when} в салоне {b_gen} меняла симку на eSIM, [заняло минут десять|всё быстро] "
            "{e_meh}",
            "Кто пользовался домашним интернетом от {b_gen}? Какая скорость в [панельке|частном "
            "секторе]? {e_meh}",
            "Говорят, {b} договорилась с кем-то о совместных вышках. Кто что знает? [Как-то "
            "так.|Мысли вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "У {b_gen} в приложении есть [родительский контроль|детский режим]? [Как-то так.|Мысли "
            "вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "{b} переименовала тариф {tariff}, или мне [кажется|показалось]? [Как-то так.|Мысли "
            "вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "Стою в салоне {b_gen}, жду, пока [восстановят|перевыпустят] симку {e_meh}",
            "Как у {b_gen} с покрытием [на Селигере|на Алтае|в Карелии под Сортавалой]? Собираемся "
            "[на всё лето|в отпуск] {e_meh}",
            "Статистика в приложении {b_gen}: за месяц [24 гига|40 гигов], половина — ютуб {lol} "
            "{e_meh}",
            "Ребёнку взяли симку {b_gen}, [тариф детский|баланс пополняем автоплатежом][, если "
            "что|, кстати|, к слову|, просто к сведению|, для справки|, на заметку|, как-то так|, "
            "ну да ладно] {e_meh}",
            "Нужен ли паспорт, чтобы купить симку {b_gen} в [киоске|салоне]? {e_meh}",
            "{b} спонсирует [регату|фестиваль серфинга] в {city}, логотипы на каждом шагу {e_meh}",
            "Сравниваю тарифы {b_gen} и [двух других операторов|большой тройки], табличку скину "
            "позже {e_meh}",
            "У кого {b}, вам тоже пришло смс про обновление условий? [Как-то так.|Мысли "
            "вслух.|Такие дела.|Просто интересно.|Вдруг кому пригодится.] {e_meh}",
            "Пополнила баланс {b_gen} через [банк|терминал], деньги [пришли сразу|идут минут пять] "
            "{e_meh}",
            "Кстати, у {b_gen} теперь [есть|появился] тариф {tariff} для [студентов|пенсионеров] "
            "{e_meh}",
            "Номер {b_gen} или [корпоративный|старый] — какой оставить? Думаю {e_meh}",
            "Смотрю презентацию {b_gen} про [спутниковую связь|новые вышки], любопытно[, если "
            "что|, кстати|, к слову|, просто к сведению|, для справки|, на заметку|, как-то так|, "
            "ну да ладно] {e_meh}",
        ),
        en=(
            "Anyone on {b}, how's [the signal|data] {where}? {e_meh}",
            "Thinking of switching to {b}. [Worth it?|Anyone on it, how's coverage in {city}?] "
            "{e_meh}",
            "How much is the {tariff} plan on {b} these days? [Just wondering.|Curious.|That's "
            "all.|Random thought.|Thoughts welcome.] {e_meh}",
            "{b} [changed its plans|updated the app], need to figure it out {e_meh}",
            "Can you get a {b} eSIM for [a smartwatch|a tablet]? {e_meh}",
            "Got a text from {b} about [new terms|plan changes] from the first. Anyone read it? "
            "{e_meh}",
            "How's {b} roaming in [Kazakhstan|Georgia|Turkey]? [Just wondering.|Curious.|That's "
            "all.|Random thought.|Thoughts welcome.] {e_meh}",
            "How long does porting a number to {b} take? [Just wondering.|Curious.|That's "
            "all.|Random thought.|Thoughts welcome.] {e_meh}",
            "Their CEO said in an interview that {b} [is putting masts along highways|is rolling "
            "out 5G in the regions] {e_meh}",
            "Does {b} count hotspot data separately? [Asking for my laptop|Need it for work] "
            "{e_meh}",
            "{b} ads with the [dolphin|surfer] are all over town again {lol} {e_meh}",
            "Anyone on {b} {tariff}? Worth switching [from my old plan|at all]? {e_meh}",
            "Measured {b} speed {where}: [40|60|25] Mbps. Is that normal? {e_meh}",
            "Has anyone tried {b} home internet? Speeds in [a panel block|a private house]? "
            "{e_meh}",
            "Does the {b} app have [parental controls|a kids mode]? [Just "
            "wondering.|Curious.|That's all.|Random thought.|Thoughts welcome.] {e_meh}",
            "How's {b} coverage [on Lake Seliger|in Altai|in Karelia]? Heading there [for the "
            "summer|on holiday] {e_meh}",
            "App stats from {b}: [24 GB|40 GB] this month, half of it YouTube {lol} {e_meh}",
            "{b} is sponsoring the [regatta|surf festival] in {city}, logos everywhere {e_meh}",
            "Comparing {b} with [two other carriers|the big three], will post a table later "
            "{e_meh}",
            "Got the {b} text about updated terms too? [What changed|Anyone read it] {e_meh}",
            "Waiting at the {b} store for them to [restore|reissue] my SIM {e_meh}",
            "Do you need a passport to buy a {b} SIM at [a kiosk|the store]? {e_meh}",
            "Had my {b} number for [eight|ten] years now {e_meh}",
        ),
        mixed=(
            "Кто знает, у {b_gen} есть unlimited data без [ограничений|урезания скорости]?",
            "Думаю switch на {b_acc}, reviews [какие|норм]?",
            "У {b_gen} новый app update, кто уже [ставил|обновился]?",
            "Speed test {b_gen} {where}: [40|35] мегабит, норм?",
            "Roaming {b_gen} в [Грузии|Армении] — кто пробовал, how much?",
            "Сижу в очереди в {b_pre} store, жду new SIM[, номерок 47|]",
        ),
    ),
    negative=Texts(
        ru=(
            "{b} [опять|снова] не ловит {where}. [Одна палка|Сеть пропала] {e_neg}",
            "У {b_gen} не работает {svc} [с утра|второй день|с обеда][, вот так вот|, ну и "
            "сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за месяц|, без "
            "комментариев|, красота|, ну супер|, ну спасибо]",
            "{b} списала [300|500] рублей за [подписку, которую я не подключала|какие-то "
            "«развлечения»][, вот так вот|, ну и сервис|, спасибо большое|, класс|, и это не "
            "первый раз|, второй раз за месяц|, без комментариев|, красота|, ну супер|, ну "
            "спасибо] [{e_neg}|{e_meh}]",
            "Поддержка {b_gen} — это бот, который [ходит по кругу|не понимает ни слова] {e_neg}",
            "Скорость {b_gen} вечером [как в 2007-м|полмегабита], ничего не грузится[, вот так "
            "вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "{b} подняла цену на {tariff} [без предупреждения|уже второй раз за год][, вот так "
            "вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо] [{e_neg}|{e_meh}]",
            "Каждый день [по три|по пять] спам-звонков на номер {b_gen}. [Где защита от "
            "спама?|Спасибо, очень нужно]",
            "Звонки через {b_acc} [рвутся каждые две минуты|идут с эхом], работать невозможно "
            "[{e_neg}|{e_meh}]",
            "Роуминг {b_gen} [съел весь баланс за день|так и не включился], сижу без связи в "
            "[аэропорту|отеле]",
            "Приложение {b_gen} [не открывается|выкидывает при входе|показывает минус на "
            "балансе][, вот так вот|, ну и сервис|, спасибо большое|, класс|, и это не первый "
            "раз|, второй раз за месяц|, без комментариев|, красота|, ну супер|, ну спасибо] "
            "{e_neg}",
            "Переносил номер в {b_acc} [две недели|месяц], и всё это время [симка не работала|смс "
            "не приходили] [{e_neg}|{e_meh}]",
            "В салоне {b_gen} вместе с симкой пытались [впарить страховку телефона|навязать "
            "подписку]",
            "{b}, почему у меня [гигабайты закончились за неделю|минус на балансе]? Я ничего не "
            "делала [{e_neg}|{e_meh}]",
            "Домашний интернет от {b_gen} [падает каждый вечер|полдня лежит], мастер [не "
            "пришёл|обещан через неделю]",
            "Интересно, {b} вообще в курсе, что {where} нет связи? Уже [месяц|полгода] так "
            "[{e_neg}|{e_meh}]",
            "Сменила тариф в приложении {b_gen}, а списали [за оба|по старой цене]. Класс",
            "Звоню в {b_acc} уже [сорок минут|час], слушаю «ваш звонок очень важен для нас» "
            "{e_neg}",
            "{b} заблокировала номер [за неоплату, хотя автоплатёж стоит|за «подозрительную "
            "активность»][, вот так вот|, ну и сервис|, спасибо большое|, класс|, и это не первый "
            "раз|, второй раз за месяц|, без комментариев|, красота|, ну супер|, ну спасибо] "
            "[{e_neg}|{e_meh}]",
            "Раньше {b} была [нормальным оператором|самой дешёвой], теперь [цены как у всех|и "
            "связь хуже]",
            "Коды из смс от {b_gen} [приходят через полчаса|не приходят вообще], в банк не зайти "
            "[{e_neg}|{e_meh}]",
            "{sigh}, у {b_gen} опять [«технические работы»|сбой], {svc} не работает[, вот так "
            "вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "В метро у {b_gen} связь [пропадает на каждой станции|есть только на платформе] "
            "[{e_neg}|{e_meh}]",
            "Оператор {b_gen} [нагрубил|бросил трубку], когда я попросил вернуть деньги[, вот так "
            "вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "Обещали 5G, а {b} {where} [еле тянет 3G|держит букву E] [{e_neg}|{e_meh}]",
            "{b} шлёт [рекламные смс|пуши про кредиты] каждый день, и отписаться нельзя",
            "Пытаюсь расторгнуть договор с {b_ins}: [третий визит в салон|требуют прийти лично в "
            "другом городе] [{e_neg}|{e_meh}]",
            "Абонентку {b_gen} списали [дважды|за два месяца вперёд], поддержка [молчит|просит "
            "подождать][, вот так вот|, ну и сервис|, спасибо большое|, класс|, и это не первый "
            "раз|, второй раз за месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "Режим модема на {tariff} у {b_gen} [режут|сделали платным], хотя в описании ни слова "
            "[{e_neg}|{e_meh}]",
            "В {b_pre} [потеряли мою заявку|закрыли обращение без ответа], пиши всё сначала[, вот "
            "так вот|, ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за "
            "месяц|, без комментариев|, красота|, ну супер|, ну спасибо]",
            "Из-за {b_gen} опоздала [на поезд|на собеседование]: не могла [вызвать такси|открыть "
            "карту] [{e_neg}|{e_meh}]",
            "{b} — это когда платишь за безлимит, а получаешь [ограничение скорости|«честное "
            "использование»]",
            "Уже неделю {b} обещает [починить вышку|вернуть деньги], и каждый день «завтра» "
            "[{e_neg}|{e_meh}]",
            "Пополнить баланс {b_gen} — [комиссия 5%|платёж висит сутки]. Серьёзно? [Ну и "
            "сервис.|Не первый раз уже.|Вот так и живём.|Второй раз за месяц.|Без "
            "комментариев.|Занавес.|Ну супер.|Приехали.]",
            "Как отключить у {b_gen} [мелодию вместо гудка|«Кто звонил»]? Подключили сами, без "
            "спроса [{e_neg}|{e_meh}]",
            "{b} не ловит даже в собственном салоне {lol} Это как вообще[, вот так вот|, ну и "
            "сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за месяц|, без "
            "комментариев|, красота|, ну супер|, ну спасибо]",
            "После отпуска {b} [насчитала 2000 за роуминг|выставила счёт за звонки, которых не "
            "было]. {sigh} [{e_neg}|{e_meh}]",
            "Ну и где обещанные гигабайты, {b}? [В рекламе были|Акция же], а на балансе ноль",
            "Симку {b_gen} [перевыпустили|заблокировали] без моего ведома, теперь [коды не "
            "приходят|нет доступа к госуслугам] [{e_neg}|{e_meh}]",
            "{who} третий день не может дозвониться в {b_acc}, [всё занято|робот сбрасывает]",
            "Гудки, тишина, обрыв — так звучит каждый второй звонок через {b_acc}[, вот так вот|, "
            "ну и сервис|, спасибо большое|, класс|, и это не первый раз|, второй раз за месяц|, "
            "без комментариев|, красота|, ну супер|, ну спасибо] {e_neg}",
        ),
        en=(
            "{b} has no signal {where} [again|as usual]. [One bar|Nothing] {e_neg}",
            "{b} {svc} [has been down since morning|hasn't worked for two days][, great service|, "
            "again|, not the first time|, second time this month|, thanks a lot|, wonderful|, "
            "classic]",
            "{b} charged me [300|500] for [a subscription I never added|some 'entertainment' "
            "service] [{e_neg}|{e_meh}]",
            "{b} support is a bot that [goes in circles|understands nothing] {e_neg}",
            "{b} speed in the evening is [2007 level|half a megabit], nothing loads",
            "{b} raised the price of {tariff} [without notice|for the second time this year] "
            "[{e_neg}|{e_meh}]",
            "[Three|Five] spam calls a day on my {b} number. [Where's the spam filter?|Thanks a "
            "lot]",
            "Calls on {b} [drop every two minutes|have an echo], impossible to work "
            "[{e_neg}|{e_meh}]",
            "{b} roaming [ate my whole balance in a day|never switched on], stuck without service "
            "at [the airport|the hotel]",
            "The {b} app [won't open|kicks me out at login|shows a negative balance][, great "
            "service|, again|, not the first time|, second time this month|, thanks a lot|, "
            "wonderful|, classic] {e_neg}",
            "Porting my number to {b} took [two weeks|a month] and the SIM [didn't work|got no "
            "texts] the whole time [{e_neg}|{e_meh}]",
            "The {b} store tried to [sell me phone insurance|push a subscription] with the SIM",
            "{b} home internet [drops every evening|is down half the day], technician [no "
            "show|booked for next week] [{e_neg}|{e_meh}]",
            "Does {b} even know there's no signal {where}? It's been [a month|six months]",
            "Changed plans in the {b} app and got charged [for both|the old price]. Great "
            "[{e_neg}|{e_meh}]",
            "On hold with {b} for [40 minutes|an hour], 'your call is important to us' {e_neg}",
            "{b} blocked my number [for non-payment with autopay on|for 'suspicious activity'][, "
            "great service|, again|, not the first time|, second time this month|, thanks a lot|, "
            "wonderful|, classic]",
            "SMS codes from {b} [arrive half an hour late|never arrive], can't log into my bank "
            "[{e_neg}|{e_meh}]",
            "{b} promised 5G but {where} it [barely does 3G|shows E]",
            "{b} sends [promo texts|loan ads] every day and there's no opt out [{e_neg}|{e_meh}]",
            "Trying to cancel my {b} contract: [third trip to the store|they want me in person in "
            "another city]",
            "{b} charged the monthly fee [twice|two months ahead], support [silent|says wait] "
            "[{e_neg}|{e_meh}]",
            "Paying for 'unlimited' on {b} and getting [throttled|'fair use' limits][, great "
            "service|, again|, not the first time|, second time this month|, thanks a lot|, "
            "wonderful|, classic]",
            "{b} has no signal inside its own store {lol} [{e_neg}|{e_meh}]",
            "Back from holiday and {b} [billed me 2000 for roaming|charged for calls I never "
            "made]. {sigh}",
            "{who} can't get through to {b} for the third day, [always busy|the bot hangs up] "
            "[{e_neg}|{e_meh}]",
        ),
        mixed=(
            "{b} опять no signal {where}, [classic|как обычно] {e_neg}",
            "Support у {b_gen} — просто bot, который ничего не решает",
            "Price up, speed down, {b} как [всегда|обычно]",
            "Roaming {b_gen} съел весь balance за [день|сутки] {e_neg}",
            "Ну такое, {svc} у {b_gen} today [не работает|лежит]",
            "{b} шлёт spam смс каждый день, unsubscribe [не работает|не помогает]",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день], как подключить {svc}?",
            "{h} подскажите, что входит в тариф {tariff}? На сайте [непонятно|мелким шрифтом]",
            "{h} работает ли роуминг в [Грузии|Турции|Казахстане|Египте]?",
            "{h} можно ли перейти на {tariff} и сохранить остаток гигабайт?[ Спасибо!| Заранее "
            "спасибо.|]",
            "{h} как сделать eSIM для [часов|второго телефона]?",
            "{h} когда [будет|появится] 5G в {city}?",
            "{h} что за строка «[контент|услуги партнёров]» в детализации?",
            "{h} как отключить рекламные [смс|рассылки]?",
            "{h} можно ли [восстановить симку|переоформить номер] без визита в салон?",
            "{h} какой тариф посоветуете для [мамы|пожилого человека|ребёнка]?",
            "{h} есть ли у вас домашний интернет в {city}, [в частном секторе|на окраине]?",
            "{h} сколько стоит перенос номера от другого оператора [к вам|и сколько он длится]?",
            "{h} добрый день, как поставить запрет на [платные подписки|короткие номера]?",
            "{h} на {tariff} можно раздавать интернет без ограничений [на ноутбук|на телевизор]?",
            "{h} до скольки работает салон в {city} по [выходным|воскресеньям]?",
            "{h} как оформить семейный тариф и добавить [номера|мамин и детский номер]?",
            "{h} ловит ли у вас [на даче под Рузой|в деревне под Кашином|на Селигере]? Собираемся "
            "на [лето|всё лето с детьми]",
            "{h} как подтвердить номер по новым правилам, [через госуслуги|только в салоне]?",
            "{h} можно ли приостановить номер, пока я за границей [полгода|до осени]?",
            "{h} подскажите, куда уходят гигабайты, если я только в мессенджерах сижу?[ Спасибо!| "
            "Заранее спасибо.|]",
            "{h} а пополнить баланс с карты другого банка без комиссии можно?[ Спасибо!| Заранее "
            "спасибо.|]",
        ),
        en=(
            "{h} hi, how do I activate {svc}? [Can't find it in the app|Is it free]",
            "{h} what's included in the {tariff} plan? [The site is confusing|Small print "
            "everywhere]",
            "{h} does roaming work in [Georgia|Turkey|Kazakhstan|Egypt]?",
            "{h} how do I set up an eSIM for [a smartwatch|a second phone]?",
            "{h} when is 5G coming to {city}? [Asking for the whole district|Still waiting]",
            "{h} how do I stop [promo|marketing] texts?",
            "{h} which plan would you suggest for [my mum|an elderly person|a kid]?",
            "{h} how much does porting a number from another carrier cost?[ Thanks!| Thanks in "
            "advance.|]",
            "{h} how do I block [paid subscriptions|short numbers]?",
            "{h} is there coverage [at a dacha near Ruza|on Lake Seliger|in a village near "
            "Kashin]? Going for the [summer|whole summer with kids]",
            "{h} can I suspend my number while I'm abroad [for six months|until autumn]?",
            "{h} can I use hotspot on {tariff} without limits [for my laptop|for a TV]?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} {svc} не работает [с утра|со вчерашнего вечера|третий день] {where}[, "
            "разберитесь, пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, "
            "ответьте хоть что-то|, вопрос срочный]",
            "{h} списали [199|349|500] за [подписку|услугу], которую я не подключал",
            "{h} связи {where} нет [неделю|с понедельника], когда почините? [{e_neg}|{e_meh}]",
            "{h} почему подняли цену на {tariff} без уведомления? [Я проверил все смс|Ни одного "
            "письма не было]",
            "{h} в роуминге [не работает интернет|ушёл в минус за день], срочно помогите[, "
            "разберитесь, пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, "
            "ответьте хоть что-то|, вопрос срочный]",
            "{h} перенос номера висит [две недели|двадцать дней], старый оператор уже отключил "
            "[{e_neg}|{e_meh}]",
            "{h} звоню на горячую линию [час|сорок минут], робот [сбрасывает|гоняет по меню][, "
            "разберитесь, пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, "
            "ответьте хоть что-то|, вопрос срочный]",
            "{h} спам-звонки [каждый день|по пять раз в день], где ваш антиспам? [Разберитесь, "
            "пожалуйста.|Жду ответа.|Уже не смешно.|Сколько можно?|Помогите решить.|Очень прошу "
            "ответить.|Ответьте хоть что-нибудь.|Вопрос срочный.]",
            "{h} приложение [не пускает|пишет «ошибка сервера»] [с утра|вторые сутки][, "
            "разберитесь, пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, "
            "ответьте хоть что-то|, вопрос срочный] [{e_neg}|{e_meh}]",
            "{h} абонентскую плату списали [дважды|два раза за месяц], верните[, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный]",
            "{h} смс с кодами [не приходят|идут по полчаса], не могу войти в банк",
            "{h} скорость {where} [меньше мегабита|как у модема из нулевых], это за мои деньги? "
            "[{e_neg}|{e_meh}]",
            "{h} в салоне на [Ленина|Мира] [нагрубили|отказались менять симку], это как? "
            "[Разберитесь, пожалуйста.|Жду ответа.|Уже не смешно.|Сколько можно?|Помогите "
            "решить.|Очень прошу ответить.|Ответьте хоть что-нибудь.|Вопрос срочный.]",
            "{h} номер заблокирован [без объяснений|за «подозрительную активность»], я в "
            "командировке без связи",
            "{h} домашний интернет лежит [с субботы|четвёртый день], мастер так и не пришёл "
            "[{e_neg}|{e_meh}]",
            "{h} [20|15] гигабайт по акции «приведи друга» так и не начислили",
            "{h} сменил тариф, а деньги взяли [за оба|по старому тарифу][, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный]",
            "{h} звонки [обрываются|идут с эхом] [всю неделю|постоянно], я вообще-то на работе "
            "{e_neg}",
            "{h} подключили [«Кто звонил»|мелодию вместо гудка] без моего согласия, отключите "
            "[{e_neg}|{e_meh}]",
            "{h} расторгнуть договор онлайн нельзя, а ближайший салон [в 50 км|в другом городе]",
            "{h} на балансе [минус 300|-450], хотя автоплатёж стоит и деньги ушли",
            "{h} eSIM [не активируется|слетела после обновления], без связи [второй день|с утра] "
            "[{e_neg}|{e_meh}]",
            "{h} у меня {tariff}, а режим модема [режет скорость|платный], где это было написано?",
            "{h} в метро на [кольцевой|зелёной ветке] связь пропадает на каждой станции",
            "{h} написал в чат поддержки [три часа назад|утром], ответа нет [{e_neg}|{e_meh}]",
            "{h} вы серьёзно? Опять «технические работы», и {svc} не работает[, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный] {e_neg}",
            "{h} заявку на возврат подал [месяц назад|в прошлом месяце], где деньги?",
            "{h} у бабушки в деревне [под Тверью|под Рязанью] ни одной палки, а раньше ловило[, "
            "разберитесь, пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, "
            "ответьте хоть что-то|, вопрос срочный]",
            "{h} почему в центре {city} только [3G|E]? [Разберитесь, пожалуйста.|Жду ответа.|Уже "
            "не смешно.|Сколько можно?|Помогите решить.|Очень прошу ответить.|Ответьте хоть "
            "что-нибудь.|Вопрос срочный.] [{e_neg}|{e_meh}]",
            "{h} списали за роуминг, хотя я [никуда не уезжал|был в своём регионе]",
            "{h} после смены тарифа пропали [минуты|остатки гигабайт], верните[, разберитесь, "
            "пожалуйста|, жду ответа|, помогите решить|, очень прошу ответить|, ответьте хоть "
            "что-то|, вопрос срочный]",
            "{h} здравствуйте, [не проходят звонки|не работает интернет], перезагружала, не "
            "помогло [{e_neg}|{e_meh}]",
            "{h} ну и зачем мне ваш робот, если он не умеет соединять с человеком?",
            "{h} уже третий раз за месяц без связи, компенсация будет? [Разберитесь, "
            "пожалуйста.|Жду ответа.|Уже не смешно.|Сколько можно?|Помогите решить.|Очень прошу "
            "ответить.|Ответьте хоть что-нибудь.|Вопрос срочный.]",
        ),
        en=(
            "{h} {svc} has been down [since morning|since last night|for three days] {where}",
            "{h} charged [199|349|500] for a [subscription|service] I never added",
            "{h} no signal {where} for [a week|since Monday], when will you fix it? "
            "[{e_neg}|{e_meh}]",
            "{h} why did {tariff} go up without notice? [Checked every text|No email at all]",
            "{h} roaming [data doesn't work|put me in the negative in a day], please help[, please "
            "sort it out|, waiting for a reply|, this is getting old|, please help|, urgent|, "
            "answer please]",
            "{h} my port-in has been stuck for [two weeks|20 days], old carrier already cut me off "
            "[{e_neg}|{e_meh}]",
            "{h} been on your hotline for [an hour|40 minutes], the bot [hangs up|loops me]",
            "{h} spam calls [every day|five times a day], where's your filter? [Please sort it "
            "out.|Waiting for a reply.|This is getting old.|Please help.|Any update?|Urgent, "
            "please.]",
            "{h} the app [won't let me in|says 'server error'] since [this morning|yesterday] "
            "[{e_neg}|{e_meh}]",
            "{h} you took the monthly fee twice [this month|on the 3rd], refund please",
            "{h} SMS codes [don't arrive|take half an hour], can't get into my bank",
            "{h} number blocked [with no explanation|for 'suspicious activity'], I'm on a work "
            "trip with no service [{e_neg}|{e_meh}]",
            "{h} home internet down [since Saturday|for four days], technician never came",
            "{h} the [20|15] promo gigs from the bring-a-friend deal were never added",
            "{h} eSIM [won't activate|disappeared after an update], no service since [this "
            "morning|yesterday] [{e_neg}|{e_meh}]",
            "{h} messaged support chat [three hours ago|this morning], no answer[, please sort it "
            "out|, waiting for a reply|, this is getting old|, please help|, urgent|, answer "
            "please]",
            "{h} charged for roaming though I [never left|was in my home region][, please sort it "
            "out|, waiting for a reply|, this is getting old|, please help|, urgent|, answer "
            "please]",
            "{h} third outage this month, any compensation? [Please sort it out.|Waiting for a "
            "reply.|This is getting old.|Please help.|Any update?|Urgent, please.] "
            "[{e_neg}|{e_meh}]",
        ),
    ),
    comment=Texts(
        ru=(
            "А в {city} [когда 5G|5G когда уже]?",
            "Лучше бы связь {where} [починили|наладили]",
            "Тариф {tariff} верните [старый|как был], пожалуйста",
            "Ответьте в личку, [вторую неделю|десять дней] жду",
            "Классная акция, [подключила|уже пользуюсь] {e_pos}",
            "А для [старых|давних] абонентов что-нибудь будет?",
            "{e_pos}{e_pos}[ класс|]",
            "А роуминг в этот тариф [входит|включён]?",
            "Опять реклама, а связь в метро [никакая|так себе]",
            "Как подключить? В приложении [не вижу|не нашла]",
            "Спасибо, [вчера|к вечеру] всё заработало {e_pos}",
            "Серфер на [картинке|баннере] огонь {lol}",
            "А почему новым условия лучше, чем тем, кто с вами десять лет?[ ))|]",
            "Когда будет [нормальное|человеческое] покрытие {where}?",
            "Плановые работы опять ночью, а днём почему [лагает|тормозит]?",
            "Сделайте уже тариф без интернета для [пенсионеров|бабушек с кнопочными]",
        ),
        en=(
            "When is 5G [coming|finally coming] to {city}?",
            "[Fix|Sort out] the signal {where} first",
            "Please reply to my DM, [it's been days|still waiting]",
            "[Nice|Decent] deal, already switched {e_pos}",
            "Anything for [long-time|loyal] customers [though|]?",
            "Is roaming [included|part of it] [in this|]?",
        ),
    ),
    reply=Texts(
        ru=(
            "У меня тоже {where} [не ловит|пропадает], думала, только у меня",
            "Перезагрузи телефон и переключи на 4G, мне [помогло|это помогло]",
            "Пиши им в чат, не звони, там [быстрее|живые люди]",
            "А у меня [нормально всё|всё ок], {good}",
            "Поставь запрет на подписки в приложении, и больше не спишут[ имхо|]",
            "Это у всех операторов сейчас так, не только у {b_gen}[ имхо|]",
            "{lol} добро пожаловать в [клуб|наш клуб]",
            "Я ушёл от них [в прошлом году|месяц назад] и [не жалею|пока доволен]",
            "Через салон [быстрее|проще], чем через поддержку",
            "Сколько [платишь|отдаёшь] за {tariff}?",
            "Так это [вышку чинят|работы], на сайте было объявление",
            "Пиши жалобу в Роскомнадзор, [сразу зашевелятся|быстро ответят]",
            "Мне [вернули деньги|сняли подписку] после второго обращения",
            "А в каком [районе|районе города]?",
            "У {b_gen} же антиспам бесплатный, [включи|подключи]",
            "Такая же [фигня|беда] {where} {e_neg}",
            "Я на {b_pre} пять лет, ни разу не было такого[ имхо|]",
            "У нас {who} тоже на это [жалуется|ругается], обычно к вечеру само проходит",
            "Спасибо, [попробую|надо попробовать]",
            "{sigh}, ну хоть не только у [меня|меня одной]",
            "Мне кажется, это [телефон|твой телефон], а не связь",
            "В приложении есть карта покрытия, [глянь|посмотри]",
        ),
        en=(
            "Same {where}, thought it was just [me|my phone]",
            "Restart and switch to 4G, fixed it for me[ twice|]",
            "Use the chat, not the hotline, it's [faster|way faster]",
            "Works fine for me[ tbh|], {good}",
            "Block subscriptions in the app and they can't charge you[ imo|]",
            "All carriers are like this now, not just {b}[ tbh|]",
            "Left them [last year|a month ago], [no regrets|happy so far]",
            "Which [area|part of town]?",
            "Been on {b} [five|six] years, never had that",
            "{lol} welcome to the [club|club, mate]",
        ),
        mixed=(
            "Same, у меня тоже no signal [{lol}|с утра]",
            "Просто restart сделай, [помогает|мне помог]",
            "Classic {b}, ничего [нового|удивительного]",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Сожалеем о неудобствах. Напишите, пожалуйста, номер телефона и адрес в "
            "личные сообщения — проверим работу сети в вашем районе.[ Хорошего дня!|]",
            "Добрый день! Проверили ваш номер: [платная подписка отключена, деньги вернём в "
            "течение трёх дней|списание — это абонентская плата за следующий период].",
            "Здравствуйте! На базовой станции рядом с вами идут работы, связь восстановим [до "
            "конца дня|в течение суток]. Приносим извинения.",
            "Здравствуйте! [Тариф можно сменить в приложении в разделе «Тарифы»|Услугу можно "
            "подключить в приложении или короткой командой]. Если будут сложности — пишите.",
            "Добрый день! Запрет на платные подписки ставится в приложении: «Профиль» → "
            "«Безопасность». Можем сделать это за вас.[ Хорошего дня!|]",
            "Здравствуйте! Обращение [зарегистрировано|передано техническим специалистам], ответим "
            "в течение 24 часов.",
            "Спасибо, что сообщили! Передали информацию инженерам, они уже проверяют покрытие в "
            "этом месте.[ Хорошего дня!|]",
            "Здравствуйте! Роуминг в этой стране доступен. Проверьте, пожалуйста, что в настройках "
            "телефона включена передача данных в роуминге.[ Хорошего дня!|]",
            "Добрый день! Извините за ожидание. Напишите в личные сообщения номер обращения — "
            "ускорим решение.[ Хорошего дня!|]",
            "Здравствуйте! Перенос номера занимает до восьми рабочих дней. Ваша заявка на "
            "финальном этапе.[ Хорошего дня!|]",
            "Здравствуйте! Вернули ошибочно списанные средства на баланс, они уже доступны. "
            "Извините за неудобства.[ Хорошего дня!|]",
            "Добрый день! От нежелательных звонков защищает бесплатная услуга «Антиспам», её можно "
            "включить в приложении.[ Хорошего дня!|]",
            "Здравствуйте! В часы пик скорость может снижаться. Мы расширяем ёмкость сети в вашем "
            "районе, работы завершим в этом месяце.[ Хорошего дня!|]",
            "Здравствуйте! К сожалению, это можно сделать только при личном визите. Адреса салонов "
            "— на сайте в разделе «Офисы».[ Хорошего дня!|]",
            "Привет! 5G в вашем городе запустим в течение года, следите за новостями в нашем "
            "канале 📡[ Хорошего дня!|]",
            "Здравствуйте! Мастер свяжется с вами сегодня до 18:00 и согласует время визита.[ "
            "Хорошего дня!|]",
            "Добрый день! Услугу отключили и вернули оплату. Спасибо, что написали.[ Хорошего "
            "дня!|]",
            "Здравствуйте! Мы на связи. Уточните, пожалуйста, модель телефона — подскажем "
            "настройки.[ Хорошего дня!|]",
        ),
        en=(
            "Hi! Sorry for the trouble. Please DM us your number and address and we'll check the "
            "network in your area.[ Have a nice day!|]",
            "Hello! There's maintenance on a nearby base station; service will be back within 24 "
            "hours. Apologies.[ Have a nice day!|]",
            "Hi! We've refunded the mistaken charge to your balance. Sorry about that.[ Have a "
            "nice day!|]",
            "Hello! Roaming is available there; please check that data roaming is on in your phone "
            "settings.[ Have a nice day!|]",
            "Hi! Your request is with our engineers, we'll reply within 24 hours.[ Have a nice "
            "day!|]",
            "Hello! Porting takes up to 8 business days; your request is at the final stage.[ Have "
            "a nice day!|]",
            "Hi! You can block paid subscriptions in the app under Profile → Security, or we can "
            "do it for you.[ Have a nice day!|]",
            "Hi! You can change your plan in the app under Plans. Message us if you get stuck.[ "
            "Have a nice day!|]",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, [заработало|деньги вернули|подписку сняли]!",
            "[Быстро|Шустро], спасибо {e_pos}",
            "Ок, отправил в личку [номер|данные]",
            "Спасибо, мастер [пришёл|позвонил], всё работает",
            "Благодарю, вопрос [решён|решился]",
            "О, и правда, роуминг был выключен в настройках {lol} Спасибо[ {e_pos}|]",
            "Спасибо за помощь, связь [вернулась|появилась]",
        ),
        en=(
            "Thanks, [it's working|refund received]!",
            "[Quick|Fast], thank you {e_pos}",
            "DMed you[ the details|]",
            "Thanks, all [fixed|good now]",
            "Oh, data roaming was off on my phone {lol} Thanks[ {e_pos}|]",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Прошло [два дня|больше суток], связи как не было, так и нет",
            "Написал в личку, [тишина|прочитали и молчат]",
            "Деньги так и не [вернулись|пришли] на баланс",
            "Всё включено в настройках, [не работает|а толку ноль]",
            "Вы так уже отвечали на [прошлой неделе|позапрошлой неделе] {e_neg}",
            "Мастер [не пришёл|так и не появился]",
            "Подписку отключили, а через [день|два дня] она снова появилась",
            "Номер обращения [отправила|скинула], и что дальше?",
        ),
        en=(
            "[Two|Three] days later, still no signal",
            "DMed you, [no reply|crickets]",
            "Refund still not on my balance[ btw|]",
            "Everything's on in settings, still not [working|connecting] {e_neg}",
            "The subscription came back the next [day|morning]",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Пользуюсь [три года|пять лет]: {good}. Цены адекватные, рекомендую.",
            "Перешла от другого оператора и не жалею: {good}. Минус: {meh}. {e_pos}",
            "Хорошая связь в городе и за городом, интернет быстрый. Пять звёзд.[ {e_pos}|]",
            "Поддержка в чате отвечает быстро и по делу, без шаблонов. Приятно. {e_pos}",
            "В салоне помогли перенести номер и настроить eSIM за пятнадцать минут. Спасибо "
            "сотруднику![ {e_pos}|]",
            "Тариф {tariff} полностью [устраивает|подходит], гигабайты не сгорают: {good}. {e_pos}",
            "Неплохой оператор: {meh}, но в целом всё стабильно. [Четыре|Четыре звезды].",
            "В роуминге работало без проблем, цены понятные, смс о расходах приходят вовремя. "
            "{e_pos}",
            "Домашний интернет подключили за [два|три] дня, скорость соответствует заявленной.",
            "Ни одной навязанной подписки за два года, для оператора это редкость {e_pos}",
            "Приложение удобное, всё видно: расходы, остатки, [бонусы|подписки]: {good}. {e_pos}",
            "Хорошее покрытие {where}, чего не скажешь о [конкурентах|прошлом операторе].",
            "Семейный тариф выгодный, на всех четверых платим меньше, чем раньше за двоих. {e_pos}",
        ),
        en=(
            "Been with them [three|five] years: {good}. Fair prices, recommend.",
            "Switched from another carrier, no regrets: {good}. Minus: {meh}. {e_pos}",
            "Support chat replies fast and to the point. [Nice|Refreshing].",
            "Roaming worked fine, clear prices, spending alerts on time. {e_pos}",
            "Good coverage {where}, unlike the [competition|other two].",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Связи {where} нет [месяц|с весны], обращения закрывают без результата. Единица.",
            "Списывают деньги за подписки, которые я не подключал. Вернули только после третьей "
            "жалобы.",
            "Интернет вечером не работает, скорость [меньше мегабита|как на модеме]. За что "
            "платить?",
            "Поддержка — бот, до живого человека не добраться. [Час на линии|Сорок минут музыки] "
            "впустую.",
            "Перенос номера занял месяц, всё это время без смс. Больше никогда. [Не советую.|Жаль "
            "потраченных денег.|Осадок остался.|Делайте выводы.|Минус звезда.|Обидно.]",
            "В салоне [нахамили|навязали страховку], когда пришла просто поменять симку. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Цену на тариф подняли без уведомления, смс пришло уже после списания. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Роуминг [съел весь баланс за день|не работал всю поездку]. Предупреждений не было. "
            "[Не советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Домашний интернет постоянно отваливается, мастер приходил три раза — без толку. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Спам-звонки по пять раз в день, антиспам не помогает. Номер хоть меняй. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Звонки обрываются, собеседник меня не слышит, {where} связи почти нет. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Хотела расторгнуть договор — отправили в салон в другой район, там отправили обратно.",
            "Абонентскую плату списали дважды, вернули через две недели и только после жалобы. [Не "
            "советую.|Жаль потраченных денег.|Осадок остался.|Делайте выводы.|Минус "
            "звезда.|Обидно.]",
            "Обещали 5G, на деле {where} еле работает 3G. Реклама не соответствует "
            "действительности. [Не советую.|Жаль потраченных денег.|Осадок остался.|Делайте "
            "выводы.|Минус звезда.|Обидно.]",
            "Приложение постоянно вылетает, пополнить баланс можно с [третьего|четвёртого] раза.",
            "Коды из смс приходят с опозданием или не приходят вовсе. Для банка это критично.",
            "Подключили платную мелодию вместо гудка без моего согласия. Сами отключать "
            "отказались. [Не советую.|Жаль потраченных денег.|Осадок остался.|Делайте "
            "выводы.|Минус звезда.|Обидно.]",
            "Раньше был нормальный оператор, последний год [связь хуже|цены выше], качество вниз.",
            "Номер заблокировали за «подозрительную активность», разблокировали через [три "
            "дня|неделю] и только лично в салоне.",
            "Скорость режут после [20|30] гигабайт, хотя тариф называется безлимитным.",
            "На карте покрытия {where} нарисован 4G, а по факту [одна палка|«нет сети»]. Заявки "
            "закрывают с формулировкой «проблема не подтвердилась».",
            "Подключили [гороскоп за 15 рублей в день|«развлекательный контент»] и отказались "
            "вернуть деньги: «вы сами согласились».",
            "Пришла в салон [заменить симку|восстановить номер], а мне [час впаривали "
            "страховку|полчаса предлагали новый телефон]. Устала.",
            "Домашний интернет отваливается [каждый вечер около девяти|в любой дождь], мастер был "
            "[трижды|два раза], толку ноль.",
            "Цену тарифа подняли [дважды за год|на треть], предупреждение пришло одной смс среди "
            "рекламы.",
            "Разговор обрывается [на полуслове|через пару минут], собеседник слышит эхо. Для "
            "удалённой работы это катастрофа.",
            "Чат поддержки отвечает [шаблонами|одной и той же фразой бота], живого сотрудника не "
            "дождалась за [сорок минут|час].",
            "Оплатила счёт через приложение, деньги ушли, а баланс [в минусе два дня|не "
            "пополнился], номер заблокировали.",
            "Перевели на новый тариф [без моего согласия|«в связи с архивацией старого»], платить "
            "стало на [200|300] рублей больше.",
            "Роутер от оператора [греется и перезагружается|теряет сеть] каждые полчаса, замену "
            "обещают [через месяц|«в порядке очереди»].",
            "Спам-звонки «из службы безопасности банка» по [три|четыре] раза в день, а оператор "
            "разводит руками.",
            "В метро между станциями связь пропадает [полностью|на каждом перегоне], хотя у коллег "
            "с другим оператором всё работает.",
            "Номер сменил владельца после [трёх месяцев|полугода] без пополнения, а предупредить "
            "забыли. Потеряла доступ к соцсетям.",
            "Обещанный кешбэк за пополнение [не пришёл|пришёл баллами, которые некуда потратить]. "
            "Мелочь, а неприятно.",
            "Детский тариф с «родительским контролем» — [контроль не работает|ребёнок отключил его "
            "за минуту]. Деньги на ветер.",
            "Отправила заявку на перерасчёт за [неделю без связи|авария в районе], прошёл месяц — "
            "[ответа нет|отказ без объяснений].",
            "Скорость в часы пик [меньше мегабита|как у старого модема], видео не грузится, карты "
            "не открываются.",
            "В роуминге [списали за трафик, которого не было|пакет не подключился сам], счёт на "
            "[три|пять] тысяч.",
            "Сотрудница салона [переоформила не тот номер|ошиблась в паспортных данных], "
            "исправляли [две недели|три визита].",
            "Уведомление о списании приходит [через сутки|после того, как деньги ушли], "
            "контролировать расходы невозможно.",
        ),
        en=(
            "No signal {where} for [a month|since spring], tickets closed with no result. One "
            "star.",
            "Charged for subscriptions I never added. Refunded only after the third complaint. "
            "[Not recommended.|Waste of money.|Disappointing.|Draw your own conclusions.|Minus a "
            "star.]",
            "Evening speeds are [under a megabit|dial-up level]. What am I paying for?",
            "Support is a bot, can't reach a human. [An hour on hold|Forty minutes of music] "
            "wasted.",
            "Porting my number took a month with no texts. Never again. [Not recommended.|Waste of "
            "money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Raised the plan price without notice, the text came after the charge. [Not "
            "recommended.|Waste of money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Roaming [ate my balance in a day|didn't work the entire trip]. No warning. [Not "
            "recommended.|Waste of money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Spam calls five times a day, the spam filter does nothing. [Not recommended.|Waste of "
            "money.|Disappointing.|Draw your own conclusions.|Minus a star.]",
            "Promised 5G, but {where} it barely does [3G|anything].",
            "Throttled after [20|30] GB on a plan called unlimited.",
            "Coverage map shows 4G {where}, reality is [one bar|'no service']. Tickets closed "
            "without fixing anything.",
            "They added a paid ['entertainment' subscription|horoscope service] to my number and "
            "refused to refund it.",
            "Store staff [pushed insurance|kept upselling a new phone] when I came in to replace a "
            "SIM. Exhausting.",
            "Home internet drops [every evening at nine|whenever it rains], three technician "
            "visits, no fix.",
            "Plan price went up [twice this year|by 30%] with a single text buried among ads.",
            "Calls drop [mid-sentence|after two minutes], the other person hears an echo. Terrible "
            "for work.",
            "App crashes [at top-up|on login], paying the bill takes [three|four] attempts.",
            "Cancelling the contract meant [two store visits|a trip to another district], online "
            "isn't allowed. Absurd.",
            "Support chat replies with [templates|the same bot answer] every time. Human agents "
            "don't exist.",
            "SMS codes [arrive late|don't arrive at all], I got locked out of my bank twice.",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Спасибо за отзыв и извините за неудобства. Пожалуйста, напишите нам в "
            "чат поддержки номер телефона — проверим и поможем.[ С уважением, команда заботы о "
            "клиентах.|]",
            "Добрый день. Нам жаль, что у вас сложилось такое впечатление. Обращение передано "
            "специалистам, с вами свяжутся.[ С уважением, команда заботы о клиентах.|]",
            "Здравствуйте! Приносим извинения. Мы проверили ваш номер и вернули средства на "
            "баланс. Спасибо, что сообщили.[ С уважением, команда заботы о клиентах.|]",
            "Спасибо, что написали. Информацию о качестве связи в вашем районе передали инженерам, "
            "работы запланированы.[ С уважением, команда заботы о клиентах.|]",
            "Здравствуйте! Сожалеем. Для решения вопроса обратитесь, пожалуйста, в чат в "
            "приложении — там быстрее всего.[ С уважением, команда заботы о клиентах.|]",
        ),
        en=(
            "Hello! Thank you for the review and sorry for the trouble. Please message our support "
            "chat with your number and we'll help.[ Kind regards, customer care.|]",
            "We're sorry to hear this. Your case has been passed to our specialists and they will "
            "contact you.[ Kind regards, customer care.|]",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за [отзыв|такой отзыв]! Рады, что вы с нами [уже столько лет|] 💙",
            "Благодарим за [высокую оценку|пять звёзд]! Будем и дальше держать планку.",
            "Спасибо! Передадим [сотруднику салона|коллегам из салона], им будет приятно.",
        ),
        en=(
            "Thanks for the review[!|, truly!] Glad to have you [on board|with us] 💙",
            "Thank you for the kind words[!|, it means a lot!]",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. По данным системы, услуга была подключена с вашего номера через "
            "приложение. Если вы этого не делали, напишите в чат — проверим журнал входов.[ С "
            "уважением, отдел качества.|]",
            "Добрый день. В указанный период аварий в вашем районе не зафиксировано. Пришлите, "
            "пожалуйста, точный адрес и модель телефона, чтобы мы проверили подробнее.[ С "
            "уважением, отдел качества.|]",
        ),
        en=(
            "Hello. Our records show the service was activated from your number via the app. If "
            "that wasn't you, message our chat and we'll check the login history.[ Regards, "
            "quality team.|]",
        ),
    ),
    official_post=Texts(
        ru=(
            "Новый тариф {tariff}: больше гигабайт за ту же цену. Переход — в приложении в два "
            "касания 📲[ Подробности — по ссылке в профиле.|]",
            "Запустили 5G в {city}! Карта покрытия — на сайте, проверьте свой район.[ Подробности "
            "— по ссылке в профиле.|]",
            "Плановые работы в {city} этой ночью с 02:00 до 05:00: возможны перерывы связи. "
            "Спасибо за понимание.[ Подробности — по ссылке в профиле.|]",
            "Как распознать мошенников по телефону: пять признаков, о которых стоит помнить. "
            "Сохраните и перешлите родителям.[ Подробности — по ссылке в профиле.|]",
            "Приведи друга в {b_acc} — и вы оба получите по 20 ГБ на месяц 🎁[ Подробности — по "
            "ссылке в профиле.|]",
            "Обновили приложение: теперь можно [поставить запрет на подписки в один клик|следить "
            "за расходами детей|оформить eSIM без визита в салон].",
            "Лето с {b_ins}: роуминг в [Турции и Египте|странах СНГ] по цене домашнего тарифа до "
            "конца августа ☀️",
            "Построили [сорок|пятьдесят] новых базовых станций вдоль трассы М-4. Ехать стало "
            "спокойнее.",
            "{b} — партнёр фестиваля [серфинга|парусного спорта] в {city}. Приходите, будет "
            "красиво 🏄",
            "Антиспам теперь бесплатный для всех абонентов. Включить можно в приложении.[ "
            "Подробности — по ссылке в профиле.|]",
            "Открыли новый салон в {city}, [в центре|у вокзала]. Ждём в гости!",
            "Нам 15 лет! Спасибо, что вы с нами. Подарок для всех абонентов — в приложении 💙[ "
            "Подробности — по ссылке в профиле.|]",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Провёл день с инженерами на новой вышке под {city}. Сорок метров вверх — и совсем "
            "другое понимание того, что такое «связь».",
            "Выступал на отраслевой конференции: говорили о частотах, о 5G и о том, где брать "
            "оборудование. Тезисы — ниже.",
            "Итоги квартала хорошие, подробности команда опубликует в отчёте. Спасибо всем, кто "
            "работал без выходных.",
            "Читаю книгу об истории телефонной связи. Удивительно, как мало изменились "
            "человеческие ожидания за сто лет.",
            "Утром пробежка вдоль набережной, потом в офис. Лучшие идеи приходят на десятом "
            "километре.",
            "Съездил в небольшой посёлок, где мы поставили первую вышку. Люди встречали как "
            "родных. Ради такого и работаем.",
            "Коллеги из техподдержки провели для меня смену. Честно: это самая сложная работа в "
            "компании.",
            "Думаю о том, как сделать тарифы проще. Если бы вы могли убрать одну вещь из своего "
            "тарифа — что бы это было?",
            "Сын спросил, почему в лифте не ловит. Полчаса объяснял про бетон и металл 😄",
            "Встретились с командой, которая делает приложение. Много планов на осень, скоро "
            "покажем.",
            "Выходные на рыбалке. Связь, кстати, ловит прямо на середине озера 😉",
            "Поздравляю нашего инженера из {city} с рекордом: двенадцать станций за месяц.",
            "Интервью для отраслевого издания вышло сегодня, ссылка в комментариях.",
            "Провёл день в салоне в {city}. Лучший способ услышать клиентов — постоять за стойкой.",
            "Рекомендую документалку про строительство подводных кабелей. Смотрел на одном "
            "дыхании.",
            "Обсуждали с губернатором связь на дорогах региона. Договорились о ещё двадцати "
            "точках.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Сравнил скорость четырёх операторов в {city}, {b} [на первом месте|в лидерах] по "
            "мобильному интернету. Видео с замерами на канале",
            "Обзор тарифа {tariff} от {b_gen}: [честно, выгодно|лучший вариант для студентов]. "
            "Разбираю подробно",
            "Проехал тысячу километров по трассе с симкой {b_gen} — [связь почти без "
            "провалов|приятно удивила]",
            "Тест eSIM у {b_gen}: от покупки до звонка [три минуты|пять минут]. Вот это уровень",
            "{b} реально работает {where}, проверил на стриме — ни одного лага {e_pos}[ Ссылка в "
            "профиле.|]",
        ),
        en=(
            "Speed-tested four carriers in {city}, {b} [came first|was among the leaders] for "
            "mobile data. Video with results is up",
            "Reviewed the {b} {tariff} plan: [genuinely good value|best option for students]. Full "
            "breakdown on the channel",
            "Drove a thousand kilometres with a {b} SIM and [barely lost signal|was impressed]",
            "Tested {b} eSIM: purchase to first call in [three|five] minutes {e_pos}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Подписчики жалуются, что {b} [списывает за подписки|режет скорость]. Собрал ваши "
            "истории в видео",
            "Честный тест {b_gen} {where}: [еле 3G|связь пропадала каждые пять минут]. Реклама и "
            "реальность",
            "Пытался на камеру расторгнуть договор с {b_ins}. Спойлер: [не получилось|ушло три "
            "часа]",
            "В роуминге {b} [списала мне 4000 за сутки|не работала вообще]. Рассказываю, как не "
            "попасть так же",
        ),
        en=(
            "Followers say {b} [charges for subscriptions|throttles data]. I collected your "
            "stories in a video",
            "Honest {b} test {where}: [barely 3G|dropped every five minutes]. Ads vs reality",
            "Tried to cancel a {b} contract on camera. Spoiler: [failed|took three hours]",
        ),
    ),
    decoy=Texts(
        ru=(
            "Первый раз поймал волну {shore}, [руки до сих пор дрожат|инструктор орал от радости "
            "громче меня] {e_pos}",
            "Сегодня волна [метра полтора|по пояс], идеально для новичков, [приезжайте|ждём на "
            "споте] {shore}",
            "Познакомились в очереди за кофе, а через час поняли, что на одной волне [во всём|даже "
            "по музыке] {e_pos}",
            "Стадион запустил волну [три круга подряд|во втором тайме при счёте 0:0], у меня "
            "мурашки {e_pos}",
            "Слушаю радио на волне [102,5|98,6|89,1], там [классный джаз|ретро по вечерам|отличный "
            "утренний эфир] {e_pos}",
            "Новая волна французского кино к семинару: [пересматриваю Годара|пишу эссе про Трюффо] "
            "второй вечер {e_meh}",
            "Нашла на антресолях [видеокассеты|кассеты с Цоем], и накрыла волна ностальгии {e_pos}",
            "Укладка «голливудская волна» за [полчаса|двадцать минут] на обычную плойку, туториал "
            "в сторис",
            "Серф-лагерь {shore}: за неделю [встала на доску|поймала первую волну], теперь хочу "
            "жить у воды {e_pos}",
            "Пришла волна вдохновения посреди ночи, [рисую третий день подряд|дописала наконец "
            "седьмую главу] {e_pos}",
            "Море сегодня спокойное, волна [совсем маленькая|почти незаметная], дети плещутся "
            "{shore} {e_pos}",
            "После [концерта в филармонии|встречи выпускников спустя двадцать лет] накрыла тёплая "
            "волна благодарности {e_pos}",
            "Сын в девятом классе, физика, [длина|частота] волны — сижу с ним и понимаю, что сама "
            "не помню {lol}",
            "Йога в шесть утра, тренер учит дыханию «волной»: [вдох животом, потом грудью|очень "
            "расслабляет после смены] {e_pos}",
            "Диджей держал волну до утра, [танцпол не пустел|лучший сет лета] {e_pos}",
            "Фото с утренней прогулки: волна разбивается о [волнорез|старый маяк] в Новороссийске "
            "{e_pos}",
            "В аквапарке каждые полчаса включают волну, дети [визжат от радости|не вылезают из "
            "бассейна третий час] {lol}",
            "Третий выпуск подкаста про [русский рок|ленинградский андеграунд] новой волны, с "
            "архивными записями {e_pos}",
            "Поймать волну в работе — [лучшее чувство|редкость], сегодня как раз такой день",
            "Сёрфер поймал волну высотой [с дом|метра четыре], видео в комментах {e_pos}",
            "Волна эмоций после [финала сериала|выпускного у младшей], третий час ночи, не могу "
            "уснуть",
            "Капитан говорит, к вечеру волна уляжется и выйдем в море {e_pos}",
            "Учим среднюю группу делать «волну» руками к утреннику, [пока получается "
            "цунами|воспитатель держится] {e_pos}",
            "Кудри волной без плойки и фена — [четыре косички на ночь|жгуты из влажных волос], "
            "проверено на дочке",
            "На озере ветерок, волна [небольшая|приличная], [катаемся на сапах|поплыли на "
            "катамаране] {e_pos}",
            "Рисую акварелью волну [уже неделю|пятый раз], пена никак не получается {lol}",
            "Кто-нибудь ловил волну на Чёрном море в ноябре? Собираемся с доской {e_pos}",
            "Радиолюбители, на какой волне ищете позывные по выходным? [Я на сорока метрах|Антенну "
            "только повесил]",
            "Мексиканская волна на [концерте|матче в {city}] обошла трибуны дважды, встали даже "
            "бабушки {e_pos}",
            "Панк новой волны в клубе [в пятницу|на выходных], билеты ещё есть {e_pos}",
            "Тренер по плаванию: «с волной не борись, подныривай под неё»",
            "Бариста в кофейне у вокзала нарисовал на капучино волну вместо сердечка, [мелочь, а "
            "день стал лучше|я сфоткала раньше, чем отпила] {e_pos}",
            "[Сын|Племянник] впервые увидел, как волна накрывает пирс {shore}, [визжал от "
            "восторга|снял сто видео] {e_pos}",
            "Сёрфинг в {city}? Да, когда ветер с залива, волна бывает [вполне|неплохая] {lol}",
            "Волна за волной — медитативное видео для сна, [час шума прибоя|звук моря], ссылка в "
            "профиле {e_pos}",
            "В понедельник поймала волну продуктивности: [разобрала шкаф и балкон|закрыла все "
            "задачи] до обеда {e_pos}",
            "На свадьбе двоюродного брата гости устроили волну под [«Ласковый май»|Пугачёву], "
            "тамада доволен {lol}",
            "Пишу диплом по распространению звуковой волны в [трубах|жидкостях], пожелайте удачи "
            "{e_pos}",
        ),
        en=(
            "Russian word of the day [#14|#27|#31]: volna, which means wave 🌊 [Use it at the "
            "beach|Say it with feeling]",
            "My surf coach {shore} kept yelling 'volna!' every time a set rolled in {lol}",
            "In Russian you say you're on the same volna when you're on the same wavelength "
            "{e_pos}",
            "Learned that volna means wave in Russian. Duolingo taught me that before 'please' "
            "{lol}",
            "The crowd did a massive volna, as my Russian mates call the stadium wave {e_pos}",
            "Russian new wave playlists are tagged 'novaya volna', great rabbit hole {e_pos}",
            "Our Russian teacher had us [read|recite] a poem called Volna [today|this week], "
            "[beautiful stuff|so many rolling Rs]",
            "Flashcards for the trip: volna = wave, more = sea, bereg = shore {e_pos}",
            "My gran hums an old song about a volna every time we go to the seaside {e_pos}",
            "Surfing {shore} today, the locals just shout 'volna' and paddle {lol}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Волна увольнений в [IT|банках|ретейле] докатилась и до нашей компании {e_neg}",
            "Новая волна жары: [+38|+40] в {city}, кондиционеры раскупили за день",
            "Волна гриппа: у сына в школе [половина класса на больничном|закрыли на карантин]",
            "На режиссёра обрушилась волна критики после [премьеры|скандального интервью] {e_meh}",
            "Волна подорожания: [гречка|сахар|бензин] плюс [пятнадцать|двадцать] процентов за "
            "месяц",
            "Волна мошеннических звонков «из службы безопасности банка» — родители, будьте "
            "осторожны",
            "Под постом [блогерши|актрисы] волна хейта, люди, вы чего {e_neg}",
            "Волна холода придёт [к выходным|в среду], до минус тридцати в {city} {e_meh}",
            "Опять волна ковида, [в офисе половина кашляет|маски снова в ходу]",
            "Волна [смыла лежаки|перехлестнула через набережную] {shore}, туристов эвакуировали",
            "Волна закрытий кафе в центре {city}: [аренда съела всё|посетителей нет] {e_meh}",
            "Волна отмен концертов [из-за погоды|по «техническим причинам»], фанаты в ярости",
            "В родительском чате волна паники из-за [ОГЭ|нового расписания] {lol}",
            "Волна аварий после ледяного дождя, [пробки девять баллов|эвакуаторы не успевают] "
            "{e_meh}",
            "Волна выгорания у коллег после [годового отчёта|аудита], все на нервах",
            "Волна негатива в комментариях к [новому закону|реформе] была предсказуема",
            "Волна ветрянки в садике, [третья группа на карантине|сидим дома вторую неделю] "
            "{e_meh}",
            "Волна отравлений [грибами|в летних лагерях], врачи бьют тревогу",
            "Девятибалльная волна в проливе, паромы [отменили|стоят у причала]",
            "Волна эмиграции [айтишников|врачей] — и что дальше, непонятно {e_meh}",
            "Тепловая волна в Европе, [пожары|рекорды температуры], страшно смотреть {e_meh}",
            "Накатила волна аллергии: [тополиный пух|цветёт берёза], глаза слезятся {e_neg}",
            "Волна сокращений в [нашем НИИ|министерстве], отдел урезали вдвое",
            "Волна жалоб на коммуналку после [отключения горячей воды|новых платёжек]",
            "Очередная волна банкротств [застройщиков|турфирм], дольщики в шоке {e_meh}",
            "Волна снегопадов парализовала {city}: [автобусы встали|школы закрыли]",
            "На сёрфе накрыло волной, [доску унесло|наглоталась воды]. {sigh}",
            "Волна смыла [детские сандалии|телефон] с пирса, вот и отдохнули {e_neg}",
            "После финала сериала волна разочарования, сценаристы, за что {e_meh}",
            "Волна отказов по визам, [поездка сорвалась|ждём третий месяц]",
            "Вторая волна [кори|эпидемии] в регионе, прививочные пункты переполнены",
            "Волна краж [велосипедов|самокатов] у нас на районе, [камеры не помогают|полиция "
            "разводит руками] {e_meh}",
            "Волна жары добила [огород|рассаду], всё сгорело за два дня {sigh}",
            "Из-за штормовой волны отменили [рейсы на острова|морскую прогулку], деньги не вернут",
            "Волна разоблачений в [спорте|шоу-бизнесе], кумиры падают один за другим {e_meh}",
            "Большая волна перевернула [лодку|катамаран] {shore}, люди спаслись чудом",
            "Волна лесных пожаров в [Забайкалье|Якутии], дым дошёл до {city}",
            "Новая волна забастовок [в авиакомпаниях|у докеров], рейсы задерживаются {e_meh}",
            "После волны снегопадов крыши [текут|проседают], управляющая компания молчит",
            "Волна отказов в ипотеке, банки ужесточили требования, [сделка сорвалась|риелтор в "
            "шоке]",
            "Ураганная волна [разбила причал|выбросила яхты на берег] {shore} {e_meh}",
            "Волна ледяного воздуха с Арктики: [трубы перемерзают|машины не заводятся]",
        ),
        en=(
            "Russian news calls it a volna of layoffs, and it just reached our office {e_neg}",
            "The heat volna, as my Russian colleagues say, is brutal this week",
            "Another flu volna at my kid's school, half the class is out",
            "A volna of criticism hit the director after the premiere {e_meh}",
            "Got knocked off my board by a big volna {shore}, lost the board too {sigh}",
        ),
    ),
)

# ------------------------------------------------------------------ big accounts about other things
INFLUENCER_OTHER = Texts(
    ru=(
        "Новый выпуск на канале: [разбираем бюджет семьи из трёх человек|как я закрыл ипотеку за "
        "пять лет]. Ссылка в профиле",
        "Поехали с командой [в Мурманск снимать выпуск про северное сияние|в Дагестан снимать "
        "выпуск про горные аулы|в Карелию снимать выпуск про водопады], это было невероятно",
        "Топ-5 сериалов [осени|этого года] по версии подписчиков — [третье место удивило|спорим в "
        "комментах]",
        "Тренировка дня: [15 минут на пресс|растяжка после сидячей работы], сохраняйте {e_pos}",
        "Почему я больше не [покупаю технику в кредит|пользуюсь кредиткой] — длинный пост",
        "Разыгрываю [наушники|книги|сертификат в книжный] среди подписчиков, условия в закрепе",
        "Футбольный вечер: [разбор вчерашнего матча|прогноз на тур] в прямом эфире в 20:00",
        "Отвечаю на вопросы про [переезд в Питер|учёбу за границей|фриланс] — пишите",
        "Сегодня [500|700] тысяч подписчиков, спасибо вам {e_pos}",
        "Обзор нового смартфона: [камера топ, батарея так себе|всё хорошо, кроме цены]",
        "Рецепт недели — [шакшука|сырники без муки|окрошка на квасе], видео по ссылке",
        "Мой утренний ритуал: [кофе, дневник и никаких соцсетей до девяти|прогулка с собакой и "
        "подкаст]",
        "Курс доллара, ключевая ставка и что делать с накоплениями — эфир в пятницу",
        "Ремонт в новой квартире, неделя [третья|пятая]: [кладём плитку|выбираем диван], советуйте",
        "Книга месяца: [«Сто лет одиночества»|сборник Чехова|нон-фикшн про мозг], делюсь цитатами",
        "Честно о выгорании: [полгода без отпуска|я перестал отвечать на сообщения] — что помогло",
        "Путеводитель по [Казани|Калининграду|Владивостоку] за два дня: куда пойти и что поесть",
        "Опрос: [кошки или собаки|море или горы|лето или зима]? Голосуем в сторис",
        "Мини-влог: день из жизни [учителя|хирурга|пилота] — спасибо героине выпуска",
        "Вышел подкаст с [психологом|экономистом|историком] про [тревожность|инфляцию|Петра "
        "Первого]",
        "Снял короткометражку за выходные на телефон. Премьера [сегодня вечером|в субботу]",
        "[Кибербезопасность|Пароли] для родителей: три правила, которые стоит объяснить маме и "
        "папе",
        "Собрали с подписчиками {n}0 тысяч на [лечение ребёнка|приют для собак], спасибо каждому "
        "{e_pos}",
        "Мой рейтинг лучших кофеен [Москвы|Екатеринбурга|Новосибирска] — спорьте",
        "Переехал в [деревню|другой город] полгода назад: честные плюсы и минусы",
        "Шахматная задача дня: мат в три хода, ответы под постом",
        "Стрим с [новой игрой|ретро-играми девяностых] в 21:00, заходите",
        "Гардероб на осень без лишних трат: [базовые вещи|секонд-хенд находки]",
        "Как я [выучил английский за год|бросил курить], без мотивационных сказок",
        "Фотопрогулка по старому центру {city}, [золотой час|туман утром], смотрите карусель "
        "{e_pos}",
    ),
    en=(
        "New video is up: [how I paid off my student loans|a week of budget meals]. Link in bio",
        "Filming in [Iceland|Georgia|Japan] this week, [the views are unreal|jet lag is winning]",
        "Top 5 shows of the [season|year] according to you: [number three surprised me|fight in "
        "the comments]",
        "Workout of the day: [15-minute core|desk-worker stretch], save it for later {e_pos}",
        "Giveaway time: [headphones|a bookstore gift card] for one of you, rules pinned",
        "Live at 8pm: [breaking down last night's match|predictions for the weekend]",
        "We just hit [500K|700K] followers, thank you all {e_pos}",
        "Phone review: [great camera, meh battery|everything's good except the price]",
        "Recipe of the week: [shakshuka|flourless pancakes|cold summer soup], video at the link",
        "My morning routine: [coffee, journaling, no socials before nine|a walk with the dog and a "
        "podcast]",
        "Honest talk about burnout: [six months without a break|I stopped answering texts] and "
        "what helped",
        "Poll: [cats or dogs|mountains or beach|summer or winter]? Vote in stories",
        "New podcast episode with [a psychologist|an economist|a historian] is out",
        "Streaming [the new release|90s retro games] tonight at 9, come hang out",
        "How I [learned Spanish in a year|quit smoking], no motivational fluff",
        "Renovation diary, week [three|five]: [tiling the bathroom|choosing a sofa], send help",
        "Book of the month: [One Hundred Years of Solitude|a Chekhov collection|a pop-science read "
        "on the brain]",
        "Raised {n}0K with you all for [a kid's treatment|an animal shelter], thank you {e_pos}",
        "Photo walk through old town {city}, [golden hour|morning fog], swipe the carousel",
        "Ranking the best coffee spots in [London|Berlin|Lisbon], argue below",
    ),
)
