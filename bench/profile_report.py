"""Summarise py-spy collapsed stacks (`--format raw`): where a worker's time goes.

    .venv/bin/python bench/profile_report.py PROFILE.txt [--top 40] [--match enrich]

Prints the functions with the most samples inclusive (on the stack) and self (on top), as a
share of all samples of the file, optionally only stacks that contain `--match`.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path


def load(path: Path, match: str = "") -> tuple[Counter[str], Counter[str], int]:
    inclusive: Counter[str] = Counter()
    self_: Counter[str] = Counter()
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        if match and match not in stack:
            continue
        n = int(count)
        total += n
        frames = [_short(f) for f in stack.split(";")]
        for f in set(frames):
            inclusive[f] += n
        self_[frames[-1]] += n
    return inclusive, self_, total


def _short(frame: str) -> str:
    """'func (path/to/module.py:123)' -> 'func (module.py)'."""
    name, _, where = frame.partition(" (")
    where = where.rstrip(")")
    file = where.rsplit("/", 1)[-1].split(":", 1)[0]
    return f"{name} ({file})" if file else name


AREAS = (  # first match on the sampled (innermost) frame's file wins
    ("detectors/", "detection (detectors/: validation, enrichment, detectors)"),
    ("aiokafka/", "Kafka client (aiokafka: fetch, produce, protocol)"),
    ("faust/", "Faust machinery (streams, conductor, consumer, agents)"),
    ("mode/", "Faust machinery (streams, conductor, consumer, agents)"),
    ("streams/", "crisiswatch glue (streams/: lanes, agents, state, codecs)"),
    ("alerts/", "incidents and delivery (alerts/)"),
    ("asyncio/", "event loop and sockets (asyncio, selectors)"),
    ("selectors", "event loop and sockets (asyncio, selectors)"),
    ("prometheus_client/", "metrics and logging"),
    ("structlog/", "metrics and logging"),
    ("logging/", "metrics and logging"),
)


def by_area(path: Path) -> tuple[dict[str, int], int]:
    """Samples per area of the code that was running (the innermost frame)."""
    areas: dict[str, int] = {}
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        leaf = stack.rsplit(";", 1)[-1]
        area = next((label for key, label in AREAS if key in leaf), "other (threads, GC, "
                                                                     "stdlib)")
        areas[area] = areas.get(area, 0) + int(count)
        total += int(count)
    return areas, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("profile", type=Path)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--match", default="")
    ap.add_argument("--areas", action="store_true", help="only the share per area of code")
    args = ap.parse_args()
    if args.areas:
        areas, total = by_area(args.profile)
        print(f"{total} samples")
        for label, n in sorted(areas.items(), key=lambda kv: -kv[1]):
            print(f"  {100 * n / total:5.1f}%  {label}")
        return
    inclusive, self_, total = load(args.profile, args.match)
    print(f"{total} samples")
    print("\ninclusive:")
    for f, n in inclusive.most_common(args.top):
        print(f"  {100 * n / total:5.1f}%  {f}")
    print("\nself:")
    for f, n in self_.most_common(args.top):
        print(f"  {100 * n / total:5.1f}%  {f}")


if __name__ == "__main__":
    main()
