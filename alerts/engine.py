"""The incident state machine of one brand: signals, human actions and time in; incidents and
notifications out (DESIGN.md, "Incidents").

Pure and deterministic: no I/O, no clock (every entry point gets `now_ms`), no randomness, and
no state outside `BrandIncidents`. Replaying the same inputs from the same (deserialised) state
yields byte-identical state and notifications, so the notify stage can dedup retries by key.

All engine times (`opened_ms`, `last_signal_ms`, `acked_ms`, ...) are the `now_ms` of the call
that caused them, never event times from signals: timers must not fire early because a
detector lagged.

Grouping (Alertmanager's `group_by`): a signal's incident is keyed by (kind, group), or by
(kind, "") for kinds grouped per brand (`IncidentPolicy.grouped_kinds`). A grouped incident
keeps each signal group as a `Member` (its severity, title, biggest mention, cause): a new
member or a rise of one is an update of the one incident (a page only when the incident's
severity rises, after group_interval), and the incident is muted (silenced or inhibited) only
when every member is. Signal statuses: `update` never opens or reopens an incident; `resolved`
resolves it, or removes its member, resolving the incident with the last one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

import msgspec

from alerts import inhibition, silences
from alerts.model import (
    CLEARED,
    Action,
    Incident,
    Member,
    Notification,
    NotificationEvent,
    Silence,
    TimelineEntry,
)
from alerts.policy import IncidentPolicy, Routing
from detectors.complaints import BusinessClock
from detectors.config import BusinessHours
from detectors.durations import format_duration, parse_duration
from detectors.model import MentionRef, Severity, Signal

ACTION_MEMORY = 500  # action ids remembered for idempotency (at-least-once redelivery window)
COUNTER_LIMIT = 1_000  # per-group incident counters kept before the oldest idle ones are folded
SNAPSHOT_TIMELINE = 10  # timeline entries carried by a notification's incident snapshot
TOP_MENTIONS = 5
MAX_MEMBERS = 50  # groups kept by an incident grouped per brand (least recent and severe go)
AUTO_RESOLVER = "auto-resolve"
DEFAULT_SILENCE_MS = 3_600_000  # "Silence 1h" buttons; an incident silence without a duration
MAX_SILENCE_MS = 90 * 86_400_000  # a silence longer than a quarter is a forgotten one
_ID_FLOOR = "~floor"  # counters key: highest n of a folded counter (group keys contain \x1f)
_TRIM_ORDER = ("signal", "notification", "state")  # timeline entries dropped first, in order


class BrandIncidents(msgspec.Struct):
    """The whole incident state of one brand (a Faust table value keyed by brand).

    `paged_ms` is the escalation clock: the first page of each open incident's current
    occurrence, by incident id (Incident has no field for it; `notified_ms` moves on repeats).
    """

    incidents: dict[str, Incident] = {}  # by group key, see `group_key`
    silences: list[Silence] = []
    applied_actions: list[str] = []
    counters: dict[str, int] = {}
    paged_ms: dict[str, int] = {}


ResultStatus = Literal["ok", "noop", "not_found", "invalid"]


class ActionResult(msgspec.Struct, frozen=True):
    """What the API / Slack / CLI tells the person who acted."""

    status: ResultStatus
    message: str = ""
    incident_id: str | None = None
    silence_id: str | None = None  # the silence created, updated or removed

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(slots=True)
class Outcome:
    """Effects of one input: pages to send and incidents to publish (snapshots, safe to keep)."""

    notifications: list[Notification] = field(default_factory=list)
    changed: list[Incident] = field(default_factory=list)
    result: ActionResult | None = None
    silences_changed: bool = False  # added, updated, removed or expired: republish them


def group_key(kind: str, group: str) -> str:
    return f"{kind}\x1f{group}"


def incident_id(brand: str, kind: str, group: str, n: int) -> str:
    """Stable, readable and short; the hash keeps free-form group text out of ids and keys
    (48 bits: a collision between two groups of one brand and kind is negligible)."""
    digest = hashlib.sha1(group.encode(), usedforsecurity=False).hexdigest()[:12]
    return f"{brand}.{kind}.{digest}.{n}"


def brand_of(incident_id: str) -> str:
    """Brand ids never contain '.', so actions can be routed to the brand's partition by id."""
    return incident_id.split(".", 1)[0]


