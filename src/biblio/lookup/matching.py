"""Matching: which candidate is the cited book, and which of its editions to use.

Kept apart from fetching so that it can be tested on hand-made candidates and
tuned on the benchmark without a server.  Three steps:

1. `score` rates one candidate against the citation (title with and without
   subtitle, author surnames with particles and transliterations, year
   against the edition's and the work's first publication).
2. `group_works` puts candidates of one work together (editions from several
   providers), and `rank_works` orders the works by their best edition.
3. `choose_edition` picks the edition inside the chosen work: the cited ISBN,
   else the edition of the cited year, else the `EditionRule`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from rapidfuzz import fuzz

from ..keys import ascii_fold
from ..model import Name, Record
from .providers.base import Candidate
from .result import ScoredCandidate

# Leading articles dropped before comparing titles: show notes drop "The" freely.
_ARTICLES = frozenset(
    {"the", "a", "an", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "der", "die",
     "das", "ein", "eine", "het"}
)
# Goodreads-style series notes: "Harry Potter and the Half-Blood Prince (Harry Potter  #6)".
_SERIES = re.compile(r"\s*\((?:[^()]*#\s*\d+[^()]*|[^()]*\bbook\s+\d+[^()]*)\)\s*$", re.I)
_APOSTROPHES = re.compile(r"['’ʼ]")
_NUMBER = re.compile(r"\b\d+\b")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_MINOR_ROLE = 0.7  # similarity factor for a cited author found only among later names
_LOOSE = 0.9  # similarity factor for a surname found elsewhere in a name
_MISSING_WORD = 0.85  # title similarity factor per cited word the candidate's title lacks
_PARTICLES = frozenset({"van", "von", "der", "den", "del", "della", "des", "les", "ibn", "bin"})

# Spellings that transliteration schemes write differently (Dostoyevsky,
# Dostoevsky, Dostoievski; Tchaikovsky, Chaikovskii; Khlevniuk, Chlevnjuk).
_TRANSLIT: tuple[tuple[str, str], ...] = (
    ("tch", "ch"), ("kh", "h"), ("ch", "h"), ("ck", "k"), ("ph", "f"), ("w", "v"),
    ("ff", "v"), ("yi", "i"), ("iy", "i"), ("ij", "i"), ("ii", "i"), ("yu", "iu"),
    ("ju", "iu"), ("ya", "ia"), ("ja", "ia"), ("ye", "e"), ("ie", "e"), ("y", "i"),
    ("j", "i"), ("x", "ks"), ("cz", "ch"), ("tz", "ts"),
)


@dataclass(frozen=True)
class Weights:
    """How much title, authors and year count in a score (they are renormalised)."""

    title: float = 0.6
    author: float = 0.3
    year: float = 0.1


@dataclass(frozen=True)
class EditionRule:
    """How to pick an edition when neither an ISBN nor the cited year decides.

    ``order`` "earliest" takes the first edition in print (closest to what a
    show note's first-publication year means); "latest" the newest one (most
    likely still on sale).  Editions in the citation's language, or in
    ``language`` when the citation has none, and editions with an ISBN are
    preferred either way.
    """

    order: Literal["earliest", "latest"] = "earliest"
    language: str = "en"


@dataclass(frozen=True)
class MatchSettings:
    """The knobs of matching; defaults are those measured by benchmarks/match_accuracy.py."""

    threshold: float = 0.8  # below it nothing is applied
    confident: float = 0.9  # below it the next provider is asked too, and the best taken
    ambiguity_margin: float = 0.04  # a second work this close to the first makes it ambiguous
    edition_rule: EditionRule = field(default_factory=EditionRule)
    weights: Weights = field(default_factory=Weights)


@dataclass(frozen=True)
class Breakdown:
    """The parts of a score, for reports and for tuning."""

    title: float
    author: float | None  # None when the citation names nobody
    year: float | None  # None when the citation or the candidate has no year
    total: float


@dataclass
class Work:
    """Candidates that are editions of one work, best first."""

    key: str
    editions: list[ScoredCandidate]

    @property
    def score(self) -> float:
        return self.editions[0].score if self.editions else 0.0


@dataclass
class EditionChoice:
    """The chosen edition and why it was chosen (said in reports)."""

    edition: ScoredCandidate
    reason: Literal["isbn", "year", "rule"]


# --------------------------------------------------------------------------- text keys


def title_key(text: str | None) -> str:
    """A title reduced for comparison: folded, lower-case, no punctuation or leading article."""
    if not text:
        return ""
    text = _SERIES.sub("", text)
    text = ascii_fold(_APOSTROPHES.sub("", text)).lower().replace("&", " and ")
    words = _NON_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def surname_keys(name: Name) -> set[str]:
    """The ways a surname may be written: with and without its particle, folded."""
    keys: set[str] = set()
    if name.literal is not None:
        words = [w for w in _NON_WORD.sub(" ", ascii_fold(name.literal).lower()).split()
                 if w not in _SUFFIXES]
        if words:
            keys.add(words[-1])
            if len(words) > 2:
                keys.add(" ".join(words[-2:]))
        return keys
    family = _NON_WORD.sub(" ", ascii_fold(name.family or "").lower()).strip()
    if family:
        keys.add(family)
        keys.add(family.replace(" ", ""))
        keys.add(family.split()[-1])  # "García Márquez" is also filed as "Márquez"
        particle = name.non_dropping_particle or name.dropping_particle
        if particle:
            keys.add(_NON_WORD.sub("", ascii_fold(particle + family).lower()))
    return keys


def translit_key(surname: str) -> str:
    """One spelling for the usual transliterations of a surname."""
    out = surname.replace(" ", "")
    for old, new in _TRANSLIT:
        out = out.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", out)


# --------------------------------------------------------------------------- scoring


def title_similarity(cited: Record, candidate: Record) -> float:
    """0–1: the titles compared whole, and main title against main title.

    A citation often omits the subtitle (or the catalogue does), so main titles
    alone may match; when both sides have a subtitle, it must agree too.
    """
    c_full, k_full = title_key(cited.full_title), title_key(candidate.full_title)
    if not c_full or not k_full:
        return 0.0
    best = _ratio(c_full, k_full)
    c_main, k_main = title_key(cited.title), title_key(candidate.title)
    main = _ratio(c_main, k_main)
    if cited.subtitle and candidate.subtitle:
        sub = _ratio(title_key(cited.subtitle), title_key(candidate.subtitle))
        best = max(best, 0.75 * main + 0.25 * sub)
    elif cited.subtitle or candidate.subtitle:
        best = max(best, 0.97 * main)
    # "Volume 2" is not "Volume 3", however alike the rest of the title is,
    # and "Democracy in America Volume 2" is one part of "Democracy in America".
    # Numbers are compared over what both sides give: a subtitle on one side
    # only ("The Family Idiot 5: Gustave Flaubert 1821-1857") brings its own.
    c_span, k_span = (c_full, k_full) if bool(cited.subtitle) == bool(candidate.subtitle) \
        else (c_main, k_main)
    c_numbers, k_numbers = set(_NUMBER.findall(c_span)), set(_NUMBER.findall(k_span))
    if c_numbers and k_numbers and c_numbers != k_numbers:
        best *= 0.6
    elif bool(_NUMBER.search(c_main)) != bool(_NUMBER.search(k_main)):
        best *= 0.85
    # A subtitle may be left out on either side, but a main-title word one side
    # lacks names another book: "Essentials of American and Texas Government"
    # is not "Essentials of American Government", nor "Sideways Arithmetic
    # from Wayside School" "More Sideways Arithmetic from Wayside School".
    missing = len(_missing_words(c_main, k_full)) + len(_missing_words(k_main, c_full))
    return best * _MISSING_WORD ** missing


def _missing_words(title: str, other: str) -> list[str]:
    """Words of `title` (four letters or more) with no close spelling in `other`."""
    offered = other.split()
    return [w for w in title.split() if len(w) >= 4 and not _NUMBER.fullmatch(w) and
            not any(_ratio(w, o) >= 0.75 for o in offered)]


def author_similarity(cited: Sequence[Name], candidate: Sequence[Name]) -> float | None:
    """0–1: how well the cited surnames are found among the candidate's people.

    None when the citation names nobody; 0.5 when the candidate names nobody
    (unknown, neither for nor against).  A cited author found only further
    down the candidate's list (after as many names as the citation gives)
    counts for less: catalogues list illustrators, translators and the
    authors of adapted works there ("Casino Royale" the comic, by Anthony
    Hern and Ian Fleming).
    """
    wanted = [surname_keys(n) for n in cited[:3]]
    wanted = [w for w in wanted if w]
    if not wanted:
        return None
    offered = [(surname_keys(n), name_words(n)) for n in candidate]
    offered = [o for o in offered if o[0] or o[1]]
    if not offered:
        return 0.5
    scores = []
    for keys in wanted:
        best = 0.0
        for j, (surnames, other_words) in enumerate(offered):
            role = 1.0 if j < len(wanted) else _MINOR_ROLE
            for k in keys:
                best = max(best, role * max((_surname_ratio(k, o) for o in surnames),
                                            default=0.0))
                # Catalogues split names badly ("Andre Dubus III" as family "III"):
                # the surname anywhere in the name counts nearly as much.
                best = max(best, role * _LOOSE * max((_surname_ratio(k, w) for w in other_words),
                                                     default=0.0))
        scores.append(best)
    return sum(scores) / len(scores)


def name_words(name: Name) -> set[str]:
    """The words of a name that could be a surname: no initials, suffixes or particles."""
    words = _NON_WORD.sub(" ", ascii_fold(name.display()).lower()).split()
    return {w for w in words if len(w) > 2 and w not in _SUFFIXES and w not in _PARTICLES}


def year_similarity(cited_year: int | None, candidate: Candidate) -> float | None:
    """0–1: the cited year against the edition's year and the work's first publication.

    A show note's year is usually the first publication and the catalogue's
    editions are often later reprints, so an earlier cited year costs little;
    a mismatch mostly separates works that share a title.
    """
    years = _years(candidate)
    if cited_year is None or not years:
        return None
    if cited_year in years:
        return 1.0
    if cited_year < min(years):
        return 0.8
    return 0.6


def score(cited: Record, candidate: Candidate, weights: Weights | None = None) -> Breakdown:
    """How likely `candidate` is an edition of the cited work, in [0, 1]."""
    weights = weights or Weights()
    title = title_similarity(cited, candidate.record)
    author = author_similarity(cited.author or cited.editor, candidate_people(candidate.record))
    year = year_similarity(cited.year, candidate)
    parts = [(weights.title, title)]
    if author is not None:
        parts.append((weights.author, author))
    if year is not None:
        parts.append((weights.year, year))
    total = sum(w * s for w, s in parts) / sum(w for w, _ in parts)
    # Weak evidence on either axis must not be rescued by the other one.
    if title < 0.8:
        total *= title
    if author is not None and author < 0.75:
        total *= author
    if author is None:
        total *= 0.9  # a title alone identifies a book less surely
    return Breakdown(title=title, author=author, year=year, total=round(total, 4))


def candidate_people(record: Record) -> list[Name]:
    return record.author or record.editor


def _ratio(a: str, b: str) -> float:
    return float(fuzz.ratio(a, b)) / 100.0


def _surname_ratio(a: str, b: str) -> float:
    """Surnames are short: "Wells" and "Ellison" share 67 % of letters, so below
    a typo's distance similarity counts for half."""
    if a == b:
        return 1.0
    similarity = max(_ratio(a, b), _ratio(translit_key(a), translit_key(b)))
    return similarity if similarity >= 0.85 else similarity / 2


