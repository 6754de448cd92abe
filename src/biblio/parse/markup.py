"""Strip the Markdown a single line may carry, remembering where each character came from.

Users paste lines straight from Markdown reading lists (`*Title*`, `[Title](url)
by Author`, `- ` bullets).  The parser works on the plain text; the offset map
lets every span it reports point back into the line the user gave.  Emphasis
and link text are kept as hints: they usually mark the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# A list marker opening a line: a short run of symbols before a space ("- ", "• ", "→ ",
# "📚 "), a bullet glued to its text ("•Title"), "1." / "2)", "a)" / "iv)", "[1]" / "(1)",
# a bracketed number glued to a capital ("(2)The Invention of Nature") —
# but not the initial of "H. G. Wells".  One rule for the extractor's list items and the
# parser's lines.
# A task list's box may follow the marker or stand alone: "- [ ] Title", "[x] Title"; a
# favourite's star in bold may follow it: "1. __*__ [Lonesome Dove](…) by Larry McMurty".
_MARKER_RE = re.compile(
    r"\s*(?:(?:[^\w\s\"“‘'(\[*_<]{1,3}\s+|[•·▪▫◦‣⁃∙●○■□►▶➤✓✔]|[*+]\s+|\d{1,3}(?:[.)]|\.\))\s+|\d{1,3}\.(?=[A-Z](?:[a-z]|\s\S))"
    r"|(?:[a-z]|[ivx]{1,4})\)\s+|[\[(](?:\d{1,3}|[a-z])[\])]\s+|[\[(]\d{1,3}[\])](?=[A-Z\"“‘])"
    r"|\\\[\d{1,3}\\\]\s+"  # (a reference's number, its brackets escaped: "\[6\] ")
    r"|\#\d{1,2}\.?\s+(?=[A-Z\"“‘]))"  # (a ranking's place: "#2 The Ascent of Money by …")
    r"(?:\[[ x]\]\s+|(?:\*\*|__)[*★☆⭐]{1,3}(?:\*\*|__)\s+)?"
    r"|\[ \]\s+)(?=\S)",
    re.IGNORECASE,
)
# Links (with a title, or a URL holding one pair of brackets as Wikipedia's do), images
# (their alt text stays, never a link) and emphasis of one to three marks.  Bounded,
# non-nested alternatives: no pattern here can backtrack badly.
_HREF = r"<a\s[^<>]{0,300}?href=[\"'](?P<%s>[^\"'<>]{0,2000})[\"'][^<>]{0,300}>"
# A Markdown link's target in brackets, an address (holding one pair of brackets at most)
# and perhaps a title: "(https://… "Title")".
_TARGET = (r"\(\s*<?(?P<%s>(?:[^()\s<>]|\([^()\s]{0,200}\)){0,2000})>?"
           r"(?:\s+\"[^\"\n]{0,300}\")?\s*\)")
# A wiki link of Obsidian, Foam or Quartz notes: [[page|words shown]], [[folder/page]]
_WIKI = r"\[\[(?:[^\[\]|\n]{1,300}\||[^\[\]|\n]{0,300}/)?(?P<wtext>[^\[\]|/\n]{1,300})\]\]"
_WIKI_RE = re.compile(_WIKI)
_MARKUP_RE = re.compile(
    # A character Markdown escapes shows as itself: "\[6\] D. Graeber, …" (as pandoc writes it)
    r"\\(?P<esctext>[\[\]*_#()!.+`{}|<>~\\-])"
    r"|" + _WIKI +
    # Struck through, as a to-read list marks what is done: ~~Sapiens by Yuval Noah Harari~~
    r"|~~(?=\S)(?P<xtext>[^~\n]{1,500}?)(?<=\S)~~"
    # The marks Chinese sets a book's title in, as other scripts set it in italics: 《三体》,
    # and their Japanese kin: 『三体』
    r"|《(?P<btext>[^《》\n]{1,300})》|『(?P<jtext>[^『』\n]{1,300})』"
    # A linked image, a cover that links to the book's page: [![alt](cover.jpg)](url) (its
    # alt text stays, never a link, as an image's)
    r"|\[!\[(?P<gtext>[^\[\]\n]{0,500})\]" + _TARGET % "gsrc" + r"\]" + _TARGET % "gurl"
    + r"|(?P<img>!)?\[(?P<ltext>[^\[\]\n]{1,500})\]" + _TARGET % "url"
    # A reference-style link, its target defined elsewhere on the page: [_Title_][12]
    + r"|\[(?P<rtext>[^\[\]\n]{1,500})\]\[(?P<rref>[^\[\]\n]{0,40})\]"
    # An emphasised link, the title of a linked book: *[Title](url)*, **[Title](url)**
    + r"|(?P<lem>\*\*|\*|__|_)\[(?P<eltext>[^\[\]\n]{1,500})\]" + _TARGET % "elurl"
    + r"(?P=lem)"
    # An HTML link in Markdown emphasis, as a notes site writes its own: _<a href="…">Wild
    # Seed</a>_
    r"|(?P<mem>\*\*|\*|__|_)" + _HREF % "murl" + r"\s*(?P<mtext>[^<>]{1,500}?)\s*</a>(?P=mem)"
    # (a title may be underlined inside its emphasis too: *<u>Concrete Mathematics</u>*)
    r"|(?P<em>\*\*\*|___|\*\*|__|\*|_)(?=[^\s*_])(?:<(?:u|ins)>)?"
    r"(?P<etext>[^*_\n]{1,500}?)(?:</(?:u|ins)>)?(?<=[^\s*_])(?P=em)"
    # HTML pasted into a text or Markdown page: <a href="…">Postwar</a>, <i>Title</i>
    r"|" + _HREF % "hurl" + r"\s*(?P<htext>[^<>]{1,500}?)\s*</a>"
    # (a WordPress export wraps a link's words in a styled span: <a href="…"><span
    # style="font-weight: 400;">Code</span></a>)
    r"|" + _HREF % "purl" + r"\s*<span\b[^<>]{0,300}>\s*(?P<ptext>[^<>]{1,500}?)\s*</span>\s*</a>"
    r"|<(?P<tag>i|em|cite|b|strong|u)>\s*(?P<ttext>[^<>]{1,500}?)\s*</(?P=tag)>"
    # a title the page's own markup names: <span class="book_title">East of Eden</span>
    r"|<span\s[^<>]{0,200}?class=[\"'][^\"'<>]{0,100}?title[^\"'<>]{0,100}[\"'][^<>]{0,200}>"
    r"\s*(?P<stext>[^<>]{1,500}?)\s*</span>"
    # A link in emphasis, or emphasis in a link: <i><a href="…">Title</a></i>
    r"|<(?P<otag>i|em|cite|b|strong)>\s*" + _HREF % "ourl"
    + r"\s*(?P<otext>[^<>]{1,500}?)\s*</a>\s*</(?P=otag)>"
    r"|" + _HREF % "iurl" + r"\s*<(?P<itag>i|em|cite|b|strong)>\s*(?P<itext>[^<>]{1,500}?)\s*"
    r"</(?P=itag)>\s*</a>"
    # Any other tag (<br>, <span class="…">, </li>) shows nothing, nor does the attribute
    # list Jekyll's kramdown puts after a link: [Kindle](…){:target="_blank"}
    r"|(?P<stray></?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,300})?/?>|\{:[^{}\n]{0,300}\})"
)
# A list number in tags: "<strong>1.</strong> ", "<li>2) "; a symbol in a component's tags,
# as a static site's Markdown heads an entry: "<Icon>📝</Icon> ".
_TAGGED_MARKER_RE = re.compile(
    r"\s*(?:<[A-Za-z][^<>]{0,100}>\s*)+(?:\d{1,3}[.)]|[•·▪]|[^\w\s<>\[\]()\"“‘'*_]{1,4})\s*"
    r"(?:</[A-Za-z]{1,10}>\s*)*(?=\S)")
# Each group holding the words shown → the group holding its link target, if any.
_TEXT_GROUPS: dict[str, str | None] = {
    "ltext": "url", "gtext": None, "eltext": "elurl", "etext": None, "htext": "hurl", "ttext": None,
    "otext": "ourl", "itext": "iurl", "rtext": None, "stext": None, "wtext": None,
    "xtext": None, "esctext": None, "mtext": "murl", "btext": None, "jtext": None,
    "ptext": "purl"}
_HAS_MARKUP_RE = re.compile(r"[*_\[<~\\《『{]")
_BEFORE_WIKI_LINK = frozenset(" \t([\"“'‘")
# Where a form of `_MARKUP_RE` can open: "![", "[", "*", "_", "<", "~", "\\", "《", "『" or "{".
_MARKUP_OPENING_RE = re.compile(r"[!\[*_<~\\《『{]")
# Marked words wholly in a styled span: "_<span style="…">awful</span>_",
# "[<span style="…">Safari Books Online</span>](…)".
_WRAPPED_SPAN_RE = re.compile(r"\s*<span\b[^<>]{0,300}>\s*([^<>]{1,500}?)\s*</span>\s*")
# A link's words set in emphasis inside the brackets: "[*Title*](url)".
_WRAPPED_EMPHASIS_RE = re.compile(r"(\*\*|\*|__|_)(?=[^\s*_])([^*_]+?)(?<=[^\s*_])\1")
# What only the words a reader sees need removed too: HTML tags, <autolinks>, `code`, ~~strike~~.
_TAG_RE = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>")
_CODE_RE = re.compile(r"(`+|~~)(?=\S)(.{1,300}?)(?<=\S)\1")
_HAS_PLAIN_MARKUP_RE = re.compile(r"[\[<*_`~《『]")


@dataclass(frozen=True)
class Cleaned:
    """The line without markup; `offsets[i]` is where clean character i was in the line.

    Immutable, so that one line's cleaning is shared: the extractor, the parser,
    the labeller and the inline reader each ask for it.
    """

    text: str
    offsets: tuple[int, ...] | None = None  # None: clean index + `shift` is the line index
    shift: int = 0
    emphasis: tuple[tuple[int, int], ...] = ()  # in clean coordinates
    links: tuple[tuple[int, int, str], ...] = ()  # start, end, URL

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the clean range [start, end) back to the original line."""
        if self.offsets is None:
            return start + self.shift, end + self.shift
        if start >= end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


