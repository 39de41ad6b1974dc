"""/readyz follows the worker's Kafka connection: a real worker on a broker of its own (the
shared one must stay up) answers 503 "kafka_unreachable" soon after the broker goes away,
while /healthz stays 200 (the process is fine: restarting it would not help)."""

from __future__ import annotations

import json
import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from streams.ops import localkafka
from tests.e2e.harness import Pipeline, Worker, wait_for

pytestmark = pytest.mark.e2e


def get(worker: Worker, path: str) -> tuple[int, dict[str, str]]:
    url = f"http://127.0.0.1:{worker.web_port}{path}"
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_readyz_reports_a_lost_broker_and_healthz_does_not(tmp_path: Path) -> None:
    broker_dir = Path(tempfile.mkdtemp(prefix="cw-test-readyz-kafka-"))
    info = localkafka.start(broker_dir, port=0, heap="512m", timeout_s=120)
    pipeline = Pipeline(tmp_path, info.bootstrap, receivers={},
                        routing={"receivers": ["console"]})
    try:
        worker = pipeline.start_worker()
        assert get(worker, "/readyz") == (200, {"status": "ready"})
        localkafka.stop(broker_dir)
        wait_for(lambda: get(worker, "/readyz") == (503, {"status": "kafka_unreachable"}), 30,
                 interval=0.5, what="/readyz to notice the broker is gone")
        assert get(worker, "/healthz") == (200, {"status": "ok"})
    finally:
        for w in pipeline.workers:
            w.kill()  # a graceful stop would wait for the missing broker
        localkafka.stop(broker_dir)
        shutil.rmtree(broker_dir, ignore_errors=True)
