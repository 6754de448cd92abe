"""What trails a title in a casual citation: brackets, role clauses, imprints.

"(Verso, 2017)", ", trans. Max Eastman", ", co-written and directed by Warren
Beatty", ", with an introduction by A. J. P. Taylor", ", 2nd ed.", ", Vol. 1",
", Netflix", ", Oxford University Press, 1989" — each is read into the draft
and cut off, leaving the authors and the title for the line's form to split.
"""

from __future__ import annotations

import re

from ..model import Name
from .draft import Draft, trim
from .lexicon import PERIODICALS, PUBLISHER_ENDINGS, PUBLISHERS
from .names import (
    is_initial,
    known_given_name,
    parse_name_list,
    parse_person,
    plausible_surname,
    role_fields,
)
from .order import COMMON_WORD, frequencies
from .parsed import Span
from .segments import (
    EDITION_STATEMENT,
    is_imprint,
    is_network,
    is_place,
    is_publisher,
    read_date,
    read_imprint,
    read_paren,
)
from .titles import is_title_like, opens_title

_ROLES = (
    r"(?:co-)?written and directed by|directed by|dir\.|a film by"
    r"|(?:written|created) and illustrated by|(?:written|created) by|illustrated by"
    r"|a documentary series by|an? (?:documentary|film) by|documentary by"
    r"|(?:edited|ed\.) and (?:translated|trans\.)(?: by)?"
    r"|(?:translated|trans\.) and (?:edited|ed\.)(?: by)?|edited by|eds?\.(?: by)?"
    r"|translated (?:from (?:the )?[A-Z][a-z]+ )?by|(?:trans|tr)\. by|trans\.|tr\."
    r"|revised by|rev\.(?= [A-Z])"
    r"|with an? (?:new )?(?:introduction|foreword|preface|afterword)"
    r"(?: and notes)? by|(?:introduction|foreword|preface|afterword) by"
)
# After a comma or a dash; "edited by", "ed. by", "translated by", "directed by" after a
# space alone too ("Invisible Planets edited by Ken Liu", "Home Alone directed by Chris
# Columbus").  The opening mark comes first, each branch checking behind it which it was, so
# a search skips from mark to mark.
_ROLE_CLAUSE_RE = re.compile(
    rf"[,;:\s](?:(?<=[,;:])\s*|(?<=\s)\s*[–—/-]\s+"
    rf"|(?<=\s)\s*(?=(?:edited|translated|directed|written|(?:eds?|trans|tr)\.)\s+by\s))"
    rf"(?P<role>{_ROLES}|with)\s+(?=\S)", re.IGNORECASE)
# A word each role of `_ROLES` holds, in lower case ("by" alone is none: "Title by Author"):
# a line without any (most) skips the clause search, which tries each space.  (Only for
# ASCII lines: case folding maps "ſ" to "s".)
_ROLE_HINT_RE = re.compile(
    r"with|direct|dir\.|film|written|created|illustrated|documentary|edited|eds?\.|translated"
    r"|tr(?:ans)?\.|rev(?:ised|\.)|introduction|foreword|preface|afterword")
# Roles explicit enough that a surname alone after them is the person's name.
_SURNAME_ROLE_RE = re.compile(r"(?:translated|edited) by|(?:trans|tr|eds?)\.", re.IGNORECASE)
# Roles whose names may be followed by more of the entry: "trans. L. A. Manyon, 2 vols".
_NAMED_ROLE_RE = re.compile(r"translated|edited|illustrated|trans\.|tr\.|eds?\.|rev", re.IGNORECASE)
# The same roles in brackets after the title: "The Odyssey (translated by Emily Wilson)",
# or after the names: "(Eric Hobsbawm and Terence Ranger, eds.)".
_PAREN_ROLE_RE = re.compile(
    rf"\s*(?P<role>{_ROLES})\s+(?P<who>\S[^()]*?)\s*$"
    r"|\s*(?P<who2>\S[^()]*?)(?:,\s*|\s+(?=translation|trans\b|tr\.))"
    r"(?P<role2>eds?\.?|editors?|trans\.?|translators?|translation|tr\.)\s*$",
    re.IGNORECASE)

