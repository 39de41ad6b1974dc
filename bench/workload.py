"""Synthetic but realistic workload for the benchmarks: brand configs and RU/EN mentions.

Brands get made-up names from syllables that read in both scripts ("Karomi Bank" /
"Кароми Банк"), with aliases in Latin and Cyrillic, a one-word short name, a hashtag, a
CamelCase spelling, an official, a watched account and sometimes an exclude phrase. Mentions
mix those names (with Russian case endings, typos, hashtags, transliteration) into RU, EN and
mixed texts with negative, positive and neutral wording, emoji, elongations and shouting;
some are replies, reposts and metric updates of earlier posts, some name no brand, a few name
two, and one brand carries a viral story. Deterministic for a seed.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import msgspec

_SYL = (("ka", "ка"), ("ro", "ро"), ("mi", "ми"), ("te", "те"), ("lo", "ло"), ("va", "ва"),
        ("zu", "зу"), ("ni", "ни"), ("bor", "бор"), ("sek", "сек"), ("dan", "дан"),
        ("pul", "пул"), ("gri", "гри"), ("vel", "вел"), ("tor", "тор"), ("mar", "мар"),
        ("sol", "сол"), ("kin", "кин"), ("dor", "дор"), ("lis", "лис"))
_KINDS = (("Bank", "Банк"), ("Foods", "Фудс"), ("Mobile", "Мобайл"), ("Air", "Эйр"),
          ("Market", "Маркет"), ("Taxi", "Такси"), ("Burger", "Бургер"),
          ("Telecom", "Телеком"), ("Pharma", "Фарма"), ("Motors", "Моторс"),
          ("Delivery", "Доставка"), ("Cafe", "Кафе"))
SOURCES = ("x", "vk", "telegram", "reviews", "news", "forum", "youtube", "mastodon")


@dataclass(frozen=True)
class BrandNames:
    id: str
    en: str  # "Karomi Bank"
    ru: str  # "Кароми Банк"
    stem_en: str
    stem_ru: str
    kind_en: str
    kind_ru: str
    official: str
    watched: str


def _stem(i: int) -> tuple[str, str]:
    digits = []
    n = i + 20 * 20  # at least three syllables
    while n:
        n, d = divmod(n, len(_SYL))
        digits.append(d)
    en = "".join(_SYL[d][0] for d in digits)
    ru = "".join(_SYL[d][1] for d in digits)
    return en, ru


def brand_names(n: int) -> list[BrandNames]:
    out = []
    for i in range(n):
        stem_en, stem_ru = _stem(i)
        kind_en, kind_ru = _KINDS[i % len(_KINDS)]
        out.append(BrandNames(
            id=f"b{i:05d}", en=f"{stem_en.capitalize()} {kind_en}",
            ru=f"{stem_ru.capitalize()} {kind_ru}", stem_en=stem_en, stem_ru=stem_ru,
            kind_en=kind_en, kind_ru=kind_ru, official=f"{stem_en}_official",
            watched=f"{stem_en}_ceo"))
    return out


def brand_configs(names: list[BrandNames]) -> list[dict[str, Any]]:
    """The `brands:` list of a config file."""
    out = []
    for i, b in enumerate(names):
        aliases = [b.en, b.ru, f"#{b.stem_en}{b.kind_en.lower()}",
                   f"{b.stem_en.capitalize()}{b.kind_en}"]
        if len(b.stem_en) >= 6:  # a distinctive short name is an alias of its own
            aliases += [b.stem_en.capitalize(), b.stem_ru.capitalize()]
        cfg: dict[str, Any] = {
            "id": b.id, "name": b.ru if i % 2 else b.en, "language": "ru" if i % 2 else "en",
            "aliases": aliases,
            "official_accounts": [{"handle": b.official}],
            "watched_accounts": [{"handle": b.watched, "source": "x", "name": "CEO"}],
        }
        if i % 7 == 0:
            cfg["exclude"] = [f"{b.stem_en} street", f"улица {b.stem_ru}"]
        out.append(cfg)
    return out


def _ru_case(name: str, case: str) -> str:
    """Prepositional ("в Кароми Банке") or genitive ("у Кароми Банка") of a brand's RU name."""
    head, _, last = name.rpartition(" ")
    if last.endswith(("и", "е", "о")):  # Такси, Кафе: indeclinable
        return name
    if last.endswith("а"):
        last = last[:-1] + ("е" if case == "prep" else "и")
    else:
        last += "е" if case == "prep" else "а"
    return f"{head} {last}".strip()


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 6:
        return word
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


