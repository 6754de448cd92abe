"""Strip the Markdown a single line may carry, remembering where each character came from.

Users paste lines straight from Markdown reading lists (`*Title*`, `[Title](url)
by Author`, `- ` bullets).  The parser works on the plain text; the offset map
lets every span it reports point back into the line the user gave.  Emphasis
and link text are kept as hints: they usually mark the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A list bullet or "1." / "2)" number opening the line.
# Any short run of symbols (•, –, →, 📚) or "1." / "2)" before a space.
_BULLET_RE = re.compile(r"\s*(?:[^\w\s\"“‘'(\[*_]{1,3}|[*+]|\d{1,3}[.)])\s+")
# Bounded, non-nested alternatives: no pattern here can backtrack badly.
_MARKUP_RE = re.compile(
    r"\[(?P<ltext>[^\[\]\n]{1,500})\]\((?P<url>[^()\s]{0,2000})\)"
    r"|(?P<em>\*\*|__|\*|_)(?=[^\s*_])(?P<etext>[^*_\n]{1,500}?)(?<=[^\s*_])(?P=em)"
)
_HAS_MARKUP_RE = re.compile(r"[*_\[]")


@dataclass
class Cleaned:
    """The line without markup; `offsets[i]` is where clean character i was in the line."""

    text: str
    offsets: list[int] | None = None  # None: clean index + `shift` is the line index
    shift: int = 0
    emphasis: list[tuple[int, int]] = field(default_factory=list)  # in clean coordinates
    links: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, URL

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the clean range [start, end) back to the original line."""
        if self.offsets is None:
            return start + self.shift, end + self.shift
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def clean(line: str) -> Cleaned:
    """Drop a leading bullet, Markdown emphasis markers and link targets."""
    bullet = _BULLET_RE.match(line)
    shift = bullet.end() if bullet else len(line) - len(line.lstrip())
    body = line[shift:]
    if not _HAS_MARKUP_RE.search(body):
        return Cleaned(body, shift=shift)
    pieces: list[str] = []
    offsets: list[int] = []
    emphasis: list[tuple[int, int]] = []
    links: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in _MARKUP_RE.finditer(body):
        if m.group("em") and m.group("em")[0] == "_" and _is_intraword(body, m.start(), m.end()):
            continue  # snake_case or a URL, not emphasis
        pieces.append(body[pos:m.start()])
        offsets.extend(range(shift + pos, shift + m.start()))
        length += m.start() - pos
        group = "ltext" if m.group("ltext") is not None else "etext"
        g_start, g_end = m.span(group)
        pieces.append(body[g_start:g_end])
        offsets.extend(range(shift + g_start, shift + g_end))
        if group == "ltext":
            links.append((length, length + g_end - g_start, m.group("url")))
        else:
            emphasis.append((length, length + g_end - g_start))
        length += g_end - g_start
        pos = m.end()
    if not offsets and pos == 0:
        return Cleaned(body, shift=shift)
    pieces.append(body[pos:])
    offsets.extend(range(shift + pos, shift + len(body)))
    return Cleaned("".join(pieces), offsets, shift, emphasis, links)


def _is_intraword(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or after.isalnum()
