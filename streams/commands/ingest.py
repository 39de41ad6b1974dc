"""`crisiswatch ingest FILE.jsonl`: append a file of mentions to the `mentions` topic."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

from detectors.mention import Invalid, parse_mention
from streams.commands.common import CommandError, add_config_arg, add_log_args, config_from
from streams.ops.kafka_client import produce_lines


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ingest", help="produce a JSON-lines file of mentions into Kafka")
    p.add_argument("file", type=Path, help="JSON lines, one mention per line ('-' for stdin)")
    add_config_arg(p)
    add_log_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    config = config_from(args)
    if str(args.file) == "-":
        lines = sys.stdin.buffer.read().splitlines()
    else:
        try:
            lines = args.file.read_bytes().splitlines()
        except OSError as exc:
            raise CommandError(f"cannot read {args.file}: {exc.strerror}") from None
    now = int(time.time() * 1000)
    invalid = sum(1 for raw in lines if raw.strip()
                  and isinstance(parse_mention(raw, now), Invalid))
    count = asyncio.run(produce_lines(config, None, lines))
    note = f" ({invalid} invalid: the worker will dead-letter them)" if invalid else ""
    print(f"produced {count} mentions{note}")
    return 0
