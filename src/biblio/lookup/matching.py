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

`read_line` is the rule for reading a show-note line with the catalogue's
help: a candidate names the line's book only when its title and an author's
family name are both written in the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

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
# A volume or series number ending a main title: "Bleach Volume 10", "Fables, Vol. 8",
# "Little Butterfly (Book 2)", "Henry IV, Part II", "Sweet 18" (a bare number
# needs no marker, a Roman one does).
_VOLUME = re.compile(
    r"(?:,\s*|\s+)\(?(?:(?:vol(?:ume)?|book|part|no|tome|#)\.?\s*(?P<any>\d{1,3}|[ivx]{1,4})"
    r"|(?P<bare>\d{1,3}))\)?\s*$", re.I)
_SERIES_NUMBER = re.compile(r"(?:#|\bbook\s+)\s*(\d+)", re.I)
_ROMAN = {"i": 1, "v": 5, "x": 10}
# Short words a title may gain or lose without naming another book.
_FILLERS = _ARTICLES | {"and", "for", "with", "from", "its", "our", "his", "her", "vol", "nor",
                        "but", "not", "all", "one", "two", "how", "why", "who", "you"}
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
    """The knobs of matching; defaults are those measured by benchmarks/match_accuracy.py.

    Scores are in [0, 1]; a "factor" multiplies the part of the score it names.
    docs/lookups.md ("Matching settings") says why each has its value.
    """

    threshold: float = 0.8  # below it nothing is applied
    confident: float = 0.9  # below it the next provider is asked too, and the best taken
    ambiguity_margin: float = 0.04  # a second work this close to the first makes it ambiguous
    edition_rule: EditionRule = field(default_factory=EditionRule)
    weights: Weights = field(default_factory=Weights)
    weak_title: float = 0.8  # a title below it multiplies the total: not rescued by the author
    weak_author: float = 0.75  # authors below it multiply the total: not rescued by the title
    no_author: float = 0.9  # total factor for a citation naming nobody
    one_subtitle: float = 0.97  # title factor when only one side gives a subtitle
    own_subtitle: float = 0.75  # share of the main title when both sides give a subtitle
    missing_word: float = 0.85  # title factor per main-title word the other side lacks
    other_number: float = 0.6  # title factor for different numbers: another volume
    cited_number_only: float = 0.95  # the citation numbers a volume the catalogue does not
    catalogue_number_only: float = 0.75  # the catalogue numbers a volume the citation does not
    lone_number: float = 0.85  # another number in one main title only ("1984 Revisited")
    surname_typo: float = 0.85  # surname similarity below it counts half ("Wells"/"Ellison")
    loose_surname: float = 0.9  # factor for a cited surname found elsewhere in a name
    minor_role: float = 0.7  # factor for a cited author found only among later names
    missing_coauthor: float = 0.9  # factor per later cited author the candidate lacks
    earlier_year: float = 0.8  # a cited year before every edition: the first publication
    later_year: float = 0.6  # a cited year after the edition and the first publication
    edition_tolerance: float = 0.05  # editions this close to the work's best may be chosen
    isbn_fit: float = 0.6  # a record carrying the cited ISBN must score this much to be it
    isbn_conflict: float = 0.4  # below it that record is another book: a conflict
    reading_cover: float = 0.75  # share of a line's words a looked-up title + author must explain
    reading_short_title: int = 6  # a one-word title this short must explain the whole line
    # Title words a reading may find misspelt in the line, one letter off (two
    # letters swapped, one left out, added or replaced: "Fatnasy", "Cirtic") …
    reading_typos: int = 1
    # … in words of at least this many letters (shorter words one letter apart
    # are other words too: "Hope"/"Rope", "Dune"/"June").
    reading_typo_letters: int = 6


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
    words = _title_words(text)
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _title_words(text: str | None) -> list[str]:
    """A title's words as `title_key` compares them, its leading article kept."""
    if not text:
        return []
    text = _SERIES.sub("", text)
    text = ascii_fold(_APOSTROPHES.sub("", text)).lower().replace("&", " and ")
    return _NON_WORD.sub(" ", text).split()


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


