"""The detail lines a shop, a catalogue or a list sets under an entry: its ISBN, its
imprint, who directed or translated it.

Bookshop pages list a book as a short block: "Boomhouse By Summer J. Hart Cover Image"
(the cover's caption run into the title), "ISBN: 9781737925842", "Availability: …",
"Published: 3rd Thing - September 12th, 2023"; a list of films gives "Director: _Stanley
Kubrick_" under each.  An ISBN line alone is a record of its own; under an entry it is
that entry's ISBN, and it vouches for a title line above it that no rule reads alone.  A
labelled line right under an entry ("Label: value", nothing else between but other such
lines) gives the entry the field its label names, when the entry lacks it; so does a
line that holds only a DOI or an ISBN and a few words about it ("DOI and publisher page
(paywalled): doi.org/10.1080/…", as reading dossiers list them).

Catalogues and bibliographies stack an entry over lines with no labels at all: the
names, the title, then the imprint ("Oxford University Press, 1954, ISBN 9781844677467",
"London: Verso, 2003.").  Such an imprint line is no work of its own (read alone it is a
book titled "Oxford University Press"): it gives the entry above its publisher, place,
year and ISBN, vouches for a title line no rule read, and lets the names line just above
the title (or just under it) give the entry its authors.  A names line over a title with
nothing under it is left alone: a guest's name over an episode's title looks the same.
The outcomes are held back while details may follow; extraction stays lazy.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from typing import NamedTuple

from ..model import Date, Name
from ..parse.citation import VOUCHED_TITLE_WORDS, read_listed_title
from ..parse.identifiers import find_identifiers
from ..parse.lexicon import PUBLISHERS
from ..parse.markup import plain_text, strip_marker
from ..parse.names import author_line, parse_inverted_list, parse_name_list, surely_a_person
from ..parse.parsed import Parsed, Span
from ..parse.rejection import PEOPLE
from ..parse.segments import (
    IMPRINT_SMALL_WORDS,
    PLACE_PUBLISHER_RE,
    is_place,
    refused_publisher,
)
from .dates import iso_date
from .outcome import FRONT_MATTER, SECTION_HEADING, UNREAD, LineOutcome
from .sections import section_kind

# How many detail lines an entry may have ("Categories: …", "Availability: …" among them).
_MOST_DETAILS = 5
_ISBN_LINE_RE = re.compile(r"ISBN(?:-1[03])?\s*[:#]?\s*[\dXx-]{10,17}\s*\Z", re.IGNORECASE)
_DETAIL_RE = re.compile(
    r"(?P<label>[A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,2})\s*:\s*(?P<value>\S.{0,150})\Z")
# The labels whose value is people, and the role they name.
_PEOPLE_LABELS = {
    "author": "author", "authors": "author", "written by": "author", "writer": "author",
    "director": "director", "directors": "director", "directed by": "director",
    "translator": "translator", "translators": "translator", "translated by": "translator",
    "editor": "editor", "editors": "editor", "edited by": "editor",
}
_IMPRINT_LABELS = frozenset({"published", "publisher", "published by"})
_DATE_LABELS = frozenset({"year", "publication date", "release date", "released",
                          "published in", "first published", "pubdate", "pub date",
                          "publication year"})
_DEEP_HEADING_RE = re.compile(r"#{3,6}\s+\S")
# "Published: Random House - April 25th, 2017", "Publisher: Del Rey, 2023", "Publisher: Knopf"
# (a year straight after the name, too: "Publisher: Wellsley Cambridge Press 1991")
_IMPRINT_RE = re.compile(r"(?P<pub>[^\s-][^:]*?)(?:(?:\s+[-–—,]\s+|,?\s+(?=(?:1[5-9]|20)\d\d\s*\Z))"
                         r"(?P<date>[^:]*\d{4}))?\s*\Z")
_YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d\Z")
# Words about an identifier on its own line: "DOI and publisher page (Sage, behind a paywall):".
_IDENTIFIER_WORDS = 10
_ADDRESS_RE = re.compile(r"\S*(?:https?://|www\.|doi\.org|/|\b10\.\d{4,9}/)\S*")
# A ranking's number opening a heading: "1. The Goldfinch", "23) Once Upon A Broken Heart".
_RANK_RE = re.compile(r"\s*#?\d{1,3}[.)]\s+\S")
# A reader's score on a line of its own: "Rating: 7/10", "My rating: 4.5 stars", "★★★★☆".
_RATING_RE = re.compile(
    r"(?:(?:my\s+)?(?:rating|score|stars)\s*:\s*)?(?:\d{1,2}(?:\.\d)?\s*(?:/|out\s+of)\s*(?:5|10)"
    r"(?:\s*stars?)?|\d(?:\.\d)?\s*stars?|[★☆⭐]{1,5})\.?", re.IGNORECASE)
# A record written field by field: "Title: The Da Vinci Code" (then "Author: Dan Brown").
_TITLE_LABEL_RE = re.compile(r"(?:book\s+)?title\s*:\s*(?P<title>\S.{0,200})\Z",
                             re.IGNORECASE)
_MARKED_LABEL_RE = re.compile(
    r"\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:book\s+)?title\s*:\s*(?:\*\*|__)?\s*", re.IGNORECASE)
# The cover's caption a copied shop page runs into the title line.
_CAPTION_RE = re.compile(r"\s+(?:Cover\s+Image|Book\s+Cover)\s*\Z", re.IGNORECASE)

# An imprint line: a publisher (after its town, perhaps), then its year or page count, once
# any ISBN is taken out: "Oxford University Press, 1954", "London: Verso, 2003.", "Penguin
# Books (2005), 320 pp.", "Graywolf Press", "Bloomsbury (Age range 11+)".
_IMPRINT_LINE_RE = re.compile(
    r"(?P<imprint>[A-Z][^;,()\d]{1,70}?)(?:\s*[,.]\s*|\s+\(?)(?:©\s?|c\.\s?)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)\)?(?:\s*[,.;]\s*(?P<pages>\d{2,4})\s*(?:pages|pp\.?))?[\s.,;]*\Z"
    r"|(?P<alone>[A-Z][^;,()\d]{1,70}?)[\s.,;]*\Z")
_REMARK_RE = re.compile(r"\s*\([^()]*\)\s*\Z")
# Where a paper ran, on the line under its title and authors: "Annals of Statistics, 40:4,
# 1935-1967, 2012", "IEEE Transactions on Information Theory, vol. 44, no. 6, pp. 2207-2229, 1998".
_VENUE_LINE_RE = re.compile(
    r"(?P<journal>[A-Z][^,;:()\d]{2,100}?),\s*(?:vol\.?\s*)?(?P<volume>\d{1,4})"
    r"(?:\s*[:(]\s*(?P<issue>\d{1,4})\)?|,\s*no\.?\s*(?P<no>\d{1,4}))?,\s*(?:pp?\.\s*)?"
    r"(?P<page>\d{1,6}\s*[-–]\s*\d{1,6}),\s*(?P<year>(?:1[89]|20)\d\d)[\s.]*")
# The same with no year, its volume and issue run together (the year is on the title line):
# "Journal of Economic Dynamics and Control 101(C): 17-40", "Journal of Risk 3(2): 5-39".
_VENUE_UNDATED_RE = re.compile(
    r"(?P<journal>[A-Z][^,;:()\d]{2,100}?),?\s+(?P<volume>\d{1,4})\((?P<issue>[\dA-Z]{1,4})\)"
    r":\s*(?P<page>\d{1,6}\s*[-–]\s*\d{1,6})[\s.]*")
# Where a paper ran and when, and nothing else, under its title and authors: "IEEE
# Transactions on Image Processing, 2026.", "In ACM Joint European Software Engineering
# Conference and Symposium on the Foundations of Software Engineering, 2023", "AAAI
# Conference on Artificial Intelligence (AAAI), 2026.", "ArXiv:2511.14213, 2025. (Under Review)".
_VENUE_DATED_RE = re.compile(
    r"(?:In\s+)?(?P<journal>(?i:arxiv)(?::\s?\d{4}\.\d{4,5}(?:v\d+)?)?"
    r"|[A-Z][^;()\d]{2,160}?(?P<short>\s+\([A-Z][A-Za-z& ]{0,14}[A-Za-z]\))?),?"
    r"\s+\(?(?P<year>(?:1[89]|20)\d\d)\)?[\s.]*")
_VENUE_WORD_RE = re.compile(
    r"\b(?:Journal|Transactions|Proceedings|Conference|Symposium|Workshop|Letters|Annals"
    r"|Bulletin|IEEE|ACM|(?i:arxiv))\b")
_MEETING_WORD_RE = re.compile(r"\b(?:Proceedings|Conference|Symposium|Workshop)\b")
# A library catalogue's imprint, ISBD's spaced colon between town and publisher: "Ramsbury,
# Wiltshire : Crowood Press, 2010.", "London : Conway, 2010." (any publisher's name).
_CATALOGUE_IMPRINT_RE = re.compile(
    r"(?P<place>[A-Z][^:;()\d]{1,60}?) : (?P<pub>[A-Z][^:;()]{0,70}?),\s*(?:c|©)?\s?"
    r"(?P<year>(?:1[5-9]|20)\d\d)[\s.]*\Z")
# An ISBN whose check digit fails, still labelled as one: "ISBN 0 8065 0301 2".
_SLIPPED_ISBN_RE = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*[\dXx](?:[\s-]?[\dXx]){8,12}\b")
# A publisher's name beside an ISBN and a year: up to five words, each capitalised.
_NAME_CASE_RE = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}")
_IMPRINT_CHAIN_RE = re.compile(r"\s+/\s+")
# The words a publisher's name ends with; "house" is left out ("The House of Mirth, 1905"
# is the next entry, not an imprint), as is "classics".
_PRESS_ENDS = frozenset({"press", "books", "publishing", "publishers", "publications",
                         "verlag", "editions", "éditions", "edizioni", "editorial"})
_IMPRINT_ENDS = _PRESS_ENDS | {"inc", "ltd", "co", "company", "llc", "group"}
# A role after a names line: "Frances Stonor Saunders (ed.)", "Lydia Davis, translator".
_ROLE_TAIL_RE = re.compile(
    r"\s*[,(]\s*(?P<role>eds?\.?|editors?|edited|trans\.?|translators?|translated)\s*\)?\.?\s*\Z",
    re.IGNORECASE)
_NAMES_LINE_CHARS = 90


class _Imprint(NamedTuple):
    place: str | None
    publisher: str | None
    year: int | None
    pages: str | None
    isbn: str | None
    venue: re.Match[str] | None = None  # a journal's volume, issue and pages instead


Place = Callable[[Parsed, LineOutcome], None]
Parser = Callable[[str], Parsed]


def settle_details(outcomes: Iterator[LineOutcome], parse: Parser,
                   place: Place) -> Iterator[LineOutcome]:
    """`outcomes`, with the detail lines under an entry given to it; `parse` reads a title
    line an ISBN below vouches for; `place` gives changed records their origin again."""
    held: deque[LineOutcome] = deque()
    entry: LineOutcome | None = None  # the entry whose details may still follow
    details = 0  # detail lines under it so far
    for outcome in outcomes:
        if not held:  # no entry above for a detail to join: most lines pass straight on
            if _one_work(outcome):
                entry, details = outcome, 0
            if entry is not None or _may_own(outcome):
                held.append(outcome)
            else:
                yield outcome
            continue
        if _ranked_heading(held[-1]) and _rating_line(outcome):
            _read_rated(held[-1], place)  # "### 1. The Goldfinch" / "Rating: 7/10"
            entry, details = (held[-1], 1) if held[-1].citations else (None, 0)
        elif _book_heading(held[-1]) and (detail := _detail(outcome)) is not None \
                and detail[0] in _PEOPLE_LABELS and (titled := _read_heading(held, place)):
            # "### Empire of AI" (then "#### Dreams and Nightmares …") over "- Author: Karen
            # Hao", "- ISBN: …": a Markdown book list's entry, each field a line of its own
            entry, details = titled, 1
            _join_detail(entry, outcome, *detail, place)
        elif _title_label(held[-1]) and (detail := _detail(outcome)) is not None \
                and detail[0] in _PEOPLE_LABELS and _read_labelled(held[-1], parse, place):
            # "**Title:** [The Da Vinci Code](…)" over "**Author:** Dan Brown": a record
            # written field by field
            entry, details = held[-1], 1
            _join_detail(entry, outcome, *detail, place)
        elif (imprint := _imprint(outcome)) is not None \
                and (owner := _stacked_owner(entry, held)) is not None \
                and _join_imprint(owner, outcome, imprint, held, parse, place):
            entry, details = owner, details + 1
        elif entry is not None and details < _MOST_DETAILS \
                and (named := _names_line(outcome)) is not None and not _authored(entry):
            if details and _imprinted(entry):
                # the title, its journal line, then its authors: "**"Optimal execution …"**
                # (2019)" over "*Journal of …* 101(C): 17-40" over "Siu, C.C., Guo, I., …"
                _join_names(entry, outcome, *named)
                place(entry.citations[0], entry)
            details += 1  # "Isaac Deutscher" under its title: the imprint below may vouch for it
        elif _isbn_line(outcome) or (entry is None and _doi_line(outcome)):
            owner = entry or _owner(held[-1], held)
            joined = owner is not None and _join_isbn(owner, outcome, parse, place)
            entry, details = (owner, details + 1) if joined else (None, 0)
        elif entry is not None and (outcome.continues is entry or (
                outcome.continues is not None and outcome.continues.continues is entry)):
            pass  # its byline (or the rest of a detail line that joined it)
        elif entry is not None and details < _MOST_DETAILS and _join_identifier(
                entry, outcome, place):
            details += 1
        elif entry is not None and details < _MOST_DETAILS and not outcome.citations and (
                detail := _detail(outcome)) is not None:
            _join_detail(entry, outcome, *detail, place)
            details += 1
        else:
            entry, details = (outcome, 0) if _one_work(outcome) else (None, 0)
        held.append(outcome)
        # held: from the entry details may still join, else the last line if an ISBN may
        # vouch for it
        # (or an unread title and the names line under it, which its journal may vouch for)
        first = entry if entry is not None else _heading_start(held) if _may_own(held[-1]) \
            or _names_line(held[-1]) is not None else None
        while held and held[0] is not first:
            if len(held) >= 2 and held[1] is first and first is not None \
                    and _stacked_over(held[0], first):
                break  # a names line over its title, or a title over its names line
            yield held.popleft()
    yield from held


def _stacked_over(above: LineOutcome, below: LineOutcome) -> bool:
    """Whether `above` is held with `below` while an imprint may still come: a names line
    over the title line, or an unread title over its names line."""
    if _names_line(above) is not None:
        return _may_own(below) and not _authored(below)
    return _names_line(below) is not None and _may_own(above) and not above.citations


def _index(held: deque[LineOutcome], outcome: LineOutcome) -> int:
    return next(i for i, o in enumerate(held) if o is outcome)


def _authored(outcome: LineOutcome) -> bool:
    return any(c.record.author or c.record.editor for c in outcome.citations)


def _stacked_owner(entry: LineOutcome | None,
                   held: deque[LineOutcome]) -> LineOutcome | None:
    """The title line an imprint line belongs to: the entry, or the last line held (the
    line above a names line under it)."""
    if entry is not None:
        return entry
    last = held[-1]
    if _names_line(last) is not None and len(held) >= 2 and _may_own(held[-2]):
        return held[-2]
    return _owner(last, held)


def _imprint(outcome: LineOutcome) -> _Imprint | None:
    """The imprint a line holds and nothing else, or None."""
    if outcome.continues is not None or len(outcome.citations) > 1 or len(outcome.text) > 300:
        return None
    if outcome.citations and (outcome.citations[0].record.author or (
            outcome.citations[0].record.type != "book" and _dated_venue(outcome.plain) is None)):
        return None  # (a preprint's number is a venue too: "ArXiv:2511.14213, 2025.")
    text = outcome.plain
    if not text or len(text) > 160 or (not text[:1].isupper() and not text[:1].isdigit()) \
            or strip_marker(outcome.text)[1]:
        return None  # (a list's next item is no detail: "* The Bible", "* … Books")
    isbns = [f for f in find_identifiers(text) if f.field == "ISBN"]
    if len(isbns) > 1:
        return None
    isbn = isbns[0].value if isbns else None
    slip = None if isbns else _SLIPPED_ISBN_RE.search(text)  # labelled, but not read
    cut = (isbns[0].mask_start, isbns[0].end) if isbns else slip.span() if slip else None
    if cut is not None:
        text = (text[:cut[0]] + text[cut[1]:]).strip(" ,.;:-–—")
    labelled = cut is not None
    if not isbns and (venue := _VENUE_LINE_RE.fullmatch(text)) is not None:
        return _Imprint(None, None, int(venue["year"]), None, None, venue)
    if not isbns and (venue := _VENUE_UNDATED_RE.fullmatch(text)) is not None:
        return _Imprint(None, None, None, None, None, venue)
    if not isbns and (venue := _dated_venue(text)) is not None:
        return _Imprint(None, None, int(venue["year"]), None, None, venue)
    if (catalogue := _CATALOGUE_IMPRINT_RE.match(text)) is not None:
        return _Imprint(catalogue["place"], catalogue["pub"], int(catalogue["year"]), None, isbn)
    m = _IMPRINT_LINE_RE.match(text)
    if m is None and (remark := _REMARK_RE.search(text)) is not None:
        m = _IMPRINT_LINE_RE.match(text, 0, remark.start())  # "Bloomsbury (Age range 11+)"
    if m is None:
        return None
    imprint = (m["imprint"] or m["alone"]).strip(" ,.")
    split = PLACE_PUBLISHER_RE.match(imprint)
    place, publisher = (split["place"], split["pub"]) if split else (None, imprint)
    if split is not None and not is_place(split["place"]):
        return None
    if m["alone"] and not (isbn or split):
        # a publisher alone is one only when named as publishers are, each of a chain
        # ("Riverhead Books / Penguin Random House")
        return _Imprint(None, publisher, None, None, None) if all(
            _named_publisher(part, alone=True) for part in _IMPRINT_CHAIN_RE.split(publisher)) \
            else None
    if not _named_publisher(publisher) and not (labelled and m["year"] and _NAME_CASE_RE.fullmatch(
            publisher)):  # "ISBN 0 87011 600 2 Kodansha International 1984": the ISBN says so
        if split is not None or not is_place(publisher):
            return None
        place, publisher = publisher, None  # "London, 1954": the town alone
    year = int(m["year"]) if m["year"] else None
    return _Imprint(place, publisher, year, m["pages"], isbn)


def _dated_venue(text: str) -> re.Match[str] | None:
    """A journal or a meeting and its year, a remark in brackets after them left out; its
    short name in brackets says it is a venue as well as a word does ("Pattern Recognition
    (PR), 2026")."""
    remark = _REMARK_RE.search(text)
    venue = _VENUE_DATED_RE.fullmatch(text, 0, remark.start() if remark else len(text))
    return venue if venue is not None and (
        _VENUE_WORD_RE.search(venue["journal"]) or _abbreviates(venue["short"], venue["journal"])
    ) else None


def _abbreviates(short: str | None, name: str) -> bool:
    """Whether a bracketed short name is the name's own: one of its words ("AAAI"), or its
    capitals' initials in order ("PR" of "Pattern Recognition"; not "OER" of a library's
    name and a book's)."""
    if not short:
        return False
    letters = short.strip(" ()")
    words = name[:len(name) - len(short)].split()
    if letters in words:
        return True
    initials = iter(w[0] for w in words if w[:1].isupper())
    return all(ch in initials for ch in letters if ch.isupper())


def _named_publisher(text: str, *, alone: bool = False) -> bool:
    """"Verso", "Oxford University Press", "W. W. Norton & Company": a name the lexicon
    knows, or one that ends as a publisher's does, in title case ("Olivia's books" and
    "Coming Up" are no publishers).  `alone` (no year or ISBN beside it) asks more: a
    press, not a company ("Three Lives & Company" is a bookshop) nor a heading ("Books")."""
    lowered = text.lower().strip(" .")
    if lowered in PUBLISHERS:
        return True
    words = text.strip(" .").replace(".", " ").split()
    if len(words) < 2 or "’s" in lowered or "'s" in lowered or section_kind(text) is not None \
            or any(w[:1].islower() and w not in IMPRINT_SMALL_WORDS for w in words):
        return False
    # "Oxford UP" (the dots of "U.P." are gone) in capitals; any other end in any case
    return words[-1] == "UP" or words[-1].lower() in (_PRESS_ENDS if alone else _IMPRINT_ENDS)


def _names_line(outcome: LineOutcome) -> tuple[str, list[Name]] | None:
    """A line that is people's names and nothing else ("Isaac Deutscher", "Deutscher,
    Isaac", "Frances Stonor Saunders (ed.)"), with the role it gives them."""
    if outcome.citations or outcome.continues is not None or outcome.reason not in (UNREAD,
                                                                                   PEOPLE):
        return None
    text = outcome.plain.rstrip(" .")
    if not text or len(text) > _NAMES_LINE_CHARS:
        return None
    role = "author"
    tail = _ROLE_TAIL_RE.search(text)
    if tail is not None:
        role = "translator" if tail["role"].lower().startswith("trans") else "editor"
        text = text[:tail.start()]
    names = author_line(text)  # (a paper's authors, as many as it has)
    if names is None:
        names = parse_name_list(text) or parse_inverted_list(text)
        if not names or not all(n.family and surely_a_person(n) for n in names):
            return None
    return role, names


def _join_imprint(owner: LineOutcome, line: LineOutcome, imprint: _Imprint,
                  held: deque[LineOutcome], parse: Parser, place: Place) -> bool:
    """Give the entry above the imprint under it, and the names over or under its title."""
    if owner is line or (not _may_own(owner) and not _imprintless(owner)):
        return False
    if not owner.citations and (not (imprint.year or imprint.isbn or imprint.place)
                                or not _vouched_title(owner, parse, place)):
        return False  # a publisher alone vouches for no title ("All Books" under a heading)
    record = owner.citations[0].record
    if (imprint.publisher and record.publisher) or (imprint.isbn and record.isbn) \
            or (imprint.venue and (record.container_title or record.publisher)):
        return False  # the entry has its imprint: this line is another's
    if imprint.venue is not None:
        venue = imprint.venue
        fields = venue.groupdict()
        record.container_title = venue["journal"].strip()
        record.type = "paper-conference" if _MEETING_WORD_RE.search(record.container_title) \
            else "article-journal"
        record.volume = fields.get("volume")
        record.issue = fields.get("issue") or fields.get("no")
        record.page = (fields.get("page") or "").replace(" ", "") or None
    if imprint.publisher:
        record.set("publisher", imprint.publisher)
    if imprint.place and not record.get("publisher-place"):
        record.set("publisher-place", imprint.place)
    if imprint.year and record.issued is None:
        record.issued = Date.from_year(imprint.year)
    if imprint.pages and not record.get("number-of-pages"):
        record.set("number-of-pages", imprint.pages)
    if imprint.isbn:
        record.isbn = imprint.isbn
    if not (record.author or record.editor):
        _name_from_beside(owner, held)
    line.citations.clear()
    line.continues = owner
    line.reason = None
    place(owner.citations[0], owner)
    return True


def _name_from_beside(owner: LineOutcome, held: deque[LineOutcome]) -> None:
    """The authors (or editors) of a names line just over the title line, or under it."""
    i = _index(held, owner)
    for near in [held[k] for k in range(max(i - 1, 0), len(held)) if k != i]:
        named = _names_line(near)
        if named is not None:
            _join_names(owner, near, *named)
            return


def _imprinted(outcome: LineOutcome) -> bool:
    """One work that already has its journal or its publisher."""
    return len(outcome.citations) == 1 and bool(outcome.citations[0].record.container_title
                                                 or outcome.citations[0].record.publisher)


def _join_names(owner: LineOutcome, line: LineOutcome, role: str, names: list[Name]) -> None:
    """Give the names line's people to the entry it stands by, and the line to the entry."""
    owner.citations[0].record.set(role, names)
    line.continues = owner
    line.reason = None


def _imprintless(outcome: LineOutcome) -> bool:
    """One book with its ISBN but no publisher yet (the ISBN came from its own line)."""
    return len(outcome.citations) == 1 and outcome.citations[0].record.type == "book" \
        and not outcome.citations[0].record.publisher


def _vouched_title(line: LineOutcome, parse: Parser, place: Place) -> bool:
    """Read a line no rule read as the title an imprint or an ISBN below vouches for."""
    # (a title over its link may end on a colon: "Waves in Transition Region:")
    text = _CAPTION_RE.sub("", line.plain).rstrip().removesuffix(":")
    if not 0 < len(text.split()) <= VOUCHED_TITLE_WORDS:
        return False
    parsed: Parsed | None = parse(text)
    if parsed is None or not (parsed.is_citation and parsed.record.title):
        parsed = read_listed_title(text, vouched=True)  # "Last Hope Island: Britain, …"
    if parsed is None or not parsed.is_citation:
        return False
    _give(line, parsed, place)
    return True


def _give(line: LineOutcome, work: Parsed, place: Place) -> None:
    """Make `work` the record of `line`, which no rule had read."""
    place(work, line)
    line.citations.append(work)
    line.reason = None


def _owner(outcome: LineOutcome, held: deque[LineOutcome]) -> LineOutcome | None:
    """The entry `outcome` belongs to (itself, or the entry its byline continues), while it
    is still held: a record handed out is not changed."""
    owner = outcome.continues or outcome
    return owner if any(o is owner for o in held) else None


def _detail(outcome: LineOutcome) -> tuple[str, str] | None:
    """(label, value) of a detail line: a label this module knows, or one in sentence case
    ("Chosen by: Heidi", "Availability: …"), not a title's head ("Last Hope Island: …")."""
    m = _DETAIL_RE.match(outcome.plain) if ":" in outcome.text else None
    if m is None:
        return None
    label = m["label"].lower()
    known = label in _PEOPLE_LABELS or label in _IMPRINT_LABELS or label in _DATE_LABELS
    if not known and any(w[:1].isupper() for w in m["label"].split()[1:]):
        return None
    return label, m["value"]


def _one_work(outcome: LineOutcome) -> bool:
    return outcome.continues is None and len(outcome.citations) == 1


def _may_own(outcome: LineOutcome) -> bool:
    """One book without an ISBN, or a line no rule read (a title the ISBN may vouch for),
    or a ranked heading (a title a reader's rating may vouch for)."""
    if not outcome.citations:
        return outcome.reason == UNREAD or _ranked_heading(outcome) or _title_label(outcome) \
            or _book_heading(outcome)
    return len(outcome.citations) == 1 and outcome.citations[0].record.type == "book" \
        and not outcome.citations[0].record.isbn


def _ranked_heading(outcome: LineOutcome) -> bool:
    """"### 1. The Goldfinch": a heading that ranks what it names, read as a section."""
    return outcome.reason == SECTION_HEADING and not outcome.citations \
        and _RANK_RE.match(plain_text(outcome.text)) is not None


def _book_heading(outcome: LineOutcome) -> bool:
    """"### Empire of AI": a heading three levels down or deeper that names no section, as
    a Markdown book list heads each book (a post's own title, over its "Author:", is higher)."""
    return outcome.reason == SECTION_HEADING and not outcome.citations \
        and outcome.continues is None and _DEEP_HEADING_RE.match(outcome.text) is not None \
        and section_kind(outcome.plain) is None


def _heading_text(outcome: LineOutcome) -> str:
    return outcome.plain.lstrip("#").strip()


def _heading_level(outcome: LineOutcome) -> int:
    return len(outcome.text) - len(outcome.text.lstrip("#"))


def _heading_start(held: deque[LineOutcome]) -> LineOutcome:
    """The line to hold from: a book heading's own heading above its subtitle's, else the
    last line."""
    if len(held) >= 2 and _book_heading(held[-1]) and _book_heading(held[-2]) \
            and _heading_level(held[-2]) < _heading_level(held[-1]):
        return held[-2]
    return held[-1]


def _read_heading(held: deque[LineOutcome], place: Place) -> LineOutcome | None:
    """The title a book heading gives, with the sub-heading under it as its subtitle."""
    title_line = _heading_start(held)
    subtitle = held[-1] if title_line is not held[-1] else None
    text = _heading_text(title_line)
    if subtitle is not None:
        text = f"{text}: {_heading_text(subtitle)}"
    listed = read_listed_title(text, vouched=True)
    if listed is None or not listed.is_citation:
        return None
    _give(title_line, listed, place)
    if subtitle is not None:
        subtitle.continues = title_line
        subtitle.reason = None
    return title_line


def _rating_line(outcome: LineOutcome) -> bool:
    """"Rating: 7/10", "My rating: 4 stars", "★★★★☆": a reader's score, and nothing else."""
    return not outcome.citations and _RATING_RE.fullmatch(outcome.plain) is not None


def _read_rated(heading: LineOutcome, place: Place) -> None:
    """A ranked heading over a reader's score names a work: its title, read as a listed
    one that something below vouches for (as an ISBN does)."""
    listed = read_listed_title(heading.plain, vouched=True)
    if listed is None or not listed.is_citation:
        return
    _give(heading, listed, place)


def _title_label(outcome: LineOutcome) -> bool:
    """"Title: The Da Vinci Code", a line no rule read: a title if the line under it names
    its author ("Title:" alone is as often a job's or an episode's).  Not on a file's first
    line, where "Title:" and "Author:" are the page's own metadata (MultiMarkdown's, as
    Pelican writes it: "Title: A Decade in Books" over "Author: Ben Jacobs"), nor in a
    page's YAML front matter ("title: 'What Lives on the Home Screen'" over "author: …")."""
    return not outcome.citations and outcome.continues is None and outcome.line > 1 \
        and outcome.reason != FRONT_MATTER \
        and "itle" in outcome.text[:40] and _TITLE_LABEL_RE.match(outcome.plain) is not None


def _read_labelled(line: LineOutcome, parse: Parser, place: Place) -> bool:
    """The title a "Title:" line gives: its value as the rules read it (a shop's link kept
    as the record's address), else as a listed title its author's line vouches for."""
    label = _MARKED_LABEL_RE.match(line.text)
    m = _TITLE_LABEL_RE.match(line.plain)
    if label is None or m is None:
        return False
    listed: Parsed | None = parse(line.text[label.end():])
    if listed is not None and listed.is_citation and listed.record.title \
            and not listed.record.author:
        shift = label.end()
        listed.spans = [Span(sp.field, sp.start + shift, sp.end + shift) for sp in listed.spans]
        listed.text = line.text
    else:
        listed = read_listed_title(m["title"], vouched=True)
    if listed is None or not listed.is_citation:
        return False
    _give(line, listed, place)
    return True


def _isbn_line(outcome: LineOutcome) -> bool:
    """A line that is an ISBN and its label, read as a record of its own."""
    return len(outcome.citations) == 1 and outcome.citations[0].record.title is None \
        and bool(_ISBN_LINE_RE.match(outcome.plain))


def _doi_line(outcome: LineOutcome) -> bool:
    """A line that is a DOI's address and nothing else ("https://link.springer.com/article/
    10.1007/…"), read as a record of its own: a list of papers sets each under its title."""
    if len(outcome.citations) != 1 or outcome.continues is not None:
        return False
    record = outcome.citations[0].record
    return record.title is None and not record.author and not record.isbn \
        and bool(record.get("DOI")) and not _ADDRESS_RE.sub("", outcome.plain).strip()


def _join_isbn(above: LineOutcome, line: LineOutcome, parse: Parser, place: Place) -> bool:
    """Give the ISBN (or the DOI) to the work above, reading its title line if need be."""
    if not _may_own(above):
        return False
    vouched = not above.citations
    if vouched and not _vouched_title(above, parse, place):
        return False
    record = above.citations[0].record
    found = line.citations.pop().record
    if found.isbn:
        record.isbn = found.isbn
    else:  # a paper's title over its DOI's address: the address says what it is
        record.set("DOI", found.get("DOI"))
        record.url = record.url or found.url
        record.type = found.type if vouched else record.type
    place(above.citations[0], above)  # each field's chance counted again, the ISBN's too
    line.continues = above
    return True


def _join_identifier(entry: LineOutcome, line: LineOutcome, place: Place) -> bool:
    """A line under the entry that holds nothing but an identifier and words about it ("DOI
    and publisher page (paywalled): doi.org/10.1177/…") gives the entry that identifier."""
    if len(line.citations) != 1 or entry.citations[0] is line.citations[0]:
        return False
    found = line.citations[0].record
    record = entry.citations[0].record
    if found.title or found.author or found.editor \
            or len(_ADDRESS_RE.sub(" ", line.plain).split()) > _IDENTIFIER_WORDS:
        return False  # (a whole citation whose title went unread keeps its identifier)
    doi = found.get("DOI") if not record.get("DOI") else None
    isbn = found.isbn if not record.isbn and record.type in ("book", "chapter") else None
    # the entry's own identifier again, as a link under it ("http://doi.acm.org/10.1145/…")
    again = bool(found.get("DOI") or found.isbn) \
        and str(found.get("DOI") or "").lower() == str(record.get("DOI") or "").lower() \
        and found.isbn == record.isbn
    if not (doi or isbn or again):
        return False
    if doi:
        record.set("DOI", doi)
    if isbn:
        record.isbn = isbn
    line.citations.pop()
    place(entry.citations[0], entry)
    line.continues = entry
    return True


def _join_detail(entry: LineOutcome, line: LineOutcome, label: str, value: str,
                 place: Place) -> None:
    """Give the entry the field a detail line names, if it lacks it; other labels
    ("Availability:", "Categories:") leave it alone."""
    record = entry.citations[0].record
    value = value.strip(" _*")
    if label in _PEOPLE_LABELS:
        role = _PEOPLE_LABELS[label]
        names = parse_name_list(value)
        if not names or record.get(role) or not all(map(surely_a_person, names)):
            return
        record.set(role, names)
        if role == "director" and record.type == "book" and not record.publisher:
            record.type = "motion_picture"  # "Director: Stanley Kubrick" under a title
    elif label in _IMPRINT_LABELS:
        m = _IMPRINT_RE.match(value)
        # the label vouches for a name the lexicon does not know; one it refuses is left out
        if m is None or record.publisher or refused_publisher(m["pub"]):
            return
        record.set("publisher", m["pub"])
        if record.issued is None and m["date"]:
            _date(m["date"], entry)
    elif label in _DATE_LABELS and record.issued is None and (
            iso_date(value) or _YEAR_RE.match(value)):
        _date(value, entry)
    else:
        return
    place(entry.citations[0], entry)
    line.continues = entry
    line.reason = None


def _date(text: str, entry: LineOutcome) -> None:
    """The day ("July 11th, 2023") or the year alone ("1968") a detail gives."""
    iso = iso_date(text)
    entry.citations[0].record.issued = Date.parse(iso) if iso else Date.from_year(int(text[-4:]))

