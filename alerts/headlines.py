"""Headlines and "why it fired" lines written from a signal's kind and numbers, in the brand's
language.

Detector titles are English (or mixed) free text; echoing them into a Russian message reads
badly at 3 a.m. and the numbers in them can be odd ("12 vs 0.0 expected (12000000.0x)").
Here each known kind gets its own sentence built from the signal's fields and `details`; an
unknown kind, or a signal lacking the numbers, falls back to the detector's title.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from alerts.model import Member
from detectors.model import Kind, Severity, Signal

Numbers = Callable[[float], str]
Duration = Callable[[int], str]

# Below this an expected count is "about zero": a ratio against it means nothing.
MIN_EXPECTED = 0.05


def plural_ru(n: float, one: str, few: str, many: str) -> str:
    """Russian noun form after a number: 1 пост, 2 поста, 5 постов, 21 пост, 1,5 поста."""
    if not float(n).is_integer():
        return few
    k = abs(int(n))
    if k % 10 == 1 and k % 100 != 11:
        return one
    if 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14:
        return few
    return many


def _plural_en(n: float, one: str, many: str) -> str:
    return one if n == 1 else many


def _num(details: Mapping[str, Any], key: str) -> float | None:
    value = details.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


class Wording:
    """Formatting helpers in one language (numbers and durations come from render.py)."""

    def __init__(self, language: str, number: Numbers, duration: Duration) -> None:
        self.ru = language == "ru"
        self.n = number
        self.d = duration

    def count(self, n: float, en: tuple[str, str], ru: tuple[str, str, str]) -> str:
        """"11 posts" / "11 постов": the number with the noun form its language needs."""
        word = plural_ru(n, *ru) if self.ru else _plural_en(n, *en)
        return f"{self.n(n)} {word}"

    def ru_count(self, n: float, one: str, few: str, many: str) -> str:
        return f"{self.n(n)} {plural_ru(n, one, few, many)}"

    def en_count(self, n: float, one: str, many: str) -> str:
        return f"{self.n(n)} {_plural_en(n, one, many)}"

    def percent(self, share: float) -> str:
        return f"{round(share * 100)}%"


def _versus(sig: Signal, w: Wording, span_ms: int) -> str | None:
    if sig.observed is None or sig.expected is None:
        return None
    span = w.d(span_ms) if span_ms > 0 else ""
    observed = w.n(sig.observed)
    expected = w.n(round(sig.expected, 1))
    ratio = ""
    if sig.expected >= MIN_EXPECTED:
        ratio = f" (×{w.n(round(sig.observed / sig.expected, 1))})"
    if w.ru:
        where = f" за {span}" if span else ""
        return f"{observed}{where} при ожидаемых {expected}{ratio}"
    where = f" in {span}" if span else ""
    return f"{observed}{where} vs {expected} expected{ratio}"


def _volume(sig: Signal, w: Wording) -> str | None:
    versus = _versus(sig, w, int(_num(sig.details, "elapsed_ms") or 0))
    if versus is None:
        return None
    if sig.kind == Kind.VOLUME_SPIKE:
        return ("Всплеск упоминаний: " if w.ru else "Mention volume spike: ") + versus
    return ("Всплеск негатива: " if w.ru else "Negative mentions spike: ") + versus


def _share(sig: Signal, w: Wording) -> str | None:
    usual = _num(sig.details, "usual_share")
    share, negative = sig.negative_share, sig.observed
    if usual is None or not share or negative is None:
        return None
    total = round(negative / share)
    span = w.d(int(_num(sig.details, "elapsed_ms") or 0))
    mentions = w.count(total, ("mention", "mentions"), ("упоминания", "упоминаний",
                                                         "упоминаний"))
    if w.ru:
        return (f"Доля негатива {w.percent(share)} при обычной {w.percent(usual)} "
                f"({w.n(negative)} из {mentions} за {span})")
    return (f"Negative share {w.percent(share)} vs usual {w.percent(usual)} "
            f"({w.n(negative)} of {mentions} in {span})")


def _story(sig: Signal, w: Wording) -> str | None:
    posts, authors = _num(sig.details, "posts"), _num(sig.details, "authors")
    if posts is None or authors is None:
        return None
    rate = _num(sig.details, "engagement_per_min") or 0.0
    if w.ru:
        text = (f"Негативная история распространяется: "
                f"{w.ru_count(posts, 'пост', 'поста', 'постов')} от "
                f"{w.ru_count(authors, 'автора', 'авторов', 'авторов')}")
        if rate >= 1:
            text += ", " + w.ru_count(round(rate), "реакция", "реакции", "реакций") \
                + " в минуту"
        return text
    text = (f"Negative story spreading: {w.en_count(posts, 'post', 'posts')} by "
            f"{w.en_count(authors, 'author', 'authors')}")
    if rate >= 1:
        text += f", {w.n(round(rate))} engagements/min"
    return text


_SOURCE_NAMES = {"reviews": ("reviews", "отзывы"), "news": ("news", "новости"),
                 "forum": ("forums", "форумы")}


def _age(hours: float, w: Wording) -> str:
    """A complaint's age to the hour from a day on, to the minute before."""
    ms = int(hours * 3_600_000)
    step = 3_600_000 if ms >= 86_400_000 else 60_000
    return w.d(max(step, round(ms / step) * step))


