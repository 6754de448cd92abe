"""Lines that are never citations, whatever the parser would make of them.

Show notes wrap their reading lists in the same furniture everywhere: calls to
support or subscribe, credits, sponsor reads, timestamps, host lists and the
podcast app's episode metadata.  Each rule carries the reason the report
gives, so a user can see why a line was left out.  All rules are folded into
one regular expression per position, so a line costs one or two scans.
"""

from __future__ import annotations

import re

_CALL_TO_ACTION = "call to action"
# A year in brackets, as citations give it: "(1971)", "(Knopf, 1974)".
_CITED_YEAR = re.compile(r"[(\[][^()\[\]]{0,80}\b(?:1[5-9]\d\d|20\d\d)[)\]]")

# (reason, pattern) — patterns are matched at the start of the line.
_START_RULES: list[tuple[str, str]] = [
    (_CALL_TO_ACTION, r"""
        (?:please\s+)?(?:support|subscribe|follow|join|buy|order|pre-?order|donate|sign\s+up|
        become\s+a|rate(?:\s+(?:and|&)\s+review)?|review\s+us|leave\s+(?:us\s+)?a|
        check\s+out\s+(?:our|my|the\s+show)|find\s+(?:us|me)|visit\s+(?:our|us|my)|
        get\s+(?:in\s+touch|our|ad-free|early\s+access|bonus|your\s+tickets|tickets)|
        tell\s+a\s+friend|share\s+(?:this|the)\s+(?:episode|show)|listen\s+(?:ad-free|early)|
        email\s+(?:us|me)|contact\s+(?:us|me)|write\s+to\s+us|send\s+us|like\s+and\s+subscribe|
        watch\s+(?:us|the\s+video|this\s+episode)\s+on|
        (?:this|the)\s+(?:show|podcast|episode)\s+is\s+(?:available|also\s+on|on))\b"""),
    ("credits", r"""
        (?:(?:co-?)?(?:written|presented|produced|hosted|edited|mixed|mastered|researched|
            narrated|recorded|engineered|composed|illustrated|designed|created|performed|
            executive[\s-]produced|sound[\s-]designed)
           (?:\s*(?:,|and|&)\s*(?:co-?)?(?:written|presented|produced|hosted|edited|mixed|
            mastered|researched|narrated|recorded|engineered|composed|directed|performed))*
           \s+by\b)
        |(?:(?:executive\s+|senior\s+|series\s+|assistant\s+|associate\s+|group\s+|managing\s+|
             story\s+|line\s+)?(?:producers?|editors?|directors?)|production(?:\s+(?:company|manager|
             assistant|coordinator))?|sound(?:\s+design)?|mix(?:ing)?|mastering|music|theme(?:\s+music|
             \s+tune)?|art(?:work)?|cover\s+art|logo|design|research(?:ers?)?|fact[\s-]check(?:ing|ers?)?|
             engineer(?:ing)?|audio|illustrations?|photo(?:graphy)?|credits?|thanks|special\s+thanks|
             copyright|transcripts?|voice(?:s|\s+over)?|narrat(?:or|ion)|showrunner|commissioning\s+editor)
           \s*[:：]"""),
    ("credits", r"""(?:music|theme\s+music|art(?:work)?|cover\s+art|logo|sound\s+design|
        original\s+music|artwork)\s+(?:is\s+)?by\b"""),
    ("sponsor read", r"""
        (?:this\s+(?:episode|show|podcast|week'?s?\s+episode)\s+is\s+(?:sponsored|supported|
            brought\s+to\s+you)|sponsored\s+by|brought\s+to\s+you\s+by|thanks\s+to\s+(?:our|this|
            today'?s)\s+(?:sponsors?|partners?)|our\s+sponsors?|today'?s\s+sponsors?|
            use\s+(?:promo\s+|offer\s+|discount\s+)?code|go\s+to\s+\S+\.(?:com|co|io|org|net|fm)\b|
            head\s+(?:over\s+)?to\s+\S+\.(?:com|co|io|org|net|fm)\b|(?:ad|advert|advertisement|
            sponsor|promo)\s*[:：]|try\s+\S+\s+free)"""),
    ("host list", r"""(?:hosts?|guests?|presenters?|panel(?:lists|ists)?|featuring|feat\.|
        with\s+guests?|starring|cast|speakers?|hosted\s+by)\s*(?:[:：&]|and\s+guests?)"""),
    ("episode metadata", r"""
        (?:show|frequency|information|ratingexplicit|rating\s*(?:explicit|clean)|explicit|clean)\s*$
        |frequency\s*(?:updated|\w+ly\b)
        |rating\s*[:：]?\s*(?:explicit|clean|[0-9])
        |(?:published|released|aired|updated|recorded|first\s+broadcast|broadcast|posted|date)
            \s*(?:on\s*)?[:：]?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)
        |(?:season|series|episode|ep|s)\s*[.#:]?\s*\d+(?:\s*(?:,|\||/|-|·)?\s*
            (?:episode|ep|e)\s*[.#:]?\s*\d+)?\s*$
        |s\d{1,2}\s*e\d{1,3}\b
        |(?:duration|length|runtime|running\s+time|time)\s*[:：]?\s*\d
        |(?:categor(?:y|ies)|genre|tags?|language|keywords|explicit|copyright|©|\(c\))\s*[:：]
        |©|\(c\)\s*\d{4}
        |all\s+rights\s+reserved"""),
    ("social handle or contact", r"""
        (?:@[A-Za-z0-9_.]{2,}|\S+@\S+\.\w+|(?:twitter|x|instagram|insta|facebook|tiktok|bluesky|
        threads|mastodon|youtube|discord|linkedin|email|e-mail|web(?:site)?|web)\s*[:：])"""),
    ("timestamp", r"""[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s*[-–—:|]\s*|\s+|$)"""),
]

