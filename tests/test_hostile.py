"""Hostile and broken input loses nothing: every case in tests/hostile/cases.toml.

Each input goes through ``biblio convert FILE --to csl-json --offline`` in its
own process, with a time limit: the exit status, the records written and every
``file:line: message`` must be as the manifest says, with no traceback and
never a byte of the file that entities and XInclude point at.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

HOSTILE = Path(__file__).parent / "hostile"
MARKER = (HOSTILE / "hostile-marker.txt").read_text(encoding="utf-8").split(":")[0]
SECONDS = 60  # per case, on a slow shared CI machine; the worst takes about 2 s here
TEN_MB = ("lorem ipsum dolor sit amet " * 400_000)[:10_000_000]
CARR = '{"id": "carr1961", "type": "book", "title": "What Is History?"}'
THOMPSON = ('{"id": "thompson1963", "type": "book", '
            '"title": "The Making of the English Working Class"}')


def _deep_array(tmp: Path) -> str:
    return "[" * 100_000 + "]" * 100_000


def _deep_item(tmp: Path) -> str:
    deep = '{"id": "deep", "type": "book", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    return f"[{CARR},\n{deep},\n{THOMPSON}]\n"


def _json_long_line(tmp: Path) -> str:
    return f'[{CARR}, {{"id": "long", "type": "book", "note": "{TEN_MB}"}}, {THOMPSON}]'


def _ris_long_line(tmp: Path) -> str:
    return (f"TY  - BOOK\nTI  - What Is History?\nER  - \nTY  - BOOK\nN1  - {TEN_MB}\nER  - \n"
            "TY  - BOOK\nTI  - The Making of the English Working Class\nER  - \n")


def _text_long_line(tmp: Path) -> str:
    return ("Reading list\n- Isaac Deutscher, The Prophet Armed (1954)\n" + TEN_MB +
            "\n- E. H. Carr, What Is History? (1961)\n")


def _html_long_line(tmp: Path) -> str:
    return ("<h2>Reading list</h2><ul><li>Isaac Deutscher, The Prophet Armed (1954)</li>"
            f"<li>{TEN_MB}</li><li>E. H. Carr, What Is History? (1961)</li></ul>")


def _feed_long_line(tmp: Path) -> str:
    def item(notes: str) -> str:
        return f"<item><title>Episode</title><description>{notes}</description></item>"
    return ("<rss><channel>" + item("Isaac Deutscher, The Prophet Armed (1954)") +
            item(TEN_MB) + item("E. H. Carr, What Is History? (1961)") + "</channel></rss>")


def _absolute_entity(tmp: Path) -> str:
    marker = (tmp / "marker.txt").resolve()
    marker.write_text((HOSTILE / "hostile-marker.txt").read_text(encoding="utf-8"))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "{marker.as_uri()}">'
            f'\n<!ENTITY % pe SYSTEM "{marker.as_uri()}">\n%pe;\n]>\n<rss><channel>\n'
            "<item><title>&xxe;</title><description>Isaac Deutscher, The Prophet Armed (1954)"
            "</description></item>\n</channel></rss>\n")


GENERATED: dict[str, Callable[[Path], str]] = {
    "csljson-deep-100k.json": _deep_array,
    "csljson-deep-100k-item.json": _deep_item,
    "csljson-10mb-line.json": _json_long_line,
    "ris-10mb-line.ris": _ris_long_line,
    "notes-10mb-line.txt": _text_long_line,
    "notes-10mb-line.html": _html_long_line,
    "feed-10mb-line.xml": _feed_long_line,
    "feed-external-entity-absolute.xml": _absolute_entity,
}


def _cases() -> list[dict[str, Any]]:
    with (HOSTILE / "cases.toml").open("rb") as handle:
        cases: list[dict[str, Any]] = tomllib.load(handle)["case"]
    return cases


def test_every_hostile_file_is_a_case() -> None:
    listed = {case["file"] for case in _cases()}
    on_disk = {p.name for p in HOSTILE.iterdir()} - {"cases.toml", "hostile-marker.txt"}
    assert listed - set(GENERATED) == on_disk
    assert set(GENERATED) <= listed


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case["file"])
def test_hostile_input(case: dict[str, Any], tmp_path: Path) -> None:
    if case.get("generated"):
        path = tmp_path / case["file"]
        path.write_text(GENERATED[case["file"]](tmp_path), encoding="utf-8")
        cwd = tmp_path
    else:
        path, cwd = HOSTILE / case["file"], HOSTILE
    done = subprocess.run(
        [sys.executable, "-m", "biblio", "convert", path.name, "--to", "csl-json", "--offline"],
        cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=SECONDS,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert MARKER not in done.stdout + done.stderr
    assert done.returncode == case["status"], done.stderr
    titles = [item.get("title", "") for item in json.loads(done.stdout)]
    assert [t for t in titles if t not in case.get("may_read", [])] == case["titles"], \
        done.stderr
    said = [line.removeprefix("biblio: ") for line in done.stderr.splitlines()
            if line.startswith(f"biblio: {path.name}:")]
    expected = case.get("messages", [])
    assert len(said) == len(expected), done.stderr
    for line, text in expected:
        assert any(s.startswith(f"{path.name}:{line}: ") and text in s for s in said), \
            (line, text, said)
