"""`crisiswatch demo`: local Kafka, a worker and a built-in feed; the alert shows in seconds.

Everything it starts, it stops on Ctrl-C (a broker that was already running is left running).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml

from streams.commands.common import CommandError
from streams.commands.demo_feed import DEMO_BRANDS, DemoFeed, schedule
from streams.config import load_config
from streams.ops import localkafka

DEMO_DIR = Path("var/demo")
HISTORY_MINUTES = 70
DEMO_KEY = b"demo-feed"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="run the demo: local Kafka, a worker, a feed with a crisis")
    p.add_argument("--calm", type=float, default=30.0,
                   help="seconds of ordinary chatter before the burst (default 30)")
    p.add_argument("--burst", type=float, default=30.0, help="seconds of burst (default 30)")
    p.add_argument("--duration", type=float, default=0.0,
                   help="stop after this many seconds (default: run until Ctrl-C)")
    p.add_argument("--rate", type=float, default=4.0, help="chatter mentions per second")
    p.add_argument("--burst-rate", type=float, default=12.0, help="burst mentions per second")
    p.set_defaults(func=run)


def demo_config(web_port: int) -> dict[str, Any]:
    receivers: dict[str, Any] = {
        "console": {"type": "console"},
        "alerts-file": {"type": "file", "path": str(DEMO_DIR / "alerts.jsonl")},
    }
    if os.environ.get("CRISISWATCH_SLACK_WEBHOOK_URL"):
        receivers["slack"] = {"type": "slack_webhook", "url_env": "CRISISWATCH_SLACK_WEBHOOK_URL"}
    return {
        "kafka": {"bootstrap": "local", "partitions": 2, "topic_prefix": "demo."},
        "worker": {"app_id": "crisiswatch-demo", "web_port": web_port,
                   "data_dir": str(DEMO_DIR / "worker"), "batch_window": "50ms",
                   "session_timeout": "10s", "heartbeat_interval": "1s",
                   "rebalance_timeout": "20s"},
        "links": {"console_url": f"http://127.0.0.1:{web_port}/console"},
        "incidents": {"group_wait": "0s", "group_interval": "30s", "auto_resolve": "5m"},
        "receivers": receivers,
        "routing": {"receivers": list(receivers), "min_severity": "warning"},
        "defaults": {"volume": {"min_count": 15}},
        "brands": DEMO_BRANDS,
    }


def run(args: argparse.Namespace) -> int:
    DEMO_DIR.mkdir(parents=True, exist_ok=True)
    started_kafka = localkafka.status(localkafka.DEFAULT_DIR) is None
    port = localkafka.DEFAULT_PORT if localkafka._port_free(localkafka.DEFAULT_PORT) else 0
    print("[demo] starting local Kafka (first run downloads the jars with Maven)...", flush=True)
    try:
        info = localkafka.start(localkafka.DEFAULT_DIR, port)
    except localkafka.LocalKafkaError as exc:
        raise CommandError(str(exc)) from None
    print(f"[demo] Kafka ready at {info.bootstrap}", flush=True)
    web_port = localkafka.free_port()
    cfg_path = DEMO_DIR / "crisiswatch.yaml"
    cfg_path.write_text(yaml.safe_dump(demo_config(web_port), allow_unicode=True,
                                       sort_keys=False), encoding="utf-8")
    config = load_config(cfg_path)
    alerts_file = DEMO_DIR / "alerts.jsonl"
    alerts_file.unlink(missing_ok=True)
    # The console and API need a token: use the caller's, or make one for this demo run.
    own_token = os.environ.get("CRISISWATCH_API_TOKEN")
    token = own_token or secrets.token_urlsafe(16)
    shown = "your $CRISISWATCH_API_TOKEN" if own_token else token  # never echo a real secret
    worker = subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "worker", "-c", str(cfg_path),
         "--log-level", "warning"], start_new_session=True,
        env={**os.environ, "CRISISWATCH_API_TOKEN": token})
    previous = signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    try:
        _wait_ready(web_port, worker)
        print(f"[demo] worker ready. Web console: http://127.0.0.1:{web_port}/console "
              f"(API token: {shown}); metrics: http://127.0.0.1:{web_port}/metrics", flush=True)
        print(f"[demo] feeding mentions ({args.calm:.0f}s calm, then a burst about "
              "«Ложка и Вилка»). Ctrl-C stops.", flush=True)
        asyncio.run(_feed(config, args, alerts_file))
    except KeyboardInterrupt:
        print("\n[demo] stopping...", flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        _stop_worker(worker)
        if started_kafka:
            localkafka.stop(localkafka.DEFAULT_DIR)
            print("[demo] Kafka stopped", flush=True)
    print(f"[demo] done; alerts written to {alerts_file}", flush=True)
    return 0


def _wait_ready(port: int, worker: subprocess.Popen[bytes], timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    url = f"http://127.0.0.1:{port}/readyz"
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise CommandError(f"the worker exited with code {worker.returncode} during start-up")
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=1) as resp:
            if resp.status == 200:
                return
        time.sleep(0.5)
    raise CommandError(f"the worker was not ready after {timeout_s:.0f}s")


def _stop_worker(worker: subprocess.Popen[bytes]) -> None:
    if worker.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(worker.pid, signal.SIGTERM)
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)


async def _feed(config: Any, args: argparse.Namespace, alerts_file: Path) -> None:
    import orjson

    from streams.ops.kafka_client import make_producer, resolve_bootstrap
    from streams.pipeline.topics import TopicNames

    topic = TopicNames(config.kafka.topic_prefix).mentions
    producer = make_producer(resolve_bootstrap(config.kafka, config.path), config.kafka)
    await producer.start()
    feed = DemoFeed()
    # The volume baseline needs history: replay the last 70 minutes of ordinary chatter first.
    start_ms = int(time.time() * 1000) - HISTORY_MINUTES * 60_000
    # One key (so one partition) keeps the feed in time order: live mentions must not overtake
    # the history, or the baseline would see it as late data.
    pending = [await producer.send(topic, orjson.dumps(m), key=DEMO_KEY)
               for m in feed.history(start_ms, HISTORY_MINUTES * 60, args.rate)]
    await asyncio.gather(*pending)
    print(f"[demo] replayed {len(pending)} mentions of the last {HISTORY_MINUTES} minutes "
          "(baseline)", flush=True)
    tick = 0.25
    t0 = time.monotonic()
    burst_start = t0 + args.calm
    announced = reported = False
    try:
        while True:
            elapsed = time.monotonic() - t0
            if args.duration and elapsed >= args.duration:
                return
            now_ms = int(time.time() * 1000)
            for m in schedule(feed, now_ms, elapsed, args.calm, args.burst, args.rate,
                              args.burst_rate, tick):
                await producer.send(topic, orjson.dumps(m), key=DEMO_KEY)
            if not announced and time.monotonic() >= burst_start:
                announced = True
                print("[demo] burst started: negative mentions of «Ложка и Вилка»", flush=True)
            if announced and not reported and _has_alert(alerts_file, "lozhka"):
                reported = True
                print(f"[demo] first «Ложка и Вилка» alert "
                      f"{time.monotonic() - burst_start:.1f}s after the burst began", flush=True)
            await asyncio.sleep(tick)
    finally:
        await producer.stop()


def _has_alert(path: Path, brand: str) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return False
    return f'"brand":"{brand}"' in text.replace(" ", "")
