"""Works named inside sentences: "Historian Jane Smith on her book *Title*", "author of Title".

Feed descriptions and show-note paragraphs rarely list books; they mention
them in prose.  A mention is taken only where the sentence itself says a work
is meant — a cue such as "her new book", "author of", "Buy … by …", or the
title set in italics next to such a cue — and only a title that reads as one
(title case, or the exact italic span).  Precision first: a sentence that
names no work yields nothing, and a title without a cue is left alone.

The author is taken when the sentence gives one: "… by Jane Smith", or the
person the sentence is about ("Jane Smith on her book …", "Jane Smith,
author of …", "Jane Smith's new book …").
"""

from __future__ import annotations

import re

from ..model import Date, Name, Record
from ..parse.citation import SHOP_LINK_RE
from ..parse.lexicon import CREDIT_WORDS
from ..parse.markup import Cleaned, clean
from ..parse.names import parse_name_list, parse_person, surely_a_person
from ..parse.parsed import Parsed, Span
from ..parse.titles import is_title_like

# The confidence of an inline reading: above the bar outside reading lists.
INLINE_CONFIDENCE = 0.7

_WORK = r"(?:book|novel|memoir|biography|history|study|collection|novella|bestseller|book series)"
# A capitalised word, a number, or a linking word inside a title.
_CAP = r"(?:(?:Mr|Mrs|Ms|Dr|St)\.|[A-Z0-9][\w'’\-]*)"
_LINK_WORDS = r"(?:of|the|and|a|an|in|on|to|for|with|from|at|by|or|vs\.?|&|de|la|le|du|von|is|are)"
_TITLE = (rf"{_CAP}(?:[ \t]+(?:{_LINK_WORDS}[ \t]+)*{_CAP}){{0,14}}"
          rf"(?::[ \t]+{_CAP}(?:[ \t]+(?:{_LINK_WORDS}[ \t]+)*{_CAP}){{0,14}})?")
_NAME_WORD = r"(?:[A-Z]\.(?:[ \t]?[A-Z]\.)*|[A-Z][\w'’\-]+)"
_YEAR_OPT = r"(?:[ \t]*\((?:1[5-9]|20)\d\d\))?"  # "The Dream Songs (1969) by …"
_PERSON = rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|de|van|von|der|da|du|le|la|bin|al)){{1,4}}"
_PEOPLE = rf"{_PERSON}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_PERSON}){{0,3}}"

# Cue, then the title, then optionally "by Author".  Groups: title; the author as `by`
# (after the title), `who` (the sentence's subject) or `sure` (checked to be a person).
_CUES: list[re.Pattern[str]] = [
    # "\"How to Become a Hand Model,\" by Jack Smart": a quoted title, then its author
    re.compile(rf"[\"“](?P<title>[^\"“”\n]{{2,200}}?)[,.]?[\"”],?[ \t]+by[ \t]+(?P<by>{_PEOPLE})"),
    # "Annie is reading Playworld by Adam Ross", "no classic beats The Great Gatsby by F. Scott
    # Fitzgerald": a capitalised run, "by", and a name that is surely a person (checked below).
    # The title's first character is tested first: it rules out most places at once.
    re.compile(rf"(?=[A-Z0-9])(?:(?<=[a-z,;:] )|(?<=\breading )|(?<=\blistening to ))"
               rf"(?P<title>{_TITLE})"
               rf"{_YEAR_OPT}[ \t]+by[ \t]+(?P<sure>{_PEOPLE})"),
    # "the 1963 cult novel The Lowlife by Alexander Baron"
    re.compile(rf"\b(?:{_WORK}|thriller|mystery|classic|sequel|debut|poems|essays|stories|"
               rf"romance|rom-com)[ \t]+(?P<title>{_TITLE}){_YEAR_OPT}[ \t]+by[ \t]+"
               rf"(?P<by>{_PEOPLE})"),
    # "Jane Smith on her (new) book Title", "Jane Smith discusses her book Title"
    re.compile(rf"(?P<who>{_PERSON})(?:,[^,.;]{{1,60}},)?[ \t]+(?:on|discuss(?:es|ing)?|talks?"
               rf"(?:[ \t]+about)?|joins us to discuss|about|introduces|presents)[ \t]+"
               rf"(?:his|her|their)[ \t]+(?:new[ \t]+|latest[ \t]+|debut[ \t]+|recent[ \t]+)?"
               rf"{_WORK}s?,?[ \t]+(?P<title>{_TITLE})"),
    # "Jane Smith's (new) book Title"
    re.compile(rf"(?P<who>{_PERSON})['’]s[ \t]+(?:new[ \t]+|latest[ \t]+|debut[ \t]+|recent[ \t]+"
               rf"|classic[ \t]+|acclaimed[ \t]+)?{_WORK},?[ \t]+(?P<title>{_TITLE})"),
    # "Jane Smith, author of Title", "Jane Smith is the author of Title"
    re.compile(rf"(?P<who>{_PERSON}),?[ \t]+(?:is[ \t]+)?(?:the[ \t]+)?(?:co-?)?"
               rf"(?:author|editor|writer)[ \t]+of[ \t]+(?:the[ \t]+(?:new[ \t]+)?{_WORK}[ \t]+)?"
               rf"(?P<title>{_TITLE})"),
    # "Buy Title by Author", "Check out Title by Author", "the book Title by Author"
    re.compile(rf"(?:\b(?:[Bb]uy|[Oo]rder|[Cc]heck out|[Pp]ick up|[Gg]rab|[Rr]ead)[ \t]+"
               rf"|\b(?:the|a|new|latest|debut)[ \t]+{_WORK}[ \t]+)(?:a[ \t]+copy[ \t]+of[ \t]+)?"
               rf"(?P<title>{_TITLE}){_YEAR_OPT}[ \t]+by[ \t]+(?P<by>{_PEOPLE})"),
    # "(her|his|the) (new) book, Title," — no author in the sentence
    re.compile(rf"\b(?:his|her|their|the|a|new)[ \t]+(?:new[ \t]+|latest[ \t]+|debut[ \t]+)?"
               rf"(?:{_WORK}|one),?[ \t]+(?:called[ \t]+|titled[ \t]+|entitled[ \t]+)?"
               rf"(?P<title>{_TITLE})"),
]
# What every cue with an author after the title ("… by Author") needs.
_BY_WORD = re.compile(r"[ \t]by[ \t]")
# A year in brackets right after a title, alone or after a publisher: "(1944)", "(Verso, 2017)".
_YEAR_AFTER = re.compile(r"[*\"”’]?\s*\((?:[^()]{0,60},\s*)?(?P<y>1[5-9]\d\d|20\d\d)\)")
_BY_AFTER = re.compile(rf",?[ \t]+by[ \t]+(?P<by>{_PEOPLE})")
# A word right before an italic title that says a work is meant.
_CUE_BEFORE = re.compile(
    rf"\b(?:{_WORK}|novels?|books?|memoirs?|thriller|mystery|classic|sequel|debut|poems?|"
    r"essays?|stories|collection|play|film|documentary|series|author of|wrote|written|"
    r"edited|translated|reading|read|titled|called|entitled)\b[^.;!?]{0,40}$",
    re.IGNORECASE,
)
# Before a title linked to a bookshop: the people whose work it is ("Josh Cutchin and
# Timothy Renner's new work '[Where the Footprints End](amazon…)'").
_POSSESSIVE_BEFORE = re.compile(
    rf"(?P<who>{_PEOPLE})['’]s[ \t]+(?:[a-z]+[ \t]+){{0,3}}[‘'\"“]?$")
