"""Text bank `blind12`, the brands half: the shared vocabulary and what people say every day
about «Сочный Бургер», «Полюшко» and «Волна» (posts, questions and complaints to the desks and
the desks' answers, reviews, the brands' and the executives' posts, influencers, the names in
their everyday sense: a juicy burger, the song «Полюшко-поле», sea waves and «новая волна
увольнений»), plus influencers' posts about other things. Written for issue 13 by a writer who
had not read the detectors (nor docs/detection.md, nor the texts of the other banks): only the
bank format (banks.py, textgen.py) and the generator of the week were read (week.py,
week_brands.py, week_traffic.py, week_crises.py, week_storm.py, detectors/simulation.py,
tests/unit/test_week.py), plus, by a slip, detectors/scenarios/__init__.py (the registry of
scenarios, no texts) and the assembler bank_blind12.py (no texts); a stray attempt to import
this module from a script failed before loading it. The vocabulary follows the fixed vocabulary
contract shared with the events half. Checked only with tests/unit/test_week.py (and ruff).
Failures of its disjointness test showed the writer about 115 short strings of other banks that
were identical to lines of this half, and about a dozen generated English sentences of blind3
(«Полюшко») and blind10 («Волна») that were not; the colliding lines were found by swapping a
role of this half for a placeholder and rerunning the test, and all were reworded."""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

