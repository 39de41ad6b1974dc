from __future__ import annotations

import pytest

from detectors.sentiment import NEGATIVE_THRESHOLD, Sentiment
from detectors.sentiment import lexicon_score as score
from detectors.text import normalise

pytestmark = pytest.mark.unit


def s(text: str, lang: str = "ru") -> Sentiment:
    return score(normalise(text), lang)


@pytest.mark.parametrize("word", ["отравился", "отравилась", "отравление", "отравили"])
def test_russian_morphology_poisoning(word: str) -> None:
    r = s(f"вчера {word}")
    assert r.label == "negative" and r.complaint


@pytest.mark.parametrize("word", ["ужас", "ужасно", "ужасный", "ужасная", "ужаааас"])
def test_russian_morphology_horror(word: str) -> None:
    assert s(f"обслуживание {word}").label == "negative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Таракан в гречке!", "ru"),
        ("В гречке был болт", "ru"),
        ("нашла болт в гречке", "ru"),
        ("Верните деньги за заказ", "ru"),
        ("Охранник выгнал пенсионерку", "ru"),
        ("Служба поддержки не отвечает третий день", "ru"),
        ("Пищевое отравление после обеда", "ru"),
        ("There was a bolt in my food", "en"),
        ("Never again.", "en"),
        ("I want a refund", "en"),
        ("Security kicked out an old lady", "en"),
        ("Got food poisoning there", "en"),
        ("Called support five times, no one answers", "en"),
        ("uzhas, otravilsya v kafe", "ru"),
    ],
)
def test_complaint_patterns(text: str, lang: str) -> None:
    r = s(text, lang)
    assert r.complaint, text
    assert r.label == "negative", text
    assert r.negativity >= NEGATIVE_THRESHOLD


@pytest.mark.parametrize(("text", "lang", "resolved"), [
    ("Thanks, got the refund", "en", True),
    ("Refund arrived, cheers", "en", True),
    ("Got the refund, apprecite it", "en", True),  # the typo loses "appreciate"
    ("вернули деньги, спасибо", "ru", True),
    ("refund never arrived", "en", False),  # a negator inside the phrase
    ("still haven't got my refund", "en", False),  # ... or before it
    ("no refund received yet", "en", False),
    ("how do I get my money back?", "en", False),  # asking for it is no resolution
    ("I want to get my refund", "en", False),
    ("деньги так и не вернулись", "ru", False),
    ("деньги не вернулись, верните деньги", "ru", False),
])
def test_money_that_came_back_is_no_complaint(text: str, lang: str, resolved: bool) -> None:
    """A thank-you for a refund names the refund: it must not read as asking for one (it
    restarted answered complaint threads as "still not fixed")."""
    r = s(text, lang)
    assert (r.complaint, r.label == "negative") == (not resolved, not resolved), text


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Очень вкусно", "ru", "positive"),
        ("Не вкусно", "ru", "negative"),
        ("Не плохо", "ru", "positive"),
        ("Совсем не плохо, даже хорошо", "ru", "positive"),
        ("Good food", "en", "positive"),
        ("Not good", "en", "negative"),
        ("not bad at all", "en", "positive"),
        ("Приложение не работает", "ru", "negative"),
        ("It doesn't work", "en", "negative"),
        ("без проблем доставили", "ru", "positive"),
    ],
)
def test_negation_flips(text: str, lang: str, label: str) -> None:
    assert s(text, lang).label == label


def test_negation_does_not_cross_punctuation() -> None:
    assert s("Не знаю. Отличное место!").label == "positive"


def test_intensifiers_raise_negativity() -> None:
    base = s("плохой сервис").negativity
    assert s("очень плохой сервис").negativity > base
    assert s("плохой сервис!!!").negativity > base
    assert s("ПЛОХОЙ СЕРВИС").negativity > base
    assert s("very bad service", "en").negativity > s("bad service", "en").negativity


def test_diminisher_lowers_negativity() -> None:
    assert s("немного дорого").negativity < s("дорого").negativity


def test_contrast_weights_the_second_clause() -> None:
    assert s("Вкусно, но очень дорого и грязно").label == "negative"
    assert s("Дорого, но очень вкусно и красиво").label == "positive"


def test_emoji_carry_sentiment() -> None:
    assert s("😡🤮👎").label == "negative"
    assert s("😍👍").label == "positive"
    assert s("ну такое ((( ").negativity > 0
    assert s("спасибо )))").label == "positive"


def test_neutral_text() -> None:
    r = s("Банк открыл новое отделение на Садовой")
    assert r == Sentiment(0.0, False, "neutral")
    assert s("The bank opened a new branch", "en").label == "neutral"


