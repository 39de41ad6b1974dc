from __future__ import annotations

import pytest

from detectors.translit import fold, name_key, same_name, to_cyrillic, to_latin

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "spelling",
    ["Vkusno i tochka", "vkusno-i-tochka", "#вкусноиточка", "ВКУСНО И ТОЧКА", "vkusnoitochka"],
)
def test_vkusno_spellings_share_a_key(spelling: str) -> None:
    assert same_name("Вкусно и точка", spelling)


@pytest.mark.parametrize(
    ("ru", "latin"),
    [
        ("Теремок", "Teremok"),
        ("Макдональдс", "makdonalds"),
        ("Макдоналдс", "Makdonalds"),
        ("Пятёрочка", "Pyaterochka"),
        ("Пятёрочка", "Pyatyorochka"),
        ("Россельхозбанк", "Rosselkhozbank"),
        ("Щука", "Schuka"),
        ("Щука", "Shchuka"),
        ("Юла", "Iula"),
        ("Яндекс", "Yandex"),
        ("Жара", "Zhara"),
        ("Цветы", "Tsvety"),
        ("Цветы", "Cvety"),
        ("Хлеб", "Khleb"),
        ("Хлеб", "Hleb"),
        ("Русский", "Russkiy"),
        ("Русский", "Russkij"),
        ("Точка", "To4ka"),
    ],
)
def test_informal_variants_fold_together(ru: str, latin: str) -> None:
    assert name_key(ru) == name_key(latin)


def test_different_names_stay_apart() -> None:
    assert not same_name("Теремок", "Теремки")
    assert not same_name("Вкусно и точка", "Вкусно")
    assert not same_name("", "")


def test_fold_keeps_numbers() -> None:
    assert fold("2024") == "2024"


def test_to_latin_gost_style() -> None:
    assert to_latin("Вкусно и точка") == "Vkusno i tochka"
    assert to_latin("Щука, Юля, Жанна, Хлеб, Цех") == "Shchuka, Yulya, Zhanna, Khleb, Tsekh"
    assert to_latin("Теремок") == "Teremok"


def test_to_cyrillic_reads_informal_latin() -> None:
    assert to_cyrillic("uzhas, otravilsya v vkusno i tochka") == "ужас, отравился в вкусно и точка"
    assert to_cyrillic("Teremok") == "теремок"
    assert to_cyrillic("eto to4no") == "это точно"
    assert to_cyrillic("Sergey Tolstoy vy") == "сергей толстой вы"


def test_round_trip_keys() -> None:
    for word in ("теремок", "шоколадница", "журавль", "чайхона", "ёлки"):
        assert name_key(to_latin(word)) == name_key(word)
        assert name_key(to_cyrillic(to_latin(word))) == name_key(word)
