"""The volume detector's defaults on NAB realTweets (dev split), scored by NAB's rules.

The data and the scorer are AGPL and live outside the repository: $CRISISWATCH_NAB_DIR (else
<repo>/../shared/data/nab-realtweets-dev) and $CRISISWATCH_NAB_SCORER (else
<repo>/../shared/tools/nab_score.py, or tools/ two levels above the data). Without them the
test is skipped, saying where it looked.
"""

from __future__ import annotations

import pytest

from bench.nab import default_data, default_scorer, load_scorer, normalised, raw_scores

pytestmark = pytest.mark.unit

DATA, SCORER = default_data(), default_scorer()
if not (DATA / "data" / "realTweets").is_dir() or not SCORER.is_file():
    pytest.skip(f"NAB dev split not found (looked for {DATA} and {SCORER}; set "
                "CRISISWATCH_NAB_DIR and CRISISWATCH_NAB_SCORER)", allow_module_level=True)


def test_defaults_beat_the_best_published_detector_on_the_dev_split() -> None:
    results = raw_scores(load_scorer(SCORER), DATA, {})
    assert sorted(results) == ["AMZN", "CRM", "CVS", "FB", "PFE"]
    assert normalised(results, sorted(results)) > 83.0  # ARTime: 82.74
    # Every labelled window is found, and false alarms stay rare (~1 a week per series).
    assert all(r["fn"] == 0 for r in results.values())
    assert sum(r["fp"] for r in results.values()) <= 30
