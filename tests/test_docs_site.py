"""The documentation site builds with ``mkdocs build --strict``.

Strict mode turns a broken link, a missing page or an API reference to a
name that no longer exists into a failure, so the docs cannot drift from
the code unnoticed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import biblio

ROOT = Path(__file__).resolve().parents[1]

pytest.importorskip("mkdocs")
pytest.importorskip("mkdocstrings_handlers.python")


def test_the_docs_site_builds_strictly(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
         str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "site")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    documented = {anchor.rsplit(".", 1)[-1] for anchor in re.findall(r'id="(biblio\.[\w.]+)"', api)}
    missing = set(biblio.__all__) - {"__version__"} - documented
    assert not missing, f"public names missing from docs/api.md: {sorted(missing)}"