def _years(candidate: Candidate) -> list[int]:
    years = [y for y in (candidate.record.year, candidate.first_publish_year) if y is not None]
    return years


# --------------------------------------------------------------------------- works


def group_works(cited: Record, candidates: Iterable[Candidate],
                settings: MatchSettings | None = None) -> list[Work]:
    """Score every candidate and group the editions of one work, best work first.

    Editions of one work share a normalised main title and first author;
    providers' own work keys (Open Library's duplicate works) are merged on
    that key too, so one book is never ambiguous with itself.
    """
    settings = settings or MatchSettings()
    groups: dict[str, list[ScoredCandidate]] = {}
    seen: set[tuple[str, str]] = set()
    for candidate in candidates:
        if (candidate.provider, candidate.key) in seen:
            continue
        seen.add((candidate.provider, candidate.key))
        total = score(cited, candidate, settings.weights).total
        groups.setdefault(work_key(candidate), []).append(ScoredCandidate(candidate, total))
    works = []
    for key, members in groups.items():
        members.sort(key=lambda m: -m.score)
        works.append(Work(key=key, editions=members))
    works.sort(key=lambda w: -w.score)
    return works


def work_key(candidate: Candidate) -> str:
    people = candidate_people(candidate.record)
    who = ""
    if people:
        keys = surname_keys(people[0])
        who = translit_key(min(keys, key=len)) if keys else ""
    return f"{title_key(candidate.record.title)}|{who}"


