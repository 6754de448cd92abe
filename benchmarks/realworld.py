"""Scoring biblio's extraction on the real-world corpus (``tests/data/realworld``).

Each document there is a real public page, feed or reading list rebuilt with
its citations as written and its other lines in our words; its gold file has
one line of JSON per non-blank line: the line's kind (``citation``,
``inline`` or ``none``) and the works it names.  The documents are split by
site into a training part and a held-out part (``splits.json``): a site is
wholly in one part, and the held-out part is never tuned on.

Scores compare what `biblio.iter_extract` yields for each line with that
line's gold works, aligning works within a line by title.  Titles and names
are compared on their words (case, accents, punctuation and quote style
aside), so ``SPQR, A History`` and ``SPQR: A History`` agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from biblio import Name, Record, iter_extract
from biblio.parse.training import FORMATS, corpus_documents, gold_lines, words

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "realworld"
# Fields scored per work: gold key → how the record's value is read.
SCORED = ("title", "author", "editor", "translator", "year", "publisher", "place", "isbn", "doi")


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


def _agree(key: str, gold: Any, got: Any) -> bool:
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


def align(gold: list[dict[str, Any]], got: list[dict[str, Any]]
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


@dataclass
class Score:
    """Counts over a set of documents."""

    documents: int = 0
    lines: Counter[str] = field(default_factory=Counter)  # gold kind → lines
    tp: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    works: int = 0
    found: int = 0  # gold works aligned with a predicted one
    exact: int = 0
    emitted: int = 0  # `none` lines that yielded a record
    # Works named in feed prose: gold, predicted on prose or other lines, and right.
    inline_gold: int = 0
    inline_predicted: int = 0
    inline_right: int = 0
    errors: list[str] = field(default_factory=list)

    def f1(self, key: str) -> tuple[float, float, float, int]:
        p = self.tp[key] / self.predicted[key] if self.predicted[key] else 1.0
        r = self.tp[key] / self.gold[key] if self.gold[key] else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), self.gold[key]


def predictions(doc: Path) -> dict[int, list[Record]]:
    """The records biblio reads from each line of `doc`."""
    text = doc.read_text(encoding="utf-8")
    by_line: dict[int, list[Record]] = {}
    for outcome in iter_extract(text, FORMATS[doc.suffix], source=doc.name):  # type: ignore[arg-type]
        if outcome.citations:
            by_line.setdefault(outcome.line, []).extend(p.record for p in outcome.citations)
    return by_line


def score_document(doc: Path, score: Score, keep_errors: bool = False) -> None:
    score.documents += 1
    got_by_line = predictions(doc)
    is_feed = doc.suffix == ".xml"
    for entry in gold_lines(CORPUS, doc).values():
        kind, line = entry["kind"], entry["line"]
        score.lines[kind] += 1
        records = got_by_line.get(line, [])
        got = [record_values(r) for r in records]
        if kind == "none":
            if records:
                score.emitted += 1
                if is_feed:
                    score.inline_predicted += len(records)
                if keep_errors:
                    titles = [r.full_title for r in records]
                    score.errors.append(f"{doc.name}:{line}: EMITTED {titles}")
            continue
        gold = [gold_values(w) for w in entry["citations"]]
        pairs = align(gold, got)
        missed = len(gold) - len(pairs)
        score.works += len(gold)
        score.found += len(pairs)
        for g in gold:
            for key in g:
                score.gold[key] += 1
        for p in got:
            for key in p:
                score.predicted[key] += 1
        for g, p in pairs:
            wrong = [k for k in SCORED if (k in g or k in p)
                     and not (k in g and k in p and _agree(k, g[k], p[k]))]
            for k in SCORED:
                if k in g and k in p and _agree(k, g[k], p[k]):
                    score.tp[k] += 1
            if not wrong:
                score.exact += 1
            elif keep_errors:
                score.errors.append(f"{doc.name}:{line}: WRONG {wrong}: gold "
                                    f"{ {k: g.get(k) for k in wrong} } got "
                                    f"{ {k: p.get(k) for k in wrong} }")
        if keep_errors and missed:
            score.errors.append(f"{doc.name}:{line}: MISSED {missed} of {len(gold)}")
        if kind == "inline" and is_feed:
            score.inline_gold += len(gold)
            score.inline_predicted += len(got)
            score.inline_right += len(pairs)


def documents(split: str) -> list[Path]:
    return corpus_documents(CORPUS, split)


def evaluate(docs: Iterable[Path], keep_errors: bool = False) -> Score:
    score = Score()
    for doc in docs:
        score_document(doc, score, keep_errors)
    return score
