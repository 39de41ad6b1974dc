"""Text bank `dev` of the simulated week: the texts detectors may be tuned on.

Written for this project (no line of the older scenarios reused). Syntax: textgen.py. The
holdout bank (bank_holdout.py) was written separately with other phrasings; keep the two
disjoint.
"""

from __future__ import annotations

from detectors.scenarios.banks import (
    ArgueTexts,
    Bank,
    BrandTexts,
    FakeTexts,
    GaffeTexts,
    GuardTexts,
    IgnoredTexts,
    StormTexts,
    Texts,
    Vocab,
)

# ------------------------------------------------------------------------------ shared vocabulary
VOCAB = Vocab(
    ru={
        "e_neg": ("", "", "", "😡", "🤬", "😤", "🙄", "😒", "👎", "🤦‍♀️", "😩", "🤢"),
        "e_pos": ("", "", "", "👍", "❤️", "🔥", "😍", "🙌", "😋", "✨", "💯", "🥰"),
        "e_meh": ("", "", "", "🤔", "😐", "🤷‍♂️", "👀"),
        "city": ("Москве", "Питере", "Казани", "Екатеринбурге", "Новосибе", "Самаре",
                 "Краснодаре", "Воронеже", "Нижнем", "Туле", "Уфе", "Ростове", "Перми"),
        "when": ("сегодня", "вчера", "утром", "вечером", "в обед", "на выходных",
                 "только что", "позавчера", "ночью"),
        "who": ("муж", "жена", "подруга", "сын", "дочка", "мама", "коллега", "брат",
                "сосед", "папа"),
        "lol": ("", "", "ахах", "лол", ")))", "))", "хд"),
        "sigh": ("", "", "эх", "ну что ж", "ладно", "как обычно", "классика"),
        "n": tuple(str(104_213 + 7_919 * i) for i in range(40)),
    },
    en={
        "e_neg": ("", "", "", "😡", "🙄", "😤", "👎", "🤦", "😩"),
        "e_pos": ("", "", "", "👍", "❤️", "🔥", "😍", "🙌", "✨"),
        "e_meh": ("", "", "🤔", "😐", "🤷"),
        "city": ("Moscow", "St Petersburg", "Kazan", "Yekaterinburg", "Sochi", "Novosibirsk"),
        "when": ("today", "yesterday", "this morning", "tonight", "at lunch", "last weekend"),
        "who": ("my wife", "my husband", "a friend", "my flatmate", "my colleague", "my son"),
        "lol": ("", "", "lol", "haha", "lmao"),
        "n": tuple(str(57_301 + 6_271 * i) for i in range(40)),
    },
)