def _backlog(sig: Signal, w: Wording) -> str | None:
    d = sig.details
    total, oldest = _num(d, "backlog"), _num(d, "oldest_hours")
    if total is None or oldest is None:
        return None
    if not total:
        return "Все просроченные жалобы получили ответ" if w.ru else \
            "Every overdue complaint has been answered"
    complaints = w.count(total, ("complaint", "complaints"), ("жалоба", "жалобы", "жалоб"))
    reach = w.n(sig.reach)
    if w.ru:
        text = f"{complaints} без ответа, самой старой {_age(oldest, w)}, охват {reach}"
    else:
        text = f"{complaints} unanswered, oldest {_age(oldest, w)}, reach {reach}"
    count_only, sources = _num(d, "count_only"), d.get("count_only_sources")
    if count_only and isinstance(sources, str) and sources:
        names = ", ".join(_SOURCE_NAMES.get(x, (x, x))[w.ru] for x in sources.split(","))
        text += (f"; из них {w.n(count_only)} — {names} (сами по себе не тревожат)" if w.ru
                 else f"; {w.n(count_only)} of them {names} (not paged on their own)")
    return text


def _sla(sig: Signal, w: Wording) -> str | None:
    if "backlog" in sig.details:
        return _backlog(sig, w)
    age, sla = _num(sig.details, "business_hours_unanswered"), _num(sig.details, "sla_hours")
    if age is None or sla is None:
        return None
    age_text, sla_text = w.d(int(age * 3_600_000)), w.d(int(sla * 3_600_000))
    if w.ru:
        return f"Жалоба без ответа {age_text} рабочего времени (SLA {sla_text})"
    return f"Complaint unanswered for {age_text} of business time (SLA {sla_text})"


def _escalation(sig: Signal, w: Wording) -> str | None:
    after = _num(sig.details, "replies_after_argument")
    if after is None:
        return None
    if after == 0:
        return "Бренд спорит с жалобой публично" if w.ru else \
            "Brand argues with a complaint in public"
    if w.ru:
        return ("Жалоба перерастает в скандал: "
                f"{w.ru_count(after, 'ответ', 'ответа', 'ответов')} после спора бренда")
    return (f"Complaint thread escalating: {w.en_count(after, 'reply', 'replies')} "
            "after the brand argued")


def _watched(sig: Signal, w: Wording) -> str | None:
    if not sig.group:
        return None
    risky, fast = sig.details.get("risky") is True, sig.details.get("fast") is True
    if w.ru:
        what = "рискованный пост" if risky else "пост"
        return f"Отслеживаемый аккаунт @{sig.group}: {what}" + (
            ", быстро распространяется" if fast else "")
    what = "risky post" if risky else "post"
    return f"Watched account @{sig.group}: {what}" + (" spreading fast" if fast else "")


def _influencer(sig: Signal, w: Wording) -> str | None:
    followers = _num(sig.details, "followers")
    if not sig.group or followers is None:
        return None
    spreading = sig.details.get("spreading") is True
    if w.ru:
        return (f"Негатив от @{sig.group} "
                f"({w.ru_count(followers, 'подписчик', 'подписчика', 'подписчиков')})"
                + (", распространяется" if spreading else ""))
    return (f"Negative mention by @{sig.group} "
            f"({w.en_count(followers, 'follower', 'followers')})"
            + (", spreading" if spreading else ""))


_HEADLINES: dict[str, Callable[[Signal, Wording], str | None]] = {
    Kind.VOLUME_SPIKE: _volume,
    Kind.NEGATIVE_SPIKE: _volume,
    Kind.NEGATIVE_SHARE: _share,
    Kind.VIRAL_STORY: _story,
    Kind.COMPLAINT_SLA: _sla,
    Kind.COMPLAINT_ESCALATION: _escalation,
    Kind.WATCHED_ACCOUNT: _watched,
    Kind.INFLUENCER_NEGATIVE: _influencer,
}


def headline(sig: Signal | None, fallback: str, w: Wording) -> str:
    """What happened, in one line of the brand's language; `fallback` (the detector's title)
    for unknown kinds or signals without the numbers."""
    make = _HEADLINES.get(sig.kind) if sig is not None else None
    text = make(sig, w) if make is not None and sig is not None else None
    return text or fallback


