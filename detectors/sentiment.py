"""Lexicon-and-rules negativity and complaint scoring for Russian and English.

Why rules and not a model: no downloads, deterministic, explainable to a PR team, and fast
enough to run on every mention (a cached per-word lookup, then one pass over the tokens).

Morphology: Russian (and English) entries are stems matched as the longest prefix of a word
with a bounded ending, so "отрав*" covers отравился/отравилась/отравление without a
dictionary. Latin-script Russian ("uzhas, otravilsya") is looked up through the same
lexicon via `translit.fold` when the language is Russian.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import NamedTuple

from detectors.lexicons import lines
from detectors.text import NormalisedText
from detectors.translit import fold

__all__ = [
    "NEGATIVE_THRESHOLD",
    "NEGATORS",
    "Reading",
    "Sentiment",
    "is_russian_lexicon_word",
    "label_of",
    "lexicon_negativity",
    "lexicon_score",
    "read",
]

NEGATIVE_THRESHOLD = 0.4  # label is "negative" exactly when negativity >= this

_NEG, _INT, _DIM, _BUT, _SELF, _NEG1 = 1, 2, 3, 4, 5, 6
_MOD_KINDS = {"neg": _NEG, "int": _INT, "dim": _DIM, "but": _BUT, "self": _SELF, "neg1": _NEG1}
_MOD_FACTOR = {_INT: 1.5, _DIM: 0.5}
_MIN_STEM = 3
_MAX_ENDING = 7  # letters a stem entry may leave unmatched ("отрав" + "ившимися")
_MAX_ENDING_LATIN = 5  # English is less inflected: "recommend" + "ation"
_NEG_SCOPE = 3  # a negator flips polarity words up to this many tokens later
_MOD_SCOPE = 2
_PATTERN_GAP = 2  # words allowed between consecutive complaint-pattern elements
_COMPLAINT_WEIGHT = 2.0
_POSITIVE_WEIGHT = 0.8  # how much positive words offset negative ones
_CACHE_LIMIT = 200_000


class Sentiment(NamedTuple):
    negativity: float  # 0..1
    complaint: bool
    label: str  # negative | neutral | positive


class _Entry:
    """Everything one lexicon term says: polarity, modifier role, complaint elements."""

    __slots__ = ("elems", "mod", "negated", "weight")

    def __init__(self) -> None:
        self.weight: float | None = None
        self.negated = 0.0
        self.mod = 0
        self.elems: set[int] = set()


class _Word(NamedTuple):
    """Cached analysis of one token."""

    weight: float | None
    negated: float
    mod: int
    elems: frozenset[int]


class _Lexicon:
    """Exact and stem tables for one lookup mode."""

    def __init__(self) -> None:
        self.exact: dict[str, _Entry] = {}
        self.prefix: dict[str, _Entry] = {}

    def entry(self, term: str) -> _Entry:
        table, key = (self.prefix, term[:-1]) if term.endswith("*") else (self.exact, term)
        found = table.get(key)
        if found is None:
            found = table[key] = _Entry()
        return found

    def analyse(self, tok: str) -> _Word | None:
        weight: float | None = None
        negated = 0.0
        mod = 0
        elems: set[int] = set()
        e = self.exact.get(tok)
        if e is not None:
            weight, negated, mod = e.weight, e.negated, e.mod
            elems |= e.elems
        n = len(tok)
        longest = _MAX_ENDING_LATIN if tok.isascii() else _MAX_ENDING
        for k in range(n, max(_MIN_STEM, n - longest) - 1, -1):
            p = self.prefix.get(tok[:k])
            if p is None:
                continue
            if weight is None and p.weight is not None:
                weight, negated = p.weight, p.negated
            elems |= p.elems
        if weight is None and not mod and not elems:
            return None
        return _Word(weight, negated, mod, frozenset(elems))


def _negated(weight: float) -> float:
    return -0.9 * weight if weight > 0 else -0.4 * weight


class _Pattern(NamedTuple):
    elements: tuple[frozenset[int], ...]  # each element: term ids, any of which matches
    weight: float  # added to the negative (weight < 0) or positive side when matched
    complaint: bool
    rest: tuple[frozenset[int], ...]  # elements[1:], what a match must find after its start


def _build() -> tuple[_Lexicon, _Lexicon, list[_Pattern], dict[int, list[int]]]:
    native = _Lexicon()  # Cyrillic words, English words, emoji
    translit = _Lexicon()  # Russian terms under their Latin fold key
    term_ids: dict[str, int] = {}

    def entries(term: str) -> list[_Entry]:
        found = [native.entry(term)]
        if not term.isascii():
            bare = term.rstrip("*")
            found.append(translit.entry(fold(bare) + ("*" if term.endswith("*") else "")))
        return found

    for name in ("sentiment_ru.txt", "sentiment_en.txt", "emoji.txt"):
        for parts in lines(name):
            w = float(parts[1])
            neg = float(parts[2]) if len(parts) > 2 else _negated(w)
            for e in entries(parts[0]):
                e.weight, e.negated = w, neg
    for parts in lines("modifiers.txt"):
        kind = _MOD_KINDS[parts[0]]
        for term in parts[1:]:
            for e in entries(term):
                e.mod = kind
    patterns: list[_Pattern] = []
    starts: dict[int, list[int]] = {}

    def add_pattern(elements: list[str], weight: float, complaint: bool) -> None:
        compiled: list[frozenset[int]] = []
        for element in elements:
            ids: set[int] = set()
            for term in element.split("|"):
                tid = term_ids.get(term)
                if tid is None:
                    tid = term_ids[term] = len(term_ids)
                    for e in entries(term):
                        e.elems.add(tid)
                ids.add(tid)
            compiled.append(frozenset(ids))
        for tid in compiled[0]:
            starts.setdefault(tid, []).append(len(patterns))
        patterns.append(_Pattern(tuple(compiled), weight, complaint, tuple(compiled[1:])))

    for parts in lines("complaints.txt"):
        add_pattern(parts, 0.0, True)
    for parts in lines("phrases.txt"):
        add_pattern(parts[1:], float(parts[0]), False)
    return native, translit, patterns, starts


_NATIVE, _TRANSLIT, _PATTERNS, _STARTS = _build()
_MISSING = _Word(None, 0.0, -1, frozenset())  # cache marker for "not in any lexicon"
_cache_native: dict[str, _Word] = {}
# Most texts score exactly 0: share their (immutable) results instead of building and
# rounding new ones, which took a fifth of `score` on such texts.
_CALM = {label: Sentiment(0.0, False, label) for label in ("neutral", "positive")}
_cache_translit: dict[str, _Word] = {}
_EMOJI: dict[str, float] = {
    k: e.weight for k, e in _NATIVE.exact.items() if e.weight is not None and not k.isalpha()
}


def _collapse(tok: str) -> str:
    out = [tok[0]]
    for ch in tok[1:]:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def _lookup(tok: str, translit_mode: bool) -> _Word:
    """Analyse one token (uncached); elongated spellings fall back to single letters."""
    if translit_mode and tok.isascii():
        w = _TRANSLIT.analyse(fold(tok)) or _NATIVE.analyse(tok)
    else:
        w = _NATIVE.analyse(tok)
    if w is None and len(tok) > 2:
        single = _collapse(tok)
        if single != tok:
            return _lookup(single, translit_mode)
    return w or _MISSING


# Negators and how many following words each one negates (same clause): the model marks
# those words too, so that it can learn "не плохо" apart from "плохо".
NEGATORS: dict[str, int] = {
    term: (1 if kind == "neg1" else _NEG_SCOPE)
    for kind, *terms in lines("modifiers.txt") if kind in ("neg", "neg1")
    for term in terms
}


def is_russian_lexicon_word(latin_token: str) -> bool:
    """Whether a Latin-script token reads as a Russian lexicon word in transliteration."""
    return _TRANSLIT.analyse(fold(latin_token)) is not None


def _match_pattern(pattern: _Pattern, start: int, words: list[_Word], end: int) -> int:
    """The index of the pattern's last word when it matches from `start`, else -1."""
    pos = start
    for element in pattern.rest:
        limit = min(end, pos + 2 + _PATTERN_GAP)
        for j in range(pos + 1, limit):
            if not element.isdisjoint(words[j].elems):
                pos = j
                break
        else:
            return -1
    return pos


