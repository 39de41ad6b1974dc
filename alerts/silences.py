"""Silence matching: which signals a silence mutes, and when it stops existing.

Pure functions over `alerts.model.Silence`; the engine decides what muting means (the incident
still updates, only pages are held back).
"""

from __future__ import annotations

from collections.abc import Iterable

from alerts.model import Silence
from detectors.model import Signal

MAX_SILENCES = 200  # per brand: keeps the brand's table entry bounded


def is_active(silence: Silence, now_ms: int) -> bool:
    """Half-open range [starts_ms, ends_ms) so back-to-back silences never overlap or gap."""
    return silence.starts_ms <= now_ms < silence.ends_ms


def is_expired(silence: Silence, now_ms: int) -> bool:
    return silence.ends_ms <= now_ms


def active(silences: Iterable[Silence], now_ms: int) -> list[Silence]:
    return [s for s in silences if is_active(s, now_ms)]


def normalise_handle(handle: str) -> str:
    """People type handles with or without '@' and in any case; sources disagree too."""
    return handle.strip().lstrip("@").casefold()


def _author_matches(wanted: str, signal: Signal) -> bool:
    handle = normalise_handle(wanted)
    return any(normalise_handle(m.author) == handle for m in signal.mentions)


def _text_matches(wanted: str, signal: Signal) -> bool:
    needle = wanted.casefold()
    if needle in signal.title.casefold():
        return True
    return any(needle in m.text.casefold() for m in signal.mentions)


def matches(silence: Silence, signal: Signal, now_ms: int) -> bool:
    """AND over the fields that are set; a silence with none set mutes everything in its range
    (a maintenance window)."""
    if not is_active(silence, now_ms):
        return False
    if silence.brand is not None and silence.brand != signal.brand:
        return False
    if silence.kind is not None and silence.kind != signal.kind:
        return False
    if silence.group is not None and silence.group != signal.group:
        return False
    if silence.author is not None and not _author_matches(silence.author, signal):
        return False
    return silence.text is None or _text_matches(silence.text, signal)


def first_match(silences: Iterable[Silence], signal: Signal, now_ms: int) -> Silence | None:
    """The first matching silence in list order, so the answer is stable across replays."""
    for silence in silences:
        if matches(silence, signal, now_ms):
            return silence
    return None


def prune_expired(silences: list[Silence], now_ms: int) -> list[Silence]:
    """Drop expired silences in place (the state must stay bounded); returns what was dropped."""
    expired = [s for s in silences if is_expired(s, now_ms)]
    if expired:
        silences[:] = [s for s in silences if not is_expired(s, now_ms)]
    return expired


def validation_error(silence: Silence, brand: str, now_ms: int) -> str | None:
    """Why a silence cannot be stored for `brand`, or None when it can."""
    if not silence.id:
        return "silence needs an id"
    if silence.brand is not None and silence.brand != brand:
        return f"silence is for brand {silence.brand!r}, action is for {brand!r}"
    if silence.ends_ms <= silence.starts_ms:
        return "silence must end after it starts"
    if is_expired(silence, now_ms):
        return "silence has already ended"
    if silence.text is not None and not silence.text.strip():
        return "silence text must not be blank"
    if silence.author is not None and not normalise_handle(silence.author):
        return "silence author must not be blank"
    return None
