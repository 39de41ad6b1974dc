"""Text bank `blind6`, the brands half: what people say about «Сочный Бургер», «Полюшко» and
«Волна», the brands' desks, reviews, executives, influencers and the everyday sense of the names.

Written for issue 13 by a writer who had not read the detectors (nor docs/detection.md, nor the
texts of the other banks): only the bank format (banks.py, textgen.py) and the generator of the
week were read, and the phrasings are the writer's own, as people write on VK, Telegram, X and
review sites. The vocabulary follows the fixed vocabulary contract shared with the events half
(same keys as the other banks, new values). Checked only with tests/unit/test_week.py.
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

VOCAB = Vocab(
    ru={
        "city": ("в Гатчине у вокзала",
                 "в Новомосковске",
                 "в Старом Осколе",
                 "в Лесосибирске",
                 "в Усть-Илимске",
                 "в Нижнем Тагиле",
                 "в Гусь-Хрустальном",
                 "в Железногорске-Илимском",
                 "в Сосновом Бору",
                 "на Васильевском",
                 "в Подольске", "в Минеральных Водах", "в Химках", "в Ханты-Мансийске"),
        "when": ("в среду после обеда",
                 "в пятницу ближе к полуночи",
                 "позавчера под вечер",
                 "в понедельник ни свет ни заря",
                 "в воскресенье перед футболом",
                 "вчера после смены",
                 "часов в одиннадцать",
                 "прошлой ночью",
                 "в перерыв", "минут десять назад"),
        "who": ("сестра", "соседка по даче", "свекровь", "младший", "мой бригадир", "кума",
                "мой двоюродный брат", "батя", "напарник", "однокурсница", "тёща", "дочка"),
        "lol": ("пхпхпх", "гыгы", "ржу", "хахах)", "аххаха", "угар", "я плачу"),
        "sigh": ("штош", "ох", "такое", "эхх", "нуууу", "пфф"),
        "n": ("5", "7", "8", "11", "12", "15", "17", "19", "25", "27", "30", "35", "38",
              "40", "45", "50", "56", "60"),
        "e_pos": ("🤤", "😋👍", "🔥🔥", "💛", "🥰", "👌😊", "🙌", "😎"),
        "e_neg": ("😤", "🤬", "😞", "😡👎", "🙄😠", "💢", "😩"),
        "e_meh": ("🤷", "😐", "🤷‍♀️", "🫠", "😶", "🙃"),
    },
    en={
        "city": ("in Naberezhnye Chelny",
                 "in Veliky Novgorod",
                 "in Stary Oskol",
                 "in Tula",
                 "in Yoshkar-Ola",
                 "in Tyumen", "in Voronezh", "in Irkutsk", "near Khimki"),
        "when": ("at lunch today",
                 "on Wednesday after lunch",
                 "the day before yesterday around dusk",
                 "first thing Monday",
                 "after my shift", "late Friday before close", "around eleven", "ten minutes ago"),
        "who": ("my cousin Dima",
                "my landlady",
                "the night-shift guy",
                "my godmother",
                "my foreman",
                "a girl from my yoga class", "my nephew", "my little bro", "a buddy from the gym"),
        "lol": ("lmfao", "haha", "hahahah", "lolol", "dead 💀"),
        "sigh": ("welp.", "sigh", "meh", "great.", "ugh fine"),
        "n": ("5", "7", "9", "12", "15", "18", "25", "30", "40", "45", "50", "60"),
        "e_pos": ("🤤", "😋", "🔥", "💯", "🙌", "😍"),
        "e_neg": ("😤", "🤬", "👎", "😒", "😡"),
        "e_meh": ("🤷", "😐", "🫤", "🙃"),
    },
)

SOCHNY = BrandTexts(
    vocab=Vocab(
        ru={
            "dish": ("двойной чизбургер с халапеньо", "ролл с курицей гриль", "стрипсы",
                     "бургер с грибами и сулугуни", "картошка-спиральки",
                     "молочный коктейль с солёной карамелью", "бургер с треской в панировке",
                     "сет «Обед на двоих»", "кольца лука в пивном кляре", "бургер с пастрами",
                     "детское комбо с динозавриком", "крылышки в соусе буффало"),
            "good": ("булка мягкая и поджаристая", "котлету прожарили ровно как надо",
                     "соуса кладут щедро", "собрали заказ за пять минут",
                     "картошка хрустит даже дома", "девочка на кассе очень милая",
                     "в зале чисто и светло", "халапеньо прям огонь",
                     "коктейль густой, как мороженое", "порция реально большая"),
            "meh": ("булка сырая внутри", "котлета пересушена в подошву",
                    "соус в пакет так и не положили", "картошка пересолена так, что щиплет",
                    "заказ ждали минут двадцать при пустом зале",
                    "вместо колы налили какую-то газировку без газа",
                    "на столах крошки и липкие пятна", "салат в бургере подвявший",
                    "перепутали заказ и отдали с луком", "коктейль тёплый",
                    "сыр лежит холодным квадратиком", "в пакете не хватило наггетсов",
                    "терминал не принимает карту", "в туалете нет бумаги"),
            "promo": ("второй бургер за рубль по вторникам", "комбо с коктейлем за 399",
                      "бесплатная картошка к заказу от 700", "скидка 30% студентам после 18:00",
                      "двойные баллы за самовывоз"),
            "spot": ("на Мира возле вокзала", "в ТЦ «Гудзон» на третьем",
                     "у метро Щукинская", "на Красноармейской напротив универа",
                     "на заправке при выезде из города", "на фудкорте в «Океании»",
                     "на Пушкинской у сквера"),
            "fake_claim": ("на кухне травят тараканов прямо во время смены и не закрывают фритюр",
                           "масло во фритюре меняют раз в месяц, а остальное время доливают",
                           "котлеты делают из соевого фарша с ароматизатором «говядина»"),
            "gaffe_topic": ("студентов, которые берут один соус и сидят с ноутом до закрытия",
                            "мамочек с колясками, которые перегораживают весь зал",
                            "курьеров, которые греются у нас в холле"),
            "ignored_issue": ("не возвращают деньги за заказ, который отменил сам курьер",
                              "промокод из рассылки пишет «недействителен»",
                              "в приложении висит заказ, который давно забрали"),
            "found_item": ("пластиковый ярлычок от ящика прямо под котлетой",
                           "чей-то длинный волос, намотанный на салат",
                           "кусочек деревянной шпажки в картошке",
                           "металлический зажим от пакета внутри булки"),
            "found_short": ("ярлычок", "волос", "кусочек шпажки", "зажим"),
            "guard_venue": ("на Советской возле рынка", "в ТЦ «Радуга» у эскалатора",
                            "на Садовой рядом с остановкой"),
        },
        en={
            "dish": ("double jalapeño cheeseburger",
                     "grilled chicken roll",
                     "buffalo strips with ranch",
                     "mushroom and suluguni burger",
                     "salted caramel milkshake with whipped cream",
                     "onion rings in a paper cone",
                     "cod fillet bun", "wings in buffalo sauce", "kids combo with the dino toy"),
            "good": ("the bun was soft and toasted", "the patty was cooked just right",
                     "they don't skimp on sauce", "my order was ready in five minutes",
                     "the fries stayed crispy all the way home", "the shake is actually thick",
                     "the portion could feed two"),
            "meh": ("the bun was doughy in the middle", "the patty was dry like a shoe sole",
                    "no sauce in the bag, again", "fries were salty enough to sting",
                    "waited twenty minutes in an empty place", "the shake was lukewarm",
                    "the cheese sat there cold and square",
                    "they swapped my order with someone's onion burger",
                    "every table had a sticky ring on it",
                    "the card reader was down",
                    "lettuce was wilted"),
            "promo": ("second burger for one ruble on Tuesdays", "combo with a shake for 399",
                      "free fries on orders over 700", "30% off for students after 6pm"),
            "spot": ("on Mira by the station", "in the Gudzon mall", "near Shchukinskaya metro",
                     "at the gas station out of town", "at the Okeania food court"),
            "fake_claim": ("they spray for cockroaches in the kitchen mid-shift "
                           "with the fryers open",
                           "they change the fryer oil once a month and just top it up",
                           "the patties are soy mince with beef flavouring"),
            "gaffe_topic": ("students who buy one sauce and camp with a laptop till closing",
                            "moms with strollers blocking the whole hall",
                            "couriers warming up in our lobby"),
            "ignored_issue": ("my refund for a cancelled order hasn't come back",
                              "the promo code from the newsletter says invalid",
                              "the app shows an order I picked up ages ago"),
            "found_item": ("a plastic crate tag right under the patty",
                           "a long hair wound around the lettuce",
                           "a broken toothpick in the fries",
                           "a metal bag clip inside the bun"),
            "found_short": ("crate tag", "hair", "toothpick", "bag clip"),
            "guard_venue": ("on Sovetskaya by the market", "in the Raduga mall by the escalator",
                            "on Sadovaya next to the bus stop"),
        },
    ),
    positive=Texts(
        ru=(
            "[Взяла|Взял|Заказали] {dish} в {b_pre} {spot} — {good} {e_pos}",
            "{b} {city} [снова|опять] [радует|балует]: {good}[, и ещё {good}|] {e_pos}",
            "[честно|вот честно], в {b_pre} {dish} — [прям топ|вкуснота|лучше, чем в рекламе]. "
            "{good}",
            "{who} [зовёт|тащит] меня в {b_acc} [каждую пятницу|после работы], "
            "[и правильно|теперь я фанат]. {good} {e_pos}",
            "если хочется бургер [после тренировки|в два часа ночи|на ходу], то только {b} "
            "{spot}[. {good}|]",
            "[лайфхак|совет дня]: {promo} в {b_pre}. [взяли на двоих|наелись втроём|окупилось] "
            "{e_pos}",
            "честно, {b} {spot} [лучшая точка в районе|единственное место, где {good}|мой уютный "
            "угол] {e_pos}",
            "{when} [заскочили|зашли погреться|зарулили] в {b_acc}, {good}. [жизнь "
            "налаживается|день спасён|красота]",
            "[пять звёзд|10 из 10|твёрдая пятёрка] {b_dat} за {dish}[, {good}|] {e_pos}",
            "[кто бы мог подумать|внезапно], но в {b_pre} {good}. [{lol}|] ставлю лайк",
        ),
        en=(
            "[Grabbed|Got|Ordered] the {dish} at {b} {spot} and {good} {e_pos}",
            "{b} {city} never lets me down, {good}[ and {good}|] {e_pos}",
            "ok the {dish} at {b} is [legit|lowkey the best|underrated], {good}",
            "{who} took me to {b} {when}, [good call|new fave unlocked|10/10]. {good} {e_pos}",
            "pro tip: {promo} at {b}. [fed two of us|worth it|total steal] {e_pos}",
            "[late night|post-gym|Friday night] {b} run {city}, {good} {e_pos}",
            "[pleasantly surprised by|big fan of] {b} {spot}: {good}",
        ),
        mixed=(
            "{b} {spot} — [literally|honestly] best [burger|combo] ever, {good} {e_pos}",
            "взял {dish}, [vibe check passed|it slaps|no regrets], {good}",
            "[ok so|lowkey] {b} {city} [топ|огонь], {good} {e_pos}",
            "[weekend mood|cheat day]: {dish} из {b_gen}, {good} {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "{b} {spot} [работает до двух|открылся после ремонта|теперь с доставкой]?",
            "[кто-нибудь пробовал|кто уже брал] {dish} в {b_pre}? [стоит того|как оно|большой]?",
            "{when} [стояли|сидели] в {b_pre} {spot}, [народу много|полупусто|очередь человек {n}]",
            "{who} [хочет|просит] {dish} из {b_gen}, [придётся ехать|закажу доставку|пойду после "
            "работы]",
            "в {b_pre} [опять|теперь] {promo}, [если кому надо|на заметку|к сведению]",
            "[интересно|любопытно], {b} {city} [франшиза|свои точки] или нет",
            "[встречаемся|пересекаемся] у {b_gen} {spot} в [шесть|семь|полвосьмого]",
            "{b} или [шаурма у дома|пельменная|столовка]? [голосуем|решаем всем отделом]",
            "[сфоткал|выложил] новое меню {b_gen} {spot}, [кому надо|вдруг пригодится]",
            "в {b_pre} {spot} [поменяли вывеску|поставили киоски самообслуживания|сделали детский "
            "уголок]",
            "[в обед|вечером] беру {dish} в {b_pre} {spot}, [кому что взять|кто со мной]?",
        ),
        en=(
            "is {b} {spot} open late? [asking for a friend|need to know|anyone?]",
            "has anyone tried the {dish} at {b}? [worth it|how is it|any good]?",
            "{when} at {b} {spot}, [line of like {n} people|pretty empty|kinda busy]",
            "{b} has {promo} now, [fyi|if anyone cares|just saying]",
            "meeting {who} at {b} {spot} [at six|after work|around seven]",
            "{b} or [shawarma|dumplings|pizza] tonight? [can't decide|help] {e_meh}",
            "{b} {spot} [got self-order kiosks|is doing delivery now|changed its menu boards]",
            "picking up a {dish} from {b} {spot} on the way home",
            "{b} {spot} has a new menu board, [the {dish} is on it now|with the {dish} up top]",
        ),
        mixed=(
            "{b} {spot} [still open|open now]? [need|хочу] {dish}",
            "[quick q|вопрос]: в {b_pre} {promo} ещё [работает|действует]?",
            "[lunch|dinner] today: {dish} из {b_gen}",
        ),
    ),
    negative=Texts(
        ru=(
            "[Ну такое|Разочарование дня]: в {b_pre} {spot} {meh} {e_neg}",
            "{b} {city}, [серьёзно|вы там как вообще]? {meh}, [и ещё|плюс] {meh}",
            "взяла {dish} в {b_pre}, а там {meh}. [больше не пойду|последний раз|{sigh}] {e_neg}",
            "[каждый раз одно и то же|сколько можно]: {b} и {meh}[. {sigh}|]",
            "{who} [до сих пор лежит пластом|всю ночь мучается животом] после {b_gen} {spot}, "
            "[спасибо|класс] {e_neg}",
            "за {n} минут ожидания в {b_pre} можно было [свой бургер пожарить|сходить домой и "
            "обратно]. и да, {meh}",
            "[раньше|год назад] {b} был норм, [теперь|а сейчас] {meh} {e_neg}",
            "[отдали|вручили] {dish}, а там {meh}. {b}, [стыдно|позорище|ну камон]",
            "[не ходите|не советую] в {b_acc} {spot}: {meh}[, да и {meh}|]",
            "цены в {b_pre} [как в ресторане|растут каждый месяц], а {meh} {e_neg}",
            "[опять|снова] {b}: {meh}. [жалобу писать лень|пойду в шаурму] {e_neg}",
        ),
        en=(
            "[Disappointed|Annoyed] with {b} {spot}: {meh} {e_neg}",
            "{b} {city}, [seriously|come on]? {meh} and {meh}",
            "got the {dish} at {b} and {meh}. [never again|done|{sigh}] {e_neg}",
            "{who} [got sick|felt awful all night] after {b} {spot} {e_neg}",
            "[{n} minutes|waited {n} minutes] for {b} and {meh} {e_neg}",
            "{b} was decent [last year|a while back], now {meh} {e_neg}",
            "[don't bother with|skip] {b} {spot}: {meh}",
            "{b} prices keep going up and {meh} {e_neg}",
        ),
        mixed=(
            "{b} {spot} — [total fail|big nope], {meh} {e_neg}",
            "[worst|худший] {dish} [ever|в жизни], {meh} {e_neg}",
            "[nope|ну нет], {b}: {meh}[, {sigh}|]",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [подскажите|здравствуйте], {promo} [действует|работает] в доставке?",
            "{h} [есть ли|а будет] {dish} [без глютена|в постном варианте|в острой версии]?",
            "{h} во сколько [закрывается|открывается] точка {spot}?",
            "{h} [можно ли|получится] заказать на [день рождения|корпоратив] на {n} человек?",
            "{h} [где|как] посмотреть состав {dish}[? у ребёнка аллергия|?]",
            "{h} [а|скажите,] {dish} [вернётся|будет снова] в меню {spot}?",
            "{h} [подскажите|добрый день], до какого числа можно потратить баллы?",
        ),
        en=(
            "{h} does {promo} work for delivery?",
            "{h} what time does the place {spot} close?",
            "{h} is there an allergen list for the {dish}?",
            "{h} can I book for a birthday, about {n} people?",
            "{h} why did the {dish} disappear from the menu?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [заказ привезли|курьер доставил] через [час|полтора часа], {meh} {e_neg}",
            "{h} [здравствуйте|добрый вечер]. {when} в точке {spot} {meh}. [как так|разберитесь]",
            "{h} [оплатил|заплатила] {dish}, а [не положили|в пакете нет]. [верните деньги|жду "
            "ответа]",
            "{h} [уже|в который раз] {meh}, [и никто не извинился|администратор только пожал "
            "плечами] {e_neg}",
            "{h} {promo} [не применилось|не сработало], списали полную сумму",
            "{h} [вы серьёзно|ну так себе]? привезли {dish}, [всё холодное|всё развалилось], {meh}",
            "{h} [приложение|сайт] [вылетает на оплате|не видит адрес], заказать [не "
            "могу|невозможно]",
            "{h} в [зале|точке] {spot} {meh}, [проверьте|наведите порядок] пожалуйста",
            "{h} с карты [списали дважды|сняли два раза] за один заказ {e_neg}",
        ),
        en=(
            "{h} my order took [an hour|90 minutes] and {meh} {e_neg}",
            "{h} {when} at the place {spot}: {meh}. [please sort it out|not ok]",
            "{h} paid for the {dish} and it [wasn't in the bag|never came]. refund please",
            "{h} {promo} didn't apply, charged full price",
            "{h} the app [crashes at checkout|won't take my address] {e_neg}",
            "{h} charged twice for one order {e_neg}",
            "{h} [again|for the {n}th time], {meh}",
            "{h} {meh}, and the manager just shrugged",
        ),
    ),
    comment=Texts(
        ru=(
            "[а|и] {dish} когда [вернёте|снова будет]?",
            "[лучше бы|может] {meh} [исправили|починили] сначала {e_meh}",
            "[о, класс|ура], [бегу|завтра же схожу] {e_pos}",
            "[а в|и в] {city} такое [будет|работает]?",
            "[а|и] [доставка|самовывоз] тоже по акции?",
            "[беру|взяла] каждый раз, {good} {e_pos}",
            "[сделайте|верните] [острый соус|сырный соус] в [меню|доставку] плиз",
        ),
        en=(
            "when is the {dish} coming back?",
            "[fix|how about fixing] the fact that {meh} first {e_meh}",
            "[omg yes|finally], going tomorrow {e_pos}",
        ),
    ),
    reply=Texts(
        ru=(
            "[тоже|согласна|плюсую], {good}",
            "[а у меня|а мне] наоборот: {meh}",
            "[точно|вот-вот], {good}",
            "[скинь|кинь] адрес, [тоже хочу|заеду на выходных]",
            "[а|и] сколько [стоит|вышло] сейчас?",
            "[возьми меня с собой|я с тобой в следующий раз] {e_pos}",
            "[ахаха|{lol}] [жиза|знакомо]",
            "[в какой точке|это где]? {spot}?",
            "[не знаю|хз], я [туда не хожу|беру в другом месте] {e_meh}",
            "[попробуй|возьми] {dish}, [не пожалеешь|там {good}]",
            "[мы|я] туда {when} [ходили|заходили], [норм|всё ок]",
            "[зря|ну и зря], {good}",
        ),
        en=(
            "[same|agreed], {good}",
            "[weird|really?], for me {meh}",
            "{lol} [so true|relatable]",
            "which one? {spot}?",
            "try the {dish}, {good}",
            "how much was it [now|these days]?",
            "take me next time {e_pos}",
        ),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Очень жаль|Нам неприятно], что так вышло. Напишите "
            "номер заказа в [личку|личные сообщения], [разберёмся|всё проверим]",
            "[Спасибо, что сообщили|Благодарим за сигнал]. Передали [управляющему|менеджеру] "
            "точки, вернёмся с ответом [сегодня|в течение дня]",
            "Приносим извинения! [Компенсируем|Вернём] стоимость заказа, [пришлите|скиньте] чек в "
            "директ",
            "[Добрый вечер|Здравствуйте]. [Уточните|Подскажите], пожалуйста, адрес точки и время "
            "визита",
            "Да, акция действует [до конца месяца|во всех точках], [ждём вас|приятного аппетита]!",
            "[Простите|Извините] за ожидание. Проверили: [ошибка на стороне кухни|сбой кассы], "
            "деньги [вернутся в течение 3 дней|уже возвращены]",
            "[Спасибо за вопрос|Привет]! Состав и аллергены есть на сайте в карточке "
            "[блюда|товара]",
            "[Мы|Команда] [на связи|здесь]. [Опишите|Расскажите], пожалуйста, подробнее — "
            "[поможем|разберёмся]",
        ),
        en=(
            "Hi! Sorry about that. Please DM us your order number and we'll [look into it|sort it "
            "out]",
            "Thanks for letting us know, we've passed this to the [restaurant manager|team]",
            "Apologies! We'll refund the order, please send the receipt via DM",
            "Yes, the offer is valid [at all locations|until the end of the month]. Enjoy!",
        ),
    ),
    thanks=Texts(
        ru=(
            "[спасибо|о, спасибо], [быстро|оперативно] {e_pos}",
            "[деньги пришли|вернули], [спасибо|благодарю]",
            "[ок|хорошо], [жду|спасибо за ответ]",
            "вот это [сервис|поддержка], [приятно|уважаю] {e_pos}",
        ),
        en=("thanks, that was quick {e_pos}", "[got it|refund arrived], thank you"),
    ),
    still_broken=Texts(
        ru=(
            "[написал|отправила] в личку [ещё утром|{n} часов назад], [тишина|никто не ответил] "
            "{e_neg}",
            "[и что|ну и], [где деньги|где возврат]? [прошло|уже] {n} дней",
            "[шаблонный ответ|отписка], а проблема [та же|никуда не делась]",
            "[ничего не поменялось|всё так же], {meh}",
        ),
        en=("still no refund after {n} days {e_neg}",
            "[copy-paste reply|same answer], nothing fixed"),
    ),
    review_pos=Texts(
        ru=(
            "[Хорошая точка|Приятное место] {spot}. {good}, {good}. [Рекомендую|Вернёмся]",
            "Брали {dish} и [{dish}|коктейль]. {good}. [Цена норм|Чуть дороговато, но вкусно]",
            "[Заходим|Ходим] сюда [с детьми|после кино|по пятницам], {good} {e_pos}",
            "[Быстро, чисто, вкусно|Всё как надо]. {good}",
            "Персонал [вежливый|приветливый], {good}. [5 звёзд|Пять из пяти]",
            "[За свои деньги|Для фастфуда] отлично: {good}",
        ),
        en=(
            "[Nice spot|Good place] {spot}. {good}, {good}",
            "Had the {dish}. {good}. [Recommend|Will be back]",
            "[Fast, clean, tasty|Solid fast food]. {good} {e_pos}",
        ),
    ),
    review_neg=Texts(
        ru=(
            "[Плохо|Не понравилось]. {meh}, [к тому же|а ещё] {meh}. [Не рекомендую|Больше не "
            "придём]",
            "Заказывали {dish}: {meh}. [Персонал не извинился|Администратора не нашли]",
            "[Одна звезда|1 балл] за то, что {meh}",
            "[Раньше было лучше|Сдали позиции]. Сейчас {meh} {e_neg}",
            "Ждали {n} минут, в итоге {meh}. [Деньги на ветер|Зря потратили вечер]",
            "[Грязно|Неуютно]: {meh}. [Ещё и|И вдобавок] всё [холодное|остывшее]",
            "[Доставка|Курьер] [опоздали на час|привёз всё вперемешку], {meh}",
        ),
        en=(
            "[Bad|Not good]. {meh}, and {meh}. [Won't be back|Avoid]",
            "Ordered the {dish}: {meh} {e_neg}",
            "One star because {meh}",
            "Waited {n} minutes and {meh}",
            "It used to be better. Now {meh}",
            "[Delivery|The courier] was an hour late and {meh}",
        ),
    ),
    review_answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]. Сожалеем о вашем опыте. [Передали|Направили] отзыв "
            "управляющему, [свяжитесь с нами|напишите нам] в поддержку",
            "Спасибо за отзыв. [Нам жаль|Простите], что визит разочаровал. Проведём "
            "[проверку|разбор] на точке",
            "[Приносим извинения|Извините нас]. Будем рады [компенсировать|исправить] — [номер "
            "заказа|чек] пришлите в сообщения",
            "[Благодарим|Спасибо] за обратную связь, [учтём|примем меры]",
            "Ваш отзыв [важен|очень важен] для нас. [Персонал проинструктирован|Мы уже поговорили "
            "с командой смены]",
        ),
        en=(
            "Hello, we're sorry about your visit. We've shared this with the manager, please "
            "contact support",
            "Thank you for the feedback, we apologise and will check this with the team",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за тёплые слова! [Ждём снова|Приходите ещё] {e_pos}",
            "[Рады|Очень рады], что понравилось! [Передадим команде|Команда точки будет счастлива]",
            "[Благодарим|Спасибо] за [оценку|отзыв], [до встречи|приятного аппетита]!",
        ),
        en=("Thank you so much! See you again {e_pos}",
            "Glad you liked it, we'll pass it on to the team!"),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. По [записи камер|данным кассы] заказ был выдан [через 7 минут|вовремя] "
            "и [полностью|без замечаний]. [Готовы обсудить|Свяжитесь с нами], если остались "
            "вопросы",
            "Мы проверили: в указанное время [заказ не оформлялся|такой позиции в чеке не было]. "
            "Пришлите, пожалуйста, [чек|номер заказа]",
        ),
    ),
    official_post=Texts(
        ru=(
            "{promo}! [Только до воскресенья|Всю неделю] во всех точках {e_pos}",
            "Новинка: {dish}. [Уже в меню|Пробуйте первыми] — [делитесь впечатлениями|ждём ваши "
            "отзывы]",
            "Открыли новую точку {spot}! [Первым гостям|В день открытия] — [подарок|коктейль в "
            "подарок]",
            "[Режим работы|График] в праздники: [с 10:00 до 23:00|круглосуточно в ТЦ]",
            "Обновили приложение: [заказ теперь можно забрать без очереди|баллы видны сразу]",
            "[Розыгрыш|Конкурс]! Сделайте репост и выиграйте [сертификат на 3000|год бургеров] "
            "{e_pos}",
            "[Знакомьтесь|Встречайте]: обновлённый {dish}, [больше сыра|новая булка]",
            "[Открыты вакансии|Ищем в команду] — [повара|кассиры|курьеры], гибкий график",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Съездил на нашу фабрику булок [под Тверью|в Подмосковье]. [Горжусь командой|Много "
            "инсайтов]",
            "Сегодня [отстоял смену|поработал] на кассе {spot}. Уважение всем, кто делает это "
            "каждый день",
            "[Итоги квартала|Немного цифр]: открыли [6|9] точек, [выросли в доставке|запустили "
            "киоски]",
            "[Читаю|Перечитываю] «[Хорошо до великого|Подход Disney]». [Рекомендую|Много про "
            "сервис]",
            "Спасибо всем, кто пишет отзывы — [читаю лично|многое внедряем]",
            "[Пробежал|Пробежала команда] полумарафон {city}. [Ноги болят|Кайф]",
            "Тестировали {dish}: [нужно доработать соус|скоро в меню]",
            "[Сегодня|На этой неделе] выступаю на [конференции ритейла|форуме франчайзи], "
            "[приходите|расскажу про автоматизацию кухни]",
            "[Лето|Сезон] — время [полевых выездов|ревизий точек]. Едем {city}",
            "Собираем команду [аналитики|IT], [пишите|ждём резюме]",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Обзор|Честный обзор]: {dish} из {b_gen}. {good}, {good}. [Моя оценка 9/10|Беру ещё] "
            "{e_pos}",
            "[Прошёл|Протестировал] всё меню {b_gen} за день. [Фаворит|Лучшее] — {dish}",
            "{b} [спонсором не является|мне не платит], но {good} {e_pos}",
            "[Рубрика|Серия] «фастфуд {city}»: {b} [в лидерах|на первом месте]",
        ),
        en=(
            "Honest review: {b}'s {dish}. {good}, {good}. [9/10|solid] {e_pos}",
            "Tried the whole {b} menu. [Winner|Best thing]: {dish}",
            "{b} isn't paying me, but {good}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Обзор|Тест]: {dish} из {b_gen}. {meh}, [да и|плюс] {meh}. [3/10|Не советую] {e_neg}",
            "[Сравнил|Протестировал] бургерные {city}: {b} [на последнем месте|в хвосте] — {meh}",
            "{b} [разочаровал|сдулся]: {meh}",
        ),
        en=(
            "Review: {b}'s {dish}. {meh}, {meh}. [3/10|skip it] {e_neg}",
            "Ranked burger chains {city}, {b} came last: {meh}",
        ),
    ),
    decoy=Texts(
        ru=(
            "[Рецепт|Готовим] дома сочный бургер: [фарш 20% жирности|говядина с салом] и "
            "[бриошь|картофельная булка] {e_pos}",
            "[Мангал|Гриль] на даче, сочный бургер [удался|получился с первого раза] {e_pos}",
            "[секрет|лайфхак]: сочный бургер получается, если котлету переворачивать [один "
            "раз|только однажды]",
            "[нашёл|нашла] крафтовую бургерную {city}, такой сочный бургер [ел только в "
            "Штатах|просто песня]",
            "сочный бургер [и холодное пиво|после пар] — [всё, что мне надо|идеальный вечер]",
            "[муж|{who}] [пожарил|собрал] сочный бургер, [я в восторге|семья довольна]",
            "как сделать сочный бургер из индейки: [добавь тёртый кабачок|лёд в фарш]",
            "[фото дня|фуд-фото]: сочный бургер на деревянной доске {e_pos}",
        ),
        en=(
            "recipe: a сочный бургер, as my Russian friend calls it, juicy homemade patty {e_pos}",
            "my host mom in Moscow made a сочный бургер on the grill, amazing",
            "learned «сочный бургер» means juicy burger {lol}",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[хотел|хотела] сочный бургер, а вышла [подошва|угольки], {sigh}",
            "сочный бургер [из рецепта|по видео] [развалился на гриле|сгорел снизу] {e_neg}",
            "[заплатил|отдал] 900 ₽ за «сочный бургер» в кафе у вокзала — [сухой|картон] {e_neg}",
            "никакой не сочный бургер [в этом баре|в столовой у нас], а сухарь",
        ),
    ),
)

POLYUSHKO = BrandTexts(
    vocab=Vocab(
        ru={
            "grain": ("гречка-ядрица в варочных пакетах",
                      "гречка зелёная непропаренная",
                      "пшено «Золотое»",
                      "перловка", "геркулес крупного помола", "рис для каши «Краснодарский»",
                      "гречневая мука", "кускус", "продел"),
            "shop": ("в Магните на углу",
                     "в Ленте на выезде из города",
                     "на озоне с доставкой в пункт",
                     "в ВВ у метро Дыбенко",
                     "в Ашане по акции",
                     "в сельпо у бабушки",
                     "на Мегамаркете за баллы",
                     "в Дикси возле остановки"),
            "dish_home": ("гречотто с тыквой", "пшёнку с курагой", "рассольник на перловке",
                          "блины на гречневой муке", "молочную кашу для мелкой", "плов из перловки",
                          "гречку с куриной печёнкой и морковкой", "овсянку с бананом"),
            "good": ("перебирать ничего не пришлось", "зёрнышко к зёрнышку, не слипается",
                     "пахнет по-настоящему, как в детстве", "варочные пакеты не лопаются",
                     "цена не кусается",
                     "камешков не попалось ни разу",
                     "готова минут за пятнадцать без замачивания"),
            "meh": ("крупа с мусором и шелухой", "пакет порвался прямо на полке",
                    "горчит после варки", "половина пачки мелкая сечка",
                    "жучки в пачке", "подорожала раза в полтора",
                    "варится полчаса и всё равно жёсткая", "отдаёт подвалом и сыростью",
                    "в пачке явно меньше 900 грамм", "упаковка вздутая"),
            "fake_claim": ("гречку обрабатывают пестицидами, запрещёнными в Европе",
                           "крупу возят из Китая и пересыпают в свои пачки",
                           "в пшено добавляют краситель, чтобы было жёлтым"),
            "gaffe_topic": ("покупателей, которые ноют из-за каждого камешка",
                            "блогеров, которые клянчат бесплатную крупу",
                            "бабушек, которые пишут жалобы от руки"),
            "ignored_issue": ("в заказах с сайта вместо гречки привозят рис",
                              "не отвечают на претензию про жучков в пачке",
                              "не возвращают деньги за порванную упаковку"),
            "found_item": ("мышиный помёт прямо в пачке гречки",
                           "скрученный обрывок проволоки в пакете с пшеном",
                           "коричневый осколок бутылочного стекла в перловке"),
            "found_short": ("помёт", "кусочек проволоки", "осколок бутылки"),
        },
        en={
            "grain": ("kernel buckwheat in perforated sachets",
                      "unroasted green groats",
                      "millet",
                      "barley groats",
                      "old-fashioned oat flakes", "round rice", "couscous"),
            "shop": ("at the Magnit on the corner",
                     "at the Lenta out by the ring road",
                     "on Ozon with pickup",
                     "at the VkusVill by the metro",
                     "at the Auchan past the river bridge",
                     "on Megamarket"),
            "dish_home": ("buckwheat with fried chanterelles",
                          "millet porridge with dried apricots",
                          "rassolnik with barley",
                          "pancakes from buckwheat flour",
                          "buckwheat with liver"),
            "good": ("the grain is clean, no sorting needed", "every grain cooks the same",
                     "smells like the real thing", "the sachets survive twenty minutes of boiling",
                     "the price doesn't bite", "not a single pebble"),
            "meh": ("the grain had husks in it", "the bag tore on the shelf",
                    "it tastes bitter after cooking", "half the pack was broken bits",
                    "there were bugs in the pack", "the price went up like 50%",
                    "it smells like a damp cellar", "the pack is clearly under 900 g"),
            "fake_claim": ("their buckwheat is sprayed with pesticides banned in Europe",
                           "they import the grain from China and repack it",
                           "they dye the millet so it looks yellow"),
            "gaffe_topic": ("customers who whine about every single pebble",
                            "bloggers begging for free grain",
                            "grannies who write complaints by hand"),
            "ignored_issue": ("my web order came with rice instead of buckwheat",
                              "nobody answers my claim about bugs in the pack",
                              "no refund for a torn package"),
            "found_item": ("mouse droppings right in a buckwheat pack",
                           "a piece of wire in the millet bag",
                           "a sliver of brown bottle glass in the barley"),
            "found_short": ("droppings", "wire", "bottle-glass sliver"),
        },
    ),
    positive=Texts(
        ru=(
            "[Купила|Взяла] {b} {shop}, [брала|была] {grain}: {good} {e_pos}",
            "{b} [снова выручает|лучшая крупа из магазинных], {good}[, и {good}|]",
            "сварила {dish_home} из {b_gen}, {who} [просит добавки|уплетает за обе щеки] {e_pos}",
            "[перепробовала всё|после пяти брендов] — остаюсь на {b_pre}. {good}",
            "{when} [открыла|распечатала] пачку {b_gen}, а там {good}. [приятно|мелочь, а радует]",
            "[мой|наш] завтрак: {dish_home}, крупа от {b_gen} {e_pos}",
            "[рекомендую|советую] {b}: {good}, {good}",
            "[взяла|заказала] {n} пачек {b_gen} про запас, [не жалею|потому что {good}] {e_pos}",
        ),
        en=(
            "Bought {b} {grain} {shop}, {good} {e_pos}",
            "{b} is my go-to, {good}[ and {good}|]",
            "made {dish_home} with {b}, {who} wanted seconds {e_pos}",
            "tried five brands, sticking with {b}: {good}",
            "stocked up on {b} {grain} {shop}, {good} {e_pos}",
            "[honestly|ok] {b} {grain} is great, {good}",
        ),
        mixed=(
            "{b} — [my go-to|best] [гречка|крупа] ever, {good} {e_pos}",
            "[healthy breakfast|meal prep]: {dish_home} из {b_gen}, {good}",
            "[ok so|honestly] {grain} {b_gen} [top|огонь], {good} {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "[а где сейчас|кто видел] {b} {city}? [пропали из магазинов|не могу найти]",
            "на крупу {b_gen} {shop} [сейчас акция|скидка до воскресенья][, на заметку|]",
            "[чем отличается|в чём разница]: {grain} {b_gen} и обычная крупа? [кто "
            "знает|подскажите]",
            "{who} [просит|напоминает] купить {b} {shop}, [схожу после работы|закажу]",
            "{b} [сменили упаковку|теперь в бумажных пачках|выпустили новую линейку], "
            "[интересно|посмотрим]",
            "[сколько варить|сколько воды на] {grain} {b_gen}? на пачке [стёрлось|мелко написано]",
            "{when} [видела|заметила] {b} {shop} за [89|99|119] ₽[, кому надо|]",
            "[сварю|хочу сделать] {dish_home}, [есть только|дома только] {b}, [посмотрим|норм "
            "вроде]",
            "[закупилась|закупились] на месяц: {b}, [мука|макароны] и [масло|консервы]",
            "[а|кстати], {b} [российская|чья] компания?",
        ),
        en=(
            "where can I find {b} {city}? [gone from the shelves|can't find it] {e_meh}",
            "{b} {grain} is [on sale|more expensive] {shop}[, fyi|]",
            "what's the difference between {b} {grain} and the regular kind?",
            "{b} [changed the packaging|has a new line|went to paper bags]",
            "how long do you cook {b} {grain}? [the pack is smudged|can't read the label]",
            "{who} asked me to grab {b} {shop}",
            "stocking up for the month: {b}, flour and canned stuff",
            "saw {b} {shop} for [89|99|119] rubles",
        ),
        mixed=(
            "{b} [still|ещё] продаётся {shop}? [need|нужно] для {dish_home}",
            "[quick q|вопрос]: {grain} {b_gen} — [organic|органик] или нет?",
        ),
    ),
    negative=Texts(
        ru=(
            "[Ну спасибо|Отлично просто], {b}: {meh} {e_neg}",
            "[купила|взяла] {b} {shop} ({grain}), а там {meh}. [больше не беру|{sigh}]",
            "{b} [испортилась|уже не та]: {meh}, [да и|плюс] {meh} {e_neg}",
            "сварила {dish_home}, а {meh}. [выкинула|пришлось выбросить] {e_neg}",
            "[который раз|опять] с {b_ins} одно и то же: {meh}",
            "[не берите|не советую] {b} {shop}, {meh}",
            "{who} [несёт обратно|хочет сдать] пачку {b_gen}: {meh} {e_neg}",
            "[раньше|ещё весной] {b} был [норм|лучшим], а теперь {meh}",
        ),
        en=(
            "[Thanks a lot|Great], {b}: {meh} {e_neg}",
            "bought {b} {grain} {shop} and {meh}. [never again|{sigh}]",
            "{b} has gone downhill: {meh}, and {meh} {e_neg}",
            "made {dish_home} and {meh}. [binned it|threw it out] {e_neg}",
            "don't buy {b} {shop}, {meh}",
            "{b} used to be good, now {meh}",
            "{who} returned a pack of {b}: {meh} {e_neg}",
        ),
        mixed=(
            "{b} — [total fail|big nope], {meh} {e_neg}",
            "[nope|ну нет], {b}: {meh}[, {sigh}|]",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [подскажите|здравствуйте], где {city} [продаётся|найти] «{grain}»?",
            "{h} [будет ли|планируется ли] {grain} в [больших пачках|мешках по 5 кг]?",
            "{h} {grain}: [какой срок годности после вскрытия|сколько хранится открытая пачка]?",
            "{h} [можно ли|подходит ли] {grain} для [детского питания|прикорма]?",
            "{h} [не могу найти|не нахожу] {shop} вашу «{grain}», [почему|что случилось]?",
        ),
        en=(
            "{h} any stores {city} that carry {grain}?",
            "{h} is {grain} ok for baby food?",
            "{h} will you sell {grain} in bigger packs?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [здравствуйте|добрый день], {when} [купила|взял] вашу крупу {shop}, {meh} {e_neg}",
            "{h} [опять|снова] {meh}. [верните деньги|что с контролем качества]?",
            "{h} {grain}, пачка {shop}: {meh}, [фото приложила|чек сохранила]",
            "{h} [заказ с сайта|доставка] [не пришла|опоздала на {n} дней], [никто не "
            "отвечает|где заказ]?",
            "{h} [вы|у вас] [там|вообще] проверяете партии? {meh}",
            "{h} [который месяц|уже не первый раз] {meh} {e_neg}",
            "{h} {grain}: {meh}, [сделайте что-нибудь|разберитесь с поставщиком]",
            "{h} [на пачке|на упаковке] [срок стёрт|дата не читается], а {meh}",
            "{h} [акция|скидка] {shop} [не пробилась|не сработала], а на ценнике была",
        ),
        en=(
            "{h} bought {grain} {shop} {when} and {meh} {e_neg}",
            "{h} again {meh}. refund?",
            "{h} {meh}, I kept the receipt and took photos",
            "{h} my web order [never arrived|is {n} days late]",
            "{h} do you even check your batches? {meh}",
            "{h} {grain}: {meh}",
            "{h} the discount didn't apply {shop} {e_neg}",
        ),
    ),
    comment=Texts(
        ru=(
            "[а|и] {grain} когда [вернёте|снова будет]?",
            "[лучше бы|может] с тем, что {meh}, [разобрались|разберётесь] {e_meh}",
            "[моя любимая|наша любимая] крупа {e_pos}",
            "[а в|и в] {city} [продаётся|найти можно]?",
            "рецепт [супер|спасибо], [сварю|сделаю] {dish_home} в выходные",
        ),
        en=("when is the {grain} coming back?", "love it, {good} {e_pos}"),
    ),
    reply=Texts(
        ru=(
            "[тоже|согласна], {good}",
            "[а у меня|у нас] наоборот: {meh}",
            "[да-да|вот-вот], {meh} {e_neg}",
            "[{lol}|ахах] [знакомо|жиза]",
            "[где брала|это где]? {shop}?",
            "[я|мы] [беру|берём] {shop}, [всё норм|без проблем]",
        ),
        en=("[same|agreed], {good}", "for me {meh}", "{lol} so true"),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Нам очень жаль|Сожалеем]. Напишите, пожалуйста, [номер "
            "партии|дату производства] с пачки в личные сообщения",
            "[Спасибо, что написали|Благодарим за обращение]. Передали в отдел качества, [ответим "
            "в течение 2 дней|свяжемся с вами]",
            "Приносим извинения. [Возместим стоимость|Отправим замену] — [пришлите фото "
            "чека|напишите адрес] в личку",
            "[Здравствуйте|Привет]! {grain} [есть|продаётся] [на маркетплейсах|в сетях], список "
            "магазинов на сайте",
            "Мы [разбираемся|проверяем партию]. [Спасибо за терпение|Держим в курсе]",
        ),
        en=(
            "Hello, we're so sorry. Please DM us the batch number from the pack",
            "Thanks for reaching out, we've forwarded this to quality control",
            "We apologise, we'll send a replacement, please DM your address",
        ),
    ),
    thanks=Texts(
        ru=("[спасибо|о, спасибо], [быстро ответили|приятно] {e_pos}",
            "[замену прислали|деньги вернули], [спасибо|благодарю]",
            "[ок|хорошо], [жду|спасибо]"),
        en=("thanks for the quick reply {e_pos}", "replacement arrived, thank you"),
    ),
    still_broken=Texts(
        ru=("[написала|отправил] [ещё вчера|{n} часов назад], [тишина|никто не ответил] {e_neg}",
            "[и|ну и] где [замена|возврат]? прошло {n} дней",
            "[отписка|шаблон], а {meh}"),
        en=("still nothing after {n} days {e_neg}", "copy-paste reply, still {meh}"),
    ),
    review_pos=Texts(
        ru=(
            "[Хорошая крупа|Достойно]. {good}, {good}. [Рекомендую|Беру постоянно]",
            "Варю {dish_home} только на крупе {b_gen}: {good}",
            "[За свои деньги|По цене] отлично, {good} {e_pos}",
            "[Пачка удобная|Упаковка с зиплоком], {good}",
            "[Брала|Покупаю] {shop}, {good}. [5 звёзд|Пять]",
        ),
        en=("Good grain. {good}, {good}", "I only use {b} for {dish_home}: {good}",
            "Great value, {good} {e_pos}"),
    ),
    review_neg=Texts(
        ru=(
            "[Разочарована|Не понравилось]. {meh}, [к тому же|и] {meh}",
            "[Купила|Брал] {shop}: {meh}. [Не рекомендую|Больше не возьму]",
            "[Одна звезда|1 из 5], потому что {meh}",
            "[Качество упало|Раньше было лучше]. Сейчас {meh} {e_neg}",
            "Сварила {dish_home}: {meh}. [Деньги на ветер|Зря]",
        ),
        en=("Disappointed. {meh}, and {meh}", "Bought it {shop}: {meh}. Won't buy again",
            "One star because {meh}", "Quality dropped, now {meh}", "Made {dish_home}: {meh}"),
    ),
    review_answer=Texts(
        ru=("Здравствуйте. Сожалеем. Пожалуйста, [напишите нам|свяжитесь с горячей линией] и "
            "укажите номер партии, [разберёмся|проверим]",
            "Спасибо за отзыв. [Передали|Направили] информацию в отдел качества",
            "[Приносим извинения|Простите нас]. Готовы [заменить товар|вернуть деньги]"),
        en=("Hello, we're sorry. Please contact us with the batch number",
            "Thank you for the feedback, we've passed it to quality control"),
    ),
    review_thanks=Texts(
        ru=("Спасибо за отзыв! [Приятного аппетита|Рады стараться] {e_pos}",
            "[Очень рады|Рады], что понравилось, [ждём снова|до встречи на полке]!"),
        en=("Thank you! Enjoy {e_pos}", "So glad you like it!"),
    ),
    review_dispute=Texts(ru=()),
    official_post=Texts(
        ru=(
            "Новинка: {grain} [в экоупаковке|в пачках по 400 г]! [Уже на полках|Ищите] {shop} "
            "{e_pos}",
            "Рецепт недели: {dish_home}. [Сохраняйте|Готовьте с нами]",
            "[Розыгрыш|Конкурс]: отметьте друга и выиграйте [годовой запас крупы|набор круп] "
            "{e_pos}",
            "Мы [собрали новый урожай|запустили новую линию фасовки]. [Спасибо аграриям|Гордимся]",
            "[Акция|Скидки] {shop}: {grain} [минус 25%|по специальной цене] до конца недели",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Была|Съездила] на поле под [Орлом|Курском], [гречка цветёт|урожай обещает быть "
            "хорошим]",
            "Семь лет назад мы начинали с [одного склада|двух фасовщиц]. [Спасибо команде|Как "
            "быстро летит время]",
            "[Читаю|Дочитала] книгу про [бережливое производство|семейный бизнес], [советую|много "
            "мыслей]",
            "[Ищем|Нам нужен] [технолога|логиста] в команду, [пишите|жду резюме]",
            "[Выступила|Рассказывала] на [агрофоруме|встрече предпринимателей] {city}",
            "Сварила дома {dish_home}, [наша крупа|пробую каждую партию сама]",
            "[Отпуск|Выходные] без телефона — [лучшее решение года|учусь]",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Сравнила|Протестировала] гречку [пяти|шести] брендов: {b} [победил|на первом "
            "месте]. {good} {e_pos}",
            "[Мой|Наш] рецепт {dish_home} — только с крупой {b_gen}, {good}",
            "[Не реклама|Никто не платил]: {b} — {good}",
        ),
        en=("Tested five buckwheat brands, {b} won: {good} {e_pos}",
            "My {dish_home} recipe uses {b} {grain}, {good}"),
    ),
    influencer_neg=Texts(
        ru=(
            "[Тест|Сравнение] круп: {b} [в конце списка|разочаровал] — {meh} {e_neg}",
            "[Подписчики пишут|Мне прислали], что у {b_gen} {meh}. [Проверила|Подтверждаю]",
        ),
        en=("Grain test: {b} came last, {meh} {e_neg}",
            "Followers say {b} {grain}: {meh}. Confirmed"),
    ),
    decoy=Texts(
        ru=(
            "[хор|ансамбль] на [концерте|выпускном] [пел|исполнил] «Полюшко-поле», [мурашки|до "
            "слёз] {e_pos}",
            "[дед|бабушка] [всегда напевает|затягивает] Полюшко-поле, когда [копает картошку|едем "
            "на дачу]",
            "[выучили|разучиваем] в музыкалке «Полюшко-поле» на [баяне|домре]",
            "Полюшко-поле в исполнении [хора Александрова|военного оркестра] — [классика|вечное] "
            "{e_pos}",
            "[на аккордеоне|на гитаре] [сыграл|подобрал] Полюшко-поле, [соседи аплодируют|кот "
            "ушёл] {lol}",
            "[в лагере|в садике] [утренник|концерт], [дочка|сын] поёт «Полюшко-поле»",
            "[вышли в поле|закат над рожью], [в голове|на повторе] сразу «Полюшко-поле» {e_pos}",
        ),
        en=(
            "the Red Army Choir doing Polyushko-Pole [gives me chills|still slaps] {e_pos}",
            "learning Polyushko-Pole on [accordion|piano], wish me luck",
            "[my grandpa|my Russian teacher] sang «Полюшко-поле» for us today",
            "Polyushko-Pole is the [best|most haunting] Soviet song, fight me",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[третий час|полдня] репетируем «Полюшко-поле», [голоса сели|уже тошнит] {e_neg}",
            "[фальшиво|мимо нот] спели Полюшко-поле на [концерте|выпускном], [стыдоба|{sigh}]",
            "[сосед|кто-то в подъезде] [в шесть утра|ночью] врубил «Полюшко-поле» на весь дом "
            "{e_neg}",
        ),
    ),
)

VOLNA = BrandTexts(
    vocab=Vocab(
        ru={
            "svc": ("интернет на планшете", "режим модема на ноутбук", "вызовы по вай-фаю",
                    "роуминг по стране", "автоплатёж", "перенос номера из МТС", "антиспам-фильтр",
                    "безлимит на Телеграм и Вотсап", "СМС-информирование", "автоответчик"),
            "tariff": ("«Штиль»", "«Прилив 15»", "«Бакштаг»", "«Лагуна»", "«Бриг»",
                       "«Гольфстрим Макс»"),
            "where": ("в электричке до Клина", "на парковке у Икеи", "в грузовом лифте на работе",
                      "на восьмом этаже офиса", "в подвале спортзала", "на трассе М-4 за Ельцом",
                      "у родителей в деревне под Кимрами",
                      "на минус втором в торговом центре",
                      "на турбазе под Выборгом"),
            "good": ("4G держится даже в пробке на МКАДе", "связь ловит там, где у всех ноль",
                     "в чате поддержки живой человек ответил сразу",
                     "гигабайты переносятся на месяц",
                     "перенос номера занял один день", "цена тарифа не меняется третий год",
                     "приложение понятное и без навязанных подписок"),
            "meh": ("интернет отваливается каждые полчаса", "звонок сбрасывается на середине фразы",
                    "списали 299 за какую-то подписку на гороскопы",
                    "поддержка гоняет по кругу ботом", "СМС приходят с опозданием на час",
                    "в приложении висит ошибка при оплате", "одна палка сети в центре города",
                    "тариф подняли без предупреждения", "4G превращается в E к вечеру",
                    "номер заблокировали без объяснений", "гудки есть, а дозвониться нельзя",
                    "роуминг съел весь баланс за сутки"),
            "dn_head": ("новая", "мощная", "вторая за месяц", "настоящая", "осенняя",
                        "очередная", "сильнейшая", "первая"),
            "dn_tail": ("сокращений в автопроме", "гриппа", "жары под сорок", "эмиграции",
                        "банкротств", "критики в адрес мэрии", "краж велосипедов",
                        "подорожания бензина", "ковида", "паники на бирже", "холодов",
                        "сокращений в айтишке"),
            "fake_claim": ("всех абонентов без предупреждения переведут на тариф в два раза дороже",
                           "сотрудники продают базу номеров мошенникам",
                           "с первого числа отключат старые сим-карты без замены"),
            "gaffe_topic": ("абонентов, которые годами сидят на архивных тарифах",
                            "пенсионеров, которые звонят в поддержку поболтать",
                            "регионы, где «и так сойдёт»"),
            "ignored_issue": ("списывают деньги за услугу, которую никто не подключал",
                              "не работает перенос номера, висит в статусе «обрабатывается»",
                              "не приходят коды подтверждения из банка"),
            "guard_venue": ("в салоне на Ленинском", "в офисе продаж у Курского вокзала",
                            "в точке в ТЦ «Планета»"),
        },
        en={
            "svc": ("tablet data", "hotspot", "calls over wifi", "call forwarding", "autopay",
                    "porting from another carrier", "voicemail", "family plan"),
            "tariff": ("Shtil", "Priliv 15", "Laguna", "Brig", "Gulfstream Max"),
            "where": ("on the commuter train to Klin",
                      "in our building's elevator",
                      "at my parents' place near Kimry",
                      "two floors underground at the mall",
                      "on the M-4 past Yelets",
                      "in the Ikea parking lot"),
            "good": ("4G holds even in MKAD traffic", "there's signal where everyone else has none",
                     "a real human answered the chat right away", "leftover gigabytes carry over",
                     "moving my number over took a day", "the price hasn't changed in three years"),
            "meh": ("data drops every half hour", "calls drop halfway through a sentence",
                    "they billed me 299 for some horoscope subscription",
                    "the support bot loops me back to the menu",
                    "SMS show up an hour after they're sent",
                    "the app errors out on payment", "one bar of signal downtown",
                    "the plan got pricier with zero notice", "4G turns into E every evening",
                    "roaming burned my balance in a day"),
            "dn_head": ("another",
                        "a record",
                        "a second straight",
                        "a nasty",
                        "an autumn",
                        "this year's umpteenth"),
            "dn_tail": ("of layoffs in tech",
                        "of norovirus in schools",
                        "of forty-degree heat",
                        "of emigration",
                        "of small-business bankruptcies",
                        "of bike thefts",
                        "of petrol price hikes"),
            "fake_claim": ("everyone will be moved to a plan twice as expensive without notice",
                           "staff are selling the number database to scammers",
                           "old SIM cards will be cut off on the first with no replacement"),
            "gaffe_topic": ("subscribers who sit on archived plans for years",
                            "retirees who call support just to chat",
                            "regions where 'good enough' will do"),
            "ignored_issue": ("they keep charging me for a service I never added",
                              "my number port is stuck on 'processing'",
                              "bank confirmation codes don't arrive"),
            "guard_venue": ("in the store on Leninsky", "in the sales office by Kursky station",
                            "in the Planeta mall"),
        },
    ),
    positive=Texts(
        ru=(
            "[Перешла|Перешёл] на {b_acc} [месяц назад|с весны], {good} {e_pos}",
            "{b} [удивила|порадовала]: {good}[, и {good}|]",
            "даже {where} у {b_gen} [ловит|есть 4G], {good} {e_pos}",
            "тариф {tariff} от {b_gen} — [лучшее, что у меня было|огонь], {good}",
            "{who} [сидит на {b_pre} лет пять|всем советует {b_acc}], [и правильно|теперь и я "
            "тоже]. {good}",
            "[честно|внезапно], {b} {city} [тащит|работает лучше всех]: {good} {e_pos}",
            "[подключил|включила] {svc} у {b_gen} за [минуту|пару кликов], {good}",
            "[спасибо|респект] {b_dat}: {good} {e_pos}",
        ),
        en=(
            "Switched to {b} [a month ago|this spring], {good} {e_pos}",
            "{b} [surprised me|is solid]: {good}[ and {good}|]",
            "even {where} {b} has signal, {good} {e_pos}",
            "the {tariff} plan from {b} is [great|the best I've had], {good}",
            "{who} talked me into {b}, no regrets. {good}",
            "[set up|turned on] {svc} with {b} in a minute, {good}",
        ),
        mixed=(
            "{b} — [literally|honestly] [best operator|лучший оператор], {good} {e_pos}",
            "[switched to|перешёл на] {b_acc}, [no regrets|вообще не жалею], {good}",
            "[speed test|спидтест] {where}: {b} [rocks|тащит], {good} {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "[кто сидит на|у кого] {b_pre}? как [связь|интернет] {where}?",
            "[сколько стоит|что входит в] тариф {tariff} у {b_gen} сейчас?",
            "{who} [хочет|собирается] перейти на {b_acc}, [стоит|норм вообще]?",
            "{b} [обновили|переделали] приложение, [кнопки теперь снизу|новый дизайн] {e_meh}",
            "[пришла|прилетела] смс от {b_gen} про {svc}, [читаю|разбираюсь]",
            "в салоне {b_gen} {city} [очередь человек {n}|пусто|работает одно окно]",
            "[как подключить|где включается] {svc} на {b_pre}? [в приложении не нашла|подскажите]",
            "{b} или [другой оператор|не менять ничего]? [думаю уже {n} дней|выбираю] {e_meh}",
            "{when} [звонили|позвонили] из {b_gen}, [предлагали|рассказывали про] {tariff}",
            "у {b_gen} {svc} [работает|есть] за границей? [еду в отпуск|летим в Турцию]",
            "{b} [как|по связи] [обычный оператор|как все], [без сюрпризов|нормально] {e_meh}",
        ),
        en=(
            "anyone on {b}? how's the signal {where}?",
            "how much is the {tariff} plan at {b} now?",
            "{who} wants to switch to {b}, worth it?",
            "{b} [redesigned their app|updated the app], [buttons moved|new look] {e_meh}",
            "got a text from {b} about {svc}, [reading it|figuring it out]",
            "how do I turn on {svc} on {b}? [can't find it|help]",
            "{b} store {city}: [line of {n} people|empty|one window open]",
            "{b} is [fine|just a carrier], [nothing special|works] {e_meh}",
        ),
        mixed=(
            "[quick q|вопрос]: {svc} на {b_pre} [works abroad|работает за границей]?",
            "{b} {tariff} — [worth it|стоит того]?",
            "[anyone|кто-нибудь] на {b_pre} {city}? как [coverage|покрытие]?",
        ),
    ),
    negative=Texts(
        ru=(
            "[Ну всё|Приехали], {b}: {meh} {e_neg}",
            "{b} {city}, [вы серьёзно|что происходит]? {meh}, [и ещё|плюс] {meh}",
            "{where} с {b_ins} [вообще ноль|мёртвая зона], {meh}",
            "[опять|снова] {b}: {meh}. [ухожу к другому|{sigh}] {e_neg}",
            "[плачу|отдаю] [600|800|950] ₽ за {tariff}, а {meh} {e_neg}",
            "{who} [не может дозвониться|весь вечер без связи], {b} [молодцы|класс] {e_neg}",
            "[раньше|год назад] {b} был норм, а теперь {meh}",
            "[не подключайтесь|не советую] на {b_acc}: {meh}",
            "{svc} у {b_gen} не работает [уже {n} дней|с утра], {meh}",
            "[в который раз|в {n}-й раз] за месяц: {b} и {meh} {e_neg}",
            "{b}, [{sigh}|ну камон]. {meh}",
        ),
        en=(
            "[Great|Fantastic], {b}: {meh} {e_neg}",
            "{b} {city}, [seriously|what is going on]? {meh} and {meh}",
            "{where} {b} is a dead zone, {meh}",
            "again {b}: {meh}. [switching carriers|{sigh}] {e_neg}",
            "paying for {tariff} and {meh} {e_neg}",
            "{b} used to be ok, now {meh}",
            "{svc} on {b} has been broken for {n} days, {meh}",
            "don't sign up with {b}: {meh}",
        ),
        mixed=(
            "{b} — [total fail|big nope], {meh} {e_neg}",
            "[no signal|нет сети] {where}, {b} [again|опять] {e_neg}",
            "[nope|ну нет], {b}: {meh}[, {sigh}|]",
        ),
    ),
    question=Texts(
        ru=(
            "{h} [подскажите|здравствуйте], как [подключить|отключить] {svc}?",
            "{h} [можно ли|получится] перейти на {tariff} без смены номера?",
            "{h} [работает ли|будет ли] {svc} в [Турции|Казахстане|Армении]?",
            "{h} [почему|за что] списали [150|99|300] ₽ {when}?",
            "{h} [когда|будет ли] 5G {city}?",
            "{h} [где|как] посмотреть остаток гигабайт на {tariff}?",
            "{h} [можно ли|как] оформить сим-карту [ребёнку|на маму] онлайн?",
        ),
        en=(
            "{h} how do I [turn on|cancel] {svc}?",
            "{h} can I switch to {tariff} and keep my number?",
            "{h} why was I charged [150|300] rubles {when}?",
            "{h} when is 5G coming {city}?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [здравствуйте|добрый день], {when} {meh} {e_neg}",
            "{h} [опять|снова] {where} [нет связи|ноль палок], [сколько можно|когда почините]?",
            "{h} {svc} не работает [уже {n} часов|с утра], [разберитесь|верните деньги]",
            "{h} [вы|у вас] [списали|сняли] деньги за [подписку|услугу], которую я не "
            "[подключал|заказывала] {e_neg}",
            "{h} [в который раз|в {n}-й раз] пишу: {meh}",
            "{h} тариф {tariff}, а {meh}. [это нормально|за что я плачу]?",
            "{h} [бот|оператор] [не понимает|отправляет по кругу], а {meh}",
            "{h} [не могу|невозможно] [оплатить|войти] в приложении, {meh}",
            "{h} {meh}, [и никто не звонит|заявка висит {n} дней]",
            "{h} [верните|где] мои [деньги|гигабайты]? {meh} {e_neg}",
        ),
        en=(
            "{h} {when} {meh} {e_neg}",
            "{h} again no signal {where}, [fix it|when will this be fixed]?",
            "{h} {svc} has been down for {n} hours",
            "{h} you charged me for a subscription I never [added|asked for] {e_neg}",
            "{h} paying for {tariff} and {meh}",
            "{h} the bot sends me in circles and {meh}",
            "{h} {meh}, ticket open for {n} days",
            "{h} can't log in to the app, {meh}",
        ),
    ),
    comment=Texts(
        ru=(
            "[лучше бы|может] связь {where} [починили|сделали] {e_meh}",
            "[а|и] на {tariff} это [работает|распространяется]?",
            "[класс|ура], [подключу|беру] {e_pos}",
            "[опять|снова] [подорожание|новый тариф]? {e_meh}",
            "[а в|и в] {city} когда?",
            "[у меня|у нас] {good}, [спасибо|не жалуюсь]",
        ),
        en=("fix the signal {where} first {e_meh}",
            "does it work on {tariff}?",
            "nice, signing up {e_pos}"),
    ),
    reply=Texts(
        ru=(
            "[тоже|плюсую], {good}",
            "[а у меня|а у нас] наоборот: {meh}",
            "[вот-вот|да], {meh} {e_neg}",
            "[{lol}|ахах] [жиза|знакомо]",
            "[перезагрузи|выключи и включи] телефон, [мне помогло|иногда помогает]",
            "[я|мы] {where} [сидим на|с] {b_ins}, [всё ок|норм]",
            "[хз|не знаю], у меня [другой оператор|вторая симка] {e_meh}",
            "[пиши в поддержку|звони на короткий], [там ответят|решат]",
        ),
        en=("[same|agreed], {good}",
            "for me {meh}",
            "{lol} so relatable",
            "try restarting the phone, helped me"),
    ),
    answer=Texts(
        ru=(
            "[Здравствуйте|Добрый день]! [Сожалеем о неудобствах|Нам жаль]. [Напишите|Пришлите] "
            "номер телефона в личные сообщения, [проверим|разберёмся]",
            "[Спасибо, что сообщили|Благодарим]. [На линии ведутся работы|Инженеры уже работают], "
            "[связь восстановится|всё заработает] [к вечеру|в течение суток]",
            "[Приносим извинения|Извините]. Списание [отменили|вернём в течение 3 дней], "
            "[подписку отключили|проверьте баланс]",
            "[Здравствуйте|Привет]! Подключить {svc} можно в приложении в разделе «Услуги» или "
            "командой *[100|105]#",
            "[Создали заявку|Зарегистрировали обращение], номер отправили в СМС. [Держим в "
            "курсе|Вернёмся с ответом]",
            "[Уточните|Подскажите], пожалуйста, адрес, где [плохая связь|нет сети] — [передадим "
            "инженерам|проверим вышку]",
            "[Мы|Поддержка] на связи [круглосуточно|24/7], [напишите в чат|пишите в личку]",
        ),
        en=(
            "Hi! Sorry for the trouble. Please DM us your number and we'll check",
            "Thanks for reporting, engineers are working on it, service should be back "
            "[tonight|within a day]",
            "We apologise, the charge has been reversed",
            "We've opened a ticket, the number is in your SMS",
        ),
    ),
    thanks=Texts(
        ru=("[спасибо|о, спасибо], [заработало|всё ок] {e_pos}",
            "[деньги вернули|списание отменили], [спасибо|благодарю]",
            "[ок|хорошо], [жду|спасибо за ответ]",
            "вот это [скорость|поддержка], [приятно|уважаю] {e_pos}"),
        en=("thanks, it works now {e_pos}", "charge reversed, thank you"),
    ),
    still_broken=Texts(
        ru=("[написал|отправила] в личку [{n} часов назад|с утра], [тишина|ничего] {e_neg}",
            "[и|ну и], [где деньги|где связь]? прошло {n} дней",
            "[отписка|шаблон], а {meh}",
            "[ничего не поменялось|всё так же], {meh}"),
        en=("still broken after {n} days {e_neg}", "copy-paste reply, {meh}"),
    ),
    review_pos=Texts(
        ru=("[Хороший оператор|Доволен]. {good}, {good}",
            "Сижу на {tariff} [год|два года], {good} {e_pos}",
            "[За свои деньги|По цене] отлично, {good}",
            "[Перенос номера|Переход] без проблем, {good}. [5 звёзд|Пять]"),
        en=("Good carrier. {good}, {good}", "On {tariff} for a year, {good} {e_pos}"),
    ),
    review_neg=Texts(
        ru=("[Ужасно|Разочарован]. {meh}, [к тому же|и] {meh}",
            "Тариф {tariff}: {meh}. [Не рекомендую|Ухожу]",
            "[Одна звезда|1 балл], потому что {meh}",
            "{where} [связи нет вообще|ноль], {meh} {e_neg}",
            "[Поддержка|Бот] [бесполезна|не помогает], {meh}",
            "[Раньше было лучше|Испортились]. Сейчас {meh}"),
        en=("Terrible. {meh}, and {meh}", "On {tariff}: {meh}. Leaving",
            "One star because {meh}",
            "No signal {where}, {meh} {e_neg}",
            "Used to be better, now {meh}"),
    ),
    review_answer=Texts(
        ru=("Здравствуйте. Сожалеем. [Напишите нам|Свяжитесь с поддержкой] с указанием номера, "
            "[проверим|разберёмся]",
            "Спасибо за отзыв. [Передали|Направили] информацию [техническим специалистам|в "
            "профильный отдел]"),
        en=("Hello, we're sorry. Please contact support with your number",
            "Thanks for the feedback, we've passed it to our engineers"),
    ),
    review_thanks=Texts(
        ru=("Спасибо за отзыв! [Рады, что вы с нами|Оставайтесь на связи] {e_pos}",
            "[Очень рады|Рады] высокой оценке, [спасибо|до связи]!"),
        en=("Thanks a lot, happy to have you on board {e_pos}", "Thanks for the great review!"),
    ),
    review_dispute=Texts(ru=()),
    official_post=Texts(
        ru=(
            "Новый тариф {tariff}: [безлимит на мессенджеры|50 ГБ] и [минуты на все "
            "номера|бесплатный роуминг по стране] {e_pos}",
            "[Запустили|Включили] 5G {city}! [Проверяйте|Делитесь спидтестами]",
            "[Плановые работы|Обновление оборудования] {city} [в ночь на субботу|с 2:00 до 5:00], "
            "возможны перебои",
            "[Розыгрыш|Конкурс]: [смартфон|год связи бесплатно] за репост {e_pos}",
            "Теперь {svc} [можно подключить в приложении|бесплатно на всех тарифах]",
            "[Осторожно, мошенники|Напоминаем]: мы никогда не просим коды из СМС",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Провёл день|Поработал смену] в [контакт-центре|салоне связи], [много понял|уважение "
            "ребятам]",
            "[Итоги года|Цифры квартала]: [+1200 базовых станций|рост абонентов на 8%]",
            "[Выступаю|Буду] на [ЦИПРе|Связь-Экспо], [приходите|расскажу про сети]",
            "Спасибо [инженерам|полевым бригадам], которые [восстановили связь после "
            "урагана|работали в выходные]",
            "[Читаю|Перечитал] «[Никаких правил|Клиенты на всю жизнь]», [рекомендую|полезно]",
            "[Ищем|Открыли] [вакансии|стажировку] в [IT|сетевом департаменте], [ждём|пишите]",
            "[Съездил|Были] {city}, [смотрели новые вышки|встречались с командой региона]",
            "[Пробежал|Проплыл] [10 км|свой первый заплыв] — [лучшая перезагрузка|кайф]",
            "[Отвечаю|Отвечу] на вопросы абонентов в [прямом эфире|канале] в четверг",
            "[Тестирую|Тестируем] {svc} [в метро|в регионах], [пока всё стабильно|есть что "
            "улучшить]",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "[Сравнил|Замерил] скорость [трёх|четырёх] операторов {city}: {b} [лидер|впереди]. "
            "{good} {e_pos}",
            "[Полгода|Год] на {b_pre}: {good}, {good}",
            "[Не реклама|Мне не платили], но {b} — {good}",
            "[Обзор|Разбор] тарифа {tariff} от {b_gen}: [выгодно|стоит своих денег]",
        ),
        en=("Speed-tested carriers {city}, {b} won: {good} {e_pos}",
            "Six months on {b}: {good}, {good}",
            "Reviewing the {tariff} plan from {b}: [worth it|good value]"),
    ),
    influencer_neg=Texts(
        ru=(
            "[Замерил|Сравнил] операторов {city}: {b} [последний|в хвосте] — {meh} {e_neg}",
            "[Подписчики жалуются|Мне пишут], что у {b_gen} {meh}. [Проверил|Так и есть]",
            "{b} [разочаровала|сдала]: {meh}",
        ),
        en=("Carrier test {city}: {b} came last, {meh} {e_neg}",
            "Followers tell me {b}: {meh}. Confirmed"),
    ),
    decoy=Texts(
        ru=(
            "волна [на рассвете|с утра] {city} была [идеальная|стеклянная], [кайф|лучший сёрф в "
            "жизни] {e_pos}",
            "[на море|в Анапе] [такая|огромная] волна сегодня, [дети визжат|купаться страшно и "
            "весело]",
            "[вторая|новая] волна [цветения сирени|отпусков] в офисе {e_meh}",
            "[по трибунам|по стадиону] пошла [мексиканская|] волна, [мурашки|красиво] {e_pos}",
            "укладка «голливудская волна» [держится|продержалась] весь день {e_pos}",
            "[радио|станция] «Волна» [на 101.7|в машине] [играет|крутит] [восьмидесятые|старый "
            "рок]",
            "[какая|ну и] волна [ностальгии|воспоминаний] [от этого фильма|от старых фоток] "
            "{e_pos}",
            "[сёрф-школа|школа серфинга] набирает новичков, волна сегодня [как на "
            "заказ|подходящая]",
            "волна [тёплого воздуха|антициклона] [придёт|обещают] к выходным, [ура|наконец-то]",
            "[сделала|попробовала] завивку «волна» [на ресницы|на кончики], [нравится|мило]",
            "[в физике|на уроке] [проходим|разбираем] тему «звуковая волна»",
            "[кот|пёс] [удирает|отпрыгивает], как только [накатывает|приходит] волна {lol}",
            "[играем|учим] песню «Волна» [на гитаре|на синтезаторе], [красиво|залипательно]",
            "[позитивная|добрая] волна в чате после [новостей|праздника] {e_pos}",
        ),
        en=(
            "caught a волна at sunrise, as my Russian surf buddy says {e_pos}",
            "the radio station Volna [plays|had] great [80s hits|old rock] today",
            "«волна» means wave, [my new favourite word|learned it today] {lol}",
            "the Volna surf camp [is booking|opened] for the summer",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "[по стране|в регионах] [идёт|накатывает] {dn_head} волна {dn_tail}[, {sigh}|]",
            "{dn_head} волна {dn_tail} [накрыла|добралась до] {city} {e_neg}",
            "[эксперты|аналитики] [предупреждают|говорят]: {dn_head} волна {dn_tail} "
            "[впереди|неизбежна]",
            "[у нас|в городе] {dn_head} волна {dn_tail}, [держитесь|берегите себя]",
            "{who} [говорит|уверен], что {dn_head} волна {dn_tail} [ещё не конец|только "
            "начинается]",
            "[и снова|вот и] {dn_head} волна {dn_tail}. [устала|надоело] {e_neg}",
            "[в новостях|по телеку] [опять|весь вечер] {dn_head} волна {dn_tail}",
            "[похоже|кажется], {dn_head} волна {dn_tail} [не за горами|уже здесь]",
            "[шторм|цунами] смыл [пирс|лодки] {city}, волна [под три метра|выше домов] {e_neg}",
            "[ледяная|холодная] волна [окатила|сбила с ног] на набережной, [телефон "
            "утонул|промокла насквозь] {e_neg}",
        ),
        en=(
            "{dn_head} wave {dn_tail} hit us, or as my Russian feed calls it, волна {e_neg}",
            "the news keeps calling it «{dn_head} волна» {dn_tail}, {sigh}",
            "a huge wave, «волна» in Russian, [smashed the pier|flooded the promenade] {e_neg}",
        ),
    ),
)

INFLUENCER_OTHER = Texts(
    ru=(
        "[Новое видео|Выпуск] про [ремонт хрущёвки|переезд в другой город|бюджетный отпуск] [уже "
        "на канале|вышло], [смотрите|жду комментарии]",
        "[Розыгрыш|Конкурс] для подписчиков: [наушники|кофемашина|сертификат в книжный] {e_pos}",
        "[Сегодня|На этой неделе] [стрим|прямой эфир] в [восемь|девять] вечера, [болтаем|отвечаю "
        "на вопросы]",
        "[Мой|Наш] [топ-5|рейтинг] [сериалов|книг|настолок] [месяца|осени], [делитесь своими|что "
        "добавить]?",
        "[Вернулся|Вернулась] из [Дагестана|Алтая|Карелии], [фото завтра|впечатлений куча] {e_pos}",
        "[Разбираю|Честно о] [инвестициях|кредитах|накоплениях] для новичков, "
        "[сохраняйте|пригодится]",
        "[Тест|Обзор] [нового айфона|беговых кроссовок|робота-пылесоса] — [ссылка в "
        "профиле|полная версия на канале]",
    ),
    en=(
        "New video on [budget travel|moving cities|home workouts] is up, [go watch|let me know "
        "what you think]",
        "Giveaway time: [headphones|a coffee machine|a book voucher] {e_pos}",
        "Going live at [8|9] pm, [Q&A|chill stream]",
        "My [top 5|favourite] [series|books|board games] this [month|fall], what would you add?",
    ),
)
