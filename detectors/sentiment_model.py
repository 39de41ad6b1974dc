"""Learned negativity beside the lexicon: what `Enriched.negativity` and `sentiment` come from.

The lexicon (detectors/sentiment.py) is precise but misses negative posts told without an
evaluative word ("жду возврат третью неделю"). A logistic
regression over the words, adjacent word pairs and character 3-5-grams of a text plus the
lexicon's own sums catches many of them; it is trained offline by bench/train_sentiment.py
on openly licensed labelled text and ships as detectors/sentiment_model.json.

Cost: a linear model's score is a sum, so each distinct token's contribution (its word and
character n-gram weights) is computed once and cached; the warm path is one dict lookup per
token, one per adjacent pair, and a few multiplications. No numpy at run time.

How the two combine (docs/detection.md, "Sentiment"):
- `negativity` is the model's probability that the text is negative, shifted so that the
  operating point chosen on development data sits at NEGATIVE_THRESHOLD (0.4), so
  `label == "negative"` still means exactly `negativity >= 0.4`. The lexicon's sums are
  inputs of the model, so a strong lexicon hit still counts; where the lexicon found nothing
  negative the model must be surer (its log-odds lose `margin` first: a page is expensive);
  a matched complaint pattern keeps at least the lexicon's own negativity (patterns are the
  lexicon's most precise part).
- `complaint` stays the lexicon's: a complaint pattern, or a first-hand post ("my order",
  "вы") that is negative by the combined negativity.
- `positive` stays the lexicon's call (the model only separates negative from the rest).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator
from pathlib import Path

import msgspec

from detectors.sentiment import (
    NEGATIVE_THRESHOLD,
    NEGATORS,
    Reading,
    Sentiment,
    label_of,
    lexicon_negativity,
    read,
)
from detectors.text import NormalisedText
from detectors.translit import to_cyrillic

__all__ = [
    "DENSE",
    "MODEL_FILE",
    "Explanation",
    "Model",
    "dense_features",
    "explain",
    "model_negativity",
    "score",
    "sparse_keys",
    "token_keys",
]

MODEL_FILE = Path(__file__).resolve().parent / "sentiment_model.json"
DENSE = ("lex_neg", "lex_pos", "lex_complaint", "lex_negativity", "exclaim", "question")
_GRAMS = (3, 4, 5)  # character n-gram lengths, over the token with "<" ">" at its ends
_CACHE_LIMIT = 200_000
_NEGATOR_SET = frozenset(NEGATORS)
_sentiment = tuple.__new__  # Sentiment(...) without the NamedTuple's Python-level __new__


def token_keys(tok: str) -> Iterator[str]:
    """Feature keys of one token: the word itself and its character n-grams ("~" + gram).

    Tokens hold no space, '~' or '<': words, pairs ("a b"), n-grams and emoji never collide.
    """
    yield tok
    padded = "<" + tok + ">"
    n = len(padded)
    for k in _GRAMS:
        for i in range(n - k + 1):
            yield "~" + padded[i:i + k]


def negated_positions(text: NormalisedText) -> list[int]:
    """Token positions within a negator's scope in its clause ("не [очень вкусно]")."""
    out: list[int] = []
    tokens = text.tokens
    clauses = text.clauses
    n = len(tokens)
    c = 0
    clause_end = clauses[1] if len(clauses) > 1 else n
    until = -1
    get = NEGATORS.get
    for i, tok in enumerate(tokens):
        if i == clause_end:
            c += 1
            clause_end = clauses[c + 1] if c + 1 < len(clauses) else n
            until = -1
        scope = get(tok)
        if scope:
            until = i + scope
        elif i <= until:
            out.append(i)
    return out


def sparse_keys(text: NormalisedText, skip: Collection[int] = ()) -> tuple[list[str], float]:
    """Every sparse feature key of a text (repeats count) and the scale applied to them.

    Brand words (`skip`) are left out, and no word pair spans one.
    """
    keys: list[str] = []
    prev = ""
    kept = 0
    tokens = text.tokens
    for i, tok in enumerate(tokens):
        if i in skip:
            prev = ""
            continue
        kept += 1
        keys.extend(token_keys(tok))
        if prev:
            keys.append(prev + " " + tok)
        prev = tok
    keys.extend(text.emoji)
    if not _NEGATOR_SET.isdisjoint(tokens):
        keys.extend("!" + tokens[i] for i in negated_positions(text) if i not in skip)
    return keys, _scale(kept + len(text.emoji))


