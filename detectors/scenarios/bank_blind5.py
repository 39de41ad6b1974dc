"""Text bank `blind5` of the simulated week: the judge of the page budget's seventh round
(issue 13).

Written after the sixth round, once `blind4` had been opened for tuning, by two writers who had
not read the detectors, in two parts: what people say about the brands (bank_blind5_brands.py)
and the storm and the five crises (bank_blind5_events.py). No template or vocabulary line is
shared with the other banks (a unit test checks). Never tune on it: run it once, after tuning on
the other banks.
"""

from __future__ import annotations

from detectors.scenarios import bank_blind5_brands, bank_blind5_events
from detectors.scenarios.banks import two_halves

BANK = two_halves("blind5", bank_blind5_brands, bank_blind5_events)
