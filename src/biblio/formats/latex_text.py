"""Plain text ↔ BibTeX field text: escaping, case protection, LaTeX decoding.

Writing escapes exactly the characters LaTeX treats specially and protects
capitals word by word, so that ``title = {The {USSR} and {Trotsky}}`` keeps
its case under styles that lower-case titles, without ever double-bracing the
whole title.  Reading takes a fast path for what biblio and most tools write
(braces, backslash escapes, dashes) and hands anything else, such as
``{\\'E}mile``, to pylatexenc.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pylatexenc.latex2text import (
    LatexNodes2Text,
    MacroTextSpec,
    get_default_latex_context_db,
)
from pylatexenc.latexencode import (
    RULE_DICT,
    UnicodeToLatexConversionRule,
    UnicodeToLatexEncoder,
)
from pylatexenc.latexwalker import LatexWalker
from pylatexenc.latexwalker import get_default_latex_context_db as get_walker_context
from pylatexenc.macrospec import LatexContextDb

_ESCAPES = {
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"{\textasciitilde}",
    "^": r"{\textasciicircum}",
    "\\": r"{\textbackslash}",
    "`": r"{\textasciigrave}",
}
# "--" and "''" are TeX ligatures (– and ”): a literal pair is split with {}.
_SPECIAL = re.compile(r"[&%$#_{}~^\\`]|-(?=-)|'(?=')")

# TeX-family logos, common in titles ("The {\TeX book}"): pylatexenc knows
# none of them and would drop the word.
_LOGOS = {
    "TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX",
    "XeTeX": "XeTeX", "XeLaTeX": "XeLaTeX", "LuaTeX": "LuaTeX", "LuaLaTeX": "LuaLaTeX",
    "pdfTeX": "pdfTeX", "pdfLaTeX": "pdfLaTeX", "ConTeXt": "ConTeXt", "AmS": "AMS",
    "MF": "METAFONT", "MP": "METAPOST",
}
_LOGO_NAMES = "|".join(_LOGOS)

# Decoding: what the fast path understands.  Anything else with a backslash
# goes to pylatexenc.
_FAST_TOKEN = re.compile(
    r"\\([&%$#_{}])"
    r"|\\(textasciitilde|textasciicircum|textbackslash|textasciigrave)(?![A-Za-z])(?:\{\})?"
    r"|(---?|''|``)"
    r"|(~)"
    # a TeX-family logo swallows the spaces after it, as a control word does ("\\TeX book")
    rf"|\\({_LOGO_NAMES})(?![A-Za-z])[ \t]*(?:\{{\}})?"
    r"|\\(/)|\\( )"
    r"|[{}]"
)
# The commonest case, braces and escaped specials only, needs no Python per match.
_BRACE_OR_ESCAPE = re.compile(r"\\([&%$#_{}])|[{}]")
_LIGATURE_OR_COMMAND = re.compile(r"--|''|``|~|\\[A-Za-z/ ]")
_FAST_COMMANDS = {
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textbackslash": "\\",
    "textasciigrave": "`",
}
# Private-use stand-ins that carry these through pylatexenc unchanged.
_PLACEHOLDERS = {name: chr(0xE000 + i) for i, name in enumerate(_FAST_COMMANDS)}
_FROM_PLACEHOLDER = str.maketrans({v: _FAST_COMMANDS[k] for k, v in _PLACEHOLDERS.items()})
_OWN_COMMAND = re.compile(
    r"\{?\\(textasciitilde|textasciicircum|textbackslash|textasciigrave)(?![A-Za-z])(?:\{\})?\}?"
)
_LIGATURES = {"---": "—", "--": "–", "''": "”", "``": "“"}
_KNOWN_COMMAND = re.compile(
    r"\\(?:[&%$#_{}/ ]|(?:textasciitilde|textasciicircum|textbackslash|textasciigrave|"
    rf"{_LOGO_NAMES})(?![A-Za-z]))"
)
_LIGATURE = re.compile(r"---?|''|``")
_CONTROL_WORD = re.compile(r"\\([A-Za-z]+)[ \t]*")
_NEEDS_DECODING = re.compile(r"[\\{}~$]|--|''|``")
_MATH = re.compile(r"(?<!\\)\$")
_LINE_BREAK = re.compile(r"[ \t]*\r?\n\s*")

# A word for case protection: letters and digits, joined by inner apostrophes
# or hyphens ("McCarthy's", "Jean-Paul").
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def escape(text: str, ascii_only: bool = False) -> str:
    """Escape LaTeX specials; with `ascii_only`, also encode non-ASCII as LaTeX."""
    out = _SPECIAL.sub(_escape_match, text)
    if ascii_only and not out.isascii():
        out = str(_ascii_encoder().unicode_to_latex(out))
    return out


def _escape_match(m: re.Match[str]) -> str:
    char = m.group()
    return char + "{}" if char in "-'" else _ESCAPES[char]


def protect_case(text: str, ascii_only: bool = False) -> str:
    """Escape `text` and brace every word that has capitals of its own.

    A capital is the word's own unless it only starts the title or the part
    after a colon, where styles keep capitals anyway: "The Prophet Armed:
    Trotsky" → "The {Prophet} {Armed}: Trotsky".  Capitals typed by the
    user are taken as meant, since no rule can tell a proper noun from a
    title-cased common word.
    """
    pieces: list[str] = []
    last = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word.islower() or not _has_capital(word):
            continue
        before = text[last:m.start()]
        if _at_sentence_start(text[: m.start()]) and not _has_capital(word[1:]):
            continue
        pieces.append(escape(before, ascii_only))
        pieces.append("{" + escape(word, ascii_only) + "}")
        last = m.end()
    pieces.append(escape(text[last:], ascii_only))
    return "".join(pieces)


def _has_capital(word: str) -> bool:
    return any(c.isupper() for c in word)


def _at_sentence_start(head: str) -> bool:
    """True when `head`, the title up to a word, is blank or ends in ": "."""
    stripped = head.rstrip()
    return not stripped or (stripped[-1] == ":" and len(stripped) < len(head))


def decode(value: str) -> str:
    """Plain text of a BibTeX field value (braces and LaTeX markup removed)."""
    if "\n" in value:
        value = _LINE_BREAK.sub(" ", value)
    if not _NEEDS_DECODING.search(value):
        return value
    if ("$" in value and _MATH.search(value)) or "\\\\" in value:
        return _slow_decode(value)
    rest = _KNOWN_COMMAND.sub(" ", value) if "\\" in value else ""
    if "\\" in rest:
        names = [m.group(1) for m in _CONTROL_WORD.finditer(rest)]
        if rest.count("\\") != len(names) or not all(map(_meaningless, names)):
            return _slow_decode(value)
        # Only macros LaTeX-to-text knows nothing of ("\\acro{TUG}", "\\Dash", "{\\it …}"):
        # they go, with the spaces after them, and their braced text stays, as in pylatexenc.
        dropped = _CONTROL_WORD.sub(_drop_meaningless, value)
        if len(_LIGATURE.findall(dropped)) != len(_LIGATURE.findall(value)):
            return _slow_decode(value)  # "-\\kern-1pt": no "--" across a macro
        value = dropped
        if not _NEEDS_DECODING.search(value):
            return value
    if _LIGATURE_OR_COMMAND.search(value) is None:
        # split keeps the escaped character (None for a brace): all in C.
        return "".join(filter(None, _BRACE_OR_ESCAPE.split(value)))
    return _FAST_TOKEN.sub(_decode_match, value)


def _drop_meaningless(m: re.Match[str]) -> str:
    name = m.group(1)
    if name in _LOGOS:
        return _LOGOS[name]  # now, or "\\TeX\\emdash a" would glue into "\\TeXa"
    return "" if _meaningless(name) else m.group()


@lru_cache(maxsize=512)
def _meaningless(name: str) -> bool:
    """A control word pylatexenc would drop: no text, no arguments (a journal's own macro)."""
    if name in ("begin", "end"):
        return False  # environments: pylatexenc drops what a verbatim one holds
    text_db, walker_db = _latex_decoder().latex_context, _walker_context()
    return (text_db.get_macro_spec(name) is text_db.unknown_macro_spec
            and walker_db.get_macro_spec(name) is walker_db.unknown_macro_spec)


def _slow_decode(value: str) -> str:
    """pylatexenc, with our own escapes kept exact (it reads ``^`` as "ˆ")."""
    value = _OWN_COMMAND.sub(lambda m: _PLACEHOLDERS[m.group(1)], value)
    # The walker gets its context once: built anew per value it was a tenth of the time.
    nodes = LatexWalker(value, latex_context=_walker_context(), tolerant_parsing=True)
    text = str(_latex_decoder().nodelist_to_text(nodes.get_latex_nodes()[0]))
    return text.translate(_FROM_PLACEHOLDER)


@lru_cache(maxsize=1)
def _walker_context() -> LatexContextDb:
    return get_walker_context()


def _decode_match(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1)
    if m.group(2):
        return _FAST_COMMANDS[m.group(2)]
    if m.group(3):
        return _LIGATURES[m.group(3)]
    if m.group(4):
        return "\u00a0"
    if m.group(5):
        return _LOGOS[m.group(5)]
    if m.group(7):
        return " "  # "\\ ": a space; "\\/", the italic correction, is nothing
    return ""


@lru_cache(maxsize=1)
def _ascii_encoder() -> UnicodeToLatexEncoder:
    # Greek capitals have no LaTeX text command; pylatexenc writes "A" for
    # "Α", which reads back as Latin.  Keep them as UTF-8 instead.
    keep = {cp: chr(cp) for cp in range(0x391, 0x3AA)}
    # Dashes as TeX ligatures, which every BibTeX reader knows (pandoc drops
    # \textemdash).
    keep.update({0x2013: "--", 0x2014: "---"})
    own_rules = UnicodeToLatexConversionRule(rule_type=RULE_DICT, rule=keep)
    return UnicodeToLatexEncoder(
        conversion_rules=[own_rules, "defaults"],
        non_ascii_only=True,
        replacement_latex_protection="braces-all",
        # Characters without a LaTeX form (CJK, emoji) stay UTF-8, which
        # biber and modern BibTeX accept.
        unknown_char_policy="keep",
        unknown_char_warning=False,
    )


@lru_cache(maxsize=1)
def _latex_decoder() -> LatexNodes2Text:
    context = get_default_latex_context_db()
    logos = [MacroTextSpec(name, text) for name, text in _LOGOS.items()]
    context.add_context_category("biblio-logos", macros=logos, prepend=True)
    return LatexNodes2Text(latex_context=context, math_mode="verbatim", strict_latex_spaces=True)
