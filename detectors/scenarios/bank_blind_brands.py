"""Placeholder: replaced by the blind bank's own brand texts."""
from detectors.scenarios.bank_dev import INFLUENCER_OTHER, POLYUSHKO, SOCHNY, VOCAB, VOLNA

__all__ = ["INFLUENCER_OTHER", "POLYUSHKO", "SOCHNY", "VOCAB", "VOLNA"]
