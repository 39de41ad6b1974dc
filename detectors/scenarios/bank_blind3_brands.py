"""Text bank `blind3`, first half: what people say about the three brands (issue 13, fifth bank).

Written without reading the detectors. Exports VOCAB (shared slots), SOCHNY, POLYUSHKO, VOLNA
(`BrandTexts`) and INFLUENCER_OTHER. Slot values are templates themselves (`[a|b]` allowed).

Vocabulary contract (what every key holds, so the events half can write around it; all Russian
values start lower case and end without punctuation unless they are emoji):

Shared (VOCAB, ru and en):
- city: a city WITH its preposition, answering "where": «в Казани», «в Питере»; en "in Kazan".
- when: a time adverbial: «вчера ближе к ночи», «позавчера»; en "around midnight".
- who: a close person as a nominative subject, possessive included where natural, genders
  mixed (so use it with present tense or no verb): «муж», «мой брат», «подруга»;
  en "mum", "a guy from work".
- lol: a laugh standing alone: «ахахах», «ору»; en "lol", "lmao".
- sigh: a resigned interjection standing alone: «эх», «мда»; en "ugh", "welp".
- n: a number in digits, 5 to 60, only numbers that take the genitive plural in Russian
  («{n} минут», «{n} дней», «{n}-й раз»; en «{n}th» is right too).
- e_pos, e_neg, e_meh: one to three emoji, positive / angry-sad / shrugging; never empty
  (write `[{e_neg}|]` where the emoji is optional).

Per brand (ru and en both). The crisis keys (fake_claim, gaffe_topic, ignored_issue, found_item
with found_short, guard_venue) are drawn once per crisis and stay the same in all its posts;
the other keys are drawn anew in every post. Mixed RU/EN templates use the ru values.
The crises' default brands: guard -> sochny, argue -> polyushko, ignored -> volna,
gaffe -> volna, fake -> sochny (the unit test fills every crisis template with sochny's slots,
so use only keys sochny has: all of the crisis keys above, and the shared ones).
- good: a short full clause praising the product or service, no brand name:
  «котлета реально сочная»; en "fries came out hot".
- meh: a short full clause about something wrong, no brand name: «картошка холодная и
  вялая», «интернет ползает как в 2008»; en "the bun was burnt on the bottom". Many values
  (variety).
- fake_claim (all three brands): the made-up scare of the fake story, as one complete clause in
  the present/future tense, no brand name (the template names the brand), lower case, no
  final full stop; reads right after «пишут, что ...» / «говорят, что ...» and after
  «{b}: ...»: «в котлеты подмешивают просроченный фарш и перебивают даты на коробках»;
  en "they mix expired meat into the patties and relabel the boxes" (after "apparently").
- gaffe_topic (all three): whom/what the executive's careless post is about, as a noun
  phrase that reads after «про ...» (accusative) and en after "about ...":
  «пенсионеров, которые сидят в зале с одним чаем»; en "retirees who nurse one tea for hours".
  A post can be written «Скажу честно про {gaffe_topic}: ...».
- ignored_issue (all three): the one problem of the ignored complaints, as a complete clause
  in the present tense, no brand name, no time span in it (the template says how long), no
  subject needed before it; reads after «{h} уже третий день ...» and alone: «в приложении не
  начисляются баллы за заказы»; en "the app isn't adding points for my orders" (after
  "{h} day 3 and still: ...").
- found_item (sochny, polyushko): what the customer found, in the accusative (= nominative
  for all values), WITH where it was found, after «нашла ...»: «кусок синей одноразовой
  перчатки прямо в котлете», «металлический болтик в пачке гречки»; en with its article:
  "a piece of blue glove inside the patty".
- found_short (sochny, polyushko): the same object in one or two words, nominative =
  accusative, parallel to found_item (same index, same number of values): «кусок перчатки»,
  «болтик»; en without article: "glove piece", "bolt" (write "the {found_short}").
- guard_venue (sochny, volna): the venue of the guard video as a "where" phrase WITH its
  preposition, no brand name (write «в {b_pre} {guard_venue}», «охранник {b_gen}
  {guard_venue}»): «на Большой Садовой у фонтана», «в ТРЦ «Аврора» на втором этаже»;
  en "on Bolshaya Sadovaya", "in the Aurora mall".
- sochny dish: a menu item, nominative = accusative (inanimate masculine, neuter or plural),
  after «взял ...» or as a subject: «бургер с беконом и яйцом», «наггетсы»; en "nuggets".
- sochny promo: an offer as a nominative noun phrase: «два чизбургера по цене одного».
- sochny spot: a restaurant's location, "where" phrase with preposition: «на Ленина у почты»,
  «на фудкорте в «Галерее»»; en "at the mall food court".
- polyushko grain: a product of the brand as a nominative label: «ядрица первого сорта», «булгур»;
  en "bulgur".
- polyushko shop: where it was bought, with preposition: «в Пятёрочке у дома», «на вайлдберриз»;
  en "on Ozon".
- polyushko dish_home: what people cook from it, in the accusative, after «сварила ...»:
  «гречку с грибами и луком», «гречаники»; en "buckwheat patties".
- volna svc: a service of the operator, nominative = accusative: «роуминг», «eSIM»,
  «интернет на телефоне»; en "roaming".
- volna tariff: a tariff name in quotes, not declined: «Прибой», «Бриз 30»; en "Priboy".
- volna where: a place where reception matters, with preposition: «в метро на кольцевой»,
  «на даче под Тверью»; en "at my dacha".
- volna dn_head, dn_tail: the everyday negative «волна» (decoy_neg): dn_head is what stands
  right before the word «волна» in the nominative (an adjective agreeing with it: «очередная»,
  «третья за год»), dn_tail the genitive after it («увольнений», «жары»): together
  «{dn_head} волна {dn_tail}»; en the same around "wave" ("another", "of layoffs").
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

T = Texts

# ------------------------------------------------------------------------------ shared vocabulary
VOCAB = Vocab(
    ru={
        "city": ("в Казани", "в Питере", "в Екб", "в Нижнем", "в Самаре", "в Новосибе",
                 "в Краснодаре", "в Туле", "в Воронеже", "в Перми", "в Уфе", "в Ростове",
                 "в Ярославле", "в Твери", "в Калининграде", "в Челябе", "в Иркутске"),
        "when": ("вчера", "вчера ближе к ночи", "сегодня с утра", "в субботу после обеда",
                 "на этих выходных", "позавчера", "сегодня в обед", "где-то час назад",
                 "буквально на днях", "в понедельник с утра пораньше", "ночью часа в два",
                 "перед работой", "в пятницу после смены"),
        "who": ("муж", "мой брат", "подруга", "коллега", "сосед по площадке", "младший", "мама",
                "свекровь", "дочка", "сын", "одногруппник", "жена", "начальник"),
        "lol": ("ахахах", "ору", "лол", "хах", "😂😂", "ржу", "аххахаха", "кек", "🤣"),
        "sigh": ("эх", "мдаа", "ну что ж поделать", "ну такое себе", "пфф", "ох", "ну блин",
                 "ладно уж"),
        "n": tuple(str(i) for i in (*range(5, 21), *range(25, 41), 45, 50, 55, 60)),
        "e_pos": ("👍", "🔥", "😍", "❤️", "🤤", "😋", "👌", "💯", "🙌", "😊", "🥰", "✨",
                  "👍👍", "🔥🔥🔥", "😁"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤢", "😠", "🙄", "😒", "💩", "😩", "🤦‍♀️", "🤦‍♂️",
                  "😑", "😡😡"),
        "e_meh": ("🤷", "🤔", "😐", "🙃", "😶", "🤷‍♂️", "👀", "🫠", "😬"),
    },
    en={
        "city": ("in Kazan", "in St Pete", "in Moscow", "in Yekaterinburg", "in Novosibirsk",
                 "in Sochi", "in Kaliningrad", "in Samara", "in Nizhny", "in Krasnodar"),
        "when": ("yesterday", "around midnight", "this morning before work",
                 "on Saturday afternoon", "this past weekend", "earlier this afternoon",
                 "the other evening", "an hour or so ago", "during my lunch break"),
        "who": ("the missus", "my brother", "a guy from work", "the flatmate", "mum", "my 10yo",
                "my gf", "the neighbour upstairs", "my manager"),
        "lol": ("lol", "lmao", "haha", "😂", "lmfao", "💀", "ha"),
        "sigh": ("ugh", "sigh", "welp", "meh", "eh, whatever", "smh", "bruh"),
        "n": tuple(str(i) for i in (*range(5, 21), *range(25, 41), 45, 50, 55, 60)),
        "e_pos": ("👍", "🔥", "😍", "❤️", "🤤", "😋", "👌", "💯", "🙌", "😊", "✨", "🥳"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤢", "😠", "🙄", "😒", "😩", "🤦", "🤦‍♂️"),
        "e_meh": ("🤷", "🤔", "😐", "🙃", "👀", "😬", "🫠"),
    },
)

# ------------------------------------------------------------------------------ «Сочный Бургер»
SOCHNY = BrandTexts(
    vocab=Vocab(
        ru={
            "dish": ("чизбургер с двойной котлетой", "бургер с беконом и яйцом",
                     "острый «Халапеньо»", "ролл с курицей в кляре", "наггетсы",
                     "крылышки в медовом соусе", "картофель дольками с чесночным маслом",
                     "луковые кольца с сырным дипом", "банановый молочный коктейль",
                     "клубничный шейк", "детский набор с сюрпризом", "бургер с рыбной котлетой",
                     "бургер с трюфельным майонезом", "моцарелла-палочки", "комбо «Большой жор»"),
            "good": ("котлета реально сочная, сок по пальцам течёт",
                     "булка мягкая и чуть поджаристая", "картошка горячая, хрустит",
                     "заказ собрали минуты за четыре", "соусов насыпали сколько просила",
                     "девочка на кассе улыбчивая, всё подсказала", "в зале чисто, столы протёрты",
                     "порции стали больше, наелся одним", "бекон хрустящий, а не резина",
                     "доставка приехала раньше обещанного", "по акции вышло дешевле шаурмы",
                     "сыр тянется прямо как на картинке", "огурчики хрустят, не вялые"),
            "meh": ("котлета сухая, как подошва", "картошка холодная и вялая",
                    "заказ ждали минут сорок", "в бургере булка и лист салата, всё",
                    "перепутали заказ, просил без лука — положили двойной",
                    "на столах крошки и лужи от колы", "соус опять забыли",
                    "кола без газа, сладкая вода", "курьер привёз всё мятое и остывшее",
                    "цены подняли, а бургеры сжались", "булка снизу подгорелая",
                    "в туалете ни бумаги, ни мыла", "терминал самообслуживания виснет через раз",
                    "бекон резиновый, не прожевать", "деньги списались, а заказ не создался",
                    "наггетсы пересолены так, что есть невозможно",
                    "кассир нахамил, когда попросила поменять напиток",
                    "майонеза столько, что течёт по локтям", "в шейке плавают комки",
                    "фри пахнет старым маслом"),
            "promo": ("два чизбургера по цене одного", "комбо дня за 299 ₽",
                      "шейк в подарок к заказу через приложение",
                      "скидка 20% студентам по будням до 16:00",
                      "детский набор с игрушкой за 199 ₽", "бургер недели «Тройной чеддер»",
                      "ночное меню −30% после 23:00"),
            "spot": ("на Ленина у почты", "в ТЦ «Мега»", "у метро Пионерская",
                     "на Московском вокзале", "в аэропорту в зоне вылета",
                     "на фудкорте в «Галерее»", "на Пушкинской площади", "на районе у рынка",
                     "возле нашего универа", "у заправки на выезде из города", "в ТЦ у кольца",
                     "на набережной"),
            "guard_venue": ("на Большой Садовой у фонтана", "в ТРЦ «Аврора» на втором этаже",
                            "у Курского вокзала"),
            "found_item": ("кусок синей одноразовой перчатки прямо в котлете",
                           "длинный чёрный волос, запечённый в булку",
                           "пластиковый ярлычок от упаковки между котлетой и сыром"),
            "found_short": ("кусок перчатки", "волос", "ярлычок"),
            "ignored_issue": ("в приложении не начисляются баллы за заказы",
                              "деньги за отменённую доставку не возвращают",
                              "промокод из рассылки выдаёт ошибку на кассе"),
            "gaffe_topic": ("пенсионеров, которые сидят в зале с одним чаем",
                            "клиентов, которые строчат жалобы на остывшую картошку"),
            "fake_claim": (
                "в котлеты подмешивают просроченный фарш и перебивают даты на коробках",
                "с понедельника все точки закрывают из-за крыс на складе",
                "в картошку добавляют усилитель вкуса, из-за которого дети попадают в больницу",
            ),
        },
        en={
            "dish": ("double cheese stack", "bacon and egg burger", "jalapeño smash burger",
                     "crispy chicken wrap", "nuggets", "honey wings", "wedges",
                     "onion rings with cheese dip", "vanilla shake", "fish fillet burger",
                     "kids box", "truffle mayo burger"),
            "good": ("the patty is juicy for real", "fries came out hot and crunchy",
                     "order was ready in like four minutes", "the staff were genuinely sweet",
                     "the bun is soft and toasted", "delivery showed up early",
                     "bacon is crispy for once", "it's cheaper than the kebab place next door"),
            "meh": ("the patty was dry as cardboard", "fries were cold and limp",
                    "we waited 40 minutes for one burger", "they messed up my order again",
                    "tables were sticky", "they forgot the sauce, again", "the cola had zero fizz",
                    "delivery came cold and squashed", "prices up, burgers shrinking",
                    "the bun was burnt on the bottom", "the self-order kiosk froze twice",
                    "the bacon was pure rubber"),
            "promo": ("two cheeseburgers for the price of one", "combo of the day for 299 ₽",
                      "a free shake with app orders"),
            "spot": ("at the mall food court", "near the train station",
                     "at Sheremetyevo terminal B", "on Lenina street", "next to the uni",
                     "downtown", "on the embankment"),
            "guard_venue": ("on Bolshaya Sadovaya by the fountain", "in the Aurora mall",
                            "by Kursky station"),
            "found_item": ("a piece of blue glove inside the patty",
                           "a long black hair baked into the bun",
                           "a plastic label between the patty and the cheese"),
            "found_short": ("glove piece", "hair", "plastic label"),
            "ignored_issue": ("the app isn't adding points for my orders",
                              "they won't refund a cancelled delivery",
                              "the promo code from the newsletter gives an error at the till"),
            "gaffe_topic": ("retirees who nurse one tea for hours",
                            "customers who write complaints about cold fries"),
            "fake_claim": ("they mix expired meat into the patties and relabel the boxes",
                           "all their restaurants are closing on Monday over rats at the warehouse",
                           "there's an additive in the fries that's putting kids in hospital"),
        },
    ),
    positive=T(
        ru=(
            "[Короче,|Ну что,|Вот честно,|] {b} {spot} [приятно удивил|не подвёл|порадовал]: "
            "{good} {e_pos}",
            "{when} [заехали|забежали|зарулили] в {b} [с мужем|с подругой|с детьми|всей толпой] "
            "[просто перекусить|на пять минут]. {good}, [взяли ещё|докупили] {dish} {e_pos}",
            "Лучшее, что есть [в городе|на районе|из сетевого фастфуда], [без "
            "шуток|отвечаю|серьёзно], — {dish} в {b_pre} {spot}. {good}",
            "[Не ожидал|Не ожидала], но в {b_pre} [прям вкусно|реально вкусно|всё на уровне]: "
            "[взяли|брали] {dish}, {good} {e_pos}",
            "[Кто ещё не пробовал|Кто не пробовал] {dish} из {b_gen} — [советую|беру уже третий "
            "раз|рекомендую]: {good} {e_pos}",
            "После [смены|тренировки|пар|двенадцати часов в офисе] {dish} из {b_gen} — [это "
            "счастье|лучшее, что случилось за день|прям то что надо] {e_pos}",
            "{b} [в этот раз|сегодня|опять] [красавцы|молодцы|на высоте]: {good}, а ещё [персонал "
            "вежливый|всё горячее|ждать почти не пришлось]",
            "{who} [говорит|уверяет], что в {b_pre} {spot} теперь {good}. [Проверили — "
            "правда|Сходили — подтверждаю] {e_pos}",
            "Моя [слабость|guilty pleasure|тайная любовь] — {dish} из {b_gen} {spot}. {good} "
            "{e_pos}",
            "Ставлю {b_dat} [пять|десять из десяти|твёрдую пятёрку] за [сегодня|этот вечер|обед]: "
            "{good} {lol}",
        ),
        en=(
            "[Honestly|Ngl|Okay so] {b} {spot} [slaps|is underrated|hit the spot] — {good} {e_pos}",
            "Tried the {dish} at {b} {when} and [wow|damn|yeah], {good} {e_pos}",
            "{b} [might be|is lowkey|is officially] my [favourite|go-to] fast food [now|in "
            "Russia|spot]. {good}",
            "[Shoutout|Big shoutout|Respect] to {b} {spot}: {good}, [and|plus] [the staff were "
            "friendly|everything was hot] {e_pos}",
            "{who} dragged me to {b} {when}. [Not mad about it|Zero regrets|Would go again]: "
            "{good} {e_pos}",
            "If you're {city} [and hungry|on a budget|at 2am], {b} [does the job|is the move]. "
            "{good}",
        ),
        mixed=(
            "{b} {spot} — [honestly|lowkey] best {dish} [ever|in town], {good} {e_pos}",
            "[Okay|Ok], {b} [did it again|is a vibe]: {good} {e_pos}",
            "Зашёл в {b} [просто перекусить|на пять минут], а там {good}. [Mood|10/10|Solid] "
            "{e_pos}",
            "{dish} из {b_gen} [is my comfort food|= my therapy], {good}",
        ),
    ),
    neutral=T(
        ru=(
            "[Кто-нибудь знает|Подскажите], до скольки работает {b} {spot}?",
            "{b} [открылся|открывается|вроде открыли] {city} [рядом с вокзалом|в новом ТЦ|возле "
            "парка]. [Кто был?|Надо будет заглянуть|Посмотрим] {e_meh}",
            "Взял {dish} в {b_pre} [на обед|по пути|на бегу], [посмотрим|сижу ем|обычный обед]",
            "[Сидим|Сидим с коллегами|Сижу] в {b_pre} {spot}, [ждём заказ|ждём номер на "
            "табло|пережидаем дождь]",
            "В {b_pre} {spot} [поменяли меню|новая витрина|поставили терминалы|перекрасили зал]. "
            "[Заметили?|Кто видел?|Ну ок] {e_meh}",
            "[А в|В] {b_pre} [есть|бывает] {dish} [без лука|без майонеза]? [Спрашиваю для "
            "подруги|Для ребёнка|Вопрос серьёзный]",
            "[Сравнил|Посчитал] цены: {dish} в {b_pre} и у [конкурентов|соседей по фудкорту] — "
            "[разница рублей двадцать|почти одинаково|примерно одно и то же|у них дешевле на "
            "полтинник]",
            "[Обед|Ужин|Перекус] на сегодня: {b}, {dish} [и чай|и вода|и кофе]. {e_meh}",
            "Сегодня в {b_pre} {spot} [очередь человек на {n}|пусто|полный зал школьников]. "
            "[Вчера было так же|В выходные было наоборот|Обычно по-другому]",
            "[Интересно|Любопытно], {b} [будет|собирается] открываться {city}? [Слышал, ищут "
            "помещение|Кто-то писал про вакансии]",
            "По дороге на [дачу|работу|вокзал] [заехали|заскочили] в {b} {spot}. {dish}, "
            "[кофе|морс], [поехали дальше|едем дальше]",
        ),
        en=(
            "Anyone know what time {b} {spot} closes?",
            "Grabbed the {dish} from {b} {when}, [eating it on the tram|standard lunch|quick one "
            "before the meeting]",
            "Does {b} [still|even] do the {dish}? [Haven't been in a while|Asking for {who}]",
            "{b} [opened|is opening] a new place {city} [apparently|I think|next to the station] "
            "{e_meh}",
            "Sitting in {b} {spot} waiting for [my order|number {n}|the rain to stop]",
            "[Comparing|Did the math on] {b} vs [the other chains|BK]: [basically the same "
            "price|like {n} rubles difference]",
            "[Lunch|Dinner|Road trip snack]: {b}, {dish} [and a coffee|and water]. {e_meh}",
            "{b} {spot} [changed the menu boards|has new kiosks|redid the seating] [btw|fyi]",
            "[So|Random q:] [what's|which is] the [best|safest|go-to] thing on the {b} menu? "
            "[Going there later|First time|Going tonight]",
        ),
        mixed=(
            "Заказал {dish} в {b_pre} [через app|в delivery], [wait time|ETA] {n} минут",
            "{b} {spot} [уже|вроде] [open|работает] после ремонта? [anyone?|кто знает]",
            "[Lunch break|Quick bite]: {b}, {dish}, [back to work|и обратно в офис] {e_meh}",
        ),
    ),
    negative=T(
        ru=(
            "{b} {spot}, [ну как так|вы серьёзно|что с вами]? {meh} {e_neg}",
            "[Больше|Больше никогда|Всё, больше] не [пойду|хожу] в {b}: {meh}, [а ещё|плюс] "
            "[ждать пришлось полчаса|никто не извинился|всё остывшее] {e_neg}",
            "{when} [взяла|взял] {dish} в {b_pre}. {meh}. [Деньги на ветер|Спасибо, наелся|Ну и "
            "зачем] {e_neg}",
            "[Раньше|Года два назад] в {b_pre} было [нормально|вкусно], а [теперь|сейчас] {meh}. "
            "{sigh}",
            "[Ставлю|Мысленно ставлю] {b_dat} [единицу|минус|кол]: {meh} {e_neg}",
            "Я, конечно, не [ресторанный критик|шеф-повар], но {meh} — это уже [слишком|за "
            "гранью|перебор], {b} {e_neg}",
            "[Стабильность|Традиция] {b_gen}: {meh}. [Каждый раз|И так каждый раз], {sigh}",
            "[Эх,|Вот и] сходили [в|в этот ваш] {b} [с мужем|с подругой|всей семьёй]... {meh}, "
            "[настроение испорчено|осадок остался] {e_neg}",
            "{dish} за такие деньги, а {meh}? {b}, [вы там берега попутали|это шутка такая] "
            "{e_neg}",
            "[Кто-нибудь|Хоть кто-нибудь], [объясните|объясните мне], почему в {b_pre} {spot} "
            "{meh}? {e_neg}",
            "[Отзыв|Мини-отзыв] на {b} {spot}: {meh}. [Не рекомендую|Мимо|Два из десяти] {e_neg}",
            "{when} {b} {spot}: [два бургера и кола|комбо и шейк] — [1190|980|1340] ₽. [Год назад "
            "это было рублей 600|Раньше на эти деньги ели вдвоём]",
            "Заказ в {b_pre} — [сорок|пятьдесят] минут, [картошку|шейк] отдали ещё минут через "
            "десять. [Доедал уже в машине|Обед закончился]",
            "Забрал заказ в {b_pre} {spot}, дома открыл — [двух наггетсов нет|соуса нет|вместо "
            "колы спрайт]. [Ладно|Ну бывает], [в следующий раз проверю|проверять надо на месте]",
            "Спасибо {b_dat} за [разгрузочный день|урок терпения]: [заказ|бургер] ждали [сорок "
            "минут|почти час], [так и ушли|ушли в шаурмичную] {lol}",
            "[Третий раз подряд|Второй раз за неделю] в {b_pre} [кладут не тот соус|забывают "
            "салфетки и соус]. [Видимо, это фича|Наверное, традиция такая] {lol}",
        ),
        en=(
            "{b} {spot}, what happened to you? {meh} {e_neg}",
            "[Never again|Done with] {b}: {meh} [and|plus] [nobody apologised|everything was "
            "cold] {e_neg}",
            "Got the {dish} from {b} {when}. {meh}. [Waste of money|Great start to the day|Cool "
            "cool cool] {e_neg}",
            "{b} used to be decent. [Last time|This time] {meh}. {sigh}",
            "[Not to be dramatic but|Genuinely,] {b} {spot} [is a new low|hit rock bottom]: {meh} "
            "{e_neg}",
            "Went to {b} again and {meh}. [Every. Single. Time|Why is it always like this] {e_neg}",
            "[Review|Quick review] of {b} {spot}: {meh}. [Skip it|1/10|Avoid] {e_neg}",
            "Ordered at {b} {spot} at noon, food came out {n} minutes later. [Lunch break "
            "over|Ate it at my desk]",
            "Two burgers and a coke at {b}: [1190|1340] rubles. [Last year it was like "
            "600|Remember when this was cheap?]",
            "Opened my {b} bag at home: [no sauce|no fries|someone else's burger]. Lesson "
            "learned, check at the counter",
        ),
        mixed=(
            "{b} {spot} — [seriously?|wtf], {meh} {e_neg}",
            "[Ну и|Опять] {b}: {meh}. [Never again|Worst lunch ever] {e_neg}",
            "{when} {dish} из {b_gen}, [and|а] {meh}. [Great|Ну супер] {e_neg}",
        ),
    ),
    question=T(
        ru=(
            "{h} [здравствуйте|добрый день], [а|] {dish} [ещё|вообще] есть в меню? [В приложении "
            "не вижу|Не нашёл]",
            "{h} подскажите, [во сколько|до скольки] работает точка {spot}? [Ночью открыто?|В "
            "воскресенье тоже?]",
            "{h} [а когда|вы когда] откроетесь {city}? [Ждём|Очень ждём|Весь город ждёт]",
            "{h} [можно ли|а можно] [оплатить баллами|оплатить картой «Мир»|оплатить при "
            "получении] заказ [в ресторане|на доставку]?",
            "{h} [добрый вечер|привет], а [свинина|глютен|кунжут] в составе "
            "[бургеров|соусов|наггетсов] есть? [Вопрос по аллергии|Ребёнку нельзя]",
            "{h} где [посмотреть|найти] состав и калорийность? [На сайте не нашла|Не нашла]",
            "{h} [у вас|вы] [берёте|принимаете] на работу с [14|16|17] лет? [Интересует точка "
            "{spot}|Хочу на лето]",
        ),
        en=(
            "{h} hi, do you still have the {dish} [on the menu|{city}]?",
            "{h} what are the hours for the place {spot}?",
            "{h} [do you|does the app] take foreign cards? [Visiting|Here for a week] {city}",
            "{h} does the {dish} have [pork|sesame|gluten]? [Allergy question|Asking for my kid]",
        ),
    ),
    complaint=T(
        ru=(
            "{h} [здравствуйте|добрый день]. {when} [в|на] точке {spot}: {meh}. [Как "
            "так?|Разберитесь, пожалуйста|Это нормально?] {e_neg}",
            "{h} [заказ|заказ через приложение] ждал [40|50|55|70] минут, [в итоге|а в итоге] "
            "{meh} {e_neg}",
            "{h} [вы издеваетесь?|ну сколько можно?] {meh}, и это уже [второй|третий] раз за "
            "[неделю|месяц]",
            "{h} [верните деньги|хочу возврат]: [заказал|заказала] {dish}, а {meh} {e_neg}",
            "{h} [взял|взяла] у вас {dish} {when} — [позор|это издевательство|просто ужас]. {meh}",
            "{h} [ответьте уже в личке!|почему в чате никто не отвечает?] Пишу уже "
            "[третий|пятый|десятый] раз, а {meh}",
            "{h} [точка|ресторан] {spot}: {meh}, а [администратор|менеджер смены] [только пожал "
            "плечами|сказал «ничего не знаю»] {e_neg}",
            "{h} [ребята|коллеги], [у вас|] {meh}. [Фото прикладываю|Чек сохранила|Номер заказа в "
            "личке]",
            "{h} заказ на доставку [к 19:10|к восьми] так и не [привезли|приехал], в приложении "
            "статус «в пути» уже [два часа|полтора часа]. Номер заказа в личке",
            "{h} {meh}. [Просил|Просила] [по-человечески|вежливо] [поменять|переделать] — "
            "[отказали|закатили глаза] {e_neg}",
        ),
        en=(
            "{h} {when} at your place {spot}: {meh}. [Not okay|Please sort this out] {e_neg}",
            "{h} waited [40|50|70] minutes and {meh} {e_neg}",
            "{h} [I want a refund|refund please]: ordered the {dish}, {meh}",
            "{h} [second|third] time this month: {meh}. [Seriously?|Come on] {e_neg}",
            "{h} your support chat [hasn't answered|ghosted me] for {n} hours. Meanwhile {meh}",
            "{h} the manager {spot} [just shrugged|said it's not their problem] when I told them "
            "{meh} {e_neg}",
            "{h} hi, {when}: {meh}. [Receipt attached|Order number in DM]",
            "{h} [is this normal?|why?] {meh} {e_neg}",
        ),
    ),
    comment=T(
        ru=(
            "А {city} когда [уже|наконец] откроетесь? {e_pos}",
            "[Верните|Верните, пожалуйста,] старый рецепт [соуса|булки|котлеты], новый [совсем не "
            "то|какой-то не такой] {e_neg}",
            "[Беру|Возьму] [в выходные|сегодня же|вечером], [выглядит вкусно|слюнки потекли] "
            "{e_pos}",
            "Лучше бы [с доставкой|с качеством|с точкой {spot}] разобрались, [а то|а то у вас] "
            "{meh} {e_neg}",
            "[А это|Это] [во всех|на всех] точках [или только в Москве|или только в приложении]? "
            "{e_meh}",
            "[Муж уже пробовал, говорит норм|Подруга вчера пробовала, в восторге|Дети уже "
            "пробовали, просят ещё] {e_pos}",
            "[О, наконец-то|Ура] {e_pos} [жду|ждала] с прошлого года",
            "А [вегетарианский|постный] вариант будет? {e_meh}",
        ),
        en=(
            "When are you opening {city}? {e_pos}",
            "Bring back the old {dish} pls {e_neg}",
            "[Is this|Is that] in all locations or just Moscow? {e_meh}",
        ),
    ),
    reply=T(
        ru=(
            "{lol} у нас {spot} [ровно то же самое|та же история]",
            "[Да ладно|Серьёзно], я там [вчера была|ела на прошлой неделе] — [всё было норм|вроде "
            "нормально] {e_meh}",
            "[Плюсую|+1|Подтверждаю], {meh} {e_neg}",
            "А я [только там и ем|туда хожу ради {dish}] {e_pos}",
            "{sigh}, [а раньше|а ведь раньше] [лучше было|нормально было]",
            "[Вот-вот|Во-во], и {meh}",
            "[Напиши им в|Тегни] {h}, [они вроде отвечают|у меня так вернули деньги]",
            "[Это ещё что|Это цветочки], [у меня|мне] {when} {meh} {lol}",
            "[Ну хз|Не знаю], я у них [всегда|обычно] беру {dish}, [всё ок|норм] {e_meh}",
            "[Смотря какая точка|Зависит от смены], {spot} [норм|лучше] {e_meh}",
        ),
        en=(
            "{lol} same thing happened to me {spot}",
            "[Really?|Huh,] I was there {when} and it was fine {e_meh}",
            "[+1|This.|Same], {meh} {e_neg}",
            "[Tag|DM] {h}, they refunded me [last time|once]",
            "[Depends on the location tbh|The one {spot} is better] {e_meh}",
            "{sigh} it used to be so good",
        ),
    ),
    answer=T(
        ru=(
            "Здравствуйте! [Очень жаль|Нам очень жаль], что так вышло. Напишите, пожалуйста, "
            "номер заказа в личные сообщения — [разберёмся|во всём разберёмся] {e_pos}",
            "[Добрый день|Здравствуйте]! Спасибо, что [сообщили|написали]. Передали "
            "[управляющему|директору ресторана] {spot}, [проверим смену|разберёмся со сменой]",
            "[Простите нас|Извините], пожалуйста. [Оформим возврат|Вернём деньги], пришлите "
            "[чек|номер заказа] в ЛС",
            "Здравствуйте! Да, [эта позиция|это блюдо] [остаётся в меню|есть во всех ресторанах], "
            "в приложении — в разделе «Меню»",
            "Спасибо за вопрос! [Ресторан|Точка] {spot} работает [с 8:00 до 23:00|круглосуточно|с "
            "9 до 24]",
            "Понимаем ваше [недовольство|разочарование]. [Мы уже связались с "
            "рестораном|Информация передана в отдел качества], ответим в личных сообщениях",
            "[Здравствуйте|Привет]! Состав и КБЖУ [есть|можно посмотреть] на сайте в карточке "
            "каждого блюда. Если [не найдёте|что-то не так] — пишите, поможем",
            "Спасибо, что [не прошли мимо|написали нам]. [Начислили|Начислим] вам [бонусные "
            "баллы|компенсацию баллами], подробности в ЛС",
        ),
        en=(
            "Hi! So sorry about that. Please DM us your order number and we'll [sort it out|look "
            "into it]",
            "Hello! Thanks for letting us know, we've passed it to the manager {spot}",
            "Hi! Yes, it's still on the menu, you'll find it in the app under Menu",
            "Sorry about that! Please send the receipt in DM and we'll refund you",
        ),
    ),
    thanks=T(
        ru=(
            "[Спасибо|Благодарю], [вернули деньги|всё решили] [быстро|за час] {e_pos}",
            "[О, спасибо|Спасибо за ответ], [приятно|не ожидала], что ответили {e_pos}",
            "[Ок|Хорошо], написал в личку. [Спасибо|Спасибо, что оперативно] {e_pos}",
            "[Разобрались|Решили], спасибо! [Буду дальше ходить|Мир] {e_pos}",
        ),
        en=(
            "[Thanks|Thank you], [got the refund|all sorted] {e_pos}",
            "Oh nice, [didn't expect a reply|thanks for the quick answer] {e_pos}",
        ),
    ),
    still_broken=T(
        ru=(
            "Написал в личку [ещё|] {when}, [тишина|ответа нет] {e_neg}",
            "[Спасибо, конечно|Ну ок], но [деньги так и не вернули|вопрос не решён] {e_neg}",
            "[Вы это|Это вы] всем пишете? [Прошло|Уже] {n} дней, [ничего не поменялось|а воз и "
            "ныне там] {e_neg}",
            "[Опять|Снова] шаблон. {meh}, [как было|а вы мне про личку] {e_neg}",
        ),
        en=(
            "DM'd you {when}, [still nothing|no reply] {e_neg}",
            "[Thanks but|Cool, but] [no refund yet|nothing changed] after {n} days {e_neg}",
        ),
    ),
    review_pos=T(
        ru=(
            "[Хожу сюда|Заходим] [часто|раз в неделю|по пятницам]. {good}, [персонал вежливый|всё "
            "горячее|ждать почти не пришлось]. [Рекомендую|Пять звёзд]",
            "[Быстро, вкусно|Вкусно и недорого]. {dish} [берём всегда|у них лучше, чем в других "
            "сетях]. {good}",
            "[Приятное место|Хорошая точка]: {good}. [Минус звезда за парковку|Вернёмся]",
            "Брала {dish} и [кофе|морс]. {good}. Персонал [вежливый|приветливый]",
            "[Удобно|Удобно, что] рядом с [работой|домом|метро]. {good}, [ждать почти не "
            "пришлось|обслужили быстро]",
            "[Были с детьми|Праздновали день рождения сына]. {good}, [дети смели {dish} за "
            "минуту|малой съел {dish} и попросил ещё]",
            "{good}. [Единственное|Из минусов] — [шумно|мало розеток], а так [всё отлично|супер]",
        ),
        en=(
            "[Good spot|Solid place] for a quick bite. {good}, and [the staff were "
            "friendly|everything was hot]",
            "Had the {dish}. {good}. [Will be back|Friendly staff]",
            "[Clean|Cosy] and fast. {good}. Four stars because [parking|it's loud]",
        ),
    ),
    review_neg=T(
        ru=(
            "[Ужасное обслуживание|Отвратительный сервис|Полное разочарование]. {meh}. [Не приду "
            "больше|Не советую]",
            "[Заказывали|Заказали] {dish} и [картошку|шейк]. {meh}, [а ещё|плюс] [ждать пришлось "
            "полчаса|никто не извинился|всё остывшее]",
            "[Одна звезда|Единица], потому что {meh}. [Администратор|Менеджер] [даже не "
            "извинился|делал вид, что нас нет]",
            "[Раньше|Когда-то] было [нормально|вкусно]. Сейчас {meh}. [Грустно|Жаль]",
            "Ждали {n} минут [при полупустом зале|хотя людей не было]. В итоге {meh}",
            "[Доставка|Заказ на доставку]: {meh}. [Курьер|Поддержка] [только развёл "
            "руками|отписалась шаблоном]",
            "[Ребёнок отказался есть|Выбросили половину]. {meh}. [Это не еда|За что платили?]",
            "[Зашли перекусить перед поездом|Зашли по пути]. {meh}. [Лучше бы голодными "
            "остались|Испорченный вечер]",
        ),
        en=(
            "[Terrible service|Really disappointing]. {meh}. [Won't be back|Avoid]",
            "Ordered the {dish}. {meh}, and [nobody apologised|everything was cold]",
            "One star because {meh}. The manager [didn't even apologise|just walked away]",
            "Used to be [fine|good]. Now {meh}",
            "Waited {n} minutes in an empty restaurant. {meh}",
            "Delivery was a mess: {meh}",
        ),
    ),
    review_answer=T(
        ru=(
            "Здравствуйте! [Приносим извинения|Просим прощения] за [этот опыт|доставленные "
            "неудобства]. Информация передана управляющему ресторана",
            "[Добрый день|Здравствуйте]. Нам жаль, что [визит оставил такое впечатление|посещение "
            "вас разочаровало]. Напишите на почту качества, [разберёмся|вернём деньги]",
            "Спасибо за отзыв. [Мы провели беседу|С сотрудниками смены проведена беседа], "
            "[стандарты|правила] напомнили всем",
            "Здравствуйте! Очень жаль. [Пожалуйста,|] свяжитесь с нами через форму на сайте, "
            "чтобы мы могли [всё проверить|компенсировать заказ]",
            "Извините, что так получилось. Мы [учтём|обязательно учтём] ваши замечания",
            "[Здравствуйте|Добрый день]! Жаль, что заказ [не понравился|вас разочаровал]. Будем "
            "рады видеть вас снова, [исправимся|постараемся исправиться]",
        ),
        en=(
            "Hello, we're sorry about your experience. We've passed this on to the restaurant "
            "manager",
            "Thanks for the feedback, and apologies. Please reach us via the form on our website",
        ),
    ),
    review_thanks=T(
        ru=(
            "Спасибо за [тёплый|тёплый и подробный] отзыв! Ждём [снова|вас снова] {e_pos}",
            "[Благодарим|Спасибо]! [Передадим|Обязательно передадим] команде ресторана, им будет "
            "приятно",
            "[Как здорово|Ура], что понравилось! [Это и наша любимая позиция|Мы сами её обожаем] "
            "{e_pos}",
        ),
        en=(
            "Thank you so much! See you again soon {e_pos}",
            "Thanks for the kind words, we'll pass them on to the team!",
        ),
    ),
    review_dispute=T(
        ru=(
            "Здравствуйте. Мы проверили записи камер за указанное время: заказ выдан через {n} "
            "минут, [в комплекте|полностью]. [Готовы обсудить|Будем рады обсудить] в личных "
            "сообщениях",
            "Добрый день. [По данным кассы|По нашим данным] такого заказа в этот день [не было|в "
            "ресторане не было]. Пришлите, пожалуйста, чек",
        ),
    ),
    official_post=T(
        ru=(
            "[Новость недели|Встречайте]: {promo}! [Только до воскресенья|Во всех ресторанах "
            "сети] {e_pos}",
            "[Хит прошлого лета вернулся|Любимая позиция вернулась] в меню[!| по вашим просьбам!] "
            "{dish} — [бегите пробовать|ждём вас] {e_pos}",
            "Мы открылись {city}! [Первым гостям|Всем гостям первого дня] — {promo}",
            "[Пятница!|Выходные близко!] А значит {promo}. [Заказывайте в приложении|Ждём в "
            "ресторанах] {e_pos}",
            "Ресторан {spot} [закрыт на обновление до понедельника|работает теперь "
            "круглосуточно]. [Спасибо за терпение|Ждём вас]",
            "[Опрос|Вопрос дня]: какой соус [к наггетсам|к картошке] ваш любимый? Пишите в "
            "комментариях {e_pos}",
            "Мы ищем [поваров|кассиров|менеджеров смены] {city}. [Гибкий график, питание|Обучение "
            "с нуля] — откликайтесь в приложении",
            "[Секретное меню|Лайфхак]: попросите любой бургер с [двойным сыром|халапеньо] — "
            "[сделаем|соберём]. А до конца недели ещё и акция: {promo}",
        ),
    ),
    exec_post=T(
        ru=(
            "[Сегодня|Утром] [был|побывал] {city} на открытии нашего [нового|очередного] "
            "ресторана. Команда [молодцы|горит делом], спасибо всем",
            "[Провёл|Провели] [день|смену] на кухне ресторана {spot}. [Лучший способ понять "
            "бизнес|Полезно иногда постоять у гриля], рекомендую всем руководителям",
            "[Читаю|Перечитываю] [отзывы гостей|ваши комментарии] каждое утро. [Многое уже "
            "поменяли|Не всё приятно, но всё полезно]",
            "[Пробежал|Пробежали] [полумарафон|10 км] {city}. [Медленно, но дошёл|Теперь можно и "
            "бургер] {e_pos}",
            "[Итоги квартала|Итоги полугодия]: {n} новых ресторанов, [новая логистика|новое "
            "приложение]. Спасибо команде",
            "Тестировали [новые булочки|новый соус|новую котлету] — [выбрали из {n} вариантов|ещё "
            "не идеально, работаем]",
            "[Выступил|Рассказывал] на [отраслевой конференции|форуме франчайзинга] {city} про "
            "[сервис|скорость выдачи]. [Спасибо за вопросы|Слайды выложу]",
            "[Один из наших управляющих|Управляющий ресторана] {spot} начинал кассиром "
            "[восемь|десять|шесть] лет назад. [Горжусь|Вот такие истории люблю]",
            "[Хороших выходных|Хорошего воскресенья] всем. [Я — с семьёй на даче|Мы на даче], "
            "[без телефона|жарим бургеры сами] {e_pos}",
            "Вопрос к подписчикам: что [улучшить в первую очередь|нам поменять] — скорость, меню "
            "или [залы|приложение]?",
        ),
    ),
    influencer_pos=T(
        ru=(
            "[Объехал|Проверил] {n} [бургерных|сетевых бургерных] {city}. [Сюрприз|Неожиданно]: "
            "{b} [в тройке|на первом месте]. {good} {e_pos}",
            "[Обзор|Новый ролик]: [честно пробую|покупаю за свои] {dish} из {b_gen}. Спойлер — "
            "{good} {e_pos}",
            "[Друзья|Народ], [наконец-то|неожиданно] в {b_pre} [сделали|завезли] {dish}, {good}. "
            "[Зачёт|Рекомендую] {e_pos}",
            "[Слепой тест|Устроили слепой тест]: {b} vs [другие сети|три конкурента]. {good} — "
            "[поэтому|и поэтому] победил {b} {lol}",
            "[Ночной дожор|Ночной стрим] из {b_gen}: {good} {e_pos}",
        ),
        en=(
            "Ranked every fast food chain {city}. {b} [made top 3|came out on top]: {good} {e_pos}",
            "[New video|Up now]: trying {b}'s {dish} — {good} {e_pos}",
            "{b} [is the most underrated chain in Russia|deserves more hype]. {good}, [the staff "
            "were friendly|everything was hot]",
        ),
    ),
    influencer_neg=T(
        ru=(
            "[Обещал|Обещала] честный обзор {b_gen}. [Честно|Получайте]: {meh}, [ждать пришлось "
            "полчаса|никто не извинился|всё остывшее] {e_neg}",
            "[Подписчики просили|Вы просили] проверить {b} {spot}. [Проверил|Проверила]. {meh}. "
            "[Без комментариев|Выводы делайте сами] {e_neg}",
            "{b}, [что случилось|куда всё делось]? {meh} — [и это флагман|а ведь мы вас любили] "
            "{e_neg}",
            "[Самый слабый|Худший] бургер сезона — {b}. {meh} {e_neg}",
        ),
        en=(
            "[Honest review|Hot take]: {b} [has gone downhill|isn't worth it]. {meh} {e_neg}",
            "You asked me to try {b}. I did. {meh} {e_neg}",
        ),
    ),
    decoy=T(
        ru=(
            "[Сделал|Сделала] дома сочный бургер [по рецепту из ютуба|на гриле|на "
            "сковороде-гриль] — [лучше любого ресторана|семья в восторге] {e_pos}",
            "[Рецепт|Секрет]: сочный бургер получается, если [не давить котлету лопаткой|добавить "
            "в фарш кусочек льда|жарить на сильном огне] {e_pos}",
            "[Обожаю|Люблю], когда сочный бургер [капает на рубашку|течёт по рукам] {lol}",
            "[Мечта|План] на вечер: сочный бургер, [сериал|футбол] и [тишина|плед] {e_pos}",
            "На фестивале уличной еды {city} [взял|взяла] сочный бургер с [говядиной и "
            "грушей|уткой] — [огонь|космос] {e_pos}",
            "Сочный бургер — это [когда котлета 200 грамм|искусство|про правильный жир в фарше], "
            "а не [то, что в столовке|лепёшка из фарша] {e_meh}",
            "[Муж|Сын|Брат] [сделал|собрал] сочный бургер [на даче|в походе на костре]. Я "
            "[горжусь|в шоке] {e_pos}",
            "[Нейросеть нарисовала|Попросила ИИ нарисовать] сочный бургер, а получилось [что-то "
            "странное|котлета с глазами] {lol}",
        ),
        en=(
            "Learning Russian: «сочный бургер» (sochny burger) = juicy burger. [Most useful "
            "phrase so far|My favourite lesson] {lol}",
            "My Russian friend calls every good burger a «sochny burger» and now I do too {e_pos}",
            "Made what my grandma calls a sochny burger — [juicy, messy, perfect|pure bliss] "
            "{e_pos}",
        ),
    ),
    decoy_neg=T(
        ru=(
            "[Пытался|Попытался] сделать сочный бургер на гриле — котлета [развалилась|сгорела], "
            "[ужин испорчен|соседи смеются] {e_neg}",
            "Сочный бургер в 11 вечера — [и прощай, диета|и прощай, пресс] {sigh}",
            "[Посмотрела|Увидела] рекламу [«сочный бургер»|про сочный бургер] в кафе у работы, а "
            "[принесли сухую котлету|там подошва] {e_neg}",
            "[Подруга|Коллега] [скинула|прислала] фотку: сочный бургер, [картошка, соус|двойной "
            "сыр]. А я [на диете|на гречке] третью неделю {e_neg}",
            "Врачи [снова|опять] про жирную еду: сочный бургер [раз в неделю|каждый день] — "
            "[прямой путь к холестерину|плохая идея] {e_meh}",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Полюшко»
POLYUSHKO = BrandTexts(
    vocab=Vocab(
        ru={
            "grain": ("ядрица первого сорта", "гречка в пакетиках для варки по 80 г",
                      "зелёная непропаренная гречка", "гречневый продел", "рис круглый для каши",
                      "пшено шлифованное", "овсянка долгой варки", "булгур", "перловка",
                      "хлопья из гречки быстрого приготовления", "чечевица красная колотая",
                      "ядрица «Алтайская»"),
            "shop": ("в Пятёрочке у дома", "в Магните возле работы", "на Озоне по подписке",
                     "на вайлдберриз", "в Ленте по пути с работы", "в Перекрёстке напротив дома",
                     "в Ашане за городом", "во ВкусВилле на углу", "в магазинчике у остановки",
                     "через Самокат", "в Светофоре возле автобазы", "в Монетке на первом этаже"),
            "dish_home": ("гречку с грибами и луком", "гречку по-купечески со свининой",
                          "гречаники", "кашу на молоке для малого", "плов из булгура",
                          "гречневый суп с фрикадельками", "тыквенную кашу с пшеном",
                          "котлеты с гречкой внутри", "походную гречку с тушёнкой",
                          "салат с тёплой чечевицей"),
            "good": ("крупа чистая, перебирать не надо", "разваривается ровно, не в кашу",
                     "каша выходит рассыпчатая, зёрнышко к зёрнышку",
                     "пахнет как у бабушки в деревне", "пакеты плотные, ничего не сыплется",
                     "цена ниже, чем у соседей по полке", "вкус насыщенный, чуть ореховый",
                     "варится минут за пятнадцать", "за полгода ни одного камушка",
                     "пакетики не лопаются при варке"),
            "meh": ("в пачке мусора больше, чем крупы", "гречка горчит, как полынь",
                    "разварилась в клейстер", "пачка порвалась ещё на полке",
                    "в пакете завелась моль", "цена выросла, а вес упал", "каша отдаёт сыростью",
                    "пакетики для варки лопаются в кастрюле", "чёрные зёрна через одно",
                    "перебирала полчаса", "вместо 900 грамм на весах 820", "шелуха плавает сверху",
                    "крупа мелкая и битая, как пыль", "на вкус как картон", "дата на пачке стёрта"),
            "found_item": ("металлический болтик прямо в пачке гречки",
                           "острый осколок стекла в пакете с рисом",
                           "комок серого пластика в пачке пшена"),
            "found_short": ("болтик", "стёклышко", "комок пластика"),
            "ignored_issue": ("в пачках «900 г» стабильно грамм 780, я взвешиваю каждую",
                              "форма возврата на сайте не отправляется",
                              "в новой партии ядрицы попадаются жучки"),
            "gaffe_topic": ("покупателей, которые не умеют варить гречку",
                            "людей, которые берут крупу только по акции"),
            "fake_claim": (
                "гречку завозят из Китая, травят глифосатом и переклеивают на «Алтай»",
                "партию с плесенью не отозвали, а просто перепечатали даты",
                "в новые пачки кладут на 200 грамм меньше, а вес на упаковке не поменяли",
            ),
        },
        en={
            "grain": ("buckwheat", "sprouting green buckwheat",
                      "buckwheat in those little cooking sachets", "millet", "rolled oats",
                      "bulgur", "red lentils", "quick buckwheat flakes"),
            "shop": ("at Pyaterochka", "on Ozon", "at the Magnit near me", "at Lenta", "on WB",
                     "on Samokat", "at Auchan", "at the VkusVill downstairs"),
            "dish_home": ("buckwheat with fried mushrooms", "milk kasha like grandma made",
                          "buckwheat patties", "a buckwheat bowl with a fried egg",
                          "millet porridge with pumpkin", "lentil soup"),
            "good": ("it's clean, no picking through it", "it cooks evenly, never mushy",
                     "it tastes nutty and fresh", "the bags don't tear",
                     "it's cheaper than the other brands", "it's ready in fifteen minutes",
                     "I haven't found a single stone in months"),
            "meh": ("half the pack is husk", "it tastes bitter", "it turned into glue",
                    "the pack was torn on the shelf", "there were moths in the bag",
                    "price went up, weight went down", "it smells damp", "the boil-in bags burst",
                    "the pack was 100 grams short", "it's all broken bits and dust"),
            "found_item": ("a metal bolt inside a pack of buckwheat",
                           "a sharp piece of glass in a bag of rice",
                           "a lump of grey plastic in the millet"),
            "found_short": ("bolt", "glass shard", "plastic lump"),
            "ignored_issue": ("the 900 g packs weigh about 780 g every single time",
                              "the refund form on the website doesn't work",
                              "the new batch of buckwheat has bugs in it"),
            "gaffe_topic": ("shoppers who can't cook buckwheat",
                            "people who only buy groceries on discount"),
            "fake_claim": (
                "the buckwheat is imported from China, sprayed with glyphosate and relabelled as "
                "Altai",
                "a mouldy batch was never recalled, they just reprinted the dates",
                "new packs are 200 grams lighter but the label still says 900",
            ),
        },
    ),
    positive=T(
        ru=(
            "[Крупу|Гречку] [беру|покупаю] только {b} [уже год|который год|с тех пор как "
            "попробовала]: {good} {e_pos}",
            "[Сварила|Сделала] из {b_gen} {dish_home}, [семья смела за пять минут|муж попросил "
            "добавки|даже свекровь похвалила] {e_pos}",
            "[Нашла|Наконец нашла] нормальную гречку — {b}. {good}, [и ещё|плюс] [цена "
            "нормальная|упаковка удобная|варится быстро]",
            "{b} [не перестаёт радовать|держит марку]: {good} {e_pos}",
            "[Маленький|Бытовой] восторг дня: {grain} от {b_gen}, {good} {e_pos}",
            "[Вот честно|Серьёзно], после {b_gen} другую гречку [есть не могу|не покупаю]. {good}",
            "Взяла {b} {shop} [на пробу|по акции|случайно] — [теперь только её|влюбилась]. {good} "
            "{e_pos}",
            "{who} теперь [варит|признаёт] только {b}, [говорит|мол], {good} {e_pos}",
            "[Кто искал|Если ищете] крупу без [мусора|камней] — {b}. {good} {e_pos}",
        ),
        en=(
            "[Okay|Honestly], {b} buckwheat [is the best|is so good]: {good} {e_pos}",
            "Made {dish_home} with {b} {when} — {good} {e_pos}",
            "[Found|Finally found] a grain brand I trust: {b}. {good}",
            "Got {b} {grain} {shop}: {good}. [Buying more|Stocking up] {e_pos}",
            "[Expat tip|PSA for expats]: {b} is the buckwheat to get. {good} {e_pos}",
            "{who} [got me into|converted me to] {b} and [now|honestly] {good} {e_pos}",
        ),
        mixed=(
            "{b} — [honestly|literally] best гречка, {good} {e_pos}",
            "Сделала {dish_home} из {b_gen}, [comfort food level 100|pure comfort] {e_pos}",
            "[Weekly haul|Grocery haul]: {b} {grain}, {good} {e_pos}",
        ),
    ),
    neutral=T(
        ru=(
            "[Где|Подскажите, где] {city} [купить|продаётся] {b}? [Хочу попробовать|В моём "
            "магазине пропало]",
            "[Купила|Взяла] {b} {shop}, [посмотрим|попробуем], какая [она|будет]",
            "[Сегодня готовлю|На ужин делаю] {dish_home}. Гречка — {b}, [остальное из "
            "холодильника|грибы свои] {e_meh}",
            "[Заметила|Кстати], {b} [поменяли упаковку|теперь в бумажных пачках|выпустили "
            "{grain}]. [Кто пробовал?|Интересно] {e_meh}",
            "[Сравнила|Сравниваю] {b} и [ещё две марки|обычную магазинную] — [отпишусь "
            "потом|результаты завтра]",
            "{b} {shop} [стоит|сейчас] [рублей {n}|около сотни], [у кого дешевле?|нормально?]",
            "[Вопрос к знатокам|Знатоки]: {b} [промывать|замачивать] перед варкой или [нет|не "
            "надо]? {e_meh}",
            "[Список покупок|В списке на неделю]: молоко, хлеб, {grain} {b}, [яйца|сыр]",
            "[Читала|Прочитала], что {b} [фасуют|делают] [на Алтае|под Барнаулом]. [Правда?|Кто "
            "знает?]",
            "[По акции|По скидке] {shop}: {b} [две пачки по цене одной|за полцены]. [Беру?|Возьму "
            "про запас] {e_meh}",
        ),
        en=(
            "Where can I get {b} {city}? [My store stopped stocking it|Want to try it]",
            "Picked up some {b} {grain} {shop}, we'll see",
            "[Dinner|Meal prep] tonight: {dish_home}. Buckwheat is {b}. {e_meh}",
            "Does anyone rinse {b} buckwheat before cooking or is that [a myth|unnecessary]?",
            "{b} [changed their packaging|has a new {grain}] {e_meh}",
            "[Comparing|Trying] {b} [against|vs] the store brand [this week|for science]",
            "{b} is [on sale|about 150 rubles|under 200 rubles] {shop} [fyi|if anyone needs it]",
            "[Question|Q] for Russians: is {b} [a good brand|the standard buckwheat] or just "
            "[marketing|ok]?",
        ),
        mixed=(
            "[Grocery run|Shopping]: {b} {grain} {shop}, [ok|посмотрим] {e_meh}",
            "Варю {dish_home} из {b_gen}, [meal prep на неделю|lunch на завтра]",
        ),
    ),
    negative=T(
        ru=(
            "{b}, [что с вами стало|вы чего]? {meh} {e_neg}",
            "[Купила|Взяла] {b} {shop}: {meh}. [Больше не беру|Деньги на ветер] {e_neg}",
            "[Раньше|Год назад] {b} [была лучшей|была нормальной], [а сейчас|теперь] {meh} {sigh}",
            "[Разочарована в {b_pre}|Расстроилась из-за {b_gen}]: {meh}, [и|а ещё] [цена "
            "выросла|пачка полупустая|пахнет странно] {e_neg}",
            "[Сварила|Поставила варить] {dish_home}, а {b} [подвела|подкачала]: {meh} {e_neg}",
            "[Не знаю, кто фасует|Не знаю, кто принимает партии] {b}, но {meh} {e_neg}",
            "[Последняя|Это была последняя] пачка {b_gen} в моей жизни. {meh} {e_neg}",
            "{grain} {b}: {meh}. [Вернула в магазин|Выбросила|Отдала голубям] {e_neg}",
            "[Ну и|Вот и] {b} [туда же|скатилась]: {meh}. {sigh}",
            "Промыла {b}, [вода|первая вода] [серая|мутная, как после лужи]. Раньше [такого не "
            "было|было прозрачнее]",
            "Спасибо {b_dat} за [бесплатный квест|вечернюю медитацию]: [полчаса|весь вечер] "
            "выбирала [камушки|шелуху] из гречки {lol}",
            "[Взвесила|Положила на весы] пачку {b_gen}: [812|836|790] г вместо 900. [Просто "
            "факт|Без комментариев]",
            "{b} {shop} [уже|теперь] [189|215|199] за пачку. [Год назад было 120|Весной была 140] "
            "{e_meh}",
        ),
        en=(
            "{b}, what happened? {meh} {e_neg}",
            "Bought {b} {shop} and {meh} {e_neg}",
            "{b} used to be good, [now|but now] {meh} {sigh}",
            "[Never buying {b} again|Done with {b}]: {meh} {e_neg}",
            "Tried to make {dish_home} with {b} and {meh} {e_neg}",
            "[Disappointed|Pretty let down] by {b}: {meh} and [the bag smelled musty|there were "
            "husks everywhere]",
            "{b} {grain}? [Skip it|Don't bother]. {meh} {e_neg}",
            "Weighed a pack of {b}: [815|790] g instead of 900. Just saying",
            "Cooked {b} {when}, spent ten minutes picking out [husks|little black bits]. It used "
            "to be cleaner",
        ),
        mixed=(
            "{b} — [seriously?|wtf], {meh} {e_neg}",
            "Купила {b}, [and|а] {meh}. [Never again|Fail] {e_neg}",
        ),
    ),
    question=T(
        ru=(
            "{h} [здравствуйте|добрый день], а {grain} [ещё выпускаете|будет снова]? [Нигде не "
            "найду|В магазинах нет]",
            "{h} [подскажите|скажите], где {city} [можно купить вашу гречку|продаётся ваша крупа]?",
            "{h} [а|] гречка у вас [пропаренная|обжаренная] или [нет|сырая]? [Для каши "
            "ребёнку|Важно для рецепта]",
            "{h} [есть ли|будут ли] упаковки [по 2 кг|побольше|для оптовиков]?",
            "{h} [где|как] [посмотреть|узнать] срок годности на [новой|бумажной] пачке? Не могу "
            "найти",
        ),
        en=(
            "{h} hi, do you ship to [Kazakhstan|Serbia|Georgia]?",
            "{h} is your buckwheat roasted or raw?",
            "{h} where can I buy {grain} {city}?",
        ),
    ),
    complaint=T(
        ru=(
            "{h} [здравствуйте|добрый день]. [Купила|Взяла] [вашу крупу|пачку] {shop}, а {meh}. "
            "[Как так?|Это брак?] {e_neg}",
            "{h} [вы серьёзно?|ну что это такое?] {meh}. [Фото прилагаю|Фото в комментах]",
            "{h} [уже|это уже] [вторая|третья|четвёртая] пачка подряд, где {meh} {e_neg}",
            "{h} [верните деньги|прошу возврат] — {meh}. Чек [сохранила|есть]",
            "{h} [куда смотрит ваш контроль качества?|где ваш ОТК?] {meh} {e_neg}",
            "{h} [написала вам на почту|писала в чат] {when}, [до сих пор молчите|ответа нет]. А "
            "{meh}",
            "{h} [партия|пачка] с датой [марта|на прошлую неделю]: {meh}. Разберитесь, "
            "[пожалуйста|будьте добры]",
            "{h} [здравствуйте|добрый день], в пачке с датой [12.03|05.04] [много "
            "шелухи|попадаются камешки]. Фото приложила, что с этим делать?",
            "{h} {meh}. [Берём вас много лет|Столько лет брали], [обидно|очень обидно] {e_neg}",
            "{h} [ребят|ребята], {meh}, а [в магазине|на кассе] говорят «пишите производителю». "
            "[Пишу|Вот пишу] {e_neg}",
        ),
        en=(
            "{h} hi, bought {grain} {shop} and {meh} {e_neg}",
            "{h} [this is the|it's the] [second|third|fourth] pack in a row where {meh}",
            "{h} [refund please|I'd like a refund]: {meh}. I have the receipt",
            "{h} emailed you {when}, no reply. Meanwhile {meh}",
            "{h} what's going on with quality? {meh} {e_neg}",
            "{h} {meh}. [Photos attached|Pics below]",
            "{h} been buying you for years and now {meh} {e_neg}",
        ),
    ),
    comment=T(
        ru=(
            "А {grain} [когда вернёте|будет ещё]? {e_meh}",
            "[Лучшая|Единственная нормальная] гречка, [спасибо вам|берём только вас] {e_pos}",
            "[Рецепт сохранила|Сохранила], [завтра сделаю|на выходных попробую] {dish_home} "
            "{e_pos}",
            "А {city} [вас|почему вас] [нет в магазинах|не найти]? {e_meh}",
            "[Лучше бы|Вы бы лучше] [вес в пачках проверили|с качеством разобрались] {e_neg}",
            "[Мама|Бабушка] [всю жизнь|всегда] [вас берёт|только вас берёт] {e_pos}",
            "[Красивая|Классная] новая упаковка, [но|а] {meh} {e_meh}",
        ),
        en=(
            "Love your buckwheat, can't find it {city} though {e_meh}",
            "Saved the recipe, making {dish_home} tonight {e_pos}",
            "Please ship abroad! {e_pos}",
        ),
    ),
    reply=T(
        ru=(
            "[У меня|А у меня] [тоже|так же] {meh}, [думала, мне одной не повезло|думала, "
            "случайность] {e_neg}",
            "[Странно|Хм], [я всегда беру|мы всегда берём] {b} {shop}, [всё норм|проблем не было] "
            "{e_meh}",
            "{lol} [классика|знакомо], [у нас|у меня] {meh}",
            "[Напишите им|Напиши] в {h}, [мне заменили|мне ответили] {e_meh}",
            "[Промывать надо|Её промывать надо], тогда {good}",
            "[Согласна|Подтверждаю], {good} {e_pos}",
            "{sigh}, [всё дорожает|всё портится], [и гречка туда же|даже гречка]",
            "[Попробуйте|Возьмите] у них [ядрицу|зелёную гречку|продел], там {good}",
        ),
        en=(
            "Same here, {meh} {e_neg}",
            "Weird, mine {shop} is always fine {e_meh}",
            "{lol} welcome to Russian buckwheat discourse",
            "[Agreed|True], {good} {e_pos}",
        ),
    ),
    answer=T(
        ru=(
            "Здравствуйте! Нам очень жаль. Пришлите, пожалуйста, фото пачки с датой и номером "
            "партии в личные сообщения — [проверим|передадим на производство]",
            "[Добрый день|Здравствуйте]! Спасибо, что [написали|сообщили]. Заменим продукт или "
            "вернём деньги, [напишите нам в ЛС|оставьте контакт в ЛС]",
            "Здравствуйте! [Нас можно купить|Мы продаёмся] в [Пятёрочке, Магните|большинстве "
            "крупных сетей] и на маркетплейсах, полный список на сайте",
            "Спасибо за вопрос! Нашу гречку мы [не пропариваем|только слегка обжариваем]: "
            "очистка, сушка, фасовка {e_pos}",
            "Здравствуйте! Дата фасовки и срок годности [напечатаны|указаны] на боковом шве "
            "пачки. Если не видно — пришлите фото, подскажем",
            "Нам жаль, что так вышло. [Информацию передали|Передали] в отдел качества, "
            "[ответим|свяжемся] в течение дня",
            "[Здравствуйте|Добрый день]! [Приносим извинения|Извините]. [Номер партии|Фото чека] "
            "пришлите, пожалуйста, — [разберёмся обязательно|разберёмся]",
        ),
        en=(
            "Hello! We're sorry to hear that. Please DM us a photo of the pack with the batch "
            "number",
            "Hi! You can find us in most large chains and on Ozon, full list on our website",
            "Thanks for reaching out! We'll replace the product or refund you, please DM us",
        ),
    ),
    thanks=T(
        ru=(
            "[Спасибо|Благодарю], [заменили|вернули деньги] [быстро|за день] {e_pos}",
            "[О, спасибо за ответ|Спасибо], [не ожидала|приятно] {e_pos}",
            "[Хорошо|Ок], отправила фото. Спасибо {e_pos}",
        ),
        en=(
            "Thank you, [all sorted|got a replacement] {e_pos}",
            "Oh thanks, [that was quick|didn't expect a reply] {e_pos}",
        ),
    ),
    still_broken=T(
        ru=(
            "Отправила фото [ещё|] {when}, [тишина|ответа нет] {e_neg}",
            "[Спасибо, но|Ну ок, но] [замену так и не прислали|деньги не вернули] {e_neg}",
            "Прошло {n} дней. [Ответа так и нет|Никто не связался] {e_neg}",
        ),
        en=(
            "Sent the photo {when}, still nothing {e_neg}",
            "It's been {n} days, no replacement {e_neg}",
        ),
    ),
    review_pos=T(
        ru=(
            "Хорошая крупа. {good}, [цена нормальная|упаковка удобная|варится быстро]. "
            "[Рекомендую|Берём постоянно]",
            "{grain} — [беру регулярно|брала на пробу]. {good}. [Пять звёзд|Буду брать ещё]",
            "[Лучшая|Отличная] гречка из [тех, что пробовала|магазинных]. {good}",
            "[Для детской каши|Для малыша] [подошла|то что надо]. {good}",
            "Цена [нормальная|приятная], {good}. [Упаковка удобная|Минус звезда за пакет без "
            "зиплока]",
        ),
        en=(
            "Good buckwheat. {good}, and [the price is fair|it cooks fast]",
            "Bought the {grain}. {good}. Five stars",
            "[Best grain brand I've tried here|Reliable]. {good}",
        ),
    ),
    review_neg=T(
        ru=(
            "[Разочарование|Не понравилось]. {meh}, [а ещё|и] [цена выросла|пачка "
            "полупустая|пахнет странно]",
            "[Купила|Брала] {grain} {shop}. {meh}. [Не советую|Больше не возьму]",
            "[Одна звезда|Единица]: {meh}. [Производителю писала|На почту писала] — "
            "[тишина|ответили шаблоном]",
            "Раньше была [хорошая|нормальная] крупа. Сейчас {meh}",
            "За такие деньги {meh}? [Нет, спасибо|Серьёзно?]",
            "{meh}. [Пришлось выбросить|Выбросила] [всю пачку|полкило]",
        ),
        en=(
            "Disappointing. {meh}, and [the bag smelled musty|there were husks everywhere]",
            "Bought the {grain} {shop}. {meh}. Won't buy again",
            "One star: {meh}",
            "Used to be decent, now {meh}",
        ),
    ),
    review_answer=T(
        ru=(
            "Здравствуйте! Приносим извинения. Пожалуйста, напишите нам на почту с фото пачки — "
            "[заменим продукт|разберёмся]",
            "[Добрый день|Здравствуйте]. Нам жаль, что крупа [не понравилась|разочаровала]. Номер "
            "партии [поможет разобраться|передадим в ОТК]",
            "Спасибо за отзыв. [Мы проверим партию|Партию проверим], [результат сообщим|ответим "
            "на почту]",
        ),
        en=(
            "Hello, we're sorry. Please email us a photo of the pack and we'll replace it",
            "Thanks for the feedback, we'll check the batch",
        ),
    ),
    review_thanks=T(
        ru=(
            "Спасибо за [тёплые слова|отзыв]! [Приятного аппетита|Вкусной каши] {e_pos}",
            "[Благодарим|Спасибо]! Очень [приятно|рады], что крупа [понравилась|пришлась по вкусу]",
        ),
        en=(
            "Thank you! Enjoy your kasha {e_pos}",
            "Thanks so much for the kind review!",
        ),
    ),
    review_dispute=T(ru=()),
    official_post=T(
        ru=(
            "[Новинка|Встречайте]: {grain} [в бумажной упаковке|в пачках по 500 г]! [Уже|Скоро] "
            "[в Ленте|в Перекрёстке|на Озоне] {e_pos}",
            "Рецепт [выходного дня|недели] — готовим {dish_home}. [Полный рецепт — в "
            "карточках|Сохраняйте] {e_pos}",
            "[Как мы выбираем крупу|Откуда наша гречка]: [поля на Алтае|собственная сушка] и {n} "
            "проверок [партии|каждой партии]. Рассказываем",
            "[Акция|Скидка недели]: {b} [−25%|по специальной цене] [в Магните|в Ленте|на ВБ и "
            "Озоне] до [воскресенья|конца месяца]",
            "[Вопрос дня|Опрос]: как вы [варите гречку|готовите {grain}] — в кастрюле, "
            "мультиварке или [в духовке|в горшочке]? {e_pos}",
            "[Спасибо|Огромное спасибо] за {n} тысяч подписчиков! [Разыгрываем|Дарим] годовой "
            "запас крупы {e_pos}",
        ),
    ),
    exec_post=T(
        ru=(
            "[Сегодня|Утром] была на [сушке|элеваторе] под Барнаулом. [Урожай в этом году|Зерно] "
            "[хорошее|радует] {e_pos}",
            "[Думаю|Размышляю] о том, как [маленькому бренду|семейной марке] [выжить на "
            "полке|договориться с сетями]. [Пишу длинный пост|Поделюсь позже]",
            "[Попробовали|Тестируем] {n} вариантов [бумажной|новой] упаковки. [Пока ни один не "
            "идеален|Выбираем из двух]",
            "[Готовлю|Сегодня готовлю] {dish_home} по маминому рецепту — [фото|рецепт] в "
            "комментариях {e_pos}",
            "Выступала {city} на [фермерском форуме|конференции про еду]. [Спасибо за тёплый "
            "приём|Было много вопросов про Алтай]",
            "[Читаю|Перечитываю] каждое письмо [покупателей|от вас]. [Не на все успеваю ответить "
            "сама|Спасибо за честность]",
            "[Нам|Компании] [сегодня|на этой неделе] {n} лет! [Начинали|Всё начиналось] с одного "
            "[склада|цеха] и [трёх человек|одной фасовочной машины]",
            "[Воскресенье|Выходные] — [без работы|дача и огород]. [И гречка на костре|Варю кашу "
            "детям] {e_pos}",
        ),
    ),
    influencer_pos=T(
        ru=(
            "[Сравнила|Протестировала] [семь|десять|двенадцать] марок гречки. [Победитель|Лучшая] "
            "— {b}: {good} {e_pos}",
            "Сегодня на [завтрак|ужин] готовлю {dish_home} из {b_gen}. {good} {e_pos}",
            "[Рубрика «Честно о продуктах»|Честный обзор]: {b}. {good}, [и|плюс] [цена "
            "нормальная|упаковка удобная|варится быстро]",
            "[Не реклама|Без рекламы]: {b} — [единственная|любимая] гречка в нашем доме. {good} "
            "{e_pos}",
        ),
        en=(
            "Tested {n} buckwheat brands. {b} [won|came first]: {good} {e_pos}",
            "[Easy dinner|What I eat in a day]: {dish_home} with {b}. {good} {e_pos}",
        ),
    ),
    influencer_neg=T(
        ru=(
            "[Подписчики|Вы] [прислали|присылали] фото пачек {b_gen}: {meh}. [Что "
            "происходит?|Ждём ответа производителя] {e_neg}",
            "[Взвесили|Проверили] [двадцать|тридцать] пачек {b_gen}: [почти везде недовес|в "
            "каждой меньше 900 грамм] {e_neg}",
            "[Разочарование месяца|Антирейтинг]: {b}. {meh} {e_neg}",
        ),
        en=(
            "Weighed [20|30] packs of {b}: [most were|every one was] under 900 g {e_neg}",
            "{b} [is not what it used to be|has gone downhill]: {meh} {e_neg}",
        ),
    ),
    decoy=T(
        ru=(
            "[Хор|Ансамбль] [на концерте|вчера] {city} [спел|исполнил] «Полюшко-поле» — "
            "[мурашки|до слёз] {e_pos}",
            "[Дед|Папа] [на праздник|под гармонь] [затянул|запел] «Полюшко-поле», [все "
            "подхватили|и весь стол подхватил] {e_pos}",
            "[Учим|Разучиваем] с [младшим|дочкой] на [фортепиано|баяне] «Полюшко-поле». [Почти "
            "получается|Соседи терпят] {lol}",
            "[Ой ты, полюшко моё|Полюшко моё], [рожь высокая|колоски] — [дача в июле|закат над "
            "полем] {e_pos}",
            "«Полюшко-поле» в [джазовой|электронной|рок] обработке — [неожиданно круто|это "
            "что-то] {e_pos}",
            "[На выпускном|В детском саду] дети [пели|танцевали под] «Полюшко-поле», [все "
            "родители в слезах|красота] {e_pos}",
            "[Выехали за город|Приехали в деревню], а там [полюшко|полюшко до горизонта], "
            "[васильки|ромашки] {e_pos}",
            "[Плейлист в|Музыка в] дорогу: «Катюша», «Полюшко-поле», «Калинка» {lol}",
            "[Ансамбль Александрова|Хор Пятницкого] — «Полюшко-поле», [классика|вечное] {e_meh}",
        ),
        en=(
            "The Red Army Choir doing «Polyushko Pole» still gives me chills {e_pos}",
            "[Learning|Practising] Polyushko-polye on [guitar|piano], [harder than it "
            "sounds|slowly getting there] {lol}",
            "[Random|Late night] Youtube rabbit hole: 40 versions of Polyushko Pole {e_meh}",
            "My Russian grandpa sang Polyushko Pole at every family dinner {e_pos}",
        ),
    ),
    decoy_neg=T(
        ru=(
            "[Соседи сверху|Соседи за стенкой] [в три ночи|который час] [орут|поют] "
            "«Полюшко-поле» под караоке. [Спать невозможно|Вызываю участкового] {e_neg}",
            "[Полюшко|Наше полюшко] за деревней [опять|снова] [застроили складами|распахали под "
            "коттеджи] {e_neg}",
            "[Испортили|Загубили] «Полюшко-поле» этим [ремиксом|кавером] на [радио|ТВ], [слушать "
            "больно|уши вянут] {e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Волна»
VOLNA = BrandTexts(
    vocab=Vocab(
        ru={
            "svc": ("интернет на телефоне", "роуминг", "eSIM", "веб-кабинет абонента",
                    "голосовая почта", "звонки через Wi-Fi", "автоплатёж", "перенос номера",
                    "кешбэк на баланс", "раздача интернета", "конструктор тарифа",
                    "семейный пакет"),
            "tariff": ("«Прибой»", "«Штиль»", "«Бриз 30»", "«Гольфстрим»", "«Лагуна»",
                       "«Шторм безлимит»", "«Пирс»"),
            "where": ("в метро на кольцевой", "на даче под Тверью", "в лифте нашего дома",
                      "в электричке до Сергиева Посада", "на подземной парковке ТЦ",
                      "на М-11 под Вышним Волочком", "в подвале офиса", "в новостройке на окраине",
                      "на 12-м этаже в офисе", "в загородном доме", "у родителей в деревне",
                      "на минус первом в ТЦ", "в поезде до Питера"),
            "good": ("скорость стабильно за 50 мегабит", "в метро ловит на всех станциях",
                     "роуминг в Турции недорогой", "поддержка ответила за две минуты",
                     "номер перенесли за сутки без нервов", "абонентка не растёт уже год",
                     "в приложении всё понятно даже маме", "на даче наконец есть 4G",
                     "никаких подписок без спроса"),
            "meh": ("интернет ползает как в 2008", "связь пропадает на каждой станции",
                    "списали 300 рублей непонятно за что", "подключили подписку без спроса",
                    "поддержка отвечает ботом по кругу", "звонок рвётся посреди разговора",
                    "смс с кодами приходят через раз", "в роуминге не работает ничего",
                    "абонентку подняли без предупреждения",
                    "значок LTE есть, а страницы не грузятся", "личный кабинет висит на загрузке",
                    "спам-звонки по пять раз на дню", "дома одна палка сигнала",
                    "пакет гигов сгорает раньше срока", "перевести номер от них — квест на месяц",
                    "видеозвонок превращается в слайд-шоу"),
            "dn_head": ("очередная", "вторая", "новая", "мощная", "настоящая", "жуткая",
                        "небывалая", "осенняя", "свежая", "ещё одна", "третья за год"),
            "dn_tail": ("увольнений", "сокращений в IT", "жары", "гриппа", "ОРВИ в школах",
                        "критики", "хейта в комментариях", "подорожания продуктов", "отмен рейсов",
                        "закрытий кафе", "заморозков", "банкротств застройщиков"),
            "guard_venue": ("на Тверской возле Пушкинской", "в ТЦ «Калейдоскоп» у эскалатора"),
            "ignored_issue": ("в нашем районе нет мобильного интернета",
                              "деньги за связь списывают, а самой связи нет",
                              "в приложении не проходит оплата картой, висит ошибка"),
            "gaffe_topic": ("абонентов, которые жалуются на связь в метро",
                            "пенсионеров, которые звонят в поддержку по каждому поводу"),
            "fake_claim": (
                "с 1-го числа всем старым абонентам втихую подключат платную подписку за 399 в "
                "месяц",
                "базу абонентов слили, паспорта и номера уже продают в даркнете",
                "с понедельника отключают безлимит на всех старых тарифах",
            ),
        },
        en={
            "svc": ("LTE", "roaming", "eSIM", "the online account", "their app", "Wi-Fi calling",
                    "autopay", "number porting", "hotspot"),
            "tariff": ("Priboy", "Shtil", "Breeze 30", "Laguna", "Storm Unlimited"),
            "where": ("on the metro ring line", "at my dacha", "in the elevator at home",
                      "on the elektrichka", "on the M-11 highway", "in our office basement",
                      "in my new flat", "at my parents' village", "on the train to St Pete"),
            "good": ("speeds are solid 50+ Mbps", "signal works on every metro station",
                     "roaming in Turkey was cheap", "support answered in two minutes",
                     "porting my number took a day", "the price hasn't changed in a year",
                     "the app is actually usable"),
            "meh": ("data crawls like it's 2008", "signal drops at every station",
                    "they charged me 300 rubles for nothing",
                    "they added a subscription I never asked for",
                    "support is just a bot sending me in circles", "calls drop mid-sentence",
                    "verification texts arrive half the time", "nothing works in roaming",
                    "they raised the price without warning", "LTE icon on, pages won't load",
                    "spam calls five times a day", "one bar at home"),
            "dn_head": ("another", "a second", "a new", "a massive", "yet another"),
            "dn_tail": ("of layoffs", "of flu", "of heat", "of criticism", "of price hikes"),
            "guard_venue": ("on Tverskaya near Pushkinskaya", "in the Kaleidoscope mall"),
            "ignored_issue": ("there's no mobile data in our area",
                              "they keep charging me for a signal I don't have",
                              "card payments in the app fail with an error"),
            "gaffe_topic": ("subscribers who complain about signal in the metro",
                            "pensioners who call support about everything"),
            "fake_claim": ("every old subscriber gets a paid 399-ruble subscription from the 1st",
                           "the subscriber database leaked and passports are being sold",
                           "unlimited data is being switched off on all old plans on Monday"),
        },
    ),
    positive=T(
        ru=(
            "[Перешёл на {b_acc} полгода назад — ни разу не пожалел|Перешла на {b_acc} весной — "
            "ни разу не пожалела|Месяц как на {b_pre} — пока всё отлично]: {good} {e_pos}",
            "[Неожиданно|Внезапно], но {b} [радует|приятно удивляет]: {good} {e_pos}",
            "Тариф {tariff} от {b_gen} — [лучшее, что я подключал|идеально для меня]. {good}",
            "{where} [раньше|всегда] [ничего не ловило|был ноль], а с {b_ins} [всё "
            "ловит|стабильно 4G|две-три палки точно] {e_pos}",
            "[Кто выбирает оператора|Если выбираете оператора] — [берите|смотрите] {b_acc}. "
            "{good}, [и|а ещё] [цена адекватная|поддержка живая|никаких сюрпризов в счёте]",
            "[Ставлю лайк|Респект] {b_dat}: {good} {e_pos}",
            "{who} тоже теперь на {b_pre}, говорит, {good} {e_pos}",
            "[Маленькая|Небольшая] радость: {svc} у {b_gen} [заработал как надо|без глюков], "
            "{good} {e_pos}",
            "[Пять лет|Десять лет] с {b_ins}. [Не идеально, но|В целом] {good} {e_pos}",
        ),
        en=(
            "Switched to {b} [a few months ago|in spring] and [honestly|so far] {good} {e_pos}",
            "[Shoutout|Props] to {b}: {good} {e_pos}",
            "{b} {tariff} plan is [great|the best deal], {good}",
            "{where} I used to have zero signal, now with {b} I get [two or three bars|solid 4G] "
            "{e_pos}",
            "If you're moving to Russia, get {b}. {good}, and [the price is fair|support is "
            "actual humans]",
            "{b} [surprised me|did good]: {good} {e_pos}",
        ),
        mixed=(
            "{b} — [honestly|lowkey] лучший оператор, {good} {e_pos}",
            "Перешёл на {b_acc}, [best decision|no regrets], {good}",
            "{svc} у {b_gen} [finally works|just works] {e_pos}",
        ),
    ),
    neutral=T(
        ru=(
            "[Кто-нибудь|Кто] [пользуется|сидит на] {b_pre}? Как [связь|интернет|ловит] {where}?",
            "[Думаю|Подумываю] перейти на {b_acc}, [тариф|смотрю тариф] {tariff}. [Что "
            "скажете?|Есть смысл?] {e_meh}",
            "[Подключил|Подключила] {svc} у {b_gen}, [посмотрим|потестирую неделю]",
            "В {b_pre} [поменяли|обновили] [приложение|личный кабинет], [теперь|и теперь] {svc} "
            "[в другом разделе|где-то внизу] {e_meh}",
            "[Сравниваю|Сравнил] тарифы: {tariff} у {b_gen} и [два других оператора|соседей] — "
            "разница [рублей {n}|в гигах]",
            "[Пришла|Прислали] смс от {b_gen} про [новый тариф|изменение условий]. [Кто "
            "читал?|Кто-нибудь вникал?]",
            "У {b_gen} [открылся|теперь есть] салон {city} [у рынка|на главной улице|в новом ТЦ]",
            "[Вопрос|Вопрос знатокам]: у {b_gen} {svc} [за границей работает|платно "
            "подключается]? {e_meh}",
            "[Купил|Взял] симку {b_gen} для [дачи|планшета|роутера], тариф {tariff}",
            "[На работе|В офисе] все на {b_pre}, [а я один|а у меня] на другом операторе {e_meh}",
            "[Стою|Жду] в салоне {b_gen}, [передо мной|в очереди] {n} человек",
            "Переношу номер на {b_acc}: [подал заявку|жду], [обещают|говорят] до восьми дней",
        ),
        en=(
            "Anyone on {b}? How's the signal {where}?",
            "Thinking of switching to {b}, the {tariff} plan. Thoughts? {e_meh}",
            "Got a {b} SIM for [my tablet|the dacha|a trip], {tariff} plan",
            "{b} [updated|redesigned] the app, {svc} [moved|is somewhere else now] {e_meh}",
            "Does {b} {svc} [work abroad|cost extra]? {e_meh}",
            "Comparing {b} and [the big three|other carriers]: about {n}0 rubles difference",
            "Waiting in the {b} store {city}, {n} people ahead of me",
            "{b} sent a text about [new terms|a plan change], anyone read it?",
            "[Moving|Porting] my number to {b}, [they say up to 8 days|fingers crossed]",
        ),
        mixed=(
            "Взял симку {b_gen}, [plan|тариф] {tariff}, [let's see|посмотрим] {e_meh}",
            "{b} {svc} — [works abroad?|кто пробовал за границей?]",
            "[Quick question|Вопрос]: {b} или другой оператор {city}?",
        ),
    ),
    negative=T(
        ru=(
            "{b}, [вы издеваетесь|что с вами не так]? {meh} {e_neg}",
            "[Всё|Всё, хватит|Надоело], ухожу от {b_gen}: {meh}, [а ещё|и] [поддержка "
            "молчит|деньги списывают исправно|никто ничего не объясняет] {e_neg}",
            "{where} с {b_ins} [вечная беда|одно мучение]: {meh} {e_neg}",
            "[Раньше|Когда подключался] у {b_gen} [всё было нормально|связь была ок]. [Теперь|А "
            "теперь] {meh}. {sigh}",
            "Тариф {tariff}, [плачу исправно|плачу каждый месяц], а {meh}. {b}, [где совесть|ну "
            "как так] {e_neg}",
            "[Опять|Снова] {b}: {meh}. [Классика|Стабильность], {sigh}",
            "[Кто-нибудь|Хоть кто-то] может объяснить, почему у {b_gen} {meh}? {e_neg}",
            "[Работаю удалённо|Работаю из дома], а у {b_gen} [опять|как назло] {meh}. "
            "[Спасибо|Очень вовремя] {e_neg}",
            "{svc} у {b_gen} — [это боль|отдельный вид ада]: {meh} {e_neg}",
            "[Антиреклама|Отзыв]: {b}. {meh}. [Не берите|Не советую] {e_neg}",
            "[Полдня|Весь вечер] без связи, {b} [молчит|делает вид, что всё ок]. {meh} {e_neg}",
            "{b}, {where} [опять|снова] одна палка. [Ладно|Ну ок], [пойду к окну|выйду на балкон]",
            "{b} [прислали|прислала] смс: с первого числа тариф {tariff} [дороже на 100 "
            "рублей|подорожает]. [Ну ок|Посмотрим], [пойду считать|буду думать]",
            "Спасибо {b_dat} за [цифровой детокс|бесплатный детокс от соцсетей]: {where} [третий "
            "день|с утра] без интернета {lol}",
            "[Интересно|Любопытно], у {b_gen} {where} интернет хоть раз [был|появится]? "
            "[Спрашиваю для друга|Чисто научный интерес] {e_meh}",
            "Пришёл счёт от {b_gen}: на [150|230|95] рублей больше, чем в прошлом месяце. [Ничего "
            "не менял|Тариф тот же] {e_meh}",
            "[Спидтест|Замерил скорость] {b_gen} {where}: [0,8|1,2|0,4] Мбит. [Зато стабильно|Ну "
            "хоть что-то] {lol}",
            "Звоню в поддержку {b_gen} {n}-й раз за неделю. [Мелодию ожидания уже знаю "
            "наизусть|Бот, кажется, меня уже узнаёт]",
            "[Маме|Бабушке] опять не дозвониться, у неё {b}. [Сказала бы я|Ну сколько можно] "
            "{e_neg}",
        ),
        en=(
            "{b}, [seriously|what is going on]? {meh} {e_neg}",
            "Leaving {b}: {meh} [and|plus] [support is silent|the bill still arrives on time] "
            "{e_neg}",
            "{where} {b} is [useless|a joke]: {meh} {e_neg}",
            "{b} used to be fine. Now {meh}. {sigh}",
            "Paying for {tariff} and {meh}. {b}, come on {e_neg}",
            "[Again|Once again], {b}: {meh} {e_neg}",
            "Working from home and {b} [picks today to die|is down again]: {meh} {e_neg}",
            "Anyone else having this with {b}? {meh} {e_neg}",
            "[PSA|Warning] for expats: avoid {b}. {meh} {e_neg}",
            "{b} speedtest {where}: [0.6|1.1|0.3] Mbps. [Love that for me|Cool cool]",
            "Thanks {b} for the free digital detox: no data {where} since [this "
            "morning|yesterday] {lol}",
            "My {b} bill went up by [150|230] rubles this month. Same plan. {e_meh}",
            "{b} texted me: the {tariff} plan goes up by 100 rubles next month. [Noted|Guess I'm "
            "shopping around]",
        ),
        mixed=(
            "{b} — [seriously?|wtf], {meh} {e_neg}",
            "[Опять|Снова] {b}: {meh}. [Worst carrier ever|Done] {e_neg}",
            "{where} {b} [no signal|zero bars], {meh} {e_neg}",
        ),
    ),
    question=T(
        ru=(
            "{h} [здравствуйте|добрый день], как [подключить|отключить] {svc}? В приложении не "
            "нашёл",
            "{h} [а|] тариф {tariff} [ещё|пока] можно подключить? [На сайте его нет|Не вижу в "
            "списке]",
            "{h} [будет ли|когда будет] нормальное покрытие {where}?",
            "{h} [работает ли|будет работать] {svc} в [Турции|Казахстане|Армении]? Лечу [в "
            "субботу|на следующей неделе|завтра утром]",
            "{h} как [перенести номер|перейти] к вам [с сохранением номера|со старого оператора]? "
            "Сколько дней?",
            "{h} [подскажите|скажите], [где|как] [посмотреть|проверить] остаток [гигов|минут] на "
            "{tariff}?",
            "{h} [можно ли|а можно] [оформить|заказать] eSIM [онлайн|без салона] {city}?",
        ),
        en=(
            "{h} hi, how do I turn [on|off] {svc}? Can't find it in the app",
            "{h} does {svc} work in [Turkey|Georgia|Armenia]?",
            "{h} can I still get the {tariff} plan?",
            "{h} how long does porting a number to you take?",
        ),
    ),
    complaint=T(
        ru=(
            "{h} [здравствуйте|добрый день]. {where} {meh}. [Когда почините?|Сколько можно?] "
            "{e_neg}",
            "{h} [опять|снова] {meh}, [тариф|а тариф] {tariff}, плачу [вовремя|исправно]",
            "{h} [верните деньги|хочу перерасчёт]: {meh} {e_neg}",
            "{h} [подскажите|здравствуйте], {where} с утра [нет интернета|только E вместо LTE]. "
            "Это авария или у меня что-то с телефоном?",
            "{h} уже {n}-й день {meh}. [Заявку|Обращение] [создал|создали], [толку ноль|а толку "
            "никакого]",
            "{h} [почему|с какой стати] [списали деньги|подключили платную услугу] без моего "
            "согласия? Я ничего не [подключал|подключала] {e_neg}",
            "{h} {when} {meh}, а в чате [бот|робот] [отвечает «перезагрузите телефон»|шлёт ссылки "
            "на FAQ] {e_neg}",
            "{h} [вы серьёзно?|это нормально?] {meh}",
            "{h} [разберитесь, пожалуйста|прошу разобраться]: {meh}. [Номер в личке|Скрин "
            "прилагаю]",
            "{h} [уйду к конкурентам|переведу номер], если [так будет и дальше|это повторится]: "
            "{meh} {e_neg}",
            "{h} {meh}. Вышка [в двух шагах от дома|видна из окна], а толку ноль {e_neg}",
        ),
        en=(
            "{h} hi, {where} {meh}. When will it be fixed? {e_neg}",
            "{h} it's been {n} days: {meh}. Ticket open, nothing happens",
            "{h} {meh}. Why?? [Nothing changed on my end|I didn't touch any settings] {e_neg}",
            "{h} refund please: {meh}",
            "{h} paying for {tariff} and {meh} {e_neg}",
            "{h} your chat bot keeps telling me to restart my phone. {meh} {e_neg}",
            "{h} {meh}. [Screenshot attached|Number in DM]",
            "{h} [one more time|if this keeps up] and I'm porting my number out: {meh} {e_neg}",
            "{h} {when} {meh}, [no explanation|nothing from you] {e_neg}",
        ),
    ),
    comment=T(
        ru=(
            "[Лучше бы|Вы бы лучше] связь {where} [починили|сделали] {e_neg}",
            "[А|] {tariff} [вернёте|будет ещё]? {e_meh}",
            "[Подключил|Подключила], [пока нравится|всё ок] {e_pos}",
            "А {city} [когда|будет ли] 5G? {e_meh}",
            "[Классная|Хорошая] акция, [но|а] {meh} {e_meh}",
            "[Сижу с вами|Я с вами] {n} лет, [где скидка для старых абонентов|а бонусы только "
            "новым] {e_neg}",
            "[Спасибо|Круто], [наконец-то|давно ждали]! {e_pos}",
            "Поддержка [сегодня|вчера] [очень помогла|быстро ответила], [спасибо|респект] {e_pos}",
        ),
        en=(
            "Fix the signal {where} first {e_neg}",
            "Nice, been waiting for {svc} {e_pos}",
            "When is 5G coming {city}? {e_meh}",
        ),
    ),
    reply=T(
        ru=(
            "{lol} [у меня|у нас] {where} [то же самое|ровно так же]",
            "[Плюсую|+1|Подтверждаю], {meh} {e_neg}",
            "[Странно|Хм], у меня {good} {e_meh}",
            "[Пиши|Напиши] в {h}, [мне помогли|мне перерасчёт сделали]",
            "[Попробуй перезагрузить телефон|Попробуй переставить симку], [у меня помогло|мне "
            "помогло] {e_meh}",
            "{sigh}, [все операторы одинаковые|везде так]",
            "[Тоже думаю|Тоже собираюсь] уходить, {meh}",
            "[Зависит от района|Смотря где], {where} [норм|ловит нормально] {e_meh}",
            "[А я|Я вот] [доволен|довольна], {good} {e_pos}",
            "[Это ещё что|Это цветочки], у меня {when} {meh} {lol}",
        ),
        en=(
            "{lol} same {where}",
            "[+1|Same], {meh} {e_neg}",
            "Weird, for me {good} {e_meh}",
            "DM {h}, [they fixed it for me|I got a refund that way]",
            "{sigh} all carriers are the same",
            "Try re-seating the SIM, worked for me {e_meh}",
        ),
    ),
    answer=T(
        ru=(
            "Здравствуйте! [Приносим извинения|Извините] за неудобства. Напишите, пожалуйста, "
            "номер в личные сообщения — проверим [линию|качество связи] по вашему адресу",
            "[Добрый день|Здравствуйте]! Подключить или отключить {svc} можно в приложении: "
            "«Услуги» → [«Мои услуги»|«Управление»]",
            "Здравствуйте! Тариф {tariff} [доступен|остаётся доступен] для подключения в "
            "приложении и [в салонах|на сайте]",
            "Спасибо, что [сообщили|написали]. [Создали заявку|Заявку создали] на [проверку "
            "базовой станции|инженеров], [срок — до трёх дней|сообщим о результате]",
            "[Здравствуйте|Добрый день]. [Проверили|Мы проверили] начисления: "
            "[вернули|возвращаем] списание на баланс, [подписку отключили|услугу отключили]",
            "Нам [очень жаль|жаль], что так получилось. Пришлите номер и [время|примерное время] "
            "проблемы в ЛС, [разберёмся|посмотрим]",
            "Здравствуйте! Перенос номера [занимает|обычно занимает] до [8|восьми] дней, [заявку "
            "можно подать онлайн|подать заявку можно в приложении]",
            "[Добрый день|Здравствуйте]! В [Турции|большинстве стран] [мобильный интернет|связь] "
            "в роуминге [работает|доступен], стоимость — в разделе «Роуминг» приложения",
            "Спасибо за обращение! [Ваш вопрос передан|Передали вопрос] [специалисту|в "
            "техподдержку второй линии], ответим в личных сообщениях",
        ),
        en=(
            "Hello! Sorry for the trouble. Please DM us your number and we'll check the network "
            "in your area",
            "Hi! You can manage {svc} in the app under Services",
            "Hello, we've checked your account and refunded the charge",
            "Hi! Porting usually takes up to 8 days, you can apply in the app",
            "Thanks for reaching out, we've passed this to our engineers",
        ),
    ),
    thanks=T(
        ru=(
            "[Спасибо|Благодарю], [деньги вернули|всё заработало] {e_pos}",
            "[О,|] [спасибо за ответ|спасибо, что так быстро], [помогло|разобрались] {e_pos}",
            "[Ок|Хорошо], написал номер в личку. [Спасибо|Спасибо за оперативность] {e_pos}",
            "[Заработало|Починили], спасибо! [Не ожидал|Приятно] {e_pos}",
        ),
        en=(
            "Thanks, [all working now|got the refund] {e_pos}",
            "Oh wow, [that was quick|thanks for the fast reply] {e_pos}",
        ),
    ),
    still_broken=T(
        ru=(
            "Написал в личку [ещё|] {when}, [тишина|ответа нет] {e_neg}",
            "[Спасибо|Ну спасибо], но {meh}, [как было|ничего не поменялось] {e_neg}",
            "Заявке уже {n} дней. [Ничего не поменялось|Связи так и нет] {e_neg}",
            "[Опять|Снова] шаблон. {meh} {e_neg}",
        ),
        en=(
            "DM'd you {when}, nothing {e_neg}",
            "Ticket is {n} days old and {meh} {e_neg}",
        ),
    ),
    review_pos=T(
        ru=(
            "[Пользуюсь|Сижу на нём] [пять|семь|десять] лет. {good}, [цена адекватная|поддержка "
            "живая|никаких сюрпризов в счёте]. [Доволен|Довольна]",
            "Тариф {tariff} [оптимальный|то что нужно]. {good}",
            "[Хороший оператор|Нормальный оператор] за свои деньги. {good}",
            "[В салоне помогли|Консультант в салоне всё объяснил], {good}",
            "[Перешла|Перешёл] от [другого оператора|конкурента]. {good}. Пока [всё "
            "устраивает|пять звёзд]",
        ),
        en=(
            "Good carrier. {good}, and [the price is fair|support is actual humans]",
            "The {tariff} plan is good value. {good}",
            "Switched from another carrier. {good}",
        ),
    ),
    review_neg=T(
        ru=(
            "[Ужасный оператор|Худший оператор]. {meh}, [а ещё|и] [поддержка молчит|деньги "
            "списывают исправно|никто ничего не объясняет]",
            "{where} [связи нет совсем|ноль связи]. {meh}. [Не советую|Не берите]",
            "[Одна звезда|Единица]: {meh}. Поддержка [отвечает шаблонами|кормит завтраками]",
            "[Был|Была] абонентом [восемь|десять|двенадцать] лет. Теперь {meh}. [Ухожу|Перевожу "
            "номер]",
            "Тариф {tariff}: {meh}. [Деньги списывают исправно|А платить надо исправно]",
            "[В салоне навязали|Продавец в салоне навязал] лишнее. {meh}",
            "{meh}. [Жалобу писал|Писал в чат] {n} раз — [тишина|без толку]",
        ),
        en=(
            "Terrible carrier. {meh}, and [support is silent|the bill still arrives on time]",
            "{where} there's no signal. {meh}",
            "One star: {meh}. Support sends templates",
            "Was with them for [8|10|12] years. Now {meh}",
            "{tariff} plan: {meh}",
            "{meh}. Complained {n} times, nothing",
        ),
    ),
    review_answer=T(
        ru=(
            "Здравствуйте! Приносим извинения. [Просим|Пожалуйста,] написать нам в чат приложения "
            "с номером телефона — [проверим|разберёмся]",
            "[Добрый день|Здравствуйте]. Жаль, что [так вышло|связь подвела]. [Информация "
            "передана|Передали] инженерам [по вашему району|региона]",
            "Спасибо за отзыв. [Проверим начисления|Мы проверим списания] и [свяжемся|вернёмся с "
            "ответом]",
        ),
        en=(
            "Hello, we're sorry. Please contact us in the app chat with your number",
            "Thank you for the feedback, we've passed it to our engineers",
        ),
    ),
    review_thanks=T(
        ru=(
            "Спасибо за отзыв! [Рады|Очень рады], что вы с нами {e_pos}",
            "[Благодарим|Спасибо] за [тёплые слова|высокую оценку]! [Хорошей связи|На связи] "
            "{e_pos}",
        ),
        en=(
            "Thank you for the review! Glad you're with us {e_pos}",
            "Thanks for the kind words!",
        ),
    ),
    review_dispute=T(ru=()),
    official_post=T(
        ru=(
            "[Новый тариф|Встречайте тариф] {tariff}: [больше гигов за те же деньги|безлимит на "
            "мессенджеры]. Подключение — в приложении {e_pos}",
            "[Запустили|Запускаем] 5G {city}! [Пока в центре|Карта покрытия на сайте] {e_pos}",
            "{svc} теперь [бесплатно|без доплаты] для абонентов {tariff} [до конца месяца|в "
            "первые 30 дней]",
            "[Построили|Поставили] {n} новых базовых станций [за месяц|в Подмосковье|вдоль трассы "
            "М-11]. Связь {where} [стала лучше|заметно улучшилась]",
            "[Плановые работы|Внимание]: [в ночь на четверг|сегодня с 02:00 до 05:00] {city} "
            "[возможны перебои|может пропадать связь]. [Приносим извинения|Спасибо за понимание]",
            "[Опрос|Вопрос дня]: что [важнее|вам важнее] — [больше гигов или дешевле|скорость или "
            "цена]? {e_pos}",
            "[Конкурс|Розыгрыш]: [дарим|разыгрываем] год связи на тарифе {tariff}. Условия в "
            "[закрепе|карточках]",
        ),
    ),
    exec_post=T(
        ru=(
            "[Был|Съездил] {city}: [смотрели|посмотрели] новые базовые станции. [Команда региона "
            "молодцы|Отличная работа инженеров]",
            "[Прочитал|Дочитал] [книгу|отличную книгу] про [сети будущего|управление]. "
            "[Рекомендую|Советую] всем, кто [строит команды|работает в телекоме]",
            "[Итоги квартала|Квартал закрыли]: {n} новых городов с 5G, [плюс|и] обновили {svc}. "
            "Спасибо [команде|всем, кто это строил]",
            "[Сегодня|Утром] [поговорил|пообщался] со студентами {city} про [телеком|карьеру в "
            "телекоме]. [Умные вопросы|Отличная аудитория] {e_pos}",
            "[Полдня|День] [провёл|просидел] в колл-центре, [слушал звонки|отвечал на звонки "
            "сам]. [Много выводов|Выводы будут]",
            "[Проехал|Проехали] трассу М-11 [с тестовым телефоном|с замерами]: [покрытие|связь] "
            "[почти везде|лучше, чем год назад]. Работаем дальше",
            "[Моё утро|Утро]: [пробежка|бассейн], кофе, [отчёты|почта]. [Хорошей "
            "недели|Продуктивной недели] всем {e_pos}",
            "[Думаю|Размышляю] о том, [зачем|почему] людям [нужен|нужна] {svc} [и как сделать "
            "проще|в 2026 году]. Пишите, [что думаете|идеи принимаю]",
            "[На форуме|На конференции] {city} [говорили|спорили] про [частоты|импортозамещение "
            "оборудования]. [Пост с тезисами позже|Тезисы завтра]",
            "[Выходные|Воскресенье] [с детьми|с семьёй] [за городом|на рыбалке]. [Связь, кстати, "
            "есть|И да, 4G есть] {lol}",
        ),
    ),
    influencer_pos=T(
        ru=(
            "Сравнил всех [четырёх|пятерых] операторов {city}. [Лучший по скорости|Победитель] — "
            "{b}: {good} {e_pos}",
            "[Новое видео|Ролик вышел]: месяц на {b_pre}. [Итог|Вывод]: {good} {e_pos}",
            "[Не реклама|Без рекламы], но {b} — [реально|честно] [норм|хороший оператор]: {good}, "
            "[цена адекватная|поддержка живая|никаких сюрпризов в счёте]",
            "[Езжу по стране|Объездил пол-России] с симкой {b_gen}: {good} {e_pos}",
        ),
        en=(
            "Tested [4|5] carriers {city}. {b} [won|came out on top]: {good} {e_pos}",
            "[New video|Up now]: a month on {b}. Verdict: {good} {e_pos}",
            "{b} [is the underrated carrier|deserves more credit]: {good}",
        ),
    ),
    influencer_neg=T(
        ru=(
            "[Подписчики жалуются|Вы часто пишете] на {b_acc}: {meh}. [Проверил сам|Проверил] — "
            "[правда|подтверждаю] {e_neg}",
            "[Месяц|Неделя] на {b_pre}: {meh}, [поддержка молчит|деньги списывают исправно|никто "
            "ничего не объясняет]. [Итог|Вердикт] — [мимо|не рекомендую] {e_neg}",
            "{b}, [объяснитесь|что происходит]: {meh} {e_neg}",
        ),
        en=(
            "My followers keep complaining about {b}: {meh}. I checked — true {e_neg}",
            "A month on {b}: {meh}. [Not recommended|Skip] {e_neg}",
        ),
    ),
    decoy=T(
        ru=(
            "[Утро|Рассвет] на море, [тишина|ни души], только волна [шуршит|накатывает на гальку] "
            "{e_pos}",
            "[Поймал|Наконец поймал] свою первую волну на сёрфе [в Калининграде|на Байкале|в "
            "Териберке] {e_pos}",
            "Весь стадион [запустил|пустил] волну — [мурашки|красота|вот это было] {e_pos}",
            "[Мы с тобой|С ней] на одной волне, [это редкость|это бесценно] {e_pos}",
            "[Накрыла|Накатила] волна ностальгии: [старые фотки|кассеты|дача у бабушки] {e_meh}",
            "[Включили|Слушаем] [советскую|французскую] новую волну, [кайф|вечер удался] {e_pos}",
            "[Сделала|Накрутила] [голливудскую|мягкую] волну на волосы [за 10 минут|плойкой] "
            "{e_pos}",
            "[У сына на физике|На физике у дочки] [проходят|проходили] [звуковые волны|как волна "
            "отражается] — [пришлось вспоминать|помогали всей семьёй] {lol}",
            "«Девятый вал» Айвазовского [вживую огромный|в Русском музее — это мощь], волна [как "
            "настоящая|будто сейчас накроет] {e_pos}",
            "[Ребёнок|Малой] [полдня|весь день] прыгал через волну [на пляже|в Анапе] {e_pos}",
            "[Лодку|Сап] [качнула|подкинула] волна от катера, [еле удержался|все мокрые] {lol}",
            "[Смотрим|Смотрели] на волну, [как она разбивается|как пенится] о [пирс|волнорез] "
            "{e_pos}",
            "[Фестиваль|Концерт] «Новая волна» [по телику|вечером] — [кто смотрит?|ностальгия] "
            "{e_meh}",
            "[Вот это|Какая] волна [на озере|на Ладоге] [сегодня|с утра], [красота|ветер] {e_meh}",
            "[Вторая|Новая] волна [тюльпанов|пионов] в саду пошла {e_pos}",
            "[Поймал|Ловлю] [волну вдохновения|творческую волну] — [пишу|рисую] третий день "
            "{e_pos}",
        ),
        en=(
            "[Learned|New word]: «волна» (volna) means wave in Russian {e_pos}",
            "Watching the Novaya Volna festival for the first time, [wild|what a show] {lol}",
            "Stayed at the Volna guesthouse in Gelendzhik, [sea view was amazing|lovely people] "
            "{e_pos}",
            "The Volna beach bar in Sochi [has the best sunsets|is a vibe] {e_pos}",
        ),
    ),
    decoy_neg=T(
        ru=(
            "[По стране|По всей стране] [идёт|прокатилась] {dn_head} волна {dn_tail} {e_neg}",
            "{city} [накрыла|накрывает] {dn_head} волна {dn_tail}, [новости читать страшно|дальше "
            "только хуже] {e_neg}",
            "[В новостях пишут|Эксперты говорят]: [впереди|на подходе] {dn_head} волна {dn_tail}. "
            "{sigh}",
            "[Опять|Снова] {dn_head} волна {dn_tail}, [сколько можно|когда это кончится] {e_neg}",
            "[Читаю новости|Открыл ленту], а там {dn_head} волна {dn_tail}. {sigh}",
            "[Синоптики обещают|Гидрометцентр прогнозирует] волну [жары|холода] [до выходных|на "
            "всю неделю], [опять|снова] {e_neg}",
            "[Коллеги|Друзья] [обсуждают|в чате пишут]: {dn_head} волна {dn_tail} [уже у "
            "нас|дошла и до нас] {e_neg}",
            "Волной [смыло|унесло] [шлёпки|полотенце|телефон сына] [прямо с берега|с пирса] "
            "{e_neg}",
            "Волна [окатила|накрыла] [с головой|всю компанию] на набережной, [телефон "
            "утонул|промокли насквозь] {e_neg}",
            "[В школе у сына|В садике] [новая|очередная] волна [гриппа|ветрянки|ОРВИ], [полкласса "
            "дома|группу закрыли] {e_neg}",
            "[Вот и|И вот] {dn_head} волна {dn_tail} [накрыла и нашу компанию|дошла и до нашего "
            "офиса]. {sigh}",
            "{dn_head} волна {dn_tail} [в соцсетях|в комментариях] — [устал|выключаю телефон] "
            "{e_neg}",
        ),
        en=(
            "Russian headlines today: {dn_head} «volna» — a wave {dn_tail} {e_neg}",
            "Stayed at the Volna hotel in Gelendzhik: mould in the room, no hot water {e_neg}",
            "The Novaya Volna festival was [a mess|cancelled again] this year {sigh}",
        ),
    ),
)

# ------------------------------------------------------------------ big accounts, other topics
INFLUENCER_OTHER = T(
    ru=(
        "[Новое видео|Вышел ролик]: [собрал|собрали] ПК за {n} тысяч и [гоняем в игры|тестируем в "
        "4K] {e_pos}",
        "[Разбор|Большой разбор] [новой|свежей] серии «[Слова пацана|Аутсорса]» — [в комментах "
        "спорим|ставьте лайк, если досмотрели]",
        "[Мой|Наш] [маршрут|план] на [выходные|майские]: Выборг, [Сортавала|Рускеала], [ночёвка в "
        "палатке|домик у озера] {e_pos}",
        "[Честно|Откровенно] про [выгорание|переезд|ипотеку]: [что я понял за год|три ошибки, "
        "которые я сделал]. Тред",
        "[Прямой эфир|Стрим] [сегодня в 20:00|в пятницу]: отвечаю на [ваши вопросы|вопросы про "
        "карьеру] {e_pos}",
        "[Итоги|Подборка] месяца: {n} [книг|фильмов|сериалов], которые [стоит посмотреть|я "
        "советую]. Сохраняйте",
        "[Курс рубля|Ключевая ставка] [снова|опять] [удивляет|в новостях] — [что это значит для "
        "вклада|разбираем простыми словами]",
        "[Сделала|Делаю] ремонт в [ванной|кухне] [за три недели|своими руками]: [до и после|смета "
        "в карточках] {e_pos}",
    ),
    en=(
        "[New video|Up now]: I built a budget gaming PC for under $600 {e_pos}",
        "[Thread|A thread] on [burnout|moving abroad|learning a language after 30]: what actually "
        "worked for me",
        "[Going live|Live] at 8pm — Q&A about [careers|travel|photography] {e_pos}",
        "{n} [books|films] that changed how I think. Save this",
    ),
)
