"""`crisiswatch simulate --scenario NAME`: a built-in scenario's mentions, in delivery order, to
the `mentions` topic or to a JSON-lines file; `--write-config` writes the brands it needs.
`--scenario week` takes a text bank (`--bank`), crises to inject (`--inject`) and `--days`."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import yaml

from detectors.durations import format_duration
from detectors.scenarios import SCENARIOS
from detectors.scenarios.banks import BANKS
from detectors.scenarios.week import Injection, Week
from detectors.scenarios.week_crises import CRISES
from detectors.simulation import Event, Scenario, compress
from streams.commands.backtest import add_optional_config_arg, optional_config
from streams.commands.common import CommandError, add_log_args
from streams.config import Config, ConfigError, parse_config

SIMULATE_KEY = b"crisiswatch-simulate"  # one key, one partition: the stream keeps its order


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("simulate", help="play a built-in scenario (viral story, ignored "
                                        "complaints, quiet week...) into Kafka or a file")
    p.add_argument("--scenario", choices=sorted(SCENARIOS), metavar="NAME",
                   help=f"one of: {', '.join(SCENARIOS)}")
    p.add_argument("--list", action="store_true", help="describe the scenarios and exit")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--speed", type=float, default=0.0,
                   help="1 = real time, 60 = an hour a minute; 0 (default) = at once, with "
                        "event times laid out in the past ending now")
    p.add_argument("--start", help="scenario start, e.g. 2026-01-05T09:00:00+03:00 (UTC without "
                                   "an offset); default: now minus its length (speed 0) or "
                                   "minus its history")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, metavar="FILE.jsonl",
                       help="write JSON lines to FILE ('-' or default: stdout)")
    where.add_argument("--kafka", action="store_true",
                       help="produce into the config's mentions topic")
    p.add_argument("--write-config", type=Path, metavar="FILE",
                   help="write the config the scenario needs (alone: write it and exit)")
    week = p.add_argument_group("the week (--scenario week)")
    week.add_argument("--bank", choices=BANKS,
                      help=f"text bank: {', '.join(BANKS)} (default: dev; the last one judged "
                           "the latest round or waits for the next one, docs/detection.md)")
    week.add_argument("--inject", action="append", default=[], metavar="CRISIS[:BRAND][@D HH:MM]",
                      help=f"inject a crisis ({', '.join(CRISES)}) onto a brand (default: the "
                           "crisis's) on day D (1-7) of the week at HH:MM Moscow time; "
                           "repeatable")
    week.add_argument("--days", type=int, metavar="N", help="days in the week after its day of "
                                                           "history (1-7, default 7)")
    add_optional_config_arg(p)
    add_log_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for s in SCENARIOS.values():
            print(f"{s.name:20} {format_duration(s.duration_ms):>6}  {s.summary}\n"
                  f"{'':28}expect: {s.expect}")
        print("\ncrises to inject into the week (--scenario week --inject CRISIS[:BRAND][@D "
              "HH:MM]):")
        for c in CRISES.values():
            print(f"{c.name:20} {c.default_brand:>9} @{c.default_at:8}  {c.summary}")
        return 0
    if not args.scenario:
        raise CommandError(f"pass --scenario NAME (one of: {', '.join(SCENARIOS)}) or --list")
    if args.speed < 0:
        raise CommandError("--speed must be >= 0")
    scenario = SCENARIOS[args.scenario]
    if args.scenario == "week":
        scenario = week_of(args).scenario()
    elif args.bank or args.inject or args.days is not None:
        raise CommandError("--bank, --inject and --days apply to --scenario week only")
    if args.write_config is not None:
        _write_config(scenario, args.write_config)
        if args.out is None and not args.kafka:
            return 0
    now = int(time.time() * 1000)
    start = _start(args, scenario, now)
    events = scenario.events(args.seed, start)
    pivot = start + scenario.history_ms  # paced from here on when --speed > 0
    if args.speed > 0:
        events = compress(events, pivot, args.speed)
    if args.kafka:
        config = _kafka_config(args, scenario)
        sent = asyncio.run(_to_kafka(config, events, pivot, args.speed))
        target = f"topic {config.kafka.topic_prefix}mentions"
    else:
        sent = asyncio.run(_to_file(args.out, events, pivot, args.speed))
        target = "stdout" if args.out is None or str(args.out) == "-" else str(args.out)
    created = [e.mention["created_at"] for e in events] or [start]
    print(f"simulate: {scenario.name} (seed {args.seed}): {sent} mentions written from "
          f"{_iso(min(created))} to {_iso(max(created))} to {target}", file=sys.stderr)
    return 0


def week_of(args: argparse.Namespace) -> Week:
    injections = [parse_injection(text) for text in args.inject]
    try:
        return Week(args.bank or "dev", injections,
                    days=7 if args.days is None else args.days)
    except (KeyError, ValueError) as exc:
        raise CommandError(str(exc.args[0] if isinstance(exc, KeyError) else exc)) from None


def parse_injection(text: str) -> Injection:
    """ "guard-video", "guard-video:volna", "fake-story@5 08:15", "fake-story:sochny@5T08:15"."""
    head, _, at = text.partition("@")
    crisis, _, brand = head.partition(":")
    return Injection(crisis.strip(), brand.strip() or None, at.replace("T", " ") or None)


def _start(args: argparse.Namespace, scenario: Scenario, now: int) -> int:
    if args.start:
        try:
            parsed = datetime.fromisoformat(args.start.strip())
        except ValueError:
            raise CommandError(f"--start {args.start!r}: use e.g. 2026-01-05T09:00:00+03:00"
                               ) from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        start = int(parsed.timestamp() * 1000)
        if args.kafka and start > now:
            raise CommandError("--start is in the future: the worker would dead-letter the "
                               "mentions as future_time")
        return start
    return now - scenario.duration_ms if args.speed == 0 else now - scenario.history_ms


def _write_config(scenario: Scenario, path: Path) -> None:
    header = (f"# crisiswatch config for `crisiswatch simulate --scenario {scenario.name}`.\n"
              f"# {scenario.summary}\n# Expect: {scenario.expect}\n")
    body = yaml.safe_dump(dict(scenario.config), allow_unicode=True, sort_keys=False)
    try:
        path.write_text(header + body, encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror}") from None
    print(f"simulate: wrote the {scenario.name} config to {path}", file=sys.stderr)


def _kafka_config(args: argparse.Namespace, scenario: Scenario) -> Config:
    config = optional_config(args)
    if config is None:  # the scenario's own config: the local broker of `kafka start`
        return parse_config(yaml.safe_dump(dict(scenario.config), allow_unicode=True),
                            f"<scenario {scenario.name}>")
    wanted = {b["id"] for b in scenario.config["brands"]}
    missing = wanted - {s.id for s in config.specs}
    if missing:
        print(f"simulate: warning: {config.path} has no brand {', '.join(sorted(missing))}: "
              f"the worker will not match their mentions (see --write-config)", file=sys.stderr)
    return config


async def _pace(events: Sequence[Event], pivot: int, speed: float,
                send: Callable[[Event], Awaitable[None]]) -> int:
    """Send events in order; after `pivot` (already compressed) at their own pace."""
    began = time.monotonic()
    for e in events:
        if speed > 0 and e.at_ms > pivot:
            delay = (e.at_ms - pivot) / 1000 - (time.monotonic() - began)
            if delay > 0:
                await asyncio.sleep(delay)
        await send(e)
    return len(events)


async def _to_file(path: Path | None, events: Sequence[Event], pivot: int, speed: float) -> int:
    fh: IO[bytes]
    if path is not None and str(path) == "-":
        path = None
    try:
        fh = path.open("wb") if path is not None else sys.stdout.buffer
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror}") from None

    async def send(e: Event) -> None:
        fh.write(e.json() + b"\n")
        if speed > 0:
            fh.flush()

    try:
        return await _pace(events, pivot, speed, send)
    finally:
        if path is not None:
            fh.close()
        else:
            fh.flush()


async def _to_kafka(config: Config, events: Sequence[Event], pivot: int, speed: float) -> int:
    from aiokafka.errors import KafkaConnectionError

    from streams.ops.kafka_client import make_producer, resolve_bootstrap
    from streams.pipeline.topics import TopicNames

    topic = TopicNames(config.kafka.topic_prefix).mentions
    bootstrap = resolve_bootstrap(config.kafka, config.path)
    producer = make_producer(bootstrap, config.kafka)
    try:
        await producer.start()
    except KafkaConnectionError as exc:
        raise ConfigError(f"{config.path}: cannot reach Kafka at {bootstrap}: {exc}") from None
    pending: list[Any] = []

    async def send(e: Event) -> None:
        pending.append(await producer.send(topic, e.json(), key=SIMULATE_KEY))
        if len(pending) >= 5000 or speed > 0:
            await asyncio.gather(*pending)
            pending.clear()

    try:
        count = await _pace(events, pivot, speed, send)
        await asyncio.gather(*pending)
        return count
    finally:
        await producer.stop()


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")
