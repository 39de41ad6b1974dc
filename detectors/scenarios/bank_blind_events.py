"""Placeholder: replaced by the blind bank's own event texts."""
from detectors.scenarios.bank_dev import ARGUE, FAKE, GAFFE, GUARD, IGNORED, STORM

__all__ = ["ARGUE", "FAKE", "GAFFE", "GUARD", "IGNORED", "STORM"]
