"""HTML notes (pages, and the HTML inside feed items) as blocks with their source lines.

Block elements (p, li, h1–h6, div, td, …) and ``<br>`` end a block; inline
links and emphasis are rewritten as Markdown (``[Title](url)``, ``*Title*``)
because the parser reads those.  Text readers never see (<title>, <script>,
<style>) is neither parsed nor reported; a <head> left open, with the whole
page inside it, is read like the body browsers make of it.  The tree is walked without
recursion, so deeply nested markup cannot exhaust the stack.
"""

from __future__ import annotations

import itertools
import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, ParserRejectedMarkup
from bs4.element import (
    CData,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

from ..parse.rejection import PAGE_NAVIGATION
from ..parse.titles import CASELESS_LETTERS
from .blocks import BLOCK_TAGS, CELL_TAGS, Block, BlockKind, Episode
from .dates import iso_date
from .tables import column_roles, row_citation

# A table row is one block, as a Markdown table row is: its cells ("Title | Author | Year",
# "CC101 | F14 | Gilgamesh, tr. by Ferry | B&N") are joined with commas, less the cells
# that hold no word (course codes, terms, "n/a", a shop's initials); a year stays.  A word
# has two lower-case letters, or is written in a script without case ("三体", "소년이 온다").
_CELL = "\ue000"  # a private-use character: no page holds it, and it is no space
_WORD_CELL = re.compile(r"[^\W\d_]*[a-zß-ÿα-ωа-яё][^\W\d_]*[a-zß-ÿα-ωа-яё]"
                        rf"|[{CASELESS_LETTERS}]|\b(?:1[5-9]|20)\d\d\b")
# Not <head> itself: a page that never closes it has its whole body inside it (the
# HTML parser does not close it implicitly as browsers do), so only what a head
# holds is skipped; meta, link and base have no text.
_SKIP_TAGS = frozenset({
    "title", "script", "style", "noscript", "template", "svg", "iframe", "object",
})
# A page's controls: their words are shown, so each gets its report entry, but no work.
_CONTROL_TAGS = frozenset({"button", "select"})
_EMPHASIS_TAGS = frozenset(["em", "i", "cite"])
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_REASONS: dict[BlockKind, str] = {"code": "preformatted text", "meta": PAGE_NAVIGATION}
_CONTROL = "a button or a menu of the page"
_LINK_TEXT = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
# A tag cut off by the end of a truncated file, which the parser would keep as text.
_CUT_TAG = re.compile(r"<[A-Za-z/!][^<>]*\Z")
# A start tag, its quoted attribute values holding any ">" they like.
_START_TAG = re.compile(r"<[A-Za-z][^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>")
# A page's own names for what an element holds: a bookshelf's cards mark their parts
# (`<h2 class="book-title">`, `class="book-list__title"`, `class="story-author"`,
# `class="bookTitle"`).  Only a work's kind before the part counts: "post-title",
# "entry-title" and "site-title" head pages, not works.  A title is taken from a block
# element only: spans inside a list item ("<li><span class="book_title">…</span> <span
# class="author_name">…</span></li>") are one entry already.
_WORK_PART_CLASS = re.compile(
    r"(?:book|story|novel|film|movie)s?(?:[-_]+list)?[-_]*"
    r"(?P<part>title|subtitle|author|authors|author[-_]name|byline|writer)")
# A bare part's name ("<h3 class="title">") counts inside a list the page names as one of
# works: "<ul class="movie-listing">", "<div class="book-grid">", a few levels up.
_BARE_PART_CLASS = re.compile(r"(?P<part>title|subtitle|author|authors)")
_WORKS_CLASS = re.compile(r"(?:book|story|novel|film|movie)s?"
                          r"(?:[-_]*(?:list|listing|shelf|grid|cards?|items?|collection))?")
_WORKS_CLASS_LEVELS = 4
# A class naming a card's title, the last part of its name: "row__title", "card-title".
_TITLE_CLASS = re.compile(r"(?:^|[-_])title$")
_YEAR_CLASSES = frozenset({"year", "release-year", "release_year", "pub-year", "date"})
_YEAR_TEXT = re.compile(r"(?:1[5-9]|20)\d\d")
# How far after a card's title its author and subtitle may stand (siblings).
_CARD_PARTS = 4
# A source line of a paragraph opening with its number: "12. stalker (1979): 10/10".
_NUMBERED_LINE = re.compile(r"(\d{1,3})[.)]\s+(?=\S)")
_NUMBERED_LINES = 3  # so many lines so numbered make the paragraph a list
CARD_PART_READ = "the author or subtitle of the work above, read with its title"


def html_document(text: str, first_line: int = 1) -> tuple[list[Block], Episode]:
    """The blocks of an HTML document or fragment, and what its head says about the episode.

    `first_line` is the line of the file where `text` starts (for HTML inside a feed).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        markup = _CUT_TAG.sub("", text)
        soup = _soup(markup)
    walker = _Walker(first_line, markup)
    walker.walk(soup)
    walker.flush()  # text after the last block ("… whose book <i>Title</i> came out"), kept
    return walker.blocks, _head_episode(soup)


def _soup(markup: str) -> BeautifulSoup:
    """The page's tree, even when html.parser gives up on all of it over one
    declaration it cannot read ("<![DOCTYPE …", "<![ CDATA"): the page is then
    read again with its marked sections, and at last every declaration, as text."""
    try:
        return BeautifulSoup(markup, "html.parser")
    except ParserRejectedMarkup:
        pass
    try:
        return BeautifulSoup(markup.replace("<![", "&lt;!["), "html.parser")
    except ParserRejectedMarkup:
        return BeautifulSoup(markup.replace("<!", "&lt;!"), "html.parser")


class _Walker:
    """Collects inline text into blocks while walking the tree in document order."""

    def __init__(self, first_line: int, markup: str) -> None:
        self.offset = first_line - 1
        self.markup = markup
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", markup))]
        self.blocks: list[Block] = []
        self.markdown: list[str] = []
        self.plain: list[str] = []
        self.start: int | None = None  # line where the pending block's text starts
        self.cursor = 1  # line (in `text`) the walk has reached
        self.kinds: list[tuple[BlockKind, int, str | None]] = [("paragraph", 0, None)]
        self.card_parts: set[int] = set()  # a card's author and subtitle, read with its title
        self.card_tail = ""  # what they add to the title: ": Subtitle by Author"

    def walk(self, root: Tag) -> None:
        stack: list[tuple[PageElement, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            if leaving:
                self.flush()
                self.kinds.pop()
                continue
            if isinstance(node, _NOT_TEXT):
                self.cursor += str(node).count("\n")
                continue
            if isinstance(node, (NavigableString, CData)):
                self.add_text(str(node), str(node))
                continue
            if not isinstance(node, Tag) or node.name in _SKIP_TAGS:
                continue
            if node.sourceline is not None:
                self.cursor = self._start_tag_end(node)
            if node.name == "table" and self.table(node):
                continue
            part = _work_part(node) if node.name in BLOCK_TAGS else None
            if part == "title" or id(node) in self.card_parts:
                # a card's title, read with the author and subtitle the card gives it;
                # those are then accounted for as read with it
                self.flush()
                if part == "title":
                    self.card_tail = self._card_tail(node)
                self._enter(node, ("card", 0, None) if part == "title"
                            else ("meta", 0, CARD_PART_READ), stack)
                continue
            if node.name == "br":
                self.flush()
            elif node.name == "a" and node.get("href") and not _holds_block(node) \
                    and (titled := _titled_part(node)) is not None:
                # a link around a card's parts: "<a …><span class="row__kind">🎬 Film</span>
                # <span class="row__title">Honey Don't!</span><span …>★★★</span>…": the
                # part the page names the title is the work's, on its own line
                whole, inner = node.get_text(), titled.get_text()
                before = whole[:whole.find(inner)]
                self.cursor += before.count("\n")
                words = _collapsed(inner)
                self.add_text(f"[{words}]({str(node.get('href')).strip()})", whole[len(before):])
            elif node.name == "a" and node.get("href") and not _holds_block(node):
                # (a link around a card's blocks, "<a><div><h3>…</h3></div></a>", is walked
                # as those blocks, each on its own)
                words = _collapsed(node.get_text())
                href = str(node.get("href")).strip()
                if words and _emphasised_whole(node):
                    words = f"*{words}*"  # "<a …><em>Drop Dead Healthy</em></a>": a title
                self.add_text(f"[{words}]({href})" if words else "", node.get_text())
            elif node.name in _EMPHASIS_TAGS and not _holds_block(node, or_link=True):
                inner = node.get_text()
                words = _collapsed(inner)
                if words:
                    lead = inner[: len(inner) - len(inner.lstrip())]
                    trail = inner[len(inner.rstrip()):]
                    self.add_text(f"{lead}*{words}*{trail}", inner)
                else:
                    self.add_text(inner, inner)
            elif node.name in CELL_TAGS:
                if node.find(BLOCK_TAGS):
                    self.flush()  # a cell that holds paragraphs or lists: a layout table
                self.add_text(_CELL, _CELL)
                stack.extend((child, False) for child in reversed(node.contents))
            elif node.name in BLOCK_TAGS or node.name in _CONTROL_TAGS:
                self.flush()
                # (all a <nav> holds is the site's navigation: its items are links to pages,
                # "Syllabus", "HW01", not works)
                self._enter(node, _NAVIGATION if self.kinds[-1] == _NAVIGATION
                            or _navigation(node) else _kind(node.name), stack)
            else:
                stack.extend((child, False) for child in reversed(node.contents))

    def _start_tag_end(self, node: Tag) -> int:
        """The line where `node`'s start tag ends: text after an `<img … alt="…">` whose
        attributes run over lines starts on the tag's last line, not its first."""
        line, column = node.sourceline or 1, node.sourcepos or 0
        if line > len(self.line_starts):
            return line
        tag = _START_TAG.match(self.markup, self.line_starts[line - 1] + column)
        return line + tag.group(0).count("\n") if tag else line

    def _enter(self, node: Tag, kind: tuple[BlockKind, int, str | None],
               stack: list[tuple[PageElement, bool]]) -> None:
        """Walk `node` next as a block of its own kind, which ends when the walk leaves it."""
        self.kinds.append(kind)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))

    def table(self, table: Tag) -> bool:
        """A table whose header names a title column: a block per row, read by the header.

        False for any other table, whose cells are walked as blocks of their own.
        """
        rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
        if not rows:
            return False
        header = [_cell_text(cell) for cell in rows[0].find_all(["th", "td"])]
        roles = column_roles(header) if rows[0].find("th") else None
        if roles is None:
            return False
        self.flush()
        for row in rows:
            cells = [_cell_text(cell) for cell in row.find_all(["th", "td"])]
            plain = " | ".join(cells)
            # a row is reported on its title's line, where its cells stand on lines of their
            # own ("<td>Malcolm Gladwell</td>" over "<td>The Tipping Point</td>")
            line = _text_line(row, self.cursor, roles.index("title")) + self.offset
            if row is rows[0]:
                self.blocks.append(Block(line, plain, "", kind="meta", reason="table header"))
                continue
            citation = row_citation(cells, roles)
            self.blocks.append(
                Block(line, plain, citation, kind="row") if citation else
                Block(line, plain, "", kind="meta", reason="table row without a title"))
        return True

    def add_text(self, markdown: str, plain: str) -> None:
        # (a cell's mark is no word: a row whose first cell holds only a cover starts where
        # the next cell's words do)
        if self.start is None and plain.strip() and plain != _CELL:
            self.start = self.cursor + _lines_before_words(plain)
        self.markdown.append(markdown)
        self.plain.append(plain)
        self.cursor += plain.count("\n")

    def flush(self) -> None:
        raw = "".join(self.plain)
        plain = _cells(_collapsed(raw))
        if plain and self.start is not None:
            content = _cells(_collapsed("".join(self.markdown)))
            kind, level, reason = self.kinds[-1]
            if kind == "card":
                content += self.card_tail
                self.card_tail = ""
            if kind == "paragraph" and not reason and (items := self._numbered_lines(raw)):
                self.blocks.extend(items)
            else:
                self.blocks.append(
                    Block(line=self.start + self.offset, text=plain,
                          content="" if reason else content, kind=kind, level=level,
                          reason=reason or _REASONS.get(kind),
                          continuation=self._further_lines(raw) if "\n" in raw.strip() else [])
                )
        self.markdown.clear()
        self.plain.clear()
        self.start = None

    def _card_tail(self, title: Tag) -> str:
        """": Subtitle by Author" from the elements after a card's title that the page
        names as its subtitle and author, up to the next card's title."""
        found: dict[str, Tag] = {}
        # (the title alone in the link around it: "<a><h3 class="title">…</h3></a>
        # <p class="year">2021</p>", the link's siblings)
        parent = title.parent
        alone = parent is not None and parent.name == "a" and not title.find_previous_siblings() \
            and not title.find_next_siblings()
        for sibling in (parent if alone and parent is not None else title).find_next_siblings(
                limit=_CARD_PARTS):
            inner = [sibling, *sibling.find_all(True)]
            parts = [(part, tag) for tag in inner if (part := _work_part(tag)) is not None]
            if any(part == "title" for part, _ in parts):
                break
            for part, tag in parts:
                found.setdefault("author" if part != "subtitle" else "subtitle", tag)
            if "year" not in found and _card_year(sibling):
                found["year"] = sibling
        tail = ""
        for part, lead in (("subtitle", ": "), ("author", " by "), ("year", " (")):
            words = _collapsed(found[part].get_text()).strip(" —–-,.") if part in found else ""
            if part == "author" and words[:3].lower() == "by ":
                words = words[3:]  # the card's own "by George Orwell"
            if words:
                self.card_parts.add(id(found[part]))
                tail += lead + words + (")" if part == "year" else "")
        return tail

    def _numbered_lines(self, raw: str) -> list[Block]:
        """A paragraph whose source lines are each a numbered entry, as a page writes its
        list inside one <p> ("1. the autopsy of jane doe (2016): 7.9/10" / "2. kandahar
        (2001): 9.5/10"): each line an item of its own (links and emphasis aside, which
        could not be told to their lines)."""
        if "".join(self.markdown) != raw:
            return []
        lines = [(line, text.strip()) for line, text in self._source_lines(raw)]
        numbers = [m for _, text in lines if (m := _NUMBERED_LINE.match(text)) is not None]
        if len(lines) < _NUMBERED_LINES or len(numbers) < len(lines):
            return []
        first = int(numbers[0][1])  # (numbered one after another: "1.", "2.", "3." …)
        if [int(m[1]) for m in numbers] != list(range(first, first + len(numbers))):
            return []
        return [Block(line, text, text[m.end():], kind="item")
                for (line, text), m in zip(lines, numbers, strict=True)]

    def _further_lines(self, raw: str) -> list[tuple[int, str]]:
        """The source lines a block goes on over after its first, each with its words: a
        paragraph the page broke over lines accounts for each of them."""
        return self._source_lines(raw)[1:]

    def _source_lines(self, raw: str) -> list[tuple[int, str]]:
        """The source lines of a block's text that hold words, each with its line number."""
        assert self.start is not None
        pieces = raw.lstrip(" \t\r\f\v").split("\n")
        first = next(i for i, piece in enumerate(pieces) if piece.strip())
        return [(self.start + self.offset + k, _collapsed(piece))
                for k, piece in enumerate(pieces[first:]) if piece.strip()]


