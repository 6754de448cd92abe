"""The RIS mapping, written once as data: CSL variable ↔ tag, per item type.

Tags are the ones Zotero's RIS importer (translators/RIS.js) reads for each
item type, which is not always the RIS specification's reading: for a book
``A3`` is the editor and ``A2`` the series editor, but for a chapter ``A2``
is the editor; ``SP`` is the number of pages of a book but the first page of
a chapter; ``T2`` is a book's series but an article's journal; ``M2`` is the
only tag that reaches Zotero's Extra field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..model import TYPES

Kind = Literal["text", "names", "date", "year", "pages", "lines", "paragraphs"]

ALL = frozenset(TYPES)
ARTICLES = frozenset({"article", "article-journal", "article-magazine", "article-newspaper"})
FILMS = frozenset({"motion_picture", "broadcast"})
# Types whose editor Zotero reads from A2 (A3 is their series editor).
EDITOR_IN_A2 = ARTICLES | frozenset(
    {"chapter", "paper-conference", "entry", "entry-dictionary", "entry-encyclopedia", "document"}
)
# Types whose series title is T2 (their T2 is no container).
SERIES_IN_T2 = frozenset({"book", "report", "collection", "classic"})
# Types where SP holds the number of pages, not the first page.
PAGES_COUNTED = frozenset({"book", "thesis", "manuscript", "collection", "classic"})


@dataclass(frozen=True)
class Tag:
    var: str  # CSL variable in the model
    tag: str
    kind: Kind = "text"
    types: frozenset[str] = ALL  # CSL types the row applies to
    read: bool = True  # False: written only, another row with the same tag reads it back


# Order is the order tags are written in (after TY).
TAGS: tuple[Tag, ...] = (
    Tag("id", "ID"),
    Tag("title", "TI"),
    Tag("author", "AU", "names", ALL - FILMS),
    Tag("director", "AU", "names", FILMS),
    # Zotero's film has no author: its AU is the director (as an episode's host
    # becomes the director when Zotero imports CSL-JSON); read back as director.
    Tag("author", "AU", "names", FILMS, read=False),
    Tag("editor", "A3", "names", ALL - EDITOR_IN_A2),
    Tag("editor", "A2", "names", EDITOR_IN_A2),
    Tag("collection-editor", "A2", "names", ALL - EDITOR_IN_A2),
    Tag("collection-editor", "A3", "names", EDITOR_IN_A2),
    Tag("translator", "A4", "names"),
    Tag("container-author", "C2", "names", frozenset({"chapter"})),
    Tag("container-title", "T2", "text", ALL - SERIES_IN_T2),
    Tag("collection-title", "T2", "text", SERIES_IN_T2),
    Tag("collection-title", "T3", "text", ALL - SERIES_IN_T2),
    Tag("collection-number", "M1", "text", frozenset({"book"})),
    Tag("collection-number", "SV", "text", ALL - {"book"}),
    Tag("issued", "DA", "date"),
    Tag("issued", "PY", "year"),
    Tag("publisher", "PB"),
    Tag("publisher-place", "CY"),
    Tag("edition", "ET"),
    Tag("volume", "VL"),
    Tag("issue", "IS"),
    Tag("page", "SP", "pages", ALL - PAGES_COUNTED),
    Tag("number-of-pages", "SP", "text", PAGES_COUNTED),
    Tag("number-of-volumes", "NV"),
    Tag("ISBN", "SN", "text", ALL - ARTICLES - {"report"}),
    Tag("ISSN", "SN", "text", ARTICLES),
    Tag("number", "SN", "text", frozenset({"report"})),
    Tag("genre", "M3", "text", frozenset({"thesis", "report", "webpage"})),
    Tag("original-title", "OP"),
    Tag("language", "LA"),
    Tag("DOI", "DO"),
    Tag("URL", "UR"),
    Tag("accessed", "Y2", "date"),
    Tag("abstract", "AB", "paragraphs"),
    Tag("note", "M2", "lines"),
)

# Read into `note` as well (RIS files from other tools put notes there).
NOTE_TAGS = ("M2", "N1")
# Tags whose repeats are kept (others: the first value wins, as in Zotero).
LIST_TAGS = ("AU", "A1", "A2", "A3", "A4", "C2", "AB", "M2", "N1")
# Other tools' tags for the same thing: read only.
READ_ALIASES: dict[str, str] = {"A1": "AU", "T1": "TI", "ED": "A3", "Y1": "DA", "N2": "AB"}

# CSL type ↔ TY.  First row for a CSL type is written; all rows are read.
RIS_TYPES: tuple[tuple[str, str], ...] = (
    ("book", "BOOK"),
    ("chapter", "CHAP"),
    ("article-journal", "JOUR"),
    ("article-magazine", "MGZN"),
    ("article-newspaper", "NEWS"),
    ("motion_picture", "MPCT"),
    # RIS has no broadcast type; ADVS (audiovisual material) keeps it apart
    # from films for biblio, and Zotero imports it as a film.
    ("broadcast", "ADVS"),
    ("webpage", "ELEC"),
    ("report", "RPRT"),
    ("thesis", "THES"),
    ("paper-conference", "CPAPER"),
    ("paper-conference", "CONF"),
    ("manuscript", "MANSCPT"),
    ("manuscript", "UNPB"),
    ("pamphlet", "PAMP"),
    ("map", "MAP"),
    ("dataset", "DATA"),
    ("software", "COMP"),
    ("song", "SOUND"),
    ("song", "MUSIC"),
    ("legal_case", "CASE"),
    ("bill", "BILL"),
    ("patent", "PAT"),
    ("entry-encyclopedia", "ENCYC"),
    ("entry-dictionary", "DICT"),
    ("post-weblog", "BLOG"),
    ("interview", "PCOMM"),
    ("article", "EJOUR"),
    ("book", "EBOOK"),
    ("book", "EDBOOK"),
    ("chapter", "ECHAP"),
    ("webpage", "WEB"),
    ("motion_picture", "VIDEO"),
    ("document", "GEN"),
)

_TY_FOR: dict[str, str] = {}
for _csl, _ty in RIS_TYPES:
    _TY_FOR.setdefault(_csl, _ty)
_CSL_FOR: dict[str, str] = {ty: csl for csl, ty in RIS_TYPES}


def ty_for(csl_type: str) -> str:
    return _TY_FOR.get(csl_type, "GEN")


def csl_type_for(ty: str) -> str:
    return _CSL_FOR.get(ty.strip().upper(), "document")
