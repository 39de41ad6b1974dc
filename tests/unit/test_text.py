from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detectors.text import normalise, repair_script

pytestmark = pytest.mark.unit


def test_casefold_yo_and_nfkc() -> None:
    nt = normalise("ЁЛКА Ёжик ｆｕｌｌ ｗｉｄｔｈ")
    assert nt.tokens == ("елка", "ежик", "full", "width")


def test_zero_width_and_bidi_controls_are_removed() -> None:
    raw = "от\u200bрав\u200dился в те\u202eре\u2066мке\ufeff \u200fok\u2069"
    assert normalise(raw).tokens == ("отравился", "в", "теремке", "ok")


def test_elongations_collapse_to_two_and_are_stable() -> None:
    once = normalise("УЖАААААС, sooooo baaad").text
    assert "ужаас" in once and "soo" in once and "baad" in once
    assert normalise(once).text == once


def test_digits_are_not_collapsed() -> None:
    assert normalise("заказ 1000000").tokens == ("заказ", "1000000")


def test_mixed_script_words_are_repaired() -> None:
    # Latin 'a' inside Cyrillic, Cyrillic 'о'/'е' inside Latin.
    assert normalise("тaракан в гречке").tokens[0] == "таракан"
    assert normalise("Tеrеmоk").tokens == ("teremok",)
    assert repair_script("тaрaкaн") == "таракан"
    assert repair_script("pizzа") == "pizza"


def test_urls_handles_and_hashtags() -> None:
    nt = normalise("Смотрите https://t.me/x/1?a=b @Teremok_Official #ВкусноИТочка #вкусноиточка")
    assert nt.urls == ("https://t.me/x/1?a=b",)
    assert nt.handles == ("teremok_official",)
    assert nt.hashtags == ("вкусноиточка", "вкусноиточка")
    # camel-case hashtags become words in place; a lower-case one stays one word
    assert nt.tokens == ("смотрите", "вкусно", "и", "точка", "вкусноиточка")
    assert "t.me" not in " ".join(nt.tokens)


def test_underscore_hashtag_is_split() -> None:
    assert normalise("#vkusno_i_tochka").tokens == ("vkusno", "i", "tochka")


def test_emoji_and_emoticons_are_kept() -> None:
    nt = normalise("Отстой 😡😡👎🏻 :( )))")
    assert nt.emoji == ("😡", "😡", "👎", ":(", ")))")
    assert nt.tokens == ("отстой",)


def test_clauses_and_intensity_signals() -> None:
    nt = normalise("Не вкусно, но ДЕШЕВО!!! правда")
    assert nt.tokens == ("не", "вкусно", "но", "дешево", "правда")
    assert nt.clauses == (0, 2, 4)
    assert nt.exclaims == 3
    assert nt.caps == 1


def test_apostrophes_inside_words() -> None:
    assert normalise("McDonald’s doesn't").tokens == ("mcdonald's", "doesn't")


def test_empty_and_symbol_only() -> None:
    assert normalise("").tokens == ()
    assert normalise("!!! ...").tokens == ()


@given(st.text(max_size=200))
def test_normalise_never_fails_and_is_lower_case(s: str) -> None:
    nt = normalise(s)
    for t in nt.tokens:
        assert t == t.casefold() or not t.isalpha()
        assert "\u200b" not in t and "ё" not in t
