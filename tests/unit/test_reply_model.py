"""detectors/reply_model.py: the learned reading of a brand's reply beside the lists.

The phrasings below were written for this test, not taken from any bank: deflections that no
list entry knows must still read as arguing, and everyday desk answers, negated or not, must
not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detectors.arguing import argues, cue_text, list_argues
from detectors.reply_model import MODEL_FILE, ReplyModel, features

pytestmark = pytest.mark.unit

UNLISTED_DEFLECTIONS = [
    "Уважаемый покупатель, наша продукция проходит многоступенчатый контроль, поэтому "
    "сомневаемся, что дело в нас.",
    "Мы посмотрели ваше фото. Такое на нашей линии появиться просто неоткуда, скорее всего "
    "это попало уже дома.",
    "Странно слышать такие претензии: мы работаем двадцать лет, и покупатели нам доверяют.",
    "Ваша жалоба выглядит как попытка получить что-то бесплатно. Мы такие вещи видели не раз.",
]
ROUTINE = [
    "Добрый вечер! Уточните, пожалуйста, дату производства с упаковки — передадим в отдел "
    "качества.",
    "Здравствуйте, Анна. Спасибо, что написали. Менеджер свяжется с вами сегодня до 18:00.",
    "Hi Tom, so sorry about the delay. Your refund has been processed and should arrive in "
    "3-5 days.",
    "Добрый день! Информация о тарифе есть на сайте в разделе «Тарифы», там же можно сменить "
    "его в пару кликов.",
    "Привет! Да, акция действует во всех ресторанах сети до конца месяца 🙂",
    "Доставка сегодня не работает из-за погоды, приносим извинения.",
    "Добрый день, к сожалению, акция уже закончилась, но следите за новостями!",
]


@pytest.mark.parametrize("text", UNLISTED_DEFLECTIONS)
def test_a_deflection_no_list_knows_reads_as_arguing(text: str) -> None:
    assert not list_argues(cue_text(text))
    assert argues(text)


@pytest.mark.parametrize("text", ROUTINE)
def test_routine_desk_answers_do_not_argue(text: str) -> None:
    assert not argues(text)


def test_the_score_is_the_normalised_sum_of_known_features(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"bias": -1.0, "threshold": 0.5,
                                "weights": {"однак": 3.0, "#<не>": 1.0}}))
    model = ReplyModel.load(path)
    cue = "не однако"
    n = len(features(cue))
    assert n > 2  # stems, the pair and character 4-grams, known or not, all count in the norm
    z = -1.0 + (3.0 + 1.0) / n ** 0.5
    assert model.probability(cue) == pytest.approx(1 / (1 + 2.718281828459045 ** -z))
    assert model.probability("") == 0.0


def test_the_shipped_model_is_small_and_says_what_it_was_trained_on() -> None:
    assert MODEL_FILE.stat().st_size < 2_000_000
    meta = json.loads(MODEL_FILE.read_text())
    assert meta["trained_on"] and 0.5 <= meta["threshold"] < 1.0


def test_an_extreme_score_does_not_overflow() -> None:
    # A text carrying thousands of strongly weighted features can push the sum past what
    # exp() takes; the probability must still come out (0 or 1), not raise.
    assert ReplyModel(-1000.0, {}, 0.5).probability("любой текст") == pytest.approx(0.0)
    assert ReplyModel(1000.0, {}, 0.5).probability("any text") == pytest.approx(1.0)
