"""Human durations in config ("90s", "5m", "4h", "2d", "1h30m") as milliseconds."""

from __future__ import annotations

import re

_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d|w)")
_UNIT_MS = {"ms": 1, "s": 1_000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000}


def parse_duration(text: str) -> int:
    """Milliseconds in `text`; raises ValueError naming the accepted form."""
    s = text.strip().replace(" ", "")
    if s == "0":
        return 0
    pos, total = 0, 0.0
    for m in _PART.finditer(s):
        if m.start() != pos:
            break
        total += float(m.group(1)) * _UNIT_MS[m.group(2)]
        pos = m.end()
    if pos != len(s) or not s:
        raise ValueError(
            f"invalid duration {text!r}: use a number with a unit, e.g. 30s, 5m, 4h, 1h30m")
    return int(total)


def format_duration(ms: int) -> str:
    """Short human form for messages: 90 000 -> "1m30s"."""
    if ms < 1000:
        return f"{ms}ms"
    secs = ms // 1000
    out = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if secs >= size:
            out.append(f"{secs // size}{unit}")
            secs %= size
    return "".join(out[:2])