def title_similarity(cited: Record, candidate: Record,
                     settings: MatchSettings | None = None) -> float:
    """0–1: the titles compared whole, and main title against main title.

    A citation often omits the subtitle (or the catalogue does), so main titles
    alone may match; when both sides have a subtitle, it must agree too.  A
    volume number is compared apart, as a number: "Bleach, Vol. 10" is
    "Bleach Volume 10" and not "Bleach Volume 11".
    """
    settings = settings or MatchSettings()
    c_main, c_number = volume_number(cited.title)
    k_main, k_number = volume_number(candidate.title)
    as_written = cited  # the title with its number, if it has one
    if c_number is None and _number(cited.volume or "") is not None:
        c_number = _number(cited.volume or "")
        as_written = _titled(f"{cited.title} {c_number}", cited.subtitle)
    best = _title_similarity(_titled(c_main, cited.subtitle), _titled(k_main, candidate.subtitle),
                             settings)
    if c_number is not None and k_number is not None and c_number != k_number:
        return best * settings.other_number
    if c_number != k_number:
        # A number on one side only: a catalogue often files the series number
        # apart ("The Dark Tower" for "The Dark Tower 7"), or a bare number is
        # part of the title after all ("Catch 22").  But a citation naming no
        # volume names none of them, and a catalogue title telling its volume
        # by a subtitle ("Fables: 1001 Nights of Snowfall") may be any volume.
        by_subtitle = bool(candidate.subtitle) and not cited.subtitle
        factor = settings.cited_number_only if c_number is not None and not by_subtitle \
            else settings.catalogue_number_only
        return max(best * factor, _title_similarity(as_written, candidate, settings))
    return best


def _titled(title: str | None, subtitle: str | None) -> Record:
    record = Record(type="book", title=title, subtitle=subtitle)
    return record


def _title_similarity(cited: Record, candidate: Record, settings: MatchSettings) -> float:
    c_full, k_full = title_key(cited.full_title), title_key(candidate.full_title)
    if not c_full or not k_full:
        return 0.0
    best = _ratio(c_full, k_full)
    c_main, k_main = title_key(cited.title), title_key(candidate.title)
    main = _ratio(c_main, k_main)
    if cited.subtitle and candidate.subtitle:
        sub = _ratio(title_key(cited.subtitle), title_key(candidate.subtitle))
        best = max(best, settings.own_subtitle * main + (1 - settings.own_subtitle) * sub)
    elif cited.subtitle or candidate.subtitle:
        best = max(best, settings.one_subtitle * main)
    # Other numbers ("The Family Idiot 5: Gustave Flaubert 1821-1857") are
    # compared over what both sides give: a subtitle on one side only brings
    # its own.
    c_span, k_span = (c_full, k_full) if bool(cited.subtitle) == bool(candidate.subtitle) \
        else (c_main, k_main)
    c_numbers, k_numbers = set(_NUMBER.findall(c_span)), set(_NUMBER.findall(k_span))
    if c_numbers and k_numbers and c_numbers != k_numbers:
        best *= settings.other_number
    elif bool(_NUMBER.search(c_main)) != bool(_NUMBER.search(k_main)):
        best *= settings.lone_number
    # A subtitle may be left out on either side, but a main-title word one side
    # lacks names another book: "Essentials of American and Texas Government"
    # is not "Essentials of American Government", nor "Sideways Arithmetic
    # from Wayside School" "More Sideways Arithmetic from Wayside School".
    missing = len(_missing_words(c_main, k_full)) + len(_missing_words(k_main, c_full))
    return best * settings.missing_word ** missing


def volume_number(title: str | None) -> tuple[str | None, int | None]:
    """The main title without its volume or series number, and the number.

    "Fullmetal Alchemist, Vol. 6" → ("Fullmetal Alchemist", 6); "Little
    Butterfly Volume 03" → (…, 3); "Harry Potter and the Half-Blood Prince
    (Harry Potter #6)" → (…, 6); "1984" and "Fahrenheit 451" keep theirs
    only when nothing else would be left.
    """
    if not title:
        return title, None
    note = _SERIES.search(title)
    if note:
        number = _SERIES_NUMBER.search(note.group())
        return title[:note.start()], int(number.group(1)) if number else None
    found = _VOLUME.search(title)
    if found is None or not title_key(title[:found.start()]):
        return title, None
    return title[:found.start()], _number(found["any"] or found["bare"])


