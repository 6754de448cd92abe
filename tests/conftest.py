"""Suite-wide safety: no test reaches a real book API or the user's cache and settings.

`biblio convert` looks citations up by default; tests that want lookups
point the APIs at a local fake server themselves (`biblio.testing.fakeapi`).
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _no_real_apis(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
                  ) -> None:
    for api in ("OPENLIBRARY", "GOOGLEBOOKS", "LOC", "WIKIDATA"):
        monkeypatch.setenv(f"BIBLIO_{api}_URL", "http://127.0.0.1:9")  # discard port: refused
    monkeypatch.setenv("BIBLIO_CACHE_DIR", str(tmp_path_factory.mktemp("biblio-cache")))
    empty: Path = tmp_path_factory.mktemp("biblio-config") / "config.toml"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv("BIBLIO_CONFIG", str(empty))
