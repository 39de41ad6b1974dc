from __future__ import annotations

import msgspec
import pytest

from detectors.brands import BrandMatcher, alias_kinds
from detectors.config import Account, BrandSpec
from detectors.text import normalise
from detectors.translit import to_cyrillic

pytestmark = pytest.mark.unit

SPECS = [
    BrandSpec(id="vkusno", name="Вкусно — и точка", aliases=("Вкусно и точка", "Vkusno i tochka")),
    BrandSpec(id="teremok", name="Теремок", aliases=("Теремок", "Teremok")),
    BrandSpec(id="mcd", name="McDonald's", aliases=("Макдональдс", "McDonald's")),
    BrandSpec(
        id="apple",
        name="Apple",
        aliases=("Apple", "Эппл"),
        exclude=("apple pie", "яблочный пирог", "apple juice"),
    ),
    BrandSpec(id="pyat", name="Пятёрочка", aliases=("Пятёрочка", "Pyaterochka")),
    BrandSpec(id="samsung", name="Samsung", aliases=("Samsung",)),
    BrandSpec(id="magnit", name="Магнит", aliases=("Магнит", "Magnit")),
    BrandSpec(id="grechka", name="Гречка и Ко", aliases=("Гречка & Ко",)),
    BrandSpec(id="lightnet", name="LightNet", aliases=("LightNet", "ЛайтНет")),
]
MATCHER = BrandMatcher(SPECS)


def match(text: str) -> tuple[str, ...]:
    return MATCHER.match(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Вкусно и точка",
        "Vkusno i tochka опять",
        "vkusno-i-tochka",
        "#вкусноиточка",
        "#VkusnoITochka",
        "#vkusno_i_tochka",
        "ВКУСНО И ТОЧКА",
        "отравился во Вкусно и точке",
        "вкусноиточка",
    ],
)
def test_vkusno_spellings(text: str) -> None:
    assert match(text) == ("vkusno",)


@pytest.mark.parametrize(
    "text",
    ["Теремок", "Teremok", "в теремке таракан", "из Теремка", "v teremke", "тeремок", "Теремак"],
)
def test_teremok_forms_scripts_and_typos(text: str) -> None:
    assert match(text) == ("teremok",)


@pytest.mark.parametrize(
    "text",
    [
        "Макдональдс",
        "Макдоналдс",
        "mcdonalds",
        "McDonald’s",
        "makdonalds",
        "из макдональдса",
        "Мак Дональдс",
        "Макдоналдьс",
        "Makdonlds",
    ],
)
def test_mcdonalds_spellings_and_misspellings(text: str) -> None:
    assert match(text) == ("mcd",)


def test_russian_endings_on_latin_and_cyrillic_names() -> None:
    assert match("купил в Пятерочке") == ("pyat",)
    assert match("в Pyatyorochke") == ("pyat",)
    assert match("сломался мой самсунг") == ("samsung",)
    assert match("в Самсунге") == ("samsung",)
    assert match("две Samsungs") == ("samsung",)


def test_common_word_forms_do_not_match_one_word_brands() -> None:
    # "гречке" is food, but inside "Гречке & Ко" it names the brand
    assert match("суп в гречке") == ()
    assert match("обедали в Гречке & Ко") == ("grechka",)


def test_short_aliases_get_no_typo_tolerance() -> None:
    specs = [BrandSpec(id="ozon", name="Ozon", aliases=("Ozon",))]
    m = BrandMatcher(specs)
    assert m.match(normalise("ozon")) == ("ozon",)
    assert m.match(normalise("ozan")) == ()


def test_common_words_are_never_corrected_into_brands() -> None:
    specs = [BrandSpec(id="whene", name="Whene", aliases=("Whene",))]
    m = BrandMatcher(specs)
    assert m.match(normalise("where is it")) == ()  # one edit away, but an everyday word
    assert m.match(normalise("whena is fine")) == ("whene",)


def test_typo_cutoff_is_conservative() -> None:
    assert match("Теримак") == ()  # two edits on a 7-letter name
    assert match("Макдак") == ()
    assert match("Samsnug") == ("samsung",)  # no everyday word: one edit is allowed
    # «Магнит» is an everyday word, so "Magnit" (its transliteration) is one in Latin too:
    # no typo tolerance there either ("Magnet" is the English word)
    assert match("Magnet") == ()
    assert match("Magnit") == ("magnit",)
    assert match("magnets are cool") == ()


