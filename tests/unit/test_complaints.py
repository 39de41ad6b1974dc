from __future__ import annotations

import random
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import msgspec
import pytest
from factories import DAY, HOUR, MIN, SEC, T0, author, brand_spec, enriched
from hypothesis import given
from hypothesis import strategies as st

from detectors.complaints import (
    BusinessClock,
    ComplaintDetector,
    ComplaintSettings,
    ComplaintState,
    argues,
    repeat_contact,
    reply_tone,
)
from detectors.config import Account, BrandSpec, BusinessHours
from detectors.model import Enriched, Kind, Severity, Signal
from detectors.stories import key64
from detectors.story_terms import content_keys

pytestmark = pytest.mark.unit

MSK = ZoneInfo("Europe/Moscow")
BERLIN = ZoneInfo("Europe/Berlin")
MOSCOW_HOURS = BusinessHours(tz="Europe/Moscow")
SPEC = brand_spec(hours=MOSCOW_HOURS)
THREAD = ComplaintSettings(group_by="thread")  # a signal per complaint, as before the backlog


def ms(tz: ZoneInfo, y: int, mo: int, d: int, h: int, mi: int) -> int:
    return int(datetime(y, mo, d, h, mi, tzinfo=tz).timestamp() * 1000)


def complaint(text: str = "@acme_support в гречке болт! Чуть зуб не сломал", *,
              at: int = T0, **kw: Any) -> Enriched:
    kw.setdefault("by", author("buyer", followers=300))
    return enriched(text, at=at, lang="ru", negativity=0.9, complaint=True, **kw)


# Says earlier contacts went unanswered: an overdue complaint like this pages on its own.
PRESSING = "@acme_support в гречке болт! Пишу уже третий раз, никто не отвечает"


def routine_known(state: ComplaintState) -> ComplaintState:
    """A desk whose routine is known (watched for over a week, ten complaints went overdue
    this week), none of them saying it was ignored before: such a complaint pages on its own
    (_claimed_late)."""
    state.late_week, state.late_week_ms = 10.0, ms(MSK, 2030, 1, 1, 0, 0)  # no decay before
    state.late_since_ms = T0 - 8 * 24 * HOUR
    return state


def official(text: str, reply_to: Enriched, *, at: int) -> Enriched:
    return enriched(text, at=at, official=True, by=author("acme_support", followers=50_000),
                    source=reply_to.mention.source,
                    in_reply_to=reply_to.mention.id,
                    reply_to_author=reply_to.mention.author.handle)


def ticks(det: ComplaintDetector, state: ComplaintState, start: int, end: int,
          step: int = 10 * MIN) -> list[Signal]:
    out: list[Signal] = []
    for t in range(start, end + 1, step):
        out.extend(det.tick(state, t))
    return out


# ----------------------------------------------------------------------------- business time
def test_business_clock_skips_the_weekend_in_moscow() -> None:
    clock = BusinessClock(MOSCOW_HOURS)
    friday_5pm = ms(MSK, 2026, 1, 9, 17, 0)
    assert clock.add(friday_5pm, 4 * HOUR) == ms(MSK, 2026, 1, 12, 12, 0)  # Monday noon
    assert clock.elapsed(friday_5pm, ms(MSK, 2026, 1, 12, 12, 0)) == 4 * HOUR
    saturday = ms(MSK, 2026, 1, 10, 11, 0)
    assert clock.add(saturday, 30 * MIN) == ms(MSK, 2026, 1, 12, 9, 30)
    assert clock.elapsed(saturday, ms(MSK, 2026, 1, 11, 23, 0)) == 0


def test_business_clock_follows_dst_changes() -> None:
    clock = BusinessClock(BusinessHours(tz="Europe/Berlin"))
    # Friday 17:00 CET; DST starts Sunday 2025-03-30: Monday noon is 10:00 UTC, not 11:00.
    deadline = clock.add(ms(BERLIN, 2025, 3, 28, 17, 0), 4 * HOUR)
    assert deadline == ms(ZoneInfo("UTC"), 2025, 3, 31, 10, 0)
    assert clock.add(ms(BERLIN, 2025, 10, 24, 17, 0), 4 * HOUR) == \
        ms(ZoneInfo("UTC"), 2025, 10, 27, 11, 0)  # and back in autumn


def test_business_clock_overnight_window_across_dst() -> None:
    every_day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    clock = BusinessClock(BusinessHours(tz="Europe/Berlin", days=every_day,
                                        start="22:00", end="06:00"))
    # 01:00 CET on the night the clocks jump 02:00 -> 03:00: four real hours reach 06:00 CEST.
    assert clock.add(ms(BERLIN, 2025, 3, 30, 1, 0), 4 * HOUR) == ms(BERLIN, 2025, 3, 30, 6, 0)
    assert clock.add(ms(BERLIN, 2025, 3, 30, 12, 0), HOUR) == ms(BERLIN, 2025, 3, 30, 23, 0)


def test_business_clock_without_days_is_wall_time() -> None:
    clock = BusinessClock(BusinessHours(days=()))
    assert clock.add(T0, 4 * HOUR) == T0 + 4 * HOUR
    assert clock.elapsed(T0, T0 + HOUR) == HOUR


@given(t=st.integers(min_value=T0 - 400 * 24 * HOUR, max_value=T0 + 400 * 24 * HOUR),
       d=st.integers(min_value=0, max_value=200 * HOUR),
       tz=st.sampled_from(["Europe/Moscow", "Europe/Berlin", "America/New_York", "UTC"]))
def test_business_clock_add_and_elapsed_agree(t: int, d: int, tz: str) -> None:
    clock = BusinessClock(BusinessHours(tz=tz))
    end = clock.add(t, d)
    assert end >= t + d
    assert clock.elapsed(t, end) == d


# ----------------------------------------------------------------------------- SLA
def test_sla_across_a_weekend_in_moscow() -> None:
    det = ComplaintDetector(SPEC, THREAD)
    state = routine_known(det.new_state())
    friday = ms(MSK, 2026, 1, 9, 17, 0)
    c = complaint(at=friday)
    assert det.observe(state, c) == []
    monday_noon = ms(MSK, 2026, 1, 12, 12, 0)
    assert ticks(det, state, friday, monday_noon - MIN) == []
    (sig,) = det.tick(state, monday_noon)
    assert (sig.kind, sig.severity, sig.group) == (Kind.COMPLAINT_SLA, Severity.WARNING,
                                                   f"x:{c.mention.id}")
    assert sig.at_ms == monday_noon
    assert sig.details["business_hours_unanswered"] == 4.0
    assert sig.details["hours_unanswered"] == 67.0
    assert sig.mentions[0].id == c.mention.id and sig.mentions[0].author == "buyer"
    assert det.tick(state, monday_noon + HOUR) == []  # once per level


@pytest.mark.parametrize("settings", [ComplaintSettings(), THREAD], ids=["backlog", "thread"])
def test_sla_severity_rises_with_age(settings: ComplaintSettings) -> None:
    det = ComplaintDetector(SPEC, settings)
    state = routine_known(det.new_state())
    start = ms(MSK, 2026, 1, 12, 10, 0)  # Monday 10:00
    det.observe(state, complaint(PRESSING, at=start))
    sigs = ticks(det, state, start, start + 21 * 24 * HOUR, step=30 * MIN)
    # A week (retention) after it turned critical, the thread is forgotten: resolved.
    assert [s.status for s in sigs] == ["firing"] * 3 + ["resolved"]
    assert sigs[3].at_ms - sigs[2].at_ms >= 7 * 24 * HOUR
    sigs = sigs[:3]
    assert [s.severity for s in sigs] == [Severity.WARNING, Severity.ERROR, Severity.CRITICAL]
    assert [s.at_ms for s in sigs] == [
        ms(MSK, 2026, 1, 12, 14, 0),  # 4 business hours
        ms(MSK, 2026, 1, 14, 10, 0),  # 18: Monday 8 + Tuesday 9 + 1
        ms(MSK, 2026, 1, 19, 10, 0),  # 45: a business week
    ]


@pytest.mark.parametrize(("followers", "level"), [(300, Severity.INFO),
                                                  (60_000, Severity.ERROR),
                                                  (700_000, Severity.CRITICAL)])
def test_sla_severity_rises_with_reach(followers: int, level: Severity) -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, complaint(at=T0, by=author("buyer", followers=followers)))
    (sig,) = det.tick(state, T0 + 5 * HOUR)  # Monday 13:00 MSK + 5h: past the 4h SLA
    assert sig.severity == level and sig.reach == followers


def test_repliers_raise_an_overdue_complaint() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint(at=T0)
    det.observe(state, c)
    (info,) = det.tick(state, T0 + 5 * HOUR)
    sigs = [s for i in range(3) for s in det.observe(state, enriched(
        "+1, same here", at=T0 + 5 * HOUR + i * MIN, in_reply_to=c.mention.id,
        by=author(f"fan{i}", followers=20_000)))]
    assert info.severity == Severity.INFO  # one late complaint: recorded, not paged
    # Two others pile in: it pages; 300 + 3 x 20k >= 50k: error.
    assert [(s.severity, s.status) for s in sigs] == [(Severity.WARNING, "firing"),
                                                      (Severity.ERROR, "firing")]


