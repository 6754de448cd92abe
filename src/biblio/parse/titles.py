"""What a title looks like, as opposed to a sentence of prose."""

from __future__ import annotations

import re

# Words a title leaves in lower case ("The Origins of Totalitarianism").
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "at", "by", "from",
     "as", "into", "de", "la", "le", "du", "des", "und", "der", "die", "das", "vs.", "among",
     "between", "beyond", "across", "within", "upon", "over", "under", "without",
     "against", "toward", "towards"}
)

# A lower-case letter run into a capital ("CornerThe"), and the fewest characters a copy of
# the title glued before it may have.
_GLUED_CAPITAL_RE = re.compile(r"[a-z0-9'’.!?](?=[A-Z])")
_DOUBLED_MIN = 3


def after_glued_copy(s: str, a: int, b: int) -> int:
    """Where the title s[a:b] starts once a glued copy of its opening is dropped: "The
    Silent CornerThe Silent Corner: A Novel of Suspense", as a shop page's cover image
    leaves its alt text, the short title, run into the title itself; else `a`."""
    for glue in _GLUED_CAPITAL_RE.finditer(s, a + _DOUBLED_MIN, b):
        if s.startswith(s[a:glue.start() + 1], glue.start() + 1, b):
            return glue.start() + 1
    return a

# Last words of a blog post's title, not a work's: "Mini Reviews (2023)".
_POST_WORDS = frozenset({"reviews", "wrap-up", "wrapup", "roundup", "round-up", "recap", "haul",
                         "stats", "favourites", "favorites"})


# A reading log's post for a year: "Books I read in 2019", "Best books of 2020".
_YEARS_READING = re.compile(
    r"(?:(?:my|the|best|favou?rite|top|\d{1,3})[ \t]+)*(?:books|reads|reading)(?:[ \t]+i"
    r"[ \t]+(?:read|loved|finished))?[ \t]+(?:in|of|from)[ \t]+(?:1[89]|20)\d\d")


def is_post_title(title: str) -> bool:
    """A title ending with a word that names a blog's post, whatever numbers follow it:
    "Micro Reviews 15 and 16", "Monthly Wrap-Up", "Book Haul"; or a reading log's own
    yearly post: "Books I read in 2019", "My Favourite Books of 2020"."""
    words = [w for w in title.lower().split() if not w.isdigit() and w not in ("and", "&")]
    return bool(words) and (words[-1].strip("#:") in _POST_WORDS
                            or is_yearly_reading_post(title))


def is_yearly_reading_post(title: str) -> bool:
    """A reading log's post for a year, which its other posts link to."""
    return _YEARS_READING.fullmatch(title.strip().lower()) is not None


def is_title_like(text: str) -> bool:
    """Title case and a sensible length: "Doctor Zhivago", not "the life of Leon Trotsky"."""
    words = text.split()
    if not words or len(words) > 25:
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not big:
        return False
    capitalised = sum(1 for w in big if w[0].isupper() or w[0].isdigit() or not w[0].isalpha()
                      or caseless(w[0]))
    return capitalised / len(big) >= 0.75


def opens_title(text: str) -> bool:
    """A title starts with a capital, a digit or a quote, or in a script without capitals
    (Chinese, Japanese, Korean: "鸟哥的Linux私房菜")."""
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'¿¡"
                           or caseless(text[0]))


# Kana, the Han characters (and their first extension) and Hangul syllables, as a regex
# character class: the letters of the scripts without capitals.
CASELESS_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CASELESS_RE = re.compile(f"[{CASELESS_LETTERS}]")


def caseless(char: str) -> bool:
    """A letter of Chinese, Japanese or Korean, scripts without capitals: a title in them
    is told by its marks (《》) and its place, never by a capital."""
    return _CASELESS_RE.match(char) is not None