# First matching key wins; "" drops the names (an introduction's author is not the book's).
_CLAUSE_ROLES: tuple[tuple[str, str], ...] = (
    ("documentary series", "author"), ("direct", "director"), ("dir.", "director"),
    ("written and illustrated", "author"), ("created and illustrated", "author"),
    ("written by", "author"), ("created by", "author"), ("illustrated", ""),
    ("film by", "director"), ("documentary by", "director"), ("edit", "editor"),
    ("ed.", "editor"), ("eds.", "editor"), ("trans", "translator"), ("tr.", "translator"),
    ("introduction", ""), ("foreword", ""), ("preface", ""), ("afterword", ""),
    ("rev", ""),  # "rev. John Marincola": a reviser, whom CSL has no role for
    ("with", "with"),
)
# Capitalised words a remark may still hold: "(Releases April 18th)", "(Paperback)".
_NOTE_WORDS = frozenset({
    "releases", "release", "released", "paperback", "hardback", "hardcover", "audiobook",
    "ebook", "kindle", "transcript", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "out", "now",
    "coming", "soon", "new", "edition", "reprint", "unavailable", "free", "pdf", "link",
    "affiliate", "video", "audio", "book", "novel", "memoir", "film", "series",
})
# After the brackets, a remark on the entry: "(Penguin, 1998) – a great overview",
# "(Cambridge University Press, 2003), especially the chapter ‘…’", ", a classic".
# A blog's credit to whoever pointed the way: "(HT: Julia Galef)", "(h/t Ben)", "(via X)".
_CREDIT_NOTE_RE = re.compile(r"\s*(?:HT|H/T|h/t|hat tip|via|thanks to)\b[:\s]", re.IGNORECASE)
_COMMENT_RE = re.compile(
    r"(?<=\))(?:\s+[–—-]\s+[a-z][^()]*"
    r"|,\s+(?:especially|esp\.|particularly|notably|mainly|chiefly|above all|see|a|an)"
    r"\s+\S.*"
    r"|\s+\[?[Ll]ink\]?)$")  # a flattened page's link label: "(Titan) Link"
# "(William Gibson) - Defined cyberpunk, influenced …": a remark may open with a capital
# too, when lower-case words other than a title's small words follow.
_CAPITAL_REMARK_RE = re.compile(r"(?<=\))\s+[–—-]\s+(?P<remark>[A-Z][^()]*)$")
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "by", "from", "at"})
_VOLUME_CLAUSE_RE = re.compile(r",\s*vol\.?\s*(?P<v>\d{1,3}|[IVXLC]{1,6})\s*$", re.IGNORECASE)
# ", 3 vols", ", 2 v.": how many volumes, a note on the edition
_VOLUMES_NOTE_RE = re.compile(r"[,.]\s*\d{1,2}\s*(?:vols?|v|t|bde)\.?\s*$", re.IGNORECASE)
_UNDATED_RE = re.compile(r",\s*(?P<place>[A-ZÀ-Þ][^,\d]{1,30}?),\s*n\.\s?d\.?\s*$")
# What a reading list adds after the imprint: the pages or chapters to read.
# A note's cited page needs no "p.": "(New York: Farrar, Straus and Giroux, 2011), 23."
# (three digits at most, so that a year after the bracket is not taken for a page).
_PAGES_AFTER_RE = re.compile(  # the comma first, the bracket checked behind it
    r",(?<=\),)\s*(?:pp?\.\s*(?P<p>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)"
    r"|(?P<bare>\d{1,3}(?:\s*[-–]\s*\d{1,3})?)(?=\.?\s*$)"
    r"|(?:chs?\.|chaps?\.|chapters?)\s*\d[\d\s,–-]*)\.?\s*$", re.IGNORECASE)
# The year after a translator's bracket: "… (trans. Gregory Rabassa), 1970".
_YEAR_AFTER_BRACKET_RE = re.compile(
    r"\((?:trans(?:lated)?|tr|eds?|edited)\b[^()]*(?P<close>\)),\s*(?P<y>(?:1[5-9]|20)\d\d)"
    r"\.?\s*$",
    re.IGNORECASE)
