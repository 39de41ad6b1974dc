"""Language of a mention: "ru", "en", "mixed" or "other".

Script share decides most texts; common-word lists settle Latin-script texts, which may be
English, Russian in transliteration ("uzhas, otravilsya") or something else. One pass over
the tokens, set lookups only.
"""

from __future__ import annotations

import re

from detectors.lexicons import words
from detectors.sentiment import is_russian_lexicon_word
from detectors.text import NormalisedText, normalise
from detectors.translit import fold

__all__ = ["LANGS", "detect_lang"]

LANGS = frozenset({"ru", "en", "mixed", "other"})

_EN = words("common_en.txt") | words("modifiers.txt")
_EN = frozenset(w for w in _EN if w.isascii())
_RU_WORDS = frozenset(w for w in words("common_ru.txt") | words("modifiers.txt") if not w.isascii())
# Transliterated Russian, minus keys that are also English words ("no" = но, "to" = то).
_RU_TRANSLIT = frozenset(fold(w) for w in _RU_WORDS) - frozenset(fold(w) for w in _EN) - {"i", "a"}
_AMBIGUOUS = frozenset({"i", "a"})  # English words and Russian "и", "а"
# Letter clusters and endings that English words almost never have.
_RU_LATIN_HINT = re.compile(r"zh|kh|sch|(?:sya|sia|tsya|ogo|ego|aya|iya|ykh|ikh|yy|iy)$")


_CYR, _EN_WORD, _RU_LATIN, _LATIN, _OTHER, _NONE, _AMB = range(7)
_classes: dict[str, int] = {}
_CACHE_LIMIT = 200_000
_UKRAINIAN = re.compile("[іїєґў]")


def _classify(t: str) -> int:
    c = t[0]
    if "а" <= c <= "я":
        return _CYR
    if "a" <= c <= "z":
        if t in _AMBIGUOUS:
            return _AMB
        if t in _EN:
            return _EN_WORD
        if fold(t) in _RU_TRANSLIT or _RU_LATIN_HINT.search(t) or is_russian_lexicon_word(t):
            return _RU_LATIN
        return _LATIN
    if not c.isdigit() and c.isalpha():
        return _OTHER
    return _NONE


def detect_lang(text: NormalisedText | str) -> str:
    """Guess the language from scripts and function words; "other" when there is no text."""
    nt = normalise(text) if isinstance(text, str) else text
    if len(_classes) > _CACHE_LIMIT:
        _classes.clear()
    counts = [0, 0, 0, 0, 0, 0, 0]
    get = _classes.get
    for t in nt.tokens:
        k = get(t)
        if k is None:
            k = _classes[t] = _classify(t)
        counts[k] += 1
    cyr, en, ru, other = counts[_CYR], counts[_EN_WORD], counts[_RU_LATIN], counts[_OTHER]
    lat = en + ru + counts[_LATIN] + counts[_AMB]
    if not cyr and not lat:
        return "other"
    if other > cyr + lat:
        return "other"
    if cyr and _UKRAINIAN.search(nt.text):
        ukr = sum(1 for t in nt.tokens if _UKRAINIAN.search(t))
        if ukr * 5 >= cyr:
            return "other"
    if not lat:
        return "ru"
    if not cyr:
        if ru > en and (ru >= 2 or ru * 3 >= lat):
            return "ru"
        if en:
            return "en"
        return "en" if lat <= 3 else "other"
    if en >= 2 and cyr >= 2:
        return "mixed"
    if cyr >= lat:
        return "ru"
    if en:
        return "mixed" if cyr >= 2 else "en"
    return "ru" if ru or cyr >= 2 else "en"