def test_exclusions_suppress_nearby_occurrences_only() -> None:
    assert match("I ate apple pie yesterday") == ()
    assert match("Apple juice is sweet") == ()
    assert match("испекла яблочный пирог, рецепт от Эппл") == ()
    assert match("I ate apple pie and then my Apple phone broke") == ("apple",)
    assert match("#applepie") == ()
    assert match("Apple store was closed") == ("apple",)
    assert match("pie charts of Apple sales") == ("apple",)  # 'pie' alone is not the phrase


def test_handles_and_hashtag_prefixes() -> None:
    assert match("@teremok_official ответьте уже") == ("teremok",)
    assert match("@Teremok") == ("teremok",)
    assert match("#ТеремокОтравил") == ("teremok",)
    assert match("#теремокотравил") == ("teremok",)
    assert match("@ivan_petrov") == ()


def test_a_handle_whose_suffix_folds_across_the_name_still_names_the_brand() -> None:
    # "lightnet" + "support": "ts" folds like "ц", which must not hide the name.
    assert match("@lightnet_support у меня нет интернета") == ("lightnet",)
    assert match("#LightNetSucks") == ("lightnet",)
    assert match("#лайтнетотстой") == ("lightnet",)


def test_several_brands_in_config_order() -> None:
    text = "Сравнил Пятёрочку, Теремок и Вкусно и точка"
    assert match(text) == ("vkusno", "teremok", "pyat")


def test_no_brand() -> None:
    assert match("просто текст без брендов, just text") == ()
    assert match("") == ()


def test_scan_reports_brand_token_positions() -> None:
    found, covered = MATCHER.scan(normalise("Вкусно и точка: вкусно!"))
    assert found == [0]
    assert sorted(covered) == [0, 1, 2]


_SYL = ("ka", "ro", "mi", "te", "lo", "va", "zu", "ni", "bor", "sek", "dan", "pul")


