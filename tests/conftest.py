"""Shared fixtures: one real local Kafka broker for the whole run, fast tests first."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_ORDER = {"unit": 0, "http": 1, "kafka": 2, "e2e": 3}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Pure tests first, then local HTTP, then the broker, then whole workers."""

    def rank(item: pytest.Item) -> int:
        marks = [m.name for m in item.iter_markers()]
        return min((_ORDER[m] for m in marks if m in _ORDER), default=0)

    items.sort(key=rank)


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """A real single-node KRaft broker shared by every Kafka test of the session.

    Set CRISISWATCH_TEST_BOOTSTRAP to use an already running broker instead.
    """
    external = os.environ.get("CRISISWATCH_TEST_BOOTSTRAP")
    if external:
        yield external
        return
    from streams.ops import localkafka

    directory = Path(tempfile.mkdtemp(prefix="cw-test-kafka-"))
    info = localkafka.start(directory, port=0, heap="768m", timeout_s=120)
    try:
        yield info.bootstrap
    finally:
        localkafka.stop(directory)
        shutil.rmtree(directory, ignore_errors=True)
