"""The record being assembled from one line, with the position of every value.

Recognisers write into a `Draft` by position (`put(field, start, end)`), so
the value and the span that proves it can never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from operator import itemgetter

from ..model import NAME_FIELDS, Date, Name, Record
from .lexicon import ORDINALS
from .parsed import Span

# What is stripped from both ends of a field value.
_EDGE = " \t,;:.–—-"
_QUOTES = "\"'“”‘’«»„"
_EDGE_AND_QUOTES = _EDGE + _QUOTES
# A remark in brackets after a title set off in italics or as a link: "*Aeneid* (Fagles or
# Fitzgerald)", "*Oresteia* (Agamemnon, Libation Bearers, Eumenides)".  The marks end the title.
_REMARK_AFTER = re.compile(r"[ \t]*\([^()#\d]{1,80}\)")  # (not a series: "(Dark Eden, #1)")


@dataclass(slots=True)  # each line makes several drafts, and reads their fields often
class Draft:
    """Fields found so far in the working text `s` (positions index `s`)."""

    s: str
    type: str = "book"
    values: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    names: dict[str, list[Name]] = field(default_factory=dict)
    name_spans: list[Span] = field(default_factory=list)
    date: Date | None = None
    date_span: tuple[int, int] | None = None
    original_year: int | None = None
    # A person named in a trailing "(Name, Year)": director or publisher.
    paren_person: tuple[list[Name], int, int] | None = None
    form: str = ""  # which reading produced the draft: "author-date", "comma", …
    era_date: bool = False  # a date the model cannot hold was read ("c. 375 BC")
    # Stretches the line sets off as a title: italics, bold or a link's text.
    emphasis: tuple[tuple[int, int], ...] = ()
    # A reading a list may hold but a paragraph should not: a lone surname, a
    # lower-case title.  Its confidence stays below the bar outside reading lists.
    weak: bool = False
    # A role in brackets after the names that end the core ("… Ken Liu (Editor)",
    # "– Eric Hobsbawm & Terence Ranger (eds.)"): the role and where the names end.
    role_mark: tuple[tuple[str, ...], int] | None = None
    # The line says what kind of work it names ("Livro: …", "Film: …"), as only a citation does.
    labelled: bool = False
    # The stretches of `emphasis` in italics or bold (a link's text aside).
    italics: tuple[tuple[int, int], ...] = ()
    # A reader's score closed the line ("…: 7.9/10"), as only a log's entry does.
    scored: bool = False

    def fork(self) -> Draft:
        """A fresh draft over the same text, keeping what was found before reading."""
        return Draft(self.s, type=self.type, values=dict(self.values), emphasis=self.emphasis,
                     labelled=self.labelled, date=self.date, date_span=self.date_span,
                     italics=self.italics, scored=self.scored)

    def copy(self) -> Draft:
        """An independent copy, so one reading can be tried without spoiling another."""
        return Draft(
            self.s, self.type, dict(self.values),
            {role: list(names) for role, names in self.names.items()}, list(self.name_spans),
            self.date, self.date_span, self.original_year, self.paren_person, self.form,
            self.era_date, self.emphasis, self.weak, self.role_mark, self.labelled, self.italics,
            self.scored,
        )

    def adopt(self, other: Draft) -> None:
        """Take on every field of `other`: a reading tried on a copy is kept."""
        for name in _FIELDS:
            setattr(self, name, getattr(other, name))

    def put(self, csl_field: str, start: int, end: int, *, keep_quotes: bool = False) -> bool:
        """Store the trimmed text s[start:end] as `csl_field`; False if nothing is left."""
        start, end = trim(self.s, start, end, keep_quotes=keep_quotes)
        if start >= end:
            return False
        if csl_field == "title" and self.s.endswith(" |", start, end):
            start, end = trim(self.s, start, end - 1)  # a text table's cell border: "Leviathan |"
        if csl_field == "title" and (form := _FORMAT_AFTER_TITLE.search(self.s, start, end)) \
                and form.start() > start and form.end() == end:
            end = form.start()  # the copy's format or price: "SiLK Analyst Handbook (PDF)"
        if csl_field == "title" and self.emphasis:
            end = next((y for x, y in self.emphasis if x == start and start < y < end
                        and _REMARK_AFTER.fullmatch(self.s, y, end)), end)
        value = " ".join(self.s[start:end].split())
        self.values[csl_field] = (value, start, end)
        return True

    def put_range(self, csl_field: str, start: int, end: int) -> None:
        """Store a range as CSL writes it: pandoc's "--" ("pp. 21--50") is its en dash."""
        self.put_value(csl_field, " ".join(self.s[start:end].replace("--", "–").split()),
                       start, end)

    def put_value(self, csl_field: str, value: str, start: int, end: int) -> None:
        """Store a normalised value (an ISBN-13, a URL) with the span it came from."""
        self.values[csl_field] = (value, start, end)

    def put_names(self, role: str, names: list[Name], start: int, end: int) -> None:
        start, end = trim(self.s, start, end)
        self.names.setdefault(role, []).extend(names)
        self.name_spans.append(Span(role, start, end))

    def put_year(self, year: int, start: int, end: int, month: int | None = None,
                 day: int | None = None) -> None:
        self.date = Date.from_year(year, month, day)
        self.date_span = (start, end)

    def get(self, csl_field: str) -> str | None:
        got = self.values.get(csl_field)
        return got[0] if got else None

    def record(self) -> Record:
        rec = Record.blank(self.type)
        for csl_field, (value, _, _) in self.values.items():
            if csl_field == "edition" and (numbered := _NUMBERED_EDITION_RE.fullmatch(value)):
                value = numbered["n"]  # "2nd ed." → "2": styles print the ordinal and the term
            elif csl_field == "edition" and (word := value.partition(" ")[0].lower()) in ORDINALS:
                value = str(ORDINALS.index(word) + 1)  # "fourth edition" → "4"
            elif csl_field == "title" and " : " in value and ": " not in value.partition(" : ")[0]:
                value = value.replace(" : ", ": ", 1)  # a catalogue's "Model railway : layout"
            rec.set(csl_field, value)
        for role, names in self.names.items():
            if role in NAME_FIELDS:  # a clause's working role ("with") is not a variable
                rec.set(role, names)
        rec.issued = self.date
        if self.original_year is not None:
            rec.original_date = Date.from_year(self.original_year)
        return rec

    def spans(self) -> list[tuple[str, int, int]]:
        """(field, start, end) of every value found, in line order."""
        out = [(f, a, b) for f, (_, a, b) in self.values.items()]
        out.extend((sp.field, sp.start, sp.end) for sp in self.name_spans)
        if self.date_span is not None:
            out.append(("issued", *self.date_span))
        out.sort(key=_POSITION)
        return out


