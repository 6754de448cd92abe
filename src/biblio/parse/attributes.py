"""Entries a site generator writes as named attributes: a Hugo shortcode
`{{< ebook id="28335699" title="Leviathan Falls" authors="James S.A. Corey" >}}`, a
Liquid include `{% include book.html title="…" author="…" %}`.

The line names each field, so it is read by those names, not by its shape: the
shape readers took the id for a title and the author for a second one.  A title
alone is no entry (an HTML link's `title="…"` is a tooltip), so an author, a year
or an ISBN must be named beside it.
"""

from __future__ import annotations

import re

from ..model import Name
from .draft import Draft
from .names import parse_person

_PAIR_RE = re.compile(r"(?<![\w-])(?:data-)?(?P<key>[A-Za-z][\w-]{0,30})\s*=\s*"
                      r"(?:\"(?P<d>[^\"]*)\"|'(?P<s>[^']*)')")
_TITLE_KEYS = ("title", "booktitle", "book-title", "book_title")
_PEOPLE_KEYS = {"author": "author", "authors": "author", "by": "author", "creator": "author",
                "writer": "author", "editor": "editor", "editors": "editor",
                "translator": "translator", "translators": "translator"}
_YEAR_KEYS = ("year", "published", "pubdate", "date", "publication_year", "publication-year")
_FIELD_KEYS = {"publisher": "publisher", "isbn": "ISBN", "isbn13": "ISBN", "isbn10": "ISBN",
               "url": "URL", "link": "URL"}
_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_PEOPLE_SPLIT_RE = re.compile(r"\s*(?:;|,|&|\band\b)\s*")


def read_attributes(s: str) -> Draft | None:
    """The entry a line's named attributes give, or None when they name no work."""
    if '="' not in s and "='" not in s:
        return None
    pairs: dict[str, tuple[int, int]] = {}
    for m in _PAIR_RE.finditer(s):
        group = "d" if m.group("d") is not None else "s"
        if m.group(group).strip():
            pairs.setdefault(m.group("key").lower(), (m.start(group), m.end(group)))
    title = next((pairs[k] for k in _TITLE_KEYS if k in pairs), None)
    if title is None:
        return None
    draft = Draft(s)
    draft.form = "attributes"
    for key, role in _PEOPLE_KEYS.items():
        if key in pairs and role not in draft.names:
            a, b = pairs[key]
            draft.put_names(role, _people(s[a:b]), a, b)
    year = next((pairs[k] for k in _YEAR_KEYS if k in pairs), None)
    found = _YEAR_RE.search(s, *year) if year else None
    if found is not None:
        draft.put_year(int(found.group(1)), *found.span(1))
    for key, csl_field in _FIELD_KEYS.items():
        if key in pairs and csl_field not in draft.values:
            draft.put(csl_field, *pairs[key])
    if not (draft.names or draft.date or "ISBN" in draft.values):
        return None
    draft.put("title", *title)
    return draft


def _people(value: str) -> list[Name]:
    """ "Darrell Mullis, Judith Orloff": the attribute holds people only, so a bare comma
    parts them too; a part no name reader takes stays as written."""
    names = []
    for part in filter(None, _PEOPLE_SPLIT_RE.split(value.strip())):
        person = parse_person(part)
        names.append(person if person is not None else Name(literal=part))
    return names