def test_first_hand_negative_post_is_a_complaint_news_is_not() -> None:
    assert s("Мой заказ привезли холодным и грязным").complaint
    assert not s("Компания оштрафована за грязные склады").complaint
    assert s("My package arrived crushed and dirty", "en").complaint


def test_resolved_complaint_with_clear_praise_is_not_a_complaint() -> None:
    r = s("Таракан в супе, но администратор извинился, всё заменили, спасибо, отлично, молодцы")
    assert not r.complaint


def test_translit_only_in_russian_mode() -> None:
    assert s("uzhasno, ne vkusno", "ru").label == "negative"
    assert s("uzhasno, ne vkusno", "en").label == "neutral"


def test_skip_ignores_brand_words() -> None:
    nt = normalise("Вкусно и точка открыла ресторан")
    assert score(nt, "ru").label == "positive"
    assert score(nt, "ru", [0, 1, 2]).label == "neutral"


def test_zero_width_and_mixed_script_obfuscation() -> None:
    assert s("от\u200bвра\u200bти\u200bтель\u200bно").label == "negative"
    assert s("тaрaкaн в супе").complaint


def test_negativity_range_and_label_threshold() -> None:
    for text in ("", "ok", "ужас ужас ужас кошмар отвратительно 😡😡😡", "отлично"):
        r = s(text)
        assert 0.0 <= r.negativity < 1.0
        assert (r.label == "negative") == (r.negativity >= NEGATIVE_THRESHOLD)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("говорят, что в соусе нашли сальмонеллу", "ru"),
        ("пишут, что точку закрыли из-за кишечной палочки", "ru"),
        ("базу клиентов слили, паспорта продают", "ru"),
        ("с понедельника сеть закрывает все рестораны", "ru"),
        ("they say E. coli was found in the sauce", "en"),
        ("someone is selling their customers' passports on the dark web", "en"),
        ("heard they relabel old stock and it was covered up", "en"),
    ],
)
def test_a_scare_told_as_a_fact_reads_negative(text: str, lang: str) -> None:
    """A rumour says what happened, not how bad it is: harm words carry the tone."""
    assert s(text, lang).label == "negative", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("а гречка проходит проверку на пестициды? беру для ребёнка", "ru"),
        ("is the millet tested for pesticides?", "en"),
        ("никаких подписок без спроса, за это и люблю", "ru"),
        ("думаю, как не поднимать цены в этом году", "ru"),
        ("заехал без предупреждения в две точки, всё чисто", "ru"),
        ("палочки для роллов положили, спасибо", "ru"),
    ],
)
def test_harm_words_asked_about_or_negated_do_not_read_negative(text: str, lang: str) -> None:
    """A question about pesticides is no scare, and a negator flips a negative phrase
    ("никаких подписок без спроса") as it flips a word."""
    assert s(text, lang).label != "negative", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Охранник выпихнул деда из кафе", "ru"),
        ("На видео охранник толкает женщину к выходу", "ru"),
        ("Я в ярости от этого ролика", "ru"),
        ("Честно, я в шоке", "ru"),
        ("The guard manhandled a pensioner", "en"),
        ("Shocked by this clip", "en"),
        ("security shoves people out the door", "en"),
    ],
)
def test_anger_shock_and_pushing_are_negative(text: str, lang: str) -> None:
    """Retellings of a guard video and forwarded scares (round 14) say it this way."""
    assert s(text, lang).label == "negative", text


@pytest.mark.parametrize(
    "text",
    [
        "Охранник подошёл, потащил деда к выходу",
        "пенсионера выставили на мороз прямо в тапках",
        "обошлись с человеком как с собакой, вывели как собаку",
        "Посмотрел ролик. Как так можно?",
        "За что его так? Он же просто сидел",
        "Работаю продавцом десять лет: так нельзя",
        "смотреть страшно, что творится у кассы",
    ],
)
def test_indignation_at_how_someone_was_treated_is_negative(text: str) -> None:
    """Retellings of a guard video (round 15) told without an evaluative word."""
    assert s(text, "ru").label == "negative", text


@pytest.mark.parametrize(
    "text",
    [
        "выставили на витрину новые кружки",
        "как так можно вкусно готовить, спасибо повару!",
        "за что я его люблю, так это за булки",
        "выставил таймер и пошёл на улицу",
    ],
)
def test_treatment_phrases_out_of_their_sense_do_not_read_negative(text: str) -> None:
    assert s(text, "ru").label != "negative", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Not going back to that café after the video", "en"),
        ("never going back there, sorry", "en"),
        ("Больше ни ногой в эту бургерную", "ru"),
    ],
)
def test_a_customer_leaving_for_good_is_negative(text: str, lang: str) -> None:
    """A boycott told without an evaluative word (blind12 1310's English retellings)."""
    assert s(text, lang).label == "negative", text
