"""Per-mention CPU of each in-process stage on the throughput workload, no Kafka.

    .venv/bin/python bench/stages.py [--n 200000] [--brands 1000] [--batch 5000] [--repeat 3]

The same mentions as bench/throughput.py (bench/workload.py), processed in batches the size of
a lane's fetch with the worker's GC settings: validate (`parse_mention`), enrich, encode
the enriched record, decode it, and every detector (`DetectionPipeline.observe`). Prints
microseconds per mention for each stage (the best of `--repeat` runs) and a digest of
everything the stages produced: a change that only makes the code faster must leave the
digest as it was.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import sys
import time
from pathlib import Path

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.workload import MentionFactory, brand_configs, brand_names
from detectors.enrich import Enricher
from detectors.mention import Invalid, parse_mention
from detectors.model import Enriched, Mention
from detectors.pipeline import BrandState, DetectionPipeline
from streams.config import parse_config
from streams.ops import gc_tuning
from streams.pipeline.codecs import JsonCodec, json_encoder

NOW_MS = 1_796_155_200_000  # fixed, so the digest is comparable between runs
STAGES = ("parse", "enrich", "encode", "decode", "observe")


def run_once(raws: list[bytes], enricher: Enricher, pipeline: DetectionPipeline,
             batch: int) -> tuple[dict[str, float], str]:
    decode = JsonCodec(Enriched).decode
    encode = json_encoder.encode
    digest = hashlib.sha256()
    spent = dict.fromkeys(STAGES, 0.0)
    states: dict[str, BrandState] = {}
    clock = time.perf_counter
    for i in range(0, len(raws), batch):
        chunk = raws[i:i + batch]
        t0 = clock()
        parsed = [parse_mention(raw, NOW_MS) for raw in chunk]
        t1 = clock()
        enriched: list[Enriched] = []
        for m in parsed:
            if isinstance(m, Mention):
                enriched += enricher.enrich(m, NOW_MS)
        t2 = clock()
        wire = [encode(e) for e in enriched]
        t3 = clock()
        decoded = [decode(b) for b in wire]
        t4 = clock()
        signals = []
        for e in decoded:
            state = states.get(e.brand)
            if state is None:
                state = states[e.brand] = pipeline.new_state(e.brand)  # type: ignore[assignment]
            signals += pipeline.observe(state, e)
        t5 = clock()
        for name, took in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4),
                              strict=True):
            spent[name] += took
        for m in parsed:
            if isinstance(m, Invalid):
                digest.update(m.reason.encode())
        for b in wire:
            digest.update(b)
        for s in signals:
            digest.update(json_encoder.encode(s))
    return spent, digest.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--brands", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    names = brand_names(args.brands)
    config = parse_config(yaml.safe_dump({"kafka": {"bootstrap": "127.0.0.1:9092"},
                                          "brands": brand_configs(names)}, allow_unicode=True))
    raws = list(MentionFactory(names).stream(args.n, NOW_MS - 3_600_000, 3_600_000))
    gc_tuning.tune()
    best: dict[str, float] = {}
    digests = set()
    for _ in range(args.repeat):
        # Fresh detectors and state each run: every run sees the same history.
        enricher = Enricher(config.specs)
        pipeline = DetectionPipeline(config.specs, config.detection_settings())
        gc.collect()
        spent, digest = run_once(raws, enricher, pipeline, args.batch)
        digests.add(digest)
        for name, took in spent.items():
            best[name] = min(best.get(name, took), took)
    print(f"# {args.n:,} mentions, {args.brands:,} brands, batches of {args.batch:,}; "
          f"best of {args.repeat}")
    for name in STAGES:
        print(f"  {name:8s} {best[name] / args.n * 1e6:7.2f} µs/mention")
    print(f"  {'total':8s} {sum(best.values()) / args.n * 1e6:7.2f} µs/mention")
    print(f"digest {' '.join(sorted(digests))}")


if __name__ == "__main__":
    main()
