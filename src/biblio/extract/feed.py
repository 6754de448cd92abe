"""Podcast feeds (RSS 2.0 with iTunes tags, Atom): one document, many episodes.

Parsed with defusedxml's SAX reader (no entity expansion, no external
resources) because SAX reports the line of every element, which the report
needs.  Each item's notes (content:encoded, else description / Atom content,
else summary) are HTML and go through the HTML path; plain-text notes go
through the plain-text path.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any
from xml.sax import SAXException, SAXParseException
from xml.sax.handler import ContentHandler, feature_namespaces
from xml.sax.xmlreader import InputSource, Locator

import defusedxml.sax
from defusedxml import DefusedXmlException

from .blocks import Episode
from .dates import iso_date

_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
_ATOM = "http://www.w3.org/2005/Atom"
_DC = "http://purl.org/dc/elements/1.1/"
_RSS1 = "http://purl.org/rss/1.0/"

# Notes elements, best first: the first one an item has is used, the others are summaries.
_NOTES = [
    (_CONTENT, "encoded"), (None, "description"), (_RSS1, "description"), (_ATOM, "content"),
    (_ITUNES, "summary"), (_ATOM, "summary"),
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
    error: tuple[int, str] | None = None  # (line, message) when the XML broke off


def read_feed(text: str) -> Feed:
    """Parse a feed; on malformed XML, keep what came before and report where it broke."""
    handler = _Handler()
    parser = defusedxml.sax.make_parser()
    parser.setFeature(feature_namespaces, True)
    parser.setContentHandler(handler)
    source = InputSource()
    source.setCharacterStream(io.StringIO(text))
    error: tuple[int, str] | None = None
    try:
        parser.parse(source)
    except SAXParseException as exc:
        error = (exc.getLineNumber() or 1, f"not well-formed XML: {exc.getMessage()}")
    except (SAXException, DefusedXmlException, ValueError) as exc:
        line = handler.locator.getLineNumber() if handler.locator else 1
        error = (line or 1, f"unreadable feed: {exc}")
    return Feed(handler.show, handler.channel_texts, handler.items, error)


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

    def setDocumentLocator(self, locator: Locator) -> None:
        self.locator = locator

    def _line(self) -> int:
        return (self.locator.getLineNumber() if self.locator else None) or 1

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
