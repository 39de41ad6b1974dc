"""Text bank `blind19` of the simulated week: the judge of the page budget's twenty-first round
(issue 13).

Written after the twentieth round, once `blind18` had been run, by two writers who had not read
the detectors, in two parts: what people say about the brands (bank_blind19_brands.py) and the
storm and the five crises (bank_blind19_events.py). No template or vocabulary line is shared
with the other banks (a unit test checks). Judged once, on the twenty-first round's final code; a
later round may tune on it and needs a new bank to judge.
"""

from __future__ import annotations

from detectors.scenarios import bank_blind19_brands, bank_blind19_events
from detectors.scenarios.banks import two_halves

BANK = two_halves("blind19", bank_blind19_brands, bank_blind19_events)
