"""Text bank `blind9` of the simulated week: the judge of the page budget's eleventh round
(issue 13).

Written after the tenth round, once `blind8` had been run, by two writers who had not read the
detectors, in two parts: what people say about the brands (bank_blind9_brands.py) and the
storm and the five crises (bank_blind9_events.py). No template or vocabulary line is shared
with the other banks (a unit test checks). Judged once, on the eleventh round's final code; a
later round may tune on it and needs a new bank to judge.
"""

from __future__ import annotations

from detectors.scenarios import bank_blind9_brands, bank_blind9_events
from detectors.scenarios.banks import two_halves

BANK = two_halves("blind9", bank_blind9_brands, bank_blind9_events)
