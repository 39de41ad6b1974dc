"""One JSON line per notification, appended and fsynced: an audit trail and the e2e tests'
simplest receiver. A crash mid-write leaves at most one partial last line.

Idempotent by notification key: the keys already in the file are read once, at the first
delivery, so a notification replayed after a crash (delivered, then killed before the delivery
book was written) is not appended twice. A file receiver can check what it holds; the HTTP
receivers rely on the delivery book alone.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import msgspec

from alerts.model import Notification
from alerts.render import Links, render
from alerts.sinks.base import Delivered, DeliveryMemo, Result, RetryLater


class _Keyed(msgspec.Struct):
    key: str = ""


_read_key = msgspec.json.Decoder(_Keyed).decode


def keys_in(path: Path) -> tuple[set[str], bool]:
    """Notification keys of the lines already in the file (a torn or foreign line is skipped),
    and whether the file ends mid-line (a crash mid-write), so the next line starts afresh."""
    keys: set[str] = set()
    line = b"\n"
    try:
        with path.open("rb") as f:
            for line in f:
                try:
                    keys.add(_read_key(line).key)
                except msgspec.DecodeError:
                    continue
    except FileNotFoundError:
        pass
    keys.discard("")
    return keys, not line.endswith(b"\n")


class FileSink:
    def __init__(self, name: str, path: str, links: Links) -> None:
        self.name = name
        self._path = Path(path)
        self._links = links
        self._lock = asyncio.Lock()
        self._keys: set[str] | None = None  # read at the first delivery
        self._torn = False  # the file ends mid-line: start the next line afresh

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
                if self._keys is None:
                    found, self._torn = await asyncio.to_thread(keys_in, self._path)
                    self._keys = found
                keys = self._keys
                if n.key in keys:
                    return Delivered(memo=memo, duplicate=True, detail="already in the file")
                await asyncio.to_thread(self._append, b"\n" + line if self._torn else line)
                keys.add(n.key)
                self._torn = False
        except OSError as exc:
            return RetryLater(f"file {self._path}: {exc.strerror or exc}")
        return Delivered(memo=memo)

    async def aclose(self) -> None:
        return None
