"""A weak reading vouched for by the line above it, when both lines have one shape.

"Oxtoby. *Measure and Category*. 2nd ed." is a lone surname before a title: the
parser trusts it too little for a line outside a reading list.  In a list whose
previous entry, "Takeuti, Zaring. *Introduction to Axiomatic Set Theory*. 2nd
ed.", was read with confidence and split into the same fields with the same
punctuation between them, the list's own form vouches for it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..parse.parsed import Parsed

Shape = tuple[str, ...]
# What separates two fields, without spaces, emphasis marks or HTML tags.
_MARKUP = re.compile(r"<[^>]{0,40}>|[\s*_]")


def shape(parsed: Parsed) -> Shape | None:
    """The fields of `parsed` in line order with the punctuation between them; None for a
    reading without both an author and a title."""
    spans = sorted(parsed.spans, key=lambda s: s.start)
    fields = {s.field for s in spans}
    if not {"author", "title"} <= fields:
        return None
    out: list[str] = []
    for before, after in pairwise(spans):
        out.append(before.field)
        out.append(_MARKUP.sub("", parsed.text[before.end:after.start]))
    out.append(spans[-1].field)
    return tuple(out)
