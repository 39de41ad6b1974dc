"""Each built-in scenario through the live code path, offline: parse_mention -> Enricher ->
DetectionPipeline (ticked in stream time) -> IncidentEngine, with each event delivered at its
delivery time (as the live agents see a real-time stream). Crises must page what they are
about; the quiet week and the marketing campaign must page nobody."""

from __future__ import annotations

import functools
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from alerts.model import Incident
from detectors.backtest import Replay
from detectors.mention import Invalid, parse_mention
from detectors.model import Kind, Severity, Signal
from detectors.scenarios import SCENARIOS, get
from detectors.simulation import HOUR, MIN, Event, compress
from streams.config import Config, incident_engine, parse_config

pytestmark = pytest.mark.unit

MONDAY = 1_767_560_400_000  # 2026-01-05 00:00 Moscow (Sunday 21:00 UTC)
FRIDAY_AFTERNOON = MONDAY + 4 * 24 * HOUR + 15 * HOUR  # 2026-01-09 15:00 Moscow
MSK = ZoneInfo("Europe/Moscow")


def scenario_config(name: str) -> Config:
    return parse_config(yaml.safe_dump(dict(get(name).config), allow_unicode=True), name)


class Run:
    """A scenario replayed through the pipeline, with helpers to read what it yielded."""

    def __init__(self, name: str, seed: int, start: int) -> None:
        self.scenario = get(name)
        self.start = start
        self.events = self.scenario.events(seed, start)
        config = scenario_config(name)
        self.replay = Replay(config.specs, config.detection_settings(),
                             engine=incident_engine(config))
        for e in self.events:
            assert self.replay.feed(e.json(), e.at_ms) is None
        self.replay.advance(start + self.scenario.duration_ms)

    def signals(self, kind: str) -> list[Signal]:
        return [s for s in self.replay.signals if s.kind == kind]

    def incidents(self, kind: str) -> list[Incident]:
        return [i for i in self.replay.incidents.values() if i.kind == kind]

    def paged_kinds(self) -> set[str]:
        return {n.incident.kind for n in self.replay.notifications if n.event != "resolve"}

    def first_post(self, handle: str) -> Event:
        return next(e for e in self.events if e.mention["author"]["handle"] == handle)


@functools.cache
def run(name: str, seed: int = 1, start: int = MONDAY) -> Run:
    return Run(name, seed, start)


# ------------------------------------------------------------------------------ crises
@pytest.mark.parametrize("start", [MONDAY, MONDAY + 9 * HOUR], ids=["night", "morning"])
def test_restaurant_guard_goes_viral_to_critical_and_its_volume_spikes_are_inhibited(
        start: int) -> None:
    r = run("restaurant-guard", start=start)
    video = r.first_post("marina_zhuk").mention["created_at"]
    (viral,) = r.incidents(Kind.VIRAL_STORY)
    assert viral.severity == Severity.CRITICAL and viral.notified_severity == Severity.CRITICAL
    sigs = r.signals(Kind.VIRAL_STORY)
    assert sigs[0].emitted_at_ms - video < 20 * MIN  # paged while the video is still small
    critical = next(s for s in sigs if s.severity == Severity.CRITICAL)
    assert critical.emitted_at_ms - video < 90 * MIN
    assert {"ru", "en"} <= set(critical.languages)
    # The spikes the story causes exist, name it as their cause and never page.
    volume = [i for i in r.replay.incidents.values() if i.kind in Kind.VOLUME_KINDS]
    assert volume
    assert all(i.inhibited_by == viral.id and i.notified_severity is None for i in volume)
    # Big accounts sharing the video are part of the story: recorded, named in it, not paged.
    influencers = r.incidents(Kind.INFLUENCER_NEGATIVE)
    assert influencers
    assert all(i.inhibited_by == viral.id and i.notified_severity is None for i in influencers)
    assert r.paged_kinds() == {Kind.VIRAL_STORY}
    # It stays open while it spreads (the story detector re-sends its level), then resolves.
    assert not any(n.event == "resolve" and n.incident.kind == Kind.VIRAL_STORY
                   and n.at_ms < video + 6 * HOUR for n in r.replay.notifications)


