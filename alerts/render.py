"""What a notification says, independent of where it goes.

`render()` turns a `Notification` into a `Message` of plain, unescaped strings in the brand's
language; each sink escapes and lays it out for its platform. Written for a PR person woken at
3 a.m.: which brand, what is happening, how bad, why we think so, what people are saying, and
where to click.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import quote, urlencode

import msgspec

from alerts.headlines import (
    MIN_EXPECTED,
    Wording,
    grouped_headline,
    headline,
    members_line,
    why,
)
from alerts.model import CLEARED, Incident, Notification
from detectors.durations import format_duration
from detectors.model import MentionRef, Severity

MAX_MENTIONS = 5
MENTION_CHARS = 280


class Links(msgspec.Struct, frozen=True):
    """Where humans click through; empty strings leave the link out."""

    console_url: str = ""
    grafana_url: str = ""


class Field(msgspec.Struct, frozen=True):
    label: str
    value: str


class MentionLine(msgspec.Struct, frozen=True):
    author: str
    text: str  # already shortened to MENTION_CHARS
    url: str
    source: str
    reach: int


class Message(msgspec.Struct, frozen=True):
    """Plain text throughout: escaping is the sink's job."""

    incident_id: str
    brand: str
    brand_name: str
    kind: str
    group: str
    event: str
    language: str
    severity: Severity
    state: str
    title: str  # the detector's own title (English or mixed), kept for logs and fallbacks
    headline: str  # "Acme: Negative story spreading: ..." in the brand's language
    event_text: str  # "New incident", "Acknowledged by Anna", ...
    kind_text: str
    severity_text: str  # localised severity name in capitals
    unverified: bool
    unverified_text: str  # "" when verified
    summary: str  # one line: severity, brand, title, event; for PagerDuty, fallbacks, logs
    fields: tuple[Field, ...]
    mentions: tuple[MentionLine, ...]
    console_url: str
    grafana_url: str
    at_ms: int
    opened_ms: int
    strings: dict[str, str]  # UI labels in the message language (buttons, link texts)
    occurrence: int = 1  # buttons carry it so a stale one cannot act on a reopened incident


_EN: dict[str, str] = {
    "ev.trigger": "New incident",
    "ev.reopen": "Reopened (occurrence {n})",
    "ev.update": "Updated",
    "ev.severity_up": "Severity raised: {old} → {new}",
    "ev.repeat": "Still open, not acknowledged",
    "ev.escalate": "Escalated (level {n}): not acknowledged in time",
    "ev.acknowledge": "Acknowledged by {who}",
    "ev.resolve": "Resolved by {who}",
    "ev.autoresolve": "Resolved: quiet for a while",
    "ev.cleared": "Resolved: the problem is gone",
    "someone": "someone",
    "sev.info": "INFO",
    "sev.warning": "WARNING",
    "sev.error": "ERROR",
    "sev.critical": "CRITICAL",
    "kind.volume_spike": "Mention volume spike",
    "kind.negative_spike": "Spike in negative mentions",
    "kind.negative_share": "Negative share jumped",
    "kind.viral_story": "Negative story going viral",
    "kind.complaint_sla": "Complaint left unanswered",
    "kind.complaint_escalation": "Complaint thread escalating",
    "kind.watched_account": "Watched account posted",
    "kind.influencer_negative": "Influential author posted negatively",
    "unverified": "UNVERIFIED: possible fake, spreading from low-reputation sources",
    "tag.unverified": "UNVERIFIED",
    "f.severity": "Severity",
    "f.kind": "What",
    "f.observed": "Observed vs expected",
    "f.negative_share": "Negative share",
    "f.reach": "Reach",
    "f.projected": "projected {n}",
    "f.languages": "Languages",
    "f.story": "Story",
    "f.engagement": "Engagement",
    "f.authors_rate": "New authors",
    "f.unanswered": "Unanswered (business time)",
    "f.backlog": "Unanswered complaints",
    "f.paging": "Of them paging",
    "f.members": "In this incident",
    "f.replies_after": "Replies after the brand argued",
    "f.followers": "Followers",
    "f.signals": "Signals",
    "f.opened": "Open since",
    "f.ago": "{d} ago",
    "f.state": "State",
    "st.triggered": "open",
    "st.acknowledged": "acknowledged",
    "st.resolved": "resolved",
    "mentions": "Top mentions",
    "link.console": "Open in console",
    "link.grafana": "Dashboard",
    "btn.ack": "Acknowledge",
    "btn.resolve": "Resolve",
    "btn.silence_1h": "Silence 1h",
    "thread.changed": "{event}",
}