# How many pages the book has, after a comma at the end of the entry.
PAGE_COUNT_RE = re.compile(r",\s*(?P<n>\d{2,4})\s*(?:pages|pp\.?)\s*$", re.IGNORECASE)
# A year alone after a long dash, ending the line; not after a number ("1789 – 1848"), nor
# after a bar ("The Books I Read in November | 2021", a page's title).
_DASH_YEAR_RE = re.compile(r"(?<![\d\s])\s+[–—]\s+(?P<y>(?:1[5-9]|20)\d\d)\s*$")
_TRAILING_YEAR_RE = re.compile(r",\s*(?P<y>(?:1[5-9]|20)\d\d)\s*$")
_PAGES_AFTER_YEAR_RE = re.compile(r",\s*pp?\.\s*(?P<p>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\.?\s*$")
_PLACE_YEAR_RE = re.compile(r",\s*(?P<place>[A-ZÀ-Þ][^,\d]{1,30}?)\s+(?P<y>(?:1[5-9]|20)\d\d)\s*$")
_PLACE_PUBLISHER_RE = re.compile(r"[A-ZÀ-Þ][^:;,]{0,30}(?:,\s*[A-Z]{2})?\s?:\s+\S")
_DASH_RE = re.compile(r"\s[–—-]\s")
_TOWN_WORD_RE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)*$")
_IN_COLLECTION_RE = re.compile(r",\s+in\s+(?=\S)")
_ROLE_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
# Last words that make a phrase a publisher for sure: "Oxford University Press", "Cornell UP".
_NOT_IN_PUBLISHER_RE = re.compile(r"[()\[\]:;\"“*]")  # brackets, colons, quotes, italics
_PUBLISHER_ENDINGS = PUBLISHER_ENDINGS | {"up"}  # after a comma: "…, Oxford UP"
_SERIES_NOTE_RE = re.compile(r"\s*(?:book|vol\.?|volume|part|no\.?|#)\s*\d{1,3}\b(?!\s*[-–—]\s*\d)",
                             re.IGNORECASE)
_BRACKETED_RE = re.compile(r"\(([^()]{2,80})\)")
# A year alone after the entry's last full stop: "1984. By George Orwell. 1949".
_DOT_YEAR_RE = re.compile(r"(?<=[^\W\d])\.\s+(?P<y>(?:1[5-9]|20)\d\d)\.?\Z")
_EDITION_RE = re.compile(rf",\s*(?P<ed>{EDITION_STATEMENT})\s*$")


def read_core(draft: Draft, start: int, end: int) -> int:
    """Read the tail, the role clauses and the tail before them; return where the core ends."""
    end = read_tail(draft, start, end)
    core_end = _read_role_clauses(draft, start, end)
    if core_end < end:
        core_end = read_tail(draft, start, core_end)
    return _read_collection(draft, start, core_end)


def _read_collection(draft: Draft, start: int, end: int) -> int:
    """", in *The Riverside Chaucer*": the collection in italics that holds the work (CSL
    `container-title` of a chapter; its editors were read with the role clauses)."""
    m = _IN_COLLECTION_RE.search(draft.s, start, end) if draft.emphasis else None
    if m is None or trim(draft.s, m.end(), end) not in draft.emphasis:
        return end
    draft.put("container-title", m.end(), end)
    draft.type = "chapter"
    return m.start()


