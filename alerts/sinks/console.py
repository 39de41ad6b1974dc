"""A readable block of lines per notification on a terminal (the demo's receiver).

User text is cleaned of control characters first: an ESC in a post must not recolour or rewrite
the operator's terminal."""

from __future__ import annotations

import sys
from typing import TextIO

from alerts import markup as mk
from alerts.model import Notification
from alerts.render import Links, Message, render
from alerts.sinks.base import Delivered, DeliveryMemo, Result

RESET = "\x1b[0m"
COLOURS = {"info": "\x1b[36m", "warning": "\x1b[33m", "error": "\x1b[31m",
           "critical": "\x1b[1;97;41m", "resolved": "\x1b[32m", "dim": "\x1b[2m"}


def format_block(m: Message, colour: bool) -> str:
    def c(key: str, text: str) -> str:
        return f"{COLOURS[key]}{text}{RESET}" if colour else text

    key = "resolved" if m.state == "resolved" else m.severity.label
    head = c(key, f"[{m.severity_text}]") + " " + mk.clean(
        f"{m.headline} — {m.event_text} ({m.kind_text})")
    lines = [head]
    if m.unverified_text:
        lines.append("  " + c("warning", "⚠ " + mk.clean(m.unverified_text)))
    lines += [f"  {mk.clean(f.label)}: {mk.clean(f.value)}" for f in m.fields]
    for x in m.mentions:
        lines.append(f"  • {mk.clean(x.author)} ({mk.clean(x.source)}, {x.reach}): "
                     f"{mk.clean(x.text)} {c('dim', mk.clean(x.url))}".rstrip())
    for url in (m.console_url, m.grafana_url):
        if url:
            lines.append("  " + c("dim", mk.clean(url)))
    lines.append("  " + c("dim", f"id {mk.clean(m.incident_id)}"))
    return "\n".join(lines) + "\n"


class ConsoleSink:
    def __init__(self, name: str, links: Links, stream: TextIO | None = None,
                 colour: bool | None = None) -> None:
        self.name = name
        self._links = links
        self._stream = stream
        self._colour = colour

    async def send(self, n: Notification, memo: DeliveryMemo) -> Result:
        stream = self._stream or sys.stdout
        colour = self._colour if self._colour is not None else stream.isatty()
        stream.write(format_block(render(n, self._links), colour))
        stream.flush()
        return Delivered(memo=memo)

    async def aclose(self) -> None:
        return None
