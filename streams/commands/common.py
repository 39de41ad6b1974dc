"""What every command shares: config loading, logging, and errors shown as one clear line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from streams.config import Config, ConfigError, load_config
from streams.ops import logs

DEFAULT_CONFIG = "crisiswatch.yaml"


class CommandError(Exception):
    """A failure the user can fix; printed without a traceback."""


def add_config_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-c", "--config", default=os.environ.get("CRISISWATCH_CONFIG", DEFAULT_CONFIG),
        help="config file (default: $CRISISWATCH_CONFIG or ./crisiswatch.yaml)")


def add_log_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--log-level", default=os.environ.get("CRISISWATCH_LOG_LEVEL", "info"),
                        choices=["debug", "info", "warning", "error"])
    parser.add_argument("--log-json", action="store_true",
                        default=os.environ.get("CRISISWATCH_LOG_JSON", "") == "1",
                        help="JSON log lines (for log shippers)")


def config_from(args: argparse.Namespace) -> Config:
    path = Path(args.config)
    return load_config(path)


def run_command(args: argparse.Namespace) -> int:
    logs.configure(getattr(args, "log_level", "warning"), getattr(args, "log_json", False))
    try:
        code: int = args.func(args)
        return code
    except (ConfigError, CommandError) as exc:
        print(f"crisiswatch: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
