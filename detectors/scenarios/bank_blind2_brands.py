"""Text bank `blind2`, first half: what people say about the three brands (issue 13).

Written by a writer who had not read the detectors nor the texts of the other banks; the
storm and the five crises are the other half (bank_blind2_events.py).

Forms of the vocabulary the crises share (so the other half can use them in a sentence):
- `city`: a town whose name does not decline (Сочи, Кемерово...): "в {city}" and "{city}" both work;
  `n`: a bare number; `when`: an adverbial ("вчера вечером"); `who`: a person, nominative.
- `guard_venue`: where the venue is, as an adverbial that can follow the brand ("на Садовой",
  "в ТЦ «Радуга»"): "в {b_pre} {guard_venue}".
- `found_item` / `found_short` (parallel): what was found, nominative = accusative ("болт с
  гайкой" / "болт"); English with its article ("a rusty bolt") / a bare noun ("bolt").
- `ignored_issue`: the problem as a clause without a subject pronoun, mostly starting with
  "не"/"нет" ("нет мобильного интернета в Мурино с понедельника"); English "no ..." phrases.
- `gaffe_topic`: what the executive's careless post was about, with its preposition ("про
  клиентов, которые ..."); English "about ...".
- `fake_claim`: the scare as a clause that can follow "пишут, что" (no "что" in it).
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

T = Texts

# ------------------------------------------------------------------------------ shared vocabulary
VOCAB = Vocab(
    ru={
        "city": ("Сочи", "Туапсе", "Тольятти", "Кемерово", "Иваново", "Одинцово", "Домодедово",
                 "Пушкино", "Улан-Удэ", "Кудрово", "Мурино", "Пущино", "Голицыно", "Тбилиси",
                 "Орехово-Зуево"),
        "e_meh": ("🤷", "😐", "🤔", "🫠", "😶", "🙃", "🤷‍♀️", "💁", "", "🥲"),
        "e_neg": ("😡", "🤬", "😤", "🙄", "😒", "👎", "🤢", "💩", "😩", "😑", "🤦‍♀️", "🤦‍♂️",
                  "", "😭"),
        "e_pos": ("😍", "🔥", "👍", "🤤", "😋", "❤️", "💪", "🥰", "👌", "✨", "🙌", "😊", "",
                  "💯"),
        "lol": ("ахахах", "лол", "ржу", "хд", "ору", "😂", "🤣", "аха", "пхпх"),
        "sigh": ("эх", "ну что же", "мда", "ох", "такие дела", "увы", "ну ок", "пфф", "жиза"),
        "n": tuple(str(i) for i in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                                    19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 35, 37,
                                    38, 40, 42, 45, 48, 50, 55, 60)),
        "when": ("вчера", "вчера вечером", "сегодня утром", "в эту субботу", "в выходные",
                 "позавчера", "в обеденный перерыв", "ночью", "ни свет ни заря", "на той неделе",
                 "пару часов назад", "вот прямо сейчас"),
        "who": ("муж", "жена", "сестра", "брат", "мама", "коллега", "сосед", "сын", "дочка",
                "подруга", "тёща", "начальник", "племянник"),
    },
    en={
        "city": ("Moscow", "St. Petersburg", "Kazan", "Sochi", "Tbilisi", "Novosibirsk",
                 "Yekaterinburg", "Almaty", "Belgrade", "Yerevan", "Kaliningrad"),
        "e_meh": ("🤷", "😐", "🤔", "🫠", "🙃", "", "😶‍🌫️"),
        "e_neg": ("😡", "🙄", "😤", "👎", "🤢", "😩", "🤦", "", "💀", "😮‍💨", "😭"),
        "e_pos": ("🔥", "👍", "😍", "🙌", "💯", "✨", "😋", "", "🤌", "👌", "❤️"),
        "lol": ("lol", "lmao", "haha", "😂", "💀", "lmfao", "🤣"),
        "sigh": ("ugh", "welp", "oh well then", "sigh", "meh", "smh", "classic"),
        "n": tuple(str(i) for i in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                                    19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33, 35,
                                    36, 40, 44, 45, 50, 52, 58, 65)),
        "when": ("yesterday", "late last night", "early this morning", "Saturday night",
                 "over the weekend", "today at lunch", "like an hour ago", "last week",
                 "literally just now"),
        "who": ("the wife", "my hubby", "my little sister", "my flatmate Dima", "a coworker",
                "my mom", "my youngest", "my gym buddy", "my neighbour"),
    },
)

# ------------------------------------------------------------------------------ «Сочный Бургер»
SOCHNY = BrandTexts(
    vocab=Vocab(
        ru={
            "dish": ("двойной чиз", "бургер с двойным беконом", "чикенбургер", "наггетсы",
                     "картофель по-деревенски с укропом", "ролл с курицей", "шоколадный коктейль",
                     "острый бургер с халапеньо", "комбо на двоих",
                     "сырные палочки с брусничным соусом", "детское комбо", "кольца лука в кляре",
                     "грибной бургер"),
            "spot": ("на Тверской-Ямской", "у метро Сокол", "в ТЦ «Авиапарк»",
                     "на Ленинградском вокзале", "у главного корпуса универа",
                     "на фудкорте в «Меге»", "на нашем районе", "на трассе под Тверью",
                     "в Шереметьево", "на Ленина", "около общаги"),
            "meh": ("картошка была еле тёплая", "булка подсохшая", "соуса пожалели",
                    "ждали минут двадцать", "на столах крошки", "котлета пересолена",
                    "кола выдохшаяся", "кассир не расслышал заказ с третьего раза",
                    "бургер развалился в руках", "лук сырой и горький",
                    "в зале дует из кондиционера", "салфеток не положили",
                    "киоск дважды зависал", "наггетсы резиновые", "сыр не расплавился"),
            "good": ("котлета реально сочная", "картошка хрустит", "соус огонь",
                     "булка мягкая и тёплая", "отдали за пять минут",
                     "порция больше, чем ожидал", "персонал весёлый", "чисто и не шумно",
                     "коктейль густой, как надо", "цена нормальная"),
            "promo": ("второй бургер за рубль", "комбо «Обед» за 299",
                      "коктейль в подарок к заказу от 500", "двойные баллы по средам",
                      "детский набор со скидкой 30 %", "картошка бесплатно по пятницам"),
            "guard_venue": ("на Садовой", "в ТЦ «Радуга»", "у Финляндского вокзала",
                            "на Профсоюзной"),
            "found_item": ("синий пластырь", "длинный чёрный волос",
                           "кусок металлической мочалки", "острый осколок стекла"),
            "found_short": ("пластырь", "волос", "кусок мочалки", "стекло"),
            "ignored_issue": ("не начисляются баллы за заказы в приложении",
                              "не возвращают деньги за отменённую доставку",
                              "не работает оплата картой в приложении, заказ висит в «обработке»"),
            "gaffe_topic": ("про гостей, которые жалуются на цены",
                            "про тех, кто пишет плохие отзывы",
                            "про студентов, которые сидят в зале с одним чаем"),
            "fake_claim": ("в котлеты подмешивают мясо с истёкшим сроком из других точек",
                           "на кухне одной из точек работал повар с гепатитом А, а её тихо закрыли",
                           "в соус для картошки добавляют технический жир"),
        },
        en={
            "dish": ("double cheeseburger", "bacon double", "chicken burger", "nugget box",
                     "box of seasoned wedges", "spicy chicken wrap", "milkshake", "jalapeño burger",
                     "onion ring basket", "mushroom burger", "kids meal"),
            "spot": ("near the station", "in the mall by my work", "downtown", "by the university",
                     "at Sheremetyevo", "on my street", "at the food court upstairs"),
            "meh": ("the fries were lukewarm", "the bun was dry", "they skimped on the sauce",
                    "the wait was like 20 minutes", "the tables were sticky",
                    "the patty was way too salty", "the soda was flat",
                    "the kiosk kept freezing", "the burger fell apart",
                    "the onions were raw", "the nuggets were rubbery"),
            "good": ("the patty is actually juicy", "the fries are crispy", "the sauce slaps",
                     "the bun is soft and warm", "food was out in 5 minutes",
                     "the portion was bigger than I expected", "staff were super friendly"),
            "promo": ("2nd burger for 1 ruble", "combo for 299", "free shake over 500"),
            "guard_venue": ("on Sadovaya street", "at the Raduga mall", "near Finlyandsky station",
                            "on Profsoyuznaya"),
            "found_item": ("a blue band-aid", "a long black hair", "a piece of steel wool",
                           "a shard of glass"),
            "found_short": ("band-aid", "hair", "steel wool", "glass"),
            "ignored_issue": ("no loyalty points for app orders",
                              "no refund for a cancelled delivery",
                              "no way to pay by card in the app"),
            "gaffe_topic": ("about guests who complain about prices",
                            "about people who leave bad reviews",
                            "about students who sit in the restaurant with one tea"),
            "fake_claim": ("they mix expired meat from other locations into the patties",
                           "a cook with hepatitis A worked in one of their kitchens and it was "
                           "quietly shut",
                           "the fries sauce is made with industrial fat"),
        },
    ),
    positive=T(
        ru=(
            "[Зашли|Заскочили|Забежали] {when} в {b_acc} {spot}, [взяла|взял|брали] {dish} — "
            "{good} {e_pos}",
            "{b} [всё-таки|реально|как ни крути] [лучший фастфуд в {city}|топ среди сетевых "
            "бургерных|уделывает соседей по фудкорту], [{good}|и {good}] {e_pos}",
            "Не ожидал, но [взял|попробовал] {dish} в {b_pre}, и это [было на ура|прям "
            "порадовало|оказалось лучше, чем в рекламе]. [{good}.|{good}, {good}.] [Вернусь|Приду "
            "ещё|Теперь только туда]",
            "[Пятничный|Субботний|Понедельничный] ритуал: {dish} из {b_gen} и "
            "[сериальчик|футбол|ноль мыслей в голове] {e_pos}",
            "{who} [угощает|проставляется] — {dish} из {b_gen} на всех, [сидим довольные|съели за "
            "три минуты|даже кот пришёл понюхать] {e_pos} {lol}",
            "[Кто бы что ни говорил|Можете кидать тапками], а {b} [стабильно хорош|ни разу меня "
            "не подвёл|делает лучшую картошку в городе]. [Сегодня {good}.|Вот и сегодня: {good}.|]",
            "Акция «{promo}» в {b_pre} [— просто подарок|— лучшее, что случилось на этой "
            "неделе|спасла мой бюджет до зарплаты] {e_pos}",
            "[Ставлю лайк|Респект] ребятам из {b_gen} {spot}: [{good}|заказ собрали без ошибок, "
            "хотя я наговорил кучу изменений|отдали заказ раньше, чем я нашёл стол] {e_pos}",
            "[Мм|Ммм|Ох], {dish} [после смены|после тренировки|после пар|в три часа ночи] — [это "
            "любовь|это терапия|лучшее лекарство] {e_pos} [#сочныйбургер|спасибо {b_dat}|]",
            "Сравнила [пять|шесть|семь] бургерных [за месяц|у нас в городе], [{b} на первом "
            "месте|{b} честно вне конкуренции|выиграл {b}]: {good}",
        ),
        en=(
            "[Grabbed|Got|Picked up] a {dish} from {b} {when} and [wow|honestly|ngl], {good} "
            "{e_pos}",
            "{b} [never misses|is lowkey the best chain burger in {city}|hits different at 2am] "
            "{e_pos}",
            "[Hot take|Unpopular opinion]: {b} [beats every other fast food place|is better than "
            "the fancy burger bars]. {good}, [and|plus] {good}.",
            "{who} [brought|got] {dish} from {b} [for the whole office|after the game|to cheer me "
            "up] [and it was perfect|10/10|no notes] {e_pos}",
            "the {promo} deal at {b} [is insane|is a steal|saved my week] {e_pos}",
            "[Shoutout to|Big thanks to] the {b} crew {spot}: {good} [and they remembered my "
            "order|even in the Friday rush|]",
            "[Okay|Fine], I get the hype now. {b} {dish}: {good} {e_pos}",
        ),
        mixed=(
            "{b} сегодня [прям|ну прям] top tier, {dish} — chef's kiss {e_pos}",
            "Honestly {b} [лучший|самый норм] fast food [в округе|в {city}], [no cap|fr]",
            "Мой comfort food — это {dish} из {b_gen}, [and I'm not ashamed|без вариантов] {e_pos}",
            "[Ok|Okay], {b} [реально|внезапно] delivered: {good}, vibe [норм|уютный] {e_pos}",
        ),
    ),
    neutral=T(
        ru=(
            "[Кто-нибудь знает|Подскажите], {b} {spot} [до скольки работает|работает "
            "круглосуточно|уже открылся после ремонта]?",
            "[Сижу|Стою] в очереди в {b_pre} {spot}, [передо мной|впереди] ещё человек {n} {e_meh}",
            "{b} [открыл|открывает] [новую точку|ресторан] {spot}, [видел вывеску|уже висит "
            "вывеска|пишут, что с понедельника]",
            "Взял {dish} в {b_pre}, [посмотрим|обычный обед|как всегда] {e_meh}",
            "[В {b_pre}|У {b_gen}] [новое меню|поменяли упаковку|появился новый пункт: {dish}], "
            "[кто пробовал|кто уже брал]?",
            "{who} [опять|снова] [зовёт|тащит] в {b_acc}, [а я хотела суши|а я на диете|ну "
            "пойдём] {e_meh}",
            "[Обед|Ужин] [на бегу|в машине|на лавочке]: {dish} из {b_gen} и кофе [из соседнего "
            "ларька|с заправки]",
            "А в {b_pre} [оплачивают по QR|есть что-то без мяса|можно со своим стаканом|есть "
            "детская комната]?",
            "[Заметил|Интересно], что {b} [теперь ставит|начал ставить] киоски самообслуживания "
            "[везде|даже {spot}], кассиров [почти|вообще] не осталось",
            "Встреча [выпускников|одногруппников] внезапно [прошла|закончилась] в {b_pre} {spot} "
            "{lol}",
            "Сколько сейчас стоит {dish} в {b_pre}? [Вроде было {n}0 с чем-то|Последний раз брал "
            "за {n}9]",
        ),
        en=(
            "Anyone know if the {b} {spot} is open [late|all night|on Sundays]?",
            "[Waiting|In line] at {b} {spot}, {n} people ahead of me {e_meh}",
            "{b} is opening a new [place|location] {spot} [apparently|next month|, saw the sign]",
            "Had a {dish} from {b} for lunch. [It's fine|It's food|Nothing to report] {e_meh}",
            "Anyone tried the new {dish} at {b}? [Worth it?|Thinking about it]",
            "{who} wants {b} [again|for dinner], [I wanted sushi|fine by me|we'll see] {e_meh}",
            "[Quick|Lazy] [lunch|dinner] [in the car|on a bench]: {b} {dish} and [a coffee|an "
            "iced tea]",
            "How much is a {dish} at {b} [these days|now]? [Was around {n}0 last time|I swear "
            "prices keep moving]",
            "Noticed {b} [switched to|is rolling out] self-order kiosks [everywhere|even {spot}]",
        ),
        mixed=(
            "Кто-нибудь знает, {b} {spot} open [24/7|до полуночи]?",
            "Lunch break: {dish} из {b_gen}, [nothing special|как обычно] {e_meh}",
            "В {b_pre} [новое menu|новый дизайн упаковки], [кто уже пробовал|anyone tried]?",
        ),
    ),
    negative=T(
        ru=(
            "[Ну и|Ну вот и] {b} {spot}: {meh}, [а ещё|плюс] [персонал сонный|в зале "
            "душно|очередь до дверей|цены опять подняли|туалет не работал|музыка орёт]. [Больше "
            "не пойду|Ноги моей там не будет|Спасибо, наелся] {e_neg}",
            "{dish} в {b_pre} [сегодня|{when}] — [позорище|издевательство|ну такое себе]. {meh} "
            "{e_neg}",
            "[Заплатил|Отдала] {n}0 ₽ за {dish}, а там [котлета толщиной с картон|две картофелины "
            "и воздух|одна булка]. {b}, вы серьёзно?",
            "{sigh}, {b} [скатился|уже не тот|сдал]. [Раньше|Года два назад] было [вкусно|норм], "
            "а сейчас {meh}",
            "Доставка {b_gen} [везла заказ|ехала] [час с лишним|полтора часа|почти два часа] "
            "[через пол-района|по пустым улицам], [всё холодное|коктейль растёкся по "
            "пакету|половины нет] {e_neg}",
            "[Отравился|Траванулся|Полночи провёл в обнимку с белым другом] после "
            "[обеда|ужина|заказа] в {b_pre}. [Больше никогда|Спасибо, было незабываемо|Делайте "
            "выводы]",
            "Кто-нибудь объяснит, [почему|зачем] в {b_pre} {spot} [кассир орёт на гостей|всегда "
            "грязные столы|туалет закрыт «на ремонт» уже месяц]? {e_neg}",
            "[Взял|Заказала] {dish}. {meh}. [И это ещё не всё.|Плюс ко всему персонал сонный.|] "
            "[{b}, это дно|Оценка: два из десяти|Деньги на ветер] {e_neg}",
            "[Приложение|Киоск] {b_gen} [снова|опять] [списало деньги, а заказ не создало|съело "
            "промокод и ничего не дало|выдало «ошибка оплаты», а деньги ушли]. "
            "[Красота|Класс|Прекрасно] {e_neg}",
            "Фото в меню {b_gen} и то, что [дали|принесли], — [две разные вселенные|почувствуйте "
            "разницу|классика жанра] {lol}",
            "[Цены в {b_pre} уже как в ресторане|Комбо за {n}0 рублей, серьёзно?], а {meh}. "
            "[Мимо|Я пас|Не стоит того]",
        ),
        en=(
            "{b} {spot} [was a disaster|was rough today]: {meh}, and [the staff looked half "
            "asleep|the line was out the door|prices went up again|the music was deafening|the "
            "restroom was out of order] {e_neg}",
            "Paid [way too much|{n} bucks] for a {dish} at {b} and {meh}. [Never again|Not worth "
            "it]",
            "{sigh}. {b} [used to be good|has really gone downhill]. Now {meh}.",
            "{b} delivery took [over an hour|an hour and a half|almost two hours] and [everything "
            "was cold|half the order was missing|the shake exploded in the bag] {e_neg}",
            "[Got sick|Felt awful all night] after [lunch|dinner] at {b}. [Blaming the {dish}|Be "
            "careful|Never again]",
            "Why is the {b} {spot} [always so dirty|so slow|always out of half the menu]? {e_neg}",
            "{b} app [charged me twice|ate my promo code|crashed mid-payment] [again|for the "
            "second time this week] {e_neg}",
            "Menu photo vs what {b} actually [gave me|handed over] {lol} [Also {meh}.|]",
        ),
        mixed=(
            "{b} {spot} — [total|полный] fail: {meh} {e_neg}",
            "Не знаю, who approved this, но {dish} в {b_pre} [сегодня|опять] [так себе|ужас]: "
            "{meh} {e_neg}",
            "Delivery от {b_gen} [полтора часа|больше часа], [всё cold|еда ice cold]. Thanks, я "
            "сыт {e_neg}",
        ),
    ),
    question=T(
        ru=(
            "{h} [здравствуйте|добрый день], [до скольки работает ресторан|работает ли зал] "
            "{spot}?",
            "{h} а [будет|вернётся] {dish} [в меню|обратно]? [Очень ждём|Без него грустно]",
            "{h} подскажите, акция «{promo}» [действует в доставке|работает во всех ресторанах|до "
            "какого числа]?",
            "{h} [можно|реально] заказать [на день рождения|на {n} человек] [с доставкой в "
            "офис|заранее]?",
            "{h} где на сайте [состав|КБЖУ|список аллергенов]? Интересует позиция «{dish}»",
            "{h} [вы берёте на работу|есть вакансии] {spot}? [Студент, могу по вечерам|Ищу "
            "подработку]",
        ),
        en=(
            "{h} hi, [what time does|until when is] the place {spot} open?",
            "{h} is the {dish} [coming back|still on the menu]?",
            "{h} does the {promo} deal work [for delivery|in every location]?",
            "{h} where can I find [allergen info|calories|the ingredients] for the {dish}?",
        ),
    ),
    complaint=T(
        ru=(
            "{h} [заказ|доставка] №{n}{n}{n} [едет уже|висит уже] [час|минут сорок|полтора "
            "часа][, курьер стоит на месте по карте|, в поддержке тишина|]. Где еда?",
            "{h} {when} в ресторане {spot}: {meh}, [персонал сонный|в зале душно|очередь до "
            "дверей|цены опять подняли|туалет не работал|музыка орёт]. [Это нормально?|Так и "
            "задумано?|Разберитесь, пожалуйста]",
            "{h} в доставке [не положили|забыли] {dish}, [а списали за всё|деньги списаны|чек у "
            "меня есть]. [Верните деньги|Как быть?]",
            "{h} [второй день|уже неделю] не могу [войти в приложение|списать баллы|применить "
            "промокод], [пишет «ошибка 500»|выкидывает на главную|код не приходит] {e_neg}",
            "{h} [почему|с каких пор] {spot} [не принимают карты|закрывают зал в девять|нельзя "
            "попросить воды]? [Бред|Странно]",
            "{h} [сын нашёл|дочка нашла|мы нашли] в [заказе|бургере] [волос|кусок плёнки|что-то "
            "хрустящее, явно не еду]. [Фото в личке|Жду ответа]",
            "{h} [сотрудница|кассир] {spot} [нахамила|закатила глаза и отвернулась|бросила «не "
            "задерживайте очередь»] [при всех|при ребёнке|]. [Неприятно|Очень некрасиво]",
            "{h} [заплатил|оплатил] {n}0 ₽, [а в пакете|а на подносе] [чужой заказ|только "
            "напиток|холодная картошка и всё]. {e_neg}",
            "{h} акция «{promo}» [не сработала|не применилась] на кассе, [кассир сказал «не "
            "знаю»|менеджера не нашлось]. Это как?",
        ),
        en=(
            "{h} order #{n}{n} has been [on its way|stuck] for [an hour|over an hour|ninety "
            "minutes]. Where's my food?",
            "{h} at the place {spot}: {meh} and [the staff looked half asleep|the line was out "
            "the door|prices went up again|the music was deafening|the restroom was out of "
            "order]. [Is this normal?|Please look into it]",
            "{h} you [forgot|didn't include] the {dish} [but charged me for it|in my delivery]. "
            "[Refund please|How do I get my money back?]",
            "{h} can't [log into the app|use my points|apply my promo] [for two days|since "
            "Monday], [error every time|it just spins] {e_neg}",
            "{h} found [a hair|a piece of plastic] in my {dish}. [Photos in DM|Not okay]",
            "{h} the cashier {spot} was [really rude|rolling her eyes at everyone] today {e_neg}",
            "{h} paid [450|520|690|780] rubles and got [someone else's order|only the drink|cold "
            "fries]. {e_neg}",
            "{h} the {promo} deal [didn't work at the register|wasn't applied], staff [had no "
            "idea|shrugged]",
        ),
    ),
    comment=T(
        ru=(
            "[А|Ну а] {dish} [когда вернёте|вернёте в меню]? {e_pos}",
            "[Лучше бы|Может, лучше] [цены вернули|картошку досаливали|доставку починили] {e_meh}",
            "[Выглядит|Смотрится] [аппетитно|вкусно], [пойду проверю|завтра возьму] {e_pos}",
            "{spot} [когда откроетесь|тоже будет акция]?",
            "[Опять|Снова] реклама, а [в зале|{spot}] {meh} {e_neg}",
            "[Беру|Берём] [каждую неделю|всей семьёй], [спасибо|любим] {e_pos}",
            "[Фото|Картинка] [как всегда|конечно] [лучше, чем в жизни|отфотошоплена] {lol}",
        ),
        en=(
            "When are you bringing back the {dish}? {e_pos}",
            "Looks [great|tasty], but {meh} last time {e_meh}",
            "[Fix the app first|Bring back the old prices] {lol}",
        ),
    ),
    reply=T(
        ru=(
            "[Согласен|Плюсую|+1], {good} {e_pos}",
            "[А мне|У нас] {spot} [норм|всегда нормально], [может, смена такая|повезло, видимо] "
            "{e_meh}",
            "[Бывает|Ну такое бывает], [мне тоже|у меня тоже] {when} {meh}",
            "[Бери|Попробуй] {dish}, [не пожалеешь|это там лучшее] {e_pos}",
            "[Ты в {b_pre} {spot} был?|Это который {spot}?] [Там всегда так|Там вечно бардак]",
            "{lol} [жиза|это про меня|узнаю себя]",
            "Напиши им [в поддержку|в личку], [мне вернули деньги|мне за день ответили]",
            "[Да ладно|Серьёзно?], [а выглядит прилично|у нас такого не было]",
            "Не ведись, [в соседней шаурмичной вкуснее|дома за те же деньги сделаешь два] {lol}",
        ),
        en=(
            "[Same|Agreed], {good} {e_pos}",
            "Mine {spot} is [fine|always okay], [must be the shift|got lucky I guess]",
            "Try the {dish}, [trust me|it's the best thing there]",
            "{lol} [this is so me|felt this]",
            "DM their support, [they refunded me|they answered in a day]",
        ),
    ),
    answer=T(
        ru=(
            "Здравствуйте! [Нам очень жаль|Простите], что так вышло. [Напишите, пожалуйста, номер "
            "заказа в личные сообщения|Пришлите номер заказа в директ] — [разберёмся|всё "
            "проверим] и вернёмся с ответом.",
            "[Добрый день|Здравствуйте]! Спасибо, что [написали|сообщили]. Мы [передали "
            "информацию|уже передали всё] управляющему ресторана, [он свяжется с вами сегодня|с "
            "вами свяжутся в течение дня].",
            "[Здравствуйте|Привет]! [Часы работы каждого ресторана указаны|Режим работы каждого "
            "ресторана указан] в "
            "приложении, в разделе «Рестораны». [Если что-то не сходится, напишите нам|Будем рады "
            "видеть!]",
            "Извините за [ожидание|неудобства]! [Возврат оформлен|Мы оформили возврат], деньги "
            "[вернутся на карту|придут] в течение 3-10 рабочих дней.[ Хорошего дня!|]",
            "Спасибо за [отзыв|сигнал]! Такого быть не должно. [Мы проведём проверку|Мы "
            "разберём случай со сменой] и [обязательно |]ответим вам в личных сообщениях.",
            "[Здравствуйте|Добрый вечер]! [Акция|Предложение] действует [во всех ресторанах "
            "сети|в ресторанах и в доставке] до конца месяца. [Приятного аппетита!|Ждём вас!]",
            "[Нам жаль|Очень жаль], что впечатление испорчено. [Оставьте, пожалуйста, телефон в "
            "личных сообщениях|Напишите нам в личку] — [компенсируем заказ|начислим баллы в "
            "качестве извинения].",
        ),
        en=(
            "Hi! We're [so sorry|really sorry] about this. Please DM us your order number and "
            "we'll [sort it out|look into it] right away.",
            "Thanks for letting us know! We've passed this on to the [restaurant manager|shift "
            "manager] and they'll contact you today.",
            "Sorry for the [wait|trouble]! Your refund [has been issued|is on its way]; it "
            "usually takes 3-10 business days.",
            "Hi! The [deal|offer] is valid [in all our restaurants|for delivery too] until the "
            "end of the month. [Enjoy!|See you soon!]",
        ),
    ),
    thanks=T(
        ru=(
            "[Спасибо|Спасибо большое], [вернули|разобрались] [быстро|оперативно] {e_pos}",
            "[Ок|Хорошо], [написал в личку|скинула номер], жду",
            "[О, пришло|Деньги пришли], [спасибо|благодарю][ за оперативность|]",
            "[Вот это сервис|Не ожидал], спасибо {e_pos}",
        ),
        en=(
            "Thanks, [got it|sorted] {e_pos}",
            "[Refund came through|Got the points], appreciate it",
        ),
    ),
    still_broken=T(
        ru=(
            "[Написал|Писала] в личку [ещё утром|часа три назад|полдня назад] — [тишина|никто не "
            "ответил] {e_neg}",
            "Деньги так и не [вернулись|пришли], [прошла уже неделя|а обещали за три дня]",
            "[Управляющий|Никто] [так и не позвонил|не связался], [спасибо за «оперативность»|как "
            "обычно] {e_neg}",
            "[Это шаблонный ответ|Вы вообще читали, что я написал?] [Проблема не решена|Ничего не "
            "поменялось]",
        ),
        en=(
            "Still [no refund|nothing] after {n} days {e_neg}",
            "[DM'd you|Sent the number] hours ago, [no reply|crickets]",
        ),
    ),
    review_pos=T(
        ru=(
            "[Хорошее место|Отличное место] {spot}. {good}, {good}. [Рекомендую|Пять звёзд].",
            "[Брали|Заказывали] {dish} и [картошку|колу|коктейль], [всё вкусно|всё свежее], "
            "[персонал вежливый|зал чистый]. [Придём ещё|Спасибо].",
            "Часто [обедаю|бываю] здесь, [стабильно хорошо|ни разу не разочаровали]. {good}.",
            "Для фастфуда [очень достойно|выше ожиданий]: {good}, цены [адекватные|норм]. {e_pos}",
            "[С детьми|С друзьями] [зашли|были] {when}, [всем понравилось|дети в восторге от "
            "детского набора]. [Плюс за чистые туалеты|Отдельное спасибо кассиру].",
            "[Быстро, вкусно, недорого|Вкусно и быстро]. {good}. [Пять из пяти|Твёрдая пятёрка]",
        ),
        en=(
            "Great spot {spot}. {good} and {good}. [Recommend|5 stars]",
            "[Ordered|Had] the {dish}, [fresh and tasty|really good]. [Staff were friendly|Clean "
            "place]. [Will be back|Thanks]",
            "Solid fast food: {good}, [fair prices|decent prices]. {e_pos}",
        ),
    ),
    review_neg=T(
        ru=(
            "[Ужасное обслуживание|Отвратительный сервис] {spot}. {meh}, [персонал сонный|в зале "
            "душно|очередь до дверей|цены опять подняли|туалет не работал|музыка орёт]. [Не "
            "рекомендую|Одна звезда, и то много].",
            "Заказали {dish}, [ждали|прождали] [минут сорок|больше получаса|почти час]. {meh}. "
            "[Больше не придём|Администратора не дозвались].",
            "[Грязно|Неубрано], [на полу|на столах] [мусор|крошки и лужи кетчупа], [в туалете нет "
            "бумаги|туалет закрыт]. [Кошмар|Жуть].",
            "[Раньше|Когда-то] [любили|обожали] это место, теперь {meh}, [порции уменьшились|цены "
            "выросли], [а качество упало|а вкус пропал].",
            "[Доставка|Курьер] [опоздал|опоздала] [на час|минут на сорок|на полтора часа], [еда "
            "остыла|напиток пролит], [в поддержке отписка|компенсации никакой]. [Минус звезда за "
            "каждые десять минут|Разочарована].",
            "После [обеда|ужина] у них [болел живот|всю ночь тошнило]. [Проверьте "
            "поставщиков|Будьте осторожны].",
            "Кассир [грубит|хамит], [заказ перепутали|выдали не то], [на просьбу переделать "
            "закатили глаза|переделывать отказались]. {e_neg}",
            "Фото в меню и реальность — [небо и земля|два разных бургера]. {meh}. [{n}0 рублей за "
            "это?|Не стоит своих денег].",
        ),
        en=(
            "[Terrible|Awful] service {spot}. {meh}, [the staff looked half asleep|the line was "
            "out the door|prices went up again|the music was deafening|the restroom was out of "
            "order]. [Avoid|One star is generous].",
            "Ordered the {dish}, waited [forty minutes|almost an hour|over half an hour]. {meh}. "
            "[Won't be back|Manager was nowhere to be seen].",
            "Dirty [tables|floors], [no napkins|bathroom locked], [gross|disappointing].",
            "[Used to love this place|I was a regular for years|This was our go-to spot], now "
            "{meh}. [Portions shrank|Prices went up|The menu got worse] and [quality dropped|it "
            "tastes like nothing|nobody seems to care].",
            "Delivery was [an hour|forty minutes|ninety minutes] late, [food cold|drink spilled], "
            "[support sent a copy-paste reply|no compensation].",
            "[The cashier|The guy at the counter|Staff] [was rude|snapped at me|ignored us for "
            "ages] and [got the order wrong|refused to fix it|gave me someone else's bag]. "
            "[{e_neg}|Not going back.|Zero stars if I could.]",
        ),
    ),
    review_answer=T(
        ru=(
            "Здравствуйте! Благодарим за обратную связь и приносим извинения. [Информация "
            "передана управляющему ресторана.|Мы передали отзыв команде ресторана.] [Будем рады "
            "видеть вас снова.|Надеемся, следующий визит исправит впечатление.]",
            "[Добрый день|Здравствуйте]! Нам жаль, что визит вас расстроил. Напишите, пожалуйста, "
            "на [почту поддержки|горячую линию] — [мы разберёмся в ситуации|предложим "
            "компенсацию].",
            "Спасибо, что [поделились|рассказали]. Ваш отзыв [зарегистрирован|передан в отдел "
            "качества], [проведём проверку|мы разберём ситуацию со сменой].",
            "Приносим извинения за [ожидание|неудобства]. [Мы уже работаем над скоростью "
            "доставки|Мы усилили смену в часы пик]. Спасибо, что [остаётесь с нами|дали нам "
            "знать].",
            "[Здравствуйте|Добрый вечер]. Такое не соответствует нашим стандартам. Пожалуйста, "
            "[сообщите номер заказа|напишите нам в приложении], чтобы мы могли [всё "
            "проверить|вернуть деньги].",
        ),
        en=(
            "Hello! Thank you for your feedback, and we apologise. [We've passed it on to the "
            "restaurant manager.|The restaurant team has been informed.] We hope to see you again.",
            "We're sorry your visit was disappointing. Please [email our support|contact us in "
            "the app] so we can [look into it|make it right].",
        ),
    ),
    review_thanks=T(
        ru=(
            "Спасибо за [тёплый|добрый] отзыв! [Ждём вас снова|Передадим команде ресторана] "
            "{e_pos}",
            "[Рады|Очень рады], что вам понравилось! [Приходите ещё|До встречи]",
            "Спасибо за пять звёзд! Команда [очень старалась|будет рада это прочитать]",
        ),
        en=(
            "Thank you for the kind words! [See you again soon|We'll pass it on to the team]",
            "So glad you enjoyed it! {e_pos}",
        ),
    ),
    review_dispute=T(
        ru=(
            "Здравствуйте. Мы проверили [записи камер|журнал заказов] за указанное время: [заказ "
            "был выдан через 7 минут|зал был убран], [что не совпадает с вашим описанием|и жалоб "
            "от других гостей не поступало]. Если у вас есть [чек|фото], пришлите их, пожалуйста.",
            "Добрый день. По [данным системы|чеку] [ваш заказ собран полностью|напиток был в "
            "заказе]. [Готовы разобраться|Будем признательны], если вы [пришлёте номер "
            "заказа|свяжетесь с нами].",
        ),
    ),
    official_post=T(
        ru=(
            "[Новинка|Встречайте]: {dish} [уже в меню|теперь во всех ресторанах]! [Успейте "
            "попробовать|Ждём ваших отзывов] {e_pos}",
            "[Акция|Неделя выгоды]: «{promo}» [в приложении|во всех ресторанах {b_gen}] до "
            "воскресенья {e_pos}",
            "Открываемся [в ТЦ «Авиапарк»|у метро Сокол|на Ленинградском вокзале]! [Первые {n}0 "
            "гостей получат подарок|В день открытия — {promo}]",
            "[Друзья|Гости], [в эти выходные|сегодня вечером] [доставка может задерживаться из-за "
            "погоды|приложение будет обновляться ночью]. Спасибо за терпение!",
            "[Конкурс|Розыгрыш]: [отметьте друга|репост и подписка] и [выиграйте|получите шанс "
            "выиграть] год бургеров от {b_gen} {e_pos}",
            "[Мы обновили|Новый] дизайн упаковки: [меньше пластика|бумага вместо плёнки]. [Как "
            "вам?|Рассказываем в карточках]",
            "В {b_pre} [теперь можно|наконец можно] [заказать к столу через QR|оплатить баллами "
            "весь заказ]. Пробуйте!",
        ),
    ),
    exec_post=T(
        ru=(
            "[Сегодня|На этой неделе] [объехал|проверил] [полтора десятка точек|наши рестораны] "
            "[в {city}|в регионах]. [Главное впечатление|Вывод]: [люди решают всё|кухня стала "
            "быстрее].",
            "[Читаю|Дочитал] [книгу Тони Шея|«Доставляя счастье»] [в самолёте|на выходных]. "
            "[Рекомендую всем, кто работает с людьми|Много мыслей про сервис].",
            "[Провели|Закончили] [стратсессию|квартальное планирование] с командой. [Впереди "
            "много работы|Цели амбициозные], [но справимся|верю в ребят].",
            "[Поздравляю нашу команду|Горжусь ребятами из {city}] — [ресторан поставил рекорд по "
            "скорости|лучший NPS в сети] {e_pos}",
            "[Утренняя пробежка|Полумарафон] [в {city}|по набережной] — {n} км. [Бизнес — это "
            "тоже марафон|Голова проясняется].",
            "[Отвечаю на вопрос|Часто спрашивают], [будем ли мы|почему мы не спешим] [открывать "
            "франшизу|заходить в Казахстан]. [Пока нет|Рано], [сначала качество|сначала "
            "операционка].",
            "[Выступил|Выступаю] [на форуме ресторанного бизнеса|на конференции о ритейле] [в "
            "{city}|завтра]. [Тема|Говорил про]: [кадры в общепите|автоматизация кухни].",
            "[Встретился|Пообедал] [со стажёрами|с новыми управляющими]. [Сильные ребята|Много "
            "свежих идей], [часть внедрим уже в этом месяце|записал в блокнот].",
            "[Выходной|Воскресенье]: [дети, дача, шашлык|рыбалка, ноль ноутбуков]. [Так и "
            "надо|Перезагрузка] {e_pos}",
        ),
    ),
    influencer_pos=T(
        ru=(
            "[Обзор|Честный обзор] {b_gen}: [попробовал всё меню|взял пол-меню] [за один "
            "присест|ради вас]. [Итог|Вердикт]: {good}, {dish} — [топ|лучшее]. [Ссылка в "
            "шапке|Полное видео на канале]",
            "[Друзья|Ребят], {b} [меня приятно удивил|в этот раз порадовал]: {good}. [Не "
            "реклама|Никто не платил], просто [делюсь|делюсь находкой] {e_pos}",
            "[Рейтинг бургерных|Топ-5 фастфуда] в {city}: {b} [на втором месте|забирает золото]. "
            "[Почему — в видео|Подробности в сторис]",
            "[Устроили слепой тест|Вслепую сравнили] бургеры [пяти сетей|трёх сетей], [и победил "
            "{b}|{b} всех уделал] {lol}",
        ),
        en=(
            "[Tried|Ranked] the whole {b} menu [so you don't have to|in one sitting]. Verdict: "
            "{good}. [Full video on the channel|Link in bio]",
            "Not sponsored: {b} [genuinely surprised me|is solid]. {good} {e_pos}",
            "Blind taste test of [five|three] burger chains and {b} [won|came out on top] {lol}",
        ),
    ),
    influencer_neg=T(
        ru=(
            "[Разочарован|Ну такое]: {b} {spot} — {meh}, [персонал сонный|в зале душно|очередь до "
            "дверей|цены опять подняли|туалет не работал|музыка орёт]. [Раньше было лучше|Хайп не "
            "оправдан]. [Полный обзор на канале|Смотрите сами]",
            "[Заказал|Взял] {dish} в {b_pre} [для обзора|на стриме]. {meh}. [Это за {n}0 "
            "рублей?|Подписчики, вы были правы]",
            "[Подписчики|Вы] [просили|заказывали] обзор {b_gen} — [держите|ну держите]. "
            "[Спойлер|Коротко]: {meh} {e_neg}",
        ),
        en=(
            "Reviewed {b} [for the channel|on stream]: {meh} and [the staff looked half "
            "asleep|the line was out the door|prices went up again|the music was deafening|the "
            "restroom was out of order]. [Overhyped|Not worth it]",
            "You asked for a {b} review. Short version: {meh} {e_neg}",
        ),
    ),
    decoy=T(
        ru=(
            "[Дома|На даче] [сделали|пожарили] [настоящий|самый] сочный бургер: [фарш с "
            "салом|говядина и бекон], [булки сами пекли|булки из пекарни] {e_pos}",
            "Рецепт: как [приготовить|сделать] сочный бургер [на сковороде|в духовке|на гриле], "
            "[чтобы котлета не развалилась|если нет мангала]. [Сохраняйте|В закладки]",
            "[В {city}|В нашей столовой] [в меню|на доске] написано «сочный бургер», а [по "
            "факту|по сути] [котлета из столовки|сосиска в булке] {lol}",
            "Секрет: [не мять фарш|кусочек льда в фарш|не давить котлету лопаткой], и будет "
            "сочный бургер. [Проверено|Отец научил]",
            "Хочу [просто|] сочный бургер и [поспать|выходной|тишины] {sigh}",
            "На гриле {when} [муж собрал|брат собрал|соседка собрала] такой сочный бургер, что "
            "[сок тёк по локтям|три салфетки не помогли] {lol}",
            "[Кафе|Закусочная] у трассы [под {city}|возле {city}]: сочный бургер [за копейки|на "
            "огромной булке], [рекомендую водителям|дальнобойщики одобряют]",
        ),
        en=(
            "My [grandma|mom] calls any cutlet in a bun a «sochny burger» (a juicy burger) {lol}",
            "Russian lesson of the day: «сочный бургер» = juicy burger. [You're welcome|Essential "
            "vocab]",
            "[Made|Grilled] a proper sochny burger at home, as my Russian [roommate|friend] puts "
            "it {e_pos}",
            "There's a tiny food truck in {city} literally called Sochny Burger, [no relation to "
            "the chain|unrelated], [and it's great|lol]",
        ),
    ),
    decoy_neg=T(
        ru=(
            "[Пытался|Попробовал] сделать сочный бургер дома — [котлета развалилась|сжёг всё], "
            "[кухня в дыму|вытяжка не справилась] {e_neg}",
            "[В столовой|В кафе при бизнес-центре] «сочный бургер» за {n}0 рублей [сухой как "
            "подошва|оказался холодным]. [Ну зачем так врать в меню|Обидно]",
            "[Диетолог|Врач] [сказал|говорит], что мой сочный бургер по выходным [надо забыть|под "
            "запретом] {sigh}",
            "Вывеска «сочный бургер» на [каждом|любом] [углу|ларьке], а внутри [одна булка|серая "
            "котлета]. [Надоело|Обман] {e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Полюшко»
POLYUSHKO = BrandTexts(
    vocab=Vocab(
        ru={
            "grain": ("ядрица отборная", "гречка зелёная, непропаренная", "продел",
                      "гречка в варочных пакетиках", "булгур", "пшено",
                      "гречка быстрого приготовления", "перловка", "круглый рис",
                      "овсянка крупного помола", "красная чечевица"),
            "shop": ("в «Пятёрочке» за углом", "в «Магните» у остановки", "во «ВкусВилле» у метро",
                     "в гипермаркете «Лента»", "на Озоне с доставкой", "на «Вайлдберриз»",
                     "в «Перекрёстке» рядом с офисом", "в «Ашане» в пригороде", "в ларьке у дома",
                     "через «Самокат»", "на рынке"),
            "meh": ("крупа с мусором", "половина зёрен битые", "пачка пришла надорванная",
                    "варится час и всё равно твёрдая", "пахнет пылью",
                    "в пачке на сотню грамм меньше", "много шелухи", "горчит",
                    "пакетики рвутся при варке", "ценник подрос на треть",
                    "в пачке жучок"),
            "good": ("крупа чистая, без камешков", "разваривается как надо",
                     "пахнет как в детстве", "рассыпчатая, зёрнышко к зёрнышку", "пакетики удобные",
                     "цена адекватная", "варится за пятнадцать минут",
                     "вкус насыщенный, ореховый"),
            "dish_home": ("гречка с грибами и луком", "гречка по-купечески",
                          "гречневая каша с молоком", "гречаники", "гречневые котлетки",
                          "гречка с тушёнкой", "салат с булгуром", "суп с перловкой"),
            "found_item": ("болт с гайкой", "саморез длиной сантиметра три",
                           "кусок зелёного пластика", "моток тонкой проволоки",
                           "камень размером с горошину"),
            "found_short": ("болт", "саморез", "пластик", "моток проволоки", "камень"),
            "ignored_issue": ("не возвращают деньги за бракованный заказ с сайта",
                              "нет ответа на претензию по пачке с жучками"),
            "gaffe_topic": ("про покупателей, которые ищут гречку подешевле",
                            "про мам в декрете, которые пишут жалобы"),
            "fake_claim": ("гречку фасуют из китайских мешков, обработанных пестицидами",
                           "в новой партии нашли плесень, но партию тихо не отозвали"),
        },
        en={
            "grain": ("buckwheat", "raw green buckwheat", "instant buckwheat flakes", "bulgur",
                      "millet", "pearl barley", "buckwheat cook-in sachets"),
            "shop": ("at Ozon", "on Wildberries", "at the Russian store", "at Perekrestok",
                     "at my local shop", "at Magnit", "at VkusVill"),
            "meh": ("there were lots of husks", "half the grains were broken",
                    "the bag was torn", "it smelled dusty", "the pack was 100 g short",
                    "it had a bitter aftertaste", "the boil-in bags split",
                    "the price went up by a third", "there was a bug in the pack",
                    "it took forever to cook"),
            "good": ("it's clean, no pebbles", "it cooks perfectly", "it tastes like childhood",
                     "every grain stays separate", "it has a lovely nutty flavour",
                     "the price is fair"),
            "dish_home": ("buckwheat with mushrooms", "kasha with milk",
                          "buckwheat with stewed beef", "buckwheat blini",
                          "buckwheat with fried onions"),
            "found_item": ("a bolt with a nut", "a three-centimetre screw",
                           "a chunk of green plastic", "a coil of thin wire",
                           "a pebble the size of a pea"),
            "found_short": ("bolt", "screw", "plastic", "wire", "pebble"),
            "ignored_issue": ("no refund for a faulty order from the website",
                              "no reply to my complaint about a pack with bugs"),
            "gaffe_topic": ("about shoppers hunting for cheaper buckwheat",
                            "about moms on maternity leave writing complaints"),
            "fake_claim": ("the buckwheat is packed from Chinese sacks treated with pesticides",
                           "mould was found in the new batch and it was never recalled"),
        },
    ),
    positive=T(
        ru=(
            "[Перепробовала кучу марок гречки — остановилась|Перепробовал все марки гречки — "
            "остановился] на {b}: {good} {e_pos}",
            "{grain} от {b_gen} [— лучшая покупка недели|— просто находка|выше всяких похвал], "
            "{good}",
            "[На ужин|Детям на обед] — {dish_home}, [гречка|крупа] {b}: {good}. [Съели всё|Даже "
            "муж попросил добавки|Даже свекровь попросила добавки] {e_pos}",
            "[Взяла|Купил] {b} {shop} [по акции|на пробу], [теперь беру только её|буду брать "
            "ещё]. {good}",
            "[Вот честно|Без шуток], {b} — [единственная|та самая] гречка, которая [не "
            "горчит|пахнет гречкой, а не пакетом]. {e_pos}",
            "[Мой|Наш] [завтрак чемпиона|семейный ужин]: {dish_home}, крупа {b}, {good} {e_pos}",
            "Когда [гости спросили|свекровь спросила|муж спросил], почему у нас дома "
            "[только|всегда] {b}, я [просто сварила кастрюлю|показала пачку без мусора]. "
            "[Вопросов нет|Убедила] {lol}",
            "[Наконец|Ну наконец-то] {b} [появилась|завезли] {shop}! {grain} [— моя "
            "любовь|разбирают за день] {e_pos}",
        ),
        en=(
            "[Tried|Switched to] {b} buckwheat and [wow|honestly], {good} {e_pos}",
            "{b} {grain} is [the only one I buy now|my pantry staple]: {good}",
            "Made {dish_home} using {b} [tonight|for the kids], {good} {e_pos}",
            "Found {b} {shop}, [finally|at last]! [Honestly|Seriously], {good}",
            "[Not sponsored|Random appreciation post]: {b} buckwheat [tastes like childhood|just "
            "hits]. {e_pos}",
        ),
        mixed=(
            "{b} гречка — [my comfort food|pure comfort], {good} {e_pos}",
            "Взяла {b} {shop}, [honestly|ngl] [лучшая крупа|best buckwheat ever] {e_pos}",
            "[Meal prep|Обед на неделю]: {dish_home}, крупа {b}, [super easy|изи] {e_pos}",
        ),
    ),
    neutral=T(
        ru=(
            "[А|Кто знает,] {b} [ещё продают|где-нибудь продают] {shop}?"
            " [Хочу взять домой|Ищу по району|"
            "Надо к выходным]",
            "[Купила|Взял] {b}, {grain}, [посмотрим|попробуем], [что за зверь|как будет] {e_meh}",
            "[У {b}|В линейке {b_gen}] [новая упаковка|поменяли дизайн пачки|появился продукт: "
            "{grain}], [кто брал|кто пробовал]?",
            "Сколько [варить|держать на огне] крупу {b}, если это {grain}? [На пачке написано 20 "
            "минут|Инструкция стёрлась] {e_meh}",
            "{b} [сейчас|на этой неделе] стоит {shop} {n}9 ₽, [взяла две пачки|беру по привычке|"
            "ну, нормально]",
            "[Сегодня на ужин|На обед] {dish_home}, крупа {b}, [ничего особенного|обычный вторник]",
            "[Заметила|Интересно], {b} [теперь фасует|начали фасовать] по 800 грамм вместо "
            "килограмма?",
            "Гречка {b} или [что подешевле|магазинная марка]? [Есть разница вообще?|Кто "
            "сравнивал?]",
            "[Муж принёс|Мама привезла] [из магазина|с рынка] {b}, [сегодня будет|на ужин будет] "
            "{dish_home}",
        ),
        en=(
            "Does anyone know where to buy {b} {shop}? [Can't find it|Sold out everywhere]",
            "Picked up {b} {grain} [to try|on sale], [we'll see|first time] {e_meh}",
            "{b} [changed their packaging|has a new bag design], anyone noticed?",
            "How long do you cook {b} {grain}? [The bag says 20 min|Can't read the label]",
            "{b} is {n}9 rubles {shop} [this week|right now], [grabbed two|stocking up|"
            "fair enough]",
            "[Dinner|Lunch]: {dish_home}, {b} buckwheat. [Nothing fancy|Regular Tuesday]",
            "Is {b} any different from [store brand|the cheap stuff]? [Asking for real|Genuinely "
            "curious]",
            "{who} [brought home|bought] {b} {shop}, [making|gonna make] {dish_home}",
        ),
        mixed=(
            "Кто знает, {b} {shop} [in stock|есть в наличии]?",
            "Dinner: {dish_home}, гречка {b}, [nothing special|как обычно]",
        ),
    ),
    negative=T(
        ru=(
            "[Ну и|Вот тебе и] {b}: {meh}, [да ещё|плюс] [пачка мятая|битых зёрен полно|варится "
            "дольше, чем написано|запах странный|цена кусается]. [Больше не возьму|Верните старое "
            "качество] {e_neg}",
            "[Купила|Взял] {b} {shop}, {grain}, — {meh}. [Раньше|Год назад] такого не было {e_neg}",
            "[Перебирала|Перебрал] гречку {b} [полчаса|весь вечер]: [камешки, шелуха, чёрные "
            "зёрна|мусора на ладонь]. [Это вообще нормально?|Спасибо, очень удобно]",
            "{sigh}, {b} [испортилась|уже не та]. {meh}, а цена [как за деликатес|растёт каждый "
            "месяц]",
            "[В пачке|В упаковке] {b} [жучки|моль], [покупала|брала] {shop} {when}. [Выкинула всю "
            "полку|Фу] {e_neg}",
            "[Ужин|Обед] по плану: {dish_home} на {b}. [Итог|Результат]: [каша горькая|всё "
            "развалилось в кашу|пахнет затхлым]. [Ужин испорчен|Деньги в мусорку]",
            "{b} за {n}9 ₽, и при этом {meh}? [Нет, спасибо|Серьёзно?|Пойду за магазинной] {e_neg}",
            "[Пакетики|Пакеты для варки] {b} [рвутся|лопаются] прямо в кастрюле, [вся крупа в "
            "воде|лови потом крупу ложкой]. {e_neg}",
        ),
        en=(
            "{b} [has gone downhill|isn't what it used to be]: {meh} {e_neg}",
            "Bought {b} {shop} and {meh}. [Never again|Disappointed]",
            "Spent [half an hour|the whole evening|my Sunday morning] picking "
            "[pebbles|husks|black bits] out of {b} buckwheat [like it's 1985|instead of "
            "resting|with {who}] {e_neg}",
            "{b} costs {n}9 rubles now and {meh}? [No thanks|Come on]",
            "Found [bugs|moths] in a pack of {b} {when} {e_neg}",
            "[Third time|Again] the {b} [boil-in bags|cooking bags] [split|burst] [in the pot|the "
            "moment the water boiled], [buckwheat everywhere|now I'm fishing grains out with a "
            "spoon|what a mess] {e_neg}",
            "{sigh}. Cooked {dish_home} using {b} and it [tasted bitter|turned into mush]",
        ),
        mixed=(
            "{b} — [total|полный] disappointment: {meh} {e_neg}",
            "Купила {b}, а там [bugs|жучки] {e_neg} [wtf|серьёзно]",
        ),
    ),
    question=T(
        ru=(
            "{h} здравствуйте, в {city} [где-то|вообще] продаётся {grain}? [Нигде нет|В магазинах "
            "пропало]",
            "{h} [подскажите|скажите], [срок годности|дата фасовки] — [где на пачке|это какая "
            "цифра]?",
            "{h} а [продел|зелёная гречка] [будет снова|вернётся в продажу]?",
            "{h} подойдёт ли ваша гречка [ребёнку с аллергией|для прикорма]? [Есть "
            "сертификат?|Глютена точно нет?]",
        ),
        en=(
            "{h} hi, where can I buy {grain} in {city}?",
            "{h} is your buckwheat [gluten-free|certified organic]?",
        ),
    ),
    complaint=T(
        ru=(
            "{h} [купила|купил] {b} {shop} ({grain}), а там {meh}. [Партия от 14 марта|Фото пачки "
            "прикладываю]. [Как так?|Что с контролем?]",
            "{h} в пачке [жучки|личинки] — [покупала|брали] {when} {shop}. [Срок годности "
            "нормальный|Пачка была запечатана] {e_neg}",
            "{h} [вес не сходится|недовес]: [на пачке 900 г|написано килограмм], [на "
            "весах|взвесила] — на {n}0 грамм меньше",
            "{h} [заказ с сайта|доставка с сайта] [не пришёл|потерялся] [уже дней десять "
            "как|вторую неделю], [поддержка молчит|трек не обновляется]",
            "{h} [пакетики для варки|пакеты] [рвутся|лопаются] [все до одного|в каждой пачке]. "
            "[Верните нормальные|Это брак?]",
            "{h} [гречка|крупа] [горчит|пахнет плесенью], [вся пачка|три пачки подряд]. [Куда "
            "писать претензию?|Верните деньги]",
            "{h} [камни|камешки] в крупе — [чуть зуб не сломал|муж сломал пломбу|мама сломала "
            "пломбу]. [Жду ответа|Это уже не шутки]",
            "{h} [почему|с каких пор] {b} [стоит|продаётся] {shop} по {n}9 ₽? [Было в два раза "
            "дешевле|Вы там с ума сошли?]",
        ),
        en=(
            "{h} bought {grain} {shop} and {meh}. [What happened to quality control?|Photo "
            "attached]",
            "{h} [found|there were] [bugs|larvae|moths] in a [sealed|brand new] pack of {grain} "
            "[I bought {shop}|bought {when}]. {e_neg}",
            "{h} [the pack says|the label says] [900 g|a kilo] but [it's {n}0 g short|my kitchen "
            "scale shows {n}0 g less]. [Weighed it twice|Not cool|Is that even legal?]",
            "{h} [ordered|placed an order] on your site {when} and [it still hasn't arrived|the "
            "tracking hasn't moved|it seems lost]. [Any update?|Support isn't answering|Order "
            "#{n}{n}{n}]",
            "{h} [the boil-in bags|every single cooking bag|the sachets from the new pack] "
            "[burst|split|came apart] [in the pot|as soon as the water boiled], [buckwheat "
            "floating everywhere|dinner ruined|third pack like this]. [Faulty batch?|Please fix "
            "this|Are you saving on plastic now?]",
            "{h} [your buckwheat|the new batch] [tastes bitter|smells mouldy|smells like a "
            "basement], [the whole pack|three packs in a row|both packs {who} bought]. "
            "[Refund?|What's going on with quality?|Who do I complain to?]",
            "{h} {who} [cracked|nearly broke|chipped] a tooth on [a pebble|a tiny stone|something "
            "hard] in your {grain} [last night|at dinner|this week]. [Dentist bill incoming|Who "
            "pays for this?|Seriously?]",
        ),
    ),
    comment=T(
        ru=(
            "[А|Ну а] {grain} [когда вернёте|будет в {city}]? {e_pos}",
            "[Лучше бы|Может, лучше] [камешки выбирали|цену вернули|упаковку нормальную сделали] "
            "{e_meh}",
            "[Обожаю|Любим] вашу гречку, [берём|беру] [каждую неделю|мешками] {e_pos}",
            "[Рецепт|Рецептик] [сохранила|в закладки], [попробую|сделаю] на выходных",
            "[А|Но] в [последней пачке|прошлый раз] {meh} {e_neg}",
        ),
        en=(
            "Love your buckwheat {e_pos}",
            "Bring back the old [packaging|price] please",
        ),
    ),
    reply=T(
        ru=(
            "[Согласна|+1], {good} {e_pos}",
            "[А у меня|У нас] [нормальная|всё чистое], [может, партия такая|повезло, видимо] "
            "{e_meh}",
            "[Напишите|Пиши] им [на сайт|в поддержку], [мне заменили пачку|мне вернули деньги]",
            "[Тоже заметила|Ага], {meh} {sigh}",
            "[Попробуй|Попробуйте] рецепт: {dish_home}, [с их гречкой огонь|очень вкусно] {e_pos}",
            "{lol} [у всех так|классика]",
        ),
        en=(
            "[Same|Agreed], {good}",
            "Mine was fine, [must be the batch|maybe a bad batch]",
            "{lol} [felt this|so true]",
        ),
    ),
    answer=T(
        ru=(
            "Здравствуйте! [Спасибо, что написали|Жаль, что так вышло]. Пришлите, пожалуйста, "
            "фото [пачки с датой фасовки|маркировки] в личные сообщения — [передадим в отдел "
            "качества|разберёмся].",
            "[Добрый день|Здравствуйте]! Нам очень жаль. [Мы заменим пачку|Вернём стоимость "
            "покупки], напишите в личные сообщения [адрес|номер телефона].",
            "Здравствуйте! [Ядрицу|Крупу] варите 15-20 минут [на медленном огне|под крышкой], "
            "пропорция [1 к 2|один к двум]. Приятного аппетита!",
            "Добрый день! [Продукцию можно найти|Крупу можно купить] в крупных сетях и на "
            "маркетплейсах; [список магазинов|карта магазинов] — [на сайте|в шапке профиля].",
            "Здравствуйте! Спасибо за сигнал, [партия уже на проверке|мы проверяем эту партию]. "
            "[Ответим в течение дня|Свяжемся с вами сегодня].",
        ),
        en=(
            "Hello! We're sorry to hear that. Please DM us a photo of the [pack with the batch "
            "number|label] and we'll [sort it out|replace it].",
            "Hi! Thank you for letting us know; the batch is being checked. We'll get back to you "
            "today.",
            "Hi! You can find us in major supermarkets and on marketplaces; the store list is [on "
            "our website|in our bio].",
        ),
    ),
    thanks=T(
        ru=(
            "[Спасибо|Благодарю], [заменили|вернули] [быстро|без проблем] {e_pos}",
            "[Ок|Хорошо], [отправила фото|написала в личку]",
            "[Ого|Вау], [уже перезвонили|пришёл ответ], спасибо",
        ),
        en=(
            "Thanks, [that was quick|sorted] {e_pos}",
            "[Sent the photo|DM'd you], thanks",
        ),
    ),
    still_broken=T(
        ru=(
            "[Отправила|Отправил] фото [ещё вчера|часов пять назад] — [тишина|ответа нет] {e_neg}",
            "Обещали [замену|возврат] [неделю назад|дней десять назад], [до сих пор ничего|воз и "
            "ныне там]",
            "[Шаблонный ответ|Отписка], [а проблема осталась|а жучки никуда не делись]",
        ),
        en=(
            "Sent the photo [yesterday|{n} hours ago], still nothing",
            "[Still waiting|No refund] after {n} days {e_neg}",
        ),
    ),
    review_pos=T(
        ru=(
            "[Отличная|Хорошая] гречка. {good}, {good}. [Рекомендую|Пять звёзд].",
            "[Беру|Покупаю] [уже года два|постоянно], [ни разу не подвела|качество стабильное]. "
            "{good}.",
            "{grain} — [вкусно|очень вкусно], [варится быстро|разваривается хорошо]. [Дети едят с "
            "удовольствием|Муж одобрил].",
            "[Цена-качество|Соотношение цены и качества] [отличное|на высоте]: {good}. {e_pos}",
        ),
        en=(
            "Great buckwheat. {good}, and {good}. [Recommend|5 stars]",
            "Been buying it for [years|ages]: {good}. {e_pos}",
        ),
    ),
    review_neg=T(
        ru=(
            "[Плохое|Ужасное] качество. {meh}, [пачка мятая|битых зёрен полно|варится дольше, чем "
            "написано|запах странный|цена кусается]. [Не рекомендую|Больше не куплю].",
            "[В пачке|В упаковке] [жучки|моль|личинки]. [Купила|Брала] {shop}. [Кошмар|Выбросила "
            "всё].",
            "[Раньше|Когда-то] была [хорошая|лучшая] гречка, теперь {meh}, [а цена выросла|и цена "
            "кусается].",
            "[Много мусора|Камни и шелуха], [перебирать полчаса|зуб чуть не сломал]. {e_neg}",
            "[Недовес|Вес не соответствует]: [на {n}0 грамм меньше|пачка полупустая]. {meh}. "
            "[Одна звезда|Позор].",
        ),
        en=(
            "[Poor|Terrible] quality: {meh}, [the pack was crushed|it smelled off|it cooks longer "
            "than the label says|the price stings]. [Not recommended|Won't buy again].",
            "[Bugs|Moths|Larvae] in [the pack|a sealed pack|two packs]. Bought {shop} {when}. "
            "[Threw it all out|Gross|Never again].",
            "Used to be [good|the best] buckwheat, now {meh}.",
            "[Lots of debris|Pebbles and husks], and {meh}. {e_neg}",
        ),
    ),
    review_answer=T(
        ru=(
            "Здравствуйте! Благодарим за отзыв и приносим извинения. [Пожалуйста, сообщите дату "
            "фасовки|Напишите нам номер партии с пачки] [на почту|через сайт], [мы проверим "
            "партию|мы заменим продукт].",
            "[Добрый день|Здравствуйте]! Нам жаль, что продукт вас разочаровал. [Отзыв передан в "
            "отдел качества|Мы уже проверяем эту партию], [спасибо за обратную связь|будем рады "
            "вернуть ваше доверие].",
        ),
        en=(
            "Hello! Thank you for your review, and sorry for the trouble. Please [send us the "
            "batch number|email us] so we can [check the batch|replace the product].",
            "We're sorry the product disappointed you. [Your review has been passed on to quality "
            "control.|We are checking this batch.]",
        ),
    ),
    review_thanks=T(
        ru=(
            "Спасибо за отзыв! [Рады, что вам нравится|Приятного аппетита] {e_pos}",
            "[Спасибо|Благодарим], что выбираете нас! [Команда очень рада|До новых покупок]",
        ),
        en=(
            "Thank you for the review! [Enjoy|Glad you like it] {e_pos}",
            "Thanks for choosing us! [The team is thrilled|See you next time]",
        ),
    ),
    review_dispute=T(ru=()),
    official_post=T(
        ru=(
            "[Новинка|Встречайте]: {grain} [уже на полках|теперь в продаже] {shop}! "
            "[Попробуйте|Ждём отзывов] {e_pos}",
            "[Рецепт недели|Что приготовить на ужин]: {dish_home}. [Рецепт в карточках|Пошаговый "
            "рецепт — в посте]",
            "[Урожай этого года|Новый урожай] [уже на фасовке|приехал на склад] — гречка с полей "
            "Алтая, [отборная|без ГМО]. {b} {e_pos}",
            "[Розыгрыш|Конкурс]: [поделитесь рецептом с гречкой|отметьте друга] и "
            "[выиграйте|получите] [годовой запас круп|набор {b}]",
            "[Скидка|Акция] {shop}: [−20 % на всю линейку|вторая пачка за полцены] до конца недели",
        ),
    ),
    exec_post=T(
        ru=(
            "[Съездила|Была] на [поля|элеватор] [на Алтае|под Барнаулом]. [Урожай в этом "
            "году|Гречка в этом году] [хороший|радует] {e_pos}",
            "Маленький бизнес — это [когда ты сама|когда в 11 вечера] [отвечаешь на "
            "письма|считаешь упаковку]. [И я это люблю|Но я не жалуюсь]",
            "[Записала|Вышел] [подкаст|интервью] про [фермеров|крупяной рынок] и [почему гречка "
            "дорожает|как мы выбираем поставщиков]. [Ссылка ниже|Послушайте]",
            "[Утро|Завтрак] основателя: [гречка с молоком|каша и кофе] и [гора писем|таблица с "
            "отгрузками] {lol}",
            "[Команда|Мы] [выросла до {n} человек|переехали в новый цех]. [Спасибо "
            "каждому|Горжусь] {e_pos}",
            "[Меня часто спрашивают|Вопрос от подписчицы]: [почему не выходим в Европу|будут ли "
            "другие крупы]? [Отвечаю честно: пока нет|Будут, но не сразу]",
            "[Выходные|Воскресенье] на даче: [рассада|грядки], [телефон выключен|без ноутбука]. "
            "[Сил набираюсь|Так и надо]",
        ),
    ),
    influencer_pos=T(
        ru=(
            "[Сравнила|Сравнил] [пять|семь|десять] марок гречки [вслепую|на стриме] — [победила "
            "{b}|{b} на первом месте]. {good}. [Видео по ссылке|Полный обзор в канале]",
            "[Мой любимый|Самый простой] [рецепт на неделю|завтрак]: {dish_home}, гречка {b}. [Не "
            "реклама|Просто люблю] {e_pos}",
            "[ЗОЖ-подборка|Подборка продуктов месяца]: {b} [в топе|на первом месте] — {good}",
        ),
        en=(
            "Blind-tested {n} buckwheat brands, {b} [won|came out on top]: {good}",
            "My go-to [meal prep|breakfast]: {dish_home}, made with {b}. [Not an ad|Just love it] "
            "{e_pos}",
        ),
    ),
    influencer_neg=T(
        ru=(
            "[Подписчики просили|Вы просили] проверить {b}. [Проверил|Проверила]: {meh}, [пачка "
            "мятая|битых зёрен полно|варится дольше, чем написано|запах странный|цена кусается]. "
            "[Выводы делайте сами|Грустно]",
            "[Экспертиза|Лабораторный тест] гречки из магазина: у {b} {meh}. [Полное видео на "
            "канале|Подробности в посте] {e_neg}",
        ),
        en=(
            "You asked me to test {b}. Result: {meh}, and [the pack was crushed|it smelled off|it "
            "cooks longer than the label says|the price stings].",
            "Lab-tested store buckwheat: with {b} {meh} {e_neg}",
        ),
    ),
    decoy=T(
        ru=(
            "[Дед|Папа] [за столом|на юбилее] опять [затянул|запел] «Полюшко-поле», [все "
            "подхватили|бабушки прослезились] {e_pos}",
            "[На выпускном|На концерте] в [садике|школе] дети [пели|исполнили] «Полюшко-поле», [я "
            "рыдала|зал хлопал стоя]",
            "[Турбаза|База отдыха] «Полюшко» [под {city}|возле {city}]: [баня, озеро, "
            "тишина|домики у леса] {e_pos}",
            "Детский сад «Полюшко» [набирает группу|открыл новую группу] [на осень|с сентября], "
            "[кто водит, как вам?|отзывы есть?]",
            "[Кафе|Столовая] «Полюшко» [у нас на районе|на въезде в {city}] — [лучшие "
            "пельмени|комплексный обед за 350], [всем советую|проверено]",
            "[Еду|Ехали] [мимо полей|по трассе], [пшеница до горизонта|подсолнухи], и в голове "
            "[крутится|вертится] «полюшко-поле, полюшко, широко поле» {e_pos}",
            "[Ансамбль|Хор] «Полюшко» [из {city}|нашего ДК] [занял первое место|выступил] на "
            "[фестивале|конкурсе]. [Молодцы|Браво]!",
        ),
        en=(
            "The Red Army Choir singing «Polyushko Pole» [still gives me chills|is unreal] {e_pos}",
            "[My grandpa|My dad] used to hum Polyushko-Pole [while fixing the car|every morning]",
            "[Figure skaters|Ice dancers] [skated|performed] to Polyushko Pole [at the "
            "championship|tonight], [stunning|gorgeous]",
            "Little Russian café «Polyushko» [in {city}|downtown] has [the best pelmeni|great "
            "borscht] {e_pos}",
        ),
    ),
    decoy_neg=T(
        ru=(
            "[Опять|Снова] [соседи горланят|кто-то в караоке орёт] «Полюшко-поле» [в два часа "
            "ночи|до утра]. [Вызвала полицию|Сил нет] {e_neg}",
            "[Турбаза|База] «Полюшко» [под {city}|возле {city}] — [грязь, сырость, "
            "комары|холодные домики, душ не работал]. [Не советую|Деньги на ветер]",
            "[Детский сад|Садик] «Полюшко»: [воспитательница кричит на детей|опять карантин], "
            "[родители в шоке|заведующая не отвечает]",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Волна»
VOLNA = BrandTexts(
    vocab=Vocab(
        ru={
            "svc": ("мобильный инет", "4G", "интернет", "LTE", "сигнал", "5G", "инет", "приём",
                    "мобильный интернет на телефоне"),
            "where": ("в подземке", "у нас на даче", "в лифте нашей многоэтажки", "дома на кухне",
                      "в электричке до Твери", "на парковке у ТЦ", "у нас в офисе", "за городом",
                      "на трассе М-11", "в подъезде у лифта", "в самом центре",
                      "на стадионе во время матча"),
            "meh": ("интернет еле ползёт", "звонки обрываются на полуслове",
                    "сеть пропадает каждые пять минут", "списали за непонятную подписку",
                    "одна палка связи", "СМС приходят через час", "видео не грузится",
                    "в поддержке бот гоняет по кругу", "абонентка опять выросла",
                    "роуминг съел весь баланс", "приложение вылетает",
                    "значок 4G горит, а толку ноль"),
            "good": ("интернет летает", "ни одного обрыва за месяц",
                     "в чате ответили за минуту", "цена без подвоха",
                     "eSIM завели минут за пять", "сеть есть даже в лифте",
                     "роуминг по-божески"),
            "tariff": ("тариф «Бриз»", "тариф «Штиль»", "тариф «Прибой безлимит»",
                       "семейный тариф", "тариф для планшета", "тариф «Свой»"),
            "dn_head": ("Срочно:", "Пишут, что", "Ну вот, дождались:", "Главное за день:",
                        "По данным синоптиков,", "Из нашего чата:", "Жесть:", "",
                        "Коллеги сообщают:", "Тем временем", "Итак,"),
            "dn_tail": ("Берегите себя.", "Держитесь там.", "Подробности в комментариях.",
                        "Куда катимся.", "{sigh}", "Кто ещё в шоке?", "Пишите, как у вас.",
                        "Ну и год.", "", "{e_neg}", "Ужас какой-то.", "Будьте осторожны."),
            "guard_venue": ("на Невском возле Казанского собора", "в ТЦ «Галерея»",
                            "у метро Автово"),
            "ignored_issue": ("нет мобильного интернета в Мурино с понедельника",
                              "не проходят входящие звонки с других операторов",
                              "каждый день списывают по 49 ₽ за подписку, которую никто не "
                              "подключал"),
            "gaffe_topic": ("про абонентов, которые жалуются на связь",
                            "про пенсионеров, которые не разбираются в тарифах"),
            "fake_claim": ("с первого числа за каждый входящий звонок будут списывать по 5 ₽",
                           "старые сим-карты отключат без предупреждения до конца месяца",
                           "базу абонентов с паспортными данными слили в даркнет"),
        },
        en={
            "svc": ("4G data", "signal", "coverage", "LTE", "internet", "5G", "data"),
            "where": ("on the subway", "out at the dacha", "in my building's elevator",
                      "in the office", "downtown", "on the suburban train", "at my place",
                      "on the M11 highway"),
            "meh": ("data crawls", "calls cut out mid-sentence",
                    "the signal vanishes every few minutes",
                    "I got charged for a subscription I never added", "it's one bar at best",
                    "texts arrive an hour late", "support is a bot loop",
                    "the monthly fee went up again", "the app keeps crashing", "videos won't load"),
            "good": ("data is fast", "zero dropped calls this month",
                     "support replied in a minute", "the price is fair",
                     "eSIM took five minutes", "there's signal even in the elevator"),
            "tariff": ("the Breeze plan", "the Surf unlimited plan", "the family bundle",
                       "the tablet plan", "the Calm plan"),
            "dn_head": ("Breaking:", "Ugh.", "Just saw this:", "", "Heads up:"),
            "dn_tail": ("Stay safe.", "Unbelievable.", "{sigh}", "", "{e_neg}", "What a year."),
            "guard_venue": ("on Nevsky, near Gostiny Dvor", "at the Galereya mall",
                            "near Avtovo station"),
            "ignored_issue": ("no mobile data in Murino since Monday",
                              "no incoming calls from other networks",
                              "a 49-ruble daily charge for a subscription nobody added"),
            "gaffe_topic": ("about subscribers who complain about the signal",
                            "about pensioners who can't figure out the plans"),
            "fake_claim": ("from the first of the month every incoming call will cost 5 rubles",
                           "old SIM cards will be cut off without warning by the end of the month",
                           "the subscriber database with passport data was leaked to the darknet"),
        },
    ),
    positive=T(
        ru=(
            "[Перешёл на {b_acc} месяц назад — ни разу не пожалел|Перешла на {b_acc} ещё весной — "
            "ни разу не пожалела|Перешли на {b_acc} всей семьёй — лучшее решение года]: {good} "
            "{e_pos}",
            "{b} [реально|внезапно] [ловит|тянет] {where}, где у [остальных|соседей по даче] "
            "[ноль|SOS вместо сети]. {e_pos}",
            "[Подключил|Взяла] {tariff} у {b_gen}: {good}, [плачу копейки|за эти деньги вообще "
            "космос]",
            "Поддержка {b_gen} [решила вопрос|вернула деньги] [за пять минут|без танцев с "
            "бубном], [вот бы везде так|я в шоке (в хорошем смысле)] {e_pos}",
            "[Неделю|Две недели] [в горах|в разъездах], и {b} [ни разу не подвела|держала связь "
            "везде]: {good}",
            "[Всем, кто ноет про связь|Кто выбирает оператора]: {b} [норм|лучше, чем о ней "
            "говорят], {good}, [проверено|мой опыт]",
            "[Мама наконец перешла|Брат тоже перешёл|Жена тоже перешла] на {b_acc}, [теперь у нас "
            "семейный тариф|минус одна головная боль] {e_pos}",
            "{svc} у {b_gen} [сегодня|{when}] [просто летает|даёт под сотню мегабит|ловит на все "
            "палки] {where} {e_pos}",
        ),
        en=(
            "Switched to {b} [last month|in spring] and [honestly|ngl], {good} {e_pos}",
            "{b} [actually works|has signal] {where}, [everyone else gets nothing|unlike my old "
            "carrier]",
            "On {tariff} with {b}: {good}, [and it's cheap|worth every ruble]",
            "{b} support [fixed it|refunded me] in [5 minutes|one chat], [wild|never seen that "
            "before] {e_pos}",
            "Two weeks [on the road|in the mountains] and {b} [never dropped|held up everywhere]: "
            "{good}",
        ),
        mixed=(
            "{b} [реально|прям] [solid|top], {svc} {where} [летает|works perfectly] {e_pos}",
            "Switched на {b_acc}, [no regrets|ни разу не пожалел] {e_pos}",
            "[Ngl|Honestly], у {b_gen} [лучшая связь|best signal] {where} {e_pos}",
        ),
    ),
    neutral=T(
        ru=(
            "[Кто с {b_ins}|У кого {b}], как {svc} {where}? [Думаю переходить|Выбираю оператора]",
            "{b} [поменяла|меняет] {tariff}, [пришла СМС|пишут в приложении], что [с {n} числа|со "
            "следующего месяца] [другая цена|новые условия]",
            "[Сделал|Оформила] eSIM {b_gen} [через приложение|в салоне], [посмотрим, как "
            "будет|пока полёт нормальный] {e_meh}",
            "[А|Подскажите,] у {b_gen} [есть|работает] роуминг в [Турции|Грузии|Казахстане]? "
            "[Лечу через неделю|Еду в отпуск]",
            "[Стою|Сижу] в салоне {b_gen}, [очередь человек {n}|передо мной бабушка переносит "
            "номер], [жду|терпим] {e_meh}",
            "[Пришла|Прилетела] СМС от {b_gen} про {tariff}. [Кто-нибудь понял, что "
            "поменялось?|Перевожу на человеческий: что-то подорожало]",
            "{b} [запускает|запустила] [свой кешбэк|детский тариф|домашний интернет] {where}, "
            "[видел рекламу|пишут в новостях]",
            "Сколько у вас [плата|абонентка] у {b_gen}? У меня {tariff}, выходит [около|примерно] "
            "{n}0 ₽ в месяц",
            "[Перенёс|Перенесла] номер в {b_acc}, [заняло дней десять|прошло две недели|ушла "
            "неделя], [пока нормально|посмотрим] {e_meh}",
            "{who} [спрашивает|интересуется], [стоит ли|есть ли смысл] переходить на {b_acc} "
            "[ради нового тарифа|из-за роуминга]. [Что скажете?|Кто пользуется?]",
        ),
        en=(
            "Anyone on {b}: how's {svc} {where}? [Thinking of switching|Choosing a carrier]",
            "{b} is changing {tariff} [from next month|from the {n}th], got a text about it",
            "Set up a {b} eSIM [through the app|in store], [so far so good|we'll see] {e_meh}",
            "Does {b} roaming work in [Turkey|Georgia|Kazakhstan]? [Flying next week|Going on "
            "vacation]",
            "[In line|Waiting] at a {b} store, {n} people ahead {e_meh}",
            "Got a text from {b} about {tariff}. [Did anything actually change?|Can someone "
            "translate?]",
            "{b} is launching [home internet|a kids plan|cashback] {where} apparently",
            "Ported my number to {b}, took {n} days. [So far fine|We'll see]",
        ),
        mixed=(
            "Кто с {b_ins}, как {svc} {where}? [Thinking of switching|Хочу перейти]",
            "Сделал eSIM {b_gen}, [so far so good|пока норм] {e_meh}",
            "[Got a text|Пришла СМС] от {b_gen} про новый тариф, [какой-то|very] confusing",
        ),
    ),
    negative=T(
        ru=(
            "{b} [опять|снова|в очередной раз]: {meh}, [а ещё|да плюс] [поддержка отвечает через "
            "сутки|тариф опять подорожал|в салоне очередь на час|в час пик интернета просто нет]. "
            "[Ухожу|Надоело|Сколько можно] {e_neg}",
            "{svc} {b_gen} {where} — [это боль|это шутка какая-то|только для галочки]. {meh} "
            "{e_neg}",
            "[Списали|Сняли] {n}9 ₽ за [подписку, которую|какой-то сервис, который] я [не "
            "подключал|в глаза не видела]. {b}, [вы там совсем?|верните деньги|это уже воровство] "
            "{e_neg}",
            "{sigh}, {b} [испортилась|скатилась|уже не та]. [Раньше|Год назад] было "
            "[нормально|терпимо], а теперь {meh}",
            "[Звоню|Пытаюсь дозвониться] в поддержку {b_gen} [уже минут сорок|полчаса|второй "
            "день], [бот|робот] [отправляет в начало|не понимает слово «оператор»] {e_neg}",
            "{where} у {b_gen} [одна палка|SOS вместо сети|«только экстренные вызовы»], [а я "
            "плачу за {tariff}|а платим как за золото]. {e_neg}",
            "{b} [подняла|подняли] цену на {tariff} [уже второй раз за год|без предупреждения|на "
            "{n}0 рублей]. [Спасибо|Прекрасно], [что не в два раза|что хоть СМС прислали]",
            "Кто-нибудь объяснит, [почему|зачем] {b} [при полной сети|при всех делениях] [не "
            "грузит даже почту|не открывает карты]? {e_neg}",
            "[Уехал|Уехала] [в отпуск|в командировку], и {b} [выставила счёт за роуминг|сожрала "
            "весь баланс за день]. [Прекрасно|Шикарный отдых] {e_neg}",
            "[Видео|Сторис|Голосовые] на {b_pre} [грузятся|качаются] [как в 2007-м|по минуте]. "
            "{meh}. {lol}",
            "[Перешёл|Перешла] на {b_acc} [ради скорости|из-за рекламы]? [Ошибка|Зря]. {meh}, [а "
            "в салоне|а в чате] [только разводят руками|отвечают шаблонами]",
        ),
        en=(
            "{b} [again|yet again]: {meh}, and [support takes a day to answer|the plan got "
            "pricier again|the store queue is an hour long|data dies at rush hour]. [I'm "
            "done|Switching] {e_neg}",
            "{b} {svc} {where} is [a joke|basically decorative]. Also {meh} {e_neg}",
            "{b} charged me {n}9 rubles for a subscription I never [added|asked for]. [Refund "
            "me|Seriously?] {e_neg}",
            "{sigh}. {b} [used to be fine|has gone downhill]. Now {meh}.",
            "Been trying to reach {b} support for {n} minutes, [the bot|the robot] [keeps "
            "looping|doesn't understand 'agent'] {e_neg}",
            "{b} [raised|hiked] the price of {tariff} [again|without warning] {e_neg}",
            "Full bars on {b} and [nothing loads|can't even open maps] {where}. {e_neg}",
            "Went abroad and {b} [ate my whole balance|sent me a massive roaming bill] in a day "
            "{e_neg}",
        ),
        mixed=(
            "{b} {svc} {where} — [literally|буквально] zero. {meh} {e_neg}",
            "Списали за subscription, которую я не [подключал|брал]. {b}, [seriously?|вы "
            "серьёзно?] {e_neg}",
            "Full bars, но [ничего не грузится|nothing loads]. Thanks, {b} {e_neg}",
        ),
    ),
    question=T(
        ru=(
            "{h} [здравствуйте|добрый день], как [подключить|отключить] [eSIM|раздачу "
            "интернета|автоплатёж|роуминг]? [В приложении не нашёл|Кнопки нет]",
            "{h} [подскажите|скажите], {tariff} [ещё можно подключить|действует в роуминге]?",
            "{h} [будет ли|когда будет] 5G {where}? [Ждём|Надежда ещё есть]",
            "{h} а [можно|как] [перевести остаток гигабайт|подарить минуты] [другому номеру|на "
            "номер мамы]?",
            "{h} [сколько стоит|как оформить] [перенос номера|восстановление сим-карты]? [Потерял "
            "телефон|Сменила фамилию]",
            "{h} [почему|откуда] в детализации [звонок на короткий номер|платная СМС] за {n}9 ₽? "
            "[Объясните, пожалуйста|Я такого не делал]",
        ),
        en=(
            "{h} hi, how do I [turn on|turn off] [eSIM|the hotspot|autopay|roaming]?",
            "{h} does {tariff} work [abroad|in roaming]?",
            "{h} when will 5G be available {where}?",
        ),
    ),
    complaint=T(
        ru=(
            "{h} {where} [третий день|с понедельника|уже неделю] [одна палка связи|интернет еле "
            "ползёт|звонки обрываются|сеть то есть, то нет]. [Когда почините?|Что "
            "происходит?|Сколько ждать?]",
            "{h} [сняли|списали] {n}9 ₽ за [подписку, которую|услугу, которую] я не "
            "[подключал|заказывала]. Верните [деньги|пожалуйста] {e_neg}",
            "{h} [не могу|невозможно] [зайти в личный кабинет|оплатить связь|подключить eSIM], "
            "[ошибка|пишет «попробуйте позже»] [уже несколько часов|второй день]",
            "{h} в салоне {where} [нахамили|отказались помочь с переносом номера|продали ненужную "
            "страховку]. [Это норма?|Разберитесь]",
            "{h} роуминг [не работает|не включается] [в Турции|в Грузии|за границей|в Армении], "
            "[сижу без связи|ни звонков, ни интернета] {e_neg}",
            "{h} [номер|сим-карту] [заблокировали|отключили] [без причины|без объяснений], "
            "[баланс плюсовой|всё оплачено]. [Верните связь|Что за дела?]",
            "{h} {svc} [не работает|лежит] [с утра|с ночи|полдня], [перезагружал|перезагружала] "
            "[телефон|всё], [не помогло|без толку] {e_neg}",
            "{h} [обещали перезвонить|по заявке №{n}{n}{n} обещали ответ] [три дня назад|ещё в "
            "понедельник], [тишина|никто не звонил]",
            "{h} [цена|абонентка] за {tariff} [выросла|поменялась] без [уведомления|СМС]. "
            "[Верните старую|Я не соглашался]",
        ),
        en=(
            "{h} {where}: [no signal|data barely works|calls keep cutting out] [for three days "
            "now|since Monday]. [When will you fix it?|What's going on?]",
            "{h} you charged me {n}9 rubles for a subscription I never [added|ordered]. Refund "
            "please {e_neg}",
            "{h} can't [log in|pay my bill|activate eSIM], [error every time|'try again later'] "
            "{e_neg}",
            "{h} roaming [isn't working|won't turn on] [in Turkey|in Georgia|abroad|in Armenia], "
            "[no calls, no data|stuck without signal]",
            "{h} [my number|my SIM|my second line] was [blocked|suspended|cut off] [for no "
            "reason|without warning|this morning], [balance is positive|I paid on "
            "time|everything's paid]. [Restore it please|What's going on?|Nobody explains "
            "anything]",
            "{h} {svc} [is down|doesn't work] [since morning|for {n} hours], restart didn't help "
            "{e_neg}",
            "{h} ticket #{n}{n}{n}: [promised a callback|still waiting] [three days ago|since "
            "Monday]",
            "{h} [the price of|my bill for] {tariff} [went up|jumped by {n}0 rubles] [with no "
            "notice|without a single text]. [I never agreed to this|Put it back|Explain, please]",
        ),
    ),
    comment=T(
        ru=(
            "[Лучше бы|Может, лучше] [связь починили|интернет сделали нормальный] {where} {e_meh}",
            "[Круто|Класс], [подключу|попробую] {e_pos}",
            "[А|Ну а] роуминг [когда подешевеет|в Турции будет]?",
            "[Опять|Снова] реклама, а {where} {meh} {e_neg}",
            "[Давно с вами|С вами лет {n}], [всё устраивает|ни разу не подвели] {e_pos}",
            "[Цены|Тарифы] [только растут|опять подняли], а [акции только для новых|старым "
            "клиентам ничего] {sigh}",
        ),
        en=(
            "Fix {svc} {where} first {e_meh}",
            "[Nice|Cool], will try it {e_pos}",
        ),
    ),
    reply=T(
        ru=(
            "[Согласен|+1|Плюсую], {good} {e_pos}",
            "[А у меня|У нас] {where} [всё ловит|нормально], [может, вышка|может, симка старая] "
            "{e_meh}",
            "[Тоже|Такая же фигня], {meh} {sigh}",
            "[Пиши|Напиши] им [в чат|в поддержку], [мне вернули|мне сделали перерасчёт]",
            "[Отключи|Проверь] платные подписки в [приложении|личном кабинете], [у меня тоже "
            "было|там всё прячут]",
            "{lol} [жиза|добро пожаловать в клуб]",
            "[Перезагрузи телефон|Переставь симку|Вытащи и вставь симку], [мне помогло|иногда "
            "помогает]",
            "[Переходи|Уходи] к [другим|конкурентам], [я ушёл и счастлив|не мучайся] {lol}",
        ),
        en=(
            "[Same|Agreed], {good}",
            "Mine works fine {where}, [maybe it's the tower|might be your SIM]",
            "Check for paid subscriptions in the app, [happened to me too|they hide them]",
            "{lol} [welcome to the club|relatable]",
        ),
    ),
    answer=T(
        ru=(
            "Здравствуйте! [Сожалеем|Очень жаль], что так получилось. Напишите, пожалуйста, номер "
            "телефона в личные сообщения — [проверим|посмотрим] [качество сети|нагрузку на "
            "базовую станцию] по вашему адресу.",
            "[Добрый день|Здравствуйте]! [Платные подписки|Подписки] можно отключить в "
            "[приложении|личном кабинете] в разделе «Услуги». [Списанные средства вернём|Деньги "
            "вернём] после проверки.",
            "Здравствуйте! [В вашем районе|По вашему адресу] идут [плановые работы|работы на "
            "оборудовании], [связь восстановится|всё заработает] [к вечеру|в течение суток]. "
            "Приносим извинения.",
            "[Здравствуйте|Добрый вечер]! Мы [создали заявку|передали обращение техническим "
            "специалистам], [ответ придёт в СМС|с вами свяжутся] в течение [24|48] часов.",
            "Спасибо, что [написали|обратились]! [Перерасчёт сделан|Мы сделали перерасчёт], "
            "[деньги уже на балансе|средства вернутся на счёт в течение дня].",
            "Здравствуйте! Роуминг [подключается автоматически|включается в приложении], "
            "[проверьте|пожалуйста, проверьте], что [в настройках телефона включена передача "
            "данных в роуминге|на балансе есть средства].",
            "[Нам жаль|Простите за неудобства]. [Пожалуйста, пришлите|Отправьте] в личные "
            "сообщения [номер|номер и адрес], и мы [разберёмся|всё проверим] в приоритетном "
            "порядке.",
        ),
        en=(
            "Hi! Sorry about that. Please DM us your number and we'll check the "
            "[network|coverage] at your address.",
            "Hello! Paid subscriptions can be turned off in the app under 'Services'. We'll "
            "refund the charge after a check.",
            "Hi! There's [planned maintenance|work on equipment] in your area; service should be "
            "back [by evening|within 24 hours]. Sorry for the trouble.",
            "Thanks for reaching out! [The refund is done|We've recalculated your bill], the "
            "money is back on your balance.",
        ),
    ),
    thanks=T(
        ru=(
            "[Спасибо|Благодарю], [вернули|сделали перерасчёт] {e_pos}",
            "[Заработало|Появилась сеть], спасибо",
            "[Ок|Хорошо], [написал в личку|отправила номер]",
            "[Вот это скорость|Быстро], спасибо {e_pos}",
        ),
        en=(
            "Thanks, [it works now|signal's back] {e_pos}",
            "[Got the refund|DM'd you], thanks",
        ),
    ),
    still_broken=T(
        ru=(
            "[Написал|Написала] [ещё утром|часа три назад|вчера вечером] — [тишина|никто не "
            "ответил] {e_neg}",
            "[Связи|Интернета] [так и нет|всё ещё нет], [а «к вечеру» было вчера|прошли уже сутки]",
            "Деньги [не вернули|так и не пришли], [обещали за сутки|прошла неделя]",
            "[Перезагружал|Делала всё по инструкции] — [не помогло|ноль эффекта]. [Шаблонные "
            "ответы не помогают|Дайте живого человека]",
        ),
        en=(
            "Still [no signal|no refund] after {n} hours {e_neg}",
            "[Did all that|Restarted everything], still broken",
        ),
    ),
    review_pos=T(
        ru=(
            "[Хороший|Нормальный] оператор. {good}, {good}. [Рекомендую|Пять звёзд].",
            "[Пользуюсь|С ними] [уже лет {n}|давно], [проблем нет|всё стабильно]. {good}.",
            "[Перешёл|Перешла] [от другого оператора|полгода назад], [не жалею|довольна]: {good}.",
            "[Салон|Сотрудник в салоне] [помог быстро|помог вежливо], {good}. {e_pos}",
        ),
        en=(
            "Good carrier. {good}, and {good}. [Recommend|5 stars]",
            "Been with them for [years|a while]: {good}.",
        ),
    ),
    review_neg=T(
        ru=(
            "[Ужасная|Отвратительная] связь. {meh}, [поддержка отвечает через сутки|тариф опять "
            "подорожал|в салоне очередь на час|в час пик интернета просто нет]. [Не "
            "рекомендую|Одна звезда].",
            "[Списывают|Снимают|Тихо снимают] деньги за [подписки|непонятные услуги|«контент», "
            "который я не заказывал], [в поддержке отписки|в чате бот|на горячей линии ждать {n} "
            "минут]. [Ухожу|Переношу номер к другим|Терпение кончилось].",
            "[Раньше|Когда-то] было [нормально|терпимо], теперь {meh}, [а цена выросла|и цены "
            "растут].",
            "[В салоне у метро|В фирменном салоне|В салоне в торговом центре] "
            "[нахамили|навязывали страховку и «выгодный» тариф|полчаса искали мой договор], а [на "
            "простой вопрос|на просьбу помочь] [закатили глаза|ответили «не знаю»|отправили "
            "писать в чат]. {e_neg}",
            "{where} [не ловит вообще|нет сети], [а обещали покрытие|на карте покрытия всё "
            "зелёное]. {meh}.",
        ),
        en=(
            "[Terrible|Awful] coverage. {meh}, [support takes a day to answer|the plan got "
            "pricier again|the store queue is an hour long|data dies at rush hour]. [Avoid|One "
            "star].",
            "[They charge|I keep getting charged] for [subscriptions|'services'] [I never "
            "ordered|nobody asked for], [and support|while support] [is a bot|sends "
            "templates|just says 'wait']. [Switching|Porting my number out|Done with them].",
            "Used to be okay, now {meh}, [and prices keep rising|and it costs more].",
            "[Store staff|The guy at the store|A sales rep] [were rude|pushed useless "
            "insurance|tried to upsell me twice] and [couldn't answer basic questions|rolled "
            "their eyes|sent me to the chat]. [{e_neg}|Avoid that store.|Never again.]",
            "No signal {where} [at all|most of the day], [though the coverage map is "
            "green|despite what they promise|and support says everything's fine]. [Why am I "
            "paying?|{e_neg}|]",
        ),
    ),
    review_answer=T(
        ru=(
            "Здравствуйте! Благодарим за отзыв и приносим извинения. [Пожалуйста, напишите нам в "
            "чат поддержки|Сообщите номер в личных сообщениях], [мы проверим качество связи|мы "
            "разберёмся с начислениями].",
            "[Добрый день|Здравствуйте]! Нам жаль, что впечатление [испорчено|негативное]. [Отзыв "
            "передан в технический отдел|Мы передали ваш отзыв руководителю салона], [спасибо за "
            "обратную связь|постараемся исправить ситуацию].",
        ),
        en=(
            "Hello! Thanks for the review, and sorry. Please contact us in the support chat so we "
            "can [check your coverage|review the charges].",
            "We're sorry for the experience. [Your review has been passed to the technical "
            "team.|We've shared this with the store manager.]",
        ),
    ),
    review_thanks=T(
        ru=(
            "Спасибо за отзыв! [Рады, что вы с нами|Будем и дальше стараться] {e_pos}",
            "[Благодарим|Спасибо] за высокую оценку! [Хорошей связи|Всегда на связи]",
        ),
        en=(
            "Thanks for the review! [Glad you're with us|Stay connected] {e_pos}",
            "Thank you for the high rating! [We appreciate it|See you around]",
        ),
    ),
    review_dispute=T(ru=()),
    official_post=T(
        ru=(
            "[Новый|Встречайте] {tariff}: [безлимит на мессенджеры|в два раза больше гигабайт] "
            "[за те же деньги|без доплат] {e_pos}",
            "[Запустили|Включили] 5G {where}! [Проверяйте скорость|Делитесь замерами] {e_pos}",
            "[Важно|Внимание]: [в ночь на субботу|сегодня ночью] [плановые работы на "
            "сети|обновление приложения], возможны кратковременные перерывы. Спасибо за понимание!",
            "[Мошенники|Злоумышленники] звонят от имени оператора. [Мы никогда не просим коды из "
            "СМС|Не называйте коды из СМС]. {b} заботится о вас",
            "[Розыгрыш|Конкурс]: [пополните баланс|подключите eSIM] и [выиграйте "
            "смартфон|получите шанс выиграть год связи] от {b_gen}",
        ),
    ),
    exec_post=T(
        ru=(
            "[Подвели|Закрыли] итоги квартала: [абонентская база выросла на {n}%|выручка от "
            "данных растёт]. [Спасибо команде|Работаем дальше].",
            "[Был|Побывал] [на стройке новых базовых станций|на запуске сети] [в {city}|в "
            "регионах]. [Инженеры — настоящие герои|Увидел всё своими глазами].",
            "[Выступил|Выступаю] на [ПМЭФ|отраслевой конференции]: [говорили про|тема —] [частоты "
            "для 5G|импортозамещение оборудования].",
            "[Читаю|Прочитал] [книгу|интересную статью] про [управление в кризис|будущее "
            "телекома]. [Советую|Мысли в комментариях].",
            "[Утром|На выходных] [пробежал|проплыл] {n} км. [Спорт держит в тонусе|Лучшая "
            "медитация] {e_pos}",
            "[Часто спрашивают|Вопрос из комментариев]: [почему растут тарифы|когда 5G будет "
            "везде]? [Отвечаю подробно|Коротко]: [оборудование дорожает|инвестиции в сеть].",
            "[Встретился|Пообщался] [со студентами МФТИ|с молодыми инженерами из {city}]. "
            "[Сильное поколение|Заберём лучших к себе] {e_pos}",
            "[Поздравляю команду поддержки|Горжусь нашими инженерами] — [время ответа сократили "
            "вдвое|рекорд по стабильности сети].",
            "[Отпуск|Пара дней] [на Байкале|в горах], [связь, кстати, ловит|телефон почти не "
            "трогал]. [Перезагрузка|Вернулся с идеями]",
        ),
    ),
    influencer_pos=T(
        ru=(
            "[Тест|Замер] скорости [трёх операторов|всех операторов] [в {city}|в метро] — {b} [на "
            "первом месте|выиграла]. {good}. [Видео на канале|Полный ролик по ссылке]",
            "[Полгода|Месяц] на {b_pre} — [мой честный отзыв|итоги]: {good}. [Не реклама|Никто не "
            "платил] {e_pos}",
            "[Поездка|Путешествие] [по Алтаю|по трассе М-4] с {b_ins}: [связь почти везде|ни "
            "одного обрыва]. [Рекомендую|Беру на заметку]",
            "[Рейтинг операторов|Сравнение тарифов] этого года: {b} [в топе|лучшая цена за "
            "гигабайт] {lol}",
        ),
        en=(
            "Speed-tested [three carriers|every carrier] in {city}, {b} [won|came out on top]: "
            "{good}. [Video on the channel|Full test linked]",
            "Six months on {b}, honest review: {good}. [Not sponsored|Nobody paid me] {e_pos}",
            "Road trip with {b}: [signal almost everywhere|zero dropped calls]. {e_pos}",
        ),
    ),
    influencer_neg=T(
        ru=(
            "[Проверил|Протестировал] {b_acc} [в {city}|в метро]: {meh}, [поддержка отвечает "
            "через сутки|тариф опять подорожал|в салоне очередь на час|в час пик интернета просто "
            "нет]. [Разочарование|Не советую]",
            "[Подписчики жалуются|Вы пишете] на {b_acc} [уже неделю|массово]: {meh}. [Разбираюсь "
            "в видео|Сделал ролик] {e_neg}",
            "[Честный разбор|Разбор] тарифов: у {b_gen} [скрытые подписки|мелкий шрифт], {meh}",
        ),
        en=(
            "Tested {b} in {city}: {meh}, and [support takes a day to answer|the plan got pricier "
            "again|the store queue is an hour long|data dies at rush hour]. "
            "[Disappointing|Wouldn't recommend]",
            "My followers keep complaining about {b}: {meh} {e_neg}",
        ),
    ),
    decoy=T(
        ru=(
            "[Утро|Вечер] на море: [волна|лёгкая волна] [шуршит|накатывает] по гальке, [кофе|чай] "
            "в термосе {e_pos}",
            "[Первая|Наконец-то] волна, на которой я устоял [на доске|на серфе]! "
            "[Бали|Шри-Ланка], [я вас люблю|не хочу домой] {e_pos}",
            "[На стадионе|На матче] мексиканская волна [прошла по трибунам|обошла стадион три "
            "раза], [весь сектор встал|даже охрана подхватила] {lol}",
            "«Новая волна» [в этом году|опять] [в Сочи|в Казани], [кто поедет?|билеты уже продают]",
            "Гостиница «Волна» [в {city}|на набережной] — [чисто, завтраки норм|вид на море из "
            "каждого номера], [советую|брали на три ночи]",
            "ФК «Волна» [выиграл|обыграл соседей] [2:1|3:1|в дерби], [весь посёлок|весь район] "
            "[гуляет|празднует] {e_pos}",
            "[Посёлок|Хутор] Волна [на Тамани|под Темрюком]: [виноградники|лиманы], [тишина|ни "
            "одного туриста]. [Лучший отпуск|Рекомендую]",
            "[Дед|Отец] до сих пор [слушает|включает] радио «Волна» на [старом приёмнике|кухне] "
            "{e_pos}",
            "Укладка «[холодная волна|мягкая волна]» [как у звёзд 30-х|снова в моде], "
            "[записалась|мастер сделал за час] {e_pos}",
            "Когда [с коллегами|с мамой|с мужем] на одной волне — [любая работа в радость|и слов "
            "не надо] {e_pos}",
            "Тёплая волна [ностальгии|благодарности] [накрыла|прошла], когда [нашла старые "
            "фото|услышала эту песню]",
            "[Физика, 9 класс|Урок физики]: волна — это [перенос энергии без переноса "
            "вещества|колебание, которое бежит]. [Сын объяснил мне за ужином|Вспомнил школу] {lol}",
            "[Советская|Старая] [стиральная машина|радиола] «Волна» [у бабушки|на даче] [до сих "
            "пор работает|пережила три переезда]",
            "[Заплыв на рассвете|Вечерний заплыв]: [волна небольшая|волна по колено], [вода "
            "+24|вода как парное молоко] {e_pos}",
            "Французская «новая волна», [Годар|Трюффо] — [пересматриваю|смотрю] [«На последнем "
            "дыхании»|«400 ударов»] [третий раз|под вино] {e_meh}",
        ),
        en=(
            "«Volna» means wave in Russian, [so naturally|and yes] the [surf school|beach bar] in "
            "{city} is called Volna {lol}",
            "Grandpa's old Volna radio [still works|still crackles to life] {e_pos}",
            "Stayed at Hotel Volna [on the Black Sea|in {city}], [sea view|great breakfasts] "
            "{e_pos}",
            "[Watched|Listening to] the Novaya Volna festival [on TV|on a stream] with [{who}|the "
            "family]. [Nostalgia|Fun night]",
        ),
    ),
    decoy_neg=T(
        ru=(
            "{dn_head} волна [аномальной жары|жары под сорок] [накроет|накрывает] [юг|центр "
            "России|{city}] [на этой неделе|с понедельника], [кондиционеры раскупили|вентиляторов "
            "в магазинах нет]. {dn_tail}",
            "{dn_head} [новая|очередная] волна гриппа: [в школах карантин|половина класса дома|в "
            "садиках пусто], [аптеки пустые|температурят все]. {dn_tail}",
            "{dn_head} волна [увольнений|сокращений] [дошла|докатилась] [до нашей конторы|до "
            "айтишников|до {city}]: [минус полотдела за день|целый отдел разом|каждый третий], "
            "[без выходного пособия|«по соглашению сторон»]. {dn_tail}",
            "{dn_head} [новая волна мошенничества|волна звонков «из банка»]: [соседка чуть не "
            "перевела|знакомый чуть не отдал] [деньги «на безопасный счёт»|{n}0 тысяч]. {dn_tail}",
            "{dn_head} [волна|огромная волна] [смыла|накрыла] [отдыхающих|двух туристов] [с "
            "волнореза|с пирса] [в {city}|на городском пляже], [одного ищут спасатели|обошлось "
            "ушибами]. {dn_tail}",
            "{dn_head} волна [критики|хейта] [обрушилась на|накрыла] [блогершу|певицу|депутата] "
            "после [неудачной шутки|поста про бедных]. {dn_tail}",
            "{dn_head} [новая|ещё одна] волна подорожания: [гречка|бензин|коммуналка] [плюс "
            "{n}%|снова вверх]. {dn_tail}",
            "{dn_head} волна холода [придёт|идёт] [в выходные|после тёплого октября], [заморозки "
            "до минус десяти|на дорогах гололёд], [урожай под угрозой|дачники в панике]. {dn_tail}",
            "{dn_head} [третья|очередная] волна [банкротств|закрытий] [в общепите|среди малого "
            "бизнеса]: [кофейни|магазинчики] [закрываются|съезжают] одна за другой. {dn_tail}",
            "{dn_head} [мутная|грязная] волна [выбросила|прибила] к берегу [мусор|водоросли и "
            "пластик|мёртвую рыбу] [в {city}|на городском пляже], [купаться нельзя|пляж закрыли]. "
            "{dn_tail}",
            "{dn_head} волна [отмен рейсов|задержек поездов] [из-за погоды|после снегопада]: [в "
            "аэропорту|на вокзале] [толпы|люди спят на полу]. {dn_tail}",
        ),
        en=(
            "{dn_head} Hotel Volna [in {city}|by the sea] was [a nightmare|filthy]: [mould in the "
            "bathroom|no hot water]. {dn_tail}",
            "{dn_head} FC Volna [lost|got thrashed] [3:0|4:0|5:1] [again|at home]. {dn_tail}",
            "{dn_head} The Volna [ferry|tour boat] [broke down|got stuck] [halfway across the "
            "bay|in rough water], [passengers waited hours|nobody told us anything]. {dn_tail}",
        ),
    ),
)

# ------------------------------------------------------------------------------ other things
INFLUENCER_OTHER = T(
    ru=(
        "[Новое видео уже на канале|Вышел новый выпуск]: [разбираем|тестируем] [новый "
        "айфон|бюджетные наушники|робот-пылесос] [за свои деньги|до пяти тысяч]. "
        "[Ссылка в описании|Смотрите до "
        "конца] {e_pos}",
        "[Утро|Доброе утро], [друзья|подписчики]! [Сегодня|На этой неделе] [запускаю|стартует] "
        "[марафон по английскому|челлендж по бегу], [присоединяйтесь|кто со мной]?",
        "[Итоги недели|Дайджест]: [курс рубля|погода|новинки кино] и [ваши вопросы|ваши "
        "комментарии]. [Пишите, что разобрать в следующий раз|Спасибо, что читаете]",
        "[Была|Побывала] в {city}: [лучшие кофейни|куда сходить за выходные], [всё в "
        "карусели|подробный гайд в посте] {e_pos}",
        "[Розыгрыш|Конкурс] среди подписчиков: [PlayStation|сертификат на 10 тысяч]. [Условия в "
        "закреплённом|Итоги в пятницу]",
        "[Рецепт|Готовлю] [шарлотки|сырников] [за 20 минут|без сахара]: [видео уже в "
        "профиле|пошагово в сторис]",
        "[Вопрос|Опрос] к подписчикам: [куда поехать в отпуск|что посмотреть вечером]? [Варианты "
        "в комментариях|Голосуем]",
    ),
    en=(
        "New video is up: [testing|ranking] [budget earbuds|every cheap smartwatch] [under $50|so "
        "you don't have to]. {e_pos}",
        "[Morning|Good morning] everyone! [Starting|Launching] a [30-day running "
        "challenge|reading club] today, [who's in|join me]?",
        "[Weekly recap|Quick update]: [travel plans|new merch|channel news]. [Thanks for "
        "watching|Drop your questions below]",
        "Spent [a weekend|three days] in {city}: [best coffee spots|where to eat], [full guide on "
        "the channel|thread below]",
    ),
)