# ------------------------------------------------------------------------------ «Сочный Бургер»
SOCHNY = BrandTexts(
    vocab=Vocab(
        ru={
            "dish": ("бургер", "чизбургер", "двойной чизбургер", "картошку фри", "наггетсы",
                     "молочный коктейль", "куриный ролл", "комбо-обед", "пирожок с вишней",
                     "луковые кольца", "бургер с беконом", "детский набор", "острые крылья"),
            "spot": ("на Тверской", "у метро", "в ТЦ", "на вокзале", "у нас на районе",
                     "возле универа", "на трассе", "в аэропорту", "около офиса"),
            "meh": ("ждали заказ минут сорок", "картошка была холодная", "забыли положить соус",
                    "перепутали заказ", "столы все грязные", "в зале жуткая очередь",
                    "курьер опоздал на час", "в приложении слетел заказ",
                    "не начислили баллы", "кола без газа", "котлета пересушена",
                    "булка развалилась", "терминал оплаты не работает"),
            "good": ("бургер огонь", "картошка хрустящая", "быстро отдали заказ",
                     "коктейль вкусный", "всё горячее", "кассир очень приветливая",
                     "доставка приехала за 20 минут", "новый соус прям зашёл"),
            "promo": ("новый бургер с трюфельным соусом", "комбо за 299", "бесплатную доставку",
                      "сезонный молочный коктейль", "двойные баллы в приложении"),
            "guard_venue": ("«Сочном Бургере» {spot}", "ресторане «Сочный Бургер» {spot}",
                            "Сочном Бургере {spot}"),
            "found_item": ("кусок пластика в бургере", "кусок металла в котлете",
                           "болт в картошке фри"),
            "found_short": ("пластик", "кусок металла", "болт"),
            "ignored_issue": ("не вернули деньги за отменённый заказ",
                              "списали деньги дважды за один заказ",
                              "не вернули деньги за недовоз"),
            "gaffe_topic": ("наши цены", "наши порции"),
            "fake_claim": ("в котлетах {b_gen} нашли червей",
                           "{b} жарит бургеры из просроченного мяса",
                           "в ресторанах {b_gen} массовое отравление"),
        },
        en={
            "dish": ("burger", "cheeseburger", "fries", "nuggets", "milkshake", "chicken wrap",
                     "bacon burger", "spicy wings", "onion rings"),
            "spot": ("on Tverskaya", "near the metro", "at the mall", "at the station",
                     "by my office", "at the airport"),
            "meh": ("waited 40 minutes for my order", "the fries were cold",
                    "they forgot the sauce", "they mixed up my order", "the tables were filthy",
                    "the app lost my order", "the courier was an hour late"),
            "good": ("the burger was great", "fries were crispy", "super quick service",
                     "the milkshake was lovely", "delivery took 20 minutes"),
            "guard_venue": ("Sochny Burger {spot}", "a Sochny Burger {spot}"),
            "found_item": ("a piece of plastic in a burger",),
            "ignored_issue": ("my refund for a cancelled order never came",),
            "fake_claim": ("worms were found in {b} patties",),
        }),
    positive=Texts((
        "[Зашли|Заскочили|Забежали] в {b_acc} {spot}, {good} {e_pos}",
        "[Обожаю|Люблю|Фанат] {b_acc}[,| —] [особенно|прежде всего] {dish} {e_pos}",
        "{b}[ — лучший фастфуд в {city}| реально вкуснее конкурентов| не подводит] {e_pos}",
        "[Взяли|Заказали] {when} {dish} в {b_pre}, [{good}|всё чётко|ни одной претензии]",
        "Новый [бургер|соус|коктейль] в {b_pre} [прям зашёл|топ|лучше, чем я ожидал] {e_pos}",
        "{who} [притащил|принесла|заказал] {dish} из {b_gen}[, вечер удался| — счастье|]"
        " {e_pos}",
        "После [тренировки|пар|смены] только {b} спасает {lol}",
        "Кассир в {b_pre} {spot} [запомнила мой заказ|улыбается каждому|просто солнышко] {e_pos}",
    ), (
        "Grabbed a {dish} at {b} {spot}, [honestly|genuinely] [great|solid] {e_pos}",
        "{b} [is my guilty pleasure|never disappoints|beats the big chains] {e_pos}",
        "[Tried|Had] the new [burger|sauce|shake] at {b} {when} and [loved it|it slaps] {e_pos}",
        "Late night {b} run with {who}, {good} {e_pos}",
        "{b} delivery [was fast|arrived hot|was spot on] {when} {e_pos}",
    ), (
        "{b} — [best|лучший] fast food [в {city}|ever], {dish} просто [fire|top] {e_pos}",
        "[Вкусно|Норм] поели в {b_pre}, [10/10|would recommend] {e_pos}",
        "Lunch в {b_pre} {spot}: {good} {e_pos}",
    )),
    neutral=Texts((
        "[Кто знает|Подскажите], {b} {spot} работает [круглосуточно|после полуночи|в праздники]?",
        "{b} [открыл|открывает] [ресторан|новую точку] в {city}[, пишут в новостях|]",
        "В {b_pre} [появился|вернули|тестируют] {dish}[, кто пробовал?|]",
        "[Стою|Сижу] в {b_pre} {spot}, [жду заказ|думаю что взять|очередь человек пять]",
        "{b} [поднял|поменял] цены на {dish}[, теперь|, сейчас] [на 20 рублей дороже|как в кафе]",
        "[Сравнил|Сравнила] {b_acc} и конкурентов по [ценам|калориям|скорости]: "
        "[примерно одинаково|есть разница|интересно вышло]",
        "У {b_gen} [акция|промокод|скидка] на {dish} [до воскресенья|по будням|в приложении]",
        "{when} [были|перекусили] в {b_pre} с [коллегами|друзьями|семьёй]",
        "Доставка из {b_gen} [или|vs] готовить самим? {e_meh}",
    ), (
        "Is {b} {spot} open [late|24/7|on holidays]?",
        "{b} is opening [a new place|another restaurant] in {city}",
        "Anyone tried the new {dish} at {b}?",
        "Waiting for my {b} order {when}, [app says 15 min|courier is close]",
        "{b} [raised|changed] prices on the {dish} [again|this week]",
        "[Does|Do they at] {b} [do|have] [vegetarian options|a kids menu|breakfast] {spot}?",
        "[Meeting friends|Grabbing lunch|Taking the kids] at {b} {spot} {when}, [anyone "
        "around?|join us?|see you there]",
        "The {b} [app|loyalty app] [update|redesign] is [out|live]: [points look different|"
        "new menu tab|delivery tracking moved]",
    ), (
        "{b} {spot} работает [late|24/7]? Need food {lol}",
        "Заказал {b}, waiting for the courier {e_meh}",
    )),
    negative=Texts((
        "[Опять|Снова|В который раз] в {b_pre} {meh} {e_neg}",
        "{b}, [ну как так|вы серьёзно|что с вами]? {meh} {e_neg}",
        "[Больше не пойду|Последний раз был] в {b_acc}: {meh}[, а ещё|, плюс] {meh}",
        "{when} [заказали|взяли] {dish} в {b_pre} — {meh}. [Разочарование|Обидно|Не советую]",
        "Цены в {b_pre} растут, а {dish} [всё меньше|всё хуже|как картон] {e_neg}",
        "[Отравился|Живот болит] после {b_gen}[, больше ни ногой|, спасибо| {e_neg}]",
        "Ресторан {b_gen} {spot} [превратился в помойку|это ад в обед|не для людей] {e_neg}",
        "{b} [испортился|сдал|уже не тот][, а раньше был норм|, жаль| {sigh}]",
        "Курьер {b_gen} [привёз всё холодным|перепутал адрес|съел половину картошки?] {lol}",
    ), (
        "{b} {spot}: {meh}. [Not again|Never again|Seriously?] {e_neg}",
        "[Ordered|Got] {dish} from {b} {when}, {meh} {e_neg}",
        "{b} used to be [good|decent], now {meh}",
        "The {dish} at {b} [was awful|tasted like cardboard|was tiny for the price] {e_neg}",
        "Why does {b} [always forget the sauce|take an hour to deliver|charge so much] {e_neg}",
    ), (
        "{b} опять [fail|epic fail], {meh} {e_neg}",
        "Заказал в {b_pre}, а там {meh}. [Worst|Awful] service {e_neg}",
        "{b} delivery [опоздала|пропала], wtf {e_neg}",
    )),
    question=Texts((
        "{h} [подскажите|скажите], [можно ли|как] [вернуть баллы|оформить возврат|поменять "
        "адрес доставки] в приложении?",
        "{h} [где посмотреть|есть ли] [состав|калорийность|аллергены] {dish}?",
        "{h} [будет ли|когда вернут] {dish} в меню?",
        "{h} [ресторан|точка] {spot} [работает|открыт] [сегодня|в праздники]?",
        "{h} добрый день, [как|можно] [оплатить картой другого банка|заказать на компанию]?",
    ), (
        "{h} [is|will] the {dish} [back on the menu|available for delivery]?",
        "{h} how do I [get a refund|change my delivery address] in the app?",
        "{h} are you open {spot} [tonight|on Sunday]?",
    )),
    complaint=Texts((
        "{h} [здравствуйте|добрый день]! [Заказ|Заказывал доставку] {when}, {meh}. "
        "[Верните деньги|Разберитесь пожалуйста|Что мне делать]?",
        "{h} [уже второй раз|опять|в очередной раз] {meh}. [Сколько можно|Это нормально]? {e_neg}",
        "{h} мне [привезли не тот заказ|не довезли {dish}|не вернули деньги за отмену], "
        "[жду ответа|помогите|номер заказа {n}]",
        "{h} в вашем ресторане {spot} {meh}[, персонал хамит|, никто не извинился|]",
        "{h} [приложение списало деньги|деньги списали], а заказ [не оформился|так и не пришёл]",
        "{h} я [отравилась|отравился] [вашим|после] {dish}[, что будем делать?|. Жду ответа]",
        "{h} [верните|отдайте] деньги за [заказ {n}|недовоз]. {e_neg}",
    ), (
        "{h} [my order|order {n}] {meh}. [Please sort it out|Refund please] {e_neg}",
        "{h} [charged twice|charged] for an order that never arrived. Help?",
        "{h} the restaurant {spot}: {meh}, and staff were rude",
        "{h} you [forgot|missed] half my order {when}",
        "{h} [hey|hello], [the app took my money|I paid] but [there's no order|nothing came]. "
        "[Can you check?|Please help] {e_neg}",
        "{h} [second time this week|again]: {meh}. [Not impressed|Really?] {e_neg}",
        "{h} [got food poisoning|I was sick all night] after your {dish}, [what now?|please "
        "respond]",
    )),
    comment=Texts((
        "[Очень вкусно|Обожаю|Лучшие] {e_pos}",
        "А [когда|будет] {dish} [вернётся|без лука|в доставке]?",
        "[Опять|Снова] {meh}, [сделайте что-нибудь|а вы про акции]",
        "[Цены|Порции] [бы|лучше] [снизили|побольше сделали] {e_neg}",
        "[Взяла|Взял] по этой акции, [норм|вкусно|так себе]",
        "[Когда откроете|Почему закрыли] ресторан {spot}?",
    ), (
        "[Love it|So good] {e_pos}",
        "Bring back the {dish} please",
    )),
    reply=Texts((
        "[Согласен|Согласна|Плюсую], [у нас то же самое|тоже так было|+1]",
        "А мне [наоборот|нормально] [понравилось|зашло] {lol}",
        "В {b_pre} {spot} [ещё хуже|получше|так же]",
        "[Пиши|Напиши] им в [поддержку|лс|приложении], [вернут|обычно отвечают]",
        "[Жиза|Классика|Ну такое] {lol}",
        "[Ахах, знакомо|Сочувствую|Ого] {e_meh}",
        "[У них|В {b_pre}] [всегда|теперь] так {sigh}",
        "[Там|У {b_gen}] [новый соус|новый бургер] [кстати норм|попробуй]",
    ), (
        "[Same here|Same|Agreed] {lol}",
        "[Just|You should] DM them, they usually [refund|sort it]",
        "{b} {spot} is [worse|better] tbh",
        "[Lol|Haha] [classic|every time]",
    )),
    answer=Texts((
        "Здравствуйте! [Очень жаль|Нам очень жаль|Простите], [что так вышло|что заказ "
        "приехал не таким]. Напишите, пожалуйста, номер заказа в личные сообщения[, "
        "разберёмся|, вернём деньги].",
        "Добрый день! [Приносим извинения|Извините за неудобства]. Уже [передали|отправили] "
        "информацию [управляющему ресторана|в службу доставки], [вернём деньги в течение "
        "суток|свяжемся с вами сегодня].",
        "[Здравствуйте|Добрый день]! Проверили заказ: [деньги вернутся на карту в течение 3-5 "
        "дней|баллы уже начислены]. [Спасибо, что написали|Хорошего дня]!",
        "Здравствуйте! [Ресторан {spot}|Эта точка] работает [с 8:00 до 23:00|круглосуточно], "
        "[ждём вас|приходите]!",
        "Добрый день! [Состав и калорийность|Информация об аллергенах] есть в приложении в "
        "карточке блюда. [Приятного аппетита|Будем рады помочь]!",
        "Здравствуйте! [Спасибо за сигнал|Спасибо, что сообщили], разберёмся с рестораном. "
        "[Напишите|Пришлите], пожалуйста, [время визита|номер чека] в лс.",
    ), (
        "Hi! We're [so sorry|really sorry] about this. Please DM us your order number and "
        "we'll [refund you|sort it out] today.",
        "Hello! Sorry for the trouble, [we've passed this to the restaurant manager|your "
        "refund is on its way].",
        "Hi! The restaurant {spot} is open [until 11 pm|24/7]. See you soon!",
    )),
    thanks=Texts((
        "[Спасибо|Благодарю], [вернули|всё решили|быстро]! {e_pos}",
        "[Ок|Хорошо], [жду|написал|написала] в лс",
        "Спасибо за [ответ|оперативность]{e_pos}",
    ), (
        "[Thanks|Thank you], [sorted|refund received]! {e_pos}",
        "[Ok|Great], DMed you",
    )),
    still_broken=Texts((
        "[Написала|Написал] в лс [ещё вчера|два часа назад], [ответа нет|тишина] {e_neg}",
        "[Деньги так и не вернули|Баллы не пришли|Ничего не изменилось], [что дальше|ау]?",
        "Это [уже третий|не первый] раз, [ваши извинения|такие ответы] не помогают {e_neg}",
    ), (
        "[Still|Still no] refund [after two days|lol]. What now? {e_neg}",
        "DMed you [yesterday|hours ago], no reply {e_neg}",
    )),
    review_pos=Texts((
        "[Хороший|Отличный|Нормальный] фастфуд. {good}, [цены адекватные|персонал вежливый]. "
        "[Рекомендую|Буду заходить ещё].",
        "[Часто|Регулярно] обедаем здесь с коллегами. [Всегда|Почти всегда] {good}[, чисто|].",
        "[Быстро|Оперативно] и вкусно. {dish} [лучше, чем у конкурентов|как всегда "
        "отличный].",
        "[Заказывали доставку|Брали навынос]: {good}. [Пять звёзд|Спасибо].",
        "[Уютный зал|Чистый зал], [детям понравилось|есть детский уголок], {good}.",
    ), (
        "[Great|Solid] fast food, {good}. [Recommended|Will come back].",
        "Quick and tasty, {good}.",
    )),
    review_neg=Texts((
        "[Ужасное|Отвратительное|Плохое] обслуживание. {meh}, [а|и] {meh}. [Не "
        "рекомендую|Больше не приду|Ноль звёзд бы поставил].",
        "[Заказывали|Брали] {dish}: {meh}. [Администратор|Менеджер] [даже не извинился|"
        "развёл руками|нахамил]. [Разочарован|Разочарована].",
        "[Очень долго|Невыносимо долго] [ждали|ждал|ждала] заказ, {meh}. [Верните "
        "деньги|Больше ни ногой].",
        "[Грязно|Грязь на столах], {meh}[, туалет не работает|]. [Кошмар|Ужас].",
        "[Отравились|Ребёнок отравился] после {dish}. [Жалоба отправлена|Будем жаловаться].",
        "Цены [как в ресторане|завышены], а {dish} [холодный|маленький|невкусный]. {meh}.",
    ), (
        "[Terrible|Awful] service. {meh} and {meh}. Not recommended.",
        "{meh}. The manager [didn't care|shrugged]. Never again.",
        "[Overpriced|Too expensive] for what you get: the {dish} was [cold|tiny|bland], and "
        "{meh}.",
        "[Went|Came here] [with the kids|after work] {when}. {meh}. [Won't return|Avoid].",
        "[One star|Two stars] because {meh}. [Staff seemed lost|Nobody cared].",
    )),
    review_answer=Texts((
        "Здравствуйте! Благодарим за отзыв и приносим извинения. Передали информацию "
        "управляющему ресторана[, проведём проверку|].",
        "Добрый день! Нам очень жаль, что визит оставил такие впечатления. [Напишите|Свяжитесь "
        "с нами] на почту заботы, разберёмся.",
        "Спасибо за тёплые слова! Ждём вас снова.",
        "Здравствуйте. Мы проверили записи камер ресторана: информация в отзыве не "
        "соответствует действительности. [Заказ был выдан вовремя|Зал убирается каждые "
        "30 минут].",
        "Добрый день! Спасибо, что выбираете нас. Будем рады видеть вас снова!",
        "Здравствуйте! Жаль, что [заказ|визит] [разочаровал|не порадовал]. [Ваш отзыв передан|"
        "Ваше обращение передано] в отдел качества[, ресторан проверят|].",
        "Добрый день! Приносим извинения за [ожидание|холодный заказ]. [Промокод на "
        "компенсацию|Компенсацию] отправим в личные сообщения.",
        "Спасибо за высокую оценку! Передадим благодарность команде ресторана.",
    ), (
        "Thank you for your feedback, we're sorry. We've passed it to the restaurant manager.",
    )),
    official_post=Texts((
        "[Встречайте|Уже в меню|Только неделю]: {promo}! [Успейте попробовать|Ждём вас] во всех "
        "ресторанах «Сочный Бургер» 🍔",
        "[Открыли|Открываем] новый ресторан «Сочный Бургер» {spot} в {city}! [Первым гостям|В "
        "день открытия] — {promo} 🎉",
        "[Конкурс|Розыгрыш]! [Репост|Отметьте друга] и выиграйте [год бургеров|сертификат на "
        "5000] от «Сочного Бургера» 🍟",
        "«Сочный Бургер» [поздравляет|желает] [хорошей пятницы|отличных выходных]! А в "
        "приложении — {promo}",
        "[Работаем|Мы на связи] [круглосуточно|каждый день]: доставка «Сочного Бургера» теперь "
        "и в [Мытищах|Химках|Балашихе]",
        "[Опрос|Вопрос дня]: какой соус «Сочного Бургера» ваш любимый? 👇",
    )),
    exec_post=Texts((
        "[Провёл|Провели] день в [нашем ресторане|ресторане] {spot}: [постоял на кассе|поработал "
        "на кухне], [уважение команде|лучшая школа управления].",
        "[Итоги недели|Неделя]: [открыли два ресторана|запустили новое меню|выросли по доставке]. "
        "[Спасибо команде|Двигаемся дальше]!",
        "[Выступаю|Сегодня выступаю] на [форуме ресторанного бизнеса|конференции по ритейлу]. "
        "[Расскажу|Поговорим] про [доставку|автоматизацию кухни|франшизу].",
        "[Читаю|Дочитал] [книгу про сервис|«Сервис, который приносит прибыль»], [рекомендую "
        "всем|много мыслей].",
        "[Непростой|Тяжёлый] [квартал|год] для отрасли: [дорожают продукты|аренда растёт|не "
        "хватает людей]. [Но мы держим цены|Справляемся].",
        "[Поздравляю|Спасибо] [команду доставки|наших поваров|франчайзи] — [рекорд "
        "заказов|лучший месяц] за всю историю!",
        "[Ищем|Нанимаем] [управляющих|поваров] в {city}, [приходите|пишите].",
        "[Выходные|Воскресенье] с семьёй на даче, [без телефона|отдыхаю]. [Всем хорошей "
        "недели|До понедельника]!",
    )),
    influencer_pos=Texts((
        "[Обзор|Тест] фастфуда: [попробовал|сравнил] {b_acc} и ещё три сети. [{dish} у них "
        "лучший|Победитель очевиден] — [смотрите ролик|ссылка в профиле] {e_pos}",
        "[Снимали|Сняли] [выпуск|влог] в {b_pre} {spot}: {good} {e_pos}",
        "[Честно|Без рекламы]: {b} [сейчас лучший бургер по цене|сильно прибавил] {e_pos}",
    ), (
        "[Reviewed|Ranked] Moscow fast food: {b} [came out on top|was the surprise] {e_pos}",
        "[New video|Vlog]: a day eating only {b} {lol}",
    )),
    influencer_neg=Texts((
        "[Зашёл|Зашли] в {b_acc} {spot} [для обзора|снять ролик]: {meh}. [Это провал|Позор] "
        "{e_neg}",
        "{b} [сильно сдал|скатился]: {meh}. [Раньше было лучше|Не рекомендую] {e_neg}",
        "[Подписчики жалуются|Вы пишете] на {b_acc}: {meh}. [Проверил|Проверили] — правда {e_neg}",
    ), (
        "{b} [has gone downhill|was a disaster] {when}: {meh} {e_neg}",
        "Don't go to {b} {spot}. {meh} {e_neg}",
    )),
    decoy=Texts((
        "[Приготовила|Приготовил|Сделали] [дома|на гриле|на даче] сочный бургер [по рецепту "
        "из ютуба|из мраморной говядины|с халапеньо] {e_pos}",
        "[Самый|Реально] сочный бургер в {city} [— в крафтовой бургерной|у ребят на "
        "фудкорте|на фестивале уличной еды] {e_pos}",
        "[Секрет|Рецепт]: как сделать сочный бургер [дома|на сковороде] — [котлету не "
        "мять|жарить на сильном огне]",
        "[Мечтаю|Хочу] сочный бургер и картошечку {lol}",
    ), (
        "Juicy burger at home: sochny burger, as my Russian friend calls it {lol}",
    )),
    decoy_neg=Texts((
        "[Обещали|На фото был] сочный бургер, а [принесли|дали] сухую подошву [в кафе у "
        "вокзала|в бургерной на углу] {e_neg}",
        "[Какой|Ну какой] сочный бургер на диете {sigh}",
    ), ()),
)

