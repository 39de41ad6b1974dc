"""Text bank `blind4` of the simulated week: the judge of the page budget's sixth round (issue 13).

Written after the fifth round, once `blind3` had been opened for tuning, by two writers who had
not read the detectors, in two parts: what people say about the brands (bank_blind4_brands.py)
and the storm and the five crises (bank_blind4_events.py). No template or vocabulary line is
shared with the other banks (a unit test checks). Never tune on it: run it once, after tuning on
the other banks.
"""

from __future__ import annotations

from detectors.scenarios import bank_blind4_brands, bank_blind4_events
from detectors.scenarios.banks import two_halves

BANK = two_halves("blind4", bank_blind4_brands, bank_blind4_events)
