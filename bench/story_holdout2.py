"""HELD-OUT set 2 for bench/stories_quality.py (`--set holdout2`): written after the rules
of commit ba0bc38 were fixed and never used to change them. Set 1 (story_holdout.py) was run
once and then informed lexicon gaps, so it is no longer unseen; this one is. A pharmacy chain,
its everyday complaints and four stories in words not written against the lexicon."""

from __future__ import annotations

from bench.story_streams import BackgroundTexts, BrandTexts, StoryTexts, TextSet
from detectors.simulation import Names

__all__ = ["HOLDOUT2"]

_BRAND = BrandTexts(
    id="zhivitsa",
    config={
        "id": "zhivitsa", "name": "Аптека Живица", "language": "ru",
        "aliases": ["Аптека Живица", "Аптеки Живица", "Zhivitsa", "#живица", "Живица"],
        "official_accounts": [{"handle": "zhivitsa_apteka"}],
        "business_hours": {"tz": "Europe/Moscow", "start": "08:00", "end": "22:00",
                           "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]},
    },
    names=Names(ru=("Живица", "«Живица»", "аптека Живица", "#живица", "Живица"),
                en=("Zhivitsa", "Zhivitsa pharmacy", "#zhivitsa")),
    ru_in=("в «Живице»", "в Живице", "в аптеке Живица"),
    en_in=("at Zhivitsa", "at a Zhivitsa pharmacy", "in Zhivitsa"),
)

_BACKGROUND = BackgroundTexts(
    negative_ru=(
        "{in} [опять|снова] нет [нурофена|моего лекарства|детского сиропа], приходите "
        "[завтра|через неделю]",
        "Заказ в приложении {b} [собирают уже третий день|отменили без объяснений|так и не "
        "пришёл в аптеку]",
        "Фармацевт {in} [навязывала|пыталась впарить] [витамины|БАДы] вместо того, что я "
        "просил",
        "Цены {in} [кусаются|выросли], тот же спрей в соседней аптеке на {n} рублей дешевле",
        "{b} на [Профсоюзной|Ленинском|Академической] [закрылась на обед в самый "
        "час пик|не работает, хотя на сайте открыта]",
        "Сдачу {in} [недодали|дали мелочью], [проверяйте чеки|пришлось возвращаться]",
        "[Скидка по карте|Бонусная карта] {b} [не применилась|не работает], кассир "
        "[развела руками|сказала звонить на горячую линию]",
        "Очередь {in} [человек десять|на полчаса], [окно одно|второй фармацевт пьёт чай]",
        "Горячая линия {b} [не отвечает|держит на линии {n} минут], [бесит|сколько можно]",
        "Курьер {b} [привёз не ту дозировку|потерял половину заказа|опоздал на {n} минут]",
        "{in} [продали|всучили] [мазь|сироп] с [истекающим сроком|мятой коробкой]",
        "Сайт {b} показывает [наличие|остатки], а по факту [ничего нет|пусто]",
    ),
    negative_en=(
        "{b} [still|again] doesn't have [my prescription|ibuprofen] in stock",
        "The {b} app cancelled my order [without a reason|twice this week]",
        "{b} hotline kept me on hold for {n} minutes",
        "Paid {n}0 rubles more {in} than at the place next door",
        "The pharmacist {in} kept pushing vitamins I didn't ask for",
    ),
    other_ru=(
        "{in} [быстро собрали заказ|вежливые фармацевты], спасибо 👍",
        "Кто знает, {b} на [Профсоюзной|Тверской] работает [круглосуточно|в воскресенье]?",
        "{b} [запустила доставку|открыла аптеку у дома], удобно",
        "По карте {b} [хорошая скидка|начислили бонусы], приятно",
        "Купила [витамины|крем] {in} по акции",
    ),
    other_en=(
        "Quick pickup {in} today, friendly staff",
        "Is {b} on [Tverskaya|Leninsky] open 24/7?",
        "{b} now delivers to my district, nice",
    ),
    replies_ru=(
        "[Такая же|Та же] история была у меня",
        "[Пишите|Напишите] жалобу на сайте, там хотя бы отвечают",
        "[Я давно туда не хожу|Мы перешли в другую сеть]",
        "[Странно|Хм], у нас в районе нормально",
    ),
    answers_ru=(
        "Здравствуйте! Приносим извинения. Пожалуйста, пришлите номер заказа в личные "
        "сообщения, разберёмся.",
        "Добрый день! Спасибо за обратную связь, информацию передали руководителю аптеки.",
    ),
    answers_en=("Hi! We're sorry. Please send us your order number in a private message.",),
)

_INSULIN = StoryTexts(
    name="insulin",
    origin=("Сегодня {in} на Профсоюзной пожилому мужчине с диабетом отказались продать "
            "инсулин, потому что рецепт был в телефоне, а не на бумаге. Через десять минут ему "
            "стало плохо прямо у входа, вызывали скорую. Фармацевт даже не вышла"),
    ru=(
        "[Деду|Старику|Пенсионеру] с диабетом {in} не продали инсулин [из-за электронного "
        "рецепта|без бумажки]. Ему стало плохо у [аптеки|дверей], [скорая|увезли на скорой]",
        "{b}, вы в своём уме? [Отказать|Не продать] диабетику инсулин из-за бумажки, а "
        "потом [смотреть, как он падает|даже не выйти к нему]",
        "Человек [чуть не умер|потерял сознание] у входа в {b}, потому что ему не дали "
        "инсулин. [Бездушие|Формализм убивает]",
        "Пожилой [мужчина|дедушка] [упал|рухнул] у {b} после отказа продать ему инсулин. "
        "[Где человечность|Кто ответит]?",
        "[Читаю|Прочитал] про деда и инсулин {in}. [Больше там ничего не куплю|Перешёл в "
        "другую аптеку]",
    ),
    en=(
        "A [diabetic|elderly] man was refused insulin {in} over a [paper|printed] "
        "prescription and collapsed at the door. [Ambulance came|Shameful]",
        "{b} staff let a pensioner [collapse|pass out] instead of selling him insulin. "
        "[Unreal|Boycott]",
        "Refusing insulin to a sick old man because the prescription was on his phone? "
        "[Well done {b}|{b}, explain yourselves]",
    ),
    translit=(
        "dedu s diabetom ne prodali insulin v {b}, emu stalo ploho, vyzyvali skoruyu",
    ),
    replies=(
        "Как он сейчас? Кто-нибудь знает?",
        "Это же статья, оставление в опасности",
        "Пишите в Минздрав",
    ),
)

_BACKPACK = StoryTexts(
    name="backpack-search",
    origin=("Охранник {in} у метро схватил мою дочь за руку, затащил в подсобку и обыскал "
            "рюкзак, обвинив в краже. Ей 15, ничего не нашли, даже не извинились. Подруга "
            "сняла это на видео"),
    ru=(
        "[Девочку|Школьницу|Пятнадцатилетнюю] {in} [затащили в подсобку|обыскали] и "
        "[обвинили в воровстве|назвали воровкой]. Ничего не нашли. [Позор|Это вообще законно?]",
        "{b}, ваш охранник [хватает|лапает] детей и [роется в рюкзаках|обыскивает "
        "подростков]? [Видео в сети|Разберитесь]",
        "[Охрана|Охранник] {b} [обыскал|обшарил] рюкзак у [девочки|школьницы] без "
        "полиции и без родителей. [Мерзко|Подавайте в суд]",
        "Смотрю видео, где в {b} [хватают за руку|ведут в подсобку] [ребёнка|девочку]. "
        "[Руки чешутся|Ни копейки им больше]",
        "Обвинить [подростка|девчонку] в краже и [не извиниться|оставить без извинений] — "
        "так работает {b}",
    ),
    en=(
        "A guard {in} [dragged|pulled] a 15-year-old girl into a back room and searched "
        "her backpack for 'theft'. Nothing found, no apology",
        "{b} security [searches kids' bags|accuses teenagers of stealing] now? "
        "[The video is awful|Watch this]",
        "Falsely accusing a schoolgirl of shoplifting is a new low, {b}",
    ),
    translit=(
        "okhrannik v {b} obyskal ryukzak u shkolnitsy, obvinil v krazhe, [video v seti|"
        "pozor]",
    ),
    replies=(
        "Надеюсь, вы написали заявление",
        "Какой адрес этой аптеки?",
        "Бедный ребёнок",
    ),
)

_FIRE = StoryTexts(
    name="fire-exit",
    origin=("{in} на Академической загорелась подсобка, а запасной выход был заперт на "
            "замок. Люди выбирались через витрину, одну женщину увезли с отравлением дымом"),
    ru=(
        "Пожар {in}: запасной выход [закрыт на замок|заставлен коробками], [люди "
        "разбивали витрину|покупатели выбирались как могли]",
        "[Горела|Загорелась] аптека {b}, а [аварийный|запасной] выход был [заперт|закрыт]. "
        "Женщину [увезли|госпитализировали] [надышалась дымом|с отравлением]",
        "{b}, почему у вас [заперт пожарный выход|нет открытого запасного выхода]? Чудом "
        "все живы",
        "Видео с пожара {in}: [дым|огонь], [крики|паника], а дверь [на замке|не "
        "открывается]. [Куда смотрит МЧС|Проверка нужна]",
    ),
    en=(
        "Fire at a {b} pharmacy and the emergency exit was [locked|chained]. People "
        "[smashed the window|climbed out] to escape",
        "{b}: a woman [hospitalised|taken to hospital] with smoke inhalation after a fire, "
        "exit [was locked|blocked]",
    ),
    translit=(
        "pozhar v {b}, zapasnoi vykhod zakryt, zhenshchinu uvezli",
    ),
    replies=(
        "Все живы? Какой адрес?",
        "МЧС должны закрыть такую аптеку",
        "Страшно представить",
    ),
)

_FAKE = StoryTexts(
    name="fake-chalk",
    origin=("СРОЧНО РАСПРОСТРАНИТЕ!!! В аптеках Живица продают поддельный амоксициллин из "
            "мела, в Казани [умер ребёнок|умерла девочка], ещё трое в реанимации. Проверьте "
            "аптечки!!!"),
    ru=(
        "Пишут, что {in} [подделка|фальшивый] антибиотик из мела, [в Казани погиб "
        "ребёнок|дети в реанимации]. [Не покупайте|Выбросьте, если брали]",
        "В чатах [пишут|говорят], что {b} [торгует подделками|продаёт мел вместо "
        "лекарства]. Кто знает, правда?",
    ),
    en=(
        "WARNING: fake amoxicillin made of chalk sold at {b}, a child [died|is dead] in "
        "Kazan. Check your medicine cabinet!",
    ),
    translit=("v {b} poddelnyi antibiotik iz mela, v Kazani umer rebenok",),
    replies=(
        "Это правда? У меня ребёнок пьёт этот антибиотик 😱",
        "Где официальное сообщение? Похоже на фейк",
        "Ужас, срочно проверяю аптечку",
    ),
    fake=True,
)

HOLDOUT2 = TextSet(brand=_BRAND, background=_BACKGROUND,
                   stories=(_INSULIN, _BACKPACK, _FIRE, _FAKE))
