"""Is a mention that names a brand only by an everyday word ("волна", "apple") about the brand?

The enricher marks such a record `ambiguous` (detectors/brands.py decides which aliases are
everyday words). The detect stage judges it here against what the brand's own mentions are
about, learnt per brand from its *sure* mentions: official and '@' handles, replies to and
posts by the official accounts, hashtags, multi-word aliases, other spellings.

Model: naive Bayes over word stems, from decayed document counts in three pools: B, the
brand's sure mentions; A, all its ambiguous mentions; O, the everyday sense: ambiguous
mentions judged low whose words are clearly more typical of A than of B (storm words never
occur in sure mentions). A stem's evidence is the smaller of log P(w|B)/P(w|O) and
log P(w|B)/P(w|A) + 1.5 (smoothed toward a flat rate, clipped to +-3, shrunk while the stem
is rare; a stem counts once seen a few times). The first term is the naive Bayes vote
against the everyday sense; the second bounds it by a comparison that learns nothing from
verdicts, so a generic word ("друг", "минут") the everyday class has not met yet cannot pass
for the brand's. Because O learns only from clearly everyday texts, a brand topic that sure
mentions also talk about is never taught to O by its own low verdicts (the lock-in of plain
self-training); a text copied many times teaches O once.

A mention's score is the sum over its distinct stems, plus +2 per configured `context`
entry present (at most +4) and +1.5 when the everyday word is written as a name (quoted, or
capitalised mid-sentence: "у Волны", «Волна»); an `exclude` phrase anywhere makes it low
whatever the rest says. Score >= 1: confident. So an ambiguous mention needs brand evidence:
words the brand's own mentions use and the everyday sense does not, a context word, or the
name's spelling. One with none (a cold start, the first posts of a storm) is low. Until O
has `_MIN_OTHER` mentions only `context` and the spelling count: with nothing to compare
with, "сегодня" would look as much like the brand as "тариф".

Low mentions are counted and kept, but the pipeline does not feed them to the detectors, so
they can neither open nor escalate an incident.

Cost: only brands with an everyday-word alias have a model; per mention one regex pass over
the text, cached stems, a dict lookup per stem. State: at most `_MAX_WORDS` stems and
`_MAX_VERDICTS` remembered verdicts (metric updates of a post keep its first verdict).
Counts decay with a half-life of `_HALF_LIFE_MS` of stream time (observations are weighted
up over time and rescaled now and then, so nothing is touched per stem as time passes).
"""

from __future__ import annotations

import heapq
import math
import re
from itertools import islice
from typing import Any, NamedTuple

import msgspec

from detectors.brands import alias_kinds, word_forms
from detectors.config import BrandSpec
from detectors.lexicons import words
from detectors.model import Mention
from detectors.stories import key64
from detectors.text import normalise
from detectors.translit import fold

__all__ = ["THRESHOLD", "BrandContext", "ContextState", "Judgement", "stems"]

_HALF_LIFE_MS = 3 * 86_400_000
_RESCALE_AT = 2.0**20  # weight of a new observation at which every count is scaled down
_MAX_WORDS = 2048
_MAX_VERDICTS = 2048
_MIN_OTHER = 30.0  # low mentions learnt before learnt evidence counts at all
_MIN_SEEN = 3.0  # a stem counts once seen (decayed) this often in B and A together
_SHRINK = 3.0  # evidence x seen / (seen + _SHRINK): rare stems say less
_CLIP = 3.0  # no stem says more than this
_PRIOR_RATE = 0.005  # rate of a stem in a class before its counts say otherwise...
_PRIOR_WEIGHT = 20.0  # ...worth this many mentions
_CONTEXT_WEIGHT = 2.0
_CONTEXT_CAP = 4.0
_NAME_WEIGHT = 1.5  # the everyday word written as a name: capitalised mid-sentence, quoted
# A low mention teaches O only if its words are on average this many log units more typical
# of all ambiguous mentions than of the sure ones: brand talk is somewhat more typical of A
# too (A is mostly brand talk for a big brand, B also holds complaints and official posts),
# the everyday sense far more (storm words never occur in sure mentions).
_UNLIKE = -1.5
_MAX_TAUGHT = 2048  # ambiguous texts remembered so that a copied text teaches once
THRESHOLD = 1.0