# ------------------------------------------------------------------------------ «Полюшко»
POLYUSHKO = BrandTexts(
    vocab=Vocab(
        ru={
            "grain": ("гречка", "гречка ядрица", "пропаренная гречка", "гречка в пакетиках",
                      "зелёная гречка", "гречневые хлопья", "пшено", "рис"),
            "shop": ("в Пятёрочке", "в Магните", "в Ленте", "в Ашане", "во ВкусВилле",
                     "в Перекрёстке", "в магазине у дома", "на Озоне", "на ВБ"),
            "meh": ("много мусора и шелухи", "гречка горчит", "попались камешки",
                    "пачка надорвана", "крупа разваривается в кашу", "внутри жучки",
                    "пахнет сыростью", "вес меньше заявленного", "цена выросла на треть"),
            "good": ("рассыпчатая", "чистая, без мусора", "варится за 15 минут",
                     "вкус как в детстве", "ароматная", "недорогая", "в удобной упаковке"),
            "dish_home": ("гречку с грибами", "гречку по-купечески", "гречневую кашу с молоком",
                          "котлеты из гречки", "гречку с тушёнкой", "гречаники"),
            "found_item": ("болт в гречке", "кусок проволоки в гречке", "шуруп в пачке гречки"),
            "found_short": ("болт", "кусок проволоки", "шуруп"),
            "ignored_issue": ("в новых пачках жучки", "в крупе моль"),
            "gaffe_topic": ("наши цены",),
            "fake_claim": ("в гречке {b} нашли пестициды",
                           "гречку {b} травят химией от жучков"),
        },
        en={
            "grain": ("buckwheat", "buckwheat groats", "steamed buckwheat", "buckwheat flakes"),
            "shop": ("Perekrestok", "Magnit", "the corner shop", "Ozon"),
            "meh": ("full of husks", "bitter", "had little stones in it", "had bugs in it",
                    "the pack was torn", "turned to mush", "smelled musty",
                    "was lighter than the label says", "went up in price again"),
            "good": ("fluffy", "clean", "quick to cook", "tastes like home"),
            "found_item": ("a bolt in their buckwheat",),
            "ignored_issue": ("bugs in every new pack",),
            "fake_claim": ("pesticides were found in {b} buckwheat",),
        }),
    positive=Texts((
        "[Варю|Беру|Покупаю] только {grain} {b}[, {good}| — {good}] {e_pos}",
        "{b} — [лучшая гречка|самая нормальная крупа] [из магазинной|по цене и качеству] {e_pos}",
        "[Сделала|Приготовила] {dish_home} из {b_gen}, [муж в восторге|дети съели всё] {e_pos}",
        "[Наконец-то|Ура] {b} [снова|опять] {shop}[, взяла три пачки|] {e_pos}",
        "{grain} {b}: {good} и {good} {e_pos}",
        "[Перешла|Перешли] на {b_acc}[ полгода назад|] — [не жалею|разница заметна]",
    ), (
        "{b} {grain} is [so good|the best] — {good} {e_pos}",
        "Made [buckwheat with mushrooms|kasha] with {b}, [perfect|delicious] {e_pos}",
        "Found {b} in {shop}, finally proper buckwheat {e_pos}",
    ), (
        "{b} {grain} — [best|топ] for breakfast, {good} {e_pos}",
        "[Cooked|Сварила] {b}, [so good|вкусно] {e_pos}",
    )),
    neutral=Texts((
        "[Кто брал|Кто пробовал] {grain} {b}? [Стоит брать?|Как вам?]",
        "{shop} [скидка|акция] на {b_acc} [до пятницы|1+1|-25%]",
        "{b} [сменил упаковку|выпустил пакетики|подорожал]",
        "[Какую|Чем отличается] гречку брать: {b} или [на развес|Мистраль|Увелку]?",
        "[Купила|Взял] {b} [на пробу|по акции], [посмотрим|отпишусь]",
        "[Рецепт|Запомнить]: {dish_home} — крупа {b}, [лук, морковь|грибы, сметана]",
        "[Не могу найти|Пропала] {b} {shop}, [где брать?|закончилась?]",
    ), (
        "Anyone tried {b} {grain}? [Worth it?|How is it?]",
        "{b} is on sale at {shop} this week",
        "Where do you buy {b} [outside Russia|in Riga]?",
        "[Is|Does anyone know if] {b} {grain} [is gluten free|is organic|comes from Russia]? "
        "{e_meh}",
        "[Saw|Spotted] {b} {grain} at {shop} [for the first time|in a new pack|on the top "
        "shelf]",
        "{b} or [loose buckwheat|the store brand|the cheap stuff], [any difference?|which is "
        "better?|thoughts?]",
        "[Cooking|Making] kasha with {b} {when}, [any tips?|butter or milk?]",
    ), (
        "Купила {b} on sale, [let's see|посмотрим] {e_meh}",
    )),
    negative=Texts((
        "[В этот раз|Опять] {grain} {b}: {meh} {e_neg}",
        "{b}, [что с качеством|вы чего]? {meh} {e_neg}",
        "[Больше не возьму|Разочаровалась в] {b_pre}: {meh}[ и {meh}|]",
        "[Пачки|Упаковка] {b_gen} [стали меньше|похудели], а цена [та же|выросла] {e_neg}",
        "[Перебирала|Перебрала] {b_acc} [полчаса|весь вечер] — {meh} {e_neg}",
        "[Раньше|Когда-то] {b} был [лучшим|нормальным], а теперь {meh} {sigh}",
    ), (
        "{b} {grain} {meh} this time {e_neg}",
        "[Disappointed|Not happy] with {b}: {meh}",
        "{b} packs got smaller and pricier {e_neg}",
        "[Used to love|Always bought] {b}, but [the last pack|this batch] {meh} {e_neg}",
        "[Spent ages|Twenty minutes] picking stones out of {b} {grain} {when} {e_neg}",
        "What happened to {b}? [It|The {grain}] {meh} {e_neg}",
    ), (
        "{b} опять {meh}, so disappointing {e_neg}",
    )),
    question=Texts((
        "{h} [подскажите|скажите], [где|в каких магазинах] купить {grain} в {city}?",
        "{h} [есть ли|будет ли] {grain} без [глютена|обжарки]?",
        "{h} [какой срок хранения|как хранить] [открытую пачку|пакетики]?",
    ), (
        "{h} where can I buy your {grain} in {city}?",
    )),
    complaint=Texts((
        "{h} [здравствуйте|добрый день], [в пачке|в гречке] {meh}. [Партия|Дата] {n}. [Что "
        "делать|Верните деньги]?",
        "{h} [купила|купил] {shop} {grain}, а там {meh} {e_neg}",
        "{h} [уже второй раз|опять] {meh}. [Вы вообще|Кто] контролирует качество?",
        "{h} [пачка|упаковка] [пришла|была] [надорвана|вскрыта], [а ещё|и] {meh}",
        "{h} вес [пачки|упаковки] [850|870] вместо 900, [это как|проверьте]?",
    ), (
        "{h} your {grain} {meh}. [Batch|Lot] {n}. [Refund?|What now?]",
        "{h} bought {b} at {shop}, {meh} {e_neg}",
        "{h} [hi|hello], [second pack in a row|again] [it|the {grain}] {meh}. [Who checks "
        "this?|Quality control?]",
        "{h} [the pack arrived|my order came] torn and [it|the {grain}] {meh}",
    )),
    comment=Texts((
        "[Люблю вашу гречку|Лучшая крупа] {e_pos}",
        "[Где найти|А где купить] {grain} {shop}?",
        "[Последняя пачка|В этот раз] {meh} {e_neg}",
        "[Сделайте|Верните] [большую пачку|старую упаковку]",
    ), (
        "[Love it|Best buckwheat] {e_pos}",
    )),
    reply=Texts((
        "[У меня|У нас] тоже [так было|{meh}]",
        "[Попробуйте|Берите] [промыть|замочить] перед варкой",
        "[А я|Я] беру {b_acc} [и всё норм|и довольна]",
        "[Напишите им|Пишите производителю], [они отвечают|заменят]",
        "[Жиза|Бывает] {sigh}",
    ), (
        "[Same|Same here], {meh}",
        "Rinse it first, [helps a lot|works for me]",
    )),
    answer=Texts((
        "Здравствуйте! [Очень жаль|Простите], что так вышло. Пришлите, пожалуйста, фото "
        "упаковки и номер партии в личные сообщения[, заменим|, разберёмся].",
        "Добрый день! [Спасибо, что сообщили|Благодарим за обратную связь]. Передали "
        "информацию на производство, [свяжемся с вами|вернём стоимость].",
        "Здравствуйте! Наша продукция есть {shop} и [на маркетплейсах|в интернет-магазинах]. "
        "[Приятного аппетита|Хорошего дня]!",
        "Добрый день! Храните открытую пачку в [сухом месте|закрытой банке], срок — [до 12 "
        "месяцев|указан на упаковке].",
    ), (
        "Hi! We're sorry to hear that. Please DM us a photo of the pack and the batch number.",
        "Hello! You can find us at {shop} and on Ozon. Enjoy!",
    )),
    thanks=Texts((
        "Спасибо, [написала|отправила фото] {e_pos}",
        "[Заменили|Вернули], спасибо за [оперативность|ответ]",
    ), (
        "Thanks, sent you the photo {e_pos}",
    )),
    still_broken=Texts((
        "[Отправила|Отправил] фото [вчера|ещё в пятницу], [тишина|ответа нет]",
        "[Заменили|Прислали] новую, а там [то же самое|опять {meh}] {e_neg}",
    ), (
        "Sent the photo yesterday, [no reply|nothing] {e_neg}",
    )),
    review_pos=Texts((
        "[Хорошая|Отличная] гречка: {good}, {good}. [Беру постоянно|Рекомендую].",
        "[Крупа|Гречка] {good}, [варится быстро|не разваривается]. [5 звёзд|Спасибо "
        "производителю].",
        "[Нормальное|Хорошее] качество за свои деньги, {good}.",
    ), (
        "[Good|Great] buckwheat, {good}. Recommended.",
    )),
    review_neg=Texts((
        "[Ужасное|Плохое] качество: {meh}, {meh}. [Не покупайте|Больше не возьму].",
        "[Пришла рваная упаковка|Привезли мятую пачку], {meh}. [Разочарована|Возврат оформила].",
        "{meh}. [Раньше|Год назад] было лучше, [сейчас|теперь] [не советую|деньги на ветер].",
    ), (
        "[Poor|Bad] quality: {meh}. Not buying again.",
        "[Ordered|Bought] two packs: [one|both] {meh}. [Refunded|Returned them].",
        "[Was|Used to be] good, now it {meh}. [Switching brands|Disappointed].",
    )),
    review_answer=Texts((
        "Здравствуйте! Приносим извинения. Напишите нам на почту, заменим продукцию.",
        "Спасибо за отзыв! Рады, что вам понравилось.",
    ), (
        "Thank you for the review! We're sorry, please contact us for a replacement.",
    )),
    official_post=Texts((
        "[Рецепт недели|Идея для ужина]: {dish_home} с гречкой «Полюшко» 🌾",
        "«Полюшко» [теперь|уже] {shop}! [Ищите на полках|Ждём ваших отзывов]",
        "[Розыгрыш|Конкурс]: [поделитесь рецептом|отметьте друга] и выиграйте [годовой запас "
        "гречки «Полюшко»|набор круп «Полюшко»] 🎁",
    )),
    exec_post=Texts((
        "[Съездила|Были] на [поле|элеватор] под Тамбовом: [урожай в этом году|гречка] "
        "[хороший|радует]. [Фото ниже|Спасибо агрономам].",
        "[Маленький бизнес|Семейная компания] — это [каждый день решать|про людей]. "
        "[Сегодня|На этой неделе] [запустили новую линию фасовки|наняли технолога].",
        "[Отвечаю на вопросы|Рассказываю], почему гречка [дорожает|бывает горькой]: [урожай, "
        "логистика|обжарка и сорт].",
        "[Выступила|Выступаю] на [агрофоруме|выставке продуктов питания], [спасибо за "
        "вопросы|было интересно].",
        "[Воскресенье|Выходной]: [пеку гречаники|гуляю с собакой], [всем хорошего "
        "дня|отдыхайте].",
    )),
    influencer_pos=Texts((
        "[Сравнила|Проверила] пять марок гречки: {b} [на первом месте|лучшая по чистоте] {e_pos}",
        "[Мой|Наш] [завтрак|ужин] — {dish_home} из {b_gen}, [рецепт в сторис|видео на "
        "канале] {e_pos}",
    ), (
        "Tested five buckwheat brands: {b} [won|came first] {e_pos}",
    )),
    influencer_neg=Texts((
        "[Проверила гречку|Тест гречки] {b}: {meh}. [Не рекомендую|Разочарование] {e_neg}",
    ), (
        "{b} buckwheat {meh}. Not recommended {e_neg}",
    )),
    decoy=Texts((
        "[Хор|Ансамбль|Оркестр] [исполнил|спел] «Полюшко-поле» [на концерте|на параде|в "
        "филармонии] — [мурашки|до слёз] {e_pos}",
        "[Бабушка|Дедушка] [всегда|до сих пор] поёт «Полюшко-поле» {e_pos}",
        "[Кафе|Столовая] «Полюшко» [на трассе|в деревне] — [кормят как дома|пельмени "
        "отличные]",
    ), (
        "[The Red Army Choir|A choir] [performed|sang] Polyushko Polye [tonight|on the radio], "
        "[chills|beautiful] {e_pos}",
        "Polyushko Polye [is stuck in my head|on repeat] {lol}",
    )),
    decoy_neg=Texts((
        "[Закрыли|Закрывают] [кафе|столовую] «Полюшко» на трассе[, жаль|] {sigh}",
    ), ()),
)

