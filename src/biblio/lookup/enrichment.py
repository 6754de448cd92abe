"""Enrichment: look a cited book up in the providers and fill what the citation lacks.

The `Enricher` decides *what to ask* (the query strategy) and *what to write*
(fields with their provenance); `biblio.lookup.matching` decides which answer is the
cited book.  The strategy keeps requests low, because the APIs are shared and
rate-limited:

1. An ISBN in the citation is checked and asked for directly; the answer is
   trusted only if it carries that ISBN and its title fits the citation
   (Google Books sometimes answers with another book); a record carrying it
   that clearly is another book makes the line a `conflict`.
2. Otherwise each provider is searched with title and author; Open Library's
   search needs every word to match, so an empty answer is retried, after
   the other providers, with the author as another catalogue's answers
   spell him ("Dostoyevsky" for "Dostoevsky"), without a leading "The", then
   without the author (misspelt or transliterated names).  The next provider
   is asked only when no work is a confident match.  If still none is, the author's works
   are listed, so a misspelt title can still be recognised.
3. When the chosen work came without edition detail, the provider's edition
   list is fetched (one request) so the edition can be chosen.

A match below `MatchSettings.confident` (but above the threshold) does not
stop the search: the next provider is asked too and the best work of all
answers wins, since a near miss ("Democracy in America Volume 2") is often
all the first catalogue has.

4. A record read from show notes (`origin.text` set) that is still not
   found may have been misread (title and author swapped or run together,
   "by King" kept in the title, or no title read at all): the answers of
   the searches already made are read against the line first (free), then
   the line's words are sent as free text (Open Library; Google Books too
   when Open Library cannot be asked or its answer names nothing in the
   line), and an answer is taken only when its title (one long word may be
   misspelt) and an author's family name are both written in the line
   (`matching.read_line`).  The record then carries the catalogue's title
   and names, `origin.found_by` is "lookup", and the edition is chosen as
   for any match.  One or two requests more, for not-found records only.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from .. import isbn as isbns
from ..model import Date, FieldSource, Record
from .http import AccessDeniedError, HttpError, OfflineError, RateLimitedError
from .matching import (
    LINE_NOISE,
    EditionChoice,
    MatchSettings,
    Work,
    author_similarity,
    candidate_people,
    catalogue_spelling,
    choose_edition,
    group_works,
    is_ambiguous,
    is_work_level,
    is_year,
    line_words,
    read_line,
    reading_rank,
    score,
    volume_number,
)
from .merge import Proposal
from .providers.base import Candidate, Provider, Query
from .result import BOOK_TYPES, EDITION_FIELDS, Enrichment, ScoredCandidate, proposed

log = logging.getLogger(__name__)
_T = TypeVar("_T")

RUNNERS_UP = 3
RATE_LIMITED_PAUSE = 600.0  # seconds an API still answering 429 after retries is left alone
_ARTICLES = frozenset({"the", "a", "an"})
QUERY_WORDS = 10  # a line's words sent at most when reading it with a lookup
_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s\b", re.I)
_BRACKETED_YEAR = re.compile(r"\((?:1[0-9]{3}|20[0-9]{2})\)")
FOUND_BY_LOOKUP = "lookup"  # `origin.found_by` of a record read with the catalogue's help


class _Attempt:
    """The provider failures met while enriching one record.

    One API failing (503, 429 past our budget, 403) must not stop the others
    from being asked; the record is `offline` only if no API answered at all
    because the network (or the cache, offline) had nothing.
    """

    def __init__(self, on_failure: Callable[[HttpError], None] | None,
                 down: dict[str, tuple[HttpError, float]]) -> None:
        self.failures: list[HttpError] = []
        self.failed: set[str] = set()  # APIs that failed for this record
        self.answered = False
        self.read_tried = False  # the line's words were asked for (or need not be)
        self.read_asked: set[str] = set()  # APIs asked the line's words
        self.read_answered: set[str] = set()  # those of them that answered something
        self.read_answers: list[Candidate] = []  # and what they answered
        self._on_failure = on_failure
        self._down = down

    def ask(self, api: str, call: Callable[[_T], list[Candidate]],
            argument: _T) -> list[Candidate] | None:
        """`call(argument)`, or None when the API failed (logged and remembered)."""
        if api in self._down:
            error, until = self._down[api]
            if time.monotonic() < until:
                self.failures.append(error)
                self.failed.add(api)
                return None
            del self._down[api]
        try:
            answer = call(argument)
        except HttpError as exc:
            log.debug("%s", exc)
            self.failures.append(exc)
            self.failed.add(api)
            if (isinstance(exc, OfflineError) and exc.__cause__ is not None) or \
                    isinstance(exc, AccessDeniedError):
                # The connection itself failed (not a cache miss in offline
                # mode) or the API refused us (403): the API is skipped for the
                # rest of the run rather than asked again per record.
                self._down[api] = (exc, math.inf)
            elif isinstance(exc, RateLimitedError):
                # Still 429 after our retries (a spent quota): asking again per
                # record would only provoke more, so the API rests a while.
                self._down[api] = (exc, time.monotonic() + RATE_LIMITED_PAUSE)
            if self._on_failure is not None:
                self._on_failure(exc)
            return None
        self.answered = True
        return answer


@dataclass
class Enricher:
    """Turns a `Record` into an `Enrichment`; the input record is never modified.

    `on_failure` is called with every API failure (the CLI warns once per
    API and kind); a record is `offline` when no API could be reached.  An
    API whose host cannot be reached is not asked again during the run.
    """

    providers: Sequence[Provider]
    settings: MatchSettings = field(default_factory=MatchSettings)
    fields: tuple[str, ...] = EDITION_FIELDS
    on_failure: Callable[[HttpError], None] | None = None
    # APIs not to ask until a time: unreachable or refusing us (for the run),
    # or rate-limited past our retries (for `RATE_LIMITED_PAUSE`).
    _down: dict[str, tuple[HttpError, float]] = field(default_factory=dict, init=False,
                                                      repr=False)

    def enrich(self, record: Record) -> Enrichment:
        out = record.copy()
        notes: list[str] = []
        cited_isbn = self._clean_isbn(out, notes)
        result = self._enrich(record, out, cited_isbn, notes)
        if out.isbn != record.isbn:
            # The cited ISBN spelled canonically, or dropped as invalid: so it is
            # for every citation of the work.
            result.proposal.cleaned["ISBN"] = out.isbn
        return result

    def _enrich(self, record: Record, out: Record, cited_isbn: str | None,
                notes: list[str]) -> Enrichment:
        if record.type not in BOOK_TYPES:
            return Enrichment(out, "not-a-book", reason=f"a {record.type} is not looked up "
                              "in book catalogues", notes=notes)
        attempt = _Attempt(self.on_failure, self._down)
        if not record.title and cited_isbn is None:
            result = Enrichment(out, "not-found", reason="no title or ISBN to look up",
                                notes=notes)
        else:
            result = self._lookup(out, cited_isbn, notes, attempt)
        if result.status == "not-found" and (attempt.answered or not attempt.failures):
            # Not found although the catalogues answered: the line may have been misread.
            read = self._read_line(out, cited_isbn, notes, attempt)
            result = read if read is not None else result
        if result.status == "not-found" and attempt.failures and not attempt.answered:
            offline = all(isinstance(f, OfflineError) for f in attempt.failures)
            result.status = "offline" if offline else "not-found"
            result.reason = "; ".join(dict.fromkeys(str(f) for f in attempt.failures))
        return result

    # ------------------------------------------------------------------ lookup

    def _lookup(self, record: Record, cited_isbn: str | None, notes: list[str],
                attempt: _Attempt) -> Enrichment:
        candidates: list[Candidate] = []
        if cited_isbn is not None:
            hit, other = self._by_isbn(record, cited_isbn, notes, attempt)
            if hit is not None:
                return self._apply(record, hit, [], "isbn", cited_isbn, notes)
            if other is not None:
                return _conflict(record, cited_isbn, other, notes)
            if not record.title:
                return Enrichment(record, "not-found", reason=f"no catalogue knows ISBN "
                                  f"{isbns.hyphenate(cited_isbn)}", notes=notes)
        works: list[Work] = []
        authors = _surnames(record)
        silent: list[Provider] = []  # answered nothing to title and author
        asked: list[Provider] = []
        if not authors:
            # A line read without any author ("Pet Sematary by King" taken
            # whole as a title) is read with the catalogue's help first: a
            # title search alone rarely finds the book.
            read = self._read_line(record, cited_isbn, notes, attempt)
            if read is not None:
                return read
            candidates.extend(attempt.read_answers)
        confident = False
        for provider in self.providers:
            asked.append(provider)
            found = self._search(provider, self._queries(record), attempt)
            if found == []:
                silent.append(provider)
            candidates.extend(found or [])
            works = group_works(record, candidates, self.settings)
            if works and works[0].score >= self.settings.confident:
                confident = True
                break
        close = bool(works) and works[0].score >= self.settings.threshold
        if close or (self._author_confirmed(record, candidates) and not _left_out(record)):
            # Close enough, or the author as read is in the answers and the
            # title took every other word of the line: not misread, no
            # free-text request.  Still, an answer the line names outright is
            # taken before the looser searches ("Kurlanski, Cod: A Biography
            # of the Fish…", read as a "Cod Kurlanski", names Kurlansky's Cod).
            attempt.read_tried = True
            read = None if close else self._read_line(record, cited_isbn, notes, attempt,
                                                       candidates)
            if read is not None:
                return read
        else:
            # Nothing close: the line may have been misread (title and author
            # swapped or run together, a volume number taken for a publisher).
            # Reading it with the catalogue's help comes before the looser
            # searches meant for misspellings, which a misread line only wastes.
            read = self._read_line(record, cited_isbn, notes, attempt, candidates)
            if read is not None:
                return read
            candidates.extend(attempt.read_answers)  # the matcher may still use them
        spelling = self._catalogue_spelling(record, candidates)
        if not confident:
            # The catalogues that answered nothing are asked again, more loosely
            # (`_loose_queries`), after the others (one second chance per
            # catalogue).  The line's words sent as free text hold the author
            # as cited, so a catalogue they found nothing in is still asked
            # when the spelling is at fault: with another catalogue's spelling,
            # or by title alone when no answer names the author.
            by_title = not self._author_confirmed(record, candidates)
            for provider in silent:
                if provider.name in attempt.read_asked and (
                        provider.name in attempt.read_answered or not (by_title or spelling)):
                    continue
                queries = self._loose_queries(record, by_title, spelling,
                                              provider.name in attempt.read_asked)
                candidates.extend(self._search(provider, queries, attempt) or [])
                works = group_works(record, candidates, self.settings)
                if works and works[0].score >= self.settings.confident:
                    break
        if (not works or works[0].score < self.settings.confident) and authors:
            # A misspelt title defeats every title search, and a lenient one may
            # offer only a look-alike ("Dragonsong" for "Dragonsinegr"): list the
            # author's works (catalogues that can) and let the matcher judge.
            by_author = Query(authors=[spelling or authors[0]], year=record.year,
                              language=record.language)
            for provider in self.providers:
                if provider.name not in attempt.failed:
                    candidates.extend(self._search(provider, [by_author], attempt) or [])
            works = group_works(record, candidates, self.settings)
        if not works or works[0].score < self.settings.threshold:
            # The line may still name one of the answers outright, its title and an
            # author's family name written in it, when the parser read it otherwise
            # ("Kurlanski, Cod: A Biography…" read as a "Cod Kurlanski") or
            # misspelt a title word: free, and no looser than any reading.
            read = self._read_line(record, cited_isbn, notes, attempt, candidates)
            if read is not None:
                return read
            return Enrichment(record, "not-found", confidence=works[0].score if works else 0.0,
                              runners_up=[w.editions[0] for w in works[:RUNNERS_UP]],
                              reason="no catalogue record matches well enough", notes=notes)
        if is_ambiguous(works, self.settings):
            return Enrichment(record, "ambiguous", confidence=works[0].score,
                              runners_up=[w.editions[0] for w in works[:RUNNERS_UP]],
                              reason="several works match about equally well", notes=notes)
        work = self._with_editions(record, works[0], attempt)
        choice = choose_edition(record, work, cited_isbn, self.settings.edition_rule,
                                self.settings.edition_tolerance)
        if _names_a_missing_edition(record, work, choice) and len(asked) < len(self.providers):
            # The catalogue has the work but not the edition of the cited year:
            # the providers not yet asked may have it.
            for provider in self.providers[len(asked):]:
                found = self._search(provider, self._queries(record), attempt) or []
                work.editions.extend(e for w in group_works(record, found, self.settings)
                                     if w.key == work.key for e in w.editions)
            work.editions.sort(key=lambda e: -e.score)
            choice = choose_edition(record, work, cited_isbn, self.settings.edition_rule,
                                    self.settings.edition_tolerance)
        runners = [w.editions[0] for w in works[1:1 + RUNNERS_UP]]
        return self._apply(record, choice.edition, runners, choice.reason, cited_isbn, notes,
                           work_score=works[0].score)

    def _by_isbn(self, record: Record, cited_isbn: str, notes: list[str],
                 attempt: _Attempt) -> tuple[ScoredCandidate | None, ScoredCandidate | None]:
        """A provider record carrying the cited ISBN whose title fits the citation.

        Else, second, a record carrying it that clearly is another book (a
        conflict to report); both None when the providers do not know the ISBN
        or only doubtfully another book (then the title is searched).
        """
        for provider in self.providers:
            for candidate in attempt.ask(provider.name, provider.by_isbn, cited_isbn) or []:
                if cited_isbn not in candidate.isbns:
                    continue  # another edition's record answered for this ISBN
                if not record.title:
                    return ScoredCandidate(candidate, 1.0), None
                fit = score(record, candidate, self.settings).total
                if fit >= self.settings.isbn_fit:
                    # The ISBN itself is strong evidence: the title need only agree.
                    return ScoredCandidate(candidate, round((1.0 + fit) / 2, 4)), None
                notes.append(f"ISBN {isbns.hyphenate(cited_isbn)} is "
                             f"{candidate.record.full_title!r} in {candidate.provider} "
                             f"({candidate.key}), not the cited book")
                if fit < self.settings.isbn_conflict:
                    return None, ScoredCandidate(candidate, fit)
        return None, None

    @staticmethod
    def _search(provider: Provider, queries: Iterable[Query],
                attempt: _Attempt) -> list[Candidate] | None:
        """The first non-empty answer to `queries`; [] if none; None if the API failed."""
        for query in queries:
            found = attempt.ask(provider.name, provider.search, query)
            if found is None or found:
                return found
        return []

    def _queries(self, record: Record) -> Iterator[Query]:
        """Title and author.

        A volume number is left out ("Bleach, Vol. 10" asks for "Bleach"):
        catalogues write it in many ways ("Volume 10", "Vol. 10", "10", a
        series note) and an all-words search needs every one; the matcher
        compares the numbers.
        """
        yield Query(title=volume_number(record.title)[0] or "", subtitle=record.subtitle,
                    authors=_surnames(record), year=record.year, language=record.language)

    def _loose_queries(self, record: Record, by_title: bool, spelling: str | None = None,
                       read: bool = False) -> Iterator[Query]:
        """For a catalogue that answered nothing: the title with the first
        author as another catalogue spells it (`spelling`: "Dostoyevsky" for a
        cited "Dostoevsky"), the title without a leading article (not when
        the line's words were `read` as free text, which leave articles out),
        then (`by_title`) the title alone, as a misspelt or transliterated
        author defeats an all-words search; not when another catalogue spells
        the author as cited."""
        authors = _surnames(record)
        title = volume_number(record.title)[0] or ""
        words = title.split()
        if spelling is not None and authors:
            yield Query(title=title, subtitle=record.subtitle, authors=[spelling, *authors[1:]],
                        year=record.year, language=record.language)
        if len(words) > 1 and words[0].lower() in _ARTICLES and not read:
            yield Query(title=" ".join(words[1:]), authors=authors, year=record.year,
                        language=record.language)
        if by_title and authors:
            yield Query(title=title, year=record.year, language=record.language)

    def _author_confirmed(self, record: Record, candidates: Sequence[Candidate]) -> bool:
        """Some answer names the cited first author as cited: the spelling is not at fault."""
        first = (record.author or record.editor)[:1]
        return any((author_similarity(first, candidate_people(c.record), self.settings) or 0.0)
                   >= self.settings.surname_typo for c in candidates)

    def _catalogue_spelling(self, record: Record,
                            candidates: Sequence[Candidate]) -> str | None:
        """The cited first author's family name as the answers spell it, when
        none spells it as cited (`matching.catalogue_spelling`)."""
        first = (record.author or record.editor)[:1]
        if not first:
            return None
        return catalogue_spelling(first[0], (n for c in candidates
                                             for n in candidate_people(c.record)),
                                  self.settings)

    def _with_editions(self, record: Record, work: Work, attempt: _Attempt) -> Work:
        """The work with its editions listed, when the search gave only the work."""
        for scored in work.editions:
            candidate = scored.candidate
            provider = next((p for p in self.providers if p.name == candidate.provider), None)
            lister = getattr(provider, "editions", None)
            if not is_work_level(candidate) or lister is None:
                continue
            editions = attempt.ask(candidate.provider, lister, candidate)
            if not editions:
                continue
            listed = [e for w in group_works(record, editions, self.settings) for e in w.editions]
            merged = listed + [e for e in work.editions if e is not scored]
            merged.sort(key=lambda e: -e.score)
            return Work(key=work.key, editions=merged)
        return work

    # ------------------------------------------------------------------ reading a line

    def _read_line(self, record: Record, cited_isbn: str | None, notes: list[str],
                   attempt: _Attempt, seen: Sequence[Candidate] = ()) -> Enrichment | None:
        """The line read with the catalogue's help, or None (not from notes, no reading).

        A candidate counts only when `read_line` finds its title and an
        author in the line.  The answers to the searches already made are
        tried first (free); then the line's words as free text, once per
        record: Open Library's `q=`, then Google Books when Open Library
        could not be asked or its answer names nothing the line holds.  An
        all-words search fails on one word it does not index as written: a
        misspelt title word, a transliterated name ("Tolstoi"), a translator
        the work does not list ("Homer and Lang – Iliad"); Google ranks by any
        word, so the book is still among its first answers.
        """
        line = record.origin.text if record.origin is not None else None
        if not line:
            return None
        readings = [(c, r) for c in seen if (r := read_line(line, c, self.settings))]
        text = line_query(line, record)
        if not readings and text and not attempt.read_tried:
            attempt.read_tried = True
            for provider in self.providers:
                if not getattr(provider, "free_text", False) or provider.name in attempt.failed:
                    continue
                found = attempt.ask(provider.name, provider.search, Query(text=text))
                if found is None:
                    continue  # failed: the next catalogue is asked instead
                attempt.read_asked.add(provider.name)
                if found:
                    attempt.read_answered.add(provider.name)
                attempt.read_answers.extend(found)
                readings = [(c, r) for c in found if (r := read_line(line, c, self.settings))]
                if readings:
                    break
        if not readings:
            return None
        readings.sort(key=lambda cr: reading_rank(cr[1]))
        reading = readings[0][1]
        read = record.copy()
        read.title, read.subtitle = reading.title, reading.subtitle
        read.author, read.editor = [replace(n) for n in reading.authors], []
        works = group_works(read, [c for c, _ in readings], self.settings)
        if not works or works[0].score < self.settings.threshold or \
                is_ambiguous(works, self.settings):
            return None
        work = self._with_editions(read, works[0], attempt)
        choice = choose_edition(read, work, cited_isbn, self.settings.edition_rule,
                                self.settings.edition_tolerance)
        edition = choice.edition.candidate
        notes.append(f"read with a lookup: the line names {_book(read)} "
                     f"({edition.provider} {edition.key}); it had been read as "
                     f"{_book(record)}, which no catalogue matched")
        # The line's title and authors as the catalogue confirmed them, in
        # place of the misread ones.
        runners = [w.editions[0] for w in works[1:1 + RUNNERS_UP]]
        proposal = Proposal(cleaned={"editor": []} if record.editor else {},
                            found_by=FOUND_BY_LOOKUP)
        result = self._apply(record, choice.edition, runners, choice.reason, cited_isbn, notes,
                             work_score=works[0].score, proposal=proposal,
                             replaced={"title": read.full_title, "author": read.author})
        result.found_by = FOUND_BY_LOOKUP
        return result

    # ------------------------------------------------------------------ applying

    def _apply(self, record: Record, chosen: ScoredCandidate, runners: list[ScoredCandidate],
               reason: str, cited_isbn: str | None, notes: list[str],
               work_score: float | None = None, proposal: Proposal | None = None,
               replaced: dict[str, Any] | None = None) -> Enrichment:
        """The edition's proposal for `record`, merged into it as a citation takes it."""
        confidence = chosen.score if work_score is None else work_score
        edition = chosen.candidate
        source = FieldSource(provider=edition.provider, key=edition.key,
                             confidence=round(confidence, 4))
        proposal = proposal or Proposal()
        if cited_isbn is not None and cited_isbn not in edition.isbns:
            # The cited edition is not in any catalogue: another edition's
            # publisher or pages would be wrong, so nothing is taken from it.
            notes.append(f"no catalogue record carries ISBN {isbns.hyphenate(cited_isbn)}; "
                         f"the work matched is {edition.key}")
        else:
            for var in self.fields:
                value = _edition_value(edition, var)
                if value is not None and not (var == "author" and record.editor):
                    # (an edited book: the catalogue's names may be the editors)
                    proposal.propose(var, value, source)
            self._keep_cited_year(record, edition, proposal, source)
        for var, value in (replaced or {}).items():
            proposal.propose(var, value, source, "replace")
        return proposed(record, proposal, confidence=confidence, chosen=chosen,
                        runners_up=runners, edition_reason=reason, notes=notes)

    @staticmethod
    def _keep_cited_year(record: Record, edition: Candidate, proposal: Proposal,
                         source: FieldSource) -> None:
        """A show note's year is the first publication: keep it as `original-date`.

        When the chosen edition is later, `issued` becomes the edition's year,
        so the ISBN, publisher and year describe one book.
        """
        cited, printed = record.year, edition.record.year
        if cited is None or printed is None or printed <= cited or record.original_date:
            return
        proposal.propose("issued", Date.from_year(printed), source, "replace")
        proposal.propose("original-date", record.issued,
                         FieldSource(provider="input", confidence=1.0), "replace",
                         follows="issued")

    @staticmethod
    def _clean_isbn(record: Record, notes: list[str]) -> str | None:
        """Validate the record's ISBN: rewrite it canonically, or drop it when invalid.
        Without one, the ISBN its shop link carries is asked for (the answer must still
        fit the record, as a cited ISBN's must)."""
        if not record.isbn:
            linked = isbns.isbn_in_link(record.url)
            if linked is not None:
                notes.append(f"ISBN {isbns.hyphenate(linked)} read from the link {record.url}")
            return linked
        valid = isbns.first(record.isbn)
        if valid is None:
            notes.append(f"ISBN {record.isbn!r} is not a valid ISBN (checksum or length): "
                         "dropped")
            record.isbn = None
            return None
        record.isbn = isbns.display(valid)
        return valid


def _conflict(record: Record, cited_isbn: str, other: ScoredCandidate,
              notes: list[str]) -> Enrichment:
    """The cited ISBN is another book's: nothing applied, that book reported."""
    book = other.candidate.record
    authors = ", ".join(n.display() for n in book.author) or "no author named"
    reason = (f"ISBN {isbns.hyphenate(cited_isbn)} belongs to {book.full_title!r} "
              f"({authors}; {other.candidate.provider} {other.candidate.key}), not to the "
              f"cited {record.full_title!r}")
    return Enrichment(record, "conflict", confidence=0.0, runners_up=[other], reason=reason,
                      notes=notes)


def _names_a_missing_edition(record: Record, work: Work, choice: EditionChoice) -> bool:
    """The cited year is after the work's first edition, yet no edition has it.

    A year before every edition (or equal to the first) is the first
    publication, which no catalogue need hold as an edition.
    """
    if record.year is None or choice.reason != "rule":
        return False
    years = [y for e in work.editions for y in (e.candidate.record.year,
                                                  e.candidate.first_publish_year) if y]
    return bool(years) and min(years) < record.year


def line_query(line: str, record: Record) -> str | None:
    """A line's words as a free-text search: no URLs, ISBNs, punctuation, initials,
    joiners or roles (`LINE_NOISE`), nor the cited year; at most `QUERY_WORDS`.

    Open Library's `q=` needs every word in the work's title or authors, so
    each word left out is a chance more for the book to be found.  A year in
    brackets is left out even when the parser could not read the line ("…
    New hope for the dead (2004)"): it dates the citation, it is rarely in a
    title.  A possessive is asked without its "'s" ("The Quilter's
    Homecoming" asks "quilter"), as a search engine indexes it: "quilters"
    is another word.
    """
    years = {str(d.year) for d in (record.issued, record.original_date) if d and d.year}
    line = _POSSESSIVE.sub("", _BRACKETED_YEAR.sub(" ", line))
    words = [w for w in line_words(line)
             if w not in LINE_NOISE and w not in years and not (len(w) == 1 and w.isalpha())]
    return " ".join(list(dict.fromkeys(words))[:QUERY_WORDS]) or None


def _left_out(record: Record) -> list[str]:
    """The words of the record's line that are neither noise nor in its title or people."""
    line = record.origin.text if record.origin is not None else None
    if not line:
        return []
    read = {w for text in (record.full_title or "", *(n.display() for n in
                                                      record.author + record.editor))
            for w in line_words(text)}
    return [w for w in line_words(line) if w not in read and w not in LINE_NOISE
            and not is_year(w)]


def _book(record: Record) -> str:
    people = ", ".join(n.display() for n in record.author or record.editor) or "nobody"
    return f"{record.full_title or ''!r} by {people}"


def _surnames(record: Record) -> list[str]:
    """The first two authors' (else editors') family names, as searches take them."""
    return [n.sort_family() for n in (record.author or record.editor)[:2] if n.sort_family()]


def _edition_value(edition: Candidate, var: str) -> Any:
    if var == "ISBN":
        if is_work_level(edition):
            return None  # its ISBNs are those of all editions together
        chosen = edition.isbns[0] if edition.isbns else isbns.first(edition.record.isbn)
        return isbns.display(chosen) if chosen and isbns.is_valid(chosen) else None
    value = edition.record.get(var)
    if var == "author":
        return [replace(name) for name in value] or None
    return value if value not in ("", []) else None
