"""The record model: one bibliographic item, shaped like a CSL-JSON item.

Every format reader produces `Record`s and every writer consumes them, so the
model is the only place where the meaning of a field is decided.  Attribute
names are the CSL variable names with ``-`` turned into ``_`` (``ISBN`` →
``isbn``); CSL variables without an attribute live in ``extra`` in their
CSL-JSON form, so nothing read from CSL-JSON is lost.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

# CSL item types biblio creates or reads; all are valid in csl-data.json, so
# Zotero (which rejects a whole file for one unknown type) accepts them.
TYPES: frozenset[str] = frozenset(
    {
        "article", "article-journal", "article-magazine", "article-newspaper",
        "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset",
        "document", "entry", "entry-dictionary", "entry-encyclopedia", "figure",
        "graphic", "hearing", "interview", "legal_case", "legislation",
        "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
        "paper-conference", "patent", "performance", "periodical",
        "personal_communication", "post", "post-weblog", "regulation", "report",
        "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage",
    }
)

# Name variables with a typed attribute on Record (CSL name → attribute).
NAME_FIELDS: dict[str, str] = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "director": "director",
    "container-author": "container_author",
    "collection-editor": "collection_editor",
    "illustrator": "illustrator",
    "composer": "composer",
    "interviewer": "interviewer",
    "recipient": "recipient",
    "original-author": "original_author",
}

# Date variables with a typed attribute on Record.
DATE_FIELDS: dict[str, str] = {
    "issued": "issued",
    "original-date": "original_date",
    "accessed": "accessed",
    "event-date": "event_date",
}

# Plain (string or number) variables with a typed attribute on Record.
TEXT_FIELDS: dict[str, str] = {
    "title": "title",
    "container-title": "container_title",
    "collection-title": "collection_title",
    "collection-number": "collection_number",
    "publisher": "publisher",
    "publisher-place": "publisher_place",
    "original-title": "original_title",
    "original-publisher": "original_publisher",
    "original-publisher-place": "original_publisher_place",
    "ISBN": "isbn",
    "ISSN": "issn",
    "DOI": "doi",
    "URL": "url",
    "edition": "edition",
    "volume": "volume",
    "issue": "issue",
    "number": "number",
    "number-of-pages": "number_of_pages",
    "number-of-volumes": "number_of_volumes",
    "page": "page",
    "language": "language",
    "genre": "genre",
    "medium": "medium",
    "note": "note",
    "abstract": "abstract",
    "event-place": "event_place",
}

CSL_TO_ATTR: dict[str, str] = {**TEXT_FIELDS, **NAME_FIELDS, **DATE_FIELDS}


@dataclass
class Name:
    """A person or organisation, split the way CSL (and BibTeX) split names."""

    family: str | None = None
    given: str | None = None
    non_dropping_particle: str | None = None  # "de" in "de Gaulle", kept when sorting
    dropping_particle: str | None = None  # "von" in "Ludwig van Beethoven" styles
    suffix: str | None = None
    literal: str | None = None  # organisations and names that must not be split

    def display(self) -> str:
        """The name as a reader writes it: "Charles de Gaulle", "Martin Luther King, Jr."."""
        if self.literal is not None:
            return self.literal
        parts = [self.given, self.dropping_particle, self.non_dropping_particle, self.family]
        text = " ".join(p for p in parts if p)
        if self.suffix:
            text = f"{text}, {self.suffix}" if text else self.suffix
        return text

    def sort_family(self) -> str:
        """The family name with its non-dropping particle, as cited ("de Gaulle")."""
        if self.literal is not None:
            return self.literal
        return " ".join(p for p in (self.non_dropping_particle, self.family) if p)

    def to_csl(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for attr, key in _NAME_KEYS:
            value = getattr(self, attr)
            if value is not None:
                out[key] = value
        return out

    def copy(self) -> Name:
        """An independent copy (fields are strings, so a shallow one)."""
        return _copied(self)

    @classmethod
    def from_csl(cls, data: dict[str, Any]) -> Name:
        kwargs = {attr: str(data[key]) for attr, key in _NAME_KEYS if data.get(key) is not None}
        return cls(**kwargs)


_NAME_KEYS = (
    ("family", "family"),
    ("given", "given"),
    ("non_dropping_particle", "non-dropping-particle"),
    ("dropping_particle", "dropping-particle"),
    ("suffix", "suffix"),
    ("literal", "literal"),
)

_YEAR_RE = re.compile(r"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass
class Date:
    """A CSL date: one or two (range) lists of year, month, day."""

    parts: list[list[int]] = field(default_factory=list)
    circa: bool = False
    literal: str | None = None  # free text that is not a date ("forthcoming")
    season: str | None = None

    @classmethod
    def from_year(cls, year: int, month: int | None = None, day: int | None = None) -> Date:
        head = [year] + ([month] if month else []) + ([day] if month and day else [])
        return cls(parts=[head])

    @property
    def year(self) -> int | None:
        return self.parts[0][0] if self.parts and self.parts[0] else None

    def to_csl(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.parts:
            out["date-parts"] = [list(p) for p in self.parts]
        if self.circa:
            out["circa"] = True
        if self.season is not None:
            out["season"] = self.season
        if self.literal is not None:
            out["literal"] = self.literal
        return out

    @classmethod
    def from_csl(cls, data: Any) -> Date:
        """Read every CSL date form: date-parts, raw, literal, EDTF string."""
        if isinstance(data, str):
            return cls.parse(data)
        if not isinstance(data, dict):
            raise ValueError(f"not a CSL date: {data!r}")
        parts: list[list[int]] = []
        for chunk in data.get("date-parts") or []:
            ints = [int(p) for p in chunk if str(p).strip().lstrip("-").isdigit()]
            if ints:
                parts.append(ints)
        date = cls(
            parts=parts,
            circa=bool(data.get("circa")),
            season=str(data["season"]) if data.get("season") is not None else None,
            literal=data.get("literal"),
        )
        if not parts and data.get("raw"):
            raw = cls.parse(str(data["raw"]))
            date.parts = raw.parts
            if date.literal is None:
                date.literal = raw.literal
        return date

    @classmethod
    def parse(cls, text: str) -> Date:
        """Parse ISO / EDTF-like text ("1954", "2003-05-01", "1917/1921"); else a literal."""
        text = text.strip()
        circa = text.endswith("~") or text.endswith("?")
        core = text.rstrip("~?")
        ranges = core.split("/")
        parts: list[list[int]] = []
        for chunk in ranges[:2]:
            m = _YEAR_RE.match(chunk.strip())
            if not m:
                return cls(literal=text)
            parts.append([int(g) for g in m.groups() if g is not None])
        return cls(parts=parts, circa=circa)

    def iso(self) -> str:
        """EDTF/ISO text ("1954", "2003-05", "1917/1921"), as BibLaTeX `date` wants."""
        if not self.parts:
            return self.literal or ""
        text = "/".join("-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(chunk))
                        for chunk in self.parts)
        return text + ("~" if self.circa else "")


@dataclass
class FieldSource:
    """Where an enriched value came from, so users can audit every filled field."""

    provider: str  # "openlibrary", "googlebooks", "input", ...
    key: str | None = None  # the provider's record id or URL
    confidence: float = 1.0


@dataclass
class Origin:
    """Where a record was found: file, line and (for feeds) the episode."""

    source: str | None = None
    line: int | None = None
    text: str | None = None
    episode_title: str | None = None
    episode_date: str | None = None
    episode_url: str | None = None
    # What read the citation when the line rules did not: "inline" (a work named in a
    # sentence) or "labeller" (the trained labeller); None for the rules.
    found_by: str | None = None
    # The chance that each field the reading gave is right (CSL variable → 0–1), as
    # counted on real reading lists (`biblio.parse.calibration`).
    field_confidence: dict[str, float] = field(default_factory=dict)


@dataclass
class Record:
    """One bibliographic item; fields follow CSL-JSON (see module docstring)."""

    type: str = "book"
    id: str = ""
    title: str | None = None
    # Split off at the first ": " by the parser and the CSL reader; writers
    # print `full_title` so exports read the way users wrote them.
    subtitle: str | None = None
    author: list[Name] = field(default_factory=list)
    editor: list[Name] = field(default_factory=list)
    translator: list[Name] = field(default_factory=list)
    director: list[Name] = field(default_factory=list)
    container_author: list[Name] = field(default_factory=list)
    collection_editor: list[Name] = field(default_factory=list)
    illustrator: list[Name] = field(default_factory=list)
    composer: list[Name] = field(default_factory=list)
    interviewer: list[Name] = field(default_factory=list)
    recipient: list[Name] = field(default_factory=list)
    original_author: list[Name] = field(default_factory=list)
    issued: Date | None = None
    original_date: Date | None = None
    accessed: Date | None = None
    event_date: Date | None = None
    container_title: str | None = None
    collection_title: str | None = None
    collection_number: str | None = None
    publisher: str | None = None
    publisher_place: str | None = None
    original_title: str | None = None
    original_publisher: str | None = None
    original_publisher_place: str | None = None
    isbn: str | None = None
    issn: str | None = None
    doi: str | None = None
    url: str | None = None
    edition: str | None = None
    volume: str | None = None
    issue: str | None = None
    number: str | None = None
    number_of_pages: str | None = None
    number_of_volumes: str | None = None
    page: str | None = None
    language: str | None = None
    genre: str | None = None
    medium: str | None = None
    note: str | None = None
    abstract: str | None = None
    event_place: str | None = None
    # Other CSL variables, in CSL-JSON form, keyed by CSL name.
    extra: dict[str, Any] = field(default_factory=dict)
    # Not exported as CSL: provenance of filled fields, and where the record was found.
    sources: dict[str, FieldSource] = field(default_factory=dict)
    origin: Origin | None = None

    @property
    def full_title(self) -> str | None:
        if self.title is None:
            return None
        return f"{self.title}: {self.subtitle}" if self.subtitle else self.title

    @property
    def year(self) -> int | None:
        return self.issued.year if self.issued else None

    def set_full_title(self, text: str | None) -> None:
        """Store a title, split at the first ": " into title and subtitle.

        The split is exact: ``full_title`` gives back ``text`` unchanged.
        """
        self.title, self.subtitle = split_title(text)

    def get(self, var: str) -> Any:
        """The value of a CSL variable (typed for modelled ones, CSL form for others)."""
        if var == "title":
            return self.full_title
        attr = CSL_TO_ATTR.get(var)
        if attr is not None:
            return getattr(self, attr)
        return self.extra.get(var)

    def set(self, var: str, value: Any) -> None:
        if var == "title":
            self.set_full_title(value)
            return
        attr = CSL_TO_ATTR.get(var)
        if attr is not None:
            if var in TEXT_FIELDS and value is not None and not isinstance(value, str):
                value = str(value)
            setattr(self, attr, value)
        elif value is None:
            self.extra.pop(var, None)
        else:
            self.extra[var] = value

    def to_csl(self) -> dict[str, Any]:
        """The record as one CSL-JSON item (key order: type, id, then CSL order)."""
        out: dict[str, Any] = {"type": self.type, "id": self.id}
        for var, attr in CSL_TO_ATTR.items():
            value: Any = self.full_title if var == "title" else getattr(self, attr)
            if value is None or value == [] or value == "":
                continue
            if var in NAME_FIELDS:
                out[var] = [n.to_csl() for n in value]
            elif var in DATE_FIELDS:
                out[var] = value.to_csl()
            else:
                out[var] = value
        if self.subtitle and self.title and "title-short" not in self.extra:
            out["title-short"] = self.title
        for key, value in self.extra.items():
            out[key] = value
        return out

    @classmethod
    def from_csl(cls, item: dict[str, Any]) -> Record:
        rec = cls(type=str(item.get("type") or "document"), id=str(item.get("id") or ""))
        for key, value in item.items():
            if key in ("type", "id") or value is None:
                continue
            if key in NAME_FIELDS:
                rec.set(key, [Name.from_csl(n) for n in value if isinstance(n, dict)])
            elif key in DATE_FIELDS:
                rec.set(key, Date.from_csl(value))
            elif key == "title-short" and isinstance(item.get("title"), str) and \
                    split_title(item["title"])[0] == value:
                continue  # derived from title/subtitle on write
            else:
                rec.set(key, value)
        return rec

    def __getstate__(self) -> dict[str, Any]:
        """Only the fields that differ from their defaults: a job spools every citation,
        and most of a record's fifty fields are empty."""
        empty = _RECORD_EMPTY
        return {k: v for k, v in self.__dict__.items()
                if v is not empty.get(k, _UNSET) and v != empty.get(k, _UNSET)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        fields = _fresh_fields()
        fields.update(state)
        self.__dict__ = fields

    def copy(self) -> Record:
        """A copy whose lists and dicts can be changed without touching this record.

        Built by copying the instance dictionary: `dataclasses.replace` runs
        `__init__` field by field, and a run copies every citation it writes.
        """
        clone = object.__new__(Record)
        state = dict(self.__dict__)
        state["extra"], state["sources"] = dict(self.extra), dict(self.sources)
        for attr in _NAME_ATTRS:
            names = state[attr]
            state[attr] = list(map(_copied, names)) if names else []
        clone.__dict__ = state
        return clone

    @classmethod
    def blank(cls, type: str = "book") -> Record:
        """`Record(type=type)`, built from the defaults without running fifty-field `__init__`."""
        clone = object.__new__(cls)
        state = _fresh_fields()
        state["type"] = type
        clone.__dict__ = state
        return clone


def _empty(spec: dataclasses.Field[Any]) -> Any:
    if spec.default_factory is not dataclasses.MISSING:
        return spec.default_factory()
    return spec.default


_UNSET = object()
# A new record's field values (`_fresh_fields` makes its lists and dicts anew).
_RECORD_EMPTY: dict[str, Any] = {f.name: _empty(f) for f in dataclasses.fields(Record)}
_LISTS: tuple[str, ...] = tuple(k for k, v in _RECORD_EMPTY.items() if isinstance(v, list))
_NAME_ATTRS: tuple[str, ...] = tuple(NAME_FIELDS.values())
_DICTS: tuple[str, ...] = tuple(k for k, v in _RECORD_EMPTY.items() if isinstance(v, dict))


def _fresh_fields() -> dict[str, Any]:
    """A new record's instance dictionary, with lists and dicts of its own."""
    fields = _RECORD_EMPTY.copy()
    for name in _LISTS:
        fields[name] = []
    for name in _DICTS:
        fields[name] = {}
    return fields


def _copied(name: Name) -> Name:
    clone = object.__new__(Name)
    clone.__dict__ = dict(name.__dict__)
    return clone


def split_title(text: str | None) -> tuple[str | None, str | None]:
    """Split "Title: Subtitle" at the first ": " so that joining gives the text back."""
    if text is None:
        return None, None
    head, sep, tail = text.partition(": ")
    if sep and head.strip() and tail.strip() and tail == tail.lstrip():
        return head, tail
    return text, None
