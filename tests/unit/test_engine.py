from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alerts import engine as engine_module
from alerts.engine import (
    ACTION_MEMORY,
    AUTO_RESOLVER,
    SNAPSHOT_TIMELINE,
    BrandIncidents,
    IncidentEngine,
    Outcome,
    brand_of,
    group_key,
    incident_id,
    member_signal,
    mtta_ms,
    mttr_ms,
)
from alerts.model import Action, Incident, Notification, Silence
from alerts.policy import EscalationStep, IncidentPolicy, Routing
from alerts.silences import matches
from detectors.config import BusinessHours
from detectors.model import MentionRef, Severity, Signal

pytestmark = pytest.mark.unit

T0 = 1_700_000_000_000
SEC = 1_000
MIN = 60 * SEC
HOUR = 60 * MIN
BRAND = "acme"
SLACK = ("slack-pr",)
PAGING_EVENTS = {"trigger", "update", "repeat", "escalate"}


# ---------------------------------------------------------------- builders


def make_engine(
    *,
    group_wait: str = "0s",
    group_interval: str = "1m",
    repeat_interval: str = "4h",
    auto_resolve: str = "30m",
    reopen_window: str = "1h",
    timeline_limit: int = 200,
    routing: Mapping[str, Routing] | None = None,
    default: Routing | None = None,
) -> IncidentEngine:
    policy = IncidentPolicy(
        group_wait=group_wait,
        group_interval=group_interval,
        repeat_interval=repeat_interval,
        auto_resolve=auto_resolve,
        reopen_window=reopen_window,
        timeline_limit=timeline_limit,
    )
    return IncidentEngine(
        policy,
        routing if routing is not None else {},
        default if default is not None else Routing(receivers=SLACK),
        brand_names={BRAND: "ACME Burgers", "globex": "Globex"},
        brand_languages={BRAND: "ru"},
    )


def mention(mid: str, reach: int = 0, author: str = "bob", text: str = "cold soup") -> MentionRef:
    return MentionRef(id=mid, source="x", url=f"https://x.test/{mid}", text=text, author=author,
                      lang="en", reach=reach)


def sig(
    kind: str = "negative_spike",
    group: str = "",
    severity: Severity = Severity.ERROR,
    **overrides: Any,
) -> Signal:
    fields: dict[str, Any] = {
        "brand": BRAND, "kind": kind, "group": group, "severity": severity, "at_ms": T0,
        "title": f"{kind} {group}".strip(),
    }
    fields.update(overrides)
    return Signal(**fields)


def act(kind: str, action_id: str, incident: str | None = None, **overrides: Any) -> Action:
    fields: dict[str, Any] = {
        "id": action_id, "kind": kind, "brand": BRAND, "at_ms": T0, "by": "alice",
        "via": "slack", "incident_id": incident,
    }
    fields.update(overrides)
    return Action(**fields)


def silence_action(action_id: str, **silence_fields: Any) -> Action:
    fields: dict[str, Any] = {"id": "sil", "starts_ms": T0, "ends_ms": T0 + HOUR,
                              "created_by": "alice", "comment": "known issue"}
    fields.update(silence_fields)
    return act("silence", action_id, silence=Silence(**fields))


def events(outcome: Outcome) -> list[str]:
    return [n.event for n in outcome.notifications]


def only(outcome: Outcome) -> Notification:
    assert len(outcome.notifications) == 1, events(outcome)
    return outcome.notifications[0]


def the_incident(state: BrandIncidents, kind: str = "negative_spike", group: str = "") -> Incident:
    return state.incidents[group_key(kind, group)]


def encode(value: object) -> bytes:
    return msgspec.msgpack.encode(value)


# ---------------------------------------------------------------- ids and helpers


def test_incident_id_format_and_brand_of() -> None:
    digest = hashlib.sha1(b"story-1").hexdigest()[:12]
    iid = incident_id("acme", "viral_story", "story-1", 3)
    assert iid == f"acme.viral_story.{digest}.3"
    assert brand_of(iid) == "acme"
    assert incident_id("acme", "volume_spike", "", 1) != incident_id("acme", "volume_spike", "x", 1)


def test_mtta_and_mttr_per_occurrence() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    assert mtta_ms(inc) is None and mttr_ms(inc) is None
    engine.on_action(state, act("ack", "a1", inc.id), T0 + 90 * SEC)
    engine.on_action(state, act("resolve", "r1", inc.id), T0 + 10 * MIN)
    assert mtta_ms(inc) == 90 * SEC
    assert mttr_ms(inc) == 10 * MIN
    engine.on_signal(state, sig(), T0 + 20 * MIN)  # reopened: the clocks restart
    assert inc.occurrence == 2
    assert mtta_ms(inc) is None and mttr_ms(inc) is None
    engine.on_action(state, act("ack", "a2", inc.id), T0 + 21 * MIN)
    assert mtta_ms(inc) == 1 * MIN


# ---------------------------------------------------------------- first page, dedup


def test_first_signal_pages_at_once_with_zero_group_wait() -> None:
    engine, state = make_engine(), BrandIncidents()
    out = engine.on_signal(state, sig(title="Negative mentions x5"), T0)
    note = only(out)
    inc = the_incident(state)
    assert note.event == "trigger"
    assert note.key == f"{inc.id}:1"
    assert inc.id == incident_id(BRAND, "negative_spike", "", 1)
    assert note.receivers == SLACK
    assert note.language == "ru"
    assert note.brand_name == "ACME Burgers"
    assert note.at_ms == T0
    assert note.incident.title == "Negative mentions x5"
    assert note.incident.state == "triggered"
    assert inc.notified_receivers == SLACK
    assert inc.notified_ms == T0 and inc.notified_severity == Severity.ERROR
    assert [c.id for c in out.changed] == [inc.id]
    assert out.result is None


def test_unknown_brand_gets_defaults_for_name_and_language() -> None:
    engine, state = make_engine(), BrandIncidents()
    note = only(engine.on_signal(state, sig(brand="initech"), T0))
    assert note.language == "en"
    assert note.brand_name == "initech"


def test_repeated_signals_fold_into_one_incident_without_new_pages() -> None:
    engine, state = make_engine(), BrandIncidents()
    first = engine.on_signal(state, sig(title="first"), T0)
    second = engine.on_signal(state, sig(title="second"), T0 + 10 * SEC)
    third = engine.on_signal(state, sig(title="third", at_ms=T0 + 1), T0 + 20 * SEC)
    assert events(first) == ["trigger"]
    assert second.notifications == [] and third.notifications == []
    assert len(state.incidents) == 1
    inc = the_incident(state)
    assert inc.signal_count == 3
    assert inc.title == "third"
    assert inc.last_signal is not None and inc.last_signal.at_ms == T0 + 1
    assert inc.last_signal_ms == T0 + 20 * SEC
    assert inc.opened_ms == T0
    assert [c.id for c in third.changed] == [inc.id]


def test_different_groups_and_kinds_are_different_incidents() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig("viral_story", "s1"), T0)
    engine.on_signal(state, sig("viral_story", "s2"), T0)
    engine.on_signal(state, sig("complaint_sla", "s1"), T0)
    ids = {inc.id for inc in state.incidents.values()}
    assert len(ids) == 3