_QUOTED_AROUND = frozenset("‘'\"“")
_TRAILING = re.compile(r"(?:[ \t]+(?:" + _LINK_WORDS + r"))+$")
_MIN_TITLE_CHARS = 3
# A word inside a title's capitalised run, and what may stand before a list line's title.
_RUN_WORD = re.compile(rf"{_CAP}|{_LINK_WORDS}")
_LIST_LEAD = re.compile(r"\s*(?:[-*+•·]|\d{1,3}[.)]|#{1,6})?\s*")
# A sentence without any of these names no work the patterns above can find.
_QUICK_CUES = ("book", "novel", "memoir", "author", "editor", "writer", "biography", "history",
               "study", "collection", "by ", "new one", "latest", "reading", "listening")


def find_mentions(content: str) -> list[Parsed]:
    """The works a prose block names, each a `Parsed` with ``method="inline"``."""
    cleaned = clean(content)
    text = cleaned.text
    shop_links = [(a, b) for a, b, url in cleaned.links if SHOP_LINK_RE.search(url)]
    if not (shop_links or _could_mention(text)):
        return []
    found: list[Parsed] = []
    taken: list[tuple[int, int]] = []
    for a, b in cleaned.emphasis:  # "*A Violent Age* by Sarah Blake", "her novel *Beloved*"
        by = _BY_AFTER.match(text, b)
        cued = _CUE_BEFORE.search(text, max(0, a - 60), a)
        if by is None and cued is None:
            continue
        names = parse_name_list(by.group("by")) if by else None
        parsed = _mention(content, cleaned, a, b, names, by.span("by") if by and names else None)
        if parsed is not None:
            found.append(parsed)
            taken.append((a, b))
    by_author = _BY_WORD.search(text) is not None
    for pattern in _CUES:
        if not by_author and ("by" in pattern.groupindex or "sure" in pattern.groupindex):
            continue  # the cue reads "… by Author", and the text has no "by"
        for m in pattern.finditer(text):
            a, b = _title_span(cleaned, m.start("title"), m.end("title"))
            if "sure" in pattern.groupindex:
                a = _line_start_run(text, a)
            if b - a < _MIN_TITLE_CHARS or any(a < y and x < b for x, y in taken):
                continue
            names, who = _people(m)
            if "sure" in pattern.groupindex and (
                    names is None or text[a:b].lower() in CREDIT_WORDS):
                continue  # "Title by Somebody" in prose needs a person, and no "Written by"
            parsed = _mention(content, cleaned, a, b, names, who)
            if parsed is not None:
                found.append(parsed)
                taken.append((a, b))
    for a, b in shop_links:  # "… new work '[Title](https://www.amazon.com/…)' explores …"
        if any(a < y and x < b for x, y in taken):
            continue  # read already, with what the sentence says around it
        parsed = _shop_mention(content, cleaned, a, b)
        if parsed is not None:
            found.append(parsed)
            taken.append((a, b))
    found.sort(key=lambda p: p.spans[0].start)
    return found