# (reason, pattern) — patterns found anywhere in the line.
_ANYWHERE_RULES: list[tuple[str, str]] = [
    (_CALL_TO_ACTION, r"""
        \bpatreon\.com|\bpatreon\b|\bko-fi\b|buymeacoffee|\bsubstack\.com|linktr\.ee|
        \b(?:ad-free|bonus\s+episodes?|early\s+access)\b|\bnewsletter\b|\bmailing\s+list\b"""),
    ("credits", r"""
        (?:^|[.;]\s+)(?:[A-Z][\w'’.-]*\s+){1,4}is\s+an?\s+(?:[\w'’-]+\s+){1,4}production\b
        |\bis\s+(?:(?:co-?)?written|presented|produced|hosted|edited|narrated)
            (?:\s*(?:,|and|&)\s*(?:written|presented|produced|hosted|edited|narrated))*\s+by\b
        |\bproduced\s+(?:by|for|in\s+association\s+with)\b.*\b(?:podcasts?|productions?|studios?|media|
            audio|radio)\b
        |\ba\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:production|original)\s*\.?\s*$"""),
    ("sponsor read", r"""\b(?:promo|discount|coupon|offer)\s+code\b|\b\d{1,2}\s?%\s+off\b|
        \bfree\s+trial\b|\bsponsored\s+by\b|\bbrought\s+to\s+you\s+by\b|\bspecial\s+offer\b"""),
]


def _compile(rules: list[tuple[str, str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    reasons: dict[str, str] = {}
    parts: list[str] = []
    for i, (reason, pattern) in enumerate(rules):
        group = f"r{i}"
        reasons[group] = reason
        parts.append(f"(?P<{group}>{pattern})")
    return re.compile("|".join(parts), re.IGNORECASE | re.VERBOSE), reasons


# Words one of the rules above needs: lines without any skip the (slower) search.
_ANYWHERE_HINTS = (
    "patreon", "ko-fi", "buymeacoffee", "substack", "linktr", "ad-free", "bonus", "early access",
    "newsletter", "mailing", "production", "original", "written", "presented", "produced",
    "hosted", "edited", "narrated", "code", "off", "free trial", "sponsored", "brought to",
    "special offer",
)

_START, _START_REASONS = _compile(_START_RULES)
_ANYWHERE, _ANYWHERE_REASONS = _compile(_ANYWHERE_RULES)
_TIMESTAMP = re.compile(_START_RULES[-1][1], re.VERBOSE)
_BARE_URL = re.compile(r"^(?:<)?(?:https?://|www\.)\S+(?:>)?$", re.IGNORECASE)
_NO_LETTERS = re.compile(r"^[\W\d_]*$")


def rejection(plain: str) -> str | None:
    """Why `plain` (markup already removed) is not a citation, or None if it may be one."""
    m = _START.match(plain)
    if m is not None and m.lastgroup is not None:
        reason = _START_REASONS[m.lastgroup]
        # "Support Your Local Gunfighter, directed by Burt Kennedy (1971)" is a title.
        if not (reason == _CALL_TO_ACTION and _CITED_YEAR.search(plain)):
            return reason
    lower = plain.lower()
    if any(hint in lower for hint in _ANYWHERE_HINTS):
        m = _ANYWHERE.search(plain)
        if m is not None and m.lastgroup is not None:
            return _ANYWHERE_REASONS[m.lastgroup]
    if _BARE_URL.match(plain):
        return "bare link"
    if _NO_LETTERS.match(plain):
        return "no text"
    return None


def strip_timestamp(plain: str) -> str | None:
    """The rest of a line that opens with a timestamp ("(00:12:30) Intro" → "Intro")."""
    m = _TIMESTAMP.match(plain)
    return plain[m.end():] if m else None
