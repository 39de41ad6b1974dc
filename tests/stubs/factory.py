"""Incidents and notifications for tests, with realistic defaults."""

from __future__ import annotations

from typing import Any

import msgspec

from alerts.model import Incident, Notification, NotificationEvent
from detectors.model import MentionRef, Severity, Signal

T0 = 1_764_000_000_000  # 2025-11-24T16:00:00Z


def mention(i: int = 1, **kw: Any) -> MentionRef:
    base: dict[str, Any] = dict(id=f"m{i}", source="x", url=f"https://x.example/status/{i}",
                                text=f"Охранник выгнал пожилую женщину из ресторана #{i}",
                                author=f"@witness{i}", lang="ru", reach=10_000 * i,
                                negativity=0.9, created_at_ms=T0 - 60_000)
    base.update(kw)
    return MentionRef(**base)


def incident(**kw: Any) -> Incident:
    signal = Signal(brand="acme", kind="viral_story", severity=Severity.CRITICAL, at_ms=T0,
                    title="Guard throws out elderly woman", group="story-1", observed=120.0,
                    expected=15.0, reach=1_200_000, projected_reach=4_500_000,
                    languages={"ru": 80, "en": 20}, negative_share=0.62,
                    mentions=(mention(1), mention(2)))
    base: dict[str, Any] = dict(
        id="acme.viral_story.1a2b3c4d.1", brand="acme", kind="viral_story", group="story-1",
        title="Guard throws out elderly woman", severity=Severity.CRITICAL, state="triggered",
        opened_ms=T0 - 120_000, last_signal_ms=T0, signal_count=3, last_signal=signal,
        mentions=(mention(1), mention(2), mention(3)), seq=1)
    base.update(kw)
    return Incident(**base)


def notification(event: NotificationEvent = "trigger", seq: int = 1, *, language: str = "en",
                 receivers: tuple[str, ...] = ("slack",), **incident_kw: Any) -> Notification:
    inc = incident(seq=seq, **incident_kw)
    return Notification(key=f"{inc.id}:{seq}", event=event, incident=inc, receivers=receivers,
                        at_ms=T0 + seq * 1000, language=language, brand_name="Acme Foods")


def evolve(n: Notification, event: NotificationEvent, seq: int, **incident_kw: Any
           ) -> Notification:
    inc = msgspec.structs.replace(n.incident, seq=seq, **incident_kw)
    return msgspec.structs.replace(n, key=f"{inc.id}:{seq}", event=event, incident=inc,
                                   at_ms=n.at_ms + 1000)
