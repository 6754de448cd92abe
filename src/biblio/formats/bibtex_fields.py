"""The BibTeX / BibLaTeX mapping, written once as data.

Each `Field` row ties a CSL variable of the model to the field BibTeX and
BibLaTeX use for it, for the item types it applies to, with the kind of value
(which picks the converter in `bibtex_io`).  The writer emits the dialect's
field; the reader accepts it and the aliases other tools write.  Field names
follow what Zotero's BibTeX importer reads (``address``, ``pagetotal``,
``date``, ``translator``, ``series``/``number``) and what biber expects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..model import TYPES

Kind = Literal[
    "text", "title", "verbatim", "names", "date", "range", "issued", "director", "language",
    "genre",
]

ARTICLES = frozenset({"article", "article-journal", "article-magazine", "article-newspaper"})
# Types whose container is a periodical, website or programme (``journaltitle``).
PERIODICALS = ARTICLES | frozenset({"webpage", "broadcast", "post", "post-weblog"})
REPORTS = frozenset({"report"})
THESES = frozenset({"thesis"})
ALL = frozenset(TYPES)


@dataclass(frozen=True)
class Field:
    var: str  # CSL variable in the model
    bibtex: str  # field written in BibTeX
    biblatex: str  # field written in BibLaTeX
    kind: Kind = "text"
    types: frozenset[str] = ALL  # CSL types the row applies to
    aliases: tuple[str, ...] = ()  # also read from these fields
    _read_names: tuple[str, ...] = field(init=False, repr=False, compare=False, default=())

    def name(self, dialect: str) -> str:
        return self.biblatex if dialect == "biblatex" else self.bibtex

    def read_names(self) -> tuple[str, ...]:
        """Fields read into this row's variable, in order of preference."""
        return self._read_names

    def __post_init__(self) -> None:
        names = tuple(dict.fromkeys((self.bibtex, self.biblatex, *self.aliases)))
        object.__setattr__(self, "_read_names", names)


# Order is the order fields are written in.  Rows of kind "issued",
# "director" and "language" span several fields; bibtex_io handles them.
FIELDS: tuple[Field, ...] = (
    Field("author", "author", "author", "names"),
    Field("editor", "editor", "editor", "names"),
    # BibLaTeX: editor (or editora, when there is an editor) + editortype, as
    # biblatex-chicago documents it and pandoc reads it.  BibTeX: in author
    # for the entry types whose `EntryType.directors_as_authors` says so.
    Field("director", "editor", "editor", "director"),
    Field("translator", "translator", "translator", "names"),
    Field("container-author", "bookauthor", "bookauthor", "names"),
    Field("title", "title", "title", "title"),
    Field("container-title", "journal", "journaltitle", "text", PERIODICALS, ("journaltitle",)),
    Field("container-title", "booktitle", "booktitle", "title", ALL - PERIODICALS,
          ("journal", "journaltitle")),
    Field("collection-title", "series", "series", "title"),
    Field("collection-number", "number", "number", "text", ALL - ARTICLES - REPORTS),
    Field("volume", "volume", "volume"),
    Field("issue", "number", "number", "text", ARTICLES, ("issue",)),
    Field("number", "number", "number", "text", REPORTS),
    Field("edition", "edition", "edition"),
    Field("publisher", "publisher", "publisher", "text", ALL - REPORTS - THESES,
          ("organization", "institution", "school")),
    Field("publisher", "school", "institution", "text", THESES, ("publisher",)),
    Field("publisher", "institution", "institution", "text", REPORTS, ("publisher",)),
    Field("publisher-place", "address", "location", "text", ALL, ("location", "address")),
    # BibLaTeX: date; BibTeX: year + month, and date when there is more than a year.
    Field("issued", "year", "date", "issued"),
    # biblatex requires it in @report and @thesis (see `EntryType.type_key`).
    # Not case-protected: pandoc keeps the braces ("{PhD} thesis").
    Field("genre", "type", "type", "genre", REPORTS | THESES),
    Field("page", "pages", "pages", "range"),
    Field("number-of-pages", "pagetotal", "pagetotal"),
    Field("number-of-volumes", "volumes", "volumes"),
    Field("original-date", "origdate", "origdate", "date"),
    Field("original-title", "origtitle", "origtitle", "title"),
    Field("original-publisher", "origpublisher", "origpublisher"),
    Field("original-publisher-place", "origlocation", "origlocation"),
    # BibLaTeX: biblatex's language key + babel's langid; BibTeX: the code
    # (Zotero keeps it as written) + langid (pandoc reads only that).
    Field("language", "language", "language", "language", ALL, ("langid",)),
    # Nelson Beebe's bibliographies give ISBN-13s a field of their own.
    Field("ISBN", "isbn", "isbn", "verbatim", ALL, ("isbn-13",)),
    Field("ISSN", "issn", "issn", "verbatim"),
    Field("DOI", "doi", "doi", "verbatim"),
    Field("URL", "url", "url", "verbatim"),
    Field("accessed", "urldate", "urldate", "date"),
    Field("abstract", "abstract", "abstract"),
    Field("note", "note", "note"),
)


