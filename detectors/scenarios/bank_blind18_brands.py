"""Text bank `blind18`, the brands half: what people say about «Сочный Бургер», «Полюшко» and
«Волна» in an ordinary week (organic posts, questions and complaints to the official accounts,
the desks' answers, reviews and the brands' answers to them, the brands' own posts, the
executives' routine posts, influencers, the brand names in their everyday sense), the shared
vocabulary `VOCAB` and `INFLUENCER_OTHER` (big accounts about other things).

Written for issue 13 (the twentieth round) by a writer who had not read the detectors. Files
read: detectors/scenarios/banks.py, textgen.py, week.py, week_brands.py, week_traffic.py,
week_crises.py, week_storm.py, detectors/simulation.py (`noisy`, `person`, `daily_rate`),
tests/unit/test_week.py, and the import lines of bank_blind18.py, of the placeholder this file
replaced and of the events half's placeholder (which name blind17's halves).
Seen otherwise: the list of file names in detectors/scenarios/ and the line counts of the older
brands halves (no contents); the one-line subjects of the last five commits, one of which quotes
four complaint phrases from the detectors' lexicon ("вы читаете сообщения?", "повторяю:", "в
который раз пишу", "в ответ ноль"): none of them is used here, nothing else was taken from them.
No other bank was opened. The disjointness test printed strings of this file shared word for
word with other banks (mostly vocabulary values, e.g. a train "до Клина", "семейный пакет"):
each was reworded in new words. Its failures also printed a few of the events half's strings
and, once, truncated sets of generated posts of blind12 and of this bank; nothing was taken from
them. Where it named only a brand (a generated post shared), the template was found by marking
groups of this file's templates in a temporary edit of this file (removed) and rerunning the
same test, then reworded.

It follows the vocabulary contract shared with the other half (bank_blind18_events.py): the
shared keys city, when, who, lol, sigh, n, e_pos, e_neg, e_meh, each brand's private keys and
the event keys guard_venue, found_item, found_short, ignored_issue, gaffe_topic, fake_claim.
Slot forms chosen here: `city` is a town whose name does not change after "в" (Сочи, Иваново);
`who` is a person in the nominative; `n` is 2-4 (so "{n} дня"); `dish` (sochny), `grain`,
`dish_home` (polyushko) and `svc` (volna) are noun phrases that read the same in the nominative
and the accusative (masculine, neuter or plural; `svc` masculine singular); `spot`, `shop`,
`where`, `shore` are place phrases that follow a noun or verb ("напротив старого автовокзала",
"в Ленте на скидках выходного дня", "в подъезде между вторым и третьим этажом").
Checked only with tests/unit/test_week.py (and ruff).
"""

from __future__ import annotations

from detectors.scenarios.banks import BrandTexts, Texts, Vocab

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]

