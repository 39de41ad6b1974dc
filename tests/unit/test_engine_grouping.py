"""Alertmanager's group_by in the incident engine: kinds grouped per brand collect their groups
as members of one incident; signal statuses `update` and `resolved`; snapshot evidence."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from test_engine import (
    BRAND,
    HOUR,
    MIN,
    SEC,
    SLACK,
    T0,
    act,
    encode,
    events,
    make_engine,
    mention,
    only,
    sig,
    silence_action,
    the_incident,
)

from alerts.engine import MAX_MEMBERS, BrandIncidents, IncidentEngine, incident_id
from alerts.model import CLEARED
from alerts.policy import IncidentPolicy, Routing
from alerts.render import Links, render
from detectors.model import Severity, Signal

pytestmark = pytest.mark.unit

INFLUENCER = "influencer_negative"


def post(handle: str, severity: Severity = Severity.WARNING, reach: int = 150_000,
         **kw: Any) -> Signal:
    """An influencer's negative post, as the watchlist detector signals it."""
    return sig(INFLUENCER, handle, severity, reach=reach,
               title=f"Negative mention by @{handle} ({reach:,} followers)",
               mentions=(mention(f"{handle}-post", reach=reach, author=handle),),
               details={"followers": reach}, **kw)


def engine_with(group_by: dict[str, list[str]], **kw: Any) -> IncidentEngine:
    policy = msgspec.convert({"group_by": group_by, **kw}, IncidentPolicy)
    return IncidentEngine(policy, {}, Routing(receivers=SLACK), {BRAND: "ACME"}, {BRAND: "en"})


def test_influencers_of_a_brand_are_one_incident_with_a_member_each() -> None:
    engine, state = make_engine(), BrandIncidents()
    first = engine.on_signal(state, post("anna"), T0)
    second = engine.on_signal(state, post("boris", reach=900_000), T0 + MIN)
    third = engine.on_signal(state, post("vera", Severity.INFO), T0 + 2 * MIN)
    assert events(first) == ["trigger"]
    assert second.notifications == [] and third.notifications == []  # updates, not pages
    (inc,) = state.incidents.values()
    assert inc.group == "" and inc.id == incident_id(BRAND, INFLUENCER, "", 1)
    assert [m.group for m in inc.members] == ["anna", "boris", "vera"]
    assert [m.severity for m in inc.members] == [Severity.WARNING, Severity.WARNING,
                                                 Severity.INFO]
    # Each author stays visible: one mention per member, worst and widest first.
    assert [m.author for m in inc.mentions] == ["boris", "anna", "vera"]
    assert inc.title == "Negative mention by @vera (150,000 followers) (+2 more)"
    assert inc.signal_count == 3


def test_a_member_rising_raises_the_incident_after_group_interval() -> None:
    engine, state = make_engine(group_interval="5m"), BrandIncidents()
    engine.on_signal(state, post("anna"), T0)
    engine.on_signal(state, post("boris"), T0 + MIN)
    rise = engine.on_signal(state, post("boris", Severity.ERROR, reach=2_000_000), T0 + 2 * MIN)
    assert rise.notifications == []  # inside group_interval
    note = only(engine.on_tick(state, T0 + 5 * MIN))
    assert note.event == "update" and note.incident.severity == Severity.ERROR
    inc = the_incident(state, INFLUENCER)
    boris = next(m for m in inc.members if m.group == "boris")
    assert (boris.severity, boris.signals, boris.reach) == (Severity.ERROR, 2, 2_000_000)
    assert [m.group for m in inc.members] == ["anna", "boris"]  # most recent last


def test_config_group_by_overrides_the_kind_default_both_ways() -> None:
    engine = engine_with({INFLUENCER: ["brand", "kind", "group"],
                          "viral_story": ["brand", "kind"]})
    assert not engine.grouped(INFLUENCER) and engine.grouped("viral_story")
    assert engine.grouped("complaint_sla")  # untouched default
    state = BrandIncidents()
    engine.on_signal(state, post("anna"), T0)
    engine.on_signal(state, post("boris"), T0)
    engine.on_signal(state, sig("viral_story", "s1"), T0)
    engine.on_signal(state, sig("viral_story", "s2"), T0)
    assert sorted((i.kind, i.group, len(i.members)) for i in state.incidents.values()) == [
        (INFLUENCER, "anna", 0), (INFLUENCER, "boris", 0), ("viral_story", "", 2)]


