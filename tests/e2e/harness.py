"""Real worker processes against the shared broker: config writing, produce, consume, wait."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from aiokafka import AIOKafkaProducer

from streams.ops.localkafka import free_port
from tests.topics import read_topic

REPO = Path(__file__).resolve().parents[2]

BRANDS: list[dict[str, Any]] = [
    {"id": "vkusno", "name": "Вкусно — и точка", "language": "en",
     "aliases": ["Вкусно и точка", "Vkusno i tochka"],
     "official_accounts": [{"handle": "vkusno_official"}],
     "volume": {"min_count": 12}},
    {"id": "teremok", "name": "Теремок", "aliases": ["Теремок", "Teremok"], "language": "ru"},
]


def wait_for(predicate: Callable[[], Any], timeout: float, interval: float = 0.2,
             what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


@dataclass
class Worker:
    proc: subprocess.Popen[bytes]
    web_port: int
    log_path: Path

    def ready(self) -> bool:
        if self.proc.poll() is not None:
            raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log()}")
        with contextlib.suppress(OSError):
            url = f"http://127.0.0.1:{self.web_port}/readyz"
            with urllib.request.urlopen(url, timeout=1) as resp:
                return bool(resp.status == 200)
        return False

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:]

    def stop(self, timeout: float = 30.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return int(self.proc.returncode)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@dataclass
class Pipeline:
    """One isolated deployment on the shared broker: its own app id and topic prefix."""

    tmp: Path
    bootstrap: str
    receivers: dict[str, Any]
    routing: dict[str, Any]
    env: dict[str, str] = field(default_factory=dict)
    brands: list[dict[str, Any]] = field(default_factory=lambda: BRANDS)
    incidents: dict[str, Any] = field(default_factory=dict)
    workers: list[Worker] = field(default_factory=list)
    name: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    partitions: int = 2

    @property
    def prefix(self) -> str:
        return f"t{self.name}."

    def topic(self, base: str) -> str:
        return self.prefix + base

    def write_config(self, web_port: int) -> Path:
        cfg = {
            "kafka": {"bootstrap": self.bootstrap, "partitions": self.partitions,
                      "topic_prefix": self.prefix},
            "worker": {"app_id": f"cw-test-{self.name}", "web_port": web_port,
                       "data_dir": str(self.tmp / "data"), "batch_window": "20ms",
                       "tick_interval": "500ms", "session_timeout": "6s",
                       "heartbeat_interval": "1s", "rebalance_timeout": "10s"},
            "incidents": {"group_wait": "0s", "group_interval": "2s", **self.incidents},
            "receivers": self.receivers,
            "routing": self.routing,
            "brands": self.brands,
        }
        path = self.tmp / f"crisiswatch-{web_port}.yaml"
        path.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False))
        return path

    def start_worker(self, ready_timeout: float = 90.0) -> Worker:
        port = free_port()
        cfg = self.write_config(port)
        log_path = self.tmp / f"worker-{port}.log"
        env = {**os.environ, **self.env, "PYTHONUNBUFFERED": "1"}
        with log_path.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "streams.cli", "worker", "-c", str(cfg),
                 "--log-level", "info"], cwd=self.tmp, env=env, stdout=out,
                stderr=subprocess.STDOUT)
        worker = Worker(proc, port, log_path)
        self.workers.append(worker)
        wait_for(worker.ready, ready_timeout, 0.3, "worker /readyz")
        return worker

    def stop(self) -> None:
        for w in self.workers:
            w.stop()

    def metrics(self) -> str:
        live = [w for w in self.workers if w.proc.poll() is None]
        url = f"http://127.0.0.1:{live[-1].web_port}/metrics"
        with urllib.request.urlopen(url, timeout=5) as resp:
            return str(resp.read().decode())

    def produce(self, values: Iterable[bytes | dict[str, Any]], base: str = "mentions",
                key: bytes | None = None) -> None:
        payloads = [v if isinstance(v, bytes) else json.dumps(v, ensure_ascii=False).encode()
                    for v in values]

        async def run() -> None:
            producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, acks="all")
            await producer.start()
            try:
                for p in payloads:
                    # One partition unless a key says otherwise: history stays in time order.
                    await producer.send_and_wait(self.topic(base), p, key=key,
                                                 partition=None if key else 0)
            finally:
                await producer.stop()

        asyncio.run(run())

    def consume(self, base: str, timeout: float = 5.0) -> list[tuple[bytes | None, bytes]]:
        """Everything currently in a topic (all partitions, from the beginning)."""
        return asyncio.run(read_topic(self.bootstrap, self.topic(base), timeout))


def settle(arrivals: list[Any], quiet_s: float = 4.0, limit_s: float = 60.0) -> None:
    """Wait until `arrivals` (what a stub received) has not grown for `quiet_s`: retries,
    rate-limited updates and replays are over."""
    deadline = time.monotonic() + limit_s
    seen, since = len(arrivals), time.monotonic()
    while time.monotonic() - since < quiet_s:
        assert time.monotonic() < deadline, "arrivals never settled"
        time.sleep(0.2)
        if len(arrivals) != seen:
            seen, since = len(arrivals), time.monotonic()


def mention(i: int, text: str, *, created_ms: int | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"m-{i}-{uuid.uuid4().hex[:6]}",
        "source": "x",
        "url": f"https://x.example.org/status/{i}",
        "created_at": created_ms or int(time.time() * 1000),
        "text": text,
        "author": {"id": f"u{i}", "handle": f"user{i}", "followers": 150 + i},
        "metrics": {"likes": 1, "reposts": 0, "replies": 0, "views": 40},
        **extra,
    }


NEGATIVE_BURST = [
    "Охранник в Вкусно и точка выгнал пожилую женщину на мороз, позор 😡",
    "Vkusno i tochka guard threw an old lady out, disgusting, never again",
    "Бойкот Вкусно и точка, это отвратительно",
    "Вкусно и точка, как вам не стыдно? ужас",
]


def burst(n: int, start: int = 1000) -> list[dict[str, Any]]:
    """One story told by many (the guard): it pages as a viral story, which inhibits the
    negative spike it also makes."""
    return [mention(start + i, NEGATIVE_BURST[i % len(NEGATIVE_BURST)]) for i in range(n)]


# Unrelated complaints at once: a negative spike that is no one story.
UNRELATED_COMPLAINTS = [
    "Вкусно и точка, картошка холодная, ужас",
    "Vkusno i tochka app crashed at checkout again, terrible",
    "В Вкусно и точка на Тверской грязные столы, отвратительно",
    "Vkusno i tochka got my order wrong, no napkins, awful service",
    "Вкусно и точка подняли цены, а порции меньше, позор",
    "Waited 40 minutes at Vkusno i tochka drive-thru, never again",
    "Вкусно и точка, кофе невкусный и холодный, разочарование",
    "Vkusno i tochka delivery came cold and late, disgusting",
]


def negative_spike(n: int, start: int = 1000) -> list[dict[str, Any]]:
    return [mention(start + i, UNRELATED_COMPLAINTS[i % len(UNRELATED_COMPLAINTS)])
            for i in range(n)]


def history(minutes: int = 70, every_s: int = 30, brand_text: str = "Обедал во Вкусно и точка, "
            "нормально") -> list[dict[str, Any]]:
    """Ordinary chatter in the past, oldest first, so the volume baseline has warmed up."""
    now = int(time.time() * 1000)
    start = now - minutes * 60_000
    return [mention(i, brand_text, created_ms=start + i * every_s * 1000)
            for i in range(minutes * 60 // every_s)]


# --- incidents and actions (tests/e2e/test_incident_flow.py) ---------------------------------

def http_json(worker: Worker, method: str, path: str, *, token: str | None = None,
              body: bytes | dict[str, Any] | None = None,
              headers: dict[str, str] | None = None) -> tuple[int, Any]:
    """(status, decoded JSON or raw text) of one request to a worker's web server."""
    import httpx

    hdrs = dict(headers or {})
    if token is not None:
        hdrs["Authorization"] = f"Bearer {token}"
    kwargs: dict[str, Any] = {"content": body} if isinstance(body, bytes) else {"json": body}
    resp = httpx.request(method, f"http://127.0.0.1:{worker.web_port}{path}", headers=hdrs,
                         timeout=20, **kwargs)
    try:
        return resp.status_code, resp.json()
    except ValueError:
        return resp.status_code, resp.text


def run_cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """`crisiswatch ARGS` as a separate process, the way an operator runs it."""
    return subprocess.run([sys.executable, "-m", "streams.cli", *args], cwd=cwd, text=True,
                          capture_output=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO), **env})