# ------------------------------------------------------------------------------ shared slots
VOCAB = Vocab(
    ru={
        "city": (
            "у нас в [Ижевске|Кирове|Глазове]", "в [Самаре|Тольятти|Сызрани]",
            "на [Васильевском|Ваське|Ваське, у Средного]", "в Екб на [Уралмаше|Эльмаше|ВИЗе]",
            "в [Казани|Челнах|Альметьевске], где я живу",
            "в Подольске [у вокзала|у станции|за рынком]",
            "в [Нижнем|Нижнем Новгороде|Нижнем] на Покровке",
            "в [Новосибе|Академгородке|Бердске]", "в [Химках|Мытищах|Балашихе]",
            "в Калининграде [|на Ленинском|у Рыбной деревни]",
            "в [Перми|Уфе|Ижевске], [кстати|если что|между прочим]",
            "в [Ростове|Краснодаре|Таганроге] на районе",
        ),
        "when": (
            "[вчера|позавчера] [вечером|ближе к ночи|часов в девять]",
            "сегодня [утром|с утра пораньше|ни свет ни заря]",
            "в [субботу|воскресенье] [днём|часа в три]",
            "[на днях|пару дней назад|в начале недели]",
            "[час|полчаса|минут сорок] назад", "в обед [сегодня|в четверг|во вторник]",
            "[этой ночью|ночью, часа в два|глубокой ночью]",
            "в пятницу [после работы|после пар|вечерком]",
            "[только что|минут двадцать назад|вот прям сейчас]",
        ),
        "who": (
            "сестра", "сосед", "муж", "жена", "коллега", "[мама|мать|мамуля]", "брат", "подруга",
            "свекровь", "[сын|сынок|старший]", "одногруппник",
        ),
        "lol": ("ахахах", "ору", "😂", "лол", "ржу", "хаха", "🤣🤣"),
        "sigh": ("эх", "[ну что ж|что ж|ну чё]", "вздох", "мда", "ох",
                 "[ну такое|такое себе|ну ок]"),
        "n": ("5", "7", "8", "10", "12", "15", "20", "25", "30", "40", "45"),
        "e_pos": ("😍", "🔥", "❤️", "👍", "🥰", "😋", "🙌", "✨", "💯", "🤤"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤢", "😠", "🙄", "😒"),
        "e_meh": ("🤷‍♀️", "🤔", "😐", "🫠", "🙃", "😶", "🤷"),
    },
    en={
        "city": (
            "in [Kazan|Ufa|Cheboksary]", "in St [Pete|Petersburg|P], Vasilyevsky side",
            "in [Yekaterinburg|Ekat|Yekat], Uralmash way", "out in [Khimki|Mytishchi|Lyubertsy]",
            "in [Samara|Tolyatti|Syzran]", "here in [Novosibirsk|Akademgorodok|Novosib]",
            "in [Nizhny|Nizhny Novgorod|NN] on Pokrovka",
            "in Kaliningrad [|downtown|by the fish village]",
            "in [Perm|Tula|Vologda], of all places", "in [Rostov|Krasnodar|Taganrog] near my place",
        ),
        "when": (
            "[late last night|last night around 11|last night after the match]",
            "this [morning|arvo|afternoon]", "on [Saturday|Sunday] [around lunch|at like 2]",
            "[an hour|a couple hours|like two hours] ago",
            "[earlier today|today at lunch|at lunch today]",
            "[the other day|a few days back|early this week]",
            "[right now|just now|literally just now]", "after work [today|yesterday|on Friday]",
            "over the [weekend|long weekend|May holidays]",
        ),
        "who": (
            "my [sister|older sister|sis]", "my [flatmate|roommate] [Dima|Sasha|Lena]",
            "my [husband|hubby|other half]", "my [wife|partner|girlfriend]",
            "[my coworker|a guy at work|my deskmate] [Pasha|Oleg|]",
            "my [mum|mom|mother-in-law]", "my [brother|little brother|bro]",
            "[my best friend|a friend of mine|my oldest friend]",
            "my [neighbour|neighbor|downstairs neighbour]", "my [son|kid|teenager]",
        ),
        "lol": ("lmao", "lol", "haha", "😂", "💀", "lmfao"),
        "sigh": ("ugh", "sigh", "[oh well|welp|eh, whatever]", "meh", "smh"),
        "n": ("5", "7", "8", "10", "12", "15", "20", "25", "30", "40", "45"),
        "e_pos": ("😍", "🔥", "❤️", "👍", "🥰", "😋", "🙌", "✨", "💯", "🤤"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤢", "😠", "🙄", "😒"),
        "e_meh": ("🤷‍♀️", "🤔", "😐", "🫠", "🙃", "😶", "🤷"),
    },
)

# ------------------------------------------------------------------------------ «Сочный Бургер»
_SOCHNY_VOCAB = Vocab(
    ru={
        "dish": (
            "чизбургер с [халапеньо|острым перцем]", "[двойной|тройной] смэшбургер",
            "бургер с пастрами и [горчицей|корнишонами]", "ролл с курицей [и айсбергом|в лаваше]",
            "наггетсы [с сырным дипом|на двоих]", "картофель по-деревенски [с укропом|]",
            "шейк [с солёной карамелью и попкорном|карамельный с солью]",
            "веджи-бургер [с фалафелем|с нутовой котлетой]",
            "луковые кольца [в кляре|в пивном кляре]", "детский набор [с динозавром|с игрушкой]",
            "бургер [с трюфельным майо|с трюфелем]", "сырные палки [с брусничным соусом|]",
        ),
        "good": (
            "котлета [с корочкой|с хрустящей корочкой], внутри розовая",
            "булка [мягкая|мягонькая] и поджаристая", "фри [хрустит как надо|реально хрустит]",
            "соуса кладут [от души|щедро, не жалеют]", "собрали [минут за пять|моментально]",
            "всё [горяченькое|горячее], только с гриля",
            "кассир [улыбчивая|приветливая], всё [подсказала|объяснила]",
            "порция [такая, что не осилить за раз|на двоих хватит]",
            "в зале [чистота|чисто] и пахнет едой, а не хлоркой",
        ),
        "meh": (
            "фри вялая и [пересоленная|солёная до ужаса]",
            "котлета [пережарена до угля|как уголёк]",
            "булка [сухая|чёрствая], [как вчерашняя|как из позавчера]",
            "соуса [на донышке|чуть-чуть|для галочки]",
            "заказ [собирали|ковыряли] [минут двадцать пять|полчаса, не меньше]",
            "[опять перепутали|снова не тот] [соус|напиток]",
            "на столах крошки и [лужи от колы|липко]", "[в зале дикая очередь|очередь до дверей], "
            "а касса одна", "кола [без газа|выдохшаяся], как вода из-под крана",
            "лук [положили|напихали], хотя просили без лука", "курица [резиновая|как жвачка]",
            "курьер привёз всё [остывшим|ледяным]", "[салфеток|трубочек] не положили [вообще|]",
        ),
        "promo": (
            "второй бургер [за рубль|за 1 ₽]", "комбо дня [за 299|за 349|за 329]",
            "[шейк в подарок|бесплатный шейк] к любому комбо",
            "[двойные баллы|х2 баллы] за заказ в приложении",
            "минус 20 процентов [по студенческому|студентам]",
        ),
        "spot": (
            "на [Ленинском|Профсоюзной]", "в ТЦ у [метро|автовокзала]",
            "на фудкорте в [Меге|Ауре]", "возле [универа|общаги]",
            "на выезде из города, где заправка", "на [Садовой|Гороховой]",
            "у [нас на районе|нас возле дома]",
        ),
        "guard_venue": (
            "на Пушкинской [у фонтана|возле фонтана]", "в ТЦ «Континент» на втором этаже",
            "на Комсомольском [возле метро|у выхода из метро]",
        ),
        "found_item": (
            "металлическую скрепку [прямо в котлете|в котлете]",
            "длинный волос [прямо в булке|запечённый в булку]",
            "[осколок|кусочек] стекла в соусе",
            "живого таракана в [коробке с картошкой|коробке из-под фри]",
        ),
        "found_short": ("скрепка", "волос", "стекло", "таракан"),
        "ignored_issue": (
            "не возвращают деньги за заказ, который [так и не привезли|так и не доехал]",
            "баллы в приложении [сгорают раньше срока|сгорают раньше, чем обещано]",
            "приложение [списывает деньги дважды|снимает оплату два раза] за один заказ",
        ),
        "gaffe_topic": (
            "тех, кто заказывает бургер без булки и потом ноет",
            "веганов, которые приходят в бургерную качать права",
            "клиентов, которые пишут гадкие отзывы ради скидки",
        ),
        "fake_claim": (
            "масло во фритюре [меняют раз в месяц|не меняют неделями]",
            "курицу для наггетсов везут с [закрытого за нарушения цеха|цеха, который закрыли "
            "за нарушения]",
            "в одном из ресторанов нашли кишечную палочку и всё [замяли|тихо замяли]",
        ),
    },
    en={
        "dish": (
            "[jalapeño|spicy] cheeseburger with extra pickles", "[double|triple] smash burger",
            "pastrami [burger|stack] with mustard", "chicken wrap [with iceberg|w/ slaw]",
            "nuggets [and cheese dip|for two]", "[country|rustic] potato wedges",
            "[salted caramel|caramel] shake", "[falafel|chickpea] burger",
            "onion rings [in beer batter|in batter]", "kids' box with a [dino|toy]",
            "[truffle|truffle mayo] smash",
        ),
        "good": (
            "the patty [has a real crust|is crusty outside, pink inside]",
            "the bun is [soft and toasty|pillowy and toasted]",
            "the fries [actually crunch|are crunchy for once]",
            "they [go heavy on|don't hold back on the] sauce",
            "the order was up in [like five minutes|no time]",
            "everything came [hot off the grill|piping hot]",
            "the [cashier|girl at the counter] was [super nice|so friendly]",
            "the portions are [massive|enormous]",
        ),
        "meh": (
            "the fries were [limp|soggy] and [salty as hell|oversalted]",
            "the patty was [burnt to a crisp|charcoal]",
            "the bun was [dry as a cracker|stale]", "the sauce was [basically missing|a tiny dab]",
            "my order took [twenty minutes|forever]", "they [mixed up|messed up] my drink again",
            "the tables were [sticky|gross] and covered in crumbs",
            "[one register open|one cashier] and a [huge|massive] line",
            "the [coke|soda] was [flat|totally flat]",
            "they [added|put] onions even though I asked for none",
            "the chicken was [rubbery|like chewing gum]", "the delivery [showed up|arrived] cold",
        ),
        "promo": (
            "[second burger for 1 ruble|2nd burger for a ruble]",
            "combo of the day for [299|349] ₽", "a [free|bonus] shake with any combo",
            "[double|2x] points in the app", "[20% off|a 20% discount] with a student card",
        ),
        "spot": (
            "on [Leninsky|Profsoyuznaya]", "in the mall by the [metro|bus station]",
            "at the [Mega|Aura] food court", "near the [uni|dorms]",
            "[at the gas station|by the petrol station] on the way out of town",
            "on [Sadovaya|Gorokhovaya]", "[in my area|near my place|round the corner]",
        ),
        "guard_venue": (
            "on Pushkinskaya [by the fountain|near the fountain]",
            "in the Kontinent mall, [second|2nd] floor",
            "on Komsomolsky [near the metro|by the metro exit]",
        ),
        "found_item": (
            "a metal staple [in the patty|right in the patty]",
            "a long hair [baked into the bun|in the bun]",
            "a [shard|sliver] of glass in the sauce",
            "a live cockroach in the [fries box|fry box]",
        ),
        "found_short": ("staple", "hair", "glass", "cockroach"),
        "ignored_issue": (
            "they won't refund an order that [never arrived|never showed up]",
            "points in the app [expire early|vanish before the date they promise]",
            "the app [charges twice|takes the payment twice] for a single order",
        ),
        "gaffe_topic": (
            "people who order a burger without the bun and then whine",
            "vegans who walk into a burger joint to pick a fight",
            "customers who leave nasty reviews just to get a discount",
        ),
        "fake_claim": (
            "they [change the fryer oil once a month|don't change the fryer oil for weeks]",
            "the chicken for the nuggets comes from a plant [shut down|closed] for violations",
            "one of their restaurants had E. coli and they [hushed it up|kept it quiet]",
        ),
    },
)

SOCHNY = BrandTexts(
    vocab=_SOCHNY_VOCAB,
    positive=Texts(
        ru=(
            "[Зашла|Заскочили] в {b} {spot} {when}: {good} {e_pos}",
            "{dish} в {b_pre} — это любовь. {good}, [беру уже третий раз за неделю|ни разу "
            "не разочаровали][ {e_pos}|]",
            "Кто бы что ни говорил, а {b} [по-прежнему|до сих пор] лучший фастфуд {city}. {good}[ "
            "{e_pos}|]",
            "Короче, {b} {spot}: {good}. [Рекомендую|Зачёт|Однозначно лайк] {e_pos}",
            "{who} говорит, что в {b_pre} {good}. Проверила {when} — правда {e_pos}",
            "[Обожаю|Люблю] {b_acc} за то, что {good}. И {dish} у них [топ|огонь][ {e_pos}|]",
            "После тренировки {dish} из {b_gen} — [лучшая награда|святое] {e_pos}",
            "Не ожидал, но {b} реально [порадовал|удивил]: {good}[ {e_pos}|]",
            "[Честно|Серьёзно], {dish} в {b_pre} вкуснее, чем в ресторане за 1500[ {e_pos}|]",
            "{b} {spot} стал [нашим местом|нашей традицией] по пятницам. {good} ❤️",
            "Взяли {dish} и {dish} в {b_pre} {when}, {good}. Сытые и довольные {e_pos}",
            "Пятничный [ритуал|вайб]: {dish} из {b_gen}, сериал, плед 🛋️{e_pos}",
            "{b} научился делать {dish} так, что [хочется вернуться|не оторваться]. {good}[ "
            "{e_pos}|]",
            "Доставка {b_gen} приехала за {n} минут, {good}. [Спасибо курьеру!|Лучшие!][ {e_pos}|]",
            "Я не фанат фастфуда, но {dish} в {b_pre} — это [прям да|прям вкусно] {e_pos}",
            "Мой [краш|фаворит] этого месяца — {dish} в {b_pre}. {good}[ {e_pos}|]",
            "Если вы {city} и голодные — идите в {b_acc} {spot}, не пожалеете[ {e_pos}|]",
            "{b} [спас|выручил] после ночной смены. {good}, кофе норм, я жив[ {e_pos}|]",
            "Давно так не [кайфовала|кайфовал] от бургера. Спасибо, {b} {e_pos}",
            "Ставлю {b_dat} 10 из 10 за {dish}. {good}[ {e_pos}|]",
            "Наконец-то в {b_pre} вернули {dish}! {lol} Я ждала этого [полгода|с осени][ {e_pos}|]",
            "{who} в восторге от {b_gen}, теперь только туда и просится {e_pos}",
            "В {b_pre} {spot} {good}, а персонал [вежливый|приятный]. Редкость сейчас[ {e_pos}|]",
            "Попробовал {dish} в {b_pre} по совету блогера из тиктока — и правда годно {lol}[ "
            "{e_pos}|]",
            "Ну вот за что я люблю {b_acc}: {good}, и цены ещё [человеческие|норм][ {e_pos}|]",
            "[Девочки|Ребят], {dish} в {b_pre} — маст-трай этой весны {e_pos}{e_pos}",
        ),
        en=(
            "Grabbed a {dish} at {b} {spot} [{when}|on my lunch break] and ok wow, {good} {e_pos}",
            "Unpopular opinion maybe but {b} is the best fast food {city}, {good}[ {e_pos}|]",
            "not gonna lie the {dish} at {b} [slaps|goes hard]. {good} {e_pos}",
            "{who} [dragged|talked] me into {b} and honestly? {good}. I get the hype now[ "
            "{e_pos}|]",
            "Big shoutout to whoever was on the grill at {b} {spot} [today|tonight]: {good}[ "
            "{e_pos}|]",
            "{b} delivery got here in {n} min flat and {good}. [Ten outta ten|10/10 no notes][ "
            "{e_pos}|]",
            "[Post-gym|Post-leg-day] {dish} from {b} just hits different {e_pos}",
            "Fine, {b}, you win. {good} and that {dish} is [elite|unreal][ {e_pos}|]",
            "First time at {b} {when}, [was skeptical|expected nothing]. {good}. Coming back[ "
            "{e_pos}|]",
            "My current comfort food is the {dish} from {b}, [no shame|zero regrets] {e_pos}",
            "Hot take: {b} does a better {dish} than half the sit-down places {city}[ {e_pos}|]",
            "Friday plan = {dish} from {b} + [bad reality TV|a horror movie]. {good} {e_pos}",
            "{b} hasn't missed once this month. {good} 🙌",
            "Can't stop thinking about that {dish} from {b} {when}. [Send help|Going back tmrw] "
            "{e_pos}",
        ),
        mixed=(
            "{b} {spot} — honestly the best {dish} {city}, {good} {e_pos}",
            "Взяла {dish} в {b_pre}, и it was so good, {good}[ {e_pos}|]",
            "Ok {b}, respect: {good}. Буду брать ещё {e_pos}",
            "Comfort food дня — {dish} из {b_gen}, {good} 🙌",
            "{b} never disappoints, {good}, рекомендую всем {city}[ {e_pos}|]",
            "Лучший late-night snack — {dish} из {b_gen} {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "До скольки работает {b} {spot}? [Кто знает|Подскажите]",
            "Взял в {b_pre} {dish} и {dish}, вышло рублей на {n}0",
            "{b} открыл новую точку {spot}, [пишут|говорят], что с окном для машин",
            "Сижу в {b_pre} {spot}, жду [подругу|брата|своих], [вайфай есть|розетки есть]",
            "А в {b_pre} {dish} ещё [продают|есть] или убрали из меню?",
            "{when} обедали в {b_pre}, потом пошли в кино",
            "Кто уже брал {dish} в {b_pre}? [Стоит своих денег|Есть смысл] или так себе?",
            "Сравнила: {dish} в {b_pre} и в кафе напротив стоят [почти одинаково|плюс-минус "
            "одинаково]",
            "{b} запустил {promo}, [до конца месяца вроде|только в приложении]",
            "В {b_pre} {spot} теперь киоски самообслуживания вместо [одной|двух] касс",
            "Заказала {b_acc} через приложение, [ждём|курьер уже едет] {e_meh}",
            "У {b_gen} новая упаковка, картонная, без пластика",
            "Отметка: {b}, {spot}. [Обед|Перекус] на бегу",
            "Говорят, {b} будет открываться {city}. Кто-нибудь слышал [дату|что-то]?",
            "В {b_pre} сегодня {promo}, если кому надо",
            "Сын выбрал {dish} в {b_pre}, я — салат. Сидим ждём заказ номер {n}",
            "{b} или шаурма у дома — [вот в чём вопрос|решаем всей компанией] {e_meh}",
            "В {b_pre} можно оплатить баллами целиком или только [половину|часть]?",
            "Стажировка в {b_pre}: кто работал, [как там|как график]?",
            "Обновили меню в {b_pre}: теперь есть {dish}, а сырные палочки [убрали|пропали]",
            "Проезжал мимо {b_gen} {spot}, там [ремонт|перестановка], вход сбоку",
            "Надо было быстро поесть между парами, взяла {dish} в {b_pre}",
            "У {b_gen} есть доставка {city} или только самовывоз?",
            "Кто знает калорийность? Хочу взять {dish} в {b_pre}, [на сайте не нашла|"
            "в приложении нет]",
            "{b}, {dish}, [среда|вторник], {when}. Просто фиксирую свой рацион {lol}",
            "Ставлю на обсуждение: в {b_pre} брать {dish} или {dish}?",
        ),
        en=(
            "What time does {b} {spot} close on [Sundays|weekdays]? their site says two "
            "different things",
            "Is the {promo} at {b} [still on|still a thing] or did it end?",
            "Apparently {b} is opening [another|a new] place {spot}, saw the signs going up",
            "Grabbing a {dish} from {b} before my [train|flight], wish me luck with the line",
            "Does {b} deliver {city} or is it [pickup only|only via Yandex Eats]?",
            "{b} {spot} swapped the cashiers for [touchscreen kiosks|self-order screens]",
            "Has anyone tried the new {dish} at {b}? [worth the calories?|worth it?]",
            "Order number {n} on the screen at {b}, [mine is next|I'm two behind] {e_meh}",
            "Lunch at {b} {when}, [then straight back to spreadsheets|back to the grind after]",
            "{b} or the shawarma guy next door, [group chat is split|we can't decide]",
            "Did {b} [switch to|move to] paper packaging? everything's cardboard now",
            "Stopped at {b} {spot} [on the way home|between errands], nothing to report",
            "Can you pay for a whole order in {b} app points or only [half|part of it]?",
            "{who} is looking for a [part-time job|student job] {city}, is {b} hiring?",
        ),
        mixed=(
            "Кто знает, {b} {spot} open until midnight?",
            "Lunch break в {b_pre}, {dish} и кофе, nothing special",
            "В {b_pre} в меню теперь {dish}, anyone tried it already?",
            "{b} запустил {promo} — is it only in the app?",
            "Waiting for заказ из {b_gen}, номер {n} {e_meh}",
            "{b} или доставка суши? Can't decide {e_meh}",
        ),
    ),
    negative=Texts(
        ru=(
            "{b} {spot} [совсем скатился|сдал]: {meh}, {meh} {e_neg}",
            "Больше ни ногой в {b_acc}. {when} {meh}, а на замечание только [закатили глаза|"
            "пожали плечами][ {e_neg}|]",
            "Заказ из {b_gen} ехал полтора часа. {meh}. Спасибо, поужинали {e_neg}",
            "{dish} в {b_pre} за такие деньги — издевательство. {meh}[ {e_neg}|]",
            "Раньше {b} был [норм|вполне], а сейчас {meh}. {sigh}[ {e_neg}|]",
            "Кто вообще контролирует качество в {b_pre}? {meh}, и это не первый раз[ {e_neg}|]",
            "[Муж|Сын] отравился после {b_gen}, [всю ночь|полночи] плохо было. Больше не берём[ "
            "{e_neg}|]",
            "В {b_pre} {spot} {meh}. Менеджер сказал «ну бывает». Бывает, ага {e_neg}",
            "Ценник в {b_pre} растёт, а {dish} всё меньше и [грустнее|суше][ {e_neg}|]",
            "[Ну и дичь|Какой позор]: {b}, обед, {meh}, кассир [в телефоне|болтает][ {e_neg}|]",
            "Пишу, чтобы вы не повторили моих ошибок: {dish} в {b_pre} {spot} не берите[ {e_neg}|]",
            "{b}, вы серьёзно? {meh}, {meh}. {e_neg}{e_neg}",
            "Ждали {n} минут свой заказ в {b_pre}, а получили чужой. Бесит[ {e_neg}|]",
            "Приложение {b_gen} опять [висит|выкидывает] на оплате, заказ не оформить {e_neg}",
            "Сочный? Пересушенный! Взяли {dish} в {b_pre} {when} — [как подошва|несъедобно][ "
            "{e_neg}|]",
            "Как можно было так испортить {dish}? {b}, верните [старый рецепт|повара][ {e_neg}|]",
            "Разочарование недели — {b} {spot}. {meh}[ {e_neg}|]",
            "{when} [зашли|зарулили] в {b_acc} {city}: {meh}. Не рекомендую[ {e_neg}|]",
            "У {b_gen} в доставке вечно чего-то не хватает, сегодня [соуса|картошки] {e_neg}",
            "Кто придумал ставить в {b_pre} одну кассу на весь обед? Очередь до входа[ {e_neg}|]",
            "[Дорого|Невкусно] и грязно. {b} {spot}, {meh} 👎",
            "Дети хотели в {b_acc}, пошли. {meh}. Лучше бы дома макароны сварила[ {e_neg}|]",
            "{b}, зачем вы убрали {dish}?? Новый вариант [пресный|вообще не то][ {e_neg}|]",
            "В туалете {b_gen} {spot} [нет бумаги|лужа] третий день, {sigh}[ {e_neg}|]",
            "Не знаю, что у вас случилось, {b}, но {meh}. Было лучше[ {e_neg}|]",
            "Ночью в {b_pre} не обслужили — «кухня закрыта», хотя на двери до 2:00 {e_neg}",
            "Самое [грустное|отвратное], что я ела в жизни, — {dish} в {b_pre} {city}[ {e_neg}|]",
            "Не рекомендую {b} {spot}: персонал хамит, {meh}[ {e_neg}|]",
            "Сама не верю, что пишу это, но {b} [испортился|всё]. {meh}, {meh}[ {e_neg}|]",
            "Очередной минус {b_dat}: заказ отменили через {n} минут без объяснений[ {e_neg}|]",
        ),
        en=(
            "{b} {spot} has [really gone downhill|fallen off hard], {meh} {e_neg}",
            "Not going back to {b}. {meh}, and the guy at the counter just [shrugged|laughed][ "
            "{e_neg}|]",
            "Stood there {n} minutes at {b} [for this|and for what]: {meh}[ {e_neg}|]",
            "Why does the {dish} at {b} look so [depressing|sad] these days? {meh}[ {e_neg}|]",
            "{b} delivery took [almost two hours|an hour and 40 min] and {meh} {e_neg}",
            "{who} was [sick all night|up all night sick] after {b} {when}. We're done[ {e_neg}|]",
            "{b} put prices up [again|for the third time this year] and {meh}[ {e_neg}|]",
            "The {b} app [crashed|froze] at checkout [three times|twice], gave up and made toast[ "
            "{e_neg}|]",
            "600 rubles for a {dish} at {b} and {meh}. [Nope|Hard pass][ {e_neg}|]",
            "How do you [ruin|mess up] a {dish}? Ask {b}: {meh}[ {e_neg}|]",
            "Worst fast food [meal|night] in ages: {b} {city}, {meh}[ {e_neg}|]",
            "{b} [was|used to be] my favourite, but lately {meh} {sigh}[ {e_neg}|]",
            "Got a stranger's order at {b} {when}. [And|Plus] {meh}[ {e_neg}|]",
            "{b} {spot} shut the kitchen an hour early, door still says [open till 2|24h][ "
            "{e_neg}|]",
            "Dear {b}: {meh}. Also {meh}. [Please sort it out|Do better][ {e_neg}|]",
            "{b} is [way overpriced|a rip-off] now and {meh} 👎",
        ),
        mixed=(
            "{b} {spot} — seriously? {meh}, {e_neg}",
            "Заказала {dish} в {b_pre}, and it was a disaster: {meh}[ {e_neg}|]",
            "Never again, {b}. {meh}, и никто не извинился[ {e_neg}|]",
            "{b} used to be good, но сейчас {meh} {sigh}[ {e_neg}|]",
            "Worst {dish} ever, {b}. {meh} 👎",
            "Delivery из {b_gen} took forever, {meh} {e_neg}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, {dish} можно заказать без [лука|соуса]?",
            "{h} а {promo} действует в доставке или только в зале?",
            "{h} подскажите, ресторан {spot} работает в праздники?",
            "{h} добрый день! Есть ли у вас меню без глютена?",
            "{h} как привязать карту лояльности к новому номеру?",
            "{h} вы берёте на работу с 16 лет? {who} интересуется",
            "{h} а когда снова будет {dish}? Очень ждём {e_pos}",
            "{h} можно ли заказать у вас на детский праздник человек на {n}?",
            "{h} привет! Баллы за заказ через агрегатор начисляются?",
            "{h} где посмотреть состав и КБЖУ? Хочу взять {dish}, а на сайте не нашла",
            "{h} открываетесь ли вы {city}? Ждём",
            "{h} здравствуйте, как оставить отзыв о сотруднике? Хочу похвалить",
        ),
        en=(
            "{h} hi! can I get the {dish} [without onions|with no onion]? the app won't let me",
            "{h} does the {promo} [work|apply] on delivery orders too?",
            "{h} any [gluten-free|GF] options at all? asking for a coeliac friend",
            "{h} is the place {spot} open on [May 9|New Year's Day]?",
            "{h} [when's|is] the {dish} coming back? pls say soon",
            "{h} do Yandex Eats orders earn [loyalty points|points] with you?",
        ),
        mixed=(
            "{h} hi! {promo} работает в приложении?",
            "{h} подскажите, do you deliver {city}?",
            "{h} есть vegan options, кроме фалафель-бургера?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} заказ [отменили|не привезли], а деньги так и не вернулись. Что делать?[ {e_neg}|]",
            "{h} {when} в ресторане {spot} {meh}. Жду объяснений[ {e_neg}|]",
            "{h} ваш курьер [швырнул пакет у двери|позвонил и уехал], {meh} {e_neg}",
            "{h} третий раз подряд кладут не тот соус. Вы читаете комментарии к заказу?[ {e_neg}|]",
            "{h} почему в приложении списалось дважды? Заказ один, номер в личке[ {e_neg}|]",
            "{h} сегодня в заказе {dish}, всё холодное и [мятое|развалилось]. Верните деньги, "
            "пожалуйста[ {e_neg}|]",
            "{h} у вас на кассе {spot} нахамили [мне|ребёнку]. Это нормально вообще?[ {e_neg}|]",
            "{h} баллы за прошлую неделю не начислились, чек сохранил[ {e_neg}|]",
            "{h} промокод из рассылки [не срабатывает|пишет «недействителен»] {e_meh}",
            "{h} ждали заказ {n} минут в зале, в итоге {meh}. Очень недовольны[ {e_neg}|]",
            "{h} в доставке не положили [напиток|половину заказа]. Куда писать?[ {e_neg}|]",
            "{h} я вас любила, но {meh}. Исправьтесь, пожалуйста[ {e_neg}|]",
            "{h} кто у вас отвечает за чистоту {spot}? Столы липкие, пол грязный[ {e_neg}|]",
            "{h} поддержка в чате молчит [уже два часа|с утра]. Может, тут ответите?[ {e_neg}|]",
            "{h} а почему в меню одна цена, а на кассе другая? Пробили на {n} рублей больше[ "
            "{e_neg}|]",
            "{h} нашли в картошке что-то странное, фото приложила. Что это?[ {e_neg}|]",
            "{h} курьер опоздал на час, а в приложении статус «доставлен» {e_neg}",
            "{h} ресторан {spot} закрылся раньше времени, мы [приехали|пришли] зря[ {e_neg}|]",
            "{h} добрый день, у меня аллергия, просила без кунжута — булка с кунжутом[ {e_neg}|]",
            "{h} заказ на день рождения сына сорвали, {meh}. Очень обидно[ {e_neg}|]",
            "{h} оплатила картой, на кассе сказали, что оплаты нет, пришлось платить ещё раз[ "
            "{e_neg}|]",
            "{h} у вас в приложении не работает [оплата СБП|вход по номеру] с утра[ {e_neg}|]",
            "{h} ребята, {meh}, и это уже [второй|пятый] раз за месяц[ {e_neg}|]",
            "{h} сотрудник {spot} в грязных перчатках собирал бургеры. Фото есть[ {e_neg}|]",
            "{h} {dish} в доставке — половина от того, что на картинке, {sigh}[ {e_neg}|]",
            "{h} где мой возврат? Обещали 3 дня, прошло {n}[ {e_neg}|]",
        ),
        en=(
            "{h} order got cancelled [on your end|by the restaurant] and the refund never came[ "
            "{e_neg}|]",
            "{h} your courier [dumped|left] my bag on the stairs and {meh}[ {e_neg}|]",
            "{h} the app [charged|billed] me twice for one order, can you fix that[ {e_neg}|]",
            "{h} {meh} at your place {spot} {when}. [Not ok|Really not ok][ {e_neg}|]",
            "{h} asked for no sesame ([allergy|I'm allergic]), got a sesame bun anyway[ {e_neg}|]",
            "{h} my points from [last week|the last three orders] never showed up[ {e_neg}|]",
            "{h} the promo code from your newsletter [says invalid|doesn't work] {e_meh}",
            "{h} {n} minutes of waiting and {meh}. I want my money back[ {e_neg}|]",
            "{h} half my delivery [missing|didn't come], who do I even contact[ {e_neg}|]",
            "{h} the staff {spot} were [really rude|so rude] to my [kid|son][ {e_neg}|]",
            "{h} app says delivered, [doorbell never rang|nothing at my door] {e_neg}",
            "{h} [overcharged|charged] {n} rubles more than the menu price at the register[ "
            "{e_neg}|]",
        ),
        mixed=(
            "{h} hi, заказ не привезли, and no refund yet {e_neg}",
            "{h} the app charged twice, номер заказа в личке[ {e_neg}|]",
            "{h} {meh}, seriously guys {e_neg}",
            "{h} where's my refund? Прошло уже {n} дней[ {e_neg}|]",
        ),
    ),
    comment=Texts(
        ru=(
            "А {promo} на доставку тоже [действует|распространяется] или только в зале?",
            "Когда уже к нам? Мы {city} [заждались|третий год ждём] {e_pos}",
            "Сырные палки верните, [умоляю|ну пожалуйста] 🙏",
            "Брали [вчера|в субботу], {good} {e_pos}",
            "Вы бы лучше цены [откатили|вернули] как в прошлом году, а не акции придумывали",
            "Ооо, [бегу пробовать|завтра же иду] {e_pos}",
            "{dish} — лучшее, что у вас есть, [не трогайте рецепт|только не меняйте ничего]",
            "А почему в приложении этой акции [нет|не видно]? {e_meh}",
            "А в регионах [такая акция будет|это тоже появится]? {e_meh}",
            "Отметила [мужа|подругу|сестру], идём в субботу",
            "Ну не знаю... в прошлый раз {meh}, так что я пас",
            "[Класс|Огонь], как раз собирались в пятницу {e_pos}",
        ),
        en=(
            "does the {promo} [work|count] on delivery?",
            "[bring back|pls return] the cheese sticks 🙏🙏",
            "had one {when}, {good} {e_pos}",
            "when are you [opening|coming] {city}??",
            "[maybe just|how about you] lower prices instead {e_meh}",
        ),
    ),
    reply=Texts(
        ru=(
            "+1, у нас {spot} [ровно то же самое|та же история]",
            "Ты через приложение брал? Там [вечно косячат|постоянно путают] с заказами",
            "Согласна, {dish} у них [единственное, что стабильно|прям лучшее в меню]",
            "Хм, а мне [в тот же день|на прошлой неделе] норм попалось {e_meh}",
            "У меня {who} там работает, говорит, [поваров не хватает|смены по 12 часов]",
            "Вот поэтому я беру только в зале, в доставку [не рискую|больше ни ногой]",
            "{b} {spot}, кстати, [самый приличный в городе|лучший из всех], там [всегда "
            "чисто|повара не халтурят]",
            "[Жиза|Ну классика] {lol}",
            "Возьми {dish} в следующий раз, [не прогадаешь|спасибо потом скажешь]",
            "Фоточку [покажешь|скинешь]? {e_meh}",
            "Мы тоже в {b_pre} были [вчера|на днях], [нормально|так себе]",
            "Напиши им в поддержку, мне [за день|за сутки] вернули",
            "Да ладно, там же всегда было [прилично|вкусно], может смена такая",
            "Ну ты [даёшь|герой], в {b_acc} в три ночи идти {lol}",
        ),
        en=(
            "[same thing|exact same thing] happened to me {spot}",
            "did you order [in|through] the app? it messes up orders all the time",
            "agreed, the {dish} is [the only|the best] thing worth getting there",
            "huh, mine was [fine|totally fine] {e_meh}",
            "get the {dish} next time, [trust me|thank me later]",
            "{b} [rarely lets me down|is my go-to] tbh {lol}",
            "message their support, [they refunded me|I got my money back] in a day",
        ),
        mixed=(
            "Same, у нас {spot} тоже так",
            "Try the {dish}, реально вкусно",
            "{b} ночью — [лучшее|сплошной кайф], trust me {lol}",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Очень жаль, что так вышло 😔 Напишите, пожалуйста, номер заказа в "
            "личные сообщения — разберёмся [сегодня же|в течение дня].",
            "Добрый день! Спасибо, что рассказали. Передали управляющему ресторана, "
            "[ответим вам в личке|он свяжется с вами до вечера].",
            "Привет! Извините за такой заказ. Пришлите фото чека в ЛС — оформим возврат или "
            "привезём заказ заново, как вам удобнее.",
            "Здравствуйте! Это точно не тот бургер, который мы хотим вам отдавать. Напишите нам в "
            "директ, [всё проверим|посмотрим записи смены].",
            "Добрый день! Подскажите, пожалуйста, адрес ресторана и примерное время визита — "
            "проверим смену.",
            "Здравствуйте! Хороший вопрос 🙂 [Да, так можно|Да, конечно] — подробно расписали "
            "вам в личных сообщениях.",
            "Привет! Спасибо, что вы с нами 🧡 Ответили вам в личку, загляните.",
            "Здравствуйте! Возврат по вашему заказу уже оформлен, деньги придут в течение 3 "
            "рабочих дней. Номер обращения — в ЛС.",
        ),
        en=(
            "Hi! Ugh, sorry about that 😔 Please DM us your order number and we'll sort it out "
            "today.",
            "Hello! Thanks for flagging this, the restaurant manager has already been told and "
            "will get back to you.",
            "Hi there! Sorry this happened. Send us the receipt in DM and we'll refund you or "
            "redo the order, your choice.",
            "Hello! Good question, we've sent you the details in DM 🙂",
            "Hi! Which location was it and roughly what time? We'll check the shift.",
        ),
    ),
    thanks=Texts(
        ru=(
            "О, вернули деньги, даже быстрее, чем обещали {e_pos}",
            "Ну ладно, принято, спасибо за оперативность",
            "Скинула номер заказа в личку, жду. Спасибо, что ответили",
            "Вопрос закрыт, ещё и промокод на шейк прислали, приятно {e_pos}",
            "Спасибо ребятам из поддержки, не ожидала, что кто-то вообще читает 🙏",
            "Получил ответ в ЛС, всё решили. Благодарю",
        ),
        en=(
            "Refund landed this morning, cheers {e_pos}",
            "Okay that was surprisingly fast, thank you guys",
            "DM sent with the order number, thanks for picking this up",
            "Sorted within the hour and they threw in a free shake. Fair play 🙏",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Написала вам в личку ещё в обед — до сих пор прочитано и молчок[ {e_neg}|]",
            "«Разберёмся» вы писали и в прошлый раз. Денег как не было, так и нет {e_neg}",
            "Уже {n} дней жду возврат, а в чате только «передали ответственным»[ {e_neg}|]",
            "Управляющий так и не перезвонил. Вот и вся забота о гостях[ {e_neg}|]",
            "Скинул чек, получил в ответ шаблон про «стандарты качества». Спасибо, помогли[ "
            "{e_neg}|]",
            "Третий раз пишу одно и то же, вы три раза отвечаете одно и то же[ {e_neg}|]",
            "В личке просят фото, которое я уже прикладывала к посту. Серьёзно?[ {e_neg}|]",
        ),
        en=(
            "DM'd you at lunch, it's now evening and nothing. Read, no reply[ {e_neg}|]",
            "Day {n} of waiting for that refund you 'processed'[ {e_neg}|]",
            "A copy-paste reply about quality standards doesn't fix my missing order[ {e_neg}|]",
            "This is my third message, same canned answer every time {e_neg}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Хожу в этот ресторан {spot} уже пару лет. {good}, {good}. Персонал меняется, "
            "но уровень держат. 5 звёзд[ {e_pos}|]",
            "Заказывали на всю семью, {dish} и {dish}. {good}. Дети довольны, мы тоже[ {e_pos}|]",
            "Отличное место для быстрого перекуса. {good}. Цены адекватные[ {e_pos}|]",
            "Не ожидала многого от фастфуда, но {good}. Обязательно вернусь[ {e_pos}|]",
            "Быстро, вкусно, чисто. {dish} — рекомендую! {e_pos}",
            "Праздновали тут день рождения сына, всё организовали, {good}. Спасибо![ {e_pos}|]",
            "Брала доставку, привезли за {n} минут, {good}. Курьер вежливый[ {e_pos}|]",
            "Лучшее в городе — {dish}, без преувеличения. {good}[ {e_pos}|]",
            "Зашли после кино {spot}. {good}, {good}. Однозначно пять[ {e_pos}|]",
            "Хороший фастфуд, честно. Из минусов разве что очередь в обед, но {good}[ {e_pos}|]",
            "Вкусно и сытно. {good}. Персонал приветливый[ {e_pos}|]",
            "Работаю рядом, обедаю тут часто. {good}, ни разу не отравилась {lol}[ {e_pos}|]",
        ),
        en=(
            "Been coming here [since uni|for years]. {good}, and {good}. Five stars[ {e_pos}|]",
            "[Solid|Reliable] fast food. {good}, and the {dish} is [great|spot on][ {e_pos}|]",
            "Quick, clean, tasty. {good}. [Recommend|Would recommend][ {e_pos}|]",
            "Delivery took {n} minutes and {good}. [No complaints|Happy][ {e_pos}|]",
            "[Great|Handy] spot for a quick bite {spot}. {good} {e_pos}",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Ужасное обслуживание. {meh}, {meh}. На просьбу переделать ответили, что «так и "
            "должно быть». Одна звезда и то много[ {e_neg}|]",
            "Была в ресторане {spot} {when}. {meh}. Администратор не вышел, жалобную книгу "
            "не дали[ {e_neg}|]",
            "Заказывали доставку: {meh}. Деньги возвращать отказались[ {e_neg}|]",
            "Раньше ставила пять, теперь единицу. {meh}, порции уменьшились, цены выросли[ "
            "{e_neg}|]",
            "Взяли всей семьёй {dish} и {dish}, ночью всем было плохо. Больше никогда[ {e_neg}|]",
            "Грязно, шумно, долго. {meh}. Не советую[ {e_neg}|]",
            "Ждали заказ {n} минут, хотя в зале почти никого. {meh}[ {e_neg}|]",
            "{dish} — позорище. {meh}. За 500 рублей можно поесть нормально в другом месте[ "
            "{e_neg}|]",
            "Хамоватый персонал, {meh}. Видно, что всем всё равно[ {e_neg}|]",
            "Приложение списало деньги дважды, в поддержке отвечают ботом. {meh} к тому же[ "
            "{e_neg}|]",
            "Кухня явно не справляется: {meh}, {meh}. Управляющий разводит руками[ {e_neg}|]",
            "Мой ребёнок нашёл в бургере [кусок плёнки|нитку]. Извинились и всё[ {e_neg}|]",
            "Сначала перепутали заказ, потом {meh}. Испорченный вечер[ {e_neg}|]",
            "Туалет закрыт, столы грязные, {meh}. Минус звезда за каждое[ {e_neg}|]",
            "Доставка: всё холодное, соус протёк, {meh}. Курьер нагрубил[ {e_neg}|]",
            "Не понимаю высоких оценок. {meh}, обычный пережаренный фастфуд[ {e_neg}|]",
            "Пришли за 20 минут до закрытия, отказались обслуживать. {meh} к тому же[ {e_neg}|]",
            "Пишу отзыв впервые, но тут не могу промолчать: {meh}, и никто не извинился[ {e_neg}|]",
        ),
        en=(
            "[Terrible|Awful] service. {meh}, and {meh}. The manager [didn't care|never came "
            "out][ {e_neg}|]",
            "Ordered delivery: {meh}. They [refused|wouldn't give] a refund[ {e_neg}|]",
            "I [used to love|loved] this place, but {meh}. Smaller portions, bigger prices[ "
            "{e_neg}|]",
            "Almost empty restaurant and still {n} minutes [for a burger|for two burgers]. {meh}[ "
            "{e_neg}|]",
            "[Sticky|Dirty] tables, rude staff, {meh}. One star[ {e_neg}|]",
            "[Food poisoning|Got sick] after the {dish}. [Never again|Not coming back][ {e_neg}|]",
            "App charged me twice, support is a bot. [Oh and|Plus] {meh}[ {e_neg}|]",
            "No idea why this place [has|gets] such good ratings. {meh}[ {e_neg}|]",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Спасибо, что написали, и простите за такой визит. Управляющий уже "
            "в курсе, со сменой поговорили.",
            "Добрый день! Очень жаль, что так получилось. Позвоните, пожалуйста, на горячую "
            "линию — компенсируем заказ.",
            "Здравствуйте. Спасибо за отзыв. Проверим, как в этом ресторане соблюдают стандарты.",
            "Добрый день! Приносим извинения. Отзыв передан в отдел качества, с вами свяжутся по "
            "номеру из заказа.",
        ),
        en=(
            "Hello, we appreciate the feedback and apologise for your visit. The restaurant "
            "manager "
            "has been informed.",
            "Hi, we're sorry to read this. Please call our hotline and we'll make it right.",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за такие тёплые слова! Обязательно передадим смене на кассе 🧡",
            "Ух, как приятно читать! Заглядывайте ещё, гриль всегда горячий 🍔",
            "Благодарим, что нашли время написать! Ждём вас и ваших друзей снова.",
        ),
        en=(
            "Aw, thanks for this! We'll show it to the crew on shift 🧡",
            "So glad you enjoyed it, the grill's always on for you 🍔",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. Мы проверили записи с камер: заказ был выдан через 7 минут после "
            "оплаты, блюда соответствовали стандарту. Если у вас есть фото, пришлите их нам.",
            "Добрый день. По данным кассы, такого заказа в указанное время в ресторане не было. "
            "Просим уточнить дату и адрес.",
            "Здравствуйте. Температура блюд у нас контролируется при выдаче, отклонений в тот "
            "день не зафиксировано. Готовы обсудить на горячей линии.",
        ),
        en=(
            "Hello. We reviewed the camera footage: the order was served 7 minutes after "
            "payment and met our standards. Please send us photos if you have any.",
        ),
    ),
    official_post=Texts(
        ru=(
            "{promo} — только до воскресенья во всех ресторанах! 🍔",
            "Новинка: {dish}. Уже в меню {b_gen} — пробуйте и делитесь впечатлениями!",
            "Мы открылись {spot}! Первым гостям — {promo} 🎉",
            "Пятница — значит, {promo}! Ловите в приложении и на кассах",
            "Кто с нами на завтрак? Теперь с 8 утра в ресторанах у метро ☕",
            "Скачайте приложение и получите {promo} на первый заказ 📲",
            "Ищем в команду поваров и кассиров {city}. Гибкий график, бесплатное питание, "
            "оформление с первого дня.",
            "Вопрос дня: {dish} или {dish}? Пишите в комментариях 👇",
            "Внимание: завтра с 10 до 14 в ресторане {spot} будут проводиться технические работы, "
            "приносим извинения.",
            "Этим летом в {b_pre} — {promo}. Подробности в приложении.",
            "Спасибо, что вы с нами! Сегодня {b_dat} исполняется 9 лет 🧡",
            "Делимся секретом: котлеты для {b_gen} жарим на открытом гриле прямо при вас 🔥",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Утро начал с объезда наших ресторанов {city}. Команда на месте, гриль горячий. "
            "Хорошего дня всем!",
            "Прочитал на выходных «Сначала скажите „нет“». Рекомендую всем, кто управляет "
            "людьми.",
            "Сегодня встречались с фермерами из Брянской области — говорили о мраморной "
            "говядине. Будет интересно.",
            "Пробежал 21 км. Не рекорд, но в 44 года приятно.",
            "Горжусь нашими ребятами: за месяц 5 директоров ресторанов выросли из кассиров.",
            "Спросил дочку, что ей нравится в {b_pre}. Ответ: «игрушки». Работаем над "
            "бургерами 😄",
            "Отвечаю на частый вопрос: нет, франшизу пока не продаём. Растём сами.",
            "Был на кухне ресторана {spot}. Смена отработала чисто, спасибо Ольге и команде.",
            "Летим на выставку в Дубай. Посмотрим, чем живёт фастфуд в мире.",
            "Из неприятного: в этом году мясо подорожало на 18%. Держим цены как можем.",
            "Друзья, завтра в 12 эфир в ВК — отвечу на вопросы про вакансии и открытия.",
            "Сын впервые сам пожарил котлету. Рад, преемник растёт 😄",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Сделала слепой тест пяти бургерных {city}. Победил {b} — {good}. Полный обзор "
            "уже на канале![ {e_pos}|]",
            "Не реклама (честно!): {dish} из {b_gen} — мой guilty pleasure этой недели {e_pos}",
            "Провёл день, работая в {b_pre} на кухне. Ребята, это адский труд, уважение. "
            "Видео по ссылке в профиле[ {e_pos}|]",
            "Топ-3 фастфуда для дороги: {b} на первом месте, потому что {good}[ {e_pos}|]",
            "Обзор новинки {b_gen}: {dish}. Вердикт — беру ещё. {good}[ {e_pos}|]",
        ),
        en=(
            "Ranked every burger chain I ate at in Russia [this trip|this year]. {b} came out on "
            "top: "
            "{good}[ {e_pos}|]",
            "Not sponsored: the {dish} at {b} is my [guilty pleasure|weakness] this week {e_pos}",
            "My full review of the new {dish} from {b} is up. [Spoiler|TL;DR]: {good}[ {e_pos}|]",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Обещала вам честный обзор {b_gen}. Так вот: {meh}, {meh}. Не понимаю хайпа[ {e_neg}|]",
            "Заказал {dish} в {b_pre} для стрима. {meh}. Разочарование года[ {e_neg}|]",
            "{b}, что случилось? Подписчики пишут, что {meh}, и я проверила — правда[ {e_neg}|]",
            "Тест доставок: {b} на последнем месте, {meh}. Видео уже на канале[ {e_neg}|]",
        ),
        en=(
            "Promised you an honest {b} review, so: {meh}. [Not worth the hype|Overhyped][ "
            "{e_neg}|]",
            "Delivery showdown [part 3|ep. 3]: {b} came last, {meh}. Full video on the channel[ "
            "{e_neg}|]",
            "You kept telling me {b} went downhill. Checked it myself: {meh}[ {e_neg}|]",
        ),
    ),
    decoy=Texts(
        ru=(
            "Приготовила дома сочный бургер: фарш [80 на 20|из говядины с салом], булочки "
            "бриошь, чеддер. Муж доволен {e_pos}",
            "Секрет, как сделать сочный бургер: не мните котлету и солите только перед жаркой[ "
            "{e_pos}|]",
            "В крафтовом баре на [Рубинштейна|Покровке] самый сочный бургер, который я ела[ "
            "{e_pos}|]",
            "Рецепт: сочный бургер на гриле за 20 минут. Сохраняйте, чтобы не потерять 📌",
            "Муж на даче пожарил сочный бургер с дымком. Лучший ужин лета {e_pos}",
            "Хочется сочный бургер, а у меня по плану грудка с брокколи {sigh}",
            "Какой сыр класть в сочный бургер — чеддер или гауду? Спорим с мужем[ {e_pos}|]",
            "Всю ночь снился сочный бургер {lol}[ {e_pos}|]",
            "Лайфхак: в фарш для сочного бургера добавьте тёртое замороженное масло[ {e_pos}|]",
            "Папа делает самый сочный бургер на свете, без всяких ресторанов[ {e_pos}|]",
            "Нарисовала сочный бургер для стикерпака, как вам? 🍔",
            "Фуд-фотограф на съёмке: «Больше блеска, это же сочный бургер, а не подошва!» {lol}",
            "В гастробаре у озера подают сочный бургер с мраморной говядиной, рекомендую[ "
            "{e_pos}|]",
            "Лучший сочный бургер в моей жизни был в маленькой закусочной в Тбилиси[ {e_pos}|]",
        ),
        en=(
            "Russian word of the day: сочный (sochny) = juicy. So a sochny burger is exactly "
            "what I want right now 🍔",
            "My Russian mother-in-law calls every burger I grill a «сочный бургер» {lol}[ "
            "{e_pos}|]",
            "Duolingo taught me «сочный бургер» before «where is the train station». "
            "Priorities[ {e_pos}|]",
            "Made a proper sochny burger at home, as my Russian roommate calls it {e_pos}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Заказал в аэропорту «сочный бургер» за 900 рублей — сухой, как картон {e_neg}",
            "Пыталась повторить сочный бургер из рецепта, получилась подошва {sigh}[ {e_neg}|]",
            "В меню бара гордо написано «сочный бургер», по факту котлета из морозилки[ {e_neg}|]",
            "Диетолог запретила даже думать про сочный бургер до лета 😭",
            "Реклама обещает сочный бургер, а в коробке мятая булка и лист салата {e_neg}",
        ),
        en=(
            "Airport «сочный бургер» for 900 rubles, dry as cardboard. Juicy my foot[ {e_neg}|]",
            "Tried to make a sochny burger like my Russian friend does, got a hockey puck "
            "instead {sigh}[ {e_neg}|]",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Полюшко»
_POLYUSHKO_VOCAB = Vocab(
    ru={
        "dish_home": (
            "гречку по-купечески [со свининой|с курицей]",
            "гречку с [зажаркой из лука|луком и морковкой]", "перловку с тушёнкой [по-армейски|]",
            "пшёнку на молоке [с тыквой|с изюмом]", "овсянку [с бананом|с яблоком и корицей]",
            "булгур [с овощами|с томатами и фетой]", "рисовую кашу [для малого|для мелкой]",
            "суп [с гречкой и фрикадельками|гречневый на курином бульоне]",
            "кукурузную кашу [с сыром|с маслом]",
        ),
        "grain": (
            "ядрица [первого сорта|высшего сорта]", "гречка [в пакетиках|в варочных пакетиках]",
            "пшено [шлифованное|жёлтое]", "овсянка [долгой варки|крупного помола]",
            "перловка [в пакетиках|]", "гречка [зелёная|зелёная, непропаренная]",
            "булгур [среднего помола|]", "рис [круглый|для плова]", "кукурузная [крупа|крупка]",
        ),
        "shop": (
            "в Магните [возле работы|у работы]", "в [Ленте|Ашане] за городом",
            "на [Озоне|ВБ] с доставкой в пункт выдачи",
            "в Перекрёстке [на углу|возле дома]", "в продуктовом у остановки",
            "через [Самокат|Купер]", "в [Пятёрке|Дикси] на первом этаже",
        ),
        "good": (
            "[крупинка к крупинке|зёрнышко к зёрнышку]",
            "разваривается ровно, [не в кашу|без клейстера]",
            "мусора [нет вообще|ноль], перебирать не надо",
            "пахнет как у бабушки [в деревне|на кухне]",
            "варится [минут пятнадцать|за четверть часа]", "пакетики [не рвутся|держат форму]",
            "вкус [насыщенный, ореховый|ореховый, яркий]",
            "цена [нормальная|честная] для такого качества",
        ),
        "meh": (
            "попадаются чёрные [зёрна|зёрнышки]", "в пачке [сор и шелуха|шелуха и мусор]",
            "[разварилась в клейстер|превратилась в клейстер]",
            "пакетики [лопаются|рвутся] [при варке|прямо в кастрюле]",
            "[горчит немного|горчит]", "пачка [опять подорожала|снова подорожала]",
            "на дне пачки [мука и пыль|пыль]", "зип-замок [порвался|отвалился] с первого раза",
            "зёрна [недочищенные|с кожурой]", "[сыроватая|твёрдая] даже после двадцати минут",
            "в пачке [явно меньше|меньше], чем написано", "запах [какой-то затхлый|сырости]",
        ),
        "found_item": (
            "[камушек|камешек] в гречке", "жучка в [пакете с крупой|пачке крупы]",
            "кусочек проволоки [в пачке|прямо в пачке]", "личинку моли [в овсянке|в овсяных]",
        ),
        "found_short": ("камень", "жучок", "проволока", "личинка"),
        "ignored_issue": (
            "промокод с упаковки [не принимается|не проходит] на сайте розыгрыша",
            "в пачках из новой партии недовес [граммов по сто|по сто граммов]",
            "обещанный приз за розыгрыш не присылают [уже месяц|больше месяца]",
        ),
        "gaffe_topic": (
            "хозяек, которые не могут сварить гречку и винят крупу",
            "пенсионеров, которые по полчаса выбирают пачку подешевле",
            "покупателей, которые пишут жалобы из-за пары чёрных зёрен",
        ),
        "fake_claim": (
            "в гречке нашли пестициды [в десять раз выше нормы|в десятки раз выше нормы]",
            "крупу фасуют из [списанных армейских запасов|списанного армейского резерва]",
            "завод закрывают, и через месяц [гречки не будет|гречка пропадёт с полок]",
        ),
    },
    en={
        "dish_home": (
            "buckwheat with [fried onions|caramelised onions]",
            "pearl barley with [stewed beef|tushonka]", "millet porridge [with pumpkin|w/ pumpkin]",
            "oatmeal [with banana|and banana]", "bulgur [with veggies|and roast veg]",
            "rice pudding for the [kids|little one]",
            "buckwheat soup [with meatballs|w/ meatballs]",
            "[polenta|corn porridge] with cheese",
        ),
        "grain": (
            "[buckwheat groats|kasha]", "[boil-in-bag|cook-in-bag] buckwheat",
            "[golden|polished] millet",
            "[rolled|old-fashioned] oats", "[pearl|pot] barley",
            "green (unroasted) buckwheat", "[medium|coarse] bulgur", "[round|short-grain] rice",
            "[corn grits|cornmeal]",
        ),
        "shop": (
            "at Magnit [near work|by my office]", "at [Lenta|Auchan]",
            "on [Ozon|Wildberries] for pickup",
            "at Perekrestok [downstairs|on the corner]",
            "at the [little shop by the bus stop|corner store downstairs]",
            "through [Samokat|Kuper]", "at [Pyaterochka|Dixy]",
        ),
        "good": (
            "[every grain stays separate|the grains stay separate]",
            "it cooks evenly and [doesn't go mushy|never turns to mush]",
            "there's [zero|no] debris, no sorting needed",
            "it smells like [my gran's dacha|the village in August]",
            "it's done in [fifteen|15] minutes", "the bags [never split|hold up]",
            "the flavour is [rich and nutty|nutty and deep]",
            "the price is [fair|honest] for the quality",
        ),
        "meh": (
            "there are [black|burnt-looking] grains in it", "the pack is full of [husks|bits]",
            "it [turned into glue|went gluey]", "the cooking bags [burst|split open]",
            "it tastes [a bit bitter|bitter]", "the price [went up again|crept up again]",
            "there's [dust|powder] at the bottom of the pack",
            "the zip [broke|tore] on the first use",
            "it's still [hard|crunchy] after twenty minutes",
            "the pack [feels lighter|weighs less] than it says",
            "it has a [musty|damp cellar] smell",
        ),
        "found_item": (
            "a [small|tiny] stone in the buckwheat", "a bug in the [grain bag|bag of grain]",
            "a piece of wire [in the pack|right in the pack]", "moth larvae in the [oats|oatmeal]",
        ),
        "found_short": ("stone", "bug", "wire", "larvae"),
        "ignored_issue": (
            "the promo code from the pack [doesn't work|gets rejected] on the giveaway site",
            "packs from the new batch are [about 100 grams short|100 g underweight]",
            "the prize from their giveaway [still hasn't arrived|never came] after a month",
        ),
        "gaffe_topic": (
            "people who can't cook buckwheat and blame the grain",
            "pensioners who spend half an hour hunting for the cheapest pack",
            "customers who complain about a couple of black grains",
        ),
        "fake_claim": (
            "their buckwheat has [ten times|10x] the legal level of pesticides",
            "they pack grain from [written-off army stock|old army reserves]",
            "the plant is shutting down and [the buckwheat will be gone|the shelves will be "
            "empty] in a month",
        ),
    },
)

POLYUSHKO = BrandTexts(
    vocab=_POLYUSHKO_VOCAB,
    positive=Texts(
        ru=(
            "Взяла {b} {shop}, {grain} — {good} {e_pos}",
            "Сварила {dish_home} из {b_gen}, {good}. Муж попросил добавки[ {e_pos}|]",
            "Перепробовала кучу круп, остановилась на {b_pre}: {good}[ {e_pos}|]",
            "{b} — единственная гречка, которую мама одобряет {lol}[ {e_pos}|]",
            "[Короче|В общем], {grain} от {b_gen} — топ. {good}[ {e_pos}|]",
            "Наконец нашла {b} {shop}! {grain} у них — {good}, беру сразу пять пачек[ {e_pos}|]",
            "Люблю {b} за то, что {good}. И упаковка симпатичная[ {e_pos}|]",
            "Утро с {b_ins}: сварила {dish_home}, {good} ☀️",
            "{who} в восторге от {b}, теперь только эту гречку и берём. {good}[ {e_pos}|]",
            "Честно, {grain} {b} лучше, чем на рынке на развес. {good}[ {e_pos}|]",
            "Каша из {b_gen} — как в детском саду, только вкуснее {e_pos}",
            "Простые радости: сварить {dish_home} из {b_gen} и налить горячего чаю {e_pos}",
            "Не реклама, просто нравится: {b}, {grain}, {good}[ {e_pos}|]",
            "Готовлю {dish_home} по выходным — только на {b_pre}. {good}[ {e_pos}|]",
            "Спасибо {b_dat}, что {good}. Редкость для крупы из супермаркета[ {e_pos}|]",
            "Мой ребёнок ест кашу только из {b_gen} {lol} {good}[ {e_pos}|]",
            "{b} снова выручает: {grain}, пятнадцать минут — и ужин готов {e_pos}",
            "Брала {b} на пробу, теперь постоянно. {grain} — {good}[ {e_pos}|]",
            "Студенческий лайфхак: {grain} {b} + яйцо = нормальный ужин за копейки {e_pos}",
            "Свекровь похвалила, как я готовлю {dish_home}. Секрет — крупа {b} {lol}[ {e_pos}|]",
            "Сделала запас {b_gen} на месяц, {good} {e_pos}",
            "Годнота: {grain} {b}, {good}. Рекомендую[ {e_pos}|]",
            "Перешла на {b} после того, как в другой марке нашла мусор. Тут {good}[ {e_pos}|]",
            "Очень [приятно|радует], что {b} держит качество: {good}[ {e_pos}|]",
        ),
        en=(
            "Picked up {b} {shop} on a whim: {grain}, and {good} {e_pos}",
            "Made {dish_home} with {b} [tonight|for dinner], {good}[ {e_pos}|]",
            "Went through [five|a bunch of] brands before landing on {b}. {good}[ {e_pos}|]",
            "{b} {grain} is [criminally|so] underrated, {good}[ {e_pos}|]",
            "[Sick day|Rainy day] food: {dish_home}, made with {b} {e_pos}",
            "No sponsorship here, [I just really rate|I genuinely like] {b}: {good}[ {e_pos}|]",
            "{who} [got me hooked on|introduced me to] {b}, now it's all we buy. {good}[ {e_pos}|]",
            "Broke-week dinner: {b} {grain} and a fried egg. {good}[ {e_pos}|]",
            "{b} is the only buckwheat my Russian in-laws [approve of|don't criticise] {lol}[ "
            "{e_pos}|]",
            "[Stocked up|Loaded up] on {b} {shop}, {good} {e_pos}",
            "{b} {grain} beats the [loose stuff|bulk bins] at the market, {good}[ {e_pos}|]",
            "[Slow Sunday|Lazy morning] breakfast: {dish_home} with {b} ☀️ {good}",
        ),
        mixed=(
            "{b} — honestly the best {grain}, {good} {e_pos}",
            "Сварила {dish_home} из {b_gen}, so good, {good}[ {e_pos}|]",
            "Comfort food дня: варю {dish_home}, крупа {b} {e_pos}",
            "Not sponsored, но {b} реально топ: {good}[ {e_pos}|]",
            "Взяла {b} {shop}, and {good}[ {e_pos}|]",
        ),
    ),
    neutral=Texts(
        ru=(
            "{shop} появилось {b}, раньше не видела. Есть {grain} и ещё что-то",
            "{b} или [«красная цена»|что подешевле с нижней полки] — есть [разница|смысл "
            "переплачивать]?",
            "Вопрос: {grain} {b} сколько варится? На пачке 20 минут, а у меня [дольше|быстрее]",
            "Кто знает, {b} — это [чьё|какой завод]? На пачке [только юрлицо|мелко и непонятно]",
            "Взяла на пробу {b} {shop}, [посмотрим|попробуем], что за зверь {e_meh}",
            "Гречка {b} подорожала на {n} рублей {shop}, заметили?",
            "Варю {dish_home}, крупа {b}. Что добавить, кроме лука?",
            "А {grain} у {b_gen} в пакетиках или только в пачке?",
            "Есть у {b_gen} что-то без глютена? [Племяннице|Ребёнку] врач [запретил|велел "
            "исключить]",
            "Закинуть в корзину: [кефир|ряженку], {b}, [бананы|яблоки] и корм коту",
            "{b} сменило упаковку, теперь она [зелёная|с окошком]",
            "Где сейчас брать {b}? {shop} пропала с полок",
            "На пачке {b_gen} «без ГМО» — [а бывает ГМО-гречка?|это маркетинг или что?] {e_meh}",
            "Сравнила состав {b_gen} и другой марки — одинаковый, цена разная {e_meh}",
            "На Озоне {b} [блоком по 10|по 10 пачек] [дешевле|выгоднее] — кто брал, не мятые "
            "приходят?",
            "[Спор на кухне|Семейный спор]: гречку {b} варить или запаривать [в термосе|на ночь]?",
            "Сегодня на ужин варю {dish_home} из {b_gen}, [ничего особенного|классика]",
            "В субботу на [ярмарке у ДК|фермерском рынке] стенд {b_gen}, [обещают "
            "дегустацию|вроде с кашей]",
            "Наткнулась на рецепты на сайте {b_gen}, [кто готовил|кто пробовал] оттуда "
            "{dish_home}?",
            "{who} говорит, что {b} делают где-то под Брянском, там же и гречку растят",
            "Пачка {b_gen} [800 г или 900|теперь 800?] — в [рецепте|таблице калорий] путаюсь "
            "{e_meh}",
            "{shop} акция на {b}, {grain} за полцены, взяла две",
            "Есть ли у {b_gen} крупа для мультиварки? [Или любая подойдёт|Кто в курсе]",
            "{grain} {b}: годен [год|12 месяцев], а у меня [с прошлой зимы|с позапрошлой весны] "
            "стоит — норм?",
        ),
        en=(
            "Where is {b} buckwheat actually [grown|from]? The pack just says Russia",
            "{b} {grain}: pack says 20 min, mine takes [30|25]. Am I doing it wrong?",
            "First time seeing {b} {shop}, [grabbed one to try|put one in the basket]",
            "{b} vs the supermarket own brand, [any real difference?|is it just the packaging?]",
            "Making {dish_home} with {b} [tonight|later], tips welcome",
            "Can you get {b} outside Russia? [Friend in Berlin|My cousin in Riga] is asking",
            "{b} [redesigned|changed] the pack and I walked past it twice {lol}",
            "[Groceries|List] for tomorrow: milk, eggs, apples, {b} {grain}",
            "Does {b} do anything gluten-free? [For my kid|For my daughter], she's coeliac",
            "What does {b} cost {shop} [these days|right now]? Mine jumped, want to compare",
            "Has anyone [ordered|bought] the 10-pack of {b} on Ozon? worth it?",
            "Trying green buckwheat for the first time, [the {b} one|went with {b}]",
        ),
        mixed=(
            "Купила {b} {shop}, let's see",
            "How long варится {grain} {b}? На пачке 20 мин",
            "Note to self: купить яйца, кефир и {b}, [the green one|the normal one]",
            "{b} или store brand, is there any difference?",
            "Cooking {dish_home} из {b_gen} tonight {e_meh}",
        ),
    ),
    negative=Texts(
        ru=(
            "Купила {b} {shop}, {grain}, а там {meh}. [Разочарована|Не ожидала] {e_neg}",
            "{b} испортилось: {meh}, {meh}. Раньше было лучше[ {e_neg}|]",
            "Сварила {dish_home} из {b_gen} — {meh}. Ужин насмарку {sigh}[ {e_neg}|]",
            "Кто-нибудь ещё заметил, что в {b_pre} {meh}? Или мне одной так везёт[ {e_neg}|]",
            "Последняя пачка {b_gen}: {meh}. Больше не беру[ {e_neg}|]",
            "{b} за такие деньги — [смешно|перебор]. {meh}[ {e_neg}|]",
            "Раньше хвалила {b}, теперь {meh}. {sigh}[ {e_neg}|]",
            "Полчаса перебирала крупу {b} — {meh}. Это вообще нормально?[ {e_neg}|]",
            "Не покупайте {b} из последней партии: {meh}[ {e_neg}|]",
            "{b}, что с вами? {meh}, и так уже не первый раз {e_neg}",
            "Открыла пачку {b_gen}, а там {meh}. Фу[ {e_neg}|]",
            "{b} стало хуже, чем безымянная гречка из дискаунтера. {meh}[ {e_neg}|]",
            "Сдала пачку {b_gen} {shop}: {meh}. Деньги хоть вернули[ {e_neg}|]",
            "Минус {b_dat}: {meh}. Ребёнок есть не стал[ {e_neg}|]",
            "Уценили бы тогда. {grain} {b}, {meh}, а цена как за премиум[ {e_neg}|]",
            "Пакетики {b_gen} — отдельное зло: {meh}, вся каша в кастрюле[ {e_neg}|]",
            "Взяли {b} по акции, [теперь понятно почему|ну и вот]: {meh}[ {e_neg}|]",
            "Раз в год беру {b} и каждый раз жалею. {meh} {e_neg}",
            "Вот и кончилась моя любовь к {b_dat}. {meh}, {meh}[ {e_neg}|]",
            "{grain} у {b_gen} в этот раз горчит, {meh}. Выкинула[ {e_neg}|]",
            "У {b_gen} что-то с контролем качества: {meh}[ {e_neg}|]",
            "Кому-то нравится {b}? У меня {meh} {e_meh}",
            "{b} обещает «отборную крупу», а в реальности {meh}[ {e_neg}|]",
            "Вторую пачку {b_gen} подряд выбрасываю. {meh}, {e_neg}",
        ),
        en=(
            "Opened a fresh pack of {b} {shop} [tonight|today] and {meh} {e_neg}",
            "{b} has [really gone downhill|slipped a lot] since spring, {meh}[ {e_neg}|]",
            "Made {dish_home} with {b} and {meh}. [Dinner ruined|Ordered pizza instead][ {e_neg}|]",
            "Is it just me or {meh} with {b} [lately|the past couple of months]?[ {e_neg}|]",
            "[I'm done with|Not buying any more] {b}, for real this time: {meh}[ {e_neg}|]",
            "{b} charges [premium prices|like it's premium] but {meh}[ {e_neg}|]",
            "Spent [half an hour|20 minutes] picking through {b} {grain} because {meh}[ {e_neg}|]",
            "Second {b} pack in a row where {meh} {sigh}[ {e_neg}|]",
            "{b} [was great|used to be lovely] a year ago, now {meh}[ {e_neg}|]",
            "Took a pack of {b} back {shop}: {meh}[ {e_neg}|]",
            "Dear {b}, {meh}. [Quality control, anyone?|Who checks this stuff?][ {e_neg}|]",
            "My kid [refused|pushed away] the porridge, and honestly fair: {b}, {meh}[ {e_neg}|]",
        ),
        mixed=(
            "{b} — seriously? {meh} {e_neg}",
            "Купила {b} {shop}, and {meh}[ {e_neg}|]",
            "Not buying {b} again, {meh}[ {e_neg}|]",
            "{b} used to be good, а сейчас {meh} {sigh}[ {e_neg}|]",
            "Second pack подряд, {meh}. Come on, {b}[ {e_neg}|]",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, где производится ваша гречка?",
            "{h} подскажите, {grain} подходит для мультиварки? Какой режим?",
            "{h} где купить вашу крупу {city}? Не нахожу",
            "{h} есть ли у вас продукция без глютена?",
            "{h} а розыгрыш с упаковки ещё действует?",
            "{h} добрый день! Какой срок хранения после вскрытия пачки?",
            "{h} планируете ли выпускать крупу в больших упаковках?",
            "{h} {grain} подходит ребёнку с года?",
            "{h} где на пачке номер партии? Не могу найти",
            "{h} будете ли вы на Озоне со скидками? {e_pos}",
        ),
        en=(
            "{h} hi! where [exactly|in Russia] is your buckwheat grown?",
            "{h} can your {grain} go in a slow cooker? which [mode|setting]?",
            "{h} is the {grain} [certified|actually] gluten-free?",
            "{h} [any shops|where can I buy you] {city}?",
            "{h} how long does an open pack keep [in a jar|in the cupboard]?",
        ),
        mixed=(
            "{h} hi! Где купить вашу крупу {city}?",
            "{h} подскажите, is it gluten-free?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} купила вашу крупу {shop}, {meh}. Фото приложила[ {e_neg}|]",
            "{h} {meh}, партия на пачке 0425. Что будете делать?[ {e_neg}|]",
            "{h} здравствуйте, в пачке недовес, взвесила — [760|820] граммов вместо 900[ {e_neg}|]",
            "{h} вы серьёзно? {meh} Это уже вторая пачка[ {e_neg}|]",
            "{h} пакетики для варки рвутся в кастрюле, вся крупа наружу {e_neg}",
            "{h} промокод с упаковки не проходит на сайте, пишет «использован»[ {e_neg}|]",
            "{h} почему {grain} пахнет сыростью? Срок годности нормальный[ {e_neg}|]",
            "{h} в пачке нашла шелуху и камешки. Перебирать крупу в 2026 году?[ {e_neg}|]",
            "{h} добрый день, {meh}. Хочу вернуть деньги, куда обращаться?[ {e_neg}|]",
            "{h} горячая линия с упаковки не отвечает [второй день|с утра][ {e_neg}|]",
            "{h} {grain} после варки [горчит|с привкусом], есть невозможно[ {e_neg}|]",
            "{h} ребёнок поел вашу кашу, [появилась сыпь|болит живот]. Что в составе?[ {e_neg}|]",
            "{h} почему ваша крупа подорожала сразу на 40 рублей? {e_neg}",
            "{h} упаковка вздутая, хотя срок до следующего года. Это как?[ {e_neg}|]",
            "{h} пишу уже третий раз: {meh}, ответа нет[ {e_neg}|]",
            "{h} обещали подарок за участие в акции, прошло {n} дней, ничего[ {e_neg}|]",
            "{h} зип-пакет не закрывается, вся крупа в шкафу рассыпалась[ {e_neg}|]",
            "{h} {meh}, купила {shop}, чек сохранила[ {e_neg}|]",
            "{h} верните старую упаковку, новую невозможно открыть аккуратно[ {e_neg}|]",
            "{h} в овсянке какие-то тёмные точки. Это жучки?[ {e_neg}|]",
            "{h} в составе «гречка», а по вкусу какая-то смесь. Что вы туда кладёте?[ {e_neg}|]",
            "{h} отправила фото в директ, а вы молчите {e_neg}",
        ),
        en=(
            "{h} bought your {grain} {shop} [on Tuesday|last week] and {meh}, photo attached[ "
            "{e_neg}|]",
            "{h} weighed the pack on two scales: [800|820] g instead of 900[ {e_neg}|]",
            "{h} the code under the flap [says already used|won't go through] on the giveaway "
            "page[ {e_neg}|]",
            "{h} your cooking bags [split|burst] in the pot, grain all over the stove[ {e_neg}|]",
            "{h} the {grain} smells [musty|like a damp basement] and the best before is next "
            "year[ {e_neg}|]",
            "{h} [husks|bits of husk] and two little stones in a brand new pack, how[ {e_neg}|]",
            "{h} my [kid|daughter] got a rash after your porridge. What exactly is in it?[ "
            "{e_neg}|]",
            "{h} the hotline [on the pack|printed on the back] rings out every time I call[ "
            "{e_neg}|]",
            "{h} {meh}, and this is the [second|third] pack like that. [Refund pls|Want a "
            "refund][ {e_neg}|]",
            "{h} [third|fourth] message about the same batch, still nothing from you[ {e_neg}|]",
            "{h} is it normal that {meh}? Because [it didn't used to be|that's new to me][ "
            "{e_neg}|]",
            "{h} the zip on your resealable pack is decorative apparently, [tore|ripped] day one[ "
            "{e_neg}|]",
            "{h} sent you a DM {when} with photos, [crickets|no read receipt even][ {e_neg}|]",
            "{h} the price {shop} jumped [40|35] rubles in a week. Is that you or the shop?[ "
            "{e_neg}|]",
            "{h} found [tiny black specks|little dark dots] in the oats, are those bugs??[ "
            "{e_neg}|]",
            "{h} label says «sorted, no debris». {meh}. So which is it[ {e_neg}|]",
            "{h} cooked exactly per the pack, {meh}. [Bad batch?|Did the recipe change?][ "
            "{e_neg}|]",
            "{h} won your giveaway in [March|April], prize still not here, emails ignored[ "
            "{e_neg}|]",
            "{h} bought [three|four] packs for the month {shop}, all of them: {meh}[ {e_neg}|]",
            "{h} honestly disappointed. {b} was our [go-to|only] brand and now {meh}[ {e_neg}|]",
        ),
        mixed=(
            "{h} hi, в пачке недовес, 800 g instead of 900[ {e_neg}|]",
            "{h} {meh}, seriously {e_neg}",
            "{h} promo code не работает, says already used[ {e_neg}|]",
        ),
    ),
    comment=Texts(
        ru=(
            "А зелёную гречку где [искать|брать]? У нас {city} не видела",
            "Только вашу и [берём|покупаем] уже года три {e_pos}",
            "Рецепт [сохранила|в закладки], спасибо!",
            "Верните, пожалуйста, [цену как было|прошлогоднюю цену] {e_meh}",
            "Почему вас нет {city}? [Обидно|Нечестно]",
            "Варила [вчера|на выходных] {dish_home}, {good}",
            "В последней пачке попался мусор, [так себе|ну такое] {e_meh}",
            "Красиво, но я бы [ещё жареного лука|ещё грибов] добавила",
            "Ура, розыгрыш! [Участвую|Я в деле] {e_pos}",
            "А для диабетиков что-нибудь [есть|планируете]?",
        ),
        en=(
            "where do I [find|get] the green buckwheat??",
            "[saved|screenshotted] the recipe, thanks!",
            "[we only buy yours|only brand in our house] {e_pos}",
            "why can't I [find you|buy you] {city}?",
        ),
    ),
    reply=Texts(
        ru=(
            "Тоже [заметила|обратила внимание], последние пачки хуже",
            "А вы гречку перебираете? Я [никогда|лет десять уже нет]",
            "Вари 1 к 2 и [не мешай|крышку не открывай], всегда получается",
            "Мы {b} [давно берём|лет пять берём], всё устраивает",
            "Ахах, у моей бабушки [такая же кастрюля|та же эмалированная кастрюля] {lol}",
            "Не самая дешёвая гречка, [но норм|но и не худшая]",
            "{b} на Озоне [дешевле|выгоднее], если брать по десять пачек",
            "Пакетики — зло, [лучше обычную|развесная надёжнее]",
            "У меня тоже горчила, [промыла|промыла два раза] — нормально",
            "[Плюсую|Поддерживаю], вкусная",
            "Напиши им, мне [пачку заменили|прислали новую]",
        ),
        en=(
            "[same|same here], the last few packs were worse",
            "1 part grain to 2 water and [don't stir|hands off the lid], works every time",
            "we've bought {b} for [years|like five years], no complaints",
            "rinse it [first|twice], the bitterness goes away",
            "[way cheaper|cheaper] on Ozon if you get the 10-pack",
        ),
        mixed=(
            "Same, последние пачки хуже",
            "Try 1 к 2, и не мешать",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Спасибо, что написали 🌾 Пришлите, пожалуйста, фото упаковки с номером "
            "партии (он на торце пачки) в личные сообщения — передадим технологам.",
            "Добрый день! Нам очень жаль. Напишите в ЛС адрес, и мы пришлём новую пачку или вернём "
            "деньги, как вам удобнее.",
            "Здравствуйте! Наша гречка растёт в Брянской и Орловской областях, а фасуем мы её под "
            "Брянском. Если будут ещё вопросы — пишите!",
            "Добрый день! Хороший вопрос, подробно ответили вам в личных сообщениях 🌾",
            "Здравствуйте! Мы проверим эту партию. Пожалуйста, не выбрасывайте упаковку до ответа.",
            "Добрый день! Да, можно — режим «Крупа» или «Гречка», пропорция 1 к 2, подробнее на "
            "обороте пачки.",
        ),
        en=(
            "Hello! Thanks for getting in touch 🌾 Could you DM us a photo of the pack with the "
            "batch number?",
            "Hi! We're really sorry. Drop us a DM and we'll send a new pack or refund you.",
            "Hello! Good question, we've answered in DM 🌾",
        ),
    ),
    thanks=Texts(
        ru=(
            "Прислали новую пачку и открытку, как мило {e_pos}",
            "Ого, ответили в выходной, благодарю!",
            "Поняла, спасибо, буду мыть крупу перед варкой",
            "Скинула фото партии в личку, спасибо, что отреагировали",
            "Приятно, когда производитель живой, а не бот. Спасибо!",
        ),
        en=(
            "Replacement pack arrived with a little card, sweet {e_pos}",
            "Wow, a reply on a Sunday, thank you!",
            "Makes sense, I'll rinse it next time. Thanks",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Фото пачки с номером партии отправила ещё вчера — тишина[ {e_neg}|]",
            "Прислали новый промокод, и он тоже «уже использован» {e_neg}",
            "Замену обещали на прошлой неделе, посылки нет и трек никто не дал[ {e_neg}|]",
            "Вы третий раз просите номер партии. Он на фото, которое я уже присылала[ {e_neg}|]",
            "Ответ скопирован с сайта, а вопрос так и висит[ {e_neg}|]",
        ),
        en=(
            "Sent the batch photo yesterday, heard nothing since[ {e_neg}|]",
            "The new code you sent says 'already used' too {e_neg}",
            "Still no sign of the replacement you promised last week[ {e_neg}|]",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Хорошая крупа. {good}, {good}. Беру постоянно[ {e_pos}|]",
            "Покупаю эту гречку года три. {good}. Ни разу не было мусора[ {e_pos}|]",
            "Отличный вариант для семьи. Варила {dish_home} — {good}[ {e_pos}|]",
            "Вкусная, рассыпчатая, {good}. Пять звёзд[ {e_pos}|]",
            "Удобные пакетики, {good}. Для работы то, что надо[ {e_pos}|]",
            "Ребёнок ест с удовольствием, {good}. Рекомендую[ {e_pos}|]",
            "Цена чуть выше средней, но {good}. Оно того стоит[ {e_pos}|]",
            "Попробовала зелёную гречку — интересный вкус, {good}[ {e_pos}|]",
        ),
        en=(
            "[Lovely|Great] grain. {good}. In my basket every week[ {e_pos}|]",
            "Cooked {dish_home}, {good}. [Five stars|5/5][ {e_pos}|]",
            "[Handy|Convenient] cooking bags and {good}[ {e_pos}|]",
            "[A bit|Slightly] pricey, but {good}[ {e_pos}|]",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Раньше была хорошая крупа, но последние пачки — {meh}. Разочарована[ {e_neg}|]",
            "{meh}, {meh}. За такую цену ожидала большего[ {e_neg}|]",
            "Купила пачку, дома взвесила — недовес. Плюс {meh}[ {e_neg}|]",
            "Пакетики лопнули при варке, вся крупа в воде. {meh} к тому же[ {e_neg}|]",
            "Перебирала полчаса: {meh}. Одна звезда[ {e_neg}|]",
            "Горькая, пахнет сыростью. {meh}. Не советую[ {e_neg}|]",
            "Ребёнок отказался есть, попробовала сама — {meh}[ {e_neg}|]",
            "Ужасное качество последней партии: {meh}[ {e_neg}|]",
            "Не понимаю хороших отзывов. {meh}, обычная крупа, только дороже[ {e_neg}|]",
            "Упаковка рвётся, {meh}. Больше не куплю[ {e_neg}|]",
            "Нашла в пачке жучков. Написала производителю — тишина[ {e_neg}|]",
            "Варила по инструкции, получилась каша-размазня. {meh}[ {e_neg}|]",
        ),
        en=(
            "The last [few|couple of] packs from the [spring|autumn] batch were bad: {meh}[ "
            "{e_neg}|]",
            "[Overpriced|Too expensive] for a bag of groats, and {meh}[ {e_neg}|]",
            "Cooking bags [burst|split] on the second boil and {meh}. One star, sorry[ {e_neg}|]",
            "Weighed it on my kitchen scale, [62 g short|nearly 80 g short]. Also {meh}[ {e_neg}|]",
            "My [kid|son], who eats anything, wouldn't touch it. {meh}[ {e_neg}|]",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Приносим извинения. Напишите, пожалуйста, на почту с сайта и приложите "
            "фото упаковки — проверим партию и компенсируем покупку.",
            "Добрый день! Спасибо за обратную связь, ваш отзыв уже у нашего технолога.",
            "Здравствуйте. Очень жаль, что так вышло. Свяжитесь с нами через форму на сайте, мы "
            "заменим продукт.",
        ),
        en=(
            "Hello, we apologise. Please email us a photo of the pack so we can check that batch.",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо! Передадим нашим технологам, им будет очень приятно 🌾",
            "Как здорово, что каша понравилась всей семье! Приятного аппетита.",
        ),
        en=("Thank you! Our grain team will be thrilled to read this 🌾",),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. Мы проверили партию по номеру с упаковки: вес и качество в норме, "
            "протоколы испытаний можем прислать. Возможно, нарушены условия хранения в магазине.",
            "Добрый день. Горчинка — естественная особенность ядрицы; крупу рекомендуем "
            "промывать перед варкой.",
        ),
    ),
    official_post=Texts(
        ru=(
            "Новинка: {grain} уже на полках! Ищите в магазинах вашего города 🌾",
            "Рецепт выходного дня: как приготовить {dish_home}. Пошагово — в карточках 👉",
            "Розыгрыш! Найдите код под клапаном пачки и выиграйте годовой запас {b_gen} 🎁",
            "Рассказываем, как растёт гречка: от поля в Брянской области до вашей кухни",
            "Знаете, почему гречку лучше не мешать во время варки? Объясняем 🧑‍🍳",
            "Теперь {b} можно купить {shop}! Скидка 15% до конца месяца",
            "Спасибо за ваши фото с кашами! Лучшие — в нашей подборке 💛",
            "Вопрос от подписчицы: чем зелёная гречка отличается от обычной? Отвечаем",
            "Урожай этого года собран! Делимся кадрами с полей 🌾",
            "Что приготовить на завтрак? Предлагаем {dish_home}. А вы с чем едите кашу?",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Доброе утро! Сегодня на полях под Брянском, погода чудесная, гречка цветёт.",
            "Часто спрашивают, как я пришла в крупяной бизнес. Рассказываю в длинном посте.",
            "Вчера выступала на форуме про малый бизнес. Главное, что сказала: не бойтесь "
            "начинать с маленького.",
            "Дочка заявила, что гречка — скучно. Ну что ж, придумываем ей новый рецепт 😅",
            "Сегодня 8 лет с того дня, как мы расфасовали первую тысячу пачек в гараже.",
            "Читаю «Ферму» Майкла Поллана. Очень про нас.",
            "Встречались с закупщиками сетей. Разговор сложный, но договорились.",
            "Коллеги, мы ищем технолога на производство. Репост приветствуется 🙏",
            "Варю на завтрак {dish_home}. Простые вещи — самые правильные.",
            "Неделя без отпуска закончилась отпуском без интернета. Вернулась, всех обнимаю.",
            "Про цены: закупка зерна выросла на 25%, мы подняли на 9. Работаем в ноль, "
            "но держимся.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Сравнила 6 марок гречки вслепую. Лучшая — {b}: {good}. Полное видео на канале[ "
            "{e_pos}|]",
            "Мой бюджетный рацион на неделю: основа — {grain} {b}, {good}[ {e_pos}|]",
            "Не реклама! Просто {b} — единственная крупа, которую не надо перебирать[ {e_pos}|]",
        ),
        en=(
            "Blind-tested [six|seven] buckwheat brands on stream, {b} won: {good}[ {e_pos}|]",
            "Meal prep for [under 1000 rubles|a tiny budget], built on {b} {grain}. {good}[ "
            "{e_pos}|]",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Подписчики прислали фото пачек {b_gen}: {meh}. Я проверила сама — правда[ {e_neg}|]",
            "Тест круп из супермаркета: {b} на последнем месте, {meh}[ {e_neg}|]",
            "Честно про {b}: {meh}, а цена как у премиума[ {e_neg}|]",
        ),
        en=(
            "Tested [supermarket|store-bought] grains: {b} came last, {meh}[ {e_neg}|]",
            "Honest take on {b}: {meh}, and [it costs like|priced like] a premium brand[ {e_neg}|]",
        ),
    ),
    decoy=Texts(
        ru=(
            "Дочка в хоре разучивает «Полюшко-поле», [дома поём втроём|я уже выучила слова] "
            "{lol}[ {e_pos}|]",
            "Поставила «Полюшко-поле» [в исполнении хора Александрова|в старой записи 70-х] — "
            "[мурашки по коже|до слёз][ {e_pos}|]",
            "На [свадьбе|юбилее у тёти] дед затянул «Полюшко-поле», и весь зал подхватил {e_pos}",
            "В переходе [на Невском|у Маяковской] мужчина играет «Полюшко-поле» на баяне, "
            "[заслушалась|опоздала из-за него на электричку][ {e_pos}|]",
            "Бабушка называла свой огород «полюшко моё». [Скучаю по ней|Вспомнила сегодня][ "
            "{e_pos}|]",
            "Деревня Полюшко под [Тверью|Старицей]: речка, лес, ни одной машины. Отпуск мечты[ "
            "{e_pos}|]",
            "Детский сад «Полюшко» на нашей улице [объявил набор|открыл новую группу][ {e_pos}|]",
            "Учу на [гитаре|укулеле] «Полюшко-поле», пальцы болят, но прогресс есть[ {e_pos}|]",
            "Выйду в полюшко за домом, посмотрю на закат [🌅|и комаров покормлю {lol}]",
            "Наш школьный ансамбль [занял первое место|взял гран-при] с «Полюшко-поле»! {e_pos}",
            "Оркестр сыграл «Полюшко-поле» [в джазовой аранжировке|как марш], это было "
            "неожиданно круто[ {e_pos}|]",
        ),
        en=(
            "The Red Army Choir doing Polyushko Polye [live in 1965|on a dusty YouTube rip] "
            "[still gives me chills|never gets old][ {e_pos}|]",
            "Learning Polyushko Polye on the [accordion|bayan I got off Avito], the neighbours "
            "are thrilled {lol}[ {e_pos}|]",
            "Our [community|uni] choir is doing «Polyushko-pole» for the winter concert {e_pos}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Соседи [с семи утра|в субботу в восемь] врубают «Полюшко-поле» на всю громкость "
            "{e_neg}",
            "[Третий|Четвёртый] раз за вечер на корпоративе поют «Полюшко-поле», спасите[ "
            "{e_neg}|]",
            "Полюшко за домом [застроили|закатали в бетон], теперь одни коробки {sigh}[ {e_neg}|]",
        ),
        en=(
            "Someone in my building blasts Polyushko Polye [every morning at 7|on Sundays at 8] "
            "{e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Волна»
_VOLNA_VOCAB = Vocab(
    ru={
        "svc": (
            "интернет [в метро|в подземке]", "роуминг", "eSIM", "домашний интернет [с роутером|]",
            "звонки [по Wi-Fi|через вайфай]", "раздача [интернета|инета]",
            "переадресация [звонков|]", "личный [кабинет|кабинет на сайте]",
            "[приложение|мобильное приложение]", "семейная [подписка|группа]",
        ),
        "tariff": (
            "«Прибой»", "«Бриз»", "«Океан безлимит»", "«Лагуна»", "«Тёплое течение»", "«Прибой+»",
            "«Штиль мини»",
        ),
        "where": (
            "на даче под [Тверью|Рязанью]", "в электричке до [Подольска|Сергиева Посада]",
            "у меня в [подъезде|лифте]", "на трассе [М4|М11]",
            "в офисе на [седьмом|девятом] этаже", "в подземном паркинге [ТЦ|торгового центра]",
            "в новостройке в [Девяткино|Кудрово]", "в Сапсане [между городами|под Бологое]",
            "в метро [на перегоне|между станциями]", "в спальнике [за МКАДом|за КАДом]",
        ),
        "guard_venue": (
            "в салоне связи на Новом Арбате", "в офисе продаж [у метро «Автово»|у «Автово»]",
            "в салоне в торговом центре «Галерея»",
        ),
        "good": (
            "интернет [летает|просто летает] даже в час пик",
            "связь не рвётся [даже в лифте|даже в лифте между этажами]",
            "[тариф дешевле|платить выходит меньше], чем у прежнего оператора",
            "в поддержке ответили [за пару минут|минуты за две]",
            "роуминг подключился сам, [без танцев с бубном|без плясок]",
            "на даче ловит [четыре палки|полный сигнал]",
            "eSIM оформили [за пять минут|минут за пять] прямо в приложении",
            "видео в HD [грузится без пауз|идёт без подгрузок]",
        ),
        "meh": (
            "интернет [пропадает|отваливается] каждый вечер после восьми",
            "звонки [срываются на полуслове|обрываются посреди фразы]",
            "приложение [вылетает|крашится] при оплате",
            "тариф подняли [без предупреждения|молча]", "в метро [одна палка и буква E|одна E]",
            "SMS с кодами [приходят через полчаса|идут по полчаса]",
            "в роуминге всё работает [через раз|как повезёт]",
            "скорость [как в 2010-м|как на диалапе]", "поддержка отвечает ботом [по кругу|]",
            "на даче [сигнала ноль|ни одной палки]",
            "абонентка [выросла на двести рублей|подросла на двести]",
            "опять [навязали|подключили] платную подписку",
        ),
        "ignored_issue": (
            "с баланса списывают за подписки, которые [никто не подключал|никто не заказывал]",
            "перенос номера висит [уже неделю|седьмой день], а связи нет",
            "в нашем ЖК после замены вышки [вообще нет сигнала|сигнал пропал совсем]",
        ),
        "gaffe_topic": (
            "абонентов, которые звонят в поддержку из-за каждой ерунды",
            "тех, кто сидит на тарифе за триста рублей и требует 5G",
            "пенсионеров, которые не могут сами включить роуминг",
        ),
        "fake_claim": (
            "с первого числа всем отключат безлимит [без предупреждения|молча]",
            "базу клиентов слили [вместе с паспортными данными|с паспортами]",
            "номера без подтверждения через Госуслуги заблокируют [через неделю|на следующей "
            "неделе]",
        ),
        "dn_head": (
            "новая", "очередная", "вторая", "мощная", "следующая", "настоящая", "огромная",
            "первая", "жуткая",
        ),
        "dn_tail": (
            "увольнений [в айти|в банках|]", "жары", "гриппа", "ОРВИ [в школах|в садиках]",
            "подорожания", "сокращений", "холода", "хейта", "отмен [рейсов|поездов и рейсов]",
            "банкротств [малого бизнеса|кафешек]", "паники", "ковида",
        ),
    },
    en={
        "svc": (
            "[metro data|data in the metro]", "roaming", "eSIM", "home [internet|broadband]",
            "[Wi-Fi|wifi] calls", "[hotspot|tethering]", "call [forwarding|diverts]",
            "[online account|account page]", "[mobile app|app]", "family [plan|bundle]",
        ),
        "tariff": ("Surf", "Breeze", "Ocean Unlimited", "Lagoon", "Family Plus", "Calm Mini"),
        "where": (
            "at the dacha outside [Tver|Ryazan]", "on the [elektrichka|commuter train] to Podolsk",
            "in my [stairwell|elevator]", "on the [M11|M4] [highway|motorway]",
            "in the office on the [7th|9th] floor", "in the [underground|mall] parking",
            "in the new blocks in [Kudrovo|Devyatkino]", "on the Sapsan [train|]",
            "between metro stations", "out past the [MKAD|ring road]",
        ),
        "guard_venue": (
            "at the store on Novy Arbat", "at the sales office [near|by] Avtovo metro",
            "at the shop in the Galereya mall",
        ),
        "good": (
            "the data [is fast|flies] even at rush hour",
            "calls don't drop even in the [elevator|lift]",
            "it's [cheaper|way cheaper] than my old carrier",
            "support [answered|replied] in a couple of minutes",
            "roaming just [switched on|kicked in] by itself",
            "I get [full bars|four bars] at the dacha",
            "setting up the eSIM took [five minutes|5 min] in the app",
            "HD video [loads|streams] with no buffering",
        ),
        "meh": (
            "the data [drops|dies] every evening after 8",
            "calls [cut out|drop] mid-sentence", "the app [crashes|freezes] at checkout",
            "they raised the price [with no warning|without telling anyone]",
            "[one bar and an E|a single bar] in the metro",
            "SMS codes [arrive|show up] half an hour late",
            "roaming works [every other time|when it feels like it]",
            "the speed is like [2010|dial-up]", "support is just a bot [going in circles|on loop]",
            "[zero|no] signal at the dacha", "the monthly fee went up by [200|two hundred] rubles",
            "they [signed me up for|snuck in] a paid add-on again",
        ),
        "ignored_issue": (
            "they charge for add-ons nobody [ever signed up for|ordered]",
            "my number transfer has been stuck for [a week|7 days] with no service",
            "there's no signal in our building since they [replaced|swapped] the tower",
        ),
        "gaffe_topic": (
            "subscribers who ring support every time a page loads slowly",
            "people on the cheapest plan who demand 5G",
            "pensioners who can't switch on roaming by themselves",
        ),
        "fake_claim": (
            "unlimited data gets cut for everyone on the 1st [without notice|with no warning]",
            "the customer database leaked [with passport details|with passport scans]",
            "numbers not verified through Gosuslugi get blocked [next week|in a week]",
        ),
        "dn_head": (
            "[a brand new|a fresh]", "another", "[the second|a second]",
            "[a monster|a truly massive]",
            "[the next|the next big]", "[a huge|a giant]", "[yet another|one more]",
            "[the first|the very first]",
        ),
        "dn_tail": (
            "of layoffs [in tech|in banking|]", "of [flu|the flu]",
            "of [price hikes|everything getting pricier]",
            "of [cancellations|flight cancellations]", "of [hate comments|online abuse]",
            "of panic [buying|shopping]", "of [bankruptcies|small business bankruptcies]",
            "of [covid|COVID cases]", "of cold [air|Arctic air]", "of job [cuts|losses]",
        ),
    },
)

VOLNA = BrandTexts(
    vocab=_VOLNA_VOCAB,
    positive=Texts(
        ru=(
            "Перешла на {b_acc} месяц назад — {good} {e_pos}",
            "Не думал, что напишу это про оператора, но {b} [молодцы|радует]: {good}[ {e_pos}|]",
            "{b}, тариф {tariff}: {good}. Пока всем довольна[ {e_pos}|]",
            "{where} раньше не ловило вообще, а с {b_ins} {good}[ {e_pos}|]",
            "Отдельное спасибо {b_dat}, {svc} у них работает идеально: {good}[ {e_pos}|]",
            "[Короче|Итак], про {b_acc}: {good}, {good}. Рекомендую[ {e_pos}|]",
            "Меня [коллеги|родители] уговорили перейти на {b_acc}, [и правильно|не жалею]. "
            "{good}[ {e_pos}|]",
            "{b} вытащила меня в командировке: {good} {e_pos}",
            "За {n} дней с {b_ins} ни одного разрыва. {good}[ {e_pos}|]",
            "Проверила скорость {where}: {b} выдаёт под сотню. {good}[ {e_pos}|]",
            "{b} — первый оператор, который меня не бесит {lol} {good}[ {e_pos}|]",
            "В {b_pre} {svc} подключается прямо из приложения, {good}. Удобно[ {e_pos}|]",
            "Тариф {tariff} у {b_gen} — лучшее соотношение цены и гигов, что я видел[ {e_pos}|]",
            "Ну что сказать, {b} не подвела {where}. {good}[ {e_pos}|]",
            "Поддержка {b_gen} [решила вопрос|всё починила] за десять минут. Респект 🙌",
            "Сменил трёх операторов, остался с {b_ins}: {good}[ {e_pos}|]",
            "Люблю {b_acc} за то, что {good}, и никаких скрытых платежей[ {e_pos}|]",
            "Перенёс номер в {b_acc} без проблем, {good} {e_pos}",
            "[Вау|Ого], {b} {where} — {good}. Не ожидал[ {e_pos}|]",
            "{b} дала бесплатные гигабайты на праздники, мелочь, а приятно {e_pos}",
            "Мама на {b_pre} уже год, говорит, {good}[ {e_pos}|]",
            "Для работы нужен стабильный интернет, и {b} справляется: {good}[ {e_pos}|]",
            "Честный отзыв про {b_acc}: {good}. Пять из пяти[ {e_pos}|]",
            "Спасибо {b_dat}: {where} наконец-то нормальная связь {e_pos}",
        ),
        en=(
            "Moved to {b} [a month ago|last month] and {good} {e_pos}",
            "Never thought I'd [praise|defend] a phone company, but {b}: {good}[ {e_pos}|]",
            "{b} on {tariff} [so far|for three weeks now]: {good}[ {e_pos}|]",
            "Used to get [zilch|nothing] {where}, now with {b} {good}[ {e_pos}|]",
            "[Props|Credit where it's due] to {b} support: {good}[ {e_pos}|]",
            "{b} [saved my life|carried me] on a work trip, {good} {e_pos}",
            "Speed test {where}: {b} [pulling|doing] ~90 Mbps. {good}[ {e_pos}|]",
            "{who} [nagged me|kept telling me] to switch to {b}, [fair enough|they were right]. "
            "{good}[ {e_pos}|]",
            "Honestly {b} is the first carrier that [hasn't annoyed me|doesn't make me rage] "
            "{lol}[ {e_pos}|]",
            "{n} days on {b} and [not one|zero] dropped call. {good}[ {e_pos}|]",
            "Ported my number to {b}, [painless|zero drama]. {good}[ {e_pos}|]",
            "{b} {tariff} is [the best value I've found|the cheapest decent plan] in Russia tbh[ "
            "{e_pos}|]",
            "Expat tip [#3|no. 3]: get a {b} SIM, {good} {e_pos}",
        ),
        mixed=(
            "{b} — honestly the best operator, {good} {e_pos}",
            "Перешла на {b_acc}, and {good}[ {e_pos}|]",
            "Not sponsored, но {b} реально норм: {good}[ {e_pos}|]",
            "{where} с {b_ins} full bars, {good}[ {e_pos}|]",
            "Switched to {b_acc}, тариф {tariff}, no regrets {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто на {b_pre}, как у вас {svc}?",
            "Думаю перейти на {b_acc}. Тариф {tariff} норм или есть подвох?",
            "{b} выпустила новый тариф {tariff}, [пишут|говорят], безлимит на мессенджеры",
            "Как в {b_pre} отключается {svc}? В приложении не нашла",
            "Сколько стоит {tariff} у {b_gen} сейчас? Цены всё время меняются",
            "У {b_gen} есть eSIM для часов или только для телефона?",
            "{b} ловит {where}? Собираюсь туда на лето",
            "Купила симку {b_gen} в аэропорту, посмотрим",
            "Переношу номер в {b_acc}, процесс пошёл {e_meh}",
            "Кто пробовал, как у {b_gen} {svc}? Нормально работает?",
            "{b} или другой оператор — что лучше {where}?",
            "Пришла SMS от {b_gen} про смену условий тарифа, [кто-то читал|что там]?",
            "Вопрос знатокам: {b} работает в Абхазии в роуминге?",
            "Поменял тариф на {tariff} в {b_pre}, посмотрим на счёт в конце месяца",
            "Салон {b_gen} у нас на районе переехал в соседний ТЦ",
            "Есть ли у {b_gen} тарифы для детей с ограничением? Для [сына|дочки] ищу",
            "{b} продлила акцию до конца месяца: {svc} за полцены",
            "Ну что, кто на {b_pre}, скинемся на семейную подписку?",
            "Новая реклама {b_gen} с дельфинами опять крутится везде {e_meh}",
            "Мне {who} говорит, что {b} ловит {where}. Правда?",
            "Плачу за {b_acc} через банк, автоплатёж раз в месяц",
            "Как понять, что номер {b_gen}? [По первым цифрам|По коду] уже не отличишь",
            "Смотрю сравнение тарифов: {b}, {tariff}, 30 гигов и 600 минут",
            "Есть кто из {b_gen}? Вопрос по вакансии в поддержке",
        ),
        en=(
            "Anyone [here|around] on {b}? How's their {svc}?",
            "Thinking of [jumping|switching] to {b}, is {tariff} [any good|legit]?",
            "Does {b} [get signal|work] {where}? Going there for the summer",
            "Where are the {svc} settings in {b}? [can't find them anywhere|searched everywhere]",
            "{b} [launched|has] a new plan called {tariff}, [saw the ads|billboards everywhere]",
            "Grabbed a {b} SIM at [Sheremetyevo|Pulkovo], we'll see how it goes",
            "Can a foreigner get a {b} SIM [without a Russian passport|on a tourist visa]?",
            "Porting my number to {b}, [fingers crossed|day 1 of 3] {e_meh}",
            "{b} or [someone else|another carrier] for {where}?",
            "{b} texted me that {tariff} [is changing|gets new terms] from the 1st, anyone know "
            "what's different?",
            "Does {b} do eSIM for [smartwatches|an Apple Watch]?",
            "How much is {b} {tariff} [now|this month]? prices keep moving",
        ),
        mixed=(
            "Кто на {b_pre}, how's their {svc}?",
            "Купила SIM {b_gen} at the airport, посмотрим",
            "{b} или другой оператор for travel?",
            "Кто знает, {b} ловит {where}? Need it for the summer",
            "New tariff {tariff} у {b_gen}, anyone tried?",
        ),
    ),
    negative=Texts(
        ru=(
            "{b} опять [лежит|тупит]: {meh} {e_neg}",
            "Ненавижу {b_acc}. {meh}, {meh}[ {e_neg}|]",
            "{where} с {b_ins} {meh}. Как так можно в 2026 году?[ {e_neg}|]",
            "Третий день {meh}. {b}, вы там живы вообще?[ {e_neg}|]",
            "{b} — худший оператор, с которым я имела дело. {meh}[ {e_neg}|]",
            "Тариф {tariff} у {b_gen} оказался разводом: {meh}[ {e_neg}|]",
            "Ухожу из {b_gen}. {meh}, а в поддержке [хамят|отписки][ {e_neg}|]",
            "Кто-нибудь ещё на {b_pre}? У вас тоже {meh}?[ {e_neg}|]",
            "Сижу {where}, {b} показывает одну палку. Работать невозможно {e_neg}",
            "{b} снова списала деньги непонятно за что. {meh}[ {e_neg}|]",
            "Платишь {b_dat} каждый месяц, а {meh}. {sigh}[ {e_neg}|]",
            "Год назад {b} была [вполне|ещё ничего], а сейчас {meh}[ {e_neg}|]",
            "{svc} у {b_gen} — одно название. {meh}[ {e_neg}|]",
            "{b}, верните старый тариф! Новый дороже, а {meh}[ {e_neg}|]",
            "Полчаса висел на линии {b_gen}, так и не соединили {e_neg}",
            "Интересно, сколько ещё {b} будет кормить нас обещаниями? {meh}[ {e_neg}|]",
            "Опять {b} со своими «плановыми работами». {meh}[ {e_neg}|]",
            "{who} тоже на {b_pre}, и там то же: {meh}. Это системное[ {e_neg}|]",
            "Спасибо, {b}, что {meh}. Очень вовремя {e_neg}",
            "Важный звонок сорвался из-за {b_gen}. {meh}, как всегда[ {e_neg}|]",
            "{b} режет скорость после 10 гигов, хотя обещали безлимит[ {e_neg}|]",
            "Приложение {b_gen} — отдельный вид пытки: {meh}[ {e_neg}|]",
            "Самая бесячая вещь недели — {b}. {meh}[ {e_neg}|]",
            "Жалею, что перешла на {b_acc}. {meh}, {meh}[ {e_neg}|]",
            "Не советую {b_acc} никому, кто живёт {city}: {meh}[ {e_neg}|]",
            "Абонентская плата у {b_gen} растёт, качество падает. {meh}[ {e_neg}|]",
            "Еду {where}, связи нет уже {n} минут. {b}, ну сколько можно[ {e_neg}|]",
            "Оператор {b} — [позор|катастрофа]. {meh}[ {e_neg}|]",
        ),
        en=(
            "{b} [is down|died] again: {meh} {e_neg}",
            "{where} with {b} {meh}. [How is this ok in 2026?|It's 2026, come on][ {e_neg}|]",
            "Day three of {meh}. {b}, [hello? anyone?|are you alive?][ {e_neg}|]",
            "{b} is [the worst|hands down the worst] carrier I've had, {meh}[ {e_neg}|]",
            "[Cancelling|Leaving] {b} [this week|tomorrow]. {meh} and support is useless[ "
            "{e_neg}|]",
            "Anyone else on {b} where {meh}? [Or just me?|Or is it me?][ {e_neg}|]",
            "{b} billed me [again|once more] for something I never ordered. {meh}[ {e_neg}|]",
            "That {tariff} plan from {b} is a [scam|joke]: {meh}[ {e_neg}|]",
            "{b} throttles you after 10 GB [even on|on] their so-called unlimited[ {e_neg}|]",
            "Missed a [job interview call|call from the clinic] because of {b}. {meh}[ {e_neg}|]",
            "The {b} app is [pure pain|a nightmare], {meh}[ {e_neg}|]",
            "{b} [used to be decent|was fine last year], now {meh} {sigh}[ {e_neg}|]",
            "[No signal|Zero bars] for {n} minutes {where}. [Thanks|Cheers] {b}[ {e_neg}|]",
            "Do [not|NOT] get {b} if you live {city}: {meh}[ {e_neg}|]",
            "Paying {b} every [month|single month] and {meh}. [Great|Lovely][ {e_neg}|]",
        ),
        mixed=(
            "{b} опять down, {meh} {e_neg}",
            "Seriously, {b}? {meh}[ {e_neg}|]",
            "{where} с {b_ins} no signal at all, {meh}[ {e_neg}|]",
            "Leaving {b_acc}, {meh}, enough is enough[ {e_neg}|]",
            "{b} used to be fine, но сейчас {meh} {sigh}[ {e_neg}|]",
            "Worst operator ever, {b}. {meh}[ {e_neg}|]",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, {svc} на моём тарифе платно или нет?",
            "{h} можно ли перейти на тариф {tariff} без смены номера?",
            "{h} работает ли роуминг в Турции на {tariff}?",
            "{h} как оформить eSIM, если я за границей?",
            "{h} добрый день, есть ли у вас тариф для пенсионеров?",
            "{h} как проверить, какие подписки подключены?",
            "{h} когда будет 5G {city}?",
            "{h} можно ли перенести остаток гигов на следующий месяц?",
            "{h} подскажите, как сменить владельца номера?",
            "{h} планируются ли работы {where}? Связь слабая",
            "{h} подскажите адрес салона {city}, [на карте два|на сайте старый]",
            "{h} сколько стоит {svc} на {tariff}?",
        ),
        en=(
            "{h} hi, how do I set up {svc}? [the app menu is confusing|can't find it]",
            "{h} if I move to {tariff} do I [keep|lose] my current number?",
            "{h} does roaming [work in Turkey|cover Antalya] on my plan?",
            "{h} can I [get|activate] an eSIM while I'm abroad?",
            "{h} how do I see which add-ons I'm [paying for|subscribed to]?",
            "{h} [any news on|when is] 5G {city}?",
        ),
        mixed=(
            "{h} hi! {svc} есть на моём тарифе?",
            "{h} подскажите, does roaming work in Georgia?",
            "{h} is there a tariff для туристов?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} {where} {meh} уже неделю. Когда почините?[ {e_neg}|]",
            "{h} почему с меня списали 300 рублей за подписку, которую я не подключала?[ {e_neg}|]",
            "{h} третий день нет связи {where}, заявка номер 4{n}88[ {e_neg}|]",
            "{h} тариф {tariff} подорожал без уведомления. Это законно вообще?[ {e_neg}|]",
            "{h} {meh}. Верните деньги за этот месяц[ {e_neg}|]",
            "{h} перенос номера висит, старая сим уже не работает, новая ещё нет {e_neg}",
            "{h} приложение не пускает, пишет «ошибка сервера» с утра[ {e_neg}|]",
            "{h} в салоне мне навязали страховку телефона. Как отказаться?[ {e_neg}|]",
            "{h} интернет режется до 128 кбит/с, хотя гиги есть[ {e_neg}|]",
            "{h} роуминг не включается, я в аэропорту, помогите[ {e_neg}|]",
            "{h} звонила на горячую линию {n} минут, сбросили. Серьёзно?[ {e_neg}|]",
            "{h} домашний интернет отваливается каждый вечер. Мастер не пришёл[ {e_neg}|]",
            "{h} мне пришёл счёт на 2000 за звонки, которых я не делал[ {e_neg}|]",
            "{h} по вашей вине пропустил важный звонок, {meh}[ {e_neg}|]",
            "{h} SMS с кодами банка не приходят, не могу оплатить покупку[ {e_neg}|]",
            "{h} почему {where} сигнал пропал после вашего обновления?[ {e_neg}|]",
            "{h} отключите мне уже эти платные гороскопы, третий раз прошу[ {e_neg}|]",
            "{h} ребята, {meh}, и поддержка в чате отвечает ботом {e_neg}",
            "{h} обещали компенсацию за сбой, на балансе ничего[ {e_neg}|]",
            "{h} eSIM активировалась и тут же слетела, номер недоступен[ {e_neg}|]",
            "{h} переплатила за тариф, деньги не вернули, прошло {n} дней[ {e_neg}|]",
            "{h} сотрудник салона нахамил и отказался менять сим-карту[ {e_neg}|]",
            "{h} почему скорость в метро хуже, чем у соседа на другом операторе?[ {e_neg}|]",
            "{h} в личном кабинете висит долг, которого нет. Разберитесь[ {e_neg}|]",
            "{h} {meh}, {meh}. Я ухожу, если не исправите[ {e_neg}|]",
            "{h} на даче с прошлой недели ни звонков, ни интернета {e_neg}",
        ),
        en=(
            "{h} no signal {where} for [three|four] days now, [ticket 4471|already filed a "
            "ticket][ {e_neg}|]",
            "{h} why am I paying for [«Horoscope Daily»|some «Music+» thing] I never ordered?[ "
            "{e_neg}|]",
            "{h} my plan [went up|got pricier] [without any notice|and nobody told me], not cool[ "
            "{e_neg}|]",
            "{h} number transfer stuck: old SIM [dead|blocked], new one says «no service» {e_neg}",
            "{h} the app has shown «error 502» [all morning|since 7am], can't top up[ {e_neg}|]",
            "{h} roaming won't [switch on|activate] and I'm [at the gate in Dubai|in Istanbul], "
            "help[ {e_neg}|]",
            "{h} data [throttled|capped] to 128 kbps with [12|8] GB still on the counter[ "
            "{e_neg}|]",
            "{h} SMS codes from [Sber|my bank] [aren't coming through|never arrive], stuck at "
            "checkout[ {e_neg}|]",
            "{h} [{n} minutes on hold|held {n} minutes] listening to the dolphin jingle, then it "
            "dropped[ {e_neg}|]",
            "{h} where's the outage compensation? [balance shows nothing|nothing on my balance][ "
            "{e_neg}|]",
            "{h} {meh}, for the [second|third] month running. [Refund it|I want this month back][ "
            "{e_neg}|]",
            "{h} my eSIM [activated and then vanished|disappeared an hour after activation][ "
            "{e_neg}|]",
            "{h} the staff at your store [were rude|snapped at me] and wouldn't replace my SIM[ "
            "{e_neg}|]",
            "{h} {meh}, and {meh}. [Fix it|Sort it] or I'm porting out[ {e_neg}|]",
        ),
        mixed=(
            "{h} hi, нет связи {where} уже три дня[ {e_neg}|]",
            "{h} charged for a subscription, которую я не подключал {e_neg}",
            "{h} roaming не включается, I'm at the airport[ {e_neg}|]",
            "{h} {meh}, please fix {e_neg}",
        ),
    ),
    comment=Texts(
        ru=(
            "А на дачах когда [ловить будет|появится сигнал]?",
            "Вы бы сначала на Филёвской линии связь сделали {e_meh}",
            "Тариф [огонь|топ], уже подключил {e_pos}",
            "Опять акция только для новых, [а старым что|а нам шиш] {e_meh}",
            "Сижу на вас [третий|пятый] год, {good}",
            "[Вчера|В понедельник] {meh}, так что не верю",
            "Дельфины в рекламе [милые|зачётные] {e_pos}",
            "Когда 5G {city}? [Ждём|Заждались]",
            "Спасибо за [подарочные гигабайты|гиги в подарок]!",
            "Верните живых людей в поддержку, [бот бесит|бот не помогает]",
            "А роуминг в [Армении|Казахстане] подешевеет?",
        ),
        en=(
            "when will [dachas|the countryside] get signal though",
            "[fix|sort out] the metro coverage first {e_meh}",
            "[great plan|nice one], already switched {e_pos}",
            "new customers only [again|as usual]?",
        ),
    ),
    reply=Texts(
        ru=(
            "У меня {where} [то же самое|такая же беда]",
            "Перезагрузи и включи режим полёта [на минуту|секунд на тридцать], мне помогает",
            "А у меня [всё ок|всё летает], странно",
            "Это у них авария была, [вчера|ночью] весь район без связи сидел",
            "Смени тариф, на [старых|архивных] режут скорость",
            "Плюсую, {b} [реально сдала|в последнее время не очень]",
            "Пиши в чат, там [быстрее|отвечают быстрее], чем по телефону",
            "Мы всей семьёй на {b_pre}, [пока норм|пока терпимо]",
            "[Жиза|Как я тебя понимаю] {lol}",
            "Проверь подписки в приложении, у меня там [три|две] висело",
            "Да сейчас у всех операторов [так|такое]",
            "[С|Через] ВПН ещё хуже будет, выключи",
        ),
        en=(
            "[same|same here] {where}",
            "airplane mode for [a minute|30 sec] then off, works for me",
            "mine's [fine|totally fine], weird",
            "there was an outage [yesterday|last night], whole district was down",
            "check your add-ons in the app, I had [three|two] I never ordered",
            "{b} has been [bad|rough] lately, agreed",
        ),
        mixed=(
            "Same, у меня {where} тоже",
            "Try airplane mode, мне помогает",
            "Check подписки в приложении {lol}",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Сожалеем о неудобствах. Напишите, пожалуйста, номер и адрес в личные "
            "сообщения — проверим, что с покрытием у вас.",
            "Добрый день! Проверили номер: была подключена платная подписка. Мы её отключили и "
            "вернули списанное на баланс.",
            "Здравствуйте! У вас в районе идут плановые работы на базовой станции, закончим в "
            "течение суток. Извините за неудобства.",
            "Добрый день! Услуги подключаются в приложении: «Ещё» → «Услуги». Если что-то не "
            "получится, пишите, поможем.",
            "Здравствуйте! Передали обращение инженерам, номер заявки отправили вам в ЛС.",
            "Приветствуем! Да, номер остаётся ваш. Подробности — в личных сообщениях 💙",
            "Здравствуйте! Подскажите, пожалуйста, модель телефона и время, когда пропадает "
            "сигнал.",
            "Добрый день! Видим сбой на нашей стороне, инженеры уже восстанавливают связь. Спасибо "
            "за терпение.",
        ),
        en=(
            "Hello! Sorry for the trouble. Please DM us your number and address and we'll check "
            "the coverage there.",
            "Hi! We found a paid add-on on your number, switched it off and refunded the charge.",
            "Hello! Engineers are doing scheduled work in your area, it should be done within 24 "
            "hours. Sorry about this.",
            "Hi! Yes, your number stays the same. Details sent in DM 💙",
            "Hello! Your request is with our engineers now, ticket number in DM.",
        ),
    ),
    thanks=Texts(
        ru=(
            "Появилась связь, наконец-то, спасибо {e_pos}",
            "О, деньги за подписку вернулись на баланс, благодарю!",
            "Быстро отреагировали, спасибо, не ожидал",
            "Ок, подписку убрали, всё, вопросов нет, спасибо",
            "Написал номер в личку, жду. Спасибо за ответ",
            "Вот бы всегда так оперативно 🙏 Спасибо",
        ),
        en=(
            "Signal's back at last, thanks {e_pos}",
            "Refund for the add-on just hit my balance, ty!",
            "That was quick, didn't expect it, cheers",
            "Number sent via DM, thanks for getting back to me",
        ),
    ),
    still_broken=Texts(
        ru=(
            "«Плановые работы» идут уже третий день, связи так и нет[ {e_neg}|]",
            "Подписку вы отключили, а двести рублей за неё так и не вернули[ {e_neg}|]",
            "Заявку закрыли как решённую, а у меня по-прежнему одна палка {e_neg}",
            "Вчера мне написали слово в слово то же самое[ {e_neg}|]",
            "Перезагружала, вынимала симку, режим полёта — не помогает[ {e_neg}|]",
            "Номер отправил в личку ещё утром, ответа ноль[ {e_neg}|]",
        ),
        en=(
            "Day three of 'scheduled maintenance' and still no signal[ {e_neg}|]",
            "You closed the ticket as solved. It's not solved {e_neg}",
            "Got the exact same reply from you yesterday, word for word[ {e_neg}|]",
            "Sent my number in DM this morning, nothing back[ {e_neg}|]",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Пользуюсь больше года. {good}, {good}. Рекомендую[ {e_pos}|]",
            "Перешла от другого оператора и не жалею: {good}[ {e_pos}|]",
            "Хорошее покрытие, {good}. Цена адекватная[ {e_pos}|]",
            "Тариф {tariff} — отличный вариант. {good}[ {e_pos}|]",
            "Сотрудник в салоне всё объяснил, {good}. Спасибо![ {e_pos}|]",
            "Стабильная связь {where}, {good}. Пять звёзд[ {e_pos}|]",
            "Удобное приложение, {good}. Поддержка отвечает быстро[ {e_pos}|]",
            "Из плюсов: {good}. Из минусов: иногда глючит приложение. Но в целом отлично[ "
            "{e_pos}|]",
        ),
        en=(
            "[Over a year|A year and a half] with them. {good}. Recommend[ {e_pos}|]",
            "Came from [another|a big] carrier, {good}[ {e_pos}|]",
            "Good coverage [even at the dacha|around town] and {good}. Fair price[ {e_pos}|]",
            "{tariff} is [great|solid] value. {good}[ {e_pos}|]",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Ужасная связь {where}. {meh}, {meh}. Поддержка отвечает отписками[ {e_neg}|]",
            "Подключили платные услуги без моего согласия. {meh}. Одна звезда[ {e_neg}|]",
            "Тариф подорожал, а качество только хуже. {meh}[ {e_neg}|]",
            "В салоне навязали страховку и наушники. {meh} к тому же[ {e_neg}|]",
            "Не рекомендую: {meh}. Ушла к другому оператору[ {e_neg}|]",
            "Интернет — одно название. {meh}[ {e_neg}|]",
            "Перенос номера занял две недели, всё это время без связи. {meh}[ {e_neg}|]",
            "Поддержка бесполезна, {meh}. Жалобу написала в Роскомнадзор[ {e_neg}|]",
            "Списали деньги за роуминг, хотя я был дома. {meh}[ {e_neg}|]",
            "Раньше ставил пять, теперь единицу. {meh}, {meh}[ {e_neg}|]",
            "{meh}. В салоне сказали «это не к нам», по телефону — «обратитесь в салон»[ {e_neg}|]",
            "За два месяца три сбоя по полдня. {meh}[ {e_neg}|]",
            "Приложение постоянно вылетает, {meh}[ {e_neg}|]",
            "Обещали скорость до 100 Мбит, по факту 3. {meh}[ {e_neg}|]",
            "Домашний интернет отключают каждую неделю. Мастера ждала {n} дней[ {e_neg}|]",
            "Не понимаю хороших отзывов. {meh}. Жаль потраченного времени[ {e_neg}|]",
        ),
        en=(
            "[Terrible|Awful] coverage {where}. {meh}. Support [useless|a wall][ {e_neg}|]",
            "Paid services [added|switched on] without my consent, found out from my bank app[ "
            "{e_neg}|]",
            "The price [went up|jumped] in [March|January] and {meh}[ {e_neg}|]",
            "Number transfer took [two weeks|12 days] with no service. {meh}[ {e_neg}|]",
            "Up to 100 Mbps, they said. [Getting 3|I get 3] on a good day. {meh}[ {e_neg}|]",
            "[Used to be fine|Was okay before], now {meh}. Switching [next month|asap][ {e_neg}|]",
            "Support [bounces you around|sends you in circles] between chat and store. {meh}[ "
            "{e_neg}|]",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Приносим извинения. Напишите нам в чат приложения, указав номер, и мы "
            "разберёмся в ситуации.",
            "Добрый день! Спасибо за отзыв. Обращение передано в технический отдел, специалист "
            "свяжется с вами в течение двух дней.",
            "Здравствуйте. Жаль, что у вас сложилось такое впечатление. Готовы обсудить "
            "компенсацию — напишите нам в личные сообщения.",
            "Добрый день! Мы проверили сеть по вашему адресу и перенастроили оборудование. "
            "Напишите, пожалуйста, если проблема останется.",
        ),
        en=(
            "Hello, we're sorry for the inconvenience. Please write to us in the app chat with "
            "your number so we can check.",
            "Hi, thank you for the feedback, our engineers have your request now.",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за пятёрку! Рады, что связь не подводит 💙",
            "Благодарим за такой отзыв! Хорошего сигнала везде, куда поедете.",
            "Спасибо! Обязательно передадим коллегам из салона, они старались.",
        ),
        en=("Thanks for the five stars! Happy the signal's treating you well 💙",),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. По данным нашей сети, в указанное время сбоев на вашей базовой "
            "станции не было. Подписки на номере были подключены через SMS-подтверждение.",
            "Добрый день. Согласно договору, тариф был изменён с уведомлением за 30 дней: SMS "
            "доставлено на ваш номер. Готовы подобрать другой тариф.",
        ),
        en=(
            "Hello. According to our network data, there were no outages at your base station "
            "at that time.",
        ),
    ),
    official_post=Texts(
        ru=(
            "Новый тариф {tariff}: безлимит на мессенджеры и 40 ГБ. Подключайте в приложении 🌊",
            "Запустили 5G {city}! Проверьте, поддерживает ли ваш телефон 🚀",
            "Плановые работы: сегодня с 2:00 до 5:00 возможны перебои {where}. Спасибо за "
            "понимание.",
            "Подарок на праздники: +10 ГБ всем абонентам. Уже на балансе 🎁",
            "Как проверить подключённые подписки за 30 секунд — показываем в карточках 👉",
            "Открыли новый салон {city}. Приходите за eSIM и подарками!",
            "Внимание: мошенники звонят от имени оператора. Мы никогда не просим коды из SMS.",
            "Расширили покрытие: теперь {b} ловит {where} 📶",
            "Вопрос недели: {svc} — пользуетесь или нет? Расскажите в комментариях",
            "Обновили приложение: новый дизайн, быстрее оплата, тёмная тема 🌙",
            "Роуминг без сюрпризов: пакеты на Турцию, ОАЭ и Грузию от 99 ₽ в день",
            "Приведи друга — получите оба по месяцу тарифа {tariff} бесплатно",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Сегодня с командой запускали 5G ещё в трёх городах. Ночь без сна, но оно того "
            "стоило.",
            "Прочитал отчёт о качестве сети за квартал. Есть чем гордиться, есть что чинить.",
            "В выходные катался на сапе на Истре. Лучший способ перезагрузить голову.",
            "Выступаю завтра на ЦИПРе, тема — инфраструктура связи в регионах. Приходите.",
            "Отвечаю на вопрос из комментариев: да, я сам звоню в нашу поддержку. Раз в месяц, "
            "инкогнито.",
            "Поздравляю инженеров полевой службы с профессиональным праздником! Вы — герои.",
            "Наш новый дата-центр под Казанью вышел на полную мощность.",
            "Рынок меняется быстро. Кто не инвестирует в сеть сегодня, завтра будет догонять.",
            "Дочь спросила, почему у папы телефон всегда на зарядке. Потому что он проверяет "
            "сеть 😄",
            "Провёл день в колл-центре в Твери в наушниках оператора. Очень отрезвляет.",
            "Книга недели: «Принципы» Рэя Далио. Спорная, но полезная.",
            "Итоги года: +1,2 млн абонентов. Спасибо, что выбираете {b_acc}.",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Тестировал связь трёх операторов в поездке по трассе М4. Победила {b}: {good}[ "
            "{e_pos}|]",
            "Переехала в новостройку, только {b} нормально ловит. {good}[ {e_pos}|]",
            "Не реклама: {b} — единственный оператор, поддержка которого меня не бесит[ {e_pos}|]",
            "Сравнил тарифы для фрилансеров. Лучший — {tariff} у {b_gen}[ {e_pos}|]",
        ),
        en=(
            "Tested three carriers on a [road trip|drive to Sochi], {b} won: {good}[ {e_pos}|]",
            "[Expat guide|Newcomer guide] to Russian SIM cards: I'd go with {b}, {good}[ {e_pos}|]",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Подписчики массово жалуются на {b_acc}: {meh}. Проверил у себя — правда[ {e_neg}|]",
            "Тест скорости операторов в метро: {b} на последнем месте, {meh}[ {e_neg}|]",
            "Честно про {b_acc}: {meh}. Ушёл после трёх лет[ {e_neg}|]",
            "{b}, что происходит? {meh}, и так у половины моих знакомых[ {e_neg}|]",
        ),
        en=(
            "Metro speed test [of Moscow carriers|across carriers]: {b} came last, {meh}[ "
            "{e_neg}|]",
            "My honest take on {b} [after a year|12 months in]: {meh}[ {e_neg}|]",
        ),
    ),
    decoy=Texts(
        ru=(
            "На море сегодня [такая|огромная] волна, купаться страшно, но как же красиво 🌊",
            "Поймал свою первую волну на сёрфе! {e_pos}",
            "Мексиканская волна на стадионе — [обожаю этот момент|мурашки] {e_pos}",
            "Мы с ней прям на одной волне, с полуслова понимаем друг друга[ {e_pos}|]",
            "Радиоприёмник деда ловит короткую волну, слушаем Китай {lol}[ {e_pos}|]",
            "Фестиваль «Новая волна» опять показывают по телеку, мама смотрит[ {e_pos}|]",
            "Обещают, что волна тепла придёт к выходным, +20 и солнце ☀️",
            "В аквапарке включили искусственную волну, дети визжат от счастья[ {e_pos}|]",
            "Сделала лёгкую волну плойкой, держится весь день {e_pos}",
            "Накрыла волна ностальгии: нашла свои кассеты из нулевых[ {e_pos}|]",
            "Лодка качается, каждая волна — как колыбель. Отпуск 🌊",
            "Вторая волна моды на винил — и я в ней с головой {lol}[ {e_pos}|]",
            "«Волна» Айвазовского в Русском музее: стоишь рядом и будто слышишь шум моря[ "
            "{e_pos}|]",
            "Физика, 9 класс: волна, амплитуда, частота. Помогаю сыну с домашкой[ {e_pos}|]",
            "На концерте весь зал поднял фонарики волной, это было невероятно[ {e_pos}|]",
            "Сёрф-школа в Калининграде: волна сегодня по колено, зато учиться самое то[ {e_pos}|]",
        ),
        en=(
            "Stayed at Hotel Volna in [Gelendzhik|Anapa], sea view and friendly staff {e_pos}",
            "Russian word of the day: волна (volna) — a wave. Also used for feelings, fashions, "
            "radio, everything[ {e_pos}|]",
            "The Volna beach bar in Batumi makes the best cocktails on the coast[ {e_pos}|]",
            "Our rowing club Volna won the regatta this weekend {e_pos}",
            "My grandpa's old Soviet radio is literally called «Волна» and it still works[ "
            "{e_pos}|]",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "{dn_head} волна {dn_tail}, [а зарплаты всё те же|и никто не удивлён] {sigh}[ "
            "{e_neg}|]",
            "Новости с утра: {dn_head} волна {dn_tail}. Держитесь там[ {e_neg}|]",
            "В офисе только и разговоров, что {dn_head} волна {dn_tail} на подходе {e_neg}",
            "Похоже, {dn_head} волна {dn_tail} докатилась и до нас {city}[ {e_neg}|]",
            "Синоптики предупреждают: идёт {dn_head} волна жары, до +38[ {e_neg}|]",
            "Прогноз на неделю: волна холода, до минус тридцати. Сидим дома[ {e_neg}|]",
            "Волна сбила с ног на пляже, [разбила колено|утопила телефон] {e_neg}",
            "Под моим видео волна хейта, не понимаю за что {sigh}[ {e_neg}|]",
            "{dn_head} волна {dn_tail} — и опять никто ничего не объясняет[ {e_neg}|]",
            "[Аналитики|Эксперты] ждут, что {dn_head} волна {dn_tail} накроет рынок к осени[ "
            "{e_neg}|]",
            "Пережили одну волну, теперь {dn_head} волна {dn_tail}. Когда это кончится?[ {e_neg}|]",
            "Судя по новостям, {dn_head} волна {dn_tail} только начинается {e_neg}",
            "Шеф сказал, что {dn_head} волна {dn_tail} нас не заденет. Ага, конечно[ {e_neg}|]",
            "Лента с утра: {dn_head} волна {dn_tail}, пробки и дождь. Отличный понедельник[ "
            "{e_neg}|]",
        ),
        en=(
            "All my Russian coworkers keep saying «волна» today: {dn_head} wave {dn_tail}, "
            "apparently {sigh}[ {e_neg}|]",
            "Learned the word «волна» this week because every headline is about {dn_head} wave "
            "{dn_tail}[ {e_neg}|]",
            "Hotel Volna in Anapa: mould in the bathroom and a broken AC. Never again {e_neg}",
            "Russian news in one word today: волна. {dn_head} wave {dn_tail}. Great[ {e_neg}|]",
        ),
    ),
)

# ------------------------------------------------------------------------------ other topics
INFLUENCER_OTHER = Texts(
    ru=(
        "Новое видео: как я за месяц выучила основы испанского. Ссылка в описании",
        "Собрал лучшие маршруты выходного дня по Подмосковью — сохраняйте",
        "Сегодня разбираем новый смартфон: камера топ, батарея так себе",
        "Подписчики спрашивают про мой утренний ритуал. Рассказываю без прикрас",
        "Сходил на премьеру, делюсь впечатлениями без спойлеров 🎬",
        "Пять книг, которые изменили моё отношение к деньгам 📚",
        "Тестирую кроссовки для бега: 300 км спустя",
        "Прямой эфир в 20:00: отвечаю на ваши вопросы про переезд в Питер",
        "Честный обзор трёх онлайн-школ программирования — кто стоит денег",
        "Уехали на Алтай на неделю. Интернет через раз, но виды того стоят 🏔️",
        "Розыгрыш! Три сертификата в книжный. Условия в закрепе",
        "Как я перестал откладывать дела: метод, который реально работает",
        "Рецепт идеальной шарлотки от моей бабушки 🍏",
        "Сравнил пять электросамокатов в городе. Победитель удивил",
        "Поговорили с экономистом про ипотеку в 2026-м. Смотрите выпуск",
        "Ремонт на кухне закончен! Показываю до и после",
    ),
    en=(
        "New video: I tried learning Russian in 30 days. Here's how it went",
        "Unboxing the new phone everyone's talking about. Camera is wild",
        "My honest thoughts on the film everyone's arguing about, no spoilers",
        "Five books that changed how I think about money 📚",
        "Going live at 8pm, ask me anything about moving abroad",
        "Tested six running shoes over 300 km, here's the ranking",
        "Road trip through Georgia, part 2 is up 🏔️",
        "Giveaway time! Three bookstore vouchers, rules pinned",
    ),
    mixed=(
        "Новое видео: 24 часа в Стамбуле, full vlog уже на канале",
        "Q&A стрим сегодня в 20:00, задавайте вопросы про relocation",
        "Мой top-5 гаджетов этого года, link в описании",
    ),
)
