"""Built-in scenarios for `crisiswatch simulate` and the scenario tests, by name."""

from __future__ import annotations

from detectors.scenarios import (
    bolt_buckwheat,
    executive_gaffe,
    fake_rumour,
    ignored_complaints,
    marketing_campaign,
    quiet_week,
    restaurant_guard,
)
from detectors.scenarios.week import Week
from detectors.simulation import Scenario

SCENARIOS: dict[str, Scenario] = {s.name: s for s in (
    restaurant_guard.SCENARIO,
    bolt_buckwheat.SCENARIO,
    ignored_complaints.SCENARIO,
    executive_gaffe.SCENARIO,
    fake_rumour.SCENARIO,
    quiet_week.SCENARIO,
    marketing_campaign.SCENARIO,
    Week().scenario(),
)}


def get(name: str) -> Scenario:
    try:
        return SCENARIOS[name]
    except KeyError:
        raise KeyError(f"unknown scenario {name!r}; choose from {', '.join(SCENARIOS)}") from None
