"""Ordinary chatter about a brand: what fills the hours between crises (and the baseline the
volume detector learns). Complaints addressed to the brand are answered the way a staffed
social-media desk answers them: within its business hours."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from detectors.complaints import BusinessClock
from detectors.config import BusinessHours
from detectors.simulation import MIN, Names, Persona, Post, Sim


class Lines(NamedTuple):
    ru: tuple[str, ...]
    en: tuple[str, ...] = ()


NO_LINES = Lines(())
OFFICE_HOURS = BusinessHours()


@dataclass(frozen=True)
class Voice:
    """What people say about one brand, and how its desk answers."""

    brand: str
    names: Names
    positive: Lines
    neutral: Lines
    negative: Lines
    complaints: Lines = NO_LINES  # addressed to the official account: use {h}
    answers: Lines = NO_LINES  # the desk's polite replies
    official: str = ""
    hours: BusinessHours = OFFICE_HOURS
    sources: tuple[str, ...] = ("x", "vk", "telegram", "vk", "x", "forum", "instagram")
    en_share: float = 0.2
    mix: tuple[float, float, float] = (0.3, 0.55, 0.15)  # positive, neutral, negative


def chatter(sim: Sim, voice: Voice, rate: Callable[[int], float], start: int, end: int, *,
            complaint_share: float = 0.0, answer: Persona | None = None,
            answer_within: tuple[int, int] = (10, 150)) -> list[Post]:
    """Posts at the given rate; `complaint_share` of the negative ones are addressed to the
    official account and answered by `answer` within `answer_within` business minutes."""
    clock = BusinessClock(voice.hours)
    posts: list[Post] = []
    pos, neu, _ = voice.mix
    for t in sim.arrivals(rate, start, end):
        lang = "en" if sim.chance(voice.en_share) else "ru"
        r = sim.rng.random()
        source = sim.pick(voice.sources)
        if r < pos:
            lines = voice.positive
        elif r < pos + neu:
            lines = voice.neutral
        elif voice.complaints.ru and sim.chance(complaint_share):
            posts.append(_complaint(sim, voice, t, lang, answer, clock, answer_within))
            continue
        else:
            lines = voice.negative
        who = sim.person(lang)
        text = sim.say(_of(lines, lang), voice.names, lang)
        posts.append(sim.post(t, who, text, source=source, lang=_lang(lines, lang),
                              likes=sim.rng.randrange(0, 12), views=sim.rng.randrange(20, 900)))
    return posts


def _complaint(sim: Sim, voice: Voice, t: int, lang: str, answer: Persona | None,
               clock: BusinessClock, within: tuple[int, int]) -> Post:
    who = sim.person(lang)
    lines = voice.complaints
    text = sim.say(_of(lines, lang), voice.names, lang, h="@" + voice.official)
    source = sim.pick(("x", "vk", "telegram", "reviews", "x"))
    post = sim.post(t, who, text, source=source, lang=_lang(lines, lang),
                    likes=sim.rng.randrange(0, 5))
    if answer is not None:
        due = clock.add(t, sim.rng.randint(*within) * MIN)
        reply = sim.say(_of(voice.answers, lang), voice.names, lang, typos=0.0)
        sim.post(due, answer, reply, source=source, lang=_lang(voice.answers, lang),
                 reply_to=post)
    return post


def _of(lines: Lines, lang: str) -> Sequence[str]:
    return lines.en if lang == "en" and lines.en else lines.ru


def _lang(lines: Lines, lang: str) -> str:
    return "en" if lang == "en" and lines.en else "ru"