def _number(text: str) -> int | None:
    """An Arabic or a small Roman number ("06", "II", "xiv"), else None."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if not text or any(c not in _ROMAN for c in text):
        return None
    values = [_ROMAN[c] for c in text]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _missing_words(title: str, other: str) -> list[str]:
    """Words of `title` that say something ("Art" in "The Art of …", not "of") with no
    close spelling in `other`."""
    offered = other.split()
    return [w for w in title.split() if len(w) >= 3 and w not in _FILLERS and
            not _NUMBER.fullmatch(w) and not any(_ratio(w, o) >= 0.75 for o in offered)]


def author_similarity(cited: Sequence[Name], candidate: Sequence[Name],
                      settings: MatchSettings | None = None) -> float | None:
    """0–1: how well the cited surnames are found among the candidate's people.

    None when the citation names nobody; 0.5 when the candidate names nobody
    (unknown, neither for nor against).  A cited surname alone ("Tyler")
    matches the family name of a full name ("Anne Tyler").  A cited author
    found only further down the candidate's list (after as many names as the
    citation gives) counts for less: catalogues list illustrators,
    translators and the authors of adapted works there ("Casino Royale" the
    comic, by Anthony Hern and Ian Fleming).  A later cited name the
    candidate lacks costs little: editions differ in their translators,
    editors and illustrators, the first author is what names the work.
    """
    settings = settings or MatchSettings()
    wanted = [surname_keys(n) for n in cited[:3]]
    wanted = [w for w in wanted if w]
    if not wanted:
        return None
    offered = [(surname_keys(n), name_words(n)) for n in candidate]
    offered = [o for o in offered if o[0] or o[1]]
    if not offered:
        return 0.5
    scores = [_found(keys, offered, len(wanted), settings) for keys in wanted]
    lacking = sum(1 for found in scores[1:] if found < settings.surname_typo)
    return max(sum(scores) / len(scores), scores[0] * settings.missing_coauthor ** lacking)


def _found(keys: set[str], offered: Sequence[tuple[set[str], set[str]]], cited: int,
           settings: MatchSettings) -> float:
    """How well one cited surname (its spellings `keys`) is found among `offered` names."""
    best = 0.0
    for j, (surnames, other_words) in enumerate(offered):
        role = 1.0 if j < cited else settings.minor_role
        for k in keys:
            best = max(best, role * max((_surname_ratio(k, o, settings) for o in surnames),
                                        default=0.0))
            # Catalogues split names badly ("Andre Dubus III" as family "III"):
            # the surname anywhere in the name counts nearly as much.
            best = max(best, role * settings.loose_surname *
                       max((_surname_ratio(k, w, settings) for w in other_words), default=0.0))
    return best


def catalogue_spelling(cited: Name, offered: Iterable[Name],
                       settings: MatchSettings | None = None) -> str | None:
    """The family name as a catalogue spells the cited one when it spells it
    otherwise ("Dostoyevsky" for "Dostoevsky", "Chekhov" for "Chechov"); None
    when none comes close.  When some offered name spells it as cited, only
    another transliteration of it counts ("Dostoyevsky" beside "Dostoevsky",
    as Google's records give both), not a look-alike name ("Welles" beside
    "Wells"): catalogues file one author under different spellings.

    An all-words search fails on the cited spelling however well the rest
    agrees; asked with the catalogue's spelling, it finds the book.
    """
    settings = settings or MatchSettings()
    keys = surname_keys(cited)
    if not keys:
        return None
    spelt_as_cited = False
    found: list[tuple[float, bool, str]] = []  # similarity, a transliteration, spelling
    for name in offered:
        theirs = surname_keys(name)
        if keys & theirs:
            spelt_as_cited = True
            continue
        similarity = max((_surname_ratio(k, o, settings) for k in keys for o in theirs),
                         default=0.0)
        spelling = name.sort_family() if name.literal is None else \
            (name.literal.split() or [""])[-1]
        if similarity >= settings.surname_typo and spelling:
            variant = any(translit_key(k) == translit_key(o) for k in keys for o in theirs)
            found.append((similarity, variant, spelling))
    if spelt_as_cited:
        found = [f for f in found if f[1]]
    return max(found, key=lambda f: f[0])[2] if found else None


def name_words(name: Name) -> set[str]:
    """The words of a name that could be a surname: no initials, suffixes or particles."""
    words = _NON_WORD.sub(" ", ascii_fold(name.display()).lower()).split()
    return {w for w in words if len(w) > 2 and w not in _SUFFIXES and w not in _PARTICLES}


def year_similarity(cited_year: int | None, candidate: Candidate,
                    settings: MatchSettings | None = None) -> float | None:
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
    settings = settings or MatchSettings()
    return settings.earlier_year if cited_year < min(years) else settings.later_year


def score(cited: Record, candidate: Candidate,
          settings: MatchSettings | None = None) -> Breakdown:
    """How likely `candidate` is an edition of the cited work, in [0, 1]."""
    settings = settings or MatchSettings()
    weights = settings.weights
    title = title_similarity(cited, candidate.record, settings)
    author = author_similarity(cited.author or cited.editor, candidate_people(candidate.record),
                               settings)
    year = year_similarity(cited.year, candidate, settings)
    parts = [(weights.title, title)]
    if author is not None:
        parts.append((weights.author, author))
    if year is not None:
        parts.append((weights.year, year))
    total = sum(w * s for w, s in parts) / sum(w for w, _ in parts)
    # Weak evidence on either axis must not be rescued by the other one.
    if title < settings.weak_title:
        total *= title
    if author is not None and author < settings.weak_author:
        total *= author
    if author is None:
        total *= settings.no_author  # a title alone identifies a book less surely
    return Breakdown(title=title, author=author, year=year, total=round(total, 4))


def candidate_people(record: Record) -> list[Name]:
    return record.author or record.editor


def _ratio(a: str, b: str) -> float:
    return float(fuzz.ratio(a, b)) / 100.0


def _surname_ratio(a: str, b: str, settings: MatchSettings) -> float:
    """Surnames are short: "Wells" and "Ellison" share 67 % of letters, so below
    a typo's distance similarity counts for half."""
    if a == b:
        return 1.0
    similarity = max(_ratio(a, b), _ratio(translit_key(a), translit_key(b)))
    return similarity if similarity >= settings.surname_typo else similarity / 2


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
        total = score(cited, candidate, settings).total
        groups.setdefault(work_key(candidate), []).append(ScoredCandidate(candidate, total))
    works = []
    for key, members in groups.items():
        members.sort(key=lambda m: -m.score)
        works.append(Work(key=key, editions=members))
    works.sort(key=lambda w: -w.score)
    return works


