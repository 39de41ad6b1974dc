"""Cyclic-GC settings for a worker, and the time its collections take.

CPython collects generation 0 every 700 net container allocations. A worker in a flood holds
hundreds of thousands of long-lived containers (detector state, fetch buffers), and the batch
lanes allocate and free many more: with the defaults about 13 % of a
worker's CPU went into collections, 3.2 s of it in full collections of ~300 ms each
(docs/benchmarks.md). The pipeline's own objects form no cycles, so reference counting frees
them; the collector is only a backstop for the libraries' cycles and can run far less often.
"""

from __future__ import annotations

import gc
import time
from typing import Any, Final

from streams.ops import metrics

# (gen0, gen1, gen2): young collections every 50,000 net allocations (a few a minute in a
# flood, ~25 ms each), generation 1 every 20 of those, a full one after 10 of generation 1
# (and, as always in CPython, only once it would scan 25 % more long-lived objects).
THRESHOLDS: Final = (50_000, 20, 10)

_started: list[float] = [0.0]
# The histogram's children, made before the callback can run: `labels()` takes the parent
# metric's lock, which a scrape holds while it copies (allocates), and a collection started
# there would wait for that lock on its own thread forever. A child's `observe` only takes
# locks that are never held while allocating.
_pauses: tuple[Any, ...] = ()


def _observe(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _started[0] = time.perf_counter()
    else:
        _pauses[info["generation"]].observe(time.perf_counter() - _started[0])


def tune() -> None:
    """Apply THRESHOLDS and time every collection into crisiswatch_gc_pause_seconds."""
    global _pauses
    _pauses = tuple(metrics.GC_PAUSE.labels(str(g)) for g in range(3))
    gc.set_threshold(*THRESHOLDS)
    if _observe not in gc.callbacks:
        gc.callbacks.append(_observe)