def test_mentions_keep_top_five_by_reach_dedup_by_id_newest_copy_wins() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(mentions=tuple(mention(f"m{i}", reach=i) for i in range(4))), T0)
    engine.on_signal(state, sig(mentions=(mention("m0", reach=100), mention("m9", reach=2),
                                          mention("m8", reach=50))), T0 + SEC)
    inc = the_incident(state)
    assert [(m.id, m.reach) for m in inc.mentions] == [
        ("m0", 100), ("m8", 50), ("m3", 3), ("m2", 2), ("m9", 2),
    ]


def test_unverified_while_every_signal_is_unverified() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(unverified=True), T0)
    assert the_incident(state).unverified
    engine.on_signal(state, sig(unverified=True), T0 + SEC)
    assert the_incident(state).unverified
    assert "[unverified]" in the_incident(state).timeline[-1].text
    engine.on_signal(state, sig(unverified=False), T0 + 2 * SEC)
    assert not the_incident(state).unverified
    engine.on_signal(state, sig(unverified=True), T0 + 3 * SEC)
    assert not the_incident(state).unverified


# ---------------------------------------------------------------- severity


def test_severity_up_inside_group_interval_is_sent_when_it_ends() -> None:
    engine, state = make_engine(group_interval="1m"), BrandIncidents()
    engine.on_signal(state, sig(severity=Severity.WARNING), T0)
    louder = engine.on_signal(state, sig(severity=Severity.CRITICAL), T0 + 10 * SEC)
    assert louder.notifications == []
    assert the_incident(state).severity == Severity.CRITICAL
    assert engine.on_tick(state, T0 + MIN - 1).notifications == []
    note = only(engine.on_tick(state, T0 + MIN))
    assert note.event == "update"
    assert note.incident.severity == Severity.CRITICAL
    assert note.key.endswith(":2")
    assert engine.on_tick(state, T0 + 2 * MIN).notifications == []


def test_severity_up_after_group_interval_updates_at_once() -> None:
    engine, state = make_engine(group_interval="1m"), BrandIncidents()
    engine.on_signal(state, sig(severity=Severity.WARNING), T0)
    note = only(engine.on_signal(state, sig(severity=Severity.ERROR), T0 + 2 * MIN))
    assert note.event == "update"
    assert note.incident.severity == Severity.ERROR


def test_two_rises_inside_one_interval_give_one_update_at_the_max() -> None:
    engine, state = make_engine(group_interval="5m"), BrandIncidents()
    engine.on_signal(state, sig(severity=Severity.WARNING), T0)
    engine.on_signal(state, sig(severity=Severity.ERROR), T0 + MIN)
    engine.on_signal(state, sig(severity=Severity.CRITICAL), T0 + 2 * MIN)
    out = engine.on_tick(state, T0 + 5 * MIN)
    assert events(out) == ["update"]
    assert out.notifications[0].incident.severity == Severity.CRITICAL


def test_severity_never_goes_down_and_lower_signals_do_not_page() -> None:
    engine, state = make_engine(group_interval="0s"), BrandIncidents()
    engine.on_signal(state, sig(severity=Severity.CRITICAL), T0)
    out = engine.on_signal(state, sig(severity=Severity.WARNING), T0 + 5 * MIN)
    assert out.notifications == []
    assert the_incident(state).severity == Severity.CRITICAL
    assert engine.on_tick(state, T0 + 10 * MIN).notifications == []


def test_severity_rise_after_ack_still_updates() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(severity=Severity.WARNING), T0)
    engine.on_action(state, act("ack", "a1", the_incident(state).id), T0 + MIN)
    note = only(engine.on_signal(state, sig(severity=Severity.CRITICAL), T0 + 5 * MIN))
    assert note.event == "update"
    assert note.incident.state == "acknowledged"


# ---------------------------------------------------------------- group_wait


def test_group_wait_folds_signals_into_the_first_page() -> None:
    engine, state = make_engine(group_wait="30s"), BrandIncidents()
    assert engine.on_signal(state, sig(severity=Severity.WARNING), T0).notifications == []
    louder = engine.on_signal(state, sig(severity=Severity.CRITICAL), T0 + 10 * SEC)
    assert louder.notifications == []
    assert engine.on_tick(state, T0 + 30 * SEC - 1).notifications == []
    note = only(engine.on_tick(state, T0 + 30 * SEC))
    assert note.event == "trigger"
    assert note.key.endswith(":1")
    assert note.incident.severity == Severity.CRITICAL
    assert note.incident.signal_count == 2
    assert engine.on_tick(state, T0 + 40 * SEC).notifications == []


