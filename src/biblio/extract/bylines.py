"""A title over its byline, as book pages, reading logs and shop lists lay a work out on
two lines: "Factfulness: Ten Reasons …", then "by Hans Rosling, Anna Rosling Rönnlund".

Neither line is an entry alone, and the pair is not always one: a page opens with its own
name over "By Sean Carroll", a podcast's byline.  So a pair is read only where works are
listed: under a heading that names them, or when a second pair follows close by (or came
just before), as a list of works does.  The outcomes are held back a few lines to look
ahead; extraction stays lazy.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from typing import NamedTuple

from ..model import Date, Name
from ..parse.citation import VOUCHED_TITLE_WORDS, read_listed_title
from ..parse.lexicon import JOB_WORDS
from ..parse.markup import clean, strip_marker
from ..parse.names import is_initial, known_given_name, parse_name_list, surely_a_person
from ..parse.order import everyday_word
from ..parse.parsed import Parsed
from ..parse.rejection import AFFILIATION_RE, BYLINE_ILLUSTRATOR, BYLINE_TRANSLATOR
from .blocks import indent
from .outcome import SECTION_HEADING, UNREAD, LineOutcome
from .sections import section_kind

# How far apart two pairs of a list may be, in outcomes: a pair, its blurb, the next pair.
_WINDOW = 8
# "by Hans Rosling, Anna Rosling Rönnlund", "By Yuval Noah Harari (Translator)": a role or a
# shop's note in brackets after the names is dropped.
# "by Gabrielle Zevin, 2014": a book club's byline gives the year too.
# "by Javier Marías, translated by Margaret Jull Costa -": the translator after the
# author, and a dash the page left at the end; "By Wab Kinew (Anishinaabe), illustrated by Joe
# Morse.": a picture book's illustrator.
_NAMES = (r"(?P<names>[^()\[\]:|/@]+?)\s*(?:\([^()]*\)\s*)*"
          rf"(?:{BYLINE_TRANSLATOR}(?P<translators>[^()\[\]:|/@,]+?))?"
          rf"(?:{BYLINE_ILLUSTRATOR}(?P<illustrators>[^()\[\]:|/@,]+?)\s*(?:\([^()]*\)\s*)*)?"
          r"(?:,\s*(?P<year>(?:1[5-9]|20)\d\d))?(?:\s+[-–—])?\.?\Z")
# A label says so as well: "Author: Philip Sugden", "Written by: …".
_BYLINE_RE = re.compile(r"(?:[Bb][Yy]|[Aa]uthors?|AUTHORS?|[Ww]ritten [Bb]y):?\s+" + _NAMES)
_BYLINE_WORDS = ("by", "author")
# An attribution's dash opening the line, after tags at most, and the names after it: "---
# Martin Gurri" under "The Revolt of the Public …" (a title's own dash is inside its line).
_DASH_OPENING_RE = re.compile(r"\s*(?:<[^<>]{1,40}>\s*)*(?:—|–|-{2,3}|&[mn]dash;)\s*"
                              r"(?:<[^<>]{1,40}>\s*)*\w")
_NAMES_RE = re.compile(_NAMES)  # (the dash and any tags are gone from the plain text)
# A card's meta line, its fields parted by middle dots: "Jody Berland · 1990", "Mike Caulfield
# · Hapgood, 2019", "Kara Clevinger & Stephen Rust · Writing as Inquiry (U. Oregon OER)".
_META_RE = re.compile(r"(?P<names>[^·]+?)\s+·\s+(?:(?P<venue>[^·]+?)(?:,\s*|\Z))??"
                      r"(?P<year>(?:1[5-9]|20)\d\d)?\.?\Z")
_TRAILING_SIGNS_RE = re.compile(r"[^\w).]+\Z")  # a link's arrow: "Alejandra Bronfman · 2014 ↗"
_REMARK_END_RE = re.compile(r"\s*\([^()]*\)\Z")  # "(U. Oregon OER)"
# Where "by" must stand in a byline's text: after its markup at most ("- *By …").
_BYLINE_OPENING = 12
_INITIAL_RE = re.compile(r"\b[A-Z]\.")
# An author's page on a shelf, a shop or a catalogue: "../authors/NealStephenson",
# "/author/show/1234.Ursula_K_Le_Guin", "/authors/OL23919A".
_AUTHOR_PAGE_RE = re.compile(r"(?:^|/)authors?(?:/|\.html?\b|$)", re.IGNORECASE)
# What may stand between the links of one byline: "[A](…) & [B](…), and [C](…)".
_NAME_SEPARATORS_RE = re.compile(r"\s*(?:(?:[,&;/]|and)\s*)*", re.IGNORECASE)

Place = Callable[[Parsed, LineOutcome], None]


class _Pair(NamedTuple):
    title: LineOutcome
    byline: LineOutcome
    names: list[Name]
    translators: list[Name]
    illustrators: list[Name]
    year: int | None
    container: str | None = None  # the venue of a card's meta line


def settle_bylines(outcomes: Iterator[LineOutcome], place: Place) -> Iterator[LineOutcome]:
    """`outcomes`, with a title read with the authors of the byline under it where the
    notes list works; `place` gives the new record its origin."""
    held: deque[LineOutcome] = deque()
    waiting: list[_Pair] = []  # pairs not yet vouched for
    since_read = _WINDOW + 1  # outcomes since the last pair read
    for outcome in outcomes:
        since_read += 1
        if not held:  # nothing above for a byline to join: most lines pass straight on
            if _titled(outcome):
                held.append(outcome)
            else:
                yield outcome
            continue
        pair = _pair(held, outcome)
        if pair is not None:
            if since_read <= _WINDOW or waiting or _under_reading_heading(pair.title):
                for earlier in [*waiting, pair]:
                    _read(earlier, place)
                waiting.clear()
                since_read = 0
            else:
                waiting.append(pair)
        held.append(outcome)
        last = outcome if _titled(outcome) else None
        while held:
            # held: from the first pair waiting, else the last line if a byline may follow
            first = waiting[0].title if waiting else last
            if held[0] is first and len(held) <= _WINDOW:
                break
            gone = held.popleft()
            if waiting and gone is waiting[0].title:
                waiting.pop(0)  # no second pair came: the first stays unread
            yield gone
    yield from held


def _pair(held: deque[LineOutcome], byline: LineOutcome) -> _Pair | None:
    """The title just above `byline` and the byline's authors, if the two make one."""
    if byline.continues is not None or not held:
        return None
    meta = _meta_pair(held[-1], byline) if "·" in byline.text else None
    named = _name_as_title(byline)
    linked = _author_page_link(byline)
    if meta is not None or (byline.citations and not named and not linked):
        return meta
    opening = byline.text[:_BYLINE_OPENING].lower()
    bare = False
    if any(word in opening for word in _BYLINE_WORDS):
        # "By Jenny Kay Dupuis (Nipissing First Nation) and Kathy Kacer": a nation in brackets
        m = _BYLINE_RE.match(AFFILIATION_RE.sub("", byline.plain))
    elif _DASH_OPENING_RE.match(byline.text):
        m = _NAMES_RE.match(byline.plain)  # "<series>--- Martin Gurri</series>", "— Ted Chiang"
    elif (byline.reason == UNREAD or named or linked) and byline.plain[:1].isupper():
        m = _NAMES_RE.match(byline.plain)  # "How to Do Nothing" over "Jenny Odell"
        bare = True
    else:
        return None
    if m is None:
        return None
    title = held[-1]
    if not _titled(title) or (bare and not linked and not _bare_byline_title(title)):
        return None
    if bare and strip_marker(byline.text)[1] and strip_marker(title.text)[1] \
            and indent(byline.text, tab=4) == indent(title.text, tab=4):
        return None  # "- DevOps and Docker Talk" over "- Django Chat": the list's next item
    names = parse_name_list(m.group("names"))
    if not names or not all(_bare_person(n, initials_aside=named) if bare else _person(n)
                            for n in names):
        return None
    if bare and title.reason == SECTION_HEADING and not linked and (
            not all(map(known_given_name, names)) or strip_marker(byline.text)[1]
            or any(c.isdigit() for c in title.plain)):
        # a heading over a person's name alone, as a shelf's cards lay a book out ("<h3>Zero
        # to One</h3>" over "<span>Peter Thiel &amp; Blake Masters</span>"), each given name
        # a known one ("Watching" over "Abbott Elementary" is no book); not over a list's
        # first item ("## Authors" over "- Saul Bellow") nor a course's term over its teacher
        return None
    translators = parse_name_list(m.group("translators")) if m.group("translators") else []
    if translators is None or not all(map(_person, translators)):
        return None
    illustrators = parse_name_list(m.group("illustrators")) if m.group("illustrators") else []
    if illustrators is None or not all(map(_person, illustrators)):
        return None
    year = m.group("year")
    if bare and indent(byline.text, tab=4) < indent(title.text, tab=4):
        # "\t- Contact" over " - Dan Simmons": the list's next author, its titles nested
        # under it; the title above is a work all the same, by the author above it
        names, translators, illustrators, year = [], [], [], None
    return _Pair(title, byline, names, translators, illustrators, int(year) if year else None)