_FIELDS = tuple(f.name for f in fields(Draft))
# What the copy a list points to is, or costs, closing a title: "(PDF)", "(Kindle Edition)",
# "(Amazon $11.20)", "(7 books)", " Audiobook", and a shop's words for the edition:
# "(Illustrated)", "(Annotated)", "(Unabridged)".
_FORMAT_AFTER_TITLE = re.compile(
    r"\s*\((?:PDF|pdf|EPUB|epub|[Ee]-?[Bb]ook|Kindle(?: [Ee]dition)?|[Aa]udio ?[Bb]ook|"
    r"(?:[Ii]llustrated|[Aa]nnotated|[Uu]nabridged|[Aa]bridged)(?: [Ee]dition)?|"
    r"[Hh]ardcover|[Pp]aperback|Amazon(?: \$[\d.,]+)?|\$[\d.,]+|\d{1,2} books)\)"
    r"|\s+(?:Audiobook|Kindle Edition)\b")
# An edition by its number alone, as CSL and biblatex want it ("2nd ed.", "3rd edition",
# "5th edn"); "Rev. ed." and "3rd Asia-Pacific ed." stay as written.
_NUMBERED_EDITION_RE = re.compile(r"(?P<n>\d{1,3})(?:st|nd|rd|th)?\.?\s*(?:ed(?:ition|n)?\.?)?",
                                  re.IGNORECASE)
_POSITION = itemgetter(1, 2)  # (start, end) of a (field, start, end) span


def trim(s: str, start: int, end: int, *, keep_quotes: bool = False) -> tuple[int, int]:
    """Narrow [start, end) past spaces, separators and (unless kept) enclosing quotes."""
    edge = _EDGE if keep_quotes else _EDGE_AND_QUOTES
    if start < end and (s[start] in edge or s[end - 1] in edge):
        # `str.strip` walks the edge in C: a parse trims a dozen spans
        piece = s[start:end]
        kept = piece.lstrip(edge)
        start += len(piece) - len(kept)
        end = start + len(kept.rstrip(edge))
    return start, end
