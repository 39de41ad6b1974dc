"""The three brands of the simulated week (week.py): names as people write them, accounts,
traffic, and the config a user following the README would write for them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from detectors.config import BusinessHours

__all__ = ["ALL_DAYS", "BRANDS", "CASES", "CONFIG", "HOURS", "TZ", "Brand", "brand_config",
           "week_config"]

TZ = "Europe/Moscow"
ALL_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HOURS = BusinessHours(tz=TZ, days=ALL_DAYS, start="09:00", end="21:00")
CASES = ("b", "b_gen", "b_dat", "b_acc", "b_ins", "b_pre")


@dataclass(frozen=True)
class Brand:
    """A monitored brand: its config facts and its traffic (per day, weekdays)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    forms: Mapping[str, tuple[str, ...]]  # Russian slot -> spellings, by case (CASES)
    forms_en: tuple[str, ...]
    official: str
    official_name: str
    exec_handle: str
    exec_name: str
    exec_title: str
    exec_source: str
    exec_followers: int
    exec_rate: float  # the executive's engagement per follower on a typical post
    per_day: float  # mentions a weekday, everything that names the brand
    weekend: float  # weekend volume / weekday volume
    night: float  # the quietest hour / the busiest
    decoys_per_day: float  # the name in its everyday sense
    decoy_negative: float
    reviews_per_day: float
    review_negative: float
    addressed_per_day: float  # complaints and questions to the official account
    official_posts_per_day: float
    influencers_per_day: float
    mix: tuple[float, float, float]  # organic posts: positive, neutral, negative


SOCHNY = Brand(
    id="sochny", name="Сочный Бургер",
    aliases=("Сочный Бургер", "Sochny Burger", "Sochnyi Burger", "#сочныйбургер"),
    forms={
        "b": ("Сочный Бургер", "«Сочный Бургер»", "Сочный бургер", "сочный бургер",
              "#сочныйбургер", "Sochny Burger", "СОЧНЫЙ БУРГЕР"),
        "b_gen": ("Сочного Бургера", "«Сочного Бургера»", "Сочного бургера",
                  "сочного бургера"),
        "b_dat": ("Сочному Бургеру", "«Сочному Бургеру»", "сочному бургеру"),
        "b_acc": ("Сочный Бургер", "«Сочный Бургер»", "сочный бургер"),
        "b_ins": ("Сочным Бургером", "«Сочным Бургером»", "сочным бургером"),
        "b_pre": ("Сочном Бургере", "«Сочном Бургере»", "Сочном бургере", "сочном бургере"),
    },
    forms_en=("Sochny Burger", "Sochny Burger", "Sochnyi Burger", "#sochnyburger"),
    official="sochnyburger", official_name="Сочный Бургер",
    exec_handle="igor_savelev", exec_name="Игорь Савельев", exec_title="CEO",
    exec_source="vk", exec_followers=58_000, exec_rate=0.012,
    per_day=2_000, weekend=1.2, night=0.06,
    decoys_per_day=35, decoy_negative=0.08,
    reviews_per_day=110, review_negative=0.42,
    addressed_per_day=120, official_posts_per_day=3, influencers_per_day=0.9,
    mix=(0.3, 0.54, 0.16),
)
POLYUSHKO = Brand(
    id="polyushko", name="Полюшко",
    aliases=("Полюшко", "Polyushko", "#полюшко"),
    forms={
        "b": ("Полюшко", "«Полюшко»", "полюшко", "#полюшко", "ПОЛЮШКО", "Polyushko"),
        "b_gen": ("Полюшко", "«Полюшко»"),
        "b_dat": ("Полюшко", "«Полюшко»"),
        "b_acc": ("Полюшко", "«Полюшко»"),
        "b_ins": ("Полюшко", "«Полюшко»"),
        "b_pre": ("Полюшко", "«Полюшко»"),
    },
    forms_en=("Polyushko", "Polyushko", "#polyushko"),
    official="polyushko_official", official_name="Полюшко",
    exec_handle="marina_kotova", exec_name="Марина Котова", exec_title="основатель",
    exec_source="telegram", exec_followers=7_500, exec_rate=0.02,
    per_day=300, weekend=0.85, night=0.05,
    decoys_per_day=9, decoy_negative=0.05,
    reviews_per_day=12, review_negative=0.3,
    addressed_per_day=10, official_posts_per_day=1, influencers_per_day=0.12,
    mix=(0.32, 0.53, 0.15),
)
VOLNA = Brand(
    id="volna", name="Волна",
    aliases=("Волна", "Volna", "Волна Мобайл", "Volna Mobile", "#волнамобайл"),
    forms={
        "b": ("Волна", "«Волна»", "волна", "Volna", "Волна Мобайл", "#волнамобайл", "ВОЛНА"),
        "b_gen": ("Волны", "«Волны»", "волны", "Volna"),
        "b_dat": ("Волне", "«Волне»", "волне"),
        "b_acc": ("Волну", "«Волну»", "волну", "Volna"),
        "b_ins": ("Волной", "«Волной»", "волной"),
        "b_pre": ("Волне", "«Волне»", "волне", "Volna"),
    },
    forms_en=("Volna", "Volna", "Volna Mobile", "volna", "#VolnaMobile"),
    official="volna_help", official_name="Волна — поддержка",
    exec_handle="a_vetrov", exec_name="Андрей Ветров", exec_title="CEO",
    exec_source="telegram", exec_followers=310_000, exec_rate=0.009,
    per_day=5_000, weekend=0.85, night=0.1,
    decoys_per_day=700, decoy_negative=0.3,
    reviews_per_day=140, review_negative=0.45,
    addressed_per_day=330, official_posts_per_day=4, influencers_per_day=1.5,
    mix=(0.22, 0.6, 0.18),
)
BRANDS: dict[str, Brand] = {b.id: b for b in (SOCHNY, POLYUSHKO, VOLNA)}


def brand_config(b: Brand) -> dict[str, Any]:
    return {
        "id": b.id,
        "name": b.name,
        "language": "ru",
        "aliases": list(b.aliases),
        "official_accounts": [{"handle": b.official}],
        "watched_accounts": [{"handle": b.exec_handle, "source": b.exec_source,
                              "name": f"{b.exec_name}, {b.exec_title}"}],
        "business_hours": {"tz": HOURS.tz, "days": list(HOURS.days), "start": HOURS.start,
                           "end": HOURS.end},
    }


def week_config(brands: Sequence[Brand] = tuple(BRANDS.values())) -> dict[str, Any]:
    """The config a user would write from the README: thresholds and timers at defaults."""
    return {"routing": {"receivers": ["console"], "min_severity": "warning"},
            "brands": [brand_config(b) for b in brands]}


CONFIG = week_config()