def read_tail(draft: Draft, start: int, end: int) -> int:
    """Read "(Verso, 2017)", ", Netflix", ", Vol. 1" off the end; return the new end."""
    s = draft.s
    a, b = trim(s, start, end, keep_quotes=True)
    # a comment needs a ")" before the end of the line to follow
    comment = (_COMMENT_RE.search(s, a, b) or _capital_remark(s, a, b)) if s.find(
        ")", a, b - 1) >= 0 else None
    if comment:
        b = comment.start()  # "(Penguin, 1998) – a great overview"
    count = PAGE_COUNT_RE.search(s, a, b)
    if count and count.start() > a:  # "… by Brandon Sanderson, 1007 pages", "…), 1007pp."
        draft.put("number-of-pages", count.start("n"), count.end("n"))
        b = trim(s, a, count.start(), keep_quotes=True)[1]
    # (the pattern opens with a look-behind, tried at every character: ask for its dash first)
    dashed = _DASH_YEAR_RE.search(s, a, b) if draft.date is None and (
        "–" in s or "—" in s) else None
    if dashed and (_DASH_RE.search(s, a, dashed.start()) or " by " in s[a:dashed.start()]):
        # "Range — David Epstein — 2019": the year after the entry's own dash or "by" (a
        # heading "Summer Reading — 2021" has neither)
        read_date(draft, dashed.start("y"), dashed.end("y"))
        b = trim(s, a, dashed.start(), keep_quotes=True)[1]
    pages = _PAGES_AFTER_RE.search(s, a, b) if s.find(")", a, b) >= 0 else None
    if pages:  # "(London, 1971), pp. 22-34", "(Oxford, 2005), chs. 3–4", "(…, 2011), 23."
        page = "p" if pages.group("p") else "bare" if pages.group("bare") else None
        if page:
            draft.put("page", pages.start(page), pages.end(page))
        b = pages.start()
    year = _YEAR_AFTER_BRACKET_RE.search(s, a, b) if draft.date is None and s.find(
        ")", a, b) >= 0 else None
    if year:
        read_date(draft, year.start("y"), year.end("y"))
        b = year.end("close")
    while b > a and s[b - 1] in ")]":
        opening = _opening_paren(s, a, b - 1) if s[b - 1] == ")" else s.rfind("[", a, b - 1)
        if opening <= a:
            break
        inside = (opening + 1, b - 1)
        roles = role_fields(s[inside[0]:inside[1]]) if draft.role_mark is None else None
        if _CREDIT_NOTE_RE.match(s, *inside):
            pass  # "(HT: Julia Galef, Ben Mathes)", "(via Kottke)": who pointed to it
        elif roles:  # "Invisible Planets by Ken Liu (Editor, Translator)": the names' roles
            draft.role_mark = (roles, trim(s, a, opening, keep_quotes=True)[1])
        elif not (s[b - 1] == ")" and (_read_paren_role(draft, *inside)
                                       or read_paren(draft, *inside))
                  ) and not (s[b - 1] == "]" and draft.date is None and read_date(
                      draft, *inside)) and not _is_note(s[opening + 1:b - 1]):
            # ("Beloved by Toni Morrison [1987]": a date in square brackets is the year)
            if not (s[b - 1] == ")" and _named_before(s, a, opening)):
                break
            # "Spinning Silver, Naomi Novik (Del Rey; Macmillan)": after "Title, Author" the
            # bracket holds the imprint (the first of two editions' publishers)
            semicolon = s.find(";", *inside)
            read_imprint(draft, inside[0], semicolon if semicolon > 0 else inside[1])
        b = trim(s, a, opening, keep_quotes=True)[1]
    if draft.date is None and s[b - 1:b] in ".0123456789" \
            and (dotted := _DOT_YEAR_RE.search(s, a, b)) is not None:
        read_date(draft, dotted.start("y"), dotted.end("y"))  # "… by Frederick Taylor. 2020"
        b = dotted.start()
    if draft.date is None and ": " in s[a:b]:
        b = _read_imprint_sentence(draft, a, b)
    if draft.date is None and "," in s[a:b]:
        b = _read_comma_imprint(draft, a, b)
    if "," in s[a:b]:
        b = _read_trailing_publisher(draft, a, b)
    comma = s.rfind(",", a, b)
    if comma > a and is_network(s[comma + 1:b]):
        draft.type = "broadcast"  # "The Crown, Netflix (2016)", ", HBO miniseries"
        read_imprint(draft, comma + 1, b)
        return comma
    while comma > a:  # ", vol. 1, 2nd edn", ", 3 vols": notes on the edition, last first
        if (volume := _VOLUME_CLAUSE_RE.match(s, comma, b)) is not None:
            draft.put("volume", volume.start("v"), volume.end("v"))
        elif (edition := _EDITION_RE.match(s, comma, b)) is not None and \
                "edition" not in draft.values:
            draft.put("edition", edition.start("ed"), edition.end("ed"))
        elif not _VOLUMES_NOTE_RE.match(s, comma, b):  # "…, 284–602, 3 vols (Oxford, 1964)"
            break
        b = comma
        comma = s.rfind(",", a, b)
    return b


def _named_before(s: str, start: int, end: int) -> bool:
    """", Naomi Novik" before `end`: after the last comma, people with common given names
    (", Oliver K. Langmead & Aliya Whiteley": of several full names, one is enough)."""
    comma = s.rfind(",", start, end)
    if comma <= start or "(" in s[comma:end]:
        return False
    names = parse_name_list(s[comma + 1:end]) or []
    if len(names) > 1 and all(name.given for name in names):
        return any(map(known_given_name, names))
    return bool(names) and all(map(known_given_name, names))


def _capital_remark(s: str, start: int, end: int) -> re.Match[str] | None:
    """"… (Yuval Noah Harari) - New perspective on systems": at least three words, one of
    them lower case and no title's small word; "(1962) - Rachel Carson" is no remark."""
    m = _CAPITAL_REMARK_RE.search(s, start, end)
    if m is None:
        return None
    words = m.group("remark").split()
    if len(words) < 3 or not any(
            w[:1].islower() and w not in _TITLE_SMALL_WORDS for w in words[1:]):
        return None
    people = parse_name_list(m.group("remark"))
    if people and all(known_given_name(p) for p in people):
        return None  # "(George Smiley, #5) -- John le Carré": the author, "le" and all
    return m


