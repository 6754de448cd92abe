"""Citations in the Vancouver style (NLM's *Citing Medicine*), as medical and nursing
reading lists write them.

"Jenkins PF. Making sense of the chest x-ray: a hands-on guide. New York: Oxford
University Press; 2005. 194 p." has its authors as surnames with run-together
initials and no full stops ("Jenkins PF", "Florence AT, Attwood D"), a semicolon
before the year and a journal's volume after it ("2023;15(3):123-30").  The
other formal readers take "PF" for a surname and the year for a publisher, so the
style gets its own reading, tried first: its author list is too particular to
be mistaken for anything else.
"""

from __future__ import annotations

import re

from .draft import Draft
from .names import vancouver_names
from .segments import EDITION_STATEMENT, MONTHS

_PARTICLE = r"(?:(?:de|del|della|der|den|du|da|di|dos|van|von|le|la|van der|van den|von der) )"
_SURNAME = rf"{_PARTICLE}?[A-ZÀ-Þ][\w'’]+(?:[ -][A-ZÀ-Þ][\w'’]+)*"
# The whole author list up to the full stop that ends it: "Florence AT, Attwood D.",
# "Smith J, Doe A, Johnson B, et al.", "Albert T."
_AUTHORS_RE = re.compile(
    rf"(?P<authors>{_SURNAME} [A-Z]{{1,3}}(?:, {_SURNAME} [A-Z]{{1,3}})*(?:,? et al)?)"
    r"(?:\.?(?P<role>,? editors?))?\.\s+(?=\S)")
_EDITION = rf"(?P<edition>{EDITION_STATEMENT})\.\s+"
# "2002 Jul 25": the year, and the month and day a journal's issue may add.
_DATE = r"(?P<year>1[5-9]\d\d|20\d\d)(?:\s+(?P<month>[A-Z][a-z]{2})(?:\s+(?P<day>\d{1,2}))?)?"
_IMPRINT = (r"(?P<place>[A-ZÀ-Þ][^:;.]{1,60}?)\s?:\s*(?P<publisher>[^;]{2,100}?);\s*c?"
            + _DATE)
_CITED = r"(?:\s*\[(?:cited|updated|accessed)[^\]]{0,40}\])?"
_BOOK_RE = re.compile(
    r"(?P<title>[^.]+?(?:\.[^ .][^.]*?)*?)(?:\s*\[Internet\])?\.\s+"
    rf"(?:{_EDITION})?{_IMPRINT}{_CITED}\.?(?:\s+(?P<pages>\d{{1,5}})\s*p\.?)?\s*$")
_CHAPTER_RE = re.compile(
    r"(?P<chapter>[^.]+?)\.\s+In:\s+(?P<editors>[^.]+?),\s+editors?\.\s+"
    rf"(?P<title>[^.]+?)(?:\s*\[Internet\])?\.\s+(?:{_EDITION})?{_IMPRINT}{_CITED}"
    r"\.?(?:\s+p\.\s*(?P<page>\d{1,5}(?:-\d{1,5})?)\.?)?\s*$")
_ARTICLE_RE = re.compile(
    r"(?P<title>[^.?!]+[.?!])\s+(?P<journal>[A-Z][^.;]{0,80}?)(?:\s*\[Internet\])?\.\s+"
    + _DATE + _CITED
    + r"\s*;\s*(?P<volume>\d{1,4})(?:\s*\((?P<issue>[^)]{1,10})\))?"
    r"(?:\s*:\s*(?P<page>[A-Za-z]?\d{1,6}(?:\s*-\s*[A-Za-z]?\d{1,6})?))?\.?\s*$")


def parse_vancouver(base: Draft, start: int, end: int) -> Draft | None:
    """A book, a chapter or an article in the Vancouver style."""
    s = base.s
    if s.find(";", start, end) < 0:
        return None  # the year's semicolon is the style's mark
    head = _AUTHORS_RE.match(s, start, end)
    if head is None or s.find(";", head.end(), end) < 0:
        return None
    names = vancouver_names(head["authors"])
    if names is None:
        return None
    draft = base.fork()
    draft.form = "vancouver"
    role = "editor" if head["role"] else "author"
    draft.put_names(role, names, head.start("authors"), head.end("authors"))
    at = head.end()
    if (m := _ARTICLE_RE.fullmatch(s, at, end)) is not None:
        draft.type = "article-journal"
        draft.put("title", m.start("title"), m.end("title") - (s[m.end("title") - 1] == "."))
        draft.put("container-title", *m.span("journal"))
        for field in ("volume", "issue", "page"):
            if m[field]:
                draft.put(field, *m.span(field))
    elif (m := _CHAPTER_RE.fullmatch(s, at, end)) is not None:
        editors = vancouver_names(m["editors"])
        if editors is None:
            return None
        draft.type = "chapter"
        draft.put("title", *m.span("chapter"))
        draft.put_names("editor", editors, *m.span("editors"))
        draft.put("container-title", *m.span("title"))
        if m["page"]:
            draft.put("page", *m.span("page"))
        _imprint(draft, m)
    elif (m := _BOOK_RE.fullmatch(s, at, end)) is not None:
        draft.put("title", *m.span("title"))
        if m["pages"]:
            draft.put("number-of-pages", *m.span("pages"))
        _imprint(draft, m)
    else:
        return None
    month = MONTHS.get(m["month"].lower()) if m["month"] else None
    day = int(m["day"]) if month and m["day"] else None
    draft.put_year(int(m["year"]), m.start("year"), m.end("day" if day else "month" if month
                                                         else "year"), month, day)
    return draft


def _imprint(draft: Draft, m: re.Match[str]) -> None:
    draft.put("publisher-place", *m.span("place"))
    draft.put("publisher", *m.span("publisher"))
    if m["edition"]:
        draft.put("edition", *m.span("edition"))