def _work_part(node: Tag) -> str | None:
    """"title", "subtitle" or "author" when the element's class names it a work's part."""
    for name in _class_names(node):
        if (m := _WORK_PART_CLASS.fullmatch(name.lower())) is not None or (
                (m := _BARE_PART_CLASS.fullmatch(name.lower())) is not None
                and _in_list_of_works(node)):
            part = m.group("part")
            return part if part in ("title", "subtitle") else "author"
    return None


def _card_year(node: Tag) -> bool:
    """A card's element the page names as its year, and holding one: "<p class="year">"."""
    return any(name.lower() in _YEAR_CLASSES for name in _class_names(node)) \
        and _YEAR_TEXT.fullmatch(node.get_text().strip()) is not None


def _in_list_of_works(node: Tag) -> bool:
    return any(_WORKS_CLASS.fullmatch(name.lower())
               for ancestor in itertools.islice(node.parents, _WORKS_CLASS_LEVELS)
               for name in _class_names(ancestor))


def _titled_part(link: Tag) -> Tag | None:
    """The element of a card's link that the page names its title (`row__title`,
    `card-title`), when the link holds other words besides (its kind, rating, date)."""
    for part in link.find_all(True):
        if any(_TITLE_CLASS.search(name.lower()) for name in _class_names(part)):
            inner, whole = _collapsed(part.get_text()), _collapsed(link.get_text())
            return part if inner and inner != whole and inner in whole else None
    return None


