"""Match accuracy: show-note citations of catalogue books, looked up through the fake APIs.

From the Goodreads catalogue (../shared/fixtures/catalog/books.csv) this
writes citations the way show notes do, with their noise (no subtitle,
initials or the surname alone, a second author by surname, the
first-publication year instead of the edition's, "The" dropped, typos,
transliterated authors, lower-case or sentence-case titles, volume numbers
written another way, an ISBN, or another book's ISBN), parses them with
biblio's parser,
serves the catalogue through `biblio.testing.fakeapi` in Open Library and
Google Books shapes, enriches every citation and prints:

- right-work rate (books in the served catalogue), overall and per kind of
  noise (a line giving another book's ISBN is right when reported as a
  conflict),
- right-edition rate when the citation gives the edition's year,
- wrong-ISBN rate among applied matches (goal ≤ 0.5 %),
- publisher accuracy: the cited edition's publisher, for lines giving its year,
- requests per citation on a fresh cache, then on a second run (goal: 0),
- 429s and 403s provoked when the first `--paced` citations are looked up with
  biblio's default rate limits against servers enforcing the real APIs'
  limits (`PUBLISHED_LIMITS`, `PUBLISHED_QUOTAS`; goal: none).

The servers behave like the real APIs: Open Library's strict all-words search,
Google's lenient any-word ranking with its data defects, books missing from
one API but not the other (`--missing`), editions filed under one ISBN form
only, ISBN look-ups answered with another edition's record or another book,
403 for a client without a contact; each can be switched off to measure it.

Works held out of the served catalogue are cited too: their authors often
have other books there, so they must come out not-found, never with an ISBN.

    .venv/bin/python benchmarks/match_accuracy.py [--citations 1000] [--seeds 1 2 3]
        [--threshold 0.8] [--confident 0.9] [--misses]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypedDict

from biblio import isbn as isbns
from biblio.config import CacheSettings, Config
from biblio.lookup.enrichment import Enricher
from biblio.lookup.http import Http
from biblio.lookup.matching import MatchSettings, title_key, volume_number
from biblio.lookup.providers import values
from biblio.lookup.providers.base import Provider
from biblio.lookup.providers.googlebooks import GoogleBooks
from biblio.lookup.providers.openlibrary import OpenLibrary
from biblio.lookup.result import Enrichment
from biblio.model import Date, Origin, Record
from biblio.parse import parse_citation
from biblio.testing.fakeapi import (
    PUBLISHED_LIMITS,
    PUBLISHED_QUOTAS,
    Book,
    FakeApi,
    catalog_path,
    display_title,
    load_catalog,
    words,
)
from biblio.testing.recording import RecordingFakeApi

# Transliterations a show note may use instead of the catalogue's spelling.
_TRANSLIT = ((r"yevsky$", "evsky"), (r"sky$", "ski"), (r"oy$", "oi"), (r"kh", "ch"),
             (r"ov$", "off"), (r"ya", "ia"), (r"yu", "iu"))
# Volume numbers in a catalogue title: "Fullmetal Alchemist Vol. 6", "Little
# Butterfly Volume 03", "Henry IV Part 2", "Blame! 8" (a bare number only at the end).
_VOLUME = re.compile(r"^(?P<base>.+?),?\s+(?:(?P<marker>Vol\.?|Volume|Book|Part|No\.|#)\s*)?"
                     r"(?P<n>\d{1,2})(?P<rest>:\s.*)?$", re.I)
# Goodreads' series note on a first book named like its series: "Outlander (Outlander  #1)".
_SERIES_NOTE = re.compile(r"^(?P<title>.+?)\s*\((?P<series>[^()#]+?),?\s*#(?P<n>\d{1,2})\)$")
# How show notes write a volume number.
_VOLUME_FORMS = ("{base} {n}", "{base}, Vol. {n}", "{base} (Book {n})", "{base}, Volume {n}")

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# The kinds of noise, in the order the table lists them.
NOISE_KINDS = ("no subtitle", "'The' dropped", "typo", "initials", "surname only",
               "second author by surname", "transliterated", "lower-case title",
               "sentence-case title", "series number", "first-publication year",
               "ISBN given", "ISBN of another book")


class FakeOptions(TypedDict):
    """The fake APIs' switchable behaviours of the real ones."""

    googlebooks_quirks: bool
    isbn_forms: bool
    misfiled_isbns: bool


