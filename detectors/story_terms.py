"""Content keys of a post: what it is about, as integers that meet across wording, inflection,
typos, transliteration and RU/EN, so the story detector can cluster paraphrases.

A word becomes, in this order (first hit wins):
- nothing, if it is a function word, a time word or an evaluation ("ужас", "never", "shame":
  they say how a post feels, not what happened) - the "-" lines of the concept lexicon;
- a concept key, if it is a word or starts with a stem of `lexicons/story_concepts.txt`
  (охранник, ohrannik, охрана, security, bouncer -> one key); Cyrillic words as written,
  Latin ones on their fold key (translit.fold), so transliterated Russian meets the Russian
  entries, from 5 folded letters only ("хам*" must not catch "hamburger");
- the same lookup on the vowel-blind fold key (vowel runs -> "*"), for the vowel typos Russian
  writers make most ("ахранник", "пенсеонерка"), from stems of 5 folded letters up;
- else a word key: the first 5 characters of the vowel-blind fold key, a crude stem that
  keeps inflected forms and transliterations of one word together ("Садовой", "Садовая",
  "Sadovaya" -> "s*d*v"); words under 4 letters are dropped;
- numbers up to 6 digits but 0 and 1 are keys of their own ("12 детей", "900 рублей"); number
  words share them ("пятеро детей" = "5 kids" = "five kids").

Keys are crc32 of a tagged string: stable across processes (persisted in detector state).
Everything is cached per distinct token, so a post costs one regex pass and a dict lookup per
word once the cache is warm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import cast
from zlib import crc32

from detectors.lexicons import lines
from detectors.translit import fold

__all__ = ["CONCEPT_KEYS", "MAX_KEYS", "concept_key", "content_keys", "keys_of", "name_keys",
           "tells_harm", "term_key", "tokens"]

MAX_KEYS = 24  # keys kept per post, in reading order: a long text is recognised by its lead
_MAX_CHARS = 400
_STOP = "-"
_LATIN_MIN_RU_STEM = 5  # folded letters a Russian entry needs to be matched by a Latin word
_BLIND_MIN = 5  # folded letters an entry needs to be matched by its vowel-blind key
_WORD_MIN = 4  # shorter words (not in the lexicon) are no key
_WORD_PREFIX = 5  # characters of the vowel-blind key that make a word key
_CACHE_MAX = 200_000

_TOKEN = re.compile(r"[^\W_]+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"@\w+")
_VOWELS = re.compile("[aeiou]+")


def _key(tag: str, s: str) -> int:
    return crc32(f"{tag}:{s}".encode()) or 1


def _blind(folded: str) -> str:
    return _VOWELS.sub("*", folded)


class _Table:
    """Exact words and stems of one script, on fold keys, plus their vowel-blind twins."""

    def __init__(self) -> None:
        self.exact: dict[str, int] = {}
        self.stems: dict[str, int] = {}
        self.blind_exact: dict[str, int] = {}
        self.blind_stems: dict[str, int] = {}
        self.stem_lens: tuple[int, ...] = ()
        self.blind_lens: tuple[int, ...] = ()

    def add(self, form: str, folded: str, stem: bool, key: int, where: str) -> None:
        table = self.stems if stem else self.exact
        old = table.get(form)
        if old is not None and old != key:
            raise ValueError(f"story_concepts.txt: {where} is listed under two concepts")
        table[form] = key
        if key and len(folded) >= _BLIND_MIN:
            blind = self.blind_stems if stem else self.blind_exact
            b = _blind(folded)
            # An ambiguous vowel-blind key helps nobody: it is dropped (-1 marks it).
            blind[b] = key if blind.get(b, key) == key else -1

    def seal(self) -> None:
        for blind in (self.blind_exact, self.blind_stems):
            for b in [b for b, k in blind.items() if k == -1]:
                del blind[b]
        self.stem_lens = tuple(sorted({len(s) for s in self.stems}, reverse=True))
        self.blind_lens = tuple(sorted({len(s) for s in self.blind_stems}, reverse=True))

    def find(self, form: str, f: str) -> int | None:
        """`form`: the word as the table spells it (Cyrillic as written, Latin folded);
        `f`: its fold key."""
        k = self.exact.get(form)
        if k is not None:
            return k
        n = len(form)
        stems = self.stems
        for size in self.stem_lens:
            if size <= n:
                k = stems.get(form[:size])
                if k is not None:
                    return k
        if len(f) < _BLIND_MIN:
            return None
        b = _blind(f)
        k = self.blind_exact.get(b)
        if k is not None:
            return k
        blind = self.blind_stems
        nb = len(b)
        for size in self.blind_lens:
            if size <= nb:
                k = blind.get(b[:size])
                if k is not None:
                    return k
        return None


def _load() -> tuple[_Table, _Table]:
    cyr, lat = _Table(), _Table()
    translit: list[tuple[str, bool, int, str]] = []
    for parts in lines("story_concepts.txt"):
        concept, words = parts[0], parts[1:]
        key = (0 if concept == _STOP else _key("n", concept[4:]) if concept.startswith("num:")
               else _key("c", concept))
        for word in words:
            stem = word.endswith("*")
            w = word.rstrip("*").replace("ё", "е")
            f = fold(w)
            if word.isascii():
                lat.add(f, f, stem, key, word)
            else:
                cyr.add(w, f, stem, key, word)
                if len(f) >= _LATIN_MIN_RU_STEM:
                    translit.append((f, stem, key, word))
    for f, stem, key, word in translit:  # transliterated Russian; an English entry wins
        if f not in (lat.stems if stem else lat.exact):
            lat.add(f, f, stem, key, word)
    cyr.seal()
    lat.seal()
    return cyr, lat


_CYR, _LAT = _load()
_NUMBERS = frozenset(_key("n", str(n)) for n in range(1_000))
# Keys of things, people and events (what a story is about; numbers are not among them).
CONCEPT_KEYS = frozenset(k for t in (_CYR, _LAT) for k in (*t.exact.values(), *t.stems.values())
                         if k and k not in _NUMBERS)
_cache: dict[str, int] = {}


def _compute(token: str) -> int:
    if token.isdigit():
        return _key("n", token) if len(token) <= 6 and token not in ("0", "1") else 0
    f = fold(token)
    k = _LAT.find(f, f) if token.isascii() else _CYR.find(token, f)
    if k is not None:
        return k
    if len(f) < _WORD_MIN:
        return 0
    return _key("w", _blind(f)[:_WORD_PREFIX])


def term_key(token: str) -> int:
    """Key of one lower-case token (ё as е); 0: the token is no key."""
    k = _cache.get(token)
    if k is None:
        if len(_cache) >= _CACHE_MAX:  # a bound on memory; results do not depend on it
            _cache.clear()
        k = _cache[token] = _compute(token)
    return k


def tokens(text: str) -> list[str]:
    """Lower-case words of a post's lead (ё as е); links and @handles are not words. The
    story detector reads them once for content keys and its near-duplicate signature."""
    s = text[:_MAX_CHARS].lower()
    if "http" in s or "www." in s:
        s = _URL.sub(" ", s)
    if "@" in s:
        s = _HANDLE.sub(" ", s)
    if "ё" in s:
        s = s.replace("ё", "е")
    return _TOKEN.findall(s)


def content_keys(text: str, exclude: frozenset[int] = frozenset()) -> list[int]:
    """Distinct keys of a post in reading order (at most MAX_KEYS), without `exclude` (the
    brand's own name)."""
    return keys_of(tokens(text), exclude)


def keys_of(tokens: list[str], exclude: frozenset[int] = frozenset()) -> list[int]:
    """content_keys of a post's `tokens`."""
    cached = list(map(_cache.get, tokens))  # None: a token not seen yet
    keys = cast(list[int], cached) if None not in cached else [
        term_key(t) if k is None else k for t, k in zip(tokens, cached, strict=True)]
    out = dict.fromkeys(keys)
    out.pop(0, None)
    if exclude.isdisjoint(out):
        return list(out)[:MAX_KEYS]
    return [k for k in out if k not in exclude][:MAX_KEYS]


# Russian case and number endings on the fold key, to recognise a brand's name in any form
# ("Сытый Гусь" -> "в Сытом Гусе", "у Сытого Гуся"), vowel-blind like word keys.
_ENDINGS = tuple({_blind(e) for e in (
    "", "a", "u", "e", "i", "om", "oi", "ogo", "omu", "im", "ih", "ie", "ia", "iu", "ei", "ami",
    "ah", "ov", "ui", "aia", "uiu", "oe", "ego", "emu", "em", "iami", "iah")})


def name_keys(names: Sequence[str]) -> frozenset[int]:
    """Keys of a brand's names in every case form: they are the brand, not a story."""
    out: set[int] = set()
    for name in names:
        for token in _TOKEN.findall(name.lower().replace("ё", "е")):
            out.add(term_key(token))
            stem = fold(token).rstrip("aeiou")  # ends in a consonant: blind(stem + e) joins
            if len(stem) >= 3:
                b = _blind(stem)
                out.update(_key("w", p) for p in {(b + e)[:_WORD_PREFIX] for e in _ENDINGS}
                           if len(p) >= _WORD_MIN)
    out.discard(0)
    return frozenset(out)


def concept_key(name: str) -> int:
    """The key of a concept of the lexicon (for tests and reports)."""
    return _key("c", name)


# A post telling of force against someone vulnerable ("a guard pushed an old woman out") tells a
# bad story whether or not it has an evaluative word: concepts of the lexicon, as above.
# Role of a concept's key: 1 force, 2 someone vulnerable, 4 a person ("an old woman" is elderly).
_HARM_ROLES = {concept_key(c): role for role, names in (
    (1, ("force_out", "hit", "insult")),
    (2, ("elderly", "child", "pregnant", "disabled", "wheelchair")),
    (4, ("woman", "man"))) for c in names}
_OLD = frozenset(("old", "старая", "старой", "старую", "старый", "старого", "старому",
                  "старым", "старые", "старых"))


def tells_harm(tokens: Sequence[str]) -> bool:
    """Whether lower-case `tokens` (ё as е, as `text.normalise` gives them) name both an act of
    force (pushing out, hitting, insulting) and someone vulnerable (an old person - "old woman",
    "старая женщина" too -, a child, a pregnant or disabled person)."""
    seen = 0
    old = False
    cache, roles = _cache, _HARM_ROLES
    for tok in tokens:
        k = cache.get(tok)
        role = roles.get(term_key(tok) if k is None else k, 0)
        if role == 4:
            role = 2 if old else 0
        seen |= role
        if seen == 3:
            return True
        old = tok in _OLD
    return False
