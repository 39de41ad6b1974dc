"""A realistic week of three Russian brands at full volume, onto which crises can be injected.

«Сочный Бургер», a fast-food chain (~2,000 mentions a day), «Полюшко», a buckwheat brand
(~300), and «Волна», a mobile operator (~5,000) whose name is the everyday word for a wave. Seven
days (plus a day of history before them, so baselines start warm), daily and weekly
seasonality, 75 % Russian and 25 % English with some mixed and transliterated posts, typos and
emoji; thread replies; metric updates (the same id seen again with more engagement); reviews,
many negative and mostly unanswered; posts to the official accounts answered within an hour in
business hours (09:00-21:00 Moscow, every day) by replies that do not name the brand; the
executives' routine posts with their usual engagement; influencers; and the brands' names in
their everyday sense, including a storm in a resort town that fills the «Волна» stream with
negative news about waves. Texts come from a bank (`dev` or `holdout`, see banks.py).

The config is what a user following the README would write: aliases, one official account and
one watched executive per brand, business hours, `min_severity: warning`, every threshold at
its default (`CONFIG`, written by `crisiswatch simulate --scenario week --write-config`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from detectors.scenarios.banks import get_bank
from detectors.scenarios.week_brands import BRANDS, week_config
from detectors.scenarios.week_storm import storm
from detectors.scenarios.week_traffic import BrandWeek, CrisisRecord, local_time
from detectors.simulation import DAY, Event, Scenario, Sim

__all__ = ["WARMUP_DAYS", "Injection", "Week", "parse_at"]

WARMUP_DAYS = 1


# ------------------------------------------------------------------------------ injections
@dataclass(frozen=True)
class Injection:
    """A crisis to inject: `at` is "D HH:MM", day D of the measured week (1 = its first day)
    at Moscow time; None: the crisis's default brand or time."""

    crisis: str
    brand: str | None = None
    at: str | None = None


def parse_at(text: str) -> tuple[int, int, int]:
    """ "3 13:10" -> (3, 13, 10)."""
    try:
        day_s, hm = text.strip().split()
        h_s, m_s = hm.split(":")
        day, hour, minute = int(day_s), int(h_s), int(m_s)
    except ValueError:
        raise ValueError(f"crisis time {text!r}: use 'D HH:MM', e.g. '3 13:10' (day 3 of the "
                         "week, Moscow time)") from None
    if not (1 <= day <= 7 and 0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(f"crisis time {text!r}: day 1-7, HH:MM of a day")
    return day, hour, minute


# ------------------------------------------------------------------------------ the week
class Week:
    """The week's generator: background traffic of the brands plus injected crises."""

    def __init__(self, bank: str = "dev", injections: Sequence[Injection] = (),
                 brands: Sequence[str] | None = None, days: int = 7, storm: bool = True,
                 warmup_days: int = WARMUP_DAYS) -> None:
        from detectors.scenarios.week_crises import CRISES  # the crises build on this module

        self.bank = get_bank(bank)
        unknown = set(brands or ()) - set(BRANDS)
        if unknown:
            raise KeyError(f"unknown brand {sorted(unknown)[0]!r}; choose from "
                           f"{', '.join(BRANDS)}")
        self.brands = [BRANDS[b] for b in (brands or BRANDS)]
        if not 1 <= days <= 7:
            raise ValueError("days must be 1-7")
        self.days = days
        self.storm = storm
        self.warmup_ms = warmup_days * DAY
        self.injections = list(injections)
        self.made: dict[str, Counter[str]] = {}  # posts by role of the last build, per brand
        for inj in self.injections:
            spec = CRISES.get(inj.crisis)
            if spec is None:
                raise KeyError(f"unknown crisis {inj.crisis!r}; choose from {', '.join(CRISES)}")
            brand = inj.brand or spec.default_brand
            if brand not in {b.id for b in self.brands}:
                raise KeyError(f"crisis {inj.crisis}: brand {brand!r} is not in this week "
                               f"({', '.join(b.id for b in self.brands)})")
            spec.check(self.bank, BRANDS[brand])
            parse_at(inj.at or spec.default_at)

    @property
    def duration_ms(self) -> int:
        return self.warmup_ms + self.days * DAY

    def config(self) -> dict[str, Any]:
        return week_config(self.brands)

    def generate(self, seed: int, start_ms: int) -> tuple[list[Event], list[CrisisRecord]]:
        sim = Sim(seed, start_ms, self.duration_ms)
        records = self.build(sim)
        return sim.events(), records

    def build(self, sim: Sim) -> list[CrisisRecord]:
        from detectors.scenarios.week_crises import CRISES

        measured = sim.start + self.warmup_ms
        ctx = {b.id: BrandWeek(sim, self.bank, b) for b in self.brands}
        self.made = {b: bw.made for b, bw in ctx.items()}
        for bw in ctx.values():
            bw.background()
        if self.storm and "volna" in ctx:
            storm(ctx["volna"], measured, self.days)
        records = []
        for inj in self.injections:
            spec = CRISES[inj.crisis]
            brand = inj.brand or spec.default_brand
            at = local_time(measured, *parse_at(inj.at or spec.default_at))
            records.append(spec.build(ctx[brand], at))
        return records

    def _build_events(self, sim: Sim) -> None:
        self.build(sim)

    def scenario(self, name: str = "week") -> Scenario:
        label = ", ".join(f"{i.crisis} on {i.brand or 'its default brand'}"
                          for i in self.injections) or "no crisis"
        return Scenario(
            name=name,
            summary=(f"a week of three Russian brands at full volume (~7,300 mentions a day, "
                     f"RU/EN), a storm about «волна» waves; bank {self.bank.name}; {label}"),
            duration_ms=self.duration_ms,
            config=self.config(),
            build=self._build_events,
            expect="a page budget of at most one page per brand-week without a crisis "
                   "(bench/page_budget.py measures it)",
            history_ms=self.warmup_ms,
        )
