"""Section headings: which part of the notes a line sits in decides how it is judged.

A line under "Reading list" is presumed a citation; a line under "Credits" or
"Information" is presumed not to be one, whatever it looks like.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

SectionKind = Literal[
    "reading", "credits", "metadata", "timestamps", "hosts", "sponsors", "support", "tools",
    "other"
]

# A count of works heading a list article: "50 Classic Movies to Watch", "My Top 10 Films".
_COUNTED_RE = re.compile(r"""(?:(?:the|my|our|his|her|their)\ )?(?:top\ )?
    (?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|
       twenty-five|thirty|forty|fifty|a\ hundred|one\ hundred)
    \ (?:[\w'’-]+\ ){0,3}?
    (?:books?|novels?|movies?|films?|albums?|records?|reads|documentaries|plays|poems|
       stories|memoirs|biographies|graphic\ novels|comics|picture\ books|cookbooks)
    (?:\b[^:]{0,60})?\Z""", re.IGNORECASE | re.VERBOSE)


def counted_works(heading: str) -> bool:
    """Whether a heading counts the works listed under it, as a list article heads itself
    ("20 Classic Movies Everyone Should Watch", "The 25 Best Novels of the Decade"): the
    headings under it are those works, not kinds of them."""
    return _COUNTED_RE.match(heading_name(heading)) is not None


# Heading names, matched against the whole heading (after "#", bullets, "**"
# and a trailing colon are gone).  Order matters only for readability.
# A viewer's list: "Movies", "Films to watch", "Watchlist", "Films I watched in 2021", "To
# Watch", "Shows to Watch".
_VIEWING = r"""(?:(?:my|our|the)\ )?(?:movies|films|documentaries|watch\ ?list|watched)
    (?:\ (?:to\ (?:watch|see)|(?:i|we)(?:'ve|\ have)?\ (?:watched|seen)))?
    (?:\ (?:in|of)\ \d{4})?
    |(?:(?:tv\ )?(?:shows|series)\ )?to\ watch"""
_VIEWING_RE = re.compile(rf"(?:{_VIEWING})\Z", re.IGNORECASE | re.VERBOSE)
_NAMES: dict[SectionKind, str] = {
    "reading": r"""
        (?:(?:the\ )?(?:suggested|recommended|further|additional|related|background|selected|
            essential|more|extra|optional|episode|show|guest'?s?|our|required|course|set|
            primary|secondary|assigned|core|printed|paper|physical|digital)\ )?
        (?:reading|readings|reading\ list|reading\ lists|books?|sources|references|bibliography|
           audiobooks?|e-?books?|books?\ (?:and|&)\ (?:audiobooks|e-?books)|
           works\ cited|literature|resources|book\ list|booklist|reading\ and\ listening|
           reading\ &\ listening|reading\ and\ viewing|reads|recommendations|
           papers|articles|textbooks?|texts|
           # the same in the languages lists are kept in: "Leseliste", "Bibliografía"
           leseliste|literaturliste|literaturverzeichnis|literatur|bücher|buchtipps|lektüre|
           bibliographie|bibliografie|bibliografía|bibliografia|livres|libros|libri|lecturas|
           letture|leituras|livros|boeken|leeslijst|literatuur)
        |(?:books?|works|titles|sources|texts|films?|articles|things|stuff|media|links)
            \ (?:mentioned|discussed|referenced|cited|recommended|quoted|
                 we\ (?:discussed|mentioned))
            (?:\ (?:in|on|during)\ (?:this|the|today'?s)\ (?:episode|show|programme|program))?
            (?:\ (?:include|are|were))?
        |(?:mentioned|discussed|referenced|cited)
            (?:\ (?:in|on|during)\ (?:this|the)\ (?:episode|show))?
        |(?!(?:join|subscribe|sign|get|see|view|download|follow|check|browse)\b)
            (?:(?:the|my|our|a|an|\d{4}|(?-i:[A-Z0-9])[\w'’&.-]*)\ ){1,3}
            (?:reading\ lists?|book\ ?lists?)
        |(?:for\ )?further\ reading(?:\ and\ (?:listening|viewing|watching))?
        |(?:sources|references)\ (?:and|&)\ (?:further\ reading|links|notes)
        |(?:links|show\ links)\ (?:and|&)\ (?:sources|references|reading)
        |what\ (?:we|i)(?:'re|\ are|\ were)?\ (?:reading|read)
        |(?:the\ |my\ )?books?\ (?:(?:i|we)(?:'ve|\ have)?\ )?(?:read|finished)
            (?:\ (?:in|during)\ (?:\d{4}|this\ year|last\ year)|\ (?:this|last)\ year)?
        |(?:books?|reading|reads)\ (?:in|of|from)\ \d{4}|\d{4}\ (?:books?|reading|reads)
        |read\ (?:in|during|before|after|since)\ \d{4}  # a log's years: "Read in 2016"
        |did\ not\ finish|dnf|quit\ while\ reading  # a log's shelf of books left unfinished
        |(?:books\ )?(?:i|we)\ (?:mean|want|plan|hope|intend|need)\ to\ read
        |(?:the\ |my\ |our\ )?(?:books?|novels)\ to\ read  # "Books to read (in 2024)"
            (?:\ (?:in|during)\ \d{4}|\ (?:this|next)\ year)?
        |(?:my\ |our\ )?(?:to[-\ ]read|want\ to\ read)(?:\ list|\ pile|\ shelf|\ queue)?
        |(?:the\ |my\ |our\ )?(?:reading|books?)\ (?:queue|backlog|pile)
        |read  # a books page's "Read" beside its "To read"
        |""" + _VIEWING + r"""
        |(?:the\ )?guest'?s?\ (?:books?|work|recommendations)
        |recommended(?:\ (?:books|titles|works|viewing|listening))?
        |further\ (?:listening|viewing|watching)
        |(?:buy|get|order|pre-?order|read)\ (?:the|his|her|their|our|[\w'’]+['’]s)
            \ (?:new\ |latest\ )?books?
        |(?:featured|this\ (?:week|month)['’]?s?|today['’]?s|(?:our\ )?book\ club)
            \ (?:books?|reads?|picks?|selections?|choices?|titles?)
        |(?:[\w'’]+['’]s\ )?(?:books?|reads?|picks?)\ of\ the\ (?:week|month|year)
        # a shop's or a club's pick, and when: "Our General Fiction Pick – May 2017"
        |our\ (?:[\w'’-]+\ ){1,3}(?:picks?|choices?|selections?)(?:\ [–—-]\ (?:[a-z]+\ )?\d{4})?
        # a reader's favourites: "My favourite books of 2022 (sorted alphabetically)", "Best
        # books of 2019"
        |(?:(?:my|our|the|[\w'’]+['’]s?)\ )?(?:(?:all[-\ ]time|personal)\ )?
            (?:favou?rite|best|top)\ (?:books|reads|novels|fiction|non-?fiction)
            (?:\ (?:of|in|from)\ (?:\d{4}|the\ (?:year|decade)|all\ time))?(?:\ \([^()]{0,40}\))?
        # what someone recommended: "Picks passed on by Chad Mazolla", "Books recommended by
        # Bill Gates", "Ryan Holiday's picks"
        |(?:(?:books?|picks?|titles?|reads?|novels)\ )?(?:recommended|suggested|passed\ on|
            picked|chosen)\ by\ [^:]{2,60}
        |(?:[\w.'’-]+\ ){1,3}?[\w.-]+['’]s?\ (?:picks|book\ picks|recommendations|
            (?:favou?rite|recommended)\ (?:books|reads|novels))
        |(?:and\ )?on\ (?:the|my|our|his|her|their)
            \ (?:nightstand|night\ table|bedside\ table|bookshelf|to-read\ pile)
    """,
    "credits": r"""
        credits?|production\ credits|production|team|the\ team|staff|crew|
        (?:show\ )?credits\ and\ (?:thanks|acknowledg(?:e)?ments)|acknowledg(?:e)?ments|thanks
    """,
    "metadata": r"""
        information|info|episode\ (?:info|information|details)|details|show\ info|
        about(?:\ (?:the|this)\ (?:show|podcast|episode))?|
        tags|categories|listen|listen\ (?:on|now)|where\ to\ listen
    """,
    "timestamps": r"""(?:timestamps?|chapters?|time\ ?codes?|episode\ (?:chapters|timestamps)|
        in\ this\ episode|contents|topics|running\ order|(?:episode\ )?highlights)""",
    "hosts": r"""hosts?(?:\ (?:and|&)\ guests?)?|guests?|presenters?|panel(?:ists)?|cast|
        (?:about\ )?(?:the|our|today'?s)\ (?:hosts?|guests?)|featuring|with""",
    "sponsors": r"""sponsors?|(?:this\ episode'?s?|our|today'?s)\ sponsors?|
        sponsored\ by|partners?|advertis(?:ers?|ing)|offers|deals|promo\ codes?""",
    "support": r"""support(?:\ (?:us|the\ show|the\ podcast))?|follow(?:\ us)?|subscribe|
        (?:find|contact|connect\ with|join)\ us(?:\ (?:online|on\ social(?:\ media)?))?|
        social(?:\ media)?|socials|contact|get\ in\ touch|newsletter|
        membership|patreon|community|merch|shop|store|our\ books""",
    # Things the notes link to that are no works: software, courses, events.
    "tools": r"""(?:(?:interesting|cool|useful|recommended|open[\ -]source)\ )?
        (?:[\w.+#-]+\ )?(?:tools?|apps?|software|libraries|packages|projects|products|gear|
        hardware|services|platforms)(?:\ (?:mentioned|used|we\ use|and\ (?:news|services)))?|
        (?:(?:online|free)\ )?courses|meetups|events|conferences|communities|jobs""",
    # A list of episodes ends whatever section came before: its lines are judged afresh;
    # so does a repository's housekeeping ("Contribution Ideas", "License").
    "other": r"""(?:all\ |recent\ |latest\ |past\ |previous\ |more\ |older\ )?episodes|
        episode\ (?:list|archive|guide)|(?:the\ )?archives?|(?:show|episode)\ notes|
        contribut(?:e|ing|ions?|ors?)(?:\ (?:ideas|guidelines|guide))?|how\ to\ contribute|
        licen[cs]e|changelog|installation|usage|faq|to-?dos?""",
}

_HEADING_RES: list[tuple[SectionKind, re.Pattern[str]]] = [
    (kind, re.compile(rf"(?:{body})\Z", re.IGNORECASE | re.VERBOSE))
    for kind, body in _NAMES.items()
]

# Decoration around a heading: what str.strip takes from its two ends (a regex with a "…+$"
# branch is tried at every character).  Every space (the regex's \s) lies below U+3001.
_SPACES = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())
_LEADING_DECORATION = _SPACES + "#*_=~>|:•·-–—"
_TRAILING_DECORATION = _SPACES + "#*_=~|:•·-–—.!"
_WORDS = re.compile(r"\S+")

# "Books mentioned: A by B; C by D" — a reading-list label leading its items.
_LABEL = re.compile(
    r"^\s*(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z' &]{1,60}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*"
)


# "All of the books and shows from this conversation are listed below in the show notes":
# a sentence that says the works follow opens a reading list, as a heading would.
_ANNOUNCES_READING = re.compile(
    r"\b(?:books?|works|titles|reads|readings|references|resources)\b[^.!?]{0,80}?"
    r"\b(?:(?:listed|linked|collected|gathered)\s+below|(?:are|is)\s+below|as\s+follows)",
    re.IGNORECASE)
_ANNOUNCEMENT_WORDS = 50
# Every announcement holds one of these (no other letter matches theirs under IGNORECASE):
# a paragraph without them is not searched.
_ANNOUNCEMENT_MARKS = ("below", "follow")


def announces_reading(text: str) -> bool:
    """A short paragraph saying that the works it names follow it."""
    lowered = text.lower()
    if not any(mark in lowered for mark in _ANNOUNCEMENT_MARKS):
        return False
    # str.split and the regex's \s split at the same characters; split makes no match objects
    return len(text.split()) <= _ANNOUNCEMENT_WORDS and bool(
        _ANNOUNCES_READING.search(text))


def heading_name(text: str) -> str:
    """The heading with decoration (marks, bold, trailing colon) removed, spaces collapsed."""
    return " ".join(text.lstrip(_LEADING_DECORATION).rstrip(_TRAILING_DECORATION).split())


@lru_cache(maxsize=256)  # asked of a heading up to three times, and headings recur
def section_kind(text: str) -> SectionKind | None:
    """The section a heading opens, or None when `text` is no known heading name."""
    name = heading_name(text)
    if not name or len(name) > 80:
        return None
    for kind, pattern in _HEADING_RES:
        if pattern.match(name):
            return kind
    return None


def reading_label(text: str) -> tuple[str, str] | None:
    """Split "Books mentioned: X by A; Y by B" into (label, items) when the label names a list."""
    m = _LABEL.match(text)
    if not m or not text[m.end():].strip():
        return None
    if section_kind(m.group("label")) != "reading":
        return None
    return m.group("label"), text[m.end():]


def looks_like_heading(text: str) -> bool:
    """A plain-text line that can only be a heading: short and ending with a colon."""
    stripped = text.strip()
    return stripped.endswith(":") and len(_WORDS.findall(stripped)) <= 6


def viewing_heading(text: str) -> bool:
    """A heading of a viewer's list of films ("Movies", "Watchlist")."""
    name = heading_name(text)
    return bool(name) and _VIEWING_RE.match(name) is not None
