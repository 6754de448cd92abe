"""Which of two name-shaped stretches is the person and which the title.

"Things Fall Apart – Chinua Achebe" and "Chinua Achebe – Things Fall Apart"
both split into two runs of capitalised words that read as names.  When no
common given name or initial settles it (`names.known_given_name`), the words
do: titles are made of everyday words ("Things", "Fall", "Apart"), names of
rarer ones ("Chinua", "Achebe").  Names are frequent words too ("Billy
Crystal", "Terry Jones") and foreign or invented titles are rare ones
("Naokos Lächeln"), so frequency decides only when every word of one side is
common and every word of the other clearly rarer.  Word frequencies come
from `wordfreq`, loaded only when a tie occurs.
"""

from __future__ import annotations

import math
from functools import lru_cache

# Zipf frequency (7 is "the"; 4 is ten in a million words, 3 one in a million)
# that every word of a title side must reach, and how much rarer than its
# rarest word every word of the name side must be.
COMMON_WORD = 4.0
TITLE_MARGIN = 1.0
# A lone word this common ("Me", "Death", "Love") is no surname: "Stand by Me".
EVERYDAY_WORD = 5.0


def everyday_word(word: str) -> bool:
    """A word of everyday English, too common to stand alone for an author."""
    return _zipf(word.strip(".,;:!?'’\"“”()").lower()) >= EVERYDAY_WORD


def second_is_the_name(first: str, second: str) -> bool:
    """True when `second` is the more likely name and `first` the title.

    Both stretches already parse as names; with no evidence either way the
    answer is False, leaving the commoner "Author – Title" order.
    """
    # (the "and" between two people is no word of their names: "Jocko Willink and Leif Babin")
    title, name = frequencies(first), frequencies(second.replace(" and ", " "))
    return bool(title and name) and min(title) >= COMMON_WORD and (
        max(name) <= min(title) - TITLE_MARGIN
    )


def frequencies(text: str) -> list[float]:
    """The Zipf frequency in English of each word of `text` (punctuation dropped)."""
    words = [w.strip(".,;:!?'’\"“”()").lower() for w in text.split()]
    return [_zipf(w) for w in words if w.isalpha()]


@lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    if word.isascii() and word.isalpha():
        # wordfreq's tokenizer keeps such a word whole, so its frequency is the
        # list's entry, rounded as `zipf_frequency` rounds it; its tokenizer
        # took 75 µs a word, a tenth of a warm run.
        freq = _english().get(word, 0.0)
        if freq <= 0.0:
            return 0.0
        freq = round(freq, math.floor(-math.log10(freq)) + 3)
        return round(math.log10(freq) + 9, 2)
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


@lru_cache(maxsize=1)
def _english() -> dict[str, float]:
    from wordfreq import get_frequency_dict, get_frequency_list  # 0.2 s: only once a tie needs it

    english = get_frequency_dict("en", "best")  # as `zipf_frequency` asks: one load
    # wordfreq keeps the word lists the dictionary was built from: 400,000 words in lists,
    # which the garbage collector walked at every full collection (a twentieth of a parse's
    # time); words mapped to numbers it never walks.
    get_frequency_list.cache_clear()
    return english
