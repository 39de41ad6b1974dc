"""Precision and recall of the everyday-alias verdict (detectors/context.py), and what it does
to pages, on the labelled world of bench/alias_world.py.

    .venv/bin/python bench/alias_quality.py [--bank dev|holdout|both] [--seeds 1 2 3]
                                            [--days 7] [--no-context] [--pages]

For every ambiguous record (a mention naming its brand only by «Волна», "Ложка", "Spoon"):
"about" texts are about the brand, "other" texts use the everyday sense. Precision: the share
of confident records that are about the brand; recall: the share of "about" records judged
confident; low rate: the share of "other" records judged low. Cold = the first day (little
learnt yet), warm = the rest. `--pages` also runs the incident engine with the verdict gate
and without it (the everyday aliases listed as `unambiguous_aliases`) and prints pages
(warning and above) per brand and kind, and the minutes from the outage's start to the first
volna page.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.alias_world import (
    DAY_MS,
    HOUR_MS,
    START_MS,
    BrandBank,
    Labelled,
    Rates,
    World,
    config_yaml,
)
from detectors.model import Severity
from detectors.stories import key64
from streams.commands.replay import Replay
from streams.config import incident_engine, parse_config

VOLNA_RATES = Rates(sure=600, replies=300, official_posts=10, about=900, other=250,
                    storm_day=3, storm=1500, outage_day=5, outage=400)
LOZHKA_RATES = Rates(sure=60, replies=20, official_posts=2, about=100, other=150)


def banks(which: str, outage_tagged: float = 0.0) -> list[tuple[BrandBank, Rates]]:
    if which == "dev":
        from bench import alias_bank_dev as bank
    else:
        from bench import alias_bank_holdout as bank  # type: ignore[no-redef]
    volna = dataclasses.replace(VOLNA_RATES, outage_tagged=outage_tagged)
    return [(bank.VOLNA, volna), (bank.LOZHKA, LOZHKA_RATES)]


class Tally:
    def __init__(self) -> None:
        self.n: Counter[tuple[str, str, str]] = Counter()  # (phase, label kind, verdict)
        self.topics: Counter[tuple[str, str]] = Counter()  # (label, verdict)

    def add(self, phase: str, label: str, confident: bool) -> None:
        kind = label.split(":", 1)[0]
        verdict = "confident" if confident else "low"
        for p in (phase, "all"):
            self.n[(p, kind, verdict)] += 1
        self.topics[(label, verdict)] += 1

    def row(self, phase: str) -> dict[str, float]:
        tp = self.n[(phase, "about", "confident")]
        fn = self.n[(phase, "about", "low")]
        fp = self.n[(phase, "other", "confident")]
        tn = self.n[(phase, "other", "low")]
        return {"about": tp + fn, "other": fp + tn,
                "precision": tp / (tp + fp) if tp + fp else 1.0,
                "recall": tp / (tp + fn) if tp + fn else 1.0,
                "low_rate": tn / (tn + fp) if tn + fp else 1.0}


def run(stream: list[Labelled], yaml_text: str, engine: bool) -> tuple[Tally, Replay]:
    config = parse_config(yaml_text)
    replay = Replay(config.specs, config.detection_settings(),
                    engine=incident_engine(config) if engine else None)
    tally = Tally()
    wall = START_MS + 30 * DAY_MS
    for item in stream:
        replay.feed_recorded(item.raw, wall)
        if item.label == "sure":
            continue
        state = replay.states.get(item.brand)
        if state is None or state.context is None:
            continue
        key = key64(f"{item.fields['source']}:{item.fields['id']}")
        verdict = state.context.verdicts.get(key)
        if verdict is None:  # named surely after all (a Latin spelling, a hashtag)
            continue
        phase = "cold" if item.at_ms - START_MS < DAY_MS else "warm"
        tally.add(phase, item.label, verdict)
    replay.advance(replay.clock_ms + 2 * HOUR_MS)
    return tally, replay


_COMPLAINTS = ("complaint_sla", "complaint_escalation")  # per-thread, not this module's


def pages(replay: Replay, brand: str, start_ms: int = 0, end_ms: int = 2**62
          ) -> Counter[str]:
    """New incidents of `brand` that paged (warning and above), opened in [start, end), by
    kind, complaint kinds left out."""
    out: Counter[str] = Counter()
    for i in replay.incidents.values():
        if (i.brand == brand and i.kind not in _COMPLAINTS and start_ms <= i.opened_ms < end_ms
                and i.notified_severity is not None and i.notified_severity >= Severity.WARNING):
            out[i.kind] += 1
    return out


def first_page_after(replay: Replay, brand: str, start_ms: int) -> float | None:
    times = [i.opened_ms for i in replay.incidents.values()
             if i.brand == brand and i.kind not in _COMPLAINTS and i.opened_ms >= start_ms
             and i.notified_severity is not None and i.notified_severity >= Severity.WARNING]
    return (min(times) - start_ms) / 60_000 if times else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bank", choices=("dev", "holdout", "both"), default="dev")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--no-context", action="store_true", help="no `context` words configured")
    ap.add_argument("--pages", action="store_true", help="also run the incident engine")
    ap.add_argument("--topics", action="store_true", help="verdicts per topic")
    ap.add_argument("--outage-tagged", type=float, default=0.0,
                    help="share of the outage's posts that tag the operator (default 0: the "
                         "whole outage told with the plain name)")
    args = ap.parse_args()
    chosen = ("dev", "holdout") if args.bank == "both" else (args.bank,)
    print("| bank | seed | phase | about | other | precision | recall | other low |")
    print("|---|---|---|---|---|---|---|---|")
    for name in chosen:
        total = Tally()
        for seed in args.seeds:
            stream = World(banks(name, args.outage_tagged), seed=seed, days=args.days).stream()
            tally, replay = run(stream, config_yaml(context=not args.no_context), args.pages)
            for k, v in tally.n.items():
                total.n[k] += v
            for k, v in tally.topics.items():
                total.topics[k] += v
            for phase in ("cold", "warm", "all"):
                r = tally.row(phase)
                print(f"| {name} | {seed} | {phase} | {r['about']:.0f} | {r['other']:.0f} | "
                      f"{r['precision']:.3f} | {r['recall']:.3f} | {r['low_rate']:.3f} |")
            if args.pages:
                _print_pages(stream, replay, args, seed)
        r = total.row("all")
        print(f"| {name} | all | all | {r['about']:.0f} | {r['other']:.0f} | "
              f"{r['precision']:.3f} | {r['recall']:.3f} | {r['low_rate']:.3f} |")
        if args.topics:
            by: dict[str, dict[str, int]] = defaultdict(dict)
            for (label, verdict), n in total.topics.items():
                by[label][verdict] = n
            for label in sorted(by):
                c, lo = by[label].get("confident", 0), by[label].get("low", 0)
                print(f"  {name} {label:22s} confident {c:5d}  low {lo:5d}  "
                      f"({c / (c + lo):.2f} confident)")


def _print_pages(stream: list[Labelled], gated: Replay, args: Any, seed: int) -> None:
    _, open_gate = run(stream, config_yaml(context=not args.no_context, gate=False), True)
    day = START_MS + VOLNA_RATES.storm_day * DAY_MS  # type: ignore[operator]
    storm = (day + 10 * HOUR_MS, day + 22 * HOUR_MS)
    outage = START_MS + VOLNA_RATES.outage_day * DAY_MS + 12 * HOUR_MS  # type: ignore[operator]
    for label, replay in (("gated", gated), ("no gate", open_gate)):
        week = pages(replay, "volna")
        during = pages(replay, "volna", *storm)
        crisis = pages(replay, "volna", outage, outage + 6 * HOUR_MS)
        other = pages(replay, "lozhka")
        first = first_page_after(replay, "volna", outage)
        when = f"{first:.0f} min" if first is not None else "never"
        print(f"  seed {seed} {label:7s}: volna pages {sum(week.values())} {dict(week)}; "
              f"during the storm {sum(during.values())} {dict(during)}; during the outage "
              f"{sum(crisis.values())}; lozhka "
              f"{sum(other.values())} {dict(other)}; outage paged after {when}")


if __name__ == "__main__":
    main()