@dataclass
class Citation:
    """One generated show-note line and what a right answer is."""

    text: str
    book: Book
    work: str  # the work id, grouped as the fake Open Library groups editions
    year_kind: str  # "edition", "first" (first publication) or "none"
    in_catalog: bool
    cited: tuple[str, str, int | None]  # the author, title and year written in `text`
    noise: list[str] = field(default_factory=list)


def work_id(book: Book) -> str:
    """A book's work for scoring: main title and first author's surname, folded.

    Looser than the fake Open Library's grouping (full title, full first
    author), so that "Middlemarch" and "Middlemarch: A Study of Provincial
    Life" by George Eliot count as one work, as a reader would count them.
    """
    main_title = display_title(book.title).split(": ", 1)[0]
    surname = words(book.authors[0])[-1:] if book.authors else []
    return f"{title_key(main_title)}|{' '.join(surname)}"


# --------------------------------------------------------------------------- citations


def show_note_lines(books: list[Book], count: int, held_out: set[str],
                    rng: random.Random) -> Iterator[Citation]:
    """`count` citations of English books with valid ISBNs, 1 in 16 of held-out works.

    Books whose title carries a volume number, and authors whose name has
    another transliteration, are drawn more often than the catalogue holds
    them (1 line in 20 each), so those kinds of noise are measured too.
    """
    works: dict[str, list[Book]] = defaultdict(list)
    for book in books:
        works[work_id(book)].append(book)
    eligible = [b for b in books if (b.language or "").startswith("en") and b.authors and
                b.year and isbns.to_isbn13(b.isbn13) and len(words(b.title)) >= 1]
    served = [b for b in eligible if work_id(b) not in held_out]
    hidden = [b for b in eligible if work_id(b) in held_out]
    numbered = [b for b in served if series_number(b) is not None]
    foreign = [b for b in served if _transliterate(b.authors[0]) != b.authors[0]]
    for n in range(count):
        roll = rng.random()
        pool = hidden if n % 16 == 0 else numbered if roll < 0.05 else \
            foreign if roll < 0.1 else served
        book = rng.choice(pool)
        first_year = min(b.year for b in works[work_id(book)] if b.year)
        other = rng.choice(served)
        yield _cite(book, first_year, work_id(book) not in held_out, rng,
                    other if work_id(other) != work_id(book) else None)


def series_number(book: Book) -> tuple[str, int, str] | None:
    """(title without the number, the number, what follows it) when the title has one."""
    title = display_title(book.title)
    volume = _VOLUME.match(title)
    if volume and (volume["marker"] or not volume["rest"]):
        return volume["base"], int(volume["n"]), volume["rest"] or ""
    note = _SERIES_NOTE.match(" ".join(book.title.split()))
    if note and note["series"].strip().casefold() == title.casefold():
        return title, int(note["n"]), ""
    return None


