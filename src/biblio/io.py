"""The Python API for bibliography files: load, read, dumps, dump, convert.

Every reader is reached through the format registry
(``formats.get(name).read(text, source)``), so the show-notes readers plug
in here and in ``biblio convert`` without changes.  Bytes are decoded here,
once, for every format.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import formats
from .model import Record
from .problems import BiblioError, Problem, ReadResult, errors, line_list
from .report import ReportLine

if TYPE_CHECKING:
    from .engine import Scope
    from .lookup.service import LookupSettings

PathOrText = str | Path


_RIS_START = re.compile(r"^\ufeff?\s*TY {1,2}-", re.MULTILINE)
# A JSON array of objects (or an empty one), or one object: not a Markdown
# "[link](…)" or a "{placeholder}" at the start of show notes.
_CSL_JSON_START = re.compile(r'\ufeff?\s*(?:\[\s*[{\]]|\{\s*")')
_BIBTEX_ENTRY = re.compile(r"^\ufeff?\s*@[A-Za-z]+\s*[{(]", re.MULTILINE)
_NOTES_HEAD = 20_000  # characters the show-notes guess looks at
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Characters a cp1252 / latin-1 text plausibly holds beyond ASCII.
_CP1252_PUNCTUATION = set("„“”‘’‚–—…•©®°±·×÷€£¥§¶«»¿¡\u00a0ªº¹²³¼½¾")


# ---------------------------------------------------------------- reading


def read(source: PathOrText, format: str | None = None) -> ReadResult:
    """Records and problems from a file path or from text.

    A `Path`, or a one-line string that does not start like a bibliography
    (``@``, ``[``, ``{``), is a file name; anything else is the text itself.
    """
    if _is_text(source):
        text = str(source)
        return reads(text, format or sniff(text), "<string>")
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BiblioError(f"{path}: no such file") from None
    except OSError as exc:
        raise BiblioError(f"{path}: cannot read ({exc.strerror})") from None
    return read_bytes(data, str(path), format)


def read_bytes(data: bytes, source: str, format: str | None = None) -> ReadResult:
    """Decode `data` (see `decode`) and read it; `source` names it in problems."""
    text, problems = decode(data, source)
    name = format or formats.from_extension(source) or sniff(text)
    result = reads(text, name, source)
    result.problems[:0] = problems
    return result


def reads(text: str, format: str, source: str = "<string>") -> ReadResult:
    """Read text in a known format."""
    reader = formats.get(format).read
    with gc_paused():
        result: ReadResult = reader(text, source)
    return result


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while records are built or written.

    Reading makes hundreds of thousands of small objects and no reference
    cycles, yet each collection walks all the objects made so far: about 40 %
    of the time of reading 10,000 BibTeX entries.  Collection resumes after.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def load(source: PathOrText, format: str | None = None) -> list[Record]:
    """The records of a file or text; raises BiblioError if any part was unusable.

    Warnings (input read anyway) do not raise; `read` returns them.
    """
    result = read(source, format)
    failed = errors(result.problems)
    if failed:
        details = "\n".join(str(p) for p in failed[:10])
        more = len(failed) - 10
        raise BiblioError(details + (f"\n… and {more} more problems" if more > 0 else ""))
    return result.records


def loads(text: str, format: str | None = None) -> list[Record]:
    """The records in `text` (format sniffed when not given)."""
    result = reads(text, format or sniff(text), "<string>")
    failed = errors(result.problems)
    if failed:
        raise BiblioError("\n".join(str(p) for p in failed[:10]))
    return result.records


def _is_text(source: PathOrText) -> bool:
    if isinstance(source, Path):
        return False
    return "\n" in source or source.lstrip()[:1] in ("@", "[", "{")


def sniff(text: str) -> str:
    """The format of `text` by its content, so stdin needs no ``--from``.

    Bibliographies are told by how they start (a JSON array or object, an
    ``@entry{``, a RIS ``TY  -`` line); anything else is show notes, whose
    kind (feed, HTML, Markdown, text) the extractor guesses from its markup.
    """
    if _CSL_JSON_START.match(text):
        return "csl-json"
    if _BIBTEX_ENTRY.search(text):
        return "bibtex"
    if _RIS_START.search(text):
        return "ris"
    from .extract import detect_format  # the show-notes layer, only when it is needed

    return detect_format(text[:_NOTES_HEAD])


def decode(data: bytes, source: str) -> tuple[str, list[Problem]]:
    """Text of a file: UTF-8 (BOM stripped), UTF-16 with or without a BOM, or clear cp1252.

    A file of UTF-8 lines and cp1252 lines (two files pasted together) is read
    line by line.  Bytes that fit none of these are replaced by U+FFFD and
    reported with their line numbers, so the rest of the file still converts.
    NUL bytes and byte-order marks inside the text (``cat a.bib b.bib``) are
    dropped: no format gives them a meaning, and they hide the line they start.
    """
    text, problems = _decoded(data, source)
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if "\x00" in text:
        lines = _lines_with(text, "\x00")
        text = text.replace("\x00", "")
        problems.append(Problem(source, lines[0], f"NUL bytes removed ({line_list(lines)})",
                                warning=True))
    return text, problems


def _decoded(data: bytes, source: str) -> tuple[str, list[Problem]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), []
            except UnicodeDecodeError as exc:
                return _replace_bad(data[len(bom):], encoding, source, exc)
    if b"\x00" in data:
        wide = _bomless_utf16(data)
        if wide is not None:
            return wide, []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return _line_by_line(data, source)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: mostly-ASCII text has a NUL in every other byte."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(data) % 2 or max(even, odd) < len(head) // 4 or min(even, odd) > 0:
        return None
    try:
        return data.decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return None


def _as_cp1252(data: bytes) -> str | None:
    """The cp1252 reading of `data` when every non-ASCII character is plausible."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for char in text:
        if ord(char) > 127 and not (char.isalpha() or char in _CP1252_PUNCTUATION):
            return None
    return text


def _line_by_line(data: bytes, source: str) -> tuple[str, list[Problem]]:
    """Each line as UTF-8, else as clear cp1252, else with U+FFFD for what neither reads.

    A clear cp1252 file is read silently; cp1252 lines among UTF-8 ones are a warning.
    """
    out: list[str] = []
    legacy: list[int] = []
    bad: list[int] = []
    first_bad: tuple[int, int] | None = None  # (line, byte)
    utf8 = False  # some line needs UTF-8 (is not plain ASCII)
    for number, raw in enumerate(data.split(b"\n"), 1):
        try:
            out.append(raw.decode("utf-8"))
            utf8 = utf8 or not raw.isascii()
            continue
        except UnicodeDecodeError as exc:
            error = exc
        text = _as_cp1252(raw)
        if text is not None:
            legacy.append(number)
            out.append(text)
            continue
        bad.append(number)
        first_bad = first_bad or (number, raw[error.start])
        out.append(raw.decode("utf-8", errors="replace"))
    problems: list[Problem] = []
    if legacy and utf8:
        problems.append(Problem(source, legacy[0], f"not UTF-8 ({line_list(legacy)}): read as "
                                "Windows-1252; save the file as UTF-8", warning=True))
    if first_bad is not None:
        problems.append(Problem(source, first_bad[0], _unreadable("UTF-8", first_bad[1], bad)))
    return "\n".join(out), problems


def _replace_bad(
    data: bytes, encoding: str, source: str, first: UnicodeDecodeError
) -> tuple[str, list[Problem]]:
    text = data.decode(encoding, errors="replace")
    bad_lines = _lines_with(text, "\ufffd")
    line = bad_lines[0] if bad_lines else data[: first.start].count(b"\n") + 1
    return text, [Problem(source, line, _unreadable(encoding.upper(), data[first.start],
                                                    bad_lines))]


def _unreadable(encoding: str, byte: int, lines: list[int]) -> str:
    return (f"not valid {encoding} (byte 0x{byte:02x}; {line_list(lines)}); "
            "unreadable characters were replaced by \ufffd: save the file as UTF-8")


def _lines_with(text: str, char: str) -> list[int]:
    return [i for i, line in enumerate(text.split("\n"), 1) if char in line]


# ---------------------------------------------------------------- writing


def dumps(records: Iterable[Record], format: str, **options: Any) -> str:
    """Text in an output format (``bibtex``, ``biblatex``, ``csl-json``, ``ris``), or a
    reading list formatted in a CSL style (``text``, ``markdown``, ``html``).

    Options go to the writer, e.g. ``ascii=True`` for LaTeX-encoded BibTeX, or
    ``style="chicago-author-date"`` for a reading list (APA by default;
    docs/styles.md lists the names).
    """
    formats.check_style(format, options.get("style"))
    text: str = formats.writer(format)(list(records), **options)
    return text


def dump(records: Iterable[Record], path: str | Path, format: str | None = None,
         **options: Any) -> None:
    """Write a file; the format comes from its extension unless given."""
    name = format or formats.from_extension(path)
    if name not in formats.OUTPUT_FORMATS:
        raise BiblioError(f"{path}: cannot tell the output format; name it with format=")
    Path(path).write_text(dumps(records, name, **options), encoding="utf-8")


# ---------------------------------------------------------------- converting


@dataclass
class Conversion:
    """The outcome of `convert`: what was written and what went wrong."""

    output: str
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)
    # Show notes only: what became of every input line (`biblio.report.Report(lines)`).
    lines: list[ReportLine] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input was lost (warnings allowed)."""
        return not errors(self.problems)


def convert(
    inputs: Sequence[str],
    to: str,
    from_format: str | None = None,
    *,
    enrich: Scope = "none",
    lookup: LookupSettings | None = None,
    write_options: Mapping[str, Any] | None = None,
    include_source: bool = False,
) -> Conversion:
    """Read every input (``-`` is stdin), look works up, write one `to` text.

    This is the engine `biblio convert` runs, with the output kept in memory.
    `enrich` says which records are looked up in the book APIs (none by
    default: a library call makes no request unless asked; "notes" for the
    citations read from show notes, "all" for every record), with `lookup`'s
    options.  `write_options` go to the writer (``{"ascii": True}`` for BibTeX);
    its warnings join the problems.

    An input that cannot be read at all becomes a problem like a bad entry,
    so one broken file does not stop the others.  Records without an id, and
    records whose id an earlier input already used, get a citation key.
    With `include_source`, show notes also give the episode they describe.
    """
    from . import engine  # the engine imports this module's reader helpers

    if to not in formats.OUTPUT_FORMATS:
        known = ", ".join(formats.OUTPUT_FORMATS)
        raise BiblioError(f"cannot write {to!r} (output formats: {known})")
    formats.check_style(to, (write_options or {}).get("style"))
    if from_format is not None:
        formats.get(from_format)  # unknown names fail before any reading
    sink, report = _Records(), engine.ReportLines()
    result, _ = engine.run(inputs, to, input_format=from_format, report=report,
                           enrich=enrich, lookup=lookup, include_source=include_source,
                           sink=sink)
    written: list[Problem] = []  # the writer's warnings (characters --ascii cannot encode)
    output = dumps(sink.records, to, **{"problems": written, **(write_options or {})})
    return Conversion(output, sink.records, result.problems + written, list(inputs),
                      report.lines)


class _Records:
    """An engine sink that keeps the records."""

    def __init__(self) -> None:
        self.records: list[Record] = []

    def add(self, record: Record) -> None:
        self.records.append(record)

    def commit(self) -> None:
        """The records are already the caller's."""

    def abort(self) -> None:
        self.records.clear()
