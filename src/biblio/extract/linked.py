"""Entries each over its address, as plain-text reference lists lay them out: "RDF Primer",
then "http://www.w3.org/TR/rdf-primer" on the line below, then the next entry.

A short line over a link is no entry by itself: a label ("Our website") reads the same.
Three in a row are a list of works, so from the third on each title line no rule read is
read as a title alone, and the link under every entry of the run becomes its address (the
link line then belongs to the entry, as a byline does).  Section headings may stand
between the entries of a run; any other line ends it.  The outcomes are held back while a
run may be forming; extraction stays lazy.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator

from ..parse.citation import VOUCHED_TITLE_WORDS, read_listed_title
from ..parse.identifiers import PAPER_URL_RE
from ..parse.parsed import Parsed
from ..parse.rejection import BARE_LINK, NO_TEXT
from .outcome import SECTION_HEADING, UNREAD, LineOutcome

# How many entries over their links in a row make a list of works.
_RUN = 3
# The fewest words of a heading that may be a paper's title, or of a title ending on a colon.
_TITLE_WORDS = 3
# Lines that may stand between two entries of a run: a heading and its underline.
_BETWEEN = frozenset({SECTION_HEADING, NO_TEXT})

Place = Callable[[Parsed, LineOutcome], None]


def settle_linked_titles(outcomes: Iterator[LineOutcome], place: Place) -> Iterator[LineOutcome]:
    """`outcomes`, with each entry of a run of entries over their links given its link,
    and a bare title among them read; `place` gives new records their origin."""
    held: deque[LineOutcome] = deque()
    pending: list[tuple[LineOutcome, LineOutcome]] = []  # entries over their links, unread
    run = 0  # entries over their links in the run so far
    for outcome in outcomes:
        if held and _link_under(held[-1], outcome):
            pending.append((held[-1], outcome))
            held.append(outcome)
            run += 1
            if run >= _RUN:  # a list of works: its entries are read as they come
                for entry, link in pending:
                    _join(entry, link, place)
                pending.clear()
                yield from _released(held)
            continue
        if run and outcome.reason in _BETWEEN:
            held.append(outcome)
            continue
        heads = _may_head(outcome)
        if heads and (not held or held[-1].reason in _BETWEEN
                      or held[-1].reason == BARE_LINK):
            held.append(outcome)  # the next entry, if a link comes under it
            continue
        if held:
            yield from _released(held)
            pending.clear()
        run = 0
        if heads:
            held.append(outcome)
        else:
            yield outcome
    yield from _released(held)


def _released(held: deque[LineOutcome]) -> Iterator[LineOutcome]:
    while held:
        yield held.popleft()


def _may_head(outcome: LineOutcome) -> bool:
    """A line that may be an entry over its link: one work read without an address, or a
    short line no rule read."""
    if outcome.continues is not None:
        return False
    if outcome.citations:
        return len(outcome.citations) == 1 and not outcome.citations[0].record.url
    words = len(outcome.plain.split())
    if outcome.reason == SECTION_HEADING:
        return _TITLE_WORDS <= words <= VOUCHED_TITLE_WORDS  # a paper's, if a paper's link follows
    # (a label ends on a colon: "Slides:"; a title over its link may too, "Waves in
    # Transition Region:")
    return outcome.reason == UNREAD and 0 < words <= VOUCHED_TITLE_WORDS \
        and not (outcome.plain.endswith(":") and words < _TITLE_WORDS)


def _link_under(entry: LineOutcome, outcome: LineOutcome) -> bool:
    return outcome.reason == BARE_LINK and outcome.line == entry.line + 1 \
        and _may_head(entry) and outcome.plain.startswith(("http://", "https://", "www.")) \
        and (entry.reason != SECTION_HEADING or PAPER_URL_RE.search(outcome.plain) is not None)


def _join(entry: LineOutcome, link: LineOutcome, place: Place) -> None:
    """Give the entry its link, reading its title first if no rule read it."""
    if link.continues is entry:
        return
    if not entry.citations:
        read = read_listed_title(entry.plain.removesuffix(":"), vouched=True)
        if read is None:
            return
        if PAPER_URL_RE.search(link.plain):
            read.record.type = "article-journal"  # "## Visualizing and Understanding …", a PDF
        entry.citations.append(read)
        entry.reason = None
    url = link.plain.split()[0]
    entry.citations[0].record.url = url if "://" in url else f"http://{url}"
    place(entry.citations[0], entry)
    link.continues = entry
    link.reason = None
