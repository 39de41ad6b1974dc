"""`crisiswatch backtest`: the live detectors over recorded mentions or per-interval counts,
without Kafka; one JSON line per signal (and, with --incidents, per page and incident)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec

from alerts.budget import page_budget, render_budget
from alerts.model import Incident, Notification
from detectors.config import BrandSpec
from detectors.durations import parse_duration
from detectors.model import Severity, Signal
from streams.commands.common import DEFAULT_CONFIG, CommandError
from streams.commands.replay import (
    InputError,
    Replay,
    counts_spec,
    interval_of,
    read_counts,
    replay_counts,
)
from streams.config import Config, incident_engine, load_config
from streams.ops import gc_tuning

# The brand of `backtest --counts` when no config is given: default thresholds.
GENERIC_BRAND = BrandSpec(id="series", name="Series", aliases=("series",))

_encode = msgspec.json.Encoder().encode


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backtest", help="run the detectors over a JSON-lines file of mentions or a CSV of "
                         "counts, without Kafka")
    p.add_argument("file", nargs="?", type=Path,
                   help="JSON lines, one mention per line, in the order they arrived ('-' for "
                        "stdin)")
    p.add_argument("--counts", type=Path, metavar="FILE.csv",
                   help="CSV `timestamp,value`: mentions of one brand per interval")
    p.add_argument("--brand", help="the brand of --counts (default: the config's first brand, "
                                   "or a generic one without a config)")
    p.add_argument("--tz", default="UTC",
                   help="time zone of timestamps without an offset, and of those printed")
    p.add_argument("--incidents", action="store_true",
                   help="also run the incident engine: print pages and the incidents at the end")
    p.add_argument("--summary", action="store_true",
                   help="instead of JSON lines, print new pages per brand and ISO week (in --tz) "
                        "by kind, follow-ups and unpaged incidents (implies --incidents)")
    add_optional_config_arg(p)
    p.set_defaults(func=run)


def add_optional_config_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("-c", "--config", default=None,
                   help="config file (default: $CRISISWATCH_CONFIG, else ./crisiswatch.yaml if "
                        "it exists)")


def optional_config(args: argparse.Namespace) -> Config | None:
    """The config named by -c or $CRISISWATCH_CONFIG, else ./crisiswatch.yaml if present."""
    path = args.config or os.environ.get("CRISISWATCH_CONFIG")
    if path:
        return load_config(path)
    if Path(DEFAULT_CONFIG).is_file():
        return load_config(DEFAULT_CONFIG)
    return None


def run(args: argparse.Namespace) -> int:
    try:
        zone = ZoneInfo(args.tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise CommandError(f"unknown time zone {args.tz!r} (use an IANA name such as "
                           "Europe/Moscow)") from None
    config = optional_config(args)
    out = sys.stdout
    if args.counts is not None:
        if args.summary:
            raise CommandError("--summary counts pages: give a JSON-lines FILE of mentions, "
                               "not --counts")
        if args.file is not None:
            raise CommandError("give either a JSON-lines FILE or --counts FILE.csv, not both")
        return _counts(args, config, zone, out)
    if args.file is None:
        raise CommandError("give a JSON-lines FILE of mentions (or --counts FILE.csv)")
    if config is None:
        raise CommandError("a backtest of mentions needs the brands: pass -c config.yaml")
    return _mentions(args, config, zone, out)


# ------------------------------------------------------------------------------ mentions
def _mentions(args: argparse.Namespace, config: Config, zone: ZoneInfo, out: IO[str]) -> int:
    name = str(args.file)
    gc_tuning.tune()  # the worker's GC settings: a long replay builds up the same state
    summary_only = args.summary
    incidents = args.incidents or summary_only

    def stamp(ms: int) -> str:
        return datetime.fromtimestamp(ms / 1000, zone).isoformat(timespec="seconds")

    def on_signal(s: Signal) -> None:
        _write(out, signal_record(s, stamp(s.at_ms)))

    def on_page(n: Notification) -> None:
        _write(out, page_record(n, stamp(n.at_ms)))

    replay = Replay(config.specs, config.detection_settings(),
                    engine=incident_engine(config) if incidents else None,
                    tick_ms=parse_duration(config.worker.tick_interval),
                    max_future_ms=parse_duration(config.worker.max_future),
                    on_signal=None if summary_only else on_signal,
                    on_notification=None if summary_only else on_page)
    wall = int(time.time() * 1000)
    shown = 0
    for number, raw in enumerate(_lines(args.file), 1):
        if not raw.strip():
            continue
        bad = replay.feed_recorded(raw, wall)
        if bad is not None and shown < 20:
            shown += 1
            print(f"{name}:{number}: {bad.reason}: {bad.detail}", file=sys.stderr)
    if summary_only:
        routes = config.routing_for()

        def min_level(brand: str) -> Severity:
            return routes.get(brand, config.routing).min_level

        rows = page_budget(replay.notifications, replay.incidents.values(), min_level, zone)
        out.write("\n".join(render_budget(rows)) + "\n")
    elif args.incidents:
        for incident in replay.incidents.values():
            _write(out, incident_record(incident, stamp))
    paged = sum(1 for i in replay.incidents.values() if i.notified_ms is not None)
    summary = (f"backtest: {replay.events} events, {replay.invalid} invalid, {replay.unmatched} "
               f"matching no brand, {replay.thread_replies} followed into desk threads; "
               f"{len(replay.signals)} signals")
    if incidents:
        summary += f"; {len(replay.incidents)} incidents, {paged} paged"
    judged = [f"{b} {s.context.confident} confident {s.context.low} low"
              for b, s in sorted(replay.states.items()) if s.context is not None]
    if judged:
        summary += "; everyday-word mentions: " + ", ".join(judged)
    print(summary, file=sys.stderr)
    return 0


def _lines(path: Path) -> Iterable[bytes]:
    if str(path) == "-":
        yield from sys.stdin.buffer
        return
    try:
        with path.open("rb") as fh:
            yield from fh
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror}") from None


# ------------------------------------------------------------------------------ counts
def _counts(args: argparse.Namespace, config: Config | None, zone: ZoneInfo,
            out: IO[str]) -> int:
    name = str(args.counts)
    try:
        with args.counts.open(encoding="utf-8") as fh:
            rows = read_counts(fh, name, args.tz)
    except OSError as exc:
        raise CommandError(f"cannot read {name}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CommandError(f"{name}: not UTF-8 text") from None
    except InputError as exc:
        raise CommandError(str(exc)) from None
    spec = _brand(config, args.brand)
    try:
        interval = interval_of(rows)
        tuned = counts_spec(spec, interval, name)
    except (InputError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    if tuned.volume.window != spec.volume.window:
        print(f"backtest: {name}: rows are {tuned.volume.window} apart: brand {spec.id}'s "
              f"volume.window set to {tuned.volume.window} for this backtest (configured: "
              f"{spec.volume.window})", file=sys.stderr)
    found = replay_counts(rows, tuned)
    for row, s in found:
        _write(out, signal_record(s, row.timestamp))
    print(f"backtest: {len(rows)} intervals of brand {spec.id}, {len(found)} signal(s)",
          file=sys.stderr)
    return 0


def _brand(config: Config | None, wanted: str | None) -> BrandSpec:
    if config is None:
        if wanted and wanted != GENERIC_BRAND.id:
            raise CommandError(f"--brand {wanted}: no config given (-c) to find it in")
        return GENERIC_BRAND
    if wanted is None:
        return config.specs[0]
    for spec in config.specs:
        if spec.id == wanted:
            return spec
    raise CommandError(f"{config.path}: no brand {wanted!r}; brands: "
                       f"{', '.join(s.id for s in config.specs)}")


# ------------------------------------------------------------------------------ output
def signal_record(s: Signal, timestamp: str) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "signal", "timestamp": timestamp, "brand": s.brand, "kind": s.kind,
        "severity": s.severity.label, "observed": s.observed, "expected": s.expected,
        "title": s.title,
    }
    if s.group:
        record["group"] = s.group
    episode = s.details.get("episode")
    if episode:  # "start": a new episode (what a benchmark counts), "update": more of one
        record["episode"] = episode
    if s.unverified:
        record["unverified"] = True
    if s.caused_by:
        record["caused_by"] = s.caused_by
    return record


def page_record(n: Notification, timestamp: str) -> dict[str, Any]:
    i = n.incident
    return {"type": "page", "timestamp": timestamp, "event": n.event, "incident": i.id,
            "brand": i.brand, "kind": i.kind, "severity": i.severity.label,
            "receivers": list(n.receivers), "title": i.title}


def incident_record(i: Incident, stamp: Callable[[int], str]) -> dict[str, Any]:
    return {"type": "incident", "id": i.id, "brand": i.brand, "kind": i.kind,
            "group": i.group, "severity": i.severity.label, "state": i.state,
            "opened": stamp(i.opened_ms), "signals": i.signal_count,
            "paged": i.notified_ms is not None, "inhibited_by": i.inhibited_by,
            "unverified": i.unverified}


def _write(out: IO[str], record: dict[str, Any]) -> None:
    out.write(_encode(record).decode() + "\n")

