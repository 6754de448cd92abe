"""Lines that are not citations: show-note boilerplate, credits, metadata, prose.

Checked before any parsing, so the common boilerplate costs one or two regex
searches.  Each rule returns the reason a user sees in `Parsed.reason`.
"""

from __future__ import annotations

import re
from typing import Any

from .lexicon import BOILERPLATE_PHRASES, CREDIT_LABELS, CREDIT_ROLES, CREDIT_WORDS

_TIMESTAMP_RE = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s|$)")
_LABEL_RE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z&' -]{0,30}?)\s*:\s*(?P<rest>.*)$")
_CREDIT_RE = re.compile(r"^(?P<words>[A-Za-z&,' -]{2,60}?)\s+by\s+\S", re.IGNORECASE)


def _trie_pattern(phrases: tuple[str, ...]) -> str:
    """One regex for many literal phrases, branching per character, so a position is
    rejected after one comparison instead of one per phrase."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) if ch else ""
                    for ch, child in sorted(node.items())]
        if len(branches) == 1:
            return branches[0]
        optional = "" in branches
        alternatives = "|".join(b for b in branches if b)
        return f"(?:{alternatives})" + ("?" if optional else "")

    return build(trie)


_BOILERPLATE_RE = re.compile(_trie_pattern(BOILERPLATE_PHRASES))
_PROMO_CODE_RE = re.compile(r"\bcode [A-Z0-9]{3,}\b")  # "use code HISTORY20"
_METADATA_RE = re.compile(
    r"^(?:season|series|episode|ep\.?|part|chapter|week|session|s\d+\s*e\d+|s\d+e\d+)"
    r"[\s.:#-]*\d*\b(?:[\s,:–—-]+(?:episode|ep\.?|part)?\s*\d+)?\s*$",
    re.IGNORECASE,
)
_LINK_ONLY_RE = re.compile(r"^(?:[@#]\S+\s*)+$|^(?:https?://|www\.)\S+$|^[\w.-]+\.[a-z]{2,}(?:/\S*)?$")
_LETTER_RE = re.compile(r"[^\W\d_]")
_SENTENCE_END_RE = re.compile(r"[a-z]{2}[.!?](?:\s+[A-Z]|$)")
_PROSE_WORDS_RE = re.compile(
    r"\b(?:we|we're|we've|us|our|you|your|you're|i|i'm|i've|my|this episode|today|"
    r"tonight|next week|join|listen|discuss(?:es)?|talks?|explains?|explores?|recorded|"
    r"please|don't|check out|thanks|sorry)\b",
    re.IGNORECASE,
)
TYPE_LABELS: dict[str, str] = {
    "film": "motion_picture", "movie": "motion_picture", "documentary": "motion_picture",
    "book": "book", "novel": "book", "tv": "broadcast", "tv series": "broadcast",
    "podcast": "broadcast", "radio": "broadcast", "article": "article", "essay": "article",
    "paper": "article-journal", "report": "report", "website": "webpage", "web": "webpage",
}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A line that is only a date, as blogs and feeds put under a post's title ("November 27,
# 2022", "Posted on 3 March 2021", "2021-03-03"); a month and year alone may be a title
# ("August 1914"), so a day is required.
_DATE_LINE_RE = re.compile(
    r"^(?:(?:posted|published|updated|last updated)(?:\s+on)?\s*:?\s+)?"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"[\s.]*$",
    re.IGNORECASE,
)
MAX_LINE = 1000
# A paragraph of prose: this many words or more, at least 3 in 5 starting in lower case.
PROSE_MIN_WORDS = 16
_CITED_YEAR_RE = re.compile(r"\((?:1[5-9]\d\d|20\d\d|n\.d\.)|://|\b10\.\d{4}")
# Verbs and pronouns that make a clause; long sentence-case titles (foreign ones,
# "From the bawdy to the sublime…" subtitles) rarely hold any.
_CLAUSE_WORD_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|does|did"
    r"|it|they|we|you|he|she|this|that|which|who)\b",
    re.IGNORECASE,
)


def rejection_reason(text: str) -> str | None:
    """Why `text` is certainly not a citation, or None if it may be one."""
    if len(text) > MAX_LINE:
        return f"longer than {MAX_LINE} characters: not a single citation"
    if not _LETTER_RE.search(text):
        return "no words"
    if ":" in text[:12] and _TIMESTAMP_RE.match(text):
        return "a timestamp line"
    if _METADATA_RE.match(text):
        return "episode metadata"
    if len(text) < 50 and _DATE_LINE_RE.match(text.strip()):
        return "a date, not a work"
    stripped = text.strip()
    if (" " not in stripped or stripped[0] in "@#") and _LINK_ONLY_RE.match(stripped):
        return "a bare link or handle"
    label = _LABEL_RE.match(text) if ":" in text else None
    if label:
        words = label.group("label").strip().lower()
        if words in CREDIT_LABELS or words.rsplit(None, 1)[-1] in CREDIT_ROLES:
            return "a credit or label line"
    lowered = text.lower()
    credit = _CREDIT_RE.match(text) if "by" in lowered else None
    if credit and all(w in CREDIT_WORDS for w in credit.group("words").lower().split()):
        return "a credit line"
    if len(text) > 80 and _is_paragraph(text):
        return "reads as prose: a long run of mostly lower-case words"
    if _BOILERPLATE_RE.search(lowered) or (
        "code " in lowered and _PROMO_CODE_RE.search(text)
    ):
        return "sponsor, subscription or call-to-action boilerplate"
    return None


def _is_paragraph(text: str) -> bool:
    """Prose, not a citation: long, mostly lower case, made of clauses, no "(1998)".

    English titles are in title case; the sentence-case titles of APA come after
    "(Year).", which exempts the line, and foreign sentence-case titles hold no
    English verb or pronoun, so only running text is refused before any reader runs.
    """
    words = text.split()
    if len(words) < PROSE_MIN_WORDS:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return (lower * 5 >= len(words) * 3 and _CITED_YEAR_RE.search(text) is None
            and _CLAUSE_WORD_RE.search(text) is not None)


def looks_like_prose(text: str) -> bool:
    """Sentences addressed to a listener, or several sentences in a row."""
    if _PROSE_WORDS_RE.search(text):
        return True
    return len(_SENTENCE_END_RE.findall(text)) >= 2
