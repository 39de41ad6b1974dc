"""The embedded single-node Apache Kafka (KRaft) used by the demo, the tests and CI.

Jars come from Maven Central through deploy/kafka/pom.xml and are cached outside the repo
(~/.cache/crisiswatch), so only the first start downloads. The broker runs as a plain
`java -cp` process on loopback; its pid and port live in <dir>/broker.json.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import structlog
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

log = structlog.get_logger("crisiswatch.kafka")

REPO_ROOT = Path(__file__).resolve().parents[2]
POM = REPO_ROOT / "deploy" / "kafka" / "pom.xml"
LOG4J = REPO_ROOT / "deploy" / "kafka" / "log4j2.properties"
DEFAULT_DIR = Path(os.environ.get("CRISISWATCH_KAFKA_DIR", "var/kafka"))
DEFAULT_PORT = 9092


class LocalKafkaError(Exception):
    """A problem the user can act on; the message says what to do."""


@dataclass(frozen=True)
class BrokerInfo:
    pid: int
    port: int
    controller_port: int
    directory: str

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crisiswatch"


def fetch_jars(quiet: bool = True) -> Path:
    """Return the directory of Kafka's jars, fetching them with Maven on first use."""
    digest = hashlib.sha256(POM.read_bytes()).hexdigest()[:12]
    libs = cache_dir() / f"kafka-{digest}" / "libs"
    marker = libs.parent / "complete"
    if marker.exists() and any(libs.glob("kafka_2.13-*.jar")):
        return libs
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LocalKafkaError(
            "Maven (mvn) is needed once to fetch the Kafka jars from Maven Central; "
            "install it (Debian: apt-get install -y maven) or point kafka.bootstrap at a broker")
    tmp = libs.parent / "libs.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    cmd = [mvn, "-B", "-f", str(POM), "dependency:copy-dependencies",
           "-DincludeScope=runtime", f"-DoutputDirectory={tmp}"]
    if quiet:
        cmd.insert(2, "-q")
    log.info("kafka.fetch_jars", pom=str(POM), into=str(libs))
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise LocalKafkaError(
            f"mvn could not fetch the Kafka jars (exit {proc.returncode}):\n{tail}")
    shutil.rmtree(libs, ignore_errors=True)
    tmp.rename(libs)
    marker.write_text(digest)
    return libs


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not java or not Path(java).exists():
        raise LocalKafkaError("Java 17+ is needed to run the local Kafka broker; install a JDK "
                              "(Debian: apt-get install -y openjdk-17-jre-headless)")
    return java


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child (exited, not yet reaped) still answers kill(0).
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def _is_our_broker(pid: int, directory: Path) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return _alive(pid)
    return "kafka.Kafka" in cmdline and str(directory.resolve()) in cmdline