# An opening bracket at the line's end with nothing but separators after it.
_DANGLING_RE = re.compile(r"[ \t]+[(\[][ \t|,;/]*$")


# A whole line in strong emphasis around its links, as a bibliography sets each entry: "**Bret
# Victor — [*Inventing on Principle*](…), [*Learnable Programming*](…)**".
_STRONG_LINE_RE = re.compile(r"(\*\*|__)(?=[^\s*_])(.*\]\(.*?)(?<=\S)\1[ \t]*")
# A Markdown link inside emphasis.
_LINK_WITHIN_RE = re.compile(r"\[[^\[\]\n]+\]\(")
# An HTML link inside title marks: "『<a href="…">独学プログラマー</a>』".
_HTML_LINK_WITHIN_RE = re.compile(r"<a\s")
# The marks that open a title set apart in Chinese and in Japanese.
TITLE_MARK_OPENERS = ("《", "『")
# A link's words wholly in title marks: "[《刻意练习》](…)", "<a href="…">《晚熟》</a>".
_WRAPPED_MARKS_RE = re.compile(r"[《『]([^《》『』]+)[》』]")

# A reader's stars closing an entry, apart from it and before any closing tags: "… by Allen
# Mandelbaum *</li>", "Atomic Habits by James Clear **".
_RATING_STARS_RE = re.compile(r"(?<=\S)[ \t]+\*{1,5}(?=(?:</[A-Za-z]{1,10}>)*[ \t]*$)")