@dataclass(frozen=True)
class EntryType:
    csl: str
    bibtex: str
    biblatex: str
    subtype: str | None = None  # written as `entrysubtype`
    # BibTeX only: `entrysubtype` of an entry whose directors are its authors
    # (a film is `@misc`, director in `author`, as Zotero's BibTeX export
    # writes it: classic styles know no @movie and print no editor of a misc).
    directors_as_authors: str | None = None
    # biblatex's key for `type` when the record has no genre: the field is
    # mandatory there, and this is the key biblatex gives BibTeX's entry type.
    type_key: str | None = None

    def name(self, dialect: str) -> str:
        return self.biblatex if dialect == "biblatex" else self.bibtex

    def subtype_for(self, dialect: str) -> str | None:
        if dialect == "bibtex" and self.directors_as_authors:
            return self.directors_as_authors
        return self.subtype


# First row for a CSL type is what the writer uses; every row is read.
ENTRY_TYPES: tuple[EntryType, ...] = (
    EntryType("book", "book", "book"),
    EntryType("chapter", "incollection", "incollection"),
    EntryType("article-journal", "article", "article"),
    EntryType("article-newspaper", "article", "article", "newspaper"),
    EntryType("article-magazine", "article", "article", "magazine"),
    EntryType("motion_picture", "misc", "movie", directors_as_authors="film"),
    EntryType("broadcast", "misc", "misc", "broadcast"),
    EntryType("webpage", "online", "online"),
    EntryType("report", "techreport", "report", type_key="techreport"),
    EntryType("thesis", "phdthesis", "thesis", type_key="phdthesis"),
    EntryType("paper-conference", "inproceedings", "inproceedings"),
    EntryType("manuscript", "unpublished", "unpublished"),
    EntryType("pamphlet", "booklet", "booklet"),
    EntryType("collection", "book", "collection"),
    EntryType("software", "misc", "software"),
    EntryType("dataset", "misc", "dataset"),
    EntryType("song", "misc", "audio"),
    EntryType("patent", "misc", "patent"),
    EntryType("entry-encyclopedia", "incollection", "inreference"),
    EntryType("document", "misc", "misc"),
)

# Entry types other tools write, read as these CSL types.
READ_ONLY_TYPES: dict[str, str] = {
    "inbook": "chapter",
    "bookinbook": "chapter",
    "suppbook": "chapter",
    "conference": "paper-conference",
    "mastersthesis": "thesis",
    "proceedings": "book",
    "mvbook": "book",
    "manual": "report",
    "video": "motion_picture",
    "www": "webpage",
    "electronic": "webpage",
    "periodical": "periodical",
    "reference": "book",
    "mvreference": "book",
}

# CSL types without their own entry type: (type, dialect) falls back to @misc.
FALLBACK = EntryType("document", "misc", "misc")


def entry_type_for(csl_type: str) -> EntryType:
    for row in ENTRY_TYPES:
        if row.csl == csl_type:
            return row
    return FALLBACK


def _reading_table() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Entry type → CSL type; BibLaTeX names win, then BibTeX's, then other tools'."""
    plain: dict[str, str] = {}
    with_subtype: dict[tuple[str, str], str] = {}
    for row in ENTRY_TYPES:
        if row.directors_as_authors is not None:
            with_subtype.setdefault((row.bibtex, row.directors_as_authors), row.csl)
        if row.subtype is not None:
            with_subtype.setdefault((row.biblatex, row.subtype), row.csl)
            with_subtype.setdefault((row.bibtex, row.subtype), row.csl)
        else:
            plain.setdefault(row.biblatex, row.csl)
    for row in ENTRY_TYPES:
        if row.subtype is None and row.directors_as_authors is None:
            plain.setdefault(row.bibtex, row.csl)
    for name, csl in READ_ONLY_TYPES.items():
        plain.setdefault(name, csl)
    return plain, with_subtype


_PLAIN_TYPES, _SUBTYPES = _reading_table()


def directors_as_authors(entry_type: str, subtype: str | None) -> bool:
    """True for the BibTeX form of a film (``@misc`` + ``entrysubtype =
    {film}``), whose `author` holds its directors."""
    return (entry_type.lower(), (subtype or "").strip().lower()) in _DIRECTED


_DIRECTED = frozenset((row.bibtex, row.directors_as_authors) for row in ENTRY_TYPES
                      if row.directors_as_authors)


def csl_type_for(entry_type: str, subtype: str | None) -> str:
    """The CSL type of an entry (``@article`` + ``entrysubtype = {newspaper}``…)."""
    entry_type = entry_type.lower()
    if subtype:
        found = _SUBTYPES.get((entry_type, subtype.strip().lower()))
        if found:
            return found
    return _PLAIN_TYPES.get(entry_type, "document")
