"""A hand-built week of complaints through the complaint detector and the incident engine at
the default config: the page budget (nothing pages on an ordinary week, however many reviews
go unanswered) and the ignored-complaints crisis (one page within two business hours of the
first complaint passing the SLA, then updates only).

The stream: a brand whose desk answers complaints addressed to it within an hour in business
hours (09:00-21:00 Moscow, every day), by a reply to the post or to the author's handle;
reviews nobody answers; replies and "+1"s from others; thanks after an answer. Seeds here are
not the ones any threshold was chosen on (the thresholds come from the issue's wording).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest
from factories import DAY, HOUR, MIN, author, brand_spec, enriched

from alerts.engine import BrandIncidents, IncidentEngine
from alerts.model import Notification
from alerts.policy import IncidentPolicy, Routing
from detectors.complaints import BusinessClock, ComplaintDetector, ComplaintSettings
from detectors.config import BusinessHours
from detectors.model import Enriched, Kind, Severity

pytestmark = pytest.mark.unit

MONDAY = 1_767_560_400_000  # 2026-01-05 00:00 Moscow
HOURS = BusinessHours(tz="Europe/Moscow", days=("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
                      start="09:00", end="21:00")
SPEC = brand_spec("grechka", name="Гречка", aliases=("гречка",), official=("grechka_help",),
                  hours=HOURS)
CLOCK = BusinessClock(HOURS)
COMPLAINTS = ("@grechka_help в пачке камешки, верните деньги", "@grechka_help заказ не пришёл",
              "@grechka_help гречка горчит, партия 0412", "@grechka_help where is my refund?")
REVIEWS = ("Гречка так себе, много шелухи. 2 из 5", "Разварилась в кашу, больше не возьму",
           "Overpriced and stale, 1 star")
ANSWERS = ("Здравствуйте! Приносим извинения, напишите номер заказа в личные сообщения",
           "Sorry about that! Please DM us your order number")


@dataclass
class Week:
    events: list[tuple[int, Enriched]] = field(default_factory=list)
    ignored_from: int | None = None  # the desk stops answering from here (the crisis)
    first_ignored: int | None = None  # the first complaint nobody answers

    def add(self, at: int, e: Enriched) -> None:
        self.events.append((at, e))


def week(seed: int, *, crisis_day: int | None = None) -> Week:
    rng = random.Random(seed)
    w = Week()
    if crisis_day is not None:
        w.ignored_from = MONDAY + crisis_day * DAY + 11 * HOUR
    t = MONDAY
    n = 0
    while t < MONDAY + 7 * DAY:
        n += 1
        t += int(rng.expovariate(1 / (36 * MIN)))  # ~40 complaints and reviews a day
        who = author(f"u{seed}_{n}", followers=int(rng.lognormvariate(5, 1.5)))
        if rng.random() < 0.3:
            w.add(t, enriched(rng.choice(REVIEWS), at=t, source="reviews", by=who,
                              negativity=0.8, complaint=True))
            continue
        source = rng.choice(("x", "vk", "telegram"))
        c = enriched(rng.choice(COMPLAINTS), at=t, source=source, by=who, negativity=0.8,
                     complaint=True, lang="ru")
        w.add(t, c)
        for k in range(rng.randrange(3)):  # others chime in
            at = t + rng.randrange(2 * MIN, 3 * HOUR)
            w.add(at, enriched("+1 у меня так же", at=at, source=source, complaint=True,
                               by=author(f"f{seed}_{n}_{k}"), in_reply_to=c.mention.id))
        if w.ignored_from is not None and t >= w.ignored_from:
            w.first_ignored = w.first_ignored or t
            continue
        answer = CLOCK.add(t, rng.randrange(5 * MIN, 55 * MIN))  # within business hours
        by_handle = rng.random() < 0.3
        reply = enriched(rng.choice(ANSWERS), at=answer, source=source, official=True,
                         by=author("grechka_help", followers=30_000),
                         in_reply_to=None if by_handle else c.mention.id,
                         reply_to_author=who.handle)
        w.add(answer, reply)
        if rng.random() < 0.3:
            thanks = answer + rng.randrange(MIN, HOUR)
            w.add(thanks, enriched("Спасибо, написал в лс", at=thanks, source=source, by=who,
                                   in_reply_to=reply.mention.id))
    w.events.sort(key=lambda p: p[0])
    return w


def run(w: Week) -> tuple[list[Notification], BrandIncidents]:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = det.new_state()
    engine = IncidentEngine(IncidentPolicy(), {}, Routing(receivers=("console",)),
                            {"grechka": "Гречка"}, {"grechka": "ru"})
    incidents = BrandIncidents()
    sent: list[Notification] = []
    tick = MONDAY
    for at, e in [*w.events, (MONDAY + 8 * DAY, None)]:
        while tick <= at:  # the worker's timers, once a minute of stream time
            for s in det.tick(state, tick):
                sent += engine.on_signal(incidents, s, tick).notifications
            sent += engine.on_tick(incidents, tick).notifications
            tick += MIN
        if e is not None:
            for s in det.observe(state, e):
                sent += engine.on_signal(incidents, s, at).notifications
    return sent, incidents


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_an_ordinary_week_with_unanswered_reviews_pages_nobody(seed: int) -> None:
    sent, incidents = run(week(seed))
    assert [n for n in sent if n.event != "resolve"] == []
    (backlog,) = [i for i in incidents.incidents.values() if i.kind == Kind.COMPLAINT_SLA]
    assert backlog.severity == Severity.INFO  # recorded and visible, not paged
    assert backlog.last_signal is not None
    assert int(backlog.last_signal.details["backlog"]) > 50  # a week of reviews, all counted
    assert backlog.last_signal.details["paging"] == 0


@pytest.mark.parametrize(("seed", "day"), [(21, 2), (22, 4), (23, 5)])
def test_ignored_complaints_page_once_within_two_business_hours(seed: int, day: int) -> None:
    w = week(seed, crisis_day=day)
    sent, incidents = run(w)
    pages = [n for n in sent if n.event == "trigger"]
    assert len(pages) == 1 and pages[0].incident.kind == Kind.COMPLAINT_SLA
    assert w.first_ignored is not None
    breach = CLOCK.add(w.first_ignored, 4 * HOUR)
    assert breach <= pages[0].at_ms and CLOCK.elapsed(breach, pages[0].at_ms) <= 2 * HOUR
    (backlog,) = [i for i in incidents.incidents.values() if i.kind == Kind.COMPLAINT_SLA]
    assert backlog.severity == Severity.CRITICAL  # dozens unanswered for days
    updates = [n for n in sent if n.event == "update"]
    assert [n.incident.severity for n in updates] == sorted(n.incident.severity
                                                            for n in updates)
