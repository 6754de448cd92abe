"""Lines that are never citations: show-note furniture, metadata, dates, prose.

Show notes wrap their reading lists in the same furniture everywhere: calls to
support or subscribe, credits, sponsor reads, timestamps, host lists and the
podcast app's episode metadata.  One set of rules serves the extractor, which
asks before parsing each line of a document, and the parser, which asks for
the one line it is given; each rule carries the reason the report shows.  The
rules are folded into a few regular expressions, so a line costs one or two
scans.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import Any

from .lexicon import (
    BOILERPLATE_PHRASES,
    CREDIT_LABELS,
    CREDIT_ROLES,
    CREDIT_WORDS,
    FIELD_LABELS,
    JOB_WORDS,
    PLACES,
    PLATFORMS,
    SHOPS,
    STAFF_JOBS,
    US_TOWN_RE,
)
from .names import (
    author_line,
    initials_only,
    is_mononym,
    known_given_name,
    parse_inverted_list,
    parse_name_list,
    parse_organisation,
    parse_person,
    surely_a_person,
)
from .titles import is_title_like

CALL_TO_ACTION = "call to action"
NO_TEXT = "no text"
BARE_LINK = "bare link"
PAGE_NAVIGATION = "page navigation"
SPONSOR_READ = "sponsor read"
PLATFORM = "a podcast or social platform"
SHOP_LINKS = "links to shops or platforms, not a work"
PLACEHOLDER = "placeholder text of a page template"
PEOPLE = "names of people, not a work"
# Between a book's shop links ("Audible | Kindle", "Amazon / Bookshop"), and how long a line
# of them, or of a town and its state, is at most.
_LINKS_SPLIT_RE = re.compile(r"\s*[|/·•,]\s*|\s+-\s+")
_SHOP_LINKS_CHARS = 120
_TOWN_CHARS = 60
# A paper's authors alone on a line: how many at least, how long the line at most, and the
# stop after a word that ends a title before them ("Concrete Mathematics. Ronald Graham, …").
_PEOPLE_CHARS = 200
_WORD_STOP_RE = re.compile(r"\w\w[.:;!?]\s")
# A year in brackets, as citations give it: "(1971)", "(Knopf, 1974)".
_BYLINE_YEAR_RE = re.compile(r",\s*(?:1[5-9]|20)\d\d\.?\s*\Z")
# The years a person lived, after a name: "By George Orwell (1903 – 1950)", "(1947 – )".
_LIFE_YEARS_RE = re.compile(r"\s*\((?:1[5-9]|20)\d\d\s*[–—-]\s*(?:(?:1[5-9]|20)\d\d)?\s*\)+")
# A person and the years they lived, alone on a line as a reading list heads each author's
# works: "Aeschylus (c. 525-456 B.C.)", "Homer (9th Century B.C. ?)", "Rosa Luxemburg, 1871–1919".
LIVED = "a person's dates, not a work"
FIELD_OF_ENTRY = "one field of the entry above, not a work"
_ERA = r"(?:B\.?\s?C\.?(?:E\.?)?|A\.?\s?D\.?|C\.?E\.?)"
_PERSON_YEARS_RE = re.compile(
    rf"(?P<who>[^()\d]{{2,60}}?)\s*(?:\(|,)\s*(?:(?:c|ca|b|d|fl)\.\s*|circa\s+)?(?:"
    rf"(?P<born>\d{{1,4}})\s*(?P<era1>{_ERA})?\s*(?:--|[-–—]|to)\s*(?:(?:c|ca)\.\s*)?"
    rf"(?P<died>\d{{1,4}})\??\s*(?P<era2>{_ERA})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)\s+[Cc]entury\s*{_ERA}?)\s*\??\s*\)?[.:]?")
_SHORTEST_LIFE, _LONGEST_LIFE = 20, 110
_LIVED_CHARS = 90
_SPAN_HINT_RE = re.compile(r"\d\s*(?:--|[-–—]|to)\s*(?:ca?\.\s*)?\d|entury")  # (cheap, first)
# "by Roberto Bolaño, translated by Natasha Wimmer -": a translator and a dangling dash
# after a byline's names (`extract.bylines` reads the translator from the same clause).
BYLINE_TRANSLATOR = r",?\s+(?:translated|trans\.|tr\.)\s+by\s+"
_BYLINE_TRANSLATOR_RE = re.compile(
    rf"(?:{BYLINE_TRANSLATOR}[^,]+?)?\s+[-–—]\s*\Z|{BYLINE_TRANSLATOR}[^,]+\Z")
# "By Traci Sorell (Cherokee Nation), illustrated by Madelyn Goodnight (Chickasaw Nation).": a
# picture book's byline, its illustrator after the author and each person's nation or
# people in brackets (`extract.bylines` reads the illustrator from the same clause).
BYLINE_ILLUSTRATOR = r",?\s+(?:and\s+)?illustrated\s+by\s+"
_BYLINE_ILLUSTRATOR_RE = re.compile(rf"{BYLINE_ILLUSTRATOR}[^,]+\Z")
# a maker's nation, people or role in brackets after the name: "(Cree–Métis)", "(Author)"
AFFILIATION_RE = re.compile(r"\s*\([^()\d]{1,60}\)")
_CITED_YEAR = re.compile(r"[(\[][^()\[\]]{0,80}\b(?:1[5-9]\d\d|20\d\d)[)\]]")
# "Edited by Ken Liu, Invisible Planets (Tor, 2016)": an anthology's entry, not a credit,
# when a title follows the names and a cited year closes it.
_ROLE_FIRST_RE = re.compile(
    r"(?i:edited|translated)\s+by\s+[^,:()]{3,60}[,:]\s+(?![^()]*\b[Bb]y\b)[A-Z]")

# (reason, pattern) — patterns are matched at the start of the line.
_START_RULES: list[tuple[str, str]] = [
    # a page template's words where a title is still to be written: "Standalone Book
    # Title", "Title of Book Two", "Lorem ipsum dolor sit amet" (the whole line), and the
    # form a page asks works to be written in: "Title by Writer", "Title - Author"
    (PLACEHOLDER, r"""\W*(?:
        (?:(?:standalone|sample|example|placeholder|your|my|another|new)\ )?
            (?:book|story|film|movie)\ title(?:\ (?:\d+|one|two|three|four|five|here))?
        |title\ of\ (?:the\ )?(?:book|story|film|movie)(?:\ (?:\d+|one|two|three|four|five))?
        |(?:book\ )?title\ (?:by|[-–—])\ (?:the\ )?(?:author|writer)(?:['’]s\ name)?
        |lorem\ ipsum\b.*)\W*$"""),
    (CALL_TO_ACTION, r"""
        (?:please\s+)?(?:support|subscribe|follow|join|buy|order|pre-?order|donate|sign\s+up|
        become\s+a|rate(?:\s+(?:and|&)\s+review)?|review\s+us|leave\s+(?:us\s+)?a|
        check\s+out\s+(?:our|my|the\s+show)|find\s+(?:us|me)|visit\s+(?:our|us|my)|
        get\s+(?:in\s+touch|our|ad-free|early\s+access|bonus|your\s+tickets|tickets)|
        tell\s+a\s+friend|share\s+(?:this|the)\s+(?:episode|show)|listen\s+(?:ad-free|early)|
        (?:play|listen)\s+(?:live|now)|
        (?:read|download)\s+(?:now|more|online|it\s+here)(?=\W*$)|
        email\s+(?:us|me)|contact\s+(?:us|me)|write\s+to\s+us|send\s+us|like\s+and\s+subscribe|
        watch\s+(?:us|the\s+video|this\s+episode)\s+on|
        (?:this|the)\s+(?:show|podcast|episode)\s+is\s+(?:available|also\s+on|on))\b"""),
    ("credits", r"""
        (?:(?:co-?)?(?:written|presented|produced|hosted|edited|mixed|mastered|researched|
            narrated|recorded|engineered|composed|illustrated|designed|created|performed|
            translated|executive[\s-]produced|sound[\s-]designed)
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
        original\s+music|artwork)\s+(?:is\s+)?(?:by|from)\b
        |(?:image|photo(?:graph)?)\s+of\b"""),  # "Image of Jay Bernard, taken by …": a caption
    (SPONSOR_READ, r"""
        (?:this\s+(?:episode|show|podcast|week'?s?\s+episode)\s+is\s+(?:sponsored|supported|
            brought\s+to\s+you)|sponsored\s+by|brought\s+to\s+you\s+by|thanks\s+to\s+(?:our|this|
            today'?s)\s+(?:sponsors?|partners?)|our\s+sponsors?|today'?s\s+sponsors?|
            use\s+(?:promo\s+|offer\s+|discount\s+)?code|go\s+to\s+\S+\.(?:com|co|io|org|net|fm)\b|
            head\s+(?:over\s+)?to\s+\S+\.(?:com|co|io|org|net|fm)\b|(?:ad|advert|advertisement|
            sponsor|promo)\s*[:：]|try\s+\S+\s+free)"""),
    ("host list", r"""(?:hosts?|guests?|presenters?|panel(?:lists|ists)?|featuring|feat\.|
        with\s+guests?|starring|cast|speakers?|hosted\s+by)\s*(?:[:：&]|and\s+guests?)
        |(?:author|authors|creator|creators)\s*[:：]"""),
    ("episode metadata", r"""
        (?:show|frequency|information|ratingexplicit|rating\s*(?:explicit|clean)|explicit|clean)\s*$
        |frequency\s*(?:updated|\w+ly\b)
        |rating\s*[:：]?\s*(?:explicit|clean|[0-9])
        |(?:published|released|aired|(?:last\s+)?updated|revised|recorded|first\s+broadcast|
           broadcast|posted|written|date)
            \s*(?:on\s*)?[:：]?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)
        |(?:posted|shared|submitted|written\s+on)(?:\s+on)?\s+by\s
        |(?:season|series|episode|ep|s)\s*[.#:]?\s*\d+(?:\s*(?:,|\||/|-|·)?\s*
            (?:episode|ep|e)\s*[.#:]?\s*\d+)?\s*$
        |s\d{1,2}\s*e\d{1,3}\b
        |(?:duration|length|runtime|running\s+time|time)\s*[:：]?\s*\d
        |(?:categor(?:y|ies)|genres?|tags?|language|keywords|explicit|copyright|©|\(c\))\s*[:：]
        |©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}
        |all\s+rights\s+reserved"""),
    ("social handle or contact", r"""
        (?:@[A-Za-z0-9_.]{2,}|\S+@\S+\.\w+|(?:twitter|x|instagram|insta|facebook|tiktok|bluesky|
        threads|mastodon|youtube|discord|linkedin|email|e-mail|web(?:site)?|web)\s*[:：])"""),
    ("timestamp", r"""[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s*[-–—:|]\s*|\s+|$)"""),
]

# (reason, words one of which the lower-cased line holds wherever the rule matches, pattern)
# — patterns found anywhere in the line.
_ANYWHERE_RULES: list[tuple[str, tuple[str, ...], str]] = [
    (CALL_TO_ACTION, ("patreon", "ko-fi", "buymeacoffee", "substack", "linktr", "ad-free", "bonus",
                      "early", "newsletter", "mailing"), r"""
        \bpatreon\.com|\bpatreon\b|\bko-fi\b|buymeacoffee|\bsubstack\.com|linktr\.ee|
        \b(?:ad-free|(?<!\()bonus\s+episodes?|early\s+access)\b|\bnewsletter\b|\bmailing\s+list\b"""),
    ("credits", ("production", "original", "written", "presented", "produced", "hosted", "edited",
                 "narrated"), r"""
        (?:^|[.;]\s+)(?:[A-Z][\w'’.-]*\s+){1,4}is\s+an?\s+(?:[\w'’-]+\s+){1,4}production\b
        |\bis\s+(?:(?:co-?)?written|presented|produced|hosted|edited|narrated)
            (?:\s*(?:,|and|&)\s*(?:written|presented|produced|hosted|edited|narrated))*\s+by\b
        |\bproduced\s+(?:by|for|in\s+association\s+with)\b.*\b(?:podcasts?|productions?|studios?|media|
            audio|radio)\b
        |\ba\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:production|original)\s*\.?\s*$"""),
    (SPONSOR_READ, ("code", "off", "free", "sponsored", "brought", "offer"), r"""
        \b(?:promo|discount|coupon|offer)\s+code\b|\b\d{1,2}\s?%\s+off\b|
        \bfree\s+trial\b|\bsponsored\s+by\b|\bbrought\s+to\s+you\s+by\b|\bspecial\s+offer\b"""),
]


def _joined(rules: list[tuple[str, str]]) -> tuple[str, dict[str, str]]:
    """One alternation of the rules, each in a group whose name leads to its reason."""
    reasons: dict[str, str] = {}
    parts: list[str] = []
    for i, (reason, pattern) in enumerate(rules):
        group = f"r{i}"
        reasons[group] = reason
        parts.append(f"(?P<{group}>{pattern})")
    return "|".join(parts), reasons


class _Caseless:
    """A pattern matched regardless of case.

    An ASCII line (nine in ten) is matched case-sensitively against its lower-case
    form: the same test, and three times quicker, since the regex engine skips a
    literal that cannot match at a glance but must fold the case of every one under
    IGNORECASE.  Other lines are matched with IGNORECASE.  So the pattern must hold no
    upper-case letter (outside escapes and "A-Za-z"), and a match's groups hold the
    lower-cased line: callers use only whether it matched, and which rule did.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if re.search(r"[A-Z]", re.sub(r"\\.|\(\?P<\w+>|A-Za-z", "", pattern)):
            raise ValueError(f"an upper-case letter in a caseless pattern: {pattern!r}")
        self._folded = re.compile(pattern, flags)
        self._any_case = re.compile(pattern, flags | re.IGNORECASE)

    def match(self, text: str, lowered: str) -> re.Match[str] | None:
        """Match at the start of `text`, given `lowered` = text.lower()."""
        return self._folded.match(lowered) if text.isascii() else self._any_case.match(text)

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        """Search `text`, given `lowered` = text.lower()."""
        return self._folded.search(lowered) if text.isascii() else self._any_case.search(text)


# Words one of the rules above needs: lines without any skip the (slower) search.
_ANYWHERE_HINTS = (
    "patreon", "ko-fi", "buymeacoffee", "substack", "linktr", "ad-free", "bonus", "early access",
    "newsletter", "mailing", "production", "original", "written", "presented", "produced",
    "hosted", "edited", "narrated", "code", "off", "free trial", "sponsored", "brought to",
    "special offer",
)

_START_SOURCE, _START_REASONS = _joined(_START_RULES)
_START = _Caseless(_START_SOURCE, re.VERBOSE)
_ANYWHERE = [(reason, words, re.compile(pattern, re.IGNORECASE | re.VERBOSE))
             for reason, words, pattern in _ANYWHERE_RULES]
_TIMESTAMP = re.compile(_START_RULES[-1][1], re.VERBOSE)
_BARE_URL = re.compile(r"^(?:<)?(?:https?://|www\.)\S+(?:>)?$", re.IGNORECASE)

# A subtitle after a label has at least this many words; people credited rarely do.
_SUBTITLE_WORDS = 4
_LABEL_RE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z&' -]{0,30}?)\s*:\s*(?P<rest>.*)$")
_NAMES_SPLIT_RE = re.compile(r"\s*(?:\||,|\band\b|&)\s*")
# A staff pick's signature under its blurb: a dash, the name, and the post.
_SIGNATURE_RE = re.compile(r"\s*(?P<dash>[–—-]{1,2})?\s*(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)"
                           r"{1,3}),\s*(?P<role>[A-Za-z&,' -]{2,60}?)\s*$")
_SIGNATURE_LENGTH = 100
_STAFF_ROLES = STAFF_JOBS | {
    "librarians", "assistant", "director", "services", "volunteer", "associate", "aide",
    "officer", "department", "branch", "staff", "archivist", "cataloger", "circulation",
    "reference", "outreach", "trustee", "president", "library", "libraries",
}
_REGION_TAIL_RE = re.compile(r",\s*[A-Z]{2}\.?$")  # the state a library's town is in
_CREDIT_RE = re.compile(r"^(?P<words>[A-Za-z&,' -]{2,60}?)\s+by\s+\S", re.IGNORECASE)


def trie_pattern(phrases: tuple[str, ...]) -> str:
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


_BOILERPLATE_RE = re.compile(trie_pattern(BOILERPLATE_PHRASES))
# A line that opens with a shop's or a platform's name (lower-cased), the only lines
# `_shop_links` splits.
_SHOP_START_RE = re.compile(
    r"[\s.:;\-–—•*]*(?:" + trie_pattern(tuple(sorted(SHOPS | PLATFORMS))) + r")\b")
_ANYWHERE_HINT_RE = re.compile(trie_pattern(_ANYWHERE_HINTS))  # a trie: 2× faster
# Either list's phrases: most lines hold none, and one scan then rules out both.
_ANY_PHRASE_RE = re.compile(trie_pattern(_ANYWHERE_HINTS + BOILERPLATE_PHRASES))
_PROMO_CODE_RE = re.compile(r"\bcode [A-Z0-9]{3,}\b")  # "use code HISTORY20"
_METADATA_RE = _Caseless(
    r"^(?:season|series|episode|ep\.?|part|chapter|week|session|s\d+\s*e\d+|s\d+e\d+)"
    r"[\s.:#-]*\d*\b(?:[\s,:–—-]+(?:episode|ep\.?|part)?\s*\d+)?\s*$",
)
_LINK_ONLY_RE = re.compile(r"^(?:[@#]\S+\s*)+$|^(?:https?://|www\.)\S+$|^[\w.-]+\.[a-z]{2,}(?:/\S*)?$")
_LETTER_RE = re.compile(r"[^\W\d_]")
# The mark first, the two letters before it checked behind it: a search skips from mark to
# mark.  Only the number of sentence ends is used, and that is the same as "[a-z]{2}[.!?]…"'s.
_SENTENCE_END_RE = re.compile(r"[.!?](?<=[a-z]{2}[.!?])(?:\s+[A-Z]|$)")
_PROSE_WORDS_RE = _Caseless(
    r"\b(?:we|we're|we've|us|our|you|your|you're|i(?!\.)|i'm|i've|my|this episode|today|"
    r"tonight|next week|join|listen|discuss(?:es)?|talks?|explains?|explores?|recorded|"
    r"please|don't|check out|thanks|sorry)\b",
)
TYPE_LABELS: dict[str, str] = {
    "film": "motion_picture", "movie": "motion_picture", "documentary": "motion_picture",
    "book": "book", "novel": "book", "tv": "broadcast", "tv series": "broadcast",
    "podcast": "broadcast", "radio": "broadcast", "article": "article", "essay": "article",
    "paper": "article-journal", "report": "report", "website": "webpage", "web": "webpage",
    # a review's kind, as a blog heads its post: "Book Review :: Cypherpunks - Julian Assange"
    "book review": "book", "e-book review": "book", "ebook review": "book",
    "film review": "motion_picture", "movie review": "motion_picture",
    # the same labels in the languages of the notes seen so far (Portuguese, Spanish,
    # French, German, Italian): "Livro: …", "Artikel: …"
    "livro": "book", "libro": "book", "livre": "book", "buch": "book", "filme": "motion_picture",
    "película": "motion_picture", "artigo": "article", "artículo": "article",
    "artikel": "article", "articolo": "article",
}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A line that is only a date, as blogs and feeds put under a post's title ("November 27,
# 2022", "Posted on 3 March 2021", "2021-03-03"); a month and year alone may be a title
# ("August 1914"), so a day is required.
_DATE_LINE_RE = _Caseless(
    # "Posted on", or any short label: "Episode Date:", "Air date:".
    r"^(?:(?:posted|published|updated|last updated)(?:\s+on)?\s*:?\s+"
    r"|[A-Za-z][A-Za-z ]{0,30}[:：]\s*)?"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"[\s.]*$",
)
# A quotation with its speaker: "“Boil it down and you get one word: focus.” — Jane Doe".
# A title in quotes does not end in a full stop before an attribution dash.
_QUOTATION_RE = re.compile(r"^\s*[\"“][^\"“”]{3,400}[.!?…][\"”]\s*[—–-]{1,2}\s*\S")
# A sentence in quotes alone on its line, its stop inside the quotes, perhaps with who said
# it in brackets: "“A fierce, harrowing … childhood.” (Nicola Sturgeon, New Statesman)".
_QUOTED_SENTENCE_RE = re.compile(
    r"^\s*[\"“]([^\"“”]{3,400}[.!?…])[\"”]\s*(?:\([^()]{2,80}\)\s*)?$")
MAX_LINE = 1000
TOO_LONG = f"longer than {MAX_LINE} characters: not a single citation"
# A paragraph of prose: this many words or more, at least 3 in 5 starting in lower case.
PROSE_MIN_WORDS = 16
# Each branch opens with its mark ("1(?<!\w1)0" is "\b10"), so a search skips from mark to mark.
_CITED_YEAR_RE = re.compile(r"\((?:1[5-9]\d\d|20\d\d|n\.d\.)|://|1(?<!\w1)0\.\d{4}")
# Verbs and pronouns that make a clause; long sentence-case titles (foreign ones,
# "From the bawdy to the sublime…" subtitles) rarely hold any.
_CLAUSE_WORD_RE = _Caseless(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|does|did"
    r"|it|they|we|you|he|she|this|that|which|who)\b",
)


PROSE = "prose"


# A kind of works in the plural by someone, as a page heads what it lists: "Books by
# Ursula K. Le Guin:", "Articles by Gareth Mills:", "Interviews by Cal Flyn".  (Not
# "Poems", "Essays", "Stories" or "Letters": "Poems by Emily Dickinson" is a book's title.)
_KIND_BY_RE = re.compile(
    r"\s*(?:(?:other|more|selected|recent|new|latest|all)\s+)?(?:books|articles|interviews|"
    r"novels|podcasts|episodes|posts|videos|reviews|films|movies|papers|talks|lectures|works|"
    r"writings|titles|publications)\s+by\s+[^:]{2,60}:?\s*$"
    # a list's order, not its maker: "Books by Subject", "Seminar Readings by Date, Santa Fe
    # Campus", "Reading List in Recommended Order by Lecture"
    r"|[^.!?]{1,60}?\s+by\s+(?:date|topic|subject|lecture|genre|author|title|category|theme|"
    r"week|unit|module|session|decade|region|country|language|format|level|grade)s?"
    r"\s*(?:[,:–—-][^.!?]{0,40})?$")


# A British postcode, or an American state and ZIP code after a town: the line is an address
# ("19, Miserden Crescent, Milton Keynes (MK4 4GJ)", "Springfield, IL 62704").
_POSTCODE_RE = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}"
                          r"|(?<=, )[A-Z]{2}\s\d{5}(?:-\d{4})?)(?![\w-])")


# A university, a college, a school or a centre named alone, as a syllabus or a speaker's
# line gives them: "Marquette University", "University of Dallas", "Columbia Mailman School
# of Public Health", "UNC Chapel Hill Writing Center" (not "The Midnight Library": an
# article opens a title, never these names).
INSTITUTION = "an institution, not a work"
_INSTITUTION_CHARS = 70
_INSTITUTION_WORD_RE = re.compile(r"Universit|College|Institute|School of|Cent(?:er|re)\b")
_NAME_WORD = r"(?!(?:The|A|An)\s)[A-Z][\w.&'’-]*"
_OF_PLACE = r"\s+(?:of|for|at)(?:\s+(?:the|and|[A-Z][\w.&'’-]*)){1,5}"
_INSTITUTION_RE = re.compile(
    rf"(?:{_NAME_WORD}\s+){{1,4}}(?:University|College|Institute|Cent(?:er|re))(?:{_OF_PLACE})?"
    rf"|(?:{_NAME_WORD}\s+){{0,4}}(?:University|College|Institute|School){_OF_PLACE}")


# A link to the page before or after, an arrow on its side: "← Summary", "Tools →", "« Older".
_PAGING_RE = re.compile(r"\s*[←«‹]\s*\S.*|.*\S\s*[→»›]\s*")
_PAGING_CHARS = 60
_PAGING_WORDS = 4  # the arrow and a page's short name ("Next post →"), no sentence


@lru_cache(maxsize=256)  # the extractor and then the parser ask about the same line
def rejection_reason(text: str) -> str | None:
    """Why `text` (markup removed) is certainly not a citation, or None if it may be one."""
    if len(text) > MAX_LINE:
        return TOO_LONG
    if not _LETTER_RE.search(text):
        return NO_TEXT
    if len(text) < 20 and text.strip(" .:;,-–—•*").lower() in PLATFORMS:
        return PLATFORM
    lowered = text.lower()
    if len(text) < _SHOP_LINKS_CHARS and _SHOP_START_RE.match(lowered) and _shop_links(text):
        return SHOP_LINKS
    m = _START.match(text, lowered)
    anthology = False
    if m is not None and m.lastgroup is not None:
        reason = _START_REASONS[m.lastgroup]
        role_first = _ROLE_FIRST_RE.match(text) if reason == "credits" else None
        anthology = role_first is not None and _CITED_YEAR.search(text) is not None and not any(
            known_given_name(n) for n in parse_name_list(
                text[role_first.end() - 1:].split("(")[0]) or [])
        # "Support Your Local Gunfighter, directed by Burt Kennedy (1971)" is a title.
        if not (reason == CALL_TO_ACTION and _CITED_YEAR.search(text)) and not anthology:
            return reason
    if _METADATA_RE.match(text, lowered):
        return "episode metadata"
    if len(text) < _PAGING_CHARS and _PAGING_RE.fullmatch(text) \
            and len(text.split()) <= _PAGING_WORDS:
        return PAGE_NAVIGATION
    if " by " in lowered and _KIND_BY_RE.match(lowered):
        return "a heading over works, not a work"
    if _POSTCODE_RE.search(text):
        return "a postal address"
    if _QUOTATION_RE.match(text):
        return "a quotation"
    alone = _QUOTED_SENTENCE_RE.match(text)
    if alone and len(alone.group(1).split()) >= 8 and not is_title_like(alone.group(1)):
        return "a quotation"  # "“Boil down nine years … you get one word: focus.”" alone
    if text.count(",") >= 2 and _people_only(text):
        return PEOPLE
    if "," in text and _initialled_people(text):
        return PEOPLE
    if len(text) < _LIVED_CHARS and text[-1:] in ").:0123456789" \
            and _SPAN_HINT_RE.search(text) and person_and_years(text.strip()):
        return LIVED
    if (text[:3].lower() == "by " or " | " in text) and _only_names(_BYLINE_YEAR_RE.sub(
            "", _BYLINE_TRANSLATOR_RE.sub("", _BYLINE_ILLUSTRATOR_RE.sub("", AFFILIATION_RE.sub(
                "", _LIFE_YEARS_RE.sub("", text[3:])).rstrip(".")))
            if text[:3].lower() == "by " else text)):
        # "By Mark Linsenmayer, Wes Alwan", "ABC News | Charlie Gibson", and a book club's
        # byline under its title, "by Gabrielle Zevin, 2014", or a list's "by Roberto
        # Bolaño, translated by Natasha Wimmer -"
        return "credits"
    stripped = text.strip()
    if "," in text and len(text) < _TOWN_CHARS and (town := US_TOWN_RE.fullmatch(
            stripped) or US_TOWN_RE.fullmatch(stripped.rstrip("."))) is not None and (
            town["town"] in PLACES or not _a_name(town["town"])):
        # "Ann Arbor, Michigan" under an artist's name (not "Lauren Groff, Florida")
        return "a place, not a work"
    if len(stripped) < 50 and _DATE_LINE_RE.match(stripped, stripped.lower()):
        return "a date, not a work"
    label = _LABEL_RE.match(text) if ":" in text else None
    if label:
        words = label.group("label").strip().lower()
        if words in CREDIT_LABELS or (words.rsplit(None, 1)[-1] in CREDIT_ROLES
                                      and not _subtitle_after(label.group("rest"))):
            return "credits"
        if words in FIELD_LABELS:
            return FIELD_OF_ENTRY
    signed = _SIGNATURE_RE.match(text) if "," in text and len(text) < _SIGNATURE_LENGTH \
        else None
    if signed and _staff_post(signed["role"]) and (signed["dash"] or any(
            map(known_given_name, parse_name_list(signed["who"]) or []))):
        # "–Elise Ferer, Instruction & Outreach Librarian", a list's "- Brian Kenney, Library
        # Director" (not "Bernard Malamud, The Assistant")
        return "who wrote the pick"
    credit = _CREDIT_RE.match(text) if "by" in lowered else None
    if credit and not anthology and all(
            w in CREDIT_WORDS for w in credit.group("words").lower().split()):
        return "credits"
    phrased = _ANY_PHRASE_RE.search(lowered) is not None
    if phrased and _ANYWHERE_HINT_RE.search(lowered):
        found = _anywhere_reason(text, lowered)
        if found is not None:
            return found
    if len(stripped) < _INSTITUTION_CHARS and _INSTITUTION_WORD_RE.search(stripped) \
            and _INSTITUTION_RE.fullmatch(stripped.strip(" .,;:-–—•*")):
        return INSTITUTION
    if _BARE_URL.match(stripped) or (
        (" " not in stripped or stripped[0] in "@#") and _LINK_ONLY_RE.match(stripped)
    ):
        return BARE_LINK
    if len(text) > 80 and _is_paragraph(text, lowered):
        return PROSE
    if (phrased and _BOILERPLATE_RE.search(lowered)) or (
        "code " in lowered and _PROMO_CODE_RE.search(text)
    ):
        return CALL_TO_ACTION
    return None


def _shop_links(text: str) -> bool:
    """Only the names of shops or platforms ("Kindle", "Audible | Kindle")."""
    pieces = [p for p in _LINKS_SPLIT_RE.split(text.strip(" .:;-–—•*")) if p]
    return bool(pieces) and all(p.lower() in SHOPS or p.lower() in PLATFORMS for p in pieces)


def _staff_post(role: str) -> bool:
    """"Library Director", "Youth Services", "Head Librarian", "Merrick Library, NY": a post
    or a library, not a title (which an article opens: "The Assistant")."""
    words = _REGION_TAIL_RE.sub("", role).split()  # "Merrick Library, NY"
    return bool(words) and words[0].lower() not in ("the", "a", "an") and (
        words[-1].lower() in _STAFF_ROLES or words[-1].lower() in JOB_WORDS)


def _anywhere_reason(text: str, lowered: str) -> str | None:
    """The reason of the rule found first in the line (the one listed first when two start
    at the same place), as one alternation of them all would find it; but a rule is
    searched only when the line holds one of its words, not whenever it holds any rule's."""
    found: tuple[int, str] | None = None
    for reason, words, pattern in _ANYWHERE:
        if any(word in lowered for word in words):
            m = pattern.search(text)
            if m is not None and (found is None or m.start() < found[0]):
                found = (m.start(), reason)
    return found[1] if found else None


# A shop's stars after its product line: "… (Author) 4.0 4.0 out of 5 stars (17)".
SHOP_STARS_RE = re.compile(
    r"\s+\d(?:\.\d)?(?:\s+\d(?:\.\d)?)?\s+out of 5 stars(?:\s*\(\d[\d,]*\))?")


def _subtitle_after(rest: str) -> bool:
    """What follows a label ending in a role word is a title's subtitle, not the people
    credited: "Domain-Driven Design: Tackling Complexity in the Heart of Software"."""
    if "stars" in rest:
        rest = SHOP_STARS_RE.sub("", rest)
    words = rest.split()
    return len(words) >= _SUBTITLE_WORDS and is_title_like(rest) and parse_name_list(
        rest.split(",", 1)[0]) is None


def _people_only(text: str) -> bool:
    """Three people or more and nothing else, as a paper's authors stand on the line under
    its title ("Samuel K. Ainsworth, Jonathan Hayase, Siddhartha Srinivasa")."""
    if len(text) > _PEOPLE_CHARS or any(ch.isdigit() for ch in text) \
            or _WORD_STOP_RE.search(text):  # (a title's full stop before its authors)
        return False
    return author_line(text) is not None


# Initials after a surname, as every name of such a line has them: "Hafsi, Y.", "Wonham,
# W.M.", "Smith JM, Jones K" (a cheap test before the names are read)
_INITIALS_HINT_RE = re.compile(r",\s*[A-Z](?:\.|\s|,|$)|\s[A-Z]{1,3}\.?(?:,|$)")


def _initialled_people(text: str) -> bool:
    """People by surname and initials and nothing else, as a reference gives its authors on
    the line under the title ("Chevalier, E., Hafsi, Y., & Pulido, S.", "Wonham, W.M.")."""
    if len(text) > _PEOPLE_CHARS or _INITIALS_HINT_RE.search(text) is None \
            or any(ch.isdigit() for ch in text):
        return False
    names = parse_inverted_list(text.strip().rstrip("."))
    return names is not None and all(
        n.family and n.given and not n.literal and initials_only(n.given) for n in names)


def a_lifetime(born: int, died: int, before_christ: bool = False) -> bool:
    """Whether one life can span `born` to `died`: "1832-88" (the century left out),
    "c. 525-456 B.C." (years before Christ count down)."""
    if before_christ:
        born, died = died, born
    elif died < 100 <= born:
        died += born - born % 100 + (100 if died < born % 100 else 0)
    return _SHORTEST_LIFE <= died - born <= _LONGEST_LIFE


def person_and_years(text: str) -> bool:
    """Only a person (or a canon's single name) and a span a life can have, so that "The
    Age of Revolution (1789 - 1848)" stays a title."""
    m = _PERSON_YEARS_RE.fullmatch(text)
    if m is None:
        return False
    if m["born"] is not None and not a_lifetime(
            int(m["born"]), int(m["died"]),
            before_christ=(m["era2"] or m["era1"] or "").upper().startswith("B")):
        return False
    who = m["who"].strip(" ,")
    if parse_person(who) is not None:
        return True
    names = parse_name_list(who, allow_mononym=True) or []
    return bool(names) and all(surely_a_person(n) or is_mononym(n) for n in names)


def _only_names(text: str) -> bool:
    """Every piece between commas, bars and "and" is a person or an organisation."""
    pieces = [p.strip() for p in _NAMES_SPLIT_RE.split(text) if p.strip()]
    return bool(pieces) and all(_a_name(piece) for piece in pieces)


def _a_name(piece: str) -> bool:
    """A person with a given name, an organisation, or a broadcaster ("ABC News")."""
    person = parse_person(piece)
    if person is not None and person.given is not None:
        return True
    return parse_organisation(piece) is not None or piece.split()[0].isupper()


def _is_paragraph(text: str, lowered: str) -> bool:
    """Prose, not a citation: long, mostly lower case, made of clauses, no "(1998)".

    English titles are in title case; the sentence-case titles of APA come after
    "(Year).", which exempts the line, and foreign sentence-case titles hold no
    English verb or pronoun, so only running text is refused before any reader runs.
    """
    quoted = _QUOTED_OPENING_RE.match(text) if text[:6].lstrip("0123456789.) ")[:1] in _QUOTES \
        else None
    if quoted is not None:  # "'2022 was filled with …', a recent Warp News article by …": the
        text, lowered = text[quoted.end():], lowered[quoted.end():]  # title's own words aside
    words = text.split()
    if len(words) < PROSE_MIN_WORDS:
        return False
    return (lower_initials(words) * 5 >= len(words) * 3 and _CITED_YEAR_RE.search(text) is None
            and _CLAUSE_WORD_RE.search(text, lowered) is not None)


_QUOTES = frozenset("'‘\"“")
# A quoted title opening a line (after a list's number), then a comma: what the line says
# of it follows.
_QUOTED_OPENING_RE = re.compile(r"\s*(?:\d{1,3}[.)]\s+)?['‘\"“][^'’\"”]{3,200}['’\"”],")


_FIRST = itemgetter(0)


def lower_initials(words: list[str]) -> int:
    """How many of `words` (none empty, as `str.split` gives them) open in lower case,
    counted without a Python step per word: paragraphs are counted sentence by sentence."""
    return sum(map(str.islower, map(_FIRST, words)))


def looks_like_prose(text: str) -> bool:
    """Sentences addressed to a listener, or several sentences in a row."""
    if _PROSE_WORDS_RE.search(text, text.lower()):
        return True
    return len(_SENTENCE_END_RE.findall(text)) >= 2


def strip_timestamp(plain: str) -> str | None:
    """The rest of a line that opens with a timestamp ("(00:12:30) Intro" → "Intro")."""
    m = _TIMESTAMP.match(plain)
    return plain[m.end():] if m else None
