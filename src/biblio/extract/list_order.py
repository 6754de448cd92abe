"""Which side of a list's separator is the title: the list's own habit decides a tie.

"Roadside Picnic - Arkady Strugatsky" and "La Belle Sauvage, Phillip Pullman" split
into two runs of capitalised words that both read as names, and no common given
name tells the parser which is the person; it takes the commoner "Author – Title"
order.  A list keeps one order, though, and its other lines show it: "Anna
Karenina - Leo Tolstoy" or "Things Fall Apart, Chinua Achebe", where a given name
settles the side.  Once a document's sure lines agree on an order, a line in doubt
is read in that order too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..parse.names import (
    is_initial,
    known_given_name,
    parse_name_list,
    parse_person,
    surely_a_person,
)
from ..parse.order import COMMON_WORD, frequencies
from ..parse.parsed import Parsed, Span

# Sure lines needed, and the share of them that must agree, before a tie is settled.
_MIN_SURE = 3
_AGREEMENT = 0.8
_SEPARATORS = (",", "-", "–", "—", ":", ";")
_LONGEST_NAME = 4
_PARTICLES = frozenset({"de", "del", "della", "di", "da", "van", "von", "der", "den", "du", "le",
                        "la"})
# The one separator of a list line the parser could not read: "Emily Wapnick - How to be …".
_ONE_SEPARATOR = re.compile(r"\s[–—-]\s|,\s")
_COLON = re.compile(r"\s?:\s")


class ListOrder:
    """The orders the sure lines of one document showed, and the settling of ties."""

    def __init__(self) -> None:
        self.title_first = 0
        self.author_first = 0
        self.by_lines = 0  # "Title by Author" lines: the habit of a list with no separator
        self.titles_alone = 0  # readings with a title and no one's name
        self.with_names = 0
        self.colon_author_first = 0  # sure "Author: Title" lines
        self.colon_sure = 0

    def settle(self, parsed: Parsed, parse: Callable[[str], Parsed]) -> Parsed:
        """`parsed`, or its reading the other way round when the list's habit says so."""
        if self._titles_habit() and _names_no_person(parsed):
            _whole_title(parsed)  # "Eat, Pray, Love" in a list of titles alone
        self.note(parsed)
        if _by_line(parsed):
            self.by_lines += 1
        sides = _sides(parsed)
        if sides is None:
            return parsed
        first, second, title_first, in_doubt = sides
        if not in_doubt:
            if parsed.text[first.end:second.start].strip() == ":":
                self.colon_sure += 1
                self.colon_author_first += not title_first
            if title_first:
                self.title_first += 1
            else:
                self.author_first += 1
            return parsed
        sure = self.title_first + self.author_first
        if sure < _MIN_SURE:
            return parsed
        habit_title_first = self.title_first >= _AGREEMENT * sure
        habit_author_first = self.author_first >= _AGREEMENT * sure
        if not ((habit_title_first and not title_first) or (habit_author_first and title_first)):
            return parsed
        text = parsed.text
        title, author = (first, second) if habit_title_first else (second, first)
        turned = parse(f"{text[title.start:title.end]} by {text[author.start:author.end]}")
        if not (turned.is_citation and turned.record.author and turned.record.full_title):
            return parsed
        parsed.record.set_full_title(turned.record.full_title)
        parsed.record.author = turned.record.author
        return parsed


    def note(self, parsed: Parsed) -> None:
        """Count a reading the document kept: a title alone, or a title with names."""
        if parsed.is_citation and parsed.record.full_title:
            if parsed.record.author:
                self.with_names += 1
            else:
                self.titles_alone += 1

    def _titles_habit(self) -> bool:
        """The document's works so far are mostly titles alone, as a reading log keeps them."""
        return self.titles_alone >= _MIN_SURE and \
            self.titles_alone >= _AGREEMENT * (self.titles_alone + self.with_names)

    def retry(self, text: str, parse: Callable[[str], Parsed], *, in_item: bool) -> Parsed | None:
        """A list line no reading fitted, read in the list's habit: "Emily Wapnick - How to be
        Everything" in a list of "Author - Title" lines is "How to be Everything" by her."""
        sure = self.title_first + self.author_first
        colons = list(_COLON.finditer(text))
        if in_item and len(colons) == 1 and self.colon_sure >= _MIN_SURE \
                and self.colon_author_first >= _AGREEMENT * self.colon_sure:
            # "Tayker: How to Rap", "NPR: Tinsel Tales" in a list of "David Byrne: How
            # Music Works": the one word before the colon is the author, as on every line
            head, rest = text[:colons[0].start()].strip(), text[colons[0].end():].strip()
            if 0 < len(head.split()) <= _LONGEST_NAME:
                turned = parse(f"{rest} by {head}")
                if turned.is_citation and turned.record.author and turned.record.full_title:
                    return turned
        cuts = list(_ONE_SEPARATOR.finditer(text))
        if not cuts and self.by_lines >= _MIN_SURE:
            return _trailing_name(text, parse)  # "The Phantom Tollbooth Norton Juster"
        if sure < _MIN_SURE or len(cuts) != 1 or not in_item:
            return None
        first, second = text[:cuts[0].start()].strip(), text[cuts[0].end():].strip()
        if self.title_first >= _AGREEMENT * sure:
            title, author = first, second
        elif self.author_first >= _AGREEMENT * sure:
            title, author = second, first
        else:
            return None
        turned = parse(f"{title} by {author}")
        if not (turned.is_citation and turned.record.author and turned.record.full_title):
            return None
        return turned


