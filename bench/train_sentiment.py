"""Train the shipped sentiment model (detectors/sentiment_model.json) and measure it blind.

    .venv/bin/pip install -e '.[train]'          # numpy, scipy, scikit-learn: training only
    .venv/bin/python bench/train_sentiment.py [--mirror /work/.mirror] [--out PATH]
    .venv/bin/python bench/train_sentiment.py --evaluate-only   # the quality table, no training

Data: bench/sentiment_data.py (sources, commits, licences, how to obtain them). Training uses
the "train" rows of the training sources and the `dev` rows of the project's own fixtures
(tests/fixtures/labelled_*.jsonl; their `holdout` rows are never trained on). The operating
point (the probability mapped to NEGATIVE_THRESHOLD) and the regularisation are chosen on the
"dev" rows of the training sources. The judging sets (TweetEval, RuSentiTweet: tweets, a
domain no training source has) are only scored, after everything is fixed.

Deterministic: same data, same weights (liblinear with a fixed seed, sorted vocabulary).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import msgspec
import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from bench.sentiment_data import CACHE, LANG, MIRROR, SOURCES, Row, load
from detectors.evaluation import FIXTURES, load_labelled
from detectors.lang import detect_lang
from detectors.sentiment import NEGATIVE_THRESHOLD, lexicon_score, read
from detectors.sentiment_model import (
    DENSE,
    MODEL_FILE,
    Model,
    dense_features,
    model_negativity,
    score,
    sparse_keys,
)
from detectors.text import normalise

TRAIN_SOURCES = [n for n, s in SOURCES.items() if s.train]
JUDGE_SOURCES = [n for n, s in SOURCES.items() if not s.train]
MIN_COUNT = 3  # a feature seen in fewer training texts gets no weight
PRUNE = 0.002  # weights smaller than this are dropped from the shipped file
FIXTURE_WEIGHT = 3.0  # the project's own domain (brand mentions) counts more per row
RU_WEIGHT = 2.0  # Russian has a sixth of the rows; keep its share of the loss up


class Example(NamedTuple):
    keys: list[str]
    scale: float
    dense: tuple[float, ...]
    negative: bool
    lang: str


def _example(text: str, negative: bool, lang: str) -> Example:
    nt = normalise(text)
    r = read(nt, detect_lang(nt))
    keys, scale = sparse_keys(nt)
    return Example(keys, scale, dense_features(nt, r), negative, lang)


def _fixture_rows(split: str) -> list[Row]:
    out = []
    for lang in ("ru", "en"):
        for r in load_labelled(FIXTURES / f"labelled_{lang}.jsonl"):
            if r.split == split:
                out.append(Row(r.text, r.label == "negative", lang, split))
    return out


def _matrix(examples: Sequence[Example], vocab: dict[str, int]) -> sparse.csr_matrix:
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    width = len(vocab)
    for ex in examples:
        counts = Counter(vocab[k] for k in ex.keys if k in vocab)
        for col, c in counts.items():
            indices.append(col)
            data.append(c * ex.scale)
        for j, v in enumerate(ex.dense):
            if v:
                indices.append(width + j)
                data.append(v)
        indptr.append(len(indices))
    return sparse.csr_matrix((np.array(data), np.array(indices), np.array(indptr)),
                             shape=(len(examples), width + len(DENSE)))


def _macro_f1(pred: Sequence[bool], gold: Sequence[bool]) -> tuple[float, float, float, float]:
    """Macro-F1 of negative vs the rest, and precision, recall, F1 of the negative class."""
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    tn = len(gold) - tp - fp - fn

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2, p, r, f1(tp, fp, fn)


def _best_threshold(probs: Sequence[np.ndarray], golds: Sequence[np.ndarray]) -> float:
    """The cut maximising the mean macro-F1 over several dev sets (one per source)."""
    best, best_t = -1.0, 0.5
    for t in np.arange(0.15, 0.85, 0.01):
        f = float(np.mean([_macro_f1(list(p >= t), list(g))[0]
                           for p, g in zip(probs, golds, strict=True)]))
        if f > best:
            best, best_t = f, float(t)
    return best_t


def train(mirror: Path, out: Path) -> None:
    t0 = time.perf_counter()
    rows = {n: load(n, mirror) for n in TRAIN_SOURCES}
    train_rows = [r for n in TRAIN_SOURCES for r in rows[n] if r.split == "train"]
    fixture_rows = _fixture_rows("dev")
    train_ex = [_example(r.text, r.negative, r.lang) for r in train_rows]
    fixture_ex = [_example(r.text, r.negative, r.lang) for r in fixture_rows]
    dev_ex = {n: [_example(r.text, r.negative, r.lang) for r in rows[n] if r.split == "dev"]
              for n in TRAIN_SOURCES}
    print(f"features extracted in {time.perf_counter() - t0:.0f} s: train {len(train_ex)}, "
          f"fixtures {len(fixture_ex)}, dev {sum(map(len, dev_ex.values()))}")
    all_ex = train_ex + fixture_ex
    df: Counter[str] = Counter()
    for ex in all_ex:
        df.update(set(ex.keys))
    vocab = {k: i for i, k in enumerate(sorted(k for k, c in df.items() if c >= MIN_COUNT))}
    print(f"vocabulary: {len(vocab)} of {len(df)} features")
    x = _matrix(all_ex, vocab)
    y = np.array([ex.negative for ex in all_ex])
    weight = np.array([(RU_WEIGHT if ex.lang == "ru" else 1.0) for ex in train_ex]
                      + [FIXTURE_WEIGHT] * len(fixture_ex))
    dev_x = {n: _matrix(e, vocab) for n, e in dev_ex.items()}
    dev_y = {n: np.array([ex.negative for ex in e]) for n, e in dev_ex.items()}
    best: tuple[float, float, LogisticRegression, float] | None = None
    for c in (0.25, 0.5, 1.0):
        clf = LogisticRegression(C=c, solver="liblinear", max_iter=200, random_state=0,
                                 class_weight="balanced")
        clf.fit(x, y, sample_weight=weight)
        probs = [clf.predict_proba(dev_x[n])[:, 1] for n in TRAIN_SOURCES]
        golds = [dev_y[n] for n in TRAIN_SOURCES]
        t = _best_threshold(probs, golds)
        f = float(np.mean([_macro_f1(list(p >= t), list(g))[0]
                           for p, g in zip(probs, golds, strict=True)]))
        per = " ".join(f"{n}={_macro_f1(list(p >= t), list(g))[0]:.3f}"
                       for n, p, g in zip(TRAIN_SOURCES, probs, golds, strict=True))
        print(f"C={c}: dev mean macro-F1 {f:.3f} at p>={t:.2f} ({per})")
        if best is None or f > best[0]:
            best = (f, t, clf, c)
    assert best is not None
    f, t, clf, c = best
    coef = clf.coef_[0]
    names = sorted(vocab, key=vocab.__getitem__)
    features = {k: round(float(w), 4) for k, w in zip(names, coef[:len(names)], strict=True)
                if abs(w) >= PRUNE}
    dense = {name: round(float(w), 4) for name, w in zip(DENSE, coef[len(names):], strict=True)}
    # Shift the bias so that the chosen cut t lands on NEGATIVE_THRESHOLD.
    shift = math.log(NEGATIVE_THRESHOLD / (1 - NEGATIVE_THRESHOLD)) - math.log(t / (1 - t))
    bias = round(float(clf.intercept_[0]) + shift, 4)
    doc = {
        "bias": bias,
        "dense": dense,
        "features": dict(sorted(features.items())),
        "trained_on": [f"{n}: {SOURCES[n].repo}@{SOURCES[n].commit[:8]} ({SOURCES[n].licence})"
                       for n in TRAIN_SOURCES] + ["crisiswatch tests/fixtures dev rows"],
        "notes": (f"logistic regression, C={c}, class_weight=balanced, ru x{RU_WEIGHT}, "
                  f"fixtures x{FIXTURE_WEIGHT}, min_count={MIN_COUNT}, |w|>={PRUNE}; "
                  f"cut p>={t:.2f} mapped to {NEGATIVE_THRESHOLD}; dev macro-F1 {f:.3f}"),
    }
    out.write_bytes(msgspec.json.encode(doc))
    print(f"wrote {out}: {len(features)} weights, {out.stat().st_size / 1e6:.1f} MB, "
          f"C={c}, cut {t:.2f}")


def _judge_rows(mirror: Path) -> dict[str, list[Row]]:
    sets = {n: load(n, mirror) for n in JUDGE_SOURCES}
    sets["goemotions test (in-source)"] = [r for r in load("goemotions", mirror)
                                           if r.split == "test"]
    sets["fixtures dev (trained on)"] = _fixture_rows("dev")
    sets["fixtures holdout"] = _fixture_rows("holdout")
    return sets


def evaluate(mirror: Path, model: Model) -> str:
    scorers: dict[str, Callable[[str], bool]] = {}

    def lexicon(text: str) -> bool:
        nt = normalise(text)
        return lexicon_score(nt, detect_lang(nt)).label == "negative"

    def model_alone(text: str) -> bool:
        nt = normalise(text)
        return model_negativity(nt, read(nt, detect_lang(nt)), (), model) >= NEGATIVE_THRESHOLD

    def shipped(text: str) -> bool:
        nt = normalise(text)
        return score(nt, detect_lang(nt), (), model).label == "negative"

    scorers = {"lexicon": lexicon, "model": model_alone, "shipped": shipped}
    lines = ["| set | lang | texts | negative | scorer | macro-F1 | neg. precision | "
             "neg. recall | neg. F1 |", "|---|---|---|---|---|---|---|---|---|"]
    for name, rows in _judge_rows(mirror).items():
        for lang in ("en", "ru"):
            part = [r for r in rows if r.lang == lang]
            if not part:
                continue
            gold = [r.negative for r in part]
            for sname, fn in scorers.items():
                mf, p, r, f = _macro_f1([fn(row.text) for row in part], gold)
                lines.append(f"| {name} | {lang} | {len(part)} | {sum(gold)} | {sname} | "
                             f"{mf:.3f} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", type=Path, default=MIRROR,
                    help="directory of <owner>+<name>/repo git checkouts")
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--evaluate-only", action="store_true")
    args = ap.parse_args()
    print(f"data cache: {CACHE}")
    if not args.evaluate_only:
        train(args.mirror, args.out)
    print(evaluate(args.mirror, Model.load(args.out)))
    print("languages:", {n: LANG[n] for n in SOURCES})


if __name__ == "__main__":
    main()