def test_group_wait_page_can_be_carried_by_a_signal_instead_of_a_tick() -> None:
    engine, state = make_engine(group_wait="30s"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    assert events(engine.on_signal(state, sig(), T0 + 31 * SEC)) == ["trigger"]


# ---------------------------------------------------------------- repeat


def test_repeat_interval_repages_open_unacknowledged_incidents() -> None:
    engine, state = make_engine(repeat_interval="1h", auto_resolve="0s"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    assert engine.on_tick(state, T0 + HOUR - 1).notifications == []
    first = only(engine.on_tick(state, T0 + HOUR))
    assert first.event == "repeat"
    assert first.receivers == SLACK
    assert engine.on_tick(state, T0 + HOUR + 30 * MIN).notifications == []
    assert events(engine.on_tick(state, T0 + 2 * HOUR)) == ["repeat"]


def test_complaint_backlog_repeats_count_the_brands_business_hours_only() -> None:
    """T0 is Tuesday 22:13 UTC: the backlog's repeat waits for an hour of Wednesday's
    09:00-18:00; a volume spike repeats through the night as before."""
    engine = IncidentEngine(IncidentPolicy(repeat_interval="1h", auto_resolve="0s"), {},
                            Routing(receivers=SLACK), {BRAND: "ACME"}, {BRAND: "ru"},
                            business_hours={BRAND: BusinessHours(tz="UTC", start="09:00",
                                                                 end="18:00")})
    state = BrandIncidents()
    engine.on_signal(state, sig("complaint_sla", severity=Severity.WARNING), T0)
    engine.on_signal(state, sig(), T0)
    wednesday_ten = T0 + 11 * HOUR + 46 * MIN + 40 * SEC

    def repeated(at: int) -> list[str]:
        return [n.incident.kind for n in engine.on_tick(state, at).notifications]

    for hour in range(1, 12):  # the night and Wednesday's first hour
        assert repeated(T0 + hour * HOUR) == ["negative_spike"]
    assert repeated(wednesday_ten - SEC) == []
    assert repeated(wednesday_ten) == ["complaint_sla"]


def test_business_time_kinds_are_checked() -> None:
    with pytest.raises(ValueError, match="business_time_kinds"):
        IncidentPolicy(business_time_kinds=("complaints",))


def test_acknowledged_incidents_are_not_repeated() -> None:
    engine, state = make_engine(repeat_interval="1h", auto_resolve="0s"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    engine.on_action(state, act("ack", "a1", the_incident(state).id), T0 + MIN)
    assert engine.on_tick(state, T0 + 5 * HOUR).notifications == []


# ---------------------------------------------------------------- auto-resolve


def test_auto_resolve_after_quiet_time_notifies_everyone_ever_notified() -> None:
    routing = Routing(receivers=SLACK, escalation=(EscalationStep(after="5m", receivers=("pd",)),))
    engine, state = make_engine(auto_resolve="30m", default=routing), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    assert events(engine.on_tick(state, T0 + 5 * MIN)) == ["escalate"]
    engine.on_signal(state, sig(), T0 + 10 * MIN)  # the quiet period restarts
    assert engine.on_tick(state, T0 + 40 * MIN - 1).notifications == []
    out = engine.on_tick(state, T0 + 40 * MIN)
    note = only(out)
    inc = the_incident(state)
    assert note.event == "resolve"
    assert note.receivers == ("slack-pr", "pd")
    assert inc.state == "resolved"
    assert inc.resolved_by == AUTO_RESOLVER
    assert inc.resolved_ms == T0 + 40 * MIN
    assert [c.id for c in out.changed] == [inc.id]
    assert any("auto-resolved" in e.text for e in inc.timeline)


def test_acknowledged_incident_auto_resolves_too() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    engine.on_action(state, act("ack", "a1", the_incident(state).id), T0 + MIN)
    assert events(engine.on_tick(state, T0 + 30 * MIN)) == ["resolve"]


def test_never_paged_incident_resolves_silently() -> None:
    engine, state = make_engine(group_wait="1h"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    out = engine.on_tick(state, T0 + 30 * MIN)
    assert out.notifications == []
    assert the_incident(state).state == "resolved"


def test_auto_resolve_zero_disables_it() -> None:
    engine, state = make_engine(auto_resolve="0s", repeat_interval="0s"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    assert engine.on_tick(state, T0 + 30 * 24 * HOUR).notifications == []
    assert the_incident(state).state == "triggered"


def test_unanswered_complaints_do_not_resolve_after_the_default_quiet_time() -> None:
    """A backlog gets no news over a weekend; the detector resolves it when it is empty, the
    engine after a week of quiet at the latest (the default for complaint_sla)."""
    engine, state = make_engine(auto_resolve="30m", repeat_interval="0s"), BrandIncidents()
    engine.on_signal(state, sig(kind="complaint_sla"), T0)
    engine.on_signal(state, sig(kind="complaint_escalation", group="t1"), T0)
    engine.on_signal(state, sig(kind="watched_account", group="ceo"), T0)
    out = engine.on_tick(state, T0 + 2 * HOUR)
    assert events(out) == ["resolve"]  # only the watched account's post
    assert events(engine.on_tick(state, T0 + 24 * HOUR)) == ["resolve"]  # the escalation
    assert the_incident(state, "complaint_sla").state == "triggered"
    assert events(engine.on_tick(state, T0 + 7 * 24 * HOUR)) == ["resolve"]
    assert the_incident(state, "complaint_sla").state == "resolved"


def test_a_viral_story_between_waves_stays_open_so_its_next_wave_is_not_a_new_page() -> None:
    """A story quiet for 40 minutes early in a crisis (its other posts not yet joined) used to
    resolve after 30 and page again at the next wave; it stays open two hours by default."""
    engine, state = make_engine(auto_resolve="30m", repeat_interval="0s"), BrandIncidents()
    engine.on_signal(state, sig(kind="viral_story", group="s1", severity=Severity.WARNING), T0)
    assert events(engine.on_tick(state, T0 + 40 * MIN)) == []
    out = engine.on_signal(state, sig(kind="viral_story", group="s1"), T0 + 41 * MIN)
    assert events(out) == ["update"]  # the same incident, its severity risen
    assert events(engine.on_tick(state, T0 + 41 * MIN + 2 * HOUR)) == ["resolve"]


def test_auto_resolve_kinds_set_in_the_config_keep_the_other_defaults() -> None:
    policy = IncidentPolicy(auto_resolve="30m", auto_resolve_kinds={"influencer_negative": "2h"})
    assert policy.auto_resolve_ms() == {"complaint_sla": 7 * 24 * HOUR,
                                        "complaint_escalation": 24 * HOUR,
                                        "viral_story": 2 * HOUR,
                                        "influencer_negative": 2 * HOUR, "": 30 * MIN}


def test_auto_resolve_per_kind_is_validated() -> None:
    with pytest.raises(ValueError, match=r"auto_resolve_kinds\.watched_account"):
        IncidentPolicy(auto_resolve_kinds={"watched_account": "soon"})


def test_late_signal_without_ticks_resolves_first_then_reopens() -> None:
    """Results must not depend on how often ticks arrive."""
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    out = engine.on_signal(state, sig(), T0 + 45 * MIN)
    assert events(out) == ["resolve", "trigger"]
    assert the_incident(state).occurrence == 2


# ---------------------------------------------------------------- reopen


def test_reopen_within_window_keeps_id_and_pages_again() -> None:
    engine, state = make_engine(reopen_window="1h"), BrandIncidents()
    engine.on_signal(state, sig(severity=Severity.CRITICAL), T0)
    inc = the_incident(state)
    engine.on_action(state, act("ack", "a1", inc.id), T0 + MIN)
    engine.on_action(state, act("resolve", "r1", inc.id), T0 + 2 * MIN)
    out = engine.on_signal(state, sig(severity=Severity.WARNING), T0 + 2 * MIN + HOUR - 1)
    note = only(out)
    assert note.event == "trigger"
    assert note.key == f"{inc.id}:4"  # trigger, acknowledge, resolve, trigger
    assert the_incident(state) is inc
    assert inc.state == "triggered"
    assert inc.occurrence == 2
    assert inc.acked_ms is None and inc.resolved_ms is None and inc.acked_by == ""
    assert inc.severity == Severity.WARNING  # a new occurrence starts from its own evidence
    assert inc.opened_ms == T0 + 2 * MIN + HOUR - 1
    assert inc.signal_count == 2
    assert any("reopened" in e.text for e in inc.timeline)


def test_signal_after_reopen_window_opens_new_incident_with_next_number() -> None:
    engine, state = make_engine(reopen_window="1h"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    old_id = the_incident(state).id
    engine.on_action(state, act("resolve", "r1", old_id), T0 + MIN)
    note = only(engine.on_signal(state, sig(), T0 + MIN + HOUR))
    new = the_incident(state)
    assert new.id == incident_id(BRAND, "negative_spike", "", 2)
    assert new.id != old_id
    assert new.occurrence == 1
    assert note.key == f"{new.id}:1"
    assert len(state.incidents) == 1


def test_resolved_incidents_are_pruned_after_reopen_window() -> None:
    engine, state = make_engine(reopen_window="1h"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    engine.on_action(state, act("resolve", "r1", the_incident(state).id), T0 + MIN)
    engine.on_tick(state, T0 + MIN + HOUR - 1)
    assert len(state.incidents) == 1
    engine.on_tick(state, T0 + MIN + HOUR)
    assert state.incidents == {}
    assert state.paged_ms == {}
    assert state.counters[group_key("negative_spike", "")] == 1


# ---------------------------------------------------------------- actions


def test_ack_notifies_notified_receivers_and_records_who() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    out = engine.on_action(state, act("ack", "a1", inc.id, by="alice", via="pagerduty"), T0 + MIN)
    assert out.result is not None and out.result.status == "ok"
    assert out.result.incident_id == inc.id
    note = only(out)
    assert note.event == "acknowledge"
    assert note.receivers == SLACK
    assert inc.state == "acknowledged"
    assert inc.acked_ms == T0 + MIN and inc.acked_by == "alice"
    entry = inc.timeline[-2]
    assert (entry.kind, entry.by, entry.text) == ("action", "alice", "acknowledged via pagerduty")


def test_ack_after_resolve_does_not_reopen_and_does_not_notify() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    engine.on_action(state, act("resolve", "r1", inc.id), T0 + MIN)
    before = encode(state)
    out = engine.on_action(state, act("ack", "a1", inc.id), T0 + MIN)
    assert out.result is not None
    assert (out.result.status, out.result.message) == ("noop", "already resolved")
    assert out.notifications == [] and out.changed == []
    assert inc.state == "resolved" and inc.acked_ms is None
    state.applied_actions.remove("a1")
    assert encode(state) == before


def test_ack_of_acked_and_resolve_of_resolved_are_noops() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    engine.on_action(state, act("ack", "a1", inc.id), T0 + MIN)
    out = engine.on_action(state, act("ack", "a2", inc.id, by="bob"), T0 + 2 * MIN)
    assert out.result is not None and out.result.status == "noop"
    assert out.notifications == [] and inc.acked_by == "alice" and inc.acked_ms == T0 + MIN
    engine.on_action(state, act("resolve", "r1", inc.id), T0 + 3 * MIN)
    out = engine.on_action(state, act("resolve", "r2", inc.id, by="bob"), T0 + 4 * MIN)
    assert out.result is not None and out.result.status == "noop"
    assert out.notifications == [] and inc.resolved_by == "alice"


def test_resolve_by_hand_notifies_and_records_who() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    resolve = act("resolve", "r1", inc.id, by="bob", text="apologised")
    out = engine.on_action(state, resolve, T0 + MIN)
    assert events(out) == ["resolve"]
    assert inc.resolved_by == "bob"
    assert any(e.text == "resolved via slack: apologised" for e in inc.timeline)


def test_same_action_id_twice_changes_nothing() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    ack = act("ack", "a1", inc.id)
    first = engine.on_action(state, ack, T0 + MIN)
    after_first = encode(state)
    again = engine.on_action(state, ack, T0 + MIN)
    assert events(first) == ["acknowledge"]
    assert again.notifications == [] and again.changed == []
    assert again.result is not None and again.result.status == "noop"
    assert "duplicate" in again.result.message
    assert encode(state) == after_first


def test_action_id_is_remembered_even_when_it_was_a_noop() -> None:
    """A redelivered ack that hit a resolved incident must not ack it after it reopened."""
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    engine.on_action(state, act("resolve", "r1", inc.id), T0 + MIN)
    stale_ack = act("ack", "a1", inc.id)
    engine.on_action(state, stale_ack, T0 + MIN)
    engine.on_signal(state, sig(), T0 + 2 * MIN)  # reopens
    out = engine.on_action(state, stale_ack, T0 + 3 * MIN)
    assert out.notifications == []
    assert inc.state == "triggered"


def test_applied_actions_are_bounded() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    for i in range(ACTION_MEMORY + 20):
        engine.on_action(state, act("note", f"n{i}", inc.id, text=f"note {i}"), T0 + i)
    assert len(state.applied_actions) == ACTION_MEMORY
    assert state.applied_actions[-1] == f"n{ACTION_MEMORY + 19}"
    assert "n0" not in state.applied_actions


def test_note_appends_to_timeline_and_notifies_nobody() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    out = engine.on_action(state, act("note", "n1", inc.id, by="carol", text="called the CEO"),
                           T0 + MIN)
    assert out.notifications == []
    assert out.result is not None and out.result.status == "ok"
    assert [c.id for c in out.changed] == [inc.id]
    assert (inc.timeline[-1].kind, inc.timeline[-1].text, inc.timeline[-1].by) == (
        "note", "called the CEO", "carol")


def test_note_on_resolved_incident_is_allowed_and_does_not_reopen() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    engine.on_action(state, act("resolve", "r1", inc.id), T0 + MIN)
    out = engine.on_action(state, act("note", "n1", inc.id, text="post-mortem"), T0 + 2 * MIN)
    assert out.result is not None and out.result.status == "ok"
    assert out.notifications == [] and inc.state == "resolved"


@pytest.mark.parametrize(
    ("action", "status"),
    [
        (act("ack", "x1", "acme.negative_spike.00000000.9"), "not_found"),
        (act("resolve", "x2", "globex.negative_spike.00000000.1"), "not_found"),
        (act("ack", "x3", None), "invalid"),
        (act("note", "x4", "CURRENT", text="  "), "invalid"),
        (act("silence", "x5"), "invalid"),
        (act("unsilence", "x6"), "invalid"),
        (act("unsilence", "x7", silence_id="nope"), "not_found"),
        (act("ack", "", "CURRENT"), "invalid"),
    ],
)
def test_bad_actions_get_typed_results_and_change_nothing(action: Action, status: str) -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    if action.incident_id == "CURRENT":
        action = msgspec.structs.replace(action, incident_id=the_incident(state).id)
    incidents_before = encode(state.incidents)
    out = engine.on_action(state, action, T0 + MIN)
    assert out.result is not None and out.result.status == status
    assert out.result.message
    assert out.notifications == [] and out.changed == []
    assert encode(state.incidents) == incidents_before


def test_wrong_brand_in_incident_id_is_not_found_even_if_rest_matches() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    out = engine.on_action(state, act("ack", "a1", inc.id, brand="globex"), T0 + MIN)
    assert out.result is not None and out.result.status == "not_found"


# ---------------------------------------------------------------- routing & escalation


def test_below_min_severity_creates_incident_but_pages_nobody_until_it_rises() -> None:
    errors_only = Routing(receivers=SLACK, min_severity="error")
    engine, state = make_engine(default=errors_only), BrandIncidents()
    out = engine.on_signal(state, sig(severity=Severity.WARNING), T0)
    assert out.notifications == []
    assert [c.id for c in out.changed] == [the_incident(state).id]
    assert engine.on_tick(state, T0 + 20 * MIN).notifications == []
    note = only(engine.on_signal(state, sig(severity=Severity.ERROR), T0 + 25 * MIN))
    assert note.event == "trigger"  # nobody heard of it yet
    assert (note.incident.id, note.incident.occurrence) == (the_incident(state).id, 1)
    assert note.key.endswith(":1")


def test_routing_per_brand_and_default() -> None:
    routing = {"globex": Routing(receivers=("tg-globex", "slack-globex"))}
    engine = make_engine(routing=routing)
    acme, globex = BrandIncidents(), BrandIncidents()
    assert only(engine.on_signal(acme, sig(), T0)).receivers == SLACK
    note = only(engine.on_signal(globex, sig(brand="globex"), T0))
    assert note.receivers == ("tg-globex", "slack-globex")
    assert note.brand_name == "Globex" and note.language == "en"


def escalating() -> Routing:
    return Routing(
        receivers=SLACK,
        escalation=(
            EscalationStep(after="5m", receivers=("pd-primary",)),
            EscalationStep(after="15m", receivers=("pd-secondary", "slack-pr")),
        ),
    )


def test_escalation_steps_fire_once_each_and_widen_the_audience() -> None:
    engine = make_engine(default=escalating(), repeat_interval="1h", auto_resolve="2h")
    state = BrandIncidents()
    engine.on_signal(state, sig(), T0)
    assert engine.on_tick(state, T0 + 5 * MIN - 1).notifications == []
    step1 = only(engine.on_tick(state, T0 + 5 * MIN))
    assert (step1.event, step1.receivers) == ("escalate", ("pd-primary",))
    assert step1.incident.escalation_level == 1
    assert engine.on_tick(state, T0 + 6 * MIN).notifications == []
    step2 = only(engine.on_tick(state, T0 + 15 * MIN))
    assert (step2.event, step2.receivers) == ("escalate", ("pd-secondary", "slack-pr"))
    assert engine.on_tick(state, T0 + 25 * MIN).notifications == []
    repeat = only(engine.on_tick(state, T0 + HOUR))
    assert repeat.event == "repeat"
    assert repeat.receivers == ("slack-pr", "pd-primary", "pd-secondary")


def test_escalation_stops_on_ack_and_ack_reaches_escalated_receivers() -> None:
    engine, state = make_engine(default=escalating()), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    engine.on_tick(state, T0 + 5 * MIN)
    inc = the_incident(state)
    ack = only(engine.on_action(state, act("ack", "a1", inc.id), T0 + 10 * MIN))
    assert ack.receivers == ("slack-pr", "pd-primary")
    engine.on_signal(state, sig(), T0 + 14 * MIN)
    assert engine.on_tick(state, T0 + 20 * MIN).notifications == []
    assert inc.escalation_level == 1


def test_escalation_is_measured_from_first_page_not_from_opening() -> None:
    engine, state = make_engine(default=escalating(), group_wait="2m"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    assert events(engine.on_tick(state, T0 + 2 * MIN)) == ["trigger"]
    assert engine.on_tick(state, T0 + 5 * MIN).notifications == []
    assert events(engine.on_tick(state, T0 + 7 * MIN)) == ["escalate"]


def test_overdue_escalation_steps_all_fire_in_order() -> None:
    engine, state = make_engine(default=escalating()), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    out = engine.on_tick(state, T0 + 20 * MIN)
    assert events(out) == ["escalate", "escalate"]
    assert [n.incident.escalation_level for n in out.notifications] == [1, 2]


def test_ack_during_group_wait_still_announces_but_never_escalates() -> None:
    engine, state = make_engine(default=escalating(), group_wait="1m"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    out = engine.on_action(state, act("ack", "a1", inc.id), T0 + 10 * SEC)
    assert out.notifications == []  # nobody was paged yet
    note = only(engine.on_tick(state, T0 + MIN))
    assert note.event == "trigger" and note.incident.state == "acknowledged"
    assert engine.on_tick(state, T0 + 20 * MIN).notifications == []


# ---------------------------------------------------------------- silences


def test_silenced_signal_updates_incident_but_pages_nobody() -> None:
    engine, state = make_engine(), BrandIncidents()
    result = engine.on_action(state, silence_action("s1", kind="negative_spike"), T0)
    assert result.result is not None and result.result.status == "ok"
    out = engine.on_signal(state, sig(), T0 + MIN)
    inc = the_incident(state)
    assert out.notifications == []
    assert inc.silenced_by == "sil"
    assert any(e.text == "silenced by sil (alice)" for e in inc.timeline)
    engine.on_signal(state, sig(severity=Severity.CRITICAL), T0 + 2 * MIN)
    assert inc.signal_count == 2 and inc.severity == Severity.CRITICAL
    assert engine.on_tick(state, T0 + 10 * MIN).notifications == []


@pytest.mark.parametrize(
    ("matcher", "hit", "miss"),
    [
        ({"brand": BRAND}, {}, {"brand": "globex"}),
        ({"kind": "viral_story"}, {}, {"kind": "complaint_sla"}),
        ({"group": "s1"}, {}, {"group": "s2"}),
        ({"author": "@Troll"}, {}, {"mentions": (mention("m", author="fan"),)}),
        ({"text": "GUARD"}, {}, {"title": "cockroach in buckwheat"}),
    ],
)
def test_silences_by_each_field(
    matcher: dict[str, Any], hit: dict[str, Any], miss: dict[str, Any]
) -> None:
    base: dict[str, Any] = {"kind": "viral_story", "group": "s1", "title": "guard kicks woman",
                            "mentions": (mention("m", author="troll"),)}
    engine = make_engine()
    silenced, loud = BrandIncidents(), BrandIncidents()
    for state in (silenced, loud):
        engine.on_action(state, silence_action("s1", **matcher), T0)
    hit_signal = sig(**{**base, **hit})
    miss_signal = sig(**{**base, **miss})
    assert engine.on_signal(silenced, hit_signal, T0 + MIN).notifications == []
    assert events(engine.on_signal(loud, miss_signal, T0 + MIN)) == ["trigger"]


def test_silence_for_another_brand_is_rejected() -> None:
    engine, state = make_engine(), BrandIncidents()
    out = engine.on_action(state, silence_action("s1", brand="globex"), T0)
    assert out.result is not None and out.result.status == "invalid"
    assert state.silences == []


def test_silence_expiry_releases_the_held_page_and_is_pruned() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_action(state, silence_action("s1", ends_ms=T0 + 10 * MIN), T0)
    engine.on_signal(state, sig(), T0 + MIN)
    assert engine.on_tick(state, T0 + 10 * MIN - 1).notifications == []
    assert len(state.silences) == 1
    out = engine.on_tick(state, T0 + 10 * MIN)
    assert state.silences == []
    assert events(out) == ["trigger"]
    inc = the_incident(state)
    assert inc.silenced_by is None
    assert any(e.text == "silence sil lifted" for e in inc.timeline)


def test_unsilence_releases_the_page_at_once() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_action(state, silence_action("s1"), T0)
    engine.on_signal(state, sig(), T0 + MIN)
    out = engine.on_action(state, act("unsilence", "u1", silence_id="sil"), T0 + 2 * MIN)
    assert out.result is not None and out.result.status == "ok"
    assert events(out) == ["trigger"]


def test_severity_rise_while_silenced_is_sent_when_silence_ends() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(severity=Severity.WARNING), T0)
    engine.on_action(state, silence_action("s1", ends_ms=T0 + 20 * MIN), T0 + MIN)
    engine.on_signal(state, sig(severity=Severity.CRITICAL), T0 + 2 * MIN)
    assert engine.on_tick(state, T0 + 10 * MIN).notifications == []
    note = only(engine.on_tick(state, T0 + 20 * MIN))
    assert (note.event, note.incident.severity) == ("update", Severity.CRITICAL)


def test_new_silence_mutes_repeats_of_an_open_incident() -> None:
    engine, state = make_engine(repeat_interval="1h", auto_resolve="0s"), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    out = engine.on_action(state, silence_action("s1", ends_ms=T0 + 5 * HOUR), T0 + MIN)
    assert [c.silenced_by for c in out.changed] == ["sil"]
    assert engine.on_tick(state, T0 + 3 * HOUR).notifications == []


def test_resolve_of_silenced_incident_still_reaches_those_already_paged() -> None:
    """Closing what was paged is not a new page; without it PagerDuty stays open forever."""
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    engine.on_action(state, silence_action("s1"), T0 + MIN)
    note = only(engine.on_action(state, act("resolve", "r1", the_incident(state).id), T0 + 2 * MIN))
    assert (note.event, note.receivers) == ("resolve", SLACK)


def test_silence_with_same_id_is_updated_not_duplicated() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_action(state, silence_action("s1", kind="viral_story"), T0)
    out = engine.on_action(state, silence_action("s2", kind="volume_spike"), T0)
    assert out.result is not None and "updated" in out.result.message
    assert [s.kind for s in state.silences] == ["volume_spike"]


# ---------------------------------------------------------------- inhibition


def test_open_viral_story_inhibits_the_spike_it_caused() -> None:
    engine, state = make_engine(), BrandIncidents()
    story = only(engine.on_signal(state, sig("viral_story", "story-1"), T0))
    out = engine.on_signal(state, sig("volume_spike", caused_by="story-1"), T0 + MIN)
    spike = the_incident(state, "volume_spike")
    assert out.notifications == []
    assert spike.inhibited_by == story.incident.id
    assert any(e.text == f"inhibited by {story.incident.id}" for e in spike.timeline)


def test_spike_caused_by_another_story_is_not_inhibited() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig("viral_story", "story-1"), T0)
    out = engine.on_signal(state, sig("negative_spike", caused_by="story-2"), T0 + MIN)
    assert events(out) == ["trigger"]
    assert the_incident(state).inhibited_by is None


def test_unattributed_spike_is_inhibited_while_any_story_is_open() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig("complaint_escalation", "thread-1"), T0)
    assert engine.on_signal(state, sig("negative_share"), T0 + MIN).notifications == []


def test_story_resolving_releases_the_inhibited_spike() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig("viral_story", "story-1"), T0)
    engine.on_signal(state, sig("volume_spike", caused_by="story-1"), T0 + MIN)
    story_id = the_incident(state, "viral_story", "story-1").id
    out = engine.on_action(state, act("resolve", "r1", story_id), T0 + 2 * MIN)
    assert events(out) == ["resolve", "trigger"]
    assert out.notifications[1].incident.kind == "volume_spike"
    assert the_incident(state, "volume_spike").inhibited_by is None


def test_story_arriving_during_group_wait_prevents_the_spike_page() -> None:
    engine, state = make_engine(group_wait="30s"), BrandIncidents()
    engine.on_signal(state, sig("volume_spike"), T0)
    engine.on_signal(state, sig("viral_story", "story-1"), T0 + 10 * SEC)
    assert engine.on_tick(state, T0 + 30 * SEC).notifications == []
    assert the_incident(state, "volume_spike").inhibited_by is not None
    out = engine.on_tick(state, T0 + 40 * SEC)
    assert [n.incident.kind for n in out.notifications] == ["viral_story"]


# ---------------------------------------------------------------- timeline & snapshots


def test_timeline_is_bounded_and_drops_signals_before_actions() -> None:
    engine, state = make_engine(timeline_limit=10), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    engine.on_action(state, act("note", "n1", inc.id, text="first note"), T0 + 1)
    engine.on_action(state, act("ack", "a1", inc.id), T0 + 2)
    for i in range(50):
        engine.on_signal(state, sig(title=f"s{i}"), T0 + 3 + i)
    assert len(inc.timeline) == 10
    kinds = [e.kind for e in inc.timeline]
    assert "note" in kinds and "action" in kinds and "state" in kinds
    assert inc.timeline[-1].text.endswith("s49")
    assert [e.at_ms for e in inc.timeline] == sorted(e.at_ms for e in inc.timeline)


def test_timeline_bound_holds_even_when_everything_is_notes() -> None:
    engine, state = make_engine(timeline_limit=10), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    for i in range(30):
        engine.on_action(state, act("note", f"n{i}", inc.id, text=f"note {i}"), T0 + i)
    assert len(inc.timeline) == 10
    assert inc.timeline[-1].text == "note 29"


def test_notification_snapshot_is_not_changed_by_later_mutation() -> None:
    engine, state = make_engine(), BrandIncidents()
    note = only(engine.on_signal(state, sig(), T0))
    frozen = encode(note)
    for i in range(30):
        engine.on_signal(state, sig(severity=Severity.CRITICAL, title=f"s{i}"), T0 + i * SEC)
    engine.on_action(state, act("ack", "a1", the_incident(state).id), T0 + HOUR // 4)
    assert encode(note) == frozen
    assert note.incident.state == "triggered"
    assert len(the_incident(state).timeline) > SNAPSHOT_TIMELINE
    later = engine.on_action(state, act("resolve", "r1", the_incident(state).id), T0 + HOUR // 4)
    assert len(only(later).incident.timeline) == SNAPSHOT_TIMELINE


def test_changed_incidents_are_snapshots() -> None:
    engine, state = make_engine(), BrandIncidents()
    out = engine.on_signal(state, sig(), T0)
    changed = encode(out.changed)
    engine.on_action(state, act("ack", "a1", the_incident(state).id), T0 + MIN)
    assert encode(out.changed) == changed


def test_notification_keys_count_up_per_incident() -> None:
    engine, state = make_engine(default=escalating(), repeat_interval="1h"), BrandIncidents()
    keys: list[str] = []
    seen: list[str] = []
    for out in (
        engine.on_signal(state, sig(severity=Severity.WARNING), T0),
        engine.on_signal(state, sig(severity=Severity.ERROR), T0 + 2 * MIN),
        engine.on_tick(state, T0 + 5 * MIN),
        engine.on_signal(state, sig(), T0 + 20 * MIN),
        engine.on_action(state, act("ack", "a1", the_incident(state).id), T0 + 21 * MIN),
        engine.on_action(state, act("resolve", "r1", the_incident(state).id), T0 + 22 * MIN),
    ):
        keys += [n.key for n in out.notifications]
        seen += events(out)
    iid = the_incident(state).id
    assert seen == ["trigger", "update", "escalate", "escalate", "acknowledge", "resolve"]
    assert keys == [f"{iid}:{n}" for n in range(1, 7)]


# ---------------------------------------------------------------- ids, counters


def test_counters_are_bounded_and_ids_never_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "COUNTER_LIMIT", 5)
    engine, state = make_engine(reopen_window="1m"), BrandIncidents()
    seen: set[str] = set()
    now = T0
    for round_ in range(3):
        for g in range(8):
            out = engine.on_signal(state, sig("viral_story", f"s{g}"), now)
            new_id = out.changed[0].id
            assert new_id not in seen, (round_, g)
            seen.add(new_id)
            engine.on_action(state, act("resolve", f"r{round_}-{g}", new_id), now)
            now += 2 * MIN
    assert len(state.counters) <= 5 + 1
    assert len(seen) == 24


def test_hash_clash_with_live_incident_gets_another_number(monkeypatch: pytest.MonkeyPatch) -> None:
    def clashing(brand: str, kind: str, group: str, n: int) -> str:
        return f"{brand}.{kind}.deadbeef.{n}"

    monkeypatch.setattr(engine_module, "incident_id", clashing)
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig("viral_story", "a"), T0)
    engine.on_signal(state, sig("viral_story", "b"), T0)
    ids = sorted(i.id for i in state.incidents.values())
    assert ids == ["acme.viral_story.deadbeef.1", "acme.viral_story.deadbeef.2"]


# ---------------------------------------------------------------- serialisation, determinism


def scripted_inputs() -> list[tuple[str, Any, int]]:
    esc = "acme.negative_spike." + hashlib.sha1(b"").hexdigest()[:12] + ".1"
    return [
        ("signal", sig(mentions=(mention("m1", 10), mention("m2", 5))), T0),
        ("signal", sig("viral_story", "story-1", Severity.CRITICAL, unverified=True), T0 + SEC),
        ("signal", sig("volume_spike", caused_by="story-1"), T0 + 2 * SEC),
        ("action", silence_action("s1", author="troll", ends_ms=T0 + 2 * HOUR), T0 + 3 * SEC),
        ("signal", sig(severity=Severity.CRITICAL), T0 + 2 * MIN),
        ("tick", None, T0 + 5 * MIN),
        ("action", act("ack", "a1", esc), T0 + 6 * MIN),
        ("action", act("note", "n1", esc, text="заметка"), T0 + 7 * MIN),
        ("tick", None, T0 + 40 * MIN),
        ("signal", sig(), T0 + 50 * MIN),
        ("tick", None, T0 + 3 * HOUR),
    ]


def run_script(
    engine: IncidentEngine, inputs: Sequence[tuple[str, Any, int]], *, roundtrip: bool
) -> tuple[list[bytes], bytes]:
    state = BrandIncidents()
    outputs: list[bytes] = []
    for kind, payload, now in inputs:
        if roundtrip:
            state = msgspec.msgpack.decode(encode(state), type=BrandIncidents)
        if kind == "signal":
            out = engine.on_signal(state, payload, now)
        elif kind == "action":
            out = engine.on_action(state, payload, now)
        else:
            out = engine.on_tick(state, now)
        outputs.append(encode([out.notifications, out.changed, out.result]))
    return outputs, encode(state)


def test_same_inputs_give_byte_identical_state_and_notifications() -> None:
    engine = make_engine(default=escalating(), group_wait="10s")
    first = run_script(engine, scripted_inputs(), roundtrip=False)
    second = run_script(make_engine(default=escalating(), group_wait="10s"), scripted_inputs(),
                        roundtrip=False)
    through_storage = run_script(engine, scripted_inputs(), roundtrip=True)
    assert first == second == through_storage
    assert any(b"trigger" in chunk for chunk in first[0])


def test_replaying_inputs_from_a_restored_state_repeats_the_same_keys() -> None:
    """At-least-once: after a crash the inputs since the last changelog write are replayed."""
    engine = make_engine(default=escalating())
    state = BrandIncidents()
    engine.on_signal(state, sig(), T0)
    saved = encode(state)
    replay: list[tuple[str, Any, int]] = [
        ("signal", sig(severity=Severity.CRITICAL), T0 + 2 * MIN),
        ("tick", None, T0 + 10 * MIN),
    ]

    def apply(st_: BrandIncidents) -> list[str]:
        keys: list[str] = []
        for kind, payload, now in replay:
            keys += [n.key for n in apply_input(engine, st_, kind, payload, now).notifications]
        return keys

    once = apply(msgspec.msgpack.decode(saved, type=BrandIncidents))
    twice = apply(msgspec.msgpack.decode(saved, type=BrandIncidents))
    assert once == twice and len(once) == 2


def test_brand_incidents_msgpack_roundtrip() -> None:
    engine, state = make_engine(default=escalating()), BrandIncidents()
    for kind, payload, now in scripted_inputs():
        if kind == "signal":
            engine.on_signal(state, payload, now)
        elif kind == "action":
            engine.on_action(state, payload, now)
        else:
            engine.on_tick(state, now)
    assert state.incidents and state.applied_actions and state.counters
    decoded = msgspec.msgpack.decode(encode(state), type=BrandIncidents)
    assert decoded == state
    assert encode(decoded) == encode(state)
    empty = msgspec.msgpack.decode(encode(BrandIncidents()), type=BrandIncidents)
    assert empty == BrandIncidents()


def test_quiet_tick_changes_nothing() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    before = encode(state)
    out = engine.on_tick(state, T0 + SEC)
    assert out.notifications == [] and out.changed == [] and out.result is None
    assert encode(state) == before


# ---------------------------------------------------------------- property test

KINDS = ("volume_spike", "viral_story", "complaint_escalation", "complaint_sla",
         "influencer_negative")  # the last two grouped per brand: groups are members
GROUPS = ("", "s1", "s2")
AUTHORS = ("bob", "troll")
STEPS_MS = (0, SEC, 30 * SEC, MIN, MIN, 2 * MIN, 2 * MIN, 5 * MIN, 11 * MIN, 31 * MIN, 65 * MIN)

OP_NAMES = ("signal",) * 4 + ("rise", "rise", "echo", "echo", "ack", "ack", "resolve", "note",
                             "silence", "silence", "unsilence", "tick", "tick", "replay",
                             "clear", "update")


@dataclass(frozen=True)
class Op:
    """One random input; each name uses the fields it needs."""

    name: str
    step_ms: int
    kind: str
    group: str
    severity: Severity
    author: str
    caused_by: str | None
    unverified: bool
    pick: int
    matcher: str
    length_ms: int


ops = st.lists(
    st.builds(
        Op,
        name=st.sampled_from(OP_NAMES),
        step_ms=st.sampled_from(STEPS_MS),
        kind=st.sampled_from(KINDS),
        group=st.sampled_from(GROUPS),
        severity=st.sampled_from(list(Severity)),
        author=st.sampled_from(AUTHORS),
        caused_by=st.sampled_from((None, "s1")),
        unverified=st.booleans(),
        pick=st.integers(0, 50),
        matcher=st.sampled_from(("brand", "kind", "group", "author", "text", "window")),
        length_ms=st.sampled_from((MIN, 10 * MIN, HOUR, 3 * HOUR)),
    ),
    max_size=40,
)


@dataclass
class Checker:
    """Invariants over a whole run, fed one input and its outcome at a time."""

    last_seq: dict[str, int] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    first_open: dict[str, int] = field(default_factory=dict)
    max_severity: dict[tuple[str, int], Severity] = field(default_factory=dict)

    def check(self, before: BrandIncidents, after: BrandIncidents, out: Outcome, now: int,
              signal: Signal | None) -> None:
        self.keys_and_seq(out)
        self.nothing_paged_while_muted(after, out, now)
        self.resolved_only_retriggered_by_signal(before, after, out, signal)
        self.only_firing_signals_open(before, after, signal)
        self.members_belong_to_grouped_kinds(after)
        self.closing_reaches_everyone(before, after, out)
        self.one_open_per_group_and_ids_unique(after)
        self.severity_never_drops(after)
        for inc in after.incidents.values():
            assert len(inc.timeline) <= 20
        assert len(after.applied_actions) <= ACTION_MEMORY

    def keys_and_seq(self, out: Outcome) -> None:
        for n in out.notifications:
            assert n.key not in self.keys
            self.keys.add(n.key)
            iid, seq = n.key.rsplit(":", 1)
            assert iid == n.incident.id and int(seq) == n.incident.seq
            assert int(seq) > self.last_seq.get(iid, 0)
            self.last_seq[iid] = int(seq)
            assert n.receivers

    def nothing_paged_while_muted(self, after: BrandIncidents, out: Outcome, now: int) -> None:
        open_incidents = [i for i in after.incidents.values() if i.state != "resolved"]
        for n in out.notifications:
            if n.event not in PAGING_EVENTS:
                continue
            inc = n.incident
            assert inc.silenced_by is None and inc.inhibited_by is None
            assert inc.last_signal is not None
            # Paged: something in it is not muted (grouped: some member).
            subjects = [member_signal(inc, m) for m in inc.members] or [inc.last_signal]
            assert not all(any(matches(s, x, now) for s in after.silences) for x in subjects)
            if inc.kind in {"volume_spike", "negative_spike", "negative_share",
                            "influencer_negative"}:
                def inhibited(severity: Severity, cause: str | None) -> bool:
                    return any(
                        o.kind in {"viral_story", "complaint_escalation"}
                        and (o.group == cause if cause is not None else o.severity >= severity)
                        for o in open_incidents)
                pairs = [(m.severity, m.caused_by) for m in inc.members] or [
                    (inc.severity, inc.last_signal.caused_by)]
                assert not all(inhibited(sev, cause) for sev, cause in pairs)

    def resolved_only_retriggered_by_signal(self, before: BrandIncidents, after: BrandIncidents,
                                            out: Outcome, signal: Signal | None) -> None:
        was_resolved = {i.id for i in before.incidents.values() if i.state == "resolved"}
        signal_key = incident_key(signal) if signal is not None and \
            signal.status == "firing" else None
        for key, inc in after.incidents.items():
            if inc.id in was_resolved and key != signal_key:
                assert inc.state == "resolved", inc.id
        for n in out.notifications:
            if n.incident.id in was_resolved and n.event != "resolve":
                assert signal_key == group_key(n.incident.kind, n.incident.group)

    def only_firing_signals_open(self, before: BrandIncidents, after: BrandIncidents,
                                 signal: Signal | None) -> None:
        if signal is None or signal.status == "firing":
            return
        old = {k: (i.id, i.occurrence) for k, i in before.incidents.items()}
        for key, inc in after.incidents.items():
            if inc.state != "resolved":
                assert old.get(key) == (inc.id, inc.occurrence), "update/resolved opened it"

    def members_belong_to_grouped_kinds(self, after: BrandIncidents) -> None:
        for inc in after.incidents.values():
            if inc.members:
                assert inc.kind in GROUPED and inc.group == ""
                groups = [m.group for m in inc.members]
                assert len(groups) == len(set(groups)) and "" not in groups
                assert len(inc.mentions) <= engine_module.TOP_MENTIONS

    def closing_reaches_everyone(self, before: BrandIncidents, after: BrandIncidents,
                                 out: Outcome) -> None:
        resolves = {n.incident.id: n for n in out.notifications if n.event == "resolve"}
        for key, old in before.incidents.items():
            new = after.incidents.get(key)
            if old.state == "resolved" or new is None or new.id != old.id:
                continue
            if new.state == "resolved" and old.notified_receivers:
                assert set(old.notified_receivers) <= set(resolves[old.id].receivers)

    def one_open_per_group_and_ids_unique(self, after: BrandIncidents) -> None:
        open_groups = [(i.kind, i.group) for i in after.incidents.values() if i.state != "resolved"]
        assert len(open_groups) == len(set(open_groups))
        ids = [i.id for i in after.incidents.values()]
        assert len(ids) == len(set(ids))
        for inc in after.incidents.values():
            if inc.occurrence == 1:
                assert self.first_open.setdefault(inc.id, inc.opened_ms) == inc.opened_ms

    def severity_never_drops(self, after: BrandIncidents) -> None:
        for inc in after.incidents.values():
            key = (inc.id, inc.occurrence)
            assert inc.severity >= self.max_severity.get(key, inc.severity)
            self.max_severity[key] = inc.severity


GROUPED = frozenset({"complaint_sla", "influencer_negative"})


def incident_key(signal: Signal) -> str:
    return group_key(signal.kind, "" if signal.kind in GROUPED else signal.group)


def build_input(op: Op, now: int, state: BrandIncidents, known_ids: list[str],
                applied: list[Action], n: int) -> tuple[str, Any]:
    kind, group, severity = op.kind, op.group, op.severity
    if op.name in ("clear", "update"):
        # News about a group that may or may not have an open incident (or be its member).
        status = "resolved" if op.name == "clear" else "update"
        return "signal", sig(kind, group, severity, caused_by=op.caused_by, status=status,
                             title=f"{kind} {n} {status}",
                             mentions=(mention(f"m{n}", n, author=op.author),))
    if op.name in ("rise", "echo") and state.incidents:
        # Another signal for an existing incident: louder ("rise") or the same ("echo").
        target = list(state.incidents.values())[op.pick % len(state.incidents)]
        kind, group, severity = target.kind, target.group, target.severity
        if op.name == "rise":
            severity = Severity(min(severity + 1, Severity.CRITICAL))
    if op.name in ("signal", "rise", "echo"):
        return "signal", sig(kind, group, severity, caused_by=op.caused_by,
                             unverified=op.unverified, title=f"{kind} {n}",
                             mentions=(mention(f"m{n}", n, author=op.author),))
    if op.name in ("ack", "resolve", "note"):
        current = [i.id for i in state.incidents.values()]
        ids = current * 3 + [*known_ids, "acme.volume_spike.00000000.1"]
        return "action", act(op.name, f"a{n}", ids[op.pick % len(ids)], text="note")
    if op.name == "silence":
        value = {"brand": BRAND, "kind": "viral_story", "group": "s1", "author": "troll",
                 "text": "spike"}.get(op.matcher)
        fields = {} if op.matcher == "window" else {op.matcher: value}
        return "action", silence_action(f"a{n}", id=f"sil{op.pick % 3}", starts_ms=now,
                                        ends_ms=now + op.length_ms, **fields)
    if op.name == "unsilence":
        return "action", act("unsilence", f"a{n}", silence_id=f"sil{op.pick % 3}")
    if op.name == "replay" and applied:
        return "action", applied[op.pick % len(applied)]
    return "tick", None


def apply_input(engine: IncidentEngine, state: BrandIncidents, kind: str, payload: Any,
                now: int) -> Outcome:
    if kind == "signal":
        return engine.on_signal(state, payload, now)
    if kind == "action":
        return engine.on_action(state, payload, now)
    return engine.on_tick(state, now)


def simulate(program: list[Op]) -> Iterator[tuple[str, Any, Outcome]]:
    engine = make_engine(group_wait="1m", group_interval="2m", repeat_interval="20m",
                         auto_resolve="30m", reopen_window="1h", timeline_limit=20,
                         default=Routing(receivers=SLACK, escalation=(
                             EscalationStep(after="10m", receivers=("pd",)),)))
    state, twin = BrandIncidents(), BrandIncidents()
    checker = Checker()
    known_ids: list[str] = []
    applied: list[Action] = []
    sent: list[tuple[Notification, bytes]] = []
    now = T0
    for n, op in enumerate(program):
        now += op.step_ms
        kind, payload = build_input(op, now, state, known_ids, applied, n)
        before = msgspec.msgpack.decode(encode(state), type=BrandIncidents)
        out = apply_input(engine, state, kind, payload, now)
        twin = msgspec.msgpack.decode(encode(twin), type=BrandIncidents)
        twin_out = apply_input(engine, twin, kind, payload, now)
        assert encode(twin_out.notifications) == encode(out.notifications)
        assert encode(twin) == encode(state)
        assert msgspec.msgpack.decode(encode(state), type=BrandIncidents) == state
        checker.check(before, state, out, now, payload if kind == "signal" else None)
        if kind == "action":
            if payload in applied:
                assert out.result is not None and out.result.status == "noop"
                assert "duplicate" in out.result.message
            applied.append(payload)
        known_ids.extend(i.id for i in state.incidents.values() if i.id not in known_ids)
        sent += [(note, encode(note)) for note in out.notifications]
        yield kind, payload, out
    # A severity rise is never swallowed: once group_interval has passed, everyone pageable
    # has heard the current severity (or the incident is closed or muted).
    before = msgspec.msgpack.decode(encode(state), type=BrandIncidents)
    final = engine.on_tick(state, now + 2 * MIN)
    checker.check(before, state, final, now + 2 * MIN, None)
    for inc in state.incidents.values():
        if inc.state != "resolved" and inc.notified_severity is not None \
                and not inc.silenced_by and not inc.inhibited_by:
            assert inc.notified_severity == inc.severity
    # What was sent stays as it was sent, whatever happened to the incident afterwards.
    assert all(encode(note) == frozen for note, frozen in sent)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_invariants_hold_for_random_inputs(program: list[Op]) -> None:
    for _ in simulate(program):
        pass