def _names_no_person(parsed: Parsed) -> bool:
    """A reading whose "author" is title words run next to the title ("Zen Mind, Beginner's
    Mind", "Bird by Bird", "Trust Me, I'm Lying"): nobody's name, and no other field read."""
    record = parsed.record
    return parsed.is_citation and parsed.method == "rules" and bool(record.author) and not any(
        surely_a_person(n) for n in record.author) and all(
        s.field in ("author", "title") for s in parsed.spans)


def _whole_title(parsed: Parsed) -> None:
    """Read the stretch from the first to the last of the title and names as the title."""
    spans = [s for s in parsed.spans if s.field in ("author", "title")]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    parsed.record.set_full_title(parsed.text[start:end])
    parsed.record.author = []
    parsed.spans = [Span("title", start, end)]


def _by_line(parsed: Parsed) -> bool:
    """"Poached by Stuart Gibbs": a title, " by ", an author."""
    if not parsed.is_citation:
        return False
    spans = {s.field: s for s in parsed.spans if s.field in ("title", "author")}
    if len(spans) != 2 or spans["title"].end > spans["author"].start:
        return False
    return parsed.text[spans["title"].end:spans["author"].start].strip().lower() == "by"


def _trailing_name(text: str, parse: Callable[[str], Parsed]) -> Parsed | None:
    """"Encyclopedia Brown Series Donald J. Sobol" in a list of "Title by Author" lines: the
    shortest run of last words that is surely a person's name (a common given name, or rare
    words; an initial takes the word before it along), and a title of two words or more."""
    whole = parse_person(text)
    if whole is not None and known_given_name(whole):
        return None  # "Emily St. John Mandel" under her title: all of it is the name
    words = text.split()
    for k in range(2, min(_LONGEST_NAME, len(words) - 1) + 1):
        name_words = words[-k:]
        if is_initial(name_words[0]) or name_words[0].lower() in _PARTICLES:
            continue  # "J. Sobol", "de Cervantes": the name starts further left
        person = parse_person(" ".join(name_words))
        if person is None or not (known_given_name(person) or (
                surely_a_person(person) and max(frequencies(" ".join(name_words))) < COMMON_WORD)):
            continue  # "The Holy Bible": everyday words make no name
        if len(words) - k < 2 or not words[-k - 1][:1].isupper():
            return None  # "… a biography of Steven Spielberg": a sentence ends on the name
        turned = parse(f"{' '.join(words[:-k])} by {' '.join(name_words)}")
        if turned.is_citation and turned.record.author and turned.record.full_title:
            return turned
        return None
    return None


def _sides(parsed: Parsed) -> tuple[Span, Span, bool, bool] | None:
    """The two sides of a "Title – Author" / "Author, Title" line in line order, whether the
    title comes first, and whether the reading is in doubt (both sides names, neither or
    both with a common given name)."""
    if not parsed.is_citation:
        return None
    authors = [s for s in parsed.spans if s.field == "author"]
    titles = [s for s in parsed.spans if s.field == "title"]
    if len(authors) != 1 or len(titles) != 1 or len(parsed.record.author or []) != 1:
        return None
    author, title = authors[0], titles[0]
    first, second = sorted((author, title), key=lambda s: s.start)
    between = parsed.text[first.end:second.start].strip()
    if between not in _SEPARATORS:
        return None
    title_first = title.start < author.start
    title_names = parse_name_list(parsed.text[title.start:title.end])
    people = [*(parsed.record.author or []), *(title_names or [])]
    known = [known_given_name(n) for n in people]
    # (both with common given names is a tie too: "Jane Eyre - Charlotte Bronte")
    in_doubt = title_names is not None and len(title_names) == 1 and (
        not any(known) or all(known))
    return first, second, title_first, in_doubt