def test_official_reply_in_time_stops_the_clock() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint(at=T0)
    det.observe(state, c)
    assert det.observe(state, official(
        "Приносим извинения! Напишите нам в личные сообщения номер заказа", c,
        at=T0 + HOUR)) == []
    assert ticks(det, state, T0, T0 + 10 * 24 * HOUR, step=HOUR) == []


def test_reply_to_the_complainant_by_handle_counts_as_an_answer() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, complaint(at=T0))
    det.observe(state, enriched("Please DM us your order number", at=T0 + MIN, official=True,
                                by=author("acme_support"), reply_to_author="@Buyer"))
    assert ticks(det, state, T0, T0 + 3 * 24 * HOUR, step=HOUR) == []


def test_follow_up_after_an_answer_restarts_the_clock() -> None:
    det = ComplaintDetector(SPEC, THREAD)
    state = routine_known(det.new_state())
    c = complaint(at=T0)
    det.observe(state, c)
    reply = official("We're sorry, we will look into it", c, at=T0 + HOUR)
    det.observe(state, reply)
    det.observe(state, complaint("Still nothing, two days later", at=T0 + 26 * HOUR,
                                 in_reply_to=reply.mention.id))
    sigs = ticks(det, state, T0, T0 + 3 * 24 * HOUR, step=10 * MIN)
    assert [s.severity for s in sigs] == [Severity.WARNING]
    assert sigs[0].group == f"x:{c.mention.id}"


def test_a_thank_you_after_an_answer_does_not_restart_the_clock() -> None:
    """A complaint word in a thank-you ("I want a refund" -> "got the refund, appreciate it")
    is no "still not fixed": only a negative follow-up restarts the clock."""
    det = ComplaintDetector(SPEC, THREAD)
    state = routine_known(det.new_state())
    c = complaint("@acme_support charged twice, I want a refund", at=T0)
    det.observe(state, c)
    reply = official("We're sorry, the money is on its way back", c, at=T0 + HOUR)
    det.observe(state, reply)
    # What the scorer reads in it: a complaint word ("refund"), not negative.
    thanks = enriched("Got the refund, apprecite it", at=T0 + 26 * HOUR, lang="en",
                      negativity=0.2, complaint=True, by=author("buyer", followers=300),
                      in_reply_to=reply.mention.id)
    assert thanks.sentiment != "negative"
    det.observe(state, thanks)
    assert ticks(det, state, T0, T0 + 3 * 24 * HOUR, step=10 * MIN) == []


@pytest.mark.parametrize("kw", [
    {"text": "в гречке Акме болт", "source": "reviews"},
    {"text": "в гречке болт, @ACME_support ответьте"},
    {"text": "в гречке болт", "reply_to_author": "acme_support"},
])
def test_complaints_addressed_to_the_brand_open_threads(kw: dict[str, Any]) -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, complaint(at=T0, **kw))
    assert len(det.tick(state, T0 + 24 * HOUR)) == 1


def test_a_reply_to_an_official_post_is_addressed() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    post = enriched("New buckwheat in stores!", at=T0, official=True,
                    by=author("acme_support"))
    det.observe(state, post)
    det.observe(state, complaint("а у меня в гречке болт", at=T0 + MIN,
                                 in_reply_to=post.mention.id))
    assert len(det.tick(state, T0 + 24 * HOUR)) == 1


@pytest.mark.parametrize(("text", "kw"), [
    ("в гречке Акме болт", {}),  # about the brand, not to it
    ("@acme_supporters в гречке болт", {}),  # another handle
    ("в гречке болт", {"reply_to_author": "friend"}),
])
def test_complaints_not_addressed_to_the_brand_are_ignored(text: str,
                                                           kw: dict[str, Any]) -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, complaint(text, at=T0, **kw))
    det.observe(state, enriched("@acme_support love it", at=T0))  # not a complaint
    assert det.tick(state, T0 + 30 * 24 * HOUR) == [] and not state.threads


def test_official_account_on_another_source_does_not_count() -> None:
    spec = BrandSpec(id="acme", name="Acme", aliases=("acme",), business_hours=MOSCOW_HOURS,
                     official_accounts=(Account(handle="acme", source="vk"),))
    det = ComplaintDetector(spec, THREAD)
    state = routine_known(det.new_state())
    det.observe(state, complaint("болт", source="x", reply_to_author="acme"))
    det.observe(state, complaint("болт", source="vk", reply_to_author="acme"))
    assert [s.group.split(":")[0] for s in det.tick(state, T0 + 24 * HOUR)] == ["vk"]


def test_brand_grouping_collects_the_backlog_in_one_signal() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings(group_by="brand"))
    state = routine_known(det.new_state())
    for i in range(3):
        det.observe(state, complaint(at=T0 + i * MIN, by=author(f"b{i}")))
    (sig,) = det.tick(state, T0 + 5 * HOUR)  # one tick sees all three pass the SLA
    assert (sig.group, sig.severity, sig.status, sig.snapshot) == (
        "", Severity.ERROR, "firing", True)  # three customers, one problem, all ignored
    assert sig.details["pressing_why"] == "same_problem 3"
    assert sig.details["backlog"] == 3 and len(sig.mentions) == 3


# ----------------------------------------------------------------------------- arguing
ARGUING = [
    "Вы сами виноваты, неправильно хранили продукт. Это невозможно на нашем производстве",
    "Ваш отзыв заказной, это клевета. Докажите!",
    "Сожалеем, но ваш отзыв заказной",
    "Не будем извиняться за то, чего не было",
    "You must be mistaken, this is fake.",
    "We do not believe this happened. That's impossible with our process.",
    "Sorry, but this is fake and our lawyers are looking at it",
    # deflection without a charge: "it cannot come from us", "look to yourself"
    "Такого быть не может, крупа проходит три ступени очистки. Проверьте, как вы её храните",
    "Посторонний предмет не мог попасть в упаковку на заводе, скорее всего это случилось дома",
    "Ваше фото ничего не доказывает, а подобные посты вредят нашей репутации",
    "We are confident in our product: this could not have happened at the plant.",
    "This is not our fault; it must have happened after purchase.",
    # deflection spread over a few words: the photo, the process, the track record, the terms
    "Здравствуйте. По снимку невозможно установить, когда он сделан",
    "На этом снимке нельзя понять, где это снято. Тогда поговорим, когда пришлёте упаковку",
    "Продукция проходит рентген, посторонний предмет оказаться в пачке не мог",
    "Такого у нас не было за все двенадцать лет работы",
    "Отправьте пачку в лабораторию за свой счёт, и тогда обсудим",
    "Похоже, это попало в тарелку уже у вас дома",
    "Подобные истории мы видим каждую неделю: всем хочется компенсации",
    "The photo you posted does not show our packaging, and we stand by our process.",
    # the claim refused on a photo, the thing not used here, the pack opened before, no
    # responsibility (phrasings of our own, not a bank's)
    "Претензии по одной фотографии не принимаем и не можем принимать такие претензии по фото",
    "По этому фото нельзя определить, ваш ли это пакет вообще",
    "Такие детали на наше производство попасть не могут",
    "Подобный материал у нас вообще не применяется на линии фасовки",
    "Скорее всего, пачку вскрыли ещё до вас в магазине",
    "Мы не будем нести за это никакой ответственности",
    "Sorry, we can't accept complaints based on a photo, we can't tell if it's ours.",
    # the thirteenth round's families: no such complaints ever, confident in our control, the
    # thing got in after opening or in your kitchen, our position stands, the matter is closed,
    # a lab at your own cost (phrasings of our own, not a bank's)
    "Похожих претензий у нас не было ни разу за пятнадцать лет",
    "На линии фасовки нет ничего подобного, а в своём контроле мы уверены",
    "Стандарты качества у нас исключают подобные находки",
    "Скорее всего, камень оказался в крупе уже после вскрытия пачки",
    "Думаем, это попало в кашу у вас на кухне",
    "Видимо, вы спутали нас с другой маркой",
    "Наша позиция прежняя, мы дали исчерпывающий ответ",
    "Считаем вопрос закрытым, комментарии в соцсетях не являются официальным обращением",
    "Без пачки и чека ничего рассматривать не будем",
    "Вы вправе отнести пачку на анализ в любую лабораторию за свой счёт",
    # round 14: "not ours" with a shrug
    "Контроль у нас двойной, так что болт в пачке — явно не у нас",
    "Мы проверили смену: камешек точно не от нас",
    "Фасовка автоматическая, такая находка — не наша история",
    "Our line is fully automated, so this is definitely not from us",
    "Из снимка не следует, что стружка была в пачке с завода",
    "Посмотрели снимок: по нему нельзя понять, откуда там стекло",
    "Без экспертизы дальше обсуждать это нет смысла",
    "Рассмотреть претензию в таком виде не получится",
    "Такие посты часто пишут с целью получить компенсацию",
    "Не надо устраивать шоу в комментариях, пишите в лс",
    "Our audit found no violations at the plant",
    # round 15: years without such complaints, a boast of control, "sure it is ours?"
    "Подобных претензий у нас за все годы ни разу не поступало",
    "Контроль качества у нас жёстче отраслевого, так что вопрос к магазину",
    "А вы уверены, что это наша крупа, а не с соседней полки?",
]
APOLOGISING = [
    "Приносим извинения! Напишите нам в личные сообщения, разберемся",
    "Очень сожалеем. Свяжемся с вами сегодня",
    "We're sorry to hear that. Please DM us your order number",
    "So sorry about this, we'll look into it and make it right",
    "Нам очень жаль, напишите нам в директ",
    "После вскрытия храните крупу в сухом месте, так она дольше сохранится",
    "After opening, keep the pack in a dry place and it will last longer",
    "Здравствуйте! Уточните, пожалуйста, номер заказа, мы всё проверим",
    "Thanks for the photo! Please keep the pack, we'll send a courier for it",
    # routine support that shares words with deflection
    "Проверьте, пожалуйста, настройки роутера у вас дома и перезагрузите его",
    "На фото не видно номер партии. Пришлите, пожалуйста, ещё один снимок",
    "Приносим извинения, что ввели вас в заблуждение: акция закончилась вчера",
    "Экспертизу проведём за свой счёт и сообщим результат здесь же",
    "We'd love to offer you a free meal on your next visit",
    "Could you check the router settings at your end?",
    "Ни одной жалобы мы не оставляем без ответа: передали инженерам",
    "Такие жалобы мы регулярно получаем из вашего района, инженеры уже чинят вышку",
    "Если проблема появилась у вас дома после обновления, перезагрузите роутер",
    "Не видим оснований отказывать вам в возврате, деньги придут завтра",
    "При нашем уровне сервиса так быть не должно, передали менеджеру",
    "We never had a chance to read your DM, sorry about that",
    "Не можем принять претензию без чека, пришлите, пожалуйста, фото чека в лс",
    "К нам не поступало вашего обращения, напишите, пожалуйста, в личные сообщения",
    "Этот тариф у нас больше не применяется, подключим вам новый, напишите в лс",
    "Мы несём ответственность за каждую пачку: напишите нам, разберёмся",
    # routine answers sharing the new families' words
    "Ваш вопрос закрыт? Если нет, напишите нам в лс",
    "Позиция курьера та же, что в приложении: заказ будет через 10 минут",
    "Мы уверены, что всё решим: напишите номер заказа в личные сообщения",
    "Экспертизу закажем сами, за свой счёт, и сообщим результат",
    "Сроки доставки, к сожалению, точно не от нас зависят: пишем в службу курьеров",
    "Это наша история успеха, спасибо, что вы с нами!",
    "Definitely not ok, sorry! We'll refund you today",
    "По фото нельзя установить номер партии, пришлите ещё один снимок, пожалуйста",
    "Отправили пачку на экспертизу за наш счёт, результат пришлём сюда",
    "Компенсацию переведём сегодня, простите за ожидание",
    "Вы уверены, что это ваш номер? Проверьте, пожалуйста, в личном кабинете",
    "Таких обращений у нас за неделю поступало много, инженеры уже чинят вышку",
    "Контроль качества усилили, спасибо, что написали, разберёмся",
]