def _negated_span(words: list[_Word], start: int, last: int, negated_before: bool) -> bool:
    """A negator before a positive phrase or inside it ("refund never arrived")."""
    return negated_before or any(words[k].mod in (_NEG, _NEG1) for k in range(start, last + 1))


class Reading(NamedTuple):
    """What the lexicon found in one text: its sums and flags, before any model."""

    neg: float  # negative side, complaint weight included
    pos: float
    complaint: bool
    personal: bool  # first/second-person or first-hand words


_NOTHING = Reading(0.0, 0.0, False, False)


def _words(text: NormalisedText, translit_mode: bool, skip: Collection[int]) -> list[_Word]:
    cache = _cache_translit if translit_mode else _cache_native
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    get = cache.get
    words: list[_Word] = []
    for tok in text.tokens:
        w = get(tok)
        if w is None:
            w = cache[tok] = _lookup(tok, translit_mode)
        words.append(w)
    for i in skip:
        words[i] = _MISSING
    return words


def read(text: NormalisedText, lang: str, skip: Collection[int] = (),
         hits: list[tuple[str, float]] | None = None) -> Reading:
    """One pass of the lexicon rules over a normalised text.

    `skip` holds token positions to ignore: the words of matched brand names, so that
    "Вкусно и точка" or "QuickEats" do not read as praise. When `hits` is given, every
    word, pattern and emoji that counted is appended to it with its signed contribution
    (negative values push towards negative): the explanation shown to people.
    """
    tokens = text.tokens
    words = _words(text, lang == "ru", skip)
    pos = neg = 0.0
    complaints = 0
    personal = False
    clauses = text.clauses
    n_clauses = len(clauses)
    n = len(tokens)
    next_clause = 1
    clause_end = clauses[1] if n_clauses > 1 else n
    neg_at = mod_at = -99
    neg_scope = _NEG_SCOPE
    mod_factor = 1.0
    after = 1.0
    for i, w in enumerate(words):
        if i == clause_end:
            neg_at = mod_at = -99
            next_clause += 1
            clause_end = clauses[next_clause] if next_clause < n_clauses else n
        if w is _MISSING:  # most tokens: in no lexicon, or a brand word
            continue
        weight, negated_weight, mod, elems = w
        if elems:
            for tid in elems:
                for pid in _STARTS.get(tid, ()):
                    pattern = _PATTERNS[pid]
                    last = _match_pattern(pattern, i, words, clause_end)
                    if last < 0:
                        continue
                    if pattern.complaint:
                        complaints += 1
                        v = -_COMPLAINT_WEIGHT
                    elif pattern.weight > 0:
                        if _negated_span(words, i, last, i - neg_at <= neg_scope):
                            continue  # "never got the refund"
                        v = pattern.weight * after
                        pos += v
                    elif i - neg_at <= neg_scope:  # "никаких подписок без спроса"
                        v = _negated(pattern.weight) * after
                        pos += v
                    else:
                        v = pattern.weight * after
                        neg -= v
                    if hits is not None:
                        hits.append((_pattern_text(i, last, tokens), v))
        if mod:
            if mod == _SELF:
                personal = True
            elif mod == _NEG:
                neg_at, neg_scope = i, _NEG_SCOPE
            elif mod == _NEG1:
                neg_at, neg_scope = i, 1
            elif mod == _BUT:
                pos *= 0.5
                neg *= 0.5
                after = 1.5
                neg_at = mod_at = -99
            else:
                mod_at, mod_factor = i, _MOD_FACTOR[mod]
        if weight is None:
            continue
        negated = i - neg_at <= neg_scope
        v = negated_weight if negated else weight
        if i - mod_at <= _MOD_SCOPE:
            v *= 0.8 if negated and mod_factor > 1 else mod_factor
        v *= after
        if v > 0:
            pos += v
        else:
            neg -= v
        if hits is not None and v:
            hits.append((f"{tokens[neg_at]} {tokens[i]}" if negated else tokens[i], v))
    for e in text.emoji:
        v = _EMOJI.get(e, 0.0)
        if v > 0:
            pos += v
        else:
            neg -= v
        if hits is not None and v:
            hits.append((e, v))
    if not pos and not neg and not complaints:
        return _NOTHING if not personal else Reading(0.0, 0.0, False, True)
    if text.exclaims >= 2 or text.caps:
        boost = 1.2 if text.exclaims >= 2 else 1.0
        boost *= 1.15 if text.caps else 1.0
        pos *= boost
        neg *= boost
    complaint = complaints > 0 and pos - neg < 3.0
    if complaint:
        neg += _COMPLAINT_WEIGHT + 0.5 * min(complaints - 1, 2)
    return Reading(neg, pos, complaint, personal)