def _cite(book: Book, first_year: int, in_catalog: bool, rng: random.Random,
          foreign: Book | None) -> Citation:
    noise: list[str] = []
    title = _cited_title(book, rng, noise)
    author = _cited_authors(book, rng, noise)
    roll = rng.random()
    if roll < 0.45:
        year_kind, year = "edition", book.year
    elif roll < 0.8:
        # The work's first publication, often before any edition in print.
        year_kind, year = "first", first_year - rng.choice((0, 0, 3, 12, 40))
        noise.append("first-publication year")
    else:
        year_kind, year = "none", None
    form = rng.randrange(5)
    suffix = f" ({year})" if year else ""
    text = (f"{author}, {title}{suffix}", f"{title} by {author}{suffix}",
            f"{author} – {title}{suffix}", f"*{title}* by {author}{suffix}",
            f"{author}: {title}{suffix}")[form]
    roll = rng.random()
    if roll < 0.08:
        printed = isbns.hyphenate(book.isbn10 if book.isbn10 and rng.random() < 0.3
                                  else book.isbn13)
        text += f", ISBN {printed}"
        noise.append("ISBN given")
    elif roll < 0.105 and foreign is not None and in_catalog:
        text += f", ISBN {isbns.hyphenate(foreign.isbn13)}"
        noise.append("ISBN of another book")
    return Citation(text=text, book=book, work=work_id(book), year_kind=year_kind,
                    in_catalog=in_catalog, cited=(author, title, year), noise=noise)


def _cited_title(book: Book, rng: random.Random, noise: list[str]) -> str:
    title = display_title(book.title)
    numbered = series_number(book)
    if numbered is not None and rng.random() < 0.8:
        base, number, rest = numbered
        title = rng.choice(_VOLUME_FORMS).format(base=base, n=number) + rest
        noise.append("series number")
    if ": " in title and rng.random() < 0.5:
        title = title.split(": ", 1)[0]
        noise.append("no subtitle")
    if title.startswith("The ") and rng.random() < 0.3:
        title = title[4:]
        noise.append("'The' dropped")
    if rng.random() < 0.1:
        typed = _typo(title, rng)
        if typed != title:
            title = typed
            noise.append("typo")
    roll = rng.random()
    if roll < 0.06 and title.lower() != title:
        title = title.lower()
        noise.append("lower-case title")
    elif roll < 0.12 and _sentence_case(title) != title:
        title = _sentence_case(title)
        noise.append("sentence-case title")
    return title


def _cited_authors(book: Book, rng: random.Random, noise: list[str]) -> str:
    author = book.authors[0]
    roll = rng.random()
    if roll < 0.12 and len(author.split()) > 1:
        author = _surname(author)
        noise.append("surname only")
    elif roll < 0.32:
        initials = _initials(author)
        if initials != author:
            author = initials
            noise.append("initials")
    if rng.random() < 0.4:
        spelled = _transliterate(author)
        if spelled != author:
            author = spelled
            noise.append("transliterated")
    if len(book.authors) > 1 and len(book.authors[1].split()) > 1 and rng.random() < 0.3:
        author += rng.choice((" and ", " & ")) + _surname(book.authors[1])
        noise.append("second author by surname")
    return author


def _sentence_case(title: str) -> str:
    """Only the first word capitalised, as some style guides (and people) write titles."""
    head, *rest = title.split(" ")
    return " ".join([head, *(w.lower() if w[:1].isupper() and not w.isupper() else w
                             for w in rest)])


def _typo(title: str, rng: random.Random) -> str:
    words = title.split()
    long_words = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not long_words:
        return title
    i = rng.choice(long_words)
    word = words[i]
    j = rng.randrange(1, len(word) - 2)
    words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2:]  # two letters swapped
    return " ".join(words)


def _surname(author: str) -> str:
    """The last word of a name that is no suffix: "Kurt Vonnegut Jr." → "Vonnegut"."""
    names = [w for w in author.split() if w.rstrip(".").lower() not in _SUFFIXES]
    return (names or author.split())[-1]


def _initials(author: str) -> str:
    words = author.split()
    suffix = words[-1:] if len(words) > 2 and words[-1].rstrip(".").lower() in _SUFFIXES \
        else []
    words = words[:len(words) - len(suffix)]
    if len(words) < 2:
        return author
    given = [f"{w[0]}." for w in words[:-1] if w[0].isupper()]
    return " ".join([*given, words[-1], *suffix]) if given else author


