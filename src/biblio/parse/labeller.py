"""A CRF sequence labeller for citation lines that the rules cannot read.

Rules read the forms they were written for; real reading lists hold many
more (title first, author in bold after a dash, a comment after the
citation).  A linear-chain CRF (python-crfsuite, as usaddress and anystyle
use) labels each token of the cleaned line ``author``, ``title``, ``year``,
``publisher``, ``place``, ``editor``, ``translator`` or ``other``, from
features that carry the rules' knowledge: the parser's lexicons (given
names, particles, title words, publishers), markup (emphasis, quotes, links),
brackets and the words around each token.  The model is trained on the real
corpus (`python -m biblio.parse.training`) and shipped in ``biblio/data``.

Each field's confidence is the mean marginal probability of its tokens, so a
caller can keep a reading only where the model is sure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .lexicon import (
    CAPITAL_PARTICLES,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    ORGANISATION_WORDS,
    PARTICLES,
    PUBLISHER_WORDS,
    PUBLISHERS,
    SUFFIXES,
    TITLE_WORDS,
)
from .markup import Cleaned

LABELS = ("author", "editor", "translator", "title", "year", "publisher", "place", "other")
MODEL_FILE = "labeller.crfsuite"

_TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_](?:[\w'’.-]*[^\W_])?\.?|\S", re.UNICODE)
_YEAR_RE = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")
_OPEN = "([{"
_CLOSE = ")]}"
_QUOTES = "\"“”‘’«»"
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})
_PUBLISHER_HINTS = frozenset(w.lower() for p in PUBLISHERS for w in p.split())


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Words (with inner apostrophes, hyphens and dots), initials, numbers, and single marks."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word[:6]:
        kind = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


@lru_cache(maxsize=8192)  # words recur from line to line; callers copy, never change, it
def _word_features(word: str) -> dict[str, Any]:
    lower = word.lower().rstrip(".")
    f: dict[str, Any] = {
        "w": lower if len(lower) < 20 else lower[:20],
        "shape": _shape(word),
        "suf3": lower[-3:],
        "len": min(len(word), 10),
    }
    if word[:1].isupper():
        f["cap"] = True
    if word.isupper() and len(word) > 1:
        f["upper"] = True
    if _YEAR_RE.match(word):
        f["year"] = True
    elif word.isdigit():
        f["digits"] = min(len(word), 5)
    if len(word) <= 3 and word.endswith(".") and word[:1].isupper():
        f["initial"] = True
    if word in GIVEN_NAMES:
        f["given"] = True
    if word in PARTICLES or word in CAPITAL_PARTICLES:
        f["particle"] = True
    if word in SUFFIXES:
        f["suffix"] = True
    if lower in FUNCTION_WORDS:
        f["function"] = True
    elif lower in TITLE_WORDS:
        f["titleword"] = True
    if lower in PUBLISHER_WORDS or lower in _PUBLISHER_HINTS:
        f["publisher"] = True
    if lower in ORGANISATION_WORDS:
        f["org"] = True
    if lower in _MONTHS:
        f["month"] = True
    if word.endswith(("'s", "’s")):
        f["possessive"] = True
    if not word[:1].isalnum():
        f["punct"] = word
    return f


# The features a token takes from each neighbour, under names made once rather than per
# token (their order is the model's input order, and stays as it was trained).
_SHARED = ("given", "year", "initial", "function", "publisher", "punct")
_NEIGHBOURS = tuple(
    (offset, f"{offset}:w", f"{offset}:shape", tuple((key, f"{offset}:{key}") for key in _SHARED),
     f"{offset}:edge")
    for offset in (-2, -1, 1, 2))


def features(cleaned: Cleaned, tokens: list[Token]) -> list[dict[str, Any]]:
    """One feature dict per token: the token, its neighbours and where it stands."""
    text = cleaned.text
    inside = [""] * len(text)
    for a, b in cleaned.emphasis:
        stop = min(b, len(text))
        inside[a:stop] = ["em"] * (stop - a)
    for a, b, _ in cleaned.links:
        stop = min(b, len(text))
        inside[a:stop] = ["link"] * (stop - a)
    words = [_word_features(t.text) for t in tokens]
    out: list[dict[str, Any]] = []
    n = len(tokens)
    depth = 0
    quoted = False
    after_by = after_dash = after_colon = False
    for i in range(n):
        token = tokens[i]
        f = dict(words[i])
        f["pos"] = min(i, 8) if i < n / 2 else -min(n - 1 - i, 8)
        f["rel"] = int(5 * i / max(n, 1))
        if depth:
            f["bracket"] = True
        if quoted:
            f["quoted"] = True
        if inside[token.start]:
            f[inside[token.start]] = True
        if after_by:
            f["after_by"] = True
        if after_dash:
            f["after_dash"] = True
        if after_colon:
            f["after_colon"] = True
        for offset, w_key, shape_key, shared, edge_key in _NEIGHBOURS:
            j = i + offset
            if 0 <= j < n:
                other = words[j]
                f[w_key] = other["w"]
                f[shape_key] = other["shape"]
                for key, named in shared:
                    if key in other:
                        f[named] = other[key]
            else:
                f[edge_key] = True
        out.append(f)
        word = token.text
        if word in _OPEN:
            depth += 1
        elif word in _CLOSE:
            depth = max(0, depth - 1)
        elif word in _QUOTES:
            quoted = not quoted
        lower = word.lower()
        if lower == "by":
            after_by = True
        elif word in ("-", "–", "—"):
            after_dash = True
        elif word == ":":
            after_colon = True
        elif word in (".", ";", "("):
            after_by = after_dash = False
    return out


@dataclass
class Labelled:
    """The labeller's reading: each field's text spans (in clean coordinates) and confidence."""

    spans: dict[str, list[tuple[int, int]]]
    confidence: dict[str, float]


class Labeller:
    """A trained model, loaded once; `label` reads one cleaned line."""

    def __init__(self, model_path: str) -> None:
        import pycrfsuite  # only when a line needs the model

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(model_path)

    def label(self, cleaned: Cleaned) -> Labelled:
        tokens = tokenize(cleaned.text)
        if not tokens:
            return Labelled({}, {})
        self._tagger.set(features(cleaned, tokens))
        labels = self._tagger.tag()
        spans: dict[str, list[tuple[int, int]]] = {}
        probs: dict[str, list[float]] = {}
        previous = None
        for i, (token, label) in enumerate(zip(tokens, labels, strict=True)):
            probs.setdefault(label, []).append(self._tagger.marginal(label, i))
            if label == previous and spans.get(label):
                a, _ = spans[label][-1]
                spans[label][-1] = (a, token.end)
            else:
                spans.setdefault(label, []).append((token.start, token.end))
            previous = label
        spans.pop("other", None)
        confidence = {k: sum(v) / len(v) for k, v in probs.items() if k in spans}
        return Labelled(spans, confidence)


# A model read instead of the shipped one (None: none at all), inside `reading_with` only.
_SHIPPED = "shipped"
_CHOSEN: ContextVar[Labeller | str | None] = ContextVar("biblio_labeller", default=_SHIPPED)


@contextmanager
def reading_with(labeller: Labeller | None) -> Iterator[None]:
    """Let `labeller` (or, with None, the rules alone) stand for the shipped model in the block.

    Cross-validation scores the whole extraction with a model trained without
    the documents it reads; the context ends the swap, so nothing outside sees it.
    """
    token = _CHOSEN.set(labeller)
    try:
        yield
    finally:
        _CHOSEN.reset(token)


def current_labeller() -> Labeller | None:
    """The model `reading_with` chose, else the shipped one."""
    chosen = _CHOSEN.get()
    return default_labeller() if isinstance(chosen, str) else chosen


@lru_cache(maxsize=1)
def default_labeller() -> Labeller | None:
    """The model shipped with biblio, or None when it is missing (a source checkout untrained)."""
    ref = resources.files("biblio") / "data" / MODEL_FILE
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path:
        return Labeller(str(path))
