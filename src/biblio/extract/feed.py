"""Podcast feeds (RSS 2.0 with iTunes tags, Atom): one document, many episodes.

Parsed with defusedxml's SAX reader (no entity expansion, no external
resources) because SAX reports the line of every element, which the report
needs.  The text is repaired first (`feed_repair`: no DOCTYPE, undefined
entities kept as text), and where the XML still breaks, reading resumes at
the next item, so one broken episode does not cost the others.  Each item's
notes (content:encoded, else description / Atom content, else summary) are
HTML and go through the HTML path; plain-text notes go through the
plain-text path.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any
from xml.sax import SAXException, SAXParseException
from xml.sax.expatreader import ExpatLocator
from xml.sax.handler import ContentHandler, feature_namespaces
from xml.sax.xmlreader import Locator

import defusedxml.sax
from defusedxml import DefusedXmlException

from .blocks import Episode
from .dates import iso_date
from .feed_repair import repair

_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
_ATOM = "http://www.w3.org/2005/Atom"
_DC = "http://purl.org/dc/elements/1.1/"
_RSS1 = "http://purl.org/rss/1.0/"

# Notes elements, best first: the first one an item has is used, the others are summaries
# (iTunes' one-line subtitle last: some feeds name the episode's films there alone).
_NOTES = [
    (_CONTENT, "encoded"), (None, "description"), (_RSS1, "description"), (_ATOM, "content"),
    (_ITUNES, "summary"), (_ATOM, "summary"), (_ITUNES, "subtitle"),
]
_FIELDS = {
    (None, "title"): "title", (_ATOM, "title"): "title", (_ITUNES, "title"): "title",
    (_RSS1, "title"): "title", (_RSS1, "link"): "link",
    (None, "link"): "link", (None, "pubDate"): "date", (_ATOM, "published"): "date",
    (_ATOM, "updated"): "updated", (_DC, "date"): "date",
    (_ITUNES, "episode"): "number", (_ITUNES, "season"): "season",
    (_ITUNES, "author"): "author", (None, "guid"): "guid", (_ATOM, "id"): "guid",
    **{name: "notes" for name in _NOTES},
}
_ITEMS = {(None, "item"), (_ATOM, "entry"), (_RSS1, "item")}
_TAG = re.compile(r"<[A-Za-z/!]")
_NEWLINE = re.compile("\n")
_PIECE = 1 << 16  # characters given to the parser at a time
_ITEM_START = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
_START_OR_END = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>"
    r"|<(?P<close>/)?(?P<name>[\w.:-]+)(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(?P<empty>/)?>",
    re.DOTALL)


@dataclass
class FeedText:
    """The text of one element, with the line where it starts."""

    field: str
    line: int
    text: str
    is_html: bool = True


@dataclass
class FeedItem:
    """One episode: its metadata and its notes."""

    episode: Episode
    line: int
    texts: list[FeedText] = field(default_factory=list)
    notes_tag: tuple[str | None, str] | None = None

    @property
    def notes(self) -> FeedText | None:
        for text in self.texts:
            if text.field == "notes":
                return text
        return None


@dataclass
class Feed:
    """A parsed feed: the show (as an Episode with only `show` set) and its items."""

    show: Episode
    channel_texts: list[FeedText]
    items: list[FeedItem]
    # (line, message): where the XML broke (items are lost there), and what was repaired
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)


def read_feed(text: str) -> Feed:
    """Parse a feed; where the XML breaks, report the line and go on at the next item."""
    repaired = repair(text)
    text = repaired.text
    handler = _Handler()
    errors: list[tuple[int, str]] = []
    wrapper, start = "", 0  # the start tags around a resumed part, and where it starts
    line_starts: list[int] = []
    while True:
        broke = _parse(wrapper, text, start, handler)
        if broke is None:
            break
        line, column, message = broke
        errors.append((line, message))
        if not line_starts:
            line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
            wrapper = _wrapper(text)
        first = line == handler.line_offset + 1  # the line the parsed part starts in
        offset = start + column - len(wrapper) if first and start else \
            line_starts[min(line, len(line_starts)) - 1] + column
        resume = _resume_point(text, max(offset, start + 1))
        if resume is None:
            break
        start = resume
        handler.restart(bisect_right(line_starts, start) - 1)
    return Feed(handler.show, handler.channel_texts, handler.items, errors, repaired.warnings)


def _parse(wrapper: str, text: str, start: int, handler: _Handler) -> tuple[int, int, str] | None:
    """Give `handler` `wrapper` then `text` from `start`, in pieces, so that going on
    after a break costs only the text read up to the next one.

    Returns (line in `text`, column, message) where the XML broke, or None.
    """
    parser = defusedxml.sax.make_parser()
    parser.setFeature(feature_namespaces, True)
    parser.setContentHandler(handler)
    try:
        parser.feed(wrapper)  # starts the document
        handler.setDocumentLocator(ExpatLocator(parser))  # as parse() would
        for at in range(start, len(text), _PIECE):
            parser.feed(text[at:at + _PIECE])
        parser.close()
    except SAXParseException as exc:
        return (handler.line_offset + (exc.getLineNumber() or 1), exc.getColumnNumber() or 0,
                f"not well-formed XML: {exc.getMessage()}")
    except DefusedXmlException:
        return (handler._line(), 0, "the feed declares entities in a DOCTYPE that does not end; "
                "nothing was expanded or fetched")
    except (SAXException, ValueError) as exc:
        return handler._line(), 0, f"unreadable feed: {exc}"
    return None


def _resume_point(text: str, after: int) -> int | None:
    """Where the first item opening at or after `after` starts."""
    found = _ITEM_START.search(text, after)
    return found.start() if found else None


def _wrapper(text: str) -> str:
    """The start tags open at the first item (the root with its namespaces, the channel),
    on one line: what a part of the feed resumed at a later item is parsed inside."""
    first = _ITEM_START.search(text)
    opened: list[tuple[str, str]] = []
    for tag in _START_OR_END.finditer(text[: first.start() if first else 0]):
        name = tag.group("name")
        if name is None:  # a comment, CDATA or processing instruction
            continue
        if tag.group("close"):
            while opened and opened.pop()[0] != name:
                pass
        elif not tag.group("empty"):
            opened.append((name, " ".join(tag.group().split())))
    return "".join(raw for _, raw in opened)


class _Handler(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.locator: Locator | None = None
        self.show = Episode()
        self.channel_texts: list[FeedText] = []
        self.items: list[FeedItem] = []
        self.item: FeedItem | None = None
        self.depth = 0
        self.capture: tuple[str, int, tuple[str | None, str]] | None = None  # field, depth, tag
        self.buffer: list[str] = []
        self.start_line: int | None = None
        self.xhtml_depth = 0  # > 0 inside Atom type="xhtml" content
        self.line_offset = 0  # lines before the part being parsed (after a break)

    def restart(self, line_offset: int) -> None:
        """Forget the element the XML broke in, to go on with the next item.

        `line_offset`: the lines of the feed before the part parsed next.
        """
        self.item, self.capture, self.buffer, self.start_line = None, None, [], None
        self.depth = self.xhtml_depth = 0
        self.line_offset = line_offset

    def setDocumentLocator(self, locator: Locator) -> None:
        self.locator = locator

    def _line(self) -> int:
        return self.line_offset + ((self.locator.getLineNumber() if self.locator else None) or 1)

    def startElementNS(self, name: tuple[str | None, str], qname: str | None,
                       attrs: Any) -> None:
        self.depth += 1
        if self.capture is not None:
            if self.xhtml_depth:
                self.xhtml_depth += 1
                attributes = "".join(f' {key[1]}="{_escape(value)}"'
                                     for key, value in attrs.items())
                self._text(f"<{name[1]}{attributes}>")
            return
        if name in _ITEMS:
            self.item = FeedItem(Episode(show=self.show.show), self._line())
            self.items.append(self.item)
            return
        if name == (_ATOM, "link"):
            rel = attrs.get((None, "rel"), "alternate")
            href = attrs.get((None, "href"))
            if href and rel == "alternate":
                target = self.item.episode if self.item else self.show
                target.url = target.url or href
            return
        kind = _FIELDS.get(name)
        if kind is None:
            return
        self.capture = (kind, self.depth, name)
        self.buffer = []
        self.start_line = None
        kind_attr = attrs.get((None, "type"), "")
        if name == (_ATOM, "content") and kind_attr == "xhtml":
            self.xhtml_depth = 1

    def characters(self, content: str) -> None:
        if self.capture is not None:
            self._text(_escape(content) if self.xhtml_depth else content)

    def _text(self, content: str) -> None:
        if self.start_line is None:
            self.start_line = self._line()
        self.buffer.append(content)

    def endElementNS(self, name: tuple[str | None, str], qname: str | None) -> None:
        if self.capture is not None and self.xhtml_depth > 1:
            self.xhtml_depth -= 1
            self._text(f"</{name[1]}>")
        elif self.capture is not None and self.depth == self.capture[1]:
            self._finish()
        elif name in _ITEMS:
            self.item = None
        self.depth -= 1

    def _finish(self) -> None:
        assert self.capture is not None
        kind, _, tag = self.capture
        text = "".join(self.buffer)
        line = self.start_line or self._line()
        is_html = self.xhtml_depth > 0 or bool(_TAG.search(text))
        self.capture, self.buffer, self.start_line, self.xhtml_depth = None, [], None, 0
        value = " ".join(text.split())
        if self.item is None:
            if kind == "title" and self.show.show is None:
                self.show.show = value or None
            elif kind == "link" and self.show.url is None:
                self.show.url = value or None
            if value:
                self.channel_texts.append(FeedText(kind, line, text, is_html))
            return
        episode = self.item.episode
        if kind == "notes":
            if self.item.notes_tag is not None and _NOTES.index(tag) >= _NOTES.index(
                    self.item.notes_tag):
                kind = "summary"
            else:
                for old in self.item.texts:
                    if old.field == "notes":
                        old.field = "summary"
                self.item.notes_tag = tag
        elif kind == "title":
            episode.title = episode.title or value or None
        elif kind == "link":
            episode.url = episode.url or value or None
        elif kind in ("date", "updated"):
            episode.date = episode.date or iso_date(value)
        elif kind == "number":
            episode.number = value or None
        elif kind == "season":
            episode.season = value or None
        elif kind == "author" and value and not episode.people:
            episode.people = [value]
        if value:
            self.item.texts.append(FeedText(kind, line, text, is_html))


def _escape(value: str) -> str:
    """`value` as HTML text or attribute (for Atom content re-serialised from XHTML)."""
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
