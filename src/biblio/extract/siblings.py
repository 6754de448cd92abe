"""A weak reading vouched for by the line above it, when both lines have one shape.

"Oxtoby. *Measure and Category*. 2nd ed." is a lone surname before a title: the
parser trusts it too little for a line outside a reading list.  In a list whose
previous entry, "Takeuti, Zaring. *Introduction to Axiomatic Set Theory*. 2nd
ed.", was read with confidence and split into authors and title the same way,
with the same punctuation between them, the list's own form vouches for it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..parse.parsed import Parsed

Shape = tuple[str, ...]
# What separates two fields, without spaces, emphasis marks or HTML tags.
_MARKUP = re.compile(r"<[^>]{0,40}>|[\s*_]")


def shape(parsed: Parsed) -> Shape | None:
    """The author and title of `parsed` in line order with the punctuation between them
    (what trails them, an edition or a date, may vary from entry to entry); None for a
    reading without both."""
    spans = sorted((s for s in parsed.spans if s.field in ("author", "title")),
                   key=lambda s: s.start)
    if {s.field for s in spans} != {"author", "title"}:
        return None
    out: list[str] = []
    for before, after in pairwise(spans):
        out.append(before.field)
        out.append(_MARKUP.sub("", parsed.text[before.end:after.start]))
    out.append(spans[-1].field)
    return tuple(out)