# Hashtags closing a line, as note-taking apps tag a note's lines.
_TAGS_RE = re.compile(r"(?<=\S)(?:[ \t]+#[A-Za-z][\w-]*)+[ \t]*$")


def clean(line: str) -> Cleaned:
    """Drop a leading list marker, Markdown emphasis markers and link targets."""
    marker = _MARKER_RE.match(line) or (
        _TAGGED_MARKER_RE.match(line) if line.lstrip().startswith("<") else None)
    shift = marker.end() if marker else len(line) - len(line.lstrip())
    if line.endswith("\\"):
        line = line[:-1].rstrip()  # Markdown's hard line break: "[Nullzeit](…) \\"
    if line.endswith(("(", "|", "[")) and (dangling := _DANGLING_RE.search(line)) is not None:
        line = line[:dangling.start()]  # "## Henry Hoke's Open Throat ( |": its shop links gone
    if line.rstrip().endswith(("*", ">")) and (stars := _RATING_STARS_RE.search(line)) is not None:
        line = line[:stars.start()] + line[stars.end():]  # "… by Homer, translated by … *</li>"
    if "#" in line and (tags := _TAGS_RE.search(line)) is not None:
        line = line[:tags.start()]  # "Running Lean - Ash Maurya #Delivery": a note's tags
    strong = _STRONG_LINE_RE.fullmatch(line, shift) if line.endswith(("**", "__", " ")) else None
    if strong is not None and ((whole := _MARKUP_RE.fullmatch(line, shift, strong.end(2) + 2))
                               is None or whole.group("eltext") is None):
        # (not a single emphasised link: "**[Title](…)**" marks its title)
        line, shift = line[:strong.end(2)], strong.start(2)  # its emphasis styles the whole entry
    return _inline(line[shift:], shift)