@pytest.mark.parametrize("text", ARGUING)
def test_arguing_replies_are_recognised(text: str) -> None:
    assert argues(text), reply_tone(text)


@pytest.mark.parametrize("text", APOLOGISING)
def test_apologising_replies_are_not_arguing(text: str) -> None:
    assert not argues(text), reply_tone(text)


def test_negated_apology_does_not_count() -> None:
    assert reply_tone("We're not sorry")[1] == 0
    assert reply_tone("Нам жаль")[1] == 1  # "нам" ends in "...м", not the negation "не"


def test_bolt_in_the_buckwheat_escalates_with_the_thread() -> None:
    """The customer posts the bolt; the brand argues in public; the crowd piles in."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint(at=T0)
    det.observe(state, c)
    reply = official("Вы сами виноваты, на нашем производстве это невозможно. Докажите!", c,
                     at=T0 + 30 * MIN)
    (esc,) = det.observe(state, reply)
    assert (esc.kind, esc.severity, esc.group) == (Kind.COMPLAINT_ESCALATION, Severity.ERROR,
                                                   f"x:{c.mention.id}")
    assert [r.id for r in esc.mentions] == [c.mention.id, reply.mention.id]
    raised: list[Signal] = []
    for i in range(12):
        raised += det.observe(state, enriched(
            "позор, вместо извинений хамят", at=T0 + 40 * MIN + i * MIN, lang="ru",
            negativity=0.8, by=author(f"crowd{i}", followers=200),
            in_reply_to=reply.mention.id if i % 2 else c.mention.id))
    assert [s.severity for s in raised] == [Severity.CRITICAL]
    assert raised[0].details["replies_after_argument"] == 10
    assert ticks(det, state, T0, T0 + 7 * 24 * HOUR, step=HOUR) == []  # answered: no SLA


def test_escalation_in_english_and_second_argument_is_critical() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint("@acme_support found a cockroach in my salad", at=T0)
    det.observe(state, c)
    r1 = official("You must be mistaken, this is fake", c, at=T0 + MIN)
    r2 = official("We do not believe you. Prove it.", c, at=T0 + 2 * MIN)
    assert [s.severity for s in det.observe(state, r1)] == [Severity.ERROR]
    assert [s.severity for s in det.observe(state, r2)] == [Severity.CRITICAL]


def test_escalation_is_above_the_sla_severity() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint(at=T0, by=author("buyer", followers=60_000))
    det.observe(state, c)
    (sla,) = det.tick(state, T0 + 5 * HOUR)
    answered, esc = det.observe(state, official("Ваш отзыв заказной", c, at=T0 + 6 * HOUR))
    assert sla.severity == Severity.ERROR and esc.severity == Severity.CRITICAL
    assert (answered.kind, answered.status) == (Kind.COMPLAINT_SLA, "resolved")


def test_apology_closes_without_escalation() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint(at=T0)
    det.observe(state, c)
    assert det.observe(state, official(APOLOGISING[0], c, at=T0 + MIN)) == []
    for i in range(20):
        assert det.observe(state, enriched("ну ладно", at=T0 + (2 + i) * MIN,
                                           in_reply_to=c.mention.id)) == []


# A desk reply the tone list does not read as arguing (no defensive stem, a polite word).
POLITE_DENIAL = ("Спасибо за обращение. Технологи посмотрели снимок: с нашей стороны всё в "
                 "порядке")


def reply_to(parent: Enriched, text: str, *, by: str, at: int, negativity: float = 0.8
             ) -> Enriched:
    return enriched(text, at=at, lang="ru", negativity=negativity, by=author(by),
                    source=parent.mention.source, in_reply_to=parent.mention.id,
                    reply_to_author=parent.mention.author.handle)


def test_a_reply_the_thread_disputes_at_once_is_arguing_whatever_its_words() -> None:
    """The customer answers the desk back and someone else piles in within minutes: the public
    takes sides against the brand's reply, a page whatever the tone list reads in it."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint(at=T0)
    det.observe(state, c)
    reply = official(POLITE_DENIAL, c, at=T0 + 20 * MIN)
    assert det.observe(state, reply) == []  # not arguing by its words
    back = reply_to(reply, "То есть я сама это подложила? Серьёзно?", by="buyer",
                    at=T0 + 27 * MIN)
    assert det.observe(state, back) == []  # the complainant alone: a routine "still broken"
    (esc,) = det.observe(state, reply_to(reply, "Вместо извинений обвиняют покупателя, позор",
                                         by="passer_by", at=T0 + 31 * MIN))
    assert (esc.kind, esc.severity, esc.group) == (Kind.COMPLAINT_ESCALATION, Severity.ERROR,
                                                   f"x:{c.mention.id}")
    assert esc.details["disputers"] == 1 and esc.details["answered_back"] is True
    assert [r.id for r in esc.mentions][:2] == [c.mention.id, reply.mention.id]
    # the crowd keeps coming: the same thread rises, as for a reply that argues by its words
    raised: list[Signal] = []
    for i in range(10):
        raised += det.observe(state, reply_to(c, "позор", by=f"crowd{i}",
                                              at=T0 + 40 * MIN + i * MIN))
    assert [s.severity for s in raised] == [Severity.CRITICAL]