def _scale(n: int) -> float:
    return 1.0 / math.sqrt(n) if n > 1 else 1.0


def dense_features(text: NormalisedText, r: Reading) -> tuple[float, ...]:
    """The lexicon's reading and punctuation as numbers, in the order of DENSE."""
    return (
        math.log1p(r.neg),
        math.log1p(r.pos),
        1.0 if r.complaint else 0.0,
        lexicon_negativity(r),
        1.0 if text.exclaims >= 2 else 0.0,
        1.0 if "?" in text.text else 0.0,
    )


class _Weights(msgspec.Struct, frozen=True):
    """The file bench/train_sentiment.py writes (provenance fields are for people)."""

    bias: float
    dense: dict[str, float]
    features: dict[str, float]
    union: bool = False  # the lexicon's own verdict also makes a text negative
    margin: float = 0.0  # logit the model gives up when the lexicon found nothing negative
    trained_on: list[str] = []
    notes: str = ""


# A token's weight, the pairs it starts, and the form its pairs are looked up under (the
# token itself, or in Russian text its Cyrillic reading).
_Entry = tuple[float, dict[str, float] | None, str]


class Model:
    """A trained logistic regression with a per-token contribution cache."""

    def __init__(self, bias: float, dense: dict[str, float], features: dict[str, float],
                 union: bool = False, margin: float = 0.0) -> None:
        missing = set(DENSE) - set(dense)
        if missing:
            raise ValueError(f"sentiment model lacks dense weights {sorted(missing)}")
        self.bias = bias
        self.union = union
        self.margin = margin
        (self._w_neg, self._w_pos, self._w_complaint, self._w_negativity, self._w_exclaim,
         self._w_question) = (dense[name] for name in DENSE)
        self.features: dict[str, float] = {}
        self._pairs: dict[str, dict[str, float]] = {}  # first word -> second word -> weight
        for key, w in features.items():
            a, space, b = key.partition(" ")
            if space:
                self._pairs.setdefault(a, {})[b] = w
            else:
                self.features[key] = w
        self._tokens: dict[str, _Entry] = {}
        self._ru_tokens: dict[str, _Entry] = {}  # the same, as read in Russian text

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> Model:
        w = msgspec.json.decode(path.read_bytes(), type=_Weights)
        return cls(w.bias, w.dense, w.features, w.union, w.margin)

    def _entry(self, tok: str) -> _Entry:
        cache = self._tokens
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        get = self.features.get
        entry = cache[tok] = (sum(get(k, 0.0) for k in token_keys(tok)), self._pairs.get(tok),
                              tok)
        return entry

    def _ru_entry(self, tok: str) -> _Entry:
        """A token of Russian text: a Latin-script word the model does not know as a word is
        read as transliterated Russian ("uzhasno" as "ужасно"), since the training texts
        were written in Cyrillic."""
        cache = self._ru_tokens
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        form = tok
        if tok.isascii() and tok not in self.features and not tok.isdigit():
            form = to_cyrillic(tok)
        entry = self._tokens.get(form) or self._entry(form)
        cache[tok] = entry
        return entry

    def token_weight(self, tok: str) -> float:
        """One token's word and n-gram weights summed (cached): its share of the sparse sum."""
        entry = self._tokens.get(tok)
        return (entry or self._entry(tok))[0]

    def negativity(self, text: NormalisedText, r: Reading, skip: Collection[int] = (),
                   lang: str = "") -> float:
        """The model's negativity 0..1: NEGATIVE_THRESHOLD is its operating point, and a text
        in which the lexicon found nothing negative needs `margin` more logit to reach it."""
        z = self.logit(text, r, skip, lang)
        if not r.neg:
            z -= self.margin
        return 1.0 / (1.0 + math.exp(-z)) if z > -30.0 else 0.0

    def logit(self, text: NormalisedText, r: Reading, skip: Collection[int] = (),
              lang: str = "") -> float:
        """Bias + scaled sparse sum + dense part; the sum of sparse_keys' weights, cached.

        In Russian text (`lang == "ru"`) Latin-script words are read as transliteration.
        """
        if lang == "ru":
            cache_get = self._ru_tokens.get
            make = self._ru_entry
        else:
            cache_get = self._tokens.get
            make = self._entry
        total = 0.0
        follow: dict[str, float] | None = None
        tokens = text.tokens
        if skip:
            kept = 0
            for i, tok in enumerate(tokens):
                if i in skip:
                    follow = None
                    continue
                kept += 1
                entry = cache_get(tok)
                if entry is None:
                    entry = make(tok)
                if follow is not None:
                    total += follow.get(entry[2], 0.0)
                total += entry[0]
                follow = entry[1]
        else:
            kept = len(tokens)
            for tok in tokens:
                entry = cache_get(tok)
                if entry is None:
                    entry = make(tok)
                if follow is not None:
                    total += follow.get(entry[2], 0.0)
                total += entry[0]
                follow = entry[1]
        emoji = text.emoji
        if emoji:
            get = self.features.get
            for e in emoji:
                total += get(e, 0.0)
            kept += len(emoji)
        if not _NEGATOR_SET.isdisjoint(tokens):
            get = self.features.get
            for i in negated_positions(text):
                if i not in skip:
                    total += get("!" + tokens[i], 0.0)
        z = self.bias + (total / math.sqrt(kept) if kept > 1 else total)
        if r.neg or r.pos:
            z += (self._w_neg * math.log1p(r.neg) + self._w_pos * math.log1p(r.pos)
                  + self._w_negativity * lexicon_negativity(r))
            if r.complaint:
                z += self._w_complaint
        if text.exclaims >= 2:
            z += self._w_exclaim
        if "?" in text.text:
            z += self._w_question
        return z