def forget_cleaning() -> None:
    """Empty the cache of cleaned lines (for benchmarks, which time the cleaning too)."""
    _inline.cache_clear()


def strip_marker(text: str) -> tuple[str, bool]:
    """`text` without its list marker, and whether it had one."""
    m = _MARKER_RE.match(text)
    if m is None:
        return text.strip(), False
    return text[m.end():].strip(), True


def plain_text(markup: str) -> str:
    """Inline Markdown and stray tags flattened to the words a reader sees.

    What the extractor's filters and heading rules judge; the same link and
    emphasis rules as `clean`, so both see "snake_case_title" alike.
    """
    text = markup
    if _HAS_PLAIN_MARKUP_RE.search(text):
        if "<" in text:
            text = _AUTOLINK_RE.sub(r"\1", text)
            text = _TAG_RE.sub("", text)
        if "`" in text or "~~" in text:
            text = _CODE_RE.sub(r"\2", text)
        text = _inline(text, 0).text
    return " ".join(text.split())


_TYPED_DASH_RE = re.compile(r"(?<= )-{2,3}(?= )")
# TeX's quotes, as references in plain-text files write them: ``Title''.
_TEX_QUOTE_RE = re.compile(r"``(?=[^`'\n]{1,300}'')|(?<=[^`'\n])''")


@lru_cache(maxsize=256)  # a line is cleaned for the filters, the parser, the labeller…
def _inline(body: str, shift: int) -> Cleaned:
    cleaned = _unmarked(body, shift)
    if " -- " in cleaned.text or " --- " in cleaned.text:
        # "O Pioneers! -- Willa Cather", "Second Foundation --- Isaac Asimov": two or three
        # hyphens between spaces are the dash a typewriter, plain-text mail or Markdown
        # writes, read as "–" or "—" by every rule that looks for a dash
        cleaned = _typed(cleaned, [(m.start(), m.end(), "—" if len(m.group()) == 3 else "–")
                                   for m in _TYPED_DASH_RE.finditer(cleaned.text)])
    if "``" in cleaned.text:
        cleaned = _typed(cleaned, [(m.start(), m.end(), "“" if m.group() == "``" else "”")
                                   for m in _TEX_QUOTE_RE.finditer(cleaned.text)])
    return cleaned


def without(cleaned: Cleaned, start: int, end: int) -> Cleaned:
    """`cleaned` with the clean stretch [start, end) become one space, the offsets into the
    line kept: words an entry's reading skips ("selections from")."""
    return _typed(cleaned, [(start, end, " ")])


