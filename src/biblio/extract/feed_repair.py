"""Feed text made harmless and parseable before the XML parser sees it.

Real feeds declare entities (some hostile: billion laughs, a local file as an
external entity), use HTML entities XML does not define (``&nbsp;``), bare
``&`` and control characters.  Each of these stops an XML parser, and every
item after it would be lost.  So, before parsing:

* the DOCTYPE goes (its lines are kept as blank lines, so line numbers stay
  true): no entity is ever expanded, no file or URL it names is ever read;
* a reference to an entity XML does not define is kept as text
  (``&amp;nbsp;``; the HTML reader later decodes the HTML ones), and a bare
  ``&`` becomes ``&amp;``;
* characters XML forbids become U+FFFD.

CDATA sections and comments are left as they are.  Each change is a warning
naming its lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..problems import line_list

# What may come before a DOCTYPE: a byte-order mark, the XML declaration, comments.
_PROLOG = re.compile(r"\ufeff?\s*(?:(?:<\?.*?\?>|<!--.*?-->)\s*)*", re.DOTALL)
# One character or one quoted string at a time, each alternative starting with a
# different character: the match stays linear even when it fails (no nested `+`).
_DOCTYPE = re.compile(
    r"""<!DOCTYPE\s(?:[^\[>"']|"[^"]*"|'[^']*')*"""
    r"""(?P<subset>\[(?:[^\]"'<]|"[^"]*"|'[^']*'|<!--.*?-->|<(?!!--))*\])?\s*>""",
    re.DOTALL,
)
_DECLARED = re.compile(r"<!ENTITY\s+(?:%\s+)?([^\s\"'>]+)")
_MARKUP = re.compile(
    r"<!\[CDATA\[.*?\]\]>|<!--.*?-->"
    r"|&(?:(?P<name>[A-Za-z_:][\w.:-]*);|#(?P<dec>[0-9]{1,8});|#x(?P<hex>[0-9A-Fa-f]{1,8});)?",
    re.DOTALL,
)
_PREDEFINED = frozenset({"amp", "lt", "gt", "quot", "apos"})
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Repaired:
    """The text to parse, and (line, message) warnings for what was changed."""

    text: str
    warnings: list[tuple[int, str]] = field(default_factory=list)


def repair(text: str) -> Repaired:
    """`text` with line ends normalised (as XML does), no DOCTYPE, and no undefined entity."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = Repaired(text)
    declared = _drop_doctype(out)
    _not_xml_characters(out)
    _undefined_references(out, declared)
    out.warnings.sort()
    return out


def _drop_doctype(out: Repaired) -> frozenset[str]:
    """Blank the DOCTYPE out; the names of the entities it declared."""
    prolog = _PROLOG.match(out.text)
    start = prolog.end() if prolog else 0
    doctype = _DOCTYPE.match(out.text, start)
    if doctype is None:
        return frozenset()
    body = doctype.group()
    out.text = out.text[:start] + "\n" * body.count("\n") + out.text[doctype.end():]
    names = frozenset(_DECLARED.findall(doctype.group("subset") or ""))
    if names:
        out.warnings.append((out.text.count("\n", 0, start) + 1,
                             "the feed declares entities (DOCTYPE); they were not expanded"))
    return names


def _not_xml_characters(out: Repaired) -> None:
    if _NOT_XML.search(out.text) is None:
        return
    lines = sorted({n for n, line in enumerate(out.text.split("\n"), 1) if _NOT_XML.search(line)})
    out.text = _NOT_XML.sub("\ufffd", out.text)
    out.warnings.append((lines[0], "characters XML does not allow (control characters) were "
                         f"replaced by \ufffd ({line_list(lines)})"))


def _undefined_references(out: Repaired, declared: frozenset[str]) -> None:
    """Every ``&`` that does not start an XML reference, kept as text."""
    text = out.text
    pieces: list[str] = []
    found: dict[str, list[int]] = {}  # what was wrong → its lines
    line, done = 1, 0
    for match in _MARKUP.finditer(text):
        if match.group()[0] != "&":
            continue
        problem = _reference_problem(match, declared)
        if problem is None:
            continue
        line += text.count("\n", done, match.start())
        pieces += [text[done:match.start()], "&amp;"]
        done = match.start() + 1
        found.setdefault(problem, []).append(line)
    if not found:
        return
    pieces.append(text[done:])
    out.text = "".join(pieces)
    for problem, lines in found.items():
        out.warnings.append((lines[0], f"{problem}; kept as text ({line_list(lines)})"))


def _reference_problem(match: re.Match[str], declared: frozenset[str]) -> str | None:
    name, dec, hexa = match.group("name", "dec", "hex")
    if name is not None:
        if name in _PREDEFINED:
            return None
        if name in declared:
            return f"entity &{name}; was not expanded"
        return f"entity &{name}; is not defined in XML"
    if dec is not None or hexa is not None:
        code = int(dec) if dec is not None else int(hexa, 16)
        if _xml_character(code):
            return None
        return f"character reference {match.group()} is not a character XML allows"
    return "a bare '&' (XML wants &amp;)"


def _xml_character(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD \
        or 0x10000 <= code <= 0x10FFFF