def work_key(candidate: Candidate) -> str:
    """Main title, volume number and first author: "Vol. 5" and "Tome 5" are one work."""
    people = candidate_people(candidate.record)
    who = ""
    if people:
        keys = surname_keys(people[0])
        who = translit_key(min(keys, key=len)) if keys else ""
    title, number = volume_number(candidate.record.title)
    return f"{title_key(title)}#{number or ''}|{who}"


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
                   rule: EditionRule | None = None,
                   tolerance: float = MatchSettings.edition_tolerance) -> EditionChoice:
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


# --------------------------------------------------------------------------- reading a line


# Words a line may carry besides a title and its authors without naming
# anything: joiners, roles, volume and edition markers.
LINE_NOISE = frozenset({
    "by", "and", "the", "a", "an", "of", "in", "on", "with", "from", "to", "for", "et", "al",
    "ed", "eds", "edited", "editor", "editors", "trans", "translated", "translator", "tr",
    "transl", "vol", "vols", "volume", "book", "part", "no", "tome", "isbn", "edition", "edn",
    "pp", "pages", "press", "publishing", "publishers", "books", "reprint", "revised",
    "illustrated", "illus", "introduction", "intro", "foreword", "hardcover", "paperback",
})
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_DIGIT_RUN = re.compile(r"\d[\d\s‐-]*[\dXx]\b")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")


