"""Terminal text for `crisiswatch incidents`: a table for ls, a page for show, one line per
action. Everything from the API is cleaned of control characters first: a post containing an
escape sequence must not rewrite the operator's terminal."""

from __future__ import annotations

import shutil
import time
from typing import Any

from alerts.markup import clean
from detectors.durations import format_duration

SEVERITY = {"info": "INFO", "warning": "WARN", "error": "ERROR", "critical": "CRIT"}
STATE = {"triggered": "open", "acknowledged": "acked", "resolved": "resolved"}


def _c(value: Any) -> str:
    return " ".join(clean(str(value if value is not None else "")).split())


def ago(ms: int | None, now_ms: int | None = None) -> str:
    if ms is None:
        return "-"
    now = now_ms if now_ms is not None else int(time.time() * 1000)
    return format_duration(max(0, now - ms) // 1000 * 1000 or 1000) + " ago"


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def format_table(incidents: list[dict[str, Any]], total: int, width: int | None = None,
                 now_ms: int | None = None) -> str:
    if not incidents:
        return "no incidents\n"
    width = width or shutil.get_terminal_size((120, 20)).columns
    rows = [(_c(i["id"]), SEVERITY.get(i["severity"], i["severity"]),
             STATE.get(i["state"], i["state"]) + ("!" if i["unverified"] else ""),
             _c(i["brand"]), ago(i["opened_ms"], now_ms), _c(i["headline"])) for i in incidents]
    head = ("ID", "SEV", "STATE", "BRAND", "OPENED", "WHAT")
    widths = [max(len(r[k]) for r in [head, *rows]) for k in range(5)]
    used = sum(widths) + 2 * 5
    lines = []
    for r in [head, *rows]:
        cells = [r[k].ljust(widths[k]) for k in range(5)]
        lines.append("  ".join([*cells, _fit(r[5], max(20, width - used))]).rstrip())
    tail = f"{len(incidents)} of {total} incidents; '!' = unverified, possibly fake"
    return "\n".join([*lines, tail]) + "\n"


def format_incident(i: dict[str, Any]) -> str:
    out = [f"{_c(i['brand_name'])}: {_c(i['headline'])}",
           f"  id        {_c(i['id'])}  (occurrence {i['occurrence']})",
           f"  severity  {_c(i['severity_text'])}   kind {_c(i['kind_text'])}",
           f"  state     {STATE.get(i['state'], i['state'])}"
           + (f" by {_c(i['acked_by'])}" if i["state"] == "acknowledged" else "")
           + (f" by {_c(i['resolved_by'])}" if i["state"] == "resolved" else ""),
           f"  opened    {i['opened_at']} ({ago(i['opened_ms'])})"]
    if i["unverified"]:
        out.append(f"  ⚠ {_c(i['unverified_text'])}")
    for flag in ("silenced_by", "inhibited_by"):
        if i.get(flag):
            out.append(f"  {flag.replace('_', ' ')} {_c(i[flag])}")
    out += [f"  {_c(f['label'])}: {_c(f['value'])}" for f in i["why"]]
    if i["mentions"]:
        out.append("  mentions:")
        out += [f"    - {_c(m['author'])} ({_c(m['source'])}, reach {m['reach']}): "
                f"{_c(m['text'])} {_c(m['url'])}".rstrip() for m in i["mentions"]]
    links = [v for v in (i["links"].get("console"), i["links"].get("grafana")) if v]
    if links:
        out.append("  links:    " + "  ".join(_c(u) for u in links))
    if i.get("timeline"):
        out.append("  timeline:")
        out += [f"    {e['at']}  {e['kind']:<12} {_c(e['text'])}"
                + (f" ({_c(e['by'])})" if e["by"] else "") for e in i["timeline"]]
    return "\n".join(out) + "\n"


def format_action(doc: dict[str, Any]) -> str:
    lines = []
    if "action" in doc:
        a = doc["action"]
        lines.append(f"{a['status']}: {_c(a['message'])}" + (
            f" (action {_c(a['id'])})" if a["status"] == "pending" else ""))
    for r in doc.get("results", []):
        lines.append(f"{_c(r['brand'])}: {r['status']}: {_c(r['message'])}")
    if doc.get("silence"):
        s = doc["silence"]
        lines.append(f"silence {_c(s['id'])} until {s['ends_at']}")
    inc = doc.get("incident")
    if inc:
        lines.append(f"{_c(inc['id'])} is now {STATE.get(inc['state'], inc['state'])}")
    return "\n".join(lines) + "\n"


def format_silences(silences: list[dict[str, Any]]) -> str:
    if not silences:
        return "no active silences\n"
    lines = []
    for s in silences:
        match = ", ".join(f"{k}={_c(s[k])}" for k in ("kind", "group", "author", "text")
                          if s.get(k) is not None) or "everything"
        lines.append(f"{_c(s['id'])}  until {s['ends_at']}  brands {','.join(s['brands'])}  "
                     f"{match}" + (f"  by {_c(s['created_by'])}" if s["created_by"] else "")
                     + (f"  # {_c(s['comment'])}" if s["comment"] else ""))
    return "\n".join(lines) + "\n"