def test_routine_answers_back_do_not_dispute_a_reply() -> None:
    """"Thanks" and "still broken" from the complainant, a kind word from someone else, or
    others arriving hours later: a desk's routine, no page."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    out: list[Signal] = []
    for k, (who, negativity, after) in enumerate([
            ("buyer", 0.8, 5 * MIN),  # still broken, at once
            ("helper", 0.1, 6 * MIN),  # someone else, not negative
            ("late_a", 0.9, 3 * HOUR), ("late_b", 0.9, 3 * HOUR + MIN)]):  # long after
        at = T0 + k * DAY
        c = complaint(at=at)
        out += det.observe(state, c)
        reply = official("Приносим извинения, напишите нам в личные сообщения", c,
                         at=at + 20 * MIN)
        out += det.observe(state, reply)
        out += det.observe(state, reply_to(reply, "всё равно не работает", by="buyer",
                                           at=at + 20 * MIN + MIN, negativity=0.8))
        out += det.observe(state, reply_to(reply, "ну ладно", by=who, at=at + 20 * MIN + after,
                                           negativity=negativity))
    assert [s for s in out if s.kind == Kind.COMPLAINT_ESCALATION] == []


def test_two_others_disputing_a_reply_page_without_the_complainant() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint(at=T0)
    det.observe(state, c)
    reply = official(POLITE_DENIAL, c, at=T0 + 20 * MIN)
    det.observe(state, reply)
    assert det.observe(state, reply_to(c, "у меня так же было, ответили так же", by="a",
                                       at=T0 + 25 * MIN)) == []
    (esc,) = det.observe(state, reply_to(reply, "обвинять клиента — это сильно", by="b",
                                         at=T0 + 26 * MIN))
    assert esc.severity == Severity.ERROR and esc.details["disputers"] == 2


def test_brand_arguing_under_an_unseen_post_still_escalates() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    (esc,) = det.observe(state, enriched("Это клевета, вы сами виноваты", at=T0, official=True,
                                         by=author("acme_support"), in_reply_to="unseen1",
                                         reply_to_author="angry"))
    assert esc.group == "x:unseen1" and esc.severity == Severity.ERROR


def test_metric_update_of_a_handled_mention_is_ignored() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint(at=T0)
    r = official("Это невозможно", c, at=T0 + MIN)
    det.observe(state, c)
    assert len(det.observe(state, r)) == 1
    assert det.observe(state, r) == [] and det.observe(state, c) == []
    assert state.threads[key64(f"x:{c.mention.id}")].argued == 1


# ----------------------------------------------------------------------------- state
def test_state_roundtrips_through_msgpack() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    cs = [complaint(at=T0 + i * MIN, by=author(f"b{i}")) for i in range(5)]
    for c in cs:
        det.observe(state, c)
    det.observe(state, official("Докажите", cs[0], at=T0 + 10 * MIN))
    det.tick(state, T0 + 5 * HOUR)
    blob = msgspec.msgpack.encode(state)
    copy = msgspec.msgpack.decode(blob, type=ComplaintState)
    assert copy == state and copy.due and copy.threads[key64(f"x:{cs[0].mention.id}")].reply
    later = T0 + 30 * 24 * HOUR
    assert det.tick(copy, later) == det.tick(state, later) != []


def test_state_stays_bounded_under_a_long_random_stream() -> None:
    rng = random.Random(5)
    s = ComplaintSettings(max_threads=50, max_posts=200)
    det = ComplaintDetector(SPEC, s)
    state = routine_known(det.new_state())
    seen: list[Enriched] = []
    sizes = []
    for i in range(20_000):
        t = T0 + i * 30 * SEC
        r = rng.random()
        if seen and r < 0.3:
            parent = rng.choice(seen[-300:])
            e = (official(rng.choice(ARGUING + APOLOGISING), parent, at=t) if r < 0.1 else
                 enriched("me too", at=t, in_reply_to=parent.mention.id,
                          complaint=rng.random() < 0.5, by=author(f"a{rng.randint(0, 500)}")))
        else:
            e = complaint(rng.choice(("@acme_support болт", "bad", "@acme_support help")),
                          at=t, by=author(f"a{rng.randint(0, 500)}",
                                          followers=rng.randint(0, 10**6)))
        seen.append(e)
        det.observe(state, e)
        if i % 100 == 0:
            det.tick(state, t)
            assert len(state.threads) <= s.max_threads
            assert len(state.posts) <= s.max_posts
            assert len(state.by_author) <= s.max_threads
            assert len(state.due) <= 2 * s.max_threads + 16
            assert all(len(th.repliers) <= 32 for th in state.threads.values())
            sizes.append(len(msgspec.msgpack.encode(state)))
    assert max(sizes) < 100_000
    assert state.overdue <= len(state.threads)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"sla": "4 hours"}, "invalid duration"),
    ({"sla": "0"}, "sla must be a positive duration"),
    ({"sla": "2d", "error_after": "1d"}, "sla <= error_after <= critical_after"),
    ({"group_by": "author"}, "group_by must be 'brand' or 'thread'"),
    ({"error_count": 9, "critical_count": 3}, "ascending"),
    ({"sources": {"reviews": "pages"}}, "sources.reviews: 'pages' is not one of page, count"),
    ({"sources": {" ": "count"}}, "must not be empty"),
    ({"error_reach": 10, "critical_reach": 5}, "ascending"),
])
def test_settings_validation(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ComplaintSettings(**kwargs)


def test_settings_reject_unknown_fields() -> None:
    with pytest.raises(msgspec.ValidationError, match="unknown field"):
        msgspec.convert({"sla_hours": 4}, ComplaintSettings)


# ----------------------------------------------------------------------------- the backlog
def review(text: str = "Гречка Акме с камнями, не покупайте", *, at: int = T0,
           **kw: Any) -> Enriched:
    return complaint(text, at=at, source="reviews", **kw)


def test_a_backlog_of_reviews_only_is_info_and_a_tweet_makes_it_page() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    for i in range(12):  # Monday from 10:00 Moscow
        det.observe(state, review(at=T0 - 3 * HOUR + i * MIN, by=author(f"r{i}", followers=50)))
    (info,) = det.tick(state, T0 + HOUR + 15 * MIN)
    assert (info.severity, info.status, info.details["backlog"], info.details["paging"]) == (
        Severity.INFO, "firing", 12, 0)
    assert info.details["count_only_sources"] == "reviews"
    tweet = complaint(PRESSING, at=T0 + HOUR)
    det.observe(state, tweet)
    (warn,) = ticks(det, state, T0 + HOUR, T0 + 5 * HOUR)
    assert (warn.severity, warn.status, warn.details["backlog"]) == (Severity.WARNING, "firing",
                                                                     13)
    assert warn.mentions[0].id == tweet.mention.id  # paging complaints are shown first
    (answered,) = det.observe(state, official("Приносим извинения, напишите нам в лс", tweet,
                                              at=T0 + 11 * HOUR))
    assert (answered.severity, answered.status, answered.details["backlog"]) == (
        Severity.INFO, "resolved", 12)  # nothing left that pages: the page closes


@pytest.mark.parametrize(("count", "level"), [(4, Severity.WARNING), (5, Severity.ERROR),
                                              (20, Severity.CRITICAL)])
def test_backlog_level_rises_with_the_count_of_paging_complaints(count: int,
                                                                 level: Severity) -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    for i in range(count):  # each about its own order; each author wrote again under it
        who = author(f"b{i}", followers=10)
        c = complaint(f"@acme_support заказ {1000 + i} не пришёл", at=T0 + i * SEC, by=who)
        det.observe(state, c)
        det.observe(state, enriched("ну?", at=T0 + HOUR, in_reply_to=c.mention.id, by=who))
    (sig,) = det.tick(state, T0 + 5 * HOUR)
    assert sig.severity == level and sig.details["paging"] == count
    assert sig.details["pressing_why"] == f"repeat_contact {count}"


def test_backlog_level_rises_with_summed_reach() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    for i in range(3):  # 3 x 20k: each below error_reach, together above it
        det.observe(state, complaint(at=T0 + i * SEC, by=author(f"b{i}", followers=20_000)))
    (sig,) = det.tick(state, T0 + 5 * HOUR)
    assert sig.severity == Severity.ERROR and sig.reach == 60_000


def test_backlog_resolves_when_every_complaint_is_answered() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    cs = [complaint(PRESSING, at=T0 + i * MIN, by=author(f"b{i}")) for i in range(2)]
    for c in cs:
        det.observe(state, c)
        det.observe(state, enriched("ау", at=T0 + HOUR, in_reply_to=c.mention.id,
                                    by=c.mention.author))
    assert [s.details["backlog"] for s in det.tick(state, T0 + 5 * HOUR)] == [2]
    (first,) = det.observe(state, official("Извините, разберёмся", cs[0], at=T0 + 6 * HOUR))
    (last,) = det.observe(state, official("Извините, разберёмся", cs[1], at=T0 + 6 * HOUR))
    assert (first.status, first.details["backlog"]) == ("update", 1)
    assert (last.status, last.details["backlog"], last.mentions) == ("resolved", 0, ())
    assert det.tick(state, T0 + 30 * HOUR) == []  # nothing left, nothing said


@pytest.mark.parametrize(("sources", "review_level", "forum_tracked"), [
    ({}, Severity.INFO, True),
    ({"reviews": "page"}, Severity.WARNING, True),
    ({"forum": "ignore"}, Severity.INFO, False),
    ({"*": "count", "x": "page"}, Severity.INFO, True),
])
def test_source_policies(sources: dict[str, str], review_level: Severity,
                         forum_tracked: bool) -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings(sources=sources))
    state = routine_known(det.new_state())
    det.observe(state, review("Гречка Акме с камнями, писали уже три раза, тишина",
                              at=T0 - 3 * HOUR))
    (sig,) = det.tick(state, T0 + HOUR)
    assert sig.severity == review_level
    det.observe(state, complaint(at=T0 + HOUR, source="forum"))
    sigs = ticks(det, state, T0 + HOUR, T0 + 5 * HOUR)
    assert bool(sigs) == forum_tracked
    if sigs:  # forum: page by default, count under "*": count
        paging = (review_level == Severity.WARNING) + (sources.get("*") != "count")
        assert sigs[0].details["paging"] == paging


def test_thread_mode_keeps_reviews_at_info_and_resolves_answered_threads() -> None:
    det = ComplaintDetector(SPEC, THREAD)
    state = routine_known(det.new_state())
    r = review(at=T0)
    c = complaint(at=T0)
    det.observe(state, r)
    det.observe(state, c)
    sigs = det.tick(state, T0 + 5 * HOUR)
    assert sorted((s.group, s.severity) for s in sigs) == sorted([
        (f"reviews:{r.mention.id}", Severity.INFO), (f"x:{c.mention.id}", Severity.WARNING)])
    assert [s.severity for s in ticks(det, state, T0 + 5 * HOUR, T0 + 8 * 24 * HOUR,
                                      step=HOUR)] == [Severity.ERROR, Severity.CRITICAL]
    (done,) = det.observe(state, official("Извините", c, at=T0 + 8 * 24 * HOUR))
    assert (done.group, done.status) == (f"x:{c.mention.id}", "resolved")


def test_evicting_an_overdue_complaint_updates_the_backlog() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings(max_threads=8))
    state = routine_known(det.new_state())
    for i in range(8):
        det.observe(state, complaint(at=T0 + i * SEC, by=author(f"b{i}")))
    assert [s.details["backlog"] for s in det.tick(state, T0 + 5 * HOUR)] == [8]
    out = det.observe(state, complaint(at=T0 + 6 * HOUR, by=author("late")))
    # 9 threads > 8: the least recently active quarter goes (3 of the 8 overdue ones).
    assert [(s.status, s.details["backlog"]) for s in out] == [("update", 5)]


def test_state_from_before_the_backlog_still_loads() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, complaint(at=T0))
    raw = msgspec.to_builtins(state)
    for name in ("backlog_total", "backlog_paging", "backlog_level", "backlog_stage"):
        del raw[name]
    for th in raw["threads"].values():
        del th[-5:]  # pages, pressing, keys, claims_repeat, under: the newest fields of a Thread
    old = msgspec.msgpack.decode(msgspec.msgpack.encode(raw), type=ComplaintState)
    (sig,) = det.tick(old, T0 + 5 * HOUR)
    assert sig.details["backlog"] == 1 and sig.severity == Severity.INFO


# ----------------------------------------------------------------------------- what pages
@pytest.mark.parametrize(("text", "cue"), [
    ("@acme сколько можно ждать? нет связи, писали уже три раза", True),
    ("@acme нет связи. Заявка 123, никто не отвечает", True),
    ("@acme уже неделю беда: нет связи. Обращение 12, тишина", True),
    ("@acme здравствуйте, нет связи. Ответьте хоть что-нибудь", True),
    ("@acme third day: no signal in our building. No reply", True),
    ("@acme I have written to you three times about this", True),
    ("@acme пятый раз пишу про это", True),
    # the thirteenth round: others asking whether anyone is answered, "ignored", "silent"
    ("У меня то же самое. Вы хоть кому-нибудь отвечаете? Они вообще отвечают кому-то?", True),
    ("и у нас так же, поддержка молчит", True),
    ("Тоже жду, тоже игнор", True),
    ("@acme напоминаю о себе: код так и не пришёл", True),
    ("Не могу достучаться до вашей поддержки", True),
    ("Does anyone there even answer? Do they ever reply?", True),
    # round 15: the count after the verb, "again" as an adverb
    ("@acme добрый день, обращаюсь уже третий раз: деньги не вернулись", True),
    ("@acme пишу повторно, заявка 55 висит", True),
    ("Это моё повторное обращение по возврату", True),
    ("@acme пишу первый раз, подскажите по тарифу", False),
    ("@acme второй раз заказываю у вас, всё отлично", False),
    ("@acme объясните: деньги списали дважды. В поддержке молчат уже неделю", True),
    ("@acme третий день без связи, а ответа ноль", True),
    ("@acme в чате поддержки подсказали, всё работает, спасибо", False),
    ("@acme молчание ягнят сегодня в кино, кто со мной?", False),
    ("@acme отвечают ли операторы ночью?", False),  # asks how the desk works
    ("@acme уже второй раз привезли не тот заказ. Сколько можно?", False),  # the problem recurs
    ("@acme мне не довезли бургер, жду ответа", False),  # asks for an answer, none refused yet
    ("@acme третий день не работает интернет", False),
    ("@acme order 123 is late. Any update?", False),
    # round 17: the ordinal of the request, "twice", trying to get through, waiting for days
    ("@acme это уже четвёртое обращение по одной и той же проблеме", True),
    ("@acme писала дважды в чат, теперь сюда: роутер так и не привезли", True),
    ("Месяц пытаюсь достучаться до оператора", True),
    ("И я тоже жду ответа, третий день", True),
    ("@acme жду ответа с пятницы по заявке 88", True),
    ("Ни ответа ни привета от них", True),
    ("@acme алло, есть кто живой? заказ потерялся", True),
    ("@acme is anybody reading this? my order vanished", True),
    ("@acme первое обращение: не пришёл код", False),
    ("@acme курьер не привёз заказ 77, жду ответа с нетерпением", False),  # a first contact
    # round 18 (blind14 1501)
    ("@acme кто-нибудь у вас читает личку? Роутер третью неделю не привозят", True),
    ("@acme кто-нибудь тут читает?", True),
    ("@acme кто-нибудь читает эту книгу? посоветуйте", False),
    ("Такая же беда у коллеги. Поддержка пропала", True),
    ("@acme гречка пропала из магазинов у дома, где купить?", False),
    ("@acme есть кто-нибудь, кто пробовал новый тариф?", False),
    # round 19 (blind16 1702, 1708): "do you read messages?", "I repeat:", "in reply, nothing"
    ("@acme Вы читаете сообщения? Повторяю: номер так и не перенесли", True),
    ("@acme повторяю свой вопрос: когда вернут деньги?", True),
    ("@acme в который раз пишу: пачка мелкая", True),
    ("@acme списали дважды, а в ответ ноль", True),
    ("@acme вы читаете новый роман Пелевина? обсуждаем в чате", False),
    ("@acme повторяю заказ каждую неделю, очень вкусно", False),
])
def test_repeat_contact_cues(text: str, cue: bool) -> None:
    assert repeat_contact(text) is cue


def test_one_late_complaint_is_info_a_pressing_one_pages() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, complaint("@acme_support мне не довезли заказ, верните деньги", at=T0,
                                 by=author("a")))
    (info,) = det.tick(state, T0 + 5 * HOUR)
    assert (info.severity, info.status, info.details["pressing"]) == (Severity.INFO, "firing", 0)
    pressing = complaint(PRESSING, at=T0 + HOUR, by=author("b"))
    det.observe(state, pressing)
    (warn,) = ticks(det, state, T0 + 5 * HOUR, T0 + 6 * HOUR)
    assert (warn.severity, warn.status, warn.details["pressing"]) == (Severity.WARNING,
                                                                      "firing", 1)
    assert warn.mentions[0].id == pressing.mention.id


def test_the_author_writing_again_under_an_unanswered_complaint_makes_it_page() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    c = complaint("@acme_support в гречке болт", at=T0, by=author("a"))
    det.observe(state, c)
    (info,) = det.tick(state, T0 + 5 * HOUR)
    assert info.severity == Severity.INFO
    (warn,) = det.observe(state, enriched("Прошёл день. @acme_support ну?", at=T0 + 6 * HOUR,
                                          in_reply_to=c.mention.id, by=author("a")))
    assert (warn.severity, warn.status) == (Severity.WARNING, "firing")


def test_overdue_complaints_about_one_problem_page_together() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, complaint("@acme_support не работает интернет в посёлке Лесном",
                                 at=T0, by=author("a")))
    det.observe(state, complaint("@acme_support верните деньги за роуминг", at=T0 + MIN,
                                 by=author("b")))
    (info,) = det.tick(state, T0 + 5 * HOUR)
    assert (info.severity, info.details["backlog"]) == (Severity.INFO, 2)  # two problems
    det.observe(state, complaint("@acme_support в посёлке Лесном интернет не работает второй "
                                 "день", at=T0 + 2 * HOUR, by=author("c")))
    (two,) = ticks(det, state, T0 + 5 * HOUR, T0 + 30 * HOUR)
    assert (two.severity, two.details["pressing"]) == (Severity.INFO, 0)  # two alike: common
    det.observe(state, complaint("@acme_support интернет в посёлке Лесном не работает",
                                 at=T0 + 3 * HOUR, by=author("d")))
    (err,) = ticks(det, state, T0 + 30 * HOUR, T0 + 40 * HOUR)
    assert (err.severity, err.status, err.details["pressing"],
            err.details["pressing_why"]) == (Severity.ERROR, "firing", 3, "same_problem 3")


def test_the_page_closes_when_nothing_pressing_is_left_and_a_new_one_pages_again() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, complaint("@acme_support верните деньги за роуминг", at=T0,
                                 by=author("a")))
    p1 = complaint(PRESSING, at=T0, by=author("b"))
    det.observe(state, p1)
    (warn,) = det.tick(state, T0 + 5 * HOUR)
    assert (warn.severity, warn.status) == (Severity.WARNING, "firing")
    (closed,) = det.observe(state, official("Извините, разберёмся", p1, at=T0 + 6 * HOUR))
    assert (closed.severity, closed.status, closed.details["backlog"]) == (Severity.INFO,
                                                                           "resolved", 1)
    # A second complaint this week saying it was ignored before: such claims are this desk's
    # routine now, so it waits for more (info) until its author writes again under it.
    p2 = complaint("@acme_support курьер не приехал, пишу уже второй раз", at=T0 + 7 * HOUR,
                   by=author("c"))
    det.observe(state, p2)
    sigs = ticks(det, state, T0 + 7 * HOUR, T0 + 30 * HOUR)
    assert [(s.severity, s.status) for s in sigs] == [(Severity.INFO, "firing")]
    (again,) = det.observe(state, enriched("ау, вы где?", at=T0 + 31 * HOUR, by=author("c"),
                                           in_reply_to=p2.mention.id))
    assert (again.severity, again.status) == (Severity.WARNING, "firing")


def test_a_disputed_review_is_info_until_others_pile_in() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    r = review("Ждали заказ час, картошка холодная", at=T0)
    det.observe(state, r)
    (sig,) = det.observe(state, official(
        "Мы проверили записи камер: информация в отзыве не соответствует действительности.",
        r, at=T0 + HOUR))
    assert (sig.kind, sig.severity) == (Kind.COMPLAINT_ESCALATION, Severity.INFO)
    sigs = [s for i in range(2) for s in det.observe(state, enriched(
        "Ну вы даёте, спорить с клиентом", at=T0 + 2 * HOUR + i * MIN, source="reviews",
        in_reply_to=r.mention.id, by=author(f"fan{i}", followers=100)))]
    assert [(s.kind, s.severity) for s in sigs] == [(Kind.COMPLAINT_ESCALATION, Severity.ERROR)]
    # A tweet the brand argues with pages at once, as before.
    c = complaint(at=T0)
    det.observe(state, c)
    (tw,) = det.observe(state, official("Это фейк, докажите", c, at=T0 + HOUR))
    assert tw.severity == Severity.ERROR


def test_complaints_sharing_only_what_the_desk_answers_every_day_are_not_one_problem() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    routine = "@acme_support charged for an order that never arrived. Help?"
    for i in range(5):  # the desk answers this kind of complaint all the time
        c = complaint(routine, at=T0 - 3 * HOUR + i * MIN, by=author(f"r{i}"))
        det.observe(state, c)
        det.observe(state, official("Sorry! Please DM us the order number", c,
                                    at=T0 - 2 * HOUR + i * MIN))
    for who in ("a", "b"):  # two of them slip through
        det.observe(state, complaint(routine, at=T0, by=author(who)))
    busy = complaint("@acme_support где мой заказ?", at=T0 + 3 * HOUR, by=author("q"))
    det.observe(state, busy)  # the desk is at work
    det.observe(state, official("Sorry! Please DM us", busy, at=T0 + 4 * HOUR))
    (info,) = det.tick(state, T0 + 5 * HOUR)
    assert (info.severity, info.details["backlog"], info.details["pressing"]) == (
        Severity.INFO, 2, 0)


@pytest.mark.parametrize("others", [0, 40])
def test_a_problem_in_one_of_a_hundred_answered_complaints_is_news_in_a_small_backlog_only(
        others: int) -> None:
    """Routine complaints about it, one in a hundred, would put three of them in a backlog of
    forty now and then: there it takes a rarer problem to call three one problem."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    texts = ("@acme_support в посёлке Лесном пропал интернет",
             "@acme_support пропал интернет в посёлке Лесном, что случилось",
             "@acme_support посёлок Лесной: интернет пропал с утра")
    state.answered_keys = dict.fromkeys(content_keys(texts[0]), 1)
    state.answered_n = 100  # each of its words in one complaint of the hundred answered
    rng = random.Random(others)
    for i in range(others):  # unrelated late complaints, no word in common
        words = " ".join("".join(rng.choice("бвгдзклмнпрст") + rng.choice("аеиоу")
                                 for _ in range(4)) for _ in range(3))
        det.observe(state, complaint(f"@acme_support {words} не работает",
                                     at=T0 - HOUR + i * SEC, by=author(f"o{i}")))
    for who, text in zip("abc", texts, strict=True):
        det.observe(state, complaint(text, at=T0 + MIN, by=author(who)))
    last = ticks(det, state, T0, T0 + 6 * HOUR)[-1]
    assert last.details["backlog"] == others + 3
    assert ("same_problem 3" in last.details["pressing_why"]) is (others == 0)


