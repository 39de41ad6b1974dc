"""The demo's built-in feed: ordinary RU/EN chatter about a few fictional brands, then a burst
of negative mentions about one restaurant chain (a guard throwing out an elderly woman, filmed).

Deterministic for a seed; timestamps are "now" so the live pipeline treats it as real traffic.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

DEMO_BRANDS: list[dict[str, Any]] = [
    {
        "id": "lozhka",
        "name": "Ложка и Вилка",
        "aliases": ["Ложка и Вилка", "Lozhka i Vilka", "#ложкаивилка", "Spoon & Fork"],
        "language": "ru",
        "official_accounts": [{"handle": "lozhka_official"}],
    },
    {
        "id": "severny",
        "name": "Северный банк",
        "aliases": ["Северный банк", "Severny Bank", "Severnyi bank"],
        "language": "ru",
    },
    {
        "id": "oblako",
        "name": "Oblako Telecom",
        "aliases": ["Oblako Telecom", "Облако Телеком"],
        "language": "en",
    },
    {
        "id": "pixelair",
        "name": "Pixel Air",
        "aliases": ["Pixel Air", "PixelAir", "Пиксель Эйр"],
        "language": "en",
    },
]

_CHATTER = {
    "lozhka": [
        ("ru", "Зашли с друзьями в Ложка и Вилка, борщ как у бабушки"),
        ("ru", "В Ложка и Вилка сегодня очередь, но обед того стоит"),
        ("en", "Lunch at Lozhka i Vilka near the office, decent pelmeni"),
        ("ru", "Кто знает, Ложка и Вилка на Тверской работает до 23?"),
        ("en", "Spoon & Fork has a new winter menu, trying the soup tomorrow"),
    ],
    "severny": [
        ("ru", "Открыл вклад в Северный банк, приложение удобное"),
        ("ru", "Северный банк поднял ставки по вкладам, неплохо"),
        ("en", "Severny Bank app update looks cleaner"),
        ("ru", "Кто-нибудь брал ипотеку в Северный банк? Как условия?"),
    ],
    "oblako": [
        ("en", "Oblako Telecom 5G finally reached my district"),
        ("en", "Switched to Oblako Telecom, roaming prices are ok"),
        ("ru", "Облако Телеком прислали смс про новый тариф"),
        ("en", "Is Oblako Telecom down for anyone else? Works now, nevermind"),
    ],
    "pixelair": [
        ("en", "Pixel Air flight to Kazan on time today, smooth landing"),
        ("en", "Booked Pixel Air for the holidays, cheaper than trains"),
        ("ru", "Летала Пиксель Эйр, всё спокойно, кормили нормально"),
    ],
}

_BURST = [
    ("ru", "Охранник в Ложка и Вилка вытолкал пожилую женщину на мороз, видео!!! Позор 😡"),
    ("ru", "Это ужасно, в Ложка и Вилка выгнали бабушку, больше туда ни ногой"),
    ("ru", "Бойкот #ложкаивилка, охранник выгнал пенсионерку, отвратительно"),
    ("en", "Lozhka i Vilka security guard threw an elderly woman out into the cold. Disgusting"),
    ("en", "Never again Spoon & Fork, their guard kicked out a grandma, watch the video"),
    ("ru", "Ложка и Вилка, как вам не стыдно? Выгнали бабушку, видео уже везде 🤬"),
    ("en", "Boycott Lozhka i Vilka, shameful treatment of an old lady"),
    ("ru", "Ложка и Вилка охранник толкнул пожилую женщину, это возмутительно"),
]

_VIDEO_URL = "https://video.example.org/watch/guard-incident-1"


class DemoFeed:
    """Mentions as dicts, ready to be serialised to the `mentions` topic."""

    def __init__(self, seed: int = 7) -> None:
        self._rng = random.Random(seed)
        self._seq = 0

    def _mention(self, brand: str, lang: str, text: str, now_ms: int,
                 **extra: Any) -> dict[str, Any]:
        self._seq += 1
        rng = self._rng
        handle = f"user{rng.randrange(1, 50_000)}"
        return {
            "id": f"demo-{now_ms}-{self._seq}",
            "source": rng.choice(["x", "vk", "telegram", "reviews", "forum"]),
            "url": f"https://social.example.org/{handle}/{self._seq}",
            "created_at": now_ms,
            "text": text,
            "lang": lang,
            "author": {"id": handle, "handle": handle, "name": handle.title(),
                       "followers": rng.choice([12, 80, 300, 1_200, 5_000]), "verified": False},
            "metrics": {"likes": rng.randrange(0, 20), "reposts": rng.randrange(0, 3),
                        "replies": rng.randrange(0, 4), "views": rng.randrange(10, 900)},
            **extra,
        }

    def chatter(self, now_ms: int) -> dict[str, Any]:
        brand = self._rng.choice(list(_CHATTER))
        lang, text = self._rng.choice(_CHATTER[brand])
        return self._mention(brand, lang, text, now_ms)

    def history(self, start_ms: int, seconds: int, per_s: float) -> Iterator[dict[str, Any]]:
        """Ordinary chatter spread over the past, oldest first."""
        step_ms = int(1000 / per_s)
        for t in range(start_ms, start_ms + seconds * 1000, step_ms):
            yield self.chatter(t)

    def burst(self, now_ms: int) -> dict[str, Any]:
        lang, text = self._rng.choice(_BURST)
        m = self._mention("lozhka", lang, text, now_ms,
                          media=[{"type": "video", "url": _VIDEO_URL}])
        m["url"] = _VIDEO_URL if self._rng.random() < 0.3 else m["url"]
        return m


def schedule(feed: DemoFeed, now_ms: int, elapsed_s: float, calm_s: float, burst_s: float,
             chatter_per_s: float, burst_per_s: float, tick_s: float) -> Iterator[dict[str, Any]]:
    """Mentions to emit in the tick that starts `elapsed_s` into the demo."""
    n = _poisson(feed._rng, chatter_per_s * tick_s)
    for _ in range(n):
        yield feed.chatter(now_ms)
    if calm_s <= elapsed_s < calm_s + burst_s:
        for _ in range(_poisson(feed._rng, burst_per_s * tick_s)):
            yield feed.burst(now_ms)


def _poisson(rng: random.Random, lam: float) -> int:
    # Knuth's method: lam here is small (a few events per tick).
    import math

    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1
