"""Text normalisation shared by language detection, brand matching and sentiment.

One pass per mention: the Enricher normalises once and hands the same `NormalisedText` to
every consumer, so the per-brand and per-detector work never re-reads the raw string.
Everything is regex/str-method based (C speed); Python-level loops only run over the few
clauses, hashtags and mixed-script words a text has.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

__all__ = ["NormalisedText", "normalise", "repair_script"]


class NormalisedText(NamedTuple):
    """A mention text prepared once for every consumer.

    `tokens` are lower-case words in reading order (hashtag bodies are split into their
    words and kept in place; URLs and @handles are not words). `clauses` holds the index of
    the first token of each clause (split at . , ! ? ; : and dashes) so negation and
    intensifiers do not leak across punctuation.
    """

    raw: str
    text: str
    tokens: tuple[str, ...]
    clauses: tuple[int, ...]
    hashtags: tuple[str, ...]  # bodies without '#', lower-case, '_' removed
    handles: tuple[str, ...]  # without '@', lower-case
    urls: tuple[str, ...]
    emoji: tuple[str, ...]  # pictographs and emoticons, in order
    exclaims: int  # number of '!'
    caps: int  # words of >= 4 letters written in capitals (shouting)


_CONTROL = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufe0e\ufe0f\u00ad\U0001f3fb-\U0001f3ff]"
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@(\w{1,64})")
_HASHTAG = re.compile(r"(?<![\w#])#(\w{1,100})")
_CAMEL = re.compile(r"[A-ZА-ЯЁ]?[a-zа-яё]+|[A-ZА-ЯЁ]+(?![a-zа-яё])|\d+")
_CAPS_WORD = re.compile(r"\b[A-ZА-ЯЁ]{4,}\b")
_REPEAT = re.compile(r"([^\W\d_])\1{2,}")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_CLAUSE = re.compile(r"[.,!?;:()\[\]\"«»…—–]+|\s-\s")
# _CLAUSE for texts without a '-'. sre skips ahead to candidates only when a pattern starts
# with one character class (not a repeat or an alternation), hence "[..][..]*" and not
# "[..]+": about 3x faster than _CLAUSE on mention-sized texts.
_PUNCT_RUN = re.compile(r"[.,!?;:()\[\]\"«»…—–][.,!?;:()\[\]\"«»…—–]*")
_HAS_LATIN = re.compile(r"[a-z]")
_HAS_CYRILLIC = re.compile(r"[а-я]")
# A run of letters holding both scripts. The lookbehind only says what matching from the
# left finds anyway (a match always starts where its letter run starts) and saves the engine
# from re-scanning every word from each of its letters. Each repeat excludes the letter the
# element after it looks for (other letters, then up to the first letter of the other
# script), so a word is read once; with plain [^\W\d_]* the engine backtracked through
# every word of a text that has both scripts, 2.3x slower.
_MIXED = re.compile(
    r"(?<![^\W\d_])[^\W\d_a-zа-я]*(?:[a-z][^\W\d_а-я]*[а-я]|[а-я][^\W\d_a-z]*[a-z])[^\W\d_]*")
# Cheap supersets of _REPEAT and _EMOJI: most texts hold neither, and one scan for a possible
# start is several times faster than the full pattern (same result, measured in bench/).
_MAYBE_REPEAT = re.compile(r"(.)\1\1", re.DOTALL)
# Four capitals in a row, a superset of _CAPS_WORD, written to start with one class (see
# _PUNCT_RUN): most texts have capitals but no shouted word.
_MAYBE_CAPS = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ]{3}")
# Pictographs (emoji blocks, dingbats, arrows/stars used as emoji) plus text emoticons;
# ")))" and "(((" are the Russian-internet smile and frown.
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U0001f000-\U0001f2ff\u2600-\u27bf\u2b50\u2b55\u2764\u203c\u2049]"
    r"|[:;=]-?[()dp]|\){2,}|\({2,}"
)
_MAYBE_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U0001f000-\U0001f2ff\u2600-\u27bf\u2b50\u2b55\u2764\u203c\u2049:;=()]"
)

# Latin letters that look like Cyrillic ones (lower case: we repair after casefold) and back.
_LAT_TO_CYR = str.maketrans("aeopcxykmtbh", "аеорсхукмтвн")
_CYR_TO_LAT = str.maketrans("аеорсхукмтвн", "aeopcxykmtbh")
_LAT_LOOKALIKE = frozenset("aeopcxykmtbh")
_CYR_LOOKALIKE = frozenset("аеорсхукмтвн")


def repair_script(word: str) -> str:
    """Rewrite a lower-case word mixing Latin and Cyrillic letters into one script.

    Spammers and typists mix look-alikes ("тaракан" with a Latin a); the script that owns
    the letters without a look-alike wins, otherwise the one with more letters.
    """
    cyr = lat = cyr_only = lat_only = 0
    for ch in word:
        if "a" <= ch <= "z":
            lat += 1
            if ch not in _LAT_LOOKALIKE:
                lat_only += 1
        elif "а" <= ch <= "я":
            cyr += 1
            if ch not in _CYR_LOOKALIKE:
                cyr_only += 1
    if cyr_only and not lat_only:
        to_cyr = True
    elif lat_only and not cyr_only:
        to_cyr = False
    else:
        to_cyr = cyr >= lat
    return word.translate(_LAT_TO_CYR if to_cyr else _CYR_TO_LAT)


def _repair_match(m: re.Match[str]) -> str:
    return repair_script(m.group(0))


def _split_hashtag(body: str) -> str:
    """Split a cased hashtag body into words ("ВкусноИТочка" -> "Вкусно И Точка")."""
    if "_" in body:
        return body.replace("_", " ")
    if body.islower() or body.isupper():
        return body
    return " ".join(_CAMEL.findall(body)) or body


def normalise(raw: str) -> NormalisedText:
    """NFKC, casefold, ё->е, control characters out, elongations and script mixes repaired."""
    s = raw
    ascii_only = s.isascii()
    if not ascii_only:
        s = unicodedata.normalize("NFKC", _CONTROL.sub("", s))
    caps = 0 if s.islower() or not _MAYBE_CAPS.search(s) else len(_CAPS_WORD.findall(s))
    urls: tuple[str, ...] = ()
    if "://" in s or "www." in s or "WWW." in s:
        urls = tuple(_URL.findall(s))
        if urls:
            s = _URL.sub(" ", s)
    handles: tuple[str, ...] = ()
    if "@" in s:
        found = _HANDLE.findall(s)
        if found:
            handles = tuple(h.casefold() for h in found)
            s = _HANDLE.sub(" ", s)
    hashtags: tuple[str, ...] = ()
    if "#" in s:
        bodies = _HASHTAG.findall(s)
        if bodies:
            hashtags = tuple(b.casefold().replace("_", "").replace("ё", "е") for b in bodies)
            s = _HASHTAG.sub(lambda m: " " + _split_hashtag(m.group(1)) + " ", s)
    s = s.casefold()
    if not ascii_only:
        if "ё" in s:
            s = s.replace("ё", "е")
        if "’" in s:
            s = s.replace("’", "'")
        if _HAS_CYRILLIC.search(s) and _HAS_LATIN.search(s):
            s = _MIXED.sub(_repair_match, s)
    maybe = _MAYBE_REPEAT.search(s)
    # Most tripled characters are emoji or "!!!": confirm a letter from there before rewriting.
    if maybe and _REPEAT.search(s, maybe.start()):
        s = _REPEAT.sub(r"\1\1", s)
    emoji: tuple[str, ...] = ()
    if not ascii_only or ")" in s or "(" in s:
        # No emoji starts before the first possible start: scan the (usually short) rest.
        first = _MAYBE_EMOJI.search(s)
        if first:
            emoji = tuple(_EMOJI.findall(s, first.start()))
    words: list[str] = []
    starts: list[int] = []
    for part in (_CLAUSE if "-" in s else _PUNCT_RUN).split(s):
        # [^\W_] is exactly str.isalnum: when every whitespace-separated chunk is alphanumeric,
        # the chunks are the words, and str.split is several times faster than _WORD.
        found = part.split()
        if not all(map(str.isalnum, found)):
            found = _WORD.findall(part)
        if found:
            starts.append(len(words))
            words += found
    return NormalisedText(
        raw, s, tuple(words), tuple(starts) or (0,), hashtags, handles, urls, emoji,
        s.count("!"), caps,
    )
