"""The page budget of the default config on the simulated week (issue 13), with and without a
crisis injected.

    .venv/bin/python bench/page_budget.py [--bank dev|holdout|blind|...|blind19]
                                          [--seeds 1-10] [--crisis NAME] [--jobs 2] [--json]
                                          [--tick 1s]

For each seed and variant (no crisis; each crisis of detectors/scenarios/week_crises.py on its
default brand, on a day and at a time drawn from the seed), generate the week
(detectors/scenarios/week.py: a day of history, then seven days), replay it offline through
the live code path (`Replay`: parse -> enrich -> detectors ticked in stream time -> incident
engine), every event at its delivery time, with the week's own config (`simulate --scenario
week --write-config`: what a user following the README writes, thresholds at defaults,
min_severity warning), and count pages in the seven days (alerts/budget.py): a page is a new
incident occurrence notifying its receivers (`trigger`); updates, repeats and escalations are
follow-ups, counted apart.

Prints: new pages per brand-week without a crisis (mean and max over seeds, and by kind); per
crisis, the minutes from its start (first post / the brand's reply / the first complaint past
the SLA, in business minutes / the executive's post / the fake's first post) to its first page
(a page whose incident shows a mention of the crisis or is its story or thread), whether the
fake was flagged unverified, and the further new pages on that brand during the crisis (by
kind). Tune on `--bank dev`, `holdout`, `blind`, `blind2`, `blind3`, `blind4`, `blind5`,
`blind6`, `blind7`, `blind8`, `blind9`, `blind10`, `blind11`, `blind12`, `blind13`, `blind14`,
`blind15`, `blind16`, `blind17` and `blind18` (seeds 1-10, 101-110, ..., 1901-1910); `--bank
blind19` (seeds 2001-2010), written by people who had not read the detectors, judges the
twenty-first round: a new round needs a new bank to judge on, run once, after tuning.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alerts.budget import PAGE, event_pages, evidence
from detectors.complaints import BusinessClock
from detectors.durations import parse_duration
from detectors.scenarios.banks import BANKS
from detectors.scenarios.week import Injection, Week
from detectors.scenarios.week_brands import HOURS, TZ
from detectors.scenarios.week_crises import CRISES
from streams.commands.replay import Replay
from streams.config import incident_engine, parse_config
from streams.ops import gc_tuning

SUNDAY = 1_773_522_000_000  # 2026-03-15 00:00 Moscow: the day of history; Monday 16th starts
NO_CRISIS = "none"
# Each bank in the order written gets its own hundred: dev 1-10, holdout 101-110, blind
# 201-210 ... blind10 1101-1110 (a new bank needs no entry here).
DEFAULT_SEEDS = {bank: f"{100 * i + 1}-{100 * i + 10}" for i, bank in enumerate(BANKS)}
# Minutes from a crisis's start to its first page that a PR desk needs (issue 13), and the
# local hours a seed may start each crisis in (the arguing brand: the customer's post).
TARGET_MIN = {"guard-video": 15, "arguing-brand": 15, "ignored-complaints": 120,
              "executive-post": 10, "fake-story": 45}
FURTHER_MAX = 3
HOURS_OF = {"guard-video": (11, 20), "arguing-brand": (9, 18), "ignored-complaints": (8, 21),
            "executive-post": (8, 23), "fake-story": (7, 21)}
DAYS_OF = {"ignored-complaints": (1, 3)}  # its complaints take four days: all within the week
MSK = ZoneInfo(TZ)


@dataclass(frozen=True)
class Task:
    bank: str
    seed: int
    variant: str  # NO_CRISIS or a crisis name
    tick_ms: int


def crisis_time(crisis: str, seed: int) -> str:
    """The day (1-6) and Moscow time a seed injects a crisis at ("D HH:MM")."""
    rng = random.Random(f"{crisis}:{seed}")
    low, high = HOURS_OF[crisis]
    day = rng.randint(*DAYS_OF.get(crisis, (1, 6)))
    return f"{day} {rng.randint(low, high - 1):02d}:{rng.randrange(60):02d}"


def run_one(task: Task) -> dict[str, Any]:
    """Generate, replay and count one week; a plain dict (it crosses a process boundary)."""
    began, cpu = time.perf_counter(), time.process_time()
    injections = [] if task.variant == NO_CRISIS else [
        Injection(task.variant, at=crisis_time(task.variant, task.seed))]
    week = Week(task.bank, injections)
    events, records = week.generate(task.seed, SUNDAY)
    config = parse_config(yaml.safe_dump(week.config(), allow_unicode=True), "week")
    replay = Replay(config.specs, config.detection_settings(), engine=incident_engine(config),
                    tick_ms=task.tick_ms)
    for e in events:
        replay.feed(e.json(), e.at_ms)
    replay.advance(SUNDAY + week.duration_ms)
    measured = SUNDAY + week.warmup_ms
    notes = [n for n in replay.notifications if n.at_ms >= measured]
    pages: dict[str, Counter[str]] = {b.id: Counter() for b in week.brands}
    follow_ups: dict[str, Counter[str]] = {b.id: Counter() for b in week.brands}
    paged: list[dict[str, Any]] = []
    for n in notes:
        if n.event == PAGE:
            pages[n.incident.brand][n.incident.kind] += 1
            paged.append(_page_record(n))
        elif n.event in ("update", "repeat", "escalate"):
            follow_ups[n.incident.brand][n.event] += 1
    out: dict[str, Any] = {
        "seed": task.seed, "variant": task.variant, "events": len(events),
        "mentions": replay.mentions, "invalid": replay.invalid,
        "pages": {b: dict(c) for b, c in pages.items()},
        "follow_ups": {b: dict(c) for b, c in follow_ups.items()},
        "paged": paged,
    }
    if records:
        out["crisis"] = judge(records[0], events, notes)
    out["seconds"] = round(time.perf_counter() - began, 1)
    out["cpu_seconds"] = round(time.process_time() - cpu, 1)
    return out


def _page_record(n: Any) -> dict[str, Any]:
    """What a page said and which signal sent it, so a saved run can be read without rerunning."""
    i, sig = n.incident, n.incident.last_signal
    return {"brand": i.brand, "kind": i.kind, "severity": i.severity.label,
            "at": datetime.fromtimestamp(n.at_ms / 1000, MSK).isoformat(timespec="minutes"),
            "title": i.title, "details": dict(sig.details or {}) if sig is not None else {}}


def judge(rec: Any, events: Sequence[Any], notes: Sequence[Any]) -> dict[str, Any]:
    first_post = min(e.mention["created_at"] for e in events
                     if f"{e.mention['source']}:{e.mention['id']}" in rec.posts)
    ep = event_pages(notes, rec.brand, first_post, rec.start_ms, rec.end_ms,
                     lambda i: bool(evidence(i) & rec.posts))
    result: dict[str, Any] = {
        "name": rec.name, "brand": rec.brand, "start_is": rec.start_is,
        "start": datetime.fromtimestamp(rec.start_ms / 1000, MSK).isoformat(timespec="minutes"),
        "minutes": None, "business_minutes": None, "first_kind": None,
        "first_severity": None, "unverified": None,
        "further": len(ep.further),
        "further_kinds": dict(Counter(n.incident.kind for n in ep.further)),
        "further_about_crisis": sum(1 for n in ep.further if evidence(n.incident) & rec.posts),
        "follow_ups": dict(ep.follow_ups),
    }
    if ep.first is not None:
        i = ep.first.incident
        result.update(minutes=round((ep.first.at_ms - rec.start_ms) / 60_000, 1),
                      first_event=ep.first.event, first_kind=i.kind,
                      first_severity=i.severity.label,
                      unverified=i.unverified)
        if rec.business:
            result["business_minutes"] = business_minutes(rec.start_ms, ep.first.at_ms)
    return result


def business_minutes(start_ms: int, at_ms: int) -> float:
    """Business minutes of the week's hours from `start_ms` to `at_ms` (negative: before)."""
    lo, hi = sorted((start_ms, at_ms))
    sign = 1 if at_ms >= start_ms else -1
    return round(sign * BusinessClock(HOURS).elapsed(lo, hi) / 60_000, 1)


