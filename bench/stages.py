"""Per-mention CPU of each in-process stage on the throughput workload, no Kafka.

    .venv/bin/python bench/stages.py [--n 200000] [--brands 1000] [--batch 5000] [--repeat 3]
                                     [--volume-only]

The same mentions as bench/throughput.py (bench/workload.py), processed in batches the size of
a lane's fetch with the worker's GC settings: validate (`parse_mention`), enrich, encode
the enriched record, decode it, and every detector (`DetectionPipeline.observe`). Prints
microseconds per mention for each stage (the best of `--repeat` runs) and a digest of
everything the stages produced: a change that only makes the code faster must leave the
digest as it was.

Then the volume detector's work per brand per interval, which no mention pays for: on brands
with a learnt week (1-minute windows, 0.5 to 120 mentions an hour), closing a live interval
(`tick`: its tests, learning, the next expectation) and a whole pre-aggregated interval
(`observe_count`: counted, tested, the previous one closed).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import math
import random
import sys
import time
from pathlib import Path

import msgspec
import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.workload import MentionFactory, brand_configs, brand_names
from detectors.config import BrandSpec
from detectors.enrich import Enricher
from detectors.mention import Invalid, parse_mention
from detectors.model import Enriched, Mention
from detectors.pipeline import BrandState, DetectionPipeline
from detectors.volume import VolumeDetector, VolumeState
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


VOLUME_RATES = (0.5, 2, 6, 20, 60, 120)  # mentions an hour, as bench/memory.py's templates
MINUTE_MS = 60_000


def _daily(rate_per_hour: float, t: int) -> float:
    """Mentions a minute: the hourly rate with a daily cycle (x0.3 at night, x1.7 at noon)."""
    hour = (t // 3_600_000) % 24
    return rate_per_hour / 60 * (0.3 + 1.4 * math.sin(math.pi * max(0, hour - 6) / 17) ** 2)


def volume_interval(brands: int, minutes: int, repeat: int) -> tuple[float, float]:
    """Best-of-`repeat` microseconds per brand per interval: (tick, observe_count)."""
    spec = BrandSpec(id="acme", name="Acme", aliases=("acme",))
    det = VolumeDetector(spec)
    rng = random.Random(11)

    def draw(lam: float) -> int:
        u, k, p = rng.random(), 0, math.exp(-lam)
        cdf = p
        while u > cdf and p > 0.0:
            k += 1
            p *= lam / k
            cdf += p
        return k

    t0 = NOW_MS - NOW_MS % (24 * 3_600_000) + 11 * 3_600_000  # 11:00, the morning rise
    start = t0 - 7 * 24 * 3_600_000
    templates = []
    for rate in VOLUME_RATES:  # a week of history up to t0
        state = det.new_state()
        for i in range(7 * 24 * 60):
            t = start + i * MINUTE_MS
            total = draw(_daily(rate, t))
            det.observe_count(state, t, total, sum(rng.random() < 0.2 for _ in range(total)))
        templates.append(msgspec.msgpack.encode(state))
    counts = [[draw(_daily(VOLUME_RATES[b % len(VOLUME_RATES)], t0 + m * MINUTE_MS))
               for b in range(brands)] for m in range(minutes)]
    mention = Enriched(mention=Mention(id="m", source="x", created_at_ms=0, text="acme"),
                       brand="acme", lang="en", sentiment="neutral", negativity=0.1,
                       complaint=False)
    clock = time.perf_counter
    best_tick = best_count = math.inf
    for _ in range(repeat):
        live = [msgspec.msgpack.decode(templates[b % len(templates)], type=VolumeState)
                for b in range(brands)]
        batch = [msgspec.msgpack.decode(templates[b % len(templates)], type=VolumeState)
                 for b in range(brands)]
        spent_tick = spent_count = 0.0
        for m in range(minutes):
            t = t0 + m * MINUTE_MS
            for b, state in enumerate(live):  # the interval's mentions, not timed
                for k in range(counts[m][b]):
                    det.observe(state, msgspec.structs.replace(
                        mention, mention=msgspec.structs.replace(
                            mention.mention, created_at_ms=t + k)))
            c0 = clock()
            for state in live:
                det.tick(state, t + MINUTE_MS)
            c1 = clock()
            for b, state in enumerate(batch):
                det.observe_count(state, t, counts[m][b], 0)
            c2 = clock()
            spent_tick += c1 - c0
            spent_count += c2 - c1
        best_tick = min(best_tick, spent_tick)
        best_count = min(best_count, spent_count)
    per = 1e6 / (brands * minutes)
    return best_tick * per, best_count * per


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--brands", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--volume-only", action="store_true",
                    help="only the volume detector's per-interval work")
    ap.add_argument("--minutes", type=int, default=120,
                    help="intervals of the volume measurement")
    args = ap.parse_args()
    if not args.volume_only:
        stages(args)
    tick, count = volume_interval(args.brands, args.minutes, args.repeat)
    print(f"# volume detector, {args.brands:,} brands x {args.minutes} one-minute intervals; "
          f"best of {args.repeat}")
    print(f"  {'tick':8s} {tick:7.2f} µs/brand/interval (closing a live interval)")
    print(f"  {'count':8s} {count:7.2f} µs/brand/interval (observe_count: a whole interval)")


def stages(args: argparse.Namespace) -> None:
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