@pytest.mark.parametrize(("group_by", "message"), [
    ({"viral_stories": ["brand", "kind"]}, "group_by.viral_stories: unknown kind"),
    ({INFLUENCER: ["brand"]}, "must be \\[brand, kind\\]"),
    ({INFLUENCER: ["brand", "kind", "author"]}, "must be \\[brand, kind\\]"),
    ({INFLUENCER: ["brand", "kind", "kind"]}, "must be \\[brand, kind\\]"),
])
def test_group_by_is_validated(group_by: dict[str, list[str]], message: str) -> None:
    with pytest.raises(msgspec.ValidationError, match=message):
        msgspec.convert({"group_by": group_by}, IncidentPolicy)


def test_resolved_member_leaves_and_the_last_one_resolves_the_incident() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig("complaint_sla", "x:1", Severity.WARNING, reach=10), T0)
    engine.on_signal(state, sig("complaint_sla", "vk:2", Severity.WARNING, reach=20), T0 + MIN)
    inc = the_incident(state, "complaint_sla")
    left = engine.on_signal(state, sig("complaint_sla", "x:1", Severity.INFO, status="resolved",
                                       title="Complaint answered"), T0 + 2 * MIN)
    assert left.notifications == [] and inc.state == "triggered"
    assert [m.group for m in inc.members] == ["vk:2"]
    assert any(e.text == "cleared: Complaint answered (x:1)" for e in inc.timeline)
    # A clear for a group that is not a member changes nothing.
    assert engine.on_signal(state, sig("complaint_sla", "x:1", status="resolved"),
                            T0 + 3 * MIN).changed == []
    last = only(engine.on_signal(state, sig("complaint_sla", "vk:2", status="resolved"),
                                 T0 + 4 * MIN))
    assert last.event == "resolve" and last.receivers == SLACK
    assert inc.state == "resolved" and inc.resolved_by == CLEARED
    assert render(last, Links()).event_text == "Закрыт: проблемы больше нет"  # brand: ru


def test_update_and_resolved_signals_never_open_or_reopen() -> None:
    engine, state = make_engine(), BrandIncidents()
    assert engine.on_signal(state, sig(status="update"), T0).changed == []
    assert engine.on_signal(state, sig(status="resolved"), T0).changed == []
    assert state.incidents == {}
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    engine.on_action(state, act("resolve", "r1", inc.id), T0 + MIN)
    out = engine.on_signal(state, sig(status="update", severity=Severity.CRITICAL), T0 + 2 * MIN)
    assert out.notifications == [] and inc.state == "resolved" and inc.occurrence == 1
    assert events(engine.on_signal(state, sig(), T0 + 3 * MIN)) == ["trigger"]  # firing does
    assert inc.occurrence == 2


def test_an_update_signal_updates_the_open_incident_without_a_page() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(title="14 complaints"), T0)
    out = engine.on_signal(state, sig(title="13 complaints", status="update"), T0 + 5 * MIN)
    inc = the_incident(state)
    assert out.notifications == [] and inc.title == "13 complaints"
    assert inc.last_signal_ms == T0 + 5 * MIN  # keeps it from auto-resolving


def test_resolved_signal_resolves_an_ungrouped_incident_and_tells_those_paged() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig("complaint_sla", title="2 complaints unanswered"), T0)
    note = only(engine.on_signal(state, sig("complaint_sla", title="all answered",
                                            status="resolved", severity=Severity.INFO),
                                 T0 + HOUR))
    inc = the_incident(state, "complaint_sla")
    assert note.event == "resolve" and inc.resolved_by == CLEARED
    assert inc.title == "all answered" and inc.severity == Severity.ERROR  # never down


def test_snapshot_signal_replaces_the_evidence_instead_of_adding_to_it() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(mentions=(mention("old", 100), mention("kept", 5))), T0)
    engine.on_signal(state, sig(mentions=(mention("kept", 5), mention("new", 1)),
                                snapshot=True), T0 + MIN)
    assert [m.id for m in the_incident(state).mentions] == ["kept", "new"]
    engine.on_signal(state, sig(mentions=(mention("more", 50),)), T0 + 2 * MIN)
    assert [m.id for m in the_incident(state).mentions] == ["more", "kept", "new"]


