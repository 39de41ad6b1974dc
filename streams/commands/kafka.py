"""`crisiswatch kafka start|stop|status`: the embedded local broker."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from streams.commands.common import CommandError, add_config_arg, config_from
from streams.config import ConfigError
from streams.ops import localkafka


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("kafka", help="start, stop or inspect the local Apache Kafka broker")
    p.add_argument("action", choices=["start", "stop", "status"])
    p.add_argument("--dir", type=Path, default=localkafka.DEFAULT_DIR,
                   help="broker state and data (default: var/kafka or $CRISISWATCH_KAFKA_DIR)")
    p.add_argument("--port", type=int, default=localkafka.DEFAULT_PORT,
                   help="client port on 127.0.0.1 (default 9092; 0 picks a free port)")
    p.add_argument("--no-topics", action="store_true", help="do not create the pipeline topics")
    add_config_arg(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "start":
            info = localkafka.start(args.dir, args.port)
            print(f"kafka running: bootstrap {info.bootstrap} (pid {info.pid}, {info.directory})")
            if not args.no_topics:
                _create_topics(args, info.bootstrap)
            return 0
        if args.action == "stop":
            stopped = localkafka.stop(args.dir)
            print("kafka stopped" if stopped else "kafka was not running")
            return 0
        running = localkafka.status(args.dir)
        if running is None:
            print(f"kafka not running ({args.dir})")
            return 1
        print(f"kafka running: bootstrap {running.bootstrap} (pid {running.pid}, "
              f"{running.directory})")
        return 0
    except localkafka.LocalKafkaError as exc:
        raise CommandError(str(exc)) from None


def _create_topics(args: argparse.Namespace, bootstrap: str) -> None:
    from streams.ops.kafka_client import ensure_topics

    if not Path(args.config).exists():
        print(f"(no config at {args.config}: topics will be created by the worker)")
        return
    try:
        config = config_from(args)
    except ConfigError:
        raise
    created = asyncio.run(ensure_topics(bootstrap, config.kafka))
    if created:
        print(f"created topics: {', '.join(created)}")