def _shop_mention(content: str, cleaned: Cleaned, a: int, b: int) -> Parsed | None:
    """A title linked to a bookshop, named as a work by the sentence: quoted, after a cue
    ("her novel [Title](…)") or before "by Author"; the author from "by" or a possessive."""
    text = cleaned.text
    title = text[a:b].strip()
    if not is_title_like(title) or len(title.split()) > 25 or parse_person(title) is not None:
        return None
    by = _BY_AFTER.match(text, b)
    quoted = text[a - 1:a] in _QUOTED_AROUND and text[b:b + 1] in _QUOTED_AROUND | {"’"}
    if by is None and not quoted and _CUE_BEFORE.search(text, max(0, a - 60), a) is None:
        return None
    names: list[Name] | None = None
    who: tuple[int, int] | None = None
    if by is not None:
        names = parse_name_list(by.group("by"))
        who = by.span("by") if names else None
    else:
        owner = _POSSESSIVE_BEFORE.search(text, max(0, a - 120), a)
        if owner is not None:
            people = parse_name_list(owner.group("who"))
            if people and all(surely_a_person(n) for n in people):
                names, who = people, owner.span("who")
    return _mention(content, cleaned, a, b, names, who)


def _line_start_run(text: str, a: int) -> int:
    """Where a title that a list line opens starts: "1. Blood Line by James Rollins: …".

    The cue "Title by Person" needs a lower-case word before the title (a
    sentence's first word is no title), so at the start of a line it matches
    from the second word on ("Line by James Rollins").  When only title words
    stand between the line's start (a list number or bullet) and the match,
    they are the title's beginning.
    """
    if text[a:a + 4] in ("The ", "An ") or text[a:a + 2] == "A ":
        return a  # "Buy The Undercover Economist by …": an article opens the title
    i = a
    start = a
    while True:
        head = text[:i].rstrip(" \t")
        cut = max(head.rfind(" "), head.rfind("\t")) + 1
        word = head[cut:]
        if not word or _RUN_WORD.fullmatch(word) is None:
            break
        i = cut
        if not word[:1].islower():
            start = cut
    return start if start < a and _LIST_LEAD.fullmatch(text[:start]) else a


def _could_mention(text: str) -> bool:
    lowered = text.lower()
    return any(cue in lowered for cue in _QUICK_CUES)


def _title_span(cleaned: Cleaned, a: int, b: int) -> tuple[int, int]:
    """The title's extent: an italic span it falls in wins, else the capitalised run."""
    for x, y in cleaned.emphasis:
        if x <= a < y:
            return x, y
    trailing = _TRAILING.search(cleaned.text, a, b)
    if trailing:
        b = trailing.start()
    return a, b


def _people(m: re.Match[str]) -> tuple[list[Name] | None, tuple[int, int] | None]:
    if "sure" in m.re.groupindex:
        names = parse_name_list(m.group("sure"))
        if names and all(surely_a_person(n) for n in names):
            return names, m.span("sure")
        return None, None
    for group in ("by", "who"):
        if group in m.re.groupindex and m.group(group):
            text = m.group(group)
            names = parse_name_list(text)
            if names is None and group == "who":
                # "Historian Jane Smith": the name is the last words before the cue
                words = text.split()
                for k in range(max(0, len(words) - 4), len(words) - 1):
                    person = parse_person(" ".join(words[k:]))
                    if person is not None and person.given is not None:
                        start = m.start(group) + text.index(words[k])
                        return [person], (start, m.end(group))
            if names:
                return names, m.span(group)
    return None, None


def _mention(content: str, cleaned: Cleaned, a: int, b: int, names: list[Name] | None,
             who: tuple[int, int] | None) -> Parsed | None:
    title = cleaned.text[a:b].strip(" ,;:.\"'“”‘’")
    if not title or title.lower() in ("the", "a", "an", "this", "it") or len(title.split()) > 25:
        return None
    record = Record(type="book")
    record.set_full_title(title)
    spans = [Span("title", *cleaned.span(a, b))]
    if names:
        record.author = names
        if who is not None:
            spans.append(Span("author", *cleaned.span(*who)))
    dated = _YEAR_AFTER.match(cleaned.text, b)  # "The Road to Serfdom (1944)"
    if dated:
        record.issued = Date.from_year(int(dated.group("y")))
        spans.append(Span("issued", *cleaned.span(dated.start("y"), dated.end("y"))))
    return Parsed(content, record, INLINE_CONFIDENCE, spans, True, None, method="inline")
