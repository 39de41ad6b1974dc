"""Page counting (alerts/budget.py) on small hand-built signal sequences through the real
incident engine: what is a page, what is a follow-up, what never paged, which week, and which
page was about an event."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from alerts.budget import event_pages, evidence, iso_week, page_budget, render_budget
from alerts.engine import BrandIncidents, IncidentEngine
from alerts.model import Incident, Notification, Silence
from alerts.policy import EscalationStep, IncidentPolicy, Routing
from detectors.model import MentionRef, Severity, Signal

pytestmark = pytest.mark.unit

MSK = ZoneInfo("Europe/Moscow")
MIN = 60_000
HOUR = 60 * MIN
MONDAY = 1_773_608_400_000  # 2026-03-16 00:00 Moscow, ISO week 2026-W12
SUNDAY_LATE = MONDAY - 30 * MIN  # 2026-03-15 23:30 Moscow, still 2026-W11


def engine(escalate_after: str | None = None) -> IncidentEngine:
    steps = (EscalationStep(after=escalate_after, receivers=("oncall",)),) \
        if escalate_after else ()
    return IncidentEngine(
        IncidentPolicy(), {}, Routing(receivers=("slack",), min_severity="warning",
                                      escalation=steps),
        brand_names={"volna": "Волна", "sochny": "Сочный Бургер"},
        brand_languages={"volna": "ru", "sochny": "ru"})


def ref(mid: str, source: str = "vk") -> MentionRef:
    return MentionRef(id=mid, source=source, url="", text="...", author="a", lang="ru")


def signal(brand: str, kind: str, severity: Severity, group: str = "", *,
           mentions: tuple[MentionRef, ...] = (), caused_by: str | None = None) -> Signal:
    return Signal(brand=brand, kind=kind, severity=severity, at_ms=0, title=kind, group=group,
                  mentions=mentions, caused_by=caused_by)


class Run:
    """Signals and ticks through one engine, per brand state, in time order."""

    def __init__(self, eng: IncidentEngine) -> None:
        self.engine = eng
        self.states: dict[str, BrandIncidents] = {}
        self.notifications: list[Notification] = []
        self.incidents: dict[str, Incident] = {}

    def state(self, brand: str) -> BrandIncidents:
        return self.states.setdefault(brand, BrandIncidents())

    def signal(self, at: int, s: Signal) -> None:
        out = self.engine.on_signal(self.state(s.brand), s, at)
        self._keep(out.notifications, out.changed)

    def tick(self, at: int) -> None:
        for st in self.states.values():
            out = self.engine.on_tick(st, at)
            self._keep(out.notifications, out.changed)

    def silence(self, brand: str, kind: str, at: int) -> None:
        self.state(brand).silences.append(Silence(id="s1", starts_ms=at, ends_ms=at + 10 * HOUR,
                                                  brand=brand, kind=kind))

    def _keep(self, notes: list[Notification], changed: list[Incident]) -> None:
        self.notifications += notes
        self.incidents.update((i.id, i) for i in changed)


def week_of_signals() -> Run:
    r = Run(engine())
    t = MONDAY + 10 * HOUR
    # A story: warning (page), error 5 min later (an update of the same incident, not a page).
    r.signal(t, signal("volna", "viral_story", Severity.WARNING, "vk:1", mentions=(ref("1"),)))
    r.signal(t + 5 * MIN, signal("volna", "viral_story", Severity.ERROR, "vk:1"))
    # Another complaint thread: a second page.
    r.signal(t + 10 * MIN, signal("volna", "complaint_sla", Severity.WARNING, "x:9"))
    # Info never pages; neither does a silenced warning.
    r.signal(t + 11 * MIN, signal("volna", "watched_account", Severity.INFO, "a_vetrov"))
    r.silence("volna", "influencer_negative", t)
    r.signal(t + 12 * MIN, signal("volna", "influencer_negative", Severity.WARNING, "blogger"))
    # The story keeps going past repeat_interval (4h): a repeat, not a page.
    for k in range(1, 10):
        r.signal(t + k * 29 * MIN, signal("volna", "viral_story", Severity.ERROR, "vk:1"))
    r.tick(t + 4 * HOUR + 30 * MIN)
    # Another brand, the Sunday before: a page of the previous ISO week.
    r.signal(SUNDAY_LATE, signal("sochny", "negative_spike", Severity.WARNING))
    return r


def test_pages_are_first_notifications_of_an_incident_and_follow_ups_are_counted_apart() -> None:
    r = week_of_signals()
    rows = page_budget(r.notifications, r.incidents.values(), lambda b: Severity.WARNING, MSK)
    by_key = {(row.brand, row.week): row for row in rows}
    assert set(by_key) == {("volna", "2026-W12"), ("sochny", "2026-W11")}
    volna = by_key[("volna", "2026-W12")]
    assert dict(volna.pages) == {"viral_story": 1, "complaint_sla": 1}
    assert volna.page_count == 2
    assert volna.follow_ups["update"] == 1 and volna.follow_ups["repeat"] >= 1
    assert dict(volna.below) == {"watched_account": 1}
    assert dict(volna.muted) == {"influencer_negative": 1}
    assert dict(by_key[("sochny", "2026-W11")].pages) == {"negative_spike": 1}


def test_a_reopened_incident_pages_again_and_escalations_are_follow_ups() -> None:
    r = Run(engine(escalate_after="10m"))
    t = MONDAY + 12 * HOUR
    r.signal(t, signal("volna", "negative_share", Severity.WARNING))
    r.tick(t + 11 * MIN)  # not acknowledged: escalated
    r.tick(t + 45 * MIN)  # 30 minutes quiet: auto-resolved
    r.signal(t + 50 * MIN, signal("volna", "negative_share", Severity.WARNING))  # reopened
    (row,) = page_budget(r.notifications, r.incidents.values(), lambda b: Severity.WARNING, MSK)
    assert row.pages["negative_share"] == 2  # a new occurrence is a new page
    assert row.follow_ups["escalate"] == 1
    assert not row.below and not row.muted


def test_min_severity_decides_what_counts_as_below() -> None:
    r = week_of_signals()
    rows = page_budget(r.notifications, r.incidents.values(),
                       lambda b: Severity.CRITICAL, MSK)  # as if the route paged criticals only
    volna = next(row for row in rows if row.brand == "volna")
    assert volna.below["watched_account"] == 1
    assert volna.below["viral_story"] == 0  # it did page (the engine's route said warning)


def test_weeks_follow_the_time_zone() -> None:
    assert iso_week(SUNDAY_LATE, MSK) == "2026-W11"
    assert iso_week(SUNDAY_LATE, ZoneInfo("UTC")) == "2026-W11"
    assert iso_week(MONDAY + MIN, MSK) == "2026-W12"
    assert iso_week(MONDAY + MIN, ZoneInfo("UTC")) == "2026-W11"  # Sunday 21:01 UTC


def test_render_names_brand_week_pages_and_kinds() -> None:
    r = week_of_signals()
    lines = render_budget(page_budget(r.notifications, r.incidents.values(),
                                      lambda b: Severity.WARNING, MSK))
    assert lines[0].startswith("brand")
    volna = next(line for line in lines if line.startswith("volna"))
    assert "2026-W12" in volna and " 2 " in volna
    assert "complaint_sla 1" in volna and "viral_story 1" in volna
    assert "update 1" in volna and "not paged: 1 / 1" in volna
    assert render_budget([]) == ["no incidents"]


def test_event_pages_finds_the_first_page_about_the_event_and_counts_the_others() -> None:
    r = Run(engine())
    start = MONDAY + 13 * HOUR
    crisis = {"vk:100", "vk:101", "x:102"}
    # Before the event, unrelated; then an unrelated page during it; then the event's own
    # story (its origin is in the crisis); then more pages on the brand; another brand.
    r.signal(start - 2 * HOUR, signal("sochny", "complaint_sla", Severity.WARNING, "x:1"))
    r.signal(start + 5 * MIN, signal("sochny", "watched_account", Severity.WARNING, "ceo"))
    r.signal(start + 20 * MIN, signal("sochny", "viral_story", Severity.WARNING, "vk:100",
                                      mentions=(ref("100"),)))
    r.signal(start + 25 * MIN, signal("sochny", "viral_story", Severity.ERROR, "vk:100"))
    r.signal(start + 30 * MIN, signal("sochny", "negative_spike", Severity.WARNING,
                                      caused_by="vk:100"))
    r.signal(start + 40 * MIN, signal("sochny", "complaint_escalation", Severity.WARNING,
                                      "x:555", mentions=(ref("555", "x"),)))
    r.signal(start + 50 * MIN, signal("volna", "viral_story", Severity.WARNING, "vk:100"))
    ep = event_pages(r.notifications, "sochny", start - MIN, start, start + 2 * HOUR,
                     lambda i: bool(evidence(i) & crisis))
    assert ep.first is not None and ep.first.incident.kind == "viral_story"
    assert ep.first.at_ms == start + 20 * MIN
    # The executive's post during it and the argued complaint are further pages (neither is
    # inhibited by a story); the spike the story caused is inhibited by it (no page); the
    # unrelated page before the start is not counted.
    assert sorted(n.incident.kind for n in ep.further) == ["complaint_escalation",
                                                            "watched_account"]
    assert ep.follow_ups["update"] == 1
    nothing = event_pages(r.notifications, "sochny", start, start, start + 2 * HOUR,
                          lambda i: False)
    assert nothing.first is None and len(nothing.further) == 3


def test_an_open_incident_rising_with_the_event_in_it_is_its_first_news() -> None:
    """The brand's complaint backlog already paged for another complaint; the event's
    complaints raise it to error: that update is the first page about the event. A repeat
    that merely shows it is not."""
    r = Run(engine())
    start = MONDAY + 13 * HOUR
    crisis = {"x:102"}
    r.signal(start - 2 * HOUR, signal("sochny", "complaint_sla", Severity.WARNING,
                                      mentions=(ref("1", "x"),)))
    r.signal(start + 10 * MIN, signal("sochny", "complaint_sla", Severity.WARNING,
                                      mentions=(ref("102", "x"), ref("1", "x"))))
    r.signal(start + 30 * MIN, signal("sochny", "complaint_sla", Severity.ERROR,
                                      mentions=(ref("102", "x"), ref("1", "x"))))
    ep = event_pages(r.notifications, "sochny", start, start, start + 2 * HOUR,
                     lambda i: bool(evidence(i) & crisis))
    assert ep.first is not None and ep.first.event == "update"
    assert ep.first.at_ms == start + 30 * MIN and ep.further == []


def test_evidence_is_what_an_incident_points_at() -> None:
    r = Run(engine())
    r.signal(MONDAY, signal("volna", "negative_spike", Severity.WARNING, caused_by="tg:7",
                            mentions=(ref("3", "x"),)))
    r.signal(MONDAY + MIN, signal("volna", "complaint_sla", Severity.WARNING, "reviews:42"))
    a, b = sorted(r.incidents.values(), key=lambda i: i.opened_ms)
    assert evidence(a) == {"x:3", "tg:7"}
    assert evidence(b) == {"reviews:42"}