def why(sig: Signal, w: Wording) -> list[tuple[str, str]] | None:
    """(label key, value) lines saying what fired, for kinds whose observed/expected pair is
    not a count against a baseline; None: use the generic observed/expected line."""
    d = sig.details
    if sig.kind == Kind.VIRAL_STORY:
        return _why_story(sig, w)
    if sig.kind == Kind.COMPLAINT_SLA:
        if "backlog" in d:
            return _why_backlog(sig, w)
        age, sla = _num(d, "business_hours_unanswered"), _num(d, "sla_hours")
        if age is None or sla is None:
            return None
        return [("f.unanswered", f"{w.d(int(age * 3_600_000))} (SLA {w.d(int(sla * 3_600_000))})")]
    if sig.kind == Kind.COMPLAINT_ESCALATION:
        after = _num(d, "replies_after_argument")
        return [] if after is None else [("f.replies_after", w.n(after))]
    if sig.kind in (Kind.WATCHED_ACCOUNT, Kind.INFLUENCER_NEGATIVE):
        out: list[tuple[str, str]] = []
        followers = _num(d, "followers")
        if followers is not None:
            out.append(("f.followers", w.n(followers)))
        if sig.observed:
            value = f"{w.n(sig.observed)}/{_per_min(w)}"
            usual = _num(d, "usual_engagement_per_min")
            if usual:
                value += (f" (обычно {w.n(usual)}/{_per_min(w)})" if w.ru else
                          f" (usually {w.n(usual)}/{_per_min(w)})")
            out.append(("f.engagement", value))
        return out
    return None


def _why_backlog(sig: Signal, w: Wording) -> list[tuple[str, str]]:
    d = sig.details
    out: list[tuple[str, str]] = []
    business, sla = _num(d, "oldest_business_hours"), _num(d, "sla_hours")
    if business is not None and sla is not None:
        out.append(("f.unanswered", f"{w.d(int(business * 3_600_000))} "
                                    f"(SLA {w.d(int(sla * 3_600_000))})"))
    total, paging, sources = _num(d, "backlog"), _num(d, "paging"), d.get("sources")
    if total:
        value = w.n(total)
        if isinstance(sources, str) and sources:
            value += f" ({sources})"
        out.append(("f.backlog", value))
        if paging is not None:
            out.append(("f.paging", w.n(paging)))
    return out


_HANDLE_KINDS = frozenset({Kind.INFLUENCER_NEGATIVE, Kind.WATCHED_ACCOUNT})
_SHOWN_MEMBERS = 3


def member_name(kind: str, member: Member) -> str:
    return f"@{member.group}" if kind in _HANDLE_KINDS else member.group


def ranked_members(members: Sequence[Member]) -> list[Member]:
    """Worst, then widest first: the order people read a grouped incident's members in."""
    return sorted(members, key=lambda m: (-m.severity, -m.reach, m.group))


def grouped_headline(kind: str, members: Sequence[Member], single: str, w: Wording) -> str:
    """A grouped incident of several members: how many, and the first few of them."""
    ranked = ranked_members(members)
    names = ", ".join(member_name(kind, m) for m in ranked[:_SHOWN_MEMBERS])
    more = len(ranked) - _SHOWN_MEMBERS
    if more > 0:
        names += f" +{more}"
    if kind == Kind.INFLUENCER_NEGATIVE:
        n = len(ranked)
        if w.ru:
            authors = w.ru_count(n, "влиятельного автора", "влиятельных авторов",
                                 "влиятельных авторов")
            return f"Негатив от {authors}: {names}"
        return f"Negative mentions by {n} influential authors: {names}"
    return f"{single} (+ещё {len(ranked) - 1})" if w.ru else f"{single} (+{len(ranked) - 1} more)"


def members_line(kind: str, members: Sequence[Member]) -> str:
    """"@a (error), @b (warning), @c" for the "why" of a grouped incident."""
    shown = ranked_members(members)[:8]
    parts = [member_name(kind, m) + (f" ({m.severity.label})" if m.severity > Severity.INFO
                                     else "") for m in shown]
    if len(members) > len(shown):
        parts.append(f"+{len(members) - len(shown)}")
    return ", ".join(parts)


def _per_min(w: Wording) -> str:
    return "мин" if w.ru else "min"


def _why_story(sig: Signal, w: Wording) -> list[tuple[str, str]]:
    d = sig.details
    out: list[tuple[str, str]] = []
    posts, authors, age = _num(d, "posts"), _num(d, "authors"), _num(d, "age_min")
    if posts is not None and authors is not None:
        spread = (f"{w.count(posts, ('post', 'posts'), ('пост', 'поста', 'постов'))}, "
                  f"{w.count(authors, ('author', 'authors'), ('автор', 'автора', 'авторов'))}")
        if age is not None and age >= 1.0:
            spread += (" за " if w.ru else " in ") + w.d(int(age * 60_000))
        elif age is not None:  # posts dated the same second would read "in 0 ms"
            spread += " менее чем за минуту" if w.ru else " within a minute"
        out.append(("f.story", spread))
    rate = sig.observed
    if rate:
        value = f"{w.n(rate)}/{_per_min(w)}"
        if sig.expected:
            value += f" ({'порог' if w.ru else 'threshold'} {w.n(sig.expected)}/{_per_min(w)})"
        out.append(("f.engagement", value))
    authors_rate = _num(d, "authors_per_min")
    if authors_rate:
        out.append(("f.authors_rate", f"{w.n(authors_rate)}/{_per_min(w)}"))
    return out


__all__ = ["MIN_EXPECTED", "Wording", "grouped_headline", "headline", "member_name",
           "members_line", "plural_ru", "ranked_members", "why"]
