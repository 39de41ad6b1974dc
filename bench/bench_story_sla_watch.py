"""observe() cost and state size of the stories, complaints and watchlist detectors.

    .venv/bin/python bench/bench_story_sla_watch.py [--events 100000] [--brands 1]

A synthetic, seeded stream: RU/EN texts of 3-40 words drawn Zipf-like from 5,000
pseudo-words per language plus brand vocabulary, 10% with links, 10% with
media, 15% reposts/quotes/replies of recent posts, 15% metric updates of recent posts, 10%
complaints (half addressed to the official handle), 2% official replies (some arguing),
0.5% watched-account posts, 2% influencer authors, and one viral story growing through it.
Prints per-event cost (mean, p50, p99 of single calls), tick cost and msgpack state sizes,
then a worst case: every bounded collection filled with 280-char Cyrillic texts.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit"))

from factories import DAY, MIN, T0, author, brand_spec, enriched, updated

from detectors.complaints import ComplaintDetector, ComplaintSettings
from detectors.model import Enriched, Media
from detectors.stories import StoryDetector, StorySettings
from detectors.watchlist import WatchlistDetector, WatchSettings

WORDS_RU = ("акме", "доставка", "опять", "опоздала", "холодная", "еда", "курьер", "хамит",
            "заказ", "приложение", "упало", "возврат", "жду", "часа", "поддержка", "гречка",
            "болт", "таракан", "ресторан", "охранник", "бабушка", "позор", "вкусно", "спасибо")
WORDS_EN = ("acme", "delivery", "late", "again", "cold", "food", "courier", "rude", "order",
            "app", "crashed", "refund", "waiting", "hours", "support", "great", "love", "thanks")


def vocabulary(rng: random.Random, letters: str, n: int) -> list[str]:
    """Pseudo-words; with Zipf-like weights (1/rank) texts share common words like real ones."""
    return ["".join(rng.choices(letters, k=rng.randint(2, 9))) for _ in range(n)]


REPLIES = ("Приносим извинения, напишите нам в личные сообщения", "Вы сами виноваты",
           "We're sorry, please DM us", "This is fake", "Спасибо, проверим")


def stream(n: int, brands: int, seed: int = 1) -> list[Enriched]:
    rng = random.Random(seed)
    vocab_ru = list(WORDS_RU) + vocabulary(rng, "абвгдежзиклмнопрстуфхцчшыэюя", 5000)
    vocab_en = list(WORDS_EN) + vocabulary(rng, "abcdefghijklmnopqrstuvwxyz", 5000)
    cum = list(itertools.accumulate(1 / (r + 1) for r in range(len(vocab_ru))))
    out: list[Enriched] = []
    recent: list[Enriched] = []
    viral: Enriched | None = None
    for i in range(n):
        t = T0 + i * 60  # ~1000 mentions/min
        brand = f"b{rng.randrange(brands)}"
        r = rng.random()
        if recent and r < 0.15:
            old = rng.choice(recent)
            out.append(updated(old, at=t, likes=old.mention.metrics.likes + rng.randint(0, 500),
                               views=old.mention.metrics.views + rng.randint(0, 20_000)))
            continue
        ru = rng.random() < 0.6
        words = vocab_ru if ru else vocab_en
        text = " ".join(rng.choices(words, cum_weights=cum[: len(words)], k=rng.randint(3, 40)))
        kw: dict[str, Any] = {}
        if recent and r < 0.30:
            parent = viral if viral is not None and rng.random() < 0.3 else rng.choice(recent)
            kw[rng.choice(("repost_of", "quote_of", "in_reply_to"))] = parent.mention.id
            brand = parent.brand
        elif r < 0.40:
            text += f" https://www.site{rng.randrange(3000)}.example/p/{rng.randrange(50)}" \
                    "?utm_source=tg"
        elif r < 0.50:
            kw["media"] = (Media("photo", hash=f"h{rng.randrange(20_000)}"),)
        complaint = rng.random() < 0.10
        if complaint and rng.random() < 0.5:
            text = "@acme_support " + text
        official = recent and rng.random() < 0.02
        if official:
            parent = rng.choice(recent)
            text = rng.choice(REPLIES)
            kw = {"in_reply_to": parent.mention.id, "reply_to_author": parent.mention.author.handle}
            brand = parent.brand
        watched = not official and rng.random() < 0.005
        followers = rng.randint(100_000, 3_000_000) if rng.random() < 0.02 else \
            int(rng.paretovariate(1.2) * 100)
        handle = ("acme_support" if official else "ceo_jane" if watched
                  else f"u{rng.randrange(50_000)}")
        e = enriched(text, brand=brand, at=t, lang="ru" if ru else "en",
                     negativity=rng.random(), complaint=complaint and not official,
                     official=bool(official), watched=watched,
                     by=author(handle, followers=followers,
                               created_at_ms=t - rng.randint(1, 3000) * DAY),
                     likes=rng.randint(0, 50), views=rng.randint(0, 2000), **kw)
        if viral is None and i > n // 10:
            viral = e
        out.append(e)
        recent.append(e)
        if len(recent) > 2000:
            del recent[:1000]
    return out


def measure(name: str, make: Callable[[str], Any], events: list[Enriched],
            tick_every: int = 1000) -> None:
    detectors: dict[str, Any] = {}
    states: dict[str, Any] = {}
    for e in events:
        if e.brand not in detectors:
            detectors[e.brand] = make(e.brand)
            states[e.brand] = detectors[e.brand].new_state()
    # 1) throughput: a tight loop, as the agent runs it
    t0 = time.perf_counter()
    signals = 0
    for e in events:
        signals += len(detectors[e.brand].observe(states[e.brand], e))
    loop = time.perf_counter() - t0
    # 2) single-call distribution and tick cost on fresh state
    states = {b: d.new_state() for b, d in detectors.items()}
    single: list[int] = []
    ticks: list[int] = []
    sizes: list[int] = []
    pc = time.perf_counter_ns
    for i, e in enumerate(events):
        d, s = detectors[e.brand], states[e.brand]
        a = pc()
        d.observe(s, e)
        single.append(pc() - a)
        if i % tick_every == 0:
            a = pc()
            for b, det in detectors.items():
                det.tick(states[b], e.mention.created_at_ms)
            ticks.append((pc() - a) // len(detectors))
        if i % 5000 == 2500:  # between sweeps
            sizes.append(max(len(msgspec.msgpack.encode(x)) for x in states.values()))
    blobs = {b: msgspec.msgpack.encode(s) for b, s in states.items()}
    big = max(blobs.values(), key=len)
    typ = type(next(iter(states.values())))
    w0 = time.perf_counter()
    for _ in range(20):
        msgspec.msgpack.decode(big, type=typ)
    dec = (time.perf_counter() - w0) / 20
    w0 = time.perf_counter()
    for _ in range(20):
        msgspec.msgpack.encode(states[max(blobs, key=lambda b: len(blobs[b]))])
    enc = (time.perf_counter() - w0) / 20
    single.sort()
    q = statistics.quantiles(single, n=100)
    print(f"{name:11s} observe: {loop / len(events) * 1e6:6.2f} us/event in a loop "
          f"({len(events) / loop:,.0f}/s), single call p50 {q[49] / 1e3:.2f} us, "
          f"p99 {q[98] / 1e3:.2f} us, max {single[-1] / 1e3:.0f} us; signals {signals}")
    print(f"{'':11s} tick: mean {statistics.mean(ticks) / 1e3:.2f} us, max "
          f"{max(ticks) / 1e3:.0f} us per brand; state: end {len(big):,} B (largest brand), "
          f"max seen {max(sizes):,} B; encode {enc * 1e3:.2f} ms, decode {dec * 1e3:.2f} ms")


def worst_case() -> None:
    """Fill every bounded collection with the biggest items the detectors keep."""
    rng = random.Random(3)
    long_ru = "Ж" * 400
    spec = brand_spec()
    sd = StoryDetector(spec, StorySettings())
    ss = sd.new_state()
    s = sd.s
    for k in range(s.max_stories * 2):
        root = enriched(long_ru + f" {k} " + " ".join(rng.choices(WORDS_RU, k=40)),
                        id=f"root-with-a-fairly-long-source-id-{k:08d}", at=T0 + k,
                        url=f"https://x.example/{'a' * 60}/{k}", lang=rng.choice("ab"),
                        by=author(f"{'h' * 30}{k}", followers=10**6))
        sd.observe(ss, root)
        for j in range(s.max_authors_per_story // 4 if k >= s.max_stories else 0):
            sd.observe(ss, enriched(long_ru, at=T0 + k, quote_of=root.mention.id,
                                    lang=f"l{j % 9}", by=author(f"a{k}-{j}", followers=10**7),
                                    media=(Media("video", hash=f"m{k}-{j}"),)))
        for j in range(s.max_authors_per_story if k >= s.max_stories else 0):
            sd.observe(ss, enriched("", at=T0 + k, repost_of=root.mention.id,
                                    by=author(f"r{k}-{j}", followers=1)))
    cd = ComplaintDetector(spec, ComplaintSettings())
    cs = cd.new_state()
    for k in range(cd.s.max_threads * 2):
        c = enriched("@acme_support " + long_ru, id=f"complaint-{k:012d}", at=T0 + k * MIN,
                     complaint=True, by=author(f"{'c' * 30}{k}"))
        cd.observe(cs, c)
        r = enriched("Вы сами виноваты " + long_ru, at=T0 + k * MIN + 1, official=True,
                     in_reply_to=c.mention.id, by=author("acme_support"))
        cd.observe(cs, r)
        for j in range(70 if k % 4 == 0 else 5):
            cd.observe(cs, enriched("+", at=T0 + k * MIN + 2, in_reply_to=c.mention.id,
                                    by=author(f"x{k}-{j}")))
    wd = WatchlistDetector(spec, WatchSettings())
    ws = wd.new_state()
    for k in range(wd.s.max_seen * 2):
        wd.observe(ws, enriched(long_ru, at=T0 + k, watched=True, by=author("ceo_jane")))
    for name, st in (("stories", ss), ("complaints", cs), ("watchlist", ws)):
        print(f"worst case {name:10s}: {len(msgspec.msgpack.encode(st)):,} B")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--brands", type=int, default=1)
    ap.add_argument("--only", choices=("stories", "complaints", "watchlist"), default=None)
    args = ap.parse_args()
    a = time.perf_counter()
    events = stream(args.events, args.brands)
    print(f"{len(events):,} events for {args.brands} brand(s), built in "
          f"{time.perf_counter() - a:.1f}s; Python {sys.version.split()[0]}")
    if args.only in (None, "stories"):
        measure("stories", lambda b: StoryDetector(brand_spec(b), StorySettings()), events)
    if args.only in (None, "complaints"):
        measure("complaints", lambda b: ComplaintDetector(brand_spec(b), ComplaintSettings()),
                events)
    if args.only in (None, "watchlist"):
        measure("watchlist", lambda b: WatchlistDetector(brand_spec(b), WatchSettings()), events)
    if args.only is None:
        worst_case()


if __name__ == "__main__":
    main()
