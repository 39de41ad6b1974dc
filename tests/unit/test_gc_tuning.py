"""The worker's GC settings: raised thresholds, and every collection timed into a metric."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from streams.ops import gc_tuning, metrics

pytestmark = pytest.mark.unit


@pytest.fixture
def restore_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.set_threshold(*thresholds)
    if gc_tuning._observe in gc.callbacks:
        gc.callbacks.remove(gc_tuning._observe)


def _full_collections() -> float:
    value = metrics.REGISTRY.get_sample_value("crisiswatch_gc_pause_seconds_count",
                                              {"generation": "2"})
    return value or 0.0


def test_tune_raises_the_thresholds_and_times_collections(restore_gc: None) -> None:
    before = _full_collections()
    gc_tuning.tune()
    gc_tuning.tune()  # idempotent: one callback, not two
    assert gc.get_threshold() == gc_tuning.THRESHOLDS
    assert gc.callbacks.count(gc_tuning._observe) == 1
    gc.collect()
    assert _full_collections() == before + 1


def test_a_collection_during_a_scrape_does_not_wait_for_the_metric_lock(
        restore_gc: None) -> None:
    """A scrape holds the histogram's lock while it copies its children, and a copy may start
    a collection: the callback must not need that lock (a worker would hang for good)."""
    gc_tuning.tune()
    before = _full_collections()

    def scrape_with_a_collection() -> None:
        with metrics.GC_PAUSE._lock:
            gc.collect()

    thread = threading.Thread(target=scrape_with_a_collection, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "the GC callback waited for the metric's lock"
    assert _full_collections() == before + 1
