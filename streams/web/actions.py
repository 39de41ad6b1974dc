"""Putting a human action on the `actions` topic and hearing back what the engine made of it.

An action is keyed by brand, so it lands on the partition of the brand's signals and is applied
by whichever worker owns that brand, in order with everything else about it. The engine's answer
comes back through the brand record on the `incidents` topic (streams/web/incident_view.py), so the
API on any worker can report it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import faust

from alerts.model import Action, Incident
from streams.pipeline.codecs import json_encoder
from streams.web.incident_view import ActionOutcome, IncidentStore

# topic, key, value -> returns once the broker has acknowledged the record
Publish = Callable[[str, bytes, bytes | None], Awaitable[None]]  # value None: a tombstone
SETTLE_S = 1.0  # after an answer, how long to wait for the incident's new snapshot


def faust_publisher(app: faust.App) -> Publish:
    async def publish(topic: str, key: bytes, value: bytes | None) -> None:
        fut: Any = await app.producer.send(topic, key, value, None, None, None)
        await fut

    return publish


class ActionBus:
    def __init__(self, publish: Publish, topic: str, store: IncidentStore) -> None:
        self._publish = publish
        self._topic = topic
        self.store = store

    async def publish(self, action: Action, timeout_s: float) -> None:
        """Durable once this returns; raises TimeoutError / KafkaError otherwise."""
        await asyncio.wait_for(
            self._publish(self._topic, action.brand.encode(), json_encoder.encode(action)),
            timeout_s)

    async def answer(self, action_id: str, timeout_s: float) -> ActionOutcome | None:
        return await self.store.wait_for(lambda: self.store.result(action_id), timeout_s)

    async def settled(self, outcome: ActionOutcome, timeout_s: float = SETTLE_S
                      ) -> Incident | None:
        """The incident as the action left it: its snapshot and the brand record travel on
        different partitions, so the answer can arrive a moment before the snapshot."""
        if outcome.incident_id is None:
            return None
        incident_id = outcome.incident_id

        def current() -> Incident | None:
            inc = self.store.get(incident_id)
            if inc is None or outcome.status != "ok" or outcome.kind not in (
                    "ack", "resolve", "note"):
                return inc
            latest = max((e.at_ms for e in inc.timeline), default=0)
            return inc if latest >= outcome.applied_ms else None

        return await self.store.wait_for(current, timeout_s) or self.store.get(incident_id)
