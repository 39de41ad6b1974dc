"""enrich() throughput on one core: fixture texts, 1,000 configured brands.

Usage: .venv/bin/python bench/enrich_throughput.py [--brands 1000] [--seconds 3]
Prints mentions/s for a warm run (token caches filled, as in a long-running worker) and
for the first pass over the texts (cold caches).
"""

from __future__ import annotations

import argparse
import time

from detectors.config import Account, BrandSpec
from detectors.enrich import Enricher
from detectors.evaluation import FIXTURES, fixture_brands, load_labelled
from detectors.model import Author, Mention

_SYLLABLES = ("ka", "ro", "mi", "te", "lo", "va", "zu", "ni", "bor", "sek", "dan", "pul")
_RU = str.maketrans(
    {"k": "к", "a": "а", "r": "р", "o": "о", "m": "м", "i": "и", "t": "т", "e": "е",
     "l": "л", "v": "в", "z": "з", "u": "у", "n": "н", "b": "б", "s": "с", "d": "д",
     "p": "п"}
)  # fmt: skip


def synthetic_brands(n: int) -> list[BrandSpec]:
    """The fixture brands plus made-up ones up to n (deterministic names, RU and EN)."""
    specs = fixture_brands()
    i = 0
    while len(specs) < n:
        a = _SYLLABLES[i % 12]
        b = _SYLLABLES[(i // 12) % 12]
        c = _SYLLABLES[(i // 144) % 12]
        name = (a + b + c).capitalize()
        latin = f"{name} {('Bank', 'Foods', 'Mobile', 'Air', 'Market')[i % 5]}"
        specs.append(
            BrandSpec(
                id=f"b{i}",
                name=latin,
                aliases=(latin, name.lower().translate(_RU) + " маркет", f"#{name}{i}"),
                exclude=(f"{name} street",),
                official_accounts=(Account(handle=f"{name}_official"),),
            )
        )
        i += 1
    return specs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--brands", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    texts = [
        r.text for lang in ("ru", "en") for r in load_labelled(FIXTURES / f"labelled_{lang}.jsonl")
    ]
    mentions = [
        Mention(id=str(i), source="x", created_at_ms=0, text=t, author=Author(handle=f"user{i}"))
        for i, t in enumerate(texts)
    ]
    t0 = time.perf_counter()
    enricher = Enricher(synthetic_brands(args.brands))
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    matched = sum(1 for m in mentions if enricher.enrich(m, 0))
    cold = len(mentions) / (time.perf_counter() - t0)
    n = 0
    t0 = time.perf_counter()
    deadline = t0 + args.seconds
    while time.perf_counter() < deadline:
        for m in mentions:
            enricher.enrich(m, 0)
        n += len(mentions)
    warm = n / (time.perf_counter() - t0)
    avg_len = sum(map(len, texts)) / len(texts)
    print(f"brands={args.brands} texts={len(texts)} avg_chars={avg_len:.0f} matched={matched}")
    print(f"index build: {build * 1000:.0f} ms")
    print(f"cold first pass: {cold:,.0f} mentions/s")
    print(f"warm: {warm:,.0f} mentions/s ({1e6 / warm:.1f} us/mention)")


if __name__ == "__main__":
    main()
