"""What the learned sentiment model adds to a worker's memory (RSS), in a fresh process.

    .venv/bin/python bench/sentiment_memory.py [--tokens 200000]

Prints RSS after importing the lexicon scorer alone, after loading the model, and after
filling the model's per-token cache with up to --tokens distinct made-up words (the cache
is cleared at 200,000 entries, so that is its ceiling).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokens", type=int, default=200_000)
    args = ap.parse_args()
    import detectors.sentiment  # noqa: F401  (the lexicon: what every worker had before)

    gc.collect()
    before = rss_mb()
    from detectors import sentiment_model

    model = sentiment_model.Model.load()
    del sentiment_model._MODEL  # keep one copy alive: the one measured
    gc.collect()
    loaded = rss_mb()
    letters = "абвгдежзиклмнопрстуфхцчшщыэюяabcdefghijklmnopqrstuvwxyz"
    for i in range(args.tokens):
        word = ""
        n = i
        while True:
            word += letters[n % len(letters)]
            n //= len(letters)
            if not n:
                break
        model.token_weight(word + "ость")
    gc.collect()
    filled = rss_mb()
    # Russian text has its own cache (Latin words read as transliteration): fill it too, with
    # made-up Latin words, each of which also caches its Cyrillic reading.
    latin = "abcdefghijklmnopqrstuvwxyz"
    for i in range(args.tokens):
        word = ""
        n = i
        while True:
            word += latin[n % len(latin)]
            n //= len(latin)
            if not n:
                break
        model._ru_entry("z" + word + "ost")
    gc.collect()
    both = rss_mb()
    print(f"lexicon only: {before:.0f} MB RSS")
    print(f"model loaded: {loaded:.0f} MB (+{loaded - before:.0f} MB)")
    print(f"token cache of {args.tokens:,} words: {filled:.0f} MB "
          f"(+{filled - before:.0f} MB over the lexicon alone)")
    print(f"and the Russian-text cache of {len(model._ru_tokens):,} Latin words "
          f"(the other cache now holds {len(model._tokens):,}): {both:.0f} MB "
          f"(+{both - before:.0f} MB over the lexicon alone)")


if __name__ == "__main__":
    main()