def test_bolt_in_the_buckwheat_escalates_to_critical() -> None:
    r = run("bolt-buckwheat")
    complaint = r.first_post("natasha_krv")
    thread = f"vk:{complaint.mention['id']}"
    sigs = r.signals(Kind.COMPLAINT_ESCALATION)
    assert [(s.severity, s.group) for s in sigs] == [(Severity.ERROR, thread),
                                                     (Severity.CRITICAL, thread)]
    assert sigs[0].at_ms == complaint.mention["created_at"] + 25 * MIN  # the first argument
    assert sigs[0].mentions[0].id == complaint.mention["id"]
    assert any(i.notified_severity == Severity.CRITICAL
               for i in r.incidents(Kind.COMPLAINT_ESCALATION))
    assert Kind.COMPLAINT_SLA not in r.paged_kinds()  # the brand answered (badly) at once


@pytest.mark.parametrize("start", [MONDAY, FRIDAY_AFTERNOON], ids=["monday", "friday"])
def test_ignored_complaints_breach_the_sla_in_business_hours_only(start: int) -> None:
    r = run("ignored-complaints", start=start)
    sigs = r.signals(Kind.COMPLAINT_SLA)
    assert {s.severity for s in sigs} >= {Severity.WARNING, Severity.ERROR}
    for s in sigs:
        local = datetime.fromtimestamp(s.at_ms / 1000, MSK)
        assert local.weekday() < 5 and (9, 0) < (local.hour, local.minute) <= (18, 0), local
        assert s.details["business_hours_unanswered"] >= 4.0
    # Only the complaints nobody answered breach it; the desk's answered ones never do.
    answered = {f"{e.mention['source']}:{e.mention['in_reply_to']}" for e in r.events
                if e.mention["author"]["handle"] == "lightnet_help"}
    assert answered and not answered & {s.group for s in sigs}
    assert len({s.group for s in sigs}) >= 7
    assert all(i.notified_severity is not None for i in r.incidents(Kind.COMPLAINT_SLA))
    if start == FRIDAY_AFTERNOON:  # written Friday night or at the weekend: Monday 13:00
        first = datetime.fromtimestamp(min(s.at_ms for s in sigs) / 1000, MSK)
        assert (first.weekday(), first.hour) == (0, 13)


def test_executive_gaffe_pages_the_watched_account_at_critical() -> None:
    r = run("executive-gaffe")
    sigs = r.signals(Kind.WATCHED_ACCOUNT)
    assert sigs[0].severity == Severity.INFO  # the routine store-opening post: a note
    gaffe = next(e for e in r.events if "Нищеброды" in e.mention["text"])
    levels = [s.severity for s in sigs if s.details["mention"] == gaffe.mention["id"]]
    assert levels == [Severity.WARNING, Severity.ERROR, Severity.CRITICAL]
    critical = next(s for s in sigs if s.severity == Severity.CRITICAL)
    assert critical.emitted_at_ms - gaffe.mention["created_at"] < 30 * MIN
    assert any(i.severity == Severity.CRITICAL and i.notified_severity == Severity.CRITICAL
               and i.group == "arkady_belov" for i in r.incidents(Kind.WATCHED_ACCOUNT))
    assert not any(n.at_ms < gaffe.mention["created_at"] for n in r.replay.notifications)


def test_fake_rumour_is_paged_and_flagged_unverified() -> None:
    r = run("fake-rumour")
    origin = r.first_post("mama_anya_2023")
    story = f"telegram:{origin.mention['id']}"
    (main,) = [i for i in r.incidents(Kind.VIRAL_STORY) if i.group == story]
    assert main.unverified and main.notified_severity is not None
    assert main.severity >= Severity.ERROR
    sigs = [s for s in r.signals(Kind.VIRAL_STORY) if s.group == story]
    assert all(s.unverified and s.details["low_reputation_origin"] for s in sigs)
    assert sigs[0].emitted_at_ms - origin.mention["created_at"] < 60 * MIN
    assert all(i.unverified for i in r.incidents(Kind.VIRAL_STORY))
    assert not any(n.incident.kind in Kind.VOLUME_KINDS for n in r.replay.notifications)


