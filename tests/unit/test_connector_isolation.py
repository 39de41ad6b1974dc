from __future__ import annotations

import faust
import pytest

from streams.pipeline.isolation import read_committed

pytestmark = pytest.mark.unit


async def test_worker_consumer_reads_committed_only() -> None:
    app = faust.App("cw-iso-test", broker="kafka://127.0.0.1:9", store="memory://")
    before = app.consumer._thread._create_worker_consumer(app.transport)
    assert before._isolation_level == "read_uncommitted"  # faust's default without EOS
    app = faust.App("cw-iso-test2", broker="kafka://127.0.0.1:9", store="memory://")
    read_committed(app)
    read_committed(app)
    consumer = app.consumer
    kafka_consumer = consumer._thread._create_worker_consumer(app.transport)
    assert kafka_consumer._isolation_level == "read_committed"
    assert consumer.in_transaction is False  # nothing else switched to exactly-once
    for c in (before, kafka_consumer):
        await c.stop()
