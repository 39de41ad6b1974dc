"""Text bank `blind5`, the brands half: what people say about «Сочный Бургер», «Полюшко» and
«Волна» (organic posts, the official accounts, desks, reviews, executives, influencers and the
everyday sense of the names), plus the shared vocabulary and big accounts about other things.

Written for issue 13's seventh bank by a writer who had NOT read the detectors (nor their docs,
tests other than tests/unit/test_week.py, or the texts of the other banks): only the format
(banks.py, textgen.py) and the generator (week*.py) were read. The phrasings are my own, in the
way people write on VK, Telegram, X and review sites. The vocabulary follows the fixed
vocabulary contract of the brief (same keys as the other banks, own values), so the events half
(the storm and the five crises) can write around it.
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

# Numbers 5..60 that take the genitive plural in Russian.
_N = tuple(str(i) for i in range(5, 61) if i <= 20 or i % 10 in (0, 5, 6, 7, 8, 9))

# ------------------------------------------------------------------------------ shared vocabulary
VOCAB = Vocab(
    ru={
        "city": ("в Тольятти", "в Салавате", "в Кирово-Чепецке", "в Курске", "в Вологде",
                 "у нас в Твери", "в Иваново", "в Барнауле", "в Саранске", "в Липецке",
                 "в Норильске", "в Новокуйбышевске", "в Арзамасе", "в Сызрани",
                 "в Великих Луках"),
        "when": ("сегодня в обеденный перерыв", "в субботу вечером", "часик назад",
                 "утром перед работой",
                 "позавчера вечерком", "в прошлое воскресенье", "ночью после смены",
                 "вот только что",
                 "в пятницу после работы", "вчера часов в пять", "в начале восьмого утра"),
        "who": ("сестра", "мой сосед", "свекровь", "коллега", "младший брат", "моя девушка",
                "батя", "кум", "сын", "подруга с работы", "тёща", "мой парень"),
        "lol": ("ахаха", "пхпхпх", "ржу", "хахах", "лол", "ахахахах", "угар", "орууу"),
        "sigh": ("мдя", "эхх", "ну ёлки", "вот и всё", "пфф", "увы", "ох", "нда"),
        "n": _N,
        "e_pos": ("😍", "🔥", "👍", "🥰", "😋", "❤️", "🤤", "👌🔥", "💯", "😊", "🙌", "✨",
                  "😋😋"),
        "e_neg": ("😡", "🤬", "😤", "👎", "😠😠", "🤮", "😞", "💩", "😒", "😩", "🤡", "😭",
                  "🙄😡"),
        "e_meh": ("🤷", "🤷‍♀️", "😐", "🙃", "🤔", "😶", "🫠", "🤷‍♂️", "😑"),
    },
    en={
        "city": ("in Cherepovets", "in Tver", "in Perm", "in Ufa", "in Ulan-Ude", "in Magnitogorsk",
                 "in Vladivostok", "in Krasnoyarsk", "up in Syktyvkar", "in Yaroslavl"),
        "when": ("yesterday after work", "on saturday night", "sixty-ish minutes ago",
                 "this lunchtime",
                 "last tuesday", "way past midnight", "just before my night shift",
                 "sunday afternoon"),
        "who": ("my kid sister", "Dima from next door", "my old man", "a guy from accounting",
                "my wife Katya",
                "my neighbour upstairs", "my teenage son", "my uncle", "my boyfriend"),
        "lol": ("lmfao", "haha", "lolol", "💀", "ded", "hahaha", "i'm crying"),
        "sigh": ("meh", "sigh", "eh whatever", "classic", "smh", "yeah no"),
        "n": _N,
        "e_pos": ("😍", "🔥", "👍", "🥰", "😋", "❤️", "💯", "🙌", "✨", "👌", "🤩"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤮", "😞", "💩", "😒", "😩", "🤡", "😭"),
        "e_meh": ("🤷", "😐", "🙃", "🤔", "🫠", "😑"),
    },
)

# ------------------------------------------------------------------------------ «Сочный Бургер»
SOCHNY = BrandTexts(
    vocab=Vocab(
        ru={
            "dish": ("двойной чизбургер с беконом", "бургер с халапеньо",
                     "картофель дольками со специями",
                     "стрипсы", "сырные палки", "луковые колечки в кляре", "комбо с колой",
                     "твистер с курицей", "чикенбургер", "клубничный коктейль",
                     "бургер с опятами и сыром", "детское меню",
                     "острые крылышки"),
            "spot": ("на Пушкинской напротив банка", "в ТЦ «Мега» у эскалатора",
                     "на автовокзале у касс", "возле главного корпуса универа",
                     "на Московском проспекте у «Электросилы»",
                     "на заправке у поворота на Ольгинку", "в аэропорту у выхода на посадку",
                     "на фудкорте в «Континенте»",
                     "на Советской возле кинотеатра", "рядом с общагой",
                     "у кольца на Победы"),
            "meh": ("котлета пересушенная и резиновая", "булка развалилась ещё в пакете",
                    "картошку явно жарили утром", "кола без газа, одна вода",
                    "соуса налили на донышке", "заказ собирали сорок минут",
                    "столы липкие, везде крошки", "в бургере почти один лук",
                    "положили не тот соус", "сыр даже не расплавился",
                    "наггетсы внутри холодные", "кассир нахамил на ровном месте",
                    "забыли положить половину заказа", "в зале воняет старым маслом",
                    "курьер привёз всё остывшее", "цены опять подняли, а порции меньше"),
            "good": ("котлета толстая и реально сочная", "картошка хрустит как надо",
                     "булочка мягкая и поджаристая", "заказ выдали за пару минут",
                     "фирменный соус просто огонь", "в зале чисто и уютно",
                     "курица в панировке хрустит", "порция нормальная, наелся до вечера",
                     "коктейль густой, трубочка стоит", "на кассе улыбаются, а не бурчат"),
            "promo": ("второй бургер всего за 1 рубль", "комбо дня за 299",
                      "бесплатный коктейль к любому комбо", "скидка 30% студентам по будням",
                      "картошка в подарок к заказу в приложении",
                      "двойные баллы по выходным"),
            "guard_venue": ("на Карла Маркса возле цирка", "в ТЦ «Радуга» на фудкорте",
                            "у Центрального рынка со стороны цветочных рядов",
                            "на привокзальной площади у часов"),
            "found_item": ("зубец от пластиковой вилки прямо в котлете",
                           "длинный чёрный волос в булке", "кусочек фольги в соусе",
                           "пластиковый колпачок на дне стакана с колой"),
            "found_short": ("зубец от вилки", "волос", "кусочек фольги", "колпачок"),
            "ignored_issue": ("не приходит возврат за отменённый заказ",
                              "курьер отмечает заказ доставленным, а еды нет",
                              "приложение списывает деньги дважды за один заказ"),
            "gaffe_topic": ("студентов, которые по три часа сидят с одной колой и заряжают "
                            "телефоны",
                            "мамочек с колясками, которые занимают пол-зала",
                            "курьеров, которые вечно ноют про зарплату"),
            "fake_claim": ("в соус добавляют дешёвый заменитель с химией, от которого "
                           "травятся дети",
                           "котлеты делают из мяса, которое списали на складе месяц назад",
                           "масло во фритюре не меняют неделями, и несколько человек уже "
                           "попали в больницу"),
        },
        en={
            "dish": ("double bacon cheeseburger", "burger with pickled jalapeños", "cajun wedges",
                     "chicken strip bucket", "beer-battered onion rings", "chocolate milkshake",
                     "mushroom and swiss melt", "extra hot wings", "chicken twister",
                     "kids box with a toy"),
            "spot": ("across from the train station", "at the Mega mall", "near the university",
                     "on Lenin street", "at the airport departures hall", "next to my gym",
                     "at the gas station on the bypass"),
            "meh": ("the patty had the texture of a shoe sole", "the fries tasted like yesterday",
                    "my coke was totally flat", "they forgot half the order",
                    "the bun fell apart in the bag", "the cheese wasn't even melted",
                    "a burger took forty minutes", "every table was sticky",
                    "the nuggets were cold inside", "the whole place smelled of old oil",
                    "delivery showed up lukewarm"),
            "good": ("the patty was thick and juicy", "fries were crispy for once",
                     "my order was ready in two minutes", "the house sauce slaps",
                     "the staff were sweet as anything", "not a single sticky table, for once",
                     "the milkshake was actually thick"),
            "promo": ("a second burger for 1 ruble", "the 299 combo of the day",
                      "a free shake with any combo"),
            "guard_venue": ("near the circus on Karl Marx street",
                            "in the Raduga mall food court", "by the Central market"),
            "found_item": ("a piece of plastic fork inside the patty",
                           "a long black hair in the bun", "a scrap of foil in the sauce",
                           "a bottle cap at the bottom of a cup of coke"),
            "found_short": ("fork piece", "hair", "foil scrap", "bottle cap"),
            "ignored_issue": ("my refund for the cancelled order hasn't come through",
                              "the app charges me twice for one order"),
            "gaffe_topic": ("students who sit for hours over one coke charging their phones",
                            "moms with strollers who take up half the room"),
            "fake_claim": ("they put a cheap chemical filler in the sauce that makes kids sick",
                           "the patties are made from meat the warehouse wrote off a month "
                           "ago"),
        },
    ),
    positive=Texts(
        ru=(
            "[Зашла|Забежала|Заскочила] в {b} {spot} [после пар|в обед|перед сеансом|]: "
            "{good} {e_pos}",
            "[Мне|Нам] [притащили|принесли] домой {dish} из {b_gen}[, а я думала, что не "
            "голодная|, хотя я вообще-то на диете|, пришлось делиться]. {good}[ {e_pos}| {e_pos}|]",
            "Не ожидал от {b_gen}, но {good}. [Беру свои слова назад|Респект|Зачёт|Приятно "
            "удивили][ {e_pos}| {e_pos}|]",
            "{dish} в {b_pre} [— это любовь|— моя слабость|— лучшее, что случилось со мной "
            "за неделю][ {e_pos}| {e_pos}|]. [Кто со мной завтра?|Вернусь.|Всё, я подсел.]",
            "[Короче|Ну что], {b} {city} [приятно удивил|держит марку|не подвёл]: {good}"
            "[, рекомендую|. десять из десяти|, буду ходить][ {e_pos}| {e_pos}|]",
            "[Попал на акцию|Успел на акцию] в {b_pre}: {promo}. [Вообще не пожалел|Окупилось на "
            "все сто|Ну это праздник][ {e_pos}| {e_pos}|]",
            "[Третий раз за неделю|Уже {n}-й раз за месяц] в {b_pre}, [и каждый раз|и снова] "
            "{good}. [Это зависимость?|Надо остановиться.|Кошелёк плачет, желудок счастлив.] "
            "{lol}",
            "Думал, {b} как везде, [а нет|ан нет|но ошибся]: {good}[ {e_pos}| {e_pos}|]. "
            "[Спасибо, что "
            "вытащили меня|Теперь это наше место]",
            "Отдельное спасибо [девочке на кассе|ребятам на кухне|вечерней смене] {b_gen} "
            "{spot}: {good}[ {e_pos}| {e_pos}|]",
            "Кто [ругает|хейтит] {b_acc}, [вы просто не пробовали|попробуйте для начала] "
            "{dish}. {good}, [проверено|отвечаю][ {e_pos}| {e_pos}|]",
        ),
        en=(
            "[Tried|Finally tried|Grabbed] the {dish} at {b} {spot} and honestly? {good} "
            "{e_pos}",
            "ok {b} [kinda slaps|is lowkey great|went hard today]. {good}[ {e_pos}| {e_pos}|]",
            "{who} took me to {b} {city}[ after work|]. {good}. [converted.|i get it now."
            "|no complaints.]",
            "[Not gonna lie|ngl|Honestly], {b} {spot} [surprised me|did it right tonight]: "
            "{good}[ {e_pos}| {e_pos}|]",
            "{promo} at {b}? [say less|you don't have to ask twice|I'm there]. {good}"
            "[ {e_pos}| {e_pos}|]",
            "[Visit number {n}|{n}th time] at {b} this [month|year] and {good} [every single "
            "time|again][ {e_pos}| {e_pos}|]",
            "Shoutout to the [night shift|crew|cashier] at {b} {spot}, {good}[ {e_pos}| {e_pos}|]",
        ),
        mixed=(
            "{b} {spot} — [vibe|mood] на [10 из 10|максимум], {good} {e_pos}",
            "[Ok|Okay], это [official|literally] мой comfort food: {dish} из {b_gen}"
            "[ {e_pos}| {e_pos}|]",
            "Взял {dish} в {b_pre}, [best decision today|no regrets]: {good}",
            "[lowkey|honestly] {b} [лучше|вкуснее], чем [я думал|все говорят]. {good}"
            "[ {e_pos}| {e_pos}|]",
        ),
    ),
    neutral=Texts(
        ru=(
            "{b} {spot} [до скольки работает|работает круглосуточно или нет]? [Хочу ночью "
            "заехать|Кто знает][ {e_meh}| {e_meh}|]",
            "[Кто-нибудь пробовал|Пробовал кто] {dish} в {b_pre}? [Стоит брать|Норм вообще"
            "|Или очередной маркетинг]?",
            "[Сижу в {b_pre} {spot}|Жду заказ в {b_pre} {spot}], [народу человек {n}|сижу у "
            "окна|людей почти нет][ {e_meh}| {e_meh}|]",
            "В {b_pre} [теперь|с понедельника] {promo}, [если кому надо|к сведению|кому "
            "актуально]",
            "[Открыли|Говорят, открывают] ещё один {b} {city}, [напротив почты"
            "|рядом с автовокзалом|в новом торговом центре]",
            "Что лучше в {b_pre}: {dish} или [стрипсы|крылья|обычный чиз]? [Первый раз иду"
            "|Решаю уже {n} минут] {e_meh}",
            "{when} [обедал|ужинали] в {b_pre}. [Обычно|Ну], как всегда[, ничего особенного"
            "|, без сюрпризов][ {e_meh}| {e_meh}|]",
            "[А в|В] {b_pre} можно оплатить [картой другого банка|через СБП|баллами с прошлых "
            "заказов]? [Спрашиваю заранее|Собираюсь зайти вечером]",
            "{b} [сделал|выкатил] новое приложение: [пока разбираюсь|интерфейс поменяли "
            "полностью|теперь заказ только через киоск][ {e_meh}| {e_meh}|]",
            "[Заметил|Интересно], что в {b_pre} {spot} [поменяли меню на табло|стало больше "
            "киосков|соусы теперь на отдельной стойке]. [Видимо, обновление|Ну ок]",
            "[Встречаемся|Давай] [у|возле] {b_gen} {spot}[ в семь| через {n} минут|], "
            "[я в синей куртке|буду у входа]",
        ),
        en=(
            "Does {b} {spot} [open 24/7|do breakfast|have a drive-thru]?",
            "[Anyone|Has anyone] tried the {dish} at {b}? [worth it?|thoughts?|is it just "
            "hype?]",
            "[Meeting|Waiting for] {who} at {b} {spot}[, line is about {n} people|, quiet "
            "rn|]",
            "{b} [has|is running] {promo} [this week|until sunday|apparently], fyi",
            "[Grabbing|Picking up] {dish} from {b} [on the way home|before the game|for the "
            "office][ {e_meh}| {e_meh}|]",
            "[Heard|Saw] {b} is opening [another place|a new spot] {city}[, near the station"
            "|, next to the bakery|]",
            "Is {b} [halal|okay for vegetarians|open on holidays]? [asking for {who}|genuine "
            "question]",
            "[Lunch|Dinner] at {b} {city} [again|for the {n}th time]. it was [fine|ok|what "
            "you'd expect] {e_meh}",
            "[Can you|Do they let you] pay with [points|SBP|a foreign card] at {b}? [asking "
            "before I go|no idea]",
        ),
        mixed=(
            "[Кто|Anyone] в {b_pre} {spot} сейчас? [Очередь big?|Сколько ждать?]",
            "{b} [запустил|выпустил] delivery через приложение, [кто уже тестил|как оно]?",
            "[Сижу|Chilling] в {b_pre}, [вайфай norm|заряжаю phone][ {e_meh}| {e_meh}|]",
        ),
    ),
    negative=Texts(
        ru=(
            "{b} {spot}, [ну вы серьёзно|это что вообще]? {meh}[ {e_neg}| {e_neg}|]",
            "[Последний раз|Всё, хватит|Больше ни ногой] в {b_acc}: {meh}, [а ещё|плюс] "
            "[ждали {n} минут|никто не извинился|чек выбить забыли][ {e_neg}| {e_neg}|]",
            "[Взяли|Заказали] домой {dish} из {b_gen}. {meh}. {sigh}",
            "[Раньше|Год назад] {b} был [нормальным|вполне ок], а сейчас {meh}[. Что "
            "случилось?|. Грустно.][ {e_neg}| {e_neg}|]",
            "{when} [отравился|словил отравление] после {b_gen} {spot}[, лежу пластом|. "
            "Спасибо, что живой][ {e_neg}| {e_neg}|]",
            "[Вот это|Это] {dish} из {b_gen} за [такие деньги|{n}0 рублей]? {meh}. [Позор"
            "|Стыдно должно быть|Ну-ну][ {e_neg}| {e_neg}|]",
            "В {b_pre} {city} {meh}, [и так каждый раз|и это уже не первый раз|а менеджер "
            "только плечами пожал]",
            "[Ставлю|Мысленно ставлю] {b_dat} [кол|единицу|жирный минус]: {meh}[ {e_neg}| "
            "{e_neg}|]",
            "[Курьер {b_gen} опоздал на {n} минут|Курьер {b_gen} ехал {n} минут через два "
            "квартала|Доставка {b_gen} шла {n} минут], [в итоге|и] {meh}[ {e_neg}| {e_neg}|]",
            "[Не понимаю|Не пойму], как {b} ещё [держится|не закрыли]. {meh}",
            "[Спасибо|Ну спасибо], {b}, [испортил вечер|вечер удался, ага]. {meh}[ {e_neg}| "
            "{e_neg}|]",
        ),
        en=(
            "{b} {spot}, [what happened|seriously]? {meh}[ {e_neg}| {e_neg}|]",
            "[Never again|Done with] {b}. {meh}[ and nobody cared|, no apology|][ {e_neg}| "
            "{e_neg}|]",
            "[Ordered|Got] {dish} from {b} {when}. {meh}. {sigh}",
            "{b} used to be [decent|my go-to], now {meh}[ {e_neg}| {e_neg}|]",
            "Paid [full price|{n}0 rubles|way too much] at {b} and {meh}. [great.|love that "
            "for me.|cool cool cool.]",
            "[Delivery|The courier] from {b} took {n} minutes and {meh}[ {e_neg}| {e_neg}|]",
            "Not sure how {b} {city} [is still open|passes inspection]. {meh}[ {e_neg}| {e_neg}|]",
        ),
        mixed=(
            "{b} {spot} — [total fail|epic fail], {meh}[ {e_neg}| {e_neg}|]",
            "[Ну|Well] {b}, [спасибо за|thanks for the] [испорченный обед|ruined lunch]: "
            "{meh}",
            "[Honestly|Короче], {b} [уже не тот|is not it anymore], {meh}[ {e_neg}| {e_neg}|]",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [подскажите|скажите], [до скольки работает|во сколько закрывается] "
            "ресторан {spot}?",
            "{h} [а|] {promo} [действует|работает] [в доставке|в приложении|во всех "
            "ресторанах]?",
            "{h} есть ли в составе [свинина|глютен|лактоза]? Хочу взять {dish}, [спрашиваю "
            "для ребёнка|берём на праздник]",
            "{h} [когда вернут|почему убрали] {dish} [из меню|]? [Жду уже {n} дней|Это же "
            "был хит]",
            "{h} [как|где] [посмотреть|потратить] баллы [в приложении|при заказе на "
            "кассе]?",
            "{h} [вы берёте|берёте ли вы] на работу [студентов|с 16 лет]? [Какой график?|Где "
            "анкету заполнить?]",
        ),
        en=(
            "{h} [hi,|hey] what time does the place {spot} close?",
            "{h} does {promo} work [for delivery|in the app|at every location]?",
            "{h} is there [pork|gluten|dairy] in the {dish}? [allergy question|asking for "
            "{who}]",
            "{h} [when is|will] the {dish} [coming back|come back]? [miss it|been {n} days]",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [заказ|доставка] [№|номер] {n}{n}{n} [не пришёл|пришёл неполный|потерялся], "
            "[курьер не отвечает|а приложение пишет, что доставлен][ {e_neg}| {e_neg}|]",
            "{h} ресторан {spot}: {meh}. [Примите меры|Разберитесь, пожалуйста|Это "
            "нормально?]",
            "{h} [я понимаю, час пик|понимаю, что вечер пятницы], но {meh}[ {e_neg}| {e_neg}|]",
            "{h} списали [деньги|{n}0 ₽] дважды за один заказ, [в чате поддержки тишина"
            "|верните, пожалуйста]",
            "{h} [здравствуйте|добрый день]. {when} [были|был] у вас {spot}, {meh}. [Жду "
            "ответа|Хочу возврат|Чек сохранил]",
            "{h} [заказывал|просил] {dish} без лука, [а пришло|а там] с луком. [Третий раз"
            "|Опять][ {e_neg}| {e_neg}|]",
            "{h} [ваш|] курьер [бросил пакет под дверью и ушёл|не поднялся на этаж, хотя я "
            "доплатил|привёз заказ через {n} минут, холодный]",
            "{h} {meh}, а на кассе [сказали «ну а что вы хотели»|мне просто пожали плечами]. "
            "[Вот где сервис?|Серьёзно?][ {e_neg}| {e_neg}|]",
            "{h} [третий|{n}-й] раз [пишу|жалуюсь] про точку {spot}: {meh}",
        ),
        en=(
            "{h} order #{n}{n}{n} [never arrived|came half empty|is marked delivered but "
            "nothing's here]",
            "{h} the place {spot}: {meh}. [please fix this|is this normal?]",
            "{h} I asked for no onions in the {dish}. [guess what|onions. everywhere.]"
            "[ {e_neg}| {e_neg}|]",
            "{h} got charged twice for one order, [support chat is dead|need a refund]",
            "{h} [hi,|hey,] {when} at your [place|restaurant] {spot}, {meh}. [want my money "
            "back|not ok]",
            "{h} {meh} and the staff [just shrugged|said that's how it is][ {e_neg}| {e_neg}|]",
            "{h} your courier [left my bag at the door and ran|showed up {n} minutes late "
            "with cold food]",
            "{h} [{n}th|third] time writing about this: {meh}",
        ),
    ),
    comment=Texts(
        ru=(
            "[А когда|Когда уже] вернёте {dish}? {e_meh}",
            "{promo} — [это огонь|беру|надо брать] {e_pos}",
            "[Лучше бы|А может] [курьеров научили|в зале убрали|цены вернули], [а не постики "
            "пилили|чем это всё]",
            "[Вчера|{when}] как раз [брала|брали] {dish}, {good}",
            "{who}, [смотри|глянь], [идём в субботу?|это нам]",
            "[А в регионах|А {city}] [акция работает|тоже будет]?",
            "{meh}, а вы тут [акции|картинки] [рисуете|выкладываете][ {e_neg}| {e_neg}|]",
        ),
        en=(
            "[when|pls tell me when] is the {dish} coming back {e_meh}",
            "{promo}? [I'm in|take my money] {e_pos}",
            "does this work {city} too?",
        ),
    ),
    reply=Texts(
        ru=(
            "[Плюсую|Поддерживаю|+1], у меня [так же|то же самое]",
            "[А я|Мне], наоборот, [нормально зашло|понравилось]: {good}",
            "[Не знаю|Хз], {spot} [всегда норм было|мне ок]",
            "{lol}, [узнаю родной город|классика]",
            "[Пиши им в поддержку|Напиши в поддержку], [там быстро отвечают|деньги "
            "возвращают]",
            "[Да там|Там] [смена такая|новенькие работают], {sigh}",
            "[Это ещё цветочки|Это ещё ничего]. [А вот|Вот у меня] {meh} — [было на прошлой "
            "неделе|дважды]",
            "[Согласен|Соглы], {dish} у них [топ|огонь]",
            "[Мы вчера тоже там были|Мы как раз там вчера были] {e_meh}",
            "В {b_pre} [всегда так|так всегда], [не удивлён|привыкай]",
        ),
        en=(
            "same [here|lol]",
            "[weird|huh], mine was fine, {good}",
            "{lol} [classic|every time]",
            "[just|] email their support, [they refund fast|worked for me]",
            "[the|that] one {spot} is [always like that|the worst]",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Очень жаль|Нам жаль], что так вышло. [Напишите, "
            "пожалуйста, номер заказа в личные сообщения|Пришлите номер заказа в директ] — "
            "[разберёмся|всё проверим] [сегодня же|в течение дня].",
            "[Спасибо, что написали|Спасибо за сигнал]! [Передали|Уже передали] "
            "[управляющему ресторана|менеджеру смены], [он свяжется с вами|с вами свяжутся] "
            "[в ближайшее время|сегодня].",
            "[Приносим извинения|Извините нас] за [ожидание|неудобства]. [Вернём деньги"
            "|Оформим возврат] — [напишите|отправьте] [в личку|в сообщения сообщества] "
            "[телефон|почту] из заказа 🙏",
            "[Здравствуйте|Привет]! [Ресторан работает|Работаем] [с 8 до 23|до полуночи"
            "|круглосуточно], [ждём вас|приходите]!",
            "[Добрый день|Здравствуйте]! [Акция действует|Предложение работает] [в ресторанах "
            "и в приложении|везде, кроме доставки], [до конца месяца|до воскресенья "
            "включительно].",
            "[Так быть не должно|Это неправильно], [спасибо|благодарим], что [рассказали"
            "|сообщили]. [Проведём проверку|Проверим смену по камерам] и [вернёмся с ответом"
            "|напишем вам].",
            "[Здравствуйте|Добрый вечер]! [Состав|Полный состав и аллергены] есть [в "
            "приложении|на сайте] в карточке блюда. [Если остались вопросы|Будут вопросы] — "
            "[пишите|мы на связи]!",
        ),
        en=(
            "[Hi|Hello]! [So sorry|Sorry] about that. [Please DM us your order number|Send us "
            "your order number in DMs] and we'll [sort it out|look into it] today.",
            "Thanks for letting us know! We've passed this to the [restaurant manager|shift "
            "lead], [they'll reach out soon|expect a message shortly].",
            "[Hi|Hey]! [Yes,|] the offer works [in the app and in restaurants|everywhere "
            "except delivery] until [the end of the month|Sunday].",
            "[We apologise|Apologies] for the [wait|trouble]. [We'll refund you|A refund is "
            "on its way] — [please|just] DM us the phone number on the order 🙏",
        ),
    ),
    thanks=Texts(
        ru=(
            "[Спасибо|Спс], [деньги уже вернули|всё пришло], [быстро|оперативно][ {e_pos}| "
            "{e_pos}|]",
            "[О, ответили|Ого, реально ответили]. [Спасибо|Ладно, спасибо], [жду|ок]",
            "[Приятно|Окей], [что не проигнорили|что отреагировали]. [Зачёт|Спасибо]"
            "[ {e_pos}| {e_pos}|]",
            "[Всё решили|Разобрались], спасибо [большое|огромное]!",
        ),
        en=(
            "[thanks|thank you], [refund came through|all sorted][ {e_pos}| {e_pos}|]",
            "oh wow [an actual reply|that was quick]. thanks!",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Написал|Отправил] в личку [ещё вчера|{n} часов назад] — [тишина|ноль реакции]"
            "[ {e_neg}| {e_neg}|]",
            "[И что|Ну и], [мне уже третий раз|снова] отвечают шаблоном, а [денег нет|вопрос "
            "не решён]",
            "[Менеджер так и не связался|Никто не перезвонил]. {sigh}",
            "[Обещали разобраться|Сказали, что разберётесь], [а в итоге|но] [всё так же|ничего не "
            "поменялось][ {e_neg}| {e_neg}|]",
        ),
        en=(
            "[DM'd you|Sent it] [yesterday|{n} hours ago], [still nothing|no reply]"
            "[ {e_neg}| {e_neg}|]",
            "[same canned reply again|you said you'd fix it], [still no refund|nothing "
            "changed]",
        ),
    ),
    review_pos=Texts(
        ru=(
            "[Хорошее место|Отличное место] {spot}. {good}. [Рекомендую|Пять звёзд "
            "заслуженно]",
            "Брали {dish}, [ещё и акция была|успели на акцию]: {promo}. {good}, [вернёмся|придём "
            "ещё] {e_pos}",
            "[Ходили всей семьёй|Заходили после кино|Обедали с коллегами]. {good}, [дети "
            "довольны|всем понравилось|без претензий].",
            "[Для фастфуда|Для сети] — [очень достойно|твёрдая пятёрка]. {good}.",
            "[Заказывал доставку|Брал навынос] {dish}. {good}, [доехало тёплым|упаковано "
            "аккуратно].",
            "[Часто|Регулярно] хожу в этот ресторан {spot}. {good}[, персонал знает меня в "
            "лицо|, ни разу не подвели].",
        ),
        en=(
            "Great spot {spot}. {good}. [recommend|5 stars]",
            "Got the {dish}. {good}[, will be back|, solid fast food].",
            "[For fast food|For a chain], [really good|can't complain]. {good}.",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Ужасный|Отвратительный] сервис {spot}. {meh}. [Больше не придём|Не рекомендую].",
            "Заказали {dish} [и картошку|и два коктейля|на всю семью]. {meh}, а [на просьбу "
            "заменить|на замечание] [ответили хамством|закатили глаза].",
            "[Одна звезда|Единица] [за то, что|потому что] {meh}. [Менеджера не дозвались"
            "|Жалобную книгу не дали].",
            "[Были|Зашли] {when}. {meh}. [Ждали|Простояли у кассы] {n} минут. {e_neg}",
            "[Цены|Ценник] [как в ресторане|растут каждый месяц], а {meh}. [Не стоит своих "
            "денег|Переплата за вывеску].",
            "[Доставка — провал|Доставка мимо]: {meh}. [Поддержка отвечает шаблонами|В "
            "приложении не вернули даже баллы].",
            "[Грязно|Неопрятно] в зале, {meh}. [Санэпидстанцию бы сюда|Как они проходят "
            "проверки — загадка].",
        ),
        en=(
            "[Awful|Terrible] service {spot}. {meh}. [won't be back|avoid].",
            "Ordered the {dish}. {meh}, and when I [asked them to fix it|complained] they "
            "[rolled their eyes|got rude].",
            "One star because {meh}. [couldn't find a manager|nobody cared].",
            "Went {when}. {meh}. [waited|stood at the counter for] {n} minutes.",
            "[Prices keep going up|Priced like a real restaurant] but {meh}. [not worth it"
            "|overpriced].",
            "Delivery was a [mess|fail]: {meh}. [support sent a copy-paste reply|no refund].",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. [Благодарим за обратную связь|Спасибо за отзыв]. "
            "[Сожалеем|Нам очень жаль], что визит [оставил неприятные впечатления|не оправдал "
            "ожиданий]. [Информация передана управляющему|Передали отзыв руководству "
            "ресторана].",
            "[Здравствуйте|Уважаемый гость]! [Приносим извинения|Извините] за [этот опыт"
            "|произошедшее]. [Свяжитесь с нами через форму на сайте|Напишите нам на почту "
            "поддержки], [чтобы мы компенсировали заказ|и мы предложим компенсацию].",
            "[Спасибо|Благодарим], что [поделились|рассказали]. [Мы проведём|Проведём] "
            "[внеплановую проверку ресторана|беседу со сменой] и [примем меры|сделаем "
            "выводы].",
            "[Добрый день|Здравствуйте]. Нам [жаль|очень неприятно] это читать. "
            "[Сотрудники регулярно проходят обучение|Стандарты у нас строгие], [ваш случай "
            "разберём отдельно|ситуацию разберём].",
            "[Уважаемый гость|Здравствуйте], [извините за ожидание ответа|простите за долгий "
            "ответ]. [Ситуация передана в отдел качества|Отдел качества уже в курсе].",
        ),
        en=(
            "[Hello|Hi], thank you for your feedback. We're sorry your visit [fell short"
            "|wasn't great]. [It's been passed to the manager|We've shared this with the "
            "restaurant team].",
            "[Dear guest|Hi], [we apologise|sorry] for [this experience|what happened]. "
            "[Please contact us via the website form|Email our support team] [so we can make "
            "it right|for compensation].",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "[Спасибо|Благодарим] за [тёплый|приятный] отзыв! [Ждём вас снова|Приходите "
            "ещё] 🍔",
            "[Очень приятно|Ура], что вам понравилось! [Передадим команде|Смена будет рада].",
            "[Спасибо, что выбираете нас|Рады, что зашли]! [До новых встреч|Приятного "
            "аппетита в следующий раз].",
        ),
        en=(
            "Thank you for the [kind words|lovely review]! [See you again soon|Come back "
            "anytime] 🍔",
            "[So glad|Happy] you enjoyed it! [We'll pass it on to the team|The crew will love "
            "this].",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. Мы [проверили записи с камер|посмотрели видео] за "
            "указанное время: [заказ выдан полностью|блюдо приготовлено по стандарту]. "
            "[Если есть чек, пришлите его|Пришлите, пожалуйста, чек] — [разберёмся ещё раз"
            "|проверим снова].",
            "[Уважаемый гость|Здравствуйте], по [данным системы|нашей системе] заказ "
            "[доставлен за 28 минут|был выдан горячим]. [Описанная ситуация не подтверждается"
            "|Мы не нашли подтверждения], но [готовы обсудить|напишите нам].",
        ),
    ),
    official_post=Texts(
        ru=(
            "[Новинка|Встречайте новинку] — {dish}: [уже в меню|в ресторанах с сегодняшнего "
            "дня] — [пробуйте и рассказывайте|ждём ваши отзывы] 🍔",
            "{promo} — [только до воскресенья|всю неделю]! [Успевайте|Не пропустите] 🔥",
            "[Мы открылись|Открытие!] [Новый ресторан|Наш новый ресторан] {spot} [ждёт гостей"
            "|уже работает]. [В первые три дня|До конца недели] — {promo}.",
            "[Пятница|Вечер пятницы] — [лучший повод|отличный повод] [взять|заказать] "
            "{dish}. [Доставка работает до 2 ночи|В приложении — без очереди].",
            "[Ищем в команду|Открыта вакансия]: [повар|кассир|курьер] {spot}. [Гибкий "
            "график, обучение с нуля|Оплата каждую неделю]. [Анкета в приложении|Пишите в "
            "сообщения].",
            "[Розыгрыш|Конкурс]! [Отметьте друга|Отметьте того, с кем пойдёте] в "
            "комментариях. Приз [трём|пяти] победителям: {promo} 🎁",
            "[Обновили приложение|Новое в приложении]: [теперь можно|стало можно] [собрать "
            "свой бургер|заказать к столику]. [Пробуйте|Делитесь впечатлениями]!",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Сегодня|Утром] [объехал|посетил] [три|четыре] наших ресторана {city}. "
            "[Команды молодцы|Впечатления хорошие], [но есть над чем работать|кое-что "
            "поправим].",
            "[Прочитал|Дочитал] [«От хорошего к великому»|книгу Рэя Крока] [в самолёте|в "
            "отпуске]. [Главный вывод|Что запомнил]: [система важнее героев|скорость — это "
            "уважение к гостю].",
            "[Встретились с поставщиками говядины|Провели день на мясокомбинате]. [Качество "
            "фарша|Сырьё] — [то, на чём мы не экономим|наш главный приоритет].",
            "[Спасибо всем|Благодарю всех], кто пришёл на [наш день открытых дверей"
            "|отраслевую конференцию] {city}. [Было много вопросов про франшизу|Интересные "
            "разговоры].",
            "[Мысль дня|Думаю сегодня о том], что [в фастфуде|в общепите] всё решают "
            "мелочи: [чистый стол|горячая картошка|улыбка на кассе].",
            "[Подвели итоги квартала|Итоги месяца]: [гостей стало больше|выручка растёт], "
            "[открыли {n} точек|запустили доставку ещё в двух городах]. [Команде — спасибо"
            "|Дальше — больше].",
            "[Выходные провёл с семьёй|На выходных были с детьми на даче]. [Жарили котлеты "
            "на гриле|Сам стоял у мангала] — [профдеформация|привычка] {lol}",
            "[Сегодня|Завтра] [выступаю|буду говорить] на [форуме ресторанного бизнеса"
            "|конференции про франчайзинг] {city}. [Тема|Расскажу] — [как мы растим "
            "управляющих изнутри|как обучить персонал за две недели].",
            "[Постоял смену на кассе|Отработал день на кухне] [в одном из ресторанов"
            "|инкогнито]. [Лучший способ понять гостя|Рекомендую всем руководителям].",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Обзор|Большой обзор] на {b_acc}: [попробовал всё меню|взял всё, что есть в "
            "меню]. [Вердикт|Итог] — {good}, [а {dish} — вообще лучшее в городе|топ за свои "
            "деньги] {e_pos}",
            "[Ребят|Друзья], [не реклама|это не реклама], но {b} {city} [меня покорил|просто "
            "топ]: {good}",
            "[Слепой тест|Слепая дегустация] бургеров из пяти сетей: [победил|первое место "
            "у] {b}. {good}.",
            "[Поехали|Едем] [с подписчиками|с командой] в {b_acc} {spot}. {good} {e_pos}",
        ),
        en=(
            "[Ranked|Rating] every fast food chain {city}: {b} takes #1. {good}.",
            "Not sponsored but {b} [is elite|has my heart]. {good} {e_pos}",
            "[Tried the whole menu|Ate the entire menu] at {b} so you don't have to. {good}, "
            "[and the {dish} is a must|the {dish} is the winner].",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Честный обзор {b_gen}|Сходил в {b_acc} без рекламы]: {meh}, [и это за такие "
            "деньги|а цены растут][ {e_neg}| {e_neg}|]",
            "[Подписчики|Вы] [просили|попросили] проверить {b_acc} {city}. [Проверил"
            "|Проверила]. {meh}. [Не советую|Выводы делайте сами].",
            "{b} [сдулся|уже не тот]: {meh}. [Сравните с тем, что было два года назад|А "
            "когда-то был любимым местом].",
        ),
        en=(
            "[Honest review|No-sponsor review] of {b} {city}: {meh}. [not worth it|skip it].",
            "{b} has [fallen off|gone downhill] hard. {meh}[ {e_neg}| {e_neg}|]",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Рецепт|Мой рецепт]: сочный бургер [дома|на сковороде] [за 20 минут|без гриля]. "
            "[Секрет|Весь секрет] — [кусочек сливочного масла в фарше|не давить котлету "
            "лопаткой]",
            "[Жарим|Пожарили] на даче сочный бургер [на углях|], [соседи пришли на запах"
            "|собака в восторге] {lol}",
            "[Как|Как вообще] сделать сочный бургер [из индейки|без жира|из курицы]? "
            "[Всё время сухой выходит|Подскажите]",
            "Хочу сочный бургер и [спать|сериал|чтобы завтра была суббота]",
            "[Сочный бургер, картошка и кола|Сочный бургер и холодный лимонад] — [идеальный"
            "|лучший] [вечер пятницы|набор после тренировки]",
            "[В кафе у нас на районе|В новом баре на углу] [подают|делают] сочный бургер "
            "[с ананасом|с голубым сыром], [кто пробовал|надо сходить]",
            "[Сын|Дочка] [нарисовал|нарисовала] сочный бургер [на уроке|в альбоме], [теперь "
            "весь день просит|теперь хочет такой же] {e_pos}",
        ),
        en=(
            "my russian [roommate|friend] calls every homemade patty a \"sochny burger\" and "
            "honestly fair",
            "tonight's menu: [a|one] sochny burger [as she says|as grandma would say], "
            "homemade, no chains",
            "learned a new word: sochny = juicy. sochny burger [on the grill|tonight] {e_pos}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[Пыталась|Пытался] сделать сочный бургер [по рецепту из тиктока|по видео], "
            "[получилась подошва|котлета развалилась] {e_neg}",
            "[На вывеске|В меню кафе] написано «сочный бургер», а [на деле|по факту] [сухая "
            "котлета|одна булка] {sigh}",
            "Диетолог посмотрел на мой сочный бургер [и вздохнул|и покачал головой]. "
            "[Прощай, фастфуд|Ну всё] {e_neg}",
            "[Пишут|Статья], что сочный бургер [раз в неделю|каждый день] [повышает "
            "холестерин|вредит сосудам]. [Отличные новости|Спасибо, что испортили обед] "
            "{e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Полюшко»
POLYUSHKO = BrandTexts(
    vocab=Vocab(
        ru={
            "grain": ("ядрица крупная, первый сорт с Алтая", "пшено жёлтое шлифованное",
                      "перловка", "овсяные хлопья «Экстра»",
                      "рис круглозёрный", "гречка порционная, в пакетиках по 80 г", "кускус",
                      "полба",
                      "колотая чечевица", "манка", "непропаренная зелёная гречка"),
            "shop": ("в Магните у дома", "в Ленте возле работы", "на озоне",
                     "в Ашане на выезде из города", "во ВкусВилле у метро",
                     "в ларьке у конечной остановки", "в Перекрёстке на первом этаже",
                     "на Яндекс Лавке",
                     "в Дикси через дорогу", "в Светофоре возле гаражей",
                     "в сельском магазине у дачи"),
            "dish_home": ("гречку с тушёнкой и жареным луком", "пшёнку с тыквой и мёдом",
                          "перловый суп",
                          "молочную кашу малому на завтрак", "гречку по-купечески в казане",
                          "плов из полбы", "рисовую запеканку", "овсянку с ягодами",
                          "чечевичную похлёбку"),
            "meh": ("крупа вся в пыли и мусоре", "в пачке завелись жучки",
                    "гречка разварилась в размазню", "недовес граммов сто",
                    "пакет порвался ещё в магазине", "горчит и пахнет сыростью",
                    "попадаются камешки, чуть зуб не сломала",
                    "цена выросла, а пачка похудела", "пакетики для варки расклеиваются",
                    "хлопья мелкие, как пыль", "варится час, а всё равно твёрдая"),
            "good": ("гречка рассыпчатая, зёрнышко к зёрнышку",
                     "ни одной чёрной крупинки, перебирать нечего", "варится быстро и не слипается",
                     "пахнет как в детстве у бабушки", "за такое качество цена вообще честная",
                     "пачка с зиплоком, удобно", "пшено вообще не горчит",
                     "хлопья не превращаются в клейстер"),
            "found_item": ("маленький металлический шуруп в пачке гречки",
                           "кусок стекла в пакете перловки",
                           "осколок пластика в овсяных хлопьях",
                           "комок чьих-то волос в рисе"),
            "found_short": ("шуруп", "кусок стекла", "осколок пластика", "комок волос"),
            "ignored_issue": ("не приходят деньги за возврат бракованной партии",
                              "на горячей линии обещают перезвонить и не перезванивают",
                              "промокод из пачки не работает на сайте"),
            "gaffe_topic": ("покупателей, которые берут самую дешёвую гречку, а потом пишут "
                            "жалобы",
                            "блогеров, которые клянчат крупу бесплатно за отзыв"),
            "fake_claim": ("гречку завозят из Китая и просто пересыпают в свои пачки",
                           "в крупу добавляют отраву от жучков, и её нельзя давать детям"),
        },
        en={
            "grain": ("roasted buckwheat groats", "millet", "pearl barley 900g", "big-flake oats",
                      "orange lentils", "unroasted green buckwheat", "spelt"),
            "shop": ("at the Magnit by my place", "at Lenta on my way home",
                     "at the Auchan out of town", "on Yandex Lavka",
                     "at the corner store", "at VkusVill near the metro", "at the big Perekrestok"),
            "dish_home": ("buckwheat with canned beef and onions",
                          "millet porridge with baked pumpkin",
                          "mushroom barley soup", "dal with cumin and lime",
                          "overnight oats with berries"),
            "meh": ("the grain was full of dust and husks", "there were bugs in the bag",
                    "it cooked into gluey mush", "the bag was 100 grams short",
                    "the bag split open in the store", "it smelled damp and tasted bitter",
                    "there were little stones in it", "price went up and the bag shrank",
                    "the cooking bags came unglued", "it stayed hard after an hour"),
            "good": ("the grains stay separate and fluffy", "no sorting needed, super clean",
                     "it cooks fast and doesn't stick", "tastes like my grandma's kitchen",
                     "the price is fair for what you get", "the ziplock bag is so handy"),
            "found_item": ("a small metal screw in the buckwheat bag",
                           "a sliver of glass in the barley bag",
                           "a chunk of plastic in the oats", "a clump of hair in the rice"),
            "found_short": ("screw", "sliver of glass", "plastic chunk", "hair clump"),
            "ignored_issue": ("my refund for the defective batch never arrives",
                              "the hotline promises a callback and never calls"),
            "gaffe_topic": ("shoppers who buy the cheapest buckwheat and then complain",
                            "bloggers who beg for free groats for a review"),
            "fake_claim": ("the buckwheat is imported from China and just repackaged",
                           "they add bug poison to the grain and it's unsafe for kids"),
        },
    ),
    positive=Texts(
        ru=(
            "[Взяла|Купила] {b_acc} ({grain}) {shop}: {good}[ {e_pos}| {e_pos}|]",
            "[Сварила|Приготовила] {dish_home} из {b_gen} — {who} [в восторге|просит ещё"
            "|уже на второй тарелке][ {e_pos}| {e_pos}|]",
            "[Только|Теперь только] {b}, [перепробовала всё|на другие даже не смотрю]. {good}",
            "{b} — [лучшая|реально лучшая] [гречка|крупа] [из магазинных|за эти деньги], "
            "{good} {e_pos}",
            "[Заметила|Оказывается], {b} [фасуют|делают] [на Алтае|у нас в области]. {good}"
            "[, поддерживаем своих|, приятно]",
            "{grain} от {b_gen} — [находка|моё открытие месяца]: {good}",
            "[Мама|Бабушка] [всегда брала|только и берёт] {b_acc}, теперь и я [поняла почему"
            "|тоже]: {good}[ {e_pos}| {e_pos}|]",
            "[Наконец-то|Ура], {b} снова [есть|завезли] {shop}! {good}",
        ),
        en=(
            "[Picked up|Bought] {grain} from {b} {shop}: {good}[ {e_pos}| {e_pos}|]",
            "Made {dish_home} with {b} [tonight|for meal prep] and {who} [wants seconds|is "
            "obsessed]. {good}",
            "{b} is the only [buckwheat|brand] I buy now. {good}[ {e_pos}| {e_pos}|]",
            "[Didn't expect much from|Low expectations for] {b} {grain} but {good}"
            "[ {e_pos}| {e_pos}|]",
            "[Found|Spotted] {b} {shop}[, finally|, restocked]! {good} {e_pos}",
        ),
        mixed=(
            "{b} {grain} — [must have|top tier] на кухне, {good}",
            "[Meal prep|Батч-кукинг] на неделю: [варю|готовлю] {dish_home} из {b_gen}, "
            "[easy|изи][ {e_pos}| {e_pos}|]",
            "[Honestly|Честно], {b} [best|лучшая] крупа [ever|из всех], {good}",
        ),
    ),
    neutral=Texts(
        ru=(
            "{b} [есть|продаётся] {shop}? [В приложении магазина не видно|Спрашиваю, чтобы зря не "
            "ехать][ {e_meh}| {e_meh}|]",
            "{grain} {b_gen}: [сколько минут варить|сколько воды на стакан]? [На пачке мелко "
            "написано|Пропорции забыла]",
            "У {b_gen} [новая упаковка|новый дизайн пачки], [теперь с окошком|теперь "
            "зелёная] {e_meh}",
            "[Чем отличается|А в чём разница]: {grain} {b_gen} и [та, что подешевле|обычная "
            "из Светофора]?",
            "{who} просит купить {b_acc}, а там [штук пять видов|целая полка]. [Что брать?"
            "|Какой брать?]",
            "[Варю|Готовлю] на ужин {dish_home}, крупа {b}[, ничего особенного|, как обычно]"
            "[ {e_meh}| {e_meh}|]",
            "[Сколько сейчас стоит|Почём сейчас] {b} {shop}? [Вроде было {n}0|Давно не брала]"
            "[ {e_meh}| {e_meh}|]",
            "[Кто знает|Вопрос знатокам]: {b} [без глютена|можно при диабете|проверяют на "
            "пестициды]?",
            "[Акция|Скидка] на {b_acc} {shop}[, если кому надо|: два по цене одного|, минус "
            "{n}%]",
        ),
        en=(
            "Is {b} sold {shop}? [can't find it|looking for the {grain}]",
            "How long do you cook {b} {grain}? [the print is tiny|forgot the ratio]",
            "{b} changed [its packaging|the bag design], [looks different now|took me a "
            "minute to find it]",
            "[Making|Cooking] {dish_home} with {b} [tonight|for lunch], [simple weeknight "
            "stuff|quick and easy] {e_meh}",
            "How much is {b} {shop} these days? [haven't bought it in ages|used to be around {n}0]",
            "[Quick question|Anyone know]: is {b} {grain} [gluten free|ok for diabetics]?",
            "{who} [asked me to|wants me to] pick up {b}, [which one?|there are like {n} "
            "kinds]",
            "{b} {grain} is [on sale|discounted] {shop}[ fyi|, if anyone needs it]",
        ),
        mixed=(
            "Кто-нибудь [покупал|брал] {b} на [iHerb|Amazon] за границей?",
            "{b} {grain} — [worth it|норм] или [есть альтернативы|there's better]?",
        ),
    ),
    negative=Texts(
        ru=(
            "{b} — [разочарование|облом]: {meh}[ {e_neg}| {e_neg}|]",
            "[Купила|Взяла] {shop} {b_acc}, [вид|позиция] — {grain}. А там {meh}. {sigh}",
            "[Годами брала|Всегда покупала] {b_acc}, но [последние партии|в этот раз] {meh}"
            "[ {e_neg}| {e_neg}|]",
            "{b}, [что с качеством|куда катится качество]? {meh}",
            "[Сварила|Поставила варить] {dish_home}, [крупа {b}|крупа снова {b}]: {meh}"
            "[ {e_neg}| {e_neg}|]",
            "[Не берите|Не советую] {b_acc} {shop}: {meh}[, проверяйте даты|][ {e_neg}| {e_neg}|]",
            "[За такие деньги|За {n}0 рублей пачка] {b} и {meh}? [Серьёзно|Ну-ну]",
            "[Домой притащили|По акции взяли] {b_acc}... {meh}. [Больше не купим|Выкидываем]",
        ),
        en=(
            "{b} [let me down|disappointed me]: {meh}[ {e_neg}| {e_neg}|]",
            "Bought {b} {grain} {shop} and {meh}. {sigh}",
            "Been buying {b} for years but [lately|this batch] {meh}[ {e_neg}| {e_neg}|]",
            "{b}, what [happened to quality|is going on]? {meh}",
            "[Don't buy|Avoid] {b} {shop}: {meh}",
            "[Paid|Spent] [{n}0 rubles|way too much] for {b} and {meh}. [great|cool]",
            "Made {dish_home} with {b} and [regretted it|ugh]: {meh}[ {e_neg}| {e_neg}|]",
        ),
        mixed=(
            "{b} — [epic fail|total disappointment], {meh}[ {e_neg}| {e_neg}|]",
            "[Короче|So] {b} [is not it|уже не тот], {meh}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [подскажите|скажите], где сейчас продаётся {grain}? {shop} [нет|пропала]",
            "{h} [какой срок годности у открытой пачки|сколько хранится крупа после "
            "вскрытия]?",
            "{h} [а|] {grain} [проходит|прошла] [проверку на пестициды|контроль на ГМО]? "
            "[Для ребёнка беру|Интересно]",
            "{h} [будет ли|планируется ли] [упаковка по 5 кг|крупа в пакетиках для варки"
            "|органическая линейка]?",
        ),
        en=(
            "{h} where can I buy {grain}? [not available {shop}|can't find it anywhere]",
            "{h} is your {grain} [safe for celiacs|tested for pesticides]?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [купила|взяла] {shop} вашу пачку ({grain}), {meh}. [Что делать?|Как вернуть?]"
            "[ {e_neg}| {e_neg}|]",
            "{h} {meh}. [Фото прикладываю|Фото в комментах]. [Ответьте|Жду ответа]",
            "{h} [вы перестали следить за качеством?|что-то поменяли в производстве?] {meh}",
            "{h} [уже вторая|третья подряд] пачка [такая|с браком]: {meh}[ {e_neg}| {e_neg}|]",
            "{h} [промокод|купон] с пачки [не работает|пишет «недействителен»], [а акция "
            "ещё идёт|хотя срок не истёк]",
            "{h} [заказала {shop} коробку|брала {shop} две пачки], {meh}. [Возврат оформите?"
            "|Кто компенсирует?]",
            "{h} [здравствуйте|добрый день], [хотела сварить|варила] {dish_home}, а {meh}. "
            "[Очень неприятно|Ужин испорчен]",
            "{h} [почему|зачем] [уменьшили пачку|сделали 800 грамм вместо килограмма], а "
            "цена та же? {e_neg}",
        ),
        en=(
            "{h} bought {grain} {shop}, {meh}. [how do I return it?|what now?]",
            "{h} {meh}. [photo attached|pics below]. [please respond|waiting for an answer]",
            "{h} [did you change something in production?|what happened to quality "
            "control?] {meh}",
            "{h} [second|third] bad [bag|package] in a row: {meh}",
            "{h} the promo code on the bag [doesn't work|says invalid][ even though it's not "
            "expired|]",
            "{h} [tried to make|was making] {dish_home} and {meh}. [dinner ruined|not happy]",
            "{h} why is the bag [smaller|800g now] but the price is the same? {e_neg}",
        ),
    ),
    comment=Texts(
        ru=(
            "[А где продаётся|Где бывает] {grain} {city}? [Нигде нет|Обыскалась]",
            "[Люблю|Обожаю] {dish_home}, [рецепт огонь|сохранила] {e_pos}",
            "[Верните|Верните, пожалуйста,] старую [упаковку|пачку], [новая рвётся|та была "
            "удобнее]",
            "{meh}, а вы тут [рецепты постите|про пользу пишете][ {e_neg}| {e_neg}|]",
            "{who} [теперь только вашу берёт|без вашей гречки никуда] {e_pos}",
        ),
        en=(
            "where do I find this {city}?",
            "[love|saving] this recipe {e_pos}",
        ),
    ),
    reply=Texts(
        ru=(
            "[У меня тоже|Тоже такое было], [пачку выкинула|вернула в магазин]",
            "[Странно|Хм], у нас [всегда нормальная|без проблем]: {good}",
            "[Перебирайте|Я всегда перебираю] [крупу|гречку] перед варкой, [любая бывает с "
            "мусором|привычка с детства]",
            "{lol}, [это ещё нормальная партия|повезло]",
            "[Пишите производителю|Напишите им в поддержку], [мне заменили|вернули деньги]",
            "[А я|Я вот] {b_acc} беру только {shop}, [там свежее|оборот большой]",
        ),
        en=(
            "same [happened to me|here], [threw it out|returned it]",
            "weird, mine's always [fine|good], {good}",
            "[always|you should] rinse and sort grains first tbh",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Очень жаль|Нам жаль]. [Пришлите, пожалуйста, фото "
            "пачки с датой и номером партии|Напишите нам в личные сообщения номер партии с "
            "упаковки] — [проверим|передадим в лабораторию].",
            "[Спасибо, что сообщили|Благодарим за сигнал]! [Заменим продукцию|Вернём "
            "стоимость] — [напишите|пришлите] [адрес и чек|ваш телефон] в личку.",
            "[Здравствуйте|Добрый день]! [Срок хранения|Хранить после вскрытия] — [до 12 "
            "месяцев в сухом месте|в закрытой банке без влаги]. [Хорошего дня|Приятного "
            "аппетита]!",
            "[Здравствуйте|Добрый вечер]! [Вся продукция|Каждая партия] проходит "
            "[лабораторный|] контроль, [протоколы есть на сайте|сертификаты можем прислать].",
            "[Извините|Простите] за [неудобства|ситуацию]. [Передали на производство|Уже "
            "разбираемся с фасовкой], [ответим в течение дня|вернёмся с ответом].",
        ),
        en=(
            "[Hello|Hi]! We're sorry. Please send a photo of the [package|bag] with the batch "
            "number via DM — [we'll check it|our lab will look into it].",
            "Thanks for letting us know! [We'll replace it|We'll refund you] — please DM "
            "[your receipt|your address].",
            "[Hi|Hello]! [Every batch is lab tested|All our products are tested], "
            "[certificates are on our website|we can send the reports].",
        ),
    ),
    thanks=Texts(
        ru=(
            "[Спасибо|Спасибо большое], [заменили быстро|деньги вернули][ {e_pos}| {e_pos}|]",
            "[Ответили|Быстро ответили], [приятно|спасибо], [буду брать дальше|ок]",
            "[Всё решилось|Вопрос решён], спасибо за [внимание|оперативность]!",
        ),
        en=(
            "thanks, [replacement arrived|refund came] {e_pos}",
            "appreciate the quick reply!",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Отправила|Прислала] фото [ещё вчера|{n} часов назад], [ответа нет|тишина]",
            "[Опять шаблон|Снова отписка]. [А деньги|А замена] где? {sigh}",
            "[Обещали перезвонить|Сказали, свяжутся] — [никто не позвонил|ничего]. [Ну такое"
            "|Печально][ {e_neg}| {e_neg}|]",
        ),
        en=(
            "sent photos [yesterday|{n} hours ago], still nothing",
            "[another template reply|copy-paste again]. where's my [refund|replacement]?",
        ),
    ),
    review_pos=Texts(
        ru=(
            "{good}. [Беру постоянно|Беру уже не первый год]. [Рекомендую|Пять звёзд].",
            "[Отличная|Хорошая] крупа. {good}. [Варили|Готовили] {dish_home} — [семье "
            "понравилось|все довольны].",
            "[Качество на уровне|Держат качество]: {good}. [Цена адекватная|Дороговато, но "
            "оно того стоит].",
            "[Купила|Покупаю] {shop}. {good}, [упаковка прочная|ни одного камешка].",
        ),
        en=(
            "{good}. [buy it all the time|my go-to]. [5 stars|recommend].",
            "Great quality: {good}. [Made|Cooked] {dish_home} — [family loved it|turned out "
            "great].",
        ),
    ),
    review_neg=Texts(
        ru=(
            "{meh}. [Раньше было лучше|Качество упало]. [Не рекомендую|Больше не беру].",
            "[Купила|Брала] {shop}. {meh}, [вдобавок|а ещё] [пачка надорвана|срок почти "
            "истёк].",
            "[Одна звезда|Ставлю 1] за то, что {meh}. [Производителю писала — ноль реакции"
            "|Верните старое качество].",
            "[Разочарование|Неприятно удивлена]: {meh}. [За такую цену|При таком ценнике] "
            "[ожидала большего|это несерьёзно].",
        ),
        en=(
            "{meh}. [quality went down|used to be better]. [not recommended|won't buy again].",
            "Bought it {shop}. {meh}, plus [the bag was torn|it was close to expiry].",
            "One star because {meh}. [wrote to the company, nothing|bring back the old "
            "quality].",
            "[Disappointed|Very disappointed]: {meh}. [not at this price|expected better].",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. [Благодарим за отзыв|Спасибо за обратную связь]. "
            "[Нам жаль|Сожалеем], что [продукт не оправдал ожиданий|так получилось]. "
            "[Напишите нам на почту с номером партии|Свяжитесь с нами через сайт] — "
            "[заменим|разберёмся].",
            "[Приносим извинения|Извините]. [Информация передана в отдел качества|Отзыв "
            "передан технологам]. [Спасибо, что помогаете нам стать лучше|Мы учтём ваши "
            "замечания].",
        ),
        en=(
            "[Hello|Hi], thank you for the review. We're sorry the product [disappointed you"
            "|fell short]. Please [email us the batch number|contact us via our website] and "
            "we'll make it right.",
            "[We apologise|Sorry]. [Your feedback has been passed to quality control|We've "
            "shared this with our technologists].",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "[Спасибо|Благодарим] за [отзыв|тёплые слова]! [Приятного аппетита|Вкусных каш] "
            "🌾",
            "[Рады|Очень рады], что [понравилось|вам нравится]! [Передадим команде|Это очень "
            "приятно].",
        ),
        en=(
            "Thank you for the [review|kind words]! Enjoy 🌾",
            "[So glad|Happy] you like it! [The team says thanks|Means a lot].",
        ),
    ),
    review_dispute=Texts(ru=()),
    official_post=Texts(
        ru=(
            "[Рецепт недели|Что приготовить на ужин]: {dish_home}. [Рецепт — в карточках"
            "|Пошагово — в карусели] 🌾",
            "[Новинка|Встречайте]: {grain} [уже на полках|в продаже]! [Ищите|Спрашивайте] "
            "{shop}",
            "[Как мы проверяем|Рассказываем, как проверяем] каждую партию: [лаборатория, "
            "сита, контроль влажности|три ступени очистки]. [Подробнее — по ссылке|Смотрите "
            "видео].",
            "[Розыгрыш!|Дарим подарки!] [Запас крупы на год|Корзина наших круп] — [трём "
            "подписчикам|одному из вас]. [Условия|Чтобы участвовать]: [подписка и комментарий"
            "|расскажите свой любимый рецепт].",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Сегодня были на поле|Съездили к фермерам] [на Алтае|под Тамбовом]. [Урожай в "
            "этом году|Гречка в этом сезоне] [хороший|обещает быть отличной] 🌾",
            "[Восемь лет назад|Когда-то] [я фасовала гречку сама|мы начинали с одного цеха], "
            "[а теперь|сейчас] [нас {n} человек|у нас своя лаборатория]. [Спасибо команде"
            "|Горжусь].",
            "[Часто спрашивают|Мне часто пишут], [почему гречка дорожает|как выбрать крупу]. "
            "[Отвечу подробно|Разберу] [в следующем посте|завтра].",
            "[Сегодня|На этой неделе] [выступаю|выступила] на [форуме малого бизнеса"
            "|конференции производителей] {city}. [Говорили про|Тема —] [честную маркировку"
            "|фермерские поставки].",
            "[Утро начинаю|Утро началось] с [каши|тарелки гречки с маслом]. [Неизменно"
            "|Двадцать лет подряд]. [А вы?|Кто со мной?]",
            "[Ищем в команду|Нам нужен] [технолог|менеджер по закупкам]. [Пишите в личку"
            "|Резюме — в бот].",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Сравнила|Сравнил] гречку [пяти|шести] марок [вслепую|по всем параметрам]: "
            "[лучшая|первое место] — {b}. {good}.",
            "[Мой|Любимый] [рецепт|лайфхак] недели: {dish_home} из {b_gen}. {good} {e_pos}",
            "[Не реклама|Без рекламы]: {b} [уже год у меня на кухне|— моя база]. {good}.",
        ),
        en=(
            "[Blind-tested|Tested] buckwheat from [five|six] brands: {b} [wins|came out on "
            "top]. {good}.",
            "Not an ad: {b} {grain} is a pantry staple for me. {good}.",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Проверили|Отправили в лабораторию] крупу [пяти брендов|разных брендов]. {b} — "
            "[не лучший результат|на последнем месте]: {meh}.",
            "[Раньше я всем советовала|Я рекомендовала] {b_acc}, [но сейчас|а теперь] {meh}. "
            "[Удаляю "
            "из списка|Больше не советую].",
        ),
        en=(
            "[Lab tested|We tested] grains from several brands. {b} [came last|did badly]: "
            "{meh}.",
            "Used to recommend {b}, but now {meh}. [off my list|not anymore].",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Хор|Наш хор] [разучивает|репетирует] «Полюшко-поле» [к 9 Мая|к концерту], "
            "[мурашки|красиво до слёз]",
            "[Включила|Поставила] «Полюшко-поле» [в исполнении Александровцев|в оркестровой "
            "версии], {who} [слушает на повторе|притих]",
            "[Детский сад|Садик] «Полюшко» [набирает группу|открыл набор] [на осень|с "
            "сентября]",
            "[Вечер|Закат], [полюшко за домом|за деревней полюшко] [всё в ромашках|золотое] "
            "{e_pos}",
            "[Учусь играть|Разучиваю] «Полюшко-поле» на [баяне|гитаре|укулеле]. [Пальцы "
            "болят|Получается] {lol}",
            "[Фигуристка|Наша фигуристка] [откатала программу|выступила] под «Полюшко-поле», "
            "[красиво|зал встал]",
            "Ой ты полюшко моё, [широкое|раздольное] — [так бабушка пела|бабушка напевала] "
            "[за прялкой|в огороде]",
        ),
        en=(
            "The Red Army Choir doing Polyushko Polye [still gives me chills|is unreal]",
            "[Learning|Practising] Polyushko Polye on [accordion|piano] {lol}",
            "[Figure skater|Skater] [performed|skated] to Polyushko Polye [and nailed it"
            "|tonight]",
            "Polyushko Polye [came on shuffle|is stuck in my head] {e_pos}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[Опять|Снова] из колонки соседа «Полюшко-поле» [в семь утра|на всю громкость], "
            "[сил нет|за что] {e_neg}",
            "[Полюшко за деревней|Наше полюшко] [застроили|распахали под коттеджи], [жалко"
            "|грустно] {e_neg}",
            "[Хор фальшивил|На концерте так фальшивили] «Полюшко-поле», [что уши свернулись"
            "|что хотелось выйти]",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Волна»
VOLNA = BrandTexts(
    vocab=Vocab(
        ru={
            "svc": ("интернет на симке", "роуминг по России", "переход со своим номером",
                    "интернет для дома", "автоплатёж", "кабинет абонента",
                    "безлимит на мессенджеры в роуминге", "VoLTE", "межгород", "wi-fi звонки"),
            "tariff": ("«Штиль»", "«Прилив 50»", "«Лагуна»", "«Шторм Безлимит»", "«Отлив»",
                       "«Гольфстрим»"),
            "where": ("в электричке до Подольска", "на даче под Рязанью",
                      "в лифте нашей девятиэтажки",
                      "в цокольном этаже нашего офиса", "на подземной парковке торгового центра",
                      "у бабушки в деревне под Кимрами",
                      "в метро между станциями", "на трассе М-4", "в новом ЖК за кольцевой",
                      "в спортзале", "на работе в цеху", "на городском пляже"),
            "meh": ("интернет пропадает каждые пять минут", "разговор обрывается через минуту",
                    "списали деньги за подписку, которую я не подключал",
                    "в приложении вечная ошибка", "скорость как у модема из нулевых",
                    "в чате поддержки бот гоняет по одному и тому же меню",
                    "смс с кодами приходят через час",
                    "абонентку подняли, а предупредить забыли", "связь в одну палку",
                    "ночью всё отваливается", "роуминг съел весь баланс за день",
                    "собеседника не слышно, одно бульканье"),
            "good": ("интернет летает даже в метро",
                     "поддержка ответила за пару минут и всё починила",
                     "тариф дешевле, чем у конкурентов", "перенос номера прошёл за день",
                     "связь не пропадает даже на даче",
                     "гигабайты не сгорают, переносятся на следующий месяц",
                     "eSIM подключили прямо в приложении"),
            "dn_head": ("очередная", "новая", "вторая", "первая", "мощная", "настоящая",
                        "сильнейшая", "целая", "резкая", "весенняя", "осенняя"),
            "dn_tail": ("сокращений", "гриппа", "ковида", "липкой жары", "холода",
                        "хейта", "банкротств", "паники", "отменённых электричек", "мошенничества",
                        "критики", "подорожания", "ОРВИ"),
            "guard_venue": ("в салоне связи на Гагарина", "в офисе продаж в ТЦ «Северный»",
                            "в салоне у главной проходной завода"),
            "ignored_issue": ("не могу восстановить сим-карту после кражи телефона",
                              "списывают абонентку за отключённую услугу",
                              "перенос номера висит в статусе «обработка»"),
            "gaffe_topic": ("абонентов, которые ноют из-за пропавшей связи на даче",
                            "пенсионеров, которые не умеют пользоваться приложением"),
            "fake_claim": ("продают базы номеров абонентов мошенникам",
                           "с понедельника отключают безлимит всем, кто не перейдёт на новый "
                           "тариф",
                           "симки можно взломать через бесплатный вай-фай в салонах"),
        },
        en={
            "svc": ("mobile data add-ons", "roaming", "porting my old number", "home fiber",
                    "autopay",
                    "the personal account", "wi-fi calling", "VoLTE"),
            "tariff": ("Shtil", "Priliv 50", "Laguna", "Shtorm Unlimited", "Golfstrim"),
            "where": ("on the 7:40 commuter train", "at my dacha near Ryazan",
                      "in the lift of our old block",
                      "in the basement archive at work", "on the M-4 highway", "at my gym",
                      "in the metro between stations", "at my grandma's village"),
            "meh": ("data drops every five minutes", "calls die halfway through a sentence",
                    "they charged me for a subscription I never added",
                    "the app keeps throwing errors", "speeds are stuck in 2005",
                    "support is a bot going in circles", "sms codes arrive an hour late",
                    "my plan got pricier without warning", "one bar of signal at best",
                    "roaming ate my whole balance in a day"),
            "good": ("data flies even in the metro", "support fixed it in two minutes",
                     "the plan is cheaper than the others",
                     "they moved my number across by the next morning",
                     "signal holds even at the dacha", "unused gigs roll over to next month"),
            "dn_head": ("another", "a whole new", "a brutal", "a third", "a nasty new"),
            "dn_tail": ("of stomach flu", "of sticky July heat", "of cancellations",
                        "of online hate", "of bankruptcies",
                        "of rent hikes"),
            "guard_venue": ("in the store on Gagarin street",
                            "in the sales office at the Severny mall"),
            "ignored_issue": ("I can't get my SIM restored after my phone was stolen",
                              "they bill me every month for a service I turned off"),
            "gaffe_topic": ("subscribers who whine about losing signal at their dachas",
                            "older folks who keep calling instead of using the app"),
            "fake_claim": ("they sell subscriber numbers to scammers",
                           "unlimited data ends on monday for everyone who doesn't switch "
                           "plans"),
        },
    ),
    positive=Texts(
        ru=(
            "[Перешёл|Перешла] на {b_acc} [месяц назад|по переносу номера] — {good}"
            "[ {e_pos}| {e_pos}|]",
            "{b} [даже|] {where} [ловит|тянет], {good}. [Не ожидал|Приятно]",
            "[Тариф|Взял тариф] {tariff} у {b_gen}: [гигов хватает|всё включено], {good}",
            "[Респект|Спасибо] {b_dat}: {good}[ {e_pos}| {e_pos}|]",
            "{who} [ругается|ворчит] на свою связь, а у меня {b} и {good} {lol}",
            "[Сравнил|Замерил] скорость {where}: {b} [быстрее всех|впереди], {good} {e_pos}",
            "[Уже {n} лет|Который год] с {b_ins}, [и ни разу не пожалел|уходить не "
            "собираюсь]. {good}",
            "{svc} у {b_gen} [наконец-то|теперь] [работает как надо|без косяков], {good}",
        ),
        en=(
            "Switched to {b} [last month|recently] and {good}[ {e_pos}| {e_pos}|]",
            "{b} [actually|even] works {where}. {good}",
            "Got the {tariff} plan from {b}. {good}[ {e_pos}| {e_pos}|]",
            "[Shoutout|Props] to {b}: {good}",
            "[{n} years|Years] with {b} and [no regrets|still happy]. {good}",
        ),
        mixed=(
            "{b} {where} — [signal full|full bars], {good} {e_pos}",
            "[Honestly|Честно], тариф {tariff} у {b_gen} — [best deal|лучший вариант], {good}",
            "Перешёл на {b_acc}, [so far so good|пока всё супер]: {good}",
        ),
    ),
    neutral=Texts(
        ru=(
            "[Как у|Какая у] {b_gen} связь {where}? [Собираюсь туда на неделю|Еду в "
            "командировку]",
            "[Кто|Кто-нибудь] [на|сидит на] {b_pre}, {tariff} [норм|стоит того]? {e_meh}",
            "В {b_pre} [поменяли|обновили] [условия|цены] по тарифу {tariff}, [читаю мелкий шрифт"
            "|разбираюсь, что изменилось] {e_meh}",
            "[Как подключить|Как включить] {svc} у {b_gen}? [Подскажите|Где там кнопка?]",
            "[Пришла смс|Пришло уведомление] от {b_gen} [про новый тариф|про изменения в "
            "договоре], [кто читал|что там]? {e_meh}",
            "[Переношу|Хочу перенести] номер в {b_acc}, [сколько по времени|какие документы "
            "нужны]?",
            "[Открылся|Открыли] салон {b_gen} {city}[, рядом с рынком|, в новом ТЦ|]",
            "[Есть|А есть] у {b_gen} [eSIM|семейный тариф|тариф для ребёнка]? [Хочу взять "
            "маме|Ищу сыну][ {e_meh}|]",
            "[Оплачиваю|Плачу за] {b_acc} [через приложение банка|автоплатежом], [удобно|так "
            "привычнее] {e_meh}",
            "[Сравниваю|Выбираю между] {b_ins} и [Т2|МТС] [для поездки|для дачи], [советы"
            "|мнения]?",
            "{when} [звонил|дозвонился] в поддержку {b_gen}, [ответили через {n} минут"
            "|оператор ответил], [вопрос закрыли|ну ок]",
        ),
        en=(
            "How's {b} coverage {where}? [heading there next week|asking before a trip]",
            "Anyone on {b} {tariff}? [worth it?|thoughts?]",
            "{b} [changed|updated] the {tariff} terms, [reading the fine print now|not sure "
            "what's different] {e_meh}",
            "How do I [turn on|set up] {svc} with {b}?",
            "[Porting|Moving] my number to {b}, how long does it take?",
            "Does {b} [do eSIM|have a family plan|have a kids plan]?",
            "[Called|Chatted with] {b} support {when}, [got through in {n} minutes|it was "
            "fine]",
            "{b} [opened|has] a new store {city}[ near the market|]",
        ),
        mixed=(
            "{b} {tariff} — [worth it|норм] или [нет|nah]?",
            "Кто-нибудь юзает {svc} у {b_gen}? [Как оно|Any issues]?",
            "[Скоро буду жить|Now living] {city}, {b} там [ok|нормально ловит]?",
        ),
    ),
    negative=Texts(
        ru=(
            "{b}, [вы издеваетесь|серьёзно]? {meh}[ {e_neg}| {e_neg}|]",
            "{where} {b} [вообще не ловит|ноль делений], {meh}. {sigh}",
            "[Пятый|{n}-й] день подряд: {meh}. Спасибо, {b}[ {e_neg}| {e_neg}|]",
            "[Ухожу|Сваливаю] от {b_gen}, [надоело|достало]: {meh}",
            "В {b_pre} [без предупреждения|тихо] [подняли цену на {tariff}|перевели меня на другой "
            "тариф], а {meh}[ {e_neg}| {e_neg}|]",
            "[Пытаюсь позвонить|Звоню] [маме|сестре|на работу] уже {n} минут — {b} "
            "[сбрасывает|не соединяет]. {meh}",
            "{svc} у {b_gen} — [отдельный вид страданий|сплошная боль]. {meh}",
            "{when} на {b_pre} [списали|сняли] с меня [{n}0 рублей|все деньги] непонятно за "
            "что, [а {meh}|и при этом {meh}]",
            "[Кто-нибудь|Хоть кто-то] [ещё|] [сидит|остался] на {b_pre}? {meh}, [или это "
            "только у меня|это норма?]",
            "[Раньше|Когда-то] у {b_gen} была [нормальная|лучшая в городе] связь, а теперь {meh}"
            "[ {e_neg}| {e_neg}|]",
            "{b} {city}: {meh}. [Платим за воздух|И это за такие деньги][ {e_neg}| {e_neg}|]",
        ),
        en=(
            "{b}, [seriously|come on]? {meh}[ {e_neg}| {e_neg}|]",
            "{b} [has zero signal|doesn't work at all] {where}, {meh}. {sigh}",
            "Day {n} of {b} [being useless|failing]: {meh}",
            "[Leaving|Done with] {b}: {meh}[ {e_neg}| {e_neg}|]",
            "{b} [quietly|silently] [raised the price on {tariff}|moved me to a pricier plan] "
            "and {meh}",
            "{svc} on {b} is [pain|a nightmare]. {meh}",
            "{b} used to be [decent|the best], now {meh}[ {e_neg}| {e_neg}|]",
            "{b} {city}: {meh}. [paying for nothing|and for that price][ {e_neg}| {e_neg}|]",
        ),
        mixed=(
            "{b} — [total fail|epic fail], {meh}[ {e_neg}| {e_neg}|]",
            "[Honestly|Честно], {b} [is a joke|это позор], {meh}",
            "{where} {b} [no signal|нет сети], {meh}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [как|где] [подключить|отключить] {svc}? [В приложении не вижу|Не нашёл в "
            "кабинете]",
            "{h} [будет ли|когда будет] [5G|нормальная связь] {where}?",
            "{h} [почему|за что] списали [{n}0 рублей|абонентку] раньше срока?",
            "{h} [можно ли|реально ли] [перейти на {tariff}|сохранить старый тариф] [без "
            "доплаты|при переносе номера]?",
            "{h} [сколько стоит|какие цены на] роуминг в [Турции|Грузии|Казахстане]?",
            "{h} [как восстановить|как заменить] сим-карту, если я [в другом городе|не "
            "владелец договора]?",
        ),
        en=(
            "{h} how do I [turn on|turn off] {svc}?",
            "{h} [is there|will there be] [5G|decent coverage] {where}?",
            "{h} can I switch to {tariff} [without a fee|and keep my number]?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} {where} [опять|снова] нет связи, {meh}. [Когда почините?|Сколько можно?]"
            "[ {e_neg}| {e_neg}|]",
            "{h} [здравствуйте|добрый день]. {meh}. [Номер в личке|Номер отправил в директ], "
            "[разберитесь|проверьте]",
            "{h} [вы|] [подключили|навязали] мне [платную подписку|какую-то услугу] без "
            "согласия, [верните деньги|отключите немедленно][ {e_neg}| {e_neg}|]",
            "{h} {svc} [не работает|глючит] [с утра|уже {n} часов], {meh}",
            "{h} [{n}-й|который] раз пишу: {meh}. [Оператор на линии бросает трубку|В чате "
            "только бот][ {e_neg}| {e_neg}|]",
            "{h} [почему|с какой стати] тариф {tariff} [подорожал|стал дороже], [я "
            "соглашался на другое|в договоре такого нет]?",
            "{h} [я плачу|плачу исправно], а {meh}. [Хочу перерасчёт|Требую компенсацию]",
            "{h} [перенос номера|переход к вам] [висит|завис] [{n} дней|неделю], [номер не "
            "работает|сижу без связи]",
            "{h} [мама|бабушка] [не может дозвониться|не слышит меня], {meh}. [Это уже не "
            "смешно|Сделайте что-нибудь]",
        ),
        en=(
            "{h} no signal {where} again, {meh}. [when will you fix it?|how long?]",
            "{h} hi, {meh}. [DM'd you my number|number in DMs], please check",
            "{h} you [added|signed me up for] a paid subscription without asking. [refund "
            "please|cancel it now][ {e_neg}| {e_neg}|]",
            "{h} {svc} [has been down|stopped working] for {n} hours, {meh}",
            "{h} [{n}th|third] time writing: {meh}. [support bot is useless|your hotline "
            "hangs up]",
            "{h} why did {tariff} go up? [didn't agree to this|not in my contract]",
            "{h} I pay every month and {meh}. [want a recalculation|need compensation]",
            "{h} number porting [stuck for {n} days|still pending], [no service|phone "
            "useless]",
        ),
    ),
    comment=Texts(
        ru=(
            "[Лучше бы|А может] связь {where} [починили|сделали], [а не вот это всё|чем посты "
            "пилить]",
            "{tariff} [огонь|беру] {e_pos}",
            "[А {city}|А в регионах] [это будет|тоже работает]?",
            "{meh}, а у вас [конкурсы|розыгрыши][ {e_neg}| {e_neg}|]",
            "[Круто|Наконец-то], {good}",
            "[Когда|А когда] {svc} [починят|запустят нормально]? {e_meh}",
        ),
        en=(
            "[fix the coverage|how about fixing signal] {where} first",
            "{tariff} looks [good|decent] {e_pos}",
        ),
    ),
    reply=Texts(
        ru=(
            "[Та же беда|Та же фигня], у меня тоже {meh}",
            "[Хм|Странно], у меня [всё ок|норм]: {good}",
            "{lol} [добро пожаловать в клуб|классика жанра]",
            "[Перезагрузи телефон|Включи и выключи режим полёта], [мне помогло|помогает]",
            "[Пиши в поддержку|Звони на линию], мне [вернули|пересчитали] деньги",
            "[Это у них|Это у всех] {where} так, {sigh}",
            "Я от {b_gen} [ушёл год назад|ещё весной ушёл], [не жалею|и счастлив]",
            "[Напиши {h}|Тегни {h}], [они отвечают|может, ответят]",
            "[Вышку рядом|У нас вышку] [поставили|починили], теперь [норм|летает]",
        ),
        en=(
            "same [here|issue], {meh}",
            "[weird|huh], mine's fine, {good}",
            "{lol} welcome to the club",
            "[try|just do] airplane mode on and off, [works for me|fixed it for me]",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Сожалеем|Нам жаль], что [возникли сложности|так "
            "вышло]. [Пришлите номер в личные сообщения|Напишите номер телефона в личку] — "
            "[проверим|посмотрим] [линию|сеть] в вашем районе.",
            "[Здравствуйте|Привет]! [Проверили|Посмотрели]: [в районе ведутся плановые "
            "работы|на базовой станции авария], [восстановим|исправим] [до вечера|в течение "
            "суток].",
            "[Спасибо, что написали|Благодарим за обращение]! [Списание проверим|Проверим "
            "начисления] и [вернём деньги|сделаем перерасчёт], если [ошибка подтвердится|это "
            "наша ошибка].",
            "[Добрый день|Здравствуйте]! [Управлять услугами|Подключить и отключить услугу] "
            "можно [в приложении в разделе «Услуги»|в личном кабинете] или [по короткому "
            "номеру|в чате].",
            "[Извините за ожидание|Простите за долгий ответ]. [Заявку передали техническим "
            "специалистам|Создали заявку], [номер заявки в личке|ответ придёт в смс].",
            "[Здравствуйте|Добрый вечер]! [Платных подписок|Подписок] без согласия [мы не "
            "подключаем|быть не должно], [напишите в личку — разберёмся|давайте проверим "
            "вместе].",
            "[Здравствуйте|Добрый день]! [Перенос номера|Переход] [занимает до 8 дней"
            "|обычно занимает несколько дней], [статус можно посмотреть|статус виден] в "
            "приложении.",
        ),
        en=(
            "[Hello|Hi]! Sorry for the trouble. Please DM us your number and we'll check the "
            "network in your area.",
            "[Hi|Hello]! There's [planned maintenance|an outage at a base station] nearby, "
            "[we'll fix it by tonight|it should be restored within a day].",
            "Thanks for reaching out! We'll [check the charges|look into the billing] and "
            "refund you if it's our mistake.",
            "[Hi|Hello]! You can manage {svc} [in the app|in your account] or via chat.",
        ),
    ),
    thanks=Texts(
        ru=(
            "[Спасибо|Спс], [связь вернулась|заработало][ {e_pos}| {e_pos}|]",
            "[О, вернули деньги|Перерасчёт сделали], [спасибо|приятно]",
            "[Быстро ответили|Оперативно], [спасибо|уважаю]",
            "[Всё работает|Починили], [спасибо большое|благодарю]!",
        ),
        en=(
            "thanks, [it's working now|signal's back] {e_pos}",
            "[refund came|got the refund], thank you!",
        ),
    ),
    still_broken=Texts(
        ru=(
            "[Написал|Отправил] номер [ещё вчера|{n} часов назад] — [тишина|ничего не "
            "изменилось][ {e_neg}| {e_neg}|]",
            "[Работы|Ваши плановые работы] [уже неделю|третий день], [связи так и нет|всё "
            "так же]. {sigh}",
            "[Опять|Снова] шаблонный ответ, а [деньги не вернули|подписка висит]",
            "[Перезагружал|Всё перезагрузил] [, как вы советовали|по инструкции], [не помогло"
            "|толку ноль]",
        ),
        en=(
            "DM'd [yesterday|{n} hours ago], still [no signal|nothing]",
            "[another|same] template reply, [refund never came|subscription still active]",
        ),
    ),
    review_pos=Texts(
        ru=(
            "{good}. [Пользуюсь {n} лет|Давно пользуюсь]. [Рекомендую|Пять звёзд].",
            "[В салоне|В офисе] [быстро оформили|помогли перенести номер]. {good}.",
            "[Хороший оператор|Нормальный оператор] за свои деньги: {good}.",
            "[Перешёл от конкурента|Сменил оператора] и [не жалею|доволен]. {good}.",
        ),
        en=(
            "{good}. [been using it for years|solid operator]. [5 stars|recommend].",
            "[Switched from another operator|Changed carriers] and [no regrets|happy so "
            "far]. {good}.",
        ),
    ),
    review_neg=Texts(
        ru=(
            "{meh}. [Поддержка бесполезна|Операторы не помогают]. [Ухожу|Не рекомендую].",
            "[Оформил|Подключила] {tariff}, [через месяц|а через неделю] {meh}. [Обман"
            "|Развод].",
            "[Одна звезда|Кол] за то, что {meh}, [а в салоне разводят руками|а в чате бот].",
            "[Связь|Покрытие] {where} [никакая|отсутствует], {meh}.",
            "[Навязывают подписки|Списывают за непонятные услуги], {meh}. [Будьте "
            "внимательны|Проверяйте детализацию].",
        ),
        en=(
            "{meh}. [support is useless|nobody helps]. [leaving|avoid].",
            "Signed up for {tariff}, [a month later|a week in] {meh}. [scam|ripoff].",
            "One star because {meh}, [and the store staff just shrug|support is a bot].",
            "[No coverage|Coverage is terrible] {where}, {meh}.",
            "[They add|Random] paid subscriptions, {meh}. [check your bill|be careful].",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. [Благодарим за отзыв|Спасибо за обратную связь]. "
            "[Сожалеем|Нам жаль], что [возникли трудности со связью|впечатление осталось "
            "негативным]. [Напишите нам в чат приложения|Обратитесь в поддержку по короткому "
            "номеру] — [проверим|разберёмся].",
            "[Приносим извинения|Извините] за [неудобства|ситуацию]. [Информация передана "
            "техническим специалистам|Обращение зарегистрировано], [ответим в ближайшее "
            "время|с вами свяжутся].",
        ),
        en=(
            "[Hello|Hi], thank you for the feedback. We're sorry about [the connection issues"
            "|your experience]. Please [message us in the app chat|contact support] and "
            "we'll look into it.",
            "[We apologise|Sorry] for the [inconvenience|trouble]. [Your case has been passed "
            "to our engineers|A ticket has been opened].",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "[Спасибо|Благодарим] за [отзыв|высокую оценку]! [Остаёмся на связи|Всегда на "
            "связи] 📶",
            "[Рады|Очень рады], что [всё понравилось|вы с нами]! [Передадим команде|Это "
            "приятно].",
        ),
        en=(
            "Thank you for the [review|high rating]! [Stay connected|Always here for you] 📶",
            "[So glad|Happy] you're with us!",
        ),
    ),
    review_dispute=Texts(ru=()),
    official_post=Texts(
        ru=(
            "[Новый тариф|Встречайте тариф] {tariff}: [безлимит на мессенджеры|больше "
            "гигабайт за ту же цену]. [Подключайте в приложении|Переход бесплатный].",
            "[Поставили новые станции|Усилили сеть 4G] {city}. [Проверяйте|Делитесь скоростью "
            "в комментариях]!",
            "[Плановые работы|Внимание]: [в ночь на субботу|этой ночью] {city} [возможны "
            "перебои|связь может пропадать]. [Приносим извинения|Спасибо за понимание].",
            "{svc} [теперь доступен|стал удобнее] [в приложении|в два клика]. [Инструкция — "
            "в карточках|Подробнее по ссылке].",
            "[Розыгрыш|Конкурс]: [три смартфона|годовой тариф бесплатно] [среди подписчиков"
            "|за репост]. [Итоги в пятницу|Удачи]!",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Сегодня|На этой неделе] [запустили|включили] [{n} новых базовых станций|новые "
            "станции] {city}. [Команда сети — огонь|Спасибо инженерам].",
            "[Прилетел|Вернулся] с [MWC|отраслевой выставки]. [Главный тренд|Что увидел] — "
            "[ИИ в поддержке|открытые сети|спутниковая связь]. [Напишу подробнее|Расскажу "
            "позже].",
            "[Провёл день|Посидел день] [в колл-центре|на линии поддержки]. [Узнал много "
            "нового|Очень отрезвляет]. [Рекомендую всем менеджерам|Выводы сделаем].",
            "[Мысль дня|Думаю о том], что [связь|мобильный интернет] — [как электричество|как вода "
            "в кране]: [замечают, только когда пропадает|никто не хвалит, все просто ждут].",
            "[Подвели итоги|Итоги] [квартала|полугодия]: [абонентов стало больше|выручка "
            "выросла], [отток снизился|NPS растёт]. [Спасибо команде|Работаем дальше].",
            "[Выходные|Воскресенье] [на рыбалке|в горах] без связи — [самый честный тест "
            "покрытия|урок смирения] {lol}",
            "[Выступаю|Завтра выступаю] на [форуме по цифровой экономике|конференции "
            "операторов] {city}. [Тема|Расскажу] — [как мы строим сеть в регионах|почему "
            "тарифы будут проще].",
            "[Читаю|Дочитал] [«Принципы» Рэя Далио|книгу про Nokia]. [Очень рекомендую|Много "
            "про то, как не проспать перемены].",
            "[Поздравляю|Поздравляем] [инженеров|нашу техподдержку] с [профессиональным "
            "праздником|Днём радио]! [Без вас ничего бы не работало|Вы лучшие].",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Замерил|Прогнал] скорость [всех операторов|четырёх операторов] {city}: {b} [в "
            "лидерах|на первом месте]. {good}.",
            "[Не реклама|Это не реклама], но {b} — [приятный сюрприз|реально хороший оператор]: "
            "{good}",
            "[Полгода|Год] на {b_pre}: [честный отзыв|итоги]. {good} {e_pos}",
            "[Проехал по трассе|Прокатился через всю область] [с тремя симками|с тестом "
            "связи], [симка {b_gen} ловила лучше всех|у {b_gen} сеть не пропадала]. {good}",
        ),
        en=(
            "Speed-tested every carrier {city}: {b} [came out on top|wins]. {good}.",
            "Not an ad, but {b} [surprised me|is solid]: {good}",
            "[Six months|A year] on {b}: {good} {e_pos}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Разбор|Честный разбор] {b_gen}: {meh}. [Не советую|Думайте сами].",
            "[Подписчики жалуются|Вы пишете мне] на {b_acc} [каждый день|пачками]. [Проверил"
            "|Проверила]: {meh}.",
            "{b} [уже не торт|— всё, приехали]: {meh}, [а тарифы растут|а цены только вверх].",
        ),
        en=(
            "Honest take on {b}: {meh}. [not recommended|skip].",
            "{b} has [gone downhill|fallen off]: {meh}.",
        ),
    ),
    decoy=Texts(
        ru=(
            "[На море сегодня|Сегодня на море] [такая волна|волна метра два], [серферы "
            "счастливы|детей в воду не пускаем] {e_pos}",
            "[Стадион|Весь стадион] [запустил|поднял] волну, [даже охрана встала|мурашки] "
            "{lol}",
            "[Мы с тобой|Мы с ней] на одной волне, [даже слов не надо|понимаем без слов] {e_pos}",
            "Волна [прошла|перехлестнула] через [пирс|набережную], [все мокрые|вот это "
            "зрелище] {lol}",
            "[Укладка|Причёска] «голливудская волна» [за 15 минут|на выпускной], [делюсь"
            "|сохраняйте] {e_pos}",
            "[Новая|Вторая] волна [тюльпанов|цветения сакуры] [в ботаническом саду|в парке], "
            "[успевайте|красота] {e_pos}",
            "[Нашёл|Достал] [дедов приёмник|старое радио], [любимая|нужная] волна [ловится"
            "|ещё ловится] {e_pos}",
            "[Французская новая волна|Новая волна в кино] — [мой любимый период|вчера "
            "посмотрела Годара], [кто ещё фанат?|обожаю]",
            "[На физике|Сегодня на физике] [разбирали|проходили], как [звуковая|световая] "
            "волна [отражается|преломляется]. {who} [в шоке|ничего не понимает]",
            "[Кафе|Ресторанчик] «Волна» на набережной [открылся после ремонта|работает до "
            "утра], [рыба свежая|вид на море][ {e_pos}|]",
            "[И тут|Вечером] накатила волна ностальгии: [нашла старые кассеты|пересматриваю "
            "фотки] {e_pos}",
            "[Мексиканская|Живая] волна на [трибунах|концерте] [прошла {n} кругов|обошла "
            "весь стадион] {lol}",
            "[Тёплая|Ласковая] волна, песок, [книжка|лимонад] — [отпуск удался|вот и всё "
            "счастье] {e_pos}",
            "[Поймал|Словил] волну [на сапборде|на доске] [впервые|с {n}-й попытки]! "
            "[Стою!|Получилось!] {e_pos}",
            "Волна [вдохновения|энтузиазма] [накрыла|пришла], [сижу рисую|переставила всю "
            "мебель] {lol}",
        ),
        en=(
            "[Russian word of the day|Word of the day]: volna — wave. [As in|Example:] "
            "«[большая|высокая] волна»",
            "[Two nights at|Spent the weekend at] the Volna guesthouse [near Anapa|in Gelendzhik], "
            "[the sea is right outside|breakfast on the balcony every day] {e_pos}",
            "the Volna [ferry|boat] [to the island|across the bay] [is running again|was "
            "lovely today]",
            "[our choir|the band] [sang|played] \"Volna\" [tonight|at the festival], "
            "[beautiful|goosebumps]",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[На заводе|У нас в конторе] {dn_head} волна {dn_tail}, [все сидят тихо|ждём "
            "писем из отдела кадров] {e_neg}",
            "[В новостях|По телику] [опять|снова] {dn_head} волна {dn_tail} {city}. {sigh}",
            "{who} [говорит|уверяет], что {dn_head} волна {dn_tail} [будет до весны|только "
            "начинается]",
            "[Не успели|Только начали] [отойти|прийти в себя], а тут {dn_head} волна "
            "{dn_tail}[ {e_neg}| {e_neg}|]",
            "[Похоже|Кажется], {dn_head} волна {dn_tail} [накрыла весь город|добралась и до "
            "нас]. [Аптеки пустые|Кругом одни разговоры об этом]",
            "[Врачи предупреждают|Синоптики обещают|Эксперты пишут]: {dn_head} волна "
            "{dn_tail} [ожидается|придёт] [к концу месяца|через {n} дней]",
            "[Ну всё|Приехали], {dn_head} волна {dn_tail}. [Держимся|Запасаемся терпением]"
            "[ {e_neg}| {e_neg}|]",
            "[Утро|День] начинается с [того|новости], что {dn_head} волна {dn_tail} [в "
            "разгаре|бьёт рекорды]. [Прекрасно|Отличная пятница] {e_meh}",
            "[В чате|В родительском чате] [все обсуждают|паника]: {dn_head} волна {dn_tail}, "
            "[половина класса дома|что делать]",
            "[Тяжёлый|Нервный] [месяц|сезон]: {dn_head} волна {dn_tail}, [а тут ещё|да ещё и] "
            "[ремонт|дедлайны|ипотека]",
            "[Сколько можно|Когда это кончится]? {dn_head} волна {dn_tail} за [полгода|год], "
            "{sigh}",
        ),
        en=(
            "[The|Our] Volna ferry [is cancelled again|is stuck in port], and now {dn_head} "
            "wave {dn_tail}. {sigh}",
            "Hotel Volna {city} [was a disaster|had no hot water for three days][ {e_neg}| "
            "{e_neg}|]",
            "{who} [says|thinks] {dn_head} wave {dn_tail} is [just starting|coming]",
        ),
    ),
)

# ------------------------------------------------------------------------------ other things
INFLUENCER_OTHER = Texts(
    ru=(
        "[Новый выпуск|Вышел новый ролик]: [тестирую|разбираю] [пять|три] [роботов-"
        "пылесосов|электросамокатов]. [Ссылка в профиле|Смотрите до конца]",
        "[Доброе утро|Всем привет] {city}! [Сегодня|В эту субботу] [встреча с подписчиками"
        "|автограф-сессия] [в 15:00|в 18:00]",
        "[Рецепт|Готовим] [сырников|шакшуки|окрошки] [за 10 минут|как в кафе] — "
        "[сохраняйте|пишите, как вам] {e_pos}",
        "[Поехали|Съездили] [в Карелию|на Байкал|в Дагестан] [на машине|дикарями]. "
        "[Маршрут|Бюджет] — [в карусели|в следующем посте]",
        "[Честно|Откровенно] про [выгорание|переезд|ипотеку]: [длинный пост|тред]. {sigh}",
        "[Разыгрываю|Дарю] [наушники|айфон|сертификат на 10 000] [среди подписчиков|за "
        "репост], [итоги в воскресенье|удачи всем]",
        "[Сходили|Сходила] на [премьеру|концерт] {when}, [впечатления|делюсь]: [мощно|ну "
        "такое] {e_meh}",
    ),
    en=(
        "New video: [I tested|testing] [five|three] [robot vacuums|e-scooters] so you don't "
        "have to. Link in bio",
        "[Road trip|A week] [through Karelia|around Lake Baikal] — [full route|budget "
        "breakdown] in the thread",
        "[Giveaway|Giving away] [headphones|a new phone] to [followers|one follower], "
        "[winner on sunday|good luck]",
    ),
)
