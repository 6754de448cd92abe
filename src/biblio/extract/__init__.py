"""Citations from whole show notes: plain text, Markdown, HTML and podcast feeds.

`iter_extract` yields one `LineOutcome` per non-blank line (the citations it
holds, or why it holds none) and reads plain text and Markdown lazily, so a
file of any size runs in constant memory.  `extract` returns the citations.
"""

from __future__ import annotations

import functools
import html
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Literal

from ..model import Record
from ..parse.markup import plain_text
from ..parse.parsed import Parsed
from ..problems import BiblioError, Problem
from .blocks import BLOCK_TAGS, CELL_TAGS, Block, Episode
from .bylines import settle_bylines
from .details import settle_details
from .echoed import settle_echoed_titles
from .episode import episode_record
from .feed_titles import TitleShapes
from .guests import settle_guest_headings
from .headings import settle_title_headings
from .judge import PROSE_WORDS, Judge, Parser
from .labels import settle_labels
from .linked import settle_linked_titles
from .markdown_lines import markdown_blocks
from .outcome import LineOutcome, feed_field
from .repeated import settle_repeated_titles
from .text_lines import text_blocks

if TYPE_CHECKING:
    from .feed import FeedItem, FeedText

__all__ = [
    "Episode",
    "Extraction",
    "LineOutcome",
    "NotesFormat",
    "detect_format",
    "extract",
    "fill_origins",
    "iter_extract",
    "source_citations",
]

NotesFormat = Literal["text", "markdown", "html", "feed"]
Document = str | IO[str] | Iterable[str]

_FEED = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML = re.compile(r"<(?:!doctype\s+html|html|body|p|div|ul|ol|li|h[1-6]|br|a\s)[\s>/]",
                   re.IGNORECASE)
_MARKDOWN = re.compile(r"^(?:#{1,6}\s|\s*[-*+]\s+\S.*\]\(|.*\[[^\]]+\]\([^)]+\)|.*\*\*\S|---$)",
                       re.MULTILINE)
_DETECT_LINES = 200


def detect_format(head: str) -> NotesFormat:
    """Guess the kind of notes from the first part of a document."""
    if _FEED.search(head[:4000]):
        return "feed"
    if _HTML.search(head):
        return "html"
    if _MARKDOWN.search(head):
        return "markdown"
    return "text"


class Extraction(Iterator[LineOutcome]):
    """The outcomes of one document, produced lazily.

    After iteration, `episodes` holds what the notes said about their episode
    (one per feed item), and `problems` what could not be read.
    """

    def __init__(self, outcomes: Iterator[LineOutcome], episodes: list[Episode],
                 problems: list[Problem]) -> None:
        self._outcomes = outcomes
        self.episodes = episodes
        self.problems = problems

    def __next__(self) -> LineOutcome:
        return next(self._outcomes)


def iter_extract(document: Document, format: NotesFormat | Literal["auto"] = "auto",
                 source: str = "<string>", parse: Parser | None = None) -> Extraction:
    """One outcome per non-blank line of `document` (text, a file or an iterable of lines).

    Plain text and Markdown are read line by line; HTML and feeds are read whole.
    """
    return _extraction(document, format, source, parse, settle=True)


def judged_lines(document: Document, format: NotesFormat, source: str,
                 parse: Parser) -> Extraction:
    """The outcomes as the judge gives them, before neighbouring lines settle them (a title
    over its byline, an ISBN line under its entry): each comes out as soon as it is judged,
    so the texts `parse` was handed in the meantime are that line's (the labeller's
    training pairs them so)."""
    return _extraction(document, format, source, parse, settle=False)


def _extraction(document: Document, format: NotesFormat | Literal["auto"], source: str,
                parse: Parser | None, settle: bool) -> Extraction:
    if parse is None:
        from ..parse import parse_citation
        parse = parse_citation
    # Lines end where an editor ends them (\n, \r\n, \r), not at form feeds or U+2028 as
    # str.splitlines would have it, so line numbers match what users see.
    lines: Iterator[str] = iter(io.StringIO(document, newline=None)
                                if isinstance(document, str) else document)
    if format == "auto":
        head = list(itertools.islice(lines, _DETECT_LINES))
        format = detect_format("".join(line if line.endswith("\n") else line + "\n"
                                       for line in head))
        lines = itertools.chain(head, lines)
    episodes: list[Episode] = []
    problems: list[Problem] = []
    if format in ("text", "markdown"):
        judge = Judge(source, parse)
        episodes.append(judge.episode)
        blocks = text_blocks(lines) if format == "text" else markdown_blocks(lines)
        return Extraction(_judged(judge, blocks, settle, runs=True), episodes, problems)
    whole = document if isinstance(document, str) else "".join(lines)
    if format == "html":
        from .html_blocks import html_document  # BeautifulSoup only when HTML is read

        blocks_list, head_episode = html_document(whole)
        judge = Judge(source, parse, head_episode)
        episodes.append(judge.episode)
        return Extraction(_judged(judge, iter(blocks_list), settle), episodes, problems)
    if format == "feed":
        outcomes = _feed_outcomes(whole, source, parse, episodes, problems)
        return Extraction(settle_guest_headings(outcomes) if settle else outcomes,
                          episodes, problems)
    raise BiblioError(f"unknown notes format {format!r} (known: text, markdown, html, feed)")


