"""Formatted reading lists: records → plain text, Markdown or HTML in a CSL style.

The writers behind ``--to text|markdown|html --style STYLE`` and
``biblio.dumps(records, "markdown", style="apa")``.  citeproc-py renders each
entry with its styling as marks (`biblio.formats.csl_render`); here the text
is escaped for the output form and the marks become ``*…*`` or ``<i>…</i>``.

Each entry links to the work: its DOI, else its URL, else its Open Library
page when a lookup matched the book there (the edition or work key kept in
the record's provenance).  Markdown and HTML link the title; plain text
puts the link after the entry.  An entry whose style prints no title gets
the link after it in every form, unless the style already printed it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from ..config import DEFAULT_APIS
from ..model import Record
from . import csl_render
from .csl_render import BOLD, ITALIC, SMALL_CAPS, SUBSCRIPT, SUPERSCRIPT, TITLE, UNDERLINE
from .csl_styles import DEFAULT_STYLE, resolve

_PIECES = re.compile(f"([{csl_render.MARKS}])")
# mark character → (kind, opens)
_KINDS: dict[str, tuple[str, bool]] = {
    char: (kind, i == 0)
    for kind, marks in (("italic", ITALIC), ("bold", BOLD), ("small-caps", SMALL_CAPS),
                        ("sup", SUPERSCRIPT), ("sub", SUBSCRIPT), ("underline", UNDERLINE),
                        ("title", TITLE))
    for i, char in enumerate(marks)
}
_HTML_TAGS: dict[str, tuple[str, str]] = {
    "italic": ("<i>", "</i>"),
    "bold": ("<b>", "</b>"),
    "small-caps": ('<span style="font-variant:small-caps">', "</span>"),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "underline": ("<u>", "</u>"),
}
_MARKDOWN_TAGS: dict[str, tuple[str, str]] = {"italic": ("*", "*"), "bold": ("**", "**")}

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>~])")
_MARKDOWN_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")  # "&amp;" would render as "&"
# What would make a list item a heading, a nested list or a numbered list.
_MARKDOWN_BLOCK = re.compile(r"^(?:([#+-])|(\d{1,9})([.)]))")
_OPEN_LIBRARY_KEY = re.compile(r"/(?:books|isbn|works)/[0-9A-Za-z]+")
_DOI_PREFIX = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
_URL_SAFE = ":/?#[]@!$&'*+,;=%~"  # with letters, digits and "_.-": kept as they are


def write_text(records: list[Record], style: str = DEFAULT_STYLE, **options: Any) -> str:
    """One entry a line, its link after it."""
    del options  # the other writers' options (ascii, problems…) mean nothing here
    lines = []
    for entry, link in _entries(records, style):
        text = _plain(entry)
        lines.append(f"{text} {link}" if link and link not in text else text)
    return "".join(line + "\n" for line in lines)


def write_markdown(records: list[Record], style: str = DEFAULT_STYLE, **options: Any) -> str:
    """A Markdown list ("- " items): text escaped, italics as *…*, titles linked."""
    del options
    lines = []
    for entry, link in _entries(records, style):
        link_marks = ("[", f"]({link})") if link else None
        text, linked = _convert(entry, _markdown_escape, _MARKDOWN_TAGS, link_marks)
        text = _MARKDOWN_BLOCK.sub(lambda m: "\\" + m[0] if m[1] else f"{m[2]}\\{m[3]}", text)
        if link and not linked and link not in _plain(entry):
            text += f" <{link}>"
        lines.append(f"- {text}\n")
    return "".join(lines)


def write_html(records: list[Record], style: str = DEFAULT_STYLE, **options: Any) -> str:
    """An HTML list (``<ul class="csl-bib-body">``), text escaped, titles linked."""
    del options
    items = []
    for entry, link in _entries(records, style):
        href = html.escape(link, quote=True) if link else ""
        text, linked = _convert(entry, _html_escape, _HTML_TAGS,
                                (f'<a href="{href}">', "</a>") if link else None)
        if link and not linked and link not in _plain(entry):
            text += f' <a href="{href}">{html.escape(link, quote=False)}</a>'
        items.append(f'  <li class="csl-entry">{text}</li>\n')
    return '<ul class="csl-bib-body">\n' + "".join(items) + "</ul>\n"


def link(record: Record) -> str | None:
    """Where the entry points: https://doi.org/DOI, else the URL, else the Open Library page."""
    if record.doi and record.doi.strip():
        return _url("https://doi.org/" + _DOI_PREFIX.sub("", record.doi.strip()))
    if record.url and re.match(r"https?://\S", record.url.strip(), re.IGNORECASE):
        return _url(record.url.strip())
    keys = [source.key for source in record.sources.values()
            if source.provider == "openlibrary" and source.key
            and _OPEN_LIBRARY_KEY.fullmatch(source.key)]
    if not keys:
        return None
    # An edition's page before the work's: the ISBN and publisher are the edition's.
    key = min(keys, key=lambda k: k.startswith("/works/"))
    return DEFAULT_APIS["openlibrary"].base_url + key


def _url(text: str) -> str:
    """`text` with what may not stand in a URL, a Markdown link or an autolink
    (spaces, quotes, angle brackets, parentheses) percent-encoded."""
    return quote(text, safe=_URL_SAFE)


def _entries(records: Sequence[Record], style: str) -> list[tuple[str, str | None]]:
    entries = csl_render.render(records, resolve(style))
    return [(entry.marked, link(entry.record)) for entry in entries]


def _plain(marked: str) -> str:
    return _convert(marked, str, {}, None)[0]


def _convert(marked: str, escape: Callable[[str], str], tags: dict[str, tuple[str, str]],
             link_tags: tuple[str, str] | None) -> tuple[str, bool]:
    """Marked text in one output form, and whether the title got the link.

    Styling nested in the same styling (italics in italics) is not repeated;
    only the first title is linked.
    """
    out: list[str] = []
    depth: dict[str, int] = {}
    linking = linked = False
    for piece in _PIECES.split(marked):
        if piece not in _KINDS:
            out.append(escape(piece))
            continue
        kind, opens = _KINDS[piece]
        if kind == "title":
            if link_tags is not None and opens and not linked:
                out.append(link_tags[0])
                linking = True
            elif linking and not opens:
                out.append(link_tags[1] if link_tags else "")
                linking, linked = False, True
            continue
        level = depth.get(kind, 0) + (1 if opens else -1)
        depth[kind] = level
        if kind in tags and level == (1 if opens else 0):
            out.append(tags[kind][0 if opens else 1])
    return "".join(out), linked


def _markdown_escape(text: str) -> str:
    return _MARKDOWN_ENTITY.sub(r"\\&", _MARKDOWN_SPECIAL.sub(r"\\\1", text))


def _html_escape(text: str) -> str:
    return html.escape(text, quote=False)