def mtta_ms(incident: Incident) -> int | None:
    """Time to acknowledge for the current occurrence (reopening restarts it)."""
    return None if incident.acked_ms is None else incident.acked_ms - incident.opened_ms


def mttr_ms(incident: Incident) -> int | None:
    """Time to resolve for the current occurrence (reopening restarts it)."""
    return None if incident.resolved_ms is None else incident.resolved_ms - incident.opened_ms


def silence_id_for(action_id: str) -> str:
    """A silence made from an incident action: short enough to type, the same on replay."""
    return "sil-" + hashlib.sha1(action_id.encode(), usedforsecurity=False).hexdigest()[:10]


def find_incident(state: BrandIncidents, wanted_id: str) -> Incident | None:
    for incident in state.incidents.values():
        if incident.id == wanted_id:
            return incident
    return None


def is_open(incident: Incident) -> bool:
    return incident.state != "resolved"


def merge_mentions(
    kept: tuple[MentionRef, ...], new: tuple[MentionRef, ...]
) -> tuple[MentionRef, ...]:
    """Top mentions by reach, one per mention id; the newer copy wins (its metrics are fresher)."""
    by_id = {m.id: m for m in kept}
    by_id.update((m.id, m) for m in new)
    ranked = sorted(by_id.values(), key=lambda m: (-m.reach, m.id))
    return tuple(ranked[:TOP_MENTIONS])


def member_mentions(members: Iterable[Member]) -> tuple[MentionRef, ...]:
    """The biggest mention of each member, worst and widest first: each group stays visible."""
    ranked = sorted(members, key=lambda m: (-m.severity, -m.reach, m.group))
    out: dict[str, MentionRef] = {}
    for m in ranked:
        if m.mention is not None:
            out.setdefault(m.mention.id, m.mention)
    return tuple(out.values())[:TOP_MENTIONS]


def member_signal(incident: Incident, member: Member) -> Signal:
    """A member as the signal silences are matched against."""
    return Signal(brand=incident.brand, kind=incident.kind, severity=member.severity,
                  at_ms=member.last_ms, title=member.title, group=member.group,
                  mentions=(member.mention,) if member.mention is not None else (),
                  caused_by=member.caused_by)


def _unique(receivers: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(receivers))


@dataclass(frozen=True, slots=True)
class _Route:
    receivers: tuple[str, ...]
    min_level: Severity
    steps: tuple[tuple[int, tuple[str, ...]], ...]  # (after_ms, receivers), in order

    @classmethod
    def of(cls, routing: Routing) -> _Route:
        steps = tuple((parse_duration(s.after), s.receivers) for s in routing.escalation)
        return cls(_unique(routing.receivers), routing.min_level, steps)

    def audience(self, escalation_level: int) -> tuple[str, ...]:
        """Who hears updates and repeats: the first receivers plus every step reached."""
        reached = (r for _, receivers in self.steps[:escalation_level] for r in receivers)
        return _unique((*self.receivers, *reached))


@dataclass(slots=True)
class _Run:
    """One call's working set: the clock, the effects, and which incidents it touched."""

    state: BrandIncidents
    now: int
    outcome: Outcome = field(default_factory=Outcome)
    touched: dict[str, Incident] = field(default_factory=dict)

    def touch(self, incident: Incident) -> None:
        self.touched.setdefault(incident.id, incident)


