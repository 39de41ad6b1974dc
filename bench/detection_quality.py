"""Print the negative-class precision/recall/F1 table of docs/detection.md.

Usage: .venv/bin/python bench/detection_quality.py
"""

from __future__ import annotations

from detectors.evaluation import quality_table

if __name__ == "__main__":
    print(quality_table())