def extract(document: Document, format: NotesFormat | Literal["auto"] = "auto",
            source: str = "<string>", include_source: bool = False,
            parse: Parser | None = None) -> list[Parsed]:
    """The citations in a whole document, each record's `origin` naming line and episode.

    With `include_source`, the episode itself comes last as a `broadcast` record
    when the notes say enough about it (one per feed item).
    """
    extraction = iter_extract(document, format, source, parse)
    citations = [c for outcome in extraction for c in outcome.citations]
    fill_origins(citations, extraction.episodes)
    if include_source:
        citations.extend(source_citations(extraction.episodes, source))
    return citations


def fill_origins(citations: list[Parsed], episodes: list[Episode]) -> None:
    """Give records the episode facts learnt after them (notes end with their metadata)."""
    if len(episodes) != 1:
        return  # feeds set each item's episode while reading
    episode = episodes[0]
    for citation in citations:
        origin = citation.record.origin
        if origin is None:
            continue
        origin.episode_title = origin.episode_title or episode.title
        origin.episode_date = origin.episode_date or episode.date
        origin.episode_url = origin.episode_url or episode.url


def source_citations(episodes: list[Episode], source: str) -> list[Parsed]:
    """The episodes the notes describe, as broadcast records."""
    out: list[Parsed] = []
    for episode in episodes:
        if episode.known:
            record = episode_record(episode, source)
            out.append(Parsed(text=record.full_title or "", record=record, confidence=1.0))
    return out


def _judged(judge: Judge, blocks: Iterator[Block], settle: bool,
            runs: bool = False) -> Iterator[LineOutcome]:
    """Each block's outcomes, episode headings told from entries and bare titles read
    once their neighbours are seen (`settle_guest_headings`, `settle_title_headings`,
    `settle_repeated_titles`, `settle_bylines`, `settle_details`, `settle_linked_titles`,
    `settle_labels`)."""
    if not settle:
        return _previewed(judge, blocks, runs)
    guests = settle_guest_headings(_previewed(judge, blocks, runs))
    return settle_labels(settle_linked_titles(settle_details(settle_bylines(
        settle_echoed_titles(settle_repeated_titles(
            settle_title_headings(guests, judge.place_line, judge.parse), judge.place_line),
            judge.parse, judge.place_line),
        judge.place_line), judge.parse, judge.place_line), judge.place_line))


def _previewed(judge: Judge, blocks: Iterator[Block], runs: bool) -> Iterator[LineOutcome]:
    """Each block's outcomes; a list's items are looked over together first (up to
    `_LIST_PREVIEW` of them), so that the whole list says whether it lists works.  Lines
    that follow one another with no blank line between are a list too, unmarked, as pages
    copied to plain text give "Books mentioned" (`_in_run`)."""
    items: list[Block] = []
    for block in blocks:
        if len(items) < _LIST_PREVIEW and (
                (block.kind == "item" and all(i.kind == "item" for i in items))
                or (runs and _in_run(block, items))):
            items.append(block)
            continue
        yield from _flush(judge, items)
        if block.kind == "item" or (runs and _in_run(block, [])):
            items = [block]
            continue
        items = []
        yield from judge.outcomes(block)
    yield from _flush(judge, items)


def _in_run(block: Block, run: list[Block]) -> bool:
    """A one-line paragraph straight after the run's last line (or opening a run); a
    paragraph of prose ends the run."""
    if block.kind != "paragraph" or block.continuation \
            or block.content.count(" ") >= PROSE_WORDS:
        return False
    if not run:
        return True
    last = run[-1]
    return last.kind == "paragraph" and block.line == last.line + 1


def _flush(judge: Judge, items: list[Block]) -> Iterator[LineOutcome]:
    if not items:
        return
    if items[0].kind == "item":
        judge.preview(items)
    elif len(items) >= _RUN_MIN:
        judge.preview_run(items)
    for item in items:
        yield from judge.outcomes(item)