_RU: dict[str, str] = {
    "ev.trigger": "Новый инцидент",
    "ev.reopen": "Открыт повторно (раз {n})",
    "ev.update": "Обновление",
    "ev.severity_up": "Серьёзность выросла: {old} → {new}",
    "ev.repeat": "Всё ещё открыт, никто не взял",
    "ev.escalate": "Эскалация (уровень {n}): никто не взял вовремя",
    "ev.acknowledge": "Взял в работу: {who}",
    "ev.resolve": "Закрыл: {who}",
    "ev.autoresolve": "Закрыт: всё стихло",
    "ev.cleared": "Закрыт: проблемы больше нет",
    "someone": "кто-то",
    "sev.info": "ИНФО",
    "sev.warning": "ВНИМАНИЕ",
    "sev.error": "ОШИБКА",
    "sev.critical": "КРИТИЧНО",
    "kind.volume_spike": "Всплеск упоминаний",
    "kind.negative_spike": "Всплеск негатива",
    "kind.negative_share": "Резко выросла доля негатива",
    "kind.viral_story": "Негативная история набирает охват",
    "kind.complaint_sla": "Жалоба осталась без ответа",
    "kind.complaint_escalation": "Жалоба перерастает в скандал",
    "kind.watched_account": "Пост отслеживаемого аккаунта",
    "kind.influencer_negative": "Негатив от влиятельного автора",
    "unverified": "НЕ ПОДТВЕРЖДЕНО: возможно фейк, распространяется с сомнительных источников",
    "tag.unverified": "НЕ ПОДТВЕРЖДЕНО",
    "f.severity": "Серьёзность",
    "f.kind": "Что",
    "f.observed": "Факт / норма",
    "f.negative_share": "Доля негатива",
    "f.reach": "Охват",
    "f.projected": "прогноз {n}",
    "f.languages": "Языки",
    "f.story": "История",
    "f.engagement": "Реакции",
    "f.authors_rate": "Новые авторы",
    "f.unanswered": "Без ответа (рабочее время)",
    "f.backlog": "Жалоб без ответа",
    "f.paging": "Из них с оповещением",
    "f.members": "В инциденте",
    "f.replies_after": "Ответов после спора бренда",
    "f.followers": "Подписчики",
    "f.signals": "Сигналов",
    "f.opened": "Открыт",
    "f.ago": "{d} назад",
    "f.state": "Статус",
    "st.triggered": "открыт",
    "st.acknowledged": "в работе",
    "st.resolved": "закрыт",
    "mentions": "Главные упоминания",
    "link.console": "Открыть в консоли",
    "link.grafana": "Дашборд",
    "btn.ack": "Беру",
    "btn.resolve": "Закрыть",
    "btn.silence_1h": "Тишина 1 ч",
    "thread.changed": "{event}",
}

STRINGS: dict[str, dict[str, str]] = {"en": _EN, "ru": _RU}


def strings_for(language: str) -> dict[str, str]:
    return STRINGS.get(language, _EN)


def compact_number(n: float, language: str = "en") -> str:
    """1234 -> "1.2K" / "1,2 тыс."; small numbers as they are."""
    ru = language == "ru"
    for size, en_unit, ru_unit in ((1e9, "B", " млрд"), (1e6, "M", " млн"), (1e3, "K", " тыс.")):
        if abs(n) >= size:
            text = f"{n / size:.1f}".rstrip("0").rstrip(".")
            return (text.replace(".", ",") + ru_unit) if ru else text + en_unit
    if float(n).is_integer():
        return str(int(n))
    text = f"{n:.1f}"
    return text.replace(".", ",") if ru else text


def console_link(console_url: str, incident_id: str) -> str:
    if not console_url:
        return ""
    return f"{console_url.rstrip('/')}/incidents/{quote(incident_id, safe='')}"


def grafana_link(grafana_url: str, brand: str) -> str:
    if not grafana_url:
        return ""
    sep = "&" if "?" in grafana_url else "?"
    return f"{grafana_url}{sep}{urlencode({'var-brand': brand})}"


_RU_UNITS = {"d": " д", "h": " ч", "m": " мин", "s": " с", "ms": " мс"}


def _duration(ms: int, language: str) -> str:
    """"1h5m" / "1 ч 5 мин"."""
    text = format_duration(ms)
    if language != "ru":
        return text
    return " ".join(f"{num}{_RU_UNITS[unit]}" for num, unit in
                    re.findall(r"(\d+)(ms|d|h|m|s)", text))


def _event_text(n: Notification, s: dict[str, str]) -> str:
    inc = n.incident
    sev = s[f"sev.{inc.severity.label}"]
    if n.event == "trigger":
        return s["ev.reopen"].format(n=inc.occurrence) if inc.occurrence > 1 else s["ev.trigger"]
    if n.event == "update":
        old = inc.notified_severity
        if old is not None and old < inc.severity:
            return s["ev.severity_up"].format(old=s[f"sev.{old.label}"], new=sev)
        return s["ev.update"]
    if n.event == "repeat":
        return s["ev.repeat"]
    if n.event == "escalate":
        return s["ev.escalate"].format(n=inc.escalation_level)
    if n.event == "acknowledge":
        return s["ev.acknowledge"].format(who=inc.acked_by or s["someone"])
    if inc.resolved_by == CLEARED:
        return s["ev.cleared"]
    if inc.resolved_by:
        return s["ev.resolve"].format(who=inc.resolved_by)
    return s["ev.autoresolve"]


