"""Records → bibliography entries through citeproc-py, with the markup kept as marks.

citeproc-py's own HTML output escapes some text and not the rest (names and
publishers pass through raw), so each entry is rendered once with a
formatter that only *marks* the styling — private-use characters around
italic, bold… text and around the title — and `biblio.formats.styled`
escapes the text and turns the marks into Markdown or HTML itself.

Sorting follows the style's ``<bibliography><sort>``: a first pass on clean
copies of the records gives the order (marks would sort a title after every
name), and the entries are rendered in that order, so numbered styles count
in it too.

Where citeproc-py (CSL 1.0.1) falls short of a style, the style or the
record handed to it is adjusted so that the entry still reads right; the
gaps left are listed in docs/styles.md:

* CSL 1.0.2 ``initialize="false"`` (Chicago, MLA: full given names) is
  ignored, so every name would be initialised: the style's ``initialize-with``
  is moved onto the names that want initials.
* ``second-field-align`` gets no gap between the number and the entry
  ("[1]F. Borkenau"): the number gets a trailing space.
* ``director`` is unknown: a film with a director and no author is given
  its director as author when the style prints directors at all.
* Zotero's Extra lines (``original-date: 1954``) in ``note`` are printed as
  they are: they are moved into their variables first.
* ``punctuation-in-quote`` is ignored: a period or comma after a closing
  quote moves inside it when the locale asks for that.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON

from ..model import Record
from ..problems import BiblioError
from .extra_lines import take_zotero_extra

# Marks: (open, close) private-use characters around styled text.
ITALIC = ("\ue000", "\ue001")
BOLD = ("\ue002", "\ue003")
SMALL_CAPS = ("\ue004", "\ue005")
SUPERSCRIPT = ("\ue006", "\ue007")
SUBSCRIPT = ("\ue008", "\ue009")
UNDERLINE = ("\ue00a", "\ue00b")
TITLE = ("\ue00c", "\ue00d")  # the record's title: where the link goes
MARKS = "\ue000-\ue00d"

_NO_MARKS = dict.fromkeys(range(0xE000, 0xE00E))
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # not the no-break spaces styles put in
_DOUBLED = re.compile(rf"([.,;:!?])([{MARKS}]+)\1")
_CSL_NS = {"cs": "http://purl.org/net/xbiblio/csl"}


def _wrapper(name: str, marks: tuple[str, str]) -> type[str]:
    """A formatter class: citeproc calls it on text and keeps the str it returns."""
    open_, close = marks

    def new(cls: type[str], text: Any) -> str:
        return str.__new__(cls, f"{open_}{text}{close}")

    return type(name, (str,), {"__new__": new})


class _MarksFormatter:
    """A citeproc-py formatter (the module interface, as a class) writing marks."""

    @staticmethod
    def preformat(text: Any) -> str:
        return str(text)

    Italic = _wrapper("Italic", ITALIC)
    Oblique = Italic
    Bold = _wrapper("Bold", BOLD)
    Light = str
    Underline = _wrapper("Underline", UNDERLINE)
    Superscript = _wrapper("Superscript", SUPERSCRIPT)
    Subscript = _wrapper("Subscript", SUBSCRIPT)
    SmallCaps = _wrapper("SmallCaps", SMALL_CAPS)


@dataclass
class Entry:
    """One rendered bibliography entry: marked text and the record it renders."""

    marked: str
    record: Record


def render(records: Sequence[Record], style_file: Path) -> list[Entry]:
    """Every record's bibliography entry, in the style's order."""
    if not records:
        return []
    style = load_style(style_file)
    directors = _prints_directors(style)
    with warnings.catch_warnings():
        # citeproc-py warns about every CSL variable it does not know (and skips it).
        warnings.filterwarnings("ignore", message=".*unsupported")
        clean = [_item(r, f"r{i}", directors, mark_title=False) for i, r in enumerate(records)]
        sorting = _bibliography(style, clean, formatter.plain)
        sorting.sort()
        order = [int(str(key)[1:]) for key in sorting.keys]
        marked = [_item(records[i], f"r{i}", directors, mark_title=True) for i in order]
        bibliography = _bibliography(style, marked, _MarksFormatter)
        # One item at a time: citeproc-py leaves out an entry that renders to nothing.
        texts = [style.render_bibliography([item]) for item in bibliography.items]
    fix = _Polish(style)
    return [Entry((fix(str(text[0])) if text else "") or _bare(records[i]), records[i])
            for i, text in zip(order, texts, strict=True)]


def _bare(record: Record) -> str:
    """An entry for a record the style prints nothing of (no title, no author…)."""
    text = (record.full_title or record.id).translate(_NO_MARKS)
    return TITLE[0] + text + TITLE[1]


def load_style(path: Path) -> CitationStylesStyle:
    """The style at `path`, adjusted where citeproc-py would misread it."""
    try:
        style = CitationStylesStyle(str(path), validate=False)
    except Exception as exc:  # lxml's and citeproc's errors alike: the file is no style
        raise BiblioError(f"{path}: not a CSL style ({exc})") from None
    if not style.has_bibliography():
        raise BiblioError(f"{path}: this CSL style has no bibliography to write")
    _honour_initialize_false(style.root)
    _space_after_first_field(style.root)
    return style


def _honour_initialize_false(root: Any) -> None:
    """Give ``initialize-with`` only to the names that initialise (CSL 1.0.2).

    Done only when the style sets it once, on ``<style>``: then every name
    inherits the same value wherever its macro is called from.
    """
    mark = root.get("initialize-with")
    names = root.xpath(".//cs:name", namespaces=_CSL_NS)
    if mark is None or not any(n.get("initialize") == "false" for n in names):
        return
    for parent in root.xpath("cs:citation|cs:bibliography", namespaces=_CSL_NS):
        if parent.get("initialize-with") is not None:
            return
    for name in names:
        if name.get("initialize") == "false":
            name.attrib.pop("initialize-with", None)
        elif name.get("initialize-with") is None:
            name.set("initialize-with", mark)
    del root.attrib["initialize-with"]


def _space_after_first_field(root: Any) -> None:
    layout = root.xpath("cs:bibliography[@second-field-align]/cs:layout/*[1]",
                        namespaces=_CSL_NS)
    if layout and not layout[0].get("suffix", "").endswith(" "):
        layout[0].set("suffix", layout[0].get("suffix", "") + " ")


def _prints_directors(style: CitationStylesStyle) -> bool:
    variables = style.root.xpath(".//cs:names/@variable", namespaces=_CSL_NS)
    return any("director" in str(v).split() for v in variables)


def _item(record: Record, key: str, directors: bool, mark_title: bool) -> dict[str, Any]:
    """The CSL item citeproc-py reads right (see the module docstring)."""
    rec = record.copy()
    take_zotero_extra(rec)
    if directors and rec.director and not rec.author:
        rec.author, rec.director = rec.director, []
    # The record's own text must hold no marks (private-use characters).
    item: dict[str, Any] = json.loads(json.dumps(rec.to_csl(), ensure_ascii=False)
                                      .translate(_NO_MARKS))
    item.pop("director", None)  # CSL 1.0.2: citeproc-py cannot print it
    item["id"] = key
    title = item.get("title")
    if mark_title and isinstance(title, str) and title:
        # The opening mark goes after the first character, so that title
        # casing still sees the first word; `_Polish` moves it back.
        item["title"] = title[0] + TITLE[0] + title[1:] + TITLE[1]
    return item


def _bibliography(style: CitationStylesStyle, items: list[dict[str, Any]],
                  output: Any) -> CitationStylesBibliography:
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), output)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return bibliography


class _Polish:
    """Final touches on a marked entry that citeproc-py leaves undone."""

    def __init__(self, style: CitationStylesStyle) -> None:
        layout = style.root.bibliography.layout
        inside = str(layout.get_locale_option("punctuation-in-quote")).lower() == "true"
        quotes = {str(layout.get_single_term("close-quote")),
                  str(layout.get_single_term("close-inner-quote"))} - {""}
        # (punctuation already inside)(marks)(closing quote)(marks)(period or comma)
        self._quoted = re.compile(
            f"([.,!?]?)([{MARKS}]*)([{''.join(map(re.escape, quotes))}])([{MARKS}]*)([.,])"
        ) if inside and quotes else None

    def __call__(self, text: str) -> str:
        start = text.find(TITLE[0])
        if start > 0:  # back before the title's first character
            text = text[:start - 1] + TITLE[0] + text[start - 1] + text[start + 1:]
        if self._quoted is not None:
            text = self._quoted.sub(_inside_quote, text)
        # A title ending in "." before the style's "." (citeproc-py collapses
        # the two only when no styling stands between them).
        text = _DOUBLED.sub(r"\1\2", text)
        # One entry, one line: line breaks in a note or title become spaces.
        return _SPACES.sub(" ", text).strip()


def _inside_quote(m: re.Match[str]) -> str:
    """‘Title’. → ‘Title.’ (American usage), and ‘Title.’. → ‘Title.’."""
    already, before, quote, after, punctuation = m.groups()
    return f"{already}{before}{'' if already else punctuation}{quote}{after}"