class IncidentEngine:
    """Stateless rules over `BrandIncidents`; one instance serves every brand of a worker."""

    def __init__(
        self,
        policy: IncidentPolicy,
        routing: Mapping[str, Routing],
        default_routing: Routing,
        brand_names: Mapping[str, str],
        brand_languages: Mapping[str, str],
        business_hours: Mapping[str, BusinessHours] | None = None,
    ) -> None:
        self._group_wait = policy.ms("group_wait")
        self._group_interval = policy.ms("group_interval")
        self._repeat_interval = policy.ms("repeat_interval")
        self._auto_resolve = policy.auto_resolve_ms()
        self._reopen_window = policy.ms("reopen_window")
        self._timeline_limit = policy.timeline_limit
        self._routes = {brand: _Route.of(r) for brand, r in routing.items()}
        self._default_route = _Route.of(default_routing)
        self._brand_names = dict(brand_names)
        self._brand_languages = dict(brand_languages)
        self._grouped = policy.grouped_kinds()
        self._business_kinds = frozenset(policy.business_time_kinds)
        self._clocks = {brand: BusinessClock(h) for brand, h in (business_hours or {}).items()}

    def grouped(self, kind: str) -> bool:
        """One incident per brand for this kind (its groups are members)."""
        return kind in self._grouped

    # ----------------------------------------------------------------- entry points

    def on_signal(self, state: BrandIncidents, signal: Signal, now_ms: int) -> Outcome:
        run = self._begin(state, now_ms)
        self._absorb(run, signal)
        return self._finish(run)

    def on_action(self, state: BrandIncidents, action: Action, now_ms: int) -> Outcome:
        run = self._begin(state, now_ms)
        if not action.id:
            result = ActionResult("invalid", "action needs an id (it is the idempotency key)")
        elif action.id in state.applied_actions:
            result = ActionResult("noop", "duplicate action: already applied", action.incident_id)
        else:
            # Remembered whatever the answer: a redelivered "ack" that was a no-op on a
            # resolved incident must not ack it after it reopened.
            result = self._apply(run, action)
            self._remember(state, action.id)
        outcome = self._finish(run)
        outcome.result = result
        return outcome

    def on_tick(self, state: BrandIncidents, now_ms: int) -> Outcome:
        return self._finish(self._begin(state, now_ms))

    # ----------------------------------------------------------------- call skeleton

    def _begin(self, state: BrandIncidents, now_ms: int) -> _Run:
        """Bring the state up to `now` before applying an input, so results do not depend on
        how often ticks happen to arrive."""
        run = _Run(state, now_ms)
        if silences.prune_expired(state.silences, now_ms):
            run.outcome.silences_changed = True
        self._prune_resolved(state, now_ms)
        self._auto_resolve_due(run)
        return run

    def _finish(self, run: _Run) -> Outcome:
        self._update_mutes(run)
        for incident in list(run.state.incidents.values()):
            self._page_due(run, incident)
        self._prune_counters(run.state)
        run.outcome.changed = [_snapshot(i, None) for i in run.touched.values()]
        return run.outcome

    # ----------------------------------------------------------------- signals

    def _absorb(self, run: _Run, signal: Signal) -> None:
        group = "" if signal.kind in self._grouped else signal.group
        key = group_key(signal.kind, group)
        current = run.state.incidents.get(key)
        if signal.status != "firing":  # news about an open incident only
            if current is not None and is_open(current):
                if signal.status == "resolved":
                    self._clear(run, current, signal)
                else:
                    self._fold(run, current, signal)
            return
        if current is None or (current.state == "resolved" and not self._can_reopen(current, run)):
            self._open(run, signal, key, group)
        elif current.state == "resolved":
            self._reopen(run, current, signal)
        else:
            self._fold(run, current, signal)

    def _can_reopen(self, incident: Incident, run: _Run) -> bool:
        resolved = incident.resolved_ms
        return resolved is not None and run.now - resolved < self._reopen_window

    def _open(self, run: _Run, signal: Signal, key: str, group: str) -> None:
        new_id = self._next_id(run.state, signal, key, group)
        incident = Incident(
            id=new_id,
            brand=signal.brand,
            kind=signal.kind,
            group=group,
            title=signal.title,
            severity=signal.severity,
            state="triggered",
            opened_ms=run.now,
            last_signal_ms=run.now,
            last_signal=signal,
            mentions=merge_mentions((), signal.mentions),
            unverified=signal.unverified,
            timeline=[],
        )
        self._join(incident, signal, run.now)
        run.state.incidents.pop(key, None)  # a resolved predecessor past its reopen window
        run.state.incidents[key] = incident
        self._log(incident, run.now, "state", "opened")
        self._log_signal(incident, signal, run.now)
        run.touch(incident)

    def _reopen(self, run: _Run, incident: Incident, signal: Signal) -> None:
        """Same id, new occurrence: its severity, evidence and clocks start over."""
        incident.state = "triggered"
        incident.occurrence += 1
        incident.opened_ms = run.now
        incident.acked_ms, incident.acked_by = None, ""
        incident.resolved_ms, incident.resolved_by = None, ""
        incident.escalation_level = 0
        incident.notified_severity = None
        incident.severity = signal.severity
        incident.unverified = signal.unverified
        incident.mentions = merge_mentions((), signal.mentions)
        incident.members = ()
        incident.signal_count += 1
        self._record_signal(incident, signal, run.now)
        self._join(incident, signal, run.now)
        self._log(incident, run.now, "state", f"reopened (occurrence {incident.occurrence})")
        self._log_signal(incident, signal, run.now)
        run.touch(incident)

    def _fold(self, run: _Run, incident: Incident, signal: Signal) -> None:
        incident.signal_count += 1
        incident.severity = max(incident.severity, signal.severity)
        incident.unverified = incident.unverified and signal.unverified
        incident.mentions = merge_mentions(() if signal.snapshot else incident.mentions,
                                           signal.mentions)
        self._record_signal(incident, signal, run.now)
        self._join(incident, signal, run.now)
        self._log_signal(incident, signal, run.now)
        run.touch(incident)

    def _clear(self, run: _Run, incident: Incident, signal: Signal) -> None:
        """The detector says a condition ended: a member leaves, or the incident resolves."""
        if self._member_mode(incident, signal):
            kept = tuple(m for m in incident.members if m.group != signal.group)
            if len(kept) == len(incident.members):
                return  # not (or no longer) a member
            incident.members = kept
            incident.mentions = member_mentions(kept)
            incident.last_signal_ms = run.now
            self._log(incident, run.now, "signal", f"cleared: {signal.title} ({signal.group})")
            run.touch(incident)
            if kept:
                incident.title = self._group_title(incident, kept[-1].title)
                return
        else:
            incident.signal_count += 1
            incident.mentions = merge_mentions((), signal.mentions)
            self._record_signal(incident, signal, run.now)
            self._log_signal(incident, signal, run.now)
        self._log(incident, run.now, "state", "resolved: the condition cleared")
        self._resolve(run, incident, CLEARED)

    @staticmethod
    def _record_signal(incident: Incident, signal: Signal, now: int) -> None:
        incident.last_signal = signal
        incident.last_signal_ms = now
        incident.title = signal.title

    # ----------------------------------------------------------------- members

    def _member_mode(self, incident: Incident, signal: Signal) -> bool:
        return bool(signal.group) and incident.kind in self._grouped and not incident.group

    def _join(self, incident: Incident, signal: Signal, now: int) -> None:
        """A grouped incident's member for the signal's group: added, or updated in place."""
        if not self._member_mode(incident, signal):
            return
        best = max(signal.mentions, key=lambda m: (m.reach, m.id)) if signal.mentions else None
        members = list(incident.members)
        index = next((i for i, m in enumerate(members) if m.group == signal.group), None)
        if index is None:
            member = Member(group=signal.group, severity=signal.severity, title=signal.title,
                            first_ms=now, last_ms=now, reach=signal.reach,
                            caused_by=signal.caused_by, mention=best)
        else:
            old = members.pop(index)
            member = msgspec.structs.replace(
                old, severity=max(old.severity, signal.severity), title=signal.title,
                last_ms=now, signals=old.signals + 1, reach=max(old.reach, signal.reach),
                caused_by=signal.caused_by if signal.caused_by is not None else old.caused_by,
                mention=best or old.mention)
        if len(members) >= MAX_MEMBERS:
            members.remove(min(members, key=lambda m: (m.severity, m.last_ms, m.group)))
        members.append(member)
        incident.members = tuple(members)
        incident.mentions = member_mentions(members)
        incident.title = self._group_title(incident, signal.title)

    @staticmethod
    def _group_title(incident: Incident, title: str) -> str:
        others = len(incident.members) - 1
        return f"{title} (+{others} more)" if others > 0 else title

    def _log_signal(self, incident: Incident, signal: Signal, now: int) -> None:
        text = f"{signal.severity.label}: {signal.title}"
        if signal.reach:
            text += f" (reach {signal.reach})"
        if signal.unverified:
            text += " [unverified]"
        self._log(incident, now, "signal", text)

    def _next_id(self, state: BrandIncidents, signal: Signal, key: str, group: str) -> str:
        """n counts the group's incidents; a folded counter restarts above the floor, and a
        hash clash with a live incident is stepped over, so ids are never reused."""
        n = state.counters.pop(key, state.counters.get(_ID_FLOOR, 0)) + 1
        live = {i.id for i in state.incidents.values()}
        while (new_id := incident_id(signal.brand, signal.kind, group, n)) in live:
            n += 1
        state.counters[key] = n  # re-inserted last: recently used counters survive pruning
        return new_id

    # ----------------------------------------------------------------- actions

    def _apply(self, run: _Run, action: Action) -> ActionResult:
        if action.kind == "silence" and (action.silence is not None or not action.incident_id):
            return self._add_silence(run, action)
        if action.kind == "unsilence":
            return self._remove_silence(run, action)
        if not action.incident_id:
            return ActionResult("invalid", f"{action.kind} needs an incident_id")
        incident = find_incident(run.state, action.incident_id)
        if incident is None or brand_of(action.incident_id) != action.brand:
            return ActionResult("not_found", "no such incident", action.incident_id)
        if action.kind == "silence":
            return self._silence_incident(run, incident, action)
        if action.kind == "note":
            return self._note(run, incident, action)
        stale = action.occurrence is not None and action.occurrence != incident.occurrence
        if stale and action.kind in ("ack", "resolve"):
            return ActionResult("noop", f"stale: sent for occurrence {action.occurrence}, the "
                                f"incident is now at occurrence {incident.occurrence}",
                                incident.id)
        if action.kind == "ack":
            return self._ack(run, incident, action)
        if action.kind == "resolve":
            return self._resolve_by_hand(run, incident, action)
        return ActionResult("invalid", f"unknown action kind {action.kind!r}")

    def _ack(self, run: _Run, incident: Incident, action: Action) -> ActionResult:
        if incident.state == "resolved":
            return ActionResult("noop", "already resolved", incident.id)
        if incident.state == "acknowledged":
            return ActionResult("noop", f"already acknowledged by {incident.acked_by}", incident.id)
        incident.state = "acknowledged"
        incident.acked_ms, incident.acked_by = run.now, action.by
        self._log_action(incident, action, "acknowledged", run.now)
        self._notify(run, incident, "acknowledge", incident.notified_receivers)
        run.touch(incident)
        return ActionResult("ok", "acknowledged", incident.id)

    def _resolve_by_hand(self, run: _Run, incident: Incident, action: Action) -> ActionResult:
        if incident.state == "resolved":
            return ActionResult("noop", "already resolved", incident.id)
        self._log_action(incident, action, "resolved", run.now)
        self._resolve(run, incident, action.by)
        return ActionResult("ok", "resolved", incident.id)

    def _note(self, run: _Run, incident: Incident, action: Action) -> ActionResult:
        if not action.text.strip():
            return ActionResult("invalid", "a note needs text", incident.id)
        self._log(incident, run.now, "note", action.text, action.by)
        run.touch(incident)
        return ActionResult("ok", "note added", incident.id)

    def _add_silence(self, run: _Run, action: Action) -> ActionResult:
        silence = action.silence
        if silence is None:
            return ActionResult("invalid", "silence action needs a silence or an incident_id")
        error = silences.validation_error(silence, action.brand, run.now)
        if error is not None:
            return ActionResult("invalid", error)
        stored = run.state.silences
        index = next((i for i, s in enumerate(stored) if s.id == silence.id), None)
        if index is not None:
            stored[index] = silence
            run.outcome.silences_changed = True
            return ActionResult("ok", f"silence {silence.id} updated", silence_id=silence.id)
        if len(stored) >= silences.MAX_SILENCES:
            return ActionResult("invalid", f"too many silences (max {silences.MAX_SILENCES})")
        stored.append(silence)
        run.outcome.silences_changed = True
        return ActionResult("ok", f"silence {silence.id} created", silence_id=silence.id)

    def _silence_incident(self, run: _Run, incident: Incident, action: Action) -> ActionResult:
        """Silence the incident's (brand, kind, group) from now: chat buttons cannot carry a
        long group, and the engine knows it anyway. `text` is the duration, "" for 1h."""
        try:
            duration = parse_duration(action.text) if action.text.strip() else DEFAULT_SILENCE_MS
        except ValueError as exc:
            return ActionResult("invalid", str(exc), incident.id)
        if not 0 < duration <= MAX_SILENCE_MS:
            return ActionResult("invalid", f"silence duration must be above 0 and at most "
                                f"{format_duration(MAX_SILENCE_MS)}", incident.id)
        silence = Silence(
            id=silence_id_for(action.id), starts_ms=run.now, ends_ms=run.now + duration,
            brand=incident.brand, kind=incident.kind,
            group=None if incident.kind in self._grouped else incident.group,
            created_by=action.by,
            comment=f"{format_duration(duration)} from {action.via}, incident {incident.id}")
        stored = msgspec.structs.replace(action, silence=silence)
        result = self._add_silence(run, stored)
        return msgspec.structs.replace(result, incident_id=incident.id)

    def _remove_silence(self, run: _Run, action: Action) -> ActionResult:
        if not action.silence_id:
            return ActionResult("invalid", "unsilence needs a silence_id")
        stored = run.state.silences
        kept = [s for s in stored if s.id != action.silence_id]
        if len(kept) == len(stored):
            return ActionResult("not_found", f"no active silence {action.silence_id}",
                                silence_id=action.silence_id)
        stored[:] = kept
        run.outcome.silences_changed = True
        return ActionResult("ok", f"silence {action.silence_id} removed",
                            silence_id=action.silence_id)

    def _log_action(self, incident: Incident, action: Action, verb: str, now: int) -> None:
        text = f"{verb} via {action.via}"
        if action.text:
            text += f": {action.text}"
        self._log(incident, now, "action", text, action.by)

    @staticmethod
    def _remember(state: BrandIncidents, action_id: str) -> None:
        state.applied_actions.append(action_id)
        if len(state.applied_actions) > ACTION_MEMORY:
            del state.applied_actions[: len(state.applied_actions) - ACTION_MEMORY]

    # ----------------------------------------------------------------- lifecycle

    def _resolve(self, run: _Run, incident: Incident, by: str) -> None:
        """Closing always reaches everyone ever paged, muted or not: a page nobody closes
        stays open in PagerDuty and Slack forever."""
        incident.state = "resolved"
        incident.resolved_ms, incident.resolved_by = run.now, by
        run.state.paged_ms.pop(incident.id, None)
        self._notify(run, incident, "resolve", incident.notified_receivers)
        run.touch(incident)

    def _auto_resolve_due(self, run: _Run) -> None:
        default = self._auto_resolve[""]
        for incident in list(run.state.incidents.values()):
            quiet_ms = self._auto_resolve.get(incident.kind, default)
            if quiet_ms <= 0:  # "0s" disables auto-resolve
                continue
            if is_open(incident) and run.now - incident.last_signal_ms >= quiet_ms:
                quiet = format_duration(run.now - incident.last_signal_ms)
                self._log(incident, run.now, "state", f"auto-resolved: no signal for {quiet}")
                self._resolve(run, incident, AUTO_RESOLVER)

    def _prune_resolved(self, state: BrandIncidents, now: int) -> None:
        """Past the reopen window a recurrence is a new incident anyway: forget the old one."""
        for key, incident in list(state.incidents.items()):
            resolved = incident.resolved_ms
            if resolved is not None and now - resolved >= self._reopen_window:
                del state.incidents[key]
                state.paged_ms.pop(incident.id, None)

    @staticmethod
    def _prune_counters(state: BrandIncidents) -> None:
        """Keep at most COUNTER_LIMIT counters; folded ones raise the floor so ids stay unique."""
        counters = state.counters
        excess = len(counters) - (_ID_FLOOR in counters) - COUNTER_LIMIT
        if excess <= 0:
            return
        floor = counters.get(_ID_FLOOR, 0)
        for key in list(counters):
            if excess <= 0:
                break
            if key == _ID_FLOOR or key in state.incidents:
                continue
            floor = max(floor, counters.pop(key))
            excess -= 1
        counters[_ID_FLOOR] = floor

    # ----------------------------------------------------------------- muting

    def _update_mutes(self, run: _Run) -> None:
        """Silences and inhibition are re-derived every call from the current evidence, so a
        new, expired or removed silence, or a story closing, takes effect without a signal."""
        incidents = run.state.incidents.values()
        for incident in incidents:
            if is_open(incident):
                self._set_silenced(run, incident)
        for incident in incidents:
            if is_open(incident):
                self._set_inhibited(run, incident, incidents)

    def _set_silenced(self, run: _Run, incident: Incident) -> None:
        silence = self._silence_for(run, incident)
        silenced_by = silence.id if silence is not None else None
        if silenced_by == incident.silenced_by:
            return
        if silence is not None:
            who = f" ({silence.created_by})" if silence.created_by else ""
            self._log(incident, run.now, "state", f"silenced by {silence.id}{who}")
        else:
            self._log(incident, run.now, "state", f"silence {incident.silenced_by} lifted")
        incident.silenced_by = silenced_by
        run.touch(incident)

    @staticmethod
    def _silence_for(run: _Run, incident: Incident) -> Silence | None:
        """The silence muting the incident: its last signal's, or, grouped, one matching every
        member (the first member's, so the answer is stable)."""
        stored = run.state.silences
        if not stored:
            return None
        if not incident.members:
            signal = incident.last_signal
            return silences.first_match(stored, signal, run.now) if signal is not None else None
        first: Silence | None = None
        for member in incident.members:
            found = silences.first_match(stored, member_signal(incident, member), run.now)
            if found is None:
                return None
            first = first or found
        return first

    def _set_inhibited(
        self, run: _Run, incident: Incident, incidents: Iterable[Incident]
    ) -> None:
        inhibitor = inhibition.inhibitor_for(incident, incidents)
        inhibited_by = inhibitor.id if inhibitor is not None else None
        if inhibited_by == incident.inhibited_by:
            return
        if inhibited_by is not None:
            self._log(incident, run.now, "state", f"inhibited by {inhibited_by}")
        else:
            self._log(incident, run.now, "state", f"no longer inhibited by {incident.inhibited_by}")
        incident.inhibited_by = inhibited_by
        run.touch(incident)

    # ----------------------------------------------------------------- paging

    def _route(self, brand: str) -> _Route:
        return self._routes.get(brand, self._default_route)

    def _page_due(self, run: _Run, incident: Incident) -> None:
        """At most one trigger/update/repeat per incident per call, then any due escalation."""
        if not is_open(incident) or incident.silenced_by or incident.inhibited_by:
            return
        route = self._route(incident.brand)
        if incident.severity < route.min_level:
            return
        audience = route.audience(incident.escalation_level)
        if incident.notified_severity is None:
            if run.now - incident.opened_ms >= self._group_wait:
                run.state.paged_ms[incident.id] = run.now
                self._page(run, incident, "trigger", route.receivers)
        elif incident.severity > incident.notified_severity:
            if self._since_page(run, incident) >= self._group_interval:
                self._page(run, incident, "update", audience)
        elif incident.state == "triggered" and self._repeat_due(run, incident):
            self._page(run, incident, "repeat", audience)
        self._escalate_due(run, incident, route)

    @staticmethod
    def _last_page_ms(incident: Incident) -> int:
        return incident.notified_ms if incident.notified_ms is not None else incident.opened_ms

    def _since_page(self, run: _Run, incident: Incident) -> int:
        return run.now - self._last_page_ms(incident)

    def _repeat_due(self, run: _Run, incident: Incident) -> bool:
        interval = self._repeat_interval  # "0s" disables repeats
        if interval <= 0:
            return False
        clock = self._clocks.get(incident.brand) if incident.kind in self._business_kinds \
            else None
        if clock is None:
            return self._since_page(run, incident) >= interval
        return clock.elapsed(self._last_page_ms(incident), run.now) >= interval

    def _page(
        self, run: _Run, incident: Incident, event: NotificationEvent, receivers: tuple[str, ...]
    ) -> None:
        """A page to the audience; `notified_*` track it for group_interval, repeat and for
        what severity people last heard (so a rise is never swallowed)."""
        incident.notified_ms = run.now
        incident.notified_severity = incident.severity
        self._notify(run, incident, event, receivers)
        run.touch(incident)

    def _escalate_due(self, run: _Run, incident: Incident, route: _Route) -> None:
        """Each step once, measured from the first page; escalation pages do not move the
        audience's clocks (`notified_*`), so a pending update still reaches everyone."""
        first_page = run.state.paged_ms.get(incident.id)
        if incident.state != "triggered" or first_page is None:
            return
        while incident.escalation_level < len(route.steps):
            after_ms, receivers = route.steps[incident.escalation_level]
            if run.now - first_page < after_ms:
                return
            incident.escalation_level += 1
            self._log(incident, run.now, "state", f"escalated to level {incident.escalation_level}")
            self._notify(run, incident, "escalate", _unique(receivers))
            run.touch(incident)

    def _notify(
        self, run: _Run, incident: Incident, event: NotificationEvent, receivers: tuple[str, ...]
    ) -> None:
        if not receivers:
            return
        incident.seq += 1
        incident.notified_receivers = _unique((*incident.notified_receivers, *receivers))
        self._log(incident, run.now, "notification", f"{event} sent to {', '.join(receivers)}")
        run.outcome.notifications.append(
            Notification(
                key=f"{incident.id}:{incident.seq}",
                event=event,
                incident=_snapshot(incident, SNAPSHOT_TIMELINE),
                receivers=receivers,
                at_ms=run.now,
                language=self._brand_languages.get(incident.brand, "en"),
                brand_name=self._brand_names.get(incident.brand, incident.brand),
            )
        )
        run.touch(incident)

    # ----------------------------------------------------------------- timeline

    def _log(self, incident: Incident, now: int, kind: str, text: str, by: str = "") -> None:
        incident.timeline.append(TimelineEntry(at_ms=now, kind=kind, text=text, by=by))
        if len(incident.timeline) > self._timeline_limit:
            _drop_one(incident.timeline)


def _drop_one(timeline: list[TimelineEntry]) -> None:
    """Signals are the most repetitive and least decisive entries; actions and notes (who did
    what) go last."""
    for kind in _TRIM_ORDER:
        for index, entry in enumerate(timeline):
            if entry.kind == kind:
                del timeline[index]
                return
    del timeline[0]


def _snapshot(incident: Incident, timeline_tail: int | None) -> Incident:
    """A copy later mutation cannot reach (the timeline list is the only mutable part)."""
    timeline = incident.timeline if timeline_tail is None else incident.timeline[-timeline_tail:]
    return msgspec.structs.replace(incident, timeline=list(timeline))
