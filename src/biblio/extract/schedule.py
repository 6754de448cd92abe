"""Syllabus schedule lines: one class meeting, several works.

"Monday, 30 Jan: _The Autobiography of an Ex-Colored Man_ to end. Presentation:
Du Bois, “Of our Spiritual Strivings” and “The Sorrow Songs.”" names three
works: a book in italics and two essays in quotes, both by the surname that
stands before them.  A course schedule marks every work it assigns this way
(italics for books, quotes for essays, poems and chapters), so on a line that
opens with a meeting date the marks, not the sentence around them, say where
each work is; "From _S/Z_: “Evaluation,” …" assigns parts of one book, the book.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "Wednesday, 25 Jan: ", "Thu, Feb 2 – ", "Week 3 (Mon, 6 Feb): ".
_MEETING = re.compile(
    rf"^\s*(?:Week\s+\d{{1,2}}\s*[,(]?\s*)?{_WEEKDAY},?\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
    r"\)?\s*[:–—-]\s+")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\*)(?P<a>[^*]+?)\*(?![*\w])|(?<!\w)_(?P<b>[^_]+?)_(?!\w)")
_QUOTED = re.compile(r"“(?P<q>[^”]+)”")
_LABEL = re.compile(r"^\s*[A-Z][A-Za-z ]{1,30}:\s+(?=\S)")
_FROM = re.compile(r"^\s*From\s+$")
# The surname (or surnames) that stands before the quoted works of a sentence.
_AUTHOR = re.compile(
    r"^\s*(?P<name>(?:(?:de|del|van|von|da|di|le|la)\s+)?[A-ZÀ-Þ][\w’'.-]+"
    r"(?:\s+(?:(?:de|del|van|von|da|di|le|la)\s+)?[A-ZÀ-Þ][\w’'.-]+){0,2})\s*,?\s*$")


@dataclass
class ScheduledWork:
    """A work a schedule line assigns: its marked text, and the author it names."""

    text: str
    author: str | None = None


def scheduled_works(text: str) -> list[ScheduledWork] | None:
    """The works of a schedule line, or None when `text` is no meeting naming a work."""
    meeting = _MEETING.match(text)
    if meeting is None:
        return None
    works: list[ScheduledWork] = []
    for sentence in _sentences(text[meeting.end():]):
        label = _LABEL.match(sentence)
        if label and not _ITALIC.search(sentence, 0, label.end()):
            sentence = sentence[label.end():]  # "Presentation: Baldwin, “…”"
        works.extend(_sentence_works(sentence))
    return works or None


def _sentence_works(sentence: str) -> list[ScheduledWork]:
    italics = list(_ITALIC.finditer(sentence))
    quotes = list(_QUOTED.finditer(sentence))
    marks = sorted(italics + quotes, key=lambda m: m.start())
    if not marks:
        return []
    first = marks[0]
    head = sentence[:first.start()]
    if first in italics and _FROM.match(head):
        return [ScheduledWork(_italic_text(first))]  # "From _S/Z_: “Evaluation,” …"
    author = _AUTHOR.match(head)
    name = author.group("name") if author else None
    works = []
    for mark in marks:
        if mark in italics:  # "Cole, _Open City_ through ch. 6."
            works.append(ScheduledWork(_italic_text(mark), name))
        else:
            title = mark.group("q").strip().rstrip(",;")
            if title.endswith(".") and not re.search(r"\b[A-Z]\.$", title):
                title = title[:-1]  # the sentence's full stop, not an initial's ("Booker T.")
            works.append(ScheduledWork(f"“{title}”", name))
    return works


def _italic_text(mark: re.Match[str]) -> str:
    return f"*{(mark.group('a') or mark.group('b')).strip()}*"


def _sentences(text: str) -> list[str]:
    """Split at ". " and "; " outside quotes and italics, and after a quote that ends a
    sentence."""
    inside = {i for m in _ITALIC.finditer(text) for i in range(m.start(), m.end())}
    out: list[str] = []
    start = 0
    quoted = False
    for i, char in enumerate(text):
        if i in inside:
            continue
        if char == "“":
            quoted = True
        elif char == "”":
            quoted = False
            if text[i - 1:i] in (".", "!", "?") and text[i + 1:i + 2] in (" ", ""):
                out.append(text[start:i + 1])
                start = i + 1
        elif not quoted and char in ".;" and text[i + 1:i + 2] in (" ", ""):
            out.append(text[start:i + 1])
            start = i + 1
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]
