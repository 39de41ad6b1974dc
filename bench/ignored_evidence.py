"""When the ignored-complaints crisis first gives a second person's word: the ceiling of any
rule that does not page a single late complaint (issue 13).

    .venv/bin/python bench/ignored_evidence.py [--bank blind17] [--seeds 1801-1810] [--jobs 2]

The page budget wants the crisis paged within two business hours of its first complaint
passing the SLA. One complaint left late is routine (a desk misses about one in a hundred), so
the backlog pages on a second person: another customer's complaint about the problem, others
replying under one, or its author writing again. This reads only the crisis's structure (who
posted, under what, when; no text) and prints, per seed, the business minutes from the crisis
start to each kind of evidence, and how many seeds have any within the target: what a detector
that needs two people can reach at best, before it has read a word. Posted, not overdue, and a
review counts as a second customer's word (reviews never page on their own): an upper bound.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.page_budget import (
    DEFAULT_SEEDS,
    SUNDAY,
    TARGET_MIN,
    business_minutes,
    crisis_time,
    parse_seeds,
)
from detectors.scenarios.banks import BANKS
from detectors.scenarios.week import Injection, Week

CRISIS = "ignored-complaints"
KINDS = ("second_customer", "reply_by_another", "two_others_reply", "author_again")


def first_of(posts: Iterable[tuple[int, str, str, str | None]]) -> dict[str, int]:
    """When each kind of evidence first appears among the crisis's posts, given in time order
    as (at_ms, post id, author, id of the post it replies to or None)."""
    author: dict[str, str] = {}  # post id -> its author
    others: dict[str, set[str]] = {}  # post id -> others who replied under it
    first_author: str | None = None
    found: dict[str, int] = {}
    for at, pid, who, parent in posts:
        if pid in author:
            continue  # a metric update of a post already seen
        author[pid] = who
        if parent not in author:  # a complaint or review of its own
            if first_author is None:
                first_author = who
            elif who != first_author:
                found.setdefault("second_customer", at)
        elif who == author[parent]:
            found.setdefault("author_again", at)
        else:
            found.setdefault("reply_by_another", at)
            under = others.setdefault(parent, set())
            under.add(who)
            if len(under) >= 2:
                found.setdefault("two_others_reply", at)
    return found


def evidence(bank: str, seed: int) -> dict[str, Any]:
    """Business minutes (negative: before the start) from the crisis start to each kind."""
    week = Week(bank, [Injection(CRISIS, at=crisis_time(CRISIS, seed))])
    events, records = week.generate(seed, SUNDAY)
    rec = records[0]
    found = first_of((e.at_ms, m["id"], m["author"]["handle"], m.get("in_reply_to"))
                     for e in sorted(events, key=lambda e: e.at_ms)
                     if f"{(m := e.mention)['source']}:{m['id']}" in rec.posts)
    return {"seed": seed, "brand": rec.brand,
            **{k: business_minutes(rec.start_ms, t) for k, t in found.items()}}


def table(rows: Sequence[dict[str, Any]], target: float) -> str:
    lines = [f"{'seed':>6} {'brand':<9}" + "".join(f"{k:>18}" for k in KINDS)]
    for r in rows:
        cells = "".join(f"{r[k]:>18}" if k in r else f"{'-':>18}" for k in KINDS)
        lines.append(f"{r['seed']:>6} {r['brand']:<9}{cells}")
    people = [k for k in KINDS if k != "author_again"]
    for label, kinds in (("a second person", people), ("a second person or the author again",
                                                          list(KINDS))):
        n = sum(1 for r in rows if min((r[k] for k in kinds if k in r), default=1e9) <= target)
        lines.append(f"seeds with {label} within {target:g} business min: {n}/{len(rows)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bank", choices=BANKS, default=BANKS[-1])
    ap.add_argument("--seeds", help="e.g. 1701-1710 (default: the bank's own)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    seeds = parse_seeds(args.seeds or DEFAULT_SEEDS[args.bank])
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        rows = list(pool.map(evidence, [args.bank] * len(seeds), seeds))
    print(f"ignored complaints, bank {args.bank}: business minutes from the first complaint "
          "passing the SLA to the first of each (posted; no text read)")
    print(table(rows, TARGET_MIN[CRISIS]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