# How many items of a list are looked over together before they are judged: enough to
# tell a list of works, few enough that outcomes still follow the lines closely.
_LIST_PREVIEW = 12
# Unmarked lines this many or more in a row may be a list.
_RUN_MIN = 3


def _feed_outcomes(text: str, source: str, parse: Parser, episodes: list[Episode],
                   problems: list[Problem]) -> Iterator[LineOutcome]:
    from .feed import read_feed

    feed = read_feed(text)
    problems.extend(Problem(source, line, message) for line, message in feed.errors)
    problems.extend(Problem(source, line, message, warning=True)
                    for line, message in feed.warnings)
    for item_text in feed.channel_texts:
        yield LineOutcome(source, item_text.line, _one_line(item_text.text),
                          reason="show description" if item_text.field == "notes"
                          else f"show metadata ({item_text.field})")
    # each item's notes, made plain once and only if asked
    notes_of = [functools.cache(functools.partial(_plain_notes, item)) for item in feed.items]
    shapes = TitleShapes([(entry.line, entry.text, notes) for item, notes in
                          zip(feed.items, notes_of, strict=True)
                          for entry in item.texts if entry.field == "title"])
    for item, notes in zip(feed.items, notes_of, strict=True):
        episode = item.episode
        episode.line = item.line
        episodes.append(episode)
        judge = Judge(source, parse, Episode(), in_feed=True)
        works: list[Record] = []  # what the item's title named
        for entry in item.texts:
            if entry.field == "summary":
                # the full notes are read for citations; a summary's sentences may still
                # name works ("Charlize Theron's new film, 'Bombshell,' tells …")
                for block in _entry_blocks(entry):
                    block.episode = episode
                    yield judge.mentioned(
                        block, "episode summary (the full notes are read instead)")
            elif entry.field == "title":
                # "Episode 253 The Lost Year with guest Katherine Marsh" may name a work
                block = Block(entry.line, _one_line(entry.text), plain_text(entry.text),
                              episode=episode)
                titled = judge.mentioned(block, feed_field("title"), heading=True,
                                         notes=notes)
                # (works the rules read: a title's cue words alone are not enough)
                works += [c.record for c in titled.citations if c.method == "rules"]
                shapes.settle(titled, block, judge)  # (or by the shape the show's titles share)
                yield titled
            elif entry.field != "notes":
                yield LineOutcome(source, entry.line, _one_line(entry.text),
                                  reason=feed_field(entry.field))
            else:
                for block in _entry_blocks(entry):
                    block.episode = episode
                    for outcome in judge.outcomes(block):
                        if works and outcome.line == block.line:
                            judge.name_again(outcome, block, works)  # the title's work again
                        yield outcome
        episode.merge(judge.episode)


def _plain_notes(item: FeedItem) -> str:
    """An item's notes as plain text, asked for only when its title may name a work (a
    paragraph's end parts its words from the next's: "… latest novel. The Rachel …")."""
    return html.unescape(" ".join(plain_text(_BLOCK_END.sub(" ", entry.text))
                                  for entry in item.texts
                                  if entry.field in ("notes", "summary")))


# (the elements that make blocks of their own: opened, and closed or a line break)
_BLOCK_NAMES = "|".join(sorted(BLOCK_TAGS | CELL_TAGS))
_BLOCK_TAG = re.compile(rf"<(?:{_BLOCK_NAMES})\b", re.IGNORECASE)
_BLOCK_END = re.compile(rf"</(?:{_BLOCK_NAMES})>|<br\s*/?>", re.IGNORECASE)


def _entry_blocks(entry: FeedText) -> list[Block]:
    """The blocks of a feed item's notes or summary, numbered by the feed's lines."""
    from .html_blocks import html_document

    lines = entry.text.splitlines()
    if entry.is_html and len(lines) > 1 and not _BLOCK_TAG.search(entry.text) \
            and all(line.count("<") == line.count(">") for line in lines):
        # plain-text notes with a link, an emphasis or a <br> in them: their lines are
        # theirs, as podcast apps show them, each read as the HTML it holds
        return [block for i, line in enumerate(lines) if line.strip()
                for block in html_document(line, entry.line + i)[0]]
    return html_document(entry.text, entry.line)[0] if entry.is_html \
        else list(_offset(text_blocks(entry.text.splitlines()), entry.line - 1))


def _offset(blocks: Iterator[Block], by: int) -> Iterator[Block]:
    for block in blocks:
        block.line += by
        yield block


def _one_line(text: str) -> str:
    return plain_text(" ".join(text.split()))[:500]