def wording(lang: str) -> Wording:
    return Wording(lang, lambda n: compact_number(n, lang), lambda ms: _duration(ms, lang))


def _observed(inc: Incident, lang: str, s: dict[str, str]) -> list[Field]:
    """What fired: kind-specific lines (story spread, SLA age, ...) or observed vs expected."""
    sig = inc.last_signal
    if sig is None:
        return []
    custom = why(sig, wording(lang))
    if custom is not None:
        return [Field(s[label], value) for label, value in custom]
    if sig.observed is None:
        return []
    observed = compact_number(sig.observed, lang)
    if sig.expected is None:
        return [Field(s["f.observed"], observed)]
    ratio = ""
    if sig.expected >= MIN_EXPECTED:
        ratio = f" (×{compact_number(round(sig.observed / sig.expected, 1), lang)})"
    expected = compact_number(round(sig.expected, 1), lang)
    return [Field(s["f.observed"], f"{observed} / {expected}{ratio}")]


def _why(inc: Incident, at_ms: int, lang: str, s: dict[str, str]) -> list[Field]:
    sig = inc.last_signal
    out: list[Field] = _observed(inc, lang, s)
    if len(inc.members) > 1:
        out.append(Field(s["f.members"], members_line(inc.kind, inc.members)))
    if sig is not None:
        if sig.negative_share is not None:
            out.append(Field(s["f.negative_share"], f"{round(sig.negative_share * 100)}%"))
        if sig.reach or sig.projected_reach:
            reach = compact_number(sig.reach, lang)
            if sig.projected_reach:
                reach += " (" + s["f.projected"].format(
                    n=compact_number(sig.projected_reach, lang)) + ")"
            out.append(Field(s["f.reach"], reach))
        if sig.languages:
            langs = sorted(sig.languages.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
            out.append(Field(s["f.languages"], ", ".join(f"{k} {v}" for k, v in langs)))
    out.append(Field(s["f.signals"], str(inc.signal_count)))
    opened = datetime.fromtimestamp(inc.opened_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")
    ago = max(0, at_ms - inc.opened_ms)
    if ago >= 1000:
        opened += ", " + s["f.ago"].format(d=_duration(ago, lang))
    out.append(Field(s["f.opened"], opened))
    out.append(Field(s["f.state"], s[f"st.{inc.state}"]))
    return out


def _mentions(refs: tuple[MentionRef, ...]) -> tuple[MentionLine, ...]:
    top = sorted(refs, key=lambda m: (-m.reach, -m.negativity, m.id))[:MAX_MENTIONS]
    out = []
    for m in top:
        text = " ".join(m.text.split())
        if len(text) > MENTION_CHARS:
            text = text[: MENTION_CHARS - 1].rstrip() + "…"
        out.append(MentionLine(author=m.author, text=text, url=m.url, source=m.source,
                               reach=m.reach))
    return tuple(out)


def render(n: Notification, links: Links) -> Message:
    inc = n.incident
    lang = n.language if n.language in STRINGS else "en"
    s = strings_for(lang)
    brand_name = n.brand_name or inc.brand
    sev_text = s[f"sev.{inc.severity.label}"]
    event_text = _event_text(n, s)
    unverified_text = s["unverified"] if inc.unverified else ""
    headline = f"{brand_name}: {describe(inc, lang)}"
    flag = f" [{s['tag.unverified']}]" if inc.unverified else ""
    summary = f"[{sev_text}]{flag} {headline} — {event_text}"
    return Message(
        incident_id=inc.id, brand=inc.brand, brand_name=brand_name, kind=inc.kind,
        group=inc.group, event=n.event, language=lang, severity=inc.severity, state=inc.state,
        title=inc.title, headline=headline, event_text=event_text,
        kind_text=s.get(f"kind.{inc.kind}", inc.kind.replace("_", " ")),
        severity_text=sev_text, unverified=inc.unverified, unverified_text=unverified_text,
        summary=summary, fields=tuple(_why(inc, n.at_ms, lang, s)),
        mentions=_mentions(inc.mentions),
        console_url=console_link(links.console_url, inc.id),
        grafana_url=grafana_link(links.grafana_url, inc.brand),
        at_ms=n.at_ms, opened_ms=inc.opened_ms, strings=s, occurrence=inc.occurrence,
    )


def describe(inc: Incident, language: str) -> str:
    """What happened, without the brand: from the signal's kind and numbers in `language`,
    else the detector's title."""
    lang = language if language in STRINGS else "en"
    w = wording(lang)
    single = headline(inc.last_signal, inc.title, w)
    if len(inc.members) > 1:
        return grouped_headline(inc.kind, inc.members, single, w)
    return single