def read_info(directory: Path = DEFAULT_DIR) -> BrokerInfo | None:
    """The running broker of `directory`, or None; stale records are removed."""
    state = directory / "broker.json"
    try:
        raw = json.loads(state.read_text())
        info = BrokerInfo(int(raw["pid"]), int(raw["port"]), int(raw["controller_port"]),
                          str(raw["directory"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if _alive(info.pid) and _is_our_broker(info.pid, directory):
        return info
    log.warning("kafka.stale_record_removed", pid=info.pid, file=str(state))
    state.unlink(missing_ok=True)
    return None


def _server_properties(data: Path, logs: Path, port: int, controller_port: int) -> str:
    return "\n".join([
        "process.roles=broker,controller",
        "node.id=1",
        f"controller.quorum.voters=1@127.0.0.1:{controller_port}",
        f"listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
        f"advertised.listeners=PLAINTEXT://127.0.0.1:{port}",
        "controller.listener.names=CONTROLLER",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "inter.broker.listener.name=PLAINTEXT",
        f"log.dirs={data}",
        "num.partitions=1",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=8",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "transaction.state.log.num.partitions=4",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=true",
        "log.retention.hours=168",
        "log.segment.bytes=67108864",
        f"# logs: {logs}",
        "",
    ])


def start(directory: Path = DEFAULT_DIR, port: int = DEFAULT_PORT, heap: str = "512m",
          timeout_s: float = 90.0, detach: bool = True) -> BrokerInfo:
    """Start (or find running) the broker of `directory` and wait until it serves clients."""
    directory = directory.resolve()
    running = read_info(directory)
    if running is not None:
        log.info("kafka.already_running", bootstrap=running.bootstrap, pid=running.pid)
        return running
    if port == 0:
        port = free_port()
    elif not _port_free(port):
        raise LocalKafkaError(
            f"port {port} on 127.0.0.1 is in use by another program; stop it or choose "
            "another port with `crisiswatch kafka start --port N` (0 picks a free one)")
    controller_port = free_port()
    libs = fetch_jars()
    java = _java()
    data = directory / "data"
    logs = directory / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    props = directory / "server.properties"
    props.write_text(_server_properties(data, logs, port, controller_port))
    classpath = f"{libs}/*"
    if not (data / "meta.properties").exists():
        data.mkdir(parents=True, exist_ok=True)
        cluster_id = _cluster_id()
        fmt = subprocess.run(
            [java, "-cp", classpath, f"-Dlog4j2.configurationFile={LOG4J}",
             f"-Dkafka.logs.dir={logs}", "kafka.tools.StorageTool", "format",
             "-t", cluster_id, "-c", str(props), "--ignore-formatted"],
            capture_output=True, text=True, check=False)
        if fmt.returncode != 0:
            raise LocalKafkaError(f"formatting KRaft storage in {data} failed:\n"
                                  f"{(fmt.stdout + fmt.stderr).strip()[-2000:]}")
    out = (logs / "stdout.log").open("ab")
    cmd = [java, f"-Xmx{heap}", f"-Xms{heap}", "-XX:+UseG1GC", "-Djava.awt.headless=true",
           f"-Dlog4j2.configurationFile={LOG4J}", f"-Dkafka.logs.dir={logs}",
           "-cp", classpath, "kafka.Kafka", str(props)]
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=detach, cwd=directory)
    out.close()
    info = BrokerInfo(proc.pid, port, controller_port, str(directory))
    (directory / "broker.json").write_text(json.dumps(info.__dict__))
    try:
        _wait_ready(info, proc, timeout_s, logs)
    except BaseException:
        _terminate(proc.pid, 10.0)
        (directory / "broker.json").unlink(missing_ok=True)
        raise
    log.info("kafka.started", bootstrap=info.bootstrap, pid=info.pid, directory=str(directory))
    return info


def _cluster_id() -> str:
    """A random cluster id as Kafka writes them; `kafka-storage format -t` rejects one starting
    with "-" (it reads it as an option), so draw again (as Kafka's own Uuid.randomUuid does)."""
    import base64

    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cid.startswith("-"):
            return cid


def wait_for_broker(bootstrap: str, timeout_s: float = 2.0, coordinators: bool = False) -> bool:
    """True once the broker answers a metadata request (not merely accepts TCP) and, with
    `coordinators`, once it can coordinate consumer groups and transactions: a fresh broker
    creates their internal topics on the first request, and clients that come earlier log
    "GroupCoordinatorNotAvailable" errors at the user while it does."""

    async def probe() -> bool:
        # Connection refusals are expected while the broker boots: keep them out of the log.
        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(
            timeout_s * 1000))
        try:
            await asyncio.wait_for(admin.start(), timeout_s)
            await asyncio.wait_for(admin.list_topics(), timeout_s)
            if coordinators:
                for kind in (0, 1):  # consumer groups, transactions
                    await asyncio.wait_for(
                        admin.find_coordinator("crisiswatch-ready-probe", kind), timeout_s)
            return True
        except (TimeoutError, KafkaError, OSError):
            return False
        finally:
            with contextlib.suppress(Exception):
                await admin.close()

    level = logging.getLogger("aiokafka").level
    try:
        return asyncio.run(probe())
    finally:
        logging.getLogger("aiokafka").setLevel(level)


def _wait_ready(info: BrokerInfo, proc: subprocess.Popen[bytes], timeout_s: float,
                logs: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = _tail(logs / "server.log") or _tail(logs / "stdout.log")
            raise LocalKafkaError(
                f"the Kafka broker exited with code {proc.returncode} during start-up; "
                f"last log lines ({logs}):\n{tail}")
        if wait_for_broker(info.bootstrap, timeout_s=2.0, coordinators=True):
            return
        time.sleep(0.3)
    raise LocalKafkaError(f"the Kafka broker did not accept clients within {timeout_s:.0f}s; "
                          f"see {logs / 'server.log'}")


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def stop(directory: Path = DEFAULT_DIR, timeout_s: float = 30.0) -> bool:
    """Stop the broker of `directory`; True if one was running."""
    directory = directory.resolve()
    info = read_info(directory)
    if info is None:
        return False
    _terminate(info.pid, timeout_s)
    (directory / "broker.json").unlink(missing_ok=True)
    log.info("kafka.stopped", pid=info.pid)
    return True


def _terminate(pid: int, timeout_s: float) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        _reap(pid)
        if not _alive(pid):
            return
        time.sleep(0.2)
    log.warning("kafka.kill", pid=pid, reason=f"no exit {timeout_s:.0f}s after SIGTERM")
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    for _ in range(50):
        _reap(pid)
        if not _alive(pid):
            return
        time.sleep(0.1)


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def status(directory: Path = DEFAULT_DIR) -> BrokerInfo | None:
    return read_info(directory.resolve())
