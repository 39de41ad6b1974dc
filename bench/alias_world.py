"""A stream of mentions of brands named after everyday words, labelled, for judging the
context verdict (detectors/context.py) on text it was not written next to.

Two brands: the mobile operator «Волна» (aliases Волна, Volna, #волна, Волна Мобайл,
@volna_mobile) and the delivery app «Ложка» / "Spoon". Every day has sure mentions (replies
to and posts by the official account, handles, hashtags, multi-word and Latin spellings),
ambiguous mentions about the brand (plain «Волна», "Spoon") and ambiguous mentions of the
everyday sense (sea, heat, music, layoffs, cutlery...). On top: a storm burst (news and people
writing about waves in a resort town, big accounts, negative) and an operator outage told
mostly with the plain name. Texts come from a bank (`bench/alias_bank_dev.py` was visible
while the rules were written; `bench/alias_bank_holdout.py` was written after they were
frozen), filled with slot values and shuffled by a seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
START_MS = 1_767_214_800_000  # 2026-01-01 00:00 Moscow

CITIES = ("Сочи", "Анапа", "Геленджик", "Туапсе", "Ялта", "Новороссийск", "Калининград",
          "Владивосток", "Махачкала", "Севастополь")
CITIES_EN = ("Sochi", "Anapa", "Gelendzhik", "Tuapse", "Yalta", "Kaliningrad", "Vladivostok")
STREETS = ("Ленина", "Мира", "Гагарина", "Садовой", "Пушкина", "Лесной", "Советской")


@dataclass(frozen=True)
class BrandBank:
    """Texts of one brand. Slots: {city} {city_en} {street} {n} {gb} {price} {h} (the official
    handle with '@'). `other` and `storm` are everyday-sense texts by topic."""

    brand: str
    official: str
    hashtag: str  # a '#' alias without the '#'
    sure: tuple[str, ...]  # name the brand surely (handle, hashtag, several words, Latin)
    replies: tuple[str, ...]  # replies to the official account, the brand named or not
    official_posts: tuple[str, ...]
    about: dict[str, tuple[str, ...]]  # topic -> ambiguous texts about the brand
    other: dict[str, tuple[str, ...]]  # topic -> ambiguous texts about something else
    storm: tuple[str, ...] = ()  # everyday-sense burst (news and people)
    outage: tuple[str, ...] = ()  # brand crisis told with the plain name


@dataclass(frozen=True)
class Rates:
    """Mentions per day of each kind for one brand, and the bursts."""

    sure: int
    replies: int
    official_posts: int
    about: int
    other: int
    storm_day: int | None = None
    storm: int = 0  # mentions over `storm_hours`
    storm_hours: int = 6
    outage_day: int | None = None
    outage: int = 0
    outage_hours: int = 3
    tagged: float = 0.5  # share of sure mentions that are brand talk with a handle or hashtag
    outage_tagged: float = 0.0  # share of outage posts that tag the brand (0: worst case)


@dataclass
class Labelled:
    raw: bytes
    brand: str
    label: str  # "sure", "about:<topic>", "other:<topic>"
    at_ms: int
    fields: dict[str, Any] = field(default_factory=dict)


def _fill(rng: random.Random, text: str, official: str) -> str:
    out = text
    if "{" not in out:
        return out
    return out.format(city=rng.choice(CITIES), city_en=rng.choice(CITIES_EN),
                      street=rng.choice(STREETS), n=rng.randint(2, 9),
                      gb=rng.choice((5, 10, 15, 20, 30, 50)),
                      price=rng.choice((290, 350, 450, 490, 550, 690, 890)),
                      h="@" + official)


FILLERS_BEFORE = ("блин, ", "короче, ", "ну вот, ", "честно говоря, ", "кстати, ", "так, ",
                  "слушайте, ", "представляете, ", "опять двадцать пять: ", "утро начинается: ",
                  "ok so ", "lol ", "honestly, ")
FILLERS_AFTER = (" вот так", " как всегда", " ну и ну", " смешно", " грустно", " 🤷", " #жизнь",
                 " #утро", " сегодня", " вчера вечером", " в общем", " just saying",
                 " what a day")


def _style(rng: random.Random, text: str) -> str:
    if rng.random() < 0.3:
        text = rng.choice(FILLERS_BEFORE) + text[:1].lower() + text[1:]
    if rng.random() < 0.3:
        text = text.rstrip(".!") + rng.choice(FILLERS_AFTER)
    r = rng.random()
    if r < 0.25:
        return text.lower()
    if r < 0.3:
        return text + rng.choice((" 😡", " 🙄", " 😂", " 👍", " 🌊", "!!", "..."))
    return text


class World:
    """Deterministic for a seed: `stream()` yields labelled mention events in time order."""

    def __init__(self, banks: Sequence[tuple[BrandBank, Rates]], seed: int, days: int = 7,
                 start_ms: int = START_MS) -> None:
        self.banks = banks
        self.seed = seed
        self.days = days
        self.start_ms = start_ms

    def stream(self) -> list[Labelled]:
        rng = random.Random(self.seed)
        out: list[Labelled] = []
        n = 0
        for bank, rates in self.banks:
            for day in range(self.days):
                t0 = self.start_ms + day * DAY_MS
                plan: list[tuple[str, str, int, dict[str, Any]]] = []
                topics = sorted(bank.about)
                for _ in range(rates.sure):
                    if rng.random() < rates.tagged:  # brand talk, written with a sure name
                        text = rng.choice(bank.about[rng.choice(topics)])
                        plan.append(("sure", _tag(rng, text, bank), _daytime(rng, t0), {}))
                    else:
                        plan.append(("sure", rng.choice(bank.sure), _daytime(rng, t0), {}))
                for _ in range(rates.replies):
                    plan.append(("sure", rng.choice(bank.replies), _daytime(rng, t0),
                                 {"reply_to_author": bank.official, "in_reply_to": "op"}))
                for _ in range(rates.official_posts):
                    plan.append(("sure", rng.choice(bank.official_posts), _daytime(rng, t0),
                                 {"author": {"handle": bank.official, "followers": 120_000}}))
                for _ in range(rates.about):
                    topic = rng.choice(topics)
                    plan.append((f"about:{topic}", rng.choice(bank.about[topic]),
                                 _daytime(rng, t0), {}))
                others = sorted(bank.other)
                for _ in range(rates.other):
                    topic = rng.choice(others)
                    plan.append((f"other:{topic}", rng.choice(bank.other[topic]),
                                 _daytime(rng, t0), {}))
                if rates.storm_day == day and bank.storm:
                    s0 = t0 + 10 * HOUR_MS
                    for _ in range(rates.storm):
                        at = s0 + int(rng.random() ** 1.5 * rates.storm_hours * HOUR_MS)
                        followers = rng.choice((50, 200, 800, 3_000, 40_000, 900_000))
                        plan.append(("other:storm", rng.choice(bank.storm), at,
                                     {"author": {"followers": followers}}))
                if rates.outage_day == day and bank.outage:
                    o0 = t0 + 12 * HOUR_MS
                    for _ in range(rates.outage):
                        at = o0 + int(rng.random() ** 1.5 * rates.outage_hours * HOUR_MS)
                        followers = rng.choice((50, 200, 800, 3_000, 40_000, 900_000))
                        text = rng.choice(bank.outage)
                        if rng.random() < rates.outage_tagged:
                            plan.append(("sure", _tag(rng, text, bank), at,
                                         {"author": {"followers": followers}}))
                        else:
                            plan.append(("about:outage", text, at,
                                         {"author": {"followers": followers}}))
                for label, text, at, extra in plan:
                    n += 1
                    author = {"id": f"u{rng.randrange(50_000)}",
                              "handle": f"user{rng.randrange(50_000)}",
                              "followers": rng.choice((10, 40, 150, 600, 2_500))}
                    author.update(extra.pop("author", {}))
                    event: dict[str, Any] = {
                        "id": f"{bank.brand}-{self.seed}-{n}", "source": rng.choice(
                            ("x", "vk", "telegram", "news", "forum")),
                        "created_at": at,
                        "text": _style(rng, _fill(rng, text, bank.official)),
                        "author": author,
                        "metrics": {"likes": rng.randrange(0, 40),
                                    "views": rng.randrange(50, 3000)},
                        **extra,
                    }
                    if event.get("in_reply_to") == "op":
                        event["in_reply_to"] = f"{bank.brand}-op-{rng.randrange(400)}"
                    out.append(Labelled(msgspec.json.encode(event), bank.brand, label, at, event))
        out.sort(key=lambda x: x.at_ms)
        return out


def _tag(rng: random.Random, text: str, bank: BrandBank) -> str:
    """The same talk with the brand named surely: its handle or its hashtag."""
    if rng.random() < 0.5:
        return f"@{bank.official} {text}"
    return f"{text} #{bank.hashtag}"


def _daytime(rng: random.Random, t0: int) -> int:
    """A time of day weighted to waking hours (Moscow)."""
    hour = rng.choices(range(24), weights=(1, 1, 1, 1, 1, 1, 2, 4, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8,
                                           8, 8, 8, 6, 4, 2))[0]
    return t0 + hour * HOUR_MS + rng.randrange(HOUR_MS)


def config_yaml(context: bool = True, gate: bool = True) -> str:
    """The deployment the stream is meant for. `gate=False` lists the everyday aliases under
    `unambiguous_aliases`: today's behaviour, every match is the brand."""
    volna_ctx = "[тариф, связь, сим-карта, роуминг, интернет, roaming, coverage]" if context \
        else "[]"
    lozhka_ctx = "[доставка, курьер, заказ, приложение, delivery, courier, order]" if context \
        else "[]"
    volna_trust = "" if gate else "\n    unambiguous_aliases: [Волна]"
    lozhka_trust = "" if gate else "\n    unambiguous_aliases: [Ложка, Spoon]"
    return f"""\
brands:
  - id: volna
    name: Волна
    language: ru
    aliases: [Волна, Volna, "#волна", Волна Мобайл, "@volna_mobile"]
    context: {volna_ctx}{volna_trust}
    official_accounts: [{{handle: volna_mobile}}]
    business_hours: {{tz: Europe/Moscow, start: "09:00", end: "21:00"}}
  - id: lozhka
    name: Ложка
    language: ru
    aliases: [Ложка, Lozhka, Spoon, "#ложкаеда", Ложка Доставка, Spoon Delivery]
    context: {lozhka_ctx}{lozhka_trust}
    official_accounts: [{{handle: lozhka_app}}]
    business_hours: {{tz: Europe/Moscow, start: "09:00", end: "21:00"}}
"""


def rows(stream: Sequence[Labelled]) -> Iterator[tuple[Labelled, dict[str, Any]]]:
    for item in stream:
        yield item, item.fields
