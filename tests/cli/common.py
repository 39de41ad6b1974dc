"""Run `crisiswatch` as a subprocess, as a user would, from a directory without a config."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def crisiswatch(*args: str, cwd: Path, stdin: str | None = None,
                timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRISISWATCH_")}
    return subprocess.run([sys.executable, "-m", "streams.cli", *args], cwd=cwd, env=env,
                          input=stdin, capture_output=True, text=True, timeout=timeout,
                          check=False)


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