# ------------------------------------------------------------------------------ «Волна»
VOLNA = BrandTexts(
    vocab=Vocab(
        ru={
            "svc": ("мобильный интернет", "связь", "4G", "роуминг", "eSIM", "домашний интернет",
                    "приложение", "тариф", "звонки", "смс"),
            "where": ("в метро", "дома", "на даче", "в офисе", "в центре", "в электричке",
                      "на работе", "за МКАДом", "в ТЦ", "в подъезде"),
            "meh": ("не ловит сеть", "интернет еле грузит", "пропала связь", "списали за "
                    "подписку, которую я не подключал", "сбрасывает звонки",
                    "не приходят смс", "тариф подорожал без предупреждения", "приложение "
                    "висит", "скорость как в 2010", "роуминг съел все деньги",
                    "не работает eSIM", "4G превращается в E"),
            "good": ("скорость отличная", "ловит даже в лифте", "роуминг недорогой",
                     "поддержка ответила за минуту", "тариф реально выгодный",
                     "eSIM подключили за пять минут", "связь не пропадает"),
            "tariff": ("«Безлимит»", "«Волна Плюс»", "«Семейный»", "«Старт»",
                       "«Для гаджетов»"),
            "guard_venue": ("салоне «Волны» {where}", "салоне связи «Волна» {where}"),
            "ignored_issue": ("нет связи в ЖК «Северный»", "не работает интернет в посёлке"),
            "gaffe_topic": ("наши тарифы", "наши цены"),
            "fake_claim": ("{b} продаёт базы абонентов мошенникам",
                           "{b} с понедельника отключает безлимит всем"),
        },
        en={
            "svc": ("mobile data", "coverage", "4G", "roaming", "eSIM", "the app", "my plan"),
            "where": ("on the metro", "at home", "at the dacha", "downtown", "on the train"),
            "meh": ("has no signal", "data is crawling", "keeps dropping calls",
                    "charged me for a subscription I never added", "roaming ate my balance",
                    "eSIM doesn't work", "raised my plan price without notice"),
            "good": ("fast data", "coverage everywhere", "cheap roaming", "quick support",
                     "easy eSIM setup"),
            "guard_venue": ("a Volna store {where}",),
            "ignored_issue": ("no signal in our building for days",),
            "fake_claim": ("{b} is selling subscriber data",),
        }),
    positive=Texts((
        "[Перешёл|Перешла|Перешли всей семьёй] на {b_acc}[ месяц назад|] — {good} {e_pos}",
        "{b} [реально|прям] [радует|удивила]: {good} {e_pos}",
        "[Тариф|Взял тариф] {tariff} у {b_gen}, {good}[, рекомендую|] {e_pos}",
        "[Поддержка|Чат поддержки] {b_gen} [решил вопрос|помогла] за [пять минут|минуту] {e_pos}",
        "{svc} {b_gen} {where} [работает отлично|летает] {e_pos}",
        "[Единственный оператор|Только {b}], который ловит {where} {e_pos}",
    ), (
        "[Switched to|Moved to] {b} [last month|this year], {good} {e_pos}",
        "{b} {good} {where}, [impressed|not bad at all] {e_pos}",
        "{b} support [sorted my eSIM|fixed it] in [five minutes|no time] {e_pos}",
    ), (
        "{b} {svc} просто [fire|top], {good} {e_pos}",
        "[Switched to|Перешёл на] {b_acc}, [no regrets|не жалею] {e_pos}",
    )),
    neutral=Texts((
        "[Кто с|У кого] {b_ins}? Как [связь|интернет] {where}?",
        "{b} [запускает|запустила|тестирует] {svc} [в {city}|по всей стране|в новых районах]",
        "[Подскажите|Кто знает], у {b_gen} [есть|работает] {svc} [в Турции|в Казахстане|за "
        "границей]?",
        "{b} [поменяла|меняет] [тарифы|условия тарифа {tariff}] с [первого числа|понедельника]",
        "[Думаю|Думаем] перейти на {b_acc}, [стоит?|какие подводные?] {e_meh}",
        "[Пришла|Пришло] [смс|уведомление] от {b_gen} про [плановые работы|новый тариф|бонусы]",
        "[Сравнил|Сравнила] тарифы: {b} vs [МТС|Билайн|Теле2] — [примерно одинаково|у "
        "{b_gen} дешевле|зависит от района]",
        "[Оформил|Оформила] [вторую сим|eSIM] в {b_pre}[, посмотрим|]",
        "{b} [стал|будет] [спонсором|партнёром] [фестиваля|турнира] в {city}",
    ), (
        "Anyone using {b} [in {city}|for roaming]? How's the {svc}?",
        "{b} is rolling out [5G|eSIM|a new unlimited plan] [in {city}|nationwide]",
        "Thinking of switching to {b}. [Worth it?|Any catches?]",
        "{b} changed their plans [again|this month]",
        "[Got|Picked up] a {b} [SIM|eSIM] [at the airport|in {city}|online] {when}",
        "{b} [sent me|texted me] about [planned maintenance|a new plan|bonus data] {e_meh}",
        "[Comparing|Looking at] {b} vs [MTS|Beeline|Tele2] for [my parents|a work phone|the "
        "kids]",
    ), (
        "Кто с {b_ins}, how's the {svc} {where}? {e_meh}",
        "{b} [new тариф|тариф {tariff}] — worth it?",
    )),
    negative=Texts((
        "{b} [опять|снова|который день] {meh} {where} {e_neg}",
        "[Ну|Эх,] {b}, {meh}[, а деньги берёте исправно|, сколько можно] {e_neg}",
        "[Уйду|Ухожу|Сбегу] от {b_gen}: {meh}[ и {meh}|] {e_neg}",
        "{svc} у {b_gen} {where} — [это боль|ад|позор]{lol} {e_neg}",
        "[Третий день|Неделю|С утра] {meh}, {b}, [ау|вы там живы]? {e_neg}",
        "[Звонил|Звонила|Писал] в поддержку {b_gen}: [бот|робот] [отправил читать FAQ|сказал "
        "перезагрузить телефон] {sigh}",
        "{b} [подняла цену|повысила абонентку] на {tariff}, а {meh} {e_neg}",
        "[В|У] {b_pre} {meh}, [как всегда|классика] {e_neg}",
    ), (
        "{b} {meh} {where} [again|for the third day] {e_neg}",
        "[Leaving|Done with] {b}: {meh} {e_neg}",
        "{b} support bot [is useless|told me to restart my phone] {e_neg}",
        "Why does {b} {meh}? {e_neg}",
        "[Paying|I pay] {b} [every month|good money] and it {meh} {where} {e_neg}",
        "[Day three of|Another evening of] {b}: [it|the network] {meh} {lol}",
        "{b} [just|quietly] [raised my bill|changed my plan] and the {svc} [still|now] "
        "[sucks|barely works] {e_neg}",
    ), (
        "{b} опять {meh}, no signal at all {where} {e_neg}",
        "{b} [wtf|seriously], {meh} {e_neg}",
        "Ну {b} [is a joke|epic fail], {meh} {e_neg}",
    )),
    question=Texts((
        "{h} [подскажите|скажите], [как|можно ли] [подключить|отключить] {svc}?",
        "{h} [работает ли|будет ли работать] {svc} [в Турции|в Грузии|в Армении]?",
        "{h} [как перенести номер|как перейти] на тариф {tariff}?",
        "{h} [когда|будет ли] 5G в {city}?",
        "{h} [почему|за что] списали [абонентку|деньги] раньше срока?",
    ), (
        "{h} does {svc} work [in Turkey|abroad]?",
        "{h} how do I [switch to|add] {svc}?",
    )),
    complaint=Texts((
        "{h} [здравствуйте|добрый день], {meh} {where}. [Номер|Заявка] {n}. [Когда "
        "почините|Помогите]?",
        "{h} [третий день|с утра|неделю] {meh}[, а абонентку списали|, деньги за что]? {e_neg}",
        "{h} мне {meh}. [Верните деньги|Отключите немедленно|Разберитесь]!",
        "{h} [опять|снова] {meh} {where}. [Сколько можно|Это издевательство] {e_neg}",
        "{h} [в приложении|в личном кабинете] [ошибка|не проходит оплата], а {meh}",
        "{h} [вы обещали|мне сказали] [перезвонить|решить за сутки], [прошло три дня|никто не "
        "позвонил]",
        "{h} [роуминг|поездка] [съел|съела] [3000|5000] за день, [это как вообще|верните] {e_neg}",
    ), (
        "{h} {meh} {where}. [Ticket|Case] {n}. [Fix it please|Any update?] {e_neg}",
        "{h} [your network|your service] {meh}. [Refund please|Sort it out]",
        "{h} [third day|since morning] {meh} {e_neg}",
    )),
    comment=Texts((
        "[А когда|Когда уже] [починят|будет] связь {where}? {e_neg}",
        "[Классный|Хороший] тариф, [подключил|пользуюсь] {e_pos}",
        "[Лучше бы|Вместо акций] [связь наладили|вышку поставили] {e_neg}",
        "[А для студентов|А для пенсионеров] [есть скидки|будет тариф]?",
        "[Верните|Сделайте] старый тариф {tariff}",
    ), (
        "[When will you|Can you] fix coverage {where}?",
    )),
    reply=Texts((
        "[У меня|У нас] тоже {meh}[ {where}|]",
        "[Перезагрузи|Перезагрузите] телефон, [помогает|иногда помогает] {lol}",
        "[А у меня|У меня] {b} [нормально|летает|всё ок] {where}",
        "[Пиши|Пишите] в {h}, [отвечают быстро|там живые люди]",
        "[Жиза|Классика|Бывает] {lol}",
        "[Переходи|Уходи] на [МТС|Теле2|другого оператора] {lol}",
        "[Это|Там] [авария|работы] [были|на вышке], [уже|вроде] [починили|чинят]",
    ), (
        "[Same here|Same], {meh}",
        "[Restart your phone|Try airplane mode], helps [sometimes|for me] {lol}",
        "{b} works fine for me {where}",
    )),
    answer=Texts((
        "Здравствуйте! [Приносим извинения|Простите] за неудобства. Напишите, пожалуйста, "
        "номер телефона в личные сообщения, [проверим|посмотрим] [сеть|настройки] в вашем "
        "районе.",
        "Добрый день! [Видим проблему|Нам жаль], [на базовой станции|в вашем районе] [ведутся "
        "работы|произошёл сбой], [восстановим до вечера|уже чиним]. Извините за неудобства.",
        "Здравствуйте! Подписку [отключили|проверили], [деньги вернём|средства вернутся] в "
        "течение [суток|3 дней]. [Спасибо, что написали|Хорошего дня]!",
        "Добрый день! {svc} [подключается|настраивается] в приложении в разделе «Услуги». "
        "[Если не получится — пишите|Будем рады помочь]!",
        "Здравствуйте! [Да|Конечно], {svc} работает [в 120 странах|за границей], тарифы — на "
        "сайте.",
        "Здравствуйте! Передали заявку [инженерам|техническим специалистам], [свяжемся с "
        "вами|перезвоним] [сегодня|в течение дня]. Простите за ожидание.",
    ), (
        "Hi! Sorry for the trouble. Please DM us your number and we'll check the network in "
        "your area.",
        "Hello! [We've removed the subscription|Your refund is on its way], sorry about that.",
        "Hi! Yes, roaming works [abroad|in 120 countries], prices are on our website.",
    )),
    thanks=Texts((
        "Спасибо, [заработало|вернули|всё ок] {e_pos}",
        "[Ок|Хорошо], [написал|написала] в лс",
        "[Оперативно|Быстро], спасибо!",
    ), (
        "[Thanks|Thank you], [works now|got the refund] {e_pos}",
    )),
    still_broken=Texts((
        "[Ничего не заработало|Всё так же], {meh} {e_neg}",
        "[Написал|Написала] в лс [вчера|утром], [ответа нет|тишина]",
        "[Обещали|Сказали] [до вечера|за сутки], [уже два дня|прошло три дня] {e_neg}",
    ), (
        "Still {meh}, [nothing changed|no fix] {e_neg}",
    )),
    review_pos=Texts((
        "[Хороший|Отличный] оператор: {good}, {good}. [Рекомендую|Пользуюсь третий год].",
        "[Перешёл|Перешла] [от другого оператора|с МТС] — {good}. [Доволен|Довольна].",
        "[Приложение удобное|Всё понятно в приложении], {good}.",
    ), (
        "[Good|Great] operator, {good}. Recommended.",
    )),
    review_neg=Texts((
        "[Ужасный|Худший] оператор: {meh}, {meh}. [Не рекомендую|Бегите].",
        "Связь {where} [отвратительная|никакая], {meh}. [Поддержка|Бот] [не помогает|"
        "отписывается].",
        "[Подключили|Навязали] платные подписки, {meh}. [Деньги не вернули|Поддержка "
        "молчит].",
        "[Год|Два года] [пользовался|пользовалась], [сейчас|последние месяцы] {meh}. "
        "[Ухожу|Переношу номер].",
    ), (
        "[Terrible|Worst] operator: {meh}, {meh}. Avoid.",
        "{meh}. Support is useless.",
        "[Two years|A year] with them and [lately|now] the network {meh}. [Porting out|"
        "Leaving].",
        "[Coverage|Signal] {where} is [a joke|non-existent], and the app [crashes|hangs]. "
        "[One star|Avoid].",
    )),
    review_answer=Texts((
        "Здравствуйте! Приносим извинения. Проверим качество сети по вашему адресу, напишите "
        "номер в чат поддержки.",
        "Спасибо за отзыв! Рады, что вам с нами удобно.",
    ), (
        "Hello! We're sorry. Please contact support so we can check the network at your "
        "address.",
    )),
    official_post=Texts((
        "[Новый тариф|Встречайте] {tariff} от «Волны»: [безлимитные мессенджеры|50 ГБ] за "
        "[450|550] ₽ 📱",
        "«Волна» [запустила|включила] 5G в {city}! [Проверьте|Обновите] "
        "настройки 🌊",
        "[Розыгрыш|Конкурс]: [расскажите|отметьте друга], и «Волна» подарит [год связи|новый "
        "смартфон] 🎁",
        "[Плановые работы|Обновление сети] «Волны» [ночью|в выходные]: возможны перерывы в "
        "связи [с 2 до 5|до 6 утра]",
    )),
    exec_post=Texts((
        "[Итоги квартала|Квартал]: «Волна» [выросла|прибавила] [на 12%|на 400 тысяч абонентов]. "
        "[Спасибо команде|Дальше — 5G].",
        "[Сегодня|Завтра] [выступаю|говорю] на [ЦИПРе|телеком-форуме] про [5G|эффективность "
        "сети|цифровую экономику]. [Трансляция по ссылке|Приходите].",
        "[Запустили|Включили] [сто новых вышек|5G] в {city}. [Это только начало|Летом — "
        "ещё].",
        "[Непростое время|Тяжёлый год] для [отрасли|телекома]: [оборудование|санкции|курс], "
        "но [мы инвестируем в сеть|инвестиции не сокращаем].",
        "[Прочитал|Читаю] [интересную книгу|«Принципы»], [рекомендую|делюсь мыслями] 📚",
        "[Провёл день|Был] [с инженерами|на вышке|в колл-центре]. [Огромное уважение|Люди — "
        "наше всё].",
        "[Поздравляю|С днём рождения] [коллег|команду] — [нам 15 лет|отличный год]!",
        "[Выходные|Суббота] [на велосипеде|в горах], [связь|интернет] [держала|ловила] "
        "[везде|даже на перевале] 🚵",
    )),
    influencer_pos=Texts((
        "[Тестирую|Протестировал] [операторов|мобильный интернет] в {city}: {b} [на первом "
        "месте|быстрее всех] {e_pos}",
        "[Взял|Купил] eSIM {b_gen} для [поездки|путешествия], {good} {e_pos}",
        "[Обзор|Разбор] тарифов: у {b_gen} [самый выгодный безлимит|лучший роуминг] {e_pos}",
    ), (
        "Speed-tested Russian carriers: {b} [came first|was fastest] {e_pos}",
        "Used {b} eSIM [while travelling|on my trip], {good} {e_pos}",
    )),
    influencer_neg=Texts((
        "[Подписчики массово пишут|Вы жалуетесь] про {b_acc}: {meh}. [Проверил|Проверила] — "
        "[так и есть|правда] {e_neg}",
        "{b}, [объясните|как так]: {meh}? [Ухожу|Переношу номер] {e_neg}",
    ), (
        "{b} {meh} [all week|again]. Switching carriers {e_neg}",
    )),
    decoy=Texts((
        "[Море|Сегодня на море] [спокойное|тёплое], волна [небольшая|по колено], [идеально|кайф] "
        "{e_pos}",
        "[Поймал|Поймали] волну [на серфе|на сапе|в Тайланде] {e_pos}",
        "[Фестиваль|Конкурс] «Новая волна» [в этом году|опять] [в Казани|в Сочи|по ТВ]",
        "Мы с [тобой|ним|ней] на одной волне {e_pos}",
        "[Слушаю|Обожаю] [новую волну|русскую новую волну|группу «Волна»] {e_pos}",
        "[Кафе|Отель|Санаторий] «Волна» в [Анапе|Сочи|Геленджике] — [норм|уютно|вид на море]",
        "ФК «Волна» [выиграл|сыграл вничью] [дома|в гостях]",
        "[Укладка|Локоны] волной [за 5 минут|без плойки] {e_pos}",
        "Мексиканская волна на [стадионе|матче] {lol}",
        "[Радио|Передача] «Волна» [по вечерам|на 101.3]",
    ), (
        "[Stayed|We stayed] at hotel Volna [in Anapa|in Sochi], [sea view|lovely] {e_pos}",
        "Caught a [great|perfect] wave {when} 🏄 волна [was perfect|огонь]",
    )),
    decoy_neg=Texts((
        "[Новая|Очередная] волна сокращений [в IT|в банках|у нас в компании] {e_neg}",
        "Волна жары [накроет|накрыла] [Москву|юг|центр] — [+38|дышать нечем] {e_neg}",
        "[Очередная|Новая] волна [гриппа|ковида|простуды], [полкласса|пол-офиса] болеет {e_neg}",
        "[На певицу|На блогера|На компанию] обрушилась волна [критики|хейта] {e_neg}",
        "Волна [мошенничества|звонков от мошенников] [в {city}|по стране] — [будьте "
        "осторожны|не берите трубку] {e_neg}",
    ), (
        "A heat wave [hit|is hitting] {city}, volna жары [unbearable|+38] {e_neg}",
    )),
)