# ------------------------------------------------------------------------------ no page
def test_quiet_week_pages_nobody() -> None:
    r = run("quiet-week")
    assert r.replay.notifications == []
    assert r.replay.mentions > 15_000 and r.replay.invalid == 0
    assert set(r.replay.states) == {"orbita", "skylark", "bulkin", "nordmart"}
    # The detectors were armed: every brand learnt its week, and the pipeline reached the
    # engine (the CEO's routine posts are info notes).
    assert all(st.volume.baseline_kind in ("daily", "weekly") for st in r.replay.states.values())
    assert {(i.kind, i.severity) for i in r.replay.incidents.values()} == {
        (Kind.WATCHED_ACCOUNT, Severity.INFO)}


def test_marketing_campaign_spike_is_info_and_pages_nobody() -> None:
    r = run("marketing-campaign")
    assert r.replay.notifications == []
    spikes = r.signals(Kind.VOLUME_SPIKE)
    assert spikes and all(s.severity == Severity.INFO and s.details["positive_led"]
                          for s in spikes)
    assert min(float(s.observed or 0) / float(s.expected or 1) for s in spikes) >= 3.0
    assert {i.kind for i in r.replay.incidents.values()} == {Kind.VOLUME_SPIKE}


# ------------------------------------------------------------------------------ the streams
# The week (~120,000 events) is checked on a shortened week in test_week.py.
@pytest.mark.parametrize("name", sorted(set(SCENARIOS) - {"week"}))
def test_streams_are_valid_ordered_and_varied(name: str) -> None:
    events = get(name).events(1, MONDAY)
    assert [e.at_ms for e in events] == sorted(e.at_ms for e in events)
    created: dict[str, int] = {}
    for e in events:
        m = parse_mention(e.json(), e.at_ms)
        assert not isinstance(m, Invalid), m
        assert MONDAY <= m.created_at_ms <= e.at_ms
        key = f"{m.source}:{m.id}"
        assert created.setdefault(key, m.created_at_ms) == m.created_at_ms  # updates keep it
    mentions = [e.mention for e in events]
    assert len({m["author"]["handle"] for m in mentions}) > 0.5 * len(created)
    assert len({m["source"] for m in mentions}) >= 3
    assert sum(m.get("lang") == "en" for m in mentions) > 0
    assert any(ch in m["text"] for m in mentions for ch in "😡🤬😍🙄👍✨😱🔩🤷")


def test_generation_is_deterministic_for_a_seed_and_start() -> None:
    scenario = get("bolt-buckwheat")
    a = [e.json() for e in scenario.events(7, MONDAY)]
    assert a == [e.json() for e in scenario.events(7, MONDAY)]
    assert a != [e.json() for e in scenario.events(8, MONDAY)]
    later = scenario.events(7, MONDAY + HOUR)
    assert later[0].at_ms >= MONDAY + HOUR and later[-1].at_ms <= MONDAY + 9 * HOUR


def test_scenario_configs_load_and_name_their_brands() -> None:
    for name, scenario in SCENARIOS.items():
        config = scenario_config(name)
        assert [s.id for s in config.specs] == [b["id"] for b in scenario.config["brands"]]
        assert config.routing.min_severity == "warning"


def test_compress_plays_the_live_part_faster_and_keeps_history() -> None:
    events = [Event(MONDAY + k * HOUR, {"created_at": MONDAY + k * HOUR - MIN}) for k in range(4)]
    fast = compress(events, MONDAY + HOUR, 60.0)
    assert [e.at_ms for e in fast] == [MONDAY, MONDAY + HOUR, MONDAY + HOUR + MIN,
                                       MONDAY + HOUR + 2 * MIN]
    assert fast[1].mention["created_at"] == MONDAY + HOUR - MIN  # history stays
    assert fast[3].mention["created_at"] == MONDAY + HOUR + 2 * MIN - 1_000  # 59 min / 60
    assert compress(events, MONDAY, 1.0) == events