def _meta_pair(title: LineOutcome, meta: LineOutcome) -> _Pair | None:
    """A title over its card's meta line: the names before the first dot are its authors
    (read even when the line alone looked like a work: "Mike Caulfield · Hapgood, 2019")."""
    m = _META_RE.match(_TRAILING_SIGNS_RE.sub("", meta.plain))
    if m is None or not _titled(title):
        return None
    names = parse_name_list(m.group("names"))
    if not names or not all(map(_person, names)):
        return None
    venue = _REMARK_END_RE.sub("", m.group("venue") or "") or None
    year = int(m.group("year")) if m.group("year") else None
    return _Pair(title, meta, names, [], [], year, venue)


def _name_as_title(outcome: LineOutcome) -> bool:
    """A line of a name alone that its emphasis had read as a title: "_Eric Ries_" under
    "### The Lean Startup"."""
    if len(outcome.citations) != 1 or not _unauthored(outcome):
        return False
    cleaned = clean(outcome.text)  # one emphasis, the whole line, no list's marker
    if cleaned.emphasis != ((0, len(cleaned.text.rstrip())),) or strip_marker(outcome.text)[1]:
        return False
    return outcome.citations[0].record.title == outcome.plain.strip()  # (names: `_pair`)


def _author_page_link(outcome: LineOutcome) -> bool:
    """A line of links to authors' pages alone, as a generated reading log or a shelf
    links a book's byline: "*[Neal Stephenson](../authors/NealStephenson)*", "*[Eric
    Schmidt](…) & [Jonathan Rosenberg](…)*"."""
    cleaned = clean(outcome.text)
    if not cleaned.links or not all(_AUTHOR_PAGE_RE.search(url) for _, _, url in cleaned.links):
        return False
    between = [cleaned.text[:cleaned.links[0][0]], cleaned.text[cleaned.links[-1][1]:]]
    between += [cleaned.text[a[1]:b[0]]
                for a, b in zip(cleaned.links, cleaned.links[1:], strict=False)]
    return all(_NAME_SEPARATORS_RE.fullmatch(text) for text in between)