def line_words(text: str) -> list[str]:
    """A line's words as titles are compared (`title_key`): folded, lower-case, no
    punctuation; URLs and ISBN-like numbers left out."""
    text = _URL.sub(" ", text)
    text = _DIGIT_RUN.sub(
        lambda m: " " if sum(c.isdigit() for c in m.group()) >= 9 else m.group(), text)
    text = ascii_fold(_APOSTROPHES.sub("", text)).lower().replace("&", " and ")
    return _NON_WORD.sub(" ", text).split()


def is_year(word: str) -> bool:
    return bool(_YEAR.fullmatch(word))


@dataclass(frozen=True)
class LineReading:
    """What a candidate reads in a line: its title and the people the line names."""

    title: str  # the catalogue's main title, with its subtitle when the line gives it too
    subtitle: str | None
    authors: list[Name]  # the catalogue's names whose family name the line holds
    unexplained: list[str]  # the line's words neither title, names nor noise account for
    words: int  # the line's words that are not noise
    typos: int = 0  # title words the line misspells (at most `MatchSettings.reading_typos`)


def read_line(line: str, candidate: Candidate,
              settings: MatchSettings | None = None) -> LineReading | None:
    """The candidate's reading of `line`, or None when the line does not name it.

    The candidate's main title (words in order, accents and case folded) and
    at least one of its people's family names (elsewhere in the line) must
    be written in the line; a volume number the title carries must be there
    too.  A title is still found when the line misspells one of its long
    words by a letter ("Sentimental Eductaion", `reading_typos`), but a
    title the line spells right is read first.  The line's other words must
    be mostly noise (`LINE_NOISE` or a long one misspelt, years, given names
    and initials of the people named, the publisher): at most
    `1 - reading_cover` of them unexplained, and none at all for a title of
    one short word ("It", "Dune"), which too many lines contain by chance.
    """
    settings = settings or MatchSettings()
    tokens = line_words(line)
    record = candidate.record
    main, number = volume_number(record.title)
    title = title_key(main).split()
    if not title or not tokens:
        return None
    # Spelt right before misspelt, and with its leading article when the line
    # gives it ("Zola, La Débâcle"), where "la", unlike "the", is no noise.
    spans = [(len(words), found) for budget in (0, settings.reading_typos)
             for words in (_title_words(main), title)
             if (found := _title_occurrences(tokens, words, budget, settings))]
    best: LineReading | None = None
    length, found = spans[0] if spans else (0, [])
    for start, typos in found:
        used = set(range(start, start + length))
        reading = _reading_from(tokens, used, record, title, number, typos, settings)
        if reading is not None and (best is None or reading_rank(reading) < reading_rank(best)):
            best = reading
    return best


def reading_rank(reading: LineReading) -> tuple[int, int]:
    """Readings that leave fewer words unexplained, then fewer misspelt, come first."""
    return len(reading.unexplained), reading.typos


