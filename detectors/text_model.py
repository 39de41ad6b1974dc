"""A small linear reading of short texts: the shape shared by the learned readers of a brand's
reply (detectors/reply_model.py) and of a post written to its desk
(detectors/problem_model.py).

A logistic regression over word stems (first five letters), adjacent stem pairs and character
4-grams of words reads phrasings it never saw. Features are binary and the vector is
l2-normalised over all of a text's features, known or not, so a score is one sum and one
division. The bench/train_*.py scripts fit the weights offline.
"""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path
from typing import TypeVar

import msgspec

__all__ = ["TextModel", "features", "load_shipped"]

_STEM = 5
_CHARS = 4
_WORD = re.compile(r"\w+")
_M = TypeVar("_M", bound="TextModel")


def features(cue: str) -> set[str]:
    """Stems, adjacent stem pairs and word character 4-grams of a text in cue form
    (detectors/arguing.py `cue_text`)."""
    words = _WORD.findall(cue)
    stems = [w[:_STEM] for w in words]
    out = set(stems)
    out.update(f"{a}_{b}" for a, b in itertools.pairwise(stems))
    for w in words:
        padded = f"<{w}>"
        out.update(f"#{padded[i:i + _CHARS]}" for i in range(len(padded) - _CHARS + 1))
    return out


class _Weights(msgspec.Struct, frozen=True):
    bias: float
    threshold: float
    weights: dict[str, float]
    trained_on: list[str] = []


class TextModel:
    """The probability that a text belongs to the class the weights were trained for."""

    def __init__(self, bias: float, weights: dict[str, float], threshold: float) -> None:
        self.bias, self._w, self.threshold = bias, weights, threshold

    @classmethod
    def load(cls: type[_M], path: Path) -> _M:
        w = msgspec.json.decode(path.read_bytes(), type=_Weights)
        return cls(w.bias, w.weights, w.threshold)

    def probability(self, cue: str) -> float:
        feats = features(cue)
        if not feats:
            return 0.0
        get = self._w.get
        z = self.bias + sum(get(f, 0.0) for f in feats) / math.sqrt(len(feats))
        return 1.0 / (1.0 + math.exp(-min(50.0, max(-50.0, z))))  # no overflow on huge texts

    def reads(self, cue: str) -> bool:
        """At or above the threshold chosen when the weights were trained."""
        return self.probability(cue) >= self.threshold


def load_shipped(cls: type[_M], path: Path) -> _M | None:
    try:
        return cls.load(path)
    except FileNotFoundError:
        return None  # only while a bench/train_*.py script trains the first model
