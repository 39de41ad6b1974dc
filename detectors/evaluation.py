"""Detection quality on labelled mentions: precision/recall/F1 of the negative class.

Shared by tests/unit/test_detection_quality.py (which asserts floors) and
bench/detection_quality.py (which prints the table for docs/detection.md). Reading the
fixture files is the only I/O, and it happens only when these helpers are called.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import msgspec

from detectors.config import BrandSpec
from detectors.enrich import Enricher

__all__ = [
    "FIXTURES",
    "Labelled",
    "Quality",
    "evaluate",
    "evaluate_splits",
    "fixture_brands",
    "load_labelled",
    "quality_table",
]

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

# The made-up brands the fixtures talk about, configured as a deployment would configure
# them, so brand words are kept out of sentiment just as in production.
_FIXTURE_BRANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ugolok", ("Пельменная Уголок", "Уголок", "Ugolok")),
    ("edago", ("ЕдаГо", "EdaGo")),
    ("burgerhaus", ("Бургер Хаус", "Burger Haus")),
    ("rassvet", ("Банк Рассвет", "Рассвет", "Bank Rassvet")),
    ("mobiline", ("МобиЛайн", "MobiLine")),
    ("svyaz", ("Связь+", "Связь Плюс")),
    ("dostavkin", ("Доставкин", "Dostavkin")),
    ("shaurma", ("Шаурма Дрим", "Shaurma Drim")),
    ("grechka", ("Гречка&Ко", "Гречка и Ко", "Gre4ka&Ko")),
    ("zerno", ("Кофейня Зерно", "Зерно")),
    ("lavka", ("Лавка Вкуса", "Lavka Vkusa")),
    ("kopeyka", ("Копейка Плюс", "Kopeyka Plus")),
    ("aerosib", ("Аэро Сибирь", "Aero Sibir")),
    ("yugavia", ("ЮгАвиа", "YugAvia")),
    ("centrkredit", ("ЦентрКредит", "CentrKredit")),
    ("vkusno", ("Вкусно и точка", "Vkusno i tochka")),
    ("burgerbarn", ("Burger Barn",)),
    ("noodlenook", ("Noodle Nook",)),
    ("tacoloco", ("Taco Loco",)),
    ("firstharbor", ("FirstHarbor Bank", "FirstHarbor")),
    ("pinecrest", ("Pinecrest Bank", "Pinecrest")),
    ("telvio", ("Telvio Mobile", "Telvio")),
    ("zapnet", ("Zapnet",)),
    ("shopright", ("ShopRight",)),
    ("megamart", ("MegaMart",)),
    ("quickeats", ("QuickEats",)),
    ("dashdrop", ("DashDrop",)),
    ("brewly", ("Brewly", "Brewly Coffee")),
    ("crumbly", ("Crumbly Bakes",)),
    ("northwind", ("Northwind Air", "Northwind")),
    ("skyhop", ("SkyHop", "SkyHop Airlines")),
)


def fixture_brands() -> list[BrandSpec]:
    return [BrandSpec(id=i, name=a[0], aliases=a) for i, a in _FIXTURE_BRANDS]


class Labelled(msgspec.Struct, frozen=True):
    text: str
    label: str  # negative | neutral | positive
    complaint: bool
    # "dev": the lexicons were checked against these while being written; "holdout": written
    # after the lexicons were frozen and never used to change them.
    split: str = "dev"


class Quality(NamedTuple):
    lang: str
    split: str
    n: int
    negatives: int
    precision: float
    recall: float
    f1: float
    accuracy: float  # three-way label accuracy
    complaint_precision: float
    complaint_recall: float


def load_labelled(path: Path) -> list[Labelled]:
    decoder = msgspec.json.Decoder(Labelled)
    with path.open("rb") as fh:
        return [decoder.decode(line) for line in fh if line.strip()]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(
    rows: Sequence[Labelled], lang: str, enricher: Enricher | None = None, split: str = "all"
) -> Quality:
    """Score every row as the pipeline would (language detected, not given)."""
    enricher = enricher or Enricher(fixture_brands())
    tp = fp = fn = ctp = cfp = cfn = correct = 0
    for row in rows:
        s = enricher.assess(row.text)[2]
        predicted = s.label == "negative"
        actual = row.label == "negative"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        ctp += s.complaint and row.complaint
        cfp += s.complaint and not row.complaint
        cfn += row.complaint and not s.complaint
        correct += s.label == row.label
    p, r, f = _prf(tp, fp, fn)
    cp, cr, _ = _prf(ctp, cfp, cfn)
    negatives = sum(row.label == "negative" for row in rows)
    accuracy = correct / max(len(rows), 1)
    return Quality(lang, split, len(rows), negatives, p, r, f, accuracy, cp, cr)


def evaluate_splits(
    lang: str, fixtures: Path = FIXTURES, enricher: Enricher | None = None
) -> list[Quality]:
    """Quality on the dev rows, the holdout rows and all rows of one language's fixture."""
    enricher = enricher or Enricher(fixture_brands())
    rows = load_labelled(fixtures / f"labelled_{lang}.jsonl")
    out = []
    for split in ("dev", "holdout"):
        part = [r for r in rows if r.split == split]
        if part:
            out.append(evaluate(part, lang, enricher, split))
    out.append(evaluate(rows, lang, enricher, "all"))
    return out


def quality_table(langs: Iterable[str] = ("ru", "en"), fixtures: Path = FIXTURES) -> str:
    """Markdown table of the negative-class metrics per language."""
    out = [
        "| lang | rows | mentions | negative | precision | recall | F1 | 3-way accuracy "
        "| complaint P | complaint R |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    enricher = Enricher(fixture_brands())
    for lang in langs:
        for q in evaluate_splits(lang, fixtures, enricher):
            out.append(
                f"| {q.lang} | {q.split} | {q.n} | {q.negatives} | {q.precision:.3f} "
                f"| {q.recall:.3f} | {q.f1:.3f} | {q.accuracy:.3f} "
                f"| {q.complaint_precision:.3f} | {q.complaint_recall:.3f} |"
            )
    return "\n".join(out)