MONDAY = ms(MSK, 2026, 1, 12, 9, 0)


def answered_at_monday_nine() -> tuple[ComplaintDetector, ComplaintState]:
    """A desk whose routine is known and that last answered a complaint at 09:30 on Monday."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    first = complaint("@acme_support где мой заказ?", at=MONDAY, by=author("q"))
    det.observe(state, first)
    det.observe(state, official("Извините, напишите в лс", first, at=MONDAY + 30 * MIN))
    return det, state


def test_every_overdue_complaint_pages_once_the_desk_stops_answering() -> None:
    det, state = answered_at_monday_nine()
    monday = MONDAY
    texts = ("@acme_support в пачке камешки", "@acme_support заказ не пришёл",
             "@acme_support верните деньги за роуминг", "@acme_support курьер нагрубил",
             "@acme_support списали дважды")
    for i, text in enumerate(texts):  # plain complaints, nobody answers any more
        det.observe(state, complaint(text, at=monday + HOUR + i * 10 * MIN, by=author(f"b{i}")))
    sigs = ticks(det, state, monday, monday + 6 * HOUR)
    # 14:00 one past the SLA: info; 14:10 two, five came in and nothing was answered since
    # 09:30: the desk has stopped answering, all of them page.
    assert [(s.severity, s.details["pressing"], (s.at_ms - monday) // MIN) for s in sigs] == [
        (Severity.INFO, 0, 300), (Severity.WARNING, 2, 310), (Severity.WARNING, 3, 320),
        (Severity.WARNING, 4, 330), (Severity.ERROR, 5, 340)]  # five: error_count


@pytest.mark.parametrize("calm", [True, False])
def test_readings_left_unanswered_do_not_make_a_silent_desk(calm: bool) -> None:
    """blind10 1105 (a none week): a calm report tracked by the problem-report model was one of
    the two past the SLA that made «Полюшко»'s desk 'silent', and every overdue complaint
    paged. Readings are no evidence of a desk that stopped answering."""
    det, state = answered_at_monday_nine()
    monday = MONDAY
    det.observe(state, enriched(CALM_REPORTS[0], at=monday + HOUR, negativity=0.05,
                                by=author("r")) if calm else
                complaint(CALM_REPORTS[0], at=monday + HOUR, by=author("r")))
    texts = ("@acme_support в пачке камешки", "@acme_support верните деньги за роуминг",
             "@acme_support курьер нагрубил", "@acme_support списали дважды")
    for i, text in enumerate(texts):
        det.observe(state, complaint(text, at=monday + HOUR + (i + 1) * 10 * MIN,
                                     by=author(f"b{i}")))
    sigs = ticks(det, state, monday, monday + 6 * HOUR)
    assert any(s.details["pressing"] for s in sigs) is not calm, [s.details for s in sigs]


# ------------------------------------------------------------- claims of earlier contact
def test_a_claim_of_earlier_contact_pages_alone_only_where_such_claims_are_unusual() -> None:
    """A desk we know nothing about yet (nothing went overdue this week): the claim waits for
    corroboration; a desk whose overdue complaints seldom say so: it pages."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    fresh, known = det.new_state(), routine_known(det.new_state())
    # Ten overdue this week, but watched for two days only: "none in the past week" is unknown
    days = routine_known(det.new_state())
    days.late_since_ms = T0 - 48 * HOUR
    for state in (fresh, known, days):
        det.observe(state, complaint(PRESSING, at=T0))
    assert [s.severity for s in det.tick(fresh, T0 + 5 * HOUR)] == [Severity.INFO]
    assert [s.severity for s in det.tick(known, T0 + 5 * HOUR)] == [Severity.WARNING]
    assert [s.severity for s in det.tick(days, T0 + 5 * HOUR)] == [Severity.INFO]


