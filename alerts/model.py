"""Incidents, actions and notifications as plain data (see DESIGN.md, "Incidents")."""

from __future__ import annotations

from typing import Literal

import msgspec

from detectors.model import MentionRef, Severity, Signal

IncidentState = Literal["triggered", "acknowledged", "resolved"]
ActionKind = Literal["ack", "resolve", "note", "silence", "unsilence"]
CLEARED = "cleared"  # `resolved_by` when the detector said the condition ended

NotificationEvent = Literal[
    "trigger",  # first page of an incident (or of a reopened one)
    "update",  # severity went up or new evidence worth a repeat
    "repeat",  # repeat_interval passed while still open
    "escalate",  # not acknowledged in time: next escalation level paged
    "acknowledge",
    "resolve",
]


class Silence(msgspec.Struct, frozen=True):
    """Mutes matching signals for a time range; matching is AND over the fields that are set."""

    id: str
    starts_ms: int
    ends_ms: int
    brand: str | None = None  # None: every brand
    kind: str | None = None
    group: str | None = None
    author: str | None = None  # author handle of a mention in the signal
    text: str | None = None  # case-insensitive substring of the signal's title or mention texts
    created_by: str = ""
    comment: str = ""


class Action(msgspec.Struct, frozen=True):
    """A human decision arriving from Slack, PagerDuty, the API, the console or the CLI."""

    id: str  # idempotency key: the same action id applied twice changes nothing
    kind: ActionKind
    brand: str
    at_ms: int
    by: str = ""
    via: str = "api"  # slack | pagerduty | telegram | api | cli | console
    incident_id: str | None = None
    text: str = ""  # note text, or the reason given
    # With `incident_id` and no `silence`: silence that incident's (brand, kind, group) for the
    # duration in `text` (default 1h) -- what chat buttons can carry.
    silence: Silence | None = None
    silence_id: str | None = None  # for unsilence
    # The incident occurrence a button was rendered for: an ack/resolve from a message about an
    # earlier occurrence must not act on the reopened incident. None: act on whatever is current.
    occurrence: int | None = None


class TimelineEntry(msgspec.Struct, frozen=True, gc=False):
    at_ms: int
    kind: str  # signal | notification | action | note | state
    text: str
    by: str = ""


class Member(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    """One group of an incident grouped per brand (Alertmanager: one alert of the group): an
    influencer's post, one complaint. Kept so a person still sees each of them."""

    group: str
    severity: Severity  # highest of its signals
    title: str  # its latest signal's title
    first_ms: int  # engine time it joined
    last_ms: int  # engine time of its latest signal
    signals: int = 1
    reach: int = 0
    caused_by: str | None = None  # as its latest signal says (inhibition)
    mention: MentionRef | None = None  # its biggest mention


class Incident(msgspec.Struct):
    """One incident per (brand, kind, group) occurrence, or per (brand, kind) for kinds grouped
    per brand (then `group` is "" and `members` holds the groups); `id` is stable for its whole
    life."""

    id: str
    brand: str
    kind: str
    group: str
    title: str
    severity: Severity
    state: IncidentState
    opened_ms: int
    last_signal_ms: int
    signal_count: int = 1
    occurrence: int = 1  # 1 + number of reopenings
    acked_ms: int | None = None
    acked_by: str = ""
    resolved_ms: int | None = None
    resolved_by: str = ""
    last_signal: Signal | None = None
    mentions: tuple[MentionRef, ...] = ()
    unverified: bool = False
    escalation_level: int = 0
    notified_ms: int | None = None  # last time a page went out for it
    notified_severity: Severity | None = None
    notified_receivers: tuple[str, ...] = ()
    seq: int = 0  # notifications emitted so far; with `id` forms the idempotency key
    silenced_by: str | None = None
    inhibited_by: str | None = None
    timeline: list[TimelineEntry] = []
    members: tuple[Member, ...] = ()  # grouped per brand: its groups, most recent last


class Notification(msgspec.Struct, frozen=True):
    """One message about one incident to a set of receivers; `key` is its idempotency key."""

    key: str  # f"{incident.id}:{seq}"
    event: NotificationEvent
    incident: Incident
    receivers: tuple[str, ...]
    at_ms: int
    language: str = "en"  # ru | en: the brand's message language
    brand_name: str = ""
