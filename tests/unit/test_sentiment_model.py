"""The learned scorer: what it ships, that its cached fast path equals its features, and how
it combines with the lexicon."""

from __future__ import annotations

import math

import msgspec
import pytest

from bench.sentiment_data import SOURCES
from detectors.enrich import Enricher
from detectors.evaluation import fixture_brands
from detectors.sentiment import NEGATIVE_THRESHOLD, lexicon_negativity, lexicon_score, read
from detectors.sentiment_model import (
    DENSE,
    MODEL_FILE,
    Model,
    dense_features,
    explain,
    model_negativity,
    negated_positions,
    score,
    sparse_keys,
)
from detectors.text import normalise

pytestmark = pytest.mark.unit

TEXTS = [
    ("Курьер опоздал на два часа, еда холодная 😡", "ru"),
    ("Не очень вкусно, но не плохо. Без проблем доставили", "ru"),
    ("It does not work at all, no one answers my calls!!", "en"),
    ("Вкусно и точка открыла новый ресторан на Тверской", "ru"),
    ("the app keeps logging me out, third time today?", "en"),
    ("uzhasno, ne vkusno", "ru"),
    ("", "en"),
    ("😍👍", "en"),
    ("Заказ привезли через 3 часа, I want a refund", "mixed"),
]


def _raw() -> dict[str, object]:
    doc = msgspec.json.decode(MODEL_FILE.read_bytes())
    assert isinstance(doc, dict)
    return doc


def test_shipped_model_is_small_and_says_what_it_was_trained_on() -> None:
    assert MODEL_FILE.stat().st_size < 20_000_000
    doc = _raw()
    assert set(DENSE) <= set(doc["dense"])  # type: ignore[arg-type]
    trained_on = " ".join(doc["trained_on"])  # type: ignore[arg-type]
    assert "GoEmotions" in trained_on and "Apache-2.0" in trained_on
    # the judging and development sets never enter training
    for name, source in SOURCES.items():
        if source.role != "train":
            assert name not in trained_on and source.repo not in trained_on, name
    assert len(doc["features"]) > 10_000  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_cached_fast_path_equals_the_sum_of_the_training_features(text: str, lang: str) -> None:
    doc = _raw()
    weights: dict[str, float] = doc["features"]  # type: ignore[assignment]
    dense: dict[str, float] = doc["dense"]  # type: ignore[assignment]
    model = Model.load()
    nt = normalise(text)
    for skip in ((), (0,), (1, 2)):
        skip = tuple(i for i in skip if i < len(nt.tokens))
        r = read(nt, lang, skip)
        keys, scale = sparse_keys(nt, skip)
        expected = (float(doc["bias"])  # type: ignore[arg-type]
                    + scale * sum(weights.get(k, 0.0) for k in keys)
                    + sum(dense[n] * x for n, x in zip(DENSE, dense_features(nt, r),
                                                       strict=True)))
        cold = model.logit(nt, r, skip)
        warm = model.logit(nt, r, skip)
        assert cold == warm
        assert math.isclose(cold, expected, abs_tol=1e-9)


def test_word_pairs_do_not_span_a_brand_word() -> None:
    nt = normalise("очень вкусно точка")
    keys, _ = sparse_keys(nt, (1,))
    assert "очень точка" not in keys and "очень вкусно" not in keys
    assert "вкусно" not in keys and "очень" in keys


