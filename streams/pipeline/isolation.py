"""Make a Faust worker read with `isolation.level=read_committed`.

faust-streaming 0.15.3 picks the level in `AIOKafkaConsumerThread._create_worker_consumer`:
"read_committed" only when `processing_guarantee="exactly_once"` (`consumer.in_transaction`),
else "read_uncommitted", and no setting changes it alone. Uncommitted reads would let the
worker see connector writes from transactions that are later aborted (a connector killed
mid-batch), and see them again once the connector re-sends them after its restart. Turning
on exactly_once for the whole pipeline is a much larger change, so this swaps in a consumer
thread that asks for read_committed and changes nothing else.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread, Consumer


class _ReadCommittedThread(AIOKafkaConsumerThread):  # type: ignore[misc]
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = self.consumer
        saved = consumer.in_transaction
        consumer.in_transaction = True  # only read for the isolation level in this call
        try:
            return super()._create_worker_consumer(transport)
        finally:
            consumer.in_transaction = saved


class ReadCommittedConsumer(Consumer):  # type: ignore[misc]
    def _new_consumer_thread(self) -> Any:
        return _ReadCommittedThread(self, loop=self.loop, beacon=self.beacon)


def read_committed(app: faust.App) -> None:
    """Call once on a new app, before its worker starts (idempotent)."""
    app.transport.Consumer = ReadCommittedConsumer
