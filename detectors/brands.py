"""Which configured brands a mention names.

Everything is compared in the `translit.fold` key space, so Cyrillic, GOST and informal
Latin spellings of an alias meet. The index is built once per config:

- `_first`: key of an alias's first word -> (keys of the remaining words, brand); a
  multi-word alias is also indexed under its joined key, which is how "#вкусноиточка" and
  "vkusnoitochka" find "Вкусно и точка";
- `_lemma`: Russian case forms of alias words (теремке, пятерочку, макдональдса) -> base key;
- `_fuzzy`: a one-deletion neighbourhood of alias words >= 5 letters, so a typo is found
  with a few dict lookups and confirmed with rapidfuzz's OSA distance.

Per mention the cost is a dict lookup per token (token -> base key is cached), independent
of the number of brands.

Strength: a one-word alias that is an everyday word ("Волна", "Apple", and "Volna", the
Russian word in Latin letters; `alias_kinds`) names the brand only weakly, in its script (a
Latin one amid a mostly Cyrillic text is a name): `scan_detailed` reports a brand as weak
when every surviving occurrence is such a word and no multi-word alias, other alias, listed
hashtag, '@' alias or official handle names it. Weak matches are judged by context downstream
(detectors/context.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from rapidfuzz.distance import OSA

from detectors.config import BrandSpec
from detectors.lexicons import words
from detectors.text import NormalisedText, normalise
from detectors.translit import fold

__all__ = ["AliasKinds", "BrandMatcher", "alias_kinds", "handle_key", "word_forms"]

_FUZZY_MIN = 5  # letters an alias word needs before typos of it are accepted
_EXCLUDE_NEAR = 2  # words allowed between an exclude phrase and the alias it cancels
_HASHTAG_PREFIX_MIN = 5
_CACHE_LIMIT = 200_000

# Russian case endings by the shape of the word's end (nominative -> other cases).
_ENDINGS_CONSONANT = ("а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
_ENDINGS_A = ("ы", "и", "е", "у", "ой", "ою", "ам", "ами", "ах")
_ENDINGS_YA = ("и", "е", "ю", "ей", "ею", "ям", "ями", "ях")
_ENDINGS_SOFT = ("я", "ю", "ем", "е", "и", "ей")
_ENDINGS_ADJ = ("ого", "ому", "им", "ом", "ая", "ую", "ой", "ое", "ые", "ых", "ими")
_LATIN_ENDINGS = ("a", "u", "om", "e", "y", "ov", "am", "ami", "akh", "s")
_VOWELS_RU = frozenset("аеиоуыэюя")


def _russian_forms(word: str) -> list[str]:
    """Case forms of a Russian noun or adjective; over-generation is harmless here."""
    if len(word) < 4 or not ("а" <= word[-1] <= "я"):
        return []
    last, stem = word[-1], word[:-1]
    if word.endswith(("ий", "ый", "ой")):
        return [word[:-2] + e for e in _ENDINGS_ADJ]
    if last == "а":
        return [stem + e for e in _ENDINGS_A]
    if last == "я":
        return [stem + e for e in _ENDINGS_YA]
    if last in "ьй":
        return [stem + e for e in _ENDINGS_SOFT]
    if last in _VOWELS_RU:
        return []  # кафе, вкусно: indeclinable
    forms = [word + e for e in _ENDINGS_CONSONANT]
    if word.endswith(("ок", "ек", "ец")):  # теремок -> теремка (fleeting vowel)
        short = word[:-2] + word[-1]
        forms += [short + e for e in _ENDINGS_CONSONANT if e != "ами"]
    return forms


def _latin_forms(word: str) -> list[str]:
    """Russian endings on a Latin brand ("в Samsunge") and English plural/possessive."""
    if len(word) < 4 or not word.isascii():
        return []
    if word[-1] in "aeiouy":
        return [word + "s"]
    return [word + e for e in _LATIN_ENDINGS]


def handle_key(handle: str) -> str:
    """Account handles compare case-insensitively and without the leading '@'."""
    return handle.strip().lstrip("@").casefold()


@cache
def _everyday(latin: bool) -> frozenset[str]:
    """Everyday words of a script: English for Latin, Russian for Cyrillic."""
    lang = "en" if latin else "ru"
    return words(f"everyday_{lang}.txt") | words(f"common_{lang}.txt")


@cache
def _everyday_ru_keys() -> frozenset[str]:
    """Fold keys of the Russian everyday words: "volna", "luna" read as Russian."""
    return frozenset(fold(w) for w in _everyday(False))


class AliasKinds(NamedTuple):
    """How surely each spelling of one brand names it (see `alias_kinds`)."""

    # fold key of a one-word alias -> (ambiguous in Cyrillic, ambiguous in Latin letters)
    ambiguous: dict[str, tuple[bool, bool]]
    hashtags: frozenset[str]  # fold keys of '#' aliases: a hashtag naming the brand for sure
    handles: frozenset[str]  # handle keys of '@' aliases and official accounts


def alias_kinds(spec: BrandSpec) -> AliasKinds:
    """Which one-word aliases are everyday words, decided once per config.

    A one-word alias is ambiguous when it is listed in `ambiguous_aliases`, or is an
    everyday word and is not listed in `unambiguous_aliases`. Cyrillic: a Russian everyday
    word (lexicons everyday_ru.txt and common_ru.txt). Latin: an English one (the _en
    lexicons), or Russian in transliteration: "Volna" in "volna жары" is the wave. So a Latin
    alias with a Cyrillic twin (same fold key: "Volna" and «Волна») is as ambiguous as the
    twin; one without a twin is when it spells a Russian everyday word and the brand is
    Russian (a Cyrillic alias, or `language: ru`): "Mir" of «Мир Мобайл»."""
    forced = {a.strip().casefold() for a in spec.ambiguous_aliases}
    trusted = {a.strip().casefold() for a in spec.unambiguous_aliases}
    ambiguous: dict[str, tuple[bool, bool]] = {}
    hashtags: set[str] = set()
    handles = {handle_key(a.handle) for a in spec.official_accounts}
    cyrillic: dict[str, bool] = {}  # fold key of a one-word Cyrillic alias -> ambiguous
    latin_keys: list[str] = []  # fold keys of Latin one-word aliases left to the Russian test
    russian = spec.language == "ru"
    for alias in dict.fromkeys((spec.name, *spec.aliases)):
        name = alias.strip()
        if name.startswith("@"):
            handles.add(handle_key(name))
            continue
        tokens = normalise(name).tokens
        if not tokens:
            continue
        if not all(t.isascii() for t in tokens):
            russian = True
        if name.startswith("#"):
            hashtags.add(fold("".join(tokens)))
            continue
        if len(tokens) > 1:
            continue
        token, key = tokens[0], fold(tokens[0])
        latin = token.isascii()
        folded = name.casefold()
        if folded in trusted:
            if not latin:
                cyrillic.setdefault(key, False)
            continue
        weak = folded in forced or token in _everyday(latin)
        if not latin:
            cyrillic[key] = cyrillic.get(key, False) or weak
        if not weak:
            if latin:
                latin_keys.append(key)
            continue
        cyr, lat = ambiguous.get(key, (False, False))
        ambiguous[key] = (cyr, True) if latin else (True, lat)
    for key in latin_keys:
        twin = cyrillic.get(key)  # a Cyrillic twin decides; else: a Russian everyday word?
        weak = twin if twin is not None else russian and key in _everyday_ru_keys()
        if weak:
            ambiguous[key] = (ambiguous.get(key, (False, False))[0], True)
    handles.discard("")
    return AliasKinds(ambiguous, frozenset(hashtags), frozenset(handles))


def word_forms(word: str) -> list[str]:
    """A lower-case alias word and the case forms the matcher accepts for it."""
    return [word, *_russian_forms(word), *_latin_forms(word)]


def _deletes(key: str) -> list[str]:
    return [key[:i] + key[i + 1 :] for i in range(len(key))]


def _max_typos(key: str) -> int:
    return 2 if len(key) >= 10 else 1


class BrandMatcher:
    """Find brands named in a normalised text; results in configuration order."""

    def __init__(self, specs: Sequence[BrandSpec]) -> None:
        self._ids: tuple[str, ...] = tuple(s.id for s in specs)
        self._first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        self._lemma: dict[str, str] = {}
        self._fuzzy: dict[str, list[str]] = {}
        self._pair_heads: set[str] = set()  # keys that can start a two-word spelling
        self._exclude: list[tuple[tuple[str, ...], ...]] = []
        self._exclude_joined: list[tuple[str, ...]] = []
        # Per brand, its exclude phrases' words each with a leading space (see `_kept`).
        self._exclude_probes: list[tuple[tuple[str, ...], ...]] = []
        # token -> (base key, index entries starting with it, can start a two-word spelling)
        self._cache: dict[str, tuple[str, list[tuple[tuple[str, ...], int]] | None, bool]] = {}
        self._tag_cache: dict[str, tuple[tuple[int, bool], ...]] = {}
        kinds = [alias_kinds(s) for s in specs]
        # Brands with an everyday-word alias, and (key, brand) -> (weak in Cyrillic, in Latin).
        self._ambiguous = frozenset(b for b, kind in enumerate(kinds) if kind.ambiguous)
        self._weak = {(key, b): flags for b, kind in enumerate(kinds)
                      for key, flags in kind.ambiguous.items()}
        self._sure_tags = [kind.hashtags for kind in kinds]
        self._handles: dict[str, list[int]] = {}  # official and '@' alias handles -> brands
        for b, kind in enumerate(kinds):
            for h in kind.handles:
                self._handles.setdefault(h, []).append(b)
        ambiguous_keys = {key for kind in kinds for key in kind.ambiguous}
        # Keys of everyday words per script (Latin?): a typo of an everyday word is mostly
        # another word ("Волга", not "Волна"), so they get no typo tolerance in that script.
        self._no_typos = {latin: frozenset(key for kind in kinds
                                           for key, flags in kind.ambiguous.items()
                                           if flags[latin]) for latin in (False, True)}
        skip = {fold(w) for w in words("common_ru.txt") | words("common_en.txt")}
        bases: set[str] = set()
        single: set[str] = set()  # keys that name a brand on their own
        forms: list[tuple[str, str]] = []
        fuzzy_words: list[str] = []
        for b, spec in enumerate(specs):
            for alias in (spec.name, *spec.aliases):
                tokens = normalise(alias).tokens
                if not tokens:
                    continue
                keys = tuple(fold(t) for t in tokens)
                joined = fold("".join(tokens))
                self._add(keys[0], keys[1:], b)
                if len(keys) > 1:
                    self._add(joined, (), b)
                for k in range(1, len(joined) - 1):
                    self._pair_heads.add(joined[:k])
                bases.update(keys)
                bases.add(joined)
                if len(keys) == 1:
                    single.add(keys[0])
                for tok, key in zip(tokens, keys, strict=True):
                    for form in _russian_forms(tok) + _latin_forms(tok):
                        forms.append((fold(form), key))
                if sum(ch.isalpha() for ch in joined) >= _FUZZY_MIN:
                    fuzzy_words += [k for k in keys if len(k) >= _FUZZY_MIN]
                    if len(keys) > 1:
                        fuzzy_words.append(joined)
            phrases = tuple(tuple(fold(t) for t in normalise(x).tokens) for x in spec.exclude)
            phrases = tuple(p for p in phrases if p)
            self._exclude.append(phrases)
            self._exclude_joined.append(tuple("".join(p) for p in phrases))
            self._exclude_probes.append(tuple(tuple(" " + w for w in p) for p in phrases))
        for form, base in forms:
            # A common word ("гречке") may stand for a word of a longer alias ("Гречка & Ко")
            # but never alone for a one-word brand, unless that brand's word is itself an
            # everyday word whose matches are judged by context anyway.
            if form not in bases and not (
                    form in skip and base in single and base not in ambiguous_keys):
                self._lemma.setdefault(form, base)
        self._skip = frozenset(skip) | frozenset(self._lemma) | frozenset(bases)
        for w in dict.fromkeys(fuzzy_words):
            for d in (w, *_deletes(w)):
                lst = self._fuzzy.setdefault(d, [])
                if w not in lst:
                    lst.append(w)

    def _add(self, head: str, rest: tuple[str, ...], brand: int) -> None:
        entries = self._first.setdefault(head, [])
        if (rest, brand) not in entries:
            entries.append((rest, brand))

    def _base(self, token: str) -> str:
        """Key of a token after case forms and typos are mapped onto alias words."""
        key = fold(token)
        if key in self._first:
            return key
        lemma = self._lemma.get(key)
        if lemma is not None:
            return lemma
        if len(key) < _FUZZY_MIN or key in self._skip or not key.isalpha():
            return key
        best, best_d = key, 99
        no_typos = self._no_typos[token.isascii()]
        for d in (key, *_deletes(key)):
            for cand in self._fuzzy.get(d, ()):
                if cand in no_typos:
                    continue
                limit = _max_typos(cand)
                if abs(len(cand) - len(key)) > limit:
                    continue
                if len(cand) <= 5 and cand[0] != key[0]:
                    continue
                dist = OSA.distance(key, cand, score_cutoff=limit)
                if dist <= limit and dist < best_d:
                    best, best_d = cand, dist
        return best

    def _tag_brands(self, tag: str, handle: bool) -> tuple[tuple[int, bool], ...]:
        """(brand, named surely) for a hashtag or handle that starts with a brand name
        ("#теремокотравил", "@teremok_official") or is an official or '@' alias handle."""
        raw = tag.replace("_", "").replace(".", "")
        key = fold(raw)
        # Prefixes of the folded tag, and each prefix folded on its own: folding can join
        # letters across the name's end ("lightnet"+"support": "ts" folds like "ц").
        prefixes = dict.fromkeys(key[:n] for n in range(len(key), _HASHTAG_PREFIX_MIN - 1, -1))
        prefixes.update(dict.fromkeys(
            fold(raw[:n]) for n in range(len(raw) - 1, _HASHTAG_PREFIX_MIN - 1, -1)))
        found: dict[int, bool] = {}
        if handle:
            for b in self._handles.get(tag, ()):
                found[b] = True
        weak = self._weak
        for prefix in prefixes:
            for rest, b in self._first.get(prefix, ()):
                if (
                    not rest
                    and not found.get(b)
                    and not any(x in key for x in self._exclude_joined[b])
                ):
                    # Only a listed hashtag or a name that is no everyday word is sure: a
                    # handle or tag merely starting with "volna" may be a surf school.
                    found[b] = (not handle and key in self._sure_tags[b]) or (
                        (prefix, b) not in weak)
        return tuple(found.items())

    def match_indices(self, text: NormalisedText) -> list[int]:
        """Positions in the spec list of the brands named, ascending."""
        return self.scan_detailed(text)[0]

    def scan(self, text: NormalisedText) -> tuple[list[int], list[int]]:
        """Brands named (spec positions, ascending) and the token positions naming them.

        The positions let sentiment ignore brand words ("Вкусно и точка" is not praise).
        """
        found, covered, _ = self.scan_detailed(text)
        return found, covered

    def scan_detailed(self, text: NormalisedText) -> tuple[list[int], list[int], list[int]]:
        """`scan` plus the brands named only weakly: by everyday-word aliases alone."""
        cache = self._cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        first = self._first
        heads = self._pair_heads
        get = cache.get
        spans: dict[int, list[tuple[int, int]]] | None = None
        tokens = text.tokens
        keys: list[str] = []
        pending: list[int] = []  # positions whose entries need the following keys
        for i, t in enumerate(tokens):
            hit = get(t)
            if hit is None:
                k = self._base(t)
                hit = cache[t] = (k, first.get(k), k in heads)
            keys.append(hit[0])
            if hit[1] or hit[2]:  # entries lists are never empty
                pending.append(i)
        hashtags, handles = text.hashtags, text.handles
        if not pending and not hashtags and not handles:
            return [], [], []
        n = len(keys)
        ambiguous = self._ambiguous
        weak_at: set[tuple[int, int, int]] | None = None  # (brand, start, end): everyday words
        for i in pending:
            k, entries, head = cache[tokens[i]]
            if entries:
                for rest, b in entries:
                    m = len(rest)
                    if m == 1:  # most aliases have one or two words: no slice for those
                        matched = i + 1 < n and keys[i + 1] == rest[0]
                    else:
                        matched = m == 0 or tuple(keys[i + 1 : i + 1 + m]) == rest
                    if matched:
                        if spans is None:
                            spans = {}
                        spans.setdefault(b, []).append((i, i + 1 + m))
                        if m == 0 and b in ambiguous and self._is_weak(k, b, tokens[i], tokens):
                            if weak_at is None:
                                weak_at = set()
                            weak_at.add((b, i, i + 1))
            if head and i + 1 < n:
                joined = k + keys[i + 1]
                for rest, b in first.get(joined, ()):
                    if not rest:
                        if spans is None:
                            spans = {}
                        spans.setdefault(b, []).append((i, i + 2))
                        if b in ambiguous and self._is_weak(joined, b, tokens[i], tokens):
                            if weak_at is None:
                                weak_at = set()
                            weak_at.add((b, i, i + 2))
        found: list[int] = []
        covered: list[int] = []
        sure: set[int] = set()  # brands with an everyday-word alias that are named surely
        if spans:
            exclude = self._exclude
            for b, occ in spans.items():
                if weak_at is not None and b in ambiguous:
                    kept = self._survivors(b, occ, keys) if exclude[b] else occ
                    if not kept:
                        continue
                    if any((b, s, e) not in weak_at for s, e in kept):
                        sure.add(b)
                elif exclude[b] and not self._kept(b, occ, keys):
                    continue
                elif b in ambiguous:
                    sure.add(b)
                found.append(b)
                for s, e in occ:
                    covered += range(s, e)
        if hashtags or handles:
            tag_cache = self._tag_cache
            for tag, handle in [(h, False) for h in hashtags] + [(h, True) for h in handles]:
                cache_key = "@" + tag if handle else tag
                tags = tag_cache.get(cache_key)
                if tags is None:
                    if len(tag_cache) > _CACHE_LIMIT:
                        tag_cache.clear()
                    tags = tag_cache[cache_key] = self._tag_brands(tag, handle)
                for b, surely in tags:
                    found.append(b)
                    if surely:
                        sure.add(b)
        if len(found) > 1:
            found = sorted(set(found))
        if not ambiguous:
            return found, covered, []
        return found, covered, [b for b in found if b in ambiguous and b not in sure]

    def _is_weak(self, key: str, brand: int, token: str, tokens: Sequence[str]) -> bool:
        """An everyday-word alias in its script is weak; in Latin letters amid a mostly
        Cyrillic text ("сим от Volna") it is a name: nobody switches script for the word."""
        flags = self._weak.get((key, brand))
        if flags is None:
            return False
        if not token.isascii():
            return flags[0]
        if not flags[1]:
            return False
        cyrillic = sum(1 for t in tokens if not t.isascii() and t.isalpha())
        return 2 * cyrillic <= sum(1 for t in tokens if t.isalpha())

    def match(self, normalised: NormalisedText) -> tuple[str, ...]:
        """Ids of the brands the text names, in configuration order."""
        ids = self._ids
        return tuple(ids[b] for b in self.match_indices(normalised))

    def _kept(self, brand: int, occurrences: list[tuple[int, int]], keys: list[str]) -> bool:
        """False when every occurrence of the brand has an exclude phrase next to it."""
        return bool(self._survivors(brand, occurrences, keys, first_only=True))

    def _survivors(self, brand: int, occurrences: list[tuple[int, int]], keys: list[str],
                   first_only: bool = False) -> list[tuple[int, int]]:
        """The occurrences without an exclude phrase next to them (the first one only when
        `first_only`: enough to know whether the brand is named at all)."""
        phrases = self._exclude[brand]
        if not phrases:
            return occurrences
        blocked: list[tuple[int, int]] = []
        n = len(keys)
        # A phrase can only be there if each of its words starts some key: one substring test
        # per word on the joined keys spares the window loop below for almost every text.
        joined = " " + " ".join(keys)
        for p, probes in zip(phrases, self._exclude_probes[brand], strict=True):
            if not all(map(joined.__contains__, probes)):
                continue
            m = len(p)
            head = p[0]
            # Most texts hold no word of the phrase: test its first word inline, the rest only
            # where that matched (same result as testing every window, a fraction of the work).
            for j in range(n - m + 1):
                k = keys[j]
                if k != head and not (k.startswith(head) and len(k) - len(head) <= 2):
                    continue
                for x in range(1, m):
                    if not _word_is(keys[j + x], p[x]):
                        break
                else:
                    blocked.append((j, j + m))
        if not blocked:
            return occurrences
        kept: list[tuple[int, int]] = []
        for s, e in occurrences:
            if not any(xs - e <= _EXCLUDE_NEAR and s - xe <= _EXCLUDE_NEAR for xs, xe in blocked):
                kept.append((s, e))
                if first_only:
                    break
        return kept


def _word_is(key: str, wanted: str) -> bool:
    """Exclude phrases tolerate an ending ("pies" for "pie", "пирога" for "пирог")."""
    return key == wanted or (key.startswith(wanted) and len(key) - len(wanted) <= 2)
