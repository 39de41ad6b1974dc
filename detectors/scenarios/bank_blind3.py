"""Text bank `blind3` of the simulated week: the judge of the page budget's fifth round (issue 13).

Written after the fourth round, once `blind2` had been opened for tuning, by two writers who had
not read the detectors, in two parts: what people say about the brands (bank_blind3_brands.py)
and the storm and the five crises (bank_blind3_events.py). No template or vocabulary line is
shared with the other banks (a unit test checks). Never tune on it: run it once, after tuning on
the other banks.
"""

from __future__ import annotations

from detectors.scenarios import bank_blind3_brands, bank_blind3_events
from detectors.scenarios.banks import two_halves

BANK = two_halves("blind3", bank_blind3_brands, bank_blind3_events)