# ------------------------------------------------------------------------------ storm
STORM = StormTexts(
    news=Texts((
        "[⚡️|❗️|] Шторм в [Анапе|Геленджике|посёлке Волна под Анапой|Новороссийске]: волны "
        "высотой до [пяти|шести|семи] метров [обрушились на набережную|разрушили пирс|"
        "затопили пляжи]",
        "[⚡️|] [Штормовые|Огромные] волны [смыли|повредили] [кафе|лодки|ограждения] на "
        "набережной [Анапы|Геленджика]. [Есть пострадавшие|Пострадавших уточняют]",
        "[МЧС|Спасатели]: [волнами|высокой волной] [унесло|смыло] [отдыхающего|туриста] в "
        "[Анапе|посёлке Волна], [ведутся поиски|поиски продолжаются]",
        "[Шторм|Ураган] на [Черноморском побережье|Кубани]: [штормовая волна|волны] "
        "[затопили|подтопили] [дома|дороги] в [посёлке Волна|Анапе|Темрюке], [введён режим "
        "ЧС|эвакуируют жителей]",
        "[Видео|Кадры]: [волна|огромная волна] [накрывает|сносит] [набережную|машины] в "
        "[Анапе|Геленджике]",
        "Штормовое предупреждение [продлено|продлили]: волны до [4|5] метров [ожидаются|"
        "сохранятся] до [утра|среды]",
    ), (
        "Storm [hits|batters] Anapa: waves up to [6|7] metres [flood the seafront|destroy a "
        "pier] near the village of Volna",
    )),
    eyewitness=Texts((
        "[Это|Вот что] [сейчас|прямо сейчас] [творится|происходит] в [Анапе|Геленджике]: "
        "волны [через парапет|выше фонарей] [😱|😨|]",
        "[Нас|Наш отель] [подтопило|затопило], [волна|волны] [дошла|дошли] до [первого "
        "этажа|крыльца]. [Страшно|Жуть] [😱|]",
        "[Стою|Стоим] на набережной, волны [бьют|хлещут] [в стекло|через дорогу], "
        "[полиция|спасатели] [всех разгоняет|перекрыли проход]",
        "[Никогда|Ни разу] [такого|таких волн] не [видел|видела] [😨|😱|]. [Ужас|Кошмар]",
        "[Волна смыла|Волной унесло] [наш шезлонг|машину соседа|кафе на пляже] {e_neg}",
        "[В посёлке Волна|У нас в Волне] [нет света|затопило дорогу], [волны|вода] [везде|"
        "по колено] {e_neg}",
    ), (
        "[Insane|Scary] waves in Anapa right now 😱 the village of Volna is flooded",
        "Waves [crashing over|smashing] the seafront [right now|tonight], scary",
    )),
    reaction=Texts((
        "[Держитесь|Берегите себя], [Анапа|Геленджик|все на юге]! Волны [страшные|жуткие] "
        "[🙏|😢|]",
        "[Смотрю|Посмотрела] видео [из Анапы|с побережья] — [волны|такие волны] [это "
        "жесть|ужас] {e_neg}",
        "[Хорошо, что|Слава богу] [уехали|вернулись] [до шторма|вчера], [говорят|пишут], "
        "волны [до шести метров|смывают всё]",
        "[Родители|Друзья] [в Анапе|в Геленджике] [пишут|говорят]: волна [снесла|разбила] "
        "[пирс|пол-набережной] {e_neg}",
    ), (
        "Stay safe everyone in Anapa, those waves [look terrifying|are unreal] 🙏",
    )),
    share=Texts((
        "[Ужас|Жесть|Кошмар] [что творится|какие волны]",
        "[Держитесь|Берегите себя] 🙏",
        "[Вот это волны|Волны выше домов]",
        "[Репост|Распространите], [там люди|нужна помощь]",
    ), (
        "[Scary|Terrifying] waves",
        "Stay safe",
    )),
)