def _class_names(node: Tag) -> list[str]:
    """The names in an element's class attribute (a list where the parser splits it, a
    string where it does not), as the page writes them."""
    classes = node.get("class")
    if not classes:
        return []
    return list(classes) if isinstance(classes, list) else classes.split()


def _emphasised_whole(link: Tag) -> bool:
    """A link whose words are all one emphasis: its one child element is <em>, <i>…"""
    children = [c for c in link.contents if not (isinstance(c, NavigableString) and not c.strip())]
    return len(children) == 1 and isinstance(children[0], Tag) \
        and children[0].name in _EMPHASIS_TAGS


def _holds_block(node: Tag, or_link: bool = False) -> bool:
    """Whether a block element (or, asked, a link) sits inside `node` (a plain walk: a
    `find` per element built its matching rules afresh each time)."""
    return any(isinstance(inner, Tag) and (inner.name in BLOCK_TAGS or (
        or_link and inner.name == "a" and inner.get("href") is not None))
        for inner in node.descendants)


def _collapsed(text: str) -> str:
    r"""Each run of whitespace one space, none at the ends: `str.split` splits on the same
    whitespace as `\s+` and is several times quicker than a regex substitution, which the
    engine tries at every character."""
    return " ".join(text.split())


def _cell_text(cell: Tag) -> str:
    return _collapsed(cell.get_text())