def test_a_claimed_complaint_pages_once_someone_else_replies_the_same_under_it() -> None:
    """"+1, nobody answers us either" under it: two customers, one problem, one says it was
    ignored before, as with two such complaints of their own."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = det.new_state()  # routine unknown: the claim alone would not page
    c = complaint("@acme_support в посёлке Лесном пропал интернет, пишу уже третий раз",
                  at=T0, by=author("a"))
    det.observe(state, c)
    (info,) = det.tick(state, T0 + 5 * HOUR)
    assert info.severity == Severity.INFO
    # the complainant writing again is pressing anyway; a stranger's reply is what is tested
    (warn,) = det.observe(state, enriched("+1, у нас то же самое", at=T0 + 6 * HOUR,
                                          in_reply_to=c.mention.id, by=author("b")))
    assert (warn.severity, warn.details["pressing_why"]) == (Severity.WARNING,
                                                             "claim_seconded 1")
    # without a claim of earlier contact one reply is not enough (a pile-on takes two)
    state = det.new_state()
    c = complaint("@acme_support в посёлке Лесном пропал интернет", at=T0, by=author("a"))
    det.observe(state, c)
    det.tick(state, T0 + 5 * HOUR)
    sigs = det.observe(state, enriched("+1, у нас то же самое", at=T0 + 6 * HOUR,
                                       in_reply_to=c.mention.id, by=author("b")))
    assert all(s.severity == Severity.INFO for s in sigs)


def test_a_complaint_pages_as_it_goes_overdue_when_someone_else_says_under_it_nobody_answers(
) -> None:
    """"Same here, they don't answer" under a plain complaint: the claim of earlier contact
    comes from the second customer, the evidence is the same. A reply that only agrees, or one
    not negative, is no such claim; one made before the desk answered is forgotten when the
    complaint reopens."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = det.new_state()  # routine unknown: a claim alone would not page
    c = complaint("@acme_support в посёлке Лесном пропал интернет", at=T0, by=author("a"))
    det.observe(state, c)
    assert det.observe(state, enriched("та же беда, второй день никто не отвечает",
                                       at=T0 + HOUR, negativity=0.8, in_reply_to=c.mention.id,
                                       by=author("b"))) == []  # not overdue yet
    (warn,) = det.tick(state, T0 + 5 * HOUR)
    assert (warn.severity, warn.details["pressing_why"]) == (Severity.WARNING,
                                                             "claim_seconded 1")
    for text, negativity in (("та же беда, у меня тоже", 0.8),
                             ("никто не отвечает, но это норм", 0.1)):
        state = det.new_state()
        c = complaint("@acme_support в посёлке Лесном пропал интернет", at=T0, by=author("a"))
        det.observe(state, c)
        det.observe(state, enriched(text, at=T0 + HOUR, negativity=negativity,
                                    in_reply_to=c.mention.id, by=author("b")))
        sigs = det.tick(state, T0 + 5 * HOUR)
        assert sigs and all(s.severity == Severity.INFO for s in sigs), text
    # Said before the desk answered: once the complainant reopens it ("still broken"), the
    # new round starts without it (here the two replies page it as a pile-on anyway).
    state = det.new_state()
    c = complaint("@acme_support в посёлке Лесном пропал интернет", at=T0, by=author("a"))
    det.observe(state, c)
    det.observe(state, enriched("та же беда, второй день никто не отвечает", at=T0 + HOUR,
                                negativity=0.8, in_reply_to=c.mention.id, by=author("b")))
    answer = official("Проверим, напишите в лс", c, at=T0 + 2 * HOUR)
    det.observe(state, answer)
    det.observe(state, enriched("всё ещё не работает", at=T0 + 3 * HOUR, negativity=0.8,
                                complaint=True, in_reply_to=answer.mention.id, by=author("a")))
    assert [th.seconded for th in state.threads.values()] == [False]


