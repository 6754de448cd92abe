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

from ..parse.names import known_given_name, parse_name_list
from ..parse.parsed import Parsed, Span

# Sure lines needed, and the share of them that must agree, before a tie is settled.
_MIN_SURE = 3
_AGREEMENT = 0.8
_SEPARATORS = (",", "-", "–", "—", ":")
# The one separator of a list line the parser could not read: "Emily Wapnick - How to be …".
_ONE_SEPARATOR = re.compile(r"\s[–—-]\s|,\s")


class ListOrder:
    """The orders the sure lines of one document showed, and the settling of ties."""

    def __init__(self) -> None:
        self.title_first = 0
        self.author_first = 0

    def settle(self, parsed: Parsed, parse: Callable[[str], Parsed]) -> Parsed:
        """`parsed`, or its reading the other way round when the list's habit says so."""
        sides = _sides(parsed)
        if sides is None:
            return parsed
        first, second, title_first, in_doubt = sides
        if not in_doubt:
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


    def retry(self, text: str, parse: Callable[[str], Parsed]) -> Parsed | None:
        """A list line no reading fitted, read in the list's habit: "Emily Wapnick - How to be
        Everything" in a list of "Author - Title" lines is "How to be Everything" by her."""
        sure = self.title_first + self.author_first
        cuts = list(_ONE_SEPARATOR.finditer(text))
        if sure < _MIN_SURE or len(cuts) != 1:
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


def _sides(parsed: Parsed) -> tuple[Span, Span, bool, bool] | None:
    """The two sides of a "Title – Author" / "Author, Title" line in line order, whether the
    title comes first, and whether the reading is in doubt (both sides names, neither with
    a common given name)."""
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
    in_doubt = title_names is not None and len(title_names) == 1 and not any(
        known_given_name(n) for n in people)
    return first, second, title_first, in_doubt