def _transliterate(author: str) -> str:
    family = author.split()[-1]
    for pattern, spelling in _TRANSLIT:
        if re.search(pattern, family):
            return author[: -len(family)] + re.sub(pattern, spelling, family, count=1)
    return author


# --------------------------------------------------------------------------- scoring runs


@dataclass
class Tally:
    """Counts for one run over all citations."""

    citations: int = 0
    in_catalog: int = 0
    right_work: int = 0
    edition_cited: int = 0
    right_edition: int = 0
    exact_edition: int = 0
    applied: int = 0
    wrong_isbn: int = 0
    publishers: int = 0
    right_publisher: int = 0
    held_out: int = 0
    held_out_clean: int = 0
    isbn_lines: int = 0
    isbn_lines_wrong: int = 0
    requests: int = 0
    seconds: float = 0.0
    statuses: Counter[str] = field(default_factory=Counter)
    misses: Counter[str] = field(default_factory=Counter)  # noise kinds of missed works
    kinds: Counter[str] = field(default_factory=Counter)  # in-catalogue lines per noise kind
    kinds_right: Counter[str] = field(default_factory=Counter)
    kinds_wrong_isbn: Counter[str] = field(default_factory=Counter)
    kinds_misread: Counter[str] = field(default_factory=Counter)  # lines the parser misread
    kinds_misread_right: Counter[str] = field(default_factory=Counter)
    misread: int = 0
    misread_right: int = 0
    read_by_lookup: int = 0  # lines read with the catalogue's help
    read_by_lookup_right: int = 0
    read_by_lookup_wrong: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def held_out_works(books: list[Book], share: float, rng: random.Random) -> set[str]:
    """Works to keep out of the served catalogue, by authors who have other works there."""
    works_by_author: dict[str, set[str]] = defaultdict(set)
    for book in books:
        if book.authors:
            works_by_author[book.authors[0]].add(work_id(book))
    prolific = sorted(w for ws in works_by_author.values() if len(ws) > 1 for w in ws)
    return set(rng.sample(prolific, int(len(prolific) * share)))


def score_run(citations: list[Citation], books: list[Book], enrich: Callable[[Record], Enrichment],
              tally: Tally, parse: bool = True) -> None:
    isbns_of_work: dict[str, set[str]] = defaultdict(set)
    for book in books:
        code = isbns.to_isbn13(book.isbn13)
        if code:
            isbns_of_work[work_id(book)].add(code)
    started = time.perf_counter()
    for citation in citations:
        record = parse_citation(citation.text).record if parse else as_written(citation)
        record.origin = Origin(text=citation.text)  # as the extractor places a line's records
        result = enrich(record)
        right = _count(citation, result, isbns_of_work[citation.work], tally)
        if citation.in_catalog and _misread(citation, record):
            kinds = citation.noise or ["no noise"]
            tally.misread += 1
            tally.misread_right += right
            tally.kinds_misread.update(kinds)
            tally.kinds_misread_right.update(kinds if right else [])
    tally.seconds += time.perf_counter() - started


def as_written(citation: Citation) -> Record:
    """The record a perfect parser would read from the line (to measure matching alone)."""
    author, title, year = citation.cited
    record = Record(type="book", isbn=isbns.first(citation.text))
    record.set_full_title(title)
    record.author = values.people(re.split(r" and | & ", author))
    record.issued = Date.from_year(year) if year else None
    return record


def _misread(citation: Citation, record: Record) -> bool:
    """The parser read another title, or not the first author's surname (whose words
    the cited title or author has is not checked: any parser slip counts)."""
    author, title, _ = citation.cited
    surname = _surname(author.split(" and ")[0].split(" & ")[0])
    people = [w for n in record.author for w in words(n.display())]
    read = title_key(volume_number(record.full_title)[0])
    return read != title_key(volume_number(title)[0]) or not set(words(surname)) <= set(people)


