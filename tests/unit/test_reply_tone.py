"""bench/reply_tone.py: the reply-tone table over a bank's desk texts."""

from __future__ import annotations

import pytest

from bench.reply_tone import bank_row

pytestmark = pytest.mark.unit


def test_an_arguing_desk_reads_as_arguing_and_a_routine_one_does_not() -> None:
    row = bank_row("holdout", renderings=20, seed=3)
    assert row["argue_first"] >= 0.9 and row["argue_again"] >= 0.9
    assert row["answer"] == row["apology"] == row["thanks"] == 0.0
