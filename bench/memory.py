"""Memory and recovery for 10,000 brands with 7 days of detector state.

    .venv/bin/python bench/memory.py [--brands 10000] [--days 7] [--bootstrap HOST:PORT]
    .venv/bin/python bench/memory.py --state-only   # step 1 and the state's size, no Kafka

1. Seven days of mentions are run through the real detectors (DetectionPipeline.observe and
   tick every stream minute, as the worker does) for six template brands of different
   volume (0.5 to 120 mentions/hour, RU/EN texts from bench/workload.py with a daily cycle);
   each of the 10,000 configured brands gets a copy of one template's state (70 % of brands
   are the quietest, 0.2 % the busiest), so every brand carries a real 7-day baseline.
2. The states are written, msgpack-encoded, to the worker's detector-state changelog, exactly
   where the detect lane's checkpoints put them.
3. A `crisiswatch worker` with the 10,000-brand config starts: time to /readyz 200 (config,
   indexes, changelog recovery), RSS, and time until a new mention is paged again.
4. It is SIGKILLed and restarted: the same times again (the group first waits for the dead
   member's session to expire, `worker.session_timeout`, 10 s here).
5. For comparison, a worker with the same config and no state: start time and RSS.

Prints state bytes per brand (min/median/mean/max) and in total, RSS and the times.
With --state-only: after step 1, the 10,000 states (and their volume part alone) decoded as the
worker decodes them, and the Python heap they take (tracemalloc).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import msgspec
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from bench.common import (
    REACTION,
    RISKY,
    Deployment,
    WorkerProc,
    add_broker_args,
    broker,
    ensure_topics,
    print_machine,
    wait_for,
)
from bench.workload import MentionFactory, brand_configs, brand_names
from detectors.config import BrandSpec
from detectors.enrich import Enricher
from detectors.model import Author, Mention, Metrics
from detectors.pipeline import BrandState, DetectionPipeline
from detectors.volume import VolumeState

HOUR_MS = 3_600_000
# (mentions per hour on average, share of brands)
TEMPLATES = ((0.5, 0.70), (2, 0.17), (6, 0.08), (20, 0.035), (60, 0.013), (120, 0.002))


def build_states(specs: list[BrandSpec], days: int, seed: int = 3
                 ) -> tuple[list[bytes], list[int]]:
    """One msgpack state per template and its mention count, from `days` of history."""
    by_id = {s.id: s for s in specs}
    names = brand_names(len(TEMPLATES))
    pipeline = DetectionPipeline([by_id[n.id] for n in names])
    enricher = Enricher([by_id[n.id] for n in names])
    factory = MentionFactory(names, seed=seed)
    rng = random.Random(seed)
    now = int(time.time() * 1000) - 60_000
    start = now - days * 24 * HOUR_MS
    encoded, counts = [], []
    for (rate, _), b in zip(TEMPLATES, names, strict=True):
        state = pipeline.new_state(b.id)
        assert state is not None
        t, n, next_tick = start, 0, start + 60_000
        while t < now:
            hour = (t // HOUR_MS) % 24
            level = rate * (0.3 + 1.4 * math.sin(math.pi * max(0, hour - 6) / 17) ** 2)
            t += int(rng.expovariate(level / HOUR_MS)) if level > 0 else HOUR_MS
            while next_tick <= min(t, now):
                pipeline.tick(state, b.id, next_tick)
                next_tick += 60_000
            if t >= now:
                break
            text, lang = factory.text(b)
            handle = f"user{rng.randrange(50_000)}"
            m = Mention(id=f"h{n}", source=rng.choice(("x", "vk", "telegram", "reviews")),
                        created_at_ms=t, text=text, url=f"https://x.example.org/{n}",
                        lang=lang if lang != "mixed" else None,
                        author=Author(id=handle, handle=handle,
                                      followers=int(rng.lognormvariate(5, 2))),
                        metrics=Metrics(likes=rng.randrange(30), views=rng.randrange(2000)))
            for e in enricher.enrich(m, t):
                if e.brand == b.id:
                    pipeline.observe(state, e)
            n += 1
        encoded.append(msgspec.msgpack.encode(state))
        counts.append(n)
    return encoded, counts


async def seed_changelog(bootstrap: str, topic: str, partitions: int,
                         values: list[tuple[str, bytes]]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, partitions, 1, topic_configs={
            "cleanup.policy": "compact", "max.message.bytes": str(8 * 1024 * 1024)})])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20,
                                max_batch_size=1024 * 1024, max_request_size=8 * 1024 * 1024)
    await producer.start()
    try:
        futs = [await producer.send(topic, v, key=k.encode()) for k, v in values]
        await asyncio.gather(*futs)
    finally:
        await producer.stop()


async def probe(bootstrap: str, topic: str, brand: dict[str, Any], n: int) -> float:
    """A risky post by the brand's watched account that people argue under (one new page);
    returns its append time."""
    handle = brand["watched_accounts"][0]["handle"]
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        t = time.time()
        await producer.send_and_wait(topic, json.dumps({
            "id": f"probe-{n}-{time.time_ns()}", "source": "x", "created_at": int(t * 1000),
            "text": RISKY, "metrics": REACTION,
            "author": {"id": handle, "handle": handle, "followers": 900},
        }).encode())
        return t
    finally:
        await producer.stop()


def paged(ledger: Path, brand: str) -> bool:
    if not ledger.exists():
        return False
    return any(f'"brand":"{brand}"' in line for line in ledger.read_text().splitlines())


def start_and_measure(d: Deployment, bootstrap: str, ledger: Path, brand: dict[str, Any],
                      n: int, t0: float | None = None) -> dict[str, float]:
    """Start a worker; seconds to /readyz 200 and to the page of a mention written at once."""
    t0 = t0 or time.time()
    w = d.spawn()
    sent = asyncio.run(probe(bootstrap, d.topic("mentions"), brand, n))
    wait_for(w.ready, 600, 0.1, "/readyz")
    ready = time.time()
    wait_for(lambda: paged(ledger, brand["id"]), 600, 0.1, "the probe's page")
    page = time.time()
    time.sleep(2)
    return {"ready_s": ready - t0, "page_s": page - t0, "page_after_ready_s": page - ready,
            "probe_sent_s": sent - t0, "rss_mb": w.rss_kb() / 1024, "pid": w.pid,
            "hwm_mb": _hwm_kb(w) / 1024}


def _hwm_kb(w: WorkerProc) -> int:
    from bench.common import proc_status_kb

    return proc_status_kb(w.pid, "VmHWM")


def state_in_memory(templates: list[bytes], assignment: list[int]) -> None:
    """The states of every brand decoded (as the worker's recovery does), whole and the
    volume detector's part alone: msgpack bytes and Python heap."""
    volume = [msgspec.msgpack.encode(msgspec.msgpack.decode(b, type=BrandState).volume)
              for b in templates]
    for label, blobs, kind in (("detector state", templates, BrandState),
                               ("volume state", volume, VolumeState)):
        gc.collect()
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        decoded = [msgspec.msgpack.decode(blobs[i], type=kind) for i in assignment]
        heap = tracemalloc.get_traced_memory()[0] - base
        tracemalloc.stop()
        sizes = [len(blobs[i]) for i in assignment]
        print(f"{label} of {len(decoded):,} brands: msgpack {sum(sizes) / 1e6:.1f} MB "
              f"(median {statistics.median(sizes):,.0f} B), in memory {heap / 1e6:.1f} MB; "
              f"per template: {', '.join(f'{len(b):,} B' for b in blobs)}")
        del decoded


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--brands", type=int, default=10_000)
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--skip-empty", action="store_true", help="skip the no-state comparison")
    ap.add_argument("--state-only", action="store_true",
                    help="only build the states and report their size (no broker)")
    add_broker_args(ap)
    args = ap.parse_args()
    print_machine()
    configs = brand_configs(brand_names(args.brands))
    specs = [msgspec.convert(c, BrandSpec) for c in configs]
    t = time.perf_counter()
    templates, counts = build_states(specs, args.days)
    print(f"# {args.days} days of history through the detectors for {len(TEMPLATES)} template "
          f"brands ({', '.join(f'{c:,}' for c in counts)} mentions) in "
          f"{time.perf_counter() - t:.0f}s", flush=True)
    rng = random.Random(5)
    weights = [share for _, share in TEMPLATES]
    assignment = rng.choices(range(len(TEMPLATES)), weights, k=args.brands)
    if args.state_only:
        state_in_memory(templates, assignment)
        return
    sizes = [len(templates[i]) for i in assignment]
    states = [(c["id"], templates[i]) for c, i in zip(configs, assignment, strict=True)]
    # Every state decodes as the worker will decode it.
    for blob in templates:
        msgspec.msgpack.decode(blob, type=BrandState)
    rows: list[tuple[str, dict[str, float]]] = []
    with broker(args) as (bootstrap, work):
        ledger = work / "alerts.jsonl"
        d = Deployment(work, bootstrap, configs, partitions=args.partitions,
                       receivers={"ledger": {"type": "file", "path": str(ledger),
                                             "rate_per_second": 100}},
                       routing={"receivers": ["ledger"], "min_severity": "warning"})
        asyncio.run(ensure_topics(bootstrap, d.prefix, d.partitions))
        t = time.perf_counter()
        asyncio.run(seed_changelog(bootstrap, f"{d.app_id}-detector-state-changelog",
                                   d.partitions, states))
        print(f"# wrote {len(states):,} states ({sum(sizes) / 1e6:.1f} MB) to the changelog in "
              f"{time.perf_counter() - t:.1f}s", flush=True)
        try:
            first = start_and_measure(d, bootstrap, ledger, configs[0], 0)
            rows.append(("start with 7-day state", first))
            print(f"  {rows[-1]}", flush=True)
            victim = d.workers[-1]
            killed = time.time()
            victim.kill()
            again = start_and_measure(d, bootstrap, ledger, configs[1], 1, t0=killed)
            rows.append(("SIGKILL, restart", again))
            print(f"  {rows[-1]}", flush=True)
        finally:
            d.stop()
        if not args.skip_empty:
            empty = Deployment(work, bootstrap, configs, partitions=args.partitions,
                               receivers={"ledger": {"type": "file",
                                                     "path": str(work / "empty.jsonl")}},
                               routing={"receivers": ["ledger"], "min_severity": "warning"})
            asyncio.run(ensure_topics(bootstrap, empty.prefix, empty.partitions))
            try:
                rows.append(("start with no state", start_and_measure(
                    empty, bootstrap, work / "empty.jsonl", configs[0], 2)))
                print(f"  {rows[-1]}", flush=True)
            finally:
                empty.stop()
    print()
    print(f"state per brand (msgpack): min {min(sizes):,} B, median "
          f"{statistics.median(sizes):,.0f} B, mean {statistics.mean(sizes):,.0f} B, max "
          f"{max(sizes):,} B; total {sum(sizes) / 1e6:.1f} MB for {args.brands:,} brands")
    for (rate, share), blob in zip(TEMPLATES, templates, strict=True):
        print(f"  template {rate:>5} mentions/h ({share:.1%} of brands): {len(blob):,} B")
    print()
    print("| | to /readyz 200 | to the next page | RSS after | peak RSS |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, r in rows:
        print(f"| {label} | {r['ready_s']:.1f} s | {r['page_s']:.1f} s | {r['rss_mb']:.0f} MB | "
              f"{r['hwm_mb']:.0f} MB |")


if __name__ == "__main__":
    main()