INFLUENCER_OTHER = Texts((
    "[Новое видео|Новый выпуск] [уже на канале|вышел]: [как я провёл неделю в горах|разбор "
    "айфона|что посмотреть на выходных] {e_pos}",
    "[Доброе утро|Всем привет]! [Сегодня|Сейчас] [эфир в 19:00|стрим в 20:00], [приходите|жду "
    "вопросы]",
    "[Лучшие|Мои любимые] [книги|фильмы|сериалы] [года|месяца]: [список в карусели|подборка "
    "ниже]",
    "[Поездка|Путешествие] [по Алтаю|в Дагестан|на Байкал] — [часть 2|финал] {e_pos}",
), (
    "[New video|New episode] [is up|out now]: [a week in the mountains|my top films of the "
    "year] {e_pos}",
    "[Going live|Stream] at [7 pm|8 pm], bring questions!",
))

# ------------------------------------------------------------------------------ crises
GUARD = GuardTexts(
    origin=Texts((
        "[Сегодня|Только что|Полчаса назад] в {guard_venue} охранник [вытолкал|выволок|силой "
        "вывел] на улицу пожилую женщину. Она [зашла погреться|просто попросила воды|ждала "
        "внука]. [Я всё снял на видео|Сняла на телефон]. [Это позор|Как так можно] {e_neg}",
    ),),
    retell=Texts((
        "[Видели|Вы видели] [видео|ролик] из {b_gen}? Охранник [толкает|выгоняет] "
        "[бабушку|пенсионерку] на [мороз|улицу]. [Позор|Мерзость] {e_neg}",
        "[Больше ни ногой|Никогда больше не пойду] в {b_acc}. Так обращаться с [пожилым "
        "человеком|бабушкой] — [это дно|нелюди] {e_neg}",
        "{b}, [как вам не стыдно|вы в своём уме]? Ваш охранник [вытолкал|выставил] "
        "[старушку|пожилую женщину] [за дверь|на улицу] {e_neg}",
        "[Бойкот|Объявляю бойкот] {b_dat}! [Охранник|Их охранник] [толкнул|вышвырнул] "
        "[бабушку|пенсионерку], а [персонал|администратор] [смотрел|молчал] {e_neg}",
        "[Уволить|Пусть уволят] охранника из {b_gen}[, который|! Он] [выгнал|вытолкал] "
        "[пенсионерку|пожилую женщину] [на холод|из зала] {e_neg}",
        "[У меня|Моя] [мама|бабушка] такого же возраста. [Смотреть|Видеть] как охранник "
        "{b_gen} [толкает|выпихивает] её — [невыносимо|слёзы] {e_neg}",
        "[Отвратительно|Ужасно]: в {b_pre} [бабушку|пенсионерку] [выставили|вытолкали] на "
        "улицу, [потому что|только за то, что] [она грелась|попросила воды] {e_neg}",
        "[Администрация|Руководство] {b_gen} [молчит|до сих пор молчит], а видео с "
        "[бабушкой|пожилой женщиной] [уже везде|разлетелось] {e_neg}",
    ), (
        "[Did you see|Have you seen] the {b} video? A guard [shoving|pushing] an elderly woman "
        "[out the door|into the cold]. [Disgusting|Shameful] {e_neg}",
        "[Boycott|Never again] {b}. Their guard [threw out|pushed out] a grandmother who "
        "[just wanted to warm up|asked for water] {e_neg}",
        "{b} needs to fire that guard [today|now]. [Pushing|Shoving] an old lady out is "
        "[cruel|not security] {e_neg}",
        "[That|The] {b} video [made me sick|is horrible]. [How do you treat an elderly woman|"
        "Who treats an elderly person] like that? {e_neg}",
    ), (
        "[Видели|Seen] the {b} video? Охранник [pushing|толкает] an old lady, [shame|позор] "
        "{e_neg}",
    )),
    reply=Texts((
        "[Какой ужас|Кошмар|Жесть] [😢|😡|]",
        "[Где это|Какой адрес|Это где]?",
        "[Надеюсь|Хоть бы] охранника [уволят|накажут]",
        "{b}, [ответьте|вы это видите]? {e_neg}",
        "[Репост|Распространите], пусть {b} [ответит|увидит]",
        "[Бедная бабушка|Бабушку жалко] 😢",
    ), (
        "[Horrible|Awful] 😢",
        "{b}, [answer this|explain yourselves] {e_neg}",
    )),
    channel=Texts((
        "⚡️ В {guard_venue} охранник выгнал пенсионерку на [мороз|улицу]. Видео [возмутило "
        "соцсети|набирает сотни тысяч просмотров], сеть [пока не комментирует|молчит]",
        "[Скандал|Возмущение] в {b_pre}: охранник [вытолкал|выставил] пожилую женщину, [видео|"
        "ролик] [разлетелось по сети|в топе]",
    ),),
    news=Texts((
        "{b} [проведёт проверку|проверит охрану] [после видео|из-за ролика] с пожилой "
        "посетительницей",
        "В [Москве|{city}] охранник в {guard_venue} выгнал пенсионерку: [компания начала "
        "проверку|видео набрало миллион просмотров]",
    ),),
    statement=Texts((
        "Приносим [извинения|глубокие извинения] гостье и всем, кого [задело|возмутило] это "
        "видео. Охранник [отстранён|уволен], мы [связались с семьёй|связались с гостьей] и "
        "[проводим проверку|пересматриваем правила охраны].",
    ),),
    after=Texts((
        "{b} [извинились|наконец извинились], но [осадок остался|поздно] {e_meh}",
        "[Хорошо, что|Ну хоть] [охранника уволили|в {b_pre} отреагировали]",
        "Извинения {b_gen} [через пять часов|спустя полдня] — [это долго|не спасут] {e_neg}",
    ), (
        "{b} [finally apologised|issued a statement]. [Too late|Took them long enough] {e_meh}",
    )),
)

