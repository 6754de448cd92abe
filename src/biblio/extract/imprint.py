"""The imprint a sentence gives in brackets after a book it names.

Publishers' podcasts and book pages name a book in a sentence and its publisher
straight after it: "… her latest book, A Grand Complication (Atria Books). She …",
"In Bill LeFurgy's Into the Suffering City (High Kicker Books), …", "… Samurai
Revolution (Tuttle Publishing, ISBN 978-4805312353)".  The mention reader finds the
work; the bracket after its title is read here, when it holds a publisher's name.
"""

from __future__ import annotations

import re

from ..model import Date
from ..parse.parsed import Parsed
from ..parse.segments import is_publisher

# The bracket right after the title: a name, then perhaps a year and an ISBN.
_IMPRINT_RE = re.compile(
    r"\s*[(\[](?P<pub>[A-Z][^()\[\],;:]{1,60}?)(?:,\s*(?P<year>(?:1[5-9]|20)\d\d))?"
    r"(?:,\s*ISBN[^()\[\]]{0,30})?[)\]]")


def add_imprints(mentions: list[Parsed]) -> None:
    """Give each mentioned book the publisher (and year) its bracket names."""
    for mention in mentions:
        record = mention.record
        if record.type != "book" or record.publisher:
            continue
        end = next((span.end for span in mention.spans if span.field == "title"), None)
        if end is None:
            continue
        m = _IMPRINT_RE.match(mention.text, end)
        if m is None or not is_publisher(m.group("pub")):
            continue
        record.set("publisher", " ".join(m.group("pub").split()))
        if m.group("year") and record.issued is None:
            record.issued = Date([[int(m.group("year"))]])