def test_a_claimed_complaint_pages_with_another_authors_once_that_one_is_overdue_too() -> None:
    """A complaint the desk has yet to answer is no evidence that it ignores the problem."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = det.new_state()  # routine unknown: the claim alone would not page
    det.observe(state, complaint("@acme_support в посёлке Лесном пропал интернет, пишу уже "
                                 "третий раз", at=T0, by=author("a")))
    (info,) = det.tick(state, T0 + 5 * HOUR)
    assert info.severity == Severity.INFO
    later = complaint("@acme_support интернет пропал в посёлке Лесном, сделайте что-нибудь",
                      at=T0 + 5 * HOUR + MIN, by=author("b"))
    assert det.observe(state, later) == []  # waiting: the desk may still answer it
    (err,) = ticks(det, state, T0 + 5 * HOUR, T0 + 30 * HOUR)
    assert (err.severity, err.status, err.details["pressing_why"]) == (
        Severity.ERROR, "firing", "same_problem 2")
    assert err.mentions[0].author == "a"


def test_a_paged_complaint_keeps_the_page_open_when_what_backed_it_is_answered() -> None:
    """Otherwise the page closes and reopens with each new complaint that backs it."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = det.new_state()
    det.observe(state, complaint("@acme_support в посёлке Лесном пропал интернет, пишу уже "
                                 "третий раз", at=T0, by=author("a")))
    backing = complaint("@acme_support интернет пропал в посёлке Лесном, сделайте что-нибудь",
                        at=T0 + MIN, by=author("b"))
    det.observe(state, backing)
    (err,) = det.tick(state, T0 + 5 * HOUR)
    assert (err.severity, err.status, err.details["pressing"]) == (Severity.ERROR, "firing", 2)
    (still,) = det.observe(state, official("Разберёмся", backing, at=T0 + 6 * HOUR))
    assert (still.severity, still.status, still.details["pressing_why"]) == (
        Severity.WARNING, "update", "paged_before 1")
    third = complaint("@acme_support в посёлке Лесном снова пропал интернет",
                      at=T0 + 7 * HOUR, by=author("c"))
    det.observe(state, third)
    assert all(s.status != "firing" or s.severity < Severity.WARNING
               for s in ticks(det, state, T0 + 7 * HOUR, T0 + 12 * HOUR))  # no new page


def test_a_neutral_post_to_the_handle_saying_it_was_ignored_is_tracked() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, enriched("@acme_support пятый день пишу: в посёлке нет сигнала. "
                                "Обращение 4711", at=T0, negativity=0.1))
    det.observe(state, enriched("@acme_support здравствуйте, когда откроется магазин?",
                                at=T0, negativity=0.1, by=author("q")))  # a question: not
    (warn,) = det.tick(state, T0 + 5 * HOUR)
    assert (warn.severity, warn.details["backlog"]) == (Severity.WARNING, 1)


@pytest.mark.parametrize("text", [
    "Обращаюсь к @acme_support: почему сим-карта так и не активировалась? Жду ответа",
    "@acme_support добрый день, перевод до сих пор не зачислен, подскажите",
    "@acme_support hi, my SIM never activated after the transfer. Could someone help?",
    "@acme_support the refund still hasn't shown up, what should I do?",
])
def test_a_calm_post_to_the_handle_saying_something_expected_did_not_happen_is_tracked(
        text: str) -> None:
    """blind10: polite customers tell the problem without a complaint word; the desk owes them
    an answer all the same (a plain question, as above, is not tracked)."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, enriched(text, at=T0, negativity=0.05))
    (info,) = det.tick(state, T0 + 5 * HOUR)
    assert (info.severity, info.details["backlog"]) == (Severity.INFO, 1)


CALM_REPORTS = [
    "@acme_support добрый день, третий день не могу оплатить заказ картой в приложении",
    "@acme_support вечер добрый. Баланс ушёл в минус, хотя я ничего не подключала",
    "@acme_support hello, I was charged twice for one order this morning",
]


@pytest.mark.parametrize("text", CALM_REPORTS)
@pytest.mark.parametrize("model", [True, False])
def test_a_calm_problem_report_with_no_complaint_word_is_tracked_by_the_model(
        text: str, model: bool) -> None:
    """blind14 1501, blind15 1601: "не хотелось скандалить, но номер не переносится уже
    двенадцатый день" has no complaint word, no claim of earlier contact, and reads neutral;
    the problem-report model reads it as a problem (texts written for this test)."""
    det = ComplaintDetector(SPEC, ComplaintSettings(problem_model=model))
    state = routine_known(det.new_state())
    det.observe(state, enriched(text, at=T0, negativity=0.05))
    tracked = [s.details["backlog"] for s in det.tick(state, T0 + 5 * HOUR)]
    assert tracked == ([1] if model else []), tracked


@pytest.mark.parametrize("calm", [True, False])
def test_calm_reports_the_model_reads_back_no_one_problem(calm: bool) -> None:
    """blind13 1401, 1407: three calm posts about one subscription charge, tracked by the
    problem-report model and left overdue, paged as one problem. A reading is no complaint's
    own words: they are tracked and shown, and page by what happens under them; the same three
    told as complaints page as one problem."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    texts = ("@acme_support добрый день, в посёлке Лесном интернет не работает второй день",
             "@acme_support здравствуйте, у нас в посёлке Лесном второй день нет интернета",
             "@acme_support добрый вечер, интернет в посёлке Лесном не работает со вчера")
    for i, text in enumerate(texts):
        post = enriched(text, at=T0 + i * MIN, negativity=0.05, by=author(f"r{i}")) if calm \
            else complaint(text, at=T0 + i * MIN, by=author(f"r{i}"))
        det.observe(state, post)
    (sig,) = det.tick(state, T0 + 5 * HOUR)
    assert sig.details["backlog"] == 3
    assert (sig.severity, sig.details["pressing_why"]) == (
        (Severity.INFO, "") if calm else (Severity.ERROR, "same_problem 3")), sig.details


