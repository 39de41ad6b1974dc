"""`crisiswatch connect SOURCE | --all`: run source connectors that produce into `mentions`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from typing import Any

import structlog

from streams.commands.common import CommandError, add_config_arg, add_log_args, config_from
from streams.config import Config

log = structlog.get_logger("crisiswatch.connect")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("connect", help="run source connectors (Bluesky, Mastodon, RSS, VK, "
                                       "Telegram) into the mentions topic")
    p.add_argument("source", nargs="?", help="a connector name from the config's connectors:")
    p.add_argument("--all", action="store_true", help="run every enabled connector")
    p.add_argument("--metrics-port", type=int, default=0,
                   help="serve Prometheus metrics on 127.0.0.1:PORT (default: off)")
    add_config_arg(p)
    add_log_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from streams.connectors.config import POLLING_TYPES, parse_connectors

    config = config_from(args)
    configured = parse_connectors(config)
    if bool(args.source) == bool(args.all):
        names = ", ".join(configured) or "(none configured)"
        raise CommandError(f"name one connector or pass --all; configured: {names}")
    if args.all:
        chosen = [n for n, c in configured.items()
                  if c.enabled and type(c).__struct_config__.tag in POLLING_TYPES]
        if not chosen:
            raise CommandError(f"{config.path}: no enabled connectors to run")
    else:
        if args.source not in configured:
            raise CommandError(f"{config.path}: no connector named {args.source!r}; "
                               f"configured: {', '.join(configured) or '(none)'}")
        chosen = [args.source]
    return asyncio.run(_run(config, chosen, args.metrics_port))


async def _run(config: Config, names: list[str], metrics_port: int) -> int:
    from streams.connectors import build
    from streams.connectors.config import parse_connectors
    from streams.connectors.runner import run_connector
    from streams.ops.kafka_client import resolve_bootstrap

    configured = parse_connectors(config)
    connectors = [build(n, configured[n], config) for n in names]  # secrets checked up front
    bootstrap = resolve_bootstrap(config.kafka, config.path)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    site = await _serve_metrics(metrics_port) if metrics_port else None
    tasks = {asyncio.create_task(run_connector(c, config, bootstrap), name=c.name): c.name
             for c in connectors}
    failed = 0
    try:
        waiter = asyncio.create_task(stop.wait())
        pending = set(tasks)
        while pending and not stop.is_set():
            done, pending = await asyncio.wait(pending | {waiter},
                                               return_when=asyncio.FIRST_COMPLETED)
            pending.discard(waiter)
            for t in done - {waiter}:
                if t.cancelled():
                    continue
                if t.exception() is not None:
                    failed += 1
                    log.error("connector.failed", connector=tasks[t],
                              error=f"{type(t.exception()).__name__}: {t.exception()}")
        waiter.cancel()
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if site is not None:
            await site.cleanup()
    return 1 if failed else 0


async def _serve_metrics(port: int) -> Any:
    from aiohttp import web
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    from streams.ops import metrics

    async def prometheus(_: web.Request) -> web.Response:
        return web.Response(body=generate_latest(metrics.REGISTRY),
                            headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/metrics", prometheus)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port)
    with contextlib.suppress(OSError):
        await site.start()
    return runner
