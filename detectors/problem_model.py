"""A learned reading of a post written to a brand's desk: does it report a problem?

Customers write calmly too ("добрый день! номер не переносится к вам уже двенадцатый день"):
no complaint word, a neutral tone, and the complaint detector's patterns did not know it was a
complaint, so nobody tracked whether the desk answered. A linear text model
(detectors/text_model.py) reads problem reports against questions, thanks and chat.
bench/train_problem_report.py trains it on the simulated week's banks (complaints, follow-ups
and "still broken" against questions, thanks, neutral and positive posts) and chooses the
threshold leaving each bank out in turn (docs/detection.md, "Calm problem reports, learned"). It
runs only on posts to the brand's handle that no other rule opened.
"""

from __future__ import annotations

import re
from pathlib import Path

from detectors import text_model
from detectors.text_model import TextModel

__all__ = ["MODEL_FILE", "ProblemModel", "load_shipped", "problem_cue"]

MODEL_FILE = Path(__file__).resolve().parent / "problem_report_model.json"
_NOT_WORDS = re.compile(r"@\w+|(?:https?://|www\.)\S+", re.IGNORECASE)


def problem_cue(text: str) -> str:
    """Lower case, ё as е, single spaces, without @handles and links: every post it reads
    names the desk's handle, so the handle says nothing about the post."""
    return " ".join(_NOT_WORDS.sub(" ", text).lower().replace("ё", "е").split())


class ProblemModel(TextModel):
    """The probability that a post to a brand's desk reports a problem."""

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> ProblemModel:
        return super().load(path)

    def reports_problem(self, text: str) -> bool:
        return self.reads(problem_cue(text))


def load_shipped() -> ProblemModel | None:
    return text_model.load_shipped(ProblemModel, MODEL_FILE)
