"""Line-level markup: list markers to strip, inline Markdown to flatten for the filters.

The parser reads inline Markdown itself (emphasis marks a title, a link gives a
URL), so splitters keep it in `Block.content`; the filters and headings work on
the flattened text.
"""

from __future__ import annotations

import re

# "• ", "- ", "* ", "+ ", "1. ", "1) ", "(1) ", "a) ", "iv) ", "[1] ", "– ", "▪ " — but not the
# initial of "H. G. Wells" or "V. I. Lenin".
_MARKER = re.compile(
    r"^\s*(?:[•·▪▫◦‣⁃∙●○■□►▶➤✓✔]\s*|[*+\-–—]\s+|\d{1,3}[.)]\s+|"
    r"(?:[a-z]|[ivx]{1,4})\)\s+|[\[(](?:\d{1,3}|[a-z])[\])]\s+)(?=\S)",
    re.IGNORECASE,
)
_LINK = re.compile(r"!?\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]{0,2000})>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|`+|~~)(?=\S)(.{1,300}?)(?<=\S)\1")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")
_MARKUP = re.compile(r"[\[<*_`~]")


def strip_marker(text: str) -> tuple[str, bool]:
    """`text` without its list marker, and whether it had one."""
    m = _MARKER.match(text)
    if m is None:
        return text.strip(), False
    return text[m.end():].strip(), True


def plain_text(markdown: str) -> str:
    """Inline Markdown flattened to the words a reader sees."""
    text = markdown
    if _MARKUP.search(text):
        text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub("", text)
        text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.split())
