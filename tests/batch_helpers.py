"""Running `biblio batch` as a user does (a subprocess) against a recording fake server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from biblio.testing.recording import RecordingFakeApi


def batch_env(fake: RecordingFakeApi, tmp: Path, cache: str = "cache") -> dict[str, str]:
    """Environment for a `biblio` subprocess: the fake APIs, a private cache, no user config."""
    config = tmp / "config.toml"
    if not config.exists():  # generous timeouts: a loaded CI machine must not look offline
        config.write_text("[http]\nconnect_timeout = 30.0\nread_timeout = 60.0\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BIBLIO_")}
    env.update(fake.environ())
    env.update({"BIBLIO_CACHE_DIR": str(tmp / cache), "BIBLIO_CONFIG": str(config),
                "BIBLIO_CONTACT": "batch-tests@example.org"})
    return env


def start_batch(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "biblio", "batch", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_batch_cli(args: list[str], env: dict[str, str], timeout: float = 120
                  ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "biblio", "batch", *args], env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def journal_entries(path: Path) -> int:
    """Finished lookups recorded so far (lines after the header)."""
    try:
        return max(0, path.read_bytes().count(b"\n") - 1)
    except FileNotFoundError:
        return 0
