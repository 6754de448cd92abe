"""Finding a batch's inputs: files, directories (walked), glob patterns and stdin.

An archive is usually a folder of episode notes and feeds; every file whose
extension names a format biblio reads is taken, in a stable (sorted) order so
that two runs over the same archive produce the same output.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import formats
from ..problems import BiblioError

STDIN = "-"


@dataclass(frozen=True)
class Input:
    """One file to read and the format to read it as; `path` None means stdin.

    `format` None: told by the content (`biblio.io.sniff`), as stdin and files
    without a known extension are.
    """

    path: Path | None
    format: str | None

    @property
    def source(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


def _walk(directory: Path) -> list[Path]:
    """Files under `directory` in a known format, skipping hidden files and folders."""
    found = []
    for path in directory.rglob("*"):
        parts = path.relative_to(directory).parts
        if any(p.startswith(".") for p in parts) or not path.is_file():
            continue
        if formats.from_extension(path) is not None:
            found.append(path)
    return sorted(found)


def _format_for(path: Path, forced: str | None) -> str | None:
    """The format by `--from` or the extension; None: told by the content when read."""
    return forced or formats.from_extension(path)


def discover(specs: Iterable[str], forced_format: str | None = None) -> list[Input]:
    """The inputs named by `specs`, each once, in the order given (folders sorted).

    `forced_format` (``--from``) applies to every file; otherwise a file named
    explicitly must have a known extension, and folders and patterns keep only
    the files that have one.
    """
    inputs: list[Input] = []
    seen: set[Path] = set()

    def add(path: Path | None, fmt: str | None) -> None:
        if path is not None:
            resolved = path.resolve()
            if resolved in seen:
                return
            seen.add(resolved)
        inputs.append(Input(path, fmt))

    for spec in specs:
        if spec == STDIN:
            add(None, forced_format)
            continue
        path = Path(spec).expanduser()
        if path.is_dir():
            files = _walk(path)
            if not files:
                raise BiblioError(f"{spec}: no files in a format biblio reads "
                                  "(.txt, .md, .html, .xml/.rss/.atom, .bib, .ris, .json)")
            for file in files:
                add(file, _format_for(file, forced_format))
        elif path.is_file():
            add(path, _format_for(path, forced_format))
        elif glob.has_magic(spec):
            matches = sorted(Path(m) for m in glob.glob(str(path), recursive=True))
            files = [m for m in matches if m.is_file() and
                     (forced_format or formats.from_extension(m) is not None)]
            if not files:
                raise BiblioError(f"{spec}: the pattern matches no file in a format biblio reads")
            for file in files:
                add(file, _format_for(file, forced_format))
        else:  # reading it reports the missing file, and the other inputs still convert
            add(path, _format_for(path, forced_format))
    return inputs