def _synthetic(n: int) -> list[BrandSpec]:
    specs = []
    for i in range(n):
        name = "".join(_SYL[(i // 12**k) % 12] for k in range(3)).capitalize()
        specs.append(
            BrandSpec(
                id=f"b{i}", name=name, aliases=(f"{name} Market", to_cyrillic(name) + " банк")
            )
        )
    return specs


def test_thousand_brands_each_found_exactly() -> None:
    specs = _synthetic(1000)
    m = BrandMatcher(specs)
    names = [s.aliases for s in specs]
    for i, (latin, cyr) in enumerate(names):
        assert m.match(normalise(f"Был вчера в {latin}, всё плохо")) == (f"b{i}",), latin
        assert m.match(normalise(f"Отделение {cyr} закрыто")) == (f"b{i}",), cyr
    # three at once, compared with the obvious answer
    for i in range(0, 990, 7):
        j, k = i + 3, i + 9
        text = f"{names[k][0]} лучше чем {names[i][1]}, а {names[j][0]} так себе"
        assert m.match(normalise(text)) == tuple(f"b{x}" for x in sorted((i, j, k)))
    # a part of a two-word alias is not enough
    assert m.match(normalise("Market")) == ()
    assert m.match(normalise("банк")) == ()


# ------------------------------------------------------------------ everyday-word aliases
VOLNA = BrandSpec(
    id="volna", name="Волна",
    aliases=("Волна", "Volna", "#волна", "Волна Мобайл", "@volna_mobile"),
    official_accounts=(Account(handle="volna_support"),),
)
SPOON = BrandSpec(id="spoon", name="Spoon", aliases=("Spoon", "Ложка Доставка"))
STRENGTH = BrandMatcher([VOLNA, SPOON, *SPECS])


def strength(text: str) -> tuple[list[str], list[str]]:
    found, _, weak = STRENGTH.scan_detailed(normalise(text))
    ids = [s.id for s in (VOLNA, SPOON, *SPECS)]
    return [ids[b] for b in found], [ids[b] for b in weak]


def test_alias_kinds_everyday_words_per_script_and_overrides() -> None:
    kinds = alias_kinds(VOLNA)
    # «Волна» is a word, and so is "Volna", its transliteration ("volna жары")
    assert kinds.ambiguous == {"volna": (True, True)}
    assert kinds.hashtags == {"volna"} and kinds.handles == {"volna_mobile", "volna_support"}
    assert alias_kinds(SPOON).ambiguous == {"spon": (False, True)}  # the English word
    assert alias_kinds(SPECS[1]).ambiguous == {}  # Теремок is no everyday word
    trusted = msgspec.structs.replace(VOLNA, unambiguous_aliases=("волна",))
    assert alias_kinds(trusted).ambiguous == {}  # the Latin twin follows the trusted word
    latin_trusted = msgspec.structs.replace(VOLNA, unambiguous_aliases=("Volna",))
    assert alias_kinds(latin_trusted).ambiguous == {"volna": (True, False)}
    forced = msgspec.structs.replace(SPECS[1], ambiguous_aliases=("Теремок",))
    # the Latin twin "Teremok" is judged as its forced Cyrillic twin is
    assert alias_kinds(forced).ambiguous == {"teremok": (True, True)}
    cyrillic_only = msgspec.structs.replace(forced, aliases=("Теремок",))
    assert alias_kinds(cyrillic_only).ambiguous == {"teremok": (True, False)}


def test_latin_alias_spelling_a_russian_everyday_word_is_ambiguous_for_a_russian_brand() -> None:
    # No Cyrillic twin: "Volna" reads as the Russian word when the brand is Russian
    # (a Cyrillic alias or `language: ru`), as a name otherwise.
    ru = BrandSpec(id="v", name="Волна Мобайл", aliases=("Волна Мобайл", "Volna"))
    assert alias_kinds(ru).ambiguous == {"volna": (False, True)}
    en = BrandSpec(id="v", name="Volna Mobile", aliases=("Volna Mobile", "Volna"))
    assert alias_kinds(en).ambiguous == {}
    en_ru = msgspec.structs.replace(en, language="ru")
    assert alias_kinds(en_ru).ambiguous == {"volna": (False, True)}
    assert alias_kinds(msgspec.structs.replace(ru, unambiguous_aliases=("volna",))).ambiguous \
        == {}


@pytest.mark.parametrize(
    "text",
    ["Огромная волна накрыла пирс", "у Волны нет связи", "волне", "в волнах", "#волнаснова",
     "@volna_surf_school катаемся", "add a spoon of sugar", "Spoons everywhere",
     "A heat wave hit Moscow, volna жары +38", "Volna zhary opyat nakryla gorod"],
)
def test_everyday_word_alone_names_the_brand_weakly(text: str) -> None:
    found, weak = strength(text)
    assert found == weak and len(found) == 1, (found, weak)


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Volna Mobail опять без сети", "volna"),  # several words, in Latin letters
        ("#волна снова подняли цены", "volna"),  # the listed hashtag
        ("Волна Мобайл лучший оператор", "volna"),  # several words
        ("#ВолнаМобайл #волнамобайл", "volna"),
        ("@volna_mobile где интернет", "volna"),  # '@' alias
        ("@volna_support ответьте", "volna"),  # official account mentioned
        ("волна накрыла пирс, а у Волна Мобайл нет сети", "volna"),  # one sure one suffices
        ("заказал в Ложка Доставка, а spoon потерял", "spoon"),
        ("Пришло уведомление от Volna про бонусы", "volna"),  # Latin amid Cyrillic: a name
        ("Volna опять без сети", "volna"),
    ],
)
def test_a_sure_name_makes_the_whole_match_strong(text: str, brand: str) -> None:
    found, weak = strength(text)
    assert found == [brand] and weak == [], (found, weak)


def test_everyday_words_get_no_typo_tolerance_but_names_keep_it() -> None:
    assert strength("Волга впадает в Каспийское море") == ([], [])
    assert strength("Volba network") == ([], [])  # "volna" is the word in Latin letters too
    assert strength("Teremak") == (["teremok"], [])  # a name: one typo ok
    # a common-word form may stand for an everyday alias (it is judged by context anyway)
    grechka = BrandSpec(id="grechka", name="Гречка", aliases=("Гречка",))
    found, _, weak = BrandMatcher([grechka]).scan_detailed(normalise("суп в гречке"))
    assert found == weak == [0]


def test_exclude_next_to_the_everyday_word_still_drops_it() -> None:
    spec = msgspec.structs.replace(VOLNA, exclude=("новая волна",))
    m = BrandMatcher([spec])
    assert m.scan_detailed(normalise("новая волна русского рока")) == ([], [], [])
    found, _, weak = m.scan_detailed(normalise("новая волна в эфире, а #волна без сети"))
    assert found == [0] and weak == []


def test_brands_without_everyday_aliases_are_never_weak() -> None:
    for text in ("Теремок", "#теремокотравил", "Apple juice and Apple phones"):
        assert MATCHER.scan_detailed(normalise(text))[2] == []
