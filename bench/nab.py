"""NAB realTweets, dev split, through `crisiswatch backtest --counts`, scored by NAB's rules.

    .venv/bin/python bench/nab.py [--data DIR] [--scorer FILE] [--out DIR] [--splits]

The data (5 series: AMZN, CRM, CVS, FB, PFE; AGPL, so never copied into this repository) is
read from $CRISISWATCH_NAB_DIR, else <repo>/../shared/data/nab-realtweets-dev; the scorer
from $CRISISWATCH_NAB_SCORER, else <repo>/../shared/tools/nab_score.py, else tools/nab_score.py
two levels above the data.

Each series runs through the real CLI (a subprocess per CSV, no config: the defaults a new user
gets). The first signal of each episode (`"episode": "start"`) is an alert; its updates are not
(NAB counts only the first detection in a window and charges every other one as a false
positive). One `<series>.alerts.txt` per series goes to --out, then the scorer prints the
standard-profile score, shown beside the published detectors on the same five series.

--splits also asks how well the two knobs of the new tests (peak_factor, tail_factor) carry to
series they were not tuned on: for every 3/2 split of the five series, the best of a grid on
the three, scored on the other two; and leave-one-out. Those runs call `replay_counts`, the
function behind `backtest --counts`, in-process.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import msgspec  # noqa: E402

from detectors.config import BrandSpec, VolumeThresholds  # noqa: E402
from streams.commands.replay import counts_spec, interval_of, read_counts, replay_counts  # noqa: E402

# Standard profile, the same five series (from the issue).
PUBLISHED = (("ARTime", 82.74), ("contextOSE", 81.85), ("Skyline", 77.08),
             ("Numenta HTM", 71.63), ("windowedGaussian", 60.88),
             ("crisiswatch before issue 14", 26.72))
GRID = {"peak_factor": (0.9, 0.95, 1.0, 1.05, 1.1), "tail_factor": (0.75, 1.0, 1.25, 1.5)}
_FINAL = re.compile(r"FINAL NAB score .* profile=(\S+): (-?[\d.]+)")


def default_data() -> Path:
    env = os.environ.get("CRISISWATCH_NAB_DIR")
    return Path(env) if env else REPO.parent / "shared" / "data" / "nab-realtweets-dev"


def default_scorer() -> Path:
    env = os.environ.get("CRISISWATCH_NAB_SCORER")
    if env:
        return Path(env)
    beside_repo = REPO.parent / "shared" / "tools" / "nab_score.py"
    beside_data = default_data().parent.parent / "tools" / "nab_score.py"  # shared/tools
    return beside_repo if beside_repo.is_file() or not beside_data.is_file() else beside_data


def series_files(data: Path) -> list[Path]:
    return sorted((data / "data" / "realTweets").glob("*.csv"))


def cli_alerts(csv: Path) -> tuple[list[str], int]:
    """Episode starts (timestamps as in the file) of `crisiswatch backtest --counts CSV` run
    with no config, and how many signals it printed in all."""
    env = {k: v for k, v in os.environ.items() if k != "CRISISWATCH_CONFIG"}
    with tempfile.TemporaryDirectory() as empty:  # no ./crisiswatch.yaml to pick up
        done = subprocess.run(
            [sys.executable, "-m", "streams.cli", "backtest", "--counts", str(csv.resolve())],
            cwd=empty, env={**env, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
            check=False)
    if done.returncode != 0:
        raise SystemExit(f"backtest --counts {csv} failed:\n{done.stderr}")
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    starts = [r["timestamp"] for r in records
              if r["kind"] == "volume_spike" and r.get("episode") == "start"]
    return starts, len(records)


def score_dir(scorer: Path, data: Path, alerts: Path) -> tuple[str, dict[str, float]]:
    done = subprocess.run([sys.executable, str(scorer), "--data", str(data), "--detections",
                           str(alerts), "--all-profiles"],
                          capture_output=True, text=True, check=True)
    finals = {m.group(1): float(m.group(2)) for m in _FINAL.finditer(done.stdout)}
    return done.stdout, finals


# ---------------------------------------------------------------------------- splits
def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("nab_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def raw_scores(nab: Any, data: Path, settings: dict[str, float]) -> dict[str, dict[str, Any]]:
    """Per series: the scorer's result for the episode starts under `settings`."""
    base = BrandSpec(id="series", name="Series", aliases=("series",))
    volume = msgspec.convert({**msgspec.structs.asdict(base.volume), **settings},
                             VolumeThresholds)
    cost = nab.load_profiles(str(data))["standard"]
    out = {}
    for series in nab.load_subset(str(data)):
        path = data / "data" / "realTweets" / f"{series.name}.csv"
        with path.open() as fh:
            rows = read_counts(fh, str(path))
        spec = counts_spec(msgspec.structs.replace(base, volume=volume), interval_of(rows))
        times = [nab.parse_ts(row.timestamp) for row, s in replay_counts(rows, spec)
                 if s.details.get("episode") == "start"]
        alert_rows, _ = series.alerts_to_rows(times)
        out[series.name.rsplit("_", 1)[-1]] = nab.score_series(series, alert_rows, cost)
    return out