# ------------------------------------------------------------------------------ shared vocabulary
VOCAB = Vocab(
    ru={
        "city": ("Сочи", "Иваново", "Кемерово", "Тольятти", "Одинцово", "Улан-Удэ",
                 "Домодедово", "Пушкино", "Ступино", "Кудрово"),
        "when": ("вчера", "сегодня", "позавчера", "утром", "ночью", "днём",
                 "вечерком", "намедни", "в субботу ближе к семи",
                 "минут за десять до закрытия", "в большую перемену"),
        "who": ("муж", "жена", "сестра", "брат", "коллега", "сосед", "подруга", "мама",
                "свекровь", "сын-подросток", "тёща", "начальница", "одногруппник"),
        "lol": ("ахах", "ахахах", "хд", "лол", "😂", "🤣", "ржу", "ору"),
        "sigh": ("эх", "мда", "увы", "блин", "тьфу", "эхх", "пфф", "ох"),
        "n": ("2", "3", "4", "два", "три", "четыре"),
        "e_pos": ("😍", "🔥", "👍", "😋", "❤️", "🙌", "🥰", "✨", "💯", "🤤"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤢", "😒", "😠", "🙄", "😩"),
        "e_meh": ("🤷", "🤔", "😐", "🙂", "👀", "🤷‍♀️", "😶", "🫠"),
    },
    en={
        "city": ("Sochi", "Kazan", "Tolyatti", "Ivanovo", "Kemerovo", "Ulan-Ude", "Tver",
                 "Murmansk", "Vladimir", "Kaluga"),
        "when": ("yesterday", "today", "tonight", "earlier", "Friday", "Saturday",
                 "lunchtime", "around midnight-ish", "ten minutes before they closed",
                 "between two Zoom calls"),
        "who": ("my flatmate Pasha", "my girlfriend Katya", "my husband Oleg",
                "my sister Nastya", "Vitya from accounting", "the neighbour from 5B",
                "my mum Galina", "my teenage son Misha", "my team lead Roma",
                "my cousin Lena"),
        "lol": ("lol", "lmao", "haha", "😂", "🤣", "lmfao", "hah", "ngl lol"),
        "sigh": ("ugh", "sigh", "welp", "meh", "yikes", "oof", "smh"),
        "n": ("2", "3", "4", "two", "three", "four"),
        "e_pos": ("😍", "🔥", "👍", "😋", "❤️", "🙌", "🥰", "✨", "💯", "🤤"),
        "e_neg": ("😡", "🤬", "😤", "👎", "🤢", "😒", "😠", "🙄", "😩"),
        "e_meh": ("🤷", "🤔", "😐", "🙂", "👀", "🤷‍♂️", "😶", "🫠"),
    },
)

# ------------------------------------------------------------------------------ «Сочный Бургер»
SOCHNY = BrandTexts(
    vocab=Vocab(
        ru={
            "dish": ("Гранд с двойным беконом", "острый чикенбургер «Хруст»",
                     "бургер с халапеньо и чеддером", "ролл Цезарь с курицей-гриль",
                     "наггетсы", "луковые кольца в пивном кляре", "банановый шейк с корицей",
                     "фиш-бургер с соусом тартар", "бургер «Деревенский» с яйцом",
                     "комбо «Обед на бегу»", "сырный Гранд без лука"),
            "good": ("котлета горячая и правда сочная",
                     "булка мягкая и не разваливается в руках", "соуса положили не жадничая",
                     "картошка хрустит, как будто только из фритюра",
                     "заказ собрали быстрее, чем я нашла салфетки",
                     "порция такая, что еле доел", "огурчики хрустящие, лук свежий",
                     "мясо прожарено ровно, без сухости",
                     "на кассе улыбнулись и всё быстро пробили",
                     "сыр прям тянется, как в рекламе"),
            "meh": ("картошка успела остыть, пока несла до столика",
                    "соуса положили буквально каплю", "булка суховатая, будто со вчера",
                    "заказ отдали минут через пятнадцать", "столики никто не протирал с обеда",
                    "лука больше чем мяса", "шейк больше похож на холодное молоко",
                    "музыка в зале орёт так, что друг друга не слышно",
                    "котлета тоньше, чем на фото в меню"),
            "good_more": ("цены пока адекватные для центра", "в зале тихо и пахнет кофе",
                          "кассир запомнил мой заказ", "два соуса на выбор бесплатно",
                          "выдали всё с первого раза без путаницы"),
            "meh_more": ("салфеток в пакет не положили", "кола почти без газа",
                         "чек пришлось выпрашивать", "про сырный соус забыли",
                         "трубочку пришлось просить отдельно", "в зале сквозило от двери"),
            "promo": ("комбо «Будни» за 299 ₽", "второй Гранд за 1 ₽ каждый вторник",
                      "кешбэк 15% баллами в приложении", "бесплатный шейк к заказу от 600 ₽",
                      "ланч-сет для студентов за 249 ₽", "детское комбо с фигуркой-сюрпризом",
                      "ночное меню со скидкой после 23:00"),
            "spot": ("у пригородных касс вокзала", "возле главного корпуса политеха",
                     "на фудкорте в «Радуге»", "на Гагарина у остановки «Цирк»",
                     "в торговом центре у объездной", "напротив старого автовокзала",
                     "около стадиона «Труд»", "на набережной возле летней сцены",
                     "у выхода с эскалатора на третьем этаже", "через дорогу от моей работы"),
            "guard_venue": ("в ресторане на Автозаводской у выхода из метро",
                            "в ресторане на улице Гастелло у трамвайного кольца",
                            "в ресторане на Первомайской у центрального рынка"),
            "found_item": ("обломок пластиковой вилки в котлете",
                           "кусок синей резиновой перчатки в картошке фри",
                           "канцелярскую скрепку в молочном коктейле",
                           "живого таракана в коробке с наггетсами"),
            "found_short": ("вилка", "перчатка", "скрепка", "таракан"),
            "ignored_issue": ("за заказ в приложении деньги списали дважды, а вторую сумму "
                              "так и не вернули",
                              "курьер отметил заказ доставленным, хотя ко мне никто не "
                              "приезжал",
                              "баллы, накопленные в приложении, обнулились после обновления"),
            "gaffe_topic": ("тех, кто жалуется, что котлета в бургере тоньше, чем на картинке",
                            "людей, которые сидят в зале по три часа с одним кофе",
                            "тех, кто просит убрать из бургера всё, кроме булки"),
            "fake_claim": ("в котлеты пускают мясо с истёкшим сроком, переклеивая этикетки",
                           "сеть закрывают по всей стране из-за вспышки кишечной инфекции",
                           "в фирменный соус подмешивают добавку, от которой появляется "
                           "привыкание"),
        },
        en={
            "dish": ("Double Bacon Grand", "Crunch spicy chicken burger",
                     "jalapeño cheddar burger", "grilled chicken Caesar roll",
                     "nine-piece nugget box",
                     "side of beer-battered onion rings", "cinnamon banana shake",
                     "fish burger with tartar", "Village burger with a fried egg",
                     "cheesy Grand, no onion"),
            "good": ("the patty was hot and actually juicy", "the bun held up to the last bite",
                     "they were generous with the smoky sauce",
                     "the fries crunched like they'd just left the fryer",
                     "the order was ready in like five minutes",
                     "the portion was more than I could finish",
                     "the pickles were crisp, not soggy",
                     "the cheese did the stretchy thing like in the ads"),
            "meh": ("the fries went lukewarm by the time I sat down",
                    "there was about a teaspoon of sauce", "the bun was dry like yesterday's",
                    "the order took fifteen minutes in a quiet hour",
                    "the tables were sticky from lunch", "there was more onion than meat",
                    "the shake tasted like cold milk",
                    "the patty looked thinner than the menu photo"),
            "good_more": ("prices are fair for the city centre",
                          "the dining room was quiet and clean",
                          "the cashier remembered my order", "two free dips of your choice",
                          "they got everything right the first time"),
            "meh_more": ("no napkins in the bag", "the cola was flat as a pancake",
                         "I had to ask twice for a receipt", "they forgot the cheese dip",
                         "the straw had to be begged for", "there was a draught from the door"),
            "promo": ("the 299-ruble weekday combo", "the Tuesday 1-ruble second Grand",
                      "15% app cashback in points", "a free shake on orders over 600 rubles",
                      "the 249-ruble student lunch set", "the after-11pm night menu deal"),
            "spot": ("by the suburban ticket office at the station",
                     "near the main tech university building", "in the Raduga food court",
                     "on Gagarina by the Circus stop", "across from the old bus terminal",
                     "near Trud stadium", "on the embankment by the Ferris wheel",
                     "across the road from my office"),
            "guard_venue": ("at the restaurant on Avtozavodskaya by the metro exit",
                            "at the restaurant on Gastello Street by the tram loop",
                            "at the restaurant on Pervomayskaya by the central market"),
            "found_item": ("a piece of a plastic fork in the patty",
                           "a scrap of blue rubber glove in the fries",
                           "a paper clip in the milkshake",
                           "a live cockroach in the nuggets box"),
            "found_short": ("fork", "glove", "paperclip", "cockroach"),
            "ignored_issue": ("I was charged twice for an app order and the second charge was "
                              "never refunded",
                              "the courier marked my order as delivered but nobody ever came",
                              "the points I had saved up in the app were wiped after the "
                              "update"),
            "gaffe_topic": ("people who complain the patty is thinner than in the picture",
                            "people who sit in the dining room for three hours over one coffee",
                            "people who ask to take everything out of a burger except the bun"),
            "fake_claim": ("they put expired meat into the patties and relabel the boxes",
                           "the whole chain is being shut down nationwide over a stomach bug "
                           "outbreak",
                           "the signature sauce has an additive in it that gets you hooked"),
        },
    ),
    positive=Texts(
        ru=(
            "Взял {dish} в {b_pre} {spot}: {good} {e_pos}",
            "[Ну|Короче,|Честно,] {b} [опять|снова|в который уже раз] выручил: {good}[| {e_pos}]",
            "После тренировки [забежала|заскочил] в {b_acc} за {dish}, [{good}|{good}, большего "
            "и не надо] {e_pos}",
            "Люблю {b_acc} за простую вещь: {good}. [И цены пока человеческие|И не надо ждать "
            "по полчаса|И персонал не хамит]",
            "{dish} из {b_gen} [— лучшее, что случилось со мной за неделю|— спасение моего "
            "понедельника|— мой личный антистресс] {e_pos}",
            "Сегодня в {b_pre} {spot} [прям порадовали|всё было чётко]: {good}",
            "Кто ещё не пробовал {promo} в {b_pre}? [Очень зря|Бегите, пока не закончилось"
            "|Рекомендую от души] {e_pos}",
            "[Заказала|Взяли] доставку из {b_gen} {when}, привезли [за 25 минут|раньше, чем "
            "обещали|горячим], {good}",
            "Моё субъективное: {b} [вкуснее|честнее по порциям|стабильнее] большинства сетевых "
            "бургерных[| в нашем городе|, которые я пробовал]",
            "{who} [сначала ворчит|говорит, что бургеры — это вредно], а потом [таскает "
            "у меня картошку|съедает полпакета|просит в следующий раз брать две порции] "
            "из {b_gen} {lol}",
            "[Отметили|Праздновали] в {b_pre} {spot} сдачу экзамена, [было шумно и вкусно|все "
            "довольные|ребята за кассой даже поздравили] {e_pos}",
            "Ладно, признаю: [я ошибался насчёт {b_gen}|зря я смеялся над {b_ins}], {good}",
            "{b} на [трассе|заправке возле трассы] — спасение для тех, кто [едет на юг|в дороге "
            "весь день|за рулём с утра], {good}",
            "Вечер пятницы, сериал и {dish} из {b_gen}. [Идеально|Что ещё нужно|Я счастлива] "
            "{e_pos}",
            "В {b_pre} {spot} новая девочка на кассе [очень вежливая|всё объяснила про "
            "акции|подсказала, что выгоднее взять комбо], [приятно|спасибо ей] {e_pos}",
            "Пять звёзд {b_dat} за {dish}: {good}, [и это не реклама|мне никто не платит"
            "|честное слово]",
            "Неожиданно [вкусный|удачный] [новый бургер|сезонный бургер] в {b_pre}, {good}. "
            "[Надеюсь, не уберут из меню|Оставьте его навсегда, пожалуйста]",
            "Были с детьми в {b_pre}, [детское комбо зашло на ура|младший съел всё сам"
            "|фигурки из комбо теперь собираем всей семьёй] {e_pos}",
            "Мой рейтинг бургерных: на первом месте {b}, [потому что {good}|дальше с большим "
            "отрывом все остальные]",
            "{b} с утра [— и день уже не такой серый|после ночной смены — лучший завтрак"
            "|перед парой спасает] {e_pos}",
            "[Не ожидала|Не думал], что в {b_pre} {spot} так [чисто|уютно|быстро]. {good} "
            "{e_pos}",
            "Приложение {b_gen} [наконец починили|стало удобным]: заказал {dish}, [пришёл "
            "пуш, что готово|забрал без очереди]",
            "[Респект|Спасибо] {b_dat} за {promo}, [студенту прям то что надо|на обедах очень "
            "экономлю|беру почти каждую неделю]",
            "Если окажетесь в {city}, зайдите в {b_acc} {spot}, {good}",
            "Сегодня взял {dish}, и это [прям огонь|просто идеально|вкуснее обычного]. "
            "{b}, [так держать|держите планку|не меняйте рецепт] {e_pos}",
            "[Ребята из {b_gen}|Кухня {b_gen}] [сделали мой вечер|знают своё дело], {good}",
            "По дороге с работы взяла {dish} в {b_pre}, съела в машине, [не жалею ни "
            "секунды|довольна как слон] {e_pos}",
            "Понравилось, что в {b_pre} [можно попросить без лука и не смотрят косо|дают "
            "салфетки без просьб|есть нормальные вегетарианские позиции]",
            "Честно, за эти деньги {b} [— лучшее, что есть рядом|даёт больше, чем обещает]",
            "[Вот за что уважаю|Чем подкупает] {b}: [{good}|стабильность, всегда одинаково "
            "вкусно|никогда не было проблем с заказом]",
            "Друг из {city} приехал, повела его в {b_acc}. [Говорит, у них такого нет|Оценил"
            "|Взял два комбо, не смог выбрать] {lol}",
            "[Снова|Опять] ем {dish} из {b_gen}, {good}. [Диета подождёт|Завтра в зал, "
            "честно|Никому не говорите] {lol}",
            "Хочу отметить [сотрудников|смену] {b_gen} {spot}: [быстро, вежливо, без "
            "ошибок|всё по заказу, ничего не перепутали], {e_pos}",
            "Брал в {b_pre} {dish} — [отменно|отлично|очень годно], {good}",
            "Тот случай, когда {b} [оказался вкуснее, чем ожидал|удивил в хорошем смысле]: "
            "{good}",
            "[Наконец-то|Ура,] {b} открылся {spot}! [Теперь не надо ехать через весь "
            "город|Вчера уже сходили], {good} {e_pos}",
            "В обед {b} {spot} забит, но [очередь идёт быстро|заказ отдают минут через семь"
            "|всё равно нашли где сесть]. {good}",
            "Когда грустно — иду в {b_acc}. [Работает безотказно|Проверено годами] {e_pos}",
            "Заказали на офис [десять|двенадцать|восемь] комбо из {b_gen}, [ничего не "
            "перепутали|всё горячее|всем понравилось], {e_pos}",
            "[Кофе|Капучино] в {b_pre} неожиданно [нормальный|вкусный], а {dish} [как "
            "всегда|по-прежнему] на высоте",
            "{b}, [вы лучшие|люблю вас|спасибо за вкусный вечер] {e_pos}{e_pos}",
            "Перепробовал все бургеры в {b_pre}, мой фаворит — {dish}: {good}",
            "Сдала смену, а там {b} {spot}, и у них {promo}. [Судьба|Знак свыше|Ну как пройти "
            "мимо] "
            "{lol}",
        ),
        en=(
            "Grabbed a {dish} at {b} {spot} and honestly {good} {e_pos}",
            "{b} has literally never let me down[, {good}|. {good}]",
            "Okay {b} [is lowkey|might be] the best fast food in {city}[ rn|, {good}]",
            "Tried the {dish} at {b} {when}: {good}. [10/10|Would go again|Solid] {e_pos}",
            "Shoutout to the crew at {b} {spot}, [super quick|friendly and fast|got my order "
            "right for once], {good}",
            "{b} [delivery|pickup] came through tonight, {good} {e_pos}",
            "[Not sponsored but|Unpopular opinion:] {b} [beats|is better than] the big "
            "international chains[ here|, fight me]",
            "{who} dragged me to {b} and [I get the hype now|I'm converted|yeah, {good}] "
            "{e_pos}",
            "[Love|Loving] {promo} at {b}, [my wallet says thanks|perfect for a student "
            "budget|great lunch deal]",
            "First time at {b} in {city}. {good}, [definitely coming back|will be back] "
            "{e_pos}",
            "The {dish} from {b} [hits different after a long shift|is my comfort food|is "
            "unreasonably good] {e_pos}",
            "{b} {spot} was [spotless|quiet|really cosy] today and {good}",
            "[Kids|My kids] loved the kids' combo at {b}, [toy included|they ate everything]"
            " {e_pos}",
            "Rating burgers in {city}: {b} [takes the top spot|is number one], because {good}",
            "Road trip stop at {b} [on the highway|off the M4] and {good}. [Saved the "
            "day|Exactly what we needed]",
            "[Honestly|Genuinely] impressed with {b} [today|this week], {good} {e_pos}",
            "{b} app [actually works now|got way better]: ordered a {dish}, picked it up, no "
            "queue",
            "Late-night {dish} from {b} [is a vibe|was the right call] {e_pos}",
            "Fed my whole team with {b} combos and [nobody complained|everything arrived "
            "hot|they got every order right]",
            "[Tbh|Honestly] {b}'s {dish} [deserves more credit|is underrated], {good}",
            "Moved to {city} and found {b} {spot}. [Home feels closer|This is my spot now] "
            "{e_pos}",
            "[Cheat day|Treat day] = {dish} from {b}. {good} {lol}",
            "{b} staff {spot} [remembered my order|were lovely with my grandma|fixed my "
            "order without any fuss], {e_pos}",
            "Didn't expect much from {b} but {good}. [Pleasant surprise|Color me impressed]",
            "{b} [jalapeño|seasonal] burger [is back|came back] and I'm [thrilled|so happy]"
            " {e_pos}",
            "[Ate|Had] at {b} twice this week, [no regrets|send help], {good} {lol}",
            "My [Russian|Kazan] friends swear by {b} and now I see why: {good}",
        ),
        mixed=(
            "Взяла {dish} в {b_pre}, honestly {good}, best lunch ever {e_pos}",
            "{b} это прям comfort food, {good}, no regrets",
            "Заказали delivery из {b_gen}, всё hot и fresh, {good} {e_pos}",
            "{b} {spot} — [my go-to spot|my happy place] после работы, {good}",
            "Новый бургер в {b_pre} is a total win, {good}",
            "Lowkey {b} лучше всех в районе, {good} {e_pos}",
            "Promo {promo} в {b_pre} — must try, серьёзно",
            "Short review: {b}, {dish}, {good}. Ten out of ten, would recommend",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто знает, {b} {spot} работает [круглосуточно|после полуночи|в праздники]?",
            "[Подскажите|Народ, подскажите], в {b_pre} [ещё есть|вернули|до сих пор идёт] "
            "{promo}?",
            "Сижу в {b_pre} {spot}, {who} [паркуется|стоит в очереди|ещё в "
            "пути]. [Тут сегодня людно|Играет джаз|Заряжаю телефон] {e_meh}",
            "{b} открывает [точку|ресторан] {spot}, [пишут, что к концу месяца|по слухам, "
            "летом|вывеску уже повесили]",
            "А в {b_pre} [можно|реально] [заказать без глютена|заменить булку на "
            "салат|взять соус отдельно]? [Кто пробовал|Знает кто]?",
            "[Интересно|Любопытно], сколько калорий, если взять {dish} из {b_gen} {e_meh}",
            "В {b_pre} поменяли [меню|упаковку|оформление зала], [заметили?|теперь всё в "
            "зелёном|выглядит иначе]",
            "Сравнила чеки: за {dish} в {b_pre} [теперь на 20 рублей больше|платим как в прошлом "
            "месяце|теперь 349] {e_meh}",
            "{b} [запустил|тестирует] [ночное меню|доставку роботами|новый соус] в {city}, "
            "[пишут в местном канале|видел в новостях]",
            "Опрос: {b} или [шаурма у дома|домашняя котлета|пицца]? [Голосуем|Пишите в "
            "комментах] {e_meh}",
            "[Кто-нибудь|Кто-то] работал в {b_pre}? [Как там с графиком|Сколько платят "
            "стажёрам|Берут студентов]?",
            "Забрал заказ в {b_pre} {spot}, [сижу в машине ем|иду домой|обед на бегу]",
            "{b} [сменил|обновил] приложение, теперь баллы [копятся по-другому|показываются "
            "сразу|надо подтверждать по смс]",
            "В меню {b_gen} теперь есть {dish}, [кто уже брал?|стоит пробовать?|отзывы "
            "есть?]",
            "Вечером [встречаемся|собираемся] в {b_pre} {spot}, кто с нами? {e_meh}",
            "Прочитал, что {b} [будет|собирается] [открывать франшизу|выходить в регионы"
            "|переходить на бумажные трубочки]. [Посмотрим|Интересно, как пойдёт]",
            "[Сегодня|{when}] [обедал|перекусывал] в {b_pre}. [Обычный день|Ничего особенного"
            "|Ну, бургер как бургер] {e_meh}",
            "В {b_pre} {spot} [ремонт|переделывают зал|поставили терминалы самообслуживания]"
            ", [пока работает только окно выдачи|заказ через киоск]",
            "Как правильно: {b} или Сочный Бургерс? {lol}",
            "Ищу, где поесть {spot}. {b} [нормальный вариант|подойдёт] или есть что получше?",
            "{b} [участвует|будет участвовать] в [фестивале уличной еды|городском "
            "забеге|ярмарке] в {city} на выходных",
            "[Мем дня|Подслушано]: в {b_pre} {spot} [кассир спросил|девушка заказала], "
            "[«а вам с сыром или с душой?»|бургер без булки, без котлеты и без соуса] {lol}",
            "{who} просит взять из {b_gen} {dish}, а [я не помню, это острое "
            "или нет|там три вида]",
            "Подборка: где поесть в {city} недорого. В списке {b}, [пара кафе у "
            "набережной|столовая при университете|шаурма возле рынка]",
            "Интересно, почему в {b_pre} [нет кетчупа в пакетиках|соус только за деньги"
            "|кофе только в больших стаканах] {e_meh}",
            "По {b_dat} [выложили|опубликовали] [вакансии|расписание смен|новое меню на "
            "лето]. [Ссылка в комментах|Кому надо — ищите в их группе]",
            "А {b} {spot} [с парковкой|с детской зоной|с туалетом для посетителей]? Едем "
            "с детьми",
            "Фоткаю {dish} из {b_gen} для [курсовой по маркетингу|блога про фастфуд|сравнения "
            "упаковки] {e_meh}",
            "Сегодня в {b_pre} {spot} [играли в настолки|была дегустация новых соусов|кто-то "
            "отмечал день рождения]",
            "Смотрю, {b} [подключил|принимает] [оплату по QR|СБП|карты «Мир» в киосках]",
            "[Вопрос знатокам|Спорим тут с коллегами]: в {b_pre} котлеты [жарят на гриле|готовят "
            "на плите|привозят замороженными]?",
            "[Записал|Нарисовал] на карте все точки {b_gen} в {city}, [их уже семь|вышло "
            "пять|больше чем я думал]",
            "[В субботу|Завтра] у {b_gen} {spot} [промоутеры раздают купоны|будет "
            "аниматор|День открытых дверей на кухне]",
            "Начала вести дневник питания, {dish} из {b_gen} [это сколько граммов "
            "белка?|в какую графу писать?] {lol}",
            "[Переехали|Перенесли] {b} {spot} [в соседнее здание|на второй этаж]",
            "Стоим в пробке, [водитель|{who}] [предлагает|хочет] заехать в {b_acc}"
            " на выезде",
            "[Реклама|Билборд] {b_gen} [на проспекте|у моста] [теперь с котом|поменялась]."
            " [Кто придумал?|Интересная идея] {e_meh}",
            "Кто в курсе, {b} [российская сеть|чья компания|откуда вообще взялся]?",
            "Неделя без сахара, день третий. Прохожу мимо {b_gen} {spot} [с каменным "
            "лицом|очень быстро] {lol}",
            "[Стримлю|Снимаю] [обзор на все соусы|мукбанг] из {b_gen}, [заходите|ссылка "
            "в профиле]",
        ),
        en=(
            "Is {b} {spot} open [24/7|on holidays|after midnight]?",
            "Anyone know if {b} still does {promo}?",
            "[Sitting|Waiting] at {b} {spot} for {who}[, charging my phone|, it's busy "
            "today|]",
            "{b} is opening a new place {spot}[, apparently next month|, the sign is already "
            "up|]",
            "Does {b} have [gluten-free buns|a vegetarian option|sauce on the side]? "
            "[Asking for a friend|Genuinely asking]",
            "[How many|Anyone know how many] calories are in a {dish} from {b}? {e_meh}",
            "{b} changed [the packaging|its menu|the app] again {e_meh}",
            "[Lunch|Dinner] at {b} {when}. [Nothing special|Just a normal day|Burger was a "
            "burger] {e_meh}",
            "Which is better, {b} or [the shawarma place|homemade burgers|pizza]? [Poll in "
            "replies|Discuss]",
            "Has anyone worked at {b}? [How are the shifts|Do they hire students|What's the "
            "pay like]?",
            "{b} [is testing|launched] [a night menu|robot delivery|a new sauce] in {city}",
            "Writing a [marketing paper|blog post] about {b}'s [branding|packaging|menu "
            "design] {e_meh}",
            "Does {b} {spot} have [parking|a kids' area|a restroom]? Coming with the kids",
            "Heard {b} is [franchising|expanding to more regions|switching to paper straws]."
            " [We'll see|Interesting]",
            "[Overheard|Quote of the day] at {b} {spot}: [\"can I get a burger without "
            "the burger\"|\"is the spicy one actually spicy\"] {lol}",
            "Picked up a {dish} from {b} on the way home, [eating in the car|lunch on the "
            "go]",
            "{b} now takes [QR payments|contactless at the kiosks|app orders at the "
            "window]",
            "Mapping every {b} in {city} for fun, [seven so far|more than I expected]",
            "Is the {dish} at {b} [spicy|big enough for two|worth it]? {e_meh}",
            "[Stuck in traffic|On the highway], {who} wants to stop at {b}",
            "Who owns {b} anyway? [Is it Russian|Just curious]",
            "{b} {spot} [moved next door|is under renovation|has self-order kiosks now]",
            "Streaming a [sauce tier list|mukbang] with food from {b}[, link in bio|]",
            "{b} has [a pop-up|a stand] at the [street food fest|city run] in {city} this "
            "weekend",
            "Day three without sugar, walked past {b} {spot} [very fast|with a straight "
            "face] {lol}",
            "[Comparing|Tracking] {b} prices: the {dish} is [349 now|the same as last "
            "month|20 rubles up] {e_meh}",
            "So is it {b} or Sochny Burgers? {lol}",
        ),
        mixed=(
            "Кто знает, {b} {spot} open 24/7 или нет?",
            "Сижу в {b_pre}, waiting for my order, [вайфай тут|музыка тут] so-so {e_meh}",
            "{b} запустил new menu, кто уже пробовал?",
            "Lunch break в {b_pre} {spot}, обычный weekday",
            "Пишу case study про {b_acc} для universities course, кто может дать insights?",
            "Есть у {b_gen} delivery в {city} или только pickup?",
        ),
    ),
    negative=Texts(
        ru=(
            "Взял {dish} в {b_pre} {spot}, а там {meh}. [За такие деньги|За 400 рублей] "
            "[ожидал другого|могли бы и постараться] {e_neg}",
            "{sigh}, {b} [уже не тот|совсем скатился|испортился]: {meh}, [а цены только "
            "растут|и никто не извиняется]",
            "Доставка из {b_gen} ехала [час двадцать|почти полтора часа|больше часа], в пакете "
            "[всё холодное|каша вместо бургера|ни капли соуса] {e_neg}",
            "В {b_pre} {spot} [на полу лужа из колы|мусор на столах с обеда|в туалет "
            "очередь и нет бумаги], [и всем всё равно|персонал ходит мимо]",
            "Попросила {dish} без лука. Лук на месте. [Третий раз подряд|Уже не удивляюсь]. {b}, "
            "[вы читать умеете?|для кого поле «комментарий»?]",
            "Кассир в {b_pre} [закатил глаза|громко вздохнул|ответил через губу], когда я "
            "[спросила про акцию|попросила чек|уточнила состав] {e_neg}",
            "Цена на {dish} в {b_pre} [выросла уже третий раз за год|теперь как обед в "
            "столовой|та же, а порция меньше]. [Спасибо, не надо|Всё, я к шаурмичной]",
            "[Пересолили|Пережарили] {dish}, [есть невозможно|пришлось выбросить|даже "
            "собака отвернулась]. {b} {spot}, {when}",
            "{b}, [где мой заказ?|почему курьер стоит на месте 40 минут?] В приложении "
            "[«готовится» уже час|висит «в пути» с обеда] {e_neg}",
            "Отравилась после {b_gen}? [Не знаю точно|Может совпадение], но [всю ночь "
            "плохо|живот крутит с утра], а ела только {dish}",
            "[Промокод|Купон] на {promo} в {b_pre} [не сработал|«не распространяется на этот "
            "ресторан»]. [Зачем тогда рекламировать?|Очередной развод] {e_neg}",
            "В {b_pre} {spot} [сломан терминал|не работает кондиционер|опять нет картошки]"
            ", [третий день уже|каждый раз что-то], {sigh}",
            "Раньше любил {b_acc}, но {meh}, да и [персонал новый ничего не умеет|очереди "
            "как в поликлинике]. [Жаль|Грустно] {e_neg}",
            "Нашла в [пакете|заказе] из {b_gen} [чужой чек|не свой бургер|пустую коробку из-под "
            "наггетсов]. [Прекрасно|Отлично просто] {e_neg}",
            "{b}: [половина позиций в меню «закончилась»|нет колы, нет шейков, нет "
            "наггетсов]. А что есть? Видимо, только [цены|очередь] {lol}",
            "Ждали {dish} в {b_pre} [25 минут|полчаса], в зале при этом [три "
            "человека|никого], {sigh}",
            "Курьер {b_gen} [оставил заказ на лестнице|позвонил с улицы и сказал «спускайтесь»"
            "|отдал пакет соседу]. [А за доставку заплачено|Молча] {e_neg}",
            "Распаковал {dish} из {b_gen}: [котлета сырая внутри|булка подгорела|соус прокис]. "
            "[Сфоткал, отправил в поддержку|Пока без ответа]",
            "Мне одной кажется, что в {b_pre} [бургеры стали в два раза меньше|картошки "
            "кладут на донышке|сыр теперь пластиковый]? {e_neg}",
            "Приложение {b_gen} [опять вылетает|не принимает карту|сбросило корзину] на "
            "оплате. [Третий раз|Удалила]",
            "{b} {spot}: [столики липкие|пахнет старым маслом|мухи летают над "
            "выдачей]. [Фу|Больше не пойду] {e_neg}",
            "Чек на 780, а в коробке [бургер размером с ладонь ребёнка|что-то, побывавшее в "
            "драке|одно масло]. {b}, [серьёзно?|это что?]",
            "В {b_pre} [перепутали заказ|забыли половину], пришлось [стоять ещё "
            "десять минут|возвращаться с парковки], {sigh}",
            "[Бургер|{dish}] из {b_gen} в реальности и на картинке — [два разных "
            "продукта|как будто из разных ресторанов] {lol}",
            "{when} в {b_pre} охранник [ходил за мной по залу|попросил освободить стол, "
            "хотя я ещё ел|разговаривал как с школьником]. [Неприятно|Осадочек остался]",
            "Пишу уже [вторую|третью] неделю про баллы в {b_pre}, [никто не "
            "реагирует|только шаблонные ответы] {e_neg}",
            "{b}, [верните старый рецепт соуса|почему новый соус такой кислый?|зачем "
            "поменяли булки?] {e_neg}",
            "Сын взял в {b_pre} детское комбо, [игрушки не было|игрушка сломанная|дали "
            "взрослый соус с перцем]. Мелочь, а [неприятно|осадок]",
            "Дважды списали деньги за заказ в {b_pre}. Возврат [«до 10 дней»|обещают "
            "«когда-нибудь»], {sigh}",
            "Картошка в {b_pre} {spot} [вялая и солёная|как будто вчерашняя|холодная "
            "уже на кассе]. [Эх|Жаль], раньше было лучше",
            "Стоял в очереди в {b_pre} [минут двадцать|полчаса], а потом [«карты не "
            "принимаем»|«этого нет»|закрыли кассу перед носом] {e_neg}",
            "[Доставка|Заказ] из {b_gen} [приехал|приехала] без [напитка|соуса|половины "
            "картошки]. В поддержке [«ожидайте»|тишина]",
            "{b} — это когда платишь [как в ресторане|500 рублей], а получаешь "
            "[столовую|вчерашний бургер]. {meh}",
            "Смотрю на {dish} из {b_gen} и думаю: [где котлета?|а мясо где?|это точно "
            "говядина?] {e_meh}",
            "[Больше не|Никогда больше не] закажу в {b_pre} {spot}: {meh}, да ещё и "
            "[нахамили|проигнорили просьбу]",
            "В {b_pre} {spot} [в зале холодно|дует из двери], [ели в куртках|дети "
            "замёрзли] {e_neg}",
            "Удивительно, как {b} умудряется [испортить даже колу|передержать наггетсы"
            "|пересолить салат] {lol}",
            "[Заказ|Комбо] в {b_pre} собирали 18 минут. Зал пустой. {e_meh}",
            "Девочка на кассе {b_gen} [дала сдачу на сто меньше|пробила два шейка вместо "
            "одного], [спорили пять минут|пришлось звать менеджера]",
            "У {b_gen} [снова|опять] поднялись цены, а {meh}. [Отписываюсь|Хватит]",
            "Так и не поняла, зачем в {b_pre} [терминалы, если их никто не "
            "чинит|электронная очередь, если номера не объявляют]",
            "[Взяли|Купили] в {b_pre} {dish} навынос, дома открыли — [не тот "
            "бургер|пол-котлеты|нет сыра]. Ехать обратно [не вариант|через весь город] "
            "{e_neg}",
            "Ну и зачем {b} [отменил|убрал] {promo}? [Ради чего теперь туда ходить|Это было "
            "единственное хорошее]",
            "Шейк в {b_pre} [растаял за минуту|был тёплый|пах химией]. [Не вернусь|Мимо] "
            "{e_neg}",
            "Официально [заявляю|сообщаю]: {b} {spot} — [худший в городе|не "
            "советую]. {meh}, а персоналу [всё равно|плевать]",
            "В {b_pre} [сказали «ждите»|дали номерок] и [забыли про меня|ушли на перекур]. "
            "[Отличный сервис|Обожаю] {lol}",
            "Заметили, что [соус|кетчуп] в {b_pre} теперь [платный|по 30 рублей]? "
            "[Жадность|Мелочность] {e_neg}",
            "{b}, ваш [курьер|сотрудник] [курил у меня в подъезде|не надел бахилы в офисе"
            "|мотнул пакетом так, что всё разлилось]. {sigh}",
            "[Попробовала|Решилась на] новый [бургер|ролл] в {b_pre}. [Зря|Ошибка]. "
            "[Он безвкусный|Там одна капуста], а стоит как два обычных",
            "Отзыв про {b_acc} {spot}: {meh}, {meh_more}. [Итог: 2 из 10|Не советую]",
            "Уже пятый раз [за месяц|подряд] в {b_pre} говорят «стоп-лист», когда прошу "
            "{dish}. [Уберите "
            "из меню тогда|Зачем обманывать]",
            "Открыла {dish} из {b_gen} — [котлета развалилась в труху|соус растёкся по "
            "пакету|булка раздавлена]. {e_neg}",
        ),
        en=(
            "Got a {dish} at {b} {spot} and {meh}. [For that price?|Not okay.] {e_neg}",
            "{sigh}, {b} [has gone downhill|isn't what it used to be]: {meh}",
            "{b} delivery took [an hour and a half|over an hour], the {dish} [arrived "
            "cold|was squashed|came without sauce] {e_neg}",
            "Asked for no onions. Onions. [Third time|Every single time]. {b}, [do you read "
            "the notes?|why is there a comment field?]",
            "The {b} {spot} [floor was sticky|bathroom was out of paper|tables hadn't been "
            "wiped all day], {sigh}",
            "{b} [charged me twice|double-charged my card] and the refund is \"up to 10 "
            "days\". [Cool|Great] {e_neg}",
            "[Prices|Combo prices] at {b} went up again and {meh}. [I'm done|Not worth it "
            "anymore]",
            "Cashier at {b} [rolled her eyes|sighed loudly] when I [asked about the "
            "promo|asked for a receipt] {e_neg}",
            "Pretty sure I got sick after {b} {when}. [Only thing I ate was the "
            "{dish}|Could be a coincidence but still]",
            "{b} app [crashed at checkout|lost my cart|wouldn't take my card] [again|for the "
            "third time]. [Uninstalled|Deleted]",
            "The {dish} from {b} looked nothing like the picture {lol} {e_neg}",
            "Waited [25|30] minutes at {b} {spot} and the place was [empty|half empty]. {e_meh}",
            "{b} courier [left my order on the stairs|gave my bag to a neighbour|called and "
            "said \"come down\"]. {e_neg}",
            "Half the menu at {b} is \"out of stock\" again. [What do you actually "
            "sell?|Great planning] {lol}",
            "Fries at {b} {spot} were [limp and salty|stale|cold at the counter]. "
            "[Used to be better|Sad]",
            "{b} [got my order wrong|forgot half my order], had to [walk back from the "
            "parking lot|wait another ten minutes] {sigh}",
            "Why did {b} [drop|cancel] {promo}? [It was the only reason I went|Come on]",
            "Sauce costs extra now at {b}? [Petty|Seriously?] {e_neg}",
            "My {dish} from {b} [was raw in the middle|had a burnt bun|tasted off]. "
            "[Sent photos to support|No reply yet]",
            "Is it just me or are {b} burgers [half the size now|mostly bun these days]? "
            "{e_neg}",
            "Security guard at {b} {spot} [followed me around|asked me to leave while I "
            "was still eating]. [Weird vibe|Not cool]",
            "{b} {spot} is freezing inside, [ate with our coats on|kids were cold] {e_neg}",
            "Kids' combo from {b} came [without the toy|with a broken toy]. Small thing, "
            "still [annoying|a letdown]",
            "{meh} and {meh_more} at {b} {when}. [Two stars|Meh|Never again]",
            "{b}, the new sauce is [sour|awful|way too sweet]. Bring the old one back {e_neg}",
            "Paid 780 for a {dish} the size of my palm at {b}. {e_neg}",
            "Ordered from {b}, opened the bag at home: [wrong burger|no cheese|half a "
            "patty]. [Not driving back|Too far to go back] {sigh}",
            "Stood in line at {b} for 20 min to hear [\"card machine's down\"|\"we're out of "
            "that\"]. {e_neg}",
        ),
        mixed=(
            "{b} опять delivery на час, {dish} completely cold {e_neg}",
            "Честно, {b} уже не тот, quality упало, {meh}",
            "Заказ в {b_pre} перепутали again, customer service ноль {e_neg}",
            "Price went up, а порции в {b_pre} стали меньше. Nope",
            "{b} {spot}: dirty tables, long queue, {meh}. Not recommend",
            "Промо {promo} в {b_pre} не работает, app просто крашится {sigh}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, {promo} действует [во всех ресторанах|в ресторане {spot}|только в "
            "приложении]?",
            "{h} подскажите, ресторан {spot} работает [в праздники|после 23:00|ночью]?",
            "{h} а {dish} [можно без соуса?|можно без глютена?|по остроте как?]",
            "{h} добрый день! Есть ли у вас [вакансии|подработка] для студентов в "
            "{city}?",
            "{h} как [списать|потратить] баллы в приложении? [Не нахожу кнопку|Вроде "
            "накопилось 500]",
            "{h} а состав [фирменного соуса|булок|котлет] где-нибудь можно посмотреть? У "
            "ребёнка [аллергия на горчицу|непереносимость лактозы]",
            "{h} можно ли у вас [заказать|забронировать] [стол на день рождения|банкет на "
            "12 человек|кейтеринг на офис]?",
            "{h} доставка в {city} [работает?|есть?|будет когда-нибудь?]",
            "{h} подскажите, а [{dish}|детское комбо] планируете вернуть в меню?",
            "{h} здравствуйте, оплачивать у вас можно [бонусами Спасибо|по QR|наличными на "
            "доставке]?",
            "{h} можно к вам с собакой [на веранду|в зал]? {e_meh}",
            "{h} вопрос: котлеты [из говядины целиком|с добавками|свежие или заморозка]?",
            "{h} почему в приложении не показывается [ресторан {spot}|акция {promo}]? "
            "[Это только у меня?|Обновление нужно?]",
            "{h} подскажите, до какого числа идёт {promo}?",
            "{h} а у вас есть [вегетарианский бургер|постное меню|что-нибудь без мяса]?",
            "{h} я [забыл|оставил] [наушники|пакет с документами|шарф] в ресторане {spot} "
            "{when}, можно как-то узнать, не находили?",
            "{h} скажите, а в ресторане {spot} есть [детская комната|стульчики для "
            "малышей|пеленальный столик]?",
            "{h} как стать франчайзи? [Куда писать?|Есть презентация?]",
            "{h} добрый вечер, [можно ли вернуть|как вернуть] деньги за отменённый заказ?",
            "{h} сколько [калорий|белка] в позиции «{dish}»? [На сайте не нашла|В меню не "
            "указано]",
            "{h} а почему [у вас разные цены в приложении и на кассе|в разных ресторанах "
            "разные цены]? Просто интересно {e_meh}",
            "{h} можно заказать навынос [без пакета|в свою тару]?",
            "{h} здравствуйте! Вы [участвуете в «Пушкинской карте»|даёте скидку "
            "пенсионерам|делаете корпоративные скидки]?",
            "{h} подскажите, как [изменить адрес|поменять номер телефона] в приложении?",
        ),
        en=(
            "{h} hi, is {promo} valid [at every location|in the app only|{spot}]?",
            "{h} is the place {spot} open [on holidays|after 11pm|overnight]?",
            "{h} is the {dish} [spicy|gluten-free|available without sauce]?",
            "{h} do you [deliver to|have any locations in] {city}?",
            "{h} how do I [use|redeem] my points in the app? [Can't find the "
            "button|I have about 500]",
            "{h} where can I see [allergen info|the ingredients] for [the signature "
            "sauce|your buns]? My kid [is allergic to mustard|can't have dairy]",
            "{h} can I [book a table|order catering] for [a birthday|12 people|our office]?",
            "{h} is the {dish} coming back to the menu?",
            "{h} do you have [a veggie burger|any meat-free options]?",
            "{h} left my [headphones|scarf|bag] at your place {spot} {when}, did anyone "
            "find it?",
            "{h} are you hiring [students|part-time] in {city}?",
            "{h} how long does {promo} run?",
            "{h} can I bring my dog [inside|to the terrace]?",
            "{h} how many calories are in the {dish}? Can't find it [on the site|in the "
            "app]",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} заказ из приложения ехал [час|почти два часа], в пакете [всё холодное|всё "
            "мятое|ни капли соуса]. [Верните деньги за доставку|Как так?] {e_neg}",
            "{h} в ресторане {spot} [нет бумаги в туалете|грязные столы|на полу разлита "
            "кола] [уже третий день|с утра]. Кто-нибудь следит?",
            "{h} просила без лука — [лук есть|лука двойная порция]. Заказ [№ 4417|от "
            "{when}], чек сохранила",
            "{h} списали дважды за [один заказ|одно комбо]. [Когда вернёте?|Где "
            "возврат?] {e_neg}",
            "{h} промокод на {promo} [не применяется|пишет «недействителен»], хотя в "
            "рассылке [срок до конца месяца|он есть]",
            "{h} курьер [отдал заказ соседу|оставил пакет у подъезда|не поднялся на этаж], "
            "а {sigh} доставка платная",
            "{h} ваш кассир {spot} [нахамил моей маме|отказался дать чек|не дал сдачу], "
            "{when}, около [двух|шести] часов. Разберитесь, пожалуйста",
            "{h} заказал {dish}, а там [котлета сырая|попалась кость|жёсткий хрящ]. Фото "
            "[приложил|в "
            "личке]. Что будем делать?",
            "{h} приложение [не даёт оплатить|висит на загрузке|выкидывает из "
            "аккаунта] [второй день|с обновления] {e_neg}",
            "{h} заказ [не привезли вообще|так и не приехал], а в приложении [«доставлен»"
            "|«выполнен»]. {sigh}",
            "{h} в ресторане {spot} [не работает кондиционер|дует из двери], [в зале "
            "+30|сидеть невозможно]. Когда починят?",
            "{h} детское комбо [без игрушки|с чужой сломанной игрушкой], ребёнок [в "
            "слезах|расстроен]. {e_neg}",
            "{h} баллы за последние три заказа [не начислились|пропали]. [Куда "
            "делись?|Проверьте, пожалуйста]",
            "{h} на кассе сказали, что {promo} [«у нас не действует»|«давно отменили»], "
            "хотя на сайте [висит|она есть]",
            "{h} в пакете [не было картошки|забыли напиток|не тот бургер]. "
            "[Обидно|Неприятно], я уже дома",
            "{h} охранник в ресторане {spot} [грубо разговаривал|выгнал нас с подростками "
            "без причины|не пускал с коляской]. Это нормально?",
            "{h} почему цена на {dish} [выросла на 60 рублей|поменялась] без объявления?",
            "{h} в ресторане {spot} [на кухне видно, что работают без перчаток|повар "
            "трогал деньги и потом булки]. {e_neg}",
            "{h} [отменили заказ|заказ отменился сам], деньги [не вернулись|висят] "
            "[{n} дня|уже неделю]",
            "{h} ждал в ресторане {spot} [35 минут|полчаса] заказ: {dish} и кола. Зал [пустой"
            "|почти пустой]. Объясните",
            "{h} съел у вас {dish}, и [всю ночь тошнило|с утра болит живот]. [Что у вас с "
            "продуктами?|Проверьте кухню {spot}]",
            "{h} заказ на офис [опоздал на час|привезли не полностью], совещание [сорвано"
            "|прошло без обеда] {e_neg}",
            "{h} курьер [нагрубил|был без маски и кашлял на пакет|курил в лифте]. Заказ "
            "[от {when}|сегодняшний]",
            "{h} у вас в ресторане {spot} [персонал ругается матом при "
            "гостях|сотрудники орут друг на друга]. {e_neg}",
            "{h} шейк [был растаявший|протёк по всему пакету|прокисший на вкус]. Верните, "
            "пожалуйста, деньги",
            "{h} неделю назад писал в чат поддержки про возврат — [тишина|никто не "
            "ответил]. [Напоминаю|Жду]",
            "{h} терминал в ресторане {spot} [съел карту|списал и выдал ошибку], "
            "[деньги ушли|заказа нет]",
            "{h} [картошка|наггетсы] [пересолены|пережарены до черноты], {meh}. [Это "
            "не первый раз|Так нельзя]",
            "{h} вы обещали доставку за 30 минут, сейчас [1:10|час двадцать] и [курьер "
            "стоит на месте|никто не звонит] {e_neg}",
            "{h} {when} в ресторане {spot} [не дали стакан воды|отказались подогреть "
            "бутылочку для малыша]. [Серьёзно?|Печально]",
            "{h} в моём заказе [попался пластик|нашла чей-то волос|что-то хрустнуло на зубах], "
            "брала {dish}. Фото прилагаю, жду ответа",
            "{h} в приложении цена одна, на кассе другая. [Разница 90 рублей|Дороже на "
            "сотню]. Как так?",
            "{h} [в третий раз|снова] перепутали заказ {spot}, [вместо курицы "
            "говядина|вместо колы спрайт], {sigh}",
            "{h} в ресторане {spot} [закрыли зал в семь вечера|не пускают в туалет без "
            "чека]. Это новые правила?",
            "{h} курьер [съел картошку|вскрыл пакет] — коробка открыта, картошки "
            "половина. {e_neg}",
            "{h} детский праздник заказывали за неделю, [аниматора не было|торт "
            "перепутали]. Ребёнок плакал",
            "{h} в приложении висит «оплата не прошла», а с карты [ушло|списали] "
            "[1240|980]. Где деньги?",
            "{h} {when} в ресторане {spot} [стекло от стакана на полу никто не убрал|"
            "ребёнок порезался о стол]. Безобразие",
            "{h} купон из чека [не принимают|просрочен в день выдачи]. Смешно {lol}",
            "{h} ваш менеджер {spot} [накричал на стажёрку при гостях|выгнал курьера под "
            "дождь]. Противно смотреть",
            "{h} попросил заменить холодный заказ — [отказали|сказали «все так "
            "едят»]. {e_neg}",
            "{h} соус [в двух коробках|в каждом бургере] прокисший, проверьте "
            "[поставку|холодильник] {spot}",
            "{h} ролл из доставки [развалился|весь в масле], {meh}. Фото в личке",
            "{h} в зале {spot} [бегают мыши|видел таракана у стойки]. Видео есть {e_neg}",
            "{h} бонусная карта [не сканируется третий раз|«не найдена»]. Что делать?",
        ),
        en=(
            "{h} my app order took [over an hour|almost two hours] and the {dish} was "
            "[cold|squashed|missing the sauce] {e_neg}",
            "{h} you charged me twice for [one order|one combo]. When do I get the money "
            "back?",
            "{h} asked for no onions, got [onions|extra onions]. [Order from {when}|Receipt "
            "saved]",
            "{h} the promo code for {promo} [doesn't work|says invalid] but your email says "
            "it's valid",
            "{h} the courier [left my order downstairs|gave it to my neighbour|never came "
            "up] and delivery isn't free {e_neg}",
            "{h} [bathroom|dining room] at the place {spot} is [filthy|a mess] and nobody "
            "cares",
            "{h} my order [never arrived|didn't come] but the app says \"delivered\" {sigh}",
            "{h} cashier {spot} was [rude to my mom|refused to give a receipt] {when}. "
            "Please look into it",
            "{h} points for my last [three|few] orders [vanished from the app|were never added], "
            "receipts are right here",
            "{h} found [a hair|a bit of plastic|a bone] in my {dish}. Photos attached",
            "{h} the app [won't let me pay|keeps logging me out|crashes at checkout] "
            "[since the update|for two days now] {e_neg}",
            "{h} refund for my cancelled order still hasn't come after [{n} days|a week]",
            "{h} felt sick all night after your {dish}. [Check your kitchen|What's going "
            "on?] {e_neg}",
            "{h} the guard {spot} [was rude to us|kicked us out for no reason] {when}",
            "{h} price in the app and at the counter [don't match|differ by 90 rubles]. "
            "Why?",
            "{h} waited [35|40] minutes for a simple {dish} in an empty restaurant {spot}",
            "{h} kids' combo came without the toy, [my son cried|tears at our table] "
            "{e_neg}",
            "{h} the card terminal {spot} [charged me and printed an error|ate my card]",
            "{h} the courier [ate some fries|opened the bag], box open, half the fries "
            "gone {e_neg}",
            "{h} app says \"payment failed\" but my card was charged [1240|980]",
            "{h} the manager {spot} [yelled at a trainee in front of guests|sent a courier "
            "out into the rain]",
            "{h} saw [a mouse|a cockroach] by the counter {spot}. Have a video {e_neg}",
        ),
    ),
    comment=Texts(
        ru=(
            "А {dish} когда вернёте? [Скучаю по нему|Ходила ради него] {e_meh}",
            "Выглядит [вкусно|аппетитно], [завтра же пойду пробовать|вечером заскочу] {e_pos}",
            "Только вот в ресторане {spot} [эту акцию не знают|всё закончилось к обеду]",
            "[Лучше бы|Может, лучше] [картошку нормальную вернули|цены снизили] {lol}",
            "Уже [взяла вчера|попробовал в обед], {good} {e_pos}",
            "А в {city} [когда откроетесь?|вообще планируете?|будет хоть одна точка?]",
            "[Ура-ура|Наконец-то дождались], [беру двойную|бегу] {e_pos}",
            "Вчера брал — [{good}|{meh}, но в целом норм]",
            "Доставка на эту акцию [тоже распространяется|работает] или только в зале?",
            "Сделайте [наконец|пожалуйста] [острый соус побольше|нормальные безглютеновые "
            "булки|кофе без сахара в комбо]",
            "Вот бы ещё [в приложении|на кассе] это всё работало {e_meh}",
            "[Сколько стоит-то?|А по цене что?|Почём удовольствие?]",
            "[Отметила|Тегнула] [мужа|подругу], пусть ведёт меня {lol}",
            "Картинка огонь, а [в жизни|на подносе] посмотрим {e_meh}",
            "[Лучшая новость за неделю|Вот это я понимаю новость] {e_pos}",
            "Ответьте лучше [в личке|на мой вопрос про возврат], третий день жду",
            "А без лука [можно будет?|сделаете?|тоже так вкусно?]",
            "[Как всегда|Всё по классике]: реклама красивая {lol}",
            "Моя любимая позиция, [спасибо|не убирайте больше] {e_pos}",
            "А ночью [акция действует|это тоже можно взять] или только днём?",
        ),
        en=(
            "When is the {dish} coming back? [I miss it|It was the only reason I came] "
            "{e_meh}",
            "Looks [delicious|so good], [trying it tomorrow|grabbing one after work] {e_pos}",
            "Does this [work for delivery too|apply in the app] or only in the restaurant?",
            "Already tried it [yesterday|at lunch], {good} {e_pos}",
            "[Pictures|Ads] always look better than the real thing {lol}",
            "[Open one in {city} please!|Any plans for {city}?]",
            "How much is it [after the promo|without the app discount]?",
        ),
    ),
    reply=Texts(
        ru=(
            "[Плюсую|Согласен|+1], у нас {spot} [так же|та же история]",
            "Странно, у меня [всё было норм|никаких проблем] [на той неделе|вчера]",
            "Попробуй в другом ресторане, [этот всегда такой|там смена получше]",
            "{lol} узнаю {b_acc}, [классика|как всегда]",
            "А в приложении через поддержку [писали?|пробовал?]",
            "У меня [наоборот|в прошлый раз наоборот], {good}",
            "Пиши [в Роспотребнадзор|им в личку], [они быстрее реагируют|так быстрее]",
            "Не знаю, я туда [только за шейками|раз в месяц] хожу",
            "[Фото есть?|Покажи фото, интересно] {e_meh}",
            "[Тоже это заметил|Да, так и есть], {meh}",
            "Ну это же фастфуд, чего ты [ждал|ждала] {lol}",
            "{b} {spot} вообще [лучший в городе|самый спокойный]",
            "Зато [быстро|дёшево], а [это главное|мне больше и не надо]",
            "У меня {who} там работает, говорит, [кухню проверяют часто|всё свежее]",
            "Вот-вот, я тоже [перестал|перестала] туда ходить",
            "А я [вчера|на прошлой неделе] как раз там [ела|обедал], [всё ок|ничего такого]",
            "Согласна, {dish} — [лучшее в меню|топ] {e_pos}",
            "Главное — не брать {dish}, [остальное норм|остальное ещё ничего]",
            "[Так|Да] у всех сетей сейчас так, не только у {b_gen}",
            "Спасибо за совет, [зайду|попробую {dish}] {e_pos}",
        ),
        en=(
            "Same here, the one {spot} [is the same|is no better]",
            "Weird, mine was [fine|great] [last week|yesterday]",
            "Try a different location, [that one's always like that|the night crew is "
            "better]",
            "Did you [message their support|try the in-app chat]?",
            "{lol} that's {b} for you, every single time",
            "Really? {good} for me [last time|on Tuesday]",
            "Pics or it didn't happen, show us the burger {e_meh}",
            "It's fast food, what were you expecting, Michelin? {lol}",
            "Agreed, the {dish} is the best thing [there|on the menu]",
        ),
        mixed=(
            "Same, у меня тоже {meh}, [прям один в один|на той неделе]",
            "Lol, classic {b}, [ничего нового|как всегда]",
            "Попробуй другой location, там [лучше|смена норм]",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! [Очень жаль|Нам очень неприятно], что так вышло. Напишите, "
            "пожалуйста, номер заказа в личные сообщения — разберёмся[ 🙏|]",
            "Добрый день! Спасибо, что сообщили. Передали информацию управляющему "
            "ресторана, [он свяжется с вами|с вами свяжутся] в течение дня",
            "Здравствуйте! [Акция|Предложение] действует во всех ресторанах сети и в "
            "приложении до конца месяца. Приятного аппетита!",
            "Приносим извинения за ожидание. Мы [уже проверяем|проверяем] заказ и вернём "
            "деньги за доставку. Подробности отправили в личку",
            "Здравствуйте! Ресторан работает [ежедневно с 8:00 до 23:00|круглосуточно], "
            "[ждём вас|будем рады видеть]!",
            "Спасибо за обратную связь! Это [не соответствует|противоречит] нашим "
            "стандартам, мы проведём проверку в ресторане",
            "Добрый вечер! Напишите, пожалуйста, в личные сообщения [телефон из "
            "профиля|номер заказа и время], проверим баллы",
            "Здравствуйте! Информация о составе и аллергенах есть на сайте в разделе "
            "«Меню», [а также на кассе по запросу|в карточке каждого блюда]",
            "Очень жаль это слышать. Возврат оформлен, деньги [поступят в течение 3–5 "
            "рабочих дней|вернутся на карту в ближайшие дни]",
            "Здравствуйте! Передали ваш отзыв [команде ресторана|руководству смены]. "
            "Спасибо, что помогаете нам становиться лучше",
            "Добрый день! Проверили: [обновление приложения уже вышло|ошибку "
            "исправили], попробуйте, пожалуйста, ещё раз",
            "Здравствуйте! [Вакансии|Открытые вакансии] есть на нашем сайте в разделе "
            "«Работа у нас», [ждём ваш отклик|будем рады]",
            "Извините, пожалуйста! Такого быть не должно. Мы уже [связались с "
            "рестораном|передали жалобу], ответим вам в личных сообщениях",
            "Здравствуйте! Забытые вещи хранятся в ресторане [7 дней|неделю], подойдите "
            "к администратору с документом",
            "Спасибо, что написали! Уточните, пожалуйста, адрес ресторана и время визита, "
            "мы [всё проверим|разберёмся]",
            "Добрый день! К сожалению, [это блюдо временно недоступно|позиция выведена из "
            "меню], но мы передали ваше пожелание шеф-повару",
            "Здравствуйте! Мы [очень сожалеем|сожалеем], что визит [испортил вам "
            "настроение|прошёл не так]. Компенсацию отправили промокодом в личку",
        ),
        en=(
            "Hi! We're really sorry about that. Please DM us your order number and we'll "
            "sort it out",
            "Hello! Thanks for letting us know, we've passed this on to the restaurant "
            "manager",
            "Hi! The offer is valid at all our locations and in the app until the end of "
            "the month",
            "We apologise for the wait. A refund for delivery is on its way, details in DMs",
            "Hi! Allergen info is on our website under \"Menu\" and at the counter on "
            "request",
            "So sorry to hear this. Refund issued, it should arrive within 3–5 business days",
            "Thanks for the feedback! This isn't our standard, we'll check with the team",
            "Hi! Please DM us the phone number on your account and we'll check your points",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, [деньги пришли|всё вернули], [быстро|оперативно] {e_pos}",
            "[Благодарю|Спасибо], ответили в личке, вопрос [решён|закрыт]",
            "Ок, [спасибо, что так быстро|приятно, что ответили] {e_pos}",
            "Спасибо! [Промокод получила|Баллы вернулись], претензий нет",
            "О, неожиданно быстро ответили. Спасибо {e_pos}",
            "Спасибо, менеджер позвонил, [извинился|всё объяснил]",
            "Ну хоть кто-то [реагирует|отвечает], спасибо {e_meh}",
        ),
        en=(
            "Thanks, [refund arrived|money's back] {e_pos}",
            "Got your DM, all sorted, [thank you|cheers]",
            "Appreciate the quick reply, [didn't expect it|nice one] {e_pos}",
            "Thanks, the manager called and apologised",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Написал в личку ещё [утром|вчера], [ответа нет|молчите]",
            "Вы так отвечаете всем, а [деньги так и не вернулись|заказа всё нет] {e_neg}",
            "Спасибо, но [промокод не работает|баллы так и не начислились]",
            "Уже [{n} дня|неделю] «разбираетесь». Сколько ещё ждать?",
            "Менеджер так и не [позвонил|вышел на связь]. {sigh}",
            "Обновление поставила — [не помогло|всё то же самое]",
            "Шаблонный ответ под копирку, а ничего не изменилось {e_neg}",
            "[Так|Ну] и где компенсация? В личке пусто",
        ),
        en=(
            "DMed you [this morning|yesterday], still no answer",
            "Still no refund after [{n} days|a week], and the order never came {e_neg}",
            "Updated the app, [same problem|didn't help]",
            "That's a copy-paste answer and nothing changed {sigh}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Хожу в этот ресторан {spot} [почти каждую неделю|года два], ни разу не "
            "разочаровал. {good}. Пять звёзд",
            "[Быстро, чисто, вкусно|Чисто, вкусно и без очереди]. Брала {dish}, {good}",
            "Отличное место для быстрого обеда. {good}, персонал вежливый",
            "Заехали с семьёй по дороге, дети довольны, {good}. Туалет чистый, что редкость",
            "{b} {spot} — один из лучших в сети. [Повара стараются|Смена работает "
            "чётко], {good}",
            "Цена-качество на уровне. {dish} — [рекомендую|мой выбор], {good}",
            "Заказывали доставку, приехала [раньше обещанного|за 30 минут], всё горячее, "
            "{good}",
            "Девушка на кассе [помогла выбрать|посоветовала {promo}], было вкусно и выгодно",
            "[Неплохо|Хорошо] для фастфуда: {good}. [Минус балл за парковку|Вернусь ещё]",
            "Очень уютный зал, [есть розетки|быстрый вайфай], можно поработать с "
            "ноутбуком. {dish} — вкусно",
            "Праздновали день рождения сына, [всё организовали|дали шарики и колпаки], "
            "ребёнок счастлив",
            "Ночью работают, что спасает после смены. {good}",
            "Удобное приложение, заказ забрала без очереди, {good}. Спасибо!",
            "Первый раз были, понравилось: {good}, {good_more}",
        ),
        en=(
            "Quick, clean and tasty. Had the {dish}, {good}",
            "Great spot for a fast lunch {spot}, {good}. Friendly staff",
            "Stopped here on a road trip with the kids, {good}. Clean restrooms too",
            "Good value for the money, {good}. Will be back for the {dish}",
            "Delivery came early and everything was hot, {good}",
            "Open late, which saved me after a night shift. {good}",
            "First visit and I liked it: {good}, {good_more}",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Ждали заказ 40 минут при пустом зале. Еда [холодная|пересоленная], "
            "{meh}. Не рекомендую",
            "Грязно: [столы липкие|пол мокрый|урны переполнены]. Персонал [сидит в "
            "телефонах|болтает у кассы]. {meh_more}",
            "Единица. [Перепутали заказ|Забыли половину заказа], на просьбу исправить "
            "[закатили глаза|сказали «ждите»]",
            "Доставка [опоздала на час|приехала через полтора часа], курьер [даже не "
            "извинился|грубил]. Всё [всмятку|в мятой коробке]",
            "После посещения [ресторана {spot}|этого ресторана] у [ребёнка|мужа] "
            "[отравление|болел живот два дня]. Больше не придём",
            "Кассир [нахамила|разговаривала через губу], [сдачу бросила на "
            "стойку|чек не дала]. {meh}",
            "Цены как в кафе, а качество [хуже столовой|так себе]: {meh}, {meh_more}",
            "В туалете [нет мыла|нет бумаги и сломан замок|грязь], в зале [пахнет "
            "горелым маслом|мухи]. Фу",
            "Промокод на {promo} не приняли, хотя в приложении он [активен|висит]. "
            "[Пришлось платить полную цену|Ушли без заказа]",
            "Бургер [на картинке|в рекламе] и в жизни — небо и земля. {meh}. "
            "Разочарована",
            "Охранник [выгнал нас|попросил уйти] за 20 минут до закрытия, хотя мы [ещё "
            "ели|только сели]. Неприятно",
            "Заказ собирали 25 минут, [в итоге без напитка|а картошка уже холодная]. "
            "[Ставлю два|Единица]",
            "[Котлета сырая внутри|В бургере попалась кость]. Менеджер [сказал «бывает»|даже "
            "не подошёл]. Ужас",
            "Дважды списали деньги, [возврат неделю|до сих пор не вернули]. Поддержка "
            "отвечает шаблонами",
            "Ресторан {spot} [стал хуже после смены управляющего|испортился]: {meh}, "
            "[очереди|бардак на выдаче]",
            "Детское комбо без игрушки, [сок тёплый|картошка пересолена]. Ребёнок "
            "расстроился. Минус звезда за каждое",
            "[Кондиционер не работает|В зале +30], сидеть невозможно, {meh}",
            "Терминалы самообслуживания [не работают|зависают], на кассе одна девушка на "
            "весь зал. Очередь [до двери|на полчаса]",
            "Курьер [оставил заказ внизу|не поднялся на этаж|звонил пять раз и ругался]. "
            "За доставку больше платить не буду",
            "[Неделю назад|Месяц назад] было вкусно, сегодня {meh}. [Что случилось с "
            "кухней?|Стабильности ноль]",
            "Соус платный, салфетки по просьбе, лёд в коле на полстакана. [Экономия на "
            "всём|Жадность]",
            "Шейк [тёплый|растаявший|пах чем-то странным], заменить [отказались|не "
            "захотели]. 1/5",
            "Сотрудники [курят прямо у входа|ругаются матом при детях]. {meh_more}",
            "Взял {dish} — [булка чёрствая|котлета как подошва|одна капуста], "
            "{meh}. Зря потраченные деньги",
            "[Звонила|Писала] узнать про забытую вещь — [трубку не берут|никто не "
            "ответил]. Сервис на нуле",
            "Сидели на веранде — [осы, грязные столы|мусор под ногами], никто не "
            "убирает. {meh}",
            "Очень долго. [Четверо на кухне, а заказ ждёшь|Зал пустой, а ждёшь] 20 минут. "
            "{meh_more}",
            "Приложение показало «готово», а на выдаче [ещё даже не начинали|сказали "
            "подождать 15 минут]",
            "Обслуживание [ужасное|хамское], {meh}. [Не ходите в этот ресторан|Выбирайте "
            "другой]",
            "Порции [уменьшились|стали крошечными], цены [выросли|поднялись на "
            "треть]. Как-то некрасиво",
            "Картошка [вчерашняя|вялая], наггетсы [пересушены|пахнут старым маслом]. "
            "Больше сюда ни ногой",
            "Заказывали на детский праздник, [привезли на час позже|половины не "
            "было], праздник испорчен",
            "Охрана [смотрит на всех как на воров|ходит по пятам]. Ощущение, будто "
            "пришёл не поесть, а на допрос",
            "[Сделали замечание|Попросила убрать со стола] — ответили «сами "
            "уберёте». {meh}",
            "[Ничего особенного|Средне], а за такие деньги и вовсе плохо: {meh}",
            "Кофе [холодный|горелый], булочка [каменная|вчерашняя]. Завтракать тут не "
            "советую",
            "Вечером [нет половины меню|закончилась курица], а до закрытия ещё три "
            "часа. Зачем работать?",
            "Заказ [потеряли|отдали другому], второй раз ждали 20 минут. Без "
            "извинений",
            "Детский праздник [сорвали|провели кое-как]: аниматор опоздал, комбо "
            "холодные",
            "Столы у окна [в крошках|с пятнами кетчупа] весь вечер. Уборщицу не видели",
            "Бонусная карта [не работает|не копит баллы], на кассе говорят «пишите в "
            "поддержку». {meh}",
            "Сотрудник [чихнул на выдачу|ел картошку с подноса]. Аппетит пропал",
            "Пришли в 22:50 — [отказались обслуживать|сказали «кухня закрыта»], хотя "
            "до 23:00",
            "Наггетсы [сырые внутри|с кровью], вернули — [дали новые молча|спорили]",
            "Музыка [оглушительная|орёт], дети плачут, разговаривать невозможно. {meh}",
        ),
        en=(
            "Waited 40 minutes in an empty restaurant. The {dish} was [cold|too salty], "
            "{meh}",
            "Dirty tables, [wet floor|overflowing bins], staff on their phones. {meh_more}",
            "One star. They [got my order wrong|forgot half of it] and [rolled their "
            "eyes|told me to wait] when I asked",
            "Delivery was [an hour late|90 minutes], the courier [didn't even apologise|was "
            "rude]",
            "My [kid|husband] got sick after eating here. Never again",
            "Promo code for {promo} wasn't accepted though it's active in the app",
            "Burger in the ads vs in real life: [not even close|two different "
            "things]. {meh}",
            "Charged twice, refund [still pending|took a week]. Support only sends "
            "templates",
            "Kids' combo without the toy and the juice was warm. Disappointed",
            "The guard [asked us to leave|hovered over us] 20 minutes before closing",
            "[No soap|No paper] in the restroom and the dining room smelled of burnt oil",
            "Was good a month ago, today {meh}. [Zero consistency|What happened?]",
            "Portions got smaller, prices went up a third. Not cool",
            "Half the menu gone by evening, still three hours before closing",
            "They [lost|gave away] our order, waited another 20 minutes, no apology",
            "Staff member [sneezed over the pass|ate fries off a tray]. Lost my appetite",
            "Came at 22:50, [refused service|\"kitchen's closed\"] though they close at 23",
            "Nuggets [raw inside|pink in the middle], exchange took an argument",
            "Music was [deafening|blasting], kids crying, couldn't talk. {meh}",
            "Loyalty card [doesn't scan|never earns points], cashier says \"write to "
            "support\"",
            "Window tables [covered in crumbs|ketchup-stained] all evening",
            "Kids' party was [a mess|ruined]: entertainer late, combos cold",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Нам очень жаль, что визит оставил такое впечатление. Мы "
            "передали отзыв управляющему, [он проведёт разбор|разберёмся с ситуацией]",
            "Добрый день! Приносим извинения. Пожалуйста, напишите нам на почту "
            "[с номером заказа|с датой визита], мы свяжемся с вами",
            "Спасибо, что рассказали. Такое обслуживание не соответствует нашим "
            "стандартам, с сотрудниками проведена беседа",
            "Здравствуйте! Извините за долгое ожидание. Мы [усилили смену в часы "
            "пик|пересматриваем график], надеемся, в следующий раз всё будет лучше",
            "Очень сожалеем! Отзыв передан [в отдел качества|шеф-повару сети]. Будем рады, "
            "если дадите нам ещё один шанс",
            "Здравствуйте! Проверили ваш заказ: возврат оформлен. Приносим извинения за "
            "неудобства",
        ),
        en=(
            "Hello! We're sorry your visit left this impression. The manager has been "
            "informed",
            "We apologise. Please email us your order number and visit date, we'll get "
            "back to you",
            "Thank you for the feedback, it's been passed to our quality team",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за тёплый отзыв! Ждём вас снова, соус за нами {e_pos}",
            "Благодарим! Передали ваши слова команде ресторана, им очень приятно",
            "Спасибо, что выбираете нас! Приятного аппетита и до встречи",
            "Как здорово, что вам понравилось! Обязательно попробуйте и {promo}",
        ),
        en=(
            "Thank you for the kind words! Hope to see you again {e_pos}",
            "Thanks! We've passed this on to the team, they're very happy",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. По записям камер заказ был выдан через 9 минут после оплаты, "
            "а не через 40. Готовы обсудить детали в личных сообщениях",
            "Добрый день. Мы проверили смену: по чеку в заказе не было отметки «без лука». "
            "Тем не менее готовы заменить блюдо при следующем визите",
            "Здравствуйте. В указанное время ресторан работал в обычном режиме, жалоб от "
            "других гостей не поступало. Пришлите, пожалуйста, чек — проверим",
        ),
        en=(
            "Hello. Our cameras show the order was handed over 9 minutes after payment. "
            "Happy to discuss details in DMs",
            "Hi. The receipt for this order has no \"no onion\" note, but we'll happily "
            "replace the item next time",
        ),
    ),
    official_post=Texts(
        ru=(
            "{promo} — [уже в ресторанах|с сегодняшнего дня] и в приложении. [Успейте до "
            "конца месяца|Ждём вас]! {e_pos}",
            "Новинка в меню: [бургер «Барбекю Гранд»|острый ролл «Халапеньо»|шейк с "
            "солёной карамелью]. [Пробуйте и делитесь впечатлениями|Расскажите, "
            "как вам] {e_pos}",
            "Мы открылись {spot}! Первые три дня — [{promo}|подарок к каждому заказу]",
            "Команда {b_gen} поздравляет всех [с пятницей|с началом лета|с Днём студента]! "
            "Сегодня {promo} {e_pos}",
            "[Ищем|Набираем] в команду поваров и кассиров в {city}. Гибкий график, "
            "бесплатное питание, обучение с нуля",
            "Как мы готовим котлеты: [говядина от фермеров из Брянской области|мясо "
            "привозим охлаждённым каждое утро], никакой заморозки. Показываем в видео",
            "Обновили приложение: [заказ к столу по QR|баллы теперь видно сразу|добавили "
            "оплату по СБП]. Скачивайте новую версию",
            "Конкурс! Сфотографируйте свой заказ и отметьте нас — три автора лучших фото "
            "получат [год бесплатных бургеров|сертификаты на 5000 ₽]",
            "В эти выходные {b} на [фестивале уличной еды|городском празднике] в {city}. "
            "Приходите к нашему фудтраку {e_pos}",
            "Режим работы в праздничные дни: все рестораны открыты [с 10:00 до "
            "23:00|по обычному графику]. Доставка работает",
            "Вы просили — мы вернули! {dish} снова в меню {e_pos}",
            "Отвечаем на частый вопрос: да, [соусы можно взять отдельно|булку можно "
            "заменить на лист салата|бургеры можно заказать без глютена]",
            "{b} поддерживает [городской забег|приют для собак|школьную олимпиаду] — "
            "[часть выручки этой недели передадим|ждём всех на старте]",
            "Новые часы работы ресторана {spot}: теперь [до 2:00 ночи|круглосуточно]",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Сегодня были на открытии {b_gen} {spot}. [Спасибо команде, ребята "
            "молодцы|Очередь с утра — лучший отзыв]",
            "Читаю [«Хорошо, отлично, великолепно»|книгу про Toyota Way|биографию Рэя "
            "Крока]. [Много про то, как мы строим процессы|Полезно для любой сети]",
            "Пробежал [полумарафон|первые 30 км] в {city}. [Ноги гудят|Результат так "
            "себе], но доволен",
            "[Провёл день|Отработал смену] на кухне ресторана {spot}. Лучший способ "
            "понять, что работает, а что нет",
            "Встречались с фермерами из [Брянской|Воронежской] области. [Говядина у нас "
            "будет своя|Обсудили поставки на следующий год]",
            "Часто спрашивают, почему мы не [продаём пиво|делаем доставку "
            "роботами|работаем по франшизе]. Коротко: [пока рано|не наш путь]",
            "{b} — [семь|восемь] лет. Начинали с [одного фудтрака|киоска у вокзала], "
            "сейчас [больше сотни ресторанов|сто двадцать точек]. Спасибо всем, кто с нами",
            "Воскресенье. [Дети, дача, шашлык|Лес, велосипед, без телефона]. Всем хороших "
            "выходных",
            "Провели планёрку с управляющими. Главное на квартал: [скорость "
            "выдачи|чистота залов|приложение]",
            "Выступал на [форуме ресторанного бизнеса|конференции франчайзи] в {city}. "
            "[Слайды выложу позже|Спасибо за вопросы]",
            "Новая упаковка {b_gen} [без пластика|из переработанного картона] — "
            "[долго шли к этому|дороже на 4 рубля за заказ, но оно того стоит]",
            "Наш шеф [вернулся из Стамбула|съездил в Техас] с идеями для новых соусов. "
            "[Скоро покажем|Тестируем]",
            "[Поздравляю|С днём рождения] [нашего операционного директора|главного "
            "технолога]! Без тебя {b} был бы другим",
            "Зашёл инкогнито в ресторан {spot}. [Заказ за 6 минут, всё чисто|Есть что "
            "подтянуть, но в целом хорошо]",
            "Стажёры этого месяца — [сорок|шестьдесят] человек. Многие из наших "
            "управляющих начинали так же, за кассой",
            "Цены на говядину за год выросли на [18|22]%. Мы пока держим цены в меню, "
            "но [это непросто|считаем каждую копейку]",
            "Отвечу на вопросы в комментариях до [вечера|конца дня]. Спрашивайте про "
            "{b_acc}, бизнес, что угодно",
            "Утро в офисе начинается с дегустации. Сегодня [три новых соуса|новая булка"
            "|острый Гранд]. Один точно пойдёт в меню",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Обзор: весь новый сезон в {b_pre}. Лучшее — {dish}, {good}. [Полное видео "
            "по ссылке|Смотрите до конца]",
            "Слепой тест бургеров из пяти сетей: {b} [на первом месте|во втором раунде "
            "разгромил всех]. Сам в шоке",
            "Провёл день, питаясь только в {b_pre}. [Не советую повторять|Выжил], но "
            "{dish} — реально вкусно {lol}",
            "{b} прислал набор новинок, честно: {good}. [Не реклама, проверено|Без "
            "купюр в сторис]",
            "Топ-3 фастфуда в {city} по версии подписчиков: {b}, [шаверма у "
            "вокзала|бургерная на углу] и [пончики|пельменная]",
            "Сравнил цены и граммовку: у {b_gen} [больше мяса за рубль|лучшее "
            "соотношение] среди сетей",
        ),
        en=(
            "Blind taste test of five chains: {b} [won|came first]. Didn't expect that",
            "Full review of the {b} seasonal menu is up. Best one: the {dish}, {good}",
            "Ate only {b} for a day so you don't have to {lol} Verdict: the {dish} slaps",
            "Ranking fast food in {city}: {b} at the top, {good}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Заказал в {b_pre} то же, что в рекламе, и сравнил. [Вес котлеты на 40% "
            "меньше|Разница видна без весов]. Видео уже на канале",
            "Подписчики прислали [сорок|сотню] фото заказов из {b_gen} за неделю: {meh}, "
            "{meh_more}. Что у вас происходит?",
            "{b} [поднял цены третий раз за год|урезал порции]. Разбираю, куда уходят ваши "
            "деньги",
            "Проверил чистоту в [пяти|семи] ресторанах {b_gen}. Результат [так себе|печальный]"
            ", подробности в ролике",
        ),
        en=(
            "Ordered exactly what's in the {b} ad and compared: [the patty is 40% "
            "smaller|not even close]. Video is up",
            "Followers sent me [dozens of|a hundred] photos of {b} orders this week. {meh}",
            "{b} raised prices for the third time this year. Breaking down where your money "
            "goes",
        ),
    ),
    decoy=Texts(
        ru=(
            "Как приготовить сочный бургер дома: [фарш 20% жирности|котлету не "
            "мять|переворачивать один раз]. Рецепт в карточках {e_pos}",
            "Сделала мужу сочный бургер на [ужин|годовщину], [получилось лучше, чем в "
            "кафе|он в восторге] {e_pos}",
            "Секрет, чтобы сочный бургер не развалился: [охлаждённая котлета|щепотка "
            "соли только сверху|поджаренная булка]",
            "Шашлыки отменились из-за дождя, жарим на сковородке. Всё равно будет сочный "
            "бургер {lol}",
            "[В кафе у дома|На фудкорте в аэропорту] подали реально сочный бургер, "
            "[не ожидал|приятно удивили]",
            "Нарисовала для [детской книжки|меню кафе] сочный бургер акварелью, "
            "[нравится?|первая попытка] {e_meh}",
            "Гриль-сезон открыт: сочный бургер, [кукуруза|печёный перец|картошка в "
            "фольге] и [лимонад|холодный квас] {e_pos}",
            "Сочный бургер из индейки — [миф|реальность]? [Проверяю три "
            "рецепта|Делюсь своим способом]",
            "Сын впервые сам приготовил сочный бургер, [кухня в муке, но вкусно|гордость "
            "распирает] {e_pos}",
            "Ставлю [новую|вторую] коптильню на даче, мечтаю про сочный бургер с дымком",
            "Фотограф еды на минималках: сочный бургер, [окно|лампа с подоконника] и "
            "[телефон|старый зеркальник]",
            "В Стамбуле за углом от отеля [нашли|была] крошечная бургерная, сочный бургер "
            "[за копейки|с бараниной]. Скучаю",
            "Из остатков фарша получился сочный бургер. [Не выбрасывайте еду|Экономия — "
            "наше всё] {lol}",
            "Вопрос поварам: как сделать сочный бургер из [постной говядины|курицы]? "
            "Всегда [сухо|сухой выходит]",
            "Мой идеальный субботний завтрак — сочный бургер с яйцом и [беконом|авокадо]"
            " {e_pos}",
            "Рисую [комикс|стикерпак], где главный герой — сочный бургер в очках {lol}",
            "В рецепте написано «сочный бургер за 15 минут». [У меня ушёл час|Врут] {lol}",
            "Пробую веганский сочный бургер из [нута|грибов|свёклы], [вау|неожиданно "
            "вкусно]",
            "На курсах поваров сегодня тема: сочный бургер и правильная прожарка",
            "Ребёнок нарисовал в школе «еду мечты» — сочный бургер в три этажа {e_pos}",
            "Как сфотографировать сочный бургер, чтобы текло: [кисточка с маслом|немного "
            "глицерина]. Фудстилисты поймут {lol}",
            "Сочный бургер на углях vs на сковороде: [разница есть|честно, почти "
            "никакой]",
            "Стримлю, как готовлю сочный бургер [по рецепту бабушки|без булки], "
            "заходите",
            "Вычитала, что сочный бургер лучше солить только перед жаркой. Проверю "
            "[сегодня|на выходных]",
            "Муж обещал сочный бургер на ужин, [жду|пахнет уже на весь подъезд] {e_pos}",
        ),
        en=(
            "Tried my Russian grandma's trick for a \"сочный бургер\" — a spoon of ice "
            "water in the mince. [Works|Game changer]",
            "Word of the day: \"сочный\" = juicy. As in сочный бургер {lol}",
            "My Russian roommate calls every good burger a \"сочный бургер\" now and honestly "
            "[fair|same]",
            "Learning Russian through food: сочный бургер, картошка, квас. [Priorities|Day "
            "{n}]",
            "Our Moscow cooking class made a сочный бургер today, [mine fell apart|mine was "
            "perfect] {lol}",
            "Menu at the Russian café in [Riga|Berlin] literally says \"сочный бургер\". "
            "It was, to be fair",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Хотела сделать сочный бургер, а получилась [подошва|сухая котлета]. Фарш "
            "из магазина [подвёл|оказался с жилами] {e_neg}",
            "В кафе [на вокзале|у офиса] обещали сочный бургер, принесли [сухарь|что-то "
            "серое]. [Никогда больше|Обидно]",
            "Три часа готовил сочный бургер на гриле, [пошёл ливень|угли потухли], "
            "всё мимо {sigh}",
            "Врачи снова напоминают: сочный бургер каждый день — [прямой путь к "
            "холестерину|плохая идея]. Эх",
            "Диетолог на приёме: «Забудьте про сочный бургер». Я: {e_neg}",
        ),
        en=(
            "Tried making a \"сочный бургер\" like my Russian friend showed me, ended up "
            "with [a hockey puck|charcoal] {sigh}",
            "The \"сочный бургер\" at the Russian café downtown was [dry|sad] {e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Полюшко»
POLYUSHKO = BrandTexts(
    vocab=Vocab(
        ru={
            "dish_home": ("гречневые оладушки с яблоком", "гречаники с грибной подливкой",
                          "суп с гречкой и фрикадельками", "гречотто с белыми грибами",
                          "плов из гречки с курицей", "тёплый гречневый салат с тыквой",
                          "гуляш с гречкой по-студенчески", "ленивые голубцы с гречкой",
                          "горшочек гречки с телятиной", "завтрак из гречки с яйцом-пашот"),
            "good": ("крупа чистая, перебирать ничего не пришлось",
                     "разваривается ровно, зёрнышко к зёрнышку",
                     "пахнет по-настоящему, как у бабушки в деревне",
                     "сварилась минут за пятнадцать и не слиплась",
                     "ни одного камушка на всю пачку",
                     "пакет с зип-застёжкой, удобно хранить в шкафу",
                     "цвет ровный, без чёрных зёрен", "вкус ореховый, с лёгкой обжаркой"),
            "meh": ("попадаются чёрные зёрна и шелуха", "пачка разошлась по шву при открытии",
                    "на дне пачки осела шелуха", "разваривается в кашу за десять минут",
                    "подорожала на двадцатку за месяц", "запах слабее, чем раньше",
                    "пакетики для варки слипаются в комок",
                    "в пачке по ощущениям меньше, чем написано"),
            "grain": ("пакет ядрицы «Алтайская»", "продел из башкирской гречки",
                      "пакет зелёной гречки для проращивания",
                      "набор пакетиков для варки по 80 граммов",
                      "крафт-пакет органической ядрицы", "пакет гречневой муки",
                      "килограммовый пакет ядрицы", "гречневые хлопья без варки"),
            "shop": ("в Пятёрочке напротив поликлиники", "в Магните возле автомойки",
                     "во ВкусВилле на первом этаже бизнес-центра", "в пункте выдачи Озона",
                     "в Ленте на скидках выходного дня", "в Перекрёстке рядом с бассейном",
                     "в сельпо у нас в деревне", "на Вайлдберриз со скидкой",
                     "в маленьком магазинчике у остановки"),
            "found_item": ("камешек размером с ноготь в пачке ядрицы",
                           "личинок моли в свежей пачке",
                           "осколок стекла в гречке прямо в тарелке",
                           "мышиный помёт в запечатанном пакете"),
            "found_short": ("камень", "личинки", "стекло", "помёт"),
            "ignored_issue": ("в пачках новой партии недовес почти двести граммов",
                              "обещанный кешбэк за чек из летней акции так и не пришёл",
                              "крупа из последней партии пахнет сыростью и плесенью"),
            "gaffe_topic": ("тех, кто варит гречку в пакетиках и считает это едой",
                            "людей, которые пишут про недовес, не умея пользоваться весами",
                            "тех, кто берёт гречку исключительно по жёлтым ценникам"),
            "fake_claim": ("в пачки подмешивают дешёвую импортную крупу, обработанную "
                           "пестицидами",
                           "партию с заражённым зерном отозвали, а потом тихо вернули на "
                           "полки",
                           "гречку перед фасовкой обрабатывают химией от жучков, опасной "
                           "для детей"),
        },
        en={
            "dish_home": ("buckwheat with chanterelles and crispy onion",
                          "thin buckwheat crêpes with ham", "buckwheat risotto with porcini",
                          "buckwheat and chicken pilaf", "warm buckwheat salad with pumpkin",
                          "buckwheat with a poached egg", "buckwheat soup with meatballs"),
            "good": ("the groats are clean, nothing to pick out",
                     "every grain cooks separately, nothing mushy",
                     "it smells the way my grandma's kitchen did",
                     "it cooked in fifteen minutes without sticking",
                     "I didn't find one stone in the entire kilo",
                     "the zip bag keeps it fresh in the cupboard",
                     "the taste is nutty, lightly toasted"),
            "meh": ("there are black grains and husk in it", "the bag split at the seam",
                    "husk settles at the bottom of the pack",
                    "it goes to mush in ten minutes", "the price crept up again this month",
                    "the smell is weaker than it used to be",
                    "the boil-in-bags clump into one lump"),
            "grain": ("Altai roasted kernels", "raw green kernels for sprouting at home",
                      "80-gram boil-in-bags", "organic kernels in the kraft bag",
                      "fine-milled buckwheat flour", "no-cook buckwheat flakes",
                      "broken-grain prodel"),
            "shop": ("at the Pyaterochka across from the clinic", "from an Ozon pickup point",
                     "at the Russian deli on Hamilton Road", "at VkusVill in the business centre",
                     "on Wildberries with a coupon", "at the Eastern European shop downtown",
                     "at the Magnit by the car wash"),
            "found_item": ("a pebble the size of a fingernail in the pack",
                           "moth larvae in a fresh pack",
                           "a shard of glass in the buckwheat on my plate",
                           "mouse droppings in a sealed bag"),
            "found_short": ("pebble", "larvae", "glass", "droppings"),
            "ignored_issue": ("the packs from the new batch are almost 200 grams underweight",
                              "the cashback promised for my summer promo receipt never came",
                              "the groats from the latest batch smell damp and mouldy"),
            "gaffe_topic": ("people who cook buckwheat in boil-in-bags and call it food",
                            "people who complain about short weight without knowing how to "
                            "use a scale",
                            "people who only buy buckwheat when it has a yellow discount tag"),
            "fake_claim": ("they mix cheap imported pesticide-treated groats into the packs",
                           "a batch of contaminated grain was recalled and then quietly put "
                           "back on shelves",
                           "the buckwheat is sprayed with a bug chemical before packing that "
                           "is dangerous for kids"),
        },
    ),
    positive=Texts(
        ru=(
            "Купила {grain} {b} {shop}, {good} {e_pos}",
            "Гречка {b} — [единственная|пока лучшая], которую [ест мой ребёнок|муж не "
            "критикует|я покупаю без раздумий]. {good}",
            "Сварила {dish_home}, крупа — {grain} {b_gen}: {good}. [Семья довольна|Тарелки "
            "пустые] {e_pos}",
            "[Перепробовала|Сравнила] гречку пяти марок, [остановилась на {b_acc}|выиграло "
            "{b}]: {good}",
            "Люблю {b_acc} за [честный состав|то, что не надо перебирать|запах из "
            "детства], {good}",
            "{b} выпустили {grain}, [взяла на пробу|уже третью пачку беру], {good} {e_pos}",
            "На завтрак каша, в шкафу всегда {grain} {b_gen}. [Сытно до обеда|Лучше любых "
            "хлопьев] {e_pos}",
            "Мама всю жизнь брала рыночную гречку, а теперь [только {b}|просит купить "
            "{b}]. {good}",
            "[Не реклама|Не спонсор поста], но {grain} от {b_gen} — [лучшее, что было на "
            "моей кухне за год|находка], {good}",
            "[Увидела|Заметила] {b} {shop}, [решила попробовать|взяла две], {good}. "
            "Буду брать ещё",
            "{who} [ворчит|уверяет], что гречка — это скучно, а потом просит добавку, "
            "когда на ужин {dish_home} из {b_gen} {lol}",
            "Для похода взяли {b}: [{good}|сварилась на горелке быстро], [и весит "
            "мало|ребята оценили] {e_pos}",
            "Гречка {b} в пакетиках — спасение для [студентки|мамы двоих детей|тех, кто "
            "работает до ночи], {good}",
            "Сегодня на столе {dish_home} из {b_gen} — [как в ресторане|на пять с плюсом], {good} "
            "{e_pos}",
            "Приятно, что у {b_gen} [всё понятно на упаковке|есть информация о поле, где "
            "выращено|нормальная дата фасовки]",
            "[Мой|Наш] фаворит среди круп — {b}. [Стабильно|Всегда] {good}",
            "Отдала {grain} {b} свекрови на пробу. Вердикт: «[Вот это гречка|Бери только "
            "такую]» {lol}",
            "Детский сад перешёл на {b_acc}, [повар хвалит|дети стали доедать], {good}",
            "Наконец [нашла|нашёл] гречку без горечи. {b}, [спасибо|люблю] {e_pos}",
            "{b} [по акции|со скидкой] {shop} — [взяла сразу пять|скупила полку] {lol}",
            "Делаю {dish_home} только из {b_gen}, потому что {good}",
            "Вкус как в деревне у бабушки. {b} [молодцы|знают толк] {e_pos}",
            "ПП-шникам на заметку: {grain} {b}, {good}. [КБЖУ на пачке честные|Белка "
            "много]",
            "[Переехала|Переехали] в {city}, а {b} и тут продают {shop}. [Радость|Маленькое "
            "счастье] {e_pos}",
            "Хлопья {b} заливаю кефиром на ночь — утром [готовый завтрак|вкусно и "
            "быстро], {good}",
            "Гречневая мука {b} — [отличные блины получаются|пеку хлеб, выходит "
            "пышный], {e_pos}",
            "Кто спрашивал, какую гречку брать: {b}, {good}. Других не покупаю [уже "
            "год|с прошлой зимы]",
            "[Зелёная|Пророщенная] гречка {b} — [вкусно и полезно|необычно, но "
            "понравилось], {good}",
            "{b} — редкий случай, когда упаковка [красивая|удобная] и внутри {good}",
            "Сварила кашу из {b_gen} в мультиварке, [вышла идеальная|не подгорела], "
            "{good}",
            "Если вы ещё не пробовали {b_acc}, вы [многое теряете|зря]. {good} {e_pos}",
            "Заказала {b} {shop}, [привезли за день|пачки целые], {good}",
            "Даже кот [пришёл нюхать|сидит у плиты], когда варится {b} {lol}",
            "Кормлю всю семью гречкой {b} уже [два года|давно], ни одной претензии, {good}",
        ),
        en=(
            "Bought {b} {grain} {shop} and {good} {e_pos}",
            "{b} is the only buckwheat my [kids|husband|picky roommate] will eat. {good}",
            "Made {dish_home} with {b} tonight, {good} {e_pos}",
            "Tried five brands of buckwheat, {b} [won|came out on top]: {good}",
            "Found {b} {shop}! [Tastes like home|Finally real kasha], {good}",
            "[My new staple: {b} {grain}|{b} {grain} changed my meal prep], {good}",
            "Not sponsored but {b} buckwheat [is honestly the best|deserves the hype], {good}",
            "Breakfast: {b} porridge with butter. [Keeps me full till lunch|Simple and "
            "perfect] {e_pos}",
            "Took {b} on a hiking trip, [cooked fast on the stove|light to carry], {good}",
            "My Russian grandma approved of {b} {lol} That's the highest rating there is",
            "{b} buckwheat flour makes [amazing pancakes|great gluten-free bread] {e_pos}",
            "Stocked up on {b} during the sale {shop} {lol}",
            "If you've never tried {b}, [start with {dish_home}|you're missing out]. {good}",
            "Meal prep Sunday: {dish_home} with {b}, {good}",
            "{b} [boil-in-bags|flakes] are perfect for [busy mornings|my dorm kitchen], {good}",
            "Been buying {b} for [two years|ages] and {good} every single time",
            "Green buckwheat from {b} [is so interesting|surprised me], {good} {e_pos}",
            "Switched to {b} after a friend's tip, {good}",
            "Gave {b} to my mother-in-law. Verdict: \"finally proper kasha\" {lol}",
            "{b} + mushrooms + onion = [dinner sorted|happiness] {e_pos}",
            "Honestly {b} is the one buckwheat brand where {good}",
            "Even my cat comes to the stove when {b} is cooking {lol}",
            "Moved to {city} and they sell {b} {shop}! Tiny joy {e_pos}",
            "Cooked {b} in the rice cooker, {good}. Easy win",
            "Quality check on {b}: {good}. Still my go-to",
        ),
        mixed=(
            "{b} реально best buckwheat, {good} {e_pos}",
            "Купила {b} {shop}, honestly {good}, love it",
            "Meal prep на неделю: {dish_home} из {b_gen}, super easy",
            "{b} это comfort food моего детства, {good}",
            "Breakfast of champions: каша {b} с маслом {e_pos}",
            "Кто ищет healthy крупу — {b}, no sponsorship, просто {good}",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто-нибудь брал {grain} {b}? [Как вам?|Стоит пробовать?|Долго варить?]",
            "[Подскажите|Девочки, подскажите], {b} — это [алтайская|башкирская|какая] "
            "гречка?",
            "Увидела {b} {shop}, [стоит 119|по 139 за пачку]. [Это норм цена?|Дорого или "
            "нет?] {e_meh}",
            "Сколько варить {grain} {b}? На пачке [15 минут|20 минут], а у меня [дольше|не "
            "доваривается] {e_meh}",
            "{b} [сменили|обновили] упаковку, теперь [зелёная|с окошком|с "
            "застёжкой]. [Заметили?|Не сразу нашла на полке]",
            "Пишу [курсовую|статью] о том, как {b} [построили бренд крупы|продвигаются "
            "без рекламы на ТВ]. Есть кто из компании?",
            "Опрос: гречка — [{b}|рыночная на развес|пакетированная] или [рис|булгур]? "
            "{e_meh}",
            "{when} варила {dish_home} из {b_gen}, [муж ушёл на работу — сижу "
            "дописываю отчёт|сейчас остывает на плите] {e_meh}",
            "А {b} [продаётся в {city}|есть в Казахстане|возят за границу]? [Куда "
            "смотреть?|Где брать?]",
            "Сравниваю КБЖУ: {grain} {b} и [обычная ядрица|продел из Ашана]. Разница "
            "[в граммах|почти нулевая]",
            "Видела рекламу {b_gen} [в метро|на остановке|перед роликом на ютубе]. "
            "[Котик там милый|Слоган запоминающийся]",
            "[На даче|В походе] [варим|сварили] {b} на костре. [Интересно, что "
            "получится|Дым, комары, каша] {lol}",
            "Интересно, {grain} {b} хоть чем-то лучше [обычной ядрицы|простой гречки]? Кроме "
            "цены {e_meh}",
            "{b} теперь и {shop}, раньше [было только на маркетплейсах|не видела]",
            "В составе {b_gen} [только гречка|«крупа гречневая ядрица, 1 сорт»]. Ну "
            "логично {lol}",
            "Кто знает, у {b_gen} [есть фермы свои|откуда зерно]?",
            "Составляю меню на неделю: понедельник — {dish_home}, гречка {b}, "
            "[вторник — суп|дальше не придумала] {e_meh}",
            "[Подписалась|Подписался] на канал {b_gen}, там [рецепты|истории про "
            "поля|фото урожая]",
            "Маркетплейс [предлагает|показывает] {b} в наборе с [тушёнкой|мёдом|грибами]. "
            "[Кто брал?|Зачем такой набор?]",
            "Вопрос технологам: {grain} {b} [надо промывать|можно не промывать]? На "
            "упаковке [ничего не сказано|написано «не требует»]",
            "{b} [спонсирует|поддерживает] [фестиваль|школьный турнир|ярмарку] в "
            "{city}, [видела афишу|в новостях писали]",
            "Как правильно читать: Полюшко или Пóлюшко? [Спорим дома|Ударение "
            "ставлю всегда неправильно] {lol}",
            "Закупаю крупы на зиму. В корзине {b}, [рис|пшено|чечевица] и [овсянка|мука]",
            "[Пересчитала|Посчитала]: пачки {b} [хватает на|уходит за] [неделю|пять ужинов] "
            "на семью из трёх",
            "Говорят, {b} [будет выпускать|запускает] [гречневую лапшу|хлебцы|готовые "
            "каши]. [Посмотрим|Ждём]",
            "Сравнение цен на {b}: {shop} 129, [на рынке|в соседнем магазине] 145 {e_meh}",
            "[Фотографирую|Снимаю] {b} для [предметной съёмки|портфолио фуд-фотографа] "
            "{e_meh}",
            "Сегодня на ужин {dish_home}. Гречка {b}, [ничего нового|классика] {e_meh}",
            "Бабушка спрашивает, что за «{b}» я ей [привезла|заказала]. [Гречка, "
            "ба|Объясняю] {lol}",
            "Нашла {b} в [турецком|грузинском|сербском] магазине. [Надо же, "
            "экспорт|Удивилась]",
            "Кто в курсе, {b} — [это фермерская компания|крупный холдинг|чей бренд]?",
            "{b} [убрали|перестали делать] [большие пачки по 2 кг|пачки по 400 г]? {shop} "
            "больше нет",
        ),
        en=(
            "Has anyone tried {b} {grain}? [Worth it?|How long does it cook?]",
            "Is {b} buckwheat [from Altai|Russian|Kazakh]? [Curious|Anyone know?]",
            "Saw {b} {shop} for [4 bucks|$5]. [Is that normal?|Pricey?] {e_meh}",
            "How long should I cook {b} {grain}? The pack says 15 minutes {e_meh}",
            "{b} changed their packaging, [now it's green|it has a window now]",
            "Poll: {b} buckwheat or [rice|bulgur|quinoa]? {e_meh}",
            "Writing a [paper|case study] on how {b} built a grain brand without TV ads",
            "Where can I buy {b} in {city}? [Only seen it online|Asking locally]",
            "Comparing macros: {b} {grain} vs [regular groats|store brand]. Basically the "
            "same {e_meh}",
            "Cooking {b} over a campfire [tonight|this weekend], wish me luck {lol}",
            "Do I need to rinse {b} {grain}? [Pack doesn't say|Genuinely asking]",
            "{b} is [sponsoring|at] a [food fair|school tournament] in {city}",
            "Found {b} in a [Georgian|Turkish|Polish] grocery. Didn't expect exports {e_meh}",
            "Dinner tonight: {dish_home} with {b}. [Nothing fancy|Classic] {e_meh}",
            "Heard {b} is launching [buckwheat noodles|crispbreads|instant kasha]",
            "Is {b} a [family farm|big company|private label]? Just curious",
            "How do you even pronounce {b}? Po-LYU-shko? {lol}",
            "Bulk buying for winter: {b}, rice, lentils, oats {e_meh}",
            "{b} ad keeps popping up [before videos|in my feed]. [Cute cat|Catchy jingle]",
            "Shooting {b} packs for my [food photography portfolio|product shoot]",
            "Does {b} still make the [big 2 kg bags|400 g packs]? Can't find them {shop}",
            "One pack of {b} lasts us [about a week|five dinners] {e_meh}",
            "Recipe ideas for {b} {grain} besides {dish_home}? [Open to "
            "anything|Bored of the usual]",
            "What's the difference between {b} {grain} and regular groats besides the "
            "price? {e_meh}",
            "My grandma asked what \"{b}\" is. It's buckwheat, babushka {lol}",
        ),
        mixed=(
            "Кто пробовал {b} {grain}? Is it worth it?",
            "{b} — это organic или обычная гречка?",
            "Meal plan: понедельник {dish_home}, гречка {b}, остальное TBD",
            "Увидела {b} {shop}, price норм или overpriced? {e_meh}",
            "Делаю content про {b_acc} для food blog, нужны ideas",
            "Short question: {b} надо промывать или no?",
        ),
    ),
    negative=Texts(
        ru=(
            "Купила {grain} {b} {shop}, а там {meh}. [За 150 рублей|За такую цену] "
            "[обидно|ожидала большего] {e_neg}",
            "{sigh}, {b} [уже не та|испортилась]: {meh}, [и цена выросла|а раньше была "
            "идеальная]",
            "Перебирала {grain} {b_gen} [полчаса|весь вечер], [камешки|чёрные зёрна|шелуха] "
            "[через одно|в каждой горсти]. {e_neg}",
            "Взвесила пачку {b} — [870|920|850] граммов вместо килограмма. [Интересная "
            "математика|Случайность?] {e_meh}",
            "Готовила {dish_home} из {b_gen} — всё [развалилось|превратилось] в клейстер. "
            "Варила [как "
            "написано|по инструкции] {e_neg}",
            "[Открыла|Вскрыла] пачку {b} — [запах затхлый|пахнет сыростью|пахнет "
            "мешком]. [Выбросила|Вернула в магазин]",
            "В пакетиках {b_gen} [гречка слиплась в комок|пакет порвался в кастрюле|полно "
            "мусора]. {sigh}",
            "Была фанаткой {b_gen}, но [последние три пачки|новая партия] — {meh}. "
            "[Перехожу на другую|Прощай]",
            "{b} {shop} [подорожала на 40 рублей|теперь 189], а пачка [стала меньше|всё "
            "те же 800 г]. Ага {e_neg}",
            "Ребёнок [нашёл|выплюнул] [камешек|что-то твёрдое] в каше из {b_gen}. [Зуб "
            "цел, но|Хорошо, что не проглотил], {e_neg}",
            "Горчит. Гречка {b} [горчит|стала горчить] после [новой|свежей] партии. "
            "[Это нормально?|Раньше такого не было]",
            "Упаковка {b_gen} красивая, а внутри {meh}. [Маркетинг победил|Платим за "
            "картинку]",
            "Жучки в [непочатой|новой] пачке {b}. {shop}, [срок годности ещё "
            "год|купила неделю назад] {e_neg}",
            "Заказала {b} {shop} — [пачки мятые|две порваны|гречка рассыпана по "
            "коробке]. Кто так упаковывает?",
            "После {b_gen} [болел живот|вздутие весь вечер], хотя ела обычную гречку "
            "всю жизнь. Совпадение? {e_meh}",
            "Обещали [«отборную ядрицу»|«высший сорт»], а по факту {meh}. {b}, "
            "[стыдно|ну как так]",
            "Хлопья {b_gen} [превращаются в клей|раскисают за минуту], [есть "
            "невозможно|не завтрак, а обойный клей] {lol}",
            "[Вторая|Третья] пачка {b} подряд с [мусором|камнями|горелыми зёрнами]. "
            "Хватит {e_neg}",
            "Продел {b_gen} [варится в пыль|больше похож на крошку от ядрицы]. "
            "[Разочарование|Не берите]",
            "Написала {b_dat} про недовес, [ответили шаблоном|предложили скидку "
            "5%]. [Серьёзно?|Ну спасибо] {e_neg}",
            "Гречка {b} [не доваривается|остаётся жёсткой] даже через [30|40] минут. Что "
            "с ней не так?",
            "Зелёная гречка {b_gen} [пахнет сеном|на вкус как картон]. Модно, но {meh}",
            "{b} [убрали|сняли с производства] мою любимую [мелкую фасовку|ядрицу в "
            "пакетиках]. Зачем?!",
            "Мука {b_gen} [с комками|с жучками|с чем-то тёмным]. [Просеяла|Выкинула] {e_neg}",
            "Не понимаю хайпа вокруг {b_gen}: обычная гречка, {meh}, а стоит [как "
            "орехи|в два раза дороже]",
            "Муж [сварил|сделал] {dish_home} из {b_gen} и сказал: «Больше не "
            "покупай». [Согласна|Причина — {meh}]",
            "Пачка {b} [протекла|раскрылась] прямо в сумке, [весь пакет в "
            "гречке|полдороги собирала крупу] {sigh}",
            "Срок годности на {b} [пропечатан так, что не видно|стёрся|заклеен "
            "ценником]. Доверие минус",
            "Друзья, кто ещё заметил, что {b} [стала темнее|пахнет иначе|разваривается]? "
            "{e_neg}",
            "Раньше брала {b} ради качества. Сейчас {meh}, {meh}. [Привет, рыночная "
            "гречка|Ищу замену]",
            "{b} на полке {shop} [вся пыльная|в порванных пачках], [видимо, лежит "
            "давно|даже брать страшно]",
            "Дала свекрови {b_acc}, она [перебирала и ворчала|нашла камень]. Теперь "
            "слушаю лекцию про рыночную гречку {lol}",
            "Кешбэк за {b_acc} по акции [так и не пришёл|не начислили]. [Обман|Ну понятно]",
            "Каша из {b_gen} [с привкусом пыли|горькая], ребёнок [отказался|плакал], "
            "{e_neg}",
            "[Попала|Наткнулась] на брак: внутри пачки {b} [кусочек пластика|нитка от "
            "мешка]. Фото [в сторис|приложила]",
            "Дорого и [невкусно|посредственно]. {b}, вы [зазнались|перестали стараться]",
            "Что случилось с {b}? {meh}, а раньше было [идеально|без вопросов]",
            "Купила {b} по совету блогера. Зря: {meh} {e_neg}",
            "[Сварила|Приготовила] {dish_home} — [гречка крошится|одни половинки зёрен]. "
            "{b} экономит на сортировке?",
            "Не знаю, кто пишет хорошие отзывы про {b_acc}, у меня {meh}",
            "Открыла новую пачку {b} — а там [мука вперемешку с крупой|сплошная "
            "сечка]. {e_neg}",
            "Три недели пишу {b_dat} про кешбэк. Три недели. [Ни ответа|Ни "
            "привета] {sigh}",
            "Гречку {b} теперь перебираю как бабушка в войну: {meh} {e_neg}",
            "{b} в пакетиках для варки — [лопнули все|плёнка осталась в каше]. Кто это "
            "тестировал?",
            "Муж спросил, почему каша с привкусом [земли|сырости]. Потому что {b}, "
            "новая партия {sigh}",
            "У {b_gen} [сменился поставщик|новая фасовка] — и сразу {meh}",
            "Покупаю {b} {shop} — [вторая пачка с браком за месяц|снова шелуха]. "
            "Перехожу на развесную",
            "Хотела порадовать свекровь гречкой {b}, а там [камень|жучок]. Позор на мою "
            "голову {lol}",
        ),
        en=(
            "Bought {b} {grain} {shop} and {meh}. [For the price?|Not great] {e_neg}",
            "{sigh}, {b} [used to be so good|went downhill]: {meh}",
            "Spent half an hour sorting {b} groats, [pebbles|black grains] everywhere {e_neg}",
            "Weighed a pack of {b}: [870|910] grams instead of a kilo. [Interesting "
            "maths|Hmm] {e_meh}",
            "{b} smells [musty|damp|like an old sack] this time. [Binned it|Returned it]",
            "Found [bugs|little moths] in an unopened pack of {b} {e_neg}",
            "{b} boil-in-bags [tore in the pot|stuck together in a lump]. {sigh}",
            "{b} went up [40 rubles|a dollar] and the pack got smaller. Nice {e_neg}",
            "My kid bit on [a pebble|something hard] in {b} porridge. {e_neg}",
            "{b} tastes bitter since the new batch. Is that normal?",
            "Ordered {b} online, [two bags torn|groats all over the box] {e_neg}",
            "Pretty packaging, but {meh}. {b}, [come on|what happened?]",
            "{b} flakes turn into glue in a minute {lol} Not a breakfast",
            "Told {b} about short weight, got [a template reply|a 5% coupon]. {e_neg}",
            "{b} stays hard after [30|40] minutes of cooking. What?",
            "Don't get the hype around {b}: {meh}, and twice the price",
            "Third pack of {b} in a row with [debris|husk|burnt grains]. Done {e_neg}",
            "Green buckwheat from {b} tastes like [hay|cardboard]. {meh}",
            "Can't read the expiry date on {b}, [it's smudged|a price sticker covers it]",
            "Bought {b} because of an influencer. Mistake: {meh}",
            "My {dish_home} with {b} came out [mushy|half-broken grains]. {e_neg}",
            "{b} on the shelf {shop} was [dusty|in torn packs]. Wouldn't risk it",
            "Cashback for the {b} promo [never came|wasn't credited]. Figures",
            "Seriously, what's going on with {b} lately? {meh}",
        ),
        mixed=(
            "{b} уже не та, quality упало, {meh} {e_neg}",
            "Купила {b}, а там {meh}. Not worth it",
            "Weight check: пачка {b} 870 граммов. Seriously? {e_neg}",
            "Горчит {b} после new batch, кто-то ещё заметил?",
            "Overpriced гречка {b}, {meh}",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, {grain} нужно промывать перед варкой?",
            "{h} где купить вашу гречку в {city}? [В сетевых не вижу|Обошла три магазина]",
            "{h} подскажите, [откуда|из какого региона] ваша гречка? [Алтай?|Башкирия?]",
            "{h} а {grain} можно [в детском питании|в прикорме с года|при диабете]?",
            "{h} будет ли снова [фасовка по 2 кг|ядрица в пакетиках]? [В магазинах "
            "пропала|Давно не вижу]",
            "{h} добрый день! Можно ли купить у вас оптом [для столовой|для "
            "детского сада|для кафе]?",
            "{h} чем отличается ваша органическая ядрица от обычной, кроме цены?",
            "{h} на пачке [две даты|дата фасовки и дата урожая], какая из них важнее?",
            "{h} сколько можно хранить {grain} после вскрытия?",
            "{h} вы [сотрудничаете с блогерами|делаете бартер]? Веду кулинарный канал",
            "{h} гречка у вас [обжаренная|пропаренная|сырая]? Для зелёной гречки "
            "рецепты есть?",
            "{h} здравствуйте! Есть ли у вас [сертификат органик|ГОСТ|проверка на "
            "глифосат]?",
            "{h} как принять участие в [акции с кешбэком|розыгрыше]? Чек сохранила",
            "{h} планируете [гречневую лапшу|хлопья без сахара|безглютеновую муку]?",
            "{h} а можно экскурсию на ваше производство? [Школьный класс|Блогеры из "
            "{city}] интересуются",
            "{h} почему [пропала|нет в продаже] гречка в пакетиках {shop}?",
            "{h} содержит ли ваша мука следы глютена? Пишут разное",
            "{h} добрый вечер, есть ли на сайте рецепт, как приготовить {dish_home}?",
        ),
        en=(
            "{h} hi, do I need to rinse the {grain} before cooking?",
            "{h} where can I buy your buckwheat in {city}[? No luck in the chains|?]",
            "{h} where is your buckwheat grown? [Altai?|Bashkiria?]",
            "{h} can I use your {grain} for [baby food|a diabetic diet|a gluten-free diet]?",
            "{h} any chance you ship [to Europe|abroad|to Kazakhstan]?",
            "{h} what's the difference between your organic and regular groats?",
            "{h} do you work with [food bloggers|small cafés]? Would love to chat",
            "{h} is your buckwheat [roasted|raw]? Any recipes for green buckwheat?",
            "{h} how long does an opened pack of {grain} keep?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} купила {grain}, а там [камешек|два камня|мусор]. Фото прикладываю, партия "
            "[на шве|указана на обороте]. Что скажете?",
            "{h} взвесила пачку: [860|880|910] г вместо 1 кг. Это как?",
            "{h} гречка [горчит|пахнет сыростью|пахнет плесенью], куплена {shop} {when}. "
            "Срок годности нормальный {e_neg}",
            "{h} в новой пачке [жучки|моль|личинки]. Пачка не вскрывалась до сегодняшнего "
            "дня",
            "{h} пакетики для варки [рвутся в кастрюле|слиплись в один ком], [вся "
            "упаковка такая|не первый раз]",
            "{h} кешбэк по акции [не начислили|не пришёл], хотя чек [загружен|принят] "
            "[{n} недели назад|месяц назад]",
            "{h} на пачке не видно [срока годности|даты фасовки], как это понимать?",
            "{h} ребёнок [сломал зуб|поранил десну] о камень в вашей каше. Жду "
            "[ответа|связи с вами] {e_neg}",
            "{h} заказ на Озоне от вас пришёл с [рваными пачками|гречкой, рассыпанной по "
            "коробке]. Кто будет компенсировать?",
            "{h} почему гречка из последней партии [не разваривается|остаётся жёсткой] "
            "даже через 40 минут?",
            "{h} в муке [комки и жучки|что-то тёмное]. [Фото в личке|Жду ответа]",
            "{h} {when} купила {grain} {shop}, внутри [половина зёрен чёрные|много шелухи]"
            ". Раньше такого не было",
            "{h} на сайте ваша форма обратной связи [не работает|выдаёт ошибку], пишу сюда: "
            "[недовес|брак в пачке]",
            "{h} цена на {grain} выросла на [30%|треть] за [два месяца|полгода]. [С чем "
            "связано?|Объясните]",
            "{h} в составе [органической|детской] гречки на пачке указано одно, а на "
            "сайте другое. Где правда?",
            "{h} хлопья [раскисают|превращаются в кашу] за минуту, [так и "
            "задумано?|это брак?]",
            "{h} в пачке [кусочек пластика|нитка от мешковины|стекляшка]. Я в шоке {e_neg}",
            "{h} зелёная гречка [проросла плесенью|покрылась налётом] через неделю после "
            "вскрытия, хранили как на пачке",
            "{h} после вашей гречки [у всей семьи|у ребёнка] [расстройство|болит "
            "живот]. Что с партией?",
            "{h} пишу уже [второй|третий] раз. [Где ответ?|Вы вообще читаете?] {e_neg}",
            "{h} промокод из пачки [не принимается|«недействителен»] на вашем сайте",
            "{h} в коробке [шесть|четыре] пачек, [две вскрыты|одна пустая]. Заказ "
            "[со склада|с маркетплейса]",
            "{h} здравствуйте. Купила {grain} {shop}, после варки [горечь|привкус "
            "плесени]. Партия на шве, фото могу прислать",
            "{h} третья пачка подряд с [камешками|чёрными зёрнами]. Вы вообще "
            "сортируете?",
            "{h} заказывала у вас на сайте [пять|три] пачек, пришло [четыре|две]. "
            "Номер заказа в личке",
            "{h} в зелёной гречке [плесень|белый налёт] прямо в закрытой пачке. {e_neg}",
            "{h} почему на упаковке «Алтай», а в документах магазина [другой "
            "производитель|Казахстан]?",
            "{h} пачки {shop} [все надорваны|все пыльные], продавцы говорят «так "
            "привезли». Проверьте поставки",
            "{h} в хлопьях [попадаются куски шелухи|что-то колючее]. Ребёнок [подавился|"
            "поцарапал горло]",
            "{h} пакетики для варки [расползаются|текут] — в кастрюле вся крупа и "
            "куски плёнки. Это безопасно вообще?",
            "{h} после вашей муки блины [горькие|с запахом сырости]. Срок нормальный",
            "{h} в пачке [кусок проволоки|металлическая стружка]. Фото и видео есть. Жду "
            "звонка {e_neg}",
            "{h} ответьте хоть что-нибудь по кешбэку. [Неделю|Две недели] тишины",
            "{h} акционная цена на полке, а на кассе [полная|на 40 рублей выше]. "
            "Магазин говорит — вопросы к вам",
            "{h} гречка [не разваривается и хрустит|остаётся сырой внутри] после 40 "
            "минут. Это новая партия?",
            "{h} на пачке [две разные даты|дата зачёркнута ручкой]. Что это значит?",
            "{h} в коробке с маркетплейса [мышиные следы|погрызенные пачки]. Склад ваш?",
            "{h} {when} вскрыла пачку — внутри [жучки|личинки]. Вся кухня в [моли|"
            "жуках] теперь",
            "{h} по горячей линии [никто не берёт|играет музыка по 20 минут]. Пишу сюда: "
            "{meh}",
            "{h} промокод из рассылки [не работает|«использован»], хотя я его не "
            "вводила",
            "{h} вернула бракованную пачку в магазин — сказали [писать вам|что брак не "
            "их]. Что дальше?",
            "{h} заметила, что пачка стала [800 г|меньше], а цена та же. Это честно?",
            "{h} запах от крупы [химический|как от растворителя]. Варить страшно",
            "{h} вы обещали перезвонить [в понедельник|через день] — не перезвонили",
            "{h} в пачке органической ядрицы [обычная крупа с мусором|половина "
            "колотой]. За что переплата?",
        ),
        en=(
            "{h} found [a pebble|two stones|debris] in the {grain}. Photo attached, batch "
            "number on the seam",
            "{h} weighed the pack: [860|890] g instead of 1 kg. How?",
            "{h} the buckwheat [tastes bitter|smells musty|smells mouldy]. Bought {shop} "
            "{when}",
            "{h} [bugs|moth larvae] in a brand new pack {e_neg}",
            "{h} the boil-in-bags [tear in the pot|clump together], the whole box is like "
            "this",
            "{h} promo cashback still not credited [{n} weeks|a month] later",
            "{h} my kid [chipped a tooth|hurt his gum] on a stone in your porridge {e_neg}",
            "{h} your online order arrived with [torn bags|groats all over the box]",
            "{h} the latest batch stays hard even after 40 minutes of cooking",
            "{h} prices went up [30%|a third] in two months. Why?",
            "{h} your feedback form [is broken|throws an error], so I'm writing here: short "
            "weight",
            "{h} found [a bit of plastic|a piece of thread] in the pack {e_neg}",
            "{h} third pack in a row with [pebbles|black grains]. Do you even sort it?",
            "{h} ordered [five|three] packs from your site, got [four|two]",
            "{h} [mould|white fuzz] in a sealed pack of green buckwheat {e_neg}",
            "{h} the boil-in-bags [fall apart|leak] in the pot, bits of film in the food. "
            "Is that safe?",
            "{h} found [a bit of wire|metal shavings] in the pack. Photos and video "
            "ready",
            "{h} your hotline [never picks up|plays music for 20 minutes]. Writing here: "
            "{meh}",
            "{h} shelf price was the promo one, the till charged [full price|40 rubles "
            "more]",
            "{h} the groats smell [like chemicals|like solvent]. Scared to cook them",
            "{h} you promised a call back [on Monday|in a day], nothing",
            "{h} the organic kernels are [half broken|full of husk]. Why pay extra?",
        ),
    ),
    comment=Texts(
        ru=(
            "А в {city} [когда появится?|где купить?|продаётся?]",
            "Выглядит [аппетитно|очень вкусно], сохранила рецепт {e_pos}",
            "Лучше бы [фасовку по 2 кг вернули|цены снизили] {e_meh}",
            "Уже [брала на прошлой неделе|пробовала], {good} {e_pos}",
            "А без [масла|молока] так можно приготовить?",
            "[Ответьте лучше|Вы бы ответили] на мой вопрос про недовес {e_neg}",
            "[Люблю вашу гречку|Берём только вашу], спасибо {e_pos}",
            "А зелёную гречку тоже так можно [готовить|или только ядрицу]?",
            "Фото [красивое|как с открытки], а у меня [так не получается|каша серая] {lol}",
            "Сделайте [рецепт для мультиварки|видео, как варить правильно]",
            "Где [эти поля?|снимали?] Очень красиво {e_pos}",
            "Акция [везде действует|только в Магните]?",
            "Бабушка [так же делала|точно так же готовила] {e_pos}",
            "Сколько стоит [набор|новинка] [на маркетплейсе|в магазинах]?",
        ),
        en=(
            "Where can I buy this in {city}? [Never seen it|Asking for my mum]",
            "Looks [so good|delicious], saved the recipe {e_pos}",
            "Does this work with green buckwheat [too|or only the roasted kind]?",
            "Already cooked it twice, {good} {e_pos}",
            "Beautiful fields, [where is this?|is that Altai?]",
        ),
    ),
    reply=Texts(
        ru=(
            "[Плюсую|Согласна|+], у меня тоже {meh}",
            "Странно, у меня [всегда чистая|никогда такого не было]",
            "[Попробуй|Попробуйте] промывать, мусор всплывает",
            "Это, наверное, [партия такая|магазин хранит плохо]",
            "А вы им писали? [Они отвечают|Мне отвечали быстро]",
            "У меня [наоборот|как раз наоборот], {good}",
            "Всю жизнь ела рыночную, {b} [не пробовала|попробую теперь]",
            "Гречка как гречка, не понимаю [споров|этих баталий] {lol}",
            "Фото [покажите|бы увидеть] {e_meh}",
            "Я перебираю любую гречку, привычка [с детства|от мамы]",
            "Спасибо, [куплю|попробую] {b_acc} {e_pos}",
            "А где брали? Может, [подделка|старая партия]",
            "Тоже перешла на {b_acc} [полгода назад|недавно], [не жалею|пока "
            "нравится]",
            "Ну так [промывать|перебирать] надо, это же крупа {lol}",
        ),
        en=(
            "Same with my last pack, {meh}",
            "Weird, mine's always [clean|been fine]",
            "Try rinsing it, the debris floats up",
            "Maybe it's the store, not the brand[, check the date|]",
            "Did you message them? They replied to me [fast|within a day]",
            "Really? For me {good}, [no issues|every time]",
        ),
        mixed=(
            "Same, у меня тоже {meh}, [пачка с той же полки|недавно брала]",
            "Try промывать, реально [помогает|works]",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Нам очень жаль. Пришлите, пожалуйста, фото шва пачки с номером "
            "партии в личные сообщения — передадим в отдел качества",
            "Добрый день! Спасибо за вопрос. Ядрицу можно не промывать, но если "
            "хочется — достаточно одного раза холодной водой",
            "Здравствуйте! Наша гречка выращена на Алтае и в Башкирии, регион указан "
            "на каждой пачке",
            "Спасибо, что сообщили. Мы проверим партию и вернёмся с ответом [в течение "
            "дня|завтра]",
            "Добрый день! Кешбэк начисляется в течение 14 дней после проверки чека. "
            "Напишите в личку номер телефона — проверим",
            "Здравствуйте! Список магазинов есть на сайте в разделе «Где купить», "
            "[обновляем его каждую неделю|там же — ссылки на маркетплейсы]",
            "Приносим извинения за испорченное впечатление. Компенсируем [новой "
            "пачкой|набором продукции] — напишите, пожалуйста, адрес в личку",
            "Здравствуйте! Вскрытую пачку лучше хранить в закрытой банке, в сухом месте, "
            "до 6 месяцев",
            "Добрый день! Передали ваше пожелание [производству|команде продукта], "
            "спасибо за идею",
            "Очень сожалеем! Это недопустимо. Пожалуйста, сохраните пачку — [мы "
            "заберём её на экспертизу|с вами свяжется технолог]",
            "Здравствуйте! Все сертификаты опубликованы на сайте, раздел «Качество»",
            "Спасибо за обратную связь! Мы [усилили контроль на линии "
            "фасовки|проверяем весы на производстве], разбираемся",
        ),
        en=(
            "Hello! We're so sorry. Please DM us a photo of the pack seam with the batch "
            "number and we'll pass it to quality control",
            "Hi! No need to rinse the groats, but once with cold water is fine if you like",
            "Hello! Our buckwheat is grown in Altai and Bashkiria, the region is on every "
            "pack",
            "Thanks for letting us know, we'll check the batch and get back to you",
            "Hi! Cashback is credited within 14 days after the receipt check. DM us and "
            "we'll look into it",
            "We apologise. We'll replace the pack, please DM us your address",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, [прислали новую пачку|кешбэк пришёл], приятно {e_pos}",
            "Благодарю за быстрый ответ, [не ожидала|приятно удивили] {e_pos}",
            "Ок, [поняла, спасибо|ясно, буду знать]",
            "Спасибо, технолог [позвонил|связался], всё объяснили",
            "Вот это сервис, [спасибо|снимаю шляпу] {e_pos}",
        ),
        en=(
            "Thanks, the replacement pack arrived {e_pos}",
            "Appreciate the quick answer[, didn't expect one|]",
            "Got it, thank you[ for explaining|]",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Фото отправила [вчера|{n} дня назад], ответа нет",
            "Кешбэк так и не пришёл, хотя прошло уже больше 14 дней {e_neg}",
            "Это шаблонная отписка, а проблема [осталась|никуда не делась]",
            "Обещали позвонить — [тишина|никто не позвонил]",
            "Новая пачка [та же самая|тоже с мусором]. {sigh}",
        ),
        en=(
            "Sent the photo [yesterday|{n} days ago], still nothing",
            "Cashback still hasn't arrived[ after two weeks|] {e_neg}",
            "The replacement pack has the same problem {sigh}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Беру эту гречку [уже год|постоянно], {good}. Рекомендую",
            "Чистая крупа, {good}. Цена выше средней, но оно того стоит",
            "Очень вкусная, {good}. Дети едят с удовольствием",
            "Заказывала на маркетплейсе, пачки целые, {good}. Пять звёзд",
            "Лучшая гречка из того, что пробовала. {good}, {good}",
            "Удобные пакетики для варки, {good}. Для работы идеально",
            "Варю {dish_home} — получается как у бабушки. {good}",
            "Купила на пробу {shop}, теперь беру только её. {good}",
            "Зелёная гречка хорошего качества, проращивается дружно, {good}",
            "Мука отличная, блины тонкие и не рвутся. Спасибо производителю",
        ),
        en=(
            "Clean groats, {good}. A bit pricey but worth it",
            "Best buckwheat I've tried abroad, {good}",
            "My kids ask for it by name now, {good}. Five stars",
            "Boil-in-bags are so convenient, {good}",
            "Ordered online, packs arrived intact, {good}",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Недовес: [взвешивала две пачки|на кухонных весах] — [880|900] г вместо "
            "килограмма. {meh}",
            "Много мусора и камешков, перебирать [полчаса|долго]. Раньше было лучше",
            "Горчит и пахнет [сыростью|затхлым]. Пачку выбросила, срок годности "
            "нормальный",
            "Пакетики для варки рвутся, [крупа в кастрюле|всё в шелухе]. {meh}",
            "В непочатой пачке [жучки|моль]. Больше не куплю",
            "Дорого для обычной гречки. {meh}, [разницы с дешёвой не "
            "заметила|переплата за упаковку]",
            "Заказ пришёл [с порванными пачками|мятый], гречка по всей коробке. "
            "Продавец ответил через неделю",
            "Разваривается в кашу, [зёрна ломаные|много половинок]. {meh}",
            "Ребёнок наткнулся на камень, [скол эмали|чуть не сломал зуб]. Одна "
            "звезда — и то много",
            "Кешбэк по акции не получила, [поддержка молчит|отписки]. Обман "
            "покупателей",
            "[Срок годности|Дата фасовки] не читается, [стёрта|размазана]. {meh}",
            "Хлопья превращаются в клейстер, [вкус пресный|пахнут картоном]",
            "Последние партии заметно хуже: {meh}, {meh}",
            "Мука с комками, [что-то шевелилось|попались жучки]. Выкинула всю пачку",
            "Цена выросла, [фасовка уменьшилась|пачка теперь 800 г]. Некрасиво",
            "Брала три пачки на пробу — во всех [чёрные зёрна|мелкие камешки]. Перебирать "
            "крупу за такие деньги я не готова",
            "После варки [на дне кастрюли песок|на зубах хрустит]. Промывала дважды. {meh}",
            "Пачка вздулась, внутри [влажные комки|запах прелого]. Куплено {shop}",
            "Заявлено «без мусора», а на тарелке [шелуха|соломинки|чёрные точки]. "
            "Реклама не соответствует",
            "Вкус стал [пресный|как у дешёвой ядрицы], хотя цена всё выше. Больше не беру",
            "Детскую кашу сварила — ребёнок [выплюнул|отказался], попробовала сама: "
            "[горько|странный привкус]",
            "Пакетики для варки [лопнули все три|раскрылись в кипятке], гречка по всей "
            "кастрюле. Два балла",
            "В описании на сайте «Алтай», на пачке [другой регион|мелко «Китай»]. Что "
            "я купила-то?",
            "Хлопья [пахнут картоном|превращаются в пасту], есть без слёз невозможно",
            "Зелёная гречка [не прорастает совсем|через день покрылась слизью]. Деньги на "
            "ветер",
            "Срок годности [до следующего лета|свежий], а внутри [жучок|паутинка]. Как так?",
            "Мука [сбилась комками|пахнет сыростью], блины не получились. {meh}",
            "Заказала на маркетплейсе, пришла пачка [без даты|с переклеенной этикеткой]",
            "Обещанный кешбэк за чек так и не начислили, поддержка [пропала|отвечает "
            "раз в неделю]",
            "Раньше брала постоянно, теперь [каждая вторая пачка с браком|качество "
            "скачет]. Жаль",
            "Крупа [колотая|мелкая, как продел], хотя написано «ядрица». {meh}",
            "Взвесила на почтовых весах — [875|890] граммов. Вопрос к производителю",
            "Каша [серая|синеватая] после варки, раньше была золотистая. Что поменяли?",
            "Не советую: {meh}, а на обращение ответили [через две недели|шаблоном]",
            "Упаковка красивая, но [рвётся руками на ходу|шов расходится]. {meh}",
            "Дала попробовать маме — «[такую мы в девяностых брали|это не гречка, а "
            "корм]». Согласна",
            "[Три звезды|Две звезды]: вкус нормальный, но {meh}, {meh}",
            "Продел [сплошная пыль|пригорает моментально]. На кашу не годится",
            "Вода после промывки [мутная-мутная|с плёнкой]. Брр",
            "Переплата за бренд. {meh}, обычная гречка из «Магнита» не хуже",
            "Пачка была [вскрыта и заклеена скотчем|надорвана сбоку] — видимо, так и "
            "продают",
            "Заметила [моль на кухне|жучков в шкафу] после этой гречки. Всё выкинула",
            "Купила «органическую» — разницы с обычной [ноль|не почувствовала], кроме "
            "цены",
            "Отзыв для тех, кто выбирает: {meh}, и {meh}. [Ищите другую марку|Не "
            "рекомендую]",
            "Гречка {b} [раньше была эталоном|была любимой], сейчас [разочарование|"
            "лотерея]",
        ),
        en=(
            "Underweight: [880|900] g instead of a kilo on my kitchen scale. {meh}",
            "Lots of debris and pebbles, took forever to sort. Used to be better",
            "Bitter taste, musty smell. Threw it away, not expired",
            "Bugs in an unopened pack. Won't buy again",
            "Overpriced for ordinary buckwheat, {meh}",
            "Arrived with torn bags, groats all over the box",
            "My kid bit on a stone. One star is generous",
            "Three packs, all with [black grains|tiny stones]. Not sorting groats at this "
            "price",
            "Grit at the bottom of the pot after cooking, rinsed twice. {meh}",
            "The pack was puffed up, [damp clumps|smelled musty] inside",
            "\"No debris\" on the label, but [husk|straw bits] on my plate",
            "Taste went [flat|bland] while the price keeps rising. Done",
            "Boil-in-bags [all burst|opened in the water]. Two stars",
            "Green buckwheat [never sprouted|went slimy in a day]. Waste of money",
            "Flour was [lumpy|damp-smelling], pancakes failed. {meh}",
            "Marketplace order came [with no date|with a re-stuck label] on the pack",
            "Half of it is broken grains though it says whole kernels. {meh}",
            "The porridge turns [grey|bluish] now, it used to be golden. What changed?",
            "You pay for the brand: {meh}, store brand is no worse",
            "Noticed [moths|little bugs] in my cupboard after this pack. Threw everything out",
            "Used to be my favourite, now it's a lottery: {meh}",
            "Seam [split in my bag|came open on the shelf]. {meh}",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Очень жаль, что так вышло. Напишите нам на почту с фото "
            "пачки и номером партии, мы проверим и компенсируем",
            "Добрый день! Спасибо за отзыв. Партия отправлена на проверку, "
            "мы сообщим результат",
            "Здравствуйте! Приносим извинения. Мы [усилили контроль весов|меняем "
            "упаковку для пакетиков], такое не должно повторяться",
            "Спасибо, что написали. Пожалуйста, свяжитесь с нами в личных сообщениях — "
            "разберёмся с кешбэком",
        ),
        en=(
            "Hello! We're sorry. Please email us a photo with the batch number and we'll "
            "make it right",
            "Thanks for the review, the batch has been sent for testing",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за добрые слова! Приятного аппетита и тёплых ужинов {e_pos}",
            "Благодарим! Передадим фермерам, им будет очень приятно",
            "Рады, что вам понравилось! Попробуйте и нашу зелёную гречку",
        ),
        en=(
            "Thank you for the kind words! Enjoy every spoonful {e_pos}",
            "Thanks! We'll pass this on to our farmers",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. Пачки взвешиваются на линии дважды, вес в партии с этого "
            "шва в норме. Возможно, пачка была повреждена при доставке — пришлите, "
            "пожалуйста, фото",
            "Добрый день. Горьковатый привкус бывает у свежей ядрицы нового урожая, это "
            "не брак. Рекомендуем слегка обжарить крупу перед варкой",
        ),
        en=(
            "Hello. Every pack is weighed twice on the line and this batch is within "
            "norms. It may have been damaged in transit — please send us a photo",
        ),
    ),
    official_post=Texts(
        ru=(
            "Новый урожай [уже на полках|едет в магазины]! Ядрица [с полей Алтая|урожая "
            "этого года] — ищите {shop} {e_pos}",
            "Рецепт недели: {dish_home}. [Время — 30 минут|Понадобится одна "
            "сковорода]. Пошагово в карточках",
            "[Акция|Кешбэк-акция]: загрузите чек с {b} на сайте и получите 20% "
            "баллами. До конца месяца",
            "Как варить гречку, чтобы была рассыпчатой: [пропорция 1:2|не мешать|дать "
            "настояться под полотенцем]. Сохраняйте",
            "Показываем поле, где [росла|растёт] ваша гречка: [Алтайский край, июль|"
            "цветение, середина лета] {e_pos}",
            "Теперь {b} можно купить {shop}! [Ищите на нижней полке|Спасибо, что "
            "спрашивали]",
            "[Розыгрыш|Конкурс]: поделитесь семейным рецептом с гречкой и получите "
            "[годовой запас|набор круп]",
            "Отвечаем на вопросы про глютен: в самой гречке его нет, а наша линия "
            "фасовки [работает только с гречкой|проверяется каждую смену]",
            "Новинка: {grain}. [Уже в продаже|Ищите на полках с понедельника]",
            "Мы на [ярмарке|гастрофестивале] в {city}: угощаем кашей и рассказываем про "
            "фермеров {e_pos}",
        ),
    ),
    exec_post=Texts(
        ru=(
            "Утро на поле под [Бийском|Рубцовском]. Гречка цветёт, пчёлы работают. "
            "Лучший офис на свете",
            "Часто спрашивают, почему {b} дороже [обычной гречки|магазинной]. "
            "Отвечаю: [сортировка в три этапа|мы платим фермерам больше]",
            "Сегодня [подписали договор|договорились] с [тремя новыми хозяйствами|ещё "
            "одним кооперативом] на [Алтае|в Башкирии]",
            "Дети [спорят|пытаются решить], кто будет варить кашу на завтрак. "
            "[Победил кот|Варю сама] {lol}",
            "Читаю [«Богатые фермеры»|книгу про кооперативы Дании|мемуары агронома]. "
            "Много мыслей про то, как строить {b_acc} дальше",
            "[Неделя|Месяц] на производстве. Поменяли [сито|весы|линию фасовки], "
            "брака стало [меньше на треть|заметно меньше]",
            "Пять лет назад {b} — это [я, муж и арендованный склад|две тонны гречки и "
            "старая фасовочная машина]. Спасибо, что вы с нами",
            "Выступала на [агрофоруме|конференции про фермерские бренды] в {city}. "
            "Главный вопрос из зала: [«как вы конкурируете с сетями?»|про экспорт]",
            "Воскресенье: [пеку гречневый хлеб|лес, грибы, термос]. Никаких писем",
            "Дождей в [июне|июле] не было, урожай будет [скромнее|меньше прошлого]. "
            "Цены постараемся держать",
            "Благодарю всех, кто пишет нам про качество, даже резко. Каждое письмо "
            "читаем [командой|на планёрке]",
            "Новый [технолог|агроном] в команде — [Ольга|Сергей Петрович], тридцать лет "
            "на полях. Рада!",
            "Пробуем [гречневую лапшу|хлебцы]. Пока [не то|близко], но мы упрямые",
            "Вопрос подписчикам: какую фасовку вы [хотите|ждёте] — 400 г или 2 кг?",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Слепой тест гречки из [семи|восьми] магазинов: {b} [на первом "
            "месте|в тройке лучших]. Чистая, {good}",
            "Неделя ПП-меню на гречке {b}: [минус два кило|сытно и недорого]. Рецепты "
            "в посте",
            "Съездила на поля {b_gen} [на Алтай|в Бийск]. Честно: {good}, и люди "
            "классные",
        ),
        en=(
            "Blind test of eight buckwheat brands: {b} [won|came top]. {good}",
            "A week of meal prep with {b} buckwheat, recipes in the thread",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "Взвесила десять пачек {b_gen} из разных магазинов. [В шести|В "
            "четырёх] недовес. Видео на канале",
            "Отправила гречку {b} в лабораторию. Спойлер: [мусора больше "
            "нормы|ничего страшного, но камни есть]",
        ),
        en=(
            "Weighed ten packs of {b} from different stores. Six were underweight",
        ),
    ),
    decoy=Texts(
        ru=(
            "Дочка разучила на аккордеоне «Полюшко-поле», [играет третий день "
            "подряд|соседи уже подпевают] {e_pos}",
            "Хор ветеранов исполнил «Полюшко-поле» на [концерте в ДК|празднике "
            "двора], [до мурашек|в зале плакали]",
            "Выйду на полюшко за деревней, [тишина|жаворонки поют], город отпускает",
            "Детский сад «Полюшко» [набирает группу|приглашает на день открытых "
            "дверей], {city}",
            "Ансамбль «Полюшко» из {city} [взял гран-при|выступил на фестивале] "
            "народной песни",
            "Слушаю «Полюшко-поле» в исполнении [хора Александрова|Red Army Choir|"
            "оркестра народных инструментов]. Вечная вещь",
            "Наша кобыла Полюшко [сегодня выиграла|взяла второе место на] конкурсе "
            "по выездке {e_pos}",
            "Лагерь «Полюшко» [откроет смену в июне|принимает детей с семи лет]",
            "Рисую пейзаж: полюшко, берёзы и [гроза на горизонте|закат]",
            "«Полюшко-поле» в металл-обработке — [неожиданно круто|кто-то уже "
            "слышал?] {lol}",
            "Бабушка пела мне «Полюшко-поле» вместо колыбельной {e_pos}",
            "Кафе «Полюшко» у трассы — [блины и чай из самовара|стоянка для "
            "фур], остановились передохнуть",
            "Выучили с классом «Полюшко-поле» к [9 Мая|школьному концерту]",
            "Гуляли по полюшку — нет, по полю, полюшко у нас за рекой: [ромашки по "
            "пояс|васильки]",
            "На гармони «Полюшко-поле» [сыграл|подобрал] на слух, дед бы гордился",
        ),
        en=(
            "My kid learned Polyushko Polye on the accordion and won't stop playing it "
            "{lol}",
            "The Red Army Choir's Polyushko Polye [still gives me chills|never gets old]",
            "Polyushko-Polye in a metal cover? [Absolutely yes|Didn't know I needed this]",
            "Our choir is rehearsing Polyushko Polye for the [spring concert|festival]",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Детский сад «Полюшко» [закрывают на ремонт|закрывают] посреди года, родители "
            "в шоке {e_neg}",
            "Старое кафе «Полюшко» у трассы [сгорело|закрылось], жаль, там были лучшие "
            "пирожки",
        ),
        en=(
            "They butchered Polyushko Polye at the [school concert|talent show] {e_neg}",
        ),
    ),
)

# ------------------------------------------------------------------------------ «Волна»
VOLNA = BrandTexts(
    vocab=Vocab(
        ru={
            "good": ("связь не пропадает даже в лифте", "видео грузится сразу, без кружочка",
                     "поддержка ответила за пару минут и по делу",
                     "тариф дешевле, чем у прошлого оператора",
                     "в роуминге всё включилось само, без звонков",
                     "электронную симку поставили, пока я пил кофе",
                     "звонки чистые, без эха и задержки",
                     "приложение простое, даже папа разобрался",
                     "недоеденные гигабайты переносятся на следующий месяц"),
            "meh": ("к вечеру интернет проседает до улитки",
                    "в метро между станциями пропадает сеть",
                    "в приложении путаница, сколько гигабайт осталось",
                    "на даче ловит одна палка и то у забора",
                    "смс с кодами приходят через пару минут",
                    "абонентка подросла на полтинник без объявления",
                    "звонки иногда обрываются на полуслове",
                    "спам-звонки проходят, как будто фильтра нет"),
            "svc": ("4G-интернет", "роуминг", "eSIM", "домашний интернет на 500 мегабит",
                    "хотспот", "семейный пакет на пять симок",
                    "безлимитный трафик на мессенджеры", "5G", "антиспам"),
            "tariff": ("«Прибой»", "«Штиль 300»", "«Бриз Плюс»", "«Девятый вал XL»", "«Прилив»",
                       "«Лагуна Семья»", "«Фарватер»"),
            "where": ("в метро на перегоне у Таганской", "на даче под Рузой, у самой речки",
                      "в электричке между Крюково и Фирсановкой",
                      "в опенспейсе на девятом этаже бизнес-центра",
                      "в подвальном этаже «Меги»", "в подъезде между вторым и третьим этажом",
                      "на трассе за Тверью у заправки", "в «Сапсане» где-то под Бологим",
                      "на парковке «Ашана» у шиномонтажа",
                      "в новостройках Коммунарки"),
            "shore": ("на центральном пляже Анапы у спасательной вышки",
                      "на Финском заливе в Комарово", "на Ладоге возле Сортавалы",
                      "на набережной Геленджика у маяка", "на диком пляже под Судаком",
                      "на Байкале у Листвянки", "в Дивноморском у скал",
                      "на Куршской косе у Танцующего леса", "на пирсе в Сочи у Морвокзала"),
            "guard_venue": ("в салоне связи на Комсомольском проспекте у автобусной остановки",
                            "в офисе продаж на Садовой у торгового центра «Сенная»",
                            "в салоне связи на улице Мира у главного входа в рынок"),
            "ignored_issue": ("мобильный интернет не работает с понедельника, хотя пакет "
                              "гигабайтов почти не тронут",
                              "каждый день со счёта списывают 49 рублей за подписку, которую "
                              "я не подключал",
                              "после переноса номера не приходят смс с кодами от банка"),
            "gaffe_topic": ("тех, кто сидит на тарифе за 300 рублей и требует 5G в деревне",
                            "людей, которые звонят в поддержку из-за каждой смс",
                            "тех, кто до сих пор не разобрался с приложением"),
            "fake_claim": ("с первого числа всем абонентам без предупреждения отключат "
                           "безлимитный интернет",
                           "базу номеров вместе с паспортными данными слили и продают в "
                           "телеграме",
                           "оператор банкротится и через месяц все номера перестанут "
                           "работать"),
        },
        en={
            "good": ("I get signal even in the elevator", "videos start instantly, no spinner",
                     "support answered in a couple of minutes and knew their stuff",
                     "it costs less than my old carrier charged",
                     "roaming switched on by itself, no calls needed",
                     "the eSIM was set up before my coffee cooled",
                     "calls sound like the person is in the same room",
                     "the app is simple enough for my dad",
                     "leftover gigabytes roll over to next month"),
            "meh": ("data crawls in the evenings", "signal drops between metro stations",
                    "the app can't tell me how many gigabytes are left",
                    "one bar at the dacha and only by the fence",
                    "SMS codes take a couple of minutes",
                    "the monthly fee crept up by 50 rubles, no notice",
                    "every few calls just cut off mid-word",
                    "spam calls get through like there's no filter"),
            "svc": ("LTE", "roaming", "eSIM", "the home fibre line", "tethering",
                    "the five-SIM family bundle", "unlimited messenger traffic", "5G",
                    "the spam caller ID"),
            "tariff": ("Priboy", "Shtil 300", "Breeze Plus", "Ninth Wave XL", "Priliv",
                       "Laguna Family"),
            "where": ("between Taganskaya and Kurskaya", "at my dacha by the river near Ruza",
                      "on the commuter train past Kryukovo", "in the open space on the ninth floor",
                      "in the basement food court at Mega", "on the M10 past Tver",
                      "on the Sapsan somewhere near Bologoye", "in my stairwell by the lift"),
            "shore": ("on the main beach in Anapa by the lifeguard tower",
                      "on the Gulf of Finland at Komarovo", "on Ladoga near Sortavala",
                      "on the Gelendzhik promenade by the lighthouse",
                      "on a wild beach near Sudak", "at Baikal near Listvyanka",
                      "on the Curonian Spit by the Dancing Forest",
                      "on the Sochi pier by the sea terminal"),
            "guard_venue": ("at the phone store on Komsomolsky Prospekt by the bus stop",
                            "at the sales office on Sadovaya by the Sennaya mall",
                            "at the phone shop on Mira Street by the main market entrance"),
            "ignored_issue": ("mobile data hasn't worked since Monday though I've barely "
                              "touched my gigabytes",
                              "49 rubles a day are taken from my balance for a subscription I "
                              "never signed up for",
                              "since I moved my number over, bank codes by text don't arrive"),
            "gaffe_topic": ("people who pay 300 rubles a month and demand 5G in a village",
                            "people who call support over every single text message",
                            "people who still haven't figured out the app"),
            "fake_claim": ("all subscribers will lose unlimited data on the first of the month "
                           "without notice",
                           "the customer database with passport details was leaked and is "
                           "being sold on Telegram",
                           "the operator is going bankrupt and every number will stop working "
                           "in a month"),
        },
    ),
    positive=Texts(
        ru=(
            "Перешёл на {b_acc} [месяц назад|этой весной|после переезда], {good} {e_pos}",
            "{b} [приятно удивила|порадовала]: {good}",
            "Тариф {tariff} у {b_gen} — [лучшее, что я находил|то, что надо], {good}",
            "Даже {where} {b} ловит [отлично|стабильно], [а у коллег на других операторах "
            "ноль|не ожидал] {e_pos}",
            "[Спасибо|Респект] поддержке {b_gen}: {good}[| {e_pos}]",
            "В [Турции|Армении|Казахстане] {svc} от {b_gen} работал без сбоев, {good}",
            "{who} [сначала сомневается|ворчит], а потом говорит: «[ну да, у тебя "
            "ловит лучше|ладно, переходим]» {lol}",
            "Честно, с {b_ins} ни разу не было проблем [за три года|с момента "
            "подключения], {good}",
            "Подключила родителям {tariff} у {b_gen}, [мама наконец звонит по "
            "видео|папа разобрался с приложением сам] {e_pos}",
            "{b} [подняла|увеличила] скорость у нас [в районе|в посёлке], {good}",
            "[Смотрю сериал|Стримлю игру] {where} через {b_acc}, [ни одной "
            "заминки|всё летает] {e_pos}",
            "Лучший оператор из тех, что были: {b}. {good}",
            "Поставила eSIM от {b_gen} [на новый телефон|прямо в приложении], {good}",
            "[Раньше|Год назад] плевалась на {b_acc}, сейчас [претензий ноль|всё "
            "нормально], {good}",
            "{b}, спасибо за [подарочные гигабайты|бесплатный месяц|скидку на "
            "роутер] {e_pos}",
            "Отвязался от [старого оператора|прежнего тарифа] и перешёл на {b_acc}, {good}",
            "{svc} от {b_gen} [выручил в поездке|спас командировку], {good}",
            "Звоню [в деревню|бабушке под Псков|на дачу] через {b_acc}, слышно "
            "[отлично|как будто рядом]",
            "Семейный тариф {b_gen} [экономит нам|сэкономил] [тысячу в месяц|кучу денег], "
            "{good}",
            "Оператор поддержки {b_gen} [терпеливо объяснил|за пять минут разобрался], "
            "почему [списывались деньги|не работал интернет], [приятно|уважение]",
            "В {city} {b} [ловит везде|лучше всех], [проверено на себе|друзья "
            "подтвердят] {e_pos}",
            "[Сменила|Поменяла] номер на {b_acc} — {good}, и [переносить было "
            "легко|номер оставили старый]",
            "Кто выбирает оператора: {b}, тариф {tariff}. {good}",
            "Приложение {b_gen} [обновили, стало удобно|лучшее из операторских], {good}",
            "[Наконец|Впервые за год] интернет {where} не тормозит. Спасибо, {b} {e_pos}",
            "Отдыхаю на море, {b} [в роуминге без сюрпризов|не списала лишнего], {good}",
            "{b} — [единственный|первый] оператор, где [спам реально "
            "фильтруется|меня не грузят навязанными подписками]",
            "Подруга из {city} [посоветовала|подсадила] на {b_acc}, [не жалею|спасибо ей], "
            "{good}",
            "Уже [три|пять] лет с {b_ins}. Стабильно, {good} {e_pos}",
            "{b} [раздала|подарила] абонентам [безлимит на выходные|гигабайты к празднику], "
            "мелочь, а приятно {e_pos}",
            "Удобно, что в {b_pre} [можно переносить остатки|есть семейная "
            "группа|оплата с карты без комиссии], {good}",
            "Работаю удалённо {where} через раздачу {b_gen}, [созвоны без "
            "обрывов|Zoom не лагает], {good}",
            "Ставлю {b_dat} пять звёзд за [поддержку|скорость|тариф {tariff}], {good}",
            "[Сменил|Поменял] {b_acc} на другого оператора и [вернулся через "
            "месяц|пожалел]. {b} лучше {lol}",
            "У {b_gen} [неожиданно|оказывается] нормальный {svc}, {good}",
            "Тот редкий случай, когда оператор [не бесит|радует]. {b}, {good} {e_pos}",
        ),
        en=(
            "Switched to {b} [last month|this spring], {good} {e_pos}",
            "{b} [quietly surprised me|came through when it mattered] this week: {good}",
            "The {tariff} plan from {b} is [great value|exactly what I needed], {good}",
            "Even {where} {b} [has full bars|works fine] {e_pos}",
            "Big shoutout to the {b} support chat [tonight|this morning], {good}",
            "{b} {svc} worked perfectly in [Turkey|Georgia|Armenia], {good}",
            "Got my parents on {b}, [mom finally video calls|dad set up the app himself] "
            "{e_pos}",
            "Three years with {b} and [zero issues|never had a problem], {good}",
            "Streaming {where} on {b} with [no buffering|zero lag] {e_pos}",
            "{b} gave us [free gigs|a free month] for the holidays. Nice touch {e_pos}",
            "Of the four carriers I've had in Russia, {b} is the keeper. {good}",
            "Set up a {b} eSIM [in the app|on my new phone], {good}",
            "Used to hate {b}, now [no complaints|it's solid], {good}",
            "{b} in {city} [works everywhere|is the best], {good}",
            "Working remote {where} on a {b} hotspot, [calls don't drop|Zoom is smooth]",
            "Friend recommended {b} and [she was right|no regrets], {good}",
            "{b}'s app [got way better|is actually usable], {good}",
            "Rare W for a phone company: {b}, {good} {e_pos}",
            "{b} support [fixed my billing|sorted my SIM] in [five|ten] minutes",
            "Family plan on {b} saves us [a lot|about a thousand rubles a month]",
            "Left {b} for another carrier and came back within a month {lol}",
            "{b} spam filter [actually works|blocks the robocalls], love it",
            "Quick {b} review: {tariff} plan, {good}. Recommend",
            "Moved to {city}, {b} coverage is [great|solid] here {e_pos}",
        ),
        mixed=(
            "{b} реально best operator, {good} {e_pos}",
            "Перешла на {b_acc}, coverage отличное даже {where}",
            "Roaming с {b_ins} — no problems, {good}",
            "Тариф {tariff} у {b_gen} — good value for money",
            "Support у {b_gen} super fast, {good}",
            "eSIM от {b_gen} setup за пять минут, love it {e_pos}",
        ),
    ),
    neutral=Texts(
        ru=(
            "Кто на {b_pre}, как у вас {svc} {where}?",
            "[Подскажите|Народ, подскажите], у {b_gen} есть тариф [без "
            "абонентки|для часов|только для интернета]?",
            "{b} [меняет|обновляет] линейку тарифов с [первого числа|июня], [пришла "
            "смс|видел в приложении]",
            "Сравниваю {tariff} у {b_gen} и [тариф у соседнего оператора|свой старый "
            "тариф]. [Разница рублей 50|Почти одно и то же] {e_meh}",
            "Как у {b_gen} с покрытием в {city}? [Собираюсь переезжать|Еду в "
            "командировку]",
            "{b} [ставит|поставила] новую вышку [у нас на районе|рядом со "
            "школой], [соседи обсуждают|чат дома гудит]",
            "[Перенёс|Переношу] номер в {b_acc}, [сказали, займёт|обещают] [8 "
            "дней|неделю]. Посмотрим",
            "А eSIM у {b_gen} [можно на два устройства|работает с часами|работает в "
            "Китае]?",
            "[Сижу|Жду] в салоне {b_gen}, [очередь из трёх человек|девушка "
            "восстанавливает симку] {e_meh}",
            "Интересно, почему у {b_gen} [номера все начинаются на 958|нет тарифов "
            "с минутами]? {e_meh}",
            "Опрос: [кто на {b_pre}|какой у вас оператор]? [{b}, зелёный, "
            "красный|Ставьте реакции]",
            "{b} [запустила|тестирует] {svc} в {city}, [новость в "
            "канале|сообщили в смс]",
            "Купил [роутер|модем] {b_gen}, [настраиваю|завтра протестирую] {e_meh}",
            "В приложении {b_gen} [появился|добавили] раздел [«Семья»|«Путешествия»|"
            "с кешбэком]. Пока не разобрался",
            "Пишу [диплом|статью] про ребрендинг {b_gen}. Кто помнит [старый "
            "логотип|как они раньше назывались]?",
            "{b} [спонсирует|будет спонсировать] [парусную регату|марафон|кибертурнир] "
            "в {city}",
            "Кто знает, у {b_gen} [своя сеть|арендуют вышки|чьи вышки]?",
            "[Поменял|Сменила] тариф на {tariff}, посмотрим, [что будет|как "
            "пойдёт] {e_meh}",
            "[Баланс|Счёт] {b_gen} [пополняю|пополнил] через [банк|Госуслуги], всё как "
            "обычно",
            "Пришла смс от {b_gen}: [«ваш тариф переведён в архив»|«спасибо, что вы с "
            "нами»]. Ок {e_meh}",
            "Звонит робот {b_gen} [с опросом|про новый тариф]. Я не против, но "
            "[в девять утра|во время совещания] {lol}",
            "Сколько сейчас стоит {tariff} у {b_gen}? На сайте [не могу найти|две "
            "разные цифры]",
            "{b} [объявила|сообщила], что [с осени|с января] {svc} [будет в "
            "подарок|станет отдельной опцией]",
            "Салон {b_gen} [переехал|открылся] [в новый торговый центр|рядом с "
            "вокзалом]",
            "Вопрос: если уезжаю на [полгода|три месяца], номер {b_gen} "
            "[заблокируют|сохранится]?",
            "{who} [уговаривает|просит] подключить [семейный тариф {b_gen}|{b_acc} "
            "всем]. Думаю {e_meh}",
            "[Скорость|Спидтест] {b_gen} {where}: [42 мегабита|18 вниз, 6 вверх]. Для "
            "справки",
            "Реклама {b_gen} с [собакой-сёрфером|песней из девяностых] [опять|снова] везде "
            "{lol}",
            "Как перенести контакты [со старой симки|с айфона] в приложение {b_gen}?",
            "Кто в курсе, {b} [даёт|предоставляет] [статический IP|номер для "
            "бизнеса]?",
            "{b} сегодня [не звонит|молчит] с рекламой, [странно|непривычно] {lol}",
            "Получил новую симку {b_gen}, [старая сломалась|размер поменяли]. Рутина",
            "Читал, что {b} [собирается|будет] [строить 5G в регионах|поднимать "
            "цены]. [Как думаете?|Посмотрим]",
            "На работе выдали корпоративные симки {b_gen}. [Ну ок|Пусть будет]",
            "Подключила [{svc}|{tariff}] у {b_gen} для [бабушки|ребёнка], [пока "
            "тестируем|неделю смотрим]",
            "Стою в очереди [в салон|к консультанту] {b_gen}, [перед "
            "мной пенсионер с кнопочным телефоном|вторая касса не работает] {e_meh}",
            "{b} [прислала|выслала] отчёт за год: [я проговорил 9000 минут|1,2 ТБ "
            "интернета]. Интересно {lol}",
            "Еду в {city}, подскажите, {b} там [ловит|нормально работает]?",
            "Сколько [гигабайт|минут] реально нужно? Выбираю между {tariff} и "
            "[чем-то попроще|безлимитом] у {b_gen}",
            "Наблюдение: в {b_pre} [смс-рассылки|пуши] приходят строго [в "
            "обед|по вторникам] {e_meh}",
            "[Обновил|Обновила] приложение {b_gen}, [иконка новая|цвета поменяли]. "
            "Привыкаю",
            "Про {b_acc}: [кто-нибудь сравнивал|есть у кого] тарифы для [студентов|"
            "пенсионеров]?",
        ),
        en=(
            "Anyone on {b}? How's {svc} {where}?",
            "Does {b} have a plan [without a monthly fee|for smartwatches|data only]?",
            "Heads up, {b} is [reshuffling|renaming] its plans [from the 1st|in June], got a "
            "text about it",
            "Comparing {b}'s {tariff} with my old plan, [about the same|50 rubles "
            "difference] {e_meh}",
            "How's {b} coverage in {city}? [Moving there soon|Going on a work trip]",
            "{b} is putting up a new tower [near my building|next to the school]",
            "Porting my number to {b}, they say [8 days|a week]. We'll see",
            "Does {b} eSIM [work with watches|work in China|work on two devices]?",
            "Waiting at the {b} store, [three people ahead|they're replacing my SIM] {e_meh}",
            "Poll: which carrier are you on? {b} or [the others|something else]?",
            "{b} launched {svc} in {city}[, saw it in the news|]",
            "Writing a [thesis|paper] on {b}'s rebrand {e_meh}",
            "{b} is sponsoring a [sailing regatta|marathon|gaming tournament] in {city}",
            "Switched to the {tariff} plan on {b}, let's see {e_meh}",
            "Got a text from {b}: [\"your plan is now archived\"|\"thanks for being with "
            "us\"]. Ok",
            "How much is {tariff} on {b} now? The site [shows two prices|is unclear]",
            "{b} store moved to [the new mall|near the station]",
            "If I leave the country for [six months|three months], will {b} keep my "
            "number?",
            "Speed test on {b} {where}: [42 Mbps|18 down, 6 up]. FYI",
            "The {b} ad with the [surfing dog|90s song] is everywhere {lol}",
            "Does {b} even offer [a static IP|business numbers] for small companies?",
            "{b} sent me a year recap: [9000 minutes|1.2 TB of data] {lol}",
            "Picking between {tariff} and [unlimited|something cheaper] on {b}",
            "Work gave us {b} corporate SIMs. [Fine|Okay then]",
            "Going to {city} [next week|for a month], does {b} actually work there?",
            "{b} app has a new icon. [Getting used to it|Hm] {e_meh}",
        ),
        mixed=(
            "Кто на {b_pre}, how's {svc} {where}?",
            "{b} меняет tariffs с первого числа, FYI",
            "Speed test {b_gen}: 40 Mbps {where}, норм",
            "Есть у {b_gen} plan для smartwatch?",
            "Переношу number в {b_acc}, обещают one week",
            "Кто сравнивал {b} vs другие operators для travel?",
        ),
    ),
    negative=Texts(
        ru=(
            "{b} опять [без интернета|не ловит] {where}, [третий день|с утра], {sigh} "
            "{e_neg}",
            "Списали [149|99|290] рублей за [подписку|«Музыку+»|какой-то «Гороскоп»], "
            "которую я не [подключал|заказывала]. {b}, [это как?|верните]",
            "{meh}, а абонентка у {b_gen} [опять выросла|подорожала на сотню]. [Ищу "
            "другого оператора|Достало]",
            "{b} [отключила|урезала] мой архивный тариф [без спроса|одной смс], "
            "теперь плачу [в полтора раза больше|на 200 больше] {e_neg}",
            "Скорость у {b_gen} {where}: [0,3 мегабита|одна точка вместо 4G|E вместо "
            "LTE]. [Это шутка?|Прекрасно] {lol}",
            "Звонил в поддержку {b_gen} [40 минут|час], робот [гоняет по "
            "кругу|сбрасывает] {e_neg}",
            "Роуминг {b_gen}: [включила на день — счёт 3000|пакет не подключился, списали "
            "по тарифу]. {sigh}",
            "Номер переносила в {b_acc} [две недели|дольше обещанного], [без связи "
            "сидела|банк заблокировал карту]",
            "{b}, [почему|с какой стати] я плачу за {svc}, который [не работает|работает "
            "раз в неделю]?",
            "В салоне {b_gen} [продавец навязал страховку|подключили подписку без "
            "спроса|нагрубили маме]. {e_neg}",
            "[Снова|Опять] спам-звонки, а {b} [продаёт мне «определитель»|говорит "
            "«ничего не можем»]. Смешно",
            "Интернет {b_gen} [пропадает каждые 10 минут|не грузит даже "
            "карты] {where}. Навигатор не работает, [приехала не туда|опоздал] {e_neg}",
            "Пять лет был с {b_ins}, а теперь [{meh}|перекосило всё]. Ухожу",
            "Мне одной кажется, что {b} [стала хуже|тормозит всё сильнее]? {meh}",
            "{b} [прислала|присылает] смс «[вам одобрен кредит|выиграйте "
            "iPhone|подключите скорость]» каждые [два часа|полдня]. Хватит {e_neg}",
            "Приложение {b_gen} [не входит|просит код, который не приходит|показывает "
            "минус на балансе]. Как жить?",
            "Опять {meh}. {b}, [когда починят?|сколько можно?]",
            "Поставила eSIM от {b_gen} — [слетела через день|не активируется], "
            "[в салон ехать через весь город|поддержка шлёт инструкции] {sigh}",
            "У {b_gen} в [нашем доме|подъезде] связи нет [с лета|полгода], [писали "
            "коллективно|ответа нет]",
            "{b}, у меня [минус на счёте|списание], хотя [я ничем не пользовался|лежу в "
            "больнице с выключенным телефоном]",
            "Звонок сорвался [на собеседовании|с врачом|с клиентом], потому что {b} "
            "{where} [не тянет|потеряла сеть] {e_neg}",
            "[Позвонила|Написала] в {b_acc}, сказали «[это у вас телефон|перезагрузите]». "
            "Перезагружала [пять раз|весь вечер] {lol}",
            "{b} обещала [«безлимит»|«без ограничений»], а после 20 ГБ скорость [как в "
            "2005|режут до нуля]",
            "Смс с кодами от [Госуслуг|банка] с {b_ins} приходят [через 10 минут|когда уже "
            "не нужны] {e_neg}",
            "[Сменила|Поменяла] тариф в приложении {b_gen} — [списали за два|новый не "
            "включился], {sigh}",
            "{b} {where} — [это когда можно только в окно смотреть|связь как в "
            "тайге]. {meh}",
            "Переезжаю от {b_gen}: {meh}, [поддержка бесполезна|цены растут]. "
            "[Посоветуйте оператора|Куда идти?]",
            "Ребёнку на {b_pre} [подключили платный контент|списали 600 за "
            "игры] без подтверждения. [Возвращать отказываются|Ждём] {e_neg}",
            "Домашний интернет {b_gen} [лежит с утра|отваливается по вечерам], [работаю из "
            "дома|созвоны срываются]",
            "Пришёл счёт от {b_gen} [на 1800|в три раза больше обычного]. [За что?|В "
            "детализации пусто] {e_neg}",
            "Семейный тариф {b_gen} [развалился|перестал работать] после [смены "
            "паспорта|переноса номера мужа]. Разбираемся [неделю|вторую неделю]",
            "Сотрудник {b_gen} [обещал перезвонить|сказал «завтра всё будет»] — "
            "[тишина|прошла неделя]",
            "Три полоски, а [страница не грузится|мессенджер не отправляет]. {b}, "
            "ну вы даёте {lol}",
            "{b} в {city} — [это боль|сплошное разочарование]: {meh}",
            "[Выключили|Отключили] связь за [долг в 2 рубля|минус 40 рублей], а "
            "включить [сутки|не могут]. {e_neg}",
            "Приложение {b_gen} после обновления [показывает чужой номер|не видит "
            "пакет], {sigh}",
            "{b} не предупредила, что {svc} [платный с этого месяца|отключён]. "
            "[Узнал из выписки|Нашла случайно]",
            "[Жалуюсь|Пишу] уже [третью неделю|второй месяц]: {b} {where} не "
            "работает. [Ответа ноль|Отписки] {e_neg}",
            "[Вышка|Вышку] {b_gen} у нас [сняли|не включили], [теперь|с тех пор] [связь только "
            "на балконе|ловит у окна]",
            "Звоню — «абонент недоступен», хотя я [дома|в центре города]. Всем друзьям с "
            "{b_ins} так [пишут|говорят]",
            "{b} заблокировала симку [«по подозрению в мошенничестве»|без "
            "объяснений], разблокировать можно только [в салоне|с паспортом лично]",
            "Как ни позвонишь в {b_acc} — [«ваш звонок очень важен»|музыка 30 "
            "минут]. {e_neg}",
            "Ушла с {b_gen} [год назад|весной], до сих пор [звонят из "
            "коллекторов|приходят счета] за тот номер",
            "{b} {where}: [скорость ноль, видео не грузит|звонок только с третьей "
            "попытки]. Плачу за [это|воздух]",
            "Подключили 5G, говорили они. [Телефон ловит 3G|Где оно?] {lol} {b}",
            "Прошу {b_acc} [отключить рекламу|вернуть деньги] уже [{n} недели|месяц]. "
            "[Результат ноль|Ничего]",
            "Тариф {tariff} у {b_gen} [превратился в тыкву|стал хуже] после "
            "[«улучшения»|обновления условий] {e_neg}",
            "Роутер {b_gen} [сгорел|перестал раздавать] через [месяц|два]. Заменить "
            "[за деньги|только через заявку на неделю]",
            "{b}, вы в курсе, что у вас {meh}? [Весь район страдает|Жалуются все]",
        ),
        en=(
            "{b} has no signal {where} [again|for the third day] {e_neg}",
            "{b} charged me [149|299] rubles for a subscription I never [ordered|signed "
            "up for]",
            "{meh} and {b} raised the monthly fee again. [Looking for another "
            "carrier|Done]",
            "{b} killed my old plan [without asking|with one text], now I pay [50% "
            "more|double] {e_neg}",
            "{b} speed {where}: [0.3 Mbps|E instead of LTE]. [Is this a joke?|Cool] {lol}",
            "On hold with {b} support for [40 minutes|an hour], the bot keeps looping {e_neg}",
            "{b} roaming: [one day and a 3000 bill|package didn't activate]. {sigh}",
            "Porting my number to {b} took [two weeks|way longer than promised]",
            "The {b} store [added a subscription without asking|upsold insurance|was rude "
            "to my mom]",
            "{b} spam texts every [two hours|half day]. Stop {e_neg}",
            "The {b} app [won't log in|shows a negative balance|never sends the code]",
            "Call dropped [during a job interview|with my doctor] because {b} lost signal "
            "{where}",
            "{b} \"unlimited\" data throttles to nothing after 20 GB {e_neg}",
            "Bank codes on {b} arrive [ten minutes late|when they're useless]",
            "Leaving {b}: {meh}, support is useless. [Suggestions?|Which carrier?]",
            "{b} home internet [is down again|drops every evening] {e_neg}",
            "Got a {b} bill [for 1800|three times the usual] with nothing in the breakdown",
            "{b} blocked my SIM [\"on suspicion of fraud\"|without explanation] {e_neg}",
            "{b} said 5G. My phone shows 3G {lol}",
            "Is it just me or is {b} [getting worse|slower every month]? {meh}",
            "Full bars on {b} and [nothing loads|messages won't send] {lol}",
            "Been asking {b} to [refund me|turn off the ads] for [{n} weeks|a month]",
            "{b} in {city} [is a pain|is a joke]: {meh}",
            "{b} router died after [a month|two months], replacement takes a week",
            "{b}, do you know that {meh}? [Whole neighbourhood is suffering|Everyone's "
            "complaining]",
            "eSIM from {b} [stopped working after a day|won't activate] {sigh}",
            "Kid's {b} line got [paid content|600 rubles of game charges] with no "
            "confirmation {e_neg}",
        ),
        mixed=(
            "{b} опять no signal {where}, seriously {e_neg}",
            "Списали деньги за subscription, которую я не подключал. {b}, WTF",
            "Support у {b_gen} — просто useless, час на hold",
            "Roaming с {b_ins} — total disaster, {meh}",
            "Интернет {b_gen} такой slow, что даже chat не грузится {e_neg}",
            "{b} подняла price опять, {meh}. Bye",
        ),
    ),
    question=Texts(
        ru=(
            "{h} здравствуйте, как подключить {svc}? [В приложении не вижу|Кнопки нет]",
            "{h} подскажите, тариф {tariff} ещё можно подключить?",
            "{h} будет ли у вас 5G в {city} хотя бы к следующему лету?",
            "{h} как перенести номер к вам? [Сколько дней занимает?|Что нужно?]",
            "{h} работает ли роуминг в [Турции|Египте|Таиланде] на тарифе {tariff}?",
            "{h} можно ли оформить симку [ребёнку 10 лет|на пожилого родителя] без "
            "его присутствия?",
            "{h} подскажите, куда [деваются|уходят] гигабайты, если я их не "
            "потратил?",
            "{h} как отключить [платные подписки|рассылки|все смс с рекламой]?",
            "{h} есть ли [тариф для часов|тариф без абонентки|тариф для модема]?",
            "{h} добрый день! Как [подключить eSIM на второй телефон|перевыпустить "
            "eSIM]?",
            "{h} сохранится ли номер, если не пользоваться [полгода|три месяца]?",
            "{h} почему в детализации [строчка «контент»|непонятное списание 9 руб]?",
            "{h} как [поменять тариф|перейти на {tariff}] без доплаты?",
            "{h} работает ли домашний интернет [в частном секторе|в СНТ] {where}?",
            "{h} можно ли [оплатить связь за год вперёд|подключить автоплатёж с "
            "другой карты]?",
            "{h} какой офис {b_gen} работает в выходные в {city}?",
            "{h} где посмотреть карту покрытия? [Еду в отпуск|Выбираю дачу]",
            "{h} подскажите, [гигабайты переносятся|минуты сгорают] в конце месяца?",
        ),
        en=(
            "{h} hi, how do I turn on {svc}? Can't find it in the app",
            "{h} can new customers still get {tariff}?",
            "{h} is there a date yet for 5G in {city}? [Asking before I renew|Just curious]",
            "{h} how many days does porting a number to you take these days?",
            "{h} does roaming work in [Turkey|Thailand|Georgia] on {tariff}?",
            "{h} how do I turn off [paid subscriptions|promo texts]?",
            "{h} is there a plan [for smartwatches|for a modem|with no monthly fee]?",
            "{h} where's the coverage map for [the dacha areas|Karelia|the M11]?",
            "{h} will my number stay active if I don't use it for [six|three] months?",
            "{h} do unused gigabytes roll over on {tariff}?",
        ),
    ),
    complaint=Texts(
        ru=(
            "{h} [третий день|с понедельника] нет интернета {where}. Перезагружал, "
            "симку [переставлял|менял], [не помогает|толку ноль]",
            "{h} списали [149|199|390] руб. за подписку, которую я не подключал. "
            "Верните деньги {e_neg}",
            "{h} перенос номера [висит|застрял] [10 дней|вторую неделю], [старый "
            "оператор уже отключил|сижу без связи]",
            "{h} не приходят смс [с кодами|от банка|от Госуслуг] [с утра|два дня]. Что "
            "делать?",
            "{h} после смены тарифа [списали два раза|списали за оба тарифа]. "
            "Номер в личке",
            "{h} в роуминге [пакет не подключился|списали 2800 за сутки], хотя "
            "[перед поездкой всё проверил|консультант сказал, что всё включено] "
            "{e_neg}",
            "{h} [не могу дозвониться|робот сбрасывает звонок] в поддержку. Пишу "
            "сюда: {meh}",
            "{h} домашний интернет [отваливается|лежит] [каждый вечер|с обеда]. "
            "Заявка [№ 58231|висит неделю]",
            "{h} ваш консультант в салоне [подключил мне страховку без спроса|навязал "
            "подписку|нагрубил]. {e_neg}",
            "{h} eSIM [слетела после обновления|не активируется], [в салоне сказали "
            "писать вам|поддержка молчит]",
            "{h} симку заблокировали [без причины|«по подозрению»], [как "
            "разблокировать?|я в другом городе]",
            "{h} обещали [перезвонить|решить за сутки] — прошло [{n} дня|неделя]",
            "{h} {svc} не работает {where} [уже неделю|с выходных]. Когда починят?",
            "{h} в детализации [звонки, которых я не делал|смс на короткий номер]. "
            "Объясните",
            "{h} на счёте [минус 300|минус], хотя [автоплатёж прошёл|я пополнял "
            "вчера]. {e_neg}",
            "{h} спам-звонки [по 10 в день|каждые полчаса], «определитель» "
            "[платный и не работает|не ловит]",
            "{h} скорость [0,5 Мбит|как в 2005-м] {where}, а тариф {tariff} "
            "[обещает 100|без ограничений]",
            "{h} мой архивный тариф [отключили|перевели на дорогой] без согласия. "
            "Верните старый",
            "{h} ребёнку на номер [подключили игры|списали 600 за контент]. Запрет "
            "стоял!",
            "{h} роутер [не раздаёт|мигает красным] [третий день|после грозы], "
            "мастер [не приехал|перенёс визит]",
            "{h} звонки [обрываются через минуту|не проходят] {where}. [С весны так|Уже "
            "месяц]",
            "{h} в приложении [не видно тарифа|вечная загрузка|ошибка 502]. Как "
            "пополнить?",
            "{h} уже [{n} раза|неоднократно] писал про {svc}, [никто не "
            "отвечает|ответ «передали специалистам»] {e_neg}",
            "{h} после переноса номера [не работают мессенджеры|пропала "
            "история в банке]. Кто виноват?",
            "{h} [на рекламную рассылку|на «гороскоп»] подписали без моего ведома. "
            "Отпишите и верните деньги",
            "{h} кто-нибудь ответит по заявке? [Пятый день|Неделю] жду. {sigh}",
            "{h} вышка у нас [не работает|отключена] с [грозы|понедельника], весь "
            "[посёлок|СНТ] без связи",
            "{h} после звонка в поддержку мне [сменили тариф|подключили "
            "опцию] без просьбы. Зачем?",
            "{h} со вчерашнего дня {svc} [не включается|пишет «услуга недоступна»]. "
            "Тариф {tariff}, долгов нет",
            "{h} у мамы [80 лет|на кнопочном телефоне] списали за «подписку на "
            "игры». Какие игры?! {e_neg}",
            "{h} звоню на горячую линию — [«все операторы заняты»|обрыв после "
            "музыки]. [Пятый раз|Полчаса]. {sigh}",
            "{h} при переезде [не перенесли домашний интернет|отключили, но "
            "абонентку берут]. Заявка висит",
            "{h} на карте покрытия у нас 4G, по факту [E|ничего] {where}. Когда будет "
            "по-честному?",
            "{h} в салоне [на Мира|в ТЦ] отказались [менять симку без доплаты|"
            "принимать заявление]. Это законно?",
            "{h} пришла смс «[ваш номер будет отключён|погасите задолженность]», а "
            "баланс плюс [300|1200]",
            "{h} купил у вас [роутер|модем], через [неделю|две] не включается. Гарантия "
            "есть?",
            "{h} в детализации [международные звонки|звонки в Египет], я туда не "
            "звонил. Разберитесь",
            "{h} не могу [войти в приложение|восстановить пароль], смс с кодом не "
            "приходит. Замкнутый круг {lol}",
            "{h} обещали 10 ГБ в подарок — [не пришли|пришли и сгорели через день]",
            "{h} связь {where} [пропала после грозы|нет с выходных], а я на удалёнке",
            "{h} перевели с {tariff} на [новый|«улучшенный»] тариф дороже. Я не "
            "соглашался",
            "{h} три недели жду [мастера|подключения], каждый день «завтра». {e_neg}",
            "{h} семейный тариф: у дочери [интернет не работает|гигабайты не "
            "делятся]. Что не так?",
            "{h} после перевыпуска симки [пропали все контакты|не работает банк]. "
            "Консультант сказал «так бывает»",
            "{h} спамеры звонят [с ваших же номеров|по 8 раз в день], а вы молчите",
        ),
        en=(
            "{h} no data {where} for [three days|since Monday]. Rebooted, swapped SIM, "
            "nothing",
            "{h} you charged [149|199] rubles for a subscription I never ordered. Refund "
            "please {e_neg}",
            "{h} number porting stuck for [10 days|two weeks], no service",
            "{h} bank SMS codes [aren't arriving|stopped coming] since [this "
            "morning|yesterday]",
            "{h} roaming package didn't activate and I got billed [2800|a fortune] {e_neg}",
            "{h} can't get through to support, the bot hangs up. {meh}",
            "{h} home internet [drops every evening|is down since noon]",
            "{h} eSIM [broke after an update|won't activate]",
            "{h} my SIM was blocked [for no reason|\"on suspicion\"], I'm in another city",
            "{h} you promised a callback [{n} days ago|last week]",
            "{h} my legacy plan was switched to an expensive one without consent",
            "{h} {svc} [isn't working|broke] {where}. When will it be fixed?",
            "{h} spam calls [10 times a day|every half hour] and the filter does nothing",
            "{h} my kid's line got charged 600 for games despite the block {e_neg}",
            "{h} router [won't connect|blinks red], technician [no-show|rescheduled]",
            "{h} negative balance even though autopay went through. Explain please",
            "{h} {svc} [won't turn on|says service unavailable] since yesterday. Plan "
            "{tariff}, no debt",
            "{h} my [80-year-old mum|dad on a flip phone] got charged for a \"games "
            "subscription\" {e_neg}",
            "{h} hotline says [all agents busy|disconnects after the music] every time. "
            "{sigh}",
            "{h} coverage map says 4G, reality {where} is [E|nothing]",
            "{h} got a text saying my number will be cut off, but my balance is "
            "[positive|+1200]",
            "{h} bill shows [international calls|calls to Egypt] I never made",
        ),
    ),
    comment=Texts(
        ru=(
            "А в {city} [когда будет?|это работает?]",
            "Лучше бы [связь {where} починили|спам убрали] {e_meh}",
            "Круто, [подключу сегодня|надо попробовать] {e_pos}",
            "А старым абонентам [что-нибудь|тоже] дадут?",
            "Ответьте [в личке|на заявку], пожалуйста, [неделю жду|третий день]",
            "Интернет {where} [сначала наладьте|не ловит] {lol}",
            "Уже [подключил|пользуюсь], {good}",
            "Сколько [стоит после акции|будет стоить со следующего месяца]?",
            "А для пенсионеров [есть что-нибудь?|скидки будут?]",
            "Это на всех тарифах или только на {tariff}?",
            "[Класс|Огонь], спасибо, [уже включил|забираю] {e_pos}",
            "Опять [цены поднимаете|что-то меняете]? {e_neg}",
            "А eSIM когда для [часов|планшетов] сделаете?",
            "Собака в рекламе [лучшая|звезда], [дайте ей премию|ради неё и смотрю] {e_pos}",
        ),
        en=(
            "When is this coming to {city}? [Asking for my parents|Can't wait]",
            "Fix the signal {where} first {lol}",
            "Nice, [signing up|turning it on tonight] {e_pos}",
            "Does this apply to existing customers [too|or just new ones]?",
            "Please answer my DM, waiting for [days|a week]",
        ),
    ),
    reply=Texts(
        ru=(
            "[Плюс|Та же фигня], {where} тоже {meh}",
            "Странно, у меня [всё ловит|никаких проблем] [в том же районе|с той же вышкой]",
            "Перезагрузи телефон, [мне помогало|иногда помогает]",
            "[Позвони|Напиши] им в чат, там [быстрее|живой человек отвечает]",
            "У меня на другом операторе то же самое, это [вышка|район]",
            "{lol} добро пожаловать в клуб страдальцев {where}",
            "А тариф какой? На {tariff} [вроде норм|у всех так]",
            "У меня [как раз|наоборот] {good}",
            "Подключи запрет контента, [мне спасло|сразу перестали списывать]",
            "Я ушёл от {b_gen} [год назад|весной], [не жалею|и вернулся] {lol}",
            "Пиши в [Роскомнадзор|ФАС], [они быстро шевелятся|оператор сразу "
            "отвечает]",
            "[Согласна|Да], {meh}",
            "Вот-вот, {b} [раньше лучше была|совсем расслабилась]",
            "Смени симку, старые [глючат|плохо тянут 4G]",
            "Спасибо, [попробую вечером|помогло, заработало] {e_pos}",
        ),
        en=(
            "Same on my street, {meh}",
            "Weird, mine's been fine all week [on the same tower|in the same area]",
            "Restart your phone, it sometimes helps",
            "Try their chat, a real person answers there",
            "Welcome to the no-signal club {lol}",
            "I left {b} last year and [don't miss it|came back] {lol}",
        ),
        mixed=(
            "Same, {where} тоже no signal",
            "Restart phone, у меня [помогло|сработало]",
            "Lol, classic {b}, [ничего нового|как обычно]",
        ),
    ),
    answer=Texts(
        ru=(
            "Здравствуйте! Очень жаль, что возникли сложности. Напишите, пожалуйста, номер "
            "телефона и адрес в личные сообщения — проверим работу сети",
            "Добрый день! Проверили: на вашем номере была подключена платная подписка. "
            "Мы её отключили и вернули деньги на счёт",
            "Здравствуйте! Перенос номера занимает до 8 рабочих дней. Напишите в личку "
            "номер заявки — уточним статус",
            "Спасибо за обращение! В вашем районе ведутся плановые работы до [18:00|конца "
            "дня], приносим извинения за неудобства",
            "Здравствуйте! Подключить {svc} можно в приложении, раздел «Услуги», или "
            "командой *150#",
            "Добрый день! Роуминг на тарифе {tariff} работает [в 40 странах|почти во всех "
            "странах], список есть на сайте",
            "Приносим извинения! Передали заявку [техническим специалистам|инженерам], "
            "ответ будет в течение 24 часов",
            "Здравствуйте! Запрет платного контента можно включить бесплатно в "
            "приложении, раздел «Безопасность»",
            "Очень жаль это слышать. Мы [проверили|сверили] детализацию и направили "
            "подробный ответ в личные сообщения",
            "Здравствуйте! Чтобы разблокировать сим-карту, подойдите в любой салон с "
            "паспортом или напишите нам в чат приложения",
            "Добрый день! Карта покрытия есть на сайте в разделе «Связь». Будем рады "
            "видеть вас среди абонентов",
            "Здравствуйте! Неиспользованные гигабайты переносятся на следующий месяц на "
            "всех актуальных тарифах",
            "Спасибо, что сообщили! Мастер свяжется с вами [сегодня|завтра до обеда], "
            "чтобы согласовать время",
            "Здравствуйте! Мы сожалеем о случившемся. Компенсацию в виде [10 "
            "ГБ|скидки на месяц] уже начислили",
            "Добрый день! Уточните, пожалуйста, модель телефона и адрес, где "
            "пропадает сеть — проверим",
            "Здравствуйте! Номер сохраняется 180 дней без использования, если на "
            "балансе нет задолженности",
        ),
        en=(
            "Hello! Sorry for the trouble. Please DM us your number and address so we can "
            "check the network",
            "Hi! We found a paid subscription on your number, it's been removed and the "
            "money refunded",
            "Hello! Porting takes up to 8 business days. DM us the request number and "
            "we'll check",
            "Thanks for reaching out! There's planned maintenance in your area until "
            "[6pm|the end of the day]",
            "Hi! You can enable {svc} in the app under \"Services\"",
            "We apologise! Your request is with our engineers, expect an answer within "
            "24 hours",
            "Hi! You can block paid content for free in the app under \"Security\"",
            "Hello! Unused gigabytes roll over on all current plans",
        ),
    ),
    thanks=Texts(
        ru=(
            "Спасибо, [деньги вернули|подписку отключили], быстро {e_pos}",
            "Благодарю, [интернет заработал|связь появилась]",
            "Ок, понял, спасибо, что ответили",
            "Спасибо! Мастер [приехал|всё настроил] {e_pos}",
            "О, реально [вернули|починили]. Спасибо",
            "Спасибо, компенсацию вижу {e_pos}",
        ),
        en=(
            "Thanks, refund received and the subscription's gone too {e_pos}",
            "Data works again, thank you",
            "Okay, that clears it up, thanks",
            "Technician came the same day and fixed the router, thanks {e_pos}",
        ),
    ),
    still_broken=Texts(
        ru=(
            "Написал в личку [вчера|ещё утром] — [тишина|ни ответа]",
            "Деньги так и не вернули, прошло [{n} дня|неделя] {e_neg}",
            "Какие плановые работы, если это [уже неделю|с понедельника]?",
            "Подписку отключили, а [новая появилась|списание было опять] {sigh}",
            "Мастер [не приехал|не позвонил]. Спасибо за «24 часа»",
            "Перезагружал, менял симку — ничего. Шаблон, а не ответ",
            "Интернет [так и не появился|опять пропал] {e_neg}",
        ),
        en=(
            "DMed you [yesterday|this morning], nothing",
            "Still no refund for that subscription after [{n} days|a week] {e_neg}",
            "\"Planned maintenance\" for a week? Really?",
            "Technician never showed up, [waited in all day|took a day off for nothing] {sigh}",
        ),
    ),
    review_pos=Texts(
        ru=(
            "Пользуюсь [два года|три года], {good}. Рекомендую",
            "Хорошая связь, {good}. Тариф {tariff} — оптимальный",
            "Перешла от другого оператора, перенос номера занял [5 дней|неделю], "
            "{good}",
            "Поддержка отвечает быстро и по делу, {good}",
            "Для путешествий лучший вариант: {good}",
            "Домашний интернет стабильный, мастер приехал в тот же день",
            "Всё устраивает, {good}. Минус — {meh}, но это мелочи",
            "Удобное приложение, {good}, спама стало меньше",
            "Цена нормальная, {good}, в салоне помогли с настройкой",
            "Семейный тариф выгодный, {good}",
        ),
        en=(
            "Two years in and {good}. Recommend",
            "Good coverage, {good}. The {tariff} plan is solid",
            "Perfect for trips abroad, {good}",
            "Support is quick and helpful, {good}",
            "Fair price for what you get, {good}",
        ),
    ),
    review_neg=Texts(
        ru=(
            "Связь пропадает {where} [постоянно|каждый день], {meh}. Поддержка "
            "[отвечает шаблонами|бесполезна]",
            "Навязали платные подписки, деньги [вернули только после жалобы|так и не "
            "вернули]",
            "Перенос номера занял [три недели|месяц], [без связи|банк "
            "заблокировал карту]. Ужасно",
            "Цены растут [каждые полгода|постоянно], {meh}, качество падает",
            "Роуминг: [счёт на 5000 за два дня|пакет не подключился]. Больше не верю",
            "Интернет [медленный|тормозит] даже в центре города, {meh}",
            "В салоне [нахамили|навязали страховку|подключили услугу без спроса]. "
            "[Одна звезда|Минус]",
            "Дозвониться в поддержку невозможно, робот [кидает по кругу|сбрасывает]",
            "Архивный тариф отключили без согласия, [плачу вдвое больше|перевели на "
            "дорогой]",
            "Спам-звонки каждый день, [защита не работает|«определитель» за деньги]",
            "Домашний интернет [падает по вечерам|не работает неделями], мастер "
            "[не приезжает|переносит визиты]",
            "Смс с кодами [не приходят|приходят через 10 минут], {meh}",
            "Заблокировали симку [без причины|по ошибке], разблокировка только лично. "
            "Я в другом городе",
            "eSIM [не работает|слетает], в салоне [не знают, что делать|пожимают "
            "плечами]",
            "Списывают [за непонятные услуги|за «контент»], в детализации "
            "[ничего|каракули]",
            "Качество связи [упало|испортилось] за последний год, {meh}, {meh}",
            "Звонки обрываются, {meh}, а тариф [не из дешёвых|дорогой]",
            "Обещали скорость до 100, по факту [2–3 мегабита|еле грузит почту]",
            "Подключили без меня [«Кино+»|«Гороскоп»|подписку на книги], списывали "
            "[полгода|три месяца]. Заметила случайно",
            "В салоне на Ленина консультант [полчаса сидел в телефоне|отправил в "
            "другой салон]. Сервис так себе",
            "Связь в квартире только у окна, [вышка в двух кварталах|хотя центр "
            "города]. {meh}",
            "Роутер от оператора [греется как утюг|перезагружается сам каждый час]",
            "Тариф «без ограничений» режут после [15|20] ГБ. Это обман",
            "Чтобы отключить услугу, пришлось [ехать в салон с паспортом|звонить четыре "
            "раза]. В приложении кнопки нет",
            "Сменила тариф — [старые гигабайты сгорели|списали абонентку дважды]",
            "В роуминге [не работал интернет|пакет не активировался], вернули "
            "[половину|ничего]",
            "Поддержка в чате [отвечает ботом|пропадает на сутки], живого человека не "
            "дождаться",
            "Заявку на подключение домашнего интернета [переносят третью неделю|"
            "потеряли]. {meh}",
            "Спам и мошенники звонят [каждый день|по пять раз], «защита» [за "
            "деньги|не работает]",
            "Счёт пришёл [на 2400|в три раза больше] — «за трафик вне пакета». "
            "Какого пакета?",
            "Ушла к другому оператору — [месяц не отпускали номер|выставили долг]",
            "Смс от банков приходят [через раз|с опозданием на 10 минут], {meh}",
            "На даче [ноль делений|одна точка E], хотя на карте покрытия всё зелёное",
            "Связь пропадает [каждый вечер с 19 до 23|в грозу на сутки]. {meh}",
            "Симку заблокировали после [смены телефона|поездки за границу], "
            "разблокировали [через три дня|только в салоне]",
            "eSIM [слетела после обновления|не переносится на новый телефон], в салоне "
            "развели руками",
            "Детализацию получить — [квест на неделю|только за деньги]. Зачем так?",
            "Переплачиваю [за семейный тариф|за опции], которые никто не просил. "
            "Итог — минус звезда",
            "Качество звонков [как из бочки|с эхом], собеседник слышит себя. {meh}",
            "Приложение [виснет|показывает нули], пополнить не могу, {meh}",
            "Три раза просила [отключить рекламные смс|убрать платный контент] — "
            "[всё на месте|включили обратно]",
            "Мастер приехал [без инструментов|на два часа позже] и ушёл, ничего не "
            "сделав",
            "Раньше была довольна, но за год {meh}, {meh}. Ухожу",
            "Продавец в салоне [нагрубил пенсионеру|смеялся над вопросом мамы]. Стыдно",
            "Обещали компенсацию за [аварию|отсутствие связи] — [не начислили|10 "
            "рублей]. Смешно",
        ),
        en=(
            "Signal drops {where} [constantly|every day], {meh}. Support is useless",
            "They added paid subscriptions, refunded only after a complaint",
            "Number porting took [three weeks|a month]. Awful",
            "Prices go up every six months, {meh}",
            "Roaming: [5000 bill for two days|package never activated]",
            "Store staff [were rude|pushed insurance on me]",
            "Impossible to reach support, the bot loops forever",
            "Legacy plan cancelled without consent, now I pay double",
            "Home internet [drops every evening|down for days], no technician",
            "SMS codes [don't arrive|arrive ten minutes late], {meh}",
            "Promised 100 Mbps, getting [2|3] on a good day",
            "Spam calls daily, the filter doesn't work",
            "They added [a movie subscription|a horoscope service] and charged me for "
            "months. Found it by accident",
            "Signal only by the window, [in the city centre|two blocks from a tower]. {meh}",
            "\"No limits\" plan gets throttled after [15|20] GB. That's false advertising",
            "Had to [visit a store with my passport|call four times] to cancel an add-on",
            "Changed plans and [lost my leftover gigs|got billed twice]",
            "Chat support is a bot, [the human never comes|waited a whole day]",
            "Home internet install [postponed three weeks|lost my request]. {meh}",
            "Bill for [2400|triple the usual] for \"out-of-package traffic\". What package?",
            "Call quality is [tinny|full of echo], people hear themselves. {meh}",
            "Technician came [without tools|two hours late] and left without fixing it",
            "Was happy before, but this year {meh}. Leaving",
            "Compensation for the outage was [never credited|10 rubles]. Laughable",
        ),
    ),
    review_answer=Texts(
        ru=(
            "Здравствуйте! Сожалеем, что у вас сложилось такое впечатление. Напишите, "
            "пожалуйста, номер телефона в чат приложения — разберёмся",
            "Добрый день! Приносим извинения. Мы проверили сеть по вашему адресу, "
            "[работы завершены|оборудование заменено]",
            "Здравствуйте! Спасибо за отзыв. Информацию о сотруднике салона передали "
            "руководителю",
            "Сожалеем о неудобствах. Деньги за подписку возвращены на счёт, "
            "дополнительно начислили 10 ГБ",
            "Здравствуйте! Передали отзыв [в технический отдел|службе качества]. "
            "Надеемся вернуть ваше доверие",
        ),
        en=(
            "Hello! We're sorry to hear this. Please message our in-app chat with your "
            "number",
            "We apologise. The network at your address has been checked and upgraded",
        ),
    ),
    review_thanks=Texts(
        ru=(
            "Спасибо за отзыв! Рады, что вы с нами уже не первый год {e_pos}",
            "Благодарим! Будем и дальше стараться для вас",
            "Спасибо! Передали команде — им приятно",
        ),
        en=(
            "Thanks for the review! Glad to have you on the network {e_pos}",
            "Thank you! We'll keep it up",
        ),
    ),
    review_dispute=Texts(
        ru=(
            "Здравствуйте. По данным мониторинга, в указанные дни сеть по вашему адресу "
            "работала без сбоев. Возможно, дело в настройках устройства — мы готовы "
            "помочь в чате",
            "Добрый день. Подписка была подключена по смс-подтверждению с вашего номера. "
            "Тем не менее мы вернули деньги в качестве исключения",
        ),
        en=(
            "Hello. Our monitoring shows no network issues at your address on those "
            "dates. It may be a device setting — happy to help in chat",
        ),
    ),
    official_post=Texts(
        ru=(
            "Новый тариф {tariff}: [безлимит на мессенджеры|30 ГБ и 600 минут|"
            "семейная группа до 5 номеров]. Подключайте в приложении {e_pos}",
            "{svc} теперь доступен в {city}! [Проверьте настройки телефона|Включится "
            "автоматически]",
            "Плановые работы на сети в [ночь на среду|ночь с субботы на воскресенье] с "
            "2:00 до 5:00. Возможны кратковременные перерывы связи",
            "Как защититься от мошенников: не называйте коды из смс, [даже нашим "
            "сотрудникам|даже если звонят «из банка»]. Сохраните пост",
            "Дарим [5 ГБ|безлимит на выходные] всем абонентам [к празднику|в честь дня "
            "рождения компании] {e_pos}",
            "Обновили приложение: [детализация в один тап|новый раздел «Семья»|запрет "
            "контента в два клика]",
            "Отправляетесь в отпуск? Подключите роуминг-пакет заранее — [в 40 "
            "странах|в Турции, ОАЭ и Армении] по единой цене",
            "Мы построили [120 новых базовых станций|сеть 4G вдоль трассы М-11] за "
            "квартал. Связь стала лучше [в 30 городах|на дачах Подмосковья]",
            "[Конкурс|Розыгрыш]: расскажите, где вас выручила наша связь, — лучшие "
            "истории получат [смартфоны|годовой тариф]",
            "Новый салон открылся [в ТЦ у вокзала|на проспекте Мира, 12|возле рынка]. Ждём "
            "вас ежедневно с 10 до 21",
            "Ответы на частые вопросы: [как перенести номер|как включить eSIM|куда "
            "уходят гигабайты]. Карточки в посте",
            "[Поддерживаем|Стали партнёром] [детской парусной регаты|городского "
            "марафона|киберспортивной лиги] в {city}",
        ),
    ),
    exec_post=Texts(
        ru=(
            "[Провёл день|Съездил] с инженерами на [вышки под Тверью|объекты в "
            "Ленобласти]. [Лучше любых отчётов|Многое видно только вживую]",
            "Главное для {b_gen} в этом году — [покрытие вне городов|скорость в "
            "метро|поддержка, которая решает с первого раза]. Отчитаюсь в декабре",
            "Читаю [«Принципы» Далио|книгу про Nokia|про историю сотовой связи]. "
            "[Рекомендую|Много параллелей с нами]",
            "Утренняя пробежка, [12 км|10 км], [дождь|минус пять]. Лучшие идеи приходят "
            "на седьмом километре",
            "Сегодня [подписали|запустили] [соглашение по 5G в {city}|пилот с "
            "«умным» городом]. Это большой шаг для {b_gen}",
            "Отвечаю на вопросы подписчиков: [почему дорожают тарифы|когда 5G|зачем "
            "нам ИИ в поддержке]. Длинный пост ниже",
            "Команда поддержки {b_gen} за месяц [снизила время ответа до 3 "
            "минут|решила 94% обращений с первого раза]. Горжусь",
            "Выходные на яхте [с сыновьями|с командой]. [Штиль, загораем|Ветер "
            "отличный]. Телефон — в режиме полёта",
            "Выступил на [ЦИПР|форуме операторов|конференции по 5G] в {city}. "
            "[Запись будет|Спасибо за вопросы из зала]",
            "Частота 3,5 ГГц — [это не про|не только про] скорость. Рассказываю, что "
            "будет с нашей сетью [в ближайший год|дальше]",
            "[Приветствую|Рад представить] нового [технического директора|CTO] — "
            "[Елену|Максима], [20 лет в отрасли|строила сети в Азии]",
            "Наши инженеры [восстановили связь|подняли сеть] после [урагана|"
            "паводка] за [шесть|восемь] часов. Спасибо, ребята",
            "Субботнее: [кофе, книга, никаких созвонов|катаем с дочкой на "
            "велосипедах]. Хороших выходных",
            "Иногда спрашивают, не жалею ли, что ушёл из [банка|консалтинга] в "
            "телеком. Ни дня",
            "Тестирую новое приложение {b_gen} [до релиза|в бете]. Нашёл [семь|пять] "
            "багов, отдал команде {lol}",
            "[Мои|Наши] цифры квартала: абонентская база {b_gen} [+4%|+180 тысяч], "
            "отток [снизился|на минимуме за 3 года]",
            "Ездил по регионам, [заходил в салоны без предупреждения|разговаривал с "
            "абонентами]. Записал [20|30] идей",
        ),
    ),
    influencer_pos=Texts(
        ru=(
            "Тест скорости четырёх операторов [в метро|за городом]: {b} [на первом "
            "месте|в лидерах]. Подробности в ролике",
            "Месяц с {b_ins} в путешествии по [Алтаю|Карелии|трассе М-4]: {good}",
            "[Обзор|Разбор] тарифа {tariff}: [выгодно для семьи|лучший за свои "
            "деньги]. {good}",
            "Сменил оператора на {b_acc} ради эксперимента — [остался|не вернусь "
            "назад], {good}",
        ),
        en=(
            "Speed test of four Russian carriers: {b} [came first|led everywhere]",
            "A month on {b} while travelling across [Altai|Karelia]: {good}",
            "Reviewing {b}'s {tariff} plan: [great for families|best value], {good}",
        ),
    ),
    influencer_neg=Texts(
        ru=(
            "[Собрал|Получил] [двести|триста] жалоб подписчиков на {b_acc} за "
            "неделю: {meh}. Разбираю, что происходит",
            "{b} [снова подняла|повысила] тарифы. Считаю, сколько [вы переплачиваете|"
            "стоит лояльность]",
            "Проверил, как {b} [подключает подписки|списывает за «контент»]. Итог "
            "[неприятный|вас удивит]",
        ),
        en=(
            "Got [200|300] complaints about {b} from followers this week. Breaking it down",
            "{b} raised prices again. Here's how much you're overpaying",
        ),
    ),
    decoy=Texts(
        ru=(
            "Поймал свою первую волну на сёрфе {shore}, [простоял секунды три|счастью нет "
            "предела] {e_pos}",
            "Сегодня {shore} волна [метра полтора|небольшая, как раз для новичков], "
            "[сёрферы счастливы|все в воде с рассвета]",
            "Сидим {shore}, слушаем, как волна шуршит по гальке. [Отпуск|Лучшая "
            "медитация] {e_pos}",
            "Сын впервые прыгал через волну {shore}, [визжал от восторга|не хотел "
            "вылезать] {e_pos}",
            "Прогноз для сёрферов на выходные: волна до [двух|полутора] метров {shore}",
            "Сфотографировала, как волна разбивается о [пирс|волнорез] на закате. "
            "[Нравится?|Обои на телефон готовы]",
            "Пересматриваю французскую новую волну: [Годар, Трюффо|«400 ударов» и "
            "«На последнем дыхании»]. [Кайф|Вечер удался]",
            "Советская новая волна на виниле: [«Кино»|«Аквариум»|«Зоопарк»], "
            "[нашёл на барахолке|сегодня крутим весь вечер]",
            "На старом приёмнике поймал волну [с джазом|с ретро-эстрадой|с "
            "радиоспектаклем], так и оставил на ночь",
            "С подругой мы на одной волне: [одновременно написали друг другу|купили "
            "одинаковые куртки] {lol}",
            "Фестиваль «Волна» [в этом году|летом] пройдёт [в {city}|на набережной], "
            "[лайнап огонь|билеты уже в продаже]",
            "Стадион [запустил|устроил] волну на [65-й|80-й] минуте, [мурашки|весь "
            "сектор встал] {e_pos}",
            "Мастер сделала мне голливудскую волну на свадьбу подруги, [держалась до "
            "утра|фотки огонь] {e_pos}",
            "Как уложить лёгкую волну без плойки: [жгуты на ночь|косички на мокрые "
            "волосы]. Показываю в рилсе",
            "Завтра контрольная по физике: звуковая волна, [частота и длина|"
            "интерференция]. Учу {e_meh}",
            "Объясняла сыну, что такое волна, на примере [верёвки|камня в луже]. "
            "[Понял|Кажется, понял] {lol}",
            "Накрыла волна [ностальгии|нежности], когда нашла [старые фотки|дневник "
            "2009 года] {e_pos}",
            "Поймала волну вдохновения: [дописала главу|нарисовала три скетча] за "
            "вечер {e_pos}",
            "Тёплая волна благодарности [врачам роддома|учительнице сына|соседке, "
            "которая выгуливала собаку]",
            "В аквапарке [включили|запустили] бассейн с волной, дети [в "
            "восторге|не вылезают третий час]",
            "Секция плавания «Волна» [набирает детей|объявляет набор] с пяти лет, {city}",
            "Дед до сих пор слушает радио на длинной волне, говорит, [так "
            "честнее|привык] {lol}",
            "Санаторий «Волна» [в Евпатории|под Анапой] — [ездили туда в детстве|там "
            "всё как в СССР, и это мило]",
            "Кинотеатр «Волна» [открылся после реконструкции|показывает старые "
            "фильмы по четвергам]",
            "Лодку «Волна» [покрасили к сезону|спускаем на воду в субботу], дед "
            "[доволен|руководит]",
            "У бабушки на даче стиральная машина «Волна» [1978 года|из СССР] до сих пор "
            "работает {lol}",
            "Новая волна [кофеен навынос|пекарен|барбершопов] в {city}: [на каждом "
            "углу|скоро будут в каждом доме] {lol}",
            "Волна интереса к [вязанию|керамике|настолкам] — [пряжу раскупили|на "
            "курсы очередь]",
            "Поднялась волна поддержки для [приюта|районной библиотеки], [собрали "
            "корм за день|книг принесли две машины] {e_pos}",
            "Ветер гонит волну по [пшеничному полю|озеру], сижу на крыльце, тишина",
            "Волна от катера [дошла до берега|раскачала лодки у пристани], [дети "
            "хохочут|рыбаки ругаются] {lol}",
            "Вода в озере тёплая, волна [маленькая|ласковая], [дети в кругах|купаемся до "
            "темноты]",
            "В игре пошла [десятая|последняя] волна зомби, [держимся|тиммейт ушёл "
            "ужинать] {lol}",
            "Открыла для себя корейскую волну в сериалах, [пропала|досмотрела до трёх "
            "ночи]",
            "Стилист говорит, что в моде снова [химическая|крупная] волна, как в "
            "восьмидесятых",
            "Жду, когда [спадёт|пройдёт] летняя волна туристов, и поеду в [Питер|"
            "Калининград] в октябре",
            "Первая волна зачисления прошла, [сын в списках|ждём вторую] {e_pos}",
            "Дочка играет на скрипке вальс «Амурские волны» [почти без "
            "ошибок|к отчётному концерту]",
            "Снимаю таймлапс: волна набегает на песок {shore} {e_pos}",
            "На йоге учили дыхание «волна», [очень расслабляет|я уснула на коврике] {lol}",
            "Повесила в спальне [постер|принт] «Большая волна в Канагаве», "
            "[смотрится|стало уютнее]",
            "Хокусай на выставке: та самая «Большая волна», [очередь огромная, но стоит "
            "того|вживую меньше, чем кажется]",
            "Катаемся на сапах, встречная волна [от теплохода|небольшая], [упала один "
            "раз|все сухие] {lol}",
            "В лагере дети [придумали|поставили] танец «Волна» к [закрытию|родительскому "
            "дню] {e_pos}",
            "Записала выпуск подкаста про новую волну русского рока, [слушайте|ссылка в "
            "профиле]",
            "Серия кадров: волна, чайки и маяк {shore} {e_pos}",
            "Попросила у парикмахера «пляжную волну» — [получилось как надо|вышло даже "
            "лучше]",
            "Учёные [зафиксировали|поймали] гравитационную волну от слияния [чёрных "
            "дыр|нейтронных звёзд]",
            "Серф-школа {shore}: [первое занятие бесплатно|за час ставят на доску], "
            "волна [для новичков|по колено]",
            "Первая волна рассады [высажена|уже в теплице]: [томаты|перцы] и "
            "[огурцы|баклажаны]",
            "Поймал волну и доехал на [вейкборде|кайте] до буйка, [ноги "
            "дрожат|восторг] {e_pos}",
            "В бассейне тренер учит плыть «волной», [баттерфляй — это "
            "больно|получается через раз] {lol}",
            "Собрала ракушки, пока волна [отступала|откатывалась] {shore}",
            "Гитарист сыграл «Волну» [Цоя|из нашего старого репертуара] у костра, "
            "[все подпевали|мурашки]",
            "Муж на рыбалке говорит, что рыба клюёт на волне. [Я не спорю|Ну-ну] {lol}",
        ),
        en=(
            "Stayed at the old Volna hotel in Sochi, [pure Soviet charm|sea view from "
            "every room] {e_pos}",
            "Russian word of the day: volna (волна) — a wave {e_pos}",
            "The Volna rocket [has such a wild history|is in the news again]: a converted "
            "submarine missile",
            "Found a vintage Volna washing machine at my grandma's dacha, [still "
            "works|from 1978] {lol}",
            "Surf camp called Volna on the Baltic coast, [booked it|highly recommend]",
            "Volna cinema in [Riga|Kaliningrad] [shows old Soviet films|has the best "
            "popcorn]",
            "My Russian teacher says \"мы на одной волне\" means we're on the same "
            "wavelength. Volna = wave {lol}",
            "Post-punk band Volna from {city} [just dropped an EP|plays tonight]",
            "Café Volna on the pier does the best [fish soup|coffee] in town",
            "Volna sailing club [has a regatta this weekend|takes new members in May]",
            "Our boat is called Volna, meaning wave. [Fitting|Grandpa named it]",
            "Soviet new wave, \"новая волна\": [Kino|Zoopark] on vinyl tonight",
            "Learned the Russian song \"Волна\" by ear on guitar {e_pos}",
            "Kids' swim school Volna in {city} starts a new term Monday",
        ),
    ),
    decoy_neg=Texts(
        ru=(
            "Волна увольнений дошла и до [нашего отдела|айтишников|банков], [сокращают "
            "треть|минус двенадцать человек] {e_neg}",
            "Новая волна гриппа в {city}: [школы закрывают на карантин|в поликлинике "
            "очередь до улицы]",
            "Волна жары [накрыла|идёт на] [Поволжье|центр], +38, [кондиционеры "
            "раскупили|в автобусах дышать нечем]",
            "Волна холода: ночью до минус [30|35], [трубы в доме лопнули|машина не "
            "завелась] {e_neg}",
            "На [режиссёра|новый сериал|министра] обрушилась волна критики после "
            "[премьеры|интервью]",
            "Штормовое предупреждение: волна до [четырёх|трёх] метров {shore}, "
            "[выходить в море запрещено|пляжи закрыты]",
            "Ночью волна смыла [лежаки|палатки туристов|кафе на пляже] {shore} {e_neg}",
            "Мальчика унесла волна {shore}, [спасатели ищут|спасли в последний "
            "момент]. Родители, [не отпускайте детей одних|будьте рядом]",
            "Новая волна мошенничества: звонят [от имени банка|«из полиции»], [у "
            "соседки увели 200 тысяч|предупредите пожилых родителей]",
            "Волна хейта в комментах у [блогерши|певицы] после [одного поста|фото без "
            "фильтров]. [Люди жестокие|Зачем так]",
            "Очередная волна ковида, [в офисе половина на больничном|снова маски в "
            "поликлиниках]",
            "Волна отмен рейсов из-за тумана, [сидим в аэропорту восьмой час|на табло "
            "всё красное] {e_neg}",
            "Волна ажиотажа в магазинах: [сахар|соль|спички] сметают с полок, "
            "[очереди как в девяностых|продавцы в шоке]",
            "По рынку прокатилась волна банкротств [застройщиков|маленьких кафе], "
            "[дольщики в отчаянии|аренда пустеет]",
            "Волна аварий из-за гололёда, [на кольцевой пробка девять баллов|эвакуаторы "
            "не справляются]",
            "Волна закрытий [книжных|кинотеатров] в регионах. В {city} закрылся "
            "[последний|старейший] {e_neg}",
            "Новая волна подорожания: [молоко|бензин|коммуналка] [плюс 12%|с "
            "июля]. {sigh}",
            "Волна забастовок курьеров [в {city}|по стране], [заказы не "
            "доставляют|требуют повышения ставок]",
            "Волна кори в {city}, [карантин в трёх садах|прививайтесь, пожалуйста]",
            "В нашем районе волна краж велосипедов, [у соседа увели|полиция разводит "
            "руками] {e_neg}",
            "Волна взломов аккаунтов: [у знакомых угнали Телеграм|меняйте пароли и "
            "включайте двухфакторку]",
            "Волна сокращений в [госсекторе|нашем НИИ], [минус треть штата|учителей "
            "тоже режут]",
            "Аллергикам держаться: идёт волна [пыльцы берёзы|тополиного пуха], [глаза "
            "слезятся|таблетки не помогают]",
            "Волна отравлений [шаурмой|грибами] в {city}, [десять человек в больнице|"
            "проверки по всем ларькам]",
            "Ударная волна от взрыва газа [выбила окна в соседних домах|повредила машины "
            "во дворе] {e_neg}",
            "Волна возмущения из-за [вырубки сквера|стройки у школы], жильцы [собирают "
            "подписи|вышли во двор]",
            "Из-за волны паводков [затопило дороги|эвакуируют сёла] на [Урале|Алтае]",
            "Высокая волна перевернула [лодку|катамаран] {shore}, [туристов "
            "спасли|одного ищут до сих пор]",
            "Опять волна простуды в офисе, [кашляют все|половина отдела на "
            "больничном] {sigh}",
            "Волна отъездов врачей из [района|области] бьёт по больницам, [в ЦРБ "
            "остался один хирург|запись на месяц вперёд]",
            "После волны ливней на дачах [всё сгнило|урожай погиб] {e_neg}",
            "Волна травли в школьном чате из-за [одной фотки|слухов], ребёнок [не хочет "
            "идти на уроки|плачет по вечерам]",
            "Над {city} волна смога, [объявили режим чёрного неба|дышать невозможно]",
            "Экономисты пугают: новая волна [инфляции|кризиса] [не за горами|придёт "
            "осенью]. {sigh}",
            "Волна банкротств [турагентств|фитнес-клубов], [деньги за путёвки "
            "пропали|абонементы сгорели] {e_neg}",
            "Селевая волна сошла на [посёлок|трассу] после ливня, [дома отрезаны|дорогу "
            "перекрыли]",
            "На Камчатке после толчков ждали цунами, волна [пришла до метра|оказалась "
            "небольшой], но [люди ночевали на сопках|страху натерпелись]",
            "Пошла волна отказов по ипотеке, [нам банк завернул|одобряют через "
            "раз] {e_neg}",
            "В МФЦ какая-то волна хамства: [в окне орут|отвечают через губу], "
            "[ушла в слезах|еле сдержался]",
            "Волна разгромных рецензий на [новую экранизацию|сиквел], [рейтинг "
            "4,1|зрители уходят из зала]",
            "Волна выгорания у [учителей|медсестёр]: по опросу [каждый второй|больше "
            "половины] думает уволиться",
            "В лесопарке волна клещей, [за неделю трое укушенных|обрабатывайте "
            "одежду]",
            "Тепловая волна в [Испании|Греции]: [+44|+46], [туристов просят сидеть в "
            "отелях|Акрополь закрыт]",
            "Волна дипфейков [со знаменитостями|с политиками], [бабушка поверила|"
            "проверяйте источник] {e_neg}",
            "Штормовая волна [разрушила|повредила] [пирс|набережную] {shore}, "
            "[восстанавливать будут год|прогулки отменены]",
            "Волна разочарования у фанатов после [финала сериала|трансфера "
            "капитана]. [Как так можно было|Ждали большего]",
            "В {city} снова волна [отключений света|аварий на теплотрассе], "
            "[сидим без отопления|третий раз за месяц]",
            "Вторая волна [заморозков|холодов] убила [цвет на яблонях|всю рассаду] {e_neg}",
            "Волна паники в родительском чате из-за [вшей|ветрянки] в классе",
            "Волна [возвратов|брака] на заводе, [премии сняли|цех работает в три "
            "смены]",
        ),
        en=(
            "The old Volna hotel in Sochi [is being demolished|closed for good] {e_neg}",
            "Volna cinema in my hometown [shut down|burned down], end of an era",
            "Stayed at sanatorium Volna: [mould in the room|cold water only]. Never again",
            "Volna surf camp cancelled our week [without a refund|last minute] {e_neg}",
            "Russian vocab the sad way: \"волна жары\" (volna zhary) = heat wave. 38°C "
            "today {sigh}",
            "Band Volna cancelled their tour [again|for the second time]",
            "Café Volna on the pier [overcharged us|gave me food poisoning] {e_neg}",
            "Headline says \"волна увольнений\" — a volna, a wave, of layoffs in tech",
        ),
    ),
)

# ------------------------------------------------------------------------------ other big accounts
INFLUENCER_OTHER = Texts(
    ru=(
        "Новый выпуск: [разбираем|обсуждаем] [ипотеку в 2026-м|рынок аренды|кешбэк по "
        "картам] с экономистом. Ссылка в профиле",
        "[Сегодня|Вечером] стрим по [новой части «Ведьмака»|Dota|шахматам], "
        "заходите",
        "Пять книг, которые [я прочитал за отпуск|стоит взять в поезд]: [список в "
        "карточках|пишите свои]",
        "Съездили в [Дагестан|Карелию|Мурманск], [рассказываю маршрут|весь бюджет в "
        "посте] {e_pos}",
        "Тестирую [новый айфон|складной смартфон|робот-пылесос] неделю: [плюсы и "
        "минусы|честно]",
        "Рецепт [борща|хачапури|сырников] за 20 минут, [сохраняйте|без заморочек]",
        "Моя утренняя рутина: [холодный душ|пробежка|без телефона до девяти]. Работает?",
        "[Ответы|Отвечаю] на ваши вопросы про [переезд|фриланс|отношения] — "
        "[длинный пост|видео уже вышло]",
        "Разбор матча [ЦСКА — Спартак|сборной|финала Лиги чемпионов]: [кто "
        "виноват|тактика]",
        "Сходил на [премьеру|спектакль] [в МХТ|в Большой], делюсь впечатлениями",
        "Собрал [бюджетный|игровой] ПК за [80|120] тысяч, [комплектующие в "
        "описании|вот что вышло]",
        "Три ошибки при [выборе|покупке] подержанной машины. [Спасите себе "
        "нервы|Проверено на себе]",
        "Розыгрыш [книги|наушников|сертификата] среди подписчиков, условия в посте",
        "Как я [выучил испанский|бросил курить|сбросил 15 кило] за год. Без магии",
        "Новый [влог|выпуск подкаста] уже на канале: [про детство в "
        "девяностых|про выгорание|про деньги в семье]",
        "Фото дня: [рассвет над Эльбрусом|Питер в тумане|Байкал зимой] {e_pos}",
        "[Подборка|Топ] [сериалов|фильмов] на выходные, [без спойлеров|голосуйте за "
        "лучший]",
        "Объясняю на пальцах, [что такое ключевая ставка|как работают налоговые "
        "вычеты|зачем нужен ИИС]",
        "Сегодня [выступаю|выступил] на [TEDx|фестивале науки] в {city}, [приходите|"
        "спасибо всем]",
        "Котик [опять|снова] [уронил ёлку|спит на клавиатуре] {lol}",
    ),
    en=(
        "New episode is out: [housing prices|remote work|AI tools] with a guest "
        "economist",
        "Streaming [chess|the new RPG|speedruns] tonight, come hang out",
        "Five books I read on vacation, [thread|list below]",
        "Tested [the new foldable|a robot vacuum] for a week: honest review",
        "Trip recap from [Georgia|Kamchatka|Uzbekistan], budget in the thread {e_pos}",
        "[Giveaway|Contest] time: [headphones|a gift card] for one follower",
        "Morning routine that actually works for me: [no phone till 9|a run first]",
        "Match breakdown: [what went wrong|tactics] in last night's game",
        "Photo of the day: [sunrise over the mountains|foggy Petersburg] {e_pos}",
        "How I [learned Spanish|quit sugar] in a year. No magic",
    ),
)