_FUNCTION = words("function_words.txt")
_FUNCTION_KEYS = frozenset(map(fold, _FUNCTION))  # also in Latin letters: "dazhe", "eto"
_URL = re.compile(r"(?:https?://|www\.)\S+")
_HANDLE = re.compile(r"@\w+")
_LETTERS = re.compile(r"[^\W\d_]{3,}")
_QUOTES_OPEN = frozenset("«\"„“'")
_QUOTES_CLOSE = frozenset("»\"“”'")
_MID_SENTENCE = frozenset(",:;-–—(")  # after these (or a word) a capital is not a new sentence
# Russian inflections, longest first; a stem keeps at least 3 letters. Crude, but the same
# crude stem for "связь/связи/связью" and "тариф/тарифы/тарифом" is what the model needs.
_RU_ENDINGS = tuple(sorted((
    "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ой", "ей",
    "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ам", "ям", "ах",
    "ях", "ов", "ев", "ью", "ия", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"),
    key=len, reverse=True))  # noun and adjective endings only: verb ones cut "интернет"
_EN_ENDINGS = ("ing", "ies", "ed", "es", "s")
# The Russian endings in the fold key's letters, for Russian typed in Latin letters: "zhary"
# and «жары» share the stem "zhar", "podderzhka" and «поддержка» "poderzhk".
_RU_ENDINGS_KEY = tuple(sorted({k for k in map(fold, _RU_ENDINGS) if k}, key=len, reverse=True))
_STEMS: dict[str, str] = {}
_STEMS_LIMIT = 200_000


def _drop_ending(w: str, endings: tuple[str, ...]) -> str:
    """`w` without the first (longest, as `endings` are sorted) ending that leaves 3 letters."""
    for e in endings:
        if w.endswith(e) and len(w) - len(e) >= 3:
            return w[: -len(e)]
    return w


def _stem(word: str) -> str:
    """Fold key of a lower-case word without its inflection; "" for function words."""
    found = _STEMS.get(word)
    if found is not None:
        return found
    if len(_STEMS) > _STEMS_LIMIT:
        _STEMS.clear()
    w = word
    if w in _FUNCTION or (w.isascii() and fold(w) in _FUNCTION_KEYS):
        stem = ""
    else:
        if w.isascii():
            english = _drop_ending(w, _EN_ENDINGS)
            # no English inflection: maybe transliterated Russian
            w = english if english != w else _drop_ending(fold(w), _RU_ENDINGS_KEY)
        else:
            if w.endswith(("ся", "сь")) and len(w) >= 6:
                w = w[:-2]
            w = _drop_ending(w, _RU_ENDINGS)
        stem = fold(w)
    _STEMS[word] = stem
    return stem


def stems(text: str) -> set[str]:
    """Distinct stems of a text's words of 3+ letters (URLs, handles, function words out)."""
    s = text.casefold()
    if "ё" in s:
        s = s.replace("ё", "е")
    if "://" in s or "www." in s:
        s = _URL.sub(" ", s)
    if "@" in s:
        s = _HANDLE.sub(" ", s)
    get = _STEMS.get
    out = {get(w) or _stem(w) for w in _LETTERS.findall(s)}
    out.discard("")
    return out


def _phrase_stems(phrase: str) -> frozenset[str]:
    return frozenset(filter(None, map(_stem, normalise(phrase).tokens)))


class ContextState(msgspec.Struct):
    """One brand's learnt context (msgpack in the detector changelog, inside BrandState)."""

    clock_ms: int = 0  # latest event time seen
    base_ms: int = 0  # an observation made at base_ms weighs 1; later ones weigh more
    sure: float = 0.0  # weighted number of sure mentions learnt (B)
    other: float = 0.0  # weighted number of low ambiguous mentions learnt (O)
    ambiguous: float = 0.0  # weighted number of ambiguous mentions learnt (A)
    words: dict[str, list[float]] = {}  # stem -> [weighted mentions in B, in O, in A]
    verdicts: dict[int, bool] = {}  # post key -> confident, for ambiguous posts
    taught: dict[int, int] = {}  # keys of the texts (their stems) that taught O
    confident: int = 0  # ambiguous mentions judged about the brand, ever
    low: int = 0  # ambiguous mentions judged low confidence, ever


def _trim(d: dict[int, Any], cap: int) -> None:
    """Forget the oldest quarter once over `cap` (amortised O(1))."""
    if len(d) > cap:
        for k in list(islice(d, len(d) - cap * 3 // 4)):
            del d[k]


def _growth(state: ContextState) -> float:
    """Weight of an observation made at the state's clock (1 at `base_ms`)."""
    return math.exp2((state.clock_ms - state.base_ms) / _HALF_LIFE_MS)


class Judgement(NamedTuple):
    confident: bool
    score: float
    reasons: tuple[str, ...]  # the strongest words, context entries and exclusions


class BrandContext:
    """Per-brand, config-derived: which stems are the brand's own name, `context`, `exclude`."""

    def __init__(self, spec: BrandSpec) -> None:
        kinds = alias_kinds(spec)
        self.enabled = bool(kinds.ambiguous)
        self._names: re.Pattern[str] | None = None
        self._context: tuple[tuple[frozenset[str], str], ...] = ()
        self._exclude: tuple[tuple[frozenset[str], str], ...] = ()
        if not self.enabled:  # most brands: nothing to judge
            self._own: frozenset[str] = frozenset()
            return
        own: set[str] = set()  # stems of the brand's own names: say nothing about context
        for alias in (spec.name, *spec.aliases):
            for token in normalise(alias).tokens:
                own.update((_stem(token), fold(token)))
        own.discard("")
        self._own = frozenset(own)
        # The everyday words capitalised, in their case forms: "у Волны", "в Ложке".
        names: set[str] = set()
        for alias in (spec.name, *spec.aliases):
            tokens = normalise(alias).tokens
            if len(tokens) == 1 and alias.strip()[:1] not in ("#", "@"):
                flags = kinds.ambiguous.get(fold(tokens[0]))
                if flags is not None and flags[tokens[0].isascii()]:
                    names.update(f[:1].upper() + f[1:] for f in word_forms(tokens[0]))
        self._names = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
            + r")(?!\w)") if names else None
        context: dict[frozenset[str], str] = {}
        for entry in spec.context:
            key = _phrase_stems(entry) - self._own
            if key:
                context.setdefault(key, entry)
        self._context = tuple(context.items())
        # An exclude phrase with the brand's own word in it ("новая волна") is the matcher's
        # business (it drops occurrences next to it); the others are hard negatives here.
        exclude: dict[frozenset[str], str] = {}
        for phrase in spec.exclude:
            key = _phrase_stems(phrase)
            if key and not key & self._own:
                exclude.setdefault(key, phrase)
        self._exclude = tuple(exclude.items())

    def named(self, text: str) -> bool:
        """Is the everyday word written as a name: quoted («Волна»), or capitalised after a
        word or a comma rather than at the start of a sentence (and not in a headline where
        every word is capitalised)?"""
        if self._names is None:
            return False
        for m in self._names.finditer(text):
            before = text[: m.start()].rstrip()
            after = text[m.end() : m.end() + 1]
            if before and before[-1] in _QUOTES_OPEN and after and after in _QUOTES_CLOSE:
                return True
            if before and (before[-1].isalnum() or before[-1] in _MID_SENTENCE):
                words_ = text.split()
                capitals = sum(1 for w in words_ if w[:1].isupper())
                if len(words_) < 4 or capitals < 0.6 * len(words_):
                    return True
        return False

    def new_state(self) -> ContextState:
        return ContextState()

    # ---------------------------------------------------------------- learning
    def _weight(self, state: ContextState, at_ms: int) -> float:
        if at_ms > state.clock_ms:
            state.clock_ms = at_ms
        if state.base_ms == 0:
            state.base_ms = state.clock_ms
        w = _growth(state)
        if w >= _RESCALE_AT:
            inv = 1.0 / w
            state.sure *= inv
            state.other *= inv
            state.ambiguous *= inv
            for counts in state.words.values():
                counts[0] *= inv
                counts[1] *= inv
                counts[2] *= inv
            state.base_ms = state.clock_ms
            w = 1.0
        return w

    def _learn(self, state: ContextState, found: set[str], at_ms: int, column: int,
               once: bool = False) -> None:
        if not found:
            return
        if once:  # self-training: a copied text must not vote again and again
            taught = state.taught
            text_key = key64(" ".join(sorted(found)))
            if text_key in taught:
                return
            taught[text_key] = column
            _trim(taught, _MAX_TAUGHT)
        w = self._weight(state, at_ms)
        if column == 0:
            state.sure += w
        elif column == 1:
            state.other += w
        else:
            state.ambiguous += w
        table = state.words
        for stem in found:
            counts = table.get(stem)
            if counts is None:
                counts = table[stem] = [0.0, 0.0, 0.0]
            counts[column] += w
        if len(table) > _MAX_WORDS + _MAX_WORDS // 4:
            keep = heapq.nlargest(_MAX_WORDS, table.items(), key=lambda kv: kv[1][0] + kv[1][2])
            state.words = dict(keep)

    def learn(self, state: ContextState, m: Mention) -> None:
        """A mention that names the brand surely: its words are the brand's context."""
        self._learn(state, stems(m.text) - self._own, m.created_at_ms, 0)

    # ---------------------------------------------------------------- judging
    def assess(self, state: ContextState, text: str, explain: bool = False) -> Judgement:
        """The verdict on an ambiguous mention's text, without learning from it."""
        return self._assess(state, text, stems(text) - self._own, explain)

    def _assess(self, state: ContextState, text: str, found: set[str], explain: bool = False
                ) -> Judgement:
        reasons: list[tuple[float, str]] = []
        for key, phrase in self._exclude:
            if key <= found:
                return Judgement(False, -math.inf, (f"exclude: {phrase}",))
        bonus = 0.0
        for key, entry in self._context:
            if key <= found:
                bonus += _CONTEXT_WEIGHT
                if explain:
                    reasons.append((_CONTEXT_WEIGHT, f"context: {entry}"))
        score = min(bonus, _CONTEXT_CAP)
        if self.named(text):
            score += _NAME_WEIGHT
            if explain:
                reasons.append((_NAME_WEIGHT, "written as a name"))
        w = _growth(state)
        inv = 1.0 / w
        if state.other * inv >= _MIN_OTHER:
            table = state.words
            prior = _PRIOR_WEIGHT * _PRIOR_RATE
            log = math.log
            log_brand = log(state.sure * inv + _PRIOR_WEIGHT)
            log_other = log(state.other * inv + _PRIOR_WEIGHT)
            log_all = log(state.ambiguous * inv + _PRIOR_WEIGHT) - _UNLIKE
            for stem in found:
                counts = table.get(stem)
                if counts is None:
                    continue
                b, o, a = counts
                seen = (b + a) * inv
                if seen < _MIN_SEEN:
                    continue
                # log((b + prior) / brand_norm) etc. with the counts scaled by `inv`
                brand = log(b * inv + prior) - log_brand
                vs_other = brand - log(o * inv + prior) + log_other
                vs_all = brand - log(a * inv + prior) + log_all
                evidence = vs_other if vs_other < vs_all else vs_all
                if evidence > _CLIP:
                    evidence = _CLIP
                elif evidence < -_CLIP:
                    evidence = -_CLIP
                evidence *= seen / (seen + _SHRINK)
                score += evidence
                if explain:
                    reasons.append((evidence, f"{stem} {evidence:+.1f}"))
        top = tuple(r for _, r in sorted(reasons, key=lambda x: -abs(x[0]))[:5])
        return Judgement(score >= THRESHOLD, score, top)

    @staticmethod
    def _unlike_brand(state: ContextState, found: set[str]) -> bool:
        """Do the words say everyday sense without any self-training: more typical of all
        ambiguous mentions (A) than of the sure ones (B)? Only such low mentions teach O,
        so a brand topic the sure mentions also talk about is never taught to O by its own
        low verdicts (no lock-in). During O's first `_MIN_OTHER` mentions every low one
        teaches it."""
        w = _growth(state)
        if state.other < _MIN_OTHER * w:
            return True
        inv = 1.0 / w
        prior = _PRIOR_WEIGHT * _PRIOR_RATE
        brand_norm = state.sure * inv + _PRIOR_WEIGHT
        amb_norm = state.ambiguous * inv + _PRIOR_WEIGHT
        table = state.words
        total = 0.0
        known = 0
        for stem in found:
            counts = table.get(stem)
            if counts is None:
                continue
            b, a = counts[0] * inv, counts[2] * inv
            evidence = math.log((b + prior) / brand_norm) - math.log((a + prior) / amb_norm)
            total += min(max(evidence, -_CLIP), _CLIP)
            known += 1
        return known > 0 and total <= _UNLIKE * known

    def judge(self, state: ContextState, m: Mention, key: int, in_thread: bool = False
              ) -> bool:
        """Confident that an ambiguous mention is about the brand? A low one teaches the
        everyday sense. A metric update or redelivery of a post gets the post's first
        verdict back. A reply to or quote of a post already fed to the brand's detectors
        (`in_thread`) is about the brand unless an exclude phrase says otherwise."""
        known = state.verdicts.get(key)
        if known is not None:
            return known
        found = stems(m.text) - self._own
        j = self._assess(state, m.text, found)
        confident = j.confident or (in_thread and j.score > -math.inf)
        if not confident and self._unlike_brand(state, found):
            self._learn(state, found, m.created_at_ms, 1, once=True)
        self._learn(state, found, m.created_at_ms, 2)
        verdicts = state.verdicts
        verdicts[key] = confident
        _trim(verdicts, _MAX_VERDICTS)
        if confident:
            state.confident += 1
        else:
            state.low += 1
        return confident
