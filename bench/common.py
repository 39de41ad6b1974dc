"""What the benchmark scripts share: a broker, config files, real worker processes, metrics.

Everything is real: the embedded Apache Kafka broker (`streams.ops.localkafka`) or one given with
`--bootstrap`, `crisiswatch worker` subprocesses, their /metrics and /readyz endpoints, and
the consumer group's committed offsets read through Kafka's admin API.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition  # noqa: E402
from aiokafka.admin import AIOKafkaAdminClient  # noqa: E402

from streams.ops import localkafka  # noqa: E402
from streams.ops.localkafka import free_port  # noqa: E402

# The probe post of bench/latency.py and bench/memory.py: a watched account's controversial
# wording that people argue under (replies far beyond its usual share). The wording alone is a
# note since issue 13's fourth round; the reaction makes it one new page.
RISKY = "If you don't like our prices, don't buy. Whiners and losers"
REACTION = {"likes": 60, "replies": 40}


def add_broker_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--bootstrap", default="",
                    help="use this broker instead of starting a local one")
    ap.add_argument("--workdir", default="",
                    help="keep configs, logs and worker data here (default: a temp dir)")


@contextlib.contextmanager
def broker(args: argparse.Namespace) -> Iterator[tuple[str, Path]]:
    """(bootstrap, work directory); a local broker is started and stopped when none is given."""
    work = Path(args.workdir or tempfile.mkdtemp(prefix="cw-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.bootstrap:
        yield args.bootstrap, work
        return
    kdir = work / "kafka"
    info = localkafka.start(kdir, port=0, heap="1g", timeout_s=120)
    print(f"# broker: Apache Kafka (local, KRaft) at {info.bootstrap}, pid {info.pid}",
          flush=True)
    try:
        yield info.bootstrap, work
    finally:
        localkafka.stop(kdir)
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


def machine() -> dict[str, str]:
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    kafka = "?"
    libs = list(localkafka.cache_dir().glob("kafka-*/libs/kafka_2.13-*.jar"))
    if libs:
        kafka = libs[0].name.removeprefix("kafka_2.13-").removesuffix(".jar")
    import aiokafka
    import faust

    return {"cores": str(os.cpu_count()), "cpu": cpu, "python": platform.python_version(),
            "kafka": kafka, "faust": faust.__version__, "aiokafka": aiokafka.__version__}


def print_machine() -> None:
    m = machine()
    print(f"# machine: {m['cores']} cores, {m['cpu']}; Python {m['python']}, Kafka {m['kafka']}, "
          f"faust-streaming {m['faust']}, aiokafka {m['aiokafka']}", flush=True)


@dataclass
class Deployment:
    """One isolated crisiswatch deployment on a broker: its own topic prefix and app id."""

    work: Path
    bootstrap: str
    brands: list[dict[str, Any]]
    partitions: int = 4
    receivers: dict[str, Any] = field(default_factory=dict)
    routing: dict[str, Any] = field(default_factory=lambda: {"receivers": ["console"]})
    worker: dict[str, Any] = field(default_factory=dict)
    incidents: dict[str, Any] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    name: str = field(default_factory=lambda: uuid.uuid4().hex[:6])
    workers: list[WorkerProc] = field(default_factory=list)
    src: Path = REPO  # source tree the workers run (another checkout: a before/after run)

    @property
    def prefix(self) -> str:
        return f"bench{self.name}."

    @property
    def app_id(self) -> str:
        return f"cw-bench-{self.name}"

    def topic(self, base: str) -> str:
        return self.prefix + base

    def write_config(self, web_port: int) -> Path:
        cfg = {
            "kafka": {"bootstrap": self.bootstrap, "partitions": self.partitions,
                      "topic_prefix": self.prefix},
            "worker": {"app_id": self.app_id, "web_port": web_port,
                       "data_dir": str(self.work / f"data-{self.name}"),
                       "session_timeout": "10s", "heartbeat_interval": "2s",
                       "rebalance_timeout": "20s", **self.worker},
            "incidents": self.incidents,
            "receivers": self.receivers,
            "routing": self.routing,
            "brands": self.brands,
        }
        path = self.work / f"crisiswatch-{self.name}-{web_port}.yaml"
        path.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False))
        return path

    def spawn(self, *, log_level: str = "info", web_port: int | None = None) -> WorkerProc:
        """Start a worker process (not waiting for it)."""
        port = web_port or free_port()
        cfg = self.write_config(port)
        log_path = self.work / f"worker-{self.name}-{port}.log"
        env = {**os.environ, **self.env, "PYTHONUNBUFFERED": "1"}
        cmd = [sys.executable, "-m", "streams.cli", "worker", "-c", str(cfg),
               "--log-level", log_level]
        env["PYTHONPATH"] = str(self.src)
        with log_path.open("ab") as out:
            proc = subprocess.Popen(cmd, cwd=self.src, env=env, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        w = WorkerProc(proc, port, log_path, time.time())
        self.workers.append(w)
        return w

    def start_workers(self, n: int, timeout: float = 180.0, **kw: Any) -> list[WorkerProc]:
        ws = [self.spawn(**kw) for _ in range(n)]
        wait_for(lambda: all(w.ready() for w in ws), timeout, 0.2, "workers /readyz")
        return ws

    def stop(self) -> None:
        for w in self.workers:
            w.stop()
        self.workers.clear()


@dataclass
class WorkerProc:
    proc: subprocess.Popen[bytes]
    web_port: int
    log_path: Path
    started: float

    @property
    def pid(self) -> int:
        return int(self.proc.pid)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def get(self, path: str, timeout: float = 5.0) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}{path}",
                                        timeout=timeout) as resp:
                return int(resp.status), bytes(resp.read())
        except urllib.error.HTTPError as exc:
            return int(exc.code), b""

    def ready(self) -> bool:
        if not self.alive():
            raise RuntimeError(f"worker exited with {self.proc.returncode}:\n{self.log()}")
        with contextlib.suppress(OSError):
            return self.get("/readyz", 1.0)[0] == 200
        return False

    def metrics(self) -> dict[str, float]:
        return parse_metrics(self.get("/metrics", 30.0)[1].decode())

    def rss_kb(self) -> int:
        return proc_status_kb(self.pid, "VmRSS")

    def log(self, tail: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-tail:]

    def stop(self, timeout: float = 30.0) -> None:
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
            self.proc.wait(10)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (children not included)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def broker_pid(bootstrap: str, work: Path) -> int | None:
    """The local broker's pid when `bootstrap` is the one this run started (else None)."""
    from streams.ops import localkafka

    info = localkafka.status(work / "kafka")
    return info.pid if info is not None and info.bootstrap == bootstrap else None


