from __future__ import annotations

import pytest

from detectors.lang import detect_lang
from detectors.text import normalise

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Отравился в Теремке, всю ночь плохо", "ru"),
        ("The burger was cold and the staff were rude", "en"),
        ("uzhas, otravilsya v vkusno i tochka", "ru"),
        ("ne rabotaet prilozhenie uzhe tretiy den", "ru"),
        ("kakoy koshmar", "ru"),
        ("Очень крутой сервис, highly recommend, but the app is laggy", "mixed"),
        ("Купил iPhone 15 Pro Max, батарея ужас", "ru"),
        ("Ordered from Теремок, the borscht was cold", "en"),
        ("Це жахливий сервіс, ніколи більше", "other"),
        ("Das Essen war sehr schlecht und teuer", "other"),
        ("这家餐厅很差", "other"),
        ("😡😡👎", "other"),
        ("", "other"),
        ("12345 !!!", "other"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang
    assert detect_lang(normalise(text)) == lang


def test_zero_width_does_not_change_language() -> None:
    assert detect_lang("от\u200bвра\u200bтительно") == "ru"
