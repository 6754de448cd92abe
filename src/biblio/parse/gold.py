"""Comparing what the parser read with a corpus line's gold works.

The real-world corpus scores readings (`benchmarks/realworld.py`) and the
field-confidence table is fitted on them (`parse.calibration`): both must
call a field right on the same terms.  Titles and names are compared on their
words (case, accents, punctuation and quote style aside), so ``SPQR, A
History`` and ``SPQR: A History`` agree; a name agrees on its family name, and
on its initial where both sides give one.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..model import Name, Record

# Fields compared per work, by their gold key.
SCORED = ("title", "author", "editor", "translator", "year", "publisher", "place", "isbn", "doi")


def words(text: str) -> tuple[str, ...]:
    """The words of `text`, case, accents and punctuation aside."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return tuple("".join(c if c.isalnum() else " " for c in text).split())


def _initial(given: str) -> str:
    first = words(given)
    return first[0][:1] if first else ""


def _gold_names(names: Sequence[dict[str, str]]) -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple(sorted((words(n.get("literal") or n.get("family", "")),
                         _initial(n.get("given", ""))) for n in names))


def _record_names(names: Sequence[Name]) -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple(sorted((words(n.literal or " ".join(
        p for p in (n.non_dropping_particle, n.dropping_particle, n.family) if p)),
        _initial(n.given or "")) for n in names))


def _names_agree(gold: tuple[tuple[tuple[str, ...], str], ...],
                 got: tuple[tuple[tuple[str, ...], str], ...]) -> bool:
    """Same family names; initials must agree where both sides give a given name."""
    if len(gold) != len(got):
        return False
    return all(gf == pf and (not gi or not pi or gi == pi)
               for (gf, gi), (pf, pi) in zip(gold, got, strict=True))


def gold_values(work: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("author", "editor", "translator"):
        if work.get(key):
            out[key] = _gold_names(work[key])
    for key in ("title", "publisher", "place", "doi"):
        if work.get(key):
            out[key] = words(str(work[key]))
    if work.get("isbn"):
        out["isbn"] = "".join(c for c in str(work["isbn"]) if c.isalnum()).upper()
    if work.get("year"):
        out["year"] = int(work["year"])
    return out


def record_values(record: Record) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("author", "editor", "translator"):
        names = record.get(key)
        if names:
            out[key] = _record_names(names)
    title = record.full_title
    if title:
        out["title"] = words(title)
    for key, var in (("publisher", "publisher"), ("place", "publisher-place"), ("doi", "DOI")):
        value = record.get(var)
        if value:
            out[key] = words(str(value))
    if record.isbn:
        out["isbn"] = "".join(c for c in record.isbn.split()[0] if c.isalnum()).upper()
    if record.year is not None:
        out["year"] = record.year
    return out


def agree(key: str, gold: Any, got: Any) -> bool:
    if key in ("author", "editor", "translator"):
        return _names_agree(gold, got)
    if key == "isbn":
        return bool(gold == got or _isbn_core(gold) == _isbn_core(got))
    return bool(gold == got)


def _isbn_core(isbn: str) -> str:
    """The nine digits an ISBN-10 and its ISBN-13 (978-) share; their check digits differ."""
    if len(isbn) == 10:
        return isbn[:9]
    if len(isbn) == 13 and isbn.startswith("978"):
        return isbn[3:12]
    return isbn


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b))


def align_works(gold: list[dict[str, Any]], got: list[dict[str, Any]]
          ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Pairs of (gold, predicted) works whose titles share most of their words, the
    closest pairs first: a line naming "The Witch", "The Lighthouse" and "The Northman"
    pairs a predicted "The Northman" with its own gold work, not with the first one that
    shares a "the" with it."""
    scored = sorted(((_overlap(g.get("title", ()), p.get("title", ())), i, j)
                     for i, g in enumerate(gold) for j, p in enumerate(got)),
                    key=lambda t: (-t[0], t[1], t[2]))
    used_gold: set[int] = set()
    used_got: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score < 0.5:
            break
        if i not in used_gold and j not in used_got:
            used_gold.add(i)
            used_got.add(j)
            pairs.append((i, j))
    return [(gold[i], got[j]) for i, j in sorted(pairs)]
