"""Citation keys: stable, readable, de-duplicated (``deutscher1954prophet``)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

from .model import Record

# Articles and prepositions skipped when taking a title's first word.
_STOPWORDS = frozenset(
    {
        "a", "an", "the", "of", "on", "in", "and", "to", "for", "at", "by", "from", "with",
        "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo", "un", "une",
        "des", "de", "du",
    }
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def ascii_fold(text: str) -> str:
    """Strip accents and drop what has no ASCII form ("Żeromski" → "Zeromski")."""
    if text.isascii():
        return text
    text = text.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l")
    text = text.replace("Æ", "AE").replace("Ø", "O").replace("Ł", "L").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def _first_word(text: str | None, skip_stopwords: bool) -> str:
    words: list[str] = _WORD.findall(ascii_fold(text or "").lower())
    for word in words:
        if not skip_stopwords or word not in _STOPWORDS:
            return word
    return ""


def base_key(record: Record) -> str:
    """author + year + first significant title word, ASCII lower case."""
    people = record.author or record.editor or record.director or record.translator
    who = ""
    if people:
        first = people[0]
        who = "".join(_WORD.findall(ascii_fold(first.family or first.literal or "").lower()))
    # The cited (first-publication) year, so a key does not change when a
    # lookup finds a later edition: deutscher1954prophet either way.
    cited = record.original_date or record.issued
    year = str(cited.year) if cited and cited.year is not None else ""
    word = _first_word(record.title, True) or _first_word(record.title, False)
    return (who + year + word) or _identifier_key(record) or "item"


def _identifier_key(record: Record) -> str:
    """"isbn9780140185850" for a line that gave nothing but its ISBN (or DOI)."""
    if record.isbn:
        return "isbn" + "".join(_WORD.findall(record.isbn.split()[0].lower()))
    if record.doi:
        return "doi" + "".join(_WORD.findall(record.doi.lower()))
    return ""


class KeyAssigner:
    """Keys for records seen twice, holding only keys: `count` each, then `assign` each.

    A key that occurs once stays bare; repeated keys get a, b, c… in order.
    Bare keys are reserved before any suffix is handed out, so the result does
    not depend on which record comes first.  Streaming batch jobs use this
    directly; `assign_keys` is the in-memory form.
    """

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken = set(taken)  # ids the inputs already carry
        self._counts: Counter[str] = Counter()
        self._next: Counter[str] = Counter()
        self._bare: set[str] | None = None

    def count(self, record: Record) -> None:
        if not record.id:
            self._counts[base_key(record)] += 1

    def assign(self, record: Record) -> None:
        """Give `record` its key if it has none (call after every `count`)."""
        if record.id:
            return
        if self._bare is None:
            self._bare = {k for k, n in self._counts.items() if n == 1 and k not in self._taken}
            self._taken |= self._bare
        key = base_key(record)
        if key in self._bare:
            record.id = key
            return
        while True:
            candidate = key + suffix(self._next[key])
            self._next[key] += 1
            if candidate not in self._taken:
                break
        self._taken.add(candidate)
        record.id = candidate


def assign_keys(records: Iterable[Record], overwrite: bool = False) -> None:
    """Give every record without an id (every record, with `overwrite`) a key.

    A record whose id an earlier record already has gets a key of its own too
    (the earlier one keeps the id), so every record ends with a unique key.
    """
    records = list(records)
    taken: set[str] = set()
    for rec in records:
        if overwrite or rec.id in taken:
            rec.id = ""
        elif rec.id:
            taken.add(rec.id)
    assigner = KeyAssigner(taken)
    for rec in records:
        assigner.count(rec)
    for rec in records:
        assigner.assign(rec)


def keyed(records: Iterable[Record], clean: Callable[[str], str] | None = None) -> list[Record]:
    """The records with unique, non-empty keys, for a writer.

    `clean` strips what the format cannot hold in a key.  The records are
    returned as they are when their keys already do; otherwise copies get
    keys (`assign_keys`), so a writer never changes its caller's records.
    """
    records = list(records)
    ids = [clean(r.id) if clean else r.id for r in records]
    if all(ids) and len(set(ids)) == len(ids) and all(
            i == r.id for i, r in zip(ids, records, strict=True)):
        return records
    copies = [r.copy() for r in records]
    for rec, key in zip(copies, ids, strict=True):
        rec.id = key
    assign_keys(copies)
    return copies


def suffix(n: int) -> str:
    """0 → a, 25 → z, 26 → aa … like biblatex's extradate letters."""
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out
