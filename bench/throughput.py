"""Throughput: the full crisiswatch pipeline next to a raw aiokafka passthrough, same run.

    .venv/bin/python bench/throughput.py [--n 1000000] [--brands 1000] [--workers 1,2]
        [--partitions 4] [--bootstrap HOST:PORT] [--profile]

For each worker count W:
1. a fresh deployment (topic prefix, consumer group) is created and W real `crisiswatch
   worker` processes are started and ready;
2. N realistic mentions (bench/workload.py: 1,000 brands by default, RU/EN/mixed, typos,
   emoji, replies, metric updates, a viral story) are written to its `mentions` topic inside
   ONE Kafka transaction: the workers read with read_committed, so they see nothing until
   the commit and then the whole backlog at once (no group rebalance in the measurement);
3. the clock starts at the commit; it stops at the last detect batch of the last mention
   (`crisiswatch_last_event_timestamp_seconds{agent="detect"}`), once the group's committed
   offsets show every mention enriched and every enriched record through the detectors;
4. W raw aiokafka passthrough processes then read the same topic (same partitions,
   read_committed, `getmany` batches), `send` every record to the same partition of an
   output topic (acks=all, idempotence, the worker's producer batching), wait for the acks
   and commit offsets every second -- the baseline a Python Kafka app cannot beat;
5. then the same with a second hop: each passthrough process also reads its output topic
   back as it fills and commits, as the pipeline reads `mentions.enriched` back (the Kafka
   I/O that DESIGN.md's data flow needs, with no work done on the records);
6. then W bare aiokafka processes doing the pipeline's detection work without Faust or any
   of the worker's safety (bench/bare_pipeline.py: no checkpoints, incidents or delivery).

Prints mentions/s of all four and the pipeline's ratio to each, plus CPU seconds used by the
workers and the broker.
`--profile` attaches py-spy (`pip install py-spy`) to the first worker while it works through
the backlog and writes its collapsed stacks to profile-w{W}.txt in the work directory
(bench/profile_report.py summarises them).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bare_pipeline import run_bare
from bench.common import (
    REPO,
    Deployment,
    GroupOffsets,
    WorkerProc,
    add_broker_args,
    await_until,
    broker,
    broker_cpu_seconds,
    cpu_seconds,
    end_offsets,
    ensure_topics,
    print_machine,
    produce,
)
from bench.raw_kafka import (
    Children,
    consume,
    create_topics,
    hear_from_parent,
    shares,
    start_clients,
)
from bench.workload import MentionFactory, brand_configs, brand_names

HOUR_MS = 3_600_000
THIS_FILE = str(Path(__file__).resolve())


# ----------------------------------------------------------------------------- pipeline


async def run_pipeline(args: argparse.Namespace, bootstrap: str, work: Path, workers: int,
                       mentions: list[bytes]) -> dict[str, Any]:
    d = Deployment(work, bootstrap, brand_configs(brand_names(args.brands)),
                   partitions=args.partitions,
                   receivers={"alerts": {"type": "file", "path": str(work / "alerts.jsonl"),
                                         "rate_per_second": 50}},
                   routing={"receivers": ["alerts"], "min_severity": "warning"},
                   worker={"batch_size": args.batch_size},
                   src=args.src or REPO)
    await ensure_topics(bootstrap, d.prefix, d.partitions)
    procs = [d.spawn() for _ in range(workers)]
    try:
        return await _measure(args, bootstrap, work, d, procs, mentions)
    finally:
        d.stop()


async def _measure(args: argparse.Namespace, bootstrap: str, work: Path, d: Deployment,
                   procs: list[WorkerProc], mentions: list[bytes]) -> dict[str, Any]:
    workers = len(procs)
    await await_until(lambda: all(w.ready() for w in procs), 180, 0.2, "workers /readyz")
    await asyncio.sleep(3 if workers > 1 else 1)  # let the group settle after the last join
    await await_until(lambda: all(w.ready() for w in procs), 60, 0.2, "workers /readyz")
    t0 = time.perf_counter()
    counts, txn = await produce(bootstrap, d.topic("mentions"), mentions, d.partitions,
                                transactional=True)
    assert txn is not None
    produce_s = time.perf_counter() - t0
    pids = [w.pid for w in procs]
    spy = None
    if args.profile:
        spy = await asyncio.create_subprocess_exec(
            str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(pids[0]),
            "--nonblocking", "--rate", "97", "--format", "raw",
            "--output", str(work / f"profile-w{workers}.txt"),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    cpu0 = [cpu_seconds(p) for p in pids]
    bcpu0 = broker_cpu_seconds(bootstrap, work)
    started = time.time()
    await txn.commit_transaction()
    await txn.stop()
    print(f"  W={workers}: {len(mentions):,} mentions in one transaction "
          f"({produce_s:.1f}s to write), committed; processing...", flush=True)
    enriched_topic = d.topic("mentions.enriched")
    async with GroupOffsets(bootstrap, d.app_id) as group:
        deadline = time.monotonic() + args.timeout
        while True:
            if time.monotonic() > deadline:
                if os.environ.get("CW_BENCH_KEEP"):
                    print("TIMEOUT; workers kept:", [w.pid for w in procs], flush=True)
                    await asyncio.sleep(3600)
                raise TimeoutError("pipeline did not finish in time; see " + str(work))
            for w in procs:
                if not w.alive():
                    raise RuntimeError(f"worker died:\n{w.log()}")
            done = await group.committed(d.topic("mentions"))
            if all(done.get(p, 0) >= c for p, c in enumerate(counts)):
                ends = await end_offsets(bootstrap, enriched_topic)
                got = await group.committed(enriched_topic)
                if all(got.get(p, 0) >= e for p, e in ends.items()):
                    break
            await asyncio.sleep(0.5)
    cpu = sum(cpu_seconds(p) - c for p, c in zip(pids, cpu0, strict=True))
    if spy is not None:
        spy.send_signal(signal.SIGINT)
        await asyncio.wait_for(spy.wait(), 60)
    bcpu = broker_cpu_seconds(bootstrap, work) - bcpu0
    stats = [w.metrics() for w in procs]
    last_detect = max(s.get('crisiswatch_last_event_timestamp_seconds{agent="detect"}', 0)
                      for s in stats)
    last_enrich = max(s.get('crisiswatch_last_event_timestamp_seconds{agent="enrich"}', 0)
                      for s in stats)
    received = sum(s.get("crisiswatch_mentions_received_total", 0) for s in stats)
    detected = sum(s.get('crisiswatch_batch_events_sum{agent="detect"}', 0) for s in stats)
    enrich_batches = sum(s.get('crisiswatch_batch_events_count{agent="enrich"}', 0)
                         for s in stats)
    detect_batches = sum(s.get('crisiswatch_batch_events_count{agent="detect"}', 0)
                         for s in stats)
    signals = sum(v for k, v in stats[0].items() if k.startswith("crisiswatch_signals_total"))
    rss = [w.rss_kb() for w in procs]
    elapsed = last_detect - started
    return {"workers": workers, "n": len(mentions), "elapsed_s": elapsed,
            "rate": len(mentions) / elapsed, "enrich_s": last_enrich - started,
            "received": received, "enriched": detected, "signals_w0": signals,
            "enrich_batch": received / max(1, enrich_batches),
            "detect_batch": detected / max(1, detect_batches),
            "worker_cpu_s": cpu, "broker_cpu_s": bcpu, "rss_mb": [r // 1024 for r in rss],
            "topic": d.topic("mentions"), "counts": counts}


# -------------------------------------------------------------------------- passthrough


async def passthrough_child(bootstrap: str, topic: str, out: str, parts: list[int],
                            expected: int, batch: int, hops: int) -> None:
    """One raw aiokafka consume -> produce process (runs in its own interpreter).

    hops=2 adds what the pipeline's second hop costs in Kafka I/O alone: a second consumer
    in the same process reads `out` back as it fills (and commits), like the detect lane
    reading mentions.enriched; the clock stops when it has read everything."""
    from aiokafka import TopicPartition

    reads = [(f"pt-{out}", "read_committed", topic)]
    if hops == 2:
        reads.append((f"pt2-{out}", "read_uncommitted", out))
    consumers, producer = await start_clients(bootstrap, reads, parts)
    print("ready", flush=True)
    await hear_from_parent()
    t0, cpu0 = time.time(), time.process_time()

    async def forward(tp: TopicPartition, recs: list[Any], futs: list[Any]) -> None:
        for r in recs:
            futs.append(await producer.send(out, r.value, key=r.key, partition=tp.partition))

    async def read_only(tp: TopicPartition, recs: list[Any], futs: list[Any]) -> None:
        pass

    counts = await asyncio.gather(*(
        consume(consumer, batch, lambda n, _: n >= expected, work)
        for consumer, work in zip(consumers, (forward, read_only), strict=False)))
    t1, cpu1 = time.time(), time.process_time()
    await producer.stop()
    for consumer in consumers:
        await consumer.stop()
    print(json.dumps({"n": counts[0], "t0": t0, "t1": t1, "cpu_s": cpu1 - cpu0}), flush=True)


async def run_passthrough(bootstrap: str, topic: str, counts: list[int], workers: int,
                          batch: int, work: Path, hops: int = 1) -> dict[str, Any]:
    out = f"{topic}.passthrough{hops}-w{workers}"
    await create_topics(bootstrap, [out], len(counts))
    children = await Children.start("passthrough", [
        [THIS_FILE, "--passthrough-child", bootstrap, topic, out, ",".join(map(str, parts)),
         str(expected), str(batch), str(hops)] for parts, expected in shares(counts, workers)])
    bcpu0 = broker_cpu_seconds(bootstrap, work)
    await children.say("go")
    results = await children.hear_json()
    await children.wait()
    bcpu = broker_cpu_seconds(bootstrap, work) - bcpu0
    n = sum(r["n"] for r in results)
    elapsed = max(r["t1"] for r in results) - min(r["t0"] for r in results)
    return {"workers": workers, "n": n, "elapsed_s": elapsed, "rate": n / elapsed,
            "cpu_s": sum(r["cpu_s"] for r in results),  # a reaped child has no /proc entry
            "broker_cpu_s": bcpu}


# --------------------------------------------------------------------------------- main


async def main_async(args: argparse.Namespace, bootstrap: str, work: Path) -> None:
    print_machine()
    names = brand_names(args.brands)
    factory = MentionFactory(names, seed=args.seed)
    now = int(time.time() * 1000)
    t0 = time.perf_counter()
    mentions = list(factory.stream(args.n, now - HOUR_MS, HOUR_MS))
    print(f"# workload: {args.n:,} mentions, {args.brands:,} brands, "
          f"{sum(map(len, mentions)) / len(mentions):.0f} bytes avg "
          f"(generated in {time.perf_counter() - t0:.1f}s); {args.partitions} partitions",
          flush=True)
    rows = []
    print(f"# work dir: {work}", flush=True)
    for w in args.workers:
        pipe = await run_pipeline(args, bootstrap, work, w, mentions)
        print(f"  pipeline    W={w}: {pipe['rate']:>9,.0f} mentions/s  "
              f"({pipe['elapsed_s']:.1f}s; enrich done at {pipe['enrich_s']:.1f}s; "
              f"worker CPU {pipe['worker_cpu_s']:.0f}s, broker CPU "
              f"{pipe['broker_cpu_s']:.0f}s; batches enrich {pipe['enrich_batch']:.0f} "
              f"detect {pipe['detect_batch']:.0f}; enriched {pipe['enriched']:,.0f}; "
              f"RSS {pipe['rss_mb']} MB)", flush=True)
        raws = []
        for hops in (1, 2):
            raw = await run_passthrough(bootstrap, pipe["topic"], pipe["counts"], w,
                                        args.batch_size, work, hops)
            print(f"  passthrough W={w}, {hops} hop{'s' if hops > 1 else ''}: "
                  f"{raw['rate']:>9,.0f} mentions/s  ({raw['elapsed_s']:.1f}s; CPU "
                  f"{raw['cpu_s']:.0f}s, broker CPU {raw['broker_cpu_s']:.0f}s)", flush=True)
            raws.append(raw)
        bare = await run_bare(bootstrap, pipe["topic"], pipe["counts"], w, args.batch_size,
                              args.brands, work)
        print(f"  bare aiokafka + same work W={w}: {bare['rate']:>9,.0f} mentions/s  "
              f"({bare['elapsed_s']:.1f}s; enrich done at {bare['enrich_s']:.1f}s, processes "
              f"done at {bare['finished_s']}s; CPU {bare['cpu_s']:.0f}s, broker CPU "
              f"{bare['broker_cpu_s']:.0f}s; enriched {bare['detected']:,}; signals "
              f"{bare['signals']:,})", flush=True)
        rows.append((w, pipe, raws, bare))
    print()
    print("| workers | raw aiokafka passthrough | crisiswatch pipeline | ratio | "
          "two-hop passthrough | ratio to it | bare aiokafka + same work | ratio to it |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for w, pipe, (one, two), bare in rows:
        print(f"| {w} | {one['rate']:,.0f}/s | {pipe['rate']:,.0f}/s | "
              f"{pipe['rate'] / one['rate']:.2f} | {two['rate']:,.0f}/s | "
              f"{pipe['rate'] / two['rate']:.2f} | {bare['rate']:,.0f}/s | "
              f"{pipe['rate'] / bare['rate']:.2f} |")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--passthrough-child":
        bootstrap, topic, out, parts, expected, batch, hops = sys.argv[2:9]
        asyncio.run(passthrough_child(bootstrap, topic, out, [int(p) for p in parts.split(",")],
                                      int(expected), int(batch), int(hops)))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="mentions per run")
    ap.add_argument("--brands", type=int, default=1000)
    ap.add_argument("--workers", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2],
                    help="comma-separated worker counts to try (default 1,2)")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--batch-size", type=int, default=1000, help="worker.batch_size")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--profile", action="store_true", help="py-spy the first worker")
    ap.add_argument("--src", default="", help="run the workers from this checkout (e.g. a "
                    "`git worktree` of an older commit, for before/after numbers)")
    add_broker_args(ap)
    args = ap.parse_args()
    args.src = Path(args.src).resolve() if args.src else None
    with broker(args) as (bootstrap, work):
        asyncio.run(main_async(args, bootstrap, work))


if __name__ == "__main__":
    main()