def _bare_byline_title(outcome: LineOutcome) -> bool:
    """A title over names with no "by": no credit's role ("Producer" over "Jane Smith"), no
    line naming people itself or ending with a person (a heading is held to more in
    `_pair`)."""
    words = outcome.plain.split()
    ending = parse_name_list(" ".join(words[-2:])) if len(words) > 2 else None
    return not all(w.strip(":,").lower() in JOB_WORDS for w in words) \
        and not parse_name_list(outcome.plain) \
        and not (ending and all(map(known_given_name, ending)))  # "… And Peter Straub"


def _bare_person(name: Name, *, initials_aside: bool = False) -> bool:
    """A person named with no "by" before: surely one, and no everyday word after the
    first ("Booker Prize Shortlist" is no person); a name alone in emphasis may hold
    initials ("_Paul A. Akers_" under the title of his book)."""
    rest = [*(name.given or "").split()[1:], *(name.family or "").split()]
    return surely_a_person(name) and not any(
        everyday_word(word) for word in rest if not (initials_aside and is_initial(word)))


def _person(name: Name) -> bool:
    """A given name and a surname, the given name a known one, an initial or no everyday
    word: "Summer J. Hart", "Kiersten White" (a surname is as often a word: White, Powers).
    The list around the pair, not the names, tells a podcast's "By Slate Podcasts"."""
    if not (name.given and name.family):
        return False
    return known_given_name(name) or _INITIAL_RE.search(name.given) is not None \
        or not everyday_word(name.given.split()[0])


def _titled(outcome: LineOutcome) -> bool:
    """A line a byline below would give its authors to."""
    return outcome.continues is None and (_unauthored(outcome) or _bare_title(outcome))


def _unauthored(outcome: LineOutcome) -> bool:
    """A line read as one book with no maker: a shop's title link over its byline."""
    return len(outcome.citations) == 1 and outcome.citations[0].record.type == "book" \
        and not outcome.citations[0].record.author


def _bare_title(outcome: LineOutcome) -> bool:
    """A refused short line opening with a capital, not a known heading ("Books")."""
    if outcome.reason != SECTION_HEADING and outcome.reason != UNREAD:
        return False
    text = outcome.plain
    if outcome.reason == SECTION_HEADING:
        return section_kind(text) is None and len(text.split()) <= VOUCHED_TITLE_WORDS
    return 0 < len(text.split()) <= VOUCHED_TITLE_WORDS and text[:1].isupper()


def _under_reading_heading(outcome: LineOutcome) -> bool:
    return outcome.section is not None and section_kind(outcome.section) == "reading"


def _read(pair: _Pair, place: Place) -> None:
    title = pair.title
    if title.citations:  # read already, without its maker
        parsed = title.citations[0]
    else:
        listed = read_listed_title(title.plain, vouched=True)
        if listed is None or not listed.is_citation:
            return
        parsed = listed
        title.citations.append(parsed)
        title.reason = None
    if not pair.names:
        place(parsed, title)
        return  # (the names under it head the next titles)
    parsed.record.author = pair.names
    if pair.translators:
        parsed.record.translator = pair.translators
    if pair.illustrators:
        parsed.record.illustrator = pair.illustrators
    if pair.year is not None and parsed.record.issued is None:
        parsed.record.issued = Date.from_year(pair.year)
    if pair.container and not parsed.record.container_title:
        parsed.record.container_title = pair.container
    place(parsed, title)
    if pair.byline.citations:  # a meta line may have looked like a work of its own
        pair.byline.citations.clear()
        pair.byline.reason = None
    pair.byline.continues = title
