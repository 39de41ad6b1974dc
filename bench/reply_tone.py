"""How often the reply-tone rule (detectors/arguing.py `argues`) reads each bank's desk texts as
arguing: the arguing brand's replies should be, the routine ones should not.

    .venv/bin/python bench/reply_tone.py [--banks dev holdout ...] [--renderings 150] [--seed 11]

Renders each role's templates (with the generator's typos) `--renderings` times per language
and brand and prints the share read as arguing: `argue_first` and `argue_again` (the arguing
brand, «Полюшко»), `apology` (its apology hours later), and for all three brands the desk's
`answer`, `review_answer`, `review_dispute` (a brand disputing a review: recorded, not paged)
and the complainant's `thanks`. A judge bank is read like any other: run it only once judged.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detectors.arguing import argues
from detectors.scenarios.banks import BANKS, Texts, get_bank
from detectors.scenarios.week_brands import BRANDS
from detectors.scenarios.week_traffic import WeekText

ARGUING_ROLES = ("argue_first", "argue_again", "apology")
DESK_ROLES = ("answer", "review_answer", "review_dispute", "thanks")


def rendered(rng: random.Random, wt: WeekText, texts: Texts, renderings: int) -> list[str]:
    """A role's templates rendered `renderings` times per language it has templates for."""
    return [wt.say(rng, texts, lang)[0]
            for lang, lines in (("ru", texts.ru), ("en", texts.en)) if lines
            for _ in range(renderings)]


def share(rng: random.Random, wt: WeekText, texts: Texts, renderings: int) -> tuple[int, int]:
    """(read as arguing, rendered) over the languages the role has templates for."""
    texts_read = rendered(rng, wt, texts, renderings)
    return sum(map(argues, texts_read)), len(texts_read)


def bank_row(bank: str, renderings: int, seed: int) -> dict[str, float]:
    b, rng = get_bank(bank), random.Random(seed)
    row: dict[str, float] = {}
    arguing = WeekText(b, BRANDS["polyushko"])
    for role in ARGUING_ROLES:
        hits, total = share(rng, arguing, getattr(b.argue, role), renderings)
        row[role] = hits / max(1, total)
    desks = [(WeekText(b, brand), b.brands[brand.id]) for brand in BRANDS.values()]
    for role in DESK_ROLES:
        counts = [share(rng, wt, getattr(texts, role), renderings) for wt, texts in desks]
        row[role] = sum(h for h, _ in counts) / max(1, sum(t for _, t in counts))
    return row


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--banks", nargs="+", choices=BANKS, default=list(BANKS[:-1]),
                    help="banks to read (default: all but the last, the current judge)")
    ap.add_argument("--renderings", type=int, default=150)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args(argv)
    roles = (*ARGUING_ROLES, *DESK_ROLES)
    print(f"{'bank':8} " + " ".join(f"{r:>14}" for r in roles))
    for bank in args.banks:
        row = bank_row(bank, args.renderings, args.seed)
        print(f"{bank:8} " + " ".join(f"{row[r]:>14.2f}" for r in roles))


if __name__ == "__main__":
    main()
