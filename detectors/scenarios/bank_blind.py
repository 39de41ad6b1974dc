"""Text bank `blind` of the simulated week: the final judge of the page budget (issue 13).

Written after the second tuning round by writers who had not read the detectors, in two parts:
what people say about the brands (bank_blind_brands.py) and the storm and the five crises
(bank_blind_events.py). No template or vocabulary line is shared with the other banks (a unit
test checks). Never tune on it: run it once, after tuning on `dev` and `holdout`.
"""

from __future__ import annotations

from detectors.scenarios.bank_blind_brands import INFLUENCER_OTHER, POLYUSHKO, SOCHNY, VOCAB, VOLNA
from detectors.scenarios.bank_blind_events import ARGUE, FAKE, GAFFE, GUARD, IGNORED, STORM
from detectors.scenarios.banks import Bank

BANK = Bank(
    name="blind",
    vocab=VOCAB,
    brands={"sochny": SOCHNY, "polyushko": POLYUSHKO, "volna": VOLNA},
    influencer_other=INFLUENCER_OTHER,
    storm=STORM,
    guard=GUARD,
    argue=ARGUE,
    ignored=IGNORED,
    gaffe=GAFFE,
    fake=FAKE,
)
