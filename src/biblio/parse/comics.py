"""Comic-book issues as reading orders list them.

"Detective Comics #27 (The Case of the Chemical Syndicate - May, 1939)": the series, the
issue's number, then in brackets the story's title and the cover date.  The story is the
work the list orders, the series and number where it ran; read as a title and an imprint,
the line gave the series as the title and the story as its publisher.
"""

from __future__ import annotations

import re

from .draft import Draft
from .segments import MONTHS

_ISSUE_RE = re.compile(
    r"(?P<series>[A-Z][^#()]{1,80}?)\s+#(?P<issue>\d{1,4})\s*\(\s*(?P<title>[^()]+?)\s+[-–—]\s+"
    r"(?:(?P<month>[A-Z][a-z]+)\.?,?\s+)?(?P<year>(?:19|20)\d\d)\s*\)")


def parse_comic_issue(base: Draft, start: int, end: int) -> Draft | None:
    """One issue's story, its series and number, and its cover date."""
    s = base.s
    if s.find("#", start, end) < 0:
        return None
    m = _ISSUE_RE.match(s, start, end)
    if m is None or (m["month"] and m["month"].lower() not in MONTHS):
        return None
    draft = base.fork()
    draft.form = "comic"
    draft.type = "article-magazine"
    draft.put("title", *m.span("title"))
    draft.put("container-title", *m.span("series"))
    draft.put("issue", *m.span("issue"))
    month = MONTHS[m["month"].lower()] if m["month"] else None
    draft.put_year(int(m["year"]), m.start("year"), m.end("year"), month=month)
    return draft