def merge_coauthors(draft: Draft) -> None:
    """", with Ola Rosling" joins the authors, after the ones named first.

    Without authors to join, the names are dropped: "Reds (1981), with Warren
    Beatty" names a cast member, not a writer.
    """
    with_names = draft.names.pop("with", None)
    if with_names and draft.names.get("author"):
        draft.names["author"].extend(with_names)
        draft.name_spans = [sp if sp.field != "with" else Span("author", sp.start, sp.end)
                            for sp in draft.name_spans]
    else:
        draft.name_spans = [sp for sp in draft.name_spans if sp.field != "with"]


def _opening_paren(s: str, start: int, close: int) -> int:
    last = s.rfind("(", start, close)
    if last < 0 or s.find(")", last, close) < 0:
        return last  # no bracket nested inside: the last "(" opens it
    depth = 0
    for i in range(close, start - 1, -1):
        if s[i] == ")":
            depth += 1
        elif s[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return -1


# German lists close with "Ort: Verlag Jahr" and no comma before the year: "Kehlmann,
# Daniel: Die Vermessung der Welt. Reinbek: Rowohlt 2005."
_IMPRINT_SENTENCE_RE = re.compile(
    r"\.\s+(?P<place>[A-ZÀ-Þ][^.:;,\d]{1,40}?)\s?:\s*(?P<pub>[A-ZÀ-Þ][^.:;,\d]{0,60}?)\s+"
    r"(?P<y>(?:1[5-9]|20)\d\d)\s*$")


def _read_imprint_sentence(draft: Draft, start: int, end: int) -> int:
    s = draft.s
    m = _IMPRINT_SENTENCE_RE.search(s, max(start, end - 110), end)
    if m is None or not (is_place(m["place"]) or _town_like(m["place"])):
        return end
    read_date(draft, m.start("y"), m.end("y"))
    read_imprint(draft, m.start("place"), m.end("pub"))
    return m.start() + 1


def _read_comma_imprint(draft: Draft, start: int, end: int) -> int:
    """", Oxford University Press, 1989" ending a line without brackets."""
    s = draft.s
    volumes = _VOLUMES_NOTE_RE.search(s, max(start, end - 12), end)
    if volumes:
        end = volumes.start()  # "…, London, 1999, 2 v."
    undated = _UNDATED_RE.search(s, max(start, end - 50), end)
    if undated and (is_place(undated.group("place")) or (
            "," in s[start:undated.start()] and _town_like(undated.group("place")))):
        # "Smith, J., The History of Things, London, n.d."
        draft.put("publisher-place", undated.start("place"), undated.end("place"))
        return undated.start()
    pages = _PAGES_AFTER_YEAR_RE.search(s, max(start, end - 30), end)
    if pages and _TRAILING_YEAR_RE.search(s, max(start, pages.start() - 12), pages.start()):
        draft.put("page", pages.start("p"), pages.end("p"))  # "…: Wadsworth, 1993, pp. 123–135"
        end = pages.start()
    date_m = _TRAILING_YEAR_RE.search(s, max(start, end - 12), end)
    if date_m is None:
        place = _PLACE_YEAR_RE.search(s, max(start, end - 40), end)
        if place is None or not (is_place(place.group("place")) or (
                "," in s[start:place.start()] and _town_like(place.group("place")))):
            return end
        # ", Oxford 1999": a town and the year, as Continental and older lists write them
        read_date(draft, place.start("y"), place.end("y"))
        draft.put("publisher-place", place.start("place"), place.end("place"))
        return place.start()
    comma = s.rfind(",", start, date_m.start())
    colon = s.rfind(": ", start, date_m.start())
    # "W.-K. Chen, Linear Networks and Systems. Belmont, CA: Wadsworth, 1993" (IEEE): the
    # imprint's town may hold commas of its own
    brk = _imprint_break(s, start, date_m.start()) if colon > start else None
    if brk is None or brk[1] > colon:
        brk = _imprint_break(s, max(start, comma), date_m.start())
    if brk is not None:  # "… by Isaac Deutscher - Verso, 2003", "… Armed. Oxford UP, 1954."
        read_date(draft, date_m.start("y"), date_m.end("y"))
        read_imprint(draft, brk[1], date_m.start())
        return brk[0]
    if comma <= start or _DASH_RE.search(s, start, comma):
        # "George Orwell – Nineteen Eighty-Four, 1949": the year alone
        read_date(draft, date_m.start("y"), date_m.end("y"))
        return date_m.start()
    piece = s[comma + 1:date_m.start()].strip()
    if piece.lower() in PERIODICALS or any(q in s[start:comma] for q in "\"“‘"):
        return end  # a periodical after an article title, read with the title
    if "," in s[start:comma] and _town_like(piece):
        # "Bartlett, The Making of Europe, Woodbridge, 1993": after an author and a title
        # (with one comma only, "The Hobbit, Tolkien, 1937", the name is the author's)
        read_date(draft, date_m.start("y"), date_m.end("y"))
        draft.put("publisher-place", comma + 1, date_m.start())
        return comma
    if not (is_publisher(piece) or _PLACE_PUBLISHER_RE.match(piece) or is_place(piece)):
        read_date(draft, date_m.start("y"), date_m.end("y"))  # ", George Orwell, 1949"
        return date_m.start()
    read_date(draft, date_m.start("y"), date_m.end("y"))
    read_imprint(draft, comma + 1, date_m.start())
    return comma


def _town_like(piece: str) -> bool:
    """"Woodbridge", "Aldershot", "Bury St Edmunds": a town's name between a title and its
    year, where a list names the place alone; rare capitalised words, no known publisher
    and no person ("George Orwell")."""
    words = piece.split()
    if not 0 < len(words) <= 3 or not all(_TOWN_WORD_RE.match(w) for w in words):
        return False
    if is_publisher(piece) or max(frequencies(piece), default=9.0) >= COMMON_WORD:
        return False
    person = parse_person(piece)
    return person is None or not known_given_name(person)


def _imprint_break(s: str, start: int, end: int) -> tuple[int, int] | None:
    """A sentence end or a dash after `start` followed by an imprint alone up to `end`:
    where the break is and where the imprint starts ("Peter Brown, Title. London, 1971")."""
    dashes = list(_DASH_RE.finditer(s, start, end))
    dot = s.rfind(". ", start, end)
    while dot > start and is_initial(s[s.rfind(" ", start, dot) + 1:dot + 1]):
        dot = s.rfind(". ", start, dot)  # "… Powers. W. W. Norton & Company": not at an initial
    cut = max((dot, dot + 2), (dashes[-1].start(), dashes[-1].end()) if dashes else (-1, -1))
    if cut[0] <= start or not is_imprint(s[cut[1]:end].strip()):
        return None
    return cut


def _read_trailing_publisher(draft: Draft, start: int, end: int) -> int:
    """", Verso (2003)", ", Oxford University Press": a publisher by name ending the core."""
    s = draft.s
    comma = s.rfind(",", start, end)
    if comma <= start or "publisher" in draft.values:
        return end
    piece = s[comma + 1:end].strip()
    words = piece.split()
    if len(words) > 6 or _NOT_IN_PUBLISHER_RE.search(piece) or any(
            ch.isdigit() for ch in piece):
        return end  # "Press, Flannery, …, and Vetterling (1992). *Title*. Cambridge UP"
    if not (piece.lower() in PUBLISHERS or (len(words) >= 2 and (
            words[-1].lower() in _PUBLISHER_ENDINGS or (
                words[-1] == "Books" and " ".join(words[:-1]).lower() in PUBLISHERS)))):
        return end  # "Charles Dickens, Bleak House (1853)", "Kipling, The Jungle Books"
    draft.put("publisher", comma + 1, end)
    return comma


def _is_note(text: str) -> bool:
    """"(paperback)", "(4/4)", "(releases 3/5)", "[transcript]": a remark on the entry,
    not part of its title; short, and with no capitalised title words in it, unless it
    says where the book stands in its series ("[book 2 : Rodrick Rules]")."""
    if _SERIES_NOTE_RE.match(text):
        return True
    words = text.split()
    return 0 < len(words) <= 5 and len(text) <= 40 and not any(
        w[:1].isupper() and len(w) > 1 and not w.isupper() and w.lower() not in _NOTE_WORDS
        for w in words)


# How an ASCII bracket `_PAREN_ROLE_RE` matches must open (lower-cased, after spaces) or end.
_PAREN_ROLE_OPENINGS = ("co-", "written", "directed", "dir.", "a ", "an ", "created",
                        "illustrated", "documentary", "ed", "tr", "rev", "with", "introduction",
                        "foreword", "preface", "afterword")
_PAREN_ROLE_ENDINGS = ("ed", "ed.", "eds", "eds.", "editor", "editors", "trans", "trans.",
                       "translator", "translators", "translation", "tr.")


def _may_hold_paren_role(inside: str) -> bool:
    """Whether `_PAREN_ROLE_RE` may match the bracket: a role opens it or closes it.  Most
    brackets hold an imprint, and the pattern's second branch reads each one to its end.
    (Other scripts fold case in ways lower() does not: "ſ" is "s" under IGNORECASE.)"""
    if not inside.isascii():
        return True
    lowered = inside.lower()
    return lowered.lstrip().startswith(_PAREN_ROLE_OPENINGS) or lowered.rstrip().endswith(
        _PAREN_ROLE_ENDINGS)


def _read_paren_role(draft: Draft, start: int, end: int) -> bool:
    """"(translated by Emily Wilson)", "(ed. Sheila Fitzpatrick)" after a title."""
    m = _PAREN_ROLE_RE.match(draft.s, start, end) if _may_hold_paren_role(
        draft.s[start:end]) else None
    if m is None:
        return _read_paren_imprint_then_role(draft, start, end)
    who = "who" if m.group("who") else "who2"
    names = parse_name_list(m.group(who))
    if names is None and who == "who" and ("," in m.group(who) or ";" in m.group(who)):
        # "(trans. Ken Liu, Tor, 2014)", "(Translated by R. S. Valentino; Archipelago Books,
        # 2021)": the imprint follows the names in the bracket
        names, stop = _names_before_comma(draft.s, m.start(who), m.end(who))
        if names is None or not read_paren(draft, stop + 1, m.end(who)):
            return False
        role = m.group("role").lower()
        _put_role(draft, role, names, m.start(who), stop)
        return True
    if names is None:
        return False
    role = (m.group("role") or m.group("role2")).lower()
    _put_role(draft, "ed." if role.startswith("ed") else role, names, m.start(who), m.end(who))
    return True


def _read_paren_imprint_then_role(draft: Draft, start: int, end: int) -> bool:
    """"(Penguin, 2003, trans. Robert Fagles)", "(Penguin, 1996; trans. Robert Fagles)":
    the imprint, then a role clause closing the bracket."""
    s = draft.s
    m = _ROLE_CLAUSE_RE.search(s, start, end)
    if m is None or m.start() <= start:
        return False
    names = parse_name_list(s[m.end():end])
    if names is None:
        return False
    trial = draft.copy()
    if not read_paren(trial, start, m.start()):
        return False
    draft.adopt(trial)
    _put_role(draft, m.group("role").lower(), names, m.end(), end)
    return True


def apply_role_mark(draft: Draft) -> None:
    """The authors whose names end where a role in brackets begins take that role."""
    if draft.role_mark is None or "author" not in draft.names:
        return
    fields, at = draft.role_mark
    spans = [sp for sp in draft.name_spans if sp.field == "author"]
    if len(spans) == 1 and spans[0].end == at and fields != ("author",):
        names = draft.names.pop("author")
        draft.name_spans.remove(spans[0])
        for field in fields:
            if field:  # "(Illustrator)": a role CSL has no variable for
                draft.put_names(field, [n.copy() for n in names], spans[0].start, spans[0].end)


def _put_role(draft: Draft, role: str, names: list[Name], start: int, end: int) -> None:
    field = next((f for key, f in _CLAUSE_ROLES if key in role), "author")
    if field:
        draft.put_names(field, names, start, end)
    if field in ("editor", "translator") and " and " in role:
        # "ed. and trans. Q. Hoare", "trans. and ed. M. Swanton": both roles
        other = "translator" if field == "editor" else "editor"
        draft.put_names(other, [n.copy() for n in names], start, end)
    if field == "director":
        draft.type = "motion_picture"
    if "documentary series" in role:
        draft.type = "broadcast"


def _read_role_clauses(draft: Draft, start: int, end: int) -> int:
    """Store ", translated by X", ", dir. Y", ", with Z" clauses; return where the core ends."""
    s = draft.s
    piece = s[start:end]
    lowered = piece.lower()
    edition = _EDITION_RE.search(s, start, end) if "ed" in lowered else None
    if edition:
        draft.put("edition", edition.start("ed"), edition.end("ed"))
        end = edition.start()
    clauses = list(_ROLE_CLAUSE_RE.finditer(s, start, end)) if (
        not piece.isascii() or _ROLE_HINT_RE.search(lowered)) else []
    found: list[tuple[int, str, list[Name], int, int]] = []
    for i, m in enumerate(clauses):
        stop = clauses[i + 1].start() if i + 1 < len(clauses) else end
        names = parse_name_list(s[m.end():stop])
        if names is None and _SURNAME_ROLE_RE.match(m.group("role")):
            # "Gilgamesh, tr. by Ferry": after an explicit role a surname alone is a name.
            names = parse_name_list(s[m.end():stop], allow_mononym=True)
        if names is None and _SURNAME_ROLE_RE.match(m.group("role")):
            # "eds. Barney, Benson", "ed. Windeatt: “Book I”, …": surnames after the role,
            # up to a colon that opens the selection read
            names, stop = _role_surnames(s, m.end(), stop)
        if names is None and _NAMED_ROLE_RE.match(m.group("role")):
            # "trans. L. A. Manyon, 2 vols": the names end at a comma, a note follows
            names, stop = _names_before_comma(s, m.end(), stop)
        if names is None:
            if found:
                break
            continue  # "View with a Grain of Sand": not a clause
        found.append((m.start(), m.group("role").lower(), names, m.end(), stop))
    for _, role, names, a, b in found:
        _put_role(draft, role, names, a, b)
    if len(found) == 1 and _clause_between(draft, start, found[0][0], found[0][4], end):
        return end
    return found[0][0] if found else end


def _clause_between(draft: Draft, start: int, clause: int, stop: int, end: int) -> bool:
    """"Homer, translated by Robert Fagles, The Odyssey", "Robert Louis Stevenson,
    illustrated by N.C. Wyeth, Treasure Island": a role clause set between the authors and
    the title, as a list by author gives it.  The clause, read already, is blanked out of
    the working text so that the authors and the title meet at the comma before it."""
    s = draft.s
    if s[clause:clause + 1] != "," or s[stop:stop + 1] != "," or s.rfind(",", start, clause) >= 0:
        return False
    title = s[stop + 1:end].strip()
    people = parse_name_list(title)
    if not (opens_title(title) and is_title_like(title)) or (
            people and known_given_name(people[0])):
        return False  # a second person after the clause: no title follows
    if not parse_name_list(s[start:clause], allow_mononym=True):
        return False
    draft.s = s[:clause + 1] + " " * (stop + 1 - clause - 1) + s[stop + 1:]
    return True


def _role_surnames(s: str, start: int, end: int) -> tuple[list[Name] | None, int]:
    """"Barney, Benson", "Fulk, Bjork and Niles", "Windeatt: …": people (surnames alone
    will do) listed after an explicit role, before any colon."""
    colon = s.find(":", start, end)
    stop = colon if colon > start else end
    names: list[Name] = []
    for piece in _ROLE_LIST_SPLIT_RE.split(s[start:stop].strip()):
        person = parse_person(piece) if 0 < len(piece.split()) <= 3 else None
        if person is None or not (person.given or plausible_surname(piece)):
            return None, end
        names.append(person)
    return (names or None), stop


def _names_before_comma(s: str, start: int, end: int) -> tuple[list[Name] | None, int]:
    """The longest stretch from `start` to a comma that is a list of names, else the
    stretch to the first semicolon."""
    cut = s.rfind(",", start, end)
    while cut > start:
        names = parse_name_list(s[start:cut])
        if names:
            return names, cut
        cut = s.rfind(",", start, cut)
    semicolon = s.find(";", start, end)
    if semicolon > start and (names := parse_name_list(s[start:semicolon])):
        return names, semicolon
    return None, end


def read_trailing_place(draft: Draft, start: int, end: int) -> int:
    """", Ithaca, N.Y." or ", London" closing a formal entry's title sentence, where the
    imprint names the town alone; return where the title ends."""
    s = draft.s
    if "publisher-place" in draft.values:
        return end
    a, b = trim(s, start, end)
    last = s.rfind(",", a, b)
    for comma in (s.rfind(",", a, last), last):  # the longer place first
        if comma > a and is_place(s[comma + 1:b].strip().rstrip(".")):
            draft.put("publisher-place", comma + 1, b)
            return comma
    return end


def read_title_clauses(draft: Draft, start: int, end: int) -> int:
    """Read role clauses and a bracketed imprint that trail a title or a container inside
    a sentence of a formal entry ("Capital, vol. 1, trans. B. Fowkes.", "In Feminism and
    History, edited by Joan Wallach Scott, 152–80.", "Cole, Thomas (1991) The Origins of
    Rhetoric in Ancient Greece (Baltimore & London: Johns Hopkins University Press) –
    Highly thoughtful."); return where the title ends.  Unless names or an imprint are
    read, the stretch is left alone, so a title's own commas and brackets stay in it."""
    s = draft.s
    if _ROLE_CLAUSE_RE.search(s, start, end) is None and not any(
            is_imprint(inner) for inner in _BRACKETED_RE.findall(s, start, end)):
        return end
    trial = draft.copy()
    read_core(trial, start, end)
    if len(trial.name_spans) <= len(draft.name_spans) and not any(
            key in trial.values and key not in draft.values
            for key in ("publisher", "publisher-place")):
        return end  # "Dances, with Wolves", "Title (Book 3)": nothing trails the title
    return read_core(draft, start, end)
