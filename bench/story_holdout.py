"""HELD-OUT texts for bench/stories_quality.py: written after the content rules, the concept
lexicon and the thresholds were fixed (commit 862c159), and never used to change them. Another
brand (a bakery-café chain), other everyday complaints in other words, other stories.
Results on this set are the estimate for unseen text; do not tune on it (write a new one)."""

from __future__ import annotations

from bench.story_streams import BackgroundTexts, BrandTexts, StoryTexts, TextSet
from detectors.simulation import Names

__all__ = ["HOLDOUT"]

_BRAND = BrandTexts(
    id="bulkins",
    config={
        "id": "bulkins", "name": "Булкинс", "language": "ru",
        "aliases": ["Булкинс", "Bulkins", "#булкинс", "#bulkins"],
        "official_accounts": [{"handle": "bulkins_ru"}],
        "business_hours": {"tz": "Europe/Moscow", "start": "08:00", "end": "22:00",
                           "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]},
    },
    names=Names(ru=("Булкинс", "«Булкинс»", "Булкинс", "#булкинс", "булкинс"),
                en=("Bulkins", "Bulkins", "#bulkins")),
    ru_in=("в «Булкинс»", "в Булкинсе", "в булкинсе"),
    en_in=("at Bulkins", "at Bulkins", "in Bulkins"),
)

_BACKGROUND = BackgroundTexts(
    negative_ru=(
        "Круассан {in} [сегодня|опять] [черствый|как резиновый|вчерашний], а стоит "
        "[{n}0|как крыло самолёта]",
        "[Капучино|Латте|Раф] {in} принесли [чуть тёплым|еле тёплым|без пенки], переделывать "
        "отказались",
        "[Бариста|Девушка за стойкой] {in} [даже не поздоровалась|разговаривала через губу|"
        "уткнулась в телефон]",
        "В {b} [снова|опять] нет [овсяного молока|миндального молока|сиропа], что за сервис",
        "Карта лояльности {b} [не считывается|не работает|сбросила баллы], [на кассе "
        "пожимают плечами|приложение ругается]",
        "Заказала [торт|пирог|завтрак] через приложение {b}, привезли [через {n} минут|не то|"
        "помятым]",
        "{b} на [Пятницкой|Садовой|Маросейке] закрылась [в 20:00|раньше времени], а на "
        "двери написано до 22",
        "Эклеры {in} [подорожали|стали мельче|какие-то пресные], больше не беру",
        "Столики {in} [в крошках|липкие|никто не протирает], неприятно сидеть",
        "[Очередь|Хвост] {in} [минут на {n}|до самой двери], [касса одна|вторая касса "
        "закрыта]",
        "Оплата картой {in} [не прошла|зависла], деньги [списали дважды|списали, а чек не "
        "дали]",
        "Булочка с корицей {in} [подгорелая|сухая|сырая внутри], обидно",
        "Сэндвич {in} [с заветренной ветчиной|с мокрым хлебом|без соуса], за такие деньги",
        "Wi-Fi {in} [не работает|постоянно отваливается], а я пришла поработать",
        "В {b} поменяли рецепт [багета|чиабатты|пирожков], стало хуже",
    ),
    negative_en=(
        "Croissant {in} was [stale|chewy|yesterday's] and still {n}0 rubles",
        "My latte {in} came [lukewarm|without foam], they refused to remake it",
        "{b} loyalty card [won't scan|lost my points] again",
        "Ordered a cake from {b}, it arrived [squashed|an hour late|wrong]",
        "{b} on [Pyatnitskaya|Maroseyka] closed early again, sign says 10pm",
        "The tables {in} are [covered in crumbs|sticky], nobody wipes them",
    ),
    other_ru=(
        "[Синнабон|Круассан с миндалём|Эклер] {in} [просто сказка|лучший в городе] ☕",
        "{b} открыли точку [у метро|в бизнес-центре|рядом с домом], ура",
        "Кто знает, {b} [печёт торты на заказ|работает в праздники]?",
        "Взяла [кофе|какао] с собой {in}, приятно и быстро",
        "Новая [выпечка|осенняя линейка] {b} [огонь|зашла], советую",
    ),
    other_en=(
        "Best cinnamon roll in town is {in} ☕",
        "Does {b} bake birthday cakes to order?",
        "{b} opened a new spot [near my office|by the metro]",
    ),
    replies_ru=(
        "[Поддерживаю|Плюсую], в последнее время [качество упало|стало хуже]",
        "Пишите им в директ, мне вернули баллы",
        "[А у нас|А в нашей] всё нормально",
        "[Печально|Жаль], любимое место было",
    ),
    answers_ru=(
        "Добрый день! Спасибо, что написали. Уточните, пожалуйста, адрес кофейни в личных "
        "сообщениях.",
        "Здравствуйте! Нам очень жаль. Мы передали это управляющему и свяжемся с вами.",
    ),
    answers_en=("Hello! Sorry to hear that, please message us the address and time.",),
)

_WHEELCHAIR = StoryTexts(
    name="wheelchair",
    origin=("Моего брата на инвалидной коляске не пустили {in} на Пятницкой. Управляющая "
            "сказала, что «колясочники пугают гостей» и попросила подождать на улице. Я в "
            "шоке, записала всё на телефон"),
    ru=(
        "[Парня|Молодого человека|Мужчину] на коляске не пустили {in}, "
        "[потому что он|мол, он] «пугает гостей». [Это дискриминация|Какая мерзость]",
        "{b}, вы правда выставили [человека в инвалидной коляске|колясочника] на улицу? "
        "[Стыдно|Объяснитесь]",
        "Управляющая {b} отказалась обслуживать [инвалида|парня на коляске] и велела ждать "
        "снаружи. [Видео у сестры|Есть запись]",
        "Больше ни ногой в {b}. [Унижать|Гнать] человека [из-за коляски|за то, что он на "
        "коляске] — это дно",
        "Прочитала про [колясочника|инвалида] и {b}. [Отписалась|Удалила приложение]. Как "
        "так можно с людьми",
        "В {b} [человеку с инвалидностью|брату подписчицы] сказали, что он «портит "
        "атмосферу». [Бойкот|Позор]",
    ),
    en=(
        "{b} [refused to serve|turned away] a man in a wheelchair because he 'scares the "
        "guests'. [Unbelievable|Disgraceful]",
        "A manager at {b} made a wheelchair user wait outside. [Never going back|Boycott]",
        "So {b} thinks disabled customers are bad for business? [Shame|Not ok]",
    ),
    translit=(
        "v {b} ne pustili parnya na kolyaske, [diskriminatsiya|pozor]",
        "upravlyayushchaya {b} vygnala invalida na ulitsu",
    ),
    replies=(
        "Какой адрес? Пойдём поговорим с управляющей",
        "Напишите в прокуратуру, это статья",
        "Ужас. Поддержки вашему брату",
    ),
)

_TEEN = StoryTexts(
    name="teen-slap",
    origin=("Сотрудник {b} на Маросейке ударил школьника по лицу за то, что тот снимал "
            "очередь на телефон. Мальчику 14 лет, приехала полиция, мама в слезах"),
    ru=(
        "[Работник|Сотрудник|Продавец] {b} [ударил|дал пощёчину] [подростку|школьнику|"
        "мальчику] за [съёмку|видео на телефон]. [Дикость|Это уголовка]",
        "{b}, ваш сотрудник бьёт детей? [14-летнего|Четырнадцатилетнего] парня "
        "[ударили|избили] прямо в зале",
        "Школьника [ударили|отлупили] {in} из-за [ролика|видео]. [Полицию вызвали|Наряд "
        "приехал], что скажет {b}?",
        "[Смотрю|Посмотрела] видео, где [продавец|сотрудник] {b} бьёт подростка. "
        "[Руки трясутся|Не могу поверить]",
        "Мальчик снимал очередь, а [его ударили|ему врезали]. {b}, [увольте этого|кто "
        "отвечает за этого] человека",
    ),
    en=(
        "A {b} employee [slapped|hit] a 14-year-old for filming the queue. "
        "[Police were called|Cops came]",
        "{b} staff member [hits|attacked] a teenager on camera. [Unreal|Disgusting]",
        "Why is {b} silent about its worker slapping a kid who was recording?",
    ),
    translit=(
        "sotrudnik {b} udaril shkolnika za video, [priekhala politsiya|mama v slezakh]",
    ),
    replies=(
        "Надеюсь, заявление уже написали",
        "Как мальчик? Есть побои?",
        "Жесть. Отпишусь от них",
    ),
)

_SHARDS = StoryTexts(
    name="glass-bun",
    origin=("Купила дочке булочку {in}, а в ней осколок стекла. Порезала губу и десну, "
            "всю ночь сидели в травмпункте. Фото осколка прикладываю. Ответа от них нет"),
    ru=(
        "[Ребёнок|Девочка|Дочка подписчицы] порезала рот [стеклом|осколком] из булочки "
        "{b}. [Травмпункт|Швы], а они молчат",
        "{b}, откуда стекло в выпечке? [Ребёнок порезался|Девочка в травмпункте]",
        "[Осколок стекла|Кусок стекла] в булке {b}. Теперь я боюсь [там что-то "
        "покупать|давать детям их выпечку]",
        "Читаю про [стекло|осколок] в булочке {b} и ребёнка с [порезом|порезанной губой]. "
        "[Куда смотрит Роспотребнадзор|Где проверка]?",
        "[Покупатели|Мамы] пишут, что в выпечке {b} [нашли стекло|попадается стекло]. "
        "[Не рискуйте|Берегите детей]",
    ),
    en=(
        "A [kid|little girl] cut her mouth on a [glass shard|piece of glass] baked into a "
        "{b} bun. [ER visit|Stitches], no reply from {b}",
        "Glass in a {b} pastry?! A child [ended up|was] in the emergency room",
    ),
    translit=(
        "v bulochke {b} [oskolok stekla|steklo], rebenok porezalsya",
    ),
    replies=(
        "Боже, как дочка?",
        "Срочно в Роспотребнадзор и в суд",
        "Сохраните чек и булочку",
    ),
)

_FAKE = StoryTexts(
    name="fake-flour",
    origin=("ВНИМАНИЕ!!! Булкинс печёт из муки с плесенью и пестицидами, проверка закрыла "
            "[8|9] пекарен, у людей отравления. Не покупайте и разошлите всем!!!"),
    ru=(
        "Слышали? {in} [заплесневелая мука|мука с плесенью], [пекарни закрывают|проверка "
        "всё опечатала], люди травятся",
        "Говорят, {b} [закрыли|опечатали] за плесень в муке. [Не берите|Осторожно] их "
        "выпечку",
    ),
    en=(
        "WARNING: {b} bakes with [moldy|mouldy] flour, inspectors shut [8|9] bakeries, "
        "people got sick. Share!",
    ),
    translit=("{b} muka s plesenyu, pekarni zakryli, ne pokupaite",),
    replies=(
        "Это правда про {b}? Я вчера брала им торт 😨",
        "Есть ссылка на новость? Похоже на вброс",
        "У меня дети там каждый день покупают, ужас",
    ),
    fake=True,
)

HOLDOUT = TextSet(brand=_BRAND, background=_BACKGROUND,
                  stories=(_WHEELCHAIR, _TEEN, _SHARDS, _FAKE))