def _count(citation: Citation, result: Enrichment, work_isbns: set[str], tally: Tally) -> bool:
    """Count one line's outcome; True when it found the right work."""
    tally.citations += 1
    tally.statuses[result.status] += 1
    chosen = result.chosen.candidate if result.chosen and result.status == "enriched" else None
    applied = isbns.first(result.record.isbn) if "ISBN" in result.filled else None
    given = "ISBN given" in citation.noise
    kinds = citation.noise or ["no noise"]
    tally.isbn_lines += given
    if applied:
        tally.applied += 1
        if not citation.in_catalog or (applied not in work_isbns and not (
                chosen and _same_work(_work_of(chosen.record), citation.work))):
            tally.wrong_isbn += 1
            tally.isbn_lines_wrong += given
            tally.kinds_wrong_isbn.update(kinds)
            found = f"{chosen.record.full_title} ({chosen.provider} {chosen.key})" if chosen \
                else ""
            tally.wrong.append(f"{citation.text}  →  {found} [{applied}]")
    if not citation.in_catalog:
        tally.held_out += 1
        tally.read_by_lookup += result.found_by == "lookup"
        tally.held_out_clean += applied is None
        return False
    tally.in_catalog += 1
    right_work = chosen is not None and (bool(set(chosen.isbns) & work_isbns) or
                                         _same_work(_work_of(chosen.record), citation.work))
    if "ISBN of another book" in citation.noise:
        # The right outcome is a reported conflict, with nothing applied.
        right_work = result.status == "conflict" and not applied
    tally.right_work += right_work
    if result.found_by == "lookup":
        tally.read_by_lookup += 1
        tally.read_by_lookup_right += right_work
        if not right_work and chosen is not None:
            tally.read_by_lookup_wrong.append(f"{citation.text}  →  {chosen.record.full_title}"
                                              f" / {chosen.record.author[:1]}")
    tally.kinds.update(kinds)
    tally.kinds_right.update(kinds if right_work else [])
    if not right_work:
        tally.misses.update(kinds)
        found = f"{chosen.record.full_title} ({chosen.provider})" if chosen else result.status
        tally.missed.append(f"{citation.text}  →  {found}  [{display_title(citation.book.title)}"
                            f" / {', '.join(citation.book.authors)}]  {{{', '.join(kinds)}}}")
    if citation.year_kind == "edition":
        tally.edition_cited += 1
        if right_work and chosen is not None and chosen.record.year == citation.book.year:
            tally.right_edition += 1
            tally.exact_edition += applied == isbns.to_isbn13(citation.book.isbn13)
    if "publisher" in result.filled and citation.year_kind == "edition":
        tally.publishers += 1
        tally.right_publisher += _same(result.record.publisher, citation.book.publisher)
    return right_work


def _work_of(record: Record) -> str:
    """`work_id` of a provider record (one without ISBNs: Google's "OTHER" identifiers)."""
    people = record.author or record.editor
    surname = words(people[0].display())[-1:] if people else []
    return f"{title_key(record.title)}|{' '.join(surname)}"


def _same_work(found: str, cited: str) -> bool:
    """One work id is the other with words added at the end: the catalogue's
    titles sometimes lose their colon ("The Devil in the White City Murder…")."""
    (f_title, f_who), (c_title, c_who) = found.split("|"), cited.split("|")
    return f_who == c_who and (f_title.startswith(c_title) or c_title.startswith(f_title)) \
        and min(len(f_title), len(c_title)) >= 12


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b and words(a) == words(b))


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:7.1%}  ({part}/{whole})" if whole else "   n/a"