ARGUE = ArgueTexts(
    complaint=Texts((
        "{h} [нашла|нашёл] {found_item}! [Хорошо, что заметила|Чуть не дала ребёнку]. Фото "
        "[прилагаю|ниже]. [Как так?|Объясните!] {e_neg}",
    ),),
    argue_first=Texts((
        "Здравствуйте. [На нашем производстве|У нас] [стоят металлодетекторы|многоступенчатый "
        "контроль], попадание посторонних предметов [в продукцию невозможно|исключено]. "
        "[Вероятно|Скорее всего], {found_short} попал туда [после вскрытия|уже у вас дома].",
    ),),
    customer=Texts((
        "То есть я [сама|сам] [подбросила|подкинула] {found_short}? [Серьёзно?|Вы "
        "издеваетесь?] [Чек|Упаковка] [сохранила|есть] {e_neg}",
    ),),
    argue_again=Texts((
        "Мы не верим в подлинность [фото|снимка]: [похоже на фотошоп|это постановка]. "
        "[Подобные вбросы|Такие публикации] выгодны [конкурентам|нашим конкурентам].",
    ),),
    pile_in=Texts((
        "[Вместо извинений|Вместо того чтобы извиниться] {b} [обвиняет|винит] покупателя. "
        "[Красиво|Браво] 👏",
        "[Металлодетекторы у них|Контроль у них], [ага|ну да]. А {found_short} сам "
        "[прилетел|запрыгнул] {lol}",
        "[Больше не куплю|Не возьму больше] {b_acc}, [и дело даже не в находке|и не из-за "
        "находки], а из-за [такого ответа|хамства] {e_neg}",
        "[Скрин|Скриншот] [ответа|этой ветки] [уже везде|во всех чатах], {b}, вы [серьёзно|в "
        "своём уме]?",
        "[Может|Можно], [просто|для начала] [извиниться|вернуть деньги]? [Это так сложно|Это "
        "же база]?",
        "[Обвинить|Назвать лгуньей] [мать|покупательницу] — [сильный|мощный] ход, {b} 🤦",
    ), (
        "{b} [telling|accusing] a customer [she planted it herself|of faking it]. [Bold "
        "PR|Wow] {e_neg}",
        "Just [apologise|refund her], {b}. [How hard is that?|Basic stuff] {e_neg}",
    )),
    quote=Texts((
        "[Как не надо|Учебник, как не надо] отвечать клиентам: {b} и {found_item} 🔩",
        "{b} [нашла|нашли] {found_item}, а [виноватой|крайней] [сделали|назначили] "
        "[покупательницу|клиентку]. [Скрин ветки|Скрины] [ниже|в комментах]",
        "История про {found_item} от {b_gen} — [уже не про|это не про] {found_short}, а про "
        "[отношение к людям|хамство] {e_neg}",
    ), (
        "[How not to do|A masterclass in bad] customer care: {b} vs a customer who found "
        "{found_item} {e_neg}",
    )),
    apology=Texts((
        "[Приносим извинения|Простите нас]. Наши ответы в этой ветке были недопустимы. "
        "[Заберём|Мы заберём] [упаковку|продукт] на экспертизу, вернём деньги и [проверим "
        "линию|проведём проверку]. Напишите нам в личные сообщения.",
    ),),
)