@pytest.mark.parametrize("calm", [True, False])
def test_a_readings_own_author_is_no_reach_to_page_on(calm: bool) -> None:
    """blind4 507 (a none week): a calm question-like post by a big account ("с какой стати
    выросла абонентка без предупреждения?"), tracked by the model, paged by its author's
    followers alone. A reading pages by what others do under it; a complaint in its own words
    by a big account still pages by reach."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    big = author("big", followers=80_000)
    text = CALM_REPORTS[0]
    det.observe(state, enriched(text, at=T0, negativity=0.05, by=big) if calm
                else complaint(text, at=T0, by=big))
    (sig,) = det.tick(state, T0 + 5 * HOUR)
    assert (sig.severity >= Severity.WARNING) is not calm, sig.details


def test_answered_readings_do_not_teach_the_desks_routine_problems() -> None:
    """The answered complaints' words tell which problems are routine at this desk (a rare key
    makes complaints one problem). Readings answered there (calm questions and reports on other
    topics) would make every complaint's words look rarer: blind13 1401 paged one problem that
    way."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    calm = enriched(CALM_REPORTS[0], at=T0, negativity=0.05, by=author("r"))
    told = complaint("@acme_support не работает интернет в посёлке Лесном", at=T0,
                     by=author("t"))
    for post in (calm, told):
        det.observe(state, post)
        det.observe(state, official("Проверим и ответим", post, at=T0 + 10 * MIN))
    assert state.answered_n == 1 and all(state.threads[t].answered_ms for t in state.threads)


def test_comments_under_the_brands_posts_are_not_taken_for_one_problem() -> None:
    """They share the post's topic ("хватит розыгрышей, почините связь" under a giveaway)."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = routine_known(det.new_state())
    det.observe(state, enriched("Розыгрыш недели!", at=T0 - HOUR, official=True,
                                by=author("acme_support"), id="post1"))
    for i in range(3):
        det.observe(state, complaint("Хватит розыгрышей, почините связь в посёлке",
                                     at=T0 + i * MIN, by=author(f"c{i}"), in_reply_to="post1"))
    (sig,) = det.tick(state, T0 + 5 * HOUR)
    assert (sig.severity, sig.details["backlog"]) == (Severity.INFO, 3)


def usual_known(state: ComplaintState, minutes: int = 20, answers: int = 60
                ) -> ComplaintState:
    """A desk that answered its last `answers` complaints within `minutes` of business
    time."""
    state.answer_delays = [minutes * MIN] * answers
    return state


def test_complaints_left_longer_than_the_desk_usually_takes_back_an_overdue_one() -> None:
    """A desk that answers in 20 minutes has left the same problem unanswered for three
    customers: the overdue complaint pages before the other two pass the SLA; they do not
    page themselves until then."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = usual_known(det.new_state())
    det.observe(state, complaint("@acme_support не работает интернет в посёлке Лесном",
                                 at=T0, by=author("a")))
    (info,) = det.tick(state, T0 + 4 * HOUR)
    assert info.severity == Severity.INFO  # one late complaint is no crisis
    for i, who in enumerate("bc"):
        det.observe(state, complaint(f"@acme_support в посёлке Лесном интернет не работает "
                                     f"{'второй день' if i else 'с утра'}",
                                     at=T0 + 4 * HOUR + i * MIN, by=author(who)))
    assert det.tick(state, T0 + 4 * HOUR + 20 * MIN) == []  # within the desk's usual
    (err,) = ticks(det, state, T0 + 4 * HOUR + 30 * MIN, T0 + 5 * HOUR)
    assert (err.severity, err.status, err.details["pressing"], err.details["backlog"],
            err.details["pressing_why"]) == (Severity.ERROR, "firing", 1, 1, "same_problem 1")
    assert [m.author for m in err.mentions] == ["a"]


@pytest.mark.parametrize("answers", [0, 49])
def test_before_the_desk_is_known_only_overdue_complaints_back_each_other(answers: int) -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = usual_known(det.new_state(), answers=answers)
    det.observe(state, complaint("@acme_support не работает интернет в посёлке Лесном",
                                 at=T0, by=author("a")))
    for i, who in enumerate("bc"):
        det.observe(state, complaint("@acme_support в посёлке Лесном интернет не работает",
                                     at=T0 + 4 * HOUR + i * MIN, by=author(who)))
    sigs = ticks(det, state, T0 + 4 * HOUR, T0 + 6 * HOUR)
    assert sigs and all(s.severity == Severity.INFO for s in sigs)


def test_the_desk_usual_is_learnt_from_its_answers() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = det.new_state()
    for i in range(250):
        c = complaint(f"@acme_support вопрос номер {i}", at=T0 + i * MIN, by=author(f"u{i}"))
        det.observe(state, c)
        det.observe(state, official("Здравствуйте! Проверим", c, at=T0 + i * MIN + 10 * MIN))
    assert len(state.answer_delays) == 200 and set(state.answer_delays) == {10 * MIN}


def test_a_claim_and_one_complaint_the_desk_is_merely_slow_on_do_not_page() -> None:
    """Two authors make one problem with a claim of earlier contact only when both are
    overdue; a third author left past the desk's usual makes it one problem."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = usual_known(det.new_state())
    det.observe(state, complaint("@acme_support в посёлке Лесном пропал интернет, пишу уже "
                                 "третий раз", at=T0, by=author("a")))
    det.observe(state, complaint("@acme_support интернет пропал в посёлке Лесном",
                                 at=T0 + 2 * HOUR, by=author("b")))
    sigs = ticks(det, state, T0 + 4 * HOUR, T0 + 4 * HOUR + 30 * MIN)
    assert sigs and all(s.severity == Severity.INFO for s in sigs)
    det.observe(state, complaint("@acme_support в посёлке Лесном опять пропал интернет",
                                 at=T0 + 4 * HOUR + 5 * MIN, by=author("c")))
    (err,) = ticks(det, state, T0 + 4 * HOUR + 40 * MIN, T0 + 5 * HOUR)
    assert (err.severity, err.details["pressing_why"]) == (Severity.ERROR, "same_problem 1")


@pytest.mark.parametrize("others", [1, 2])
def test_two_complaints_about_one_problem_page_once_others_pile_in_across_them(
        others: int) -> None:
    """Two customers' overdue complaints about one problem, with `_PILE_ON` other people
    replying under them (one under each): as many voices as one complaint's pile-on."""
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = det.new_state()
    first = complaint("@acme_support в посёлке Лесном пропал интернет", at=T0, by=author("a"))
    second = complaint("@acme_support интернет пропал в посёлке Лесном, сделайте что-нибудь",
                       at=T0 + MIN, by=author("b"))
    for c in (first, second):
        det.observe(state, c)
    for i, c in enumerate((first, second)[:others]):
        det.observe(state, enriched("у нас тоже так", at=T0 + HOUR + i * MIN, negativity=0.6,
                                    in_reply_to=c.mention.id, by=author(f"r{i}")))
    sigs = ticks(det, state, T0 + HOUR, T0 + 6 * HOUR)
    pages = [s for s in sigs if s.severity >= Severity.WARNING]
    if others < 2:
        assert not pages  # two alike and one reply: a routine pair the desk is slow on
        return
    assert (pages[0].severity, pages[0].status, pages[0].details["pressing_why"]) == (
        Severity.ERROR, "firing", "same_problem 2")


def test_two_complainants_replying_under_each_others_complaints_are_not_others() -> None:
    det = ComplaintDetector(SPEC, ComplaintSettings())
    state = det.new_state()
    first = complaint("@acme_support в посёлке Лесном пропал интернет", at=T0, by=author("a"))
    second = complaint("@acme_support интернет пропал в посёлке Лесном, сделайте что-нибудь",
                       at=T0 + MIN, by=author("b"))
    for c in (first, second):
        det.observe(state, c)
    for i, (c, who) in enumerate(((first, "b"), (second, "a"))):
        det.observe(state, enriched("у меня то же самое", at=T0 + HOUR + i * MIN,
                                    negativity=0.6, in_reply_to=c.mention.id, by=author(who)))
    sigs = ticks(det, state, T0 + HOUR, T0 + 6 * HOUR)
    assert not [s for s in sigs if s.severity >= Severity.WARNING]
