"""`crisiswatch worker`: run the pipeline (all agents) against the configured Kafka."""

from __future__ import annotations

import argparse

from streams.commands.common import add_config_arg, add_log_args, config_from


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("worker", help="run a pipeline worker (add more to scale out)")
    add_config_arg(p)
    add_log_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from streams import worker

    return worker.run(config_from(args), args.log_level)
