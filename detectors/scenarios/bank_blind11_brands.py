"""Text bank `blind11`, the brands half: the shared vocabulary, what people say about «Сочный
Бургер», «Полюшко» and «Волна» every day (posts, questions and complaints to the desks, the
desks' answers, reviews, the brands' and the executives' own posts, influencers, the names in
their everyday sense) and what big accounts post about other things. Written for issue 13 by a
writer who had not read the detectors (nor docs/detection.md, nor the texts of the other
banks): only the bank format (banks.py, textgen.py) and the generator of the week were read
(week.py, week_brands.py, week_traffic.py, the first 140 lines of week_crises.py, the head of
week_storm.py, simulation.py and tests/unit/test_week.py), besides the brief and this file's
placeholder (one import line naming blind10's brands half). The vocabulary follows the fixed
vocabulary contract shared with the events half. Checked only with tests/unit/test_week.py
(`-k blind11`, also narrowed to some of its tests and with longer tracebacks) and ruff; one
`python3` call printed offsets in this file, and shell tools (sed, grep, awk) edited it.

Disclosure: the failures of `test_the_banks_are_disjoint` printed strings this file shared with
other banks (vocabulary values such as "my wife", "mobile data", "chicken wrap", "buckwheat
groats", "in the lift", "в электричке до Подольска", "бургер с халапеньо", a few short
templates such as "When are you opening {city}?", and the Полюшко review thanks); each was
replaced by a new phrasing, and where the message only named a brand, the shortest, most
generic texts were rewritten. One failure of the guard-video test printed two of the events
half's guard texts (a bystander's «#sochnyburger» post and a retelling naming the venue).
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

# ------------------------------------------------------------------------------ shared vocabulary
VOCAB = Vocab(
    ru={
        "city": ("в Казани на Горках", "на Ваське у Съездовской", "в Екбе на Уралмаше",
                 "в Новосибе на Левом берегу", "в Самаре на Безымянке", "в Химках у Меги",
                 "в Нижнем на Автозаводе", "в Твери на Пролетарке", "в Воронеже на Левом",
                 "в Краснодаре на ФМР", "в Перми на Гайве", "в Ярославле на Брагино",
                 "в Бутово"),
        "when": ("сегодня часа в два", "позавчера", "в субботу ближе к вечеру",
                 "с утра, ещё до кофе",
                 "минут двадцать назад", "в пятницу сразу после смены", "ночью около часа",
                 "вчера где-то в девять", "в понедельник перед работой",
                 "буквально только что"),
        "who": ("брат", "жена", "муж", "коллега", "соседка", "мама", "тёща", "подруга", "сын",
                "дочка", "однокурсник", "начальник"),
        "lol": ("ахах", "ахахах", "лол", "ржу", "хаха", "😂", "🤣", "ору", "😂😂"),
        "sigh": ("эх", "увы", "мда", "ох", "блин", "эхх", "пфф"),
        "n": ("2", "3", "4", "5", "6", "7", "10", "12", "15", "20"),
        "e_pos": ("😍", "🔥", "👍", "❤️", "🤤", "😋", "🙌", "💛", "👌", "🥰", "🔥🔥", "👍👍"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🙄", "😒", "🤦‍♀️", "🤦‍♂️", "💩", "😠😠"),
        "e_meh": ("🤷‍♂️", "😐", "🫠", "🙃", "😕", "🤔", "🤷‍♀️"),
    },
    en={
        "city": ("in Kazan, Tatarstan", "in Yekat", "in Novosib", "down in Krasnodar",
                 "out in Perm", "in central Voronezh", "in Nizhny Novgorod",
                 "in Moscow's Butovo", "in Petersburg's Kupchino", "in Tver of all places",
                 "in Yaroslavl's old town", "in Samara by the Volga"),
        "when": ("around 2pm today", "two days ago, tuesday I think", "this saturday",
                 "this morning before coffee", "twenty minutes ago", "on friday after work",
                 "at like 1am", "yesterday around nine", "on monday before work"),
        "who": ("my older sister Nastya", "my flatmate Kostya", "my colleague Vera",
                "my next-door neighbour", "my husband Pasha", "my wife Dasha",
                "my mother-in-law Galina", "my little brother Tim", "my boss Oleg",
                "my 12-year-old",
                "my gym buddy Artyom"),
        "lol": ("lol", "lmao", "haha", "😂", "💀", "lmfao", "😭"),
        "sigh": ("ugh", "sigh", "welp", "meh", "smh", "oof"),
        "n": ("2", "3", "4", "5", "6", "7", "10", "12", "15", "20"),
        "e_pos": ("😍", "🔥", "👍", "❤️", "🤤", "😋", "🙌", "💯", "👌", "🥰", "🔥🔥"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🙄", "😒", "🤦", "💀", "😠"),
        "e_meh": ("🤷", "😐", "🫠", "🙃", "😕", "🤔"),
    },
)

# ------------------------------------------------------------------------------ Сочный Бургер
_SOCHNY_VOCAB = Vocab(
    ru={
        "dish": ("двойной чиз с маринованным огурцом", "бургер «Мексика» с халапеньо",
                 "сет наггетсов с сырным дипом",
                 "картофель по-деревенски с чесночным укропным соусом",
                 "ролл «Токио» с курицей в терияки", "бургер с грибами и трюфельным майонезом",
                 "коктейль с солёной карамелью", "бакет крыльев в медово-горчичном соусе",
                 "чёрный бургер с мраморной говядиной", "чикенбургер с коул-слоу",
                 "сет сырных палочек с брусничным дипом"),
        "good": ("котлета прожарена ровно как я люблю", "соуса не пожалели, течёт по пальцам",
                 "картошка хрустит даже через полчаса", "булка подрумянена, а не резиновая",
                 "порции стали заметно больше", "собрали заказ минуты за четыре",
                 "сыр тянется как в рекламе", "всё приехало горячим, хоть и через полгорода",
                 "овощи хрустят, а не лежат тряпочкой"),
        "meh": ("котлета сухая как подошва", "соуса ровно полложки",
                "булка развалилась после первого укуса", "картошка вялая и солёная как море",
                "заказ собирали минут сорок, хотя в зале никого",
                "кола выдохлась ещё на раздаче", "столы липкие от чужой колы",
                "выдали чужой заказ", "в бургер забыли положить сыр",
                "коктейль превратился в тёплое молоко", "лук сырой и горчит",
                "терминал опять не принимал карты", "всё было еле тёплое, хотя ехали десять минут"),
        "promo": ("второй чизбургер за 1 ₽ по будням", "комбо дня за 349 до 16:00",
                  "бесплатный капучино к любому завтраку", "минус 30% в приложении по вторникам",
                  "наггетсы в подарок к заказу от 700 ₽"),
        "spot": ("на Пушкинской у поющего фонтана", "на фудкорте в ТЦ «Галерея»",
                 "напротив автовокзала", "на Садовой рядом со Сбером",
                 "у выхода из метро Парк Победы", "на трассе у Лукойла"),
        "guard_venue": ("в ресторане прямо у Финляндского вокзала",
                        "в точке на Тверской напротив театра",
                        "в ресторане на первом этаже «Меги»"),
        "found_item": ("обрывок синей латексной перчатки в котлете",
                       "канцелярскую скрепку в сырном соусе",
                       "чёрный длинный волос под листом салата",
                       "осколок стекла на дне стакана с колой"),
        "found_short": ("перчатка", "скрепка", "волос", "стекло"),
        "ignored_issue": ("деньги за недоставленный заказ до сих пор не вернули",
                          "в приложении второй раз списали оплату за один и тот же заказ",
                          "баллы за заказы перестали начисляться после обновления"),
        "gaffe_topic": ("тех, кто ест бургер ножом и вилкой",
                        "веганов с их вечными претензиями к меню",
                        "пенсионеров, которые полчаса выбирают у кассы"),
        "fake_claim": ("котлеты делают из соевого фарша с красителем",
                       "на кухнях моют овощи в той же раковине, что и полы",
                       "в соус для бургеров подмешивают что-то, от чего хочется ещё"),
    },
    en={
        "dish": ("double cheese with pickles", "Mexica burger with jalapeños",
                 "nuggets with cheese dip", "dill potato wedges", "teriyaki chicken roll",
                 "truffle-mayo mushroom burger", "salted-caramel shake with a pretzel",
                 "honey-mustard wings",
                 "black-bun marbled beef burger", "chicken burger with coleslaw",
                 "mozzarella sticks with lingonberry dip"),
        "good": ("the patty was cooked exactly how I like it", "they went heavy on the sauce",
                 "the fries stayed crunchy for half an hour", "the bun was toasted, not rubbery",
                 "portions are noticeably bigger now",
                 "they put my order together in about four minutes",
                 "the cheese stretches like in the ads",
                 "it arrived hot even from across the city", "the veggies actually crunch"),
        "meh": ("the patty was dry as a shoe sole", "there was half a spoon of sauce",
                "the bun fell apart after one bite", "the fries were limp and salty as the sea",
                "they took forty minutes to put the order together", "the cola had gone flat",
                "the tables were sticky with someone's cola", "they handed me someone else's order",
                "they forgot to put cheese in my burger",
                "the shake had turned into warm milk", "the onion was raw and bitter",
                "the card terminal was down again",
                "everything was lukewarm even with a ten-minute ride"),
        "promo": ("a second cheeseburger for 1 ₽ on weekdays", "the 349 combo before 4pm",
                  "a free cappuccino with any breakfast", "30% off in the app every tuesday",
                  "free nuggets on orders over 700 ₽"),
        "spot": ("on Pushkinskaya by the singing fountain",
                 "in the food court upstairs at Galereya",
                 "across from the bus station", "on Sadovaya next to Sber",
                 "at the Park Pobedy metro exit", "by the Lukoil on the highway"),
        "guard_venue": ("at the branch right outside Finlyandsky station",
                        "at the Tverskaya branch opposite the theatre",
                        "at the branch on the Mega mall's ground floor"),
        "found_item": ("a torn bit of blue latex glove in the patty",
                       "an office paperclip in the cheese sauce",
                       "a long black hair under the lettuce",
                       "a shard of glass at the bottom of the cola cup"),
        "found_short": ("glove", "paperclip", "hair", "glass"),
        "ignored_issue": ("the refund for an order that never arrived still hasn't come",
                          "the app charged me twice for the same order",
                          "loyalty points stopped being added after the update"),
        "gaffe_topic": ("people who eat burgers with a knife and fork",
                        "vegans who whine about the menu",
                        "pensioners who take half an hour to order at the till"),
        "fake_claim": ("the patties are made of soy mince with food colouring",
                       "the kitchens wash vegetables in the same sink as the mop",
                       "they put something in the burger sauce that makes you crave more"),
    },
)

SOCHNY = BrandTexts(
    vocab=_SOCHNY_VOCAB,
    positive=Texts(
        ru=(
            "Взял {dish} в {b_pre} {spot}, {good}. [Честно, не ожидал|Приятно удивили|Давно так "
            "не радовался фастфуду] {e_pos}",
            "{who} в восторге от {b_gen}: {good}, [и цены пока терпимые|и очереди нет] {e_pos}",
            "Не реклама, просто {b} [реально|наконец-то] подтянул качество: {good}[, {e_pos}|]",
            "После тренировки {dish} из {b_gen} — [святое|традиция|заслуженная награда] {e_pos}",
            "{b} {city} [приятно удивил|радует стабильностью]: {good}, [персонал вежливый|на "
            "кассе улыбались|в зале чисто]",
            "Кто бы что ни говорил, а {dish} у {b_gen} [топ|огонь|вне конкуренции] {e_pos}",
            "{when} брали доставку из {b_gen}, [привезли быстрее, чем обещали|курьер был через "
            "25 минут], {good} 👍",
            "Акция «{promo}» в {b_pre} — [это любовь|просто подарок|лучшее, что случалось с моим "
            "бюджетом] {e_pos}",
            "Похоже, в {b_pre} {spot} сменили повара: {good}[ {e_pos}|, [наконец|ура]]",
            "Ставлю {b_dat} [твёрдую пятёрку|десять из десяти] за {dish}: {good}",
            "Мелкий на каждый день рождения требует только {b_acc}, и я его [понимаю|не "
            "осуждаю] {lol}",
            "Вечер пятницы, сериал и {dish} из {b_gen}. [Идеально|Большего не надо|Счастье "
            "есть] {e_pos}",
            "Третий раз за неделю в {b_pre} {spot} {lol} {good}, что ещё сказать",
            "Долго обходил {b_acc} стороной, а зря: {dish} [отличный|очень достойный], {good}",
            "Обожаю, когда в {b_pre} {good}. {when} было именно так {e_pos}",
        ),
        en=(
            "Grabbed the {dish} at {b} {spot} {when}, {good} {e_pos}",
            "ok {b} kinda slaps. {good} and [the staff were nice|it was cheap|no queue at all]",
            "{who} finally got me to try {b} {city}. {good}. [I get the hype now|Converted|Would "
            "go again] {e_pos}",
            "Not sponsored, just happy: the {dish} from {b} [never misses|hits every time|is my "
            "comfort food] {e_pos}",
            "{b} delivery {when} was [surprisingly fast|under 30 min] and {good} 👍",
            "Friday night = {dish} from {b} + a movie. [perfect|no notes|pure bliss] {e_pos}",
            "Honestly {b} > [the big chains|any burger place on my street]. {good}",
            "{b} doing {promo}?? [say less|count me in|my wallet thanks you] {e_pos}",
            "Been to the {b} {spot} twice this week {lol} {good}",
            "10/10 {dish} at {b}. {good}, and [they remembered my no-onion request|the place "
            "was spotless]",
            "Didn't expect much from {b} but {good}. [pleasant surprise|I'll be back] {e_pos}",
        ),
        mixed=(
            "{b} — это literally лучший фастфуд {city}, {dish} был fire 🔥",
            "Взяла {dish} в {b_pre}, vibe такой cozy, {good} {e_pos}",
            "Окей, {b} реально level up сделал: {good} {e_pos}",
            "{dish} из {b_gen} — my comfort food на эту зиму, {good}",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто-нибудь знает, до скольки работает {b} {spot}? [Хотим после кино зайти|Еду "
            "поздно с поезда]",
            "{b} открыл новую точку {city}, [теперь ходить ближе|посмотрим, что там|говорят, "
            "зал большой] {e_meh}",
            "Сидим в {b_pre} {spot}, ждём заказ, [вай-фай есть|народу средне|играет радио из "
            "нулевых]",
            "{who} говорит, что в {b_pre} [поменяли меню|появился {dish}|теперь есть завтраки]. "
            "Кто пробовал?",
            "Обед сегодня — {b}, {dish}, без изысков [и без фото|, зато быстро]",
            "Видел, что {b} [ищет кассиров|набирает курьеров|открыл вакансии поваров] {city}, "
            "[если кому надо|может, кому пригодится]",
            "Сравнил цены: {dish} в {b_pre} стоит примерно как [в соседней шаурмичной|в других "
            "сетях|в прошлом году плюс инфляция]",
            "В {b_pre} {spot} [сделали ремонт|поставили терминалы самообслуживания|поменяли "
            "вывеску]",
            "{b} [запустил|объявил] акцию: {promo}. [Кто пойдёт?|Ну ок|Посмотрим] {e_meh}",
            "{ceo} в интервью рассказал, что {b} [откроет ещё 20 ресторанов|перейдёт на "
            "говядину с Брянщины|тестирует доставку дронами]",
            "Встретимся у {b_gen} {spot}? [Там удобно парковаться|Оттуда близко до метро]",
            "Интересно, {b} {spot} работает круглосуточно или [только до полуночи|до 23]? 🤔",
            "Мелочь, но в {b_pre} теперь бумажные трубочки. [Привыкнем|Экология, все дела] "
            "{e_meh}",
            "В приложении {b_gen} появилась [оплата по QR|сборка бургера под себя|история "
            "заказов]. Кто уже разобрался?",
            "Ребята, в {b_pre} есть [детское меню|вегетарианский бургер|что-то без глютена]? "
            "Идём {city} с компанией",
        ),
        en=(
            "Does anyone know if {b} {spot} is open late? [train gets in at 11|asking for "
            "tonight]",
            "{b} opened a new place {city}, [next to the metro|with a bigger hall] apparently",
            "Lunch was {b} again. {dish}, nothing fancy {e_meh}",
            "Is {b} halal? [asking for a Tatar friend|genuine question, going {city}|can't find "
            "it on their site, {who} wants to know]",
            "Apparently {b} is [hiring couriers|looking for cashiers] {city}, if anyone needs a "
            "job",
            "{b} has a new promo: {promo}. [Thoughts?|anyone tried it?|might check it out]",
            "waiting for my order at {b} {spot}, [place is half empty|they're playing 2000s "
            "pop|wifi works at least]",
            "Their CEO {ceo} says {b} [will open 20 more restaurants|is testing drone "
            "delivery]. [ok then|interesting|we'll see]",
            "Compared prices: the {dish} at {b} costs about the same as [everywhere else now|"
            "last year plus inflation]",
            "Meeting the group at the {b} {spot}, [easy to find|it's right by the exit]",
            "Does the {b} app let you [pay by QR|customise the burger|reorder]? {e_meh}",
        ),
        mixed=(
            "Кто-нибудь пробовал новый {dish} в {b_pre}? Worth it или нет?",
            "Сегодня lunch в {b_pre} {spot}, ничего особенного",
            "{b} открыл новую точку {city}, надо check it out",
        ),
    ),
    negative=Texts(
        ru=(
            "{b} {spot} [опять|снова|в который раз]: {meh}, [а ещё|плюс] "
            "[грубят на кассе|нет салфеток|туалет закрыт]. {e_neg}",
            "Больше не пойду в {b_acc}. {when} взял {dish}, [а там|и] {meh} {e_neg}",
            "{sigh}, {b} [уже не тот|скатился|испортился]. {meh}, [и цены при этом выросли|а "
            "чек как в ресторане]",
            "Отдали почти {n}00 рублей в {b_pre}, а {meh}. [Серьёзно?|Спасибо, блин|Класс]",
            "{who} говорит, в {b_pre} {city} {meh}, и я теперь понимаю почему там пусто",
            "{b}, ну как так? {dish} [за такие деньги|в вечер пятницы], а {meh} {e_neg}",
            "Доставка из {b_gen} — [лотерея|боль|издевательство]: {meh}, [курьер хамил|ехали "
            "час|пакет промок насквозь]",
            "Не знаю, что случилось с {b_ins}, но [последние три раза|весь месяц] {meh} {e_meh}",
            "Очередь в {b_pre} {spot} [минут на двадцать|до самых дверей], а потом ещё и {meh}. "
            "[Спасибо, не надо|Больше ни ногой]",
            "{b} [рекламирует|обещает] «{promo}», а по факту {meh} {e_neg}",
            "В {b_pre} {spot} грязно, [на полу салфетки|мусорка переполнена], и {meh}",
            "Хотел порадовать себя {b_ins}, а в итоге {meh} и изжога на весь вечер {e_neg}",
            "Ставлю двойку {b_dat} {city}: {meh}, [никто не извинился|кассир пожал плечами|"
            "менеджера не дозваться]",
            "Кто-нибудь ещё заметил, что в {b_pre} {dish} стал [размером с ладошку|как детский]? "
            "Да ещё и {meh}",
            "Последний раз ведусь на фотки в меню {b_gen}. {meh}, [а на картинке было совсем "
            "иначе|выглядело как будто на него сели] {lol}",
        ),
        en=(
            "{b} {spot} [again|never fails to disappoint]: {meh}, [plus|and] [rude cashier|no "
            "napkins|toilet closed] {e_neg}",
            "Never ordering from {b} again. {when} {meh}, [no apology|nobody cared] {e_neg}",
            "{sigh}. {b} used to be good. now {meh} [and prices keep going up|and it's not even "
            "cheap]",
            "Paid almost {n}00 rubles at {b} and {meh}. [Seriously?|wow|lesson learned]",
            "The {dish} I got at {b} {city}: [sad|a joke|tragic]. {meh} {e_neg}",
            "{b} delivery is a gamble. {when}: {meh}, [courier was rude|took an hour|bag was "
            "soaked]",
            "what happened to {b}?? [last three visits|this whole month] {meh} {e_meh}",
            "{who} dragged me to {b} {spot}. {meh}. [never again|I'm choosing next time] {lol}",
            "Queue at {b} {spot} was [20 minutes|out the door] and then {meh} {e_neg}",
            "{b} advertises {promo} but in reality {meh} {e_neg}",
            "The {b} menu photos are pure fiction. {meh} and the burger looked [sat on|sad] "
            "{lol}",
        ),
        mixed=(
            "{b} {spot} — полный fail, {meh} {e_neg}",
            "Ну {b}, seriously? {meh}, и никто даже sorry не сказал",
            "Never again в {b_acc}: {meh}, [вот и всё|хватит] {e_neg}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, а акция «{promo}» действует [в доставке|во всех ресторанах|по "
            "выходным]?",
            "{h} подскажите, что входит в {dish}? [Нет ли свинины?|Кунжута нет?] У ребёнка "
            "аллергия",
            "{h} во сколько открывается ресторан {spot} в воскресенье? На сайте разное пишут",
            "{h} можно ли заказать {dish} без [лука|соуса|сыра] через приложение? Не нашёл, где "
            "это выбрать",
            "{h} а баллы копятся, если платить [наличными|через СБП]?",
            "{h} добрый день! Вы [делаете|проводите] детские дни рождения {city}? Сколько стоит?",
            "{h} вопрос: в ресторане {spot} есть [парковка|столики на улице|розетки]?",
            "{h} когда вернёте [острый бургер с кимчи|тыквенный латте|креветки в кляре]? "
            "[Скучаю|Жду с осени]",
            "{h} вы берёте на работу студентов на полставки {city}?",
        ),
        en=(
            "{h} hi, does {promo} work for delivery too?",
            "{h} does the {dish} contain [pork|sesame|gluten]? asking because of allergies",
            "{h} what time does the place {spot} open on weekends? google says two different "
            "things",
            "{h} can I order the {dish} without [onions|sauce] in the app? can't find the option",
            "{h} do you have anything vegetarian? [genuinely curious|{who} doesn't eat meat]",
        ),
        mixed=(
            "{h} привет, а {promo} работает в delivery тоже?",
            "{h} есть ли у вас vegan options {city}? Идём компанией",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} {when} заказал {dish}, [а|и] {meh}. [Как так?|Верните деньги|Это нормально "
            "вообще?]",
            "{h} ресторан {spot}: {meh}. Передайте, пожалуйста, [управляющему|руководству] "
            "{e_neg}",
            "{h} заказ через приложение {when} [привезли без половины позиций|так и не "
            "привезли], [в чате поддержки тишина|курьер не берёт трубку] {e_neg}",
            "{h} почему [в приложении списали {n}00 бонусов|не применился промокод с "
            "чека], а скидку не дали? {e_neg}",
            "{h} уже второй раз подряд {meh}. Может, [проверите кухню|что-то поменяете]?",
            "{h} [ну сколько можно|серьёзно?], {dish} опять [холодный|раздавленный], {meh}",
            "{h} в ресторане {spot} [кассир нахамил|менеджер отказался переделать заказ], хотя я "
            "просто [спросил про сдачу|попросил без лука]",
            "{h} оплатил {dish}, а выдали [чужой заказ|не тот бургер]. Деньги вернёте?",
            "{h} почему доставка {city} идёт [полтора часа|больше часа]? {e_neg}",
            "{h} вы обещали {promo}, а на кассе сказали, что акция [закончилась|тут не "
            "действует] {e_neg}",
            "{h} [раз пять|раз десять] звонил на горячую линию, [никто не берёт|робот кладёт "
            "трубку]. {meh}, куда жаловаться?",
        ),
        en=(
            "{h} ordered {dish} {when} and {meh}. [not ok|refund please|is this normal?]",
            "{h} your place {spot}: {meh}. please pass it on to the manager {e_neg}",
            "{h} my order {when} never arrived and [the app says delivered|support chat is "
            "silent] {e_neg}",
            "{h} the promo code from your instagram didn't apply and the cashier {spot} [just "
            "shrugged|said it's my problem]",
            "{h} second time in a row {meh}. [fix your kitchen pls|what's going on?]",
            "{h} you advertised {promo} but the cashier said it's [over|not valid here]",
            "{h} delivery {city} took [90 minutes|over an hour] and {meh} {e_neg}",
        ),
        mixed=(
            "{h} заказ не приехал, а app пишет delivered. Что за ерунда? {e_neg}",
            "{h} {meh}, это уже not ok, верните [деньги|нормальный бургер]",
        ),
    ),
    comment=Texts(
        ru=(
            "А акция «{promo}» [будет и в регионах|только в Москве]?",
            "Где мой любимый {dish}? Уже месяц нет в меню {e_meh}",
            "Выглядит [аппетитно|вкусно], завтра [зайду после пар|закажу в офис] {e_pos}",
            "А когда откроетесь {city}? Ждём уже второй год!",
            "Лучше бы за качеством следили: {when} {meh}",
            "{b}, вы лучшие, особенно [ночная смена|ребята на раздаче] {e_pos}",
            "Опять фото бургера красивее, чем в реальности {lol}",
            "Отметил друга — [пойдём в субботу?|твоя любимая акция вернулась]",
            "Беру два, один себе, второй тоже себе {e_pos}",
        ),
        en=(
            "When are you finally opening {city}? been waiting forever",
            "bring back the old garlic sauce pls {e_pos}",
            "looks great, gonna try it with {who} this weekend",
            "{b} please come to Kaliningrad {e_pos}",
        ),
    ),
    reply=Texts(
        ru=(
            "Согласен, {dish} у них [норм|лучший в городе]",
            "У меня {city} то же самое было {e_meh}",
            "Хз, мне [норм зашло|вполне], может, тебе не повезло со сменой",
            "Ты просто не в ту точку ходишь {lol}",
            "В {b_pre} {spot} получше, попробуй туда",
            "Поддерживаю, «{meh}» — это прям их фирменное {lol}",
            "А я вот {when} был, всё ок {e_pos}",
            "Зато недорого, чего ты хотел за эти деньги {sigh}",
            "Напиши им в поддержку, они [обычно быстро отвечают|мне деньги вернули за день]",
            "Да ладно, {b} нормальный, не придумывай",
        ),
        en=(
            "same experience {city} tbh",
            "skill issue, go to a different location {lol}",
            "agree, the {dish} is the only thing worth ordering",
            "the {b} {spot} is way better, try that one",
            "they usually answer if you DM them, got my refund in a day",
        ),
        mixed=(
            "Same, у меня тоже так было {e_meh}",
            "Лол, {dish} там всегда hit or miss",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Очень жаль, что так вышло. Напишите, пожалуйста, номер заказа в "
            "личные сообщения — разберёмся и вернём деньги.",
            "Добрый день! Спасибо, что рассказали. Информацию уже передали управляющему "
            "ресторана, он свяжется с вами сегодня.",
            "Приносим извинения за неприятный опыт 🙏 Подскажите, пожалуйста, адрес ресторана и "
            "время визита, чтобы мы могли всё проверить.",
            "Здравствуйте! [Акция действует во всех ресторанах сети, кроме аэропортов и "
            "вокзалов.|Да, акция действует и в доставке.] Приятного аппетита!",
            "Спасибо за вопрос! Полный состав и аллергены есть в приложении, в карточке каждого "
            "блюда. Если что-то не найдёте — пишите, поможем.",
            "Нам очень жаль 😔 Оформили для вас промокод на следующий заказ, отправили в личные "
            "сообщения.",
            "Добрый вечер! Проверили заказ: действительно, произошла ошибка при сборке. Деньги "
            "вернутся на карту в течение 3–5 рабочих дней.",
            "Здравствуйте! Уточнили в ресторане: по выходным открываемся в 8:00, по будням — в "
            "7:30. Ждём вас!",
        ),
        en=(
            "Hi! So sorry about that. Please DM us your order number and we'll sort out a "
            "refund.",
            "Hello! Thanks for letting us know, we've passed this on to the restaurant manager "
            "and they'll be in touch today.",
            "We apologise for the experience 🙏 Could you share the location and time of your "
            "visit so we can check?",
            "Hi! Full ingredients and allergens are listed in the app for each item. Let us know "
            "if you need help.",
            "Sorry to hear that! We've sent a promo code for your next order to your DMs.",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, деньги уже пришли на карту {e_pos}",
            "Оперативно, спасибо! Не ожидал ответа в выходной",
            "Ок, промокод получил, спасибо за ответ, дам ещё шанс",
            "О, быстро отреагировали, уважаю 👍",
            "Благодарю, управляющий уже позвонил и извинился",
        ),
        en=(
            "thanks, refund came through already {e_pos}",
            "wow that was fast, thank you, didn't expect a reply on a sunday",
            "appreciate it, I'll give the place another try",
            "ok got the code, thanks for sorting it",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Написал в личку ещё вчера, ответа нет {e_neg}",
            "Промокод не работает, приложение пишет «недействителен»",
            "Деньги за бургер так и не вернулись, прошло уже [пять дней|больше недели]",
            "Мне не промокод нужен, а нормальная еда {sigh}",
            "Управляющий так и не позвонил. Отличный сервис",
        ),
        en=(
            "DMed you yesterday with the order number, still nothing",
            "the code doesn't work, app says it's invalid",
            "{n} days later and the burger money still isn't back {e_neg}",
            "I don't want a promo code, I want my money back",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Хожу в ресторан {spot} [почти каждую неделю|регулярно]. {good}, персонал "
            "[приветливый|шустрый]. [Рекомендую|Пять звёзд|Всем советую].",
            "Отличное место для быстрого перекуса. Брала {dish} — {good}. В зале чисто, "
            "музыка не орёт.",
            "Заказываем доставку [уже полгода|часто]: [всегда вовремя|ни разу не опоздали], "
            "{good}. Минус звезда только за цену.",
            "Были с детьми {when}. Детское меню норм, {good}, есть игровой уголок {e_pos}",
            "Лучший {dish} в городе, без преувеличения. {good}.",
            "Неплохо. {good}, хотя [бывает очередь|музыка громковата]. Для фастфуда — твёрдая "
            "четвёрка.",
            "Брали по акции «{promo}», всё честно, без подвоха. {good}.",
            "Зашёл перекусить в дороге. Туалет чистый, {good}, обслужили за пару минут.",
        ),
        en=(
            "Solid fast food. {good}, staff were friendly. Would come back.",
            "Great {dish}, {good}. A bit pricey but worth it.",
            "Came with kids {when}, {good}, clean tables. 5 stars.",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Очень разочарована. Заказали {dish} и колу: {meh}, [а ещё|вдобавок] "
            "[забыли соус|не дали приборы]. Больше не придём.",
            "Ресторан {spot}. {meh}. На замечание [кассир закатил глаза|ответили «и что?»]. "
            "Одна звезда.",
            "Доставка опоздала на [час|40 минут], {meh}, в чате поддержки [шаблонные ответы|"
            "тишина].",
            "Раньше ходили часто, но [последние пару месяцев|с нового года] {meh}. Цены растут, "
            "качество падает.",
            "Не советую. {meh}, а в зале [грязно|липкие столы|пахнет горелым маслом].",
            "Две звезды: {good}, но {meh}, и ждали [полчаса|25 минут] при пустом зале.",
            "Взяли комбо по акции «{promo}», а в итоге {meh}. Ощущение, что акции для галочки.",
            "Съел {dish}, и весь вечер тяжесть в желудке. {meh}, [масло, видимо, не меняли "
            "неделю|жир капал с котлеты].",
            "Персонал общается между собой громче, чем с гостями. {meh}. [Не вернусь|Жаль "
            "потраченного времени].",
        ),
        en=(
            "Disappointed. {meh}, [and they forgot the sauce|no cutlery either]. Not coming "
            "back.",
            "Delivery was an hour late, {meh}, support just sent templates.",
            "Used to love this place but lately {meh}. Prices up, quality down.",
            "1 star. {meh}, staff didn't care.",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Благодарим за отзыв и приносим извинения. Информация передана "
            "управляющему ресторана для проверки.",
            "Добрый день. Нам очень жаль, что визит оставил плохое впечатление. Пожалуйста, "
            "напишите нам на почту с номером заказа, мы обязательно разберёмся.",
            "Спасибо, что нашли время написать. Ситуацию разобрали с командой ресторана, "
            "сотрудники прошли дополнительный инструктаж.",
            "Приносим извинения за ожидание и качество заказа. Будем рады, если дадите нам ещё "
            "один шанс 🙏",
        ),
        en=(
            "Hello, thank you for your feedback and sorry for the experience. We've passed it to "
            "the restaurant manager.",
            "We're sorry your visit didn't go well. Please email us your order number so we can "
            "look into it.",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за тёплый отзыв! Ждём вас снова, в следующий раз попробуйте крылья 🍔",
            "Очень приятно читать такое, передали команде ресторана ❤️",
            "Благодарим за высокую оценку! Приходите ещё, скоро в меню новинки.",
        ),
        en=(
            "Thank you for the kind words! Next time try the wings 🍔",
            "So glad you enjoyed it, we've shared your review with the restaurant team.",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. Мы проверили записи с камер за указанное время: заказ был выдан "
            "горячим и полностью укомплектованным. Если остались вопросы, напишите нам на почту.",
            "Добрый день. По нашим данным, в указанную дату заказ с таким составом в этом "
            "ресторане не оформлялся. Пришлите, пожалуйста, фото чека, чтобы мы могли проверить.",
            "Время доставки по вашему заказу составило 34 минуты, что укладывается в обещанный "
            "интервал. Сожалеем, если ожидание показалось долгим.",
        ),
        en=(
            "Hello. We checked the camera footage for that time: the order was handed over hot "
            "and complete. Please email us if you have any questions.",
        ),
    ),
    official_post=Texts(
        ru=(
            "🔥 Только до воскресенья: {promo}! Ждём вас во всех ресторанах {b_gen}.",
            "Новинка в меню — {dish}! [Уже во всех ресторанах|Пока только в Москве и "
            "Петербурге] 🍔",
            "Открываем новый ресторан {city}! [В субботу|С понедельника] первые сто гостей "
            "получат {dish} в подарок 🎉",
            "Мы обновили приложение: теперь можно [собрать бургер под себя|оплачивать баллами "
            "до половины заказа]. Пишите, как вам!",
            "{b} ищет [кассиров|поваров|курьеров] {city}. Гибкий график, питание за наш счёт. "
            "Откликайтесь!",
            "Опрос дня: {dish} или {dish}? Голосуйте в комментариях 👇",
            "Пятница! Самое время заглянуть в {b_acc} за чем-нибудь вкусным 😋",
            "Спасибо, что выбираете нас! В этом месяце {b} передал {n}00 горячих обедов в "
            "фонды помощи 💚",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Сегодня был на открытии ресторана {city}. Команда молодцы, в первый час очередь "
            "стояла до улицы. Спасибо всем, кто пришёл!",
            "Объехал за неделю пять наших ресторанов. Главный вывод: [где управляющий сам "
            "встаёт на кассу в час пик, там и отзывы лучше|скорость — это люди, а не техника].",
            "Часто спрашивают, почему мы не уходим в премиум. Ответ простой: [бургер должен "
            "быть доступным|фастфуд — это про каждый день, а не про праздник].",
            "Провели дегустацию новой линейки соусов. Из шести вариантов в меню пойдут два. "
            "Какие — узнаете скоро 😉",
            "Прочитал все отзывы за месяц. Да, все. Больше всего жалоб на [скорость доставки|"
            "холодную картошку] — взяли в работу.",
            "Утро начинаю с кофе на кухне одного из ресторанов. Лучший способ понять, как живёт "
            "сеть.",
            "Рад сообщить: с этого месяца котлеты в {b_pre} делаем только из говядины "
            "[российских фермеров|с фермы в Брянской области].",
            "Выступал сегодня перед студентами про ресторанный бизнес. Вопросов было больше, чем "
            "времени, — это приятно.",
            "Мы растим управляющих изнутри: [половина|треть] директоров наших ресторанов "
            "начинали кассирами.",
            "Воскресенье. Готовлю дома бургеры для семьи и, честно, на домашней кухне всё "
            "сложнее, чем на нашей {lol}",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Устроил слепую дегустацию бургеров из пяти сетей. Победил {b}: {dish}, {good}. "
            "Видео уже на канале 🎥",
            "Не реклама: {b} [реально держит качество|стабильно хорош]. {good}, цены "
            "адекватные. Проверено на {n} визитах.",
            "Обзор новинки от {b_gen}: {dish}. Вердикт — [брать|9 из 10|однозначно да] {e_pos}",
            "Кто спрашивал, где я ем после съёмок, — чаще всего это {b} {spot}. {good}.",
        ),
        en=(
            "Ranked 5 burger chains in Russia. #1 is {b}: {good}. Full video on the channel",
            "Not an ad: the {dish} at {b} is legit. {good}",
            "Tried {b} for the first time {city}. {good}. Honestly impressed {e_pos}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Проверил {b} спустя год. {meh}, а ещё [долго|грязно]. Качество просело, и это "
            "печально {e_neg}",
            "Подписчики просили честный обзор {b_gen}. Держите: {meh}, а цены выросли на треть.",
            "Зашёл в {b_acc} {spot} без предупреждения. {meh}. Пишите, если у вас так же.",
        ),
        en=(
            "Revisited {b} after a year. {meh}. Sad to see the drop in quality",
            "Honest review of {b}: {meh}, and it's pricier than last year {e_neg}",
        ),
    ),
    decoy=Texts(
        ru=(
            "Рецепт: как приготовить дома сочный бургер — [не мните фарш|солите котлету только "
            "на сковороде|жирность фарша минимум 20%]",
            "Сделал на гриле сочный бургер [с беконом|с ананасом|из мраморной говядины], "
            "[семья в восторге|дети съели по два] {e_pos}",
            "Иногда хочется просто сочный бургер и [ничего не решать|выспаться|чтобы никто не "
            "трогал] {sigh}",
            "В новом кафе {city} подают действительно сочный бургер, [котлета толщиной в палец|"
            "сок течёт по рукам] 🤤",
            "Сочный бургер без майонеза? [Легко|Рассказываю]: [йогурт, горчица и соленья|"
            "домашний соус на сметане]",
            "Снимаю фуд-фото для меню кофейни: сочный бургер [никак не выходит на камеру|под "
            "лампой красиво блестит] 📸",
            "Идеальная суббота: сочный бургер с гриля на балконе и [хоккей|«Зенит»] по телику "
            "{e_pos}",
            "Ребёнок нарисовал на школьный конкурс «сочный бургер» с глазками и занял второе "
            "место {lol}",
            "Кто делал сочный бургер в аэрогриле? [Получается или сухо?|Сколько минут держать "
            "при 200?]",
            "Стейк-хаус {city}: сочный бургер за 890, [дороговато|но он того стоил]",
        ),
        en=(
            "Russian lesson #14 with my tutor Irina: «сочный бургер» = juicy burger. Best "
            "phrase so far {lol}",
            "My Russian flatmate calls every patty he grills a 'sochny burger', even the burnt "
            "ones {lol}",
            "A chef at a Moscow cooking class swore a sochny (juicy) burger needs 20% fat in "
            "the mince. He was right",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Хотел сочный бургер, а получилась подошва. Больше не экспериментирую с постным "
            "фаршем {e_neg}",
            "Диетологи напоминают: сочный бургер на ночь — [прямая дорога к изжоге|не лучшая "
            "идея для желудка]",
            "Кафе {city} обещало сочный бургер, а принесли сухую котлету и [холодную булку|"
            "полчаса ожидания]",
            "Диета идёт плохо: снова снился сочный бургер {sigh}",
        ),
        en=(
            "Tried to make a sochny burger like the Russian recipe said. Burnt it. {sigh}",
        ),
    ),
)

# ------------------------------------------------------------------------------ Полюшко
_POLYUSHKO_VOCAB = Vocab(
    ru={
        "dish_home": ("гречку по-купечески с фаршем и морковкой", "рисовую кашу на топлёном молоке",
                      "гречку с тушёнкой на костре", "пшёнку с печёной тыквой и курагой",
                      "плов с бараниной и нутом", "перловку с белыми грибами",
                      "булгур с запечёнными овощами", "овсянку с бананом и корицей",
                      "гречаники со сметаной", "рисовую запеканку с изюмом"),
        "good": ("гречка получается рассыпчатая, каждое зёрнышко отдельно",
                 "ни одного чёрного зёрнышка на всю пачку", "пакетики ни разу не порвались",
                 "каша не слипается даже на следующий день", "пахнет орехом, как и должна",
                 "промывать почти не приходится", "цена честная для такого качества",
                 "в крупе ни шелухи, ни камешков",
                 "варится ровно столько, сколько написано на пачке"),
        "meh": ("в пачке горсть шелухи", "гречка отдаёт горечью",
                "пакетик лопнул прямо в кастрюле", "крупа разварилась в клейстер",
                "чуть ли не половина зёрен колотые", "пачка легче заявленного граммов на пятьдесят",
                "рис слипся в один ком", "крупа пахнет сырым складом",
                "зиплок сломался с первого раза", "цена подскочила на треть",
                "варится вдвое дольше, чем на пачке", "попадаются чёрные горелые зёрна",
                "пшено горчит так, что есть невозможно"),
        "grain": ("гречка ядрица высший сорт", "гречка в пакетиках по 80 г",
                  "рис краснодарский круглый", "пшено шлифованное алтайское",
                  "овсяные хлопья, которые варятся 15 минут", "булгур", "перловка",
                  "зелёная гречка, которую проращивают на салат"),
        "shop": ("в Магните у автобусной остановки", "в Ленте на Кольцевой",
                 "в Перекрёстке на углу дома", "в Пятёрочке возле поликлиники",
                 "в Ашане за МКАДом", "в сельпо у дачи", "в Дикси рядом с работой",
                 "в Верном у станции"),
        "found_item": ("острый камешек размером с горошину в гречке",
                       "живого жучка-долгоносика в пачке", "кусок ржавой проволоки в крупе",
                       "осколок стекла в пакете с пшеном"),
        "found_short": ("камешек", "долгоносик", "проволока", "стекло"),
        "ignored_issue": ("подарок за акцию с кодами на пачках так и не прислали",
                          "промокод с упаковки не работает в интернет-магазине",
                          "в пачках по 900 граммов на самом деле около 800"),
        "gaffe_topic": ("тех, кто варит гречку в мультиварке и считает это готовкой",
                        "мамочек из родительских чатов с их вечными вопросами",
                        "зожников, которые боятся углеводов как огня"),
        "fake_claim": ("гречку перед фасовкой обрабатывают химией от жуков",
                       "в пакетиках для варки полно микропластика",
                       "под новой упаковкой продают прошлогоднюю крупу со склада"),
    },
    en={
        "dish_home": ("campfire buckwheat with tushonka", "baked-milk rice porridge",
                      "millet with pumpkin and honey", "lamb plov with chickpeas",
                      "pearl barley with porcini", "bulgur with oven-roasted peppers",
                      "cinnamon banana oatmeal", "buckwheat fritters with sour cream",
                      "raisin rice bake", "merchant-style buckwheat with pork"),
        "good": ("it's fluffy, every grain separate", "not one black grain in the whole pack",
                 "the bags have never burst on me", "it doesn't clump even the next day",
                 "it has that nutty smell it should", "it barely needs a rinse",
                 "honest price for what you get", "no husks, no pebbles",
                 "it cooks exactly as long as the pack says"),
        "meh": ("there was a handful of husks in the pack", "the buckwheat has a bitter aftertaste",
                "the bag split open right in the pot", "it cooked down into paste",
                "half the grains are broken", "the pack is about 50 g short",
                "the rice stuck together in one lump", "it smells like a damp warehouse",
                "the zip lock broke on first use", "the price jumped by a third",
                "it takes twice as long as the pack says", "there are burnt black grains",
                "the millet is too bitter to eat"),
        "grain": ("top-grade buckwheat kernels", "80 g boil-in-bag buckwheat",
                  "Krasnodar round rice", "Altai polished millet", "slow-cook rolled oats",
                  "bulgur", "barley", "green buckwheat for sprouting"),
        "shop": ("at the Magnit next to my bus stop", "at Lenta on the ring road",
                 "at the Perekrestok on my corner", "at the Pyaterochka near the clinic",
                 "at the Auchan outside the MKAD", "at the village shop by the dacha",
                 "at the Dixy near work", "at the Verny by the station"),
        "found_item": ("a pea-sized stone in the buckwheat", "a live weevil crawling in the pack",
                       "a piece of rusty wire in the grains", "a shard of glass in the millet bag"),
        "found_short": ("stone", "weevil", "wire", "glass"),
        "ignored_issue": ("the prize from the on-pack promo never arrived",
                          "the promo code from the pack doesn't work in the online shop",
                          "the 900 g packs actually hold about 800 g"),
        "gaffe_topic": ("people who cook buckwheat in a multicooker and call it cooking",
                        "parent-chat mums with their endless questions",
                        "fitness bros who are terrified of carbs"),
        "fake_claim": ("the buckwheat is sprayed with bug chemicals before packing",
                       "the boil-in-bags are full of microplastics",
                       "last year's warehouse grain is sold under the new packaging"),
    },
)

POLYUSHKO = BrandTexts(
    vocab=_POLYUSHKO_VOCAB,
    positive=Texts(
        ru=(
            "Сварила {dish_home} из {b_gen}, {good} {e_pos}",
            "Дома всегда есть {grain} от {b_gen}: {good}[, и вообще претензий ноль|]",
            "{who} советует {b_acc}, и не зря: {good}, [проверено|беру уже третью пачку]",
            "Урвала {b_acc} ({grain}) по скидке {shop}, взяла [три пачки|сразу пять|на месяц "
            "вперёд]. {good} {e_pos}",
            "Из всех круп, что пробовала, {b} — [самая стабильная|самая честная|лучшая]. {good}",
            "{b} — вкус как у бабушки в деревне. {good} {e_pos}",
            "Дети обычно кашу не едят, а {dish_home} из {b_gen} [смели за минуту|попросили "
            "добавки] {e_pos}",
            "Наконец нормальная крупа: {b}, {grain}. {good}, и [цена не кусается|пачка с "
            "зиплоком]",
            "Маленькая радость: {grain} от {b_gen} снова {shop} {e_pos}",
            "Готовлю {dish_home} по рецепту с пачки {b_gen} — [получается идеально|ни разу не "
            "подвёл]",
            "Перешла на {b_acc} полгода назад и не жалею: {good}",
            "Утро, кофе и каша из {b_gen}. {good} ☕",
            "У {b_gen} есть {grain}, пробовали? {good}, [теперь в запасе три пачки|муж "
            "одобрил] {e_pos}",
        ),
        en=(
            "Cooked {dish_home} using {b} {grain}, {good} {e_pos}",
            "{b} is the only buckwheat I buy now. {good}",
            "Found {b} {shop}, {good}. [Stocking up|Bought five packs] {e_pos}",
            "Russian comfort food: {dish_home} made with {b}. {good}",
            "{who} recommended {b} and [they were right|it's honestly a game changer]: {good}",
            "Tried {b} {grain} for the first time, {good}. [Converted|Solid|Impressed]",
            "Meal prep sunday: {dish_home} with {b}. {good} {e_pos}",
            "{b} {grain} is underrated. {good} and [it's cheap|the pack reseals]",
            "Expat in Russia here: {b} is the best buckwheat I've had. {good}",
            "If you're not cooking with {b} yet, [start|you're missing out]. {good}",
        ),
        mixed=(
            "{b} — my go-to гречка, {good} {e_pos}",
            "Сварила {dish_home} из {b_gen}, super easy и вкусно",
            "Healthy breakfast: каша из {b_gen}, {good} {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "{b} [выпустили|запустили] новую крупу — {grain}. Кто-нибудь уже пробовал?",
            "Где {city} продаётся {grain} {b_gen}? [В моём магазине пропала|Не могу найти] 🤔",
            "{grain} {b_gen} — сколько варить? На пачке 20 минут, [а у меня мультиварка|это с "
            "момента закипания?]",
            "Стою {shop}, выбираю между {b_ins} и [ещё двумя марками|безымянной гречкой]. Что "
            "берёте вы?",
            "Заметила, что {b} поменяли упаковку — [теперь бумажная|стала зелёная|появился "
            "зиплок]",
            "Сегодня {grain} {b_gen} {shop} стоит {n}9 ₽, [если кому интересно|для сравнения]",
            "Кто знает, откуда у {b_gen} крупа? [На пачке только «Россия»|Алтай или Курск?]",
            "Прочитала интервью {ceo}: {b} начинали [как семейная ферма|с одного поля под "
            "Курском]. Интересно",
            "Список покупок: молоко, хлеб, {grain} {b_gen}, яйца, [сыр|бананы]",
            "Хочу приготовить {dish_home}: можно заменить обычную крупу на {b_acc} в пакетиках?",
            "{b} [будет|была] на выставке продуктов в Крокусе, [если кому интересно|стенд "
            "большой]",
            "Кто-нибудь сравнивал {b} и крупу собственной марки магазина? В чём разница, кроме "
            "цены?",
        ),
        en=(
            "Does anyone know where to buy {b} {city}? [my usual shop stopped stocking it|"
            "can't find it anywhere]",
            "How long do you cook {b} {grain}? The pack says 20 min [but I use a multicooker|"
            "from boiling or from cold?]",
            "{b} changed their packaging, [it's paper now|it has a zip lock now|it's green "
            "now]. [fine by me|took me a minute to spot it]",
            "Shopping list: milk, eggs, {b} {grain}, [bread|cheese|bananas]",
            "Standing {shop} choosing between {b} and [a no-name brand|two others]. Which one? "
            "{e_meh}",
            "Is {b} buckwheat [gluten free|from Altai|organic]? can't read the Russian label "
            "{lol}",
            "{b} has a new product, {grain}. [anyone tried?|worth it?|how do you cook it?]",
            "{ceo} from {b} gave an interview about [farming|grain prices|starting in a garage]. "
            "[interesting read|worth a look]",
            "Today {b} {grain} is {n}9 rubles {shop}, [for reference|if anyone's tracking "
            "prices]",
            "Can I swap regular buckwheat for {b} {grain} in {dish_home}? [first time making "
            "it|asking my Russian friends]",
        ),
        mixed=(
            "{b} — новинка: {grain}. Кто пробовал, worth it?",
            "Shopping list: молоко, хлеб, {b} {grain}",
        ),
    ),
    negative=Texts(
        ru=(
            "Взяла {b_acc} ({grain}), а {meh}. [Разочарование|Обидно|Больше не возьму] {e_neg}",
            "{b} испортилось: {meh}, [да ещё и|а вдобавок] [подорожало|пачка мятая]",
            "{sigh}, раньше {b} было лучше. Сейчас {meh}",
            "Варила {dish_home} из {b_gen} — {meh}, [пришлось выбросить|ужин насмарку]",
            "{b} за {n}9 рублей, и {meh}? Серьёзно?",
            "Третья пачка {b_gen} подряд, и опять {meh} {e_neg}",
            "{grain} {b_gen} {shop} — не берите: {meh}",
            "{who} говорит, что {b} [теперь фасуют непонятно где|сменили поставщика], и похоже "
            "на правду: {meh}",
            "Пакетики {b_gen} — [издевательство|сплошное расстройство]: {meh}",
            "Раньше покупала только {b_acc}, но {meh}. Перехожу на другую марку {e_meh}",
            "Цена на {b_acc} выросла, а {meh}. Не понимаю, за что платим",
            "Открываю {b_acc} {when}, а там {meh}. [Ну спасибо|Приехали] {e_neg}",
        ),
        en=(
            "Bought {b} {grain} {shop} and {meh}. [disappointed|not buying again] {e_neg}",
            "{b} used to be good. now {meh} {sigh}",
            "Made {dish_home} with {b}, {meh}. [had to toss it|ruined dinner]",
            "Third pack of {b} in a row and {meh} {e_neg}",
            "Don't buy {b} {grain}: {meh}",
            "{b} raised prices and {meh}. make it make sense",
            "Switching away from {b}. {meh}, [and customer service ignores emails|done]",
            "{b} boil-in-bag is a scam, {meh}",
        ),
        mixed=(
            "{b} — total disappointment, {meh} {e_neg}",
            "Купила {b_acc}, а {meh}. Not cool",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, ваша гречка [без ГМО|без глютена|подходит для детского "
            "питания]?",
            "{h} где {city} продаётся {grain}? {shop} нет",
            "{h} подскажите срок хранения крупы после вскрытия пачки?",
            "{h} а {grain} нужно промывать или можно сразу варить?",
            "{h} ваша крупа ({grain}) пропала с полок, раньше брала {shop}. Когда завезут?",
            "{h} будут ли [большие пачки по 5 кг|пакетики с булгуром|крупы на развес]?",
            "{h} откуда ваша гречка? [Алтай или Курск?|Где поля?]",
        ),
        en=(
            "{h} hi, is your buckwheat gluten free? [coeliac here|asking for my kid]",
            "{h} where can I actually buy {grain} {city}? [checked three shops|none of the "
            "chains near me have it]",
            "{h} do I need to rinse the {grain} or can it go straight in?",
            "{h} is {b} sold [outside Russia|in Kazakhstan|on Amazon]?",
        ),
        mixed=(
            "{h} привет, {grain} у вас organic или нет?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} {grain}, куплено {shop}: [открываю, а там|а там] {meh}. [Что с "
            "качеством?|Верните нормальную крупу|Это как понимать?]",
            "{h} {when} [открыла|распечатала] пачку, а {meh}. [Фото могу прислать|Чек "
            "сохранила|Партия с датой на боку]",
            "{h} [вторая|третья] пачка [за месяц|подряд], где {meh} {e_neg}",
            "{h} пакетики [рвутся|лопаются] при варке, [вся каша в кастрюле|пришлось "
            "процеживать]. [Это брак?|Раньше такого не было]",
            "{h} на упаковке 900 г, а на весах [на {n}0 г меньше|800]. [Объясните|Это как?|"
            "Взвешивала дважды]",
            "{h} в пачке [полно мусора|шелуха|чёрные зёрна], [так и должно быть?|ребёнку такое "
            "не дашь]",
            "{h} [писала|писал] на почту [неделю назад|ещё в прошлый вторник], [ответа нет|"
            "тишина]. {meh}",
            "{h} [варила|готовила] {dish_home}, а {meh} {e_neg}",
            "{h} [уважаемые производители|дорогие мои], {meh}. [Столько лет брала только вас|Я "
            "же вас всем советовала] {e_meh}",
            "{h} [серьёзно?|ну и как это понимать?] {meh}, а цена {n}9 ₽",
            "{h} [почему|с каких пор] {meh}? [Поменяли поставщика?|Экономите на сортировке?]",
            "{h} {grain} {shop}: {meh}. [Срок годности в порядке|Хранила правильно], [вопрос к "
            "вам|жду ответа]",
            "{h} {sigh}, {meh}. [Это уже не первый раз|И это не первая пачка]",
            "{h} [ребёнок|муж] [отказался есть|выплюнул] кашу: {meh}. [Спасибо|Приятного "
            "аппетита, называется]",
        ),
        en=(
            "{h} bought {grain} {shop}, {meh}. [what happened to quality?|is this normal?]",
            "{h} the bags [tear|split] while boiling, [is that a defect?|never used to]",
            "{h} pack says 900 g, scale says [780|850]. explain?",
            "{h} [second|third] pack in a row where {meh} {e_neg}",
            "{h} emailed you {n} days ago and heard nothing. {meh}",
            "{h} made {dish_home} {when} and {meh} {e_neg}",
        ),
        mixed=(
            "{h} новая пачка ({grain}), а {meh}. Not ok {e_neg}",
        ),
    ),
    comment=Texts(
        ru=(
            "А рецепт можно подробнее, с граммовками? {e_pos}",
            "Обожаю вашу гречку, всегда беру две пачки {e_pos}",
            "Когда {grain} вернётся в магазины? Третий месяц ищу",
            "{b}, спасибо, что не экономите на качестве",
            "Выглядит аппетитно, сегодня же приготовлю {dish_home}",
            "Лучше бы цены снизили, чем конкурсы устраивать {e_meh}",
            "А у меня {when} {meh}, это нормально?",
        ),
        en=(
            "recipe with grams please! {e_pos}",
            "love your buckwheat, my kids eat it with butter every morning",
            "Any chance of shipping to Europe? Can't find you in Berlin",
        ),
    ),
    reply=Texts(
        ru=(
            "У меня тоже так было, [поменяла магазин|попалась плохая партия]",
            "Мне норм, гречка у них всегда хорошая, может, хранили неправильно",
            "Попробуй промывать дольше и не мешать во время варки",
            "А я беру {b_acc} только {shop}, там свежая",
            "Согласна, вкус детства {e_pos}",
            "Кашу тоже надо уметь варить {lol}",
            "Хз, я разницы с обычной не вижу {e_meh}",
        ),
        en=(
            "same here tbh, switched shops and it was fine",
            "try rinsing it longer and don't stir it",
            "tastes fine to me {e_meh}",
            "{b} is fine, you just got a bad batch",
        ),
        mixed=(
            "Same, у меня тоже горчила",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Нам очень жаль. Пожалуйста, пришлите фото пачки с датой и номером "
            "партии в личные сообщения — передадим в отдел качества.",
            "Добрый день! Наша гречка не содержит ГМО и глютена, это указано на обороте пачки 🌾",
            "Спасибо за вопрос! Крупу в пакетиках промывать не нужно, обычную — по желанию, "
            "один раз холодной водой.",
            "Здравствуйте! Список магазинов есть на сайте в разделе «Где купить». Если в вашем "
            "городе нас нет — подскажем интернет-магазин.",
            "Приносим извинения. Такие случаи разбираем лично: напишите, пожалуйста, где и когда "
            "покупали пачку.",
            "Добрый вечер! После вскрытия крупу лучше хранить до 6 месяцев в сухой закрытой "
            "банке.",
        ),
        en=(
            "Hello! We're sorry about this. Please DM us a photo of the pack with the batch "
            "number and date.",
            "Hi! Our buckwheat is non-GMO and gluten free, it says so on the back of every pack 🌾",
            "Thanks for asking! Our boil-in-bag grains don't need rinsing, regular ones only if "
            "you like.",
            "Hi! The list of shops is on our website under 'Where to buy', or we can suggest an "
            "online store.",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо за ответ, отправила фото пачки в личку",
            "Поняла, спасибо большое, буду хранить в банке {e_pos}",
            "Ого, быстро ответили! Благодарю",
            "Спасибо, нашла вашу крупу в соседнем магазине",
        ),
        en=(
            "thanks, sent the photo of the pack",
            "got it, thank you, will keep it in a jar {e_pos}",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Отправила фото пачки ещё вчера, тишина {e_neg}",
            "На сайте в списке магазин есть, а на полке вашей крупы нет",
            "Мне не инструкция нужна, а нормальная крупа {sigh}",
            "Прошла [неделя|почти неделя], из отдела качества так никто и не связался",
        ),
        en=(
            "sent the pack photo yesterday, no reply",
            "it's been {n} days and nobody from quality control got back to me",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Покупаю эту гречку [уже пару лет|постоянно]. {good}, {dish_home} варю только из "
            "неё. Рекомендую.",
            "Хорошая крупа за свои деньги. {good}. Упаковка удобная.",
            "Пакетики для варки — спасение для работающей мамы. {good}, ребёнок ест с "
            "удовольствием.",
            "Пробовала много марок, эта лучшая. {good}, [мусора нет|зёрна целые].",
            "Отличный булгур, {good}. Четыре звезды только из-за цены.",
        ),
        en=(
            "Good quality grains. {good}. Will buy again.",
            "Best buckwheat I've found here, {good}.",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Купила две пачки, в обеих {meh}. Больше не возьму.",
            "Раньше была хорошая крупа, но [последние месяцы|с этого года] {meh}. Жаль.",
            "Пакетики рвутся, {meh}. За такие деньги ожидала лучшего.",
            "Не понравилось: {meh}, [а варится долго|и запах странный]. Одна звезда.",
            "Взвесила пачку — [на 60 г меньше|почти 100 г недовес]. {meh}. Обман.",
            "Гречка [с мусором|горькая], {meh}. Написала производителю, ответа нет.",
        ),
        en=(
            "Disappointing. {meh}. Won't buy again.",
            "Used to be good, now {meh}.",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Спасибо за отзыв. Пожалуйста, напишите нам на почту номер партии с "
            "пачки — передадим в отдел качества.",
            "Добрый день. Сожалеем, что крупа не оправдала ожиданий. Будем благодарны за фото "
            "упаковки, чтобы проверить партию.",
            "Приносим извинения. Мы усилили контроль на линии фасовки, надеемся, такое больше "
            "не повторится.",
        ),
        en=(
            "Hello, thank you for your feedback. Please email us the batch number from the pack "
            "so we can check it.",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за добрый отзыв! Попробуйте ещё нашу зелёную гречку, она нежнее 🌾",
            "Очень рады, что пакетики выручают! Приятного аппетита всей семье 💚",
        ),
        en=(
            "Thanks a lot! If you like it, try our green buckwheat too 🌾",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. Каждая партия проходит взвешивание на линии, по партии с вашей "
            "датой отклонений не выявлено. Если пачка была повреждена, напишите нам — заменим.",
        ),
    ),
    official_post=Texts(
        ru=(
            "🌾 Новый урожай гречки уже на полках! Ищите {b} в магазинах рядом с домом.",
            "Рецепт недели — готовим {dish_home}. Все шаги в карточках ниже 👇",
            "Теперь {grain} {b_gen} есть и {shop}! Спасибо, что просили 💚",
            "Конкурс! Покажите своё блюдо из {b_gen} в комментариях — разыграем [годовой запас "
            "крупы|{n}0 подарочных наборов].",
            "Мы перешли на [бумажную|перерабатываемую] упаковку: вкус тот же, пластика меньше ♻️",
            "Как мы проверяем каждую партию: [три ступени очистки|лабораторный контроль и ручная "
            "сортировка]. Рассказываем в новом видео.",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Сегодня была в поле под Курском. Гречка цветёт, пчёлы работают, агрономы довольны. "
            "Урожай обещает быть хорошим 🌾",
            "Часто спрашивают, почему крупа дорожает. Короткий ответ: [удобрения, логистика и "
            "погода|топливо и зарплаты]. Длинный — в следующем посте.",
            "Десять лет назад мы фасовали гречку вручную в гараже. Сегодня {b} продаётся в {n}0 "
            "регионах. Спасибо всем, кто с нами.",
            "Провели день с технологами: тестируем пакетики для варки, которые не рвутся. Пока "
            "результат 9 из 10.",
            "Маленький бизнес в России — это [марафон, а не спринт|каждый день сто задач]. "
            "Делюсь, что помогает не выгорать.",
            "Читаю ваши письма по вечерам. Особенно трогают рецепты от бабушек — собираем их в "
            "книгу.",
            "Съездила на продуктовую выставку в Дубае. Гречку там знают плохо, но пробуют с "
            "интересом {lol}",
            "Воскресенье. Варю пшённую кашу с тыквой, как в детстве у мамы.",
            "Ищем в команду [технолога|менеджера по закупкам]. Требование одно: любить крупы "
            "так же, как мы.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Сравнила гречку пяти марок вслепую. Лучшая — {b}: {good}. Подробности в видео 🎥",
            "Как я готовлю {dish_home}: только на крупе {b_gen}. {good}, проверено годами.",
            "Не реклама: {b} — [редкий случай честной крупы|крупа, которую покупаю сама]. {good}",
        ),
        en=(
            "Blind-tested five buckwheat brands. {b} won: {good}",
            "My go-to for {dish_home} is {b}. {good}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Проверила {b} на весах: {meh}. Подписчики, вы тоже замечали?",
            "Честный обзор {b_gen}: {meh}, а ценник как у премиума {e_neg}",
        ),
        en=(
            "Checked {b} on the kitchen scale: {meh}. Not great",
        ),
    ),
    decoy=Texts(
        ru=(
            "Включила «Полюшко-поле» [в хоровом исполнении|в версии ансамбля Александрова] — "
            "мурашки",
            "Дети на утреннике пели «Полюшко-поле», [я прослезилась|бабушка снимала на "
            "телефон] {e_pos}",
            "Полюшко-поле — [одна из самых узнаваемых советских песен|любимая песня моего деда]",
            "В караоке кто-то затянул «Полюшко-поле», и весь зал подхватил {lol}",
            "Разучиваем «Полюшко-поле» на баяне, [третью неделю|медленно, но верно]",
            "Полюшко-поле в аранжировке для симфонического оркестра — [слушаю на повторе|"
            "неожиданно круто]",
            "Выехали за город, а там полюшко, [рожь до горизонта|васильки], красота 🌾",
            "На концерте хора ветеранов исполнили «Полюшко-поле», зал встал {e_pos}",
        ),
        en=(
            "«Polyushko Pole» by the Red Army Choir still gives me chills",
            "Learning Polyushko Pole on guitar, [week two|slowly getting there]",
            "That moment when Polyushko Pole comes on shuffle {e_pos}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Соседи третий час орут «Полюшко-поле» под гармошку, [спать невозможно|хоть "
            "полицию вызывай] {e_neg}",
            "Опять на корпоративе заставили петь «Полюшко-поле» {sigh}",
            "Ненавижу, когда «Полюшко-поле» вставляют в рекламу [чего попало|майонеза]",
        ),
        en=(
            "Neighbours blasting Polyushko Pole at 2am {e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ Волна
_VOLNA_VOCAB = Vocab(
    ru={
        "good": ("интернет летает даже в электричке", "поддержка ответила за пару минут",
                 "связь ловит даже на даче", "роуминг включился сам, без танцев",
                 "абонентка не меняется третий год", "4G в метро держится даже на перегонах",
                 "голос в трубке чистый, будто рядом стоишь", "приложение удобное и не тормозит"),
        "meh": ("интернет пропадает каждый вечер", "связь пропадает, стоит зайти в помещение",
                "списали деньги за непонятную подписку",
                "смс с кодом приходят через десять минут", "звонки обрываются на середине",
                "сигнал скачет от двух палок до нуля", "скорость как в 2010 году",
                "приложение виснет",
                "абонентку втихую подняли на сотку",
                "звонки уходят на автоответчик, хотя телефон в руке",
                "на звонок в поддержку уходит полчаса", "мобильный интернет еле ползёт"),
        "svc": ("интернет", "eSIM", "роуминг", "приложение", "автоплатёж", "антиспам",
                "VoWiFi", "ТВ-пакет"),
        "tariff": ("«Прибой»", "«Штиль»", "«Бриз+»", "«Цунами»", "«Океан.Семья»",
                   "«Безлимит-500»"),
        "where": ("в электричке между Царицыно и Бирюлёво", "на даче под Конаково",
                  "в подземном паркинге ТЦ", "в лифте нашей новостройки",
                  "на МЦД-2 после Нахабино", "на М-11 где-то за Вышним Волочком",
                  "в бизнес-центре на двадцатом этаже", "у бабушки в деревне под Рязанью",
                  "на стадионе в перерыве матча"),
        "guard_venue": ("в салоне связи у выхода с «Сокола»",
                        "в офисе продаж на Невском у Гостинки",
                        "в салоне на втором этаже ТЦ «Аура»"),
        "ignored_issue": ("деньги за подписку списывают, хотя я её не подключал",
                          "номер вторую неделю не переносится от старого оператора",
                          "после пополнения баланс почему-то ушёл в минус"),
        "gaffe_topic": ("абонентов, которые звонят в поддержку по каждой ерунде",
                        "тех, кто годами сидит на тарифе за 300 рублей",
                        "пенсионеров, которые не могут разобраться с приложением"),
        "fake_claim": ("через приложение сливают переписку абонентов",
                       "с первого числа все тарифы подорожают в два раза",
                       "новые вышки вызывают головную боль у тех, кто живёт рядом"),
        "dn_head": ("новая", "очередная", "третья", "вторая", "мощная", "настоящая",
                    "огромная", "целая", "невиданная", "свежая"),
        "dn_tail": ("увольнений", "жары", "гриппа", "хейта", "подорожания", "переездов",
                    "паники", "холода", "сокращений", "мошенничества"),
    },
    en={
        "good": ("data flies even on the commuter train", "support replied within two minutes",
                 "I get bars even out at the dacha", "roaming kicked in on its own",
                 "my bill hasn't gone up in three years",
                 "4G holds up even between metro stations", "calls are crisp, zero echo",
                 "the app is quick and doesn't lag"),
        "meh": ("the data drops out every evening", "the signal dies the moment I walk indoors",
                "they billed me for some mystery subscription",
                "SMS codes show up ten minutes late", "calls drop halfway through",
                "the signal jumps between two bars and none", "speeds feel like it's 2010",
                "the app keeps hanging", "they hiked the monthly fee with no warning",
                "calls go straight to voicemail with the phone in my hand",
                "getting through to support takes half an hour",
                "mobile data is crawling"),
        "svc": ("data", "eSIM", "roaming", "autopay", "hotspot", "VoWiFi", "spam-blocker",
                "TV-bundle"),
        "tariff": ("Priboi", "Shtil", "Breeze+", "Tsunami", "Ocean.Family", "Unlimited-500"),
        "where": ("on the train between Tsaritsyno and Biryulyovo", "at the dacha near Konakovo",
                  "in the mall's underground parking", "in the lift of our new building",
                  "on the MCD-2 past Nakhabino", "on the M-11 somewhere past Vyshny Volochyok",
                  "on the 20th floor of a business centre", "at grandma's village near Ryazan",
                  "at the stadium at half-time"),
        "guard_venue": ("at the store by the Sokol metro exit",
                        "at the sales office on Nevsky near Gostiny Dvor",
                        "at the store on the Aura mall's second floor"),
        "ignored_issue": ("they keep charging me for a subscription I never added",
                          "my number still hasn't been ported after two weeks",
                          "my balance went negative right after a top-up"),
        "gaffe_topic": ("customers who call support over every little thing",
                        "people who've sat on a 300-rouble plan for years",
                        "pensioners who can't find the top-up button in the app"),
        "fake_claim": ("the app leaks customers' messages",
                       "all plans will double in price from the 1st",
                       "the new towers give headaches to people living nearby"),
        "dn_head": ("a brutal new", "the umpteenth", "a record-breaking", "an unexpected second",
                    "the dreaded third", "this year's first", "a frightening new",
                    "a sudden fresh"),
        "dn_tail": ("of mass layoffs", "of sticky heat", "of winter flu", "of hate in the comments",
                    "of price hikes at the supermarket", "of panic buying", "of arctic cold",
                    "of scam calls from 'the bank'", "of job cuts in IT"),
    },
)

VOLNA = BrandTexts(
    vocab=_VOLNA_VOCAB,
    positive=Texts(
        ru=(
            "{b} [приятно удивила|молодцы]: {good} {e_pos}",
            "Перешёл на {b_acc} месяц назад, {good}. [Не жалею|Советую|Жаль, что не раньше] "
            "{e_pos}",
            "{svc} от {b_gen} {where} — [работает отлично|ни одного обрыва] {e_pos}",
            "Тариф {tariff} у {b_gen} — [лучшее соотношение цены и гигов|честный безлимит]. "
            "{good}",
            "{who} давно советует {b_acc}, и правда: {good} 👌",
            "Вот за что люблю {b_acc}: {good}[, а ещё тариф не трогают|] {e_pos}",
            "Три года с {b_ins}, {good}, ни разу не думал уходить",
            "Был уверен, что {where} связи не будет, а {b} [ловит|тянет 4G] {e_pos}",
            "Поддержка {b_gen} {when} решила вопрос за [пять минут|один звонок]. Уважение 👍",
            "{b} вернула деньги за [ошибочное списание|подписку] без вопросов. {good}",
            "Сравнил операторов {city}: {b} [быстрее всех|лидирует по скорости], {good} 📶",
            "Интернет {b_gen} на даче лучше, чем у соседей проводной {lol}",
            "Редко хвалю операторов, но {b} заслужила: {good} {e_pos}",
        ),
        en=(
            "Switched to {b} last month, {good}. [no regrets|should've done it sooner] {e_pos}",
            "{b} {svc} {where} works perfectly {e_pos}",
            "Shoutout to {b} support: {good} 🙌",
            "{b}'s {tariff} plan is [great value|honestly the best deal]. {good}",
            "Didn't expect {b} to have signal {where}, but [it does|full bars] {e_pos}",
            "3 years with {b} and {good}",
            "Tourist tip: get a {b} eSIM at the airport. {good} 📶",
            "{who} convinced me to switch to {b}. {good} {e_pos}",
            "Speed test {city}: {b} [wins|beats everyone else]. {good}",
            "Not sponsored: {b} just works. {good}",
        ),
        mixed=(
            "{b} — just works, {good} {e_pos}",
            "Перешёл на {b_acc}, speed просто wow {e_pos}",
            "Честно, {b} {where} — best coverage, {good}",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто пользуется {b_ins} {city}? Как связь [в панельках|в частном секторе|в метро]? 🤔",
            "{b} прислала смс про новые условия тарифа {tariff}. [Кто разобрался?|Что-то "
            "поменялось?] {e_meh}",
            "Переношу номер в {b_acc} {when}, [говорят, займёт пару дней|посмотрим, как "
            "пройдёт], старую симку пока не выкидываю",
            "{who} говорит, у {b_gen} [новый логотип|новая реклама с дельфином|обновили "
            "приложение]. [Ну ок|Я даже не заметил] {e_meh}",
            "Какой тариф у {b_gen} лучше для [ребёнка в пятом классе|бабушки с кнопочным "
            "телефоном|планшета на даче]: {tariff} или {tariff}?",
            "{ceo} сказал в интервью, что {b} [запустит 5G {city}|расширит покрытие вдоль "
            "трассы М-11]",
            "Купил симку {b_gen} в Пулково, [пока разбираюсь с тарифами|ставлю eSIM на второй "
            "номер] 📱",
            "Оформлял {svc} в салоне {b_gen} {city}, заняло [минут десять|полчаса с очередью]",
            "А у {b_gen} есть [семейный тариф на четверых|eSIM для Apple Watch|нормальный "
            "роуминг в Турции]? {who} спрашивает",
            "Баланс {b_gen}, оказывается, можно проверить [в Телеграм-боте|по QR на чеке]. Не "
            "знала, {lol}",
            "Сосед работает в {b_pre} инженером, говорит, [вышки ставят по всему району|скоро "
            "будет 5G] {city}",
            "Звонила в {b_acc} уточнить про {svc}, [ответили за минуту|перевели на "
            "оператора], {when} 📞",
            "В {b_pre} теперь можно [оплатить связь баллами|заморозить номер на время поездки], "
            "если кому актуально {e_meh}",
        ),
        en=(
            "Anyone using {b} {city}? How's the coverage [in the old panel blocks|indoors]? 🤔",
            "Porting my number to {b} {when}, [fingers crossed|they say 2 days], keeping the "
            "old SIM just in case",
            "{b} pushed a new app update, [looks cleaner|haven't opened it yet], {who} says "
            "it's fine {e_meh}",
            "Which {b} plan is better for [a 10-year-old|my parents' flip phones], {tariff} or "
            "{tariff}?",
            "Picked up a {b} SIM at Pulkovo, [figuring out the plans|setting up eSIM as a "
            "second line] 📱",
            "{b}'s CEO {ceo} told RBC that [5G is coming|coverage will expand] {city} this year",
            "Does {b} support {svc} [on my Pixel|abroad, e.g. in Armenia]? Their site is "
            "confusing",
            "Topped up my {b} balance {when} through the bank app, [took ten seconds|easy]",
            "Note to self: {b} {tariff} renews on the 5th, don't forget {e_meh}",
        ),
        mixed=(
            "Кто на {b_pre} {city}? Как coverage?",
            "Взял eSIM {b_gen}, пока всё ok 📱",
        ),
    ),
    negative=Texts(
        ru=(
            "{b}, [серьёзно?|ну что за дела?] {meh} {e_neg}",
            "{where} {b} [не ловит вообще|показывает ноль палок]. {sigh}",
            "Третий день {meh}, а {b} молчит {e_neg}",
            "{b} опять: {meh}, [а платим как за премиум|а абонентка растёт]",
            "Ухожу от {b_gen}. {meh}, [да и вообще надоело|сил больше нет] {e_neg}",
            "{svc} от {b_gen} — [издевательство|ужас|позорище] {where}",
            "{who} говорит, {city} то же самое: {meh}. Это у {b_gen} по всей стране так?",
            "Вот зачем мне {tariff}, если {meh}? {b}, объясните",
            "Пытался дозвониться в поддержку {b_gen} [минут сорок|полчаса|целый час], [бот "
            "гоняет по кругу|сбросили] {e_neg}",
            "Спасибо, {b}, [за прекрасный вечер|за сюрприз]: {meh} {e_neg}",
            "Стоило написать, что {b} нормальная, как {meh} {lol}",
            "{when} {meh}, причём не первый раз. {b}, сделайте что-нибудь",
            "Сменил тариф на {tariff}, и сразу {meh}. Совпадение? {e_meh}",
            "{b} {where} — [ни позвонить, ни написать|сплошные обрывы], {sigh}",
        ),
        en=(
            "{b} [again|seriously?] {meh} {e_neg}",
            "{where} {b} has zero signal. {sigh}",
            "Day three of {meh} and {b} says nothing",
            "Leaving {b}. {meh}. [done|I'm out]",
            "{b} {svc} is a joke {where}",
            "Why am I paying for {tariff} if {meh}? {b} explain",
            "Tried calling {b} support for {n} minutes, [bot loop|got disconnected] {e_neg}",
            "Thanks {b} for the wonderful evening: {meh} {lol}",
            "{who} has the same issue {city}: {meh}. is {b} down everywhere?",
            "switched plan to {tariff} and immediately {meh}. coincidence? {e_meh}",
        ),
        mixed=(
            "{b}, ну seriously? {meh}, [опять|снова] {e_neg}",
            "{b} {where} — zero signal, ну как так",
            "Why {b}? {meh}, опять",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, как подключить {svc} на {tariff}?",
            "{h} можно перенести остаток гигов на следующий месяц?",
            "{h} а {tariff} работает в роуминге в [Турции|Казахстане|Армении]?",
            "{h} подскажите, где ближайший салон {city}?",
            "{h} как сменить тариф на {tariff} без визита в офис?",
            "{h} почему {svc} не подключается через личный кабинет? Обновила, не помогло",
            "{h} eSIM можно оформить через Госуслуги?",
        ),
        en=(
            "{h} hi, how do I activate {svc} on {tariff}?",
            "{h} does {tariff} work in roaming in [Turkey|Georgia]?",
            "{h} can I get an eSIM online as a foreigner?",
            "{h} where's the nearest store {city}?",
        ),
        mixed=(
            "{h} привет, как включить roaming на {tariff}?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} {where} {meh}, [сделайте уже что-нибудь|когда почините?|сколько можно?]",
            "{h} почему [списали|сняли] {n}0 рублей за подписку, которую я [не подключал|в "
            "глаза не видел]?",
            "{h} {when} {meh}. [Номер в личке|Номер скинул в директ], [проверьте|разберитесь]",
            "{h} {svc} не работает [с утра|второй день|с выходных] {city}, [а абонентку списали|"
            "хотя баланс в плюсе]. {e_neg}",
            "{h} на {tariff} обещали безлимит, а [скорость режут после 20 ГБ|в час пик ноль]",
            "{h} уже [трижды|в который раз|{n}-й раз] пишу: {meh}",
            "{h} бот в чате [не понимает вопрос|отвечает не о том], [оператора не дождаться|"
            "кнопки «позвать человека» нет] {e_neg}",
            "{h} {meh}, а поддержка по телефону [кладёт трубку|молчит]. [Вы издеваетесь?|Это "
            "нормально?]",
            "{h} [плачу за|сижу на] {tariff}, а {meh}. [За что деньги?|Верните разницу]",
            "{h} {sigh} {meh} [{city}|{where}], и так [каждый день|всю неделю]",
            "{h} [ребята|коллеги], {meh}. [У меня работа на удалёнке|Мне завтра сдавать "
            "проект], [что делать?|как быть?]",
            "{h} [перезагружал|переставлял симку|сбрасывал настройки] — не помогает, {meh}",
            "{h} [мама|бабушка] не может дозвониться [уже два дня|с обеда]: {meh} {e_neg}",
            "{h} {svc}: {meh}. [Заявку создали и закрыли|Обещали перезвонить и пропали]",
        ),
        en=(
            "{h} {where} {meh}, [please fix it|any ETA?|this is getting old]",
            "{h} [you|someone] billed me {n}9 rubles for a [horoscope|music] subscription I "
            "never added {e_neg}",
            "{h} {svc} has been down [since morning|for two days|since the weekend] {city}",
            "{h} {tariff} was supposed to be unlimited but [speed drops after 20 GB|it crawls "
            "at rush hour]",
            "{h} your chat bot [keeps sending me FAQ links|doesn't understand a word] and I "
            "can't reach a human {e_neg}",
            "{h} {meh} {city} [again|for the third day]. [what's going on?|any ETA?]",
            "{h} [restarted|swapped the SIM|reset network settings] — [nothing|no change], "
            "{meh} {e_neg}",
            "{h} {when} {meh}. [I work remotely|I'm on call this week], [this is a "
            "problem|I need this fixed]",
            "{h} [my mum|my grandma] can't get through to me [for two days now|since lunch]: "
            "{meh}",
            "{h} paying for {tariff} and {meh}. [refund the difference?|what am I paying for?]",
        ),
        mixed=(
            "{h} {svc} не работает, это уже too much",
        ),
    ),
    comment=Texts(
        ru=(
            "А {city} когда 5G? Третий год обещаете",
            "Лучше бы связь в метро починили {e_meh}",
            "Подключил {tariff}, пока доволен {e_pos}",
            "А старым абонентам такие условия дадут или только новым?",
            "{b}, а где скидки для тех, кто с вами пять лет?",
            "Звучит неплохо, надо посчитать, сколько выйдет на семью",
        ),
        en=(
            "Is this available for existing customers or only new ones?",
            "fix the metro coverage on the green line first {e_meh}",
        ),
    ),
    reply=Texts(
        ru=(
            "У меня {city} норм ловит, может, телефон старый",
            "Перезагрузи телефон и выключи-включи авиарежим, мне помогло {lol}",
            "Та же беда {where}, {sigh}",
            "Переходи на {b_acc}, у меня всё ок",
            "Пиши им в поддержку, в чате отвечают быстрее, чем по телефону",
            "А какой у тебя тариф? У меня на {tariff} такого нет",
        ),
        en=(
            "works fine for me {city}, maybe it's your phone",
            "same issue {where} {sigh}",
            "try toggling airplane mode lol, fixed it for me",
        ),
        mixed=(
            "Same, у меня тоже пропадает по вечерам",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Сожалеем о неудобствах. Напишите, пожалуйста, номер телефона и "
            "адрес, где плохая связь, в личные сообщения — передадим инженерам.",
            "Добрый день! Проверили: на базовой станции рядом с вами идут работы, связь "
            "восстановится сегодня до 18:00.",
            "Здравствуйте! Подписку отключили, деньги вернём на баланс в течение суток.",
            "Спасибо за вопрос! Сменить тариф можно в приложении: «Тариф» → «Сменить», без "
            "визита в салон.",
            "Извините за долгое ожидание 🙏 Уже разбираемся, специалист свяжется с вами в "
            "ближайшее время.",
            "Добрый вечер! Да, тариф работает в роуминге, подробные условия — в приложении в "
            "разделе «Поездки».",
            "Здравствуйте! Остаток гигабайтов переносится на следующий месяц автоматически.",
        ),
        en=(
            "Hello! Sorry for the trouble. Please DM us your number and the address where the "
            "signal is poor, we'll pass it to our engineers.",
            "Hi! There's maintenance on a cell tower near you, service should be back by 6 pm "
            "today.",
            "Hello! We've removed the subscription and will refund it to your balance within a "
            "day.",
            "Thanks for asking! You can change your plan in the app under Plan → Change, no "
            "need to visit a store.",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, деньги за подписку вернули {e_pos}",
            "Заработало после перезагрузки, благодарю!",
            "Оперативно, спасибо, не ожидал такого от оператора",
            "Ок, понял, до шести подожду, спасибо за ответ",
        ),
        en=(
            "thanks, signal's back now {e_pos}",
            "got the subscription refund, thank you",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Уже шесть вечера, связи так и нет {e_neg}",
            "Деньги за подписку не вернули, прошло [пять дней|больше недели]",
            "Написал в личку, ответил бот и всё, человека так и не дождался",
            "Это вы каждый раз пишете, а толку ноль {sigh}",
        ),
        en=(
            "it's past 6 pm and the signal still isn't back {e_neg}",
            "{n} days on and the subscription money still isn't on my balance",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Пользуюсь [третий год|давно]. {good}, цены адекватные. Рекомендую.",
            "Переехал от другого оператора и не жалею: {good}.",
            "Хорошая связь, {good}. Минус — иногда навязывают подписки.",
            "Оформляла eSIM в салоне, всё сделали за 10 минут. {good}.",
            "Тариф {tariff} — оптимальный для семьи. {good}.",
        ),
        en=(
            "Reliable operator. {good}.",
            "Great value, {good}. Recommended for expats.",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Ужасная связь: {meh}, [а в поддержке одни отписки|а тариф дорожает]. Ухожу.",
            "{meh}. Жаловалась [раз пять|уже раз десять], ничего не меняется.",
            "Навязали подписку, {meh}. Одна звезда — и то много.",
            "Раньше было терпимо, но [с весны|последние полгода] {meh}.",
            "Перенос номера занял [две недели|месяц], {meh}. Не советую.",
            "В салоне грубо, в чате бот, {meh}. Две звезды за покрытие в городе.",
        ),
        en=(
            "Terrible service: {meh}. Switching.",
            "{meh}. Complained {n} times, nothing changed.",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Приносим извинения за неудобства. Пожалуйста, напишите нам в чат "
            "поддержки номер телефона — проверим качество связи в вашем районе.",
            "Добрый день. Благодарим за отзыв. Информация передана в технический отдел.",
            "Сожалеем о вашем опыте. Подписки можно отключить в приложении в разделе «Услуги», "
            "а списанные средства вернём по обращению в чат.",
        ),
        en=(
            "Hello, we apologise for the inconvenience. Please message our support chat with "
            "your number so we can check coverage in your area.",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за отзыв! Рады, что связь не подводит даже на даче 📶",
            "Благодарим за высокую оценку и за то, что выбрали нас! Хорошей связи 💙",
        ),
        en=(
            "Thanks for the review! Glad the coverage keeps up with you 📶",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. По данным мониторинга сети, в указанное время в вашем районе "
            "базовые станции работали штатно. Возможно, проблема в настройках устройства — "
            "напишите нам, поможем проверить.",
            "Добрый день. Подписка была подключена по вашему запросу через приложение, есть "
            "подтверждение по СМС. Отключить её можно в разделе «Услуги».",
        ),
        en=(
            "Hello. Our network monitoring shows the towers in your area were working normally "
            "at that time. Please contact us so we can check your device settings.",
        ),
    ),
    official_post=Texts(
        ru=(
            "📶 Расширили покрытие 4G {city}: стабильная связь теперь даже {where}.",
            "Новый тариф {tariff}: [безлимитные мессенджеры и 40 ГБ|звонки без ограничений] за "
            "490 ₽ в месяц.",
            "Обновили приложение {b_gen}: [тёмная тема|быстрый перенос номера|оплата по QR]. "
            "Скачивайте!",
            "{b} дарит {n} ГБ всем, кто [перенесёт номер до конца месяца|подключит семейный "
            "пакет] 🎁",
            "Плановые работы ночью с 2:00 до 5:00 {city}: возможны перебои с мобильным "
            "интернетом. Спасибо за понимание!",
            "Знаете ли вы, что {svc} можно подключить прямо в приложении? Рассказываем, как 👇",
        ),
    ),
    exec_post=Texts(
        ru=(
            "За квартал поставили {n}00 новых базовых станций. Особенно горжусь покрытием вдоль "
            "трасс на юг.",
            "Провёл день с инженерами на вышке под Калугой. Уважение людям, которые в мороз "
            "лезут на 60 метров.",
            "Меня спрашивают, когда 5G. Честно: [тестируем в трёх городах, массово — не раньше "
            "следующего года|как только получим частоты].",
            "Прочитал вчера сотню жалоб из соцсетей. Самая частая — связь в метро. Это наш "
            "приоритет на год.",
            "Сегодня выступал на телеком-форуме. Главная мысль: [операторы должны конкурировать "
            "сервисом, а не ценой|абонент платит за связь, а не за подписки].",
            "Выходные провёл на даче без интернета. Полезный опыт для главы оператора {lol}",
            "Рад объявить: {b} приходит в [ещё два региона|Калининград]. Команда проделала "
            "огромную работу.",
            "Отключили платные подписки по умолчанию у всех абонентов. Давно надо было.",
            "Книга недели — [«От хорошего к великому» Коллинза|«Принцип пирамиды» Минто]. "
            "Рекомендую руководителям.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Протестировал скорость трёх операторов {city}. {b} на первом месте: {good}. Таблица "
            "в видео 🎥",
            "Езжу по стране и почти везде ловит {b}. {good}. Не реклама, просто факт.",
            "Если переезжаете — берите {b_acc}. {good}, тариф {tariff} честный.",
        ),
        en=(
            "Tested three Russian carriers {city}. {b} came out on top: {good}",
            "Travel tip: {b} eSIM just works. {good}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Подписчики жалуются на {b_acc} массово: {meh}. Проверил сам — правда {e_neg}",
            "{b}, вы серьёзно? {meh}, а поддержка отвечает шаблонами. Ухожу к другому оператору.",
        ),
        en=(
            "My followers keep complaining about {b}: {meh}. Checked myself — it's true",
        ),
    ),
    decoy=Texts(
        ru=(
            "На «Лужниках» в перерыве пустили волну, [весь сектор C встал|даже вип-ложа "
            "подхватила] {e_pos}",
            "Какая сегодня волна в Анапе у Джемете? [Хочу на сап|Дети просятся купаться] 🌊",
            "Сёрф-лагерь в Териберке: волна [метр-полтора|небольшая], вода +6, но кайф 🏄",
            "Когда после финальной арии поднялась волна аплодисментов, [я чуть не расплакалась|"
            "тенор растерялся] {e_pos}",
            "Накрыла волна ностальгии: на антресоли нашёл [кассеты «Руки Вверх»|школьный "
            "фотоальбом 2003 года] {e_pos}",
            "Сижу на пирсе в Геленджике, смотрю, как волна бьётся о бетон, и ни о чём не "
            "думаю 🌊",
            "Французская «новая волна» — [Годар, Трюффо|лучшее, что случилось с кино]. "
            "Пересматриваю «400 ударов» третий раз за год 🎬",
            "Короткая волна, длинная волна — [дед до сих пор крутит ручку «Спидолы»|собираем с "
            "сыном детекторный приёмник] 📻",
            "Волна на Ладоге у Сортавалы сегодня [как на море|метра полтора], на байдарке не "
            "пошли",
            "Укладка «мокрая волна» [снова в моде|как у мамы на выпускном в 96-м] {lol}",
            "Мексиканская волна на матче [обошла «Ак Барс Арену» три раза|вышла с первой "
            "попытки] {e_pos}",
            "В аквапарке «Ривьера» включили искусственную волну, [дети визжат|племянник в "
            "восторге] 💦",
            "Поднялась волна интереса к [винилу|плёночным «Зенитам»] — [цены на Авито взлетели|"
            "барахолки опустели]",
            "Утром на Финском заливе волна [небольшая|почти штиль], идём на сапах от Комарово "
            "{e_pos}",
            "Поймал свою первую волну {when}, стоял на доске секунды три {lol} 🏄",
            "Какая же красивая волна на закате в Ольгинке, [сняла на телефон|залипла на "
            "полчаса] 🌅",
        ),
        en=(
            "Took me three months in Moscow to realise «Volna» on every seaside café sign just "
            "means 'wave' {lol}",
            "Stayed at the Volna guesthouse in Lazarevskoye, [right by the pebble beach|lovely "
            "owners, great syrniki] {e_pos}",
            "The Volna surf school in Zelenogradsk is [great for beginners|worth the cold "
            "water] 🏄",
            "Duolingo Russian, day 212: volna = wave 🌊",
            "Our river cruise boat on the Volga was called «Volna», [fitting|very Soviet] {lol}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "{dn_head} волна {dn_tail}, [и конца не видно|а мы ещё от прошлой не отошли|и все "
            "делают вид, что так и надо] {e_neg}",
            "Волна жары [накрыла город|не отпускает вторую неделю], в квартире +31, "
            "[кондиционеры раскуплены|спать невозможно|кот лежит пластом] 🥵",
            "По [офису|нашему заводу|всему холдингу] прокатилась волна сокращений, [ушли "
            "полотдела|нашу команду расформировали|меня пока не тронули] {sigh}",
            "Волна гриппа [добралась и до нас|в самом разгаре] {city}: [в классе у сына "
            "половина на больничном|в поликлинике очередь на улицу] 🤒",
            "[Очередная|Новая] волна хейта в комментах у [блогерши с котиками|нашего мэра|"
            "бедной учительницы из ролика]. Люди, [остановитесь|вы нормальные вообще?]",
            "Новая волна подорожания: [сыр|бензин|кофе|гречка] опять плюс [15|20]% {e_neg}",
            "Волна холода идёт с севера, [синоптики обещают минус 25|обещают заморозки в мае], "
            "[рассаду жалко|а я уже шины поменял] {e_neg}",
            "Волна критики обрушилась на [новый фильм|реформу ЕГЭ|проект моста], [и по "
            "делу|хотя половина даже не смотрела]",
            "Меня накрыла волна тревоги [перед экзаменом|посреди ночи|в метро], [сижу дышу по "
            "квадрату|пришлось выйти на станцию раньше] {e_meh}",
            "Волна отписок после [неудачного поста|рекламы казино] — минус {n}0 тысяч за [день|"
            "сутки], [блогер в шоке|так ему и надо]",
            "Волна мошеннических звонков {city}: [звонят «из банка»|представляются полицией|"
            "пугают «взломом Госуслуг»]. Предупредите родителей ⚠️",
            "Волна перевернула лодку на [водохранилище|Оби|Куйбышевском море], рыбаков [еле "
            "вытащили|спасли чудом]",
            "Кажется, {dn_head} волна {dn_tail} опять [начинается|на подходе] {city}, {sigh}",
            "[Пережили|Переживаем] уже [третью|пятую] волну [сокращений|отключений воды], а "
            "[начальству|управляйке] хоть бы что",
            "Волна увольнений дошла и до [айтишников|маркетологов|бухгалтерии] — {who} "
            "[со вчерашнего дня на бирже труда|сидит без работы второй месяц] {e_neg}",
            "Волна [смога|гари от пожаров] {city}, [окна не открыть|дети кашляют] 😷",
            "Вторая волна [ковида|ротавируса] в садике, [опять на больничном|группу закрыли "
            "на карантин] {sigh}",
            "Какая-то волна апатии [с понедельника|весь февраль], [ничего не хочется|даже "
            "сериалы не смотрятся] {e_meh}",
            "Волна [возмущения|негодования] в родительском чате из-за [сборов на шторы|новой "
            "формы], уже {n}00 сообщений {lol}",
            "Волна жалоб на [управляйку|новые квитанции] {city}: [подъезд не убирают|насчитали "
            "за воду втрое], а толку ноль",
        ),
        en=(
            "The Volna hotel in Anapa was a disaster: [dirty rooms|rude staff] {e_neg}",
            "Our ferry «Volna» got cancelled again because of the wind {sigh}",
            "Volna café on the embankment [closed for good|doubled its prices] {e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ other topics
INFLUENCER_OTHER = Texts(
    ru=(
        "Новый выпуск про [ипотеку в 2026|переезд в Калининград|ремонт за 500 тысяч] уже на "
        "канале, ссылка в профиле",
        "Сегодня в эфире разбираем [новый айфон|цены на бензин|отпуск на Алтае]. Вопросы — в "
        "комментарии 👇",
        "Топ-5 [фильмов на выходные|книг этого месяца|сериалов весны] — [сохраняйте, чтобы не "
        "потерять|делитесь с друзьями]",
        "Утро начинается с [пробежки|холодного душа|медитации]. Кто со мной? {e_pos}",
        "Розыгрыш! [Наушники|Два билета на концерт|Подписка на год] — условия в закрепе 🎁",
        "Честно о [выгорании|деньгах|переезде]: длинный пост 👇",
        "Путешествую по [Карелии|Дагестану|Байкалу], [виды нереальные|связи почти нет] 📸",
        "Мой рецепт [сырников|борща|шарлотки] без сахара и белой муки, сохраняйте",
        "Ответы на ваши вопросы: [как я начал блог|сколько зарабатываю|где снимаю]. Новое видео",
    ),
    en=(
        "New video is up: [I tried living on $10 a day|testing viral kitchen gadgets|a week in "
        "Tbilisi]. Link in bio",
        "Giveaway time! [AirPods|a year of Spotify] — rules pinned 🎁",
        "Thread on [burnout|saving money|learning languages] 👇",
        "Morning routine update: [5am runs|cold plunges] are still going {e_pos}",
        "Q&A is live: [how I started|my camera gear|what I earn]. Ask away",
    ),
)