_NEG_RU = (
    "{b} опять задержали заказ, третий час жду 😡",
    "Отравился в {prep}, всю ночь тошнило. Больше ни ногой",
    "{b}, верните деньги! Списали дважды, поддержка молчит",
    "Позор {gen}, охранник выгнал пожилую женщину на мороз",
    "никогда больше не пойду в {b}, ужасный сервис 🤮",
    "В {prep} нашла таракана в супе. ТАРАКАНА!!! Фото прилагаю",
    "{b} приложение не работает с утра, ужаааас",
    "{b} хамят в поддержке, это отвратительно",
)
_POS_RU = (
    "Спасибо {b} за быструю доставку 😍",
    "В {prep} сегодня отлично покормили, рекомендую",
    "{b} молодцы, вернули деньги за один день 👍",
    "Люблю {b}, всегда вежливые сотрудники)))",
)
_NEU_RU = (
    "Кто-нибудь знает, {b} работает до 23?",
    "{b} открыли новый офис на Тверской",
    "Читаю новости про {b}, интересно что дальше",
    "Был в {prep} на выходных, обычно всё",
)
_NEG_EN = (
    "{b} lost my order again, waiting for 3 hours 😡",
    "Got food poisoning after eating at {b}. Never again",
    "{b} charged me twice and support does not answer. Refund my money!",
    "Shame on {b}, their guard threw an elderly woman out into the cold",
    "{b} app is down AGAIN, this is terrible 🤬",
    "worst experience ever with {b}, rude staff and cold food",
)
_POS_EN = (
    "Thanks {b} for the quick delivery 😍",
    "Great service at {b} today, highly recommend",
    "{b} refunded me within a day, well done 👍",
)
_NEU_EN = (
    "Does anyone know if {b} is open until 11pm?",
    "{b} opened a new office downtown",
    "Reading the news about {b}, let's see what happens",
    "Went to {b} on the weekend, it was ok",
)
_MIXED = (
    "{b} app crashed опять, ужас",
    "{tr} uzhas, opyat zaderzhka zakaza",
    "Заказал в {b}, delivery was fast, спасибо",
    "{tr} verni dengi, pozor",
)
_NO_BRAND = (
    "Погода сегодня отличная, идём гулять",
    "just had the best coffee of my life ☕",
    "Кто смотрел вчерашний матч? Это было нечто",
    "traffic on the ring road is insane today",
    "Новый сериал вышел, кто уже смотрел?",
)
_VIRAL = (
    "Охранник в {prep} вытолкал пожилую женщину на мороз, видео!!! Позор 😡",
    "Бойкот {b}, охранник выгнал пенсионерку, отвратительно",
    "{b} security guard threw an elderly woman out into the cold. Disgusting",
    "Never again {b}, their guard kicked out a grandma, watch the video",
)
_EMOJI = ("😡", "🤬", "😂", "👍", "🔥", "😍", "🙄", "💩", "❤️", "😢")