def is_work_level(candidate: Candidate) -> bool:
    """A work record (Open Library search) rather than an edition: its ISBNs are all editions'."""
    return candidate.work_key is not None and candidate.key == candidate.work_key


def is_ambiguous(works: Sequence[Work], settings: MatchSettings) -> bool:
    """Two different works both pass the threshold and score almost the same."""
    if len(works) < 2:
        return False
    first, second = works[0], works[1]
    return second.score >= settings.threshold and first.score - second.score < \
        settings.ambiguity_margin


# --------------------------------------------------------------------------- editions


def choose_edition(cited: Record, work: Work, cited_isbn: str | None = None,
                   rule: EditionRule | None = None, tolerance: float = 0.05) -> EditionChoice:
    """The edition to take the ISBN and publisher from.

    Only editions scoring within `tolerance` of the work's best are eligible,
    so a subtitle or author that fits better still wins.  Then: the edition
    carrying the cited ISBN; else one issued in the cited year; else `rule`.
    """
    order: EditionRule = rule or EditionRule()
    if cited_isbn:
        for edition in work.editions:
            if cited_isbn in edition.candidate.isbns:
                return EditionChoice(edition, "isbn")
    eligible = [e for e in work.editions if e.score >= work.score - tolerance]
    if cited.year is not None:
        same_year = [e for e in eligible if e.candidate.record.year == cited.year]
        if same_year:
            return EditionChoice(min(same_year, key=lambda e: _rule_key(e, cited, order)), "year")
        # The cited year is then the first publication: an edition printed
        # before it cannot be the one cited.  If every edition is older, the
        # citation names a reprint, which keeps the ISBN of the latest one.
        later = [e for e in eligible if (e.candidate.record.year or 9999) > cited.year]
        if not later:
            order = replace(order, order="latest")
        eligible = later or eligible
    return EditionChoice(min(eligible, key=lambda e: _rule_key(e, cited, order)), "rule")


def _rule_key(edition: ScoredCandidate, cited: Record, rule: EditionRule) -> tuple[int, ...]:
    record = edition.candidate.record
    language = (cited.language or rule.language or "").lower()[:2]
    other_language = bool(language and record.language and
                          record.language.lower()[:2] != language)
    year = record.year if record.year is not None else 9999
    ordered_year = year if rule.order == "earliest" else -year if record.year else 9999
    missing = sum(1 for v in (record.publisher, record.number_of_pages) if not v)
    return (int(is_work_level(edition.candidate)), int(not edition.candidate.isbns),
            int(other_language), ordered_year, missing,
            -round(edition.score * 100))
