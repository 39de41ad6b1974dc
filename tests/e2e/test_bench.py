"""bench/throughput.py runs from a fresh clone: a tiny run on the shared broker.

No timing is asserted; the bench must finish, every baseline must process the whole input,
and the bare aiokafka app must produce as many enriched records as the worker (the same work).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]


def test_throughput_bench_runs_every_baseline(kafka_bootstrap: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "bench/throughput.py", "--n", "3000", "--brands", "50",
         "--workers", "1", "--partitions", "2", "--bootstrap", kafka_bootstrap,
         "--workdir", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    pipeline = re.search(r"pipeline +W=1: .*enriched ([\d,]+);", out)
    bare = re.search(r"bare aiokafka \+ same work W=1: .*enriched ([\d,]+);", out)
    assert pipeline and bare, out
    assert pipeline.group(1) == bare.group(1), out
    assert int(pipeline.group(1).replace(",", "")) > 2000, out  # most mentions name a brand
    for hops in ("1 hop", "2 hops"):
        assert f"passthrough W=1, {hops}:" in out, out
    row = [line for line in out.splitlines() if line.startswith("| 1 |")]
    assert len(row) == 1 and row[0].count("|") == 9, out
