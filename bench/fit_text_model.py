"""Fit a detectors/text_model.py model: a logistic regression on binary, l2-normalised features.

Shared by the bench/train_*.py scripts. Deterministic: same rows, same weights (liblinear,
sorted vocabulary, fixed seed).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import msgspec
import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from detectors.scenarios.banks import BANKS
from detectors.text_model import features


def fit(rows: Sequence[tuple[bool, str]], c: float, min_count: int
        ) -> tuple[float, dict[str, float]]:
    """Bias and weights for (label, cue text) rows; features seen in fewer than `min_count`
    texts are dropped (size, not quality), weights under 1e-4 too."""
    feats = [(label, sorted(features(t))) for label, t in rows]
    counts: dict[str, int] = {}
    for _, fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    data, cols, ptr = [], [], [0]
    for _, fs in feats:
        known = [index[f] for f in fs if f in index]
        data += [1.0 / np.sqrt(len(fs))] * len(known)
        cols += known
        ptr.append(len(cols))
    x = sparse.csr_matrix((data, cols, ptr), shape=(len(feats), len(vocab)))
    y = np.array([label for label, _ in feats])
    clf = LogisticRegression(C=c, solver="liblinear", class_weight="balanced",
                             random_state=0, max_iter=1000).fit(x, y)
    w = clf.coef_[0]
    return float(clf.intercept_[0]), {f: round(float(w[i]), 4) for f, i in index.items()
                                      if abs(w[i]) >= 1e-4}


def arguments(description: str, out: Path, argv: list[str] | None) -> argparse.Namespace:
    """The training scripts' command line: --banks (default: all but the last, the current
    judge), --out, --evaluate-only."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--banks", nargs="+", choices=BANKS, default=list(BANKS[:-1]),
                    help="banks to train on (default: all but the last, the current judge)")
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--evaluate-only", action="store_true",
                    help="print the leave-one-bank-out table; write nothing")
    return ap.parse_args(argv)


def save(path: Path, bias: float, weights: dict[str, float], threshold: float,
         banks: Sequence[str]) -> None:
    model = {"bias": round(bias, 4), "threshold": threshold, "weights": weights,
             "trained_on": list(banks)}
    path.write_bytes(msgspec.json.encode(model))
    print(f"wrote {path}: {len(weights)} weights, {path.stat().st_size} bytes")
