"""Fit a detectors/text_model.py model: a logistic regression on binary, l2-normalised features.

Shared by the bench/train_*.py scripts. Deterministic: same rows, same weights (liblinear,
sorted vocabulary, fixed seed).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

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
