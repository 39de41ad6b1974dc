from __future__ import annotations

import pytest

from detectors.brands import BrandMatcher
from detectors.config import BrandSpec
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
    assert match("Magnet") == ("magnit",)  # not a common word in our list: one edit is allowed
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