def report(tally: Tally, second: Tally, fake_books: int, show_misses: bool) -> None:
    print(f"catalogue served: {fake_books} editions (each API lacking some); citations: "
          f"{tally.citations} ({tally.in_catalog} in the catalogue, {tally.held_out} held out)")
    print(f"right work                        {_rate(tally.right_work, tally.in_catalog)}")
    print(f"right edition (edition year cited){_rate(tally.right_edition, tally.edition_cited)}")
    print(f"  exact ISBN of the cited edition {_rate(tally.exact_edition, tally.edition_cited)}")
    print(f"wrong ISBN among applied          {_rate(tally.wrong_isbn, tally.applied)}")
    print(f"held-out books left without ISBN  {_rate(tally.held_out_clean, tally.held_out)}")
    print(f"wrong ISBN, lines giving an ISBN  {_rate(tally.isbn_lines_wrong, tally.isbn_lines)}")
    print(f"publisher of the cited edition    {_rate(tally.right_publisher, tally.publishers)}")
    print(f"requests per citation, fresh cache {tally.requests / tally.citations:6.2f}")
    print(f"requests per citation, second run  {second.requests / second.citations:6.2f}")
    print(f"time per citation, fresh cache     {tally.seconds / tally.citations * 1000:6.1f} ms")
    print(f"read with a lookup (misread lines)  {tally.read_by_lookup} lines, right work "
          f"{_rate(tally.read_by_lookup_right, tally.read_by_lookup)}")
    print(f"statuses: {dict(tally.statuses)}")
    print(f"noise on missed works: {dict(tally.misses.most_common())}")
    print_kinds(tally)
    for line in tally.wrong[:10]:
        print(f"  wrong: {line}")
    for line in tally.read_by_lookup_wrong[:10]:
        print(f"  read wrongly with a lookup: {line}")
    for line in tally.missed if show_misses else []:
        print(f"  missed: {line}")


def print_kinds(tally: Tally) -> None:
    """Right work and wrong ISBNs per kind of noise (a line may carry several kinds)."""
    print(f"{'kind of noise':26} {'lines':>6} {'right work':>11} {'wrong ISBN':>11} "
          f"{'misread':>8} {'right work, read well':>22} {'right work, misread':>20}")
    rows = [(kind, tally.kinds[kind], tally.kinds_right[kind], tally.kinds_wrong_isbn[kind],
             tally.kinds_misread[kind], tally.kinds_misread_right[kind])
            for kind in ("no noise", *NOISE_KINDS)]
    rows.append(("all lines in a catalogue", tally.in_catalog, tally.right_work,
                 tally.wrong_isbn, tally.misread, tally.misread_right))
    for kind, lines, right, wrong, misread, misread_right in rows:
        well = lines - misread
        print(f"{kind:26} {lines:6d} {_share(right, lines):>11} {wrong:11d} {misread:8d} "
              f"{_share(right - misread_right, well):>22} {_share(misread_right, misread):>20}")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "n/a"


def paced_run(citations: list[Citation], served: list[Book], hidden: list[list[str]],
              cache_dir: Path, fake_options: FakeOptions) -> None:
    """Biblio's default rate limits against servers enforcing the real APIs' limits."""
    fake = RecordingFakeApi(served, rate_limits=PUBLISHED_LIMITS, quotas=PUBLISHED_QUOTAS,
                            require_contact=True, **fake_options)
    with fake:
        fake.hide("openlibrary", hidden[0])
        fake.hide("googlebooks", hidden[1])
        config = fake.config(Config(contact="benchmark@example.org",
                                    cache=CacheSettings(dir=cache_dir)))
        started = time.perf_counter()
        with Http(config) as http:
            enricher = Enricher([OpenLibrary(http), GoogleBooks(http)])
            for citation in citations:
                enricher.enrich(parse_citation(citation.text).record)
        seconds = time.perf_counter() - started
        refused = sum(fake.refused.values())
        print(f"paced run, default client limits vs published server limits: "
              f"{len(citations)} citations, {sum(fake.counts.values())} requests in "
              f"{seconds:.0f} s, refused {refused} {dict(fake.refused) if refused else ''}")


