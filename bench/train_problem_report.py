"""Train the shipped problem-report model (detectors/problem_report_model.json), measured per bank.

    .venv/bin/pip install -e '.[train]'            # numpy, scipy, scikit-learn: training only
    .venv/bin/python bench/train_problem_report.py [--banks dev holdout ...] [--out PATH]
    .venv/bin/python bench/train_problem_report.py --evaluate-only   # the table, no training

Data: the posts to the desk in the simulated week's text banks (detectors/scenarios/bank_*.py),
rendered with the generator's slots and typos: problem reports (every brand's `complaint` and
`still_broken`, the ignored-complaints crisis's `complaint` and `follow_up`, the arguing
crisis's `complaint`) against what customers write that reports nothing (`question`, `thanks`,
and the everyday `neutral` and `positive` posts). The default banks are all but the last (the
current judge).

The table leaves each bank out in turn: a model trained on the others reads that bank's posts,
as a new writer's customers would be read. It shows, per role, the share read as a problem
among the *calm* posts (what the complaint detector's other rules do not open: not negative, no
claim of earlier contact, nothing said to be unmet) and among all. The threshold is the lowest
of THRESHOLD_STEPS at which held-out calm questions, all banks together, are read as problems
at most MAX_QUESTIONS of the time (a question read as a problem is tracked, and only matters
when the desk leaves it unanswered past the SLA).
Deterministic: same banks, same weights.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml

from bench import fit_text_model
from bench.reply_tone import rendered
from detectors.complaints import repeat_contact, unmet
from detectors.enrich import Enricher
from detectors.problem_model import MODEL_FILE, ProblemModel, problem_cue
from detectors.scenarios.banks import Texts, get_bank
from detectors.scenarios.week import Week
from detectors.scenarios.week_brands import BRANDS
from detectors.scenarios.week_traffic import WeekText
from streams.config import parse_config

PROBLEM = ("complaint", "still_broken", "ignored", "ignored_again", "argued")
ROUTINE = ("question", "thanks", "neutral", "positive")
RENDERINGS = 40  # per role, language and brand
C = 3.0
MIN_COUNT = 2  # features seen in fewer training texts are dropped (size, not quality)
THRESHOLD_STEPS = (0.7, 0.75, 0.8, 0.85, 0.9)
THRESHOLD = THRESHOLD_STEPS[0]  # the table's
MAX_QUESTIONS = 0.05

Sample = tuple[str, str, bool]  # (role, text, calm)


def _roles(bank: str, brand_id: str) -> dict[str, Texts]:
    b = get_bank(bank)
    t = b.brands[brand_id]
    roles = {"complaint": t.complaint, "still_broken": t.still_broken,
             "ignored": b.ignored.complaint, "ignored_again": b.ignored.follow_up,
             "question": t.question, "thanks": t.thanks, "neutral": t.neutral,
             "positive": t.positive}
    if brand_id == "polyushko":  # the arguing crisis's brand: its slots are the product's
        roles["argued"] = b.argue.complaint
    return roles


def calm_reader() -> Callable[[str], bool]:
    """Whether a post to the desk is one the complaint detector's other rules leave alone:
    neutral, no complaint pattern, no claim of earlier contact, nothing said to be unmet (a
    positive post is never opened)."""
    config = parse_config(yaml.safe_dump(Week("dev", []).config(), allow_unicode=True), "week")
    enricher = Enricher(config.specs)

    def calm(text: str) -> bool:
        s = enricher.assess(text)[2]
        return s.label == "neutral" and not s.complaint and not repeat_contact(text) \
            and not unmet(text)
    return calm


def render(bank: str, calm: Callable[[str], bool], n: int = RENDERINGS) -> list[Sample]:
    b, rng = get_bank(bank), random.Random(f"problem-report:{bank}")
    out: list[Sample] = []
    for brand in BRANDS.values():
        wt = WeekText(b, brand)
        for role, texts in _roles(bank, brand.id).items():
            out += [(role, t, calm(t)) for t in rendered(rng, wt, texts, n // 2)]
    return out


def fit(samples: list[Sample]) -> tuple[float, dict[str, float]]:
    return fit_text_model.fit([(r in PROBLEM, problem_cue(t)) for r, t, _ in samples],
                              C, MIN_COUNT)


def leave_one_out(data: dict[str, list[Sample]]) -> tuple[list[str], dict[str, list[float]]]:
    """The table of each bank read by a model trained on the others (at THRESHOLD), and each
    held-out bank's probabilities of its calm questions."""
    roles = (*PROBLEM, *ROUTINE)
    lines = [f"{'bank':8} {'posts':5} " + " ".join(f"{r[:13]:>13}" for r in roles)]
    questions: dict[str, list[float]] = {}
    for held in data:
        model = ProblemModel(*fit([s for b, ss in data.items() if b != held for s in ss]),
                             threshold=THRESHOLD)
        probs = [(r, calm, model.probability(problem_cue(t))) for r, t, calm in data[held]]
        questions[held] = [p for r, calm, p in probs if r == "question" and calm]
        for which in ("calm", "all"):
            cells = []
            for role in roles:
                hits = [p >= THRESHOLD for r, calm, p in probs
                        if r == role and (calm or which == "all")]
                cells.append(f"{sum(hits) / len(hits):>13.2f}" if hits else f"{'-':>13}")
            lines.append(f"{held:8} {which:5} " + " ".join(cells))
    return lines, questions


def choose_threshold(questions: dict[str, list[float]]) -> float:
    pooled = [p for ps in questions.values() for p in ps]
    for th in THRESHOLD_STEPS:
        if sum(p >= th for p in pooled) <= MAX_QUESTIONS * len(pooled):
            return th
    return THRESHOLD_STEPS[-1]


def main(argv: list[str] | None = None) -> None:
    args = fit_text_model.arguments(__doc__.split("\n\n")[0], MODEL_FILE, argv)
    calm = calm_reader()
    data = {b: render(b, calm) for b in args.banks}
    table, questions = leave_one_out(data)
    print("\n".join(table))
    threshold = choose_threshold(questions)
    print(f"threshold {threshold} (held-out calm questions read as problems at it: "
          + ", ".join(f"{b} {sum(p >= threshold for p in ps) / max(1, len(ps)):.2f}"
                      for b, ps in questions.items()) + ")")
    if args.evaluate_only:
        return
    bias, weights = fit([s for ss in data.values() for s in ss])
    fit_text_model.save(args.out, bias, weights, threshold, args.banks)


if __name__ == "__main__":
    main()
