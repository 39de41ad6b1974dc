"""Labelled public texts for training and judging the sentiment model (bench/train_sentiment.py).

Every source is read from a git checkout of a public repository at a pinned commit (a clone,
or a bare mirror: `git show COMMIT:PATH` is all that is used), converted once to
`~/.cache/crisiswatch/sentiment-data/<name>.jsonl` ({"text", "negative", "lang", "split"})
and read from there afterwards. Nothing of it enters the repository; only the trained
weights (detectors/sentiment_model.json) do.

Training sources (their licences allow shipping weights trained on them in an Apache-2.0
project):

- goemotions: monologg/GoEmotions-pytorch @ b75f9d3a, data/group/{train,dev,test}.tsv:
  Google's GoEmotions (Reddit comments, 28 emotions, here in its own sentiment groups),
  Apache-2.0, 54,263 comments (53,240 kept: mixed positive+negative ones dropped); its
  "train" split trains, "dev" chooses settings, "test" is reported;
- ru_goemotions: searayeah/ru-goemotions @ e1303b0a,
  dataset/ru-go-emotions-simplified-{validation,test}.csv: GoEmotions' dev and test
  comments machine-translated to Russian, MIT (of Apache-2.0 data), 10,652 kept (a fixed
  tenth is its "dev" part);
- brighter_ru, brighter_en: emotion-analysis-project/SemEval2025-Task11 @ 513a7e8b,
  task-dataset/semeval-2025-task11-dataset/track_a/{train,dev,test}/{rus,eng}.csv: the
  BRIGHTER collection of SemEval-2025 task 11 (human-annotated perceived emotions; Russian:
  social-media posts annotated on Toloka, English: Reddit posts), CC BY 4.0. Anger, disgust,
  fear or sadness = negative, rows with joy as well dropped. Russian 3,878 rows (3,855 kept:
  9 mixed, and 14 that name a bank or a telecom operator, SentiRuEval-2016's subject, are
  never used), English 2,879 labelled (2,736 kept; its test split has no labels); a fixed
  tenth of each is its "dev" part.

Development sources: never trained on; with the training sources' own dev rows they choose
the regularisation, the operating point and how the model combines with the lexicon:

- xed_en: Helsinki-NLP/XED @ 76666d25, AnnotatedData/en-annotated.tsv + neu_en.txt: film
  subtitles with Plutchik emotions (anger, disgust, fear, sadness = negative; lines with
  both those and joy/trust dropped), CC BY 4.0, 26,757 lines kept (trained on, it made the
  out-of-domain development sets worse: docs/detection.md);
- xed_ru: Helsinki-NLP/XED @ 76666d25, Projections/ru-projections.tsv: Russian subtitles
  with emotions projected from English, CC BY 4.0, 2,268 kept;
- uci_imdb: the IMDB part of UCI's "Sentiment Labelled Sentences" (Kotzias et al., KDD 2015),
  CC BY 4.0, read from rushabh7cr/Sentiment-Classifier-using-naive-bayes @ 60b3211c,
  imdb_labelled.txt (a copy of the UCI files): 1,000 film-review sentences, half negative.

Judging sources, never trained or tuned on; some licences are unclear for redistribution,
so they are only read to measure:

- tweeteval: cardiffnlp/tweeteval @ 4fbd22cd, datasets/sentiment/test_{text,labels}.txt:
  the SemEval-2017 task 4A test tweets (English, general topics), 12,284; TweetEval states
  no restrictions of its own and refers to SemEval's and Twitter's terms;
- rusentitweet: sismetanin/rusentitweet @ bb714550, rusentitweet_full.csv: general-domain
  Russian tweets labelled with the RuSentiment guidelines, 13,392 (11,549 after dropping
  "skip"); no licence stated (the paper is CC BY 4.0);
- opensentiment_ru: yarfruct/open-sentiment-corpus @ 316733d8,
  opensentimentcorpus-final-by-majority.csv: sentences of Russian journalism and blogs
  (OpenCorpora) labelled by majority of at least three people, CC BY-SA 3.0 (read only:
  nothing trained on it ships), 5,524 kept ("mixed" sentences dropped);
- uci_reviews: the Amazon (phones and accessories) and Yelp (restaurants) parts of UCI's
  "Sentiment Labelled Sentences", CC BY 4.0, same copy as uci_imdb: 2 x 1,000 customer
  review sentences, half negative (no neutral ones);
- bank_reviews_ru: TJAntonova/Sentiment-analysis-of-reviews-on-the-topic-of-banks @
  124d24be, {neg,pos,testtt}_corpus.csv: Russian customer reviews of banks (sravni.ru) with
  the customer's 1-5 rating: 1-2 negative, 4-5 not, 3 dropped; 3,373 distinct texts; no
  licence stated (read only, to measure).

Every training and development row whose normalised text equals a judged text is dropped
before training (bench/train_sentiment.py prints how many).

To obtain a source: clone the repository, `git checkout` the commit, and pass the clone's
parent directory as `--mirror` laid out as `<owner>+<name>/repo` (the layout of the
workplace's repository mirror), or point `--mirror` at any directory with that layout.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

CACHE = Path.home() / ".cache" / "crisiswatch" / "sentiment-data"
MIRROR = Path("/work/.mirror")


class Source(NamedTuple):
    repo: str
    commit: str
    licence: str
    role: str  # train | dev (chooses settings, never trained on) | judge (only reported)


SOURCES: dict[str, Source] = {
    "goemotions": Source("monologg/GoEmotions-pytorch",
                         "b75f9d3a8b76bc1060687925b04ca98a1b8ea66b", "Apache-2.0", "train"),
    "xed_en": Source("Helsinki-NLP/XED", "76666d251f147cf518071bef4f8415dab6b96115",
                     "CC-BY-4.0", "dev"),
    "ru_goemotions": Source("searayeah/ru-goemotions",
                            "e1303b0a2322a3709db41adeaf77a6fa36546197", "MIT", "train"),
    "brighter_ru": Source("emotion-analysis-project/SemEval2025-Task11",
                          "513a7e8bef7ef6370ac416ced97efba338c47c97", "CC-BY-4.0", "train"),
    "brighter_en": Source("emotion-analysis-project/SemEval2025-Task11",
                          "513a7e8bef7ef6370ac416ced97efba338c47c97", "CC-BY-4.0", "train"),
    "xed_ru": Source("Helsinki-NLP/XED", "76666d251f147cf518071bef4f8415dab6b96115",
                     "CC-BY-4.0", "dev"),
    "tweeteval": Source("cardiffnlp/tweeteval", "4fbd22cd78421f05b1ecdb4fc5725bc7a7bd8f66",
                        "unclear (evaluation only)", "judge"),
    "rusentitweet": Source("sismetanin/rusentitweet",
                           "bb714550c20f29cdab8ed6378bae15f4790f1b6d",
                           "unclear (evaluation only)", "judge"),
    "opensentiment_ru": Source("yarfruct/open-sentiment-corpus",
                               "316733d895f4565be28cae755513b1c6e735a7b3",
                               "CC-BY-SA-3.0 (evaluation only)", "judge"),
    "uci_imdb": Source("rushabh7cr/Sentiment-Classifier-using-naive-bayes",
                       "60b3211cf920faf6ee7e6c68114b3c272cfa4421", "CC-BY-4.0", "dev"),
    "uci_reviews": Source("rushabh7cr/Sentiment-Classifier-using-naive-bayes",
                          "60b3211cf920faf6ee7e6c68114b3c272cfa4421", "CC-BY-4.0", "judge"),
    "bank_reviews_ru": Source("TJAntonova/Sentiment-analysis-of-reviews-on-the-topic-of-banks",
                              "124d24beb7d0f0849ba8c82ceb2e8b7e4abe2c91",
                              "none stated (evaluation only)", "judge"),
}

LANG = {"goemotions": "en", "xed_en": "en", "tweeteval": "en", "brighter_ru": "ru",
        "brighter_en": "en",
        "ru_goemotions": "ru", "xed_ru": "ru", "rusentitweet": "ru",
        "opensentiment_ru": "ru", "uci_imdb": "en", "uci_reviews": "en",
        "bank_reviews_ru": "ru"}


class Row(NamedTuple):
    text: str
    negative: bool
    lang: str
    split: str  # train | dev | test


# GoEmotions' own grouping of its 28 emotions (sentiment_dict.json of the original release).
_GO_NEGATIVE = frozenset({
    "anger", "annoyance", "disappointment", "disapproval", "disgust", "embarrassment", "fear",
    "grief", "nervousness", "remorse", "sadness"})
_GO_POSITIVE = frozenset({
    "admiration", "amusement", "approval", "caring", "desire", "excitement", "gratitude", "joy",
    "love", "optimism", "pride", "relief"})
_GO_LABELS = (  # GoEmotions' label ids, in order
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion",
    "curiosity", "desire", "disappointment", "disapproval", "disgust", "embarrassment",
    "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism",
    "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral")
# XED: anger 1, anticipation 2, disgust 3, fear 4, joy 5, sadness 6, surprise 7, trust 8.
_XED_NEGATIVE = frozenset({1, 3, 4, 6})
_XED_POSITIVE = frozenset({5, 8})


def _show(mirror: Path, name: str, path: str) -> str:
    src = SOURCES[name]
    git_dir = mirror / src.repo.replace("/", "+") / "repo"
    if not git_dir.exists():
        raise SystemExit(f"{name}: no checkout of {src.repo} at {git_dir} "
                         "(see bench/sentiment_data.py)")
    out = subprocess.run(["git", "-C", str(git_dir), "show", f"{src.commit}:{path}"],
                         capture_output=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{name}: {src.repo}@{src.commit[:8]}:{path} not readable: "
                         f"{out.stderr.decode(errors='replace').strip()}")
    return out.stdout.decode("utf-8")


def _goemotions(mirror: Path) -> Iterator[Row]:
    groups = _show(mirror, "goemotions", "data/group/labels.txt").split()
    neg, pos = groups.index("negative"), groups.index("positive")
    for split in ("train", "dev", "test"):
        for line in _show(mirror, "goemotions", f"data/group/{split}.tsv").splitlines():
            text, labels, _id = line.split("\t")
            ids = {int(x) for x in labels.split(",")}
            if neg in ids and pos in ids:
                continue  # mixed: no single answer to "is it negative"
            yield Row(text, neg in ids, "en", split)


def _xed_labels(raw: str) -> set[int]:
    return {int(x) for x in raw.replace(" ", "").split(",") if x}


def _xed(mirror: Path, name: str, path: str, lang: str) -> Iterator[Row]:
    for i, line in enumerate(_show(mirror, name, path).splitlines()):
        parts = line.rsplit("\t", 1)
        if len(parts) != 2 or not parts[0].strip():
            continue
        ids = _xed_labels(parts[1])
        if ids & _XED_NEGATIVE and ids & _XED_POSITIVE:
            continue
        yield Row(parts[0].strip(), bool(ids & _XED_NEGATIVE), lang, _split_of(i))


def _xed_en(mirror: Path) -> Iterator[Row]:
    yield from _xed(mirror, "xed_en", "AnnotatedData/en-annotated.tsv", "en")
    for i, line in enumerate(_show(mirror, "xed_en", "AnnotatedData/neu_en.txt").splitlines()):
        parts = line.split("\t", 1)
        if len(parts) == 2 and parts[1].strip():
            yield Row(parts[1].strip(), False, "en", _split_of(i))


def _split_of(i: int) -> str:
    """A fixed tenth of a source without its own splits is its dev part."""
    return "dev" if i % 10 == 7 else "train"


def _ru_goemotions(mirror: Path) -> Iterator[Row]:
    for part in ("validation", "test"):
        text = _show(mirror, "ru_goemotions", f"dataset/ru-go-emotions-simplified-{part}.csv")
        for i, rec in enumerate(csv.DictReader(io.StringIO(text))):
            ids = rec["labels"].strip("[]").replace(",", " ").split()
            names = {_GO_LABELS[int(x)] for x in ids}
            if names & _GO_NEGATIVE and names & _GO_POSITIVE:
                continue
            yield Row(rec["ru_text"], bool(names & _GO_NEGATIVE), "ru", _split_of(i))


# The Russian rows of SemEval-2025 task 11 come from social media of unstated origin. A row
# about a bank or a telecom operator could come from the blind SentiRuEval-2016 (tweets about
# exactly those): such rows are never used, whatever their origin.
_BLIND_DOMAIN = re.compile(
    r"банк|сбер|втб|альфа|тинько|райфф|мтс|билайн|мегафон|теле2|tele2|ростелеком|оператор"
    r"|beeline|megafon|sberbank|tinkoff|mts\b", re.IGNORECASE)


def _brighter(mirror: Path, name: str, lang: str, splits: tuple[str, ...]) -> Iterator[Row]:
    """Multi-label emotions (anger, disgust, fear, joy, sadness, surprise): anger, disgust,
    fear or sadness is negative; rows with joy as well are dropped (mixed)."""
    code = {"ru": "rus", "en": "eng"}[lang]
    i = 0
    for split in splits:
        path = f"task-dataset/semeval-2025-task11-dataset/track_a/{split}/{code}.csv"
        for rec in csv.DictReader(io.StringIO(_show(mirror, name, path))):
            text = rec["text"].strip()
            if not text or rec.get("joy", "") == "" or _BLIND_DOMAIN.search(text):
                continue
            neg = any(rec.get(k) == "1" for k in ("anger", "disgust", "fear", "sadness"))
            if neg and rec["joy"] == "1":
                continue
            yield Row(text, neg, lang, _split_of(i))
            i += 1


def _brighter_ru(mirror: Path) -> Iterator[Row]:
    yield from _brighter(mirror, "brighter_ru", "ru", ("train", "dev", "test"))


def _brighter_en(mirror: Path) -> Iterator[Row]:
    yield from _brighter(mirror, "brighter_en", "en", ("train", "dev"))  # test: no labels


def _xed_ru(mirror: Path) -> Iterator[Row]:
    yield from _xed(mirror, "xed_ru", "Projections/ru-projections.tsv", "ru")


def _tweeteval(mirror: Path) -> Iterator[Row]:
    texts = _show(mirror, "tweeteval", "datasets/sentiment/test_text.txt").splitlines()
    labels = _show(mirror, "tweeteval", "datasets/sentiment/test_labels.txt").split()
    assert len(texts) == len(labels)
    for text, label in zip(texts, labels, strict=True):
        yield Row(text.strip(), label == "0", "en", "test")


def _rusentitweet(mirror: Path) -> Iterator[Row]:
    text = _show(mirror, "rusentitweet", "rusentitweet_full.csv")
    for rec in csv.DictReader(io.StringIO(text)):
        if rec["label"] == "skip":
            continue
        yield Row(rec["text"], rec["label"] == "negative", "ru", "test")


def _opensentiment_ru(mirror: Path) -> Iterator[Row]:
    text = _show(mirror, "opensentiment_ru", "opensentimentcorpus-final-by-majority.csv")
    for rec in csv.DictReader(io.StringIO(text)):
        if rec["Sentiment"] in ("negative", "positive", "neutral"):
            yield Row(rec["Sentence"], rec["Sentiment"] == "negative", "ru", "test")


def _uci(mirror: Path, name: str, sites: tuple[str, ...]) -> Iterator[Row]:
    for site in sites:
        for line in _show(mirror, name, f"{site}_labelled.txt").splitlines():
            text, _, label = line.rstrip().rpartition("\t")
            if text.strip() and label in ("0", "1"):
                yield Row(text.strip(), label == "0", "en", site.split("_")[0])


def _uci_reviews(mirror: Path) -> Iterator[Row]:
    yield from _uci(mirror, "uci_reviews", ("amazon_cells", "yelp"))


def _uci_imdb(mirror: Path) -> Iterator[Row]:
    yield from _uci(mirror, "uci_imdb", ("imdb",))


def _bank_reviews_ru(mirror: Path) -> Iterator[Row]:
    seen: set[str] = set()
    for path in ("neg_corp.csv", "pos_corp.csv", "testtt_corpus.csv"):
        for rec in csv.DictReader(io.StringIO(_show(mirror, "bank_reviews_ru", path))):
            text, rated = rec["text"].strip(), rec["rated"].strip()
            if not text or text in seen or rated not in ("1", "2", "4", "5"):
                continue  # 3 stars: mixed; the site's own split files overlap
            seen.add(text)
            yield Row(text, rated in ("1", "2"), "ru", "test")


_READERS = {"goemotions": _goemotions, "xed_en": _xed_en, "ru_goemotions": _ru_goemotions,
            "xed_ru": _xed_ru, "tweeteval": _tweeteval, "rusentitweet": _rusentitweet,
            "opensentiment_ru": _opensentiment_ru, "uci_reviews": _uci_reviews,
            "uci_imdb": _uci_imdb, "brighter_ru": _brighter_ru, "brighter_en": _brighter_en,
            "bank_reviews_ru": _bank_reviews_ru}


def load(name: str, mirror: Path = MIRROR, cache: Path = CACHE) -> list[Row]:
    """Rows of one source, converted from its checkout on first use and cached."""
    path = cache / f"{name}.jsonl"
    if not path.exists():
        rows = list(_READERS[name](mirror))
        cache.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r._asdict(), ensure_ascii=False) + "\n")
        tmp.replace(path)
    with path.open(encoding="utf-8") as fh:
        return [Row(**json.loads(line)) for line in fh]
