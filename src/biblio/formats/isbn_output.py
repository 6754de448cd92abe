"""The one rule every writer applies to a record's ISBN field.

Lookups store an edition's ISBN-13 and ISBN-10 together
(``978-1-85715-137-4 1-85715-137-2``, see `biblio.isbn.display`).  biblatex
and citeproc print such a field as it is, both numbers, and biber flags it as
an invalid ISBN.  So writers put one ISBN in the field by default, the
ISBN-13 of the first ISBN there; the writer option ``isbn="both"`` keeps the
field as the record holds it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any, Literal

from .. import isbn as isbns
from ..problems import BiblioError

IsbnForm = Literal["isbn13", "both"]
ISBN_FORMS: tuple[IsbnForm, ...] = ("isbn13", "both")
_PLAIN_NUMBER = re.compile(r"[0-9][0-9\- ]*[0-9]")
_HYPHENATED_13 = re.compile(r"97[89]-[0-9]{1,5}-[0-9]{1,7}-[0-9]{1,7}-[0-9]")


def isbn_form(options: Mapping[str, Any]) -> IsbnForm:
    """The ``isbn`` writer option, checked: "isbn13" (the default) or "both"."""
    form = options.get("isbn", "isbn13")
    for known in ISBN_FORMS:
        if form == known:
            return known
    raise BiblioError(f"isbn must be one of {', '.join(ISBN_FORMS)}, not {form!r}")


# An archive writes the same few thousand ISBNs again and again.
@functools.lru_cache(maxsize=1 << 14)
def written_isbn(value: str, form: IsbnForm) -> str:
    """The ISBN field as written: one ISBN-13, or the field unchanged.

    A field that already is one ISBN-13 keeps its spelling (hyphens or
    none), as does a hyphenated ISBN-13 leading a list; an ISBN-10 becomes
    its hyphenated ISBN-13; a field without a valid ISBN is left as it is
    rather than lost.
    """
    if form == "both":
        return value
    lead = value.split(" ", 1)[0]
    if _HYPHENATED_13.fullmatch(lead) and isbns.to_isbn13(lead) is not None:
        # The form lookups store (`biblio.isbn.display`): its ISBN-13 comes first,
        # hyphenated already; hyphenating it again was a tenth of a warm run.
        return lead
    first = isbns.first(value)
    if first is None:
        return value
    text = value.strip()
    if (_PLAIN_NUMBER.fullmatch(text) and sum(c.isdigit() for c in text) == 13
            and isbns.to_isbn13(text) == first):
        return text
    return isbns.hyphenate(first) or first
