"""The JSON the API, the CLI and the web console read: incidents, silences and action answers.

Built for display: every incident carries its headline and "why it fired" lines already in the
brand's language (the same wording as the pages people got), times both as epoch ms and RFC 3339,
and the links a person clicks. Pure functions of plain data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from alerts.engine import MAX_SILENCE_MS, is_open, mtta_ms, mttr_ms
from alerts.markup import clean
from alerts.model import Incident, Notification, Silence
from alerts.render import Links, describe, render
from detectors.durations import format_duration, parse_duration
from detectors.model import Kind, Severity
from streams.web.incident_view import ActionOutcome

STATES = ("open", "triggered", "acknowledged", "resolved", "all")
_STATE_ORDER = {"triggered": 0, "acknowledged": 1, "resolved": 2}


class Brands:
    """Display names and message languages of the configured brands."""

    def __init__(self, names: Mapping[str, str], languages: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.languages = dict(languages)

    def __contains__(self, brand: object) -> bool:
        return brand in self.names


def iso(ms: int | None) -> str | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds").replace(
        "+00:00", "Z")


def _seconds(ms: int | None) -> float | None:
    return None if ms is None else round(ms / 1000, 1)


def actions_for(inc: Incident) -> list[str]:
    if inc.state == "triggered":
        return ["ack", "resolve", "note", "silence"]
    if inc.state == "acknowledged":
        return ["resolve", "note", "silence"]
    return ["note", "silence"]


def incident_json(inc: Incident, brands: Brands, links: Links, now_ms: int, *,
                  timeline: bool) -> dict[str, Any]:
    language = brands.languages.get(inc.brand, "en")
    fake = Notification(key="", event="trigger", incident=inc, receivers=(), at_ms=now_ms,
                        language=language, brand_name=brands.names.get(inc.brand, inc.brand))
    m = render(fake, links)
    sig = inc.last_signal
    out: dict[str, Any] = {
        "id": inc.id, "brand": inc.brand, "brand_name": m.brand_name, "language": m.language,
        "kind": inc.kind, "kind_text": m.kind_text, "group": inc.group,
        "title": inc.title, "headline": describe(inc, language),
        "severity": inc.severity.label, "severity_text": m.severity_text,
        "state": inc.state, "occurrence": inc.occurrence, "unverified": inc.unverified,
        "unverified_text": m.unverified_text or None,
        "silenced_by": inc.silenced_by, "inhibited_by": inc.inhibited_by,
        "escalation_level": inc.escalation_level, "signal_count": inc.signal_count,
        "opened_ms": inc.opened_ms, "opened_at": iso(inc.opened_ms),
        "last_signal_ms": inc.last_signal_ms, "last_signal_at": iso(inc.last_signal_ms),
        "acked_ms": inc.acked_ms, "acked_at": iso(inc.acked_ms), "acked_by": inc.acked_by,
        "resolved_ms": inc.resolved_ms, "resolved_at": iso(inc.resolved_ms),
        "resolved_by": inc.resolved_by,
        "mtta_s": _seconds(mtta_ms(inc)), "mttr_s": _seconds(mttr_ms(inc)),
        "reach": sig.reach if sig else 0,
        "projected_reach": sig.projected_reach if sig else None,
        "negative_share": sig.negative_share if sig else None,
        "languages": dict(sig.languages) if sig else {},
        "why": [{"label": f.label, "value": f.value} for f in m.fields],
        "mentions": [{"id": x.id, "source": x.source, "url": x.url, "text": line.text,
                      "author": x.author, "lang": x.lang, "reach": x.reach,
                      "negativity": round(x.negativity, 3), "created_ms": x.created_at_ms}
                     for x, line in zip(_ranked(inc), m.mentions, strict=False)],
        "links": {"self": f"/api/incidents/{quote(inc.id, safe='')}",
                  "console": m.console_url or None, "grafana": m.grafana_url or None},
        "actions": actions_for(inc),
        "members": [{"group": x.group, "severity": x.severity.label, "title": x.title,
                     "signals": x.signals, "reach": x.reach, "caused_by": x.caused_by,
                     "first_ms": x.first_ms, "last_ms": x.last_ms} for x in inc.members],
    }
    if timeline:
        out["timeline"] = [{"at_ms": e.at_ms, "at": iso(e.at_ms), "kind": e.kind,
                            "text": e.text, "by": e.by} for e in inc.timeline]
    return out


def _ranked(inc: Incident) -> list[Any]:
    """Mentions in the order render() shows them (its lines carry the shortened text)."""
    return sorted(inc.mentions, key=lambda m: (-m.reach, -m.negativity, m.id))


def select(incidents: Iterable[Incident], *, state: str = "all", brand: str | None = None,
           min_severity: Severity | None = None, limit: int = 100) -> tuple[list[Incident], int]:
    """(the page, how many matched): open first, then worst, then newest."""
    def wanted(inc: Incident) -> bool:
        if state == "open" and not is_open(inc):
            return False
        if state not in ("open", "all") and inc.state != state:
            return False
        if brand is not None and inc.brand != brand:
            return False
        return min_severity is None or inc.severity >= min_severity

    matched = [i for i in incidents if wanted(i)]
    matched.sort(key=lambda i: (_STATE_ORDER[i.state] == 2, -int(i.severity), -i.opened_ms,
                                i.id))
    return matched[:limit], len(matched)


def silences_json(silences: Iterable[Silence]) -> list[dict[str, Any]]:
    """One entry per silence id; an all-brands silence is stored once per brand."""
    merged: dict[str, dict[str, Any]] = {}
    for s in silences:
        entry = merged.get(s.id)
        if entry is None:
            entry = merged[s.id] = silence_json(s)
        elif s.brand and s.brand not in entry["brands"]:
            entry["brands"].append(s.brand)
    for entry in merged.values():
        entry["brands"].sort()
    return sorted(merged.values(), key=lambda e: (e["ends_ms"], e["id"]))


def silence_json(s: Silence) -> dict[str, Any]:
    return {"id": s.id, "brands": [s.brand] if s.brand else [], "kind": s.kind,
            "group": s.group, "author": s.author, "text": s.text,
            "starts_ms": s.starts_ms, "starts_at": iso(s.starts_ms), "ends_ms": s.ends_ms,
            "ends_at": iso(s.ends_ms), "created_by": s.created_by, "comment": s.comment}


def outcome_json(o: ActionOutcome | None, action_id: str, kind: str) -> dict[str, Any]:
    if o is None:
        return {"id": action_id, "kind": kind, "status": "pending",
                "message": "accepted; not applied yet (still queued or the worker owning the "
                           "brand is busy): check the incident again shortly"}
    return {"id": o.action_id, "kind": o.kind, "status": o.status, "message": o.message,
            "incident_id": o.incident_id, "silence_id": o.silence_id,
            "applied_ms": o.applied_ms}


class BadRequest(Exception):
    """The request cannot be acted on; the message says why (safe to show)."""

    status = 400


MAX_BY = 100
MAX_TEXT = 2000
MAX_MATCHER = 500


def text_field(body: Mapping[str, Any], key: str, limit: int, *, required: bool = False
               ) -> str | None:
    value = body.get(key)
    if value is None or value == "":
        if required:
            raise BadRequest(f"`{key}` is required")
        return None
    if not isinstance(value, str):
        raise BadRequest(f"`{key}` must be a string")
    value = clean(value).strip()
    if len(value) > limit:
        raise BadRequest(f"`{key}` is longer than {limit} characters")
    if required and not value:
        raise BadRequest(f"`{key}` must not be blank")
    return value


def time_field(body: Mapping[str, Any], key: str) -> int | None:
    """Epoch milliseconds or RFC 3339 with an offset."""
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return int(parsed.timestamp() * 1000)
    raise BadRequest(f"`{key}` must be epoch milliseconds or RFC 3339 with a time zone")


def duration_field(body: Mapping[str, Any], key: str = "duration") -> int | None:
    text = text_field(body, key, 32)
    if text is None:
        return None
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise BadRequest(f"`{key}`: {exc}") from None


def silences_from(body: Mapping[str, Any], brands: Brands, silence_id: str, now_ms: int,
                  by: str) -> list[Silence]:
    """A matcher silence per targeted brand ("*" or no brand: every configured brand)."""
    brand = text_field(body, "brand", 64)
    if brand in (None, "*", "all"):
        targets = sorted(brands.names)
    elif brand in brands:
        targets = [brand]
    else:
        raise BadRequest(f"unknown brand {brand!r}")
    kind = text_field(body, "kind", 64)
    if kind is not None and kind not in Kind.ALL:
        raise BadRequest(f"unknown kind {kind!r}; one of {', '.join(sorted(Kind.ALL))}")
    starts = time_field(body, "starts") or now_ms
    ends, duration = time_field(body, "ends"), duration_field(body)
    if (ends is None) == (duration is None):
        raise BadRequest("give exactly one of `ends` and `duration`")
    ends = ends if ends is not None else starts + (duration or 0)
    if ends <= max(starts, now_ms):
        raise BadRequest("the silence must end after it starts and in the future")
    if ends - starts > MAX_SILENCE_MS:
        raise BadRequest(f"a silence may last at most {format_duration(MAX_SILENCE_MS)}")
    fields = {k: text_field(body, k, MAX_MATCHER) for k in ("group", "author", "text")}
    if body.get("text") is not None and not fields["text"]:
        raise BadRequest("`text` must not be blank")
    comment = text_field(body, "comment", MAX_MATCHER) or ""
    return [Silence(id=silence_id, starts_ms=starts, ends_ms=ends, brand=b, kind=kind,
                    created_by=by, comment=comment, **fields) for b in targets]