def _cells(text: str) -> str:
    """A table row's cells that hold words, joined with commas; other text as it is."""
    if _CELL not in text:
        return text
    cells = [c for c in (c.strip(" ,") for c in text.split(_CELL)) if c]
    worded = [c for c in cells if _WORD_CELL.search(_LINK_TEXT.sub(r"\1", c))]
    return ", ".join(worded or cells)  # a row of codes alone still gets its report entry


_NAVIGATION: tuple[BlockKind, int, str | None] = ("meta", 0, None)
# The classes site themes give their menus in place of a <nav> (Bootstrap's "navbar").
_NAVIGATION_CLASSES = frozenset({"navbar", "navbar-nav", "nav-menu", "site-nav",
                                 "site-navigation", "main-navigation"})


def _navigation(node: Tag) -> bool:
    """An element that holds the site's menu: its role says so, or its theme's class does,
    or it is a list of links to the site's own pages, one of them its home or contact page."""
    if node.get("role") == "navigation":
        return True
    if not _NAVIGATION_CLASSES.isdisjoint(_class_names(node)):
        return True
    return node.name in ("ul", "ol") and _menu(node)


# The pages every site's menu links to.
_MENU_PAGES = frozenset({"home", "about", "about us", "contact", "contact us"})
_MENU_ITEMS = 5  # (fewer may be a blog's few pages, one a post on a work: "About", "Gone")