def test_members_are_bounded_dropping_the_least_severe_and_oldest() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, post("loud", Severity.ERROR), T0)
    for i in range(MAX_MEMBERS + 5):
        engine.on_signal(state, post(f"a{i}", Severity.INFO), T0 + (i + 1) * SEC)
    inc = the_incident(state, INFLUENCER)
    assert len(inc.members) == MAX_MEMBERS
    groups = [m.group for m in inc.members]
    assert "loud" in groups and "a0" not in groups and groups[-1] == f"a{MAX_MEMBERS + 4}"


def test_grouped_incident_is_silenced_only_when_every_member_is() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_action(state, silence_action("s1", id="troll", author="anna"), T0)
    assert engine.on_signal(state, post("anna"), T0 + MIN).notifications == []
    inc = the_incident(state, INFLUENCER)
    assert inc.silenced_by == "troll"
    note = only(engine.on_signal(state, post("boris"), T0 + 2 * MIN))  # not silenced: pages
    assert note.event == "trigger" and inc.silenced_by is None


def test_silencing_a_grouped_incident_silences_its_kind_for_the_brand() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, post("anna"), T0)
    inc = the_incident(state, INFLUENCER)
    out = engine.on_action(state, act("silence", "b1", inc.id, text="2h"), T0 + MIN)
    assert out.result is not None and out.result.ok
    (silence,) = state.silences
    assert (silence.kind, silence.group) == (INFLUENCER, None)
    engine.on_signal(state, post("boris", Severity.CRITICAL), T0 + 2 * MIN)
    assert inc.silenced_by == silence.id
    assert engine.on_tick(state, T0 + 10 * MIN).notifications == []


def test_open_story_inhibits_influencers_retelling_it_and_releases_an_outsider() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig("viral_story", "story-1", Severity.ERROR), T0)
    quiet = engine.on_signal(state, post("anna", caused_by="story-1"), T0 + MIN)
    quiet2 = engine.on_signal(state, post("vera"), T0 + 2 * MIN)  # unattributed echo
    inc = the_incident(state, INFLUENCER)
    assert quiet.notifications == [] and quiet2.notifications == []
    assert inc.inhibited_by == the_incident(state, "viral_story", "story-1").id
    louder = engine.on_signal(state, post("boris", Severity.CRITICAL, reach=6_000_000),
                              T0 + 3 * MIN)
    assert events(louder) == ["trigger"] and inc.inhibited_by is None


def test_state_saved_before_members_existed_still_loads() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    raw = msgspec.to_builtins(state)
    for inc in raw["incidents"].values():
        del inc["members"]  # what an older version wrote
    old = msgspec.convert(raw, BrandIncidents)
    assert old == state
    assert encode(msgspec.msgpack.decode(encode(old), type=BrandIncidents)) == encode(state)


def test_grouped_replay_is_deterministic() -> None:
    engine = make_engine()
    runs = []
    for _ in range(2):
        state, keys = BrandIncidents(), []
        sent: list[Any] = []
        for i, handle in enumerate(("anna", "boris", "anna", "vera")):
            sent += engine.on_signal(state, post(handle, Severity(1 + i % 3)),
                                     T0 + i * MIN).notifications
        sent += engine.on_tick(state, T0 + 2 * HOUR).notifications
        keys = [(n.event, n.key) for n in sent]
        runs.append((encode(state), encode(sent)))
    assert runs[0] == runs[1]
    iid = incident_id(BRAND, INFLUENCER, "", 1)
    assert keys == [("trigger", f"{iid}:1"), ("update", f"{iid}:2"), ("update", f"{iid}:3"),
                    ("resolve", f"{iid}:4")]


def test_api_json_lists_the_members_of_a_grouped_incident() -> None:
    from streams.web.api_json import Brands, incident_json

    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, post("anna"), T0)
    engine.on_signal(state, post("boris", Severity.ERROR, caused_by="story-9"), T0 + MIN)
    body = incident_json(the_incident(state, INFLUENCER), Brands({BRAND: "ACME"}, {BRAND: "en"}),
                         Links(), T0 + 2 * MIN, timeline=False)
    assert [(m["group"], m["severity"], m["caused_by"]) for m in body["members"]] == [
        ("anna", "warning", None), ("boris", "error", "story-9")]
    assert body["headline"] == "Negative mentions by 2 influential authors: @boris, @anna"
