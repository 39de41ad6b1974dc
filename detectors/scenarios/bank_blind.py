"""Text bank `blind` of the simulated week: the final judge of the page budget (issue 13).

Written after the second tuning round by writers who had not read the detectors, in two parts:
what people say about the brands (bank_blind_brands.py) and the storm and the five crises
(bank_blind_events.py). No template or vocabulary line is shared with the other banks (a unit
test checks). Never tune on it: run it once, after tuning on `dev` and `holdout`.
"""

from __future__ import annotations

from detectors.scenarios import bank_blind_brands, bank_blind_events
from detectors.scenarios.banks import two_halves

BANK = two_halves("blind", bank_blind_brands, bank_blind_events)
