"""Mention -> one `Enriched` record per brand it concerns.

The single entry point shared by the streaming enrich agent and the `crisiswatch enrich`
CLI, so both see identical results. The text is normalised once per mention; brand
matching, language and sentiment all read that one `NormalisedText`, and sentiment is
computed once however many brands match.

Thread following: a reply that names no brand but answers a post of a brand's desk threads
(a post by or to an official account, or one naming an @handle, or a review) is attributed to
that brand as `in_thread`, for the complaint detector alone: the "+1, same here" under an
ignored complaint and the customer's answer to the desk never name the brand. The memory of
such posts is per enricher (per worker), bounded (`THREAD_MEMORY`) and not persisted: a reply
whose parent another worker saw, or saw before a restart, stays unattributed as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.brands import BrandMatcher, handle_key
from detectors.config import Account, BrandSpec
from detectors.context import BrandContext
from detectors.lang import LANGS, detect_lang
from detectors.model import Enriched, Mention
from detectors.sentiment import Sentiment
from detectors.sentiment_model import Explanation, explain, score
from detectors.stories import key64, trim_oldest
from detectors.story_terms import tells_harm
from detectors.text import normalise

__all__ = ["Enricher", "handle_key"]

# Codes sources send when they do not know the language: detect instead.
_UNKNOWN_LANGS = frozenset({"", "und", "zxx", "qme", "qht", "qam", "qct", "qst", "mul"})

_AccountIndex = dict[str, list[tuple[int, str | None]]]
THREAD_MEMORY = 100_000  # desk-thread posts remembered for replies that name no brand


def _index_accounts(specs: Sequence[BrandSpec], official: bool) -> _AccountIndex:
    index: _AccountIndex = {}
    for b, spec in enumerate(specs):
        accounts: tuple[Account, ...] = (
            spec.official_accounts if official else spec.watched_accounts
        )
        for acc in accounts:
            src = acc.source.casefold() if acc.source else None
            index.setdefault(handle_key(acc.handle), []).append((b, src))
    return index


def _accounts_brands(index: _AccountIndex, handle: str, source: str) -> list[int]:
    hits = index.get(handle)
    if not hits:
        return []
    return [b for b, src in hits if src is None or src == source]


class Enricher:
    """Brand matching, language and sentiment for a fixed brand configuration."""

    def __init__(self, specs: Sequence[BrandSpec]) -> None:
        self._specs = tuple(specs)
        self._ids = tuple(s.id for s in self._specs)
        self._by_id = {s.id: i for i, s in enumerate(self._specs)}
        self._matcher = BrandMatcher(self._specs)
        self._official = _index_accounts(self._specs, official=True)
        self._watched = _index_accounts(self._specs, official=False)
        # Every configured handle: almost no author is one, so one set lookup settles most
        # mentions before any per-index work.
        self._account_keys = frozenset(self._official) | frozenset(self._watched)
        self._lang_cache: dict[str, str | None] = {}
        # key64("source:id") of desk-thread posts -> the brands (indexes) they concern
        self._threads: dict[int, tuple[int, ...]] = {}
        self._contexts: dict[int, BrandContext] = {}

    @property
    def matcher(self) -> BrandMatcher:
        return self._matcher

    def context(self, brand: str) -> BrandContext | None:
        """The context model of a brand with an everyday-word alias (for explanations)."""
        i = self._by_id.get(brand)
        if i is None:
            return None
        model = self._contexts.get(i)
        if model is None:
            model = self._contexts[i] = BrandContext(self._specs[i])
        return model if model.enabled else None

    def _given_lang(self, lang: str | None) -> str | None:
        """The mention's own language tag mapped to ru|en|mixed|other, or None to detect."""
        if lang is None:
            return None
        cached = self._lang_cache.get(lang, "")
        if cached != "":
            return cached
        primary = lang.strip().casefold().replace("_", "-").split("-", 1)[0]
        result: str | None
        if primary in LANGS:
            result = primary
        elif primary in _UNKNOWN_LANGS or not primary.isalpha() or len(primary) not in (2, 3):
            result = None
        else:
            result = "other"
        if len(self._lang_cache) < 1000:
            self._lang_cache[lang] = result
        return result

    def assess(self, text: str, lang: str | None = None) -> tuple[tuple[str, ...], str, Sentiment]:
        """Brands, language and sentiment of a bare text, exactly as `enrich` computes them."""
        nt = normalise(text)
        found, brand_tokens = self._matcher.scan(nt)
        detected = self._given_lang(lang) or detect_lang(nt)
        ids = self._ids
        return tuple(ids[b] for b in found), detected, score(nt, detected, brand_tokens)

    def explain(self, text: str, lang: str | None = None) -> Explanation:
        """Both scorers' negativity and the lexicon entries that fired (for people, not hot)."""
        nt = normalise(text)
        _found, brand_tokens = self._matcher.scan(nt)
        detected = self._given_lang(lang) or detect_lang(nt)
        return explain(nt, detected, brand_tokens)

    def enrich(self, mention: Mention, ingested_at_ms: int, appended_at_ms: int = 0
               ) -> list[Enriched]:
        """One record per matched brand, in configuration order; [] when none matches."""
        nt = normalise(mention.text)
        found, brand_tokens, weak = self._matcher.scan_detailed(nt)
        official: list[int] = []
        watched: list[int] = []
        handle = mention.author.handle
        if handle and self._account_keys and (key := handle_key(handle)) in self._account_keys:
            source = mention.source.casefold()
            official = _accounts_brands(self._official, key, source)
            watched = _accounts_brands(self._watched, key, source)
        hint = self._by_id.get(mention.brand) if mention.brand else None
        if official or watched or hint is not None:
            extra = set(found).union(official, watched)
            if hint is not None:
                extra.add(hint)
            found = sorted(extra)
        threads = self._threads
        in_thread = False
        if not found:
            if not mention.in_reply_to or not threads:
                return []
            known = threads.get(key64(f"{mention.source}:{mention.in_reply_to}"))
            if known is None:
                return []
            found, in_thread = list(known), True
        elif official or watched or "@" in mention.text or mention.source == "reviews" or (
                mention.reply_to_author and _accounts_brands(
                    self._official, handle_key(mention.reply_to_author),
                    mention.source.casefold())):
            threads[key64(f"{mention.source}:{mention.id}")] = tuple(found)
            trim_oldest(threads, THREAD_MEMORY)
        if weak:
            weak = self._still_weak(weak, mention, official, watched, hint)
        lang = self._given_lang(mention.lang) or detect_lang(nt)
        s = score(nt, lang, brand_tokens)
        harm = tells_harm(nt.tokens)
        ids = self._ids
        brands = tuple(ids[b] for b in found)
        return [
            Enriched(
                mention=mention,
                brand=ids[b],
                lang=lang,
                sentiment=s.label,
                negativity=s.negativity,
                complaint=s.complaint,
                brands=brands,
                ingested_at_ms=ingested_at_ms,
                appended_at_ms=appended_at_ms,
                official=b in official,
                watched=b in watched,
                ambiguous=b in weak,
                in_thread=in_thread,
                harm=harm,
            )
            for b in found
        ]

    def _still_weak(self, weak: list[int], mention: Mention, official: list[int],
                    watched: list[int], hint: int | None) -> list[int]:
        """Weakly named brands that nothing else about the mention names: its author is not
        the brand's official or watched account, it does not reply to an official account,
        and the source gave no brand hint."""
        sure = set(official).union(watched)
        if hint is not None:
            sure.add(hint)
        replied = mention.reply_to_author
        if replied and (key := handle_key(replied)) in self._official:
            sure.update(_accounts_brands(self._official, key, mention.source.casefold()))
        return [b for b in weak if b not in sure]