def broker_cpu_seconds(bootstrap: str, work: Path) -> float:
    """CPU time of the local broker so far; 0 for a broker this run did not start."""
    pid = broker_pid(bootstrap, work)
    return cpu_seconds(pid) if pid else 0.0


def proc_status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


_SAMPLE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)")


def parse_metrics(text: str) -> dict[str, float]:
    """Prometheus text format -> {'name{labels}': value} (labels as written)."""
    out: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        m = _SAMPLE.match(line)
        if m:
            out[m.group(1) + (m.group(2) or "")] = float(m.group(3))
    return out


def wait_for(predicate: Callable[[], Any], timeout: float, interval: float = 0.2,
             what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")


async def await_until(predicate: Callable[[], Any], limit_s: float, interval: float = 0.2,
                      what: str = "condition") -> Any:
    """`wait_for` for coroutines: polls without blocking the event loop."""
    timeout = limit_s
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        await asyncio.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")


async def ensure_topics(bootstrap: str, prefix: str, partitions: int) -> None:
    from streams.config import KafkaSettings
    from streams.ops.kafka_client import ensure_topics as ensure

    await ensure(bootstrap, KafkaSettings(bootstrap=bootstrap, partitions=partitions,
                                          topic_prefix=prefix))


async def produce(bootstrap: str, topic: str, values: Iterable[bytes], partitions: int,
                  *, transactional: bool = False, keys: Iterable[bytes] | None = None
                  ) -> tuple[list[int], AIOKafkaProducer | None]:
    """Append values round-robin over partitions (value i to partition i % partitions), in
    order; returns the count per partition. With `transactional`, the records are written in
    one open transaction and the still-running producer is returned: read_committed consumers
    see none of them until `commit_transaction()`, then all at once."""
    opts: dict[str, Any] = {"acks": "all", "enable_idempotence": True, "linger_ms": 20,
                            "max_batch_size": 512 * 1024, "max_request_size": 8 * 1024 * 1024}
    if transactional:
        opts.update(transactional_id=f"bench-{uuid.uuid4().hex[:8]}",
                    transaction_timeout_ms=600_000)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, **opts)
    await producer.start()
    counts = [0] * partitions
    try:
        if transactional:
            await producer.begin_transaction()
        pending = []
        key_iter = iter(keys) if keys is not None else None
        for i, v in enumerate(values):
            p = i % partitions
            k = next(key_iter) if key_iter is not None else None
            pending.append(await producer.send(topic, v, key=k, partition=p))
            counts[p] += 1
            if len(pending) >= 20_000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    except BaseException:
        await producer.stop()
        raise
    if transactional:
        return counts, producer
    await producer.stop()
    return counts, None


async def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        parts = consumer.partitions_for_topic(topic)
        if not parts:
            await consumer._client.force_metadata_update()
            parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        ends = await consumer.end_offsets(tps)
        return {tp.partition: int(off) for tp, off in ends.items()}
    finally:
        await consumer.stop()


class GroupOffsets:
    """Committed offsets of a consumer group (the Faust app id), through the admin API."""

    def __init__(self, bootstrap: str, group: str) -> None:
        self.bootstrap = bootstrap
        self.group = group
        self._admin: AIOKafkaAdminClient | None = None

    async def __aenter__(self) -> GroupOffsets:
        self._admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        await self._admin.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._admin is not None:
            await self._admin.close()

    async def committed(self, topic: str) -> dict[int, int]:
        assert self._admin is not None
        offs = await self._admin.list_consumer_group_offsets(self.group)
        return {tp.partition: int(meta.offset) for tp, meta in offs.items()
                if tp.topic == topic and meta.offset >= 0}


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, math.ceil(q / 100 * len(s)) - 1))
    return s[k]