# ------------------------------------------------------------------------------ the tables
def summarise(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    quiet = [r for r in runs if r["variant"] == NO_CRISIS]
    brands = sorted({b for r in runs for b in r["pages"]})
    background: dict[str, Any] = {}
    for b in brands:
        counts = [sum(r["pages"][b].values()) for r in quiet]
        kinds: Counter[str] = Counter()
        follow: Counter[str] = Counter()
        for r in quiet:
            kinds.update(r["pages"][b])
            follow.update(r["follow_ups"][b])
        if counts:
            background[b] = {"mean": round(statistics.fmean(counts), 1), "max": max(counts),
                             "per_seed": counts, "kinds": dict(kinds.most_common()),
                             "follow_ups_mean": {k: round(v / len(quiet), 1)
                                                 for k, v in follow.items()}}
    crises: dict[str, Any] = {}
    for name in CRISES:
        rs = [r["crisis"] for r in runs if r["variant"] == name]
        if not rs:
            continue
        business = rs[0]["business_minutes"] is not None or name == "ignored-complaints"
        key = "business_minutes" if business else "minutes"
        found = [r[key] for r in rs if r[key] is not None]
        target = TARGET_MIN[name]
        further = [r["further"] for r in rs]
        kinds: Counter[str] = Counter()
        firsts: Counter[str] = Counter()
        for r in rs:
            kinds.update(r["further_kinds"])
            if r["first_kind"]:  # "(update)": the rise of an incident already open
                firsts[r["first_kind"] + (" (update)" if r.get("first_event") == "update"
                                          else "")] += 1
        crises[name] = {
            "brand": rs[0]["brand"], "start_is": rs[0]["start_is"], "business": business,
            "median": statistics.median(found) if found else None,
            "max": max(found) if found else None, "missed": len(rs) - len(found),
            "in_time": sum(1 for m in found if m <= target), "runs": len(rs),
            "target": target, "first_kinds": dict(firsts),
            "unverified": sum(1 for r in rs if r["unverified"]),
            "further_mean": round(statistics.fmean(further), 1), "further_max": max(further),
            "further_kinds": dict(kinds.most_common()),
            "within_further": sum(1 for f in further if f <= FURTHER_MAX),
        }
    return {"background": background, "crises": crises}


def _kinds(d: dict[str, int], limit: int = 6) -> str:
    items = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
    text = ", ".join(f"{k} {v}" for k, v in items[:limit])
    return text + (", ..." if len(items) > limit else "") if text else "-"


def render(summary: dict[str, Any], args: argparse.Namespace, seeds: Sequence[int],
           took: float, cpu: float) -> str:
    out = [f"page budget: bank {args.bank}, seeds {_seeds_text(seeds)}, the week's default "
           f"config (min_severity warning), replayed in stream time (tick {args.tick}); "
           f"{took:.0f} s wall, {cpu:.0f} s CPU in {args.jobs} process(es)", ""]
    bg = summary["background"]
    if bg:
        out.append(f"Without a crisis: new pages per brand-week (target <= 1), "
                   f"{len(next(iter(bg.values()))['per_seed'])} seeds")
        out.append(f"  {'brand':<10} {'mean':>6} {'max':>5}  follow-ups/week  kinds (all seeds)")
        for b, row in bg.items():
            fu = _kinds(row["follow_ups_mean"])
            out.append(f"  {b:<10} {row['mean']:>6} {row['max']:>5}  {fu:<15}  "
                       f"{_kinds(row['kinds'])}")
        out.append("")
    cr = summary["crises"]
    if cr:
        out.append("With a crisis injected: minutes from its start to its first page, further "
                   f"new pages on that brand during it (target <= {FURTHER_MAX})")
        out.append(f"  {'crisis':<19} {'brand':<9} {'median':>6} {'max':>6} {'missed':>6} "
                   f"{'in time':>8} {'unverif.':>8} {'further':>9}  first page kinds; further "
                   "kinds")
        for name, row in cr.items():
            med = "-" if row["median"] is None else f"{row['median']:.0f}"
            mx = "-" if row["max"] is None else f"{row['max']:.0f}"
            unv = f"{row['unverified']}/{row['runs']}" if name == "fake-story" else ""
            unit = " (business min)" if row["business"] else ""
            out.append(
                f"  {name:<19} {row['brand']:<9} {med:>6} {mx:>6} "
                f"{row['missed']:>3}/{row['runs']:<2} {row['in_time']:>3}/{row['runs']:<2}"
                f"<={row['target']:<3} {unv:>5} {row['further_mean']:>5}/{row['further_max']:<3}"
                f"  {_kinds(row['first_kinds'], 3)}; {_kinds(row['further_kinds'], 4)}{unit}")
        out.append("  starts: " + "; ".join(f"{n}: {r['start_is']}" for n, r in cr.items()))
    return "\n".join(out)


def _seeds_text(seeds: Sequence[int]) -> str:
    if list(seeds) == list(range(seeds[0], seeds[0] + len(seeds))):
        return f"{seeds[0]}-{seeds[-1]}"
    return ",".join(map(str, seeds))


def parse_seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.strip().partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    if not out:
        raise ValueError("no seeds")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bank", choices=tuple(DEFAULT_SEEDS), default="dev")
    ap.add_argument("--seeds", help="e.g. 1-10 or 1,4,7 (default: 1-10 for dev, 101-110 for "
                                    "holdout)")
    ap.add_argument("--crisis", action="append", choices=(NO_CRISIS, *CRISES),
                    help=f"variants to run (repeatable; default: {NO_CRISIS} and every crisis)")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="processes (default: 2 or the cores there are)")
    ap.add_argument("--tick", default="1s", help="timer tick in stream time (the worker's "
                                                 "tick_interval, default 1s)")
    ap.add_argument("--json", action="store_true", help="print every run and the summary as "
                                                        "JSON instead of the tables")
    ap.add_argument("--save", type=Path, metavar="FILE.json",
                    help="also write every run (with what each page said and the "
                         "details of the signal that sent it) and the summary as JSON to FILE")
    ap.add_argument("--load", type=Path, nargs="+", metavar="FILE.json",
                    help="no runs: the tables of runs saved before (later files replace the "
                         "same seed and variant of earlier ones; runs are deterministic)")
    args = ap.parse_args(argv)
    if args.load:
        merged: dict[tuple[int, str], dict[str, Any]] = {}
        took = 0.0
        for path in args.load:
            saved = json.loads(path.read_text())
            args.bank, args.tick, args.jobs = saved["bank"], saved["tick"], saved["jobs"]
            took += saved["seconds"]
            merged.update(((r["seed"], r["variant"]), r) for r in saved["runs"])
        runs = list(merged.values())
        seeds = sorted({r["seed"] for r in runs})
    else:
        seeds = parse_seeds(args.seeds or DEFAULT_SEEDS[args.bank])
        variants = args.crisis or [NO_CRISIS, *CRISES]
        tasks = [Task(args.bank, s, v, parse_duration(args.tick)) for v in variants
                 for s in seeds]
        gc_tuning.tune()
        began = time.perf_counter()
        if args.jobs > 1:
            with ProcessPoolExecutor(max_workers=args.jobs) as pool:
                runs = list(pool.map(run_one, tasks))
        else:
            runs = [run_one(t) for t in tasks]
        took = time.perf_counter() - began
    cpu = sum(r["cpu_seconds"] for r in runs)
    summary = summarise(runs)
    record = {"bank": args.bank, "seeds": seeds, "tick": args.tick, "jobs": args.jobs,
              "seconds": round(took), "cpu_seconds": round(cpu), "summary": summary,
              "runs": runs}
    if args.save is not None:
        args.save.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    if args.json:
        json.dump(record, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(render(summary, args, seeds, took, cpu))
    return 0


if __name__ == "__main__":
    sys.exit(main())
