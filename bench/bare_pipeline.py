"""The same detection work as the pipeline, written as a bare aiokafka app: no Faust.

The raw passthrough says what Kafka I/O costs in Python; this says what the *work* costs
without crisiswatch's framework around it. Each of W processes reads its share of the
`mentions` partitions (read_committed, `getmany`), validates and enriches every mention with
the same code as the worker (`parse_mention`, `Enricher`), sends each enriched record with
`producer.send` keyed by brand (the default partitioner: the same brand-to-partition mapping
as the pipeline) to an output topic, reads the same partition numbers of that topic back and
runs every detector on each record (`DetectionPipeline.observe`, per-brand state in a dict);
signals go to a third topic. Offsets are committed every second, as in the passthrough.

What it leaves out is what makes the worker safe and useful: no checkpoints of detector
state (a crash loses it), no incidents, no delivery, no metrics, no rebalance handling, no
dead-letter topic. The pipeline's ratio to it is the share of the time spent on those and on
the framework; the rest of the gap to the passthrough is the detection work itself.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import broker_cpu_seconds
from bench.raw_kafka import (
    Children,
    Positions,
    consume,
    create_topics,
    hear_from_parent,
    shares,
    start_clients,
)

THIS_FILE = str(Path(__file__).resolve())


async def bare_child(bootstrap: str, brands: int, topic: str, out: str, parts: list[int],
                     expected: int, batch: int) -> None:
    """One process: enrich its mentions partitions, detect on the same enriched partitions."""
    import yaml
    from aiokafka import TopicPartition

    from bench.workload import brand_configs, brand_names
    from detectors.enrich import Enricher
    from detectors.mention import parse_mention
    from detectors.model import Enriched, Mention
    from detectors.pipeline import BrandState, DetectionPipeline
    from streams.config import parse_config
    from streams.ops import gc_tuning
    from streams.pipeline.codecs import JsonCodec, json_encoder

    config = parse_config(yaml.safe_dump({"kafka": {"bootstrap": bootstrap},
                                          "brands": brand_configs(brand_names(brands))},
                                         allow_unicode=True))
    enricher = Enricher(config.specs)
    pipeline = DetectionPipeline(config.specs, config.detection_settings())
    states: dict[str, BrandState] = {}
    decode = JsonCodec(Enriched).decode
    encode = json_encoder.encode
    brand_keys = {s.id: s.id.encode() for s in config.specs}
    signals_topic = out + ".signals"
    gc_tuning.tune()  # the worker's GC settings: only the framework differs

    (enrich_in, detect_in), producer = await start_clients(
        bootstrap, [(f"bare-{out}", "read_committed", topic),
                    (f"bare2-{out}", "read_uncommitted", out)], parts)
    print("ready", flush=True)
    await hear_from_parent()
    t0, cpu0 = time.time(), time.process_time()

    async def enrich(_: TopicPartition, recs: list[Any], futs: list[Any]) -> None:
        now = int(time.time() * 1000)
        for r in recs:
            m = parse_mention(r.value, now)
            if isinstance(m, Mention):
                for e in enricher.enrich(m, now, r.timestamp):
                    key = brand_keys.get(e.brand) or e.brand.encode()
                    futs.append(await producer.send(out, encode(e), key=key))

    signals = 0

    async def detect(_: TopicPartition, recs: list[Any], futs: list[Any]) -> None:
        nonlocal signals
        for r in recs:
            e = decode(r.value)
            state = states.get(e.brand)
            if state is None:
                state = pipeline.new_state(e.brand)
                if state is None:  # not a configured brand: the worker skips it too
                    continue
                states[e.brand] = state
            for s in pipeline.observe(state, e):
                signals += 1
                futs.append(await producer.send(signals_topic, encode(s),
                                                key=brand_keys[s.brand]))

    ends: dict[int, int] | None = None

    def detected_all(_: int, positions: Positions) -> bool:
        if ends is None:
            return False
        reached = {tp.partition: pos.offset for tp, pos in positions.items()}
        return all(reached.get(p, 0) >= ends.get(p, 0) for p in parts)

    detecting = asyncio.ensure_future(consume(detect_in, batch, detected_all, detect))
    read = await consume(enrich_in, batch, lambda n, _: n >= expected, enrich)
    await producer.flush()
    print(json.dumps({"enriched_at": time.time()}), flush=True)
    # Every process must have finished enriching before the output's ends are final.
    ends = {int(p): o for p, o in json.loads(await hear_from_parent()).items()}
    detected = await detecting
    t1, cpu1 = time.time(), time.process_time()
    await producer.stop()
    for consumer in (enrich_in, detect_in):
        await consumer.stop()
    print(json.dumps({"n": read, "detected": detected, "signals": signals, "t0": t0, "t1": t1,
                      "cpu_s": cpu1 - cpu0}), flush=True)


async def run_bare(bootstrap: str, topic: str, counts: list[int], workers: int, batch: int,
                   brands: int, work: Path) -> dict[str, Any]:
    """W bare processes over `topic`; mentions/s from the first start to the last detection."""
    from bench.common import end_offsets

    out = f"{topic}.bare-w{workers}"
    await create_topics(bootstrap, [out, out + ".signals"], len(counts))
    children = await Children.start("bare", [
        [THIS_FILE, bootstrap, str(brands), topic, out, ",".join(map(str, parts)),
         str(expected), str(batch)] for parts, expected in shares(counts, workers)])
    bcpu0 = broker_cpu_seconds(bootstrap, work)
    await children.say("go")
    enriched_at = [r["enriched_at"] for r in await children.hear_json()]
    await children.say(json.dumps(await end_offsets(bootstrap, out)))
    results = await children.hear_json()
    await children.wait()
    bcpu = broker_cpu_seconds(bootstrap, work) - bcpu0
    n = sum(r["n"] for r in results)
    start = min(r["t0"] for r in results)
    elapsed = max(r["t1"] for r in results) - start
    return {"workers": workers, "n": n, "elapsed_s": elapsed, "rate": n / elapsed,
            "enrich_s": max(enriched_at) - start, "broker_cpu_s": bcpu,
            "cpu_s": sum(r["cpu_s"] for r in results),  # a reaped child has no /proc entry
            "detected": sum(r["detected"] for r in results),
            "signals": sum(r["signals"] for r in results),
            "finished_s": [round(r["t1"] - start, 1) for r in results]}


if __name__ == "__main__":
    bootstrap_, brands_, topic_, out_, parts_, expected_, batch_ = sys.argv[1:8]
    asyncio.run(bare_child(bootstrap_, int(brands_), topic_, out_,
                           [int(p) for p in parts_.split(",")], int(expected_), int(batch_)))
