"""Citations as DBLP writes them, the way computer-science reading lists copy them.

"Michael Stonebraker, Greg Kemnitz: The Postgres Next Generation Database Management
System. CACM 34(10): 78-92 (1991)", "Hong-Tai Chou, David J. DeWitt: An Evaluation of
Buffer Management Strategies for Relational Database Systems. VLDB 1985: 127-141": the
authors in full with commas between them, a colon, the title with its full stop, then
the venue with its volume, pages and the year in brackets (a journal), or with the year
before the pages (a conference).  The other readers take the colon for a title's and the
second author for part of it; the shape of the tail is too particular to be mistaken.
"""

from __future__ import annotations

import re

from .draft import Draft
from .names import parse_name_list

_HEAD_RE = re.compile(r"(?P<authors>[A-ZÀ-Þ][^:;()\[\]\"“”]{2,300}?):\s+(?=\S)")
_TITLE = r"(?P<title>\S.*?[.?!])\s+(?P<venue>[A-Z][^()]{0,100}?)\s+"
_PAGE = r"(?P<page>\d{1,6}(?:-\d{1,6})?)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_JOURNAL_RE = re.compile(
    _TITLE + r"(?P<volume>\d{1,4})(?:\((?P<issue>[^()]{1,10})\))?:\s*" + _PAGE
    + r"\s*\(" + _YEAR + r"\)\.?\s*")
_CONFERENCE_RE = re.compile(_TITLE + _YEAR + r"(?:\s*\([^()]{1,20}\))?:\s*" + _PAGE + r"\.?\s*")


def parse_dblp(base: Draft, start: int, end: int) -> Draft | None:
    """A journal article or a conference paper as DBLP lists it."""
    s = base.s
    if s.find(": ", start, end) < 0 or s.rfind(":", start, end) == s.find(": ", start, end):
        return None  # the names' colon and the pages' colon are the style's marks
    head = _HEAD_RE.match(s, start, end)
    if head is None:
        return None
    names = parse_name_list(head["authors"])
    if not names or not all(n.given and n.family for n in names):
        return None
    journal = _JOURNAL_RE.fullmatch(s, head.end(), end)
    m = journal or _CONFERENCE_RE.fullmatch(s, head.end(), end)
    if m is None:
        return None
    draft = base.fork()
    draft.form = "dblp"
    draft.type = "article-journal" if journal else "paper-conference"
    draft.put_names("author", names, *head.span("authors"))
    draft.put("title", m.start("title"), m.end("title") - (s[m.end("title") - 1] == "."))
    draft.put("container-title", *m.span("venue"))
    for field in ("volume", "issue") if journal else ():
        if m[field]:
            draft.put(field, *m.span(field))
    draft.put("page", *m.span("page"))
    draft.put_year(int(m["year"]), *m.span("year"))
    return draft
