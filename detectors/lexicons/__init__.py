"""Word lists shipped as package data; read once at import time of the modules using them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

_DIR = Path(__file__).resolve().parent


def lines(name: str) -> Iterator[list[str]]:
    """Whitespace-split, non-empty, non-comment lines of a lexicon file."""
    with (_DIR / name).open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if line and not line.startswith("#"):
                yield line.split()


def words(name: str) -> frozenset[str]:
    """Every word of a plain word-list file."""
    return frozenset(w for parts in lines(name) for w in parts)
