"""A learned reading of a brand's reply, beside the deflection lists of detectors/arguing.py.

Each desk words its deflection its own way ("однако камень — это не то, что могло бы попасть
в продукт у нас"), and the lists know only the desks already read: a new writer's arguing
replies read as arguing 0.7-0.8 of the time on first sight. A logistic regression over word
stems (first five letters), adjacent stem pairs and character 4-grams of words reads the tone
of phrasings it never saw. bench/train_reply_tone.py trains it on the desk texts of the
simulated week's banks (arguing replies against routine answers, apologies and thanks) and
chooses the threshold leaving each bank out in turn (docs/detection.md, "Reply tone").

Features are binary and the vector is l2-normalised over all of a text's features, known or
not, so a score is one sum and one division; it runs only on the brands' own replies.
"""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import msgspec

__all__ = ["MODEL_FILE", "ReplyModel", "features", "load_shipped"]

MODEL_FILE = Path(__file__).resolve().parent / "reply_tone_model.json"
_STEM = 5
_CHARS = 4
_WORD = re.compile(r"\w+")


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


class ReplyModel:
    """The probability that a brand's reply argues rather than answers."""

    def __init__(self, bias: float, weights: dict[str, float], threshold: float) -> None:
        self.bias, self._w, self.threshold = bias, weights, threshold

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> ReplyModel:
        w = msgspec.json.decode(path.read_bytes(), type=_Weights)
        return cls(w.bias, w.weights, w.threshold)

    def probability(self, cue: str) -> float:
        feats = features(cue)
        if not feats:
            return 0.0
        get = self._w.get
        z = self.bias + sum(get(f, 0.0) for f in feats) / math.sqrt(len(feats))
        return 1.0 / (1.0 + math.exp(-min(50.0, max(-50.0, z))))  # no overflow on huge texts

    def argues(self, cue: str) -> bool:
        return self.probability(cue) >= self.threshold


def load_shipped() -> ReplyModel | None:
    try:
        return ReplyModel.load()
    except FileNotFoundError:
        return None  # only while bench/train_reply_tone.py trains the first model