def _load_shipped() -> Model | None:
    try:
        return Model.load()
    except FileNotFoundError:
        return None  # only while bench/train_sentiment.py trains the first model


_MODEL = _load_shipped()


def model_negativity(text: NormalisedText, r: Reading, skip: Collection[int] = (),
                     model: Model | None = None, lang: str = "") -> float:
    """The model's negativity 0..1 (NEGATIVE_THRESHOLD is its operating point)."""
    m = model or _MODEL
    if m is None:
        raise RuntimeError(f"no sentiment model at {MODEL_FILE}: run bench/train_sentiment.py")
    return m.negativity(text, r, skip, lang)


def score(text: NormalisedText, lang: str, skip: Collection[int] = (),
          model: Model | None = None) -> Sentiment:
    """Negativity 0..1, complaint flag and label of one normalised text (model + lexicon).

    `skip` holds token positions to ignore: the words of matched brand names, so that
    "Вкусно и точка" or "QuickEats" do not read as praise.
    """
    m = model or _MODEL
    if m is None:
        raise RuntimeError(f"no sentiment model at {MODEL_FILE}: run bench/train_sentiment.py")
    r = read(text, lang, skip)
    z = m.logit(text, r, skip, lang)  # Model.negativity, inlined: this runs for every mention
    if not r.neg:
        z -= m.margin
    negativity = 1.0 / (1.0 + math.exp(-z)) if z > -30.0 else 0.0
    if r.neg and (r.complaint or m.union):
        # Complaint patterns (and, when the model was trained so, every lexicon verdict) are
        # precise: the result is never weaker than the lexicon says.
        negativity = max(negativity, lexicon_negativity(r))
    if negativity >= NEGATIVE_THRESHOLD:
        return _sentiment(Sentiment, (round(negativity, 4), r.complaint or r.personal,
                                      "negative"))
    return _sentiment(Sentiment, (round(negativity, 4), r.complaint, label_of(negativity, r)))


class Explanation(msgspec.Struct, frozen=True):
    """Why a text scored as it did: both scorers and the lexicon entries that fired."""

    model: float  # the model's negativity
    lexicon: float  # the lexicon's negativity
    reasons: list[tuple[str, float]]  # (words, signed weight): < 0 pushes towards negative


def explain(text: NormalisedText, lang: str, skip: Collection[int] = (),
            model: Model | None = None) -> Explanation:
    """For people (`crisiswatch enrich`), not the hot path: re-reads the text collecting hits."""
    hits: list[tuple[str, float]] = []
    r = read(text, lang, skip, hits)
    return Explanation(round(model_negativity(text, r, skip, model, lang), 4),
                       round(lexicon_negativity(r), 4),
                       [(words, round(w, 3)) for words, w in hits])
