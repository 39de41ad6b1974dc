"""The shape of a text bank for the simulated week (`detectors/scenarios/week.py`).

Twenty-one banks exist, written separately with different phrasings and the same distribution:
`dev` (bank_dev.py), for tuning detectors, `holdout` (bank_holdout.py), for judging them (seen
since issue 13's second round: now tuning data too), `blind` (bank_blind.py and
bank_blind_*.py), written by people who had not read the detectors, the judge of the third round
(tuning data since the fourth), `blind2` (bank_blind2*.py), written the same way, the judge of
the fourth round (tuning data since the fifth), `blind3` (bank_blind3*.py), written the same
way, the judge of the fifth round (tuning data since the sixth), `blind4` (bank_blind4*.py),
written the same way, the judge of the sixth round (tuning data since the seventh), `blind5`
(bank_blind5*.py), written the same way, the judge of the seventh round, `blind6`
(bank_blind6*.py), written the same way, the judge of the eighth round, `blind7`
(bank_blind7*.py), written the same way, the judge of the ninth round (tuning data since the
tenth), `blind8` (bank_blind8*.py), written the same way, the judge of the tenth round (tuning
data since the eleventh), `blind9` (bank_blind9*.py), written the same way, the judge of the
eleventh round (tuning data since the twelfth), `blind10` (bank_blind10*.py), written the
same way, the judge of the twelfth round (tuning data since the thirteenth), `blind11`
(bank_blind11*.py), written the same way, the judge of the thirteenth round (tuning data since
the fourteenth), `blind12` (bank_blind12*.py), written the same way, the judge of the fourteenth
round (tuning data since the fifteenth), `blind13` (bank_blind13*.py), written the same way, the
judge of the fifteenth round (tuning data since the sixteenth), `blind14` (bank_blind14*.py),
written the same way, the judge of the sixteenth round (tuning data since the seventeenth),
`blind15` (bank_blind15*.py), written the same way, the judge of the seventeenth round (tuning
data since the eighteenth), `blind16` (bank_blind16*.py), written the same way, the judge of the
eighteenth round (tuning data since the nineteenth), `blind17` (bank_blind17*.py), written the
same way, the judge of the nineteenth round (tuning data since the twentieth), `blind18`
(bank_blind18*.py), written the same way, the judge of the twentieth round (tuning data since
the twenty-first), and `blind19` (bank_blind19*.py), written the same way after it, the judge
of the twenty-first round.
A bank holds templates (see textgen.py) by role: what people say about each brand, how its desk
answers, reviews, the brand's executive, influencers, the everyday sense of the brand's name,
a storm, and the five crises. Brand names and handles are not in the bank: they are facts of
the deployment (week.py); the templates name them through slots such as `{b}` and `{h}`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from types import ModuleType
from typing import NamedTuple

__all__ = ["BANKS", "ArgueTexts", "Bank", "BrandTexts", "FakeTexts", "GaffeTexts", "GuardTexts",
           "IgnoredTexts", "StormTexts", "Texts", "Vocab", "get_bank", "two_halves"]

BANKS = ("dev", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
         "blind7", "blind8", "blind9", "blind10", "blind11", "blind12",
         "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19")

VocabMap = Mapping[str, tuple[str, ...]]


class Texts(NamedTuple):
    """Templates of one role by language class: Russian, English, mixed RU/EN."""

    ru: tuple[str, ...]
    en: tuple[str, ...] = ()
    mixed: tuple[str, ...] = ()


class Vocab(NamedTuple):
    """Slot values by language; mixed texts use the Russian ones."""

    ru: VocabMap
    en: VocabMap


@dataclass(frozen=True)
class BrandTexts:
    vocab: Vocab
    positive: Texts
    neutral: Texts
    negative: Texts
    question: Texts  # addressed to the official account ({h})
    complaint: Texts  # addressed to the official account ({h})
    comment: Texts  # under the brand's own post (no handle needed)
    reply: Texts  # others answering an ordinary post
    answer: Texts  # the desk's reply: polite, never names the brand
    thanks: Texts  # the complainant after a good answer
    still_broken: Texts  # the complainant after an answer that did not help
    review_pos: Texts
    review_neg: Texts
    review_answer: Texts  # the brand under a negative review (late, templated apologies)
    review_thanks: Texts  # ... under a positive one
    review_dispute: Texts  # ... disputing a negative one (rare; may be empty)
    official_post: Texts  # the brand's own posts (promos, news)
    exec_post: Texts  # the watched executive's routine posts
    influencer_pos: Texts  # big accounts about the brand
    influencer_neg: Texts
    decoy: Texts  # the brand's name in its everyday sense
    decoy_neg: Texts  # ... negative (layoffs, heat, critics)


@dataclass(frozen=True)
class StormTexts:
    """A storm in a resort town: the everyday «волна» in negative news."""

    news: Texts  # outlets' reports ({url} is appended by the generator)
    eyewitness: Texts  # people on the spot (often with a video)
    reaction: Texts  # people far away
    share: Texts  # a note put before a shared link or repost


@dataclass(frozen=True)
class GuardTexts:
    """A guard pushes an elderly woman out of the brand's venue; a bystander films it."""

    origin: Texts
    retell: Texts  # other people telling the story in their words
    reply: Texts  # replies under the first post
    channel: Texts  # big channels picking it up
    news: Texts
    statement: Texts  # the brand, hours later
    after: Texts


