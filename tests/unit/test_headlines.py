"""Headlines and "why it fired" in the brand's language, built from the signal's kind and
numbers rather than the detector's English title."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from alerts.headlines import plural_ru
from alerts.model import Member
from alerts.render import Links, render
from detectors.model import Severity, Signal
from tests.stubs.factory import notification

pytestmark = pytest.mark.unit
LINKS = Links()

STORY = Signal(
    brand="acme", kind="viral_story", severity=Severity.ERROR, at_ms=0, group="story-1",
    title="Negative story spreading: 11 posts by 11 authors, 0 engagements/min",
    observed=0.0, expected=100.0, reach=12_000, projected_reach=90_000,
    languages={"ru": 9, "en": 2}, negative_share=0.9,
    details={"posts": 11, "authors": 11, "engagement_per_min": 0.0, "authors_per_min": 3.5,
             "age_min": 3.0})
SPIKE = Signal(
    brand="acme", kind="negative_spike", severity=Severity.WARNING, at_ms=0,
    title="Acme: negative mentions spike — 12 in 31s vs 0.0 expected (12000000.0x)",
    observed=12.0, expected=1e-6, negative_share=0.8,
    details={"elapsed_ms": 31_000, "ratio": 12_000_000.0})
VOLUME = msgspec.structs.replace(SPIKE, kind="volume_spike", expected=1.053,
                                 title="Acme: mention volume spike — 12 in 31s")
SHARE = Signal(
    brand="acme", kind="negative_share", severity=Severity.WARNING, at_ms=0, title="share",
    observed=30.0, expected=12.0, negative_share=0.6,
    details={"usual_share": 0.24, "elapsed_ms": 300_000})
SLA = Signal(
    brand="acme", kind="complaint_sla", severity=Severity.WARNING, at_ms=0, group="t1",
    title="Complaint unanswered for 5h of business time", observed=5.5, expected=4.0,
    details={"business_hours_unanswered": 5.5, "sla_hours": 4.0})
ARGUE = Signal(
    brand="acme", kind="complaint_escalation", severity=Severity.ERROR, at_ms=0, group="t1",
    title="Complaint thread escalating: 3 replies after the brand argued", observed=3.0,
    details={"replies_after_argument": 3})
WATCHED = Signal(
    brand="acme", kind="watched_account", severity=Severity.ERROR, at_ms=0, group="ceo",
    title="Watched account @ceo: risky post spreading fast", observed=40.0,
    details={"risky": True, "fast": True, "followers": 52_000})
INFLUENCER = Signal(
    brand="acme", kind="influencer_negative", severity=Severity.WARNING, at_ms=0,
    group="reporter", title="Negative mention by @reporter (120,000 followers)", observed=0.0,
    details={"followers": 121_000})


def message(signal: Signal, language: str, **kw: Any) -> Any:
    return render(notification(language=language, kind=signal.kind, title=signal.title,
                               last_signal=signal, **kw), LINKS)


def fields(m: Any) -> dict[str, str]:
    return {f.label: f.value for f in m.fields}


@pytest.mark.parametrize(("signal", "en", "ru"), [
    (STORY, "Negative story spreading: 11 posts by 11 authors",
     "Негативная история распространяется: 11 постов от 11 авторов"),
    (SPIKE, "Negative mentions spike: 12 in 31s vs 0 expected",
     "Всплеск негатива: 12 за 31 с при ожидаемых 0"),
    (VOLUME, "Mention volume spike: 12 in 31s vs 1.1 expected (×11.4)",
     "Всплеск упоминаний: 12 за 31 с при ожидаемых 1,1 (×11,4)"),
    (SHARE, "Negative share 60% vs usual 24% (30 of 50 mentions in 5m)",
     "Доля негатива 60% при обычной 24% (30 из 50 упоминаний за 5 мин)"),
    (SLA, "Complaint unanswered for 5h30m of business time (SLA 4h)",
     "Жалоба без ответа 5 ч 30 мин рабочего времени (SLA 4 ч)"),
    (ARGUE, "Complaint thread escalating: 3 replies after the brand argued",
     "Жалоба перерастает в скандал: 3 ответа после спора бренда"),
    (WATCHED, "Watched account @ceo: risky post spreading fast",
     "Отслеживаемый аккаунт @ceo: рискованный пост, быстро распространяется"),
    (INFLUENCER, "Negative mention by @reporter (121K followers)",
     "Негатив от @reporter (121 тыс. подписчиков)"),
])
def test_headline_per_kind_in_both_languages(signal: Signal, en: str, ru: str) -> None:
    assert message(signal, "en").headline == f"Acme Foods: {en}"
    ru_message = message(signal, "ru")
    assert ru_message.headline == f"Acme Foods: {ru}"
    assert ru_message.summary.startswith("[") and ru in ru_message.summary
    assert signal.title not in ru_message.headline  # the English title is not echoed


def test_story_why_shows_the_metrics_that_fired_not_zero_over_threshold() -> None:
    got = fields(message(STORY, "en"))
    assert got["Story"] == "11 posts, 11 authors in 3m"
    assert got["New authors"] == "3.5/min"
    assert "Engagement" not in got  # zero: not what fired
    assert "Observed vs expected" not in got
    assert not any("0 / 100" in v for v in got.values())
    ru = fields(message(STORY, "ru"))
    assert ru["История"] == "11 постов, 11 авторов за 3 мин"
    assert ru["Новые авторы"] == "3,5/мин"


def test_a_story_younger_than_a_minute_is_not_shown_as_zero_time() -> None:
    young = msgspec.structs.replace(STORY, details={**STORY.details, "age_min": 0.0})
    assert fields(message(young, "en"))["Story"] == "11 posts, 11 authors within a minute"
    assert fields(message(young, "ru"))["История"] == "11 постов, 11 авторов менее чем за минуту"


def test_story_with_engagement_shows_rate_and_threshold() -> None:
    busy = msgspec.structs.replace(STORY, observed=240.0, details={
        **STORY.details, "engagement_per_min": 240.0})
    m = message(busy, "ru")
    assert fields(m)["Реакции"] == "240/мин (порог 100/мин)"
    assert m.headline.endswith("240 реакций в минуту")


def test_spike_against_about_zero_has_no_absurd_ratio() -> None:
    got = fields(message(SPIKE, "en"))
    assert got["Observed vs expected"] == "12 / 0"
    assert "×" not in message(SPIKE, "en").headline


def test_other_kinds_why_lines() -> None:
    assert fields(message(SLA, "en"))["Unanswered (business time)"] == "5h30m (SLA 4h)"
    assert fields(message(ARGUE, "ru"))["Ответов после спора бренда"] == "3"
    watched = fields(message(WATCHED, "en"))
    assert watched["Followers"] == "52K" and watched["Engagement"] == "40/min"


def test_unknown_kind_or_missing_numbers_fall_back_to_the_title() -> None:
    odd = msgspec.structs.replace(STORY, kind="brand_new_kind")
    assert message(odd, "ru").headline == f"Acme Foods: {STORY.title}"
    bare = msgspec.structs.replace(STORY, details={})
    assert message(bare, "ru").headline == f"Acme Foods: {STORY.title}"


def test_user_controlled_group_in_headline_is_still_escaped_by_sinks() -> None:
    """The headline may carry a handle (the group); sinks escape it like any user text."""
    from alerts.sinks.slack import fallback_text

    evil = msgspec.structs.replace(WATCHED, group="<!channel>")
    text = fallback_text(message(evil, "en"))
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text


@pytest.mark.parametrize(("n", "form"), [(1, "пост"), (2, "поста"), (5, "постов"), (11, "постов"),
                                         (21, "пост"), (22, "поста"), (112, "постов"),
                                         (1.5, "поста")])
def test_plural_ru(n: float, form: str) -> None:
    assert plural_ru(n, "пост", "поста", "постов") == form


BACKLOG = Signal(
    brand="acme", kind="complaint_sla", severity=Severity.ERROR, at_ms=0, group="",
    title="14 complaints unanswered past the SLA, oldest 2d3h, reach 12,400", observed=14.0,
    reach=12_400, status="firing", snapshot=True,
    details={"backlog": 14, "paging": 5, "count_only": 9, "count_only_sources": "reviews",
             "sources": "reviews 9, x 3, vk 2", "oldest_hours": 51.3,
             "oldest_business_hours": 18.5, "sla_hours": 4.0, "paging_reach": 3_100})


def test_complaint_backlog_headline_counts_oldest_and_reach_in_both_languages() -> None:
    assert message(BACKLOG, "en").headline == (
        "Acme Foods: 14 complaints unanswered, oldest 2d3h, reach 12.4K; 9 of them reviews "
        "(not paged on their own)")
    assert message(BACKLOG, "ru").headline == (
        "Acme Foods: 14 жалоб без ответа, самой старой 2 д 3 ч, охват 12,4 тыс.; из них 9 — "
        "отзывы (сами по себе не тревожат)")
    got = fields(message(BACKLOG, "en"))
    assert got["Unanswered (business time)"] == "18h30m (SLA 4h)"
    assert got["Unanswered complaints"] == "14 (reviews 9, x 3, vk 2)"
    assert got["Of them paging"] == "5"
    one = msgspec.structs.replace(BACKLOG, reach=300, details={
        **BACKLOG.details, "backlog": 1, "count_only": 0, "oldest_hours": 4.25})
    assert message(one, "ru").headline == \
        "Acme Foods: 1 жалоба без ответа, самой старой 4 ч 15 мин, охват 300"
    done = msgspec.structs.replace(BACKLOG, details={**BACKLOG.details, "backlog": 0})
    assert message(done, "en").headline == "Acme Foods: Every overdue complaint has been answered"


def test_grouped_influencers_read_as_one_incident_naming_each_author() -> None:
    members = tuple(
        Member(group=h, severity=sev, title=f"Negative mention by @{h}", first_ms=0, last_ms=0,
               reach=reach)
        for h, sev, reach in (("anna", Severity.WARNING, 150_000),
                              ("boris", Severity.ERROR, 900_000),
                              ("vera", Severity.INFO, 120_000),
                              ("gleb", Severity.INFO, 110_000)))
    en = message(INFLUENCER, "en", members=members)
    assert en.headline == ("Acme Foods: Negative mentions by 4 influential authors: @boris, "
                           "@anna, @vera +1")
    assert fields(en)["In this incident"] == "@boris (error), @anna (warning), @vera, @gleb"
    ru = message(INFLUENCER, "ru", members=members)
    assert ru.headline == ("Acme Foods: Негатив от 4 влиятельных авторов: @boris, @anna, "
                           "@vera +1")
    single = message(INFLUENCER, "en", members=members[:1])
    assert single.headline == "Acme Foods: Negative mention by @reporter (121K followers)"
