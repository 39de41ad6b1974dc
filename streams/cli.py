"""`crisiswatch` command line: one small module per command under streams/commands/."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module exposes `add_parser(subparsers)` (which sets `func`) and nothing else public.
COMMANDS = (
    "kafka",
    "worker",
    "ingest",
    "demo",
    "connect",
    "incidents",
    "simulate",
    "backtest",
    "enrich",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crisiswatch",
        description="Real-time brand-crisis monitor: detect, group and page within seconds.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        importlib.import_module(f"streams.commands.{name}").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from streams.commands.common import run_command

    args = build_parser().parse_args(argv)
    return run_command(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
