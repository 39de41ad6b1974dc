"""Russian <-> Latin transliteration and the script-independent key used to compare names.

`to_latin`/`to_cyrillic` are for people (reports, tests, config helpers). Matching never
compares transliterations directly: there are too many informal systems ("zh"/"j", "kh"/"h",
"ya"/"ia"/"ja", "y"/"i", "shch"/"sch", "4" for ч). Instead both sides are reduced by `fold`
to one key in which those variants coincide, so "Вкусно и точка", "Vkusno i tochka",
"vkusno-i-tochka" and "#вкусноиточка" all give the same key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.text import normalise

__all__ = ["fold", "name_key", "same_name", "to_cyrillic", "to_latin"]

_GOST: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip


def _cased_table(base: dict[str, str]) -> dict[int, str]:
    table = {ord(k): v for k, v in base.items()}
    for k, v in base.items():
        table[ord(k.upper())] = v.capitalize()
    return table


_TO_LATIN = _cased_table(_GOST)

# The key alphabet: every informal spelling of a Russian sound collapses onto one string.
_KEY_CYR = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "e", "ґ": "g",
})  # fmt: skip
_KEY_DIGRAPHS = {"shch": "sh", "sch": "sh", "kh": "h", "ts": "c", "tz": "c", "ph": "f", "ck": "k"}
_KEY_DIGRAPH = re.compile("|".join(sorted(_KEY_DIGRAPHS, key=len, reverse=True)))
_KEY_LAT = str.maketrans({"y": "i", "j": "i", "w": "v", "q": "k", "x": "ks", "'": "", "4": "ch"})
_DOUBLE = re.compile(r"(.)\1+")
# ё after a consonant is written yo/io/jo (Pyatyorochka) as often as e (Pyaterochka).
_IO = re.compile(r"(?<=[bcdfghklmnprstvz])io")


def _digraph(m: re.Match[str]) -> str:
    return _KEY_DIGRAPHS[m.group(0)]


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Matching key of one lower-case word: Latin letters, informal variants merged."""
    if word.isdigit():
        return word
    s = word if word.isascii() else word.translate(_KEY_CYR)
    s = _KEY_DIGRAPH.sub(_digraph, s).translate(_KEY_LAT)
    if "io" in s:
        s = _IO.sub("e", s)
    return _DOUBLE.sub(r"\1", s)


def name_key(name: str) -> str:
    """Key of a whole name with spaces, hyphens and '#' gone ("Вкусно и точка" -> one word)."""
    return fold("".join(normalise(name).tokens))


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name the same thing under transliteration and spacing."""
    ka = name_key(a)
    return bool(ka) and ka == name_key(b)


def to_latin(text: str) -> str:
    """GOST 7.79-B style romanisation (ж zh, х kh, ц ts, щ shch, ю yu, я ya, й/ы y); ё is e
    as everywhere else in crisiswatch."""
    return text.translate(_TO_LATIN)


_LAT_UNITS = re.compile(r"shch|sch|zh|kh|ts|tz|ch|sh|ya|ja|yu|ju|iu|yo|jo|ye|[a-z']|4", re.I)
_LAT_TO_CYR: dict[str, str] = {
    "shch": "щ", "sch": "щ", "zh": "ж", "kh": "х", "ts": "ц", "tz": "ц", "ch": "ч",
    "sh": "ш", "ya": "я", "ja": "я", "yu": "ю", "ju": "ю", "iu": "ю", "yo": "е", "jo": "е",
    "ye": "е", "a": "а", "b": "б", "d": "д", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к",
    "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "z": "з",
    "'": "ь", "4": "ч",
}  # fmt: skip
_VOWELS = frozenset("aeiouy")


def to_cyrillic(text: str) -> str:
    """Read informal Latin-script Russian back into Cyrillic (lower case).

    Context rules: "y" after a vowel is й, otherwise ы; "c" before e/i/y is ц, otherwise к;
    a word-initial "e" is э ("eto" -> "это").
    """
    s = text.lower()
    out: list[str] = []
    pos = 0
    for m in _LAT_UNITS.finditer(s):
        start = m.start()
        if start > pos:
            out.append(s[pos:start])
        unit = m.group(0)
        prev = s[start - 1] if start else " "
        if unit == "y":
            out.append("й" if prev in _VOWELS else "ы")
        elif unit == "c":
            nxt = s[start + 1 : start + 2]
            out.append("ц" if nxt and nxt in "eiy" else "к")
        elif unit == "e":
            out.append("э" if not prev.isalpha() else "е")
        elif unit == "4" and not (prev.isalpha() or s[start + 1 : start + 2].isalpha()):
            out.append("4")
        else:
            out.append(_LAT_TO_CYR[unit])
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)
