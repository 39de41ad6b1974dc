"""The hand-built weeks of the complaint and watchlist unit tests, on other seeds.

    .venv/bin/python bench/hand_weeks.py [--first 300] [--weeks 40]

tests/unit/test_complaints_week.py and tests/unit/test_watch_week.py pin a few seeds; this runs
the same generators on `--weeks` seeds from `--first` (held out: not the tests' seeds) and
prints, per check, how many weeks kept the page budget: no page on an ordinary week, one page
in time for an injected crisis (ignored complaints: within 2 business hours of the first
breach; an executive's careless post: within 10 minutes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "unit")]

import test_complaints_week as complaints  # noqa: E402
import test_watch_week as watch  # noqa: E402

MIN = 60_000
HOUR = 60 * MIN


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--first", type=int, default=300)
    ap.add_argument("--weeks", type=int, default=40)
    args = ap.parse_args()
    seeds = range(args.first, args.first + args.weeks)
    n = len(seeds)

    quiet = sum(not [x for x in complaints.run(complaints.week(s))[0] if x.event != "resolve"]
                for s in seeds)
    print(f"complaints, ordinary week: {quiet}/{n} weeks without a page")
    ok, worst = 0, 0.0
    for s in seeds:
        w = complaints.week(s, crisis_day=s % 7)
        pages = [x for x in complaints.run(w)[0] if x.event == "trigger"]
        assert w.first_ignored is not None
        breach = complaints.CLOCK.add(w.first_ignored, 4 * HOUR)
        late = complaints.CLOCK.elapsed(breach, pages[0].at_ms) if pages else 10**12
        ok += len(pages) == 1 and late <= 2 * HOUR
        worst = max(worst, late / MIN)
    print(f"complaints, desk stops answering: {ok}/{n} weeks one page within 2 business hours "
          f"(latest {worst:.1f} min after the breach)")

    quiet = sum(not [x for x in watch.replay(watch.week(s)[0])[0] if x.event != "resolve"]
                for s in seeds)
    print(f"watched accounts and influencers, ordinary week: {quiet}/{n} weeks without a page")
    ok, worst = 0, 0.0
    for s in seeds:
        events, gaffe_at = watch.week(s, gaffe_day=s % 7)
        pages = [x for x in watch.replay(events)[0] if x.event == "trigger"]
        late = (pages[0].at_ms - gaffe_at) / MIN if pages else float("inf")
        ok += len(pages) == 1 and late <= 10
        worst = max(worst, late)
    print(f"watched accounts, careless post: {ok}/{n} weeks one page within 10 min "
          f"(latest {worst:.1f} min)")


if __name__ == "__main__":
    main()