def normalised(results: dict[str, dict[str, Any]], names: Sequence[str]) -> float:
    raw = sum(results[n]["score"] for n in names)
    windows = sum(results[n]["windows"] for n in names)
    return 100.0 * (raw + windows) / (2.0 * windows)  # NAB: null = -windows, perfect = +windows


def splits(nab: Any, data: Path) -> None:
    t = time.perf_counter()
    grid = [dict(zip(GRID, values, strict=True)) for values in itertools.product(*GRID.values())]
    runs = [(settings, raw_scores(nab, data, settings)) for settings in grid]
    names = sorted(runs[0][1])
    defaults = VolumeThresholds()
    default_run = next(r for s, r in runs
                       if s == {"peak_factor": defaults.peak_factor,
                                "tail_factor": defaults.tail_factor})

    def best(train: Sequence[str]) -> tuple[dict[str, float], dict[str, dict[str, Any]]]:
        return max(runs, key=lambda r: (round(normalised(r[1], train), 6),
                                        -r[0]["peak_factor"], -r[0]["tail_factor"]))

    def sensitive(train: Sequence[str]) -> tuple[dict[str, float], dict[str, dict[str, Any]]]:
        """The setting with the most alerts on `train` among those within a point of the
        best: NAB charges a missed window ~2 and a false alarm 0.11."""
        top = normalised(best(train)[1], train)
        near = [r for r in runs if normalised(r[1], train) >= top - 1.0]
        return max(near, key=lambda r: (sum(r[1][n]["tp"] + r[1][n]["fp"] for n in train),
                                        normalised(r[1], train)))

    def knobs(settings: dict[str, float]) -> str:
        return " ".join(f"{v:g}" for v in settings.values())

    print(f"\n## Splits: {len(grid)} settings of ({', '.join(GRID)}) = "
          f"{' x '.join(str(v) for v in GRID.values())}, {time.perf_counter() - t:.0f} s")
    print("Tuned on some series, scored on the others; 'best': the top score on the tuning "
          "series; 'sensitive': the most alerts within a point of it.\n")
    print("| tuned on | held out | best: held-out score (chosen) | sensitive: held-out score "
          "(chosen) | defaults on held out |")
    print("| --- | --- | ---: | ---: | ---: |")
    held: dict[str, list[float]] = {"best": [], "sensitive": []}
    parts = [(list(train), [n for n in names if n not in train])
             for train in itertools.combinations(names, 3)]
    parts += [([n for n in names if n != name], [name]) for name in names]
    for k, (train, test) in enumerate(parts):
        cells = []
        for rule, choose in (("best", best), ("sensitive", sensitive)):
            settings, result = choose(train)
            if k < 10:
                held[rule].append(normalised(result, test))
            cells.append(f"{normalised(result, test):.2f} ({knobs(settings)})")
        print(f"| {', '.join(train)} | {', '.join(test)} | {cells[0]} | {cells[1]} | "
              f"{normalised(default_run, test):.2f} |")
        if k == 9:
            print(f"| mean of the ten 3/2 splits | | {sum(held['best']) / 10:.2f} | "
                  f"{sum(held['sensitive']) / 10:.2f} | |")


# ---------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=default_data())
    ap.add_argument("--scorer", type=Path, default=default_scorer())
    ap.add_argument("--out", type=Path, default=None,
                    help="where the alert files go (default: a temporary directory)")
    ap.add_argument("--splits", action="store_true")
    args = ap.parse_args()
    files = series_files(args.data)
    if not files or not args.scorer.is_file():
        raise SystemExit(f"no NAB dev data in {args.data} or no scorer at {args.scorer}: set "
                         "CRISISWATCH_NAB_DIR / CRISISWATCH_NAB_SCORER (or --data / --scorer)")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        print("| series | signals | episode starts (alerts) |")
        print("| --- | ---: | ---: |")
        for csv in files:
            starts, signals = cli_alerts(csv)
            (out / f"{csv.stem}.alerts.txt").write_text("".join(f"{s}\n" for s in starts))
            print(f"| {csv.stem} | {signals} | {len(starts)} |")
        report, finals = score_dir(args.scorer, args.data, out)
        print(f"\n`crisiswatch backtest --counts` on {len(files)} series in "
              f"{time.perf_counter() - t:.0f} s; the scorer says:\n")
        print("\n".join(f"    {line}" for line in report.splitlines()))
    ours = finals.get("standard")
    print("\n| detector | NAB score, standard profile, dev split |")
    print("| --- | ---: |")
    rows = sorted([("crisiswatch (this commit)", ours or 0.0), *PUBLISHED],
                  key=lambda r: -r[1])
    for name, value in rows:
        print(f"| {'**' + name + '**' if name.startswith('crisiswatch (') else name} | "
              f"{value:.2f} |")
    others = ", ".join(f"{k} {v:.2f}" for k, v in finals.items() if k != "standard")
    print(f"\nOther profiles (no published figures given): {others}")
    if args.splits:
        splits(load_scorer(args.scorer), args.data)


if __name__ == "__main__":
    main()