def _menu(listing: Tag) -> bool:
    """"<li><a href="./index.html">Home</a></li><li><a href="./faq.html">…": each item one
    link to a page of the same site and nothing else, a home, about or contact page among
    them (an unclosed <li> nests the next inside it, as browsers do not)."""
    items, links = listing.find_all("li"), listing.find_all("a")
    if len(items) < _MENU_ITEMS or len(links) != len(items):
        return False
    labels = [_collapsed(link.get_text()) for link in links]
    if _MENU_PAGES.isdisjoint(label.lower() for label in labels) or any(
            ":" in str(link.get("href", "")) or str(link.get("href", "")).startswith(("#", "//"))
            for link in links):
        return False
    return len(_collapsed(listing.get_text())) == len(" ".join(labels))


def _kind(name: str) -> tuple[BlockKind, int, str | None]:
    if name in _HEADINGS:
        return "heading", _HEADINGS[name], None
    if name in ("li", "dd", "dt"):
        return "item", 0, None
    if name == "pre":
        return "code", 0, None
    if name == "nav":
        return _NAVIGATION
    if name in _CONTROL_TAGS:
        return "meta", 0, _CONTROL
    return "paragraph", 0, None


def _head_episode(soup: BeautifulSoup) -> Episode:
    """Title, date and address of the page from its <head> (Open Graph, canonical link).

    One walk gathers the tags the head may hold (a `find` per name walked the
    whole page each time); each is then looked up as `find` would find it: the
    first in document order.
    """
    metas: list[Tag] = []
    canonical: Tag | None = None
    title_tag: Tag | None = None
    for node in soup.descendants:
        if not isinstance(node, Tag):
            continue
        if node.name == "meta":
            metas.append(node)
        elif node.name == "link" and canonical is None and _has_value(node.get("rel"),
                                                                      "canonical"):
            canonical = node
        elif node.name == "title" and title_tag is None:
            title_tag = node

    def first(attribute: str, value: str) -> Tag | None:
        return next((tag for tag in metas if _has_value(tag.get(attribute), value)), None)

    def meta(*names: str) -> str | None:
        for name in names:
            tag = first("property", name) or first("name", name)
            if tag is not None and tag.get("content"):
                return str(tag.get("content")).strip()
        return None

    published = meta("article:published_time", "og:published_time", "date", "dc.date")
    return Episode(
        show=meta("og:site_name"),
        title=meta("og:title", "twitter:title") or (
            title_tag.get_text(" ", strip=True) if title_tag is not None else None) or None,
        date=iso_date(published) if published else None,
        url=meta("og:url") or (str(canonical.get("href")) if canonical is not None and
                               canonical.get("href") else None),
    )


def _has_value(attribute: str | list[str] | None, value: str) -> bool:
    """Whether an attribute holds `value` as `find(attrs=…)` matches it: the whole value,
    or one word of a multi-valued attribute such as rel, or all its words joined."""
    if isinstance(attribute, list):
        return value in attribute or (len(attribute) != 1 and " ".join(attribute) == value)
    return attribute == value


def _text_line(row: Tag, cursor: int, first: int = 0) -> int:
    """The line a row's words start on, as the report counts it: "<tr>" often stands on a
    line of its own above its cells.  The cell at `first` is asked first."""
    cells = row.find_all(["th", "td"])
    for cell in cells[first:first + 1] + cells:
        text = cell.get_text()
        if text.strip() and cell.sourceline is not None:
            return cell.sourceline + _lines_before_words(text)
    return row.sourceline or cursor


def _lines_before_words(text: str) -> int:
    """How many line breaks come before the first word of `text`."""
    return text[:len(text) - len(text.lstrip())].count("\n")
