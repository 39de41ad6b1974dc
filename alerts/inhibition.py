"""Inhibition: a story that is already an incident mutes the volume spike it causes.

Rule (per brand, only open incidents count):
- a volume-kind incident whose last signal names a cause (`caused_by`) is inhibited by the
  open inhibiting incident whose group is that cause; if no such incident is open, the spike
  has another cause and is not inhibited;
- a volume-kind incident whose last signal names no cause is inhibited by any open inhibiting
  incident of the brand (the earliest opened): while a viral story is open, an unattributed
  spike of the same brand is most likely its echo;
- an influencer's negative post is inhibited only by the open incident of the story it is part
  of (`caused_by`): the story's own page already carries its biggest authors, while an
  influencer complaining about something else still pages.
Inhibited incidents still exist and update; they only do not page.
"""

from __future__ import annotations

from collections.abc import Iterable

from alerts.model import Incident
from detectors.model import Kind

INHIBITING_KINDS = frozenset({Kind.VIRAL_STORY, Kind.COMPLAINT_ESCALATION})
VOLUME_KINDS = Kind.VOLUME_KINDS


def can_be_inhibited(incident: Incident) -> bool:
    if incident.kind in VOLUME_KINDS:
        return True
    return (incident.kind == Kind.INFLUENCER_NEGATIVE and incident.last_signal is not None
            and incident.last_signal.caused_by is not None)


def can_inhibit(incident: Incident) -> bool:
    return incident.kind in INHIBITING_KINDS and incident.state != "resolved"


def inhibitor_for(incident: Incident, incidents: Iterable[Incident]) -> Incident | None:
    """The incident that inhibits `incident` now, or None; ties go to the earliest opened so
    the answer does not depend on dict order."""
    if not can_be_inhibited(incident) or incident.state == "resolved":
        return None
    cause = incident.last_signal.caused_by if incident.last_signal is not None else None
    best: Incident | None = None
    for other in incidents:
        if other.brand != incident.brand or not can_inhibit(other):
            continue
        if cause is not None and other.group != cause:
            continue
        if best is None or (other.opened_ms, other.id) < (best.opened_ms, best.id):
            best = other
    return best