def _reading_from(tokens: list[str], used: set[int], record: Record, title: list[str],
                  number: int | None, typos: int,
                  settings: MatchSettings) -> LineReading | None:
    start = min(used)
    end = max(used) + 1
    if number is not None:
        numbered = next((i for i, t in enumerate(tokens) if i not in used and t.isdigit()
                         and int(t) == number), None)
        if numbered is None:
            return None
        used.add(numbered)
    subtitle = None
    # A subtitle's article stays in a line ("Star Wars: The New Essential Chronology").
    for sub in (_title_words(record.subtitle), title_key(record.subtitle).split()):
        found = _typos_at(tokens, end, sub, settings.reading_typos - typos, settings) \
            if sub else None
        if found is not None:
            subtitle = record.subtitle
            typos += found
            used.update(range(end, end + len(sub)))
            end += len(sub)
            break
    named: list[Name] = []
    for name in candidate_people(record):
        spans = [(s, len(k.split())) for k in sorted(surname_keys(name), key=len, reverse=True)
                 for s in _occurrences(tokens, k.split(), used, spelt=True)]
        if not spans:
            continue
        at, length = spans[0]
        used.update(range(at, at + length))
        named.append(name)
        given = set(_NON_WORD.sub(" ", ascii_fold(name.display()).lower()).split())
        used.update(i for i, t in enumerate(tokens) if i not in used and (
            t in given or (len(t) == 1 and any(g.startswith(t) for g in given))))
    if not named:
        return None
    publisher = set(_NON_WORD.sub(" ", ascii_fold(record.publisher or "").lower()).split())
    content = [i for i, t in enumerate(tokens) if not _is_noise(t, settings)]
    loose = [i for i in content if i not in used and tokens[i] not in publisher]
    unexplained = [tokens[i] for i in loose]
    # A word the title's nearest neighbours leave unexplained makes a longer title:
    # another book ("Mrs. Piggle-Wiggle Treasury" is not "Mrs. Piggle-Wiggle").
    neighbours = [max((i for i in content if i < start), default=None),
                  min((i for i in content if i >= end), default=None)]
    if any(i in loose for i in neighbours if i is not None):
        return None
    short = len(title) == 1 and (len(title[0]) <= settings.reading_short_title
                                 or title[0] in _FILLERS)
    if unexplained and (short or len(unexplained) > (1 - settings.reading_cover) * len(content)):
        return None
    return LineReading(title=record.title or "", subtitle=subtitle, authors=named,
                       unexplained=unexplained, words=len(content), typos=typos)


def _title_occurrences(tokens: list[str], title: list[str], budget: int,
                       settings: MatchSettings) -> list[tuple[int, int]]:
    """Where the title's words stand in `tokens` in a row, and how many of them the
    line misspells (at most `budget`)."""
    return [(i, typos) for i in range(len(tokens) - len(title) + 1)
            if (typos := _typos_at(tokens, i, title, budget, settings)) is not None]


def _typos_at(tokens: list[str], at: int, words: list[str], budget: int,
              settings: MatchSettings) -> int | None:
    """How many of `words` the tokens from `at` on misspell (`misspelt`), or None when
    they are other words or misspell more than `budget`."""
    if at < 0 or at + len(words) > len(tokens):
        return None
    typos = 0
    for token, word in zip(tokens[at:at + len(words)], words, strict=True):
        if token != word:
            typos += 1
            if typos > budget or not misspelt(token, word, settings):
                return None
    return typos


def misspelt(written: str, word: str, settings: MatchSettings | None = None) -> bool:
    """`written` is `word` one letter off (two swapped, one left out, added or
    replaced), both words of letters and `word` at least `reading_typo_letters` long."""
    settings = settings or MatchSettings()
    return len(word) >= settings.reading_typo_letters and word.isalpha() and \
        written.isalpha() and abs(len(written) - len(word)) <= 1 and \
        OSA.distance(written, word, score_cutoff=1) <= 1


def _is_noise(word: str, settings: MatchSettings) -> bool:
    """A word that names nothing in a line: `LINE_NOISE`, a year, or a long noise word
    misspelt ("Volmue", "Eidtion")."""
    if word in LINE_NOISE or is_year(word):
        return True
    return len(word) >= settings.reading_typo_letters - 1 and \
        any(misspelt(word, w, settings) for w in LINE_NOISE)


def _occurrences(tokens: list[str], words: list[str], taken: set[int],
                 spelt: bool = False) -> list[int]:
    """Where `words` stand in `tokens` in a row, clear of the positions `taken`.

    `spelt`: a surname of one word may be written in another transliteration
    ("Dostoevsky", "Asimoff").
    """
    n = len(words)
    if not n:
        return []
    found = [i for i in range(len(tokens) - n + 1) if tokens[i:i + n] == words
             and not taken.intersection(range(i, i + n))]
    if not found and spelt and n == 1 and len(words[0]) >= 4:
        key = translit_key(words[0])
        found = [i for i, t in enumerate(tokens) if i not in taken and translit_key(t) == key]
    return found