def test_negation_scope_stops_at_the_clause() -> None:
    nt = normalise("не знаю. отличное место, not bad at all, без сахара и молока")
    assert [nt.tokens[i] for i in negated_positions(nt)] == ["знаю", "bad", "at", "all",
                                                             "сахара"]


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_label_follows_the_threshold(text: str, lang: str) -> None:
    s = score(normalise(text), lang)
    assert 0.0 <= s.negativity <= 1.0
    assert (s.label == "negative") == (s.negativity >= NEGATIVE_THRESHOLD)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Таракан в гречке!", "ru"),
        ("Верните деньги за заказ", "ru"),
        ("Служба поддержки не отвечает третий день", "ru"),
        ("I want a refund", "en"),
        ("Got food poisoning there", "en"),
        ("uzhas, otravilsya v kafe", "ru"),
    ],
)
def test_complaint_patterns_keep_at_least_the_lexicon_negativity(text: str, lang: str) -> None:
    nt = normalise(text)
    s = score(nt, lang)
    assert s.complaint and s.label == "negative"
    assert s.negativity >= lexicon_negativity(read(nt, lang)) - 1e-4


def test_plain_news_is_not_negative_and_praise_stays_positive() -> None:
    assert score(normalise("Банк открыл новое отделение на Садовой"), "ru").label == "neutral"
    assert score(normalise("The bank opened a new branch"), "en").label == "neutral"
    assert score(normalise("Очень вкусно, спасибо!"), "ru").label == "positive"
    assert score(normalise("Love this place, amazing coffee"), "en").label == "positive"


def test_negation_lowers_the_model() -> None:
    for plain, negated, lang in (("плохо", "не плохо", "ru"), ("bad", "not bad", "en")):
        a, b = normalise(plain), normalise(negated)
        assert model_negativity(b, read(b, lang)) < model_negativity(a, read(a, lang))


def test_the_model_reads_negative_facts_the_lexicon_has_no_word_for() -> None:
    # Written for this test: bad experiences told without an evaluative word.
    for text, lang in (("Жду возврат за отменённый заказ уже третью неделю", "ru"),
                       ("still waiting for the technician, second day without internet", "en")):
        nt = normalise(text)
        assert score(nt, lang).label == "negative", text


def test_explain_lists_the_lexicon_words_and_both_scores() -> None:
    nt = normalise("Не вкусно, верните деньги 😡")
    x = explain(nt, "ru")
    words = [w for w, _ in x.reasons]
    assert "не вкусно" in words and "верните деньги" in words and "😡" in words
    assert all(weight < 0 for _, weight in x.reasons)
    assert x.lexicon == pytest.approx(lexicon_score(nt, "ru").negativity, abs=1e-4)
    assert x.model == pytest.approx(model_negativity(nt, read(nt, "ru")), abs=1e-4)
    assert explain(normalise("The bank opened a new branch"), "en").reasons == []


def test_enricher_explain_ignores_brand_words() -> None:
    enricher = Enricher(fixture_brands())
    x = enricher.explain("Вкусно и точка открыла ресторан")
    assert x.reasons == []  # "вкусно" is the brand's name here, not praise


def test_russian_in_latin_letters_reads_like_cyrillic() -> None:
    # Written for this test. The model was trained on Cyrillic; in Russian text a Latin word
    # it does not know as a word is read through its transliteration.
    model = Model.load()
    lat = normalise("kurer opozdal, zhdu vozvrat")
    cyr = normalise("курер опоздал, жду возврат")  # to_cyrillic's reading of it
    assert not any(t in model.features for t in lat.tokens)
    r = read(lat, "ru")
    assert math.isclose(model.logit(lat, r, (), "ru"), model.logit(cyr, r, ()), abs_tol=1e-9)
    assert model.negativity(lat, r, (), "ru") > model.negativity(lat, r, ())
    # English words the model knows keep their own weight inside Russian text
    nt = normalise("заказ привезли через 3 часа, refund please")
    assert model.logit(nt, read(nt, "ru"), (), "ru") == model.logit(nt, read(nt, "ru"), ())


def test_russian_reading_of_cyrillic_text_is_unchanged() -> None:
    model = Model.load()
    for text, _lang in TEXTS:
        nt = normalise(text)
        if all(not t.isascii() or t.isdigit() for t in nt.tokens):
            r = read(nt, "ru")
            assert model.logit(nt, r, (), "ru") == model.logit(nt, r, ())
