"""detectors/problem_model.py: the learned reading of posts to a brand's desk.

The texts below were written for this test, not taken from any bank: problem reports told
calmly, without a complaint word, must read as problems; questions and thanks must not.
"""

from __future__ import annotations

import json

import pytest

from detectors.problem_model import MODEL_FILE, load_shipped, problem_cue

pytestmark = pytest.mark.unit

MODEL = load_shipped()

CALM_REPORTS = [
    "@shop_help добрый день, третий день не могу оплатить заказ картой в приложении",
    "@shop_help здравствуйте, посылку отметили врученной вчера, а мне ничего не приходило",
    "@shop_help вечер добрый. Баланс ушёл в минус, хотя я ничего не подключала",
    "@shop_help hi, my parcel shows as delivered since Monday but it never reached me",
    "@shop_help hello, I was charged twice for one order this morning",
]
NOT_PROBLEMS = [
    "@shop_help Подскажите, пожалуйста, до скольки работает ресторан на Ленина?",
    "@shop_help а можно оплатить заказ бонусами полностью?",
    "@shop_help what time does the store on Main street close on Sundays?",
    "@shop_help добрый день! Есть ли у вас безглютеновые позиции в меню?",
    "@shop_help спасибо, всё пришло, вы лучшие",
    "@shop_help хочу перейти на другой тариф, как это сделать?",
]


@pytest.mark.parametrize("text", CALM_REPORTS)
def test_a_calm_problem_report_reads_as_a_problem(text: str) -> None:
    assert MODEL is not None and MODEL.reports_problem(text)


@pytest.mark.parametrize("text", NOT_PROBLEMS)
def test_questions_and_thanks_do_not(text: str) -> None:
    assert MODEL is not None and not MODEL.reports_problem(text)


def test_handles_and_links_are_not_read() -> None:
    assert problem_cue("@Shop_Help Ёлки, https://t.co/x  номер не работает") == \
        "елки, номер не работает"


def test_the_shipped_model_is_small_and_says_what_it_was_trained_on() -> None:
    assert MODEL_FILE.stat().st_size < 2_000_000
    meta = json.loads(MODEL_FILE.read_text())
    assert meta["trained_on"] and 0.5 <= meta["threshold"] < 1.0