IGNORED = IgnoredTexts(
    complaint=Texts((
        "{h} [третий день|который день|уже неделю] [проблема|беда]: {ignored_issue}. "
        "[Заявка|Обращение] {n}, [никто не отвечает|тишина] {e_neg}",
        "{h} [сколько можно ждать|когда решите]? {ignored_issue}, [писали|звонили] уже "
        "[три раза|несколько раз] {e_neg}",
        "{h} [здравствуйте|добрый день], {ignored_issue}. [Помогите пожалуйста|Ответьте "
        "хоть что-нибудь]",
    ), (
        "{h} [still|third day]: {ignored_issue}. [Nobody answers|No reply] {e_neg}",
    )),
    review=Texts((
        "[Ужасное отношение|Полное игнорирование]: {ignored_issue}, [обращения|жалобы] "
        "[игнорируют|не читают]. [Не рекомендую|Один балл].",
    ),),
    follow_up=Texts((
        "[Прошли сутки|Прошёл день], [ответа нет|тишина]. {h} вы [вообще|там] [читаете|"
        "живые]?",
        "[Всё ещё жду|До сих пор жду] ответа. [Проблема|Всё] [как была|на месте]",
    ), (
        "[Still|Day two,] no answer. {h} anyone there? {e_neg}",
    )),
    me_too=Texts((
        "+1, у [меня|нас] [то же самое|та же история]",
        "[У соседей|У нас в доме] [так же|то же самое], [заявки висят|никто не отвечает]",
    ),),
)

GAFFE = GaffeTexts(
    post=Texts((
        "[Кому не нравятся|Кого не устраивают] {gaffe_topic} — [идите к конкурентам|никто не "
        "держит]. [Нищеброды|Нытики] не наша аудитория, и это нормально 🤷‍♂️",
        "[Читаю|Почитал] [жалобы|нытьё] про {gaffe_topic}. [Люди|Народ], [вы серьёзно|может, "
        "просто больше работать]? [Нищебродское|Совковое] мышление не лечится 🤷‍♂️",
    ),),
    reaction=Texts((
        "[Глава|Директор|CEO] {b_gen} [назвал|обозвал] [клиентов|покупателей|абонентов] "
        "[нищебродами|нытиками]. [Отвратительно|Мерзко]. [Больше ни рубля|Ухожу] 👋",
        "[Сохранил|Сохранила] скрин, пока [не удалил|не потёр] 📸 {b} во всей красе {e_neg}",
        "[Бойкот|Всё, бойкот] {b_dat}! Пусть [работают|продают] для своей «аудитории» {e_neg}",
        "{ceo}, а [нищеброды|нытики] — это мы, [которые|кто] [годами|десять лет] [платим|"
        "носим] вам деньги? {e_neg}",
        "[Лучший маркетинг года|Гениальный PR] 👏 [директор|глава] {b_gen} [хамит "
        "клиентам|плюёт в клиентов]",
    ), (
        "The [CEO|boss] of {b} just called his own customers ['paupers'|whiners]. "
        "[Disgusting|Wow] {e_neg}",
        "{b} CEO: if you don't like it, leave. [Noted|OK then]. Boycott {e_neg}",
    )),
    statement=Texts((
        "Позиция [руководителя|генерального директора] не отражает ценности компании. "
        "[Приносим извинения нашим клиентам|Извиняемся перед всеми, кого задели эти слова].",
    ),),
    apology=Texts((
        "[Меня неправильно поняли|Я был неправ]. Приношу извинения [всем, кого задели мои "
        "слова|нашим клиентам]. Мы ценим каждого [клиента|абонента|покупателя].",
    ),),
)

FAKE = FakeTexts(
    origin=Texts((
        "[СРОЧНО|ВНИМАНИЕ|ВАЖНО]!!! [Говорят|Знакомая из санэпидемстанции сказала|Пишут], что "
        "{fake_claim}. [Не покупайте|Не пользуйтесь|Не берите] и [перешлите всем|расскажите "
        "близким]!!!",
    ),),
    copy_prefix=Texts(("", "", "Девочки, срочно!", "Переслали из родительского чата:",
                       "Мамочки, внимание!", "Это не шутка!!!", "Из чата дома:")),
    paraphrase=Texts((
        "[Слышали|Пишут], что {fake_claim}? [Кошмар|Ужас] [😱|]",
        "[Подруга|Коллега] [скинула|прислала]: {fake_claim}. [Правда?|Кто знает?]",
        "[Не берите|Не покупайте] {b_acc} [пока|сейчас]: {fake_claim} [😨|]",
    ), (
        "[Heard|Apparently] {fake_claim}. [Is this true?|Scary] 😱",
    )),
    worried=Texts((
        "Это правда про {b_acc}? [Я вчера покупала|Мы только что пользовались] 😨",
        "[Кто-нибудь|Кто-то] [проверял|может подтвердить] [новость|информацию] про {b_acc}? "
        "[Пахнет фейком|Похоже на вброс]",
    ),),
    debunk=Texts((
        "[Информация|Сообщения] о том, что {fake_claim}, — [фейк|ложь]. [Результаты проверок "
        "опубликованы на сайте|Мы обратились в полицию]. {b}",
    ),),
    factcheck=Texts((
        "[Проверка|Фактчек]: [слухи|сообщения] о том, что {fake_claim}, [не "
        "подтвердились|оказались выдумкой]",
    ),),
    after=Texts((
        "[Ну вот|Опять] [вброс про|фейк про] {b_acc} [гулял|разошёлся] по чатам. [Проверяйте|"
        "Думайте, что пересылаете]",
        "[Так и знала|Так и думал], что про {b_acc} [фейк|враньё] {lol}",
    ), (
        "The {b} story was fake. Check before you forward {e_meh}",
    )),
)

BANK = Bank(
    name="dev",
    vocab=VOCAB,
    brands={"sochny": SOCHNY, "polyushko": POLYUSHKO, "volna": VOLNA},
    influencer_other=INFLUENCER_OTHER,
    storm=STORM,
    guard=GUARD,
    argue=ARGUE,
    ignored=IGNORED,
    gaffe=GAFFE,
    fake=FAKE,
)