def _typed(cleaned: Cleaned, runs: list[tuple[int, int, str]]) -> Cleaned:
    """`cleaned` with each run of typed characters the one character it stands for, the
    offsets into the line kept."""
    text = cleaned.text
    offsets = list(cleaned.offsets) if cleaned.offsets is not None else [
        i + cleaned.shift for i in range(len(text))]
    dropped = [i for a, b, _ in runs for i in range(a + 1, b)]  # all but each run's first

    def moved(i: int) -> int:
        return i - sum(1 for d in dropped if d < i)

    for a, b, char in reversed(runs):
        text = text[:a] + char + text[b:]
        for d in range(b - 1, a, -1):
            del offsets[d]
    return Cleaned(text, tuple(offsets), cleaned.shift,
                   tuple((moved(a), moved(b)) for a, b in cleaned.emphasis),
                   tuple((moved(a), moved(b), url) for a, b, url in cleaned.links))


# Emphasis over sentences (a feed's whole description in <em>) sets no title apart: a
# sentence's end, then more than twenty-five words.
_EMPHASISED_PROSE_RE = re.compile(r"[.!?][ \t]+[A-Z](?:\S*\s+){25}")
# Space after an image, and the mark that may open the words it is captioned with.
_CAPTION_RE = re.compile(r"[ \t]*(\*\*|\*|__|_|\[)?")


def _caption(body: str, pos: int, image: re.Match[str]) -> int | None:
    """Where the words after `image` start (their mark included) if they repeat its alt
    text, else None."""
    alt = " ".join((image.group("ltext") or image.group("gtext") or "").split())
    opening = _CAPTION_RE.match(body, pos)
    assert opening is not None  # (the pattern matches the empty string)
    words = opening.end()
    if len(alt) < 3 or not body.startswith(alt, words) \
            or body[words + len(alt):words + len(alt) + 1].isalnum():
        return None
    return opening.start(1) if opening.group(1) else words


# A byline glued to the link before it: "[Title](url)by Author".
_GLUED_BY_RE = re.compile(r"by[ \t]+[A-Z]")


