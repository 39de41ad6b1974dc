"""Text bank `blind13`, the brands half: what people say about «Сочный Бургер», «Полюшко» and
«Волна» on an ordinary day (posts, threads, the desks' answers, reviews, the brands' and the
executives' own posts, influencers, the brands' names in their everyday sense). Written for
issue 13 by a writer who had not read the detectors (nor docs/detection.md, nor the texts of
the other banks): only the bank format (banks.py, textgen.py) and the generator of the week
(week.py, week_traffic.py, week_crises.py, week_storm.py, week_brands.py, simulation.py) and
tests/unit/test_week.py were read, plus the import lines of the placeholder this file replaced
(it re-exported blind12's half; no text of it was opened). Every template and vocabulary value
was written new, in the writer's own phrasings. What the writer did see of other banks: the
failures of `test_the_banks_are_disjoint` while this file was checked printed about 80 strings
that this file shared word for word with dev, blind2-blind12 (mostly short vocabulary values:
shops, city and time phrases, dishes, grains, services, "wave of ..." phrases; about ten
templates), and truncated excerpts of about a dozen generated English «Полюшко» posts of the
holdout, blind3 and blind11 banks. Every string of this file named there was reworded (some
others were made more specific as a precaution); nothing was taken from the excerpts. The
vocabulary follows the fixed vocabulary contract shared with the events half. Checked only with
tests/unit/test_week.py.
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

# ------------------------------------------------------------------------------ shared slots
VOCAB = Vocab(
    ru={
        "city": ("в Твери у Речного вокзала", "на Уралмаше возле старого «Космоса»",
                 "в Южном Бутове за прудом", "в Саранске у Мордовия Арены",
                 "в Воронеже на Плехановской", "на Ваське у Андреевского рынка",
                 "в Зеленограде, в Крюкове", "в Кирове около цирка",
                 "в Новосибе на Затулинке", "в Ижевске на Буммаше",
                 "в Подольске у Ивановских прудов", "в Казани возле «Кольца»"),
        "when": ("вчера где-то в полдвенадцатого", "сегодня между парами",
                 "утром по дороге в садик", "в воскресенье после аквааэробики",
                 "после ночной смены на складе", "позавчера под дождём",
                 "перед утренней планёркой", "в субботу после рынка",
                 "в пятницу перед электричкой", "вот буквально пока грелся чайник"),
        "who": ("сестра", "свекровь", "сосед с пятого этажа", "напарник по смене", "брат",
                "муж", "подруга", "сын-подросток", "тёща", "начальник", "одноклассница",
                "дочка"),
        "lol": ("ахахах", "ору", "хахаха", "лол", "😂😂", "ржу как конь", "🤣"),
        "sigh": ("эх", "ну что ж, бывает и так", "такое", "мда", "увы", "окей, живём дальше",
                 "*вздох*"),
        "n": ("5", "7", "10", "12", "15", "20", "25", "30", "40", "45"),
        "e_pos": ("🔥", "😍", "👍", "❤️", "🤤", "🙌", "💯", "🥰", "👌", "😋🔥", "🔥🔥🔥"),
        "e_neg": ("😡", "🤬", "👎", "😤", "🙄", "💩", "😠", "😤😤", "👎👎"),
        "e_meh": ("🤷‍♀️", "😐", "🙃", "😕", "🤔", "🫠", "🤷"),
    },
    en={
        "city": ("in Tver near the river station", "in Uralmash by the old Kosmos cinema",
                 "in South Butovo past the pond", "in Saransk by the Mordovia Arena",
                 "in Voronezh on Plekhanovskaya", "on Vasilyevsky by the Andreevsky market",
                 "in Zelenograd, Kryukovo side", "in Kirov near the circus",
                 "in Novosibirsk, Zatulinka way", "in Izhevsk around Bummash",
                 "in Podolsk by the Ivanovsky ponds", "in Kazan near the Koltso mall"),
        "when": ("yesterday at half eleven", "between lectures today",
                 "on the nursery run this morning", "on Sunday after aqua aerobics",
                 "after a night shift at the warehouse", "two days ago in the pouring rain",
                 "right before the morning stand-up", "on Saturday after the market",
                 "Friday before my commuter train", "about twenty minutes ago"),
        "who": ("my sister Zhenya", "my mother-in-law Galina Ivanovna",
                "the retired sailor from flat 12", "Rustam from accounts",
                "my kid brother Yarik", "my husband Timur", "my mate Seryoga from the gym",
                "my 15-year-old gamer son", "my boss Arkady Petrovich",
                "my vegan flatmate Liza", "my daughter Vera (9)"),
        "lol": ("lol", "lmao", "haha", "😂", "LOL", "💀"),
        "sigh": ("ugh", "sigh", "oh well, moving on", "meh", "welp", "smh"),
        "n": ("5", "7", "10", "12", "15", "20", "25", "30", "40", "45"),
        "e_pos": ("🔥", "😍", "👍", "❤️", "🤤", "🙌", "💯", "🥰", "👌", "😋🔥", "🔥🔥🔥"),
        "e_neg": ("😡", "🤬", "👎", "😤", "🙄", "💩", "😠", "😤😤", "👎👎"),
        "e_meh": ("🤷‍♀️", "😐", "🙃", "😕", "🤔", "🫠", "🤷"),
    },
)

# ============================================================================== Сочный Бургер
_S_VOCAB = Vocab(
    ru={
        "dish": ("двойной чизбургер с огурчиками и дижонской горчицей",
                 "бургер с халапеньо, от которого плачешь", "ролл с курицей терияки и кунжутом",
                 "картофель по-деревенски с чесночной посыпкой",
                 "наггетсы с медово-горчичным соусом", "банановый шейк с арахисовой пастой",
                 "смэш-бургер на три котлеты", "кольца в пивном кляре",
                 "бургер с треской и тартаром", "студенческое комбо с морсом",
                 "утренний бургер с яйцом и беконом", "сырные палочки с соусом из морошки"),
        "good": ("котлета течёт соком прямо на поднос", "картошка хрустит, как чипсы",
                 "соуса не жалеют, аж капает", "всё горячее, только что с гриля",
                 "булка поджарена с обеих сторон", "собрали за три минуты по часам",
                 "одним комбо наелся до вечера", "кассир сам предложил соус без доплаты",
                 "мясо на вкус как мясо, а не как соя"),
        "meh": ("картошка приехала вялая и еле тёплая",
                "котлета сухая, будто её жарили вчера", "булка развалилась на втором укусе",
                "соуса капнули ровно чайную ложку", "заказ собирали двадцать пять минут",
                "столы липкие, подносы тоже", "кола без газа, один сироп",
                "вместо чизбургера положили рыбный", "сыр холодный, как из нарезки",
                "кассир закатывает глаза на каждый вопрос",
                "картошку будто посолили дважды", "в доставке всё превратилось в холодную кашу",
                "соус опять не положили, хотя в чеке он есть",
                "лука столько, что слёзы текут"),
        "promo": ("комбо дня за 299 до 16:00", "второй чизбургер за рубль по понедельникам",
                  "картошка в подарок к любому заказу из приложения",
                  "минус 30% студентам по средам", "наггетсы бесплатно к заказу от 800 ₽"),
        "spot": ("на Московском у фонтана", "в ТЦ напротив автовокзала",
                 "у моей общаги", "на фудкорте «Галактики»",
                 "у заправки на выезде к трассе", "у Пионерской, рядом с шаурмичной",
                 "на Гагарина возле поликлиники"),
        "guard_venue": ("в ресторане на Большой Садовой у кинотеатра",
                        "в точке в переходе у Курского вокзала",
                        "в кафе на фудкорте ТРЦ «Континент» на третьем этаже"),
        "found_item": ("длинный чёрный волос, запечённый в соусе",
                       "кусок проволоки от мочалки в булке",
                       "обрывок пищевой плёнки в котлете",
                       "дохлого таракана под листом салата"),
        "found_short": ("волос", "проволока", "плёнка", "таракан"),
        "ignored_issue": ("баллы за заказы в приложении не начисляются уже неделю",
                          "за один заказ в приложении списали деньги дважды",
                          "курьер привёз чужой заказ, а деньги за мой так и не вернули"),
        "gaffe_topic": ("тех, кто просит переделать бургер без лука и без соуса",
                        "людей, которые по полчаса фоткают еду вместо того, чтобы есть",
                        "мамочек с колясками, которые сидят в зале по три часа с одним "
                        "кофе"),
        "fake_claim": ("котлеты делают из мяса, списанного в другой сети",
                       "масло во фритюре меняют раз в месяц и пять точек уже закрыли",
                       "в нескольких ресторанах нашли кишечную палочку, а сеть это "
                       "скрывает"),
    },
    en={
        "dish": ("double cheeseburger with gherkins and Dijon",
                 "make-you-cry jalapeño burger", "teriyaki chicken roll with sesame",
                 "garlic-dusted potato wedges", "nuggets with honey-mustard dip",
                 "banana peanut-butter shake", "triple-patty smash burger",
                 "beer-batter onion rings", "cod and tartare burger",
                 "student combo with berry mors", "breakfast burger with egg and bacon",
                 "cheese sticks with cranberry jam"),
        "good": ("the patty was dripping juice onto the tray",
                 "the fries crunched like crisps", "the sauce was literally dripping",
                 "everything was straight off the grill", "the bun was toasted on both sides",
                 "the order was ready in three minutes flat",
                 "one combo kept me full till evening",
                 "the cashier threw in extra sauce for free",
                 "the beef tasted like beef and not like soy"),
        "meh": ("the fries showed up limp and barely warm",
                "the patty was dry like it was cooked yesterday",
                "the bun fell apart on the second bite",
                "they gave me exactly one teaspoon of sauce",
                "the order took twenty-five minutes to put together",
                "the tables and the trays were all sticky",
                "the coke was flat, basically syrup",
                "they packed a fish burger instead of my cheeseburger",
                "the cheese was cold like a deli slice",
                "the cashier rolled her eyes at every question",
                "the fries tasted salted twice",
                "the delivery turned into a cold mush",
                "there was no sauce again though it's on the receipt",
                "there was so much onion my eyes watered"),
        "promo": ("299 combo before 4pm", "second cheeseburger for a ruble on Mondays",
                  "free fries on app orders after 9pm", "30% student discount on Wednesdays",
                  "free nuggets with orders from 800"),
        "spot": ("on Moskovsky by the fountain", "in the mall opposite the bus station",
                 "next to my dorm", "in the Galaktika food court",
                 "by the gas station at the highway exit",
                 "at Pionerskaya next to the shawarma stand", "on Gagarina next to the clinic"),
        "guard_venue": ("at the restaurant on Bolshaya Sadovaya by the cinema",
                        "at the underpass branch by Kursky station",
                        "at the food court spot on the third floor of the Continent mall"),
        "found_item": ("a long black hair baked into the sauce",
                       "a bit of scouring-pad wire in the bun",
                       "a shred of cling film in the patty",
                       "a dead cockroach under the lettuce"),
        "found_short": ("hair", "wire", "plastic", "cockroach"),
        "ignored_issue": ("loyalty points from app orders haven't been credited for a week",
                          "the app charged me twice for one order",
                          "the courier brought someone else's order and I never got my "
                          "money back"),
        "gaffe_topic": ("people who ask to remake a burger with no onion and no sauce",
                        "people who spend half an hour photographing their food",
                        "moms with strollers who sit in the dining room for three hours "
                        "over one coffee"),
        "fake_claim": ("the patties are made from meat written off by another chain",
                       "they change the fryer oil once a month and five branches have been "
                       "shut down already",
                       "E. coli was found in several kitchens and the chain is covering it "
                       "up"),
    },
)

_S_POSITIVE = Texts(
    ru=(
        "Заскочили в {b} {spot} {when}: {good} {e_pos}",
        "{dish} в {b_pre} — [моя слабость|любовь с первого укуса|лучшее, что я ела на этой "
        "неделе] {e_pos}",
        "Не ожидала, но в {b_pre} {city} {good}. [Приятно удивили|Респект|Теперь буду "
        "заходить]",
        "Кто бы что ни говорил, а {dish} у {b_gen} [огонь|топ|вне конкуренции] {e_pos}",
        "{who} теперь [обедает|ужинает] только в {b_pre} [{lol}|{e_pos}|]",
        "Взяла {dish} по акции «{promo}» — [выгодно|и вкусно, и недорого|приятная экономия], "
        "а ещё {good}",
        "Люблю {b_acc} за то, что {good}. [Больше от фастфуда ничего и не надо|Простое "
        "счастье|Всё, что нужно в обед]",
        "После [тренировки|смены|пар|долгого дня] {dish} из {b_gen} — [это терапия|лучшая "
        "награда|чистый дофамин] {e_pos}",
        "Честно, {b} сейчас [уделывает половину модных бургерных|держит планку лучше "
        "многих|очень даже на уровне]: {good}",
        "[Пятница|Суббота|Вечер воскресенья], сериал и {dish} из {b_gen}. [Идеально|Что ещё "
        "надо] {e_pos}",
        "В {b_pre} {spot} [сделали ремонт|сменилась команда|стало заметно лучше]: {good}, "
        "[и это приятно|держите так|молодцы]",
        "{b}, спасибо [за быструю доставку|курьеру за горячий заказ|за нормальную еду без "
        "сюрпризов] {e_pos}",
        "Давно не заходил в {b_acc}, и зря: {good}, а {dish} — [прям в точку|приятный "
        "сюрприз|ещё вкуснее, чем помню]",
        "Ставлю {b_dat} [5 из 5|пятёрку|твёрдые девять из десяти] за то, что {good} {e_pos}",
        "[Ребят|Народ], {dish} в {b_pre} пробовали? [Берите не думая|Очень советую|Я "
        "подсела] {e_pos}",
        "Курьер {b_gen} [приехал на десять минут раньше|был вежливый и быстрый|даже соус "
        "лишний положил], {good}. [Красота|Уважение] {e_pos}",
        "{b} {city} — [стабильно вкусно|моё место силы|спасение в обед], {good}",
        "Обожаю, когда в {b_pre} {good} {e_pos} [#вкусно|#обед|]",
        "Ребёнок выпросил детский обед в {b_pre}, в итоге я доедала за ним картошку {lol} "
        "[Вкусно же|Ну а что, {good}]",
    ),
    en=(
        "Grabbed the {dish} at {b} {spot} {when} and honestly {good} {e_pos}",
        "{b} never misses: {good}. [10/10|Would go again|No notes] {e_pos}",
        "Okay the {dish} at {b}: [lowkey elite|actually so good|criminally underrated] "
        "{e_pos}",
        "Tried {b} {city} for the first time and {good}. [Pleasantly surprised|Color me "
        "impressed|Might be my new spot]",
        "{who} got me hooked on {b} and [I'm not mad about it|now I'm there twice a "
        "week|my wallet hates it] {lol}",
        "Shoutout to the {b} crew {spot}, {good} {e_pos}",
        "Used the [{promo} deal|app coupon] at {b}, [great value|can't beat that], and {good}",
        "Post-gym {dish} from {b}. [Don't judge me|Worth every calorie|Balance, right?] "
        "{e_pos}",
        "Hot take: {b} does a better {dish} than [most craft burger places|half the fancy "
        "spots in town|places charging twice as much]",
        "{b} delivery {when} was [quick|right on time|faster than expected] and {good}. "
        "Happy customer {e_pos}",
        "Can confirm the {dish} at {b} slaps, {good} {e_pos}",
        "Rainy evening, the {dish} from {b} and a movie. [Perfect|Exactly what I "
        "needed|Bliss] {e_pos}",
        "Not usually a fast food person but {b} {spot} [won me over|got it right]: {good}",
    ),
    mixed=(
        "{b} — honestly [лучший fast food|the best фастфуд] в районе, {good} {e_pos}",
        "Ну это [vibe|mood]: {dish} из {b_gen} и [Netflix|сериальчик] {e_pos}",
        "{dish} в {b_pre} is [a whole mood|so underrated], реально {good}",
        "Weekend plan: {b}, {dish} и [no diet|никаких диет] {e_pos}",
    ),
)

_S_NEUTRAL = Texts(
    ru=(
        "Кто знает, {b} {spot} работает [после 23:00|круглосуточно|в праздники]? [🤔|]",
        "{b} открыл новую точку {city}, [написали в местном паблике|видел вывеску "
        "сегодня|говорят, с верандой] [👀|🍔|]",
        "Сколько сейчас стоит {dish} в {b_pre}? [Давно не заходил|В приложении не вижу "
        "цену] {e_meh}",
        "Взяли на обед {b_acc}, [сидим работаем|обычный вторник|ничего особенного] {e_meh}",
        "В {b_pre} {spot} сегодня [очередь человек десять|полный зал|толпа школьников], "
        "[видимо обеденный час|пятница же]",
        "{who} спрашивает, есть ли в {b_pre} [вегетарианские бургеры|что-то без "
        "глютена|детские стульчики]. Кто в курсе?",
        "Акция «{promo}» в {b_pre} ещё [действует|идёт]? [Подскажите|Кто брал на этой "
        "неделе?]",
        "Сравнила цены: {dish} в {b_pre} [примерно как у конкурентов|на 20 рублей дороже, "
        "чем весной|чуть дешевле, чем у соседей]",
        "{b} {city} набирает [кассиров|поваров|курьеров]. Кто там работал, как [с "
        "графиком|с зарплатой|с коллективом]?",
        "Встречаемся у {b_gen} {spot} в [шесть|семь|полвосьмого], [не опаздывайте|оттуда "
        "пойдём пешком]",
        "Интересно, {b} [будет открываться в аэропортах|запустит свою доставку без "
        "агрегаторов|придёт в Беларусь]?",
        "Заказал {dish} через приложение {b_gen}, [жду|курьер в пути|обещают через {n} "
        "минут] [⏳|🛵|]",
        "В {b_pre} опять [поменяли меню|новая упаковка|другие стаканы], [заметили?|кто "
        "видел?|хз зачем] {e_meh}",
        "{b} или шаурма [у метро|на углу]? [Голосуем|Не могу решить|Помогите выбрать] {e_meh}",
        "Дочка в {b_pre} на дне рождения одноклассника, [я жду в машине|забираю через час]",
        "Про {b_acc} в новостях: [сеть расширяется на юг|открывают сотый ресторан|переходят "
        "на бумажные трубочки]",
        "{b} {spot} [закрыт на ремонт|временно не работает|переехал в соседнее здание], "
        "[имейте в виду|если что]",
        "Сижу в {b_pre} {spot}, [вай-фай тут есть|розетки у окна], [можно "
        "поработать|нормально подождать поезд] [💻|]",
        "{dish} в {b_pre} — [стоит брать?|кто пробовал?|как вам?] [🤔|]",
        "В {b_pre} теперь [оплата по QR|кассы самообслуживания|заказ через киоск], "
        "[удобно вроде|привыкаю] {e_meh}",
    ),
    en=(
        "Is {b} {spot} open [late|24/7|on holidays]? Anyone know? [🤔|]",
        "{b} just opened a new place {city}, [saw the sign today|it's in the old bank "
        "building|right by my office]",
        "How much is the {dish} at {b} these days? [Haven't been in ages|Can't see prices in "
        "the app]",
        "Lunch today: {b}, [nothing special|the usual|eating at my desk] {e_meh}",
        "{b} {spot} is packed [right now|at noon every day|with school kids], [heads "
        "up|fyi]",
        "Does {b} have [anything vegetarian|gluten-free buns|a kids menu]? Asking for {who}",
        "Is the {promo} thing at {b} still on[ or did I miss it|]?",
        "{b} is hiring [cashiers|cooks|couriers] {city}. Anyone worked there? [How's the "
        "pay?|What are the shifts like?]",
        "Meeting at {b} {spot} at [6|7|half past six], [don't be late|we'll walk from "
        "there]",
        "Ordered the {dish} through the {b} app, [ETA {n} min|waiting for the courier|now we "
        "wait]",
        "{b} changed the [packaging|menu boards|cups] again, [anyone else notice?|not sure "
        "why]",
        "{b} or the shawarma place [by the metro|on the corner]? [Can't decide|Help me "
        "choose]",
        "News: {b} [is expanding south|is opening its 100th restaurant|is switching to paper "
        "straws]",
    ),
    mixed=(
        "Кто знает, {b} {spot} open [24/7|late night]? Надо [поесть|перекусить] после смены",
        "Lunch в {b_pre}, [nothing special|как обычно] {e_meh}",
        "{b} теперь с kiosk-заказом, [удобно|привыкаю], но [queue|очередь] всё равно есть",
        "Есть у {b_gen} [promo code|промик] на delivery? [Поделитесь|Share pls]",
    ),
)

_S_NEGATIVE = Texts(
    ru=(
        "{b} {spot}: {meh}, [а ценник как в ресторане|и это за такие деньги|и никто даже не "
        "извинился] {e_neg}",
        "Последний раз беру {dish} в {b_pre}: {meh}. [Всё, хватит|Сколько можно|Надоело]",
        "Что случилось с {b_ins}? Раньше было вкусно, а сейчас {meh} {sigh}",
        "Заказала доставку из {b_gen} {when} — {meh}, [курьер опоздал на {n} минут|пакет "
        "мокрый|чек не положили]",
        "{b} {city} — это [лотерея|отдельный вид страданий]: сегодня вот {meh}",
        "В {b_pre} {spot} [второй раз подряд|опять|снова] {meh}. [Управляющий вообще в "
        "курсе?|Кто там проверяет качество?]",
        "Название обещает сочность, а по факту в {b_pre} [котлета как подошва|мясо сухое как "
        "картон]. [Разочарование|Мимо] {e_neg}",
        "{dish} за такие деньги, и {meh}? {b}, [совесть есть?|ну вы даёте] {e_neg}",
        "После ужина в {b_pre} [полночи плохо|живот крутит с утра], больше не рискую "
        "{e_neg}",
        "{who} в шоке: в {b_pre} {meh}, а [на кассе только пожали плечами|менеджер сделал "
        "вид, что не слышит]",
        "Ну и сервис в {b_pre}: [стою у выдачи уже {n} минут|номер на табло висит {n} "
        "минут], [а заказ никто не собирает|персонал болтает]",
        "Не ходите в {b_acc} {spot}. [Серьёзно|Просто поверьте]: {meh}, [грязно|воняет "
        "фритюром на весь зал]",
        "{b}, почему порции [стали меньше|усохли], а цены [выросли|опять подняли]? "
        "[Шринкфляция во всей красе|Это очень заметно вообще-то]",
        "Приложение {b_gen} [опять слетело|не принимает карту|глючит на оплате], заказ "
        "[не прошёл|завис], а деньги списались {e_neg}",
        "Мне кажется, или в {b_pre} {meh} [уже как правило|каждый раз теперь]? {sigh}",
        "Когда-то любила {b_acc}, но [после сегодняшнего|после этого] всё: {meh}, [и это не "
        "первый раз|и так третий раз за месяц]",
        "Спасибо, {b}, за испорченный [обед|вечер|перерыв]: {meh} {e_neg}",
        "{lol} ну конечно, {meh}. {b} верен себе",
        "[Курьер|Доставка] {b_gen} — отдельный квест: [заказ ехал час|трубку не "
        "берёт|оставил пакет у чужой двери], а ещё {meh}",
        "Ставлю {b_dat} [двойку|кол|1 из 5]: {meh}, [персонал уставший и злой|в туалете нет "
        "бумаги]",
        "Почему в {b_pre} {city} [вечно|всегда] грязно? [Подносы липкие|Мусор на "
        "полу|Столы никто не протирает] {e_neg}",
        "В {b_pre} {spot} [нахамили|наорали на подростков|выгнали нас за 10 минут до "
        "закрытия]. [Неприятно|Осадочек остался|Так себе отношение]",
        "{b} испортился, [факт|без вариантов|печально]: {meh}, [раньше такого не было|а "
        "ведь был любимым]",
        "Кто-нибудь ещё заметил, что {b} [поднял цены|урезал порции] [в третий раз за "
        "год|опять]? {e_neg}",
        "[Фу|Бее|Ну и гадость]. {dish} из {b_gen} [на вкус как картон|отдаёт старым маслом] "
        "{e_neg}",
        "Отдал почти тысячу в {b_pre}, а в итоге {meh}. [Лучше бы дома пельмени "
        "сварил|Деньги на ветер]",
        "{b} сочный только в названии {e_neg} [Сегодня|Опять] {meh}",
    ),
    en=(
        "{b} {spot}: {meh} and [nobody even apologized|the manager shrugged|at those prices "
        "too] {e_neg}",
        "Never ordering the {dish} from {b} again, {meh}. [Done|I'm out|Unreal]",
        "What happened to {b}? It used to be good, now {meh} {sigh}",
        "{b} delivery {when}: {meh} and [the courier was {n} minutes late|the bag was "
        "soaked|no receipt]",
        "Every time at {b} {city} [something's off|it's a gamble]: this time {meh}",
        "Second time in a row at {b} {spot} {meh}. [Does management even care?|Who's doing "
        "quality control?]",
        "The name says juicy, but the patty at {b} [is shoe leather|is dry as cardboard] "
        "{e_neg}",
        "Paid [almost a thousand rubles|way too much] at {b} and {meh}. [Should've cooked at "
        "home|Money down the drain]",
        "The {b} app [crashed at checkout|declined my card twice|froze mid-order], order "
        "didn't go through but the money's gone {e_neg}",
        "Thanks {b} for ruining my [lunch break|evening|date night]: {meh} {e_neg}",
        "Anyone else notice {b} [shrank the portions|raised prices again] [for the third "
        "time this year|and hoped no one would notice]?",
        "Don't go to {b} {spot}. [Seriously|Trust me]. {meh}, and [the place smells like old "
        "fryer oil|the floor is filthy]",
        "{b} used to be my go-to. Now {meh} [every time|half the time], {sigh}",
        "Waited {n} minutes at the {b} counter while staff [chatted|scrolled their phones]. "
        "[Unreal|Great service guys] {e_neg}",
        "Rating {b} a [1/5|2 out of 5|solid nope]: {meh} and [the restroom was "
        "disgusting|no napkins anywhere]",
        "{lol} of course {meh}. {b} being {b} again",
        "Why is every {b} {city} so dirty? [Sticky trays|Trash on the floor|Nobody wipes "
        "the tables] {e_neg}",
    ),
    mixed=(
        "{b} {spot}, [seriously|wtf]? {meh} {e_neg}",
        "Короче, {b} — [big no|полный fail]: {meh}, [never again|больше ни ногой]",
        "Это [cringe|fail], {b}: {meh}, а цены как за premium",
        "[Not gonna lie|Честно], {b} [скатился|went downhill]: {meh} {sigh}",
    ),
)

_S_QUESTION = Texts(
    ru=(
        "{h} добрый день! Ресторан {spot} работает [до полуночи|в праздники|круглосуточно]?",
        "{h} подскажите, акция «{promo}» действует [в доставке|во всех ресторанах|только в "
        "приложении]?",
        "{h} есть ли у вас [вегетарианские бургеры|безглютеновые булки|что-то без молочки]?",
        "{h} где посмотреть [состав и калорийность|аллергены] вашего меню? [В приложении не "
        "нашла|На сайте не нашёл]",
        "{h} можно ли заказать [банкет|детский праздник] в ресторане {spot}? [Сколько "
        "стоит?|Куда писать?]",
        "{h} вы набираете [курьеров|поваров|сотрудников в ночную смену] {city}?",
        "{h} здравствуйте, как [привязать карту лояльности|перенести баллы на новый "
        "номер|удалить аккаунт в приложении]?",
        "{h} вернёте [острый соус|сезонный бургер с грибами|вишнёвый пирожок] в меню? "
        "[Очень скучаю|Всей семьёй ждём]",
        "{h} подскажите, доставка {city} работает? В приложении [пишет «недоступно»|не вижу "
        "свой адрес]",
        "{h} а можно оплатить [картой другого банка|по СБП|бонусами полностью]?",
        "Вопрос к {h}: почему [в разных ресторанах разные цены|в приложении дороже, чем на "
        "кассе]?",
        "{h} здравствуйте! Есть ли [детские стульчики|пеленальный столик] в ресторане "
        "{spot}?",
    ),
    en=(
        "{h} hi! Is your place {spot} open [late|on holidays|24/7]?",
        "{h} does the {promo} deal work [for delivery|at every location|only in the app]?",
        "{h} do you have [vegetarian options|gluten-free buns|an allergen list]?",
        "{h} how do I [link my loyalty card|move my points to a new number|delete my "
        "account]?",
        "{h} are you hiring [couriers|kitchen staff] {city}?",
        "{h} quick question: can I pay with [a foreign card|Apple Pay|points only]?",
        "{h} any plans to open {city}? [Would love that|We need you here]",
    ),
)

_S_COMPLAINT = Texts(
    ru=(
        "{h} {when} в ресторане {spot} {meh}. [Как так?|Это нормально вообще?|Разберитесь, "
        "пожалуйста]",
        "{h} заказ из приложения [ехал полтора часа|так и не приехал], [деньги "
        "списаны|чек есть]. [Верните деньги|Что мне делать?]",
        "{h} почему в доставке {meh}? [Уже второй раз|Третий заказ подряд] {e_neg}",
        "{h} у вас на кассе {spot} [нахамили ребёнку|отказались пробить по карте|не дали "
        "сдачу]. [Жду ответа|Примите меры]",
        "{h} вы там [проверяете вообще, что отдаёте?|видели, что выдают с кухни?] {meh}, "
        "[фото в ЛС скину|фото есть]",
        "{h} приложение [не начисляет баллы|выкидывает на оплате|не видит промокод] уже "
        "[несколько дней|неделю]. [Когда почините?|Сделайте что-нибудь]",
        "{h} курьер [оставил заказ не у той двери|не поднялся на этаж|перепутал подъезд], "
        "а в итоге {meh}",
        "{h} заплатила за {dish}, а [положили другое|в пакете его не оказалось]. [Верните "
        "деньги|Позор]",
        "Уважаемый {h}, {meh} — [и это в ресторане в центре города|и это не первый раз за "
        "месяц]. Надеюсь на [ответ|компенсацию]",
        "{h} сколько можно ждать на выдаче? [Стою уже {n} минут|{n} минут, Карл!] {e_neg}",
        "{h} акция «{promo}» [не срабатывает|не применяется|в приложении не видна], а на "
        "кассе [разводят руками|говорят «не знаем»]",
        "{h} ну что за дела: {meh}, [а менеджер даже не вышел|а на жалобу сказали «ну "
        "бывает»]",
        "{h} ресторан {spot} [закрылся раньше времени|не работал в заявленные часы], мы "
        "[приехали зря|ехали через весь город]",
        "{h} с карты списали дважды за один заказ {when}, [чеки есть|скрины есть]. Верните "
        "лишнее",
        "{h} в зале {spot} [холодно как на улице|не работает кондиционер|грязь на полу]. "
        "[Невозможно сидеть|Приведите в порядок]",
        "{h} почему заказ собирают с ошибками каждый раз? [Просил без лука|Просила без "
        "соуса], а в итоге {meh}",
        "{h} то, что мне выдали под видом «{dish}», [было сырым внутри|отдавало старым "
        "маслом]. [Это вообще безопасно?|Не ожидала такого]",
        "{h} жалоба на [ресторан|персонал] {spot}: {meh}, [на просьбу переделать закатили "
        "глаза|книгу жалоб не дали]",
        "{h} промокод из рассылки [не действует|«истёк», хотя до конца ещё неделя]. [Зачем "
        "тогда присылать?|Странно]",
        "{h} да, я понимаю, обеденный наплыв, но {meh} — это [перебор|уже слишком|не "
        "оправдание]",
        "{h} в заказе не хватает [картошки|напитка|соуса и салфеток]. [Опять|Снова]. "
        "[Компенсируете?|Как вернуть деньги?]",
        "{h} вы обещали доставку за 30 минут, а [прошло уже больше часа|курьер даже не "
        "выехал]",
        "{h} когда вернёте деньги за [отменённый|недоставленный] заказ? Жду [третий "
        "день|с понедельника]",
        "{h} после обеда {spot} у нас [вся семья с животом|ребёнок всю ночь плохо себя "
        "чувствовал]. Что у вас с продуктами?",
        "{h} {sigh}, опять {meh}. Даже писать уже не хочется, но [вдруг поможет|пусть будет "
        "зафиксировано]",
        "{h} в ресторане {spot} [не работает туалет|нет мыла в туалете|нет салфеток] [уже "
        "неделю|который день]",
    ),
    en=(
        "{h} {when} at your place {spot} {meh}. [Not okay|Please sort this out|Is this "
        "normal?]",
        "{h} my app order [took an hour and a half|never showed up] and [I was charged "
        "anyway|the money is gone]. [Refund please|What now?]",
        "{h} why is it that with delivery {meh}? [Second time this week|Third order in a "
        "row] {e_neg}",
        "{h} staff {spot} [were rude to my kid|refused my card|shortchanged me]. [Expecting "
        "a response|Please look into it]",
        "{h} your app [isn't crediting points|crashes at payment|won't take the promo code] "
        "for [days|a week] now. [When will it be fixed?|Do something]",
        "{h} paid for the {dish} and [got something else|it wasn't in the bag]. [Refund "
        "please|Come on]",
        "{h} I've been standing at pickup for {n} minutes. [Seriously?|Where's my order?] "
        "{e_neg}",
        "{h} the {promo} deal [doesn't work at the counter|isn't showing in the app] and "
        "staff [just shrug|have no idea]",
        "{h} charged twice for one order {when}. [I have screenshots|Got the receipts]. "
        "Please refund the extra",
        "{h} asked for [no onion|no sauce], and of course {meh}",
        "{h} my order is missing [the fries|the drink|sauce and napkins]. [Again|Once "
        "again]. How do I get a refund?",
        "{h} your restaurant {spot} [closed early|wasn't open during posted hours] and we "
        "[came for nothing|drove across town]",
        "{h} when am I getting my money back for the [cancelled|undelivered] order? [It's "
        "been three days|Waiting since Monday]",
        "{h} the dining room {spot} is [freezing|filthy|boiling, the AC is broken]. [Fix "
        "it|Can't even sit there]",
        "{h} {sigh}, {meh} again. Posting so it's on record",
        "{h} after lunch {spot} my [whole family|kid] [got sick|had stomach problems all "
        "night]. What's going on with your food?",
    ),
)

_S_COMMENT = Texts(
    ru=(
        "[Ого|Вау], [беру|надо попробовать] {e_pos}",
        "А в доставке это тоже [действует|работает] или только в зале?",
        "Лучше бы [картошку горячую отдавали|цены не поднимали], чем [акции "
        "придумывать|посты писать] {e_meh}",
        "{who} уже в пути {lol}",
        "А {city} будет? [Ждём|Очень надо]",
        "Вчера брали, [реально вкусно|норм], {good}",
        "Почему в приложении [этого нет|не отображается]?",
        "Красиво на фото, а в жизни {meh} {e_meh}",
        "[Класс|Круто|Супер]! А для [студентов|пенсионеров] скидки будут?",
        "Опять [реклама|акции], а у меня {meh}, и ответа [никакого|до сих пор нет]",
        "[Промо|Акция] до какого числа[ действует|]? [Успеть бы|Хочу в выходные]",
    ),
    en=(
        "Ooh, [gotta try this|I'm in] {e_pos}",
        "Does this work for delivery too or [dine-in only|just in the app]?",
        "Looks great in the photo, in real life {meh} {e_meh}",
        "When are you coming {city}? [We're waiting|Please]",
    ),
)

_S_REPLY = Texts(
    ru=(
        "[Согласен|Согласна|Плюсую], у нас {city} так же",
        "Да ладно, мне [наоборот нравится|всегда норм было] {e_pos}",
        "У меня [вчера|на прошлой неделе] было [ровно то же самое|похожее] {sigh}",
        "{lol} [жиза|узнаю себя]",
        "Пиши им в поддержку, [они обычно отвечают|может, вернут деньги]",
        "А я только в {b_pre} {spot} беру, там [нормально|всё стабильно]",
        "Какая точка? [Интересно, та же, что у меня?|Теперь буду обходить]",
        "Ну это же фастфуд, [чего вы ждали|не ресторан же] {e_meh}",
        "{who} там работает, говорит, [смены по 12 часов|людей не хватает], отсюда и "
        "[бардак|всё]",
        "В {b_pre} {spot} ещё [норм|более-менее], а вот {city} [жесть|не советую]",
        "О, спасибо, [не знала|учту|буду знать] {e_pos}",
        "Тоже брали {dish} недавно, {good}",
        "Скинь [фото|чек], [интересно|а то не верится]",
    ),
    en=(
        "[Same|Same here] {city}, honestly",
        "Really? I've [never had a problem|always liked it] {e_pos}",
        "Happened to me [last week|yesterday] too {sigh}",
        "Try messaging support, they [usually answer|might refund you]",
        "{lol} [this is so real|felt that]",
        "{b} {spot} is [way better|still decent] btw",
        "It's fast food, [what did you expect|lower your expectations] {e_meh}",
    ),
    mixed=(
        "Same, у меня [тоже|так же] {e_meh}",
        "{lol} [so true|жиза], {b} [такой|as always]",
    ),
)

_S_ANSWER = Texts(
    ru=(
        "[Здравствуйте|Добрый день]! [Нам очень жаль|Приносим извинения], что так вышло. "
        "[Напишите|Пришлите], пожалуйста, в личные сообщения номер заказа и адрес "
        "ресторана — [разберёмся|передадим управляющему] и вернёмся с ответом.",
        "[Здравствуйте|Добрый день]! Спасибо, что [написали|сообщили]. Уточните, "
        "пожалуйста, [в каком ресторане|когда и в каком ресторане] это было? Мы проверим.",
        "Добрый день! Подробности есть в приложении в разделе «Помощь», а если что-то не "
        "получится — напишите нам в личные сообщения, поможем.",
        "Здравствуйте! Передали информацию [управляющему ресторана|в отдел качества]. "
        "[Компенсацию начислим баллами в приложении|С вами свяжутся в течение дня].",
        "Спасибо за обратную связь! Такого быть не должно. [Напишите нам в ЛС|Оставьте "
        "контакт в личке], пожалуйста, чтобы мы могли [вернуть деньги|всё исправить].",
        "Здравствуйте! Проверили заказ: [возврат оформлен, деньги придут в течение 3–5 "
        "рабочих дней|баллы начислены, проверьте, пожалуйста, приложение]. Ещё раз "
        "извините за неудобства.",
        "Добрый день! [Спасибо за вопрос|Рады помочь]. Ответили вам в личных сообщениях 🙌",
        "Ой, неприятно 😔 Давайте разберёмся: напишите в директ [номер заказа|время и "
        "адрес], пожалуйста.",
    ),
    en=(
        "[Hi|Hello]! We're really sorry about this. Please DM us your order number and the "
        "restaurant address and we'll [look into it|sort it out].",
        "Hi! Thanks for letting us know. Could you tell us [which location|when and where] "
        "this happened? We'll check.",
        "Hello! We've passed this on to [the restaurant manager|our quality team]. [The "
        "refund will arrive in 3-5 business days|Someone will contact you today].",
        "Hi! We've [replied|sent you the details] in DMs 🙌",
    ),
)

_S_THANKS = Texts(
    ru=(
        "Спасибо, [деньги вернули|баллы пришли], [оперативно|быстро] 👍",
        "Ок, [написал|скинул номер заказа] в личку, спасибо",
        "О, [ответили|реально ответили], неожиданно. Спасибо!",
        "[Спасибо|Благодарю], вопрос решён {e_pos}",
        "Вот это [сервис|поддержка], уважаю",
        "Спасибо за ответ, [жду|буду ждать] 🙏",
    ),
    en=(
        "Thanks, [got the refund|the points came through] 👍",
        "Oh wow, an actual human reply. Thank you!",
        "Sorted [already|in ten minutes], thanks {e_pos}",
    ),
)

_S_STILL = Texts(
    ru=(
        "Написал в личку ещё [вчера|утром], [тишина|ответа нет] {e_neg}",
        "Ваше «разберёмся» [уже третий раз|не работает]. [Денег так и нет|Ничего не "
        "изменилось]",
        "Баллы так и не пришли. [Спасибо, конечно|Очень «помогли»] {sigh}",
        "Это шаблонный ответ, [мне не легче|а проблема осталась]",
        "Уже [дважды|три раза] скидывала номер заказа. [Что ещё нужно?|Сколько можно?]",
        "Возврат «в течение 3–5 дней» идёт уже [неделю|десятый день]",
        "Ответили и [забыли|пропали]. Класс {e_neg}",
    ),
    en=(
        "DMed you [yesterday|this morning], still nothing {e_neg}",
        "That's a canned reply and [the problem's still there|it doesn't help]",
        "Refund 'in 3-5 days', it's been [a week|ten days]",
        "Sent the order number twice already. [What else do you need?|Come on]",
    ),
)

_S_REVIEW_POS = Texts(
    ru=(
        "[Хорошее|Отличное|Приятное] место {spot}: {good}, [персонал приветливый|в зале "
        "чисто]. [Рекомендую|Буду приходить ещё].",
        "Брали {dish} и [наггетсы|кольца], {good}. Цены [адекватные|нормальные для "
        "фастфуда].",
        "Часто заказываю доставку. [Всегда вовремя|Ни разу не подвели], {good}.",
        "Лучший фастфуд в нашем районе: {good}, [быстро|без очередей]. Пять звёзд.",
        "Были с детьми [в выходные|на каникулах]. Детский обед [понравился|съели до "
        "крошки], {good}.",
        "Стабильно вкусно. {dish} — [моя любовь|мой фаворит], и {good}.",
        "Хожу в этот ресторан {spot} [уже года два|с открытия]. Качество держат: {good}.",
        "Заказ собрали за [пять минут|считанные минуты], {good}. За свои деньги — "
        "[отлично|очень достойно].",
        "Приятно удивлена: {good}, да и [по акции «{promo}»|по карте лояльности] вышло "
        "недорого.",
        "Нормальный фастфуд без претензий на высокую кухню, {good}. Ставлю пятёрку.",
        "Понравилось, {good}. [Правда, народу много|Шумновато], но для такого места это "
        "не минус.",
        "Вежливый кассир, [чистый зал|быстрая выдача], {good}. Что ещё надо для быстрого "
        "обеда.",
        "Заходили [вечером|после кино]: {dish} [на высоте|выше всяких похвал], {good}. "
        "Спасибо повару!",
        "Если хочется бургер — иду сюда: {good}, [соусы вкусные|картошка всегда свежая].",
    ),
    en=(
        "Solid spot {spot}: {good}, [friendly staff|clean dining room]. Recommend.",
        "Had the {dish} and [a coke|fries], {good}. Fair prices for fast food.",
        "I order delivery from here a lot. [Always on time|Never let me down], {good}.",
        "Best fast food [around here|in the neighbourhood], {good}. Five stars.",
        "Came with the kids {when}, {good}, and they [loved the kids meal|finished "
        "everything].",
        "Consistent. The {dish}: my [favourite|usual order], and {good}.",
        "Quick, cheap, tasty: {good}. What more do you want.",
    ),
)

_S_REVIEW_NEG = Texts(
    ru=(
        "Ужасно. {dish} — [полный провал|позор], {meh}, [персонал безразличен|никто не "
        "извинился]. Больше не приду.",
        "Заказывали доставку {when}: {meh}, [курьер опоздал на {n} минут|пакет был "
        "порван]. Единица.",
        "Раньше любил это место, но [последние месяцы|теперь] {meh}. [Очень жаль|Печально].",
        "Ресторан {spot}: грязные столы, [переполненные урны|липкий пол], {meh}. Санитарии "
        "никакой.",
        "Ждали заказ {n} минут при пустом зале, [в итоге|а потом оказалось, что] {meh}.",
        "{dish} — [полное разочарование|деньги на ветер]: {meh}, [вкус пластиковый|соус "
        "кислый].",
        "Кассир [грубил|разговаривал сквозь зубы], заказ перепутали, {meh}. Не рекомендую.",
        "Цены растут, качество падает: {meh}. [Две звезды только за быструю выдачу|Одна "
        "звезда, и то много].",
        "После ужина здесь [болел живот|всю ночь мутило]. Не знаю, что было не так, но "
        "больше не рискну.",
        "Приложение списало деньги, а заказ [не дошёл до кухни|отменился]. [Возврат жду до "
        "сих пор|Поддержка молчит].",
        "В туалете [нет воды|грязь|сломан замок], в зале {meh}. Для сети такого уровня "
        "стыдно.",
        "Акция «{promo}» оказалась [обманом|с кучей условий]: на кассе [пришлось "
        "доплатить|сказали, что не действует].",
        "Котлета [сырая внутри|пережарена до угля], булка [черствая|рассыпается]. Как это "
        "можно подавать?",
        "Доставка — [кошмар|лотерея]: [то холодное привезут|то не то], сегодня {meh}. "
        "Больше не заказываю.",
        "Персонал [болтает и ржёт на кухне|сидит в телефонах], а посетители ждут, и {meh}.",
        "Зашли перекусить, вышли злые: {meh}, [музыка орёт|душно], [сесть "
        "негде|кондиционер не работает].",
        "Не понимаю хвалебных отзывов. Обычный [посредственный|скучный] фастфуд, {meh}.",
        "Ставлю два. Вроде {good}, но {meh}, и это перечеркнуло всё.",
        "Попросили переделать бургер — [закатили глаза|сделали одолжение], и {meh}. "
        "Клиентоориентированность на нуле.",
        "Закрылись на [полчаса|20 минут] раньше, чем указано на двери. Приехали, а [свет "
        "выключен|кассы закрыты]. Неуважение.",
        "Картошка явно [вчерашняя|разогретая], напиток [тёплый|разбавленный]. Такого "
        "уровня я не ожидала.",
        "В зале [холодно как на улице|жарко как в бане], {meh}. [Минус звезда за "
        "каждое|Итог — одна звезда].",
        "Порции [заметно уменьшились|стали детскими], цена та же, {meh}. Перестаю ходить.",
        "Чек [не выдали|пробили не тот], сдачу [не додали|пришлось пересчитывать дважды], "
        "{meh}.",
    ),
    en=(
        "Awful. {meh} and [staff didn't care|no one apologized]. Won't be back.",
        "Ordered delivery {when}: {meh}, [the courier was {n} minutes late|the bag was "
        "torn]. One star.",
        "Used to love this place, but [lately|these days] {meh}. Shame.",
        "The one {spot}: dirty tables, [overflowing bins|sticky floor], {meh}. Zero hygiene.",
        "Waited {n} minutes in an empty restaurant, and then {meh}.",
        "The {dish}: [a total letdown|a waste of money], {meh}.",
        "Cashier was [rude|snappy], order got mixed up, {meh}. Not recommended.",
        "Prices keep going up and quality keeps going down; this time {meh}.",
        "Felt sick [all night|the whole next day] after eating here. Not risking it again.",
        "The app took my money but the order [never reached the kitchen|got cancelled]. "
        "Still waiting on a refund.",
        "Restroom [had no water|was filthy], and in the dining room {meh}. Embarrassing for "
        "a chain.",
        "The {promo} deal [was a bait and switch|came with a ton of fine print]; at the "
        "counter [they charged extra|they said it doesn't apply].",
        "Patty [raw in the middle|burnt to a crisp], bun [stale|falling apart]. How do you "
        "serve this?",
        "Two stars. {good}, but {meh}, which kind of ruined it.",
        "Closed [half an hour|20 minutes] before the posted time. Total disrespect.",
        "Portions got [noticeably smaller|kid-sized] for the same price, and {meh}. I'm "
        "done.",
    ),
)

_S_REVIEW_ANSWER = Texts(
    ru=(
        "[Здравствуйте|Добрый день]! Приносим извинения за [неприятный опыт|доставленные "
        "неудобства]. Ваш отзыв передан управляющему ресторана, [с сотрудниками проведена "
        "беседа|ситуацию разберём].",
        "Спасибо, что поделились. Нам жаль, что визит [оставил такое "
        "впечатление|разочаровал]. Напишите, пожалуйста, на почту поддержки номер заказа — "
        "[предложим компенсацию|всё проверим].",
        "Здравствуйте. Мы [внимательно изучили|прочитали] ваш отзыв и [передали его в отдел "
        "качества|уже работаем над этим]. Надеемся, следующий визит будет лучше.",
        "Добрый день! Такого быть не должно. [Ситуация на контроле|Мы уже разбираемся]; "
        "если возможно, [уточните дату и время визита|пришлите фото чека] в личные "
        "сообщения.",
        "Извините, что так получилось 😔 Будем рады, если дадите нам ещё один шанс.",
    ),
    en=(
        "Hello! We apologize for [the bad experience|the inconvenience]. Your review has "
        "been passed on to the restaurant manager.",
        "Thank you for the feedback. We're sorry the visit [was disappointing|went like "
        "this]. Please send your order number to our support email so we can [make it "
        "right|look into it].",
        "Hi. This shouldn't have happened. [We're looking into it|It's under review]; "
        "please DM us [the date and time|a photo of the receipt].",
    ),
)

_S_REVIEW_THANKS = Texts(
    ru=(
        "Спасибо за тёплый отзыв! [Ждём вас снова|Передадим команде — им будет приятно] 🙌",
        "[Благодарим|Спасибо] за оценку! Рады, что вам [понравилось|всё пришлось по вкусу] "
        "😊",
        "Спасибо! Очень приятно читать такое. Приходите ещё!",
        "Спасибо, что выбираете нас ❤️ [Команда ресторана говорит спасибо|Повара передают "
        "привет]",
    ),
    en=(
        "Thank you for the kind words! [See you again soon|We'll pass it on to the team] 🙌",
        "Thanks for the [rating|five stars]! Glad you enjoyed [it|your meal] 😊",
    ),
)

_S_REVIEW_DISPUTE = Texts(
    ru=(
        "Здравствуйте. Мы проверили записи камер за указанное время: заказ был выдан "
        "[через 7 минут после оплаты|горячим и полностью укомплектованным]. Если у вас "
        "есть [чек|фото], пришлите его, пожалуйста.",
        "Добрый день. По нашим данным, в это время ресторан [работал в обычном "
        "режиме|был открыт], а заказ с такими позициями не оформлялся. Уточните, "
        "пожалуйста, детали.",
        "Здравствуйте. Температура и время приготовления у нас контролируются "
        "[электронной системой|на каждом этапе], нарушений в тот день не зафиксировано. "
        "Готовы обсудить в личных сообщениях.",
    ),
    en=(
        "Hello. We checked the camera footage for that time: the order was handed over "
        "[complete|hot] [within 7 minutes|right after payment]. If you have a receipt, "
        "please send it to us.",
    ),
)

_S_OFFICIAL = Texts(
    ru=(
        "Новинка! {dish} уже в меню всех ресторанов {e_pos} [Пробуйте и делитесь "
        "впечатлениями|Успейте попробовать первыми]",
        "Только до воскресенья: {promo} 🔥 [Подробности в приложении|Действует в "
        "ресторанах и доставке]",
        "Открываемся [в Сургуте|в Калуге|в Йошкар-Оле]! [Ждём вас|Приходите] на "
        "[открытие|дегустацию] в субботу с "
        "11:00 🎉",
        "Мы обновили приложение: [быстрее оформление заказа|новая программа "
        "лояльности|оплата по СБП]. Обновляйтесь 📲",
        "Ищем в команду [поваров|кассиров|курьеров] в [Твери|Кирове|Ижевске]. Гибкий "
        "график, [питание за наш "
        "счёт|обучение с нуля]. Откликайтесь в личных сообщениях.",
        "Как вы едите бургер: [сразу целиком|разбираете по слоям|ножом и вилкой]? Пишите в "
        "комментариях 👇",
        "Каждую среду — [{promo}|минус 30% на всё меню в приложении]. Отмечайте друзей 😉",
        "Спасибо, что вы с нами! Сегодня [открыли сотый ресторан|нам исполнилось пять "
        "лет] ❤️",
        "Внимание: ресторан {spot} [закрыт на ремонт до пятницы|работает по сокращённому "
        "графику]. Извините за неудобства!",
        "Конкурс! Выкладывайте фото с [любимым бургером|нашим фирменным стаканом] с "
        "хештегом #сочныйбургер и выигрывайте [годовой запас картошки|сертификат на "
        "5000 ₽] 🍟",
        "Мы меняем упаковку на [перерабатываемую|бумажную]: меньше пластика, тот же вкус 🌱",
        "{b} теперь [в Telegram|в VK Видео]! Подписывайтесь, там [закулисье кухни|первыми "
        "узнаёте об акциях]",
    ),
)

_S_EXEC = Texts(
    ru=(
        "Провёл день на кухне нового ресторана {city}. [Картошку жарил сам|Стоял на сборке "
        "бургеров] — уважение ребятам, темп бешеный.",
        "Часто спрашивают, почему мы не повышаем цены так же быстро, как рынок. Короткий "
        "ответ: [считаем каждую копейку|договорились с поставщиками на год вперёд].",
        "Дочитал [книгу про Рэя Крока|«Доставлено» Тони Шея] — много мыслей про "
        "масштабирование. Кто читал, делитесь.",
        "Сегодня {b} [открыл сотый ресторан|вышел в новый регион]. Пять лет назад у нас "
        "была одна точка и [фургон|долги]. Спасибо команде ❤️",
        "Утро начинаю с обхода ресторанов. Сегодня был {spot}: [чисто, быстро, горжусь "
        "ребятами|нашли, что улучшить, работаем].",
        "Пробежал [полумарафон|свои первые 21 км]. Медленно, но дошёл. Дальше — "
        "[марафон|отдых] 🏃",
        "Про найм: ищем [управляющих ресторанами|шефа по развитию меню]. Если вы из "
        "индустрии — пишите в личку.",
        "Нас часто сравнивают с [большими сетями|международными брендами]. Мы не пытаемся "
        "быть ими: {b} — про [нормальное мясо|честную еду] и быстрый сервис.",
        "Выходной. [Жарю бургеры на даче|Везу детей на рыбалку] и не смотрю в рабочий "
        "чат. Почти 😅",
        "Поблагодарил лично [лучшего курьера месяца|повара, который отработал пять лет без "
        "единой жалобы]. Такие люди — основа {b_gen}.",
        "Цифры недели: [{n} тысяч заказов в приложении|средняя скорость выдачи 4 "
        "минуты]. Есть куда расти.",
    ),
)

_S_INFL_POS = Texts(
    ru=(
        "Обзор: попробовал всё новое меню {b_gen}. Вывод — {good}, а {dish} [лучшее в "
        "линейке|вообще разрыв]. Полное видео по ссылке в профиле",
        "Слепой тест бургеров: {b} [занял первое место|обошёл две крупные сети]. Не ожидал, "
        "честно {e_pos}",
        "Друзья, это не реклама: {b} {city} — [моё открытие месяца|место, куда вожу всех "
        "гостей], {good}",
        "Рейтинг фастфуда 2026: {b} в [тройке лидеров|топ-5], {good}, цены [ниже "
        "рынка|адекватные].",
        "Сходили с подписчиками в {b_acc} {spot}: {good}. Спасибо за тёплый приём! {e_pos}",
        "Разбираем бургеры по косточкам. У {b_gen} [мясо настоящее|булка своя], {good}. "
        "Ставлю 8 из 10.",
        "Лучший бюджетный обед недели — {dish} из {b_gen}. [Сохраняйте|Перешлите другу, "
        "который вечно голодный] {lol}",
    ),
    en=(
        "Ranked every fast food burger in Moscow. {b} [made the top 3|came out on top] — "
        "{good}. Full video on my channel",
        "Blind taste test: {b} [beat two global chains|won, no contest] {e_pos}",
        "Not sponsored: the {dish} at {b}, my find of the month. {good}",
        "Took my followers on a {b} crawl {city} and {good}. Thanks for having us {e_pos}",
    ),
)

_S_INFL_NEG = Texts(
    ru=(
        "Разочарование недели: {b}. {meh}, [а за такие деньги|а хайпа было много]. "
        "Подробно в видео",
        "Пришёл в {b_acc} {spot} снимать обзор, а [снял антиобзор|ушёл голодным]: {meh} "
        "{e_neg}",
        "{b} [сдал позиции|скатился], честно. Год назад было вкусно, сейчас {meh}. Дальше "
        "без меня",
        "Подписчики прислали [сорок|десятки] жалоб на {b_acc} за неделю. Проверил сам: "
        "{meh}. Ребята, [соберитесь|что происходит?]",
        "Проверка доставки: {b} ехал [{n} минут|больше часа], {meh}. [Худший результат в "
        "рейтинге|Итог — последнее место]",
    ),
    en=(
        "Letdown of the week: {b}. {meh}, and at those prices? Full review up now",
        "Went to {b} {spot} to film a review and ended up filming a rant: {meh} {e_neg}",
        "{b} has [slipped|fallen off], honestly. A year ago it was great, now {meh}",
    ),
)

_S_DECOY = Texts(
    ru=(
        "Рецепт дня: как сделать дома сочный бургер. [Секрет — фарш жирностью "
        "20%|Главное — не давить котлету лопаткой|Булку подсушить на сухой сковороде]",
        "Муж на даче [пожарил|собрал] сочный бургер на углях, и это лучше любого "
        "ресторана {e_pos}",
        "Самый сочный бургер в моей жизни я съела [в Тбилиси|в маленькой закусочной под "
        "Выборгом|на фестивале уличной еды] {e_pos}",
        "В столовой [у нас на заводе|в универе] появился «сочный бургер» за 180 рублей. "
        "Звучит смело {lol}",
        "Чтобы вышел сочный бургер, [жарим котлету на сильном огне по 3 минуты с каждой "
        "стороны|в фарш кладём кубик льда]. Проверено {e_pos}",
        "Сын попросил на день рождения сочный бургер с картошкой, [так что завтра я "
        "шеф|пеку булочки сама] {e_pos}",
        "Ничто так не спасает понедельник, как сочный бургер [собственного "
        "приготовления|из ближайшей бургерной] {e_pos}",
        "Фуд-фотограф признаётся: сочный бургер на фото — это [глицерин и "
        "кисточка|часто недожаренная котлета] {lol}",
        "Сочный бургер и [холодный лимонад|квас] после [сплава|похода] — лучшее, что было "
        "этим летом",
        "Диетолог: сочный бургер раз в неделю [не навредит|вполне допустим], если "
        "[без сладкой газировки|остальная еда нормальная]",
        "Учусь снимать еду: сочный бургер на [деревянной доске|тёмном фоне], как вам? "
        "{e_pos}",
        "План на вечер: сочный бургер, [плед и фильм|тишина и никакой работы]",
        "Открыл для себя смэш-технику: котлета [тонкая|с хрустящей корочкой], а сочный "
        "бургер всё равно получается {e_pos}",
        "Ресторанный критик в колонке: «Сочный бургер сегодня [есть у каждой "
        "бургерной|стал базовой едой], удивить им сложно»",
    ),
    en=(
        "My Russian mother-in-law calls every burger I grill a 'сочный бургер' and honestly "
        "I'll take it {lol}",
        "Learned a new Russian phrase today: сочный бургер means juicy burger. Priorities "
        "{lol}",
        "Made a proper сочный бургер at home [on the cast iron|on the grill] tonight {e_pos}",
        "Our Russian teacher used 'сочный бургер' to explain adjective endings and now the "
        "whole class is hungry",
        "The street food fest had a stall selling a 'сочный бургер', no relation to any "
        "chain I think",
    ),
)

_S_DECOY_NEG = Texts(
    ru=(
        "Пыталась сделать сочный бургер дома: [котлета развалилась|сожгла сковородку|дым на "
        "всю квартиру]. Больше не экспериментирую {e_neg}",
        "Диетолог в эфире сказал, что сочный бургер — это [бомба для сосудов|почти дневная "
        "норма жира], и теперь мне стыдно",
        "Ненавижу, когда в меню кафе пишут «сочный бургер», а приносят [подошву|сухую "
        "котлету]. [Речь не про сеть|Это было в кафе у дома], если что",
        "Заказал в баре [у нас|в центре] «сочный бургер», а он сухой как [картон|пустыня] "
        "{e_neg}",
        "Сосед жарит на балконе сочный бургер, и весь подъезд в дыму {e_neg}",
        "Ребёнок отказывается от супа и требует сочный бургер. [Воспитываю|Сдаюсь] {sigh}",
        "После отпуска плюс [три кило|пять кило], а всё потому, что каждый день был сочный "
        "бургер {sigh}",
        "Сочный бургер на фото в рекламе [местной шашлычной|пиццерии у дома] и то, что "
        "приехало, — [две разные вселенные|небо и земля] {e_neg}",
    ),
    en=(
        "Tried to make a сочный бургер like my Russian flatmate does and [set off the smoke "
        "alarm|the patty fell apart] {e_neg}",
        "Menu said 'сочный бургер', got [a dry hockey puck|cardboard]. Some random cafe, "
        "not the chain, before anyone asks",
        "Ugh, the whole building smells of someone grilling a сочный бургер at 7am",
    ),
)

SOCHNY = BrandTexts(
    vocab=_S_VOCAB,
    positive=_S_POSITIVE,
    neutral=_S_NEUTRAL,
    negative=_S_NEGATIVE,
    question=_S_QUESTION,
    complaint=_S_COMPLAINT,
    comment=_S_COMMENT,
    reply=_S_REPLY,
    answer=_S_ANSWER,
    thanks=_S_THANKS,
    still_broken=_S_STILL,
    review_pos=_S_REVIEW_POS,
    review_neg=_S_REVIEW_NEG,
    review_answer=_S_REVIEW_ANSWER,
    review_thanks=_S_REVIEW_THANKS,
    review_dispute=_S_REVIEW_DISPUTE,
    official_post=_S_OFFICIAL,
    exec_post=_S_EXEC,
    influencer_pos=_S_INFL_POS,
    influencer_neg=_S_INFL_NEG,
    decoy=_S_DECOY,
    decoy_neg=_S_DECOY_NEG,
)

# ============================================================================== Полюшко
_P_VOCAB = Vocab(
    ru={
        "dish_home": ("гречку с лисичками и сметаной", "гречку к маминым тефтелям",
                      "кашу на топлёном молоке с пенкой", "гречку по-купечески в чугунке",
                      "булгур с нутом и печёным перцем", "перловку с тушёнкой по-армейски",
                      "пшёнку с тыквой и изюмом", "гречку с печёнкой и жареным луком",
                      "овсянку с грушей и грецким орехом", "гречневые блинчики на кефире"),
        "good": ("крупа чистая, ни одного камушка", "разваривается ровно и не липнет",
                 "пахнет орехом, как у бабушки", "пакетики выдерживают кипяток",
                 "цена ниже, чем у раскрученных марок", "горечи нет совсем",
                 "готова за пятнадцать минут, как на пачке написано",
                 "получается рассыпчатая, зёрнышко к зёрнышку",
                 "зип-замок держит, мошка не заводится"),
        "meh": ("шелухи в пачке столько, что хоть подушку набивай",
                "крупа горчит, будто пережарили", "пакетик лопнул по шву прямо в кипятке",
                "гречка слиплась в серую кашу",
                "пачку урезали до 800 г, а ценник тот же", "попадаются обугленные зёрна",
                "из пачки тянет сыростью", "варится минут сорок и всё равно жёсткая",
                "на полке третью неделю пусто", "дату производства не разобрать",
                "на дне пачки слой пыли", "вкус пресный, как у картона"),
        "grain": ("гречка в пакетиках для варки (4×80 г)", "ядрица",
                  "зелёная гречка в крафтовом пакете", "продел", "булгур", "пшено",
                  "геркулес", "перловка",
                  "гречка «за 5 минут»"),
        "shop": ("в Магните у гаражей", "в Ленте за автосалонами",
                 "во ВкусВилле у поликлиники", "в Перекрёстке у выхода из метро",
                 "в Ашане на Киевке", "на вайлдбериз с пунктом у пекарни",
                 "в ларьке у трамвайного кольца", "в Чижике под домом"),
        "found_item": ("камешек с ноготь величиной", "живых жучков, ползающих по пачке",
                       "острый осколок стекла в варочном пакетике",
                       "личинок моли в заводской запайке"),
        "found_short": ("камень", "жучки", "стекло", "моль"),
        "ignored_issue": ("на горячую линию невозможно дозвониться, а форма на сайте выдаёт "
                          "ошибку",
                          "кешбэк за загруженные по акции чеки так и не пришёл",
                          "в пачках «900 г» стабильно недовес, взвешивала на кухонных весах"),
        "gaffe_topic": ("тех, кто варит гречку в пакетиках и называет это готовкой",
                        "людей, которые читают состав на каждой пачке и шлют нам гневные "
                        "письма",
                        "покупателей, которые ищут гречку подешевле, а потом жалуются на "
                        "качество"),
        "fake_claim": ("в гречку подмешивают дешёвую китайскую крупу и подкрашивают",
                       "зерно обрабатывают химией от жучка, которую в Европе давно запретили",
                       "завод продали, и скоро под той же маркой будет гречка из Казахстана"),
    },
    en={
        "dish_home": ("buckwheat with chanterelles and sour cream",
                      "buckwheat to go with mum's meatballs",
                      "porridge on baked milk with the skin on top",
                      "merchant-style buckwheat with pork belly",
                      "bulgur with chickpeas and roasted pepper",
                      "army-style barley with tinned stew",
                      "millet with pumpkin and raisins",
                      "buckwheat with liver and fried onions",
                      "oatmeal with pear and walnuts", "buckwheat kefir pancakes"),
        "good": ("the grain was clean, not a single pebble",
                 "it cooked evenly and didn't stick", "it smelled nutty like at my gran's",
                 "the bags held up in the boiling water",
                 "it was cheaper than the hyped brands", "there was zero bitterness",
                 "it was ready in fifteen minutes like the pack says",
                 "it came out fluffy with every grain separate",
                 "the zip lock kept the pantry moths out"),
        "meh": ("a spoonful of husks floated up when I added water",
                "it tasted bitter like it was over-roasted",
                "the bag split at the seam in the boiling water",
                "the buckwheat clumped into grey mush",
                "the pack shrank to 800 g at the same price",
                "there were charred black grains in it", "the pack smelled damp",
                "it took forty minutes and was still hard",
                "the shelf has been empty for three weeks",
                "the production date was illegible",
                "there was a layer of dust at the bottom",
                "it tasted bland like cardboard"),
        "grain": ("buckwheat in 80 g cooking bags", "whole-kernel buckwheat (yadritsa)",
                  "green buckwheat in the craft-paper bag", "buckwheat grits (prodel)",
                  "bulgur", "millet", "oat flakes", "barley", "'5-minute' buckwheat"),
        "shop": ("at the Magnit by the garages", "at the Lenta past the car dealerships",
                 "at the VkusVill next to the clinic", "at the Perekrestok by the metro exit",
                 "at the Auchan on Kievskoe", "off Wildberries, pickup point by the bakery",
                 "at the kiosk by the tram loop", "at the Chizhik under my building"),
        "found_item": ("a pebble as big as a fingernail", "live bugs crawling around the pack",
                       "a sharp shard of glass in a cooking bag",
                       "moth larvae in a factory-sealed pack"),
        "found_short": ("pebble", "bugs", "glass", "larvae"),
        "ignored_issue": ("the hotline never picks up and the website form throws an error",
                          "the cashback for receipts uploaded in the promo never arrived",
                          "the 900 g packs are consistently underweight, I weighed them"),
        "gaffe_topic": ("people who cook buckwheat in bags and call it cooking",
                        "people who read the label on every pack and send us angry emails",
                        "shoppers who hunt for the cheapest buckwheat and then complain about "
                        "quality"),
        "fake_claim": ("they mix cheap Chinese groats into the buckwheat and dye them",
                       "the grain is treated with a bug poison that's banned in Europe",
                       "the plant has been sold and soon the buckwheat will come from "
                       "Kazakhstan under the same label"),
    },
)

_P_POSITIVE = Texts(
    ru=(
        "Сварила {dish_home}, крупа {b}: {good} {e_pos}",
        "Перепробовала кучу марок, остановилась на {b_pre}: {good}",
        "{grain} от {b_gen} [теперь всегда в запасе|спасает в будни|мой фаворит], {good}",
        "Купила {b_acc} {shop} по акции, {good}. [Возьму ещё|Беру впрок] {e_pos}",
        "{who} [хвалит|нахваливает] {b_acc}, мол, {good}. [Пришлось тоже купить|Теперь и я "
        "беру]",
        "Гречка {b} — [как у бабушки в деревне|прям вкус детства], {good} {e_pos}",
        "Наконец-то нормальная крупа: {b}, {good}. [Рекомендую|Советую всем]",
        "{grain} {b_gen} — [моя любовь|обожаю]: [пять минут утром, и завтрак готов|в поход "
        "самое то] "
        "{e_pos}",
        "Сегодня варю {dish_home}, крупа {b}, [муж уже крутится у плиты|дети ждут]. {good}",
        "Не реклама, просто люблю {b_acc}: {good}, [цена норм|упаковка удобная]",
        "{b} [молодцы|красавцы], {good}. Перешла на вашу гречку полностью",
        "ПП-завтрак: {grain} от {b_gen} и [ягоды|яйцо пашот], {good} {e_pos}",
        "Сравнила три марки гречки, {b} [вне конкуренции|лучшая]: {good}",
        "Уважаю {b_acc} за то, что {good}. Мелочь, а приятно",
        "[Мама|Бабушка] признала {b_acc} достойной гречкой {lol} А это высшая оценка",
        "{b} в [новой упаковке|пакете с замком] — [круто|удобно], и {good} {e_pos}",
    ),
    en=(
        "Cooked {dish_home} {when}, grains from {b}, and {good} {e_pos}",
        "Tried [a bunch of|like six] brands and {b} [wins|is the one]: {good}",
        "{b} {grain} is a [weeknight lifesaver|pantry staple now], {good}",
        "Grabbed {b} {shop} on sale, {good}. [Stocking up|Buying more] {e_pos}",
        "{who} swears by {b} and [yeah|fine, they're right], {good}",
        "{b} buckwheat tastes like [my grandma's|childhood], {good} {e_pos}",
        "Not sponsored, I [genuinely|just] rate {b}: {good}[ {e_pos}|]",
        "Meal prep Sunday: {dish_home} with {b}, {good} {e_pos}",
        "Compared three buckwheat brands and {b} [came out on top|was clearly the best]: "
        "{good}",
        "Switched to {b} {grain} and [not going back|haven't looked back], {good}",
    ),
    mixed=(
        "{b} — мой [go-to|must have] для [meal prep|завтраков], {good} {e_pos}",
        "Healthy завтрак: крупа {b} и [ягоды|banana], {good}",
        "Honestly лучшая гречка — {b}, {good} {e_pos}",
    ),
)

_P_NEUTRAL = Texts(
    ru=(
        "Где сейчас купить {b_acc} {city}? [Смотрела в трёх магазинах|Подскажите, кто "
        "видел]",
        "Сколько минут варится {grain} от {b_gen}? На пачке [15 минут|одно, на сайте другое], а у "
        "меня [плита слабая|кастрюля большая]",
        "[Подскажите|Кто знает], у {b_gen} есть [гречка без глютена|органическая "
        "линейка|крупа для детского питания]? Педиатр [велел|посоветовал] поискать",
        "{shop} {b} по [89|99|119] рублей, [взяла две пачки|это акция или новая цена?]",
        "Сегодня готовлю {dish_home}, крупа — {b}. [Посмотрим|Первый раз пробую]",
        "{b} — это чья марка вообще? Стою {shop} и гуглю [производителя|откуда крупа]",
        "Видела рекламу {b_gen} [в метро|на остановке|перед фильмом] {city}, [с бабушкой и "
        "полем|снято симпатично]",
        "{shop} у {b_gen} [новый дизайн пачки|появилась зелёная гречка], [заметили?|кто "
        "пробовал?]",
        "Список покупок: молоко, яйца, {b} ({grain}), [хлеб|сыр] и корм коту",
        "{grain} от {b_gen} — кто пробовал? Увидела {shop}, [стоит брать?|думаю] [🤔|]",
        "Для курсовой по маркетингу разбираю упаковку {b_gen}: [шрифты, цвета, поле на "
        "фоне|позиционирование «как в деревне»]",
        "Стою {shop}: пачка {b_gen} 800 г или 900 г? [Запуталась|Вижу оба варианта] {e_meh}",
        "{who} [советует|говорит брать] {b_acc} для [каши|гарнира]. Ну ок, попробую",
        "{b} [выпустили|анонсировали] [хлопья|булгур|гречневую муку], читала в новостях "
        "{when}",
        "Сравниваю цены на гречку {shop}: {b} [в середине|чуть дороже остальных|примерно "
        "как все]",
        "На {b_acc} сейчас [скидка|кешбэк] {shop}, если кому надо",
    ),
    en=(
        "Where can I find {b} buckwheat {city}? [Not at my usual store|Any tips?|Checked "
        "two shops already] {e_meh}",
        "How long do you cook {b} {grain}? The pack says 15 min, [is that right?|mine takes "
        "longer|but my stove is ancient]",
        "Does {b} make [gluten-free|organic|baby] [cereals|porridge mixes]? [Asking for "
        "{who}|Our paediatrician told us to look for one]",
        "{b} is [89|99|119] rubles {shop}, [is that a sale?|grabbed two|new price or "
        "promo?]",
        "Making {dish_home} [tonight|for Sunday lunch] with {b}, [first time trying "
        "it|we'll see] {e_meh}",
        "Who actually makes {b}? Standing {shop} googling it. [Altai farmers?|Some big "
        "holding?]",
        "{b} changed their packaging [design|to zip bags|colours], [anyone notice "
        "{shop}?|took me a minute to find it {shop}]",
        "Shopping list: milk, eggs, {b} {grain}, [bread|cheese|apples] and cat food",
        "Anyone tried {b} {grain}? Saw it {shop}. [Worth it?|Thoughts?|How long does it "
        "take to cook?]",
        "The {b} ads with the grandma in a field are [all over the metro|everywhere on "
        "YouTube|on every bus stop {city}] now",
        "Comparing buckwheat prices {shop}: {b} is [mid-range|a bit pricier|about the same "
        "as the rest]",
        "{who} [recommends|keeps buying] {b} {grain} for [porridge|side dishes], so "
        "[giving it a go|ok, trying it]",
    ),
    mixed=(
        "Кто-нибудь брал {b} ({grain})? [Worth it?|Норм?]",
        "Shopping list: молоко, {b}, яйца, [bread|хлеб|и что-то к чаю]",
        "{b} сделали [new packaging|новый дизайн], [looks nice|норм]",
    ),
)

_P_NEGATIVE = Texts(
    ru=(
        "Купила {b_acc} {shop}, а там {meh}. [Раньше было лучше|Разочарована] {e_neg}",
        "{b}, что с качеством? {meh}, [третья пачка подряд|уже не первый раз]",
        "Гречка {b} [испортилась|сдала], {meh} {sigh}",
        "Больше не беру {b_acc}: {meh}, [ищу другую марку|перехожу на развесную]",
        "Сварила {dish_home} на {b_pre} — [вся семья поморщилась|выкинула половину]: {meh}",
        "{meh}, и это за такие деньги? {b}, [совесть есть?|ну вы даёте] {e_neg}",
        "Шринкфляция в чистом виде: {b} {shop} [было 900 г, стало 800|уменьшили пачку], "
        "цена та же {e_neg}",
        "{when} пакетики {b_gen} [лопнули|порвались] прямо в кастрюле, [вся крупа в "
        "воде|ужин насмарку] {e_neg}",
        "Перебирала {b_acc} [полчаса|весь вечер]: {meh}. [Зачем я плачу за "
        "«отборную»?|Какой это «высший сорт»?]",
        "Почему {b} [горчит|пахнет сыростью] в последнее время? Беру {shop}. [Партия "
        "такая?|Хранят где-то не там?]",
        "{who} [тоже жалуется|говорит то же самое]: {meh}. Это уже [тенденция|не "
        "случайность], {b}",
        "Ну и где {b} {shop}? [Вторую неделю|Месяц] нет на полке. [Ушли из сети?|Забыли "
        "привезти?]",
        "{b} — [переоценённый бренд|красивая упаковка, и всё]: {meh}",
        "Вскрыла пачку {b_gen}, а там {meh}. [Фото есть|Больше не куплю] {e_neg}",
        "Раньше покупала только {b_acc}, теперь [не узнаю|не понимаю, что с ним]: {meh}",
        "Ирония: в рекламе {b_gen} поле и бабушка, а в пачке {meh} {lol}",
        "{b} [поменяли поставщика|экономят на сырье], видно сразу: {meh}",
        "Не советую {b_acc}, [честно|серьёзно]. {meh}, [лучше взять подешевле|переплата "
        "за бренд]",
        "Второй раз нарываюсь на брак у {b_gen}: {meh}. [Где контроль качества?|Кто это "
        "проверяет?]",
        "[Гречка|Крупа] {b}... {meh}. Было вкусно [года два назад|до подорожания] {e_meh}",
        "Так, {b}, объясните, почему {meh}? [Я жду|Покупатели ждут ответа]",
        "Поставила {b_dat} [единицу|двойку] на Озоне: {meh}, [и это не первая пачка|а "
        "продавец молчит]",
    ),
    en=(
        "Bought {b} {shop} and {meh}. [Disappointed|It used to be better] {e_neg}",
        "{b}, what happened to quality? {meh}, [third pack in a row|not the first time]",
        "Done with {b}: {meh}, [switching brands|going back to loose buckwheat]",
        "Made {dish_home} with {b} and [nobody ate it|half went in the bin]: {meh}",
        "Shrinkflation at its finest: {b} {shop} [went from 900 g to 800 g|shrank the "
        "pack], same price {e_neg}",
        "{b} boil-in-bags [burst|split open] in the pot {when}, [dinner ruined|buckwheat "
        "everywhere] {e_neg}",
        "Spent [half an hour|all evening] sorting through {b} buckwheat because {meh}",
        "Why does {b} [taste bitter|smell damp] lately? Bought it {shop}. [Bad "
        "batch?|Storage issue?]",
        "Can't find {b} anywhere {city} [for two weeks now|this month]. [Did they leave the "
        "chain?|What's going on?]",
        "{b} is [all packaging and no substance|overpriced]: {meh}",
        "Opened a fresh pack of {b} and {meh}. [Got photos|Never again] {e_neg}",
        "Funny how the {b} ads show golden fields and in my pack {meh} {lol}",
        "Second faulty pack of {b} this month: {meh}. Where's the quality control?",
        "Left {b} a [1-star|2-star] review on Ozon: {meh}, and the seller [hasn't "
        "replied|ignores it]",
    ),
    mixed=(
        "{b} [seriously?|wtf], {meh} {e_neg}",
        "Короче, {b} [is not it|уже не то]: {meh}",
        "[Big disappointment|Разочарование], {b}: {meh}, а цена как за premium",
    ),
)

_P_QUESTION = Texts(
    ru=(
        "{h} здравствуйте! Где купить вашу [зелёную гречку|гречку в пакетиках|ядрицу "
        "900 г] {city}?",
        "{h} подскажите, ваша гречка [подходит для детского питания|без глютена|проходит "
        "обжарку]?",
        "{h} откуда ваша крупа? [На пачке не нашла регион|С Алтая?]",
        "{h} будет ли [булгур|овсянка|продел] снова в продаже? [Давно не вижу|Очень нужен]",
        "{h} как участвовать в [акции с чеками|розыгрыше]? [Не поняла правила|Где загрузить "
        "чек?]",
        "{h} сколько хранится вскрытая пачка? [Храню в шкафу|Достаточно закрыть на замок?]",
        "{h} почему на сайте нет [состава|калорийности] для [пакетиков|продела]?",
        "{h} вы продаёте [оптом|на Wildberries|в Казахстане]?",
    ),
    en=(
        "{h} hi! Where can I buy your [green buckwheat|boil-in-bags] {city}?",
        "{h} is your buckwheat [gluten-free|safe for babies|toasted]?",
        "{h} where does your grain come from? Couldn't find the region on the pack",
        "{h} will [bulgur|rolled oats] be back in stock {city}? [Miss it|Can't find it]",
    ),
)

_P_COMPLAINT = Texts(
    ru=(
        "{h} купила вашу гречку {shop}, а там {meh}. [Как так?|Что с качеством?]",
        "{h} {meh}, партия [с датой на прошлой неделе|свежая]. [Фото приложу|Куда "
        "отправить фото?]",
        "{h} {when} пакетики порвались при варке, [второй раз подряд|в трёх пачках из "
        "пяти]. Вы [экономите на плёнке?|поменяли упаковку?]",
        "{h} почему ваша пачка {shop} стала меньше, а цена нет? [Это называется "
        "обман|Некрасиво]",
        "{h} в вашей ядрице, купленной {shop}, [полно мусора|куча шелухи и мелких палочек]. "
        "[Перебирать час — норм?|Верните деньги]",
        "{h} {shop} продают вашу гречку [с истёкшим сроком|в мятых пачках], [обратите "
        "внимание|разберитесь с поставщиком]",
        "{h} заказала на Озоне пять пачек, [пришли рваные|две вскрытые], {meh}",
        "{h} гречка горчит, [варила как обычно|ничего не меняла], брала {shop}. [Партия "
        "бракованная?|Что случилось?]",
        "{h} где ваш кешбэк за чеки? Загрузила {n} дней назад [по всем правилам|с "
        "фото], [ничего|тишина]",
        "{h} {meh} — [и это «высший сорт»?|а на пачке написано «отборная»]. Стыдно",
        "{h} варила ребёнку кашу из вашей крупы, [выловила чёрные зёрна|там мусор], {meh}. "
        "[Детям такое?|Ужас]",
        "{h} {sigh}, пишу уже не первый раз: {meh}. Ответьте хоть что-нибудь",
        "{h} на сайте [форма обратной связи не работает|не открывается «Где купить»], "
        "поэтому пишу сюда: {meh}",
        "{h} вес пачки [меньше заявленного|на 40 г меньше], проверила на кухонных весах "
        "{when} {e_neg}",
        "{h} откройте пачку перед продажей и понюхайте: {meh} {e_neg}",
        "{h} зачем вы убрали [продел|булгур] из магазинов {city}? [Это было лучшее у "
        "вас|Теперь брать нечего]",
        "{h} вместо ядрицы в пачке [продел|мелкая сечка], брала {shop}. Перепутали на "
        "фасовке?",
        "{h} {when} открыла пачку, а {meh}. [Чек сохранила|Пачку не выбросила]",
        "{h} в [Магните|Пятёрочке] {city} ваши пачки [лежат рядом с бытовой химией и пахнут "
        "ею|все в пыли]. Следите за выкладкой",
        "{h} [дорого|дороговато] стало: [129|139] за пачку, а {meh}",
        "{h} крупа [варится больше 40 минут|так и осталась жёсткой], хотя написано 15, и "
        "{who} жалуется на то же. Что не так?",
        "{h} на упаковке обещали [рецепты по QR|QR с рецептами], а QR [не "
        "работает|ведёт на пустую страницу]. Мелочь, но неприятно",
    ),
    en=(
        "{h} bought your buckwheat {shop} and {meh}. [What happened?|Not okay]",
        "{h} boil-in-bags burst {when}, [twice in a row|in three packs out of five]. Did "
        "you change the film?",
        "{h} why is your pack {shop} smaller but the price the same? [Not cool|Feels like "
        "a scam]",
        "{h} the kernel buckwheat I got {shop} is full of [husks and grit|debris]. Sorting "
        "it for an hour is not okay",
        "{h} ordered five packs on Ozon, [they arrived torn|two were open], {meh}",
        "{h} it tastes bitter, [cooked it the usual way|changed nothing], bought it {shop}. "
        "Bad batch?",
        "{h} where's the cashback for receipts? Uploaded them {n} days ago, [followed all "
        "the rules|photos and all], nothing",
        "{h} made porridge for my kid and {meh}. [Seriously?|For kids?]",
        "{h} the pack weighs [less than stated|40 g under]. Checked it on the kitchen scale "
        "{when} {e_neg}",
        "{h} the form on your website [is broken|won't submit], so I'm writing here: {meh}",
        "{h} it takes [over 40 minutes|forever] to cook, the pack says 15, and {who} has "
        "the same problem. What's up?",
        "{h} {sigh}, writing again: {meh}. Please respond",
    ),
)

_P_COMMENT = Texts(
    ru=(
        "[Ммм|Ого], выглядит [аппетитно|вкусно], прям [захотелось гречки|сейчас пойду "
        "варить] {e_pos}",
        "А в [Пятёрочке|Магните|Чижике] это будет или только {shop}?",
        "Рецепт [сохранила|утащила в закладки], спасибо! [Попробую в выходные|Мужу "
        "понравится]",
        "Лучше бы вернули старую упаковку[, она была удобнее|] {e_meh}",
        "А у меня {meh}, и никто не [ответил|отреагировал]",
        "Купила по вашему совету, {good}",
        "Когда будет [акция|скидка] снова? [Запасы кончаются|Жду, чтобы взять побольше]",
        "{who} [тоже любит|варит только] эту гречку {e_pos}",
    ),
    en=(
        "Looks [delicious|so cosy], [making this tonight|saving it] {e_pos}",
        "Will this be in stores {city} [soon|at all]?",
        "Saved the recipe, [thanks|my kids will love it]!",
    ),
)

_P_REPLY = Texts(
    ru=(
        "[Согласна|Плюсую], у меня {city} [так же|та же история с гречкой]",
        "А я всегда беру [развесную|другую марку], [и норм|дешевле выходит]",
        "У меня [тоже была такая пачка|похожая история] на прошлой неделе {sigh}",
        "Пиши производителю, [иногда меняют пачку|должны вернуть деньги]",
        "{lol} [узнаю себя|жиза], стою над кастрюлей и перебираю",
        "Гречку вообще лучше [промывать|обжаривать перед варкой], тогда [не горчит|вкуснее]",
        "Мне {b} нравится, [ни разу проблем не было|норм гречка]",
        "А какая партия? [Дату посмотри|Интересно, у меня та же]",
        "Спасибо за совет, [учту|попробую с обжаркой]!",
        "{who} тоже говорит, что {b} [стало хуже|уже не то]",
    ),
    en=(
        "Same here {city}, [weird|must be a bad batch]",
        "I always buy [loose buckwheat|another brand], [works fine|cheaper too]",
        "Had the same kind of pack [last month|recently] {sigh}",
        "{lol} so relatable, me picking husks out at midnight",
        "Try rinsing it first, [less bitter|tastes better]",
    ),
    mixed=(
        "Same, у меня [тоже|та же пачка] {e_meh} [weird|странно]",
        "{lol} [so true|жиза], гречка [drama|страдания]",
    ),
)

_P_ANSWER = Texts(
    ru=(
        "[Здравствуйте|Добрый день]! Нам очень жаль. Пожалуйста, [сфотографируйте|сохраните] "
        "пачку с датой и номером партии и напишите нам в личные сообщения — "
        "[разберёмся|передадим в контроль качества].",
        "Здравствуйте! Спасибо за обратную связь. Уточните, пожалуйста, [где была куплена "
        "пачка|дату изготовления на упаковке]?",
        "Добрый день! Наша продукция есть [в крупных сетях|в большинстве сетей] и на "
        "маркетплейсах; напишите город — подскажем ближайший магазин 🌾",
        "Здравствуйте! [Компенсируем|Вернём] стоимость: [ответили вам в личных "
        "сообщениях|напишите, пожалуйста, в ЛС].",
        "Спасибо, что написали! Передали информацию технологам, [ответим в течение двух "
        "рабочих дней|вернёмся с ответом].",
        "Добрый день! Рады помочь 🌾 [Ответили в личных сообщениях|Подробности отправили в "
        "ЛС].",
    ),
    en=(
        "Hello! We're very sorry. Please take a photo of the pack with the date and batch "
        "number and DM us, we'll [look into it|pass it to quality control].",
        "Hi! Thanks for the feedback. Could you tell us [where you bought the pack|the "
        "production date on it]?",
        "Hello! We've [replied|sent the details] in DMs 🌾",
    ),
)

_P_THANKS = Texts(
    ru=(
        "Спасибо, [ответили быстро|деньги вернули] {e_pos}",
        "О, неожиданно быстро для производителя. Спасибо!",
        "Написала в ЛС [с фото пачки|с номером партии], спасибо",
        "[Спасибо|Благодарю], разобрались 👍 [Гречку продолжу брать|Приятно]",
    ),
    en=(
        "Thanks, [quick reply|got the refund] {e_pos}",
        "DMed you the [batch number|photos], thank you!",
    ),
)

_P_STILL = Texts(
    ru=(
        "Написала ещё [вчера|позавчера], [тишина|никто не ответил] {e_neg}",
        "Фото пачки отправила, [дальше ничего|прошла неделя]. {sigh}",
        "«Передали технологам» — и [всё|пропали]. Класс",
        "Кешбэка так и нет, [спасибо за ответ, конечно|а ответ был шаблонный]",
        "Это уже третья переписка про одну пачку, [а толку ноль|ничего не меняется] {e_neg}",
    ),
    en=(
        "Sent the photos [yesterday|two days ago], still nothing {e_neg}",
        "'Passed to the technologists' and then silence. Great",
    ),
)

_P_REVIEW_POS = Texts(
    ru=(
        "Хорошая гречка: {good}. [Беру постоянно|Рекомендую].",
        "{grain} у меня в шкафу уже [год|несколько лет]: {good}, [качество "
        "стабильное|нареканий "
        "нет].",
        "Вкусно, {good}. Для каши на молоке — [то что нужно|идеально].",
        "Отличная крупа за свои деньги, {good}.",
        "Варю {dish_home}, и {good}. Семья довольна.",
        "Пакетики удобные, {good}. Для работы и поездок самое то.",
        "Пробовала разные марки, эта лучшая: {good}.",
        "Приятный запах, {good}. Пять звёзд.",
        "Упаковка [целая|плотная], {good}. Брала {shop}.",
        "Гречка как в детстве у бабушки, {good}. Спасибо производителю!",
    ),
    en=(
        "Good buckwheat: {good}. [Buy it all the time|Recommend].",
        "Been buying the {grain} for [a year|a few years], {good}.",
        "Tasty, {good}. Perfect for [porridge|a quick side].",
        "Great value for money, {good}[ {e_pos}|].",
        "Tried several brands and this one is the best: {good}.",
    ),
)

_P_REVIEW_NEG = Texts(
    ru=(
        "Разочарована: {meh}, [хотя раньше брала без проблем|а пачка далеко не дешёвая].",
        "Купила {shop}. Дома открыла — {meh}. Пришлось [выбросить|вернуть].",
        "Крупа [горькая|с привкусом], {meh}. [Две звезды|Одна звезда].",
        "Пакетики [рвутся|лопаются] при варке, вся крупа в кастрюле, а я хотела сделать "
        "{dish_home}. [Какой смысл в пакетиках?|Так себе удобство].",
        "Много мусора: [шелуха, чёрные зёрна, какие-то палочки|мелкий сор и пыль]. "
        "Перебирала полчаса, а {who} смеётся. Не для этого покупаю фасованную.",
        "Вес не соответствует: [на весах 860 вместо 900|недовес почти 50 г], брала {shop}. "
        "Мелочь, а неприятно.",
        "Цена выросла на [треть|20%] за полгода, а качество упало: {meh}.",
        "Гречка разваривается в кашу, [как ни вари|даже за 10 минут]. Для гарнира не "
        "годится, только {dish_home} и спасает.",
        "Запах [затхлый|как у старого мешка], выбросила всю пачку. Покупала {shop}.",
        "Чёрная подгоревшая крупа вперемешку с нормальной, заметила {when}. Похоже на "
        "[пересортицу|смешанные партии].",
        "Раньше была лучшей, сейчас {meh}. [Сменили производство?|Где то самое качество?]",
        "Пачка пришла с Озона [порванная|вскрытая], {meh}. Продавец [не отвечает|игнорирует].",
        "Варится [минут 40|вечность], хотя на пачке написано 15, и всё равно {meh}.",
        "Детям больше не даю: {meh}. Перешла на другую марку.",
        "Дизайн красивый, [поле, колоски|бабушка на пачке], а внутри {meh}. Вся суть бренда.",
        "Срок годности [стёрт|не читается], {meh}. Как понять, свежая ли?",
        "Переплата за бренд. Развесная гречка [с рынка|из магазина у дома] лучше, а тут "
        "{meh}.",
        "Два раза подряд брак: {meh}. Третьего раза не будет.",
        "В пачке [нашлась какая-то нитка|попадаются шкурки], {meh}. Неприятно.",
        "Не советую: [вкус пресный|вообще без аромата], {meh}, [есть марки лучше|за эти "
        "деньги — нет].",
    ),
    en=(
        "Disappointed: {meh}, [even though I used to buy it without issues|and it's not "
        "cheap].",
        "Bought it {shop}. Opened it at home and {meh}. Had to [toss it|return it].",
        "Bitter aftertaste, and {meh}. Two stars.",
        "The bags burst while I was making {dish_home}, groats all over the pot. What's "
        "the point of bags then?",
        "Lots of debris: [husks and black grains|grit and dust], and {who} laughed at me "
        "sorting it. I'm not paying for pre-packed buckwheat to do that.",
        "Underweight: [860 g on my scale instead of 900|almost 50 g short], bought {shop}. "
        "Small thing, but still.",
        "Price went up [by a third|20%] in six months and quality went down: {meh}.",
        "It turns to mush no matter how you cook it, {when} too. Useless as a side dish.",
        "Musty smell, so I threw out the whole pack I got {shop}.",
        "Used to be the best, now {meh}. [Did they change suppliers?|What happened?]",
        "Arrived from Ozon [torn|already opened], {meh}. The seller [won't answer|ignores "
        "messages].",
        "Takes [40 minutes|forever] to cook even though the pack says 15, and {meh} anyway.",
        "Pretty packaging with [fields and wheat|a grandma on it], and inside {meh}.",
        "Second bad pack in a row: {meh}. There won't be a third.",
        "Overpriced. Loose buckwheat from the market is better; here {meh}.",
    ),
)

_P_REVIEW_ANSWER = Texts(
    ru=(
        "Здравствуйте! Нам жаль, что так вышло. Пожалуйста, напишите нам на почту с фото "
        "пачки и номером партии — [проверим и компенсируем|разберёмся].",
        "Добрый день! Спасибо за отзыв. Информацию [передали в отдел качества|проверяем на "
        "производстве], а вам готовы вернуть стоимость покупки.",
        "Здравствуйте. Приносим извинения за [неприятный опыт|испорченный ужин]. Свяжитесь "
        "с нами, пожалуйста, через форму на сайте или в личных сообщениях.",
        "Спасибо, что сообщили. Такого быть не должно 😔 [Ждём фото партии в "
        "ЛС|Ответили вам в личке].",
    ),
    en=(
        "Hello! We're sorry this happened. Please email us a photo of the pack and the "
        "batch number and we'll [make it right|look into it].",
        "Thank you for the review. We've passed it to our quality team and will refund the "
        "purchase.",
    ),
)

_P_REVIEW_THANKS = Texts(
    ru=(
        "Спасибо за добрые слова! [Приятного аппетита|Передадим команде] 🌾",
        "Благодарим за отзыв! Рады, что крупа пришлась по вкусу 💚",
        "Спасибо! Такие отзывы очень греют 🙏",
    ),
    en=(
        "Thank you for the kind words! Enjoy 🌾",
        "Thanks for the review, glad you liked it 💚",
    ),
)

_P_REVIEW_DISPUTE = Texts(
    ru=(
        "Здравствуйте. Каждая партия проходит лабораторный контроль, по партии с вашей "
        "датой [жалоб и отклонений нет|все показатели в норме]. Пришлите, пожалуйста, фото "
        "упаковки — проверим ещё раз.",
        "Добрый день. Вес фасовки мы проверяем на каждой линии; возможно, пачка была "
        "повреждена при доставке. Напишите нам, где вы её купили.",
    ),
    en=(
        "Hello. Every batch is lab-tested, and the batch with your date [had no "
        "complaints|passed all checks]. Please send us a photo of the pack and we'll check "
        "again.",
    ),
)

_P_OFFICIAL = Texts(
    ru=(
        "Новинка: {grain} в [пачке с замком|новой упаковке] 🌾 Уже в магазинах и на "
        "маркетплейсах",
        "Готовим {dish_home} за 20 минут: рецепт в карточках 👇",
        "Урожай [с Алтая|из Брянской области] в этом году [отличный|уже собран]: новая "
        "гречка едет в магазины 🌾",
        "Акция! Загружайте чеки с {b_ins} и получайте [кешбэк 20%|баллы на "
        "маркетплейсе]. Правила в закрепе",
        "Как вы варите гречку: [в кастрюле|в мультиварке|в пакетиках]? Пишите в "
        "комментариях",
        "Мы обновили упаковку: [меньше пластика|новый замок-зиплок|крупнее шрифт с "
        "датой]. Как вам?",
        "Конкурс! Покажите ваш завтрак с {b_ins} — [три победителя|пять победителей] "
        "получат [годовой запас крупы|фирменные наборы]",
        "Знаете ли вы, что гречке [почти не нужны пестициды|сорняки не страшны]? За это мы "
        "её и любим 💚",
        "Вопрос от наших технологов: что для вас важнее — [рассыпчатость или аромат|цена "
        "или сорт]?",
    ),
)

_P_EXEC = Texts(
    ru=(
        "Неделю провела на полях под [Бийском|Змеиногорском]: гречка в этом году [низкая, "
        "но зерно налитое|взошла дружно после дождей]. Агроном Валера шлёт привет, фото "
        "в следующем посте.",
        "Часто спрашивают, почему {b} дороже «красной цены». Честно: [мы платим фермерам "
        "на 12% больше рынка|мы не смешиваем партии разных лет].",
        "Про упаковку без пластика: [тестируем бумажный пакет с вощёным слоем|пока не "
        "получается удержать срок годности дольше полугода]. Делюсь как есть.",
        "Сегодня {b} [исполнилось десять лет|зашло в федеральную сеть]. Начинали с [одной "
        "фасовочной линии в Бийске|гаража, весов и мешков].",
        "Книга недели — [«Крестьянская Россия» Милова|дневники агронома 1930-х]. Очень про "
        "нас.",
        "Выступала на [форуме фермеров в Барнауле|Продэкспо]: говорили про [закупочные "
        "цены на зерно|логистику до Москвы]. Тезисы ниже.",
        "Ищу в команду [технолога в Бийск|бренд-менеджера в Москву]. Главное — любить крупу "
        "не "
        "меньше, чем я 🙂",
        "Воскресенье. Варю {dish_home} и не открываю рабочий чат. Почти получилось",
        "Получили [ваше письмо|сотни писем] про [лопающиеся пакетики|новую пачку 800 г]. "
        "Читаем всё, изменения будут.",
        "Маленький бизнес в большом ритейле — это [переговоры по полгода|бесконечные "
        "промо за свой счёт]. Но мы держимся.",
    ),
)

_P_INFL_POS = Texts(
    ru=(
        "Сравнила пять марок гречки вслепую — {b} [на первом месте|в финале]: {good}",
        "Мой бюджетный ПП-рацион на неделю: основа — {grain} от {b_gen}, {good}",
        "Не реклама: {b} — единственная гречка, которую [беру уже год|покупает моя "
        "мама-технолог], {good}",
        "Рецепт из сторис: готовлю {dish_home} на {b_pre}, {good}. Сохраняйте {e_pos}",
        "Проверила гречку из магазинов на вес и мусор: {b} [лучше всех|без нареканий]",
    ),
    en=(
        "Blind-tasted five buckwheat brands and {b} [won|made the final]: {good}",
        "My budget meal prep for the week is built on {b} {grain}, {good}",
        "Recipe from my stories: {dish_home} with {b}, {good} {e_pos}",
    ),
)

_P_INFL_NEG = Texts(
    ru=(
        "Взвесила гречку разных марок: у {b_gen} [недовес|самый большой недовес]. "
        "Подробности в видео",
        "Подписчики жалуются на {b_acc}: {meh}. Купила сама — подтверждаю {e_neg}",
        "Разбор упаковки {b_gen}: [красиво, но|поле, бабушка, а] внутри {meh}",
        "{b} в моём рейтинге гречки [на последнем месте|в самом низу]: {meh}",
    ),
    en=(
        "Weighed buckwheat from different brands: {b} was [underweight|the most "
        "underweight]",
        "Followers kept complaining about {b}, so I bought some: {meh} {e_neg}",
    ),
)

_P_DECOY = Texts(
    ru=(
        "Дочка в садике {city} разучивает «Полюшко-поле» к [9 Мая|утреннику] и поёт [весь "
        "вечер|даже в ванной] {e_pos}",
        "Сводный хор [ветеранов МЧС|нашего ДК] спел «Полюшко-поле» {when}, {who} плачет, "
        "я тоже",
        "В переходе {city} парень с [баяном|электроскрипкой] играет «Полюшко-поле», "
        "кинула ему сотку",
        "Полюшко-поле, [полюшко широко|едут по полю герои]… {who} помнит слова целиком, я "
        "только припев",
        "«Полюшко-поле» в [джазовой|драм-н-бейс] обработке от [студентов консерватории|"
        "ребят из Перми] — неожиданно круто {e_pos}",
        "Разбираю на укулеле «Полюшко-поле» {when}: [Am, Dm, E|три аккорда], и соседи уже "
        "подпевают",
        "Бабушка всегда пела «Полюшко-поле», когда [полола огурцы|качала меня в люльке]. "
        "Нашла её тетрадку с текстом {e_pos}",
        "Выйду в полюшко за баней — [туман|роса по колено], [тишина|коростель орёт]. "
        "Деревня лечит",
        "Детский сад «Полюшко» {city} [объявил набор в ясельную группу|ищет логопеда]",
        "Ансамбль из Харбина поёт «Полюшко-поле» [по-русски|на двух языках], у ролика "
        "[миллион|полмиллиона] просмотров {e_pos}",
        "Урок музыки во 2 «Б»: [сравниваем|слушаем] «Полюшко-поле» и [«Катюшу»|«Калинку»], "
        "{who} в восторге",
        "Фермерский рынок «Полюшко» {city} [по субботам|в выходные]: [мёд, козий сыр, "
        "огурцы|клубника с грядки]",
        "Сын играет «Полюшко-поле» на [флейте|ксилофоне] на отчётном концерте в музыкалке, "
        "волнуемся {e_pos}",
    ),
    en=(
        "The Alexandrov ensemble doing Polyushko Pole at the [Kremlin gig|old Paris "
        "concert] still gives me chills {e_pos}",
        "Learning Polyushko-pole on [accordion|ukulele] {when}, [three chords and the "
        "neighbours join in|weirdly satisfying]",
        "Heard a busker with a [bayan|violin] play Polyushko Polye {city}, made my day",
        "Polyushko Pole as a [drum and bass|lo-fi study] remix? Didn't know I needed this "
        "{e_pos}",
    ),
)

_P_DECOY_NEG = Texts(
    ru=(
        "Сосед [дядя Гена|сверху] в [семь утра|шесть утра] врубил «Полюшко-поле» на "
        "колонку, я в бешенстве {e_neg}",
        "Опять заставляют петь «Полюшко-поле» на [линейке|утреннике] {city}, ребёнок "
        "[рыдает|не хочет идти в школу]",
        "Худший кавер на «Полюшко-поле» [в тиктоке|на ютубе]: автотюн и бас-бочка. За что "
        "{e_neg}",
        "Караоке-бар {city}, [третий час ночи|пьяный юбиляр], «Полюшко-поле» в "
        "[пятый|десятый] раз. Спасите",
        "Детский сад «Полюшко» {city} [закрыли на карантин|опять без горячей воды], "
        "родители в ярости {e_neg}",
        "«Полюшко-поле» теперь у меня в голове [навсегда|на неделю], спасибо хору, где "
        "поёт {who} {sigh}",
    ),
    en=(
        "The guy upstairs blasting Polyushko Pole at 7am [again|every Sunday], send help "
        "{e_neg}",
        "Worst Polyushko Polye cover I've ever heard, autotune and trap drums, [why|make it "
        "stop] {e_neg}",
    ),
)

POLYUSHKO = BrandTexts(
    vocab=_P_VOCAB,
    positive=_P_POSITIVE,
    neutral=_P_NEUTRAL,
    negative=_P_NEGATIVE,
    question=_P_QUESTION,
    complaint=_P_COMPLAINT,
    comment=_P_COMMENT,
    reply=_P_REPLY,
    answer=_P_ANSWER,
    thanks=_P_THANKS,
    still_broken=_P_STILL,
    review_pos=_P_REVIEW_POS,
    review_neg=_P_REVIEW_NEG,
    review_answer=_P_REVIEW_ANSWER,
    review_thanks=_P_REVIEW_THANKS,
    review_dispute=_P_REVIEW_DISPUTE,
    official_post=_P_OFFICIAL,
    exec_post=_P_EXEC,
    influencer_pos=_P_INFL_POS,
    influencer_neg=_P_INFL_NEG,
    decoy=_P_DECOY,
    decoy_neg=_P_DECOY_NEG,
)

# ============================================================================== Волна
_V_VOCAB = Vocab(
    ru={
        "good": ("связь ловит даже в грузовом лифте на работе",
                 "интернет летает не хуже домашнего вайфая",
                 "в поддержке живой человек ответил минуты за три",
                 "роуминг включился ещё на рулёжке в Ереване",
                 "абонентка не менялась уже третий год",
                 "в приложении всё разложено по-человечески",
                 "4G держится даже в лесу за дачей", "номер перенесли за одни сутки",
                 "ютуб не тормозит даже в метро в час пик"),
        "meh": ("интернет ворочается, как модем из нулевых",
                "связь отваливается на каждом перегоне метро",
                "звонки рвутся на полуслове", "сняли 199 ₽ за какую-то левую подписку",
                "приложение крашится прямо при запуске",
                "смс с кодами от банка приходят через час",
                "бот в чате гоняет по кругу и не зовёт оператора",
                "абонентку опять подняли без спроса", "дома ни одной палки, только SOS",
                "скорость как у dial-up", "роуминг так и не ожил после посадки",
                "спам-звонки по десять штук за утро",
                "сеть пропадает каждый вечер после восьми"),
        "svc": ("оптоволокно прямо в квартиру", "eSIM", "роуминг", "семейный пакет на четверых",
                "приложение", "раздача мобильного интернета на ноут",
                "обещанный платёж до зарплаты", "переадресация",
                "перенос номера с сохранением баланса", "мобильный интернет за границей"),
        "tariff": ("«Бриз»", "«Прибой»", "«Штиль 25»", "«Маяк»", "«Свой»", "«Безлимит+»",
                   "«Лагуна»"),
        "where": ("на даче за Рузой", "в электричке до Фрязино",
                  "в нашем подъезде на седьмом", "на парковке у «Меги»",
                  "в новостройке за кольцевой", "на трассе М4 под Богородицком",
                  "в офисе на двенадцатом этаже у окна", "на МЦД между Лианозово и Марком",
                  "в подземном переходе у Курского", "у родителей в Жуковке"),
        "guard_venue": ("в салоне связи на Профсоюзной", "в офисе продаж в ТЦ «Рио»",
                        "в фирменном салоне у станции Тульская"),
        "ignored_issue": ("каждый месяц списывают за подписку, которую никто не подключал",
                          "номер после переноса от другого оператора не работает третий "
                          "день",
                          "домашний интернет лежит с понедельника, а мастер так и не пришёл"),
        "gaffe_topic": ("тех, кто звонит в поддержку из-за каждой мелочи",
                        "людей, которые сидят на тарифе за 300 рублей и ждут безлимита",
                        "абонентов, которые строчат гневные отзывы после каждого сбоя"),
        "fake_claim": ("с первого числа всем старым абонентам без предупреждения отключат "
                       "безлимит",
                       "через приложение утекают переписки и фото из галереи",
                       "компания уходит с рынка и через месяц номера перестанут работать"),
        "dn_head": ("новая", "очередная", "вторая", "третья", "мощная", "огромная",
                    "настоящая", "свежая", "целая", "первая"),
        "dn_tail": ("увольнений", "жары", "гриппа", "сокращений", "хейта", "подорожания",
                    "звонков «из службы безопасности банка»", "простуды",
                    "задержек и отмен в Шереметьево", "банкротств кофеен",
                    "паники в родительских чатах"),
    },
    en={
        "good": ("I had signal even in the freight lift at work",
                 "the internet was as quick as my home wifi",
                 "an actual human in support answered within three minutes",
                 "roaming switched on while we were still taxiing in Yerevan",
                 "my monthly fee hasn't moved in three years",
                 "the app lays everything out like a normal human would",
                 "4G held up even in the woods behind the dacha",
                 "they ported my number in a single day",
                 "YouTube didn't stutter even on a rush-hour metro"),
        "meh": ("the internet crawled like a 2000s modem",
                "the signal dropped in every metro tunnel",
                "calls cut off mid-word", "they took 199 rubles for some mystery subscription",
                "the app crashed right on launch",
                "bank SMS codes took an hour to arrive",
                "the chat bot looped me around and never got a human",
                "they bumped the monthly fee again without asking",
                "there were no bars at home, just SOS", "the speed was dial-up level",
                "roaming never came alive after landing",
                "spam calls came ten a morning",
                "the network died every evening after eight"),
        "svc": ("home fibre", "eSIM", "roaming", "the family bundle for four",
                "the mobile app", "hotspot to my laptop", "the pay-later top-up",
                "call forwarding to my work phone", "number porting with the balance kept",
                "data abroad"),
        "tariff": ("Briz", "Priboi", "Shtil 25", "Mayak", "Svoi", "Unlim+", "Laguna"),
        "where": ("at the dacha past Ruza", "on the commuter train to Fryazino",
                  "in our stairwell on the 7th floor", "in the Mega parking lot",
                  "in a new build beyond the ring road", "on the M4 near Bogoroditsk",
                  "by the window on the 12th floor of my office",
                  "on the MCD between Lianozovo and Mark",
                  "in the underpass by Kursky station", "at my parents' in Zhukovka"),
        "guard_venue": ("at the store on Profsoyuznaya", "at the sales office in the Rio mall",
                        "at the flagship store by Tulskaya station"),
        "ignored_issue": ("I get charged every month for a subscription nobody signed up for",
                          "my number has been dead for three days after porting it from "
                          "another carrier",
                          "home internet has been down since Monday and the technician never "
                          "showed up"),
        "gaffe_topic": ("people who call support over every little thing",
                        "people on a 300-ruble plan who expect unlimited data",
                        "subscribers who write angry reviews after every outage"),
        "fake_claim": ("from the 1st they'll cut unlimited data for all old subscribers "
                       "without warning",
                       "the app leaks your chats and gallery photos",
                       "the company is leaving the market and numbers will stop working in "
                       "a month"),
        "dn_head": ("a shiny brand-new", "yet another delightful", "a second nasty little",
                    "a third rolling", "a monster-sized", "a giant grim", "a proper grim",
                    "a fresh grim", "a whole fresh", "the first serious"),
        "dn_tail": ("of layoffs hitting my old team", "of thirty-five-degree heat",
                    "of flu going round my kid's class", "of job cuts at every fintech",
                    "of hate under every post I make", "of grocery prices creeping up",
                    "of robocalls about my 'compromised card'", "of sneezing in the open space",
                    "of delays at Sheremetyevo", "of cafés on my street shutting down",
                    "of panic in the school parents' chat"),
    },
)

_V_POSITIVE = Texts(
    ru=(
        "Перешла на {b_acc} [полгода назад|месяц назад], и {good} {e_pos}",
        "{b} [приятно удивила|порадовала] {where}: {good}",
        "Тариф {tariff} от {b_gen} — [лучшее соотношение цены|реально выгодно], {good}",
        "Кто ругает {b_acc}, а у меня {good}. [Всё работает|Претензий ноль]",
        "{who} тоже на {b_pre}, говорит, [всё отлично|{good}]",
        "Ну наконец-то оператор, у которого {good}. Спасибо, {b} {e_pos}",
        "{svc} у {b_gen} [работает как часы|без сюрпризов]. [Рекомендую|Советую]",
        "{when} [звонила|писала] в поддержку {b_gen}, [решили за пять минут|вежливо и по "
        "делу]. Респект {e_pos}",
        "Была в [Турции|Армении|Казахстане], роуминг {b_gen} [не подвёл|отработал "
        "отлично], {good}",
        "Даже {where} {b} ловит {lol} Не ожидала",
        "Сравнила операторов: у {b_gen} [тариф дешевле|гигабайт больше], и {good}. "
        "Переношу номер",
        "{b}, [люблю|уважаю] вас за то, что {good} {e_pos}",
        "Три года с {b_ins}, [ни разу не пожалела|ни одного серьёзного сбоя], {good}",
        "Приложение {b_gen} [обновили|переделали], [удобно стало|наконец-то], {good}",
        "Честный отзыв: {b} [лучше моего прошлого оператора|не идеальна, но лучшая из тех, "
        "что были], {good}",
        "Подключила маме {tariff} на {b_pre}, {good}. Мама [довольна|звонит мне чаще] {lol}",
        "Смотрела [матч|концерт] {where} через {b_acc}, {good} {e_pos}",
        "Поддержка {b_gen} вернула деньги за [сбой|ошибочную подписку] без лишних вопросов "
        "{e_pos} Так бы всегда",
    ),
    en=(
        "Switched to {b} [six months ago|last month] and {good} {e_pos}",
        "{b} pleasantly surprised me {where}: {good}",
        "The {tariff} plan from {b} is [great value|genuinely a good deal], and {good}",
        "People complain about {b} but for me {good}",
        "Finally a carrier that just works, {good}. Thanks {b} {e_pos}",
        "{svc} with {b} [just works|has had no surprises so far]. Recommend",
        "Called {b} support {when}, [sorted in five minutes|polite and to the point] {e_pos}",
        "Roaming with {b} in [Turkey|Armenia|Georgia] worked great, {good}",
        "Even {where} {b} has signal {lol}",
        "Three years with {b}, [no regrets|no major outages], {good}",
        "Got my mom on the {tariff} plan from {b} and {good}. She's happy",
        "Honest take: {b} [beats my old carrier|isn't perfect but it's the best I've had], "
        "{good}",
    ),
    mixed=(
        "{b} — [honestly|реально] лучший оператор, {good} {e_pos}",
        "Перешла на {b_acc}, [no regrets|и no regrets], {good}",
        "{svc} у {b_gen} [works perfectly|прям smooth] {e_pos}",
        "[Big fan|Респект] {b_dat}: {good}",
    ),
)

_V_NEUTRAL = Texts(
    ru=(
        "Кто на {b_pre}, как у вас {svc} {where}? [Думаю переходить|Выбираю оператора] "
        "[🤔|📱|]",
        "{b} [запустила|тестирует] eSIM {city}, [видела в новостях|в приложении появилось]"
        "[ 👀|]",
        "Сколько сейчас стоит {tariff} у {b_gen}? [На сайте путаница|Вижу две цены] [🤷|]",
        "Перенесла номер на {b_acc}, [жду активации|завтра заработает] [⏳|🤞|]",
        "Подскажите, у {b_gen} есть тариф [для ребёнка|без интернета для бабушки|только с "
        "интернетом для планшета]? [🙏|]",
        "{b} [меняет|обновляет] условия по {tariff}, [письмо пришло|смс пришло], читаю "
        "[🧐|📄|]",
        "Салон {b_gen} {city} [переехал|работает до 21:00|теперь в ТЦ на втором этаже], если "
        "кому надо[ 📍|]",
        "Ищу сим-карту {b_gen} [с красивым номером|на юрлицо], [кто брал?|как оформить?]",
        "В новостях: {b} [вложит миллиарды в 5G|строит вышки в Подмосковье|договорилась с "
        "РЖД о связи в поездах] [📡|]",
        "Чья вышка ближе {where}, {b_gen} или [МТС|Билайна]? [Спорим с мужем|Интересно] "
        "{e_meh}",
        "Закинула денег на {b_acc} через [СБП|приложение банка], [пришло сразу|жду "
        "зачисления][ 💸|]",
        "Оператор {b}: [кто-нибудь пользуется?|стоит ли?] {e_meh}",
        "Вакансии в {b_pre}: [инженеры|операторы колл-центра|продавцы в салоны] {city}",
        "Как на {b_pre} [отключить голосовую почту|подключить раздачу|узнать свой тариф]? "
        "Через USSD или в приложении? {e_meh}",
        "{b} [сменила логотип|обновила приложение], [посмотрим|ну ок] {e_meh}",
        "Взяла вторую симку {b_gen} для [работы|планшета|роутера на даче] [📶|]",
        "Сравниваю {tariff} {b_gen} с [тарифами конкурентов|тем, что у меня сейчас]. "
        "Табличку скину позже[ 📊|]",
        "У кого {b} и [айфон 16|самсунг], eSIM [работает?|как подключали?] [📲|]",
        "{who} просит разобраться с тарифом на {b_pre}, [сижу вникаю|вечер потерян] {lol}",
        "Рекламу {b_gen} с [дельфином|серфером] [видели?|крутят везде], [запоминается|"
        "прикольная] [🐬|🏄|]",
    ),
    en=(
        "Anyone on {b}? How's {svc} {where}? [Thinking of switching|Shopping for a carrier] "
        "[🤔|]",
        "{b} [launched|is testing] eSIM {city}, [saw it in the news|it showed up in the app]",
        "How much is the {tariff} plan at {b} now? [The site is confusing|I see two prices] "
        "{e_meh}",
        "Ported my number to {b}, [waiting for activation|should be live tomorrow] [🤞|]",
        "Does {b} have a plan [for kids|with no data for grandparents|data-only for a "
        "tablet]?",
        "{b} is updating the terms on {tariff}, [got an email|got a text], reading now",
        "News: {b} [is investing billions in 5G|is building towers around Moscow|signed a "
        "deal for signal on trains] [📡|]",
        "How do I [turn off voicemail|enable hotspot|check my plan] on {b}? {e_meh}",
        "{b} [changed its logo|updated the app], [we'll see|ok then]",
        "Got a second {b} SIM for [work|my tablet|the dacha router] [📶|]",
        "Anyone with {b} and [an iPhone 16|a Samsung]: does eSIM [work?|activate easily?]",
        "Those {b} ads with the [dolphin|surfer] are everywhere now [🐬|]",
    ),
    mixed=(
        "Кто на {b_pre}, how's {svc}? [Thinking of switching|Думаю перейти]",
        "{b} [launched|запустила] eSIM, [finally|наконец-то]",
        "Перенесла номер на {b_acc}, waiting for activation {e_meh}",
        "Как на {b_pre} включить hotspot? [Help|Помогите]",
    ),
)

_V_NEGATIVE = Texts(
    ru=(
        "{b}, ну что опять? {meh} {where} {e_neg}",
        "Ой, {meh} — {b} во всей красе. [Третий день подряд|Каждый вечер одно и то же]",
        "Плачу {b_dat} почти тысячу в месяц, а {meh}. [Где логика?|За что?]",
        "Уйду от {b_gen} [при первой возможности|в этом месяце]: {meh}",
        "{b} [подняла|опять подняла] цену на {tariff}, а {meh}. [Прекрасно|Красота] {lol}",
        "Поддержка {b_gen} — [отдельный круг ада|бот, который не понимает слов]. {meh}, а "
        "толку ноль",
        "{where} у {b_gen} связи [ноль|нет вообще]. [Как работать?|Как звонить маме?] "
        "{e_neg}",
        "Кто ещё на {b_pre}? У вас тоже {meh}? {sigh}",
        "Подключили мне [какую-то подписку|«развлекательный пакет»] без спроса, {b}. "
        "[Верните деньги|Это вообще законно?]",
        "{svc} от {b_gen} — [сплошное разочарование|деньги на ветер]: {meh}",
        "Спасибо, {b}, [за прекрасный созвон с боссом|за сорванное собеседование]: {meh} "
        "{e_neg}",
        "{b} испортилась, [факт|и это печально]. Раньше {good}, а сейчас {meh}",
        "Ну и оператор эта {b}: {meh}, [а в салоне только руками разводят|а на горячей "
        "линии час музыки]",
        "Хотела перенести номер от {b_gen}, а [не отпускают|нашли какой-то долг в 3 "
        "рубля] {e_neg}",
        "В роуминге {b} [съела весь баланс|списала {n}00 рублей за день], а интернета [не "
        "было|так и не дали]",
        "{b} {city} [вообще не тянет|лежит с утра]: {meh}",
        "Почему {b} [каждый вечер|после восьми] превращается в тыкву? {meh} {e_neg}",
        "{lol} {b} и «высокоскоростной» интернет. Реальность: {meh}",
        "Пять лет на {b_pre}, и вот награда: {meh}. [Спасибо за лояльность|Так ценят "
        "старых клиентов]",
        "{who} [тоже мучается|страдает так же]: {meh}. {b}, это массово",
        "Звоню в {b_acc} [пятый раз|третий день], [обещают перезвонить|«заявка "
        "передана»], а {meh}",
        "Приложение {b_gen} [не показывает остаток|выкидывает из аккаунта|просит "
        "обновиться каждый день] {e_neg}",
        "Не берите {b_acc}, [серьёзно|просто не надо]. {meh}, а {where} [вообще мёртвая "
        "зона|связи нет]",
        "{b} обещала 5G, а у меня {meh} {sigh}",
        "Отписываюсь от {b_gen}, [надоело|всё]: {meh}, [а цену подняли|поддержка хамит]",
        "Снова без связи {where}. {b}, [когда почините?|вы вообще в курсе?] {e_neg}",
        "Это не связь, это [лотерея|издевательство]. {b}, у меня {meh}",
        "Абонентская плата у {b_gen} [растёт каждые полгода|с марта плюс 15%], а {meh}. "
        "[Грабёж|Наглость]",
    ),
    en=(
        "{b}, again? {meh} {where} {e_neg}",
        "Paying {b} [almost a thousand|way too much] a month and {meh}. [Make it make "
        "sense|Why?]",
        "Leaving {b} [the first chance I get|for good]: {meh}",
        "{b} [raised the price|hiked the price again] on {tariff} and {meh}. Great {lol}",
        "{b} support is [a nightmare|a bot that doesn't understand words]. {meh} and "
        "nothing gets fixed",
        "Zero signal {where} with {b}. [How am I supposed to work?|Can't even call my mom] "
        "{e_neg}",
        "Anyone else on {b}? Is it just me or {meh}? {sigh}",
        "{b} signed me up for [some subscription|an 'entertainment bundle'] without "
        "asking. [Refund me|Is that even legal?]",
        "Thanks {b} for [ruining my call with the boss|wrecking my job interview]: {meh} "
        "{e_neg}",
        "{b} used to be good; lately {meh}",
        "Tried to port my number away from {b} and they [won't release it|found some "
        "3-ruble debt] {e_neg}",
        "{b} roaming [ate my whole balance|charged me a fortune in a day] and [no data at "
        "all|barely worked]",
        "Why does {b} turn into a pumpkin [every evening|after 8pm]? {meh}",
        "Five years with {b} and this is the reward: {meh}",
        "Called {b} [five times|for three days], they keep saying [they'll call "
        "back|'ticket submitted'] while {meh}",
        "Don't get {b}. [Seriously|Just don't]. {meh}, [dead zone {where}|no signal "
        "anywhere]",
        "{b} promised 5G, meanwhile {meh} {sigh}",
    ),
    mixed=(
        "{b}, [seriously?|wtf], {meh} {e_neg}",
        "Короче, {b} — [big no|полный fail]: {meh}",
        "[Not gonna lie|Честно], {b} [скатилась|went downhill]: {meh}",
        "{b} [опять|again] без сети {where}, [so annoying|бесит]",
    ),
)

_V_QUESTION = Texts(
    ru=(
        "{h} здравствуйте, как подключить {svc}? [В приложении не нашла|По инструкции не "
        "выходит]",
        "{h} подскажите, {tariff} [можно перевести на семейный?|действует в "
        "роуминге?|включает безлимит на мессенджеры?]",
        "{h} будет ли 5G {city}? [Когда примерно?|Есть планы?]",
        "{h} как перенести номер к вам [с сохранением баланса|без визита в салон]?",
        "{h} почему в приложении [две цены на один тариф|не видно остаток гигабайт]?",
        "{h} можно ли оформить eSIM [онлайн|без Госуслуг|на ребёнка]?",
        "{h} какой тариф посоветуете [для бабушки|для планшета|для поездок по России]?",
        "{h} работает ли у вас связь {where}? [Собираемся туда|Переезжаем]",
        "{h} где ближайший к [метро|центру] салон {city}? [Нужно поменять симку|Хочу "
        "оформить номер ребёнку]",
        "{h} как отключить [голосовую почту|платные уведомления|рекламные смс]?",
        "{h} а если [потеряла симку|украли телефон], как [заблокировать|восстановить] "
        "номер?",
        "{h} добрый день! Есть ли скидка для [пенсионеров|студентов|многодетных]?",
    ),
    en=(
        "{h} hi, how do I set up {svc}? [Can't find it in the app|The guide didn't work]",
        "{h} does {tariff} [work in roaming|include unlimited messengers|allow hotspot]?",
        "{h} is 5G [coming|ever coming] {city}? [Rough dates?|Any plans at all?]",
        "{h} can I get an eSIM [online|without going to a store|as a foreigner]?",
        "{h} which plan would you recommend [for my grandma|for a tablet|for travel]?",
        "{h} how do I [turn off voicemail|stop promo texts|block a lost SIM]?",
    ),
)

_V_COMPLAINT = Texts(
    ru=(
        "{h} {meh} {where}, [третий день|с утра]. Когда [почините|это закончится]?",
        "{h} откуда в выписке [«Кинозал+»|«Музыка 24»] за {n}9 рублей? Я ничего не "
        "подключала",
        "{h} интернет {where} [не работает|еле живой] уже [неделю|несколько дней]. [Вы в "
        "курсе?|Сделайте что-нибудь]",
        "{h} почему тариф {tariff} подорожал без предупреждения? [Смс не было|Никто не "
        "уведомил]",
        "{h} приложение [не пускает в аккаунт|вылетает при оплате|показывает минус на "
        "балансе] {e_neg}",
        "{h} ваш бот в чате [не понимает вопросов|отвечает не по теме]. Дайте живого "
        "человека",
        "{h} в салоне {city} [нахамили|отказались менять симку|пытались впарить "
        "страховку]. Это ваша политика?",
        "{h} перенос номера к вам [завис|идёт уже пятый день], [связи нет|ни смс, ни "
        "звонков]",
        "{h} в роуминге [списали весь баланс|не работал интернет], хотя [подключала "
        "пакет|всё было по инструкции]",
        "{h} звонки [обрываются|срываются] через минуту разговора. [Телефон новый|Симку "
        "меняла]. Что с сетью?",
        "{h} {sigh}, опять {meh}. Я плачу не за это",
        "{h} коды из банков приходят с опозданием на [полчаса|час], не могу [оплатить|войти "
        "в банк]. Срочно решите",
        "{h} домашний интернет [лежит с вечера|отваливается каждые 10 минут], заявка висит, "
        "мастера нет",
        "{h} обещанный платёж [не подключается|списали дважды]. [Разберитесь|Что за "
        "ерунда?]",
        "{h} на {tariff} обещали безлимит, а [режут скорость|после 20 ГБ тормоза]. Это "
        "обман",
        "{h} спам-звонки [каждый час|по десять раз в день], ваш антиспам [не работает|спит]",
        "{h} после обновления [пропали|не работают] звонки по Wi-Fi [на айфоне|на "
        "андроиде]",
        "{h} сколько можно: {meh}, [и так неделю|и никакого ответа]",
        "{h} {when} пропала сеть [и до сих пор не вернулась|и появилась только через три "
        "часа]",
        "{h} не могу дозвониться на горячую линию, [висим по 40 минут|сбрасывает]. Пишу "
        "сюда: {meh}",
        "{h} вы продали мой номер [спамерам|в рекламные базы]? Откуда столько "
        "[звонков|смс]?",
        "{h} при переходе на {tariff} [обнулили остаток|сгорели минуты]. Почему не "
        "предупредили?",
        "{h} {where} [ни одной палки|только E], а в рекламе 5G {lol}",
        "{h} в счёте [непонятная строчка|«прочие услуги»] на {n}0 рублей. Что это?",
        "{h} eSIM [не активируется|слетела после перезагрузки], в салоне [не помогли|"
        "отправили в чат]",
        "{h} ребёнок [не может дозвониться|без связи] {where}, а мне [тревожно|страшно]. "
        "Когда будет нормальная сеть?",
        "{h} раздача интернета [заблокирована|стоит денег], хотя на сайте [написано, что "
        "включена|«без ограничений»]",
        "{h} месяц [плачу|жду], а {svc} [так и не подключили|не работает]",
    ),
    en=(
        "{h} {meh} {where}, [for three days now|since this morning]. When will it be fixed?",
        "{h} what is [Cinema+|Music 24] for {n}9 rubles on my bill? I never signed up",
        "{h} internet {where} [is down|barely works] [for a week|for days]. Are you aware?",
        "{h} so {tariff} just got more expensive [with zero notice|and nobody told me]? "
        "[Not a single text|Cool]",
        "{h} the app [won't let me log in|crashes at payment|shows a negative balance] "
        "{e_neg}",
        "{h} your chat bot [doesn't understand anything|keeps going off topic]. Give me a "
        "human",
        "{h} staff at your store {city} [were rude|refused to replace my SIM|tried to "
        "upsell insurance]",
        "{h} porting my number to you [is stuck|has taken five days], [no service at "
        "all|no calls, no texts]",
        "{h} roaming [ate my whole balance|data didn't work] even though [I bought the "
        "package|I followed the instructions]",
        "{h} calls [drop|cut out] after a minute. [New phone|Already swapped the SIM]. "
        "What's wrong with the network?",
        "{h} bank codes arrive [half an hour|an hour] late, I can't [pay|log into my "
        "bank]. Fix this",
        "{h} {sigh}, {meh} again. Not what I'm paying for",
        "{h} spam calls [every hour|ten times a day], your spam filter [does nothing|is "
        "asleep]",
        "{h} {tariff} was sold as unlimited but [the speed gets throttled|it crawls after "
        "20 GB]",
        "{h} eSIM [won't activate|vanished after a reboot] and the store [couldn't "
        "help|sent me to chat]",
        "{h} can't get through to your hotline, [40 minutes on hold|it hangs up]. So "
        "here: {meh}",
    ),
)

_V_COMMENT = Texts(
    ru=(
        "А связь {where} когда [сделаете|почините]? [Год ждём|Обещали ещё весной]",
        "[Круто|Класс], а для старых абонентов [что-нибудь будет?|скидка?]",
        "Лучше бы сеть чинили, чем [посты писали|акции придумывали] {e_meh}",
        "У меня {meh}, а вы тут [про 5G|про новый тариф] {lol}",
        "Подключила [вчера|на днях], [довольна|всё работает] {e_pos}",
        "А в [Крыму|Калининграде|Норильске] это работает или как обычно?",
        "Согласна, {good}, спасибо!",
        "Когда eSIM для [айфонов|планшетов|часов] сделаете?",
        "Тариф {tariff} [вернёте?|ещё можно подключить?]",
        "[Ого|Вау], [беру|надо маме подключить] {e_pos}",
    ),
    en=(
        "Will this [work|actually work] {where}?",
        "Cool, [anything|any deal] for [existing|long-time] customers?",
        "Maybe fix the network [first|before posting promos] {e_meh}",
        "Switched last week and {good} {e_pos}",
    ),
)

_V_REPLY = Texts(
    ru=(
        "[Та же беда|То же самое] {city} {sigh}",
        "У меня на {b_pre} [всё норм|ни разу не было проблем]",
        "Напиши им в поддержку, [мне помогли|иногда отвечают быстро]",
        "{lol} [классика|жиза], у меня так каждую пятницу",
        "Перезагрузи телефон и [переставь симку|включи авиарежим на минуту], мне помогло",
        "Это [вышку чинят|авария], у нас {where} тоже было",
        "Я ушла от {b_gen} [год назад|давно], [не жалею|и норм]",
        "Какой у тебя тариф? [На старых хуже|У меня {tariff}, всё ок]",
        "Спасибо, [попробую перезагрузить|не знал про это]",
        "Все операторы сейчас [такие|одинаковые], {b} ещё [ничего|норм]",
        "Плюсую, {svc} [вообще беда|тоже глючит]",
        "[Скинь|Покажи] спидтест, интересно, сколько там",
    ),
    en=(
        "[Same|Same here] {city} {sigh}",
        "Works fine for me on {b}[, weird|, maybe it's your phone]",
        "Contact support, [they helped me|sometimes they're quick]",
        "Try restarting and [airplane mode for a minute|reseating the SIM]",
        "{lol} classic, happens to me every Friday",
        "Post a speedtest, [curious|I want to see the numbers]",
    ),
    mixed=(
        "Same, у меня [тоже|то же самое] {where} {e_meh}",
        "Перезагрузи, мне помогло, [works|worked for me]",
    ),
)

_V_ANSWER = Texts(
    ru=(
        "[Здравствуйте|Добрый день]! Нам жаль, что возникли сложности. Напишите, "
        "пожалуйста, в личные сообщения номер телефона и адрес, где пропадает связь, — "
        "[проверим|передадим инженерам].",
        "Здравствуйте! Проверили: в вашем районе [ведутся плановые работы, связь "
        "восстановится до вечера|была авария, сейчас всё работает]. Приносим извинения.",
        "Добрый день! Подписку отключили, деньги вернём в течение [трёх дней|пяти рабочих "
        "дней]. Подробнее ответили в ЛС.",
        "Здравствуйте! Попробуйте, пожалуйста, перезагрузить устройство и [заново вставить "
        "сим-карту|включить и выключить режим полёта]. Если не поможет — напишите нам в "
        "личку.",
        "[Здравствуйте|Добрый день]! Ответили вам в личных сообщениях 📩",
        "Спасибо за вопрос! Подробности о тарифах и услугах есть в приложении в разделе "
        "«Тарифы», а если что — пишите, поможем.",
        "Здравствуйте! Заявка [передана техническим специалистам|зарегистрирована], номер "
        "отправили в ЛС. Сообщим о результате.",
        "Добрый день! Очень жаль 😔 Уточните, пожалуйста, [модель телефона и "
        "адрес|когда началась проблема] — разберёмся.",
    ),
    en=(
        "Hi! Sorry for the trouble. Please DM us your number and the address where the "
        "signal drops and we'll [check|pass it to our engineers].",
        "Hello! There [is scheduled maintenance in your area|was an outage in your area], "
        "service [will be back by tonight|is restored now]. Apologies.",
        "Hi! We've cancelled the subscription and will refund you within [3|5] business "
        "days.",
        "Hi! We've [replied|answered your question] in DMs 📩",
    ),
)

_V_THANKS = Texts(
    ru=(
        "Заработало [после перезагрузки|минут через десять], спасибо {e_pos}",
        "Спасибо, [деньги вернули|подписку отключили] 👍",
        "О, реально [починили|помогло]. Спасибо!",
        "Написала номер в ЛС, спасибо за быстрый ответ",
        "Всё, связь есть. [Благодарю|Спасибо, ребята]",
        "Ок, жду звонка инженера, спасибо",
    ),
    en=(
        "It works now [after the restart|again], thanks {e_pos}",
        "Thanks, [got the refund|subscription's gone] 👍",
        "Oh, the airplane mode thing actually helped. Thank you!",
    ),
)

_V_STILL = Texts(
    ru=(
        "Перезагружала, [не помогло|ничего не изменилось] {e_neg}",
        "В ЛС написала [ещё вчера|утром], [тишина|ответа нет]",
        "«Плановые работы» уже [третий день|неделю]? Серьёзно?",
        "Деньги так и не вернулись. [Спасибо, конечно|Очень «помогли»] {sigh}",
        "Заявка висит, мастер [не пришёл|не звонил]. Дальше что?",
        "Шаблонный ответ, а связи [по-прежнему нет|так и нет]",
        "Вы уже третий раз отвечаете одно и то же {e_neg}",
    ),
    en=(
        "Restarted [twice|three times], [didn't help|nothing changed] {e_neg}",
        "DMed you my number [yesterday|this morning], still nothing",
        "'Scheduled maintenance' for [three days|a week] now? Really?",
        "Still no refund [after five days|a week later] {sigh}",
    ),
)

_V_REVIEW_POS = Texts(
    ru=(
        "Пользуюсь [три года|с 2021 года], {good}, [цены адекватные|претензий нет].",
        "Ушла к ним от [зелёных|красных|жёлтых] после десяти лет и пока не жалею: {good}.",
        "Хорошая связь [в городе|и на даче]: {good}. Рекомендую.",
        "Поддержка [вежливая|быстрая], {good}. Пять звёзд.",
        "Тариф {tariff} — [лучший за свои деньги|удобный], {good}.",
        "{svc} работает стабильно, {good}.",
        "За [год|два года] ни одного серьёзного сбоя, {good}.",
        "Удобное приложение, понятные тарифы, {good}.",
        "Роуминг подключился сам, {good}. Приятно.",
        "Подключила всю семью, {good}. Экономим.",
        "Сотрудник в салоне [всё объяснил|помог перенести контакты], {good}.",
        "Нормальный оператор без навязанных подписок, {good}.",
        "Интернет [быстрый|стабильный] даже {where}, {good}.",
        "Было пару сбоев, но [быстро исправили|предупредили заранее]. В целом {good}.",
    ),
    en=(
        "Been with them [three years|since 2021], {good}.",
        "Switched from another carrier, no regrets: {good}.",
        "Good coverage [in the city|and at the dacha], {good}. Recommend.",
        "Support is [polite|fast], {good}. Five stars.",
        "The {tariff} plan is [great value|convenient], {good}.",
        "Roaming turned on by itself, {good}.",
        "A couple of outages, but [fixed quickly|announced in advance]. Overall {good}.",
    ),
)

_V_REVIEW_NEG = Texts(
    ru=(
        "Связь ужасная: {meh}. [Плачу зря|Ухожу к другому оператору].",
        "{meh}, а поддержка [кормит обещаниями|отвечает шаблонами]. Одна звезда.",
        "Подключили платную подписку без моего согласия. Деньги [вернули только после "
        "жалобы|так и не вернули].",
        "Тариф подорожал [дважды за год|на 20%], а {meh}. Не рекомендую.",
        "{where} связи нет вообще, хотя на карте покрытия [всё зелёное|4G].",
        "Перенос номера занял [неделю|девять дней], всё это время [без связи|без смс от "
        "банка].",
        "В салоне [нахамили|навязали страховку|не смогли восстановить симку]. "
        "Обслуживание на нуле.",
        "Роуминг — [грабёж|развод]: [баланс в минусе|вернулась с долгом], а {meh}.",
        "Интернет [еле живой|режут скорость] после [10 ГБ|обеда], хотя тариф "
        "«безлимитный».",
        "Домашний интернет [отваливается каждый вечер|не работает неделю], мастер [не "
        "пришёл|приходил дважды без толку].",
        "Горячая линия: [40 минут музыки|бот по кругу], потом [сброс|«перезвоним»], а "
        "{meh}.",
        "Приложение [кошмарное|глючное]: {meh}, [не видно расходов|постоянно "
        "разлогинивает].",
        "Спам-звонки каждый день, хотя [антиспам подключён|обещали фильтр].",
        "Звонки обрываются, [голос как из бочки|эхо]. Для работы непригодно.",
        "Обещанный платёж [списали дважды|с комиссией, о которой не предупредили]. Мелко.",
        "Раньше был нормальный оператор, сейчас {meh}. Жаль.",
        "Смс с кодами [опаздывают|не приходят вовсе], не могу [войти в банк|получить "
        "посылку].",
        "Выставили [счёт|долг] за услугу, которой я не пользовалась. Разбиралась "
        "[месяц|три недели].",
        "eSIM [слетела|не активировалась], в салоне сказали [идти в чат|ждать неделю].",
        "Покрытие за МКАДом [никакое|как в девяностых]: {meh}.",
        "Ставлю двойку. Вроде {good}, но {meh}, и это перевешивает.",
        "Сменила тариф на {tariff}: [сгорели остатки|выросла абонентка], никто не "
        "предупредил.",
        "Каждый месяц в счёте [новые «прочие услуги»|лишние 50–100 рублей]. Устала "
        "проверять.",
        "Ребёнок {where} без связи, [дозвониться невозможно|проходят только смс]. Для "
        "родителя это стресс.",
    ),
    en=(
        "Terrible coverage: {meh}. [Paying for nothing|Switching carriers].",
        "{meh}, and support [just makes promises|replies with templates]. One star.",
        "They added a paid subscription without my consent. Money [refunded only after a "
        "complaint|never refunded].",
        "The plan went up [twice this year|by 20%] and {meh}. Not recommended.",
        "No signal at all {where}, even though the coverage map shows [green|4G].",
        "Porting my number took [a week|nine days], and all that time [no service|no bank "
        "texts].",
        "At the store they [were rude|pushed insurance on me|couldn't restore my SIM]. "
        "Zero service.",
        "Roaming is [a rip-off|a scam]: [negative balance|came home in debt], and {meh}.",
        "Internet [barely works|gets throttled] after [10 GB|lunch] on a so-called "
        "unlimited plan.",
        "Home internet [drops every evening|has been down for a week], the technician "
        "[never came|came twice for nothing].",
        "Hotline: [40 minutes of music|a bot going in circles], then [it hangs up|'we'll "
        "call back'].",
        "Used to be a decent carrier, now {meh}. Shame.",
        "Two stars. {good}, but {meh}, and that outweighs it.",
        "Every month there's [a new 'other services' line|an extra 50-100 rubles] on the "
        "bill. Tired of checking.",
        "My kid has no signal {where}, [can't get through|only texts work]. Stressful as "
        "a parent.",
    ),
)

_V_REVIEW_ANSWER = Texts(
    ru=(
        "Здравствуйте! Приносим извинения за неудобства. Чтобы разобраться, напишите, "
        "пожалуйста, номер телефона в личные сообщения или в чат приложения.",
        "Добрый день. Спасибо за отзыв, он передан [техническим специалистам|в отдел "
        "качества обслуживания]. Мы свяжемся с вами в ближайшее время.",
        "Здравствуйте. Нам жаль, что у вас сложился такой опыт. [Проверим качество связи "
        "по вашему адресу|Перерасчёт возможен], если напишете нам в поддержку.",
        "Извините за ситуацию 😔 [Ответили вам в личных сообщениях|Ждём ваш номер в ЛС].",
        "Добрый день! Ситуация на контроле; специалист [перезвонит вам|свяжется с вами] "
        "в течение суток.",
    ),
    en=(
        "Hello! We apologize for the inconvenience. Please DM us your number or write in "
        "the app chat so we can look into it.",
        "Thank you for the review, it has been passed to [our engineers|the service "
        "quality team]. We'll be in touch soon.",
        "Sorry about this 😔 We've replied in DMs.",
    ),
)

_V_REVIEW_THANKS = Texts(
    ru=(
        "Спасибо, что вы с нами! [Рады стараться|Передадим команде] 📱",
        "Благодарим за высокую оценку 🙌",
        "Спасибо за отзыв! Очень приятно 😊",
        "Спасибо! Будем и дальше держать планку 💙",
    ),
    en=(
        "Thanks for being with us! 📱",
        "Thank you for the great rating 🙌",
    ),
)

_V_REVIEW_DISPUTE = Texts(
    ru=(
        "Здравствуйте. По данным мониторинга, в указанный период сеть по вашему адресу "
        "работала [без сбоев|штатно], а подписка была подключена по смс-подтверждению с "
        "вашего номера. Готовы показать детали в личных сообщениях.",
        "Добрый день. Изменение стоимости тарифа было объявлено заранее: [смс и письмо "
        "отправлены за 30 дней|уведомление приходило в приложении]. Если не получили — "
        "напишите нам, проверим.",
    ),
    en=(
        "Hello. Our monitoring shows the network at your address worked [normally|without "
        "outages] during that period. Please DM us and we'll share the details.",
    ),
)

_V_OFFICIAL = Texts(
    ru=(
        "Новый тариф {tariff}: [безлимит на мессенджеры|30 ГБ и 500 минут] за [450|590] ₽ "
        "в месяц 📱 Подключайте в приложении",
        "Запустили 5G в [Казани|Самаре|Тюмени]! [Проверяйте скорость|Делитесь замерами] в "
        "комментариях 🚀",
        "Плановые работы: [ночью с 2:00 до 5:00|в среду ночью] в [Северном|Юго-Западном] "
        "округе возможны перебои "
        "связи. Спасибо за понимание",
        "eSIM теперь можно оформить [онлайн за 5 минут|через Госуслуги], без визита в "
        "салон",
        "Роуминг летом: [пакеты для Турции и ОАЭ|скидка 50% на интернет за границей]. "
        "Подробности в приложении ✈️",
        "Антиспам теперь [бесплатно для всех|включён по умолчанию]: блокируем до [90%|"
        "миллиона] нежелательных звонков в день",
        "Конкурс! Покажите, где {b} ловит [в самом неожиданном месте|выше всех]. Лучшее "
        "фото получит [год связи бесплатно|новый смартфон]",
        "Отвечаем на частые вопросы про [перенос номера|семейный тариф|обещанный платёж] в "
        "карточках 👇",
        "Мы обновили приложение: [новая карта покрытия|удобный раздел с расходами|оплата в "
        "один клик]",
        "{b} говорит спасибо: нас уже [40 миллионов|больше, чем когда-либо] ❤️",
    ),
)

_V_EXEC = Texts(
    ru=(
        "Запустили пилот 5G в [Нижнем|Казани]. Первые замеры — [до 1 Гбит/с|в три раза "
        "быстрее 4G]. "
        "Дальше — [Казань и Екатеринбург|регионы].",
        "Про цены. Да, мы подняли тарифы [на 7%|в марте]. Объясняю, куда идут эти деньги: "
        "[новые вышки|оборудование и зарплаты инженеров].",
        "Провёл день [в колл-центре|с выездной бригадой], слушал звонки абонентов. Выводы "
        "[неприятные, но полезные|в следующем посте].",
        "В отпуске читаю [Друкера|Бена Горовица|Энди Гроува]. Что посоветуете дальше?",
        "{b} — это [больше 20 тысяч сотрудников|больше 40 млн абонентов]. И каждый крупный "
        "сбой я вижу лично. Работаем.",
        "Вернулся с утренней пробежки с идеей: [убрать платные подписки по "
        "умолчанию|упростить тарифную линейку вдвое]. Команда, готовьтесь 😅",
        "Итоги квартала: [выручка +12%|отток снизился|NPS вырос]. Спасибо команде {b_gen}.",
        "Отвечаю на вопросы из комментариев [про eSIM|про роуминг|про спам-звонки]. "
        "Подробно.",
        "Сегодня выступал на [ЦИПР|Иннопроме|отраслевой конференции]: говорили о "
        "[российском оборудовании|связи в поездах].",
        "Выходные на [Валдае|Селигере]. Связь, кстати, [ловит|есть даже в лесу] — проверил "
        "лично 🙂",
        "Строим сеть вдоль [М-12|трассы М-4]: к лету будет связь на всём протяжении.",
        "Нанимаем [радиоинженеров|продуктовых менеджеров|аналитиков данных]. Пишите в "
        "личку, если хотите строить связь.",
    ),
)

_V_INFL_POS = Texts(
    ru=(
        "Тест скорости мобильного интернета [в Москве|в десяти городах]: {b} [на первом "
        "месте|в тройке лидеров]. Таблица в карточках",
        "Езжу по стране [третий месяц|всё лето] с симкой {b_gen}, {good}. Не реклама",
        "Разбор тарифов операторов: у {b_gen} {tariff} [самый выгодный|лучший для семьи]",
        "Подписчики спрашивают, какого оператора выбрать. Мой ответ сейчас — {b}: {good}",
        "Вёл стрим {where}, связь {b_gen} не подвела ни разу {e_pos}",
        "Сравнил роуминг у трёх операторов: {b} [дешевле всех|проще всех подключить]",
    ),
    en=(
        "Mobile speed test across [ten cities|Moscow]: {b} [came out on top|is in the top "
        "3]",
        "Three months on the road with a {b} SIM and {good}. Not sponsored",
        "Followers keep asking which carrier to pick. Right now: {b}, {good}",
        "Streamed {where} on {b}, not a single drop {e_pos}",
    ),
)

_V_INFL_NEG = Texts(
    ru=(
        "Получил [сотню|кучу] сообщений от подписчиков про {b_acc}: {meh}. [Что "
        "происходит?|Разбираемся в видео]",
        "{b} [подняла цены|в третий раз за год меняет тарифы], а {meh}. Мой разбор",
        "Тест скорости: {b} [на последнем месте|хуже всех], {meh}",
        "Хотел похвалить {b_acc}, но {meh}. Честный обзор не получился",
        "Проверил поддержку трёх операторов. {b}: [ждал 40 минут|бот не отпустил], {meh}",
    ),
    en=(
        "Got [a hundred|tons of] DMs about {b}: {meh}. What's going on?",
        "Speed test: {b} [came last|was the slowest], {meh}",
        "{b} raised prices [again|for the third time this year] and {meh}. My breakdown",
    ),
)

_V_DECOY = Texts(
    ru=(
        "На море сегодня волна [под метр|метра полтора|совсем маленькая], [сёрферы "
        "счастливы|купаться страшновато] [🌊|🏄‍♂️|]",
        "Первый раз встала на сап, и тут волна от катера {lol} [Устояла!|Искупалась]",
        "Мексиканская волна на стадионе [обошла весь круг|прошла три раза], мурашки [⚽|🙌|]",
        "Волна на Финском заливе сегодня [как на океане|очень красивая], [фото в "
        "комментах|смотрите] [🌊|😍]",
        "Радио «Волна» [крутит старые хиты|у отца в машине с утра до вечера] {lol}",
        "Санаторий «Волна» в [Анапе|Евпатории]: [были там в детстве|бабушка ездила "
        "каждый год] [☀️|]",
        "Учим физику: звуковая волна [распространяется в воздухе|имеет длину и частоту], а "
        "у сына [ступор|вопросы] {e_meh}",
        "Волна ностальгии от [старых фоток|песен нулевых], сижу [реву|улыбаюсь] [🥹|❤️|]",
        "Новая волна в [российском кино|инди-музыке], [наконец-то|интересно наблюдать]",
        "Кинотеатр «Волна» {city} [снова открылся после ремонта|показывает классику по "
        "средам] [🎬|]",
        "Волна [тепла|эмоций] после концерта [до сих пор не отпускает|накрыла], спасибо "
        "всем {e_pos}",
        "Укладка «голливудская волна» [за 15 минут|своими руками], туториал в сторис [💇‍♀️|✨]",
        "Когда вы с [ребёнком|начальником] наконец на одной волне. Редкость {lol}",
        "В аквапарке каждые полчаса волна в бассейне, [дети визжат|взрослые тоже] [💦|]",
        "Первая волна [отпускников|дачников] уже в пути, на трассах [пробки|пока "
        "свободно] [🚗|]",
        "Рыбак сказал, что к утру волна [уляжется|будет меньше], выходим в море [🎣|]",
        "Волна [лайков|репостов] под постом про кота, не ожидала {e_pos}",
        "Картина Айвазовского «Волна» в Русском музее — стоять перед ней можно [час|вечно]",
        "На Обском море от теплохода такая волна, что [как на настоящем море|дети в "
        "восторге] {lol}",
        "В Питере [белые ночи|тепло], волна [на Неве|у Петропавловки] почти как зеркало "
        "[✨|🌅|]",
    ),
    en=(
        "Visited the Volna sanatorium in [Anapa|Yevpatoria] where my grandma used to go "
        "every summer",
        "Volna means wave in Russian, which makes the name of my [surf school|beach bar] a "
        "bit on the nose {lol}",
        "The Volna [cinema|café] {city} has the [best|coziest] vibe",
        "Learned today that Aivazovsky painted a canvas simply called Volna. [Stunning|Stood "
        "in front of it for ages]",
        "Found a Soviet 'Volna' radio at a flea market {city}, still works {e_pos}",
        "Our hostel in [Sochi|Gelendzhik] is called Volna and yes, you can hear the sea",
    ),
)

_V_DECOY_NEG = Texts(
    ru=(
        "{dn_head} волна {dn_tail}, [и опять никто не удивлён|как будто нам мало было] "
        "{e_neg}",
        "По офису прокатилась {dn_head} волна {dn_tail}. [Сидим тихо|Ждём писем от HR] "
        "{sigh}",
        "В новостях пишут, что {dn_head} волна {dn_tail} [накроет регион к "
        "выходным|ожидается на следующей неделе]",
        "Врачи предупреждают: {dn_head} волна {dn_tail} [уже началась|придёт в ноябре], "
        "[закупаемся лекарствами|маски снова в моде]",
        "Я устала. Сначала одно, теперь {dn_head} волна {dn_tail} {e_neg}",
        "{city} {dn_head} волна {dn_tail}, [а мэрия молчит|а всем всё равно]",
        "Волна [накрыла|смыла] [лежаки|полотенца и сумку] на пляже, [телефон утонул|еле "
        "успели убежать] {e_neg}",
        "Штормовое предупреждение: волна до [трёх|четырёх] метров, [в море не "
        "выходить|набережную закрыли]",
        "Волна хейта под постом [подруги|блогера] за [обычное фото|слова про детей]. Люди, "
        "вы чего? {e_neg}",
        "Волна [жары|духоты] {city}: [+35 в тени|кондиционеры раскупили], работать "
        "невозможно",
        "Катер прошёл близко, и волна [залила лодку|перевернула сап], [вымокли до "
        "нитки|весь улов в воде]",
        "Опять волна [мошеннических звонков|звонков «из банка»]: [пятый за "
        "день|сегодня уже три], бабушка в панике",
        "{dn_head} волна {dn_tail} — это уже не новость, а [сезон|норма жизни] {sigh}",
        "Вторую неделю болеем всей семьёй, волна [гриппа|ОРВИ] в школе [закрыла три "
        "класса|косит всех]",
        "В айти {dn_head} волна {dn_tail}, [резюме рассылаю пачками|друзья без работы]",
        "Волна подорожания дошла до [кофе|бензина|детских вещей]: [+20% за "
        "месяц|ценники меняют каждую неделю] {e_neg}",
        "Волна от [прыжков подростков|пловца рядом] накрыла меня с головой, [наглоталась "
        "хлорки|очки слетели] {e_neg}",
        "Открыл ленту — {dn_head} волна {dn_tail}. Закрыл ленту {sigh}",
        "Аналитики ждут, что {dn_head} волна {dn_tail} [продлится до весны|ударит по "
        "малому бизнесу]",
        "На работе волна [паники|истерики] из-за [проверки|годового отчёта], все бегают "
        "{e_meh}",
    ),
    en=(
        "{dn_head} wave {dn_tail} [hitting the city|on its way], great {e_neg}",
        "Bracing for {dn_head} wave {dn_tail} {sigh}",
        "The old Volna sanatorium in [Anapa|Yevpatoria] is [falling apart|basically a ruin] "
        "now {e_neg}",
        "The Volna cinema {city} is closing for good {sigh}",
        "Rented a room at a guesthouse called Volna in [Sochi|Gelendzhik], [mould "
        "everywhere|no hot water] {e_neg}",
        "{dn_head} wave {dn_tail}, and everyone acts surprised",
    ),
)

VOLNA = BrandTexts(
    vocab=_V_VOCAB,
    positive=_V_POSITIVE,
    neutral=_V_NEUTRAL,
    negative=_V_NEGATIVE,
    question=_V_QUESTION,
    complaint=_V_COMPLAINT,
    comment=_V_COMMENT,
    reply=_V_REPLY,
    answer=_V_ANSWER,
    thanks=_V_THANKS,
    still_broken=_V_STILL,
    review_pos=_V_REVIEW_POS,
    review_neg=_V_REVIEW_NEG,
    review_answer=_V_REVIEW_ANSWER,
    review_thanks=_V_REVIEW_THANKS,
    review_dispute=_V_REVIEW_DISPUTE,
    official_post=_V_OFFICIAL,
    exec_post=_V_EXEC,
    influencer_pos=_V_INFL_POS,
    influencer_neg=_V_INFL_NEG,
    decoy=_V_DECOY,
    decoy_neg=_V_DECOY_NEG,
)

# ============================================================================== elsewhere
INFLUENCER_OTHER = Texts(
    ru=(
        "Новый выпуск на канале: [тестирую|разбираю] [смартфон за 15 тысяч|бюджетные "
        "наушники|складной телефон]. Спойлер — [удивил|разочаровал]",
        "Собрала [10 мест|маршрут на выходные] {city}: [кофейни, музеи, парки|куда сходить "
        "с детьми]. Сохраняйте {e_pos}",
        "Курс рубля, ставка ЦБ и [ипотека|вклады]: объясняю, что это значит для вас, "
        "простыми словами",
        "Прошла [полумарафон|30 дней без сахара], делюсь [результатами|ошибками] {e_pos}",
        "Лучшие сериалы [весны|этого месяца]: [мой топ-5|подборка] в карточках",
        "Сегодня в эфире [разговор с психологом про выгорание|в гостях астроном], "
        "подключайтесь в 20:00",
        "{lol} Вы не поверите, что написал подписчик про [мой новый ролик|мою собаку]",
        "Через неделю еду в [Мурманск|Дагестан|Калининград], пишите, что посмотреть "
        "[🗺️|✈️]",
        "Розыгрыш! [Наушники|Стопка книг|Сертификат на 10 000 ₽], условия в закрепе",
        "Ремонт на кухне [закончился|наконец-то закончен], показываю до и после {e_pos}",
        "Коротко о главном: [запуск ракеты перенесли|в метро открыли новую станцию|вышла "
        "новая iOS]",
        "Кот опять [сбросил вазу|спит на клавиатуре], контент снимает себя сам {lol}",
        "Рецепт недели: [сырники без муки|шакшука за 10 минут|паста с креветками], всё в "
        "видео {e_pos}",
    ),
    en=(
        "New video is up: [testing|breaking down] [a budget phone|cheap earbuds|a "
        "foldable]. Spoiler: [it surprised me|not great]",
        "My [weekend guide|top 10 spots] {city} is live, [save it|share it] {e_pos}",
        "Interest rates, the ruble and [mortgages|savings], explained in plain words",
        "Finished [a half marathon|30 days without sugar], here's [what I learned|my "
        "honest results]",
        "Going live at 8pm with [a psychologist on burnout|an astronomer], join us",
        "Giveaway! [Headphones|A stack of books|A 10k gift card], rules in the pinned post",
        "{lol} my cat [knocked the plant over again|sat on the keyboard mid-stream]",
    ),
)
