"""Texts from templates with choices and slots, so a few dozen hand-written lines give thousands
of different posts (and near-duplicates are rare, as between different people in real life).

Template syntax:
- `[a|b|c]` picks one alternative (nested brackets allowed; `[a|]` is "a or nothing");
- `{name}` is filled from the slots: a brand form (`{b}`, `{b_pre}`...), a vocabulary list
  of the text bank, or a plain value (`{h}`: the official handle); a slot value is itself a
  template.

After expansion: spaces are tidied, the first letter is capitalised, and the noise of hurried
typing is applied (`noisy`): typos, lower case, no final full stop. `translit` writes Russian
in the informal Latin spelling people use on phones without a Cyrillic layout.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Union

from detectors.simulation import noisy

__all__ = ["Slots", "expand", "missing_slots", "render", "slot_names", "translit", "variants"]

Slots = Mapping[str, Sequence[str]]

# A compiled template: literal text, a choice between sequences, or a slot name.
_Node = Union[str, "_Choice", "_Slot"]


class _Choice(tuple[tuple[_Node, ...], ...]):
    __slots__ = ()


class _Slot(str):
    __slots__ = ()


@lru_cache(maxsize=8192)
def _compile(template: str) -> tuple[_Node, ...]:
    seq, end = _parse(template, 0, top=True)
    if end != len(template):
        raise ValueError(f"unbalanced ']' in template {template!r}")
    return seq


def _parse(t: str, i: int, *, top: bool) -> tuple[tuple[_Node, ...], int]:
    """One sequence up to an unnested '|' or ']' (or the end, at the top level)."""
    out: list[_Node] = []
    buf: list[str] = []
    while i < len(t):
        c = t[i]
        if c == "[":
            alts: list[tuple[_Node, ...]] = []
            i += 1
            while True:
                seq, i = _parse(t, i, top=False)
                alts.append(seq)
                if i >= len(t):
                    raise ValueError(f"unclosed '[' in template {t!r}")
                if t[i] == "]":
                    i += 1
                    break
                i += 1  # '|'
            if buf:
                out.append("".join(buf))
                buf = []
            out.append(_Choice(alts))
            continue
        if c in "|]":
            if top:
                raise ValueError(f"'{c}' outside brackets in template {t!r}")
            break
        if c == "{":
            j = t.index("}", i)
            if buf:
                out.append("".join(buf))
                buf = []
            out.append(_Slot(t[i + 1 : j]))
            i = j + 1
            continue
        buf.append(c)
        i += 1
    if buf:
        out.append("".join(buf))
    return tuple(out), i


def _fill(rng: random.Random, seq: tuple[_Node, ...], slots: Slots, out: list[str],
          depth: int) -> None:
    if depth > 8:
        raise ValueError("slots nest too deep (a slot refers to itself?)")
    for node in seq:
        if isinstance(node, _Choice):
            _fill(rng, node[int(rng.random() * len(node))], slots, out, depth)
        elif isinstance(node, _Slot):
            values = slots.get(node)
            if not values:
                raise KeyError(f"template slot {{{node}}} has no values")
            value = values[int(rng.random() * len(values))]
            _fill(rng, _compile(value), slots, out, depth + 1)
        else:
            out.append(node)


_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_PUNCT = re.compile(r" +([,.!?;:)»])")
_OPEN_SPACE = re.compile(r"([(«]) +")


def expand(rng: random.Random, template: str, slots: Slots, capitalise: bool = True) -> str:
    """One text of `template`, spaces tidied and the first letter capitalised (no noise)."""
    out: list[str] = []
    _fill(rng, _compile(template), slots, out, 0)
    text = _OPEN_SPACE.sub(r"\1", _SPACE_PUNCT.sub(r"\1", _SPACES.sub(" ", "".join(out))))
    text = text.strip()
    j = len(text) - len(text.lstrip("\"'«("))
    if capitalise and j < len(text) and text[j].islower():
        text = text[:j] + text[j].upper() + text[j + 1 :]
    return text


def render(rng: random.Random, lines: Sequence[str], slots: Slots, typos: float = 0.12) -> str:
    """A random line of `lines`, expanded, with the noise of hurried typing."""
    return noisy(rng, expand(rng, lines[int(rng.random() * len(lines))], slots), typos)


def variants(template: str, slots: Slots) -> int:
    """How many different texts a template can give (an upper bound: slots may repeat)."""
    return _count(_compile(template), slots, 0)


def _count(seq: tuple[_Node, ...], slots: Slots, depth: int) -> int:
    n = 1
    for node in seq:
        if isinstance(node, _Choice):
            n *= sum(_count(alt, slots, depth) for alt in node)
        elif isinstance(node, _Slot) and depth < 8:
            n *= sum(_count(_compile(v), slots, depth + 1) for v in slots.get(node, ("",)))
    return n


# ------------------------------------------------------------------------------ transliteration
_INFORMAL = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
_TABLE = {ord(k): v for k, v in _INFORMAL.items()}
_TABLE.update({ord(k.upper()): v.capitalize() for k, v in _INFORMAL.items()})


def translit(text: str) -> str:
    """Russian as typed on a Latin keyboard: "Волна опять не ловит" -> "Volna opyat ne lovit"."""
    return text.translate(_TABLE)


def slot_names(template: str) -> set[str]:
    """The slots a template refers to directly (not through slot values)."""
    out: set[str] = set()
    stack: list[tuple[_Node, ...]] = [_compile(template)]
    while stack:
        for node in stack.pop():
            if isinstance(node, _Choice):
                stack.extend(node)
            elif isinstance(node, _Slot):
                out.add(str(node))
    return out


def missing_slots(template: str, slots: Slots) -> set[str]:
    """Slots a template needs (directly or through slot values) that `slots` lacks."""
    missing: set[str] = set()
    seen: set[str] = set()
    todo = [template]
    while todo:
        for name in slot_names(todo.pop()):
            if name in seen:
                continue
            seen.add(name)
            values = slots.get(name)
            if not values:
                missing.add(name)
            else:
                todo.extend(values)
    return missing