def _pattern_text(start: int, last: int, tokens: Sequence[str]) -> str:
    """The words a matched pattern spans, for explanations."""
    return " ".join(tokens[start:last + 1])


def lexicon_negativity(r: Reading) -> float:
    d = r.neg - _POSITIVE_WEIGHT * r.pos
    return d / (d + 1.5) if d > 0 else 0.0


def label_of(negativity: float, r: Reading) -> str:
    if negativity >= NEGATIVE_THRESHOLD:
        return "negative"
    if r.pos - _POSITIVE_WEIGHT * r.neg >= 1.0:
        return "positive"
    return "neutral"


def lexicon_score(text: NormalisedText, lang: str, skip: Collection[int] = ()) -> Sentiment:
    """Negativity 0..1, complaint flag and label of one normalised text, by the lexicon alone."""
    r = read(text, lang, skip)
    negativity = lexicon_negativity(r)
    complaint = r.complaint
    # A first-hand negative post ("мой заказ", "my order", "вы", "you") is a complaint even
    # when no pattern names the problem.
    if r.personal and not complaint and negativity >= NEGATIVE_THRESHOLD:
        complaint = True
    label = label_of(negativity, r)
    if negativity == 0.0 and not complaint:
        return _CALM[label]
    return Sentiment(round(negativity, 4), complaint, label)
