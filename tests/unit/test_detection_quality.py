"""Negative-class precision/recall/F1 on the hand-labelled fixtures (see docs/detection.md)."""

from __future__ import annotations

import pytest

from detectors.evaluation import FIXTURES, evaluate_splits, load_labelled

pytestmark = pytest.mark.unit

# Floors sit a little under the measured numbers so a real regression fails. "dev" rows were
# visible while the lexicons were written and are part of the learned scorer's training data;
# "holdout" rows were written afterwards and never trained on. Raised with the learned scorer
# (holdout F1 RU/EN 0.77/0.71 by the lexicon alone, 0.79/0.75 combined: docs/detection.md),
# and again when it learned from native Russian posts and read transliteration (0.83/0.78).
FLOORS = {"dev": 0.90, "holdout": 0.75, "all": 0.88}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_fixtures_are_well_formed(lang: str) -> None:
    rows = load_labelled(FIXTURES / f"labelled_{lang}.jsonl")
    dev = [r for r in rows if r.split == "dev"]
    assert len(dev) >= 300
    assert {r.label for r in rows} == {"negative", "neutral", "positive"}
    assert {r.split for r in rows} == {"dev", "holdout"}
    share = sum(r.label == "negative" for r in rows) / len(rows)
    assert 0.35 <= share <= 0.45
    assert len({r.text for r in rows}) == len(rows)
    assert not any(r.complaint and r.label == "positive" for r in rows)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_negative_f1_floor(lang: str) -> None:
    for q in evaluate_splits(lang):
        print(
            f"{q.lang} {q.split}: n={q.n} P={q.precision:.3f} R={q.recall:.3f} F1={q.f1:.3f} "
            f"acc={q.accuracy:.3f} complaint P={q.complaint_precision:.3f} "
            f"R={q.complaint_recall:.3f}"
        )
        assert q.f1 >= FLOORS[q.split], q
        assert q.precision >= 0.85, q
