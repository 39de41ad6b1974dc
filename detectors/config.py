"""What the detectors need to know about a brand, as loaded from the config file.

Field defaults are the documented defaults (README "Config reference"). Durations are strings
such as "5m"; `__post_init__` validates them so a mistake is reported with its config path.
"""

from __future__ import annotations

import re

import msgspec

from detectors.durations import parse_duration
from detectors.text import normalise

_BRAND_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class Account(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """An account on a source; `source` None matches the handle on every source."""

    handle: str
    source: str | None = None
    name: str = ""

    def __post_init__(self) -> None:
        if not self.handle.strip():
            raise ValueError("handle must not be empty")


class BusinessHours(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    tz: str = "UTC"
    days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    start: str = "09:00"
    end: str = "18:00"

    def __post_init__(self) -> None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {self.tz!r} (use an IANA name)") from None
        for d in self.days:
            if d not in _WEEKDAYS:
                raise ValueError(f"unknown day {d!r}; use {', '.join(_WEEKDAYS)}")
        for v in (self.start, self.end):
            if not _HHMM.match(v):
                raise ValueError(f"time {v!r} must be HH:MM")


class VolumeThresholds(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Volume spike tests (detectors/volume.py). A spike needs all of: count >= min_count,
    count >= factor x expected, and a count tail probability (Poisson, or negative binomial
    when the history is over-dispersed) below p_value and below the brand's routine spikes
    (tail_factor). A sustained rise needs the 2-h level at the brand's usual peak of it
    (peak_factor) and above the seasonal expectation. The negative-share test needs, over
    share_window, share_min_count negative mentions, a share at least share_delta above the
    usual one and a binomial tail probability below p_value. One episode, one new signal:
    later ones are updates until episode_gap passes without a sign of it."""

    window: str = "1m"  # counting interval; divides an hour so no interval spans two hours
    min_count: int = 20
    factor: float = 3.0
    p_value: float = 1e-6  # per interval; 1e-4 gave ~0.1-1 false alarm per brand-week
    baseline: str = "1h"  # half-life of the recent level that scales the seasonal profile
    warmup: str = "1h"  # history before the learnt baseline is trusted (cold start before)
    cooldown: str = "10m"
    share_window: str = "5m"  # the share is judged over this much recent time
    share_delta: float = 0.2
    share_min_count: int = 10
    # Episodes (detectors/volume.py): a spike opens one, later signals of it are updates.
    episode_gap: str = "1h"  # an episode ends after this long without a sign of it
    tail_factor: float = 1.0  # a spike must be this many times as surprising (in log p) as
    # the brand's own routine spikes (its top 0.1 % of intervals); 0: p_value alone
    peak_factor: float = 1.0  # sustained test: the 2-h level must reach this many times the
    # brand's usual peak of it (what its busiest hours of a fortnight reach); 0: off

    def __post_init__(self) -> None:
        for name in ("window", "baseline", "warmup", "cooldown", "share_window", "episode_gap"):
            parse_duration(getattr(self, name))
        window_ms = parse_duration(self.window)
        if window_ms < 1000 or 3_600_000 % window_ms:
            raise ValueError(
                f"window {self.window!r} must be from 1s to 1h and divide an hour evenly "
                "(e.g. 10s, 30s, 1m, 5m, 15m, 1h)"
            )
        for name in ("baseline", "share_window"):
            if parse_duration(getattr(self, name)) < window_ms:
                raise ValueError(f"{name} {getattr(self, name)!r} must be at least the window")
        if self.min_count < 1:
            raise ValueError("min_count must be >= 1")
        if self.factor <= 1.0:
            raise ValueError("factor must be > 1")
        if not 0.0 < self.p_value < 1.0:
            raise ValueError("p_value must be in (0, 1)")
        if not 0.0 < self.share_delta < 1.0:
            raise ValueError("share_delta must be in (0, 1)")
        if self.share_min_count < 1:
            raise ValueError("share_min_count must be >= 1")
        if parse_duration(self.episode_gap) < window_ms:
            raise ValueError(f"episode_gap {self.episode_gap!r} must be at least the window")
        if not 0.0 <= self.tail_factor <= 100.0:
            raise ValueError("tail_factor must be in [0, 100] (0: p_value alone)")
        if not 0.0 <= self.peak_factor <= 100.0:
            raise ValueError("peak_factor must be in [0, 100] (0: no sustained test)")


class BrandSpec(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A monitored brand: how to recognise it and whose posts matter."""

    id: str
    name: str
    aliases: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    # Everyday-word aliases ("Волна", "Apple"): see detectors/context.py and README.
    context: tuple[str, ...] = ()  # words and phrases that show a mention is about the brand
    ambiguous_aliases: tuple[str, ...] = ()  # judged by context though not an everyday word
    unambiguous_aliases: tuple[str, ...] = ()  # everyday words trusted without context
    official_accounts: tuple[Account, ...] = ()
    watched_accounts: tuple[Account, ...] = ()
    journalists: tuple[Account, ...] = ()
    language: str = "en"  # message language for people: ru | en
    business_hours: BusinessHours = BusinessHours()
    volume: VolumeThresholds = VolumeThresholds()

    def __post_init__(self) -> None:
        if not _BRAND_ID.match(self.id):
            raise ValueError(
                f"brand id {self.id!r} must be 1-64 chars of a-z, 0-9, '_' or '-', "
                "starting with a letter or digit"
            )
        if not self.aliases or any(not a.strip() for a in self.aliases):
            raise ValueError("aliases must list at least one non-empty name")
        if self.language not in ("ru", "en"):
            raise ValueError("language must be 'ru' or 'en'")
        names = {a.strip().casefold() for a in (self.name, *self.aliases)}
        for key in ("ambiguous_aliases", "unambiguous_aliases"):
            for a in getattr(self, key):
                if a.strip().casefold() not in names:
                    raise ValueError(f"{key}: {a!r} is not the name or one of the aliases")
                if a.strip()[:1] in ("#", "@") or len(normalise(a).tokens) != 1:
                    raise ValueError(f"{key}: {a!r} is not a one-word alias (hashtags, handles "
                                     "and names of several words always name the brand)")
        both = {a.strip().casefold() for a in self.ambiguous_aliases} & {
            a.strip().casefold() for a in self.unambiguous_aliases}
        if both:
            raise ValueError(f"{sorted(both)[0]!r} is in both ambiguous_aliases and "
                             "unambiguous_aliases")
        if any(not c.strip() for c in self.context):
            raise ValueError("context entries must not be empty")