@dataclass(frozen=True)
class ArgueTexts:
    """A customer finds something in the product; the brand argues in public."""

    complaint: Texts  # to the official account ({h})
    argue_first: Texts  # the brand's first reply: denies, blames the customer
    customer: Texts  # the customer answering it
    argue_again: Texts  # the brand doubles down
    pile_in: Texts  # others in the thread
    quote: Texts  # the screenshot shared elsewhere
    apology: Texts


@dataclass(frozen=True)
class IgnoredTexts:
    """Complaints to the official account that nobody answers for days."""

    complaint: Texts  # ({h})
    review: Texts
    follow_up: Texts  # the same person, a day later
    me_too: Texts


@dataclass(frozen=True)
class GaffeTexts:
    """The watched executive's careless post."""

    post: Texts
    reaction: Texts
    statement: Texts  # the brand distancing itself
    apology: Texts  # the executive


@dataclass(frozen=True)
class FakeTexts:
    """A made-up scare spread by new, tiny accounts, then debunked."""

    origin: Texts
    copy_prefix: Texts  # what forwarders put before the copied text ("" allowed)
    paraphrase: Texts
    worried: Texts
    debunk: Texts  # the brand
    factcheck: Texts  # a fact-checking outlet
    after: Texts


@dataclass(frozen=True)
class Bank:
    name: str
    vocab: Vocab  # shared slots: cities, emoji, times...
    brands: Mapping[str, BrandTexts]  # by brand id
    influencer_other: Texts  # big accounts about other things (no brand named)
    storm: StormTexts
    guard: GuardTexts
    argue: ArgueTexts
    ignored: IgnoredTexts
    gaffe: GaffeTexts
    fake: FakeTexts

    def templates(self) -> set[str]:
        """Every template string of the bank (vocabulary values included)."""
        out: set[str] = set()
        for vocab in (self.vocab, *(b.vocab for b in self.brands.values())):
            for side in vocab:
                for values in side.values():
                    out.update(values)
        groups: list[object] = [self.influencer_other, self.storm, self.guard, self.argue,
                                self.ignored, self.gaffe, self.fake, *self.brands.values()]
        for group in groups:
            if isinstance(group, Texts):
                out.update(t for side in group for t in side)
                continue
            for f in fields(group):  # type: ignore[arg-type]
                value = getattr(group, f.name)
                if isinstance(value, Texts):
                    out.update(t for side in value for t in side)
        return out


def two_halves(name: str, brands: ModuleType, events: ModuleType) -> Bank:
    """A bank written by two writers: `brands` (VOCAB, SOCHNY, POLYUSHKO, VOLNA,
    INFLUENCER_OTHER: what people say about the brands) and `events` (STORM, GUARD, ARGUE,
    IGNORED, GAFFE, FAKE: the storm and the five crises)."""
    return Bank(
        name=name,
        vocab=brands.VOCAB,
        brands={"sochny": brands.SOCHNY, "polyushko": brands.POLYUSHKO, "volna": brands.VOLNA},
        influencer_other=brands.INFLUENCER_OTHER,
        storm=events.STORM,
        guard=events.GUARD,
        argue=events.ARGUE,
        ignored=events.IGNORED,
        gaffe=events.GAFFE,
        fake=events.FAKE,
    )


@cache
def get_bank(name: str) -> Bank:
    if name not in BANKS:
        raise KeyError(f"unknown text bank {name!r}; choose from {', '.join(BANKS)}")
    module = importlib.import_module(f"detectors.scenarios.bank_{name}")
    bank: Bank = module.BANK
    return bank
