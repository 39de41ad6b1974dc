"""A learned reading of a brand's reply, beside the deflection lists of detectors/arguing.py.

Each desk words its deflection its own way ("однако камень — это не то, что могло бы попасть
в продукт у нас"), and the lists know only the desks already read: a new writer's arguing
replies read as arguing 0.7-0.8 of the time on first sight. A linear text model
(detectors/text_model.py) reads the tone of phrasings it never saw. bench/train_reply_tone.py
trains it on the desk texts of the simulated week's banks (arguing replies against routine
answers, apologies and thanks) and chooses the threshold leaving each bank out in turn
(docs/detection.md, "Reply tone"). It runs only on the brands' own replies.
"""

from __future__ import annotations

from pathlib import Path

from detectors import text_model
from detectors.text_model import TextModel, features

__all__ = ["MODEL_FILE", "ReplyModel", "features", "load_shipped"]

MODEL_FILE = Path(__file__).resolve().parent / "reply_tone_model.json"


class ReplyModel(TextModel):
    """The probability that a brand's reply argues rather than answers."""

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> ReplyModel:
        return super().load(path)

    def argues(self, cue: str) -> bool:
        return self.reads(cue)


def load_shipped() -> ReplyModel | None:
    return text_model.load_shipped(ReplyModel, MODEL_FILE)