def _unmarked(body: str, shift: int) -> Cleaned:
    if not _HAS_MARKUP_RE.search(body):
        return Cleaned(body, shift=shift)
    pieces: list[str] = []
    offsets: list[int] = []
    emphasis: list[tuple[int, int]] = []
    links: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in _markup(body):
        if m.group("em") and m.group("em")[0] == "_" and _is_intraword(body, m.start(), m.end()):
            continue  # snake_case or a URL, not emphasis
        pieces.append(body[pos:m.start()])
        offsets.extend(range(shift + pos, shift + m.start()))
        length += m.start() - pos
        pos = m.end()
        if m.group("stray") or (m.group("wtext") and m.start() and body[m.start() - 1] not in
                                _BEFORE_WIKI_LINK):
            continue  # a tag, or a note linked straight after a link: "(…)[[dunbars-number]]"
        if (m.group("img") or m.group("gtext") is not None) \
                and (after := _caption(body, pos, m)) is not None:
            pos = after  # a cover whose words the line repeats after it: "## ![Termination
            continue  # Shock](cover.jpg) Termination Shock", "![Dune](…) *Dune* by …"
        group = next(g for g in _TEXT_GROUPS if m.group(g) is not None)
        g_start, g_end = m.span(group)
        # "**[The Girls of Slender Means](…) by Muriel Spark**": the links inside count; so
        # does the link title marks hold: "『<a href="…">独学プログラマー</a>』"
        if (group == "etext" and _LINK_WITHIN_RE.search(body, g_start, g_end)) or (group in (
                "btext", "jtext") and _HTML_LINK_WITHIN_RE.search(body, g_start, g_end)):
            within = _unmarked(body[g_start:g_end], shift + g_start)
            pieces.append(within.text)
            offsets.extend(within.offsets if within.offsets is not None else range(
                within.shift, within.shift + len(within.text)))
            emphasis.append((length, length + len(within.text)))  # the entry it sets apart
            emphasis.extend((length + a, length + b) for a, b in within.emphasis)
            links.extend((length + a, length + b, url) for a, b, url in within.links)
            length += len(within.text)
            continue
        marked = group in ("etext", "ttext", "eltext", "otext", "itext", "stext", "mtext",
                           "btext", "jtext")
        inner = _WRAPPED_EMPHASIS_RE.fullmatch(body, g_start, g_end) if group in (
            "ltext", "rtext") else None
        if inner:  # "[*Growing Object-Oriented Software Guided by Tests*](…)"
            g_start, g_end, marked = inner.start(2), inner.end(2), True
        elif group in ("ltext", "rtext", "htext") and (
                titled := _WRAPPED_MARKS_RE.fullmatch(body, g_start, g_end)) is not None:
            g_start, g_end, marked = titled.start(1), titled.end(1), True  # "[《刻意练习》](…)"
        if group in ("etext", "ltext", "rtext") and (
                span := _WRAPPED_SPAN_RE.fullmatch(body, g_start, g_end)) is not None:
            g_start, g_end = span.span(1)
        if group == "etext" and (wiki := _WIKI_RE.fullmatch(body, g_start, g_end)) is not None:
            g_start, g_end = wiki.span("wtext")  # "**[[notes/Weaving the Web|Weaving the Web]]**"
        link_start = length
        lead = _WRAPPED_EMPHASIS_RE.match(body, g_start, g_end) if group in (
            "ltext", "rtext") and inner is None else None
        subtitled = False
        if lead is not None:  # "[*The Power* -- Naomi Alderman](#the-power)": a marked title
            pieces.append(lead.group(2))  # first, then more words
            offsets.extend(range(shift + lead.start(2), shift + lead.end(2)))
            # (its subtitle after a colon goes with it: "[**On Tyranny**: Twenty Lessons …](…)")
            subtitled = body.startswith(": ", lead.end()) and lead.end() + 2 < g_end
            if not subtitled:
                emphasis.append((length, length + lead.end(2) - lead.start(2)))
            length += lead.end(2) - lead.start(2)
            g_start = lead.end()
        pieces.append(body[g_start:g_end])
        offsets.extend(range(shift + g_start, shift + g_end))
        if subtitled:
            emphasis.append((link_start, length + g_end - g_start))
        elif marked and not _EMPHASISED_PROSE_RE.search(body, g_start, g_end):
            emphasis.append((length, length + g_end - g_start))
        target = _TEXT_GROUPS[group]
        url = m.group(target) if target else None
        if url is not None and not m.group("img") and g_end > g_start:
            links.append((link_start, length + g_end - g_start, url))
        length += g_end - g_start
        if url is not None and _GLUED_BY_RE.match(body, pos) and body[g_end - 1:g_end].isalnum():
            pieces.append(" ")  # "[Bulfinch's Mythology](…)by Thomas Bulfinch": the byline's
            offsets.append(shift + pos)  # space, lost when the page was built
            length += 1
    if not offsets and pos == 0:
        return Cleaned(body, shift=shift)
    pieces.append(body[pos:])
    offsets.extend(range(shift + pos, shift + len(body)))
    text = "".join(pieces)
    joined: list[tuple[int, int]] = []
    for a, b in emphasis:
        if joined and joined[-1][1] < a and not text[joined[-1][1]:a].strip() \
                and _SPLIT_EMPHASIS_RE.fullmatch(
                    body, offsets[joined[-1][1] - 1] + 1 - shift, offsets[a] - shift):
            # one title's emphasis, the page's markup broken mid-title: "<em>Slow
            # Violence</em> <em>and the Environmentalism of the Poor</em>"
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return Cleaned(text, tuple(offsets), shift, tuple(joined), tuple(links))


# The same emphasis closed and opened again across a space: "</em> <em>", "* *".
_SPLIT_EMPHASIS_RE = re.compile(
    r"</(?P<tag>i|em|cite|b|strong)>\s+<(?P=tag)>|(?P<mark>\*{1,3}|_{1,3})\s+(?P=mark)")


def _markup(body: str) -> Iterator[re.Match[str]]:
    """`_MARKUP_RE.finditer(body)`, the pattern tried only where markup can open.

    Its forms open with groups, which leave the regex engine no character to skip
    to, so `finditer` tried every character of the line.
    """
    pos = 0
    while (opening := _MARKUP_OPENING_RE.search(body, pos)) is not None:
        m = _MARKUP_RE.match(body, opening.start())
        if m is None:
            pos = opening.start() + 1
        else:
            yield m
            pos = m.end()


def _is_intraword(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or after.isalnum()
