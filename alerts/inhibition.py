"""Inhibition: an incident that is already paging for a brand's crisis mutes the echoes it
causes, so one crisis is one page that updates, not dozens of new ones.

Inhibiting: open `viral_story` and `complaint_escalation` incidents. Inhibitable: the volume
kinds and `influencer_negative`, and the complaint backlog (`complaint_sla`) only when attributed
(its pressing complaints are all part of one story: customers asking the desk about a scare; an
unattributed backlog is a problem of its own, not an echo). Per brand, only open incidents
count:
- attributed (its signal names a cause, `caused_by`: the story a spike or an influencer's post
  is part of): inhibited by the open inhibiting incident whose group is that cause, whatever its
  severity; if that incident is not open, the cause is not a paging crisis and nothing inhibits;
- unattributed: inhibited by any open inhibiting incident of the brand at least as severe (the
  earliest opened): while a viral story pages, a spike of the brand or an influencer's negative
  post is most likely its echo (people retelling it in their own words). One more severe than
  every open crisis still pages: a bigger event is not an echo.
A `viral_story` whose group is an open `complaint_escalation`'s (the story's root is the
argued complaint: the thread itself spreading, people piling in under the desk's reply and
screenshotting it) is that crisis too: inhibited by it while the escalation is at least as
severe; a story that grows past it pages as its own.
A grouped incident (influencers grouped per brand) is inhibited only when each of its members
is, so one influencer outside the crisis still pages. Inhibited incidents still exist, update
and show whom they are inhibited by; they only do not page, and page as usual once released.
"""

from __future__ import annotations

from collections.abc import Iterable

from alerts.model import Incident
from detectors.model import Kind, Severity

INHIBITING_KINDS = frozenset({Kind.VIRAL_STORY, Kind.COMPLAINT_ESCALATION})
VOLUME_KINDS = Kind.VOLUME_KINDS
ATTRIBUTED_ONLY_KINDS = frozenset({Kind.COMPLAINT_SLA})  # inhibited only by their cause
INHIBITABLE_KINDS = VOLUME_KINDS | {Kind.INFLUENCER_NEGATIVE} | ATTRIBUTED_ONLY_KINDS


def can_be_inhibited(incident: Incident) -> bool:
    return incident.kind in INHIBITABLE_KINDS


def can_inhibit(incident: Incident) -> bool:
    return incident.kind in INHIBITING_KINDS and incident.state != "resolved"


def _subjects(incident: Incident) -> list[tuple[Severity, str | None]]:
    """(severity, cause) of what must be inhibited: each member, or the incident itself."""
    if incident.members:
        return [(m.severity, m.caused_by) for m in incident.members]
    cause = incident.last_signal.caused_by if incident.last_signal is not None else None
    return [(incident.severity, cause)]


def _inhibitor(brand: str, severity: Severity, cause: str | None,
               incidents: Iterable[Incident]) -> Incident | None:
    best: Incident | None = None
    for other in incidents:
        if other.brand != brand or not can_inhibit(other):
            continue
        if cause is not None:
            if other.group != cause:
                continue
        elif other.severity < severity:
            continue
        if best is None or (other.opened_ms, other.id) < (best.opened_ms, best.id):
            best = other
    return best


def _argued_thread(story: Incident, incidents: Iterable[Incident]) -> Incident | None:
    """The open escalation of the complaint a story grew from, if it is at least as severe."""
    for other in incidents:
        if other.kind == Kind.COMPLAINT_ESCALATION and other.brand == story.brand and \
                other.group == story.group and can_inhibit(other) and \
                other.severity >= story.severity:
            return other
    return None


def inhibitor_for(incident: Incident, incidents: Iterable[Incident]) -> Incident | None:
    """The incident that inhibits `incident` now, or None; ties go to the earliest opened so
    the answer does not depend on dict order (for a grouped one: its first member's)."""
    if incident.state == "resolved":
        return None
    if incident.kind == Kind.VIRAL_STORY:
        return _argued_thread(incident, incidents) if incident.group else None
    if not can_be_inhibited(incident):
        return None
    pool = list(incidents)
    first: Incident | None = None
    for severity, cause in _subjects(incident):
        if cause is None and incident.kind in ATTRIBUTED_ONLY_KINDS:
            return None
        found = _inhibitor(incident.brand, severity, cause, pool)
        if found is None:
            return None
        first = first or found
    return first
