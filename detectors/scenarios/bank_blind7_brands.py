"""Text bank `blind7`, the brands half: what people say about «Сочный Бургер», «Полюшко» and
«Волна» every day (organic posts, posts to the official accounts and the desks' answers,
reviews, the brands' own posts, the executives' routine posts, influencers, the names in their
everyday sense) and what big accounts post about other things.

Written for issue 13 by a writer who had not read the detectors (nor docs/detection.md, nor the
texts of the other banks): only the bank format (banks.py, textgen.py) and the generator of the
week were read (week.py, week_traffic.py, week_brands.py, week_crises.py, week_storm.py,
simulation.py). The vocabulary follows the fixed vocabulary contract shared with the events
half. Checked only with tests/unit/test_week.py.
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

# ------------------------------------------------------------------------------ shared slots
_N = ("5", "7", "8", "10", "12", "15", "17", "20", "25", "30", "35", "40", "45")
_E_POS = ("😍", "👍", "🔥", "❤️", "😋", "🙌", "✨", "👌", "🥰", "💯")
_E_NEG = ("😡", "🤬", "😤", "👎", "🤦‍♀️", "😒", "🤮", "😠", "🙃")
_E_MEH = ("🤷", "😐", "🤔", "😶", "👀", "🤷‍♂️")

VOCAB = Vocab(
    ru={
        "city": ("в Калуге", "на Уралмаше", "в Подольске у станции", "на Гражданке", "в Ижевске",
                 "на Соколе", "в Старом Осколе на Ватутина", "в Сарапуле", "в Кстово", "в Лысьве",
                 "в Нефтекамске", "в Коломне", "на Химмаше"),
        "when": ("в среду после работы", "позавчера ночью", "сегодня между двумя созвонами",
                 "утром перед парами", "в прошлую пятницу", "на этой неделе во вторник",
                 "полчаса назад", "вчера часов в девять", "в воскресенье днём",
                 "в шесть утра по дороге на смену"),
        "who": ("сестра", "сосед", "муж", "жена", "коллега", "мама", "брат", "подруга",
                "начальник", "свекровь", "одногруппник", "тёща"),
        "lol": ("ахах", "ахахаха", "лол", "хД", "ржу", "пхпхпх", "😂", "🤣"),
        "sigh": ("эх", "эхх", "увы", "мда", "что тут скажешь", "вот и живи с этим", "се ля ви"),
        "n": _N,
        "e_pos": _E_POS,
        "e_neg": _E_NEG,
        "e_meh": _E_MEH,
    },
    en={
        "city": ("in Kaluga", "in Podolsk", "in Zelenograd", "in north Petersburg", "in Izhevsk",
                 "in Irkutsk by the dam", "near Sokol station", "in Barnaul",
                 "in Stary Oskol, of all places",
                 "in Velikiye Luki", "out in Kstovo", "in Yoshkar-Ola downtown", "in Kolomna"),
        "when": ("after work on Wednesday", "the night before last", "over lunch today",
                 "before class this morning", "last Friday", "earlier this week",
                 "half an hour ago", "around nine last night", "on Sunday afternoon",
                 "first thing this morning"),
        "who": ("my older sister", "my flatmate Sasha", "my husband Dima", "my wife Varya",
                "my coworker", "my mum's friend", "my little brother", "my best friend",
                "my team lead", "my uni roommate", "my landlady Galina", "my grandma"),
        "lol": ("lol", "lmao", "haha", "😂", "lmfao", "💀"),
        "sigh": ("ugh", "sigh", "such is life, I guess", "welp", "meh", "figures"),
        "n": _N,
        "e_pos": _E_POS,
        "e_neg": _E_NEG,
        "e_meh": _E_MEH,
    },
)

# ------------------------------------------------------------------------------ Сочный Бургер
_SOCHNY_RU = {
    # masculine or plural inanimate: the nominative is also the accusative
    "dish": ("чизбургер с двойным чеддером", "бургер с халапеньо и беконом", "фиш-бургер",
             "куриный ролл с айсбергом", "картофель по-деревенски с чесночным маслом",
             "наггетсы с сырным соусом", "бургер с грибами и трюфельным соусом",
             "молочный коктейль с карамелью и солью", "острый чикен-бургер",
             "веджи-бургер с фалафелем", "луковые кольца с соусом ранч", "детский бокс"),
    "good": ("булка мягкая и ещё тёплая", "котлета реально сочная, сок течёт по рукам",
             "соуса положили от души", "картошка хрустит, будто только из фритюра",
             "всё горячее, прямо с гриля",
             "сыр тянется", "собрано аккуратно, ничего не разваливается",
             "порция огромная, еле доел", "бекон хрустящий, а не резиновый",
             "овощи свежие, салат не вялый"),
    "meh": ("картошка холодная и мягкая", "булка сухая, будто вчерашняя",
            "котлета пережарена до угля", "соуса почти нет", "заказ собирали минут сорок",
            "перепутали заказ с соседним столиком", "столы в зале липкие", "курица как резина",
            "коктейль наполовину растаял", "салат вялый и коричневый", "всё пересолено",
            "вместо сырного соуса положили кетчуп", "на кассе хамят",
            "курьер приехал на час позже"),
    "promo": ("второй чизбургер за рубль", "обеденное комбо за 349 до 16:00",
              "бесплатный коктейль к бургеру по вторникам", "скидка 20% по студенческому",
              "средняя картошка в подарок через приложение"),
    "spot": ("на Ленинском у парка", "в фудкорте «Галереи»", "у метро «Чкаловская»",
             "на вокзале у пригородных касс", "на Садовой возле кинотеатра", "у политеха",
             "на трассе у заправки"),
    "guard_venue": ("в ресторане на Лиговском у вокзала", "в зале на Пятницкой",
                    "в бургерной у метро «Динамо»"),
    "found_item": ("кусок синей перчатки в котлете", "длинный волос в соусе",
                   "обломок пластика в булке", "металлическую стружку в бургере"),
    "found_short": ("перчатка", "волос", "пластик", "стружка"),
    "ignored_issue": ("не приходят бонусы за заказы в приложении",
                      "деньги списали дважды, а заказ так и не привезли",
                      "промокод из рассылки не принимают на кассе"),
    "gaffe_topic": ("тех, кто просит убрать лук из каждого бургера",
                    "веганов, которые приходят в бургерную и ноют",
                    "студентов, которые сидят в зале по три часа с одним кофе"),
    "fake_claim": ("в котлеты подмешивают сою и картон",
                   "сеть закрывают из-за кишечной палочки в фарше",
                   "в фирменный соус добавляют что-то, чтобы на него подсаживались"),
}
_SOCHNY_EN = {
    "dish": ("double cheddar cheeseburger", "jalapeño bacon burger", "cod fish burger",
             "chicken wrap with coleslaw", "rustic potato wedges", "nuggets with cheese sauce",
             "truffle mushroom burger", "salted caramel milkshake", "spicy chicken burger",
             "falafel veggie burger", "onion rings with ranch dip", "kids' box with a toy"),
    "good": ("the bun was soft and still warm", "the patty was properly juicy",
             "they didn't skimp on the sauce", "the fries were nice and crispy",
             "everything came hot off the grill", "the cheese was all melty",
             "it was put together neatly, nothing fell apart",
             "the portion was massive", "the bacon was crispy, not chewy",
             "the veg tasted fresh"),
    "meh": ("the fries were cold and limp", "the bun tasted like yesterday's",
            "the patty was burnt",
            "there was barely any sauce", "we waited forty minutes",
            "they got my order wrong", "the tables were sticky with soda",
            "the chicken was rubbery",
            "the shake had half melted", "the lettuce was brown", "everything was oversalted",
            "they gave me the wrong sauce", "the cashier was openly rude",
            "the courier showed up an hour late"),
    "promo": ("two-for-one cheeseburger", "299-rouble meal of the day",
              "free Tuesday shake", "20% student", "free app fries"),
    "spot": ("on Leninsky by the park", "in the Galereya food court", "by Chkalovskaya metro",
             "at the train station", "on Sadovaya by the cinema", "near the polytech",
             "at the M-11 gas station"),
    "guard_venue": ("at the restaurant on Ligovsky by the station", "at the Pyatnitskaya branch",
                    "at the burger place by Dinamo metro"),
    "found_item": ("a piece of blue glove in the patty", "a long hair in the sauce",
                   "a shard of plastic in the bun", "metal shavings in the burger"),
    "found_short": ("glove", "hair", "plastic", "metal"),
    "ignored_issue": ("my loyalty points for app orders never show up",
                      "I was charged twice and the order never arrived",
                      "the promo code from the newsletter gets rejected at the till"),
    "gaffe_topic": ("people who ask to hold the onions on every single burger",
                    "vegans who come to a burger place and whine",
                    "students who sit for three hours over one coffee"),
    "fake_claim": ("they mix soy and cardboard into the patties",
                   "the chain is being shut down over E. coli in the mince",
                   "they put something in the signature sauce to get you hooked"),
}

SOCHNY = BrandTexts(
    vocab=Vocab(ru=_SOCHNY_RU, en=_SOCHNY_EN),
    positive=Texts(
        ru=(
            "[Взял|Взяла|Заказал|Заказала] {dish} {city}[ {when}|] — {good}[, и {good}|]. "
            "[Рекомендую|Советую|Кайф|Однозначно зачёт] {e_pos}",
            "{b} [опять|снова|в который раз] [не подвёл|спас мой обед|выручил]. "
            "[{good}|{good}, {good}][, а {dish} вообще огонь|] {e_pos}",
            "Кто [не пробовал|ещё не пробовал] {dish} в {b_pre} — [бегом|срочно исправляйтесь|"
            "вы многое теряете]. {good} {e_pos}",
            "[Лучшие бургеры|Самый адекватный фастфуд|Лучший фастфуд] [в городе|в районе|{city}]"
            " — [это|] {b}, [и спорить со мной бесполезно|без вариантов|имхо]. {good}",
            "{who} [советует|всё время хвалит|уговаривает всех брать] {dish} в {b_pre}. "
            "[Попробовала|Попробовал|Наконец дошли руки попробовать] — [и правда|действительно|"
            "не врут], {good} {e_pos}",
            "Слушайте, а {dish} у {b_gen} [теперь|] [просто огонь|на уровне ресторана|"
            "реально как на картинке]? [Или я просто голодный|Или это после тренировки|"
            "Или мне повезло со сменой] {lol}",
            "Обед [засчитан|удался|спасён]: {dish} [и|+] [кола|лимонад|морс] из {b_gen}. "
            "{good}[, {good}|] {e_pos}[{e_pos}|]",
            "[{when}|На выходных|Сегодня] [зашли|заглянули] [всей семьёй|компанией|с детьми] "
            "в {b_acc} {spot}: {good}, [персонал улыбается|чек приятный|быстро принесли]. "
            "[Придём ещё|Всем понравилось] {e_pos}",
            "[Не ожидал|Не ожидала], что в [сетевой бургерной|фастфуде] {good}. {b} [приятно "
            "удивил|порадовал|реабилитировался в моих глазах], [зайду ещё|беру на заметку|"
            "теперь это моё место]",
            "[Урвали|Успели взять|Взяли] по акции «{promo}» [в {b_pre}|] — [выгодно и вкусно|"
            "{good}|вообще кайф][, спасибо за акцию|] {e_pos}",
            "[Единственное место|Единственная сеть], где {dish} [реально как на фото|"
            "не разочаровывает]: {b} {spot}. [{good}|Проверено много раз] {e_pos}",
            "[После смены|После тренировки|После пар] [только|] {dish} из {b_gen} и "
            "[спать|сериальчик]. {good}, [жизнь прекрасна|что ещё надо] {e_pos}",
            "[Я|Мы] [не самый|не большой] фанат бургеров, но в {b_pre} {good}[ и {good}|]. "
            "[Уважение поварам|Респект кухне] {spot} {e_pos}",
        ),
        en=(
            "Grabbed the {dish} at {b} {city} {when} and honestly? {good}. "
            "[10/10|Would eat again|No notes] {e_pos}",
            "{b} [never misses|is so underrated|just hits different]. {good}"
            "[ and {good}|] {e_pos}",
            "[Okay|Ok fine], {who} was right about the {dish} at {b}. {good} {e_pos}",
            "[Best|Hands down the best] [fast food|burger place] {city} is {b}, "
            "[fight me|no debate|not even close]. {good}",
            "Got the {promo} deal at {b}[ {when}|] — [cheap and tasty|a total steal|"
            "worth every rouble] {e_pos}",
            "[Didn't expect|Wasn't expecting] much from a chain, but {b} [surprised me|"
            "delivered|won me over]: {good}.",
            "The {dish} at {b} {spot} [is elite|slaps|is my comfort food now] {lol}",
            "Lunch sorted: {dish} and a coke from {b}. {good}[, {good}|] {e_pos}",
            "[Tried|Finally tried] {b} [after all the hype|because {who} kept nagging me]. "
            "[Verdict|Honest verdict]: {good}. [Coming back|I get it now] {e_pos}",
            "If you're {city} and starving, [go to|hit up] {b}. [Get|Order] the {dish}, "
            "[thank me later|you're welcome] {e_pos}",
            "[Post-gym|Post-shift|Late night] {dish} from {b} [hits|is everything]. {good} "
            "{e_pos}",
        ),
        mixed=(
            "Короче {b} это literally лучший fast food {city}, {dish} просто chef's kiss "
            "{e_pos}",
            "Сегодня cheat day: {dish} из {b_gen}, no regrets at all {lol}",
            "{b} [lowkey|honestly] топ, {good}, highly recommend [guys|to everyone] {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто знает, {b} {spot} [до скольки работает|работает круглосуточно|"
            "открыт в праздники]? [Хочу заехать после работы|Едем поздно]",
            "[Сегодня|{when}] [обедал|обедала|перекусывал] в {b_pre}[, взял {dish}|]. "
            "[Обычный обед|Стандартный обед, как всегда|Перекус на бегу] {e_meh}",
            "У {b_gen} новое меню? [Видел|Видела] в приложении {dish}, [кто уже пробовал|"
            "стоит брать|это надолго]?",
            "{b} [открыли|открывают] [ещё одну точку|новый ресторан] {city}, [на месте бывшего "
            "цветочного|там, где раньше был банк|рядом с фитнес-клубом]",
            "Интересно, сколько [калорий|ккал|белка] в {dish} из {b_gen}. [В приложении не "
            "нашла|Кто-нибудь считал?|На сайте не пишут]",
            "[Ребята|Народ], в {b_pre} [принимают|работает] [СБП|оплата по QR|карты Мир]? "
            "[Стою в очереди, хочу знать заранее|Спрашиваю заранее]",
            "Что [вкуснее|лучше взять] в {b_pre}: {dish} или {dish}? [Не могу выбрать|"
            "Голосуйте в комментах|Спорим с мужем]",
            "{who} [подрабатывает|работает] в {b_pre} {spot}, [говорит|рассказывает], что "
            "[по вечерам|в выходные|в обед] [там полный зал|заказов больше всего|кухня работает "
            "без остановки]",
            "[Взяли с собой|Купили в дорогу] {dish} из {b_gen}[ {spot}|], [едем на дачу|"
            "стоим в пробке|едем в аэропорт] {e_meh}",
            "[Видели|Заметили] рекламу {b_gen} [в метро|на остановке|на билборде у моста]? "
            "[Там {dish} размером с автобус|Новый слоган какой-то|Интересно, кто её придумывал]",
            "[В приложении|На сайте] {b_gen} [появился|теперь есть] [предзаказ ко времени|"
            "раздел с составом|выбор соуса]. [Посмотрим, как работает|Ну ок|Пригодится]",
            "Зашёл в {b_acc} {spot} [просто|] [погреться|зарядить телефон|переждать дождь], "
            "[взял|заодно взял] [кофе|чай|воду] {lol}",
        ),
        en=(
            "Is {b} {spot} open [late|on holidays|24/7]? [Asking for a friend|Anyone know?]",
            "Had {b} for lunch {when}. [It was fine|Pretty standard|Regular lunch] {e_meh}",
            "Does {b} [take cards|do delivery|have veggie options] {city}? [New here|"
            "Just moved]",
            "{b} just opened [a new spot|another location] {city}[, right next to the gym|"
            ", where the old bank used to be|]",
            "How many calories are in the {dish} from {b}? [Can't find it in the app|"
            "Anyone counted?]",
            "{who} works at {b} and says [evenings are|weekends are|lunch is] [busy|packed|"
            "nonstop] {lol}",
            "The {dish} or the {dish} at {b}? [Help me decide|Can't choose|Poll in replies]",
            "Saw a {b} ad [on the metro|at the bus stop|on a billboard] {when}. "
            "[New slogan?|Didn't know they sold the {dish}|Who writes these]",
            "[Road trip fuel|Airport food|Train snack]: the {dish} from {b}. "
            "[It's food|Does the job|It is what it is].",
            "[Apparently|Heard] {b} [is testing|is rolling out] [a breakfast menu|"
            "app preorders|self-service kiosks] {city}.",
        ),
        mixed=(
            "Кто-нибудь знает, {b} {spot} open late сегодня? Need food asap {lol}",
            "Взял {dish} в {b_pre}, стандартно, just a regular lunch {e_meh}",
            "У {b_gen} новый menu в приложении, кто уже try?",
        ),
    ),
    negative=Texts(
        ru=(
            "[Ну и|Вот это] разочарование. {b} {spot}: {meh}, [а ещё|плюс ко всему] {meh}. "
            "[Больше не пойду|Последний раз|Не рекомендую] {e_neg}",
            "{meh}. И это за [четыреста|пятьсот с лишним|шестьсот] рублей? [Спасибо|Браво|"
            "Ну спасибо], {b} {e_neg}",
            "Раньше [любил|любила] {b_acc}, но [последние пару месяцев|с нового года|"
            "в последнее время] [качество упало|всё хуже и хуже]: {meh}[, {meh}|]. {sigh}",
            "{when} [заказал|заказала] доставку из {b_gen} {city} — {meh}. [Испорченный вечер|"
            "Деньги на ветер|Настроение в ноль] {e_neg}",
            "Кто-нибудь ещё [замечает|заметил], что в {b_pre} {meh}? [Или мне одному так "
            "везёт|Или это только у нас {city}|Это уже система какая-то]",
            "[Не понимаю|Вообще не понимаю], за что люди хвалят {b_acc}. {dish} — [как из "
            "столовой|на троечку|так себе], {meh}",
            "{b}, [вы серьёзно|ну вы чего|это что вообще]? {meh}, [а на кассе делают вид, что "
            "так и надо|а менеджер только плечами пожал|и никто даже не извинился]",
            "Итог [обеда|похода] в {b_acc} {spot}: [изжога|тяжесть в животе|потерянный час] "
            "и {meh} {e_neg}",
            "По совету [коллеги|соседа|подруги] [сходил|сходила] в {b_acc}. [Зря|Лучше бы дома "
            "поел|Больше не доверяю чужому вкусу]: {meh}",
            "Цены в {b_pre} [опять подняли|ползут вверх каждый месяц], а {meh}. [Где логика?|"
            "Сомнительная сделка|Спасибо, не надо] {e_neg}",
            "[Простоял|Простояла] {n} минут у стойки выдачи в {b_pre}, а в итоге {meh} "
            "{e_neg}{e_neg}",
            "После {dish} из {b_gen} [весь вечер|полночи] [мутит|болит живот]. [Совпадение? "
            "Не думаю|Больше не рискну|Делайте выводы]",
            "[Отписываюсь|Удаляю приложение] {b_gen}: [бонусы опять слетели|купон не "
            "применился], а {meh}. [Надоело|Сколько можно] {e_neg}",
        ),
        en=(
            "{b} {spot} was [a letdown|a mess] {when}: {meh}, and {meh}. "
            "[Not going back|Never again] {e_neg}",
            "Why is it that every time I go to {b}, {meh}? [Is it just me|Every. Single. Time]",
            "Paid [almost|like] {n} bucks at {b} for this. {meh}. [Cool|Great|Love that for me]"
            " {e_neg}",
            "Used to love {b}, but [lately|these days|since new year] {meh}[ and {meh}|]. "
            "{sigh}",
            "Ordered delivery from {b} {when} {city} — {meh}. [Dinner ruined|Waste of money]"
            " {e_neg}",
            "[Honestly|Genuinely] don't get the hype around {b}. The {dish} was [mid|bland|"
            "sad]; {meh}.",
            "{b} [really|seriously] needs to sort out [their kitchen|their staff|"
            "the place {spot}]. {meh}, and nobody apologised.",
            "[Stood|Waited] {n} minutes at the {b} counter only for [this|a cold mess]. {meh} "
            "{e_neg}",
            "Stomach's been [off|rough] since the {dish} from {b} {when}. "
            "[Coincidence?|Not risking it again]",
            "[Prices|Price hikes] at {b} again, and {meh}. [Make it make sense|Hard pass] "
            "{e_neg}",
        ),
        mixed=(
            "{b} {spot} — это какой-то fail, {meh}, seriously {e_neg}",
            "Ну такое, {b} совсем downgrade, {meh}. Not worth it",
            "Worst experience ever в {b_pre}: {meh} {sigh}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день]! Доставляете {city}? [В приложении пишет, что "
            "адрес вне зоны|Не могу найти свой адрес в приложении]",
            "{h} [подскажите|скажите], а «{promo}» [действует|работает] в доставке или только "
            "в зале?",
            "{h} [подскажите|уточните] по составу: {dish} — [там есть кунжут|это халяль|"
            "можно без глютена]? [У ребёнка аллергия|Спрашиваю для мужа]",
            "{h} когда [вернёте|вернут в меню] [сырный суп|пирожок с вишней|бургер с "
            "рваной свининой]? [Очень ждём|Скучаю]",
            "{h} а можно [оплатить|расплатиться] баллами [весь заказ|целиком] или только "
            "часть?",
            "{h} [добрый вечер|привет], вы [открываетесь|планируете открыться] {city}? "
            "[Весь район ждёт|Очень ждём] {e_pos}",
            "{h} как [устроиться к вам|попасть к вам] [курьером|на кухню|на кассу] {city}? "
            "[Ссылка в профиле не открывается|Где анкета?]",
        ),
        en=(
            "{h} hi, do you deliver {city}? The app keeps saying my address is out of range",
            "{h} is the {promo} deal valid on delivery or [only in store|dine-in only]?",
            "{h} quick question: is the {dish} [halal|gluten-free|sesame-free]? "
            "[Allergy in the family|Asking for my kid]",
            "{h} are you hiring {city}? [Couldn't find the form|The careers link is broken]",
            "{h} when is the [cherry pie|pulled pork burger|cheese soup] coming back?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} заказ [так и не приехал|потерялся где-то по дороге], жду уже [полтора часа|"
            "час двадцать|почти два часа]. [Верните деньги|Где мой ужин?]",
            "{h} [это нормально|это у вас стандарт такой], что {meh}? {spot}, {when} {e_neg}",
            "{h} в [доставке|заказе] не хватает [соуса|картошки|напитка], курьер [говорит|"
            "сказал] писать вам. Пишу. [Что дальше?|Жду решения]",
            "{h} [у вас|в приложении] [списали|сняли] деньги дважды за один заказ. [Чек "
            "прикладываю|Скрины в комментариях]. Когда вернёте?",
            "{h} [уважаемые|ребята], [разберитесь|поговорите] с [персоналом|менеджером смены] "
            "{spot}: {meh}, а на [замечание|мою просьбу] [закатили глаза|нахамили]",
            "{h} [второй раз подряд|уже не первый раз|снова] {meh}. [Сколько можно?|Вы вообще "
            "контролируете качество?|Где контроль?] {e_neg}",
            "{h} почему не [начислились|пришли] баллы за [последние заказы|три последних заказа]? "
            "[Скрины есть|Чат поддержки молчит]",
            "{h} {when} привезли [всё холодное|перевёрнутый пакет], [соус по всему пакету|"
            "коктейль вылился]. Это вообще как? [Фото могу скинуть|Фото приложу]",
            "{h} кассир {spot} [отказался|отказалась] пробить «{promo}», хотя [она на всех "
            "плакатах|в приложении она есть]. [Объясните|Что за дела?]",
            "{h} можно уже наладить доставку {city}? {meh}, [третий раз за месяц|опять]! "
            "{e_neg}",
        ),
        en=(
            "{h} my order [never showed up|is still missing] — it's been [an hour and a half|"
            "almost two hours]. [Refund please|Where is it?]",
            "{h} is it normal that {meh}? {spot}, {when} {e_neg}",
            "{h} you charged me twice for one order. [Receipt attached|Screenshots in DMs]. "
            "When do I get my money back?",
            "{h} [the staff|the shift manager] {spot} [rolled their eyes|got snippy] when I "
            "mentioned that {meh}. [Not ok|Unacceptable].",
            "{h} [second time this week|again]: {meh}. Do you [even check|have any] "
            "quality control?",
            "{h} the cashier {spot} wouldn't honour the {promo} deal even though it's [on every "
            "poster|in the app]. What gives?",
            "{h} loyalty points [haven't come through|vanished] after my [last orders|last "
            "three orders]. [Chat support is silent|Please fix this]",
        ),
    ),
    comment=Texts(
        ru=(
            "А когда {city} [откроетесь|будете]? [Очень ждём|Ждём уже год] {e_pos}",
            "[Вкусно|Очень вкусно], но [дорого|цены кусаются|порции стали меньше] {e_meh}",
            "А «{promo}» [в доставке работает|на самовывоз действует]?",
            "Лучше бы [вернули старый соус|вернули сырный суп], [а не вот это всё|чем "
            "новинки придумывать] {e_meh}",
            "{dish} [топ|лучшее, что у вас есть|вне конкуренции] {e_pos}",
            "[Попробовала|Попробовал] новинку — [неплохо|норм], но [острее надо|соуса "
            "маловато|булка суховата]",
            "[Опять|Снова] акция только в приложении, а тем, у кого [нет смартфона|старый "
            "телефон], что делать?",
        ),
        en=(
            "When are you opening {city}? {e_meh}",
            "The {dish} is [the best thing on the menu|unbeatable] {e_pos}",
            "Tried the new one — [decent|fine], but [needs more sauce|could be spicier]",
        ),
    ),
    reply=Texts(
        ru=(
            "[Плюсую|Поддерживаю|+1], у нас {city} [то же самое|так же]",
            "А я [наоборот|как раз] [вчера|на днях] [брал|брала] — [всё было норм|вкусно]. "
            "[Смотря какая смена|Видимо, повезло]",
            "В {b_pre} {spot} [получше|похуже], чем в других, [проверено|по моему опыту]",
            "[Это смотря в какой точке|Зависит от смены], {lol}",
            "[Скинь|Скиньте] адрес, [схожу проверю|заеду на выходных]",
            "{who} [тоже жалуется|говорит то же самое], так что [ты не один|вы не одни]",
            "Попробуй {dish}, там без сюрпризов {lol}",
        ),
        en=(
            "Same here {city}, [honestly|tbh]",
            "Depends on the location {lol}",
            "Try the {dish} next time, it's [safer|more consistent]",
            "[Wait|Hold on], which {b} was this?",
        ),
        mixed=(
            "Same, у нас {city} тоже такое, honestly",
            "Depends on смена, у них вечером vibe другой {lol}",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Спасибо, что написали. [Пожалуйста|Будьте добры], [пришлите|"
            "отправьте] номер заказа в личные сообщения — [разберёмся|проверим] [сегодня же|в "
            "течение дня].",
            "[Добрый день|Здравствуйте]! Нам очень жаль, что так вышло. Мы передали информацию "
            "[управляющему ресторана|менеджеру смены] и [вернём стоимость заказа|компенсируем "
            "заказ]. Напишите нам, пожалуйста, в ЛС.",
            "Спасибо за вопрос! Актуальная информация есть в приложении в разделе "
            "«[Меню|Акции|Рестораны]». Если что-то останется непонятным — пишите, поможем.",
            "Благодарим за обратную связь! Такого быть не должно. Пришлите, пожалуйста, фото "
            "чека в [директ|личные сообщения], и мы всё исправим.",
            "Приносим извинения за ожидание. Ваше обращение уже [у координатора|в работе], "
            "[ответим|свяжемся] в ближайшее время.",
            "Рады, что вам понравилось! [Ждём вас снова|Приходите ещё] 🧡",
        ),
        en=(
            "Hi! Sorry about that. Please DM us your order number and we'll sort it out "
            "[today|within the day].",
            "Thanks for letting us know. We've passed this to the [restaurant manager|"
            "shift lead] and will refund the order — please check your DMs.",
            "Thanks for asking! You'll find the details in the app under [Menu|Deals].",
            "So glad you liked it! See you again soon 🧡",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, [деньги вернули|всё решили], [оперативно|быстро] {e_pos}",
            "О, [благодарю|спасибо], не [ожидал|ожидала] такой скорости",
            "Ответили [за десять минут|быстро] и дали [промокод|компенсацию]. [Респект|"
            "Приятно]",
            "[Спасибо за ответ|Спасибо], [написал|написала] в личку",
            "Всё [пришло|вернули], вопрос закрыт, спасибо!",
        ),
        en=(
            "Thanks, [refund came through|all sorted] {e_pos}",
            "Wow, that was quick. Appreciate it",
            "DMed you, thanks for getting back to me",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Написал|Написала] в ЛС [ещё утром|два часа назад], [тишина|никто не ответил]",
            "Вы уже [третий раз|который раз] пишете «напишите в личку». [Написал|Написала]. "
            "Дальше что?",
            "Деньги так и не вернули, [шаблонные ответы|копипаста] не помогают {e_neg}",
            "[Это не ответ|Это отписка]. Мне нужен [возврат|нормальный заказ], а не извинения",
            "Проверил[а|] — баллы всё ещё не пришли {e_neg}",
        ),
        en=(
            "DMed you [this morning|two hours ago], [no reply|nothing]",
            "Still no refund. [Copy-paste answers|Canned replies] don't help {e_neg}",
            "That's not an answer. I want my money back, not an apology",
        ),
    ),
    review_pos=Texts(
        ru=(
            "[Ходим|Хожу] в этот ресторан {spot} [уже пару лет|давно|почти каждую неделю]. "
            "{good}, {good}. [Из минусов|Минус один] — [в обед очередь|нет парковки|"
            "шумновато]. [Рекомендую|Ставлю пять].",
            "Отличное место для быстрого перекуса. Брали {dish} и {dish}: {good}. Персонал "
            "[вежливый|приветливый], в зале чисто.",
            "[Достоинства|Плюсы]: {good}, [быстро|цены адекватные]. [Недостатки|Минусы]: "
            "[не нашла|не заметил]. Берём домой [раз в неделю|по пятницам], всегда довольны.",
            "Не фанат фастфуда, но {b} [приятно удивил|удивил]. {dish} — {good}. "
            "[Детям|Мужу|Подруге] тоже [понравилось|зашло].",
            "Спасибо ресторану {spot} за [день рождения сына|быстрое обслуживание|"
            "внимательность]: {good}, ещё и [шарик подарили|упаковали с собой аккуратно].",
            "За свои деньги [очень достойно|лучше не найти]. {good}. Приложение удобное, "
            "[бонусы копятся|акции работают]. Пять звёзд.",
        ),
        en=(
            "Been coming to the one {spot} for [years|ages]. {good}, {good}. Only downside "
            "is the lunch queue.",
            "Great spot for a quick bite. We had the {dish}: {good}. Friendly staff, clean "
            "place.",
            "Not a fast food person, but {b} won me over. {good}. Five stars.",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Очень|Крайне] [разочарован|разочарована] визитом в ресторан {spot}. {meh}, "
            "{meh}. На просьбу [всё переделать|заменить] ответили, что [так и должно быть|"
            "ничего не могут сделать]. Не рекомендую.",
            "[Одна звезда|Единица] — и то [много|за то, что открыто допоздна]. Заказ ждали "
            "[сорок минут|почти час], в итоге {meh}.",
            "Раньше [ставил|ставила] этой сети [пятёрки|высокие оценки], но [за последний год|"
            "сейчас] всё изменилось: {meh}, а цены [выросли|растут]. [Жаль|Обидно].",
            "Заказывали доставку [на день рождения|на компанию из {n} человек|домой {when}]. "
            "Привезли [с опозданием на час|позже обещанного], {meh}. [Деньги вернули "
            "частично|Компенсацию так и не получили].",
            "[Достоинства|Плюсы]: [удобное расположение|работают допоздна]. [Недостатки|"
            "Минусы]: {meh}; {meh}; [персонал равнодушный|в туалете грязно].",
            "После обеда в {b_pre} {spot} у [ребёнка|мужа|меня] [весь вечер болел живот|"
            "разболелся живот]. [Писала|Писал] на горячую линию — [предложили купон|ответили "
            "шаблоном].",
            "Пришли [всей семьёй|с детьми] [{when}|в выходной]. В зале [грязно|липкие столы], "
            "{meh}, [игровая зона закрыта|детских стульчиков нет]. Больше не придём.",
            "Если коротко: [дорого и невкусно|невкусно и долго]. Если подробно — {meh}, а ещё "
            "{meh}. На картинке одно, в коробке другое.",
            "[Не понимаю высоких оценок|Откуда столько пятёрок?] [Брала|Брал] {dish} — {meh}. "
            "Кассир [даже не поздоровался|всё время говорил по телефону].",
            "Пишу [для тех, кто выбирает|чтобы предупредить других]: в приложении [не "
            "работают купоны|завис заказ], в ресторане [разводят руками|отправляют в "
            "поддержку], а {meh}.",
        ),
        en=(
            "[Really|Very] disappointed with the branch {spot}. {meh}, {meh}. When I asked "
            "them to fix it they said [that's how it's made|nothing could be done].",
            "One star and that's generous. [Forty minutes|Almost an hour] for the order, and "
            "then {meh}.",
            "Used to give this chain five stars, but [the last year|lately] it's gone downhill:"
            " {meh}, and prices keep climbing.",
            "Ordered delivery [for a birthday|for {n} people|{when}]. It came [an hour late|"
            "way past the promised time] and {meh}. [Partial refund only|Still no refund].",
            "Short version: [overpriced and bland|slow and bland]. Long version: {meh}, and "
            "on top of that {meh}.",
            "Don't get the high ratings. Had the {dish} — {meh}. The cashier [never said "
            "hello|was on the phone the whole time].",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Благодарим за отзыв и приносим извинения за [доставленные "
            "неудобства|испорченное впечатление]. Информация передана [управляющему|в отдел "
            "качества]. Будем рады видеть вас снова.",
            "Добрый день. Нам жаль, что визит [не оправдал ожиданий|оставил неприятное "
            "впечатление]. Пожалуйста, напишите [номер заказа|дату и время визита] на почту "
            "поддержки — мы проведём проверку.",
            "Здравствуйте. Спасибо, что рассказали. [Мы провели беседу с сотрудниками смены|"
            "С персоналом ресторана проведён инструктаж]. Надеемся, следующий визит будет "
            "лучше.",
            "Извините, пожалуйста, за [ожидание|качество заказа]. Свяжитесь с нами через чат "
            "в приложении, мы [начислим компенсацию баллами|вернём деньги].",
        ),
        en=(
            "Hello! Thank you for the review and sorry for the trouble. We've passed it on to "
            "the [restaurant manager|quality team].",
            "Sorry your visit didn't go well. Please send your order number via the in-app "
            "chat and we'll look into it.",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за тёплый отзыв! [Передадим|Обязательно передадим] команде ресторана. "
            "Ждём вас снова!",
            "Как приятно! [Повара|Ребята на кухне] будут [рады|счастливы] это прочитать 🧡",
            "Благодарим за пять звёзд! До встречи [в наших ресторанах|за новыми бургерами].",
            "Спасибо, что выбираете нас! Приятного аппетита 😊",
        ),
        en=(
            "Thank you for the kind words! We'll pass them on to the team.",
            "So happy to hear that! See you again soon 😊",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. Мы проверили записи [камер|кассы] за указанное время: заказ был "
            "выдан через [девять|семь] минут после оплаты. Если есть чек, пришлите его — "
            "разберёмся.",
            "Добрый день. По данным ресторана, в этот день [заказ с таким номером не "
            "оформлялся|жалоб от гостей не поступало]. Просим связаться с нами для уточнения.",
            "Здравствуйте. Температура блюд на выдаче контролируется каждый час, [журнал|"
            "замеры] за ваш визит в норме. Готовы обсудить в личных сообщениях.",
        ),
        en=(
            "Hello. We checked the [camera footage|till records]: the order was handed over "
            "[nine|seven] minutes after payment. Please send the receipt so we can look into "
            "it.",
            "Hi. Our records show no order with that number on that day. Please contact us "
            "so we can clarify.",
        ),
    ),
    official_post=Texts(
        ru=(
            "[Встречайте|Новинка недели] — {dish}! [Уже в меню всех ресторанов|Только до конца "
            "месяца] {e_pos}",
            "Акция «{promo}» [стартует в понедельник|действует до воскресенья]. Подробности в "
            "приложении.",
            "Открываемся {city}! Ждём вас {spot}, [первым гостям — подарки|в день открытия — "
            "скидки] {e_pos}",
            "Ищем [поваров|курьеров|администраторов] {city}. Гибкий график, [обучение|форма и "
            "питание]. Анкета по ссылке в профиле.",
            "Пятничный опрос: {dish} или {dish}? Пишите в комментариях {e_pos}",
            "Важно: [в ночь на среду|с двух до пяти утра] приложение будет на обслуживании. "
            "Приносим извинения за неудобства.",
            "Как мы жарим котлеты: [гриль 220 градусов|говядина без добавок] и [никакой "
            "заморозки|ручная формовка]. Показали кухню в [новом видео|сторис].",
            "{b} — [для тех, кто голоден|когда нужно вкусно и быстро]. {promo} — [только в "
            "приложении|во всех ресторанах] до конца недели!",
        ),
        en=(
            "New this week: the {dish}! Available at every location {e_pos}",
            "The {promo} deal starts Monday. Details in the app.",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Утренняя пробежка [по набережной|в парке|вдоль канала] — {n} км. [Лучшее начало "
            "недели|Голова чистая, можно работать].",
            "Дочитал «[Хорошо до великого|Принцип пирамиды Минто|Думай медленно, решай "
            "быстро]». [Местами спорно, но полезно|Рекомендую всем, кто управляет людьми].",
            "Сегодня весь день [с управляющими|с франчайзи] из [регионов|Поволжья|Сибири]. "
            "[Главная тема — люди|Больше всего вопросов про персонал], [будем думать|есть "
            "идеи].",
            "Выходные [на даче|с семьёй за городом] — [никаких ноутбуков|телефон в режиме «не "
            "беспокоить»]. Всем хорошей недели!",
            "[Вчера|В субботу] [смотрели|смотрел] хоккей — [какая игра|до последней секунды]! "
            "[Болею за СКА с детства|Наши молодцы].",
            "Город с утра [стоит|встал] в пробках. [Пересел на метро|Пошёл пешком] — и успел на "
            "встречу раньше всех.",
            "Наша команда [запустила|открыла] [новую фабрику-кухню|сотый ресторан] {city}. "
            "Спасибо ребятам, которые [не спали ночами|строили это с нуля].",
            "Про найм: ищу [сильного финансового директора|руководителя по развитию]. "
            "Рекомендации — в личные сообщения.",
            "[Был|Выступал] на [форуме ритейла|отраслевой конференции]. Главный вывод: гостю "
            "[неважно|всё равно], как устроена кухня, ему важна скорость и [чистота|улыбка].",
            "[Заехал|Зашёл] без предупреждения в [пару наших ресторанов|три точки] {city}. "
            "[Есть над чем поработать|Где-то отлично, где-то есть вопросы].",
            "Дети [уговорили|затащили] на [мультфильм|аттракционы]. Отдых от совещаний, "
            "[который я заслужил|которого давно не было].",
        ),
        en=(
            "Morning run along the embankment, {n} km. Best way to start the week.",
            "Spent the day with franchise partners from the regions. Lots of questions about "
            "hiring.",
            "Finished «Good to Great». Recommend it to anyone who manages people.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Честный обзор|Обзор без цензуры]: [перепробовал всё меню|целый день ем только] "
            "в {b_pre}. [Топ-1|Лучшее] — {dish}, {good}. Полное видео на канале {e_pos}",
            "[Не реклама|Это не реклама, мне никто не платил]: {b} {spot} [делает|сделал] "
            "бургер лучше, чем [модные крафтовые места|половина ресторанов]. {good}",
            "Слепой тест [пяти сетевых бургерных|фастфуда] с подписчиками: [победил|первое "
            "место занял] {b}. {good}, [без шансов остальным|с большим отрывом] {e_pos}",
            "[Новинка|Сезонная новинка] {b_gen} — {dish}. [Попробовал первым|Сняли "
            "распаковку]: {good}. Оценка [9/10|8.5/10] {e_pos}",
            "Куда сходить {city}, если хочется вкусно и недорого? Мой выбор — {b}, {dish} "
            "[и ни о чём не думать|без разочарований].",
        ),
        en=(
            "Blind taste test of five burger chains: {b} took first place. {good} {e_pos}",
            "Not sponsored: the {dish} at {b} beats half the trendy burger joints. {good}",
            "New video: I ate only {b} for a whole day. Best item? The {dish}.",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Разочарование месяца|Антиобзор]: {b} {spot}. {meh}, {meh}. За [такие деньги|эту "
            "цену] — [нет|мимо]. Видео по ссылке {e_neg}",
            "Подписчики [завалили|засыпали] меня жалобами на {b_acc}. [Проверил|Сходил сам]: "
            "{meh}. Похоже, [сеть растёт быстрее, чем качество|экономят на всём].",
            "Тест [доставки|скорости]: {b} [приехал последним|опоздал на {n} минут], {meh}. "
            "[Итог — последнее место|В рейтинге — дно].",
            "Что случилось с {b_ins}? Два года назад был [любимый фастфуд|топ], сейчас {meh}.",
        ),
        en=(
            "Anti-review: {b} {spot}. {meh}, {meh}. Not worth it. Full video on the channel "
            "{e_neg}",
            "What happened to {b}? Two years ago it was great, now {meh}.",
        ),
    ),
    decoy=Texts(
        ru=(
            "Рецепт дня: как приготовить дома сочный бургер [за двадцать минут|на сковороде|"
            "без гриля]. [Секрет в фарше|Главное — не мять котлету] {e_pos}",
            "[Сделал|Сделали] на даче сочный бургер на углях — [лучше любого фастфуда|ресторанам "
            "и не снилось] {e_pos}",
            "[Где|Подскажите, где] {city} съесть нормальный сочный бургер, [не сетевой|в "
            "маленьком кафе]?",
            "В [крафтовой бургерной|кафе] у [работы|дома] [реально|правда] сочный бургер: "
            "[сок по локтям|пришлось есть ножом и вилкой] {lol}",
            "[Муж|Брат|Сосед] научился делать сочный бургер [с мраморной говядиной|по рецепту "
            "из ютуба], [дети в восторге|все в восторге] {e_pos}",
            "Лайфхак: чтобы получился сочный бургер, [добавьте в фарш ложку ледяной воды|не "
            "солите фарш заранее|не давите котлету лопаткой].",
            "Для меня [идеальный|настоящий] сочный бургер — это [толстая котлета, бекон и "
            "маринованный огурец|простая булка и много сыра].",
            "[Гастрофест|Фестиваль уличной еды] {city}: самый сочный бургер [был у ребят из "
            "Казани|нашли у фудтрака с Камчатки] {e_pos}",
        ),
        en=(
            "My Russian flatmate calls anything with a thick patty a «сочный бургер» (juicy "
            "burger). Made one tonight {e_pos}",
            "Russian word of the day: сочный, juicy. As in «сочный бургер», which is what I "
            "grilled [this weekend|for dinner] {lol}",
            "Found a tiny cafe {city} whose menu literally says «Сочный бургер» for their "
            "house burger. It was, in fact, juicy",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[Пыталась|Пытался] сделать сочный бургер [дома|по рецепту блогера] — [котлета "
            "развалилась|получилась подошва]. {sigh}",
            "В [новой бургерной|кафе у вокзала] обещали сочный бургер, а принесли [сухую "
            "котлету|холодное нечто]. [Больше ни ногой|Разочарование]",
            "Диетологи предупреждают: сочный бургер [на ночь|каждый день] — [прямой путь к "
            "изжоге|гарантия проблем с желудком]",
            "Сгорел [мангал|гриль] вместе с планами на сочный бургер {lol} {sigh}",
        ),
        en=(
            "Tried to make a «сочный бургер» like the Russian recipe video said. It was a "
            "hockey puck {sigh}",
            "The cafe promised a «сочный бургер», I got a dry patty and a cold bun {e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ Полюшко
_POLYUSHKO_RU = {
    "dish_home": ("гречку с белыми грибами", "гречку по-купечески, как свекровь учила",
                  "пшённую кашу с тыквой и изюмом", "овсянку на топлёном молоке",
                  "гречневые оладьи на кефире",
                  "булгур с печёными овощами", "перловку с тушёнкой", "рисовую кашу на молоке",
                  "зелёную гречку с авокадо", "гречку с молоком, как в садике"),
    "good": ("разваривается ровно и не слипается", "крупа чистая, можно не перебирать",
             "пахнет как надо, без затхлости", "готова минут за пятнадцать, без замачивания",
             "получается зёрнышко к зёрнышку", "пакетики при варке не рвутся",
             "вкус насыщенный, с ореховой ноткой", "ни мусора, ни камешков",
             "ядрица крупная и ровная"),
    "meh": ("в пачке мусор и шелуха", "пакетик порвался прямо в кастрюле",
            "крупа мелкая, половина дроблёная", "каша горчит", "всё разварилось в клейстер",
            "пачка стала меньше, а цена та же", "попадаются чёрные зёрна",
            "пахнет погребом и сыростью", "варится целую вечность",
            "клапан на пачке не закрывается",
            "внутри пыль, как будто мука", "вкус пресный, как бумага"),
    "grain": ("ядрица в пакетиках для варки", "ядрица высшего сорта", "пшено для каши",
              "геркулес", "булгур", "зелёная гречка в крафт-пакете", "круглый рис для каши",
              "перловка", "мука гречневая цельнозерновая"),
    "shop": ("в Пятёрочке возле работы", "в Магните у остановки", "в Ленте на объездной",
             "в Перекрёстке в нашем ТЦ", "на Озоне с доставкой к подъезду", "в Ашане у кольцевой",
             "в Дикси у метро", "на Вайлдберриз в наборе из трёх пачек",
             "в маленьком продуктовом у дома"),
    "found_item": ("живого жучка в пачке", "мелкий камешек в гречке",
                   "кусок проволоки в пакетике", "личинки моли в крупе"),
    "found_short": ("жучок", "камень", "проволока", "моль"),
    "ignored_issue": ("обещанный приз по акции с кодами из пачек так и не пришёл",
                      "деньги за бракованную партию не вернули, хотя обещали",
                      "форма для претензий на сайте выдаёт ошибку уже неделю"),
    "gaffe_topic": ("мамочек, которые пишут гневные отзывы из-за одного камешка",
                    "тех, кто берёт самую дешёвую крупу, а потом ноет про вкус",
                    "зожников, которые называют гречку едой для бедных"),
    "fake_claim": ("в гречку подмешивают дешёвую китайскую крупу",
                   "крупу травят химией от жучков прямо перед фасовкой",
                   "пакетики для варки выделяют в кашу микропластик"),
}
_POLYUSHKO_EN = {
    "dish_home": ("buckwheat with porcini mushrooms", "merchant-style buckwheat with mince",
                  "millet porridge with pumpkin and raisins", "oatmeal with baked milk",
                  "kefir buckwheat pancakes", "bulgur with roasted veg", "pearl barley with stew",
                  "rice porridge for the baby", "green buckwheat bowl"),
    "good": ("it cooks evenly without going mushy", "there's no husk or debris at all",
             "it smells like proper buckwheat", "it's ready in about fifteen minutes",
             "every single grain stays separate", "the cooking bags never tear",
             "the flavour is rich and nutty", "no pebbles, no dust"),
    "meh": ("the pack was full of husks", "a cooking bag split in the pot",
            "about half the grains came broken", "it tasted bitter", "it cooked into a gluey mess",
            "the pack got lighter but not cheaper", "there were black grains everywhere",
            "it smelled damp", "it took ages to cook through", "the pack's zip doesn't close",
            "there was dust at the bottom"),
    "grain": ("buckwheat in those little cooking bags", "premium buckwheat groats",
              "polished millet",
              "old-fashioned rolled oats", "bulgur", "unroasted green buckwheat groats",
              "round porridge rice", "pearl barley groats", "five-minute buckwheat flakes"),
    "shop": ("at the Pyaterochka by my office", "at the Magnit by the bus stop",
             "at the big Lenta out of town", "at the Perekrestok in our mall", "via Ozon pickup",
             "at the Auchan on the ring road", "at the Dixy by the metro",
             "on Wildberries in a three-pack", "at the little shop downstairs"),
    "found_item": ("a live weevil in the pack", "a small stone in the buckwheat",
                   "a piece of wire in the cooking bag", "moth larvae in the grain"),
    "found_short": ("weevil", "stone", "wire", "moth larvae"),
    "ignored_issue": ("the prize from the pack-code promo never arrived",
                      "I was promised a refund for a faulty batch and never got it",
                      "the complaints form on the website has been broken for a week"),
    "gaffe_topic": ("mums who write angry reviews over a single pebble",
                    "people who buy the cheapest grain and then whine about the taste",
                    "health nuts who call buckwheat poor people's food"),
    "fake_claim": ("they mix cheap Chinese grain into the buckwheat",
                   "the grain is sprayed with pesticide right before packing",
                   "the cooking bags leach microplastic into the porridge"),
}

POLYUSHKO = BrandTexts(
    vocab=Vocab(ru=_POLYUSHKO_RU, en=_POLYUSHKO_EN),
    positive=Texts(
        ru=(
            "[Беру|Покупаю] только {b_acc} [уже года три|много лет|с тех пор, как родился "
            "сын]: {good}. [Других не надо|Проверено временем] {e_pos}",
            "[Сварила|Сварил|Приготовила] {dish_home} из {b_gen} — {good}[, {good}|]. "
            "[Семья довольна|Муж попросил добавки|Дети смели всё] {e_pos}",
            "{grain} от {b_gen} — [лучшее, что я пробовала из круп|моя любовь|находка года]. "
            "{good}[ {e_pos}|]",
            "Ура, {shop} [снова есть|опять в наличии] {grain} {b}! [Взяла три пачки|Закупилась "
            "впрок|Скупила полку] {lol}",
            "{who} [советует|всегда берёт|давно хвалит] {b_acc}. [Попробовала|Взяла на пробу] —"
            " [и правда|действительно] {good} {e_pos}",
            "Не думала, что крупа бывает настолько разной. {b}: {good}, а в [дешёвой|"
            "безымянной] — [одна шелуха|сплошной мусор].",
            "[Ужин|Завтрак] готов за четверть часа: {grain} {b} + [сливочное масло|жареный лук|"
            "горячее молоко]. {good} {e_pos}",
            "[Перешла|Перешли] на {b_acc} после [дешёвой гречки с камешками|пачки из "
            "дискаунтера] — небо и земля. {good}",
            "Совет для мам: {grain} {b} [отлично|хорошо] подходит для [прикорма|детской каши],"
            " {good}. [Педиатр одобрила|Малой ест с удовольствием] {e_pos}",
            "[По акции|Со скидкой] {shop} взяла {b_acc} — [не пожалела|приятно удивлена]: "
            "{good}. [Буду брать ещё|Теперь только её]",
            "[Наварила|Сварила] {dish_home}, как у бабушки. Крупа {b}, {good} {e_pos}",
            "{b} — [редкий случай|тот случай], когда [недорого|цена нормальная] и "
            "качественно. {good}[, {good}|] {e_pos}",
        ),
        en=(
            "Buckwheat is so underrated. {b} {grain}: {good} {e_pos}",
            "Made {dish_home} with {b} tonight — {good}[, and {good}|]. {e_pos}",
            "[Stocked up on|Grabbed] {b} {shop}. [Honestly the best grain brand here|"
            "Never going back to the cheap stuff]: {good}.",
            "{who} got me into {b} and [now I'm hooked|I get it]. {good} {e_pos}",
            "Meal prep Sunday: {dish_home} using {b} {grain}. {good}. [Easy win|10/10]",
            "Russian comfort food, made easy: {b} {grain}, butter, salt. {good} {e_pos}",
            "If you live in Russia and haven't tried {b}, [you're missing out|fix that]. "
            "{good}.",
            "[Switched|Finally switched] to {b} after a bag of no-name buckwheat full of "
            "pebbles. Night and day: {good}.",
            "Baby food win: {b} {grain} for porridge, {good} {e_pos}",
            "Cheap, clean and tasty — {b} is [my pantry staple|the one]. {good}",
        ),
        mixed=(
            "{b} {grain} — мой pantry staple, {good}, no complaints {e_pos}",
            "Сварила {dish_home} из {b_gen}, honestly so good, {good}",
            "Meal prep на неделю: {grain} {b}, super easy {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "А у {b_gen} [есть|бывает] {grain} или [только гречка|нет]? [Не видела на "
            "полках|Ищу для мамы]",
            "[Подскажите|Кто знает], сколько варится {grain} {b}? На пачке [стёрлось|мелко "
            "написано], {e_meh}",
            "Купила {b_acc} {shop}, [посмотрим|попробуем], [чем отличается от обычной|"
            "стоит ли своих денег]",
            "Цены на {b_acc} {shop} [выросли|поднялись] на {n} рублей? [Или мне кажется|Кто "
            "следит за ценами?]",
            "{shop} {b} [переставили|убрали] на нижнюю полку, [еле нашла|полчаса искала] "
            "{e_meh}",
            "[Видела|Заметила], у {b_gen} новая упаковка, [зелёная|с полем на картинке]. "
            "[Внутри то же самое?|Кто уже брал?]",
            "{who} [говорит|утверждает], что {b} — это [та же крупа, что и в других пачках|"
            "алтайская гречка]. [Правда?|Кто разбирается?]",
            "Сегодня [варю|готовлю] {dish_home}. Крупа {b}, [обычная|из запасов] [{e_meh}|]",
            "Сравниваю [гречку|пшено] {b_gen} и [магазинной марки|соседней полки]. [Результаты"
            " вечером|Напишу, что вышло]",
            "[Кто-нибудь|Кто-то] готовил крупу в мультиварке? У меня {grain} {b}, [какой режим "
            "ставить|сколько воды лить]?",
            "Заказала {b_acc} {shop}, [привезут|обещают привезти] [завтра|к выходным|в четверг]",
            "[Интересно|Любопытно], где {b} [берёт|выращивает] крупу. На пачке [только адрес "
            "фасовщика|ничего не сказано]",
        ),
        en=(
            "Does {b} make {grain} too, or just buckwheat? [Can't find it anywhere|"
            "Asking for my mum]",
            "How long do you cook {b} {grain}? The print on the pack is [tiny|rubbed off]",
            "Bought {b} {shop} to see what the fuss is about. Will report back",
            "Is it me or did {b} {grain} get more expensive {shop}? {e_meh}",
            "{b} has new packaging, [green with a field on it|with a wheat field]. "
            "[Same stuff inside?|Anyone tried it?]",
            "Dinner tonight: {dish_home} with {b}. [Nothing fancy|Standard weeknight food]",
            "{who} says {b} is [the same grain as every other brand|Altai buckwheat]. "
            "[True?|Anyone know?]",
            "Anyone cooked {b} {grain} in a slow cooker? [What setting?|How much water?]",
            "Ordered {b} {shop}, [arriving|should arrive] [tomorrow|by the weekend|on Thursday]",
            "Where does {b} actually source its grain? The pack [doesn't say|only lists a "
            "packer]",
        ),
        mixed=(
            "Кто знает, {b} {grain} можно в rice cooker варить? Any tips",
            "Купила {b_acc} {shop}, let's see, будет update",
            "{b} сменили packaging, inside то же самое?",
        ),
    ),
    negative=Texts(
        ru=(
            "[Открыла|Вскрыла] пачку {b} — а там {meh}. [Раньше такого не было|Это новая "
            "партия такая?] {e_neg}",
            "{b}, что с качеством? {meh}, [а ещё|и вдобавок] {meh}. {sigh}",
            "[Годами|Лет пять] [брала|покупала] {b_acc}, но [последние пачки|последняя партия]"
            " — {meh}. [Ищу замену|Больше не возьму]",
            "Сегодня на ужин {grain} {b}, [а|и] {meh}. [Планы на вечер "
            "отменяются|Пришлось заказывать еду] {e_neg}",
            "Кто-нибудь ещё [замечает|заметил], что у {b_gen} {meh}? [Или мне одной так "
            "везёт|Уже третья пачка такая]",
            "Цена на {b_acc} {shop} [снова выросла|опять ползёт вверх], а {meh}. [Спасибо, "
            "не надо|Переплачивать за это — нет]",
            "[Не покупайте|Не советую] {b_acc}: {meh}. Проверено на [себе|трёх пачках] "
            "{e_neg}",
            "Мама [всю жизнь|всегда] [брала|хвалила] {b_acc}, а сегодня [звонит|пишет]: "
            "{meh}. Как так-то?",
            "[Перебирала|Пришлось перебирать] гречку {b} [полчаса|весь вечер]: {meh} {e_neg}",
            "С {b_ins} что-то [не то|случилось]. {meh}, [а упаковка|а пачка] [всё "
            "такая же красивая|всё так же с полем на картинке] {lol}",
            "Пакет {b} {shop} [был надорван|вскрыт], {meh}. [Вернула в магазин|"
            "Выбросила]",
            "Хотела [накормить|покормить] ребёнка кашей из {b_gen}, [а|но] {meh}. "
            "[Выбросила всю пачку|Отдала голубям] {sigh}",
        ),
        en=(
            "Opened a pack of {b} and {meh}. [Is this a new batch?|Never had this before] "
            "{e_neg}",
            "{b}, what happened? {meh}, and {meh}. {sigh}",
            "Been buying {b} for years, but [the latest packs|this batch] — {meh}. "
            "[Looking for another brand|Done with it]",
            "Cooked {b} {grain} for dinner and {meh}. [Dinner cancelled|Ordered takeout "
            "instead] {e_neg}",
            "Anyone else noticing that with {b} {meh}? [Third pack in a row|Not just me?]",
            "Price of {b} {shop} went up again, and {meh}. [No thanks|Not paying for that]",
            "Don't buy {b} {grain}: {meh}. [Tested on three packs|Learned the hard way] "
            "{e_neg}",
            "Spent [half an hour|the whole evening] picking through {b} buckwheat: {meh}.",
            "{b} used to be [good|reliable]. Now {meh}, but sure, the pack still looks pretty "
            "{lol}",
            "Wanted to make porridge for my kid with {b}, but {meh}. Binned the lot {sigh}",
        ),
        mixed=(
            "{b} совсем downgrade, {meh}, so disappointing {e_neg}",
            "Открыла пачку {b_gen}, а там {meh}. Not again",
            "Honestly не понимаю hype вокруг {b_gen}: {meh}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день], {grain} продаётся {city}? [Во всех "
            "магазинах нет|Обошла три сетевых]",
            "{h} подскажите, ваша гречка [алтайская|из какого региона]? [Для себя|"
            "Интересуюсь для блога]",
            "{h} {grain} подходит детям до года? [На пачке "
            "ничего не написано|Хочу уточнить]",
            "{h} вы [делаете|планируете] [крупу без глютена|зелёную гречку в пакетиках]?",
            "{h} как принять участие в акции с кодами из пачек? [Сайт не открывается|"
            "Не нашла правила]",
            "{h} [добрый вечер|здравствуйте], срок годности у крупы [считается|идёт] с даты "
            "[фасовки|производства]?",
        ),
        en=(
            "{h} hi, where can I buy {grain} {city}? [None of the shops have it|Tried three "
            "stores]",
            "{h} is your buckwheat from Altai or somewhere else?",
            "{h} is {grain} okay for babies under one? Nothing on the pack",
            "{h} how do I enter the pack-code promo? [The site won't load|Can't find the "
            "rules]",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} {grain} {shop}, [брала {when}|свежая поставка|куплено {when}], а там {meh}."
            " [Фото прикладываю|Фото в комментариях|Могу прислать фото]. [Это вообще как?|"
            "Объясните|Жду ответа]",
            "{h} [вторая|уже третья] пачка подряд, и снова {meh}. [Где контроль качества?|"
            "Вы проверяете, что фасуете?|Что у вас на производстве творится?] {e_neg}",
            "{h} [здравствуйте|добрый день]. [Партия от прошлой недели|Пачка, купленная "
            "{when}|Упаковка со свежей датой]: {meh}[, {meh}|]. [Хочу возврат|Как вернуть "
            "деньги?|Что мне с этим делать?]",
            "{h} вы [уменьшили|урезали] пачку [на сто граммов|до 800 граммов|на четверть], а "
            "цену [оставили|ещё и подняли]. [Честно?|Это нормально?|Думали, не заметим?] "
            "[Сравнила со старой пачкой|Брала {shop}|]",
            "{h} [в пакетике для варки|в одном из пакетиков] [оказалась дырка|разошёлся шов],"
            " [вся крупа высыпалась в кастрюлю|каша теперь с ворсом|пришлось процеживать]. "
            "[Фото есть|Уже не первый раз][ {e_neg}|]",
            "{h} почему на сайте [не работает|висит|не отправляется] форма обратной связи? "
            "[Третий день пытаюсь написать|Хотела сообщить, что {meh}|Пишу сюда, раз там "
            "никак]",
            "{h} [ребёнок|дочка|сын] [отказался есть|выплюнул|не стал есть] кашу — {meh}. "
            "[Проверьте партию|Что с вашей крупой?|Детям такое вообще можно давать?]",
            "{h} [уважаемые|ребята], {meh}. [Раньше|Годами] брала только вас, [а теперь|но "
            "сейчас] [сомневаюсь|думаю менять марку|смотрю на другие бренды] {e_neg}",
            "{h} мама [попросила написать|просила узнать]: пачка {shop}, а {meh}. [Она у вас "
            "двадцать лет берёт|Пенсионерам такое вдвойне обидно|Как ей вернуть деньги?]",
            "{h} [добрый вечер|здравствуйте]! На упаковке [написано «отборная крупа»|обещают "
            "«без примесей»], а по факту {meh}. [Как так?|Это реклама такая?|Стыдно]",
            "{h} [сварила|приготовила] {dish_home} для [гостей|всей семьи|детей], а {meh}. "
            "[Ужин испорчен|Было неловко перед гостями], [жду объяснений|верните деньги] "
            "{e_neg}",
        ),
        en=(
            "{h} bought {grain} {shop} and {meh}. [Photo attached|Photos below]. "
            "[How does this happen?|Explain please]",
            "{h} [second|third] pack in a row and {meh} again. [Do you check what you pack?|"
            "Where's the quality control?] {e_neg}",
            "{h} you shrank the pack [by 100 grams|to 800 grams] and [kept|raised] the price. "
            "[Seriously?|Did you think we wouldn't notice?]",
            "{h} a cooking bag [split|came apart] in the pot and the grain went everywhere. "
            "[Photos available|Not the first time]",
            "{h} your website feedback form [doesn't work|is broken], so I'm writing here: "
            "{meh}",
            "{h} cooked {dish_home} for [guests|the family] and {meh}. [Dinner ruined|"
            "Embarrassing]. I want an explanation",
            "{h} my [kid|daughter|son] refused the porridge because {meh}. [Check the batch|"
            "Is this safe for kids?]",
        ),
    ),
    comment=Texts(
        ru=(
            "А где вас купить {city}? {e_meh}",
            "[Лучшая гречка|Самая вкусная крупа], [беру только вас|других не признаю] {e_pos}",
            "Верните [старую упаковку|прежний вес пачки], [пожалуйста|очень прошу]!",
            "Рецепт [огонь|классный], [сделаю на выходных|сохранила] {e_pos}",
            "А зелёная гречка [будет|появится] в [Магните|Ленте]?",
            "[Последняя пачка|Прошлая партия] была [с шелухой|горьковатая], [исправьте|"
            "проверьте] {e_meh}",
        ),
        en=(
            "Where can I buy this {city}?",
            "Best buckwheat out there {e_pos}",
            "Please bring back the old pack size",
        ),
    ),
    reply=Texts(
        ru=(
            "[У меня|У нас] тоже [так было|такая пачка попадалась], [видимо, партия|"
            "наверное, склад]",
            "А я [вчера|на днях] [брала|варила] — [всё нормально было|без претензий]",
            "[Сравни|Попробуй сравнить] с [магазинной маркой|другими], {b} [всё равно лучше|"
            "ещё ничего]",
            "Напиши им в поддержку, [мне заменили|мне деньги вернули]",
            "{who} тоже берёт {b_acc}, [жалоб вроде не было|пока без претензий]",
            "Варить [надо|лучше] [в пропорции 1 к 2|без крышки первые пять минут], "
            "[тогда не разварится|будет рассыпчатая]",
        ),
        en=(
            "Same thing happened to me, probably a bad batch",
            "Mine was fine [yesterday|last week] {e_meh}",
            "Message their support, they [replaced mine|refunded me]",
        ),
        mixed=(
            "Same у меня, probably партия такая",
            "Попробуй ratio 1 к 2, works every time",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Спасибо, что сообщили. Пожалуйста, [пришлите|напишите] в личные "
            "сообщения фото пачки с датой фасовки — мы [передадим в отдел качества|проверим "
            "партию].",
            "Добрый день! Нам очень жаль. [Мы заменим продукт|Компенсируем покупку], напишите, "
            "пожалуйста, в ЛС [ваш город и магазин|адрес для отправки].",
            "Спасибо за вопрос! [Информация о составе и сроках|Все подробности] есть на "
            "упаковке и на нашем сайте в разделе «Продукция». Если что-то неясно — пишите.",
            "Здравствуйте! Благодарим за обратную связь. [Такого быть не должно|Это не наш "
            "стандарт], мы уже [разбираемся|выясняем причину].",
            "Рады, что вам нравится! Приятного аппетита 🌾",
        ),
        en=(
            "Hello! Thank you for letting us know. Please DM us a photo of the pack with the "
            "packing date so we can check the batch.",
            "Sorry about this! We'll replace the product — please DM us your city and store.",
            "Thanks for asking! You'll find the details on the pack and on our website.",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, [прислали замену|вернули деньги] [быстро|на следующий день] {e_pos}",
            "Благодарю за ответ! [Написала в личку|Фото отправила]",
            "[Приятно|Здорово], что [отвечаете|реагируете]. Буду брать дальше",
            "Всё решили, спасибо {e_pos}",
        ),
        en=(
            "Thanks, [replacement arrived|got the refund] {e_pos}",
            "Appreciate the quick reply! DMed you",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Отправила|Прислала] фото [ещё вчера|три дня назад], ответа нет",
            "[Написала|Пишу] в личку, а там [автоответ|бот], [толку ноль|и всё]",
            "Обещали замену, [прошла неделя|до сих пор ничего] {e_neg}",
            "Это не решение. [Мне нужна нормальная крупа|Я хочу понять, почему так], а не "
            "«передадим в отдел качества»",
        ),
        en=(
            "Sent the photos [yesterday|three days ago], still nothing",
            "You promised a replacement a week ago {e_neg}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Беру эту крупу [несколько лет|давно]. {good}, {good}. [Из минусов|Минус] — "
            "[не везде продаётся|иногда пропадает с полок]. Рекомендую.",
            "[Достоинства|Плюсы]: {good}, [удобная упаковка|адекватная цена]. "
            "[Недостатки|Минусы]: [не обнаружила|нет]. Варю {dish_home} почти каждую неделю.",
            "Хорошая гречка за разумные деньги. {good}. [Ребёнок ест с удовольствием|Муж "
            "оценил]. Пять звёзд.",
            "[Сравнивала|Пробовала] несколько марок — эта [лучшая|на первом месте]: {good}, "
            "{good}.",
            "Пакетики для варки — спасение для [работающей мамы|студента]. {good}. Брала "
            "{shop}.",
        ),
        en=(
            "Been buying this for years. {good}, {good}. Only downside: not every store has "
            "it.",
            "Good buckwheat for a fair price. {good}. Five stars.",
            "Compared several brands and this one wins: {good}.",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Очень|Сильно] [разочарована|разочарован] последней покупкой. {meh}, {meh}. "
            "Раньше качество было [лучше|совсем другим].",
            "Одна звезда. {meh}. Писала производителю — [ответили шаблоном|ответа нет до сих "
            "пор].",
            "[Достоинства|Плюсы]: [красивая упаковка|есть почти везде]. [Недостатки|Минусы]: "
            "{meh}; {meh}; цена [выше средней|кусается].",
            "Купила {shop} [по акции|со скидкой], [теперь понятно, почему скидка|зря]: {meh}. "
            "Пришлось [выбросить|перебирать вручную].",
            "Варила {dish_home} [для гостей|на праздник], а {meh}. [Стыдно было подавать|"
            "Испортила ужин]. Больше не возьму.",
            "Пачка [стала меньше|похудела на сто граммов], а цена [та же|выросла]. Ещё и {meh}."
            " Не рекомендую.",
            "Если кратко: {meh}. Если подробнее — [открываю пачку|вскрываю пакет], а там "
            "[пыль|шелуха] и [битые зёрна|чёрные точки]. Оценка [двойка|два].",
            "[Не понимаю|Не разделяю] восторгов. Обычная [крупа|гречка], {meh}, а стоит как "
            "[элитная|премиум].",
        ),
        en=(
            "[Really|Pretty] disappointed with my [last|latest] purchase. {meh}, {meh}. "
            "[Quality used to be better|It wasn't like this a year ago].",
            "One star. {meh}. [Wrote to|Emailed] the company — [canned reply|no answer yet|"
            "they offered a coupon].",
            "Bought it on sale {shop} and now I [see why|get why it was cheap]: {meh}. "
            "[Binned it|Lesson learned]",
            "The pack got smaller, the price [didn't|went up], and {meh}. [Not recommended|"
            "Switching brands].",
            "[Don't get|Can't explain] the hype. Ordinary [buckwheat|grain], {meh}, priced "
            "like premium.",
            "Cooked {dish_home} [for guests|for a family dinner] and {meh}. [Embarrassing|"
            "Had to order pizza]. Two stars for the nice packaging",
            "Pros: [sold everywhere|pretty pack]. Cons: {meh}; {meh}; [pricey|customer "
            "service is slow].",
            "Third pack [this month|in a row] where {meh}. [Something changed at the "
            "factory|Used to be my go-to brand] {sigh}",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Благодарим за отзыв и приносим извинения. Пожалуйста, напишите нам "
            "на почту с фото упаковки и датой фасовки — мы [проверим партию|заменим товар].",
            "Добрый день. Нам жаль, что продукт вас разочаровал. Информация передана в отдел "
            "качества.",
            "Здравствуйте. Спасибо, что рассказали. Свяжитесь с нами через форму на сайте, "
            "мы компенсируем покупку.",
        ),
        en=(
            "Hello! We're sorry to hear that. Please email us a photo of the pack with the "
            "packing date so we can check the batch.",
            "Thank you for the feedback. We've passed it on to our quality team.",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за отзыв! Очень приятно, что вы с нами [столько лет|давно] 🌾",
            "Благодарим! Приятного аппетита и хорошего дня.",
            "Спасибо за тёплые слова! Передадим [нашим технологам|всей команде].",
        ),
        en=(
            "Thank you for the review! Enjoy your meals 🌾",
            "Thanks so much, we'll pass this on to the team.",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. Партия с указанной датой фасовки прошла [лабораторный контроль|"
            "проверку качества] без замечаний. Возможно, условия хранения в магазине были "
            "нарушены — пришлите фото, разберёмся.",
            "Добрый день. Вес пачки указан на лицевой стороне крупным шрифтом и [не менялся "
            "с прошлого года|соответствует стандарту]. Готовы ответить на вопросы на почте.",
        ),
        en=(
            "Hello. The batch with that packing date passed our lab checks. Storage at the "
            "shop may have been the issue — please send a photo.",
        ),
    ),
    official_post=Texts(
        ru=(
            "Рецепт недели: как приготовить {dish_home}. Пошагово в карточках {e_pos}",
            "Новинка: {grain} [уже на полках|скоро] {shop}! [Ищите зелёную пачку|С тем же "
            "качеством]",
            "Акция «Код в пачке»: [собирайте коды|регистрируйте коды] и выигрывайте "
            "[мультиварку|годовой запас крупы]. Правила на сайте.",
            "Как мы выбираем крупу: [поля на Алтае|проверенные хозяйства] и [три этапа "
            "очистки|лабораторный контроль каждой партии]. Рассказываем в новом посте.",
            "Вопрос дня: как вы готовите гречку — [с молоком|с маслом и луком|с грибами]? "
            "Делитесь в комментариях {e_pos}",
            "{b} [на выставке «Продэкспо»|на фестивале «Вкусы России»] — приходите на стенд, "
            "угостим кашей!",
        ),
        en=(
            "Recipe of the week: {dish_home}. Step by step in the slides {e_pos}",
            "New: {grain} on shelves soon!",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Утро на [поле|элеваторе] под [Бийском|Барнаулом]: [гречка цветёт|ранний туман], "
            "красота неописуемая. Вот ради этого всё и затевалось.",
            "Прочитала «[Маленькие большие компании|Новая дикость|Сила привычки]». [Очень "
            "откликается|Советую основательницам небольших брендов].",
            "Сегодня [выступала|рассказывала] студентам [про семейный бизнес|как мы начинали "
            "в гараже]. Вопросы были [сильнее|интереснее], чем на любом форуме.",
            "Выходные с детьми: [пекли пироги|гуляли в лесу|катались на велосипедах]. "
            "Телефон [почти не брала|остался дома].",
            "Команда [выросла|стала больше] на {n} человек за год. Спасибо каждому, кто с "
            "нами [с первых дней|с самого начала].",
            "[Записалась|Снова хожу] на [йогу|плавание] — [три месяца откладывала|обещала "
            "себе с января]. Первое занятие — [боль|счастье] {lol}",
            "Переговоры с [сетью|новым дистрибьютором] [шли|длились] [полгода|восемь "
            "месяцев]. [Сегодня подписали|Наконец-то договорились].",
            "Город [засыпало снегом|залило дождём], а у нас [планёрка|отчётный день]. Кофе "
            "[второй|третий] за утро.",
            "Вопрос подписчикам: [какие книги про управление|какие подкасты про бизнес] вам "
            "[реально помогли|понравились в этом году]?",
        ),
        en=(
            "Morning at the fields near Biysk. This is why we started all this.",
            "Finished reading «The Power of Habit». Recommend it to small brand founders.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Разбор|Тест] гречки из [пяти|шести] магазинов: [лучшая|победитель] — {b}. {good},"
            " [и цена нормальная|без переплаты] {e_pos}",
            "[Не реклама|Мне за это не платят]: {b} [лучшая|единственная] гречка, которую я "
            "[беру|покупаю] для [семьи|своих детей]. {good}",
            "Готовлю {dish_home} [в прямом эфире|в новом видео]. Крупа — {b}, {good} {e_pos}",
            "[ПП-рецепт|Рецепт для худеющих]: [готовим|варим] {dish_home}. Крупа — {grain} {b}, "
            "{good}.",
        ),
        en=(
            "Tested buckwheat from six stores: {b} came out on top. {good} {e_pos}",
            "Not sponsored: {b} is the only grain brand I buy for my family. {good}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Антирейтинг|Провал недели]: {b}. {meh}, а стоит [дороже конкурентов|как "
            "премиум]. Видео по ссылке {e_neg}",
            "Подписчики [прислали|присылают] фото пачек {b_gen}: {meh}. [Проверила сама|"
            "Купила три пачки] — [подтверждаю|так и есть].",
            "Раньше [советовала|хвалила] {b_acc}, теперь [не могу|нет]: {meh}.",
        ),
        en=(
            "Worst of the week: {b}. {meh}, and it costs more than the rest {e_neg}",
            "Used to recommend {b}, can't anymore: {meh}.",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Хор|Ансамбль] на [концерте|празднике] {city} [спел|исполнил] «Полюшко-поле» — "
            "[мурашки|до слёз] {e_pos}",
            "Бабушка всегда пела «Полюшко-поле», когда варила "
            "варенье. [Вспомнилось|Сегодня услышала по радио] {e_pos}",
            "Разучиваем с [детьми|классом] «Полюшко-поле» к [Дню Победы|концерту]. "
            "[Получается|Пока выходит] [трогательно|хором вразнобой] {lol}",
            "[Вечер|Закат] над [полем|рекой], и в голове [играет|крутится] «Полюшко-поле» "
            "{e_pos}",
            "[Новая|Свежая] аранжировка «Полюшко-поле» [на электрогитаре|в стиле фолк-рок] — "
            "[лучшее, что я слышал за неделю|неожиданно круто]",
            "Поле [ржи|пшеницы] за деревней, [ветер|тишина] — полюшко моё, [как в песне|"
            "родное]. {e_pos}",
            "[Оркестр|Баянист] в [переходе|парке] [играл|заиграл] «Полюшко-поле», [люди "
            "останавливались|кто-то подпевал]",
            "[Стихотворение|Стишок] дня: «Полюшко, полюшко, [чистое|широкое] поле, [ветер|"
            "солнце] гуляет на воле…»",
        ),
        en=(
            "The Red Army Choir singing «Polyushko Polye» still gives me chills {e_pos}",
            "Learned «Polyushko-Polye» on the accordion [this week|at last]. {who} is "
            "[impressed|not impressed] {lol}",
            "That «Polyushko Polye» scene in [the anime|the film] lives rent-free in my head",
            "Playlist for the drive: «Katyusha», «Polyushko Polye», «Kalinka». [Classic|"
            "Perfect]",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[На конкурсе|На смотре] [провалили|сорвали] «Полюшко-поле» — [фонограмма|"
            "микрофон] [отключилась|подвела] посреди куплета {sigh}",
            "Поле за домом, то самое полюшко, [застроят|отдали под склады]. [Жалко до слёз|"
            "Грустно] {e_neg}",
            "Сосед в [шесть утра|полночь] [включает|врубает] «Полюшко-поле» на всю "
            "громкость. [Третий день|Уже неделю] {e_neg}",
        ),
        en=(
            "Neighbour has been blasting «Polyushko Polye» at midnight for a week {e_neg}",
            "The choir butchered «Polyushko Polye» at the school concert {sigh}",
        ),
    ),
)

# ------------------------------------------------------------------------------ Волна
_VOLNA_RU = {
    "good": ("мобильный интернет просто летает", "ловит даже в подвале",
             "скорость стабильная весь день",
             "в поддержке ответили за пять минут", "роуминг заработал сразу после посадки",
             "eSIM оформили за минуту", "никаких навязанных подписок",
             "цена не менялась уже два года", "звонки чистые, без эха",
             "видео грузится без тормозов"),
    "meh": ("интернет ползёт как в двухтысячных", "звонки рвутся посреди разговора",
            "сеть пропадает раз в пять минут",
            "списали деньги за подписку, которую никто не подключал",
            "коды из смс приходят через полчаса", "5G есть только на карте покрытия",
            "приложение вылетает при входе", "абонентскую плату подняли втихую",
            "баланс ушёл в минус непонятно почему", "ловит одна палка",
            "роуминг так и не включился", "спам-звонки каждый день",
            "вечером скорость падает почти до нуля"),
    # masculine, plural or indeclinable: the nominative is also the accusative
    "svc": ("роуминг", "eSIM", "5G", "домашний интернет с роутером",
            "перенос номера за один день", "антиспам",
            "автоопределитель незнакомых номеров", "безлимитный пакет для мессенджеров",
            "звонки по Wi-Fi дома"),
    "tariff": ("«Прилив»", "«Бриз»", "«Свои 30»", "«Маяк»", "«Безлимит Плюс»", "«Семейный+»",
               "«Старт»"),
    "where": ("на даче под Истрой", "в лифте между шестым и седьмым", "в переходе под Садовым",
              "в офисе на восьмом этаже", "в электричке сразу после Мытищ",
              "в деревне у родителей", "на парковке торгового центра",
              "в новом спальном районе", "на стадионе, когда там сорок тысяч человек",
              "в бизнес-центре у реки"),
    "guard_venue": ("в салоне у метро «Сокол»", "в офисе продаж в ТЦ «Июнь»",
                    "в салоне на Малой Садовой"),
    "ignored_issue": ("уже неделю не работает мобильный интернет, хотя баланс плюсовой",
                      "деньги за перенос номера списали, а номер так и не перенесли",
                      "подключили платную подписку без спроса и не отключают"),
    "gaffe_topic": ("тех, кто бежит в поддержку из-за каждой просадки скорости",
                    "пенсионеров, которые не могут сами сменить тариф в приложении",
                    "дачников, которые ноют, что в лесу нет 5G"),
    "fake_claim": ("оператор продаёт базы номеров мошенникам",
                   "со следующего месяца всех принудительно переведут на тариф за две тысячи",
                   "через приложение читают переписку в мессенджерах"),
    "dn_head": ("новая", "третья", "очередная", "вторая", "мощная", "настоящая", "целая",
                "сильная", "огромная", "внезапная"),
    "dn_tail": ("увольнений", "жары", "гриппа", "критики", "задержек рейсов", "банкротств",
                "хейта", "холода", "ковида", "подорожания", "эмиграции айтишников",
                "закрытий кофеен"),
}
_VOLNA_EN = {
    "good": ("the internet is blazing fast", "it gets signal even in the basement",
             "speed is stable all day", "support answered in five minutes",
             "roaming kicked in right after landing", "the eSIM was set up in a minute",
             "no sneaky paid add-ons", "the price hasn't changed in two years",
             "calls are crystal clear", "videos load with zero buffering"),
    "meh": ("the data crawls", "calls keep dropping mid-sentence", "the signal cuts out every "
            "five minutes", "they charged me for a subscription nobody signed up for",
            "SMS codes arrive half an hour late", "5G only exists on the coverage map",
            "the app crashes the second I log in", "the monthly fee went up with zero warning",
            "my balance went negative for no reason", "I get one bar at best",
            "roaming never switched on", "I get spam calls every day",
            "evening speeds drop to almost nothing"),
    "svc": ("roaming", "eSIM", "5G", "home internet with a router",
            "number transfer from my old carrier",
            "spam filter", "caller ID", "unlimited messaging", "Wi-Fi calling at home"),
    "tariff": ("Priliv", "Briz", "Svoi 30", "Mayak", "Unlimited Plus", "Family+", "Start"),
    "where": ("at the dacha near Istra", "in our building's lift", "in the underpass",
              "on the eighth floor at work", "on the commuter train to Sergiev Posad",
              "at my parents' place in the village", "in the mall car park",
              "out in the new suburbs", "at the stadium on match day",
              "in the riverside office park"),
    "guard_venue": ("at the store by Sokol metro", "at the sales office in the Iyun mall",
                    "at the shop on Malaya Sadovaya"),
    "ignored_issue": ("mobile data has been down for a week even though my balance is fine",
                      "they charged me for porting my number and it still hasn't moved",
                      "a paid subscription got switched on without asking and nobody will "
                      "turn it off"),
    "gaffe_topic": ("people who run to support over every speed dip",
                    "pensioners who can't change their plan in the app on their own",
                    "dacha folk who whine that there's no 5G in the woods"),
    "fake_claim": ("the operator sells customer phone numbers to scammers",
                   "from next month everyone will be forced onto a 2,000-rouble plan",
                   "the app reads your messenger chats"),
    "dn_head": ("an all-time record", "a fourth", "a growing", "a punishing", "an unusually early",
                "an ugly new", "a second big", "yet another fresh", "an unexpected"),
    "dn_tail": ("of tech layoffs", "of stifling heat", "of summer flu", "of backlash",
                "of flight cancellations", "of small business bankruptcies",
                "of online pile-ons", "of cold", "of covid", "of rising food prices",
                "of cafe closures"),
}

VOLNA = BrandTexts(
    vocab=Vocab(ru=_VOLNA_RU, en=_VOLNA_EN),
    positive=Texts(
        ru=(
            "[Перешёл|Перешла] на {b_acc} [месяц назад|ещё весной|полгода назад] — [и не жалею|"
            "ни разу не пожалел(а)]: {good}[, {good}|] {e_pos}",
            "{b} [удивила|порадовала] {where}: {good}. [Раньше там был ноль|С прошлым "
            "оператором о таком и не мечтали] {e_pos}",
            "Тариф {tariff} у {b_gen} — [лучшее соотношение цены и гигабайт|то, что надо "
            "студенту|топ за свои деньги]. {good}",
            "[Подключил|Подключила] {svc} в {b_pre} [за пять минут|прямо в приложении], "
            "[всё работает|{good}] {e_pos}",
            "{who} [полгода уговаривает|давно советует] перейти на {b_acc}. [Наконец решился —"
            " {good}. Зря тянул|Наконец решилась — {good}. Зря тянула]",
            "[Честно|Не реклама], поддержка {b_gen} — [лучшая|самая человечная], что я "
            "[встречал|встречала]: {good} {e_pos}",
            "Еду [в Сапсане|в поезде до Казани|на трассе М-11] — {b} [держит связь|ловит] "
            "почти всю дорогу, {good} {e_pos}",
            "[Третий год|Пятый год] с {b_ins}, [ни разу не подвела|всё стабильно], {good}. "
            "[Рекомендую|Всем советую]",
            "[Отпуск|Поездка] в [Турцию|Казахстан|Армению]: у {b_gen} роуминг [включился "
            "сам|работал с первой минуты], {good} {e_pos}",
            "Раздаю интернет [на ноутбук|на весь опенспейс|на дачу] с {b_gen} — {good}, "
            "[даже созвоны не лагают|видео в 4К без проблем] {lol}",
            "[Сравнил|Сравнила] [скорость|замеры] у [трёх|четырёх] операторов {where}: {b} "
            "[на первом месте|впереди всех]. {good}",
            "{b} [сама|без лишних вопросов] вернула деньги за [лишнее списание|подписку] "
            "[за день|без споров]. [Уважаю|Вот это сервис] {e_pos}",
        ),
        en=(
            "Switched to {b} [a month ago|last spring|six months ago] and [no regrets|"
            "zero regrets]: {good}[, and {good}|] {e_pos}",
            "{b} [surprised me|came through] {where}: {good}. [My old carrier had nothing "
            "there|Didn't expect that]",
            "The {tariff} plan from {b} is [the best value around|perfect for students|"
            "a steal]. {good}",
            "Set up {svc} with {b} [in five minutes|right in the app]. {good} {e_pos}",
            "{who} kept telling me to switch to {b}. [Finally did|Caved]: {good}.",
            "Not an ad, but {b} support is [the most human|the best] I've dealt with: {good}",
            "On the train to Kazan and {b} [holds signal|works] almost the whole way. {good}"
            " {e_pos}",
            "[Holiday|Trip] to [Turkey|Armenia|Kazakhstan]: {b} roaming [just worked|was on "
            "from minute one]. {good}",
            "Hotspotting my laptop off {b} [all week|for work] — {good} {lol}",
            "Speed-tested four carriers {where}. {b} [won|came out on top]: {good}.",
        ),
        mixed=(
            "{b} honestly топ, {good}, best carrier so far {e_pos}",
            "Перешёл на {b_acc}, and wow, {good}. No regrets",
            "Тариф {tariff} у {b_gen} — good value, highly recommend {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто на {b_pre}, как у вас [связь|интернет|5G] {where}? [Собираюсь переходить|"
            "Думаю подключиться]",
            "{b} обновила [приложение|личный кабинет], теперь [кнопка пополнения|тариф] [в "
            "другом месте|внизу экрана]. [Привыкаю|Искал(а) минут десять] {e_meh}",
            "[Сколько|Почём] сейчас тариф {tariff} у {b_gen}? [На сайте одно, в салоне "
            "другое|Не могу найти цену]",
            "[Перенёс|Перенесла] номер в {b_acc} {when}, [посмотрим, как будет|пока без "
            "впечатлений]",
            "{who} [работает|сидит] в {b_pre} [в техподдержке|в салоне], [говорит|"
            "рассказывает], что [по понедельникам|в начале месяца] [завал|звонков больше всего]",
            "У {b_gen} [есть|уже есть] {svc}? [Кто пользовался?|Как оно работает?]",
            "[Сменил|Сменила] тариф в {b_pre} на {tariff}, [посмотрю месяц|экспериментирую] "
            "{e_meh}",
            "Видели [новую|] рекламу {b_gen} с [тюленем|чайками|маяком]? [Кто это придумал?|"
            "Странная, но запоминается]",
            "{b} [прислала смс|пишет], что [с первого числа|с июня] [меняются условия|обновят "
            "тарифы]. [Что изменится?|Кто вчитывался?]",
            "Выбираю оператора для [мамы|дачи|ребёнка]: {b} или [кто-то ещё|другие]? [Кто "
            "чем пользуется {where}?|Советуйте]",
            "Есть салоны {b_gen} {city}? Надо [переоформить симку|восстановить сим-карту]",
            "Как у {b_gen} подключить {svc}? [Через приложение или только в салоне?|Не "
            "нашёл на сайте|Нигде не написано]",
        ),
        en=(
            "Anyone on {b}? How's the [signal|data|5G] {where}? [Thinking of switching|About to "
            "sign up]",
            "{b} updated [their app|the account page] and now [the top-up button|my plan] is "
            "[somewhere else|at the bottom]. [Getting used to it|Took me ten minutes] {e_meh}",
            "How much is the {tariff} plan on {b} these days? [Site says one thing, store "
            "another|Can't find the price]",
            "Ported my number to {b} {when}. [We'll see|No impressions yet]",
            "Does {b} offer {svc}? [Anyone tried it?|How do I turn it on?]",
            "Switched my {b} plan to {tariff}, trying it for a month {e_meh}",
            "Has anyone seen the new {b} ad with the [seal|seagulls|lighthouse]? [Who comes up "
            "with these|Weird but catchy]",
            "{b} texted that [terms are changing next month|plans get updated in June]. "
            "[What's changing?|Anyone read the fine print?]",
            "Picking a carrier for my [mum|dacha|kid]: {b} or [someone else|the others]? "
            "[What works {where}?|Suggestions welcome]",
            "Is there a {b} store {city}? Need to [replace my SIM|restore a SIM card]",
        ),
        mixed=(
            "Кто на {b_pre}, how's the signal {where}? Need advice",
            "{b} обновили app, теперь всё в другом месте, кто-нибудь разобрался? {e_meh}",
            "Тариф {tariff} у {b_gen} worth it или нет?",
        ),
    ),
    negative=Texts(
        ru=(
            "{b}, [вы издеваетесь?|ну сколько можно?] {where} {meh}. [Третий день|Всю неделю"
            "] {e_neg}",
            "[Плачу|Отдаю] [пятьсот|семьсот|почти тысячу] в месяц за {tariff}, а {meh}. "
            "[Отличный сервис|Класс], {b} {e_neg}",
            "[Перешёл|Перешла] на {b_acc} [ради цены|по совету], теперь [жалею|кусаю "
            "локти]: {meh}[, {meh}|]",
            "Кто-нибудь ещё на {b_pre}? У вас тоже {meh}? [Или только у меня {where}|Или это "
            "авария]",
            "Дорогая {b}, объясни, пожалуйста, почему {meh}? [Я плачу вовремя|Деньги-то "
            "списываются исправно]",
            "{when} {meh}, а в поддержке [бот гоняет по кругу|сорок минут музыка на линии]. "
            "{b}, это [позор|несерьёзно] {e_neg}",
            "[Итог|Итоги] месяца с {b_ins}: {meh}, {meh} и [минус на балансе|счёт на полторы "
            "тысячи]. {sigh}",
            "Смс [с кодом от банка|из госуслуг] [шла|пришла] [двадцать минут|через полчаса],"
            " [перевод сорвался|чуть не опоздал(а) на поезд]. Спасибо, {b} {e_neg}",
            "{b} опять [подняла|задрала] абонентку, [а|и при этом] {meh}. [Ищу другого "
            "оператора|Пора уходить]",
            "[Созвон с заказчиком|Собеседование|Онлайн-урок] [сорвался|накрылся], потому что "
            "{meh}. [Спасибо|Мерси], {b} {e_neg}",
            "Роуминг {b_gen} — [лотерея|отдельный вид боли]: {meh}, а деньги [списали сразу|"
            "сняли как за полный пакет]",
            "Ну вот, {b} [снова|опять] {where} [не ловит|ловит через раз]. [Звонить можно "
            "только с балкона|Стою у окна с телефоном в руке] {lol}",
            "[Не советую|Никому не советую] {b_acc}: {meh}. [Год терпел|Полгода мучилась], "
            "хватит {e_neg}",
        ),
        en=(
            "{b}, [seriously?|how long is this going on?] {where} {meh}. [Third day now|"
            "All week] {e_neg}",
            "Paying [almost a thousand roubles|700 roubles] a month for {tariff} and {meh}. "
            "[Great service|Love it], {b} {e_neg}",
            "Switched to {b} [for the price|on a friend's advice] and now I regret it: {meh}.",
            "Anyone else on {b}? Is it just me or {meh}? [Outage?|Every evening]",
            "[Again today|Since this morning] {meh}, and {b} support is [a bot loop|forty "
            "minutes of hold music]. "
            "[Embarrassing|Not ok]",
            "A month with {b}: {meh}, {meh}, and a negative balance. {sigh}",
            "Bank SMS code took half an hour to arrive. Missed the transfer. Thanks, {b} "
            "{e_neg}",
            "{b} raised the monthly fee again and {meh}. [Looking for a new carrier|Time to "
            "leave]",
            "[Client call|Job interview] dropped because {meh}. Cheers, {b} {e_neg}",
            "{b} roaming is [a lottery|pain]: {meh}, but the money came off right away.",
        ),
        mixed=(
            "{b} опять fail, {meh}, seriously guys {e_neg}",
            "Ну такое, {b} totally not worth it: {meh}",
            "Worst carrier ever, {b} {where} {meh} {sigh}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [здравствуйте|добрый день], как [перейти|перейти с тарифа] на {tariff} без "
            "потери [остатка гигабайт|номера]?",
            "{h} работает ли [роуминг|раздача интернета|eSIM] [в Турции|в Армении|в "
            "Казахстане]? Лечу [в пятницу|через неделю]",
            "{h} [подскажите|скажите], как [подключить|оформить] eSIM на [часы|второй "
            "телефон]?",
            "{h} [планируется|будет ли] 5G {city}? [Вышки вроде стоят|Сосед говорит, скоро]",
            "{h} можно ли [оформить|переоформить] номер на [ребёнка|маму] [онлайн|без "
            "салона]?",
            "{h} а почему в приложении [нет детализации|не видно остатка] за [прошлый|этот] "
            "месяц? [Это временно?|Где искать?]",
            "{h} как [отключить|убрать] [все платные подписки|контент-услуги] разом? [В "
            "приложении не нашёл|Не хочу сюрпризов]",
        ),
        en=(
            "{h} hi, how do I switch to {tariff} without losing my [leftover data|number]?",
            "{h} does [roaming|my eSIM|hotspot] work in [Turkey|Armenia|Kazakhstan]? Flying "
            "[Friday|next week]",
            "{h} how do I set up an eSIM on my [watch|second phone]?",
            "{h} is 5G coming {city} any time soon?",
            "{h} how do I turn off all paid add-ons at once?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} {where} {meh} уже [третий день|неделю]. [Что происходит?|Когда почините?]",
            "{h} [откуда|за что] списание [на {n}0 рублей|в двести рублей]? Я [ничего не "
            "подключал|ничего не подключала]. Верните [деньги|всё до копейки]",
            "{h} [здравствуйте|добрый день]. {meh}, перезагрузка [не помогает|не помогла], "
            "сим-карту [менял|меняла]. [Дальше что?|Помогите]",
            "{h} [почему|с какой стати] мне подняли абонентку на {tariff}? [Никаких "
            "уведомлений не было|Смс не приходило] {e_neg}",
            "{h} перенос номера [висит|завис] [пятый день|уже неделю], а [со старым "
            "оператором|старая симка] уже не работает. Я без связи!",
            "{h} [в салоне|в офисе] {city} [нахамили|отказались помочь], [отправили|послали] "
            "писать сюда. Пишу: {meh}",
            "{h} роуминг [не работает|не включается] [в Стамбуле|в Ереване|в Алматы], а "
            "пакет [уже списали|оплачен]. {e_neg}",
            "{h} [уважаемые|ребята], {meh}[, и {meh}|]. [Сколько ещё терпеть?|Отвечает только "
            "бот]",
            "{h} мама [не может дозвониться|не слышит меня], у неё {tariff}, [а связь|и "
            "связь] [пропадает|обрывается] [каждые пару минут|постоянно]. Разберитесь",
            "{h} ваш антиспам [пропускает|не режет] [звонки «из банка»|мошенников], [а "
            "платный|хотя я за него плачу]. Зачем он тогда?",
        ),
        en=(
            "{h} {where} {meh} for [three days|a week|two weeks] now. [What's going on?|"
            "When will you fix it?|Is anyone working on this?]",
            "{h} why was I charged [{n}0 roubles|for something] I never signed up for? "
            "[I want a refund|Give it back|Explain please] {e_neg}",
            "{h} [restarted|rebooted the phone], swapped the SIM, [reset network settings|"
            "even tried another phone] and still {meh}. [Now what?|Help|Ideas?]",
            "{h} my number port has been stuck for [five days|a week|ten days] and my old "
            "SIM [is dead|stopped working {when}]. I [have no service|can't even call my mum]!",
            "{h} roaming won't switch on [in Istanbul|in Yerevan|in Almaty] and the "
            "[package|{tariff} travel add-on] is already paid for {e_neg}",
            "{h} your spam filter still lets [fake bank calls|scammers|robocalls] through "
            "[every single day|three times a day], and I pay for it. [Why?|What's the point?]",
            "{h} [seriously|come on|guys], {meh}. [The bot is useless|Only the bot answers|"
            "Your chat just loops]",
            "{h} my [mum|grandma] is on {tariff} and {meh}. [She's 78|She can't use the "
            "app] — [please call her|can someone actually help?]",
            "{h} [hello|hi]. Since [Monday|the weekend|yesterday] {meh} {where}, [a friend on "
            "another network|my coworker] has full bars [right next to me|in the same spot]. "
            "{sigh}",
            "{h} the monthly fee on {tariff} [went up|jumped] and [no one told me|I got no "
            "SMS]. [Not cool|Please explain] {e_neg}",
        ),
    ),
    comment=Texts(
        ru=(
            "А связь {where} [когда нормальной будет|наладите]? {e_meh}",
            "Тарифы [красиво выглядят|хорошие], а [скорость|покрытие] [где|когда]? {e_meh}",
            "[Пользуюсь|Сижу на] {tariff} [второй год|давно], [всё устраивает|полёт "
            "нормальный] {e_pos}",
            "А [для старых абонентов|нам, кто давно с вами,] [что-нибудь будет|скидки]?",
            "[Опять|Снова] [подорожание|новые условия]? [Ну спасибо|Так и знала] {e_neg}",
            "[Уберите|Отключите уже] эти смс с рекламой, [пожалуйста|невозможно]",
        ),
        en=(
            "Nice plans, but when will the signal {where} be fixed? {e_meh}",
            "Been on {tariff} for ages, no complaints {e_pos}",
            "Anything for long-time customers?",
        ),
    ),
    reply=Texts(
        ru=(
            "У меня {city} [то же самое|так же], [видимо, авария|наверное, вышку чинят]",
            "А у меня [всё ловит|норм], [тоже на {b_pre}|тот же тариф] {e_meh}",
            "Напиши в поддержку в телеге, [там быстрее|мне за час помогли]",
            "[Перезагрузи|Выключи и включи] [телефон|авиарежим], [мне помогло|иногда "
            "помогает] {lol}",
            "{who} тоже [уходит|собирается уйти] с {b_gen} [из-за этого|как раз поэтому]",
            "[Это не оператор|Может, это телефон], [проверь симку|у меня так было с "
            "айфоном]",
        ),
        en=(
            "Same here {city}, [probably an outage|they must be fixing a tower]",
            "Works fine for me {e_meh}",
            "Try toggling airplane mode, [it helped me|works sometimes] {lol}",
            "Message support on Telegram, it's faster",
        ),
        mixed=(
            "Same у меня {city}, probably авария",
            "Try airplane mode on/off, мне помогло {lol}",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Спасибо за обращение. Пожалуйста, напишите нам в личные сообщения "
            "ваш номер и адрес, где [возникает проблема|плохая связь], — [проверим|передадим "
            "инженерам].",
            "Добрый день! Приносим извинения за неудобства. [На вашем участке ведутся "
            "работы|Мы видим сбой в вашем районе], [восстановим|исправим] в ближайшее время.",
            "Здравствуйте! [Мы проверили|Уточнили] — [списание ошибочное|подписка "
            "отключена], деньги вернутся на баланс в течение [суток|трёх дней].",
            "Спасибо за вопрос! Это можно сделать в приложении: раздел «[Тариф|Услуги]» → "
            "«[Сменить|Управление]». Если не получится — напишите, поможем.",
            "Нам очень жаль, что так вышло. Ваше обращение [передано специалистам|"
            "зарегистрировано], ответим [в течение часа|сегодня].",
            "Рады, что вам нравится! Спасибо, что вы с нами 💙",
        ),
        en=(
            "Hi! Thanks for reaching out. Please DM us your number and the address where the "
            "problem happens so we can check.",
            "Sorry for the trouble. We see an issue in your area and are fixing it.",
            "Thanks for asking! You can do it in the app under [Plan|Services].",
            "We've checked: the charge was an error and will be refunded [within a day|"
            "within three days].",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, [заработало|всё вернули], [оперативно|быстро] {e_pos}",
            "О, деньги [вернулись|на балансе]. Спасибо за [скорость|помощь]",
            "[Написал|Написала] в личку, [спасибо|жду]",
            "Интернет [снова есть|ожил], спасибо!",
            "[Благодарю|Спасибо], [подписку отключили|вопрос решён] {e_pos}",
        ),
        en=(
            "Thanks, [it works now|got the refund] {e_pos}",
            "Signal's back, appreciate it",
            "DMed you, thanks",
        ),
    ),
    still_broken=Texts(
        ru=(
            "«В ближайшее время» [было вчера|было три дня назад]. [Связи нет|Ничего не "
            "изменилось]",
            "[Написал|Написала] в ЛС, ответил бот и [пропал|всё]",
            "Деньги так и не вернулись, [ваш «в течение суток» прошёл|прошло три дня] "
            "{e_neg}",
            "Раздел «Услуги» [не открывается|выдаёт ошибку], [об этом и пишу|вот в чём "
            "проблема]",
            "Это [шаблон|отписка]. Мне нужна [связь|нормальная связь], а не извинения",
        ),
        en=(
            "'Shortly' was [yesterday|three days ago]. Still no signal",
            "The refund still hasn't come {e_neg}",
            "That's a template answer. I need working service, not apologies",
        ),
    ),
    review_pos=Texts(
        ru=(
            "С этим оператором [третий год|уже давно]. {good}, {good}. [Из минусов|Минус] — "
            "[в деревне слабовато|приложение иногда тупит]. Рекомендую.",
            "[Достоинства|Плюсы]: {good}, [честные тарифы|адекватная цена]. [Недостатки|"
            "Минусы]: [не нашёл|пока нет]. Сижу на {tariff}, всем доволен.",
            "Перешла от другого оператора [из-за цены|по совету сестры] — и не жалею. "
            "{good}.",
            "Хороший оператор [за свои деньги|для города]. {good}. Поддержка [вежливая|"
            "отвечает быстро].",
            "Пользуюсь [роумингом|eSIM|раздачей интернета] [в поездках|постоянно] — {good}. "
            "Пять звёзд.",
        ),
        en=(
            "Been with them for [three years|ages]. {good}, {good}. Only weak spot is rural "
            "coverage.",
            "Good value for money. {good}. Support is polite and quick.",
            "Switched from another carrier for the price and no regrets. {good}.",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Очень|Крайне] недоволен оператором. {meh}, {meh}. В поддержке [отвечают "
            "шаблонами|кормят обещаниями].",
            "Одна звезда — [и то много|за красивую рекламу]. {meh}, а абонентка [растёт|"
            "выросла вдвое].",
            "[Достоинства|Плюсы]: [недорого|был хороший тариф]. [Недостатки|Минусы]: {meh}; "
            "{meh}; [поддержка бесполезна|в салоне хамят].",
            "Перешла [по акции|ради цены] — [зря|ошибка]. {where} {meh}, [деньги за месяц|"
            "абонентку] [не вернули|никто не компенсировал].",
            "Пишу, чтобы [предупредить|другие знали]: [подключают подписки без спроса|"
            "списывают за непонятные услуги]. Я [ничего не заказывал|ничего не заказывала], а"
            " {meh}.",
            "[Перенос номера|Переход с номером] — [кошмар|две недели мучений]. Всё это время "
            "[был без связи|была без связи], [компенсации ноль|извинений ноль].",
            "Раньше был [нормальный|хороший] оператор. Сейчас {meh}, а на жалобы [отвечает "
            "бот|приходит отписка]. Ухожу.",
            "Если коротко — [не берите|не советую]. Если подробно: {meh}, [плюс|а ещё] "
            "{meh}. [Связи нет даже в центре|В метро вообще ноль].",
            "[Роуминг|Зарубежная поездка] [испорчена|сорвалась]: {meh}, [а пакет|хотя пакет] "
            "[оплачен|списан полностью]. Деньги [не вернули|обещают «рассмотреть»].",
            "[Не понимаю|Откуда] хорошие отзывы. {where} {meh}, {sigh}.",
        ),
        en=(
            "Very unhappy with this carrier. {meh}, {meh}. Support only sends templates.",
            "One star and that's generous. {meh}, and the fee keeps going up.",
            "Switched [for a promo|for the price] — mistake. {where} {meh}, no compensation.",
            "Warning for others: they add paid subscriptions without asking, and {meh}.",
            "Number porting took two weeks with no service at all. Zero compensation.",
            "Roaming ruined my trip: {meh}, and the package was fully charged.",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Благодарим за отзыв и приносим извинения за неудобства. Пожалуйста,"
            " напишите нам в чат приложения — специалисты [проверят ваш номер|разберутся].",
            "Добрый день. Нам жаль, что у вас сложилось такое впечатление. [Информация "
            "передана в технический отдел|Мы передали данные инженерам].",
            "Здравствуйте. Спасибо за обратную связь. [Мы проверили|Проверили] качество "
            "связи в указанном районе, работы [запланированы|уже ведутся].",
            "Извините за ситуацию. Для перерасчёта напишите, пожалуйста, номер в личные "
            "сообщения.",
        ),
        en=(
            "Hello! Thanks for the review and sorry for the trouble. Please write to us in "
            "the app chat so our team can check your number.",
            "We're sorry about this. The details have been passed to our technical team.",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за отзыв! Рады, что вы с нами 💙",
            "Благодарим за высокую оценку! [Будем и дальше|Постараемся] [радовать|не "
            "подводить].",
            "Спасибо за тёплые слова о нашей поддержке, [передадим коллегам|ребятам будет "
            "приятно]!",
        ),
        en=(
            "Thank you for the review! Glad to have you with us 💙",
            "Thanks for the kind words, we'll pass them on to the support team!",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. По данным мониторинга, в указанное время сеть в вашем районе "
            "работала [штатно|без сбоев]. Возможно, дело в настройках устройства — напишите "
            "нам, поможем проверить.",
            "Добрый день. Подписка была подключена [по смс-подтверждению|через приложение] "
            "с вашего номера. Детали можем показать в личных сообщениях.",
            "Здравствуйте. Об изменении абонентской платы мы сообщали [за месяц|заранее] — "
            "смс и письмом. Готовы подобрать [более выгодный тариф|тариф дешевле].",
        ),
        en=(
            "Hello. Our monitoring shows the network in your area worked normally at that "
            "time. It may be a device setting — message us and we'll check.",
            "Hi. The subscription was activated by SMS confirmation from your number. We can "
            "show the details in DMs.",
        ),
    ),
    official_post=Texts(
        ru=(
            "Новый тариф {tariff}: [больше гигабайт за те же деньги|безлимит на "
            "мессенджеры]. Подключайте в приложении {e_pos}",
            "Запустили 5G {city}! [Проверьте, поддерживает ли ваш телефон|Пишите в "
            "комментариях, как скорость] {e_pos}",
            "[Летите в отпуск?|Собираетесь за границу?] Подключите роуминг заранее — "
            "[пакеты от 150 ₽ в день|скидка 20% до конца месяца].",
            "Плановые работы [в ночь на четверг|с 2:00 до 5:00]: возможны перебои в "
            "[центральном районе|нескольких районах]. Спасибо за понимание.",
            "Как защититься от [мошенников|звонков «из банка»]: [пять правил|короткая памятка]"
            " в карточках. Антиспам уже работает у всех абонентов.",
            "Мы [обновили|переделали] приложение: [детализация в один клик|новое меню услуг]. "
            "Расскажите, как вам {e_pos}",
            "{b} — [связь, которая рядом|на одной частоте с вами]. [Приходите в салоны|"
            "Переходите со своим номером] — первый месяц [бесплатно|за полцены].",
            "Опрос: где вам [больше всего|чаще всего] не хватает связи? [Дача, метро, "
            "лифт|Пишите место] — передадим инженерам.",
        ),
        en=(
            "New plan {tariff}: more data for the same price. Switch in the app {e_pos}",
            "5G is live {city}! Tell us your speed in the comments {e_pos}",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Утро|Субботнее утро] на [велосипеде|беговой дорожке]: {n} км [до|перед] "
            "работой. [Лучшие идеи приходят именно так|Голова ясная].",
            "Дочитал «[Принципы|Рождённые быть великими|Чёрный лебедь]». [Много спорного, но "
            "заставляет думать|Сильная книга], советую руководителям.",
            "Провели [стратсессию|планёрку] с [командой инженеров|регионами]. [Главный "
            "вывод|Итог]: меньше презентаций, больше [поездок в поля|разговоров с клиентами].",
            "[Вчера|В воскресенье] [был|побывал] на [футболе|баскетболе] с сыном. [Проиграли|"
            "Выиграли], но [атмосфера|эмоции] того стоили.",
            "[Пробка|Утренний трафик] на Садовом — [полтора часа|час двадцать]. Записал "
            "[подкаст|три голосовых команде], не теряя времени.",
            "[Поздравляю|Поздравляем] [нашу|] команду [поддержки|инженеров] с [рекордом|"
            "годом без крупных аварий]. [Горжусь|Вы лучшие].",
            "[Ищу|Ищем] [директора по данным|руководителя продукта]. [Сильная команда и "
            "сложные задачи|Задачи интересные] — резюме в личку.",
            "[Был|Выступал] на [ПМЭФ|отраслевом форуме] — [много разговоров про ИИ|все "
            "говорят про импортозамещение оборудования]. [Интересно|Мой вывод]: [побеждает "
            "тот, кто быстрее учится|главное — люди].",
            "[Выходные|Неделя отпуска] [в горах|на Алтае|в Карелии] — связь [через раз|только "
            "на перевале], и это [прекрасно|полезно] {lol}",
            "Спасибо всем, кто [пришёл|был] на [наш день открытых дверей|встречу со "
            "студентами]. Вопросы были [отличные|острые] — [ответил на все|почти на все].",
        ),
        en=(
            "Morning ride before work, {n} km. Best ideas come this way.",
            "Strategy session with the engineering team today. Fewer slides, more site "
            "visits.",
            "Finished «The Black Swan». Worth it for any executive.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Замерил|Протестировал] [скорость|связь] пяти операторов {where}: {b} [в "
            "лидерах|на первом месте]. {good} {e_pos}",
            "[Не реклама|Мне не платили]: уже год на {b_pre}, {good}. Тариф {tariff} — [топ|"
            "лучший вариант] для [студентов|блогеров].",
            "[Путешествую|Езжу] по [России|Алтаю] с {b_ins}: {good}. [Подробный отчёт|"
            "Видео] на канале {e_pos}",
            "Лайфхак для [удалёнщиков|фрилансеров]: раздача с {b_gen} + {tariff} — {good}.",
        ),
        en=(
            "Tested five carriers {where}: {b} came first. {good} {e_pos}",
            "Not sponsored: a year on {b} and {good}. The {tariff} plan is great for "
            "travellers.",
            "Road-tripping across Russia on {b}: {good}. Full video on the channel",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Подписчики|Зрители] [жалуются|пишут] на {b_acc} [неделю|всю неделю]: {meh}. "
            "[Проверил сам|Сам столкнулся] — [правда|так и есть] {e_neg}",
            "Антирейтинг операторов: {b} [на последнем месте|в хвосте]. {meh}, {meh}.",
            "{b}, [что с вами?|вы куда катитесь?] {where} {meh}, а абонентка растёт.",
            "[Провёл|Сделал] тест: [поддержка|бот] {b_gen} отвечает [сорок минут|час], "
            "{meh}. [Выводы делайте сами|Итог в видео].",
        ),
        en=(
            "Carrier anti-ranking: {b} is dead last. {meh}, {meh} {e_neg}",
            "My followers keep complaining about {b}: {meh}. Tested it myself — true.",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Сегодня|{when}] на море [такая|огромная|отличная] волна, [все серферы в "
            "воде|сёрферы счастливы] {e_pos}",
            "Первая пойманная волна [в Калининграде|на Байкале|в Анапе|в Териберке] — "
            "[счастье|восторг], [стоял секунд пять|упал сразу, но это было круто] {e_pos}",
            "На стадионе [пошла|прокатилась] волна по трибунам, [три круга подряд|даже "
            "гостевой сектор встал] — [мурашки|красиво] {e_pos}",
            "Советская новая волна 80-х — [это любовь|мой вайб]: [Кино|Аквариум|Наутилус] "
            "на повторе [весь день|всю дорогу]",
            "Голливудская волна [на свадьбу подруги|на выпускной] [получилась|удалась] "
            "[идеально|как на картинке] {e_pos}",
            "Сын [учит|зубрит] физику: «звуковая волна — это…» [и дальше тишина|а я сама "
            "не помню, что дальше] {lol}",
            "[Какая|Вот это] волна тепла {city}, [наконец-то весна|можно снимать куртки] "
            "{e_pos}",
            "[Катер|Лодку] подбросила волна, [дети визжат от восторга|все мокрые, но "
            "счастливые] {lol}",
            "Накрыла волна ностальгии: [нашла|пересматриваю] [старые фото|кассеты с "
            "выпускного] {e_pos}",
            "Морская волна акварелью — [мой вечерний челлендж|третий подход], [вроде "
            "получается|пена пока не выходит] {e_meh}",
            "Короткая волна — [дедушкино хобби|хобби деда]: [ловит|слушает] [Японию|"
            "переговоры кораблей] по ночам",
            "[Закат|Штиль], тёплая волна [лижет пятки|набегает на песок], и больше ничего "
            "не нужно {e_pos}",
        ),
        en=(
            "Russian word of the day: волна (volna), a wave. [Beautiful word|Sounds like the "
            "sea] {e_pos}",
            "Stayed at a tiny guesthouse called Volna on the Black Sea. [Sea view|Great "
            "breakfast], lovely hosts {e_pos}",
            "Fun fact: the Volna rocket was launched from a submarine. Soviet engineering was "
            "wild",
            "Our surf instructor {city} yelled «волна!» at every set, now it's the only Russian "
            "word I know {lol}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "{dn_head} волна {dn_tail} [накрыла|захлестнула] [страну|регион|Европу]: "
            "[рассказываем, что известно|главное к этому часу]",
            "[Синоптики|Гидрометцентр] [предупреждают|обещают]: [новая|вторая] волна жары "
            "[придёт|доберётся] к [выходным|четвергу], [до +38|до сорока градусов] {e_neg}",
            "В [IT|ритейле|банках] пошла {dn_head} волна увольнений, {who} [тоже под "
            "сокращением|боится за место] {e_neg}",
            "[Врачи|Эпидемиологи] [бьют тревогу|предупреждают]: {dn_head} волна гриппа уже "
            "[в школах|в садиках] {city}",
            "На [новый фильм|режиссёра|новый альбом] [обрушилась|хлынула] волна критики: "
            "[зрители не оценили финал|фанаты разнесли в пух и прах]",
            "[Волна|Огромная волна] [смыла|разбила] [лежаки|причал|машину на набережной] [в "
            "Геленджике|в Сочи|в Анапе], [видео очевидцев|есть пострадавшие]",
            "{sigh}, [опять|снова] {dn_head} волна {dn_tail}. [Когда это закончится|Устала "
            "от новостей] {e_neg}",
            "[Волна|Новая волна] [хейта|травли] из-за [одного поста|пустяка]: [блогерша "
            "закрыла аккаунт|актёр удалил соцсети]",
            "Волна подорожания бензина [докатилась и до нас|дошла до регионов]: {city} "
            "[литр АИ-95|девяносто пятый] уже [по 67|за 70]",
            "На рынке [аренды|жилья] — волна [банкротств застройщиков|отмен сделок], "
            "[дольщики в панике|покупатели на нервах]",
            "Ледяная волна холода [накрыла|сковала] [Сибирь|Урал]: [школы на дистанте|"
            "отменили электрички] {e_neg}",
            "{who} [третий день с температурой|на больничном], [похоже, это|видимо] {dn_head} "
            "волна [ковида|гриппа] {e_neg}",
        ),
        en=(
            "{dn_head} wave {dn_tail} is sweeping [the region|tech|Europe] {e_neg}",
            "Forecasters warn {dn_head} wave {dn_tail} could hit by the weekend",
            "In Russian the news says «волна увольнений», a wave of layoffs. Same mess "
            "everywhere {sigh}",
        ),
    ),
)

# ------------------------------------------------------------------------------ other things
INFLUENCER_OTHER = Texts(
    ru=(
        "[Собрал|Собрала] [бюджетный|игровой] ПК за [80|120] тысяч — [полный разбор|все "
        "комплектующие] в новом видео {e_pos}",
        "[Топ-5|Пять] мест {city}, куда стоит [съездить на выходные|заехать летом]. "
        "[Сохраняйте|Отмечайте друзей] {e_pos}",
        "[Честно|Без фильтров] о [выгорании|удалёнке]: [полгода назад|в прошлом году] я "
        "[не мог встать с кровати|всё бросил(а)]. Рассказываю, что помогло",
        "Новый [айфон|флагман] за [неделю|десять дней] использования: [батарея|камера] "
        "[разочаровала|приятно удивила]. Обзор по ссылке",
        "[Тренировка|Комплекс] на [пресс|спину] за [15|20] минут без инвентаря. Повторяйте "
        "[со мной|вечером] {e_pos}",
        "[Разбираем|Разбор] [ключевую ставку|новые налоги] простыми словами: что это значит "
        "для [вашего вклада|ипотеки]",
        "[Посмотрел|Посмотрела] [новый сериал|фильм года] — [спойлеров не будет|без "
        "спойлеров], но [концовка|вторая половина] [разочаровала|порвала меня] {lol}",
        "[Ребёнок|Сын] [пошёл в первый класс|впервые поехал в лагерь] — [мама плачет|пишу "
        "это со слезами] {e_pos}",
        "[Розыгрыш|Конкурс]! [Разыгрываем|Дарим] [наушники|книгу с автографом] среди "
        "подписчиков, условия в закрепе {e_pos}",
        "[Сколько стоит|Бюджет] [поездка на Алтай|неделя в Дагестане] [на двоих|с "
        "детьми]: считаю [до рубля|все расходы]",
        "[Мой утренний ритуал|Как я планирую день]: [стакан воды, зарядка, дневник|"
        "никакого телефона первый час]",
        "[Машина|Кроссовер] [за 3 млн|из Китая] — [стоит ли брать|год владения]. "
        "[Плюсы и минусы|Всё честно] в ролике",
    ),
    en=(
        "New video: I built a budget gaming PC, full parts list in the description {e_pos}",
        "[Top 5|Five] underrated places to visit in Russia this summer {e_pos}",
        "Honest thoughts on burnout after [six months|a year] of remote work",
        "One week with the new flagship phone: the battery [disappointed|surprised] me",
        "[Giveaway|Contest] time! Winning [headphones|a signed book], details pinned {e_pos}",
        "15-minute no-equipment core workout, do it with me tonight",
    ),
)
