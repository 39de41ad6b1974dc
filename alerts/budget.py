"""The page budget: what the incident engine's notifications cost the people paged.

A *page* is a new incident occurrence reaching its receivers: a `trigger` notification (the
engine sends it once per occurrence, at severity >= the route's min_severity, unless the
incident is silenced or inhibited). Updates (severity rose), repeats (still open, not acked)
and escalations of an incident already paged are *follow-ups*: they reach the same people
about the same thing, so they are counted apart. Resolve and acknowledge notices are neither.
Incidents that never paged are counted too: below the paging severity, or muted (silenced or
inhibited) while at or above it.

Pure: notifications and incidents in, counts out; weeks are ISO weeks in a given time zone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from alerts.model import Incident, Notification
from detectors.model import Severity

__all__ = ["FOLLOW_UPS", "PAGE", "BudgetRow", "EventPages", "event_pages", "evidence", "is_page",
           "iso_week", "page_budget", "render_budget"]

PAGE = "trigger"
FOLLOW_UPS = ("update", "repeat", "escalate")
FIRST_NEWS = (PAGE, "update")  # what may first tell people of an event (see event_pages)


def is_page(n: Notification) -> bool:
    return n.event == PAGE


def iso_week(ms: int, zone: ZoneInfo) -> str:
    """ "2026-W12" for an instant, by the calendar of `zone`."""
    year, week, _ = datetime.fromtimestamp(ms / 1000, zone).isocalendar()
    return f"{year}-W{week:02d}"


@dataclass
class BudgetRow:
    """One brand in one ISO week."""

    brand: str
    week: str
    pages: Counter[str] = field(default_factory=Counter)  # new pages by kind
    follow_ups: Counter[str] = field(default_factory=Counter)  # by event
    below: Counter[str] = field(default_factory=Counter)  # never paged, below min_severity
    muted: Counter[str] = field(default_factory=Counter)  # never paged, silenced/inhibited

    @property
    def page_count(self) -> int:
        return sum(self.pages.values())


def page_budget(notifications: Iterable[Notification], incidents: Iterable[Incident],
                min_level: Callable[[str], Severity], zone: ZoneInfo) -> list[BudgetRow]:
    """Rows by (brand, ISO week), sorted; pages and follow-ups by the week they were sent,
    unpaged incidents by the week they opened."""
    rows: dict[tuple[str, str], BudgetRow] = {}

    def row(brand: str, ms: int) -> BudgetRow:
        week = iso_week(ms, zone)
        r = rows.get((brand, week))
        if r is None:
            r = rows[(brand, week)] = BudgetRow(brand, week)
        return r

    for n in notifications:
        i = n.incident
        if n.event == PAGE:
            row(i.brand, n.at_ms).pages[i.kind] += 1
        elif n.event in FOLLOW_UPS:
            row(i.brand, n.at_ms).follow_ups[n.event] += 1
    for i in incidents:
        if i.notified_receivers:
            continue  # paged at some point of its life
        r = row(i.brand, i.opened_ms)
        if i.severity < min_level(i.brand):
            r.below[i.kind] += 1
        else:
            r.muted[i.kind] += 1
    return [rows[k] for k in sorted(rows)]


def _kinds(c: Counter[str]) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def render_budget(rows: Sequence[BudgetRow]) -> list[str]:
    """A plain-text table: one line per brand and week, kinds spelt out."""
    if not rows:
        return ["no incidents"]
    width = max(12, *(len(r.brand) for r in rows))
    out = [f"{'brand':<{width}} {'week':<8} {'pages':>5}  new pages by kind; follow-ups; "
           "not paged (below min_severity / muted)"]
    for r in rows:
        parts = [_kinds(r.pages) or "-"]
        if r.follow_ups:
            parts.append("follow-ups: " + _kinds(r.follow_ups))
        below, muted = sum(r.below.values()), sum(r.muted.values())
        if below or muted:
            detail = _kinds(r.below + r.muted)
            parts.append(f"not paged: {below} / {muted} ({detail})")
        out.append(f"{r.brand:<{width}} {r.week:<8} {r.page_count:>5}  " + "; ".join(parts))
    return out


# ------------------------------------------------------------------------------ one event
def evidence(incident: Incident) -> set[str]:
    """What an incident points at, as `source:id` keys: the mentions it shows (its own and
    its last signal's), its group when that is a post (stories, complaint threads), the story
    its last signal was attributed to, and the same of each member of an incident grouped per
    brand."""
    keys = {f"{m.source}:{m.id}" for m in incident.mentions}
    signal = incident.last_signal
    if signal is not None:
        keys.update(f"{m.source}:{m.id}" for m in signal.mentions)
        if signal.caused_by:
            keys.add(signal.caused_by)
    for group, mention, cause in [(incident.group, None, None),
                                  *((m.group, m.mention, m.caused_by) for m in incident.members)]:
        if ":" in group:
            keys.add(group)
        if mention is not None:
            keys.add(f"{mention.source}:{mention.id}")
        if cause:
            keys.add(cause)
    return keys


@dataclass
class EventPages:
    """The pages a brand got around one event (a crisis): the first that was about it, the
    other new pages while it lasted, and the follow-ups."""

    first: Notification | None
    further: list[Notification]
    follow_ups: Counter[str]


def event_pages(notifications: Iterable[Notification], brand: str, since_ms: int,
                start_ms: int, end_ms: int, about: Callable[[Incident], bool]) -> EventPages:
    """`first`: the earliest page on `brand` from `since_ms` (the event's first sign) to
    `end_ms` whose incident is `about` the event, or the earliest update (severity rose) of an
    incident already open that then is about it (a complaint backlog already paging for other
    complaints tells of the new ones by rising); `further`: every other page on `brand` from
    `start_ms` to `end_ms`; `follow_ups`: updates, repeats and escalations on `brand` then."""
    ours = sorted((n for n in notifications if n.incident.brand == brand
                   and since_ms <= n.at_ms <= end_ms), key=lambda n: (n.at_ms, n.key))
    first = next((n for n in ours if n.event in FIRST_NEWS and about(n.incident)), None)
    further = [n for n in ours if n.event == PAGE and n is not first and n.at_ms >= start_ms]
    follow_ups: Counter[str] = Counter(n.event for n in ours
                                       if n.event in FOLLOW_UPS and n.at_ms >= start_ms)
    return EventPages(first, further, follow_ups)
