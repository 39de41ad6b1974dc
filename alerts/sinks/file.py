"""One JSON line per notification, appended and fsynced: an audit trail and the e2e tests'
simplest receiver. A crash mid-write leaves at most one partial last line."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import msgspec

from alerts.model import Notification
from alerts.render import Links, render
from alerts.sinks.base import Delivered, DeliveryMemo, Result, RetryLater


class FileSink:
    def __init__(self, name: str, path: str, links: Links) -> None:
        self.name = name
        self._path = Path(path)
        self._links = links
        self._lock = asyncio.Lock()

    def _append(self, line: bytes) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self._path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result:
        m = render(n, self._links)
        record = {"receiver": self.name, "key": n.key, "event": n.event, "at_ms": n.at_ms,
                  "summary": m.summary, "event_text": m.event_text, "notification": n}
        line = msgspec.json.encode(record) + b"\n"
        try:
            async with self._lock:
                await asyncio.to_thread(self._append, line)
        except OSError as exc:
            return RetryLater(f"file {self._path}: {exc.strerror or exc}")
        return Delivered(memo=memo)

    async def aclose(self) -> None:
        return None