def _config(fake: FakeApi, cache_dir: Path) -> Config:
    """The fake servers, a fresh cache, and no client-side pacing: the servers are local."""
    config = fake.config(Config(contact="benchmark@example.org",
                                cache=CacheSettings(dir=cache_dir)))
    for api in ("openlibrary", "googlebooks", "loc"):
        config = config.with_api(api, rate=10_000.0, burst=10_000)
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citations", type=int, default=1000, help="lines per seed")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3],
                        help="one run per seed, counted together")
    parser.add_argument("--held-out", type=float, default=0.03,
                        help="share of multi-work authors' works kept out of the servers")
    parser.add_argument("--no-parse", action="store_true",
                        help="skip the parser: look up the fields as written (matching alone)")
    parser.add_argument("--missing", type=float, default=0.15,
                        help="share of editions each API does not have")
    parser.add_argument("--paced", type=int, default=60, metavar="N",
                        help="citations to look up at the default rate limits (0: skip)")
    parser.add_argument("--no-isbn-forms", action="store_true",
                        help="every edition carries both ISBN forms")
    parser.add_argument("--no-misfiled", action="store_true",
                        help="ISBN look-ups always answer with the edition asked for")
    parser.add_argument("--no-quirks", action="store_true",
                        help="Google Books without its data defects")
    parser.add_argument("--threshold", type=float, help="MatchSettings.threshold to try")
    parser.add_argument("--confident", type=float, help="MatchSettings.confident to try")
    parser.add_argument("--misses", action="store_true", help="list the missed works")
    args = parser.parse_args(argv)
    path = catalog_path()
    if path is None:
        print("match_accuracy: no catalogue (../shared/fixtures/catalog/books.csv); skipped")
        return 0
    settings = MatchSettings()
    if args.threshold is not None:
        settings = replace(settings, threshold=args.threshold)
    if args.confident is not None:
        settings = replace(settings, confident=args.confident)
    fake_options = FakeOptions(googlebooks_quirks=not args.no_quirks,
                               isbn_forms=not args.no_isbn_forms,
                               misfiled_isbns=not args.no_misfiled)
    books = load_catalog(path)
    first, second = Tally(), Tally()
    for seed in args.seeds:
        served, citations, hidden = seed_run(books, seed, args, settings, fake_options,
                                             first, second)
    print(f"seeds {' '.join(map(str, args.seeds))}, {args.citations} lines each; "
          f"threshold {settings.threshold}, confident {settings.confident}")
    report(first, second, len(served), args.misses)
    if args.paced:
        with tempfile.TemporaryDirectory() as cache_dir:
            paced_run(citations[:args.paced], served, hidden, Path(cache_dir), fake_options)
    return 0


def seed_run(books: list[Book], seed: int, args: argparse.Namespace, settings: MatchSettings,
             fake_options: FakeOptions, first: Tally,
             second: Tally) -> tuple[list[Book], list[Citation], list[list[str]]]:
    """One seed's citations looked up on a fresh cache, then again; counted into the tallies."""
    rng = random.Random(seed)
    held_out = held_out_works(books, args.held_out, rng)
    served = [b for b in books if work_id(b) not in held_out]
    citations = list(show_note_lines(books, args.citations, held_out, rng))
    # Each API lacks books the other has, as the real ones do (books in
    # neither are the held-out ones).
    codes = [b.isbn13 for b in served if b.isbn13]
    missing = rng.sample(codes, 2 * int(len(codes) * args.missing))
    hidden = [missing[0::2], missing[1::2]]
    with tempfile.TemporaryDirectory() as cache_dir, \
            FakeApi(served, require_contact=True, **fake_options) as fake:
        fake.hide("openlibrary", hidden[0])
        fake.hide("googlebooks", hidden[1])
        for tally in (first, second):
            fake.reset_counts()
            with Http(_config(fake, Path(cache_dir))) as http:
                providers: list[Provider] = [OpenLibrary(http), GoogleBooks(http)]
                score_run(citations, served, Enricher(providers, settings).enrich, tally,
                          parse=not args.no_parse)
            tally.requests += sum(fake.counts.values())
    return served, citations, hidden


if __name__ == "__main__":
    sys.exit(main())