class MentionFactory:
    """Mention events as JSON bytes: `make(i, created_ms)`; deterministic for a seed."""

    def __init__(self, names: list[BrandNames], seed: int = 7, zipf_s: float = 1.05,
                 authors: int = 200_000) -> None:
        self.names = names
        self.rng = random.Random(seed)
        weights = [1.0 / (r + 1) ** zipf_s for r in range(len(names))]
        self._cum = list(itertools.accumulate(weights))
        self._authors = authors
        self._recent: list[tuple[str, str, int]] = []  # (id, handle, likes) of recent posts
        self._enc = msgspec.json.Encoder()
        self.viral_brand = names[0]

    def _brand(self) -> BrandNames:
        x = self.rng.random() * self._cum[-1]
        return self.names[bisect.bisect_left(self._cum, x)]

    def _spell(self, b: BrandNames, lang: str) -> str:
        rng = self.rng
        r = rng.random()
        if lang == "en":
            if r < 0.08:
                return f"#{b.stem_en}{b.kind_en.lower()}"
            if r < 0.18:
                return f"{_typo(rng, b.stem_en).capitalize()} {b.kind_en}"
            if r < 0.25 and len(b.stem_en) >= 6:
                return b.stem_en.capitalize()
            return b.en
        if r < 0.08:
            return f"#{b.stem_ru}{b.kind_ru.lower()}"
        if r < 0.16:
            return f"{_typo(rng, b.stem_ru).capitalize()} {b.kind_ru}"
        if r < 0.22:
            return b.en  # Latin name inside a Russian text
        return b.ru

    def text(self, b: BrandNames) -> tuple[str, str]:
        rng = self.rng
        r = rng.random()
        pool: tuple[str, ...]
        if r < 0.45:
            lang = "ru"
            pool = _NEG_RU if rng.random() < 0.3 else _POS_RU if rng.random() < 0.3 else _NEU_RU
        elif r < 0.85:
            lang = "en"
            pool = _NEG_EN if rng.random() < 0.3 else _POS_EN if rng.random() < 0.3 else _NEU_EN
        else:
            lang, pool = "mixed", _MIXED
        t = rng.choice(pool)
        spelled = self._spell(b, "en" if lang == "en" else "ru")
        text = t.format(b=spelled, prep=_ru_case(b.ru, "prep"), gen=_ru_case(b.ru, "gen"),
                        tr=b.en)
        if rng.random() < 0.3:
            text += " " + rng.choice(_EMOJI) * rng.randint(1, 3)
        if rng.random() < 0.03:
            other = self._brand()
            text += f" А вот {other.ru} лучше" if lang == "ru" else f" {other.en} is better"
        return text, lang

    def make(self, i: int, created_ms: int) -> bytes:
        rng = self.rng
        r = rng.random()
        source = SOURCES[i % len(SOURCES)]
        author = rng.randrange(self._authors)
        handle = f"user{author}"
        followers = int(rng.lognormvariate(5, 2))
        ev: dict[str, Any] = {"id": f"{source}-{i}", "source": source,
                              "url": f"https://{source}.example.org/{handle}/{i}",
                              "created_at": created_ms}
        media: list[dict[str, str]] | None = None
        if r < 0.05 and self._recent:
            # a metric update of an earlier post: same id, more engagement
            pid, phandle, likes = rng.choice(self._recent)
            src = pid.split("-", 1)[0]
            ev.update(id=pid, source=src, url=f"https://{src}.example.org/{phandle}/u")
            handle = phandle
            b = self._brand()
            text, lang = self.text(b)
            ev["metrics"] = {"likes": likes * 3 + 10, "reposts": likes, "replies": 5,
                             "views": likes * 50 + 100}
        elif r < 0.10:
            text = rng.choice(_NO_BRAND)
            lang = "ru" if text[0] > "z" else "en"
        elif r < 0.15:
            b = self.viral_brand
            text = rng.choice(_VIRAL).format(b=b.ru, prep=_ru_case(b.ru, "prep"))
            lang = "ru" if text[0] > "z" else "en"
            media = [{"type": "video", "url": "https://video.example.org/watch/guard-1"}]
        else:
            b = self._brand()
            text, lang = self.text(b)
            if r > 0.995:
                handle = b.watched
                source = ev["source"] = "x"
            elif r > 0.98:
                handle = b.official
                text = rng.choice(("Приносим извинения, напишите нам в личные сообщения",
                                   "We're sorry, please DM us your order number",
                                   "Вы сами виноваты, читайте условия"))
        ev["text"] = text
        if lang != "mixed" and rng.random() < 0.5:
            ev["lang"] = lang
        ev["author"] = {"id": handle, "handle": handle, "name": handle.title(),
                        "followers": followers, "verified": followers > 500_000}
        ev.setdefault("metrics", {"likes": rng.randrange(30), "reposts": rng.randrange(3),
                                  "replies": rng.randrange(5), "views": rng.randrange(10, 2000)})
        if media:
            ev["media"] = media
        if self._recent and rng.random() < 0.12:
            pid, phandle, _ = rng.choice(self._recent)
            key = "repost_of" if rng.random() < 0.4 else "in_reply_to"
            ev[key] = pid
            if key == "in_reply_to":
                ev["reply_to_author"] = phandle
        if r >= 0.05:
            if len(self._recent) >= 2000:
                self._recent[rng.randrange(2000)] = (ev["id"], handle, rng.randrange(50))
            else:
                self._recent.append((ev["id"], handle, rng.randrange(50)))
        return self._enc.encode(ev)

    def stream(self, n: int, start_ms: int, span_ms: int) -> Iterator[bytes]:
        """n mentions with created_at spread evenly over [start_ms, start_ms + span_ms)."""
        step = span_ms / max(1, n)
        for i in range(n):
            yield self.make(i, start_ms + int(i * step))
